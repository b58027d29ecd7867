"""The forty-sixth pass's attacks on the real `sosbot run` (polling the local Bot API server,
and webhook mode) and `sosbot chat`, as an outside checker replaying attacks would. Each test
of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- updates Telegram sends that the bot never asks for, through the real `sosbot run` polling
  at DEBUG: a contact (its name holding markup), a location, a venue, a dice, a poll and its
  answers, a story, a giveaway, a checklist, service messages (members joined, a pin, write
  access, users shared, web app data, the auto-delete timer), a reaction, my_chat_member,
  inline queries and chosen results: the text-only note once, or nothing, no error, no word
  of them in the log; a live location and its moving edits: one note, no reply per move;
- a press on a question's button whose message Telegram no longer gives (an inaccessible
  message, date 0, as after 48 hours): taken as the answer to that question;
- text sent with a quote, an external reply, a reply to a story, in a topic, with link
  preview options or protected content, through an inline bot, with 20,000 entities, with
  no sender, with both text and a caption or text and a photo, at message id 0 or -5, in a
  chat of type "sender" or "channel": read as the words it holds, or refused as before;
- 750 random steps of two practitioners and a stranger (answers, taps on old and new
  buttons, edits, photos, contacts, forwarded text, presses on inaccessible messages, two
  messages at once) through the real Application at DEBUG: no "Sorry", no error, no answer
  in the log;
- another program holding the database's write lock while an answer comes: the apology, the
  answer handed in again and saved once the lock went; at a chat's start: one line;
- `sosbot chat` with standard input, output or error closed, output to /dev/full or `| head`,
  a 20 MB line, NUL, ESC, OSC, C1 and NEL in a label and an answer: one line each, or taken
  out (NEL is a line break); `sosbot run` with all three closed: answers, and a wrong token
  exits non-zero;
- settings: SOSBOT_DB of /dev/null, /, "", 5,000 characters, :memory:; TZ, LANG, HOME and
  TMPDIR that do not exist; SOSBOT_LISTEN of 256.1.1.1 or a name that does not resolve; a
  webhook URL with a space or an accent, a secret of 300 characters or with "!": one line
  each naming the setting; SOSBOT_LISTEN=0.0.0.0 and ::1 listen as asked;
- left: a request too malformed for aiohttp to route (not HTTP, a bad header line, TLS on
  the plain port) is still answered by aiohttp itself, with its own Server header. aiohttp
  has no supported hook for that answer (aio-libs/aiohttp#6463, open: `on_response_prepare`
  is skipped for it), and reaching into its private `_prepare_hook` or module constant would
  be undone silently by an upgrade. The port listens on 127.0.0.1 behind the proxy, which
  sends on no such request and answers it itself: the example proxy now names no version
  either (below).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.in_process import sosbot_here
from tests.telegram_world import TEST_KEY

KEYED = {"SOSBOT_DATA_KEY": TEST_KEY}


# --- words hidden in tag characters -------------------------------------------------------------


def _tags(text: str) -> str:
    """`text` written in Unicode's tag characters: drawn as nothing, read by a program."""
    return "".join(chr(0xE0000 + ord(ch)) for ch in text)


SCOTLAND = "\U0001f3f4" + _tags("gbsct") + "\U000e007f"  # a flag is a black flag and tags


def test_words_hidden_in_invisible_characters_are_not_kept_with_an_answer(
        tmp_path: Path) -> None:
    """Tag characters draw nothing, yet spell out words for any program that reads the
    text: "mum is coping" with "dad hits her" written in them read "mum is coping" on the
    screen, in /review and in the summary, and the hidden words went into the draft and the
    documents it is exported to (pasted into a form or a tool, they are read there). So did
    the old shaping and musical format characters, which draw nothing either. They are taken
    out as direction marks are; a flag made with tag characters (Scotland's) is kept."""
    db = str(tmp_path / "bot.db")
    hidden = _tags("dad hits her") + "\u206a\u206f\U0001d173\U0001bca0\U000e0001"
    done = sosbot_here("chat", "--db", db, "--flow", "reflection",
                       input=f"KB-1\n2\nmum is coping{hidden} {SCOTLAND}\n/review\n/summary\n",
                       env=KEYED)
    shown = done.stdout
    assert "mum is coping" in shown
    assert SCOTLAND in shown
    without_flags = shown.replace(SCOTLAND, "")
    assert not any(0xE0000 <= ord(ch) <= 0xE007F for ch in without_flags)
    assert not set("\u206a\u206f\U0001d173\U0001bca0") & set(shown)
    exported = sosbot_here("export", "--db", db, "KB-1",
                           env=KEYED)
    assert "mum is coping" in exported.stdout, exported.stderr
    assert not any(0xE0000 <= ord(ch) <= 0xE007F for ch in exported.stdout.replace(SCOTLAND, ""))


