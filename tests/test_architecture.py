"""Imports go one way: bot -> storage -> flows, and only bot/ talks to Telegram.

The imports are read with `ast`, so an import inside a function or under TYPE_CHECKING
counts too.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO

PACKAGES = ("flows", "storage", "bot")
FORBIDDEN = {
    "flows": {"telegram", "aiosqlite", "bot", "storage"},
    "storage": {"telegram", "bot"},
    "bot": set(),
}
LIBRARIES = {"telegram", "aiosqlite", "sqlite3", "yaml", "jinja2", "pydantic", "httpx",
             "aiohttp", "docx", "cryptography", "logging", "json", "ast", "typing"}


def imported_roots(source: str, package: str, module_path: Path) -> Iterator[tuple[str, int]]:
    """The top-level package of every import in the source, with its line."""
    for node in ast.walk(ast.parse(source, filename=str(module_path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: within this package
                yield package, node.lineno
            elif node.module:
                yield node.module.split(".")[0], node.lineno


def modules(package: str) -> list[Path]:
    return sorted((REPO / package).rglob("*.py"))


def violations(package: str, source: str, path: Path) -> list[str]:
    return [f"{path.relative_to(REPO) if path.is_absolute() else path}:{line} imports {root}"
            for root, line in imported_roots(source, package, path)
            if root in FORBIDDEN[package]]


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_only_go_one_way(package: str) -> None:
    found = modules(package)
    assert found, f"no modules in {package}/"
    problems = [v for path in found
                for v in violations(package, path.read_text(encoding="utf-8"), path)]
    assert problems == []


@pytest.mark.parametrize(("package", "source"), [
    ("flows", "import telegram\n"),
    ("flows", "from telegram.ext import Application\n"),
    ("flows", "def f():\n    import aiosqlite\n"),
    ("flows", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bot.app import x\n"),
    ("flows", "from storage.store import Store\n"),
    ("storage", "import bot.conversation\n"),
    ("storage", "from telegram import Bot\n"),
])
def test_the_check_catches_a_wrong_arrow(package: str, source: str) -> None:
    assert violations(package, source, Path(f"{package}/example.py"))


@pytest.mark.parametrize(("package", "source"), [
    ("storage", "from flows.draft import Draft\n"),
    ("flows", "from flows.answers import Value\nfrom . import render\n"),
    ("bot", "import telegram\nfrom storage.store import Store\n"),
])
def test_the_check_allows_the_right_arrows(package: str, source: str) -> None:
    assert violations(package, source, Path(f"{package}/example.py")) == []


def test_no_module_shadows_a_library() -> None:
    shadows = [path.relative_to(REPO) for package in PACKAGES for path in modules(package)
               if path.stem in LIBRARIES]
    assert shadows == []


# flows/ may import no front end, and may not speak for one either: no Telegram markup,
# splitter or template, nothing that names a front end's own vocabulary.
FRONT_END_WORDS = re.compile(r"telegram|callback_data|inline.?keyboard|parse_mode|\.tg\.",
                             re.IGNORECASE)


def front_end_mentions(path: Path, text: str) -> list[str]:
    return [f"{path}:{number}: {match.group(0)}"
            for number, line in enumerate(text.splitlines(), 1)
            for match in [FRONT_END_WORDS.search(line)] if match]


def test_flows_knows_no_front_end() -> None:
    found = [path for path in (REPO / "flows").rglob("*") if path.is_file()
             and "__pycache__" not in path.parts]
    assert any(path.suffix == ".py" for path in found)
    assert any(path.parent.name == "templates" for path in found)
    problems = [m for path in found
                for m in front_end_mentions(path.relative_to(REPO),
                                            path.read_text(encoding="utf-8", errors="replace"))]
    assert problems == []


@pytest.mark.parametrize("text", [
    "from bot.telegram_html import split_html\n",
    'ENV.get_template("summary.tg.html")\n',
    "def render_telegram(summary):\n",
    "keyboard = InlineKeyboardMarkup(rows)\n",
])
def test_the_front_end_check_catches_a_telegram_part(text: str) -> None:
    assert front_end_mentions(Path("flows/example.py"), text)



@pytest.mark.parametrize(("ready", "read"), [(True, True), (False, False)])
def test_the_bot_reads_the_statement_checks_before_it_serves_and_the_chat_when_needed(
        ready: bool, read: bool) -> None:
    # Reading them takes about half a second, and each rule is otherwise compiled when an
    # answer first needs it: a bot answering many people must not do that in the middle of
    # someone's reply; one person at the terminal sees the menu sooner.
    script = ("import sys; from flows.nudges import nudger; nudge = nudger(ready={ready}); "
              "from flows.checks.labels import RULES; "
              "print('flows.checks.danger_statement' in sys.modules, "
              "'flows.checks.safety_goal' in sys.modules, "
              "all('pattern' in rule.__dict__ for rule in RULES)); "
              "nudge('danger_statement', 'Mum is worried'); "
              "print('flows.checks.danger_statement' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script.format(ready=ready)], cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(read), str(read), str(read), "True"]
