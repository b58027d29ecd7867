"""Process with nothing behind it: a sentence that says what the services did (a meeting
held, a plan agreed, a case closed, support offered) and nothing that happened for the
child or anything anyone in the family did.

A practice lead reads the three columns for what happened; "the core group met and the plan
was reviewed" is true and says nothing of it. Such a sentence has a thing of the services as
its subject (a plan, a case, a visit, support), a verb of the services (held, agreed,
closed, offered, ongoing), no event of anyone's life, and no one in the family doing
anything (they may be what is done to: "Mum was signposted to", "family seen"). What is
still to be done ("we will meet in four weeks") is a next step, and is left alone; what was
done before it is read ("rang the health visitor, left voicemail, will chase tomorrow").
Ringing, asking and emailing with nobody of the family in the sentence are the services' own
work; "child" in "child protection conference" is a meeting's name, not a child acting.
Sentences joined by a semicolon are read as one.
"""

from __future__ import annotations

import re
from itertools import pairwise

from flows.checks.claims import BARE_VERBS, EVENTS
from flows.checks.lexicon import INITIAL, NAME_RE, verb_forms
from flows.checks.text import sentence_spans, words

PROCESS_QUESTION = "What happened for the child, or what did someone in the family do, and when?"

# Things of the services: what a process sentence is about.
_SERVICE_THINGS = words("""case cases plan plans referral referrals assessment assessments
    meeting meetings conference conferences review reviews visit visits support service
    services strategy discussion enquiry enquiries investigation investigations action actions
    threshold intervention interventions package programme program course session sessions
    appointment appointments involvement allocation transfer closure file checks agreement
    contract panel application work group recommendations outcome outcomes order orders
    information concerns needs provision offer paperwork chronology consent date check
    email emails call calls voicemail message messages form forms update response records""")
# What the services do to those things: a process verb in any of its forms.
_SERVICE_VERBS = verb_forms("""hold convene arrange book complete undertake carry_out review
    agree sign close open reopen transfer allocate reallocate escalate step offer accept
    continue progress schedule initiate commence end discharge signpost refer recommend
    request receive consider discuss share update record note action implement chair minute
    postpone cancel rearrange follow fund commission remain award make send involve
    monitor await upload""") | words("""ongoing underway place done seen held made sent opened
    reopened planned pending outstanding referred referring""")
# What someone in the family does to a thing of the services says no more than the services
# did: "mum has attended 3 of 6 sessions", "Dad signed the agreement".
_TAKING_PART = verb_forms("attend engage complete sign accept comply")
# A sentence naming the harm or the offence is about it ("the plan for neglect was ended",
# "the investigation into the burglary is closed"): the record of a decision, left alone.
_ABOUT = re.compile(r"\b(?:neglect|abuse|harm|category|burglary|theft|assault|offen[cs]es?"
                    r"|crimes?|charges?|injur(?:y|ies)|exploitation|violence)\b")
# A service verb is not an event of anyone's life, however the claim check reads it.
_LIFE = (EVENTS | verb_forms("fit fix repair install mend replace")) - _SERVICE_VERBS \
    - _SERVICE_THINGS - words("met meeting")
_AHEAD = words("will shall should must need needs going next would could might may 'll aim")
_STILL_TO_DO = re.compile(r"\b(?:plan|aim|intention)\s+is\s+(?:to|for|that)\b|\bdue\s+to\s+\w+")
_FAMILY = words("""mum mummy mam mom mother dad daddy father stepdad stepmum stepfather
    stepmother parent parents carer carers partner boyfriend girlfriend nan nana gran granny
    grandma grandad grandparents uncle aunt auntie aunty family child children kids kid baby
    son daughter boy girl he she they i we siblings brother sister""")
# Helper words between a person and what was done to them ("Mum was not signposted").
_PASSIVE = words("was were is are been being be has have had got not also")
_MEETERS = _SERVICE_THINGS | words("professionals agencies")  # "the core group met"
_BY = words("by to with for of from about on at and or the both his her their")
_TOKEN = re.compile(r"[a-z']+")
# The one writing, and their team: "I completed a home visit", "we held a meeting".
_WORKER = words("i we")
_ORG_HEADS = words("project projects trust centre center team teams aid hub clinic unit")
_NOUN_BEFORE = words("a an the this that his her their its our")
_SERVICE_PHRASE = re.compile(r"\b(?:took|take|takes|taken|taking)\s+(?:place|up)\b"
                             r"|\b(?:given|handed|sent)\s+out\b")
# A message left is sent, not someone leaving: "rang the health visitor, left voicemail".
_MESSAGE_LEFT = re.compile(r"\bleft\s+(?:a\s+)?(?:voice\s*mail|voice\s+message|message|msg|vm)s?\b")
# Asking, ringing and writing are the services' own work when nobody of the family is in the
# sentence ("email sent to school asking for attendance figures, awaiting reply"); with
# someone of the family, they are what happened ("K rang me crying", "Mum asked for help").
_CONTACT = verb_forms("ask ring call phone email text message reply chase contact write")
# A family word that is the name of a service: "child protection conference", "family
# support worker".
_NAMED_FOR = _SERVICE_THINGS | _ORG_HEADS | words("""protection support services network court
    worker workers practitioner""")
# "Child in need" is a plan's name ("need" would read as a next step): read as one word.
_IN_NEED = re.compile(r"\bchild(?:ren)?\s+in\s+need\b")
# A status that goes on is a decision recorded, not a step still to take: "case to remain open".
_GOES_ON = words("remain stay")
_AHEAD_WORD = re.compile(r"\b(?:will|shall|should|must|need|needs|going|next|would|could|might"
                         r"|may|aim)\b|'ll\b")


