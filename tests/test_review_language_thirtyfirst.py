"""A blind review of the wording checks in the thirty-first round, as a practice lead would
test them: set F, lines a social worker, teacher, health visitor or police officer types on a
phone (note-style short forms, typos, lower case, names from several languages), each sent at
the question of a real tool where it would be typed, through the real engine and its real
reminders. A flawed line should be asked about once, with the question that fits its flaw; a
sound one let through.

Set F was written after reading only which question runs which check (the flows' `checks:`)
and how the thirtieth review drove them, BEFORE any rule's word list or pattern, and
committed before anything was run on it (aee1789). Each flawed line carries the kinds of
question that would fit it (the thirtieth review's `FITS`; how often, and who the people
around a young person are and what they do, read as what was seen: `kind`).

Set F, blind, on the code as it was (d0db3bc): flawed caught 49/70, 42 of them with a question
that fits; sound flagged 2/69 (one sound line is at a question the walk never reaches, asked
only when the child's words are skipped). Missed: "frequently", "on and off", "yes they coped
well", "aunty Jas - lovely lady", "good partnership working", the noun-only next steps
("parenting course", "all professionals", "apply for college", "multi-agency response"), and
at questions kept as the child's words: "he enjoys football", "wants more contact with dad",
"anxious about school", "would like her own room", "child reported that dad hits her",
"to be independent", "YP to gain employment", "PA", "anxiety", "worried about parents
arguing", "wants to feel safe". Flagged: a young person's goal of going to his college course
("says what professionals want"), and a safety goal naming no one who will see it.
After the fixes below (FITTED: each made in general form, tried first on fresh variants):
61/70 caught, 54 with a question that fits, 1/69 flagged. `LEFT_UNASKED` are the noun-only
next steps (a step's question is not known to the wording check), four at questions kept as
the young person's own words that a young person could say as they are, and "PA" (a care
leaver's own word for their adviser); `LEFT_ASKED_OTHERWISE` are strengths or safety asked
as praise, and one verdict (goals asked about "engage" as a word are now asked as goals).

Fresh variants (below), flawed asked (fitting) before -> after, sound flagged before -> after:
an outcome label 2 (2) / 4 -> 4 (4), 0/3 -> 0/3; how often as a word 0/4 -> 4/4, 0/3 -> 0/3;
a verdict 2 (2) / 4 -> 4 (4), 0/3 -> 0/3; needed by nobody 3 (3) / 5 -> 5 (5), 1/3 -> 0/3 ("a
referral ... is needed and I will make it by fri 11 dec" was asked what the services did);
senco with no day 1 (1) / 3 -> 3 (3: the short form, and by when for the two steps in note
form; "the senco will assess him", said with "will" as goals are, was asked the short form
only, and is now asked by when too), written out 0/2 -> 0/2; a case label's letters 2/4 ->
0/4 flagged; "will" typed short
in a goal 3/3 -> 0/3 flagged; drugs carried for others in a danger statement 2/4 -> 0/4
flagged; an adult called a child's boyfriend 0/3 -> 3/3, two teenagers 0/2 -> 0/2; the
writer's account of what the child wants 0/5 -> 5/5, the child's own words 0/3 -> 0/3.
"""

from __future__ import annotations

import pytest
from review_sets import ReviewSet, review_tests
from test_review_language_thirtieth import kind_of
from test_review_language_twentyninth import asked, reply_to

Flawed = tuple[str, tuple[str, ...]]

