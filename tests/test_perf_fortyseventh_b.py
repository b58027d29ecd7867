"""The forty-seventh pass's cuts outside the wording checks change nothing sent or kept.

- An update's decoding (`bot.decoding.Shape`): each object is built on a twin of its class
  that stores attributes without python-telegram-bot's frozen check. The twin took over
  `__setattr__` only, and while a class of its line has `__delattr__` of its own in Python
  (`TelegramObject` does), CPython stores every attribute through the slot that looks
  `__setattr__` up and calls it: a Message was built four times slower than with object's
  own store. The twin now takes `__delattr__` too, and is given its bot before it becomes
  the real class (`set_bot` after went through the frozen check in Python).
- The steps after one (`flows.walk.Walk.after`, at every question asked and at most asides
  that look at what comes next): each step's place in the flow is kept with the flow's shown
  steps (`Shown.places`, worked out once per set of runs), and the steps after a place are
  found by halving, not by looking up every shown step's place at every call.
- An answer, its question's message given (`Answered.shown_in`, at most updates): built
  with its fields, not copied by `dataclasses.replace`, which goes through them by name.
- A Bot API call's JSON (`bot.sending._Encoded`): what `HTTPXRequest` sends is
  `RequestData.json_parameters`, which reads each parameter's `json_value` twice, and the
  library's `RequestParameter` ran `json.dumps` at each read of a number or a dict. Each is now
  written once (the link preview's, the same at every call, never).

Each test holds the new way against the way before it, through the real bot.
"""

from __future__ import annotations

import ctypes
import dataclasses
import json
import random
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Bot, TelegramObject, Update
from telegram.request import RequestData
from telegram.request import _requestparameter as library_parameter
from telegram.request._requestparameter import RequestParameter

import bot.conversation
import bot.decoding
import bot.sending
from bench.throughput import run_sosbot
from bench.world import data_key
from flows.flow import Flow
from flows.replies import Answered
from flows.walk import Walk, walk
from tests.memory_botapi import TOKEN, MemoryRequest
from tests.test_perf_fortyfirst import with_reasons
from tests.test_perf_thirtyseventh import assert_same
from tests.test_perf_thirtyseventh_b import random_answers

# --- the steps after one -----------------------------------------------------------------------


def after_as_it_was(state: Walk, step_id: str | None) -> list[object]:
    """`Walk.after` before this pass."""
    start = -1 if step_id is None else state.flow.index[step_id]
    return [s for s in state.steps if state.flow.index[s.id] > start]


class Counting(dict[str, int]):
    """A flow's index of places that counts the places read."""

    read = 0

    def __getitem__(self, key: str) -> int:
        Counting.read += 1
        return super().__getitem__(key)


@contextmanager
def places_counted(flow: Flow) -> Iterator[None]:
    index = flow.index
    object.__setattr__(flow, "index", Counting(index))
    try:
        yield
    finally:
        object.__setattr__(flow, "index", index)


def test_the_steps_after_each_are_those_after_its_place(flows: Mapping[str, Flow]) -> None:
    """Over 300 random answer sets for each shipped flow, the steps after every step of the
    flow (shown or not) and after none are those found as before, in flow order; each call
    reads one place, where it read one for every step shown."""
    rnd = random.Random(47)
    compared = 0
    for flow in flows.values():
        for _ in range(300):
            state = walk(flow, with_reasons(flow, random_answers(flow, rnd), rnd))
            for step_id in (None, *[s.id for s in rnd.sample(flow.steps, 8)]):
                assert state.after(step_id) == after_as_it_was(state, step_id)
                compared += 1
            with places_counted(flow):
                Counting.read = 0
                state.after(flow.steps[0].id)
                assert Counting.read == 1
    assert compared > 10_000


def test_steps_out_of_flow_order_are_still_taken_in_their_order(
        flows: Mapping[str, Flow]) -> None:
    """A walk made of steps not in flow order (none is, but `Walk` takes any) is read the
    way it was: each step whose place is after the one asked about, in the walk's order."""
    flow = flows["mapping"]
    steps = tuple(reversed(flow.steps[:12]))
    state = Walk(flow, steps, {})
    for step in flow.steps[:14]:
        assert state.after(step.id) == after_as_it_was(state, step.id)

# --- an update's decoding ----------------------------------------------------------------------


def shapes() -> list[bot.decoding.Shape]:
    return [value for value in vars(bot.decoding).values()
            if isinstance(value, bot.decoding.Shape)] + [
        how.__closure__[0].cell_contents  # type: ignore[index]
        for how in (bot.decoding._MESSAGE.nested["link_preview_options"][1],)]


