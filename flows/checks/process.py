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

from flows.answers import points_elsewhere
from flows.checks.claims import BARE_VERBS, EVENTS
from flows.checks.compliance import CHILDS_CARE
from flows.checks.lexicon import (
    INITIAL,
    KIN_ADULTS,
    KIN_CHILDREN,
    NAME_RE,
    SERVICE_BY_NAME,
    verb_forms,
)
from flows.checks.privacy import looks_like_a_name
from flows.checks.text import alternation, sentence_spans, words
from flows.regex import on_first_use

PROCESS_QUESTION = "What happened for the child, or what did someone in the family do, and when?"

# Things of the services: what a process sentence is about.
_SERVICE_THINGS = words("""case cases plan plans referral referrals assessment assessments
    meeting meetings conference conferences review reviews visit visits support service
    services strategy discussion enquiry enquiries investigation investigations action actions
    threshold intervention interventions package programme program course session sessions
    appointment appointments involvement allocation transfer closure file checks agreement
    contract panel application work group recommendations outcome outcomes order orders
    information concerns needs provision offer paperwork chronology consent date check
    email emails call calls voicemail message messages form forms update response records
    groups help
    procedure procedures protocol protocols log logs hotline medical medicals grounds hui
    process processes pathway
    referal referals corse corses programe programes apointment apointments assesment
    assesments""")
# What the services do to those things: a process verb in any of its forms.
_SERVICE_VERBS = verb_forms("""hold convene arrange book complete undertake carry_out review
    agree sign close open reopen transfer allocate reallocate escalate step offer accept
    continue progress schedule initiate commence end discharge signpost refer recommend
    request receive consider discuss share update record note action implement chair minute
    postpone cancel rearrange follow fund commission remain award make send involve
    monitor await upload invite decide post adjourn""") \
    | words("""agreed ongoing underway place done
    seen held made sent opened reopened planned pending outstanding referred referring
    transferred transferring""")
# ("agreed": `verb_forms` writes "agreeed".)
# What someone in the family does to a thing of the services says no more than the services
# did: "mum has attended 3 of 6 sessions", "Dad signed the agreement".
_TAKING_PART = verb_forms("""attend engage complete finish sign accept comply cancel rearrange
    postpone""") \
    | words("cancelled cancelling")
# Whose appointment is the adult's own: "her", "Mum's", "the women's group".
_GROWN_UPS = words("""mum mam mom mother dad father parents parent carer carers partner women
    men woman man adults""")
# A child's own care (as the compliance check reads it): taking part in it is not process.
_CHILDS_CARE_RE = on_first_use(rf"(?:{CHILDS_CARE})")
# Said between a person and what is done to them, as the helpers are: "Dad is now open to".
_NOW = words("now still currently already also again")
# A case said to be with a team: "Dad is now open to the mental health team", "allocated to
# the drugs service" is where the case sits, read as a case opened.
_OPEN_TO = on_first_use(r"\b(?:open|allocated)\s+to\s+(?:the\s+|a\s+)?(?:[\w']+\s+){0,3}?"
                        r"(?:team|service|services|worker|unit|clinic)\b")
# Agreeing or offering to do something is a step still to come ("the imam has agreed to
# check in with Y each week"), unless what is agreed is the services' own ("agreed to review").
_AGREEING = words("agreed agree agrees offered offer offers promised promise promises")
# A sentence naming the harm or the offence is about it ("the plan for neglect was ended",
# "the investigation into the burglary is closed"): the record of a decision, left alone.
_ABOUT = on_first_use(r"\b(?:neglect|abuse|harm|category|burglary|theft|assault|offen[cs]es?"
                      r"|crimes?|charges?|injur(?:y|ies)|exploitation|violence)\b")
# A service verb is not an event of anyone's life, however the claim check reads it.
_LIFE = (EVENTS | verb_forms("fit fix repair install mend replace")) - _SERVICE_VERBS \
    - _SERVICE_THINGS - words("met meeting")
_AHEAD = words("will shall should shd shld shud must need needs going next would could might may "
                "'ll aim")
_STILL_TO_DO = on_first_use(r"\b(?:plan|aim|intention)\s+is\s+(?:to|for|that)\b|\bdue\s+to\s+\w+")
_FAMILY = words("""mum mummy mam mom mother dad daddy father stepdad stepmum stepfather
    stepmother parent parents carer carers partner boyfriend girlfriend nan nana gran granny
    grandma grandad grandparents uncle aunt auntie aunty family child children kids kid baby
    son daughter boy girl he she they i we siblings brother sister""") | words(
    KIN_ADULTS + " " + KIN_CHILDREN)
# Helper words between a person and what was done to them ("Mum was not signposted").
# Giving a thing of the services: "family offered a place", "Mum given a referral".
_GIVEN = words("offered given allocated awarded signposted referred sent")
_PLACES = words("place space slot")
_PASSIVE = words("was were is are been being be has have had got not also")
_MEETERS = _SERVICE_THINGS | words("professionals agencies")  # "the core group met"
_BY = words("by to with for of from about on at and or the both his her their")
_DETERMINERS = words("the both his her their")
_TOKEN = on_first_use(r"[a-z']+")
# ... as `_tokens` finds them in a text of ASCII alone: every other byte made a space.
_NOT_IN_A_TOKEN = bytes(c if c in b"abcdefghijklmnopqrstuvwxyz'" else 32 for c in range(256))
# The one writing, and their team: "I completed a home visit", "we held a meeting".
_WORKER = words("i we")
_WRITER = words("i")  # (with a parent: "Mum and I made a plan")
_ORG_HEADS = words("project projects trust centre center team teams aid hub clinic unit")
_NOUN_BEFORE = words("a an the this that his her their its our")
_SERVICE_PHRASE = on_first_use(r"\b(?:took|take|takes|taken|taking)\s+(?:place|up)\b"
                               r"|\b(?:given|handed|sent)\s+out\b")
# A message left is sent, not someone leaving: "rang the health visitor, left voicemail".
_MESSAGE_LEFT = on_first_use(r"\bleft\s+(?:a\s+)?(?:voice\s*mail|voice\s+message|message|msg"
                             r"|vm)s?\b")
# Asking, ringing and writing are the services' own work when nobody of the family is in the
# sentence ("email sent to school asking for attendance figures, awaiting reply"); with
# someone of the family, they are what happened ("K rang me crying", "Mum asked for help").
_CONTACT = verb_forms("ask ring call phone email text message reply chase contact write")
# A family word that is the name of a service: "child protection conference", "family
# support worker".
_NAMED_FOR = _SERVICE_THINGS | _ORG_HEADS | words("""protection support services network court
    worker workers practitioner""")
# "Child in need" is a plan's name ("need" would read as a next step): read as one word.
_IN_NEED = on_first_use(r"\bchild(?:ren)?\s+in\s+need\b")
_IN_NEED_WORD = "child"  # in all it finds
# "Up to date" is how things stand ("up to date with imms"), not a step to take: its "to"
# read as one ("worker to visit"), a GP's strength was asked what the services did.
_UP_TO_DATE = on_first_use(r"\bup[\s-]+to[\s-]+date\b")
# A step of the services named as the time something is to be done by ("child protection
# medical before discharge", "before he is discharged", "until transfer"): a when, not the
# services' work done (a medical still to come was asked "what happens after that").
_BEFORE_A_STEP = on_first_use(
    r"\b(?:before|until|till|prior\s+to|ahead\s+of)\s+(?:(?:the|his|her|their|its)\s+)?"
    r"(?:(?:he|she|they|it)\s+(?:is|are|gets?|has\s+been|goes\s+home\s+or\s+is)\s+)?"
    r"(?:discharged?|transferred|transfer|closed|closure|reviewed)\b")
# ... and so is the meeting a period runs up to ("six months, until the review on 14
# October", "up to the next core group", "until the end of the child protection plan", "until
# the plan ends"): read as "until then", still a when ("I will visit at least once before the
# review").
_UP_TO_A_MEETING = on_first_use(
    r"\b(?P<when>before|until|till|up\s+to|prior\s+to|ahead\s+of)\s+(?P<meeting>(?:the\s+)?"
    r"(?:(?:next|final|initial|first|second)\s+)?(?:(?:child\s+protection|review|core\s+group"
    r"|child\s+in\s+need|looked[\s-]after)\s+)?(?:reviews?|conferences?|core\s+groups?"
    r"|meetings?|hearings?|panels?)\b|the\s+end\s+of\s+(?:the\s+)?(?:(?:child\s+protection"
    r"|child\s+in\s+need|safety)\s+)?plan\b|(?:the\s+|his\s+|her\s+|their\s+)(?:(?:child"
    r"\s+protection|child\s+in\s+need|safety)\s+)?plan\s+(?:ends|finishes|is\s+ended)\b)")


def _until_then(found: re.Match[str]) -> str:
    """The meeting a period runs up to as "then", its "up to" as "until", every offset kept."""
    when = "until".ljust(len(found["when"])) if found["when"].startswith("up") \
        else found["when"]
    between = found.string[found.end("when"):found.start("meeting")]
    return when + between + "then".ljust(len(found["meeting"]))


# A hearing of a court or a panel is a meeting of the services ("the Children's Hearing on the
# 12th", "the final hearing"); a child's hearing is their own ("hearing test booked").
_A_HEARING = on_first_use(r"\b(?:children's|court|final|interim|panel|family\s+court|review"
                          r"|tribunal"
                          r"|directions|the|a)\s+hearings?\b")
# A placement at work, work experience or a work trial is a young person's own life ("A 6
# would be a work placement", "work experience at the garage arranged for March"), not the
# services' work.
_WORK_PLACEMENT = on_first_use(r"\bwork(?:\s+|-)(?:placements?|experience|trials?|tasters?"
                               r"|shadowing)\b")
# A status that goes on is a decision recorded, not a step still to take: "case to remain open".
_GOES_ON = words("remain stay")
# What a thing of the services does or has done to it: "a log given", "course starting".
_OF_A_SERVICE = verb_forms("start begin give")
# People in the child's life who are not the services: "the police will move on the men".
_OTHERS = words("""man men woman women boys girls lads adults adult people youths friend friends
    neighbour neighbours stranger strangers unknown""")
