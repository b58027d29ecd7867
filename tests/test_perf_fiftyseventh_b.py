"""The fifty-seventh pass's cut to reading a button press (perf57b) changes nothing the bot
or python-telegram-bot reads.

The message a button was pressed under came with its whole keyboard, each button built
through its constructor at every press, and nothing reads it: the press reads the button's
own data. It is now read from its JSON when first asked for (`bot.decoding.Pressed`). Each
test holds both halves: whatever reads the keyboard (its attribute, `to_dict`, a copy, a
pickle, the equality and hash of the message) gets what `Update.de_json` gives, a keyboard
the quick reading would have left to `de_json` is still left to it, and a press builds no
button until one is asked for.
"""

from __future__ import annotations

import copy
import json
import pickle
import random
from pathlib import Path
from typing import Any

import pytest
from telegram import InlineKeyboardButton, Message, Update

from bench.throughput import run_sosbot
from bot import decoding
from bot.decoding import Pressed, decode_update, quick_update
from flows.flow import Flow
from tests.memory_botapi import Sent, Updates
from tests.test_perf_thirtyseventh import BOTS, assert_same, outcome

QUESTION = Sent(41, "Question 3 of 12 · How worried are you?",
                (*((str(n), f"a:d1:7:{n}") for n in range(11)),
                 ("Back", "c:d1:7:back"), ("Help", "c:d1:7:help")))


def press(keyboard: Any) -> dict[str, Any]:
    """A tap under a question whose message carries `keyboard` as its `reply_markup`."""
    body = Updates().button(4242, "a:d1:7:3", pressed=QUESTION)
    body["callback_query"]["message"]["reply_markup"] = keyboard
    return body


def button(rng: random.Random, n: int) -> Any:
    """A button as Telegram sends one, or now and then one of another shape."""
    made: dict[str, Any] = {"text": rng.choice(["3", "Back", "✓ Mum", "", "a" * 64]),
                            "callback_data": f"a:d{n}:{rng.randrange(99)}:x"}
    for field, value in (("url", "https://example.org"), ("pay", True),
                         ("switch_inline_query", "q"), ("style", "primary"),
                         ("web_app", {"url": "https://example.org"}),
                         ("login_url", {"url": "https://example.org"}),
                         ("brand_new", {"a": [1]}), ("icon_custom_emoji_id", "5")):
        if rng.random() < 0.08:
            made[field] = value
    if rng.random() < 0.04:
        del made["text"]
    return rng.choice([made] * 30 + ["3", 3, None, [made]])


def keyboards(count: int, seed: int) -> list[Any]:
    """Keyboards of every size, mostly well formed, some of shapes Telegram never sends."""
    rng = random.Random(seed)
    found: list[Any] = [None, {}, {"inline_keyboard": []}, {"inline_keyboard": [[]]},
                        {"inline_keyboard": ""}, {"inline_keyboard": {}}, "keyboard", [],
                        {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]], "x": 1}]
    for n in range(count):
        rows = [[button(rng, n) for _ in range(rng.randrange(1, 7))]
                for _ in range(rng.randrange(0, 4))]
        if rng.random() < 0.05:
            rows.append(rng.choice(["row", {"text": "a"}, None]))  # type: ignore[arg-type]
        found.append({"inline_keyboard": rows})
    return found


@pytest.mark.parametrize("bot", BOTS, ids=["bot", "london", "none"])
def test_a_pressed_messages_keyboard_reads_as_de_json_reads_it(bot: Any) -> None:
    """Over 400 made keyboards: left to `de_json` exactly when the quick reading left it to
    it before (and then its outcome), otherwise the same objects field by field, the same
    `to_dict`, and the same after a copy and a pickle."""
    pressed = 0
    for keyboard in keyboards(400, seed=57):
        body = press(keyboard)
        kept = copy.deepcopy(body)
        got, want = outcome(decode_update, body, bot), outcome(Update.de_json, body, bot)
        if isinstance(want, type):
            assert got is want
            continue
        assert_same(got, want)
        assert got.to_dict() == want.to_dict()
        assert body == kept
        message = got.callback_query.message
        if type(message) is Pressed:
            pressed += 1
            again = decode_update(copy.deepcopy(body), bot)
            copied = copy.deepcopy(again)  # copied before the keyboard was read
            assert copied.to_dict() == want.to_dict()
            assert_same(copied.callback_query.message.reply_markup,
                        want.callback_query.message.reply_markup)
            unpickled = pickle.loads(pickle.dumps(decode_update(copy.deepcopy(body), bot)))
            assert unpickled.to_dict() == want.to_dict()
    assert pressed > 100  # (the rest left to de_json, or with no keyboard)


