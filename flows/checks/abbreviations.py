"""Abbreviations used without being spelled out ("the SW saw the YP at the TAF").

An all-capitals token is asked about unless it is an abbreviation families know (GP, NHS:
the word list's `plain_abbreviations`), a word written in capitals for emphasis, someone's
initials (two letters, as practitioners are asked to write names), a name, or explained
earlier in the same answer: "the health visitor (HV)", "HV (health visitor)", "HV means...".
Abbreviations in the word list are asked about with the list's own question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flows.checks.lexicon import FAMILY_ADULTS
from flows.checks.privacy import POSTCODE, looks_like_a_name
from flows.checks.text import alternation, words
from flows.checks.words import WordList
from flows.regex import on_first_use

_TOKEN = on_first_use(r"(?<![\w&])([A-Z][A-Z0-9&]{1,7})(?:['’]?s)?(?![\w&])")
# Every token holds a capital then a capital, a figure or "&": most answers hold no such
# pair, and looking for one is a plain scan, where `_TOKEN` tries its look back at every
# letter (`_tokens`).
_CAPITALS_PAIR = on_first_use(r"[A-Z][A-Z0-9&]")


def _tokens(masked: str) -> Iterator[re.Match[str]]:
    """`_TOKEN.finditer(masked)`, not searched for where it cannot be."""
    return _TOKEN.finditer(masked) if _CAPITALS_PAIR.search(masked) else iter(())


# Abbreviations written with small letters inside ("DoLS", "SENCo"): two capitals in the
# first three letters, so names ("McDonald") and brands ("YouTube") are left alone.
_MIXED = on_first_use(r"(?<![\w&])([A-Z][a-z]?[A-Z][A-Za-z]{0,4})(?![\w&])")
# ... each starting with its two capitals, looked for first as `_CAPITALS_PAIR` is.
_MIXED_START = on_first_use(r"[A-Z][a-z]?[A-Z]")
_EXPLAINED_AFTER = on_first_use(r"\s*\((?:[^()]*[a-z][^()]*)\)|\s+(?:means|stands\s+for|is\s+short"
                                r"\s+for|is\s+an?\s+abbreviation)\b", re.IGNORECASE)
# Capitals joined to a number, as a case label or a reference is written: "KB-15", "HV/3".
_NUMBERED = on_first_use(r"[-/]?\d")
_NUMBER_BEFORE = on_first_use(r"\d[-/]?$")
_SMALL_IN_BRACKETS = on_first_use(r"\(\s*([a-z][A-Za-z]{1,7})\s*\)")
_SMALL_WORDS = words("of and the for to in a on with")
# A school year, as schools and families write it: "Y4", "Y10" (England, Wales), "P6" and "S2"
# (Scotland).
_SCHOOL_YEAR = on_first_use(r"Y(?:[1-9]|1[0-3])|P[1-7]|S[1-6]")
_ENGLISH_ENDING = on_first_use(r"^[A-Z]{2,}(?:Y|ING|ED|LY|FUL|LESS|NESS|EST|ER|ISH|OUS)$")
# Words people write in capitals for emphasis, and everyday capitalised words.
_EMPHASIS = words("""NOT NO NEVER YES ALL ANY AND THE BUT HE SHE WE THEY HIM HER IT ITS YOU ME
    MY OUR THEIR HIS STOP HELP NOW VERY REALLY DID DOES DONE WAS IS ARE WERE WILL CAN CANT
    WONT DONT HAS HAD HAVE MUST SHOULD WOULD COULD GET GOT GO WENT OUT OFF UP ON IN AT TO OF
    FOR BY OR IF SO ONLY JUST ALWAYS EVERY EVERYONE NOBODY NOTHING SAFE UNSAFE HOME SCHOOL
    POLICE URGENT NOTE NB PS TODAY TONIGHT NIGHT DAY HURT HIT SCARED AFRAID LOVE HATE WHY HOW
    WHAT WHEN WHERE WHO OK OKAY ONE TWO THREE BAD GOOD MUM DAD NAN NEW OLD BIG""")


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """An abbreviation that a family or a new reader may not know."""

    term: str
    text: str
    span: tuple[int, int]
    question: str


def find_abbreviations(masked: str, word_list: WordList, done: set[str] | None = None
                       ) -> Iterator[Abbreviation]:
    """Capitals tokens not spelled out in this answer, that the word list does not cover.
    `done`: the answer's `explained` abbreviations, where the caller has them."""
    tokens = list(_tokens(masked))
    # Written in capitals throughout, as notes pasted from a police system are: times,
    # dates and reference numbers ("22:10", "14/03") are no words in small letters.
    spaced = masked.split()
    lettered = [w for w in spaced if any(map(str.isalpha, w))]
    if len(tokens) * 2 > len(spaced) or sum(map(str.isupper, lettered)) * 2 > len(lettered):
        return
    plain = word_list.known_abbreviations
    done = explained(masked) if done is None else done
    # (not a plural of capitals, "ODs" or "SWs": the capitals are the short form, as `_TOKEN`
    # reads them, and two of them may be initials, as "OD" is)
    mixed = [m for m in _MIXED.finditer(masked) if not m.group(1).isupper()
             and not (m.group(1).endswith("s") and m.group(1)[:-1].isupper())
             ] if _MIXED_START.search(masked) else []
    # A postcode's halves ("SW1A 1AA", "B33 8TH") are the privacy check's to ask about.
    postcodes = [p.span() for p in POSTCODE.finditer(masked)] if any(
        c.isdigit() for m in tokens for c in m.group(1)) else []
    for m in sorted(tokens + mixed, key=lambda m: m.start()):
        token = m.group(1)
        if token in done or not (_unfamiliar(token.upper(), plain)
                                 or agency_letters(masked, m.start(1), m.end(1), plain)):
            continue
        if any(start <= m.start() < end for start, end in postcodes):
            continue
        if joined_to_a_number(masked, m.start(1), m.end(1)):
            continue  # "TM-15", "SW/3": a case label or a reference, not a short form
        if named_by_role(masked, m.start(1), m.end(1)):
            continue  # "JAB, social worker": a person's initials
        yield Abbreviation(token, m.group(), m.span(),
                           f"Could you write out what {token} stands for, and say what it "
                           "means for the family?")


