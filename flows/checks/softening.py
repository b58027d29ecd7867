"""Wording that makes harm smaller than it was, or puts it on the wrong person.

Two families, each written as the shapes the wording takes rather than a list of phrases:

- euphemism: a soft word over an act ("disciplined him with his belt", "tapped on the legs",
  "a good shake", "on the sauce", "doing a few jobs for some older lads", "since the
  incident"), which leaves the reader to guess what was done;
- blame: the harm put on the child ("exploiting herself", "leaves herself open to", "lied
  about her age") or on the parent being harmed ("let him back in", "should have known",
  "gives as good as she gets"), where a practice lead asks what the person causing harm did.

Each question says what to write instead, kindly: it is shown to the practitioner as is.
"""

from __future__ import annotations

from flows.checks.lexicon import ADULT, CHILD, PROFESSIONAL
from flows.checks.rule import Rule, rule

# The adult causing harm, as notes name him: a pronoun, a role, "her partner", an initial.
_HIM = (r"(?:him|dad|daddy|stepdad|step-dad|(?:her|his|their|the|mum['’]?s|mums)\s+"
        r"(?:new\s+)?(?:partner|boyfriend|fella|husband|ex|ex-partner|dad|father|stepdad)"
        r"|the\s+(?:father|partner|boyfriend)|(?-i:[A-Z])(?![\w'’]))")
# A child in the sentence's object: a pronoun, a role, an initial.
_KID = (r"(?:him|her|them|the\s+(?:kids|children|boys|girls|baby|toddler|child|twins|eldest"
        r"|youngest|little\s+ones|\w+\s+year\s+old)|(?:his|her|their)\s+(?:son|daughter|kids"
        r"|children|boys|girls)|(?-i:[A-Z])(?![\w'’]))")
_SELF = r"(?:her|him|them|my|your)sel(?:f|ves)"
# Letting him back is told as a plain event ("on Sunday, after he promised to stop"); it is
# blame when the note weighs it against what she knew or was told.
_DESPITE = (r"(?=[^.;!?]{0,80}?\b(?:against|despite|even\s+though|although|knowing|knew|again"
            r"|after\s+(?:the\s+|his\s+)?(?:assault|attack|violence|abuse|everything|all|what"
            r"|being\s+told|being\s+warned)|so\s+(?:she|really|it)|in\s+breach|breach\w*)\b)")
# Errands are plain when the note says what they are: "odd jobs for people on our street,
# like washing cars".
_SAID_WHAT = r"(?![^.;!?]{0,60}\b(?:like|such\s+as|e\.?g\.?|including)\s+\w+ing\b)"
# Someone who makes a child carry, deliver or hold things, said as the one doing it: "ask him
# to carry", "pay her to drop off", "made him hold", "get them to deliver".
_MADE_TO = (r"\b(?:ask|asks|asked|asking|tell|tells|told|telling|make|makes|made|making|get|gets"
            r"|got|getting|pay|pays|paid|paying|force|forces|forced|forcing|pressure|pressures"
            r"|pressured|pressuring|threaten|threatens|threatened|threatening|send|sends|sent"
            r"|sending|use|uses|used|using|groom\w*|want|wants|wanted)\s+(?:him|her|them|\w"
            r"|the\s+(?:boy|girl|child|kids?|young\s+person))\s+(?:to\s+)?(?:\w+\s+){0,2}?"
            r"(?:drop|deliver|carry|hold|mind|look\s+after|take|run)\b")
# Someone's own account of what they should have done ("Nan said she should have rung us
# sooner") is theirs to give, not the writer putting the blame on them.
_OWN_ACCOUNT = "".join(rf"(?<!\b{said}\s)(?<!\b{said}\sthat\s)" for said in (
    "said", "says", "feels", "felt", "thinks", "thought", "admits", "admitted", "accepts",
    "accepted", "agrees", "agreed", "knows", "realises", "realised", r"told\sme", r"told\sus"))
# Who is said to have known or done better, in "should have known".
_SHOULD_HAVE = r"(?:she|mum|mother|mam|mom|nan|gran|they|parents)"
# A punishment is plain when its sentence says what it was ("grounded", "sent to his room",
# "by taking his phone") or that the school gave it.
_HOW_PUNISHED = (r"\b(?:by\s+(?:being\s+)?\w+(?:ing|ed)|sent|grounded|banned|lost|missed"
                 r"|taken\s+(?:off|away)|confiscat\w*|no\s+(?:phone|tv|screens?|xbox|ipad|tablet"
                 r"|pocket|pudding)|time[\s-]?out|naughty\s+step|(?:his|her|their)\s+room"
                 r"|bed\s+early|stopped\s+from|not\s+allowed|school|teacher|detention|isolation"
                 r"|exclu\w+|suspen\w+|club|coach|college)\b")
# Said of the adult, "knew what he was doing" holds him to account: not blame.
_NOT_ME = r"(?<!\bdad\s)(?<!\bhe\s)(?<!\bfather\s)(?<!\bstepdad\s)(?<!\bpartner\s)"

_PEOPLE_AROUND = ("Who are these people, what have they done or been seen doing, and where were "
                  "the children? Say what you know of them.")
_WHEN_MISSED = ("What was missed or late, how often, and what happened for the child then? Say "
                "which days or times.")
_PHYSICAL = ("What did the adult do to the child, with what, and did it leave a mark? Write the "
             'act, such as "hit him with a belt".')
_SEXUAL = ("What exactly did the adult do or say to the child, and who saw it? Write it in plain "
           "words.")
_ROWS = ("What did each person say and do, and where were the children? Write the words and the "
         "actions.")
_DRINK = ("What did the person drink or take, how much, and what happened for the child? Name the "
          "drink or drug.")
_ERRANDS = ("Who gives the young person these jobs, and what are they made to carry or do? Name "
            "the adults and what they do.")
_HAPPENED = ("What happened, who did it, and what did the child see? Write what was done, not "
             '"the incident".')
_PROVOKED = ("What did the adult do? Their actions are theirs, whatever came before: write what "
             "they did.")
_PARENT = ("What did the person causing harm do, and what has she done to keep the children safe? "
           "Write his actions, not her failings.")
_DESERVED = ("Nobody deserves to be hurt. What did the person who hurt them do? Write that "
             "instead.")
_DOUBTED = ("What did the young person say happened? Write it as they said it: drink or past "
            "lies do not make it less likely true.")
_MARK = ("Where is the mark, what is it like, and what did the child and each adult say about "
         "how it happened? Write what they said.")
_OLDER = ("Who are these men, how old are they, and what do they do with the young person or "
          "give them? Name them and say what they do.")
_CHOSE = ("What did the parent do, and what happened for the children then? Write that, rather "
          "than the choice you think lies behind it.")
_UNCARING = ("What did you see the parent do or not do, and what happened for the child? Write "
             "that, rather than what you think they feel.")
# Older men, as notes soften them: "older males", "a group of older lads", "adult men".
_OLDER_MEN = (r"(?:(?:a\s+(?:group|gang|load|few|couple)\s+of|some|these|those|the|two|three"
              r"|several|various)\s+)?(?:(?:much|a\s+lot|lots|way)\s+)?(?:older\s+(?:males?"
              r"|m[ae]n|lads?|guys?|blokes?|adults?|youths?)|adult\s+(?:males?|m[ae]n))\b")
# ... and the company a young person keeps, said as older and nothing more: "some older
# friends", "an older crowd", "older people" (not "his older brother", named family).
_OLDER_COMPANY = (r"(?:" + _OLDER_MEN + r"|(?:(?:a\s+(?:group|gang|load|few|couple)\s+of|some"
                  r"|these|those|new|an)\s+)?(?:much\s+|a\s+lot\s+|way\s+)?older\s+(?:friends?"
                  r"|mates|people|crowd|group|peers|boys|girls|women|females|teenagers|teens"
                  r"|youths?|kids)\b)")
# What the child or an adult said of a mark, even in the next sentence ("unexplained mark on
# his cheek; his mum said he fell off the trampoline"), is what the word leaves out.
_NOT_EXPLAINED = (r"(?![^\n]{0,150}?\b(?:said|says|told|tells|explained|explanation|asked"
                  r"|according|claim\w*|stated|account|fell|falling)\b)")
# Where an older lad is a teammate, a workmate or family, time with him is plain.
_KNOWN_PLACE = (r"\b(?:club|team|training|practice|coach|cadets|scouts|church|mosque|temple"
                r"|gurdwara|work|job|shifts?|apprenticeship|college|course|family|cousins?"
                r"|brothers?|uncles?|grandad|granddad)\b")
# Who tells of themselves: a child named, by name or as "he" or "she", then a reporting word
# and the same person again ("Kai said he", "she feels she", "Amy blames herself").
_TELLER = (rf"(?:(?:he|she|they)\b|(?:(?:the|her|his|their)\s+)?{CHILD}\b"
           rf"|(?!(?:{ADULT}|{PROFESSIONAL}|the|an?|we|it|this|that|there|according|i)\b)"
           r"(?-i:[A-Z])[a-z]+\b)")
_CHILDS_OWN_ACCOUNT = (
    rf"{_TELLER}\s+(?:has\s+|had\s+|have\s+)?(?:always\s+|often\s+|now\s+)?(?:said|says|told\s+\w+"
    r"|tells\s+\w+|feels|felt|thinks|thought|believes|believed|admits|admitted|worries|worried"
    r"|blames|blamed|explained|explains|described|describes)\s+(?:that\s+)?(?:(?:he|she|they)\b"
    r"|(?:him|her|them)sel(?:f|ves)\b)")
