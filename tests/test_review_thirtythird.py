"""A fresh-eyes review of pass 32's merged change: where the reading of a correction sent as
a second message, and the terminal chat's reading of a question about leaving it, meet a
practitioner's or a child's genuine answer. Each test of a defect failed on the code as it
was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.console import CONSOLE_USER
from bot.conversation import Conversation
from flows.flow import Flow
from flows.loader import load_flows
from flows.replies import Nudge
from storage.store import Store
from tests.test_console import LABEL, at_the_terminal
from tests.test_hostile_updates import TimingOut
from tests.test_telegram_handlers import Bot, bot, running, start_reflection
from tests.test_walk_thirtysecond_b import (
    test_the_childs_words_with_a_mark_or_emoji_after_the_quote_are_quoted_once as in_summary,
)

__all__ = ["bot"]  # the fixture
from tests.test_walk_thirtyfirst import sent_at

SUPERVISION = ("3 dec 2026", "JS social worker", "how to keep K safe at contact",
               "Dad shouts at K when he has been drinking")


# --- a child's words that ask how to get out, in `sosbot chat` ----------------------------------


@pytest.mark.parametrize("said", ["How do I get out of here?", "how can i stop it"])
async def test_a_childs_words_asking_how_to_get_out_are_theirs_at_the_terminal(
        store: Store, said: str) -> None:
    """In `sosbot chat`, a social worker wrote down what K said, "How do I get out of
    here?" (or "how can i stop it"). It was answered "I haven't saved ... as an answer. To
    leave, type /quit", as a newcomer asking how to leave the chat is, and sent again it was
    refused again: the child's words could never be saved. They are the child's words."""
    _, draft = await at_the_terminal(store, load_flows()["supervision"], *SUPERVISION, said,
                                     "K is seen weekly at school and smiles when she talks")
    assert draft.answers["child_words"] == said
    assert draft.answers["working_well"] == "K is seen weekly at school and smiles when she talks"


async def test_bye_at_the_label_prompt_after_a_childs_question_leaves(store: Store) -> None:
    """At the child's words she typed /new, picked a tool, and at "Give this draft a short
    case label" typed "bye" to leave. The chat still read it as the child's words (kept as
    theirs at the question before) and started a Safety mapping labelled "bye". It leaves,
    and no draft is started."""
    said, _ = await at_the_terminal(store, load_flows()["supervision"], *SUPERVISION, "/new",
                                    "1", "bye", "more")
    assert 'Started "bye"' not in said
    assert [d.label for d in await Conversation(store, load_flows(), surface="terminal")
            .drafts(CONSOLE_USER)] == [LABEL]


async def test_asking_how_to_leave_at_a_practitioners_question_is_still_told_how(
        store: Store) -> None:
    said, draft = await at_the_terminal(store, load_flows()["supervision"], "3 dec 2026",
                                        "how do i get out?")
    assert "To leave, type /quit" in said
    assert "author" not in draft.answers


# --- what it meant, said in note form, read as a correction -------------------------------------


@pytest.mark.parametrize("typed", ["Meant mum felt listened to and she stopped cancelling visits",
                                   "Meant he could stay at home with mum",
                                   "meant T was in school every day that week",
                                   "Meant she got to school on time",
                                   "Meant a lot to mum that someone listened"])
def test_what_it_meant_in_note_form_is_the_answer(typed: str) -> None:
    """Asked "What difference did it make, for the child or the family?", a social worker
    typed "Meant mum felt listened to and she stopped cancelling visits", as notes are
    written. It was taken for a correction of the answer before ("meant tuesday"): not
    saved, the bot went back to what worked, and sent again there it was refused again, so
    the difference could never be written that way. It is the answer."""
    chat = sent_at("supervision", "difference", typed)
    assert chat.draft.answers["difference"] == typed


def test_meant_as_a_joke_is_what_happened() -> None:
    typed = "Meant as a joke, he says, but he punched his sister"
    chat = sent_at("reflection", "what_happened", typed)
    assert chat.draft.answers["what_happened"] == typed


@pytest.mark.parametrize("typed", ["meant tues 15 dec", "meant mum not nan",
                                   "meant the school nurse", "sorry meant she was at nan's",
                                   "i meant he was at nan's"])
def test_a_correction_with_meant_still_goes_back(typed: str) -> None:
    chat = sent_at("supervision", "difference", typed)
    assert "difference" not in chat.draft.answers
    assert chat.asked == "what_worked"


# --- the young person arrived, said at "Are you filling this in with the young person?" -------


@pytest.mark.parametrize("typed", ["yp is here", "young person is here", "the yp's here"])
def test_the_young_person_being_here_is_no_note_of_having_to_stop(typed: str) -> None:
    """Asked "Are you filling this in with the young person?", a personal adviser typed "yp
    is here". She was told it "reads as a note that you have to stop for now. Your answers
    so far are saved, and the question we're on is below for when you come back", as if the
    young person's arrival called her away, when they were sitting down to do it together.
    She is asked for a yes or a no, and nothing is saved."""
    chat = sent_at("success", "with_them", typed)
    told = " ".join(chat.notices())
    assert "have to stop" not in told
    assert "yes or no" in told
    assert "with_them" not in chat.draft.answers
    assert chat.asked == "with_them"


def test_a_note_of_having_to_stop_at_a_yes_or_no_is_still_kept_back() -> None:
    chat = sent_at("success", "with_them", "sorry my 2pm is here")
    assert "have to stop" in " ".join(chat.notices())


# --- a question Telegram refused, and /pause sent meanwhile --------------------------------------


PAUSED = "Your answers are safe; /resume carries on from this question."


async def _the_next_question_refused(bot: Bot, request: TimingOut) -> None:
    """KB-12's first question answered, and the worry question that follows refused."""
    await start_reflection(bot)
    request.times = 1
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    assert "worries you" not in bot.texts()[-1]


