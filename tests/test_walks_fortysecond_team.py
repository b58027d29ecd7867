"""The forty-second walk of the shared work (teams, partners, hand-overs), as the people who
use it meet it, through the real Application (tests/memory_botapi.py) on real SQLite files.
Each test of a defect failed on the code as it was."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing

from tests.test_attacks_thirtythird_b import button_texts
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join
from tests.test_telegram_handlers import USER, Bot, button
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    answers,
    link,
    mapping,
    opens,
    phone,
    read,
    team,
)

__all__ = ["team"]  # the fixture

DAY = 86_400


def links_made_days_ago(bot: Bot, days: float) -> None:
    """Every partner link as if made `days` ago, for the 7 days a link works."""
    then = time.time() - days * DAY
    with closing(sqlite3.connect(bot.db)) as raw, raw:
        raw.execute("UPDATE invites SET created_at = ?, expires_at = ? WHERE kind = 'partner'",
                    (then, then + 7 * DAY))


def mapping_finished(bot: Bot) -> None:
    """The lead's mapping finished (its last question answered)."""
    with closing(sqlite3.connect(bot.db)) as raw, raw:
        raw.execute("UPDATE drafts SET status = 'completed' WHERE user_id = ?", (USER,))


# --- a partner who never answers: the link has closed, not "no answer yet" --------------------


async def _police_never_answer(bot: Bot) -> None:
    """The lead's FM-3 with links for the school and the police; the DSL sends her part, the
    police officer never opens his link."""
    await mapping(bot, "FM-3")
    school = await link(bot, "school")
    await link(bot, "police")
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))


async def test_a_link_expired_unopened_is_not_listed_as_no_answer_yet(team: Bot) -> None:
    """Nine days on, the police officer had never opened his link, which works 7 days. The
    lead's summary still read "Police: invited 27 Nov 2026, no answer yet", as if an answer
    could still come, and /review offered to stop a link that opened nothing: she waited for
    the police's part the day before conference. It says the link expired unopened, and
    /review offers no Stop for it."""
    bot = team
    await _police_never_answer(bot)
    links_made_days_ago(bot, 9)
    await bot.say("/summary FM-3")
    summary = "\n".join(phone(bot)[-3:])
    assert "Police: invited" in summary
    assert "no answer yet" not in summary
    assert "the link expired before it was opened" in summary
    await bot.say("/review FM-3")
    assert "Police (invited" in read(bot)
    assert "the link expired" in read(bot)
    assert not [d for d in bot.buttons() if d.startswith("t:cz:")]


async def test_a_link_unopened_when_the_mapping_was_finished_says_so(team: Bot) -> None:
    """The lead finished FM-3 for conference; the police had not opened their link, which a
    finished mapping closes. The summary for the chair read "Police: ... no answer yet"."""
    bot = team
    await _police_never_answer(bot)
    mapping_finished(bot)
    await bot.say("/summary FM-3")
    summary = "\n".join(phone(bot)[-3:])
    assert "Finished" in summary
    assert "no answer yet" not in summary
    assert "not opened before the mapping was finished" in summary


# --- a part that comes after the lead finished the mapping ------------------------------------


async def test_a_part_sent_after_the_mapping_was_finished_says_earlier_copies_lack_it(
        team: Bot) -> None:
    """The DSL began her part, went to a meeting, and sent it after the social worker had
    finished FM-3 and exported it for conference. The lead read only "School, DSL has sent a
    contribution to your mapping "FM-3" ... /export FM-3 include it", nothing to say the
    documents she had already sent the chair were without it. It says so now."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, DSL_PART[:3])
    mapping_finished(bot)
    await answers(bot, DSL, (*DSL_PART[3:], "send"))
    assert read(bot, DSL).startswith("Sent to Practitioner, thank you.")
    told = read(bot)
    assert told.startswith('School, DSL has sent a contribution to your mapping "FM-3"')
    assert "after you finished it" in told
    assert "a copy you exported or shared before it came doesn't have it" in told


async def test_a_part_sent_before_the_mapping_was_finished_is_told_as_before(team: Bot) -> None:
    bot = team
    await _police_never_answer(bot)
    assert read(bot) == ('School, DSL has sent a contribution to your mapping "FM-3". /review '
                         "FM-3 shows it, and /summary FM-3 and /export FM-3 include it.")


# --- a part the lead wants changed --------------------------------------------------------------

CHANGE_HOW = ("A part can't be changed once it is sent. To have one changed, ask whoever sent "
              "it to withdraw it (/delete, in their own chat with me), then send them a new "
              "link with /invite.")


async def test_the_leads_review_says_how_a_sent_part_is_changed(team: Bot) -> None:
    """The school's part said "FM came in hungry" where the lead needed when, and how often.
    /review showed the part, "Leave out School, DSL" and nothing else: no way to have it
    changed that she could find, so she left it out and typed the school's worries herself,
    under her own name. It says how now; the DSL's /delete and a new link do it."""
    bot = team
    await _police_never_answer(bot)
    await bot.say("/review FM-3")
    assert CHANGE_HOW in read(bot)
    await bot.say("/delete", user=DSL)
    await bot.tap(labelled(bot, "Yes, withdraw it"), user=DSL)
    again = await link(bot, "school")
    await opens(bot, again, DSL)
    await answers(bot, DSL, ("DSL", "/keep",
                             "FM came in hungry on 1, 2 and 3 dec, and ate 2 breakfasts",
                             *DSL_PART[3:], "send"))
    await bot.say("/summary FM-3")
    summary = "\n".join(phone(bot)[-3:])
    assert "FM came in hungry on 1, 2 and 3 dec" in summary
    assert "FM came in hungry three days last week" not in summary


