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

Set L was committed (ab4823b) before any rule was read, then sent through the real engine and
its reminders with the driver of the earlier reviews, each kind of line at the tools'
questions of that kind in turn (`PLACES`).

Blind, on the code as it was (ab4823b): flawed caught 49/60, 47 with a question that fits;
sound flagged 7/60. Missed: "5 - no new concerns from health.", "6 as school are managing.",
"Rent arrears and threat of eviction.", "Speech delay and poor social skills.", "Happy little
girl who loves nursery.", "Settling in nicely.", "Attended ED with an injury inconsistent with
mechanism.", "Multiple ED attendances." ("ED" not asked), and three kept as the child's words:
"Nursery report she is happy at home.", "Child is non-verbal so views could not be obtained.",
"Mum says the children want to come home." Asked otherwise: "GP to review." and "Safeguarding
referral made." at the next steps were asked what it meant for the child (a question of the
past). Sound lines flagged: a wellbeing goal whose caregiver acts only in "with mum keeping the
chart", two existing safeties (the electric run out; a hostel), "when he is jealous" in a
danger statement read as a label, "SEN coordinator" asked what the child finds hard, and two
houses opened "Kai said" (asked as the project means: the summary quotes all of it).

Fitted, after the fixes below: flawed caught 59/60, 59 with a question that fits (left:
"Rent arrears and threat of eviction.", a plain fact with nothing of what it means for the
child, which no check asks of a worry); sound flagged 5/60, each as the project means
(`LEFT_FLAGGED`; the SEN coordinator is now asked to write "SEN" out).