def stores_as_object_does(cls: type) -> bool:
    """Whether `cls` stores an attribute with CPython's own generic store, as `object` does
    (not the slot that looks `__setattr__` up at every store and calls it)."""
    generic = ctypes.cast(ctypes.pythonapi.PyObject_GenericSetAttr, ctypes.c_void_p).value
    # where the type object of `object` holds that store (its `tp_setattro`)
    (offset,) = [at for at in range(0, 400, 8)
                 if ctypes.c_void_p.from_address(id(object) + at).value == generic]
    return ctypes.c_void_p.from_address(id(cls) + offset).value == generic


def test_every_twin_stores_attributes_as_object_does() -> None:
    """Each class an update is read into is built on a twin storing its attributes with
    CPython's own store: the twin taking over `__setattr__` alone does not."""
    found = shapes()
    assert len(found) >= 10
    for shape in found:
        assert stores_as_object_does(shape.twin), shape.cls.__name__
    assert not stores_as_object_does(type("Half", (TelegramObject,), {
        "__slots__": (), "__setattr__": object.__setattr__}))


async def recorded_updates(folder: Path, flows: dict[str, Flow]) -> list[Any]:
    """Every update two practitioners sent completing `mapping` through the real bot."""
    _, sent, _ = await run_sosbot(2, folder, flows)
    return [json.loads(raw) for theirs in sent for raw in theirs]


async def test_updates_are_read_into_what_de_json_gives_with_no_frozen_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flows: dict[str, Flow]) -> None:
    """The updates of a practitioner completing `mapping` read quickly, each the object
    `Update.de_json` gives, field by field, and not one attribute set through the library's
    frozen check in Python on the way (the bot was given after the object became its class,
    a check for each object)."""
    updates = await recorded_updates(tmp_path, flows)
    sender = Bot(TOKEN)
    checked: list[str] = []
    checking = TelegramObject.__setattr__

    def counted(obj: TelegramObject, key: str, value: object) -> None:
        checked.append(key)
        checking(obj, key, value)

    with monkeypatch.context() as patched:
        patched.setattr(TelegramObject, "__setattr__", counted)
        read = [bot.decoding.quick_update(data, sender) for data in updates]
    assert checked == []
    assert len(read) > 100
    for data, got in zip(updates, read, strict=True):
        assert got is not None
        assert_same(got, Update.de_json(data, sender))
        assert got.get_bot() is sender

# --- a Bot API call's JSON ---------------------------------------------------------------------


def library_json(data: RequestData) -> dict[str, str]:
    """`json_parameters` as the library's own parameters give it (the way before this pass:
    `_request_plain` made a `RequestParameter` of every value)."""
    return RequestData([RequestParameter(p.name, p.value, p.input_files)
                        for p in data._parameters]).json_parameters


class Sent:
    """Every call's JSON as `HTTPXRequest` reads it, the library's for the same values, and
    the `json.dumps` calls reading it took."""

    def __init__(self, patched: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, dict[str, str], dict[str, str]]] = []
        self.dumps = 0
        counting = SimpleNamespace(dumps=self._dumps)
        patched.setattr(library_parameter, "json", counting)
        answering = MemoryRequest.do_request

        async def do_request(request: MemoryRequest, url: str, method: str,
                             request_data: RequestData | None = None, *args: Any,
                             **kwargs: Any) -> tuple[int, bytes]:
            if request_data is not None:
                before = self.dumps
                sent = request_data.json_parameters  # what HTTPXRequest posts
                took = self.dumps - before
                with patched.context() as plain:
                    plain.setattr(library_parameter, "json", json)
                    self.calls.append((url.rsplit("/", 1)[-1], sent, library_json(request_data)))
                self.took.append(took)
            return await answering(request, url, method, request_data, *args, **kwargs)

        self.took: list[int] = []
        patched.setattr(MemoryRequest, "do_request", do_request)

    def _dumps(self, value: Any) -> str:
        self.dumps += 1
        return json.dumps(value)


