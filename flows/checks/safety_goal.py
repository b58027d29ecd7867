"""Safety goal: what the caregiver will do, who will see it, and for how long.

A goal a practice lead accepts says what a caregiver *will do* (behaviour someone could see,
not process words such as engage, comply, attend, work openly, reduce risk, or an outcome
such as "no further incidents"), who will see it or how people will know, and for how long.
In domestic abuse and exploitation, a goal whose only actor is the adult or child being
harmed is sent back: the people causing harm, and those around the child, must act too.

A transparent reading of word classes (who, "will" and the verb after it, who sees, how
long), not understanding.
"""

from __future__ import annotations

import bisect
import re

from flows.checks.lexicon import (
    ADULT,
    CHILD,
    HARMED_ADULT,
    NAME,
    NAME_RE,
    NEGATING,
    OBSERVER,
    PROCESS,
    PROFESSIONAL,
)
from flows.checks.plain_language import find_jargon
from flows.checks.text import mask_quotes, words
from flows.checks.words import WordList
from flows.regex import on_first_use

_I = re.IGNORECASE


def _at_word_starts(pattern: str) -> re.Pattern[str]:
    """The pattern ignoring case, for one whose every match starts a word (`\\b` and a letter
    or digit first): `re` then passes over the middles of words at once, finding the same
    matches."""
    return on_first_use(rf"(?<!\w)(?:{pattern})", _I)


_ADVERBS = (r"(?:(?:always|also|still|then|both|each|now|consistently|regularly|immediately|"
            r"straight\s+away|every\s+\w+|all|continue\s+to|keep\s+on|start\s+to|be\s+able\s+to"
            r"|make\s+sure\s+(?:that\s+)?(?:\w+\s+){0,2}?|be\s+the\s+one\s+to|need\s+to|have\s+to"
            r"|(?!comply|apply|reply|supply|rely)\w{2,}ly)\s+)*")
# The look-behind only spares `re` the places inside a word: a match starting in one would
# start at the word's first letter too, and that is found first.
# A word of who will act (`[\w'’]+`, ended only where a "will" or "'ll" may follow it).
_WHO_WORD = r"(?:\w++|['’])+"
# What each way of "will" opens with, ignoring case.
_WILL_FIRST = r"(?=[wia'’])"
# (Who is read a run of letters or an apostrophe at a time, `(?:\w++|['’])+`, not a
# letter at a time: no "will" or "'ll" can start between two letters, and `re` tried one
# there for every letter of the six words before each; and what follows is asked first
# whether it can open one of them, `(?=[wia'’])`, before it tries each in turn.)
_WILL = on_first_use(rf"(?<![\w'’])(?P<who>{_WHO_WORD}(?:\s+{_WHO_WORD}){{0,5}}?)\s*"
                     rf"{_WILL_FIRST}(?:\bwill\b|['’]ll\b"
                     rf"|\bis\s+going\s+to\b|\bare\s+going\s+to\b|\bagrees?\s+to\b|\bwould\b)\s+{_ADVERBS}"
                     rf"(?P<verb>(?:not|never|no\s+longer|n['’]t)?\s*[\w'’-]+(?:\s+[\w'’-]+)?)", _I)
