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

Set I was committed (cac8b67) before any rule was read, then sent through the real engine
and its reminders with the driver of the earlier reviews, each line at the question of the
safety mapping it answers (`AT`).

Blind, on the code as it was (d105f06): flawed caught 50/60, 47 of them with a question that
fits (48 reading "Attention-seeking self-harm" as fitting: it is asked what they did and
needed); sound flagged 4/60. Missed: "Mum is bonding well with baby.", "Settled in
placement.", "Safety planning with mum.", "Dad is using again.", "Positive tox screen.",
"Explanation inconsistent with injuries.", "Communication difficulties.", "Child's wishes and
feelings were obtained." and two parents' quoted words. Asked otherwise: "Referral to
substance misuse service." (who used what), "Reg 24 assessment to be completed." (what the
services did: "24" was read as a date). Sound lines flagged: two goals asked who will see it
("... bring him to be weighed every fortnight" and one with nobody seeing), a goal saying only
what dad will stop, and "Dr Patel" (privacy).

Fitted, after the fixes below: flawed caught 57/60, 56 with a question that fits; sound
flagged 3/60 (`LEFT_UNASKED`, `LEFT_ASKED_OTHERWISE`, `LEFT_FLAGGED`).

Fresh variants, written before each fix (flawed asked with a question that fits, before ->
after; sound flagged, before -> after): the work named alone as the next step 0/10 -> 10/10
(five went through, five were asked a short form, a word or a question of the past), steps
with who or a day 0/6 -> 0/6; an account judged 1/5 -> 5/5, accounts told 0/2 -> 0/2;
trouble named as a note 2/3 -> 3/3, a condition named 0/1 -> 0/1; "using" with nothing of
what 0/3 -> 3/3, using something named 0/2 -> 0/2; the view noted as heard, kept as the
child's words 0/3 -> 3/3, the child's own words 0/2 -> 0/2; a goal of being compliant,
cooperative, committed, receptive 1/5 -> 5/5 (three were asked what the family had agreed
and done), goals of what people need to see a caregiver do 5/5 -> 0/5 flagged, a child
weighed as how people will know 2/2 -> 0/2; going well said as a verdict 0/6 -> 6/6, with
what was seen 0/4 -> 0/4; the earlier reviews' leftover shapes (milestones, a place judged,
"until things settle") 0/9 -> 9/9, told plainly 0/6 -> 0/6.
"""

from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_thirtieth import kind_of
from test_review_language_twentyninth import asked, reply_to

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


# ---- the driver of the earlier reviews: each line sent at its question of a real tool ---------
# (read after the set was committed: tests/test_review_language_thirtyfirst_c.py)

# The question each line answers, in the safety mapping.
AT = {"worry": ("mapping", "worst_harm"), "working_well": ("mapping", "strengths"),
      "next_step": ("mapping", "next_steps"), "goal": ("mapping", "safety_goal"),
      "danger": ("mapping", "danger_statement"), "child_view": ("mapping", "house_worries"),
      "scale_reason": ("mapping", "safety_scale_why")}
# What a practice lead expects asked back, as the kinds of reminder the bot has (`kind_of`):
# a word's own question mostly asks what was seen, so it fits "seen" too.
FITS = {"seen": ("seen", "term"), "spell": ("term",), "who_when": ("who_when",),
        "goal": ("goal",), "danger": ("danger",), "impact": ("seen", "term"),
        "words": ("child",), "number": ("seen", "term"), "harmer": ("blame", "goal", "danger")}


def _fits(want: str) -> tuple[str, ...]:
    return tuple(kind for each in want.split("|") for kind in FITS[each])


# Set I's flawed lines still let through after the fixes below: a test result named with
# nothing of what it means for the child, and a parent's own words quoted as the whole answer
# (what someone said is kept as what was said; the checks do not judge inside a quote).
LEFT_UNASKED = frozenset({
    "Positive tox screen.",
    "Mum says 'I'm doing everything I can'.",
    "Dad says the kids are 'out of control'.",
})
# Asked with the word's own question ("What did they do or say, and what might they have
# needed ...?"), which fits, though `kind_of` reads it by its example line as "blame".
LEFT_ASKED_OTHERWISE = {"Attention-seeking self-harm.": ""}
# Sound lines still asked about: a goal saying only what dad will stop (the project asks what
# he will do instead, as practice guidance does), a goal that says nobody will see it, and a
# doctor's surname (the privacy check asks for a role, as it should).
LEFT_FLAGGED = frozenset({
    "Dad will stop shouting at, pushing or threatening mum, and the children will tell "
    "their teacher home feels calm, for at least six months.",
    "Mum will ask gran to look after the children on any evening she drinks, so the "
    "children are cared for by a sober adult every night for the next six months.",
    "Dr Patel will write up Ella's examination and send it to the social worker by 10 May.",
})


# ---- the fixes, each tried first on fresh variants (flawed, and sound) ------------------------

# What is asked of what has been, not of what will be done.
PAST_QUESTIONS = ("What was offered", "Who did what with the family", "says what the services did",
                  "Who used what")

# The work named alone as what happens next, with nobody to do it and no day.
WORK_NAMED_ALONE = [
    ("mapping", "next_steps", "assessment of nan's home"),
    ("mapping", "next_steps", "direct work with the children"),
    ("wellbeing", "next_steps", "parenting assessment"),
    ("contextual", "next_steps", "family group conference"),
    ("mapping", "next_steps", "referral to the perinatal team"),
    ("reflection", "needs_to_happen", "escalate to the IRO"),
    ("mapping", "next_steps", "welfare check on the kids"),
    ("mapping", "next_steps", "section 47 to be completed"),
    ("wellbeing", "next_steps", "housing application"),
    ("contribution", "needs_to_happen", "counselling for her"),
    # the leftovers of earlier reviews
    ("mapping", "next_steps", "referral to CAMHS"),
    ("mapping", "next_steps", "escalate to team manager"),
    ("mapping", "next_steps", "nominals to be checked"),
    ("mapping", "next_steps", "strat"),
    ("mapping", "next_steps", "emotional support for mum"),
]
STEPS_WITH_WHO_OR_WHEN = [
    ("mapping", "next_steps", "mum to book the GP appointment by Friday 11 Dec"),
    ("mapping", "next_steps", "I'll ring the perinatal team on 9 Jan"),
    ("wellbeing", "next_steps", "nan will have the kids on Saturdays from this week"),
    ("mapping", "next_steps", "gran: pick up the boys every Wednesday"),
    ("mapping", "next_steps", "the health visitor to weigh baby at home on Tuesday 8 Dec"),
    ("contextual", "next_steps",
     "youth worker meets him at the library every Friday after school"),
    # no step to take, or none known yet (found asked who and by when after the fix, and
    # spared since)
    ("mapping", "next_steps", "Nothing else at the moment"),
    ("mapping", "next_steps", "Not sure yet"),
    ("reflection", "needs_to_happen", "don't know"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), WORK_NAMED_ALONE)
def test_the_work_named_alone_as_the_next_step_is_asked_who_and_by_when(
        flow_id: str, step_id: str, line: str) -> None:
    """Set I: "Safety planning with mum." went through; "Referral to substance misuse
    service." was asked who used what, "Reg 24 assessment to be completed." what the services
    did (a question of the past); "escalate to team manager" was asked what changed."""
    reply = reply_to(flow_id, step_id, line)
    assert "Who will do it, and by when?" in reply, reply
    assert not any(past in reply for past in PAST_QUESTIONS), reply


# What someone said happened, judged with nothing of what they said.
ACCOUNTS_JUDGED = [
    ("mapping", "worst_harm", "dad's account of the burn kept changing"),
    ("mapping", "recent_harm", "parents gave conflicting explanations for the fracture"),
    ("harm_matrix", "danger_behaviour", "mum's story is inconsistent"),
    ("contribution", "worries", "explanations for the bruises don't add up"),
    ("reflection", "what_happened", "inconsistent accounts from mum and her partner"),
    ("mapping", "worst_harm", "Explanation inconsistent with injuries."),  # set I
    ("mapping", "worst_harm", "conflicting accounts of how the injury happened"),  # earlier
]
ACCOUNTS_TOLD = [
    ("mapping", "worst_harm", "mum said he fell off the sofa, but the paediatrician says a 3 "
     "month old cannot roll and the fracture needs a lot of force"),
    ("mapping", "recent_harm",
     "dad said the burn was from the bath; mum said he touched the radiator"),
]
# Trouble named as a note, with nothing of what happens.
TROUBLE_NOTES = [
    ("mapping", "complicating", "Financial difficulties."),
    ("wellbeing", "worry_what", "Housing issues"),
    ("mapping", "complicating", "attachment difficulties"),
    ("mapping", "worst_harm", "Communication difficulties."),  # set I
]
TROUBLE_TOLD = [
    ("mapping", "complicating",
     "mum owes 900 pounds in rent and the electric was cut off on 2 Dec"),
    ("mapping", "complicating", "Learning difficulties"),  # a condition's own name
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), ACCOUNTS_JUDGED + TROUBLE_NOTES)
def test_an_account_judged_or_trouble_named_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    assert kind_of(reply_to(flow_id, step_id, line)) in ("seen", "term"), line


# Drug use said as "using", with nothing of what.
USING = [
    ("mapping", "worst_harm", "mum is using again"),
    ("contribution", "worries", "Dad has started using again."),
    ("mapping", "harm_pattern", "she's back using"),
    ("mapping", "worst_harm", "Dad is using again."),  # set I
]
USING_TOLD = [
    ("mapping", "worst_harm",
     "dad was using heroin in the bathroom while the kids were in the flat on 3 Dec"),
    ("mapping", "strengths",
     "mum is using the sleep chart the health visitor gave her every night"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), USING)
def test_using_with_nothing_of_what_is_asked_using_what(flow_id: str, step_id: str,
                                                        line: str) -> None:
    assert "Using what, how much and how often" in reply_to(flow_id, step_id, line)


# The writer's note that the child's view was heard, kept as the child's own words.
VIEW_GATHERED = [
    ("three_houses", "house_worries", "the child's views were gathered at school"),
    ("mapping", "house_worries", "Voice of the child captured."),
    ("contribution", "child_said", "child's wishes and feelings sought"),
    ("mapping", "house_worries", "Child's wishes and feelings were obtained."),  # set I
]
CHILDS_OWN = [
    ("mapping", "house_worries", "i dont like it when daddy shouts"),
    ("three_houses", "house_worries", "when mum is sad she stays in bed"),
    ("mapping", "house_worries", "my feelings get hurt when they shout"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), VIEW_GATHERED)
def test_a_note_that_the_view_was_heard_is_asked_for_the_childs_words(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert "not what they said" in reply, reply
    assert kind_of(reply) == "child"


# A goal that says what someone is to be towards the services.
GOAL_AS_COMPLIANCE = [
    ("mapping", "safety_goal", "Dad will be cooperative with social care, and the social "
     "worker will check monthly for six months"),
    ("mapping", "goal_doing", "parents will be receptive to advice"),
    ("contextual", "goal_family", "carers will be committed to the plan"),
    ("mapping", "safety_goal", "Mum will be compliant with all professionals for the next six "
     "months and the social worker will visit weekly"),
    ("mapping", "goal_doing", "Mum will be compliant"),  # an earlier review's leftover
]
# A goal saying what people need to see a caregiver do, or how a child's weight is checked.
GOAL_SEEN_DONE = [
    ("mapping", "safety_goal", "The social worker and nan need to see mum getting the kids up "
     "and to school on time every day for the rest of term"),
    ("mapping", "safety_goal", "We need to see dad leaving the house when he gets angry, for 6 "
     "months, with mum telling the social worker each week"),
    ("mapping", "safety_goal", "everyone needs to see that nan collects the boys from school "
     "every day until Easter, and the school will tell the social worker if she doesn't"),
    ("mapping", "goal_doing", "the school and nan want to see mum reading with K every evening"),
    ("wellbeing", "wellbeing_goal", "the health visitor wants to see mum and dad taking turns "
     "with the night feeds for the next 3 months, and will ask at each visit"),
    ("mapping", "safety_goal", "Mum will give K three meals a day and take her to the clinic to "
     "be weighed every two weeks until March"),
    ("wellbeing", "wellbeing_goal", "Dad will make up the baby's bottles as the health visitor "
     "showed him, and have her weighed every Monday for the next three months"),
    ("mapping", "safety_goal", "Noah's parents will give him his meals at set times each day "
     "and bring him to be weighed every fortnight, and he will be growing along his centile "
     "line for six months."),  # set I
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), GOAL_AS_COMPLIANCE)
def test_a_goal_of_being_compliant_is_asked_what_the_adult_will_do(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert kind_of(reply) == "goal", reply
    assert "will do" in reply, reply
    assert not any(past in reply for past in PAST_QUESTIONS), reply


# How something is going, said as a verdict on it.
GOING_WELL = [
    ("mapping", "strengths", "K is settling well in her new school"),
    ("wellbeing", "strengths", "baby is feeding well"),
    ("mapping", "strengths", "Settled at nan's."),
    ("success", "what_helps", "Has settled well into the placement."),
    ("mapping", "strengths", "Dad and J are bonding well"),
    ("contribution", "working_well", "T is progressing well at nursery"),
    ("mapping", "strengths", "Mum is bonding well with baby."),  # set I
    ("mapping", "strengths", "Settled in placement."),  # set I
]
GOING_WELL_SEEN = [
    ("mapping", "strengths", "Since moving in on 3 Nov, K has settled well: she sleeps through "
     "and eats breakfast with her carers every day"),
    ("wellbeing", "strengths",
     "baby is feeding well, taking 150ml every 3 hours, and gained 200g this week"),
    ("mapping", "strengths", "Dad settled the baby in her cot at 7pm on both visits"),
    ("contribution", "working_well",
     "T is reading well above his age; he finished 12 books this term"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), GOING_WELL)
def test_going_well_with_nothing_seen_is_asked_what_was_seen(flow_id: str, step_id: str,
                                                             line: str) -> None:
    assert kind_of(reply_to(flow_id, step_id, line)) == "seen", line


# Earlier reviews' leftovers, each as a shape: milestones not met, a place judged, a change
# waited for with nothing of what would show it.
SHAPES_LEFT_BEFORE = [
    ("wellbeing", "unmet_needs", "not reaching her milestones", "can't the child do yet"),
    ("mapping", "harm_impact", "J is behind with his developmental milestones",
     "can't the child do yet"),
    ("contribution", "worries", "missed milestones", "can't the child do yet"),
    ("contextual", "area_worries", "rough estate", "What happens there"),
    ("contextual", "area_worries", "deprived area known for drug dealing", "What happens there"),
    ("mapping", "complicating", "family live in a high-crime area", "What happens there"),
    ("mapping", "safety_scale_why", "3 until things calm down", "need to see change"),
    ("wellbeing", "wellbeing_scale_why", "5, should go up once things settle",
     "need to see change"),
    ("mapping", "danger_scale_why", "will move up when things improve", "need to see change"),
    ("mapping", "safety_scale_why", "4 until things settle down", "need to see change"),
]
SHAPES_TOLD = [
    ("wellbeing", "strengths",
     "she is meeting all her milestones and started walking at 11 months"),
    ("wellbeing", "unmet_needs",
     "at 2 he has no words yet and isn't walking; the health visitor checked on 4 Nov"),
    ("contextual", "area_worries", "the estate is a high-crime area and he was robbed at "
     "knifepoint there on 3 Nov"),
    ("contextual", "area_worries",
     "older boys sell drugs at the underpass by the shops and stopped him there twice"),
    ("mapping", "safety_scale_why", "6 until dad has had three months of clear tests"),
    ("mapping", "safety_scale_why",
     "things settled down after dad moved out on 3 May: no police call-outs since"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line", "question"), SHAPES_LEFT_BEFORE)
def test_an_earlier_leftover_shape_is_asked_its_own_question(flow_id: str, step_id: str,
                                                            line: str, question: str) -> None:
    assert question in reply_to(flow_id, step_id, line)


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *STEPS_WITH_WHO_OR_WHEN,
    *ACCOUNTS_TOLD,
    *TROUBLE_TOLD,
    *USING_TOLD,
    *CHILDS_OWN,
    *GOAL_SEEN_DONE,
    *GOING_WELL_SEEN,
    *SHAPES_TOLD,
]

globals().update(review_tests(rows_set(
    "I", SET_I_FLAWED, SET_I_SOUND, asked=asked,
    fits=lambda want, reply: kind_of(reply) in _fits(want),
    place=lambda rows: [(*AT[row[1]], row[2]) for row in rows],
    left_unasked=LEFT_UNASKED, left_asked_otherwise=LEFT_ASKED_OTHERWISE,
    left_flagged=LEFT_FLAGGED,
    held_sound=HELD_OUT_SOUND)))
