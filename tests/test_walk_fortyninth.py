"""The forty-ninth walk: the tools as practitioners use them on a phone. Social workers
interrupted mid-flow and coming back hours later, a health visitor joining by link and adding
her part, the slips of a thumb (a command's slash doubled or typed the other way round,
stickers, photos, voice notes, edited messages, double taps, an old question's button), a
closing word once a tool is done, and the summary read on a phone and pasted into a report,
through the real Application (in memory, and polling the local Bot API server of
tests/botapi_server.py) and a real `sosbot chat` process, on real SQLite files. Each test of a
defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram_world import bot_world

from flows import commands
from flows.replies import Nudge
from tests.test_console import chat
from tests.test_telegram_handlers import Bot
from tests.test_walk_fortyeighth import sent_part
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import DSL, phone, read, team

__all__ = ["team"]  # the fixture


# --- a command typed with its slash doubled or the wrong way round -----------------------------


@pytest.mark.parametrize("typed", ["\\\\skip", "\\skip", "//skip", "// skip", "\\\\ skip",
                                   "\\/skip", "/\\skip", "///skip"])
def test_a_slash_doubled_or_turned_is_read_as_the_command(typed: str) -> None:
    """Every way a phone's keyboard doubles or turns the slash is one command word."""
    assert commands.split(typed) == ("/skip", "")


@pytest.mark.parametrize(("typed", "split"), [
    ("\\\\bakc", ("/bakc", "")),  # alone: asked whether she meant /back
    ("//see above", ("//see", "above")),  # words after a word no command has: her answer
    ("\\\\server\\share", ("\\\\server\\share", "")),  # a path pasted as an answer
    ("\\o/", ("\\o/", "")),  # a cheer
    ("// skip don't know", ("//", "skip don't know")),
])
def test_lines_that_only_start_with_slashes_are_left_as_typed(
        typed: str, split: tuple[str, str]) -> None:
    assert commands.split(typed) == split


async def test_a_backslash_doubled_by_a_long_press_is_that_command(tmp_path: Path) -> None:
    """A social worker long-pressed the slash key on her phone, which gave two backslashes:
    "\\\\skip" at "Whose information is in here?" was saved as the answer ("\\skip" and
    "//skip" were already /skip), and her Harm Matrix's record read "Who contributed:
    \\\\skip". It is /skip; "\\\\bakc" is asked whether she meant /back."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Harm Matrix", "KB-7")
        await world.say("LM, social worker")
        await world.say("\\\\skip")
        assert "What does the adult do, or fail to do?" in world.texts()[-1]
        await world.say("\\\\bakc")
        assert world.texts()[-1] == "I don't know that command. Did you mean /back?"
        await world.command("review")
        assert "\\\\skip" not in world.texts()[-1]


def test_a_backslash_doubled_at_the_terminal_is_that_command(tmp_path: Path) -> None:
    """The same at the terminal, where "\\\\back" went on to the next question."""
    done = chat(tmp_path / "sosbot.db", "/new reflection", "KB-1", "2", "\\\\back")
    assert done.returncode == 0, done.stderr
    after = done.stdout.split("[Question 2 of 8")[-1]
    assert "[Question 1 of 8" in after
    assert "Question 3" not in done.stdout


# --- an account with "who" in it, at a partner's role -------------------------------------------


@pytest.mark.parametrize("typed", ["the boy who came in with bruises",
                                   "mum who was shouting at pick up",
                                   "Mum's partner who hit her yesterday",
                                   "his older brother who said he was hit"])
def test_an_account_of_someone_with_who_at_the_role_is_offered_on(typed: str) -> None:
    """A school's safeguarding lead opened the link at the gate and typed "mum who was
    shouting at pick up" at "What is your role there?": it was saved as her role, heading the
    school's every line in the social worker's summary, since "who" had made short lines
    roles ("DSL who reported the concern"). A line that opens on one of the family or the
    child and what they did is an account of them: offered to "Worries", as other short
    accounts are."""
    chat = sent_at("contribution", "role", typed)
    assert "role" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert '"Worries"' in nudge


@pytest.mark.parametrize("typed", ["Safeguarding lead who reported the concern", "GP who saw him today",
                                   "Teacher of the boy who came in bruised",
                                   "Nurse who saw the baby today", "School nurse for the boys",
                                   "the teacher who reported it today"])
def test_a_role_told_by_what_she_did_is_still_saved(typed: str) -> None:
    chat = sent_at("contribution", "role", typed)
    assert chat.draft.answers["role"] == typed
