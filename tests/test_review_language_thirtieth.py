"""A blind review of the wording checks in the thirtieth round, as a practice lead would test
them: set E, lines a social worker, teacher, health visitor or police officer types on a
phone (note-style abbreviations, typos, lower case, names from several languages), each sent
at the question of a real tool where it would be typed, through the real engine and its real
reminders. A flawed line should be asked about once, with the question that fits its flaw; a
sound one let through.

Set E was written after reading only which question runs which check (the flows' `checks:`)
and how the twenty-ninth review drove them, BEFORE any rule's word list or pattern, and
committed before anything was run on it (9c3a949). Each flawed line carries the kinds of
question that would fit it (`FITS`).

Set E, blind, on the code as it was (06020ee): flawed caught 57/70, 55 of them with a question
that fits (a word's own question asking what was seen counts: "You wrote "struggling to
cope". How does the adult's health show day to day...?"); sound flagged 1/70. Missed: "the
children are emotionally damaged by what they've witnessed", "family friend, a good egg",
"work with mum on routines", "regularly" (how often), "7 cos things seem better",
"good community", "mum is very cooperative with school", "multi-agency approach needed",
"someone needs to look into it", "her nan - v supportive", and three kept as the child's
own words: "she seemed upset when I asked about her dad's new girlfriend", "child wishes
to return home", "YP wants independence". Asked otherwise: "continue to monitor" and "the
plan will be monitored" ("Who did what with the family, and what changed?", as a report).
Flagged: "... so he's never alone with them" under existing safety.
After the fixes below (FITTED: each widened to its shape, tried first on fresh variants):
66/70 caught, 66 with a question that fits, 0/70 flagged; the four left are `LEFT_UNASKED`
(a word of harm the list lacks, a bare "regularly" for how often, "things seem better", and
a place praised in two words).

Fresh variants (below), each run on the code before its fix, flawed asked (fitting) before ->
after; sound flagged before -> after: help by a named worker with no day 2 (0) / 6 -> 6 (6),
0/4 -> 0/4; how the child seemed when the writer asked 0/5 -> 5/5, 0/4 -> 0/4; what the child
wants in the writer's words 0/5 -> 5/5, 0/3 -> 0/3; a school role in small letters 0/2 -> 2/2,
0/4 -> 0/4; nobody in particular must 1 (0) / 4 -> 4 (3), 0/2 -> 0/2 ("services need to do
something" is asked what the services did, as before); network praise shortened 1 (0) / 4 ->
4 (3; the fourth, under existing safety, asked for protective action, as before), 0/2 ->
0/2; never alone with
him, sound, 2/3 -> 0/3; monitoring as the step 4 (0) / 4 -> 4 (4); a thing of the work
"needed" by no one 2 (1) / 4 -> 4 (3; "a referral ... is needed" is asked what the services
did, as before), 0/2 -> 0/2; a note of work with someone of the family ("work with dad on his
temper") 3 (0) / 3 -> 3 (3), 0/2 -> 0/2; someone of the network called a treasure ("uncle: an
absolute star") 0/3 -> 3/3, 0/2 -> 0/2; praise of a parent with the school after it ("mum is
supportive of the nursery") 1/3 -> 3/3 (the one asked before, with its own word's question,
as after), 0/2 -> 0/2.
"""

from __future__ import annotations

import pytest
from review_sets import ReviewSet, review_tests
from test_review_language_twentyninth import asked, reply_to

# The kinds of question a flawed line should get (any one of those it names):
# seen: what did you see or hear, who did what, when; term: a word or abbreviation named;
# who_when: who will do it and by when; safety: protective action shown over time, not a
# strength; does: what a network member does; child: are these the child's own words;
# blame: wording that makes a child or the parent harmed the cause; family: what happened for
# the child or what the family did; danger: a part of a danger statement missing; goal: a part
# of a goal missing (what the caregiver will do, how long, not "won't" or "engage").
FITS = frozenset({"seen", "term", "who_when", "safety", "does", "child", "blame", "family",
                  "danger", "goal"})

Flawed = tuple[str, tuple[str, ...]]

