"""Claims with nothing behind them: a sentence about a person or a family that says what they
are like, and nothing anyone did, said or was seen to do.

The word list and the patterns name wording; each new writer finds new wording ("a cold
fish", "up and down", "out of her depth"). This reads a sentence's shape instead: who it is
about, what it says of them (a state, a judgement, an abstract noun), and whether anything in
it is an event, a quote, a time or a number. Word classes are broad and general English,
with adjectives and abstract nouns read from how they are built ("-ive", "-ous", "-ness",
"un-"), so a phrasing never seen before is still read by its parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from flows.checks.lexicon import (
    FAMILY_ADULTS,
    KIN_ADULTS,
    KIN_CHILDREN,
    NAME_RE,
    SERVICE_NAMES,
    verb_forms,
)
from flows.checks.praise import ABLE_TO_CARE, praise_span
from flows.checks.privacy import looks_like_a_name
from flows.checks.text import alternation, sentence_spans, words
from flows.regex import made_by, on_first_use

CLAIM_QUESTION = "What did you see or hear, who did what, and when?"

# Verbs that report an event: a body moving, something said, sent, seen or found.
_EVENT_VERBS = """hit punch kick slap smack push shove grab strangle choke throttle shake bite
    burn scald beat injure bruise throw drag pull pin strike attack assault stab cut slash
    threaten shout scream swear yell shriek cry sob wail hug cuddle kiss touch stroke tickle
    lift carry drop trip fall slip jump climb run walk chase follow hide lock unlock open close
    shut slam bang knock smash break damage tip spill pour cook feed eat drink wash bathe dress
    undress clean tidy wipe sleep wake nap collect pick_up drive ride park arrive return visit
    say tell ask answer reply call ring phone text message email write post send share whisper
    mutter disclose report admit deny dispute disagree explain describe mention complain agree
    tell_off see hear
    notice observe watch find smell spot photograph record film witness weigh measure buy sell
    pay steal spend bring move leave stay miss smoke inject snort sniff vomit bleed faint
    collapse wet soil arrest charge convict remove evict exclude suspend discharge place bail
    remand release caution sentence jail imprison detain acquit
    interview examine diagnose prescribe refer book cancel rearrange turn_up turn_away bar ban
    block unfriend grab_hold hold sit stand lie kneel scratch pinch squeeze twist escape flee
    abscond wander sneak invite meet date marry divorce separate split_up move_in move_out
    kick_out throw_out drop_off pick send_away punish ground confiscate restrain tie gag upload
    download delete forward screenshot lend borrow owe sign stop_taking start forget starve wee
    poo fart burp spit lick crash rob shoplift shoot fire stamp headbutt elbow suffocate smother
    drown poison overdose smile laugh giggle babble reach bark love hate like enjoy talk chat
    sing dance draw read swim cycle check snap happen save abuse rape groom traffic exploit speak
    argue fight"""
_EVENTS = verb_forms(_EVENT_VERBS) | words(
    "took taken gave given went came kept brought showed did done made")
EVENTS = _EVENTS  # the process check reads events the same way
# Markers of when, where and how much: a claim holding one of these is usually specific.
_WHEN = words("""monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
    weekends
    thurs fri sat sun january february march april june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec yesterday today tonight tomorrow
    morning afternoon evening night midnight noon am pm o'clock weekend once twice fortnight
    fortnightly weekly daily monthly winter summer spring autumn ago day days week weeks month
    months year years hour hours minute minutes term holidays""")
_COUNTS = words("""two three four five six seven eight nine ten eleven twelve twenty thirty
    forty fifty hundred half dozen""")
# From the first digit of a number only, at most three of them: a long run of digits is then
# read in one pass, not tried again from each of its digits.
_AGE = on_first_use(r"(?<!\d)\d{1,3}\s?(?:yo|y/o|yrs?|years?[\s-]old|year[\s-]old"
                    r"|months?[\s-]old)\b")
# A number, though not a count of people ("with 4 kids").
_NUMBER = on_first_use(r"\d+(?!\s?(?:kids|children|boys|girls|siblings|adults|men|women)\b)")
# Who a claim is about: a person by role, pronoun or initial, a family, a household.
_PEOPLE = words("""mum mummy mam mom mother dad daddy father stepdad stepfather stepmum
    stepmother parent parents carer carers caregiver partner boyfriend girlfriend fella bloke
    husband wife ex nan nana nanny gran granny grandma grandmother grandad granddad grandpa
    grandfather grandparents uncle aunt auntie aunty adult adults man men woman women lad lads
    youngsters
    girls boys child children kids kid baby infant toddler son daughter teenager teen boy girl
    siblings sibling brother sister family families household he she they him her them eldest
    youngest oldest twins twin cousin lodger neighbour neighbours everyone everybody someone we
    things everything life visitor worker teacher school nursery nurse midwife gp doctor police
    officer professionals staff""") | words(KIN_ADULTS + " " + KIN_CHILDREN)
_COPULA = words("""is are was were be been being am seems seem seemed appears appear appeared
    present presents presented presenting remains remain remained continues continue continued
    becomes become became looks look looked sounds sound sounded isn't aren't wasn't weren't
    isnt arent wasnt werent""")
_HAVE = words("has have had hasn't haven't hadn't hasnt havent")
# Words that sit between a subject and what is said of it, and say nothing on their own.
_FILLER = words("""as not never no very quite really so too also still always often sometimes
    now just only even already much most least a an the bit little somewhat rather fairly pretty
    totally completely generally all both usually increasingly clearly can could may might will
    would can't cannot couldn't won't wouldn't cant wont definitely probably possibly basically
    literally actually kind sort of such real proper right absolute complete total incredibly
    extremely highly overly slightly massively hugely seriously deeply""")
# Words that end what is said of a subject: a new clause begins.
_CLAUSE_END = words("""and but so because when while if unless though although which who whom
    whose where after before since until that than then or""")
# Judgements with no telltale ending.
_JUDGEMENTS = words("""bad poor hard difficult tricky horrible awful terrible weird odd strange
    funny lively low flat cold distant tough harsh rough wild mad crazy nuts bonkers stupid
    thick dim slow simple daft silly lazy idle mean nasty vile sly wary uneasy edgy jumpy tense
    fragile vulnerable needy clingy moody stroppy sulky cocky gobby lippy mouthy shifty cagey
    dodgy flaky touchy bossy pushy nosy sneaky grumpy ratty tetchy snappy spoilt spoiled worse
    worst immature naive fake false two-faced rude cheeky naughty up down chaotic manic erratic
    toxic dramatic hostile volatile complex complicated messy typical usual same unusual strict
    lax lenient overprotective unreliable unsafe unstable unsettled unmotivated withdrawn closed
    guarded depressed stressed overwhelmed isolated struggling depth wrong full heavy mess""")
# Adjective and participle endings that make a word a judgement of a person.
_JUDGING_ENDS = ("ive", "ous", "ful", "less", "ish", "ic", "ical", "able", "ible", "ent",
                 "ant", "ed")
_JUDGING_STARTS = ("un", "dis", "over", "under", "self", "ir", "im", "il")
# Praise read as the person's own: "creative", "generous" (asked about only as a label).
_PRAISE = words("""supportive protective responsive attentive positive proactive cooperative
    co-operative receptive active creative sensitive intuitive productive constructive
    perceptive appreciative communicative reflective expressive inquisitive talkative
    imaginative assertive competitive decisive anxious nervous generous curious cautious
    conscientious courteous gracious joyous ambitious studious courageous humorous industrious
    adventurous respectful helpful cheerful playful grateful thoughtful careful peaceful hopeful
    independent confident intelligent patient capable reliable sociable likeable lovable
    adorable comfortable chatty happy smiley bubbly good nice lovely great brilliant fine okay
    ok alright pleasant sweet kind decent charming polite keen warm close mature settled stable
    safe better best normal honest strong calm well gentle""")
# Words with those shapes that state a fact: a condition, a role, a place, a time.
# A diagnosis is one ("Mum has postnatal depression"), though it ends as abstract nouns do.
_FACTS = words("""depression hypertension
    pregnant absent present resident autistic diabetic epileptic asthmatic
    dyslexic dyspraxic deaf blind disabled married separated divorced single retired unemployed
    employed registered homeless jobless eldest youngest oldest biggest smallest nearest latest
    first last next many any every very only early late ready busy empty dirty tidy happy sorry
    worried scared frightened angry upset tired pleased shocked surprised relieved excited
    annoyed disappointed embarrassed confused amazed delighted interested bored terrified
    petrified horrified devastated heartbroken concerned involved called named based aged needed
    used supposed allowed expected due hungry thirsty sleepy poorly unwell ill sick injured hurt
    bruised asleep awake alone away back home out off in on at with from to into onto over under
    about around behind currently recent frequent different sufficient patient parent client
    agent student tenant assistant accountant consultant attendant servant infant elephant
    restaurant instant plant giant applicant migrant immigrant pageant merchant sergeant
    lieutenant descendant occupant informant participant defendant allotment association
    organisation organization foundation corporation institution respondent opponent component
    event element basement apartment department payment appointment treatment equipment
    agreement statement settlement assessment placement employment environment moment comment
    document argument investment garment ointment pavement government management enrolment
    arrangement development city university community facility nursery family baby lady body
    party daddy mummy granny nanny aunty auntie army navy county country story jury library
    bakery factory surgery century duty society ambulance entrance distance allowance insurance
    conference evidence residence licence license audience sentence science session station
    nation medication prescription accommodation education information location relation
    relations position condition conditions protection television hospital animal festival
    capital signal several total final local legal medical national original rural usual general
    denial arrival approval rental dental mental criminal unable able identical athletic
    artistic academic domestic economic allergic anaemic arthritic specific public basic
    electric apologetic tearful remorseful emotional""")
# Abstract nouns a vague sentence rests on, besides those read from their ending.
_ABSTRACT = words("""concern concerns worry worries issue issues problem problems difficulty
    difficulties history histories chaos tension tensions conflict trouble troubles bother drama
    stuff things lot lots need needs vulnerability vulnerabilities pattern patterns signs
    indicators flags behaviour behaviours behavior behaviors presentation situation situations
    dynamic dynamics baggage demons struggles struggle stress pressure pressures mood moods
    temper attitude attitudes mindset views view picture way ways side nature character
    personality lifestyle life upbringing background circumstances environment crisis denial
    anger rage fear grief guilt shame hatred jealousy support advice sense feeling feelings
    atmosphere vibe vibes services progress insight harm factor factors incident incidents
    danger threat wellbeing welfare focus attention priority stressors""")
_ABSTRACT_ENDS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ancy", "ency", "ism",
                  "ship", "hood", "dom")
# Verbs that say what a person is like or copes with, not what they did (in the past tense
# they report something done: "refused to open the door").
_STATES = frozenset(form for form in verb_forms("""struggle lack tend cope juggle manage
    prioritise prioritize minimise minimize understand recognise recognize realise realize
    appreciate grasp comprehend accept acknowledge
    believe need deserve seem appear refuse resist avoid neglect ignore dismiss spiral
    deteriorate decline fluctuate pose persist""") if not form.endswith("ed"))
# What a person is by role, work or belief: "a nurse", "a member", "a vegan" (and any noun
# ending "-er", "-or", "-ist" or "-ian", which names a person by what they do).
_ROLES = words("""nurse midwife doctor gp cook chef carer lady man woman guy member volunteer
    resident tenant pupil student patient client customer friend neighbour relative fan owner
    widow vet dentist surgeon paramedic medic officer pc constable soldier sailor pilot mechanic
    plumber joiner builder labourer cashier receptionist secretary assistant boss tutor coach
    nanny childminder barber hairdresser beautician waitress barmaid postman guard warden
    janitor twin sibling christian muslim jew hindu sikh catholic vegan vegetarian non-smoker
    apprentice trainee graduate refugee citizen national""")
_ROLE_ENDS = ("er", "or", "ist", "ian")
_ARTICLES = words("a an")
_STATUS_BEFORE = words("on in under")
# Where the noun said of a person ends: "a nightmare to manage", "a law unto himself".
_AFTER_NOUN = words("""of at in on for with to from about around towards toward unto by like
    than""")
# Words for things a person can be seen with or doing something to: a sentence naming one is
# usually about something that happened.
_THINGS = words("""floor floors door doors window windows wall walls stairs bed beds cot
    mattress sofa couch chair table fridge cupboard cupboards kitchen bathroom bedroom garden
    car van bus taxi gate gates phone phones laptop tablet text texts message messages photo
    photos pictures video videos knife knives belt bottle bottles cans cup glass plate food
    bread milk nappy nappies clothes coat shoes uniform bag bags money cash cigarettes vape
    needle needles pills tablets cannabis weed vodka wine beer cider spice heroin cocaine bruise
    bruises mark marks cut cuts burn burns scratch scratches lip lips eye eyes face head hair
    arm arms leg legs hand hands neck chest ear ears nose mouth teeth tooth finger fingers wrist
    wrists blood vomit urine faeces poo wee rash scar injury injuries fracture fractures toys
    toy dishes bin bins rubbish mould dog dogs cat lock key keys letterbox bath shower accident
    crash funeral wedding birthday operation injunction injunctions non-molestation
    restraining crisps sweets chips biscuits cereal toast noodles sandwich sandwiches
    formula""")
_SHORT = {f"{who}'{verb}": (who, "is" if verb == "s" else "are")
          for who in ("he", "she", "they", "we", "you", "it", "that", "there", "who")
          for verb in ("s", "re")} | {"shes": ("she", "is"), "hes": ("he", "is"),
                                      "theres": ("there", "is"), "theyre": ("they", "are")}
# After "mum's", these make the "'s" an "is": "mum's a mess", "dad's not coping".
_PLURAL_IS = frozenset(f"{who}{s}" for who in ("mum", "dad", "nan", "gran", "mam", "ma", "da",
                                               "mom")
                      for s in ("'s", "s"))
_IS_AFTER = words("a an so very not never always quite really been got getting")
# What may happen is a prediction or a goal, judged by the statement and goal checks.
# A sentence that starts with one of these asks or tells, rather than says what someone is.
_ASKING = words("""what how who which why whose whether does do did give put name write add list
    say describe think tell pick choose try use ask check unpick start""")
# What will happen, or what needs to: a plan or a hope, not a claim about anyone.
_FORETOLD = words("""if will would could might may shall won't wouldn't couldn't wont must
    should shd shld shud ought""")
# "Need" as what must happen ("we need R in the plan", "R needs to"), not a child's needs.
# "Things need to change" names no one who must do anything: still a vague claim.
# (The look-behinds after a look-ahead: tried only where a "need" starts, not at every place.)
_NEEDED = on_first_use(r"\b(?=needs?\s+to\b)(?<!\bthings\s)(?<!\bstuff\s)(?<!\bthing\s)"
                       r"(?<!\bsomething\s)(?<!\beverything\s)(?<!\bit\s)(?<!\bthis\s)(?<!\bthat\s)"
                       r"needs?\s+to\b"
                       r"|\b(?:we|i|you|they|everyone)\s+(?:really\s+|still\s+)?needs?\b")
# ... or a need with the thing needed named: "mum needs a damp survey", "the family need help
# with the forms", what needs to happen (not "needs a bit of help", "needs support").
_NAMED_NEED = on_first_use(r"\bneeds?\s+(?:(?:a|an)\s+(?!(?:lot|bit|little|break|good|proper|real"
                           r"|kick|wake)\b)[a-z]|help\s+(?:with|to|getting|finding|filling"
                           r"|applying|paying|moving|sorting)\s+[a-z])")
_NEGATIONS = words("not never no isn't wasn't aren't weren't isnt wasnt arent werent")
# A verb written bare is as often a noun ("a drink", "a place", "like that"): only its other
# forms, and the bare pasts ("hit", "put"), tell of an event.
_BARE = frozenset(entry.partition("_")[0] for entry in _EVENT_VERBS.split()) - words(
    "hit put cut let shut read beat hurt")
BARE_VERBS = _BARE  # the process check reads "a start date" the same way
_NOUN_BEFORE = words("""the a an his her their my your our its some any no all these those this
    for of with about""")
# (and "who": "two girls in her team, who walk home with her" tells what the girls do)
_BEFORE_VERB = words("""to can't cannot cant didn't didnt doesn't doesnt don't dont did does do
    they we i you who""")
_LINKING = _COPULA | _HAVE | _STATES
# "He" or "she" before a verb's bare form is what someone did, written as many who learnt
# English later write it ("she cuddle him"): the bare form is no noun there.
_THIRD = words("he she")
_BARE_AFTER_THIRD = _BARE | words("take give go come keep bring show make")
_ONE_LETTER = words("b c d e f g h j k l m n o p q r s t u v w x y z")
_EVIDENCE = (_EVENTS - _FILLER - _BARE) | _WHEN | _THINGS
# Who a thing's word names when a person's word follows it: "key adult", "bus escort".
_ROLE_AFTER = words("""adult adults person people worker workers driver drivers escort escorts
    staff attendant attendants officer officers assistant assistants warden wardens lady ladies
    man men woman women marshal marshals supervisor supervisors""")
_TOKEN = on_first_use(r"[^\W_][\w'\-]*")  # "whānau" is one word
# (An ASCII text's bytes outside a token made spaces: what is left between spaces is a token,
# less the "_", "'" or "-" it may open with, which `_TOKEN` does not start at.)
_NOT_IN_A_TOKEN = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c in b"_'-") else 32
                        for c in range(256))
_DIGIT = on_first_use(r"\d")
_AT_PLACE = on_first_use(r"\b(?:at|in|from|into|near|outside|inside|around|via)\s+$",
                         re.IGNORECASE)
# (the whole word, accents and all: "Oisín", "Siân", "Tāne" are not "Ois", "Si", "T")
_PROPER = on_first_use(r"(?<=[\w,] )[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ]{2,}")
# Where a capitalised word is a person whatever the name lists hold: the one kept safe, cared
# for or protected ("committed to keeping Mariam safe", "to look after Tamati").
_KEPT_BEFORE = on_first_use(r"\b(?:keep|keeps|keeping|kept|protect|protects|protecting|protected"
                            r"|safeguard|safeguards|safeguarding|safeguarded|look(?:s|ing)?\s+after"
                            r"|car(?:e|es|ing)\s+for)\s+$", re.IGNORECASE)
_LOOKED_AFTER_BEFORE = on_first_use(r"\b(?:look(?:s|ing)?\s+after|car(?:e|es|ing)\s+for)\s+$",
                                    re.IGNORECASE)
_KEPT_AFTER = on_first_use(r"\s+(?:safe|safer|well|healthy)\b", re.IGNORECASE)
# A name that starts a sentence and what is said of it follows: "Noah is", "Ava's".
_NAMED_FIRST = on_first_use(r"\s*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s+(?:is|are|was|were|has|have"
                            r"|seems?|seemed)\b|['’]s\b)")


# Verbs that report or judge what happened rather than tell it: "admits she is strict", "was
# found to be chaotic", "described the mornings as chaotic".
_REPORTING = verb_forms("say tell admit explain describe mention deny report agree ask find feel")


def tells_what_happened(sentence: str) -> bool:
    """Whether a sentence (quotes blanked) says what happened, when or how much: an event
    other than someone reporting or judging it, a time, a thing handled, or a number ("firm
    with them at bedtime; she reads them a story", "the TV was on loud and the baby was
    crying")."""
    lowered = sentence.lower().replace("’", "'")
    return _specific([t for t in _tokens(lowered) if t not in _REPORTING], lowered)


def goes_on_to_tell(sentence: str) -> bool:
    """Whether a sentence after a verdict ("Settled well at nursery.") shows it: what
    happened or was seen, or someone doing something ("She waves mum off and goes straight to
    the sand tray", "She told me about her new friend"); not a report of how things are
    ("School report she is doing well", "Mum says things are better")."""
    if tells_what_happened(sentence) or tells_what_was_seen(sentence):
        return True
    tokens = _tokens(sentence.lower().replace("’", "'"))
    reported = next((i for i, t in enumerate(tokens[:3]) if t in _REPORTING), None)
    if reported is None:
        return _acts(tokens)
    heard = tokens[reported + 1:]
    if heard[1:2] == ["about"] and heard[:1] in (["me"], ["us"], ["her"], ["him"], ["them"]):
        return True  # telling someone about something is what they did
    return _acts(heard[1:] if heard[:1] == ["that"] else heard)


# Words a term such as "non-accidental" or "placement breakdown" already stands for, and
# living somewhere: said beside it, they tell nothing more of what was seen or done.
_SAID_BY_THE_TERM = words("""injury injuries harm harms placement placements pattern patterns
    incident incidents it live lives lived living""")
# An event said only to have come about tells nothing seen: "placement breakdown happened
# twice", "cumulative harm has occurred", "it took place in May".
_CAME_ABOUT = words("""happen happens happened happening occur occurs occurred occuring occurring
    occured arise arises arose arisen arising ensue ensues ensued ensuing recur recurs recurred
    recurring transpire transpires transpired""")
_TOOK_PLACE = on_first_use(r"\b(?:take|takes|took|taken|taking)\s+place\b")


def tells_what_was_seen(sentence: str) -> bool:
    """Whether a sentence (quotes blanked) says what was seen or what someone did: an event
    or a thing seen; not only when ("on Friday", "daily") or how many, nor the injury or the
    harm a term already names ("the injury was non-accidental")."""
    lowered = _TOOK_PLACE.sub(" ", sentence.lower().replace("’", "'"))
    tokens = [t for t in _tokens(lowered) if t not in _REPORTING and t not in _WHEN
              and t not in _SAID_BY_THE_TERM and t not in _CAME_ABOUT]
    return _evidence(tokens) or _verb(tokens)


def tells_what_happens(sentence: str) -> bool:
    """Whether a sentence (quotes blanked) says what happens, not only when: something seen
    or done (`tells_what_was_seen`), someone in one of its clauses doing something ("men sell
    drugs there and one offered K a lift"), or things counted ("3 stabbings this year");
    "at night" or "on Friday nights" alone does not."""
    if tells_what_was_seen(sentence):
        return True
    tokens = _tokens(sentence.lower().replace("’", "'"))
    return _things_counted(tokens) or any(
        _does_there(clause) for part in _PUNCTUATED.split(sentence)
        for clause in _clauses(_tokens(part.lower().replace("’", "'"))))


# What ends a clause as a word of `_CLAUSE_END` does: "at night, men sell drugs there".
_PUNCTUATED = on_first_use(r"[,;:()\n]|\s[-–]\s")
# Being somewhere is not what happens there: "the family live in a high-crime area".
_BEING_THERE = verb_forms("live stay reside go play move visit walk attend")


def _does_there(clause: list[str]) -> bool:
    """Whether a clause reads as someone doing something (`_acts`), not only being there."""
    return _acts(clause) and [t for t in clause if t not in _FILLER and t not in _DO][1] \
        not in _BEING_THERE


def _things_counted(tokens: list[str]) -> bool:
    """Whether a number or a count comes before what is counted, neither a time nor people
    ("3 stabbings", "two robberies"; not "after 9 pm", "for the 2 kids")."""
    return any((word.isdigit() or word in _COUNTS) and after.isalpha() and after not in _WHEN
               and not _person(after) and after not in _CLAUSE_END and after not in _FILLER
               for word, after in pairwise(tokens))


def _specific(tokens: list[str], lowered: str) -> bool:
    """Whether words (and the lower-case text they came from) tell an event, a time, a thing,
    something counted or a number."""
    return _evidence(tokens) or _verb(tokens) or _counted(tokens) or _numbered(lowered)


def _numbered(lowered: str) -> bool:
    """Whether a number is written that is not an age ("3 times", not "4 years old")."""
    return bool(_DIGIT.search(lowered)) and bool(_NUMBER.search(_AGE.sub(" ", lowered)))


# A span of time praise is said over tells no day anything was seen: "has turned a corner
# this month" is as bare as without it.
_SPAN_OF_TIME = on_first_use(r"\b(?:this|over\s+the\s+(?:last|past))\s+(?:week|month|term|year)\b"
                             r"|\b(?:lately|recently|of\s+late|these\s+days|nowadays)\b"
                             # nor does a visit judged as good: "Great visit today, ..."
                             r"|\b(?:(?:a|another)\s+)?(?:really\s+|very\s+)?(?:great|good|lovely|nice"
                             r"|positive|brilliant|pleasant|fab|fantastic)\s+(?:home\s+)?visit"
                             r"(?:\s+(?:today|this\s+(?:morning|afternoon|evening|week)))?\b")


def _praise_only(sentence: str, lowered: str) -> bool:
    """Whether a sentence praises a caregiver, or how the children are cared for, and
    says nothing else: no event, time, thing, number or name beside the praise."""
    found = praise_span(_unnamed(sentence, lowered))
    if found is None:
        return False
    start, end = found
    # "A supportive network: her nan, her PA and her boxing coach": who it is, named
    if _MEMBERS_NAMED.match(lowered, end):
        return False
    # "next door neighbour - a diamond": where they live is who they are, not a place
    lowered = _NEXT_DOOR.sub(lambda m: " " * len(m.group()), lowered)
    rest = _SPAN_OF_TIME.sub(_blank, lowered[:start] + " " + lowered[end:])
    sentence = sentence[:start] + " " + sentence[end:]
    # ... more praise joined to it tells no more: "Contact is going well, good interaction
    # observed" (its "observed" is said of the praise, nothing seen)
    for _ in range(_MOST_PRAISED):
        if not (_specific(_tokens(rest), rest) or _named(sentence)):
            return True
        more = praise_span(rest)
        if more is None:
            return False
        rest = rest[:more[0]] + " " * (more[1] - more[0]) + rest[more[1]:]
        sentence = sentence[:more[0]] + " " * (more[1] - more[0]) + sentence[more[1]:]
    return not (_specific(_tokens(rest), rest) or _named(sentence))


_MOST_PRAISED = 3  # pieces of praise joined in one sentence that are each read


def _blank(found: re.Match[str]) -> str:
    """Spaces where `found` was: what is read around it keeps its place."""
    return " " * len(found.group())


# Praise of a group with who is in it after a colon, a dash or a bracket: "supportive network:
# her nan, her PA ...", "positive relationships (mum and gran)".
_MEMBERS_NAMED = on_first_use(
    r"\s*[:(\u2013\u2014-]\s*(?:(?:her|his|their|the|my|our|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:" + alternation(FAMILY_ADULTS + """ brother brothers sister sisters cousin cousins
    friend friends neighbour neighbours coach teacher tutor mentor worker nurse doctor
    keyworker""") + r")\b")


# Where a neighbour lives, said as who they are, not a place anything happened.
_NEXT_DOOR = on_first_use(r"\b(?:next[\s-]door|over\s+the\s+road|across\s+the\s+(?:road|street)"
                          r"|upstairs|downstairs)(?=\s+neighbou?rs?\b)")


def _unnamed(sentence: str, lowered: str) -> str:
    """The sentence with a first name that starts it, as who praise is said of ("Noah is
    settled"), read as an initial ("t"): praise of someone by name asks the same."""
    named = _NAMED_FIRST.match(sentence)
    if named is None or not looks_like_a_name(named.group(1)):
        return lowered
    return "t".rjust(named.end(1)) + lowered[named.end(1):]


# A sentence that opens on the writer's certainty or belief says what is so without what
# was seen: "it is obvious mum is still using", "I believe the new partner is grooming the
# girls", "we all know dad is still living there", "it is likely she has relapsed".
_STANCE = on_first_use(
    r"^\W*(?:it(?:\s+(?:is|was|seems|seemed|appears|appeared)|'s|s)\s+(?:(?:very|quite|really|so"
    r"|more\s+than|highly|pretty|fairly|all\s+too)\s+)?(?:obvious|clear|evident|apparent|likely"
    r"|probable|certain|plain|inevitable|undeniable)|(?:i|we)\s+(?:all|just)\s+know"
    r"|(?:i|we)\s+(?:all\s+|just\s+|strongly\s+|really\s+|firmly\s+|do\s+)?(?:believe|suspect"
    r"|assume|presume|reckon|am\s+sure"
    r"|are\s+sure|am\s+certain|are\s+certain|have\s+no\s+doubt|am\s+convinced|are\s+convinced)"
    r"|(?:i'm|im|we're)\s+(?:(?:all|just|really|absolutely|pretty|fairly)\s+)?(?:sure|certain"
    r"|convinced)"
    # A hunch named as the ground: "gut feeling is", "my gut says", "call it instinct but".
    r"|(?:my\s+|our\s+|the\s+|a\s+|i\s+have\s+a\s+|i've\s+got\s+a\s+)?gut(?:\s+(?:feeling|instinct|reaction))?"
    r"(?:\s+(?:is|says|tells\s+me|was))?"
    r"|(?:everyone|everybody)\s+knows|(?:there\s+is\s+)?no\s+doubt|obviously"
    r"|undoubtedly)(?:\s+that)?,?\s+(?=\w)")
# What would show what the belief rests on: seeing, hearing or being told, or a reason.
# Certainty or likelihood said in the middle of what is said of someone or something, with
# nothing seen behind it: "mum is definitely using again", "the illnesses are probably made
# up", "dad has clearly been drinking"; and the tag that offers a hunch as proof: "you can tell".
_HEDGED = on_first_use(
    r"^\W*+(?:(?:the|his|her|their|my|our|these|those|this|that)\s+)?[a-z'-]+(?:\s+(?:and|&)\s+"
    r"[a-z'-]+)?\s+(?:is|are|was|were|has|have|had|'s|will|would)\s+(?:(?:been|be)\s+)?"
    r"(?:definitely|clearly|obviously|probably|certainly|surely|undoubtedly|likely|most\s+likely"
    r"|almost\s+certainly|no\s+doubt)\b")
# ... or said before a verb: "Dad clearly drinks more than he says", "mum obviously uses".
_HEDGED_DOING = on_first_use(
    r"^\W*+(?:(?:the|his|her|their|my|our)\s+)?[a-z'-]+(?:\s+(?:and|&)\s+[a-z'-]+)?\s+"
    r"(?:clearly|obviously|definitely|probably|certainly|surely|undoubtedly|most\s+likely"
    r"|almost\s+certainly)\s+(?!(?:said|says|told|tells|saw|sees|heard|hears|showed|shows"
    r"|admitted|admits|is|are|was|were|has|have|had|will|would"
    # "clearly" of how something was said or done: "Dad clearly explained to the boys"
    r"|explain\w*|spoke|speaks?|stat(?:ed|es)|ask(?:ed|s)?|answer\w*|describ\w*|communicat\w*"
    r"|express\w*|set\s+out|laid\s+out|wr(?:ote|ites?)|show(?:ed|s|n)?)\b)[a-z]{3,}\b")
# A belief told as the writer's opinion: "I think mum is hiding something", "I feel dad is
# not being honest" (read only where nothing is foretold after it: "I think nan could").
_OPINION = on_first_use(r"^\W*(?:(?:i|we)\s+(?:(?:really|just|honestly|personally|do|still"
                        r"|all)\s+)?"
                        r"(?:think|feel|felt|thought|get\s+the\s+(?:sense|feeling|impression))"
                        # ... in other words: "my feeling is that", "it feels like mum is"
                        r"|(?:my|our)\s+(?:own\s+)?(?:feeling|sense|impression|view|opinion)\s+is"
                        r"|it\s+(?:feels|felt)\s+(?:like|as\s+(?:if|though)))"
                        r"(?:\s+that)?,?\s+(?=\w)")
# What the writer thinks should happen, not what a person is: "I think it's important that".
_ADVISED = on_first_use(r"(?:it\s+is|it's|its|it\s+would\s+be|it'd\s+be)\s+(?:really\s+|very\s+)?"
                        r"(?:important|essential|vital|crucial|key|best|worth|right|helpful|better"
                        r"|good\s+for)\b")
# The writer's own feeling about the case, not a belief about someone: "I feel anxious about
# the new partner being around the girls", "I feel hopeful about mum and the kids now".
_OWN_FEELING = on_first_use(r"(?:(?:really|very|quite|more|less|a\s+(?:bit|little))\s+)?"
                            r"(?:worried|anxious|concerned|uneasy|nervous|scared|hopeful|positive"
                            r"|optimistic|confident|reassured|encouraged|pleased|proud|relieved"
                            r"|uncomfortable|unsure|cautious|sad|happy|glad)\s+(?:about|that|for"
                            r"|by|with)\b")
# A reason given with the belief: "and that is why he went to the doctor".
_REASON = on_first_use(r"\b(?:that|which|this)\s+(?:is|was|'s|s)\s+why\b")
# What was seen, told after the certainty as a new clause: "The twins obviously adore their
# big sister, they follow her round the house" (not "..., he is lying": another judgement).
_SEEN_AFTER = on_first_use(r"[,;:–—]\s*(?:and\s+)?(?:he|she|they|we|i|mum|dad|nan|(?:the|his|her"
                           r"|their)\s+[a-z'-]+)\s+(?:(?:always|often|still|now|even|both|all)\s+)?"
                           r"(?!(?:is|are|was|were|has|have|had|seems?|seemed|looks?|looked|appears?"
                           r"|appeared|must|might|may|could|would|will|can|probably|clearly"
                           r"|obviously)\b)[a-z]{3,}")
# What a person says, as the measure a belief goes beyond: "more than he says he does".
_THAN_SAID = on_first_use(r"\bthan\s+(?:he|she|they|mum|dad|\w+)\s+(?:says|said|admits|admitted"
                          r"|lets\s+on|makes\s+out|claims|claimed|tells\s+(?:us|me|anyone)"
                          r"|told\s+(?:us|me|anyone))\b(?:\s+(?:he|she|they)\s+(?:does|did|is|was|do))?")
_YOU_CAN_TELL = on_first_use(r"\byou\s+(?:can|could)\s+(?:just\s+|always\s+)?tell\b"
                             r"(?!\s+(?:by|from|because|when)\b)|\byou\s+just\s+know\b")
_GROUNDS = verb_forms("""see hear tell say find notice smell watch observe disclose report
    admit show""") | words("because since as after when saw seen heard told said found")
# A verdict on what a person will never do or be able to do: "dad will never change",
# "grandma would not be able to keep him safe", "mum won't ever put them first".
_VERDICT = on_first_use(
    r"^\W*+(?:(?:the|his|her|their|my|our)\s+)?[a-z'-]+(?:\s+(?:and|&)\s+[a-z'-]+)?\s+"
    r"(?:will|would|is|are)\s+(?:never|not\s+(?:ever\s+)?be\s+able\s+to|never\s+be\s+able\s+to"
    r"|not\s+going\s+to\s+be\s+able\s+to|never\s+going\s+to)\b"
    r"|^\W*+(?:(?:the|his|her|their|my|our)\s+)?[a-z'-]+(?:\s+(?:and|&)\s+[a-z'-]+)?\s+"
    r"(?:won't|wouldn't|wont|wouldnt)\s+(?:ever\b|be\s+able\s+to\b)")
# Its other side, a grown-up said to be able to care with nothing seen of it, is read where
# its nudge is chosen (`praise.ABLE_TO_CARE`).
_ABLE = ABLE_TO_CARE
_DETERMINERS = words("the his her their my our")
_SERVICE_NAMES = words(SERVICE_NAMES)
_PROMISED = verb_forms("say tell promise agree admit explain swear") | words(
    "until unless if because while when once")


# The writer's reading of what someone knows, feels or hides, said as fact: "dad is lying
# about his drinking", "mum is not telling us the truth", "mum only cares about her
# boyfriend", "dad does not love his son", "mum knew what was happening", "mum would rather
# be out than at home with the baby". (Lying down is not lying: "was lying on the sofa".)
_WHERE_LAID = (r"(?!\s+(?:down|on|in|asleep|awake|next|there|still|face|flat|across|under"
               r"|beside|at|by|near|with|back|low)\b)")
# Lying is a lie only told to someone, about something, again, or as the clause ends ("dad is
# lying to us", "mum lies about her drinking", "he is lying."): "lying unconscious in the
# hallway", "lying perfectly still under the duvet" is where and how someone lay.
_TOLD_TO = (r"(?=\s+(?:to|about|again|all\s+the\s+time|constantly|through\s+(?:his|her|their)"
            r"\s+teeth)\b|\s*(?:[.,;:!?]|$))")
# Knowing a rule is not a mind read: "dad knows that he must not drink before contact".
_KNOWN_RULE = (r"(?!\s+(?:he|she|they|[a-z'-]+)\s+(?:must|mustn't|should|shouldn't|has\s+to"
               r"|have\s+to|needs?\s+to|can\s*not|can't|is\s+not\s+allowed|isn't\s+allowed"
               r"|is\s+(?:only\s+)?allowed)\b)")
# Who is loved or cared about is a person ("dad does not love his son", "mum doesn't care"),
# not a game or a food ("dad doesn't love football").
_CARED_FOR = (r"(?=\s*(?:[.,;:!?]|$)|\s+(?:about\s+|for\s+)?(?:him|her|them|us|anyone|anybody"
              r"|anything|what|whether|if|(?:(?:the|his|her|their|my|our)\s+)?(?:[a-z'-]+\s+)?"
              r"(?:kids|children|child|baby|babies|boys?|girls?|sons?|daughters?|family|twins"
              r"|youngsters|(?:little|young|wee)\s+(?:ones|uns)"
              r"|toddler|[a-z'-]+'s))\b)")
# A preference said of a grown-up is a mind read when what is put before the children is
# drink, going out or a partner ("mum would rather be out partying", "dad would rather drink
# than parent"), or when what is passed over is being with them; not an appointment's time,
# a meeting place or a wish of their own ("dad would rather meet at the family centre than
# at home").
_KIDS = (r"(?:the\s+|her\s+|his\s+|their\s+|my\s+)?(?:kids|children|child|baby|boys|girls|son"
         r"|daughter|twins|toddler|them|him|her)\b")
_PREFERS = (
    r"(?:(?:would|'d)\s+(?:much\s+|far\s+)?(?:rather|sooner|prefer\s+to)|prefers?|preferred)"
    r"\s+(?:(?:be\s+|being\s+)?(?:out\s+(?:partying|drinking|clubbing|with\s+(?:his|her|their)"
    r"\s+(?:mates|friends))|out(?=\s*(?:[.,;!?]|$)|\s+than\b)|drink|drinking|using|partying|party"
    r"|clubbing|gambling|getting\s+(?:drunk|high|wasted|stoned)|(?:at|down|in|go\s+to|go\s+down"
    r"|going\s+to|going\s+down)\s+the\s+pub|(?:go|going)\s+(?:out|drinking|clubbing|partying)"
    r"|(?:at|down|in)\s+the\s+bookies|on\s+(?:his|her|their)\s+phone|with\s+(?:his|her|their)"
    r"\s+(?:new\s+)?(?:boyfriend|girlfriend|partner|fella|mates|friends))\b"
    r"|[^.;]{0,80}?\bthan\s+(?:(?:be|being|stay|staying|stop|stopping|sit|sitting|spend\s+time"
    r"|spending\s+time)\s+(?:in\s+|at\s+)?(?:home\s+)?with|(?:be|being|stay|staying)\s+(?:at\s+)?"
    r"home\s+with|look(?:ing)?\s+after|car(?:e|ing)\s+for|play(?:ing)?\s+with|feed(?:ing)?"
    rf"|mind(?:ing)?|see(?:ing)?|spend(?:ing)?\s+time\s+with)\s+{_KIDS}"
    r"|[^.;]{0,80}?\bthan\s+(?:parent|parenting|be\s+a\s+(?:mum|dad|parent|mother|father)"
    r"|(?:do|doing)\s+(?:the\s+)?(?:school\s+run|bedtime|bath\s*time|night\s+feeds?|feeds))\b)")
_MIND_READ = on_first_use(
    r"^\W*(?:both\s+)?(?:(?:the|his|her|their|my|our)\s+)?(?P<who>[^\W\d_][\w'-]*)(?:\s+(?:and|&)\s+"
    r"[a-z'-]+)?\s+"
    r"(?:(?:is|are|was|were|'s|has\s+been|have\s+been|had\s+been|has|have|had|does|do|did"
    r"|still|just|clearly|obviously|definitely|probably|always|often|also|really|simply"
    r"|deliberately|keeps|kept|keep|continues\s+to|continued\s+to|carries\s+on|carried\s+on)\s+)*"
    rf"(?:lying{_WHERE_LAID}{_TOLD_TO}|lie[sd]?{_WHERE_LAID}{_TOLD_TO}|fib(?:s|bed|bing){_TOLD_TO}"
    r"|telling\s+(?:us\s+|me\s+)?lies"
    r"|(?:not|never)\s+(?:been\s+)?(?:telling|told|tell|being)\s+(?:us\s+|me\s+|anyone\s+"
    r"|anybody\s+|professionals\s+|workers\s+|the\s+\w+\s+(?:worker\s+)?)?(?:the\s+)?(?:(?:whole"
    r"|full)\s+)?(?:truth|honest|truthful|straight|open|story|everything)\b"
    r"|(?:not|never)\s+(?:been\s+)?(?:honest|truthful)\b"
    r"|(?:hiding|concealing)\s+(?:something|things|stuff|the\s+truth|it|a\s+lot(?!\s+of)"
    r"|(?:the\s+(?:true\s+|real\s+|full\s+)?extent\s+of\s+)?(?:his|her|their)\s+(?:drinking"
    r"|drug\s+use|drug\s+taking|use|gambling|relationship|new\s+(?:partner|boyfriend|girlfriend)"
    r"|partner|boyfriend|girlfriend))\b"
    r"|keeping\s+(?:things|stuff|something|secrets)\s+from\b"
    # Who is kept from the workers, and what goes on behind their backs: "the family are
    # hiding A from us", "mum is still seeing him behind our backs".
    r"|(?:hiding|hides|hid|keeping|keeps|kept)\s+(?:[a-z'-]+\s+){1,2}(?:away\s+)?from\s+(?:us|me"
    r"|professionals|services|workers|the\s+(?:school|police|team|social\s+worker|workers))\b"
    r"|[^.;,]{0,60}?\bbehind\s+(?:our|my|your|everyone's|everybody's|professionals'"
    r"|(?:the\s+)?[a-z'-]+'s)\s+backs?\b"
    # Wanting a child, or harming one on purpose, said as fact: "mum doesn't want the baby",
    # "dad is grooming her" (what was seen or said is what a practice lead asks for).
    rf"|(?:not|never)\s+(?:really\s+|even\s+)?want(?:s|ed)?\s+{_KIDS}"
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:any\s*more|at\s+all|around|back|home)\b)"
    r"|(?:grooming|groomed|exploiting|manipulating|brainwashing|radicali[sz]ing)\s+(?!for\b"
    r"|(?:the\s+|his\s+|her\s+|their\s+)?(?:dogs?|pupp(?:y|ies)|cats?|horses?|pon(?:y|ies)|hair"
    r"|beard|lawn|hedges?|pitch)\b)"
    r"(?:the\s+|his\s+|her\s+|their\s+)?[a-z'-]+(?=\s*(?:[.,;:!?]|$)|\s+(?:and|into|to|so)\b)"
    r"|covering\s+(?:it\s+)?up\b|covering\s+for\s+(?:him|her|them|each\s+other|[a-z'-]+)"
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:again|all\s+the\s+time|and|but)\b)"
    r"|making\s+(?:it|this|that|things|stuff)\s+up\b"
    # The worries not taken in, said as fact: "the parents don't take the worries seriously",
    # "dad does not see a problem with it", "mum never takes it seriously".
    r"|(?:not|never)\s+(?:really\s+|seem\s+to\s+|appear\s+to\s+)?(?:take|takes|took|taking"
    r"|taken)\s+(?:[a-z'-]+\s+){0,3}?seriously\b"
    r"|(?:not|never)\s+(?:really\s+|seem\s+to\s+|appear\s+to\s+)?(?:see|sees|saw|seeing)\s+"
    r"(?:a|any|the|what\s+the)\s+(?:problem|issue|harm|risk|danger|big\s+deal)s?\b"
    r"|(?:only|just)\s+cares?\s+(?:about|for)\b|cares?\s+more\s+(?:about|for)\b"
    r"|(?:only|just)\s+interested\s+in\b"
    r"|(?:not|never)\s+(?:really\s+|even\s+|actually\s+|seem\s+to\s+|appear\s+to\s+)?(?:care"
    rf"|cares|cared|love|loves|loved){_CARED_FOR}"
    rf"|{_PREFERS}"
    r"|(?:knew|knows|must\s+have\s+known|must've\s+known|always\s+known|known\s+all\s+along)\s+"
    rf"(?:exactly\s+|full\s+well\s+|all\s+along\s+)?(?:what|about|that{_KNOWN_RULE}|all\s+along"
    r"|and\s+did\s+nothing)\b"
    r"|(?:must\s+have\s+been\s+|must've\s+been\s+)?aware\s+(?:of\s+(?:what|the\s+abuse|the\s+harm"
    r"|it\s+all|everything)|all\s+along)\b)")
