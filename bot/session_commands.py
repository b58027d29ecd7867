"""The session commands (the `session` rows of flows.commands.TABLE), one method each: the
menu, a new draft with its case label, carrying answers in, resuming, "are you sure?" and
its answer, privacy and about."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.session import AwaitConfirm, AwaitLabel
from bot.wording import BY_ID, LABEL_MAX, Confirm, ConversationReply, Menu, seen_as
from flows import engine
from flows.answers import clean_line, excerpt
from flows.carry import carried_answers
from flows.checks.privacy import as_latin
from flows.draft import Draft, new_draft_id
from flows.flow import Flow
from flows.regex import on_first_use
from flows.replies import Notice
from flows.step_commands import MSG as STEP_MSG
from storage.contract import DraftInfo
from storage.handover import TakerFull

if TYPE_CHECKING:
    from bot.conversation import Conversation, Turn

A_DATE = on_first_use(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# What a label must not be: a date of birth written out ("3 March 2015", "March 3rd"), or a
# long number (an NHS number or a phone number, spaced or not).
_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
A_DATE_IN_WORDS = on_first_use(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b"
                               rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)
A_LONG_NUMBER = on_first_use(r"\d(?:[\s.-]?\d){7,}")
_MARKS = on_first_use(r"[\W_]+")  # what joins the parts of a case label ("Sup-KT", "TB 7")
# Words after /delete that ask for everything to go ("/delete everything", "/delete my
# data"), not one draft.
_EVERYTHING = on_first_use(r"(?:(?:all|all of|everything)\s+)?(?:(?:about|of)\s+)?"
                           r"(?:me|my|mine|it all|all of it|all|everything"
                           r"|(?:all\s+)?(?:my\s+)?(?:data|account|details|drafts|answers|stuff"
                           r"|info|information))(?:\s+(?:please|pls|now))?", re.IGNORECASE)
# Words after /delete or /cancel that say what to keep ("not this one", "everything except
# Sup-KP", "all but KT"), or mean a draft other than the open one without naming it ("the
# other one", "my old one"): not guessed at, since a guess offers to erase what was to be kept.
_NOT_THIS_ONE = on_first_use(r"\b(?:not|except|but|apart\s+from|other\s+than|besides"
                             r"|excluding|keep|leave|save|don['’]?t|dont"
                             r"|other|another|previous|old|older|earlier)\b", re.IGNORECASE)


# Words after a command that mean the open draft ("this one", "the draft please").
_THIS_ONE = (r"this|that|the|my|current|open|one|draft|it|form|tool|please|pls|plz|now|here"
             r"|thanks|thx|ta|ok|okay")
# Words after /cancel or /delete that mean the open draft: any other words name a draft, and
# naming none, nothing is offered for discarding.
_OPEN_ONE = on_first_use(rf"(?:[\s.,;:!?'\"()-]*\b(?:{_THIS_ONE})\b)*+[\s.,;:!?'\"()-]*",
                         re.IGNORECASE)
# Words after /summary, /review, /show or /export that still mean the open draft ("so far",
# "as a pdf", "word"): any others name a draft, and naming none, the open one's summary or
# documents are not sent in its place ("/export kbb" sent Sup-KT's, another family's).
# Each word is read one way only, and a word read is not read again (`*+`): "it" listed
# twice there, "/summary it it it ... zz" was read along every way of taking each "it".
_ABOUT_OPEN = on_first_use(rf"(?:[\s.,;:!?'\"()/-]*\b(?:{_THIS_ONE}|so|far"
                           r"|of|for|again|all|full|whole|as|a|an|in|is|stands|up|to|date"
                           r"|pdf|doc|docx|documents?|files?|copy|copies|text|txt|plain|word"
                           r"|html|web|page|everything|version|print|summary|answers)\b)*+"
                           r"[\s.,;:!?'\"()/-]*", re.IGNORECASE)
# Words that read as a case label, not as "this one" or "as a PDF": a word with a digit
# ("KT-2", "12"), or with a capital and a hyphen or slash between its parts ("Sup-KT").
_LABEL_WORD = on_first_use(r"\S*\d\S*|(?=\S*[A-Z])\w+[-/.]\w[\w./-]*")


# A joiner with a keyboard's letter, digit, mark, space or an end on both sides
# ("KB\u200d-12", from a paste): it joins nothing there, and kept, "KB-12" read the same on
# the screen and in a pasted report but not to a search. Beside an emoji or a Persian letter
# it may be the one that shapes it ("MK\u200cزاده"), and stays.
_STRAY_JOINER = on_first_use("(?<![^\x00-\x7e])[\u200c\u200d]+(?![^\x00-\x7e])")


def names_a_label(words: str) -> bool:
    """Whether words after a command read as a case label (one naming no draft is not
    taken to mean the open draft)."""
    return any(_LABEL_WORD.fullmatch(word.strip(".,;:!?\"'()")) for word in words.split())


def bare_label(label: str) -> str:
    """A case label as its letters and digits alone, in any casing and as a reader sees it:
    "sup kt" is "Sup-KT"."""
    return _MARKS.sub("", seen_as(label))


def _parts(label: str) -> list[str]:
    """The parts of a case label, in any casing and as a reader sees it: "Sup-KT" is "sup"
    and "kt"."""
    return [part for part in _MARKS.split(seen_as(label)) if part]


def _within(parts: list[str], label: list[str]) -> bool:
    """Whether `parts` are some of `label`'s parts, whole and in a row."""
    return any(label[at:at + len(parts)] == parts for at in range(len(label) - len(parts) + 1))


