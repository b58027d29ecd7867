"""A closing word typed once a tool is done ("thanks", "ok", "cheers", a thumbs up): said to
the bot, as to a colleague, and answered in a line, not with the note about what a finished
draft (or a sent part) lets her do."""

from __future__ import annotations

from typing import Literal

from flows.regex import on_first_use

_THANKS = (r"(?:many\s+)?(?:thanks?|thank\s*you|thanx|thx|ty|tysm|ta|cheers|much\s+appreciated"
           r"|appreciated)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again|\s+(?:for|4)\s+(?:your"
           r"|the|all\s+the|all\s+your)\s+help|\s+(?:for|4)\s+everything|\s+x+)*")
_FINE = (r"(?:ok(?:ay)?|k|great|brilliant|lovely|perfect|fab|cool|nice|good|excellent|super|ace"
         r"|amazing|got\s+it|noted|thats?\s+(?:great|brilliant|lovely|perfect|it|all|fine|good))")
_THANKS_WORDS = on_first_use(rf"(?:{_FINE}\s+)*{_THANKS}(?:\s+{_FINE})*")
_FINE_WORDS = on_first_use(rf"{_FINE}(?:\s+{_FINE})*")
# A thumbs up, an OK hand, folded hands, a tick, a smile or a heart, with any skin tone
_KIND_MARKS = on_first_use(r"[\U0001F44D\U0001F44C\U0001F64F\u2705\u2714\U0001F60A\U0001F642"
                           r"\u263A\u2764\U0001F3FB-\U0001F3FF\uFE0F\u200d]+")
_PUNCTUATION = on_first_use(r"[.,!?'’\"]+")

Closing = Literal["thanks", "fine"]


def closing_word(text: str) -> Closing | None:
    """Whether a line is only a closing word: "thanks" (a thank you, with "ok" or "great"
    around it or not), "fine" ("ok", "great", a thumbs up), or None."""
    marked = _KIND_MARKS.search(text) is not None
    words = " ".join(_PUNCTUATION.sub("", _KIND_MARKS.sub(" ", text.lower())).split())
    if len(words) > 60:
        return None
    if words and _THANKS_WORDS.fullmatch(words):
        return "thanks"
    if (words and _FINE_WORDS.fullmatch(words)) or (marked and not words):
        return "fine"
    return None
