"""The twenty-seventh round's wording fixes and its blind corpora (as data): for each family
of wording rule, lines a practitioner (a social worker, teacher, health visitor or police
officer in the UK, Australia, New Zealand or the US) might type on a phone, flawed and sound,
the sound ones close in wording.

Set A was written after reading only each rule family's name and purpose (flows/checks/
__init__.py, flows/nudges.py), BEFORE any rule's word list or pattern: held-out evidence.
Set B was written after the round's fixes, before their effect on it was looked at.

Set A before any change (61df016): flawed caught 139/156, sound flagged 6/153 (per family in
`SET_A_BEFORE`). After the round's fixes (FITTED: the rules were changed with set A's misses
in view, each widened to its shape): 155/156, 1/153 (`SET_A_AFTER`). Left alone: "the school
is worried that T will keep missing school" (a danger statement: "T" may be an adult's
initial, and "miss" is what an adult may fail to do), and the one sound line still flagged,
"the child in need plan carries on; the review conference is in three months" (only what the
services will do: the process check is right to ask what it means for the child).
Set B: 7/10 caught and 0/10 flagged before the round, 8/10 and 0/10 after the fixes before
it was looked at, 10/10 and 0/10 once its two misses were widened (fitted).
"""

from __future__ import annotations

import pytest

from flows.checks.plain_language import find_wording
from flows.checks.words import WordList, load_word_list
from flows.nudges import As, describe, plain_language

WORDS: WordList = load_word_list()


def flagged(text: str) -> list[str]:
    return [h.text for h in find_wording(text, WORDS)]

