"""Set I: the fourth blind wording review (pass 32).

Written before reading any rule in flows/checks, flows/moves.py, flows/data or an earlier
review test, by roles the earlier sets used less: midwives, domestic abuse advocates (IDVAs),
substance misuse workers, private fostering and kinship assessors, children's home staff,
paediatricians, interpreters' notes, and a parent's own words quoted by the worker.

Each line: (role, question it answers, the answer). A flawed line also carries what a practice
lead would expect asked back, one or more of:
  seen     - what did someone see or hear the person do, and when (behind a label or verdict)
  spell    - write the short form out
  who_when - who will do what, by when
  goal     - what the adults will be doing, what the child will have, for how long
  danger   - who is worried, about what an adult does or fails to do, and what it means for
             the child
  impact   - what it meant (or means) for the child
  words    - the child's own words, not a summary of them
  number   - what, seen or heard, makes it that number
  harmer   - what the adult who harms (not the child or the non-abusing parent) did or will do
Questions: worry, working_well, next_step, goal, danger, child_view, scale_reason.
"""

from __future__ import annotations

SET_I_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # midwives
    ("midwife", "worry", "Mum has poor antenatal engagement.", "seen"),
    ("midwife", "worry",
     "Concerns re: maternal mental health and lack of bonding observed on the ward.", "seen"),
    ("midwife", "worry", "Late booker, concealed pregnancy.", "seen"),
    ("midwife", "next_step", "MW to liaise with HV re: handover.", "spell|who_when"),
    ("midwife", "goal", "Mum to attend all appointments.", "goal"),
    ("midwife", "worry", "PPH risk and no birth plan.", "spell"),
    ("midwife", "danger", "Baby at risk due to mum's substance use.", "danger|seen"),
    ("midwife", "working_well", "Mum is bonding well with baby.", "seen"),
    # domestic abuse advocates
    ("idva", "worry", "DA history, high MARAC risk.", "spell"),
    ("idva", "worry", "Dad is controlling.", "seen"),
    ("idva", "worry", "Mum minimises the abuse.", "seen"),
    ("idva", "worry", "Toxic relationship between parents.", "seen"),
    ("idva", "next_step", "Safety planning with mum.", "who_when"),
    ("idva", "goal", "Mum will leave the relationship.", "harmer|goal"),
    ("idva", "danger", "If mum keeps going back to him, the children will be harmed.",
     "harmer|danger"),
    ("idva", "working_well", "Mum is protective.", "seen"),
    ("idva", "worry",
     "Volatile relationship with incidents of verbal and physical altercations.", "seen"),
    # substance misuse workers
    ("substance", "worry", "Dad is using again.", "seen"),
    ("substance", "worry", "Chaotic drug use.", "seen"),
    ("substance", "working_well", "Mum is engaging well with CGL.", "seen|spell"),
    ("substance", "working_well", "Dad is abstinent.", "seen"),
    ("substance", "worry", "Positive tox screen.", "seen|impact"),
    ("substance", "next_step", "Referral to substance misuse service.", "who_when"),
    ("substance", "goal", "Dad will reduce his drinking.", "goal"),
    ("substance", "worry", "Mum presented as under the influence.", "seen"),
    ("substance", "danger", "Dad's alcohol misuse puts the children at risk.", "danger|seen"),
    # private fostering and kinship assessors
    ("kinship", "worry", "Aunt lacks insight into the risks posed by mum.", "seen"),
    ("kinship", "worry", "Placement is unsuitable.", "seen"),
    ("kinship", "working_well", "Good attachment with grandmother.", "seen"),
    ("kinship", "worry", "Gran struggles to manage his behaviour.", "seen"),
    ("kinship", "next_step", "Reg 24 assessment to be completed.", "who_when|spell"),
    ("kinship", "goal", "Uncle to prioritise the child's needs.", "goal|seen"),
    ("kinship", "worry", "Boundaries are an issue in the home.", "seen"),
    # children's home staff
    ("home_staff", "worry", "YP was absconding and displaying challenging behaviour.",
     "seen|spell"),
    ("home_staff", "worry", "Went MFH overnight.", "spell"),
    ("home_staff", "worry", "He kicked off again at the weekend.", "seen"),
    ("home_staff", "worry",
     "She is putting herself at risk by going to parties with older males.", "harmer|seen"),
    ("home_staff", "working_well", "Settled in placement.", "seen"),
    ("home_staff", "worry", "Attention-seeking self-harm.", "seen"),
    ("home_staff", "next_step", "Staff to monitor.", "who_when"),
    ("home_staff", "child_view", "YP reports feeling unsafe.", "words|spell"),
    # paediatricians
    ("paediatrician", "worry", "Non-accidental injury suspected.", "seen"),
    ("paediatrician", "worry", "Faltering growth.", "seen|impact"),
    ("paediatrician", "worry", "Explanation inconsistent with injuries.", "seen"),
    ("paediatrician", "worry", "Global developmental delay, ?neglect.", "seen"),
    ("paediatrician", "worry", "Missed health appointments (WNB x3).", "spell"),
    ("paediatrician", "danger", "Risk of further NAI.", "spell|danger"),
    ("paediatrician", "next_step", "CP medical.", "who_when|spell"),
    # interpreters' notes
    ("interpreter", "worry",
     "Per interpreter, family are culturally reluctant to discuss issues.", "seen"),
    ("interpreter", "worry", "Communication difficulties.", "seen"),
    ("interpreter", "worry", "Dad was aggressive during the visit (via interpreter).", "seen"),
    ("interpreter", "next_step", "Interpreter to be booked.", "who_when"),
    # a parent's own words quoted
    ("parent_words", "working_well", "Mum says 'I'm doing everything I can'.", "seen"),
    ("parent_words", "worry", "Dad says the kids are 'out of control'.", "seen"),
    ("parent_words", "goal", "Mum said 'I just want them back'.", "goal"),
    # scaling reasons and the child's view, across roles
    ("substance", "scale_reason", "Things are better.", "number|seen"),
    ("idva", "scale_reason", "4 due to ongoing concerns.", "number|seen"),
    ("kinship", "scale_reason", "Progress has been made but risks remain.", "number|seen"),
    ("home_staff", "child_view", "Child's wishes and feelings were obtained.", "words"),
    ("kinship", "working_well", "Family are supportive.", "seen"),
)