SET_F: dict[tuple[str, str], tuple[list[Flawed], list[str]]] = {
    # ---- the safety mapping ----
    ("mapping", "worst_harm"): ([
        ("mum was under the influence and neglected the baby", ("seen", "term")),
    ], [
        "on 2 nov dad punched mum in the face in the kitchen while the 4yo watched from the "
        "doorway, mum's nose was bleeding",
    ]),
    ("mapping", "recent_harm"): ([
        ("concerns re home conditions again", ("seen", "term")),
    ], [
        "sat night mum's partner kicked the bedroom door in and shouted at R (9) that he'd "
        "'end him', R hid under the bed till the police came",
    ]),
    ("mapping", "harm_pattern"): ([
        ("frequently", ("seen",)),
    ], [
    ]),
    ("mapping", "harm_impact"): ([
        ("she's traumatised", ("seen", "term")),
    ], [
        "she wets the bed most nights since the summer and told her teacher she's scared to "
        "go home on fridays",
    ]),
    ("mapping", "house_worries"): ([
        ("she said she doesnt like it when mum and dad fight", ("child",)),
    ], [
        "when daddy shouts I go in the cupboard",
        "i dont like the man who comes at night",
    ]),
    ("mapping", "house_good"): ([
        ("he enjoys football", ("child",)),
    ], [
    ]),
    ("mapping", "house_dreams"): ([
        ("wants more contact with dad", ("child",)),
    ], [
        "I want mummy to stop being sad",
    ]),
    ("mapping", "danger_behaviour"): ([
        ("dad's substance misuse", ("seen", "term")),
    ], [
        "mum drinks most of a bottle of vodka most evenings and falls asleep on the sofa with "
        "the 18 month old still awake",
    ]),
    ("mapping", "danger_impact"): ([
        ("child at risk of significant harm", ("seen", "term")),
    ], [
        "Jayden could be badly hurt if he's near when dad throws things, and he could stop "
        "going to school",
    ]),
    ("mapping", "danger_statement"): ([
        ("Social worker is worried about dad's drinking", ("danger",)),
    ], [
        "The social worker and school are worried that when dad drinks he shouts and throws "
        "things at mum, and that Jayden (6) could be hit by something or so frightened he "
        "can't sleep or learn.",
    ]),
    ("mapping", "goal_doing"): ([
        ("dad will engage with services", ("goal",)),
    ], [
        "Dad will go outside or to his room when he feels angry, and mum will ring nan to come "
        "over if dad has been drinking",
    ]),
    ("mapping", "safety_goal"): ([
        ("Children to be safe", ("goal",)),
    ], [
        "Mum will take the children to nan's every night dad has been drinking, and nan and "
        "the social worker will see this every week for 6 months, so the children can sleep "
        "without being woken by shouting.",
    ]),
    ("mapping", "complicating"): ([
        ("poor engagement", ("seen", "term")),
    ], [
    ]),
    ("mapping", "strengths"): ([
        ("mum loves her kids", ("seen",)),
    ], [
        "mum has walked both kids to school every day this term and they arrive having had "
        "breakfast",
    ]),
    ("mapping", "existing_safety"): ([
        ("mum is protective", ("safety",)),
        ("grandparents very supportive", ("safety", "does")),
    ], [
        "when dad turned up drunk on 3 nov mum kept the door locked and rang the police, the "
        "kids stayed upstairs with her",
    ]),
    ("mapping", "trusted_adults"): ([
        ("aunty Jas - lovely lady", ("does",)),
    ], [
        "aunty Jas: picks the kids up from school every wed and fri and rings the social worker "
        "if mum isn't in",
    ]),
    ("mapping", "next_steps"): ([
        ("refer to CAMHS", ("who_when", "term")),
        ("parenting course", ("who_when",)),
    ], [
        "social worker to visit mum on tues 9 dec to agree who stays over at weekends",
        "school nurse to weigh Tomasz every monday morning from 8 Dec",
    ]),
    ("mapping", "first_sign"): ([
    ], [
        "mum answers the door when the health visitor comes",
    ]),
    ("mapping", "plan_working"): ([
        ("regular monitoring", ("who_when", "seen")),
    ], [
        "school will ring the social worker the same day if Kofi comes in hungry or with marks",
    ]),
    ("mapping", "family_view"): ([
        ("mum is in denial", ("seen", "blame")),
    ], [
        "mum says the bruise was from falling off the trampoline, dad says he wasn't there",
    ]),
    # ---- early help wellbeing mapping ----
    ("wellbeing", "worry_what"): ([
        ("home life is chaotic", ("seen",)),
    ], [
        "Sana has missed 14 days of school since sept, mostly mondays, and says she stays home "
        "to look after her little brother",
    ]),
    ("wellbeing", "worry_impact"): ([
        ("negative impact on her wellbeing", ("seen", "term")),
    ], [
    ]),
    ("wellbeing", "family_view"): ([
    ], [
        "dad says school is picking on her, mum agrees she misses too much but says she can't "
        "get her up",
    ]),
    ("wellbeing", "goal_doing"): ([
        ("family will engage with early help", ("goal",)),
    ], [
        "Mum will wake Sana at 7.30 and walk her to the bus on school days",
    ]),
    ("wellbeing", "wellbeing_goal"): ([
        ("improved attendance", ("goal",)),
    ], [
        "Mum will get Sana to school by 8.40 every school day until the summer, so Sana keeps "
        "up with her classes and sees her friends.",
    ]),
    ("wellbeing", "unmet_needs"): ([
    ], [
    ]),
    ("wellbeing", "harder"): ([
    ], [
        "dad works nights so mum is on her own with 4 kids from 6pm",
    ]),
    ("wellbeing", "strengths"): ([
        ("mum is receptive to advice", ("seen",)),
    ], [
        "mum rang the GP herself when the baby had a rash last week",
    ]),
    ("wellbeing", "coped"): ([
        ("yes they coped well", ("seen",)),
    ], [
        "when dad was in hospital last year nan moved in for a month and did the school run",
    ]),
    ("wellbeing", "next_steps"): ([
        ("EHA to continue", ("who_when", "term")),
    ], [
        "family support worker to go through the bedtime chart with mum at home on 11 Dec",
    ]),
    ("wellbeing", "house_worries"): ([
        ("anxious about school", ("child",)),
    ], [
        "the big boys on the bus take my dinner money",
    ]),
    ("wellbeing", "house_dreams"): ([
        ("would like her own room", ("child",)),
    ], [
        "I wish dad lived near us",
    ]),
    # ---- contextual safety mapping ----
    ("contextual", "harm_outside"): ([
        ("believed to be involved in county lines", ("seen", "term")),
    ], [
        "on 21 Nov police found Liam (15) in a flat in another town with £400 and 20 wraps, "
        "two older men were there",
    ]),
    ("contextual", "harm_signs"): ([
        ("presenting as withdrawn", ("seen",)),
    ], [
        "he has a new phone and trainers mum didn't buy, and told his youth worker 'I owe them'",
    ]),
    ("contextual", "yp_worries"): ([
    ], [
    ]),
    ("contextual", "peer_worries"): ([
        ("hanging around with an older crowd", ("seen",)),
    ], [
        "he spends evenings with 3 lads aged 17 to 19 who drive him to other towns",
    ]),
    ("contextual", "area_worries"): ([
    ], [
    ]),
    ("contextual", "online_worries"): ([
        ("inappropriate online contact", ("seen",)),
    ], [
        "a man she hasn't met sends her money on snapchat and asks for photos",
    ]),
    ("contextual", "home_safety"): ([
        ("parents are protective factors", ("safety", "term")),
    ], [
        "when Liam went missing on 3 nov dad drove round till he found him and rang the police "
        "at 11pm",
    ]),
    ("contextual", "danger_statement"): ([
        ("Police are worried about exploitation", ("danger", "seen")),
    ], [
        "Police and the youth justice worker are worried that older men are getting Liam (15) "
        "to carry and sell drugs in other towns, and that he could be stabbed, arrested or "
        "kept in a flat against his will.",
    ]),
    ("contextual", "goal_doing"): ([
        ("disruption of the group", ("goal", "term")),
    ], [
        "Police will patrol the bus station on friday and saturday nights, and school will keep "
        "Liam in lessons until 3.15",
    ]),
    ("contextual", "goal_family"): ([
        ("Liam will stop associating with negative peers", ("goal", "seen")),
    ], [
        "Liam will be home by 9pm and tell mum where he is going, and mum will ring the police "
        "if he isn't back by 10",
    ]),
    ("contextual", "trusted_adults"): ([
        ("youth worker - good relationship", ("does",)),
    ], [
        "youth worker: meets Liam every thurs at the gym and texts him on saturdays",
    ]),
    ("contextual", "next_steps"): ([
        ("strategy meeting to be held", ("who_when", "term")),
    ], [
        "social worker to hold a meeting with police and school on 10 Dec about the bus station",
    ]),
    # ---- the Harm Matrix ----
    ("harm_matrix", "danger_behaviour"): ([
        ("neglectful parenting", ("seen",)),
    ], [
        "dad leaves the 3 kids alone overnight 2 or 3 times a week when he goes out",
    ]),
    ("harm_matrix", "harm_impact"): ([
        ("impacted emotionally", ("seen",)),
    ], [
        "the 2yo isn't saying any words yet and screams when an adult picks her up",
    ]),
    ("harm_matrix", "harm_frequency"): ([
        ("on and off", ("seen",)),
    ], [
    ]),
    ("harm_matrix", "harm_history"): ([
    ], [
    ]),
    ("harm_matrix", "harm_complicating"): ([
        ("MH and DA", ("term",)),
    ], [
        "mum has depression and hasn't seen her GP since the summer, and they have no money "
        "for gas",
    ]),
    ("harm_matrix", "harm_accepted_detail"): ([
        ("mum minimises", ("seen",)),
    ], [
        "dad said 'yeah I left them, they're fine, they're old enough'",
    ]),
    ("harm_matrix", "child_vulnerability"): ([
    ], [
        "she is 2 and can't tell anyone, and no one outside the family sees her because she "
        "isn't at nursery",
    ]),
    ("harm_matrix", "danger_statement"): ([
        ("Concerns around neglect", ("danger", "seen")),
    ], [
        "The health visitor and the social worker are worried that dad leaves the children "
        "alone at night, and that the 2-year-old could be hurt or fall ill with nobody there "
        "to help her.",
    ]),
    # ---- the pre-referral reflection ----
    ("reflection", "what_happened"): ([
        ("parent presented as intoxicated at pick up", ("seen", "term")),
    ], [
        "Maja (7) came in with no coat again and said she had no tea last night because mum was "
        "asleep",
    ]),
    ("reflection", "going_well"): ([
    ], [
        "her aunt collects her on thursdays and always talks to the teacher at the gate",
    ]),
    ("reflection", "needs_to_happen"): ([
        ("I think SS need to be involved", ("who_when", "term")),
    ], [
        "I'll tell our safeguarding lead before 3pm today and she will ring the front door",
    ]),
    # ---- a contribution from another service ----
    ("contribution", "worries"): ([
        ("I have concerns about this child's presentation", ("seen",)),
    ], [
        "he has worn the same uniform for 3 weeks and it smells, other kids won't sit next to "
        "him",
    ]),
    ("contribution", "working_well"): ([
        ("nursery staff have a good relationship with mum", ("seen",)),
    ], [
        "he reads with his dad every morning in the book corner before nursery starts",
    ]),
    ("contribution", "needs_to_happen"): ([
        ("services need to get involved", ("who_when",)),
    ], [
        "school can give him breakfast club every day from monday 8 Dec, and his class teacher "
        "will tell the social worker each friday how he is",
    ]),
    ("contribution", "child_said"): ([
        ("child reported that dad hits her", ("child",)),
    ], [
        "mummys boyfriend put me in the dark room",
    ]),
    # ---- Signs of Success ----
    ("success", "vision"): ([
        ("to be independent", ("child",)),
    ], [
    ]),
    ("success", "own_goals"): ([
        ("YP to gain employment", ("child", "term")),
    ], [
        "pass my driving test",
    ]),
    ("success", "what_helps"): ([
    ], [
        "my foster carer takes me to college on mondays",
    ]),
    ("success", "their_people"): ([
        ("PA", ("term",)),
    ], [
    ]),
    ("success", "their_worries"): ([
        ("anxiety", ("child",)),
    ], [
        "I'll end up on the streets when I turn 18",
    ]),
    ("success", "success_goal"): ([
        ("YP will engage with education", ("goal", "term")),
    ], [
        "Kai will go to his college course three days a week and get there by himself on the "
        "bus",
    ]),
    ("success", "goal_support"): ([
        ("all professionals", ("who_when",)),
    ], [
        "his personal adviser will meet him every other friday to go through his bus times and "
        "money",
    ]),
    ("success", "goal_first_step"): ([
        ("apply for college", ("who_when",)),
    ], [
        "Kai and his personal adviser will fill in the college form together on 12 Dec",
    ]),
    # ---- group supervision ----
    ("supervision", "worries"): ([
        ("escalating concerns re neglect", ("seen", "term")),
    ], [
        "the baby has lost weight twice in a month and mum missed 3 health visitor appointments",
    ]),
    ("supervision", "child_words"): ([
        ("child is happy at home", ("child",)),
    ], [
        "daddy said if I tell he'll go to prison",
    ]),
    ("supervision", "child_seen"): ([
    ], [
        "the baby smiled at mum and settled when she picked him up, his nappy was clean",
    ]),
    ("supervision", "working_well"): ([
        ("good partnership working", ("seen", "family")),
    ], [
        "mum has been to every appointment at the drug service since sept and her tests are "
        "clear",
    ]),
    ("supervision", "needs"): ([
        ("multi-agency response", ("who_when",)),
    ], [
        "social worker to agree with mum by friday who will mind the baby if she uses again",
    ]),
    ("supervision", "danger_statement"): ([
        ("Worried about neglect of the baby", ("danger", "seen")),
    ], [
        "The health visitor and social worker are worried that mum doesn't feed the baby often "
        "enough when she is using heroin, and that the baby could become very ill or die.",
    ]),
    ("supervision", "goal_doing"): ([
        ("mum will work openly with professionals", ("goal",)),
    ], [
        "Mum will feed the baby every 3 hours and keep a chart that the health visitor checks "
        "each week",
    ]),
    ("supervision", "safety_goal"): ([
        ("Baby to thrive", ("goal",)),
    ], [
        "Mum will feed the baby every 3 hours and take her to the weighing clinic each week for "
        "6 months, so the baby gains weight and stays well.",
    ]),
    ("supervision", "what_worked"): ([
    ], [
        "I went with mum to her first GP appointment and sat in the waiting room with her",
    ]),
    ("supervision", "difference"): ([
        ("positive outcomes", ("family",)),
    ], [
    ]),
    # ---- My Three Houses ----
    ("three_houses", "house_worries"): ([
        ("worried about parents arguing", ("child",)),
    ], [
        "mum and dad shouting",
    ]),
    ("three_houses", "house_good"): ([
    ], [
    ]),
    ("three_houses", "house_dreams"): ([
        ("wants to feel safe", ("child",)),
    ], [
        "I want to go to the beach with nana",
    ]),
    ("three_houses", "worker_noticed"): ([
        ("presented as anxious", ("seen",)),
    ], [
        "she drew dad very big and scribbled over him, then asked to stop",
    ]),
}


