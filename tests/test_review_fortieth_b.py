"""The fortieth pass's second review: the seven branches merged this pass read together, each
defect met as a practitioner would meet it, through the real console driver or the real
Application (tests/memory_botapi.py), on real SQLite files and the real flow YAML. Each test of
a defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.teams.codes import code_hash
from bot.teams.invites import invite_partner
from flows.draft import Draft
from storage.contributions import ContributionStore
from storage.sql import SqlStore
from storage.store import Store
from storage.teams import TeamStore
from tests.test_attacks_thirtythird_b import button_texts
from tests.test_console import at_the_terminal
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join
from tests.test_leftovers_thirtyeighth import _worries
from tests.test_leftovers_thirtysixth import forty_parts
from tests.test_telegram_handlers import USER, Bot
from tests.test_walk_thirtyfirst import FLOWS, said_to
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import LEAD2, mapping, read, team

__all__ = ["team"]  # the fixture

# --- dictation taken as marks once (walk40) and the worry statement (wording40) -------------

# The school nurse's wellbeing draft at the terminal: who contributed dictated with its commas
# spoken and taken as marks (/use), the rest up to the drafted worry statement.
_TO_THE_STATEMENT = (
    "yes", "/skip", "/skip", "JB, school nurse", "/skip",
    "Mum and J comma head of year comma dad not spoken to yet", "/use",
    "/skip", "/skip", "/skip", "/skip", "/skip",
    "The school nurse and head of year",
    "J has missed 14 days of school this term because mum cannot get him up in the morning",
    "J could fall behind and lose his friends")
_OWN_VERSION = ("The school and I are worried full stop J has missed 14 days of school this "
                "term and mum cannot get him up in the morning full stop If nothing changes "
                "comma J could fall behind and lose his friends full stop")


async def test_her_own_worry_statement_dictated_is_saved_with_marks_as_she_chose(
        store: Store) -> None:
    """A school nurse dictating every answer took her spoken punctuation as marks (/use) at
    the first, and later answers were saved with marks. Her own version of the worry
    statement, dictated the same way, was saved as "The school and I are worried full stop J
    has missed ... comma J could fall behind ... full stop": the statement the family and
    the meeting read first. It is saved with marks now, and said so."""
    shown, draft = await at_the_terminal(store, FLOWS["wellbeing"], *_TO_THE_STATEMENT,
                                         _OWN_VERSION)
    assert draft.answers["worry_statement_1"] == (
        "The school and I are worried. J has missed 14 days of school this term and mum "
        "cannot get him up in the morning. If nothing changes, J could fall behind and lose "
        "his friends.")
    assert "I've saved it with the punctuation you dictated as marks" in shown.split(
        "Type /use to keep it")[-1]


async def test_the_drafted_statement_taken_with_use_is_kept_as_drafted(store: Store) -> None:
    """Guard: /use at the drafted statement still takes the suggestion, dictation or not."""
    _, draft = await at_the_terminal(store, FLOWS["wellbeing"], *_TO_THE_STATEMENT, "/use")
    assert draft.answers["worry_statement_1"] == (
        "The school nurse and the head of year are worried that J has missed 14 days of "
        "school this term because mum cannot get him up in the morning. If nothing changes, "
        "J could fall behind and lose his friends.")


# --- a member's every part withdrawn, her drafts kept (left40 on review40), in either engine --


async def test_every_part_withdrawn_keeping_her_drafts_in_either_engine(
        engine_store: SqlStore) -> None:
    """Guard, in SQLite and PostgreSQL: `withdraw(keep=True)` erases each part of hers, sent
    or under way with its draft, and leaves her own mapping and her standing as a member."""
    teams = TeamStore(engine_store)
    contributions = ContributionStore(teams)
    own = Draft(id="kb-7", user_id=USER, flow_id="mapping", flow_version=1, label="KB-7",
                answers={"network": "Mum, the school nurse"})
    await engine_store.save(own, own.answers, new=True)
    invites = []
    for label in ("FM-3", "FM-4"):
        await engine_store.save(Draft(id=label, user_id=LEAD2, flow_id="mapping",
                                      flow_version=1, label=label), (), new=True)
        made = await invite_partner(teams, LEAD2, label, agency="Police", label=label,
                                    lead_name="Jo")
        invite = await contributions.claim(code_hash(made.code), USER, time.time())
        assert invite is not None
        invites.append(invite)
    assert await contributions.send(invites[0], {"flow": "contribution", "answers": {}})
    working = Draft(id="fm4-part", user_id=USER, flow_id="contribution", flow_version=1,
                    label="FM-4", answers={"worries": "a bruise"})
    await engine_store.save(working, working.answers, new=True)
    assert await contributions.set_working(invites[1].code_hash, "fm4-part")
    withdrawn = await contributions.withdraw(USER, keep=True)
    assert sorted(i.short_id for i in withdrawn) == sorted(i.short_id for i in invites)
    assert await contributions.parts_of(USER) == []
    assert await engine_store.load_draft(USER, "fm4-part") is None
    kept = await engine_store.load_draft(USER, "kb-7")
    assert kept is not None
    assert kept.answers == own.answers


# --- an answer ending "while" or "when" that is whole (walk40) --------------------------------


@pytest.mark.parametrize("whole", [
    "Dad has been off drugs for the last little while",  # the case that found it
    "Nan has been there all the while",
    "Mum has been calmer for a good while now, and for the past while",
    "Mum cannot remember exactly when"])
async def test_an_answer_ending_in_while_as_a_stretch_of_time_is_whole(
        tmp_path: Path, store: Store, whole: str) -> None:
    """At "What could happen", a social worker wrote "Dad has been off drugs for the last
    little while" and was told her answer "stops ... as if there is more to come. Send the
    rest": "while" read as "while he ...". Her next line, "Nan", meant for the question after,
    was added to it: "... for the last little while Nan". A while that is a stretch of time
    ends an answer now."""
    shown, draft = await at_the_terminal(store, _worries(tmp_path), "Nan and the school",
                                         whole, "Nan")
    assert "as if there is more to come" not in shown
    assert draft.answers["could"] == whole
    assert draft.answers["after"] == "Nan"


@pytest.mark.parametrize("cut", ["Dad was hitting mum while", "J was seen on 1 Dec when"])
async def test_an_answer_cut_off_at_while_or_when_is_still_asked_for_the_rest(
        tmp_path: Path, store: Store, cut: str) -> None:
    shown, draft = await at_the_terminal(store, _worries(tmp_path), "Nan and the school",
                                         cut, "the children watched")
    assert "as if there is more to come" in shown
    assert draft.answers["could"] == f"{cut} the children watched"


# --- "Withdraw all my parts?" (left40) answered with a typed yes (review40) --------------------


async def _asked_to_withdraw_all(bot: Bot) -> dict[str, object]:
    """A member on her mapping KB-7, with forty parts sent: /delete, "Withdraw one part
    only", then "Withdraw all my parts": asked once more. Her answers then."""
    await mapping(bot, "KB-7", USER)
    await forty_parts(bot, USER)
    await bot.say("/delete")
    await bot.tap(labelled(bot, "Withdraw one part only"))
    await bot.tap(labelled(bot, "Withdraw all my parts (my own drafts stay)"))
    assert read(bot).startswith("Withdraw and erase all 40 parts you contributed?")
    draft = await bot.conversation.active(USER)
    assert draft is not None
    return dict(draft.answers)