SET_E: dict[tuple[str, str], tuple[list[Flawed], list[str]]] = {
    # ---- the safety mapping ----
    ("mapping", "worst_harm"): ([
        ("mum & dad DV again, police attended, kids in the house", ("term",)),
        ("significant neglect of the childrens basic needs over a long period", ("seen", "term")),
        ("dad has anger issues and is very volatile", ("seen", "term")),
    ], [
        "on 14/10 dad threw a mug at mum, it smashed by the baby's cot, the 6yo phoned 999",
        "in sept K (3) was found alone in the flat for about 2 hrs, mum was at the shop then "
        "at a friend's",
    ]),
    ("mapping", "recent_harm"): ([
        ("incident last wk at contact, dad became verbally aggressive", ("seen", "term")),
        ("poss NAI, bruising to L cheek noted by HV", ("term",)),
    ], [
        "last thurs mums partner grabbed T by the neck and pushed him against the fridge, "
        "school saw finger marks on fri",
    ]),
    ("mapping", "harm_pattern"): ([
        ("chaotic household, ongoing concerns re home conditions", ("seen", "term")),
    ], [
        "4 police call outs since june, all at night after dad had been drinking, the last "
        "one on 2/11",
    ]),
    ("mapping", "harm_impact"): ([
        ("the children are emotionally damaged by what they've witnessed", ("seen",)),
        ("K is presenting with challenging behaviours at school", ("seen", "term")),
    ], [
        "the 9yo has wet the bed most nights since oct and told his teacher he's scared to go "
        "home on fridays",
        "baby weighed 5.1kg at 6 months, well under the line on her chart, the GP has asked "
        "the hospital to see her",
    ]),
    ("mapping", "danger_statement"): ([
        ("Dad's alcohol misuse will impact on the children", ("danger", "term")),
        ("SW is worried that mum will fail to protect", ("danger", "term", "blame")),
    ], [
        "The social worker and the school are worried that dad will hit mum again in front of "
        "A and B, and that they will be hurt or grow up frightened at home.",
        "The health visitor is worried that if mum keeps falling asleep drunk with the baby in "
        "her bed, the baby could be smothered and die.",
    ]),
    ("mapping", "complicating"): ([
        ("mum has MH", ("term",)),
    ], [
        "mum has no recourse to public funds and they live in one room in a shared house",
        "dad's brother, who lives upstairs, is the man who hurt mum last year",
    ]),
    ("mapping", "strengths"): ([
        ("mum is a lovely lady who clearly loves her kids", ("seen", "safety")),
        ("good engagement with services", ("term", "family", "seen")),
    ], [
        "mum has walked the kids to school every day this term, teacher says they're always "
        "on time and have had breakfast",
        "dad reads to Leila at bedtime most nights, she told me about the books they read",
    ]),
    ("mapping", "existing_safety"): ([
        ("mum is protective", ("safety", "seen")),
        ("nan is very supportive", ("safety", "seen")),
        ("dad has been attending AA", ("safety", "term")),
    ], [
        "the 3 times dad came round drunk since aug, mum didn't let him in and rang her "
        "sister, who came and stayed the night",
        "since the april incident nan has had the kids every time dad has contact so he's "
        "never alone with them, the kids told me this too",
    ]),
    ("mapping", "trusted_adults"): ([
        ("aunty - supportive", ("does",)),
        ("family friend, a good egg", ("does",)),
    ], [
        "aunty Priya - has the kids after school tues and thurs and knows about the worries",
        "Dziadek (mum's dad) - lives 2 streets away, mum rings him when dad turns up and he "
        "comes round",
    ]),
    ("mapping", "plan_working"): ([
        ("the plan will be monitored", ("who_when", "family")),
    ], [
        "mum will text her sister every night by 9 to say the kids are in bed and dad isn't "
        "there; if there's no text her sister will ring and then go round",
    ]),
    ("mapping", "next_steps"): ([
        ("referral to be made to camhs", ("who_when", "term")),
        ("continue to monitor", ("who_when",)),
        ("work with mum on routines", ("who_when",)),
        ("mum to be referred to freedom programme", ("who_when",)),
    ], [
        "social worker to visit mum and the kids at home by 11 Dec",
        "senco to meet mum and K on 12/12 to agree the help he gets in class",
        "GP to go over mum's tablets with her at her appointment on 9 Dec",
        "I will ring the housing officer on fri 5/12 about the damp in the kids' room",
    ]),
    ("mapping", "first_sign"): ([
        ("improved engagement", ("term", "seen", "family")),
    ], [
        "mum texting her sister every night for the first 2 weeks",
    ]),
    ("mapping", "safety_goal"): ([
        ("Mum to engage with services and comply with the plan", ("goal", "term")),
        ("No further incidents of DA", ("goal", "term")),
    ], [
        "Dad will only see the children at nan's on Saturdays, sober, with nan there the "
        "whole time, and nan will tell the social worker how it went each week for the next "
        "6 months.",
        "Mum will put the baby to sleep in her own cot every night, and the health visitor "
        "will see this on visits every two weeks until March.",
    ]),
    ("mapping", "goal_doing"): ([
        ("dad will not drink", ("goal",)),
    ], [
        "dad will talk to mum calmly when they disagree, and go out for a walk if he feels "
        "himself getting angry",
    ]),
    ("mapping", "family_view"): ([
        ("parents are in denial", ("seen", "term")),
    ], [
        "mum says dad never hit her, she says the bruise was from the bus door",
    ]),
    ("mapping", "grey_areas"): ([
        ("dad's new partner may pose a risk to the kids", ("seen", "term")),
    ], [
        "we don't know who the man is who collects T from school on fridays",
    ]),
    ("mapping", "safety_scale_why"): ([
        ("4 as there are still concerns", ("seen", "term")),
        ("scaled 6 - mum engaging well", ("term", "seen", "family")),
    ], [
        "3 not 2 because nan now has the kids at weekends; a 4 would be a month without a "
        "police call out",
        "5: mum has stopped letting dad in, but only for 3 weeks so far",
    ]),
    # ---- the Harm Matrix ----
    ("harm_matrix", "danger_behaviour"): ([
        ("physical chastisement", ("seen", "term")),
    ], [
        "mum's partner smacks the 4yo on the legs and bottom when he wets himself, hard "
        "enough to leave red marks",
    ]),
    ("harm_matrix", "harm_impact"): ([
        ("impact on emotional wellbeing", ("seen",)),
    ], [
        "the boy flinches when an adult lifts a hand and has started hiding his wet pants "
        "under the bed",
    ]),
    ("harm_matrix", "harm_frequency"): ([
        ("regularly", ("seen",)),
    ], [
        "about twice a week since the summer, the last time on sunday",
    ]),
    ("harm_matrix", "harm_accepted_detail"): ([
        ("dad minimises", ("seen", "term")),
    ], [
        "mum says it happens but it's only a tap; her partner says he's never touched him",
    ]),
    ("harm_matrix", "child_vulnerability"): ([
        ("he's vulnerable due to his ASD", ("term", "seen")),
    ], [
        "he's 4, has no words yet, and isn't at nursery so no one outside the home sees him",
    ]),
    ("harm_matrix", "harm_complicating"): ([
        ("DA, MH and substance misuse in the household", ("term",)),
    ], [
        "mum works nights so her partner is alone with the kids 4 nights a week",
    ]),
    # ---- Signs of Wellbeing ----
    ("wellbeing", "worry_what"): ([
        ("mum struggling to cope", ("seen",)),
    ], [
        "mum hasnt been getting teh kids up for school, they've missed 14 days this term",
    ]),
    ("wellbeing", "unmet_needs"): ([
        ("poor school attendance", ("seen",)),
    ], [
        "the 7yo's glasses broke in sept and haven't been replaced, she can't see the board",
    ]),
    ("wellbeing", "strengths"): ([
        ("dad is a great dad", ("seen", "safety")),
    ], [
        "dad cooks a hot tea every night, the kids told me what they had this week",
    ]),
    ("wellbeing", "coped"): ([
        ("family are very resilient", ("seen",)),
    ], [
        "when the electric ran out last month mum took the kids to her friend's for two "
        "nights till it was sorted",
    ]),
    ("wellbeing", "next_steps"): ([
        ("EH worker to support family", ("who_when", "term")),
    ], [
        "family support worker to help mum apply for the school uniform grant by end of Jan",
    ]),
    ("wellbeing", "wellbeing_goal"): ([
        ("Mum will engage with the Early Help plan", ("goal", "term")),
    ], [
        "Mum will get the children to school on time every day, and the school will tell "
        "the family worker each Friday for the rest of this term.",
    ]),
    ("wellbeing", "wellbeing_scale_why"): ([
        ("7 cos things seem better", ("seen",)),
    ], [
        "6, they've been at school every day for 3 weeks; a 7 would be the whole half term",
    ]),
    # ---- mapping with contextual factors ----
    ("contextual", "harm_outside"): ([
        ("she's been sexting older boys", ("blame",)),
        ("he's involved in county lines", ("blame",)),
    ], [
        "two men in their 20s have been giving Jay cannabis and £20 to take packages to a "
        "flat in another town",
    ]),
    ("contextual", "peer_worries"): ([
        ("associating with older peers", ("blame",)),
    ], [
        "a group of older lads wait for her outside school, one of them, about 19, has sent "
        "her sexual messages",
    ]),
    ("contextual", "online_worries"): ([
        ("inappropriate content on his phone", ("seen", "term")),
    ], [
        "a man she met on snapchat has asked her for naked pictures and says he'll send the "
        "ones he has to her friends",
    ]),
    ("contextual", "area_strengths"): ([
        ("good community", ("seen", "safety")),
    ], [
        "the youth club on the estate is open 4 nights a week and the youth worker knows him "
        "well",
    ]),
    ("contextual", "home_safety"): ([
        ("parents are supportive", ("safety", "seen")),
    ], [
        "when he didn't come home on fri mum rang the police at 10pm and drove round the "
        "usual places until she found him",
    ]),
    ("contextual", "school_strengths"): ([], [
        "his form tutor meets him at the gate every morning and he's been to every lesson "
        "this week",
    ]),
    ("contextual", "next_steps"): ([
        ("safety plan to be put in place", ("who_when",)),
    ], [
        "police to visit the takeaway near the station by 15 Dec about the men who meet kids "
        "there",
    ]),
    ("contextual", "safety_goal"): ([
        ("J will stop going to the park", ("goal",)),
    ], [
        "The youth club, the takeaway owner and the police will make sure no adult men pick "
        "up young people outside the takeaway, and the police will check every Friday and "
        "Saturday night until the summer.",
    ]),
    # ---- My Three Houses ----
    ("three_houses", "house_worries"): ([
        ("she seemed upset when I asked about her dad's new girlfriend", ("child",)),
    ], [
        "when daddy shouts i hide in my room with my headphones on",
        "I don't like it when mummy's friend stays over because he shouts",
    ]),
    ("three_houses", "house_good"): ([
        ("J presented as happy when talking about school", ("child",)),
    ], [
        "nanni makes me parathas and lets me help",
    ]),
    ("three_houses", "house_dreams"): ([
        ("child wishes to return home", ("child",)),
    ], [
        "i want mum and dad to stop arguing and i want a dog",
    ]),
    ("three_houses", "worker_noticed"): ([
        ("child was withdrawn and guarded", ("seen",)),
    ], [
        "she laughed when she drew the dog, then went quiet and stopped drawing when she got "
        "to dad's house",
    ]),
    # ---- Signs of Success ----
    ("success", "own_goals"): ([
        ("YP wants independence", ("child", "term")),
    ], [
        "get my own flat near my mates and my nan",
    ]),
    ("success", "what_helps"): ([
        ("good relationship with PA", ("term", "seen")),
    ], [
        "her personal adviser texts back the same day and came with her to the housing "
        "appointment",
    ]),
    ("success", "goal_support"): ([
        ("leaving care will support as required", ("who_when",)),
    ], [
        "her personal adviser will go with her to look at flats each week from 8 Jan until "
        "she has moved",
    ]),
    ("success", "goal_first_step"): ([
        ("YP to be supported to look at college options", ("who_when", "term")),
    ], [
        "she will ring the college on mon 7 Dec to ask about the bricklaying course, with her "
        "foster carer sitting with her",
    ]),
    ("success", "their_people"): ([
        ("her nan - v supportive", ("does",)),
    ], [
        "Ciocia Ania - her foster carer's sister, takes her swimming every sunday",
    ]),
    # ---- a partner's contribution ----
    ("contribution", "worries"): ([
        ("concerns around hygiene and presentation", ("seen", "term")),
    ], [
        "K has come to school in the same clothes all week, smelling of wee, and has taken "
        "food from other children's lunch boxes 3 times since Monday",
    ]),
    ("contribution", "working_well"): ([
        ("mum is very cooperative with school", ("seen", "term")),
    ], [
        "mum has rung school each morning he's been off this half term and he's been in 95% "
        "of the time",
    ]),
    ("contribution", "needs_to_happen"): ([
        ("multi-agency approach needed", ("who_when", "term")),
    ], [
        "school nurse to see K and weigh him by 18 Dec, and I will send his attendance to the "
        "social worker each Friday",
    ]),
    ("contribution", "child_said"): ([
        ("T disclosed that dad hits him", ("child", "term")),
    ], [
        "mummy sleeps all day and I make my own cereal",
    ]),
    ("contribution", "partner_scale_why"): ([
        ("5 - some concerns remain re neglect", ("seen", "term")),
    ], [
        "4 - he's in school most days now but still hungry every morning; a 5 would be "
        "breakfast at home most days",
    ]),
    # ---- the pre-referral reflection ----
    ("reflection", "what_happened"): ([
        ("child came in unkempt again, suspected neglect", ("seen", "term")),
    ], [
        "Year 3 pupil said this morning that dad hit her with a slipper last night, she has a "
        "red mark on her arm",
    ]),
    ("reflection", "going_well"): ([], [
        "her older brother (16) walks her to school and she talks to him when she's upset",
    ]),
    ("reflection", "needs_to_happen"): ([
        ("someone needs to look into it", ("who_when",)),
    ], [
        "I will talk to our safeguarding lead before lunch today and we will ring the "
        "children's services front door",
    ]),
    # ---- group supervision ----
    ("supervision", "child_words"): ([
        ("he told me he was fine but I didn't believe him", ("child",)),
    ], [
        "I'm not allowed to say what happens at home or I'll get took away",
    ]),
    ("supervision", "worries"): ([
        ("ongoing safeguarding concerns", ("seen", "term")),
    ], [
        "dad has threatened to kill mum twice in front of the kids, the last time with a "
        "knife on 20/11",
    ]),
}