_CHILD = ("What did the adults do to the young person? A child cannot agree to abuse: name the "
          "adults and what they did.")
# A child said to go gladly with "him" or "them": blame when they are the adults who exploit
# her, plain when they are her dad or grandparents ("ran to Dad and was happy to go with him":
# `plain_language` reads whom the word stands for).
GOING_WITH_THEM = "happy to go to his flat"


def _family(name: str, kind: str, question: str, *shapes: str,
            plain_when_told: bool = False, unless_said: str = "",
            of_a_child: bool = False) -> tuple[Rule, ...]:
    """One rule per shape, all under one name and question: each shape then has its own quick
    test (`text.needles`), so an answer holding none of its telling words never runs it."""
    return tuple(rule(name, kind, question, shape, plain_when_told=plain_when_told,
                      unless_said=unless_said, of_a_child=of_a_child) for shape in shapes)


EUPHEMISMS: tuple[Rule, ...] = (
    *_family(
        "disciplined with", "euphemism", _PHYSICAL,
        r"\bdisciplin\w*\s+(?:\w+\s+){0,2}?(?:with|using)\s+(?:a|an|the|his|her|their)\s",
        # A soft verb, then the thing used: "tapped ... with a wooden spoon".
        r"\b(?:tap|taps|tapped|tapping|smack|smacks|smacked|smacking|clip|clips|clipped|flick"
        r"|flicked|pat|patted|slap|slapped|whack|whacked|swipe|swiped)\s+(?:[\w'’]+\s+){1,6}?"
        r"(?:wooden\s+spoons?|slippers?|belts?|hairbrush(?:es)?|sticks?|rulers?|shoes?|cables?"
        r"|flip-?flops?|sandals?|hangers?|canes?|paddles?|straps?)\b",
        r"\btapp(?:ed|ing)\s+(?:\w+\s+)?on\s+the\s+(?:hands?|legs?|bottom|bum|head|arms?|wrist"
        r"|knuckles|face|cheek|backside|mouth)\b",
        r"\bcarried\s+away\s+(?:when|with|while)\s+(?:he|she|they|disciplin|punish|smack"
        r"|the\s+(?:smack|disciplin|punish))",
        r"\bover[\s-]?zealous\b",
        # Going further than meant, said of a punishment: "may have gone too far with the
        # discipline", "overstepped when smacking him", "crossed the line punishing her".
        # (... "took it too far", "went overboard", "over the top", and "when he disciplined
        # Kai", "when she told him off": the one who did it named between)
        r"\b(?:(?:(?:gone|went|go|goes|going)\s+(?:a\s+(?:bit|little)\s+|slightly\s+)?(?:too\s+far"
        r"|overboard|over\s+the\s+top)|(?:take|takes|took|taken|taking)\s+it\s+(?:a\s+(?:bit"
        r"|little)\s+)?too\s+far)|overst(?:ep|eps|epped|epping)|crossed\s+(?:a|the)\s+line)"
        r"\s+(?:(?:with|when|in|while|by)\s+)?(?:(?:he|she|they)\s+)?(?:the\s+|his\s+|her\s+"
        r"|their\s+)?(?:disciplin\w*|punish\w*|smack\w*|chastis\w*|correct\w*"
        r"|(?:telling|told|tells?)\s+(?:him|her|them)\s+off)\b",
        r"\b(?:old[\s-]?school|old[\s-]fashioned|traditional)\s+(?:(?:when\s+it\s+comes\s+to"
        r"|about|with|in\s+(?:his|her|their))\s+)?(?:discipline|disciplining|punishment"
        r"|parenting)\b"),
    *_family(
        "a good shake", "euphemism", _PHYSICAL,
        r"\b(?:give|gives|gave|given|giving)\s+(?:\w+\s+){0,2}?(?:a|the\s+odd|the\s+occasional)"
        r"\s+(?:good\s+|little\s+|quick\s+|gentle\s+|light\s+|firm\s+|bit\s+of\s+a\s+|proper\s+)?"
        r"(?:shake|shove|pinch|flick|squeeze|whack|smack|slap|swipe|cuff|talking[\s-]to"
        r"|whooping|whupping|spanking|licking|biff|clout|wallop|backhander"
        r"|seeing[\s-]to)\b(?!\s+on\s+the\s+wrist)",
        r"\bsort(?:s|ed|ing)?\s+(?:him|her|them)\s+out\b(?!\s+(?:with|a|some)\b)",
        r"\b(?:teach|teaches|taught|teaching)\s+(?:him|her|them)\s+a\s+lesson\b",
        r"\bput(?:s|ting)?\s+(?:him|her|them)\s+in\s+(?:his|her|their)\s+place\b",
        r"\brough[\s-]?hous\w+|\brough\s+play(?:ing)?\b"),
    *_family(
        "strict with", "euphemism", _PHYSICAL,
        r"\b(?:strict|firm|hard|tough|heavy)\s+(?:with|on)\s+" + _KID
        + r"(?!\s+(?:about|over|on|when\s+it\s+comes\s+to)\b)",
        r"\bkn(?:ow|ows|ew)\s+(?:better\s+than|not)\s+to\s+(?:cross|answer\s+back|argue|upset"
        r"|disobey)\b",
        # How firm, said of the hand: "uses a firm hand with the boys", "a heavy hand".
        r"\b(?:a|the)\s+(?:firm|heavy|strong|hard)\s+hand\s+(?:with|on)\b",
        # Strictness is plain when the sentence says what the adult does ("firm with them at
        # bedtime, and she reads them a story"); alone, it leaves the reader to guess.
        plain_when_told=True),
    *_family(
        "a compromising position", "euphemism", _SEXUAL,
        r"\bcompromising\s+(?:position|situation|photo|picture|image)s?\b",
        r"\b(?:had|have|has|having)\s+(?:sexual\s+)?relations\s+with\b",
        r"\bboundar(?:y|ies)\s+(?:were|was|are|have\s+been|got)\s+(?:\w+\s+)?(?:blurred|crossed"
        r"|unclear)\b|\bblurred\s+boundar(?:y|ies)\b",
        r"\bentertain(?:s|ed|ing)?\s+(?:\w+\s+)?(?:men|gentlemen|male\s+(?:friends|visitors)"
        r"|visitors|clients|punters)\b|\b(?:gentleman|male)\s+callers?\b",
        r"\b(?:too\s+much|special|unusual|a\s+lot\s+of|excessive|undue|unwanted|particular)\s+"
        r"attention\s+(?:to|from|on)\b|\b(?:show|shows|showed|showing|pay|pays|paid|paying"
        r"|give|gives|gave|giving)\s+(?:\w+\s+){0,3}?(?:too\s+much|special|unusual|a\s+lot\s+of"
        r"|excessive|undue|unwanted|particular)\s+attention\b"),
    *_family(
        "words were exchanged", "euphemism", _ROWS,
        r"\bwords\s+(?:were|was|had\s+been)\s+exchanged\b|\bexchang(?:e|ed|ing)\s+(?:a\s+few\s+"
        r"|some\s+|angry\s+|heated\s+|cross\s+)?words\b",
        r"\bshout\w*\s+the\s+odds\b",
        # Australian and New Zealand notes: "had a blue", "a stoush", "a bit of biffo".
        r"\b(?:had|have|has|having)\s+(?:a\s+(?:bit\s+of\s+a\s+)?|another\s+)blue\b"
        r"(?=\s*(?:[.,;!?]|$|\s+(?:with|about|over|at|in|on|last|again|and|this|that)\b))"
        r"|\bstoush\w*|\bbiffo\b",
        r"\b(?:blow|blows|blew|blowing|let|lets|letting)\s+off\s+steam\s+(?:on|at)\b",
        r"\b(?:take|takes|took|taken|taking)\s+(?:it|things|(?:his|her|their)\s+(?:\w+\s+)?"
        r"(?:anger|frustrations?|temper|stress|mood))\s+out on\b"),
    *_family(
        "on the sauce", "euphemism", _DRINK,
        r"\bon\s+the\s+(?:sauce|lash|piss|booze|bevvy|bevvies|turps|sesh|wine|vodka|cider|beer"
        r"|cans|spirits|whisky|lager|drink|voddy)\b(?!\s+(?:list|label|bottle|menu)\b)",
        r"\b(?:hit|hits|hitting)\s+the\s+(?:bottle|booze|sauce)\b",
        r"\btired and emotional\b|\btake the edge off\b|\bworse\s+for\s+(?:drink|drugs)\b"
        r"|\bskinful\b",
        r"\b(?:drink|drinks|drank|drinking|smoke|smokes|smoked|smoking)\s+(?:\w+\s+){0,3}?to\s+"
        r"(?:unwind|relax|chill|calm\s+(?:down|(?:her|his|their)\s+nerves)|cope|switch\s+off"
        r"|wind\s+down|numb|forget|get\s+through|help\s+(?:her|him|them)\s+(?:sleep|cope))\b"),
    *_family(
        "doing jobs for older lads", "euphemism", _ERRANDS,
        r"\b(?:do|does|did|doing|done|run|runs|ran|running)\s+(?:some\s+|a\s+few\s+|a\s+couple"
        r"\s+of\s+|little\s+|odd\s+|the\s+odd\s+|small\s+)?(?:jobs|favours|favors|errands"
        r"|runs|drops|work|bits|bits\s+and\s+(?:bobs|pieces))\s+for\s+"
        r"(?:a\s+|an\s+|some\s+|the\s+|these\s+|those\s+)?"
        r"(?:older\s+|local\s+|new\s+)?(?:lads?|men|man|guys?|blokes?|boys|youths|people"
        r"|someone|a\s+group|group|mates|friends|adults)\b" + _SAID_WHAT,
        r"\bhelp\w*\s+out\s+(?:some\s+|a\s+few\s+|these\s+|the\s+)?(?:older|local)\s+"
        r"(?:lads|men|guys|boys|youths|people)\b",
        r"\bpaid\s+to\s+(?:drop|deliver|carry|hold|mind|run|take)\b"),
    # Carrying for someone is the plain account when the sentence says who makes the child
    # do it: "older men give him weed and ask him to carry bags for them".
    *_family(
        "doing jobs for older lads", "euphemism", _ERRANDS,
        r"\b(?:drop|drops|dropped|dropping|deliver|delivers|delivered|delivering|carry|carries"
        r"|carried|carrying|hold|holds|held|holding|mind|minds|minded|minding|look\w*\s+after)"
        r"\s+(?:off\s+)?(?:some\s+|a\s+few\s+|the\s+|little\s+)?(?:parcels|packages|packets"
        r"|bags|stuff|things|items|phones)\s+(?:off\s+)?for\b(?!\s+(?:his|her|their|my)\s+"
        r"(?:nan|nana|gran|granny|grandma|grandad|mum|dad|mother|father|aunt|auntie|aunty"
        r"|uncle|sister|brother|neighbour|teacher|school|church|club|boss)\b)" + _SAID_WHAT,
        unless_said=_MADE_TO),
    *_family(
        "since the incident", "euphemism", _HAPPENED,
        r"\b(?:since|after|following|before|during|regarding|over|because\s+of)\s+(?:the|that"
        r"|this)\s+(?:(?:recent|latest|last|previous|earlier|alleged)\s+)?(?:incident|episode)\b"
        r"(?![^.;!?]{0,40}\b(?:when|where|in\s+which)\b)(?!\s+(?:report|log|form|number|of)s?\b)",
        r"\bsustain\w*\s+(?!no\b)(?:\w+\s+){0,2}?(?:injur\w+|bruis\w+|fractur\w+|burns?|cuts?"
        r"|marks?|bleed\w*)\b(?=[^.;!?]{0,60}\b(?:in\s+(?:the\s+)?care\s+of|in\s+(?:\w+['’]s"
        r"|his|her|their)\s+care|while|whilst|at\s+home|unexplained)\b)"),
    *_family(
        "a bit too rough", "euphemism", _PHYSICAL,
        # A softening word on force: "a bit too rough", "the odd whack", "excessive force".
        r"\b(?:a\s+(?:bit|little|tad|touch)|slightly|somewhat|rather|maybe|perhaps|too|overly)\s+"
        r"(?:too\s+)?(?:rough|forceful|heavy[\s-]handed|physical|handsy)\b",
        r"\b(?:the\s+odd|the\s+occasional|an\s+occasional|a\s+quick|a\s+little|a\s+light"
        r"|a\s+gentle|a\s+wee|a\s+playful)\s+(?:whack|smack|slap|clip|cuff|thump|swipe"
        r"|pinch|shake)s?\b(?!\s+on\s+the\s+(?:door|window|wrist|shoulder))",
        r"\b(?:excessive|unreasonable|undue|unnecessary|too\s+much|a\s+bit\s+of|some)\s+force\b",
        r"\brough(?:s|ed|ing)?\s+(?:(?:him|her|them|\w+)\s+)?up\b",
        r"\b(?:tapped|tapping|smack|smacks|smacked|smacking|clipped|flick|flicked|whack|whacked"
        r"|swipe|swiped|slapped)\s+(?:[\w'’]+\s+){0,3}?(?:hands?|legs?"
        r"|bottom|bum|head|arms?|wrist|knuckles|face|cheek|backside|mouth|him|her|them)\s+with\s+"
        r"(?:a|an|the|his|her|their)\s+\w+",
        r"\b(?:just|only|a\s+bit\s+of\s+a|a\s+little)\s+(?:[\w'’]+\s+){1,8}?(?:belt|slipper"
        r"|wooden\s+spoon|hairbrush|stick|cane|strap|shoe)\b",
        r"\bover[\s-]?(?:affectionate|tactile|attentive|touchy)\b",
        r"\b(?:a\s+little|a\s+gentle|a\s+quick|a\s+slight|a\s+tiny|just\s+a)\s+"
        r"(?:nudge|push|shove)\b"
        r"(?!\s+(?:on\s+the\s+swing|in\s+the\s+right\s+direction|to\s+\w+)\b)",
        r"\ba\s+bit\s+of\s+a\s+(?:scrap|ruck|dust-?up|fight|kicking|hiding|beating|going[\s-]over"
        r"|slap|smack|whack|shove|push|thump)\b",
        r"\b(?:lose|loses|lost|losing)\s+it\s+(?:with|at)\s+(?:him|her|them|the|mum|dad"
        r"|(?-i:[A-Z])(?![\w'’]))",
        r"\b(?:dad|mum|he|she|stepdad|partner|boyfriend)\s+(?:\w+\s+)?(?:got|gets|get|getting)\s+"
        r"(?:a\s+bit\s+|a\s+little\s+)?carried\s+away\b",
        # A blow said to be only a small one: "it was only a tap on the legs" (set AK).
        r"\b(?:only|just|merely|nothing\s+more\s+than)\s+(?:a|the\s+odd)\s+(?:(?:little|light"
        r"|gentle|quick|small|tiny|wee)\s+)?(?:tap|smack|slap|clip|flick|swipe|cuff|pat)s?\b"
        r"(?!\s+on\s+the\s+(?:door|window|shoulder|wrist|glass))"),
    *_family(
        "a few too many", "euphemism", _DRINK,
        r"\b(?:a\s+few|one|a\s+couple)\s+too\s+many\b",
        r"\bpart(?:y|ying|ied|ies)\s+(?:a\s+lot|hard|too\s+much|every\s+\w+|all\s+\w+|most"
        r"\s+\w+|again|heavily)\b",
        r"\b(?:enjoy|like|love|partial\s+to|fond\s+of)\w*\s+(?:a\s+few|a|the\s+odd|a\s+couple"
        r"\s+of)\s+(?:glasses|cans|pints|bottles|drinks|tins|joints|lines|bevvies)\b"),
    *_family(
        "doing deliveries", "euphemism", _ERRANDS,
        r"\b(?:doing|does|did|do|done)\s+(?:some\s+|a\s+few\s+|the\s+odd\s+)?(?:deliveries"
        r"|drop-?offs|pick-?ups|collections|runs)\s+for\b",
        r"\b(?:since|following)\s+(?:the|that|this)\s+(?:events?|matter|trouble|business|upset"
        r"|bother)\s+(?:of|at|on|last|in)\b"),
    rule("an older friend", "euphemism", _SEXUAL,
         r"\b(?:an?|her|his)\s+older\s+(?:friend|mate|boyfriend|girlfriend|bloke|guy|man|lad)\s+"
         r"(?:who|that)\s+(?:buys|gives|picks|drives|takes|collects|lets|pays|sends|gets)\b"),
    # Said of a home, so not a euphemism (those are left alone when said of a thing).
    rule("lived in", "vague", "What did you see, smell or find, and where do the children eat, "
         "sleep and play? Say what the rooms were like.",
         r"\b(?:a\s+bit|a\s+little|rather|quite|very|slightly|looked|looks|looking)\s+"
         r"lived[\s-]in\b"),
)