# "stop him from coming" is something done; "stop drinking" is only something ended.
_PREVENTS = on_first_use(r"stops?\s+(?!\w+ing\b)\w+", _I)
_PROCESS = on_first_use(rf"^(?:be\s+)?{PROCESS}\b", _I)
# Doing words that still name no behaviour: "use positive parenting strategies", "follow the
# plan", "put into practice what she has learned".
_VAGUE_DOING = on_first_use(
    r"(?:use|uses|apply|implement|put\s+into\s+practi[cs]e|practi[cs]e|model|adopt|follow)\s+"
    r"(?:\w+\s+){0,3}?(?:strategies|techniques|skills|tools|approaches|methods|parenting|learning"
    r"|advice|boundaries|plan|programme|program|what\s+(?:she|he|they)\s+(?:has|have)\s+learn\w*)"
    r"\b"
    # An aim or a state, with nothing anyone could see them doing: "reach his full potential",
    # "achieve positive outcomes", "thrive", "make good progress", "be independent and
    # successful" (not "be confident enough to ...", "be independent with her tablets").
    r"|(?:reach|achieve|fulfil|fulfill|realise|realize)\s+(?:\w+\s+){0,2}?(?:potential|outcomes"
    r"|aspirations|ambitions|dreams)\b|(?:thrive|flourish|prosper)\b"
    r"|make\s+(?:(?:good|great|positive|real|steady|further)\s+)?progress\b"
    r"|be\s+(?:more\s+|fully\s+|really\s+|very\s+)?(?:independent|successful|confident|resilient"
    r"|thriving|fulfilled|empowered)\b(?!\s+(?:enough|with|in|at|on|to|when|about|for|from)\b)"
    # Going to a course is the service's part, not what will change: "go to the parenting
    # course" (not "go to swimming classes with K", which is time with the child).
    r"|(?:go|goes|going)\s+(?:to|on)\s+(?:the\s+|a\s+|an\s+|all\s+(?:the\s+)?|every\s+|their\s+"
    r"|her\s+|his\s+)?(?:(?!(?:college|university|uni|school|sixth|driving|swimming|football"
    r"|cookery|cooking|dance|boxing|music|art"
    # (or a trade's: "go to the bricklaying course at college 3 days a week" (set AK))
    r"|bricklaying|plumbing|hairdressing|barbering|mechanics|motor|construction|catering"
    r"|carpentry|joinery|plastering|electrical|beauty|hospitality|maths|english|esol)\b)"
    r"[\w-]+\s+){0,2}?"
    # (a young person's own course or class is their life: "go to his college course")
    r"(?:course|courses|programme|program|classes|sessions"
    r"|counselling|therapy|workshops?)\b(?![^,.;]{0,40}\bwith\s+(?:the\s+)?(?:children|kids"
    r"|baby|him|her|them)\b)(?!\s+at\s+(?:the\s+|a\s+)?(?:college|uni|university|school"
    r"|sixth\s+form)\b)"
    # Being tested is how people will know, not what will change: "provide negative drug
    # tests", "give clean samples", "do a breath test".
    # ... or "test clean", "be tested weekly", "submit to random alcohol testing".
    r"|test\s+(?:clean|negative|clear)\b|be\s+tested\b"
    r"|(?:provide|give|do|take|pass|produce|submit(?:\s+to)?|have)\s+(?:(?:regular|random|weekly|monthly"
    r"|all|every|each|the|his|her|their|a|an|any|more)\s+)*(?:(?:negative|clean|clear)\s+)?"
    r"(?:(?:drug|drugs|alcohol|hair|hair\s+strand|urine|breath|saliva|blood)[\s-]+)?(?:tests?"
    r"|screens?|samples?|testing|screening)\b"
    # ... unless something done follows in the same sentence: "and hand his keys to ..."
    r"(?![^.;]{0,150}?\b(?:and|then)\s+(?!(?:the|a|an|his|her|their|all|every|each|for|over|at"
    r"|with|in|on|from|by|\d+)\b)[a-z]+\s)", _I)
_VAGUE_BE = on_first_use(r"^be\s+(?:safe|happy|supported|protected|free|able|open|honest|engaged"
                         r"|aware|reduced|met|kept|managed|addressed|more|better|improved|less"
                         # what someone is to be towards the services, not what they will do:
                         # "be compliant", "be cooperative with social care"
                         r"|compliant|co-?operative|committed|motivated|receptive|willing"
                         r"|child[\s-]focused|accountable|engaging)\b"
                         r"|^keep\s+(?:\w+\s+){0,2}?safe\b|^(?:reduce|lower|minimi[sz]e)\b"
                         # a feeling, which nobody could see them doing: "feel happy and
                         # settled", "feel more confident", "feel at home"
                         r"|^feel\s+(?:more|less|much|really|very|so|a|happy|happier|safe|safer"
                         r"|settled|secure|loved|valued|confident|better|good|positive|supported"
                         r"|listened|included|content|calm|calmer|comfortable|at|able|ready"
                         r"|empowered|understood|proud|hopeful|okay|ok)\b", _I)
_CAREGIVER = on_first_use(rf"\b{ADULT}\b|(?<![\w'’])[A-HJ-Z](?![\w'’])|\b(?:he|she|they|both|we)\b",
                          _I)