_FIRST_WORD = on_first_use(r"\W*([A-Z][a-z]+)\b")
# Seeing, checking or passing on something of the family's is how people will know what
# they do, whoever will do it: "will check this", "will share the results", "any worries".
_SEEING = verb_forms("see check watch observe notice share tell report")
# A next step that says what it is for concerns the family: "to help with bedtimes".
_WHAT_FOR = words("help helps helping so because")
# Words that point back to the sentence before: what they stand for is not in this one.
_BACK = words("this that it these those which")
# A plan may be the family's own (a safety plan): a next step needs another thing of the
# services ("plan to be reviewed at the next core group").
_NEXT_THINGS = _SERVICE_THINGS - words("plan plans")
# A quick test before the set phrases are read (`_said`): a next step of the services holds
# one of their things, or a word one of those phrases turns into one.
_NEXT_GATE = _NEXT_THINGS | words("""informed notified alerted aware updated contacted emailed
    called number no waiting vm msg""")
# Calling out for help, as a child or a parent in danger does: "cannot crawl or call for help".
# ... with whom they would call between: "cannot call anyone for help", "rang a neighbour for help".
_CALL_FOR_HELP = on_first_use(r"\b(?:call|calls|called|calling|shout|shouts|shouted|ring|rang"
                              r"|phone|phoned)\s+(?:out\s+)?(?:(?:anyone|anybody|someone|somebody"
                              r"|no\s*one|nobody|an?\s+(?:adult|neighbour|neighbor|grown[\s-]?up)"
                              r"|us|me|him|her|them)\s+)?for\s+help\b")
_CALL_OUTS = on_first_use(r"\bcall[\s-]?outs?\b|\b(?:999|police|ambulance)\s+(?:(?:was|were"
                          r"|has\s+been|have\s+been|had\s+been|got|get|gets)\s+)?"
                          r"called(?:\s+out)?(?=\s+(?:by|after|when|to|at|on)\b"
                          # ... or how often and when, as a count of call-outs says it:
                          # "police have been called 6 times since March", "twice in October"
                          r"|\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few"
                          r"|several|many|numerous|multiple)\s+times\b|\s+(?:twice|once|again)\b)"
                          # Officers or a crew going to a home, and the call that sent them:
                          # "officers attended following a 999 call from a neighbour" (not
                          # "police attended the strategy meeting").
                          r"|\b(?:officers|police|paramedics|ambulance(?:\s+crew)?|crews?|patrols?)\s+"
                          r"(?:(?:had|have|has)\s+)?(?:attended|arrived|responded|went\s+out)\b"
                          r"(?!\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:meetings?|conferences?|reviews?"
                          r"|core|strategy|panels?|sessions?|discussions?|training)\b)"
                          r"|\b999\s+calls?\b")
# One of these is in everything `_CALL_OUTS` finds: a sentence with none is not searched.
_CALLED_OUT = ("call", "went", "arrived", "attended", "responded")
# Someone of the family spoken of: in a next step, it concerns them.
_THEM = words("him her them his their hers theirs")
_PRONOUNS = words("he she they i we")  # "the food she needs": never a service's name
# What the services do in a next step with nobody of the family in it: meeting, seeing,
# bringing a log, starting a course are their own work, not events of anyone's life.
_THE_SERVICES_OWN = verb_forms("""meet see bring start hear talk tell visit invite get give
    take go come look stay remain""")
_WORKING_DAYS = on_first_use(r"\bworking\s+(?=days?\b|weeks?\b)")
# An agency told: "police informed", "head teacher notified", "informed the LADO".
_AGENCY = (r"(?:the\s+)?(?:police|school|nursery|college|gp|lado|dsl|head\s*teacher|head"
           r"|manager|team\s+manager|health\s+visitor|hv|social\s+worker|sw|mash|front\s+door"
           r"|duty\s+team|safeguarding\s+lead|designated\s+safeguarding\s+lead|named\s+person"
           r"|reporter|lead\s+professional|children's\s+reporter|youth\s+offending\s+team"
           r"|youth\s+justice(?:\s+team)?|probation"
           # ... or a child protection service or a police force by its own name, here and
           # abroad: "Tusla were notified and the Garda informed", "the CAS contacted"
           rf"|{SERVICE_BY_NAME}|band\s+(?:office|council)|edt|out\s+of\s+hours(?:\s+team)?"
           r"|emergency\s+duty\s+team)")
_TOLD = r"(?:informed|notified|alerted|made\s+aware|updated|contacted|emailed|called)"
_TOLD_AGENCY = on_first_use(rf"\b{_AGENCY}\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?"
                            rf"{_TOLD}\b|\b(?:informed|notified|alerted)\s+{_AGENCY}\b")
_HANDED_ON = on_first_use(r"\b(?:passed|handed)\s+(?:(?:over|on|across)\s+)?to\b"
                          r"|\bhanded\s+over\b")
_WAITING = on_first_use(r"\b(?:am|are|is|still)?\s*waiting\s+(?:to\s+hear(?:\s+back)?"
                        r"|for\s+(?:a\s+|an\s+)?(?:reply|replies|response|responses|answer"
                        r"|call\s+back|callback|update))\b")
# A number the services give a record: "a log number given", "crime ref no. sent".
# A note headed by what was sent is the services' message: "Letter sent to parents", "copy
# of the plan given to Mum" (but "Dad's solicitor sent a letter" is someone's doing).
_SENT_NOTE = on_first_use(r"^\W*(?:an?\s+|the\s+)?(?:letters?|invites?|invitations?|cop(?:y|ies)"
                          r"|leaflets?|reminders?)\b(?=\s+(?:[\w']+\s+){0,4}?(?:sent|posted|given"
                          r"|handed|emailed|delivered|issued)\b)")
_SENT_VERB = on_first_use(r"\b(?:posted|given|handed|emailed|delivered|issued)\b")
# What reached the services, said as coming in: "a referral came in from the school", "the
# call came through from police last night" (received, not anyone coming anywhere).
_CAME_IN = on_first_use(r"\b(referrals?|calls?|reports?|emails?|messages?|notifications?|contacts?)"
                        r"\s+(?:(?:has|have|had)\s+)?(?:came|come|comes|coming)\s+(?:in|through)\b")
# A case taken on to another meeting: "agreed to go to a child protection conference".
_ESCALATED = on_first_use(r"\b(?:go|goes|going|went|move|moves|moving|moved|proceed\w*)\s+to\s+"
                          r"(?=(?:an?\s+|the\s+)?(?:[\w']+\s+){0,2}?(?:conferences?|meetings?"
                          r"|panels?|assessments?|strategy|reviews?|icpc|rcpc)\b)")
# Taking part said in other words: "both parents have come to every meeting", "Mum has kept
# all her appointments", "turned up to all the reviews": read as attended. (Going to every
# session of a course is the parent's own doing, as other writers mark it: left as it is.)
_CAME_TO = on_first_use(r"\b(?:come|came|went|gone|turned\s+up|turns\s+up|showed\s+up|shown\s+up"
                        r"|showing\s+up|turning\s+up|made\s+it|been)\s+(?:along\s+)?(?:to|for)\s+"
                        r"(?=(?:every|all|each|the|both|most|her|his|their)"
                        r"\b[^.;!?]{0,30}?\b(?:meetings?|reviews?|conferences?|core\s+groups?"
                        r"|appointments?)\b"
                        # ... with the worker they were with, and no more than that: "with a
                        # letter from her GP" is her doing
                        r"(?:\s+with\s+(?:her|his|their|the)\s+(?:\w+\s+)?(?:case\s*worker|worker"
                        r"|social\s+worker|nurse|midwife|health\s+visitor|key\s*worker|counsell?or"
                        r"|therapist|probation\s+officer|officer))?"
                        r"\s*(?:[.,;!?]|$|(?:and|since|so\s+far|this|last|on\s+time|in)\b))"
                        r"|\b(?:kept|keeps|keeping|made|makes|making)\s+(?=(?:every|all|each|both"
                        r"|most)\b[^.;!?]{0,30}?\b(?:appointments?|sessions?|meetings?|visits?)\b)"
                        # ... not time with the children: "kept every contact visit with the kids"
                        r"(?!(?:every|all|each|both|most)\b[^.;!?]{0,30}?\b(?:contact|family\s+time)\b)")
# Keeping in touch, the services' own: "contact with family maintained", "contact made with
# school" (not "contact with dad", which is a child's time with a parent).
_KEPT_IN_TOUCH = on_first_use(r"\bcontact\s+(?:with\s+(?:the\s+)?(?:family|families|school|nursery"
                              r"|college|agencies|professionals|services|partners)\s+)?(?:has\s+been\s+"
                              r"|was\s+|is\s+)?(?:made|maintained|kept\s+up|attempted|established)\b")
# A test's result is something found of the adult's life ("his last three tests were clear"),
# where tests done are only the services' ("all her tests were done").
_RESULT = on_first_use(r"\b(?:tests?|screens?|screenings?|readings?|results?|samples?)\s+"
                       r"(?:(?:have|has)\s+(?:all\s+)?been|were|was|are|all|came\s+back|come\s+back)"
                       r"\s+(?:all\s+)?(?:clear|negative|clean|positive|zero|0|fine)\b")
# What was found at home, said as how a thing there was: "the cupboards had food in", "the
# fridge was empty" (not a food bank's parcel): something of the family's life, not process.
_HOME_FOUND = on_first_use(r"\b(?:cupboards?|fridge|freezer|food|kitchen|bedroom|cot)\b"
                           r"\s+(?:was|were|had|has|is|are)\b")
# A report made to the services is a referral ("mandated report filed with the hotline"), and
# nothing to report is no more than the visit it ends ("visit completed, nothing to report"):
# neither is someone in the family telling anything.
_REPORT_FILED = on_first_use(r"\b(?:(?:a|the|mandated|mandatory|written)\s+)?reports?\s+"
                             r"(?:of\s+(?:a\s+)?concerns?\s+)?"
                             r"(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:filed|made|submitted"
                             r"|lodged|logged|completed)\b"
                             # ... said by the worker who made it: "I filed a mandated report"
                             r"|\b(?:i|we)\s+(?:have\s+|had\s+)?(?:filed|submitted|lodged|made|logged"
                             r"|completed)\s+(?:a|an|the)\s+(?:mandated\s+|mandatory\s+|safeguarding\s+"
                             r"|written\s+|cp\s+)?report\b")
_NOTHING_TO_SAY = on_first_use(r"\b(?:nothing|no\s+concerns?|no\s+issues)\s+(?:(?:else|new|further"
                               r"|more|of\s+concern)\s+)?to\s+(?:report|add|note|say)\b")
_REFERENCE = on_first_use(r"\b(?:(?:crime|incident|police)\s+)?(?:log|crime|reference|ref|incident)"
                          r"\s+(?:number|no)\b")