# "doesn't", "isn't", "didnt": read as the word and "not".
_N_T = on_first_use(r"\b(does|do|did|is|are|was|were|has|have|had)n'?t\b")
_N_T_WORDS = ("nt", "n't")  # one is in all it finds
# Who it is said of is a grown-up of the household (a child's wish, "Jayden would rather live
# with his dad", is the child's own to tell).
# (the family's own grown-ups, `lexicon.FAMILY_ADULTS`, and the others a note names so)
_GROWN_UPS = words(FAMILY_ADULTS) | words("boyfriend girlfriend fella bloke ex he she they family")


_THEN_DID = words("and then but so")


def _mind_read(lowered: str, sentence: str, after: str = "") -> bool:
    """What a grown-up knows, feels or hides, said as fact with nothing seen, heard or told
    behind it, nor a time, thing, number or name, nor what they did said after it, in the
    sentence or the clause after its semicolon (`after`: "dad is lying to the children about
    where mum is; he told them she is on holiday")."""
    # (searched only where one can be: a substitution by a template costs a call into `re`'s
    # Python code at every sentence, found or not)
    said = _N_T.sub(r"\1 not", lowered) if any(w in lowered for w in _N_T_WORDS) else lowered
    found = _MIND_READ.match(said)
    if found is None or _who(found.group("who")) not in _GROWN_UPS:
        return False
    if _SEEN_AFTER.search(said, found.end()) or _SEEN_AFTER.match(after):
        return False
    rest = _tokens(said[found.end():])
    if any(joint in _THEN_DID and word in _EVENTS and not word.endswith("ing")
           for joint, word in pairwise(rest)):
        return False  # "Mum knew about the appointment and took J there": what she did
    return not _grounded(rest) and _WHEN.isdisjoint(rest) and not (rest and _things_seen(rest)) \
        and not _numbered(lowered) and not _named(sentence, _tokens(found.group()))


