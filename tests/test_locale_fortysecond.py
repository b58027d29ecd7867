"""`sosbot chat` on a terminal whose locale is plain C with Python's UTF-8 mode switched off
(`LC_ALL=C PYTHONUTF8=0`, as a minimal container or a cron job may run it): Python writes
standard output in ASCII with `surrogateescape`, which `_tolerant_output` did not loosen, so
the first question's "·" ended the chat in a UnicodeEncodeError traceback after the case
label was stored. Such a character is now shown as "?", as on an ASCII terminal."""
from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import sosbot_command, sosbot_env


def test_a_c_locale_without_utf8_mode_still_gets_the_whole_chat(tmp_path: Path) -> None:
    lines = ["KB-1", "School or college", "Seen a bruise on her arm \U0001f614 café",
             "Yes, as far as I know", "They know and agree", "Nan collects her",
             "I will call the hub today", "6", ""]
    env = sosbot_env(LC_ALL="C", PYTHONUTF8="0")
    env.pop("PYTHONIOENCODING", None)
    env.pop("LANG", None)
    result = subprocess.run(
        sosbot_command("chat", "--flow", "reflection", "--db", str(tmp_path / "t.db")),
        input="".join(f"{line}\n" for line in lines).encode(), capture_output=True,
        env=env, timeout=120, check=False)
    assert b"Traceback" not in result.stderr, result.stderr[-800:]
    assert result.returncode == 0
    out = result.stdout.decode("ascii")
    assert "[Question 1 of 8 ? About you" in out  # the "·" shown as "?"
    assert "That's the end of this tool" in out
    assert "0 ??????????? 10" in out
