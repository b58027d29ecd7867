"""Plain language: labels, process words and abbreviations that hide what happened.

Four sources, one answer: the council-readable word list (`flows/data/plain_language.yaml`),
the patterns behind jargon (`flows.checks.labels`), abbreviations that are not spelled out,
and, for a sentence none of those ask about, a claim with nothing behind it
(`flows.checks.claims`). Words inside quotation marks are someone's own and are never
flagged; a label said of a thing ("the dog was aggressive", "the home was neglected by the
landlord") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from flows.checks.abbreviations import (
    explained,
    find_abbreviations,
    joined_to_a_number,
    named_by_role,
)
from flows.checks.claims import (
    CLAIM_QUESTION,
    EVENTS,
    bare_claims,
    goes_on_to_tell,
    tells_what_happened,
    tells_what_happens,
    tells_what_was_seen,
)
from flows.checks.compliance import COMPLIANCE_QUESTION, compliance_steps
from flows.checks.labels import A_ROUGH_AREA, COUNTY_LINES, EXPLOITERS, MEETING_MEN, QUICK, RULES
from flows.checks.lexicon import (
    ADULT,
    CHILD,
    FAMILY_ADULTS,
    NAME,
    PROFESSIONAL,
    SERVICE_BY_NAME,
    verb_forms,
)
from flows.checks.praise import praised
from flows.checks.privacy import looks_like_a_name
from flows.checks.process import (
    DONE_STEP_QUESTION,
    HELP_STEP_QUESTION,
    NEXT_STEP_QUESTION,
    PROCESS_QUESTION,
    WHEN_QUESTION,
    agentless_steps,
    doerless_steps,
    help_steps,
    next_step_told,
    process_only,
    told_steps,
    undated_steps,
    unowned_needs,
    vague_steps,
)
from flows.checks.softening import GOING_WITH_THEM
from flows.checks.text import (
    alternation,
    fold,
    mask_quotes,
    needles,
    sentence_spans,
    sentences,
    without_overlaps,
    words,
)
from flows.checks.words import WordList
from flows.regex import on_first_use

# Things, animals and places: a "label" said of one of these is an ordinary description.
_THINGS = words("""dog dogs puppy cat cats pet pets animal animals horse weather house houses
    home homes flat flats room rooms bedroom bedrooms kitchen bathroom garden gardens yard
    property properties building buildings car cars van boiler heating door doors window
    windows roof stairs garage shed game games film films video videos show programme music
    traffic market storm sea weather road roads street area estate neighbourhood park
    playground field pitch match team's situation system process timetable rota schedule
    wifi signal phone tablet computer printer lift bus train tooth teeth wound rash cough
    illness infection condition virus price prices rent bill bills debt toy toys clothes
    shoes coat food meal meals film book books website app apps bike bikes bicycle scooter pram
    buggy cot bed beds furniture stairgate socket sockets fire cooker oven kettle repairs
    maintenance fence wall walls damp mould lights allotment plot lawn hedge battery tyre
    bruise bruises cut cuts burn burns mark marks injury injuries scratch scratches graze
    swelling scar scars bite bites meeting session party event festival season football journey
    trip trips outing outings holiday holidays
    puppies kitten kittens staffie staffy terrier bulldog rottweiler alsatian collie spaniel
    labrador husky pitbull pony rabbit hamster snake bird parrot ferret chickens goat
    thunderstorm thunder lightning rain snow wind winds hail fog gale flood floods heatwave""")
_PEOPLE = words("""mum mother dad father he she they him her them stepdad stepmum partner
    parent parents carer carers nan gran grandad grandma uncle aunt auntie sister brother
    man men woman women boy girl child children baby son daughter teacher worker adult
    adults who""")
_NOT_CARERS = words("""landlord landlords council housing association company agency owner owners
    it""")
_ABSTRACT = words("environment conditions life circumstances situation relationship routine")
_PLACE_PREPOSITIONS = words("at in on to from into around inside outside near")
# A label ending in one of these ("presents as", "rough with") is followed by what it says,
# not by the thing it is said of.
_LINKS = words("as with by to of for in on at about")
_CLAUSE = on_first_use(r"[.;:!?,()\n]")
# A row, a fight or pushing: a word of the soft wording that says two people fell out.
_ROW = on_first_use(r"\b(?:fight\w*|tussl\w*|scuffl\w*|scraps?|words|falling[\s-]out|spats?"
                    r"|pushing|shoving|jostling|bust-?ups?|set-?tos?|ding-?dongs?|tiffs?|barneys?"
                    r"|handbags|punch-?ups?)\b", re.IGNORECASE)
# Who else a row may be with: children among themselves, or someone outside the home.
_OTHERS = words("""boys girls kids children pupils pupil siblings brothers sisters brother
    sister twins cousins cousin classmates classmate friends friend peers students student
    teammates school teacher teachers coach head headteacher neighbour neighbours landlord
    council staff office shop manager club nursery college referee boss colleague colleagues
    we i us me""")
# An adult of the household: a row with one of them is what a practice lead asks about.
_HOUSEHOLD = words("""mum mummy mam mom mother dad daddy father stepdad stepmum stepfather
    stepmother parent parents carer carers partner boyfriend girlfriend husband wife ex
    uncle aunt auntie nan gran grandad grandma adult adults man men lodger couple""")
_WATCHING = on_first_use(r"\b(?:watching|present|there|around|nearby|looking\s+on|in\s+the\s+room"
                         r"|in\s+front\s+of"
                         r"|saw|heard|listening)\b", re.IGNORECASE)
_REPORTED = on_first_use(r"\b(?:said|says|told\s+(?:me|us|her|him)|explained|reported|admits"
                         r"|admitted|thinks|thought|feels|felt)\s+(?:that\s+)?", re.IGNORECASE)
_JOINED = on_first_use(r"\b(?:and|but|so|then|while|whilst|when|because|until|before|after)\s+"
                       r"(?!(?:pushing|shoving|jostling|scuffling|fighting)\b)", re.IGNORECASE)
_WORD = on_first_use(r"[A-Za-z'’]+")
# A label of a person with what they did right after it, in the same sentence: "aggressive on
# the phone to the school office on 6/2, swearing and saying he would ...", "hostile: shouting
# at me on the doorstep". The words after it say what the label meant.
_SHOWING = "|".join(sorted(form for form in verb_forms(
    """hit punch kick slap smack push shove grab strangle choke throttle shake bite throw drag
    pull pin strike attack threaten shout scream swear yell shriek snarl slam bang smash break
    spit stamp headbutt elbow squeeze twist pinch chase block corner square loom tower point
    jab poke prod say tell call name-call curse scream rant storm barge kick_off""")
    if form.endswith("ing")))
_SHOWN_AFTER = on_first_use(rf"(?:\band\s+\w+(?=\s*[,:(–—-])"  # "aggressive and loud, shouting"
                            rf"|(?!\b(?:and|but|so|because|when|while|whilst|as|if)\b)"
                            rf"[^,:(–—-]){{0,70}}(?:[,:(–—-]|\band\b|\bby\b)\s*(?:and\s+|then\s+"
                            rf"|by\s+)?(?:\w+ly\s+)?(?:{_SHOWING})\b", re.IGNORECASE)
_NEXT_NOUN = on_first_use(r"\s+(?:(?:the|a|an|his|her|their|its|some|any)\s+)?([A-Za-z]+)")
_CAPS = on_first_use(r"[A-Z0-9&]+")
# A harm named as the category a plan is under is the plan's name, not a description:
# "a plan under the category of neglect", "on plans for neglect and emotional abuse".
_CATEGORY = on_first_use(
    r"(?:\bcategor(?:y|ies)(?:\s+of)?|\bplans?\s+(?:for|under)|\bregist\w*\s+(?:for|under))\s*:?"
    r"\s+(?:(?:neglect|emotional|physical|sexual|abuse|harm)\b[\s,]*(?:and\s+|or\s+)?)*$",
    re.IGNORECASE)


# A step left to be settled, with no one to settle it and no day: "tbc at next meeting", "as
# and when needed", "to be decided at her next review"; or the services' working together
# given as the step: "for services to work together", "agencies to communicate" (set AF).
_UNSETTLED = on_first_use(
    r"\W*(?P<step>(?:(?:(?:the\s+)?(?:next\s+)?(?:steps?|plan|actions?|date|details?|support|this|it)"
    r"\s+)?(?:is\s+|are\s+|to\s+be\s+)?(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|decided"
    r"|discussed|arranged|determined|looked\s+at|considered|explored|sorted|finali[sz]ed|set))"
    r"|(?:support\s+|help\s+|visits?\s+)?(?:as\s+and\s+when|when|if|as)\s+(?:needed|required"
    r"|necessary|appropriate|requested)|as\s+and\s+when|ad[\s-]hoc)"
    r"(?:\s+(?:at|in|by|after|during|following)\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|our\s+)?"
    r"(?:next\s+|later\s+|future\s+|upcoming\s+)?(?:meeting|core\s+group|review|conference"
    r"|supervision|visit|session|strategy(?:\s+meeting)?|planning\s+meeting|date|stage|point"
    r"|[a-z]{2,5}(?:\s+(?:meeting|review))?))?"
    r"|(?:for\s+)?(?:all\s+)?(?:the\s+)?(?:services|agencies|professionals|partners|everyone"
    r"|(?:the\s+)?network)(?:\s+involved)?\s+to\s+(?:(?:continue\s+to|keep)\s+)?(?:work(?:ing)?"
    r"\s+(?:(?:more\s+)?closely\s+|better\s+)?together|communicat(?:e|ing)(?:\s+(?:better"
    r"|more))?|share\s+info(?:rmation)?|liaise|be\s+(?:more\s+)?joined[\s-]up)"
    # (and when they see fit: "partners to share info as appropriate" (set AG))
    r"(?:\s+(?:as|when|if|where)\s+(?:appropriate|needed|required|necessary|relevant))?)"
    r"[\s.!]*", re.IGNORECASE)
# An answer that says how often only as a word of frequency: "regularly", "on and off",
# "quite often", "it happens from time to time".
_ONE_OFTEN = (
    r"(?:(?:quite|very|fairly|pretty|so|too|really)\s+)?"
    r"(?:often|regularly|frequently|sometimes|occasionally|from\s+time\s+to\s+time"
    r"|on\s+and\s+off|off\s+and\s+on|now\s+and\s+(?:then|again)|every\s+so\s+often"
    r"|(?:quite\s+)?a\s+lot|loads|heaps|tons|all\s+the\s+time|constantly|repeatedly|(?:numerous|many"
    r"|several|a\s+few|multiple|umpteen|countless|loads\s+of|lots\s+of|many\s+many)\s+times"
    r"|lots|ongoing"
    r"|on-?going|intermittent(?:ly)?|periodic(?:ally)?|sporadic(?:ally)?|regular(?:ly)?"
    r"|infrequent(?:ly)?|occasional|frequent|constant|rarely|not\s+often|most\s+of\s+the\s+time"
    r"|a\s+fair\s+bit|every\s+now\s+and\s+then|more\s+times\s+than\s+i\s+can\s+count"
    # (or said to come and go: "every so often, it comes and goes", "in waves" (set AH))
    r"|(?:it\s+)?(?:comes\s+and\s+goes|ebbs\s+and\s+flows)|in\s+(?:fits\s+and\s+starts|waves"
    r"|phases|cycles|spells)"
    # (or said to go round, and no more: "it's cyclical" (set AN))
    r"|(?:it['’]?s\s+|its\s+|it\s+is\s+)?(?:(?:very|quite|fairly|a\s+bit)\s+)?cycl(?:ical|ic)"
    r"|(?:it['’]?s\s+|its\s+|it\s+is\s+)?(?:in\s+)?a\s+(?:vicious\s+)?cycle"
    # (or said to vary: "it varies, hard to say" (set AL))
    r"|(?:it\s+)?var(?:ies|ied)(?:\s+(?:a\s+lot|loads|massively|hugely))?|(?:it\s+)?depends"
    # (on a time or a mood, and no more: "depends on his mood", "depends on the week" (set AM))
    r"(?:\s+on\s+(?:the|his|her|their|my|our|mum['’]?s|dad['’]?s)\s+(?:moods?|week|day|month"
    r"|weekend))?)")
# How long, with "since" or "from" for "for" and no measure at all, as someone writes whose
# first language is not English: "since very long", "from forever", "since long time" (set
# AR; set AQ's held-out "since very long time it goes on", "lots of times since forever").
_SINCE_UNMEASURED = (r"(?:since|from)\s+(?:(?:(?:a\s+)?very|so|such\s+a|really|a)\s+)?long"
                     r"(?:\s+time)?|(?:since|from)\s+(?:forever|ever|always)")
_HOW_OFTEN_ONLY = on_first_use(
    # (or said to go or come so: "it goes in cycles" (set AN's held-out))
    r"\W*(?:(?:it|this|that|they|he|she)\s+(?:happens?|happened|occurs?|goes\s+on|goes|comes"
    r"|is|was"
    r"|has\s+been|['’]s)\s+)?"
    # (how long nobody measured first: "since ages, many many times" (set AQ))
    r"(?:(?:(?:for|since|from)\s+(?:(?:many|some)\s+)?(?:years|ages|yonks|(?:a\s+)?long\s+time)"
    r"|" + _SINCE_UNMEASURED + r")\s*[,;]?\s+)?(?P<often>" + _ONE_OFTEN
    # (two said together, or with how long nobody measured: "sporadic, intermittent", "on and
    # off for years, umpteen times" (set AG))
    # (or "since" for "for", as someone writes whose first language is not English: "on and
    # off since many years" (set AO))
    + r"(?:\s+(?:for|over|since|from)\s+(?:the\s+)?(?:(?:many|several|some|last\s+few"
    r"|past\s+few)\s+)?(?:years|months|ages|yonks|a\s+(?:long\s+)?while|(?:a\s+)?long\s+time)"
    r"(?:\s+now)?|\s*,?\s*(?:" + _SINCE_UNMEASURED + r"))?"
    # (or how it comes, straight after: "it comes and goes in waves" (set AH's held-out))
    r"(?:(?:\s*[,/&]\s*(?:and\s+)?|\s+and\s+|\s+(?=in\s))" + _ONE_OFTEN + r")*)"
    r"(?:\s*,?\s*(?:i\s+think|i\s+believe|tbh|really|apparently|at\s+the\s+moment"
    r"|(?:(?:it['’]?s|its)\s+)?(?:hard|difficult|impossible)\s+to\s+(?:say|tell|know)"
    r"|(?:i\s+)?(?:can['’]?t|cannot|could\s*n['’]?t)\s+(?:really\s+)?say|not\s+sure|who\s+knows)"
    # (a second hedge: "couldn't say really" (set AM))
    r"(?:\s+(?:really|tbh|honestly))?)?"
    r"[\s.!]*",
    re.IGNORECASE)
# ... or said only as a count with no number: "multiple call outs", "on a number of
# occasions", "several times, police involved", "multiple reports from school" (a few words
# after it, none of them a number or a time: "several times a week since June" says it).
_COUNT_ONLY = on_first_use(
    r"\W*(?:(?:it|this|that)\s+(?:has\s+)?happened\s+)?(?:on\s+)?(?P<often>(?:numerous|many"
    r"|several|multiple|various|countless|repeated|frequent|a\s+(?:number|lot|couple)\s+of"
    r"|lots\s+of|loads\s+of|heaps\s+of|tons\s+of|plenty\s+of|a\s+few"
    # ("a handful of times, maybe more" (set AK))
    r"|a\s+handful\s+of|a\s+fair\s+few|a\s+good\s+few)\s+(?:times|occasions"
    r"|incidents|call[\s-]?outs|callouts|calls|reports|episodes|allegations|arrests))"
    # (then only that it has gone on a while nobody measured: ", its been going on for ages")
    r"(?:[\s,;:-]+(?:(?:it|this|that)(?:['’]?s|\s+has|\s+is)\s+)?(?:been\s+)?(?:going\s+on"
    r"|happening|ongoing)\s+(?:for\s+)?(?:ages|years|months|yonks|forever|a\s+(?:long\s+)?while"
    r"|a\s+long\s+time))?"
    r"(?P<tail>(?:[\s,;:-]+[a-z']+){0,5})[\s.!]*",
    re.IGNORECASE)
_SOME_TIME = on_first_use(
    r"\b(?:a|an|per|each|every|this|last|that|most|since|ago|ever|over|yesterday|today|tonight"
    r"|days?|weeks?|weekends?|months?|years?|nights?|term|better|worse|more|less|daily|weekly"
    r"|monthly|when|before|after|until|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*"
    r"|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*)\b",
    re.IGNORECASE)
_SPAN_UNMEASURED = on_first_use(
    r"\b(?:(?:over|in|during|for|within)\s+)?(?:the\s+)?(?:last|past|recent)\s+(?:few|couple\s+of"
    r"|several|many|number\s+of)\s+(?:days|weeks|months|years)\b|\b(?:recently|lately)\b"
    # (nor does a hedge on the count: "maybe more", "if not more" (set AK))
    r"|\b(?:maybe|possibly|probably|perhaps|prob|poss|if\s+not|or|and|even)\s+(?:a\s+few\s+)?"
    r"more\b(?!\s+(?:than|often|since|now|lately|recently))",
    re.IGNORECASE)
HOW_OFTEN_QUESTION = ("How often, roughly (once a week, most weekends), when was the last "
                      "time, and is it getting better or worse?")
# An answer that says how long only as an open end, no period and no date anyone knows: "until
# things are better", "for the foreseeable future", "as long as it takes", "indefinitely".
# Since when, said only as long ago: "a while back", "years ago", "before my time" (set AG).
_LONG_AGO = (r"(?:(?:a\s+(?:(?:good|long|little|fair)\s+)?while|some\s+time|a\s+long\s+time"
             r"|(?:many\s+|several\s+|some\s+)?(?:years|months|ages|yonks))\s+(?:back|ago)"
             r"|way\s+back|(?:(?:long|way|well)\s+)?before\s+(?:my|our)\s+time)"
             r"(?:(?:\s*[,;&]\s*(?:and\s+)?|\s+and\s+)(?:a\s+(?:(?:good|long|little|fair)\s+)?while"
             r"|some\s+time|a\s+long\s+time|(?:many\s+|several\s+|some\s+)?(?:years|months|ages"
             r"|yonks))\s+(?:back|ago)|(?:(?:\s*[,;&]\s*(?:and\s+)?|\s+and\s+)(?:way\s+back"
             r"|(?:(?:long|way|well)\s+)?before\s+(?:my|our)\s+time)))*")
_OPEN_END = on_first_use(
    # (said to have been going on so: "it has been happening for a long time" (set AQ))
    # (or said to go on so: "it is going on since very long" (set AR))
    r"\W*(?:(?:it|this)(?:(?:['’]s|\s+is|\s+has)\s+been|['’]s|\s+is)\s+(?:going\s+on"
    r"|happening)\s+|(?:it|this)\s+(?:goes\s+on|happens)\s+)?"
    r"(?P<end>" + _SINCE_UNMEASURED + r"|" + _LONG_AGO
    + r"|(?:for\s+)?(?:the\s+)?foreseeable(?:\s+future)?"
    r"|(?:for\s+)?as\s+long\s+as\s+(?:it\s+takes|(?:it\s+is\s+|is\s+)?(?:needed|necessary"
    r"|required|possible)|(?:they|the\s+family|(?-i:[A-Z])|he|she)\s+needs?\s*(?:it|us|support"
    r"|help)?)"
    # (as long as someone by any word needs them: "as long as the whanau needs us" (set AM))
    r"|(?:for\s+)?as\s+long\s+as\s+(?:(?:the|this|our|his|her|their)\s+)?[a-z]+\s+(?:needs?"
    r"|wants?)\s+(?:us|it|support|help|services|the\s+support|our\s+(?:help|support))"
    r"|indefinitely|permanently|forever|for\s+(?:ever|good)|open[\s-]ended"
    # ... or a while nobody has measured: "for a while", "for the time being", "for now"
    r"|(?:for\s+)?(?:a\s+(?:(?:good|long|little|fair)\s+)?while|some\s+time)"
    # ... or a span with no number: "years", "for months", "ages", "a long time" (or "since"
    # or "from" for "for", as someone writes whose first language is not English: "from long
    # time", "since ages" (set AQ; set AO's held-out "since long time"))
    r"|(?:(?:for|since|from)\s+)?(?:(?:many|several|some|a\s+few|quite\s+a\s+few"
    r"|a\s+good\s+few)\s+)?(?:years|months|weeks|ages|yonks)(?:\s+and\s+(?:years|months))?"
    r"|(?:(?:for|since|from)\s+)?(?:a\s+|quite\s+a\s+|a\s+very\s+)?long\s+time"
    r"|for\s+(?:now|the\s+time\s+being|the\s+moment)|until\s+further\s+notice"
    # ... or a period said only to be long: "a sustained period", "for a significant period
    # of time", "over a prolonged period", "a period of time", "sustained over time"
    r"|(?:(?:for|over)\s+)?(?:an?\s+)?(?:(?:sustained|significant|prolonged|extended"
    r"|reasonable|considerable|sufficient|substantial|lengthy|longer|decent|certain)\s+"
    r"(?:period|length|amount|spell)(?:\s+of\s+time)?|period\s+of\s+time)"
    r"|(?:sustained\s+|consistently\s+)?over\s+time"
    # ... or only that it goes on: "ongoing", "on-going, long term"
    r"|(?:on-?going|continuing|continuous(?:ly)?)(?:\s*[,&/]?\s*(?:and\s+)?(?:(?:for\s+)?"
    r"(?:the\s+)?long[\s-]term|indefinitely|permanently))?"
    r"|(?:for\s+)?(?:the\s+)?long[\s-]term"
    # ... or only that it has gone on long: "longstanding" (set AN)
    r"|(?:(?:very|really|quite)\s+)?long[\s-]?standing(?:\s+(?:concerns?|worries|issues))?"
    r"|(?:until|till|til|['’]til)\s+(?:(?:it\s+is|it['’]s)\s+)?no\s+longer\s+(?:needed|required"
    r"|necessary)"
    r"|(?:until|till|til|['’]til)\s+(?:the\s+)?case\s+(?:is\s+)?clos(?:ed|es|ure)"
    # ... or until the services may go, or the ones watching are content, with no time anyone
    # knows: "until the case can be safely closed", "till we can step out", "till everyones
    # happy", "until professionals are reassured" (set AL)
    r"|(?:until|till|til|['’]til)\s+(?:(?:the\s+)?(?:case|file|plan|involvement)\s+(?:(?:can|could"
    r"|may)\s+be\s+|is\s+|gets\s+)?(?:safely\s+)?(?:clos(?:ed|es|ure)|stepped\s+down)"
    r"|(?:we|services|social\s+care|sc|cs|everyone)\s+(?:can|could|are\s+able\s+to)\s+"
    r"(?:safely\s+)?(?:close|step\s+(?:down|out|back|away)|withdraw|pull\s+(?:out|back)))"
    r"|(?:until|till|til|['’]til)\s+(?:everyone|everybody|every\s+one|all\s+of\s+us|we"
    r"|(?:the\s+)?(?:professionals|network|agencies|services|team))(?:['’]?s|['’]re"
    r"|\s+(?:is|are|feels?))?\s+(?:(?:happy|satisfied|content|confident|comfortable|reassured"
    r"|assured)(?:\s+(?:that\s+)?(?:it['’]?s|things\s+are|the\s+kids\s+are)\s+(?:safe|ok"
    r"|okay|fine))?)"
    r"|(?:until|till|til|['’]til)\s+(?:things|it|everything|this|all\s+this|matters"
    r"|the\s+situation|(?:the\s+|all\s+the\s+)?(?:worries|concerns|risks?|issues|problems))"
    r"(?:['’]s|['’]re|\s+(?:is|are|get|gets|have|has)(?:\s+been)?)?\s+(?:(?:a\s+lot|much"
    r"|really)\s+)?(?:better|improved?|improves|sorted|resolved|addressed|settled|gone|go\s+away"
    r"|reduced|reduce|stable|safer|ok|okay|fine|right|changed?|changes|calmer|no\s+longer"
    r"\s+(?:needed|a\s+worry|a\s+concern|an\s+issue|there))"
    r"(?:\s+(?:and|&)\s+(?:the\s+family|they|we|services|everyone|mum|dad|the\s+parents)"
    r"\s+(?:no\s+longer|don['’]?t|do\s+not)\s+need\s+(?:us|support|services|help|it))?)"
    r"(?:\s*,?\s*(?:i\s+think|really|tbh|realistically|probably"
    # ("from long time it is happening" (set AQ))
    r"|(?:it|this)\s+(?:is|has\s+been|['’]s\s+been)\s+(?:happening|going\s+on)"
    # ("since very long time it goes on" (set AQ's held-out))
    r"|(?:it|this)\s+(?:goes\s+on|happens)))?[\s.!]*",
    re.IGNORECASE)
# A period given first, as the answer to how long: "Six months, ...", "At least 12 weeks",
# "A year after ..." (not one of the services' own: "review in 6 weeks", "case to remain open
# for a further 3 months").
_A_PERIOD = on_first_use(
    r"\W*(?:(?:for|at\s+least|about|around|roughly|over|another|a\s+further)\s+)*(?:\d+|an?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen"
    r"|twenty[\s-]four)\s+(?:more\s+|full\s+|whole\s+)?(?:weeks?|months?|years?)\b",
    re.IGNORECASE)
HOW_LONG_QUESTION = ("How long, as a period or up to a time everyone knows (three months, until "
                     "the end of the school year)?")
# ... of what has already gone on ("for years", "a long time", at how long the harm has gone
# on): not a period to come, but since when.
_SO_FAR = on_first_use(
    _SINCE_UNMEASURED + r"|" + _LONG_AGO
    + r"|(?:(?:for|over|since|from)\s+)?(?:(?:many|several|some|a\s+few"
    r"|quite\s+a\s+few|a\s+good\s+few)\s+)?"
    r"(?:years|months|weeks|ages|yonks)(?:\s+and\s+(?:years|months))?"
    r"|(?:(?:for|since|from)\s+)?(?:a\s+|quite\s+a\s+|a\s+very\s+)?long\s+time"
    r"|(?:for\s+)?(?:a\s+(?:(?:good|long|little|fair)\s+)?while|some\s+time)"
    r"|(?:(?:very|really|quite)\s+)?long[\s-]?standing(?:\s+(?:concerns?|worries|issues))?",
    re.IGNORECASE)
SINCE_WHEN_QUESTION = ("Since when, as near as anyone knows (since T was a baby, since last "
                       "summer), and who first knew?")
# A child's age named alone as what makes them vulnerable: "his age", "due to her young age".
_AGE_ONLY = on_first_use(
    # (said to be more at risk for it: "more at risk because of his age and needs" (set AH))
    r"\W*(?:(?:(?:he|she|they)(?:['’]s|\s+is|\s+are)\s+)?(?:(?:more|very|particularly"
    r"|especially|extra)\s+)?(?:at\s+risk|vulnerable)\s+)?"
    r"(?:(?:because\s+of|due\s+to|given|cos\s+of|owing\s+to)\s+)?(?P<age>(?:his|her|their"
    r"|the\s+(?:child|baby|kids?|children)['’]?s?|(?-i:[A-Z])['’]?s)\s+(?:(?:young|very\s+young"
    r"|tender)\s+)?ages?(?:\s+(?:and|&)\s+(?:(?:his|her|their)\s+)?(?:(?:additional|complex"
    r"|extra|own)\s+)?(?:needs|vulnerabilit(?:y|ies)|development|stage|size))?)"
    r"(?:\s+(?:alone|mainly|really))?[\s.!]*", re.IGNORECASE)
AGE_ONLY_QUESTION = ("How old are they, and what does their age mean here: what can't they yet "
                     "do to keep themselves safe or get help?")
# What happened named only as an event and when it was, nothing of what happened in it: "the
# incident in sept", "last DV incident was on 3/10", "the most recent episode, 2 weeks ago".
_WHEN_WORD = (r"(?:in|on|at|around|about|from|during|over|before|after|last|this|back|of|the"
              r"|early|late|mid|ago|week|weekend|month|year|night|morning|evening|afternoon"
              r"|arvo|term|summer|winter|spring|autumn|fall|christmas|xmas|easter|holidays?"
              r"|half[\s-]term|yesterday|today|weeks|months|years|days|a|one|two|three|four"
              r"|few|couple|\d[\w/.-]*|jan\w*|feb\w*|mar(?:ch)?|apr\w*|may|june?|july?|aug\w*"
              r"|sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*"
              r"|sun\w*)")
# ... or where it was, and no more: "an incident outside the school gates", "an incident at
# home last night" (set AQ; set AO's held-out).
_WHEN_OR_WHERE = (r"(?:" + _WHEN_WORD + r"|outside|near|by|home|house|flat|school|gates?|park"
                  r"|shops?|street|road|car|kitchen|garden|pub|nursery|college|station"
                  # (or a place by a name of one or two words after "the" that follows where:
                  # "a fight at the bus stop after school", "outside the chip shop" (set AR;
                  # set AQ's held-out))
                  r"|(?<=\b(?:at|in|on|by)\sthe\s)[a-z]+(?:[\s-][a-z]+)?"
                  r"|(?<=\b(?:near)\sthe\s)[a-z]+(?:[\s-][a-z]+)?"
                  r"|(?<=\boutside\sthe\s)[a-z]+(?:[\s-][a-z]+)?)")
# Two adults of the family who had the event, named by role only: "mum and her boyfriend",
# "the parents", "they" (set AN's held-out, set AO).
_ONE_ADULT = alternation(FAMILY_ADULTS + " boyfriend girlfriend ex ex-partner fella")
_WHO_ROWED = (rf"(?:(?:the\s+)?(?:parents|couple|adults)|they|(?:{_ONE_ADULT})(?:\s*(?:and|&)\s*"
              rf"(?:(?:his|her|their|the)\s+)?(?:new\s+)?(?:{_ONE_ADULT}))?)")
_EVENT_ONLY = on_first_use(
    # (heard of only, or lately: "reportedly a serious assault took place last year",
    # "recently, police were called out again" (set AH))
    r"\W*(?:(?:recently|lately|reportedly|allegedly|apparently)\s*,?\s+)?"
    # (or said only to have been: "apparently there was a fight at the weekend" (set AH's
    # held-out))
    r"(?P<event>(?:there\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    # (or who had it, and nothing of what anyone did: "mum and dad had a fight last
    # weekend", "mum and her boyfriend got into it in front of the kids")
    r"|" + _WHO_ROWED + r"\s+(?:had|have\s+had|has\s+had|got\s+into|were\s+in|ended\s+up\s+in"
    r"|(?:had|got)\s+(?:in)?to)\s+(?=(?:it|a|an|the|another|yet|some|one|words)\b|[a-z]+s\b))?"
    # ("the parents had yet another row at the weekend" (set AQ; set AO's held-out))
    r"(?:(?:the|that|this|an?|his|her|their|(?:yet\s+)?another)\s+)?(?:(?:last|latest|most\s+recent"
    r"|recent|previous|first|worst|main|big|serious|major|second|same|other|reported|police"
    # ("a serious physical assault" (set AL))
    r"|physical|sexual|verbal|nasty|bad|violent|heated|massive|huge|horrible|minor"
    r"|dv|da|fv|dfv|domestic|known)\s+){0,3}(?:(?:(?:incident|episode|event|occasion"
    r"|altercation|call[\s-]?out|assault|fight|row|disturbance|scuffle|argument|dispute"
    r"|bust[\s-]?up|punch[\s-]?up|set[\s-]?to)s?"
    # (of those who had it: "got into it", "had words")
    r"|(?<=\binto\s)it|(?<=\bhad\s)words)"
    # (said only to have been: "a serious assault took place last year" (set AH))
    r"(?:\s+(?:was|were|is|took\s+place|happened|occurred))?"
    r"|police\s+(?:were|was|have\s+been|had\s+been|got)\s+called(?:\s+out)?(?:\s+again)?"
    # ("the one at the weekend": "one" only with when it was after it)
    r"|one(?=\s+(?:at|in|on|last|from|over|during|before|after|back)\s))"
    r"(?:(?:\s*,\s*|\s+)" + _WHEN_OR_WHERE + r"){0,8}"
    # (with the children only said to be there: "... in front of the kids")
    r"(?:\s+in\s+front\s+of\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:kids|children|child|baby"
    r"|boys|girls|twins|him|her|them)(?:(?:\s*,\s*|\s+)" + _WHEN_OR_WHERE + r"){0,8})?"
    # (where, what it was called, and the police's closing words, nothing of what anyone did:
    # "call-out to the property re a verbal argument, nil further" (set AL))
    r"(?:\s*,?\s*(?:to|at)\s+(?:the\s+)?(?:property|address|home|house|flat))?"
    r"(?:\s*,?\s*(?:re:?|regarding|for|about)\s+(?:an?\s+)?(?:(?:verbal|domestic|heated)\s+)?"
    r"(?:argument|dispute|row|disturbance|domestic))?"
    r"(?:\s*[,;:-]?\s*(?:nil\s+further|nfa|no\s+further\s+action|verbal\s+only|no\s+offences?"
    r"\s+(?:disclosed|identified|recorded)|no\s+arrests?(?:\s+made)?|no\s+injuries))*)"
    r"[\s.!]*", re.IGNORECASE)
EVENT_ONLY_QUESTION = "What happened in it: who did what, and what happened to the child?"
# Who will help or do it, said only as everyone at once: "all professionals", "everyone",
# "the network" (who, by role, does what is not said).
_EVERYONE_ONLY = on_first_use(
    r"\W*(?P<all>(?:all|every)\s+(?:of\s+)?(?:the\s+)?(?:professionals|agencies|services"
    r"|workers|of\s+us|involved)|every(?:one|body)(?:\s+involved)?"
    # (or as the ones it always is: "the usual people", "various professionals" (set AG))
    r"|(?:the\s+)?usual\s+(?:people|suspects|lot|crowd|ones|faces|team|network|professionals"
    r"|supports?|agencies|services)"
    # (or as kinds of people together: "professionals and friends" (set AI))
    r"|(?:professionals|agencies|services|friends)\s+(?:and|&)\s+(?:professionals|agencies"
    r"|services|friends|family)"
    r"|various\s+(?:people|professionals|agencies|services|workers|adults)"
    # (or as the ones that fit, none of them named: "relevant professionals", "the
    # appropriate agencies" (set AO))
    r"|(?:the\s+|all\s+(?:the\s+)?)?(?:relevant|appropriate|other|key|different|partner)"
    r"\s+(?:people|professionals|agencies|services|workers|adults)"
    # (or as a circle nobody in it is named from: "wider family and community supports", "her
    # people" (set AH))
    r"|(?:(?:the|her|his|their)\s+)?(?:(?:wider|extended)\s+family|family\s+(?:and|&)\s+friends"
    r"|friends\s+(?:and|&)\s+family|(?:community|natural|informal|local)\s+supports?)"
    r"(?:\s+(?:and|&)\s+(?:(?:community|natural|informal|local)\s+supports?|friends))?"
    r"|(?:her|his|their)\s+(?:own\s+)?(?:people|supports|support\s+network|network"
    # ("his professional network" (set AR))
    r"|professional\s+network|professionals)"
    r"|(?:the\s+)?(?:whole\s+)?"
    r"(?:network|team|safety\s+network|professional\s+network|core\s+group|team\s+around\s+"
    r"(?:the\s+)?(?:child|family)|professionals)(?:\s+(?:involved|around\s+(?:her|him|them"
    # ("professionals in his life" (set AQ))
    r"|the\s+family)|in\s+(?:her|his|their)\s+(?:life|lives)))?)(?:\s+(?:will|to)\s+(?:help|support|do\s+it|be\s+involved))?[\s.!]*",
    re.IGNORECASE)
EVERYONE_ONLY_QUESTION = "Who, by their role, will do what, and by when?"
# An answer that names a harm and nothing of it: "Further exploitation and harm", "Continued
# abuse", "harm". What it would look like for this child, and how it would show, is not said.
_HARM_NOUN = (r"(?:(?:further|more|continued|continuing|ongoing|repeated|significant|serious"
              r"|long[\s-]term|lasting|future|increased|escalating|emotional|physical|sexual"
              r"|psychological|criminal|developmental)(?:\s*[&/]\s*|\s+(?:and\s+)?)){0,4}"
              r"(?:harm|exploitation|abuse|trauma|damage|injury|injuries|danger)")
# ... or only a risk, or a harm, to someone: "Risk to unborn", "risk to the kids", "Risk".
_AT_RISK = (r"(?:\s+(?:to|for)\s+(?:(?:the|an?|her|his|their)\s+)?(?:unborn(?:\s+(?:baby|child))?"
            r"|bab(?:y|ies)|child(?:ren)?|kids?|young\s+(?:person|people)|yp|siblings?|twins"
            r"|boys|girls|him|her|them|(?-i:[A-Z]))\b"
            # ... or to what of theirs: "Risk to life", "risk to the children's safety"
            r"|\s+to\s+(?:(?:the\s+)?(?:unborn|bab(?:y|ies)|child(?:ren)?|kids?|yp|young\s+"
            r"(?:person|people)|boys|girls)['’]?s?\s+|her\s+|his\s+|their\s+)?(?:(?:life|lives"
            r"|safety|wellbeing|well-being|welfare|health|development)(?:\s*,\s*|\s+(?:and|&)\s+"
            r"|(?=[\s.!]*$)))+)?")
# ... or the child, or a part of their life, said only to suffer or to be affected, with
# nothing of how: "his education will suffer", "the kids will suffer emotionally", "her
# wellbeing could be affected", "it will affect him emotionally" (not "his attendance will
# suffer and he will fall behind", which says what).
_CHILD_WORD = (r"(?:child(?:ren)?|kids?|bab(?:y|ies)|boys|girls|twins|siblings|young\s+"
               r"(?:person|people)|yp|(?-i:[A-Z]))")
_OF_LIFE = (r"(?:(?:emotional|mental|physical|social|overall|long[\s-]term|general)\s+)?"
            r"(?:education|schooling|learning|attendance|development|wellbeing|well-being"
            r"|welfare|health|progress|relationships?|friendships?|childhood|self[\s-]esteem"
            r"|confidence|future|sleep|behaviour|behavior|attachment|needs"
            r"|life\s+chances|outcomes|prospects)")
_HOW_SO = (r"(?:\s+(?:emotionally|physically|mentally|psychologically|developmentally"
           r"|academically|socially|further|greatly|badly|too|as\s+well|as\s+a\s+result"
           r"|long[\s-]term|in\s+the\s+long(?:er)?\s+(?:term|run)"
           # ("he could be targeted again by them" (set AM))
           r"|again|by\s+(?:them|others|other\s+people|the\s+same\s+(?:people|group|men|adults"
           r"|gang))))*")
_SUFFERS = (rf"(?:(?:the|her|his|their)\s+)?(?:{_CHILD_WORD}(?:['’]s?|s['’]?)?\s+)?{_OF_LIFE}"
            # (more than one: "his education and future", "her health, sleep and learning")
            rf"(?:(?:\s*[,&]\s*|\s+and\s+)(?:(?:her|his|their)\s+)?{_OF_LIFE})*"
            rf"|(?:he|she|they|(?:the\s+|both\s+|all\s+the\s+)?{_CHILD_WORD})")
_MAY = (r"\s+(?:will|would|could|may|might|can|(?:is|are)\s+(?:likely|going)\s+to)"
        r"(?:\s+(?:continue\s+to|also|further|all|easily|quickly|soon))?")
_SUFFERS_ONLY = (
    rf"(?:{_SUFFERS}){_MAY}\s+(?:be\s+)?(?:(?:further|negatively|adversely|badly|seriously"
    r"|significantly|greatly|severely|emotionally|physically|mentally|psychologically"
    r"|developmentally)\s+)?(?:suffer|affected|impacted|damaged|harmed"
    # ("she will be further exploited" (set AL))
    r"|exploited|abused|groomed|neglected|targeted"
    # ("the child could come to serious harm" (set AI))
    r"|come\s+to\s+(?:(?:serious|significant|real|further|great|some|any)\s+)?harm"
    # ("the children may suffer long-term emotional damage" (set AJ))
    rf"|(?:suffer|experience|sustain)\s+(?:(?:some|any|real|great|lasting)\s+)?{_HARM_NOUN}"
    rf"|compromised|deteriorate|decline|worsen|get\s+worse"
    # ("the kids may be placed at further risk" (set AM))
    r"|(?:placed|put|left)\s+at\s+(?:(?:further|more|greater|increased|significant|serious"
    rf"|continued)\s+)?risk(?:\s+of\s+{_HARM_NOUN})?){_HOW_SO}"
    rf"|(?:it|this|that|the\s+situation|all\s+(?:of\s+)?this){_MAY}\s+(?:(?:negatively"
    r"|adversely|badly|seriously|significantly|greatly)\s+)?(?:affect|impact(?:\s+on)?|damage"
    rf"|harm)\s+(?:(?:the|her|his|their)\s+)?(?:{_CHILD_WORD}|him|her|them)"
    rf"(?:(?:['’]s?|s['’])?\s+{_OF_LIFE})?{_HOW_SO}"
    # ... or their outcomes said to be poor: "adverse outcomes for the children", "poor
    # outcomes", "negative outcomes for her"
    r"|(?:poor|adverse|negative|bad|worse|detrimental|poorer)\s+(?:long[\s-]term\s+)?"
    rf"outcomes(?:\s+(?:for|to)\s+(?:(?:the|her|his|their)\s+)?(?:{_CHILD_WORD}|him|her|them))?")
# ... or the services' next move, and nothing of what would happen to the child to bring it:
# "the kids could end up in care", "she could be removed", "it will escalate to CP" (set AG)
_SERVICES_MOVE = (rf"(?:(?:the\s+|both\s+|all\s+the\s+)?{_CHILD_WORD}|he|she|they|him|her"
                  r"|them|it|this|the\s+case|things)"
                  rf"{_MAY}\s+(?:(?:end\s+up|be\s+(?:taken|brought|placed|accommodated|looked"
                  r"\s+after)|go|come)\s+(?:into|in)\s+care|be\s+removed(?:\s+from\s+(?:the\s+)?"
                  r"(?:home|family|(?:her|his|their)\s+(?:mum|dad|parents|family|home|care)))?"
                  r"|(?:be\s+)?escalated?\s+(?:to|into)\s+(?:a\s+)?(?:cp|child\s+protection"
                  r"|plo|court|proceedings|care\s+proceedings|a\s+plan)"
                  r"|end\s+up\s+(?:on\s+a\s+(?:cp\s+)?plan|in\s+court|in\s+proceedings))")
# A level of harm, as a scale names one.
_LEVEL = (r"(?:(?:very|quite|fairly|really)\s+)?(?:mild|moderate|severe|serious|significant"
          r"|minor|major|low|medium|high)")
# ... or someone, nobody named, said only to get hurt: "someone could get hurt"
_SOMEONE_HURT = (r"(?:someone|somebody|some1|any(?:one|body)|people)(?:\s+(?:will|would|could|may"
                 r"|might))\s+(?:get|be)\s+(?:(?:badly|seriously|really)\s+)?(?:hurt|harmed|injured)")
# ... or things said only to turn bad, in a word for it: "things could go south for the kids",
# "it will hold him back in life" (set AH)
_TURNS_BAD = (rf"(?:it|this|that|things|everything|the\s+situation|(?:the\s+)?home(?:\s+life)?"
              # (or the worry itself: "the risk will escalate" (set AO))
              rf"|(?:the\s+)?(?:risks?|concerns?|worries|harm|danger))"
              rf"{_MAY}\s+(?:go\s+(?:south|downhill|wrong|bad|pear[\s-]shaped|belly[\s-]up)"
              r"|get\s+(?:worse|bad|nasty|out\s+of\s+hand)|spiral(?:\s+out\s+of\s+control)?"
              r"|fall\s+apart|come\s+to\s+a\s+head|blow\s+up|kick\s+off|escalate"
              r"|increase|rise|grow|worsen|deteriorate"
              # ("it will end in tears" (set AK))
              r"|end\s+(?:in\s+(?:tears|disaster|tragedy)|badly))"
              # ("things could go downhill fast" (set AH's held-out))
              r"(?:\s+(?:fast|quickly|quick|rapidly|again))?"
              rf"(?:\s+(?:for|with)\s+(?:(?:the|her|his|their)\s+)?(?:{_CHILD_WORD}|him|her|them"
              r"|everyone|the\s+family))?"
              # ("things could escalate and someone could get hurt" (set AJ))
              rf"(?:\s*,?\s+(?:and|or)\s+{_SOMEONE_HURT})?|{_SOMEONE_HURT}"
              rf"|(?:it|this|that|the\s+situation){_MAY}\s+hold\s+(?:him|her|them"
              rf"|(?:the\s+)?{_CHILD_WORD})\s+back(?:\s+in\s+life|\s+later\s+on|\s+long[\s-]term)?")
_HARM_ONLY = on_first_use(
    # (each way between two harms is one way through: no run of spaces read two ways)
    rf"\W*(?:(?:the\s+)?risk\s+of\s+)?(?P<harm>(?:{_HARM_NOUN}(?:(?:\s*[,&/]\s*(?:(?:and|or)\s+)?"
    rf"|\s+(?:and|or)\s+){_HARM_NOUN})*"
    r"|(?:(?:high|significant|serious|real|increased|further|continued|ongoing|potential)\s+)?"
    rf"risks?){_AT_RISK}|{_SUFFERS_ONLY}|{_SERVICES_MOVE}|{_TURNS_BAD}"
    # ... or a level and nothing of what happened: "moderate to severe", "mild" (set AI)
    rf"|{_LEVEL}(?:\s*(?:-|to|/|or)\s*{_LEVEL})?(?:\s+(?:harm|injur(?:y|ies)|level|severity)"
    r"|(?<=mild|rate|vere)))[\s.!]*", re.IGNORECASE)
HARM_ONLY_QUESTION = ("What exactly could happen to this child, or has, who would do it, and "
                      "how would it show?")
# What it has done said only to have been done, with nothing of what it did: "its had an
# effect on all the kids", "it has really affected her", "its taken its toll on them", "shes
# been through alot and its taken its toll", "the kids have been through so much" (set AF).
_IT_DID = (r"(?:it|this|that|the\s+situation|all\s+(?:of\s+)?(?:this|that)|everything)(?:['’]?s"
           r"|\s+has|\s+have)\s+(?:(?:really|badly|definitely|clearly|obviously|significantly"
           r"|negatively|adversely|also)\s+)*(?:had\s+(?:an?|its|some)\s+(?:(?:big|huge|massive"
           r"|real|significant|negative|detrimental|lasting|profound|serious|major|definite"
           r"|adverse|awful|terrible|bad|emotional|knock-?on)\s+)*(?:effect|impact|affect|toll)"
           r"|affected|impacted(?:\s+on)?|damaged|harmed|taken\s+(?:its|it['’]?s|a)\s+toll)"
           r"(?:\s+(?:on|upon))?(?:\s+(?:(?:the|her|his|their)\s+|(?:all|both)\s+(?:(?:of\s+)?"
           rf"(?:the|them)\s+)?)?(?:{_CHILD_WORD}|him|her|them|everyone|the\s+family"
           # ("its had a knock-on effect on everything" (set AK))
           r"|everything|all\s+of\s+(?:them|us))"
           rf"(?:(?:['’]s?|s['’])?\s+{_OF_LIFE})?)?{_HOW_SO}")
_BEEN_THROUGH = (rf"(?:{_SUFFERS})(?:['’]?s|['’]?ve|\s+has|\s+have)\s+been\s+through\s+"
                 r"(?:(?:such\s+)?a\s*lot|so\s+much|loads|hell|the\s+wars|a\s+great\s+deal"
                 r"|a\s+hard\s+time)")
# ... or a difference said to be made, and nothing of it: "it made a massive difference"
_MADE_A_DIFFERENCE = (r"(?:(?:it|this|that|the\s+work|the\s+visits?|the\s+sessions?)(?:['’]?s"
                      r"|\s+has)?\s+)?(?:really\s+|definitely\s+)?(?:made|makes|making)\s+(?:a|the|all\s+the"
                      r"|such\s+a|a\s+world\s+of)\s+(?:(?:big|huge|massive|real|great|significant"
                      r"|positive|noticeable|massive|vast)\s+)*difference(?:\s+(?:to|for)\s+(?:(?:the"
                      rf"|her|his|their)\s+)?(?:{_CHILD_WORD}|him|her|them|everyone|the\s+family"
                      r"|mum|dad|mom))?")
# ... or improvements said to be there, and nothing of them: "massive improvements all round",
# "things have improved loads" (set AG)
_IMPROVED = (r"(?:(?:massive|huge|big|great|real|significant|noticeable|marked|vast|good"
             r"|some|lots\s+of|loads\s+of|definite)\s+)+improvements?(?:\s+(?:all\s+round"
             r"|all\s+around|across\s+the\s+board|everywhere|overall|in\s+(?:everything|all"
             r"\s+areas|every\s+way)|for\s+(?:everyone|the\s+family|the\s+kids|the\s+children"
             r"|mum|dad|him|her|them)))?"
             r"|(?:things|everything|it|she|he|they|mum|dad|the\s+family|the\s+kids)(?:['’]?s"
             r"|['’]?ve|\s+has|\s+have)\s+(?:really\s+)?improved\s+(?:massively|loads"
             r"|a\s+lot|so\s+much|hugely|no\s+end|all\s+round|across\s+the\s+board)"
             # (or said to be in a better place: "the family are in a much better place" (set AH))
             r"|(?:things|everything|it|she|he|they|mum|dad|mom|the\s+family|the\s+kids"
             r"|the\s+children)(?:['’]?s|['’]?re|\s+(?:is|are|seem|seems))\s+(?:now\s+)?in\s+a"
             r"\s+(?:(?:much|far|way|lot|so\s+much|really)\s+)?(?:better|good|great|happier"
             r"|more\s+positive|healthier)\s+place(?:\s+now)?"
             # (or said to have come on: "he's come on leaps and bounds" (set AK))
             r"|(?:things|everything|it|she|he|they|mum|dad|mom|the\s+family|the\s+kids"
             r"|the\s+children)(?:['’]?s|['’]?ve|\s+has|\s+have)\s+(?:really\s+)?come\s+"
             r"(?:on\s+(?:in\s+)?(?:leaps\s+and\s+bounds|(?:so\s+)?much|loads|a\s+lot|no\s+end"
             r"|massively|brilliantly|really\s+well)|(?:such\s+|so\s+)?(?:a\s+)?long\s+way)"
             r"(?:\s+(?:recently|lately|now|this\s+term))?")
_DONE_ONLY = on_first_use(
    rf"\W*(?P<done>{_BEEN_THROUGH}(?:(?:\s*,\s*|\s+)(?:(?:and|&)\s+)?{_IT_DID})?|{_IT_DID}"
    rf"|{_MADE_A_DIFFERENCE}|{_IMPROVED})"
    r"[\s.!]*", re.IGNORECASE)
DONE_ONLY_QUESTION = ("What has it changed for the child, that someone has seen or heard: what "
                      "do they do or say now that they didn't before?")
# What is to come said only as a state nobody could see: "J will have his needs met
# consistently", "He will be safe in the community", "M will communicate her needs
# effectively", "K will achieve her potential", "Baby will be safeguarded".
_STATE_WORD = (r"(?:(?:more|much|really|very|fully|completely|properly|well|kept)\s+)?(?:safe|safer"
               r"|happy|happier|healthy|well|settled|secure|protected|safeguarded|supported|loved"
               r"|valued|listened\s+to|heard|respected|included|confident|nurtured|understood"
               r"|cared\s+for|looked\s+after|thriving|content|stable|okay|ok|fine"
               # ("he will be more resilient" (set AI))
               r"|resilient|independent"
               # ("he will be in a better place emotionally" (set AQ))
               r"|in\s+a\s+(?:much\s+)?(?:better|good|happier|safer|healthier|calmer|happy|safe"
               r"|healthy|calm)\s+place(?:\s+(?:emotionally|mentally))?"
               r"|free\s+(?:from|of)\s+harm"
               # (and free of drink or drugs, said only as a state: "mum will be sober" (set AF))
               r"|sober|abstinent|(?:drug|alcohol|substance|drink)[\s-]free)")
# (a word that says only how good it is, then what: no word is both, so one way through)
_GOOD_THING = (r"(?:an?\s+)?(?:(?:positive|good|healthy|safe|stable|secure|better|improved"
               r"|appropriate|meaningful|trusting|strong|loving|consistent|supportive|nurturing"
               r"|warm|settled|predictable)(?:\s*,\s*|\s+(?:and|&)\s+|\s+))+(?:relationships?"
               r"|friendships?|attachments?|bonds?|experiences|role\s+models?|routines?|boundaries"
               r"|home|homes|environment|upbringing|placement|family\s+life)")
_A_STATE = (rf"(?:(?:be|feel|remain|stay|keep|continue\s+to\s+be)\s+{_STATE_WORD}"
            # ... or someone said to keep the child so, with nothing of how: "mum will keep
            # him safe", "dad will make sure the kids are safe", "will protect her"
            r"|(?:keep|make\s+sure|ensure)\s+(?:that\s+)?(?:him|her|them|the\s+(?:child(?:ren)?"
            r"|kids?|baby|babies|young\s+person)|(?-i:[A-Z]{1,2}))(?:\s+(?:is|are|stays?))?"
            rf"\s+{_STATE_WORD}"
            r"|protect\s+(?:him|her|them|the\s+(?:child(?:ren)?|kids?|baby|babies|young\s+"
            r"person)|(?-i:[A-Z]{1,2}))"
            # ... or to put them first, with nothing of how: "mum will put the kids first",
            # "will prioritise the children's needs" (set AF)
            r"|put\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:kids?|child(?:ren)?|bab(?:y|ies)|boys"
            r"|girls|him|her|them)(?:['’]?s?\s+(?:needs|safety|welfare))?\s+first"
            r"|prioriti[sz]e\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:kids?|child(?:ren)?"
            r"|bab(?:y|ies)|boys|girls|him|her|them)(?:['’]?s?\s+(?:needs|safety|welfare))?"
            r"|have\s+(?:all\s+)?(?:his|her|their|its)\s+(?:[a-z]+\s+)?needs\s+(?:(?:fully"
            r"|consistently|properly|adequately|always)\s+)?met"
            r"|(?:reach|achieve|fulfil|fulfill|meet)\s+(?:his|her|their)\s+(?:full\s+)?potential"
            r"|have\s+(?:positive|better|good|improved)\s+outcomes|thrive|flourish"
            # ... or to choose well, or to have limits, with nothing of what: "he will make
            # positive choices", "mum will put boundaries in place" (set AL)
            r"|make\s+(?:(?:more|much|better|good|positive|healthy|healthier|safe|safer|wise"
            r"|wiser|right|sensible|informed|appropriate)(?:\s*,\s*|\s+(?:and|&)\s+|\s+))+"
            r"(?:choices|decisions)"
            # ... or to own what they did, or to change, with nothing of what they will do:
            # "dad will take ownership and show real change" (set AL)
            r"|take\s+(?:(?:full|more|some|real)\s+)?(?:ownership|responsibility)(?:\s+(?:of|for)"
            r"\s+(?:(?:his|her|their|the)\s+)?(?:actions|behaviou?rs?|choices|parenting|part|role))?"
            # ("dad will show the capacity to change", "demonstrate a willingness" (set AN's
            # held-out))
            r"|(?:show|demonstrate)\s+(?:(?:an?|the|real|genuine|lasting|sustained|meaningful"
            r"|positive|some|more|that\s+"
            r"(?:he|she|they)\s+(?:can|has|have)\s+)\s*)*(?:change|changed|insight|commitment"
            r"|progress|remorse|understanding"
            # (or taking part, in a word, in what: "he will show more engagement with his
            # education", "show real commitment to college" (set AM, and set AL's held-out))
            r"|engagement|motivation|willingness|interest"
            # ("dad will show a willingness to change", "more willingness to work with us" (set
            # AN; set AM's held-out))
            r"|readiness|openness|desire|capacity|ability)(?:\s+(?:with|to|in|towards)\s+"
            r"(?:(?:his|her|their|the)\s+)?(?:education|college|school|learning|work|training"
            r"|services|support|the\s+(?:plan|work|course|programme)|(?:his|her|their)\s+"
            r"(?:course|studies|apprenticeship|job)"
            r"|(?:change|engage|learn|listen|accept\s+(?:help|support)|work\s+(?:with|alongside)"
            r"\s+(?:us|services|professionals|the\s+(?:plan|school|social\s+worker|team"
            r"|professionals))|make\s+changes)))?"
            r"|(?:put|set|have|keep|maintain|use|implement|enforce)\s+(?:(?:clear|firm|consistent"
            r"|appropriate|good|healthy|some|more|better|age[\s-]appropriate)\s+)*(?:boundaries"
            r"|rules)(?:\s+in\s+place)?(?:\s+(?:for|with)\s+(?:him|her|them))?"
            # ... or to have a quality of care, named in general: "she will have stability and
            # routine" (set AH)
            r"|have\s+(?:(?:more|some|a|greater|real)\s+)?(?:stability|consistency|routines?"
            r"|structure|boundaries|security|permanence|predictability)(?:(?:\s*,\s*|\s+(?:and|&)"
            r"\s+)(?:(?:more|some|a|clear)\s+)?(?:stability|consistency|routines?|structure"
            r"|boundaries|security|permanence|predictability))*"
            # ... or someone said only to be a good one of their kind: "dad will be a better
            # role model", "mum will be a more protective parent" (set AG)
            r"|be\s+(?:an?\s+)?(?:(?:much|more|really|far)\s+)?(?:better|good|positive|great"
            r"|safe|safer|protective|responsible|consistent|loving|present|reliable|calmer"
            r"|healthier)\s+(?:role\s+model|parent|dad|daddy|mum|mom|father|mother|influence"
            r"|carer|example|partner)"
            # ... or people and a home about them said only as good ("have positive
            # relationships with safe adults", "have good friendships", "have a stable home and
            # consistent routines")
            rf"|have\s+{_GOOD_THING}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_GOOD_THING})*"
            r"(?:\s+with\s+(?:(?:safe|trusted|the|her|his|their|other|key"
            r"|caring|supportive|positive|adults?|peers|friends|family|carers?|parents|mum|dad"
            r"|people|staff|professionals|and)\b\s*)+)?"
            # ... or a home or care said only as good, as lived in: "the children will
            # experience a safe and stable home", "grow up in a loving home" (set AN)
            rf"|(?:experience|grow\s+up\s+in|live\s+in|be\s+raised\s+in)\s+{_GOOD_THING}"
            rf"(?:(?:\s*,\s*|\s+(?:and|&)\s+){_GOOD_THING})*"
            # ... or a strength of theirs said only to grow: "she will have improved emotional
            # resilience", "greater confidence" (set AN)
            r"|have\s+(?:(?:much|more|greater|better|improved|increased|higher|good|real"
            r"|stronger)\s+)+(?:emotional\s+)?(?:resilience|confidence|self[\s-]?(?:esteem|worth"
            r"|belief|confidence)|well[\s-]?being|coping\s+skills|emotional\s+regulation"
            r"|emotional\s+literacy)"
            r"|communicate\s+(?:his|her|their)\s+(?:needs|wishes|feelings|views)(?:\s+(?:and|&)"
            r"\s+(?:needs|wishes|feelings|views))?\s+(?:more\s+)?(?:effectively|appropriately"
            r"|better|clearly|well)"
            # ... or a sense of themselves, or a life free of what harms, said only as had: "J
            # will have a positive sense of self", "will have a childhood free from fear" (set AK)
            r"|have\s+(?:a|an)\s+(?:(?:more|much|really|very)\s+)?(?:positive|good|strong|healthy"
            r"|secure|better|clear|stronger|safe)\s+(?:sense\s+of\s+(?:self|identity|belonging"
            r"|worth|security|safety)|self[\s-]?(?:image|esteem|worth))"
            r"|have\s+(?:a|an)\s+(?:(?:happy|safe|normal|good|positive|stable|carefree)\s+)?"
            r"(?:childhood|life|upbringing|home\s+life)\s+(?:free\s+(?:from|of)|without)\s+"
            r"(?:fear|harm|abuse|violence|worry|worries|danger|neglect|trauma|conflict)"
            r"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+)(?:fear|harm|abuse|violence|worry|worries|danger"
            r"|neglect|trauma|conflict))*)")
_STATE_TO_COME = on_first_use(
    # (the one it is of may be left to the question's "... will": "will be independent")
    r"\W*(?!(?:i|we)\s)(?:[\w'’()-]+\s+){0,3}?will\s+" + _A_STATE
    # (a list of them: "happy, healthy and thriving" (set AL))
    + rf"(?:(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)(?:will\s+)?(?:{_A_STATE}|{_STATE_WORD}))*"
    r"(?:(?:\s*,\s*|\s+)(?:(?:and|&)\s+)?(?:at\s+(?:home|school|nursery|college|short\s+breaks"
    r"|all\s+times|night)|in\s+(?:the\s+)?(?:community|placement|school|care"
    r"|(?:his|her|their)\s+(?:home|placement|family|community|local\s+area))"
    # (or in themselves: "confident and secure in himself" (set AN))
    r"|(?:in|within)\s+(?:himself|herself|themselves|themself)"
    r"|from\s+(?:harm|exploitation|abuse|risk"
    r"|danger|neglect)|consistently|always|now|again|in\s+(?:the\s+)?future|going\s+forward"
    r"|long[\s-]term|with\s+(?:mum|dad|(?:his|her|their)\s+(?:family|parents|mum|dad"
    r"|carers)))){0,4}[\s.!]*", re.IGNORECASE)
STATE_QUESTION = ("What will be happening day to day that anyone could see: what will the child "
                  "notice, or someone be doing?")


def states_to_come(masked: str) -> list[tuple[int, int]]:
    """The spans of sentences that say only how someone will be, a state nobody could see
    (`_STATE_TO_COME`)."""
    if "will" not in masked and "Will" not in masked and "WILL" not in masked:
        return []
    spans = list(sentence_spans(masked))
    states = [(start, end) for start, end in spans
              if _STATE_TO_COME.fullmatch(masked, start, end)]
    # Said after (or before) what someone will be doing ("Nan will collect T from school every
    # day. T will be happy and settled."), the state is where the doing leads: the answer
    # says what anyone would see, and only one of states alone is asked about.
    if states and len(states) < sum(1 for start, end in spans
                                    if _A_LETTER.search(masked, start, end)):
        return []
    return states


_A_LETTER = on_first_use(r"[^\W\d_]")


# Words that make an adult and a child sound like a couple.
_COUPLE = on_first_use(r"(?<!\bmum['’]s\s)(?<!\bdad['’]s\s)(?<!\bmums\s)(?<!\bdads\s)"
                       r"(?<!\bmum['’]s\snew\s)(?<!\bdad['’]s\snew\s)(?<!\bmother['’]s\s)"
                       r"(?<!\bfather['’]s\s)(?<!\bnan['’]s\s)"
                       r"\b(?:boy-?friends?|girl-?friends?|bf|gf|going\s+out\s+with|dating"
                       r"|(?:in\s+a\s+)?relationship\s+with)\b", re.IGNORECASE)
# An age, as notes write it: "Chloe (13)", "she is 14", "a 21 year old", "24yo", "aged 15",
# "of 18", "Amber, 15,".
_AGE = on_first_use(r"\(\s*(?:aged\s+)?(?P<a>\d{1,2})\s*(?:yrs?|years?|yo)?\s*\)"
                    r"|\b(?:aged|age|is|was|of|about|around)\s+(?:about\s+|around\s+)?(?P<b>\d{1,2})\b"
                    r"(?!\s*(?:am|pm|:|\.|/|%|times|days|weeks|months|miles|mins|minutes|hours|hrs))"
                    r"|\b(?P<c>\d{1,2})\s*-?\s*(?:years?[\s-]*old|yrs?[\s-]*old|y/?o|yr\s+old)\b"
                    r"|^\s*[A-Z][a-z]+\s*,\s*(?P<d>\d{1,2})\s*,", re.IGNORECASE)
_ADULT_WORD = on_first_use(r"\b(?:man|men|woman|adult|bloke|guy|older\s+(?:man|woman|lad|guy))\b",
                           re.IGNORECASE)
_COUPLE_REACH = 40
# The words one of which every match of `_COUPLE` holds: most answers hold none, and looking
# for them is quicker than the pattern's look-behinds at every place in the answer.
_COUPLE_WORDS = needles(_COUPLE.pattern, re.IGNORECASE)


def _may_say_couple(masked: str) -> bool:
    """`_COUPLE_WORDS`' test: its words first, which any of its ways holds (a fifth of the
    time of the ways alone, on the corpora's answers)."""
    folded = fold(masked)
    return any(word in folded for word in _COUPLE_WORDS.words) \
        and _COUPLE_WORDS.found_in(folded)