# A name the goal itself shows to be a child's: "Ava (2)", "Jo, 14,", "Sam aged 9", "her
# daughter Ava". Such a name is not a caregiver, however the goal is worded.
_A_CHILDS_NAME = _at_word_starts(
    # (Each way with its own spaces: one run of them read once, not once for each way.)
    rf"({NAME})(?:\s*\(\s*(?:aged\s+)?\d{{1,2}}\s*(?:y(?:ea)?rs?|yo|m(?:on)?ths?)?\s*\)"
    rf"|\s*,\s*(?:aged\s+)?\d{{1,2}}\b|\s+aged?\s+\d|\s+(?:is|was)\s+(?:only\s+)?\d{{1,2}}\b)"
    rf"|\b{CHILD}\s+({NAME})")
_CHILD_RE = on_first_use(rf"\b{CHILD}\b", _I)
# Whose someone is ("the children's aunt") is not who they are.
_POSSESSOR = on_first_use(r"\b[\w-]+(?:['’]s|s['’])(?:\s|$)")
_PROFESSIONAL = on_first_use(rf"\b{PROFESSIONAL}\b", _I)
_WATCHES = on_first_use(r"(?:see|check|know|visit|monitor|review|tell|hear|record|meet|talk|speak"
                        r"|share|keep\s+an\s+eye|look\s+out|ask|text|ring|call|report|need)", _I)
_FAMILY_ADULT = on_first_use(rf"\b{ADULT}\b", _I)
_GROWN_UP = on_first_use(rf"\b{ADULT}\b|\b{OBSERVER}\b", _I)
# A written record, gone over (`_SEES`): "the chart", "his sleep diary", "the late book".
_A_RECORD = (r"(?:over\s+|through\s+|at\s+)?(?:[\w'’-]+\s+){0,3}?(?:charts?|diar(?:y|ies)|logs?"
             r"|planners?|rotas?|sheets?|books?|calendars?|notes|records?|trackers?|budgets?|bills"
             r"|statements?|apps?|registers?|reports?|timetables?)\b")
_SEES = _at_word_starts(
    r"\b(?:see|sees|seen|saw|notice|notices|noticed|check|checks|checked|checking|visit|visits"
    r"|visited|visiting|observe|observes|observed|hear|hears|know|knows|confirm|confirms"
    r"|confirmed|monitor|monitors|monitored|record|records|recorded|review|reviewed|log|logs"
    r"|logged|note|notes|noted)\b|\b(?:write|writes|wrote|written|jot|jots)\s+(?:\w+\s+){0,3}?down\b"
    # A child weighed or measured is how people will know, as a test is: "take her to the
    # clinic to be weighed every two weeks" (not "weigh up her options").
    r"|\b(?:weigh(?:s|ed|ing)?|measur(?:e|es|ed|ing))\b(?!\s+up\b)"
    r"|\b(?:tell|tells|text|texts|ring|rings|call|calls|phone|phones|report|reports|show|shows"
    r"|share|shares|update|updates|message|messages|let)\s+(?:\w+\s+){0,3}?"
    + rf"(?:{OBSERVER}|the\s+\w+\s+worker)\b|\b(?:drug|breath|hair|alcohol|urine)[\s-]"
    r"(?:strand\s+)?tests?\b|\btest(?:s|ed|ing)?\b|\b(?:attendance|school)\s+(?:records?"
    r"|register)\b|\bhow\s+(?:we|everyone|people)\s+will\s+know\b"
    # A written record gone over by the writer, or with someone: "i'll go over the chart with
    # her every fri", "we'll go through the meal planner together" (not "dad will go over his
    # budget", done alone).
    r"|\b(?:i|we)(?:['’]ll|\s+will)\s+(?:also\s+|then\s+)?(?:go|look|read)\s+" + _A_RECORD
    + r"|\b(?:go|goes|going|look|looks|looking|read|reads|reading)\s+" + _A_RECORD
    + r"\s+(?:with|together)\b"
    rf"|\b{OBSERVER}s?\s+(?:\w+\s+){{0,2}}?(?:will|['’]ll|would)\b"
    # People who see it, in a list of those who will act: "the youth worker, police and the
    # takeaway owner will keep the men away" (they are there to see it).
    + rf"|\b{OBSERVER}s?(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:the\s+|a\s+|an\s+|his\s+|her\s+"
    r"|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?){1,3}?\s+(?:will|['’]ll)\b"
    # Telling people at a set time is how they will know: "will tell his mum and his form
    # tutor at their weekly catch up", "will tell the people in her safety network each Sunday".
    # A child's own rating, kept over time: "will rate her week on the school worry scale".
    r"|\b(?:rate|rates|rating|score|scores|scoring)\s+(?:[\w'’]+\s+){0,4}?(?:on|out\s+of)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:scale|chart|\d+)\b"
    r"|\b(?:tell|tells|telling|text|texts|ring|rings|call|calls|phone|phones|show|shows|update"
    r"|updates|let\s+[\w'’]+(?:\s+[\w'’]+)?\s+know)\s+(?:[\w'’-]+\s+){1,8}?(?:at\s+(?:their"
    r"|the|each|every|our|his|her|a)\s+(?:[\w-]+\s+){0,2}?(?:catch[\s-]?ups?|visits?"
    r"|meetings?|sessions?|reviews?|check[\s-]?ins?|appointments?|groups?)|(?:each|every"
    r"|once\s+a|twice\s+a)\s+(?:day|night|evening|morning|week|weekend|fortnight|month"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|visit|session|time)"
    r"|on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))\b")
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen"
           r"|twenty|several|a\s+few|a|an)")