# family -> (how the line is checked, flawed lines, sound lines)
Lines = dict[str, tuple[As, list[str], list[str]]]
SET_A: Lines = {
    "jargon": ("answer", [
        "mum showing signs of disguised compliance again, says all the right things at cp conf",
        "toxic trio present in the home",
        "dad continues to be non engaging with services",
        "concerns re: parenting capacity remain",
        "high levels of family dysfunction noted",
        "presenting as unkempt, hygiene needs not being met",
        "theres a pattern of minimisation from both parents",
        "boundaries are an issue at home",
        "attachment issues evident between mum and baby",
        "mum lacks insight into the impact on the children",
        "risk is escalating and the case is likely to meet threshold",
        "home conditions poor",
    ], [
        "mum told the conference she has stopped drinking, then on tuesday there were 14 empty "
        "cans in the recycling",
        "when I visited dad had been drinking, mum was crying and the baby was in a wet nappy",
        "dad didn't answer the door at the last three visits (3rd, 10th and 17th)",
        "mum forgot to pick J up from school twice this week and he waited in the office till 5",
        "the children argued and mum shouted at them for an hour while I was there",
        "L came to school in the same uniform all week and smelled of urine, other kids moved "
        "away from her",
        "both parents said the bruise was nothing and that T bruises easily",
        "K goes to bed when he wants, last night it was 2am he told me, and he fell asleep in "
        "maths",
        "baby cried and mum looked at her phone and didn't pick her up for 10 minutes",
        "mum said the kids don't notice when dad hits her, but R drew a picture of it",
        "the school said T has come in hungry on 4 of the last 5 Mondays",
        "kitchen floor covered in dog mess, no food in the fridge apart from milk",
    ]),
    "abbreviation": ("answer", [
        "DV incident reported by police last night, kids present",
        "YP missing from home x3 this month",
        "HV unable to gain access",
        "mum told the DSL she was scared to go home",
        "s47 strategy meeting held, agreed ICPC",
        "CIN plan to continue, RCPC in 3 months",
        "child is LAC, placed w/ foster carers since june",
        "NFA from police re the assault",
        "DA perp has moved back in",
        "mum has a hx of MH and SM",
        "dad on a DVPO, CYP not to have contact",
        "PLO letter sent to both parents",
    ], [
        "police came at 11pm last night after dad hit mum; the kids were in the next room",
        "J, 15, has not come home on three nights this month",
        "the health visitor knocked twice on Monday and no one came to the door",
        "mum told the school's safeguarding lead she was scared to go home",
        "we met with police and health on 3 Nov and agreed to hold a child protection conference",
        "the child in need plan carries on; the review conference is in three months",
        "A has lived with her foster carers since June",
        "police have decided not to take any further action on the assault",
        "dad, who hit mum in August, has moved back in",
        "mum has been in hospital for depression twice and says she uses cannabis most nights",
        "the court has ordered dad not to contact mum or the kids",
        "the council wrote to both parents on Friday to say it is thinking about going to court",
    ]),
    "euphemism": ("answer", [
        "there was an altercation between mum and dad on saturday",
        "dad can be a bit heavy handed with the boys",
        "some inappropriate touching reported by K",
        "mum and partner had words and things got physical",
        "she is in a relationship with a 24 yr old",
        "dad chastised him",
        "there was an incident at the weekend",
        "uncle has been overly familiar with the girls",
        "the kids were exposed to adult content at dad's",
        "dad likes a drink",
        "things got a bit heated at home over the weekend",
        "mum occasionally disciplines the kids physically",
    ], [
        "on saturday dad pushed mum against the fridge and she hit her head",
        "dad smacks the boys on the legs with his belt when they answer back",
        "K said her stepdad touched her private parts when mum was at work",
        "mum and partner shouted at each other, then he punched the wall next to her",
        "she is 14 and a man of 24 picks her up from school in his car",
        "dad hit him across the face with an open hand because he spilt juice",
        "on sunday dad threw a mug at mum, it broke on the wall above the baby's cot",
        "uncle tickles the girls under their tops and asks them to sit on his lap when they say "
        "no",
        "the kids watched porn on dad's laptop and he knew they were on it",
        "dad drinks 8-10 cans of lager every night and falls asleep on the sofa",
        "mum and dad shouted and swore at each other in front of the kids for an hour on "
        "saturday",
        "mum slaps the kids on the hand when they touch the oven",
    ]),
    "blame": ("answer", [
        "she keeps putting herself at risk by going to the park with older lads",
        "J making poor choices, hanging around with older boys",
        "she is sexually active with her 19 yr old bf",
        "the relationship appears consensual",
        "he's involved in county lines",
        "T is choosing to go missing",
        "she's promiscuous and sends pics to men online",
        "he's chosen an unhealthy lifestyle",
        "she is engaging in risky behaviours online",
        "J's behaviour is provoking dad",
        "she has been associating with known offenders",
        "he's a willing participant in the drug running",
    ], [
        "men in their 20s give her vodka at the park and she goes off in their cars",
        "older boys give J cannabis and ask him to carry bags to addresses in Leeds",
        "a 19 yr old man is having sex with her, she is 15",
        "a 22 year old man has been messaging her since she was 13 and asked her to meet",
        "adults he won't name drive him to a flat in another town and give him drugs to sell",
        "T goes missing most weekends and comes back with new trainers and a phone she can't "
        "explain",
        "men she met online asked her for photos and then threatened to share them",
        "he is being made to sell drugs for men who threatened his mum",
        "a man online told her to send pictures and threatened to post them if she didn't",
        "dad hits J when J swears at him",
        "she has been seen in cars with two men police know for exploiting girls",
        "he told me the men said they'd hurt his little brother if he stopped",
    ]),
    "label": ("answer", [
        "mum is chaotic",
        "dad presents as volatile and aggressive",
        "mum v manipulative with professionals",
        "he's a known drug user",
        "dad was hostile and uncooperative at the visit",
        "neglectful parenting",
        "mum's an alcoholic",
        "stepdad is controlling",
        "family is resistant to support",
        "grandmother is a bit unstable",
        "dad is a perpetrator of domestic abuse",
        "mum is very needy and attention seeking",
    ], [
        "mum missed 4 of 6 appointments and moved house twice since march",
        "dad shouted and swore at me, punched the door and told me to get out",
        "mum told the school T was ill, T told her teacher she'd been at home minding the baby",
        "he told me he smokes heroin every day",
        "dad wouldn't let me in and said he won't talk to social services",
        "the kids had no clean clothes and there was no food in the house on 3 visits",
        "mum drinks a bottle of vodka most days, she told me, and falls asleep by lunchtime",
        "stepdad checks mum's phone every night and won't let her see her friends",
        "mum and dad have said no to the parenting group and the family support worker",
        "gran cried and shouted during the visit and said she couldn't cope with the kids",
        "dad punched mum in the face in front of the children in january",
        "mum rings the school 5 or 6 times a day to ask if K is ok",
    ]),
    "vague": ("answer", [
        "concerns re mum's mental health",
        "there are ongoing worries about home conditions",
        "ongoing safeguarding concerns",
        "the children are at risk",
        "issues around alcohol use",
        "risk of significant harm",
        "worries about dad",
        "some concerns about the baby's weight",
        "there's a lot going on for this family",
        "child's needs not being met",
        "it's a worrying situation",
        "behavioral problems at home and school",
    ], [
        "mum has stayed in bed most days for a month and the kids get themselves to school",
        "the flat had rubbish bags piled in the hallway and the toilet didn't flush",
        "J (6) has told two teachers that dad hits him with a slipper",
        "dad left A (3) alone in the flat for 2 hours on friday night",
        "dad drank a litre of vodka on saturday and fell down the stairs holding the baby",
        "baby has dropped from the 50th to the 9th centile in six weeks",
        "I am worried that dad will hit mum again when he's drunk and the kids will be in the "
        "room",
        "the baby has lost 300g since her last weigh-in on 2 Oct",
        "mum moved house 3 times in 2 months and the kids have missed 20 days of school",
        "T hasn't had his inhaler for two weeks and has had two asthma attacks",
        "I'm worried because K said she doesn't want to go home",
        "R kicked his teacher and threw chairs at school twice this week, and mum says he does "
        "the same at home",
    ]),
    "claim": ("answer", [
        "mum doesn't prioritise the kids",
        "dad doesn't seem to care",
        "mum is struggling",
        "parents are not able to keep the children safe",
        "mum's priorities are elsewhere",
        "dad is not child focused",
        "mum is overwhelmed and not coping",
        "dad puts his own needs first",
        "mum has no understanding of the children's needs",
        "the parents don't take the worries seriously",
        "mum is in denial",
        "dad has a lot of anger",
    ], [
        "mum went out to the pub on friday and left the kids with no adult",
        "dad didn't come to K's hospital appointments on the 3rd or 17th, he said he was at the "
        "gym",
        "mum said she cries every morning and hasn't washed the kids' uniforms for two weeks",
        "both parents were asleep at 2pm when I visited and the 2 yr old was in the street",
        "mum spent the money for the electric on cigarettes, the kids had no heating for a week",
        "dad said 'they'll be fine' when I told him J had been out all night",
        "mum said she can't get out of bed and the kids missed school all last week",
        "dad bought a new TV the week the kids went without school shoes",
        "mum asked me what a 3 year old should eat and said she gives him crisps for dinner",
        "both parents laughed when I told them the school's worries and said the school are "
        "liars",
        "mum said dad has never hit her, K told me she saw him hit mum on sunday",
        "dad punched the wall twice and threw the remote at K on saturday",
    ]),
    "praise": ("answer", [
        "mum is a loving parent",
        "nan is very supportive",
        "dad is a great dad",
        "there's a strong bond between mum and baby",
        "mum is doing really well",
        "good home conditions, kids well cared for",
        "grandparents are a protective factor",
        "the kids are clearly loved",
        "mum is engaging well and is very motivated to change",
        "dad is a positive role model",
        "mum is a brilliant mum, she really tries her best",
        "family is close knit and supportive",
    ], [
        "mum reads to the kids every night and takes them to the library on saturdays",
        "nan has picked the kids up from school every day since september",
        "dad takes K to football every saturday and stays to watch",
        "mum holds the baby close when she feeds her and talks to her",
        "mum has been to all 6 of the baby's health visitor checks since june",
        "the house was clean and warm, there was food in the fridge and the kids had clean beds "
        "at all 3 visits",
        "grandad has the kids every weekend when dad is drinking",
        "K ran to mum when she came to collect him and said 'I love you mummy'",
        "mum has gone to the drug service every week since august and her tests are clear",
        "dad cooks tea for the kids every night and helps J with his reading",
        "mum is a loving parent; she reads to Kai every night and cuddles him when he cries",
        "aunty and uncle ring every sunday and took the kids on holiday in the summer",
    ]),
    "compliance": ("answer", [
        "mum to engage with the parenting course",
        "dad needs to attend a domestic abuse perpetrator programme",
        "mum will engage with the drug and alcohol service",
        "parents to work with the social worker",
        "mum to comply with the child protection plan",
        "dad will attend all core groups",
        "family to accept support from early help",
        "mum should go to the freedom programme",
        "parents will cooperate with all professionals",
        "mum to continue to engage with mental health services",
        "dad must complete anger management",
        "mum needs to keep going to her meetings",
    ], [
        "mum will use what she learns on the parenting course to put the kids to bed by 8 each "
        "night, and the kids will be in school on time",
        "dad will leave the house when he feels angry and mum and the children will not be hit "
        "or shouted at",
        "mum will stay off drugs, her tests will be clear each week and the kids will have a "
        "sober adult with them every night",
        "mum will ring the social worker if dad comes to the house",
        "mum will give the baby her feeds every 3-4 hours and the baby will gain weight",
        "mum will take the kids to the early help group on tuesdays so they get a hot meal and "
        "play with other kids",
        "mum said the freedom programme helped her see that dad checking her phone was control",
        "dad will let the nurse into the house each week to see the baby",
        "mum will take her tablets every morning so she can get up and take the kids to school",
        "dad will walk away and go to his brother's when he gets angry, and the kids won't hear "
        "shouting",
        "mum will tell her sponsor when she wants a drink and nan will have the kids that night",
    ]),
    "process": ("answer", [
        "strategy discussion held and section 47 agreed",
        "referral made to early help",
        "case was stepped down to early help",
        "assessment completed, case to remain open",
        "home visit undertaken",
        "the case was discussed in supervision",
        "child protection plan agreed at conference",
        "contact with school made, info shared",
        "police were informed and a log was created",
        "multi agency meeting held to discuss the family",
        "the family has been known to services since 2019",
        "a referral came in from the school yesterday",
    ], [
        "at the strategy meeting police said dad had been arrested for hitting mum in june",
        "the school rang us because T came in with a burn on his hand and said dad did it",
        "the early help worker saw the kids go to school every day last term",
        "at the home visit mum told me she hasn't eaten in two days so the kids can eat",
        "when I visited on tuesday the baby was asleep in a cot with a clean sheet",
        "at the conference mum said she left dad because he hit her in front of the kids",
        "the school said J has been late every day this week and hungry at break",
        "police were called at 2am because dad was kicking the front door in",
        "at the meeting the nurse said the baby has gained 400g since the last visit",
        "the family first came to us in 2019 when K (2) was found alone in the street",
        "the school told us T had a bruise on her cheek and said mum hit her with a hairbrush",
        "in supervision we agreed I will see the kids alone at school on monday 7 dec",
    ]),
    "next step": ("answer", [
        "referral to be made",
        "to arrange a meeting with the school",
        "follow up with mum",
        "discuss with manager",
        "consider a strategy meeting",
        "needs a home visit asap",
        "chase GP for info",
        "explore support options for dad",
        "get a safety plan in place",
        "review in due course",
        "someone to speak to nan about having the kids",
        "conference to be booked",
    ], [
        "I will make the referral to the parenting team by friday 11 dec",
        "I will ring the school on monday 7th to book a meeting with the head",
        "I'll ring mum on tues 8 dec in the morning to check she got home",
        "I will talk to my manager about a strategy meeting before 5pm on thursday 3 dec",
        "my manager will decide by wednesday 9 dec whether we hold a strategy meeting",
        "I will visit the home on tuesday 8th with the health visitor",
        "I'll email the GP on 4 dec asking for mum's last three appointments",
        "the family support worker will meet dad on 10 dec to talk about a parenting course",
        "mum, nan and I will write the safety plan together at nan's on saturday 12th",
        "we will review the plan at the core group on 14 january",
        "I will ask nan on thursday 10th whether she can have the kids on weekends",
        "the chair will book the conference for the week of 14 dec",
    ]),
    "danger statement": ("danger_statement", [
        "we are worried about mum's drinking",
        "the kids might get hurt",
        "social care are worried that dad is aggressive",
        "dad hits mum when he's drunk",
        "we are worried that the children will continue to be exposed to DV",
        "concerns that mum will not be able to meet the children's needs",
        "the school is worried that T will keep missing school",
        "mum's mental health is affecting the kids",
        "there is a risk that baby will suffer significant harm",
        "we're worried J will carry on getting exploited",
        "dad uses drugs, kids could be harmed",
        "if nothing changes the children will be neglected",
    ], [
        "the social worker and nan are worried that mum drinks until she passes out when she's "
        "alone with the kids, and if nothing changes A (2) could get hurt or go hungry with no "
        "one to help",
        "the school and I are worried that dad will punch mum again in front of the kids, and "
        "they could be hit or be too scared to sleep",
        "the health visitor is worried that mum will keep feeding the baby only when she cries, "
        "and the baby could keep losing weight and get ill",
        "police and children's services are worried that men will keep picking J up and making "
        "him sell drugs, and he could be stabbed or locked up",
        "I am worried that mum will stay in bed for days when she's low and T (4) will be left "
        "without food or anyone watching him",
        "the school nurse and the social worker are worried that dad will smoke heroin while he "
        "has the kids, and they could swallow it or be left alone",
        "we (social worker and GP) are worried that stepdad will hit K with his belt again, and "
        "she could be badly hurt and feel she can't tell anyone",
        "nan and the school are worried that mum will keep leaving the kids alone at night to "
        "go out, and they could get hurt in a fire with no adult to call",
        "the police and I are worried that dad will keep checking mum's phone and hitting her "
        "when she sees friends, and the kids will grow up scared and could be hurt in the middle",
        "the health visitor is worried that dad shakes the baby when she cries at night, and "
        "she could have a brain injury or die",
        "social care and the school are worried that mum will keep hitting J with a slipper "
        "when he's naughty, and J will keep being hurt and scared of going home",
    ]),
    "safety goal": ("safety_goal", [
        "dad won't hit mum",
        "mum to stop drinking",
        "the children will be safe",
        "mum will engage with services",
        "no more DV in the home",
        "dad will attend anger management",
        "mum will put the kids first",
        "the home will be clean and tidy",
        "J will not go missing",
        "parents will work openly and honestly with professionals",
        "mum will be a good role model",
        "risks will be reduced",
    ], [
        "dad will leave the house and go to his brother's when he gets angry; mum will text the "
        "social worker each week to say how it went, and we'll need to see this for 6 months",
        "mum will have no more than 2 drinks when the kids are with her, nan will check in "
        "every evening, and everyone will need to see this for 6 months",
        "mum will give the kids breakfast and walk them to school every day; the school will "
        "tell the social worker about lates each friday, for the next 6 months",
        "mum will feed the baby every 3 hours and the health visitor will weigh her each week "
        "until March",
        "mum will ring nan when dad turns up, and the kids will go to nan's; nan and the social "
        "worker will check this each week for 6 months",
        "mum and dad will keep the flat clear of rubbish and dog mess, and the social worker "
        "will see the kitchen and bedrooms at visits every fortnight for six months",
        "J will be home by 9pm and mum will ring the police if he isn't; the police, school and "
        "youth worker will see this for 3 months",
        "dad will take his medication every morning and his partner and GP will see he's calm "
        "with the kids for 6 months",
        "the youth club, police and council will staff the park in the evenings, and J's mum "
        "will know where he is each night; everyone will need to see this for 6 months",
        "mum will tell the social worker and the health visitor every time she feels low, and "
        "her sister will come to stay so the kids are fed and at school, for the next 6 months",
        "mum will speak to the kids calmly and put them to bed by 8 every night, and nan will "
        "visit 3 times a week to see this, for 6 months",
    ]),
}

