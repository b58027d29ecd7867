"""The conversation around the engine, free of Telegram: menus, labels, drafts, erasure.

The terminal chat and the Telegram adapter both call `Conversation.handle` with a user id
and an input, and render the replies it returns. Every change is committed before the
replies are returned.
"""

from __future__ import annotations

import asyncio
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from flows import engine
from flows.carry import carried_answers
from flows.draft import Draft, new_draft_id
from flows.engine import Nudger, Outcome, no_nudges
from flows.flow import Flow
from flows.replies import Command, Input, Notice, Question, Reply, Text
from storage.store import DraftInfo, Session, Store

ActName = Literal["start", "new", "resume", "cancel", "delete", "privacy", "about",
                  "confirm", "decline", "drafts"]
LABEL_MAX = 24
ABOUT = (
    "sosbot helps you prepare a safety mapping on your phone, one question at a time, and "
    "gives you a summary in three columns with a scale. It is based on the Signs of Safety "
    "framework but is not an official Signs of Safety product and is not endorsed by its "
    "owners. Check every summary before you use it."
)
PRIVACY = (
    "What is kept: for each draft, its short case label, the tool, your answers and where you "
    "are in it; and your Telegram user id, so only you can see your drafts. Where: in this "
    "bot's own database, encrypted, on the server your organisation runs it on. For how long: "
    "until you finish or discard a draft, then only as long as the retention settings allow "
    "(drafts untouched for {draft_days} days and finished drafts after {done_days} days are "
    "erased, with a reminder the day before). Message text is never written to logs. "
    "/cancel discards the current draft; /delete erases everything about you at once."
)
WELCOME = (
    "Hello. I walk you through Signs of Safety style tools one question at a time, and hand "
    "you a summary you can use in a meeting or a referral. I'm based on the framework, not an "
    "official product. Please use initials or a case reference, never a full name, date of "
    "birth or address."
)
MSG = {
    "label": "Give this draft a short case label: initials or a case reference (up to "
    f"{LABEL_MAX} characters), never a full name.",
    "label_bad": "That looks like it could identify someone. Please use initials or a case "
    "reference instead, for example \"TB-7\" or \"Case 4417\".",
    "label_long": f"Please keep the label to {LABEL_MAX} characters or fewer.",
    "no_draft": "You have no draft open. /new starts one, /resume picks up an earlier one.",
    "no_drafts": "You have no unfinished drafts. /new starts one.",
    "unknown_flow": "I don't know that tool. /new shows the ones I have.",
    "gone_flow": "The tool this draft used is no longer available, so it can't continue. "
    "/new starts another.",
    "cancel_q": "Discard the draft \"{label}\" and all its answers? This can't be undone.",
    "delete_q": "Erase everything stored about you: every draft, every answer and your "
    "settings? This can't be undone.",
    "cancelled": "Discarded. Nothing from that draft is kept. /new starts another.",
    "deleted": "Done: everything about you has been erased. Send /start if you want to begin "
    "again.",
    "declined": "Alright, nothing has been changed.",
    "nothing_to_confirm": "There's nothing waiting for a yes or no.",
    "started": "Started \"{label}\": {title}.",
    "resumed": "Back to \"{label}\": {title}.",
    "carried": "I've brought in your answers from the finished {title} for \"{label}\". "
    "They show as the current answer when we reach them: /skip keeps one, or type a new one.",
}


@dataclass(frozen=True)
class Act:
    """A command that works outside any one question."""

    name: ActName
    arg: str = ""


@dataclass(frozen=True)
class FlowChoice:
    id: str
    title: str
    description: str
    minutes: int | None


@dataclass(frozen=True)
class Menu:
    """The drafts a user can continue and the tools they can start."""

    drafts: tuple[DraftInfo, ...]
    flows: tuple[FlowChoice, ...]
    welcome: bool = False
    flow_titles: Mapping[str, str] | None = None


@dataclass(frozen=True)
class AskLabel:
    flow_id: str
    flow_title: str
    text: str


@dataclass(frozen=True)
class Confirm:
    kind: Literal["cancel", "delete"]
    text: str


ConversationReply = Reply | Menu | AskLabel | Confirm
ConversationInput = Input | Act


