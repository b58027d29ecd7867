"""The forty-first pass's teams leftovers, each as a user meets it: the store on both engines
(SQLite, and a throwaway PostgreSQL where one can be started), and the real Application
(tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on the code as
it was."""

from __future__ import annotations

import asyncio
import html
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.session_commands import MAX_UNFINISHED
from bot.teams.conversation import TeamConversation
from bot.teams.invites import invite_colleague
from flows.draft import Draft
from flows.flow import Flow
from storage.contract import Session
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.store_data import unfinished_drafts
from tests.test_attacks_thirtythird_b import button_texts
from tests.test_leftovers_thirtysixth import forty_parts
from tests.test_telegram_handlers import USER, Bot, running
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import DSL, LEAD2, link, mapping, read, team

__all__ = ["team"]  # the fixture

SAM, PRIYA, ALEX = 7001, 7002, 7003  # three social workers, members of the team
ADMIN = 4242

# --- two hand-overs to one colleague at once, at the most drafts anyone keeps -----------------


async def _members(store: SqlStore, flows: Mapping[str, Flow]) -> TeamConversation:
    """The conversation, with Sam, Priya and Alex members of the team."""
    chat = TeamConversation(store, flows, admins=frozenset({ADMIN}))
    teams = TeamStore(store)
    made = await invite_colleague(teams, ADMIN, uses=3)
    for user_id, name in ((SAM, "Sam"), (PRIYA, "Priya"), (ALEX, "Alex")):
        assert await teams.join(made.invite.code_hash, user_id, name, time.time())
    return chat


async def _open_draft(store: SqlStore, user_id: int, draft_id: str, label: str) -> None:
    """An unfinished reflection of `user_id`'s, open now."""
    draft = Draft(id=draft_id, user_id=user_id, flow_id="reflection", flow_version=1,
                  label=label)
    await store.save(draft, (), new=True, session=Session(user_id, draft_id))


async def test_two_colleagues_handing_to_one_at_ninety_nine_at_once_land_one(
        engine_store: SqlStore, flows: Mapping[str, Flow]) -> None:
    """Priya had 99 unfinished drafts, one short of the most anyone keeps. Sam and Alex each
    handed her a case at the same moment: each hand-over counted her drafts before its own
    transaction, both read 99, and both went, 101. One lands now, the other is refused as a
    hand-over to someone full is ("Priya can't take more drafts now"), and stays its giver's."""
    chat = await _members(engine_store, flows)
    await unfinished_drafts(chat, PRIYA, "reflection",
                            (f"P-{n}" for n in range(MAX_UNFINISHED - 1)))
    await _open_draft(engine_store, SAM, "kb7", "KB-7")
    await _open_draft(engine_store, ALEX, "fm3", "FM-3")
    done = await asyncio.gather(chat.hand_over(SAM, "kb7", PRIYA),
                                chat.hand_over(ALEX, "fm3", PRIYA))
    assert sorted(outcome for outcome, _ in done) == ["full", "handed"], done
    assert len(await chat.drafts(PRIYA)) == MAX_UNFINISHED
    kept = [giver for giver, (outcome, _) in zip((SAM, ALEX), done, strict=True)
            if outcome == "full"]
    assert len(await chat.drafts(kept[0])) == 1  # still the giver's, as it was


async def test_two_members_handing_to_each_other_at_once_both_land(
        engine_store: SqlStore, flows: Mapping[str, Flow]) -> None:
    """Sam hands KB-7 to Priya as Priya hands FM-3 to Sam: each hand-over holds its giver's
    turn and waits for hand-overs to its taker; neither waits for the other's, and both
    land (no deadlock, nothing refused)."""
    chat = await _members(engine_store, flows)
    await _open_draft(engine_store, SAM, "kb7", "KB-7")
    await _open_draft(engine_store, PRIYA, "fm3", "FM-3")
    done = await asyncio.wait_for(asyncio.gather(chat.hand_over(SAM, "kb7", PRIYA),
                                                 chat.hand_over(PRIYA, "fm3", SAM)), 30)
    assert [outcome for outcome, _ in done] == ["handed", "handed"]
    assert [d.label for d in await chat.drafts(SAM)] == ["FM-3"]
    assert [d.label for d in await chat.drafts(PRIYA)] == ["KB-7"]


# --- a forged "Withdraw all my parts" of a partner who is no member ----------------------------


async def test_a_forged_withdraw_all_button_is_answered_as_any_forged_one(team: Bot) -> None:
    """The school's DSL, no member of the team, had sent her parts for a colleague's
    families. A "Withdraw all my parts (my own drafts stay)" button, a member's and never
    offered her, was pressed as hers: she was asked "Withdraw and erase all 40 parts you
    contributed? ... Your own drafts and your place on the team stay", of a team she is not
    on, and its Yes changed nothing. She is answered as any button not hers is, with nothing
    asked and nothing withdrawn; her /delete still withdraws them."""
    bot = team
    await forty_parts(bot, DSL)
    await bot.tap(f"t:pa:{int(time.time())}", user=DSL)
    assert read(bot, DSL) == "Alright, nothing has been changed."
    assert button_texts(bot, DSL) == []
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    assert len(await contributions.parts_of(DSL)) == 40
    await bot.say("yes", user=DSL)  # not taken as a yes to a question never asked her
    assert len(await contributions.parts_of(DSL)) == 40


