"""The fifty-fifth pass's merged change read again, where its parts meet what people send.

walk55 cut an email signature pasted at "Written by" to its name and role lines, reading it a
line at a time. Many councils' signatures put their parts on one line between bars ("Lucy
Marsh | Social Worker | Tel: ..."): such a line was read whole, as one part."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram_world import bot_world

from tests.test_attacks_twentyninth import shown
from tests.test_telegram_handlers import Bot, bot, button
from tests.test_walk_thirtyfirst import sent_at

__all__ = ["bot"]  # the fixture

ONE_LINE = ("Lucy Marsh | Social Worker | Northside Children's Team | Tel: 01234 567890 | "
            "lucy.marsh@northside.gov.uk")


async def test_a_signature_on_one_line_between_bars_is_cut_to_name_and_role(bot: Bot) -> None:
    """A social worker's signature is one line, its parts between bars. Pasted at "Who is
    writing this mapping?", all of it was saved as who wrote the record, her phone number
    and email at the top of what the chair reads (the step has no privacy reminder: it asks
    for a name and role). Each part between bars is read as a line of its own."""
    await bot.say("/new mapping")
    await bot.say("LM-4")
    await bot.tap(button(bot, "a:"))  # a child protection conference
    await bot.say("Mon 14 Dec, 10am")
    await bot.say(ONE_LINE)
    said = "\n".join(shown(bot)[-3:])
    assert ("I've kept \"Lucy Marsh, Social Worker, Northside Children's Team\" as who wrote "
            "this, and left out the rest of the signature (its phone number and email "
            "address)") in said, said
    await bot.say("/summary")
    summary = shown(bot)[-1]
    assert "Lucy Marsh, Social Worker, Northside Children's Team" in summary
    for gone in ("01234", "@northside"):
        assert gone not in summary, gone


@pytest.mark.parametrize(("typed", "kept", "left"), [
    # the role and the phone on one line: the role was dropped with the number
    ("Lucy Marsh\nSocial Worker | Northside Children's Team | 01234 567890\n"
     "lucy.marsh@northside.gov.uk",
     "Lucy Marsh, Social Worker, Northside Children's Team", "phone number and email address"),
    # the phone and email on one line: the email, left out, was not named
    ("Lucy Marsh\nSocial Worker, Northside Children's Team\nT: 01234 567890 | "
     "E: lucy.marsh@northside.gov.uk",
     "Lucy Marsh, Social Worker, Northside Children's Team", "phone number and email address"),
    ("PK | Family support worker | Eastgate family hub | M: 07700 900 123",
     "PK, Family support worker, Eastgate family hub", "phone number")])
def test_each_part_between_bars_is_read_as_a_line(typed: str, kept: str, left: str) -> None:
    chat = sent_at("harm_matrix", "author", typed)
    assert chat.draft.answers["author"] == kept
    [told] = [n for n in chat.notices() if "left out the rest" in n]
    assert f"(its {left})" in told, told


@pytest.mark.parametrize("typed", ["LM | social worker", "AN, social worker | Northside team"])
def test_who_wrote_it_between_bars_with_nothing_a_signature_adds_is_kept_as_typed(
        typed: str) -> None:
    chat = sent_at("harm_matrix", "author", typed)
    assert chat.draft.answers["author"] == typed
    assert not [n for n in chat.notices() if "signature" in n]


# --- a signature whose name and role lines are over the question's limit ---------------------

LONG_ROLE = ("Lucy Marsh\nSenior Social Worker (Advanced Practitioner)\n"
             "Children in Need and Child Protection Team South\n"
             "Children's Services, Directorate of People and Communities\n"
             "Northside Metropolitan Borough Council\nTel: 01234 567890\n"
             "lucy.marsh@northside.gov.uk")


def test_a_signature_too_long_once_cut_is_not_said_to_be_kept() -> None:
    """A long signature pasted at Harm Matrix's "Who is filling this in?" (200 characters at
    most): she was told "I've kept "Lucy Marsh, Senior Social Worker ..." as who wrote this
    ... /back changes it", and straight after "That's 206 characters; the limit here is
    200", and nothing was kept. She is told only what is true: the phone and email were
    left out and the name and role lines alone are over the limit; nothing is said kept."""
    chat = sent_at("harm_matrix", "author", LONG_ROLE)
    assert "author" not in chat.draft.answers
    assert chat.asked == "author"
    said = " ".join(chat.notices())
    assert "I've kept" not in said, said
    assert "left out the rest of the signature (its phone number and email address)" in said
    assert "206 characters; the limit here is 200" in said, said



def test_then_her_name_and_role_alone_are_kept() -> None:
    chat = sent_at("harm_matrix", "author", LONG_ROLE)
    chat.send("LM, senior social worker, Northside")
    assert chat.draft.answers["author"] == "LM, senior social worker, Northside"
    assert chat.asked == "network"


# --- a slash, a space, then a command with an invisible mark in it ---------------------------


@pytest.mark.parametrize("typed", ["/ skip\ufe0f", "/ \u200dskip", "/ sk\u00adip",
                                   "/ skip\u200b"])
async def test_a_slash_then_a_space_then_a_command_with_a_hidden_mark_is_the_command(
        tmp_path: Path, typed: str) -> None:
    """attack55 read "/skip" with a joiner or a variation selector in it as /skip, and
    "/ skip" (a phone's space after the slash) was /skip already; "/ skip" with the same
    invisible mark in it was saved as her answer, and the record read "Who contributed: /
    skip". It is /skip, as each of the two is."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Harm Matrix", "KB-7")
        await world.say("LM, social worker")
        await world.say(typed)
        assert "What does the adult do, or fail to do?" in world.texts()[-1]
        await world.command("review")
        assert "contributed: (skipped)" in world.texts()[-1], world.texts()[-1]