# Twelfth round: shapes found writing a development corpus, each read by its parts.
_MORE_EUPHEMISMS: tuple[Rule, ...] = (
    *_family(
        "raised his hand to", "euphemism", _PHYSICAL,
        r"\b(?:raise|raises|raised|raising|lift|lifts|lifted|lifting)\s+(?:a|his|her|their)\s+"
        r"hands?\s+(?:to|at|against|towards)\b(?!\s+(?:ask|answer|speak|say|talk|vote|volunteer"
        r"|wave|stop|show|point|reach|signal|shield|cover|protect|block|shade|catch|take|hold"
        r"|get|open|scratch|rub|brush|touch\s+(?:his|her|their)\s+own)\b)",
        # The act told by the hand that did it: "a few home truths with his dad's fists".
        r"\b(?:given|gave|give|gives|giving|taught|teach|teaches|shown|showed|reminded|corrected)"
        r"\s+(?:[\w'’]+\s+){0,5}?with\s+(?:a|an|the|his|her|their|[\w]+['’]s)\s+(?:[\w]+['’]s\s+)?"
        r"(?:fists?|belt|slipper|boots?|feet|stick|cane|wooden\s+spoon|hairbrush)\b"),
    *_family(
        # A soft word for the punishment, with nothing of what it was: "he was disciplined
        # after he broke the window", "Dad punishes them when they answer back".
        "disciplined", "euphemism", _PHYSICAL,
        r"\b(?:was|were|is|are|got|gets|been|being)\s+(?:\w+\s+)?(?:disciplined|punished"
        r"|chastised)\b",
        r"\b(?:dad|mum|he|she|stepdad|stepfather|father|mother|partner|boyfriend)\s+(?:\w+\s+)?"
        r"(?:disciplin(?:es|ed)|punish(?:es|ed))\s+(?:him|her|them|the\s+\w+|(?-i:[A-Z]))\b",
        unless_said=_HOW_PUNISHED),
    *_family(
        "let his hair down", "euphemism", _DRINK,
        r"\blet(?:s|ting)?\s+(?:his|her|their)\s+hair\s+down\b",
        r"\b(?:a|one)\s+(?:glass|drink|can|tin|bottle|pint|bevvy|joint|spliff|line|voddy)\s+or\s+"
        r"(?:two|three|so)\b"),
    *_family(
        "crossed a line", "euphemism", _SEXUAL,
        r"\b(?:cross(?:ed|es|ing)?\s+(?:a|the)\s+line|overst(?:ep|eps|epped|epping)\s+(?:the\s+"
        r"mark|the\s+line|(?:the\s+)?boundar(?:y|ies)))\b",
        r"\b(?:was|were|been|being|became|become|got|get|getting)\s+intimate\b"),
)
# Thirteenth round: shapes read from the misses of a blind corpus, each by its parts.
_THIRTEENTH: tuple[Rule, ...] = (
    *_family(
        "a bit too much to drink", "euphemism", _DRINK,
        r"\b(?:had|has|have|having|drank|drunk|drinks|drinking)\s+(?:(?:a\s+(?:bit|little|tad"
        r"|touch|drop)|slightly|rather|way|far|much|maybe|perhaps|probably)\s+)?too\s+much\s+"
        r"(?:to\s+drink|drink|wine|booze|alcohol|beer|cider|vodka|lager|gin|whisky|spirits"
        r"|(?:of\s+)?the\s+(?:\w+\s+)?(?:wine|booze|drink|vodka|cider|beer|whisky))\b",
        r"\b(?:had|after|following)\s+(?:a\s+)?(?:heavy|messy|boozy)\s+(?:night|session"
        r"|weekend|one)\b(?!\s+(?:shifts?|at\s+work|with\s+the\s+baby)\b)"),
    *_family(
        "an unexplained mark", "euphemism", _MARK,
        # (none seen: "no unexplained marks", "see no new unexplained injuries")
        r"(?<!\bany\s)(?<!\bno\s)(?<!\bno\snew\s)(?<!\bany\snew\s)(?<!\bno\sfurther\s)"
        r"(?<!\bany\sfurther\s)(?<!\bno\smore\s)(?<!\bno\sother\s)"
        r"\bunexplained\s+(?:\w+\s+){0,2}?(?:marks?|bruis\w*"
        r"|injur(?:y|ies)|burns?|cuts?|scratch(?:es)?|swellings?|fractures?|bleeding|wounds?"
        r"|bumps?|grazes?|welts?|lumps?)\b" + _NOT_EXPLAINED,
        r"\b(?:marks?|bruis\w*|injur(?:y|ies)|burns?|cuts?|scratch(?:es)?|fractures?)\s+"
        r"(?:\w+\s+){0,3}?(?:is|are|was|were|remains?|remained)\s+unexplained\b" + _NOT_EXPLAINED,
        # Who was asked, and what they said, is what the word leaves out: said, it is plain.
        unless_said=r"\b(?:said|says|told|tells|explained|explanation|asked|according|claim\w*"
        r"|stated|account|fell|falling)\b"),
    *_family(
        "spending time with older males", "euphemism", _OLDER,
        r"\b(?:spend(?:s|ing)?|spent)\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|more\s+|most\s+of\s+"
        r"(?:her|his|their)\s+|(?:her|his|their)\s+)?(?:free\s+)?time\s+(?:with|around)\s+"
        + _OLDER_COMPANY,
        r"\b(?:chill(?:s|ed|ing)?|knock(?:s|ed|ing)?\s+(?:about|around)|mates|friends|friendly"
        r"|seen(?:\s+out)?|been(?:\s+out)?|stay(?:s|ed|ing)?\s+out|go(?:es|ing)?\s+(?:out"
        r"|about|around)|went\s+(?:out|about|around))\s+with\s+" + _OLDER_MEN,
        unless_said=_KNOWN_PLACE),
)
# The harm put as hers to stop: "allows herself to be assaulted", "lets herself get hit".
_LET_HERSELF = (
    # (not what she no longer does: "no longer allows herself to be pushed around")
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!\blonger\s)(?<!n't\s)(?<!n’t\s)"
    r"\b(?:let|lets|letting|allow\w*)\s+(?:her|him|them)sel(?:f|ves)\s+(?:to\s+)?(?:be|get)\s+"
    r"(?:\w+\s+)?(?:hit|hurt|beaten|assaulted|abused|attacked|controlled|raped|used|exploited"
    r"|manipulated|groomed|intimidated|threatened|taken\s+advantage\s+of"
    r"|treated\s+(?:badly|like)|pushed\s+around|walked\s+all\s+over|bullied|strangled"
    r"|choked|kicked|punched|slapped)\b")