# ---- how a reminder is read: the kind of question it asks ----------------------------------

# A phrase each kind of reminder says, first match wins (the reminders' own words, flows/nudges.py).
KIND_SAID = (
    ("child", ("kept as their own words", "kept as the child's own", "inside their quotation")),
    ("who_when", ("is a next step, but not yet", "and by when?",
                  "how often, and who will they tell?", "what will they do, and when?")),
    ("family", ("says what the services did",)),
    ("danger", ("this danger statement",)),
    ("goal", ("this safety goal", "this wellbeing goal", "Goals work best",
              "says what professionals want",
              "asks the family to take part")),
    ("safety", ("Existing safety is",)),
    ("seen", ("says what you make of things",)),
    ("blame", ("Men in their twenties", "Dad turned up drunk, kicked the door")),
    ("privacy", ("can't identify anyone",)),
    # a word of the list, asked with its own question (most ask what was seen or heard)
    ("term", ('You wrote "', "Some words here", "Some short forms here")),
)


def kind_of(reply: str) -> str:
    """The kind of question a reminder asks (`FITS`), read from its own wording."""
    return next((kind for kind, said in KIND_SAID if any(s in reply for s in said)), "other")


def _cases(flawed: bool) -> list[tuple[str, str, str]]:
    return [(flow_id, step_id, line if isinstance(line, str) else line[0])
            for (flow_id, step_id), (bad, good) in SET_E.items()
            for line in (bad if flawed else good)]


