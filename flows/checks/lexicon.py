"""Word classes the statement and goal checks share: who acts, and what counts as doing.

Classes, not phrases: a verb is listed once and every form of it is matched ("hit", "hits",
"hitting"), so a statement written in words these checks have never seen still reads right
as long as it says who did what.
"""

from __future__ import annotations

import re

from flows.checks.text import alternation, longest_first
from flows.regex import on_first_use

_I = re.IGNORECASE
_IRREGULAR = {
    "hit": "hit", "beat": "beat beaten", "bite": "bit bitten", "throw": "threw thrown",
    "take": "took taken", "leave": "left", "keep": "kept", "give": "gave given",
    "drink": "drank drunk", "drive": "drove driven", "sell": "sold", "buy": "bought",
    "bring": "brought", "send": "sent", "tell": "told", "make": "made", "meet": "met",
    "put": "put", "shake": "shook shaken", "fight": "fought", "hold": "held", "go": "went gone",
    "come": "came", "get": "got", "see": "saw seen", "speak": "spoke spoken", "sleep": "slept",
    "forget": "forgot forgotten", "hide": "hid hidden", "break": "broke broken",
    "stay": "stayed", "pay": "paid", "lock": "locked", "swear": "swore sworn", "feed": "fed",
    "wake": "woke woken", "fall": "fell fallen", "let": "let", "do": "did done does",
    "find": "found", "teach": "taught", "catch": "caught", "stab": "stabbed", "run": "ran",
    "sit": "sat", "lose": "lost", "spend": "spent", "steal": "stole stolen", "read": "read",
    "have": "had has", "be": "is are was were been", "burn": "burnt", "strike": "struck",
    "spit": "spat", "swing": "swung", "tear": "tore torn", "lead": "led", "flee": "fled",
    "stick": "stuck", "spill": "spilt", "shut": "shut", "feel": "felt", "say": "said",
    "hear": "heard", "write": "wrote written", "ring": "rang rung", "ride": "rode ridden",
    "shoot": "shot", "bleed": "bled", "eat": "ate eaten", "lend": "lent", "kneel": "knelt",
    "smell": "smelt", "stand": "stood", "lie": "lay lain lying", "split": "split",
    "admit": "admitted admitting", "wet": "wetted wetting", "soil": "soiled", "rob": "robbed",
    "drop": "dropped dropping", "slam": "slammed slamming", "slip": "slipped slipping",
    "trip": "tripped tripping", "tip": "tipped tipping", "spot": "spotted spotting",
    "swim": "swam swum", "sneak": "snuck", "forward": "forwarded",
}
_DOUBLE = on_first_use(r"[^aeiou][aeiou][bdgmnprt]$")


