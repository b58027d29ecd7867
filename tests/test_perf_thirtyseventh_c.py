"""The thirty-seventh pass's cost cuts (c) change nothing a practitioner sees.

Each test holds both halves: what the practitioner is shown, or what reaches Telegram, stays
as it was (against the function as it was, copied here, where there was one), and the work
cut stays cut, through the real bot, its real store and the shipped flows.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram.request._requestparameter import RequestParameter

from tests.test_perf_thirtyseventh_b import SAID, counted
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtythird_b import mapping, read

__all__ = ["bot"]  # the fixture


# --- the Bot API calls' parameters taken as built, through the flood throttle ---------------

async def test_an_answer_reaches_telegram_through_the_flood_throttle_as_built(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A typed answer's next question and the edit showing the answer still go through the
    flood throttle (Telegram's pace, a chat told to wait held back) and arrive, without each
    parameter being gone through for files and objects to convert (there are none)."""
    await mapping(bot, "KB-7")
    limiter = bot.app.bot.rate_limiter
    assert limiter is not None
    throttled: list[str] = []
    converted: list[str] = []
    counted(monkeypatch, throttled, (type(limiter), "process_request"))
    counted(monkeypatch, converted, (RequestParameter, "from_input"))
    await bot.say(SAID)
    assert "Whose views are not in here yet" in read(bot)
    assert len(throttled) >= 2
    assert converted == []


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
PLAIN = st.integers() | st.text(min_size=1) | st.dictionaries(st.text(max_size=8), JSON,
                                                              max_size=4)


@settings(max_examples=300, deadline=None)
@given(params=st.dictionaries(st.text(min_size=1, max_size=12), PLAIN, max_size=6))
def test_a_plain_parameter_is_what_the_library_makes_of_it(params: dict[str, Any]) -> None:
    """Each plain value (`sending._is_plain`: a whole number, text, a dict of JSON) as the
    parameter sent is what `RequestParameter.from_input` makes of it: the same name, value,
    JSON, and no file."""
    from bot import sending

    assert sending._is_plain(params)
    for key, value in params.items():
        theirs = RequestParameter.from_input(key, value)
        ours = RequestParameter(key, value, None)
        assert (ours.name, ours.value, ours.input_files, ours.json_value,
                ours.multipart_data) == (theirs.name, theirs.value, theirs.input_files,
                                         theirs.json_value, theirs.multipart_data)
