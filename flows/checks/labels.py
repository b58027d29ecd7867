"""The patterns behind jargon: the shapes labels take, not a list of every label.

Each rule is a kind of wording a practice lead sends back, with the question that fits it:
labels put on a person ("presents as", "is volatile", "is a risk to"), process words
("engagement", "compliance", "intervention"), vague risk ("there are concerns", "issues
around", "at risk of harm" with nothing behind it), euphemism ("inappropriate",
"unsuitable"), and wording that makes a child the cause of their own abuse ("making poor
choices", "putting herself at risk", "county lines" without the adults who exploit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.checks.lexicon import CHILD
from flows.checks.text import NeedleIndex, Needles, alternation, needles

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern, the name it is reported under, its question, and the family it is in."""

    name: str
    kind: str
    question: str
    pattern: re.Pattern[str]
    needles: Needles

    def may_match(self, folded: str) -> bool:
        """False when the text (as `text.fold` gives it) cannot match: none of the words every
        match holds are in it."""
        return self.needles.found_in(folded)


def _rule(name: str, kind: str, question: str, pattern: str) -> Rule:
    return Rule(name, kind, question, re.compile(pattern, _I), needles(pattern, _I))


_COPULA = (r"(?:is|was|are|were|be|been|being|seems?|seemed|appears?|appeared|became|becomes"
           r"|gets|got|can\s+be|could\s+be|remains?|presents?|presented|described\s+as|viewed"
           r"\s+as|seen\s+as|considered|deemed)")
_TRAITS = alternation("""volatile manipulative erratic unstable unpredictable uncooperative
    uncooperative resistant evasive obstructive defensive dismissive argumentative
    confrontational abusive violent needy clingy attention-seeking attention_seeking demanding
    promiscuous provocative streetwise precocious feral disruptive defiant oppositional
    withdrawn dysregulated immature irresponsible incapable controlling non-compliant
    noncompliant non-protective unprotective unmotivated coercive unsafe unavailable guarded
    neglectful disorganised disorganized inconsistent unfit challenging traumatised traumatized
    lax toxic dysfunctional enmeshed""")
_INTENSIFIER = alternation("""very quite extremely highly increasingly often sometimes really so
    also still more particularly clearly visibly verbally physically emotionally generally fairly
    rather""") + r"\s+)*"
_INTENSIFIER = "(?:" + _INTENSIFIER
_VAGUE_HARM = alternation("""harm significant_harm serious_harm further_harm emotional_harm
    abuse neglect exploitation sexual_exploitation criminal_exploitation CSE CCE radicalisation
    radicalization being_exploited being_harmed being_abused being_groomed grooming""")
# Plain facts about a person, not judgements: "a single parent", "a young mum".
_FACTS = alternation("""single young new first-time lone teenage foster step full-time
    part-time working stay-at-home older younger""")
_CARE_NOUNS = alternation("""supervision attendance hygiene parenting care conditions diet
    routines routine boundaries presentation communication home_environment
    home_conditions basic_care emotional_warmth stimulation relationship relationships""")
_PEOPLE_WORDS = (r"(?:mum|mother|dad|father|stepdad|partner|boyfriend|parents?|carers?|adults?"
                 r"|men|man|older|he|she|they|him|her|them|[A-Z])")