def process_only(text: str, masked: str) -> list[tuple[int, int]]:
    """The spans of sentences that say only what the services did. `masked` is the text
    with its quotes blanked (`text.mask_quotes`): a sentence holding a quote is left alone."""
    spans = _joined(masked)
    nexts = [start for start, _ in spans[1:]] + [len(text)] if spans else []
    return [(start, end) for (start, end), then in zip(spans, nexts, strict=True)
            if masked[start:then] == text[start:then]  # a quote after it: what was said
            and _is_process(masked[start:end], masked[end:end + 1] == "?")]


def _joined(masked: str) -> list[tuple[int, int]]:
    """The sentences, those joined by a semicolon read as one: "core group held on 4/6; Mum
    told them Dad had moved back in" says what happened."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(masked):
        if spans and masked[spans[-1][1]:start].strip() == ";":
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _is_process(sentence: str, asked: bool) -> bool:
    lowered = _IN_NEED.sub(lambda m: "cin".ljust(len(m.group())),
                           sentence.lower().replace("’", "'"))
    tokens = _TOKEN.findall(lowered)
    if asked or not tokens:
        return False  # a question
    if not _AHEAD.isdisjoint(tokens):
        # What was done, then what is next ("rang the health visitor, left voicemail, will
        # chase tomorrow"): the part done is read. A sentence that is all next step is left.
        ahead = _AHEAD_WORD.search(lowered)
        cut = lowered.rfind(",", 0, ahead.start()) if ahead else -1
        if cut <= 0:
            return False
        sentence, lowered = sentence[:cut], lowered[:cut]
    said = _MESSAGE_LEFT.sub(" sent voicemail ", _SERVICE_PHRASE.sub(" held ", lowered))
    tokens = _TOKEN.findall(said)
    if not tokens or not _AHEAD.isdisjoint(tokens) or "to" in tokens[:2] \
            or _STILL_TO_DO.search(lowered) or _to_do(tokens):
        return False  # a next step ("core group to review the plan")
    named = _named(sentence)
    family = any((t in _FAMILY and t not in _WORKER) or t in named for t in tokens)
    if _SERVICE_THINGS.isdisjoint(tokens) or _ABOUT.search(lowered) or (
            _SERVICE_VERBS.isdisjoint(tokens) and (family or _CONTACT.isdisjoint(tokens))):
        return False
    if _lived(tokens, family) or ("met" in tokens and not _met_by_services(tokens)):
        return False  # something happened in someone's life
    return not _someone_acts(tokens, named)


def _named(sentence: str) -> set[str]:
    """The names and initials in a sentence (a capital that starts it is how sentences start,
    not a name)."""
    return {m.group().lower() for m in NAME_RE.finditer(sentence.lstrip(), 1)} | {
        m.group().lower() for m in INITIAL.finditer(sentence.lstrip(), 1)}  # "J back at school"


def _lived(tokens: list[str], family: bool) -> bool:
    """Whether an event of someone's life is told. A bare verb after "a" or "the" is a noun
    ("a start date", "the drop off"), not an event; asking, ringing or writing with nobody of
    the family in the sentence (`family` false) is the services' own work."""
    return any(word in _LIFE and not (before in _NOUN_BEFORE and word in BARE_VERBS)
               and (family or word not in _CONTACT)
               and not (before == "to" and word in _GOES_ON)  # "case to stay open"
               for before, word in pairwise(["", *tokens]))


def _to_do(tokens: list[str]) -> bool:
    """"Social worker to arrange a meeting", "a referral to be made": still to be done (but
    "all agencies agreed to continue" was done: a verb in the past comes before its "to")."""
    return any(first == "to" and (then == "be" or then in _SERVICE_VERBS)
               and not before.endswith("ed") and then not in _GOES_ON
               for before, first, then in zip(["", *tokens], tokens, tokens[1:], strict=False))


def _met_by_services(tokens: list[str]) -> bool:
    """"The core group met": a meeting of the services, not someone meeting someone."""
    at = tokens.index("met")
    return at > 0 and tokens[at - 1] in _MEETERS


def _someone_acts(tokens: list[str], named: set[str]) -> bool:
    """Whether anyone in the family (or named) does something in the sentence, rather than
    being what the services did something to or for ("Mum was signposted", "family seen",
    "signed by both parents", "Dad's course was funded")."""
    for at, token in enumerate(tokens):
        if token.endswith("'s") or (token not in _FAMILY and token not in named):
            continue
        before = tokens[at - 1] if at else ""
        rest = tokens[at + 1:]
        joined = before == "and" and at > 1 and tokens[at - 2] not in _FAMILY \
            and tokens[at - 2] not in named  # "... since March and Mum now baths the kids"
        if token in named and rest and (rest[0] in _SERVICE_THINGS or rest[0] in _ORG_HEADS):
            continue  # a service's name: "the Freedom Programme", "Women's Aid group"
        if token in _FAMILY and rest and rest[0] in _NAMED_FOR:
            continue  # "child protection conference", "family meeting"
        if (before in _BY and not joined) or not rest or rest[0] in _FAMILY or rest[0] == "and":
            continue  # done to or for them, or "Mum and Dad were seen": the last is read
        while rest and rest[0] in _PASSIVE:
            rest = rest[1:]
        if rest and rest[0] in _SERVICE_VERBS and (rest[0] != tokens[at + 1]
                                                   or token in _WORKER):
            continue  # "Mum was signposted", "family were offered", "I completed a visit"
        if rest and rest[0] in _TAKING_PART:
            continue  # "mum has attended 3 of 6 sessions"
        if tokens[at + 1] == "seen":
            continue  # "family seen"
        return True
    return False
