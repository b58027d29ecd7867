"""The forty-fifth pass's cuts outside the wording checks change nothing a practitioner sees.

A user's turn in the store is entered and left through two small classes (`storage.sql`'s
`_OwnTurn`, `storage.store`'s `_UsersTransaction`), not two generators' context managers and
an exit stack, at almost every update; and a message's command word is split out once, not by
each of the three handlers that read it (`flows.commands.split` keeps the last). Each test
holds the new way against the way before it, copied here: what a turn reads, saves, undoes and
raises, the locks it leaves, the word and rest of every line, and every message of a
practitioner completing each shipped tool through the real bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import sqlite3
import sys
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

import bot.addressed
import bot.console
import bot.handlers
import bot.teams.handlers
import bot.teams.partners
from flows import commands
from flows.answers import without_hidden
from flows.commands import _JOINED_NUMBER, _SLASHED, find
from flows.flow import Flow
from storage.contract import Session
from storage.errors import from_sqlite
from storage.keyring import Keyring
from storage.sql import _CURRENT, LONG_AT, SqlStore, _session_of
from storage.store import Store, _SqliteTx, _TurnTx
from storage.turn import SqlTurn
from storage.upkeep import Upkeep
from tests.store_data import a_draft
from tests.test_perf_fortyfirst import corpus_lines
from tests.test_perf_fortysecond import conversation
from tests.test_telegram_handlers import running

# --- the turn as it was: two generators' context managers and an exit stack -------------------


@asynccontextmanager
async def own_turn_as_it_was(self: SqlStore, user_id: int, update_id: int | None
                             ) -> AsyncIterator[SqlTurn]:
    """`SqlStore._own_turn` before this pass."""
    async with self._transaction("save", user_id=user_id) as tx:
        head, answers = await self._turn_start(tx, user_id, update_id)
        assert head is not None  # the session's row is there, if only as NULLs
        seen, *stored = head[1:7]
        session = _session_of(user_id, *stored, *head[LONG_AT:LONG_AT + 2])
        handled = update_id is not None and bool(seen)
        keys = Keyring(tx, self._sealer, user_id, self._opened)
        turn = SqlTurn(self, keys, update_id, handled, session)
        if session.active_draft is not None and head[7] is not None:
            turn.prefetched = (session.active_draft, (head[7:LONG_AT], answers))
        token = _CURRENT.set(turn)
        try:
            yield turn
        finally:
            _CURRENT.reset(token)
    if turn.erased:
        await self.erased_out_of_log()


@asynccontextmanager
async def transaction_as_it_was(self: Store, doing: str = "save", *,
                                user_id: int | None = None, write: bool = True
                                ) -> AsyncIterator[_SqliteTx]:
    """`Store._transaction` before this pass."""
    self._still_there(doing)
    async with contextlib.AsyncExitStack() as held:
        if user_id is not None:
            await held.enter_async_context(self._users.held(user_id))
            await self._received(user_id)
            await held.enter_async_context(self._gate.turn())
            tx: _SqliteTx = _TurnTx(self._db, self._lock, self._reader, self._commits)
        else:
            if write:
                await held.enter_async_context(self._gate.alone())
            await held.enter_async_context(self._lock)
            tx = _SqliteTx(self._db, "BEGIN IMMEDIATE" if write else None)
        try:
            yield tx
            await tx.finish(commit=write)
        except BaseException as exc:
            await tx.rollback()
            if isinstance(exc, sqlite3.Error):
                raise from_sqlite(exc, self.path, doing) from None
            raise


def turns_as_they_were(patched: pytest.MonkeyPatch) -> None:
    patched.setattr(SqlStore, "_own_turn", own_turn_as_it_was)
    patched.setattr(Store, "_transaction", transaction_as_it_was)


# --- what a turn does, told step by step ---------------------------------------------------


class Failed(Exception):
    """A turn's own work failing."""


async def answers_of(store: Store, user_id: int = 1) -> object:
    draft = await store.load_draft(user_id, "d1")
    return None if draft is None else draft.answers


def left_held(store: Store) -> tuple[object, ...]:
    """What a turn can leave behind it: a user's lock, a place through the gate, the
    connection, the turn as this task's."""
    return (dict(store._users._held), store._gate._turns, store._lock.locked(),
            _CURRENT.get())