# ---- fresh variants for each fix, written before the fix and run on the code before it ----

# An outcome label for what harm did, with nothing the child does or says.
OUTCOME_LABEL = [
    ("mapping", "harm_impact", "the boys are psychologically scarred by the violence"),
    ("harm_matrix", "harm_impact", "she has been badly affected by everything at home"),
    ("supervision", "worries", "the children have been damaged by dad's behaviour"),
    ("mapping", "harm_impact", "he's emotionally harmed from years of it"),
]
OUTCOME_SHOWN = [
    ("mapping", "harm_impact", "since the fire she won't go upstairs alone and cries when the "
     "smoke alarm beeps"),
    ("mapping", "complicating", "the back door was damaged in the break-in and still won't lock"),
    ("harm_matrix", "harm_impact", "he has been affected badly: he wets the bed and won't "
     "eat at school"),
]
# How often, said only as "often": no number, no last time.
BARE_HOW_OFTEN = [
    ("mapping", "harm_pattern", "often"),
    ("harm_matrix", "harm_frequency", "from time to time"),
    ("harm_matrix", "harm_frequency", "quite regularly"),
    ("mapping", "harm_pattern", "sometimes."),
]
HOW_OFTEN_TOLD = [
    ("mapping", "harm_pattern", "most weekends since june, the last time was sat 28 nov"),
    ("harm_matrix", "harm_frequency", "twice a week, getting worse"),
    ("harm_matrix", "harm_frequency", "every day"),
]
# Better, or good, with nothing of what changed or what it is.
VAGUE_BETTER = [
    ("supervision", "difference", "things have improved"),
    ("supervision", "difference", "it's all going better now"),
    ("contextual", "area_strengths", "nice neighbourhood"),
    ("wellbeing", "strengths", "great family network"),
]
BETTER_TOLD = [
    ("supervision", "difference", "things got better once dad moved out in june, no police "
     "call-outs since"),
    ("contextual", "area_strengths", "the youth club on fridays, the staff know him and ring mum "
     "if he leaves early"),
    ("wellbeing", "strengths", "nan and two aunties take turns to have the kids after school"),
]
# Something is needed, or someone must act, with nobody in particular to do it and no day.
NEEDED_BY_NOBODY = [
    ("reflection", "needs_to_happen", "children's services need to step in"),
    ("mapping", "next_steps", "an assessment is required"),
    ("supervision", "needs", "SS should be doing more"),
    ("contribution", "needs_to_happen", "professionals must act"),
    ("reflection", "needs_to_happen", "referral needed asap"),
]
NEEDED_WITH_WHO_AND_WHEN = [
    ("reflection", "needs_to_happen", "I will ring children's services at 2pm today and ask "
     "them to visit"),
    ("mapping", "next_steps", "a referral to the housing team is needed and I will make it by "
     "fri 11 dec"),
    ("contribution", "needs_to_happen", "mum needs to ring the GP about her tablets by monday "
     "14 dec"),
]
# A school role in small letters: a short form to write out, and a step needs a day.
SENCO_NO_DAY = [
    ("mapping", "next_steps", "senco to chat with dad"),
    ("contribution", "needs_to_happen", "the senco will assess him"),
    ("reflection", "needs_to_happen", "speak to senco"),
]
SENCO_WRITTEN_OUT = [
    ("mapping", "next_steps", "the special needs co-ordinator (senco) will ring dad on 9 dec"),
    ("contribution", "needs_to_happen", "special educational needs co-ordinator to observe "
     "him in class on tues 15 dec"),
]
# A case label written in an answer: its letters are a label, not a short form. (The first
# two, letters no list holds, were let through before the fix too; the last two, the
# letters of listed short forms, were added after the first run, as "TM-15" was the shape.)
LABEL_IN_ANSWER = [
    ("mapping", "strengths", "nan has them every friday, the same as in JD-4's plan"),
    ("supervision", "working_well", "mum got the kids to school every day, see RW-22 for "
     "the sibling's"),
    ("mapping", "strengths", "nan has them every friday, the same as in HV-12's plan"),
    ("wellbeing", "strengths", "as in SW/3, dad walks them to school every day"),
]
# "will" typed short: still a goal of what someone will do.
WILL_TYPO_GOAL = [
    ("mapping", "goal_doing", "dad wil leave the house when he feels angry"),
    ("supervision", "goal_doing", "mum wll ring nan if she has been drinking"),
    ("wellbeing", "goal_doing", "Nan willl collect them from school every day"),
]
# What older people make a young person do with drugs is exploitation, not their drug use.
# (The first two were let through before the fix too; the last two, written while probing
# for the shape the last review reported, were asked "not only what they drink or take".)
EXPLOITATION_STATEMENT = [
    ("contextual", "danger_statement", "Police and the school are worried that older boys make "
     "Jay (13) hold and deliver cannabis for them, and that he could be hurt, arrested or "
     "pulled further in."),
    ("contextual", "danger_statement", "Youth workers are worried that men from the takeaway "
     "get Mia (15) to carry drugs on trains, and that she could be assaulted or trafficked."),
    ("contextual", "danger_statement", "School is worried that lads from the estate are using "
     "Dev (14) to run drugs and he could get stabbed"),
    ("contextual", "danger_statement", "Police are worried that a gang has Leo (15) selling drugs "
     "for them and he could be hurt"),
]
# An adult called a child's boyfriend: the worry is abuse, said plainly.
ADULT_BOYFRIEND = [
    ("contextual", "peer_worries", "Chloe (13) has a boyfriend of 18 who picks her up from "
     "school"),
    ("contextual", "online_worries", "talking to a 21 year old man online, she is 14 and says "
     "he's her boyfriend"),
    ("contextual", "harm_outside", "Amber, 15, is going out with a 24yo"),
]
PEER_BOYFRIEND = [
    ("contextual", "peer_strengths", "her boyfriend is in her year at school, they go to the "
     "cinema on saturdays"),
    ("contextual", "peer_worries", "Maya (14) has a boyfriend, also 14, who shouts at her in "
     "front of his mates"),
]
# What the child wants or enjoys, in the writer's words, at a question kept as theirs.
CHILD_WANTS_SAID_OF = [
    ("three_houses", "house_good", "she loves her nan's dog"),
    ("mapping", "house_dreams", "would like to live with gran"),
    ("three_houses", "house_dreams", "wishes dad would come back"),
    ("contribution", "child_said", "the child reported mum slaps him"),
    ("success", "own_goals", "he wants to be a mechanic"),
]
CHILD_OWN_WORDS = [
    ("three_houses", "house_good", "she lets me stay up late"),
    ("mapping", "house_dreams", "he wants me to live with him"),
    ("success", "own_goals", "be a mechanic like my uncle"),
]