# Set B: written after the fixes below, before their effect on it was looked at (US,
# Australian and New Zealand voices); one flawed and one sound line per family.
SET_B: Lines = {
    "vague": ("answer", ["there are behavioral concerns at home and at daycare"],
              ["at daycare he bit two kids on tuesday and threw a chair at his teacher on "
               "wednesday"]),
    "claim": ("answer", ["mom's focus is on her new boyfriend not the kids"],
              ["mom went to her new boyfriend's place on friday night and left the kids (6 and "
               "8) home alone till sunday"]),
    "praise": ("answer", ["the little ones have a really close bond with their grandma"],
               ["the little ones stay at their grandma's every weekend and she walks them to the "
                "park on sundays"]),
    "process": ("answer", ["welfare check completed by police, no further action"],
                ["police did a welfare check at 9pm and found the kids asleep and dad sober"]),
    "next step": ("answer", ["organise a family meeting with the aunties"],
                  ["I'll organise a family meeting with the aunties for thurs 10 dec at the "
                   "marae"]),
    "compliance": ("answer", ["dad to engage with the men's behaviour change program"],
                   ["dad will use the time out plan from the men's program and leave the house "
                    "when he gets angry, so the kids don't see him punch walls"]),
    "blame": ("answer", ["she's been hooking up with older guys she meets on snapchat"],
              ["men in their 20s she met on snapchat have been picking her up and having sex "
               "with her, she is 14"]),
    "abbreviation": ("answer", ["FSW and HV saw mum, agreed a PSP"],
                     ["the family support worker and the health visitor saw mum at home and she "
                      "agreed to a written plan with them"]),
    "label": ("answer", ["stepdad is very intimidating and unpredictable"],
              ["stepdad stood in the doorway with his arms folded and shouted at me to leave "
               "when I asked to see the kids"]),
    "danger statement": ("danger_statement", [
        "the school are worried about mum's drug use and the impact on the children"], [
        "the school and the social worker are worried that mum will keep using ice while she "
        "has the kids, and they could be left without food or an adult awake to help them"]),
}