_AHEAD_WORD = on_first_use(r"\b(?:will|shall|should|shd|shld|shud|must|need|needs|going|next|would"
                           r"|could|might|may|aim)\b|'ll\b")


def told_steps(text: str, masked: str) -> bool:
    """Whether any sentence of an answer is a next step with who and by when ("Plan
    reviewed at core group on 1 Dec. I will send everyone the new plan by the 4th.")."""
    return any(masked[start:end] == text[start:end] and next_step_told(text[start:end])
               for start, end in sentence_spans(masked))


def process_only(text: str, masked: str) -> list[tuple[int, int]]:
    """The spans of sentences that say only what the services did. `masked` is the text
    with its quotes blanked (`text.mask_quotes`): a sentence holding a quote is left alone."""
    spans = _joined(masked)
    nexts = [start for start, _ in spans[1:]] + [len(text)] if spans else []
    return [(start, end) for (start, end), then in zip(spans, nexts, strict=True)
            if masked[start:then] == text[start:then]  # a quote after it: what was said
            and _is_process(masked[start:end], masked[end:end + 1] == "?")]


def _is_process(sentence: str, asked: bool) -> bool:
    lowered = _lowered(sentence)  # read by all three
    if asked or _who_and_when(sentence, lowered):
        return False
    if (_doer_in(lowered) or _ME_TO.match(lowered)) and _STEP_TIME.search(lowered):
        return False  # "a referral is needed and I will make it by Friday": who, and when
    return _is_done(sentence, lowered) or _only_the_services_next(sentence, lowered)


# The writer's own step in note form, as "I will": "me to apply for the fund by 11/12", or
# with the "I" left out by someone in a hurry: "will send the logs to the social worker by
# fri" (set AO): a doing with what it is done to, not a meeting's own "will review at next
# core group" (a held corpus's process, nothing anyone will do).
_ME_TO = on_first_use(
    r"\W*(?:me\s+to|(?:will|shall)(?=\s+[a-z]+\s+(?!(?:at|on|by|in|after|before|within|until"
    r"|till|from|during|next|this|it|again|then|when|if|as|and|or)\b)[a-z\d]))\s+(?!be\b)[a-z]")


def next_step_told(sentence: str) -> bool:
    """Whether a sentence is a next step of the services saying who will do it and the day
    ("I will ask my manager for a strategy meeting by Friday 4 December"), or the meeting it
    follows, said first ("After the strategy meeting, I will ring mum")."""
    lowered = _lowered(sentence)
    if (fronted := _FRONTED_TIME.match(lowered)) and _doer(lowered[fronted.end():]):
        return True
    # ... or after what was done, a comma and the step: "Strategy discussion held on 2 Dec,
    # and police will interview dad by Friday"
    if (then := _THEN_STEP.search(lowered)) is not None \
            and next_step_told(sentence[then.end():]):
        return True
    # (or how often, for work that is done again and again: "school to monitor his
    # attendance weekly", "I will see him every Friday")
    return (_DAY_NAMED.search(lowered) is not None or _OFTEN_NAMED.search(lowered) is not None) \
        and _who_and_when(sentence, lowered)


_OFTEN_NAMED = on_first_use(r"\b(?:weekly|daily|fortnightly|monthly|every|each)\b")


# What was done, then what comes next: ", and ...", ", then ...", "; ...".
_THEN_STEP = on_first_use(r"(?:,|;)\s*(?:and\s+|then\s+|so\s+)?(?=\S)")


# When a step will be done, said first, before a comma: "Before the review on 3 March, ...",
# "After the strategy meeting, ...", "Once the referral is made, ...", "Within 5 working
# days of the conference, ...". What it says is when, not something the services did.
_FRONTED_TIME = on_first_use(r"\W*(?:by|before|after|once|when|whenever|until|till|within|at"
                             r"|on|from|following|during|as\s+soon\s+as)\b[^,;:.!?\n]{1,60},\s*")


# A day or a date, not only "on him" or "every time": "by 4 Dec", "on Thursday", "tomorrow".
_DAY_NAMED = on_first_use(r"\b\d|\b(?:today|tomorrow|tonight|end\s+of\s+(?:the\s+)?(?:day|week"
                          r"|month|term)|next\s+(?:week|month|term)|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?"
                          r"|fri|satur|sun)(?:day)?)\b")


def _who_and_when(sentence: str, lowered: str) -> bool:
    """A next step with who will do it and by when: what the framework asks a next step to
    say, whether it is the services' own work or not. `lowered` is `_lowered(sentence)`."""
    if (fronted := _FRONTED_WHEN.match(sentence)) and _doer_acts(sentence[fronted.end():]):
        return True  # "By 1 May, PA books the appointment"
    named = _NAMED_DOER.match(sentence)
    return bool((_doer(lowered) or (named and (
        named.group(1).isupper() or looks_like_a_name(named.group(1)))))
        and _WHEN.search(lowered))


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


def _is_done(sentence: str, lowered: str) -> bool:
    """Whether what a sentence says was done is only what the services did (`lowered` is
    `_lowered(sentence)`)."""
    # A police call-out is something that happened at home, not a call the services made.
    if any(word in lowered for word in _CALLED_OUT):
        lowered = _CALL_OUTS.sub(lambda m: "assault".ljust(len(m.group())), lowered)
    # ... and calling for help is what someone in danger does, not a call of the services
    if "help" in lowered:
        lowered = _CALL_FOR_HELP.sub(lambda m: "scream".ljust(len(m.group())), lowered)
    tokens = _spoken(_tokens(lowered))
    if not tokens:
        return False
    if not _AHEAD.isdisjoint(tokens):
        # What was done, then what is next ("rang the health visitor, left voicemail, will
        # chase tomorrow"): the part done is read. A sentence that is all next step is read by
        # `_only_the_services_next`.
        ahead = _AHEAD_WORD.search(lowered)
        cut = lowered.rfind(",", 0, ahead.start()) if ahead else -1
        if cut <= 0 or _FRONTED_TIME.fullmatch(lowered, 0, cut + 1):
            return False  # (or only when it will be: "Before the review on 3 March, mum will")
        sentence, lowered = sentence[:cut], lowered[:cut]
    said = _said(lowered)
    tokens = _spoken(_tokens(said))
    if not tokens or not _AHEAD.isdisjoint(tokens) or "to" in tokens[:2] \
            or _STILL_TO_DO.search(lowered) or _to_do(tokens):
        return False  # a next step ("core group to review the plan")
    named = _named(sentence)
    # "the men message him at night": other people in the child's life are not the services.
    # "child" in "child protection conference" is the meeting's name, not a child.
    family = any((t in _FAMILY and t not in _WORKER and after != "protection") or t in _THEM
                 or t in _OTHERS or t in named
                 for t, after in zip(tokens, [*tokens[1:], ""], strict=True))
    if _SERVICE_THINGS.isdisjoint(tokens) or _ABOUT.search(said) or (
            _SERVICE_VERBS.isdisjoint(tokens) and not _only_taking_part(tokens)
            and not any(_put_on_a_plan(tokens[at:]) for at in range(len(tokens)))
            and (family or _CONTACT.isdisjoint(tokens))):
        return False
    # "placed on a plan" is the services' making, as "made subject to a plan" is
    tokens = ["made" if _put_on_a_plan(tokens[at:]) else word for at, word in enumerate(tokens)]
    if _lived(tokens, family) or ("met" in tokens and not _met_by_services(tokens)) \
            or _HOME_FOUND.search(said):
        return False  # something happened in someone's life
    return not _someone_acts(tokens, named)


# A person and their verb run together ("she's in lessons", "they're", "I've", "he'll"):
# someone doing something, as "she is" is, where "Mum's" may be whose ("Mum's course").
_RUN_TOGETHER = {"s": "is", "re": "are", "ve": "have", "m": "am", "ll": "will"}


def _spoken(tokens: list[str]) -> list[str]:
    """`tokens` with a person's word run together with its verb read as the two words:
    "she's" as "she is", "they're" as "they are", "he'll" as "he will"."""
    if "'" not in "".join(tokens):  # (any token with one: a loop of Python's, at every sentence)
        return tokens
    spoken: list[str] = []
    for token in tokens:
        person, mark, verb = token.partition("'")
        if mark and person in _PRONOUNS and verb in _RUN_TOGETHER:
            spoken += (person, _RUN_TOGETHER[verb])
        else:
            spoken.append(token)
    return spoken


def _only_taking_part(tokens: list[str]) -> bool:
    """Whether the family's part in a sentence is only taking part in something of the
    services ("Mum attended all her appointments", "Dad cancelled two home visits"), with no
    other doing beside it ("... and played with the children on the floor"), and none of it
    a child's own care ("all of Oscar's hospital appointments", "every antenatal
    appointment", "the school meeting"): taking a child to those is what changes for them."""
    if _TAKING_PART.isdisjoint(tokens):
        return False
    return not any(
        (word.endswith("ed") and word not in _TAKING_PART and word not in _SERVICE_VERBS)
        or (word.endswith(("'s", "s'")) and _who(word) not in _GROWN_UPS)
        or _CHILDS_CARE_RE.fullmatch(word) is not None
        for word in tokens)


def _who(word: str) -> str:
    return word.removesuffix("'s").removesuffix("'")


def _lowered(sentence: str) -> str:
    """The sentence in lower case, "child in need" read as one word, "up to date" as
    "current", a young person's work placement as the job it is, and "before discharge" as
    a time."""
    lowered = sentence.lower().replace("’", "'")
    if "date" in lowered:
        lowered = _UP_TO_DATE.sub(lambda m: "current".ljust(len(m.group())), lowered)
    if "hearing" in lowered:
        lowered = _A_HEARING.sub(lambda m: "meeting".rjust(len(m.group())), lowered)
    if "work" in lowered:
        lowered = _WORK_PLACEMENT.sub(lambda m: "job".ljust(len(m.group())), lowered)
    if "before" in lowered or "til" in lowered or "prior" in lowered or "ahead" in lowered:
        lowered = _BEFORE_A_STEP.sub(lambda m: "later".ljust(len(m.group())), lowered)
    if "before" in lowered or "til" in lowered or "up to" in lowered or "prior" in lowered \
            or "ahead" in lowered:
        lowered = _UP_TO_A_MEETING.sub(_until_then, lowered)
    if "group" in lowered:
        lowered = _PEOPLE_GROUP.sub(lambda m: "lads".ljust(len(m.group())), lowered)
    if _IN_NEED_WORD in lowered:
        lowered = _IN_NEED.sub(lambda m: "cin".ljust(len(m.group())), lowered)
    if "review" in lowered:
        lowered = _AT_A_REVIEW.sub(
            lambda m: m.group("when") + "panel".ljust(len(m.group("review"))), lowered)
    return lowered


