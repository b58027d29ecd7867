"""A blind review of the wording checks in the thirty-first round, as a practice lead would
test them: set F, lines a social worker, teacher, health visitor or police officer types on a
phone (note-style short forms, typos, lower case, names from several languages), each sent at
the question of a real tool where it would be typed, through the real engine and its real
reminders. A flawed line should be asked about once, with the question that fits its flaw; a
sound one let through.

Set F was written after reading only which question runs which check (the flows' `checks:`)
and how the thirtieth review drove them, BEFORE any rule's word list or pattern, and
committed before anything was run on it. Each flawed line carries the kinds of question that
would fit it (`FITS`, the thirtieth review's kinds).
"""

from __future__ import annotations

import pytest
from test_review_language_thirtieth import kind_of
from test_review_language_twentyninth import asked

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
