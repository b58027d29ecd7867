"""Praise of a caregiver, or of how the children are cared for: "Gran is really supportive of
the family", "Dad loves the children very much", "shes a lovely mum", "Mum is doing everything
she can", "the kids are well looked after", "Dad's not drinking any more", "the kids are happy
and thriving", "home was fine when I visited".

A practice lead asks what was seen when nothing in the sentence shows it (the claim check,
`claims`, decides that); the nudge then gives a strength as its example (`nudges`). Read by its
shape: who (a caregiver by role, or the children, never "she" alone, who may be either), a
word of praise, love or change, what it is said of, and the end of its clause, so "supportive
but cannot have the kids overnight" and "doing well on the new formula" are not read as praise.
Praise that goes on after "and" is read as said of the same person ("close and loving").
"""

from __future__ import annotations

import re

from flows.checks.lexicon import KIN_ADULTS, KIN_CHILDREN, SERVICE_BY_NAME
from flows.checks.text import (
    NeedleIndex,
    alternation,
    any_of,
    fold,
    needles,
    top_branches,
    words,
)
from flows.regex import on_first_use

_CARER = (r"(?:(?:mum|dad|mam|mom)'?s\s+(?:new\s+)?partner|(?:step)?(?:mum|mummy|mam|mom"
          r"|mother|dad|daddy|father)|parents?|(?:foster\s+)?carers?|nan|nana|nanny|gran|granny"
          r"|grandma|grandad|granddad|grandparents?|grand(?:mother|father)s?|partner|aunt|auntie|aunty|uncle|family"
          r"|household|both\s+parents|the\s+parents|mum\s+and\s+dad|dad\s+and\s+mum"
          r"|" + alternation(KIN_ADULTS) + ")")
# Who else a safety network lists beside the family.
_NETWORK = (r"(?:neighbou?rs?|(?:family\s+)?friends?|godparents?|god(?:mother|father)"
            r"|childminder|pastor|minister|coach|youth\s+leader"
            r"|(?:(?:her|his|their|the)\s+)?(?:older\s+|big\s+)?(?:brother|sister|cousin)s?)")
_SO = r"(?:(?:very|really|so|quite|extremely|incredibly|always|clearly|obviously|genuinely"
_SO += r"|such|truly|deeply|totally|absolutely|just|also|very\s+much|much|far|a\s+lot"
_SO += r"|v\.?|vv|soo+|super|dead|ever\s+so)\s+)*"  # as notes shorten it: "v supportive"
_GOOD = (r"(?:supportive|loving|caring|lovely|great|brilliant|fantastic|amazing|wonderful|good"
         r"|protective|helpful|attentive|nurturing|devoted|committed|dedicated|doting|kind|warm"
         r"|affectionate|capable|reliable|responsible|positive|stable|engaged"
         r"|motivated|co-?operative|invested|hands[\s-]on|competent|competant"
         r"|(?:close|tight)[\s-]?knit)")
_OF_THEM = (r"(?:\s+(?:of|to|towards|with|for|about|on|in)\s+"
            r"(?:the\s+|her\s+|his\s+|their\s+|our\s+)?"
            r"(?:children|kids|family|baby|boys|girls|twins|son|daughter|them|him|her|it|t"
            r"|youngsters|(?:little|young|wee)\s+(?:ones|uns)"
            r"|mum|mother|dad|father|parents|nan|gran|grandparents|partner|sister|brother"
            r"|grandchildren|grandkids|grandson|granddaughter|niece|nephew)\b"
            # ... or the services they are said to get on with: "cooperative with the
            # Department", "engaged with us"
            r"|\s+(?:with|to|towards|of)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:us|me|services?"
            r"|professionals|agencies|department|council|team|workers?|social\s+workers?"
            r"|caseworkers?|trust|plan|visits?|the\s+plan"
            # ... or the school, as a school's contribution says it: "cooperative with school"
            r"|school|nursery|college|staff|teachers?|health\s+visitors?"
            # ... or by its own name: "cooperative with the NSPCC", "with Police Scotland"
            rf"|{SERVICE_BY_NAME})\b)?")
_ROLE_NOUN = (r"(?:\s+(?:mum|mother|dad|father|parents?|carers?|nan|gran|grandparents?"
              r"|influence|role\s+model|support|family|person|lady|bloke|man|woman|home))?")
_BE = r"(?:\s+(?:is|are|was|were|seems?|seemed|has\s+been|have\s+been)|'s(?:\s+been)?|'re|s)\s+"
# ... or in a clause of its own, as a kind word is said of a carer: "large extended family who
# are committed to the children"
_BE_OR_WHO = rf"(?:,?\s+(?:who|that)(?=\s|'))?{_BE}"
# One word of praise or a list of them: "loving, caring and really committed".
_GOODS = rf"{_GOOD}(?:(?:\s*,\s*|\s+and\s+){_SO}{_GOOD})*"
# Who praise or progress may be said of: a caregiver, or the children (by word or initial).
_ANYONE = (rf"(?:{_CARER}|(?:the\s+)?(?:children|kids|baby|boys|girls|twins|child|weans|bairns"
           r"|youngsters|(?:little|young|wee)\s+(?:ones|uns)"
           r"|tamariki|(?<!')\b[a-z])"
           r"(?=\s|'))")