# A parent's or carer's own age: "mum (38)", "dad, 41,", "nan is 60".
_A_PARENTS_AGE = on_first_use(r"\b(?:mum|mam|mom|mother|dad|father|stepdad|stepmum|nan|gran"
                              r"|grandad|grandma|carer|aunt|auntie|aunty|uncle)\b[\s,]*(?:is\s+|\(|$)",
                              re.IGNORECASE)
ADULT_WITH_A_CHILD_QUESTION = ("Calling an adult a child's boyfriend or girlfriend makes it "
                               "sound like a couple. What has the adult done with the child "
                               "or given them, where, and when?")


def adult_with_a_child(text: str, masked: str) -> list[JargonHit]:
    """The word that makes an adult and a child sound like a couple, once per sentence in
    which both are there: a child's age under 16 (or under 18, with five years or more
    between them) and an adult's age of 18 or over, or a word for a grown-up ("a man of about
    19 she calls her boyfriend", "Chloe (13) has a boyfriend of 18"). Two children of an age
    ("Maya (14) has a boyfriend, also 14") are left alone, and so is a parent's partner, with
    no child's age beside it."""
    found: list[JargonHit] = []
    for start, end in sentence_spans(masked):
        sentence = masked[start:end]
        couple = _COUPLE.search(sentence)
        if couple is None:
            continue
        ages = [(int(next(g for g in m.groups() if g)), m.start()) for m in _AGE.finditer(sentence)
                if not _A_PARENTS_AGE.search(sentence, max(0, m.start() - 12), m.start() + 1)]
        # the adult's age, or the word for one, near the word for a couple ("mum (38) is
        # unhappy" further on is someone else's)
        near = (max(0, couple.start() - _COUPLE_REACH), couple.end() + _COUPLE_REACH)
        adults = [a for a, at in ages if a >= 18 and near[0] <= at <= near[1]]
        children = [a for a, _ in ages if a < 18]
        if not children or not (adults or _ADULT_WORD.search(sentence, *near)):
            continue
        child, adult = min(children), max(adults, default=18)
        if child < 16 or adult - child >= 5:
            at = (start + couple.start(), start + couple.end())
            found.append(JargonHit(text[at[0]:at[1]], text[at[0]:at[1]], at,
                                   ADULT_WITH_A_CHILD_QUESTION, "blame"))
    return found


