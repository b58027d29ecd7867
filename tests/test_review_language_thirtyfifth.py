"""Set N: the seventh blind wording review (pass 35).

Written before reading any rule in flows/checks, flows/nudges.py or the flows' `checks:` lists,
by roles the earlier sets did not use: youth offending workers, housing officers, early help
family workers, the LADO, hospital paediatric nurses, adult mental health social workers,
probation officers, a virtual school head, SEN coordinators, a faith group leader, care
leavers' personal advisers, a foster carers' supervising social worker, an independent
reviewing officer and a parent's advocate: 30 flawed lines and 30 sound ones, typed as on a
phone (lower case, initials, shorthand, little punctuation), over the mapping's worries, what
is working well, next steps, danger statements, safety goals and the reasons for a number;
the harm matrix; the three houses; wellbeing; success and aspiration; and the contextual
factors. Each line: (role, question kind, the answer), a flawed line also what a practice lead
would expect asked back (set L's kinds), sent through the real engine at the tools' questions
of its kind in turn (`PLACES`: set M's, with the harm matrix's and the success tool's own).

Blind, on the code as it was (01c1eef): flawed caught 26/30, all 26 with a question that fits;
sound flagged 3/30 (53/60 answered as a practice lead would). Missed: "6 things are a bit
better at home" as a number's reason (no "as" after the number, a place after "better");
"presented as withdrawn and flat on the ward, didnt want to talk about home" and "J's wishes
and feelings are to stay at this school" kept as the child's words (no one named before
"presented"; the child's view named as the subject); "T will be independent and reach his full
potential" as a success goal. Sound lines flagged: a wellbeing goal whose "i'll go over the
chart with her every fri" was not read as how people will know, and two houses opened "R said
'i get ...'" and "she said she wants '...'" (asked as the project means, `LEFT_FLAGGED`).

Fitted, after the fixes below: flawed caught 30/30, all with a question that fits; sound
flagged 2/30, the two `LEFT_FLAGGED` (58/60).

Fresh variants, written after each fix's design and before it was run (flawed asked, before ->
after; sound let through, before -> after): a number for things only better or worse 0/5 ->
5/5, told what changed 3/3 -> 3/3; how the child seemed with no one named 1/5 -> 5/5 (the one
asked was for "placement"), the child's own "presents", "appeared in my dream" 3/3 -> 3/3; the
child's view named as the subject 1/5 -> 5/5, "my wish", "nanny's feelings", "Mum's wishes"
3/3 -> 3/3; a success goal of an aim or a state 2/6 -> 6/6 (the two asked were a word-list
"good progress" and "positive outcomes" read as the services' work), goals of doing 5/5 ->
5/5; a record gone over with the family or by the writer, sound 3/5 -> 5/5, a goal nobody sees
still asked 3/3 -> 3/3. A second batch, written after the first was run: flawed 10/10 asked,
sound 5/6 let through (a nursery register, then read as a record: 6/6).

The held corpora (tests/language, 6,820 lines, through `language-check`) are flagged line for
line as before; 11 goals there now quote their vague doing whole ("go to the parenting
course", "provide negative drug tests", where "go to" and "provide negative" were quoted).
Time (process CPU, least of seven, three runs alternated with 01c1eef's checks on a
loaded machine): the mapping's busiest question 0.70-0.74 ms before, 0.69-0.83 after for 100
characters, 6.9-8.0 and 6.9-7.7 ms for 984; a wellbeing goal of 400 characters 0.78-0.84 ->
0.65-0.67 ms; a house answer of how the child seemed 0.70-0.92 -> 0.008 ms (now asked before
the word-list reading it fell through to).

Not fixed: the writer's "R said" before the child's quoted "i ..." is asked to go, though
"Lily said: 'I ...'" is kept (a first name there may be a friend the child quotes; an initial
is read as the writer's frame): the summary quotes the whole answer, so asking is as meant.
An aim at a success goal is asked "What will the adult be doing ...", the goal checks' one
wording, though the subject may be a young person in care.
"""

from __future__ import annotations

import pytest
from review_sets import placed_in_turn, review_tests, rows_set
from test_review_language_thirtyfourth import PLACES as SET_M_PLACES
from test_review_language_thirtythird import _fits
from test_review_language_twentyninth import asked, reply_to

