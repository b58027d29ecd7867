"""A council's operator deploying sosbot by README's "Deploy for a council", thirty-third pass:
the webhook and polling on SQLite when the database cannot take a write for now, and what a
partner is asked, across two instances on PostgreSQL.

Each pinned through the real parts: the bot as `sosbot run` starts it (`bot.app.started`),
served by the webhook server or polling the local Bot API server, on a real SQLite file or a
throwaway PostgreSQL.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from telegram.request import RequestData

from bot import services
from bot.app import started
from bot.handlers import UNSAVED, HandedInAgain
from bot.run import start_polling
from bot.webhook import WebhookServer, webhook_path
from flows.flow import Flow
from storage.contract import Session, Store
from tests.botapi_server import BotApiServer
from tests.memory_botapi import MemoryRequest
from tests.processes import HANG_GUARD, free_port
from tests.telegram_world import PRACTITIONER, bot_settings, start_a_draft
from tests.test_attacks_thirtysecond import the_officers_part_answered
from tests.test_deploy_thirtyfirst import GROUP_HELP, to_author
from tests.test_deploy_thirtysecond import wait_until
from tests.test_telegram_handlers import USER, Bot, running
from tests.test_walk_thirtyfirst import PC, said_to
from tests.test_webhook import PUBLIC_URL, SECRET, Instance

SORRY_START = "Sorry, something went wrong"


def store_of(app: Any) -> Store:
    store: Store = app.bot_data["store"]
    return store


async def read_only(app: Any, server: BotApiServer, on: bool = True) -> None:
    """The SQLite file taking no writes (a disk remounted read-only after an error), as
    SQLite reports it: "attempt to write a readonly database"; `on` False: writable again.
    The receipt of the question last sent lands first, as it has long before a practitioner
    has typed their answer."""
    shown_in = server.chat(PRACTITIONER)[-1].message_id

    async def session() -> Session:
        return await store_of(app).session(PRACTITIONER)
    await wait_until(session, lambda now: not on or now.question_message == shown_in)
    await store_of(app)._db.execute(  # type: ignore[attr-defined]
        f"PRAGMA query_only = {'ON' if on else 'OFF'}")


async def answers_of(app: Any) -> list[dict[str, Any]]:
    """Every draft's answers, read through the bot's own store."""
    store = store_of(app)
    drafts = [await store.load_draft(PRACTITIONER, info.id)
              for info in await store.list_drafts(PRACTITIONER)]
    return [dict(d.answers) for d in drafts if d is not None]


def sorries(server: BotApiServer) -> list[str]:
    return [t for t in server.texts(PRACTITIONER) if t.startswith(SORRY_START)]


@contextlib.asynccontextmanager
async def sqlite_webhook(server: BotApiServer, db: Path) -> AsyncIterator[tuple[Instance, Any]]:
    """`sosbot run --webhook` on the SQLite file `db`, as `serve_webhook` serves it, in this
    process; the `Instance` posts as Telegram does, and the application is at hand."""
    port = free_port()
    settings = bot_settings(server, db, SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                            SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_LISTEN="127.0.0.1",
                            SOSBOT_PORT=port)
    async with started(settings) as app:
        hook = WebhookServer(app, path=webhook_path(PUBLIC_URL), secret=SECRET,
                             listen="127.0.0.1", port=port)
        await hook.start()
        try:
            yield Instance(server, db, port), app
        finally:
            await hook.stop()


# --- 1. SQLite: a write that fails for now is tried again, not lost ---------------------------

async def test_an_answer_sqlite_could_not_write_is_not_acknowledged_and_saved_when_sent_again(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """On SQLite, a database that took no writes for the moment (a disk full or remounted
    read-only, a lock held past the wait) failed the answer, and the post was answered 200
    with the apology: Telegram never sent it again, and the answer was lost. As on
    PostgreSQL, the post now gets an error, so Telegram sends it again: the practitioner is
    told once, and once the database takes writes again the answer is saved and the next
    question asked."""
    async with BotApiServer() as server, sqlite_webhook(server, tmp_path / "sosbot.db") as (
            bot, app):
        await to_author(bot)
        answer = server.take_update(server.send_text(PRACTITIONER, "KB, social worker"))
        await read_only(app, server)
        with caplog.at_level(logging.ERROR):
            assert await bot.post(answer) == 503
            assert await bot.post(answer) == 503  # Telegram tries again: still not saved
        assert len(sorries(server)) == 1, sorries(server)  # told once, not at every try
        assert any("read-only" in r.getMessage() and "Telegram sends it again" in r.getMessage()
                   for r in caplog.records)
        await read_only(app, server, on=False)
        assert await bot.post(answer) == 200
        assert GROUP_HELP in server.texts(PRACTITIONER)[-1]
        assert [a.get("author") for a in await answers_of(app)] == ["KB, social worker"]
        # a failure of this update's own (a stored value that no longer opens), not of the
        # database's, would fail however often Telegram sent it: acknowledged, said once
        await store_of(app)._db.execute(  # type: ignore[attr-defined]
            "UPDATE drafts SET label = X'00'")
        helps = server.take_update(server.send_text(PRACTITIONER, "Planning the next visit"))
        assert await bot.post(helps) == 200
        assert server.texts(PRACTITIONER)[-1].startswith(SORRY_START)
    assert "KB, social worker" not in caplog.text


async def test_polling_hands_in_again_an_answer_sqlite_could_not_write(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Polling: Telegram counts an update as taken once the next poll goes out, which is at
    once. An answer the database could not write for the moment was lost there too, the
    apology sent. It is handed in again after a pause (again while the database still
    fails it): the practitioner is told once, and once the database takes writes the
    answer is saved and the next question asked, nothing typed again."""
    db = tmp_path / "sosbot.db"
    async with BotApiServer() as server, started(bot_settings(server, db)) as app:
        app.bot_data[UNSAVED] = HandedInAgain(waits=(0.2,) * 20)  # soon, for the test
        await start_polling(app, poll_timeout=1)
        await start_a_draft(server)
        await read_only(app, server)
        with caplog.at_level(logging.ERROR):
            server.send_text(PRACTITIONER, "school")
            await server.wait_for(lambda: sorries(server), HANG_GUARD)

            async def failures() -> int:
                return caplog.text.count("handed in again")
            await wait_until(failures, lambda tries: tries >= 3)  # still failing
        assert len(sorries(server)) == 1, sorries(server)
        await read_only(app, server, on=False)
        await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                              HANG_GUARD)
        assert [a.get("referrer_role") for a in await answers_of(app)] == ["school"]
        assert app.updater is not None
        await app.updater.stop()
    assert "school" not in caplog.text.replace(str(tmp_path), "")