SET_I_SOUND: tuple[tuple[str, str, str], ...] = (
    # midwives
    ("midwife", "worry",
     "At the 28-week appointment on 3 March mum told me she had not eaten for two days "
     "because there was no money for food, and she had lost 3 kg since her last visit."),
    ("midwife", "worry",
     "On the postnatal ward on 12 May mum fell asleep twice while holding the baby on her "
     "chest after taking her methadone; the nurse moved the baby to the cot both times."),
    ("midwife", "working_well",
     "Mum has come to all six antenatal appointments since January, bringing her notes each "
     "time, and asked me to show her how to bath the baby."),
    ("midwife", "next_step",
     "I will visit mum and baby at home on Tuesday 14 May to weigh the baby and watch a feed."),
    ("midwife", "goal",
     "Mum will feed the baby at least every three hours, day and night, and keep a feeding "
     "chart that the health visitor checks each week for the next three months."),
    ("midwife", "danger",
     "The midwife and social worker are worried that if mum falls asleep with the baby on "
     "her chest after taking methadone, the baby could be smothered and die."),
    ("midwife", "working_well",
     "Dad has done the night feeds since the baby came home on 2 May so mum can sleep, and "
     "the baby has gained 200 g this week."),
    ("midwife", "worry",
     "Mum did not come to four of her last six antenatal appointments and was not in when I "
     "called at the house on 2 and 9 April, so nobody has checked the baby's growth since "
     "20 weeks."),
    # domestic abuse advocates
    ("idva", "worry",
     "On 2 June dad pushed mum against the kitchen wall and squeezed her throat while Amy "
     "(6) watched from the doorway; Amy wet herself and hid under her bed."),
    ("idva", "worry",
     "Since March dad has taken mum's phone and bank card every evening and only gives them "
     "back if she tells him where she has been that day."),
    ("idva", "working_well",
     "When dad came to the house drunk on 20 June, mum locked the door, called 999 and took "
     "the children upstairs; the police arrived ten minutes later."),
    ("idva", "next_step",
     "I will meet mum at the children's centre on Friday 9 June to go through who she can "
     "ring if dad turns up."),
    ("idva", "goal",
     "Dad will stop shouting at, pushing or threatening mum, and the children will tell "
     "their teacher home feels calm, for at least six months."),
    ("idva", "danger",
     "Mum, the school and I are worried that dad will hit mum again when he is angry, and "
     "Amy will be hurt trying to stop him or will stay too frightened to sleep."),
    ("idva", "child_view",
     "Amy (6) said: 'When daddy shouts I put my hands over my ears and sing.'"),
    ("idva", "next_step",
     "The police officer will serve the non-molestation order on dad by Wednesday and ring "
     "mum once it is done."),
    # substance misuse workers
    ("substance", "worry",
     "On 4 April dad was found asleep on the sofa with a needle beside him while Leo (2) was "
     "awake and alone in the room."),
    ("substance", "worry",
     "Mum told me she drinks two bottles of wine most evenings after the children are in "
     "bed, and on two mornings last week Jack (9) made breakfast and walked his sister to "
     "school because she could not get up."),
    ("substance", "working_well",
     "Dad's last eight weekly drug tests since February have been clear, and he has "
     "collected the children from school on time every day this term."),
    ("substance", "next_step",
     "Dad's recovery worker will send his test results to the social worker every Friday, "
     "starting this week."),
    ("substance", "goal",
     "Mum will ask gran to look after the children on any evening she drinks, so the "
     "children are cared for by a sober adult every night for the next six months."),
    ("substance", "scale_reason",
     "I gave 6 because dad's tests have been clear for two months and he has told gran when "
     "he felt like using, but he has not yet been tested over a school holiday."),
    ("substance", "working_well",
     "Mum keeps her methadone in a locked box on top of the wardrobe, and I saw it there on "
     "each of my last three visits."),
    ("substance", "danger",
     "I am worried that if dad keeps injecting while he is the only adult at home, Leo could "
     "pick up a used needle or be left without anyone awake to look after him."),
    # private fostering and kinship assessors
    ("kinship", "worry",
     "Aunt told me on 8 May that mum turned up drunk last Saturday and she let mum take Mia "
     "(4) to the park alone for an hour."),
    ("kinship", "working_well",
     "Gran has taken Tom to school every day since September and sits with him for his "
     "reading every evening."),
    ("kinship", "next_step",
     "I will visit uncle's flat on 15 May to see where Mia will sleep and to meet his "
     "partner."),
    ("kinship", "goal",
     "Aunt will phone the social worker before any contact with mum, and Mia will only see "
     "mum when the contact worker is there, from now until the court hearing."),
    ("kinship", "worry",
     "Mrs K has looked after Sam (14) since January while his parents are in Nigeria, and "
     "nobody told the council, so no checks have been done on the adults living in her "
     "home."),
    ("kinship", "child_view",
     "Sam (14) said: 'I like living with auntie but I miss my mum and I want to phone her on "
     "Sundays.'"),
    ("kinship", "scale_reason",
     "I said 7 because gran has kept to the contact plan for three months and Tom tells his "
     "teacher he feels safe at hers, but she has not yet said no to mum face to face."),
    ("kinship", "working_well",
     "Uncle has moved his night shifts to days since Mia arrived in April so he can put her "
     "to bed himself."),
    # children's home staff
    ("home_staff", "worry",
     "On 10 and 17 May Kayla (15) did not come back to the home until 3 am; staff saw her "
     "get out of a car driven by a man in his thirties."),
    ("home_staff", "worry",
     "On 12 May Josh (13) punched the office window and cut his hand after staff told him "
     "his contact with mum was cancelled."),
    ("home_staff", "working_well",
     "Since staff started sitting with Josh for 15 minutes at bedtime in April, he has slept "
     "through on most nights and not left his room."),
    ("home_staff", "next_step",
     "The home manager will give the car's registration to the police and the social worker "
     "by 5 pm today."),
    ("home_staff", "child_view",
     "Kayla said: 'He buys me food and lets me stay at his when I don't want to be here.'"),
    ("home_staff", "goal",
     "Staff will know where Kayla is every evening, and she will be back at the home by "
     "10 pm on at least five nights a week, for the next three months."),
    ("home_staff", "danger",
     "Staff and the social worker are worried that the man in the car will keep giving "
     "Kayla food and somewhere to stay so that he can sexually abuse her."),
    ("home_staff", "scale_reason",
     "I gave 2 because Kayla has been out past midnight four times this month and we still "
     "do not know who the man is."),
    # paediatricians
    ("paediatrician", "worry",
     "On 3 May Ella (4 months) had three fingertip bruises on her left upper arm; mum said "
     "she did not know how they happened and dad said her brother may have grabbed her."),
    ("paediatrician", "worry",
     "Noah (3) has lost 1.5 kg since January and was below the 2nd centile at clinic on "
     "9 May; his parents missed the last three dietitian appointments."),
    ("paediatrician", "next_step",
     "Dr Patel will write up Ella's examination and send it to the social worker by 10 May."),
    ("paediatrician", "danger",
     "The paediatrician and social worker are worried that if an adult grabs Ella hard "
     "again, she could suffer broken bones or a head injury."),
    ("paediatrician", "scale_reason",
     "I scored 3 because no adult has explained Ella's bruises and she is too young to tell "
     "us, though both parents have brought her to every clinic since."),
    ("paediatrician", "working_well",
     "Since the ward showed them how on 20 May, Noah's parents have given him three meals "
     "and two snacks a day at the table, and he put on 400 g in two weeks."),
    ("paediatrician", "goal",
     "Noah's parents will give him his meals at set times each day and bring him to be "
     "weighed every fortnight, and he will be growing along his centile line for six "
     "months."),
    # interpreters' notes
    ("interpreter", "worry",
     "Through the Arabic interpreter on 6 May, dad told me he hits Omar (8) with a belt when "
     "he lies, 'like my father did to me'."),
    ("interpreter", "child_view",
     "Through the interpreter, Omar said: 'Baba is kind but when he takes the belt I run to "
     "my room.'"),
    ("interpreter", "working_well",
     "Speaking through the interpreter, mum showed me the cupboard where she has locked the "
     "medicines since Zainab (2) swallowed tablets in March."),
    ("interpreter", "next_step",
     "I will book a Farsi interpreter for the visit on 20 May so mum can read and agree the "
     "plan in her own language."),
    ("interpreter", "goal",
     "Dad will use words, not the belt, when Omar lies, and Omar will tell his teacher each "
     "month that nobody has hit him, for the next six months."),
    # a parent's own words quoted
    ("parent_words", "worry",
     "Mum said: 'When he's had a drink he throws things, last week it was the TV remote and "
     "it hit Jade on the head.'"),
    ("parent_words", "working_well",
     "Dad said: 'I've walked them to school every day since Easter and I haven't missed "
     "one,' and the school confirms this."),
    ("parent_words", "goal",
     "Mum said: 'I want to be the one who puts them to bed every night without a drink,' and "
     "we agreed she will do this for the next three months while gran rings each evening."),
    ("parent_words", "scale_reason",
     "Mum gave 8: 'I haven't had a drink since January and the kids are in school every "
     "day.'"),
    ("parent_words", "child_view",
     "Jade (7) drew her house and said: 'The bad thing is when the remote hits me.'"),
    ("parent_words", "worry",
     "Dad told me: 'I left them with my mate for the weekend while I went to Manchester,' "
     "and the children (5 and 7) did not know where he was until Sunday night."),
    ("parent_words", "danger",
     "Mum and I are worried that when dad has been drinking he will throw things again and "
     "Jade will be hurt, or scared to be at home."),
    ("parent_words", "next_step",
     "Mum will ring gran on Monday to ask if the children can stay there on Friday nights."),
)
