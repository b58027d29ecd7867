"""Several instances on one database (the forty-fourth pass): a council runs `sosbot run`
more than once behind one webhook, and each of a practitioner's updates may reach any of
them. Two real Applications, each with its own store, on one SQLite file and on one
PostgreSQL database, with Telegram played in memory.

- a photo's note is said again after something the other instance answered since;
- the tries of invite codes are counted in the database, not by each instance.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.handlers import TEXT_ONLY
from flows.flow import Flow
from tests.test_instances_fortythird import two_instances
from tests.test_telegram_handlers import USER, no_errors, start_reflection

PHOTO = [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]


# --- a photo's note, when the other instance answered something since -----------------------


async def test_a_photo_after_a_text_the_other_instance_answered_gets_its_note_again(
        database: str, tmp_path: Path, flows: Mapping[str, Flow],
        caplog: pytest.LogCaptureFixture) -> None:
    """A practitioner sent a photo (one instance said "text only" and asked the question
    again), then typed on (the other instance answered), then sent another photo to the
    first instance, which still took its note for the last thing on her screen and said
    nothing. She is told again, and asked the question again, as one bot would."""
    async with two_instances(tmp_path, flows, database) as (one, two):
        await start_reflection(one)
        await one.feed(one.updates.message(USER, photo=PHOTO))
        assert one.texts()[-2] == TEXT_ONLY
        await two.say("/help")
        said = len(one.texts())
        await one.feed(one.updates.message(USER, photo=PHOTO))
        new = one.texts()[said:]
        assert new[:1] == [TEXT_ONLY]
        assert "Question 1 of" in new[-1]
    no_errors(caplog)


async def test_photos_one_after_another_on_one_instance_are_still_noted_once(
        database: str, tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Nothing between them: the second photo is not answered with the whole note again."""
    async with two_instances(tmp_path, flows, database) as (one, _):
        await start_reflection(one)
        await one.feed(one.updates.message(USER, photo=PHOTO))
        said = len(one.texts())
        await one.feed(one.updates.message(USER, photo=PHOTO))
        assert one.texts()[said:] == []