def _as_seen(calls: list[tuple[str, dict[str, str], dict[str, str]]]) -> dict[str, list[str]]:
    """Each chat's calls in order, with what differs from run to run taken out (drafts' ids
    are drawn, message ids and button presses numbered in the order the two practitioners'
    calls came in); a button's answer has no chat."""
    seen: dict[str, list[str]] = {}
    for name, sent, _ in calls:
        kept = {key: value for key, value in sent.items()
                if key not in ("message_id", "callback_query_id")}
        shown = re.sub("[0-9a-f]{12}", "<draft>", json.dumps(kept, sort_keys=True))
        seen.setdefault(sent.get("chat_id", ""), []).append(f"{name} {shown}")
    return seen


def as_it_was(patched: pytest.MonkeyPatch) -> None:
    """This pass's cuts outside the decoding taken back: each parameter the library's own,
    the steps after one looked up one by one, an answer's message set by `replace`."""
    patched.setattr(bot.sending, "_Encoded",
                    lambda name, value: RequestParameter(name, value, None))
    patched.setattr(Walk, "after", after_as_it_was)
    patched.setattr(Answered, "shown_in",
                    lambda answered, message: dataclasses.replace(answered, message=message))


def replaced(patched: pytest.MonkeyPatch) -> list[object]:
    """The replies `dataclasses.replace` copied, as the conversation calls it."""
    copied: list[object] = []
    replacing = bot.conversation.replace

    def counted(obj: Any, **changes: Any) -> Any:
        copied.append(obj)
        return replacing(obj, **changes)

    patched.setattr(bot.conversation, "replace", counted)
    patched.setattr(dataclasses, "replace", counted)
    return copied


async def test_practitioners_are_sent_and_kept_the_same_as_before_this_pass(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flows: dict[str, Flow]) -> None:
    """Two practitioners completing `mapping` through the real bot and a real SQLite file,
    with this pass's cuts and with them taken back: each chat is sent the same calls, with
    the same JSON (the library's for the same values), and the same finished draft is kept.
    Each number or dict of a call was written out as JSON once (a question with buttons: six
    `json.dumps` before), and no answer's message was set by `dataclasses.replace`."""
    key = data_key()
    with monkeypatch.context() as patched:
        now = Sent(patched)
        copied = replaced(patched)
        _, _, kept = await run_sosbot(2, tmp_path / "now", flows, key=key)
    with monkeypatch.context() as patched:
        as_it_was(patched)
        before = Sent(patched)
        copied_before = replaced(patched)
        _, _, kept_before = await run_sosbot(2, tmp_path / "before", flows, key=key)

    assert len(now.calls) > 100
    for _, sent, library in now.calls:
        assert sent == library
    assert _as_seen(now.calls) == _as_seen(before.calls)
    draft, was = kept["sample"], kept_before["sample"]
    assert (draft.answers, draft.history, draft.status, draft.label, draft.nonce) == (
        was.answers, was.history, was.status, was.label, was.nonce)
    questions = [n for (name, sent, _), n in zip(now.calls, now.took, strict=True)
                 if name == "sendMessage" and "reply_markup" in sent]
    assert questions
    assert max(questions) <= 1
    took = [n for (name, sent, _), n in zip(before.calls, before.took, strict=True)
            if name == "sendMessage" and "reply_markup" in sent]
    assert min(took) == 6  # chat id, buttons and link preview, each twice
    assert not [c for c in copied if isinstance(c, Answered)]
    assert len([c for c in copied_before if isinstance(c, Answered)]) > 20


def test_an_answer_shown_in_a_message_is_what_replace_gives() -> None:
    """`Answered.shown_in` gives what `dataclasses.replace` does, and the answer has no field
    it would leave out (one added fails here, to be added there)."""
    assert [f.name for f in dataclasses.fields(Answered)] == [
        "step_id", "nonce", "ask", "answer", "message"]
    for message in (None, 7):
        answered = Answered("worries", 3, "What are you worried about?", "Mum & <b>", message)
        assert answered.shown_in(42) == dataclasses.replace(answered, message=42)


def test_a_parameter_written_once_reads_as_the_librarys() -> None:
    """Numbers, the link preview, buttons with letters outside ASCII and an empty dict: the
    same JSON as the library's `RequestParameter`, at each read, and the value kept as given."""
    values: list[Any] = [0, -17, 10**20, bot.sending.NO_PREVIEW, {"is_disabled": True},
                         {"inline_keyboard": [[{"text": "Mère ✓", "callback_data": "a|d|1|x"}]]},
                         {}]
    for value in values:
        ours = bot.sending._Encoded("p", value)
        theirs = RequestParameter("p", value, None)
        assert ours.json_value == theirs.json_value == ours.json_value
        assert ours.value is value
        assert ours.input_files is None
        assert ours.multipart_data is None
