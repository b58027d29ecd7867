"""The nineteenth round: weaknesses earlier rounds named and left alone, each pinned by a
test that failed on the code as it was. Telegram updates go through the real Application
(the Bot API answered in memory, `tests.test_telegram_handlers`, or the local Bot API
server, `tests.telegram_world`); the database is a real SQLite file in tmp_path."""

from __future__ import annotations

import asyncio
import html
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path

import pytest

from bot.keys import require_key
from bot.session import CONFIRM_STANDS_S
from bot.teams.invites import NewInvite, invite_colleague, invite_partner
from bot.teams.team import Team
from storage.contributions import ContributionStore
from storage.retention import DAY
from storage.store import Store
from storage.teams import TeamStore
from tests.builders import EngineChat, build_flow, choice, section, text, yes_no
from tests.in_process import sosbot_here
from tests.memory_botapi import BOT_USER
from tests.telegram_world import PRACTITIONER, World, bot_world
from tests.test_attacks_fourteenth import answers_now, at_what_needs_to_happen, forwarded, reply
from tests.test_retention import NOW, put
from tests.test_telegram_handlers import (
    USER,
    Bot,
    bot,
    counts,
    no_errors,
    running,
    start_reflection,
    texts_to,
)

__all__ = ["bot"]  # the fixture
COLLEAGUE = {"id": 4343, "is_bot": False, "first_name": "Jo"}


async def at_safe_today(bot: Bot) -> None:
    """A reflection at "Is the child safe to go home today?" (a yes-or-no question)."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say("Seen a bruise on her arm on Monday")
    assert "safe to go home" in bot.texts()[-1]


# --- 1. a forwarded message is someone else's words ----------------------------------------


@pytest.mark.parametrize("command", ["/cancel", "/delete"])
async def test_a_forwarded_yes_confirms_no_erasure(
        bot: Bot, command: str, caplog: pytest.LogCaptureFixture) -> None:
    """/delete asked "Erase everything stored about you?"; a "Yes" forwarded from a colleague
    (their answer to something else entirely) erased every draft. A forwarded message is
    someone else's words: it confirms nothing, and the question is asked again."""
    await at_what_needs_to_happen(bot)
    await bot.say(command)
    before = await counts(bot)
    await bot.feed(forwarded(bot, "Yes", COLLEAGUE))
    after = await counts(bot)
    assert (after["drafts"], after["answers"]) == (before["drafts"], before["answers"]) == (1, 5)
    said, _asked = bot.texts()[-2:]
    assert "forwarded message" in said
    assert "nothing has been erased" in said
    assert bot.newest_buttons()  # the question again, with its Yes and No
    await bot.say("yes")  # typed by the practitioner: that one counts
    assert (await counts(bot))["drafts"] == 0
    no_errors(caplog)


async def test_a_forwarded_yes_is_not_saved_at_a_yes_or_no_question(bot: Bot) -> None:
    """At "Is the child safe to go home today?" a forwarded "Yes" was saved as "Yes, as far
    as I know": someone else's reply recorded as the practitioner's judgement."""
    await at_safe_today(bot)
    await bot.feed(forwarded(bot, "Yes", COLLEAGUE))
    assert "safe_today" not in await answers_now(bot)
    said, asked = bot.texts()[-2:]
    assert "forwarded message" in html.unescape(said)
    assert "safe to go home" in asked