# Set A, family -> (flawed caught, sound flagged), before any rule was read (61df016); the
# floors the test below holds are the after-scores (`SET_A_AFTER`).
SET_A_BEFORE = {
    "jargon": (12, 0), "abbreviation": (12, 2), "euphemism": (11, 0), "blame": (12, 0),
    "label": (12, 0), "vague": (8, 0), "claim": (10, 0), "praise": (11, 1),
    "compliance": (11, 0), "process": (9, 0), "next step": (8, 2), "danger statement": (11, 1),
    "safety goal": (12, 0),
}
SET_A_AFTER = SET_A_BEFORE | {"abbreviation": (12, 1),
    "euphemism": (12, 0), "vague": (12, 0), "claim": (12, 0), "praise": (12, 0),
    "compliance": (12, 0), "process": (12, 0), "next step": (12, 0),
    "danger statement": (11, 0),
}


def scores(lines: Lines) -> dict[str, tuple[int, int]]:
    """Per family: how many flawed lines are asked about, and how many sound ones."""
    return {family: (sum(bool(describe(t, WORDS, check_as)) for t in flawed),
                     sum(bool(describe(t, WORDS, check_as)) for t in sound))
            for family, (check_as, flawed, sound) in lines.items()}


# Set B before the round's fixes (61df016): 7/10 caught (claim, next step and blame missed),
# 0/10 sound flagged; after them, before it was looked at: 8/10 (the next step now caught),
# 0/10. Then its two misses were read and their shapes widened (FITTED from here): 10/10, 0/10.
SET_B_BEFORE = dict.fromkeys(SET_B, (1, 0)) | {
    "claim": (0, 0), "next step": (0, 0), "blame": (0, 0)}