async def test_a_finished_mappings_review_does_not_offer_a_new_link(team: Bot) -> None:
    bot = team
    await _police_never_answer(bot)
    mapping_finished(bot)
    await bot.say("/review FM-3")
    assert "School, DSL (in your summary)" in read(bot)
    assert CHANGE_HOW not in read(bot)


# --- /handover and a case label ------------------------------------------------------------------


async def test_handover_with_a_label_not_open_hands_nothing_and_says_how(
        team: Bot) -> None:
    """Sam, going on leave, handed his drafts one by one: with AB-1 open (the last he had
    looked at) he sent "/handover KB-7", as /resume KB-7 and /summary KB-7 take a label. It
    read KB-7 as a colleague's name: "No colleague's name has "kb-7" in it. Whom should I
    hand "AB-1" ...?", with Priya's button under it, the wrong case a tap away. Now nothing
    is offered, and he is told how; with KB-7 open, its label asks whom to hand it to."""
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", SAM)
    for said in ("/new reflection", "AB-1", "/handover KB-7"):
        await bot.say(said, SAM)
    assert read(bot, SAM) == ('"KB-7" isn\'t the draft open now ("AB-1" is), so I haven\'t '
                              "asked about handing it over. Send /resume KB-7 to open it, "
                              "then /handover.")
    assert button_texts(bot, SAM) == []
    for said in ("/resume KB-7", "/handover kb 7"):
        await bot.say(said, SAM)
    assert read(bot, SAM).startswith('Whom should I hand "KB-7" (Safety mapping) to?')
    assert button_texts(bot, SAM) == ["Hand to Priya"]
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    await bot.tap(button(bot, "t:hy:"), SAM)
    assert [d.label for d in await bot.conversation.drafts(PRIYA)] == ["KB-7"]


async def test_handover_with_a_label_and_nothing_open_says_how(team: Bot) -> None:
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", SAM)
    for said in ("/new reflection", "AB-1"):
        await bot.say(said, SAM)
    await hands_over(bot)  # AB-1 to Priya: nothing is open now
    await bot.say("/handover KB-7", SAM)
    assert read(bot, SAM) == ('"KB-7" isn\'t open now, so I haven\'t asked about handing it '
                              "over. Send /resume KB-7 to open it, then /handover.")


async def test_handover_with_a_colleagues_name_still_finds_them(team: Bot) -> None:
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover pri", SAM)
    assert read(bot, SAM).startswith('Whom should I hand "KB-7" (Safety mapping) to?')
    assert button_texts(bot, SAM) == ["Hand to Priya"]


# --- a partner's answers shown before they are sent ----------------------------------------------


async def test_a_partners_answers_before_sending_do_not_read_as_finished(team: Bot) -> None:
    """The DSL answered the last question between lessons: her answers came back headed
    "Partner's contribution: FM-3, Finished, 6 Dec 2026", and she put her phone away; the
    question to send it, under them, went unseen, and nothing reached the social worker.
    They are headed "Not sent yet" now, until she sends them."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, DSL_PART)
    shown = phone(bot, DSL)[-2]
    assert shown.startswith("Partner's contribution: FM-3\nNot sent yet, ")
    assert "Finished" not in shown
    await bot.say("/summary FM-3")
    assert "Draft, not finished" in "\n".join(phone(bot)[-3:])  # the lead's, as before