def _fits(line: str) -> tuple[str, ...]:
    """The kinds of question that fit a flawed line of set E: what a network member does is
    asked as what was seen someone do, and a word's own question asks what was seen."""
    fits = next(fits for bad, _ in SET_E.values() for said, fits in bad if said == line)
    return (*fits, "seen", "term") if "does" in fits or "seen" in fits else fits


# Set E's flawed lines still let through, and those asked with a question that fits less
# well than another would (see the module's docstring).
LEFT_UNASKED = frozenset({
    "the children are emotionally damaged by what they've witnessed",
    "regularly",
    "7 cos things seem better",
    "good community",
})
LEFT_ASKED_OTHERWISE: dict[str, str] = {}


# ---- fresh variants for the leftovers of the twenty-ninth review, written before any fix ----

# A next step with who will do it and what, but no day: asked by when, as a step (not as what
# someone is like).
STEP_WITH_NO_DAY = [
    ("success", "goal_first_step", "the youth worker to help him with his CV"),
    ("wellbeing", "next_steps", "key worker to support mum with budgeting"),
    ("mapping", "next_steps", "family support worker to help the parents with bedtimes"),
    ("contextual", "next_steps", "the housing officer to support the family with the move"),
    ("contribution", "needs_to_happen", "the school nurse to support K with toileting"),
    ("success", "goal_support", "her personal advisor to help her with the benefits claim"),
]
STEP_WITH_A_DAY = [
    ("success", "goal_first_step", "the youth worker to help him with his CV at their session "
     "on 10 Dec"),
    ("wellbeing", "next_steps", "key worker to go through the budget with mum every Tuesday "
     "until Easter"),
    ("contextual", "next_steps", "the housing officer to help the family pack and move on "
     "19 Jan"),
    ("success", "goal_support", "her personal advisor will help her fill in the benefits claim "
     "by the end of next week"),
]