# A verdict with nothing behind it, as a whole line or after who it is of: "good community",
# "great family network", "aunty J - lovely lady", "7 cos things seem better", "it's all
# going better now". A thing named with it ("good friends with Jo from school") or what
# changed ("better since dad moved out") is more than a verdict, and is left to the rest.
_VERDICT = (r"(?:(?:so|very|v\.?|really|quite|such|a|an|the|super|generally|overall|pretty)\s+)*"
            r"(?:good|great|nice|lovely|strong|positive|excellent|brilliant|fab|fabulous|amazing"
            r"|fantastic|wonderful|solid|decent|healthy|poor|bad|negative|weak|limited|improved)")
# Nothing said to have changed, with nothing of what is as it was ("not much has shifted since
# the last hui", "much the same", "no real change since core group"): `_BARE_VERDICT`'s as
# a number's reason, and alone (`_UNCHANGED_ALONE`) to tell it from the answer to a question
# of whether the number has moved ("still the same").
_UNCHANGED = (
    r"(?:(?:not\s+(?:much|a\s+lot|a\s+great\s+deal|anything)|nothing(?:\s+much)?|(?:very\s+)?"
    r"little)\s+(?:has\s+|have\s+|had\s+|seems\s+to\s+have\s+)?(?:really\s+|yet\s+)?"
    r"(?:changed|shifted|moved(?:\s+on)?|improved|happened|progressed|different)"
    r"|(?:no|little|not\s+much)\s+(?:real\s+|significant\s+|obvious\s+)?(?:change|difference"
    r"|movement|shift|progress)"
    r"|(?:things|it|all|everything|the\s+situation)(?:['’]s|\s+(?:is|are|remains?|stays?|stayed"
    r"|seems?|feels?|looks?))?\s+(?:(?:still|much|about|pretty\s+much|more\s+or\s+less|largely"
    r"|broadly|very\s+much|just)\s+)*(?:the\s+same|unchanged|static|as\s+(?:it\s+was|they\s+were"
    r"|before))"
    r"|(?:much|about|pretty\s+much|more\s+or\s+less|largely|broadly|still)\s+(?:the\s+)?same"
    r"|same\s+as\s+(?:before|last\s+time|it\s+was))"
    r"(?:\s+(?:since|from|as\s+at|to)\s+(?:the\s+|my\s+|our\s+)?(?:last|previous|first)"
    r"(?:\s+[\w-]+){1,3}|\s+since\s+(?:the\s+)?(?:core\s+group|conference|review|cgm|hui|visit"
    r"|meeting))?"
    r"(?:\s+(?:really|tbh|i\s+think|overall|at\s+the\s+moment|atm|now|yet|so\s+far))?")
