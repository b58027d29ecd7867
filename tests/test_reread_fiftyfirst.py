"""The fifty-first pass re-read where two helpers' merged work meets: walk51's offer to add
a line to the answer before (a line typed at a choice, never saved, let go by any other
command) and the team's /handover, which refused while anything was held in the draft.
Through the real Application (in memory) on real SQLite files."""

from __future__ import annotations

from bot.teams.handover import HELD
from tests.test_handover_thirtysixth import SAM, hands_over, team
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_fiftyfirst import ADD, answers_now, at_safe_today, labelled, phone

__all__ = ["bot", "team"]  # the fixtures

REFUSED = HELD.split("{label}")[0]


async def test_handover_while_a_line_is_offered_is_answered_as_without_it(bot: Bot) -> None:
    """A social worker's second half of a thought reached a choice and was offered to her
    answer before; she then sent /handover. She was told an answer of hers was waiting for
    her choice about a note on it, and nothing was handed over, though no answer was held
    (the line was never saved, and any other command lets the offer go). /handover now
    answers as it does with no line typed."""
    await at_safe_today(bot)
    await bot.say("left by dad's belt she said")
    assert labelled(bot, ADD)
    await bot.say("/handover")
    told = phone(bot)[-1]
    assert not told.startswith(REFUSED)
    assert "safe_today" not in await answers_now(bot)


async def test_the_draft_goes_to_the_colleague_without_the_offered_line(team: Bot) -> None:
    """Handed over, the draft is the colleague's, its answers as saved: the line offered,
    never saved, does not go with it, nor wait as an offer for the colleague."""
    bot = team
    await at_safe_today(bot)
    await bot.say("left by dad's belt she said")
    told = await hands_over(bot, to=SAM, giver=USER)
    assert not told.startswith(REFUSED)
    [theirs] = await bot.conversation.drafts(SAM)
    draft = await bot.conversation.load(SAM, theirs.id)
    assert draft is not None
    assert draft.pending is None
    assert draft.answers["what_happened"] == "Seen a bruise on her arm on Monday"
    assert "safe_today" not in draft.answers
