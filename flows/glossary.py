"""What a word of the tools means, for someone who asks before any draft is open.

"what is a danger statement?", "what's existing safety", "what does grey areas mean?": the
entry of `data/glossary.yaml` whose words they typed, or a tool's description when they
name a tool; "how long does this take?" is told each tool's usual time.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import yaml

from flows.checks.text import DATA_DIR
from flows.flow import Flow
from flows.regex import on_first_use

GLOSSARY_PATH = DATA_DIR / "glossary.yaml"

# A question about what a word means: the words asked about in `term`.
_ASKED = on_first_use(
    r"(?:(?:sorry|soz|so|ok|okay|um+|hi|hello|idk|dunno),?\s+)*"
    r"(?:(?:what|wat|wot|wht)(?:['’]?s|\s+is|\s+are)\s+(?:meant\s+by\s+)?(?P<a>.+?)"
    r"|(?:what|wat|wot|wht)\s+(?:does|do)\s+(?P<b>.+?)\s+mean"
    r"|(?:what|wat|wot|wht)\s+(?:do\s+(?:you|u)|does\s+(?:it|this|that))\s+mean\s+by\s+"
    r"(?P<c>.+?)"
    r"|(?:(?:can|could)\s+(?:you|u)\s+)?(?:explain|define|what\s+counts\s+as)"
    r"(?:\s+what)?\s+(?P<d>.+?)(?:\s+(?:is|are|means?))?"
    r"|is\s+(?P<e>.+?\s+the\s+same\s+(?:thing\s+)?as\s+.+?))"
    r"(?:\s+(?:please|pls|again|exactly|then))?[\s?!.]*")
_ARTICLE = on_first_use(r"(?:(?:a|an|the|this|these|your|a\s+tool\s+called)\s+)+")
# How long the tools take: each one's usual time, from the tools themselves.
_HOW_LONG = on_first_use(
    r"(?:(?:sorry|so|ok|okay|um+|hi|hello),?\s+)*how\s+long\s+(?:does|will|do|would|is)\s+"
    r"(?:this|it|that|each(?:\s+one|\s+tool)?|a\s+tool|the\s+tools?|they|a\s+mapping"
    r"|the\s+mapping|one)(?:\s+(?:take|last|normally|usually|roughly|take\s+to\s+do))*"
    r"[\s?!.]*")


@cache
def _entries() -> dict[str, str]:
    """Each word the glossary holds, in small letters, and what it says of it."""
    with GLOSSARY_PATH.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return {" ".join(word.split()).casefold(): " ".join(entry["says"].split())
            for entry in data for word in entry["words"]}


def meaning(typed: str, flows: Iterable[Flow]) -> str | None:
    """What the line asks the meaning of, told plainly; None when it asks of nothing known."""
    if len(typed) > 200:  # a question about a word is a short line
        return None
    lowered = " ".join(typed.split()).casefold()
    tools = [f for f in flows if not f.spec.for_partners]
    if _HOW_LONG.fullmatch(lowered):
        times = "; ".join(f"{f.title} about {f.spec.minutes} minutes" for f in tools
                          if f.spec.minutes)
        return (f"Usually: {times}. You can stop at any point and carry on later: every "
                "answer is saved as you give it.")
    asked = _ASKED.fullmatch(lowered)
    if asked is None:
        return None
    word = next(g for g in asked.groups() if g is not None).strip(" ?!.'\"“”‘’")
    # two words told apart: "the difference between harm and danger", "a strength the same
    # as safety": what each means, as far as the glossary holds them
    article = _ARTICLE.match(word)
    word = word[article.end():] if article else word
    pair = _TWO.fullmatch(word) if word.startswith("diff") or " same " in word else None
    words = [pair["x"], pair["y"]] if pair else [word]
    told = [t for t in (_told(w, tools) for w in words) if t]
    return " ".join(told) if told and (pair is None or len(told) == len(words)) else None


# Two words asked about together: "difference between harm and danger", "a strength the
# same as safety".
_TWO = on_first_use(r"(?:diff(?:erence)?\s+between\s+)?(?P<x>.+?)\s+"
                    r"(?:and|the\s+same\s+(?:thing\s+)?as)\s+(?P<y>.+)")


def _told(word: str, tools: list[Flow]) -> str | None:
    """What one word asked about means: a tool's description, or its glossary entry."""
    article = _ARTICLE.match(word)
    word = word[article.end():] if article else word
    for f in tools:
        if word in (f.title.casefold(), f.id.replace("_", " ")):
            return f"{f.title}: {f.spec.description.strip()}"
    return _entries().get(word)