_PARENT_NOUN = (r"(?:mum|mother|dad|father|parents?|carers?|nan|gran|grandparents?|family"
                r"|couple|role\s+model)")
_BOND = (r"(?:strong|good|close|loving|secure|positive|warm|lovely|great|healthy|solid"
         r"|supportive)\s+(?:family\s+)?(?:bond|attachment|relationship|friendship|network"
         r"|support\s+network)s?(?:\s+(?:observed|noted|seen|evident|apparent|noticed))?"
         # who it is between is not what was seen: "strong bond between Maya and her dad"
         r"(?:\s+(?:between|with)\s+(?:the\s+|her\s+|his\s+|their\s+)?[a-z']+"
         r"(?:\s+and\s+(?:the\s+|her\s+|his\s+|their\s+)?[a-z']+)?(?=\s*(?:[.,;:!?]|$)))?"
         # ... or the network said to be so, with nothing it does: "the professional network
         # is strong" (set AF)
         r"|(?:professional\s+|support\s+|family\s+|safety\s+)?networks?\s+(?:is|are|has\s+been"
         r"|have\s+been|seems?)\s+(?:(?:really|very|so|quite)\s+)?(?:strong|good|great|supportive"
         r"|solid|excellent|robust|close)(?=\s*(?:[.,;:!?]|$))")
# The children, by word or initial, and how they are said to be when nothing is seen.
_KIDS = (r"(?:children|kids|baby|boys|girls|twins|child|weans|bairns|tamariki|youngsters"
         r"|(?:little|young|wee)\s+(?:ones|uns)"
         r"|(?<!')\b[a-z](?=\s|'))")
_WELL = (r"(?:happy|content|contented|settled|thriving|flourishing|blossoming|healthy|safe"
         r"|well\s+(?:cared\s+for|looked\s+after))")
# When it was seen, which says nothing of what was: "when I visited", "on my last visit".
_ON_VISIT = (r"(?:\s+(?:when|as|while|whilst)\s+(?:i|we)\s+(?:visited|called|arrived|went"
             r"|(?:was|were)\s+there|popped\s+(?:in|round|by))|\s+(?:on|at|during)\s+(?:my|our"
             r"|the|this)\s+(?:last\s+|latest\s+|recent\s+)?(?:home\s+)?visit)?")
# Care said to be good and to have been seen, with nothing of what was: "positive parenting
# observed", "warm and attentive care noted", "good interactions between mum and baby".
_CARE_SEEN = (r"(?:good|positive|warm|loving|appropriate|attentive|nurturing|lovely|great"
              r"|consistent|excellent|gentle|caring|responsive|sensitive|safe|age[\s-]appropriate)"
              r"(?:\s*(?:,|and)\s+(?:good|positive|warm|loving|appropriate|attentive|nurturing"
              r"|consistent|gentle|caring|responsive|sensitive|safe))*\s+(?:parenting|care"
              r"|interactions?|handling|boundaries|routines?|attunement|parent[\s-]child"
              r"\s+interactions?|engagement\s+with\s+(?:the\s+)?(?:children|kids|baby))"
              r"(?:\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:observed|noted|seen"
              r"|evident|witnessed|demonstrated|shown|displayed|apparent|in\s+place))?"
              r"(?:\s+(?:between|with|from|by)\s+(?:the\s+|her\s+|his\s+|their\s+)?[a-z']+"
              r"(?:\s+and\s+(?:the\s+|her\s+|his\s+|their\s+)?[a-z']+)?)?"
              r"(?:\s+throughout(?:\s+the\s+visit)?)?" + _ON_VISIT + r"(?=\s*(?:[.,;:!?]|$))")
# Words of warmth said of a home: "a warm loving home", "a happy, safe family".
_HOMELY = (r"(?:warm|loving|caring|lovely|happy|safe|stable|secure|nurturing|homely|kind|calm"
           r"|settled|great|good|wonderful|close|close-knit|supportive)")
# Where praise ends: the sentence, or a clause; not a noun it is said of ("a great cook").
_ENDS = (r"(?=\s*(?:[.,;:!?)]|\s-\s|$)|\s+(?:and|too|now|really|overall|at\s+the\s+moment"
         r"|these\s+days|nowadays|since|lately|recently|this\s+(?:week|month|term|year))\b)")
