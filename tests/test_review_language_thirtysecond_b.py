"""Fourth blind wording review (pass 32, precision side): set J.

Set J was written and committed before any rule in flows/checks, flows/moves.py,
flows/data or any earlier review test was read, so it shows how the checks meet
answers nobody tuned them on. SOUND lines are fine as written (specific,
behavioural: who did what, when, and what it meant for the child); FLAWED lines
are vague, jargon, judgemental or not behavioural and deserve one question.
Each line is tagged with the flow question it answers, and sent (`_sent`) at a question of
that kind in a real tool, in turn (worries at the mapping's worst and most recent harm and
Signs of Wellbeing's worry, scaling reasons at the four tools' "why that number", and so on),
through the real engine and its real reminders (the drivers of the earlier reviews).

Set J, blind, on the code as it was (9775480): sound flagged 35/120, flawed caught 24/30.
Of the 35 sound lines asked about, 32 are asked fairly by a policy of the project, and are
left so (`LEFT_FLAGGED`): 17 name someone by title and surname ("Mr Evans", "Mrs Ahmed",
"Dr Patel"; the README asks for initials or a role, never a full name); 7 safety goals give
no "for how long" or nobody who will see it, parts a safety goal is asked for; 2 danger
statements name no adult's behaviour ("if Alfie does not get his medicine"); 5 houses of My
Three Houses put "House of worries:" and "Amy said" round the child's words, which the
summary would quote as the child's (the reminder says so, and /keep keeps it); and one
existing safety ("Mum has not let him drive the children on the days he has not been
tested") names its danger only as "breath tests": left, as a danger word for a test would
read "Dad took three breath tests" as safety too. Three were misfires, each fixed at its
cause: "Mum's mental health has got worse ...: she has stayed in bed most days, and Josh
(11) has been getting his little brother up" (the rule's own question, how it shows day to
day, already answered), "... and Josh will keep carrying the worry for the family." (a young
carer's load read as "worries about the family" with nothing behind them), and "she runs to
Dad at home time and is happy to go with him" (read as a child going gladly with men who
exploit her). Flawed let through (`LEFT_UNASKED`, the catching side is another review's):
"Child's voice obtained.", "Unable to ascertain wishes and feelings.", "Not enough
progress.", "Existing strength: supportive family.", "House of worries: various worries.",
"House of good things: lots of things."

Fitted: sound flagged 32/120 (all of `LEFT_FLAGGED`), flawed caught 24/30.

Fresh variants, written before each fix, sound flagged and flawed asked, before -> after:
mental health said with what it looks like 6/6 -> 0/6, named alone (or with a time, or "did
something stupid") 10/10 -> 10/10 asked about (nine how it shows day to day); the worry a child
carries 2/4 -> 0/4, worries about the family with nothing behind them 4/4 -> 4/4; a child glad
to go with her dad or grandparents 4/4 -> 0/4 (a fifth, "pleased to go back to his flat" after
"Dad picked Mia up", was let through before too), with men outside the family or a "him" nobody
of the family stands for 11/11 -> 11/11 (two, a stepdad with vodka and an
uncle, written after the code). The last two mental health lines were written after the
held corpus "fifteenth_h" showed "mums mental health dipped last week and she did something
silly" let through by the first form of the fix: a deed that says nothing of what was done
tells no more than the label.
"""

from __future__ import annotations

from collections import Counter

import pytest
from review_sets import ReviewSet, review_tests
from test_review_language_thirtieth import kind_of
from test_review_language_twentyninth import asked, reply_to