async def test_a_forwarded_note_is_still_the_words_of_a_written_answer(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.feed(forwarded(bot, "Teacher saw a bruise on her arm on Monday", COLLEAGUE))
    assert (await answers_now(bot))["what_happened"] == "Teacher saw a bruise on her arm on Monday"


@pytest.mark.parametrize("typed", ["/delete", "/cancel", "/skip", "skip"])
async def test_a_forwarded_command_is_not_run(bot: Bot, typed: str) -> None:
    """A forwarded "/delete" ran /delete, and a forwarded "skip" (a colleague's word) skipped
    the question. A forwarded message is never a command."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    before = len(bot.texts())
    await bot.feed(forwarded(bot, typed, COLLEAGUE))  # a command with its entity, as sent
    said = bot.texts()[before:]
    assert "forwarded message" in html.unescape(said[0])
    assert not any("Erase everything" in s or "Discard the draft" in s for s in said)
    assert "worries you" in said[-1]  # the question still asked
    assert "what_happened" not in await answers_now(bot)


async def test_a_forwarded_label_is_not_taken_as_the_case_label(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.feed(forwarded(bot, "KB-9", COLLEAGUE))
    assert await bot.conversation.drafts(USER) == []
    assert "forwarded message" in bot.texts()[-2]
    await bot.say("KB-9")
    assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-9"]


# --- 2. a confirmation reads yes and no as people type them ---------------------------------


@pytest.mark.parametrize("word", ["yeah", "yep", "ok do it", "Yes please", "sure"])
async def test_a_yes_in_everyday_words_confirms(bot: Bot, word: str) -> None:
    """/cancel asked "Discard the draft?"; "yeah" dropped the question and was saved as the
    answer to the question on the screen. A yes in everyday words is a yes."""
    await at_what_needs_to_happen(bot)
    await bot.say("/cancel")
    await bot.say(word)
    assert (await counts(bot))["drafts"] == 0
    assert "Discarded" in bot.texts()[-1]


@pytest.mark.parametrize("word", ["no thanks", "nope", "nah", "don't", "not now"])
async def test_a_no_in_everyday_words_declines_and_is_no_answer(bot: Bot, word: str) -> None:
    await at_what_needs_to_happen(bot)
    await bot.say("/cancel")
    await bot.say(word)
    assert (await counts(bot))["drafts"] == 1
    assert "needs_to_happen" not in await answers_now(bot)
    said, asked = bot.texts()[-2:]
    assert said == "Alright, nothing has been changed."
    assert "What needs to happen" in asked


@pytest.mark.parametrize("typed", ["maybe", "3", "Dad hit him with a belt"])
async def test_anything_else_while_are_you_sure_waits_asks_again_and_saves_nothing(
        bot: Bot, typed: str) -> None:
    """Anything but a yes or a no while "are you sure?" waits was saved as the answer to the
    question on the screen, the question dropped. Now it is asked again, and the line is
    said not to be saved; the yes to the question asked again still counts."""
    await at_what_needs_to_happen(bot)
    await bot.say("/delete")
    await bot.say(typed)
    assert "needs_to_happen" not in await answers_now(bot)
    said = html.unescape(bot.texts()[-2])
    assert f'"{typed}" isn\'t a yes or a no, so I haven\'t saved it' in said
    assert "Erase everything" in bot.texts()[-1]
    await bot.say("yes")
    assert (await counts(bot))["drafts"] == 0


# --- 3. a yes counts only for the prompt the person saw last --------------------------------


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with bot_world(tmp_path / "bot.db", no_errors=False) as the_world:
        yield the_world


async def drafts_in(world: World) -> int:
    db = world.settings.db
    async with await Store.open(db, sealer=require_key(world.settings, db)) as store:
        return len(await store.list_drafts(PRACTITIONER))


@pytest.mark.e2e
async def test_a_yes_to_a_prompt_that_never_arrived_erases_nothing(world: World) -> None:
    """/delete's "Erase everything stored about you?" never reached the phone (Telegram
    answered 502). The practitioner, seeing "Sorry", typed "yes" to the question they last
    saw; the bot took it for the erasure's yes and erased every draft."""
    await world.command("new", "reflection")
    await world.say("TB-7")
    await world.tap("School or college")
    world.server.fail("sendMessage")  # the prompt is lost
    await world.command("delete")
    assert not any("Erase everything" in t for t in world.texts())
    await world.say("yes")
    assert await drafts_in(world) == 1
    said, asked = world.texts()[-2:]
    assert "not sure the yes-or-no question reached you" in said
    assert "Erase everything" in asked
    await world.say("yes")  # to the prompt now seen
    assert await drafts_in(world) == 0