_UNCHANGED_ALONE = on_first_use(r"\W*" + _UNCHANGED + r"[\s.!]*", re.IGNORECASE)
# A number's reason, and who the verdict is of, before it: "8 because they are a lovely
# family", "they're a loving family".
_THEY_ARE = (r"(?:\d{1,2}(?:\s*/\s*10)?(?:\s*[-–:,]?\s*(?:cos|coz|cuz|because|as|bc|since)\s+"
             r"|\s*[-–:,]\s*|\s+))?(?:(?:they|she|he)(?:['’]re|['’]s|\s+(?:are|is|were|was"
             r"|seem\s+like|seems\s+like))\s+)?")
# ... and what they are said to be like after it, which tells no more: "who attend regularly",
# "who want the best for the kids", "who engage well".
_WHO_ARE_LIKE = (r"(?:\s+(?:who|that)\s+(?:(?:really|always|clearly|genuinely|all|do)\s+)?"
                 r"(?:attends?|engages?|tr(?:y|ies)|cares?|loves?|wants?|works?|co-?operates?"
                 r"|means?|values?|dotes?|adores?|supports?|do(?:es)?)(?:\s+(?:the|their|her|his|them|him|about|for|with|on|well"
                 r"|hard|regularly|always|so|much|a|lot|lots|really|best|everything|all|kids"
                 r"|children|family|baby|boys|girls|services|us|professionals|church|school"
                 r"|together|to|change|help|right|thing))*)?")
_BARE_VERDICT = on_first_use(
    rf"\W*(?:{_THEY_ARE}{_VERDICT}(?:\s+(?:and|&)\s+{_VERDICT})?"
    r"(?:\s+(?!(?:with|at|in|on|from|to|for|who|that|which|when|and|since|because|as|by|of"
    r"|is|are|was|were|has|had|have|he|she|they|it|her|his|their)\b)(?-i:[a-z][a-z-]*)){0,2}"
    # (what is judged, not what was seen: "bad dreams", "good eye contact" say what was)
    r"\s+(?:community|communities|network|networks|support|supports|family|families|bonds?"
    r"|relationships?|attachments?|parenting|care|home|homes|conditions|outcomes?|progress"
    r"|engagement|attendance|presentation|partnership|working|communication|neighbourhood|area"
    r"|lady|man|woman|guy|bloke|person|people|parents?|carers?|friends?|mum|dad|nan|gran|team"
    r"|kid|kids|girl|boy|lad|lass|teenager|young\s+(?:man|woman|person)"
    r"|placement|start|week|term|behaviour|routines?|boundaries|links|ties|influence|role\s+model"
    r"|school|nursery|college|environment|household|stability|improvements?|changes?|signs?"
    r"|news|feedback|reports?|input|insight|understanding|rapport|interaction|interactions)"
    # (for whom is not what: "positive outcomes for the child")
    r"(?:\s+(?:for|of)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:child|children|kids|family"
    r"|him|her|them|young\s+person|yp|baby|boys|girls))?" + _WHO_ARE_LIKE +
    # ... or things said to be better, with nothing of what changed
    # (the number's reason given after a dash, a comma or only a space: "6 things are a bit
    # better at home")
    r"|(?:\d{1,2}(?:\s*/\s*10)?(?:\s*[-–:,]?\s*(?:cos|coz|cuz|because|as|bc|since)\s+"
    r"|\s*[-–:,]\s*|\s+))?"
    r"(?:things|it|all|everything|home|life|the\s+family|family\s+life"
    # ... or a thing of the child's life said to be so: "placement is stable", "contact is
    # positive"
    r"|(?:the\s+|her\s+|his\s+|their\s+)?(?:placement|contact|attendance|behaviour"
    r"|relationship|routines?|home\s+life))(?:['’]s|\s+(?:is|are|remains|remain"
    r"|seem|seems|seemed|feel|feels|look|looks|have|has|had|got|getting|going))?\s+"
    r"(?:(?:all|seem|seems|to\s+be|been|going|getting|got|much|a\s+lot|a\s+bit|loads|so\s+much"
    r"|a\s+little|far|more|generally|definitely|really)\s+)*"
    r"(?:better|improved|calmer|more\s+settled|settled|happier|ok|okay|fine|good|positive"
    r"|worse|more\s+stable|stable|positive)"
    # (where, and since when, with nothing of what: "better at home lately")
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:home|school|nursery|college|placement|house))?"
    r"(?:\s+(?:now|lately|recently|at\s+the\s+moment|atm|than\s+before|overall|i\s+think))?"
    # ... or nothing said to have changed, with nothing of what is as it was: "4, not much has
    # shifted since the last hui", "much the same", "no real change since core group"
    r"|(?:\d{1,2}(?:\s*/\s*10)?(?:\s*[-–:,]?\s*(?:cos|coz|cuz|because|as|bc|since)\s+"
    r"|\s*[-–:,]\s*|\s+))?"
    + _UNCHANGED +
    # ... or a number's place said again in words, with nothing of why: "6 - middle of the
    # scale", "4 as it's a mixed picture", "halfway", "some good some bad"
    r"|(?:\d{1,2}(?:\s*/\s*10)?(?:\s*[-–:,]?\s*(?:cos|coz|cuz|because|as|bc|since)\s+"
    r"|\s*[-–:,]\s*|\s+))?(?:(?:it['’]?s|its|it\s+is|that['’]?s|i['’]?d\s+say)\s+)?"
    r"(?:(?:right|just|somewhere|about|roughly|kind\s+of|sort\s+of)\s+)*"
    r"(?:(?:in\s+)?(?:the\s+)?(?:middle|mid[\s-]?(?:point|way|range)|midway|half[\s-]?way"
    r"|in\s+between)(?:\s+(?:of\s+the\s+(?:scale|road|range)|ground|point))?"
    r"|(?:an?\s+)?mixed\s+(?:picture|bag|one)"
    r"|(?:some|a\s+bit\s+of)\s+good\s*(?:,|and|&)?\s*(?:some|a\s+bit\s+of)\s+bad)"
    r"(?:\s+(?:really|tbh|i\s+think|overall|at\s+the\s+moment|atm|now))?"
    # ... or that they coped, with nothing of how: "yes they coped well"
    # ... or someone said to be alone, with nothing of who is or is not there: "Isolated, no
    # support.", "Socially isolated", "No support network."
    r"|(?:(?:(?:she|he|they|mum|dad|the\s+family|family)\s+(?:is|are|feels?)\s+)?"
    r"(?:(?:very|socially|quite|really|so)\s+)*isolated"
    r"|(?:(?:she|he|they|mum|dad|the\s+family|family)\s+(?:has|have)\s+)?(?:no|little"
    r"|limited|minimal)\s+(?:support|family\s+support|support\s+network|network))"
    r"(?:\s*(?:,|;|-|–|and|with)\s*(?:no|little|limited|minimal)\s+(?:support|family\s+support"
    r"|support\s+network|network))?"
    r"|(?:(?:yes|yeah|yep)\s*,?\s*)?(?:they|he|she|mum|dad|the\s+family|the\s+parents)\s+"
    r"(?:coped|managed|did|got\s+through\s+it)\s+(?:(?:really|very|quite|ok|pretty)\s+)?"
    r"(?:well|ok|okay|fine|great|alright|brilliantly)?)[\s.!]*", re.IGNORECASE)
# Words the writer says of a child, kindly, with nothing the child did ("bright", "chatty"),
# and what may join two of them ("bright and very chatty", "bright/chatty", "v driven").
# (forty-third, set AA: what a young person is like, as a school or a club says it: "gifted
# and talented", "determined", "hard working", "loyal")
_KIND_WORDS = (r"happy|lovely|sweet|bright|polite|chatty|delightful|bubbly|confident|pleasant"
               r"|friendly|cheerful|smiley|clever|kind|caring|content|sociable|articulate"
               r"|outgoing|helpful|well[\s-]mannered"
               r"|gifted|talented|determined|motivated|ambitious|driven|hard[\s-]?working"
               r"|creative|artistic|musical|sporty|academic|funny|witty|loyal|respectful"
               r"|thoughtful|considerate|empathetic|gentle|affectionate|sensible|reliable"
               r"|trustworthy|honest|brave|independent|capable|intelligent|able|popular"
               r"|well[\s-]liked|likeable|likable|charming|enthusiastic|imaginative|curious"
               r"|resourceful|easy[\s-]?going")
_SO_MUCH = r"(?:(?:very|really|so|quite|incredibly|extremely|super|v\.?|vv)\s+)*"
_AND_SO = r"(?:\s*[,/&]\s*|\s+and\s+)" + _SO_MUCH
# "He" or "she" and a link, typed with or without the apostrophe ("hes", "she's", "he is").
_HE_IS = r"(?:(?:she|he|they)(?:['’]s|['’]re|\s+(?:is|are|was|seems))|hes|shes|theyre)\s+"
# ... and a word after the verdict that adds nothing: "really", "tbh", "bless him".
_REALLY = (r"(?:\s+(?:really|tbh|honestly|overall|at\s+heart|deep\s+down"
           r"|bless\s+(?:him|her|them)))?")
# How things are going, said as a verdict with nobody named and nothing seen: "Settling in
# nicely.", "Engaged well in the session", "Coping well." (the praise check reads the same
# said of someone: "K is settling well").
_GOING_WELL_ALONE = on_first_use(
    # (a number given for it: "7 - settled in placement")
    r"\W*(?:\d{1,2}(?:\s*/\s*10)?\s*(?:[-–:,]\s*|\s+(?:as|because|cos|coz|bc)\s+))?"
    # ... settled in somewhere, with nothing of what shows it: "settled in placement"
    r"(?:(?:she|he|they)(?:['’]s|['’]re|\s+(?:has|have|is|are)))?\s*"
    r"(?:(?:has|have|is|are|was|were)\s+(?:been\s+)?)?(?:(?:very|really|well|nicely|now)\s+)?"
    r"settled\s+(?:in(?:to)?|at)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:new\s+)?"
    r"(?:placement|school|nursery|home|care|class|college|foster\s+care|the\s+home)"
    r"(?:\s+(?:well|nicely|now))?[\s.!]*"
    # (said of "she" or "he", and "thriving" after: "she's settled in really well and is
    # thriving" (set AL))
    r"|\W*(?:(?:she|he|they)(?:['’]s|['’]re|['’]ve|\s+(?:has|have|is|are))\s*)?"
    r"(?:(?:has|have|is|are|was|were)\s+(?:been\s+)?)?(?:settl(?:ing|ed)|bond(?:ing|ed)"
    r"|progress(?:ing|ed)|engag(?:ing|ed)|cop(?:ing|ed)|doing|did|feeding|fed|sleeping|slept"
    r"|develop(?:ing|ed)|adjust(?:ing|ed)|respond(?:ing|ed)|manag(?:ing|ed)|interact(?:ing|ed)"
    r"|participat(?:ing|ed)|join(?:ing|ed)\s+in|getting\s+on|got\s+on)(?:\s+in(?:to)?)?"
    r"\s+(?:really\s+|very\s+|so\s+|quite\s+|extremely\s+)?(?:well|nicely|beautifully"
    r"|brilliantly|fine|great|ok|okay|appropriately|positively)"
    r"(?:\s+(?:in|at|with|into|during|throughout|to)(?:\s+(?:the|her|his|their|a|this|all"
    r"|new|my|our)){0,2}(?:\s+[a-z']+)?|\s+throughout)?"
    r"(?:\s*(?:,|and|&)\s*(?:(?:is|are|has\s+been|have\s+been)\s+)?(?:really\s+|just\s+)?"
    r"(?:thriving|flourishing|blossoming|flying))?[\s.!]*"
    r"|\W*(?:(?:she|he|they)(?:['’]s|['’]re|\s+(?:is|are))\s*)(?:really\s+|just\s+)?"
    r"(?:thriving|flourishing|blossoming)(?:\s+(?:in|at)\s+(?:the\s+|her\s+|his\s+)?"
    r"(?:placement|school|nursery|home|care|class|college))?[\s.!]*"
    # ... or said to come on, and nothing of how: "he's coming on leaps and bounds" (set AM)
    r"|\W*(?:(?:she|he|they)(?:['’]s|['’]re|['’]ve|\s+(?:has|have|is|are))\s*)?"
    r"(?:(?:has|have|is|are)\s+(?:been\s+)?)?(?:com(?:ing|e)|came)\s+(?:on|along)\s+"
    r"(?:(?:really|so|very)\s+)?(?:(?:in\s+)?leaps\s+and\s+bounds|well|nicely|brilliantly"
    r"|great|a\s+treat|loads|a\s+lot|so\s+much)(?:\s+(?:lately|recently|now))?[\s.!]*"
    # ... or a family said to hold together, and nothing of what they did: "they pulled
    # together as a family" (set AN)
    r"|\W*(?:(?:they|we|the\s+family|the\s+parents|mum\s+and\s+dad|everyone)\s+)?(?:all\s+)?"
    r"(?:(?:really|just|always)\s+)?(?:pull(?:ed|s)?|stuck|stick(?:s)?|rall(?:ied|y|ies)|band(?:ed|s)?"
    r"|c[ao]me)\s+(?:together|round|around)(?:\s+as\s+a\s+(?:family|unit|team))?"
    r"(?:\s+(?:and|to)\s+(?:got|get|getting|pulled|pull)\s+(?:through|it\s+together)(?:\s+it)?)?"
    r"(?:\s+(?:really\s+|so\s+)?well)?[\s.!]*"
    # ... or the child described, with nothing they did: "Happy little girl who loves
    # nursery.", "Lovely, polite young man."
    # (said of them by "he" or "she", as typed on a phone: "hes a lovely lad really", "she's a
    # great kid, very bright")
    r"|\W*(?:" + _HE_IS + r")?(?:(?:a|an)\s+)?(?:(?:very|really|such\s+a)\s+)?"
    rf"(?:{_KIND_WORDS}|gorgeous|beautiful|settled|good|great|nice)(?:(?:\s*,\s*|\s+and\s+"
    rf"|\s+)(?:{_KIND_WORDS}|settled))*"
    r"\s+(?:little\s+|young\s+)?(?:girl|boy|child|baby|man|woman|person|lad|lass|toddler|kid"
    r"|teenager|teen|lady|pupil|student|girls|boys|children|kids|lads|lasses|people|teenagers"
    r"|twins)"
    r"(?:\s+who\s+(?:loves|enjoys|likes|adores)(?:\s+(?:the|her|his|their|going\s+to|playing))?"
    r"(?:\s+[a-z']+){1,2}"
    # ... or said to be a pleasure to have about: "who is a pleasure to teach", ", a delight to
    # work with", "who is a credit to his mum"
    r"|(?:\s*,\s*|\s+who\s+(?:is|was)\s+)(?:(?:a|an)\s+)?(?:(?:real|absolute|total)\s+)?"
    r"(?:pleasure|joy|delight|credit)(?:\s+to\s+[a-z']+(?:\s+[a-z']+){0,3})?"
    # ... or more kind words after a comma: "a great kid, very bright"
    rf"|\s*,\s*{_SO_MUCH}(?:{_KIND_WORDS})(?:{_AND_SO}(?:{_KIND_WORDS}))*)?{_REALLY}[\s.!]*"
    # ... or one kind word said of them by "he" or "she", and nothing else: "shes lovely",
    # "he's very polite really"
    r"|\W*" + _HE_IS + _SO_MUCH + rf"(?:{_KIND_WORDS}){_REALLY}[\s.!]*"
    # ... or with no noun, two words of it or more ("Bright and chatty.", "bright/chatty"), or
    # words only the writer says of a child ("Very mature for her age and resilient.")
    r"|\W*(?:" + _HE_IS + r")?(?:(?:a|an)\s+)?"
    + _SO_MUCH +
    rf"(?:(?:{_KIND_WORDS})(?:{_AND_SO}(?=[a-z]))|(?=(?:emotionally\s+)?(?:mature|resilient)))"
    rf"(?:(?:{_KIND_WORDS}|(?:emotionally\s+)?resilient"
    r"|(?:emotionally\s+)?mature(?:\s+(?:for|beyond)\s+(?:her|his|their)\s+(?:age|years))?)"
    rf"(?:{_AND_SO}(?=[a-z])|(?=[\s.!]*$)))+[\s.!]*", re.IGNORECASE)
# A scale's number, in figures or in words ("five" dictated).
_SCORE = r"(?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*-?ish)?"
# A number given for nothing heard of, or for how the services are: "5 - no new concerns from
# health", "6 as school are managing", "7, no concerns raised by school". What was seen that
# makes it that number is not said.
# A scale's reason that is only a stance, a stage or a verdict, with nothing of what was seen:
# "4 - still weighing it up", "5 - early days", "6 - baby steps", "3, time will tell" (set AI);
# "7 - on the right track", "4 - swings and roundabouts", "3 - not great tbh" (set AJ).
# That something is wrong, and nothing of what: "something's not right", "something doesnt
# feel right".
_SOMETHING_OFF = (
    r"something(?:['’]?s|\s+is|\s+(?:just\s+)?(?:is\s*n['’]?t|does\s*n['’]?t\s+(?:feel|seem|sit)))"
    r"\s+(?:not\s+)?(?:quite\s+)?(?:right|off|wrong|going\s+on)(?:\s+(?:with|to)\s+(?:me|us))?")
_STAGE = (
    r"(?:still\s+)?(?:weighing\s+(?:it|things|this|that|everything)\s+up|undecided"
    r"|reserving\s+(?:my\s+)?judge?ment|(?:the\s+)?jury(?:['’]?s|\s+is)\s+(?:still\s+)?out)"
    r"|time\s+will\s+tell|(?:it\s+)?remains\s+to\s+be\s+seen"
    r"|(?:(?:we['’]?ll|we\s+will|we\s+(?:need|have)\s+to|let['’]?s)\s+(?:(?:have|need)\s+to\s+)?"
    r"(?:just\s+)?)?wait\s+and\s+see"
    r"|(?:(?:it['’]?s|it\s+is)\s+)?(?:(?:still|very|really|quite)\s+)*early\s+days(?:\s+yet)?"
    r"|(?:small|baby|tiny|little)\s+steps|slowly\s+but\s+surely|(?:a\s+)?work\s+in\s+progress"
    r"|(?:(?:she|he|they|we|mum|dad)(?:['’]?re|['’]?s|\s+(?:is|are))\s+)?getting\s+there"
    r"|turn(?:ed|ing)\s+(?:a|the)\s+corner|on\s+the\s+up"
    r"|(?:(?:things|it|we|she|he|they|mum|dad)(?:['’]?re|['’]?s|\s+(?:is|are))\s+)?"
    r"(?:(?:back|still|definitely)\s+)?(?:on\s+the\s+right\s+(?:track|path|road|lines)"
    r"|(?:heading|moving|going)\s+(?:in\s+)?the\s+right\s+(?:direction|way))"
    r"|swings\s+and\s+roundabouts|ups\s+and\s+downs|up\s+and\s+down|(?:a\s+)?mixed\s+bag"
    r"|hit\s+and\s+miss|touch\s+and\s+go|six\s+of\s+one|so[\s-]so|(?:fifty|50)\s*[/-]\s*(?:fifty|50)"
    r"|not\s+(?:(?:so|too|that|very)\s+)?(?:great|good|brilliant|ideal|bad|terrible|the\s+best)"
    r"|could\s+be\s+(?:better|worse)"
    # ... or a state held, or a word for how things sit: "6 - holding steady", "5 - treading
    # water", "8 - settled" (set AK)
    r"|(?:(?:it['’]?s|things\s+are|we['’]?re|she['’]?s|he['’]?s)\s+)?(?:holding|staying|keeping)"
    r"\s+(?:steady|stable|firm|level)|treading\s+water|(?:stuck\s+)?in\s+a\s+rut|marking\s+time"
    r"|(?:(?:more|much\s+more|fairly|quite|very|pretty|relatively)\s+)?(?:settled|stable|steady"
    r"|calm)")
