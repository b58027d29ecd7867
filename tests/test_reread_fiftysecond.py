"""The fifty-second pass's changes read together: seven branches merged, each tested alone.
Each test of a defect failed on the merged code as it was.

Where quotes meet direction: walk52 says a child's quotes side by side once, in the summary's
own marks (`flows.answers.voiced`), and attack52 puts a right-to-left mark before a closing
quotation mark after words in Arabic in the bot's messages (`quotes_in_direction`). In the
Telegram summary the two met: the marks walk52 puts between the quotes had no such mark, and
quotes joined by "and" in Arabic or Welsh were not joined at all. And sound52's reminder
about words of the work in a child's quote holds answers typed in quotation marks, which
/show said again inside a second pair."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from chromium import Chromium, find_chromium

from bot.summary_html import render_telegram
from flows.export import render_export_text, render_html
from flows.loader import load_flows
from flows.render import render_text
from flows.replies import Nudge
from flows.summary import Summary, build_summary
from tests.test_attacks_fiftyfirst import ENDS
from tests.test_fixes_nineteenth import at_safe_today
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import phone

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()
ARABIC = "أريد أن يكون أبي لطيفا."  # "I want daddy to be nice."
RLM = "\u200f"


def dreams(typed: str) -> Summary:
    """The Three Houses summary with `typed` as the child's house of dreams."""
    flow = FLOWS["three_houses"]
    chat = reach(flow, "house_dreams")
    chat.send(typed)
    chat.command("done")
    assert chat.draft.answers["house_dreams"][0] == typed  # kept as typed
    return build_summary(flow, chat.draft)


@pytest.mark.parametrize("typed", [f'"{ARABIC}" و "حصان"', f'"{ARABIC}" و"حصان"',
                                   '"cer o \'ma" a "gad lonydd i mam"'])
def test_quotes_joined_by_and_in_arabic_or_welsh_are_quoted_once(typed: str) -> None:
    """A child's worker wrote a girl's two wishes as she said them in Arabic, '"...." و
    "حصان"' (و: "and"). The bot's message said them back as typed, but every summary and
    export put them in a second pair of marks ('"".... و "حصان""', in Telegram '“"...
    و "حصان"”'), as walk52 mended for "and" or "&" in English alone; so for a Welsh "a"."""
    summary = dreams(typed)
    for text in (render_text(summary), render_export_text(summary)):
        assert '""' not in text
        assert f' "{typed[1:-1]}" (' in text
    for html in (render_telegram(summary), render_html(summary)):
        assert "“&#34;" not in html
        assert "“\"" not in html


@pytest.mark.parametrize("typed", [f'"{ARABIC}" and "a unicorn"', f'"a unicorn" and "{ARABIC}"',
                                   f'"{ARABIC}" & "حصان"'])
def test_in_telegram_a_quote_in_arabic_beside_another_has_the_mark_before_its_close(
        typed: str) -> None:
    """Two quotes side by side, one in Arabic: in the Telegram summary the closing mark
    after the Arabic one had no right-to-left mark before it, so the quote's full stop was
    drawn at her first word (as the bot's messages drew it before attack52's mark)."""
    told = render_telegram(dreams(typed))
    assert f"{ARABIC}{RLM}”" in told
    assert "unicorn\u200f" not in told  # an English quote is left as it is


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="no Chromium binary found (install "
                    "Debian's `chromium` package, or set CHROMIUM to a Chrome binary)")
@pytest.mark.parametrize("typed", [f'"{ARABIC}" and "a unicorn"', f'"a unicorn" and "{ARABIC}"'])
def test_in_a_browser_the_arabic_quotes_full_stop_beside_another_quote_is_at_its_end(
        typed: str, tmp_path: Path) -> None:
    """The summary's line laid out by Chromium as a chat lays out a message (left to right):
    the Arabic quote's full stop is drawn to the left of her words, where they end as read;
    it was drawn to the right of her first word."""
    [line] = [line for line in render_telegram(dreams(typed)).split("\n") if ARABIC in line]
    page = tmp_path / "summary.html"
    page.write_text('<!doctype html><meta charset="utf-8"><div style="white-space:pre-wrap">'
                    f"{line}</div>", encoding="utf-8")
    assert escape(ARABIC) == ARABIC  # the line is HTML: her words are in it as they are
    (tmp_path / "chromium").mkdir()
    with Chromium.launch(tmp_path / "chromium") as browser:
        ends = browser.open(page.as_uri(), width=794).evaluate(f"{ENDS}({ARABIC!r})")
    assert ends["stop"] < ends["first"], ends


def test_one_quote_in_arabic_is_shown_as_before() -> None:
    """One quote alone, in Arabic: the marks around it are the summary's, as before."""
    assert f"{RLM}“{ARABIC}”{RLM} <i>" in render_telegram(dreams(f'"{ARABIC}"'))


# --- a child's quote held by sound52's reminder, shown again -----------------------------------


@pytest.mark.parametrize("typed", ['"i dont feel listened to by professionals"',
                                   '"i get anxious when mum is under the influence" and '
                                   '"i miss my nan"'])
def test_a_childs_quote_held_by_a_reminder_is_shown_again_in_one_pair_of_marks(
        typed: str) -> None:
    """A child's worker typed what a boy said, in quotation marks, at "What worries you in
    the house of worries?". sound52's reminder asks about words of the work in a child's
    quote ("professionals"), holding the answer back; at /show (and /resume) it came back
    as 'Your answer, held back by the reminder below: ""i dont feel listened to by
    professionals""', the marks doubled, where every other message says it back as typed
    (walk52)."""
    chat = sent_at("three_houses", "house_worries", typed)
    assert "house_worries" not in chat.draft.answers  # held by the reminder
    chat.command("show")
    [again] = [r.text for r in chat.replies[-3:] if isinstance(r, Nudge)]
    assert again.startswith(f"Your answer, held back by the reminder below: {typed}\n\n")
    assert '""' not in again


# --- quotes side by side in a phone's curly marks, said back in a message ----------------------


async def test_quotes_side_by_side_in_curly_marks_are_said_back_in_one_pair(bot: Bot) -> None:
    """A phone's keyboard types “curly” marks. The girl's two wishes typed so, '“i want daddy
    to be nice” & “a unicorn”', reached the yes-or-no question and were said back as 'I
    haven't saved "“i want daddy to be nice” & “a unicorn”" here.', in two pairs of marks,
    where the same typed with straight marks is said back in one (walk52) and every summary
    quotes them once. Said back as the plain-text summary says them."""
    await at_safe_today(bot)
    await bot.say("“i want daddy to be nice” & “a unicorn”")
    said = next(t for t in reversed(phone(bot)) if "haven't saved" in t)
    assert said.startswith('I haven\'t saved "i want daddy to be nice" & "a unicorn" here.')
    await bot.say("/show")  # the offer shown again, as it said it
    again = next(t for t in reversed(phone(bot)) if "You wrote" in t or "haven't saved" in t)
    assert '"“' not in again


async def test_a_sentence_in_curly_marks_around_quotes_is_said_back_as_typed(bot: Bot) -> None:
    await at_safe_today(bot)
    await bot.say("“go away” she said “now”")
    said = next(t for t in reversed(phone(bot)) if "haven't saved" in t)
    assert "“go away” she said “now”" in said
