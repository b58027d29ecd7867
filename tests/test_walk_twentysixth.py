"""The twenty-sixth walk: a health visitor's Harm Matrix on an unborn baby, unsure of the
words and leaning on /help, /back and /skip; a police officer's contextual mapping pasted from
a police system; a child's social worker typing a 7-year-old's three houses verbatim; a team
lead and a school nurse partner who answers halfway and comes back a day later; and a
newcomer trying the README's command without a Telegram token. Each test of a defect failed
on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from builders import EngineChat

from flows.checks.privacy import name_in_label
from flows.loader import load_flows
from flows.replies import Nudge
from tests.conftest import run_sosbot
from tests.telegram_world import World, bot_world, shown
from tests.test_teams_partners_e2e import LEAD, lead_with_a_mapping, partner_link
from tests.test_teams_partners_e2e import world as partners_world
from tests.test_walk_seventeenth import reach

__all__ = ["partners_world"]  # the fixture

FLOWS = load_flows()
NURSE = 6262
NURSE_WORRY = ("T told me she hasn't had breakfast most days this month, and she was crying in "
               "the medical room on 3 March")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with bot_world(tmp_path / "bot.db") as the_world:
        yield the_world


@pytest.mark.parametrize("asking", [
    "what does caregiver behaviour mean?", "What does danger statement mean",
    "what's a danger statement?", "what is meant by severity?",
    "what do you mean by whose information?"])
def test_asking_what_a_word_means_is_not_saved_as_the_answer(asking: str) -> None:
    """A health visitor new to the Harm Matrix, asked whose information is in it, typed
    "what does caregiver behaviour mean?". It was saved as her answer, and the record at the
    top of the summary read "Who contributed: what does caregiver behaviour mean?"."""
    chat = reach(FLOWS["harm_matrix"], "network")
    chat.send(asking)
    assert "network" not in chat.draft.answers
    assert chat.notices("help")
    chat.show()
    assert chat.asked == "network"


def test_asking_what_a_word_means_twice_is_kept_as_words_someone_said() -> None:
    """What a parent asked may be what the worker records: sent again, it is the answer."""
    chat = reach(FLOWS["mapping"], "family_view_1")
    chat.send("what does significant harm mean?")
    assert "family_view_1" not in chat.draft.answers
    chat.send("what does significant harm mean?")
    if chat.draft.pending is not None:  # asked about its wording, and kept
        chat.command("keep")
    assert chat.draft.answers["family_view_1"] == "what does significant harm mean?"


@pytest.mark.parametrize("unsure", ["idk", "IDK", "no idea", "not a clue"])
def test_not_knowing_what_could_happen_is_not_drafted_into_the_danger_statement(
        unsure: str) -> None:
    """Asked what could happen to an unborn baby if nothing changes, the health visitor
    typed "idk". The danger statement offered to her ended "...it is likely that it will
    happen again, and idk." ("don't know" was already left out)."""
    chat = reach(FLOWS["harm_matrix"], "danger_impact_1")
    chat.send(unsure)
    assert chat.asked == "danger_statement_1"
    assert unsure.lower() not in (chat.question.suggestion or "").lower()


@pytest.mark.parametrize(("flow_id", "before", "drafted"), [
    ("harm_matrix", "danger_impact_1", "danger_statement_1"),
    ("mapping", "danger_impact_1", "danger_statement_1"),
    ("wellbeing", "worry_impact_1", "worry_statement_1")])
def test_with_nothing_to_draft_from_the_question_does_not_say_here_is_one(
        flow_id: str, before: str, drafted: str) -> None:
    """Having typed "don't know" for what could happen to the baby, the health visitor read
    "Here is a danger statement built from your answers. Use it as it is, or send your own
    version." and nothing after it: there was none to use."""
    chat = reach(FLOWS[flow_id], before)
    chat.send("don't know")
    assert chat.asked == drafted
    assert chat.question.suggestion is None
    assert "Here is" not in chat.question.ask
    assert "your own" in chat.question.ask
    chat.command("back")
    chat.send("She could be badly hurt and frightened")
    assert chat.question.suggestion
    assert chat.question.ask.startswith("Here is")


@pytest.mark.parametrize("yes", ["yes", "Yes", "yeah", "y", "Yes."])
def test_yes_to_who_the_child_does_not_want_told_asks_who(yes: str) -> None:
    """Asked "did the child name anyone who must NOT see or hear this?", a social worker
    typed "yes". The summary read "Not to be shared with (the child's wish): yes" under a
    warning not to share with "the person they named": nobody could tell who that was."""
    chat = EngineChat(FLOWS["three_houses"])
    chat.start()
    assert chat.asked == "not_told"
    chat.send(yes)
    assert "not_told" not in chat.draft.answers
    assert chat.asked == "not_told"
    (said,) = chat.notices("problem")
    assert "who" in said.lower()
    chat.send("Daddy")
    assert chat.draft.answers["not_told"] == "Daddy"