class Conversation:
    """One practitioner's conversation, whatever the screen: load, advance, save, reply."""

    def __init__(self, store: Store, flows: Mapping[str, Flow], *, nudger: Nudger = no_nudges,
                 label_check: Nudger = no_nudges, retention: tuple[int, int] = (30, 14)) -> None:
        self.store = store
        self.flows = flows
        self._nudger = nudger
        self._label_check = label_check
        self._retention = retention
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def handle(self, user_id: int, given: ConversationInput, *,
                     update_id: int | None = None, draft_id: str | None = None
                     ) -> list[ConversationReply]:
        """Apply one input for one user; inputs of one user are handled one at a time.

        `draft_id` names the draft a button belonged to: a button of another draft is stale.
        """
        async with self._locks[user_id]:
            key = (user_id, update_id) if update_id is not None else None
            if key and await self.store.was_handled(*key):
                return []
            session = await self.store.session(user_id)
            if draft_id is not None and draft_id != session.active_draft:
                return [Notice(engine.MSG["stale"], "stale")]
            if isinstance(given, Act):
                return await self._act(session, given, key)
            awaiting = session.state.get("awaiting")
            if awaiting == "label" and isinstance(given, Text):
                return await self._label(session, given.text, key)
            if awaiting in ("cancel", "delete") and isinstance(given, Text):
                yes = given.text.strip().lower() in ("yes", "y")
                return await self._act(session, Act("confirm" if yes else "decline"), key)
            return await self._advance(session, given, key)

    # --- the active draft ---------------------------------------------------------------

    async def active(self, user_id: int) -> Draft | None:
        """The user's open draft, if any."""
        session = await self.store.session(user_id)
        if session.active_draft is None:
            return None
        return await self.store.load_draft(user_id, session.active_draft)

    async def next_question(self, user_id: int, draft_id: str) -> str | None:
        """The question a draft would ask next, without changing anything."""
        draft = await self.store.load_draft(user_id, draft_id)
        flow = self.flows.get(draft.flow_id) if draft else None
        if draft is None or flow is None:
            return None
        fitted = engine.reconcile(flow, draft)
        shown = engine.show(flow, fitted.draft).replies
        return next((r.ask for r in shown if isinstance(r, Question)), None)

    async def _advance(self, session: Session, given: Input, key: tuple[int, int] | None
                       ) -> list[ConversationReply]:
        loaded = await self._load_active(session)
        if isinstance(loaded, list):
            return loaded
        flow, draft, fitted = loaded
        outcome = engine.advance(flow, fitted.draft, given, nudger=self._nudger)
        outcome.changed |= fitted.changed
        if session.state.pop("awaiting", None) is not None:
            await self._save(outcome, draft, session, key, force=True)
        else:
            await self._save(outcome, draft, None, key)
        return list(outcome.replies)

    async def _load_active(self, session: Session
                           ) -> tuple[Flow, Draft, Outcome] | list[ConversationReply]:
        draft = None
        if session.active_draft:
            draft = await self.store.load_draft(session.user_id, session.active_draft)
        if draft is None:
            return [Notice(MSG["no_draft"])]
        return self._fit(draft)

    def _fit(self, draft: Draft) -> tuple[Flow, Draft, Outcome] | list[ConversationReply]:
        """A draft with its flow, fitted to the flow's current version."""
        flow = self.flows.get(draft.flow_id)
        if flow is None:
            return [Notice(MSG["gone_flow"], "problem")]
        return flow, draft, engine.reconcile(flow, draft)

    async def _save(self, outcome: Outcome, before: Draft, session: Session | None,
                    key: tuple[int, int] | None, *, force: bool = False) -> None:
        after = outcome.draft
        moved = (after.state() != before.state() or after.status != before.status
                 or after.flow_version != before.flow_version)
        if (force or outcome.changed or moved) and not await self.store.save(
                after, outcome.changed, session=session, update=key):
            outcome.replies.clear()

    # --- commands outside a question ----------------------------------------------------

    async def _act(self, session: Session, act: Act, key: tuple[int, int] | None
                   ) -> list[ConversationReply]:
        name = act.name
        if name in ("start", "drafts"):
            return [await self._menu(session.user_id, welcome=name == "start")]
        if name == "new":
            return await self._new(session, act.arg.strip(), key)
        if name == "resume":
            return await self._resume(session, act.arg.strip(), key)
        if name in ("cancel", "delete"):
            return await self._ask_confirm(session, name, key)
        if name == "confirm":
            return await self._confirmed(session, key)
        if name == "decline":
            session.state.pop("awaiting", None)
            await self.store.save_session(session, update=key)
            return [Notice(MSG["declined"])]
        if name == "privacy":
            draft_days, done_days = self._retention
            return [Notice(PRIVACY.format(draft_days=draft_days, done_days=done_days))]
        return [Notice(ABOUT)]

    async def _menu(self, user_id: int, *, welcome: bool = False) -> Menu:
        drafts = await self.store.list_drafts(user_id, status="in_progress")
        return Menu(tuple(drafts), self.flow_choices(), welcome,
                    {f.id: f.title for f in self.flows.values()})

    def flow_choices(self) -> tuple[FlowChoice, ...]:
        """The tools on offer, in menu order."""
        return tuple(FlowChoice(f.id, f.title, f.spec.description, f.spec.minutes)
                     for f in self.flows.values() if not f.spec.for_partners)

    async def _new(self, session: Session, flow_id: str, key: tuple[int, int] | None
                   ) -> list[ConversationReply]:
        if not flow_id:
            return [Menu((), self.flow_choices())]
        flow = self.flows.get(flow_id)
        if flow is None:
            return [Notice(MSG["unknown_flow"], "problem")]
        session.state.update(awaiting="label", flow=flow_id)
        await self.store.save_session(session, update=key)
        return [AskLabel(flow.id, flow.title, MSG["label"])]

    async def _label(self, session: Session, text: str, key: tuple[int, int] | None
                     ) -> list[ConversationReply]:
        label = " ".join(text.split())
        flow = self.flows.get(str(session.state.get("flow", "")))
        if flow is None:
            session.state.pop("awaiting", None)
            await self.store.save_session(session, update=key)
            return [Notice(MSG["unknown_flow"], "problem")]
        problem = None
        if not label or len(label) > LABEL_MAX:
            problem = MSG["label_long"] if label else MSG["label"]
        elif self._label_check("privacy", label) or re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}",
                                                              label):
            problem = MSG["label_bad"]
        if problem:
            return [Notice(problem, "problem"), AskLabel(flow.id, flow.title, MSG["label"])]
        draft = Draft(id=new_draft_id(), user_id=session.user_id, flow_id=flow.id,
                      flow_version=flow.version, label=label)
        notes = await self._carry_in(draft, flow)
        outcome = engine.start(flow, draft)
        outcome.changed |= set(draft.answers)
        session.active_draft = draft.id
        session.state = {}
        await self.store.save(outcome.draft, outcome.changed, session=session, update=key,
                              new=True)
        started = Notice(MSG["started"].format(label=label, title=flow.title), "saved")
        return [started, *notes, *outcome.replies]

    async def _carry_in(self, draft: Draft, flow: Flow) -> list[ConversationReply]:
        """Fill answers from the newest finished draft, same label, of a tool this one takes."""
        if not flow.spec.takes_from:
            return []
        finished = await self.store.list_drafts(draft.user_id, status="completed")
        notes: list[ConversationReply] = []
        for tool in flow.spec.takes_from:  # the newest finished draft of each tool
            match = next((d for d in finished if d.flow_id == tool
                          and d.label.casefold() == draft.label.casefold()), None)
            loaded = None if match is None or tool not in self.flows else (
                await self.store.load_draft(draft.user_id, match.id))
            carried = {} if loaded is None else carried_answers(self.flows[tool],
                                                                 loaded.answers, flow)
            if match is not None and carried:
                draft.answers.update({k: v for k, v in carried.items()
                                      if k not in draft.answers})
                notes.append(Notice(MSG["carried"].format(title=self.flows[tool].title,
                                                          label=match.label), "info"))
        return notes

    async def _resume(self, session: Session, draft_id: str, key: tuple[int, int] | None
                      ) -> list[ConversationReply]:
        if not draft_id:
            drafts = await self.store.list_drafts(session.user_id, status="in_progress")
            if not drafts:
                return [Notice(MSG["no_drafts"])]
            if len(drafts) > 1:
                return [Menu(tuple(drafts), (), flow_titles={f.id: f.title
                                                             for f in self.flows.values()})]
            draft_id = drafts[0].id
        draft = await self.store.load_draft(session.user_id, draft_id)
        if draft is None:
            return [Notice(MSG["no_draft"], "problem")]
        session.active_draft = draft.id
        session.state = {}
        loaded = self._fit(draft)
        if isinstance(loaded, list):
            await self.store.save_session(session, update=key)
            return loaded
        flow, before, fitted = loaded
        outcome = engine.advance(flow, fitted.draft, Command("show"))
        outcome.changed |= fitted.changed
        await self._save(outcome, before, session, key, force=True)
        notice = Notice(MSG["resumed"].format(label=draft.label, title=flow.title), "saved")
        return [notice, *outcome.replies]

    async def _ask_confirm(self, session: Session, kind: Literal["cancel", "delete"],
                           key: tuple[int, int] | None) -> list[ConversationReply]:
        if kind == "cancel":
            draft = await self.active(session.user_id)
            if draft is None:
                return [Notice(MSG["no_draft"])]
            text = MSG["cancel_q"].format(label=draft.label)
        else:
            text = MSG["delete_q"]
        session.state["awaiting"] = kind
        await self.store.save_session(session, update=key)
        return [Confirm(kind, text)]

    async def _confirmed(self, session: Session, key: tuple[int, int] | None
                         ) -> list[ConversationReply]:
        kind = session.state.pop("awaiting", None)
        if kind == "delete":
            await self.store.delete_user(session.user_id)
            return [Notice(MSG["deleted"], "saved")]
        if kind == "cancel" and session.active_draft:
            await self.store.delete_draft(session.user_id, session.active_draft)
            session.active_draft = None
            await self.store.save_session(session, update=key)
            return [Notice(MSG["cancelled"], "saved")]
        return [Notice(MSG["nothing_to_confirm"])]