SET_N_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # youth offending workers
    ("yot", "worry", "K is being criminally exploited, county lines involvement, known to police",
     "harmer|seen"),
    ("yot", "context", "hangs around w older peers at the park and is making poor choices",
     "harmer|seen"),
    ("yot", "next_step", "yot to carry out intervention work", "who_when|spell"),
    # housing officers
    ("housing", "worry", "property in poor condition, hoarding issues and ASB complaints",
     "seen|spell"),
    ("housing", "existing_safety", "mum has a secure tenancy and the rent is up to date",
     "safety"),
    # early help family workers
    ("early_help", "strengths", "mum is a lovely mum who clearly loves her kids", "seen"),
    ("early_help", "wellbeing_goal", "family to engage with EH and complete parenting course",
     "goal"),
    ("early_help", "scale_reason", "6 things are a bit better at home", "number|seen"),
    # the LADO
    ("lado", "worry", "allegation re a staff member's inappropriate handling of a pupil",
     "seen"),
    ("lado", "next_step", "strat to be held and outcome to be shared", "who_when|spell"),
    # hospital paediatric nurses
    ("paed_nurse", "matrix", "NAI query, bruising inconsistent with explanation given",
     "spell|seen"),
    ("paed_nurse", "house_worries",
     "presented as withdrawn and flat on the ward, didnt want to talk about home", "words"),
    # adult mental health social workers
    ("amh_sw", "worry", "mum has EUPD and is chaotic when unwell", "spell|seen"),
    ("amh_sw", "danger", "mums mental health is a risk to the children", "danger"),
    # probation officers
    ("probation", "danger", "dad is a high risk offender who poses a risk to the kids",
     "danger"),
    ("probation", "safety_goal", "dad will comply with his licence conditions and attend all "
     "appts", "goal"),
    # a virtual school head
    ("vsh", "strengths", "making good progress, PEP up to date", "seen|spell"),
    ("vsh", "house_good", "child reports a positive relationship with his foster carers",
     "words"),
    # SEN coordinators
    ("senco", "worry", "challenging behaviour in class, ?ASD, sensory needs", "seen|spell"),
    ("senco", "house_dreams", "J's wishes and feelings are to stay at this school", "words"),
    # a faith group leader
    ("faith", "context", "the family have been having some difficulties and the children seem "
     "unsettled", "seen"),
    ("faith", "danger", "we are worried the children may be at risk if things dont improve",
     "danger"),
    # care leavers' personal advisers
    ("pa", "success_goal", "T will be independent and reach his full potential", "goal"),
    ("pa", "success_worry", "T is vulnerable, NEET and making unwise choices with money",
     "harmer|seen|spell"),
    ("pa", "aspiration", "to achieve positive outcomes in education, training and employment",
     "goal|seen|words"),
    # a foster carers' supervising social worker
    ("ssw", "strengths", "carers are very experienced and nurturing", "seen"),
    ("ssw", "existing_safety", "foster carers have completed safer caring training", "safety"),
    # an independent reviewing officer
    ("iro", "next_step", "care plan to be reviewed at next LAC review", "who_when|spell"),
    ("iro", "scale_reason", "5 as there are still some concerns", "number|seen"),
    # a parent's advocate
    ("advocate", "matrix", "emotional harm to the children from ongoing parental conflict",
     "impact"),
)