# A review named as when something was ("it was 3 at the last review", "up from 2 since the
# review", or a number's without the "at": "was 3 last review"): a meeting of the services,
# not the services reviewing anything.
_AT_A_REVIEW = on_first_use(
    r"(?P<when>\b(?:at|since|before|after|from|by|until|till)\s+(?:(?:the|our|this|that"
    r"|her|his|their|last|previous|first|initial|latest|recent|most\s+recent|next|core\s+group"
    r"|cp|case|child\s+protection|cla|looked\s+after|\w+[\s-](?:week|month)(?:ly)?)\s+){0,4}"
    r"|(?<=\d)\s+(?:the\s+)?(?:last|previous|latest|most\s+recent)\s+)"
    r"(?P<review>reviews?)\b")


# A group of people, not a meeting or a session of the services: "disrupt the group at the
# chippy", "the group of older lads", "break up the group outside the shop", a "peer group".
_PEOPLE_GROUP = on_first_use(
    r"\b(?:(?:peer|friendship|street|older)\s+groups?"
    # ... what is done to it is done to people: "disrupt the group", "move the group on"
    r"|(?:disrupt\w*|break\w*\s+up|split\w*\s+up|mov\w+\s+on|target\w*|tackl\w*|confront\w*)"
    r"\s+(?:the|that|this)\s+groups?|(?<=\bthe\s)groups?(?=\s+(?:at|outside"
    r"|near|by|round|around|behind|hanging|who|that\s+(?:gives?|hangs?|meets?|picks?|waits?)"
    r"|of\s+(?:\w+\s+)?(?:lads|boys|girls|men|males|youths|teenagers|friends|peers|adults"
    r"|young\s+people|people))\b))")


def _said(lowered: str) -> str:
    """The services' set phrases read as their plain verb: "took place" as held, "left a
    message" as sent, "police informed" as a referral made, "passed to the team" as
    transferred, "waiting to hear back" as awaited."""
    said = _MESSAGE_LEFT.sub(" sent voicemail ", _SERVICE_PHRASE.sub(" held ", lowered))
    said = _TOLD_AGENCY.sub(" referral made ", said)
    said = _HANDED_ON.sub(" transferred to ", _WAITING.sub(" awaiting response ", said))
    if _SENT_NOTE.match(said):
        said = _SENT_VERB.sub(" sent ", _SENT_NOTE.sub(" message ", said, count=1), count=1)
    said = _CAME_IN.sub(r"\1 received", said)
    said = _ESCALATED.sub(" onward to ", said)
    said = _CAME_TO.sub(" attended ", said)
    said = _KEPT_IN_TOUCH.sub(" call made ", said)
    said = _RESULT.sub(" found ", said)
    said = _OPEN_TO.sub(" open case ", said)
    said = _NOTHING_TO_SAY.sub(" no update ", _REPORT_FILED.sub(" referral made ", said))
    return _REFERENCE.sub(" log ", said)


# Who will do a next step, said before its "will" or "to": a worker or an agency.
_AGENTS = (r"(?:the\s+|my\s+|our\s+|her\s+|his\s+|their\s+)?"
           r"(?:(?:family\s+support\s+|youth\s+|social\s+|key\s+"
           r"|case\s*)?worker|sw|fsw|school|nursery|college|police|gp|health\s+visitor|hv|school\s+nurse"
           r"|(?:team\s+)?manager|dsl|head(?:\s*teacher)?|teacher|iro|chair|probation|camhs"
           r"|(?:drug|alcohol)\s+service|network|midwife|paediatrician|doctor|practitioner"
           # school and care roles as they are typed, in small letters too: "senco to ring
           # mum", "personal adviser to help her with the form"
           r"|senco|(?:personal|housing|benefits?|careers?)\s+advis[eo]r|housing\s+officer"
           r"|(?:support|family|early\s+help|leaving\s+care|outreach|young\s+carers?)\s+worker"
           r"|leaving\s+care(?:\s+team)?|form\s+tutor|head\s+of\s+year|learning\s+mentor"
           r"|pastoral\s+(?:lead|team|manager)"
           # ... and roles named by what they do: "the safeguarding lead will send me ...",
           # "the police domestic abuse officer will", "the speech therapist to see him"
           # (each word before the role read whole, `++`: a letter is never a space, so no
           # shorter part of it could be followed by one, and `re` need not try them)
           r"|(?:designated\s+)?safeguarding\s+lead|(?:[a-z]++\s+){0,3}?(?:officer|nurse|therapist"
           r"|co-?ordinator)"
           # ... and a service by its name: "childrens services to step in" (set AK)
           r"|children['’]?s\s+(?:social\s+)?(?:services|social\s+care)|social\s+(?:care|services)"
           r"|early\s+help(?:\s+team)?)")
_DOER = on_first_use(
    rf"^\W*+(?:i|we|{_AGENTS})\s+(?:will|shall|is\s+going\s+to|to)\b|^\W*+(?:i|we)'ll\b"
    # ... or must: "I must make the referral by Friday", "we need to book a core group"
    rf"|^\W*+(?:i|we|{_AGENTS})\s+(?:must|(?:need|needs|have|has)\s+to)\s+(?!be\b)[a-z]"
    # The step as agreed: "we agreed I'd update the plan", "agreed that the nurse would visit"
    rf"|^\W*+(?:(?:i|we|{_AGENTS})\s+)?(?:agreed|said|promised|offered|arranged|decided)\s+"
    rf"(?:that\s+)?(?:i|we|{_AGENTS})\s*(?:would|will|'d|'ll|to|should|shall)\b"
    rf"|\bto\s+be\s+\w+\s+by\s+{_AGENTS}\b"  # "to be arranged by the social worker"
    # "who: what, by when", as the question asks: "young carers worker: refer to the group"
    rf"|^\W*+(?:[a-z'-]++\s+){{0,2}}?{_AGENTS}\s*:\s*[a-z]")


def _doer(lowered: str) -> bool:
    """Whether `_DOER` finds who will do a step in `lowered`. Each of its ways reads from the
    start but one ("to be arranged by the social worker"), which holds "by": searched for
    only then, not tried at every place in the sentence (over twice the work)."""
    return _DOER.match(lowered) is not None or (
        "by" in lowered and _DOER.search(lowered) is not None)


# A worker named by initials or first name: "JP to visit weekly", "Sam will ring by Friday",
# "SH: ask for an assessment by Fri". Not the short name of a plan, a meeting or the council
# ("CIN: visits to continue weekly", "LA: case to remain open"): the services' own process.
_PROCESS_NAMES = (r"CIN|CP|CPP|CPC|TAF|TAC|LA|ICPC|RCPC|CLA|LAC|PLO|EHA|EH|CAF|FGC|CG|PEP|EHCP"
                  r"|SEN|MAP|CYP|IFD|FSP|SGO")
_NAMED_DOER = on_first_use(rf"\W*(?!(?:{_PROCESS_NAMES})\b)([A-Z]{{2,3}}|[A-Z][a-z]+)"
                           r"(?:\s+(?:will|shall|is\s+going\s+to|to)\s+(?!be\b)|\s*:\s*)\w")
# When it will be done, said first: "By 1 May, PA books the appointment".
_FRONTED_WHEN = on_first_use(r"\W*(?:(?:by|before|within|on)\s+[^,;:.]{1,30}|next\s+\w+"
                             r"|this\s+(?:week|month|term)|tomorrow|today|tonight)\s*,\s*",
                             re.IGNORECASE)
# What they will do, not what they did ("the school held a meeting", "we agreed the plan").
_DID = (r"(?:had|has|have|was|were|held|met|went|saw|told|said|made|did|gave|took|came|spoke"
        r"|rang|sent|brought|found|kept|left|wrote|began|got|heard|paid)\b"
        r"|(?!(?:n?eed|feed|proceed|succeed|exceed)\b)[a-z]+ed\b")
_DOES = rf"\s+(?:will\s+|to\s+|is\s+going\s+to\s+)?(?!{_DID})[a-z]+\b"
_DOER_ACTS = on_first_use(rf"(?:i|we|{_AGENTS}){_DOES}", re.IGNORECASE)
_NAMED_ACTS = on_first_use(rf"(?!(?:{_PROCESS_NAMES})\b)([A-Z]{{2,3}}|[A-Z][a-z]+)"
                           rf"(?:\s+and\s+(?:his|her|their)\s+\w+)?{_DOES}")


def _doer_acts(rest: str) -> bool:
    """Whether what follows a date said first starts with who does it and what: initials or
    a name, as `_NAMED_DOER` takes them ("The core group met" or "Social Care completed" is
    none)."""
    named = _NAMED_ACTS.match(rest)
    return bool(_DOER_ACTS.match(rest) or (named and (
        named.group(1).isupper() or looks_like_a_name(named.group(1)))))


# When it will be done: a day, a date, a span or a set time ("at some point" is none).
_WHEN = on_first_use(
    r"\b(?:by|before|within|until|till|on|from|every|each)\s+(?!some\b)\w"
    r"|\bin\s+(?:\w+\s+)?(?:days?|weeks?|months?|wks?)\b|\b\d"
    r"|\b(?:today|tomorrow|tonight|weekly|fortnightly|monthly|daily|next\s+\w+"
    r"|this\s+(?:week|month|term|afternoon|evening)|end\s+of|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b")


