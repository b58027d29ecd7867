"""The fifty-second pass's attacks on the real `sosbot run` (polling the local Bot API
server, and with --webhook) and `sosbot chat`. Each test of a defect failed on the code as
it was.

Held this pass (tried, nothing to mend):
- the offer to add a line to the answer before (a line at a choice, a yes or no or a scale
  after a written answer): /back and its button add it to the question before in the
  flow's order, also after an /edit of a later answer had brought her back; its button
  pressed after /new's menu of tools adds it and asks the question again; /handover,
  /invite, /members and /resume while it stands: answered, nothing lost; the line's words,
  with markup in them, in no log line at DEBUG (the real `sosbot run`, polling);
- /members, /help and /invite bold (a bold entity before the command's), without any
  entity, after a right-to-left mark, with a no-break space or a line break before its
  words: each read as the command; /members@sosbot_test_bot answered;
- colleague invites: opened by a second person, by the member again, and with a 5,000-
  character payload, a zero-width space after the code, the code in capitals or the link
  pasted whole: refused or told, no traceback; a display name holding HTML shown escaped in
  the welcome and /members; forged team buttons (a hand-over of a draft not open, a Yes
  asked far in the future, one's own Remove, a Yes with no membership, a page past 64 bits,
  a share of another draft, a partner link's Yes of nonsense): each said, nothing changed;
- 1,500 random steps by an admin and a member who joined by link (buttons pressed, forged
  with the other's draft id, a nonce moved by one, an Arabic digit or a stale action;
  answers with markup, NUL, right-to-left overrides, zalgo, 4,100 characters, formulas;
  every command, /handover and /share among them): no error logged, no call Telegram
  would refuse, none of the words in the log at DEBUG;
- answers of 1,500 Hebrew lines, and 900 distinct ones: /back, /review and /summary within
  Telegram's 4,096 with their right-to-left marks;
- the HTML export and the Word document of answers and a label holding <script>, an
  onerror attribute, quotes, "&", {{7*7}} and a right-to-left override: escaped, no template
  evaluated (the .txt is plain text, as meant);
- `sosbot run` at DEBUG with a PostgreSQL URL whose password is in the user part or in the
  query (with an unknown parameter), a key of the wrong length, a second key broken, a key
  that is not base64, and Telegram out of reach: one line each (with the traceback above it
  at DEBUG), neither the password, the token nor the key in the output;
- `sosbot flows check` given a FIFO, a folder, random bytes, UTF-16, a symbolic link
  loop, an unclosed bracket and no file: one line each naming the file;
- a full disk (a 600 KB tmpfs, filled): `sosbot chat` making its key there, and its
  database there, each one line; a read-only mount: `chat` and `export` one line each.
- a paste of 4,090 characters at the yes-or-no question, the rest of it straight after: the
  first part offered to the answer before, the rest said not saved; /back says the two
  together are over the limit and quotes the line back whole, the answer as it was.
- left: the team's messages quoting a case label or name (bot/teams) take no
  right-to-left mark, which matters only where a label ends in punctuation.
- left: `/members@otherbot` gets no reply, as `/help@otherbot` gets none
  (`tests/test_hostile_run.py` holds that another bot's command is not this bot's): not
  changed. A piped `sosbot chat` prints "> " before each line it reads, as the README's
  transcripts and fourteen test files show it: a choice of how a transcript reads, not a
  fault, left as it is.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest
from chromium import Chromium, find_chromium

from tests.botapi_server import BotApiServer
from tests.test_attacks_fiftyfirst import ENDS
from tests.test_fixes_nineteenth import at_safe_today
from tests.test_handover_thirtysixth import PRIYA, SAM, team
from tests.test_telegram_handlers import Bot, bot, button
from tests.test_walk_thirtythird_b import phone, read
from tests.test_webhook import instance, open_a_draft

__all__ = ["bot", "team"]  # the fixtures

# --- a flood of posts that are not updates, with the webhook's secret ------------------------

NOT_AN_UPDATE = re.compile(r"not a Telegram update \((\w+)\)(?: \((\d+) more such posts "
                           r"refused since the last line\))?$")


@pytest.mark.e2e
async def test_a_flood_of_posts_that_are_not_updates_is_logged_once_with_the_count(
        tmp_path: Path) -> None:
    """Someone holding the webhook's secret (a proxy gone wrong, a leaked secret) posted
    300 bodies that are not updates: the journal got 300 lines, one each, while a post
    without the secret is logged once a minute with how many more were refused. Now the
    same: one line, and at the stop how many more came since."""
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        for _ in range(300):
            assert await bot.post_body(b"[1,2]") == 400
        await open_a_draft(bot)  # the bot goes on
        assert await bot.stop() == 0
    refused = [NOT_AN_UPDATE.search(line) for line in bot.stderr.splitlines()
               if "not a Telegram update" in line]
    assert all(refused), bot.stderr[-2000:]
    assert [(m.group(1), m.group(2)) for m in refused if m] == [("TypeError", None),
                                                                ("TypeError", "299")]


# --- an admin removing a member whose draft has a line offered to the answer before ----------


async def sams_reflection(bot: Bot, *lines: str) -> None:
    """Sam opens a reflection "KB-9", taps School and sends `lines`."""
    await bot.say("/new reflection", SAM)
    await bot.say("KB-9", SAM)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")), SAM)
    for line in lines:
        await bot.say(line, SAM)


async def removed_handing_to_priya(bot: Bot) -> str:
    """The admin removes Sam, handing his drafts to Priya first: what the admin is told."""
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    await bot.tap(button(bot, "t:mk:"))
    return read(bot)


async def test_removing_sam_with_a_line_offered_says_no_answer_was_held_back(team: Bot) -> None:
    """Sam's second message reached the yes-or-no question after his written answer and was
    offered to that answer (never saved; /handover lets it go, saying nothing). An admin then
    removed him, handing his draft to Priya first: the admin was told "the answer Sam was
    giving was held back by a note and never saved", and Priya that "the answer Sam was
    giving to the question it is on was waiting for their choice about a note on it", as if
    an answer had been lost. Neither is said now: both read that a line typed to add to the
    answer before was never saved (partner52's wording), and the draft goes to Priya as saved."""
    bot = team
    await sams_reflection(bot, "Seen a bruise on her arm on Monday", "left by dad's belt she said")
    assert any('I haven\'t saved "left by dad\'s belt she said" here.' in said
               for said in phone(bot, SAM)[-2:])
    assert await removed_handing_to_priya(bot) == (
        'Handed Sam\'s 1 draft to Priya. In "KB-9", a line Sam typed to add to their answer '
        "before the question it is on was never saved, so it was not passed on. Removed Sam: "
        "they can no longer use the bot.")
    assert "note" not in read(bot, PRIYA)
    [theirs] = await bot.conversation.drafts(PRIYA)
    draft = await bot.conversation.load(PRIYA, theirs.id)
    assert draft is not None
    assert draft.pending is None
    assert draft.answers["what_happened"] == "Seen a bruise on her arm on Monday"


async def test_one_draft_handed_from_a_leaver_is_found_with_resume_as_it(team: Bot) -> None:
    """Given Sam's one unfinished draft as he was removed, Priya read "handed you their 1
    draft: "KB-9" (Pre-referral reflection). /resume lists them.": one draft, called them."""
    bot = team
    await sams_reflection(bot, "Seen a bruise on her arm on Monday")
    await removed_handing_to_priya(bot)
    assert read(bot, PRIYA) == ('An admin removed Sam from the team here and handed you their 1 '
                                'draft: "KB-9" (Pre-referral reflection). /resume lists it.')


# --- her Arabic words quoted back in a sentence of the bot's ---------------------------------

ARABIC = "قالت إنها تخاف من العودة إلى البيت."


async def test_an_arabic_line_quoted_back_keeps_its_full_stop_at_its_end(bot: Bot) -> None:
    """A social worker sent the second half of her note in Arabic; it reached "Is the child
    safe to go home today?" and was quoted back: 'I haven't saved "قالت ... البيت." here.'.
    The sentence is English, so her phone laid the quote out left to right and drew her full
    stop before her first word, as read right to left (Chromium draws it so: 8 pixels right
    of her first letter). A right-to-left mark before the closing quotation mark keeps it at
    her words' end (drawn 230 pixels to their left), as /review's echo does since the
    fifty-first pass; an English quote is left as it was."""
    await at_safe_today(bot)
    await bot.say(ARABIC)
    offer = next(t for t in reversed(phone(bot)) if "haven't saved" in t)
    assert f'"{ARABIC}\u200f" here.' in offer
    await bot.say("left by dad's belt she said")  # offered with it, a thought in three
    again = next(t for t in reversed(phone(bot)) if "haven't saved" in t)
    assert "said\u200f" not in again  # ends in English: no mark


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="no Chromium binary found (install "
                    "Debian's `chromium` package, or set CHROMIUM to a Chrome binary)")