# ---- how a reminder is read: the thirtieth review's kinds, and two it reads otherwise ----

def kind(reply: str) -> str:
    """The kind of question a reminder asks (`FITS`): the thirtieth review's reading, with
    how often read as what was seen, and the question of who the people are and what they do
    with the young person (worded for harm outside the home) read as what was seen too."""
    if "but not yet how often" in reply or "Who are these people" in reply \
            or "What are adults making the young person do" in reply:
        return "seen"
    return kind_of(reply)


def _fits(fits: tuple[str, ...]) -> tuple[str, ...]:
    """What network members do is asked as what was seen; a word's own question asks it."""
    return (*fits, "seen", "term") if "does" in fits or "seen" in fits else fits


# Set F's one question the walk never reaches: what was seen of the child is asked only when
# their own words are skipped.
UNREACHED = frozenset({("supervision", "child_seen")})


def _cases(flawed: bool) -> list[tuple[str, str, str]]:
    return [(flow_id, step_id, line if isinstance(line, str) else line[0])
            for (flow_id, step_id), (bad, good) in SET_F.items()
            if (flow_id, step_id) not in UNREACHED
            for line in (bad if flawed else good)]


FITS_OF = {line: fits for bad, _ in SET_F.values() for line, fits in bad}
# Set F's flawed lines still let through, or asked with a question that fits less well.
LEFT_UNASKED = frozenset({
    "parenting course", "apply for college", "multi-agency response",
    "anxious about school", "worried about parents arguing", "to be independent", "PA",
    "anxiety",
})
# (The goals asked about "engage" as a word, not as a goal, are now asked as goals: tests/
# test_goal_checks_thirtyfirst.py.)
LEFT_ASKED_OTHERWISE = frozenset({
    "mum is protective", "improved attendance", "disruption of the group", "positive outcomes",
})
# Set F's sound lines still asked about (a safety goal with no one named to see it).
LEFT_FLAGGED = frozenset({
    "Mum will feed the baby every 3 hours and take her to the weighing clinic each week for "
    "6 months, so the baby gains weight and stays well.",
})