SET_N_SOUND: tuple[tuple[str, str, str], ...] = (
    # youth offending workers
    ("yot", "worry", "k (15) told me on 3/2 two older lads gave him a phone and make him take "
     "bags to a flat in town, police found him there on 28/1 with £400 on him"),
    ("yot", "next_step", "i'll meet k at the youth offending office wed 12 feb 4pm to go through "
     "his safety plan and ring mum after"),
    ("yot", "context", "the takeaway on the high st gives k free food and the men who drive him "
     "wait outside it, staff there saw him get in their car 3 times in jan"),
    # housing officers
    ("housing", "worry", "when i visited on 21/1 no heating or hot water, black mould on the "
     "kids bedroom wall and the baby (7 months) had a chesty cough"),
    ("housing", "next_step", "i'll book the repairs team for the boiler by fri 24 jan and text "
     "mum the date"),
    # early help family workers
    ("early_help", "strengths", "mum walks both kids to school every morning, theyve been on "
     "time every day since the feb half term"),
    ("early_help", "wellbeing_goal", "mum will have the kids in bed by 8 on school nights using "
     "the routine chart so they get to school on time, i'll go over the chart with her every "
     "fri until easter"),
    # the LADO
    ("lado", "worry", "teacher mr b grabbed a yr 5 boy by the arm and dragged him out of class "
     "on 6/2, finger mark bruises seen by the school nurse the same day"),
    ("lado", "next_step", "i'll hold the allegation meeting with the head and police on thurs "
     "13 feb and write to the teacher's union rep that day"),
    # hospital paediatric nurses
    ("paed_nurse", "worry", "baby (4 wks) brought in on 2/2 with a swollen leg, x-ray showed a "
     "broken thigh bone, parents said he rolled off the sofa"),
    ("paed_nurse", "house_good", "'the nurses let me play on the ipad and bring me toast'"),
    # adult mental health social workers
    ("amh_sw", "matrix", "when mum stops her tablets she stays in bed for days and the kids (6 "
     "and 9) get themselves up and to school, the last time was 2 weeks in jan"),
    ("amh_sw", "existing_safety", "the last 2 times mum felt herself getting unwell (oct and "
     "jan) she rang her sister who came and stayed with the kids until mum was better"),
    # probation officers
    ("probation", "danger", "probation and the social worker are worried that when dad is "
     "released in march he will hit mum in front of the kids again like when he broke her nose "
     "in 2023, and the kids will be hurt or terrified"),
    ("probation", "safety_goal", "dad will live at the approved premises and only see the kids "
     "at the family centre with nan there every sat, probation and the social worker will read "
     "the contact notes each month for 6 months"),
    # a virtual school head
    ("vsh", "strengths", "since his tutor started in nov L has done his homework every night and "
     "got 6/10 in his maths test on 31/1, the first one hes passed"),
    ("vsh", "scale_reason", "7 because he's been in school every day this half term and told "
     "his carer when the boys on the bus picked on him"),
    # SEN coordinators
    ("senco", "worry", "D (8) has hit other children 4 times since xmas, each time after being "
     "told to stop playing, and bit a teaching assistant on 3 feb"),
    ("senco", "next_step", "i'll send the request for an education health and care needs "
     "assessment to the council by 28 feb and go over it with mum on the phone first"),
    # a faith group leader
    ("faith", "worry", "at youth club on sun 9/2 J (12) had a burn on her hand and said her "
     "mums boyfriend held it on the cooker when she wouldnt stop crying"),
    ("faith", "strengths", "our pastor's wife has had the kids every wed after school since "
     "sept while mum works and they tell her about their week"),
    # care leavers' personal advisers
    ("pa", "success_goal", "T will have his own flat by his 19th birthday and pay the rent from "
     "his wages each month, and i'll go through his bills with him every 2 weeks until he's "
     "been there 6 months"),
    ("pa", "aspiration", "'i want to be an electrician and have my own place with my dog'"),
    ("pa", "success_worry", "T has been evicted from 2 hostels since sept after older men he "
     "let stay in his room took his bank card"),
    # a foster carers' supervising social worker
    ("ssw", "existing_safety", "when R (10) walked out of school on 14/1 his carer rang the "
     "police and drove round to his mums road and found him within the hour"),
    ("ssw", "house_worries", "R said 'i get scared when the doorbell goes at night cos i think "
     "its my dad'"),
    # an independent reviewing officer
    ("iro", "scale_reason", "5 - S has been with the same carers 8 months and goes to school "
     "every day but mum still messages her on snapchat telling her to run away"),
    ("iro", "house_dreams", "she said she wants 'to see my little brother every weekend not "
     "just at christmas'"),
    # a parent's advocate
    ("advocate", "worry", "mum says dad locked her out of the flat with the baby inside for 2 "
     "hours on 15/1 and she had to get the police to get back in"),
    ("advocate", "context", "mum has no family in this country, speaks little english and has "
     "no recourse to public funds so cannot get benefits or a council flat"),
)


# ---- set N sent through the real engine, each kind at the tools' questions of that kind ------

PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    **SET_M_PLACES,
    "matrix": (("harm_matrix", "harm_worst"), ("harm_matrix", "harm_impact"),
               ("harm_matrix", "danger_behaviour")),
    "success_goal": (("success", "success_goal"),),
    "success_worry": (("success", "others_worried"), ("success", "their_worries")),
    "aspiration": (("success", "vision"), ("success", "own_goals")),
}


_placed = placed_in_turn(PLACES)