def _stance_claim(tokens: list[str], lowered: str, sentence: str) -> bool:
    """A belief or a certainty said with nothing seen, heard or told behind it, nor a time,
    thing, number or name. A thing judged ("the injuries weren't accidental") is what the
    belief is about, not what was seen."""
    tag = _YOU_CAN_TELL.search(lowered) if "you" in tokens else None
    if tag is not None:  # the tag is the hunch, not something seen
        lowered = lowered[:tag.start()] + " " * (tag.end() - tag.start()) + lowered[tag.end():]
    found = _STANCE.match(lowered) or _HEDGED.match(lowered) or _HEDGED_DOING.match(lowered)
    opinion = None if found is not None or tag is not None else _OPINION.match(lowered)
    if opinion is not None:
        said = lowered[opinion.end():]
        rest = _tokens(said)
        return len(rest) > 2 and _FORETOLD.isdisjoint(rest) and "'ll" not in said \
            and not _ADVISED.match(said) and not _REASON.search(said) \
            and not (_OWN_FEELING.match(said) and "feel" in opinion.group()) \
            and not _grounded(rest) and _WHEN.isdisjoint(rest) \
            and not _things_seen(rest) and not _numbered(lowered) and not _named(sentence)
    if found is None and tag is None:
        return False
    if found is not None and (_ADVISED.match(lowered, found.end()) or _REASON.search(lowered)):
        return False  # "I believe it's important that ...": advice, as "I think" is read
    if found is not None and made_by(found, _HEDGED_DOING) and _SEEN_AFTER.search(lowered,
                                                                             found.end()):
        return False  # "... obviously adore their sister, they follow her round the house"
    lowered = _THAN_SAID.sub(" ", lowered)
    rest = _tokens(lowered[found.end():] if found is not None else lowered)
    return bool(rest) and not _grounded(rest) and _WHEN.isdisjoint(rest) \
        and not _things_seen(rest) and not _numbered(lowered) and not _named(sentence)


