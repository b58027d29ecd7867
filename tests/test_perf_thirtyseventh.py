"""The thirty-seventh pass's CPU cut in decoding (issue #16): `bot.decoding` reads the updates
sosbot receives without `Update.de_json`'s generic machinery, and must hand the handlers the
very objects `de_json` gives (same classes, attributes, `api_kwargs`, bot, frozen, datetimes
in the bot's time zone) over realistic and odd bodies; whatever it does not know goes to
`de_json` unchanged. A python-telegram-bot that reads a shape differently fails here."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from telegram import Bot, Message, TelegramObject, Update
from telegram.ext import Application, Defaults

from bench.throughput import run_sosbot
from bot import decoding
from bot.decoding import Pressed, Shape, decode_update, quick_update
from bot.shape import mended
from bot.webhook import WebhookServer
from flows.flow import Flow
from tests.memory_botapi import BOT_USER, TOKEN, Json, Sent, Updates, raw

USER = 5150
WHEN = 1_764_900_000


def user(**extra: Any) -> Json:
    return {"id": USER, "is_bot": False, "first_name": "Sam", **extra}


def private(**extra: Any) -> Json:
    return {"id": USER, "type": "private", "first_name": "Sam", **extra}


def message(**extra: Any) -> Json:
    return {"message_id": 41, "from": user(), "chat": private(), "date": WHEN, **extra}


def update(**content: Any) -> Json:
    return {"update_id": 900_001, **content}


PHOTO = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 60,
          "file_size": 1200},
         {"file_id": "p2", "file_unique_id": "u2", "width": 1280, "height": 853}]
EVERY_MESSAGE_FIELD = message(
    text="Every field", message_thread_id=3, is_topic_message=False, media_group_id="g1",
    author_signature="Sam", has_protected_content=True, is_automatic_forward=False,
    has_media_spoiler=False, business_connection_id="bc", sender_boost_count=2,
    is_from_offline=False, show_caption_above_media=True, effect_id="e1", caption="c",
    link_preview_options={"is_disabled": True, "url": "https://example.org",
                          "prefer_small_media": True})
ENTITIES = [{"type": "bold", "offset": 0, "length": 4},
            {"type": "text_link", "offset": 5, "length": 4, "url": "https://example.org"},
            {"type": "text_mention", "offset": 10, "length": 3, "user": user(last_name="Ng")},
            {"type": "pre", "offset": 14, "length": 2, "language": "python"},
            {"type": "custom_emoji", "offset": 17, "length": 2, "custom_emoji_id": "77"}]
KEYBOARD = {"inline_keyboard": [
    [{"text": "Yes", "callback_data": "s:1:yes"}, {"text": "No", "callback_data": "s:1:no"}],
    [{"text": "Read more", "url": "https://example.org/more"}],
    [{"text": "Share", "switch_inline_query": "", "switch_inline_query_current_chat": "x"}],
    [{"text": "Pay", "pay": True}]]}
DOCUMENT = {"file_name": "notes.docx", "file_id": "d1", "file_unique_id": "du1",
            "mime_type": "application/vnd.openxmlformats-officedocument."
                         "wordprocessingml.document", "file_size": 20480,
            "thumbnail": PHOTO[0], "thumb": PHOTO[0]}
QUESTION = {"message_id": 40, "from": BOT_USER, "chat": private(), "date": WHEN - 60,
            "edit_date": WHEN - 30, "text": "How worried are you?", "reply_markup": KEYBOARD}

# What sosbot reads quickly: each body as Telegram sends it, and odd ones it must read alike.
KNOWN: dict[str, Json] = {
    "text": update(message=message(text="She stays with her aunt since March.")),
    "command": update(message=message(text="/start ab12", entities=[
        {"type": "bot_command", "offset": 0, "length": 6}])),
    "bare user and chat": update(message={"message_id": 1, "date": WHEN, "text": "hi",
                                          "from": {"id": 7, "is_bot": False, "first_name": ""},
                                          "chat": {"id": 7, "type": "private"}}),
    "full user and chat": update(message=message(
        text="hi", from_=None, **{"from": user(last_name="Ng", username="sam_ng",
                                               language_code="cy", is_premium=True,
                                               added_to_attachment_menu=True)},
        chat=private(last_name="Ng", username="sam_ng"))),
    "unknown fields everywhere": update(future_update_field={"a": [1]}, message=message(
        text="hi", brand_new=True, **{"from": user(new_flag=1)}, chat=private(colour="red"),
        entities=[{"type": "bold", "offset": 0, "length": 2, "shade": "dark"}])),
    "every message field": update(message=EVERY_MESSAGE_FIELD),
    "entities": update(message=message(text="Bold link Sam pe 😀", entities=ENTITIES)),
    "reply": update(message=message(text="the answer", reply_to_message=QUESTION)),
    "reply to a reply": update(message=message(text="x", reply_to_message=message(
        message_id=39, text="y", reply_to_message=QUESTION))),
    "old forward fields": update(message=message(
        text="fwd", forward_from=user(id=9), forward_date=WHEN - 99, forward_sender_name="",
        forward_signature=None)),
    "via bot": update(message=message(text="@gif cats", via_bot=BOT_USER)),
    "sender chat": update(message=message(
        text="as the group", chat={"id": -100123, "type": "supergroup", "title": "Team",
                                   "is_forum": True},
        sender_chat={"id": -100123, "type": "supergroup", "title": "Team"})),
    "photo": update(message=message(photo=PHOTO, caption="the genogram", caption_entities=[
        {"type": "italic", "offset": 4, "length": 8}])),
    "document": update(message=message(document=DOCUMENT, caption="notes")),
    "document, bare": update(message=message(document={"file_id": "d", "file_unique_id": "u"})),
    "edited": update(edited_message=message(text="corrected", edit_date=WHEN + 5)),
    "button": update(callback_query={"id": "4242", "from": user(), "message": QUESTION,
                                     "chat_instance": "-77", "data": "s:1:yes"}),
    "button, new fields": update(callback_query={
        "id": "1", "from": user(), "message": QUESTION, "chat_instance": "1", "data": "d",
        "new_thing": 3}),
    "button on an inline message": update(callback_query={
        "id": "2", "from": user(), "inline_message_id": "AAE", "chat_instance": "1",
        "game_short_name": "g"}),
    "channel post": update(channel_post={
        "message_id": 5, "date": WHEN, "text": "news", "author_signature": "Ed",
        "sender_chat": {"id": -1009, "type": "channel", "title": "News"},
        "chat": {"id": -1009, "type": "channel", "title": "News", "username": "news"}}),
    "edited channel post": update(edited_channel_post={
        "message_id": 5, "date": WHEN, "edit_date": WHEN + 1, "text": "news!",
        "chat": {"id": -1009, "type": "channel", "title": "News"}}),
    "nulls": update(message=message(text=None, entities=None, photo=None, via_bot=None,
                                    reply_markup=None), edited_message=None),
    "numbers at the edge": update(message=message(
        message_id=2**31 - 1, text="x", chat=private(id=2**52 + 1),
        **{"from": user(id=2**52 + 1)})),
    "update alone": update(),
}
KNOWN["full user and chat"]["message"].pop("from_")

# What it leaves to de_json: shapes sosbot does not receive, fields python-telegram-bot
# reads that this module does not, and bodies de_json refuses.
DECLINED: dict[str, Any] = {
    "inaccessible message": update(callback_query={
        "id": "3", "from": user(), "chat_instance": "1", "data": "d",
        "message": {"message_id": 40, "chat": private(), "date": 0}}),
    "forward origin": update(message=message(text="fwd", forward_origin={
        "type": "user", "date": WHEN, "sender_user": user(id=9)})),
    "inline query": update(inline_query={"id": "1", "from": user(), "query": "q",
                                         "offset": ""}),
    "my chat member": update(my_chat_member={
        "chat": private(), "from": user(), "date": WHEN,
        "old_chat_member": {"status": "member", "user": BOT_USER},
        "new_chat_member": {"status": "kicked", "user": BOT_USER, "until_date": 0}}),
    "sticker": update(message=message(sticker={
        "file_id": "s", "file_unique_id": "u", "type": "regular", "width": 512,
        "height": 512, "is_animated": False, "is_video": False})),
    "a date in an entity": update(message=message(text="at noon", entities=[
        {"type": "date_time", "offset": 3, "length": 4, "unix_time": WHEN}])),
    "keyboard with more": update(callback_query={
        "id": "5", "from": user(), "chat_instance": "1", "data": "d",
        "message": {**QUESTION, "reply_markup": {**KEYBOARD, "extra": 1}}}),
    "button with a web app": update(callback_query={
        "id": "6", "from": user(), "chat_instance": "1", "data": "d",
        "message": {**QUESTION, "reply_markup": {"inline_keyboard": [[
            {"text": "Open", "web_app": {"url": "https://example.org"}}]]}}}),
    "the python name of from": update(message={**message(text="x"), "from_user": user(id=1)}),
    "api_kwargs as a field": update(message=message(text="x", api_kwargs={"a": 1})),
    "a date that is text": update(message=message(date="yesterday", text="x")),
    "a float date": update(message=message(date=WHEN + 0.5, text="x")),
    "a message that is a list": update(message=[1, 2]),
    "a chat that is a string": update(message=message(chat="me", text="x")),
    "no chat": update(message={"message_id": 1, "date": WHEN, "text": "x"}),
    "entities that are a dict": update(message=message(text="x", entities={"type": "bold"})),
    "not an object": [update()],
    "a field named self": update(self=1),
    "a message field named self": update(message=message(text="x", self=1)),
    "a user field named self": update(message=message(text="x", **{"from": user(self=1)})),
}


def bots() -> Iterator[Bot | None]:
    """The plain bot, one whose defaults put times in London, and none at all."""
    yield Application.builder().token(TOKEN).build().bot
    yield (Application.builder().token(TOKEN)
           .defaults(Defaults(tzinfo=ZoneInfo("Europe/London"))).build().bot)
    yield None


BOTS = list(bots())


def slots(obj: TelegramObject) -> set[str]:
    return {name for cls in type(obj).__mro__ for name in getattr(cls, "__slots__", ())}


def assert_same(got: Any, want: Any, path: str = "update") -> None:
    """`got` is what de_json gave (`want`), down to every attribute of every object (a
    message pressed under is a `Pressed`, its keyboard read when asked for: read here)."""
    assert type(got) is type(want) or (type(got), type(want)) == (Pressed, Message), path
    if isinstance(want, TelegramObject):
        assert got._frozen is want._frozen is True, path  # frozen as de_json freezes
        assert got._bot is want._bot, path
        for name in slots(want) - {"_bot", "__weakref__"}:
            assert_same(getattr(got, name, "unset"), getattr(want, name, "unset"),
                        f"{path}.{name}")
    elif isinstance(want, tuple | list):
        assert len(got) == len(want), path
        for n, (a, b) in enumerate(zip(got, want, strict=True)):
            assert_same(a, b, f"{path}[{n}]")
    elif isinstance(want, dict | MappingProxyType):
        assert got.keys() == want.keys(), path
        for key in want:
            assert_same(got[key], want[key], f"{path}[{key!r}]")
    elif isinstance(want, dt.datetime):
        assert (got, got.tzinfo) == (want, want.tzinfo), path
    else:
        assert got == want, path


@pytest.mark.parametrize("bot", BOTS, ids=["bot", "london", "none"])
@pytest.mark.parametrize("name", KNOWN)
def test_each_update_sosbot_receives_is_read_quickly_into_what_de_json_gives(
        name: str, bot: Bot | None) -> None:
    body = KNOWN[name]
    kept = copy.deepcopy(body)
    got = quick_update(body, bot)
    assert got is not None, f"{name}: left to de_json"
    want = Update.de_json(body, bot)
    assert_same(got, want)
    assert got.to_dict() == want.to_dict()
    assert body == kept  # the body is not changed in reading it, as de_json leaves it


def test_times_are_in_the_time_zone_of_the_bots_defaults() -> None:
    london = quick_update(KNOWN["edited"], BOTS[1])
    assert london is not None
    assert london.edited_message is not None
    assert london.edited_message.edit_date == dt.datetime(2025, 12, 5, 2, 0, 5,
                                                          tzinfo=dt.UTC)
    assert london.edited_message.edit_date.tzinfo == ZoneInfo("Europe/London")
    plain = quick_update(KNOWN["edited"], BOTS[0])
    assert plain is not None
    assert plain.edited_message is not None
    assert plain.edited_message.date.tzinfo is dt.UTC


def test_a_read_update_is_frozen_and_carries_unknown_fields_as_de_json_does() -> None:
    got = quick_update(KNOWN["unknown fields everywhere"], BOTS[0])
    assert got is not None
    assert got.message is not None
    assert got.message.from_user is not None
    assert got.api_kwargs == {"future_update_field": {"a": [1]}}
    assert got.message.api_kwargs == {"brand_new": True}
    assert got.message.from_user.api_kwargs == {"new_flag": 1}
    assert got.message.entities[0].api_kwargs == {"shade": "dark"}
    with pytest.raises(AttributeError, match="can't be set"):
        got.message.text = "changed"  # type: ignore[misc]


def outcome(read: Any, body: Any, bot: Bot | None) -> Any:
    try:
        return read(body, bot)
    except Exception as exc:
        return type(exc)


@pytest.mark.parametrize("bot", BOTS, ids=["bot", "london", "none"])
@pytest.mark.parametrize("name", DECLINED)
def test_what_it_does_not_know_is_left_to_de_json_with_its_outcome(
        name: str, bot: Bot | None) -> None:
    body = DECLINED[name]
    assert quick_update(body, bot) is None
    got, want = outcome(decode_update, body, bot), outcome(Update.de_json, body, bot)
    if isinstance(want, type):
        assert got is want  # the same error as before, for the webhook to refuse
    else:
        assert_same(got, want)


def shapes() -> list[Shape]:
    found = [v for v in vars(decoding).values() if isinstance(v, Shape)]
    for shape in list(found):
        for _, read in shape.nested.values():
            for cell in read.__closure__ or ():
                if isinstance(cell.cell_contents, Shape) and cell.cell_contents not in found:
                    found.append(cell.cell_contents)
    return found


def keys_in(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value).union(*(keys_in(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(keys_in(v) for v in value))
    return set()


def test_every_field_read_as_it_comes_is_in_the_corpus_compared_with_de_json() -> None:
    """A field handed on unread is safe only while de_json hands it on unread too: each one
    is in a body compared above, so a python-telegram-bot that starts converting it fails."""
    seen = keys_in(list(KNOWN.values()))
    names = {shape.cls.__name__: shape for shape in shapes()}
    assert {"User", "Chat", "PhotoSize", "LinkPreviewOptions", "Message", "Update",
            "CallbackQuery", "MessageEntity", "Document", "InlineKeyboardButton",
            "InlineKeyboardMarkup"} <= names.keys()
    for name in ("User", "Chat", "PhotoSize", "LinkPreviewOptions"):
        assert names[name].plain, f"{name}: de_json now converts a field of it"
    for name in ("Message", "Update", "CallbackQuery", "MessageEntity", "Document",
                 "InlineKeyboardButton"):
        assert names[name].plain <= seen, (name, names[name].plain - seen)


def test_the_webhook_hands_the_handlers_what_de_json_gives() -> None:
    app = Application.builder().token(TOKEN).build()
    hook = WebhookServer(app, path="/hook", secret="s", listen="127.0.0.1", port=1)
    updates = Updates()
    for body in (updates.text(USER, "/start"), updates.edited(USER, "sorry, two"),
                 updates.button(USER, "s:1:yes", pressed=Sent(3, "Q?", (("Yes", "s:1:yes"),)))):
        got, want = hook._read(raw(body)), Update.de_json(json.loads(raw(body)), app.bot)
        assert got is not None
        assert quick_update(mended(json.loads(raw(body))), app.bot) is not None  # as mended
        for read in (got, want):  # the webhook asked for who sent it: cached on the update
            assert None not in (read.effective_user, read.effective_chat, read.effective_message)
        assert_same(got, want)


async def test_practitioners_finish_their_flows_with_updates_read_this_way(
        tmp_path: Path, flows: dict[str, Flow]) -> None:
    """The benchmark's sosbot path reads each update as the webhook does, and every
    practitioner's mapping is completed and saved."""
    timings, sent, extra = await run_sosbot(3, tmp_path, flows)
    assert len(timings.latencies) == sum(len(s) for s in sent) > 0
    assert extra["sample"] is not None
    assert extra["sample"].status == "completed"