def test_yes_to_whether_the_child_said_anything_asks_for_their_words() -> None:
    """A partner asked "Has the child said anything to you...? Write only their words" who
    typed "yes" gave the lead a contribution reading "What the child said: yes"."""
    chat = reach(FLOWS["contribution"], "child_said")
    chat.send("yes")
    assert "child_said" not in chat.draft.answers
    assert chat.notices("problem")
    chat.send("yes")  # sent again: the child's own word, kept as said
    assert chat.draft.answers["child_said"] == "yes"


def test_a_piped_yes_where_who_is_asked_is_kept_and_the_next_line_answers_the_next(
        tmp_path: Path) -> None:
    """From a file nobody is there to send it again: the line is kept as written, and the
    chat goes on rather than stopping there."""
    done = run_sosbot("chat", "--flow", "three_houses", "--db", str(tmp_path / "c.db"),
                      input="TH-1\nyes\nAll of it\n", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Who did the child say could see it?" in done.stdout


def test_yes_where_it_answers_the_question_is_kept() -> None:
    """"Has the number changed since the case was last looked at?": yes is an answer."""
    chat = reach(FLOWS["supervision"], "scale_moved")
    chat.send("yes")
    assert chat.draft.answers["scale_moved"] == "yes"


@pytest.mark.parametrize("back", ["hi", "Hello!", "Good morning", "hi, where was I?",
                                  "where was I", "I'm back", "Hiya, I'm back",
                                  "where did I get to?"])
def test_hello_coming_back_hours_later_is_not_saved_as_the_answer(back: str) -> None:
    """Coming back to her mapping after a home visit, a social worker typed "hi, where was
    I?": it was saved as who contributed, and the record at the top of the summary read
    "Who contributed: hi, where was I?". The question is shown again instead."""
    chat = reach(FLOWS["mapping"], "network")
    chat.send(back)
    assert "network" not in chat.draft.answers
    assert chat.asked == "network"
    assert any("where you were" in said for said in chat.notices())


def test_evening_alone_is_an_answer_to_when() -> None:
    chat = reach(FLOWS["harm_matrix"], "harm_frequency_1")
    chat.send("evening")
    assert chat.draft.answers["harm_frequency_1"] == "evening"


def test_hello_in_a_childs_own_words_is_kept() -> None:
    chat = reach(FLOWS["three_houses"], "house_good")
    chat.send("hello nana")
    chat.send("hi")
    chat.send("done")
    assert chat.draft.answers["house_good"] == ["hello nana", "hi"]


async def nurse_halfway(world: World) -> str:
    """A lead's mapping, and the school nurse through its link up to what is going well;
    the link's code."""
    await lead_with_a_mapping(world)
    code = await partner_link(world, "Health")
    await world.open_link(NURSE, code, first_name="Nurse")
    await world.say("ok", user=NURSE)
    await world.answer("school nurse", user=NURSE)
    await world.answer(NURSE_WORRY, user=NURSE)
    return code


async def test_a_partner_back_through_the_link_a_day_later_says_hi_and_is_shown_the_question(
        partners_world: World) -> None:
    """A school nurse answered three of the eight questions, was called away, and opened the
    link again the next day. She typed "hi, where was I?", which was saved as what is going
    well for the child and sent to the lead as such."""
    world = partners_world
    code = await nurse_halfway(world)
    assert "What is going well" in world.texts(NURSE)[-1]
    await world.open_link(NURSE, code, first_name="Nurse")
    assert "already answering" in "\n".join(world.texts(NURSE)[-3:])
    await world.say("hi, where was I?", user=NURSE)
    assert "What is going well" in world.texts(NURSE)[-1]
    await world.answer("Nan brings her to every appointment", user=NURSE)
    await world.command("review", user=NURSE)
    review = world.texts(NURSE)[-1]
    assert "Nan brings her to every appointment" in review
    assert "where was I" not in review


def test_a_piped_hello_stops_the_chat_rather_than_shift_every_line_after_it(
        tmp_path: Path) -> None:
    done = run_sosbot("chat", "--flow", "reflection", "--db", str(tmp_path / "c.db"),
                      input="KB-1\nSchool or college\nhi\nSeen a bruise\n", cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "line 3 of the answers piped in was not taken" in done.stderr
    assert "Question 3" not in done.stdout


@pytest.mark.parametrize("step", ["By 1 May, PA books the appointment",
                                  "By Friday, the social worker rings the bank",
                                  "Next week, SK and his PA go to the bank together"])
def test_a_first_step_with_its_date_first_is_not_called_only_what_the_services_did(
        step: str) -> None:
    """Trying Signs of Success from the README, asked "What is the first small step, who
    takes it, and by when?", a newcomer wrote "By 1 May, PA books the appointment" and was
    told it "says what the services did, but not yet what it meant for the child": it says
    who and by when, as asked ("PA will book it by 1 May" was never asked about)."""
    chat = reach(FLOWS["success"], "goal_first_step_1")
    chat.send(step)
    assert chat.draft.answers["goal_first_step_1"] == step
    assert chat.asked == "goal_another_1"


@pytest.mark.parametrize("process", ["By 1 May, the core group had met twice",
                                     "The core group met and the plan was reviewed"])
def test_what_the_services_did_is_still_asked_about_with_a_date_first(process: str) -> None:
    chat = reach(FLOWS["success"], "goal_first_step_1")
    chat.send(process)
    assert "goal_first_step_1" not in chat.draft.answers


async def test_the_lead_sees_a_partner_halfway_through_as_started_not_as_no_answer(
        partners_world: World) -> None:
    """The team lead looked at /review while the school nurse was halfway through: it said
    "Not answered yet: Health", and the summary "no answer yet", so she chased a nurse who
    had already started (and whose answers she is not shown until they are sent)."""
    world = partners_world
    await nurse_halfway(world)
    await world.command("review", user=LEAD)
    review = await shown(world, LEAD, "Partners' contributions")
    assert "started, not sent yet" in review
    assert NURSE_WORRY not in review
    before = len(world.texts(LEAD))
    await world.command("summary", user=LEAD)
    summary = "\n".join(world.texts(LEAD)[before:])
    assert "started, not sent yet" in summary
    assert "no answer yet" not in summary
    assert NURSE_WORRY not in summary


async def test_on_the_phone_a_health_visitor_asks_what_a_word_means_and_comes_back_next_day(
        world: World) -> None:
    """The health visitor on her phone: she asked what a word meant (saved as her answer
    before), left her Harm Matrix, started a second one the next morning having forgotten
    it, and found the first again with /resume; "hi" there was not saved either."""
    await world.open_tool("Harm Matrix", "BB-1")
    await world.answer("HV1, health visitor")
    await world.say("what does caregiver behaviour mean?")
    assert "as /help, not as an answer" in world.texts()[-2]
    await world.answer("Mum, midwife, GP")
    assert "What does the adult do" in world.texts()[-1]
    await world.open_tool("Harm Matrix", "BB-2")
    await world.command("resume", "BB-1")
    await world.say("hi")
    assert "Hello again" in "\n".join(world.texts()[-3:])
    await world.command("review")
    review = world.texts()[-1]
    assert "Mum, midwife, GP" in review
    assert "caregiver behaviour" not in review
    assert not any(line.rstrip().endswith(": hi") for line in review.splitlines())


@pytest.mark.parametrize("label", ["Baby B (unborn)", "Baby B unborn", "K pre-birth",
                                   "B newborn", "J twins", "KB unborn baby"])
def test_a_label_for_an_unborn_or_newborn_baby_by_initial_is_not_read_as_a_name(
        label: str) -> None:
    """A health visitor labelled her pre-birth Harm Matrix "Baby B (unborn)" and was told it
    "looks like it could identify someone": "B unborn" was read as an initial and a
    surname."""
    assert name_in_label(label) is None


@pytest.mark.parametrize("label", ["Baby B Smith", "J Bloggs unborn"])
def test_a_surname_beside_the_baby_words_is_still_a_name(label: str) -> None:
    assert name_in_label(label) is not None


@pytest.mark.parametrize("pasted", [
    "OCCURRENCE 24000123456 - MISSING EPISODE 14/03 22:10 TO 15/03 06:30",
    "ON 14/03 AT 22:10 MOTHER REPORTED MISSING EPISODE, RETURNED 15/03 AT 06:30"])
def test_police_notes_in_capitals_with_times_and_numbers_are_read_as_capitals_throughout(
        pasted: str) -> None:
    """A police officer pasted a line from the force's system, in capitals with times and a
    reference number, and was asked "Could you write out what EPISODE stands for?": the
    times and numbers were counted as words in small letters, so the line did not read as
    written in capitals throughout, and an ordinary word in it read as an abbreviation."""
    chat = reach(FLOWS["contextual"], "harm_outside")
    chat.send(pasted)
    assert not any("EPISODE" in r.text for r in chat.replies if isinstance(r, Nudge))
    assert chat.draft.answers["harm_outside"] == pasted


def test_an_abbreviation_among_times_in_ordinary_writing_is_still_asked_about() -> None:
    chat = reach(FLOWS["contextual"], "harm_outside")
    chat.send("At 22:10 on 14/03 the LADO was told she had been found at 06:30 on 15/03")
    assert any("LADO" in r.text for r in chat.replies if isinstance(r, Nudge))


@pytest.mark.parametrize(("step", "unsure"), [
    ("harm_severity_1", "not sure"), ("harm_likely_1", "idk"),
    ("harm_accepted_1", "don't know")])
def test_not_sure_at_a_choice_without_that_option_says_what_to_do(
        step: str, unsure: str) -> None:
    """Unsure how severe the harm to an unborn baby had been, the health visitor typed "not
    sure" and was told "I couldn't match that to one of the options", again each time, with
    no option of not knowing to find. The scale already says what to do then."""
    chat = reach(FLOWS["harm_matrix"], step)
    chat.send(unsure)
    assert step not in chat.draft.answers
    (said,) = chat.notices("problem")
    assert "couldn't match" not in said
    assert "nearest" in said