def _forms(base: str) -> list[str]:
    if base.endswith("e") and not base.endswith("ee"):
        forms = [base, base + "s", base + "d", base[:-1] + "ing"]
    elif base.endswith(("sh", "ch", "ss", "x", "o")):
        forms = [base, base + "es", base + "ed", base + "ing"]
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms = [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    elif _DOUBLE.search(base) and len(base) <= 4:
        forms = [base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"]
    else:
        forms = [base, base + "s", base + "ed", base + "ing"]
    return forms + _IRREGULAR.get(base, "").split() + _prefixed(base)


# A verb made of a prefix and an irregular one has its forms: "undertake" ("undertook",
# "undertaken"), "withhold" ("withheld"), "become" ("became").
_PREFIX = on_first_use(r"(under|over|with|up|out|re|mis|fore|for|be)(?=[a-z]{3})")


def _prefixed(base: str) -> list[str]:
    found = _PREFIX.match(base)
    if found is None or base in _IRREGULAR or base[found.end():] not in _IRREGULAR:
        return []
    return [found.group() + form for form in _IRREGULAR[base[found.end():]].split()]


def verb_forms(spaced: str) -> frozenset[str]:
    """Every form of each verb as a single word (a particle after `_` is left off)."""
    return frozenset(form for entry in spaced.split() for form in _forms(entry.partition("_")[0]))


def verbs(spaced: str) -> str:
    """A regex alternation of every form of each verb (a `_` joins a verb to its particle)."""
    out: set[str] = set()
    for entry in spaced.split():
        base, _, particle = entry.partition("_")
        tail = "".join(r"\s+" + re.escape(word) for word in particle.split("_") if word)
        out.update(re.escape(form) + tail for form in _forms(base))
    return longest_first(out)


# What an adult does to a child or in front of them: harm, and the care that goes missing.
HARM = verbs("""hit punch kick slap smack push shove grab strangle choke throttle shake bite
    burn scald beat hurt injure bruise throw drag pull pin strike attack assault stab cut
    threaten shout scream swear yell belittle humiliate insult mock frighten scare intimidate
    control stop prevent isolate follow track check lock trap break smash damage destroy
    leave forget ignore fail feed wash bathe change clean cook buy take bring collect pick_up
    get_up wake sleep stay go come drive supervise watch look_after keep give sell send
    message text pay meet film photograph record touch kiss show make force tell ask let allow
    invite ply supply store hide carry pass_out fall_asleep collapse miss refuse argue fight
    row rape abuse groom encourage put lash_out smoke_in lose spend steal sit starve deny
    withhold punish blame call_names name_call criticise criticize undress expose restrain
    tie hold sleep_in explain move live bring_home babysit call handle treat squeeze drop swing
    bounce care_for walk_in walk_into barge burst_in comment stare film post share spit tear
    swing""")
# Drinking or using drugs: a complicating factor, not on its own the harm to the child.
SUBSTANCE = verbs("drink use inject smoke take_drugs get_high get_drunk")
SUBSTANCE_WORDS = on_first_use(r"\b(?:drugs?|alcohol|cannabis|heroin|cocaine|crack|spice|"
                               r"weed|vodka|cider|beer|wine|pills|methadone|drinking|drug\s+use"
                               r"|drug-taking)\b", _I)
# Words that say what professionals want, not what anyone will do.
PROCESS = verbs("""engage comply attend cooperate co-operate work accept access address reduce
    manage understand recognise recognize acknowledge demonstrate evidence prioritise
    prioritize ensure maintain participate sustain benefit reflect learn improve develop
    protect safeguard meet_the complete consider explore continue_to_work be_open be_honest
    be_supportive be_safe be_aware be_able have_insight show_insight take_responsibility
    seek utilise utilize undertake disrupt tackle combat raise_awareness""")
NEGATING = on_first_use(r"(?:not|never|no\s+longer|stop|stops|cease|refrain|avoid|n['’]t)\b", _I)

# Family words of Wales, Scotland and Aotearoa New Zealand, read as "nan", "kids" and
# "family" are: "Nain walks them to school", "the weans", "the whānau". And the names a
# family's grown-ups go by in Ireland ("Da", "Mammy"), in South Asian, African, Jewish,
# Spanish-speaking, Nordic, German, Dutch, Italian and Cree households ("Nani", "Dadi",
# "Bibi", "Gogo", "Bubbe", "Abuela", "Mormor", "Oma", "Nonna", "Kokum"), and Greek, Polish,
# Irish, Arabic, Korean, Chinese, Portuguese, French and Urdu ones ("Yiayia", "Babcia",
# "Mamó", "Teta", "Halmeoni", "Nainai", "Avó", "Mamie", "Khala").
KIN_ADULTS = """nain taid mamgu tadcu granda grannie koro kuia whanau whānau tupuna tīpuna
    da mammy mammie nani nanima dadi dadima ammi ammu abbu abba bibi gogo ouma oupa
    bubbe bubby bobe zaide zayde zeide savta abuela abuelo abuelita abuelito mormor morfar
    farmor farfar oma opa nonna nonno kokum kokom mosom moshum
    yiayia yiayiá papou pappou babcia babci dziadek dziadzio mamó daideo teta sitti jiddo
    jaddah jadda halmeoni halmoni harabeoji nainai yeye laolao laoye avó avô vovó vovô mamie
    khala khalu phuppo phupho chacha chachi masi mausi"""
KIN_CHILDREN = "wean weans bairn bairns tamariki mokopuna"
# The family's own grown-ups: a parent, a carer, a partner or spouse, a grandparent, an uncle
# or aunt.
FAMILY_ADULTS = """mum mummy mam mom mother dad daddy father stepdad step-dad stepfather
    stepmum step-mum stepmother parent parents carer carers caregiver caregivers partner
    husband wife nan nana nanny gran granny grandma grandmother grandad granddad grandpa
    grandfather grandparents uncle aunt auntie aunty """ + KIN_ADULTS
ADULT_WORDS = FAMILY_ADULTS + """ boyfriend girlfriend ex-partner ex adult adults man men
    woman women older_boys older_males older_lads older_men older_youths
    older_teenagers older_people gang gang_members dealer dealers lodger neighbour family_friend
    someone strangers people both_parents the_parents mum_and_dad dad_and_mum friend friends
    cousin brother sister babysitter coach tutor"""
ADULT = alternation(ADULT_WORDS)
# The victim-survivor of domestic abuse, in a goal: asking only her to act gets sent back.
HARMED_ADULT = alternation("mum mummy mam mom mother she")
CHILD = alternation("""child children kids kid baby babies infant toddler son daughter
    young_person young_people YP teenager teen boy girl siblings pupil youngsters little_ones
    little_one young_ones wee_ones little_uns """ + KIN_CHILDREN)
# Professionals: their part in a plan is to see, check and help, not to stop the harm.
PROFESSIONAL = alternation("""social_worker SW school teacher teachers nursery health_visitor HV
    GP police professionals worker workers family_support team doctor nurse midwife
    youth_worker key_worker head head_teacher college staff probation officer counsellor
    network safety_network everyone everybody""")
# People who will see change happen: the network and the professionals.
OBSERVER = alternation("""social_worker SW school teacher teachers nursery health_visitor HV GP
    police network safety_network professionals everyone everybody worker workers
    family_support team nan nana gran granny grandma grandad aunt auntie uncle sister brother
    friend friends neighbour neighbours family us me we they group conference chair doctor
    nurse midwife youth_worker key_worker head head_teacher college manager staff officer
    officers adviser advisor caseworker kaimahi imam rabbi priest pastor minister granthi
    elder elders """ + KIN_ADULTS)
ADULT_RE = on_first_use(rf"\b{ADULT}\b", _I)
CHILD_RE = on_first_use(rf"\b{CHILD}\b", _I)
INITIAL = on_first_use(r"(?<![\w'’])[A-HJ-Z](?![\w'’])")  # "R", "T": a person by initial
# Services and their processes named with a capital, which are no one of the family and no
# place anything happened: "the Department", "the Trust", "Tusla", "the Garda", "Meitheal".
SERVICE_NAMES = """tusla garda gardai gardaí department trust agency authority board meitheal
    dcfs dcs cps"""
# A child protection service, a police force or a charity doing the work, called by its own
# name, here and abroad, as the family may be said to work with it or it to be told:
# "worked well with Oranga Tamariki", "honest with the barnevernet", "Police Scotland
# informed", "Barnardo's were informed" (one list for every rule that names a service).
SERVICE_BY_NAME = alternation("""tusla oranga_tamariki barnevernet barnevernstjenesten
    socialtjänsten cas children's_aid children's_aid_society cps dcs dcfs dcyf acs
    children's_services social_services family_services children's_social_care social_care
    department local_authority jugendamt kinderschutz police police_scotland psni garda gardai
    gardaí garda_síochána an_garda_síochána barnardo's barnardo’s barnardos nspcc
    action_for_children""")
# Capitalised words that are not a person's name: how a sentence or clause starts, the
# calendar, and the places and services a statement names.
_NOT_A_NAME = alternation("""the a an if when whenever while then and but or so because since
    as after before on in at by for from to with without of this that these those there their
    they he she we i it its our your his her him them us me my everyone everybody nobody all
    both each every no not yes also until once now today yesterday tomorrow last next over
    during what who where why how which mr mrs ms miss dr monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december christmas easter police court council health social services
    children family team network conference hospital ward unit housing probation nursery
    college academy primary secondary high church mosque temple home house flat street road
    park station centre center reporter hearing panel order plan named person compulsory
    supervision review meeting referral strategy core group assessment marae kura hui
    """ + SERVICE_NAMES)
# A person by name, as practitioners write them ("Lee pushed Sara", "Kerry will take Ava").
# Case matters: a name is a capitalised word that no other class of these checks claims.
# (The capital is looked for first: most places in a text fail there, before the word lists.)
NAME = (r"(?<![\w'’])(?=(?-i:[A-Z][a-z]))"
        rf"(?!(?i:{_NOT_A_NAME}|{CHILD}|{PROFESSIONAL}|{OBSERVER})\b)"
        r"(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’])")
NAME_RE = on_first_use(NAME)