def _grounded(rest: list[str]) -> bool:
    """Whether seeing, hearing or being told is what a belief rests on; "not telling us
    everything", "isn't saying" is what the belief is, not what it rests on."""
    return any(word in _GROUNDS and not (word.endswith("ing") and before in _NEGATIONS)
               for before, word in pairwise(["", *rest]))


def _things_seen(rest: list[str]) -> bool:
    """Whether a thing is named other than as what a belief judges ("the injuries were
    not accidental", "the bruises are non-accidental")."""
    return any(word in _THINGS and then not in _COPULA
               for word, then in zip(rest, [*rest[1:], ""], strict=True))


def _verdict(tokens: list[str], lowered: str, sentence: str) -> bool:
    """A person said never to change or never to be able to, with no promise, condition,
    time, number or name beside it."""
    found = _VERDICT.match(lowered)
    if found is not None:
        said_of = _person(_tokens(found.group())[0])
    elif (found := _ABLE.match(lowered)) is not None:
        # who is said to be able: "the grandparents", "her aunt", "Chloe"; not "the school"
        who = [word for word in _tokens(found.group()) if word not in _DETERMINERS][:1] \
            or _tokens(found.group())[:1]
        said_of = _who(who[0]) in _GROWN_UPS or looks_like_a_name(who[0]) \
            or _unlisted_name(sentence, who[0])
    return found is not None and said_of \
        and _PROMISED.isdisjoint(tokens) and _WHEN.isdisjoint(tokens) \
        and not _numbered(lowered) and not _named(sentence)


