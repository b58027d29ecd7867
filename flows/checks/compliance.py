"""Compliance, not safety: a step that tells a parent or the family to take part in something
of the services (go on a course, attend the meetings, sign the agreement, accept the offer,
see the GP) and says nothing of what will be different for the child.

"Dad to attend a perpetrator programme" is what a practice lead sends back from a plan: going
is not yet safety. The sentence is read whole: the family as its subject, a step ("to",
"will", "needs to", "has agreed to"), then only taking part in things of the services, with
at most a time ("by March", "weekly") or the adult's own health ("about her mood") beside
them. Anything else said, a child, a name, a reason ("so", "to help"), something done, is
what the step is for, and the sentence is left alone. The services' own steps ("social
worker to complete the assessment within 45 working days") are read by the process check:
who will do what by when is what the framework asks a next step to say.
"""

from __future__ import annotations

import re

from flows.checks.claims import EVENTS
from flows.checks.lexicon import INITIAL, NAME_RE, verb_forms
from flows.checks.text import sentence_spans, words
from flows.regex import on_first_use

COMPLIANCE_QUESTION = "Once that is done, what will be different for the child day to day?"

_CARER = (r"(?:mum|mummy|mam|mom|mother|dad|daddy|father|step-?(?:dad|mum|mom|father|mother)"
          r"|parents?|carers?|care-?givers?|family|partner|grandparents|couple|adults)")
# The family as the subject: "Mum", "both parents", "Mum and her partner", "Mum's partner".
_SUBJECT = (rf"(?:(?:both|the|all|each)\s+)?(?:{_CARER}(?:['’]s\s+{_CARER})?)"
            rf"(?:\s+(?:and|&)\s+(?:her\s+|his\s+|their\s+)?{_CARER})?")
_STEP = (r"(?:to|will|shall|must|should|shd|shld|shud|['’]ll|needs?\s+to|has\s+to|have\s+to"
         r"|(?:is|are)\s+to"
         r"|(?:is|are)\s+going\s+to|(?:has|have)\s+agreed\s+to|agreed\s+to|agrees?\s+to"
         r"|(?:is|are)\s+(?:expected|required|being\s+asked|asked)\s+to"
         r"|(?:will|should|shd|shld|shud|must)\s+be"
         r"\s+(?:expected|required)\s+to)")
_ON = (r"(?:(?:continue\s+to|keep(?!\s+(?:up|going|on)\b)|start\s+to|begin\s+to|fully|also"
       r"|then|now|both|all|regularly|successfully)\s+)*")
_OPENING = on_first_use(rf"^\W*(?:next\s+steps?\s*[:\-]\s*)?{_SUBJECT}\s+{_STEP}\s+{_ON}", re.I)
# Things of the services that a family is told to take part in.
# (A family group conference or a family meeting is the family's own, where they make a plan.)
# (with a slip typed in: "parenting corse", "a referal")
_THING = (r"(?:programm?es?|programs?|c(?:ou|o)rses?|sessions?|(?<!family\s)meetings?|groups?"
          r"|classes"
          r"|appointments?|agreements?|contracts?|offers?|plans?|assessments?|counsell?ing|therapy|treatment"
          r"|services?|support(?!\s+workers?\b)|referr?als?|interventions?|(?<!family\sgroup\s)conferences?"
          r"|core\s+groups?|reviews?"
          r"|screens?|screening|testing|tests|workshops?|(?<=direct\s)work|(?<=the\s)work"
          r"|(?<=of\s)work|keywork|visits|checks)")
# People of the services a parent is told to see or work with.
_HELPER = (r"(?:gp|doctor|counsell?or|therapist|psychologist|psychiatrist|nurse|midwife"
           r"|health\s+visitor|camhs|(?:\w+\s+)?workers?|team|services?|idva|practitioner"
           r"|professionals|agencies|social\s+care|early\s+help)")