async def test_a_yes_after_a_note_that_came_after_the_prompt_erases_nothing(bot: Bot) -> None:
    """A photo sent while "are you sure?" waited was answered "I can only read text", and a
    "yes" typed after it (for whatever it was then meant) erased. The note is the newest
    message: the question is asked again below it, and only that one is answered."""
    await at_what_needs_to_happen(bot)
    await bot.say("/delete")
    old_buttons = bot.buttons()
    await bot.feed(bot.updates.message(USER, photo=[{"file_id": "p", "file_unique_id": "p",
                                                     "width": 1, "height": 1}]))
    assert "Erase everything" in bot.texts()[-1]  # asked again, below the note
    await bot.tap(old_buttons[0])  # the Yes of the prompt before the note
    assert (await counts(bot))["drafts"] == 1
    await bot.say("yes")
    assert (await counts(bot))["drafts"] == 0


def test_a_confirmation_stands_two_minutes() -> None:
    """Ten minutes was long enough for a "yes" meant for something else to erase."""
    assert CONFIRM_STANDS_S == 120


async def test_a_yes_three_minutes_later_erases_nothing(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    await at_what_needs_to_happen(bot)
    await bot.say("/delete")
    later = time.time() + 3 * 60
    monkeypatch.setattr("bot.session.time.time", lambda: later)
    await bot.say("yes")
    assert (await counts(bot))["drafts"] == 1
    assert "asked a while ago" in bot.texts()[-2]


# --- 4. a reply to an earlier question is not the case label --------------------------------


async def test_a_reply_to_an_earlier_question_is_not_the_new_drafts_label(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """/new asked for a case label; the practitioner replied (Telegram's Reply) to an earlier
    question of their open draft with its answer, "Nan collects her", which became the new
    draft's label. As at any question, a reply to an earlier message is that message's."""
    sent = await at_what_needs_to_happen(bot)
    await bot.say("/new harm_matrix")
    safe_today = next(s for s in sent if "safe to go home" in s.text)
    worry = next(s for s in sent if "worries you" in s.text)
    for earlier, typed in ((safe_today, "Yes"), (worry, "Nan collects her")):
        await bot.feed(reply(bot, typed, earlier))
        assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-12"]
        said, asked = bot.texts()[-2:]
        assert "reply to an earlier message" in said
        assert "case label" in said
        assert "case label" in asked
    prompt = bot.request.outbox(USER)[-1]
    await bot.feed(reply(bot, "HM-3", prompt))  # a reply to the label prompt is the label
    assert sorted(d.label for d in await bot.conversation.drafts(USER)) == ["HM-3", "KB-12"]
    no_errors(caplog)


async def test_a_label_typed_with_no_reply_is_still_the_label(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("KB-1")
    assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-1"]
    assert BOT_USER["id"] != USER


# --- 5. a number picks an option only where the options were shown numbered ----------------


async def test_a_number_typed_at_telegrams_unnumbered_buttons_asks_which_option(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """"How often has this happened?" with the buttons "Once", "A few times", "Most weeks":
    the practitioner typed "3" (three times), and "Most weeks" was saved, the third button,
    though Telegram shows its buttons without numbers. Only where the options were shown
    numbered (the terminal chat) does a number pick one; in Telegram it is asked which."""
    flow = build_flow(tmp_path, section("s", choice("often", "once", "a_few_times",
                                                    "most_weeks", "every_day"),
                                        choice("agencies", "school", "police", "health",
                                               multi=True),
                                        yes_no("told"), text("after")))
    async with running(tmp_path, {flow.id: flow}) as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        for typed, step in (("3", "often"), ("2", "often")):
            await bot.say(typed)
            draft = await bot.conversation.active(USER)
            assert draft is not None
            assert step not in draft.answers
            said = html.unescape(bot.texts()[-2])
            assert f"The options here aren't numbered, so I can't tell which one \"{typed}\" " \
                "means." in said
        await bot.say("a few times")  # its words are taken
        await bot.say("1, 3")
        await bot.say("1")
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.answers == {"often": "a_few_times"}  # neither "1, 3" nor "1" (yes)
        await bot.tap(next(d for d in bot.buttons() if d.endswith(":police")))
        await bot.tap(next(d for d in bot.buttons() if d.endswith(":done")))
        await bot.say("yes")
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.answers == {"often": "a_few_times", "agencies": ["police"], "told": "yes"}
    no_errors(caplog)


def test_the_terminal_chat_which_numbers_its_options_still_picks_by_number(
        tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", choice("often", "once", "a_few_times",
                                                    "most_weeks"), text("after")))
    chat = EngineChat(flow)
    chat.start()
    chat.send("3")
    assert chat.draft.answers == {"often": "most_weeks"}


@pytest.mark.parametrize(("typed", "meant"), [("3", None), ("three times", None),
                                               ("most weeks", "most_weeks")])
def test_a_choice_read_without_numbers(tmp_path: Path, typed: str, meant: str | None) -> None:
    flow = build_flow(tmp_path, section("s", choice("often", "once", "a_few_times",
                                                    "most_weeks"), text("after")))
    step = flow.step("often")
    assert step.kind.parse(flow, step, typed, numbered=False)[0] == meant


# --- 6. `sosbot purge` applies the deployment's retention, and says which -------------------


async def drafts_aged(db: Path, days: float) -> None:
    """One draft, last touched `days` days ago by the clock."""
    async with await Store.open(db) as store:
        await put(store, "aged", days_ago=(NOW - time.time()) / DAY + days)


async def test_purge_from_cron_applies_the_retention_of_the_bots_settings_file(
        tmp_path: Path) -> None:
    """The bot ran with SOSBOT_DRAFT_DAYS=7 in /etc/sosbot/main.env (systemd's
    EnvironmentFile); `sosbot purge` from cron, in another folder and environment, applied
    its own default of 30 days and kept a draft the council's rules had it erase, saying
    nothing of which it used. `--env-file` reads the bot's file (its database too), and the
    output names each retention setting and where it came from."""
    db = tmp_path / "var" / "sosbot.db"
    db.parent.mkdir()
    await drafts_aged(db, 10)
    settings_file = tmp_path / "main.env"
    settings_file.write_text(f"SOSBOT_DB={db}\nSOSBOT_DRAFT_DAYS=7\n", encoding="utf-8")
    cron = tmp_path / "home"
    cron.mkdir()
    result = await asyncio.to_thread(  # cron's own setting, not the bot's
        sosbot_here, "purge", "--env-file", str(settings_file), cwd=cron,
        env={"SOSBOT_DRAFT_DAYS": "30"})
    assert result.returncode == 0, result.stderr
    assert "Erased 1 draft(s)" in result.stdout
    assert (f"Retention applied: drafts untouched for 7 days (SOSBOT_DRAFT_DAYS, from "
            f"{settings_file}) and finished ones after 14 days (SOSBOT_DONE_DAYS, the "
            "default: set nowhere).") in result.stdout


async def test_purge_without_the_settings_file_says_it_applied_the_defaults(
        tmp_path: Path) -> None:
    db = tmp_path / "sosbot.db"
    await drafts_aged(db, 10)
    result = await asyncio.to_thread(sosbot_here, "purge", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Erased 0 draft(s)" in result.stdout
    assert "drafts untouched for 30 days (SOSBOT_DRAFT_DAYS, the default: set nowhere)" \
        in result.stdout
    assert "give it with --env-file" in result.stdout
    result = await asyncio.to_thread(sosbot_here, "purge", "--db", str(db), cwd=tmp_path,
                                     env={"SOSBOT_DRAFT_DAYS": "9"})
    assert "Erased 1 draft(s)" in result.stdout
    assert "9 days (SOSBOT_DRAFT_DAYS, from the environment)" in result.stdout


def test_purge_with_a_settings_file_that_is_not_there_says_so(tmp_path: Path) -> None:
    result = sosbot_here("purge", "--env-file", str(tmp_path / "main.env"), cwd=tmp_path)
    assert result.returncode == 2
    assert "--env-file: there is no file at" in result.stderr
    assert not (tmp_path / "sosbot.db").exists()


# --- 7. a member an admin removed is not let back in by a contribution they made ------------

SAM = 4343


async def a_mapping_and_its_link(bot: Bot, teams: TeamStore) -> tuple[str, NewInvite]:
    """The practitioner's new mapping "TB-7", and a school's partner link to it."""
    await bot.say("/new mapping")
    await bot.say("TB-7")
    mapping = await bot.conversation.active(USER)
    assert mapping is not None
    return mapping.id, await invite_partner(teams, USER, mapping.id, agency="School",
                                            label="TB-7", lead_name="Jo")


async def test_a_removed_member_who_had_contributed_is_not_let_in_as_a_partner(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """Sam, a member, sent a partner's contribution to a colleague's mapping, and was then
    removed by an admin ("they can no longer use the bot"). Writing to the bot again, Sam
    was let in as that contribution's partner ("It is locked now"), and could withdraw it:
    removal did not end their access, and never would once retention forgot the removal.
    Now they are told they are no longer on the team, for as long as that contribution is
    kept; it stays in the mapping, credited to them. A new invite brings them back."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, SAM, "Sam", time.time())
    mapping_id, link = await a_mapping_and_its_link(bot, teams)
    parts = ContributionStore(teams)
    claimed = await parts.claim(link.invite.code_hash, SAM, time.time())
    assert claimed is not None
    assert await parts.send(claimed, {"flow": "contribution", "answers": {"role": "DSL"}})
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(next(d for d in bot.buttons() if d.startswith(f"t:my:{SAM}")))
    assert "Removed Sam" in bot.texts()[-1]
    await bot.say("/delete", user=SAM)
    assert "no longer on this team" in texts_to(bot, SAM)[-1]
    sent = [part for _, part in await parts.for_draft(mapping_id) if part is not None]
    assert [part.partner_id for part in sent] == [SAM]  # still the mapping's, credited
    team = Team(teams, frozenset({USER}))
    assert await team.who(SAM) == "stranger"
    # Retention forgets a removal after as long as an untouched draft, but not while a
    # contribution from before it is kept: that would let them in again.
    with closing(sqlite3.connect(bot.db)) as db, db:
        db.execute("UPDATE former_members SET removed_at = removed_at - 40 * 86400")
        db.execute("UPDATE contributions SET updated_at = updated_at - 41 * 86400")
    await bot.conversation.store.purge(idle_before=time.time() - 30 * 86400,
                                       done_before=0.0, updates_before=0.0)
    assert await team.who(SAM) == "stranger"
    assert await team.refusal(SAM) is not None
    again = await invite_colleague(teams, USER)
    await teams.join(again.invite.code_hash, SAM, "Sam", time.time())
    assert await team.who(SAM) == "member"
    no_errors(caplog)


async def test_a_removed_member_invited_afresh_as_a_partner_may_answer(bot: Bot) -> None:
    """Removal ends the access they had; a partner's link opened since is a new one."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, SAM, "Sam", time.time())
    await teams.remove_member(SAM, now=time.time() - 5)
    _, link = await a_mapping_and_its_link(bot, teams)
    assert await ContributionStore(teams).claim(link.invite.code_hash, SAM, time.time())
    assert await Team(teams, frozenset({USER})).who(SAM) == "partner"