def labels_meant(every: Sequence[DraftInfo], wanted: str) -> tuple[list[DraftInfo], bool]:
    """The drafts whose label `wanted` means (see `SessionCommands._find`), and whether it
    is their whole label as a reader sees it (not its start, nor some of its parts)."""
    key, seen, bare, parts = wanted.casefold(), seen_as(wanted), bare_label(wanted), \
        _parts(wanted)
    whole = [d for d in every if d.label.casefold() == key] or [
        d for d in every if seen_as(d.label) == seen] or [
        # the whole label with other marks or none between its parts ("fam kr" for
        # "Fam-KR"): that one, not also "Fam-KR2", which it only starts
        d for d in every if bare and bare_label(d.label) == bare]
    return (whole, True) if whole else ([
        # its last parts whole ("AB-1" for "Sup AB-1", which "Sup AB-12" only has the
        # start of): the team manager's two cases were told "I can't find that draft";
        # before the start of a label ("AB-12" beside "Sup AB-1" was opened instead)
        d for d in every if len(parts) > 1 and _within(parts, _parts(d.label))] or [
        d for d in every if d.label.casefold().startswith(key)] or [
        d for d in every if seen and seen_as(d.label).startswith(seen)] or [
        d for d in every if bare and bare_label(d.label).startswith(bare)] or [
        d for d in every if bare and bare in _parts(d.label)], False)


# Unfinished drafts one person may keep: each /new (and /resume, and the menu) reads all of
# them, so one account starting drafts without end (a script, a message repeated) held every
# practitioner's next answer up longer and longer. No caseload comes near it.
MAX_UNFINISHED = 100
TOO_MANY_UNFINISHED = (
    "You have {n} unfinished drafts, the most anyone can keep at once, so I haven't started "
    "\"{label}\". Finish or /cancel the ones you no longer need (/resume lists them), then "
    "start it again.")
# Drafts one person may keep, finished or not: `/resume`, `/summary` and the like of a label
# read every one of them, and finished drafts were not capped (1,500, finished by a script
# one after another, made each such command of that person hold everyone up for a third of
# a second). Within the 512 drafts whose answers the store keeps opened (`storage.opened`).
MAX_KEPT = 500
TOO_MANY_KEPT = (
    "You keep {n} drafts, finished or not, the most anyone can, so I haven't started "
    "\"{label}\". Finished drafts are erased {days} days after they were finished; /cancel "
    "and a label discards one you no longer need now (export it first if you need a copy), "
    "then start it again.")
# /edit (or a review's Edit button) of a finished draft makes it unfinished again: past the
# most anyone keeps, it would have gone past it without end (finished drafts count only
# towards the drafts kept, `MAX_KEPT`).
TOO_MANY_TO_REOPEN = (
    "You have {n} unfinished drafts, the most anyone can keep at once, so I haven't reopened "
    "\"{label}\" to change an answer: it stays finished, as it was. Finish or /cancel the "
    "ones you no longer need (/resume lists them), then edit it again.")


