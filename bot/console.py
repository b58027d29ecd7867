"""The terminal chat: the same conversation as Telegram, one line at a time.

Works at a keyboard and with answers piped in, one per line; everything the user reads goes
to standard output, and answers are shown exactly as typed (no HTML escaping here).
"""

from __future__ import annotations

import asyncio
import signal
import sys
import threading
from collections.abc import Callable
from typing import TextIO

from bot.conversation import (
    Act,
    ActName,
    AskLabel,
    Confirm,
    Conversation,
    ConversationInput,
    ConversationReply,
    Menu,
)
from flows.render import render_text
from flows.replies import (
    COMMANDS,
    Answered,
    Command,
    Notice,
    Nudge,
    Question,
    Review,
    SummaryReply,
    Text,
)

CONSOLE_USER = 0
ACTS: tuple[ActName, ...] = (
    "start", "new", "resume", "cancel", "delete", "privacy", "about", "drafts")
ALIASES = {"use": "accept", "continue": "show", "quit": "exit", "q": "exit"}
HELP_LINE = ("Commands: /back /skip /help /review /edit N /summary /pause /cancel /new /resume "
             "/privacy /about /quit")


class Console:
    """Reads lines, drives the conversation, prints the replies."""

    def __init__(self, conversation: Conversation, *, out: TextIO = sys.stdout,
                 read: Callable[[], str] | None = None) -> None:
        self.conversation = conversation
        self.out = out
        self._read = read or (lambda: input("> "))
        self._options: list[ConversationInput] = []
        self._new_flow: str | None = None
        self._next: dict[str, str | None] = {}

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    async def run(self, flow_id: str | None = None) -> int:
        """Offer to continue or start, then chat until the input ends or the user leaves."""
        replies = await self._opening(flow_id)
        while True:
            self._show(replies)
            try:
                line = self._read_line()
            except EOFError:
                self.say()
                self.say("Your answers are saved. Run `sosbot chat` again to carry on.")
                return 0
            given = self._parse(line)
            if given is None:
                self.say("Saved. Run `sosbot chat` again to carry on.")
                return 0
            replies = await self.conversation.handle(CONSOLE_USER, given)
            if isinstance(given, Command) and given.name == "pause":
                self._show(replies)
                return 0

    def _read_line(self) -> str:
        """Wait for a line; Ctrl-C stops the wait (asyncio's own handler would not)."""
        if threading.current_thread() is not threading.main_thread():
            return self._read()
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            task = asyncio.current_task()
            if task is not None and task.cancelling():  # Ctrl-C came just before the swap
                raise KeyboardInterrupt
            return self._read()
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)

    async def _opening(self, flow_id: str | None) -> list[ConversationReply]:
        drafts = await self.conversation.store.list_drafts(CONSOLE_USER, status="in_progress")
        if flow_id is not None and flow_id not in self.conversation.flows:
            self.say(f"There is no tool called {flow_id!r}. `sosbot flows list` shows them.")
            flow_id = None
        self._new_flow = flow_id
        if drafts:
            self._next = {d.id: await self.conversation.next_question(CONSOLE_USER, d.id)
                          for d in drafts}
            titles = {f.id: f.title for f in self.conversation.flows.values()}
            return [Menu(tuple(drafts), (), True, titles)]
        if flow_id is not None:
            return await self.conversation.handle(CONSOLE_USER, Act("new", flow_id))
        return [Menu((), self.conversation.flow_choices(), True)]

    # --- reading --------------------------------------------------------------------------

    def _parse(self, line: str) -> ConversationInput | None:
        text = line.rstrip("\n")
        stripped = text.strip()
        if stripped.isdigit() and self._options and 1 <= int(stripped) <= len(self._options):
            chosen = self._options[int(stripped) - 1]
            self._options = []
            return chosen
        self._options = []
        if not stripped.startswith("/"):
            return Text(text)
        word, _, arg = stripped[1:].partition(" ")
        word = ALIASES.get(word.lower(), word.lower())
        if word == "exit":
            return None
        if word in ACTS:
            return Act(word, arg)
        if word in COMMANDS:
            return Command(word, arg)
        return Text(text)

    # --- showing --------------------------------------------------------------------------

    def _show(self, replies: list[ConversationReply]) -> None:
        for reply in replies:
            self._show_one(reply)

    def _show_one(self, reply: ConversationReply) -> None:
        if isinstance(reply, Question):
            self._question(reply)
        elif isinstance(reply, Notice):
            self.say(("! " if reply.kind == "problem" else "") + reply.text)
        elif isinstance(reply, Nudge):
            self.say(reply.text)
            self.say("Type your answer again to change it, or /keep to keep it as it is.")
        elif isinstance(reply, Review):
            self._review(reply)
        elif isinstance(reply, SummaryReply):
            self.say()
            self.say(render_text(reply.summary))
            if reply.final:
                self.say("That's the end of this tool. /review and /edit N change an answer; "
                         "/new starts another draft.")
        elif isinstance(reply, Menu):
            self._menu(reply)
        elif isinstance(reply, AskLabel):
            self.say(reply.text)
        elif isinstance(reply, Confirm):
            self.say(reply.text + " Type yes or no.")
        elif isinstance(reply, Answered):
            pass  # the person can see what they just typed

    def _question(self, q: Question) -> None:
        if not q.again or q.type != "list":
            self.say()
            self.say(f"[Question {q.number} of {q.total} · {q.section}]")
            self.say(q.ask)
        for number, (_, label) in enumerate(q.choices, start=1):
            tick = "[x] " if q.type == "multi_choice" and _ in q.selected else ""
            self.say(f"  {number}) {tick}{label}")
        if q.type == "multi_choice":
            self.say("Send the numbers of all that apply, separated by commas (e.g. 1,3).")
        if q.scale is not None:
            self.say(f"  {q.scale.min} = {q.scale.low}")
            self.say(f"  {q.scale.max} = {q.scale.high}")
            self.say(f"Send a whole number from {q.scale.min} to {q.scale.max}.")
        if q.type == "list":
            count = len(q.items)
            self.say(f"({count} so far. Send the next one, or an empty line or /done to finish.)"
                     if count else "(One per line; an empty line or /done when you've finished.)")
        if q.suggestion:
            self.say(f"Suggested: {q.suggestion}")
            self.say("Type /use to keep it, or type your own version.")
        if q.current_answer is not None:
            self.say(f"Current answer: {q.current_answer} (/skip keeps it)")
        elif not q.required and not q.again:
            self.say("(Optional: /skip to leave it out.)")

    def _review(self, review: Review) -> None:
        self.say()
        self.say(f"{review.flow_title}: {review.label}")
        if not review.items:
            self.say("No answers yet.")
        for item in review.items:
            self.say(f"{item.number}. {item.title}: {item.answer}")
        self.say("Type /edit N to change answer N.")

    def _menu(self, menu: Menu) -> None:
        self._options = []
        titles = menu.flow_titles or {}
        self.say()
        if menu.drafts:
            self.say("You have unfinished drafts:" if len(menu.drafts) > 1 else
                     "You have an unfinished draft:")
            for info in menu.drafts:
                self._options.append(Act("resume", info.id))
                self.say(f"  {len(self._options)}) Continue \"{info.label}\" "
                         f"({titles.get(info.flow_id, info.flow_id)}, {info.answered} answers)")
                if self._next.get(info.id):
                    self.say(f"     Next question: {self._next[info.id]}")
            self._options.append(Act("new", self._new_flow or ""))
            self.say(f"  {len(self._options)}) Start a new one")
            return
        if menu.welcome:
            self.say("sosbot: Signs of Safety style tools, one question at a time. Based on the "
                     "framework; not an official product. Use initials, never full names.")
        self.say("Which tool would you like to use?")
        for choice in menu.flows:
            self._options.append(Act("new", choice.id))
            minutes = f" (about {choice.minutes} min)" if choice.minutes else ""
            self.say(f"  {len(self._options)}) {choice.title}{minutes}")
        self.say(HELP_LINE)