def bare_claims(text: str, masked: str) -> list[tuple[int, int]]:
    """The spans of sentences that say what a person or family is like and nothing anyone
    did, said or was seen to do. `masked` is the text with its quotes blanked
    (`text.mask_quotes`): a sentence holding a quote reports what was said. One that a
    semicolon joins to what happened is told by it ("Ethan's autism means loud rooms hurt
    him; Dad now warns him before they go into the shop")."""
    spans = list(sentence_spans(masked))
    return [span for span, then in zip(spans, [*spans[1:], None][:len(spans)], strict=True)
            if not (then is not None and _shown_next(masked, span, then))
            and _is_bare_claim(text, masked, span)]


# Who the next sentence is about, when it goes on about the person just praised, or someone
# who saw it tells of them ("Her leader says she talks to the other girls").
_GOES_ON_ABOUT = on_first_use(r"\W*(?:(?:her|his|their|the)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:says"
                              r"|said|reports|reported|tells\s+me|told\s+me)\s+(?:that\s+)?)?"
                              r"(?:she|he|they|mum|dad|nan|gran|grandad|grandma)\b", re.I)


def _shown_next(masked: str, span: tuple[int, int], then: tuple[int, int]) -> bool:
    """Whether the next sentence shows what this one says: after a semicolon, anything that
    happened; after a full stop, what the person just praised did ("Mum is a loving parent.
    She reads to Kai every night")."""
    joint = masked[span[1]:then[0]].strip()
    after = masked[then[0]:then[1]]
    if joint == ";":
        return tells_what_happened(after)
    sentence = masked[span[0]:span[1]]
    if joint not in (".", "!"):
        return False
    # ... or, for any claim, the day it was seen and what they did then: "Mum is not coping
    # with J's crying. On 2 Dec she left him in his cot and went outside for 20 minutes."
    if (dated := _DAY_FIRST.match(after)) and _GOES_ON_ABOUT.match(after, dated.end()) \
            and tells_what_was_seen(after):
        return True
    return _GOES_ON_ABOUT.match(after) is not None \
        and praise_span(_unnamed(sentence, sentence.lower().replace("’", "'"))) is not None \
        and goes_on_to_tell(after)


