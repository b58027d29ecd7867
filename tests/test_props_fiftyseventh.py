"""The search by machine widened again (the fifty-seventh pass): the practitioner's model of
tests/test_props_fiftyfifth.py with the store failing under it (the disk full, the database
grown to its page limit, made read-only) at a random input, then mended; her /export
mid-edit held to her /review; and one user's messages arriving at two instances (or two
at once at one) in either order, as a webhook behind a load balancer delivers them, on one
PostgreSQL database and on one SQLite file. Held to: every answer she was told was saved is
there after, where she was told, and nowhere else; one not saved, she was told so. The
faults the long random runs found, each as the chat that shows it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Coroutine, Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest
from builders import build_flow, list_step, section, text
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from markupsafe import escape

from bot.conversation import Conversation
from bot.wording import ConversationReply, wording
from flows.export import export
from flows.flow import Flow
from flows.nudges import nudger
from flows.replies import (
    Answered,
    Command,
    Notice,
    Nudge,
    Pick,
    Question,
    Review,
    Text,
)
from storage import open_store
from storage.errors import StorageError, Unavailable
from storage.sql import SqlStore
from tests.memory_botapi import MemoryRequest, Updates
from tests.postgres_server import PgCluster
from tests.test_props_fiftyfifth import OfferedSession
from tests.test_props_fiftyfourth import SUMMARY, USER, Console
from tests.test_telegram_handlers import USER as USER_TG
from tests.test_telegram_handlers import running

T = TypeVar("T")


# --- 1. the store failing under the practitioner's model -----------------------------------


@contextlib.contextmanager
def small_disk() -> Iterator[tuple[Path, bool]]:
    """A folder, on a 16 MiB tmpfs of its own where one can be mounted (root, as in CI),
    and whether it is (if not, the page limit and read-only faults still run)."""
    folder = Path(tempfile.mkdtemp(prefix="props57-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m,mode=700", "tmpfs",
                              str(folder)], capture_output=True, check=False).returncode == 0
    try:
        yield folder, mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


FAULTS = ("disk", "pages", "read_only")


class Refused(Exception):
    """The input was not saved: the store refused it (`FaultyConsole`)."""


class FaultyConsole(Console):
    """`Console` whose store may fail for the next input (`fault`): the disk with `room`
    bytes left, the database at its page limit, or read-only. The fault is mended once the
    input is handled; one that raised is kept in `refused`."""

    def __init__(self, folder: Path, surface: Any = "terminal") -> None:
        self.fault: tuple[str, int] | None = None
        self.refused: StorageError | None = None
        super().__init__(folder, surface)

    def input(self, given: Text | Pick | Command, draft_id: str | None = None
              ) -> list[ConversationReply]:
        fault, self.fault, self.refused = self.fault, None, None
        if fault is None:
            return super().input(given, draft_id)
        self.run(self._break(*fault))
        try:
            self.replies = self.run(self.talk.handle(USER, given, draft_id=draft_id))
        except StorageError as exc:
            self.refused = exc
            self.replies = []
        finally:
            self.run(self._mend(fault[0]))
        if self.refused is not None:
            self.draft = self.run(self._saved(self.talk))
            raise Refused(self.refused)
        for reply in self.replies:
            if isinstance(reply, Question | Nudge):
                self.run(self.talk.delivered(USER, reply.draft_id, reply.nonce))
        self.draft = self.run(self._saved(self.talk))
        return self.replies

    async def _break(self, how: str, room: int) -> None:
        db = self.store._db  # type: ignore[attr-defined]
        if how == "disk":
            free = os.statvfs(self.path.parent)
            left = free.f_bavail * free.f_frsize - room
            with (self.path.parent / "filler").open("wb") as filler:
                if left > 0:
                    os.posix_fallocate(filler.fileno(), 0, left)
        elif how == "pages":
            (pages,) = next(iter(await db.execute_fetchall("PRAGMA page_count")))
            await db.execute(f"PRAGMA max_page_count = {pages + room % 3}")
        else:
            await db.execute("PRAGMA query_only = ON")

    async def _mend(self, how: str) -> None:
        db = self.store._db  # type: ignore[attr-defined]
        if how == "disk":
            (self.path.parent / "filler").unlink(missing_ok=True)
        elif how == "pages":
            await db.execute("PRAGMA max_page_count = 1073741823")
        else:
            await db.execute("PRAGMA query_only = OFF")


class Faulted(OfferedSession):
    """`OfferedSession` (a line offered to the answer before, restarts between inputs) on
    a store that may fail for any one input: refused whole (nothing of it saved, the
    practitioner told by the front end's apology), or saved whole; then the disk mended.
    And /export at any point holds the answers /review shows."""

    def __init__(self) -> None:
        self.disk = small_disk()
        self.folder, self.on_tmpfs = self.disk.__enter__()
        RuleBasedStateMachine.__init__(self)
        self.console = FaultyConsole(self.folder, self.surface)
        self.covered = False
        self.answers = {}
        self.at = "name"
        self.return_to = None
        self.offered = None
        self.typed = 0
        self.log = []

    def send(self, given: Text | Pick | Command, what: str) -> bool:
        armed = self.console.fault
        if armed is not None:
            what = f"{what}  [{armed[0]} fault, room {armed[1]}]"
        before = self.console.draft
        try:
            saved = super().send(given, what)
        except Refused:
            refused = self.console.refused
        else:
            # The question's receipt, written after it was shown, met the fault (logged):
            # the question is not taken as seen, and what she sent next is refused, said so
            if any(isinstance(r, Notice) and r.text == wording(self.surface)["not_delivered"]
                   for r in self.console.replies):
                self.log.append("  refused: the question before was not noted as seen")
                self.covered = False  # asked again below
                return False
            return saved
        self.log.append(f"  refused: {refused}")
        assert isinstance(refused, Unavailable), (refused, self.log[-10:])  # to send again
        assert self.console.path.name in str(refused), (refused, self.log[-10:])
        after = self.console.draft
        assert (after.answers, after.history, after.current, after.status) == (
            before.answers, before.history, before.current, before.status), self.log[-10:]
        return False

    @rule(how=st.sampled_from(FAULTS), room=st.integers(0, 48_000))
    def break_the_store(self, how: str, room: int) -> None:
        """The next input meets a store that fails: a disk with `room` bytes left, the
        database at its page limit, or made read-only."""
        if how == "disk" and not self.on_tmpfs:
            how = "pages"
        self.console.fault = (how, room)

    @precondition(lambda self: self.at != SUMMARY)
    @rule()
    def export_mid_edit(self) -> None:
        """/review and /export side by side: every answer the review shows is in each
        exported file, and the summary exported holds no answer the review leaves out."""
        talk = self.console.talk
        replies = self.console.run(talk.handle(USER, Command("review")))
        shown = [r for r in replies if isinstance(r, Review)]
        summary = self.console.run(talk.summary(USER))
        assert summary is not None
        entries = {e.step_id: e for c in summary.columns for b in c.blocks for e in b.entries}
        entries |= {e.step_id: e for b in summary.other for e in b.entries}
        scales = {s.step_id: s for s in summary.scales if s.value is not None}
        if not shown:
            assert not entries, (entries, self.log[-10:])
            assert not scales, (scales, self.log[-10:])
            return
        [review] = shown
        reviewed = {i.step_id for i in review.items}
        assert set(entries) | set(scales) <= reviewed | {"score_why"}, (
            set(entries), reviewed, self.log[-10:])
        document = export(summary, "txt").data.decode()
        page = export(summary, "html").data.decode()
        for item in review.items:  # the written answers (one skipped is not in the summary)
            if item.step_id in ("name", "details", "last") and self.answers.get(item.step_id):
                assert item.answer in document, (item, self.log[-10:])
                assert str(escape(item.answer)) in page, (item, self.log[-10:])
                assert entries[item.step_id].text == item.answer, (item, self.log[-10:])

    def teardown(self) -> None:
        try:
            super().teardown()
        finally:
            self.disk.__exit__(None, None, None)


TestFaulted = Faulted.TestCase
TestFaulted.settings = settings(max_examples=3, stateful_step_count=20, deadline=None,
                                derandomize=True, database=None,
                                suppress_health_check=[HealthCheck.too_slow])


class FaultedTelegram(Faulted):
    """The same as the bot in Telegram drives the conversation."""

    surface = "telegram"
    numbered = False


TestFaultedTelegram = FaultedTelegram.TestCase
TestFaultedTelegram.settings = settings(max_examples=2, stateful_step_count=20, deadline=None,
                                        derandomize=True, database=None,
                                        suppress_health_check=[HealthCheck.too_slow])


# --- 2. one user's messages at two instances at once, either order ---------------------------

OTHER = 12  # a colleague typing at the same time, through the same instances
QUESTIONS = 24


def twin_flow(folder: Path) -> Flow:
    """Written answers one after another, and a list among them."""
    steps = [text(f"q{i}") for i in range(QUESTIONS)]
    steps.insert(5, list_step("things", max_items=4, required=False))
    return build_flow(folder, section("all", *steps, column="worried"), id="twin")


class Twins(RuleBasedStateMachine):
    """Two instances on one PostgreSQL database, or the one instance that serves a SQLite
    file, each user's messages handed to either and handled at once, in any order, as a
    webhook behind a load balancer delivers them. Every line
    sent is unique. Held to: a line the bot said it saved (`Answered`) is the answer where
    it said, for that user, until she answers there again; a line not said saved is in no
    answer, or is in the list it was added to, and was answered with something she sees."""

    url: str | None = None

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="props57-twins-"))
        self.loop = asyncio.new_event_loop()
        self.flows = {"twin": twin_flow(self.folder)}
        self.log: list[str] = []
        self.n = 0
        self.message = 100
        # per user: step id -> the line last said saved there
        self.told: dict[int, dict[str, str]] = {USER: {}, OTHER: {}}
        self.sent: dict[int, set[str]] = {USER: set(), OTHER: set()}
        self.run(self._open())
        for user in (USER, OTHER):
            self.run(self.talks[0].handle(user, Command("new", "twin")))
            self.handled([(user, 0, Text(f"TB-{user}"))])
            assert self.run(self.talks[0].active(user)) is not None, self.log

    def run(self, job: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(job)

    async def _open(self) -> None:
        target: str | Path = self.url or self.folder / "sosbot.db"
        self.stores: list[SqlStore] = [await open_store(target)]
        if self.url is not None:
            self.stores.append(await open_store(target))
        # on SQLite, the one instance that serves the file takes both updates at once
        self.talks = [Conversation(store, self.flows, nudger=nudger(ready=False),
                                   receipts=True, surface="telegram")
                      for store in self.stores]
        if len(self.talks) == 1:
            self.talks.append(self.talks[0])

    def handled(self, inputs: list[tuple[int, int, Text | Command]], drop: int | None = None
                ) -> None:
        """Each (user, instance, input) handled at once, started in the order given; with
        `drop`, every connection to the database is dropped after that many rounds of the
        event loop. An update that failed is sent again, as Telegram does, until it is
        handled."""
        for user, via, given in inputs:
            self.log.append(f"user {user} via {via}: {given!r}")
        failed: list[tuple[int, int, Text | Command, int, int]] = []
        self.run(self._all(inputs, failed, drop))
        while failed:
            again, failed = failed, []
            self.run(self._again(again, failed))

    async def _one(self, user: int, via: int, given: Text | Command, update_id: int,
                   message: int, failed: list[tuple[int, int, Text | Command, int, int]],
                   retry: bool = False) -> None:
        talk = self.talks[via]
        try:
            replies = await talk.handle(user, given, update_id=update_id, sent_as=message)
        except StorageError as exc:
            self.log.append(f"  user {user} via {via} {given!r}: not saved ({exc})"[:300])
            failed.append((user, via, given, update_id, message))
            return
        self.log.append(f"  user {user} via {via} {given!r} -> {replies!r}"[:600])
        if retry and not replies:  # handled before the connection dropped: saved
            await self.saved_unsaid(user, given)
        else:
            self.check(user, given, replies)
        for reply in replies:
            if isinstance(reply, Question | Nudge):
                self.message += 1
                with contextlib.suppress(StorageError):  # asked again if not noted
                    await talk.delivered(user, reply.draft_id, reply.nonce, self.message)

    async def _all(self, inputs: list[tuple[int, int, Text | Command]],
                   failed: list[tuple[int, int, Text | Command, int, int]],
                   drop: int | None) -> None:
        jobs = []
        for user, via, given in inputs:
            self.message += 1
            self.n += 1
            jobs.append(self._one(user, via, given, self.n, self.message, failed))
        if drop is not None:
            jobs.append(self._drop(drop))
        await asyncio.gather(*jobs)

    async def _again(self, again: list[tuple[int, int, Text | Command, int, int]],
                     failed: list[tuple[int, int, Text | Command, int, int]]) -> None:
        for user, via, given, update_id, message in again:
            self.log.append(f"user {user} via {via}: {given!r} sent again")
            await self._one(user, via, given, update_id, message, failed, retry=True)

    async def _drop(self, rounds: int) -> None:
        for _ in range(rounds):
            await asyncio.sleep(0)
        assert self.url is not None
        self.log.append(f"  (every connection dropped after {rounds} rounds)")
        killer = await asyncpg.connect(self.url)
        try:
            await killer.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE datname = current_database() AND pid <> "
                                 "pg_backend_pid()")
        finally:
            await killer.close()

    async def saved_unsaid(self, user: int, given: Text | Command) -> None:
        """An update handled before its connection dropped, so not said saved: a line is
        then in one answer of hers (noted as the line last saved there)."""
        if not isinstance(given, Text):
            return
        draft = None
        for _ in range(3):
            with contextlib.suppress(Unavailable):
                draft = await self.talks[0].active(user)
                break
        assert draft is not None, self.log[-12:]
        where = [k for k, v in draft.answers.items() if v == given.text or (
            isinstance(v, list) and given.text in v)]
        assert len(where) <= 1, (where, self.log[-12:])
        for step_id in where:
            self.told[user][step_id] = given.text

    def check(self, user: int, given: Text | Command, replies: list[ConversationReply]
              ) -> None:
        """What one input was answered with, noted for the oracle."""
        assert replies, self.log[-6:]
        if not isinstance(given, Text):
            return
        said = [r for r in replies if isinstance(r, Answered)]
        for answered in said:
            self.told[user][answered.step_id] = answered.answer

    @rule(lines=st.lists(st.tuples(st.sampled_from([USER, OTHER]), st.integers(0, 1)),
                         min_size=1, max_size=3))
    def type_lines(self, lines: list[tuple[int, int]]) -> None:
        """A few lines, each from a user through an instance, all at once."""
        inputs: list[tuple[int, int, Text | Command]] = []
        for user, via in lines:
            self.n += 1
            line = f"Gran calls in on day {self.n} for user {user}"
            self.sent[user].add(line)
            inputs.append((user, via, Text(line)))
        self.handled(inputs)

    @rule(user=st.sampled_from([USER, OTHER]), via=st.integers(0, 1),
          name=st.sampled_from(["back", "skip", "done", "review", "show"]),
          line_via=st.integers(0, 1))
    def command_and_line(self, user: int, via: int, name: str, line_via: int) -> None:
        """A command and a line of the same user at once, through either instance."""
        self.n += 1
        line = f"Nan walks them to school on day {self.n} for user {user}"
        self.sent[user].add(line)
        self.handled([(user, via, Command(name)), (user, line_via, Text(line))])

    def active(self, user: int) -> Any:
        """Her open draft, read again if the read met a connection the server had just
        dropped (refused as the database out of reach, as a practitioner's /review is)."""
        for _ in range(3):
            try:
                return self.run(self.talks[0].active(user))
            except Unavailable:
                continue
        return self.run(self.talks[0].active(user))

    @invariant()
    def every_line_where_she_was_told(self) -> None:
        for user in (USER, OTHER):
            draft = self.active(user)
            assert draft is not None, self.log[-12:]
            answers = draft.answers
            for step_id, line in self.told[user].items():
                value = answers.get(step_id)
                kept = value if isinstance(value, list) else [value]
                lines = line.split("; ") if isinstance(value, list) else [line]  # a list's
                assert all(one in kept for one in lines), (user, step_id, line, value,
                                                           self.log[-12:])
            theirs = self.sent[OTHER if user == USER else USER]
            for step_id, value in answers.items():
                for v in value if isinstance(value, list) else [value]:
                    assert v not in theirs, (user, step_id, v, self.log[-12:])
            for step_id, value in answers.items():
                if step_id == "things" or not isinstance(value, str) or value.startswith("TB"):
                    continue
                assert value in self.sent[user], (step_id, value, self.log[-12:])

    def teardown(self) -> None:
        async def close() -> None:
            for store in self.stores:
                await store.close()
        self.run(close())
        self.loop.close()
        shutil.rmtree(self.folder, ignore_errors=True)


TWINS = settings(max_examples=2, stateful_step_count=10, deadline=None, derandomize=True,
                 database=None, suppress_health_check=list(HealthCheck))
TestTwins = Twins.TestCase
TestTwins.settings = TWINS


class TwinsPg(Twins):
    """The same, two instances on one PostgreSQL database."""

    cluster: PgCluster | None = None

    def __init__(self) -> None:
        assert self.cluster is not None
        self.url = self.cluster.new_database()
        super().__init__()


@pytest.fixture
def twins_cluster(pg_cluster: PgCluster) -> Iterator[None]:
    TwinsPg.cluster = pg_cluster
    yield
    TwinsPg.cluster = None


class TwinsPgDropped(TwinsPg):
    """... and every connection to the database dropped (`pg_terminate_backend`) at a random
    moment while lines are handled: an update that failed is sent again, as Telegram does."""

    @rule(lines=st.lists(st.tuples(st.sampled_from([USER, OTHER]), st.integers(0, 1)),
                         min_size=1, max_size=3), rounds=st.integers(0, 40))
    def lines_as_connections_drop(self, lines: list[tuple[int, int]], rounds: int) -> None:
        inputs: list[tuple[int, int, Text | Command]] = []
        for user, via in lines:
            self.n += 1
            line = f"Uncle Rob cooks tea on day {self.n} for user {user}"
            self.sent[user].add(line)
            inputs.append((user, via, Text(line)))
        self.handled(inputs, drop=rounds)


TestTwinsPgDropped = pytest.mark.usefixtures("twins_cluster")(TwinsPgDropped.TestCase)
TestTwinsPgDropped.settings = TWINS
TestTwinsPg = pytest.mark.usefixtures("twins_cluster")(TwinsPg.TestCase)
TestTwinsPg.settings = TWINS


# --- 3. messages edited in Telegram, in the model -------------------------------------------

EDITS_FLOW_STEPS = 8
NOT_READ = "I don't read edited messages"


def edits_flow(folder: Path, steps: int = EDITS_FLOW_STEPS) -> Flow:
    """Written answers only, one after another."""
    return build_flow(folder, section("all", *[text(f"e{i}") for i in range(steps)],
                                      column="worried"), id="edits")


class Edited(RuleBasedStateMachine):
    """A practitioner in Telegram types her answers, goes /back, and edits any message she
    sent before (an answer, the label, a command); the bot restarts between any two. Held
    to: an edit changes nothing saved and is said not to be read, once per edit; and what
    the note says of the question on the screen is true (no answer saved yet, or one that
    stands)."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="props57-edited-"))
        self.loop = asyncio.new_event_loop()
        self.flows = {"edits": edits_flow(self.folder)}
        self.request = MemoryRequest()
        self.updates = Updates()
        self.log: list[str] = []
        self.mine: list[dict[str, Any]] = []  # the messages she sent, as Telegram sent them
        self.answers: dict[str, str] = {}
        self.at = 0  # the question she is at (EDITS_FLOW_STEPS: the summary)
        self.n = 0
        self.run(self._open())
        self.say("/new edits")
        self.say("TB-7")

    def run(self, job: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(job)

    async def _open(self) -> None:
        self.stack = AsyncExitStack()
        self.bot = await self.stack.enter_async_context(running(self.folder, self.flows,
                                                                self.request))

    def say(self, said: str) -> None:
        self.log.append(f"says {said!r} (at {self.at})")
        update = self.updates.text(USER_TG, said)
        self.mine.append(dict(update["message"]))  # type: ignore[arg-type]
        self.run(self._feed(update))

    async def _feed(self, update: dict[str, Any]) -> None:
        await self.bot.feed(update)
        await self.bot.conversation.store.session(USER_TG)  # its receipts landed

    def draft(self) -> Any:
        found = self.run(self.bot.conversation.active(USER_TG))
        assert found is not None, self.log[-8:]
        return found

    @precondition(lambda self: self.at < EDITS_FLOW_STEPS)
    @rule()
    def answer(self) -> None:
        self.n += 1
        line = f"Gran calls in on day {self.n}"
        self.say(line)
        self.answers[f"e{self.at}"] = line
        self.at += 1

    @precondition(lambda self: 0 < self.at < EDITS_FLOW_STEPS)
    @rule()
    def back(self) -> None:
        self.say("/back")
        self.at -= 1

    @rule(which=st.integers(0, 200), by=st.sampled_from(["", " (sorry, typo)", "x"]))
    def edit(self, which: int, by: str) -> None:
        """She edits a message she sent before: nothing changes, and she is told."""
        before = self.draft()
        message = dict(self.mine[which % len(self.mine)])
        message["text"] = f"{message['text']}{by}" if by != "x" else "Aunt Sal, not Gran"
        message["edit_date"] = int(time.time())
        message.pop("entities", None)
        self.log.append(f"edits {message['message_id']} to {message['text']!r} (at {self.at})")
        sent = len(self.request.sent())
        self.run(self._feed(self.updates._wrap(edited_message=message)))
        after = self.draft()
        assert (after.answers, after.current, after.status) == (
            before.answers, before.current, before.status), self.log[-8:]
        said = [str(p["text"]) for p in self.request.sent()[sent:]]
        assert len(said) <= 1, (said, self.log[-8:])
        if not said:  # the same note for the same message, not sent twice
            return
        assert said[0].startswith(NOT_READ), (said, self.log[-8:])
        if "has no answer saved yet" in said[0]:
            assert after.current is not None, (said, self.log[-8:])
            assert after.current not in after.answers, (said, after.answers, self.log[-8:])

    @rule()
    def restart(self) -> None:
        self.log.append("(restart)")
        self.run(self.stack.aclose())
        self.run(self._open())

    @invariant()
    def as_she_answered(self) -> None:
        draft = self.draft()
        assert draft.answers == self.answers, (draft.answers, self.answers, self.log[-10:])
        if self.at < EDITS_FLOW_STEPS:
            assert draft.current == f"e{self.at}", (draft.current, self.log[-10:])

    def teardown(self) -> None:
        self.run(self.stack.aclose())
        self.loop.close()
        shutil.rmtree(self.folder, ignore_errors=True)


TestEdited = Edited.TestCase
TestEdited.settings = settings(max_examples=2, stateful_step_count=15, deadline=None,
                               derandomize=True, database=None,
                               suppress_health_check=[HealthCheck.too_slow])


# --- the faults the search found, each as the chat that shows it -----------------------------


async def _dropping_all(url: str, rounds: int) -> None:
    """Every other connection to the database dropped by the server, after `rounds` rounds
    of the event loop (as a failover or an operator's pg_terminate_backend does)."""
    for _ in range(rounds):
        await asyncio.sleep(0)
    killer = await asyncpg.connect(url)
    try:
        await killer.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                             "datname = current_database() AND pid <> pg_backend_pid()")
    finally:
        await killer.close()


async def test_an_answer_as_postgresql_drops_the_connection_is_refused_to_send_again(
        pg_url: str, tmp_path: Path) -> None:
    """A council's database dropped the bot's connections (a failover) as social workers
    answered. Now and then an answer met the connection in the instant it was going: it
    failed as an unknown fault (asyncpg's "cannot switch to state 15; another operation is
    in progress"), not as the database out of reach, so in webhook mode Telegram was not
    asked to send it again and the answer was lost; the operator read of a bug. Now it is
    the database out of reach: refused whole, and saved when it comes again."""
    flows = {"edits": edits_flow(tmp_path, 24)}
    store = await open_store(pg_url)
    try:
        talk = Conversation(store, flows)
        await talk.handle(USER, Command("new", "edits"))
        await talk.handle(USER, Text("TB-7"))
        for n in range(23):
            line = f"Gran calls in on day {n}"
            said = await asyncio.gather(talk.handle(USER, Text(line), update_id=n),
                                        _dropping_all(pg_url, n % 12), return_exceptions=True)
            while isinstance(said[0], BaseException):  # sent again, as Telegram does
                assert isinstance(said[0], Unavailable), repr(said[0])
                said = await asyncio.gather(talk.handle(USER, Text(line), update_id=n),
                                            return_exceptions=True)
            assert said[0] == [] or any(isinstance(r, Answered) for r in said[0]), said
        draft = await talk.active(USER)
        assert draft is not None
        written = [draft.answers.get(s.id) for s in flows["edits"].steps]
        assert written == [f"Gran calls in on day {n}" for n in range(23)] + [None]
    finally:
        await store.close()
