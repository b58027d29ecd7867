"""The thirty-third round of attacks, second file: a hostile or careless user on the paths
this pass added (a lead's Stop of a link and the review's buttons beside it, a partner's
which-part withdrawal, the lead's notice sent again, polling handing in again an update the
database failed). Each test of a defect failed on the code as it was, through the real
parts: the real Application with the Bot API in memory (`tests.test_telegram_handlers`),
the teams' drivers of the walk that added them (`tests.test_walk_thirtythird_b`), and the
store in SQLite and PostgreSQL."""

from __future__ import annotations

import time
from typing import Any

import pytest

from bot.handlers import UNSAVED, HandedInAgain
from bot.teams.conversation import withdraw_buttons
from bot.teams.invites import invite_colleague
from storage.teams import TeamStore
from tests.memory_botapi import buttons_of
from tests.test_attacks_thirtythird import notices_sent_again
from tests.test_telegram_handlers import (
    USER,
    Bot,
    answers_of,
    bot,
    refusing,
)
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    LEAD2,
    NOT_MEANT,
    SAM,
    answers,
    link,
    mapping,
    opens,
    team,
    the_dsl_on_two_families,
)

__all__ = ["bot", "team"]  # the fixtures


def button_texts(bot: Bot, user: int) -> list[str]:
    """The texts of the buttons under the newest message to `user`."""
    last = [p for p in bot.request.sent() if p.get("chat_id") == user][-1]
    return [text for text, _ in buttons_of(last.get("reply_markup"))]


# --- 1. two families with the same case label, a partner asked which to withdraw -------------