# A person's initials with their role beside them: after them, "MP, senior practitioner", "JAB
# (social worker)", "KLM, the family support worker", "AK - team manager -", "MP / SP"; or before
# them, "senior practitioner MP", "my TM, MP,". The clause ends there, or goes on with what
# the person did ("MP, social worker, rang"; not "DV, social worker allocated", nor "the youth
# worker CSE concerns"). Not a role's own short form in a list of them ("HV, social worker and
# GP").
_ROLE = (r"(?:(?:senior|advanced|lead|deputy|acting|assistant|newly\s+qualified|principal|interim"
         r"|allocated|duty|family|early\s+help|youth|social|team|service|practice|key|school|class"
         r"|head|health|designated|safeguarding|support|children['’]?s|specialist|community"
         r"|independent|reviewing|student|agency|locum|link|named|mental\s+health|outreach)"
         r"[\s-]+){0,3}"
         r"(?:practitioner|worker|manager|visitor|officer|teacher|nurse|midwife|consultant"
         r"|therapist|psychologist|psychiatrist|paediatrician|counsell?or|co-?ordinator|adviser"
         r"|advisor|supervisor|lead|chair|headteacher|head|keyworker|mentor|sw|tm|sp|dsl|iro|fsw"
         r"|senco|swc)s?\b")
_CLAUSE_GOES_ON = (r"(?=\s*(?:[,;:.)\n\u2013\u2014-]|$)|\s+(?:and|who|from|at|for|in|of|on|with|to"
                   r"|rang|called|said|says|told|tells|visited|met|saw|sees|spoke|agreed)\b)")