# Words between the doing and the thing, none of them a child's or anyone's by name: "all of
# K's appointments" are the child's (though "the Women's Aid group" is a service's name).
# Nor the adult's own learning, work or leisure: "a hairdressing course", "his college course",
# "gym sessions" are no service's.
# Nor the care of a child's health, growth and learning, or of the baby before birth: taking
# the child to "the paediatric appointment", "the play therapy sessions", "all antenatal
# appointments" or "the school meetings" is itself what changes for the child. (A clinic
# for the adult's drinking or drug use is the adult's.)
_CHILDS_CARE = (r"paediatric|pediatric|paediatrician|audiology|hearing|dental|dentists?"
                r"|orthodontic|orthodontist|eyes?|optician|opticians|ophthalmology|fracture"
                r"|(?<!drug\s)(?<!drugs\s)(?<!alcohol\s)(?<!substance\s)(?<!health\s)clinic"
                r"|hospital|immuni[sz]ations?|vaccinations?|jabs|visitor|development|developmental"
                r"|newborn|antenatal|ante-natal|prenatal|pre-natal|midwife|midwifery|maternity"
                r"|scans?|speech|salt|play|occupational|ot|physio|physiotherapy|camhs|nursery"
                r"|preschool|pre-school|school|schools|ehcp|sen|senco|settling")
CHILDS_CARE = _CHILDS_CARE  # the process check reads a child's own care the same way
# ("the child protection plan", "the child in need meetings" are the services' own)
_NOT_A_CHILDS = (r"(?!(?:child(?!\s+(?:protection|in\s+need)\b)|children|kids?|baby|son|daughter"
                 r"|boys?|girls?|sons|daughters"
                 r"|contact|college|university|uni|hairdressing|driving|beauty|cooking|training"
                 r"|jobs?|employment|english|maths|esol|nvq|gcse|degree|apprenticeship|gym"
                 r"|swimming|football|yoga|art|computer|evening|night|dance|music|church|bible"
                 rf"|mosque|{_CHILDS_CARE})\b"
                 r"|(?-i:[A-HJ-Z])(?:['’]s)?\b|(?!(?:(?:wo)?men|mum|dad|parents|carers)['’]s?\b)"
                 r"\w+['’]s\b)")
_SOME = rf"(?:{_NOT_A_CHILDS}[\w'’-]+\s+){{0,4}}?"
# After "and", the things only: "and all appointments" (not "and work with the worker").
_FEW = rf"(?:(?!(?:with|alongside|to|on|in)\b){_NOT_A_CHILDS}[\w'’-]+\s+){{0,2}}?"
_AT = (rf"(?:\s+(?:with|at|from|by|through|run\s+by|offered\s+by|provided\s+by)\s+{_SOME}"
       rf"{_HELPER}\b)?")
# A service by its name, which a family is told to engage with: "CGL", "Women's Aid", "Turning
# Point", "Barnardo's", "the HV", "probation". (One capitalised word alone may be a child's
# name: "engage with Kai" is not taken for a service.)
_NAMED_SERVICE = (r"(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))+|(?-i:[A-Z]{2,6})"
                  r"|(?-i:[A-Z][a-z]+['’]s)|hv|probation(?:\s+(?:officers?|service))?)\b")
_TAKE_PART = on_first_use(
    rf"\b(?:attend(?:s|ing)?|complet(?:e|es|ing)|finish(?:es|ing)?|do(?:es|ing)?|undertak(?:e|es"
    rf"|ing)|sign(?:s|ing)?(?:\s+up\s+(?:to|for))?|accept(?:s|ing)?|engag(?:e|es|ing)\s+(?:with"
    rf"|in|on)|take\s+part\s+in|participat(?:e|es|ing)\s+in|go(?:es|ing)?\s+(?:on|to)"
    rf"|enrol+(?:s|ing)?\s+(?:on|in|onto)|access(?:es|ing)?|take\s+up|keep\s+to|stick\s+to"
    rf"|comply\s+with|co-?operat(?:e|es|ing)\s+with"
    # going on with what was started: "continue with counselling", "carry on with the course"
    rf"|continu(?:e|es|ing)\s+(?:with|in|on|at)|carr(?:y|ies|ying)\s+on\s+(?:with|at|going\s+to)"
    rf"|keep(?:s|ing)?\s+(?:up\s+with|up|going\s+to|on\s+with)|stay(?:s|ing)?\s+(?:in|on)"
    rf")\s+{_SOME}{_THING}\b(?:\s+{_THING}\b)*{_AT}"
    rf"(?:\s*(?:,|and|&|or)\s+{_FEW}{_THING}\b(?:\s+{_THING}\b)*)*"
    rf"|\b(?:see(?:s|ing)?|visit|contact|register\s+with|make\s+contact\s+with|work(?:s|ing)?"
    rf"\s+(?:with|alongside)|engag(?:e|es|ing)\s+with|co-?operat(?:e|es|ing)\s+with"
    rf"|comply\s+with|meet(?:\s+with)?|speak\s+to|talk\s+to|go(?:es|ing)?\s+to)\s+{_SOME}"
    rf"{_HELPER}\b"
    rf"|\bengag(?:e|es|ing)\s+with\s+(?:the\s+)?{_NAMED_SERVICE}", re.I)
