"""A sentence that says only what the services did is asked what happened for the child;
what happened, what someone in the family did, and what is still to be done are not."""

from __future__ import annotations

import pytest

from flows.checks.plain_language import find_wording
from flows.checks.words import load_word_list
from flows.nudges import describe, plain_language

WORDS = load_word_list()


@pytest.mark.parametrize("answer", [
    "The core group met and the plan was reviewed.",
    "Support has been offered but not taken up.",
    "Mum was sent to the food bank and offered a place on a course.",
    "Home visit undertaken, family seen, no concerns noted.",
    "the working agreement was signed by both parents",
    "A meeting took place and the case remains open."])
def test_what_the_services_did_is_asked_what_happened_for_the_child(answer: str) -> None:
    nudge = plain_language(answer, WORDS)

    assert nudge is not None
    assert "says what the services did" in nudge
    assert "What happened for the child, or what did someone in the family do, and when?" in nudge


@pytest.mark.parametrize("answer", [
    "Dad met me at the flat on Tuesday and showed me the new beds for the girls.",
    "The school made a referral after T came in with a burn on her arm.",
    "Mum went to all six parenting sessions and used the reward chart with T every evening.",
    "Both parents came to the core group and Dad spoke about how he stopped using.",
    "When I visited, Mum was asleep on the sofa and the baby was crying in the cot.",
    'Dad said "the plan is a joke, nobody listens".',
    # A practitioner's walk: a police call-out is something that happened at home, and
    # other people in the child's life are not the services.
    "since T was a baby - 6yrs? first police call out 2022",
    "police: 2, third call-out this year",
    "snapchat - the men message him at night",
    # The fifteenth pass's walk: what could happen to the child is not what the services did,
    # and police called by a neighbour came to an event at home.
    "T could not get the food she needs to grow",
    "A could lose more weight and not get the food she needs to grow.",
    "K could go without the care he needs at night",
    "2nd dec (above) - police called by neighbour",
    "Police called out to the home after a row.",
    # The sixteenth pass's walk: people in the child's life doing things to the child.
    "snapchat messages from unknown adults offering money",
    "Y gets snapchat messages from unknown adults offering her money for pictures",
    "older lads at the park offered him a lift and £20"])
def test_what_happened_or_what_someone_in_the_family_did_is_left_alone(answer: str) -> None:
    assert find_wording(answer, WORDS) == []


@pytest.mark.parametrize("answer", [
    "We will chase the school for the attendance figures.",
    "Next steps: I will visit on Tuesday after school and see both children on their own.",
    "Social worker will see Kai on his own at school every week until the review.",
    "Case to remain open until Dad has finished the course.",
    "Nursery will keep a note of what Mia eats at lunch and show Mum each Friday.",
    "Nan will bring the kids to the review so they can say what they want.",
    "The review will look at whether Dad has kept to the agreement.",
    "I will see the new bed at the next visit.",
    "I'll see it on my visit that afternoon.",
    "Mark will give a urine test at the drug service every Friday.",
    "The police will disrupt the men who wait outside the college, and the network will "
    "review this every fortnight.",
    "Visits to Nan's will increase to every weekend so the girls see her more.",
    "The case will close once Mum has been sober for 6 months.",
    "The school uses ClassDojo to send messages home.",
    "The family support worker will start visiting on Monday to help with bedtimes.",
    # The "who will see it" of a safety goal, read alone.
    "The network will check this at each monthly meeting for six months.",
    "This will stay in place until the next review conference in six months.",
    "The family support worker will visit weekly for three months to see this.",
    "The police will tell the social worker about any call-outs.",
    "The drug service will share the results with the social worker for the next nine months."])
def test_a_next_step_about_the_family_or_what_they_did_is_left_alone(answer: str) -> None:
    """What needs to happen, with who, what and when, that concerns the child or the adults:
    someone of the family is in it, or what they did is what will be seen."""
    assert find_wording(answer, WORDS) == []


@pytest.mark.parametrize("answer", [
    "We will meet again in four weeks to review the plan.",
    "We will review in 3 months.",
    "Nursery will keep a log and bring it to the next review.",
    "Social worker to complete a parenting assessment by end of month.",
    "Social worker will arrange a core group by Friday.",
    "I'll book the network meeting for the 14th.",
    "Team manager to decide by 1 July whether the case steps down.",
    "Core group to be arranged by the social worker within 10 working days."])
