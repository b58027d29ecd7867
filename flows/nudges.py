"""The one-time reminders about an answer, wired from the checks in `flows.checks`.

`nudger()` gives the engine a function (check name, answer) -> reminder or None; the engine
shows each reminder at most once per question and lets `/keep` keep the answer as it was.
`label_check` vets a draft's case label before anything is stored under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.checks import (
    SAFETY_NUDGE,
    WordList,
    find_jargon,
    find_personal_data,
    load_word_list,
    looks_like_safety,
)
from flows.engine import Nudger

PLAIN = ('You wrote "{word}". {question} A few words about what was actually seen or heard '
         "will mean more to the family and to anyone reading this later.")
PRIVACY = ("Part of this looks like {what}. Please use initials or a role instead (\"mum\", "
           "\"T\", \"the school\"), so this draft can't identify anyone if the wrong person "
           "sees it.")
GOAL = ('Goals work best when they say what will happen, not only what will stop: for '
        'example "R will leave the house and ring his worker when he feels angry" rather than '
        '"R won\'t shout". Could you phrase it as what someone will be doing?')
KINDS = {
    "full_name": "a full name", "date_of_birth": "a date of birth", "address": "an address",
    "postcode": "a postcode", "phone": "a phone number", "email": "an email address",
    "nhs_number": "an NHS number",
}
_BARE_DATE = re.compile(r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{2,4}")
_WILL = re.compile(r"\bwill\b|\b\w+['’]ll\b", re.IGNORECASE)
_NEGATED = re.compile(r"\s+(?:not|never|no\s+longer|stop|cease|refrain|avoid)\b", re.IGNORECASE)


def nudger(words: WordList | None = None) -> Nudger:
    """A nudger using the built-in checks (and the given word list, or the shipped one)."""
    word_list = words or load_word_list()
    checks: dict[str, Callable[[str], str | None]] = {
        "plain_language": lambda text: plain_language(text, word_list),
        "privacy": privacy,
        "safety_action": safety_action,
        "goal_wording": goal_wording,
    }

    def nudge(kind: str, text: str) -> str | None:
        check = checks.get(kind)
        return check(text) if check else None

    return nudge


def plain_language(text: str, words: WordList) -> str | None:
    """Ask once, kindly, for what was seen or heard behind the first flagged word."""
    hits = find_jargon(text, words)
    if not hits:
        return None
    return PLAIN.format(word=hits[0].text, question=hits[0].question)


def privacy(text: str) -> str | None:
    """Remind about initials when an answer seems to hold a name, a birth date or a contact."""
    hits = find_personal_data(text)
    return PRIVACY.format(what=KINDS[hits[0].kind]) if hits else None


def safety_action(text: str) -> str | None:
    """Explain existing safety when an answer reads as a strength rather than protective action."""
    return None if looks_like_safety(text) else SAFETY_NUDGE


def goal_wording(text: str) -> str | None:
    """Ask for a goal phrased as what will happen when it has no "will" that isn't a "won't"."""
    return None if goal_says_will(text) else GOAL


def goal_says_will(text: str) -> bool:
    """True when some "will" (or "'ll") in the text is followed by a positive action."""
    return any(not _NEGATED.match(text, m.end()) for m in _WILL.finditer(text))


def label_check(kind: str, text: str) -> str | None:
    """Why a case label could identify someone (a full name, a date of birth...), or None."""
    hits = find_personal_data(text)
    if hits:
        return f"it looks like {KINDS[hits[0].kind]}"
    if _BARE_DATE.search(text):
        return "it looks like a date, perhaps a date of birth"
    return None