# (question, answer) - sound answers, no question deserved.
SET_J_SOUND: list[tuple[str, str]] = [
    # worry
    ("worry",
     "On 3 March at about 11pm neighbours heard Dean shouting and a door slamming; Kayla (6) "
     "was found by police sitting on the stairs crying in her pyjamas."),
    ("worry",
     "Mum told the health visitor on 14/02 that she had not eaten for two days so that the "
     "baby could have the last tin of formula."),
    ("worry",
     "Jordan, aged 9, has missed 23 of the last 40 school days this term and has arrived after"
     " 10am on 11 of the days he did come."),
    ("worry",
     "PC Hollis found empty vodka bottles on the kitchen floor and Mr Evans unable to stand "
     "when she called at 4.30pm on Tuesday, with Ruby (2) alone in her cot."),
    ("worry",
     "Leah said her mum's boyfriend grabbed her by the arm and pushed her into the wall on "
     "Saturday night; the school nurse saw four finger-shaped bruises on her upper arm on "
     "Monday."),
    ("worry",
     "Dad has driven with the children in the car after drinking on at least two occasions, 2 "
     "May and 19 May, according to the police log."),
    ("worry",
     "The baby was 6 weeks old and had lost 300g since birth when the midwife weighed him on 8"
     " June; Mum had stopped the feeds at night because she could not wake up."),
    ("worry",
     "Since January the police have been called to the flat seven times after arguments "
     "between Ms Khan and her partner, and both children were at home every time."),
    ("worry",
     "Tyler (14) has been coming home after 2am at least three nights a week and was found by "
     "police in a car with two adult men on 22 April."),
    ("worry",
     "Nana said she has seen Stacey slap Mia across the face when Mia would not put her shoes "
     "on, twice in the last month."),
    ("worry",
     "On 5/9 the school found Ellie had no lunch, no coat and the same clothes she had worn "
     "for the previous four days; she ate two breakfasts at breakfast club."),
    ("worry",
     "Mum's mental health has got worse since her sister died in August: she has stayed in bed"
     " most days, and Josh (11) has been getting his little brother up and to school."),
    ("worry",
     "We are worried that if Paul drinks again and loses his temper, Amy and Ben could be hit "
     "or see their mum being hurt, like on 12 October when the police were called."),
    ("worry",
     "There is no working smoke alarm in the house, the back bedroom has exposed wires by the "
     "bed, and the children sleep in that room."),
    ("worry",
     "Ms Brown did not bring Alfie to three hospital appointments for his epilepsy (January, "
     "March and May), and he has had two seizures at school since."),
    # working well
    ("working well",
     "Mum has taken Alfie to every appointment at the epilepsy clinic since June and gives his"
     " medicine at 8am and 8pm; she keeps a chart on the fridge."),
    ("working well",
     "Since the meeting on 2 October Dad has not drunk alcohol, and his three breath tests at "
     "the clinic were all clear."),
    ("working well",
     "Grandma Pat picks Kayla up from school every day at 3.15pm and she stays at Grandma's "
     "until Mum finishes work at six."),
    ("working well",
     "Ellie has been at school every day for the last five weeks and her teacher, Mrs Ahmed, "
     "says she now has a packed lunch and a coat."),
    ("working well",
     "Ms Khan called the police herself on 30 October when her ex-partner came to the door, "
     "and kept the children in the back bedroom until they arrived."),
    ("working well",
     "Dean moved out on 4 April and has kept to the agreement not to come to the house; Kayla "
     "sees him on Saturdays at his mum's, with his mum there."),
    ("working well",
     "The health visitor weighed the baby on 1 July and he had put on 450g in three weeks; Mum"
     " is now feeding him every three hours, night and day."),
    ("working well",
     "Josh told his teacher he no longer has to get his brother ready in the mornings because "
     "Mum is up and makes breakfast."),
    ("working well",
     "Mr and Mrs Okafor have kept the phone contact with their son's social worker every "
     "Monday at 10am since September and have not missed a call."),
    ("working well",
     "Tyler has been home by 10pm every night since 1 May; his mum texts him at 9.30pm and he "
     "replies."),
    ("working well",
     "Mum said: \"I ring my sister when I feel like I'm going to lose it, and she comes round "
     "and takes the kids to the park.\" She has done this four times since the last meeting."),
    ("working well",
     "No bruises or marks were seen on Leah at school or at her medical on 17 May."),
    ("working well",
     "The landlord fixed the wiring on 10 March and the fire service fitted two smoke alarms "
     "on the same day; both were working when I visited on 21 March."),
    ("working well",
     "Dad goes to the Thursday group at the alcohol service and his key worker, Sam, says he "
     "has been to all six sessions."),
    ("working well",
     "Support from Home-Start: a volunteer, Jan, comes every Wednesday morning and helps Mum "
     "take the children to the toddler group."),
    ("working well",
     "Ruby's nursery report from 20/11 says she is always collected on time by Mr Evans or his"
     " sister and that he is sober when he collects her."),
    ("working well",
     "Amy and Ben both said they feel safe at home now; Amy said, \"there's no shouting since "
     "Dad left\"."),
    ("working well",
     "Ms Brown has set alarms on her phone for Alfie's medicines and showed me the alarms on 3"
     " December."),
    ("working well",
     "When Mia refused to put her shoes on last Friday, Stacey sat down with her, counted to "
     "ten, and they put them on together, as Nana saw."),
    # next step
    ("next step",
     "Sarah (social worker) will ring Mum on Friday 12 January to arrange the family meeting "
     "for the week after."),
    ("next step",
     "By 20 March, Dad will book his first appointment with the alcohol service and tell Sarah"
     " the date."),
    ("next step",
     "Mrs Ahmed will text Mum at 9.15am on any day Ellie is not in school, starting Monday."),
    ("next step",
     "Grandma Pat and Mum will write down together, by the next core group on 4 June, who "
     "looks after Kayla on the days Mum works late."),
    ("next step",
     "The health visitor, Claire, will weigh the baby every Tuesday at the clinic until the "
     "end of August and tell the social worker the weights each week."),
    ("next step",
     "Police will tell the social worker within 24 hours if they are called to the flat again."),
    ("next step",
     "Mum will ask her GP for an appointment this week to talk about how low she has been "
     "feeling, and will tell Josh's teacher when it is."),
    ("next step",
     "Paul will go to the first session of the domestic abuse perpetrator programme on 8 "
     "November; the programme worker will confirm to Sarah that he went."),
    ("next step",
     "Ms Khan and Sarah will meet at the school on Wednesday at 2pm to make a safety plan with"
     " the children's teachers."),
    ("next step",
     "Tyler's youth worker, Dan, will meet him after school every Thursday for the next six "
     "weeks."),
    ("next step",
     "By the end of this month the landlord will replace the broken window in the children's "
     "bedroom; Sarah will check it on her next visit."),
    ("next step",
     "Uncle Mo will have the children every second weekend from Saturday 10am to Sunday 5pm so"
     " Mum can rest, starting 15 February."),
    ("next step",
     "The school nurse will see Leah every Monday for the next month and write down anything "
     "Leah tells her."),
    ("next step",
     "Mum will take Alfie to the epilepsy clinic on 9 April at 2.30pm; Grandad will drive "
     "them."),
    # goal
    ("goal",
     "Kayla will be able to sleep every night without being woken by shouting, and she will "
     "tell her teacher that home is calm."),
    ("goal",
     "Everyone will know that Dad has not drunk alcohol when he looks after the children, "
     "because he will take a breath test at the clinic every Monday and Thursday for six "
     "months."),
    ("goal",
     "Ellie will be at school every day, on time, with a packed lunch and clean clothes, for "
     "the rest of this school year."),
    ("goal",
     "The baby will be fed at least every four hours, day and night, and will keep putting on "
     "weight at his weekly weigh-ins."),
    ("goal",
     "Amy and Ben will live with their mum without seeing or hearing any fighting, and they "
     "will know who to ring if they are scared."),
    ("goal",
     "Ruby will always be looked after by a sober adult: Mr Evans, his sister Karen or "
     "Grandma, and one of them will always collect her from nursery."),
    ("goal",
     "Alfie will get his medicine at 8am and 8pm every day and will be taken to every clinic "
     "appointment."),
    ("goal",
     "Josh will be able to go to school without having to get his little brother up and "
     "dressed, because Mum or Auntie Jo will do it."),
    ("goal",
     "Tyler will be home by 10pm every night and his mum will know where he is and who he is "
     "with."),
    ("goal",
     "Mia will be able to say that she is not hit at home, and Nana will see Stacey calming "
     "things down without slapping for the next three months."),
    # danger statement
    ("danger statement",
     "Children's social care and the police are worried that Dean may drink and hit Kayla's "
     "mum again, like on 3 March, and that Kayla (6) could be hurt by being caught in the "
     "fight or be very frightened."),
    ("danger statement",
     "We are worried that if Dad drinks and then drives with the children in the car, as he "
     "did on 2 and 19 May, they could be badly hurt or killed in a crash."),
    ("danger statement",
     "The health visitor and social worker are worried that if the baby is not fed often "
     "enough at night, he will keep losing weight and could become seriously ill."),
    ("danger statement",
     "Everyone at the meeting is worried that if Mum stays in bed most of the day, as she has "
     "since August, Josh (11) and his brother will not get to school or eat properly, and Josh"
     " will keep carrying the worry for the family."),
    ("danger statement",
     "We are worried that Tyler (14) could be sexually exploited by adult men if he keeps "
     "staying out late at night, like on 22 April when police found him in a car with two men "
     "he did not know."),
    ("danger statement",
     "The school and social worker are worried that if Alfie does not get his epilepsy "
     "medicine every day, he could have a long seizure and need hospital care or die."),
    ("danger statement",
     "We are worried that Mia may be slapped again by her mum when Mia will not do what she is"
     " told, and that Mia will grow up scared of her mum."),
    ("danger statement",
     "Social care is worried that the children could be hurt in a fire because there is no "
     "working smoke alarm and there are bare wires next to their bed."),
    # child's view
    ("child's view",
     "Kayla said: \"I hide under my bed when Dean shouts, and I put my hands on my ears.\""),
    ("child's view",
     "Josh said he likes school because \"nobody asks me to do stuff there\", and that he "
     "worries about Mum when he is at school."),
    ("child's view",
     "Amy drew her three houses on 2 May: in her house of worries she drew Dad shouting; in "
     "her house of good things she drew her bike and Nana."),
    ("child's view",
     "Tyler told me he stays out because \"home is boring and everyone shouts\"; he said he "
     "would be home earlier if he could have his friends round."),
    ("child's view",
     "Leah said she wants her mum's boyfriend to go and that she does not want to see him "
     "again."),
    ("child's view",
     "Ben is 3 and could not tell us in words; at nursery he cries and hides in the book "
     "corner when men he does not know come in."),
    ("child's view",
     "Ellie said the best thing about this term is \"having my own lunchbox like everyone "
     "else\"."),
    ("child's view",
     "Mia said she gets scared when Mum shouts \"but she says sorry after and gives me a "
     "cuddle\"."),
    ("child's view",
     "Ruby (2) is too young to say; her nursery key person says she runs to Dad at home time "
     "and is happy to go with him."),
    # scaling reason
    ("scaling reason",
     "I put 4 because Dad has stopped drinking for six weeks, but the children have not yet "
     "stayed overnight with him and his first clinic test was only last week."),
    ("scaling reason",
     "6, because Mum has called her sister four times when she was struggling and the children"
     " were taken out, but she still has days in bed and Josh is still late twice a week."),
    ("scaling reason",
     "Mrs Ahmed scored 8: Ellie has been in every day for five weeks with lunch and a coat; "
     "not 10 because it is only five weeks."),
    ("scaling reason",
     "The health visitor gave 5: the baby has put on weight for three weeks, but Mum still "
     "misses a night feed now and then."),
    ("scaling reason",
     "I said 2 because the police have been called seven times since January and nothing has "
     "changed yet."),
    ("scaling reason",
     "Nana said 7 because she has not seen Stacey slap Mia since the meeting in March, and she"
     " saw Stacey calm Mia down without shouting last Friday."),
    ("scaling reason",
     "3: Tyler was home by 10pm on four nights this week, but on Saturday he was out until 3am"
     " and would not say where he was."),
    ("scaling reason",
     "Scored 9 because Alfie has had every dose this month (the chart shows it) and Mum took "
     "him to both clinic appointments."),
    ("scaling reason",
     "Sarah gave it a 5 - Dean has kept away since 4 April, but Kayla's mum said she might let"
     " him move back in at Christmas."),
    ("scaling reason",
     "Mum scored 8 because the smoke alarms work, the wiring is fixed and the children sleep "
     "in the front bedroom now."),
    # harm matrix
    ("harm matrix",
     "Past harm: on 3 March Kayla (6) was on the stairs while Dean hit her mum; she had no "
     "injuries but was crying and shaking when police arrived."),
    ("harm matrix",
     "Complicating factor: Mum's English is limited and she has needed an interpreter at every"
     " appointment, so letters from the clinic go unread."),
    ("harm matrix",
     "Existing strength: Grandma Pat lives two streets away and has looked after Kayla every "
     "weekday after school since April."),
    ("harm matrix",
     "Past harm: the baby lost 300g in his first six weeks because he was not fed at night "
     "(midwife, 8 June)."),
    ("harm matrix",
     "Future danger: if Dad drinks and drives with the children again, they could be seriously"
     " hurt in a crash."),
    ("harm matrix",
     "Existing safety: since 2 October Dad has had three clear breath tests, and Mum has not "
     "let him drive the children on the days he has not been tested."),
    ("harm matrix",
     "Complicating factor: the family live on the third floor with no lift and the buggy has "
     "to be carried, so Mum often misses the Tuesday clinic."),
    ("harm matrix",
     "Past harm: Ellie missed 23 of 40 school days in the autumn term and went without lunch "
     "on at least six days the school knows of."),
    ("harm matrix",
     "Existing strength: Ms Khan called the police herself on 30 October and kept the children"
     " safe in the back bedroom until the police came."),
    ("harm matrix",
     "Safety goal: Tyler will be home by 10pm each night for three months, and his mum will "
     "know where he is."),
    # three houses
    ("three houses",
     "House of worries: Amy said \"Dad shouting at Mum and the police coming in the night\"."),
    ("three houses",
     "House of good things: Josh put his football on Saturdays, his friend Kai and \"Mum making"
     " pancakes on Sunday\"."),
    ("three houses",
     "House of dreams: Kayla wants \"a quiet house and a dog\" and for Mum to come to her school"
     " play."),
    ("three houses",
     "House of worries: Leah wrote that she is scared her mum's boyfriend will come back and "
     "that she will get in trouble for telling."),
    ("three houses",
     "House of good things: Ellie drew her teacher Mrs Ahmed, breakfast club and her new red "
     "coat."),
    ("three houses",
     "House of dreams: Tyler wants his own room with a PlayStation and for people at home to "
     "stop shouting at him."),
    ("three houses",
     "House of worries: Ben (3) pointed at the picture of a man and said \"loud\" and then hid "
     "his face."),
    ("three houses",
     "House of good things: Mia said \"Nana's house, my bunny and when Mum plays dollies with "
     "me\"."),
    ("three houses",
     "House of dreams: Josh said he wants Mum to \"get up every day and be happy again\" so he "
     "can go to football club."),
    ("three houses",
     "House of worries: Alfie said he worries about \"having a fit in assembly and everyone "
     "looking\"."),
    # more, wider forms
    ("worry",
     "At the core group on Tues 14th Nov, Mum said she had run out of money for the electric "
     "meter and the flat had been without heating for 5 days; the children (4 and 7) were "
     "sleeping in coats."),
    ("working well",
     "Mr O'Neill has kept his promise to put the knives in a locked drawer; I saw the drawer "
     "locked on 2/12/2026 and he showed me where he keeps the key."),
    ("next step",
     "Mum, Dad and Sarah: by 5pm on 19.12.26 agree in writing who will pick up the twins from "
     "nursery each day over Christmas."),
    ("worry",
     "Dr Patel (GP) wrote on 6 Feb that Lily, 4, had a burn on her left hand the size of a 10p"
     " coin; Mum said she touched the iron, but Lily told the nurse \"Daddy did it\"."),
    ("working well",
     "Dad has said sorry to Leah in a letter which she read with her teacher, and he has not "
     "tried to contact her since 1 May as agreed."),
    ("next step",
     "The family support worker, Anna, will come on Mondays and Thursdays from 4 to 6pm until "
     "31 January to help Mum with tea, baths and bedtimes."),
    ("worry",
     "Twice in the past fortnight (Mon 2nd & Fri 13th) Jayden, 7, has come to school with cuts"
     " on his knuckles and said he was 'fighting with Dad'."),
    ("working well",
     "Both parents went to the Baby Steps course every week from 10 Jan to 28 Feb and the "
     "course worker said they practised bathing and settling the baby."),
    ("goal",
     "By next summer, Lily will live with both parents, nobody will hurt her, and her GP and "
     "nursery will see no new injuries."),
    ("child's view",
     "Jayden said, \"I don't want Dad to go to prison, I just want him to stop being angry,\" "
     "when we talked at school on 14 March."),
    ("next step",
     "Aunt Fiona will ring the out-of-hours social work number (on the card on the fridge) if "
     "she is worried about the children at night."),
    ("scaling reason",
     "Dad gave 10 because he has not drunk since October; the social worker gave 6 because the"
     " clinic tests only started two weeks ago."),
    ("working well",
     "On 8 Dec Mum let the health visitor in, showed her the baby's feeding chart and asked "
     "for help with the bottle steriliser."),
    ("harm matrix",
     "Past harm: police found Mr Evans drunk and unable to stand on Tuesday afternoon with "
     "Ruby, 2, alone in her cot; Ruby was not hurt but had not been changed for hours."),
    ("worry",
     "Mum said: \"When he's had a drink he gets jealous and checks my phone, and last week he "
     "threw it at the wall while the baby was in my arms.\""),
]