SET_B_UNSEEN = SET_B_BEFORE | {"next step": (1, 0)}
SET_B_AFTER = dict.fromkeys(SET_B, (1, 0))


@pytest.mark.parametrize(("name", "lines", "after"), [("A", SET_A, SET_A_AFTER),
                                                       ("B", SET_B, SET_B_AFTER)])
def test_the_blind_sets_keep_this_rounds_scores(
        name: str, lines: Lines,
        after: dict[str, tuple[int, int]]) -> None:
    got = scores(lines)
    lost = {family: (got[family], want) for family, want in after.items()
            if got[family][0] < want[0] or got[family][1] > want[1]}
    assert lost == {}, name


# ---- the fixes, each from a shape set A showed (failing before the fix) ----

@pytest.mark.parametrize("flawed", [
    # a listed term in American spelling: "our" as "or", "ise" as "ize", "programme" as "program"
    "behavioral problems at home and school",
    "he has behavior problems",
    "sexualized behaviors in the classroom",
    "she is a child with challenging behavior",
])
def test_a_listed_term_is_found_in_american_spelling(flawed: str) -> None:
    assert flagged(flawed)


@pytest.mark.parametrize("flawed", [
    # an adult's age as typed after a number: "yr", "yrs", "yo", "y/o"
    "she is in a relationship with a 24 yr old",
    "in a relationship with a 22yo",
    "her 19 yrs old boyfriend picks her up",
    # a worry said with only whom it is about, the whole note
    "worries about dad",
    "worry about the baby.",
    # needs said not met with no verb, as a note types it, or shortened
    "child's needs not being met",
    "his needs aren't being met",
    # a worry said as a kind of situation
    "it's a worrying situation",
    "the picture at home is concerning",
    # a plural abstract noun a claim rests on, and the worries not taken in, said as fact
    "mum's priorities are elsewhere",
    "the parents don't take the worries seriously",
    "dad doesn't see a problem",
    # set B's two misses (fitted): sex with adults called "hooking up", and where a parent's
    # attention is said to be, with nothing seen
    "she's been hooking up with older guys she meets on snapchat",
    "hooking up with older lads from the estate",
    "mom's focus is on her new boyfriend not the kids",
    "mom's a mess",
    # praise of a family as close-knit
    "family is close knit and supportive",
    # taking part in the services' own plan or meetings, "child" in their name
    "mum to comply with the child protection plan",
    "parents to attend all child in need meetings",
    # what the services did: a visit undertaken, a meeting held "to discuss", a referral in
    "home visit undertaken",
    "multi agency meeting held to discuss the family",
    "a referral came in from the school yesterday",
    # a next step as a bare note: nobody to do it, no day
    "to arrange a meeting with the school",
    "follow up with mum",
    "discuss with manager",
    "chase GP for info",
])
def test_wording_set_a_missed_in_a_general_shape_is_asked_about(flawed: str) -> None:
    assert flagged(flawed)