# ... or called a treasure there: "neighbour - a diamond", "her godmother, a good egg".
_TREASURE = (r"(?:a|an)\s+(?:(?:absolute|real|total|proper|complete|right|such\s+a|very)\s+)?"
             r"(?:star|gem|diamond|legend|godsend|saint|rock|treasure|asset|hero|superstar|angel"
             r"|(?:good|great|top|decent|lovely)\s+(?:egg|sort|un|'un|one|bloke|lass|lad|person"
             r"|woman|man|friend))"
             # ... or said to be "there for them", with nothing of when or how: "her brother:
             # always there for her", "neighbour Pat - there for them"
             r"|there\s+for\s+(?:(?:the|her|his|their)\s+)?(?:them|her|him|us|kids|children|family"
             r"|boys|girls|baby|everyone)")
# Read from where a caregiver or a child is named (`_SUBJECTS`), not tried at every
# character of every sentence: most sentences name no one, and this reads many shapes.
_SAID_OF_SHAPES = (
    rf"{_CARER}{_BE_OR_WHO}{_SO}(?:(?:a|an)\s+{_SO})?{_GOODS}{_ROLE_NOUN}{_OF_THEM}"
    rf"|{_ANYONE}{_BE}{_SO}close"
    # A person said to be a treasure, with nothing they did: "Aunty Jo is an absolute star",
    # "Chloe is a natural with the baby", "Gran has been a godsend".
    rf"|{_ANYONE}(?:\s+[a-z]{{2,12}})?{_BE}{_SO}(?:(?:a|an)\s+{_SO}(?:(?:absolute|real|total"
    r"|proper|complete|little|such\s+a)\s+)?(?:star|gem|diamond|legend|godsend|saint|rock"
    r"|treasure|natural|asset|hero|superstar|angel)"
    # ... or more than one, with no article: "the boys are absolute stars", "little angels"
    r"|(?:(?:absolute|real|total|proper|complete|little|such)\s+)?(?:stars|gems|diamonds"
    r"|legends|godsends|saints|rocks|treasures|naturals|assets|heroes|superstars|angels))"
    r"(?:\s+(?:with|to|for|around)\s+(?:the\s+|her\s+|his\s+|their\s+)?[a-z]+)?"
    rf"|{_ANYONE}\s+{_SO}(?:loves?|adores?|dotes?\s+on|cares?\s+(?:deeply\s+)?about"
    r"|worships?)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:children|kids|baby|boys|girls|twins"
    r"|son|daughter|them|him|her|mum|dad|mother|father|parents|[a-z])\b(?:\s+(?:(?:very|v\.?|vv)\s+much"
    r"|so\s+much|dearly|to\s+bits|a\s+lot))?"
    rf"|{_ANYONE}{_BE}{_SO}(?:loved|cherished|adored)\b"
    # How something is going, said as a verdict on it: "K is settling well", "mum and baby
    # are bonding well", "T is progressing well at nursery", "baby is feeding well".
    rf"|{_ANYONE}(?:\s+and\s+{_ANYONE})?{_BE}{_SO}(?!doing\b)[a-z]{{3,}}ing\s+{_SO}(?:well"
    r"|nicely|beautifully|brilliantly|fine)\b(?:\s+(?:in(?:to)?|at|with)\s+(?:the\s+|her\s+"
    r"|his\s+|their\s+|a\s+)?(?:new\s+)?[a-z']+)?"
    # ... or said to have settled: "K has settled well into the placement".
    rf"|{_ANYONE}\s+(?:has|have|'s|'ve)\s+{_SO}settled(?:\s+{_SO}(?:well|nicely|in))?"
    r"(?:\s+(?:in(?:to)?|at)\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+)?(?:new\s+)?[a-z']+)?"
    rf"|{_ANYONE}{_BE}{_SO}(?:doing|trying)\s+(?:her|his|their)\s+(?:very\s+)?"
    r"(?:best|utmost|hardest)"
    rf"|{_ANYONE}{_BE}{_SO}doing\s+(?:everything|all)\s+(?:she|he|they)\s+can"
    # ... or said as what they always do: "mum tries her best", "dad does his best"
    rf"|{_ANYONE}\s+{_SO}(?:tries|try|tried|does|do|did)\s+(?:her|his|their)\s+(?:very\s+)?"
    r"(?:best|utmost|hardest)(?:\s+(?:with|for)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:kids"
    r"|children|baby|boys|girls|twins|family|them|him|her))?"
    # A change in a caregiver said only as how they are now, with nothing seen: "mum is more
    # open", "dad is calmer with the kids" (not "dad is better", which may be his health)
    rf"|{_CARER}{_BE}{_SO}(?:(?:much|a\s+lot|far|a\s+bit|loads|so\s+much)\s+)?"
    r"(?:more\s+(?:open|honest|relaxed|patient|engaged|settled|confident|positive|stable"
    r"|consistent|attentive|responsive|receptive|focused|motivated|organised|organized|present"
    r"|available|involved|caring|loving|protective|supportive|understanding|reflective"
    r"|insightful|child[\s-]focused)|calmer|happier|warmer|kinder|steadier|softer)"
    r"(?:\s+(?:with|towards|around)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:me|us|kids|children"
    r"|baby|boys|girls|twins|professionals|services|workers?|school|staff|them|him|her))?"
    rf"|{_ANYONE}{_BE}{_SO}(?:doing\s+{_SO}(?:well|fine|great|brilliantly|better|ok|okay"
    r"|amazing(?:ly)?|fantastic(?:ally)?|brilliant|wonderful(?:ly)?|excellent(?:ly)?|superb(?:ly)?"
    r"|awesome|fab|marvell?ously|tremendously|incredibly(?:\s+well)?|smashing"
    # "doing a brilliant job", "smashing it"
    r"|(?:a|an)\s+(?:really\s+|very\s+)?(?:brilliant|great|fantastic|amazing|good|wonderful|fab"
    r"|excellent|superb|cracking|top|grand|lovely|fine)\s+job)"
    r"|(?:smashing|nailing|killing|owning|aceing|acing)\s+it"
    r"|trying\s+(?:really\s+|so\s+|very\s+)?hard|thriving|flourishing|(?:much|so\s+much"
    r"|a\s+lot|loads|far)\s+better|happy\s+and\s+settled|settled\s+and\s+happy)\b"
    r"(?:\s+(?:in|at)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:placement|school|nursery|care"
    r"|home|college))?"
    # How the children are, with nothing seen: "the kids are happy and thriving", "K was fine
    # when I visited".
    rf"|{_KIDS}{_BE}{_SO}{_WELL}(?:(?:\s*,\s*|\s+and\s+){_SO}{_WELL})*\b"
    # ... or noted with no verb: "grandparents amazing", "kids happy", "baby content".
    rf"|{_CARER}\s+{_SO}{_GOODS}(?=\s*(?:[.,;:!?]|$))"
    # ... or after a dash, a colon or a bracket, as a safety network is listed: "nan: very
    # supportive", "uncle T - great with the kids", "neighbour (really helpful)".
    # (a name after the role, as a network is listed: "aunt Shaz - always there for them")
    rf"|(?:{_CARER}|{_NETWORK})(?:\s+[a-z](?=[\s:(–—,-])"
    r"|\s+(?!(?:said|says|say|thinks?|thought|feels?|felt|told|tells|asked|reports?|reported"
    r"|states?|stated|replied|answered|added|wrote|writes|explained)\b)[a-z][a-z'-]{1,11}"
    r"(?=\s*(?::|\s-\s)))?"
    rf"\s*(?:[:(–—,]|-(?![a-z]))\s*{_SO}"
    rf"(?:{_GOODS}{_OF_THEM}(?=\s*(?:[.,;:!?)]|$))|{_TREASURE}(?=\s*(?:[.!?)]|$)))"
    rf"|(?:the\s+)?(?:children|kids|baby|boys|girls|twins|youngsters)\s+{_SO}{_WELL}"
    rf"(?:(?:\s*,\s*|\s+and\s+){_SO}{_WELL})*\b"
    rf"|{_KIDS}{_BE}{_SO}(?:fine|ok|okay|alright|all\s+right)\b" + _ON_VISIT + "|"
    rf"{_ANYONE}\s+(?:has|have|'s|'ve)\s+{_SO}(?:turned\s+a\s+corner|come\s+a\s+long\s+way"
    r"|turned\s+(?:things|it\s+all|it|(?:his|her|their)\s+li(?:fe|ves))\s+(?:a)?round"
    r"|(?:got|sorted)\s+(?:(?:his|her|their)\s+act\s+together|(?:him|her|them)sel(?:f|ves)\s+out)"
    r"|changed\s+(?:(?:his|her|their)\s+ways|for\s+the\s+better)"
    r"|come\s+on\s+(?:leaps\s+and\s+bounds|so\s+much|a\s+lot|loads)"
    r"|made\s+(?:lots\s+of\s+|loads\s+of\s+|a\s+lot\s+of\s+|good\s+|great\s+|real\s+"
    r"|huge\s+|significant\s+|fantastic\s+|amazing\s+|brilliant\s+|excellent\s+|wonderful\s+"
    r"|tremendous\s+|massive\s+|incredible\s+|remarkable\s+|positive\s+|steady\s+|big\s+"
    r"|real\s+|such\s+|so\s+much\s+)?progress|improved|changed)\b(?!\s+(?:her|his|their|the)\b)"
    rf"|{_CARER}\s+{_SO}(?:only\s+)?(?:wants?|wanting)\s+(?:the\s+)?best\s+for\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?(?:children|kids|baby|boys|girls|twins|family|them"
    r"|him|her|[a-z])"
    rf"|{_CARER}\s+{_SO}(?:puts?|putting)\s+(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:children|kids|baby|boys|girls|twins|family)\s+first"
    rf"|{_CARER}{_BE}{_SO}(?:meeting|meets)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|her\s+|his\s+"
    r"|their\s+)?(?:children'?s|kids'?|child'?s|baby'?s|boys'?|girls'?)\s+(?:\w+\s+)?needs"
    rf"|{_CARER}{_BE}{_SO}there\s+for\s+(?:them|him|her|the\s+(?:children|kids|boys|girls))"
    r"(?:\s+when\s+(?:they|he|she)\s+need)?"
    # Effort said with nothing done: "the parents have worked hard with us".
    rf"|{_CARER}\s+(?:has|have|'s|'ve)\s+{_SO}(?:worked|been\s+working|tried|been\s+trying)"
    rf"\s+{_SO}hard(?:\s+with\s+(?:us|services|professionals|the\s+plan|everyone|the\s+team"
    r"|agencies|school|me))?"
    # Getting on, said of two people with nothing seen: "Mum and Dad get on much better".
    rf"|{_ANYONE}(?:\s+and\s+{_ANYONE})?\s+(?:(?:are|is)\s+)?(?:get|gets|getting|got|gotten)"
    rf"\s+(?:on|along)\s+{_SO}(?:much\s+|a\s+lot\s+|loads\s+|far\s+|so\s+much\s+)?"
    r"(?:better|well|fine|great|brilliantly)(?:\s+(?:together|now|these\s+days|lately))?"
    rf"|{_CARER}\s+{_SO}(?:work|works|working|(?:has|have|'s|'ve)\s+{_SO}(?:worked|been\s+working))"
    rf"\s+{_SO}well\s+(?:together|with\s+(?:services"
    r"|professionals|the\s+plan|us|everyone|the\s+team|agencies"
    # ... or a service by its own name: "the family have worked well with Oranga Tamariki"
    rf"|(?:the\s+)?{SERVICE_BY_NAME}))(?:\s+for\s+(?:the\s+sake"
    r"\s+of\s+)?(?:the\s+|their\s+)?(?:children|kids|boys|girls|twins|baby|family))?"
    # A change said with nothing seen: "Dad's not drinking any more", "mum has stopped using".
    rf"|{_CARER}{_BE}{_SO}(?:not|no\s+longer)\s+(?:drinking|using|taking\s+drugs|smoking"
    r"|gambling)(?:\s+any\s*more)?"
    rf"|{_CARER}\s+(?:has|have|'s|'ve)\s+{_SO}(?:stopped|given\s+up|quit|cut\s+(?:down|back)"
    r"(?:\s+on)?)\s+(?:drinking|using|drugs|the\s+drink|drink|alcohol|smoking|weed|cannabis"
    r"|gambling)"
    rf"|{_CARER}{_BE}{_SO}(?:sober|abstinent|off\s+(?:the\s+)?(?:drink|drugs|booze)"
    r"|clean\s+(?:now|of\s+(?:drugs|drink)))(?:\s+now)?\b"
    # A home or its state said to be fine, with nothing seen: "home was fine when i visited".
    # Or safe, or calmer, for the children: "the home is safe for the children now".
    r"|(?:home|house|flat|property|(?:home\s+)?conditions)\s+(?:is|are|was|were|seems?|seemed"
    rf"|looks?|looked|appears?|appeared|feels?|felt)\s+(?:now\s+)?{_SO}(?:fine|ok|okay|alright"
    r"|all\s+right|good|nice|lovely|great|acceptable|adequate|satisfactory|suitable|appropriate"
    r"|decent|reasonable|homely|(?:of|to)\s+a\s+good\s+standard|in\s+good\s+order|safe|safer"
    r"|secure|settled|calm|calmer|peaceful|stable|better)\b(?:\s+(?:for|to)\s+(?:the\s+|her\s+"
    r"|his\s+)?(?:children|kids|baby|boys|girls|twins|child|them|him|her|[a-z])\b)?" + _ON_VISIT
    + r"|(?:children|kids|baby|boys|girls|twins)\s+(?:is|are|seem|seems|appear|appears)\s+"
    rf"{_SO}(?:well|properly|nicely)\s+(?:cared\s+for|looked\s+after)"
    rf"|{_KIDS}\s+(?:is|are)\s+{_SO}safe\s+with\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?\w+"
    # How the children feel, said for them: "the kids feel safe with grandma".
    rf"|{_KIDS}\s+(?:feels?|felt|seems?\s+to\s+feel|(?:is|are)\s+feeling)\s+{_SO}(?:safe|happy"
    r"|settled|loved|secure|comfortable|content|at\s+home|relaxed|cared\s+for)\b"
    r"(?:\s+(?:with|at|in|around)\s+(?:the\s+|her\s+|his\s+|their\s+)?[\w']+)?"
    # Effort said with nothing done: "Dad is really trying", "mum is making real efforts".
    rf"|{_CARER}{_BE}{_SO}(?:trying|making\s+(?:an\s+|every\s+|a\s+real\s+|real\s+|a\s+big\s+"
    r"|good\s+|great\s+|huge\s+)?efforts?|putting\s+(?:the|a\s+lot\s+of|lots\s+of|real)?"
    r"\s*effort\s+in)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|now|these\s+days|at\s+the\s+moment)\b)"
    # A home, a placement or contact said to be good or going well, with nothing seen.
    r"|(?:it|this|that|theirs|the\s+(?:home|house|family))(?:['’]s|\s+is|\s+was)\s+"
    rf"{_SO}(?:a|an)\s+{_SO}(?:{_HOMELY}(?:\s*,\s*|\s+and\s+|\s+)(?:{_SO})?)+"
    r"(?:home|household|house|family|environment|place)\b"
    r"|(?:the\s+)?(?:(?:foster|kinship|family|residential|new|current)\s+)?(?:placement|contact"
    r"|visits|things|everything|it\s+all|home\s+life|the\s+plan)\s+(?:is|are|has\s+been"
    rf"|have\s+been|seems?\s+to\s+be|['’]s|['’]re)\s+(?:{_SO})?going\s+{_SO}(?:well|great|fine"
    r"|ok|okay|smoothly|better|brilliantly|nicely|to\s+plan)"
    # (where, which says nothing of what goes well: "things are going well at home")
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:home|school|nursery|college|placement|contact))?"
    # No worry said in place of what was seen: "I have no concerns about dad's parenting".
    # (An agency's own "no worries" is theirs to say: "the nursery have no worries about L".)
    r"|(?:(?:i|we)\s+(?:have|had)\s+|^)no\s+(?:safeguarding\s+)?(?:concerns|worries|issues)\s+(?:at\s+all\s+)?"
    r"(?:about|around|regarding|re|with|over|in\s+relation\s+to)\s+(?:the\s+|her\s+|his\s+"
    r"|their\s+)?[\w']+(?:\s+(?:parenting|care|caring|home|parents?))?"
    rf"|(?:she|he|they){_BE}{_SO}(?:a|an)\s+{_SO}{_GOODS}\s+{_PARENT_NOUN}\b"
    # Agreement said in place of what was seen: "everyone agrees Ellie is safe at Nan's".
    r"|(?:everyone|everybody|all\s+(?:professionals|agencies|involved)|professionals"
    r"|agencies)\s+(?:\w+\s+){0,3}?(?:agrees?|agreed|feels?|felt|thinks?|thought|believes?"
    r"|believed|(?:is|are|were|was)\s+(?:happy|satisfied|confident|agreed))\s+(?:that\s+)?"
    rf"[a-z']+(?:\s+and\s+[a-z']+)?{_BE}{_SO}(?:{_WELL}|fine|ok|okay|alright|doing\s+well"
    r"|well|better)\b(?:\s+(?:at|with|in)\s+(?:the\s+|her\s+|his\s+|their\s+)?[a-z']+)?")
