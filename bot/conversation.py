"""The conversation around the engine, free of any front end: menus, labels, drafts, erasure.

The terminal chat and the Telegram adapter both call `Conversation.handle` with a user id
and an input, and render the replies it returns. Every change is committed before the
replies are returned. This is the one place a button is judged stale (`_stale`), from what
it carries: its draft, its question's nonce, or the confirmation it answers.
"""

from __future__ import annotations

import logging
import shlex
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Literal

from bot.pastes import SPLIT_REST, Piece
from bot.session import AwaitConfirm, AwaitLabel, Handover, TeamAsked, UserState, user_state
from bot.session_commands import MAX_UNFINISHED, TOO_MANY_TO_REOPEN
from bot.wording import (
    AskLabel,
    ConversationReply,
    FlowChoice,
    Menu,
    Surface,
    wording,
    yes_or_no,
)
from flows import engine, glossary
from flows.answers import LOST, clean, clean_line, said_back
from flows.asides import is_greeting, lapse_held_notes, repeats_answer_before
from flows.commands import WORDLESS, spec
from flows.commands import find as find_command
from flows.draft import Draft, Pending, Status
from flows.engine import Nudger, Outcome, no_nudges
from flows.flow import Flow
from flows.moves import ask_about_held, said_to_the_bot
from flows.questions import plain_words
from flows.regex import on_first_use
from flows.replies import (
    BY_STEP,
    COVERED,
    Answered,
    Command,
    Confirmation,
    Input,
    Notice,
    Nudge,
    Pick,
    Question,
    Review,
    Stale,
    SummaryReply,
    Text,
)
from flows.shown import start_shown
from flows.step_commands import held_out
from flows.summary import Summary
from storage import retention
from storage.contract import DraftInfo, PurgeReport, Reminder, Session, Store
from storage.errors import FileGone, StorageError
from storage.locks import UserLocks
from storage.retention import RetentionSettings

log = logging.getLogger(__name__)
# A line typed this soon after the open draft was handed over (/handover) was meant for it
HANDED_SAID_S = 600
Key = tuple[int, int] | None
# Typed inputs that would answer the question asked now: not taken while that question
# may never have reached the user (see `delivered`).
ANSWERING = frozenset({"skip", "done", "accept", "keep", "next", "replace"})
QUOTED = 60  # characters of a message quoted back in a notice
# A note of having to stop sent again within this many seconds of the draft's last change is
# insisted on, so saved as the answer; later, it is a new note (`flows.asides.lapse_held_notes`).
NOTE_LAPSES = 15 * 60
# Commands that leave a line held below a menu waiting to be kept with its button: a look at
# the prompts or the answers, a pause, the question shown again.
_LEAVE_HELD = frozenset({"keep", "help", "review", "pause", "show"})
# Commands about a draft that words after them may name another of ("/summary KT-2",
# "/continue KT-2").
_ABOUT_A_DRAFT = frozenset({"summary", "review", "show"})


# A line asked as a question ("how do i get out?"): a case label is never one.
_QUESTION = on_first_use(r"[^?]*\?[\W_]*")  # an emoji after it too


# Replies that are never a case label ("yes", "ok", "no thanks", "send"), asked about first.
_REPLY_WORDS = frozenset({"send", "submit", "done", "skip", "next", "thanks", "thank you"})
# `AwaitLabel.named` once such a reply was asked about: sent again, it is the label.
_A_REPLY = ":reply"  # (no tool id has a colon)


def _reads_as_reply(typed: str) -> bool:
    """Whether a line typed for a case label reads as a reply to a question instead."""
    return yes_or_no(typed) is not None or plain_words(typed) in _REPLY_WORDS


def _named_command(typed: str) -> str | None:
    """The command a line typed for a case label names without its slash ("resume",
    "Back"), as the menu shows it; None for any other line."""
    word = plain_words(typed)
    return word if word and " " not in word and find_command(word) is not None else None


def _asks_help(typed: str) -> bool:
    """Whether a line typed with no draft open asks for help: "help", "?", "help me"."""
    lowered = typed.lower().strip(" .!")
    return lowered == "help" or bool(LOST.fullmatch(lowered))


@dataclass(frozen=True)
class RepliedTo:
    """The chat message a typed answer was sent in reply to (Telegram's Reply): its id, and
    the draft and question nonce its buttons were for, when it carries any of ours."""

    message_id: int
    draft_id: str | None = None
    nonce: int | None = None
    token: str | None = None  # the "are you sure?" its Yes and No buttons answer, if any


_TOOL_WORD = on_first_use(r"[^\W_]+")  # a tool's name, a word at a time
# A tool's name as typed in a message: a "the" or "a" before it, "please" or a full stop after
_SLIP_NEAR = 0.8  # how alike a mistyped tool's name and a tool's must be (difflib's ratio)
_TOOL_TYPED = on_first_use(r"(?:(?:the|a|an)\s+)?(.*?)(?:\s+please)?[\s.!]*")


def as_typed(typed: str) -> str:
    """A tool's name as typed in a message, without what is said around it: "The harm
    matrix", "Group supervision please", "HARM MATRIX." (a phone's full stop after it)."""
    wanted = " ".join(typed.replace("_", " ").replace("-", " ").split()).casefold()
    found = _TOOL_TYPED.fullmatch(wanted)
    return found.group(1) if found else wanted


class Turn:
    """One input's view of a user: their typed state, the update that brought it and the
    message it replied to, if any."""

    def __init__(self, state: UserState, key: Key, replied_to: RepliedTo | None = None,
                 forwarded: bool = False, sent_as: int | None = None) -> None:
        self.state = state
        self.key = key
        self.replied_to = replied_to
        self.forwarded = forwarded  # a forwarded message: someone else's words
        self.sent_as = sent_as  # the chat message that brought a typed input, if it has one
        self.draft: Draft | None = None
        self.looked_over = False  # the summary shown below the open draft's question


