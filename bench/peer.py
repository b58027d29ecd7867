"""The bot a Python developer would write instead, following python-telegram-bot's documentation.

A `ConversationHandler` (persistent, as the documentation's persistence example has it) with
one state per question, answers kept in `context.user_data`, and `PicklePersistence`:

- *durable*: every handler writes the persistence (`Application.update_persistence()`)
  before it replies, so an answer the practitioner saw acknowledged is on disk when the
  process dies (PicklePersistence rewrites the whole pickle file to do it, and never fsyncs);
- *batched*: PicklePersistence as the documentation sets it up, written by the application
  every `update_interval` (60 s) and on a clean stop: a crash loses what came since.

The questions are sosbot's own messages for the path the bench's practitioners take, recorded
once from sosbot (`record_script`): same texts, same buttons, same Bot API calls per update.
What the peer does not do: branching, checks, encryption, a database, refusing strangers.
"""

from __future__ import annotations

import json
import pickle
import warnings
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)

from bench.practitioner import Practitioner
from bench.throughput import Timings, replay
from bench.world import AnyApp, counting_errors, running_bot, settings, users
from flows.flow import Flow
from tests.memory_botapi import TOKEN, MemoryRequest, Updates

Context = ContextTypes.DEFAULT_TYPE
Handler = Callable[[Update, Context], Coroutine[Any, Any, int]]


@dataclass(frozen=True)
class Reply:
    """One Bot API call the bot makes in answer to an update."""

    method: str  # sendMessage, editMessageText or answerCallbackQuery
    text: str = ""
    parse_mode: str | None = None
    keyboard: InlineKeyboardMarkup | None = None


def _reply(method: str, params: dict[str, Any]) -> Reply:
    markup = params.get("reply_markup")
    keyboard = InlineKeyboardMarkup.de_json(markup, None) if isinstance(markup, dict) else None
    return Reply(method, str(params.get("text", "")), params.get("parse_mode"), keyboard)


async def record_script(flows: dict[str, Flow], folder: Path) -> list[list[Reply]]:
    """What sosbot sends in answer to each update of one practitioner completing `mapping`."""
    team = users(1)
    request = MemoryRequest(record=True)
    replies: list[list[Reply]] = []
    async with running_bot(settings(folder / "script.db", team), flows, request) as (app, _):
        person = Practitioner(team[0], Updates())
        raw: bytes | None = person.first_update()
        while raw is not None:
            before = len(request.calls)
            await app.process_update(Update.de_json(json.loads(raw), app.bot))
            replies.append([_reply(c.method, c.params) for c in request.calls[before:]])
            raw = person.next_update(request.outbox(team[0]))
    return replies


def _user_data(context: Context) -> dict[Any, Any]:
    assert context.user_data is not None  # a private chat's update always has a user
    return context.user_data


async def _send(update: Update, context: Context, replies: list[Reply]) -> None:
    chat = update.effective_chat
    assert chat is not None
    for reply in replies:
        if reply.method == "answerCallbackQuery" and update.callback_query is not None:
            await update.callback_query.answer()
        elif reply.method == "editMessageText":
            await context.bot.edit_message_text(reply.text, chat_id=chat.id,
                                                message_id=_user_data(context)["question"],
                                                parse_mode=reply.parse_mode)
        elif reply.method == "sendMessage":
            sent = await chat.send_message(reply.text, parse_mode=reply.parse_mode,
                                           reply_markup=reply.keyboard)
            if reply.keyboard is not None:
                _user_data(context)["question"] = sent.message_id


def _step(number: int, replies: list[Reply], last: bool, durable: bool) -> Handler:
    async def handle(update: Update, context: Context) -> int:
        query = update.callback_query
        value = query.data if query is not None else update.effective_message.text  # type: ignore[union-attr]
        _user_data(context).setdefault("answers", {})[number] = value
        if durable:
            await context.application.update_persistence()
        await _send(update, context, replies)
        return ConversationHandler.END if last else number + 1

    return handle


def peer_application(script: list[list[Reply]], path: Path, *, durable: bool,
                     request: MemoryRequest) -> AnyApp:
    """The ConversationHandler bot over PicklePersistence at `path`."""
    persistence: PicklePersistence[Any, Any, Any] = PicklePersistence(path)
    # python-telegram-bot warns that buttons are tracked per chat, not per message: as meant.
    warnings.filterwarnings("ignore", "If 'per_message=False'", category=UserWarning)
    app: AnyApp = (Application.builder().token(TOKEN).request(request)
                   .get_updates_request(MemoryRequest(record=False))
                   .persistence(persistence).build())

    async def start(update: Update, context: Context) -> int:
        await _send(update, context, script[0])
        return 1

    last = len(script) - 1
    steps = {n: _step(n, script[n], n == last, durable) for n in range(1, len(script))}
    states: dict[object, list[Any]] = {
        n: [MessageHandler(filters.TEXT & ~filters.COMMAND, step), CallbackQueryHandler(step)]
        for n, step in steps.items()}
    app.add_handler(ConversationHandler(entry_points=[CommandHandler("start", start)],
                                        states=states, fallbacks=[], name="mapping",
                                        persistent=True))
    return app


def stored_answers(path: Path) -> dict[int, int]:
    """Answers per user in the pickle file as a restarted peer would find it."""
    if not path.exists():
        return {}
    with path.open("rb") as file:
        data = _Unpickler(file).load()
    return {user: len(d.get("answers", {})) for user, d in data["user_data"].items()}


class _Unpickler(pickle.Unpickler):
    """python-telegram-bot pickles the bot as a reference: there is no bot to give back."""

    def persistent_load(self, pid: Any) -> Any:
        return None


async def run_peer(sent: list[list[bytes]], script: list[list[Reply]], path: Path, *,
                   durable: bool, think_s: float = 0.0) -> tuple[Timings, dict[str, int]]:
    """Replay the practitioners' updates to the peer; check every answer was kept (on disk,
    for the durable peer, while it still runs)."""
    if any(len(updates) != len(script) for updates in sent):
        raise RuntimeError("the practitioners took another path than the recorded script")
    request = MemoryRequest(record=False)
    app = peer_application(script, path, durable=durable, request=request)
    async with counting_errors() as errors:
        async with app:
            timings = await replay(app, sent, think_s=think_s)
            on_disk = sum(stored_answers(path).values())
        after_stop = sum(stored_answers(path).values())
    expected = sum(len(updates) - 1 for updates in sent)  # every update but /start
    if errors.count or after_stop != expected or (durable and on_disk != expected):
        raise RuntimeError(f"the peer went wrong: {on_disk} answers on disk while running, "
                           f"{after_stop} after stopping, of {expected}; {errors.count} errors "
                           f"(first: {errors.first})")
    return timings, {"calls": sum(request.counts.values()), "on_disk_while_running": on_disk}
