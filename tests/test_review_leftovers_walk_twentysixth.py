"""Review of the twenty-sixth leftovers and walk (left26, walk26) and of main's per-user
order of updates: near variants of each fix. Each test of a defect failed on the code as it
was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from builders import EngineChat
from telegram.error import NetworkError
from telegram.request import RequestData

from flows.flow import Flow
from flows.loader import load_flows
from storage.teams import Standing, TeamStore
from tests.memory_botapi import MemoryRequest
from tests.test_telegram_handlers import USER, running
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()


@pytest.mark.parametrize("said", [
    "What's the point of all these meetings?", "what’s the point?",
    "What do you mean by neglect?"])
def test_a_parents_question_about_a_word_sent_again_is_saved_as_their_view(said: str) -> None:
    """Asked how the family sees the worry, a social worker typed what mum said: "What's
    the point of all these meetings?". It was read as /help, without the line saying it is
    kept if sent again, and sent again it was read as /help again: mum's words could not be
    saved at all (before questions about a word were read as /help, they were saved)."""
    chat = reach(FLOWS["mapping"], "family_view_1")
    chat.send(said)
    assert "family_view_1" not in chat.draft.answers
    assert any("send it again" in text for text in chat.notices())
    chat.send(said)
    if chat.draft.pending is not None:  # asked about its wording, and kept
        chat.command("keep")
    assert chat.draft.answers["family_view_1"] == said


@pytest.mark.parametrize("said", [
    "what does he mean to her? he is her only friend", "What is a safe adult? Nan says she is one",
    "what does it matter?", "what do they mean to him"])
def test_a_question_inside_an_answer_is_saved_at_once(said: str) -> None:
    chat = reach(FLOWS["mapping"], "family_view_1")
    chat.send(said)
    if chat.draft.pending is not None:  # a reminder about its wording, kept
        chat.command("keep")
    assert chat.draft.answers["family_view_1"] == said


@pytest.mark.parametrize("unsure", ["I'm not sure", "I’m not sure", "I have no idea",
                                    "no idea yet", "not sure yet", "I can't say",
                                    "unknown at present"])
def test_not_knowing_in_other_words_is_not_drafted_into_the_danger_statement(
        unsure: str) -> None:
    """Asked what could happen to the baby if nothing changes, a health visitor typed "I'm
    not sure": the danger statement offered to her ended "...it is likely that it will happen
    again, and I'm not sure." ("idk" and "not sure" were left out, as the walk fixed)."""
    chat = reach(FLOWS["harm_matrix"], "danger_impact_1")
    chat.send(unsure)
    assert chat.asked == "danger_statement_1"
    assert unsure.lower() not in (chat.question.suggestion or "").lower()


@pytest.mark.parametrize("said", ["Not sure she would cope alone",
                                  "I have no idea how often he drinks, but it is daily at least",
                                  "Nothing yet has been agreed with dad"])
def test_an_answer_that_starts_with_not_knowing_is_still_drafted(said: str) -> None:
    chat = reach(FLOWS["harm_matrix"], "danger_impact_1")
    chat.send(said)
    if chat.draft.pending is not None:
        chat.command("keep")
    assert chat.asked == "danger_statement_1"
    assert said in (chat.question.suggestion or "")


@pytest.mark.parametrize("process", ["By 1 May, Social care completed the assessment",
                                     "By 1 May, The core group met twice",
                                     "By 1 May, the school held a meeting",
                                     "Within the core group, we discussed the plan",
                                     "By 1 May, I completed the assessment",
                                     "By Friday, Kerry attended the core group",
                                     "By March, Children's Services reviewed the plan"])
def test_what_the_services_did_with_a_date_first_is_still_asked_about(
        process: str) -> None:
    """A date first, then a capitalised word that is no one's name or initials ("Social
    care", "The"), or someone and what they did ("the school held a meeting"): read as who
    does what by when, it let through what the services did, asked about before a date
    first came to be read so."""
    chat = reach(FLOWS["success"], "goal_first_step_1")
    chat.send(process)
    assert "goal_first_step_1" not in chat.draft.answers


