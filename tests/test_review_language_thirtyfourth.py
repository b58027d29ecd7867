"""Set M: the sixth blind wording review (pass 34).

Written before reading any rule in flows/checks or flows/data, by roles the earlier sets did
not use: school nurses, CAMHS clinicians, substance-misuse workers, domestic-abuse advocates
(IDVAs), family group conference coordinators, residential children's home staff, midwives,
police public protection officers, the disabled children's team, family work through an
interpreter, private fostering and young carers' workers.

Each line: (role, question kind, the answer), a flawed line also what a practice lead would
expect asked back, as set L's (tests/test_review_language_thirtythird.py).
"""

from __future__ import annotations

SET_M_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # school nurses
    ("school_nurse", "house_good", "Ellie presented as happy and relaxed when discussing home.",
     "words"),
    ("school_nurse", "next_step", "School nurse to complete a health assessment.", "who_when"),
    # CAMHS clinicians
    ("camhs", "worry", "Presenting with low mood and emotional dysregulation; possible ADHD.",
     "seen|spell"),
    ("camhs", "strengths", "Good engagement with CAMHS.", "seen|spell"),
    ("camhs", "danger", "Risk of self-harm escalating.", "danger"),
    # substance-misuse workers
    ("substance", "worry", "Mum is using again.", "seen"),
    ("substance", "strengths", "Dad is engaging with services and has reduced his use.",
     "seen"),
    ("substance", "next_step", "Drug worker to continue to monitor.", "who_when"),
    # domestic-abuse advocates
    ("idva", "worry", "DV in the relationship; MARAC case.", "spell|seen"),
    ("idva", "existing_safety", "Mum has engaged with the IDVA service and a safety plan is in "
     "place.", "safety|spell"),
    ("idva", "danger", "Mum is a victim of domestic abuse.", "danger"),
    # family group conference coordinators
    ("fgc", "next_step", "Family to agree a plan at the FGC.", "who_when|spell"),
    ("fgc", "strengths", "Large extended family who are committed to the children.", "seen"),
    # residential children's home staff
    ("residential", "worry", "Young person frequently absconding and putting herself at risk.",
     "seen|harmer"),
    ("residential", "house_worries", "She doesn't like it here but that's normal for new "
     "placements.", "words"),
    ("residential", "scale_reason", "7 - settled in placement.", "number|seen"),
    # midwives
    ("midwife", "worry", "Concerns re mum's capacity to parent.", "seen"),
    ("midwife", "danger", "Baby will be at risk on discharge.", "danger"),
    ("midwife", "safety_goal", "Mum will demonstrate she can meet baby's needs.", "goal"),
    # police public protection officers
    ("ppu", "worry", "Multiple DA incidents reported, DASH high.", "spell|seen"),
    ("ppu", "scale_reason", "3 due to high risk.", "number|seen"),
    # disabled children's team
    ("dct", "worry", "Parents are struggling to cope with his needs.", "seen"),
    ("dct", "wellbeing_goal", "Jake's needs will be met.", "goal"),
    # family work through an interpreter
    ("interpreter", "context", "Cultural issues and language barriers affecting parenting.",
     "seen"),
    ("interpreter", "house_worries", "Via interpreter, child said things are fine at home.",
     "words"),
    # private fostering
    ("private_fostering", "worry", "Private fostering arrangement not notified; unclear who "
     "holds PR.", "spell|seen"),
    ("private_fostering", "safety_goal", "The arrangement will be safe and stable.", "goal"),
    ("private_fostering", "house_dreams", "Zara wishes to remain in her current arrangement.",
     "words"),
    # young carers' workers
    ("young_carers", "strengths", "Very mature for her age and resilient.", "seen"),
    ("young_carers", "context", "Isolated, no support.", "seen"),
)