# What may be said beside the taking part and still say nothing of the child: a time, an
# "and", the adult's own health or use ("about her mood", "for his drinking").
_ASIDE = words("""and then also as well both all any each every the a an this that next by
    before within until till from starting start on in at over for of end beginning week
    weeks month months term days day working date time weekly fortnightly monthly daily
    asap soon possible agreed planned offered arranged required requested asked when
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec christmas easter summer half going forward her his their own
    about re regarding around mood health mental drinking drug drugs alcohol use anger
    anxiety depression medication feelings wellbeing low she he they them him""")
_TEXTED_TO = on_first_use(r"(?<=\w )2(?= [a-z])", re.I)  # "needs 2 do the course"
# Notes' own short "with" and "and": "engage w/ drug + alcohol services".
_TYPED_WITH = on_first_use(r"(?<![\w/])w/(?=\s|[a-z])", re.I)
_TYPED_AND = on_first_use(r"(?<=\s)\+(?=\s)")
# What each of the three holds wherever it is found: "2", the "/" of "w/", "+".
_TEXTED_MARKS = ("2", "/", "+")
_TOKEN = on_first_use(r"[a-z0-9'’]+")
_STEPS = words("to will shall must should shd shld shud need needs has have is are going agreed "
                "agrees")
# A doing word left over says what is for ("and keep the house warm"); taking part does not.
_DOING = EVENTS - verb_forms("sign see visit meet start stay keep go come do take give make") \
    - _ASIDE


# A day and time of its own: "on Tuesday at 10", "on the 9th", "today", "at 2pm" (not a
# deadline: "engage with Turning Point by Friday" is still only taking part).
_BOOKED = on_first_use(
    r"(?<!\bby\s)(?<!\bbefore\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bwithin\s)"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight"
    r"|this\s+(?:morning|afternoon|evening)|\d{1,2}(?:st|nd|rd|th)"
    r"|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|\d{1,2}[:.]\d\d)\b|\bat\s+\d", re.I)


def compliance_steps(text: str, masked: str, *, next_step: bool = False
                     ) -> list[tuple[int, int]]:
    """The spans of sentences that only tell the family to take part in something of the
    services ("Parents to complete a parenting course by March"). `masked` is the text with
    its quotes blanked: a sentence holding a quote is left alone. `next_step`: at a question
    asking what happens next, a step booked for a day ("dad will go to the alcohol service on
    Tuesday at 10") is that next step, who, what and when, and is left alone (a course to be
    done "by March" is still asked what it is for)."""
    return [(start, end) for start, end in sentence_spans(masked)
            if masked[start:end] == text[start:end] and masked[end:end + 1] != "?"
            and _only_taking_part(masked[start:end])
            and not (next_step and _BOOKED.search(masked[start:end]))]


def _only_taking_part(sentence: str) -> bool:
    # (each searched for only where its mark is: most sentences hold none)
    if _TEXTED_MARKS[0] in sentence:
        sentence = _TEXTED_TO.sub("to", sentence)
    if _TEXTED_MARKS[1] in sentence:
        sentence = _TYPED_WITH.sub("with ", sentence)
    if _TEXTED_MARKS[2] in sentence:
        sentence = _TYPED_AND.sub("and", sentence)
    opening = _OPENING.match(sentence)
    if opening is None:
        return False
    rest = sentence[opening.end():]
    if _TAKE_PART.match(rest) is None:
        return False  # the step's first doing is something else: "Mum to take K to the GP"
    rest = _TAKE_PART.sub(" ", rest)
    if _named(rest):
        return False
    left = _TOKEN.findall(rest.lower().replace("’", "'"))
    return all(word in _ASIDE or word in _STEPS or word.isdigit() or _a_date(word)
               for word in left) and _DOING.isdisjoint(left)


def _a_date(word: str) -> bool:
    """"1st", "3rd", "15th": a day of the month."""
    return word[:1].isdigit() and word.endswith(("st", "nd", "rd", "th"))


def _named(rest: str) -> bool:
    """Whether a name or an initial is in what follows the step ("attend all of K's
    appointments"): the step concerns someone."""
    return bool(NAME_RE.search(rest) or INITIAL.search(rest))