# (question, answer) - flawed answers, one question deserved.
SET_J_FLAWED: list[tuple[str, str]] = [
    ("worry", "Mum is not engaging with services."),
    ("worry", "There are concerns about neglect."),
    ("worry", "Dad is aggressive and uncooperative."),
    ("worry", "Chaotic home environment and poor home conditions."),
    ("worry", "Mum has poor parenting capacity."),
    ("worry", "There are ongoing safeguarding concerns regarding the children."),
    ("working well", "Mum is doing really well."),
    ("working well", "Things are a lot better now."),
    ("working well", "Dad is engaging well with services."),
    ("working well", "Good attachment observed."),
    ("next step", "Continue to monitor."),
    ("next step", "Referral to be made."),
    ("next step", "Mum to engage with support."),
    ("next step", "Social worker to do some work with the family."),
    ("goal", "Mum will be a better parent."),
    ("goal", "The children will be safe."),
    ("goal", "Dad will stop being so difficult."),
    ("danger statement", "We are worried about the children."),
    ("danger statement", "Risk of significant harm due to DV and substance misuse."),
    ("danger statement", "Mum is a danger to her children."),
    ("child's view", "Child's voice obtained."),
    ("child's view", "Unable to ascertain wishes and feelings."),
    ("scaling reason", "Because things are better."),
    ("scaling reason", "Mum is manipulative and cannot be trusted."),
    ("scaling reason", "Not enough progress."),
    ("harm matrix", "Past harm: neglect."),
    ("harm matrix", "Complicating factor: mental health issues."),
    ("harm matrix", "Existing strength: supportive family."),
    ("three houses", "House of worries: various worries."),
    ("three houses", "House of good things: lots of things."),
]