@pytest.mark.parametrize("sound", [
    "a worrying situation: dad had the baby on the balcony ledge on friday",
    "nan kept calm in a very worrying situation and rang 999 on 2 dec",
    "mum doesn't take it seriously, she laughed when I told her about the bruise",
    "dad took the letter seriously and rang me on monday",
    "her priorities are the kids, she walks them to school every day",
    "the baby's needs are met every day by nan",
    "Mum presented me with a list of questions for the meeting.",
    "she is 14 and a man of 24 picks her up from school in his car",
    # praise with what the person does after it (carried over: "she read to Kai every night")
    "mum is a loving parent; she reads to Kai every night and cuddles him when he cries",
    "is a loving parent; she read to Kai every night",
    "mum is a loving parent. She reads to Kai every night",
    # the services' meeting in a next step that says who and when
    "I will talk to my manager about a strategy meeting before 5pm on thursday 3 dec",
    "my manager will decide by wednesday 9 dec whether we hold a strategy meeting",
    "the call came through from police at 2am because dad was kicking the door in",
    "mum will stick to the child protection plan so the kids have a sober adult every night",
    "Follow up with mum by friday 11 dec",
    "mum's attention is on the baby when she feeds her",
    "she was messing around with her friends at the park",
    # what someone decided, with "have": not what they are said to have
    "police have decided not to take any further action on the assault",
    "phone calls from dad have stopped",
    "contact with dad is going well",
    "email from school said he was late 3 times",
])
def test_the_same_words_beside_what_happened_are_left_alone(sound: str) -> None:
    assert flagged(sound) == []