_MORE_BLAME: tuple[Rule, ...] = (
    *_family(
        "her account is unreliable", "blame", _DOUBTED,
        r"\b(?:her|his|their|the\s+(?:child|girl|boy|young\s+person)['’]s)\s+(?:account|disclosure"
        r"|allegations?|story|version(?:\s+of\s+events)?)\s+(?:[\w'’]+\s+){0,4}?(?:(?:is|was|are"
        r"|were|seems?|seemed|appears?|appeared)\s+(?:\w+\s+)?(?:unreliable|not\s+(?:reliable"
        r"|credible|believable)|questionable|exaggerated|doubtful|made\s+up|fabricated)|(?:cannot"
        r"|can['’]?t|can\s+not|could\s+not|couldn['’]?t|may\s+not|might\s+not|should\s+not"
        r"|is\s+not|isn['’]?t|was\s+not|wasn['’]?t|not)\s+(?:\w+\s+)?(?:be\s+)?(?:relied\s+(?:on|upon)"
        r"|trusted|believed|taken\s+at\s+face\s+value))\b",
        r"\b(?:prone\s+to|known\s+(?:to|for)|tends?\s+to)\s+(?:lying|lie|exaggerat\w+|making\s+"
        r"(?:things|stuff|stories)\s+up|make\s+(?:things|stuff)\s+up|fantasi[sz]\w+|telling\s+"
        r"(?:stories|lies|tales))\b"),
    *_family(
        "can handle herself", "blame", _CHILD,
        r"\b(?:can|could|able\s+to|knows\s+how\s+to)\s+(?:handle|look\s+after|take\s+care\s+of)"
        r"\s+(?:her|him|them)sel(?:f|ves)\s+(?:around|with|among|amongst)\s+(?:(?:older|these"
        r"|those|the)\s+){0,2}(?:men|lads|boys|guys|adults|blokes|males|him|them)\b",
        r"\b(?:mature|grown[\s-]?up|streetwise|worldly|advanced)\s+(?:well\s+)?(?:beyond\s+"
        r"(?:her|his|their)\s+years|for\s+(?:(?:her|his|their)\s+age|(?:a\s+)?1\d\b))"
        r"(?=[^.;!?]{0,80}\b(?:older|men|lads|adults?|boyfriend|guys|blokes|males)\b)",
        r"\bnot\s+(?:being\s+|really\s+|entirely\s+|completely\s+|just\s+|exactly\s+)?(?:(?:seen"
        r"|viewed|treated|considered|regarded|classed)\s+as\s+)?(?:a|an|the)\s+(?:innocent\s+"
        r"|true\s+|real\s+)?victim\b",
        r"\b(?:partly|partially|equally|also|just\s+as\s+much|as\s+much|somewhat|half)\s+to\s+"
        r"blame\b|\b(?:some|part|a\s+share|(?:her|his|their)\s+share)\s+of\s+the\s+blame\b"),
    *_family(
        "can handle herself", "blame", _CHILD,
        # ... or a share of the responsibility for it: "so she is partly responsible for what
        # happened" (a bill or a school run shared is not what is asked about, nor "her own
        # medication"), said of a child: a parent held responsible is not blame put on a child.
        r"\b(?:partly|partially|equally|also|somewhat|half|jointly|just\s+as|as\s+much)\s+"
        r"(?:responsible|to\s+answer)\s+for\s+(?:what\s+(?:happened|(?:he|she|they)\s+(?:did|went"
        r"|experienced))|the\s+(?:abuse|harm|exploitation|pictures|images|photos|messages)|it\b"
        r"|this\b|(?:her|his|their)\s+own\s+(?:abuse|harm|exploitation|assault|rape|grooming"
        r"|injur(?:y|ies)|situation|victimi[sz]ation|mistreatment)\b)",
        # ... or a share of it held: "sent the images himself so he shares responsibility"
        # (... "shares the blame", or taken: "has to take some responsibility for it")
        r"\b(?:(?:shares?|shared|sharing|bears?|bore|carr(?:y|ies|ied))\s+(?:some\s+|the\s+"
        r"|part\s+of\s+the\s+|partial\s+|joint\s+|equal\s+|(?:a|her|his|their)\s+share\s+of\s+"
        r"(?:the\s+)?)?|(?:take|takes|took|taken|taking|accepts?|accepted|accepting)\s+(?:some\s+"
        r"|part\s+of\s+the\s+|partial\s+|(?:a|her|his|their)\s+share\s+of\s+(?:the\s+)?))"
        r"(?:responsibility|blame)\b(?=\s*+(?:[.,;!?]|$)|\s+(?:for|in)\s+(?:what\s+happened|it\b"
        r"|this\b|the\s+(?:abuse|harm|exploitation|pictures|images|photos|messages|assault)\b))",
        # The child's own account of themselves ("Kai said he feels he is partly responsible")
        # is theirs; someone else's view of the child ("Mum says Kai is partly responsible",
        # "according to school") is still asked about.
        unless_said=_CHILDS_OWN_ACCOUNT,
        of_a_child=True),
    *_family(
        "won't leave him", "blame", _PARENT,
        r"\b(?:she|mum|mother|mam|mom|(?:ms|mrs|miss)\s+\w+)\s+(?:\w+\s+){0,2}?(?:won['’]?t|wont"
        r"|will\s+not|would\s+not|wouldn['’]?t|didn['’]?t|did\s+not|does\s+not|doesn['’]?t|has\s+not"
        r"|hasn['’]?t|never|refuses\s+to|refused\s+to)\s+(?:yet\s+)?(?:leave|left|end(?:ed)?"
        r"|separate(?:d)?)\b(?=[^.;!?]{0,80}?\b(?:despite|even\s+(?:though|after|when|if)|although"
        r"|warn\w*|been\s+told|advised|so\s+the\s+(?:children|kids))\b)"),
    *_family(
        # A judgement of the parent, not blame put on the child: asked as a label is.
        "chose drink over the kids", "label", _CHOSE,
        # What a parent is said to have chosen over the children: "chose to drink rather
        # than look after his kids", "puts the drink before the baby".
        r"\b(?:(?:chose|choose|chooses|choosing|chosen|prefer(?:s|red|ring)?|decid(?:e|es|ed"
        r"|ing))\s+(?:to\s+)?(?:[\w'’]+\s+){0,6}?(?:rather\s+than|instead\s+of|over|before"
        r"|above)|(?:would|['’]d)\s+rather\s+(?:[\w'’]+\s+){0,6}?than)\s+(?:(?:look(?:ing)?|car(?:e|ing))\s+(?:after|for)\s+|be(?:ing)?\s+with\s+"
        r"|spend(?:ing)?\s+time\s+with\s+|feed(?:ing)?\s+|protect(?:ing)?\s+|see(?:ing)?\s+"
        r"|collect(?:ing)?\s+|pick(?:ing)?\s+up\s+)?(?:his|her|their|the)\s+(?:own\s+)?(?:kids"
        r"|children|child|baby|babies|boys|girls|son|daughter|twins|family|little\s+ones)\b"
        r"(?!['’])",
        r"\b(?:put|puts|putting|chose|chooses|choos(?:e|ing)|picks?|picked|picking)\s+(?:the\s+)?"
        r"(?:drink|drinking|drugs|booze|bottle|pub|alcohol|weed|cannabis|gambling|partying"
        r"|going\s+out|(?:his|her|their)\s+(?:mates|friends|drink|drugs|habit|drinking))\s+"
        r"(?:before|over|above|ahead\s+of|first)\b"),
    *_family(
        "don't care", "label", _UNCARING,
        r"\b(?:mum|mam|mom|mother|dad|father|parents|carers?|stepdad|stepmum|nan|gran|partner"
        r"|family|she|he|they)\s+(?:just\s+|really\s+|simply\s+|clearly\s+|obviously\s+"
        r"|honestly\s+)?(?:don['’]?t|doesn['’]?t|didn['’]?t|do\s+not|does\s+not|did\s+not"
        r"|never)\s+(?:really\s+|even\s+|seem\s+to\s+|appear\s+to\s+|actually\s+)?(?:cared"
        r"|cares|care"
        r"|give\s+a\s+(?:damn|toss|stuff|monkey['’]?s|shit|fig))\b(?=\s*(?:[.,;!?]|$|\s+(?:about"
        r"\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:kids|children|baby|boys|girls|them|him|her"
        r"|anything|anyone|anybody|school|the\s+plan)|enough|anymore|any\s+more|at\s+all|really"
        r"|either|what\s+happens|whether)\b))",
        r"\bcould(?:n['’]?t|\s+not)\s+care\s+less\b|\b(?:can['’]?t|cannot|cant|couldn['’]?t"
        r"|could\s+not)\s+be\s+(?:bothered|arsed|asked)\b",
        r"\b(?:is|are|was|were)(?:n['’]?t|\s+not)\s+(?:really\s+|even\s+)?interested\s+in\s+"
        r"(?:the\s+|her\s+|his\s+|their\s+)?(?:kids|children|baby|boys|girls)\b",
        unless_said=r"\b(?:said|says|told|tells|feels|felt|thinks|thought|believes|fears"
        r"|worries|worried)\b"),
    rule("says one thing", "process", "What did they say they would do, and what did they do? "
         "Write both.",
         r"\b(?:say|says|saying|said)\s+one\s+thing\s+(?:and|but)\s+(?:do|does|doing|did)\s+"
         r"(?:another|something\s+else|the\s+opposite)\b"),
)