_HOW_LONG = _at_word_starts(
    rf"\b(?:for|over|during|within|across|in)\s+(?:at\s+least\s+|the\s+next\s+|the\s+coming\s+"
    rf"|another\s+|a\s+further\s+)?(?:{_NUMBER}[\s-]+)?(?:(?:whole|full|more|further|consecutive"
    rf"|school)\s+){{0,2}}(?:days?|weeks?|months?|years?|terms?|half[\s-]terms?|holidays)\b"
    rf"|\b{_NUMBER}[\s-]+(?:days?|weeks?|months?|years?|terms?)\b"
    r"|\b(?:until|till|through(?:out)?|by)\s+(?:at\s+least\s+)?(?:(?:the|his|her|their|its|our"
    r"|[\w]+['’]s)\s+)?(?:end|next|review"
    r"|conference|court|christmas|easter|summer|half[\s-]term|new\s+year|autumn|spring|winter"
    r"|school\s+holidays|holidays|case|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|(?:\w+\s+)?(?:is|turns)\s+\d+|(?:\w+['’]s\s+)?"
    r"\w+\s+birthday)\b|\buntil\s+(?:\w+\s+){1,2}?(?:is|starts|goes|turns|can|has|moves)\b|\buntil\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:investigation|trial|hearing"
    r"|case|assessment|court|order|plan)\b|\bthe\s+(?:whole|rest\s+of\s+the)\s+(?:school\s+)?(?:year|term"
    r"|summer)\b|\bfor\s+(?:good|the\s+(?:long\s+)?term|the\s+foreseeable\s+future)\b"
    # "until everyone agrees at the March review": a meeting that ends it.
    r"|\buntil\s+(?:[\w'’]+\s+){1,8}?(?:at|in|by)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:review"
    r"|conference|core\s+group|hearing|panel)s?\b"
    # ... written short, as notes do: "3mths", "12 wks", "2yrs"; "6m" after "for" or "next"
    # ("within 100m" is a distance); "6/12" and "8/52", medicine's months and weeks (not a
    # date: "on 6/12", "from 3/12", "6/12/26").
    r"|\b\d+\s*-?\s*(?:mths?|mnths?|mons?|mos|wks?|yrs?)\b"
    r"|\b(?:for|over|next|another|further|least)\s+\d+\s*m\b(?!\s*(?:away|from|of)\b)"
    r"|(?<!\bon\s)(?<!\bfrom\s)(?<!\bsince\s)(?<!\bdated\s)\b\d{1,2}/(?:12|52)\b(?!/)"
    r"|\bfor\s+as\s+long\s+as\b|\bthis\s+(?:whole\s+)?(?:school\s+|academic\s+)?(?:year|term"
    r"|half[\s-]term)\b"
    # "for the school year", "for the season", "for the rest of the season"
    r"|\bfor\s+(?:the\s+)?(?:(?:whole|rest\s+of\s+the|coming|next|new)\s+)?(?:school\s+"
    r"|academic\s+|football\s+|rugby\s+|club\s+|playing\s+)?(?:year|season|term)\b"
    # ... or a count of a working life's spells: "for the next two tours", "for three
    # deployments", "over the lambing season"
    rf"|\b(?:for|over|during|across)\s+(?:the\s+)?(?:next\s+|coming\s+|whole\s+|rest\s+of\s+the\s+)?"
    rf"(?:{_NUMBER}\s+)?(?:tours?|deployments?|rotations?|postings?|harvests?|lambing(?:\s+seasons?)?"
    r"|calving(?:\s+seasons?)?|hitches|shearing(?:\s+seasons?)?)\b"
    # "for the whole of next term", "all of this year", "the rest of the summer holidays".
    r"|\b(?:whole|rest|all|entirety|length)\s+of\s+(?:the\s+)?(?:next|this|coming|following)?"
    r"\s*(?:school\s+|academic\s+)?(?:year|term|half[\s-]term|summer|holidays|winter|autumn"
    r"|spring)\b")