def test_a_keyboard_the_quick_reading_left_to_de_json_is_still_left_to_it() -> None:
    """A button with a field python-telegram-bot converts (a web app), one without its
    text, a row that is not a list: the whole update to `de_json`, as before."""
    for keyboard in ({"inline_keyboard": [[{"text": "a", "web_app": {"url": "https://x"}}]]},
                     {"inline_keyboard": [[{"callback_data": "a"}]]},
                     {"inline_keyboard": ["row"]}, {"inline_keyboard": [[{"text": "a"}]],
                                                    "more": 1}):
        assert quick_update(press(keyboard), BOTS[0]) is None


def test_a_pressed_message_is_a_message_to_whoever_reads_it() -> None:
    """Its keyboard, repr, equality and hash are a `Message`'s; it stays frozen."""
    body = press({"inline_keyboard": [[{"text": t, "callback_data": d}
                                       for t, d in QUESTION.buttons]]})
    got, want = decode_update(body, BOTS[0]), Update.de_json(body, BOTS[0])
    assert got.callback_query is not None
    assert want.callback_query is not None
    message, expected = got.callback_query.message, want.callback_query.message
    assert isinstance(message, Message)
    assert isinstance(expected, Message)
    assert repr(message) == repr(expected)
    assert message == expected
    assert expected == message
    assert hash(message) == hash(expected)
    assert message.reply_markup == expected.reply_markup
    assert message.reply_markup is message.reply_markup  # read once, then kept
    with pytest.raises(AttributeError, match="can't be set"):
        message.reply_markup = None  # type: ignore[misc]


def test_a_press_builds_no_button_until_one_is_asked_for(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The press under a scale question (13 buttons): its update read with no button built
    (13 before, each through `InlineKeyboardButton.__init__`); asking for the keyboard
    builds them, once."""
    built: list[str] = []
    real = InlineKeyboardButton.__init__

    def counted(self: InlineKeyboardButton, text: str, *args: Any, **kwargs: Any) -> None:
        built.append(text)
        real(self, text, *args, **kwargs)

    monkeypatch.setattr(InlineKeyboardButton, "__init__", counted)
    body = Updates().button(4242, "a:d1:7:3", pressed=QUESTION)
    got = decode_update(body, BOTS[0])
    assert got.callback_query is not None
    assert got.callback_query.data == "a:d1:7:3"
    assert built == []
    message = got.callback_query.message
    assert isinstance(message, Message)
    assert message.reply_markup is not None
    assert built == [label for label, _ in QUESTION.buttons]
    assert message.reply_markup is not None
    assert len(built) == 13


def test_the_pressed_shape_reads_a_message_as_the_messages_shape_does() -> None:
    """One list of fields for both, so a field added to a message is read under a button
    too."""
    assert decoding._PRESSED.plain is decoding._MESSAGE.plain
    assert decoding._PRESSED.nested is decoding._MESSAGE.nested


async def test_practitioners_tap_through_their_flows_with_presses_read_this_way(
        tmp_path: Path, flows: dict[str, Flow]) -> None:
    """The benchmark's practitioners, whose presses are read by `decode_update`, complete
    and save their mappings; their presses are read without their keyboards."""
    _, sent, extra = await run_sosbot(2, tmp_path, flows)
    assert extra["sample"] is not None
    assert extra["sample"].status == "completed"
    presses = [json.loads(raw) for theirs in sent for raw in theirs
               if b'"callback_query"' in raw]
    assert len(presses) > 20
    for body in presses:
        update = decode_update(body, BOTS[0])
        assert update.callback_query is not None
        assert type(update.callback_query.message) is Pressed