# How the child seemed when the writer asked or said something: the writer's note, not the
# child's words.
SEEMED_WHEN_I = [
    ("three_houses", "house_worries", "he went quiet when I mentioned mum's boyfriend"),
    ("mapping", "house_worries", "T looked scared when I brought up contact with dad"),
    ("wellbeing", "house_worries", "she got tearful when I asked her about school"),
    ("three_houses", "house_good", "he was all smiles when I asked about his new baby sister"),
    ("supervision", "child_words", "she became quiet when i said we would speak to mum"),
]
# The child's own words about someone else, or about themselves.
CHILD_ABOUT_SOMEONE = [
    ("three_houses", "house_worries", "she gets sad when I ask about daddy"),
    ("three_houses", "house_worries", "I got upset when mum asked about dad"),
    ("mapping", "house_worries", "mummy went quiet when I said about the man"),
    ("contribution", "child_said", "he looks cross when I talk about my dad"),
]

# A school role in small letters, as it is typed on a phone.
SCHOOL_ROLE_STEPS = [
    ("mapping", "next_steps", "senco to ring mum by fri 12/12 about his support plan"),
    ("contribution", "needs_to_happen", "the senco will see K each week from 8 Jan"),
    ("reflection", "needs_to_happen", "senco to ring the front door today and tell mum after"),
    ("wellbeing", "next_steps", "senco to meet mum on 9 Dec to plan his transition"),
]
SCHOOL_ROLE_NO_DAY = [
    ("mapping", "next_steps", "senco to meet mum at some point"),
    ("contribution", "needs_to_happen", "the senco will look into extra help in due course"),
]