_SAID_OF = on_first_use(rf"(?:{_SAID_OF_SHAPES}){_ENDS}")


# Each shape of `_SAID_OF` alone, in its order, and the quick tests of their words: a
# person's sentence is matched with only the shapes whose words it holds. `_SAID_OF` read
# all forty at every person named, each reading the people again: a tenth of a long
# answer's checks. (The first shape that matches is the one `_SAID_OF` matches with.)
_SHAPES = tuple(on_first_use(rf"(?:{shape}){_ENDS}") for shape in top_branches(_SAID_OF_SHAPES))
_SHAPES_HELD = NeedleIndex([needles(shape.pattern, part=True) for shape in _SHAPES])
# A trouble said to have stopped, with nothing seen: "the arguing has stopped".
_STOPPED = on_first_use(r"(?:the\s+|all\s+the\s+)?(?:arguing|arguments|rows|rowing|fighting|fights"
                        r"|shouting|screaming|violence|name[\s-]calling|incidents|drinking)\s+"
                        rf"(?:has|have|'s|'ve)\s+{_SO}(?:stopped|ended|calmed\s+down|settled"
                        r"(?:\s+down)?|eased(?:\s+off)?|died\s+down)\b(?=\s*(?:[.,;:!?]|$))")
_STOP_NOUNS = words("arguing arguments rows rowing fighting fights shouting screaming "
                    "violence name calling incidents drinking")
