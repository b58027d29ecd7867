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
from flows.checks.text import alternation, fold, mask_quotes, words
from flows.regex import on_first_use

_I = re.IGNORECASE
_ADULTS = alternation(FAMILY_ADULTS + " boyfriend girlfriend ex ex-partner fella")
# (an adult of the family, as themselves or as the one something is of: "dad", "mum's")
_AN_ADULT = on_first_use(rf"\b(?:{_ADULTS})(?:['’]?s)?\b", _I)
# Whatever could be the child: a word for a child or a young person, a brother or sister,
# and any pronoun (in "dad hits mum and she cries" the "she" may be mum, so the answer is
# left: only an answer nothing in which could be the child is asked about). Each is one run
# of letters, with its plural or "'s" (which holds the word alone, followed by the mark) ...
_CHILD_WORDS = words(
    "child children childs childrens kid kids kidss baby babies babys babiess infant infants"
    " toddler toddlers son sons daughter daughters yp teen teens teenager teenagers boy boys"
    " girl girls twins sibling siblings brother brothers sister sisters eldest youngest"
    " oldest pupil pupils student students unborn newborn foetus fetus old olds "
    + KIN_CHILDREN + " he she him her hers his they them their theirs themselves himself"
    " herself i me my we us our you your it its one")
# ... or a few words, whose first is one of `_PHRASE_STARTS` or a number: "young person",
# "little ones", a child by their age ("the 4 yr old", "the 18 month old").
_CHILD_PHRASE = (r"young\s+(?:person|people)|middle\s+one|little\s+(?:ones?|uns)|wee\s+ones?"
                 r"|\d{1,2}\s*(?:yrs?|years?|y\.?o|months?|mths?|weeks?|wks?)(?:[\s-]*olds?)?")
_PHRASE_STARTS = words("young middle little wee")
_PHRASE = on_first_use(rf"\b(?:{_CHILD_PHRASE})\b", _I)
# ... but "her" or "his" before an adult's partner is the adult's, never the child: "mum and
# her boyfriend drink every night" (set AN's held-out).
_PARTNERS_OWN = on_first_use(r"\b(?:her|his|their)\s+(?=(?:new\s+)?(?:partner|boyfriend|girlfriend"
                             r"|husband|wife|fella|ex|ex-partner)s?\b)", _I)
# A run of letters or digits, as `\b` parts them; in an ASCII text, whatever is not one of
# them made a space (`_APART`, read as bytes), the runs are the words between spaces.
_RUN = on_first_use(r"\w+")
_APART = bytes(c if chr(c).isalnum() or chr(c) == "_" else ord(" ") for c in range(256))
_CHILD_BYTES = frozenset(word.encode() for word in _CHILD_WORDS)
_PHRASE_BYTES = frozenset(word.encode() for word in _PHRASE_STARTS)


def may_be_the_child(text: str) -> bool:
    """Whether anything in the text could be the child: one of `_CHILD_WORDS` as a whole run
    of letters (ignoring case as `re` does), or a phrase. Read a word at a time: searched as
    one pattern for all of them, tried at every place, a 100-character answer cost about
    300,000 instructions. A phrase is searched for only when a word it starts with, or a
    digit, is there."""
    if text.isascii():  # (as bytes: splitting it is far quicker than `re` finding its runs)
        apart = text.lower().encode().translate(_APART)
        runs = apart.split()
        if not _CHILD_BYTES.isdisjoint(runs):
            return True
        if _PHRASE_BYTES.isdisjoint(runs) and apart.replace(b" ", b"").isalpha():
            return False  # (no digit either: nor a "_", which `\w` holds, read by `re`)
    else:
        found = [fold(run) for run in _RUN.findall(text)]  # (folding may join runs: "\u0345")
        if not _CHILD_WORDS.isdisjoint(found):
            return True
        if _PHRASE_STARTS.isdisjoint(found) and not any(run[0].isdecimal() for run in found):
            return False
    return _PHRASE.search(text) is not None


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
            or (may_be_the_child(text) and may_be_the_child(_PARTNERS_OWN.sub(" ", text))) \
            or _INITIAL.search(text) or _NOTHING_YET.match(text):
        return None
    if any(found[0] not in _NEVER_THE_CHILD for found in _INITIALS.finditer(text)):
        return None  # the child by initials: "Dad hit JT with a belt"
    if any(_AN_ADULT.fullmatch(name.group()) is None for name in _NAME.finditer(text)):
        return None  # a first name, who may be the child: "Kai won't eat when dad drinks"
    return " ".join(text.split())