_DOMESTIC = _at_word_starts(
    r"\b(?:domestic|violence|violent|abus\w*|hit(?:s|ting)?|hurt(?:s|ing)?|punch\w*|kick\w*"
    r"|strangl\w*|choke\w*|injunction|non-molestation|refuge|threat\w*|controll?\w*|DV|DA"
    r"|let\s+(?:him|R|dad|\w+)\s+(?:in|into|back)|away\s+from\s+(?:him|dad|R|\w+)"
    r"|contact\s+with\s+(?:him|dad)"
    # Ending it: "end the relationship with Dean".
    r"|end\w*\s+(?:the|her|their)\s+relationship|end\w*\s+things\s+with|(?:split|break)\s+up"
    r"\s+with)\b")
# What only the person being harmed does to keep safe: a named adult doing no more than this is
# the one harmed, as "Mum" is ("Kelly will end the relationship with Dean and call the police
# if he comes round").
# (Him, or the man by name: "leave Dean", "block Dean on her phone".)
_HIM = rf"(?:him\b|{NAME})"
_SELF_PROTECTING = (
    r"(?:end\s+(?:the|her|their|things)\b|split\s+up\b|break\s+up\b|separate\b|divorce\b"
    rf"|leave\s+{_HIM}|move\s+(?:out|away|to\s+a\s+refuge)\b|go\s+(?:in)?to\s+(?:a|the)\s+refuge\b"
    r"|get\s+an?\s+(?:injunction|non-molestation|protection|restraining)\b"
    r"|(?:call|ring|phone)\s+(?:the\s+)?(?:police|999)\s+(?:straight\s+away\s+)?(?:if|when"
    rf"|whenever|as\s+soon\s+as)\b|(?:not|never)\s+let\s+{_HIM}|stop\s+seeing\s+{_HIM}"
    rf"|block\s+{_HIM}|change\s+the\s+locks\b)")
_EXPLOITATION = on_first_use(
    r"\b(?:exploit\w*|county\s+lines|older\s+(?:boys|men|males|lads)|gangs?|groom\w*|CSE|CCE"
    r"|missing|carry(?:ing)?\s+drugs|the\s+men|parties|curfew|online|park|takeaway)\b", _I)
# "There will always be a sober adult looking after the twins": a goal's common way of saying
# an adult will do something, with the adult after the "will".
_THERE_BE = on_first_use(
    rf"be\s+(?:a|an|one|two|another|at\s+least\s+one)\s+(?:[\w-]+\s+){{0,2}}?{ADULT}\s+"
    r"(?:\([^)]*\)\s+)?(?:(?:in|at|with)\s+(?:the\s+)?\w+\s+)?(?:who\s+(?:is|will\s+be)\s+)?"
    r"(?!(?:safeguarding|training|parenting|meeting|housing|funding|planning|learning|being"
    r"|wellbeing|offending|counselling|something|nothing|anything|everything|building|setting"
    r"|caring|mentoring|drinking|smoking)\b)\w+ing\b", _I)
# "... and will", "..., then will": a "will" with no subject of its own shares the last one.
_JOINED = on_first_use(r"(?:^|\s|,)(?:and|or|then|but|and\s+then)\s*$", _I)
# The people of a place where a young person is exploited (contextual safeguarding): what
# they will do there is the change ("the takeaway manager will call the police whenever the
# men come in"), as a caregiver's is at home.
_PLACE_PEOPLE = on_first_use(r"\b(?:managers?|wardens?|owners?|shopkeepers?|security|guards?"
                             r"|drivers?|door\s+staff|bouncers?|residents|community|landlords?"
                             r"|caretakers?|stewards?|(?:shop|park|takeaway|bus|station|cafe"
                             r"|centre)\s+staff)\b", _I)