def test_a_label_that_judges_is_still_asked_about_with_what_was_done_after_it() -> None:
    # Praise shown by what the person does is plain; a judgement a family may dispute is
    # still asked about ("could the answer stand without it?").
    assert flagged("dad is a violent man; he hit mum on friday") == ["is a violent man"]
    assert flagged("mum is a loving parent") == ["is a loving parent"]
    assert flagged("school will keep an eye on him")


def test_using_while_caring_for_the_children_is_what_the_adult_does() -> None:
    from flows.checks.danger_statement import danger_statement_gaps

    # Drinking or using alone is a complicating factor; using while the adult is the one
    # caring for the children is what they do that could hurt them.
    using = "what the adult does to the child or in front of them, not only what they drink"
    caring = ("the school nurse and the social worker are worried that dad will smoke heroin "
              "while he has the kids, and they could swallow it or be left alone")
    assert not any(using in gap for gap in danger_statement_gaps(caring, WORDS))
    alone = "we are worried dad drinks and the kids could be hurt"
    assert any(using in gap for gap in danger_statement_gaps(alone, WORDS))


# ---- carried over from the last pass ----

@pytest.mark.parametrize("written_out", [
    "referred to Child and Adolescent Mental Health Services (CAMHS) on 3 Nov",
    "the special educational needs co-ordinator (SENCO) met mum on 3 dec",
    "the special educational needs coordinator (SENCO) met mum on 3 dec",
    "sent to the Multi-Agency Safeguarding Hub (MASH) on 2 dec",
    "told the local authority designated officer (LADO) on 2 dec",
])
def test_a_service_written_out_before_its_short_form_in_brackets_is_not_asked_about(
        written_out: str) -> None:
    # The usual way to define a short form (words, then the letters in brackets) was read
    # only where each word gave one letter: "CAMHS" lost its own final S, "SENCO" takes two
    # letters from "co-ordinator".
    assert flagged(written_out) == []


