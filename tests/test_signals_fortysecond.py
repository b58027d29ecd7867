"""SIGUSR1 or SIGUSR2 sent to `sosbot chat` (an operator's log-rotation script sending it to
every process of the user, as it may to `sosbot run`, which ignores them since this pass):
left at their default, either ended the chat at once, with no word of what was saved. The
chat now has no use for them, as the bot, and goes on."""
from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
from test_console import Child, chat


@pytest.mark.parametrize("sig", [signal.SIGUSR1, signal.SIGUSR2], ids=["SIGUSR1", "SIGUSR2"])
def test_the_chat_goes_on_after_a_signal_it_has_no_use_for(tmp_path: Path,
                                                            sig: signal.Signals) -> None:
    child = Child("chat", "--flow", "reflection", "--db", str(tmp_path / "t.db"))
    try:
        child.type("KB-1")
        child.wait_for("Where do you work")
        child.proc.send_signal(sig)
        time.sleep(0.3)
        assert child.proc.poll() is None, "the chat ended"
        child.type("School or college", "Seen a bruise on her arm on Monday")
        child.wait_for("Question 3 of 8")
    finally:
        code = child.stop(signal.SIGTERM)
    assert code == 128 + signal.SIGTERM
    again = chat(tmp_path / "t.db", "1", "/review", "/quit")
    assert "Seen a bruise on her arm on Monday" in again.stdout, again.stdout[-2000:]