# Words one of which every praise `_SAID_OF` reads holds: most sentences hold none of them.
_SAID_OF_WORDS = needles(_SAID_OF.pattern).words
# ... looked for all at once (the same answer as `any(word in folded for word in ...)`): read
# at every sentence of every answer, the Python loop over its 142 words was a tenth of the
# claims reader's time.
_SAID_OF_ANY = on_first_use(any_of(_SAID_OF_WORDS))
# "Sarah is a capable and competent parent", "Tom is a great role model": whoever it is.
_A_GOOD_PARENT = on_first_use(rf"\b[a-z]+{_BE}{_SO}(?:a|an)\s+{_SO}{_GOODS}\s+{_PARENT_NOUN}\b")
# A note that is only a list of praise: "caring, loving, warm and attentive mother".
# Or a note of one word of praise and who, and nothing more in its clause: "lovely family,
# kids happy", "great mum".
_LISTED = on_first_use(rf"\W*(?:an?\s+)?{_SO}{_GOOD}(?:(?:\s*,\s*|\s+and\s+){_SO}{_GOOD})+\s+"
                       rf"{_PARENT_NOUN}\b|\W*(?:an?\s+)?{_SO}{_GOOD}\s+{_PARENT_NOUN}s?"
                       r"(?=\s*(?:[.,;:!?]|$))")