# The writer's account of what the child wants or feels, with the child named as the writer
# names them ("the child", "YP", an initial): not the child's words.
CHILD_WANTS_SAID_OF = [
    ("three_houses", "house_dreams", "the child would like to see her brother more"),
    ("success", "own_goals", "young person hopes to go to college"),
    ("mapping", "house_good", "T feels safe at nan's"),
    ("wellbeing", "house_worries", "YP is worried about mum's drinking"),
    ("contribution", "child_said", "the child wants to live with dad"),
]
# The child's own words about what someone else wants or feels.
CHILD_SAYS_OF_SOMEONE = [
    ("three_houses", "house_dreams", "she wants me to be good"),
    ("success", "own_goals", "I want to go to college like my sister"),
    ("mapping", "house_good", "he likes it when I help him"),
]

# Nobody in particular has to do it.
NOBODY_MUST = [
    ("mapping", "next_steps", "somebody should speak to dad"),
    ("wellbeing", "next_steps", "someone has to check on the kids"),
    ("contribution", "needs_to_happen", "someone must look at the housing"),
    ("reflection", "needs_to_happen", "services need to do something"),
]
SOMEONE_NAMED_MUST = [
    ("mapping", "next_steps", "someone from the school needs to ring mum by fri 12 Dec"),
    ("reflection", "needs_to_happen", "I need to tell our safeguarding lead today"),
]

# Someone of the network with only praise after them, the praise shortened as notes are.
NETWORK_PRAISE_SHORT = [
    ("success", "their_people", "uncle - v helpful"),
    ("mapping", "trusted_adults", "her mate's mum, v kind"),
    ("wellbeing", "strengths", "gran: sooo supportive"),
    ("contextual", "home_safety", "older sister - v protective"),
]
NETWORK_DOES_SHORT = [
    ("success", "their_people", "uncle - v good at getting her to college on time, drives her "
     "every mon"),
    ("mapping", "trusted_adults", "her mate's mum, has her to stay every fri when mum works"),
]

# Existing safety kept up by an arrangement that the one who harms is never alone with the
# children.
NEVER_ALONE_WITH = [
    "since may mum has taken the baby to her sister's whenever dad visits so he's never alone "
    "with her",
    "nan stays over every time dad has the kids so he's never on his own with them",
    "after the assault in march, his aunt has collected him from contact each week so he is "
    "not left alone with his stepdad",
]


# A sound line of set E may be asked only to write "senco" out: since the thirty-first review
# "senco" is a short form to write out once, as "SENCO" was.
def written_out_only(reply: str | None) -> bool:
    """Whether a reminder asks only that "senco" be written out."""
    return reply is not None and reply.startswith('You wrote "senco". Could you write')