# ---- how set J is sent: each question's answers go to the tools' questions of that kind, in
# turn; a harm matrix line or a house goes where its own first words say it belongs -----------

PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "worry": (("mapping", "worst_harm"), ("wellbeing", "worry_what"),
              ("mapping", "recent_harm")),
    "working well": (("mapping", "strengths"), ("wellbeing", "strengths")),
    "next step": (("mapping", "next_steps"), ("wellbeing", "next_steps")),
    "goal": (("mapping", "safety_goal"), ("wellbeing", "wellbeing_goal")),
    "danger statement": (("mapping", "danger_statement"), ("harm_matrix", "danger_statement")),
    "child's view": (("mapping", "harm_impact"), ("harm_matrix", "harm_impact")),
    "scaling reason": (("mapping", "danger_scale_why"), ("mapping", "safety_scale_why"),
                       ("wellbeing", "wellbeing_scale_why"), ("harm_matrix", "harm_scale_why")),
}
BY_FIRST_WORDS = {
    "Past harm": ("harm_matrix", "harm_worst"),
    "Complicating factor": ("harm_matrix", "harm_complicating"),
    "Existing strength": ("mapping", "strengths"),
    "Existing safety": ("mapping", "existing_safety"),
    "Future danger": ("mapping", "danger_impact"),
    "Safety goal": ("mapping", "safety_goal"),
    "House of worries": ("three_houses", "house_worries"),
    "House of good things": ("three_houses", "house_good"),
    "House of dreams": ("three_houses", "house_dreams"),
}


