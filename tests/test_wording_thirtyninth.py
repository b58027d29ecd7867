"""The thirty-eighth pass's wording leftovers, each fixed as a general behaviour and met
through the real flows (the real engine, the real nudger, the shipped flow files): a child
who does not speak said to have no view, short forms in whose views are missing, initials
before a role, "shd", a number corrected past the question of why, a note of being unsure in
the family's words, and a date with "as above". Each test of a defect failed on the code as
it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from tests.cases import reach
from tests.test_review_language_twentyninth import asked, reply_to
from tests.test_walk_thirtyfirst import FLOWS, sent_at

# --- how the child's view was heard: a child who does not speak still has a view --------------

UNHEARD = [
    "J is non-verbal and has autism so was unable to share his views",  # the walk's own
    "A is 8 months old and pre-verbal so views could not be obtained",
    "L has no speech; unable to gather her wishes and feelings",
    "Too young to give a view.",
    "M can't talk yet so hasn't been able to tell us what he thinks",
    "Non-verbal - views not sought",
    # ... the reason the child's own in other words: their age, a disability, their needs
    "Unable to ascertain wishes and feelings due to age",
    "Due to his disability he could not share his views",
    "Has limited communication so could not give his views",
    "K has complex needs and autism, so we could not get her views",
    "N/A - 4 months old",
    "Baby is 6 weeks old.",
]


@pytest.mark.parametrize("flow_id", ["mapping", "wellbeing"])
@pytest.mark.parametrize("line", UNHEARD)
def test_a_child_who_does_not_speak_is_asked_how_their_view_was_gathered(
        flow_id: str, line: str) -> None:
    """At "How was the child's view heard?" a social worker wrote "J is non-verbal ... so was
    unable to share his views", and it went through. A child who does not speak still has a
    view: what they show in play, signs or pictures, how they are with the people around
    them, what a trusted adult who knows them sees. She is asked how it was gathered."""
    reply = reply_to(flow_id, "child_view_how", line)
    assert "still has a view" in reply
    assert "How was it gathered" in reply


@pytest.mark.parametrize("line", [
    "Social worker, at school, with My Three Houses; T chose to start with the good things.",
    "T is 18 months old; this is what nursery and the health visitor see of her.",
    "J is non-verbal; his teacher, who knows his Makaton signs, sat with him with picture "
    "cards and he pointed to the sad face for home",
    "A is 8 months old and pre-verbal; I watched her with mum at home and she reached for "
    "mum when upset",
    "Not seen yet: D was at his dad's, visit booked for Friday",
    "D was unable to speak to me as mum stayed in the room; I will see him at school Friday",
    "Views not yet gathered - not seen, visit booked for Friday",
    "D did not want to talk to me; I will try again at school with his key worker",
    "K has autism; she chose the faces on her tablet to show how home feels",
])
def test_a_view_heard_or_a_reason_not_yet_is_left_alone(line: str) -> None:
    assert asked("mapping", "child_view_how", line) is None


# --- short forms in a record: whose views are missing, how the child was heard -----------------


@pytest.mark.parametrize("flow_id", ["mapping", "contextual", "success"])
def test_short_forms_in_whose_views_are_missing_are_asked_about(flow_id: str) -> None:
    """At "Whose views are not in here yet, and why?" a social worker wrote "NP and HV views
    outstanding, IRD pending" and it went through, though a conference reads it: the
    question had only the check for names, taken off the wording check because a record
    ("gp - not responded yet") was asked what happened. The short forms are asked about
    there now, and only they."""
    reply = reply_to(flow_id, "views_missing", "NP and HV views outstanding, IRD pending")
    assert '"HV": Could you write "health visitor" in full?' in reply
    assert '"IRD": Could you write out what IRD stands for' in reply


def test_a_short_form_in_a_record_is_only_asked_to_be_written_out() -> None:
    """(In a record a listed short form is asked what it stands for, not what happened:
    "MH" elsewhere asks how the adult's health shows day to day.)"""
    assert reply_to("mapping", "views_missing", "Mum's MH worker has not replied").startswith(
        'You wrote "MH". Could you write out what MH stands for? Once in full is enough')


def test_short_forms_in_how_the_child_was_heard_are_asked_about() -> None:
    reply = reply_to("mapping", "child_view_how", "SW saw K at school with the SENCO, 3 Dec")
    assert '"SW"' in reply


@pytest.mark.parametrize("line", [
    "R has not met us yet; the GP has not replied.", "gp - not responded yet",
    "Police referral 3 May", "D's dad, who lives in another town; the bus station team.",
    "Dad has not been seen: he missed two visits and did not answer letters"])
def test_a_record_with_no_short_form_is_still_left_alone(line: str) -> None:
    assert asked("mapping", "views_missing", line) is None


# --- initials, then a role: a person --------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Mum rang MP, senior practitioner, on 3 Dec to say dad had moved back in",  # the walk's own
    "Mum rang MP (senior practitioner) on 3 Dec to say dad had moved back in",
    "Mum rang MP - team manager - on 3 Dec to say dad had moved back in",
    "Mum rang JAB, social worker, on 3 Dec to say dad had moved back in",
    "Mum told KLM, the family support worker, on 3 Dec that dad had moved back in",
    "Mum rang MP / senior practitioner on 3 Dec to say dad had moved back in",
    "Mum rang senior practitioner MP on 3 Dec to say dad had moved back in",
    "Mum rang the social worker JAB on 3 Dec to say dad had moved back in"])