async def _sent_again(bot: Bot) -> None:
    """The try the bot has waiting (`bot.redelivery`), made now."""
    assert bot.app.job_queue is not None
    (job,) = bot.app.job_queue.get_jobs_by_name("redelivery")
    await job.run(bot.app)


async def test_a_question_refused_by_telegram_is_not_sent_after_pause(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Telegram did not take the worry question after a teacher's first answer. Seeing
    nothing come, she sent /pause ("Saved. Your answers are safe; /resume carries on from
    this question.") and put her phone away; the question came anyway, seconds or many
    minutes later, as a new message out of the blue. After /pause it is not sent again;
    /resume shows it."""
    request = TimingOut()
    async with running(tmp_path, flows, request) as bot:
        await _the_next_question_refused(bot, request)
        await bot.say("/pause")
        assert bot.texts()[-1].endswith(PAUSED)
        await _sent_again(bot)
        assert bot.texts()[-1].endswith(PAUSED)
        await bot.say("/resume")
        assert "worries you" in bot.texts()[-1]


async def test_without_pause_the_refused_question_is_sent_again(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    request = TimingOut()
    async with running(tmp_path, flows, request) as bot:
        await _the_next_question_refused(bot, request)
        await _sent_again(bot)
        assert "worries you" in bot.texts()[-1]


# --- a face typed after the child's quoted words -------------------------------------------------


@pytest.mark.parametrize(("typed", "expected"), [
    ('"sad" :(', "– “sad” :( <i>(child's words)</i>"),
    ("'my teacher' :)", "– “my teacher” :) <i>(child's words)</i>"),
    ('"I miss mum".', "– “I miss mum” <i>(child's words)</i>")])
async def test_a_face_typed_after_the_childs_quoted_words_is_kept_whole(
        bot: Bot, typed: str, expected: str) -> None:
    """The social worker wrote what the child said and drew the face they made after it,
    "sad" :(. The summary dropped the face's eyes as if they were a full stop after the
    quote: “sad” ( (child's words), a bracket left hanging in the record. The face is kept
    as typed; a full stop after the marks is still dropped."""
    await in_summary(bot, typed, expected)


# --- where a session was, read as a note of having to stop ---------------------------------------


@pytest.mark.parametrize("typed", ["In class", "in clinic", "in a session"])
def test_where_the_session_was_is_the_answer(typed: str) -> None:
    """Asked "When and where did you do the three houses with the child?", a CAMHS nurse
    typed "in clinic". She was told it "reads as a note that you have to stop for now" and
    that the question would wait for when she came back, as if clinic were calling her
    away. It is the answer; "soz in clinic" or "in clinic now" is still a note."""
    chat = sent_at("three_houses", "session_when", typed)
    assert chat.draft.answers["session_when"] == typed
    assert not any("have to stop" in said for said in chat.notices())


@pytest.mark.parametrize("typed", ["soz in clinic", "in clinic now", "just in a session"])
def test_a_note_of_being_in_clinic_now_is_still_kept_back(typed: str) -> None:
    chat = sent_at("three_houses", "session_when", typed)
    assert "session_when" not in chat.draft.answers
    assert "have to stop" in chat.notices()[0]


# --- a child using more words, asked about as drug use -------------------------------------------


@pytest.mark.parametrize("typed", ["T is using more words now and points to what he wants",
                                   "J is using more signs with his key worker at nursery",
                                   "He is using daily living skills at college, like cooking"])
def test_a_child_using_more_words_is_not_asked_about_drugs(typed: str) -> None:
    """A health visitor wrote what is going well: "T is using more words now and points to
    what he wants". She was asked "Using what, how much and how often, and who was looking
    after the children then?", the question for a parent back on drugs ("Dad is using
    again"), of a two-year-old's speech. It is saved."""
    chat = sent_at("reflection", "going_well", typed)
    assert chat.draft.answers["going_well"] == typed
    assert not any(isinstance(r, Nudge) for r in chat.replies)


@pytest.mark.parametrize("typed", ["Dad is using more and more", "Mum is using daily.",
                                   "Dad is using heavily again"])
def test_a_parent_using_more_is_still_asked_using_what(typed: str) -> None:
    chat = sent_at("reflection", "what_happened", typed)
    assert "what_happened" not in chat.draft.answers
    assert any("Using what" in r.text for r in chat.replies if isinstance(r, Nudge))


# --- a next step of going to court, read as a note of having to stop ------------------------------


@pytest.mark.parametrize("typed", ["Need to go to court", "need to go to panel",
                                   "have to go to conference"])
def test_going_to_court_as_what_needs_to_happen_is_the_answer(typed: str) -> None:
    """Asked "What do you think needs to happen next, and by whom?", a social worker typed
    "Need to go to court". She was told it "reads as a note that you have to stop for now",
    as if court were calling her away, and it was saved only when sent again. At a question
    of what needs to happen it is the answer; "sorry need to go to court" is still a note."""
    chat = sent_at("reflection", "needs_to_happen", typed)
    assert not any("have to stop" in said for said in chat.notices())


def test_sorry_need_to_go_to_court_at_the_next_steps_is_still_a_note() -> None:
    chat = sent_at("reflection", "needs_to_happen", "sorry need to go to court")
    assert "have to stop" in chat.notices()[0]


# --- "I must" or "we need to", with the day, at what needs to happen next -----------------------


@pytest.mark.parametrize("typed", ["I must make the referral to early help by Friday",
                                   "I have to update the plan by Friday",
                                   "We need to book a core group for next week",
                                   "we need to go to panel by Friday"])
def test_my_own_step_with_must_or_need_and_its_day_is_a_next_step(typed: str) -> None:
    """Asked "What do you think needs to happen next, and by whom?", a teacher typed "I must
    make the referral to early help by Friday": who and by when, as the question asks.
    She was told it "says what the services did, but not yet what it meant for the child.
    What happened for the child ...?", a question about the past, where "I will make the
    referral by Friday" went through. It is saved."""
    chat = sent_at("reflection", "needs_to_happen", typed)
    assert chat.draft.answers["needs_to_happen"] == typed
    assert not any(isinstance(r, Nudge) for r in chat.replies)


def test_a_step_with_need_and_no_day_is_still_asked_when() -> None:
    chat = sent_at("reflection", "needs_to_happen", "we need to go to panel")
    assert "needs_to_happen" not in chat.draft.answers