BLAME: tuple[Rule, ...] = (
    *_family(
        "pushes his buttons", "blame", _PROVOKED,
        r"\b(?:press|presses|pressed|pressing|push|pushes|pushed|pushing)\s+(?:all\s+)?"
        r"(?:(?:his|her|their|\w+['’]?s)\s+)?buttons\b(?!\s+(?:on|of|in)\b)",
        r"\b(?:until|till|til|before)\s+(?:he|she|dad|mum|stepdad)\s+(?:finally\s+)?(?:snaps"
        r"|snapped|loses\s+it|lost\s+it|explodes|exploded|cracks|cracked|flips|flipped|lashes"
        r"\s+out|lashed\s+out|kicks\s+off|kicked\s+off)\b",
        r"\b(?:nag|nags|nagged|nagging)\s+(?:at\s+)?" + _HIM + r"\s+(?:until|till)\b",
        r"\b(?:antagoni[sz](?:e|es|ed|ing)|taunt(?:s|ed|ing)?|baits|baited|baiting|riles|riled"
        r"|riling)\s+" + _HIM + r"\b",
        r"\b(?:wind(?:s|ing)?|wound)\s+(?:her|his|their)\s+(?:dad|stepdad|step-dad|mum|partner"
        r"|boyfriend|father|mother|stepfather|step-father|stepmum|stepmother)\s+up\b",
        # What the child did, then what the adult did "back": "the one who starts it and then
        # dad reacts", "dad only retaliated", "triggers mum's partner".
        r"\b(?:starts?|started|starting)\s+(?:it|things|the\s+(?:rows?|arguments?|fights?"
        r"|trouble))\b(?=[^.;!?]{0,60}?\b(?:react\w*|retaliat\w*|respond\w*|snaps?|snapped"
        r"|lash\w*|hits?\s+back|los(?:es|t|ing)\s+it)\b)",
        r"\b(?:dad|he|stepdad|stepfather|father|partner|boyfriend)\s+(?:only\s+|just\s+|then\s+"
        r"|simply\s+|sometimes\s+)?(?:retaliat\w+|react(?:s|ed|ing)?\b(?!\s+(?:well|calmly"
        r"|positively|quickly|by|with|to\s+(?:the\s+)?(?:plan|news|letter|school|worker|praise))))",
        r"\btrigger(?:s|ed|ing)?\s+(?:(?:her|his|their|the|mum['’]?s|mums)\s+(?:new\s+)?"
        r"(?:partner|boyfriend|husband|dad|father|stepdad|stepfather)|dad|stepdad)\b(?!['’])",
        r"\b(?:sets|setting)\s+(?:her\s+|his\s+|their\s+)?(?:dad off|stepdad off|step-dad off"
        r"|mum off|partner off|boyfriend off|father off|mother off)\b",
        r"\bbehaviou?rs?\s+(?:\w+\s+)?(?:trigger\w*|provok\w+|causes?\s+(?:him|her|dad|mum)"
        r"\s+to)\b",
        r"\btrigger\w*\s+(?:his|her|their|dad['’]s|mum['’]s)\s+(?:anger|violence|temper"
        r"|outbursts|rage|aggression)\b",
        r"\b(?:makes?|made|making|gets?|got|getting|drives?|drove|driving)\s+(?:her|his|their"
        r"|mum['’]s|mums)\s+(?:dad|stepdad|partner|boyfriend|father|husband)\s+(?:so\s+|really"
        r"\s+|very\s+)?(?:angry|cross|jealous|furious|violent|lose\s+it|snap|lash\s+out)\b",
        r"\bmakes?\s+(?:him|dad|her\s+partner)\s+(?:so\s+)?jealous\b"),
    *_family(
        "as bad as each other", "blame", _PROVOKED,
        r"\bg[ia]ves?\s+as\s+good\s+as\s+(?:she|he|they)\s+gets?\b|\bgiving\s+as\s+good\s+as\b",
        r"\bsix of one\b|\bsix and two threes\b|\bit takes two\b|\bfault on both sides\b",
        r"\bboth\s+(?:as\s+)?(?:to\s+blame|at\s+fault|as\s+bad)\b",
        r"\b(?:they|both|two|pair|parents|couple|adults)\b(?:['’]re|\s+\w+){0,3}?\s+as\s+bad\s+"
        r"as\s+each\s+other\b",
        r"\bmutual(?:ly)?\s+(?:abusive|abuse|violence|violent|aggression|aggressive|combat)\b",
        r"\b(?:she|he)['’]?s\s+no\s+angel\b",
        r"\b(?:repeat|serial|perpetual|habitual|professional)\s+victims?\b",
        r"\binnocent\s+(?:either|in\s+this|in\s+all\s+this)\b"),
    *_family(
        "her own fault", "blame", _DESERVED,
        r"\bonly\s+(?:has|have|had)\s+" + _SELF + r"\s+to\s+blame\b",
        # "her own fault", but not "not her own fault", "wasn't her fault".
        r"\bown\s+fault\b(?<!\bnot\s(?:her|his)\sown\sfault)(?<!n['’]t\s(?:her|his)\sown\sfault)"
        r"(?<!\bnever\s(?:her|his)\sown\sfault)(?<!\bnot\stheir\sown\sfault)",
        r"\bhad it coming\b|\bdeserved\s+what\s+(?:she|he|they)\s+got\b",
        r"\bso\s+(?:she|he|they|mum)\s+(?:can['’]?t|cant|cannot|can\s+not)\s+(?:really\s+)?"
        r"(?:complain|blame\s+anyone)\b",
        r"\b(?:it['’]?s|its|it\s+is|it\s+was)\s+(?:all\s+|partly\s+|also\s+|really\s+|half\s+)?"
        r"(?:on her|on him|on them)\b(?=\s*(?:[.,;!?]"
        r"|$|\s+(?:when|if|now|then|really|though|for)\b))",
        r"\b(?:wouldn['’]?t|would\s+not|won['’]?t|will\s+not)\s+(?:keep\s+)?(?:happen|be\s+"
        r"happening|happening)\s+to\s+(?:her|him|them)\b",
        r"\bwouldn['’]?t\s+(?:keep\s+)?happen\w*\s+if\s+(?:she|he|they)\b",
        # Violence as what the child made necessary: "his dad wouldn't need to hit him".
        r"\b(?:wouldn['’]?t|would\s+not|won['’]?t|didn['’]?t|did\s+not)\s+(?:need|have)"
        r"\s+to\s+"
        r"(?:hit|smack|shout|slap|lash\s+out|punish|belt|discipline)\b"),
    # ... said of a young person, asked with what the adults did: "Amy (15) allows herself
    # to be used by older boys" (before the parent's, which it then stands in for).
    *_family("let herself be", "blame", _CHILD, _LET_HERSELF, of_a_child=True),
    *_family(
        "let him back", "blame", _PARENT,
        r"\b(?:let|lets|letting|allow|allows|allowed|allowing|invite|invites|invited|inviting"
        r"|welcom\w+)\s+" + _HIM + r"\s+(?:to\s+)?(?:(?:move|come|go|stay)\s+)?back\b" + _DESPITE,
        r"\b(?:let|lets|letting|allow|allows|allowed|allowing)\s+" + _HIM + r"\s+(?:to\s+)?"
        r"(?:stay\s+(?:over|the\s+night)|move\s+in|come\s+(?:home|round|over)|live\s+(?:there"
        r"|with)|in(?:to)?\s+the\s+(?:house|flat|home)|near|around|have\s+contact|see\s+the"
        r"\s+(?:kids|children|baby|girls|boys)|be\s+alone\s+with)\b" + _DESPITE,
        r"\b(?:let|lets|letting|allow|allows|allowed|allowing)\s+(?:the\s+)?(?:children|kids"
        r"|child|baby|girls|boys|(?-i:[A-Z]))\s+(?:to\s+)?(?:be\s+)?(?:around|near|alone\s+with)"
        r"\s+" + _HIM + r"\b" + _DESPITE,
        r"\b(?:let|lets|letting|allow\w*)\s+(?:it|this|the\s+abuse|the\s+violence|him)\s+(?:to\s+)?"
        r"(?:happen|continue|go on|carry on)\b",
        _LET_HERSELF),
    *_family(
        "should have known", "blame", _PARENT,
        # (whose own account it is, tested only where the one said to have known begins: its
        # 32 looks back were tried at every word of every answer the rule's words were in)
        r"\b(?=" + _SHOULD_HAVE + r"\s)" + _OWN_ACCOUNT + _SHOULD_HAVE + r"\s+"
        r"(?:[\w'’]+\s+)?(?:should|shd|shld|shud)\s*(?:have"
        r"|['’]ve|of)\s+(?:\w+\s+)?(?:known|seen|spotted|noticed|realised|realized|stopped"
        r"|protected|put\s+a\s+stop|left|done\s+more|acted|picked\s+up|kept|removed|listened|called"
        r"|rung|reported|told|been\s+more\s+(?:careful"
        r"|protective|aware))\b",
        r"\bturn(?:s|ed|ing)?\s+a\s+blind\s+eye\b|\bstood\s+by\s+(?:and|while|whilst)\b"
        r"|\bstand(?:s|ing)?\s+by\s+(?:and|while|whilst)\b"
        r"|\bdid\s+nothing\s+to\s+(?:stop|protect|prevent|help)\b",
        r"\bcover(?:s|ed|ing)?\s+(?:up\s+)?for\s+" + _HIM + r"\b",
        r"\b(?:side with|sides with|sided with|siding with)\s+" + _HIM
        + r"\b|\b(?:takes|taking|took)\s+his\s+side\b",
        r"\b(?:she|mum|mother|mam|mom|nan|gran)\s+(?:[\w'’]+\s+)?knew\s+(?:full\s+well\s+"
        r"|exactly\s+|all\s+along\s+)?(?:what\s+(?:he|she)\s+(?:was|is)"
        r"\s+like|(?:that\s+)?(?:he|she)\s+(?:was|is|had\s+been)\s+(?:\w+\s+)?(?:violent"
        r"|dangerous|abusive|a\s+risk|a\s+danger|on\s+bail|a\s+sex\s+offender|an?\s+offender"
        r"|controlling)|about\s+(?:his|her|the)\s+(?:\w+\s+)?(?:violence|abuse|convictions?"
        r"|record|history|offending|past|bail))\b(?!\s+and\s+(?:kept|took|left|rang|called"
        r"|stopped|moved)|\s+as\s+an?\s+(?:baby|child|boy|girl|kid|toddler|teenager))",
        r"\bknowing\s+what\s+(?:he|she)\s+(?:had\s+done|has\s+done|did|was\s+like|is\s+like)\b",
        r"\b(?:told|warned|advised)\s+(?:about|of)\s+(?:him|the\s+risks?|the\s+dangers?|his\s+\w+)"
        r"\b(?=[^.;!?]{0,40}\b(?:many|several|numerous|countless|multiple|repeatedly|still|yet"
        r"|but|again)\b)",
        r"\bonly\s+(?:\w+\s+){0,2}?with\s+(?:him|her|them|dad)\s+(?:for|because\s+of)\s+"
        r"(?:the\s+|his\s+|her\s+)?(?:money|house|drugs|security|lifestyle|status|attention"
        r"|gifts|benefits|flat)\b"),
    *_family(
        "exploiting herself", "blame", _CHILD,
        r"\b(?:exploit\w*|sell\w*|sold|offer\w*|pimp\w*)\s+" + _SELF + r"\b",
        r"\bexploit\w*\s+(?:the\s+situation|it|them|him|men|adults|older\s+\w+)\s+for\b",
        r"\b(?:leaves?|left|leaving|lays?|laid|laying|opens?|opened|opening)\s+" + _SELF
        + r"\s+(?:wide\s+)?(?:open|vulnerable|exposed)\b",
        r"\bengag\w+\s+in\s+(?:risk-taking|high-risk|sexual|sexualised|sexualized"
        r"|criminal|harmful|unsafe|dangerous|inappropriate)\s+(?:\w+\s+)?(?:behaviou?rs?"
        r"|activit(?:y|ies)|relationships?|conduct)\b|\brisk[\s-]taking\s+behaviou?rs?\b",
        _NOT_ME + r"\b(?:knew|knows|know)\s+(?:full\s+well\s+|exactly\s+|perfectly\s+well\s+)?"
        r"what\s+"
        r"(?:she|he|they)\s+(?:was|were|is|are)\s+(?:doing|getting\s+(?:into|" + _SELF
        + r"\s+into))\b",
        r"\b(?:go|goes|went|going)\s+looking\s+for\s+(?:trouble|it|men|older)\b",
        r"\bcomplicit\b|\b(?:willing|active|eager|keen)\s+(?:participant|party)\b",
        r"\bof\s+(?:her|his|their)\s+own\s+(?:free\s+will|accord|volition)\b",
        r"\bin it for the (?:money|gifts|attention|status|drugs|buzz|thrill)\b",
        r"\busing\s+(?:older\s+|these\s+|the\s+)?(?:men|him|them|adults|lads|guys|boys)\s+for\s+"
        r"(?:lifts|money|gifts|drugs|cigarettes|alcohol|a\s+place|somewhere|attention"
        r"|accommodation)\b"),
    *_family(
        "lied about her age", "blame", _CHILD,
        r"\b(?:lie|lies|lied|lying)\s+(?:about her age|about his age|about their age)\b",
        r"\b(?:wasn['’]?t|wasnt|was\s+not|couldn['’]?t\s+have\s+been)\s+to\s+know\b",
        r"\blook(?:s|ed)?\s+(?:much\s+|a\s+lot\s+|far\s+|way\s+|so\s+)?older\s+than\s+(?:she|he"
        r"|her|his|they|their|\d)",
        r"\bpass(?:es|ed)?\s+for\s+(?:1[89]|an?\s+adult|older)\b",
        r"\b(?:too\s+old|too\s+grown[\s-]up|old|older)\s+(?:for her age|for his age"
        r"|for their age)\b",
        r"\bdress\w*\s+(?:\w+\s+){0,2}?(?:provocative\w*|revealing\w*|grown[\s-]up|older|mature"
        r"|sexy|skimpy|suggestive\w*|like\s+an?\s+(?:adult|woman|older))\b"),
    *_family(
        "put her relationship first", "blame", _PARENT,
        r"\bput(?:s|ting)?\s+(?:her|his|their)\s+(?:own\s+)?(?:relationship|partner|boyfriend"
        r"|girlfriend|needs|feelings|drinking|drug use|love life|social life)\s+(?:before"
        r"|above|ahead\s+of|over|first)\b",
        r"\bprotect\w*\s+" + _HIM + r"\s+(?:instead\s+of|rather\s+than|over|and\s+not)\s+(?:the\s+"
        r"|her\s+)?(?:children|kids|child|baby|girls|boys)\b",
        r"\benabl(?:e|es|ed|ing)\s+(?:his|her|their|the)\s+(?:drinking|drug|behaviou?r|abuse"
        r"|violence|addiction|habit|use|offending)",
        r"\b(?:still|again|continues\s+to|continued\s+to)\s+(?:let|lets|letting|allow\w*"
        r"|invite\w*)\s+" + _HIM + r"\s+(?:in|back|stay|near|around|into|see|have|come)\b",
        r"\bif\s+(?:she|mum|mother|mam|mom|he|they|(?-i:[A-Z]))\s+had\s+(?:n['’]t\s+|not\s+)?"
        r"[^.;!?]{1,80}?\b(?:would\s+not|wouldn['’]?t|would\s+never)\s+have"
        r"\s+(?:been|happened|got|gotten)\b",
        r"\b(?:pick|picks|picked|picking|choos\w+|chose|go(?:es)?\s+for|attract\w*)\s+(?:\w+\s+)"
        r"{0,2}?(?:men|partners|boyfriends|guys|blokes)\s+(?:who|that)\s+(?:hit|hurt|beat|abuse"
        r"|control|are\s+(?:violent|abusive|controlling))\b",
        r"\bknowingly\s+(?:left|let|allowed|exposed|took|put|placed|brought|sent|leaves|lets)\b",
        r"\b(?:doesn['’]?t|does\s+not|didn['’]?t|did\s+not|not\s+doing|isn['’]?t\s+doing)\s+"
        r"(?:do\s+)?"
        r"enough\s+to\s+(?:keep|protect|stop|prevent)\b",
        r"\bcould\s*(?:have|['’]ve|of)\s+(?:just\s+)?(?:walked\s+away|left|said\s+no|gone|stopped"
        r"\s+(?:it|him)|called|told|run|got\s+out)\b(?=[^.;!?]{0,30}\bbut\b)"),
    *_family(
        GOING_WITH_THEM, "blame", _CHILD,
        r"\b(?:happy|keen|eager|content|willing|pleased|wanted|chose|agreed)\s+to\s+go\s+(?:to"
        r"|with|back\s+to|round\s+to)\s+(?:him|them|the\s+(?:men|man|adults?)\b|(?:his|their"
        r"|the\s+(?:man|men|adult)['’]s)\s+(?:flat|house|place|car))",
        r"\bknowing\s+(?:full\s+well\s+)?(?:that\s+)?(?:there\s+(?:would|will|might)\s+be"
        r"|(?:he|they|the\s+(?:men|man|adults?))\s+(?:was|were|is|are|would|had|has|could)\b)",
        r"\b(?:put|puts|putting|plac(?:e|es|ed|ing))\s+" + _SELF + r"\s+(?:in|into)\s+(?:\w+\s+)"
        r"{0,2}?(?:situations?|positions?|places)\b",
        r"\bput(?:s|ting)?\s+(?:herself about|himself about|themselves about)\b",
        # Flirting said of a child: she is made the one who started it.
        r"\b(?:the\s+|a\s+)?(?:\d{1,2}[\s-]?(?:yo|y/o|year[\s-]old)|" + CHILD + r")\s+"
        r"(?:is\s+|was\s+|has\s+been\s+|had\s+been\s+|keeps\s+)?flirt\w*\s+with\b"),
)