def test_a_next_step_of_the_services_with_who_and_when_is_left_alone(answer: str) -> None:
    """Next steps are who does what by when (DOMAIN.md): the services' own actions among
    them are what a plan is made of, when someone will do them by a time."""
    assert find_wording(answer, WORDS) == []


@pytest.mark.parametrize("answer", [
    "Social worker to arrange a core group.",
    "The plan is to review the case at the next meeting.",
    "Social worker to arrange a child in need meeting.",
    "Case to stay open until the review in June.",
    "The case will remain open to the team for another six weeks.",
    "Assessment to be completed within 45 working days.",
    "Plan to be reviewed at the next core group.",
    "Home visits to reduce to fortnightly.",
    "Visits will increase to twice weekly.",
    "Team manager to decide whether the case steps down.",
    "I will look into a family group conference at some point.",
    "We'll look at a family meeting at some point."])
def test_a_next_step_that_is_only_the_services_own_process_is_asked(answer: str) -> None:
    """Nobody of the family is in it and nothing happens in anyone's life: what the services
    will do to their own cases, meetings, visits and logs, with nobody to do it or no time
    to do it by (corpus G's practice lead)."""
    assert [h.kind for h in find_wording(answer, WORDS)] == ["services"], answer


def test_a_referral_to_be_made_by_nobody_is_asked_who_makes_it_and_by_when() -> None:
    """A referral said in the passive, with no one to make it, is a step nobody owns: asked
    who will make it and by when (the thirty-first pass's wording reviews), which a plan needs
    before whether it is only the services' own process."""
    answer = "A referral to be made to the parenting service."
    assert [h.kind for h in find_wording(answer, WORDS)] == ["next step"]
    assert "who will do it, by when" in str(describe(answer, WORDS, "answer"))


@pytest.mark.parametrize("answer", [
    "GP notified and a copy of the plan sent.",
    "Police were informed and a crime reference number given.",
    "Referral passed to the early help hub.",
    "File handed over to the new social worker.",
    "I have rung the nursery and am waiting for a call back.",
    "Emailed the school nurse, still waiting to hear back.",
    "Mum offered a referral to the Freedom Programme.",
    "Invitation sent to both parents for the conference on the 3rd.",
    "Manager informed and case discussed in supervision.",
    "Adults were offered a parenting course."])
def test_an_agency_told_a_case_passed_on_and_a_place_offered_are_process(answer: str) -> None:
    assert [h.kind for h in find_wording(answer, WORDS)] == ["services"], answer


@pytest.mark.parametrize("answer", [
    "Police will tell Mum the day he is released.",
    "Mum was informed of the decision and said she was relieved.",
    "School informed us that Jade was late 6 times this term.",
    "Dad passed his driving test and now drives the kids to school.",
    "I'm waiting to hear from Mum about whether Nan can have the kids.",
    "Mum offered to have her sister's kids on Fridays.",
    "Letter from Mum's GP says she has been taking her tablets every day since May.",
    "The log from nursery shows Mia arrived hungry on 8 of 10 days.",
    "I rang Mum and she told me Dad had left.",
    "Dad's solicitor sent a letter.",
    "The phone signal was patchy so the call dropped."])
def test_telling_waiting_and_offering_with_the_family_in_it_are_left_alone(answer: str) -> None:
    assert find_wording(answer, WORDS) == []


def test_a_decision_about_the_harm_itself_is_a_record_left_alone() -> None:
    assert find_wording("The plan for neglect was ended at the review conference.", WORDS) == []


def test_the_language_check_names_it_as_process() -> None:
    assert describe("Visits were carried out as per the plan", WORDS) == (
        '"Visits were carried out as per the plan" (what the services did, nothing that '
        "happened)")


def test_a_listed_process_word_keeps_its_own_question() -> None:
    nudge = plain_language("A strategy discussion took place.", WORDS)

    assert nudge is not None
    assert nudge.startswith('You wrote "strategy discussion".')


def test_a_process_sentence_beside_a_label_gets_both_questions() -> None:
    nudge = plain_language("Dad is volatile. The case was closed and transferred.", WORDS)

    assert nudge is not None
    assert '"volatile"' in nudge
    assert '"The case was closed and transferred": What happened for the child' in nudge


@pytest.mark.parametrize("answer", [
    "I completed a home visit and updated the chronology.",
    "multi agency meeting held and all agencies agreed to continue with the current plan",
    "Parenting assessment commenced, mum has attended 3 of 6 sessions so far.",
    "Mum has been referred to the Freedom Programme and a start date is awaited.",
    "Paperwork has gone to legal and a date for the gateway meeting is pending."])