# Sound lines still asked about, as the project means: a house's whole answer is quoted as the
# child's, so the writer's "R said" or "she said she wants" around their words is asked to go
# (set L's `LEFT_FLAGGED` keeps the same).
LEFT_FLAGGED = frozenset({
    "R said 'i get scared when the doorbell goes at night cos i think its my dad'",
    "she said she wants 'to see my little brother every weekend not just at christmas'"})


# ---- the fixes, each tried on fresh variants written after its design and before it was run --

# A number's reason that only says things are better or worse, with no "as" after the number
# and a place after it: "6 things are a bit better at home".
NUMBER_FOR_BETTER = [
    ("mapping", "danger_scale_why", "7 things seem a lot calmer at home"),
    ("mapping", "safety_scale_why", "5 - home life is a bit more settled now"),
    ("wellbeing", "wellbeing_scale_why", "4 things are worse at the moment"),
    ("mapping", "safety_scale_why", "8, everything is going better at school"),
    ("wellbeing", "wellbeing_scale_why", "3 things have got worse at home lately"),
    # (the second batch, written after the first was run)
    ("mapping", "safety_scale_why", "5 - it's all got a bit better in placement"),
    ("wellbeing", "wellbeing_scale_why", "7 home is calmer now"),
    ("mapping", "danger_scale_why", "2 things are much worse at home"),
]
NUMBER_FOR_WHAT_CHANGED = [
    ("mapping", "danger_scale_why",
     "6 things are better at home since dad moved out and the kids sleep through"),
    ("mapping", "safety_scale_why", "7 as things are calmer, dad has not shouted at the kids "
     "since he started at the group in jan"),
    ("wellbeing", "wellbeing_scale_why",
     "5 things at home are better because nan comes every morning to do the school run"),
    # (the second batch, written after the first was run)
    ("mapping", "safety_scale_why", "5 things are better in placement, she's not gone missing "
     "since the carers moved her bedroom"),
]

# How the child seemed, with no one named before it, as notes drop the subject: "presented
# as withdrawn and flat on the ward".
SEEMED_WITH_NO_ONE = [
    ("three_houses", "house_worries", "appeared anxious when talking about dad's new partner"),
    ("mapping", "house_good", "presented as happy and chatty when discussing nan"),
    ("three_houses", "house_dreams", "came across as hopeful about going back to mums"),
    ("mapping", "house_worries", "Presented as guarded, would not talk about home."),
    ("three_houses", "house_good", "appears settled and content in placement"),
    # (the second batch, written after the first was run)
    ("three_houses", "house_worries", "appeared upset and tearful when asked about contact"),
    ("mapping", "house_good", "presenting as more relaxed at school"),
]
THE_CHILDS_WITH_NO_ONE = [
    ("three_houses", "house_good", "Presents from nanny and my new bike"),
    ("mapping", "house_good", "presents at christmas and going to the park"),
    ("three_houses", "house_worries", "appeared in my dream and it was scary"),
    # (the second batch, written after the first was run)
    ("three_houses", "house_good", "appearing in the school play as a sheep"),
]

# The child's view named as the subject, in the writer's words: "J's wishes and feelings are
# to stay at this school".
VIEW_AS_SUBJECT = [
    ("three_houses", "house_dreams", "T's wishes are to go home to mum"),
    ("mapping", "house_dreams", "her views are that she wants to stay with her carers"),
    ("three_houses", "house_dreams", "YP's wish is to live independently"),
    ("mapping", "house_worries", "Amir's views are he misses his brother"),
    ("three_houses", "house_dreams",
     "his wishes and feelings: to stay at school with his friends"),
    # (the second batch, written after the first was run)
    ("three_houses", "house_dreams", "Tyler's wishes are for mum and dad to get back together"),
    ("three_houses", "house_dreams", "the young person's view is that she should go home"),
]
THE_CHILDS_VIEW = [
    ("three_houses", "house_dreams", "my wish is a puppy"),
    ("three_houses", "house_worries", "nanny's feelings get hurt when dad shouts"),
    ("mapping", "house_dreams", "Mum's wishes are to get a bigger house"),
    # (the second batch, written after the first was run)
    ("three_houses", "house_dreams", "my dream is a big house and my views are of the sea"),
]

