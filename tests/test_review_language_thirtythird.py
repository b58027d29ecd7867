"""Set L: the fifth blind wording review (pass 33).

Written before reading any rule in flows/checks or flows/data, by roles the earlier sets did
not use: GPs, health visitors, housing officers, probation officers, early years staff, SEN
coordinators, youth justice workers, A&E nurses, foster carers and parents' own advocates.

Each line: (role, question kind, the answer). A flawed line also carries what a practice lead
would expect asked back, one or more of:
  seen     - what did someone see or hear the person do, and when (behind a label or verdict)
  spell    - write the short form out
  who_when - who will do what, by when
  goal     - what the adults will be doing, what the child will have, for how long
  danger   - who is worried, about what an adult does or fails to do, and what it means for
             the child
  impact   - what it meant (or means) for the child
  words    - the child's own words, not an adult's summary of them
  number   - what, seen or heard, makes it that number
  harmer   - what the adult who harms (not the child) did or will do
  safety   - what someone did to keep the child safe, not what the services did
Question kinds: worry, danger, existing_safety, strengths, next_step, safety_goal,
wellbeing_goal, house_worries, house_good, house_dreams, scale_reason.
"""

from __future__ import annotations

SET_L_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # GPs
    ("gp", "worry", "Mum is a frequent attender with vague symptoms.", "seen"),
    ("gp", "worry", "Dad has a hx of EUPD and non-compliance with meds.", "spell|seen"),
    ("gp", "next_step", "GP to review.", "who_when"),
    ("gp", "strengths", "Mum is well known to the practice and has a good relationship with "
     "the GP.", "seen"),
    ("gp", "danger", "Child at risk due to parental mental ill health.", "danger"),
    ("gp", "scale_reason", "5 - no new concerns from health.", "number|seen"),
    # health visitors
    ("hv", "worry", "Poor home conditions and baby not brought to clinic.", "seen"),
    ("hv", "worry", "Maternal low mood, EPDS 18.", "spell|seen"),
    ("hv", "strengths", "Mum is receptive to advice.", "seen"),
    ("hv", "next_step", "HV to continue universal plus.", "spell|who_when"),
    ("hv", "wellbeing_goal", "Baby will thrive.", "goal"),
    ("hv", "worry", "Concerns around attachment and mum's ability to meet baby's needs.",
     "seen"),
    # housing officers
    ("housing", "worry", "Property in a poor state, hoarding issues.", "seen"),
    ("housing", "worry", "ASB complaints from neighbours.", "spell|seen"),
    ("housing", "existing_safety", "Family are on the housing register with band A priority.",
     "safety"),
    ("housing", "next_step", "Housing to look into a move.", "who_when"),
    ("housing", "worry", "Rent arrears and threat of eviction.", "impact"),
    ("housing", "safety_goal", "Tenancy will be sustained.", "goal"),
    # probation
    ("probation", "worry", "Dad is assessed as high risk of serious harm to known adults.",
     "seen"),
    ("probation", "worry", "MAPPA level 2 nominal, index offence DA related.", "spell|seen"),
    ("probation", "existing_safety", "Dad is subject to licence conditions.", "safety"),
    ("probation", "next_step", "OM to liaise with CSC.", "spell|who_when"),
    ("probation", "danger", "Dad poses a risk to children.", "danger|seen"),
    ("probation", "strengths", "Dad is compliant with his order.", "seen"),
    # early years
    ("early_years", "worry", "Child presents as unkempt and hungry.", "seen"),
    ("early_years", "worry", "Speech delay and poor social skills.", "seen"),
    ("early_years", "strengths", "Happy little girl who loves nursery.", "seen"),
    ("early_years", "house_good", "Nursery report she is happy at home.", "words"),
    ("early_years", "next_step", "Nursery to keep an eye.", "who_when"),
    ("early_years", "wellbeing_goal", "Child will reach her full potential.", "goal"),
    # SEN coordinators
    ("senco", "worry", "ASD traits, sensory issues, EHCP in progress.", "spell|seen"),
    ("senco", "worry", "Parents struggle to manage his complex needs.", "seen"),
    ("senco", "next_step", "SENCO to apply for EHCP.", "spell|who_when"),
    ("senco", "strengths", "Good home-school communication.", "seen"),
    ("senco", "house_worries", "Child is non-verbal so views could not be obtained.", "words"),
    ("senco", "scale_reason", "6 as school are managing.", "number|seen"),
    # youth justice
    ("yjs", "worry", "YP is criminally exploited and involved in county lines.",
     "harmer|spell"),
    ("yjs", "worry", "Offending behaviour escalating.", "seen"),
    ("yjs", "strengths", "YP has good insight into his offending.", "seen|spell"),
    ("yjs", "next_step", "NRM referral to be considered.", "spell|who_when"),
    ("yjs", "safety_goal", "YP will not reoffend.", "goal|spell"),
    ("yjs", "house_worries", "YP feels his mum doesn't understand him.", "words|spell"),
    # A&E nurses
    ("ae_nurse", "worry", "Attended ED with an injury inconsistent with mechanism.",
     "spell|seen"),
    ("ae_nurse", "worry", "Multiple ED attendances.", "spell|seen"),
    ("ae_nurse", "worry", "Mum smelt of alcohol and was aggressive to staff.", "seen"),
    ("ae_nurse", "next_step", "Safeguarding referral made.", "who_when"),
    ("ae_nurse", "danger", "Risk of further injury.", "danger"),
    ("ae_nurse", "existing_safety", "Child was seen by the paediatric registrar and the "
     "safeguarding team informed.", "safety"),
    # foster carers
    ("foster", "worry", "His behaviour has been really bad since contact.", "seen"),
    ("foster", "worry", "She is very attention-seeking and manipulative.", "seen"),
    ("foster", "strengths", "Settling in nicely.", "seen"),
    ("foster", "house_worries", "She says she wants to go home but she doesn't really mean it.",
     "words"),
    ("foster", "next_step", "Contact to be reviewed.", "who_when"),
    ("foster", "scale_reason", "8 because placement is stable.", "number|seen"),
    # parents' own advocates
    ("advocate", "worry", "The LA has not followed due process.", "spell|seen"),
    ("advocate", "strengths", "Mum loves her children very much.", "seen"),
    ("advocate", "house_dreams", "Mum says the children want to come home.", "words"),
    ("advocate", "danger", "Mum is worried that social services will take the children.",
     "danger"),
    ("advocate", "safety_goal", "Mum will work openly with professionals.", "goal"),
    ("advocate", "existing_safety", "Mum has a good support network.", "safety|seen"),
)

