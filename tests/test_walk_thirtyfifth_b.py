"""The thirty-fifth walk, second part: a school's designated safeguarding lead doing the
pre-referral reflection between lessons (a pupil's full name and date of birth typed by
mistake); a public protection officer adding the police part of a mapping from a partner
link, then deleting it; a team manager preparing group supervision on two cases; a social
worker who began Signs of Wellbeing and wanted a safety mapping. Each test of a defect
failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from tests.test_telegram_handlers import Bot, bot, start_reflection
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import phone, read

__all__ = ["bot"]  # the fixture: the bot

# --- the DSL, between lessons ---------------------------------------------------------------

NAME_AND_BIRTH = ("Kayleigh Brown DOB 12/03/2015 came in with a bruise on her cheek, said "
                  "mums bf hit her")


async def test_a_name_and_a_date_of_birth_are_both_asked_about_at_once(bot: Bot) -> None:
    """The DSL typed a pupil's full name and date of birth into what worries her. She was
    asked only about the name; she took the name out and sent it again, and the date of
    birth was saved without a word (then she was asked to write "DOB" out in full). Both
    are named in the one reminder, and what she sends after it is what is kept."""
    await start_reflection(bot)
    await bot.tap(labelled(bot, "School or college"))
    await bot.say(NAME_AND_BIRTH)
    asked = read(bot)
    assert '"Kayleigh Brown"' in asked
    assert '"DOB 12/03/2015"' in asked
    assert "initials" in asked
    assert "age" in asked
    await bot.say("KB (9) came in with a bruise on her cheek, said mums bf hit her")
    assert read(bot).endswith("is the child safe to go home today?")
    await bot.say("/summary")
    summary = read(bot)
    assert "KB (9) came in with a bruise" in summary
    assert "Kayleigh" not in summary
    assert "2015" not in summary


def test_one_kind_of_personal_data_is_asked_about_as_before() -> None:
    chat = sent_at("reflection", "what_happened", "Kayleigh Brown came in with a bruise")
    assert chat.replies[0].text == (  # type: ignore[union-attr]
        'Part of this looks like a full name ("Kayleigh Brown"). Please use initials or a '
        'role instead ("mum", "T", "the school"), so this draft can\'t identify anyone if the '
        "wrong person sees it.")


# --- the team manager's group supervision, two cases ----------------------------------------


async def two_cases(bot: Bot) -> None:
    """Group supervision preparation for AB-1, then CD-2 up to its third question."""
    for said in ("/new supervision", "AB-1", "thurs 10/12 2pm", "TM, team manager",
                 "/new supervision", "CD-2", "thurs 10/12 2pm", "TM, team manager"):
        await bot.say(said)


async def test_edit_of_the_question_on_screen_shows_it_rather_than_no_such_answer(
        bot: Bot) -> None:
    """On CD-2's "Question 3 of 20" the team manager typed /edit 3 to answer it. She was
    told "There's no answer number 3. Type /review to see the numbers." It is the question
    she is on: she is told so, shown it, and what she sends next is its answer."""
    await two_cases(bot)
    await bot.say("/edit 3")
    said = "\n".join(phone(bot)[-2:])
    assert "no answer number" not in said
    assert "Question 3 is the one you're on" in said
    assert read(bot).startswith("[CD-2] Question 3 of 20")
    await bot.say("how the group can help us to help dad stop drinking")
    await bot.say("/review")
    assert "3. What you want from the group: how the group can help us" in read(bot)


async def test_edit_of_a_question_not_reached_still_says_there_is_no_such_answer(
        bot: Bot) -> None:
    await two_cases(bot)
    await bot.say("/edit 7")
    assert read(bot) == "There's no answer number 7. Type /review to see the numbers."


# --- Signs of Wellbeing that should have been a safety mapping ------------------------------


async def test_the_wrong_tool_said_at_a_question_is_told_how_to_start_the_right_one(
        bot: Bot) -> None:
    """Two answers into Signs of Wellbeing, the social worker realised it should have been
    a safety mapping and typed so. At "Who is in the family" it was saved as who is in the
    family; at a yes or no she was told "Please answer yes or no", and "can I move these
    answers to a safety mapping?" showed the question's help. She is told answers can't be
    moved between tools, how to start a mapping, and that this draft stays saved."""
    await bot.say("/new wellbeing")
    await bot.say("EH-7")
    await bot.say("this should have been a safety mapping")  # at a yes or no
    assert "can't be moved" in phone(bot)[-2]
    assert "Please answer yes or no" not in phone(bot)[-2]
    await bot.tap(labelled(bot, "Yes"))
    await bot.say("mum, dad")  # who they agreed information can be shared with
    for said in ("this should have been a safety mapping",
                 "can I move these answers to a safety mapping?"):
        await bot.say(said)
        told = phone(bot)[-2]
        assert told.startswith(f'I haven\'t saved "{said}"')
        assert "can't be moved" in told
        assert "/new mapping" in told
        assert "stays saved" in told
        assert "Who is in the family and around them?" in read(bot)
    await bot.say("/review")
    assert "safety mapping" not in read(bot)


@pytest.mark.parametrize("typed", [
    "wrong tool", "oops I picked the wrong tool", "I should have done a harm matrix",
    "this should of been a mapping", "switch to safety mapping", "Actually it needs to be a "
    "safety mapping", "how do I move this to the harm matrix?"])
def test_other_ways_of_saying_the_tool_is_wrong_are_read_so(typed: str) -> None:
    chat = sent_at("wellbeing", "family", typed)
    assert "family" not in chat.draft.answers
    assert "can't be moved" in chat.notices()[0]


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("wellbeing", "family", "Mum, dad, T (6); mum says this should have been sorted years ago"),
    ("mapping", "family_view_1", "Dad said it should have been a safety plan not a mapping"),
    ("contribution", "worries", "the school used the wrong form for the referral"),
])
def test_lines_about_a_family_that_name_a_form_are_answers(
        flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == typed


def test_said_again_it_is_the_answer() -> None:
    chat = sent_at("wellbeing", "family", "wrong tool")
    chat.send("wrong tool")
    assert chat.draft.answers["family"] == "wrong tool"


def test_dob_is_not_asked_to_be_written_out() -> None:
    """Told about the name and the date of birth at once, the DSL took out the name only
    and sent it again: she was then asked to "write out what DOB stands for", as if the
    date of birth should be spelled out in full. Her answer is kept as she sent it."""
    chat = sent_at("reflection", "what_happened", NAME_AND_BIRTH)
    chat.send("KB DOB 12/03/2015 came in with a bruise on her cheek")
    assert chat.draft.answers["what_happened"] == \
        "KB DOB 12/03/2015 came in with a bruise on her cheek"
    assert not any("DOB stands for" in said for said in chat.notices())


# --- the police officer's number ------------------------------------------------------------


@pytest.mark.parametrize(("typed", "end"), [
    ("high risk", "near 0"), ("High", "near 0"), ("DASH high", "near 0"),
    ("medium risk", "in the middle"), ("standard risk", "near 10"), ("low", "near 10")])
def test_a_risk_grade_at_the_scale_is_told_where_it_sits(typed: str, end: str) -> None:
    """At "Your number", the officer sent her risk grading, "high risk". She was told to
    send a whole number and offered /back to her answer to what needs to happen, as if it
    belonged there. She is told that 10 is the safe end, where her grade sits, and asked
    for the number."""
    chat = sent_at("contribution", "partner_scale", typed)
    assert "partner_scale" not in chat.draft.answers
    told = chat.notices()[0]
    assert told.startswith(f'I haven\'t saved "{typed}"')
    assert "10 is the safe end" in told
    assert end in told
    assert "/back" not in told
    assert chat.asked == "partner_scale"


def test_a_grade_with_a_number_is_still_the_number() -> None:
    chat = sent_at("contribution", "partner_scale", "3, high risk")
    assert chat.draft.answers["partner_scale"] == 3


@pytest.mark.parametrize(("typed", "number"), [
    ("8 - high risk", 8), ("9, very worried", 9), ("2: low risk", 2),
    ("8, high risk, dad on bail", 8)])
def test_a_number_at_the_wrong_end_for_its_words_is_asked_about_once(
        typed: str, number: int) -> None:
    """"8 - high risk" was saved as 8 with "high risk" as why: on a scale whose 10 is the
    safe end, the conference read a high number for a child the officer saw at high risk.
    It is asked about once, nothing saved; the same line sent again is kept as written."""
    chat = sent_at("contribution", "partner_scale", typed)
    assert "partner_scale" not in chat.draft.answers
    told = chat.notices()[0]
    assert f"You sent {number}" in told
    assert "10 is the safe end" in told
    chat.send(typed)
    assert chat.draft.answers["partner_scale"] == number


@pytest.mark.parametrize("typed", ["2 - high risk", "8, low risk now dad has moved out",
                                   "3, very worried about the new injuries"])
def test_a_number_at_the_end_its_words_say_is_saved(typed: str) -> None:
    chat = sent_at("contribution", "partner_scale", typed)
    assert isinstance(chat.draft.answers["partner_scale"], int)


@pytest.mark.parametrize("typed", ["ch present in flat, dad arrested",
                                   "DC attended, children present in flat when dad arrested",
                                   "mum was at flat when police arrived"])
def test_a_child_present_in_the_flat_is_not_a_label(typed: str) -> None:
    """The officer wrote "ch present in flat" and was asked about "present in flat" as a
    label ("What did the person actually do or say?"): "flat" was read as a flat mood."""
    chat = sent_at("contribution", "worries", typed)
    said = [str(getattr(reply, "text", "")) for reply in chat.replies]
    assert not any("in flat" in line or "at flat" in line for line in said)


@pytest.mark.parametrize("typed", ["mum presents as flat", "mum was very flat and tearful",
                                   "Mum is flat"])
def test_a_flat_mood_is_still_asked_about(typed: str) -> None:
    chat = sent_at("contribution", "worries", typed)
    assert "worries" not in chat.draft.answers


def test_a_number_and_its_grade_without_a_stop_are_read_as_number_and_why() -> None:
    """"3 high risk, dad on bail" typed without a stop was refused ("Please send one whole
    number") with the way back to the answer before, as if the words belonged there."""
    chat = sent_at("contribution", "partner_scale", "3 high risk, dad on bail")
    assert chat.draft.answers["partner_scale"] == 3
    held = chat.draft.pending  # (its words are asked about, as any reason's are)
    assert held is not None
    assert (held.step_id, held.value) == ("partner_scale_why", "high risk, dad on bail")
    chat = sent_at("contribution", "partner_scale", "8 high risk, dad on bail")
    assert "You sent 8" in chat.notices()[0]