# A day said first: "On 2 Dec", "Last Friday", "Yesterday", "At the visit on 3/12,".
_DAY_FIRST = on_first_use(r"\W*(?:(?:on|last|this|yesterday|at\s+the\s+(?:visit|clinic"
                          r"|home\s+visit)(?:\s+on)?)\b[^,.;:!?\n]{0,25}?(?:\d{1,2}(?:st|nd|rd"
                          r"|th)?(?:\s*[/.]\s*\d{1,2})?(?:\s+[a-z]{3,9})?|monday|tuesday|wednesday"
                          r"|thursday|friday|saturday|sunday|week|night|morning|evening)\b,?\s*"
                          r"|\W*yesterday,?\s*)", re.IGNORECASE)


def _is_bare_claim(text: str, masked: str, span: tuple[int, int]) -> bool:
    sentence = masked[span[0]:span[1]]
    lowered = sentence.lower().replace("’", "'")
    tokens = _tokens(lowered)
    if masked[span[1]:span[1] + 1] == "?" or (tokens and tokens[0] in _ASKING):
        return False  # a question, or what to do: it says nothing of anyone
    if sentence != text[span[0]:span[1]]:
        return False  # a quote: someone's own words
    if any(word in lowered for word in _ACCOUNT_WORDS) and _ACCOUNT_JUDGED.search(lowered) \
            and not _ACCOUNT_GIVEN.search(lowered):
        return True  # "explanation inconsistent with the injuries": what was said is not
    if _verdict(tokens, lowered, sentence) or _stance_claim(tokens, lowered, sentence) \
            or _mind_read(lowered, sentence,
                          masked[span[1]:span[1] + 80].lower().replace("’", "'")):
        return True
    # Most plain sentences hold an event or a time: that one look settles them.
    if not _FORETOLD.isdisjoint(tokens) or "'ll" in lowered or _NEEDED.search(lowered) \
            or _NAMED_NEED.search(lowered):
        # A claim, then a promise or a wish joined to it, is still the claim: "Dad
        # understands the worries and will make sure it doesn't happen again", "Mum is doing
        # amazing and should be proud of herself". What comes before the join is read alone.
        # What is joined must itself tell nothing of when, where or what: "Nan is supportive
        # and will have the kids on Saturdays" says what Nan will do.
        joined = _THEN_FORETOLD.search(lowered)
        return joined is not None \
            and not _told_when_or_what(lowered[joined.end():], sentence[joined.end():]) \
            and _is_bare_claim(text, masked, (span[0], span[0] + joined.start()))
    if _praise_only(sentence, lowered) or _troubles_noted(tokens):
        return True
    if _evidence(tokens) or _verb(tokens) or _named(sentence):
        return False  # an event or a time told, or a place or name written out
    if _numbered(lowered):
        return False
    return not _counted(tokens) and _claims(tokens)


# What someone said happened, judged without what they said: "explanation inconsistent with
# the injuries", "conflicting accounts", "dad's story kept changing", "the explanations don't
# add up". What each account was is what a reader weighs (`_ACCOUNT_GIVEN`: said with it).
_ACCOUNTS = r"(?:explanations?|accounts?|stor(?:y|ies)|versions?(?:\s+of\s+events)?)"
_ACCOUNT_JUDGED = on_first_use(
    r"\b(?:inconsistent|conflicting|contradictory|contradicting|differing|changing|varying"
    r"|vague|implausible|unconvincing|evasive|inadequate|unclear|shifting)\s+(?:\w+\s+){0,2}?"
    + _ACCOUNTS + r"\b"
    r"|\b" + _ACCOUNTS + r"\b(?:\s+[\w'’]+){0,5}?\s+(?:(?:is|was|are|were|been|seems?|seemed"
    r"|appears?|appeared|remains?|remained)\s+(?:\w+\s+)?)?(?:inconsistent|conflicting"
    r"|contradictory|vague|implausible|unconvincing|unclear|evasive|not\s+(?:consistent"
    r"|plausible|credible|believable))\b"
    r"|\b" + _ACCOUNTS + r"\b(?:\s+[\w'’]+){0,5}?\s+(?:kept|keeps|keep)\s+changing\b"
    r"|\b" + _ACCOUNTS + r"\b(?:\s+[\w'’]+){0,5}?\s+(?:(?:do|does|did)\s*(?:n['’]?t|not)"
    r"|never)\s+(?:add\s+up|fit|match|make\s+sense|tally)\b"
    # ... or the injury judged against what was said, with nothing of either: "injury
    # inconsistent with mechanism", "injuries not consistent with the history given"
    r"|\b(?:injur(?:y|ies)|bruis(?:e|es|ing)|fractures?|burns?|marks?|wounds?)\s+(?:(?:is|was"
    r"|are|were|seems?|seemed|appears?|appeared)\s+)?(?:inconsistent|not\s+consistent"
    r"|incompatible|not\s+compatible|at\s+odds)\s+with\s+(?:the\s+)?(?:mechanism|history"
    r"|explanation|account|story|version)s?(?:\s+(?:of\s+injury|given|offered))?\b")
