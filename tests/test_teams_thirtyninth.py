"""The thirty-ninth pass's teams leftovers, each as a user meets it, through the real
Application (tests/memory_botapi.py) and real SQLite files in tmp_path. Each test failed on
the code as it was."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from bot.session_commands import MAX_KEPT, MAX_UNFINISHED
from tests.builders import build_flow, section, text
from tests.store_data import finished_drafts, unfinished_drafts
from tests.test_attacks_thirtythird_b import button_texts
from tests.test_handover_thirtysixth import PRIYA, SAM, sam_and_priya_join
from tests.test_leftovers_thirtyeighth_c import removes_sam
from tests.test_leftovers_thirtysixth import forty_parts
from tests.test_telegram_handlers import USER, Bot, refusing
from tests.test_telegram_handlers import running as running_team
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import DSL, LEAD2, answers_link, link, mapping, read, team

__all__ = ["team"]  # the fixture

# --- a leaver's finished drafts, handed to a colleague the bot cannot tell ----------------------


@pytest.mark.parametrize(("unfinished", "find"), [
    (False, "/resume KB-7 opens the finished one."),
    (True, "/resume lists the unfinished ones; /resume KB-7 opens the finished one.")])
async def test_a_leavers_finished_draft_for_a_colleague_not_told_is_said_by_its_label(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unfinished: bool, find: str) -> None:
    """Sam had finished KB-7 when his manager removed him, handing his drafts to Priya, who
    had blocked the bot. The manager was told "let them know it is waiting for them under
    /resume", and /resume's list has unfinished drafts alone: Priya would not find it there.
    The manager is told what opens it, as Priya herself would have been."""
    flow = build_flow(tmp_path, section("s", text("who", title="Who is worried")))
    async with running_team(tmp_path, {flow.id: flow}) as bot:
        await sam_and_priya_join(bot)
        for line in (f"/new {flow.id}", "KB-7", "Dad, the school and the health visitor"):
            await bot.say(line, SAM)
        if unfinished:
            await bot.say(f"/new {flow.id}", SAM)
            await bot.say("KB-8", SAM)
        monkeypatch.setattr(bot.request, "do_request", refusing(bot.request, PRIYA, 403))
        said = html.unescape(await removes_sam(bot))
        assert said.startswith("Handed Sam's"), said
        assert "under /resume" not in said
        assert ("I couldn't tell Priya (perhaps they haven't opened the bot yet): let them "
                f"know where to find them: {find} Removed Sam") in said, said
        assert [d.label for d in await bot.conversation.drafts(PRIYA, status="completed")] \
            == ["KB-7"]


async def test_a_leaver_with_unfinished_drafts_alone_still_points_to_resume(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no finished draft among them, /resume lists every one: said as before."""
    flow = build_flow(tmp_path, section("s", text("who", title="Who is worried")))
    async with running_team(tmp_path, {flow.id: flow}) as bot:
        await sam_and_priya_join(bot)
        await bot.say(f"/new {flow.id}", SAM)
        await bot.say("KB-8", SAM)
        monkeypatch.setattr(bot.request, "do_request", refusing(bot.request, PRIYA, 403))
        said = html.unescape(await removes_sam(bot))
        assert "let them know it is waiting for them under /resume. Removed Sam" in said, said


# --- a member's paged list of parts, fallen to one between pages --------------------------------