# A success goal that names a state or an aim, with nothing the young person will be doing.
SUCCESS_AIMS = [
    ("success", "success_goal", "K will be successful and happy in adult life"),
    ("success", "success_goal", "J will thrive in his new flat"),
    ("success", "success_goal", "M will achieve her potential at college"),
    ("success", "success_goal", "S will make good progress towards independence"),
    ("success", "success_goal", "L will be confident and resilient"),
    ("success", "success_goal", "A will achieve positive outcomes"),
    # (the second batch, written after the first was run)
    ("success", "success_goal", "R will fulfil her aspirations"),
    ("success", "success_goal", "D will be more independent"),
    ("success", "success_goal", "K will flourish at college"),
]
SUCCESS_DOINGS = [
    ("success", "success_goal", "K will pass 5 GCSEs including maths and english"),
    ("success", "success_goal", "J will be living in his own flat and paying his rent on time "
     "each month"),
    ("success", "success_goal", "M will be at college 3 days a week and get the bus there on "
     "her own"),
    ("success", "success_goal", "S will be confident enough to go to the job centre on her own"),
    ("success", "success_goal", "L will be independent with her tablets, taking them every "
     "morning without a reminder"),
    # (the second batch, written after the first was run)
    ("success", "success_goal", "R will be independent in cooking, making her own tea 4 nights a "
     "week by summer"),
]

# A goal where the worker (or the family with them) goes over a written record: how people
# will know ("i'll go over the chart with her every fri").
OVER_A_RECORD = [
    ("wellbeing", "wellbeing_goal", "dad will give K her inhaler morning and night, and i'll "
     "look at the inhaler diary each visit until the summer"),
    ("wellbeing", "wellbeing_goal", "mum will cook a hot tea every night and we'll go through "
     "the meal planner together every mon for 3 months"),
    ("mapping", "safety_goal", "nan will walk the twins to school every day and i'll look over "
     "the late book with the head each fri until july"),
    ("wellbeing", "wellbeing_goal", "dad will be in bed by 11 and up for the school run every "
     "day, and i'll read his sleep diary with him every fortnight until christmas"),
    ("mapping", "safety_goal", "mum will put the baby down in the cot for every sleep and i'll "
     "go over the sleep log with her weekly for 3 months"),
]
# ... a second batch, written after the first was run: a register, and "we will"
OVER_A_RECORD += [
    ("wellbeing", "wellbeing_goal", "mum will take J to nursery every day and we'll look at the "
     "nursery register with the manager each month until july"),
    ("mapping", "safety_goal", "dad will only drink at the pub on sat and we will go through his "
     "drink diary with him every visit for 6 months"),
]
NOBODY_SEES = [
    ("wellbeing", "wellbeing_goal",
     "mum will put the baby down in the cot for every sleep for 3 months"),
    ("wellbeing", "wellbeing_goal", "dad will go over his budget every week until christmas"),
    ("mapping", "safety_goal", "dad will keep a diary of his drinking and read it every night "
     "for 6 months"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), NUMBER_FOR_BETTER)
def test_a_number_for_things_only_better_or_worse_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    assert "What did you see or hear" in reply_to(flow_id, step_id, line)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), SEEMED_WITH_NO_ONE + VIEW_AS_SUBJECT)
def test_the_writers_words_with_no_one_named_are_not_kept_as_the_childs(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert "kept as" in reply, reply
    assert "in your words" in reply or "would read as what they said" in reply, reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), SUCCESS_AIMS)
def test_a_success_goal_of_an_aim_is_asked_what_they_will_be_doing(flow_id: str, step_id: str,
                                                                   line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert "not what anyone will do" in reply, reply


def test_the_aim_is_quoted_whole() -> None:
    reply = reply_to("success", "success_goal", "M will achieve her potential at college")
    assert reply.startswith('"achieve her potential" says'), reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), NOBODY_SEES)
def test_a_goal_nobody_sees_is_still_asked_who_will_see_it(flow_id: str, step_id: str,
                                                           line: str) -> None:
    assert "who will see it" in reply_to(flow_id, step_id, line)


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *NUMBER_FOR_WHAT_CHANGED,
    *THE_CHILDS_WITH_NO_ONE,
    *THE_CHILDS_VIEW,
    *SUCCESS_DOINGS,
    *OVER_A_RECORD,
]

globals().update(review_tests(rows_set(
    "N", SET_N_FLAWED, SET_N_SOUND, asked=asked, fits=_fits, place=_placed, sizes=(30, 30),
    left_flagged=LEFT_FLAGGED,
    flagged_as=lambda case, reply: "would read as what they said too" in reply,
    held_sound=HELD_OUT_SOUND)))
