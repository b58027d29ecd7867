"""A partner's answer to "What is your role there?": its short forms, and an account typed
there in place of a role.

The role heads every line of the partner's part in the lead's summary, which the family and
the meeting read: "DSL" or "HV" is asked, once, to be written out. And a partner who types
what she has seen at the role question ("FM came in hungry three days last week ...") is
offered to have it kept for the question that asks for it, not saved as her role.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from flows.answers import Value
from flows.checks.plain_language import find_wording
from flows.checks.words import WordList
from flows.flow import Flow, FlowStep
from flows.regex import on_first_use
from flows.walk import walk

ROLE_SHORT_FORM = ('You wrote {terms}. Your role is shown beside your answers, and the family '
                   "and others at the meeting may not know {short}. {ask}")
WRITE_IT_OUT = 'Could you write it out in full, like "{full}"?'
WHAT_IT_STANDS_FOR = "Could you write out what it stands for?"
ACCOUNT_NOTE = ("That reads like what you have seen or heard, more than your role there, so "
                'I haven\'t saved it as your role. I can keep it for "{title}", a question '
                "still to come, where you will see it to keep or change.")
ACCOUNT_KEPT = 'I\'ve kept it for "{title}": you will see it there.'
ROLE_AGAIN = 'Now just your role there, for example "class teacher" or "school nurse".'

_QUOTED = on_first_use(r'"([^"]{3,60})"')
# Words of something that happened, or of the child or a parent: what an account holds and a
# role does not ("Head of Year 9" and "school nurse for the Northside cluster" have none).
_HAPPENED = on_first_use(
    r"\b(?:came|come|comes|said|says|told|tells|saw|seen|was|were|has\s+been|have\s+been|had"
    r"|arrived|disclosed|reported|noticed|hit|shouted|hungry|bruis\w*|missed|missing|late"
    r"|absent|smell\w*|crying|cried|he|she|they|his|her|mum|dad|mother|father|nan|child"
    r"|today|yesterday|week|morning|night)\b", re.IGNORECASE)
# A shorter line is an account only with someone in it and something done or seen happen
# ("mum shouted at him at pick up", "FM came in hungry today"): a role of a few words names
# the family at most ("Class teacher for FM", "Family support worker for mum and dad").
# Capitals are a family member's initials, not a role's own short form: "Acting DSL from
# today" is a role, with the day she took it on.
_ROLES_SHORT = ("DSL|DDSL|GP|HV|SW|PSW|SN|MW|PC|DC|DS|DI|TA|SLT|HOY|CPN|OT|FSW|EWO|YOT|YOS"
                "|TM|SP|IRO|CSC|NHS|ED|ICU|SEN|PE|EY|LA")
_SOMEONE = on_first_use(
    r"\b(?:he|she|they|him|her|them|mum|dad|mother|father|nan|grandad|child|baby|brother"
    r"|sister|boy|girl|son|daughter|kid|lad|toddler)\b"
    rf"|\b(?-i:(?!(?:{_ROLES_SHORT})\b)[A-Z]{{2,3}})\b"
    # unless something is said of them: "LA came in hungry" is a child, "LA social worker" a role
    rf"|\b(?-i:{_ROLES_SHORT})\s+(?:came|comes|said|says|told|tells|arrived|was|hit|hits"
    r"|shouted|cried|missed|seemed|looked|smelled|smelt|disclosed)\b", re.IGNORECASE)
_EVENT = on_first_use(
    r"\b(?:came|come\s+in|said|says|told|tells|arrived|disclosed|reported|hit|hits|shouted"
    r"|shouting|swore|grabbed|pushed|slapped|kicked|hungry|bruis\w*|missed|absent"
    r"|late(?!\s+shift)|smelled|smelt|smelling|crying|cried|asleep|drunk|today|yesterday|last\s+night"
    r"|this\s+morning)\b", re.IGNORECASE)
_ACCOUNT_WORDS = 4
# A role told by what she did, "DSL who reported the concern" or "GP who saw him today": in
# a few words, "who" is the role's, not an account's
_WHO = on_first_use(r"\bwho\b", re.IGNORECASE)
# unless the line opens on one of the family, or the child, and what they did: "the boy who
# came in with bruises", "mum who was shouting at pick up", "mum's partner who hit her" is an
# account of someone else ("Class teacher of the boy who ..." opens on her role)
_THEIRS_WHO = on_first_use(
    r"(?:(?:the|a|an|this|that|his|her|their|my|our|little|older|younger|eldest|youngest)\s+)*"
    r"(?:mum|dad|mother|father|nan|nana|gran|grandad|grandma|child|baby|brother|sister|boy|girl"
    r"|son|daughter|kid|lad|toddler|partner|stepdad|stepmum)(?:['’]s\s+\w+)?\s+who\b",
    re.IGNORECASE)
_WORD = on_first_use(r"[A-Za-z']+")
_CAPITALS = on_first_use(r"\b[A-Z]{2,6}\b")
_SMALL = frozenset({"the", "a", "an", "of", "and", "for", "in", "at", "s"})
# Not a role, at most: an account is a sentence or more.
_ROLE_WORDS = 8


def short_forms_in_role(text: str, words: WordList) -> str | None:
    """The one reminder about the short forms of a role ("DSL", "HV and SENCO"), or None."""
    hits = find_wording(text, words, "record")
    if not hits:
        return None
    terms = list(dict.fromkeys(h.text for h in hits))
    named = " and ".join(f'"{t}"' for t in terms[:3])
    short = "the short form" if len(terms) == 1 else "short forms like these"
    full = _QUOTED.search(hits[0].question) if hits[0].question.startswith(
        "Could you write \"") else None
    ask = WRITE_IT_OUT.format(full=full[1]) if full and len(terms) == 1 else WHAT_IT_STANDS_FOR \
        if len(terms) == 1 else "Could you write them out in full?"
    return ROLE_SHORT_FORM.format(terms=named, short=short, ask=ask)


def writes_out(held: str, typed: str) -> bool:
    """Whether `typed` writes out a short form of `held` by the first letters of its words
    ("Designated safeguarding lead" for "DSL", "special educational needs co-ordinator" for
    "SENCO"), small words left out."""
    firsts = "".join(w[0] for w in _WORD.findall(typed.replace("-", " ").casefold())
                     if w not in _SMALL)
    return any(len(short) > 1 and short.casefold() in firsts
               for short in _CAPITALS.findall(held))


def reads_as_an_account(text: str) -> bool:
    """Whether a role's answer reads as an account of what happened: more words than a role
    has, some of them of something that happened or of the family; or a sentence's few words
    with someone in it and what happened."""
    words = len(_WORD.findall(text))
    if words > _ROLE_WORDS:
        return _HAPPENED.search(text) is not None
    return words >= _ACCOUNT_WORDS and _SOMEONE.search(text) is not None \
        and _EVENT.search(text) is not None \
        and (_WHO.search(text) is None or _THEIRS_WHO.match(text.strip()) is not None)


def account_goes_to(flow: Flow, answers: Mapping[str, Value], step: FlowStep
                    ) -> FlowStep | None:
    """The question an account typed at the role is kept for: the first written question
    still to come, unanswered; None where there is none."""
    later = walk(flow, answers).after(step.id)
    return next((s for s in later if s.kind.widget == "text" and s.spec.voice != "child"
                 and not s.spec.draft and s.id not in answers), None)