def _only_the_services_next(sentence: str, lowered: str) -> bool:
    """A next step that is only the services' own process, with nobody to do it or no time
    to do it by: "case to remain open for a further 3 months", "core group to be arranged
    within 10 working days", "visits to increase to weekly", "I will look into a family
    group conference at some point". A thing of the services is in it, nobody of the family
    is (not even as what is done to them: "I will visit on Tuesday and see both children"
    concerns the children), and nothing happens in anyone's life but the services' own
    meeting, seeing, bringing and starting. Who does what by when is a next step as the
    framework asks for one, services' own or not: "social worker to complete the
    assessment by the end of the month". `lowered` is `_lowered(sentence)`."""
    if _SCALE_POINT.match(lowered):
        # What a higher number would look like: "A 5 would be a date to view a flat" is a
        # date in the young person's life. "A 6 would be the core group going ahead" is
        # still only the services' own.
        lowered = _A_DATE.sub(lambda m: "x" * len(m.group()), lowered)
    # "Mum needs to", "R needs to": what someone must do, not the family's needs
    if _NEEDS_WORD in lowered:
        lowered = _NEEDS_TO.sub("must", lowered)
    first = _tokens(lowered)
    if _NEXT_GATE.isdisjoint(first) or ("to" not in first and _AHEAD.isdisjoint(first)
                                        and not _AHEAD_WORD.search(lowered)):
        return False  # no thing of the services, nor a word the set phrases make one of
    said = _said(_CALL_OUTS.sub("callouts", _WORKING_DAYS.sub(" days", lowered)))
    tokens = _tokens(said)
    if not tokens or _NEXT_THINGS.isdisjoint(tokens) or _ABOUT.search(said) \
            or tokens[0] in _BACK:
        return False  # "this will carry on until the review": what the sentence before said
    if _AHEAD.isdisjoint(tokens) and not _AHEAD_WORD.search(lowered) \
            and not _STILL_TO_DO.search(lowered) and not _headed(tokens):
        return False  # not a next step
    if not _WHAT_FOR.isdisjoint(tokens):
        return False  # "will start visiting on Monday to help with bedtimes": what it is for
    if any(word in _SEEING and _looked_at(tokens[at + 1:]) for at, word in enumerate(tokens)):
        return False  # "I'll see it on my visit": what someone of the family did, checked
    named = _named(sentence) | _named_first(sentence)
    for at, token in enumerate(tokens):
        person = token.split("'")[0]
        if person in _WORKER:
            continue
        if person in _FAMILY or person in _THEM or person in _OTHERS or token in named:
            after = tokens[at + 1] if at + 1 < len(tokens) else ""
            if token == person and person in _FAMILY and after in _NAMED_FOR \
                    and person not in _PRONOUNS:
                continue  # "a family meeting", "child protection conference"
            return False
    return not any(word in _LIFE and word not in _THE_SERVICES_OWN
                   and not (before in _NOUN_BEFORE and word in BARE_VERBS)
                   for before, word in pairwise(["", *tokens]))


_NEEDS_TO = on_first_use(r"\bneeds?\s+to\b")
_NEEDS_WORD = "need"  # in all it finds
_A_DATE = on_first_use(r"\bdates?\b")
# A point on the scale, as the scale's follow-up asks what one point higher would look like.
_SCALE_POINT = on_first_use(r"\s*(?:an?\s+)?(?:10|[0-9](?:\.5)?|one|two|three|four|five|six"
                            r"|seven|eight|nine|ten)(?:\s*/\s*10|\s+out\s+of\s+(?:10|ten))?"
                            r"\s+(?:would|will|could|might)\b")


# A child by two or three initials, as the bot asks them to be named, with what they need:
# "KM needs breakfast before school" is the child's need, as "K needs ..." is ("needs" is
# also a thing of the services: "her needs were assessed"). Not "SW needs to visit", nor
# what is needed of the services ("KM needs a core group"), asked as before.
_INITIALS_NEED = on_first_use(r"\W*([A-HJ-Z][A-Z]{1,2})\s+needs?\b(?!\s+to\b)")


def _named_first(sentence: str) -> set[str]:
    """The first word, if it is a first name ("Mark will give a urine test") or an initial
    ("R needs to be part of the plan"): `_named` leaves it, as a capital there is how
    sentences start."""
    initial = INITIAL.match(sentence.lstrip())
    if initial is not None and initial.group() != "A":
        return {initial.group().lower()}
    if (child := _INITIALS_NEED.match(sentence)) is not None and _NEXT_THINGS.isdisjoint(
            _tokens(_lowered(sentence[child.end():]))):
        return {child.group(1).lower()}
    first = _FIRST_WORD.match(sentence)
    if first is None or first.group(1).lower() in _AHEAD or not looks_like_a_name(
            first.group(1)):
        return set()
    return {first.group(1).lower()}


def _headed(tokens: list[str]) -> bool:
    """Whether a sentence is a note of a step, a thing or a worker then "to": "case to
    remain open", "visits to increase", "social worker to complete" (not "the school uses
    ClassDojo to send messages", where a verb comes first)."""
    if "to" not in tokens[1:4]:
        return False
    return not any(word in _LIFE or (word.endswith(("s", "ed")) and word not in _SERVICE_THINGS)
                   for word in tokens[:tokens.index("to")])


def _looked_at(rest: list[str]) -> bool:
    """Whether what is seen, checked or passed on is not a thing of the services: "see it",
    "check the cot", "see this", "share the results" (not "check the plan")."""
    if rest and rest[0] in _BACK:
        return True  # "to see this": what the sentence before said the family will do
    rest = [word for word in rest if word not in _NOUN_BEFORE]
    return bool(rest) and rest[0] not in _SERVICE_THINGS and rest[0] not in _AHEAD \
        and rest[0] not in _BY


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
               and not (before in _SERVICE_THINGS and word in _OF_A_SERVICE)
               and (family or word not in _CONTACT)
               and not (before == "to" and word in _GOES_ON)  # "case to stay open"
               # A verb's form said of a thing of the services: "the written agreement".
               and not (before in _NOUN_BEFORE and after in _SERVICE_THINGS)
               for before, word, after in zip(["", *tokens], tokens, [*tokens[1:], ""],
                                              strict=False))


# A verb of the services in the past with no "-ed": "meeting held to discuss the family",
# "visit made to check on the baby" were done, not still to do.
_DONE_BEFORE = words("held made sent seen done given undertaken undertook set")


def _to_do(tokens: list[str]) -> bool:
    """"Social worker to arrange a meeting", "a referral to be made": still to be done (but
    "all agencies agreed to continue" was done: a verb in the past comes before its "to")."""
    return any(first == "to" and (((then == "be" or then in _SERVICE_VERBS)
                                   and not (before.endswith("ed") or before in _DONE_BEFORE)
                                   and then not in _GOES_ON)
                                  or (before in _AGREEING and then not in _SERVICE_VERBS
                                      and not _whom(then)))
               for before, first, then in zip(["", *tokens], tokens, tokens[1:], strict=False))


def _whom(word: str) -> bool:
    """Whether a word after "offered to" is whom it was offered to ("support offered to mum",
    "offered to the family"), not the step offered ("offered to check in each week")."""
    return word in _FAMILY or word in _THEM or word in _NOUN_BEFORE or word in _OTHERS \
        or word.endswith("'s")


_PUT = words("made put placed registered stepped")
_ON = words("subject on onto under down up")


def _put_on_a_plan(rest: list[str]) -> bool:
    """Whether the words after a person put them on a plan, a register or a service's step
    ("made subject to plans", "placed on a child protection plan", "stepped down to early
    help"): done to them, in a note's short way, helper verb and all left out."""
    return rest[0] in _PUT and rest[1:2] != [] and rest[1] in _ON \
        and any(word in _SERVICE_THINGS or word in _PLAN_WORDS for word in rest[2:7])


_PLAN_WORDS = words("register help plans plan protection order orders")


def _a_service_given(rest: list[str]) -> bool:
    """Whether what follows a verb of giving is a thing of the services ("support", "a
    referral", "a place on the course"), so the one before it is given it."""
    if rest and rest[0] in _NOUN_BEFORE:
        rest = rest[1:]
    return bool(rest) and (rest[0] in _SERVICE_THINGS
                           or (rest[0] in _PLACES and rest[1:2] in (["on"], ["at"])))


def _met_by_services(tokens: list[str]) -> bool:
    """"The core group met": a meeting of the services, not someone meeting someone."""
    at = tokens.index("met")
    return at > 0 and tokens[at - 1] in _MEETERS


def _someone_acts(tokens: list[str], named: set[str]) -> bool:
    """Whether anyone in the family (or named) does something in the sentence, rather than
    being what the services did something to or for ("Mum was signposted", "family seen",
    "signed by both parents", "Dad's course was funded")."""
    for at, token in enumerate(tokens):
        if token.endswith("'s") or (token not in _FAMILY and token not in named
                                    and token not in _OTHERS):
            continue  # the people of a child's life act too: "adults offering her money"
        # (read past "the" or "her" after "and": "... since March and the baby is gaining
        # weight" joins a doing, where "all the Caring Dads sessions" is still a thing done)
        det = 1 + (at > 1 and tokens[at - 1] in _DETERMINERS and tokens[at - 2] == "and")
        before = tokens[at - det] if at >= det else ""
        rest = tokens[at + 1:]
        joined = before == "and" and at > det and tokens[at - det - 1] not in _FAMILY \
            and tokens[at - det - 1] not in named  # "... since March and Mum now baths the kids"
        if token in named and rest and (rest[0] in _SERVICE_THINGS or rest[0] in _ORG_HEADS):
            continue  # a service's name: "the Freedom Programme", "Women's Aid group"
        if token in _FAMILY and rest and rest[0] in _NAMED_FOR:
            continue  # "child protection conference", "family meeting"
        if token in _WRITER and before == "and" and at > 1 and rest and rest[0] not in _PASSIVE \
                and (tokens[at - 2] in _FAMILY - _WORKER or tokens[at - 2] in named):
            return True  # "Mum and I made a plan with her sister": she did it with the writer
        if (before in _BY and not joined) or not rest or rest[0] in _FAMILY or rest[0] == "and":
            continue  # done to or for them, or "Mum and Dad were seen": the last is read
        while rest and (rest[0] in _PASSIVE or rest[0] in _NOW):
            rest = rest[1:]
        if rest and rest[0] in _SERVICE_VERBS and (rest[0] != tokens[at + 1]
                                                   or token in _WORKER):
            continue  # "Mum was signposted", "family were offered", "I completed a visit"
        if rest and rest[0] in _CONTACT and token in _WORKER:
            continue  # "I have rung the nursery": the services' own work
        if rest and _put_on_a_plan(rest):
            continue  # "children made subject to plans", "kids placed on CP plans"
        if rest and rest[0] in _GIVEN and _a_service_given(rest[1:]):
            continue  # "family offered a place on the course", "Mum given a referral"
        if rest and rest[0] in _TAKING_PART:
            continue  # "mum has attended 3 of 6 sessions"
        if tokens[at + 1] == "seen":
            continue  # "family seen"
        return True
    return False


NEXT_STEP_QUESTION = "Who will do it, and by when?"
# What the services did, given as what happens next ("referral made"): what comes after it.
DONE_STEP_QUESTION = "What happens after that: who will do what, and by when?"
# A time that is no time: "at some point", "in due course", "going forward", "when possible".
_NO_TIME = on_first_use(
    r"\b(?:at\s+some\s+(?:point|stage)|in\s+due\s+course|(?:going|moving)\s+forward"
    r"|at\s+a\s+(?:later|future)\s+(?:date|stage|point|time)|in\s+the\s+(?:near\s+)?future"
    r"|when\s+(?:possible|appropriate|needed|required|(?:time|capacity)\s+allows)|as\s+and\s+when"
    r"|as\s+soon\s+as\s+possible|asap|eventually)\b")