def test_the_workers_own_tasks_and_a_familys_attendance_are_process(answer: str) -> None:
    assert [h.kind for h in find_wording(answer, WORDS)] == ["services"], answer


@pytest.mark.parametrize("answer", [
    "Support has been ongoing since March and Mum now baths the kids every night before bed.",
    "Case closed in January after eight months with no police callouts and J back at school.",
    "The risk assessment was signed off after the smoke alarms were fitted."])
def test_what_followed_the_services_work_is_left_alone(answer: str) -> None:
    assert find_wording(answer, WORDS) == []


@pytest.mark.parametrize("answer", [
    "Child in need meeting held, plan reviewed.",
    "Family group conference held and plan agreed.",
    "Emailed the health visitor asking for an update, awaiting response.",
    "Texted the social worker, chased the referral.",
    "Phoned school, left message, will try again Monday.",
    "Professionals meeting held and minutes sent out.",
    "Discussed in supervision, case to stay open."])
def test_the_services_calls_messages_and_meetings_named_for_a_family_are_process(
        answer: str) -> None:
    """"Child" in "child protection conference" is the meeting's name; ringing and emailing
    with nobody of the family in the sentence is the services' own work; a decision that a
    case stays open is not a step still to take; what was done is read before "will"."""
    assert [h.kind for h in find_wording(answer, WORDS)] == ["services"], answer


@pytest.mark.parametrize("answer", [
    "The child asked for help at school and a referral was made.",
    "Mum rang the school to say the kids were ill, and the visit was cancelled.",
    "Child protection conference held on 4/6; Mum told the conference Dad had moved back in.",
    "Rang Nan, she said the boys stayed with her all weekend and the plan was agreed.",
    "Case to remain open while Dad's court case goes on.",
    'The teacher wrote in her email: "S flinched when I raised my hand."'])
def test_a_call_or_a_meeting_with_what_the_family_said_or_did_is_left_alone(
        answer: str) -> None:
    assert find_wording(answer, WORDS) == []


# Fifteenth round: a next step that says neither who will do it nor by when.
@pytest.mark.parametrize("answer", [
    "Somebody from the team will pick this up when capacity allows.",
    "A family group conference is to be arranged.",
    "Mum and the boys to be offered a place at the young carers group.",
    "The duty worker will chase the housing application as and when."])
def test_a_next_step_with_nobody_or_no_time_is_asked_who_and_by_when(answer: str) -> None:
    assert [h.kind for h in find_wording(answer, WORDS)] == ["next step"], answer
    nudge = plain_language(answer, WORDS)
    assert nudge is not None
    assert "Who will do it, and by when?" in nudge


@pytest.mark.parametrize("answer", [
    "I will ring the young carers group on Monday and ask if they have a place for K.",
    "A family group conference is to be arranged by the social worker within 10 days.",
    "Nan says she will have the boys when needed.",
    "Dad will keep going to his meetings going forward, he told me."])
def test_a_next_step_with_who_and_when_or_the_familys_own_is_left_alone(answer: str) -> None:
    assert find_wording(answer, WORDS) == [], answer


@pytest.mark.parametrize("answer", [
    "Decided at the professionals meeting to move to a child protection conference.",
    "Invitation posted to both parents.",
    "Copies of the plan given to Mum and Dad."])
def test_a_decision_or_a_note_of_what_was_sent_is_process(answer: str) -> None:
    assert [h.kind for h in find_wording(answer, WORDS)] == ["services"], answer


@pytest.mark.parametrize("answer", [
    "Dad's solicitor sent a letter.",
    "Mum showed me the letter the school sent her about T's attendance."])
def test_a_letter_someone_else_sent_is_left_alone(answer: str) -> None:
    assert find_wording(answer, WORDS) == [], answer


# Sixteenth round: a next step with nobody and no time, or one left to a meeting, is asked
# about; the same words with who and when, or a call-out told with what happened, are not.
@pytest.mark.parametrize(("answer", "plain"), [
    ("School will keep an eye on him.",
     "Nan will keep an eye on them every Saturday while mum works."),
    ("Further work needed around boundaries and routines.",
     "Dad needed more work on the car before it passed its MOT."),
    ("D said he is scared of mum's new man so this will be followed up at the next review.",
     "I will see D on his own tomorrow and tell mum what he says before the review.")])