async def test_yes_typed_to_withdrawing_all_her_parts_is_not_saved_as_her_answer(
        team: Bot) -> None:
    """Asked "Withdraw and erase all 40 parts you contributed? ... This can't be undone.",
    she typed "yes": it was saved as her answer to KB-7's "Who has contributed to this
    picture?", the next question came, and her parts were all still there, with nothing said.
    An erasure is a button's: she is told so, asked again with its buttons, and KB-7 is as
    it was."""
    bot = team
    before = await _asked_to_withdraw_all(bot)
    shown = len(said_to(bot, USER))
    await bot.say("yes")
    replies = said_to(bot, USER)[shown:]
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.answers == before
    assert any('I haven\'t saved "yes"' in r for r in replies), replies
    assert replies[-1].startswith("Withdraw and erase all 40 parts you contributed?")
    assert button_texts(bot, USER) == ["Yes, withdraw all my parts", "No"]
    assert len(await bot.conversation.contributions.parts_of(USER)) == 40  # type: ignore[attr-defined]
    await bot.tap(labelled(bot, "Yes, withdraw all my parts"))
    assert read(bot).startswith("Withdrawn: your 40 parts are erased")


async def test_her_answer_typed_after_withdrawing_all_is_asked_is_still_her_answer(
        team: Bot) -> None:
    """Guard: a line that is no yes, typed under that question, is her answer, as before."""
    bot = team
    await _asked_to_withdraw_all(bot)
    await bot.say("Mum, the school nurse and the class teacher")
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.answers["network"] == "Mum, the school nurse and the class teacher"
    assert len(await bot.conversation.contributions.parts_of(USER)) == 40  # type: ignore[attr-defined]


# --- dictation taken as marks (walk40) and a hand-over ----------------------------------------


async def test_a_colleague_handed_a_draft_is_asked_about_her_own_dictation(team: Bot) -> None:
    """Sam dictated KB-7's "Who has contributed" with its commas spoken and took them as marks
    (/use), then handed KB-7 to Priya. Her first dictated answer in it was saved with marks
    unasked, and she read "I've saved it with the punctuation you dictated as marks, as you
    chose before": she never chose. She is asked, as anyone is the first time."""
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", SAM)
    await bot.say("Mum comma the school nurse comma the class teacher", SAM)
    await bot.say("/use", SAM)
    assert (await hands_over(bot)).startswith("Handed")
    await bot.say("/resume KB-7", PRIYA)
    shown = len(said_to(bot, PRIYA))
    await bot.say("Dad not spoken to yet comma he works away", PRIYA)
    replies = " ".join(said_to(bot, PRIYA)[shown:])
    assert "as you chose before" not in replies
    assert "/use saves it like that" in replies
