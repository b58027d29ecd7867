"""A practitioner typing through real flows, for the crash and replay tests.

`next_input` decides what a person would send next from what is stored (a label, a new draft,
or an answer to the question on screen); every text answer and list item is unique (`t<id>`,
`i<id>`), so a lost or doubled answer shows.

Run as a fork server (`python tests/conversation_writer.py DB KEY`): it loads everything
once, then for each `go UPDATE_ID` line on standard input forks a writer that opens the
database, prints `ready`, and sends inputs from UPDATE_ID on, printing
`ack UPDATE_ID KIND DRAFT STEP TOKEN` once each is committed, until it is killed. The server
prints `pid N` for each writer and `dead N STATUS` when it is gone. All output uses os.write,
so nothing sits in a buffer a fork would copy.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from bot.conversation import Conversation
from bot.session import AwaitLabel, user_state
from bot.wording import ConversationReply
from flows import engine
from flows.flow import Flow
from flows.replies import Answered, Command, Input, Pick, Question, Text
from storage.store import Store

FLOW = "mapping"


@dataclass(frozen=True)
class Planned:
    """One input and what it should leave in the draft once committed."""

    given: Input
    kind: str = "none"  # text | item | other | none
    draft_id: str = "-"
    step_id: str = "-"
    token: str = "-"


async def next_input(chat: Conversation, store: Store, user: int, update_id: int) -> Planned:
    """What the person would send now, judged from the stored state alone."""
    if isinstance(user_state(await store.session(user)).awaiting, AwaitLabel):
        return Planned(Text(f"C{update_id % 100_000}"))
    draft = await chat.active(user)
    if draft is None or draft.status != "in_progress":
        return Planned(Command("new", FLOW))
    flow = chat.flow(draft.flow_id)
    assert flow is not None
    shown = engine.show(flow, engine.reconcile(flow, draft).draft).replies
    question = next(r for r in shown if isinstance(r, Question))
    return _answer(flow, question, draft.id, update_id)


def _answer(flow: Flow, q: Question, draft_id: str, update_id: int) -> Planned:
    step = q.step_id
    if q.widget == "text":
        token = f"t{update_id}"
        return Planned(Text(token), "text", draft_id, step, token)
    if q.widget == "items":
        if len(q.items) >= 2:
            return Planned(Command("done", nonce=q.nonce), "other", draft_id, step)
        token = f"i{update_id}"
        return Planned(Text(token), "item", draft_id, step, token)
    if q.widget == "scale":
        return Planned(Text(str(flow.scale_of(flow.step(step)).max)), "other", draft_id, step)
    if q.widget == "several":  # typed in its words: Telegram's buttons carry no numbers
        return Planned(Text(q.choices[0][0]), "other", draft_id, step)
    value = q.choices[update_id % len(q.choices)][0] if q.choices else "yes"
    return Planned(Pick(value, q.nonce), "other", draft_id, step)


def accepted(plan: Planned, replies: list[ConversationReply]) -> bool:
    """Whether the engine took the planned answer (an Answered, or a list item added)."""
    if plan.kind == "item":
        return any(isinstance(r, Question) and plan.token in r.items for r in replies)
    return any(isinstance(r, Answered) and r.step_id == plan.step_id for r in replies)


# --- the fork server ----------------------------------------------------------------------


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


async def _write_forever(db: str, key: str, flows: Mapping[str, Flow], start: int) -> None:
    from storage.crypto import AesGcmSealer, parse_keys

    store = await Store.open(db, sealer=AesGcmSealer(parse_keys(key, "key")))
    chat = Conversation(store, flows)
    _say("ready")
    update_id = start
    while True:
        plan = await next_input(chat, store, 1, update_id)
        replies = await chat.handle(1, plan.given, update_id=update_id)
        if not replies:
            _say(f"ack {update_id} dup - - -")
        elif plan.kind != "none" and accepted(plan, replies):
            _say(f"ack {update_id} {plan.kind} {plan.draft_id} {plan.step_id} {plan.token}")
        else:
            _say(f"ack {update_id} none - - -")
        update_id += 1


def serve(db: str, key: str) -> None:
    from flows.loader import load_flows
    from flows.regex import compile_all
    from storage.store import Store  # loaded once here, not in every short-lived writer

    assert Store
    flows = load_flows()
    # As `sosbot run` does once started (`settle_memory`): the checks' patterns compiled
    # before any answer. Put off, each short-lived writer compiled them again within the
    # few milliseconds it lives, and as rules were added fewer of its answers got through.
    compile_all()
    _say("loaded")
    for line in sys.stdin:
        start = int(line.split()[1])
        # The writer waits until its pid is said: on a busy machine it could otherwise say
        # "ready" first, and the reader, expecting "pid N", read a line of one word.
        said, told = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer: runs until killed
            os.close(told)
            os.read(said, 1)
            os.close(said)
            try:
                asyncio.run(_write_forever(db, key, flows, start))
            except BaseException as exc:
                _say(f"error {type(exc).__name__}: {exc}")
            finally:
                os._exit(1)
        os.close(said)
        _say(f"pid {pid}")
        with contextlib.suppress(BrokenPipeError):  # killed already, as soon as its pid came
            os.write(told, b"1")
        os.close(told)
        _, status = os.waitpid(pid, 0)
        _say(f"dead {pid} {status}")


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2])