class Conversation:
    """One practitioner's conversation, whatever the screen: load, advance, save, reply."""

    def __init__(self, store: Store, flows: Mapping[str, Flow], *, nudger: Nudger = no_nudges,
                 label_check: Nudger = no_nudges, retention: tuple[int, int] = (30, 14),
                 receipts: bool = False, surface: Surface = "telegram") -> None:
        """`receipts`: the front end reports each question it delivers (`delivered`), and a
        typed answer to a question never delivered is not taken. `surface`: where the
        practitioner is, which chooses the words of what the conversation says."""
        self._store = store
        self._flows = flows
        self._options: frozenset[str] | None = None  # every option's words (`_an_option`)
        self._nudger = nudger
        self._label_check = label_check
        self._retention = retention
        self._receipts = receipts
        self.surface = surface
        self.words = wording(surface)
        self._locks = UserLocks()
        from bot.session_commands import SessionCommands  # they call back into this class

        self._commands = SessionCommands(self)

    # --- the one entry point ---------------------------------------------------------------

    async def handle(self, user_id: int, given: Input, *, update_id: int | None = None,
                     draft_id: str | None = None, replied_to: RepliedTo | None = None,
                     forwarded: bool = False, sent_as: int | None = None,
                     piece: Piece | None = None) -> list[ConversationReply]:
        """Apply one input for one user; inputs of one user are handled one at a time.

        `draft_id` names the draft a button belonged to: a button of another draft is stale.
        `replied_to`: the message typed text was a reply to (see `_replied_earlier`).
        `forwarded`: typed text that is a forwarded message, someone else's words: taken
        only as the words of a written answer (`_forwarded_taken`), never as a yes to "are
        you sure?", a case label, a choice or a reply to a reminder.
        `sent_as`: the chat message that brought typed input (see `_sent_before`).
        `piece`: typed text as a piece of a long paste Telegram split (`bot.pastes`): a later
        part is said not to be saved, and what is asked is asked again; a long one leaves
        its mark for the next, in the same turn.
        """
        # One transaction holding this user's lock in the database: every store call below
        # joins it, so what is read is still true when it commits, in any instance.
        turn: Turn | None = None
        async with self._locks.held(user_id):
            looked = False  # nothing was written but the note that the update was handled
            try:
                async with self._store.turn(user_id, update_id) as unit:
                    key = (user_id, update_id) if update_id is not None else None
                    if key and unit.handled:
                        return []
                    turn = Turn(user_state(unit.session), key, replied_to, forwarded, sent_as)
                    replies = await self._answer(turn, unit.session, given, draft_id, piece)
                    if key is not None and not unit.wrote:
                        # Only shown (a look at /review or /help, an answer refused): noted
                        # as handled too, so that the same update sent again by Telegram (in
                        # this instance or another) is not answered twice. (Set first: the
                        # note fails here on PostgreSQL, which writes it at once, and at the
                        # commit on SQLite.)
                        looked = True
                        await unit.note()
                    if piece is not None and piece.long:  # last: it lets go of what was read
                        await unit.long_text(piece.message_id, piece.sent_at)
            except StorageError as exc:
                if not looked or isinstance(exc, FileGone):
                    raise
                # A database gone read-only (or full) still shows what it holds; one whose
                # file was removed or replaced shows nothing (a look is refused as an
                # answer is, where the turn ends: `storage.store.Store._gone`).
                log.warning("%s (update %s); answered, not noted as handled",
                            " ".join(str(exc).split()), update_id)
        if turn is not None and turn.looked_over:
            await self.over_a_look(user_id)
        return replies

    async def over_a_look(self, user_id: int) -> None:
        """The summary or the documents, shown below the open draft's question: a line typed
        next is not its answer (`UserState.covered`). Noted apart from the look, so that a
        database gone read-only still shows it; a line typed next is then read as before.
        Not while a reminder holds an answer there: the note under the look asks for the
        reply to it, and the reply typed was refused as off the screen."""
        try:
            draft = await self.active(user_id)
            if draft is None or draft.status != "in_progress" or draft.pending is not None:
                return
            await self.turned_aside(user_id, covering=True)
        except StorageError as exc:
            log.warning("%s; a look at the summary not noted over its question",
                        " ".join(str(exc).split()))

    async def _answer(self, turn: Turn, session: Session, given: Input, draft_id: str | None,
                      piece: Piece | None) -> list[ConversationReply]:
        """What one input is answered with, in its turn."""
        if piece is not None and piece.follows(session.long_text):
            return [Notice(SPLIT_REST), *await self._ask_again(turn)]
        if await self._stale(turn, given, draft_id):
            return [Stale()]
        return await self._dispatch(turn, given)

    @asynccontextmanager
    async def _user_turn(self, user_id: int) -> AsyncIterator[Turn]:
        """A turn outside any update (a receipt, a team command's side effect): this user's
        lock held and their conversation read in one store transaction, which every store
        call inside joins and `commit` writes."""
        async with self._locks.held(user_id), self._store.turn(user_id, None) as unit:
            yield Turn(user_state(unit.session), None)

    async def asked_again(self, user_id: int) -> list[ConversationReply]:
        """What the user is being asked, asked again: after something the conversation
        cannot take (a photo, a sticker), which the front end has answered with a note. The
        case label's prompt, the open draft's question, or "are you sure?" asked anew (the
        note came after the old one, which no longer counts: `_typed_to_confirm`); nothing
        when nothing is open."""
        async with self._user_turn(user_id) as turn:
            return await self._ask_again(turn)

    async def undelivered(self, user_id: int) -> list[ConversationReply]:
        """What the user is being asked, when its message never reached them (Telegram
        refused it: a 5xx, flood control, no answer in time): the open draft's question, or
        the case label's prompt, asked again; or the summary at the end of a draft the last
        answer finished. Nothing when it reached them (or they have written since and been
        asked again), when nothing is asked, and for "are you sure?", which is not put to
        anyone out of the blue minutes later."""
        if not self._receipts:
            return []
        async with self._user_turn(user_id) as turn:
            waiting = turn.state.awaiting
            if isinstance(waiting, AwaitLabel):
                return [] if waiting.shown is not None else await self._ask_again(turn)
            if waiting is not None or turn.state.covered is not None:
                return []
            draft = await self.active_of(turn)
            fitted = None if draft is None else self.fit(draft)
            if fitted is None or turn.state.delivered == fitted[1].draft.nonce:
                return []
            flow, now = fitted[0], fitted[1].draft
            if now.status == "completed" and not flow.spec.for_partners:
                # the summary the last answer ended with (a partner's offer to send is
                # `bot.teams`'): its Export button and what comes next, as it was sent
                return [replace(r, final=True) if isinstance(r, SummaryReply) else r
                        for r in self.show(flow, now).replies]
            return await self.current(turn) if now.status == "in_progress" else []

    def ask_label(self, flow: Flow) -> AskLabel:
        """The prompt for a new draft's case label, in this surface's words."""
        return AskLabel(flow.id, flow.title, self.words["label"])

    async def _stale(self, turn: Turn, given: Input, draft_id: str | None) -> bool:
        """True when a button no longer answers what is waiting (typed input never is).

        A confirmation comes only from a button of one "are you sure?" (a typed yes or no is
        Text): it counts only for the one still waiting, with its kind, draft and token."""
        if isinstance(given, Confirmation):
            waiting = turn.state.awaiting
            return not (isinstance(waiting, AwaitConfirm) and bool(given.token)
                        and (given.kind, given.draft_id, given.token)
                        == (waiting.kind, waiting.draft_id, waiting.token))
        if draft_id is not None and draft_id != turn.state.active_draft:
            return True
        nonce = given.nonce if isinstance(given, Pick | Command) else None
        if nonce is None or (isinstance(given, Command) and given.name == "edit"
                             and given.arg.startswith(BY_STEP) and draft_id is not None):
            # an Edit button of an old review names its answer's question: still that one
            return False
        draft = await self.active_of(turn)
        if draft is None:
            return True
        # Against the draft as its flow now stands: a flow changed since the button was shown
        # (a council's new version of a tool) moves the draft on a nonce, and may have put
        # another question where the button's was; the button must not answer that one.
        fitted = self.fit(draft)
        return (fitted[1].draft.nonce if fitted is not None else draft.nonce) != nonce

    async def _dispatch(self, turn: Turn, given: Input) -> list[ConversationReply]:
        if turn.state.team_asked is not None:
            pointed = await self._to_team_question(turn, given)
            if pointed:
                return pointed
        waiting = turn.state.awaiting
        if isinstance(given, Confirmation):
            if isinstance(waiting, AwaitConfirm) and waiting.lapsed():
                await self._let_go(turn)
                return [Notice(self.words["confirm_lapsed"])]
            return await self._commands.confirmed(turn, given.yes)
        if isinstance(given, Command) and spec(given.name).scope == "session":
            return await self._commands.run(given.name, turn, given.arg.strip(), given.chosen)
        if isinstance(given, Command) and given.name == "export":
            # the command to run, with the open draft's label in it ready to copy (it said
            # "sosbot export LABEL", and LABEL was typed as it said)
            draft = await self.active_of(turn)
            how = self.words["export_here"]
            return [Notice(how if draft is None
                           else how.replace("LABEL", shlex.quote(draft.label), 1))]
        if isinstance(given, Command) and given.name in _ABOUT_A_DRAFT and waiting is None:
            # "/summary KT-2" with another draft open showed the open one's summary, and
            # "/continue KT-2" (as the menu's button "Continue KT-2" reads) its question,
            # answered then for the wrong case: KT-2 is opened first, as /resume KT-2 opens it
            other = await self._commands.other_named(turn, given.arg)
            if isinstance(other, list):
                # several drafts named: each button shows that one's summary (or answers), as
                # asked; they were "Continue" buttons, which opened it at its question
                action: Literal["summary", "review", "resume"] = \
                    "summary" if given.name == "summary" \
                    else "review" if given.name == "review" else "resume"
                return [replace(r, action=action) if isinstance(r, Menu) else r
                        for r in other]
            if other is not None:
                opened = await self._commands.open_draft(turn, other)
                turn.draft = None  # the open draft is another one now
                if given.name == "show" or turn.state.active_draft != other:
                    return opened  # opening it shows its question
                return [*opened, *await self._advance(turn, Command(given.name))]
        if isinstance(given, Command) and given.name in WORDLESS and clean_line(given.arg):
            # "/skip don't know", "/back and her aunt has her": acted on, the command moved
            # on and the words were dropped without a word said. Neither is done: what is
            # waiting is asked again. The words are said back as they show (a terminal's
            # escape in them would clear the screen it is said back on, or retitle it).
            words = said_back(clean_line(given.arg))  # in the notice's marks alone
            words = words if len(words) <= QUOTED else \
                start_shown(words, QUOTED - 1).rstrip() + "\u2026"
            name = "use" if given.name == "accept" else given.name  # as the chat offers it
            return [Notice(self.words["command_words"].format(name=name, words=words),
                           "problem"), *await self._ask_again(turn)]
        if turn.forwarded and isinstance(given, Text) and waiting is not None:
            # Someone else's words, forwarded: never the yes to an erasure, nor a case label.
            # What was asked stands, and is asked again.
            why = "forwarded_confirm" if isinstance(waiting, AwaitConfirm) else "forwarded_label"
            return [Notice(self.words[why]), *await self._ask_again(turn)]
        if isinstance(waiting, AwaitLabel) and isinstance(given, Text) \
                and (flow := self.flow(waiting.flow_id)) is not None \
                and self._sent_before_asked(turn, waiting):
            # Written before the label was asked for (an answer to the question on the
            # screen, sent as /new was tapped): not a label, and said back, not kept.
            return [Notice(self.words["label_before"].format(typed=_quoted(given))),
                    self.ask_label(flow)]
        if isinstance(waiting, AwaitLabel) and isinstance(given, Text):
            if self._replied_before_label(turn, waiting):
                # Meant for the earlier question it replies to, as at any question: not the
                # label, and not an answer to that question either (/review changes one).
                return [Notice(self.words["replied_not_label"]), *await self._ask_again(turn)]
            if _asks_help(given.text) and (flow := self.flow(waiting.flow_id)) is not None:
                # "help" or "?", as at the menu of tools a moment before: never a label
                return [Notice(self.words["label_help"]), self.ask_label(flow)]
            # "what is a harm matrix?" just after picking it: what it is is told, not only
            # what a case label is (a newcomer's question, as at the menu of tools)
            told = glossary.meaning(given.text, self._flows.values())
            if (told is not None or _QUESTION.fullmatch(given.text.strip())) \
                    and (flow := self.flow(waiting.flow_id)) is not None:
                # "how do I get out?" or "what's a case label?": a question, never a label
                # (it headed a new draft, "Started "how do i get out?": Harm Matrix")
                question = self.words["label_asked"].format(typed=_quoted(given))
                return [Notice(question + " " + (told or self.words["label_help"]), "problem"),
                        self.ask_label(flow)]
            if waiting.named != _A_REPLY and (doubt := self._label_doubt(given)) is not None \
                    and (flow := self.flow(waiting.flow_id)) is not None:
                # "yes" typed to a question shown since (a team's "Hand "KB-7" to Priya?"), or
                # "resume" typed for the command as the menu names it: each started a draft
                # so labelled. Asked about, not used (sent again, it is the label).
                turn.state.awaiting = replace(waiting, named=_A_REPLY)
                await self.commit(turn)
                return [Notice(doubt, "problem"), self.ask_label(flow)]
            if (tool := self.tool_typed(given.text)) is not None \
                    and not tool.spec.for_partners and tool.id != waiting.named \
                    and (flow := self.flow(waiting.flow_id)) is not None:
                # "three houses" at the harm matrix's label prompt: a change of mind, more
                # likely than a label; asked about, not used (sent again, it is the label)
                turn.state.awaiting = replace(waiting, named=tool.id)
                await self.commit(turn)
                # (its own name again, as if the tool had not started: no other to start)
                why = "label_this_tool" if tool.id == flow.id else "label_tool"
                not_used = self.words[why].format(typed=_quoted(given), tool=tool.id,
                                                   title=tool.title)
                return [Notice(not_used, "problem"), self.ask_label(flow)]
            return await self._commands.label(turn, waiting.flow_id, given.text)
        if isinstance(waiting, AwaitLabel) and (flow := self.flow(waiting.flow_id)) is not None:
            # A button or command for the old draft's question would answer or move it while
            # the label prompt is on the screen; the label's own text would then land in
            # that draft. The prompt stands until a label (or a session command) comes.
            asked = isinstance(given, Command) and given.name == "help"
            return [Notice(self.words["label_help" if asked else "label_first"]),
                    self.ask_label(flow)]
        if isinstance(waiting, AwaitConfirm) and isinstance(given, Text):
            return await self._typed_to_confirm(turn, waiting, given)
        if isinstance(waiting, AwaitConfirm):
            # A button or command for the draft's question: the question is dropped, and said
            # to be, so that a "yes" typed next is read as the answer it then is; nothing is
            # erased, and the input is what it would have been without the question.
            said = Notice(self.words["confirm_lapsed" if waiting.lapsed() else "confirm_dropped"])
            replies = await self._advance(turn, given)
            if turn.state.awaiting is not None:  # not cleared there (no draft open)
                await self._let_go(turn)
            return [said, *replies]
        return await self._advance(turn, given)

    def _label_doubt(self, given: Text) -> str | None:
        """What to ask of a line typed for a case label that reads as a reply to a question
        ("yes", "send") or names a command without its slash ("resume"); None for any other."""
        if _reads_as_reply(given.text):
            return self.words["label_reply"].format(typed=_quoted(given))
        if command := _named_command(given.text):
            return self.words["label_command"].format(typed=_quoted(given), command=command)
        return None

    async def _to_team_question(self, turn: Turn, given: Input) -> list[ConversationReply]:
        """A yes or no typed under a team's yes-or-no question with buttons, shown last and
        standing ("Hand "KB-7" to Priya?", "Remove Sam?"): pointed to its buttons, which
        alone hand over or remove; nothing saved. It was saved as the open draft's answer
        ("yes" to "What worries you?"). Anything else lets that question go (its buttons
        still work while they stand), and is what it would have been."""
        state = turn.state
        if isinstance(given, Text) and not turn.forwarded and state.team_asked is not None \
                and state.team_standing(time.time()) and yes_or_no(given.text) is not None:
            pointer = await self.team_pointer(state.team_asked, await self.active_of(turn))
            if pointer is not None:
                return [Notice(pointer, "problem")]
        state.team_asked = None
        await self.commit(turn)
        return []

    async def team_pointer(self, asked: TeamAsked, draft: Draft | None) -> str | None:
        """What to tap to answer a team's yes-or-no question (`bot.teams`), in a line, with
        the draft open now; None when there is nothing left to point to (without teams,
        always)."""
        return None

    async def _typed_to_confirm(self, turn: Turn, waiting: AwaitConfirm, given: Text
                                ) -> list[ConversationReply]:
        """Typing while "are you sure?" waits. A yes or no (in the words people use: "yeah",
        "ok do it", "no thanks") answers it, if it is a reply to the prompt the person saw
        last, within the time it stands. Anything else is not saved as an answer: the
        question is asked again, saying so."""
        said = yes_or_no(given.text)
        aside = "confirm_before" if self._sent_before_asked(turn, waiting) else \
            "confirm_elsewhere" if self._replied_elsewhere(turn, waiting) else None
        if said is not None and aside is not None:
            # A yes or no sent before "are you sure?" reached the user (typed for the question
            # on the screen as /delete was tapped by mistake, say), or replying to another
            # message (even the question asked now): it may have been meant for either, so
            # it is neither the erasure's yes nor saved as an answer. Both are said, and the
            # question is asked again.
            await self._let_go(turn)
            not_taken = self.words[aside].format(typed=_quoted(given))
            again = await self.current(turn)
            if again:
                not_taken += " " + self.words["confirm_elsewhere_asked"]
            return [Notice(not_taken), *again]
        if waiting.lapsed():
            await self._let_go(turn)
            if said is not None:
                # Too late to be this question's reply, and no answer one can be sure of.
                return [Notice(self.words["confirm_lapsed"]), *await self.current(turn)]
            return [Notice(self.words["confirm_lapsed"]), *await self._advance(turn, given)]
        if said is not None and self._receipts and waiting.shown is None:
            # The prompt never reached the person (its message failed): this is no reply to
            # it. It is asked again, to be seen this time.
            return [Notice(self.words["confirm_unseen"]), *await self._ask_again(turn)]
        if said is not None:
            return await self._commands.confirmed(turn, said)
        # a "problem": piped into the terminal chat, the lines after it stop there, as after
        # any line not taken, rather than each be turned down here in turn
        typed = _quoted(given)
        refused = self.words["confirm_again"].format(typed=typed) if typed \
            else self.words["confirm_blank"]  # a Braille blank or a filler alone: no `""`
        return [Notice(refused, "problem"),
                *await self._ask_again(turn)]

    async def open_named(self, user_id: int, words: str) -> list[ConversationReply]:
        """For "/export KT-2": the draft the words name made the open one, as /resume KT-2
        makes it, and what that says; the drafts to choose from when they name several;
        nothing when they name the open draft or none (the open draft is exported, as
        without the words: "/export word"). While a label or a yes or no is awaited, another
        draft is not opened, and its documents are not sent: the open draft's went instead
        (an Export button under KB-12's summary sent KB-13's), so that is said, and what is
        awaited asked again."""
        async with self._user_turn(user_id) as turn:
            other = await self._commands.other_named(turn, words)
            if other is None or isinstance(other, list):
                return other or []
            if turn.state.awaiting is not None:
                return [Notice(self.words["export_waiting"], "problem"),
                        *await self._ask_again(turn)]
            return await self._commands.open_draft(turn, other)

    async def _ask_again(self, turn: Turn) -> list[ConversationReply]:
        """What is awaited (a case label, a yes or no), asked again as a new message: the
        one to answer is then the newest, and a yes or no answers that one."""
        waiting = turn.state.awaiting
        if isinstance(waiting, AwaitLabel):
            flow = self.flow(waiting.flow_id)
            return [] if flow is None else [self.ask_label(flow)]
        if isinstance(waiting, AwaitConfirm):
            return await self._commands.ask_confirm_again(turn, waiting)
        return await self.current(turn)

    def _replied_before_label(self, turn: Turn, waiting: AwaitLabel) -> bool:
        """True when text typed for the case label is a Telegram reply to a message older
        than the label prompt (an earlier question, an answer): it is that message's, as a
        reply to an earlier question is everywhere else (`_replied_earlier`)."""
        replied = turn.replied_to
        if replied is None:
            return False
        if replied.nonce is not None or replied.token is not None:
            return True  # a question's or an "are you sure?"'s own buttons
        if waiting.shown is not None:
            return replied.message_id < waiting.shown
        shown_in = turn.state.question_message
        return shown_in is not None and replied.message_id <= shown_in

    async def prompted(self, user_id: int, message_id: int) -> None:
        """The front end showed the case label prompt or "are you sure?" now awaited, in its
        message `message_id` (0 in a terminal, which has none): a typed yes or no answers
        only a prompt reported shown, and a reply is read against that message."""
        if not self._receipts:
            return
        async with self._user_turn(user_id) as turn:
            waiting = turn.state.awaiting
            if waiting is not None and waiting.shown is None:
                turn.state.awaiting = replace(waiting, shown=message_id)
                await self.commit(turn)

    async def pending(self, user_id: int) -> UserState:
        """The user's stored state, read outside a turn: what they were last asked beside
        the open draft's question (`UserState.withdraw_asked`, `offer_owed`)."""
        return user_state(await self._store.session(user_id))

    async def note_pending(self, user_id: int, *, withdraw_asked: float | bool | None = None,
                           offer_owed: bool | None = None) -> None:
        """Record what a partner was asked (`withdraw_asked`: when, or False: answered), or
        is owed, beside the conversation (`None`: left as it is), in the database, where any
        instance taking their next update reads it; written only when it changes."""
        async with self._user_turn(user_id) as turn:
            state = turn.state
            before = (state.withdraw_asked, state.offer_owed)
            if withdraw_asked is not None:
                state.withdraw_asked = None if withdraw_asked is False else float(withdraw_asked)
            if offer_owed is not None:
                state.offer_owed = offer_owed
            if (state.withdraw_asked, state.offer_owed) != before:
                await self.commit(turn)

    async def part_shown(self, user_id: int, draft_id: str, nonce: int, parts: int) -> None:
        """The first `parts` messages of the summary at the end of that draft (at that
        nonce) reached the phone: kept in the database, so that whichever instance sends
        the rest (`bot.redelivery`) goes on from there."""
        if not self._receipts:
            return
        async with self._user_turn(user_id) as turn:
            turn.state.parts_shown = (draft_id, nonce, parts)
            await self.commit(turn)

    async def parts_shown(self, user_id: int, draft_id: str, nonce: int) -> int:
        """How many messages of that draft's summary at the end (at that nonce) reached the
        phone before Telegram refused one (`part_shown`)."""
        shown = user_state(await self._store.session(user_id)).parts_shown
        return shown[2] if shown is not None and shown[:2] == (draft_id, nonce) else 0

    async def let_go_of_delete(self, user_id: int) -> None:
        """/delete's "are you sure?" answered by another of its buttons (a member's part
        withdrawn alone): a "yes" typed after it erases nothing."""
        async with self._user_turn(user_id) as turn:
            waiting = turn.state.awaiting
            if isinstance(waiting, AwaitConfirm) and waiting.kind == "delete":
                await self._let_go(turn)

    async def turned_aside(self, user_id: int, asking: TeamAsked | None = None, *,
                           covering: bool = False) -> str | None:
        """The person turned to something the conversation does not see (a team command or
        button, an invite link): "are you sure?" (discard, erase everything) or the new
        draft's case label, if awaited, is let go, as at any command of the conversation's,
        and what to say of it returned (None: nothing was waiting). A "yes" typed next, to
        "Hand "KB-7" to Priya?" say, erased everything, or headed a new draft "yes".
        `asking`: the team's yes-or-no question shown now, if any (`UserState.team_asked`),
        in place of the one shown before. `covering`: what is shown goes below the open
        draft's question, as a menu does (`UserState.covered`): a line typed next is not
        saved to it ("Priya" under /handover's list was KB-7's answer to "What worries
        you?")."""
        state = await self.pending(user_id)
        covers = covering and _newly_covered(state)
        if state.awaiting is None and state.team_asked == asking and not covers:
            return None  # (read only: a team button writes nothing here when nothing waits)
        async with self._user_turn(user_id) as turn:
            state = turn.state
            waiting = state.awaiting
            said = "confirm_dropped" if isinstance(waiting, AwaitConfirm) \
                else "label_dropped" if isinstance(waiting, AwaitLabel) else None
            covers = covering and _newly_covered(state)  # again: it may have changed
            if said is None and state.team_asked == asking and not covers:
                return None
            state.awaiting = None
            state.team_asked = asking
            if covers:
                state.covered = state.active_draft
            await self.commit(turn)
            return None if said is None else self.words[said]

    async def team_answered(self, user_id: int) -> None:
        """A team's yes-or-no question answered by a button that lets nothing else go (a
        partner's link's "No", `bot.teams`): a "yes" typed next is no longer pointed to it."""
        if (await self.pending(user_id)).team_asked is None:
            return
        async with self._user_turn(user_id) as turn:
            turn.state.team_asked = None
            await self.commit(turn)

    async def _let_go(self, turn: Turn) -> None:
        """Stop waiting for the label or the yes or no, and save that."""
        turn.state.awaiting = None
        await self.commit(turn)

    # --- the active draft ---------------------------------------------------------------

    def show(self, flow: Flow, draft: Draft) -> engine.Outcome:
        """A draft's current question asked again, any reminder in its own words."""
        return engine.show(flow, draft, nudger=self._nudger)

    async def current(self, turn: Turn) -> list[ConversationReply]:
        """The open draft's question, shown again (nothing when none is open)."""
        draft = await self.active_of(turn)
        fitted = None if draft is None else self.fit(draft)
        if fitted is None:
            return []
        if turn.state.covered is not None:
            # on the screen again (/cancel at a new tool's label, "No" to discarding it, a
            # photo's note): the line typed next answers it
            turn.state.covered = None
            await self.commit(turn)
        return list(self.show(fitted[0], fitted[1].draft).replies)

    def meaning(self, asked: str) -> str | None:
        """What a word of the tools asked about means ("what is a danger statement?"), told
        plainly; None when the line asks of nothing known."""
        return glossary.meaning(asked, self._flows.values())

    async def active_of(self, turn: Turn) -> Draft | None:
        """The open draft of this input's user (loaded once per input)."""
        if turn.draft is None and turn.state.active_draft:
            turn.draft = await self._store.load_draft(turn.state.user_id,
                                                      turn.state.active_draft)
        return turn.draft

    async def _advance(self, turn: Turn, given: Input) -> list[ConversationReply]:
        draft = await self.active_of(turn)
        asks_help = (isinstance(given, Command) and given.name == "help") \
            or (isinstance(given, Text) and _asks_help(given.text))
        asked = given.text if isinstance(given, Text) else \
            given.arg if isinstance(given, Command) and given.name == "help" else ""
        if draft is None and asked \
                and (told := glossary.meaning(asked, self._flows.values())) is not None:
            # "what is a danger statement?", "how long does this take?": a newcomer's
            # question under the menu of tools, told plainly (it was "You have no draft open")
            return [Notice(told + "\n\n" + self.words["help_no_draft"], "help")]
        if draft is None and asks_help:
            # a newcomer, after /start: "help" or "?" typed under the menu of tools, as the
            # terminal chat reads it there
            return [Notice(self.words["help_no_draft"], "help")]
        if draft is None:
            handed, turn.state.handed = turn.state.handed, None
            if handed is not None and isinstance(given, Text) \
                    and 0 <= time.time() - handed <= HANDED_SAID_S:
                # the first line since, for the question on the screen: a colleague's now;
                # a tool's name ("harm matrix") starts that tool, as under the menu, said
                # with a word of the case handed over ("Supervision" may be an option's words)
                tool = self.tool_typed(given.text)
                if tool is not None and not tool.spec.for_partners \
                        and not self._an_option(given.text):
                    started = await self._commands.run("new", turn, tool.id)
                    return [Notice(self.words["handed_tool"].format(title=tool.title)),
                            *started]
                await self.commit(turn)
                said = self.words["no_draft_handed"]
                if tool is not None and not tool.spec.for_partners:  # both: asked
                    said += " " + self.words["handed_tool_ask"].format(title=tool.title,
                                                                       tool=tool.id)
                return [Notice(said)]
        menu = draft is None or (turn.state.covered == draft.id and draft.flow_id in self._flows
                                 and not self._flows[draft.flow_id].spec.for_partners)
        named = self.tool_typed(given.text) if menu and isinstance(given, Text) else None
        if named is not None and not named.spec.for_partners:
            # "harm matrix" typed under the menu of tools (or after /delete): that tool
            # started, as "/new harm matrix" starts it, not "You have no draft open"; and
            # under /new's menu with a draft open, as its button would, not "I haven't saved
            # what you just sent" about the draft's question
            return await self._commands.run("new", turn, named.id)
        if draft is None:
            # After /delete (or a first "hi"), no /resume: there is nothing to pick up.
            kept = await self.drafts(turn.state.user_id, status=None)
            return [Notice(self.words["no_draft" if kept else "no_draft_saved"])]
        fitted = self.fit(draft)
        if fitted is None:
            return [Notice(self.words["gone_flow"], "problem")]
        flow, outcome = fitted
        covered = turn.state.covered == draft.id
        on = flow.step(outcome.draft.current) if outcome.draft.current else None
        if covered and isinstance(given, Text) and _asks_help(given.text) \
                and (on is None or on.spec.voice != "child"):
            # "help" typed below a menu: /help, as the terminal reads it at its menu (not
            # where a child's own words are asked for: "help me" may be theirs, held to keep)
            given = Command("help")
        if covered and self._typed(given) and outcome.draft.status == "in_progress":
            # Typed below a menu (/start, back after a month): not written to the question,
            # which is off the screen; it is shown again, and nothing is saved unasked. A
            # line of words is held, so that one tap keeps it as the answer (`_keep`) rather
            # than it having to be typed again; typed instead, another line is the answer.
            # (Not at the terminal, where a piped chat keeps every reminder's answer.)
            turn.state.covered = None
            again = self.show(flow, outcome.draft)
            step = flow.step(again.draft.current) if again.draft.current else None
            if self.surface == "terminal" or not isinstance(given, Text) \
                    or again.draft.pending is not None or step is None \
                    or step.kind.widget not in ("text", "items") or not clean(given.text) \
                    or (step.spec.voice != "child" and (is_greeting(given.text)
                                                        or said_to_the_bot(given.text))):
                # (a hello, back hours later to the summary on the screen, or a "back" or
                # "ok" after a look at it: no answer to keep)
                await self.commit(turn)
                return [Notice(self.words["covered"].format(label=draft.label)),
                        *again.replies]
            again.draft.pending = Pending(step.id, COVERED, clean(given.text))
            ask_about_held(again, step, self._nudger, flow)
            await self.commit(turn, again, draft, force=True)
            return [Notice(self.words["covered_held"].format(label=draft.label)),
                    *again.replies]
        if outcome.draft.pending is not None and outcome.draft.pending.kind == COVERED \
                and not (isinstance(given, Command) and given.name in _LEAVE_HELD):
            # A line typed below a menu and not kept: whatever comes next, it is let go (not
            # for a look at /help or /review first, a /pause or /show: its button still
            # offers to keep it).
            outcome.draft.pending = None
        if self._unseen(turn, outcome.draft, given):
            # Not taken: it may answer the question below (which reached the user though the
            # send seemed to fail) or be the previous answer sent again (the question never
            # came); nothing tells the two apart, so the user is asked, and told it is unsaved.
            # Noted as handled: a database that cannot take the question's receipt (gone
            # read-only, full) fails here, as the answer would, rather than ask for the
            # answer again and again without a word of why.
            await self.commit(turn)
            shown = self.show(flow, outcome.draft).replies
            return [Notice(self.words["not_delivered"]), *shown]
        if await self._sent_before(turn, flow, outcome.draft, given):
            # Written before the question asked now reached the user (the rest of the
            # previous answer, sent as a second message; a second device): not its answer.
            said = "sent_before" if isinstance(given, Text) else "sent_before_command"
            return [Notice(self.words[said].format(typed=_quoted(given))),
                    *self.show(flow, outcome.draft).replies]
        if self._replied_earlier(turn, outcome.draft, given):
            # Meant for the earlier question (or answer) it replies to, not the one asked now.
            return [Notice(self.words["replied_earlier"]), *self.show(flow,
                                                                      outcome.draft).replies]
        # "sorry lunch duty" typed today, as yesterday at this question: a note again, not
        # yesterday's sent again to insist it is the answer (saved, so that sent again now
        # it is insisted on)
        lapsed = isinstance(given, Text) and self.lapse_old_notes(outcome.draft)
        before = outcome.draft
        # A choice's options are numbered at the terminal, buttons without numbers in
        # Telegram: a number typed there is not read as an option's position.
        opened = turn.state.opened is not None
        outcome = engine.advance(flow, before, given, nudger=self._nudger,
                                 numbered=self.surface == "terminal",
                                 opened=turn.state.opened == before.id)
        turn.state.opened = None  # something typed or pressed to it since
        if before.status == "completed" and outcome.draft.status == "in_progress" \
                and len(unfinished := await self.drafts(turn.state.user_id)) >= MAX_UNFINISHED:
            # reopened by an edit, past the most anyone keeps: it stays finished
            await self.commit(turn)
            return [Notice(TOO_MANY_TO_REOPEN.format(n=len(unfinished), label=before.label),
                           "problem")]
        if turn.forwarded and isinstance(given, Text) \
                and not _forwarded_taken(flow, before, outcome, clean(given.text)):
            # A forwarded message read as anything but the words of a written answer (a
            # choice, a yes, "ok" to a reminder, "done" or "skip"): not saved, said so.
            return [Notice(self.words["forwarded_answer"]), *self.show(flow, before).replies]
        outcome.changed |= fitted[1].changed
        # Only what shows the question again uncovers it: /help's prompts and /review's list
        # leave it off the screen, and a line typed after them is still not its answer.
        uncovered = turn.state.covered is not None and not (
            covered and all(isinstance(r, Notice | Review) for r in outcome.replies))
        cleared = turn.state.awaiting is not None or uncovered
        turn.state.awaiting = None
        if uncovered:
            turn.state.covered = None
        # The summary below the question: a line typed next was saved to that question, far
        # above ("My view as team manager: ...", typed under the summary, stood as the worst
        # harm), so it is kept back as under a menu, once this look is answered (`handle`).
        # (The terminal chat says so itself, where someone is there to type: lines piped in
        # after a /summary are still the next questions' answers.)
        turn.looked_over = self.surface != "terminal" and _looked_over(given, outcome)
        if isinstance(given, Command) and given.name == "pause" and self._receipts \
                and outcome.draft.status == "in_progress" \
                and turn.state.delivered != outcome.draft.nonce:
            # /pause while the question never reached the phone (Telegram refused it): it is
            # off the screen, as below a menu, so it is not sent again out of the blue
            # (`undelivered`), minutes after "Saved"; /resume or /show asks it
            turn.state.covered, cleared = draft.id, True
        await self.commit(turn, outcome, draft, force=cleared or lapsed or opened)
        return [self._where_shown(turn.state, reply) for reply in outcome.replies]

    @staticmethod
    def _where_shown(state: UserState, reply: ConversationReply) -> ConversationReply:
        """An answer, with the message that showed its question when that one reached the user."""
        if isinstance(reply, Answered) and reply.nonce == state.delivered \
                and state.question_message is not None:
            return reply.shown_in(state.question_message)
        return reply

    @staticmethod
    def _typed(given: Input) -> bool:
        """Typed words, or a command typed that answers the question (/skip, /done...)."""
        return isinstance(given, Text) or (
            isinstance(given, Command) and given.nonce is None and given.name in ANSWERING)

    def _unseen(self, turn: Turn, draft: Draft, given: Input) -> bool:
        """True when typing would answer a question that never reached the user."""
        return (self._receipts and self._typed(given) and draft.status == "in_progress"
                and turn.state.delivered != draft.nonce)

    async def _sent_before(self, turn: Turn, flow: Flow, draft: Draft, given: Input) -> bool:
        """True when typing sent before the question asked now first reached the user would
        be taken as its answer without a word: in a chat, message ids only grow, so a
        message older than the first one showing the question was written before it was
        read (the second half of the previous answer, sent as a second message). A question
        that takes any words (a written answer, a list) would file it there, under a
        question the practitioner never saw; a choice or a number takes only what fits it
        (an answer typed ahead, knowing the tool), and says so when nothing does. A /skip or
        /done sent ahead (the menu tapped twice) would pass a question unread. A copy of the
        same question shown again (a list's next item, the question after a photo) does not
        count: the question was on the screen already."""
        if not (self._receipts and turn.sent_as is not None and draft.current is not None
                and turn.state.delivered == draft.nonce):
            return False
        asked_in = turn.state.asked_in  # of the question delivered: this one (above)
        if asked_in is None or turn.sent_as >= asked_in:
            # Most messages: written with the question on the screen. Asked first, so that
            # the look for the answer before sent again (the engine's, at every written
            # answer) is not made here as well for nothing.
            return False
        if isinstance(given, Text):
            step = flow.step(draft.current)
            if step.kind.widget not in ("text", "items"):
                return False
            # the answer before, sent twice: the engine says so
            return not repeats_answer_before(flow, draft, step, clean(given.text))
        return isinstance(given, Command) and given.nonce is None and given.name in ANSWERING

    @staticmethod
    def _sent_before_asked(turn: Turn, waiting: AwaitConfirm | AwaitLabel) -> bool:
        """True when typing was sent before the prompt it would answer ("are you sure?",
        the case label's) reached the user: its message is older than the prompt's (message
        ids only grow in a chat), so it was written without that prompt on the screen."""
        return turn.sent_as is not None and waiting.shown is not None \
            and turn.sent_as < waiting.shown

    @staticmethod
    def _replied_elsewhere(turn: Turn, waiting: AwaitConfirm) -> bool:
        """True when a typed yes or no is a reply to some other message than the "are you
        sure?" (a question, an earlier answer, another such prompt): it answers that one,
        never the erasure waiting now."""
        replied, shown_in = turn.replied_to, turn.state.question_message
        if replied is None:
            return False
        if replied.token is not None or replied.nonce is not None:
            return replied.token != waiting.token
        return shown_in is not None and replied.message_id <= shown_in

    @staticmethod
    def _replied_earlier(turn: Turn, draft: Draft, given: Input) -> bool:
        """True when typed text replies to a message older than the one showing the question
        asked now (an earlier question, or an earlier answer): a practitioner who replies to
        question 5 means question 5, and it must not become the answer to question 6. A
        reply to a copy of the question asked now (its buttons carry its nonce), or to
        anything since it was shown (a reminder, the help), is an answer as usual."""
        replied, shown_in = turn.replied_to, turn.state.question_message
        if replied is None or shown_in is None or not isinstance(given, Text) \
                or draft.status != "in_progress":
            return False
        if (replied.draft_id, replied.nonce) == (draft.id, draft.nonce):
            return False
        return replied.message_id < shown_in

    async def handed_away(self, user_id: int, handovers: tuple[Handover, ...],
                          wanted: str | None) -> str | None:
        """What to say to /resume of a label the user handed to a colleague: nothing without
        a team to hand drafts to (`bot.teams.conversation`)."""
        return None

    async def handed_draft(self, user_id: int, draft_id: str) -> str | None:
        """What to say to a button of `draft_id` (an old summary's Export) when the user has
        handed that draft to a colleague: to whom and when; None when they have not."""
        handovers = tuple(h for h in user_state(await self._store.session(user_id)).handovers
                          if h[1] == draft_id)
        return await self.handed_away(user_id, handovers, None) if handovers else None

    def fit(self, draft: Draft) -> tuple[Flow, Outcome] | None:
        """A draft with its flow, fitted to the flow's current version (None: tool gone)."""
        flow = self._flows.get(draft.flow_id)
        return None if flow is None else (flow, engine.reconcile(flow, draft))

    @staticmethod
    def lapse_old_notes(draft: Draft) -> bool:
        """Forget the notes of having to stop or of being away that `draft` holds back, when
        it was last changed long ago (`NOTE_LAPSES`): sent again now, each is a new note, not
        the answer insisted on. True when there were any to forget."""
        return time.time() - draft.updated_at > NOTE_LAPSES and lapse_held_notes(draft)

    async def commit(self, turn: Turn, outcome: Outcome | None = None,
                     before: Draft | None = None, *, force: bool = False,
                     new: bool = False, caps: tuple[int, int] | None = None) -> None:
        """Save what one input changed (draft, answers, session, update id) in one go.

        When the update was handled already (a re-delivery), nothing is written and the
        replies are dropped, so the user is not answered twice. `caps`: see `Store.save`.
        """
        session = turn.state.stored()
        if outcome is None:
            await self._store.save_session(session, update=turn.key)
            return
        after = outcome.draft
        moved = before is None or (after.state() != before.state()
                                   or after.status != before.status
                                   or after.flow_version != before.flow_version)
        if not (force or new or outcome.changed or moved):
            return
        saved = await self._store.save(after, outcome.changed, update=turn.key, new=new,
                                       session=session if force or new else None, caps=caps)
        if not saved:
            outcome.replies.clear()

    async def delivered(self, user_id: int, draft_id: str, nonce: int,
                        message_id: int | None = None) -> None:
        """The front end showed the question (or nudge) with this nonce to the user, in its
        message `message_id` when it has one. One statement, kept in the database so that
        whichever instance takes the user's next update knows (`Store.shown`)."""
        if self._receipts:
            # the terminal waits, to say in a line of its own when it cannot be noted
            await self._store.shown(user_id, draft_id, nonce, message_id,
                                    wait=self.surface == "terminal")

    # --- what front ends may ask --------------------------------------------------------

    async def active(self, user_id: int) -> Draft | None:
        """The user's open draft, if any."""
        return await self.active_of(Turn(user_state(await self._store.session(user_id)),
                                            None))

    async def held_out(self, user_id: int, these: str) -> str | None:
        """What to say under the open draft's summary (`these`: "these documents") while a
        reminder holds an answer back from it; None when nothing is held (nor what a tool
        updated since no longer asks for there: let go, not waiting, `engine.settle`)."""
        draft = await self.active(user_id)
        flow = self._flows.get(draft.flow_id) if draft else None
        return None if flow is None or draft is None \
            else held_out(flow, engine.settle(flow, draft).draft, these)

    async def settle_held(self, user_id: int) -> str | None:
        """Let go of what a reminder held in the open draft at a question its tool, updated
        since, no longer asks there, and save the draft so (`engine.settle`): what to tell
        the user of it, or None when nothing was. Kept until their next input, it refused a
        /handover sent first for an answer they could no longer give."""
        async with self._locks.held(user_id), self._store.turn(user_id, None) as unit:
            draft = await unit.active()
            flow = self._flows.get(draft.flow_id) if draft is not None else None
            if flow is None or draft is None or draft.pending is None:
                return None
            settled = engine.settle(flow, draft)
            if settled.draft.pending is not None or not settled.replies:
                return None
            await unit.save(settled.draft, settled.changed)
        return " ".join(r.text for r in settled.replies if isinstance(r, Notice))

    async def asked_in(self, user_id: int) -> int | None:
        """The chat message that first showed the open draft's question delivered last."""
        return user_state(await self._store.session(user_id)).asked_in

    async def confirming(self, user_id: int) -> bool:
        """Whether "are you sure?" is waiting for the user's yes or no."""
        return isinstance(user_state(await self._store.session(user_id)).awaiting, AwaitConfirm)

    async def prompting(self, user_id: int) -> bool:
        """Whether a case label or a yes or no is awaited (asked again or not, after a look
        at /privacy, say): what is typed answers that, not the open draft's question."""
        return user_state(await self._store.session(user_id)).awaiting is not None

    async def drafts(self, user_id: int, status: Status | None = "in_progress"
                     ) -> list[DraftInfo]:
        """The user's drafts with this status (None: all of them), newest first."""
        return await self._store.list_drafts(user_id, status=status)

    async def load(self, user_id: int, draft_id: str) -> Draft | None:
        """One of the user's drafts, as saved."""
        return await self._store.load_draft(user_id, draft_id)

    async def summary(self, user_id: int) -> Summary | None:
        """The summary of the user's open draft, or None when no draft is open."""
        draft = await self.active(user_id)
        flow = self._flows.get(draft.flow_id) if draft else None
        return None if flow is None or draft is None else engine.summary(flow, draft)

    async def next_question(self, user_id: int, draft_id: str) -> str | None:
        """The question a draft would ask next, without changing anything."""
        draft = await self._store.load_draft(user_id, draft_id)
        fitted = self.fit(draft) if draft else None
        if fitted is None:
            return None
        shown = self.show(fitted[0], fitted[1].draft).replies
        return next((r.ask for r in shown if isinstance(r, Question)), None)

    def has_flow(self, flow_id: str) -> bool:
        return flow_id in self._flows

    def flow(self, flow_id: str) -> Flow | None:
        return self._flows.get(flow_id)

    def flow_named(self, typed: str) -> Flow | None:
        """The tool a person typed: its id in any casing, with spaces or hyphens for its
        underscores ("Three Houses", "THREE-HOUSES"), or its title ("harm matrix")."""
        wanted = as_typed(typed)
        return next((f for f in self._flows.values()
                     if wanted in (f.id.replace("_", " ").casefold(), f.title.casefold())),
                    None)

    def tool_typed(self, typed: str) -> Flow | None:
        """The tool `typed` names, by its name (`flow_named`) or by its name's words
        (`tool_by_words`)."""
        return self.flow_named(typed) or self.tool_by_words(typed)

    def tool_meant(self, typed: str) -> tuple[Flow, str] | None:
        """The one tool (not a partner's) whose name the first words typed are a slip of
        ("mapings", "harm matirx", "three houes"), and what was typed after them; None when
        none is near, or several are."""
        words = typed.split()
        for cut in (2, 1):
            said = as_typed(" ".join(words[:cut]))
            near = {f.id: f for f in self._flows.values() if not f.spec.for_partners and any(
                SequenceMatcher(None, said, name).ratio() >= _SLIP_NEAR
                for name in (f.id.replace("_", " "), f.title.casefold()))}
            if len(near) == 1 and len(words) >= cut:
                return next(iter(near.values())), " ".join(words[cut:])
        return None

    def tool_by_words(self, typed: str) -> Flow | None:
        """The one tool whose name holds every word typed, as the terminal's menu reads a
        tool's name ("contextual mapping", "group supervision", "pre-referral"); None when
        none or several do, or one word is typed (an answer's "safety" or "my" is no tool).
        ("/new contextual mapping" started the contextual tool labelled "mapping"; "/new
        group supervision" was told there was no such tool.)"""
        said = _TOOL_WORD.findall(as_typed(typed))
        fits = [choice.id for choice in self.flow_choices() if len(said) > 1 and set(said) <= set(
            _TOOL_WORD.findall(f"{choice.title} {choice.id.replace('_', ' ')}".casefold()))]
        return self.flow(fits[0]) if len(fits) == 1 else None

    def _an_option(self, typed: str) -> bool:
        """Whether `typed` is an option's words in any tool ("Supervision"), as `flow_named`
        reads a tool's name: the set of them made once."""
        if self._options is None:
            self._options = frozenset(
                " ".join(str(c.label).split()).casefold() for f in self._flows.values()
                for step in f.steps for c in step.spec.choices)
        return " ".join(typed.split()).casefold().rstrip(".!") in self._options

    def flow_titles(self) -> dict[str, str]:
        return {f.id: f.title for f in self._flows.values()}

    def flow_choices(self) -> tuple[FlowChoice, ...]:
        """The tools on offer, in menu order."""
        return tuple(FlowChoice(f.id, f.title, f.spec.description, f.spec.minutes)
                     for f in self._flows.values() if not f.spec.for_partners)

    async def reminders_due(self, settings: RetentionSettings, now: float
                            ) -> list[tuple[Reminder, str]]:
        """Drafts erased within a day whose owners have not been told, with their tool's title."""
        due = await retention.due_reminders(self._store, settings, now)
        return [(r, self._flows[r.flow_id].title if r.flow_id in self._flows else r.flow_id)
                for r in due]

    @property
    def store(self) -> Store:
        """The store, for bot/teams (which extends the conversation with its own tables).

        Front ends use the methods above instead."""
        return self._store

    @property
    def flows(self) -> Mapping[str, Flow]:
        """Every loaded flow, for bot/teams (partners answer a flow of their own)."""
        return self._flows

    async def mark_reminded(self, reminded: list[Reminder], now: float) -> None:
        """Record that these reminders were sent, so each draft is reminded once."""
        await retention.mark_reminded(self._store, reminded, now)

    async def purge(self, settings: RetentionSettings, now: float) -> PurgeReport:
        """Erase whatever is past its retention period."""
        return await retention.purge(self._store, settings, now)

    def nudges(self, kind: str, text: str) -> str | None:
        """The label check (privacy) on a case label."""
        return self._label_check(kind, text)

    def retention(self) -> tuple[int, int]:
        """Days an untouched draft, and a finished one, are kept."""
        return self._retention

    async def erase_draft(self, user_id: int, draft_id: str) -> None:
        await self._store.delete_draft(user_id, draft_id)

    async def delete_choices(self, user_id: int) -> tuple[tuple[str, str], ...]:
        """Buttons offered beside /delete's yes and no (`Confirm.also`): none here."""
        return ()

    async def delete_question(self, user_id: int) -> str:
        """What /delete asks before it erases everything about the user."""
        return self.words["delete_q"]

    async def discard_question(self, user_id: int, draft: Draft) -> str:
        """What /cancel (or /delete LABEL) asks before it erases one draft."""
        return self.words["cancel_q"].format(label=draft.label)

    async def erase_user(self, user_id: int) -> str:
        """Erase everything about the user; returns what to tell them."""
        await self._store.delete_user(user_id)
        return self.words["deleted"]


