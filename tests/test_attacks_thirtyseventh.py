"""The thirty-seventh pass's attacks: a report pasted with headings, and the webhook's door.
Each test of a defect failed on the code as it was."""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

import pytest

from bot.teams.partners import MAX_PARTNER_LINKS
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.conftest import sosbot_env
from tests.processes import HANG_GUARD
from tests.telegram_world import TEST_KEY
from tests.test_lead_thirtysixth import nudges
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_webhook import PRACTITIONER, PUBLIC_URL, instance, open_a_draft

__all__ = ["bot"]  # the fixture

# --- a report pasted with headings -----------------------------------------------------------


def test_a_heading_left_empty_before_the_next_on_its_line_does_not_take_that_part() -> None:
    """A school's report flattened from a form, its "Working well" box left empty, pasted at
    the partner's worries: "Working well: Needs to happen: ..." put the nurse's visit under
    what is working well, heading and all, by /use."""
    chat = sent_at("contribution", "worries",
                   "Worries: K came to school hungry three days last week. Working well: "
                   "Needs to happen: school nurse to see K by Friday.")
    said = nudges(chat)[-1]
    assert '"Needs to happen: school nurse to see K by Friday."' in said
    assert "Working well" not in said  # nothing under it
    chat.command("accept")
    assert chat.draft.answers["needs_to_happen"] == "school nurse to see K by Friday."
    assert "working_well" not in chat.draft.answers
    assert chat.draft.answers["worries"] == "K came to school hungry three days last week."


@pytest.mark.parametrize("worry", ["risk - K walks home alone at night.",
                                   "Safety: K doesn't feel safe walking home.",
                                   "Plan: dad says he will move out, and has not."])
def test_what_a_worry_is_about_after_its_heading_stays_in_the_worry(worry: str) -> None:
    """(Held: "Safety" and "Plan" head other columns too, and what a worry is about.)"""
    chat = sent_at("contribution", "worries", f"Worries: {worry} Strengths: mum rang us.")
    chat.command("accept")
    assert chat.draft.answers["worries"] == worry
    assert chat.draft.answers["working_well"] == "mum rang us."


PARTNERS = ("Worries: K came in hungry three days last week. Working well: nan picks K up "
            "every day. Needs to happen: school nurse to see K by Friday.")


def test_a_line_headed_for_another_column_sent_after_the_reminder_is_asked_about_too() -> None:
    """Told that parts of her report were headed for other columns, to "send only what
    answers this question", a partner sent the strengths part alone at her worries: it was
    saved as her worry, "Working well: nan picks K up every day.", in the lead's column of
    worries, without a word."""
    chat = sent_at("contribution", "worries", PARTNERS)
    chat.send("Working well: nan picks K up every day.")
    assert "worries" not in chat.draft.answers
    assert '"Working well: nan picks K up every day."' in nudges(chat)[-1]
    chat.send("Working well: nan picks K up every day.")  # sent again: kept, as she means
    assert chat.draft.answers["worries"] == "Working well: nan picks K up every day."
    assert chat.asked == "working_well"


def test_the_answers_own_part_sent_after_the_reminder_is_saved() -> None:
    """(Held: what the reminder asked for is saved, its heading with it.)"""
    chat = sent_at("contribution", "worries", PARTNERS)
    chat.send("Worries: K came in hungry three days last week.")
    assert chat.draft.answers["worries"] == "Worries: K came in hungry three days last week."


MANY = "Dad hit mum on Friday while K watched.\n" + "Strengths: nan helps\n" * 30


def test_a_part_pasted_thirty_times_is_quoted_once() -> None:
    """A report with the same heading and words thirty times (copied down a table): the
    reminder quoted "Strengths: nan helps" thirty times over, longer than the answer."""
    said = nudges(sent_at("mapping", "danger_behaviour_1", MANY))[-1]
    assert said.count('"Strengths: nan helps"') == 1
    assert "Part of your answer is headed" in said  # one part, said as one


