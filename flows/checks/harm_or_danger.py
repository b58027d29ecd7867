"""Harm told where danger is asked: what has happened given as what could happen.

Asked "If nothing changes, what could happen to the child?", a practitioner may write what has
already happened ("he was hit with a belt last month", "dad punched him in june"). That is
the harm, which the mapping keeps apart from the danger; in the danger statement drafted from
the answer it reads "If nothing changes, ... he was hit with a belt last month". An answer is
read as the past only when it says something was done (a "was" or "were", a done verb after
someone, a time gone by) and nothing of what is to come (no "could", "will", "if", "risk",
"again"...).
"""

from __future__ import annotations

import re

from flows.regex import on_first_use

# What is to come, or what could be: any of these and the answer speaks of the danger.
_TO_COME = on_first_use(
    r"\b(?:could|would|might|will|shall|can|cannot|likely|unlikely|risks?|if|unless"
    r"|going\s+to|gonna|again|future|next|further|continue[sd]?|keep|carry\s+on|end\s+up"
    r"|lead(?:s|ing)?|until|before|possibl[ey]|probabl[ey]|fear(?:s|ed)?|worr(?:y|ied|ies)"
    # (a danger named, or "same thing happen": a future said without its "will")
    r"|danger(?:s|ous)?|unsafe|same\s+thing\s+happens?)\b"
    # ("may", not the month: "in may", "since may", "3rd may")
    r"|(?<!\bin\s)(?<!\bon\s)(?<!\bof\s)(?<!\bmid\s)(?<!\bsince\s)(?<!\blast\s)"
    r"(?<!\bthis\s)(?<!\d\s)(?<!(?:st|nd|rd|th)\s)(?<!\bearly\s)\bmay\b"
    r"|\w['’](?:ll|d)\b|\b(?:wo|ca)n['’]?t\b|\b(?:wont|cant|couldn['’]?t|wouldn['’]?t)\b",
    re.IGNORECASE)
# Someone named by role or pronoun, as the one who did or had it done.
_SOMEONE = (r"(?:he|she|they|i|we|dad|mum|mam|mom|daddy|mummy|father|mother|stepdad|stepmum"
            r"|partner|boyfriend|girlfriend|nan|gran|grandad|uncle|aunt|brother|sister|baby"
            r"|(?-i:[A-Z]))")
# Done: "was hit", "were left", "has been hurt", "dad punched", "she fell", "a week ago".
_DONE = on_first_use(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\b"
    rf"|\b{_SOMEONE}\s+(?:(?:just|then|also|once|twice|even)\s+)?(?:[a-z]{{2,}}ed|hit|threw"
    r"|beat|broke|bit|shook|cut|hurt|kicked|burnt|burned|fell|left|took|went|ran|came|got|put"
    r"|made|told|said|saw|heard|had|did|drove|stole|swore|struck)\b"
    r"|\b(?:yesterday|ago|last\s+(?:night|week|weekend|month|year|time|term|christmas|summer"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b",
    re.IGNORECASE)
# How much of an answer is read: a danger said at length is more than a note of the past.
_READ = 400

PAST_AS_DANGER = ('"{said}" reads as what has already happened. This question asks what could '
                  "come next: if nothing changes, what could happen to the child, and how "
                  "would it show? A line like \"T could be badly hurt "
                  "when she gets between them, and will go on being frightened at home\" tells "
                  "the family, and anyone reading this later, what everyone fears.")
_QUOTED_AT_MOST = 80


def past_as_danger(text: str) -> str | None:
    """The reminder for an answer at what could happen that tells only what has happened."""
    read = text[:_READ]
    if _DONE.search(read) is None or _TO_COME.search(read) is not None:
        return None
    said = " ".join(read.split()).rstrip(".!, ")
    if len(said) > _QUOTED_AT_MOST:
        said = said[:_QUOTED_AT_MOST].rsplit(" ", 1)[0] + "…"
    return PAST_AS_DANGER.format(said=said)