_BONDED = on_first_use(rf"\b{_BOND}")
# Settled, as a note with no one named: "settled in placement", "has settled well at nan's".
_SETTLED = on_first_use(rf"\W*(?:(?:has|have)\s+)?{_SO}settled(?:\s+{_SO}(?:well|nicely|in))?"
                        r"(?:\s+(?:in(?:to)?|at)\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+)?"
                        r"(?:new\s+)?[a-z']+)?(?=\s*(?:[.,;:!?)]|$))")
# ... or the care first, then said to have been seen to be good: "mum's parenting was
# observed to be positive".
_CARE_SEEN_TO_BE = (r"(?:(?:the\s+|her\s+|his\s+|their\s+)?[a-z]+['’]s\s+|the\s+|her\s+|his\s+"
                    r"|their\s+)?(?:parenting|care|interactions?|handling|boundaries|routines?)\s+"
                    r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:observed|noted|seen|witnessed"
                    r"|judged|assessed|felt)\s+to\s+be\s+(?:very\s+|really\s+)?(?:good|positive|warm"
                    r"|loving|appropriate|attentive|nurturing|lovely|great|consistent|excellent"
                    r"|gentle|caring|responsive|sensitive|safe)" + _ON_VISIT
                    + r"(?=\s*(?:[.,;:!?]|$))")