# A word each time that is no time holds, one of which a sentence is asked for first: most
# sentences hold none, and a few substring tests cost far less than `_NO_TIME`'s search,
# which is tried at every place of the sentence.
_NO_TIME_WORDS = ("some", "course", "forward", "later", "future", "when", "soon", "asap",
                  "eventually")


def _may_say_no_time(lowered: str) -> bool:
    """Whether the sentence (lower-cased) holds one of `_NO_TIME_WORDS`: without one,
    `_NO_TIME` finds nothing in it."""
    return any(word in lowered for word in _NO_TIME_WORDS)


def _no_time_in(lowered: str) -> bool:
    """Whether `_NO_TIME` finds a time that is no time in the sentence (lower-cased)."""
    return _may_say_no_time(lowered) and _NO_TIME.search(lowered) is not None


# Nobody in particular will do it: "someone will look into it", "services to review".
_NOBODY = on_first_use(r"^\W*(?:(?:someone|somebody)(?:\s+(?:from|in|at)\s+(?:the\s+)?\w+)?"
                       r"|services"
                       r"|agencies|professionals|(?:a|the)\s+(?:worker|team|service))\s+(?:will|to"
                       r"|is\s+going\s+to|are\s+going\s+to"
                       # "someone needs to look into it", "somebody should speak to dad"
                       r"|needs?\s+to|should|shd|shld|shud|must|ha(?:s|ve)\s+to|ought\s+to)\b")
# A time a step is to be done by: a day, a date, a span, a meeting ("from the team" is none).
_STEP_TIME = on_first_use(
    r"\b(?:by|before|within|until|till|on|from|every|each|after|at)\s+(?:the\s+|this\s+|next\s+)?"
    r"(?:\d|next|end|start|close|weekend|week|month|term|half|christmas|easter|summer|review"
    r"|conference|core|meeting|visit|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thurs?|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\bin\s+(?:\w+\s+)?(?:days?|weeks?|months?|wks?)\b|\b\d"
    r"|\b(?:today|tomorrow|tonight|weekly|fortnightly|monthly|daily|next\s+\w+"
    r"|this\s+(?:week|month|term|afternoon|evening)|end\s+of)\b"
    # part of a month or a season: "early January", "in early Jan", "late spring", "in March"
    r"|\b(?:early|mid|late)[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring"
    r"|summer|autumn|winter)|\bin\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    # ... or before a meeting, or in the new year: "ahead of the conference", "prior to the
    # review", "in the new year"
    r"|\b(?:ahead\s+of|prior\s+to|in\s+advance\s+of)\s+(?:the\s+|this\s+|next\s+|her\s+"
    r"|his\s+|their\s+|our\s+)?[a-z\d]|\bin\s+the\s+new\s+year\b")
# Done by nobody named: "a safety plan will be put in place", "family to be referred".
_AGENTLESS = on_first_use(
    r"\b(?:will|to|shall|is\s+to|are\s+to|needs?\s+to)\s+be\s+(?:put\s+in\s+place|set\s+up"
    r"|referred|arranged|organi[sz]ed|explored|looked\s+into|considered|offered|sought"
    r"|progressed|actioned|followed\s+up|convened|booked|implemented|signposted|allocated"
    # ... or any of the services' paperwork done by nobody named: "letter to be sent to
    # dad", "CV to be written"
    r"|sent|done|completed|made|written|carried\s+out|undertaken|submitted|requested"
    r"|discussed|reviewed|scheduled|chased|shared|updated|contacted|rebooked|rearranged"
    r"|agreed|filled\s+in|applied\s+for"
    # ... or a plan made by nobody named: "safety plan to be devised asap" (set AJ)
    r"|devised|drawn\s+up|developed|created|established|finali[sz]ed|put\s+together|sourced"
    r"|commissioned|initiated|co-?ordinated|facilitated)\b(?!\s+(?:\w+\s+)?by\b)"
    # ... a meeting held by nobody named ("strat to be held"), not a child held ("the baby
    # will be held calmly", what the child will experience)
    r"|\b(?:meetings?|strat|strategy|conferences?|conf|reviews?|groups?|discussions?|panels?"
    r"|sessions?|taf|tac|tam|fgc|icpc|rcpc)\s+(?:will|to|shall|is\s+to|are\s+to|needs?\s+to)"
    r"\s+be\s+held\b(?!\s+(?:\w+\s+)?by\b)"
    # "a referral will be made to early help": the services' paperwork, by nobody named.
    r"|\b(?:referrals?|assessments?|applications?|requests?)\s+(?:will|to|shall|is\s+to|are\s+to"
    r"|needs?\s+to)\s+be\s+(?:made|done|completed|sent|submitted|carried\s+out|undertaken)\b"
    r"(?!\s+(?:\w+\s+)?by\b)"
    # "joined up approach needed", "an assessment of the home is required": a thing of the
    # work said to be needed, by no one
    r"|^\W*(?:(?:an?|the|more|some|further|extra)\s+)?(?:[\w-]+\s+){0,2}?(?:approach|support"
    r"|assessments?|referrals?|plan|meetings?|input|help|work|review|action|interventions?"
    r"|checks?|visits?)\s+(?:(?:of|for|to|with|from|around|re)\s+(?:[\w'-]+\s+){0,3}?)?"
    r"(?:is\s+|are\s+)?(?:still\s+)?(?:needed|required|necessary)\b(?!\s+(?:\w+\s+)?by\b)")


def _agentless(lowered: str) -> bool:
    """Whether `_AGENTLESS` finds a step done by nobody named in the lower-cased sentence.
    Every match holds "be" (each way but the last: "to be", "will be") or what is needed
    (the last): a sentence with none is not searched, which tried every place of it."""
    return ("be" in lowered or "needed" in lowered or "required" in lowered
            or "necessary" in lowered) and _AGENTLESS.search(lowered) is not None


# A step written as a note, the services' work with nobody to do it: "follow up with mum",
# "chase GP for info", "to arrange a meeting with the school", "need to discuss with manager".
_BARE_VERBS = ("arrange follow chase ring call phone email e-mail text speak talk liaise"
               " book refer consider explore seek share send convene organise organize discuss"
               # ... and the other work a note may start on: "check in with mum", "ask school
               # for figures", "consult the GP". Not a verb a note of what someone does well
               # opens on as often ("get on well with nan", "make friends easily", "do her
               # own hair", "write stories"): those steps have their own shapes below.
               " check ask invite request obtain gather ensure inform involve consult schedule"
               " confirm undertake update"
               # ... and pointing the family to a service: "signpost mum to citizens advice"
               " signpost")
# The services' work that starts on such a verb, in its own shape: someone got involved, a
# child seen where or how, a letter written to someone, a piece of work completed.
_SERVICE_WORK = (
    r"get\s+(?:\w+\s+){1,3}involved\b"
    r"|see\s+(?:\w+\s+){1,4}(?:alone|separately|together|on\s+(?:their|his|her)\s+own"
    r"|at\s+(?:home|school|nursery|college|the\s+(?:house|home|school|nursery|office)))\b"
    r"|write\s+to\b"
    # ... or the work with someone of the family, and what it is about: "work with dad on his
    # temper", "support mum with the school run", "help J with his anger"
    r"|(?:work\s+(?:with|alongside)|support|help)\s+(?:mum|mom|mam|dad|parents?|carers?|him|her"
    r"|them|nan|gran|the\s+(?:family|parents|carers|children|kids|child|young\s+person|boys"
    r"|girls)|[a-z](?=\s))\s+(?:with|on|around|to|re)\b"
    r"|(?:complete|do|make|undertake)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:visits?|assessments?"
    r"|referrals?|checks?|plans?|reviews?|reports?|forms?|chronology|applications?)\b"
    # ... or named as more of it: "ongoing work with mum re her drinking", "further direct
    # work with the kids". Not what more of it did ("regular visits from nan have helped"),
    # nor help someone gives, as a strength is noted ("ongoing support from nan").
    r"|(?:ongoing|continued|continuing|further|regular|additional|extra|more)\s+(?:\w+\s+){0,2}?"
    r"(?:work|support|input|sessions|monitoring|involvement|intervention|visits|assessment)\b"
    r"(?![^.;!?]*\b(?:has|have|had|is|are|was|were|been|helps?|helped|means?|meant|made|makes"
    r"|kept|keeps|gives?|gave|stopped|started|from)\b)")
# ... not the same word as a noun: "phone calls from dad have stopped", "contact with dad".
_BARE_STEP = on_first_use(
    r"^\W*(?:(?:next\s+steps?|actions?|to\s*do|plan)\s*[:\-–]\s*)?(?:(?:to|need\s+to|needs\s+to"
    r"|must|should)\s+)?(?:(?:" + "|".join(_BARE_VERBS.split())
    + r"|contact(?!\s+with\b)|look\s+into|find\s+out)(?:\s+up)?\s+"
    r"(?!(?:by|that|about|of|from|for|calls?|messages?|records?|logs?|numbers?|conversations?"
    r"|time|centre|center|visits?|sessions?|was|were|is|are|has|have|had|went|and|or|so"
    r"|above|below|attached|notes?|you)\b)\w|" + _SERVICE_WORK + ")")
_BARE_GATE = words(_BARE_VERBS + " contact look find get see write complete do make ongoing"
                   " work support help"
                   " continued continuing further regular additional extra more")
# The quick test: a next step says one of these.
_STEP_WORDS = words("will to 'll going shall needs need must should ought needed required"
                    " necessary")
# The quick test over the whole answer: a vague step holds one of these words.
_VAGUE_GATE = words("""be will someone somebody services agencies professionals worker team service
    some due forward later future possible appropriate needed required allows when asap
    eventually""")


# Help named only as help, by someone who will give it: "the personal adviser to support
# the young person with housing", "key worker to help mum with budgeting".
_HELP = on_first_use(r"\s+(?:will\s+|to\s+|is\s+going\s+to\s+|shall\s+)(?:continue\s+to\s+)?"
                     r"(?:support|help|assist|work\s+with|offer\s+support|provide\s+support"
                     r"|give\s+support)\b")
HELP_STEP_QUESTION = "What exactly will they do, and by when?"