@pytest.mark.parametrize("step", ["By 1 May, Kerry books the appointment",
                                  "By Friday, we need to book the GP appointment",
                                  "By the end of May, the school will hold a meeting with mum",
                                  "Within 2 weeks, JB and her PA open a bank account"])
def test_a_named_person_or_initials_after_a_date_first_is_a_first_step(step: str) -> None:
    chat = reach(FLOWS["success"], "goal_first_step_1")
    chat.send(step)
    assert chat.draft.answers["goal_first_step_1"] == step


# --- main's per-user order of updates (bot/app.py ForgetfulApplication.process_update) ------

OTHER = 5353


def held_up(user_id: int, monkeypatch: pytest.MonkeyPatch) -> asyncio.Event:
    """The gate's read of `user_id`'s standing waits until the event is set (a database
    connection that is slow for that one update); everyone else's is read at once."""
    standing = TeamStore.standing
    free = asyncio.Event()

    async def waiting(self: TeamStore, reader: int) -> Standing:
        if reader == user_id and not free.is_set():
            await free.wait()
        return await standing(self, reader)

    monkeypatch.setattr(TeamStore, "standing", waiting)
    return free


async def test_one_persons_slow_update_holds_up_no_one_else_and_nothing_without_a_user(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """While one social worker's message waits on a slow read, a colleague's /new, and an
    update that comes from no one (a channel post), are answered; her own button press and
    her edited message wait their turn behind it, and all of hers are answered after."""
    async with running(tmp_path, flows, allowed=(USER, OTHER)) as bot:
        await bot.say("/new reflection")
        await bot.say("KB-12")
        free = held_up(USER, monkeypatch)
        first = asyncio.create_task(bot.feed(bot.updates.text(USER, "School or college")))
        await asyncio.sleep(0)
        pressed = asyncio.create_task(bot.feed(bot.updates.button(USER, "x:nothing")))
        edited = asyncio.create_task(bot.feed(bot.updates.edited(USER, "KB-13")))
        before = len(bot.texts())
        await asyncio.wait_for(bot.feed(bot.updates.text(OTHER, "/new reflection")), 30)
        channel = {"update_id": 99, "channel_post": {
            "message_id": 5, "date": 0, "chat": {"id": -100123, "type": "channel"},
            "text": "news"}}
        await asyncio.wait_for(bot.feed(channel), 30)
        assert any(str(p["chat_id"]) == str(OTHER) for p in bot.request.sent()[before:])
        assert not first.done()
        assert not pressed.done()
        assert not edited.done()
        free.set()
        await asyncio.wait_for(asyncio.gather(first, pressed, edited), 30)
        (info,) = await bot.conversation.store.list_drafts(USER)
        draft = await bot.conversation.store.load_draft(USER, info.id)
        assert draft is not None
        assert draft.answers == {"referrer_role": "school"}


class FailingOnce(MemoryRequest):
    """Telegram refuses the next message sent to one chat (a network fault, say)."""

    def __init__(self) -> None:
        super().__init__()
        self.fail_for: int | None = None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        params = dict(request_data.parameters) if request_data is not None else {}
        if url.endswith("/sendMessage") and self.fail_for is not None \
                and str(params.get("chat_id")) == str(self.fail_for):
            self.fail_for = None
            raise NetworkError("connection reset")
        return await super().do_request(url, method, request_data, *args, **kwargs)


async def test_a_reply_that_fails_lets_the_same_persons_next_message_through(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """A reply lost to a network fault raises in the handler: her next message is still
    handled (the lock on her updates is let go), and so is a colleague's."""
    request = FailingOnce()
    async with running(tmp_path, flows, request, allowed=(USER, OTHER)) as bot:
        await bot.say("/new reflection")
        request.fail_for = USER
        await asyncio.wait_for(bot.say("KB-12"), 30)
        before = len(bot.texts())
        await asyncio.wait_for(bot.say("/review"), 30)
        await asyncio.wait_for(bot.say("/new reflection", user=OTHER), 30)
        answered = [str(p["chat_id"]) for p in bot.request.sent()[before:]]
        assert str(USER) in answered
        assert str(OTHER) in answered


@pytest.mark.parametrize("unsure", ["no clue", "not a clue", "I have no idea",
                                    "I really don't know"])
def test_not_knowing_in_other_words_at_a_choice_says_to_choose_the_nearest(unsure: str) -> None:
    """"not sure" at how severe the harm has been was told to choose the nearest option for
    now; "no clue" or "I have no idea" was still told "I couldn't match that to one of the
    options", again each time."""
    chat = reach(FLOWS["harm_matrix"], "harm_severity_1")
    chat.send(unsure)
    assert "harm_severity_1" not in chat.draft.answers
    (said,) = chat.notices("problem")
    assert "couldn't match" not in said
    assert "nearest" in said


def test_hello_at_the_first_question_of_a_new_draft_is_not_welcomed_back() -> None:
    """A health visitor new to the bot opened a Harm Matrix and typed "hi" at its first
    question: she was told "Hello again. Here is where you were (your answers so far are
    saved)", with no answers and never there before."""
    chat = EngineChat(FLOWS["harm_matrix"])
    chat.start()
    first = chat.asked
    chat.send("hi")
    assert chat.asked == first
    assert first not in chat.draft.answers
    said = " ".join(chat.notices())
    assert "again" not in said
    assert "saved" not in said
    assert "Hello" in said


@pytest.mark.parametrize("unknown", ["What is the father's role?",
                                     "What's the plan for contact?",
                                     "what does 'sorted' mean in mum's text?"])
def test_a_question_listed_as_something_not_known_yet_is_an_item(unknown: str) -> None:
    """Asked "What don't we know yet, or what is disputed?", a social worker listed what is
    still to find out as questions. The first, "What is the father's role?", was read as
    /help, and the next item typed went on the list without it: an unknown left out of the
    conference record."""
    chat = reach(FLOWS["mapping"], "grey_areas")
    chat.send(unknown)
    chat.send("Whether nan can have him at weekends")
    chat.send("done")
    assert chat.draft.answers["grey_areas"] == [unknown, "Whether nan can have him at weekends"]


@pytest.mark.parametrize("asking", ["what does feedback mean?", "what is the background?",
                                    "What does skipping school mean?", "what's a backup plan?"])
def test_asking_what_a_word_with_back_or_skip_in_it_means_neither_goes_back_nor_skips(
        asking: str) -> None:
    """Asked whose information is in her Harm Matrix, a health visitor typed "What does
    skipping school mean?" and was told it was read "as /skip": the question was skipped
    unanswered. "what does feedback mean?" went back a question. It is a question about a
    word, shown the help like any other."""
    chat = reach(FLOWS["harm_matrix"], "network")
    chat.send(asking)
    assert "network" not in chat.draft.answers
    assert chat.notices("help")
    assert not any("/back" in said or "/skip" in said for said in chat.notices())
    chat.show()
    assert chat.asked == "network"


@pytest.mark.parametrize("filler", ["n/a:", "N/A -", "None:"])
def test_n_a_with_a_colon_or_dash_above_the_items_is_not_part_of_them(filler: str) -> None:
    """"N/A" above the items of a list sent in one message is dropped; written "n/a:" (as
    a form's heading is), the whole message was still saved as one item, line breaks and
    all."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send(f"{filler}\nNan walks her in\nBreakfast club")
    assert chat.draft.answers["strengths"] == ["Nan walks her in", "Breakfast club"]