# ---- the fixes, each tried on its fresh variants above before it was made ----

@pytest.mark.parametrize(("flow_id", "step_id", "line"), STEP_WITH_NO_DAY)
def test_help_from_a_named_worker_with_no_day_is_asked_what_and_by_when(
        flow_id: str, step_id: str, line: str) -> None:
    """Left by the twenty-ninth review: "the personal adviser to support the young person
    with housing" was asked what the writer saw, as if it said what someone is like."""
    reply = reply_to(flow_id, step_id, line)
    assert "is a next step, but not yet what will be done and by when" in reply
    assert "What exactly will they do, and by when?" in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), SEEMED_WHEN_I)
def test_how_the_child_seemed_when_the_writer_asked_is_asked_before_it_is_theirs(
        flow_id: str, step_id: str, line: str) -> None:
    """Left by the twenty-ninth review: "she seemed upset when I asked about dad" was kept
    as the child's words, the writer's "I" read as the child's."""
    assert kind_of(reply_to(flow_id, step_id, line)) == "child"


@pytest.mark.parametrize(("flow_id", "step_id", "line"), CHILD_WANTS_SAID_OF)
def test_what_the_child_wants_in_the_writers_words_is_asked_before_it_is_theirs(
        flow_id: str, step_id: str, line: str) -> None:
    """Set E: "child wishes to return home" and "YP wants independence" were kept as the
    child's own words, in quotation marks."""
    reply = reply_to(flow_id, step_id, line)
    assert kind_of(reply) == "child"
    assert line.split()[0] in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), SCHOOL_ROLE_NO_DAY)
def test_a_school_role_in_small_letters_is_who_will_do_the_step(
        flow_id: str, step_id: str, line: str) -> None:
    """Left by the twenty-ninth review: "senco" was not read as who will do a step, so a
    step of theirs with no time ("at some point") was let through."""
    assert "Who will do it, and by when?" in reply_to(flow_id, step_id, line)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [*SCHOOL_ROLE_STEPS,
                                                          *SOMEONE_NAMED_MUST])
def test_a_step_with_who_and_when_is_left_alone(flow_id: str, step_id: str,
                                                line: str) -> None:
    # (only "senco" asked about, as a short form, since the thirty-first review)
    reply = asked(flow_id, step_id, line)
    assert reply is None or ("senco" in line and written_out_only(reply))


@pytest.mark.parametrize(("flow_id", "step_id", "line"), NOBODY_MUST[:3])
def test_a_step_nobody_in_particular_must_do_is_asked_who_and_when(
        flow_id: str, step_id: str, line: str) -> None:
    """Set E: "someone needs to look into it" went through."""
    assert "Who will do it, and by when?" in reply_to(flow_id, step_id, line)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), NETWORK_PRAISE_SHORT[:3])
def test_network_praise_shortened_as_notes_are_is_asked_what_they_do(
        flow_id: str, step_id: str, line: str) -> None:
    """Set E: "her nan - v supportive" went through ("nan - very supportive" did not)."""
    assert "not yet what you saw" in reply_to(flow_id, step_id, line)


@pytest.mark.parametrize("line", NEVER_ALONE_WITH)
@pytest.mark.parametrize(("flow_id", "step_id"), [("mapping", "existing_safety"),
                                                  ("contextual", "home_safety")])
def test_safety_kept_by_never_leaving_them_alone_with_him_is_existing_safety(
        flow_id: str, step_id: str, line: str) -> None:
    """Set E: "... so he's never alone with them" was asked to show protective action, as a
    strength; "since may ..." read "may" as a maybe."""
    assert asked(flow_id, step_id, line) is None

# Watching named as the step, with nothing watched for, how often or who is told.
MONITORING_ONLY = [
    ("wellbeing", "next_steps", "school to monitor"),
    ("mapping", "plan_working", "attendance will be monitored"),
    ("contextual", "next_steps", "police to continue monitoring"),
    ("mapping", "next_steps", "situation to be monitored closely"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), MONITORING_ONLY)
def test_monitoring_named_as_the_step_is_asked_what_how_often_and_who_is_told(
        flow_id: str, step_id: str, line: str) -> None:
    """Set E: "continue to monitor" as a next step, and "the plan will be monitored", were
    asked "Who did what with the family, and what changed?", as a report of what was done."""
    assert "What will they look out for, how often, and who will they tell?" in reply_to(
        flow_id, step_id, line)