def test_initials_before_a_role_are_a_person(line: str) -> None:
    """A social worker named the senior practitioner by her initials, "MP, senior
    practitioner", and was asked when the young person went missing ("In police notes MP
    is a missing person"). Initials with a role straight after them are a person."""
    assert asked("mapping", "danger_behaviour", line) is None


@pytest.mark.parametrize(("line", "short"), [
    ("Dad was reported MP x4 since Oct, each time found in town", "MP"),
    ("Mum rang the HV, social worker and GP on 3 Dec to say dad had moved back in", "HV"),
    ("Dad told the social worker MP x4 since Oct, each time found in town", "MP"),
    ("Mum told the youth worker CSE concerns about D on 3 Dec", "CSE")])
def test_a_short_form_beside_roles_is_still_asked_about(line: str, short: str) -> None:
    assert f'"{short}"' in reply_to("mapping", "danger_behaviour", line)


# --- "shd" is "should" ----------------------------------------------------------------------


@pytest.mark.parametrize(("step_id", "line"), [
    ("next_steps", "Mum should engage with services"),
    ("next_steps", "someone should speak to dad"),
    ("danger_behaviour", "mum should have known what he was doing"),
    ("danger_behaviour", "I think mum should leave him"),  # (what may happen: no claim)
])
@pytest.mark.parametrize("short", ["shd", "shld", "shud"])
def test_shd_is_read_as_should(step_id: str, line: str, short: str) -> None:
    """"Mum shd engage with services" went through where "Mum should engage with services"
    is asked what will change for the child; "someone shd speak to dad" and "mum shd have
    known" were let through the same way. "shd", "shld" and "shud" are read as "should"."""
    written = line.replace("should", short)
    assert asked("mapping", step_id, written) == \
        ((asked("mapping", step_id, line) or "").replace("should", short) or None)


def test_should_is_still_not_what_could_happen_in_a_danger_statement() -> None:
    statement = "The school and I are worried that R pushes S into the wall while T (6) " \
                "watches. If nothing changes T shd be hurt."
    assert "what could happen to the child" in reply_to("supervision", "danger_statement",
                                                        statement)


# --- a number corrected at the question after its why ---------------------------------------


@pytest.mark.parametrize("typed", ["no actually 5", "sorry, 5 not 3", "make that 5"])
def test_a_number_corrected_after_its_why_changes_it(typed: str) -> None:
    """In group supervision a team manager gave 3 and why, then typed "no actually 5" at
    "How the number has moved": it was saved as that answer and the scale stayed 3. The
    number is changed, said so, and the question is asked again."""
    chat = reach(FLOWS["supervision"], "scale_moved")  # the case plan's scale: 3, and why
    chat.send(typed)
    assert chat.draft.answers["my_scale"] == 5
    assert "scale_moved" not in chat.draft.answers
    assert "from 3 to 5" in " ".join(chat.notices())
    assert chat.asked == "scale_moved"


@pytest.mark.parametrize("typed", ["3 since June, no change", "no, still 3 since June"])
def test_how_the_number_moved_is_still_the_answer(typed: str) -> None:
    chat = reach(FLOWS["supervision"], "scale_moved")
    chat.send(typed)
    assert chat.draft.answers["my_scale"] == 3
    assert chat.draft.answers["scale_moved"] == typed


# --- the Harm Matrix's "What they say": the family's own words -------------------------------


def test_the_familys_words_of_not_understanding_are_kept_in_the_harm_matrix() -> None:
    """At the Harm Matrix's "What have they said about it, in their own words?" a social
    worker wrote dad's reply: "not sure what you mean - I have never hit her". "not sure what
    you mean" was left out as a note to the bot, as at "How the family sees it" before. It
    is the family's words, kept whole."""
    typed = "not sure what you mean - I have never hit her"
    chat = sent_at("harm_matrix", "harm_accepted_detail_1", typed)
    assert chat.draft.answers["harm_accepted_detail_1"] == typed
    assert "reads as a note to me" not in " ".join(chat.notices())


def test_the_familys_view_in_the_harm_matrix_is_theirs_and_short_forms_still_asked() -> None:
    assert asked("harm_matrix", "harm_accepted_detail",
                 'Mum says dad is "a good dad" and the school is making a fuss') is None
    assert '"DV"' in reply_to("harm_matrix", "harm_accepted_detail",
                              "Dad says the DV was just shouting")


# --- "as above" with a date ------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "28/11 as above",  # the walk's own
    "as above, 28/11", "Tues 28th Nov - see above", "28.11.26 same as above",
    "On 28 November, as above", "Last Friday, as above"])
def test_a_date_with_as_above_is_asked_for_in_full(line: str) -> None:
    """At "When was the most recent time, and what happened?" a social worker typed "28/11
    as above": saved, and in the summary, where answers are sorted into columns, nothing
    is above it. A date with "as above" is asked to be written out, as "as above" is."""
    assert "points to another answer" in reply_to("mapping", "recent_harm", line)


@pytest.mark.parametrize("line", [
    "On 28/11, the same as the week before, dad pushed mum into the wall",
    "28/11: mum found K alone on the landing again"])
def test_a_date_with_what_happened_is_the_answer(line: str) -> None:
    assert asked("mapping", "recent_harm", line) is None