def test_a_service_short_form_is_asked_about_once_and_told_how_to_write_it() -> None:
    # GP, A&E and NHS are known to families; CAMHS, MASH, LADO and SENCO are not to every
    # parent reading a report: they are asked about, and the nudge says once in full will do.
    said = plain_language("referred to CAMHS on 3 nov after K said she wanted to die", WORDS)
    assert said is not None
    assert said.startswith('You wrote "CAMHS".')
    assert 'Once in full is enough, with "CAMHS" after it in brackets.' in said
    for known in ("took him to A&E on saturday with a burn on his hand",
                  "mum saw her GP on monday about her low mood",
                  "NHS 111 told mum to take him to hospital on 3 dec"):
        assert flagged(known) == [], known


@pytest.mark.parametrize("children", ["little ones", "wee ones", "young ones", "youngsters"])
def test_the_children_by_the_familys_own_words_are_read_as_children(children: str) -> None:
    # "the kids are well looked after" was asked what was seen; "the little ones are well
    # looked after" was not, nor "mum doesn't care about the little ones".
    for line in (f"the {children} are well looked after", f"the {children} are happy and thriving",
                 f"nan is amazing with the {children}", f"mum doesn't care about the {children}"):
        assert flagged(line), line
    assert flagged(f"nan is amazing with the {children}, she has them every saturday") == []


def test_an_answer_that_is_really_dont_know_reads_plainly_in_the_summary() -> None:
    # "idk", "n/a" and "dont know" were printed as typed in the summary a chair reads.
    from builders import Answer
    from summaries import summary_of

    from flows.loader import load_flows
    from flows.render import render_text
    from flows.replies import Pick

    plan = {"what_happened": Answer("idk"), "going_well": Answer("n/a"),
            "needs_to_happen": Answer("dont know"), "worry_scale_why": Answer("IDK")}
    flow = load_flows()["reflection"]
    assert set(plan) <= {s.id for s in flow.steps}
    text = render_text(summary_of(flow, plan | {"safe_today": Answer(Pick("yes"))}))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "What worries you: not known yet" in lines
    assert "Going well, and who helps: does not apply" in lines
    assert "Next, and by whom: not known yet" in lines
    assert "Why this number: not known yet" in lines
    assert not any(word in text.lower().split() for word in ("idk", "n/a", "dont"))