async def test_more_with_one_part_left_shows_that_part(team: Bot) -> None:
    """A social worker had sent her part for forty of a colleague's families. Her "Withdraw
    one part only" listed the first eight; on another phone she withdrew all but one, then
    tapped "More (9 to 16 of 40)" here: "Alright, nothing has been changed.", and the part
    she still has was nowhere to be tapped. The one left is shown, with its button."""
    bot = team
    labels = await forty_parts(bot, USER)
    await bot.say("/delete")
    await bot.tap(labelled(bot, "Withdraw one part only"))
    more = labelled(bot, "More (9 to 16 of 40)")
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    for invite, _ in (await contributions.parts_of(USER))[1:]:  # her other phone's taps
        await bot.conversation.withdraw_parts(USER, only=invite.short_id)  # type: ignore[attr-defined]
    (left,) = [(invite.about or {})["label"] for invite, _ in
               await contributions.parts_of(USER)]
    assert left in labels
    await bot.tap(more)
    said = read(bot)
    assert said != "Alright, nothing has been changed."
    assert f'"{left}"' in said, said
    assert "more than one" not in said
    assert button_texts(bot, USER) == [f'Withdraw "{left}" only', "No"]
    await bot.tap(labelled(bot, f'Withdraw "{left}" only'))
    assert read(bot).startswith(f'Withdrawn: your contribution to "{left}" is erased')
    assert await contributions.parts_of(USER) == []


async def test_more_with_one_part_left_asks_a_partner_as_her_delete_would(team: Bot) -> None:
    """A school's DSL, not a member, likewise: her one part left is withdrawn with all that
    is stored of her, as her /delete with one part asks."""
    bot = team
    await forty_parts(bot, DSL)
    await bot.say("/delete", user=DSL)
    more = labelled(bot, "More (9 to 16 of 40)")
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    for invite, _ in (await contributions.parts_of(DSL))[1:]:
        await bot.conversation.withdraw_parts(DSL, only=invite.short_id)  # type: ignore[attr-defined]
    await bot.tap(more, user=DSL)
    assert read(bot, DSL).startswith("Withdraw your contribution and erase everything")
    assert button_texts(bot, DSL) == ["Yes, withdraw it", "No"]
    await bot.tap(labelled(bot, "Yes, withdraw it"), user=DSL)
    assert read(bot, DSL).startswith("Withdrawn: your answers and everything else")
    assert await contributions.parts_of(DSL) == []


# --- a partner link opened by someone keeping as many drafts as anyone can ----------------------


async def _full(bot: Bot, kept: bool) -> None:
    """USER at the most drafts anyone keeps: a hundred unfinished, or five hundred kept."""
    if kept:
        await finished_drafts(bot.conversation, USER, "reflection", MAX_KEPT)
        return
    await unfinished_drafts(bot.conversation, USER, "reflection",
                            (f"P-{n}" for n in range(MAX_UNFINISHED)))


@pytest.mark.parametrize(("kept", "said"), [
    (False, f"You have {MAX_UNFINISHED} unfinished drafts, the most anyone can keep at once, "
            'so I haven\'t opened the link for "FM-3"'),
    (True, f"You keep {MAX_KEPT} drafts, finished or not, the most anyone can, so I haven't "
           'opened the link for "FM-3"')])
async def test_a_partner_link_past_the_most_drafts_anyone_keeps_is_refused(
        team: Bot, kept: bool, said: str) -> None:
    """A social worker keeping as many drafts as anyone can opened a colleague's partner
    link: a draft was made for it past the cap, as /new would not have made one, and
    nothing stopped link after link. She is told why, nothing is made, the link stays
    unspent, and once she has made room it opens."""
    bot = team
    await _full(bot, kept)
    before = len(await bot.conversation.drafts(USER, status=None))
    await mapping(bot, "FM-3", LEAD2)
    code = await link(bot, "school", LEAD2)
    await bot.say(f"/start {code}")
    told = read(bot)
    assert told.startswith(said), told
    assert told.endswith("then open the link again: it still works.")
    assert len(await bot.conversation.drafts(USER, status=None)) == before
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    assert await contributions.answering(USER) is None
    await bot.say("/cancel KB-3" if kept else "/cancel P-3")
    await bot.tap(labelled(bot, "Yes, discard it"))
    await answers_link(bot, code)
    assert await contributions.answering(USER) is not None
    assert "FM-3" in html.unescape(" ".join(bot.texts()[-3:]))
