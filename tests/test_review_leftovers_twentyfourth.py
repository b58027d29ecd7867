"""A review of the twenty-fourth pass over carried-over defects: what it got wrong, each
pinned by a test that failed on the code as that pass left it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from builders import build_flow, list_step, section, text

from flows.draft import Draft
from flows.loader import load_flows
from flows.replies import Review
from storage.sql import SqlStore
from storage.store import Store
from storage.teams import SENDING_FOR, TeamStore
from tests.test_console import at_the_terminal
from tests.test_leftovers_twentythird import a_finished_reflection_and_sam
from tests.test_telegram_handlers import USER, Bot, bot, texts_to
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


def test_a_number_alone_is_saved_where_the_question_asks_for_a_number() -> None:
    """A number alone at a question asking for words was made to be asked about ("was it
    meant for a scale?"), and "How old is the child?" (whose own example is "7"), "Date of
    the meeting" ("12") and "For how long" ("6") were taken for such questions: the age was
    not saved, and the practitioner was told a number does not answer it."""
    chat = reach(FLOWS["three_houses"], "child_age")
    chat.send("7")
    assert chat.draft.answers["child_age"] == "7"
    assert chat.asked != "child_age"
    for flow, step in (("mapping", "goal_how_long_1"), ("supervision", "meeting_date")):
        chat = reach(FLOWS[flow], step)
        chat.send("6")
        assert chat.draft.answers[step] == "6", step
    chat = reach(FLOWS["mapping"], "danger_behaviour_1")  # words asked for: asked about
    chat.send("2")
    assert chat.draft.answers.get("danger_behaviour_1") is None


def test_a_siblings_item_added_after_edit_does_not_replace_the_other_childs() -> None:
    """Back at "What is going well" with /edit, a practitioner added Amy's football beside
    Kai's ("Amy goes to football club every Saturday"): one word changed, so it was taken
    for a correction of Kai's item, which left the list and the summary. A changed name,
    initial or person is another item, added; a changed day or place is still a
    correction."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("Kai goes to football club every Saturday")
    chat.send("Mum walks T to school every morning")
    chat.command("done")
    chat.command("review")
    [review] = [r for r in chat.replies if isinstance(r, Review)]
    chat.command("edit", str(next(i.number for i in review.items if i.step_id == "strengths")))
    chat.send("Amy goes to football club every Saturday")
    chat.send("Dad walks T to school every morning")
    assert chat.draft.answers["strengths"] == [
        "Kai goes to football club every Saturday", "Mum walks T to school every morning",
        "Amy goes to football club every Saturday", "Dad walks T to school every morning"]
    assert chat.notices() == []
    chat.send("amy walks T to school every morning")  # a name typed in lower case
    assert len(chat.draft.answers["strengths"]) == 5
    chat.send("Kai goes to football club every Sunday")  # his day corrected
    assert chat.draft.answers["strengths"][0] == "Kai goes to football club every Sunday"


def test_a_wrapped_paragraph_at_a_list_stays_one_item_whatever_the_next_line_starts_with(
        ) -> None:
    """Case notes pasted at a list, wrapped by the email they came from, were cut into items
    wherever a line ran on into a name ("... that she takes" / "Kai to school ..."), or a
    short line that ended in the middle of its second sentence ran on ("Nan is protective.
    She lives" / "nearby ..."), or a sentence went on about the one before ("Mum has not
    had a drink since March." / "She goes to AA every week."): half-sentences saved as
    strengths. Lines typed as items still are items."""
    for prose in ("Mum told me on the phone yesterday that she takes\nKai to school every "
                  "day and collects him at 3pm.",
                  "Mum and Dad both attended the core group meeting on Tuesday\nThey "
                  "engaged well with the plan",
                  "Nan is protective. She lives\nnearby and visits daily.",
                  "Mum has not had a drink since March.\nShe goes to AA every week."):
        chat = reach(FLOWS["mapping"], "strengths")
        chat.send(prose)
        if chat.draft.pending is not None:  # a wording reminder about it: kept
            chat.command("keep")
        assert chat.draft.answers["strengths"] == [prose], prose
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("Nan walks her in every day.\nBreakfast club\nDad reads to her at bedtime")
    assert chat.draft.answers["strengths"] == [
        "Nan walks her in every day.", "Breakfast club", "Dad reads to her at bedtime"]


async def test_a_wrapped_paragraph_pasted_at_a_list_in_the_terminal_stays_one_answer(
        tmp_path: Path, store: Store) -> None:
    """`sosbot chat` added each line of a paste at a list as an item, a paragraph wrapped by
    the email it came from too ("... that she takes" / "Kai to school ..."): the bot reads
    such lines as one item since the last change, the terminal cut them into half-sentences.
    Lines that are items are still added one each."""
    flow = build_flow(tmp_path, section("s", list_step("helps"), text("why"),
                                        column="worried"))
    prose = ("Mum told me on the phone yesterday that she takes\nKai to school every day and "
             "collects him at 3pm.")
    shown, draft = await at_the_terminal(store, flow, prose, "")
    assert draft.answers["helps"] == [prose]
    assert "(The 2 lines you pasted are kept together, as one answer.)" in shown


async def test_lines_at_a_list_with_a_reminder_showing_are_said_to_be_added_as_they_are(
        tmp_path: Path, store: Store) -> None:
    """With a reminder about the line before on the screen, two lines typed at a list in
    `sosbot chat` were said to be "kept together, as one answer", and were added as two
    items (the bot now reads such lines as an item each). What is said is what is done."""
    flow = build_flow(tmp_path, section("s", list_step("helps", checks=["plain_language"]),
                                        text("why"), column="worried"))
    shown, draft = await at_the_terminal(store, flow, "Nan is supportive",
                                         "Breakfast club on Mondays\nThe nurse sees her weekly",
                                         "")
    assert draft.answers["helps"] == ["Nan is supportive", "Breakfast club on Mondays",
                                      "The nurse sees her weekly"]
    assert "kept together, as one answer" not in shown
    assert "(The 2 lines you pasted are added one item each.)" in shown


async def test_an_instance_whose_clock_is_ahead_does_not_send_a_summary_being_sent_again(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two instances of the bot share a database; one's clock is six minutes ahead of the
    other's. A summary the first began sending a moment ago was taken by the second for a
    send cut short long ago (SENDING_FOR is five minutes), and a tap there sent it again
    while it was still going. When a send began is the database's clock now, as every
    instance reads it."""
    from bot.teams import sharing

    send = await a_finished_reflection_and_sam(bot)
    made = sharing.export

    def stops(*args: Any) -> Any:  # the first instance is still sending: no documents yet
        monkeypatch.setattr(sharing, "export", made)
        raise RuntimeError("still sending")

    monkeypatch.setattr(sharing, "export", stops)
    await bot.tap(send)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 360)  # the other instance's clock
    await bot.tap(send)
    monkeypatch.setattr(time, "time", real)
    assert texts_to(bot, USER)[-1].startswith("This summary is being sent to Sam now")
    assert not bot.request.sent("sendDocument")


async def test_a_share_is_claimed_on_the_databases_clock_in_both_engines(
        engine_store: SqlStore) -> None:
    """The claim read with the database's own clock, in SQLite and PostgreSQL: a send begun
    now is being sent, one begun more than SENDING_FOR ago by that clock was cut short."""
    teams = TeamStore(engine_store)
    await engine_store.save(Draft(id="done1", user_id=1, flow_id="reflection",
                                  flow_version=1, label="KB-1"), (), new=True)
    assert await teams.claim_share("done1", 2, b"first") == "claimed"
    [(since,)] = await teams._rows("SELECT sending_since FROM shares")
    assert abs(float(since) - time.time()) < 60
    assert await teams.claim_share("done1", 2, b"first") == "sending"
    async with teams._tx("a send begun long ago") as tx:
        await tx.run("UPDATE shares SET sending_since = sending_since - ?", (SENDING_FOR + 1,))
    assert await teams.claim_share("done1", 2, b"first") == "claimed"
    await teams.shared("done1", 2, b"first")
    assert await teams.claim_share("done1", 2, b"first") == "sent"