# ---- the fixes, each tried first on its fresh variants above ----

@pytest.mark.parametrize(("flow_id", "step_id", "line"), OUTCOME_LABEL)
def test_harm_named_as_an_outcome_is_asked_what_the_child_does(
        flow_id: str, step_id: str, line: str) -> None:
    """Left by the thirtieth review: "the children are emotionally damaged by what they've
    witnessed" went through."""
    assert kind(reply_to(flow_id, step_id, line)) in ("seen", "term")


@pytest.mark.parametrize(("flow_id", "step_id", "line"), BARE_HOW_OFTEN)
def test_how_often_said_only_as_often_is_asked_how_often(flow_id: str, step_id: str,
                                                          line: str) -> None:
    """Left by the thirtieth review: "regularly" alone went through."""
    reply = reply_to(flow_id, step_id, line)
    assert "not yet how often" in reply
    assert "when was the last time" in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), VAGUE_BETTER)
def test_a_verdict_with_nothing_behind_it_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    """Left by the thirtieth review: "7 cos things seem better", "good community"."""
    assert "What did you see or hear, who did what, and when?" in reply_to(flow_id, step_id,
                                                                           line)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), NEEDED_BY_NOBODY)
def test_something_needed_by_nobody_is_asked_who_and_by_when(
        flow_id: str, step_id: str, line: str) -> None:
    """Left by the thirtieth review: "services need to do something" and "a referral is
    needed" were asked what the services did."""
    reply = reply_to(flow_id, step_id, line)
    assert "is a next step, but not yet who will do it and by when" in reply \
        or ("SS" in line and "Who will do it, and by when?" in reply), reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), SENCO_NO_DAY)