# --- 2. what a partner was asked, whichever instance takes their answer --------------------------

@contextlib.asynccontextmanager
async def two_instances(tmp_path: Path, flows: Mapping[str, Flow], url: str,
                        monkeypatch: pytest.MonkeyPatch, request: MemoryRequest | None = None
                        ) -> AsyncIterator[tuple[Bot, Bot]]:
    """Two instances of the bot serving one PostgreSQL database, as behind nginx, each with
    the Bot API in memory (`request`: the first one's). Telegram numbers the bot's updates
    once, whichever instance each reaches."""
    real = services.open_services

    def on_postgres(settings: Any, _db: Any, flows: Any, **kwargs: Any) -> Any:
        return real(settings, url, flows, **kwargs)

    monkeypatch.setattr("tests.test_telegram_handlers.open_services", on_postgres)
    async with running(tmp_path, flows, request) as one, running(tmp_path, flows) as two:
        two.updates = one.updates
        yield one, two


async def test_yes_to_withdraw_reaching_the_other_instance_never_sends_the_part(
        tmp_path: Path, flows: Mapping[str, Flow], pg_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two instances. Offered "Send it to Practitioner", the officer sent /delete, which one
    instance answered "Withdraw your contribution and erase everything stored about you
    here?". Their "yes" reached the other instance, which knew nothing of that question: it
    sent the contribution to the lead, the opposite of what was asked. The question is asked
    again with its buttons there, nothing sent; after No, tapped on one instance, a "yes"
    to the offer on the other sends it."""
    async with two_instances(tmp_path, flows, pg_url, monkeypatch) as (one, two):
        await the_officers_part_answered(one)
        await one.say("/delete", user=PC)
        assert said_to(one, PC)[-1].startswith("Withdraw your contribution")
        await two.say("yes", user=PC)
        assert said_to(two, PC)[-1].startswith("Withdraw your contribution")
        assert not any("has sent" in t for t in said_to(one, USER) + said_to(two, USER))
        await two.tap("t:pk", user=PC)  # No: the part is kept, Send stands
        await one.say("yes", user=PC)
        assert said_to(one, PC)[-1].startswith("Sent to Practitioner"), said_to(one, PC)[-1]
        assert sum("has sent" in t for t in said_to(one, USER) + said_to(two, USER)) == 1


class OfferRefused(MemoryRequest):
    """Telegram refuses the first offer to send (a 502 from it, as in
    `tests/test_input_model.FlakyRequest`)."""

    refused = False

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        text = str(request_data.parameters.get("text", "")) if request_data else ""
        if not self.refused and text.startswith("That's every question"):
            self.refused = True
            return 502, b'{"ok": false, "error_code": 502, "description": "Bad Gateway"}'
        return await super().do_request(url, method, request_data, *args, **kwargs)


async def test_an_offer_to_send_made_on_the_other_instance_is_not_owed_twice(
        tmp_path: Path, flows: Mapping[str, Flow], pg_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two instances. Telegram refused the offer to send on the first ("That's every
    question. Send your contribution ...?"), which owes it and sends it again later; the
    officer's next message reached the second, which made the offer. The first still owed
    it, and sent it a second time; a refusal on one instance that the other was to make
    good was not known there. What is owed is kept with the officer's session now: made on
    either instance, it is owed on neither."""
    async with two_instances(tmp_path, flows, pg_url, monkeypatch, OfferRefused()) as (
            one, two):
        with pytest.raises(AssertionError):  # the offer never came
            await the_officers_part_answered(one)
        await two.say("/show", user=PC)  # as the "Sorry" said, reaching the other instance
        assert said_to(two, PC)[-1].startswith("That's every question. Send your contribution")
        before = len(said_to(one, PC))
        # the first instance's try again (`bot.redelivery`), once Telegram takes messages
        assert not await one.app.bot_data["team"].owed(PC, SimpleNamespace(bot=one.app.bot))
        assert len(said_to(one, PC)) == before