SET_M_SOUND: tuple[tuple[str, str, str], ...] = (
    # school nurses
    ("school_nurse", "worry",
     "At the drop-in on 14 January Ellie (13) showed me cuts on her forearm and said she does "
     "it when mum's boyfriend shouts at her mum."),
    ("school_nurse", "strengths",
     "Mum has brought Ellie to the asthma clinic at school every month since September and now "
     "checks her inhaler technique at home each night."),
    ("school_nurse", "house_worries",
     "Ellie said: 'When they argue I go in the bathroom and lock the door.'"),
    # CAMHS clinicians
    ("camhs", "next_step",
     "Noah's mental health nurse, Priya, will see him on Thursday 16 January at 4 pm and ring "
     "his dad the same evening to agree what to do if he talks about hurting himself again."),
    ("camhs", "scale_reason",
     "I gave 4 because Noah has not cut himself for three weeks and tells his dad when he feels "
     "bad, but he still has the blades he hid in his room."),
    # substance-misuse workers
    ("substance", "worry",
     "On 3 January mum told me she had injected heroin in the bathroom while Finn (4) was in "
     "the bath, and she fell asleep on the floor until he woke her."),
    ("substance", "safety_goal",
     "Whenever mum has used, she will ring her sister before the children come home, and her "
     "sister will look after Finn and Rosie at her flat until the next morning; the social "
     "worker and I will check this at each weekly visit until the end of June."),
    # domestic-abuse advocates
    ("idva", "existing_safety",
     "When dad came to the house drunk on 28 December, mum kept the chain on the door, sent the "
     "children upstairs and rang 999; the police came in ten minutes."),
    ("idva", "next_step",
     "I will go with mum to the court on Monday 20 January to apply for the non-molestation "
     "order, and tell the social worker the outcome that afternoon."),
    # family group conference coordinators
    ("fgc", "strengths",
     "At the family meeting on 9 January, Aunt Jo and Uncle Dev agreed to have the children "
     "every weekend, and they have done so both weekends since."),
    ("fgc", "safety_goal",
     "Nan, Aunt Jo and dad will make sure one sober adult is with the children every evening, "
     "and the rota on the fridge will show who; the family will meet the social worker every "
     "month until July to check it is working."),
    ("fgc", "house_dreams",
     "Tia (8) said: 'I want everyone to stop fighting and Nanny to come at Christmas.'"),
    # residential children's home staff
    ("residential", "context",
     "Keira is picked up from the park near the home by men in cars most Fridays; staff have "
     "seen the same blue car three times since December."),
    ("residential", "strengths",
     "Keira has cooked tea with her key worker every Sunday since November, and on 5 January "
     "she told her about the man with the car."),
    # midwives
    ("midwife", "worry",
     "Mum first came to the maternity unit at 34 weeks, on 2 January, and told me she had "
     "hidden the pregnancy because her partner hit her the last time she was pregnant."),
    ("midwife", "next_step",
     "The ward midwife will ring the social worker before mum and baby go home, and baby will "
     "not be discharged until the discharge meeting on that day has been held."),
    # police public protection officers
    ("ppu", "worry",
     "Police were called to the flat on 2 and 11 January; both times mum had a cut lip and said "
     "dad had punched her while the baby was in the room."),
    ("ppu", "danger",
     "Police and the social worker are worried that dad will hit mum again while she is holding "
     "the baby, as he did on 11 January, and the baby could be dropped or hit."),
    ("ppu", "existing_safety",
     "Since 11 January mum has stayed at the refuge with the baby every night and has not told "
     "dad where it is."),
    # disabled children's team
    ("dct", "wellbeing_goal",
     "Jake will have his tube feeds on time every day, because dad will do the morning and "
     "evening feeds and the short-break carer the lunchtime one, until his review in July; the "
     "community nurse will check the feed chart each week."),
    ("dct", "house_good", "Jake used his talker to say 'bath with Mum' and smiled when he showed "
     "me."),
    ("dct", "scale_reason",
     "I gave 6 because mum and dad have done every night feed for four weeks since the nurse "
     "showed them, but dad goes back to work in February."),
    # family work through an interpreter
    ("interpreter", "worry",
     "Through the interpreter on 8 January, dad told me he beats Amir (9) with a belt when he "
     "lies, as he was beaten as a boy, and showed me the belt."),
    ("interpreter", "house_worries",
     "Through the interpreter, Amir said: 'When Baba takes his belt off I hide under the bed.'"),
    ("interpreter", "next_step",
     "The social worker will book the same Dari interpreter for the visit on Wednesday 22 "
     "January, so mum can hear the worries in her own language."),
    # private fostering
    ("private_fostering", "worry",
     "Zara (12) has lived with a family friend since September; her mum is in Nigeria, nobody "
     "has told the council, and Zara has missed 20 days of school since October."),
    ("private_fostering", "house_good", "Zara said: 'Aunty lets me phone Mum on Sundays.'"),
    # young carers' workers
    ("young_carers", "worry",
     "Ruby (11) gets her mum up, washed and dressed each morning because her multiple sclerosis "
     "is worse, and she has been late for school 15 times this term."),
    ("young_carers", "house_worries",
     "Ruby said: 'If I go to the club, who will help Mum to the toilet?'"),
    ("young_carers", "context",
     "Ruby's mum has multiple sclerosis and her dad works away; the nearest family is in "
     "Scotland, and the young carers' club is the only time Ruby is not caring."),
)


def test_set_m_is_as_written_blind() -> None:
    assert (len(SET_M_FLAWED), len(SET_M_SOUND)) == (30, 30)