def help_steps(text: str, masked: str) -> list[tuple[int, int]]:
    """The spans of next steps in which a worker will help, said only as help, with no day to
    it: "the personal adviser to support the young person with housing". Who will give it is
    said; what they will do and by when are not. With a day ("... at their session on 10
    Dec"), or what the help is ("help her fill in the form"), it is left alone."""
    if "support" not in masked.lower() and "help" not in masked.lower() \
            and "assist" not in masked.lower() and "work with" not in masked.lower():
        return []
    return [(start, end) for start, end in sentence_spans(masked)
            if masked[start:end] == text[start:end] and masked[end:end + 1] != "?"
            and _helps_only(masked[start:end])]


def _helps_only(sentence: str) -> bool:
    lowered = _lowered(sentence)
    opening = _HELP_DOER.match(lowered)
    if opening is None:
        return False
    rest = lowered[opening.end():]
    # what the help is, said as a doing: "help her fill in the form", "support him to apply"
    return not (_STEP_TIME.search(lowered) or _HELP_WHAT.match(rest))


# ... or by a carer, a mentor or a visitor for the young person, as plans name them ("IV to
# support", "carers to support with this"): helpers, not agents of the steps read elsewhere.
_HELPERS = (r"(?:the\s+|my\s+|our\s+|her\s+|his\s+|their\s+)?(?:(?:foster|kinship|residential"
            r"|respite)\s+)?(?:carers?|iv|independent\s+visitor|pa|mentor|advocate|befriender"
            r"|key\s*worker|(?:residential\s+|support\s+)?staff)")
_HELP_DOER = on_first_use(rf"^\W*+(?:i|we|{_AGENTS}|{_HELPERS}){_HELP.pattern}")
_HELP_WHAT = on_first_use(r"\s*(?:\w+\s+){0,2}?(?:to\s+)?(?:fill|apply|ring|call|phone|book|go|take"
                          r"|write|read|open|pack|move|visit|view|look\s+at|sign|attend|get|find"
                          r"|set\s+up|sort\s+out|bid|cook|budget|shop|claim|pay|enrol|register"
                          r"|learn|practi[cs]e|travel|catch|search|choose|prepare)\b"
                          r"(?!\s+with\b)")


def agentless_steps(text: str, masked: str, vague: list[tuple[int, int]] | None = None
                    ) -> list[tuple[int, int]]:
    """The spans of `vague_steps` that are to be done by nobody at all, said in the passive
    or by "someone" ("home visit to be booked", "a referral to be made", "strat to be held",
    "someone will look into it"): nothing has been done yet, so they are asked who will do
    them and by when before they could be read as what the services did. `vague`: the
    answer's `vague_steps`, where the caller has them."""
    return [(start, end) for start, end in (vague_steps(text, masked) if vague is None
                                            else vague)
            if _agentless(lowered := _lowered(masked[start:end]))
            or _NOBODY.search(lowered)]


# What someone fears or expects will be done to them, which is not a step anyone is to take:
# "he is scared he will be sent to the secure unit", "mum is afraid the kids will be sent to
# different foster homes" (not what someone thinks will be done: "I think the referral will be
# sent" is still a step with nobody to it).
_FEARED = on_first_use(
    r"\b(?:scared|afraid|frightened|terrified|worried|worries|worry|fears?|feared|panicking"
    r"|panics|convinced)\s+(?:that\s+)?(?:he|she"
    r"|they|i|we|you|(?:the|his|her|their|my|our)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:will|['’]ll"
    r"|would|(?:is|are|am)\s+going\s+to)\s+(?:\w+\s+)?be\s+\w+")


def vague_steps(text: str, masked: str) -> list[tuple[int, int]]:
    """The spans of next steps that say neither who will do them nor by when: "someone will
    look into it at some point", "a safety plan will be put in place", "family to be referred
    to a parenting programme", "caseworker to follow up in due course". A step that names
    who and a time ("I will ring the school by Friday") is left alone, and so is a step of
    someone in the family ("Mum will keep going to her group going forward")."""
    tokens = _tokens(masked.lower())
    if _VAGUE_GATE.isdisjoint(tokens) and _BARE_GATE.isdisjoint(tokens):
        return []
    return [(start, end) for start, end in sentence_spans(masked)
            if masked[start:end] == text[start:end]  # a quote: someone's own words
            and masked[end:end + 1] != "?" and _vague_step(masked[start:end])]


# Words after a first "Will" that say it is a name, not the start of a step: "Will has kept
# every appointment", "Will rang the GP" (a step's "will" comes before a verb's base form).
_NOT_BASE = words("""has had is was were are am and or did does said told rang went came saw
    took got made kept gave found brought bought ran sat stood began left felt heard knew met
    paid sent spoke thought wrote 's too also""")


def _base_verb(word: list[str]) -> bool:
    """Whether the word after "will" may be a verb's base form ("look", "ring", "discuss"),
    not a past ("rang", "asked") or a present in -s ("has", "rings")."""
    if not word:
        return False
    w = word[0]
    return w not in _NOT_BASE and not (w.endswith("ed") and not w.endswith("eed")) \
        and not (w.endswith("s") and not w.endswith("ss"))


def _vague_step(sentence: str) -> bool:
    lowered = _lowered(sentence)
    tokens = _tokens(lowered)
    if _BARE_STEP.match(lowered):  # "follow up with mum", "to arrange a meeting with school"
        return not (_STEP_TIME.search(lowered) or _ABOUT.search(lowered))
    # (A time or what it is about, two searches tried at every place, is asked last: the
    # rest, mostly look-ups of the first words, settles most sentences first.)
    return not _STEP_WORDS.isdisjoint(tokens) and _vague_untimed(sentence, lowered, tokens) \
        and not (_STEP_TIME.search(lowered) or _ABOUT.search(lowered))


def _vague_untimed(sentence: str, lowered: str, tokens: list[str]) -> bool:
    """`_vague_step` for a sentence holding a step's word, as if it named no time and was
    about no harm."""
    if (_agentless(lowered) or _NOBODY.search(lowered)) and not _FEARED.search(lowered):
        return not _named_first(sentence)
    if tokens[0] == "will" and _base_verb(tokens[1:2]) and not _NEXT_THINGS.isdisjoint(tokens):
        return True  # "will look into a referral": nobody said, and no time
    if not _no_time_in(lowered) or not (_doer(lowered) or _AHEAD_WORD.search(lowered)
                                        or _family_note(tokens)):
        return False
    # (the family's own step "when needed" is theirs to judge; only far off, it has no time:
    # "mum to ring the college eventually")
    far_off = all(_FAR_OFF.fullmatch(m.group()) for m in _NO_TIME.finditer(lowered))
    return bool(tokens) and (far_off or tokens[0].split("'")[0] not in _FAMILY | _THEM) \
        and not _named_first(sentence)


def _family_note(tokens: list[str]) -> bool:
    """Whether a step is someone of the family's in note form, "mum to ring the college"
    (as a worker's is "social worker to visit": `_NOTE_STEP`)."""
    return len(tokens) > 2 and tokens[1] == "to" and tokens[0] in _FAMILY \
        and tokens[2] != "be"


# Something must be done by nobody in particular: the services at large, "someone", or a
# thing of the work that is "needed" ("services need to do something", "I think SS need to
# be involved", "children's services should step in", "a referral is needed", "referral
# needed asap"). Asked who will do it and by when, before it is read as what the services
# did: nothing has been done yet.
_UNOWNED = on_first_use(
    r"^\W*(?:(?:i|we)\s+(?:think|feel|believe)\s+(?:that\s+)?)?(?:"
    # ... or a need with nobody in it: "there needs to be more support", "there should be
    # better communication between agencies", "there is a need for a plan"
    r"there\s+(?:really\s+)?(?:needs?\s+to\s+be|should\s+be|shd\s+be|must\s+be|ha(?:s|ve)\s+to"
    r"\s+be|ought\s+to\s+be|is\s+a\s+(?:real\s+|clear\s+)?need\s+for)\b|"
    r"(?:(?:the\s+)?(?:children['’]?s\s+|social\s+)?services|ss|social\s+care|(?:the\s+)?(?:local"
    r"\s+authority|council|authorities)|agencies|professionals|(?:someone|somebody)(?:\s+else)?"
    r"|every(?:one|body))\s+(?:really\s+)?(?:needs?\s+to|should|shd|shld|shud|must|ha(?:s|ve)\s+to"
    r"|ought\s+to)\b"
    # ... or said as what someone would benefit from, and no more: "family would benefit from
    # support", "mum would benefit from a parenting course" (not "... as she can't read")
    r"|(?:(?:the|her|his|their)\s+)?(?:[\w'-]+\s+){1,2}?(?:would|could|will|might)\s+"
    r"(?:really\s+|definitely\s+|probably\s+)?benefit\s+from\s+(?:[\w'-]+\s*){1,6}$"
    r"|(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?(?:referrals?|assessments?|meetings?|conferences?"
    r"|investigations?|interventions?|involvement|support|visits?|checks?)\s+(?:(?:is|are)\s+)?"
    r"(?:urgently\s+|really\s+)?(?:needed|required|necessary|needs\s+(?:to\s+be\s+)?(?:made|done"
    r"|held|completed)))\b")


def unowned_needs(text: str, masked: str) -> list[tuple[int, int]]:
    """The spans of sentences saying something must be done, by nobody in particular and
    with no day to it (`_UNOWNED`). "A referral to the housing team is needed and I will make
    it by Friday" says who and when, and is left alone."""
    lowered = masked.lower()
    if not any(word in lowered for word in ("need", "should", "shd", "shld", "shud", "must",
                                            "have to", "has to", "ought", "required", "necessary",
                                            "benefit")):
        return []
    return [(start, end) for start, end in sentence_spans(masked)
            if masked[start:end] == text[start:end] and masked[end:end + 1] != "?"
            and _UNOWNED.match(_lowered(masked[start:end]))
            and not _STEP_TIME.search(_lowered(masked[start:end]))
            and not _ON_CONDITION.search(_lowered(masked[start:end]))
            and not _doer_in(_lowered(masked[start:end]))]


# Who will do it, said later in the sentence: "... and I will make it", "... so the social
# worker will ring".
_DOER_IN = on_first_use(rf"\b(?:i|we|{_AGENTS})\s+(?:will|shall|am\s+going\s+to|to(?!\s+be\b))\b"
                        r"|\bi['’]ll\b")


