"""Fresh eyes on the forty-eighth pass's merged change, and on a newcomer's first steps: what
a practitioner, a partner or an operator would still have met."""

from __future__ import annotations

import os
import re
import shlex
import time
from pathlib import Path

import pytest

from tests.conftest import run_sosbot
from tests.in_process import sosbot_here
from tests.test_start_fortyseventh import written
from tests.test_walk_thirtyfirst import sent_at


@pytest.mark.parametrize("typed", ["Acting DSL from today", "Duty SW on today",
                                   "PC on duty last night", "Covering DSL this morning",
                                   "New DSL since yesterday", "ED nurse on shift today",
                                   "SEN teacher from today"])
def test_a_role_with_its_short_form_and_a_day_is_saved_as_her_role(typed: str) -> None:
    """A deputy, covering the school's safeguarding lead that week, answered "What is your
    role there?" with "Acting DSL from today". The short form was taken for a family member's
    initials and "today" for something that happened: she was told her role read like what she
    had seen, and offered to have it kept for "Worries". It is her role, and is saved (its
    short form asked about first, as any is)."""
    chat = sent_at("contribution", "role", typed)
    said = " ".join(getattr(reply, "text", "") for reply in chat.replies)
    assert "reads like what you have seen or heard" not in said
    assert chat.draft.answers.get("role", typed) == typed


@pytest.mark.parametrize("typed", ["FM came in hungry today", "KB said mum was drunk",
                                   "mum shouted at him at pick up"])
def test_a_short_account_at_the_role_is_still_offered_on(typed: str) -> None:
    """The accounts the forty-eighth pass offered on, family initials among them, still are."""
    chat = sent_at("contribution", "role", typed)
    said = " ".join(getattr(reply, "text", "") for reply in chat.replies)
    assert "reads like what you have seen or heard" in said


def test_a_start_that_finds_the_patterns_as_they_were_clears_a_killed_starts_file(
        tmp_path: Path) -> None:
    """An upgrade's first start was killed while writing the compiled patterns (the unit's
    stop timeout); systemd's restart ten seconds later wrote them whole, its own leftover then
    seconds old and kept. Every start after read the file as it was and wrote nothing, so the
    megabytes stayed in /var/cache/sosbot until the next upgrade changed a pattern. A start
    that reads the file, and has nothing to write, takes such a file away too."""
    written(tmp_path, r"\bmum\b")
    killed = tmp_path / ".patterns-k1ll3d"
    killed.write_bytes(b"sosbot compiled patterns 1\n" + b"\0" * 4096)
    a_day_ago = time.time() - 24 * 3600
    os.utime(killed, (a_day_ago, a_day_ago))
    beside = tmp_path / ".patterns-b3s1d3"
    beside.write_bytes(b"sosbot compiled patterns 1\n")

    again = written(tmp_path, r"\bmum\b")

    assert (again.read_from_file, again.compiled) == (1, 0)  # nothing to write
    assert not killed.exists()
    assert beside.exists()


def test_the_invites_key_hint_makes_the_key_the_settings_file_names(tmp_path: Path) -> None:
    """An operator kept the key apart from the database, as the README's backups advise:
    her settings file named SOSBOT_DB in one folder and SOSBOT_KEY_FILE in another. Her first
    `sosbot invite --env-file FILE` said there was no key yet and to run `sosbot keys new
    --write --db DB`; that wrote a key beside the database, which her settings do not read,
    and the invite said the same again. The command it names now writes the key her
    settings name, and the invite then works."""
    (tmp_path / "data").mkdir()
    (tmp_path / "keys").mkdir()
    settings = tmp_path / "main.env"
    settings.write_text(f"SOSBOT_DB={tmp_path / 'data' / 'sosbot.db'}\n"
                        f"SOSBOT_KEY_FILE={tmp_path / 'keys' / 'sosbot.key'}\n"
                        "SOSBOT_API_ROOT=http://127.0.0.1:9\n")
    first = sosbot_here("invite", "--env-file", str(settings), cwd=tmp_path)
    assert first.returncode != 0
    hint = re.search(r"`(sosbot keys new [^`]+)`", first.stderr)
    assert hint is not None, first.stderr

    made = run_sosbot(*shlex.split(hint[1])[1:], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "keys" / "sosbot.key").exists()
    again = sosbot_here("invite", "--env-file", str(settings), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Whoever opens it joins" in again.stdout + again.stderr


def test_a_line_after_the_partners_part_tried_at_the_terminal_says_nothing_is_sent(
        tmp_path: Path) -> None:
    """A newcomer tried the partner's part with `sosbot chat --flow contribution`, and after
    its summary ("this try stays in this chat only") typed "thanks". She was told "/review
    shows your answers, to change one before you send them", as a partner in Telegram is:
    at the terminal nothing is sent. It says so, and what she can do there."""
    lines = ["P-1", "1", "Class teacher",
             "He came in hungry three days this week and said mum was asleep",
             "He is always at school on time and loves reading",
             "School to keep him in breakfast club daily", "5",
             "Worried but he is in school every day", "", "thanks", "see you"]
    chat = sosbot_here("chat", "--flow", "contribution", "--db", str(tmp_path / "try.db"),
                       input="\n".join(lines) + "\n", cwd=tmp_path)
    assert chat.returncode == 0, chat.stderr
    after = chat.stdout.split("That's the end of the partner's part.", 1)[1]
    assert 'I haven\'t saved "see you".' in after
    assert "send" not in after.split('"see you".', 1)[1].split("\n", 1)[0].replace(
        "nothing here is sent", "")
    # "thanks" is answered in a line, and that line too says nothing goes anywhere
    thanks = after.split("You're welcome.", 1)[1].split("\n", 1)[0]
    assert "nothing here is sent to anyone" in thanks
    assert "haven't been sent yet" not in after
    assert "nothing here is sent to anyone" in after
