"""The patterns behind jargon: the shapes labels take, not a list of every label.

Each rule is a kind of wording a practice lead sends back, with the question that fits it:
labels put on a person ("presents as", "is volatile", "is a risk to"), process words
("engagement", "compliance", "intervention"), vague risk ("there are concerns", "issues
around", "at risk of harm" with nothing behind it), euphemism ("inappropriate",
"unsuitable"), and wording that makes a child the cause of their own abuse ("making poor
choices", "putting herself at risk", "county lines" without the adults who exploit).
Euphemism and blame written as shapes ("disciplined him with his belt", "let him back in
even though...") are in `flows.checks.softening`, and asked with these.
"""

from __future__ import annotations

import re

from flows.checks.lexicon import ADULT, CHILD, FAMILY_ADULTS, NAME, PROFESSIONAL, SERVICE_BY_NAME
from flows.checks.rule import Rule, rule
from flows.checks.softening import SOFTENING
from flows.checks.text import NeedleIndex, alternation
from flows.regex import on_first_use

_I = re.IGNORECASE
# A child said to meet or go with men: the name `plain_language` reads "him" or "them" by,
# plain when they stand for her dad or grandparents ("ran to Dad and was happy to go with him").
MEETING_MEN = "meeting men"
A_ROUGH_AREA = "a rough area"


_COPULA = alternation("""is was are were be been being seem seems seemed appear appears
    appeared became becomes gets got can_be could_be remain remains present presents presented
    described_as viewed_as seen_as considered deemed look looks looked sound sounds sounded""")
_TRAITS = alternation("""volatile manipulative erratic unstable unpredictable uncooperative
    uncooperative resistant evasive obstructive defensive dismissive argumentative
    confrontational abusive violent needy clingy demanding
    promiscuous provocative streetwise precocious feral disruptive defiant oppositional
    withdrawn dysregulated immature irresponsible incapable controlling non-compliant
    noncompliant non-protective unprotective unmotivated coercive unsafe unavailable guarded
    neglectful disorganised disorganized inconsistent unfit challenging traumatised traumatized
    toxic dysfunctional enmeshed agitated hysterical histrionic paranoid intimidating vacant
    detached aloof belligerent combative antagonistic explosive hot-headed hot-tempered
    quick-tempered short-tempered bad-tempered moody stroppy rude abrasive lazy selfish
    deceitful dishonest untruthful spiteful vindictive nasty vile cruel
    callous overbearing domineering possessive obsessive fixated irrational unreasonable
    neurotic avoidant mouthy gobby lippy flat spaced_out zoned_out all_over_the_place
    sexualised sexualized radicalised radicalized institutionalised institutionalized
    snappy grumpy narky arsey shouty lairy cocky mardy sulky shifty cagey dodgy flaky touchy
    jumpy twitchy prickly bolshy whiny sneaky pushy bossy nosy rejecting blaming demeaning
    patronising patronizing undermining belittling smothering street-smart streetwise savvy
    worldly obstinate stubborn naive gullible easily_led self-absorbed self-centred
    self-centered entitled arrogant sarcastic apathetic narcissistic sadistic manic dramatic
    unhinged scatty forgetful territorial incompetent negligent complacent indifferent
    uninterested disinterested ambivalent harsh punitive authoritarian rigid inflexible unkind
    uncaring unloving childish greedy codependent co-dependent over-involved overinvolved
    overprotective over-protective lenient unreliable untrustworthy elusive uncontactable
    unreachable""")
# Adjectives ending in -less said of a person ("feckless", "clueless"), except the facts
# and feelings they also name.
_PLAIN_LESS = alternation("""homeless jobless harmless restless sleepless fearless tireless
    selfless speechless breathless penniless motionless unless nevertheless regardless
    doubtless countless endless wireless spotless blameless defenceless defenseless
    powerless helpless useless worthless hopeless""")
# Adjectives ending in -ous said of a person ("obnoxious", "devious", "jealous"), except
# the feelings and facts they also name.
_PLAIN_OUS = alternation("""anxious nervous generous curious cautious conscientious courteous
    gracious joyous famous various previous serious religious continuous delicious precious
    ambitious studious courageous humorous conscious unconscious tremendous enormous
    numerous gorgeous fabulous marvellous marvelous glorious industrious virtuous obvious
    infectious contagious nauseous pious righteous spontaneous unanimous autonomous anonymous
    synonymous adventurous vigorous zealous""")
# Adjectives ending in -ive are labels when said of a person ("defensive", "secretive",
# "impulsive"), except these, which praise or describe.
_PLAIN_IVE = alternation("""supportive protective responsive attentive positive proactive
    cooperative co-operative receptive active creative sensitive intuitive productive
    constructive inclusive perceptive appreciative communicative reflective expressive
    inquisitive talkative imaginative assertive competitive decisive effective informative
    interactive alive native relative expensive extensive intensive exclusive attractive
    distinctive impressive innovative objective subjective pensive festive forgive give
    live five olive captive detective executive representative alternative conservative
    comprehensive cognitive nonverbal non-verbal unresponsive unobtrusive""")
# Two-word adjectives that describe or praise ("open-minded", "left-handed" is not read):
# every other "-headed", "-faced", "-hearted" said of a person is a label ("two-faced").
_PLAIN_COMPOUND = alternation("""open like fair broad kind warm big soft good light broken
    level clear cool dark olive red able absent single
    tender whole simple pale fresh baby quick bright even""")
# Labels too short to be a rule's quick test on their own (see `text.needles`): only after a verb.
_SHORT_TRAITS = alternation("lax sly")
# A word made a label by its shape: un-...-ive ("uncommunicative", "unsupportive") and
# dis-...-ful ("disrespectful") say what a person is not, never what they did.
_NOT_TRAIT = r"(?:(?!unresponsive|unobtrusive|unintrusive)un[a-z]{3,}ive|dis[a-z]{3,}ful)"


def _agents(spaced: str) -> list[str]:
    """The person who does each verb, as a label: "abuse" -> "abuser", "manipulate" ->
    "manipulator"; a verb listed once names the person every way it is written."""
    out = []
    for verb in spaced.split():
        if verb.endswith("ate"):
            out.append(verb[:-1] + "or")
        elif verb.endswith("e"):
            out.append(verb + "r")
        else:
            out.append(verb + "er")
    return out


# Nouns that label a person: "a bit of a hothead", "a nasty piece of work", "a handful".
_LABEL_NOUNS = alternation("""hothead handful nightmare mess wreck liability bully liar
    troublemaker loner waster drunk druggie crackhead smackhead stoner loose_cannon
    piece_of_work bad_influence bad_lot lost_cause control_freak runaway tearaway delinquent
    menace thug yob drama_queen poor_historian drinker gambler wife-beater woman-beater
    wife_beater fantasist extremist racist sexist misogynist narcissist sadist bigot predator
    paedophile pedophile pervert nonce criminal crook hooligan lowlife scumbag wrong_un
    wrong'un headcase nutter psycho weirdo oddball layabout slob slag slapper tart brat
    spoilt_brat attention_seeker alkie alky pisshead cokehead pothead drug_dealer gang_member
    gangster gangbanger drug_mule drug_runner
    poor_role_model bad_role_model negative_role_model bad_example pushover doormat soft_touch
    martyr womaniser womanizer philanderer chancer conman con_artist sponger freeloader
    parasite leech deadbeat no-hoper bad_apple rotten_apple basket_case nutcase nutjob
    fruitcake frequent_flyer frequent_flier frequent_attender heartsink time-waster timewaster
    wind-up_merchant creep sleazebag lech letch know-all know-it-all smartarse motormouth
    busybody stirrer shit-stirrer tyrant psychopath sociopath """ + " ".join(_agents("""abuse
    groom hoard enable stalk offend abscond molest batter scrounge skive whinge exploit
    manipulate perpetrate instigate agitate self-harm""")))
# An animal's groomer is a trade: "Mum is a dog groomer".
_A_TRADE = r"(?<!dog\s)(?<!dogs\s)(?<!pet\s)(?<!horse\s)(?<!cat\s)(?<!animal\s)"
# Words that make a person a habit: "a persistent absconder", "a serial liar".
_HABITUAL = alternation("habitual persistent serial prolific chronic compulsive pathological")
_INTENSIFIER = alternation("""very quite extremely highly increasingly often sometimes really so
    also still more particularly clearly visibly verbally physically emotionally generally fairly
    rather somewhat slightly overly incredibly totally completely deeply a_bit a_little real
    super""") + r"\s+|v\.?\s+)*"
_INTENSIFIER = "(?:" + _INTENSIFIER
# Words that judge a person, as said of "a guy" or "a bloke".
_JUDGING = alternation("""horrible nasty dodgy decent bad good nice lovely great sound genuine
    proper dangerous scary violent aggressive controlling weird creepy shady sleazy vile evil
    horrid awful terrible charming friendly kind caring gentle funny hard tough menacing
    intimidating jealous possessive angry moody difficult lazy useless hopeless dodgy shifty
    untrustworthy trustworthy reliable unreliable sensible responsible irresponsible dodgy
    wrong right decent top solid great brilliant lovely odd strange rough nasty""")
_VAGUE_HARM = alternation("""harm significant_harm serious_harm further_harm emotional_harm
    abuse neglect exploitation sexual_exploitation criminal_exploitation CSE CCE radicalisation
    radicalization being_exploited being_harmed being_abused being_groomed grooming
    trafficking being_trafficked modern_slavery slavery""")
# A young person's school day told, by its hours, its part or its share of the week:
# "mornings only", "9.30 till 12", "goes home at 12", "in for two hours a day", "three
# mornings a week", "at home on his own every afternoon" (read beside a part-time timetable).
_SCHOOL_DAY_TOLD = (
    r"|\b(?:mornings?|afternoons?)\s+only\b|\bonly\s+(?:(?:in|for)\s+)?(?:the\s+)?"
    r"(?:mornings?|afternoons?)\b"
    r"|\b(?:an?|one|two|three|four|five|\d+)\s+(?:hours?|mornings?|afternoons?|days?|lessons?"
    r"|sessions?)\s+(?:a|per|each)\s+(?:day|week)\b"
    r"|\b(?:goes|go|going|went|sent|leaves?|left|collected|picked\s+up)\s+(?:home\s+)?"
    r"(?:at|by|after)\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?|noon|midday|lunch(?:time)?)"
    # (hours of a school day, not a range of ages or a count: "aged 14 - 15", "1 to 3
    # sessions", "since 12 - 3 exclusions" say nothing of the day)
    r"|(?<!aged\s)(?<!age\s)(?<!year\s)(?<!years\s)\b(?:\d{1,2}[.:]\d\d|(?:[1-9]|1[0-2])"
    r"(?:\s*(?:am|pm))?)\s*(?:to|till|til|until|-|–)\s*(?:\d{1,2}[.:]\d\d|[1-9]|1[0-2])"
    r"(?:\s*(?:am|pm)\b|\b(?!\s*(?:-|–|to\b|[a-z]))|\s+(?:each|every|on|only|daily|then|and"
    r"|so|but|with)\b)"
    r"|\b(?:alone|on\s+(?:his|her|their)\s+own)\s+(?:every|each|most|all|in\s+the)\s+"
    r"(?:afternoons?|mornings?|day)\b")
# Plain facts about a person, not judgements: "a single parent", "a young mum", and the work
# a "... lady" or "... man" does ("a dinner lady", "a delivery man").
_FACTS = alternation("""single young new first-time lone teenage foster step full-time
    part-time working stay-at-home older younger dinner lollipop cleaning tea delivery post
    milk bin insurance sales repair maintenance security different changed
    deaf blind disabled autistic dyslexic dyspraxic gay lesbian bisexual trans transgender
    black white brown asian mixed-race muslim jewish christian catholic hindu sikh buddhist
    married divorced widowed pregnant""")
# A word said of "a man", "a girl" that may judge them: not a fact, a size or a word written
# with a capital before a word without one (where someone is from, their faith: "a Polish,
# Catholic woman"); in a line With Every Word Capitalised, a capital tells nothing.
_JUDGED = (rf"(?!{_FACTS}\b)(?!(?:big|tall|small|short|large|slim|thin|skinny|stocky|heavy"
           r"|heavyset|slight|muscular|lanky|petite|broad)\b)"
           r"(?!(?-i:[A-Z][a-z]*+(?:\s*+,\s*+[A-Z][a-z]*+)?\s+[a-z]))[a-z]+")
# "the flat" after a word of where is the home, not a mood: "at the flat dad slapped mum",
# "back to the flat mum ..." (a look-back of each length, read only at "flat").
_FLAT_AS_A_PLACE = ("(?!flat\\b(?:" + "|".join(
    rf"(?<=\b{where}\sthe\sflat)" for where in (
        "at", "in", "to", "by", "from", "into", "near", "inside", "outside", "around", "round",
        "behind")) + "))")
_CARE_NOUNS = alternation("""supervision attendance hygiene parenting care conditions diet
    routines routine boundaries presentation communication home_environment
    home_conditions basic_care emotional_warmth stimulation relationship relationships""")
# The same without attendance, which is asked about on its own: who was minding the child
# is no question for days missed at school.
_MINDING_NOUNS = alternation("""supervision hygiene parenting care conditions diet routines
    routine boundaries presentation communication home_environment home_conditions basic_care
    emotional_warmth stimulation relationship relationships""")


def _poor(nouns: str) -> str:
    """Care called poor, before or after its noun: "poor hygiene", "the supervision of the
    children was inadequate"."""
    return (rf"\b(?:poor|lack\s+of|lacking|little|limited|minimal|inconsistent|sporadic|variable)"
            rf"\s+(?:adult\s+|school\s+|parental\s+|parenting\s+)?{nouns}\b"
            rf"|\b{nouns}\s+(?:(?:of|at|in|within|around)\s+(?:the\s+)?(?:\w+\s+){{1,2}})?(?:is|was"
            r"|has\s+been|have\s+been|remains?|are|were)\s+(?:\w+\s+)?(?:poor|inadequate|lacking"
            r"|inconsistent|limited|minimal|variable|mixed|sporadic|patchy|a\s+concern)\b")


_CARER = alternation("""mum mam mom mother dad father stepdad step-dad stepfather stepmum
    step-mum partner boyfriend girlfriend parent parents carer carers nan gran""")
# Children named by their place in the family: "the eldest is a troublemaker".
_KIN = alternation("""eldest youngest oldest twin twins stepson stepdaughter grandson
    granddaughter nephew niece""")
# Who a noun label is put on: a person, named by role, pronoun or initial.
_SUBJECT = (rf"(?:\b{ADULT}|\b{CHILD}|\b(?:he|she|they|you)|(?<![\w'’])(?-i:[A-HJ-Z])"
            rf"|\b{_KIN}|\b\d{{1,2}}\s?(?:yo|y/o|yrs?\s+old|year[\s-]old)|{NAME})"
            r"(?:\s*\(\d{1,2}\))?")  # "Jayden (16) is ...": the age, as notes give it
# A young person, then a verb of meeting or talking: "she's been meeting", "the 14yo chats".
_CHILD_MEETS = (rf"(?:\b(?:she|he|they)|\b{CHILD}|(?<![\w'’])(?-i:[A-HJ-Z])|\b\d{{1,2}}\s?(?:yo"
                r"|y/o|yrs?\s+old|year[\s-]old))(?:['’]s|\s+(?:is|was|has|had|have|keeps|kept|are"
                r"|were))?\s+(?:been\s+|still\s+|now\s+|often\s+|regularly\s+)?(?:meet(?:s|ing)?|met"
                r"|chat(?:s|ted|ting)?|talk(?:s|ed|ing)?|messag(?:e|es|ed|ing)|go(?:es|ing)?\s+out"
                r"|went\s+out|hook(?:s|ed|ing)?\s+up|see(?:s|ing)?|saw|dat(?:e|es|ed|ing))"
                r"(?:\s+up)?(?:\s+with|\s+to)?")
_PEOPLE_WORDS = (r"(?:mum|mother|dad|father|stepdad|partner|boyfriend|parents?|carers?|adults?"
                 r"|men|man|older|he|she|they|him|her|them|[A-Z])")

# A time or a doer said with a next step: it is then one a reader can hold someone to.
_WHEN_SAID = (r"\b(?:by|before|within|until|every|each|today|tomorrow|tonight|weekly|daily"
              r"|fortnightly|monthly|next\s+(?:week|month|monday|tuesday|wednesday|thursday"
              r"|friday)|this\s+(?:week|afternoon)|on\s+\w+day)\b|\d")
# An age after its number, as typed: "19 year old", "24 yr old", "22yo", "30-years-old".
_AGED = r"(?:[\s-]?(?:years?|yrs?)[\s-]old|\s?(?:yo|y/o)\b)"
_SEEN_IT = "What have you seen or heard that shows it, and when? Give one example."

# What an adult did to a young person, said plainly ("who messaged him 40 times").
_WHAT_THE_ADULT_DID = (
    r"\b(?:messag\w*|sent|sends?|sending|ask(?:s|ed|ing)?|offer\w*|gave|giv(?:e|es|ing)"
    r"|bought|buy(?:s|ing)?|told|tell(?:s|ing)?|said|says|threat\w*|pick(?:s|ed|ing)\s+"
    r"(?:her|him|them)\s+up|dr(?:ove|ives?|iving)|touch\w*|paid|pay(?:s|ing)?|call(?:s|ed|ing)"
    r"|rang|ring(?:s|ing)?|film\w*|photograph\w*|groom\w*|kiss\w*|took|tak(?:es|ing))\b")

# A family's own: a bond between them is theirs ("her nan and Amy have a special bond").
_FAMILYS_OWN = "(?:" + alternation(FAMILY_ADULTS + """ brother brothers sister sisters sibling
    siblings cousin cousins twin twins son sons daughter daughters baby""") + ")"


