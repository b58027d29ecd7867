"""The thirty-fifth review's second reader: the merged change read with fresh eyes where
helpers' work meets. Each test of a defect failed on the code as it was, through the real
parts (the real Application over tests/memory_botapi.py, the real flows, SQLite files)."""

from __future__ import annotations

from bot.session_commands import _ABOUT_OPEN, _OPEN_ONE
from tests.growth import LINEAR_AT_MOST, growth
from tests.test_leftovers_thirtyfifth import two_drafts
from tests.test_telegram_handlers import Bot, bot

__all__ = ["bot"]  # the fixture

# --- words after /summary, /review, /export or /cancel read once -------------------------------


def test_words_after_summary_that_name_no_draft_are_read_in_a_moment() -> None:
    """"/summary it it it ... zz" (words after /summary that name no draft) was read along
    every way "it" could be taken, twice over for each "it": thirty of them held every
    practitioner's replies up for hours. The words are read once."""
    for words in (_ABOUT_OPEN, _OPEN_ONE):
        assert growth(lambda n, words=words: words.fullmatch("it " * n + "zz"), 5) \
            < LINEAR_AT_MOST


async def test_summary_of_many_its_and_no_draft_says_none_is_called_that(bot: Bot) -> None:
    said_before = await two_drafts(bot)
    await bot.say("/summary " + "it " * 40 + "zz")
    said = " ".join(bot.texts()[said_before:])
    assert "None of your drafts is called" in said
    assert "Group supervision preparation</b>: Sup-KT" not in said