# One of these is in every sentence `_ACCOUNT_JUDGED` finds ("history" holds "stor"): a
# sentence with none is not searched (most are not, and the search tries every word).
_ACCOUNT_WORDS = ("stor", "account", "version", "explanation", "mechanism")
_ACCOUNT_GIVEN = on_first_use(r"\b(?:said|says|saying|told|tells|claimed|claims|stated|states"
                              r"|explained|reported)\b|[:(]")


# Where a promise or a wish is joined to what came before it, with nothing after the join
# but the will: "... and will", "..., and she should". (It starts at a space, or a comma with
# a space after it: written so, opening with that one class, `re` scans a text for where it
# can start; written `(?:\s*,)?\s+and` it was tried at every letter.)
_THEN_FORETOLD = on_first_use(r"[\s,](?:(?<=,)\s+|(?<=\s)\s*(?:,\s+)?)and\s+"
                              r"(?:(?:he|she|they|i|we)\s+)?(?:will|should|would|must|'ll)\b")


def _told_when_or_what(lowered: str, sentence: str) -> bool:
    """Whether a promise or a wish says when ("on Saturdays", "until Friday"), how many, where
    or with whom by name, or what thing or event."""
    tokens = _tokens(lowered)
    return any(word in _WHEN or word.removesuffix("s") in _WHEN for word in tokens) \
        or _numbered(lowered) or _evidence(tokens) or _named(sentence)


def _evidence(tokens: list[str]) -> bool:
    """Whether an event, a time or a thing is named. A verb's "-ing" or "-s" after "his",
    "the" or "for" is a noun ("Dad's drinking", "for visits") and tells of no one event; a
    thing's word before a person's ("key adult", "bus escort", "door staff") is part of who
    they are, and names no thing."""
    found = _EVIDENCE.intersection(tokens)
    if found & _THINGS and not _ROLE_AFTER.isdisjoint(tokens):
        found -= {word for word, after in pairwise(tokens)
                  if word in _THINGS and after in _ROLE_AFTER} - {
                      word for word, after in pairwise([*tokens, ""])
                      if word in _THINGS and after not in _ROLE_AFTER}
    if not found:
        return False
    if any(not (word.endswith(("ing", "s")) and word in _EVENTS) for word in found):
        return True
    return any(word in found and before not in _NOUN_BEFORE and not before.endswith("'s")
               for before, word in pairwise(["", *tokens]))


def _verb(tokens: list[str]) -> bool:
    """Whether a bare event verb is read as a verb: "to drive", "can't lift", "they argue";
    not what someone is said to struggle with ("struggles to follow", "hard to pin down")."""
    if any(word in _THIRD and after in _BARE_AFTER_THIRD
           for word, after in pairwise(tokens)):
        return True  # "she cuddle him", "he take her to school": English as a second language
    if _BARE.isdisjoint(tokens):
        return False
    for at in (i for i, word in enumerate(tokens) if i and word in _BARE):
        before, first = tokens[at - 1], tokens[at - 2] if at > 1 else ""
        if before in _BEFORE_VERB and not (before == "to" and (first in _STATES
                                                               or _judging(first))):
            return True
    return False


def _counted(tokens: list[str]) -> bool:
    """Whether something other than people is counted: "three days", "four cans"."""
    if _COUNTS.isdisjoint(tokens):
        return False
    return any(word in _COUNTS and after not in _PEOPLE
               for word, after in zip(tokens, [*tokens[1:], "them"], strict=True))


def _named(sentence: str, about: Iterable[str] = ()) -> bool:
    """Whether a place or a name is written out ("Poland", "Tesco"): specific, not a claim.
    A child's or an adult's first name is who a claim is about, not where or what was seen
    ("mum must have known what he was doing to Amelia"), unless it names a place ("in
    Jordan", "at Chelsea")."""
    about = set(about) | _SERVICE_NAMES
    return any(_who(m.group().lower()) not in _PEOPLE and m.group().lower() not in about
               and not (looks_like_a_name(m.group())
                        # the few letters before the name: a preposition of place
                        and not _AT_PLACE.search(sentence, max(0, m.start() - 12), m.start()))
               and not _kept(sentence, m)
               for m in _PROPER.finditer(sentence))


def _kept(sentence: str, m: re.Match[str]) -> bool:
    """Whether the capitalised word is the one kept safe or cared for, so a person, not a
    place, though no list holds the name ("keeping Mariam safe")."""
    return bool(_KEPT_BEFORE.search(sentence, max(0, m.start() - 16), m.start())
                and _KEPT_AFTER.match(sentence, m.end())) \
        or bool(_LOOKED_AFTER_BEFORE.search(sentence, max(0, m.start() - 16), m.start()))


def _unlisted_name(sentence: str, word: str) -> bool:
    """Whether the word opens the sentence as a name no list holds ("Jo is able to care"): a
    capitalised word no class of these checks claims, and no service's."""
    first = NAME_RE.match(sentence.lstrip())
    return first is not None and first.group().lower() == word \
        and word not in _SERVICE_NAMES


def _tokens(lowered: str) -> list[str]:
    """The words, with "she's" read as "she is" (and "mum's a ..." as "mum is a ..."), and
    the children as a family calls them read as "kids" ("the little ones", "the wee ones")."""
    found = _token_list(lowered)
    if "ones" in found or "uns" in found:
        found = _as_kids(found)
    if "'" not in lowered and _SHORT.keys().isdisjoint(found):
        return found
    out: list[str] = []
    for token in found:
        if out and out[-1] in _PLURAL_IS and token in _IS_AFTER:
            out[-1:] = [_who(out[-1]), "is"]
        out.extend(_SHORT.get(token) or (token,))
    return out


def _token_list(lowered: str) -> list[str]:
    """`_TOKEN.findall(lowered)`: most answers are ASCII alone, and there the bytes are split
    where `_NOT_IN_A_TOKEN` made them spaces (a fifth of what `re` took)."""
    if not lowered.isascii():
        return _TOKEN.findall(lowered)
    spaced = " " + lowered.encode().translate(_NOT_IN_A_TOKEN).decode()
    if " '" in spaced or " -" in spaced or " _" in spaced:  # (seldom: "'cos", "-ish")
        return [token for run in spaced.split() if (token := run.lstrip("_'-"))]
    return spaced.split()


_LITTLE = words("little young wee")


def _as_kids(found: list[str]) -> list[str]:
    """"little ones", "young ones", "wee ones", "little uns" read as one word, "kids"."""
    out: list[str] = []
    for token in found:
        if token in ("ones", "uns") and out and out[-1] in _LITTLE:
            out[-1] = "kids"
        else:
            out.append(token)
    return out


def _who(token: str) -> str:
    """The person a possessive names: "mum's", "parents'" and, untyped, "mums"."""
    if "'" in token:
        return token.removesuffix("'s").removesuffix("s'")
    return token[:-1] if token in _PLURAL_IS else token


@lru_cache(maxsize=4096)  # words recur from answer to answer
def _person(token: str) -> bool:
    return _who(token) in _PEOPLE or token in _ONE_LETTER


def _claims(tokens: list[str]) -> bool:
    """Whether a sentence says what a person is like, or rests on an abstract noun."""
    clauses = _clauses(tokens)
    about_person = linked = False
    for clause in clauses:
        if _acts(clause):
            linked = False
            continue
        verb = next((i for i, t in enumerate(clause) if t in _LINKING), None)
        if verb is None and clause is clauses[-1] and _home_of(clause):
            continue  # "the boxing club and nan's flat": where nan lives, not how she is
        if verb is None:
            if _verbless_claim(clause, alone=len(clauses) == 1,
                               going_on=linked and about_person):
                return True
            continue
        subject = clause[:verb]
        if subject:
            # whom it is said of, not where they are: "the estate near nan's is rough" is
            # said of the estate, "the lads by the shops are rough" of the lads
            where = next((i for i, t in enumerate(subject) if i and t in _WHERE_IT_IS
                          and (t != "next" or subject[i + 1:i + 2] == ["to"])), len(subject))
            about_person = any(_person(t) for t in subject[:where])
        linked = clause[verb] in _COPULA
        if subject[-1:] == ["there"]:
            if any(_abstract(t) for t in clause[verb + 1:]):
                return True  # "there are tensions", "there is a lot going on"
        elif any(_abstract(t) for t in subject) or (about_person and _says_what(clause, verb)):
            return True
    return False


# What opens where the one spoken of is, after them: "near nan's", "by the school", "next to
# the shops" (not "the next door neighbour").
_WHERE_IT_IS = words("near by behind beside opposite outside next")


def _clauses(tokens: list[str]) -> list[list[str]]:
    """The words between the words that begin a clause ("and", "because", "when" ...)."""
    cuts = [i for i, word in enumerate(tokens) if word in _CLAUSE_END]
    return [tokens[start + 1:end] for start, end in pairwise([-1, *cuts, len(tokens)])
            if end > start + 1]