# What is needed, said as a thing with nobody to do it and no time.
NEEDED_WITH_NOBODY = [
    ("contribution", "needs_to_happen", "joined up approach needed"),
    ("mapping", "next_steps", "more support needed for mum"),
    ("reflection", "needs_to_happen", "an assessment of the home is required"),
    ("wellbeing", "next_steps", "a referral to the parenting team is needed"),
]
NEEDED_WITH_WHO_AND_WHEN = [
    ("contribution", "needs_to_happen", "a meeting with mum and school is needed this week, I "
     "will set it up by fri"),
    ("mapping", "next_steps", "more help with the school run is needed: nan has agreed to do "
     "mondays and wednesdays from 7 Jan"),
]
# A note of the work, opening on what will be done with whom, with no one and no time.
WORK_WITH_NOTE = [
    ("mapping", "next_steps", "work with dad on his temper"),
    ("wellbeing", "next_steps", "support mum with the school run"),
    ("contextual", "next_steps", "help J with his anger"),
]
WORK_WITH_NOTE_TOLD = [
    ("mapping", "next_steps", "work with dad on his temper at weekly sessions from 8 Jan "
     "(family support worker)"),
    ("wellbeing", "strengths", "helps mum with the school run every morning"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), NEEDED_WITH_NOBODY[:3])
def test_a_thing_of_the_work_needed_by_no_one_is_asked_who_and_when(
        flow_id: str, step_id: str, line: str) -> None:
    """Set E: "multi-agency approach needed" went through."""
    assert "Who will do it, and by when?" in reply_to(flow_id, step_id, line)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), WORK_WITH_NOTE)
def test_a_note_of_work_with_someone_of_the_family_is_asked_who_and_when(
        flow_id: str, step_id: str, line: str) -> None:
    """Set E: "work with mum on routines" went through; "support mum with the school run"
    was asked what you had seen or heard."""
    assert "Who will do it, and by when?" in reply_to(flow_id, step_id, line)


# Someone of the network listed as a treasure, with nothing they do.
NETWORK_A_TREASURE = [
    ("mapping", "trusted_adults", "next door neighbour - a diamond"),
    ("success", "their_people", "her godmother, a real good sort"),
    ("wellbeing", "strengths", "uncle: an absolute star"),
]
NETWORK_A_TREASURE_WHO_DOES = [
    ("mapping", "trusted_adults", "next door neighbour - a diamond, has the kids every sat "
     "morning"),
    ("success", "their_people", "her godmother, a good egg, rings her every sunday"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), NETWORK_A_TREASURE)
def test_network_member_called_a_treasure_is_asked_what_they_do(flow_id: str, step_id: str,
                                                                line: str) -> None:
    """Set E: "family friend, a good egg" went through."""
    assert "not yet what you saw" in reply_to(flow_id, step_id, line)


# Praise of a parent with the school or the services after it, and nothing they did.
PRAISED_WITH_SCHOOL = [
    ("contribution", "working_well", "dad has been really helpful with the school"),
    ("wellbeing", "strengths", "mum is supportive of the nursery"),
]
SCHOOL_AND_WHAT_WAS_DONE = [
    ("contribution", "working_well", "mum has come to every school meeting since sept and "
     "rings us when he is off"),
    ("wellbeing", "strengths", "mum is good with the nursery run, gets him there by 9 every "
     "day"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), PRAISED_WITH_SCHOOL)
def test_praise_of_a_parent_with_the_school_after_it_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    """Set E: "mum is very cooperative with school", a school's contribution, went through:
    "school" was read as a place where something happened."""
    assert "not yet what you saw" in reply_to(flow_id, step_id, line)


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *STEP_WITH_A_DAY,
    *CHILD_ABOUT_SOMEONE,
    *CHILD_SAYS_OF_SOMEONE,
    *NETWORK_DOES_SHORT,
    *NEEDED_WITH_WHO_AND_WHEN,
    *WORK_WITH_NOTE_TOLD,
    *NETWORK_A_TREASURE_WHO_DOES,
    *SCHOOL_AND_WHAT_WAS_DONE,
]

globals().update(review_tests(ReviewSet(
    name="E", asked=asked, flawed=_cases(flawed=True), sound=_cases(flawed=False),
    fits=lambda line, reply: kind_of(reply) in _fits(line), left_unasked=LEFT_UNASKED,
    left_asked_otherwise=LEFT_ASKED_OTHERWISE, sound_may_ask=written_out_only,
    held_sound=HELD_OUT_SOUND)))