def test_a_heading_spaced_out_is_quoted_without_its_spaces() -> None:
    """A heading laid out with spaces to a column, as a copied table is: the reminder quoted
    every space, over 4,000 of them past the limit, in two messages of blank."""
    typed = "Dad hit mum on Friday. Strengths:" + " " * 3900 + "nan helps"
    [said] = [text for text in sent_at("mapping", "danger_behaviour_1", typed).notices()
              if "headed for other columns" in text]
    assert '("Strengths: nan helps")' in said
    assert len(said) < 400


def test_hundreds_of_headings_over_the_limit_are_named_in_a_few() -> None:
    """Three hundred headed parts over the length limit: the reply quoted every one, over
    5,000 characters, more than Telegram's 4,096 for one message."""
    typed = "Dad hit mum on Friday.\n" + "".join(f"Strengths: nan {n}\n" for n in range(250))
    chat = sent_at("mapping", "danger_behaviour_1", typed[:4000])
    [said] = [text for text in chat.notices() if "headed for other columns" in text]
    assert re.search(r'"Strengths: nan 0", "Strengths: nan 1", "Strengths: nan 2", '
                     r'"Strengths: nan 3" and 2\d\d more parts\)', said)
    assert len(said) < 600


# --- the webhook's door ---------------------------------------------------------------------


async def test_a_flood_of_forged_posts_is_not_a_log_line_each(tmp_path: Path) -> None:
    """Anyone who finds the public webhook URL can post to it without the secret: each post
    wrote a warning, so a few hundred a second filled the journal (and pushed out the lines
    an operator needs, where journald's rate limit drops them)."""
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        await open_a_draft(bot)
        for n in range(60):
            update = server.take_update(server.send_text(PRACTITIONER, f"forged {n}"))
            assert await bot.post(update, secret=None if n % 2 else "wrong") == 403
        assert await bot.stop() == 0
    refused = [line for line in bot.stderr.splitlines() if "webhook" in line
               and "refused" in line]
    # one line for the first of each kind, and (within the minute) one each counting the rest
    # when it stops
    assert 2 <= len(refused) <= 4, refused


# --- one person's many links ----------------------------------------------------------------


async def test_a_mappings_partner_links_stop_where_review_could_no_longer_show_them(
        bot: Bot) -> None:
    """A lead (or someone with her phone) tapped /invite, A partner, School over and over:
    each tap made a link. With more than 100 of them, the one message of /review holding a
    Stop button for each was more buttons than Telegram takes in a message ("reply markup is
    too long"), so /review's list of partners never came, and no link could be stopped."""
    await bot.say("/new mapping")
    await bot.say("TB-7")
    made = 0
    for _ in range(MAX_PARTNER_LINKS + 1):
        await bot.say("/invite")
        await bot.tap("t:ip")
        await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
        made += "start=" in bot.texts()[-1]
    assert made == MAX_PARTNER_LINKS
    assert "the most one mapping" in bot.texts()[-1]
    await bot.say("/review")
    stops = [b for b in bot.newest_buttons() if b["callback_data"].startswith("t:cz:")]
    assert len(stops) == MAX_PARTNER_LINKS <= 100  # Telegram's most in one message


async def test_a_webhook_secret_short_enough_to_guess_is_refused_at_start(tmp_path: Path) -> None:
    """SOSBOT_WEBHOOK_SECRET=k9f2 was taken (Telegram's rule allows 1 to 256 characters): the
    secret is all that tells Telegram's posts from anyone's, and four characters are 16.8
    million tries, a few hours of posting to the public URL, before an admin's "/delete"
    and "yes" could be posted as if from their phone. One line now says it is too short,
    and nothing starts."""
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", "--webhook", cwd=tmp_path,
        env=sosbot_env(TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN, SOSBOT_DATA_KEY=TEST_KEY,
                       SOSBOT_WEBHOOK_URL=PUBLIC_URL, SOSBOT_WEBHOOK_SECRET="k9f2"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    [line] = stderr.decode().strip().splitlines()
    assert child.returncode == 2
    assert "SOSBOT_WEBHOOK_SECRET" in line
    assert "at least 16 characters" in line
    assert "k9f2" not in line
    assert not (tmp_path / "sosbot.db").exists()