# ... or what a home, a school or the services have set up, said only to be there: "good
# scaffolding in place", "Appropriate safeguards in place", "clear routines and strategies in
# place at home" (what they are, or what they have changed, is not said).
_IN_PLACE = (r"(?:(?:good|clear|appropriate|additional|extra|robust|reasonable|effective"
             r"|consistent|firm|positive|strong|relevant|suitable|necessary|various|several"
             r"|some|the|all|lots\s+of|a\s+lot\s+of)\s+)*(?:[a-z]+\s+(?:and|&)\s+)?"
             r"(?:strateg(?:y|ies)|measures|adjustments|arrangements|systems|safeguards"
             r"|scaffolding|structures?|routines?|boundaries|procedures|protocols)\s+"
             r"(?:(?:are|is|were|was|have\s+been|has\s+been|now|already|all|still)\s+)*"
             r"(?:put\s+)?in\s+place(?:\s+(?:at|in|for|by)\s+(?:the\s+)?(?:home|school|nursery"
             r"|college|placement|house|class|staff|parents?|carers?))?"
             # (what they are, after a colon, is said: "Strategies in place: she has a card")
             r"(?=\s*(?:[.,;!?]|$))")
_CARED = on_first_use(rf"(?:^|(?<=[\s,;:(]))\W*(?:{_CARE_SEEN}|{_CARE_SEEN_TO_BE}|{_IN_PLACE})")
_SUBJECTS = words("""home house flat property conditions mum mummy mam mom mother dad daddy
    father stepmum stepmom stepmother stepdad stepfather parent parents carer carers foster nan
    nana nanny gran granny grandma grandad granddad grandparents grandparent grandmother
    grandfather partner aunt auntie aunty uncle
    family household children kids baby boys girls twins child she he they b c d e f g h j k l
    m n o p q r s t u v w x y z everyone everybody all professionals agencies youngsters little
    young wee neighbour neighbor neighbours neighbors friend friends godparent godparents
    godmother godfather childminder pastor minister coach youth brother sister cousin""") \
    | words(KIN_ADULTS + " " + KIN_CHILDREN)
# Everyday words that start praise only beside one of its words: tried only when one is in
# the sentence ("it's a warm loving home", "contact is going well", "I have no concerns").
_SUBJECT_NEEDS = {
    **dict.fromkeys(("it", "this", "that", "theirs"),
                    words("home household house family environment place")),
    **dict.fromkeys(("placement", "contact", "visits", "things", "everything"), words("going")),
    **dict.fromkeys(("i", "we", "no"), words("concerns worries issues")),
}
_PARENT_NOUNS = words("mum mother dad father parent parents carer carers nan gran grandparents "
                      "family couple model")
_BOND_NOUNS = words("bond bonds attachment attachments relationship relationships friendship "
                    "friendships network networks")
_CARE_WORDS = words("parenting care interaction interactions handling boundaries routine "
                    "routines attunement engagement strategy strategies measures adjustments "
                    "arrangements systems safeguards scaffolding structure structures "
                    "procedures protocols")