_FOURTEENTH: tuple[Rule, ...] = (
    # People judged in place of who they are and what they did: "unsavoury characters",
    # "some dodgy types", "undesirable individuals staying at the flat".
    *_family(
        "unsavoury characters", "euphemism", _PEOPLE_AROUND,
        r"\b(?:unsavou?ry|undesirable|dodgy|shady|dubious|disreputable|seedy|sketchy|sordid"
        r"|questionable|iffy|dangerous|risky|known|concerning|worrying|bad)\s+(?:(?:older|young"
        r"|local|male|adult)\s+)?(?:characters|individuals|types|sorts|elements|associates"
        r"|acquaintances|company|crowd|visitors|lot)\b"),
    # A young person's drug or drink use made small: "experimenting with substances",
    # "trying out drugs", "using substances".
    *_family(
        "experimenting with substances", "euphemism", _DRINK,
        r"\b(?:experiment\w*|dabbl\w*|messing\s+(?:about|around)|playing\s+around|trying\s+out"
        r"|tries\s+out|tried\s+out)\s+with\s+(?:\w+\s+)?(?:substances?|drugs?|alcohol|drink"
        r"|cannabis|weed|pills|legal\s+highs|nos|balloons|vapes?|vaping|ketamine|mdma|ecstasy)\b",
        r"\b(?:us(?:e|es|ed|ing)|tak(?:e|es|ing)|took|taken|on)\s+(?:some\s+|various\s+"
        r"|illegal\s+|illicit\s+)?substances\b|\bsubstance\s+use\b"),
    # Care said to come and go, with nothing of what was missed: "feeding has been a bit hit
    # and miss", "his medication is patchy", "school has been on and off".
    *_family(
        "a bit hit and miss", "euphemism", _WHEN_MISSED,
        r"\b(?:is|are|was|were|been|be|seems?|seemed|gets?|got|can\s+be|remains?|remained"
        r"|['’]s)\s+(?:\w+ly\s+|a\s+(?:bit|little|tad)\s+|quite\s+|rather\s+|very\s+"
        r"|somewhat\s+|pretty\s+|still\s+|often\s+|always\s+)*(?:hit[\s-](?:and|or|n)[\s-]miss"
        r"|patchy|on[\s-]and[\s-]off|all\s+over\s+the\s+place|touch[\s-]and[\s-]go|sporadic"
        r"|haphazard|intermittent|erratic)\b"),
)