_ROLE_AFTER = on_first_use(
    r"\s*(?:,|\(|/|\s[-\u2013\u2014])\s*(?:(?:the|our|my|her|his|their|a)\s+)?"
    + _ROLE + _CLAUSE_GOES_ON, re.IGNORECASE)
_ROLE_BEFORE = on_first_use(r"\b" + _ROLE + r"\s*[,(:/]?\s*$", re.IGNORECASE)
_GOES_ON = on_first_use(_CLAUSE_GOES_ON, re.IGNORECASE)
_A_ROLE = words("HV SW TM SP GP DSL IRO FSW PA SENCO PCSO PC DC DS YOT")
# ... or a family member's initials in brackets after who they are to the child: "Mum (MP)",
# "Mum's partner (JB)", "maternal gran (PW)". (Not a child's: "YP (MP)" may be the child who
# went missing.) Not the short form of a harm or a condition said of them: "Dad (DV)".
_KIN_BEFORE = on_first_use(r"\b(?:" + alternation(FAMILY_ADULTS + " boyfriend girlfriend "
                           "ex-partner brother sister cousin lodger neighbour family_friend")
                           + r")\s*\(\s*$", re.IGNORECASE)
_CLOSED = on_first_use(r"\s*\)")
_SAID_OF_THEM = words("DV DA MH ED PND ASD ADHD LD SEN ABH NAI FII FGM ASB NFA")


def named_by_role(masked: str, start: int, end: int) -> bool:
    """Whether the capitals at `start`..`end` are a person's initials, their role said beside
    them (`_ROLE_AFTER`, `_ROLE_BEFORE`): "MP, senior practitioner" is not a missing person."""
    letters = masked[start:end]
    if not (2 <= len(letters) <= 4 and letters.isupper() and letters.isalpha()) \
            or letters in _A_ROLE:
        return False
    return _ROLE_AFTER.match(masked, end) is not None or (
        _GOES_ON.match(masked, end) is not None
        and _ROLE_BEFORE.search(masked, max(0, start - 60), start) is not None) or (
        letters not in _SAID_OF_THEM and _CLOSED.match(masked, end) is not None
        and _KIN_BEFORE.search(masked, max(0, start - 30), start) is not None)


# What a service's short form is written before, as a unit, a team or one of its workers:
# "police DV unit", "the LD nurse", "EY team", "MH practitioner". Letters straight before one
# of these are that service's short form, never a person's initials, which take a comma or a
# bracket before a role ("JB, nurse", "JB (nurse)") or come after it ("nurse JB").
_SERVICE_AFTER = on_first_use(
    r"(?:\s+|-)(?:unit|team|service|nurse|officer|worker|practitioner|clinic|hub|panel"
    r"|lead|co-?ordinator|project|specialist|advis[eo]r|advocate|caseworker|consultant"
    r"|therapist|department|dept|ward|liaison|plan|meeting|assessment|assessor|referral"
    r"|programme|program|provision|order)s?\b", re.IGNORECASE)


def agency_letters(masked: str, start: int, end: int, plain: frozenset[str]) -> bool:
    """Whether the two capitals at `start`..`end`, which alone may be initials, are a
    service's short form by what follows them (`_SERVICE_AFTER`): "police DV unit", "the
    LD nurse", "PF team". Not a short form families know ("GP surgery", "A&E nurse")."""
    letters = masked[start:end]
    return len(letters) == 2 and letters.isalpha() and letters.isupper() \
        and letters not in plain and letters not in _EMPHASIS \
        and _SERVICE_AFTER.match(masked, end) is not None


def joined_to_a_number(masked: str, start: int, end: int) -> bool:
    """Whether the letters at `start`..`end` have a number joined to them, as the letters
    of a case label or a reference have ("TM-15", "HV/3", "12-SW")."""
    return bool(_NUMBERED.match(masked, end)
                or _NUMBER_BEFORE.search(masked, max(0, start - 2), start))


