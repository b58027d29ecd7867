"""What happened to the child, at a question that asks for it.

Asked what the harm has done to the child ("What has it done to the child, and what has the
child said or shown?", "What is the worst it has been, for the child?"), an answer that tells
only of an adult ("Dad drinks", "mum and dad argue a lot", "dad's drinking got worse") gives
the adult's behaviour, the cause of the worry, where the harm to the child belongs. Read by
its shape: an adult of the family is in it, and nothing that could be the child is (no child
by any word, no pronoun, no initials, no name), and it is not an answer that nothing is known
yet.
"""

from __future__ import annotations

import re

from flows.checks.lexicon import FAMILY_ADULTS, KIN_CHILDREN, NAME
from flows.checks.text import alternation, mask_quotes
from flows.regex import on_first_use

_I = re.IGNORECASE
_ADULTS = alternation(FAMILY_ADULTS + " boyfriend girlfriend ex ex-partner fella")
# (an adult of the family, as themselves or as the one something is of: "dad", "mum's")
_AN_ADULT = on_first_use(rf"\b(?:{_ADULTS})(?:['’]?s)?\b", _I)
# Whatever could be the child: a word for a child or a young person, a brother or sister,
# and any pronoun (in "dad hits mum and she cries" the "she" may be mum, so the answer is
# left: only an answer nothing in which could be the child is asked about).
_MAY_BE_THE_CHILD = on_first_use(
    r"\b(?:child(?:ren)?['’]?s?|kids?['’]?s?|bab(?:y|ies)['’]?s?|infants?|toddlers?|sons?"
    r"|daughters?|young\s+(?:person|people)|yp|teen(?:ager)?s?|boys?|girls?|twins|siblings?"
    r"|brothers?|sisters?|eldest|youngest|oldest|middle\s+one|little\s+(?:ones?|uns)"
    r"|wee\s+ones?|pupils?|students?|unborn|newborn|foetus|fetus"
    # (a child by their age: "the 4 yr old", "the 18 month old")
    r"|\d{1,2}\s*(?:yrs?|years?|y\.?o|months?|mths?|weeks?|wks?)(?:[\s-]*olds?)?|olds?|"
    + alternation(KIN_CHILDREN)
    + r"|he|she|him|her|hers|his|they|them|their|theirs|themselves|himself|herself|i|me|my"
    r"|we|us|our|you|your|it|its|one)\b", _I)
# ... but "her" or "his" before an adult's partner is the adult's, never the child: "mum and
# her boyfriend drink every night" (set AN's held-out).
_PARTNERS_OWN = on_first_use(r"\b(?:her|his|their)\s+(?=(?:new\s+)?(?:partner|boyfriend|girlfriend"
                             r"|husband|wife|fella|ex|ex-partner)s?\b)", _I)
_INITIAL = on_first_use(r"(?<![\w'’])(?-i:[A-Z])(?![\w'’])")
# ... or two or three, as the tools ask a child to be written ("JT", "LM (6)", "JT's"), but
# not a short form of the work or of a service, which is never the child ("DV", "MH", "SW")
_INITIALS = on_first_use(r"(?<![\w'’])(?-i:[A-Z]{2,3})(?=['’]s\b|(?![\w'’]))")
_NEVER_THE_CHILD = frozenset({
    "DV", "DA", "MH", "SW", "HV", "GP", "PC", "DC", "DS", "DI", "CP", "CIN", "CPP", "CSC", "ASB",
    "CSE", "CCE", "NFA", "AE", "ED", "ICU", "OD", "AA", "NA", "TV", "PE", "IT", "UK", "NHS",
    "CPS", "GBH", "ABH", "PPU", "AM", "PM", "OK", "TBC", "ETA"})
_NAME = on_first_use(NAME)
# ... and an answer that says nothing is known of it yet: "none known, dad denies it", "not
# seen yet", "n/a".
_NOTHING_YET = on_first_use(
    r"\W*(?:none|nothing|no(?:ne)?\s+(?:known|seen|harm|injur\w+|impact|effect)|not\s+(?:known"
    r"|seen|sure|clear|yet)|unknown|unclear|unsure|n\s*/\s*a|don['’]?t\s+know|do\s+not\s+know"
    r"|too\s+(?:early|soon)|nil|no\b)", _I)
_LONGEST = 300  # a long account of the adult is read by the other checks, not this one


def only_the_adult(text: str) -> str | None:
    """The answer, when it tells only of an adult of the family and nothing could be the
    child; None otherwise. (The adult is looked for outside quotation marks, where the writer
    tells it: "'daddy hits mummy'" is what the child said. What could be the child is looked
    for in all of it: 'Mum said: "... while the baby was in my arms"' tells of the baby.)"""
    if len(text) > _LONGEST:
        return None
    if _AN_ADULT.search(mask_quotes(text)) is None \
            or _MAY_BE_THE_CHILD.search(_PARTNERS_OWN.sub(" ", text)) \
            or _INITIAL.search(text) or _NOTHING_YET.match(text):
        return None
    if any(found[0] not in _NEVER_THE_CHILD for found in _INITIALS.finditer(text)):
        return None  # the child by initials: "Dad hit JT with a belt"
    if any(_AN_ADULT.fullmatch(name.group()) is None for name in _NAME.finditer(text)):
        return None  # a first name, who may be the child: "Kai won't eat when dad drinks"
    return " ".join(text.split())