def test_a_step_with_nobody_no_time_or_left_to_a_meeting_is_asked_about(
        answer: str, plain: str) -> None:
    assert "process" in [h.kind for h in find_wording(answer, WORDS)], answer
    assert find_wording(plain, WORDS) == [], plain


def test_paperwork_to_be_done_by_nobody_named_is_a_vague_next_step() -> None:
    assert [h.kind for h in find_wording("A referral will be made to early help.", WORDS)] == [
        "next step"]
    assert find_wording("A referral will be made to early help by the social worker on Monday.",
                        WORDS) == []


def test_police_called_out_and_what_was_happening_each_time_is_plain() -> None:
    assert find_wording("Police have been called to the house twice.", WORDS) != []
    assert find_wording("Police have been called to the house 4 times since August, each time "
                        "dad was shouting at mum with the children in the house.", WORDS) == []


# Eighteenth round: the family told to take part in something of the services, with nothing
# of what will be different for the child ("compliance, not safety").
@pytest.mark.parametrize("answer", [
    "Dad will go on a parenting course.",
    "Mum and her partner must go to the drug and alcohol service.",
    "Mom to complete the parenting program within 6 weeks.",
    "Mum's partner to attend the Caring Dads programme starting in January.",
    "Parents are expected to attend every core group and all appointments.",
    "Carers to work with the family support worker weekly.",
    "dad needs 2 do the freedom programme asap",
    "Mum will go to counselling.",
    "Both parents have agreed to sign up for the Incredible Years sessions by Friday.",
    "Next steps: mum to see the doctor about her drinking.",
    "Dad to attend a perpetrator programme",
    "Parents to complete a parenting course by March",
    "Mum needs to attend the Freedom Programme",
    "parents need to sign the written agreement",
    "Dad to attend the alcohol clinic appointments.",
    "Mum to attend therapy sessions."])
def test_the_family_told_only_to_take_part_is_asked_what_changes_for_the_child(
        answer: str) -> None:
    assert [h.kind for h in find_wording(answer, WORDS)] == ["compliance"], answer
    nudge = plain_language(answer, WORDS)
    assert nudge is not None
    assert "what will be different for the child" in nudge


@pytest.mark.parametrize("answer", [
    # What the taking part is for, or the child in it.
    "Mum to attend all of K's health appointments.",
    "Dad will work with the family support worker on a bedtime routine for the boys.",
    "Mum to attend the Women's Aid group and stop letting Dad in when he is drunk.",
    "Dad to attend the course, and be home sober by 6pm each night when he has the kids.",
    "Mum will attend the Freedom Programme, she says, so she can spot the signs earlier.",
    # Doing something other than taking part, or a professional's own dated step.
    "Mum will take K to the GP on Friday.",
    "Mum will see her sister every Saturday.",
    "Parents to attend the school to collect the children on time.",
    "SW to ring the school by Fri 5pm to check if K has been in every day this week.",
    "Social worker to complete the assessment within 45 working days.",
    "Children to be seen weekly by the social worker.",
    "Nan collects T from school at 3.15 every day.",
    # The adult's own work, learning or time with the child, or the family's own meeting.
    "Mum has to go to work on Monday.",
    "Mum is going to do a hairdressing course.",
    "Dad needs to finish his college course by June.",
    "Dad to attend contact sessions twice weekly.",
    "Family to attend the family group conference on 3/5.",
    "Mum to see the health visitor at the baby clinic on Tuesday.",
    # The care of the child's own health, therapy and schooling, or the baby's before birth:
    # taking the child there is what changes for the child.
    "Mum to attend the paediatric appointment on Monday.",
    "Parents to attend the audiology appointment.",
    "Mum to attend the dentist appointments.",
    "Mum to attend the fracture clinic appointment next week.",
    "Mum will continue to attend the play therapy sessions.",
    "Parents to attend the speech and language therapy sessions.",
    "Mum to attend the nursery settling in sessions.",
    "Mum to attend all antenatal appointments",
    "Mum to attend her midwife appointments by 20 weeks",
    "Mum to attend all school meetings.",
    "Parents to attend the CAMHS sessions.",
    "Mum to attend the health visitor checks.",
    # What happened, a refusal or a question.
    "Mum attended the Freedom Programme and now rings Nan when Dad turns up drunk.",
    "Mum refused to sign the agreement.",
    "Mum to attend the Freedom Programme?"])
def test_taking_part_with_what_it_is_for_or_what_happened_is_not_asked_about(
        answer: str) -> None:
    assert "compliance" not in [h.kind for h in find_wording(answer, WORDS)], answer