async def raised_by(work: Callable[[], Awaitable[object]]) -> BaseException:
    """What `work` raised (it must raise)."""
    try:
        await work()
    except Exception as exc:
        return exc
    raise AssertionError("nothing was raised")


async def change(store: Store, answer: str) -> None:
    """The first answer changed and saved, through the store's own calls."""
    read = await store.load_draft(1, "d1")
    assert read is not None
    read.answers["q1"] = answer
    await store.save(read, ["q1"])


async def changed(store: Store, update_id: int, answer: str) -> None:
    async with store.turn(1, update_id):
        await change(store, answer)


async def story(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every outcome of the turns a conversation and its failures take, as a user would
    meet them (what is saved, what is raised) and as the store keeps them (what is held
    after)."""
    told: list[object] = []

    def note(*what: object) -> None:
        told.append(tuple(str(w).replace(store.path, "<db>") for w in what))

    draft = a_draft()
    draft.answers = {"q1": "first"}
    await store.save(draft, draft.answers, new=True, session=Session(1, "d1", {}))
    checkpoints: list[int] = []
    erased_out_of_log = Upkeep.erased_out_of_log

    async def counting(self: Upkeep) -> bool:
        checkpoints.append(1)
        return await erased_out_of_log(self)

    monkeypatch.setattr(Upkeep, "erased_out_of_log", counting)

    # an update saved; the same update seen again is handled
    async with store.turn(1, 5) as turn:
        note("handled", turn.handled, "joined", store._joined(1) is turn)
        read = await store.load_draft(1, "d1")
        assert read is not None
        read.answers["q1"] = "second"
        await store.save(read, ["q1"])
        await turn.note()
    async with store.turn(1, 5) as turn:
        note("handled again", turn.handled, turn.session.active_draft)
    note("saved", await answers_of(store), left_held(store))

    # the turn's own work fails: the error itself comes out, and nothing is saved
    raised = Failed("the turn failed")

    async def failing() -> None:
        async with store.turn(1, 6):
            await change(store, "third")
            raise raised

    caught = await raised_by(failing)
    note("failed", caught is raised, caught.__context__, await answers_of(store),
         left_held(store))

    # SQLite refuses a statement: one StorageError naming the file, and nothing saved
    async def refused() -> None:
        async with store.turn(1, 7) as turn:
            await change(store, "third")
            await turn._tx.run("INSERT INTO no_such_table VALUES (1)")

    caught = await raised_by(refused)
    note("refused", type(caught).__name__, caught, caught.__suppress_context__,
         await answers_of(store), left_held(store))

    # the commit itself fails
    async def failing_finish(self: _TurnTx, *, commit: bool) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    with monkeypatch.context() as patched:
        patched.setattr(_TurnTx, "finish", failing_finish)
        caught = await raised_by(lambda: changed(store, 8, "fourth"))
    note("commit failed", type(caught).__name__, caught, await answers_of(store),
         left_held(store))

    # the turn's first read fails
    async def failing_start(*args: Any) -> Any:
        raise sqlite3.OperationalError("database disk image is malformed")

    with monkeypatch.context() as patched:
        patched.setattr(Store, "_turn_start", failing_start)
        caught = await raised_by(lambda: changed(store, 9, "fifth"))
    note("start failed", type(caught).__name__, caught, left_held(store))

    # a turn waiting for the user's lock is cancelled; one cancelled in its work
    inside, release = asyncio.Event(), asyncio.Event()

    async def holding() -> None:
        async with store.turn(1, 10) as turn:
            inside.set()
            await release.wait()
            await turn.note()

    async def waiting() -> None:
        async with store.turn(1, 11):
            note("never")

    first = asyncio.ensure_future(holding())
    await inside.wait()
    second = asyncio.ensure_future(waiting())
    await asyncio.sleep(0)
    second.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await second
    release.set()
    await first
    note("cancelled waiting", second.cancelled(), left_held(store))
    inside.clear()
    release.clear()
    cancelled = asyncio.ensure_future(holding())
    await inside.wait()
    cancelled.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await cancelled
    async with store.turn(1, 10) as turn:
        note("cancelled working", cancelled.cancelled(), turn.handled)
    note("after", left_held(store))

    # another user's turn inside one: a turn of its own
    async with store.turn(1) as outer:
        async with store.turn(2) as other:
            note("two users", other is outer, store._joined(2) is other,
                 store._joined(1) is None)
        note("back", store._joined(1) is outer)

    # erasing: the log is cleared once the turn has committed, not when it failed
    async def erasing_then_failing() -> None:
        async with store.turn(1):
            await store.delete_draft(1, "d1")
            raise Failed("after the erasure")

    caught = await raised_by(erasing_then_failing)
    note("erasure undone", caught, await answers_of(store), len(checkpoints),
         left_held(store))
    async with store.turn(1):
        await store.delete_draft(1, "d1")
    note("erased", await answers_of(store), len(checkpoints), left_held(store))
    return told


async def test_a_turn_does_what_it_did(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                       ) -> None:
    """Saving, a resend, a failure in the turn's work, a statement SQLite refuses, a commit
    or a first read that fails, turns cancelled waiting and working, another user's turn
    inside one, an erasure undone and one kept: the same outcomes, the same errors and
    nothing held after, with the turn's classes as with the generators before them."""
    (tmp_path / "now").mkdir()
    (tmp_path / "before").mkdir()
    async with await Store.open(tmp_path / "now" / "sosbot.db") as store:
        now = await story(store, monkeypatch)
    with monkeypatch.context() as patched:
        turns_as_they_were(patched)
        async with await Store.open(tmp_path / "before" / "sosbot.db") as store:
            before = await story(store, patched)
    assert now == before
    assert now[4][:2] == ("refused", "StorageError")
    assert now[-1][:3] == ("erased", "None", "1")  # erased, and the log cleared once


async def test_a_turn_starts_no_generator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    """A user's turn, entered and left, runs no async generator (each one started costs
    the event loop's hook and a weak reference besides its frames): before this pass it ran
    two, the turn's and its transaction's."""
    started: list[object] = []
    hooks = sys.get_asyncgen_hooks()

    def first(generator: object) -> None:
        started.append(generator)
        if hooks.firstiter is not None:
            hooks.firstiter(generator)  # type: ignore[arg-type]

    async def one_turn(store: Store) -> int:
        del started[:]
        sys.set_asyncgen_hooks(firstiter=first, finalizer=hooks.finalizer)
        try:
            async with store.turn(1, 1) as turn:
                await turn.note()
        finally:
            sys.set_asyncgen_hooks(*hooks)
        return len(started)

    async with await Store.open(tmp_path / "now.db") as store:
        assert await one_turn(store) == 0
    with monkeypatch.context() as patched:
        turns_as_they_were(patched)
        async with await Store.open(tmp_path / "before.db") as store:
            assert await one_turn(store) == 2


# Everything the bot sends a practitioner completing each shipped tool (seed 4545) as it is:
# the conversation had once, each way as it was held against it.
_NOW: list[list[str]] = []


async def said_now(tmp_path: Path, flows: Mapping[str, Flow]) -> list[str]:
    if not _NOW:
        _NOW.append(await conversation(tmp_path, flows, "now", seed=4545, first_user=8500))
    return _NOW[0]


async def test_the_bot_says_the_same_with_the_turns_as_they_were(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """A practitioner completes each shipped tool through the real bot and its store: every
    message she is sent is the same, in the same order, as with the turns as they were."""
    now = await said_now(tmp_path, flows)
    with monkeypatch.context() as patched:
        turns_as_they_were(patched)
        before = await conversation(tmp_path, flows, "before", seed=4545, first_user=8500)
    assert now == before
    assert len(now) > 300


# --- the command word, split once an update -----------------------------------------------


def split_as_it_was(text: str) -> tuple[str, str]:
    """`flows.commands.split` before this pass: worked out at every call (with the slashes
    of the forty-eighth and forty-ninth passes)."""
    word, *rest = text.strip().split(maxsplit=1) or [""]
    seen = without_hidden(word)
    if seen != word and not seen and rest:  # the invisible characters were a word of their own
        word, *rest = rest[0].split(maxsplit=1)
        seen = without_hidden(word)
    plain = unicodedata.normalize("NFKC", seen)
    # (the forty-ninth pass's one rule for slashes doubled or the wrong way round, "\\skip"
    # and "// skip" among them: tests/test_walk_fortyninth.py)
    bare = plain.lstrip("/\\")
    # (and the fifty-fifth's "/ skip" read as it shows, its hidden marks left out:
    # tests/test_reread_fiftyfifth.py)
    if bare != plain and not bare and rest and find(after := commands._JOINERS.sub(
            "", without_hidden(rest[0])).rstrip(".,;:!?…")) is not None \
            and _SLASHED.fullmatch("/" + after):
        plain, rest = "/" + after, []
    elif bare != plain and bare and _SLASHED.fullmatch(slashed := "/" + bare) \
            and (find(slashed) is not None or not rest):
        plain = slashed
    elif bare != plain and bare and not rest and find(ended := ("/" + bare).rstrip(".,;:!?…")) \
            is not None and _SLASHED.fullmatch(ended):
        plain = ended  # "/skip.", a sentence's full stop after it
    if _SLASHED.fullmatch(plain):
        word = plain
    joined = _JOINED_NUMBER.fullmatch(word)
    if joined and not rest and find(word) is None and find(joined["word"]) is not None:
        return joined["word"] + (joined["bot"] or ""), joined["number"]
    return word, rest[0] if rest else ""


def splits_as_they_were(patched: pytest.MonkeyPatch) -> None:
    for module in (commands, bot.addressed, bot.console, bot.handlers, bot.teams.handlers,
                   bot.teams.partners):
        patched.setattr(module, "split", split_as_it_was)


# What a command line is made of: slashes both ways, spaces of several kinds, invisible
# marks, full-width letters, digits, a bot's name, words of commands and of answers.
PIECES = ["/", "\\", " ", "\t", "\n", "\u00a0", "\u200b", "\u200e", "\ufeff", "\uff0f",
          "\uff53\uff4b\uff49\uff50", "skip", "edit", "2", "12", "@sosbot", "@other", "back",
          "bakc", "start", "mum", "Skip", "é", ".", "help"]


def test_a_line_is_split_as_it_was() -> None:
    """Every corpus line and 5,000 lines made of a command line's pieces: the same word and
    rest as worked out before, whether the line was split a moment ago (the very text), an
    equal text was, or another was in between."""
    rnd = random.Random(4545)
    lines = [*corpus_lines(), "", " ", "/", "/skip", "\\skip", "/ skip", "/edit2",
             *("".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 8)))
               for _ in range(5000))]
    differing = []
    for line in lines:
        expected = split_as_it_was(line)
        first, again = commands.split(line), commands.split(line)
        equal = commands.split("".join(list(line)))  # an equal text, another object
        if not first == again == equal == expected:
            differing.append(line)
    assert differing == []
    assert len(lines) > 6000