# --- a database named as SQLite's URIs are ------------------------------------------------------


@pytest.mark.parametrize("how", ["SOSBOT_DB", "--db", "SOSBOT_DATABASE_URL"])
def test_a_database_given_as_a_sqlite_file_uri_is_refused_naming_the_setting(
        tmp_path: Path, how: str) -> None:
    """SQLite reads a name starting "file:" as a URI of its own. An operator who wrote
    SOSBOT_DB=file:/var/lib/sosbot/sosbot.db (as other programs take it) got the database
    at that path made as the umask has it (644 from a shell: every user may read it), not
    600, and a chat or a bot that failed at the first answer with "no such table:
    sessions"; "file:" with "?mode=memory" kept nothing. It is refused now, naming the
    setting."""
    meant = tmp_path / "sosbot.db"
    given = f"file:{meant}"
    env = {**KEYED, "SOSBOT_DB": given} if how == "SOSBOT_DB" else \
        {**KEYED, "SOSBOT_DATABASE_URL": f"sqlite:///{given}"} \
        if how == "SOSBOT_DATABASE_URL" else KEYED
    args = ("--db", given) if how == "--db" else ()
    done = sosbot_here("chat", *args, "--flow", "reflection", input="KB-1\n2\n", env=env,
                       cwd=tmp_path)
    assert done.returncode != 0
    said = done.stderr.strip().splitlines()
    assert len(said) == 1, done.stderr
    assert how in said[0]
    assert "file:" in said[0]
    assert "Traceback" not in done.stderr
    assert not meant.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_database_file_whose_name_starts_file_colon_is_that_file(tmp_path: Path) -> None:
    """A file of that odd name, given as ./file:cases.db, is the database: its answers are
    kept in it, with its mode 600 (not in a cases.db SQLite made beside it readable by
    every user), and read again by the next chat."""
    env = {**KEYED, "SOSBOT_DB": "./file:cases.db"}
    first = sosbot_here("chat", "--flow", "reflection", input="KB-1\n2\nhe was hit\n",
                        env=env, cwd=tmp_path)
    assert "Traceback" not in first.stderr
    assert "Could not" not in first.stderr, first.stderr
    again = sosbot_here("chat", input="/resume KB-1\n/review\n", env=env, cwd=tmp_path)
    assert "he was hit" in again.stdout, again.stderr
    named = tmp_path / "file:cases.db"
    assert named.stat().st_size > 0
    assert named.stat().st_mode & 0o777 == 0o600
    assert not (tmp_path / "cases.db").exists()


# --- the proxy naming its version -----------------------------------------------------------------


def test_the_proxy_in_front_of_the_webhook_does_not_name_its_version() -> None:
    """sosbot's own answers name no software (the forty-fifth pass), but the nginx example
    that faces the internet in front of it said "Server: nginx/1.24.0" on every answer, its
    404s and TLS errors too: which version to look up known flaws for. A request too
    malformed for aiohttp to route is answered by nginx in its place, so the example's word
    is what a stranger reads."""
    proxy = (Path(__file__).resolve().parent.parent / "deploy" / "nginx-sosbot.conf"
             ).read_text(encoding="utf-8")
    server = proxy[proxy.index("server {"):]
    assert re.search(r"^\s*server_tokens\s+off;", server, re.MULTILINE)