# --- /drafts, /start, /privacy and /about while a new draft's case label is asked ---------------

LET_GO = "I've let the question about a case label go, so no new draft was started."
PROMPT = "Give this draft a short case label"


@pytest.mark.parametrize("command", ["/drafts", "/start"])
async def test_a_menu_asked_for_at_the_label_prompt_lets_it_go_and_says_so(
        tmp_path: Path, flows: Mapping[str, Flow], command: str) -> None:
    """A social worker sent /new reflection, then thought the case might be there already
    and sent /drafts (or /start). The list came, the label prompt stood unseen above it, and
    "KB-7", typed to look for the case, started a new reflection labelled KB-7. The prompt
    is let go now, in a line, as a team command lets it go; the line after is not a label."""
    async with running(tmp_path, flows) as bot:
        await bot.say("/new reflection")
        assert PROMPT in bot.texts()[-1]
        shown = len(bot.texts())
        await bot.say(command)
        replies = [html.unescape(t) for t in bot.texts()[shown:]]
        assert replies[0] == LET_GO, replies
        await bot.say("KB-7")
        assert await bot.conversation.drafts(USER, status=None) == []


@pytest.mark.parametrize(("command", "reply"), [
    ("/privacy", "kept"), ("/about", "Signs of Safety")])
async def test_privacy_or_about_at_the_label_prompt_asks_for_the_label_again(
        tmp_path: Path, flows: Mapping[str, Flow], command: str, reply: str) -> None:
    """Asked for a case label, she read /privacy first (what is kept, for how long), or
    /about. The prompt stood above the reply, out of sight on a phone, and her next line
    went to it unasked. The prompt is asked again under the reply now: read before giving a
    label, it is the newest message, and her next line is plainly the label."""
    async with running(tmp_path, flows) as bot:
        await bot.say("/new reflection")
        shown = len(bot.texts())
        await bot.say(command)
        replies = [html.unescape(t) for t in bot.texts()[shown:]]
        assert len(replies) == 2, replies
        assert reply in replies[0]
        assert replies[1].startswith(PROMPT), replies
        await bot.say("KB-7")
        assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-7"]


# --- a partner's link opened by someone on the team who does not lead its mapping ---------------

ANSWER_IT = ("That is Practitioner's link for a partner (School) to add what they know to "
             '"FM-3". It works once: if you answer it yourself, whoever it was sent to can no '
             "longer use it. Answer it yourself?")


async def _colleague(bot: Bot, who: int) -> None:
    """`who` on the team: an admin by the settings already (USER), or a member joining now."""
    if who != USER:
        teams = TeamStore(bot.conversation.store)
        made = await invite_colleague(teams, USER)
        assert await teams.join(made.invite.code_hash, who, "Sam", time.time())


@pytest.mark.parametrize("who", [USER, SAM])
async def test_a_partner_link_opened_on_the_team_is_asked_about_and_left_for_its_partner(
        team: Bot, who: int) -> None:
    """The team's admin (or a colleague it was forwarded to) opened the lead's School link for
    FM-3 to see that it worked: it was spent on her, a contribution begun in her name, and the
    school's DSL, to whom the lead had sent it, read "That link can't be used". Someone on the
    team who does not lead the mapping is asked first now; "No, leave it for them" opens
    nothing, a "yes" typed is pointed to the buttons, and the link still works for the DSL."""
    bot = team
    await _colleague(bot, who)
    await mapping(bot, "FM-3", LEAD2)
    code = await link(bot, "school", LEAD2)
    await bot.say(f"/start {code}", who)
    assert read(bot, who) == ANSWER_IT
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    assert await contributions.answering(who) is None
    await bot.say("yes", who)
    assert read(bot, who).startswith('Tap "Yes, I\'ll answer it" above')
    assert await bot.conversation.drafts(who) == []
    await bot.tap(labelled(bot, "No, leave it for them"), who)
    assert read(bot, who) == ("Alright: I haven't opened it, and it still works for whoever "
                              "it was sent to.")
    assert await contributions.answering(who) is None
    await bot.say(f"/start {code}", DSL)
    assert "Practitioner has asked you to add what you know" in " ".join(bot.texts()[-3:])
    assert await contributions.answering(DSL) is not None


@pytest.mark.parametrize("who", [USER, SAM])
async def test_a_colleague_asked_by_the_lead_answers_the_partner_link_with_one_tap(
        team: Bot, who: int) -> None:
    """An early-help worker on the team, asked by the lead to add what she knows, taps "Yes,
    I'll answer it": the link opens for her, as it did before, at her part's first question."""
    bot = team
    await _colleague(bot, who)
    await mapping(bot, "FM-3", LEAD2)
    code = await link(bot, "school", LEAD2)
    await bot.say(f"/start {code}", who)
    await bot.tap(labelled(bot, "Yes, I'll answer it"), who)
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    assert await contributions.answering(who) is not None
    assert "Practitioner has asked you to add what you know" in " ".join(bot.texts()[-3:])
    await bot.tap(labelled(bot, "Yes, I'll answer it"), who)  # tapped again: spent on her
    assert "FM-3" in read(bot, who)
    assert len(await contributions.parts_of(who)) == 1