async def test_a_typed_line_is_split_once(tmp_path: Path, flows: Mapping[str, Flow],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A typed answer and a typed command each have their word split out once, where the
    check that the message is meant for this bot, the team's gate and the handler each split
    it before."""
    calls: list[str] = []

    def counting(word: str) -> str:  # the word read as it shows: once a split
        calls.append(word)
        return without_hidden(word)

    monkeypatch.setattr(commands, "without_hidden", counting)
    async with running(tmp_path, flows) as bot:
        await bot.say("/new mapping")
        await bot.say("KB-7")
        del calls[:]
        await bot.say("Dad shouted at mum in front of the children last night")
        assert calls == ["Dad"]
        del calls[:]
        await bot.say("/skip")
        assert calls == ["/skip"]
        said = bot.texts()
    assert "Dad shouted at mum" in "".join(said)  # taken as the answer, and shown


async def test_no_ones_words_stay_with_the_split_after_their_message(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """The line split once is let go of when its update has been handled: a practitioner's
    answer, and a stranger's message, are not held in the process until the next one comes."""
    async with running(tmp_path, flows) as bot:
        await bot.say("/new mapping")
        await bot.say("KB-7")
        await bot.say("Dad shouted at mum in front of the children last night")
        assert "Dad shouted at mum" in "".join(bot.texts())
        assert commands._last is None


async def test_the_bot_says_the_same_with_lines_split_as_they_were(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """A practitioner completes each shipped tool through the real bot: every message she is
    sent is the same, in the same order, as with each handler splitting the line itself."""
    now = await said_now(tmp_path, flows)
    with monkeypatch.context() as patched:
        splits_as_they_were(patched)
        before = await conversation(tmp_path, flows, "before", seed=4545, first_user=8500)
    assert now == before
    assert len(now) > 300