SET_L_SOUND: tuple[tuple[str, str, str], ...] = (
    # GPs
    ("gp", "worry",
     "On 4 November mum told the GP she had been hearing voices telling her to hurt the baby, "
     "and she has not taken her tablets since the end of October."),
    ("gp", "strengths",
     "Dad has come with Leo (3) to every asthma review since January and showed the practice "
     "nurse how he uses the spacer."),
    ("gp", "next_step",
     "The GP will see mum on Monday 9 December to restart her tablets and will tell the health "
     "visitor the same day."),
    ("gp", "danger",
     "The GP and the social worker are worried that if mum stops her tablets again and hears "
     "voices, she could hurt the baby or leave him alone while she is unwell."),
    ("gp", "scale_reason",
     "I gave 4 because mum has collected her prescription on time for three weeks, but she "
     "still hears the voices at night and dad works nights."),
    ("gp", "existing_safety",
     "Whenever mum has told dad the voices are back, he has stayed home from work and not left "
     "her alone with the baby, as he did on 2 and 3 November."),
    # health visitors
    ("hv", "worry",
     "When I visited on 12 November the baby's nappy had not been changed since the night "
     "before, and he had a raw red rash across his bottom."),
    ("hv", "strengths",
     "Mum has kept a feeding chart since 20 October; it shows a bottle every three to four "
     "hours, and baby gained 250 g in two weeks."),
    ("hv", "next_step",
     "I will weigh baby at the clinic every Thursday until the end of January and ring the "
     "social worker after each weigh-in."),
    ("hv", "wellbeing_goal",
     "Baby will be fed every three to four hours and changed before each feed, with mum keeping "
     "the chart and the health visitor checking it each week until he is six months old."),
    ("hv", "worry",
     "Mum has not taken the baby to any of his jabs, and she told me on 2 December she does not "
     "open letters from the clinic because they frighten her."),
    ("hv", "house_good", "Ruby (3) said: 'Mummy reads me the hungry caterpillar.'"),
    # housing officers
    ("housing", "worry",
     "On 10 November I found no working heating or hot water in the flat, and the children "
     "(2 and 5) were sleeping in their coats in the living room."),
    ("housing", "next_step",
     "The housing officer will get the boiler repaired by Friday 13 December and will ring mum "
     "the day before to say when the engineer is coming."),
    ("housing", "worry",
     "Neighbours have rung the council four times since September about shouting at night; on "
     "30 November one heard a child screaming 'stop it' at 2 am."),
    ("housing", "existing_safety",
     "When the electric ran out on 5 December, mum took the children to her sister's for the "
     "night rather than leaving them in the cold flat."),
    ("housing", "strengths",
     "Mum has paid 10 pounds a week off her rent arrears every Friday since August without "
     "missing one."),
    ("housing", "safety_goal",
     "Mum will keep the flat warm, with the heating on and food in the cupboards, and the "
     "housing officer will see this at a visit every two weeks until the end of March."),
    # probation
    ("probation", "worry",
     "Dad was released from prison on 1 November after hitting his last partner; his licence "
     "says he must tell probation about any new relationship, and he has not told us about "
     "mum."),
    ("probation", "danger",
     "Probation and the social worker are worried that dad will hit mum when he is jealous, as "
     "he did to his last partner, and that the children will see it and be hurt trying to stop "
     "him."),
    ("probation", "next_step",
     "Dad's probation officer will tell the social worker by Wednesday 11 December whether dad "
     "has been told he cannot live at mum's address."),
    ("probation", "existing_safety",
     "Since his release dad has stayed at the hostel every night; the hostel staff signed him "
     "in each evening by 9 pm, and mum has not let him stay over."),
    ("probation", "safety_goal",
     "Dad will only see the children at the family centre with a worker there, and will not "
     "come to mum's house, for the next six months; the family centre will tell the social "
     "worker after each visit."),
    ("probation", "scale_reason",
     "I gave 3 because dad has not said what he did to his last partner and still says she "
     "'made him do it'."),
    # early years
    ("early_years", "worry",
     "Since October Kai (3) has arrived at nursery four mornings a week in the same clothes, "
     "with dried food on his face, and has eaten three bowls of cereal at breakfast."),
    ("early_years", "strengths",
     "Grandad collects Kai from nursery at 3 pm every day and reads with him in the book corner "
     "before they leave."),
    ("early_years", "house_worries", "Kai said: 'Daddy shouts at the telly and mummy cries.'"),
    ("early_years", "next_step",
     "Kai's key person at nursery will write down what Kai eats at breakfast every day for the "
     "next four weeks and send it to the health visitor each Friday."),
    ("early_years", "wellbeing_goal",
     "Kai will come to nursery clean and fed every day, because dad will get him up, washed and "
     "given breakfast before 8.30, for the rest of the school year, and the key person will "
     "note it each morning."),
    ("early_years", "house_dreams",
     "Kai said he wants 'a big bed and a dog and Nanny living with us'."),
    # SEN coordinators
    ("senco", "worry",
     "Sam (9) is autistic and cannot read yet; his mum has not brought him to school on 14 of "
     "the last 30 days and says it is because he screams in the car."),
    ("senco", "strengths",
     "Mum made Sam a picture timetable for the mornings, and since 1 November he has got "
     "dressed on his own on most school days."),
    ("senco", "next_step",
     "The SEN coordinator will meet mum on Tuesday 10 December at 3.30 to fill in the request "
     "for an education, health and care plan together."),
    ("senco", "house_good",
     "Sam pointed to the picture of the trampoline and said 'jumping with Dad'."),
    ("senco", "scale_reason",
     "I said 6 because Sam has been in school every day for three weeks since the taxi "
     "started, but the taxi has only been agreed until Christmas."),
    ("senco", "worry",
     "Sam's dad does not give him his evening melatonin, so on the nights he stays there Sam is "
     "awake until 2 am and falls asleep in class the next day."),
    # youth justice
    ("yjs", "worry",
     "On 22 November Jay (15) was found by police with 30 wraps of crack cocaine and 400 pounds "
     "in a flat in Luton, 40 miles from home; a man of 24 had driven him there."),
    ("yjs", "danger",
     "The youth justice worker and the social worker are worried that the men who sent Jay to "
     "Luton will make him carry drugs again and hurt him if he refuses, as they did on 22 "
     "November when they cut his hand."),
    ("yjs", "strengths",
     "Jay has come to every appointment at the youth justice office since September and "
     "started a bricklaying course on Mondays."),
    ("yjs", "next_step",
     "The youth justice worker will take Jay to the college on Monday 9 December to enrol, and "
     "mum will go with them."),
    ("yjs", "house_worries",
     "Jay said: 'If I stop they'll come for my little brother, so I can't stop.'"),
    ("yjs", "safety_goal",
     "Mum will know where Jay is every evening and will ring the police if he is not home by "
     "10 pm; his youth worker will check with mum every Friday, for the next three months."),
    # A&E nurses
    ("ae_nurse", "worry",
     "At 2 am on 7 December Ava (8 months) was brought into A&E with a burn the size of a 50p "
     "coin on her forearm; dad said she touched the iron, but she cannot yet crawl."),
    ("ae_nurse", "worry",
     "Mum came into A&E on 3 December after taking 30 paracetamol; her two children (4 and 6) "
     "were at home alone until a neighbour found them at 11 pm."),
    ("ae_nurse", "danger",
     "The hospital and the social worker are worried that dad may hurt Ava again when she cries "
     "at night, as on 7 December, and she could be burned or suffer a head injury."),
    ("ae_nurse", "next_step",
     "The ward nurse will ring the social worker before Ava is discharged, and Ava will not go "
     "home until the social worker has spoken to both parents."),
    ("ae_nurse", "existing_safety",
     "When dad was drunk on 1 December, mum took Ava to her mum's, and they stayed there until "
     "he had sobered up the next afternoon."),
    ("ae_nurse", "scale_reason",
     "2, because nobody has explained how Ava was burned and the burn is not one a baby who "
     "cannot crawl could do to herself."),
    # foster carers
    ("foster", "worry",
     "After contact with her mum on 2 and 9 December, Lily (7) wet the bed both nights and "
     "would not let me turn off her light."),
    ("foster", "strengths",
     "Lily has made two friends at her new school and had them round for tea on Saturday; she "
     "laughed all afternoon."),
    ("foster", "house_worries", "Lily said: 'I don't want to go to Mummy's if Steve is there.'"),
    ("foster", "next_step",
     "I will write down what Lily says and does after each contact and email it to her social "
     "worker by the Monday after, starting this week."),
    ("foster", "wellbeing_goal",
     "Lily will sleep in her own bed with the light off by Easter, with her foster carer "
     "sitting with her for a story each night, and her social worker hearing how it is going "
     "at each visit."),
    ("foster", "scale_reason",
     "I gave 7: Lily has slept through five nights in the last week, but she still wets the bed "
     "after contact."),
    # parents' own advocates
    ("advocate", "strengths",
     "Mum wrote down the three things she will do if her ex turns up, and read them out at the "
     "meeting on 4 December without being asked."),
    ("advocate", "existing_safety",
     "Since the meeting in October, mum has not let her ex-partner into the house; she phoned "
     "the police when he came on 12 and 20 November, and kept the children in the back room."),
    ("advocate", "next_step",
     "Mum's advocate will go with her to see the solicitor on Wednesday 11 December about the "
     "non-molestation order."),
    ("advocate", "house_dreams",
     "Mia (10) said: 'I want to live with Mum and not be scared of the door knocking.'"),
    ("advocate", "danger",
     "Mum and her advocate are worried that her ex-partner will come back to the house and hit "
     "her again in front of Mia, as he did in August, and Mia will be hurt or too scared to "
     "sleep."),
    ("advocate", "scale_reason",
     "Mum gave 8: 'He hasn't been near the house since the police took him in November, and "
     "Mia is sleeping again.'"),
)