def test_senco_is_written_out_and_its_step_asked_when(flow_id: str, step_id: str,
                                                      line: str) -> None:
    """Left by the thirtieth review: "senco" was not asked about as a short form, and "senco
    to meet mum", with no day, went through."""
    reply = reply_to(flow_id, step_id, line)
    assert 'special educational needs co-ordinator" in full' in reply
    # (a step said with "will" is asked when too, at a question asking what happens next:
    # tests/test_goal_checks_thirtyfirst.py)
    assert "when" in reply.split("co-ordinator", 1)[1], reply


def test_a_workers_step_with_no_day_is_asked_when() -> None:
    reply = reply_to("mapping", "next_steps", "social worker to visit mum")
    assert '"social worker to visit mum" is a next step, but not yet when' in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("mapping", "strengths", "nan has them every friday, the same as in TM-15's plan"),
    *LABEL_IN_ANSWER[2:]])
def test_a_case_labels_letters_are_not_a_short_form(flow_id: str, step_id: str,
                                                     line: str) -> None:
    """Left by the thirtieth review: "TM" in "TM-15" was asked to be written out."""
    assert asked(flow_id, step_id, line) is None


def test_will_typed_short_in_a_goal_that_still_only_engages_is_asked() -> None:
    """Left by the thirtieth review: "mum wil feed ..." was told goals say what will happen
    (it does); a goal that says only "engage" is still asked about."""
    assert asked("supervision", "goal_doing", "mum wil feed the baby every 3 hours") is None
    assert asked("mapping", "goal_doing", "dad wil engage with services") is not None


