"""The thirty-seventh pass's second leftovers, each met as a practitioner on a phone would
meet it, through the real Application (tests/memory_botapi.py) on real databases and the
real tools. Each test of a defect failed on the code as it was; the others guard what the
fix must leave alone."""

from __future__ import annotations

from tests.test_input_model import USER
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtythird_b import phone
from tests.test_walk_twentyninth import at_the_house_of_worries

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


# --- parts of a pasted answer headed as no column ----------------------------------------------


async def test_a_part_headed_as_no_column_is_not_called_a_column(bot: Bot) -> None:
    """At the house of worries she pasted K's worries with "Child's voice: ..." under them:
    the reminder said that part was "headed for another column of the summary", and the
    child's voice is no column. It is named as a part this question does not ask for now."""
    await at_the_house_of_worries(bot)
    await bot.say("Worries: when daddy shouts\nChild's voice: I hide under my bed")
    said = next(t for t in reversed(phone(bot)) if "Child's voice" in t)
    assert "column" not in said
    assert said.startswith('Part of your answer is headed as a part of its own, one this '
                           'question does not ask for: "Child\'s voice: I hide under my bed".')


async def test_parts_headed_as_columns_and_as_none_are_each_named_so(bot: Bot) -> None:
    """With a house's part and the child's voice both: each named for what it is."""
    await at_the_house_of_worries(bot)
    await bot.say("Worries: when daddy shouts\nGood things: my dog Max\n"
                  "Child's voice: I hide under my bed")
    said = next(t for t in reversed(phone(bot)) if "Child's voice" in t)
    assert said.startswith('Parts of your answer are headed for another column of the summary '
                           '("Good things: my dog Max") or as a part of its own, one this '
                           'question does not ask for ("Child\'s voice: I hide under my bed").')