def _forwarded_taken(flow: Flow, before: Draft, after: Outcome, typed: str) -> bool:
    """Whether the engine read a forwarded message as it may be read: as the words of a
    written answer or list item at the question asked (held by a reminder, perhaps), or as
    nothing at all (it said why it could not take it). Anything else it did with it (a
    choice, a number, a reply to a reminder, a list finished) is not for someone else's
    words to do."""
    asked = flow.step(before.current) if before.current else None
    draft = after.draft
    said = [r for r in after.replies if isinstance(r, Notice)]
    if not after.changed and draft.answers == before.answers and draft.pending == before.pending \
            and draft.history == before.history and draft.status == before.status \
            and said and all(r.kind == "problem" for r in said):
        return True  # not taken, and the engine says why (too long, no such option)
    if asked is None or asked.kind.widget not in ("text", "items") or before.pending is not None:
        return False
    held = draft.pending
    if held is not None:  # a reminder holds it back, to be kept or changed by the person
        return held.step_id == asked.id and held.earlier is None and held.value == typed
    was, now = before.answers.get(asked.id), draft.answers.get(asked.id)
    if asked.kind.widget == "items":
        return draft.current == asked.id and isinstance(now, list) and now[-1:] == [typed] \
            and now[:-1] == (was if isinstance(was, list) else [])
    return now == typed


def _quoted(given: Input) -> str:
    """What was typed, as a notice quotes it: its start, on one line, without the marks
    typed round all of it (the notice's own marks stand for them: 'I haven't used ""harm
    matrix"" as the case label' read them twice)."""
    typed = given.text if isinstance(given, Text) else f"/{getattr(given, 'name', '')}"
    words = said_back(clean_line(typed))  # as it shows: a terminal's escape would act there
    return words if len(words) <= QUOTED else start_shown(words, QUOTED - 1).rstrip() + "\u2026"


def _newly_covered(state: UserState) -> bool:
    """Whether a menu shown now would go below an open draft's question not yet covered."""
    return state.active_draft is not None and state.covered != state.active_draft


def _looked_over(given: Input, outcome: engine.Outcome) -> bool:
    """Whether `given` showed an unfinished draft's summary and no question after it, with
    nothing held at that question: the question asked before is off the screen."""
    return isinstance(given, Command) and given.name == "summary" \
        and outcome.draft.status == "in_progress" and outcome.draft.pending is None \
        and not any(isinstance(r, Question | Nudge) for r in outcome.replies)