# (Nor tests: "Mum's hair strand tests will be clear" is a result, not a person acting.)
_NOT_PERSON = words("""there it this which that risk risks incidents incident things test tests
    result results sample samples screen screens""")
_CLAUSE_BREAK = on_first_use(r"\b(?:then|that|so|because|when|whenever|if|but|who|where|until)\b|,",
                             _I)
# "Mum will calm B down instead of hitting him": who will stop hurting is the one who hurt.
_STOPS_HURTING = on_first_use(r"\b(?:instead\s+of|rather\s+than)\s+(?:\w+\s+)?(?:hitting|smacking"
                              r"|hurting|slapping|kicking|punching|shaking|pinching|shouting\s+at"
                              r"|screaming\s+at)\b", _I)
_HARMED = on_first_use(rf"\b(?:{HARMED_ADULT})$|\b{CHILD}$", _I)


def safety_goal_gaps(text: str, words: WordList, *, labels: bool = True) -> list[str]:
    """What a practice lead would send back about this safety goal, in plain words.

    `labels=False` leaves out the labels (the plain-language check asks about those).
    """
    masked = mask_quotes(text)
    gaps: list[str] = []
    subjects, doing, process = _will_clauses(masked)
    if not doing:
        said = f' (it says "{process[0]}" rather than what they will do)' if process else ""
        gaps.append("what the caregiver will do, as something people could see" + said)
    if not _SEES.search(text):  # a young person's own words can say who will know
        gaps.append("who will see it, or how people will know")
    if not _HOW_LONG.search(masked):
        gaps.append("for how long")
    gaps += _only_the_harmed_act(masked, subjects)
    found = [h.text.strip() for h in find_jargon(text, words)] if labels else []
    if found:
        gaps.append("behaviour, instead of labels: " + ", ".join(
            f'"{t}"' for t in dict.fromkeys(found)))
    return gaps


# "be met" is needs met, unless someone is met in person somewhere: "D will be met from
# school by his youth worker", "at the gate", "off the bus", "outside college" (not "his needs
# will be met at home").
_MET_SOMEWHERE = on_first_use(r"\s+(?:from|at|off|outside)\b", _I)
_NEEDS = on_first_use(r"\bneeds\b", _I)


def _met_in_person(will: re.Match[str]) -> bool:
    return will.group("verb").lower().endswith("met") and not _NEEDS.search(will.group("who")) \
        and _MET_SOMEWHERE.match(will.string, will.end("verb")) is not None


# "meet the" is a need or a standard met, unless the one met is a worker: "mum will meet the
# family worker every tuesday" is a thing she will do (set AQ), "meet the children's needs"
# is not.
_A_WORKER_MET = on_first_use(
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:worker|nurse|visitor|teacher|doctor|midwife|officer|adviser"
    r"|advisor|mentor|coach|counsell?or|therapist|keyworker|gp|psychologist|psychiatrist)s?\b", _I)


def _meets_a_worker(will: re.Match[str]) -> bool:
    return will.group("verb").lower().startswith("meet") \
        and _A_WORKER_MET.match(will.string, will.end("verb")) is not None