class SessionCommands:
    """The session commands of one conversation."""

    def __init__(self, conversation: Conversation) -> None:
        self._c = conversation
        self._words = conversation.words  # in the words of the conversation's surface

    async def run(self, name: str, turn: Turn, arg: str, chosen: bool = False
                  ) -> list[ConversationReply]:
        """Run the session command called `name` (a row of the command table); `chosen`, a
        menu's choice of a draft by its id (`Command.chosen`), not typed words."""
        if name == "cancel":
            return await self.cancel(turn, arg, chosen)
        command: Callable[[Turn, str], Awaitable[list[ConversationReply]]] | None = getattr(
            self, name, None)
        if command is None:  # answered by a front end of its own (the team commands)
            return [Notice(self._words["elsewhere"])]
        return await command(turn, arg)

    async def start(self, turn: Turn, arg: str) -> list[ConversationReply]:
        dropped = await self._label_let_go(turn)
        await self._over_the_question(turn)
        return [*dropped, await self._menu(turn.state.user_id, welcome=True)]

    async def drafts(self, turn: Turn, arg: str) -> list[ConversationReply]:
        """The unfinished drafts and the tools; `/drafts N` (the "More drafts" button), the
        drafts from the Nth on."""
        dropped = await self._label_let_go(turn)
        if arg.isascii() and arg.isdigit() and len(arg) <= 6:
            drafts = await self._c.drafts(turn.state.user_id)
            if drafts:
                return [*dropped, Menu(tuple(drafts), (), flow_titles=self._c.flow_titles(),
                                       start=int(arg))]
        await self._over_the_question(turn)
        return [*dropped, await self._menu(turn.state.user_id)]

    async def _label_let_go(self, turn: Turn) -> list[ConversationReply]:
        """/start's or /drafts' menu (her drafts, the tools) asked for while a new draft's
        case label is: she has moved on (to an earlier case, or another tool), so the prompt
        is let go, and said in a line, as a team command lets it go; a line typed next
        ("KB-7", looking for that case in the list) headed a new draft unasked."""
        if not isinstance(turn.state.awaiting, AwaitLabel):
            return []
        turn.state.awaiting = None
        await self._c.commit(turn)
        return [Notice(self._words["label_dropped"])]

    def _label_again(self, turn: Turn) -> list[ConversationReply]:
        """After /privacy or /about, the case label's prompt shown again if it waits: read
        before giving a label (what is kept, what the bot is), the prompt stands, and is the
        newest message, so the line she types next is plainly its answer (it went there
        unseen, the prompt scrolled up above the reply)."""
        waiting = turn.state.awaiting
        flow = self._c.flow(waiting.flow_id) if isinstance(waiting, AwaitLabel) else None
        return [] if flow is None else [self._c.ask_label(flow)]

    async def _over_the_question(self, turn: Turn) -> None:
        """A menu shown below the open draft's question: a line typed next was not written
        to that question, which is off the screen (back after a month, "hi" was saved as
        the next review), so it is not taken, and the question is shown again instead. Nor
        is it the answer to an "are you sure?" asked before, which is let go (a tool's name
        typed under /new's menu was refused as "not a yes or a no", the discard asked again);
        nothing is erased."""
        changed = isinstance(turn.state.awaiting, AwaitConfirm)
        if changed:
            turn.state.awaiting = None
        if turn.state.active_draft is not None and turn.state.covered is None:
            turn.state.covered = turn.state.active_draft
            changed = True
        if changed:
            await self._c.commit(turn)

    async def _menu(self, user_id: int, *, welcome: bool = False) -> Menu:
        drafts = await self._c.drafts(user_id)
        return Menu(tuple(drafts), self._c.flow_choices(), welcome, self._c.flow_titles())

    async def new(self, turn: Turn, flow_id: str) -> list[ConversationReply]:
        if not flow_id:
            await self._over_the_question(turn)
            return [Menu((), self._c.flow_choices())]
        flow, label = self._tool_then_label(flow_id)
        if flow is None and (meant := self._c.tool_meant(flow_id)) is not None:
            # "/new mapings KB-1": a slip of a tool's name, named back to send again
            tool, rest = meant
            return [Notice(self._words["unknown_flow_meant"].format(
                command=excerpt(f"/new {tool.id} {rest}".strip()), title=tool.title), "problem")]
        if flow is None:
            return [Notice(self._words["unknown_flow"], "problem")]
        # In Telegram a partner's tool comes with their link; `sosbot chat` tries it out
        here = self._c.surface == "terminal"
        partners: list[ConversationReply] = [Notice(
            self._words["partner_tool"].format(title=flow.title),
            "info" if here else "problem")] if flow.spec.for_partners else []
        if partners and not here:
            return partners
        turn.state.awaiting = AwaitLabel(flow.id)
        await self._c.commit(turn)
        if label:  # "/new mapping KB-12": the label typed with it, checked as one typed after
            return [*partners, *await self.label(turn, flow.id, label)]
        return [*partners, self._c.ask_label(flow)]

    async def _open(self, turn: Turn) -> Draft | None:
        """The unfinished draft open before a new one's label was asked, if any."""
        if turn.state.active_draft is None:
            return None
        draft = await self._c.load(turn.state.user_id, turn.state.active_draft)
        return draft if draft is not None and draft.status == "in_progress" else None

    def _tool_then_label(self, typed: str) -> tuple[Flow | None, str]:
        """The tool `/new TYPED` names, and the case label typed after its name, if any
        ("mapping KB-12", "three houses TB-7"); (None, "") when no tool is named first."""
        words = typed.split()
        for cut in range(len(words), 0, -1):
            flow = self._c.tool_typed(" ".join(words[:cut]))
            if flow is not None:
                return flow, " ".join(words[cut:])
        return None, ""

    def label_problem(self, label: str) -> str | None:
        """Why a case label can't be used, or None when it can."""
        if len(label) > LABEL_MAX:
            return self._words["label_long"]
        if not any(ch.isalnum() for ch in label):
            # "👍" or "..." sent when the label was asked: no draft can be found again by it;
            # nor by nothing (Enter at the terminal, an invisible "ㅤ" sent), which was told
            # the very words of the question asked again under them
            return self._words["label_letters"]
        # Read as plain Latin letters and digits too: "Ｓｍｉｔｈ" (a full-width keyboard's),
        # "𝐒𝐦𝐢𝐭𝐡" ("fancy text") and "Ѕmith" (a Cyrillic S) are the surname "Smith".
        for text in {label, as_latin(label)}:
            if self._c.nudges("privacy", text) or any(
                    p.search(text) for p in (A_DATE, A_DATE_IN_WORDS, A_LONG_NUMBER)):
                return self._words["label_bad"]
        return None

    async def label(self, turn: Turn, flow_id: str, text: str) -> list[ConversationReply]:
        # The same cleaning as an answer: no control or invisible characters, no lone halves
        # of a character pair; a label of only invisible characters is an empty one.
        label = _STRAY_JOINER.sub("", clean_line(text))
        flow = self._c.flow(flow_id)
        if flow is None:
            turn.state.awaiting = None
            await self._c.commit(turn)
            return [Notice(self._words["unknown_flow"], "problem")]
        problem = self.label_problem(label)
        if problem == self._words["label_long"] and (open_draft := await self._open(turn)):
            # (an answer typed at a label an old menu's tool asked for, tapped by a thumb
            # mid-draft: "keep the label to 24 characters" said nothing of her draft)
            return [Notice(self._words["label_long_open"].format(
                label=open_draft.label, title=flow.title), "problem")]
        if problem:
            return [Notice(problem, "problem"), self._c.ask_label(flow)]
        # The same tool and label as an unfinished draft is that draft, come back to (after
        # `sosbot chat --flow` again, say): a second, empty one would hide its answers.
        kept = [d for d in await self._c.drafts(turn.state.user_id, status=None)
                if d.status != "discarded"]
        unfinished = [d for d in kept if d.status == "in_progress"]
        # Read as a reader tells labels apart: "КВ-12" typed with a Cyrillic keyboard left on
        # is "KB-12", in the menu and to the practitioner, not a second draft of that case.
        same = next((d for d in unfinished if d.flow_id == flow.id
                     and d.label.casefold() == label.casefold()), None) or next(
            (d for d in unfinished if d.flow_id == flow.id
             and seen_as(d.label) == seen_as(label)), None) or next(
            # with a space or nothing for its hyphen ("fam kr", "famkr" for "Fam-KR"), as
            # /resume reads it: the same case
            (d for d in unfinished if d.flow_id == flow.id
             and bare_label(d.label) and bare_label(d.label) == bare_label(label)), None)
        if same is not None:
            return await self.open_draft(turn, same.id, said="same_label")
        if len(unfinished) >= MAX_UNFINISHED:
            return await self._full(turn, TakerFull(kept=False, held=len(unfinished)), label)
        if len(kept) >= MAX_KEPT:
            return await self._full(turn, TakerFull(kept=True, held=len(kept)), label)
        draft = Draft(id=new_draft_id(), user_id=turn.state.user_id, flow_id=flow.id,
                      flow_version=flow.version, label=label)
        notes = await self._carry_in(draft, flow)
        outcome = engine.start(flow, draft)
        outcome.changed |= set(draft.answers)
        opened_before = turn.state.active_draft
        turn.state.active_draft = draft.id
        turn.state.covered = None
        turn.state.awaiting = None
        try:
            # counted again as it is saved, as a hand-over to her is: a colleague's landing
            # since the count above took her past the caps, both saved
            await self._c.commit(turn, outcome, new=True, caps=(MAX_UNFINISHED, MAX_KEPT))
        except TakerFull as full:
            turn.state.active_draft = opened_before
            return await self._full(turn, full, label)
        started = Notice(self._words["started"].format(label=label, title=flow.title), "saved")
        return [started, *notes, *outcome.replies]

    async def _full(self, turn: Turn, full: TakerFull, label: str) -> list[ConversationReply]:
        """/new refused: she keeps as many drafts as anyone can (`full`), nothing started."""
        turn.state.awaiting = None  # the next line is not a label
        # nor an answer to the draft open before, its question off the screen: the new
        # case's first answer, typed unread, was saved there under another family's label
        turn.state.covered = turn.state.active_draft
        await self._c.commit(turn)
        said = TOO_MANY_KEPT.format(n=full.held, label=label, days=self._c.retention()[1]) \
            if full.kept else TOO_MANY_UNFINISHED.format(n=full.held, label=label)
        return [Notice(said, "problem")]

    async def _carry_in(self, draft: Draft, flow: Flow) -> list[ConversationReply]:
        """Fill answers from the newest finished draft, same label, of each tool this one
        takes from (an earlier tool's answer is not overwritten by a later one's)."""
        if not flow.spec.takes_from:
            return []
        finished = await self._c.drafts(draft.user_id, status="completed")
        unfinished = await self._c.drafts(draft.user_id)
        notes: list[ConversationReply] = []
        for tool in flow.spec.takes_from:
            match = next((d for d in finished if d.flow_id == tool
                          and seen_as(d.label) == seen_as(draft.label)), None)
            source = self._c.flow(tool)
            begun = next((d for d in unfinished if d.flow_id == tool
                          and seen_as(d.label) == seen_as(draft.label)), None)
            if match is None and begun is not None and source is not None:
                # Nothing is brought in from a draft not finished (gone back over with
                # /back, say): said, so the answers are not thought lost or forgotten.
                notes.append(Notice(self._words["not_carried"].format(
                    title=source.title, label=begun.label), "info"))
                continue
            loaded = None if match is None or source is None else (
                await self._c.load(draft.user_id, match.id))
            if match is None or source is None or loaded is None:
                continue
            carried = carried_answers(source, loaded.answers, flow)
            if carried.answers:
                draft.answers.update({k: v for k, v in carried.answers.items()
                                      if k not in draft.answers})
                notes.append(Notice(self._words["carried"].format(title=source.title,
                                                                  label=match.label), "info"))
            if carried.withheld:
                notes.append(Notice(self._words["withheld"].format(title=source.title,
                                                                   label=match.label), "info"))
        return notes

    async def resume(self, turn: Turn, arg: str) -> list[ConversationReply]:
        """Open a draft: the one named by `arg` (its id, from a button, or its label), or
        the only unfinished one, or else a list to choose from."""
        wanted = clean_line(arg)
        if not wanted:
            drafts = await self._c.drafts(turn.state.user_id)
            finished = await self._c.drafts(turn.state.user_id, status="completed")
            # a partner's part, answered and not sent (it goes once sent), of a social
            # worker answering a colleague's link too: named beside her own drafts
            part = next((d for d in finished if self._for_partners(d.flow_id)), None)
            if not drafts:
                return self._none_unfinished(
                    [d for d in finished if not self._for_partners(d.flow_id)], part)
            if len(drafts) > 1:
                # a list below the open draft's question, as /start's: a line typed under it
                # was saved to that question, off the screen, for a case not chosen
                await self._over_the_question(turn)
                return [*self._part_waiting(part),
                        Menu(tuple(drafts), (), flow_titles=self._c.flow_titles())]
            return [*self._part_waiting(part), *await self.open_draft(turn, drafts[0].id)]
        found = await self._find(turn.state.user_id, wanted)
        if not isinstance(found, str):
            if any(isinstance(r, Menu) for r in found):
                await self._over_the_question(turn)  # (the drafts the words may mean)
                return found
            # a label handed to a colleague: "I can't find that draft" left the giver
            # thinking the case lost
            handed = await self._c.handed_away(turn.state.user_id, turn.state.handovers,
                                               wanted)
            return [Notice(handed, "info")] if handed else found
        return await self.open_draft(turn, found)

    def _none_unfinished(self, own: list[DraftInfo], part: DraftInfo | None
                         ) -> list[ConversationReply]:
        """/resume with no draft unfinished: her finished ones, and a part of hers not sent."""
        # a partner was told of finished drafts and /new, which her link does not let her
        # use; the offer to send it follows
        waiting: list[ConversationReply] = \
            [Notice(STEP_MSG["finished_partner"])] if part is not None else []
        if own:
            return [Notice(self._words["no_drafts_finished"].format(
                labels=", ".join(f'"{d.label}"' for d in own[:3]), label=own[0].label)),
                *waiting]
        return waiting or [Notice(self._words["no_drafts"])]

    def _part_waiting(self, part: DraftInfo | None) -> list[ConversationReply]:
        # (the partner's part tried at the terminal is never sent)
        return [] if part is None or self._c.surface == "terminal" else [
            Notice(self._words["part_unsent"].format(label=part.label), "info")]

    def _for_partners(self, flow_id: str) -> bool:
        flow = self._c.flows.get(flow_id)
        return flow is not None and flow.spec.for_partners

    async def open_draft(self, turn: Turn, draft_id: str, *, said: str = "resumed"
                         ) -> list[ConversationReply]:
        """Make a draft the open one and ask its current question, after `said`."""
        draft = await self._c.load(turn.state.user_id, draft_id)
        if draft is None:
            return [Notice(self._words["no_draft"], "problem")]
        turn.state.active_draft = draft.id
        turn.state.covered = None
        turn.state.awaiting = None
        turn.state.opened = draft.id
        # opened a day later: the notes it held back lapse now, as they would at the next
        # line typed, before opening it counts as a change ("sorry lunch duty" sent again
        # after /resume or the terminal's Continue was saved as the answer)
        self._c.lapse_old_notes(draft)
        fitted = self._c.fit(draft)
        if fitted is None:
            await self._c.commit(turn)
            return [Notice(self._words["gone_flow"], "problem")]
        flow, reconciled = fitted
        outcome = self._c.show(flow, reconciled.draft)
        outcome.changed |= reconciled.changed
        await self._c.commit(turn, outcome, draft, force=True)
        notice = Notice(self._words[said].format(label=draft.label, title=flow.title), "saved")
        return [notice, *outcome.replies]

    async def other_named(self, turn: Turn, words: str) -> str | list[ConversationReply] | None:
        """The draft that words typed after a command name ("/cancel KT-2", "/summary KT-2",
        "/export KT-2"), as /resume reads them, when it is not the open one: its id, or the
        drafts to choose from when they name several. None when they name the open draft or
        none (the command then acts on the open draft, as without them: "/cancel this one",
        "/export word")."""
        wanted = clean_line(words)
        if not wanted:
            return None
        found = await self._find(turn.state.user_id, wanted)
        if isinstance(found, str):
            return None if found == turn.state.active_draft else found
        # A label that names no draft ("KT-2", erased or mistyped) is not the open one:
        # "/cancel KT-2" asked to discard KB-12, another family's, and "/export KT-2" sent
        # KB-12's documents. Said so; words such as "this one" still mean the open draft,
        # and other words naming none ("/summary kbb") are said to name none.
        if any(isinstance(r, Menu) for r in found):
            return await self._covering(turn, found)
        if names_a_label(wanted):
            # a label handed to a colleague: said to name none of his drafts, as one that
            # never was, where /resume names the hand-over
            handed = await self._c.handed_away(turn.state.user_id, turn.state.handovers, wanted)
            return [Notice(handed, "info")] if handed else found
        return None if _ABOUT_OPEN.fullmatch(wanted) else await self._none_called(
            turn, wanted, "none_such", "none_such_yours")

    async def _covering(self, turn: Turn, replies: list[ConversationReply]
                        ) -> list[ConversationReply]:
        """`replies`, and when they hold a list of drafts to choose from ("/cancel FM-3"
        naming two), the open draft's question is off the screen: a line typed next is not
        its answer. A partner's "no" to the list of drafts to discard was saved as the
        school's worries in another social worker's mapping."""
        if any(isinstance(r, Menu) for r in replies):
            await self._over_the_question(turn)
        return replies

    async def _find(self, user_id: int, wanted: str) -> str | list[ConversationReply]:
        """The id of the draft `/resume WANTED` means, finished or not: WANTED is its id, or
        its label in any casing or as a reader sees it ("КВ-12" typed with a Cyrillic
        keyboard left on is "KB-12"), or whole with other marks or none between its parts
        ("fam kr" is "Fam-KR", even beside "Fam-KR2"); failing that, some of its parts whole
        and in a row ("AB-1" for "Sup AB-1", not "Sup AB-12" nor "AB-12"); failing that, the
        start of only one, typed so too ("sup kt", "SupKT" for "Sup-KT2"), or one part of it
        ("KT"). Otherwise
        what to say: it is not there, or a list of the drafts it could mean."""
        every = await self._c.drafts(user_id, status=None)
        if any(d.id == wanted for d in every):
            return wanted
        matches, _ = labels_meant(every, wanted)
        if len(matches) == 1:
            return matches[0].id
        if not matches:
            return [Notice(self._words["no_such_draft"], "problem")]
        return [Menu(tuple(matches), (), flow_titles=self._c.flow_titles(),
                     heading=self._words["resume_which"])]

    # --- confirmations and small commands ------------------------------------------------

    async def cancel(self, turn: Turn, arg: str, chosen: bool = False
                     ) -> list[ConversationReply]:
        labelling = isinstance(turn.state.awaiting, AwaitLabel)
        user_id, named = turn.state.user_id, None
        if chosen and arg.startswith(BY_ID):  # a choice of the "which one?" menu: that draft
            # alone. Typed, "/cancel #1" names the draft labelled "#1", never a draft's id.
            named = await self._c.load(user_id, arg[len(BY_ID):])
            if named is None:
                return [Notice(self._words["discard_gone"], "problem")]
        elif labelling and (words := clean_line(arg)) \
                and isinstance(found := await self._find(user_id, words), str):
            named = await self._c.load(user_id, found)  # "/cancel KT-2" typed there
        if labelling:
            # The new draft whose label is asked is not started (nothing of it is stored
            # yet); a draft the choice or the words name is asked about, as they asked, and
            # the draft open before it is left alone.
            if named is not None:
                return [Notice(self._words["not_started"]), *await self._ask_discard(turn, named)]
            turn.state.awaiting = None
            await self._c.commit(turn)
            return [Notice(self._words["not_started"]), *await self._c.current(turn)]
        if named is not None:
            return await self._ask_discard(turn, named)
        if await self._not_the_open_one(turn, arg):  # "/cancel not this one", "the other one"
            return await self._unclear(turn)
        if not names_a_label(clean_line(arg)) and await self._names_none(turn, arg):
            return await self._none_called(turn, arg)  # "/cancel zz": not the open one
        other = await self.other_named(turn, arg)
        if isinstance(other, list) and not any(isinstance(r, Menu) for r in other):
            return [*other, *await self._c.current(turn)]  # no draft by that label
        if isinstance(other, list):
            return self._to_discard(other)
        # "/cancel KT-2" discards KT-2, whichever draft is open (it asked to discard that one)
        return await self._ask_discard(turn, await self._c.load(turn.state.user_id, other)
                                       if other is not None else await self._c.active_of(turn))

    def _to_discard(self, which: list[ConversationReply]) -> list[ConversationReply]:
        """The drafts "/cancel sup" or "/delete sup" could mean, each offered to discard
        (after "are you sure?"): offered to continue, as /resume offers them, a tap opened
        the draft."""
        return [replace(r, action="cancel", heading=self._words["discard_which"])
                if isinstance(r, Menu) else r for r in which]

    async def _not_the_open_one(self, turn: Turn, words: str) -> bool:
        """Whether words after /cancel or /delete say what to keep ("not this one") or mean
        another draft than the open one ("the other one"), and are not a draft's label
        ("Leave-3")."""
        wanted = clean_line(words)
        return bool(wanted) and _NOT_THIS_ONE.search(wanted) is not None \
            and not isinstance(await self._find(turn.state.user_id, wanted), str)

    async def _names_none(self, turn: Turn, words: str) -> bool:
        """Whether words after /cancel or /delete name no draft, and are not words for the
        open one ("this one", "please"): "/cancel zz" asked to discard the open draft."""
        wanted = clean_line(words)
        if not wanted or _OPEN_ONE.fullmatch(wanted):
            return False
        found = await self._find(turn.state.user_id, wanted)  # its id, or drafts to pick from
        return not isinstance(found, str) and not any(isinstance(r, Menu) for r in found)

    async def _none_called(self, turn: Turn, words: str, said: str = "none_called",
                           yours: str = "none_called_yours") -> list[ConversationReply]:
        """Nothing offered for discarding (or shown, or sent): no draft is called that;
        which ones are, how to discard one, and the question again."""
        drafts = await self._c.drafts(turn.state.user_id)
        labels = ", ".join(f'"{d.label}"' for d in drafts)
        said = self._words[said].format(words=excerpt(clean_line(words)))
        if labels:
            said += " " + self._words[yours].format(labels=labels)
        return [Notice(said, "problem"), *await self._c.current(turn)]

    async def _unclear(self, turn: Turn) -> list[ConversationReply]:
        """Words after /cancel or /delete that do not name the open draft, nor another by
        its label (`_not_the_open_one`): nothing offered for erasing (a guess would offer the
        very draft to keep), how to name one, the question again."""
        return [Notice(self._words["delete_unclear"], "problem"), *await self._c.current(turn)]

    async def _ask_discard(self, turn: Turn, draft: Draft | None) -> list[ConversationReply]:
        if draft is None:
            return [Notice(self._words["no_draft"])]
        return await self._ask(turn, AwaitConfirm("cancel", draft.id),
                               await self._c.discard_question(turn.state.user_id, draft))

    async def delete(self, turn: Turn, arg: str) -> list[ConversationReply]:
        wanted = clean_line(arg)
        if await self._not_the_open_one(turn, wanted):
            return await self._unclear(turn)
        one_draft = bool(wanted) and not _EVERYTHING.fullmatch(wanted.strip(" .!"))
        if one_draft and isinstance(turn.state.awaiting, AwaitLabel):
            # "/delete this one" while the new draft's label is asked: that new draft, not
            # yet begun, as /cancel there; not the draft open before it ("/delete KT-2":
            # KT-2 asked about too)
            return await self.cancel(turn, wanted)
        found = await self._find(turn.state.user_id, wanted) if wanted else []
        if isinstance(found, str):
            # "/delete KT-2" means that one draft: it asked to erase every draft, and more
            return await self._ask_discard(turn, await self._c.load(turn.state.user_id, found))
        if any(isinstance(r, Menu) for r in found):
            # which of the drafts those words name
            return self._to_discard(await self._covering(turn, found))
        open_draft = await self._c.active_of(turn)
        if one_draft:
            # "/delete this one", "/delete draft": the open draft, as "/cancel this one" is;
            # it asked to erase every draft and more. Naming no draft there is: said so.
            if names_a_label(wanted):  # "/delete KT-2", no draft of that label: not this one
                return [*found, *await self._c.current(turn)]
            if not _OPEN_ONE.fullmatch(wanted):  # "/delete zz": not this one either
                return await self._none_called(turn, wanted)
            return await self._ask_discard(turn, open_draft) if open_draft is not None \
                else found
        asked = await self._c.delete_question(turn.state.user_id)
        if open_draft is not None:  # a draft started by mistake is discarded alone by /cancel
            asked += " " + self._words["delete_q_open"].format(label=open_draft.label)
        return await self._ask(turn, AwaitConfirm("delete", ""), asked)

    async def ask_confirm_again(self, turn: Turn, waiting: AwaitConfirm
                                ) -> list[ConversationReply]:
        """The same "are you sure?" asked anew: a new message, token and time, so that only
        this newest one is answered (the old one's buttons are stale)."""
        if waiting.kind == "delete":
            return await self.delete(turn, "")
        draft = await self._c.load(turn.state.user_id, waiting.draft_id)
        if draft is None:  # gone meanwhile (retention): nothing left to ask about
            turn.state.awaiting = None
            await self._c.commit(turn)
            return await self._c.current(turn)
        return await self._ask(turn, AwaitConfirm("cancel", draft.id),
                               await self._c.discard_question(turn.state.user_id, draft))

    async def _ask(self, turn: Turn, asking: AwaitConfirm, text: str
                   ) -> list[ConversationReply]:
        turn.state.awaiting = asking
        await self._c.commit(turn)
        also = await self._c.delete_choices(turn.state.user_id) if asking.kind == "delete" \
            else ()
        return [Confirm(asking.kind, text, asking.draft_id, asking.token, also)]

    async def confirmed(self, turn: Turn, yes: bool) -> list[ConversationReply]:
        waiting = turn.state.awaiting
        if not isinstance(waiting, AwaitConfirm):
            return [Notice(self._words["nothing_to_confirm"])]
        turn.state.awaiting = None
        if not yes:  # and back to the question the draft was on
            await self._c.commit(turn)
            return [Notice(self._words["declined"]), *await self._c.current(turn)]
        if waiting.kind == "delete":
            return [Notice(await self._c.erase_user(turn.state.user_id), "saved")]
        await self._c.erase_draft(turn.state.user_id, waiting.draft_id)
        if turn.state.active_draft == waiting.draft_id:
            turn.state.active_draft = None
            turn.draft = None
        await self._c.commit(turn)
        # Another draft than the open one discarded ("/cancel KT-2"): back to the open one
        shown = await self._c.current(turn)
        return [Notice(self._words["cancelled"] if shown else await self._still_kept(turn),
                       "saved"), *shown]

    async def _still_kept(self, turn: Turn) -> str:
        """What is said once the open draft is discarded: the unfinished drafts still kept,
        and how to go back to one (a practitioner with two cases may think both are gone)."""
        others = await self._c.drafts(turn.state.user_id)
        if not others:
            return self._words["cancelled"]
        if len(others) == 1:
            return self._words["cancelled_one_left"].format(label=others[0].label)
        return self._words["cancelled_some_left"].format(count=len(others))

    async def privacy(self, turn: Turn, arg: str) -> list[ConversationReply]:
        draft_days, done_days = self._c.retention()
        return [Notice(self._words["privacy"].format(draft_days=draft_days,
                                                     done_days=done_days)),
                *self._label_again(turn)]

    async def about(self, turn: Turn, arg: str) -> list[ConversationReply]:
        return [Notice(self._words["about"]), *self._label_again(turn)]

    async def quit(self, turn: Turn, arg: str) -> list[ConversationReply]:
        return [Notice(self._words["left"], "saved")]
