"""Reading an update's JSON into python-telegram-bot's `Update`, quickly for the shapes sosbot
receives (a practitioner's message, edited or not, with its entities, a document or a photo;
a tap on a button), through each class's own constructor; anything else, or any field this
module does not know that python-telegram-bot reads, goes to `Update.de_json` unchanged.

Where `Update.de_json`'s time goes: about a third in its generic machinery (a copy of every
object's dict, some 100 look-ups per message for fields that are absent), and most of the
rest in the constructors' attribute sets, each through `TelegramObject.__setattr__`, a
Python-level check that the object is not frozen yet (about 160 for a text message). The
constructors here run on a twin class that sets attributes directly, and the object is then
made the real class: the same `__init__` ran, so it is the object `de_json` would give (same
class, attributes, `api_kwargs`, bot, frozen). tests/test_perf_thirtyseventh.py holds this
against `de_json` field by field, so a python-telegram-bot that changes a shape fails there.
One exception: the message a button was pressed under, when it has a keyboard, is a
`Pressed`, a `Message` reading its keyboard when first asked for (nothing sosbot runs asks).
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from typing import Any

from telegram import (
    Bot,
    CallbackQuery,
    Chat,
    Document,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    PhotoSize,
    TelegramObject,
    Update,
    User,
)

Read = Callable[[Any, "Bot | None", dt.tzinfo], Any]


class _Declined(Exception):
    """A field python-telegram-bot reads that this module does not: `de_json` reads it."""


def _passes_through(cls: type[TelegramObject]) -> bool:
    """`cls` reads its JSON as it comes: `de_json` converts none of its fields."""
    return all(getattr(cls, name).__func__ is getattr(TelegramObject, name).__func__
               for name in ("de_json", "_de_json"))


class Shape:
    """How one class is built from its JSON object: the fields handed to the constructor
    as they come (`plain`), those read first (`nested`: JSON name to keyword and reader),
    the rest to `api_kwargs` when the constructor has no such keyword, as `de_json` does."""

    def __init__(self, cls: type[TelegramObject], plain: frozenset[str] | None = None,
                 nested: dict[str, tuple[str, Read]] | None = None, with_bot: bool = True
                 ) -> None:
        self.cls = cls
        # Attributes set with no frozen check, then the object made `cls`: same layout.
        # `__delattr__` too: `TelegramObject` defines both in Python, and while either is a
        # class's own, every attribute set looks `__setattr__` up and calls it (a Message
        # built four times slower); with object's pair, it is object's own quick store.
        self.twin = type(cls.__name__, (cls,), {"__slots__": (), "__module__": cls.__module__,
                                                "__setattr__": object.__setattr__,
                                                "__delattr__": object.__delattr__})
        # `self` too: a field of that name fails `de_json`'s call of the constructor.
        self.params = frozenset(inspect.signature(cls.__init__).parameters)
        if plain is None:  # every field, as long as `de_json` converts none of them
            plain = (self.params - {"self", "api_kwargs"} if _passes_through(cls)
                     else frozenset())
        self.plain, self.nested, self.with_bot = plain, nested or {}, with_bot

    def build(self, data: Any, bot: Bot | None, tz: dt.tzinfo) -> Any:
        """The object `data` describes, as `self.cls.de_json(data, bot)` gives it."""
        if type(data) is not dict:
            raise _Declined
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] | None = None
        for key, value in data.items():
            if key in self.plain:
                kwargs[key] = value
            elif (how := self.nested.get(key)) is not None:
                kwargs[how[0]] = how[1](value, bot, tz)
            elif key in self.params:
                raise _Declined(key)
            else:
                if extra is None:
                    extra = {}
                extra[key] = value
        made = self.twin(**kwargs, api_kwargs=extra)
        if self.with_bot:
            made.set_bot(bot)  # (still the twin: no frozen check)
        made.__class__ = self.cls
        return made


def _one(shape: Shape) -> Read:
    def read(value: Any, bot: Bot | None, tz: dt.tzinfo) -> Any:
        return None if value is None else shape.build(value, bot, tz)
    return read


def _many(shape: Shape) -> Read:
    def read(value: Any, bot: Bot | None, tz: dt.tzinfo) -> Any:
        if value is None:
            return ()
        if type(value) is not list:
            raise _Declined
        return tuple(shape.build(item, bot, tz) for item in value)
    return read


def _time(value: Any, bot: Bot | None, tz: dt.tzinfo) -> dt.datetime | None:
    if value is None:
        return None
    if type(value) is not int or value == 0:  # 0: an inaccessible message, read by de_json
        raise _Declined
    return dt.datetime.fromtimestamp(value, tz=tz)


def _keyboard(value: Any, bot: Bot | None, tz: dt.tzinfo) -> InlineKeyboardMarkup | None:
    """`InlineKeyboardMarkup.de_json` keeps only the rows (no `api_kwargs`, no bot)."""
    if value is None:
        return None
    if type(value) is not dict or value.keys() != {"inline_keyboard"}:
        raise _Declined
    rows = [[_BUTTON.build(button, bot, tz) for button in row]
            for row in value["inline_keyboard"]]
    return _MARKUP.build({"inline_keyboard": rows}, bot, tz)  # type: ignore[no-any-return]


_USER, _CHAT, _PHOTO = Shape(User), Shape(Chat), Shape(PhotoSize)
_BUTTON = Shape(InlineKeyboardButton, frozenset({
    "text", "url", "callback_data", "switch_inline_query", "switch_inline_query_current_chat",
    "pay"}))
_MARKUP = Shape(InlineKeyboardMarkup, frozenset({"inline_keyboard"}), with_bot=False)
_ENTITY = Shape(MessageEntity, frozenset({"type", "offset", "length", "url", "language",
                                          "custom_emoji_id"}),
                {"user": ("user", _one(_USER))})
_DOCUMENT = Shape(Document, frozenset({"file_id", "file_unique_id", "file_name", "mime_type",
                                       "file_size"}),
                  {"thumbnail": ("thumbnail", _one(_PHOTO))})
_MESSAGE = Shape(Message, frozenset({
    "message_id", "text", "caption", "message_thread_id", "is_topic_message",
    "media_group_id", "author_signature", "has_protected_content", "is_automatic_forward",
    "has_media_spoiler", "business_connection_id", "sender_boost_count", "is_from_offline",
    "show_caption_above_media", "effect_id"}), {
    "date": ("date", _time), "edit_date": ("edit_date", _time),
    "chat": ("chat", _one(_CHAT)), "from": ("from_user", _one(_USER)),
    "sender_chat": ("sender_chat", _one(_CHAT)), "via_bot": ("via_bot", _one(_USER)),
    "entities": ("entities", _many(_ENTITY)),
    "caption_entities": ("caption_entities", _many(_ENTITY)),
    "document": ("document", _one(_DOCUMENT)), "photo": ("photo", _many(_PHOTO)),
    "reply_markup": ("reply_markup", _keyboard),
    "link_preview_options": ("link_preview_options", _one(Shape(LinkPreviewOptions)))})
_MESSAGE.nested["reply_to_message"] = ("reply_to_message", _one(_MESSAGE))
_KEYBOARD_SLOT = Message.__dict__["reply_markup"]  # where a message keeps its keyboard


class Pressed(Message):
    """The message a button was pressed under, with its keyboard: python-telegram-bot's
    `Message` in all but one thing, that the keyboard is read from its JSON when it is first
    asked for (`reply_markup`, `to_dict`, a copy or a pickle). Nothing in sosbot reads it,
    nor python-telegram-bot without its arbitrary callback data (off in sosbot): a press
    reads the button's own data. Read at every press, the keyboard's buttons (each through
    its constructor) were over half of decoding it."""

    __slots__ = ("_keyboard_json",)

    _keyboard_json: tuple[Any, Bot | None] | None

    @property  # (Message's slot: read through, never replaced)
    def reply_markup(self) -> InlineKeyboardMarkup | None:
        try:
            unread = self._keyboard_json
        except AttributeError:  # (a copy made before this slot was set)
            unread = None
        if unread is not None:
            _KEYBOARD_SLOT.__set__(self, _keyboard(unread[0], unread[1], dt.UTC))
            object.__setattr__(self, "_keyboard_json", None)
        return _KEYBOARD_SLOT.__get__(self, Message)  # type: ignore[no-any-return]

    @reply_markup.setter
    def reply_markup(self, value: InlineKeyboardMarkup | None) -> None:
        # (set by `Message.__init__`, or by the library's callback data cache, unfrozen)
        _KEYBOARD_SLOT.__set__(self, value)
        object.__setattr__(self, "_keyboard_json", None)

    def __hash__(self) -> int:  # as a `Message`'s: equal messages hash alike
        return hash((Message, self._id_attrs)) if self._id_attrs else object.__hash__(self)

    def __getstate__(self) -> dict[str, object]:
        self.reply_markup  # noqa: B018  (read first: the bot it is read with is not pickled)
        return super().__getstate__()

    def __deepcopy__(self, memodict: dict[int, object]) -> Pressed:
        self.reply_markup  # noqa: B018  (read first, with the message's bot)
        return super().__deepcopy__(memodict)


Pressed.__name__ = "Message"  # (its `repr`, which names the class, is a Message's)
_PRESSED = Shape(Pressed, _MESSAGE.plain, _MESSAGE.nested)
_BUTTON_DECLINED = _BUTTON.params - _BUTTON.plain  # fields `_BUTTON.build` leaves to de_json


def _well_formed(value: Any) -> bool:
    """Whether `_keyboard` reads `value` without leaving it to `de_json` (checked when the
    update is read: the keyboard itself is read later, if ever)."""
    if type(value) is not dict or value.keys() != {"inline_keyboard"} \
            or type(rows := value["inline_keyboard"]) is not list:
        return False
    for row in rows:
        if type(row) is not list:
            return False
        for button in row:
            if type(button) is not dict or "text" not in button \
                    or not _BUTTON_DECLINED.isdisjoint(button):
                return False
    return True


def _pressed(value: Any, bot: Bot | None, tz: dt.tzinfo) -> Message | None:
    """The message a button was pressed under; with a keyboard, a `Pressed`."""
    if value is None:
        return None
    keyboard = value.get("reply_markup") if type(value) is dict else None
    if keyboard is None:
        return _MESSAGE.build(value, bot, tz)  # type: ignore[no-any-return]
    if not _well_formed(keyboard):
        raise _Declined("reply_markup")
    made = _PRESSED.build({k: v for k, v in value.items() if k != "reply_markup"}, bot, tz)
    object.__setattr__(made, "_keyboard_json", (keyboard, bot))
    return made  # type: ignore[no-any-return]


_QUERY = Shape(CallbackQuery, frozenset({"id", "chat_instance", "data", "inline_message_id",
                                         "game_short_name"}),
               {"from": ("from_user", _one(_USER)), "message": ("message", _pressed)})
_UPDATE = Shape(Update, frozenset({"update_id"}), {
    name: (name, _one(_MESSAGE)) for name in ("message", "edited_message", "channel_post",
                                              "edited_channel_post")})
_UPDATE.nested["callback_query"] = ("callback_query", _one(_QUERY))


def quick_update(data: Any, bot: Bot | None) -> Update | None:
    """The `Update` in `data` read by this module, or None for a shape it leaves to `de_json`."""
    defaults = getattr(bot, "defaults", None)
    tz = defaults.tzinfo if defaults and defaults.tzinfo is not None else dt.UTC
    try:
        return _UPDATE.build(data, bot, tz)  # type: ignore[no-any-return]
    except Exception:  # any surprise: de_json reads it (or raises its own error)
        return None


def decode_update(data: Any, bot: Bot | None) -> Update:
    """`Update.de_json(data, bot)`, the same object, at a fraction of the cost for the updates
    sosbot receives."""
    update = quick_update(data, bot)
    return Update.de_json(data, bot) if update is None else update