def _will_clauses(masked: str) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Who will act and how (each subject of a "will" and its verb), the behaviours, and the
    process words used."""
    subjects: list[tuple[str, str]] = []
    doing: list[str] = []
    process: list[str] = []
    last = ""
    children = {name.casefold() for m in _A_CHILDS_NAME.finditer(masked)
                for name in m.groups() if name}
    # Each is read once for the whole goal, not again for every "will": a message of
    # "would rather " over and over is thousands of them.
    exploited = bool(_EXPLOITATION.search(masked))
    places = [p.span() for p in _PLACE_PEOPLE.finditer(masked)] if exploited else []
    sentence, read = 0, 0  # where the sentence of the latest "will" starts; how far that is read
    for m in _WILL.finditer(masked):
        sentence = max(sentence, masked.rfind(".", read, m.start()) + 1)
        read = m.start()
        who = _subject(m.group("who"))
        # "Dad will stop X and will let Mum check": the second "will" is Dad's too (as a
        # doer; who is asked to act is still read as written).
        doer = last if last and _JOINED.search(m.group("who")) else who
        last = doer
        verb = m.group("verb").strip()
        if not who:
            if m.group("who").split()[-1].lower() == "there" and _THERE_BE.match(
                    masked, m.start("verb")):
                doing.append(verb)
            continue
        subjects.append((who, verb))
        if NEGATING.match(verb) and not _PREVENTS.match(verb):
            continue
        if (_PROCESS.match(verb) and not _meets_a_worker(m)) or (
                _VAGUE_BE.match(verb) and not _met_in_person(m)):
            process.append(verb)
        elif vague := _VAGUE_DOING.match(masked, m.start("verb")):
            process.append(vague.group())  # all of it: "achieve her potential", not "achieve her"
        elif _changes_things(doer, children, exploited) or _place_people(
                places, sentence, m.end("who")) or _listed_caregiver(
                masked[sentence:m.end("who")], children, exploited):
            doing.append(verb)
    for who, verb in seen_doing(masked):
        subjects.append((who, verb))
        if _PROCESS.match(verb) or _VAGUE_DOING.match(verb):
            process.append(verb)
        elif _caregiver(who, children):
            doing.append(verb)
    return subjects, doing, process


# What people need or want to see a caregiver do is what the caregiver will do: "everyone
# needs to see mum feeding the baby on time", "we need to see that nan collects the boys".
_SEE_THAT = on_first_use(r"\b(?:needs?|wants?|would\s+like|expects?|will\s+need|hopes?)\s+to\s+"
                         r"(?:be\s+able\s+to\s+)?see\s+(?:that\s+)?", _I)
# ... the caregiver first among what follows, and the word after them ("mum feeding",
# "nan collects", "mum and dad taking turns"), not a link ("mum is", "dad has been").
_SEEN_DOER = on_first_use(
    rf"\b(?P<who>(?:{ADULT})(?:\s+(?:and|&|\+)\s+(?:{ADULT}))?|he|she|they)\s+"
    r"(?P<verb>(?!(?:is|are|was|were|has|have|had|be|being|been|will|would|can|could|and|or"
    r"|to|for|at|in|on|with|of)\b)[a-z][\w'’-]*(?:\s+[\w'’-]+)?)", _I)
_SENTENCE_END = on_first_use(r"[.;!?\n]")


def seen_doing(masked: str) -> list[tuple[str, str]]:
    """Each caregiver someone needs (or wants) to see doing something, and what: "the
    school and nan want to see mum reading with K every evening" gives ("mum", "reading
    with")."""
    found = []
    for m in _SEE_THAT.finditer(masked):
        end = _SENTENCE_END.search(masked, m.end())
        doer = _SEEN_DOER.search(masked, m.end(), end.start() if end else len(masked))
        if doer is not None:
            found.append((doer.group("who"), doer.group("verb")))
    return found


def _changes_things(doer: str, children: set[str], exploited: bool) -> bool:
    """Whether what someone will do is the change a goal asks for: a caregiver's doing, or
    in exploitation (`exploited`) the people of the place where it happens."""
    if _caregiver(doer, children) and not _CHILD_RE.search(_POSSESSOR.sub("", doer)):
        return True
    return exploited and bool(_PLACE_PEOPLE.search(doer))


# A list of who will act, opening the sentence: "Mum, the school and the family support
# worker will ...". (`_WILL` reads at most six words before the "will", and `_subject` the
# list's last part only, so a caregiver first in a long list was not seen.)
_LISTED = on_first_use(r"\s*,\s*|\s+(?:and|&)\s+", _I)


def _listed_caregiver(lead: str, children: set[str], exploited: bool) -> bool:
    """Whether `lead`, the sentence up to the "will", is a list of people, each a few words
    and no clause of its own, with a caregiver among them."""
    if "," not in lead:
        return False
    parts = [part for part in _LISTED.split(lead.strip()) if part]
    return all(len(part.split()) <= 4 and not _CLAUSE_BREAK.search(part) and _a_person(part)
               for part in parts) \
        and any(_changes_things(part, children, exploited) for part in parts)