RULES: tuple[Rule, ...] = (
    # Labels put on a person.
    _rule("presents as", "label", "What did you see them do or hear them say that gave you "
          "that picture?", r"\bpresent(?:s|ed|ing)?\s+as\b|\bpresentation\b"
          r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)\bpresent(?:s|ed|ing)?\s+with\b"
          rf"|\b{_PEOPLE_WORDS}\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?hard[\s-]"
          r"to[\s-](?:reach|engage|help|work\s+with)\b|\bhard[\s-]to[\s-](?:reach|engage)\s+"
          r"(?:famil|parent|group)\w*|\bcharacteri[sz]ed\s+by\b"
          r"|\b(?:came|comes|coming|come)\s+across\s+as\b"),
    _rule("a label", "label", "What did the person actually do or say, and who saw it?",
          rf"\b{_COPULA}\s+(?:a\s+|an\s+)?{_INTENSIFIER}{_TRAITS}\b"
          rf"|\b(?:an?|the)\s+{_INTENSIFIER}(?:{_TRAITS}\s+and\s+)?{_TRAITS}\s+(?:man|woman|person|parent|carer|mother|father"
          r"|mum|dad|child|boy|girl|young\s+person|teenager|relationship|household|family)\b"),
    _rule("a person labelled", "label", "What did the person do or say that gave you that "
          "picture?", rf"\b{_COPULA}\s+(?:a|an)\s+(?!{_FACTS}\b)[a-z]+\s+(?:young\s+|little\s+)?"
          r"(?:man|woman|person|parent|mother|father|mum|dad|carer|child|boy|girl|teenager|lad"
          r"|individual|character|quantity)\b|\bperpetrat\w+|\bdysregulation\b"
          r"|\b[a-z]+-(?:taker|seeker)s?\b"
          r"|\b(?:child|family|person|solution)[\s-](?:focused|focussed|centred|centered)\b"),
    _rule("a risk to", "label", "What has the person done, to whom, and what could happen next?",
          r"\b(?:is|was|are|were|poses?|posed|posing|be|remains?)\s+(?:a\s+)?(?:\w+\s+)?"
          r"(?:risk|danger|threat)\s+to\b|\b(?:high|medium|low|significant|serious|real)[\s-]"
          r"risk\b(?!\s+assessment)|\brisk\s+factors?\b|\bprotective\s+factors?\b"
          r"|\brisks?\s+(?:is|are|was|were|remains?|remained|continues?\s+to\s+be|level\s+is)\s+"
          r"(?:\w+\s+)?(?:high|low|medium|significant|serious|elevated|unchanged|increased)\b"),
    _rule("out of control", "label", "What does the young person do, and what happens at home "
          "when the adults try to stop it?",
          r"\b(?:beyond|outside|out\s+of)\s+(?:parental\s+)?control\b|\bungovernable\b"),
    _rule("a label for drink or drugs", "label", "How much does the person drink or use, how "
          "often, and what happens for the child then?",
          r"\b(?:alcoholic|addict|junkie|substance[\s-]misuser|drug[\s-]user)s?\b"
          r"|\b(?:drink(?:ing)?|drug|alcohol|anger|gambling)\s+(?:problems?|issues?)\b"
          r"|\bproblems?\s+with\s+(?:alcohol|drink|drugs|anger|gambling|substances)\b"
          r"|\b(?:alcohol|drug|substance)\s+dependen(?:cy|ce|t)\b|\banger\s+management\b"
          r"|\b(?:heavy|problem|binge|chronic|functioning)\s+(?:drinker|drug\s+user|user)s?\b"),
    _rule("mental health", "label", "How does the adult's health show day to day, and what "
          "happens for the child when they are unwell?",
          r"\b(?:his|her|their|mum['’]?s|dad['’]?s|mother['’]?s|father['’]?s|parents['’]?|own)"
          r"\s+mental\s+health\b(?!\s+(?:nurse|team|worker|services?|practitioner|appointment"
          r"|doctor|social\s+worker|support\s+worker|diagnosis))|\bnot\s+coping\b"
          r"|\b(?:struggling|unable|failing)\s+to\s+cope\b"),
    _rule("a history of", "vague", "What happened, when, and how often?",
          r"\b(?:a|long|long-standing|longstanding|known)\s+history\s+of\b|\bknown\s+to\s+"
          r"(?:the\s+)?(?:police|services|social\s+care|children['’]s\s+services|the\s+team)\b"),
    # Process words: what professionals want, not what anyone did.
    _rule("engagement", "process", "What was offered, what happened, and what might have got "
          "in the way?", r"\bengagement\b(?!\s+(?:ring|party))|(?<!very\s)(?<!so\s)(?<!really\s)"
          r"(?<!quite\s)\bengag(?:e|es|ed|ing)\b(?!\s+(?:a|an|to\s+be|to\s+\w+\s+(?:girlfriend"
          r"|boyfriend|partner)|and\s+\w+\s+(?:about|to))\b)|\bengag"
          r"(?:e|es|ed|ing)\s+"
          r"(?:well|fully|positively|poorly|appropriately|meaningfully|openly|with|in\s+(?:the\s+)?"
          r"(?:assessment|process|work|plan|sessions?|services|programme|support))\b"
          r"|\bengaged\s+in\s+(?:the\s+)?(?:assessment|process|work|plan|sessions?|services)\b"),
    _rule("work openly", "process", "What would the family be doing that shows it? Who "
          "would see it?", r"\bwork(?:s|ed|ing)?\s+(?:openly|honestly|together|alongside"
          r"|in\s+partnership)\b|\bwork(?:s|ed|ing)?\s+with\s+(?:the\s+)?(?:us|professionals|services|agencies"
          r"|the\s+plan"
          r"|the\s+local\s+authority)\b|\breceptive\b|\bopen\s+to\s+(?:support|help|advice"
          r"|services)\b|\baccept(?:s|ed|ing)?\s+(?:the\s+)?(?:support|help|advice|services)\b"
          r"|\bnon[\s-](?:attendance|engagement|compliance|co-?operation|disclosure)\b"),
    _rule("compliance", "process", "What did the family agree to do, and what did they do?",
          r"\b(?:non[\s-]?)?complian(?:ce|t)\b|\bcompl(?:y|ies|ied|ying)\b(?=\s*(?:[.,;!?]|$))"
          r"|\bco-?operat(?:e|es|ed|ing|ion)\s+with\s+(?:the\s+)?(?:investigation|professionals"
          r"|services|plan|assessment|police|us|agencies)\b|\bcompl(?:y|ies|ied|ying)\s+with\s+(?:the\s+|his\s+|"
          r"her\s+|their\s+|all\s+)?(?:\w+\s+)?(?:plan|agreement|testing|tests|conditions|order"
          r"|assessment|professionals|services|requests|expectations|advice)\b"),
    _rule("intervention", "process", "Who did what with the family, and what changed?",
          r"\binterventions?\b|\binput\b|\binvolvement\b|\bsupport\s+package\b|\bpackage\s+of"
          r"\s+(?:support|care)\b|\bsignposted\b|\baccess(?:ed|ing)?\s+(?:support|services)\b"
          r"|\b(?:offered|provided|put\s+in\s+place|receiving|accessing|taken\s+up|took\s+up"
          r"|utilis\w+|utiliz\w+)\s+(?:a\s+range\s+of\s+|some\s+|any\s+|the\s+|a\s+)?(?:services"
          r"|support|interventions?|provision|resources)\b|\bmonitor(?:s|ed|ing)?\b(?<!baby\smonitor)"
          r"|\bescalat\w+\s+to\b|\bservices\s+(?:are|were|have\s+been|remain)\s+involved\b"
          r"|\bstatutory\b|\bsafeguarding\s+(?:concerns|issues|risks|needs|matters)\b"
          r"|\bevidence\s+(?:that|her|his|their|any|some|an?)\b(?<!the\sevidence\s\w{3})|\bstrategy\s+(?:discussion|meeting)s?\b"
          r"|\bstep(?:ped|s)?[\s-](?:down|up)\s+(?:to|from)\s+(?:CP|CIN|child|early|universal"
          r"|social|a\s+plan|level)|\bthreshold\b"),
    _rule("capacity", "process", "What did you see the parent do, or hear them say, that "
          "shows this?", r"\b(?:parenting|protective)\s+capacity\b|\bcapacity\s+to\s+(?:change"
          r"|parent|protect|sustain|safeguard|keep|meet)\b|\bmotivation\s+to\s+change\b|\bsustain(?:ed|able)?\s+"
          r"change\b|\bdemonstrat(?:e|ed|es|ing)\s+(?:an?\s+)?(?:understanding|insight|ability"
          r"|capacity|change)\b|\binsight\b"
          r"|\black(?:s|ed|ing)?\s+(?:of\s+)?(?:any\s+)?(?:empathy|remorse|awareness|understanding"
          r"|motivation|responsibility|attunement|warmth|stability|structure)\b"
          r"|\bparenting\s+(?:style|skills|ability|abilities)\b"),
    _rule("failed to", "process", "What was expected, what happened, and what got in the way?",
          r"\bfail(?:ed|s|ing|ure)?\s+to\s+(?:attend|comply|cooperate|co-operate|prioriti[sz]e"
          r"|safeguard|understand|recogni[sz]e|acknowledge|accept|sustain|demonstrate"
          r"|evidence|meet)\b"),
    # Vague risk: a worry with nothing behind it.
    _rule("there are concerns", "vague", "Who is worried, and what did they see or hear?",
          r"\bthere\s+(?:is|are|were|was|have\s+been|has\s+been|remains?|continues?\s+to\s+be)"
          r"\s+(?!no\b|not\b)(?:\w+\s+)?(?:concerns?|worries|issues|problems|difficulties)\b"
          r"|\b(?:significant|ongoing|serious|grave|historic(?:al)?|long-?standing|multiple"
          r"|numerous|safeguarding|welfare|various|growing|increasing|professional|some)\s+"
          r"(?:concerns|worries|issues)\b|\b(?:concerns|worries|issues)\s+(?:persist|remain|continue"
          r"|exist|regarding|surrounding|around|re)\b|\bunder\s+the\s+influence\b"),
    _rule("issues", "vague", "What exactly happens? The word could mean anything to the reader.",
          r"(?<!\bno\s)\bissues\b|\ban\s+issue\b|\bissues?\s+(?:around|with|regarding)\b"),
    _rule("at risk of harm", "vague", "At risk of what exactly, from whom, and what has "
          "happened so far?", rf"\b(?:at\s+(?:\w+\s+)?risk|risks?)\s+of\s+"
          rf"(?:(?:significant|further|serious|emotional|physical|sexual|criminal|possible|"
          rf"potential)\s+)*{_VAGUE_HARM}\b(?![\w\s,]{{0,30}}\b(?:from|by|when|if|because|as)\s+"
          rf"[\w\s,'’]{{0,20}}\b{_PEOPLE_WORDS}\b)"
          r"|\bat\s+(?:high|significant|increased|serious|great|greater)\s+risk\b"
          r"|\bsignificant\s+harm\b|\blikely\s+to\s+suffer\b"),
    _rule("deteriorated", "vague", "What has changed, exactly, and since when?",
          r"\bdeteriorat\w+|\b(?:poor|bad|terrible|awful|sorry)\s+state\b|\b(?:complex|additional"
          r"|unmet|presenting|emerging)\s+needs\b|\b(?:parental|adult|relationship|domestic"
          r"|ongoing)\s+conflict\b"),
    _rule("needs not met", "vague", "What does the child go without, and what do the adults "
          "do instead?", r"\bprioriti[sz](?:e|es|ed|ing)\b|\bput(?:s|ting)?\s+(?:the\s+)?"
          r"(?:\w+['’]s?\s+)?(?:needs\s+)?first\b|\bneeds\s+(?:before|above|ahead\s+of)\s+(?:\w+\s+)?own\b"
          r"|\bnot\s+(?:being\s+)?kept\s+safe\b|\bneeds\s+(?:are|were|have|has|had|is|was)\s+"
          r"(?:(?:not|never)\s+(?:being\s+|been\s+)?met|unmet)\b"),
    _rule("impact", "vague", "What did the child do or say that shows the effect on them?",
          r"\bimpact(?:s|ed|ing)\s+(?:on|upon)\b|\b(?:will|could|may|might|would|can|to)\s+impact\b"
          r"|(?<!\bthe\s)(?<!\ban\s)(?<!\bits\s)(?<!\bno\s)(?<!\bany\s)(?<!\bher\s)(?<!\bhis\s)"
          r"(?<!\btheir\s)(?<!\bwhat\s)(?<!\band\s)(?<!,\s)\bimpact\s+(?:on|upon)\b"
          r"|\bimpacted\b|\bnegative(?:ly)?\s+(?:impact|"
          r"affect|effect)|\bexposed\s+to\b|\bexposure\s+to\b"),
    _rule("incidents", "vague", "What happened, who did what, and where was the child?",
          r"\b(?:domestic|violent|further|ongoing|several|numerous|multiple|previous"
          r"|historic(?:al)?|reported|repeated|police)\s+(?:incidents?|call-?outs?)\b"
          r"|\b(?:pattern|number|series|catalogue|history|lots)\s+of\s+incidents\b"
          r"|\bincidents\b(?![\w\s]{0,25}\b(?:where|when|in\s+which)\b)|\baltercations?\b"
          r"|\ba\s+domestic\b(?!\s+\w)"),
    # Euphemism: a soft word over something that happened.
    _rule("unsuitable", "euphemism", "What exactly was said or done, and by whom?",
          r"\b(?:unsuitable|unsuitably|unacceptable|not\s+appropriate|sub-?standard|problematic"
          r"|questionable|unhealthy|inadequate|inadequately|unfit|not\s+fit\s+for)\b"
          r"|\bunsafe\s+(?:adults?|individuals?|people|associations?|relationships?)\b"
          r"|\bheavy[\s-]handed\b|\brough(?:ly)?\s+handl\w+|\bchastis\w+|\b(?:became|become"
          r"|got|get|turned)\s+physical\b|\b(?:verbal|physical|heated)\s+(?:disagreements?"
          r"|disputes?|exchanges?|confrontations?)\b"),
    _rule("poor supervision", "euphemism", "Who was looking after the child, and what happened?",
          rf"\b(?:poor|lack\s+of|lacking|little|limited|minimal|inconsistent|sporadic|variable)\s+"
          rf"(?:adult\s+|school\s+)?{_CARE_NOUNS}\b|\bunsupervised\b|\b{_CARE_NOUNS}\s+(?:(?:of|at|in"
          rf"|within|around)\s+(?:the\s+)?(?:\w+\s+){{1,2}})?(?:is|was"
          r"|has\s+been|have\s+been|remains?|are|were)\s+(?:\w+\s+)?(?:poor|inadequate|lacking"
          r"|inconsistent|limited|minimal|variable|mixed|sporadic|patchy|a\s+concern)\b"),
    # Wording that makes the child the cause of their own abuse.
    _rule("poor choices", "blame", "What are adults doing to the young person? Say what they "
          "did, so the choice is not put on the child.",
          r"\b(?:mak(?:e|es|ing)|made)\s+(?:\w+\s+)?(?:poor|bad|unwise|risky|wrong|negative"
          r"|unhealthy|dangerous)\s+(?:life(?:style)?\s+)?(?:choices|decisions)\b"
          r"|\b(?:her|his|their|own)\s+(?:own\s+)?choices\b"),
    _rule("putting herself at risk", "blame", "Who is harming the young person, and what are "
          "they doing? The risk comes from them.",
          r"\b(?:put(?:s|ting)?|plac(?:e|es|ed|ing)|expos(?:e|es|ed|ing))\s+(?:her|him|them)"
          r"sel(?:f|ves)\s+(?:at\s+risk|in\s+(?:danger|harm['’]?s\s+way|risky|dangerous|"
          r"vulnerable))|\bself[\s-]plac(?:ing|ed|es)\b"
          r"|\b(?:is|are|was|were|keeps?|kept)\s+choosing\s+to\b|\bcho(?:se|ose|oses|osing|sen)"
          r"\s+(?:\w+\s+){1,3}over\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:children|kids|child"
          r"|baby|family|partner|boyfriend|girlfriend|drink|drugs|alcohol|him|her|them)\b|\b(?:decid|choos|want)\w*\s+to\s+(?:go|run)\s+(?:missing"
          r"|away)\b|\ballow(?:s|ed|ing)?\s+(?:\w+\s+)?(?:him|her|them|dad|mum|partner|boyfriend"
          r"|father|mother|men|adults?)\s+(?:back\s+)?(?:into|to\s+(?:return|stay|visit))\b"),
    _rule("failed to protect", "blame", "What did the parent do when the harm happened, and "
          "what stopped them doing more?",
          r"\bfail(?:ed|s|ing|ure)?\s+to\s+(?:protect|keep|safeguard|prevent|stop)\b"
          r"|\bnon-?protective\b|\bnot\s+(?:being\s+)?"
          r"protective\b"),
    _rule("lifestyle", "blame", "What happens day to day, and what do adults do?",
          r"\blifestyles?\b"),
    _rule("sexually active", "blame", "What did the adult do to the young person? A child "
          "cannot agree to abuse.", r"\bsexually\s+active\b|\bsexual\s+relationship\b"
          r"|\bconsensual\b|\bconsent\w*\s+to\s+(?:the\s+|a\s+|this\s+|their\s+)?(?:relationship|sex|sexual|it)\b|\bpromiscu\w+|\bprostitut\w+|\bsex\s+work(?:er)?\b|\b(?:trad|"
          r"exchang)(?:e|ed|es|ing)\s+sex\b|\b(?:older|adult)\s+(?:boy|girl)friends?\b"
          r"|\b(?:boy|girl)friend\s*,?\s*(?:aged\s+|who\s+is\s+)?(?:1[89]|[2-9]\d)\b|\bsexual\s+"
          r"activity\b|\b(?:1[89]|[2-9]\d)[\s-]year[\s-]old\s+(?:boy|girl)friend\b"
          r"|\brelationship\s+with\s+(?:an?\s+|the\s+)?(?:older|adult|\d\d[\s-]year[\s-]old)\b"),
    _rule("sleeping with men", "blame", "What did the adults do to the young person? A child "
          "cannot agree to abuse.", r"\b(?:sleep(?:s|ing)?|slept|having\s+sex|had\s+sex|sexting"
          r"|sext(?:s|ed)?)\s+with\s+(?:older\s+|adult\s+|grown\s+)?(?:men|males|adults|women)\b"
          r"|\bsexting\b|\b(?:got|get|gets|getting)\s+(?:him|her|them)sel(?:f|ves)\s+(?:involved"
          r"|into)\b|\brefus\w+\s+to\s+(?:accept|acknowledge|see)\s+(?:that\s+)?(?:she|he|they)"
          r"\s+(?:is|are|was|were)\s+being\b"),
    _rule("associating with", "blame", "Who are these people, what do they do with the young "
          "person, and where?", r"\bassociat(?:e|es|ed|ing|ion|ions)\s+with\b|\bpeer\s+"
          r"associations?\b|\b(?:negative|older|risky|undesirable)\s+(?:peers|influences)\b"
          r"|\b(?:bad|wrong)\s+crowd\b|\bin\s+the\s+company\s+of\b|\bgang[\s-](?:affiliated|involvement|associated)\b"),
    _rule("selling drugs", "blame", "Who gives the young person the drugs, and what do they "
          "do if the young person refuses?", rf"\b{CHILD}\s+(?:\w+\s+){{0,3}}(?:sell|deal|carry|"
          r"run|hold|stor|suppl|deliver)\w*\s+(?:drugs|cannabis|crack|heroin|parcels|packages)\b"),
    _rule("involved in", "blame", "What are adults making or paying the young person do, and "
          "who are they?", r"\binvolve(?:d|ment)\s+in\s+(?:county\s+lines|CSE|CCE|gangs?|drug"
          r"\s+dealing|dealing|crime|criminality|offending|prostitution|sex\s+work|exploitation"
          r"|drug\s+running)\b|\b(?:drug[\s-]running|running\s+drugs|going\s+country"
          r"|gone\s+country|abscond\w*|willingly)\b|\b(?:went|goes|go"
          r"|returned|left)\s+voluntarily\b|\battention[\s-]seeking\b"),
)
# The rules' quick tests, asked all at once of each answer.
QUICK = NeedleIndex([rule.needles for rule in RULES])

COUNTY_LINES = re.compile(r"\bcounty[\s-]lines?\b", _I)
# Adults named as the ones who exploit: "county lines" is then plain enough.
EXPLOITERS = re.compile(
    r"\b(?:adults?|men|man|older\s+(?:boys|males|lads|men|youths|teenagers|people)|gang\s+"
    r"members?|dealers?|someone|a\s+group\s+of|people\s+who|(?:\d\d|twenty\w*)[\s-]year[\s-]"
    r"olds?)\b", _I)
