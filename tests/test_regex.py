"""Patterns compiled at their first use: the same patterns, and none compiled at start-up."""

from __future__ import annotations

import gc
import importlib
import re
import subprocess
import sys

from conftest import REPO, sosbot_env

from flows.regex import _OnFirstUse, on_first_use


def test_a_pattern_finds_what_re_finds_and_is_compiled_once_at_its_first_use() -> None:
    pattern = on_first_use(r"(?P<who>mum|dad)\s+(?:shouted|hit)", re.IGNORECASE)
    assert pattern.pattern == r"(?P<who>mum|dad)\s+(?:shouted|hit)"
    assert "search" not in vars(pattern)  # nothing compiled yet
    same = re.compile(pattern.pattern, re.IGNORECASE)
    text = "On Monday DAD shouted at her; mum hit the table."
    assert pattern.search(text)["who"] == same.search(text)["who"] == "DAD"
    assert pattern.findall(text) == same.findall(text) == ["DAD", "mum"]
    assert pattern.sub("X", text) == same.sub("X", text)
    assert (pattern.flags, pattern.groups, pattern.groupindex) == \
        (same.flags, same.groups, same.groupindex)
    assert vars(pattern)["search"].__self__ is vars(pattern)["match"].__self__  # one compile


def test_every_pattern_of_the_program_is_the_one_re_compiles_from_its_text() -> None:
    for program in ("bot.cli", "bot.services", "bot.console"):  # the checks' modules too
        importlib.import_module(program)
    # a test before this one in the same process may have started the bot in it, whose
    # start-up freezes every object out of the collector's sight (`bot.app.settle_memory`)
    gc.unfreeze()
    patterns = [o for o in gc.get_objects() if isinstance(o, _OnFirstUse)]
    assert len(patterns) > 300  # the checks' patterns are among them
    for pattern in patterns:
        same = re.compile(pattern.pattern, pattern.flags)
        assert (pattern.groups, pattern.groupindex) == (same.groups, same.groupindex)


def test_starting_sosbot_with_its_checks_compiles_next_to_none_of_its_patterns() -> None:
    """What every `sosbot` command paid before it could start: all of them, half a second.
    Counted by size, as compiling takes time by size: a few short patterns used at import
    (a quote's end, an American spelling) are nothing beside the checks' long ones."""
    counting = (
        "import gc, re, sys\n"
        "own = []\n"
        "compile = re._compile\n"
        "def counted(pattern, flags):\n"
        "    caller = sys._getframe(2).f_code.co_filename\n"
        f"    if caller.startswith({str(REPO)!r}): own.append(len(pattern))\n"
        "    return compile(pattern, flags)\n"
        "re._compile = counted\n"
        "import bot.cli, bot.services, bot.console\n"
        "from flows.regex import _OnFirstUse\n"
        "held = sum(len(o.pattern) for o in gc.get_objects() if isinstance(o, _OnFirstUse))\n"
        "print(sum(own), held)\n")
    compiled, held = in_a_fresh_interpreter(counting)
    assert held > 100_000  # the checks' patterns, in characters
    assert compiled < held / 20


def test_no_module_asks_which_pattern_found_a_match_by_identity() -> None:
    """`match.re is PATTERN` is false for every pattern compiled at its first use: "undo"
    was read as /help and "back" lost its meaning when it was so written."""
    asked = [f"{path.relative_to(REPO)}:{n}" for folder in ("bot", "flows", "storage")
             for path in sorted((REPO / folder).rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.re\s+is\b", line)]
    assert asked == []


def test_the_bot_compiles_every_pattern_as_it_settles_so_no_first_answer_waits() -> None:
    """`sosbot run` settles once started (bot.app.settle_memory): its first practitioner's
    answer then finds the checks' patterns compiled and their quick-test index built, as
    they all were at import before."""
    settling = (
        "import gc, bot.app, bot.services\n"
        "from flows.regex import _OnFirstUse\n"
        "from flows.checks.labels import QUICK\n"
        "def waiting():\n"
        "    return sum('search' not in vars(o) for o in gc.get_objects()\n"
        "               if isinstance(o, _OnFirstUse)) + (not QUICK._built)\n"
        "before = waiting()\n"
        "bot.app.settle_memory()\n"
        "print(before, waiting())\n")
    waiting_before, waiting_after = in_a_fresh_interpreter(settling)
    assert waiting_before > 300
    assert waiting_after == 0


def in_a_fresh_interpreter(code: str) -> list[int]:
    """The numbers `code` prints, run as sosbot's own processes are."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=sosbot_env(), timeout=120, check=True)
    return [int(n) for n in done.stdout.split()]