async def test_in_a_browser_the_quoted_arabic_full_stop_is_at_its_end(
        bot: Bot, tmp_path: Path) -> None:
    """The offer as the bot sends it, laid out by Chromium as a chat lays out a message (left
    to right, an English sentence): the quoted full stop is drawn to the left of her words,
    where they end as read; it was drawn to the right of her first word."""
    await at_safe_today(bot)
    await bot.say(ARABIC)
    offer = next(t for t in reversed(phone(bot)) if "haven't saved" in t)
    page = tmp_path / "message.html"
    page.write_text('<!doctype html><meta charset="utf-8"><div style="white-space:pre-wrap">'
                    f"{escape(offer)}</div>", encoding="utf-8")
    (tmp_path / "chromium").mkdir()
    with Chromium.launch(tmp_path / "chromium") as browser:
        ends = browser.open(page.as_uri(), width=794).evaluate(f"{ENDS}({ARABIC!r})")
    assert ends["stop"] < ends["first"], ends


# --- the offered line shown again -------------------------------------------------------------

LONG_LINE = ("and when I asked her about it she said dad had used his belt on her legs on Sunday "
             "night after tea and that mum had told her not to tell anyone at school about it")


async def test_show_calls_an_offered_line_no_answer_and_quotes_it_as_the_offer_did(
        bot: Bot) -> None:
    """A line of 160 characters reached the yes-or-no question and was offered to her answer
    before, quoted short. At /show (and /resume, and after the rest of a long paste) it came
    back as 'Your answer, held back by the reminder below: "..."', whole, above the offer: an
    answer it never was, to a question it was not for. Now the offer alone is shown again,
    its button still there."""
    await at_safe_today(bot)
    await bot.say(LONG_LINE)
    await bot.say("/show")
    shown = phone(bot)[-2:]
    assert not any("Your answer, held back" in said for said in shown), shown
    assert any(said.startswith('You wrote "and when I asked her') and
               "/back adds it to the end of your answer before." in said for said in shown)
    assert "Add it to my answer before" in [b["text"] for b in bot.newest_buttons()]