def explained(masked: str) -> set[str]:
    """Abbreviations spelled out in this answer: in brackets after a phrase, or followed by
    their meaning in brackets or by "means" / "stands for"."""
    found: set[str] = set()
    for m in _tokens(masked):
        before = masked[:m.start()].rstrip()
        after = masked[m.end():]
        in_brackets = before.endswith("(") and after.lstrip().startswith(")")
        if (in_brackets and _spells_before(m.group(1), before[:-1])) \
                or _EXPLAINED_AFTER.match(after):
            found.add(m.group(1))
    if "(" in masked:
        # ... in small letters, as notes type a role: "the special needs co-ordinator (senco)"
        for m in _SMALL_IN_BRACKETS.finditer(masked):
            if _spells(m.group(1).upper(), masked[:m.start()]):
                found.add(m.group(1).upper())
    return found


# Whom the words in full name, between them and the short form: "foster carer Mrs T (FC)",
# "independent reviewing officer, AB (IRO)": a title and an initial, or initials.
_PERSON_AFTER = on_first_use(r"[\s,]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z]{1,3}\.?\s*$")


def _spells_before(token: str, before: str) -> bool:
    """Whether the words just before spell the short form, or do with whom they name
    between (`_PERSON_AFTER`)."""
    if _spells(token, before):
        return True
    end = before[-24:]  # (a run of spaces before it read once, not again from each)
    person = _PERSON_AFTER.search(end)
    return person is not None and _spells(token, before[:len(before) - len(end) + person.start()])


def _spells(token: str, before: str) -> bool:
    """Whether the words just before are what the letters stand for: "health visitor (HV)",
    "Child and Adolescent Mental Health Services (CAMHS)", and letters taken from inside a
    word as well as from its start, "special educational needs co-ordinator (SENCO)", "the
    Multi-Agency Safeguarding Hub (MASH)": the letters in order, the first one a word's
    first letter (a plural "s" of the abbreviation may be left out)."""
    said = re.findall(r"[A-Za-z]+", before)[-(len(token) + 4):]
    initials = "".join(w[0] for w in said if w.lower() not in _SMALL_WORDS).lower()
    letters = token.lower()
    if initials and initials.endswith((letters, letters.rstrip("s"))):
        return True
    return any(_in_order(letters, " ".join(said[at:]).lower()) for at in range(len(said))
               if said[at][0].lower() == letters[0] and said[at].lower() not in _SMALL_WORDS)


def _in_order(letters: str, phrase: str) -> bool:
    """Whether each word of the phrase that is not a small word gives the next letters: its
    first letter, then any more in order from inside it ("co-ordinator" gives "co")."""
    said = [w for w in phrase.split() if w not in _SMALL_WORDS]
    return _gives(letters, said)


def _gives(letters: str, said: list[str]) -> bool:
    if not said:
        return not letters
    word, rest = said[0], said[1:]
    if not letters or word[0] != letters[0]:
        return False
    # how many more letters this word gives, from inside it, in order (most first)
    given, at = [1], 1
    for ch in word[1:]:
        if at < len(letters) and ch == letters[at]:
            at += 1
            given.append(at)
    return any(_gives(letters[n:], rest) for n in reversed(given))


# A service, a team or a piece of its work after two capitals: "PF team", "EH worker", "MH
# service". Two letters are left alone as someone's initials, but nobody's initials name a team.
def _unfamiliar(token: str, plain: frozenset[str]) -> bool:
    letters = token.rstrip("S") if len(token) > 3 and token.endswith("S") else token
    if token in plain or letters in plain or token in _EMPHASIS or _SCHOOL_YEAR.fullmatch(token):
        return False
    if _ENGLISH_ENDING.search(token):
        return False  # a word in capitals for emphasis: HAPPY, SCARED, SHOUTING
    if len(letters) <= 2 and letters.isalpha():
        return False  # initials ("JB") look the same as short abbreviations; names are asked
    return not looks_like_a_name(token)