def _a_person(part: str) -> bool:
    """Whether a part of a list before a "will" is someone: a caregiver's or a worker's role,
    a pronoun or initial, or a name alone ("Kerry", "Aunt Sue"); not a clause before a comma
    ("Risks remain high, I will ring the police", a held corpus's)."""
    return bool(_CAREGIVER.search(part) or _PROFESSIONAL.search(part)
                or _SOMEONES.match(part)) or all(word[:1].isupper() for word in part.split())


# Someone named by who they are to the child or the place: "the shop manager", "her head of
# year", "Leah's mum".
_SOMEONES = on_first_use(r"(?:the|her|his|their|our|my|a|an|[\w'’-]+['’]s?)\s+\w", _I)


def _place_people(places: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the people of a place (`places`: where `_PLACE_PEOPLE` finds them in a goal
    about exploitation) lead a list of who will act, in the sentence before the "will"
    (`start` to `end`: "The takeaway manager, the police and the youth workers will ..."):
    `_subject` keeps only the list's last part."""
    first = bisect.bisect_left(places, (start, start))
    return first < len(places) and places[first][1] <= end


def _caregiver(doer: str, children: set[str]) -> bool:
    """Whether who will act is a caregiver: a role, a pronoun, an initial, or a name (the
    last before the "will") the goal does not show to be a child's ("Kerry will take Ava to
    her sister's")."""
    named = NAME_RE.findall(doer)
    return bool(_CAREGIVER.search(doer)) or (bool(named) and named[-1].casefold() not in children)


def _subject(words: str) -> str:
    """The person before a "will", if it is a person at all ("the risk will" is not)."""
    tail = _CLAUSE_BREAK.split(words)[-1].strip()
    last = tail.split()[-1].lower() if tail else ""
    return "" if not tail or last in _NOT_PERSON else tail


def _only_the_harmed_act(masked: str, subjects: list[tuple[str, str]]) -> list[str]:
    """In exploitation or domestic abuse, whether the change is asked only of the harmed."""
    # A worker who will watch is not asked to act, unless a grown-up of the family is named
    # with them ("Lily's Mum and the youth worker will know where she is each night").
    acting = [who for who, verb in subjects
              if not (_PROFESSIONAL.search(who) and _WATCHES.match(verb)
                      and not _FAMILY_ADULT.search(_PROFESSIONAL.sub(" ", who)))]
    if not acting:
        return []
    if _EXPLOITATION.search(masked) and not any(_GROWN_UP.search(w) or _PLACE_PEOPLE.search(w)
                                                 for w in acting):
        return ["what the adults around the young person, and those who could stop the "
                "exploitation, will do (only the young person is asked to act)"]
    family = [w for w in acting if not _PROFESSIONAL.search(w)]
    domestic = _DOMESTIC.search(masked) and not _EXPLOITATION.search(masked)
    if domestic and family and not _STOPS_HURTING.search(masked):
        keeping_safe = _kept_safe(masked)
        if not all(_HARMED.search(w) or _keeps_herself_safe(w, keeping_safe) for w in family):
            return []
        return ["what the person causing the harm will do differently (only the parent being "
                "harmed is asked to act)"]
    return []


def _keeps_herself_safe(who: str, keeping_safe: set[str]) -> bool:
    """Whether a named adult is only asked to keep themselves safe from someone: leave, end
    the relationship, call the police when he comes (`_kept_safe`)."""
    named = NAME_RE.findall(who)
    return bool(named) and named[-1] == who.strip() and named[-1].lower() in keeping_safe


# "... will end the relationship", "... is going to call the police if he comes round" (read
# from the first space before it: a long run of spaces is read once, not from each of them).
_GOES_SAFE = on_first_use(rf"(?<!\s)\s+(?:will|['’]ll|is\s+going\s+to)\s+{_ADVERBS}"
                          rf"{_SELF_PROTECTING}", _I)


def _kept_safe(masked: str) -> set[str]:
    """Every way of reading the word just before one of `_GOES_SAFE`, in lower case: the
    whole word, and what follows each hyphen in it (a name found there is not inside another
    word). One pass, however many names a goal holds."""
    said: set[str] = set()
    for m in _GOES_SAFE.finditer(masked):
        end = start = m.start()
        while start and (masked[start - 1].isalnum() or masked[start - 1] in "_'’-"):
            start -= 1
            if masked[start] == "-" or not start or not (
                    masked[start - 1].isalnum() or masked[start - 1] in "_'’-"):
                said.add(masked[start + (masked[start] == "-"):end].lower())
    return said
