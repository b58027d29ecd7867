"""The thirty-seventh pass's second leftovers, each met as a practitioner on a phone would
meet it, through the real Application (tests/memory_botapi.py) on real databases and the
real tools. Each test of a defect failed on the code as it was; the others guard what the
fix must leave alone."""

from __future__ import annotations

from tests.test_input_model import USER
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtythird_b import phone

__all__ = ["bot"]  # the fixture


# --- a tool's name typed at the case label prompt ----------------------------------------------


async def labels(bot: Bot) -> dict[str, str]:
    """Each unfinished draft's label, with its tool."""
    return {d.label: d.flow_id for d in await bot.conversation.drafts(USER)}


async def test_a_tools_name_at_the_label_prompt_is_asked_about_not_used(bot: Bot) -> None:
    """With nothing open she typed "harm matrix", then, changing her mind, "three houses"
    at its label prompt: the harm matrix draft was labelled "three houses". She is asked
    now whether she meant that tool, and nothing is labelled; /new starts it."""
    await bot.say("harm matrix")
    await bot.say("three houses")
    shown = phone(bot)
    assert any(t.startswith('I haven\'t used "three houses" as the case label: it is the '
                            "name of a tool (My Three Houses)") and "/new three_houses" in t
               for t in shown[-2:])
    assert await labels(bot) == {}
    await bot.say("/new three_houses")
    await bot.say("KB-7")
    assert await labels(bot) == {"KB-7": "three_houses"}


async def test_the_tools_name_sent_again_is_the_label(bot: Bot) -> None:
    """Sent a second time, as the question says, it is the label she means."""
    await bot.say("harm matrix")
    await bot.say("Three Houses")
    await bot.say("Three Houses")
    assert await labels(bot) == {"Three Houses": "harm_matrix"}


async def test_a_label_like_a_tools_name_is_used_at_once(bot: Bot) -> None:
    """"Harm-3" (not a tool's name) is the label, as before."""
    await bot.say("harm matrix")
    await bot.say("Harm-3")
    assert await labels(bot) == {"Harm-3": "harm_matrix"}
    assert not any("name of a tool" in t for t in phone(bot))