_NOTHING_HEARD = on_first_use(
    r"\W*(?:" + _SCORE + r"(?:\s*/\s*10)?\s*(?:[-–:,]\s*|\s+(?:as|because|cos|coz|bc)\s+|\s+))?"
    # ... or for a point of view, a hunch or the heading of what was weighed, with nothing of
    # what was seen: "6 from a health perspective", "3 - gut feeling really", "2 given the
    # severity", "4, on balance"
    r"(?:(?:from|in)\s+(?:(?:a|an|the|my|our|his|her|their)\s+)?(?:[a-z'’]+\s+){0,2}"
    r"(?:perspective|point\s+of\s+view|viewpoint|view|opinion|stand-?point)"
    r"|(?:(?:just|purely|pure|simply|mainly|mostly|only|call\s+it)\s+)?(?:(?:my|our|a|on)\s+)?"
    r"(?:professional\s+)?"
    r"(?:judge?ment|instinct|hunch|intuition|gut(?:\s+(?:feeling|instinct|reaction))?|feeling)"
    # (and what it says, nothing seen: "3 - gut feeling something's not right" (set AL))
    r"(?:\s*[,:;–-]?\s*(?:that\s+)?" + _SOMETHING_OFF + ")?"
    r"|(?:given|due\s+to|because\s+of|based\s+on|considering|in\s+(?:view|light)\s+of"
    r"|owing\s+to)\s+(?:the\s+|my\s+|our\s+|all\s+(?:of\s+)?(?:the\s+)?)?(?:(?:level|degree"
    r"|nature|extent|amount|weight)\s+of\s+(?:the\s+)?)?"
    # (what is weighed may be said of as a whole: "the mixed picture", "the overall situation")
    r"(?:(?:mixed|overall|whole|wider|bigger|general|current|present|complex|full)\s+)?"
    r"(?:severity|seriousness|risks?|picture|context|position"
    r"|concerns?|worries|history|harm|likelihood|vulnerabilit(?:y|ies)|(?:risk\s+|protective\s+)?"
    r"factors|circumstances|situation|issues|presentation|information|evidence|above"
    r"|everything|experience(?:\s+of\s+(?:the\s+)?(?:family|case|parents?|mum|dad))?"
    r"|what\s+(?:we|i)\s+know|(?:all\s+)?(?:of\s+)?(?:that|this))"
    r"|on\s+balance"
    # ... or someone said to be in a better place, and nothing of what shows it: "6 - he's in
    # a better place" (set AN)
    r"|(?:(?:she|he|they|mum|dad|things|the\s+family|(?-i:[A-Z]))(?:['’]s|['’]re|\s+(?:is|are"
    r"|seems?|feels?))\s+)?(?:(?:now|definitely|generally)\s+)?in\s+a\s+(?:(?:much|far|lot)\s+)?"
    r"(?:better|good|happier|healthier|safer|more\s+positive|positive|worse|bad|dark)\s+(?:place"
    r"|space|head[\s-]?space)"
    # ... or for things said only to change, or to be as they were, with nothing of what changed:
    # "6 as things are improving slowly", "4, the situation is more settled", "it's calmer"
    r"|(?:things|it|everything|the\s+situation|(?:the\s+)?home(?:\s+life)?)(?:['’]s|['’]re|\s+(?:is"
    r"|are|seems?|looks?|feels?|has|have))?\s+(?:(?:been\s+|got\s+|getting\s+)?(?:slowly|gradually"
    r"|generally|definitely|much|a\s+(?:bit|little|lot)|more|slightly|somewhat)\s+)*"
    r"(?:improv(?:ing|ed)|(?:getting|got|get)\s+better|better|calmer|settl(?:ing|ed)|progressing"
    r"|moving\s+(?:forward|in\s+the\s+right\s+direction)|stable|steady|positive)(?:\s+(?:slowly"
    r"|gradually|now|overall|a\s+bit|a\s+little|though|generally|on\s+the\s+whole))*)"
    r"(?:\s+(?:really|tbh|i\s+think|to\s+be\s+honest|at\s+the\s+moment|atm|now|overall))?[\s.!]*"
    r"|\W*(?:" + _SCORE + r"(?:\s*/\s*10)?\s*(?:[-–:,]\s*|\s+(?:as|because|cos|coz|bc)\s+))?"
    r"(?:(?:there\s+(?:are|have\s+been|has\s+been|is)\s+)?no\s+(?:new\s+|further\s+|current"
    r"\s+|more\s+|significant\s+|major\s+|real\s+)?(?:concerns?|worries|issues|referrals?"
    r"|incidents?|reports?|problems)(?:\s+(?:raised|reported|received|made|shared|noted"
    r"|identified))?(?:\s+(?:from|by)\s+(?:the\s+)?(?:[a-z]+|health\s+visitor|social\s+care))?"
    # (or from the writer's side: "no concerns from our end" (set AN))
    r"(?:\s+(?:from|on|at)\s+(?:our|my)\s+(?:end|side))?"
    # (or from a point of view: "no concerns from a health perspective" (set AH))
    r"(?:\s+(?:from|in)\s+(?:a|an|the|our|my)\s+(?:[a-z]+\s+)?(?:perspective|point\s+of\s+view"
    r"|viewpoint))?"
    r"(?:\s+(?:recently|lately|at\s+the\s+moment|at\s+present|currently|so\s+far|for\s+now"
    r"|now|atm))?"
    r"|(?:the\s+)?(?:school|nursery|college|health|police|services|professionals|agencies"
    r"|everyone|network|gp|health\s+visitor)\s+(?:are|is|have|has|say|says|report)\s+"
    r"(?:been\s+)?(?:managing|coping|happy|satisfied|content|on\s+board|no\s+(?:concerns?"
    r"|worries|issues)))[\s.!]*"
    # ... or a number given for what was said before, for how someone is doing, or with a
    # request in place of a reason: "4 as above", "2 for the reasons given", "5, she's doing
    # OK really", "4 - I would be grateful for a social care assessment in view of the above"
    r"|\W*" + _SCORE + r"(?:\s*/\s*10)?\s*(?:[-–:,]\s*|\s+)"
    # (a hedge first: "3 honestly could go either way" (set AH's held-out))
    r"(?:(?:honestly|to\s+be\s+honest|tbh|truthfully|realistically|personally)\s*,?\s+)?(?:"
    # ... or only a hedge: "7 i think", "7ish tbh" (set AL)
    r"(?:i\s+(?:think|reckon|guess|suppose|(?:would|['’]d)\s+say)|probably|maybe|roughly"
    r"|at\s+a\s+guess|for\s+now|atm|tbh|imo)|"
    # ... or for a level named and nothing of what makes it so: "7 - moderate level of need",
    # "3, medium to high risk", "6 low level concerns", "4 - level 3 needs" (set AE)
    r"(?:(?:as|because|cos|bc|due\s+to)\s+)?(?:(?:a|an|the)\s+)?(?:(?:very|fairly|quite)\s+)?"
    r"(?:(?:low|lower|moderate|medium|high|higher|significant|complex|additional|emerging"
    r"|targeted|intensive|some)(?:\s*(?:-|to)\s*(?:low|moderate|medium|high))?"
    r"(?:[\s-]+level)?|level\s+\d)(?:\s+(?:of|in))?\s+(?:needs?|concerns?|worries|risks?"
    r"|support)(?:\s+(?:at\s+(?:the\s+)?moment|currently|now|overall|remains?|identified))?"
    r"|as\s+(?:above|before"
    r"|(?:previously\s+)?(?:said|stated|discussed|outlined|described|mentioned))(?:\s+(?:above|before))?"
    r"|see\s+(?:(?:my|the|our)\s+)?(?:worries|concerns|notes?|report|answers?|above|earlier"
    r"|previous|below)(?:\s+(?:above|below|earlier))?"
    r"|for\s+(?:the\s+|all\s+the\s+)?(?:reasons?|points?)\s+(?:(?:already\s+)?(?:given|stated"
    r"|outlined|discussed|set\s+out|mentioned)|above)(?:\s+above)?"
    # (of anyone, by any one word: "4 - kiddo is doing ok" (set AL))
    # (of anyone by a few words, or said to seem so: "8, the wee one seems to be doing fine"
    # (set AM))
    r"|(?:(?:(?:the|our|my|this|that|her|his|their)\s+)?(?:[a-z]+\s+){0,2}[a-z]+"
    r"(?:['’]s|\s+(?:is|are))\s+|(?:(?:(?:the|our|my|this|that|her|his|their)\s+)?"
    r"(?:[a-z]+\s+){0,2}[a-z]+\s+)?(?:seems?|looks?|appears?)(?:\s+to\s+be)?\s+)"
    r"(?:doing|getting\s+on|coping|managing)\s+"
    r"(?:(?:really|quite|pretty|fairly|mostly|generally|so)\s+)?(?:ok|okay|alright|all\s+right"
    r"|fine|well|good|great)"
    # (a feeling that things are better, and a stage: "6, feels a bit better but early days"
    # (set AM))
    r"|(?:(?:it|things|everything)\s+)?(?:feels?|seems?)\s+(?:(?:a\s+(?:bit|little|lot)|slightly"
    r"|much|somewhat|generally)\s+)?(?:better|calmer|improved|more\s+settled|more\s+positive)"
    r"(?:(?:\s*[,;–-]\s*|\s+)(?:(?:but|and|though)\s+)?(?:" + _STAGE + r"))?"
    r"|(?:(?:she|he|they|things|it|mum|dad|the\s+family|the\s+kids|the\s+children"
    r"|(?:(?:the|our|my|this|that)\s+)?[a-z]+)"
    r"(?:['’]?s|['’]?re|\s+is|\s+are)\s+)?(?:doing|going|getting\s+on|coping|managing)\s+"
    r"(?:(?:really|quite|pretty|fairly|mostly|generally|so)\s+)?(?:ok|okay|alright|all\s+right|fine"
    r"|well|better|good|great|amazing|amazingly|brilliant|brilliantly|fab|fantastic|awesome"
    r"|grand)"
    # ... or for how the writer feels, and nothing of what made them feel it: "2 - very
    # worried", "3 - im anxious about this one", "4, i have a bad feeling about this family",
    # "5, on the fence", "7, gut feeling is things are better" (set AF)
    # (or "pleased with progress", "6 cautiously optimistic", "3, im not comfortable with where
    # things are", "7 - feel positive about him", "2 - alarmed" (set AG))
    r"|(?:(?:i\s+(?:am|feel|felt|was)|i['’]?m|feel(?:ing)?|felt)\s+)?(?:not\s+)?(?:(?:very|really"
    r"|so|quite|extremely|fairly|pretty|still|more|less|slightly|increasingly|cautiously"
    r"|quietly|guardedly|mildly|somewhat|rather|genuinely|deeply|seriously|too"
    r"|a\s+(?:bit|little|lot))\s+)*(?:worried"
    r"|concerned|anxious|uneasy|nervous|hopeful|optimistic|pessimistic|positive|confident"
    r"|reassured|comfortable|uncomfortable|unsure|torn|scared|frightened|cautious|pleased"
    r"|happy|happier|alarmed|encouraged|heartened|relieved|troubled|perturbed|apprehensive"
    r"|wary|sceptical|skeptical|doubtful|dubious|frustrated|disappointed|upset|afraid|fearful"
    r"|terrified|shocked|content|satisfied|hopeless|despondent)"
    r"(?:\s*,\s*(?:it\s+|things\s+)?could\s+go\s+either\s+way)?"
    r"(?:\s+(?:about|for|re|with|by|at|of)\s+(?:(?:the|this|her|his|their)\s+)?(?:this|these|that"
    r"|them|him|her|mum|dad|things|it|everything|progress|the\s+situation"
    r"|(?:where|how)\s+(?:things|it|she|he|they|mum|dad)(?:['’]?s|['’]?re|\s+(?:is|are|stands?"
    r"|seems?))?(?:\s+(?:at|going|now|doing|getting\s+on|coping|managing))?)"
    r"(?:\s+(?:one|family|case|child|kids?|children|lot|so\s+far))?)?"
    # ... or a sense that something is so, with nothing of what gave it: "4 just a sense that
    # something isnt right", "3, something doesnt feel right" (set AG)
    r"|(?:(?:just|only|mostly|more)\s+)?(?:a|my)\s+(?:(?:strong|real|general|nagging)\s+)?"
    r"(?:sense|suspicion|niggle)\s+(?:that\s+)?"
    r"(?:(?!\b(?:because|as|since|cos|coz|after|following|when|while|but|though)\b)"
    r"[^.,;:!?\n]){0,60}"
    r"|" + _SOMETHING_OFF +
    r"|i\s+(?:have|['’]ve\s+got|get|got)\s+(?:a\s+)?(?:(?:really|very)\s+)?(?:bad|good|funny"
    r"|uneasy|strange|horrible|nagging|positive|sinking|gut)\s+feeling"
    r"(?:\s+about\s+(?:this|these|that|the|them|him|her)"
    r"(?:\s+(?:one|family|case|child|kids?|children|lot))?)?"
    r"|on\s+the\s+fence|sitting\s+on\s+the\s+fence|in\s+two\s+minds"
    # ... or undecided, or progress given only as a stage it is at, with nothing of what was
    # seen: "4 - still weighing it up", "5 - early days", "6 - baby steps", "3, time will
    # tell" (set AI)
    # (of whom, and two said together: "3 - the jury is still out on dad", "7, small steps
    # but getting there" (set AI's held-out))
    r"|(?:" + _STAGE + r")(?:\s+(?:on|about|with|re|for)\s+(?:(?:the|this|her|his|their)\s+)?"
    r"[a-z'’]+)?(?:(?:\s*[,;–-]\s*|\s+)(?:(?:but|and|though)\s+)?(?:" + _STAGE + r"))?"
    # ... or nothing to tell of from where the writer is: "6 - nothing major from us", "6 -
    # nothing to report from a school point of view" (sets AI and AH's held-out)
    r"|nothing(?:\s+(?:major|much|significant|serious|new|further|untoward|worrying"
    r"|concerning))?(?:\s+(?:to\s+(?:report|add|note|flag|say)|of\s+(?:note|concern)))?"
    r"(?:\s+(?:from|on|at)\s+(?:[a-z'’]+\s+){0,3}?[a-z'’]+)?"
    # ... or that it is hard to say, or a worry, and nothing of why: "5 - hard to say really",
    # "3 - its a worry", "2 - torn, could go either way" (set AH)
    r"|(?:(?:it['’]?s|it\s+is)\s+)?(?:(?:very|really|so|quite|a\s+bit)\s+)?(?:hard|difficult"
    r"|tricky|impossible|too\s+early)\s+to\s+(?:say|tell|judge|know)"
    r"(?:\s+(?:at\s+this\s+(?:stage|point)|yet|just\s+yet|right\s+now|for\s+now))?"
    r"|(?:it['’]?s|it\s+is|this\s+is)\s+(?:still\s+)?(?:a\s+)?(?:(?:real|big|huge|genuine)\s+)?"
    r"(?:worry|concern|worrying|concerning)"
    r"|(?:it\s+|things\s+)?could\s+go\s+either\s+way"
    r"|(?:my\s+)?gut(?:\s+(?:feeling|instinct))?\s+(?:is|says|tells\s+me)\s+(?:that\s+)?"
    r"(?:(?!\b(?:because|as|since|cos|coz|after|following|when|while|but|though)\b)"
    r"[^.,;:!?\n]){0,60}"
    # ... or someone said to be more settled or better, and nothing of what was seen: "8 she is
    # much more settled now", "5, mum's a lot calmer"
    r"|(?:she|he|they|mum|dad|the\s+family|the\s+kids|the\s+children)(?:['’]s|['’]re|\s+is"
    r"|\s+are|\s+seems?|\s+looks?)\s+(?:(?:much|far|a\s+(?:bit|lot|little)|so|slightly|generally)"
    r"\s+)*(?:more\s+)?(?:settled|calmer|happier|better|improved|improving)"
    r"|(?:i\s+would\s+be\s+(?:grateful|glad)\s+(?:for|if)|i\s+would\s+(?:like|appreciate|welcome)"
    r"|i['’]d\s+(?:like|appreciate|welcome)|i\s+am\s+(?:requesting|asking\s+for)|(?:please|kindly)"
    r"\s+(?:could|can|would)|(?:could|can)\s+(?:you|someone|somebody))\b"
    # (to the end of its clause: "4 - can someone visit, K told her teacher dad hit her" goes
    # on to what was seen)
    r"(?:(?!\b(?:because|as|since|cos|coz|after|following|when|while|but|though)\b)"
    r"[^.,;:!?\n]){0,120})"
    r"(?:\s+(?:really|tbh|i\s+think|at\s+the\s+moment|atm|now|overall|please"
    # (or how widely it holds, and nothing of what was seen: "7, he is doing good in
    # general" (set AO))
    r"|in\s+general|generally|on\s+the\s+whole|so\s+far|lately|recently|currently"
    r"|at\s+present|for\s+now))?[\s.!]*",
    re.IGNORECASE)
# Who a verdict is of, before a dash or a colon: "aunty J - lovely lady", "school: good".
_WHO_THEN = on_first_use(r"[^:–—\n]{1,40}?\s(?:-|–|—)\s|[^:–—\n]{1,40}?:\s*")


def bare_verdicts(masked: str) -> list[tuple[int, int]]:
    """The spans of sentences that are a verdict and nothing else (`_BARE_VERDICT`), whole
    or after who they are of (`_WHO_THEN`)."""
    found = []
    spans = list(sentence_spans(masked))
    for at_, (start, end) in enumerate(spans):
        sentence = masked[start:end]
        who = _WHO_THEN.match(sentence)
        at = who.end() if who and len(sentence.split()) <= 8 else 0
        if (_BARE_VERDICT.fullmatch(sentence, at) and not _moved_asked(masked, sentence, at, end)
                ) or (_NOTHING_HEARD.fullmatch(sentence) and not _shown_after(masked, spans, at_)):
            found.append((start, end))
    return sorted(found + going_well_alone(masked))


def _moved_asked(masked: str, sentence: str, at: int, end: int) -> bool:
    """Whether a sentence only says nothing has changed, with no number given for it before
    it: not a number's reason but the answer where the question is whether the number has
    moved ("Has it changed since the case was last looked at?": "still the same")."""
    return not any(ch.isdigit() for ch in masked[:end]) \
        and _UNCHANGED_ALONE.fullmatch(sentence, at) is not None


def going_well_alone(masked: str, *, told: bool = False) -> list[tuple[int, int]]:
    """The spans of sentences that only say things go well, with nobody named
    (`_GOING_WELL_ALONE`), and not told after a semicolon or a colon ("Happy little girl who
    loves nursery; she runs in to hug her key person every morning"), nor by the sentence
    after ("Settled well at nursery. She waves mum off and goes straight to the sand tray");
    with `told`, those too."""
    spans = list(sentence_spans(masked))
    alone = _going_well_alone(masked, spans)
    return [(start, end) for at, (start, end) in enumerate(spans)
            if alone[at]
            and (told or (not masked[end:].lstrip(" .!").startswith((";", ":"))
                          and not _shown_after(masked, spans, at)))]


# The last text `_going_well_alone` read, and which of its sentences only say things go
# well: an answer's wording check asks it twice (`bare_verdicts` and `_wording`). One tuple,
# set whole, so a check on another thread reads one text's or another's.
_GOING_WELL_READ: tuple[str, tuple[bool, ...]] = ("", ())


def _going_well_alone(masked: str, spans: list[tuple[int, int]]) -> tuple[bool, ...]:
    """For each sentence of `masked` (its `spans`), whether `_GOING_WELL_ALONE` is all of it."""
    global _GOING_WELL_READ
    read, alone = _GOING_WELL_READ
    if read != masked or len(alone) != len(spans):
        alone = tuple(_GOING_WELL_ALONE.fullmatch(masked[start:end]) is not None
                      for start, end in spans)
        _GOING_WELL_READ = (masked, alone)
    return alone


