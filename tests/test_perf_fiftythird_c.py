"""The fifty-third pass's cuts to the store's part of an update (perf53c) change nothing a
practitioner sees.

Each test holds both halves: what the cut work was for still happens (the draft read back at
the next turn is the draft that was saved, whatever the engine did to the copy it was given;
every value is sealed, and opens, as before), and the work cut stays cut, counted through the
real bot, its encrypted store and the shipped flows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from flows.draft import Draft
from storage import crypto, sql
from storage.crypto import AesGcmSealer, DataKey, header_of
from storage.keyring import DRAFT_KEY
from storage.sealing import where
from storage.store import Store
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_thirtythird_b import mapping

__all__ = ["bot"]  # the fixture

WRITTEN = ("Mum will walk T to school each morning, and the class teacher has seen this every "
           "day for six weeks.")


def store_of(bot: Bot) -> Store:
    store = bot.conversation.store
    assert isinstance(store, Store)
    return store


def counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str,
             calls: list[Any], keep: Callable[[Any], bool] = lambda _: True) -> None:
    """Count the calls of `owner.name` whose first argument `keep` picks."""
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        if args and keep(args[0]):
            calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)


def drafts_state(draft: Draft) -> tuple[Any, ...]:
    return (draft.label, draft.history, draft.nonce, draft.pending, draft.nudged,
            draft.return_to, draft.answers, draft.status, draft.flow_version)


async def read_back(bot: Bot) -> tuple[Draft, Draft]:
    """The open draft as the store reads it at the next turn (from what it kept when it
    saved it), and as it reads it with nothing kept (opened and parsed from its rows, as
    after a restart or from another instance)."""
    store = store_of(bot)
    session = await store.session(USER)
    assert session.active_draft is not None
    kept = await store.load_draft(session.user_id, session.active_draft)
    store._opened.clear()
    fresh = await store.load_draft(session.user_id, session.active_draft)
    assert kept is not None
    assert fresh is not None
    return kept, fresh


# --- the draft's label and state: parsed once, by the turn that wrote them ------------------

async def test_a_typed_answer_parses_the_drafts_state_and_label_no_more(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The turn that saved the draft kept its label and state as parsed: the next turn reads
    them back without parsing their JSON again (it parsed both at every turn: two parses of
    the state's whole walk, once it had been read); nor is the session's empty state, "{}",
    parsed at each turn."""
    await mapping(bot, "KB-7")
    await bot.say(WRITTEN)
    assert (await store_of(bot).session(USER)).state == {}
    parsed: list[Any] = []
    counting(monkeypatch, json, "loads", parsed,
             lambda text: isinstance(text, str) and (text.startswith('{"history"')
                                                     or text in ('"KB-7"', "{}")))
    before = len(bot.texts())
    await bot.say("Nan has had T to stay overnight twice since May, and it went well.")
    assert len(bot.texts()) > before  # answered: the next question
    assert parsed == []


async def test_the_draft_read_back_is_the_draft_saved_at_every_step(bot: Bot) -> None:
    """At every step of a walk (answers, a nudge holding an answer back, /back, a choice),
    the draft the store gives back from what it kept is the one it reads from its rows with
    nothing kept."""
    await mapping(bot, "KB-7")
    steps = [WRITTEN, "ok", "/back", "Dad says he will stop drinking.", "/skip",
             "Nan has had T to stay overnight twice since May.", "/back", "/back"]
    held = []
    for said in steps:
        await bot.say(said)
        kept, fresh = await read_back(bot)
        assert drafts_state(kept) == drafts_state(fresh), said
        held.append(kept.pending is not None)
    assert any(held)  # a nudge held an answer back (read from its JSON at every turn)


async def test_the_draft_given_to_a_turn_is_its_own(bot: Bot) -> None:
    """What the engine does to the draft it was given, unsaved, is not what the next turn
    reads: the kept state shares no list with it."""
    await mapping(bot, "KB-7")
    await bot.say(WRITTEN)
    store = store_of(bot)
    session = await store.session(USER)
    assert session.active_draft is not None
    first = await store.load_draft(USER, session.active_draft)
    assert first is not None
    history, nudged = list(first.history), list(first.nudged)
    first.history.append("changed_but_not_saved")
    first.nudged.append(":tool:x")
    again = await store.load_draft(USER, session.active_draft)
    assert again is not None
    assert (again.history, again.nudged) == (history, nudged)
    assert again.history is not first.history


# --- sealing: the sealing key's header and cipher looked up once --------------------------

def test_a_seal_looks_up_no_header() -> None:
    """A value is sealed with the header and cipher of the ring's first key, found when the
    ring was made (every seal wrote the header out again), and opens as before, under any
    key of the ring."""
    first, second = DataKey("k1", b"1" * 32), DataKey("k2", b"2" * 32)
    sealer = AesGcmSealer([first, second])
    made: list[Any] = []
    real = crypto.header_of
    try:
        crypto.header_of = lambda key_id: made.append(key_id) or real(key_id)  # type: ignore[assignment,func-returns-value]
        sealed = sealer.seal(b'"a value"', where(7, "d1", "answer:x"))
    finally:
        crypto.header_of = real
    assert made == []
    assert sealed.startswith(header_of("k1"))
    assert sealer.open(sealed, where(7, "d1", "answer:x")) == b'"a value"'
    assert AesGcmSealer([second, first]).open(sealed, where(7, "d1", "answer:x")) == \
        b'"a value"'


async def test_saving_a_drafts_label_reads_no_key_id(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a draft's kept label was sealed by its own key is read from its first bytes
    (`storage.keyring.DRAFT_HEADER`), not by reading out its key id with a pattern at every
    save; the label is written as it was, and opens."""
    await mapping(bot, "KB-7")
    read: list[Any] = []
    counting(monkeypatch, sql, "key_id_of", read)
    await bot.say(WRITTEN)
    assert read == []
    kept, fresh = await read_back(bot)
    assert kept.label == fresh.label == "KB-7"
    stored = store_of(bot)._opened._drafts[(USER, kept.id)].fields["label"][0]
    assert stored.startswith(header_of(DRAFT_KEY))  # sealed by the draft's own key