_SLIPPED = ("What has changed at home, and what does it mean for the children each day? Say what "
            "you saw.")
_CONTACT_MADE = ("What did the person do (calls, messages, turning up), and when? Write what was "
                 "done and who saw or heard it.")
_ABILITY = ("What does the parent find hard, and what help would make it possible? Say what you "
            "saw them try.")
# Where on a body a mark is: "some marks on his back", "a mark to her left cheek".
_ON_BODY = (r"(?:on|to|across|around)\s+(?:(?:his|her|their|the|both|each)\s+|[\w]+['’]s\s+)?"
            r"(?:(?:left|right|upper|lower|inner|outer)\s+)?(?:back|arms?|legs?|face|cheeks?|neck"
            r"|chest|tummy|stomach|bottom|bum|thighs?|wrists?|hands?|head|ears?|forehead|body"
            r"|shoulders?|buttocks|torso|ribs|side|skin)\b")
# Fifteenth round: shapes read from the misses of a blind corpus, each by its parts.
_FIFTEENTH: tuple[Rule, ...] = (
    # Home said to slip, with nothing of what was seen: "things have slipped at home",
    # "standards have gone downhill", "let things slide", "it all got on top of her".
    *_family(
        "things have slipped", "euphemism", _SLIPPED,
        r"\b(?:things|standards|(?:home\s+)?conditions|the\s+(?:house|home|flat)|routines?"
        r"|everything|(?:her|his|their)\s+(?:care|parenting|routines?))\s+(?:(?:have|has|had)"
        r"\s+|['’](?:ve|s)\s+)?(?:(?:really|a\s+bit|a\s+little|slightly|somewhat|started\s+to"
        r"|begun\s+to|begin\s+to|started|begun|been)\s+)*(?:slipp(?:ed|ing)|slip|slid(?:e|ing)?"
        r"|gone\s+downhill|going\s+downhill|gone\s+to\s+pot|gone\s+backwards|going\s+backwards"
        r"|fallen\s+apart|falling\s+apart|fell\s+apart|lapsed|gone\s+awry)\b",
        r"\b(?:let|lets|letting)\s+(?:things|everything|standards|it\s+all|the\s+(?:house|home"
        r"|flat))\s+(?:slide|slip|go)\b",
        r"\b(?:things|it|everything|it\s+all|life)\s+(?:(?:have|has|had)\s+|['’](?:ve|s)\s+)?"
        r"(?:got|gets|getting|get)\s+(?:a\s+bit\s+|a\s+little\s+)?on\s+top\s+of\s+(?:her|him"
        r"|them|mum|dad)\b",
        plain_when_told=True),
    # A mark with nothing of what it is like: "some marks were noted on his back", "a mark to
    # her cheek" (not "a red hand mark", "bite marks", "a 2cm bruise").
    *_family(
        "some marks noted", "euphemism", _MARK,
        r"\b(?:some|a\s+few|few|several|minor|small|faint|slight|little|various|visible|possible"
        r"|two|three|four|\d+)\s+marks?\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
        r"(?:noted|observed|seen|found|noticed|present|identified|reported|evident|visible"
        r"|spotted)\b",
        r"\b(?:some|a\s+few|several|minor|small|faint|slight|little|various|a|two|three|\d+)\s+"
        r"marks?\s+(?:\w+\s+){0,2}?" + _ON_BODY,
        unless_said=r"\b(?:said|says|told|tells|explained|explanation|asked|according|claim\w*"
        r"|stated|account|fell|falling)\b"),
    # Contact said to be unwanted, or an order broken, with nothing of what was done.
    *_family(
        "unwanted contact", "euphemism", _CONTACT_MADE,
        r"\b(?:unwanted|unwelcome|uninvited|unauthori[sz]ed|unsolicited|unapproved|prohibited)\s+"
        r"(?:contact|visits?|calls?|messages?|texts?|communication|approaches|advances)\b",
        r"\bbreach(?:ed|es|ing)?\s+(?:of\s+)?(?:the|his|her|their|a)\s+(?:non[\s-]molestation\s+"
        r"|restraining\s+|protection\s+|bail\s+|court\s+|contact\s+)?(?:order|injunction"
        r"|conditions|bail)\b",
        plain_when_told=True),
    # A parent's mind judged: "isn't very bright", "not the sharpest", "a bit slow".
    *_family(
        "not very bright", "label", _ABILITY,
        r"\b(?:isn['’]?t|wasn['’]?t|not|never\s+been)\s+(?:(?:very|that|too|particularly|overly"
        r"|exactly|all\s+that|the\s+most|the|really|so)\s+)*(?:bright(?:est)?|clever(?:est)?"
        r"|smart(?:est)?|intelligent|sharp(?:est)?)\b",
        r"\b(?:is|was|['’]s|seems?|seemed)\s+(?:a\s+(?:bit|little|tad)\s+|quite\s+|rather\s+"
        r"|pretty\s+|very\s+|fairly\s+)(?:slow|simple|thick|dim|dense|dopey|gormless)\b"
        r"(?!\s+(?:to|at|with|in|on|when|about|for)\b)",
        r"\b(?:low|limited)\s+(?:iq|intelligence|intellect)\b",
        # Said of a light or a day, it is plain: "the bulb is not very bright".
        unless_said=r"\b(?:light|lights|bulb|lamp|torch|sun|sunny|screen|colou?rs?|paint"
        r"|weather)\b"),
)