async def test_two_families_labelled_alike_have_withdraw_buttons_told_apart(team: Bot) -> None:
    """Two social workers each label their family "KB-2" (the second copied from a Word
    document, its hyphen a non-breaking one). The school's DSL sent her part for the first
    and is part way through the second's; she sent /delete to withdraw the one under way and
    was shown two buttons both reading 'Withdraw "KB-2" only', with nothing to say which
    withdrew the part she had sent. Each button now says which part it withdraws."""
    bot = team
    await mapping(bot, "KB-2")
    first = await link(bot, "school")
    await mapping(bot, "KB\u20112", LEAD2)
    second = await link(bot, "school", LEAD2)
    await opens(bot, first, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await opens(bot, second, DSL)
    await answers(bot, DSL, ("DSL", "/keep", "KB was sent home with a bruise on her cheek"))
    await bot.say("/delete", user=DSL)
    shown = [b for b in button_texts(bot, DSL) if b.startswith("Withdraw \"")]
    assert len(shown) == 2
    assert len({b.replace("\u2011", "-") for b in shown}) == 2, shown
    unsent = next(b for b in shown if "not sent" in b)
    await bot.tap(labelled(bot, unsent), user=DSL)
    assert said_to(bot, DSL)[-1].startswith("Withdrawn: your contribution to")
    assert "has been withdrawn" in said_to(bot, LEAD2)[-1]
    await bot.say("/summary")
    assert "School, DSL" in said_to(bot, USER)[-1]  # the part she sent is still there


def test_withdraw_buttons_alike_in_every_way_are_numbered_and_fit() -> None:
    """The same long label, the same social worker's first name, neither sent: each button
    still says which (its place in the question's list), within what a button shows."""
    long = "Ref 44172 child 1 (Smith)"
    shown = withdraw_buttons([("a", long, "Alexandra-Josephine", False, "School"),
                              ("b", long, "Alexandra-Josephine", False, "School"),
                              ("c", "FM-3", "Sam", True, "School")])
    assert len(set(shown)) == 3, shown
    assert all(len(b) <= 60 for b in shown), shown
    assert shown[1].endswith("#2 only")
    assert shown[2] == 'Withdraw "FM-3" only'


# --- 2. the lead's notice sent again, after the lead was removed -----------------------------


async def test_a_lead_removed_meanwhile_is_not_sent_the_withdrawal_notice_again(
        team: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The DSL withdrew her part of Sam's FM-3 while Telegram could not reach Sam's chat;
    the notice waited to be sent again. Before it was, an admin removed Sam (leaving the
    team), which erased FM-3. The notice then reached Sam anyway, naming the school's DSL
    and the family's label to someone with no access any more, and telling them /invite
    makes a new link, which they can't use. A notice sent again goes only to someone who
    may still use /review."""
    bot = team
    teams = TeamStore(bot.conversation.store)
    await teams.join((await invite_colleague(teams, USER)).invite.code_hash, SAM, "Sam",
                     time.time())
    await mapping(bot, "FM-3", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    told_sam = len(said_to(bot, SAM))
    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", refusing(bot.request, SAM, None))
        await bot.say("/delete", user=DSL)
        await bot.tap(labelled(bot, "Yes, withdraw it"), user=DSL)
    assert said_to(bot, DSL)[-1].startswith("Withdrawn")
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(labelled(bot, "Yes, remove"))
    assert said_to(bot, USER)[-1].startswith("Removed Sam")
    await notices_sent_again(bot)
    assert not any("has been withdrawn" in t for t in said_to(bot, SAM)[told_sam:])


# --- 3. "Stop the Police link" pressed with another family's draft open ------------------------


async def test_stop_pressed_with_another_familys_draft_open_stops_that_link(team: Bot) -> None:
    """The social worker saw in FM-3's /review that the Police link had been opened by
    someone it was not meant for, then started KB-2's mapping (the next visit), and tapped
    "Stop the Police link" still on the screen above. They were told "Alright, nothing has
    been changed", as if they had tapped No, and the link went on working for the wrong
    person; tapped again, the same. The button stops FM-3's link whichever draft is open,
    and the question and the reply name the mapping."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "police"), NOT_MEANT)
    await answers(bot, NOT_MEANT, ("response officer",))
    await bot.say("/review")
    stop = labelled(bot, "Stop the Police link")
    await mapping(bot, "KB-2")
    await bot.tap(stop)
    assert said_to(bot, USER)[-1].startswith('Stop the Police link for "FM-3"?')
    await bot.tap(labelled(bot, "Yes, stop it"))
    assert said_to(bot, USER)[-1].startswith('Stopped: the Police link for "FM-3"')
    assert 'stopped the link you opened for "FM-3"' in said_to(bot, NOT_MEANT)[-1]
    await bot.say("two callouts in nov", user=NOT_MEANT)
    assert said_to(bot, NOT_MEANT)[-1].startswith("Sorry, this bot is only open to")


# --- 4. two links for one service: which Stop button stops the one opened by the wrong person --


async def test_two_police_links_of_one_day_have_stop_buttons_saying_which_was_opened(
        team: Bot) -> None:
    """The social worker made the Police link, sent it to the wrong address (where someone
    opened it and began), and made a second one for the officer that morning. /review listed
    "Police (invited 5 Dec 2026; started, not sent yet); Police (invited 5 Dec 2026)" and
    offered "Stop the Police link of 5 Dec 2026, #1" and "..., #2": nothing on the screen is
    numbered, so which stops the one opened by the wrong person was a guess, and the wrong
    guess stopped the officer's and left the other working. Each button now says whether
    its link was opened."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "police"), NOT_MEANT)
    await answers(bot, NOT_MEANT, ("response officer",))
    await link(bot, "police")
    await bot.say("/review")
    stops = [b for b in button_texts(bot, USER) if b.startswith("Stop the Police link")]
    assert len(stops) == 2
    opened = [b for b in stops if "started" in b]
    assert len(opened) == 1, stops
    await bot.tap(labelled(bot, opened[0]))
    await bot.tap(labelled(bot, "Yes, stop it"))
    assert 'stopped the link you opened for "FM-3"' in said_to(bot, NOT_MEANT)[-1]


# --- 5. "Leave out School" pressed with another family's draft open ----------------------------


async def test_leave_out_pressed_with_another_familys_draft_open_leaves_that_part_out(
        team: Bot) -> None:
    """Beside the Stop buttons in FM-3's /review, "Leave out School, DSL", tapped once the
    social worker had started KB-2's mapping, said "Alright, nothing has been changed", as if
    No had been tapped, and the school's part stayed in FM-3's summary for the conference.
    It leaves that part out whichever draft is open."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await bot.say("/review")
    leave_out = labelled(bot, "Leave out School, DSL")
    await mapping(bot, "KB-2")
    await bot.tap(leave_out)
    assert said_to(bot, USER)[-1].startswith("Left out")
    await bot.say("/summary FM-3")
    assert "FM came in hungry" not in said_to(bot, USER)[-1]


# --- 6. polling: an update the database failed, handed in again after its sender moved on -------


async def handed_in_again(bot: Bot) -> list[str]:
    """The updates polling hands in again (`HandedInAgain`), handed in now; what the
    practitioner is sent then."""
    assert bot.app.job_queue is not None
    before = len(said_to(bot, USER))
    for job in bot.app.job_queue.get_jobs_by_name("handed in again"):
        await job.run(bot.app)
    while not bot.app.update_queue.empty():
        await bot.app.process_update(bot.app.update_queue.get_nowait())
    return said_to(bot, USER)[before:]


async def test_a_command_the_database_failed_is_not_acted_on_after_it_was_sent_again(
        bot: Bot) -> None:
    """The database took no writes for a moment as the practitioner sent /new reflection:
    they were told "Sorry ... Send /show ... before you answer again", and did: /new
    reflection again, KB-1, the first answer. Minutes later the first /new reflection,
    handed in again once the database took writes, asked out of the blue for a case label,
    and the next thing they typed about the child became a second draft's label. What
    its sender has written since, once saved, stands for it: it is not handed in again."""
    bot.app.bot_data[UNSAVED] = HandedInAgain()
    database: Any = bot.conversation.store._db  # type: ignore[attr-defined]
    await bot.say("/start")
    await database.execute("PRAGMA query_only = ON")
    await bot.say("/new reflection")
    assert said_to(bot, USER)[-1].startswith("Sorry, something went wrong")
    await database.execute("PRAGMA query_only = OFF")
    for said in ("/new reflection", "KB-1", "School or college"):
        await bot.say(said)
    assert await handed_in_again(bot) == []
    await bot.say("He came in with a bruise on his cheek on Monday")
    assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-1"]
    assert "bruise" in str(await answers_of(bot, "KB-1"))


# --- 7. the answer to "which do you want to withdraw?" typed, not tapped -----------------------


async def test_a_part_named_in_reply_to_which_to_withdraw_is_not_saved_as_an_answer(
        team: Bot) -> None:
    """Asked "You have contributed to more than one safety mapping ... Which do you want to
    withdraw and erase?", the DSL typed her answer: "KB-2". It was saved as her answer to the
    question under way in KB-2's part ("What's working well: KB-2" in that social worker's
    summary, once sent), and "both" or "the second one" likewise. Such a reply is not saved:
    she is asked again, with the buttons, and told nothing has been withdrawn."""
    bot = team
    await the_dsl_on_two_families(bot)
    await bot.say("/delete", user=DSL)
    for typed in ("KB-2", "kb2 only", "both", "the second one", "all of them"):
        before = len(said_to(bot, DSL))
        await bot.say(typed, user=DSL)
        said = said_to(bot, DSL)[before:]
        assert said[0].startswith(f'I haven\'t saved "{typed}"'), said
        assert said[-1].startswith("You have contributed to more than one safety mapping")
    await bot.say("/review", user=DSL)
    shown = said_to(bot, DSL)[-1]
    assert "KB was sent home with a bruise" in shown
    assert not any(typed in shown for typed in ("kb2 only", "both", "the second one"))