def _shown_after(masked: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Whether the sentence after the one at `at` shows what it only says ("5 - no new
    concerns from school. KM has had breakfast club every day and is on time."): it tells
    what happened or someone doing something, and is no such verdict itself."""
    if at + 1 >= len(spans):
        return False
    after = masked[spans[at + 1][0]:spans[at + 1][1]]
    return not (_GOING_WELL_ALONE.fullmatch(after) or _NOTHING_HEARD.fullmatch(after)
                or _BARE_VERDICT.fullmatch(after)) and goes_on_to_tell(after)


@dataclass(frozen=True, slots=True)
class JargonHit:
    """Wording that may hide what happened: the term, as written, and the question to ask."""

    term: str
    text: str
    span: tuple[int, int]
    question: str
    kind: str = "word"
    # A label of a person said with what they did straight after it ("Dad is aggressive, he
    # punched the door"): the question is not what they did, but whether the label is needed.
    told: bool = False


def find_wording(text: str, words: WordList, asked: Asked = "answer") -> list[JargonHit]:
    """Everything worth asking about in an answer, in order of appearance: the jargon, and
    each sentence none of it is in that says what someone is like, only what the family is to
    take part in, only what the services did, or a step with nobody or no time to it.
    `asked`: the kind of question the answer is to, where that changes what is worth asking
    (`Asked`)."""
    if asked == "record":  # "NP and HV views outstanding": only its short forms
        # (each only asked to be written out: "MH" is not asked how the adult's health shows)
        return [h if h.question.startswith(_WRITE_OUT) else JargonHit(
                    _capitals(h.text), h.text, h.span, f"Could you write out what "
                    f"{_capitals(h.text)} stands for?", "abbreviation")
                for h in find_jargon(text, words)
                if (h.kind == "abbreviation" or _short_form_hit(h)
                    or 2 <= len(_capitals(h.text)) == len(h.text.rstrip("'’s")) <= 6
                    # a service by its short form: "police DV unit", "the DA team"; or a
                    # listed one, as notes type it: "cp conf"
                    or ((_capitals(h.text) or _capitals(h.term))
                        and h.question.startswith(_WRITE_OUT)))
                and not _initials_in_a_record(h)]
    hits = _wording(text, words, asked)
    if asked != "what_the_family_says" and (unsettled := _UNSETTLED.fullmatch(mask_quotes(text))):
        # (a short form in it is asked about beside it: "to be decided at her next PEP")
        return [h for h in hits if _short_form_hit(h)] + [JargonHit(
            unsettled["step"], unsettled["step"], unsettled.span("step"), NEXT_STEP_QUESTION,
            "next step")]
    if asked == "what_the_family_says":  # "mum says R is a good dad": her view, as asked
        # (... or someone's own number, and theirs the reason after it: "mum: 7 - things are
        # much better", where each person's number is asked)
        # (a professional's number and reason are theirs to show as the writer's are: "Police:
        # 2, mum is chaotic" is still asked what was seen, each line read for who gave it)
        return [h for h in hits if _short_form_hit(h) or (
                    not _their_own_number(text, h.span)
                    and (h.kind == "word" or not _reported(text, h.span[0])))]
    if asked == "what_makes_it_harder":  # "Mum isolated from her family": what was asked for
        return [h for h in hits if not (h.kind == "claim" and _HARDER_OF_SOMEONE.match(h.text))]
    if asked == "what_is_working":  # "engaged with the drug service", told as a strength
        if not hits and len(text) <= _SERVICES_AT_MOST and _QUALITIES_ONLY.fullmatch(text):
            return _quality(text)  # "a stable home": what is done, day to day, not said
        return [replace(h, question=TOOK_PART_QUESTION, kind="took part")
                if h.term == "engagement" and not _NOT_TAKING_PART.search(
                    text, max(0, h.span[0] - 40), h.span[1]) else h for h in hits
                if not (h.term == "engagement" and _changed_after(text, h.span[1]))]
    if asked == "what_the_child_needs":  # "someone to help her with reading" is the need
        if len(text) <= _SERVICES_AT_MOST and _SERVICES_ONLY.fullmatch(text):
            return _services_as_the_need(text, hits)
        if len(text) <= _SERVICES_AT_MOST and _QUALITIES_ONLY.fullmatch(text):
            return _services_as_the_need(text, hits, QUALITY_AS_NEED_QUESTION,
                                         "quality as the need")
        return [h for h in hits if not (h.kind == "next step" and _SOMEONE_TO.match(h.text))]
    if asked == "how_we_will_know":  # "Reduction in missing episodes": nobody to notice it
        return _how_we_will_know(text, hits)
    if asked == "answer" and not hits and len(text) <= _SERVICES_AT_MOST \
            and _QUALITIES_ONLY.fullmatch(text):  # "a calm home", as what the child will notice
        return _quality(text)
    return hits


def _quality(text: str) -> list[JargonHit]:
    """The whole answer, a quality of care named alone, asked what it looks like."""
    whole = text.strip()
    start = text.index(whole)
    return [JargonHit("quality", whole, (start, start + len(whole)), QUALITY_QUESTION, "quality")]


# How everyone will know a plan is working, said with someone to notice, tell or check: "nan
# will ring the social worker each Sunday", "the school tells mum the same day".
_SOMEONE_NOTICES = on_first_use(
    r"\b(?:see|sees|seeing|seen|notic\w+|tell|tells|telling|ring|rings|call|calls|phone\w*"
    r"|text|texts|texting|e-?mail\w*|say|says|report\w*|check\w*|hear|hears|spot\w*|know|knows"
    r"|record\w*|look(?:s|ing)?\s+(?:out|for)|visit\w*|ask|asks|raise\w*|alert\w*|contact\w*"
    r"|share\w*|count\w*|log|logs|logged|write|writes|keep\w*\s+a\s+(?:diary|log|record|chart)"
    r"|let\s+\w+(?:\s+\w+)?\s+know)\b(?!-)", re.IGNORECASE)
# A thing counted as it goes down or up, the measure of a plan: "fewer police call-outs",
# "a reduction in missing episodes" (the word after it is what is counted, not a label).
_MEASURED = on_first_use(r"\b(?:fewer|less|no\s+more|no\s+further|lower|more|reduc\w+\s+in"
                         r"|decreas\w+\s+in|increas\w+\s+in|drop\s+in|fall\s+in|rise\s+in)"
                         r"\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# The question's own words said back ("we will know when ...", "everyone'll know"): nobody in
# them notices anything.
# Worries said to be raised, or not, by nobody ("if there are no more concerns raised" (set
# AL)): no one in them notices anything either.
_RAISED_BY_NOBODY = on_first_use(
    r"\b(?:concerns?|worries|issues|problems|referrals?|reports?)\s+(?:(?:being|are|were|is|was"
    r"|get|gets|getting)\s+)?(?:raised|reported|received|made|logged|recorded|shared)\b"
    r"(?!\s+(?:by|to|from)\b)", re.IGNORECASE)
_ECHOED = on_first_use(r"\b(?:we|everyone|everybody|you|people|all)(?:\s+(?:will|would|should"
                       r"|can|shall|all)|['’]ll)*\s+know\b", re.IGNORECASE)
HOW_WE_WILL_KNOW_QUESTION = ("Who will see or hear it first, what will they look out for, how "
                             "often, and who will they tell?")


def _how_we_will_know(text: str, hits: list[JargonHit]) -> list[JargonHit]:
    """At how everyone will know the plan is working: an answer with nobody in it to notice,
    tell or check anything ("Reduction in reoffending and missing episodes", "Regular
    reviews") asked who will notice and what they will see (its short forms still asked to
    be written out); one with someone noticing has what it counts left alone ("fewer police
    call-outs: the police will tell the social worker each Monday")."""
    if any(" will " in h.question or h.kind == "next step" for h in hits):
        return hits  # already asked what will be done ("school will keep an eye": what will
        # they look out for, how often, and who will they tell?)
    if _SOMEONE_NOTICES.search(_RAISED_BY_NOBODY.sub(" ", _ECHOED.sub(" ", text))) is None:
        whole = text.strip()
        start = text.index(whole)
        return sorted([h for h in hits if _short_form_hit(h)] + [JargonHit(
            whole, whole, (start, start + len(whole)), HOW_WE_WILL_KNOW_QUESTION,
            "how we will know")], key=lambda h: h.span)
    return [h for h in hits if _short_form_hit(h)
            or _MEASURED.search(text, max(0, h.span[0] - 40), h.span[0]) is None]


def _initials_in_a_record(hit: JargonHit) -> bool:
    """Whether a hit in a record (whose views are missing, how the child was heard) is two
    capitals read as a person's initials, as the word list reads any two capitals: a listed
    term of two capitals whose question is not to write it out ("MP", asked of police notes
    when a young person went missing), where the answer names people by the initials the
    bot asks for ("MP's views are missing"). A role's short form ("HV", "SW") is asked to be
    written out, and "MH" is written for "mental health", not a person."""
    letters = hit.text.rstrip("'’s")
    return len(letters) == 2 and letters == hit.term and letters.isupper() \
        and not hit.question.startswith(_WRITE_OUT)


# The kinds of question an answer's wording is read against: any ("answer"), what happens
# next (a worker's "will" with no day is a step asked by when, as "worker to" is), and what
# the child needs (a need said as "someone to ..." is the need, not a step with nobody to it).
# (what is working well, where a parent's words alone are not yet anything seen, and what the
# family says, where their view is the answer; a record, such as whose views are missing,
# where only its short forms are asked about; how long everyone needs to see a goal, where
# "ongoing" or "regularly" says it will go on, not how often)
Asked = Literal["answer", "what_happens_next", "what_the_child_needs", "what_is_working",
                "what_the_family_says", "record", "how_long", "what_makes_it_harder",
                "how_we_will_know"]


# What makes things harder, of the kinds the question names (isolation, money, health,
# drinking), said of someone with whom or what it is about: "Mum isolated from her family",
# "Dad is stressed about money", "Nan has been unwell with her heart since June". Said alone
# ("Mum is isolated") it is still asked what was seen.
_HARDER_OF_SOMEONE = on_first_use(
    r"\W*(?:(?:her|his|their|the|my|our|[a-z]+['’]s)\s+)?[\w'’-]+(?:\s+(?:and|&)\s+[\w'’-]+)?"
    r"\s+(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|feels|felt|seems|seemed"
    r"|became|becomes|got|gets|getting|being|remains|remained|['’]s)\s+)?"
    r"(?:(?:very|really|so|quite|more|increasingly|socially|a\s+bit|extremely|often|always"
    r"|still|now|completely|totally|emotionally|financially|physically|geographically)\s+)*"
    r"(?:isolated|cut\s+off|lonely|alone|estranged|stressed|depressed|anxious|unwell|ill|poorly"
    r"|struggling|skint|broke|in\s+debt|in\s+arrears|overwhelmed|worried|drinking|using"
    r"|homeless|unemployed)"
    r"\s+(?:from|about|with|over|by|since|after|because|due\s+to|following|at|in)\s+[\w'’]"
    # ... or as what someone has: "Mum's isolation from her family", "Dad's debts to dealers"
    r"|\W*(?:[\w-]+['’]s|(?:her|his|their))\s+(?:isolation|loneliness|stress|depression|debts?"
    r"|ill[\s-]health|drinking|drug\s+use|money\s+worries)\s+(?:from|about|with|over|to|since"
    r"|after|because|due\s+to|following|at|in)\s+[\w'’]",
    re.IGNORECASE)


# Taking part told as what is working ("Mum has engaged with the drug and alcohol service"):
# what might have got in the way asks of a worry; what changed for the child is the question.
TOOK_PART_QUESTION = "What has changed for the child since, and what have you seen that shows it?"
# ... unless it is said not to have happened: "has not engaged", "never really engaged",
# "refuses to engage", "poor engagement".
_NOT_TAKING_PART = on_first_use(
    r"(?:n['’]t|\b(?:not|never|no|nor|without|didnt|doesnt|dont|hasnt|havent|hadnt|isnt|wasnt"
    r"|werent|arent|wont|cant|couldnt|wouldnt|fail(?:s|ed|ing)?\s+to|refus(?:es|ed|ing)?\s+to"
    r"|reluctan(?:t|ce)\s+to|poor|lack\s+of|limited|minimal|dis))(?:\s+\w+){0,2}?\s*"
    r"engag\w*", re.IGNORECASE)


# Where what changed may be told after taking part: the next clause ("...; he has not drunk
# since June", "... and now reads T a story every night"), read only as far as `_TOLD_REACH`.
_THEN_CHANGED = on_first_use(
    r"[^.;,\n]*?(?:[.;,\n]|\s(?:and|so|since\s+then)\s)\s*(?P<then>[^\n]+)", re.IGNORECASE)
# ... though more taking part is not what changed: "attending weekly", "goes to every session".
_MORE_TAKING_PART = on_first_use(r"\b(?:attend\w*|engag\w*|sessions?|appointments?|meetings?"
                                 r"|groups?|course|programme|program|weekly|fortnightly)\b",
                                 re.IGNORECASE)


def _changed_after(text: str, end: int) -> bool:
    """Whether what follows taking part, from its next clause, tells what happened that is
    not more taking part: "Dad engaged with probation; he has not drunk since June"."""
    after = _THEN_CHANGED.match(text[end:end + _TOLD_REACH])
    return after is not None and tells_what_happened(then := after["then"]) \
        and not _MORE_TAKING_PART.search(then)


# Who gave a number, and the number, first in a line: "mum: 7 - ...", "Dad: 8, ...", "nan - 6".
_A_NUMBER_GIVEN = on_first_use(
    r"\W*(?P<who>[^\W\d][\w'’ ]{0,30}?)\s*[:\-–]\s*(?:10|[0-9])\b(?!\s*[:/.]\d)")
# Who is no one of the family, giving a number: a professional, a service, or the writer
# ("Police", "HV", "Mrs Jones, class teacher", "CAMHS", "me"). Their reason, as the writer's,
# is asked what was seen when it only labels someone.
_NOT_FAMILY = alternation("""me i myself we us my our camhs iro dsl lado yot senco pcso pc gp sw
    tm sp fsw cafcass idva isva cgl probation officer officers practitioner manager visitor
    nurse paediatrician therapist consultant psychologist agency services service health
    education hospital housing refuge mr mrs ms miss dr chair panel conference key_person
    early_help social_care staff mentor""")
_A_PROFESSIONAL = on_first_use(rf"\b(?:{PROFESSIONAL}|{SERVICE_BY_NAME}|{_NOT_FAMILY})s?\b",
                               re.IGNORECASE)


def _their_own_number(text: str, span: tuple[int, int]) -> bool:
    """Whether the words at `span` are in a line giving someone of the family's own number
    (`_A_NUMBER_GIVEN`, "mum: 7 - things are much better"), reaching past it: the reason is
    theirs. Only the line the words start in is read."""
    given = _A_NUMBER_GIVEN.match(text, text.rfind("\n", 0, span[0]) + 1)
    return given is not None and given.end() < span[1] \
        and _A_PROFESSIONAL.search(given["who"]) is None


def _reported(text: str, at: int) -> bool:
    """Whether the words at `at` are what someone said or thinks, as reported earlier in
    their sentence ("mum says R is a good dad"): where the family's view is asked, their
    judgements are the answer, not the writer's labels. A short form ("DV") is still asked
    about."""
    sentence = re.split(r"[.!?;]\s", text[:at])[-1]
    return _REPORTED.search(sentence) is not None


# A need said as someone to meet it: "someone to help her with reading", "an adult to walk
# him to school".
_SOMEONE_TO = on_first_use(r"\W*(?:someone|somebody|an?\s+(?:adult|grown[\s-]?up|person))"
                           r"\s+(?:who\s+can\s+|to\s+)", re.IGNORECASE)


# A need said only as services or steps of the work, none of it what the child goes without:
# "Respite and a young carers assessment", "A CAMHS referral and family support", "Parenting
# support for mum". (Not "Help with reading so she can follow her homework", nor "Speech
# therapy so his teachers can understand him": what follows the service says what it is for.)
_SERVICE = (r"(?:respite(?:\s+care)?|assessments?|referrals?|interventions?|programmes?"
            r"|programs?|courses?|packages?|plans?|provision|services?|involvement|allocation"
            r"|funding|input|counselling|counseling|therapy|support|sessions?|team|worker"
            r"|meetings?|panel|screening|mentoring|mentor)")
_SERVICE_ITEM = (r"(?:(?:a|an|the|some|more|further|ongoing|regular|urgent|specialist)\s+)?"
                 r"(?:[\w'’&-]+\s+){0,4}?" + _SERVICE
                 # (for the adults, or from whom: "for mum", "from the school nurse")
                 + r"(?:\s+(?:for|from)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:mum|mummy|mother"
                 r"|dad|daddy|father|parents?|carers?|family|[\w'’-]+(?:\s+[\w'’-]+)?)"
                 # (or which service: "referral to the young carers service", "assessment by
                 # the disabled children's team"; not "support with reading")
                 r"|\s+(?:to|with|by|from)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:services?"
                 r"|team|clinic|group|project|hub|unit|worker|nurse|camhs)\b)?")
_SERVICES_ONLY = on_first_use(
    r"\W*" + _SERVICE_ITEM + r"(?:\s*(?:,|;|&|\+|/|\band\b)\s*(?:and\s+)?" + _SERVICE_ITEM
    + r"){0,4}[\s.!]*", re.IGNORECASE)
_SERVICES_AT_MOST = 160  # a longer answer says more than services
SERVICES_AS_NEED_QUESTION = ("What would it change for the child, day to day, that they go "
                             "without now?")


# ... or only as a quality of care, named in general: "Stability", "routine and boundaries",
# "a safe and stable home", "consistency". What it would look like for this child, day to day,
# and who would give it, is not said. (Not "a bed of her own", nor "someone to help him with
# reading": those say what.)
_GOOD_CARE = (r"(?:clear|consistent|firm|positive|good|stable|safe|secure|loving|warm|nurturing"
              # ("a warm, caring home" (set AN; set AM's held-out))
              r"|caring|supportive"
              r"|emotional|predictable|proper|structured|settled|permanent|appropriate|calm"
              r"|happy|peaceful|harmonious)")
_QUALITY = (rf"(?:(?:(?:a|an|more|some|better|a\s+(?:little\s+)?bit(?:\s+more)?|a\s+little"
            rf"(?:\s+more)?)\s+)?(?:{_GOOD_CARE}(?:\s*,\s*|\s+and\s+|\s+))*"
            # (or in a word for it: "a bit more tlc" (set AH))
            r"(?:stability|consistency|routines?|boundaries|structure|security|nurture|tlc"
            r"|tender\s+loving\s+care|one[\s-]to[\s-]one\s+time"
            r"|permanence|attunement|warmth|guidance|supervision|love|attention|reassurance"
            r"|predictability|containment|stimulation|affection|encouragement)"
            # (the child's needs named by their kind: "her basic care needs", "his emotional
            # needs met" (set AF))
            r"|(?:(?:his|her|their|the\s+child['’]?s|the\s+kids['’]?)\s+)?(?:(?:basic|physical"
            r"|emotional|health|care|daily|everyday|practical|developmental)\s+){1,2}needs"
            r"(?:\s+(?:to\s+be\s+|being\s+)?met)?"
            # (a home or care named only by how good it is: "a safe and stable home")
            rf"|(?:(?:a|an|more|some|better)\s+)?{_GOOD_CARE}(?:(?:\s*,\s*|\s+and\s+|\s+)"
            rf"{_GOOD_CARE})*\s+(?:home(?:\s+(?:life|conditions|environment|setting))?|family\s+life"
            # (a home's quality read before "home environment" too: "a loving and stable
            # home environment" (set AN's held-out))
            r"|environment|upbringing"
            r"|parenting|care)"
            # (or a home said to turn towards the family or the child: "a very
            # family-orientated household", "a child-centred home" (set AM; set AL's leftover))
            r"|(?:(?:a|an)\s+)?(?:(?:very|really|so|quite|such\s+a)\s+)?(?:" + _GOOD_CARE
            + r"(?:\s*,\s*|\s+and\s+|\s+))*(?:family|child|children|kid)[\s-](?:orient(?:at)?ed"
            r"|cent(?:red|ered|ric)|focus(?:s)?ed|friendly)\s+(?:home|household|family"
            r"|environment|upbringing|parenting|parents?))")
_QUALITIES_ONLY = on_first_use(
    r"\W*(?:(?:he|she|they)\s+needs?\s+)?" + _QUALITY + r"(?:\s*(?:,|;|&|\+|/|\band\b)\s*"
    r"(?:and\s+)?" + _QUALITY + r"){0,4}"
    # (where or from whom, and nothing more: "structure and clear boundaries at home",
    # "warmth from mum")
    r"(?:\s+(?:at|in|from)\s+(?:home|school|nursery|placement|both\s+homes|mum|dad|mom"
    r"|(?:the|her|his|their)\s+(?:home|homes|placement|school|family|mum|dad|mom|parents"
    r"|carers|foster\s+carers)))?[\s.!]*", re.IGNORECASE)
QUALITY_AS_NEED_QUESTION = ("What would it look like for the child, day to day, and who would "
                            "give it?")
# ... and so at any other question ("a calm home" as what the child will notice, "stability"
# as what is going well): what it looks like, or will, is not said.
QUALITY_QUESTION = ("What does it look like for the child, day to day, and who makes it "
                    "happen?")


def _services_as_the_need(text: str, hits: list[JargonHit],
                          question: str = SERVICES_AS_NEED_QUESTION,
                          kind: str = "services as the need") -> list[JargonHit]:
    """The answer asked what it would change for the child (or, a quality of care, what it
    would look like), its short forms still asked to be written out."""
    whole = text.strip()
    start = text.index(whole)
    return sorted([h for h in hits if _short_form_hit(h)] + [JargonHit(
        kind, whole, (start, start + len(whole)), question, kind)], key=lambda h: h.span)


def _wording(text: str, words: WordList, asked: Asked) -> list[JargonHit]:
    masked = mask_quotes(text)
    found = _jargon(text, masked, words)
    # (read once each, where two parts below ask the same of the same answer)
    vague = vague_steps(text, masked)
    agentless = agentless_steps(text, masked, vague)
    complying = compliance_steps(text, masked, next_step=asked == "what_happens_next")
    going_well = going_well_alone(masked, told=True)
    # A word of taking part ("engage", "attend") in a step that only tells the family to take
    # part in something ("mum will engage w/ counselling") is that step, asked what will be
    # different for the child; at the next steps, one of the services' work in a step to be
    # done by nobody ("family to be signposted to food bank", "strategy meeting to be
    # convened") is that step, asked who will do it and by when: neither is asked what was
    # offered or done and what happened, a question of the past.
    if any(h.kind == "process" for h in found):
        # "Engaged well in the session": how it went, asked what was seen, not what was
        # offered and what got in the way
        step_spans = complying + going_well
        if asked == "what_happens_next":
            step_spans += agentless
        found = [h for h in found if h.kind != "process" or not any(
            s <= h.span[0] and h.span[1] <= e for s, e in step_spans)]
    # How often, said only as "often" or "regularly": no number, no last time. (Asked how
    # long, "ongoing" or "regularly" says only that it goes on: asked for how long.)
    if (often := _HOW_OFTEN_ONLY.fullmatch(masked) or _count_only(masked)) and not found:
        found.append(JargonHit(often.group("often"), text.strip(), often.span("often"),
                               *((HOW_LONG_QUESTION, "how long") if asked == "how_long"
                                 else (HOW_OFTEN_QUESTION, "how often"))))
    # How long, said only as an open end ("until things are better"): no period, no date.
    elif (open_end := _OPEN_END.fullmatch(masked)) and not found:
        found.append(JargonHit(open_end.group("end"), text.strip(), open_end.span("end"),
                               *((SINCE_WHEN_QUESTION, "how long so far")
                                 if asked != "how_long" and _SO_FAR.fullmatch(open_end["end"])
                                 else (HOW_LONG_QUESTION, "how long"))))
    # A harm named and nothing of it ("Further exploitation and harm").
    elif (harm := _HARM_ONLY.fullmatch(masked)) and not found:
        found.append(JargonHit(harm.group("harm"), harm.group("harm"), harm.span("harm"),
                               HARM_ONLY_QUESTION, "harm named"))
    elif (done := _DONE_ONLY.fullmatch(masked)) and not found:
        found.append(JargonHit(done.group("done"), done.group("done"), done.span("done"),
                               DONE_ONLY_QUESTION, "done named"))
    elif (age := _AGE_ONLY.fullmatch(masked)) and not found:
        found.append(JargonHit("age", age.group("age"), age.span("age"), AGE_ONLY_QUESTION,
                               "vague"))
    elif (everyone := _EVERYONE_ONLY.fullmatch(masked)) and not found:
        found.append(JargonHit("everyone", everyone.group("all"), everyone.span("all"),
                               EVERYONE_ONLY_QUESTION, "everyone"))
    elif (event := _EVENT_ONLY.fullmatch(masked)) and not found:
        found.append(JargonHit("event", event.group("event"), event.span("event"),
                               EVENT_ONLY_QUESTION, "event named"))
    # What is to come said only as how someone will be ("He will be safe in the community").
    # (a short form in it is asked about beside it: "YP will feel safe")
    # (a label inside it is the state asked for: "mum will be a more protective parent" is
    # asked what she will be doing, not what gave the picture of her; nor is a word of owning
    # up: "dad will take ownership and show real change" (set AL) is a goal, not what he said)
    states = states_to_come(masked)
    found = [h for h in found if h.kind not in ("label", "process")
             or not any(s <= h.span[0] and h.span[1] <= e for s, e in states)]
    found += _outside([h for h in found if not _short_form_hit(h)], (
        JargonHit(text[s:e], text[s:e], (s, e), STATE_QUESTION, "state to come")
        for s, e in states))
    # An adult called a child's boyfriend or girlfriend: the worry named plainly.
    if _may_say_couple(masked) and _COUPLE.search(masked):
        found += _outside(found, adult_with_a_child(text, masked))
    # Something to be done by nobody in particular ("services need to do something", "a
    # referral is needed") is asked who will do it and by when, before anything else.
    found += _outside(found, (
        JargonHit(text[s:e], text[s:e], (s, e), NEXT_STEP_QUESTION, "next step")
        for s, e in unowned_needs(text, masked)))
    # ... and so is a step to be done by nobody at all ("home visit to be booked", "a
    # referral to be made"), which is not yet anything the services did
    found += _outside(found, (
        JargonHit(text[s:e], text[s:e], (s, e), NEXT_STEP_QUESTION, "next step")
        for s, e in agentless))
    # At what happens next, the work named alone ("referral to CAMHS", "escalate to team
    # manager") is asked who will do it and by when: a word of it asked what happened (a
    # question of the past), or a service's name asked what it means ("substance misuse
    # service"), is dropped; a short form or a label in it is asked about beside it.
    if asked == "what_happens_next":
        found = _as_steps(text, masked, found)
    # A step with no one and no time to it is asked as a step, not as what someone is like
    # ("further direct work with the kids re: feelings"); as the family's part or the
    # services' own, as those.
    # (a short form in it is asked about beside it: "senco to meet mum at some point")
    undated = list(undated_steps(text, masked, will=asked == "what_happens_next"))
    if asked == "what_happens_next" and undated:
        # the work a worker's step names ("social worker to hold strategy meeting") is what
        # will be done, asked by when: not asked who did what (a question of the past); what
        # will be done in it ("school to monitor attendance": what will they look out for?)
        # is still asked
        found = [h for h in found if h.kind != "process" or " will " in h.question
                 or not any(s <= h.span[0] and h.span[1] <= e for s, e in undated)]
    words_found = [h for h in found if not _short_form_hit(h)]
    steps = _outside(words_found, (
        JargonHit(text[s:e], text[s:e], (s, e), NEXT_STEP_QUESTION, "next step")
        for s, e in vague))
    # ... and help by someone named, with nothing of what it is or when, as such a step too
    steps += _outside(words_found + steps, (
        JargonHit(text[s:e], text[s:e], (s, e), HELP_STEP_QUESTION, "next step")
        for s, e in help_steps(text, masked)))
    # ... and a worker's step in note form with nothing of when ("social worker to visit mum")
    steps += _outside(words_found + steps, (
        JargonHit(text[s:e], text[s:e], (s, e), WHEN_QUESTION, "next step")
        for s, e in undated))
    claims = _outside(found + steps, (
        JargonHit(text[s:e], text[s:e], (s, e), CLAIM_QUESTION, "claim")
        for s, e in bare_claims(text, masked)))
    claims += _outside(found + steps + claims, (
        JargonHit(text[s:e], text[s:e], (s, e), CLAIM_QUESTION, "claim")
        for s, e in bare_verdicts(masked)))
    claims += _outside(found + claims, (
        JargonHit(text[s:e], text[s:e], (s, e), COMPLIANCE_QUESTION, "compliance")
        for s, e in complying))
    # What the services did or do, at what happens next: a step of theirs with who or no
    # time is asked as that step ("GP to review": by when?), and one told as done ("referral
    # made", "plan reviewed at core group") is asked what happens next, not what it meant
    # for the child (a question of the past at a question of what will be done).
    at_next = asked == "what_happens_next"
    # ("Engaged well in the session." is how it went, asked as such unless the sentence after
    # shows it: "She told me about her new friend and drew her family.")
    # (help named by who will give it, "IV to support", is a step at any question: asked
    # what exactly they will do, never what the services did meant, a question of the past)
    services = _outside(found + claims + (steps if at_next else [
        h for h in steps if h.question == HELP_STEP_QUESTION]), (
        JargonHit(text[s:e], text[s:e], (s, e), PROCESS_QUESTION, "services")
        for s, e in process_only(text, masked)
        if not any(a <= s and e <= b for a, b in going_well)))
    # (what was done, told with the step that comes after it in a sentence of its own, is
    # what the step follows: "Plan reviewed at core group on 1 Dec. I will send everyone the
    # new plan by the 4th.")
    if at_next and services and told_steps(text, masked):
        services = []
    # (asked how long, the period given, how the services will look at it is beside it: "Six
    # months, reviewed at each core group", "12 weeks, then we'll look again at core group")
    if asked == "how_long" and services and _A_PERIOD.match(masked):
        services = []
    claims += [JargonHit(h.term, h.text, h.span, DONE_STEP_QUESTION, "next step")
               for h in services] if at_next else services
    claims += _outside(words_found + claims, steps)
    # At what is working well, a parent's words quoted as the whole answer, telling nothing
    # that happened ("Mum says 'I'm doing everything I can'"): kept as theirs, and asked what
    # was seen that shows it. (Elsewhere what they said may be the worry, or their view.)
    if asked == "what_is_working" and not found and not claims and masked != text \
            and (words_only := _their_words_only(text, masked)):
        claims.append(words_only)
    # ... and so is someone's report of how things are, with no quotation marks and nothing
    # that happened in it ("Staff report she is thriving in placement", "Mum says she is
    # excited about baby and has everything ready")
    elif asked == "what_is_working" and not found and not claims and masked == text \
            and (reported := _reported_verdict(text)):
        claims.append(reported)
    return sorted(found + claims, key=lambda h: h.span) if claims else found


THEIR_WORDS_QUESTION = "What have you seen or heard happen that shows it, and when?"
# Someone of the family, then saying or thinking, then their words: "Mum says", "Dad told me
# that", "Nan feels".
_THEIR_WORDS = on_first_use(
    r"\W*(?P<who>(?:(?:the|her|his|their)\s+)?(?:mum|mummy|mother|dad|daddy|father|parents?"
    r"|step[\s-]?(?:mum|dad|father|mother)|(?:foster\s+)?carers?|nan|nana|nanna|gran|grandma"
    r"|grandad|grandparents?|aunt(?:ie|y)?|uncle|partner|(?-i:[A-Z])"
    # (or a service, or someone of it, who told the writer: "Nursery say", "Staff report")
    r"|school|nursery|college|staff|(?:residential\s+)?staff|teachers?|key\s+(?:worker|person)"
    r"|health\s+visitor|(?:social|support|family\s+support|youth)\s+worker))\s+(?:says|said"
    r"|told\s+(?:me|us)|tells\s+(?:me|us)|thinks|thought|feels|felt|believes|states|stated"
    r"|reports|reported|say|report|feel|think|believe|state"
    r"|explained|describes\s+(?:it|things|them|him|her)\s+as)(?:\s+that)?\s*[:,]?\s*"
    r"(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_QUOTE_MARKS = on_first_use(r"[\"“”]|(?<![a-z])['‘’]|['‘’](?![a-z])", re.IGNORECASE)
# Their words in single marks, which an apostrophe inside leaves unread as a quote: "Mum
# says 'I'm doing everything I can'."
_SINGLE_QUOTED = on_first_use(r"[‘'][^\n]*[’'][\s.!]*")


def _their_words_only(text: str, masked: str) -> JargonHit | None:
    """The whole answer as a hit, when it is only someone of the family's words with their
    quote in it (`_THEIR_WORDS`) and neither tells anything that happened, when or how much:
    "Dad says the kids are 'out of control'", not "Mum said: 'he throws things when he's had a
    drink, last week the remote hit Jade'"."""
    said = _THEIR_WORDS.fullmatch(text)
    if said is None or (masked[said.start("rest"):said.end("rest")] == said["rest"]
                        and not _SINGLE_QUOTED.fullmatch(said["rest"])):
        return None  # no quote in their words
    rest = _QUOTE_MARKS.sub(" ", said["rest"])
    if tells_what_happened(rest):
        return None
    whole = text.strip()
    start = text.index(whole)
    return JargonHit(whole, whole, (start, start + len(whole)), THEIR_WORDS_QUESTION,
                     "their words")


# How someone is, as reported: a person, then how they are ("she is", "the children are",
# "he has been"), not "that was for J".
_OF_SOMEONE = on_first_use(
    rf"(?:(?:the|both|all|her|his|their|our|my)\s+)*(?:she|he|they|{CHILD}|{ADULT}"
    r"|(?-i:[A-Z][A-Za-z'’-]*))\s+(?:(?:is|are|was|were|has|have|had|seems?|seemed|looks?"
    r"|feels?|gets?|getting)\b|['’]s\b)", re.IGNORECASE)


def _reported_verdict(text: str) -> JargonHit | None:
    """The whole answer as a hit, when it is only someone's report (`_THEIR_WORDS`) of how
    things are, with nothing that happened or anyone doing anything in it
    (`goes_on_to_tell`): "Nursery say she is happy and settled", not "Nan says she has had
    the boys every Saturday since September"."""
    said = _THEIR_WORDS.fullmatch(text)
    if said is None or not _OF_SOMEONE.match(said["rest"]) or goes_on_to_tell(said["rest"]):
        return None
    whole = text.strip()
    start = text.index(whole)
    return JargonHit(whole, whole, (start, start + len(whole)), THEIR_WORDS_QUESTION,
                     "their report")


# What a service is named by: a word of the list just before it names the service ("substance
# misuse service", "parenting course"), not what anyone did.
_A_SERVICE_AFTER = on_first_use(r"\s*(?:services?|teams?|courses?|programmes?|programs?|groups?"
                                r"|workers?|clinics?|projects?|panels?|meetings?"
                                r"|referrals?|assessments?)\b", re.IGNORECASE)


def _as_steps(text: str, masked: str, found: list[JargonHit]) -> list[JargonHit]:
    """`found`, with each next step that is only the work (`process.doerless_steps`) added as
    a step asked who and when, and the wording inside it that asks of the past or names a
    service dropped."""
    for s, e in doerless_steps(text, masked):
        inside = [h for h in found if h.span[0] < e and s < h.span[1]]
        # already asked as a step, or what will be done in it ("monitor attendance": what
        # will they look out for, how often, and who will they tell?)
        if any(h.kind == "next step" or " will " in h.question for h in inside):
            continue
        found = [h for h in found if not (s <= h.span[0] and h.span[1] <= e and (
            h.kind in ("process", "services", "claim")
            or (not _short_form_hit(h) and _A_SERVICE_AFTER.match(masked, h.span[1]))))]
        found.append(JargonHit(text[s:e], text[s:e], (s, e), NEXT_STEP_QUESTION, "next step"))
    return sorted(found, key=lambda h: h.span)


def _count_only(masked: str) -> re.Match[str] | None:
    """How often said only as a count with no number and nothing of when (`_COUNT_ONLY`)."""
    count = _COUNT_ONLY.fullmatch(masked)
    # (a span nobody measured says no more when: "over the last few months" (set AF))
    return count if count and not _SOME_TIME.search(
        _SPAN_UNMEASURED.sub(" ", count.group("tail"))) else None


def _short_form_hit(hit: JargonHit) -> bool:
    """Whether a hit is a short form to write out ("senco", "SW"), which asks nothing of
    what the sentence it is in says."""
    return hit.kind == "abbreviation" or (hit.kind == "word" and hit.question.startswith(
        "Could you write") and len(hit.text.split()) == 1)


def short_forms(text: str, words: WordList) -> set[str]:
    """The short forms in `text` a reminder asks to write out ("HV", "YOT"), not the
    initials a name is written as ("KB")."""
    return {h.text for h in find_jargon(text, words) if _short_form_hit(h) or (
        h.kind != "next step" and 2 <= len(h.text) <= 6 and h.text.isupper())}


def find_jargon(text: str, words: WordList) -> list[JargonHit]:
    """Every term worth asking about, in order of appearance, each term once."""
    return _jargon(text, mask_quotes(text), words)


def _jargon(text: str, masked: str, words: WordList) -> list[JargonHit]:
    spelled_out = explained(masked)
    folded = fold(masked)
    found = [h for h in _listed(masked, text, words, folded)
             if _capitals(h.text) not in spelled_out and h.text.upper() not in spelled_out]
    # The list's question fits its own term best; a pattern adds what the list missed, or
    # takes over when it reads the whole phrase ("putting herself at risk" over "at risk").
    patterned = list(_patterned(masked, text, folded=folded))
    # (and the family said to agree with "the concerns": one question, not one of each)
    wider = [p for p in patterned if p.kind in ("blame", "vague")
             or p.term == "agrees with the worries"]
    found = [h for h in found if not any(_inside(h, p) for p in wider)]
    found += _outside(found, patterned)
    found += _outside(found, (
        JargonHit(a.term, text[a.span[0]:a.span[1]], a.span, a.question, "abbreviation")
        for a in find_abbreviations(masked, words, spelled_out)))
    hits: list[JargonHit] = []
    for hit in without_overlaps(found, lambda h: h.span):
        if _CATEGORY.search(masked, max(0, hit.span[0] - 80), hit.span[0]):
            continue
        if not _CAPS.fullmatch(hit.text) and _own_reading(masked, hit.span[0]):
            continue  # "I may be reading her as hostile": the writer's note on her reading
        if all(h.term.lower() != hit.term.lower() for h in hits):
            hits.append(hit)
    return hits


def _inside(hit: JargonHit, other: JargonHit) -> bool:
    """Whether `hit` lies wholly inside the longer `other`."""
    return (other.span[0] <= hit.span[0] and hit.span[1] <= other.span[1]
            and other.span != hit.span)


def _outside(taken: list[JargonHit], hits: Iterable[JargonHit]) -> list[JargonHit]:
    return [h for h in hits
            if all(h.span[1] <= t.span[0] or h.span[0] >= t.span[1] for t in taken)]


def _capitals(written: str) -> str:
    """The abbreviation in a hit as written ("HV's" -> "HV"); "" for ordinary words."""
    found = _CAPS.match(written)
    return found.group() if found else ""


# How the question of a short form that only needs writing out begins ("Could you write
# "maternal grandmother" in full ...?").
_WRITE_OUT = "Could you write"


def _listed(masked: str, text: str, words: WordList, folded: str) -> Iterator[JargonHit]:
    matchers = words.matchers
    for i in words.quick.passing(folded.replace(".", "")):
        term, question, pattern, _, about_people = matchers[i]
        for m in pattern.finditer(masked):
            if in_a_label(masked, m.start(), m.end()):
                continue  # "TM-15": a case label's letters, not a short form
            if named_by_role(masked, m.start(), m.end()):
                continue  # "MP, senior practitioner": a person's initials, then her role
            if not question.startswith(_WRITE_OUT) and _feels_after(masked, m.start(), m.end()):
                continue  # "MP is scared of dad": a person's initials, then how they feel
            if about_people and (_said_of_a_thing(masked, m.start(), m.end())
                                 or _SHOWN_AFTER.match(_sentence_after(masked, m.end()))):
                continue
            if term in words.plain_when_told and _told_around(masked, m.start(), m.end()):
                continue
            if about_people and _disputed(masked, m.start()):
                continue  # "dad denies he is aggressive": the worry he disputes
            if _defined(masked, m.end()) and not (
                    _CAPS.fullmatch(m.group()) and question.startswith(_WRITE_OUT)):
                # (a short form only to be written out is still short with what they do
                # after it: "MGM: has the children when dad drinks" is asked to be written
                # as "maternal grandmother"; one whose question asks what happened is not,
                # "DV: dad pushed mum into the wall in front of K" says it)
                continue  # "the neglect Kai describes is that he has had no hot meal for days"
            if term in words.plain_when_seen and tells_what_was_seen(
                    _near_sentence(masked, m.start(), m.end(), " ")):
                continue
            yield JargonHit(term, text[m.start():m.end()], m.span(), question,
                            told=about_people and behaviour_follows(masked, m.end()))


# How a person is or feels, said straight after who they are: "is scared", "was really upset",
# "seemed anxious", "'s worried", "was in tears" (not "is missing", "was at risk", "was found").
_FEELS = on_first_use(
    r"(?:['’]s|\s+(?:is|was|seems|seemed|looks|looked|appears|appeared|feels|felt|became"
    r"|becomes|gets|got|sounded|sounds))\s+(?:(?:very|really|so|quite|more|less|a\s+(?:bit|lot"
    r"|little)|often|always|still|now|too|visibly|clearly|extremely|increasingly|not)\s+)*"
    r"(?:scared|frightened|afraid|terrified|petrified|worried|anxious|nervous|upset|sad|unhappy"
    r"|happy|angry|cross|tearful|distressed|fearful|lonely|low|tired|withdrawn|quiet|calm"
    r"|settled|unsettled|confused|embarrassed|ashamed|excited|pleased|relieved|hurt|shaken"
    r"|frustrated|overwhelmed|stressed|teary|weepy|down|fed\s+up|worn\s+out|exhausted|safe"
    r"|unsafe|chatty|bubbly|sleepy|hungry|shy|wary|uneasy|homesick|crying|sobbing|shaking"
    r"|trembling|smiling|laughing|in\s+tears)\b")


def _feels_after(masked: str, start: int, end: int) -> bool:
    """Whether two or three capitals at `start`..`end` are a person's initials, how they
    are or feel said straight after (`_FEELS`): "MP is scared of dad", where "MP is missing"
    is a missing person."""
    if masked[end - 2:end] in ("'s", "’s"):  # "MP's frightened of going home"
        end -= 2
    letters = masked[start:end]
    return 2 <= len(letters) <= 3 and letters.isupper() and letters.isalpha() \
        and _FEELS.match(masked, end) is not None


def in_a_label(masked: str, start: int, end: int) -> bool:
    """Whether the capitals at `start`..`end` are part of a label or a reference with a
    number joined to them ("TM-15", "HV/3", "12-SW"), not a short form to write out."""
    return masked[start:end].isupper() and joined_to_a_number(masked, start, end)


# A word of the list said, then what it stands for, straight after it: "the neglect Kai
# describes is that he has had no hot meal for ten days", "neglect: no food in the house".
_DEFINED = on_first_use(r"(?:\s++[\w'’]++){0,3}?\s+(?:(?:is|was)\s+that|means?(?:\s+that)?"
                        r"|meant(?:\s+that)?|looks?\s+like|looked\s+like)\s+(?P<what>[^.!?;:\n]{1,300})"
                        r"|\s*:\s*(?P<listed>[^.!?;:\n]{1,300})", re.IGNORECASE)


def _defined(masked: str, end: int) -> bool:
    """Whether what a listed word stands for is told right after it (`_DEFINED`)."""
    found = _DEFINED.match(masked, end)
    return found is not None and tells_what_happened(found.group("what") or found.group("listed"))


def _sentence_after(masked: str, end: int) -> str:
    """What follows a match up to the end of its sentence (at most 120 characters)."""
    rest = masked[end:end + 120]
    stops = [at for at in (rest.find(stop) for stop in ".!?;\n") if at >= 0]
    return rest[:min(stops, default=len(rest))]


def find_blame(text: str) -> list[JargonHit]:
    """Only the wording that makes a child the cause of their own abuse (a quicker check)."""
    masked = mask_quotes(text)
    return without_overlaps([h for h in _patterned(masked, text, ("blame",)) if h.kind == "blame"],
                            lambda h: h.span)


# A label's "a" that is a capital "A" after a verb in small letters: a child's initial ("a 5
# would be A telling mum"), where a sentence's "a" would be small ("MUM IS A BAD MOTHER" and
# "Mum Is A Bad Mother" write the verb in capitals too).
_INITIAL_A = on_first_use(r"(?-i:[a-z]+)\s+(?-i:A)\s")


def _patterned(masked: str, text: str, kinds: tuple[str, ...] = (),
               folded: str = "") -> Iterator[JargonHit]:
    """The rules' findings (only those of `kinds`, if given); `folded` is `fold(masked)`, if
    the caller has it."""
    folded = folded or fold(masked)
    tokens: frozenset[str] | None = None  # the text's words, split when a rule asks
    for i in QUICK.passing(folded):
        rule = RULES[i]
        if kinds and rule.kind not in kinds:
            continue
        if (alone := rule.alone) is not None:
            if tokens is None:
                tokens = frozenset(folded.split())
            if not alone.found_in(tokens, folded):
                continue  # ("is a ... mum" with no "a" standing alone: nothing to find)
        for m in rule.pattern.finditer(masked):
            if rule.kind in ("label", "euphemism") and _said_of_a_thing(
                    masked, m.start(), m.end(), it_a_thing=rule.kind == "label"):
                continue
            if rule.kind == "label" and _SHOWN_AFTER.match(_sentence_after(masked, m.end())):
                continue  # "aggressive on the phone, swearing and saying ...": what it meant
            if rule.kind == "label" and _own_word(masked, m.start()):
                continue  # "Mum said she has been a nervous wreck": her word for herself
            if rule.kind == "label" and _disputed(masked, m.start()):
                continue  # "mum doesn't agree dad is a risk": the worry she disputes
            if rule.kind == "label" and _INITIAL_A.match(m.group()):
                continue  # "a 5 would be A telling mum": a child's initial, not "a"
            if rule.kind == "label" and praised(m.group()) \
                    and behaviour_follows(masked, m.end()):
                continue  # "is a loving parent; she reads to Kai every night": praise shown
            if rule.kind == "euphemism" and _FELT.fullmatch(m.group()) \
                    and _told_of_self(masked, m.start()):
                continue  # "Mum told the GP she was struggling": how she said she felt
            if rule.plain_when_told and rule.kind == "label" and (_told_around(
                    masked, m.start(), m.end()) or behaviour_follows(masked, m.end())) \
                    and not _A_DEED_UNSAID.search(_near_sentence(masked, m.start(), m.end())):
                continue  # "her mental health dipped; she cried most days": what it was
            if rule.plain_when_told and rule.kind != "label" \
                    and _told_around(masked, m.start(), m.end()):
                continue
            if rule.plain_when_seen and _told_around(masked, m.start(), m.end(),
                                                     tells=tells_what_happens):
                continue  # "the park is dangerous at night: men sell drugs there"
            if rule.kind == "process" and next_step_told(_near_sentence(masked, m.start(),
                                                                         m.end())):
                continue  # "I will ask for a strategy meeting by Friday 4 Dec": the step
            if rule.kind == "process" and _spelt_out(masked, m.end()):
                continue  # "complied with the order: he has not been to the house since June"
            if rule.unless_said and rule.unless_said.search(_near_sentence(masked, m.start(),
                                                                           m.end())):
                continue
            if rule.of_a_child and _said_of_an_adult(masked, m.start()):
                continue
            if rule.plain_when_told_of_a_child and not _said_of_an_adult(masked, m.start()) \
                    and _told_around(masked, m.start(), m.end()):
                continue
            if rule.kind == "euphemism" and _ROW.search(m.group()) \
                    and _among_others(masked, m.start(), m.end()):
                continue
            if rule.name == A_ROUGH_AREA and _happened_next(masked, m.end()):
                continue  # "The estate is rough. TJ was robbed there on 3 Nov": what happens
            if rule.name in (GOING_WITH_THEM, MEETING_MEN) \
                    and _with_the_family(masked, m.start(), m.group()):
                continue  # "ran to Dad at home time and was happy to go with him"
            yield JargonHit(rule.name, text[m.start():m.end()], m.span(), rule.question, rule.kind,
                            told=rule.kind == "label" and behaviour_follows(masked, m.end()))
    if "county" in folded:  # all `COUNTY_LINES` finds holds it
        yield from _county_lines(masked, text)


# A parent or another adult of the family, as the one wording is said of.
_FAMILY_ADULT = words(FAMILY_ADULTS)
# A deed that says nothing of what was done: "her mental health dipped and she did something
# silly" tells no more than the label.
_A_DEED_UNSAID = on_first_use(r"\b(?:do|does|did|doing|done)\s+(?:something|anything|things"
                              r"|stuff)\b(?!\s+(?:like|such\s+as)\b|\s*[:(-])", re.IGNORECASE)
# The men of the family "him" or "his" can stand for, and the adults outside it.
_KINSMAN = words("""dad daddy da father stepdad step-dad stepfather grandad granddad grandpa
    grandfather""")
_AN_ADULT = on_first_use(rf"(?:{ADULT})", re.IGNORECASE)
_THEIRS = on_first_use(r"\b(?:him|them|his|their)\b", re.IGNORECASE)
# What an adult who exploits a child gives or gets: said near, whoever he is, it is asked.
_LURE = on_first_use(r"\b(?:vodka|alcohol|drugs|cannabis|weed|money|cash|gifts?|cigarettes|vapes?"
                     r"|sex\w*|nudes|photos?|pictures)\b", re.IGNORECASE)


def _with_the_family(masked: str, start: int, said: str) -> bool:
    """Whether the "him" or "them" a child is said to go with gladly stands for a man of the
    family or the family's adults: the last adult named before it, in its sentence or else
    the one before ("she runs to Dad at home time and is happy to go with him", "Nan and
    Grandad came and she was keen to go with them"). An adult outside the family named last
    ("a man of 25 picks her up ... happy to go with him", "Mum's friend Gary ... his flat"),
    a "him" with no father or grandfather named ("Mum says she is happy to go with him"),
    or drink, drugs, money or gifts in the sentence, are asked about."""
    who = _THEIRS.search(said)
    if who is None:  # "the men", "the man's flat": never the family
        return False
    him = not who.group().lower().startswith("the")
    begin = max(masked.rfind(stop, 0, start) for stop in ".!?;\n") + 1
    earlier = max(masked.rfind(stop, 0, max(begin - 1, 0)) for stop in ".!?;\n") + 1
    if _LURE.search(_near_sentence(masked, start, start + len(said))):
        return False  # "her stepdad buys her vodka and she is keen to go with him"
    for near in (masked[begin:start], masked[earlier:begin] if begin > 1 else ""):
        for word in reversed(_WORD.findall(near)):
            bare = word.removesuffix("'s").removesuffix("’s").lower()
            if bare in _KINSMAN:
                return True
            if bare in _FAMILY_ADULT:
                if not him:
                    return True
                continue  # "mum says she is happy to go with him": not him
            if _AN_ADULT.fullmatch(bare):
                return False
    return False


_PRONOUN = words("she he they")
_PERSON_WORD = on_first_use(r"[\w'’-]+")
_A_CHILD = on_first_use(rf"(?:{CHILD})", re.IGNORECASE)
_A_NAME = on_first_use(NAME)


def _person(word: str) -> str:
    """"adult", "pronoun" or "child" for a word naming a person (a name is read as a
    child's: a note names children by first name far more often than their parents), ""
    for any other word."""
    bare = word.removesuffix("'s").removesuffix("’s")
    lower = bare.lower()
    if lower in _FAMILY_ADULT:
        return "adult"
    if lower in _PRONOUN:
        return "pronoun"
    if _A_CHILD.fullmatch(bare) or _A_NAME.fullmatch(bare):
        return "child"
    return ""


# A name is read as a child's, unless its sentence tells a grown-up's life: a partner, children
# of one's own, letting a partner back ("Kerry is partly responsible: she let him back in").
# (A boyfriend, or one baby, is as often a teenager's.)
_AN_ADULTS_LIFE = on_first_use(
    r"\b(?:her|his)\s+(?:own\s+)?(?:partner|husband|wife|ex-partner|kids|children|sons"
    r"|daughters|tenancy)\b"
    # (not back somewhere: "she took him back to her flat" is as often a teenager's)
    r"|\b(?:let|lets|letting|allowed|took|takes|taking)\s+(?:him|her)\s+back\b"
    r"(?!\s+(?:to|into|round|over|up|with)\b)"
    r"|\((?:mum|mother|mam|mom|dad|father)\)", re.IGNORECASE)


# A child's age given after their name: "Sophie (15)", "Jess, aged 15,".
_AGE_AFTER = on_first_use(r"\s*\(\s*(?:aged\s+)?(\d{1,2})\s*(?:yrs?|years?)?\s*\)"
                          r"|\s*,?\s+aged\s+(\d{1,2})\b", re.IGNORECASE)


def _sentence_end(masked: str, start: int) -> int:
    """Where the sentence holding `start` ends."""
    ends = [at for stop in ".!?;\n" if (at := masked.find(stop, start)) != -1]
    return min(ends, default=len(masked))


def _an_adults_life(masked: str, after: int, end: int) -> bool:
    """Whether what follows a name (to `end`) tells a grown-up's life as the named one's own:
    no one else is named before it ("Amy is to blame because Mum let him back in" tells
    Mum's), and the name is given no child's age ("Sophie (15)")."""
    age = _AGE_AFTER.match(masked, after)
    if age is not None and int(age.group(1) or age.group(2)) < 18:
        return False
    for life in _AN_ADULTS_LIFE.finditer(masked, after, end):
        if all(_person(word) in ("", "pronoun")
               for word in _PERSON_WORD.findall(masked, after, life.start())):
            return True
    return False


def _said_of_an_adult(masked: str, start: int) -> bool:
    """Whether the person wording at `start` is said of is a parent or another adult of the
    family: the nearest person named before it in its sentence ("Amy's mum has regular
    contact ..."), or, for "she", "he" or "they", whom the sentence (else the one before it)
    is about, its first person named ("Mum said she has ...", "Dad knew, so he is ...")."""
    begin = max(masked.rfind(stop, 0, start) for stop in ".!?;\n") + 1
    found = [(kind, m) for m in _PERSON_WORD.finditer(masked, max(begin, start - 300), start)
             if (kind := _person(m.group()))]
    people = [(kind, m.group()) for kind, m in found]
    if not people:
        return False
    if people[-1][0] == "child" and _A_NAME.fullmatch(people[-1][1].removesuffix("'s")) \
            and _an_adults_life(masked, found[-1][1].end(), _sentence_end(masked, start)):
        return True  # "Kerry is partly responsible, as she let him back in with her kids"
    if people[-1][0] != "pronoun":
        return people[-1][0] == "adult"
    named = [kind for kind, _ in people if kind != "pronoun"]
    if not named and begin > 1:
        earlier = max(masked.rfind(stop, 0, begin - 1) for stop in ".!?;\n") + 1
        named = [kind for word in _PERSON_WORD.findall(masked[max(earlier, begin - 300):begin])
                 if (kind := _person(word)) not in ("", "pronoun")]
    return bool(named) and named[0] == "adult"


def _county_lines(masked: str, text: str) -> Iterator[JargonHit]:
    """"County lines" is a label unless the sentence names the adults who exploit."""
    start = 0
    for sentence in sentences(masked):
        at = masked.index(sentence, start)
        start = at + len(sentence)
        if EXPLOITERS.search(sentence):
            continue
        for m in COUNTY_LINES.finditer(sentence):
            span = (at + m.start(), at + m.end())
            yield JargonHit("county lines", text[span[0]:span[1]], span,
                            "Who is making the young person carry or sell drugs, and what do "
                            "they do to them?", "blame")


# Someone telling of themselves: "Mum said she ...", "Dad told me he ...", the pronoun one a
# woman or a man of the family would use of themselves.
_SELF_TOLD = on_first_use(
    r"\b(?:(?P<she>mum|mummy|mam|mom|mother|stepmum|nan|nana|gran|granny|grandma|aunt|auntie"
    r"|aunty|sister|girlfriend|wife|daughter|girl|woman|she)|(?P<he>dad|daddy|father|stepdad"
    r"|grandad|granddad|grandpa|uncle|brother|boyfriend|husband|son|boy|man|he)"
    r"|(?P<named>(?-i:[A-Z][a-z]+)))\s+"
    r"(?:(?:has|had|also|then|later|openly|herself|himself)\s+)?(?:said|says|told\s+(?:me|us|her"
    r"|him|them|the\s+\w+)|admits|admitted|explained|described|describes|feels|felt|thinks"
    r"|thought|called\s+(?:herself|himself))\s+(?:that\s+)?"
    # The label may come after the pronoun: "told me she was an addict for ten years".
    r"(?:(?P<pronoun>she|he)\s+(?:is|was|were|has\s+been|had\s+been|used\s+to\s+be|felt\s+like"
    r"|feels\s+like)\s+(?:an?\s+)?(?:(?:bit\s+of\s+an?|real|total|complete|heavy|recovering"
    r"|former|proper)\s+)?)?$", re.IGNORECASE)


# ... or of their own parents when they were growing up: "Dad told me his own dad was an
# alcoholic", "Mum said her own mother was a drinker" (their history, in their telling).
_OWN_PARENT = on_first_use(
    r"\b(?:(?P<she>mum|mummy|mam|mom|mother|stepmum|nan|gran|grandma|aunt|auntie|sister|she)"
    r"|(?P<he>dad|daddy|father|stepdad|grandad|granddad|uncle|brother|he))\s+"
    r"(?:(?:has|had|also|then|later|openly)\s+)?(?:said|says|told\s+(?:me|us|her|him|them"
    r"|the\s+\w+)|explained|described|talked\s+about\s+how|spoke\s+about\s+how)\s+(?:that\s+)?"
    r"(?:(?P<her>her)|(?P<his>his))\s+own\s+(?:mum|mother|dad|father|parents|stepdad|stepmum"
    r"|step-?father|step-?mother)\s+(?:was|were|had\s+been|used\s+to\s+be)\s+(?:an?\s+)?"
    r"(?:(?:heavy|violent|real|total)\s+)?$", re.IGNORECASE)


# How someone felt, in the words they said it in: "she was struggling", "he is overwhelmed".
_FELT = on_first_use(r"(?:is|was|are|were|been|seems?|seemed)\s+(?:really\s+|very\s+|quite\s+"
                     r"|so\s+)?(?:struggling|overwhelmed)", re.IGNORECASE)
_TOLD_OF_SELF = on_first_use(
    r"\b(?:(?P<she>mum|mummy|mam|mom|mother|stepmum|nan|gran|grandma|aunt|auntie|she)"
    r"|(?P<he>dad|daddy|father|stepdad|grandad|uncle|he))\s+(?:(?:has|had|also|then|later"
    r"|openly|herself|himself)\s+)?(?:said|says|told\s+(?:me|us|her|him|them|the\s+\w+)"
    r"(?:\s+(?:herself|himself))?|admitted|admits|explained)\s+(?:that\s+)?"
    r"(?:(?P<her>she)|(?P<him>he))\s+$", re.IGNORECASE)


def _told_of_self(masked: str, start: int) -> bool:
    """Whether a parent is said to have told of themselves what comes at `start`: "Mum told
    the GP herself that she [was struggling]"."""
    told = _TOLD_OF_SELF.search(masked, max(0, start - 90), start)
    return told is not None and bool((told.group("she") and told.group("her"))
                                     or (told.group("he") and told.group("him")))


def _own_word(masked: str, start: int) -> bool:
    """Whether a label is said of the speaker by themselves: "Mum said she has been a nervous
    wreck", "Dad told me he is a failure" (the pronoun that starts the match is theirs), or
    of their own parent as they grew up ("Dad told me his own dad was an alcoholic")."""
    own = _OWN_PARENT.search(masked, max(0, start - 90), start)
    if own is not None and ((own.group("she") and own.group("her"))
                            or (own.group("he") and own.group("his"))):
        return True
    told = _SELF_TOLD.search(masked, max(0, start - 90), start)
    if told is None:
        return False
    if told.group("pronoun"):
        pronoun = told.group("pronoun").lower() + " "
    else:
        pronoun = masked[start:start + 4].lower()
    she = pronoun.startswith("she")
    he = pronoun[:2] == "he" and not pronoun[2:3].isalpha()
    # A name, said before the pronoun, is who it stands for: "Amy said she is a mess".
    named = told.group("named") is not None and looks_like_a_name(told.group("named"))
    return ((told.group("she") is not None or named) and she) or (
        (told.group("he") is not None or named) and he)


# What someone disputes, just before a label: "mum doesn't agree dad is", "nan disputes
# that mum is", "dad denies he is". The label is then the worry as the family hear it, in
# their view of it, not the writer's word for a person ("I think dad is a risk" is asked).
_DISPUTED = on_first_use(
    r"\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|disagree(?:s|d|ing)?(?:\s+that)?"
    r"|(?:does|do|did)\s*(?:n['’]?t|\s+not)\s+(?:agree|accept|believe|think|feel|see|admit)"
    r"|(?:won['’]?t|will\s+not|wouldn['’]?t|would\s+not|refuses?\s+to|refused\s+to)\s+"
    r"(?:agree|accept|admit|believe))"
    r"(?:\s+(?!(?:but|and|although|though|however|yet|while|whilst|because)\b)[\w'’]+){0,4}"
    r"\s+$", re.IGNORECASE)


# The writer wondering whether a word is only her own reading of someone, as she reflects
# on her practice: "I may be reading her as hostile", "I wonder if I am seeing dad as
# aggressive", "I might be judging mum as uncooperative" (not "I see dad as aggressive").
_OWN_READING = on_first_use(
    r"\b(?:i|we)\s+(?:(?:may|might|could)\s+(?:be\s+|have\s+been\s+)?|(?:wonder(?:ed)?"
    r"|worr(?:y|ied)|notice[ds]?|realis(?:e|ed)|realiz(?:e|ed)|(?:am|['’]m|was)\s+aware"
    r"|ask(?:ed)?\s+myself)\s+(?:that\s+|if\s+|whether\s+)?(?:i|we)\s*(?:['’]m|['’]ve"
    r"|\s+am|\s+have|\s+had|\s+was|\s+were|\s+are|\s+may\s+be|\s+might\s+be)?\s*"
    r"(?:been\s+|started\s+|begun\s+)?)(?:reading|seeing|viewing|labell?ing|judging|treating"
    r"|describing|writing|seen|read|labell?ed|judged|described)\s+(?:[\w'’]+\s+){1,2}?as\s+"
    r"(?:being\s+)?(?:(?:a|an|so|very|quite|more|too|really)\s+)*$", re.IGNORECASE)


def _own_reading(masked: str, start: int) -> bool:
    """Whether a word at `start` is what the writer wonders is her own reading of someone
    (`_OWN_READING`), in its sentence."""
    begin = max(masked.rfind(stop, max(0, start - 120), start) for stop in ".!?;\n") + 1
    return _OWN_READING.search(masked, max(begin, start - 120), start) is not None


def _disputed(masked: str, start: int) -> bool:
    """Whether a label at `start` is what someone disputes (`_DISPUTED`), in its clause."""
    begin = max(masked.rfind(stop, max(0, start - 90), start) for stop in ".!?;,:\n") + 1
    return _DISPUTED.search(masked[max(begin, start - 90):start]) is not None


# What ends a sentence: not the point in a time or a sum ("in from 9.30 till 12", "£2.50").
# (One class first, so `re` scans for its marks rather than trying a look-back at each letter.)
_SENTENCE_STOP = on_first_use(r"[!?;\n.](?!(?<=\d\.)\d)")


def _sentence_of(masked: str, start: int, end: int, gap: str = "") -> str:
    """The sentence a match is in; with `gap`, the match itself replaced by it."""
    begin = 0
    for stop in _SENTENCE_STOP.finditer(masked, 0, start):
        begin = stop.end()
    after = _SENTENCE_STOP.search(masked, end)
    finish = len(masked) if after is None else after.start()
    if gap:
        return masked[begin:start] + gap + masked[end:finish]
    return masked[begin:finish]


# A label then what the person did, in the same sentence or as the next one starts: "Dad is
# aggressive, he punched the door", "is controlling: he takes her bank card and checks her
# phone", "Mum was hostile. She shouted at me". Not a time alone ("when I visited").
_THEN_DID = on_first_use(
    r"[^.!?\n]{0,40}?(?P<joint>[,:;–—-]|\.\s+|\s+and\s+|\s+who\s+)\s*(?:then\s+|also\s+)?"
    r"(?:(?:last|this|on|every|most|in|at)\s+\w+\s+)?"
    r"(?:(?:he|she|they|mum|dad|mother|father|stepdad|stepmum|partner|boyfriend|girlfriend"
    r"|(?-i:[A-Z]))\s+)?(?:(?:has|had|was|were|is|would|will|often|always|also|then|repeatedly"
    r"|once|keeps?|kept|been|just|regularly|sometimes|usually)\s+)*(?P<verb>[a-z']+)",
    re.IGNORECASE)


_WHOSE = frozenset(("his", "her", "their", "its", "my", "your", "our"))


def behaviour_follows(masked: str, end: int) -> bool:
    """Whether what the person did comes straight after a label of them (`end`): an event
    in the clause that follows, in the same sentence or as the next one starts."""
    found = _THEN_DID.match(masked, end)
    if found is None:
        return False
    clause = re.split(r"[.!?\n]", masked[found.start("verb"):], maxsplit=1)[0]
    if found["verb"].lower() in _WHOSE:
        # "mental health and his drinking": another thing of theirs named, no deed; what
        # follows it may be one ("and his drinking got him arrested")
        parts = clause.split(maxsplit=2)  # (spaces may end it: "his " then a line break)
        clause = parts[2] if len(parts) > 2 else ""
    if found["joint"].strip().lower() == "who" and not _WHEN_DONE.search(clause):
        return False  # "a lovely lady who clearly loves her kids": more of the picture
    return any(word in EVENTS for word in _WORD.findall(clause.lower()))


# When what someone does is done, said of a label's "who": "a kind girl who reads to her
# brother every evening", "a loving dad who took them to the park on Saturday".
_WHEN_DONE = on_first_use(r"\b(?:every|each|most|last|since|on|at|daily|weekly|twice|once"
                          r"|\d+)\b", re.IGNORECASE)


# Going along with the services, then what that was after a colon or a dash: "Dad
# cooperated with the police: he handed over the keys and left that night".
# (a few words may come first: "engaged with the health visitor: she took the baby ...")
_SPELT_OUT = on_first_use(r"(?:\s++[\w'’]++){0,4}?(?:\s*+:"
                          r"|\s++[-–—])\s*(?P<what>[^.!?;:\n]{1,300})")


def _spelt_out(masked: str, end: int) -> bool:
    """Whether what comes straight after a colon or a dash at `end` tells what happened."""
    what = _SPELT_OUT.match(masked, end)
    return what is not None and tells_what_happened(what.group("what"))


# How far either side of a soft word its sentence is read for what happened: a sentence is
# rarely longer, and a line with the wording again and again and no full stop would
# otherwise be read whole once for each time it is said (time growing with the square).
_TOLD_REACH = 400


# A number on a scale first in a sentence, alone or after who gave it, and then its reason:
# "2, mum is ...", "Police: 2, ...", "HV - 4 - ...", "3/10: ..." (not "3 times", "2.30pm").
_SCALE_FIRST = on_first_use(r"\W*(?:[^\W\d][\w'’ ]{0,30}?\s*[:\-–]\s*)?(?:10|[0-9])"
                            r"(?:\s*/\s*10)?(?!\s*[:/.]?\d)\s*[,:\-–]")
_A_FIGURE = on_first_use(r"[0-9]")


def _told_around(masked: str, start: int, end: int,
                 tells: Callable[[str], bool] = tells_what_happened) -> bool:
    """Whether the sentence a match is in (at most `_TOLD_REACH` characters either side of
    it), the match left out, says what happened (as `tells` reads it); or, when the match
    ends its sentence, the next one tells what was there (`_SEEN_NEXT`: "The kitchen was
    dirty. There were mouldy plates in the sink")."""
    # (a scale's number given first, "Police: 2, mum is chaotic", is no count of anything;
    # looked for only in a sentence with a figure, as `_SCALE_FIRST` tried every place)
    near = _near_sentence(masked, start, end, " ")
    if tells(_SCALE_FIRST.sub(" ", near, count=1) if _A_FIGURE.search(near) else near):
        return True
    seen = _SEEN_NEXT.match(masked, end, end + _TOLD_REACH)
    return seen is not None and tells(seen.group("seen"))


# The sentence after a place said to be rough or dangerous, where the answer goes on about it
# ("The estate is rough. TJ was robbed at knifepoint there on 3 Nov").
_NEXT_SENTENCE = on_first_use(r"[^.!?;\n]{0,80}[.;:!]\s+(?P<next>[^.!?;\n]+)")


def _happened_next(masked: str, end: int) -> bool:
    """Whether the sentence after the one ending near `end` tells what happened."""
    after = _NEXT_SENTENCE.match(masked, end, end + _TOLD_REACH)
    return after is not None and tells_what_happened(after.group("next"))


# A sentence that tells what was seen: "There were ...", "I saw ...", "The fridge had ...".
_SEEN_NEXT = on_first_use(
    r"\s*[.:]\s+(?P<seen>(?:there\s+(?:was|were|is|are|had\s+been)|(?:i|we)\s+(?:saw|could\s+see"
    r"|found|noticed|smelt|smelled)|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:was|were|had|has|is"
    r"|are)|it\s+(?:smelt|smelled|had))\b[^.!?;\n]*)", re.IGNORECASE)


def _near_sentence(masked: str, start: int, end: int, gap: str = "") -> str:
    """`_sentence_of`, read no further than `_TOLD_REACH` characters either side."""
    begin = max(0, start - _TOLD_REACH)
    near = masked[begin:end + _TOLD_REACH]
    return _sentence_of(near, start - begin, end - begin, gap)


def _among_others(masked: str, start: int, end: int) -> bool:
    """Whether a row or a fight is only between children ("the two girls had a bit of a
    fight over the hairbrush", "pushing in the dinner queue between pupils"), or with
    someone outside the home ("had words with the school", "we had a few words"): nobody in
    it is an adult of the household."""
    before = _CLAUSE.split(masked[max(0, start - 80):start])[-1]
    before = _REPORTED.split(before)[-1]  # "Mum said she had words ...": she had them
    after = _CLAUSE.split(masked[end:end + 80])[0]
    after = _JOINED.split(after)[0]  # "... over the football, and Dad stepped in"
    found = [w.lower() for w in _WORD.findall(before + " " + after)]
    if _WATCHING.search(after):  # "with the kids watching": they saw it, they were not in it
        found = [w.lower() for w in _WORD.findall(before)]
    return _HOUSEHOLD.isdisjoint(found) and not _OTHERS.isdisjoint(found)


def _said_of_a_thing(masked: str, start: int, end: int, *, it_a_thing: bool = True) -> bool:
    """Whether the word said of is a thing or an animal: the next word ("unsuitable toys"),
    or else the nearest noun before, in the same clause ("the dog was aggressive"). A soft
    word for what happened is said of "it" as of the row it stands for ("had a row and it
    got out of hand"): `it_a_thing` false reads "it" so."""
    said = masked[start:end].split()
    after = None if said and said[-1].lower() in _LINKS else _NEXT_NOUN.match(masked[end:])
    if after and after.group(1).lower() in _THINGS:
        return True
    clause = _CLAUSE.split(masked[max(0, start - 80):start])[-1]
    found = _WORD.findall(clause.lower())[-6:]
    for i in range(len(found) - 1, -1, -1):
        word = found[i].removesuffix("'s").removesuffix("’s")
        if word != found[i] and i and found[i - 1] in _PLACE_PREPOSITIONS:
            continue  # "the park near nan's is unsafe": where nan lives, not nan
        if word in _PEOPLE or word in _ABSTRACT:
            return False
        if word in _NOT_CARERS and (it_a_thing or word != "it"):
            return True
        if word == "it" and not it_a_thing and _it_a_thing_before(masked, start):
            return True  # "his eczema flared up and it got out of hand"
        if word in _THINGS and not (i and found[i - 1] in _PLACE_PREPOSITIONS):
            return True
    return False


# What "it" may stand for when a soft word says it got out of hand: people, a row, drinking.
_ROW_BEFORE = on_first_use(r"\b(?:rows?|rowed|rowing|argu\w+|fight\w*|fought|fell\s+out|falling"
                           r"\s+out|shout\w*|scream\w*|drink\w*|drank|drunk|words|things|night\s+out"
                           r"|party|parties|session|sesh)\b", re.IGNORECASE)


def _it_a_thing_before(masked: str, start: int) -> bool:
    """Whether the sentence before a soft word said of "it" names something, but no person,
    row or drinking it could stand for: "Leo's eczema flared up in the heat and it got out of
    hand" (a thing), not "they had a row and it got out of hand"."""
    begin = max(masked.rfind(stop, 0, start) for stop in ".!?;\n") + 1
    before = masked[max(begin, start - 120):start]
    found = [w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(before)]
    return len(found) > 2 and _PEOPLE.isdisjoint(found) and _ROW_BEFORE.search(before) is None


def language_check_lines(lines: Iterable[str], words: WordList) -> Iterator[tuple[int, list[str]]]:
    """(1-based line number, flagged wording as written) for each line that has any."""
    for number, line in enumerate(lines, start=1):
        hits = find_wording(line, words)
        if hits:
            yield number, [h.text.strip() for h in hits]