RULES: tuple[Rule, ...] = (
    # Labels put on a person.
    rule("presents as", "label", "What did you see them do or hear them say that gave you "
          "that picture?", r"\bpresent(?:s|ed|ing)?\s+as\b|\bpresentation\b"
          r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)\bpresent(?:s|ed|ing)?\s+with\b"
          rf"|\b{_PEOPLE_WORDS}\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?hard[\s-]"
          r"to[\s-](?:reach|engage|help|work\s+with)\b|\bhard[\s-]to[\s-](?:reach|engage)\s+"
          r"(?:famil|parent|group)\w*|\bcharacteri[sz]ed\s+by\b"
          r"|\b(?:came|comes|coming|come)\s+(?:across|over)\s+as\b"
          r"|\bpresent(?:s|ed|ing)?\s+(?:very\s+|really\s+|quite\s+)?(?:well|fine|positively)\b"),
    # How someone seemed, as a verdict with nothing seen: "seen at home, appeared well",
    # "both children seen, all fine" (not with what they did: "she looked fine, ate all her
    # lunch and played tag").
    rule("appeared fine", "vague", "What did you see them do or hear them say that showed "
          "it, and when?",
          # (the seeing in the match: "seen at home" tells no more than the verdict after it)
          # ("is fine" only after the seeing: "either is fine", "said it was alright")
          r"\b(?:seen|visited|spoken\s+to)\b[^.;:!?\n]{0,40}?[\s,]+(?:and\s+)?(?:(?:is|are|was"
          r"|were)\s+)?all\s+(?:fine|ok|okay|alright|well)(?=\s*(?:[.,;!]|$))"
          r"|\b(?:seen|visited|spoken\s+to)\b[^.;:!?\n]{0,40}?[\s,]+(?:and\s+)?(?:is|are|was"
          r"|were)\s+(?:fine|ok|okay|alright|well)(?=\s*(?:[.,;!]|$))"
          r"|(?:\b(?:seen|visited|spoken\s+to)\b[^.;:!?\n]{0,40}?[\s,]+(?:and\s+)?)?"
          r"\b(?:appear(?:s|ed)?|seem(?:s|ed)?|look(?:s|ed)?)\s+(?:to\s+be\s+)?"
          r"(?:well|fine|ok|okay|alright|all\s+right|settled)(?![\w'’-])"
          # ... or at ease, said of them with nothing they did: "appeared happy and relaxed"
          # (not how they took something: "seemed happy with the plan", "happy to talk")
          r"|\b(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+(?:to\s+be\s+)?(?:(?:very|quite|really"
          r"|generally)\s+)?(?:happy|content|relaxed|calm|comfortable|at\s+ease|cheerful"
          r"|(?:her|him|them)sel(?:f|ves)|(?:her|his|their)\s+usual\s+sel(?:f|ves))"
          r"(?![\w'’-])(?!\s+(?:with|about|to|for|that|when|if|in|at|around|enough)\b)",
          plain_when_told=True),
    rule("a label", "label", "What did the person actually do or say, and who saw it?",
          # (not a place: "ch present in flat", "mum was at flat" is where, not a flat mood)
          rf"\b{_COPULA}\s+(?:a\s+|an\s+)?{_INTENSIFIER}"
          r"(?:(?!not\b|never\b|no\b|(?:in|at|on|into|inside|outside|to|from|near|by)\s)"
          r"[a-z]+\s+)?"
          rf"(?:{_TRAITS}|{_SHORT_TRAITS})\b"
          # (not a flat as where it was: "at the flat dad slapped mum" (set AQ's held-out))
          rf"|\b(?:an?|the)\s+{_INTENSIFIER}(?:{_TRAITS}\s+and\s+)?{_FLAT_AS_A_PLACE}{_TRAITS}\s+(?:man|woman|person|parent|carer|mother|father"
          r"|mum|dad|child|boy|girl|young\s+person|teenager|relationship|household|family"
          r"|environment|home|atmosphere|upbringing)\b"
          # Notes drop the verb: "Dad very agitated", "mum v. low and vacant".
          rf"|\b{_CARER}\s+(?:(?:very|really|quite|so|extremely|proper|well|v\.?)\s+)+"
          rf"(?:\w+\s+and\s+)?{_TRAITS}\b|\bplay(?:s|ed|ing)?\s+the\s+system\b"
          # ... or the label is all that is said: "controlling", "Volatile and manipulative."
          r"|(?:^|(?<=[.!?;]\s)|(?<=[.!?;]))\s*"
          rf"{_INTENSIFIER}{_TRAITS}(?:(?:\s*[,/&]\s*|\s+and\s+){_INTENSIFIER}{_TRAITS})*"
          r"(?=\s*(?:[.!?;]|$))"),
    # What harm did, named only as an outcome: "emotionally damaged by what they've
    # witnessed", "psychologically scarred", "he's emotionally harmed from years of it".
    rule("an outcome label", "label", "What does the child do or say now that shows it, and "
          "since when?",
          r"(?:\b(?:is|are|was|were|been|seems?|seemed|appears?|appeared|looks?|looked)"
          r"|\b(?:he|she|they|who|that)['’](?:s|re)|\bleft)\s+(?:(?:very|really|so|badly|deeply"
          r"|seriously|permanently|severely|quite|clearly|obviously|probably|likely|been|left)\s+)*"
          r"(?:(?:emotionally|psychologically|mentally|developmentally)\s+(?:damaged|scarred"
          r"|harmed)|damaged|scarred)\b"
          r"(?!\s+(?:by|in|from)\s+(?:the\s+)?(?:fire|flood|storm|break-?in|crash|water|damp))"),
    rule("a label by its shape", "label", "What did the person actually do or say, and who "
          "saw it?", rf"\b{_COPULA}\s+{_INTENSIFIER}{_NOT_TRAIT}\b"
          # (not when they are so, as a time what they do happens: "hits mum when he is
          # jealous", "if she is anxious she stays in bed")
          r"|(?<!\bwhen\s)(?<!\bwhenever\s)(?<!\bif\s)(?<!\bonce\s)(?<!\bwhile\s)(?<!\bwhilst\s)"
          rf"{_SUBJECT}\s+(?:\w+\s+)?{_COPULA}\s+(?:a\s+|an\s+)?{_INTENSIFIER}(?:(?:[\w-]+\s+)"
          rf"{{0,4}}?and\s+{_INTENSIFIER})?(?:(?!{_PLAIN_IVE}\b)[a-z-]{{3,}}ive|(?!{_PLAIN_OUS}\b)"
          rf"[a-z-]{{3,}}ous|(?!{_PLAIN_LESS}\b)[a-z-]{{3,}}less)\b"),
    rule("a label, and another", "label", "What did the person actually do or say, and who "
          "saw it?", rf"\b{_COPULA}\s+(?:[\w'’-]+\s+){{1,5}}?and\s+{_INTENSIFIER}{_TRAITS}\b"),
    rule("a label for a person", "label", "What did the person do or say that gave you that "
          "picture?", rf"(?:{_SUBJECT}(?:['’]s|\s+(?:\w+\s+)?{_COPULA})"
          r"|\b(?:mum|mam|mom|dad|nan|s?he)s)"
          r"\s+(?:(?:just|really|basically|simply|essentially|clearly|obviously|only|always"
          r"|still|now|also|quite)\s+){0,2}(?:an?\s+|such\s+an?\s+)(?:(?:bit|something|kind|sort)\s+of\s+an?\s+|real\s+|right\s+"
          rf"|total\s+|complete\s+|proper\s+|absolute\s+|[\w-]+\s+){{0,2}}?{_A_TRADE}(?:{_LABEL_NOUNS}|"
          rf"{_HABITUAL}\s+\w+)s?\b(?!\s+(?:record|records|justice|court|lawyer|solicitor"
          r"|damage|investigation|proceedings|case)\b)|\b(?:parentifi|adultifi)\w+"),
    rule("a temper", "label", "When the person gets angry, what do they say or do, and where "
          "are the children?", r"\b(?:short|quick|hot|bad|foul|violent|explosive|nasty|fiery)\s+"
          r"(?:fuse|temper)\b|\b(?:has|had|have|got|with)\s+(?:a\s+|quite\s+a\s+|a\s+bit\s+of\s+"
          r"a\s+|a\s+real\s+)temper\b(?!\s+tantrum)|\btemper\s+on\s+(?:him|her|them)\b"
          r"|\bchip\s+on\s+(?:his|her|their)\s+shoulder\b"
          r"|\b(?:behav\w+|act(?:s|ed|ing)?)\s+(?:very\s+|quite\s+|really\s+|a\s+bit\s+)?"
          r"(?:erratically|strangely|oddly|bizarrely|irrationally|aggressively|inappropriately"
          r"|unpredictably|suspiciously|weirdly|hostilely|threateningly)\b"
          # (or in slang: "hes been acting sus lately", "acting shifty" (set AG))
          r"|\bact(?:s|ed|ing)\s+(?:very\s+|quite\s+|really\s+|a\s+bit\s+|well\s+|proper\s+)?"
          r"(?:sus|sussy|suss|shifty|sketchy|shady|dodgy|cagey|weird|odd|strange|funny|off)\b"
          # (or short with people: "hes been off with everyone" (set AH))
          r"|\b(?:been|being|is|was|s|gets?|got)\s+(?:very\s+|quite\s+|really\s+|a\s+bit\s+"
          r"|well\s+|proper\s+)?off\s+with\s+(?:everyone|everybody|people|me|us|staff"
          r"|(?:his|her|their)\s+(?:mum|dad|mom|mates|friends|family|carers?|teachers?))\b"
          r"|\bin\s+(?:a|one\s+of\s+(?:his|her"
          r"|their))\s+(?:(?:foul|bad|black|filthy|vile|stinking|funny)\s+)?moods?\b"
          r"|\bact(?:s|ed|ing)?\s+out\b(?!\s+(?:a|an|the|scenes?|stor\w+|what|parts?|roles?)\b)"
          r"|\b(?:behav\w+|act(?:s|ed|ing)?)\s+"
          r"out\s+of\s+character\b"),
    rule("a person labelled", "label", "What did the person do or say that gave you that "
          # (A size is how someone looks: "a big guy, 6 foot 4".)
          # (Two judged the same way, a comma between: "a naughty, defiant boy".)
          # (Who someone is, where from, their faith: a fact, and a word written with a
          # capital, "a Polish, Catholic woman", is never a judging one.)
          "picture?", rf"\b{_COPULA}\s+(?:a|an)\s+{_INTENSIFIER}(?:{_JUDGED}\s*+,\s*+)?"
          rf"{_JUDGED}\s+(?:young\s+"
          r"|little\s+)?(?:man|woman|person|parent|mother|father|mum|dad|carer|child|boy|girl"
          r"|teenager|lad|lass|lady|gentleman|individual|character|quantity)\b"
          # The everyday words for a man are said with where he is from or how he looks ("a
          # local guy", "a white guy", "an Irish guy"): only a word that judges him is a label.
          rf"|\b{_COPULA}\s+(?:a|an)\s+{_INTENSIFIER}(?:{_JUDGING}|{_TRAITS})\s+(?:young\s+"
          r"|little\s+|old\s+)?(?:bloke|guy|fella|fellow|chap|geezer)\b"
          r"|\bperpetrat\w+|\bdysregulation\b"
          r"|\b(?!asylum\b)[a-z]+[\s-](?:taker|seeker)s?\b"
          r"|\b(?:child|family|person|solution)[\s-](?:focused|focussed|centred|centered)\b"),
    # Safety said of people with nothing they did: "the family are a safe network", "Gran is
    # a safe adult", "they are protective adults" (with what they did, it is told).
    # (... or trusted, or a strong or good network: "safe people", "a trusted adult")
    rule("a safe adult", "label", "What have they done that kept the children safe, and when? "
          "Who saw it?",
          rf"\b{_COPULA}\s+(?:(?:a|an)\s+)?(?:very\s+|really\s+|truly\s+|real\s+)?(?:(?:safe|protective"
          r"|trusted)\s+(?:and\s+(?:safe|protective|supportive|loving|trusted)\s+)?(?:adults?|people"
          # ("nan is a real protective presence" (set AI))
          r"|presences?|influences?|figures?"
          r"|persons?|(?:safety\s+|support\s+)?networks?|pairs?\s+of\s+hands|grown[\s-]?ups?"
          r"|carers?|famil(?:y|ies)|whānau|whanau)|(?:strong|good|solid|reliable|robust)\s+"
          r"(?:safety|protective)\s+networks?)\b"
          # (not one the children chose: "a safe adult the kids named")
          r"(?!\s+(?:(?:that|who|whom)\s+)?(?:the\s+|her\s+|his\s+|their\s+)?(?:\w+\s+)?(?:named"
          r"|chose|picked|identified|nominated|trusts?|trusted)\b)",
          plain_when_told=True),
    rule("a risk to", "label", "What has the person done, to whom, and what could happen next?",
          r"\b(?:is|was|are|were|poses?|posed|posing|be|remains?)\s+(?:a\s+)?(?:\w+\s+)?"
          r"(?:risk|danger|threat)\s+to\b|\b(?:is|was|are|were|poses?|posed|remains?|presents?)\s+"
          r"(?:a\s+|an\s+)(?:\w+\s+)?(?:risk|danger|threat)\s*(?:[.,;!?]|$)|\b(?:high|medium|moderate|low|significant|serious|real)[\s-]"
          r"risk\b(?!\s+assessment)|\brisk\s+factors?\b|\bprotective\s+factors?\b"
          r"|\brisks?\s+(?:is|are|was|were|remains?|remained|continues?\s+to\s+be|level\s+is)\s+"
          r"(?:\w+\s+)?(?:high|low|medium|significant|serious|elevated|unchanged|increased)\b"),
    rule("out of control", "label", "What does the young person do, and what happens at home "
          "when the adults try to stop it?",
          r"\b(?:beyond|outside|out\s+of)\s+(?:parental\s+)?control\b"
          # ... not of what they were riding or driving: "out of control on his new bike"
          r"(?!\s+(?:on|of|in)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:new\s+|little\s+)?"
          r"(?:bikes?|scooters?|skateboards?|skates|cars?|vans?|trampoline|sledges?|horses?"
          r"|pony|go-?karts?|ice|hill|slide)\b)|\bungovernable\b"
          # (or in slang: "hes bouncing off the walls in class", "gone off the rails" (set AI))
          r"|\b(?:bounc\w+|climb\w+)\s+(?:off\s+)?the\s+walls\b|\boff\s+the\s+rails\b"
          r"|\ba\s+law\s+unto\s+(?:him|her|them)sel(?:f|ves)\b|\b(?:run|runs|ran|running)\s+riot\b"),
    rule("a label for drink or drugs", "label", "How much does the person drink or use, how "
          "often, and what happens for the child then?",
          r"\b(?:alcoholic|addict|junkie|substance[\s-]misuser|drug[\s-]user)s?\b"
          r"|\b(?:drink(?:ing)?|drug|alcohol|gambling)\s+(?:problems?|issues?)\b"
          r"|\bproblems?\s+with\s+(?:alcohol|drink|drugs|gambling|substances)\b"
          r"|\b(?:alcohol|drug|substance)\s+dependen(?:cy|ce|t)\b"
          r"|\b(?:heavy|problem|binge|chronic|functioning|chain|compulsive)\s+(?:drinker|drug\s+user"
          r"|user|smoker|gambler)s?\b"),
    # Anger named as a problem, or as what the adult needs, asks what they do when angry (not
    # what they drink); the course of that name is a service's, asked as one.
    rule("anger issues", "label", "What does the person do when they are angry, and what "
          "happens for the child then?",
          r"\banger\s+(?:problems?|issues?)\b|\bproblems?\s+with\s+(?:his\s+|her\s+|their\s+)?"
          r"anger\b|\banger\s+management\b(?!\s+(?:course|programme|program|group|sessions?"
          r"|classes|work|worker|referral)\b)"),
    rule("mental health", "label", "How does the adult's health show day to day, and what "
          "happens for the child when they are unwell?",
          # (or a parent's, said as the parents' in general: "parental mental health" (set AN))
          r"\b(?:his|her|their|mum['’]?s|dad['’]?s|mother['’]?s|father['’]?s|parents['’]?|own"
          r"|parental|maternal|paternal)"
          r"\s+mental\s+health\b(?!\s+(?:nurse|team|worker|services?|practitioner|appointment"
          r"|doctor|social\s+worker|support\s+worker|diagnosis))", plain_when_told=True),
    # A habit or a temper named as the adult's, and no more: "his drinking", "mum's drug use",
    # "her anger" (what they do then, and what it means for the child, is the worry).
    rule("his drinking", "label", "What does the person do then, how often, and what happens "
          "for the child?",
          # (not what they do with it: "manages his anger by ...", "talks about her drinking",
          # "if he loses his temper again")
          # (the look-backs tried only where such a word starts)
          r"\b(?=[hmdfpt])"
          r"(?<!\bmanages\s)(?<!\bmanaged\s)(?<!\bmanage\s)(?<!\bcontrols\s)(?<!\bcontrol\s)"
          r"(?<!\babout\s)(?<!\bwith\s)(?<!\bon\s)(?<!\bdown\s)(?<!\bloses\s)(?<!\blose\s)"
          r"(?<!\blost\s)(?<!\blosing\s)(?<!\bkeeps\s)(?<!\bkept\s)(?<!\bkeep\s)"
          r"\b(?:his|her|their|mum['’]?s|dad['’]?s|mother['’]?s|father['’]?s|partner['’]?s"
          r"|parents['’]?)\s+(?:drinking|drug[\s-](?:use|taking)|cannabis\s+use"
          r"|substance\s+(?:use|misuse)|gambling|anger|temper)\b(?!\s+(?:problems?|issues?"
          r"|management|services?|team|worker|course|programme|clinic))", plain_when_told=True),
    # Not coping, said of anyone: a parent, a carer or the young person themselves ("PA
    # worried he is not coping"), so not asked as an adult's health.
    rule("not coping", "label", "What does not coping look like day to day: what do they do, "
          "or not manage, and what has that meant for the child?",
          r"\bnot\s+coping\b|\b(?:struggling|unable|failing)\s+to\s+cope\b",
          plain_when_told=True),
    rule("a history of", "vague", "What happened, when, and how often?",
          r"\b(?:a|long|long-standing|longstanding|known)\s+history\s+of\b|\bhistory\s+with\s+"
          r"(?:the\s+)?(?:police|services|social\s+(?:care|services)|children['’]s\s+services)\b|\bknown\s+to\s+"
          r"(?:the\s+)?(?:police|services|social\s+care|children['’]s\s+services|the\s+team|us"
          r"|agencies|the\s+(?:local\s+authority|department|council|unit|service)"
          r"|(?-i:[A-Z]{2,5}))\b"
          # ... unless what for is said: "known to police for supply", "for carrying a knife"
          # (not how long: "known to police for years" says no more)
          # ("for over 10 years", "for the last 2 years", "for quite some time" too)
          r"(?!\s+for\s+(?!(?:(?:an?|the|over|about|around|nearly|almost|at\s+least|more\s+than"
          r"|well\s+over|quite|good|number|couple|lot|of|few|many|several|some|long|last|past"
          r"|\d+)\s+){0,4}(?:years?|yrs?|months?|weeks?|ages|while|time|long|decades?)\b)[a-z])"
          r"|\b(?:an?\s+)?(?:extensive|lengthy|complex)\s+history\b"),
    # Process words: what professionals want, not what anyone did.
    rule("engagement", "process", "What was offered, what happened, and what might have got "
          "in the way?", r"\bengagement\b(?!\s+(?:ring|party))|(?<!very\s)(?<!so\s)(?<!really\s)"
          # "got engaged at Christmas", "just got engaged": to be married ("got engaged with
          # the plan" is still read by the next part)
          r"(?<!\bgot\s)(?<!\bget\s)(?<!\bgets\s)(?<!getting\s)(?<!became\s)(?<!become\s)"
          # ... nor engaged to someone, to be married: "engaged to Craig", "engaged to a man
          # she met at church"
          r"(?<!quite\s)\bengag(?:e|es|ed|ing)\b(?!\s+(?:a|an|to\s+(?!(?:the\s+|his\s+|her\s+"
          r"|their\s+|this\s+|our\s+)?(?:plan|plans|service|services|work|process|assessment"
          r"|programme|program|support|sessions?|team|professionals|agencies|intervention"
          r"|course|meetings?)\b)|and\s+\w+\s+(?:about|to)|(?:the\s+|his\s+|her\s+|their\s+|both\s+"
          r"|all\s+)?(?:kids|children|child|baby|boys|girls|son|daughter|twins|toddler|him|her"
          r"|them)\s+in)\b)|\bengag"
          r"(?:e|es|ed|ing)\s+"
          r"(?:well|fully|positively|poorly|appropriately|meaningfully|openly|with|in\s+(?:the\s+)?"
          r"(?:assessment|process|work|plan|sessions?|services|programme|support))\b"
          r"|\bengaged\s+in\s+(?:the\s+)?(?:assessment|process|work|plan|sessions?|services)\b",
          # A couple engaged, or a fiancé beside it, is to be married: "his sister is engaged
          # and lives with her fiance", "Mum and Dean were engaged before he went to prison".
          unless_said=r"\bfianc[eé]e?s?\b|\bwedding\b|\b(?:and|&)\s+(?:her\s+|his\s+|their\s+)?"
          r"[\w'’]+\s+(?:are|were|got|have\s+got|had\s+got|have\s+been|had\s+been)\s+"
          r"(?:just\s+|recently\s+|now\s+)?engaged\b(?!\s+(?:with|in|well|fully|positively"
          r"|poorly|appropriately|meaningfully|openly)\b)"),
    rule("work openly", "process", "What would the family be doing that shows it? Who "
          "would see it?", r"\bwork(?:s|ed|ing)?\s+(?:openly|honestly|together|alongside"
          r"|in\s+partnership)\b|\bwork(?:s|ed|ing)?\s+(?:(?:closely|positively|openly"
          r"|honestly|constructively|cooperatively|co-operatively|together)\s+)?with\s+(?:the\s+)?"
          r"(?:us|professionals|services|agencies|the\s+plan\b"
          # ... or a service by its own name: "worked well with Oranga Tamariki" (not a job
          # there: "works with Tusla as a driver", "worked with Tusla for ten years")
          rf"|(?:the\s+local\s+authority|{SERVICE_BY_NAME})\b(?!\s+(?:as\s+an?\s|for\s+"
          r"(?:\w+\s+)?(?:years?|months?)\b)))\b"
          r"|\breceptive\b|\bopen\s+to\s+(?:support|help|advice"
          r"|services)\b|\baccept(?:s|ed|ing)?\s+(?:the\s+)?(?:support|help|advice|services)\b"
          r"|\bnon[\s-](?:attendance|engagement|compliance|co-?operation|disclosure)\b"),
    rule("compliance", "process", "What did the family agree to do, and what did they do?",
          # ... not the name of a job or a department: "works in compliance", "works as a
          # compliance officer"
          r"(?<!works\sin\s)(?<!work\sin\s)(?<!worked\sin\s)(?<!working\sin\s)(?<!job\sin\s)"
          r"\b(?:non[\s-]?)?complian(?:ce|t)\b"
          r"(?!\s+(?:officers?|managers?|teams?|departments?|roles?|jobs?|analysts?|leads?"
          r"|consultants?|directors?|assistants?|advis[eo]rs?|specialists?|administrators?"
          r"|clerks?|staff|work|sector|checks?|training)\b)"
          r"|\bcompl(?:y|ies|ied|ying)\b(?=\s*(?:[.,;!?]|$))"
          r"|\b(?:all|every)\s+(?:(?:home|planned|unannounced|of\s+the|of\s+her|of\s+his)\s+)?"
          r"(?:visits?|appointments?|sessions?|meetings?)\s+(?:were\s+|have\s+been\s+)?(?:kept"
          r"|attended|honou?red)\b|\bcompl(?:y|ies|ied|ying)\s+with\s+(?:the\s+|his\s+|"
          r"her\s+|their\s+|all\s+)?(?:\w+\s+)?(?:plan|agreement|testing|tests|conditions|order"
          r"|assessment|professionals|services|requests|expectations|advice)\b",
          # ... nor a job: "works for the bank in compliance"
          unless_said=r"\b(?:works?|worked|working|job|employed|career)\b[^.;,]{0,40}?\bin\s+"
          r"compliance\b(?!\s+with)"),
    rule("compliance", "process", "What did the family agree to do, and what did they do?",
          r"\bco-?operat(?:e|es|ed|ing|ion|ive)\s+with\s+(?:the\s+|their\s+|her\s+|his\s+)?"
          r"(?:investigation|professionals|services|plan|assessment|police|us|agencies"
          # ... any service's worker: "the Children's Aid worker", "the youth offending team"
          r"|(?:[\w'’-]+\s+){0,3}?(?:workers?|caseworkers?|officers?|nurses?|visitors?|staff"
          r"|teams?|services?)|sw)\b",
          # A child going along with what was done to them, told with what they did ("Kai
          # co-operated with the nurse who took his bloods and held his arm still"), is plain.
          plain_when_told_of_a_child=True),
    rule("intervention", "process", "Who did what with the family, and what changed?",
          r"\binterventions?\b|\binput\b|\binvolvement\b|\bsupport\s+package\b|\bpackage\s+of"
          r"\s+(?:support|care)\b|\bsignposted\b|\baccess(?:ed|ing)?\s+(?:support|services)\b"
          r"|\baccess(?:ed|es|ing)?\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:programme|program"
          r"|course|service|group|sessions|therapy|counselling|counseling|provision)\b"
          r"|\bparticipation\b"
          r"|\b(?:offered|provided|put\s+in\s+place|receiving|accessing|taken\s+up|took\s+up"
          r"|targeted|tailored|intensive|additional|specialist|universal|early)\s+(?:help\s+|family\s+)?"
          r"support\b|\b(?:offered|provided|put\s+in\s+place|receiving|accessing|taken\s+up|took\s+up"
          r"|utilis\w+|utiliz\w+)\s+(?:a\s+range\s+of\s+|some\s+|any\s+|the\s+|a\s+)?(?:services"
          r"|support|interventions?|provision|resources)\b|\bmonitor(?:s|ed|ing)?\b(?<!baby\smonitor)"
          r"|\bescalat\w+\s+to\b|\bservices\s+(?:are|were|have\s+been|remain)\s+involved\b"
          r"|\bstatutory\b|\bsafeguarding\s+(?:concerns|issues|risks|needs|matters)\b"
          r"|\bevidence\s+(?:that|her|his|their|any|some|an?)\b(?<!the\sevidence\s\w{3})"
          r"|\bstep(?:ped|s)?[\s-](?:down|up)\s+(?:to|from)\s+(?:CP|CIN|child|early|universal"
          r"|social|a\s+plan|level)|\bthreshold\b"),
    # A strategy meeting named as when something happened is a time, and plain when the
    # sentence says what the family did then: "Following the strategy meeting on 1/12, mum
    # moved with the children into the refuge that same night".
    rule("strategy meeting", "process", "Who did what with the family, and what changed?",
          r"(?<!following\sthe\s)(?<!after\sthe\s)(?<!since\sthe\s)(?<!before\sthe\s)"
          r"(?<!during\sthe\s)(?<!\bat\sthe\s)(?<!\bin\sthe\s)(?<!following\sa\s)(?<!after\sa\s)"
          r"\bstrategy\s+(?:discussion|meeting)s?\b"),
    rule("strategy meeting", "process", "Who did what with the family, and what changed?",
          r"\b(?:following|after|since|before|during|at|in)\s+(?:the|a)\s+strategy\s+"
          r"(?:discussion|meeting)s?\b", plain_when_told=True),
    rule("capacity", "process", "What did you see the parent do, or hear them say, that "
          "shows this?", r"\b(?:parenting|protective)\s+capacity\b|\bcapacity\s+to\s+(?:change"
          r"|parent|protect|sustain|safeguard|keep|meet)\b|\bmotivation\s+to\s+change\b|\bsustain\w*\s+(?:the\s+|any\s+"
          r"|these\s+|this\s+|those\s+)?(?:\w+\s+)?(?:changes?|progress|improvements?)\b|\bdemonstrat(?:e|ed|es|ing)\s+(?:an?\s+|the\s+|any\s+|some\s+|sufficient\s+|enough\s+)?"
          r"(?:understanding|insight|ability"
          r"|capacity|change)\b|\binsight\b"
          # (or in everyday words, said of nothing in particular: "parents dont get it" (set AH))
          r"|\b(?:do|does|did)\s*(?:n['’]?t|\s+not)\s+(?:(?:really|seem\s+to|just)\s+)?"
          r"(?:get|see)\s+it\b(?=\s*(?:at\s+all|really|tbh)?[\s.!,;]*$)"
          r"|\black(?:s|ed|ing)?\s+(?:of\s+)?(?:any\s+)?(?:empathy|remorse|awareness|understanding"
          r"|motivation|responsibility|attunement|warmth|stability|structure)\b"
          r"|\bparenting\s+(?:style|skills|ability|abilities)\b"),
    # Whether someone can protect, said of nobody's harm and nothing they do: "Unclear if mum
    # can protect", "Is nan able to protect?" (protect from what, or by doing what, is told:
    # "whether nan can keep the boys away from their uncle"; so is when, or what happened:
    # "since March mum has been able to protect the boys, taking them to her sister's").
    rule("able to protect", "process", "Protect the child from what, exactly, and what have "
          "you seen them do, or not do, when it mattered?",
          r"\b(?:can(?:not|['’]t|\s+not)?|could(?:n['’]t|\s+not)?|(?:un)?able\s+to|ability\s+to"
          r"|will\s+be\s+able\s+to)\s+(?:(?:adequately|properly|fully|really|consistently)\s+)?"
          r"(?:protect|safeguard)\b(?!\s+(?:herself|himself|themselves|myself|ourselves)\b)"
          r"(?![^.;!?\n]{0,60}\b(?:from|by|when|if|against|once|now|because|since)\b)",
          plain_when_told=True),
    # What would be best for a child, named only as a court's test: "whether the arrangement is
    # in M's best interests" (the court's own decision is a record: "the court will decide what
    # is in her best interests at the final hearing").
    rule("best interests", "label", "What would be best for the child, exactly: what would "
          "they have, or be doing, day to day?", r"\bbest\s+interests?\b",
          unless_said=r"\b(?:court|judge|magistrates?|hearing|tribunal)\b"),
    rule("failed to", "process", "What was expected, what happened, and what got in the way?",
          r"\bfail(?:ed|s|ing|ure)?\s+to\s+(?:attend|comply|cooperate|co-operate|prioriti[sz]e"
          r"|safeguard|understand|recogni[sz]e|acknowledge|accept|sustain|demonstrate"
          r"|evidence|meet)\b|\bfail\w*\s+to\s+(?:make|show)\s+(?:\w+\s+)?(?:progress|changes?)\b"
          r"|\b(?:meaningful|sufficient|adequate|sustained|sustainable)\s+(?:progress|change"
          r"|improvements?)\b"),
    # The family said only to know, and nothing of what they said: "mum is aware", "parents
    # have been informed of the concerns" (set AI).
    rule("aware", "process", "What did they say about it, in their own words?",
          r"(?:^|(?<=[.!?;]\s))\s*(?:(?:both\s+)?(?:mum|mam|mom|dad|parents?|carers?|the\s+"
          r"(?:family|parents|carers)|they|she|he|family)\s+(?:is|are|was|were|has\s+been"
          r"|have\s+been|['’]s|['’]re)\s+(?:(?:fully|now|already|very|well|made)\s+)*"
          r"(?:aware|informed|updated|notified)(?:\s+of\s+(?:(?:the|our|my|all|these|this)\s+)*"
          r"(?:concerns?|worries|referral|plan|situation|issues?|this|it))?)(?=\s*(?:[.!?;]|$))"),
    rule("on board", "process", "What has the parent done since the plan was agreed, and what "
          "has got in the way?", r"\bbuy(?:s|ing)?\s+(?=into\b)|\bbought\s+(?=into\b)|\bbuy-in\b"
          # (or said not to be, alone: "mum is not on board" (set AH))
          # ("mum isnt really on board", typed without its apostrophe (set AH's held-out))
          r"|\b(?:not|n['’]?t|never|(?:is|are|was|were)nt)\s+(?:(?:really|fully|yet|quite|properly)\s+)?on\s*board\b"
          r"|\bon\s*board\s+with\b|\b(?:take|takes|taking|took|taken)\s+(?:(?:the|any|our|professional"
          r"|professionals['’]|all|of|this|that)\s+){0,2}(?:advice|feedback|plan|recommendations"
          r"|support|guidance)\s+on\s*board\b|\b(?:not|n['’]t|never|fail\w*\s+to|refus\w*\s+to"
          r"|struggl\w*\s+to)\s+(?:\w+\s+)?(?:take|taken|taking|took)\s+(?:\w+\s+){0,3}?on\s*board\b|\bon\s*board\s+(?:the\s+|any\s+"
          r"|professional\s+)*(?:advice|concerns|worries|feedback|recommendations|guidance)\b"
          r"|\bcommit(?:s|ted|ting|ment)?\s+to\s+(?:the\s+)?(?:safety\s+|child\s+protection\s+"
          r"|care\s+|written\s+)?(?:plan|work|process|agreement|programme|assessment)\b"
          r"|\bsigned\s+up\s+to\s+(?:the\s+)?(?:plan|work|agreement|process)\b|\b(?:uptake"
          r"|take-up|adherence|follow-through)\b|\bprogress\s+(?:against|towards?|with|on|in)\s+"
          r"(?:the\s+|her\s+|his\s+|their\s+)?(?:\w+\s+)?(?:plan|objectives|goals|targets|outcomes"
          r"|actions|agreement)\b|\b(?:plan|agreed|care|protection)\s+(?:objectives|outcomes"
          r"|targets)\b|\bevidenc(?:e|es|ed|ing)\s+(?:of\s+|any\s+|some\s+|real\s+|that\s+)?"
          r"(?:sustained\s+)?(?:change|progress|understanding|commitment|improvement)s?\b"
          r"|\bbare\s+minimum\b|\b(?:by|from)\s+(?:all\s+|the\s+)?(?:services|agencies)\b"
          r"|\bcommitment\s+to\s+(?:change|the\s+plan|the\s+work|the\s+process)\b"
          r"|\b(?:open|honest)\s+(?:and\s+(?:open|honest)\s+)?with\s+(?:professionals|services"
          # (the services as the writer's "us": "mum being more open and honest with us" (set AK))
          rf"|agencies|the\s+social\s+worker|workers|us|(?:the\s+)?{SERVICE_BY_NAME})\b"),
    # Vague risk: a worry with nothing behind it.
    rule("there are concerns", "vague", "Who is worried, and what did they see or hear?",
          r"\bthere\s+(?:is|are|were|was|have\s+been|has\s+been|remains?|continues?\s+to\s+be)"
          r"\s+(?!no\b|not\b)(?:\w+\s+){0,3}?(?:concerns?|worries|issues|problems|difficulties"
          r"|allegations)\b|\b(?:historic(?:al)?|previous|unsubstantiated|several|numerous"
          r"|multiple|various|further|unproven)\s+allegations\b|\ballegations?\s+(?:were|was"
          r"|have\s+been|has\s+been)\s+made\b|\b(?:red|safeguarding|welfare)\s+flags?\b"
          r"|\brais(?:e|es|ed|ing)\s+(?:a\s+|some\s+|several\s+)?flags?\b"
          # ... not the worry a child carries for the family ("Josh carries the worry for the
          # family, and ..."): a young carer's load, said of what he does
          r"|\b(?=concern|worr)"  # (the look-backs tried only where its words start)
          r"(?<!\bcarry\sthe\s)(?<!\bcarries\sthe\s)(?<!\bcarried\sthe\s)(?<!\bcarrying\sthe\s)"
          r"(?<!\bhold\sthe\s)(?<!\bholds\sthe\s)(?<!\bheld\sthe\s)(?<!\bholding\sthe\s)"
          # ... nor worrying no more, as a goal says what the child will notice ("AB will be
          # able to sleep and not worry about mum", "won't have to worry about mum")
          r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnever\s)(?<!\blonger\s)(?<!\bto\s)(?<!\bstop\s)"
          r"\b(?:concerns?|worr(?:y|ies))\s+(?:about"
          r"|regarding|for|over)\s+(?:the\s+)?(?:address|property|family|household|home|children"
          r"|child|kids|parents?|mum|dad|situation|case|welfare|wellbeing|safety|care)\s*(?:[.,;!?]"
          r"|$)"
          r"|\b(?:significant|ongoing|serious|grave|historic(?:al)?|long-?standing|multiple"
          r"|numerous|safeguarding|welfare|various|growing|increasing|professional|some)\s+"
          r"(?:concerns|worries|issues)\b|\b(?:concerns|worries|issues)\s+(?:persist|remain|continue"
          r"|exist|regarding|surrounding|around|re)\b"
          # "risks remain", "the risk remains", "the dangers are still there": nothing of what
          # could happen, or to whom
          r"|\b(?:risks?|dangers?)\s+(?:(?:(?:still|remain|remains|remained|are|is)\s+){0,2}"
          r"(?:persists?|remains?|remained|continues?|exists?|there|present|ongoing)"
          # ... or said not to have gone: "the risks haven't gone away", "the danger isn't
          # going anywhere"
          r"|(?:haven['’]t|hasn['’]t|(?:have|has)\s+not|never)\s+(?:really\s+|just\s+|yet\s+)?"
          r"gone\s+away|(?:are|is)(?:n['’]t|\s+not)\s+going\s+(?:away|anywhere)|won['’]t\s+go"
          r"\s+away)\b"
          # ... unless what they are, come from or when, follows: "risks remain from the broken
          # window", "risks are still there when dad drinks: ...", "the risks remain, and they
          # are: ...", "risks exist but are lower, ..."
          r"(?!\s*[:–—(]|\s+-|,?\s+(?:(?:still|for|to)\s+)?(?:high|low|medium|significant|serious"
          r"|elevated|unchanged|increased|lower|higher|that|from|because|due|of|until|while|around"
          r"|with|in\s+relation|when|whenever|if|but|as|since|where|once|for\s+as\s+long)\b"
          r"|,?\s+and\s+(?:they|it|these|this|those)\s+(?:are|is|include)\b"
          # ... or who keeps them there, after a comma: "the danger is still there, dad has
          # a key" (not whose words it is: "the risks remain, mum says")
          rf"|\s*[,;]\s+(?:(?:the|her|his|their)\s+)?(?:{ADULT}|he|she|they|(?-i:[A-HJ-Z])|{NAME})"
          r"(?![\w'’])\s+(?!(?:says?|said|thinks?|thought|feels?|felt|believes?|believed|told"
          r"|tells|agrees?|agreed)\b)[\w'’]+)"),
    # Left alone where the sentence says what showed it: "under the influence at pick up on
    # 2 Dec, slurring and unsteady".
    rule("under the influence", "vague", "Under the influence of what, and what did you see, "
         "hear or smell that told you? Was the child with them?",
         r"\bunder\s+the\s+influence\b",
         unless_said=r"\b(?:slurr\w*|unsteady|stagger\w*|sway\w*|sm(?:elt|elled|elling)\s+of"
         r"|glazed|pinned|vomit\w*|passed\s+out|incoherent|fell\s+(?:over|asleep)"
         r"|could(?:n['’]?t| not)\s+(?:stand|walk|wake))\b"),
    # Help promised only "as needed": who will do what, and when, is still to be said.
    # Left alone where asking for it is the step ("ring nan for help when needed"), or the
    # sentence says when ("step in as needed when mum is low, and take the kids to hers").
    rule("as needed", "vague", "What exactly will they do, and by when?",
         r"(?<!\bfor\s)\b(?:support|help|assist|advise|guide|step\s+in|be\s+there|be\s+available"
         r"|(?:offer|provide|give)\s+(?:\w+\s+)?(?:support|help|advice|guidance))"
         r"(?:\s+(?:her|him|them|mum|dad|the\s+(?:family|young\s+person|child|parents)))?\s+"
         r"(?:as\s+(?:and\s+when\s+)?(?:needed|required|necessary|appropriate)"
         r"|where(?:ver)?\s+(?:needed|required|necessary|appropriate|possible)"
         r"|when(?:ever)?\s+(?:needed|required|necessary)|if\s+(?:needed|required|necessary))\b",
         unless_said=r"\b(?:when|whenever|if|every|each|by|on)\s+(?!(?:and\s+when\s+)?"
         r"(?:needed|required|necessary|appropriate|possible)\b)\w+"),
    rule("issues", "vague", "What exactly happens? The word could mean anything to the reader.",
          r"(?<!\bno\s)\bissues\b|\ban\s+issue\b|\bissues?\s+(?:around|with|regarding)\b"),
    rule("at risk of harm", "vague", "At risk of what exactly, from whom, and what has "
          "happened so far?", rf"\b(?:(?:at\s+(?:\w+\s+)?risk|risks?)\s+of|(?:vulnerable"
          r"|susceptible|prone)\s+to)\s+"
          rf"(?:(?:significant|further|serious|emotional|physical|sexual|criminal|possible|"
          rf"potential)\s+)*{_VAGUE_HARM}\b(?![\w\s,]{{0,30}}\b(?:from|by|when|if|because|as)\s+"
          rf"[\w\s,'’]{{0,20}}\b{_PEOPLE_WORDS}\b)"
          # ("the children would be at heightened risk" (set AQ))
          r"|\bat\s+(?:high|significant|increased|serious|great|greater|heightened"
          r"|elevated)\s+risk\b"
          r"|\bsignificant\s+harm\b|\blikely\s+to\s+suffer\b"),
    rule("deteriorated", "vague", "What has changed, exactly, and since when?",
          r"\bdeteriorat\w+|\b(?:family|household|relationship|home|parental|couple)\s+dynamics?\b"
          r"|\b(?:witness\w*|seen|saw|heard)\s+(?:(?:some|a\s+few|certain|many|all\s+sorts\s+of"
          r"|lots\s+of|a\s+lot\s+of|bad|terrible|awful|horrible|scary|upsetting|adult)\s+){0,2}"
          r"(?:things|stuff|a\s+lot)\b"
          # ... unless what it was follows: "seen some scary things at home, like dad throwing
          # a chair", "saw some things on his phone, videos of men being stabbed".
          r"(?![^.;!?\n]{0,60}?(?:[,:–—]\s*(?!(?:and|but|so|which|it|this|that|they|he|she"
          r"|and\s+it|and\s+this)\b)[a-z]|\s+(?:like|such\s+as|including)\s))"
          # what a child saw, said only as what no child should: "things they shouldn't have"
          # (not what they should not say or do: "things he shouldn't tell me")
          r"|\b(?:things|stuff)\s+(?:that\s+)?(?:they|he|she|no\s+(?:child|kid)|kids|children"
          r"|a\s+child)\s+(?:should(?:n['’]?t|\s+not|\s+never)|ought\s+not\s+to)\b"
          r"(?=\s+(?:(?:ever\s+)?(?:have\s+)?(?:(?:to\s+)?(?:see|seen|hear|heard|witness(?:ed)?"
          r"|know|known|be\s+exposed|been\s+exposed|experience|experienced|go\s+through|gone"
          r"\s+through|be\s+around|been\s+around)\b)|have\s*(?:[.,;:!?]|$))|\s*(?:[.,;:!?]|$))|\ba\s+lot\s+(?:going\s+on"
          r"|on\s+(?:her|his|their)\s+plate)\b|\b(?:required|necessary)\s+changes\b|\bslow\s+to\s+"
          r"(?:make|engage|accept|change|respond|act)\b|\b(?:several|numerous|multiple|previous"
          r"|repeated|many)\s+(?:safeguarding\s+|police\s+|welfare\s+)?referrals\b|\b(?:some|a)\s+(?:kind"
          r"|sort)\s+of\s+(?:incident|altercation|row|argument|disagreement|problem|issue"
          r"|situation)\b|\bescalat(?:ed|es|ing|ion)\b(?!\s+to\b)|\b(?:poor|bad|terrible|awful|sorry)\s+state\b|\b(?:complex|additional"
          r"|unmet|presenting|emerging)\s+needs\b|\b(?:parental|adult|relationship|domestic"
          r"|ongoing)\s+conflict\b"),
    rule("needs not met", "vague", "What does the child go without, and what do the adults "
          "do instead?", r"\bprioriti[sz](?:e|es|ed|ing)\b|\bput(?:s|ting)?\s+(?:the\s+)?"
          r"(?:\w+['’]s?\s+)?(?:needs\s+)?first\b|\bneeds\s+(?:before|above|ahead\s+of)\s+(?:\w+\s+)?own\b"
          r"|\bnot\s+(?:being\s+)?kept\s+safe\b|\b(?:unable|not\s+able|incapable)\s+(?:of\s+|to\s+)"
          r"(?:keep(?:ing)?\s+(?:\w+\s+){1,3}safe|meet(?:ing)?\s+(?:[\w'’]+\s+){0,3}needs"
          r"|protect|parent|safeguard|prioriti[sz]e)|\bneeds\s+(?:(?:are|were|have|has|had|is|was)\s+)?"
          r"(?:(?:not|never)\s+(?:always\s+)?(?:being\s+|been\s+)?met|unmet)\b"
          # ... as a note types it, or shortened: "needs not being met", "needs aren't met"
          r"|\bneeds\s+(?:are|were|is|was|have|has)n['’]?t\s+(?:always\s+)?(?:being\s+|been\s+)?met\b"),
    # Care said to fall short with nothing of what: "the kids are not being looked after
    # properly", "not properly fed" (plain beside what was seen: "not fed properly, there was
    # no food in the fridge on Tuesday").
    rule("not cared for properly", "vague", "What does the child go without, and what do the "
          "adults do instead?",
          r"(?:\bnot|\b(?:is|are|was|were|has|have|had|do|does|did)n['’]?t)\s+(?:being\s+|been\s+"
          r"|getting\s+)?(?:(?:properly|adequately|appropriately)\s+)?"
          r"(?:looked\s+after|cared\s+for|fed|washed|supervised|parented|minded|watched)\s+"
          r"(?:properly|adequately|appropriately|well\s+enough|enough|right|correctly)\b"
          r"|(?:\bnot|\b(?:is|are|was|were|has|have|had|do|does|did)n['’]?t)\s+(?:being\s+|been\s+"
          r"|getting\s+)?(?:properly|adequately|appropriately)\s+"
          r"(?:looked\s+after|cared\s+for|fed|washed|supervised|clothed|dressed|parented|minded)\b"
          r"|\b(?:inadequately|improperly)\s+(?:looked\s+after|cared\s+for|fed|supervised"
          r"|clothed|dressed)\b"
          # ... said of the adult: "mum doesn't look after the kids properly", "nan can't look
          # after them properly", "isn't caring for the baby properly"; and "never looked after
          # properly", "not kept clean", "not dressed appropriately"
          r"|(?:\bnot|\bnever|\b(?:is|are|was|were|do|does|did|ca)n['’]?t|\bcannot)\s+(?:be\s+|being\s+"
          r"|been\s+)?(?:(?:properly|adequately|appropriately)\s+)?(?:look(?:s|ing)?\s+after"
          r"|car(?:e|es|ing)\s+for|feed(?:s|ing)?|wash(?:es|ing)?|supervis(?:e|es|ing)|dress(?:es|ing)?"
          r"|looked\s+after|cared\s+for)\s+(?:(?:the|her|his|their)\s+)?(?:kids|children|child|baby"
          r"|boys|girls|twins|them|him|her|[a-z]+)?\s*(?:properly|adequately|appropriately"
          r"|well\s+enough|right|correctly)\b"
          r"|\bnot\s+(?:being\s+)?kept\s+clean\b|\bnot\s+(?:being\s+)?(?:dressed|clothed)\s+"
          r"(?:appropriately|properly|adequately|for\s+the\s+weather)\b", plain_when_told=True),
    # A home judged, with nothing of what was seen: "the house was unkempt", "the flat was
    # dirty" (plain beside what was: "dirty, with cat litter on the kitchen floor"; the
    # harsher words, "filthy", "a tip", are asked about whatever is beside them: "a tip").
    rule("the home judged", "vague", "What did you see in the home, for example food, beds, "
          "heating or mess, and where?",
          r"\b(?:house|home|flat|property|kitchen|bedrooms?|bathroom|living\s+room|apartment"
          r"|place)\s+(?:was|is|were|are|looked|looks|seemed|seems|has\s+been|had\s+been"
          r"|remains?|remained)\s+(?:(?:very|really|quite|extremely|so|a\s+bit|rather|pretty"
          r"|somewhat|fairly|always|often|still|again)\s+)*(?:unkempt|dirty|insanitary|cluttered"
          r"|untidy|grubby|disgusting|minging|manky|grim|horrendous|dishevell?ed)\b"
          # ... in other words: "appeared dirty", "was found to be dirty", "is not clean", "the
          # bedrooms were squalid", or the word before the home: "a dirty house", "keeps a
          # messy home"
          r"|\b(?:house|home|flat|property|kitchen|bedrooms?|bathroom|living\s+room|apartment"
          r"|place|conditions|living\s+conditions)\s+(?:was|is|were|are|looked|looks|seemed|seems"
          r"|appeared|appears|has\s+been|had\s+been|remains?|remained)\s+(?:found\s+to\s+be\s+"
          r"|(?:very|really|quite|extremely|so|a\s+bit|rather|pretty|somewhat|fairly|always|often"
          r"|still|again)\s+)*(?:squalid|messy|unhygienic|unsanitary|filthy|not\s+clean"
          r"|(?:unkempt|dirty|insanitary|cluttered|untidy|grubby)\b)\b"
          r"|\b(?:a|an|the)\s+(?:very\s+|really\s+)?(?:dirty|messy|untidy|unkempt|cluttered|grubby"
          r"|squalid|unhygienic)\s+(?:house|home|flat|property|kitchen|place)\b"
          r"|\b(?:was|were)\s+in\s+a\s+(?:dirty|messy|untidy|unkempt|grubby|squalid)\s+(?:state"
          r"|condition)\b",
          plain_when_told=True),
    rule("impact", "vague", "What did the child do or say that shows the effect on them?",
          r"\bimpact(?:s|ed|ing)\s+(?:on|upon)\b|\b(?:will|could|may|might|would|can|to)\s+impact\b"
          r"|(?<!\bthe\s)(?<!\ban\s)(?<!\bits\s)(?<!\bno\s)(?<!\bany\s)(?<!\bher\s)(?<!\bhis\s)"
          r"(?<!\btheir\s)(?<!\bwhat\s)(?<!\band\s)(?<!,\s)\bimpact\s+(?:on|upon)\b"
          r"|\bimpacted\b|\bnegative(?:ly)?\s+(?:impact|"
          r"affect|effect)|\bexpos(?:ed|ure)\s+to\b(?!\s+(?:the\s+)?(?:asbestos|smoke|sun|sunlight|cold"
          r"|heat|germs?|viruses|virus|covid|chicken\s*pox|measles|infections?|noise|damp|mould"
          r"|mold|chemicals?|fumes|radiation|lead|dust|pollen|peanuts?|nuts|allergens?|rain"
          r"|weather|elements|english|languages?|music|books|sport)\b)"),
    rule("incidents", "vague", "What happened, who did what, and where was the child?",
          # (none since, as a scale's reason says it: "no new police call-outs since May")
          r"\b(?<!\bno\s)(?<!\bno\snew\s)(?<!\bno\smore\s)(?<!\bno\sfurther\s)(?<!\bany\snew\s)"
          r"(?:domestic|violent|further|ongoing|several|numerous|multiple|previous"
          r"|historic(?:al)?|reported|repeated|police)\s+(?:incidents?|call-?outs?)\b"
          # (not one used to say when: "the first police call-out was when she was 2" (set AL))
          r"(?!\s+(?:was|were)\s+(?:back\s+)?(?:when\b|in\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul"
          r"|aug|sep|oct|nov|dec)[a-z]*\b|the\s+(?:spring|summer|autumn|winter)\b)|on\s+\d|at\s+\d"
          r"|(?:around|about|before|after)\s+(?:\d|her\b|his\b|their\b|the\s+baby\b)))"
          r"|\b(?:pattern|number|series|catalogue|history|lots)\s+of\s+incidents\b"
          r"|\bincidents\b(?![\w\s]{0,25}\b(?:where|when|in\s+which)\b)"
          r"|\baltercations?\b|\b(?:witness\w*|saw|seen|heard|present\s+(?:at|for|during)|exposed\s+to"
          r"|involved\s+in)\s+(?:an?|the|this|that|another)\s+(?:\w+\s+)?incident\b|\bpolice\s+(?:\w+\s+){0,3}?(?:attend\w*|called|out|visited)\s+(?:to\s+)?"
          r"(?:the\s+)?(?:address|property|family|home|house|flat)\b(?![^.]*\b(?:after|because"
          r"|when|as|for|following|found|saw|arrested|each\s+time|every\s+time|while|whilst"
          # ... nor with what they were told there: "and the children told them dad had hit mum"
          r"|told|said|disclosed|showed)\b)"
          r"|\b(?:a|another|the)\s+domestic\b(?=\s*(?:[.,;:!?)]|$|\s+(?:at|in|on|between|with"
          r"|involving|last|this|that|yesterday|earlier|and|where|when|which|after|before|over"
          r"|from|again|today|tonight|happen\w*|occur\w*|took|takes|kick\w*|broke|went|erupt\w*"
          r"|blew|ensued|started|was|is|has|had)\b))|\bdomestics\b"),
    # Times counted and nothing said of them, the whole sentence: "there have been a few
    # occasions", "it has happened several times" (not "... when Dad came home drunk").
    rule("a few occasions", "vague", "What happened each time, who did what, and when was the "
          "last?", r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]))\s*(?:there\s+(?:have|has|had)\s+been|there"
          r"\s+(?:were|was|are)|it\s+(?:has|had)\s+happened(?:\s+on)?)\s+(?:quite\s+)?(?:a\s+few"
          r"|several|some|many|numerous|a\s+number\s+of|a\s+couple\s+of|lots\s+of|multiple"
          r"|various|other|a\s+handful\s+of|one\s+or\s+two|few|countless)\s+(?:more\s+|other\s+"
          r"|similar\s+|further\s+|separate\s+)?(?:occasions?|times|instances?|episodes?"
          r"|occurrences?|events?|situations?)(?:\s+(?:now|recently|lately|since|before|since\s+then"
          r"|like\s+(?:this|that)|in\s+the\s+past|this\s+(?:year|term|month|week)|over\s+the\s+"
          r"(?:last|past)\s+(?:few\s+)?(?:weeks|months|years)))?(?=\s*(?:[.!?;]|$))"),
    # A worry of someone's said with nothing of what it is, the whole sentence: "school are
    # worried about him again this term" (not "... about his weight", or with what was seen).
    rule("worried about him", "vague", "What have they seen or heard that worries them, and "
          "when?", r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]))\s*(?:(?:[\w'’]+\s+){1,4}?(?:is|are|was|were|am"
          r"|remains?|remained|feels?|felt|gets?|got|getting|became|becoming|(?:has|have)\s+been"
          r"|seems?|seemed)\s+"
          # ... the one worried written short, or left out as notes leave them: "we're really
          # worried about the kids", "School's concerned about him", "still concerned for him"
          r"|(?:[\w'’]+\s+){0,3}?\w+['’](?:m|re|s)\s+|(?=(?:still|also|really|very|quite|so"
          r"|increasingly|more|worried|concerned)\s))(?:(?:still|also|really|very|quite|so|increasingly|more|a\s+bit"
          r"|a\s+little|a\s+lot|getting|becoming|now)\s+)*(?:worried|concerned|anxious|uneasy)"
          r"\s+(?:about|for|over|re|regarding|around)\s+(?:the\s+|this\s+|that\s+)?(?:him|her|them"
          r"|child|children|kids|kid|baby|boy|girl|boys|girls|family|(?-i:[A-HJ-Z]|[A-Z][a-z]+))"
          r"(?:\s+(?:again|still|too|as\s+well|now|currently|lately|recently|generally|more"
          r"|at\s+(?:the\s+)?moment|at\s+present|these\s+days|this\s+(?:term|week|month|year)"
          r"|(?:so\s+)?much|a\s+lot))*(?=\s*(?:[.!?]|$))"),
    # The worry of the services said and nothing else, the whole sentence: "professionals
    # remain worried", "school are concerned", "we are all still worried".
    rule("remain worried", "vague", "What have they seen or heard that worries them, and "
          "when?", r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]))\s*(?:(?:the|all|all\s+the|both)\s+)?"
          rf"(?:(?:{PROFESSIONAL})s?(?:\s+(?:{PROFESSIONAL})s?)?|we|i|agencies|services|everyone"
          r"|everybody|the\s+network|partners|partner\s+agencies|social\s+care"
          r"|children['’]s\s+services|the\s+(?:local\s+authority|council))"
          r"\s+(?:(?:all|both|still|also)\s+)?(?:is|are|was|were|am"
          r"|remains?|remained|continues?\s+to\s+be|continued\s+to\s+be|feels?|felt|(?:has|have)"
          r"\s+been)\s+(?:(?:still|also|all|really|very|quite|so|increasingly|more|deeply|gravely"
          r"|extremely|seriously|a\s+bit|a\s+little|a\s+lot)\s+)*(?:worried|concerned|anxious"
          r"|uneasy)(?:\s+(?:again|still|too|as\s+well|now|currently|generally|more"
          r"|at\s+(?:the\s+)?moment|at\s+present|these\s+days))*(?=\s*(?:[.!?]|$))"),
    # A clinical word for how a parent relates or copes, said as missing: "poor
    # mentalisation", "low reflective functioning", "limited emotional regulation".
    rule("poor mentalisation", "label", "What do you see the adult do with the child, for "
          "example when the child is upset? Say that instead of the term.",
          r"\b(?:low|poor|limited|reduced|impaired|weak|lack\s+of|minimal|little)\s+"
          r"(?:(?:emotional|reflective|executive|self|parental|maternal|paternal|affect|co)"
          r"[\s-])?(?:(?!immuni|hospitali|organi|vaccin)[a-z]+i[sz]ation|functioning|regulation"
          r"|attunement|mentali[sz]ing|containment|mind-?mindedness|reciprocity)\b"),
    # The rule a thing was done under, named instead of said: "not notified under the regs",
    # "as per procedures", "in line with statutory guidance".
    rule("under the regulations", "process", "What does that rule ask of the family, in "
          "everyday words, and what did or didn't happen?",
          r"\b(?:under|per|as\s+per|in\s+line\s+with|in\s+accordance\s+with|in\s+breach\s+of"
          r"|compliant\s+with|pursuant\s+to)\s+(?:the\s+)?(?:relevant\s+|statutory\s+)?(?:regs"
          r"|regulations|legislation|statutory\s+guidance|guidance|children\s+act|act"
          r"|procedures|policy|protocol|framework)\b"),
    rule("not great", "vague", "What happens at home, exactly, and what is it like for the "
          # (not a time things reach, said of what someone does then: "mum rings me before
          # things get bad", "when things get heated he goes out")
          "child?", r"\b(?<!\bbefore\s)(?<!\bwhen\s)(?<!\bwhenever\s)(?<!\bif\s)(?<!\bonce\s)"
          r"(?<!\buntil\s)(?:things|(?:home\s+|family\s+)?life(?:\s+at\s+home)?|the\s+atmosphere"
          r"|relationships?(?:\s+(?:with|between)(?:\s+[\w'’]+){1,4}?)?)\s+"
          r"(?:(?:at|in)\s+(?:the\s+)?(?:home|house|family)\s+|between\s+(?:\w+\s+){1,3}?)?(?:is|are"
          r"|was|were|has\s+been|have\s+been|seems?|seemed|remains?|can\s+be|gets?|got|had\s+been"
          r"|['’]s|['’]re)\s+(?:\w+\s+)?(?:not\s+(?:great|good|easy|ideal|brilliant|ok|okay"
          r"|the\s+best)|difficult|tricky|hard|tough|strained|tense|fraught|rocky|fractious"
          r"|up\s+and\s+down|stressful|challenging|a\s+struggle|complicated|turbulent|unsettled"
          r"|unstable|bad|rough|messy)\b|\b(?:stuff|something|things|summat)\s+(?:\w+\s+)?"
          r"(?:went|goes|going|gone|kicked|kicks|kicking)\s+(?:on|off)\b|\bsomething\s+(?:happened"
          r"|occurred)\s+between\b"
          # Unsaid goings-on: "stuff has been happening online", "things are going on".
          r"|\b(?:stuff|things|summat)\s+(?:(?:has|have|had|is|are)\s+)?(?:been\s+)?"
          r"(?:(?:still|also|again)\s+)?(?:happening|going\s+on)\b"),
    # Euphemism: a soft word over something that happened.
    rule("unsuitable", "euphemism", "What exactly was said or done, and by whom?",
          r"\b(?:unsuitable|unsuitably|unacceptable|not\s+appropriate|sub-?standard|problematic"
          r"|questionable|unhealthy|inadequate|inadequately|unfit|not\s+fit\s+for)\b"
          r"|\bunsafe\s+(?:adults?|individuals?|people|associations?|relationships?)\b"
          # ("toxic friendships", "a toxic relationship" (set AJ))
          r"|\btoxic\s+(?:adults?|people|associations?|relationships?|friendships?|friends"
          r"|mates|partners?|environment|household|home|family|dynamics?)\b"
          r"|\bheavy[\s-]handed\b|\brough(?:ly)?\s+handl\w+|\bchastis\w+|\b(?:became|become"
          r"|got|get|turned)\s+physical\b|\b(?:verbal|physical|heated)\s+(?:disagreements?"
          r"|disputes?|exchanges?|confrontations?)\b"),
    rule("kicked off", "euphemism", "What did the person say or do, and who was there to see "
          "it?", r"\bkick(?:s|ed|ing)?\s+off\b|\b(?:went|go|goes|going|gone)\s+(?:off\s+on\s+one"
          r"|mad|ballistic|mental|nuts|crazy|berserk|off\s+at\s+(?:him|her|them|me|us))\b"
          r"|\bflip(?:s|ped|ping)?\s+out\b"
          r"|\bblew\s+up\s+at\b|\bblows?\s+up\s+at\b|\bblowing\s+up\s+at\b|\b(?:a\s+bit|a\s+little|slightly)\s+"
          r"(?:loud|rough|heated|lively|physical|animated|excitable|heavy)\b"
          r"|\blash(?:ed|es|ing)?\s+out\b(?!\s+(?:and|,)\s)|\blost\s+the\s+(?:plot|rag)\b|\blosing\s+the\s+(?:plot|rag)\b"),
    rule("had words", "euphemism", "What was said and done, by whom, and where were the "
          "children?", r"\bhad\s+(?:a\s+few\s+|some\s+|cross\s+|strong\s+)?words\b|\b(?:bust-?ups?"
          r"|set-?tos?|tiffs?|barneys?|ding-?dongs?|argy-?bargy)\b|\b(?:a|had)\s+(?:bit\s+of\s+a\s+)?"
          r"(?:falling[\s-]out|spat)\b"),
    rule("a tap", "euphemism", "What did the adult do to the child's body, with what, and "
          "did it leave a mark?", r"\b(?:giv(?:e|es|en|ing)|gave|deserv\w+)\s+(?:\w+\s+){0,2}?"
          r"(?:a|the\s+odd|the\s+occasional)\s+(?:little\s+|light\s+"
          r"|gentle\s+|quick\s+|good\s+)?(?:tap|clip|hiding|belting|leathering|walloping"
          r"|thrashing|smacked\s+bottom)\b|\b(?:little|light|gentle|quick|odd|occasional)\s+"
          r"(?:smack|slap)s?\b|\bclip\s+round\s+the\s+(?:ear|head)\b|\bphysical(?:ly)?\s+"
          r"(?:disciplin\w+|punish\w+|correct\w+)|\b(?:disciplin|punish|correct)\w*\s+(?:\w+\s+)"
          r"{0,3}physically\b"),
    # A blow named by the punishment it was meant as, with nothing of where it landed, with
    # what or what it left: "he has been smacked as a punishment", "slaps them to discipline
    # them" (not "slapped him for being cheeky, leaving a red hand mark on his cheek").
    rule("smacked as a punishment", "euphemism", "What did the adult do to the child's body, "
         "with what, and did it leave a mark?",
         r"\b(?:smack|slap|tap|whack|swat)\w*\s+(?:\w+\s+){0,2}?(?:as\s+(?:a\s+)?"
         r"(?:punishment|discipline|consequence)|to\s+(?:punish|discipline|correct)|for\s+"
         r"(?:being\s+)?(?:naughty|cheeky|bad|rude|misbehaving|answering\s+back))\b",
         unless_said=r"\b(?:marks?|bruis\w*|red|welts?|swollen|leaving|left|across|with\s+(?:a|an"
         r"|his|her|their|the)\s+\w+|on\s+(?:his|her|their|the)\s+(?:face|head|cheek|arm|leg|legs"
         r"|back|bottom|hand|hands|ear|body))\b"),
    rule("likes a drink", "euphemism", "What does the person drink or take, how much, and what "
          "happens for the child then?", r"\bself[\s-]?medicat\w*|\b(?:likes?|liked|enjoys?"
          r"|enjoyed|partial\s+to|fond\s+of|keen\s+on|into|loves?|loved|a\s+fan\s+of|has\s+a\s+taste"
          r"\s+for)\s+(?:a|the\s+odd|the\s+occasional|his|her|their|a\s+bit\s+of|a\s+few)\s+"
          r"(?:\w+\s+)?(?:drink|tipple|smoke|joint|spliff|bevvy|flutter|puff|line|pint|can|sesh"
          r"|bet|punt|gamble|wager|scratchcard|pill|toot|bump"
          r"|session|weed|wine|vodka|cider|lager|toke)s?\b(?!\s+of\s+(?:milk|water|juice|tea|squash"
          r"|pop|coffee)\b)|\brecreational(?:ly)?\s+(?:drugs?|use"
          r"|users?|cannabis|substances?)\b|\buses?\s+recreationally\b|\bsocial\s+(?:drinker"
          r"|user)s?\b|\b(?:worse\s+for\s+wear|tipsy|intoxicated|inebriated)\b|\bhad\s+had\s+a\s+few\b"
          # Slang for drunk or high: "off her face", "wasted", "out of it".
          r"|\b(?:is|was|were|are|been|be|got|get|gets|getting|seemed|looked|appeared)\s+"
          r"(?:\w+ly\s+|a\s+bit\s+|so\s+|well\s+)?(?:off\s+(?:his|her|their|my)\s+(?:face|head"
          r"|tits|nut|trolley|box|rocker)|out\s+of\s+(?:it|(?:his|her|their)\s+(?:head|mind|face"
          r"|tree|skull))|wasted|hammered|smashed|legless|paralytic|plastered|sloshed|steaming"
          r"|stoned|blotto|mashed|mullered|trollied|three\s+sheets\s+to\s+the\s+wind)\b"),
    rule("handsy", "euphemism", "What did the adult do or say to the child, and where?",
          r"\b(?:handsy|touchy(?:-?feely)?\s+with|over-?familiar|over-?friendly)\b|\bhands[\s-]on"
          r"\s+with\b|\b(?:handy|quick)\s+with\s+(?:his|her|their)\s+(?:fists|hands)\b|\b(?:too|overly)\s+"
          r"(?:friendly|close|tactile|affectionate|intimate|familiar)\s+(?:with|to)\b"
          r"|\brough(?:\s+and\s+ready)?\s+with\s+"
          r"(?:him|her|them|the\s+\w+|(?-i:[A-Z])\b|[a-z]+['’]s\b)"),
    rule("a bit grubby", "vague", "What did you see, smell or find, and where?",
          r"\b(?:a\s+bit|a\s+little|slightly|quite|rather|somewhat)\s+(?:grubby|scruffy|messy"
          r"|untidy|cluttered|dirty|smelly|whiffy|run[\s-]down|unkempt|neglected)\b"
          # ... or a child's look judged: "the kids look scruffy", "always hungry and scruffy"
          # (set AI's held-out)
          r"|\b(?:look(?:s|ed|ing)?|(?:is|are|was|were|seems?|seemed|appears?|appeared)"
          r"(?:\s+(?:always|often|usually|very|really|so|quite))*)\s+(?:[\w'’]+\s+and\s+)?"
          r"(?:scruffy|grubby|tatty|manky|minging)\b"),
    rule("poor supervision", "euphemism", "Who was looking after the child, and what happened?",
          rf"{_poor(_MINDING_NOUNS)}|\bunsupervised\b|\bleft\s+to\s+(?:their|his|her)"
          r"\s+own\s+devices\b|\bfend(?:s|ed|ing)?\s+for\s+(?:them|him|her)sel(?:f|ves)\b"),
    rule("poor attendance", "euphemism", "Which days or lessons were missed, since when, and "
          "what reason was given?", _poor("attendance")
          # ("dysregulated behaviours and low attendance" (set AR))
          + r"|\blow\s+(?:school\s+)?attendance\b"),
    # Eighth round: families of wording, each a shape rather than a list of phrases.
    rule("says the right things", "process", "What did they agree to do, and what did they "
          "actually do?", r"\blip[\s-]service\b|\b(?:go|goes|going|gone|went)\s+through\s+the\s+"
          r"motions\b|\b(?:tell|tells|telling|told|say|says|saying|said)\s+(?:\w+\s+){0,2}?what\s+"
          # ... with whose guess it is between: "says what he thinks we want to hear"
          r"(?:(?:he|she|they|mum|dad|parents)\s+(?:thinks?|thought|reckons?|believes?|knows?"
          r"|feels?|imagines?)\s+)?"
          r"(?:they|we|you|people|professionals|workers|services|agencies|i)\s+(?:want|wanted|wants)"
          r"\s+to\s+hear\b"
          r"|\b(?:say|says|saying|said)\s+(?:all\s+)?the\s+right\s+things\b|\btalk(?:s|ed|ing)?\s+"
          r"the\s+talk\b|\btick(?:s|ed|ing)?\s+(?:the\s+|all\s+the\s+)?boxes\b(?!\s+(?:on|in|of)\b)|\btick[\s-]box\w*"
          r"|\bhalf[\s-]hearted(?:ly)?\b|\btoken\s+(?:effort|gesture)s?\b|\bsuperficial(?:ly)?\b"),
    rule("not forthcoming", "process", "What were they asked, and what did they say?",
          r"\b(?:not|never|less\s+than|hardly|rarely|n['’]t)\s+(?:\w+\s+){0,2}?(?:forthcoming"
          r"|upfront|transparent)\b|\bforthcoming\s+(?:with|about)\b|\bwithh(?:o|e)ld\w*\s+"
          r"(?:information|details)\b"),
    rule("declined support", "process", "What was offered, and what did they say about it?",
          r"\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|turn(?:s|ed"
          r"|ing)?\s+down|avoid(?:s|ed|ing)?|disengag(?:e|es|ed|ing)\s+from|withdr(?:ew|awn|aws?"
          r"|awing)\s+from|pull(?:s|ed|ing)?\s+out\s+of)\s+(?:(?:all|any|the|further|most|our"
          r"|offers\s+of|every)\s+){0,2}(?:support|services|help|intervention|professionals"
          r"|the\s+(?:plan|assessment|programme|work)|visits|referrals?)\b"
          r"(?!\s+(?:from|with)\s+(?:his|her|their|\w+['’]s)\s)"),
    rule("plays it down", "process", "What did they say about it, in their own words?",
          r"\bdownplay(?:s|ed|ing)?\b|\bplay(?:s|ed|ing)?\s+(?:it|this|that|things|them"
          r"|everything)\s+down\b|\b(?:make|makes|made|making)\s+light\s+of\b|\bbrush(?:es|ed"
          r"|ing)?\s+(?:it\s+|this\s+|that\s+|things\s+|everything\s+)?(?:off|aside)\b"
          r"|\bshrug(?:s|ged|ging)?\s+(?:it\s+|this\s+|that\s+)?off\b|\bgloss(?:es|ed|ing)?\s+"
          r"over\b|\bdeflect(?:s|ed|ing)?\b|\btriviali[sz]\w+"),
    # ... the worries they agree with named as worries only: one question for the whole of it
    # ("is in agreement" and "concerns" were asked about as two, each with a question of its
    # own, in one message)
    rule("agrees with the worries", "process", "Which worries do they agree with, and what did "
          "they say about them, in their own words?",
          r"\b(?:(?:is|are|was|were|seems?|appears?)\s+(?:(?:fully|now|broadly|largely|all)\s+)?"
          r"in\s+agreement\s+with|(?:accept|accepts|accepted|accepting)|(?:agree|agrees|agreed"
          r"|agreeing)\s+with)\s+(?:(?:fully|now|broadly|largely)\s+)?(?:all\s+(?:of\s+)?)?"
          r"(?:the\s+|our\s+|these\s+|some\s+of\s+the\s+)?(?:concerns|worries)\b"
          r"(?!\s+(?:about|that|of|over|around|regarding|re)\b)",
          unless_said=r"\b(?:says?|said|saying|told|tells|stated|quote)\b|['‘\"]"),
    # The family said to agree, with nothing of what they said: "mum is in agreement with the
    # concerns", "dad accepts the worries", "parents agree with the plan" (set AF).
    rule("in agreement", "process", "What did they say about it, in their own words?",
          r"\b(?:is|are|was|were|seems?|appears?)\s+(?:(?:fully|now|broadly|largely|all)\s+)?in\s+"
          # (what they agree to be said is theirs: "are in agreement that the baby stays
          # with nan"; and the word alone, so a word of what is agreed is asked beside it:
          # "concerns")
          r"agreement\b(?!\s+(?:that|to|for|on)\b)|\b(?:accept|accepts|accepted|accepting|agree"
          r"|agrees|agreed|agreeing)(?=\s+(?:(?:fully|now|broadly|largely)\s+)?(?:with\s+)?(?:all\s+"
          r"(?:of\s+)?)?(?:the\s+|our\s+|these\s+|some\s+of\s+the\s+)?(?:concerns|worries|findings"
          r"|need\s+for\s+change|danger\s+statement)\b)",
          unless_said=r"\b(?:says?|said|saying|told|tells|stated|quote)\b|['‘\"]"),
    rule("takes no responsibility", "process", "What did they say about what happened, and "
          "about their part in it?",
          r"\b(?:accept|take|took|show|express|own)\w*\s+(?:no\s+|any\s+|full\s+|little\s+|some\s+"
          r"|real\s+|genuine\s+|limited\s+)?(?:responsibility|ownership|accountability)\b(?!\s+"
          r"for\s+(?!(?:his|her|their|the)\s+(?:own\s+)?(?:actions|behaviou?r|part|role|abuse"
          r"|violence|drinking|harm|offen\w+)))|\baccountab\w+|\b(?:no|little|any|genuine|real"
          r"|limited|without)\s+(?:remorse|regret|guilt)\b"),
    rule("a guess at motive", "label", "What did they do or say? That word guesses at why.",
          r"\bsabotag\w+|\bcollu(?:d\w+|sion|sive)\b|\bgaslight\w*|\bweaponi[sz]\w+"
          r"|\bmanipulat(?:es|ing|ion)\b|\bparental\s+alienation\b|\balienat(?:es|ed|ing)\s+"
          r"(?:the\s+)?(?:children|child|kids|him|her|them|\w+\s+from)\b|\bplay(?:s|ed|ing)?\s+"
          r"(?:the\s+)?(?:victim|martyr|mind\s+games|head\s+games|dumb)\b|\bused\s+as\s+(?:an?\s+)?"
          r"(?:pawns?|weapons?|bargaining\s+chips?|leverage|go-?betweens?|messengers?)\b|\bplay(?:s|ed|ing)?\s+"
          r"(?:\w+\s+)?off\s+against\b"),
    rule("a wobble", "euphemism", "What happened for them, what did they do, and who was "
          "with them, or with the children, then?",
          r"\b(?:had|has|have|having|going\s+through|went\s+through)\s+(?:a\s+bit\s+of\s+a|a|an"
          r"|another|one\s+of\s+(?:her|his|their)|the\s+odd)\s+(?:\w+\s+)?(?:wobble|blip|episode|meltdown|breakdown"
          r"|relapse|lapse|slip|slip-up|setback|set-back|dip|funny\s+turn|bad\s+patch|rough\s+patch"
          r"|difficult\s+patch|bad\s+spell|moment|off\s+day|crisis)s?\b(?!\s+of\b)"
          r"|\bat\s+(?:breaking\s+point|rock\s+bottom|the\s+end\s+of\s+(?:her|his|their|my)\s+"
          r"tether|(?:her|his|their)\s+wits['’]?\s+end)|\bin\s+(?:a\s+)?(?:bad|dark|low|difficult"
          r"|poor|fragile|vulnerable)\s+(?:place|way|state|space)\b|\bfalling\s+apart\b"
          r"|\b(?:is|was|are|were|been|seems?|seemed)\s+(?:really\s+|very\s+|quite\s+|so\s+)?"
          r"(?:struggling|overwhelmed)(?=\s*(?:[.,;!?]|$))"),
    # Thirty-second round. Drug use said as "using", with nothing of what: "dad is using
    # again", "she's back using", "mum has started using again".
    rule("using again", "euphemism", "Using what, how much and how often, and who was "
         "looking after the children then?",
         r"(?:\b(?:is|was|are|were|been|be|started|starts|start|begun|began|back|still|keeps"
         r"|keep|kept)\s+|(?<=['’]s\s)|(?<=['’]re\s))(?:\w+\s+)?using\b(?=\s*(?:[.,;!?)]|$)"
         r"|\s+(?:again|in\s+secret|in\s+front)\b"
         # ... how much, ending the clause: not what a child is using more of ("T is using
         # more words now", "using daily living skills")
         r"|\s+(?:heavily|regularly|daily|every\s+day|at\s+weekends|on\s+and\s+off|more"
         r"|secretly)(?=\s*(?:[.,;!?)]|$)|\s+(?:again|now|and|but|since|while|whilst|when|at"
         r"|in|with|around|most|every|than\s+(?:before|ever|usual))\b))",
         unless_said=r"\b(?:heroin|crack|cocaine|coke|cannabis|weed|spice|ketamine|mdma|pills"
         r"|valium|methadone|speed|amphetamines?|meth|alcohol|vodka|wine|cider|beer|drink\w*)\b"),
    # A child's development said as milestones not met, with nothing of what they cannot
    # do yet: "not meeting developmental milestones", "behind with his milestones".
    rule("not meeting milestones", "vague", "What can't the child do yet that children their "
         "age usually can, and who checked?",
         r"\b(?:not|isn['’]t|aren['’]t|never)\s+(?:yet\s+)?(?:meeting|reaching|achieving|hitting"
         r"|met|reached|achieved|hit)\s+(?:(?:his|her|their|the|its|any|all|some|key|expected"
         r"|age[\s-]appropriate|developmental)\s+)*milestones\b"
         r"|\b(?:behind|delayed)\s+(?:on|with|in)\s+(?:(?:his|her|their|the|its|key"
         r"|developmental)\s+)*milestones\b|\bmissed\s+(?:(?:his|her|their|key|developmental)"
         r"\s+)*milestones\b|\bmilestones\s+(?:not|un)\s*(?:met|reached|achieved)\b"
         # (or said to be delayed as a whole: "developmentally delayed as a result", "global
         # developmental delay" (set AK))
         r"|\b(?:developmentally|globally)\s+(?:very\s+|quite\s+|a\s+bit\s+|significantly\s+)?"
         r"(?:delayed|behind)\b|\b(?:global\s+)?developmental\s+delays?\b",
         plain_when_told=True),
    # A place judged, with nothing of what happens there: "high crime area", "rough estate",
    # "deprived area known for drug dealing".
    rule(A_ROUGH_AREA, "vague", "What happens there, and when, and what has it meant for "
         "the child or young person?",
         r"\b(?:high[\s-]crime|crime[\s-]ridden|rough|deprived|dodgy|notorious|dangerous|unsafe"
         r"|problem|troubled)\s+(?:area|estate|neighbou?rhood|part\s+of\s+(?:town|the\s+city)"
         r")s?\b"
         # (or a spot in slang: "a few dodgy spots round town" (set AH))
         r"|\b(?:dodgy|sketchy|shady|rough)\s+(?:spots?|places?|bits?\s+of\s+town|ends?\s+of"
         r"\s+town)\b|\b(?:area|estate|neighbou?rhood|street|road|park)\s+(?:(?:is|was)\s+)?"
         r"(?:known|notorious|renowned)\s+for\s+(?:\w+\s+)?(?:drugs|crime|dealing|gangs|violence"
         r"|trouble|anti-?social\s+behaviour|asb)\b"
         # ... or said to be so: "the estate is really rough", "area very dangerous", "the
         # park near nan's is unsafe", "the park by the canal is dangerous"
         r"|\b(?:area|estate|neighbou?rhood|street|road|park|community|town)(?:\s+(?:near|by"
         r"|behind|opposite|outside|next\s+to)\s+(?:(?:the|a|an|his|her|their|our|my)\s+)?"
         r"[\w'’]+)?\s+(?:(?:is|was|are"
         r"|were|can\s+be|gets?)\s+)?(?:(?:very|really|quite|so|too|v|pretty|extremely)\s+)*"
         r"(?:rough|dodgy|dangerous|unsafe|not\s+(?:very\s+|a\s+)?safe(?:\s+place)?)\b",
         # (a time alone is not what happens there: "the park is very dangerous at night")
         plain_when_seen=True),
    # A family said only to be known of, or worried about, and nothing of what happened: "the
    # family are on our radar", "i have a few concerns about this family" (set AH).
    rule("on the radar", "vague", "What has happened that worries you, who did it and when?",
         r"\bon\s+(?:our|the|their|your|my|police|everyone['’]?s|(?:the\s+)?(?:police|school"
         r"|services)['’]?s?)\s+radar\b"
         r"|\b(?:some|a\s+few|a\s+couple\s+of|a\s+number\s+of|lots\s+of|several|various|ongoing"
         r"|general|real)\s+(?:concerns|worries)\s+(?:about|around|re|regarding|over|for)\s+"
         r"(?:this|the|these)\s+(?:family|families|child|kids|children|boy|girl|lad|household)\b"
         r"(?=[\s.!]*$)"),
    # More information wanted, with nothing of what or from whom: "Need more information",
    # "Further details required from school".
    rule("more information", "vague", "What do you need to know, and who could tell you?",
         r"\b(?:need|needs|needed|require|requires|required|want|wants)\s+(?:more|further"
         r"|additional|extra)\s+(?:information|info|details?|background)\b"
         # (what about is what: "... from the GP about mum's tablets")
         r"(?![^.;\n]{0,40}?\b(?:about|on|re|regarding|of|as\s+to|around)\b)"
         r"|\b(?:more|further|additional|extra)\s+(?:information|info|details?|background)\s+"
         r"(?:is\s+|are\s+)?(?:needed|required|to\s+be\s+(?:gathered|sought|obtained|requested))"
         r"\b(?![^.;\n]{0,40}?\b(?:about|on|re|regarding|of|as\s+to|around)\b)"
         # ... or said only to be unclear: "various things unclear", "lots we dont know" (set AH)
         r"|\b(?:various|some|a\s+few|lots\s+of|several|many|a\s+number\s+of|loads\s+of)\s+"
         r"(?:things|bits|areas|aspects|details|questions|gaps)\s+(?:(?:are|still|remain|remaining"
         r"|that\s+are)\s+)*(?:unclear|unknown|unanswered|uncertain)\b"
         r"(?=[\s.!]*$)|\b(?:lots|loads|a\s+lot|plenty)\s+(?:that\s+)?we\s+(?:still\s+)?"
         r"(?:do\s*n['’]?t|do\s+not)\s+know\b(?=[\s.!]*$)"),
    # Skills said to be poor, with nothing of what the person does: "poor social skills",
    # "lacks communication skills", "limited life skills".
    rule("poor skills", "label", "What does the person do, or not yet manage, and where was it "
         "seen?",
         r"\b(?:poor|limited|weak|lacks?|lacking|lacked|no|underdeveloped|immature|delayed"
         r"|inadequate|basic|low)\s+(?:(?:social|communication|life|self[\s-]care|coping|listening"
         r"|emotional|interpersonal|play|problem[\s-]solving|independence|independent\s+living"
         r"|budgeting|language|people)(?:\s+(?:and|&|or)\s+|\s*,\s*|\s+))+skills\b",
         plain_when_told=True),
    # A test result named with nothing of what was found or when, or what it meant for the
    # child: "Positive tox screen.", "Hair strand test positive for cocaine."
    rule("a test result", "vague", "What did the test find, when was it taken, and who was "
         "looking after the child then?",
         r"\b(?:positive|failed|non[\s-]negative)\s+(?:tox(?:icology)?\s+(?:screens?|tests?|results?)"
         r"|(?:drugs?|urine|hair(?:\s+strand)?|breath|blood|saliva|swab|meconium|alcohol)\s+"
         r"(?:tests?|screens?|results?|samples?)|breathaly[sz]ers?|screens?|tests?)\b"
         r"|\b(?:tox(?:icology)?(?:\s+(?:screens?|tests?|results?))?|(?:drugs?|urine|hair(?:\s+strand)?"
         r"|breath|blood|saliva|meconium)(?:\s+(?:tests?|screens?|results?|samples?))?)\s+"
         r"(?:(?:was|were|is|are|came\s+back|come\s+back|has\s+come\s+back)\s+)?positive\b",
         plain_when_told=True),
    # Vulnerable, said with only why: "Vulnerable due to age", "vulnerable because of his
    # additional needs". What the child cannot do for themselves is what the word stands for.
    rule("vulnerable due to", "label", "What can the child not yet do to keep safe (tell someone, "
         "call for help), and who sees them outside the home?",
         r"\bvulnerab(?:le|ility)\s+(?:due\s+to|because\s+of|given|owing\s+to|as\s+a\s+result"
         r"\s+of|by\s+(?:virtue|reason)\s+of)\s+(?:(?:her|his|their|the\s+child['’]s|the)\s+)?"
         r"(?:very\s+)?(?:young\s+)?(?:age|ages|disabilit(?:y|ies)|additional\s+needs|needs"
         r"|learning\s+(?:difficult(?:y|ies)|disabilit(?:y|ies))|autism|asd|adhd|health"
         r"|medical\s+needs|being\s+a\s+baby|size|development|sen|send|complex\s+needs)\b",
         plain_when_told=True),
    # Support named by its kind with nothing of what it is: "nan gives emotional support",
    # "Aunt provides practical support".
    rule("gives support", "vague", "What does the support look like: what do they do, and "
         "how often?",
         r"\b(?:gives?|giving|gave|given|provides?|providing|provided|offers?|offering|offered"
         r"|is|are)\s+(?:(?:lots\s+of|a\s+lot\s+of|good|great|some|much|plenty\s+of|loads\s+of"
         r"|a\s+great\s+deal\s+of|huge|real)\s+)?(?:emotional|practical|moral|financial|extra"
         r"|ongoing|general)(?:\s*(?:,|and|&)\s*(?:emotional|practical|moral|financial))*\s+"
         r"support\b(?!\s+(?:by|with|when|whenever|every|each|on|at|in|if|after|before|from"
         r"|worker|group|service|team)\b)", plain_when_told=True),
    # A change waited for with nothing of what would show it: "3 until things calm down",
    # "should go up once things settle", "will move up when things improve".
    rule("until things settle", "vague", "What would you need to see change, and who would "
         "see it?",
         r"\b(?:until|till|til|once|when|whenever|as\s+soon\s+as|if)\s+(?:things|it|everything"
         r"|it\s+all|matters|the\s+situation|home|home\s+life|the\s+family)\s+(?:ha(?:s|ve)\s+)?"
         r"(?:settles?|settled|calms?|calmed|improves?|improved|gets?\s+better|got\s+better"
         r"|stabilises?|stabilised|stabilizes?|stabilized|sorts?\s+(?:itself|themselves)\s+out)"
         r"(?:\s+down)?\b(?=\s*(?:[.,;!?)]|$))"),
    rule("got heated", "euphemism", "What did each person say and do, and where were the "
          # (not what someone does before it comes to that: "mum rings me before things get
          # out of hand", where nothing got heated)
          "children?", r"(?<!\bbefore\sthings\s)(?<!\bbefore\sit\s)"
          r"\b(?:got|get|gets|getting|became|become|becomes|turned|turns|went)\s+"
          r"(?:a\s+bit\s+|quite\s+|very\s+|really\s+|rather\s+|pretty\s+|a\s+little\s+|slightly\s+)?"
          r"(?:heated|lairy|nasty|ugly|out\s+of\s+hand|pear[\s-]shaped|tasty|hairy|rowdy)\b"
          r"|\b(?:handl|treat|manhandl|deal|dealt|restrain|disciplin)\w*\s+(?:with\s+)?"
          r"(?:\w+\s+){0,3}?(?:roughly|harshly|forcefully|forcibly|firmly|robustly|sternly|severely"
          r"|heavy[\s-]handedly)\b|\bmanhandl\w+"),
    # A way of working named as what was done or what helped, with nothing of what was said
    # or done in it: "Psychoeducation and containment with mum", "relational work with the
    # family" (plain told with what happened: "direct work with T on 3 May: she drew ...";
    # one still to come or needed is a step, asked who will do it and when: "the children
    # would benefit from some direct work").
    rule("psychoeducation", "process", "What did you do or say with them, in everyday words, "
         "and what changed after?",
         r"\bpsycho[\s-]?educat\w*|\bcontainment\s+(?:work|sessions?|with|for)\b"
         r"|\b(?:direct|relational|reflective|systemic|therapeutic|restorative"
         # (forty-fifth, set AE: a way of working named for what it rests on, "relationship
         # based practice", "strengths-based conversations", "solution focused approach")
         r"|(?:relationship|strengths?|solutions?|trauma|attachment|evidence|person|family"
         r"|play)[\s-]*(?:based|focused|focussed|informed|led))\s+(?:work|working|practice"
         r"|approach(?:es)?|sessions?|conversations?)\b"
         r"|\bmotivational\s+interviewing\b"
         # (forty-second, set Z: the relationship the work rests on, named as what worked:
         # "building rapport", "therapeutic relationship", "relationship-building")
         r"|\b(?:build(?:ing|s)?|buil[dt]|develop(?:ing|ed|s)?|establish(?:ing|ed|es)?)\s+"
         r"(?:(?:a|an|good|positive|strong|some|the)\s+)*rapport\b"
         r"|\brapport[\s-]build\w*|\brelationship[\s-]build\w*"
         r"|\btherapeutic\s+(?:relationships?|alliances?|rapport)\b"
         # (or the worker's manner, named as what worked: "being persistent and consistent"
         # (set AI))
         r"|\bbeing\s+(?:(?:really|very|more|so)\s+)?(?:persistent|consistent|patient"
         r"|transparent|curious|boundaried|non-?judge?mental|tenacious)\b", plain_when_told=True,
         unless_said=r"\b(?:will|would|shall|should|could|can|to\s+be|needs?|needed|benefit"
         r"|further|more|offer\w*|refer\w*|request\w*|recommend\w*)\b"),
    # A disclosure named, with nothing of what the child said: "child made a disclosure this
    # morning", "she disclosed abuse at school" (set AI), "the child made allegations against
    # her stepfather" (set AK); not with what was said ("... made an allegation that dad hits
    # her", "disclosed: ...").
    rule("a disclosure", "process", "What did the child say, in their own words, and to whom?",
         r"\b(?:made|makes|make|making|gave|given)\s+(?:(?:a|an|another|some|further|several"
         r"|two|three)\s+)?(?:[\w-]+\s+)?(?:disclosures?|allegations?)\b"
         r"|\bdisclos(?:ed|es|ing)\s+(?:(?:sexual|physical|emotional|domestic|historic(?:al)?)"
         r"\s+)?(?:abuse|harm|violence|neglect|something|things|information|concerns?"
         r"|worries)\b",
         unless_said=r"\b(?:that|said|says|saying|told|tells|telling)\b|[:'\"‘“]"),
    # Forty-second, set Z. A mood named as a heading, with nothing anyone said or did: "low
    # mood", "- anxious\n- low mood" (plain told with what was seen: "low mood since May,
    # she stays in bed till 2 and has stopped seeing her friends").
    # Forty-seventh, set AG. What trauma does named as its kind: "trauma responses", "trauma
    # behaviours" (plain told with what was seen: "trauma responses: she hides under the
    # table when a door bangs").
    rule("trauma response", "vague", "What does the child do or say that shows it, when does "
         "it happen, and since when?",
         r"\btrauma[\s-]+(?:(?:based|related)[\s-]+)?(?:responses?|behaviou?rs?|symptoms"
         r"|reactions?)\b", plain_when_told=True),
    rule("low mood", "vague", "What has the person said or done that shows this, and since "
         "when?", r"\b(?:low|flat|poor|depressed|dipping|fluctuating)\s+moods?\b",
         plain_when_told=True),
    # Forty-first round. A school's process said as what happens to a young person's days,
    # with nothing of the days: "on a reduced timetable", "missing from education",
    # "persistent absence", "a managed move" (plain told with the hours: "goes home at 12 on a
    # part-time timetable"; forty-second, so is the day told by its part or its share:
    # "mornings only", "9.30 till 12", "in for two hours a day", "home alone every afternoon").
    rule("reduced timetable", "process", "What is the young person's school day like now: "
         "when do they arrive and leave, and where are they the rest of the time?",
         r"\b(?:reduced|part[\s-]time|restricted|shortened|modified)\s+timetables?\b"
         r"|\bmissing\s+(?:from\s+|out\s+on\s+)?education\b|\bpersistent(?:ly)?\s+absen\w+"
         r"|\bsevere(?:ly)?\s+absen\w+|\bmanaged\s+moves?\b|\boff[\s-]roll(?:ed|ing)?\b"
         r"|\battendance\s+(?:issues|concerns|problems|difficulties)\b", plain_when_seen=True,
         # ... one still to be set up is a step ("the school will set up a part-time timetable
         # by the end of term"), asked who and when if anything
         unless_said=r"\b(?:will|would|shall|should|could|can|to\s+be|needs?|needed|set(?:ting)?"
         r"\s+up|agree\w*|offer\w*|request\w*|recommend\w*|plann?\w*)\b" + _SCHOOL_DAY_TOLD),
    # What an assessment is weighing, named as a heading with nothing seen or heard: the
    # "suitability of the arrangement", "the carers' motivation", "mum's commitment".
    rule("suitability", "vague", "What have you seen or heard that leaves you unsure, and what "
         "would you need to see or hear to know?",
         r"\bsuitability\s+of\s+(?:(?:the|this|that|her|his|their|these|an?)\s+)?[\w'’-]+"
         r"|\b(?:carers?|parents?|mum|mother|dad|father|family|adults?|relatives?|gran|nan|aunt"
         r"|uncle|applicants?|household)['’]?s?['’]?\s+(?:motivations?"
         r"|commitment|willingness|readiness)\b|\b(?:motivation|commitment|readiness)\s+(?:to"
         r"|for)\s+(?:care|caring|look\s+after|the\s+(?:plan|arrangement|placement|children"
         r"|child))\b", plain_when_seen=True),
    # What harm has done to a child, said as a heading of how they are ("Poor emotional
    # wellbeing", "low self-esteem") or as a risk named ("self-harm risk", "risk of suicide"),
    # with nothing the child said or did.
    rule("poor emotional wellbeing", "vague", "What has the child said or done that shows "
         "this, and since when?",
         r"\b(?:poor|low|reduced|deteriorating|declining|fragile|negative|impacted)\s+"
         r"(?:emotional\s+(?:wellbeing|well-being|health|resilience)|wellbeing|well-being"
         r"|self[\s-]?(?:esteem|worth|image|confidence)|resilience|sense\s+of\s+self)\b"
         r"|\b(?:self[\s-]harm(?:ing)?|suicid(?:e|al))\s+(?:risks?|concerns?|ideation)\b"
         r"|\brisks?\s+of\s+(?:self[\s-]harm(?:ing)?|suicide)\b",
         plain_when_seen=True),
    # What helps, named by its kind with no place or person in it, as an answer's first words:
    # "Safe spaces within the local community", "Positive activities", "Trusted adults" (not
    # "Safe places: the library and nan's", "trusted adults at school", nor a place's name
    # after it: "positive activities in Elm Park").
    rule("safe spaces", "vague", "Which places or people, by name or role, and what happens "
         "there that helps?",
         r"(?:^|(?<=[\n.;,•:])|(?<=[\n.;,•:]\s))(?:(?:some|a\s+few|lots\s+of|many|good|the"
         r"|his|her|their)\s+)?(?:safe|positive|protective|supportive|pro-?social|trusted"
         r"|structured|local|community)\s+(?:[a-z-]+\s+)??(?:spaces?|places?|activities|adults"
         r"|role\s+models?|networks?|links|resources|assets|provision|opportunities|influences"
         r"|peers|peer\s+groups?)\b"
         r"(?!\s*[:(–—-])(?!\s*,?\s*(?:such\s+as|like|e\.?g|including|called|named|at|with|of"
         r"|where|who|is|are|was|were|include\w*)\b)",
         unless_said=r"(?<=[\w,]\s)(?-i:[A-Z][a-z]+)"),
    rule("signs of", "vague", "What did you see or hear that made you think of this?",
          rf"\b(?:indicators?|indications?|signs?|evidence|features|markers?|hallmarks?)\s+(?:of"
          rf"|that\s+suggest|suggestive\s+of|consistent\s+with)\s+(?:possible\s+|potential\s+"
          rf"|likely\s+|further\s+|ongoing\s+)?{_VAGUE_HARM}\b|\bwarning\s+signs\b"
          rf"|\b(?:risk|{_VAGUE_HARM})\s+(?:indicators?|factors?|markers?)\b"),
    rule("a tip", "vague", "What did you see, smell or find, and where do the children eat, "
          "sleep and play?", r"\b(?:house|home|flat|property|room|bedroom|kitchen|place|bathroom)"
          r"\s+(?:is|was|were|are|looked|looks|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:a\s+)?"
          r"(?:tip|pigsty|pig\s+sty|dump|hovel|shambles|disgrace|bomb\s*site|bomb-site|squalid"
          r"|filthy|in\s+a\s+(?:right\s+)?(?:state|mess)|mess|unsanitary|unhygienic"
          r"|uninhabitable)\b"),
    rule("good enough", "vague", "What does the child get each day, and what goes missing?",
          rf"\bgood[\s-]enough\s+(?:parenting|care|parent|mother|father|carer)s?\b|\b{_CARE_NOUNS}"
          rf"\s+(?:\w+\s+){{0,2}}?(?:is|was|are|were|isn['’]t|wasn['’]t)\s+(?:not\s+)?(?:\w+\s+)?"
          rf"good\s+enough\b|\bgaps?\s+in\s+(?:\w+['’]s\s+|her\s+|his\s+|their\s+|the\s+)?"
          rf"{_CARE_NOUNS}\b|\bstruggl\w*\s+(?:with|to\s+(?:keep|set|maintain|provide|manage))\s+"
          rf"(?:\w+\s+)?{_CARE_NOUNS}\b"),
    rule("being exploited", "vague", "Who is doing this to the young person, and what do "
          "they do?", r"\b(?:being|been|was|were|is|are|get|gets|got|getting"
          r"|(?<!could\s)(?<!might\s)(?<!may\s)(?<!will\s)(?<!would\s)(?<!can\s)be)\s+(?:\w+ly\s+)?"
          r"(?:exploited|groomed|radicali[sz]ed|trafficked|targeted|recruited|cuckooed)\b"
          r"(?![^.;!?]{0,50}\bby\b)"),
    # ... or said of a group as what they do, and no more: "a gang is exploiting him", "older
    # males are grooming her", "adults are taking advantage of her" (set AM; set AL's
    # leftover): who, doing what, where and when is not said.
    rule("a group exploiting them", "vague", "Who are they, and what have they done to the "
          "young person, where and when?",
          r"\b(?:an?\s+(?:older\s+)?(?:gang|group)|gangs|(?:the\s+|some\s+|these\s+|those\s+)?"
          r"(?:older\s+|adult\s+|local\s+)?(?:males|men|adults|people|lads|boys|youths"
          r"|teenagers|dealers)|someone|somebody|others)\s+(?:is|are|was|were|has\s+been"
          r"|have\s+been|['’]re|['’]s)\s+(?:\w+ly\s+)?(?:exploiting|grooming|targeting"
          r"|manipulating|radicali[sz]ing|using|taking\s+advantage\s+of|preying\s+on"
          # ("older males are befriending her" (set AN))
          r"|befriending|luring|enticing)\s+(?:him"
          r"|her|them|the\s+(?:child|young\s+person|yp|boy|girl|kids?|children))"
          r"(?=(?:\s+(?:sexually|criminally|online|financially))?\s*(?:[.!?;]|$))",
          plain_when_told=True),
    # ... or said to be drawn into crime, by nobody: "being drawn into criminality" (set AN):
    # who draws them in, and what they have them do, is not said.
    rule("drawn into crime", "vague", "Who is drawing the young person in, and what have they "
          "had them do, where and when?",
          r"\b(?:drawn|dragged|pulled|sucked|lured|groomed)\s+(?:further\s+)?into\s+(?:county"
          r"\s+lines|CSE|CCE|gangs?|gang\s+(?:activity|culture|life)|drug\s+dealing|crime"
          r"|criminality|criminal\s+(?:activity|behaviou?r|lifestyles?|world)|offending"
          r"|exploitation|anti[\s-]social\s+behaviou?r)\b", plain_when_told=True),
    # A trouble said as a trait someone owns, a noun of "-ity" from a word of what they are
    # like, with nothing they did: "dad's instability and mum's passivity", "mum's
    # vulnerabilities and dad's criminality" (set AM; set AL's leftover). Not a condition,
    # a part of who they are, or a thing they have: "dad's disability", "her sexuality",
    # "his responsibilities", "their nationality".
    rule("a trait owned", "label", "What did the person actually do or say, and who saw it?",
          r"\b(?:(?:mum|mam|mom|mummy|mother|dad|daddy|father|stepdad|stepmum|partner"
          r"|boyfriend|girlfriend|parent|parents|carer|carers|nan|gran|grandad)['’]?s?"
          # (or the parents' in general: "parental instability" (set AM's held-out))
          r"|his|her|their|parental)\s+(?:(?:own|emotional|mental|financial|apparent|ongoing|general"
          r"|perceived|obvious|clear|increasing|growing)\s+)?"
          r"(?!(?:dis|in)?abilit|(?:in)?capabilit|(?:ir)?responsibilit|availabilit|mobilit"
          r"|eligibilit|accessibilit|visibilit|possibilit|suitabilit|sensibilit|compatibilit"
          r"|fertilit|utilit|facilit|activit|creativit|productivit|positivit|sensitivit"
          r"|sexualit|nationalit|personalit|spiritualit|individualit|realit|qualit"
          r"|hospitalit|ethnicit|authenticit|electricit|publicit|securit|curiosit|generosit"
          r"|religiosit|familiarit|popularit|similarit|peculiarit|maternit|paternit|seniorit"
          r"|majorit|minorit|priorit|authorit|proximit|stabilit|flexibilit|credibilit"
          r"|musicalit|practicalit|punctualit|capacit)"
          r"[a-z]{3,}(?:ivit|ilit|alit|urit|osit|icit|arit)(?:y|ies)\b",
          plain_when_told=True),
    # A mark a child came in with, and not where it was nor what it looked like: "he came in
    # with a mark again" (set AQ). "with a red mark on his cheek" says it.
    # Behaviour or moods given only a label's word: "dysregulated behaviours", "erratic
    # behaviour", "dad's unpredictable moods" (set AR; set AQ's held-out): what did they do?
    rule("a label for behaviour", "label", "What did they do, exactly, and when, and who saw "
          "it?", rf"\b{_TRAITS}\s+(?:behaviou?rs?|moods?)\b", plain_when_told=True),
    # A past owned, said only to be violent or criminal: "mum's partner has a violent past",
    # "he has a criminal background" (set AR; set AQ's held-out).
    rule("a record", "label", "What did they do, to whom and when, and what does it mean for "
          "the child now?", r"\b(?:has|had|have|with)\s+(?:an?\s+)?(?:(?:long|lengthy|known"
          r"|significant)\s+)?(?:violent|criminal|offending|abusive|forensic)\s+(?:past"
          r"|background|history)\b", plain_when_told=True),
    rule("a mark unplaced", "vague", "Where on their body was it, what did it look like, and "
          "what did the child or the adult say about it?",
          r"\b(?:came|come|comes|coming|turned\s+up|turns\s+up|arrived|arrives)\s+(?:in(?:to"
          r"\s+(?:school|nursery|college|class))?\s+)?with\s+(?:a|an|some|another|more|new|fresh"
          r"|(?:a\s+)?(?:couple|few)\s+(?:of\s+)?)\s*(?:(?:small|big|large|little|new|fresh"
          r"|nasty|funny|odd|strange|unexplained)\s+)?(?:marks?|bruis(?:e|es|ing)|injur(?:y|ies)"
          r"|cuts?|scratch(?:es)?|burns?)\b(?!\s+(?:on|to|across|under|around|behind|over|near"
          r"|down|along|at)\b)", plain_when_told=True),
    # A past said only as a record someone has: "dad's criminal history", "his historic
    # offending" (set AQ; set AO's held-out): what did they do, to whom, and when?
    rule("a record", "label", "What did they do, to whom and when, and what does it mean for "
          "the child now?",
          r"\b(?:(?:mum|mam|mom|mother|dad|father|stepdad|partner|boyfriend|girlfriend|parent"
          r"|carer)['’]?s|his|her|their|parental)\s+(?:(?:own|long|lengthy|extensive|significant"
          r"|previous|past|historic(?:al)?|known|serious)\s+)*(?:criminal|offending|forensic"
          r"|violent|police|prison|custodial|drug|dv|da)\s+(?:history|record|past|background)\b"
          # (offending or convictions only as of the past: "his offending" may be what a youth
          # worker is working on with him now)
          r"|\b(?:(?:mum|mam|mom|mother|dad|father|stepdad|partner|boyfriend|girlfriend|parent"
          r"|carer)['’]?s|his|her|their|parental)\s+(?:(?:long|lengthy|extensive|significant"
          r"|previous|past|historic(?:al)?|known|serious)\s+)+(?:offending|convictions)\b"
          r"(?!\s+(?:behaviou?r\s+)?(?:programme|program|course|team|service|worker|work))",
          plain_when_told=True),
    # What someone copes with, said only as the tools they are said to have: "they have good
    # coping strategies" (set AM): what did they do, and when?
    rule("coping strategies", "vague", "What did they do when it was hard, and what happened "
          "for the child?",
          r"\bcoping\s+(?:strateg(?:y|ies)|skills?|mechanisms?|methods|techniques|tools)\b",
          plain_when_told=True),
    rule("harmful sexual behaviour", "label", "What did the child do, to whom, and what has "
          "happened to them?", r"\bharmful\s+sexual(?:ised|ized)?\s+behaviou?rs?\b|\bsexually\s+"
          r"(?:harmful|abusive|inappropriate)(?:\s+behaviou?rs?)?\b"),
    rule("progress", "process", "What is different now, and who has seen it?",
          r"\b(?:some|little|no|good|positive|significant|limited|slow|minimal|real|steady"
          r"|sufficient|considerable|great|(?:a\s+(?:bit|little|lot)|lots|bits)\s+of"
          # (or "of" left out, as someone writes whose first language is not English: "5, is
          # little bit progress" (set AR))
          r"|(?:a\s+)?little\s+bit(?:\s+of)?)\s+"
          r"(?:progress|improvements?)\b(?!\s+(?:in|with|at|on)"
          r"\s+(?:her\s+|his\s+|their\s+)?(?:reading|maths|writing|spelling|speech|talking|walking"
          r"|school|class|college|nursery|work|training|lessons|learning|weight|sleep|feeding"
          r"|physio|swimming|football))"
          r"|\bprogress\s+(?:has|had|have)\s+(?:\w+\s+)?(?:stalled|slowed|plateaued)\b"
          r"|\bmade\s+(?:some\s+|good\s+|real\s+|small\s+|great\s+)?(?:positive\s+)?(?:steps"
          r"|strides)\b|\bimprovements?\s+(?:have\s+been\s+|has\s+been\s+|were\s+|was\s+)?"
          r"(?:noted|seen|observed|evident)\b|\bsituation\s+(?:remains?|is)\s+(?:\w+\s+)?"
          r"(?:unchanged|the\s+same|static)\b|\brisks?\s+(?:has|have|had)\s+(?:\w+\s+)?"
          r"(?:reduced|increased|decreased|lowered|lessened|grown)\b"),
    # ... or said to be being made, or going the right way, with nothing of what moved: "6 -
    # progress being made", "improvements have been made", "moving in the right direction"
    # (plain in a sentence that says what was seen, "progress being made: the boys have been in
    # school every day since half term", or of what: "improvements made to the flat"; and in a
    # question: "What would be the first small sign that things are moving in the right
    # direction?")
    rule("progress", "process", "What is different now, and who has seen it?",
          r"(?:\b(?:progress|improvements?|positive\s+changes?)\s+(?:(?:is|are|has|have)\s+)?"
          r"(?:been\s+|being\s+)?(?:made|seen|noted|observed|evident|shown|happening)\b"
          r"(?!\s+to\b)|\bmaking\s+progress\b|\b(?:(?:moving|heading|going|travelling)\s+)?in"
          r"\s+the\s+right\s+direction\b|\b(?:things|it|everything|(?:the\s+)?family|she|he|they)"
          r"(?:['’]s|['’]re|\s+(?:is|are))\s+(?:moving|going)\s+forwards?\b)(?![^.;!?\n]*\?)",
          plain_when_seen=True),
    rule("the wrong men", "blame", "What did each partner do to her? The harm is theirs.",
          r"\b(?:pattern|series|history|string)\s+of\s+(?:\w+\s+)?(?:abusive|violent|unhealthy"
          r"|unsuitable|toxic|risky|harmful|dangerous|controlling)\s+(?:relationships|partners"
          r"|men)\b|\b(?:pick|choos|chose|go\s+for|goes\s+for|went\s+for|attract|end\w*\s+up\s+"
          r"with)\w*\s+(?:\w+\s+){0,2}?(?:wrong|bad|violent|abusive|unsuitable|dangerous|risky)"
          r"\s+(?:men|partners|boyfriends|girlfriends|people|sort|type)\b"),
    rule("knowing the risks", "blame", "What did the person causing harm do, and what made it "
          "hard for the parent to act?",
          r"\b(?:knowing|being\s+(?:aware|told|warned|advised))\s+(?:of\s+|about\s+)?(?:the\s+)?"
          r"(?:risks?|dangers?|concerns|worries)\b|\b(?:fully|well)\s+aware\s+of\s+the\s+(?:risks?"
          r"|dangers?|concerns)\b"),
    # Wording that makes the child the cause of their own abuse.
    rule("poor choices", "blame", "What are adults doing to the young person? Say what they "
          "did, so the choice is not put on the child.",
          r"\b(?:mak(?:e|es|ing)|made)\s+(?:\w+\s+)?(?:poor|bad|unwise|risky|wrong|negative"
          r"|unhealthy|dangerous)\s+(?:life(?:style)?\s+)?(?:choices|decisions)\b"
          r"|\b(?:her|his|their|own)\s+(?:own\s+)?choices\b"),
    rule("putting herself at risk", "blame", "Who is harming the young person, and what are "
          "they doing? The risk comes from them.",
          r"\b(?:put(?:s|ting)?|plac(?:e|es|ed|ing)|expos(?:e|es|ed|ing))\s+(?:her|him|them)"
          r"sel(?:f|ves)\s+(?:at\s+risk|in\s+(?:an?\s+)?(?:\w+\s+)?(?:danger|harm['’]?s\s+way"
          r"|risky|dangerous|vulnerable|compromising|precarious)|to\s+(?:risk|harm|danger"
          r"|exploitation))|\bself[\s-]plac(?:ing|ed|es)\b|\b(?:mak(?:e|es|ing)|made)\s+(?:her|him"
          r"|them)sel(?:f|ves)\s+(?:vulnerable|available|an?\s+(?:easy\s+)?target)\b"
          r"|\b(?:choos(?:e|es|ing)|chos(?:e|en)|decid(?:e|es|ed|ing)|prefer(?:s|red|ring)?)\s+to\s+"
          r"(?:stay\s+out|go\s+missing|run\s+away|associate|hang\s+(?:around|about|out)"
          r"|(?:go\s+back\s+to|return\s+to|remain\s+with|be\s+with|be\s+around|go\s+out\s+with"
          r"|spend\s+time\s+with)\s+(?:him\b|them\b|dad\b|older|men\b|adults|the\s+(?:men|group|gang"
          r"|flat|address)|(?:her|his)\s+(?:partner|boyfriend|girlfriend|abuser|ex)\b))"
          r"|\b(?:vulnerable|at\s+risk|risk|exploit\w*|harm|abuse\w*|danger)\b[^.;!?]{0,60}"
          r"\b(?:because\s+of|due\s+to|as\s+a\s+result\s+of|owing\s+to)\s+(?:her|his|their)\s+"
          r"(?:own\s+)?(?:\w+\s+)?(?:behaviou?rs?|choices|decisions|actions|conduct|attitude"
          r"|lifestyle)\b"
          r"|\b(?:is|are|was|were|keeps?|kept)\s+choosing\s+to\b|\bcho(?:se|ose|oses|osing|sen)"
          r"\s+(?:\w+\s+){1,3}over\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:children|kids|child"
          r"|baby|family|partner|boyfriend|girlfriend|drink|drugs|alcohol|him|her|them)\b|\b(?:decid|choos|want)\w*\s+to\s+(?:go|run)\s+(?:missing"
          r"|away)\b"
          r"|\ballow(?:s|ed|ing)?\s+(?:\w+\s+)?(?:men|adults?)\s+(?:back\s+)?(?:into|to\s+(?:return"
          r"|stay|visit))\b"),
    # A parent said to let the one who harms back in: what he did to get back, and what help
    # she had, are the harm and the safety ("mum allowed dad back in", "keeps letting him
    # back", "let him back home").
    rule("let him back in", "blame", "What did he do to get back in, and what help has she had "
         "to keep him out?",
         r"\bkeeps?\s+(?:on\s+)?(?:letting|allowing|taking|having)\s+(?:\w+\s+)?(?:him|dad|her"
         r"|partner|boyfriend|girlfriend|father|mother|them|ex)\s+back\b",
         unless_said=r"\b(?:because|threat\w*|forced|made\s+her|scared|frightened|afraid)\b"),
    rule("let him back in", "blame", "What did he do to get back in, and what help has she had "
         "to keep him out?",
         r"\ballow(?:s|ed|ing)?\s+(?:(?:her|his|the)\s+)?(?:him|dad|partner|boyfriend|husband"
         r"|father|stepdad|ex|abuser)\s+(?:back\s+)?(?:in\b|into|home|to\s+(?:return|stay|visit"
         r"|live))",
         # what he did to get back in, or when it was, is told: "allowed him back because he
         # threatened to ...", "allowed dad back in on Sunday after he promised to stop"
         plain_when_told=True,
         unless_said=r"\b(?:because|threat\w*|forced|made\s+her|scared|frightened|afraid)\b"),
    rule("failed to protect", "blame", "What did the parent do when the harm happened, and "
          "what stopped them doing more?",
          r"\bfail(?:ed|s|ing|ure)?\s+to\s+(?:protect|keep|safeguard|prevent|stop)\b"
          r"|\bnon-?protective\b|\bnot\s+(?:being\s+)?"
          r"protective\b"),
    rule("lifestyle", "blame", "What happens day to day, and what do adults do?",
          r"\blifestyles?\b"),
    rule("sexually active", "blame", "What did the adult do to the young person? A child "
          "cannot agree to abuse.", r"\bsugar\s+dadd(?:y|ies)\b|\bsexually\s+(?:active|experienced"
          r"|mature|precocious|aware|knowing|available)\b|\bsexual\s+relationship\b|\bsexual\s+favou?rs\b"
          r"|\bconsensual\b|\bconsent\w*\s+to\s+(?:the\s+|a\s+|this\s+|their\s+)?(?:relationship|sex|sexual|it)\b|\bpromiscu\w+|\bprostitut\w+|\bsex\s+work(?:er)?\b|\b(?:trad|"
          r"exchang)(?:e|ed|es|ing)\s+sex\b|\b(?:older|adult)\s+(?:boy|girl)friends?\b"
          r"|\b(?:boy|girl)friend\s*,?\s*(?:aged\s+|who\s+is\s+)?(?:1[89]|[2-9]\d)\b|\bsexual\s+"
          r"activity\b|\b(?:1[89]|[2-9]\d)" + _AGED + r"\s+(?:boy|girl)friend\b"
          r"|\brelationship\s+with\s+(?:an?\s+|the\s+)?(?:older|adult|\d\d" + _AGED + r")\b"),
    rule("sleeping with men", "blame", "What did the adults do to the young person? A child "
          "cannot agree to abuse.", r"\bsl(?:eep(?:s|ing)?|ept)\s+around\b"
          r"|\b(?:sleep(?:s|ing)?|slept|having\s+sex|had\s+sex|sexting|hook(?:s|ed|ing)?\s+up"
          r"|(?:mess|fool)(?:es|ed|ing)?\s+around|sext(?:s|ed)?)\s+with\s+(?:(?:older|adult|grown"
          r")\s+)?(?:men|males|adults|women|guys|blokes|fellas)\b"
          # ... or with older boys: "hooking up with older lads from the estate"
          r"|\b(?:sleep(?:s|ing)?|slept|having\s+sex|had\s+sex|hook(?:s|ed|ing)?\s+up"
          r"|(?:mess|fool)(?:es|ed|ing)?\s+around)\s+with\s+older\s+(?:boys|lads|girls)\b"
          r"|\bsexting\b|\b(?:got|get|gets|getting)\s+(?:him|her|them)sel(?:f|ves)\s+(?:involved"
          r"|into)\b|\brefus\w+\s+to\s+(?:accept|acknowledge|see)\s+(?:that\s+)?(?:she|he|they)"
          r"\s+(?:is|are|was|were)\s+being\b"),
    # Time spent with people, said with nothing of what they do: "hangs around with older
    # lads" (plain when they are said to do something: "hangs round with lads of 18 to 20 who
    # give him weed", forty-fifth, set AE; not "... who are known to police").
    rule("hangs around with", "blame", "Who are these people, what do they do with the young "
         "person, and where?", r"\b(?:hang(?:s|ing)?|hung)\s+(?:around|round|about|out)"
         r"(?=\s+with\b)(?!\s+with\s+(?:[\w'’-]+\s+){1,8}?(?:who|that)\s+(?!(?:is|are|was"
         r"|were|have|has|had|seem|seems|appear|appears)\b)[a-z]+)"),
    rule("associating with", "blame", "Who are these people, what do they do with the young "
          "person, and where?", r"\bassociat(?:e|es|ed|ing|ion|ions)\s+with\b|\bpeer\s+"
          r"associations?\b|\b(?:negative|older|risky|undesirable|bad|antisocial|anti-social"
          r"|unhealthy|harmful)\s+(?:peer\s+)?(?:peers|influences?|friendships|groups?)\b"
          # (or as a lot: "running with an older lot" (set AH))
          r"|\b(?:bad|wrong)\s+(?:crowd|lot|crew|bunch)\b|\bwith\s+(?:an?\s+)?(?:older|rough)\s+"
          r"(?:crowd|lot|crew|bunch)\b"
          r"|\bin\s+the\s+company\s+of\b|\bgang[\s-](?:affiliated"
          r"|involvement|associated)\b"
          r"|\bgang[\s-]involved\b|\bon\s+the\s+(?:periphery|fringes?|edges?|margins?)\s+of\b|\b(?:links?|ties|connections?)\s+(?:to|with)\s+(?:a\s+|the\s+)?"
          r"(?:\w+\s+)?(?:gangs?|dealers|organised\s+crime|county\s+lines)\b|\b(?:send|sends|sending|sent|shar(?:e|es|ed|ing))\s+(?:(?:her|his"
          r"|their|own)\s+)?nudes\b|\bmix(?:es|ed|ing)?(?=\s+with\s+(?:older|the\s+wrong|gangs?"
          r"|adults|men|peers|a\s+group))"
          r"|\b(?:go(?:es)?|went|going|gone|run(?:s|ning)?|ran|sneak(?:s|ing)?|snuck)\s+off(?=\s+with\s+"
          r"(?:older|men|a\s+man|strangers|adults|unknown|a\s+group|boys|lads|males)\b)"
          r"|\b(?:gets?|got|getting)\s+(?:in|into)\s+(?:cars?|vehicles?|taxis?)(?=\s+with\b)"
          r"|\b(?:likes?|liked|enjoys?|enjoyed|wants?)\s+the\s+(?:money|attention|status|gifts"
          r"|lifestyle|excitement)\b"),
    rule("selling drugs", "blame", "Who gives the young person the drugs, and what do they "
          "do if the young person refuses?", rf"\b{CHILD}\s+(?:\w+\s+){{0,3}}(?:sell|deal|carry|"
          r"run|hold|stor|suppl|deliver)\w*\s+(?:drugs|cannabis|crack|heroin|parcels|packages)\b"),
    # A young person said to let adults do what they do to them: "he lets older men pick him
    # up in cars", "allows men to take photos of her" (what the adults do is theirs).
    rule("lets older men", "blame", "What are the adults doing to the young person, and "
         "what do they give or promise them? What they do is theirs.",
         r"\b(?:lets?|letting|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?)\s+(?:(?:an?|the|these"
         r"|those|some|other|much|grown|unknown|adult)\s+)*(?:older\s+)?(?:men|man|males?|adults?"
         r"|guys|strangers)\b(?!\s+(?:in|into)\s+(?:the\s+)?(?:house|home|flat"
         r"|property)\b)", of_a_child=True),
    # ... or said of whoever, with those who exploit them named as the ones it is done for:
    # "he's been selling drugs for a local gang", "dealing weed for older lads".
    rule("selling drugs", "blame", "Who gives the young person the drugs, and what do they "
         "do if the young person refuses?", r"\b(?:sell|deal|carry|carri|run|hold|stor|suppl"
         r"|deliver|mov)\w*\s+(?:drugs|cannabis|weed|crack|heroin|coke|cocaine|parcels"
         r"|packages|stuff|gear)\s+for\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:\w+\s+){0,2}?"
         r"(?:gangs?|dealers?|lads|men|boys|guys|group|crew)\b", of_a_child=True,
         # what they do to make them is told: "is being made to sell drugs for men who
         # threatened his mum"
         unless_said=r"\b(?:made|make|makes|making|forced?|forcing|pressured|coerced|ordered"
         r"|paid|pays?|paying|threaten\w*|scared|owes?|owed|debt)\b"),
    rule("involved in", "blame", "What are adults making the young person do, or paying them "
          "to do, and who are they?", r"\binvolve(?:d|ment)\s+in\s+(?:county\s+lines|CSE|CCE"
          r"|gangs?|drug\s+dealing|dealing|crime|criminality|offending|prostitution|sex\s+work|exploitation"
          r"|drug\s+running)\b|\b(?:drug[\s-]running|running\s+drugs|going\s+country|trap\s+house"
          r"|gone\s+country|abscond\w*|willingly(?!\s+(?:to|into)\s+(?:the\s+|her\s+|his\s+)?"
          r"(?:childminder|nursery|school|class|bed|cot|nan|gran|grandma|staff|carers?)\b))\b|\b(?:went|goes|go"
          r"|returned|left)\s+voluntarily\b"),
    # Called attention seeking, whoever is said to be: what they did and what they needed from
    # the people around them is what a reader needs (self-harm called attention seeking
    # dismisses it). The family's view written down as theirs is theirs to give: "mum thinks
    # it's attention seeking", asked how the family see the worry.
    rule("attention seeking", "blame", "What did they do or say, and what might they have "
         "needed from the people around them then?",
         r"\b(?:attention[\s-]seek(?:ing|s)|seek(?:s|ing)?\s+(?:out\s+)?attention|(?:just|only)"
         r"\s+after\s+attention)\b(?!\s+(?:from|of)\s+(?:a|an|the|older|adults?|men|a\s+man)\b)",
         unless_said=r"\b(?:says|said|saying|thinks|believes|calls|called|tells\s+(?:me|us)"
         r"|told\s+(?:me|us)|according\s+to|in\s+(?:her|his|their)\s+(?:view|words))\b"),
    # Ninth round: more families of wording, each a shape or a word class. Where a family's
    # words are short and common ("him", "back", "men"), the phrase is written with single
    # spaces, so its quick test holds a longer piece (" a go at ") and most answers skip it.
    rule("a label in two words", "label", "What did the person actually do or say, and who "
          "saw it?", rf"\b(?:{_COPULA}|an?)\s+{_INTENSIFIER}(?:(?!{_PLAIN_COMPOUND}\b)[a-z]+[\s-]"
          r"(?:headed|faced|hearted|minded|willed|tempered|skinned|fingered|spirited|mouthed"
          r"|lipped|tongued|brained|witted|natured)|(?:highly|tightly|high|over)[\s-]?(?:strung"
          r"|wound))\b"),
    rule("a label said as an idiom", "label", "What did the person do or say that gave you that "
          "picture?", r"\blaw unto (?:him|her|them)sel(?:f|ves)\b|\b(?:his|her|their) own worst "
          r"enemy\b|\bmore trouble than (?:he|she|they)(?:['’]s|['’]re| is| are) worth\b"
          r"|\bnot (?:all there|the full shilling|the sharpest)\b|\b(?:sandwich(?:es)?|bricks?"
          r"|cards?) short of\b|\bround the (?:bend|twist)\b|\bin (?:his|her|their) own "
          rf"(?:little )?world\b|\b{_COPULA}\s+(?:a|an)\s+(?:bit\s+of\s+a\s+|real\s+|right\s+)?"
          r"(?:[\w-]+\s+){1,3}?(?:character|type|sort)\b(?!\s+(?:of|who|that)\b)"),
    # (not the danger ahead: "could hurt them if he loses his temper", "if her partner loses
    # his temper again the baby could be hurt")
    rule("lost his rag", "euphemism", "What did the person say or do when they got angry, and "
         "where were the children?",
         r"(?<!\bif he )(?<!\bif she )(?<!\bif they )(?<!\bif dad )(?<!\bif mum )"
         r"\b(?:lose|loses|losing|lost) (?:his|her|their|the|my)"
         r"(?: rag| plot| head| cool| marbles| nut| shit| temper)\b(?!\s*(?:,|and)\s)",
         unless_said=r"\b(?:could|might|may|would|will)\s+(?:\w+\s+){0,8}?if"
         r"\s+(?:[\w'’]+\s+){1,4}(?:ever\s+|again\s+)?(?:loses?|lost)\s+(?:his|her|their)\s+"
         r"(?:temper|rag|cool)\b|\bif\s+(?:[\w'’]+\s+){1,4}(?:ever\s+)?(?:loses?|lost)\s+(?:his"
         r"|her|their)\s+(?:temper|rag|cool)\b(?:\s+\w+){0,8}?\s+(?:could|might|may|would"
         r"|will)\b"),
    rule("lost his rag", "euphemism", "What did the person say or do when they got angry, and "
          "where were the children?",
          r"\b(?:fly|flies|flew|flying|flown) off the handle\b|\b(?:blow|blows|blew|blowing"
          r"|blown) (?:his|her|their|a|the)(?: top| stack| fuse| gasket| lid)\b|\bsaw red\b"
          r"|\b(?:went|goes|go|going|gone) spare\b|\bhit(?:s|ting)? the roof\b"),
    rule("put his hands on", "euphemism", "What exactly did they do to the person's body, and "
          "did it leave a mark?",
          # (not what is said never to happen: "no one has laid a hand on her", "never put a
          # finger on him")
          r"(?<!no one has )(?<!no-one has )(?<!nobody has )(?<!never )(?<!not )(?<!n't )"
          r"(?<!n’t )\b(?:put|puts|putting|laid|lay|lays|laying|got|gets|getting)"
          r"\s+(?:his|her|their|a)\s+(?:hands?|finger)\s+on\s+(?:him|her|them|mum|dad|(?-i:[A-Z])"
          rf"|(?:the\s+|her\s+|his\s+)?{CHILD})\b(?!['’])|\b(?:went for|goes for|gone for) (?:him"
          r"|her|them|mum|dad|(?-i:[A-Z])\b)(?!['’])|\b(?:had|has|have|having) a go at (?:him|her"
          r"|them|mum|dad|the (?:kids|children|boys|girls|baby)|(?-i:[A-Z])\b)|\bsquar(?:ed up to"
          r"|es up to|ing up to|e up to)\b|\bg[eo]t in (?:his face|her face|their face)\b"
          r"|\b(?:scuffles?|tussles?|skirmish\w*|fracas|punch-?ups?|handbags|fisticuffs)\b"
          r"|\b(?:harder|rougher|further) than (?:she meant|he meant|they meant)\b"),
    rule("a bit of pushing", "euphemism", "What did each person do, exactly, and to whom?",
          r"\b(?:some|a\s+bit\s+of|a\s+little|a\s+spot\s+of|a\s+degree\s+of|an\s+element\s+of)\s+"
          r"(?:pushing|shoving|jostling|grabbing|pulling|scuffling|slapping|hitting|smacking"
          r"|tussling|rough\s+play|rough\s+handling|roughness|horseplay|play[\s-]fighting"
          r"|physical\s+contact|physicality|force|shouting|name[\s-]calling|drinking|drug\s+use"
          r"|cannabis\s+use|violence|aggression)\b"),
    rule("tanked up", "euphemism", "What had the person drunk or taken, how much, and what "
          "happened for the child then?", r"\b(?:is|was|were|are|been|be|got|get|gets|getting"
          r"|seemed|looked|appeared|came\s+home|turned\s+up)\s+(?:\w+ly\s+|a\s+bit\s+|a\s+little\s+"
          r"|so\s+|well\s+|pretty\s+)?(?:tanked(?:\s+up)?|merry|tiddly|sozzled|pickled|bladdered"
          r"|lashed|pissed|rat-?arsed|wrecked|spangled|monged|gurning|half[\s-]cut|well[\s-]oiled"
          r"|squiffy|high as a kite|away with the fairies)\b"
          # "on a bender", "went on a massive bender", "been on benders again", "on a two day
          # binge"; not denied ("has not been on a binge since Christmas") nor binge eating
          # ("on a binge at night, eating whole packets of biscuits")
          r"|(?<!not been )(?<!n't been )(?<!n’t been )(?<!never been )(?<!not gone )"
          r"(?<!n't gone )(?<!n’t gone )(?<!not go )(?<!n't go )(?<!n’t go )(?<!never went )"
          r"(?<!never goes )(?<!never go )"
          r"\bon\s+(?:(?:a|another|the|one\s+of\s+(?:her|his|their))\s+)?(?:[\w-]+\s+){0,2}?"
          r"(?:benders?|lash|piss|sesh|razz|randan"
          r"|binge(?:s|ing)?\b(?![^.;!?]{0,80}\b(?:eat\w*|ate|food|biscuits|crisps|chocolate|sweets"
          r"|snacks|cake|bread|vomit\w*|sick)\b))\b"
          r"|\bdabbl\w*|\b(?:a|his|her|their|drug|drugs|coke|crack|smack|heroin)\s+"
          r"(?:bit\s+of\s+a\s+)?habit\b(?!\s+of\b)"),
    rule("a special interest", "euphemism", "What does the adult do with or say to the child, "
          "and where and when?", r"\b(?:tak\w*|took|show\w*|has|had|have)\s+(?:a|an)\s+(?:special"
          r"|particular|unusual|unhealthy|strange|odd)\s+interest\s+in\b|\b(?:too|overly|unusually"
          r"|a\s+bit\s+too|rather\s+too)\s+(?:interested\s+in|fond\s+of|keen\s+on|attached\s+to"
          rf"|involved\s+with)\s+(?:the\s+|her\s+|his\s+|their\s+|young\s+)?(?:{CHILD}|boys|girls"
          r"|him|her|them|(?-i:[A-Z])\b)(?!['’])|\bspecial\s+(?:friend(?:ship)?s?|relationships?"
          r"|secrets?|cuddles|games?)\b"),
    # A bond called special, of someone outside the family with a young person: "the coach
    # has a special connection with Maisie"; not a child's with their own ("a special bond
    # with her nan"), nor a family adult's ("Nan has a special bond with Amy").
    rule("a special interest", "euphemism", "What does the adult do with or say to the child, "
         "and where and when?",
         r"\bspecial\s+(?:bond|connection|closeness|attachment)\s+(?:with|to)\s+"
         r"(?:(?:the|a|this|that|one\s+of\s+the|young|local)\s+)?"
         rf"(?:(?:{CHILD}|boys|girls|lads)\b|(?:his|her|their)\s+(?:players|pupils|students"
         r"|team|squad|class)\b|(?:him|them|her)\b(?![\s-]+\w)"
         rf"|(?!{ADULT}\b)(?-i:[A-Z][a-z]+)\b(?!['’]))"
         # "the youth pastor and Temi had a special connection"; not "her nan and Amy ..."
         r"|\b(?:the|a|her|his|their)\s+(?!(?:[\w-]+\s+)?" + _FAMILYS_OWN + r"\s)"
         r"(?:[\w-]+\s+)?[\w-]+\s+"
         rf"(?:and|&)\s+(?:(?-i:[A-Z][a-z]+)|(?:the\s+|a\s+)?(?:{CHILD}|boy|girl))\s+(?:\(\d+\)\s+)?"
         r"(?:(?:have|has|had)\s+(?:got\s+|formed\s+|built\s+|developed\s+)?|share[sd]?\s+"
         r"|formed\s+|built\s+|developed\s+)(?:a|this|such\s+a)\s+"
         r"(?:[\w-]+\s+)?special\s+(?:bond|connection|closeness|attachment)\b",
         of_a_child=True),
    # What an adult did to a young person, put as what the young person receives or has:
    # "unwanted attention online", "contact with an adult male she met online".
    rule("unwanted attention", "euphemism", "What did the adult say, send or do to the young "
          "person, and how did they reach them?",
          r"\b(?:unwanted|unwelcome|inappropriate|unhealthy|worrying|sexual(?:ised|ized)?)\s+"
          r"(?:attention|advances|contact|interest|messages|comments)\b",
          # ... plain when what the adult did is said ("who messaged him 40 times"), and asked
          # about whoever the sentence is about: "Dad made unwanted advances to Amy" is the
          # adult's act put softly, not a parent's own life.
          unless_said=_WHAT_THE_ADULT_DID),
    # "contact with an adult male she met online": how they met is not what he did.
    rule("unwanted attention", "euphemism", "What did the adult say, send or do to the young "
          "person, and how did they reach them?",
          r"\b(?:(?:having|had|has|in|some|regular|ongoing|online)\s+)contact\s+with\s+"
          r"(?:an?\s+|some\s+|several\s+)?(?:older|adult|unknown|grown|\d\d[\s-]year[\s-]old)\s+"
          r"(?:males?|m[ae]n|adults?|person|people|strangers?|females?|wom[ae]n)\b",
          unless_said=_WHAT_THE_ADULT_DID,
          # ... and a parent's own friends ("Mum has regular contact with an older woman from
          # her church") are not what is asked about: only a child's contact is.
          of_a_child=True),
    # A place judged for a child with nothing of what is in it: "it's not a great environment
    # for a baby", "the flat isn't a safe place for the kids".
    rule("not a good environment", "vague", "What did you see in the home, and what could it "
          "mean for the child?",
          r"(?:\bnot|n['’]t|\bnever|\bhardly)\s+(?:really\s+|exactly\s+)?(?:a|an|the)\s+(?:very\s+)?"
          r"(?:good|great|nice|healthy|safe|suitable|appropriate|ideal|positive|happy|stable|right)"
          r"\s+(?:environment|place|home|atmosphere|setting|household|situation|space)\s+"
          rf"(?:for|to\s+(?:raise|bring\s+up|be))\s+(?:a\s+|the\s+|any\s+|her\s+|his\s+|their\s+"
          rf"|young\s+|small\s+|little\s+)*(?:{CHILD}|boys|girls|children|kids|them|him|her)\b",
          plain_when_told=True,
          # ... and plain with a reason that names what is there: "because the road is busy",
          # "so they play on the landing" (not "because it is not good for them", nor a reason
          # that is itself a judgement: "because the house is unsuitable", "as the family has
          # many needs", "because mum is not coping").
          unless_said=r"\b(?:because|cos|as|since|so|given)\s+"
          r"(?![^.;!?]*?\b(?:unsuitable|inappropriate|unsafe|unstable|unhealthy|chaotic|chaos"
          r"|needs|needy|struggl\w*|cop(?:e|es|ing)|manag(?:e|es|ing)|bad|poor|dysfunctional"
          r"|toxic|volatile|concern\w*|worr\w*|issues?|problems?|difficult\w*|complex\w*"
          r"|vulnerab\w*|risk\w*|neglect\w*|challeng\w*|unsettled|troubled|hostile|negative"
          r"|not\s+(?:good|great|ideal|right|safe|appropriate|suitable|ok|okay)"
          r"|deprived|disorganised|disorganized|messy|unkempt|unclean|dirty|inadequate"
          r"|mental\s+health|circumstances|home\s+life|stress\w*|pressures?)\b)"
          r"(?:of\s+)?(?:[\w'’]+\s+){0,4}?"
          r"(?:the|a|an|no|there\s+(?:is|are|was|were))\s+(?!(?:environment|place|home"
          r"|atmosphere|setting|household|situation|space|way|risk|concerns?|worr(?:y|ies)"
          r"|issues?|problems?)\b)[a-z]{3,}"),
    rule("not in a good place", "vague", "What is the person doing or saying day to day, and "
          "who looks after the children then?", r"\bnot in (?:a |the )?(?:good|great|healthy"
          r"|happy|positive|stable|settled|right) (?:place|way|space|headspace|state|frame of "
          r"mind)\b|\b(?:not|n['’]t)\s+(?:quite\s+|really\s+)?(?:himself|herself|themselves)"
          r"(?=\s*(?:[.,;!?]|$|\s+(?:at\s+the\s+moment|lately|recently|since|today|these\s+days)))"
          r"|\bout of sorts\b|\bon the edge\b|\bin a (?:bad|dark|low) headspace\b"),
    rule("tensions", "vague", "What happens between them, what do the children see and hear?",
          r"\b(?:tensions?|friction|discord|disharmony|acrimony|animosity|bad\s+blood"
          r"|ill[\s-]feeling|hostilit(?:y|ies)|strife)\b(?=\s+(?:in|within|between|at|among"
          r"|amongst|around)\b)|\b(?:family|household|domestic|marital|parental|relationship"
          r"|ongoing|home|some|growing|underlying|high|a\s+lot\s+of|lots\s+of)\s+(?:tensions?"
          r"|friction|discord|disharmony|acrimony|strife)\b|\b(?:acrimonious|conflictual"
          r"|fractious)\b"),
    # Only counted or piled up: "the child's vulnerability" is a Harm Matrix dimension and
    # "contextual factors" the name of a variant, both in the bot's own questions.
    rule("vulnerabilities", "vague", "What exactly makes this harder for the child, and how "
          "does it show?", r"\b(?:multiple|many|several|numerous|various|complex|additional"
          r"|significant|a\s+(?:number|range|host)\s+of|a\s+lot\s+of|lots\s+of)\s+(?:\w+\s+)?"
          r"(?:vulnerabilities|challenges|stressors|adversities|difficulties|problems"
          r"|pressures|complexities)\b|\b(?:cultural|environmental|social|situational"
          r"|external|various|complex|multiple|family)\s+factors\b|\bfactors\s+(?:at\s+play"
          r"|involved)\b|\bculture\s+of\b"),
    rule("an incident occurred", "vague", "What happened, who did what, and where was the "
          "child?", r"\b(?:an?|another|the|this|that)\s+(?:\w+\s+)?(?:incident|situation|occurrence"
          r"|episode|event)\s+(?:has\s+|had\s+)?(?:occurred|happened|took\s+place|taken\s+place"
          r"|arose|arisen|ensued|unfolded)\b|\bthere\s+(?:was|were|has\s+been|had\s+been)\s+(?:an?"
          r"|another)\s+(?:\w+\s+)?(?:incident|situation|occurrence|episode)\b(?!\s+(?:where|when"
          r"|in\s+which)\b)|\bsomething\s+(?:happened|occurred|went\s+on|took\s+place)\b"
          r"(?!\s+to\b)"),
    # A worry said as a kind of situation, with nothing of what it is: "it's a worrying
    # situation", "the picture is concerning", "a very troubling set of circumstances"
    # (plain in a sentence that says what happened: "a worrying situation: dad had the
    # baby on the balcony ledge").
    rule("a worrying situation", "vague", "What is happening, exactly, and what is it like "
         "for the child?",
         r"\b(?:worrying|concerning|troubling|worrisome|alarming|distressing|precarious)\s+"
         r"(?:situation|picture|presentation|set\s+of\s+circumstances|circumstances|state\s+of"
         r"\s+affairs|home\s+situation|pattern)\b|\b(?:situation|picture|presentation)\s+(?:is"
         r"|was|remains|seems|looks)\s+(?:(?:very|really|quite|so|increasingly|more|deeply"
         r"|extremely)\s+)?(?:worrying|concerning|troubling|worrisome|alarming)\b",
         plain_when_told=True,
         # ... not a situation one may be in: "even in a worrying situation, name what helps"
         unless_said=r"\bin\s+(?:a|an|any|such\s+a)\s+(?:(?:very|really|quite)\s+)?(?:worrying"
         r"|concerning|troubling|worrisome|alarming|distressing|precarious)\s+situation\b"),
    rule("is a concern", "vague", "What exactly is the worry, who has it, and what did they "
          "see?", r"\b(?:is|was|are|were|remains?|remained|has\s+been|have\s+been|continues?\s+to"
          r"\s+be)\s+(?:a|an)\s+(?:\w+\s+)?(?:concern|worry|cause\s+for\s+concern|area\s+of\s+concern"
          r")\b(?=\s*(?:[.,;!?]|$))|\bcause\s+for\s+concern\b|\b(?:not\s+)?conducive\b"
          r"|\bdetrimental\b|\bto\s+the\s+detriment\s+of\b|\bnot\s+in\s+(?:[\w'’]+\s+){0,2}?best"
          r"\s+interests?\b|\bin\s+crisis\b(?!\s+(?:accommodation|team|centre|center|house|line"
          r"|care|services?|cafe|support|plan|beds?|unit|nurse|worker))|\bat\s+crisis\s+point\b"
          r"|\bnot\s+fit\s+for\s+purpose\b"),
    rule("moving the goalposts", "process", "What did they agree to, and what did they do "
          "instead?", r"\bmov(?:e|es|ed|ing)\s+the\s+goal[\s-]?posts\b|\bdrag(?:s|ged|ging)? "
          r"(?:his feet|her feet|their feet|his heels|her heels|their heels)\b(?=\s*(?:[.,;!?]|$"
          r"|over\b|about\b|with\b))|\bheads? in the sand\b|\bstr(?:ing|ings|inging|ung) (?:\w+ )?"
          r"along\b|\bpull(?:s|ed|ing)? the wool\b|\bthe run-?around\b|\bon (?:his|her|their) own "
          r"terms\b|\bcherry[\s-]?pick\w*|\bstonewall\w*|\bfob(?:s|bed|bing)?\s+(?:\w+\s+)?off\b"
          r"|\bpass(?:es|ed|ing)? the buck\b|\bplay(?:s|ed|ing)? games with (?:us|professionals"
          r"|services|workers|the (?:school|social worker|worker|team|police))\b"
          r"|\bpick(?:s|ed|ing)? and choos\w+"),
    # Blame by a verb: the child, or the parent being harmed, is said to have made it happen.
    rule("provoked him", "blame", "What did the adult do? Their actions are theirs, whatever "
          "came before.", r"\bprovok(?:e|es|ed|ing) (?:him|her|them|dad|mum|his)\b|\b(?:was|were"
          r"|been|being|felt|feels?)\s+provoked\b|\bgoad\w*|\bwind(?:s|ing)?\s+(?:him|her|them|dad"
          r"|mum|\w+['’]s\s+(?:dad|mum))\s+up\b|\bwound\s+(?:him|her|them|dad|mum)\s+up\b"
          r"|\bpush(?:es|ed|ing)?\s+(?:his|her|their)\s+buttons\b|\b(?:egg|eggs|egged|egging|led"
          r"|leads|leading) (?:him on|them on|men on)\b|\b(?:ask|asks|asked|asking) for it\b"
          r"|\b(?:brought|brings|bring|bringing) it on (?:her|him|them)sel(?:f|ves)\b"
          r"|\b(?:encourag|invit|welcom|court|sought|seek|lap)\w*\s+(?:the\s+|their\s+|his\s+"
          r"|this\s+|that\s+)?(?:attention|advances)\b|\b(?:make|makes|making|made|drive|drives"
          r"|driving|drove|push|pushes|pushed|pushing) (?:him|her|them|dad|mum) (?:so )?(?:angry"
          r"|lose it|lose his temper|lose her temper|lose control|lash out|too far"
          r"|over the edge)\b|\bflirt(?:y|atious)\b|\bflirt(?:s|ed|ing)?\s+with\s+(?:him|them|men"
          r"|older|adults?|the\s+(?:men|lads|boys))\b|\bdress(?:es|ed|ing)?\s+(?:\w+\s+)?"
          r"(?:provocatively|older than|too old for)\b"),
    rule(MEETING_MEN, "blame", "Who are these adults, and what do they do to the young "
          "person? Say what they did.", rf"{_CHILD_MEETS}(?: older| adult| grown| random"
          r"| strange| unknown| various)? men\b"),
    rule(MEETING_MEN, "blame", "Who are these adults, and what do they do to the young "
          "person? Say what they did.", rf"{_CHILD_MEETS}\s+(?:older\s+|adult\s+|grown\s+"
          r"|random\s+|strange\s+|unknown\s+|various\s+)?(?:males|adults|strangers)\b"
          r"|\b(?:decid(?:e|es|ed|ing)|chose|choos(?:e|es|ing)|chosen) to (?:get (?:in|into) "
          r"(?:the|his|their|a) (?:car|van|taxi)|go (?:back )?(?:with|to) (?:him|them|the men|men"
          r"|older|adults?|(?:his|their) (?:flat|house|place|car)"
          # ... not a young person's own home, told by who is there: "decided to go back to his
          # place in the evening because his mum had his tea ready"
          r"(?![^.;!?]{0,120}\b(?:his|her|their)\s+(?:own|mum|mam|mom|dad|nan|gran|family|parents"
          r"|tea|dinner|bedroom)\b))|meet (?:up with )?(?:him|them"
          r"|men|older|adults?|strangers)|see (?:him|them|men|older)|sleep (?:at|over|with))\b"
          r"|\b(?:happy|keen|eager|content|willing|pleased) to (?:go with|be with|stay with"
          r"|meet with) (?:him|them|the men|men|older|adults?)\b"),
    # ... or said to talk to people no one has named: "on snap all night talking to randoms",
    # "chatting to strangers online" (set AF)
    rule(MEETING_MEN, "blame", "Who are these adults, and what do they do to the young "
          "person? Say what they did.", r"\b(?:talk(?:s|ed|ing)?|chat(?:s|ted|ting)?|messag(?:e|es"
          r"|ed|ing)|speak(?:s|ing)?|spoke|snap(?:s|ped|ping)?|facetim(?:e|es|ed|ing))\s+(?:to|with)"
          r"\s+(?:random\s+(?:men|people|lads|blokes|adults|guys|males)|randoms|strangers)\b"),
    rule("going back to him", "blame", "What has he done to stop her leaving, and what help "
          "has she had to be safe?", r"\b(?:keeps|keep|kept|keeping) (?:on )?(?:going back"
          r"|getting back|running back)\b|\bdespite (?:everything|all that has happened|all the "
          r"(?:advice|warnings|support|help)|(?:our|professional|professionals['’]|the) (?:advice"
          r"|warnings))\b|\b(?:won['’]t|will not|refuses to|refused to|refusing to)(?: leave"
          r"| separate from| end it with| end things with) (?:him|her|them|dad|(?:her|his|the) "
          r"(?:partner|boyfriend|husband|abuser|ex))\b"
          # Leaving the children in someone's care is not leaving a partner: "she will not
          # leave them with him", "won't leave her alone with the baby".
          r"(?!\s+(?:with|alone|at|in|on\s+(?:their|his|her)\s+own|home|behind|unsupervised"
          r"|unattended|there)\b)|\b(?:went|goes|gone|go|going) (?:straight )?"
          r"back to (?:him|(?:her|the) (?:partner|boyfriend|husband|abuser|ex))\b(?!['’])"
          # Staying called a choice: "chooses to stay with a violent partner", "decided to
          # remain in the relationship with him".
          # Said as a choice made, or of the relationship alone: "she made the choice to stay
          # with him", "mum chooses to stay in the relationship".
          r"|\b(?:choos(?:e|es|ing)|chose|chosen|decid(?:e|es|ed|ing)|opt(?:s|ed)?|prefer(?:s|red)?"
          r"|(?:made|make|makes|making)\s+(?:a|the|her|his|their)\s+(?:own\s+)?(?:choice"
          r"|decision))\s+to\s+(?:stay|remain|live|be|get\s+back)\s+(?:together\s+)?"
          r"(?:in\s+(?:a|the|this|that|their|an?\s+[\w-]+)\s+relationship\b(?!['’]|\s+with\b)"
          r"|(?:in\s+(?:a|the)\s+relationship\s+)?"
          r"with\s+(?:him|dad|(?:her|the|a|an|this)\s+(?:[\w-]+\s+){0,2}?(?:partner|boyfriend"
          r"|husband|abuser|ex|man|fella|bloke|perpetrator))\b(?!['’]))"),
    # Sixteenth round. A next step with no time, or one left to a meeting: "school will keep
    # an eye on him", "further work needed around routines", "this will be followed up at the
    # next review".
    rule("will keep an eye on him", "process", "What will they look out for, how often, and "
         "who will they tell?",
         r"\b(?:will|to|['’]ll|going\s+to|shall|can)\s+(?:all\s+|both\s+|just\s+|also\s+)?"
         r"(?:continue\s+to\s+|be\s+)?(?:(?:keep(?:ing)?"
         r"\s+(?:an?\s+)?(?:close\s+)?eye\s+on|monitor(?:ing)?|keep(?:ing)?\s+tabs\s+on|watch(?:ing)?"
         r"\s+over)\s+(?:him|her|them|things|it|this|the\s+situation|the\s+(?:children|kids|baby"
         r"|family))"
         # ... or an eye kept on nothing named: "school will keep an eye", "we will all keep a
         # close eye"
         r"|keep(?:ing)?\s+(?:an?\s+)?(?:close\s+|careful\s+|watchful\s+)?eye(?:\s+out)?)"
         r"(?=\s*(?:[.,;!?]|$)|\s+(?:and|at|in|when|while|for\s+now)\b)",
         unless_said=_WHEN_SAID + r"|\b(?:tell|ring|call|let)\b"),
    # ... or with nothing watched: "school to monitor", "attendance will be monitored",
    # "police to continue monitoring" (the step, not "monitored" in a report of what was done),
    # or only the thing watched, as notes write a step: "school to monitor attendance",
    # "continue to monitor attendance", "ongoing monitoring of his weight".
    rule("to be monitored", "process", "What will they look out for, how often, and who "
         "will they tell?",
         r"(?:\b(?:will|to|['’]ll|going\s+to|shall|can|needs?\s+to)\s+(?:continue\s+(?:to\s+)?"
         r"|keep\s+|be\s+)?monitor(?:ed|ing)?"
         r"|(?m:^)[^\w\n]*(?:(?:continue|keep)\s+(?:to\s+)?monitor(?:ing)?"
         r"|(?:ongoing|continued|close|regular)\s+monitoring|monitor(?:ing)?))"
         r"(?:\s+(?:of\s+)?(?:(?:the|his|her|their|its|[a-z]['’]s)\s+)?"
         r"(?!(?:and|at|by|until|every|each|with|when|if|for|him|her|them|it|this)\b)[\w'’-]+){0,2}?"
         r"(?:\s+(?:closely|carefully|regularly|ongoing))?"
         # ... and what is done with it after, at a meeting, which is no one and nothing
         # looked out for: "continue to monitor and review at the next core group"
         r"(?:\s+and\s+(?:review(?:ed)?|re-?assess(?:ed)?|discuss(?:ed)?|(?:feed|fed|report)"
         r"\s+back))?(?:\s+(?:at|in)\s+(?:the\s+)?(?:next\s+|following\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:review|meeting|group|conference)s?)?"
         r"(?=\s*(?:[.,;!?]|$))",
         unless_said=_WHEN_SAID + r"|\b(?:tell|ring|call|let)\b"),
    rule("further work needed", "process", "Who will do what with the family, and by when?",
         r"\b(?:further|more|some|ongoing|additional|direct|lots\s+of|a\s+lot\s+of)\s+work\s+"
         r"(?:is\s+|will\s+be\s+)?(?:still\s+)?(?:needed|required|needs\s+to\s+be\s+done|to\s+be"
         r"\s+done|to\s+be\s+undertaken)\b|\bwork\s+(?:is\s+)?(?:still\s+)?(?:needed|required)\s+"
         r"(?:around|on|with|regarding)\b", unless_said=_WHEN_SAID),
    rule("followed up at the next review", "process", "Who will do what about it, and when? "
         "If it cannot wait for the meeting, say what happens now.",
         r"\b(?:this|that|it|these|which)\s+(?:will|is\s+to|to|can|shall)\s+(?:be\s+)?"
         r"(?:followed\s+up|picked\s+up|looked\s+(?:at|into)|discussed|revisited|addressed"
         r"|explored|raised)\s+(?:at|in|during)\s+(?:the\s+)?(?:next|following|upcoming|future"
         r"|core|review|conference)\b"),
    # Sixteenth round. A claim with nothing seen: "is doing everything that's asked of her",
    # "everything's been fine since the last meeting", "those children want for nothing".
    rule("doing everything asked", "vague", _SEEN_IT,
         r"\b(?:doing|done|does|did|do)\s+(?:absolutely\s+|literally\s+)?(?:everything|all"
         r"|whatever)(?:\s+that)?(?:['’]s|\s+(?:is|was|has\s+been|have\s+been|we['’]ve|we\s+have"
         r"|they['’]ve|they\s+have|we|they|i|i['’]ve))?\s+(?:been\s+)?(?:asked|expected|requested"
         r"|required|told)\b", plain_when_told=True),
    rule("everything's been fine", "vague", _SEEN_IT,
         r"\b(?:everything|things|all)(?:['’]s|\s+(?:is|are|was|were|has|have|had))?\s+(?:been\s+)?"
         r"(?:(?:really|absolutely|totally|all|just|pretty|quite|very)\s+)?(?:fine|ok|okay|good"
         r"|great|alright|all\s+right|calm|quiet|settled|grand|sorted)\b(?=\s*(?:[.,;!?]|$)|\s+"
         r"(?:since|lately|recently|now|for\s+(?:weeks|months|ages|a\s+while)|at\s+home|so\s+far"
         r"|at\s+the\s+moment)\b)",
         unless_said=r"\b(?:said|says|told|tells|reports?|reported|according|seen|saw|shows?"
         r"|showed)\b"),
    rule("want for nothing", "vague", _SEEN_IT,
         r"\bwants?\s+for\s+nothing\b|\bnever\s+(?:want|wants|go|goes|went)\s+without\b"
         r"|\b(?:have|has|had|got|get|gets)\s+(?:everything|all)\s+(?:they|she|he|a\s+child|kids"
         r"|children)\s+(?:could\s+(?:ever\s+)?)?(?:need|needs|want|wants|ask\s+for)\b"
         r"(?=\s*(?:[.,;!?]|$))", plain_when_told=True),
    # Nineteenth round. A worry said to be dealt with by a step of the services: "housing
    # application submitted so homelessness concern addressed", "risks managed".
    rule("concern addressed", "process", "What is different for the child now, and who has "
         "seen it?",
         r"\b(?:concerns?|worr(?:y|ies)|risks?)\s+(?:(?:is|are|was|were|has\s+been"
         r"|have\s+been|now|being|now\s+been|fully|largely|all)\s+){0,3}(?:addressed|resolved"
         r"|dealt\s+with|mitigated|managed|alleviated|sorted|removed|eliminated)\b",
         plain_when_told=True),
    # A step of the services praised as if it were change: "on the waiting list for
    # counselling, which is positive", "the referral is a good sign".
    rule("which is positive", "process", "What is different for the child now, and who has "
         "seen it?",
         r"\b(?:waiting\s+list|referral|counsell?ing|course|programme|program|services?|groups?"
         r"|appointments?|sessions?|meetings?|support|assessment|therapy|treatment|plan)\b"
         r"[^.!?;]{0,60}?\b(?:which|this|that)\s+(?:is|was|seems|feels|has\s+been)\s+(?:(?:very"
         r"|really|quite|so)\s+)?(?:positive|encouraging|promising|reassuring|a\s+(?:positive"
         r"|good|great)\s+(?:sign|step|start))\b", plain_when_told=True),
    # Taking part told as doing the work: "going to her meetings and doing the work", "has
    # put the work in".
    rule("doing the work", "process", "What is the parent doing differently at home, and who "
         "has seen it?",
         r"\b(?:doing|done|does|did|do|putting\s+in|put\s+in|puts\s+in)\s+(?:all\s+)?(?:the"
         r"|her|his|their)\s+work\b(?!\s+(?:on|of|for|at|in|to|round|around|with|shifts?)\b)"
         r"|\bput(?:s|ting)?\s+(?:the|a\s+lot\s+of|lots\s+of)\s+work\s+in\b", plain_when_told=True),
    # A person said to be too much of something to care: "too stupid to look after a
    # baby", "too lazy to get up for school", "too selfish to put them first".
    rule("too stupid to", "label", "What did the person do or not do, and what happened for "
         "the child?",
         r"\b(?:is|are|was|were|being|be|['’]s|['’]re|seems?|seemed)\s+(?:just\s+|far\s+|way"
         r"\s+|simply\s+|clearly\s+|obviously\s+|much\s+)?too\s+(?:stupid|thick|dim|dense|lazy"
         r"|idle|selfish|useless|hopeless|daft|feckless|immature|self-?centred|self-?absorbed"
         r"|wrapped\s+up\s+in\s+(?:herself|himself|themselves)|far\s+gone|weak|spineless"
         r"|incompetent|inadequate|simple)\s+to\b"),
    # A child gone missing, said softly: "went walkabout", "went AWOL", "did a runner".
    rule("went walkabout", "euphemism", "Where was the child, for how long, who with, and who "
         "looked for them?",
         r"\b(?:go|goes|went|gone|going|been)\s+(?:walkabout|awol|walkies)\b|\bdid\s+a\s+"
         r"(?:runner|bunk|flit)\b|\bdoes\s+a\s+(?:runner|bunk)\b|\bdoing\s+a\s+(?:runner"
         r"|bunk)\b", plain_when_told=True),
    # Self-harm said softly: "do things to herself", "did something to himself".
    rule("does things to herself", "euphemism", "What does the young person do to their body, "
         "how often, and what help do they get?",
         r"\b(?:do|does|did|doing|done)\s+(?:silly\s+|stupid\s+|bad\s+)?(?:things|stuff"
         r"|something)\s+to\s+(?:herself|himself|themselves|themself|myself)\b"),
    # A note of how home is, with no one and nothing in it: "not great at home atm", "lots
    # happening for this young person".
    rule("not great at home", "vague", "What happens at home, exactly, and what is it like for "
         "the child?",
         r"(?:^|(?<=[.!?;\n]))\W*(?:(?:it|its|it['’]s|things?|all)\s+(?:is\s+|are\s+)?)?(?:not"
         r"|never)\s+(?:so\s+|too\s+|very\s+)?(?:great|good|ideal|brilliant|ok|okay|easy|nice)"
         r"\s+(?:at|in)\s+(?:the\s+)?(?:home|house|family)\b"
         r"|\b(?:lots|a\s+lot|loads|so\s+much|plenty)\s+(?:(?:has\s+been|is|was|still)\s+)?"
         r"(?:going\s+on|happening)\s+(?:for|with|in)\s+(?:him|her|them|this|the|these|that"
         r"|\w+['’]s|(?:the\s+)?(?:family|young\s+person|child|yp))\b(?!\s+\w+\s*[:,(–—-])"
         r"(?![^.!?;]*\b(?:since|after|because|when)\b)", plain_when_told=True),
    # A home, a set-up or "it" said to fall short, with nothing of what is there: "the home
    # is not ideal", "it is not great for the baby", "the flat isn't ideal for a newborn".
    rule("not ideal", "vague", "What exactly falls short, and what is it like for the child?",
         r"(?:^|(?<=[.!?;\n]))\W*+(?:(?:the|her|his|their|our|mum['’]s|dad['’]s)\s+)?"
         r"(?:home|house|flat|accommodation|housing|room|bedroom|place|situation|set-?up"
         r"|arrangement|caravan|(?:living\s+|home\s+)?conditions|circumstances|it|this|that)"
         r"(?:\s+(?:is|was|are|were|has\s+been|seems?|seemed|looks?|looked)|['’]s)"
         # "is not", "isn't", "isnt" ... or "is less than ideal"
         r"(?:(?:\s+(?:really\s+|exactly\s+|always\s+|just\s+)?not|n['’]?t)"
         r"\s+(?:really\s+|exactly\s+|very\s+|always\s+|at\s+all\s+)?(?:ideal|great|good"
         r"|brilliant|ok|okay|nice|the\s+best|suitable|appropriate|good\s+enough)"
         r"|\s+less\s+than\s+ideal)"
         rf"(?:\s+(?:for|to)\s+(?:a\s+|the\s+|any\s+|her\s+|his\s+|their\s+|young\s+|little\s+)?"
         rf"(?:{CHILD}|newborns?|boys|girls|children|kids|them|him|her))?(?=\s*+(?:[.,;!?]|$))",
         # (a child's own words, told after a comma: "That is not great, Kai said")
         plain_when_told=True, unless_said=r",\s*[\w'’]+\s+(?:said|says)\b"),
    # Twenty-first round. Home said not to be safe, with nothing of what happens there:
    # "home isnt always a safe place for them", "dad's house is not safe".
    rule("home isn't safe", "vague", "What happens at home that makes it unsafe, and what is "
         "it like for the child?",
         r"\b(?:home|the\s+(?:home|house|flat)|(?:mum|dad|nan|gran|mam|mom)['’]?s(?:\s+(?:house"
         r"|flat|place|home))?)\s+(?:is\s+|was\s+|has\s+)?(?:not|isn['’]?t|isnt|wasn['’]?t|wasnt"
         r"|never|no\s+longer|hasn['’]?t\s+been|has\s+not\s+been)\s+(?:(?:always|really|very"
         r"|been|a|the)\s+){0,3}(?:safe|secure|happy|nice|good|settled|stable)"
         r"(?:\s+(?:place|environment|home|space))?\b(?!\s+to\s+(?:go|be|stay|live|visit)\b)"
         # ... or "unsafe": "home is unsafe for the children"
         r"|\b(?:home|the\s+(?:home|house|flat)|(?:mum|dad|nan|gran|mam|mom)['’]?s(?:\s+(?:house"
         r"|flat|place|home))?)\s+(?:is|was|has\s+been|feels|felt)\s+(?:(?:really|very|so|too"
         r"|always|still)\s+)?unsafe\b(?!\s+to\s+(?:go|be|stay|live|visit)\b)",
         plain_when_told=True),
    # A judgement of a caregiver's know-how, said as fact: "mum has no idea how to parent",
    # "dad hasn't a clue how to look after a baby".
    rule("no idea how to parent", "label", "What did you see the parent do, or not do, and "
         "what happened for the child?",
         r"\b(?:(?:has|have|had|got)\s+(?:got\s+)?(?:absolutely\s+|really\s+)?(?:no|little)"
         r"|(?:hasn['’]?t|haven['’]?t|hadn['’]?t|doesn['’]?t\s+have|don['’]?t\s+have)\s+(?:got\s+)?"
         r"(?:a|any|the\s+first))\s+(?:idea|clue)\s+(?:about\s+)?(?:how\s+"
         r"to\s+)?(?:parent|parenting|look(?:ing)?\s+after|car(?:e|ing)\s+for|cope|coping|manage"
         r"|raise|raising|bring(?:ing)?\s+up|be\s+a\s+(?:mum|dad|parent|mother|father)"
         r"|keep\s+(?:them|him|her|the\s+\w+)\s+safe|handle|deal\s+with)\b"
         # ... or as not knowing how to parent: "mum doesn't know how to parent" (not "how to
         # use the bus pass": only the parenting itself)
         r"|\b(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|didn['’]?t|did\s+not|never)\s+"
         r"(?:really\s+|seem\s+to\s+|appear\s+to\s+)?know\s+how\s+to\s+(?:parent|look\s+after"
         r"|care\s+for|raise|bring\s+up|be\s+a\s+(?:mum|dad|parent|mother|father))\b",
         # ... unless it is what the parent said of themselves, or what they did about it
         # follows: "Mum says she has no idea how to cope ... so she rings nan".
         unless_said=r"\b(?:says|said|saying|tells\s+(?:me|us)|told\s+(?:me|us))\b"
         r"|\b(?:so|and\s+so|and\s+(?:now|then))\s+(?:she|he|they|mum|dad)\b"),
    # The children said not to come first, with nothing of what the adult did instead:
    # "mum doesnt put the kids first", "dad never prioritises the baby's needs", "mum puts
    # herself before the kids". Putting a child somewhere is not this: "doesn't put the baby
    # on her front to sleep", "never puts the kids to bed late" (the ordering word is needed).
    rule("doesn't put the kids first", "label", "What did the adult do instead, and what "
         "happened for the child then?",
         r"\b(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|didn['’]?t|did\s+not|never|won['’]?t"
         r"|can['’]?t|cannot|fails?\s+to|failed\s+to|not)\s+(?:always\s+|really\s+|ever\s+"
         r"|seem\s+to\s+|appear\s+to\s+)?(?:(?:put|puts|putting)\s+(?:the\s+|her\s+|his\s+"
         r"|their\s+)?(?:(?:kids|children|child|baby|boys|girls|twins|son|daughter)(?:['’]s?)?"
         r"(?:\s+(?:needs|safety|welfare))?|needs\s+of\s+(?:the\s+|her\s+|his\s+|their\s+)?\w+)"
         r"\s+(?:first|before|above|ahead)"
         # ... "prioritise" says the ordering itself, of the children or their needs (not of
         # "the children's tea over his shift")
         r"|prioriti[sz](?:e|es|ing)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:(?:kids|children"
         r"|child|baby|boys|girls|twins|son|daughter)(?:['’]s?\s+(?:needs|safety|welfare)"
         r"|\b(?!['’]))|needs\s+of\b))\b"
         r"|\bput(?:s|ting)?\s+(?:(?:herself|himself|themselves)|(?:her|his|their)\s+(?:own\s+)?"
         r"(?:needs|wants|feelings|boyfriend|girlfriend|partner|relationship|drinking|friends))"
         r"\s+(?:first\s+)?(?:before|above|ahead\s+of)\s+(?:the\s+|her\s+|his\s+|their\s+)?"
         r"(?:kids|children|child|baby|boys|girls|twins|son|daughter)(?:['’]s?\s+(?:needs|safety"
         r"|welfare)\b|\b(?!['’]))"),
    *SOFTENING,  # the eleventh round's euphemism and blame, in their own module
)
# The rules' quick tests, asked all at once of each answer.
QUICK = NeedleIndex([r.needles for r in RULES])

COUNTY_LINES = on_first_use(r"\bcounty[\s-]lines?\b", _I)
# Adults named as the ones who exploit: "county lines" is then plain enough.
EXPLOITERS = on_first_use(
    r"\b(?:adults?|men|man|older\s+(?:boys|males|lads|men|youths|teenagers|people)|gang\s+"
    r"members?|dealers?|someone|a\s+group\s+of|people\s+who|(?:\d\d|twenty\w*)[\s-]year[\s-]"
    r"olds?)\b", _I)