# Nouns that make the word before them part of a job or a service's name: "family support
# worker", "early help team", "wellbeing lead" are someone, not an abstract claim.
_ROLE_HEADS = words("""worker workers officer officers nurse nurses team teams service
    services lead leads manager coordinator co-ordinator practitioner practitioners assistant
    mentor advocate visitor visitors group hub unit panel""")


def _home_of(clause: list[str]) -> bool:
    """Whether a clause that ends a sentence is someone's flat ("nan's flat")."""
    return len(clause) == 2 and clause[0].endswith("'s") and clause[1] == "flat"


# Trouble named as a note, with nothing of what happens: "financial difficulties",
# "communication issues", "mental health problems", "mum's own vulnerabilities". None of it
# ("no concerns") is another answer, and a condition's own name ("learning difficulties") is
# a fact. (Pressures and strains too: "financial pressures", "money strain" (set AK).)
_TROUBLES = words("""concern concerns worry worries issue issues problem problems difficulty
    difficulties struggles tensions vulnerability vulnerabilities challenges stressors
    pressures pressure strain strains""")
_NONE_OF = words("no not any without none nil few")
_CONDITIONS_NAMED = words("learning breathing hearing")


def _troubles_noted(tokens: list[str]) -> bool:
    """A note of troubles and no more, even of a thing one could see: "money worries", "debt
    and housing worries" (set AQ; set AO's held-out), not "no money worries" nor a name
    ("the House of Worries")."""
    return 2 <= len(tokens) <= 5 and tokens[-1] in _TROUBLES \
        and tokens[0] not in _NONE_OF and tokens[0] not in _CONDITIONS_NAMED \
        and all(t in _JOINS or (t.isalpha() and not _person(t) and t not in _WHOSE
                                and t not in _NOT_OF_A_NOTE) for t in tokens[:-1])


_JOINS = words("and &")
_NOT_OF_A_NOTE = words("of in on at about around with for over from the a an this that")


def _verbless_claim(clause: list[str], *, alone: bool, going_on: bool) -> bool:
    """A clause with no verb: a note ("ongoing worries around home life", "mum very hostile
    on the doorstep"), or more said of the person before ("is lovely but out of her depth")."""
    if alone and len(clause) > 3 and any(
            _abstract(t) and after not in _ROLE_HEADS
            for t, after in zip(clause, [*clause[1:], ""], strict=True)):
        return True
    if alone and 2 <= len(clause) <= 3 and clause[-1] in _TROUBLES \
            and clause[0] not in _NONE_OF and clause[0] not in _CONDITIONS_NAMED:
        return True  # "financial difficulties", "communication issues": trouble named only
    if clause[0].endswith("ed") and clause[0] not in _JUDGEMENTS:
        return False  # "... and offered me a drink": a verb these lists do not hold
    noted = _person(clause[0]) and len(clause) > 1 and (clause[1] in _FILLER
                                                    or clause[1] in _JUDGEMENTS)
    if noted and _says_what(["is", *clause[1:]], 0):
        return True
    return going_on and _says_what(["is", *clause], 0)


def _acts(clause: list[str]) -> bool:
    """Whether a clause reads as a person doing something: a person, then a word that is no
    helper, link or judgement (most likely a verb these lists do not hold)."""
    said = [t for t in clause if t not in _FILLER and t not in _DO]
    return (len(said) > 1 and _who(said[0]) == said[0] and _person(said[0])
            and not (said[1] == "own" and said[0] in _WHOSE)  # "her own", no one owning
            and not _person(said[1]) and said[1] not in _LINKING and not _judging(said[1])
            and not _abstract(said[1]) and not _gerund_subject(said))


_WHOSE = words("her his their its my our your")


# "Does" and "did" carry the verb after them: "she doesn't understand the risks" says
# what she is like as "she lacks understanding" does.
_DO = words("do does did don't doesn't didn't dont doesnt didnt")


def _gerund_subject(said: list[str]) -> bool:
    """Whether a person's "-ing" is what the sentence is about, not what they do: "family
    functioning is poor", "mum's coping was low" ("mum drinking is ..." reads the same)."""
    return len(said) > 2 and said[1].endswith("ing") and said[2] in _COPULA


def _says_what(clause: list[str], verb: int) -> bool:
    """Whether what follows the verb is a state, a judgement or an abstract noun."""
    while True:
        if clause[verb] in _STATES:
            return True
        after = next((i for i in range(verb + 1, len(clause)) if clause[i] not in _FILLER),
                     None)
        if clause[verb] in _HAVE and after is not None and clause[after] in _LINKING:
            verb = after  # "has been", "has struggled": what follows that verb is what is said
            continue
        break
    if clause[verb] in _HAVE and after is not None and _done(clause[after]):
        return False  # "police have decided not to take any action": what they did
    if clause[verb] in _HAVE:  # what a person has: "issues", not "a bad back" or "no worries"
        # (nor a status in law: "has parental responsibility for him")
        return any((_abstract(word) and before not in ("no", "parental") and before not in _PRAISE)
                   or (before == "no" and word in _LACKED) or (word, then) == ("yet", "to")
                   or (before == "no" and word in ("idea", "clue") and then in ("how", "what"))
                   for before, word, then in zip(clause[verb:], clause[verb + 1:],
                                                 [*clause[verb + 2:], ""], strict=False))
    negated = not _NEGATIONS.isdisjoint(clause)
    if clause[verb] in _COPULA and _likened(clause[verb + 1:], negated):
        return True
    return _judges(clause[verb:], negated)


# What a person is said to have none of is how they are, not a thing they lack: "has no
# respect for women", "has no empathy" (not "has no worries", "has no bed").
_LACKED = words("""respect regard empathy remorse sympathy compassion insight understanding
    awareness conscience shame guilt patience motivation interest self-control control
    boundaries routine routines structure consistency warmth feelings morals values""")


# Done by the one a sentence is about, said with "have": "have decided", "has agreed".
_DECIDED = verb_forms("decide agree choose confirm announce arrange")


def _done(word: str) -> bool:
    """Whether a word after "has" or "have" is a past participle of deciding or agreeing."""
    return word in _DECIDED and word.endswith(("ed", "chosen"))


def _judges(said: list[str], negated: bool) -> bool:
    """Whether the words after a link judge: "is not in a good place", "is overly physical"."""
    status = False  # after "on", "in", "under": "on probation", "in a new relationship"
    for at, (before, word, then) in enumerate(zip(said, said[1:], [*said[2:], ""],
                                                  strict=False)):
        status = status or before in _STATUS_BEFORE
        if word in _A_PLACE_TOO and (before in _AT or (
                before in _NOUN_BEFORE and at and said[at - 1] in _AT)):
            continue  # "present in the flat", "was at flat": where, not a flat mood
        if word in _STATES:
            return True  # "is refusing to", "seems to struggle"
        if word.endswith("ing") and word not in _JUDGEMENTS and word not in _LINKING:
            return False  # "is waiting for", "is working nights": what someone does
        if word in _FILLER or word in _LINKING or (before in _PRAISE and not negated):
            continue  # "in a good mood"; but "not in a good place"
        if status and word not in _ABSTRACT and word not in _JUDGEMENTS:
            continue  # a status, not a judgement (though "in denial", "in a bad way" are)
        if word.endswith("ed") and (then in _NOUN_BEFORE or then in _PRAISE):
            continue  # a verb with its object: "is predicted good grades"
        if _judging(word) or _abstract(word) or (word, then) == ("yet", "to"):
            return True
    return False


# A judgement that is also a place, after a word saying where: "in the flat", "at flat".
_A_PLACE_TOO = words("flat")
_AT = words("in at to from into inside outside near")


def _likened(said: list[str], negated: bool) -> bool:
    """Whether a person is said to be a thing rather than a role: "a nightmare", "a dark
    horse", "a law unto himself" (not "a nurse", "a keen footballer")."""
    lead = [i for i, word in enumerate(said[:7]) if word in _ARTICLES]
    start = lead[-1] if lead else None  # "a bit of a dark horse": the noun after the last
    if start is None or any(w not in _FILLER and w != "something" for w in said[:start]):
        return False
    noun: list[str] = []
    for word in said[start + 1:]:
        if word in _AFTER_NOUN or word in _CLAUSE_END:
            break
        if word not in _FILLER:
            noun.append(word)
    if not noun or (not negated and not _PRAISE.isdisjoint(noun)):
        return False
    head = noun[-1]
    if any(_judging(word) for word in noun[:-1]):
        return True  # "a demanding toddler", "an unsafe carer"
    return not (_person(head) or head in _ROLES or head in _THINGS
                or head.endswith(_ROLE_ENDS))


@lru_cache(maxsize=4096)  # words recur from answer to answer
def _judging(word: str) -> bool:
    if word in _JUDGEMENTS:
        return True
    if word in _FACTS or word in _PRAISE or len(word) < 5:
        return False
    return word.endswith(_JUDGING_ENDS) or word.startswith(_JUDGING_STARTS)


@lru_cache(maxsize=4096)  # words recur from answer to answer
def _abstract(word: str) -> bool:
    if word in _ABSTRACT:
        return True
    if word.endswith("ies") and len(word) > 6:  # "priorities", "anxieties": as one is read
        return _abstract(word[:-3] + "y")
    if word.endswith(("nesses", "ships", "isms")):  # not "questions", "appointments"
        return _abstract(word.removesuffix("es" if word.endswith("nesses") else "s"))
    return word not in _FACTS and len(word) > 5 and word.endswith(_ABSTRACT_ENDS)
