"""The forty-ninth pass's second re-read of its merged change. Each test failed on main as
it was."""

from __future__ import annotations

import gc
import types
from collections.abc import Mapping
from pathlib import Path

from flows.flow import Flow
from tests.conftest import run_sosbot
from tests.telegram_world import TEST_KEY
from tests.test_telegram_handlers import running


def test_a_path_with_a_hash_kept_in_quotes_in_env_is_read(tmp_path: Path) -> None:
    """A council's .env names its database in a folder "Team #2", in quotation marks so
    that python-dotenv keeps the "#" (unquoted, it reads from " #" on as a comment). The
    check for a comment left after a value (which systemd's env file keeps) refused it:
    "has a comment after it". Read now, as before that check."""
    (tmp_path / "Team #2").mkdir()
    (tmp_path / ".env").write_text('SOSBOT_DB="Team #2/bot.db"\n', encoding="utf-8")
    done = run_sosbot("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                      env={"SOSBOT_DATA_KEY": TEST_KEY})
    assert "comment" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "Team #2" / "bot.db").is_file()


async def test_no_answer_stays_with_the_wording_checks_after_its_message(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """The wording checks keep the last answer they read, so a step's next check need not
    read it again; it stayed in the process until someone else's answer came, after its
    writer's /delete too. Let go of once the message is handled, as the command split is."""
    answer = "Dad shouted at mum in front of the children last night"
    async with running(tmp_path, flows) as bot:
        await bot.say("/new reflection")
        await bot.say("KB-12")
        await bot.say("School or college")
        await bot.say(answer)
        kept = [cell.cell_contents for held in gc.get_objects()
                if isinstance(held, types.FunctionType)
                and held.__qualname__ == "nudger.<locals>.nudge"
                for cell in held.__closure__ or ()]
        assert any(isinstance(c, dict) for c in kept)  # the bot's own checks, found
        assert "Question 3 of 8" in bot.texts()[-1]  # the answer taken
        assert [c for c in kept if isinstance(c, tuple) and answer in c] == []