Fresh variants, written before each fix (flawed asked with a question that fits, before ->
after; sound flagged, before -> after): the services' own work at a next step 4/8 -> 8/8
(four were asked what it meant for the child), steps told 0/4 -> 0/4; a short form's question
asking of the past in a step 0/6 -> 6/6, outside a step its whole question kept 2/2; "ED"
and "not coping" said of anyone 0/4 -> 4/4 (two were asked an adult's health), "PA" written
out or "Ed" as a name 0/3 -> 0/3, "SEN" in a role's name asked to be written out, no longer
what the child finds hard; going well said alone 0/10 -> 10/10 (two were asked what was
offered), told 0/5 -> 0/5; the view not heard, or an adult's report, kept as the child's words
0/11 -> 11/11 (one was asked as if the view was heard), the child's own 0/8 -> 0/8; a number
for nothing heard 0/5 -> 5/5, a number or a strength for what was seen 3/5 ->
0/5 (each for "no new police call-outs"; counted call-outs still asked); the last pass's
leftovers as shapes 1/20 -> 20/20 with their own question (a test result, vulnerable due to,
support by its kind, nominals, an injury judged against the history, more information wanted,
poor skills), told 1/10 -> 0/10 (a baby who "cannot crawl or call for help" was read as a
call of the services; calls and help of the services still asked 2/2); a parent's quoted words
as a whole strength 0/6 -> 6/6, kept with what happened, as the worry or the family's view 0/5
-> 0/5; a state said as when someone acts ("when he is jealous") 3/3 -> 0/3 flagged, the label
alone still asked 3/3; existing safety in a home without heat, power or food 3/4 -> 0/4
flagged, strengths there still asked 2/2.

Not fixed: "PA" is still not asked to be written out ("PA to help him with his CV"): asked, it
sent back steps the twenty-sixth walk keeps as asked for ("By 1 May, PA books the appointment",
"Within 2 weeks, JB and her PA open a bank account"), where a care leaver knows their personal
adviser by it; which way it goes is a practice lead's call. "Positive drug test for cannabis."
and "Hair strand test positive for cocaine." are let through (the drug named reads as told); "I
said "no" to Steve" at a house is asked about ("said" outside the quote), though the child's
"I" says it is theirs; and a house opened "Kai said:" is asked about while "Lily said: '...'"
is kept, by whether the child's words say "I" (single marks are not read as a quote there):
reading the frame before single marks as before double ones was tried, and sent back four lines
the earlier reviews keep (set I's "Amy (6) said: '...'", set K's "Aisha said: '...'").
"""

from __future__ import annotations

import pytest
from review_sets import placed_in_turn, review_tests, rows_set
from test_review_language_thirtieth import kind_of
from test_review_language_twentyninth import asked, reply_to

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


# ---- set L sent through the real engine, each kind at the tools' questions of that kind ------

PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "worry": (("mapping", "worst_harm"), ("mapping", "recent_harm"), ("wellbeing", "worry_what")),
    "danger": (("mapping", "danger_statement"), ("harm_matrix", "danger_statement")),
    "existing_safety": (("mapping", "existing_safety"),),
    "strengths": (("mapping", "strengths"), ("wellbeing", "strengths")),
    "next_step": (("mapping", "next_steps"), ("wellbeing", "next_steps")),
    "safety_goal": (("mapping", "safety_goal"),),
    "wellbeing_goal": (("wellbeing", "wellbeing_goal"),),
    "house_worries": (("three_houses", "house_worries"), ("mapping", "house_worries")),
    "house_good": (("three_houses", "house_good"), ("mapping", "house_good")),
    "house_dreams": (("three_houses", "house_dreams"), ("mapping", "house_dreams")),
    "scale_reason": (("mapping", "danger_scale_why"), ("mapping", "safety_scale_why"),
                     ("wellbeing", "wellbeing_scale_why")),
}
# What a practice lead expects asked back, as the kinds of reminder the bot has (`kind_of`).
FITS = {"seen": ("seen", "term"), "spell": ("term",), "who_when": ("who_when",),
        "goal": ("goal",), "danger": ("danger",), "impact": ("seen", "term"),
        "words": ("child",), "number": ("seen", "term"), "harmer": ("blame", "goal", "danger"),
        "safety": ("safety", "family", "seen", "term")}


_sent = placed_in_turn(PLACES)


def _kind(reply: str) -> str:
    """`kind_of`, reading two reminders it does not name: a short form and a next step's
    part asked together (both kinds), and a parent's words kept with what was seen asked."""
    if reply.startswith("Each of these would help"):
        return "term|who_when"
    if reply.startswith("These are their own words"):
        return "seen"
    return kind_of(reply)


def _fits(want: str, reply: str) -> bool:
    fits = {kind for each in want.split("|") for kind in FITS[each]}
    return bool(fits & set(_kind(reply).split("|")))


# Set L's flawed line still let through: a plain fact with nothing of what it means for the
# child (no check asks a worry for its effect).
LEFT_UNASKED = frozenset({"Rent arrears and threat of eviction."})
# Sound lines still asked about, each as the project means, with the kind of question.
LEFT_FLAGGED: dict[str, str] = {
    # a wellbeing goal says what the caregiver will do; "with mum keeping the chart" is read as
    # how people will know, and "Baby will be fed" names nobody
    "Baby will be fed every three to four hours and changed before each feed, with mum keeping "
    "the chart and the health visitor checking it each week until he is six months old.": "goal",
    # existing safety names its danger; a hostel and a licence name none
    "Since his release dad has stayed at the hostel every night; the hostel staff signed him "
    "in each evening by 9 pm, and mum has not let him stay over.": "safety",
    # a short form is written out once, even in a role's name
    "The SEN coordinator will meet mum on Tuesday 10 December at 3.30 to fill in the request "
    "for an education, health and care plan together.": "term",
    # the summary quotes a house's whole answer as the child's, "Kai said" with it (asked
    # where the child's words after it do not say "I"; "Lily said: 'I don't want...'" is kept,
    # as the earlier reviews keep such lines)
    **dict.fromkeys((
        "Kai said: 'Daddy shouts at the telly and mummy cries.'",
        "Kai said he wants 'a big bed and a dog and Nanny living with us'."), "child"),
}


# ---- the fixes, each tried first on fresh variants (flawed, and sound) ------------------------

# Questions of what has been, not of what will be done.
PAST_QUESTIONS = ("what it meant for the child", "What was offered", "who came",
                  "what they agreed", "say what they did", "what was decided",
                  "what you asked of them")

# The services' own work given as what happens next: a step of theirs with no day is asked by
# when, and one told as done is asked what comes after it (set L: "GP to review.",
# "Safeguarding referral made." were asked what it meant for the child).
SERVICES_AT_NEXT_STEP = [
    ("mapping", "next_steps", "Paediatrician to review."),
    ("mapping", "next_steps", "Police check completed."),
    ("contribution", "needs_to_happen", "Referral sent to early help."),
    ("reflection", "needs_to_happen", "Plan reviewed at core group."),
    ("wellbeing", "next_steps", "Health visitor to follow up."),
    ("mapping", "next_steps", "Case to be discussed at supervision."),
    ("wellbeing", "next_steps", "The school to monitor."),
    ("mapping", "next_steps", "Need more information"),
]
STEPS_TOLD = [
    ("mapping", "next_steps",
     "The paediatrician will review Ava's bruises at clinic on 12 December."),
    ("wellbeing", "next_steps", "Health visitor to visit on Monday 14 December to weigh baby."),
    ("mapping", "next_steps", "The referral to early help was sent on 2 December; the early "
     "help worker will ring mum by Friday 11 December."),
    ("mapping", "next_steps",
     "I will ask the school nurse by Friday for his weights since September."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), SERVICES_AT_NEXT_STEP)
def test_the_services_work_at_a_next_step_is_asked_what_comes_and_when(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _kind(reply) in ("who_when", "term"), reply
    assert not any(past in reply for past in PAST_QUESTIONS), reply


def test_a_step_told_as_done_is_asked_what_happens_after_it() -> None:
    reply = reply_to("mapping", "next_steps", "Police check completed.")
    assert "says what has been done, but not yet what happens next" in reply
    assert "who will do what, and by when?" in reply


# A short form in a step still to come is asked only to be written out ("TAF to be held" has
# had nobody come and nothing agreed); outside a step its question is asked whole.
SHORT_FORM_IN_A_STEP = [
    ("mapping", "next_steps", "DSL to ring mum.", "DSL"),
    ("wellbeing", "next_steps", "TAF meeting on Tuesday 15 December at school.", "TAF"),
    ("mapping", "next_steps", "ICPC on 14 December.", "ICPC"),
    ("contribution", "needs_to_happen",
     "FGC to be arranged by the social worker by Friday 11 December.", "FGC"),
    ("mapping", "next_steps", "I will ask CSC for the chronology by Friday.", "CSC"),
    ("mapping", "next_steps", "TAF to be held", "TAF"),
]
SHORT_FORM_OF_THE_PAST = [
    ("mapping", "worst_harm", "The DSL saw a bruise on his cheek on Monday.", "say what they did"),
    ("wellbeing", "worry_what", "At the TAF mum said she is not coping.", "who came"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line", "short"), SHORT_FORM_IN_A_STEP)
def test_a_short_form_in_a_step_is_asked_only_to_be_written_out(
        flow_id: str, step_id: str, line: str, short: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert f'"{short}"' in reply, reply
    assert not any(past in reply for past in PAST_QUESTIONS), reply


@pytest.mark.parametrize(("flow_id", "step_id", "line", "question"), SHORT_FORM_OF_THE_PAST)
def test_a_short_form_outside_a_step_keeps_its_whole_question(
        flow_id: str, step_id: str, line: str, question: str) -> None:
    assert question in reply_to(flow_id, step_id, line)


# "ED" asked to be written out; "not coping" asked of anyone, not as an adult's health.
SHORT_FORMS_NOW_ASKED = [
    ("success", "others_worried", "PA worried he is not coping", "what do they do"),
    ("mapping", "worst_harm", "Attended ED twice this month.", '"ED"'),
    ("mapping", "worst_harm", "She was admitted to the ED ward at 2am after taking tablets.",
     '"ED"'),
    ("wellbeing", "worry_what", "Nan is not coping with the three boys.", "what do they do"),
]
SHORT_FORMS_SPELT = [
    ("mapping", "strengths", "Her personal adviser (PA) rings her every Monday and went with "
     "her to the bank on 2 Dec."),
    ("mapping", "strengths", "Ed, her uncle, picks her up every Friday."),
    ("success", "others_worried", "Her personal adviser is worried she has stopped eating and "
     "has lost 4 kg since October."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line", "said"), SHORT_FORMS_NOW_ASKED)
def test_ed_and_not_coping_are_asked_their_own_question(flow_id: str, step_id: str,
                                                           line: str, said: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert said in reply, reply
    assert "adult's health" not in reply, reply


def test_sen_in_a_roles_name_is_asked_to_be_written_out_not_what_the_child_finds_hard() -> None:
    reply = reply_to("wellbeing", "next_steps",
                     "The SEN coordinator will meet mum on Tuesday 10 December at 3.30.")
    assert "write out what SEN stands for" in reply
    assert "What does the child find hard" in reply_to("mapping", "worst_harm",
                                                       "SEN, poor attendance.")


# How things go, said alone as a verdict: asked what was seen, with a strength as the example.
GOING_WELL_ALONE = [
    ("mapping", "strengths", "Settling in nicely."),
    ("wellbeing", "strengths", "Bonding nicely with baby."),
    ("mapping", "strengths", "Coping well."),
    ("wellbeing", "strengths", "Engaging well at nursery"),
    ("mapping", "strengths", "Responding well to boundaries."),
    ("three_houses", "worker_noticed", "Engaged well in the session"),
    ("three_houses", "worker_noticed", "Participated well throughout."),
    ("mapping", "strengths", "Happy little boy."),
    ("wellbeing", "strengths", "Lovely, polite young man who enjoys football."),
    ("mapping", "strengths", "A bright, chatty girl."),
]
GOING_WELL_TOLD = [
    ("mapping", "strengths", "Settling in nicely: she sleeps through and has eaten breakfast "
     "with us every day since 3 Dec."),
    ("wellbeing", "strengths", "Coping well since the move, he has been at school every day and "
     "plays football on Saturdays."),
    ("mapping", "strengths", "Happy little girl who loves nursery; she runs in to hug her key "
     "person every morning."),
    ("three_houses", "worker_noticed", "Engaged well in the session: he drew for 20 minutes and "
     "told me about his dog."),
    ("mapping", "strengths", "Feeding well: 150ml every three hours, and gained 200g this week."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), GOING_WELL_ALONE)
def test_going_well_said_alone_is_asked_what_was_seen(flow_id: str, step_id: str,
                                                      line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _kind(reply) == "seen", reply
    assert "Nan is supportive" in reply, reply
    assert "What was offered" not in reply, reply


# The writer's note that the child's view could not be heard, or what an adult said the child
# wants, kept as the child's own words.
NOT_THE_CHILDS = [
    ("three_houses", "house_worries", "Child is non-verbal so views could not be obtained.",
     "could not be heard"),
    ("mapping", "house_worries", "Unable to ascertain wishes and feelings.", "could not be heard"),
    ("three_houses", "house_good", "Views not obtained as he was asleep.", "could not be heard"),
    ("three_houses", "house_dreams", "Could not gather her views due to her age.",
     "could not be heard"),
    ("mapping", "house_dreams", "We were unable to obtain the child's wishes.",
     "could not be heard"),
    ("three_houses", "house_good", "Nursery report she is happy at home.", '"Nursery report"'),
    ("three_houses", "house_dreams", "Mum says the children want to come home.", '"Mum says"'),
    ("mapping", "house_worries", "Foster carer says he misses his brother.",
     '"Foster carer says"'),
    ("three_houses", "house_worries", "School report she is scared of dad.", '"School report"'),
    ("mapping", "house_good", "Dad said the boys love it at his.", '"Dad said"'),
    ("three_houses", "house_dreams", "Her teacher feels she wants to stay with nan.",
     '"Her teacher feels"'),
]
THE_CHILDS_OWN = [
    ("three_houses", "house_worries", "I can't talk to mummy when she's asleep"),
    ("three_houses", "house_worries", "I was unable to sleep when they shout"),
    ("three_houses", "house_good", "Mummy says I can have a puppy"),
    ("three_houses", "house_good", "My teacher says I am good at reading"),
    ("three_houses", "house_good", "Nanny says she loves me"),
    ("three_houses", "house_worries", "mum says sorry after but she still shouts"),
    ("three_houses", "house_dreams", "nobody listens to what I want"),
    ("three_houses", "house_good", "Daddy says the dog is coming to live with us"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line", "said"), NOT_THE_CHILDS)
def test_a_note_or_an_adults_report_is_not_kept_as_the_childs_words(
        flow_id: str, step_id: str, line: str, said: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _kind(reply) == "child", reply
    assert said in reply, reply


# A number given for nothing heard of, or for how the services are.
NOTHING_HEARD = [
    ("mapping", "danger_scale_why", "5 - no new concerns from health."),
    ("mapping", "safety_scale_why", "6 as school are managing."),
    ("wellbeing", "wellbeing_scale_why", "7, no concerns raised by school."),
    ("mapping", "safety_scale_why", "4 as no further referrals."),
    ("wellbeing", "wellbeing_scale_why", "5 as nursery have no worries."),
]
NUMBER_TOLD = [
    ("mapping", "safety_scale_why", "6 because school have seen no bruises since September and "
     "she tells her teacher home is calm."),
    ("mapping", "danger_scale_why", "7: no new police call-outs since dad moved out on 3 May, and "
     "mum has kept him out."),
    ("wellbeing", "wellbeing_scale_why",
     "5 as nursery say he has come in fed and clean every day this term."),
    ("mapping", "safety_scale_why", "6, as there have been no more police call-outs since mum "
     "changed the locks in March."),
    ("mapping", "strengths",
     "No further police call-outs since dad left in June, and the children sleep through."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), NOTHING_HEARD)
def test_a_number_for_nothing_heard_is_asked_what_was_seen(flow_id: str, step_id: str,
                                                          line: str) -> None:
    assert _kind(reply_to(flow_id, step_id, line)) == "seen"


def test_police_call_outs_counted_are_still_asked() -> None:
    assert "police call-outs" in reply_to("mapping", "worst_harm", "Several police call-outs.")


# The last pass's leftovers, each as a shape, and words of their own.
LEFTOVER_SHAPES = [
    ("mapping", "worst_harm", "Positive tox screen.", "What did the test find"),
    ("mapping", "worst_harm", "Baby's meconium was positive for opiates.",
     "What did the test find"),
    ("mapping", "worst_harm", "Positive breathalyser.", "What did the test find"),
    ("harm_matrix", "child_vulnerability", "Vulnerable due to age", "not yet do to keep safe"),
    ("harm_matrix", "child_vulnerability", "Vulnerable because of his additional needs.",
     "not yet do to keep safe"),
    ("mapping", "harm_impact", "Particularly vulnerable due to her disability.",
     "not yet do to keep safe"),
    ("mapping", "strengths", "nan gives emotional support", "What does the support look like"),
    ("wellbeing", "strengths", "Aunt provides practical support.",
     "What does the support look like"),
    ("mapping", "strengths", "Dad offers emotional and practical support to mum.",
     "What does the support look like"),
    ("contextual", "peer_worries", "nominals", "Who are these people"),
    ("mapping", "worst_harm", "Associating with known nominals.", "Who are these people"),
    ("mapping", "recent_harm", "Injuries not consistent with the history given.",
     "What did you see or hear"),
    ("supervision", "needs", "Need more information", "What do you need to know"),
    ("supervision", "needs", "More info needed from school.", "What do you need to know"),
    ("mapping", "next_steps", "Further details required.", "What do you need to know"),
    ("reflection", "needs_to_happen", "We need more background.", "What do you need to know"),
    ("wellbeing", "worry_what", "Speech delay and poor social skills.", "not yet manage"),
    ("mapping", "worst_harm", "Limited social skills.", "not yet manage"),
    ("wellbeing", "worry_what", "Lacks communication skills.", "not yet manage"),
    ("mapping", "worst_harm", "Mum has poor life skills.", "not yet manage"),
]
LEFTOVER_TOLD = [
    ("mapping", "worst_harm", "Mum's drug test on 3 December was positive for heroin, and she "
     "was the only adult caring for Leo (2) that week."),
    ("mapping", "strengths", "Nan has the children every Tuesday and Thursday after school and "
     "helps them with homework."),
    ("harm_matrix", "child_vulnerability", "Mia is 8 months old, cannot crawl or call for help, "
     "and is not seen by anyone outside the home."),
    ("mapping", "worst_harm", "Dad said the burn happened when she touched the iron, but she "
     "cannot yet crawl or stand."),
    ("wellbeing", "worry_what", "At 3 Sam says about ten words and does not play with other "
     "children at nursery."),
    ("supervision", "needs", "Need more information about dad's new partner: who she is and "
     "whether she has children of her own."),
    ("mapping", "next_steps", "I need more information from the GP about mum's tablets, and "
     "will ask by Friday 11 Dec."),
    ("supervision", "needs",
     "More information is needed on how often he stays at his dad's."),
    ("mapping", "worst_harm", "He has poor social skills: he hit other children when they took "
     "his toys three times this week."),
    ("wellbeing", "strengths",
     "She is learning social skills at the Friday group with her key worker."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line", "question"), LEFTOVER_SHAPES)
def test_a_leftover_shape_is_asked_its_own_question(flow_id: str, step_id: str, line: str,
                                                    question: str) -> None:
    assert question in reply_to(flow_id, step_id, line)


# At what is working well, a parent's quoted words as the whole answer, telling nothing that
# happened: kept as theirs, and asked what was seen. As the worry, or at the family's view, what
# they said is the answer (the held corpora mark such lines plain there).
THEIR_WORDS_AT_STRENGTHS = [
    ("mapping", "strengths", "Mum says 'I'm doing everything I can'."),
    ("wellbeing", "strengths", 'Mum said "we\'re getting there".'),
    ("mapping", "strengths", 'Dad says he is "a changed man".'),
    ("wellbeing", "coped", 'Nan told me "we always manage somehow".'),
    ("supervision", "working_well", 'Mum says "things are loads better now".'),
    ("mapping", "existing_safety", 'Mum said "I\'d never let him near them".'),
]
THEIR_WORDS_KEPT = [
    ("mapping", "strengths", 'Mum said: "I ring my sister when I feel like I\'m going to lose '
     'it," and she has done this four times since October.'),
    ("wellbeing", "strengths", 'Dad says "I\'ve walked them to school every day since Easter", '
     "and the school confirms it."),
    ("mapping", "strengths", 'Nan said: "I have the kids every Saturday so she can sleep."'),
    ("mapping", "worst_harm", "Dad says the kids are 'out of control'."),
    ("mapping", "family_view", 'Mum says "I\'m doing everything I can".'),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), THEIR_WORDS_AT_STRENGTHS)
def test_a_parents_words_alone_as_a_strength_are_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert "What have you seen or heard happen that shows it" in reply, reply


# A state said as when someone acts ("hits mum when he is jealous") is not a label of them.
LABELS_ALONE = [
    ("mapping", "worst_harm", "He is very jealous."),
    ("mapping", "worst_harm", "Mum is anxious and secretive."),
    ("mapping", "recent_harm", "Dad is jealous and controlling."),
]
STATE_AS_WHEN = [
    ("mapping", "worst_harm", "Dad hits mum when he is jealous, as on 3 May."),
    ("harm_matrix", "danger_statement", "The school and I are worried that when dad is jealous he "
     "checks mum's phone and throws it, and the children could be hit by what he throws."),
    ("harm_matrix", "danger_statement", "Probation and the social worker are worried that dad "
     "will hit mum when he is jealous, as he did to his last partner, and that the children "
     "will see it and be hurt trying to stop him."),  # set L
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), LABELS_ALONE)
def test_a_label_alone_is_still_asked(flow_id: str, step_id: str, line: str) -> None:
    assert "What did the person actually do or say" in reply_to(flow_id, step_id, line)


# Existing safety when the home had no heat, power or food: the danger is named.
SAFETY_IN_A_COLD_HOME = [
    ("mapping", "existing_safety", "When the electric ran out on 5 December, mum took the "
     "children to her sister's for the night rather than leaving them in the cold flat."),
    ("mapping", "existing_safety",
     "When the electric ran out, mum took the children to her sister's."),
    ("mapping", "existing_safety", "When the gas was cut off in November, dad took the children "
     "to his mum's each night until it was back on."),
    ("mapping", "existing_safety", "On the days there is no food in the flat, mum takes the kids "
     "to the food bank cafe for lunch."),
]
STRENGTHS_NOT_SAFETY = [
    ("mapping", "existing_safety", "Mum pays her rent on time every month."),
    ("mapping", "existing_safety", "Nan cooks for the children on Sundays."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), STRENGTHS_NOT_SAFETY)
def test_a_strength_at_existing_safety_is_still_asked(flow_id: str, step_id: str,
                                                      line: str) -> None:
    assert _kind(reply_to(flow_id, step_id, line)) == "safety"


# Calling for help is what someone in danger does, not a call of the services.
CALLS_FOR_HELP = [
    ("harm_matrix", "child_vulnerability", "Mia is 8 months old, cannot crawl or call for help, "
     "and is not seen by anyone outside the home."),
    ("harm_matrix", "child_vulnerability", "Mia cannot crawl or call for help."),
]
CALLS_OF_THE_SERVICES = [
    ("mapping", "worst_harm", "Call made to the duty team."),
    ("mapping", "worst_harm", "Help offered to the family."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), CALLS_OF_THE_SERVICES)
def test_a_call_or_help_of_the_services_is_still_asked(flow_id: str, step_id: str,
                                                       line: str) -> None:
    assert "says what the services did" in reply_to(flow_id, step_id, line)


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *STEPS_TOLD,
    *SHORT_FORMS_SPELT,
    *GOING_WELL_TOLD,
    *THE_CHILDS_OWN,
    *NUMBER_TOLD,
    *LEFTOVER_TOLD,
    *THEIR_WORDS_KEPT,
    *STATE_AS_WHEN,
    *SAFETY_IN_A_COLD_HOME,
    *CALLS_FOR_HELP,
]

globals().update(review_tests(rows_set(
    "L", SET_L_FLAWED, SET_L_SOUND, asked=asked, fits=_fits, place=_sent, sizes=(60, 60),
    left_unasked=LEFT_UNASKED, left_flagged=frozenset(LEFT_FLAGGED), flagged_size=5,
    flagged_as=lambda case, reply: _kind(reply) == LEFT_FLAGGED[case[2]],
    held_sound=HELD_OUT_SOUND)))