# ... quickly ruled out: the last word of "i", "we" or each of `_AGENTS` (or what it ends
# a word with: "caseworker", "co-ordinator"), then what `_DOER_IN` asks after it, or "i'll"
# (`_I_LL`). A sentence with neither is not searched with `_DOER_IN`, which tries every
# worker's name at each word. (Asked only whether they find anything, the words are one
# choice with their common starts shared, which opens with one of the letters they start
# with, and `re` scans for those; written flat, with "i'll" a way of the same pattern, it
# was tried at every character and each of its forty words in turn.)
_ENDS_A_DOER_WORDS = (
    "i we worker sw school nursery college police gp visitor hv nurse manager dsl head teacher"
    " iro chair probation camhs service network midwife paediatrician doctor practitioner senco"
    " adviser advisor officer care team tutor year mentor lead therapist ordinator services"
    " help")
_ENDS_A_DOER = on_first_use(rf"{alternation(_ENDS_A_DOER_WORDS)}\s+"
                            r"(?:will|shall|am\s+going\s+to|to(?!\s+be\b))\b")
_I_LL = on_first_use(r"i['’]ll\b")


def _doer_in(lowered: str) -> bool:
    """Whether `_DOER_IN` finds who will do it later in `lowered` (`_ENDS_A_DOER` and
    `_I_LL` first)."""
    return (_ENDS_A_DOER.search(lowered) is not None or _I_LL.search(lowered) is not None) \
        and _DOER_IN.search(lowered) is not None


# A next step in note form, a worker "to" do it, with no day or time: "social worker to visit
# mum", "the school nurse to weigh him". Who and what are said; when is not.
# (said as a wish, "for childrens services to step in" (set AK), it is such a step too)
_NOTE_STEP = on_first_use(rf"^\W*+(?:for\s+)?(?:(?:[a-z]+\s+and\s+)?{_AGENTS})\s+to\s+(?!be\b)"
                          r"[a-z]+\b")
# ... or said with "will", at a question asking what happens next: "the senco will assess
# him" (elsewhere, a goal says what the adults will be doing with "will", and asks for how
# long of its own).
# (the writer's own, forty-third, set AA: "I will speak to mum about it", "I'll ring dad",
# "Will speak to mum", as a worker's note leaves the "I" out)
_WILL_STEP = on_first_use(rf"^\W*+(?:(?:(?:[a-z]+\s+and\s+)?{_AGENTS})\s+will|(?:i|we)\s+will"
                          r"|(?:i|we)'ll|will)\s+(?!be\b)[a-z]+\b")
WHEN_QUESTION = "By when will it be done, or how often?"


def undated_steps(text: str, masked: str, *, will: bool = False) -> list[tuple[int, int]]:
    """The spans of next steps in note form, "worker to do it" (`_NOTE_STEP`), with nothing
    of when: "social worker to visit mum on 9 Dec" or "... every week" is left alone.
    `will`: at a question asking what happens next, "worker will do it" is such a step too."""
    lowered_all = masked.lower()
    if " to " not in lowered_all and not (will and ("will " in lowered_all
                                                    or "'ll " in lowered_all
                                                    or "’ll " in lowered_all)):
        return []
    spans = list(sentence_spans(masked))
    return [(start, end) for at, (start, end) in enumerate(spans)
            if masked[start:end] == text[start:end] and masked[end:end + 1] != "?"
            and ((_NOTE_STEP.match(lowered := _lowered(masked[start:end])))
                 or (will and _WILL_STEP.match(lowered)))
            and not _timed(lowered) and not _timed_before(masked, spans, at)]


def _timed(lowered: str) -> bool:
    """Whether a step says when, or on what it is done, or that it is done when needed; a
    time that is only far off is none ("mum to ring the college eventually", "at some
    point": asked by when)."""
    return bool(_STEP_TIME.search(lowered) or _WHEN.search(lowered)
                or _ON_CONDITION.search(lowered)) \
        or (_may_say_no_time(lowered) and any(not _FAR_OFF.fullmatch(m.group())
                                              for m in _NO_TIME.finditer(lowered)))


# A condition that is none, for a step with no one to it: "step down to universal services
# when appropriate" (set AK) is still asked who will do it and by when.
_NO_CONDITION = on_first_use(r"\b(?:when\s+(?:possible|appropriate|needed|required|necessary"
                             r"|(?:time|capacity)\s+allows)|as\s+and\s+when)\b")


# A time that is no time, only far off: "at some point", "in due course", "eventually" (not
# "going forward", which is from now on: "Dad will keep going to his meetings going forward").
_FAR_OFF = on_first_use(r"at\s+some\s+(?:point|stage)|in\s+due\s+course"
                        r"|at\s+a\s+(?:later|future)\s+(?:date|stage|point|time)"
                        r"|in\s+the\s+(?:near\s+)?future|eventually")


def _timed_before(masked: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Whether the step at `at` follows a semicolon after a step that says when: the two are
    one ("TJ will ring the college by Friday; his youth worker will sit with him")."""
    if not at or masked[spans[at - 1][1]:spans[at][0]].strip() != ";":
        return False
    return _timed(_lowered(masked[spans[at - 1][0]:spans[at - 1][1]]))


# When the step is done is when something happens: "school to ring the social worker if he
# comes in hungry", "nan to collect them whenever mum has been drinking".
# (or while something else is done: "his youth worker will sit with him while he does")
_ON_CONDITION = on_first_use(r"\b(?:if|when|whenever|while|whilst|as\s+soon\s+as|straight\s+away"
                             r"|immediately|same\s+day|asap|now|at\s+once|urgently|after|before"
                             r"|once)\b")


# A next step said as the work alone, with nobody to do it and no day: a thing of the work
# ("referral to CAMHS", "safety planning with mum", "CP medical", "strat", "nominals to be
# checked") or a verb of it ("escalate to team manager"). Nothing has been done yet, so it is
# asked who will do it and by when; not what happened, nor what the words stand for alone.
# Who does it, said first or as "who: what" ("mum: ring gran"), or by anyone with a modal
# ("the school will", "they must"), is a doer; a person named after "with" or "for" is not.
_MODAL = on_first_use(r"\b(?:will|shall|'ll|must|should|can|could|would|might|may|ought"
                      r"|needs?\s+to|ha(?:s|ve)\s+to|(?:is|are|am)\s+going\s+to|i'm|i'd|we'd)\b")
_SUBJECTS = words("i we he she they you us")
_PERSON_HEAD = on_first_use(rf"^\W*+(?:(?:the|my|our|his|her|their|a|an)\s+)?(?:{_AGENTS}"
                            r"|staff|carers?|[a-z]+(?:er|or|ist|ian)s?)\b")
# Words in -er that are not people: "letter to dad", "order", "water".
_NOT_A_PERSON = words("""letter letters order orders number numbers paper papers other others
    water matter matters chapter register referral offer offers cover under after over
    further together either neither rather whether power disorder disorders refer consider
    gather transfer deliver enter answer discover monitor""")
_WHO_COLON = on_first_use(r"^\W*+(?:[\w'-]+\s+){0,2}?[\w'-]+\s*:\s*\w")
# Done already, not still to do: a past verb outside "to be ...", "will be ...".
_DONE_PAST = on_first_use(r"\b(?:was|were|has|have|had|did|been|done|made|held|sent|given|seen"
                          r"|took|went|met|told|said|rang|spoke|gave|wrote|saw|came)\b"
                          # (not a word in -ed after "a" or "the", which names a kind of
                          # thing: "a fixed penalty notice", "an unannounced visit")
                          r"|(?<!\bbe\s)(?<!\bbeing\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"
                          r"(?<!\bfurther\s)(?<!\bmore\s)\b(?!(?:n?eed|feed|proceed|succeed"
                          r"|exceed|bed|red|shed|wed|led|fed)\b)[a-z]+ed\b")
# A number that is the name of a rule or a level, not a day: "Reg 24", "section 47".
_RULE_NUMBER = on_first_use(r"\b(?:reg(?:ulation)?|section|s\.|para(?:graph)?|schedule|article"
                            r"|tier|level|stage|part|form|category|cat|step)\s*\d+[a-z]?\b")
# A step not to be taken, or not known yet: "no further action", "nothing else for now",
# "not sure yet", "don't know".
_NOTHING = words("none nothing n na tbc tba same unknown no nil not don't dont unsure")


def doerless_steps(text: str, masked: str) -> list[tuple[int, int]]:
    """The spans of next steps that are only the work, with no one to do it and no day:
    "referral to CAMHS", "safety planning with mum", "escalate to team manager". A step with
    who ("mum to ring gran", "I'll refer") or a day ("referral to CAMHS by Friday") is left
    alone, and so is what has been done ("referral made to CAMHS")."""
    return [(start, end) for start, end in sentence_spans(masked)
            if masked[start:end] == text[start:end] and masked[end:end + 1] != "?"
            and _doerless(masked[start:end])]


def _doerless(sentence: str) -> bool:
    lowered = _RULE_NUMBER.sub(lambda m: " " * len(m.group()), _lowered(sentence))
    tokens = _tokens(lowered)
    if not tokens or tokens[0] in _NOTHING or not _SUBJECTS.isdisjoint(tokens) \
            or points_elsewhere(sentence):  # "ditto", "as above": asked about on their own
        return False
    head = _PERSON_HEAD.match(lowered)
    if (head and head.group().split()[-1] not in _NOT_A_PERSON) or _family_first(tokens) \
            or tokens[0] in _OTHERS or _named_first(sentence) or _WHO_COLON.match(lowered):
        return False
    return not (_MODAL.search(lowered) or _DONE_PAST.search(lowered)
                or _STEP_TIME.search(lowered) or _DAY_NAMED.search(lowered)
                or _ON_CONDITION.search(_NO_CONDITION.sub(" ", lowered)) or _doer(lowered)
                or _doer_in(lowered))


# "family" before a noun names a thing of the work ("family group conference", "family time"),
# not the family doing it ("family to attend", "family and nan will").
_FAMILY_DOES = words("to and will should must need needs members 's")


def _family_first(tokens: list[str]) -> bool:
    """Whether the sentence opens on someone of the family doing the step ("the family need
    help with a damp survey", "mum to ring gran")."""
    if tokens[0] in _NOUN_BEFORE and len(tokens) > 1:
        tokens = tokens[1:]
    if tokens[0] != "family":
        return tokens[0] in _FAMILY
    return len(tokens) == 1 or tokens[1] in _FAMILY_DOES


def _tokens(text: str) -> list[str]:
    """`_TOKEN.findall(text)`. Most answers are ASCII alone, and there the bytes are split
    where a table has made every byte outside a token a space: a third of what `re` took
    (it sets out afresh for each of the twenty-odd tokens of an answer)."""
    if text.isascii():
        return text.encode().translate(_NOT_IN_A_TOKEN).decode().split()
    return _TOKEN.findall(text)