_SETTLED_WORDS = words("settled")
_WORD_AT = on_first_use(r"[^\W\d_][\w'\-]*")  # "whānau" is one word


# Praise goes on after "and" or a comma: "close and loving", "doing well and have made
# progress". What follows is read as said of the same person.
_JOINED = on_first_use(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_MOST_JOINED = 6  # each is read on the rest of the sentence: a list of praise is not longer
_WHO_IS = on_first_use(rf"(?:{_CARER}|{_KIDS}){_BE}")


def _goes_on(lowered: str, at: int, end: int) -> int:
    """Where praise said of the person at `at` ends, taking in more praise joined to it."""
    who = _WORD_AT.match(lowered, at)
    linked = _WHO_IS.match(lowered, at)
    heads = [lowered[at:linked.end()]] if linked else []
    heads += [who.group() + " "] if who else []
    for _ in range(_MOST_JOINED):
        joined = _JOINED.match(lowered, end)
        if joined is None:
            break
        rest = lowered[joined.end():]
        more = [m.end() - len(head) for head in heads
                if (m := _SAID_OF.match(head + rest)) is not None]
        more += [m.end() for m in [_STOPPED.match(rest)] if m is not None]
        if not more:
            break
        end = joined.end() + more[0]
    return end


# A grown-up said to be able to care or keep safe, with nothing seen of it (a claim, asked
# about with a strength as its example):
# "Nan is able to keep the children safe", "Chloe knows how to look after the baby properly",
# "Dad is more than capable of meeting their needs".
ABLE_TO_CARE = on_first_use(
    r"^\W*+(?:(?:the|his|her|their|my|our)\s+)?[a-z'-]+(?:\s+(?:and|&)\s+[a-z'-]+)?\s+"
    r"(?:(?:is|are|seems?|appears?)\s+(?:(?:very|fully|well|more\s+than|perfectly|quite"
    r"|totally)\s+)?(?:able\s+to|capable\s+of)|knows?\s+how\s+to)\s+"
    r"(?:keep|keeping|look|looking|care|caring|meet|meeting|protect|protecting|parent"
    r"|parenting|manage|managing|provide|providing|safeguard|safeguarding|mind|minding)\b"
    r"|^\W*+(?:(?:the|his|her|their|my|our)\s+)?[a-z'-]+(?:\s+(?:and|&)\s+[a-z'-]+)?\s+can\s+"
    r"(?:keep\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:children|kids|baby|boys|girls|them|him|her)"
    r"\s+safe|look\s+after|care\s+for|protect|meet)\b")


def praise_span(lowered: str) -> tuple[int, int] | None:
    """Where a sentence (lower case) praises a caregiver or how the children are cared for."""
    tokens = [(m.group(), m.start()) for m in _WORD_AT.finditer(lowered)]
    folded = fold(lowered)
    said_of = _SAID_OF_ANY.search(folded) is not None
    said = {token.split("'")[0] for token, _ in tokens}
    shapes = [_SHAPES[n] for n in _SHAPES_HELD.passing(folded)] if said_of else []
    for token, at in tokens if shapes else ():
        base = token.split("'")[0]
        needs = _SUBJECT_NEEDS.get(base)
        if base in _SUBJECTS or (base.endswith("s") and base[:-1] in _SUBJECTS) or (
                needs is not None and not needs.isdisjoint(said)):
            found = _said_of(shapes, lowered, at)
            if found is not None:
                return found.start(), _goes_on(lowered, at, found.end())
    for gate, read in ((_PARENT_NOUNS, _A_GOOD_PARENT.search), (_BOND_NOUNS, _BONDED.search),
                       (_PARENT_NOUNS, _LISTED.match), (_STOP_NOUNS, _STOPPED.search),
                       (_CARE_WORDS, _CARED.match), (_SETTLED_WORDS, _SETTLED.match)):
        if not gate.isdisjoint(said) and (found := read(lowered)) is not None:
            return found.span()
    return None


def _said_of(shapes: list[re.Pattern[str]], lowered: str, at: int) -> re.Match[str] | None:
    """`_SAID_OF.match(lowered, at)`, given the shapes whose quick tests `lowered` passes."""
    for shape in shapes:
        found = shape.match(lowered, at)
        if found is not None:
            return found
    return None


# A person called good by a word of praise ("is a loving parent", "is a really caring,
# kind mum"): the word a label rule finds, read as praise rather than as a judgement.
_PRAISED = on_first_use(rf"\b(?:a|an)\s+{_SO}{_GOODS}\s+[a-z]+$")


def praised(label: str) -> bool:
    """Whether the words a label rule found call someone good ("is a loving parent")."""
    return _PRAISED.search(label.lower()) is not None


def praises(sentence: str) -> bool:
    """Whether a sentence praises a caregiver or how the children are cared for (what a
    claim about a strength is asked with its own example)."""
    lowered = sentence.lower().replace("’", "'")
    return praise_span(lowered) is not None or ABLE_TO_CARE.match(lowered) is not None