@pytest.mark.parametrize(("flow_id", "step_id", "line"), ADULT_BOYFRIEND)
def test_an_adult_called_a_childs_boyfriend_is_named_plainly(flow_id: str, step_id: str,
                                                              line: str) -> None:
    """Left by the thirtieth review: "a man of about 19 she calls her boyfriend", of a girl
    of 14, went through with nothing said."""
    reply = reply_to(flow_id, step_id, line)
    assert "makes it sound like a couple" in reply
    assert "What has the adult done with the child or given them, where, and when?" in reply


def test_a_parents_boyfriend_beside_a_childs_age_is_left_alone() -> None:
    assert asked("mapping", "worst_harm", "mum's boyfriend (32) shouted at K (14) and pushed "
                 "her into the wall on 3 Dec") is None
    # (a parent's own age near a teenager's boyfriend: found after the fix, and fixed too)
    assert asked("contextual", "peer_worries", "K (15) is seeing her boyfriend (16) a lot and "
                 "mum (38) is unhappy about it") is None


@pytest.mark.parametrize(("flow_id", "step_id", "line"), CHILD_WANTS_SAID_OF)
def test_what_the_child_wants_in_the_writers_words_is_asked_before_it_is_theirs(
        flow_id: str, step_id: str, line: str) -> None:
    """Set F: "he enjoys football", "wants more contact with dad" were kept as the child's."""
    assert kind(reply_to(flow_id, step_id, line)) == "child"


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *OUTCOME_SHOWN,
    *HOW_OFTEN_TOLD,
    *BETTER_TOLD,
    *NEEDED_WITH_WHO_AND_WHEN,
    *SENCO_WRITTEN_OUT,
    *LABEL_IN_ANSWER,
    *WILL_TYPO_GOAL,
    *EXPLOITATION_STATEMENT,
    *PEER_BOYFRIEND,
    *CHILD_OWN_WORDS,
]

globals().update(review_tests(ReviewSet(
    name="F", asked=asked, flawed=_cases(flawed=True), sound=_cases(flawed=False),
    fits=lambda line, reply: kind(reply) in _fits(FITS_OF[line]), left_unasked=LEFT_UNASKED,
    left_asked_otherwise=dict.fromkeys(LEFT_ASKED_OTHERWISE, ""), left_flagged=LEFT_FLAGGED,
    held_sound=HELD_OUT_SOUND)))
