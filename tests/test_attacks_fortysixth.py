"""The forty-sixth pass's attacks on the real `sosbot run` (polling the local Bot API server,
and webhook mode) and `sosbot chat`, as an outside checker replaying attacks would. Each test
of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_sosbot
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
    done = run_sosbot("chat", "--db", db, "--flow", "reflection",
                      input=f"KB-1\n2\nmum is coping{hidden} {SCOTLAND}\n/review\n/summary\n",
                      env=KEYED)
    shown = done.stdout
    assert "mum is coping" in shown
    assert SCOTLAND in shown
    without_flags = shown.replace(SCOTLAND, "")
    assert not any(0xE0000 <= ord(ch) <= 0xE007F for ch in without_flags)
    assert not set("\u206a\u206f\U0001d173\U0001bca0") & set(shown)
    exported = run_sosbot("export", "--db", db, "KB-1",
                          env=KEYED)
    assert "mum is coping" in exported.stdout, exported.stderr
    assert not any(0xE0000 <= ord(ch) <= 0xE007F for ch in exported.stdout.replace(SCOTLAND, ""))
