"""The bot's process as `sosbot run` settles it once started."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import GIL_HAND_OVER
from tests.telegram_world import bot_world


@pytest.fixture
def process_settings() -> Iterator[None]:
    """The collector's settings put back after the test (the switch interval the bot puts
    back itself: that is asserted)."""
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


@pytest.mark.usefixtures("process_settings")
async def test_a_settled_bot_hands_the_gil_to_its_database_thread_within_a_quarter_ms(
        tmp_path: Path) -> None:
    """While the event loop is busy, a commit on aiosqlite's thread waits for the GIL at each
    statement: at Python's 5 ms switch interval a commit measured hundreds of ms (bench)."""
    before = sys.getswitchinterval()
    assert before > GIL_HAND_OVER
    async with bot_world(tmp_path / "settled.db", settle=True) as world:
        assert sys.getswitchinterval() == pytest.approx(GIL_HAND_OVER)
        await world.command("start")
        assert "Signs of Safety" in " ".join(world.texts())
    assert sys.getswitchinterval() == before


async def test_a_bot_started_without_settling_leaves_the_switch_interval_alone(
        tmp_path: Path) -> None:
    before = sys.getswitchinterval()
    async with bot_world(tmp_path / "unsettled.db") as world:
        assert sys.getswitchinterval() == before
        await world.command("start")
    assert sys.getswitchinterval() == before