def _sent(answers: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(tool, question, line) for each of set J's answers."""
    turn: Counter[str] = Counter()
    placed = []
    for question, line in answers:
        if question in PLACES:
            flow_id, step_id = PLACES[question][turn[question] % len(PLACES[question])]
            turn[question] += 1
        else:
            flow_id, step_id = BY_FIRST_WORDS[line.split(":")[0]]
        placed.append((flow_id, step_id, line))
    return placed


# Sound lines still asked about after the fixes, each fairly by a policy of the project, with
# the kind of question it gets (`kind_of`). A surname with Mr, Mrs, Ms or Dr is a name the
# bot asks to put as initials or a role (README: "never a full name"): 17 lines.
_NAMED = ("Mr Evans", "Ms Khan", "Ms Brown", "Mrs Ahmed", "Mrs Okafor", "Mr O'Neill",
          "Dr Patel")
LEFT_FLAGGED: dict[str, str] = {
    **{line: "privacy" for _, line in SET_J_SOUND if any(n in line for n in _NAMED)},
    # A safety goal with no "for how long", or nobody who will see it: the tool's own parts.
    **dict.fromkeys((
        "Kayla will be able to sleep every night without being woken by shouting, and she will "
        "tell her teacher that home is calm.",
        "Ellie will be at school every day, on time, with a packed lunch and clean clothes, for "
        "the rest of this school year.",
        "The baby will be fed at least every four hours, day and night, and will keep putting on "
        "weight at his weekly weigh-ins.",
        "Amy and Ben will live with their mum without seeing or hearing any fighting, and they "
        "will know who to ring if they are scared.",
        "Alfie will get his medicine at 8am and 8pm every day and will be taken to every clinic "
        "appointment.",
        "Josh will be able to go to school without having to get his little brother up and "
        "dressed, because Mum or Auntie Jo will do it.",
        "Tyler will be home by 10pm every night and his mum will know where he is and who he is "
        "with."), "goal"),
    # A danger statement naming no adult's behaviour ("if Alfie does not get his medicine").
    **dict.fromkeys((
        "The school and social worker are worried that if Alfie does not get his epilepsy "
        "medicine every day, he could have a long seizure and need hospital care or die.",
        "Social care is worried that the children could be hurt in a fire because there is no "
        "working smoke alarm and there are bare wires next to their bed."), "danger"),
    # A house's words kept as the child's, with "House of worries:" and "Amy said" in them.
    **dict.fromkeys((
        "House of worries: Amy said \"Dad shouting at Mum and the police coming in the night\".",
        "House of worries: Ben (3) pointed at the picture of a man and said \"loud\" and then "
        "hid his face.",
        "House of good things: Mia said \"Nana's house, my bunny and when Mum plays dollies "
        "with me\".",
        "House of dreams: Josh said he wants Mum to \"get up every day and be happy again\" so "
        "he can go to football club.",
        "House of worries: Alfie said he worries about \"having a fit in assembly and everyone "
        "looking\"."), "child"),
    # Left: the danger (drink-driving) is named only as "breath tests"; see the docstring.
    "Existing safety: since 2 October Dad has had three clear breath tests, and Mum has not "
    "let him drive the children on the days he has not been tested.": "safety",
}
# Flawed lines of set J let through (the catching side is another review's).
LEFT_UNASKED = frozenset({
    "Child's voice obtained.",
    "Unable to ascertain wishes and feelings.",
    "Not enough progress.",
    "Existing strength: supportive family.",
    "House of worries: various worries.",
    "House of good things: lots of things.",
})


# ---- the fixes, each tried first on fresh variants (sound and flawed) ----------------------

# An adult's mental health named with what it looks like day to day: the rule's own question
# is answered, so nothing is asked. Named alone, or with nothing anyone did, it is asked.
MENTAL_HEALTH_TOLD = [
    ("mapping", "recent_harm", "Dad's mental health has been poor since he lost his job: he has "
     "not left the flat for three weeks and the girls (8 and 10) have been making their own tea."),
    ("wellbeing", "worry_what", "Since her mental health got worse in May, Mum has stayed in her "
     "room most afternoons and Leo (4) has been left in front of the TV until Nan comes at 6."),
    ("mapping", "worst_harm", "Her mental health dipped after the baby was born; she told the "
     "health visitor on 3 March she was crying most of the day and could not face changing him."),
    ("mapping", "recent_harm", "When his mental health is bad he stops taking his tablets, talks "
     "about killing himself and leaves the children alone in the flat, as on 2 and 9 June."),
    ("mapping", "strengths", "Mum's mental health has got better since she started her tablets "
     "in September: she is up, dressed and walking Ava to school every morning."),
    ("wellbeing", "worry_what", "Mum is not coping: she has left the baby with Nan three nights "
     "this week and told me she can't get out of bed."),
]
MENTAL_HEALTH_NAMED = [
    ("mapping", "recent_harm", "Concerns about mum's mental health."),
    ("wellbeing", "worry_what", "Dad's mental health is a worry."),
    ("mapping", "worst_harm", "Mum's mental health has deteriorated."),
    ("wellbeing", "worry_what", "Her mental health impacts on her parenting."),
    ("mapping", "complicating",
     "Mum's mental health is up and down and she struggles with the children."),
    ("mapping", "complicating", "Dad's mental health affects the children."),
    ("mapping", "recent_harm", "Mum is not coping."),
    ("wellbeing", "worry_what", "Mum is struggling to cope with the children."),
    ("mapping", "recent_harm", "Mum's mental health dipped in May."),
    ("wellbeing", "worry_what",
     "Dad's mental health got bad again in October and he did something stupid."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), MENTAL_HEALTH_NAMED)
def test_mental_health_named_alone_is_asked_about(flow_id: str, step_id: str,
                                                  line: str) -> None:
    """Asked how it shows day to day; "did something stupid" after it is asked, as before,
    whether the answer could stand without the words."""
    reply = reply_to(flow_id, step_id, line)
    assert any(said in reply for said in ("mental health", "coping", "cope")), reply


# The worry a child carries for the family, a young carer's load, is what the child does;
# "worries about the family" with nothing behind them are still asked who is worried.
CARRYING_THE_WORRY = [
    ("harm_matrix", "harm_impact", "Ella holds the worry for the family; she told her teacher on "
     "Monday she cannot sleep until she hears Mum come in."),
    ("wellbeing", "worry_what", "Josh, 11, carries the worry for the family, and on 4 May he "
     "asked his teacher if he could go home at lunch to check Mum had got up."),
    ("mapping", "harm_impact", "Since Dad left in June, Kai (10) has carried the worries for the "
     "household: he checks the doors are locked every night and rings Mum at work at lunch."),
    ("mapping", "danger_statement", "We are worried that when Mum drinks all weekend and stays "
     "in bed until the afternoon, Ava (12) will keep carrying the worry for the family and will "
     "miss school to look after her brothers."),
]
WORRIES_FOR_THE_FAMILY = [
    ("mapping", "worst_harm", "We have worries about the family."),
    ("wellbeing", "worry_what", "Concerns for the children."),
    ("mapping", "recent_harm", "There are worries for the family."),
    ("harm_matrix", "danger_statement", "Professionals have worries about the family."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), WORRIES_FOR_THE_FAMILY)
def test_worries_about_the_family_with_nothing_behind_them_are_asked(
        flow_id: str, step_id: str, line: str) -> None:
    assert asked(flow_id, step_id, line) is not None


# A child glad to go with "him" or "them" who are her dad or grandparents is plain; with men
# outside the family, or a "him" nobody of the family stands for, it is asked who they are.
GOING_WITH_THE_FAMILY = [
    ("mapping", "harm_impact", "Ruby is two; her nursery key person says she runs to Dad at "
     "home time and is happy to go with him."),
    ("mapping", "strengths", "At handover on Saturday Leo (4) ran to his dad, hugged him and was "
     "happy to go with him."),
    ("wellbeing", "strengths", "Nan and Grandad collected Amy from school on Friday and she was "
     "keen to go with them."),
    ("mapping", "strengths", "When his grandad came to nursery on Tuesday, Sam was happy to go "
     "with him and held his hand."),
]
GOING_WITH_MEN = [
    ("mapping", "worst_harm", "Chloe (14) is happy to go with them to the flat."),
    ("mapping", "recent_harm", "A man of 25 picks Chloe up from school in his car and she is "
     "happy to go with him."),
    ("wellbeing", "worry_what",
     "Chloe met a 22-year-old man online. She was keen to go back to his flat."),
    ("mapping", "worst_harm", "Mum says Chloe is willing to go with the men."),
    ("mapping", "recent_harm", "Jade (15) agreed to go round to his place."),
    ("wellbeing", "worry_what",
     "Mum's friend Gary buys Jade (15) vodka and she is happy to go to his flat."),
    ("mapping", "worst_harm",
     "Her uncle's friend picks Jade up from school and she is happy to go with him."),
    ("wellbeing", "worry_what", "Sam (13) is happy to go with them to the park at night and the "
     "older lads give him cannabis."),
    ("mapping", "recent_harm", "Mum says Leah is keen to go with him."),
    ("wellbeing", "worry_what", "Her stepdad buys Jade (15) vodka and she is keen to go with him."),
    ("mapping", "worst_harm",
     "Her uncle picks Jade (15) up from school and she is happy to go with him."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), GOING_WITH_MEN)
def test_a_child_glad_to_go_with_men_is_asked_what_they_did(flow_id: str, step_id: str,
                                                            line: str) -> None:
    assert kind_of(reply_to(flow_id, step_id, line)) == "blame"


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *MENTAL_HEALTH_TOLD,
    *CARRYING_THE_WORRY,
    *GOING_WITH_THE_FAMILY,
]

globals().update(review_tests(ReviewSet(
    name="J", asked=asked, flawed=_sent(SET_J_FLAWED), sound=_sent(SET_J_SOUND),
    left_unasked=LEFT_UNASKED, left_flagged=frozenset(LEFT_FLAGGED),
    flagged_as=lambda case, reply: kind_of(reply) == LEFT_FLAGGED[case[2]],
    sizes=(30, 120), flagged_size=32,
    held_sound=HELD_OUT_SOUND)))