_HURT_HOW = ("What happened, who was there, and what injury did the child have? Write what each "
             "adult said about how it happened.")
_GROWTH = ("What are the child's weight, growth or milestones, measured when, and what do the "
           "adults do or not do? Write the numbers you have.")
_MOTIVE = ("What have you seen the parent do or heard them say? Write that, rather than the "
           "reason you think lies behind it.")
_NOT_TOLD_HOW = r"\b(?:said|says|told|tells|explained|according|stated|account|saw|seen)\b"
# The parent's own words given: "Dad said the rules don't apply to him".
_THEIR_OWN_WORDS = r"\b(?:said|says|told|tells|shouted|text(?:ed)?|wrote)\b"
# An accident accounted for: who said how it happened, or who saw to it and where ("the
# teacher put a plaster on", "she rang 111", "wrote it in the accident book").
_ACCOUNTED_FOR = (_NOT_TOLD_HOW[:-3] + r"|plaster|first\s+aid|rang|phoned|called|checked"
                  r"|treated|hospital|a\s*&\s*e|111|999|gp|doctor|nurse|paramedics?"
                  r"|burns\s+unit|accident\s+book|at\s+(?:school|nursery|college|pre-?school"
                  r"|the\s+park|football|swimming))\b")
# The couple: who a row or a scuffle is said to be between.
_COUPLE = (r"between\s+(?:the\s+)?(?:couple|parents|adults|mum\s+and\s+\w+|dad\s+and\s+\w+"
           r"|him\s+and\s+her|her\s+and\s+him|them|the\s+two\s+of\s+them|\w+\s+and\s+(?:her"
           r"|his)\s+(?:partner|boyfriend|girlfriend|husband|wife|ex))\b")
# Sixteenth round: shapes read from the misses of a blind corpus, each by its parts.
_SIXTEENTH: tuple[Rule, ...] = (
    # An injury told as something that befell the child: "had an accident with the iron",
    # "had a fall while in dad's care" (not "had an accident at school", a plain wetting).
    *_family(
        "had an accident with", "euphemism", _HURT_HOW,
        r"\b(?:had|has\s+had|have\s+had|['’]s\s+had)\s+(?:a|an)\s+(?:little\s+|small\s+|minor\s+"
        r"|slight\s+|bit\s+of\s+an?\s+)?(?:accident|mishap|fall|tumble|bump)\s+with\s+(?:the|a"
        r"|an|his|her|their|mum['’]?s|dad['’]?s)\s+(?!car\b|bike\b|van\b)\w+",
        r"\b(?:accident|mishap|fall|tumble|bump|injury|injuries)\s+(?:\w+\s+){0,2}?(?:while|whilst"
        r"|when)\s+(?:in|under)\s+(?:\w+['’]s\s+|the\s+|his\s+|her\s+|their\s+)?care\b",
        unless_said=_ACCOUNTED_FOR),
    # Violence between the adults made mutual and small: "a bit of pushing and shoving",
    # "a scuffle between the parents", "a disagreement between the couple" (not one "about"
    # which school, which says what it was).
    *_family(
        "pushing and shoving", "euphemism", _ROWS,
        r"\b(?:bit|spot|touch|bout)\s+of\s+(?:a\s+)?(?:pushing|shoving|push(?:ing)?\s+and\s+"
        r"shov(?:e|ing)|argy[\s-]bargy|handbags|scuffl(?:e|ing)|tussl(?:e|ing)|scrap|grappling"
        r"|jostling|rough\s+and\s+tumble)\b",
        r"\b(?:pushing\s+and\s+shoving|push\s+and\s+shove|argy[\s-]bargy|scuffles?|tussles?"
        r"|scraps?|kerfuffle|fracas|set[\s-]to)\s+(?:\w+\s+){0,2}?" + _COUPLE,
        r"\b(?:a|an|some)\s+(?:bit\s+of\s+a\s+|little\s+|slight\s+|minor\s+|small\s+|verbal\s+)?"
        r"(?:disagreements?|difference\s+of\s+opinion|falling[\s-]out|misunderstanding|tiff"
        r"|spat)\s+(?:\w+\s+){0,2}?" + _COUPLE + r"(?!\s+(?:about|over|on|regarding|as\s+to"
        r"|whether|which)\b)"),
    # Growth said against a hope: "not thriving as well as we'd hoped".
    *_family(
        "not thriving as hoped", "euphemism", _GROWTH,
        r"\bnot\s+(?:\w+\s+)?(?:thriving|growing|gaining(?:\s+weight)?|putting\s+on\s+weight"
        r"|developing|progressing)\s+(?:\w+\s+){0,2}?as\s+(?:well|much|quickly|fast)\s+as\s+"
        r"(?:[\w'’]+\s+){0,3}?(?:hoped|liked|wanted|expected|wished)\b",
        plain_when_told=True),
    # Online contact with older men said as a chat: "chatting to some older lads she met
    # online", "talking to men she met on snapchat".
    *_family(
        "chatting to older lads online", "euphemism", _OLDER,
        r"\b(?:chat(?:s|ted|ting)?|talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke(?:n)?|messag(?:es|ed"
        r"|ing)|text(?:s|ed|ing)?|snapchat(?:s|ted|ting)?)\s+(?:to|with)\s+" + _OLDER_MEN,
        r"\b(?:chat(?:s|ted|ting)?|talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke(?:n)?|messag(?:es|ed"
        r"|ing)|text(?:s|ed|ing)?)(?:\s+(?:to|with))?\s+(?:some\s+|a\s+|an\s+|the\s+|these\s+|two\s+"
        r"|various\s+)?(?:m[ae]n|lads|guys|boys|blokes|males|adults|people|someone)\s+(?:(?:she"
        r"|he|they)\s+(?:has\s+|had\s+|have\s+)?)?met\s+(?:online|on\s+(?:the\s+)?(?:internet"
        r"|snapchat|instagram|tiktok|facebook|whatsapp|an?\s+app|a\s+game|discord))\b",
        unless_said=_KNOWN_PLACE),
    # A parent's outlook or motive judged: "thinks the rules don't apply to him", "a law unto
    # himself", "only wants the kids back for the money".
    *_family(
        "thinks the rules don't apply", "label", _MOTIVE,
        r"\b(?:thinks?|thought|believes?|acts?\s+(?:like|as\s+if|as\s+though)|behaves?\s+(?:like"
        r"|as\s+if|as\s+though))\s+(?:that\s+)?(?:the\s+)?(?:rules|law|plan|orders?)\s+(?:don['’]?t"
        r"|do\s+not|doesn['’]?t|does\s+not|didn['’]?t|did\s+not)\s+apply\s+to\s+(?:him|her|them)\b",
        r"\b(?:thinks?|thought|believes?)\s+(?:(?:s?he|they)\s+(?:is|are|['’]s|['’]re)\s+)?above\s+"
        r"the\s+law\b|\ba\s+law\s+unto\s+(?:him|her|them)sel(?:f|ves)\b",
        unless_said=_THEIR_OWN_WORDS),
    *_family(
        "only in it for the money", "label", _MOTIVE,
        r"\bonly\s+(?:wants?|wanted|in\s+it|doing\s+it|cares?\s+about|interested\s+in)\s+"
        r"(?:[\w'’]+\s+){0,4}?(?:for\s+)?(?:the\s+)?(?:money|benefits?|child\s+benefit|cash"
        r"|house|flat|housing|points)\b",
        r"\bin\s+it\s+for\s+the\s+(?:money|benefits|cash)\b",
        unless_said=_THEIR_OWN_WORDS),
)

SOFTENING: tuple[Rule, ...] = (EUPHEMISMS + BLAME + _MORE_EUPHEMISMS + _MORE_BLAME + _THIRTEENTH
                               + _FOURTEENTH + _FIFTEENTH + _SIXTEENTH)
