"""Lines held while the practitioner is asked where one goes, and how each goes on.

Typed several at once, or typed on while a reminder holds an answer, the first line is kept
and the others held (`flows.draft.Pending`) while she is asked whether it is a new answer, the
next question's, or to keep her first (`flows.moves.hold_another`). A line typed then is read
as that choice or held behind it (`choose_first`); once she chooses, the held lines are typed
on in order and where each went is said. The engine reads each such line the way it reads any
typed line, through the `ReadLine` it passes in, so this module never imports it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from copy import deepcopy
from dataclasses import replace

from flows.answers import ADD, Value, display, excerpt, is_answered
from flows.asides import note_while_held
from flows.commands import ENGINE_COMMANDS
from flows.draft import Pending
from flows.engine_words import MSG
from flows.flow import Flow, FlowStep
from flows.moves import MSG as MOVE_MSG
from flows.moves import (
    POINTS,
    Nudger,
    Outcome,
    accept,
    ask,
    ask_about_held,
    checked_accept,
    checks_for,
    is_asked_where,
    is_choosing,
    keeps_what_happened,
    lines_held,
    rewrites,
    says_only_yes_or_no,
)
from flows.regex import on_first_use
from flows.replies import (
    ADDS_BACK,
    ANOTHER,
    COLUMNS,
    COLUMNS_FILED,
    CONTINUES,
    DICTATED,
    UNFINISHED,
    Answered,
    Command,
    Notice,
    Nudge,
    Question,
    Text,
)
from flows.step_commands import command, current, finished, take_tidied
from flows.walk import walk

__all__ = ["TO_THE_BOT", "ReadLine", "answer_with_its_account", "carry_out", "choose_first",
           "let_go_of_moved",
           "marks_out", "onward", "then_answer_next", "would_leave_out"]

# How the engine reads one typed line (`flows.engine._typed`): a held line typed on is read
# as if she had typed it then.
ReadLine = Callable[[Flow, Outcome, Text, Nudger], None]


def let_go_of_moved(flow: Flow, out: Outcome) -> None:
    """What a reminder (or the question of where lines go) held at a question the updated
    tool no longer asks now (taken out, or another put before it: `reconcile`), let go and
    named, to send again: kept, it was lost without a word, or asked about under the wrong
    question's title."""
    d = out.draft
    held = d.pending
    if held is None or d.status != "in_progress" or (
            flow.has_step(held.step_id) and held.step_id == d.current):
        return
    d.pending = None
    lines = [str(v) for v in (held.earlier, held.value, *held.later) if v is not None]
    if len(lines) == 1:
        out.replies.append(Notice(MSG["updated_line"].format(line=excerpt(lines[0])),
                                  "problem"))
    else:
        out.replies.append(Notice(MSG["updated_lines"].format(
            lines=", ".join(f'"{excerpt(line)}"' for line in lines)), "problem"))


def carry_out(flow: Flow, out: Outcome, given: Command, nudger: Nudger,
              read: ReadLine) -> None:
    """Carry out a command, the lines held while she chose where one goes typed on after it."""
    if would_leave_out(flow, out, given.name, nudger):
        return
    held = out.draft.pending
    if held is not None and held.kind == ADDS_BACK and given.name not in _KEEP_OFFER:
        # a line offered to the answer before, not added (shown again on /resume, still offered)
        out.draft.pending = held = None
    if given.name in _CHOSEN and held is not None and held.later:
        # Where the line held first goes is chosen: the lines typed after it, held while
        # the practitioner had not chosen, then go on in order, as if typed after the choice.
        # Not after "Keep my first answer": typed on, with the line before them left out,
        # each went one question early (the next three answers of a duty social worker who
        # kept her first, each under the question before its own); none is saved, and
        # each is named to send again (/keep).
        went = _chosen(flow, out, given, nudger, read)
        if given.name != "keep" and out.draft.pending is not held:
            # where the line chosen for was saved, as placed (not found by its words: "none"
            # may be an answer before it too, and a list's items are no answer's text)
            _type_on(flow, out, held.later, nudger, read,
                     None if went is None else (str(held.value), went))
        return
    _chosen(flow, out, given, nudger, read)


# Commands that, sent while a line typed on (and any after it) waits for the choice of where
# it goes, would keep the first answer and leave every line out (/keep says so, and is a
# choice of its own): /back and /edit too, which moved her on and lost what she had typed.
_LEAVES_OUT = frozenset({"done", "skip", "back", "edit"})


def would_leave_out(flow: Flow, out: Outcome, name: str, nudger: Nudger) -> bool:
    """/done, /skip, /back or /edit while a line typed on waits for the choice: asked about,
    not done (done, the lines were named as not saved: a worker's /done meant to end the
    list she had typed the child's words for left out every one of them; one line alone was
    left out unasked). True when it asked."""
    d = out.draft
    held = d.pending
    if name not in _LEAVES_OUT or held is None or held.earlier is None \
            or d.status != "in_progress" or held.step_id != d.current \
            or not flow.has_step(held.step_id):
        return False
    count = lines_held(held.later)
    line = excerpt(str(held.value))
    if count:
        said = MSG["would_leave_out"].format(
            name=name, line=line, after="the line" if count == 1 else f"the {count} lines")
    else:
        said = MSG["would_leave_out_one"].format(name=name, line=line)
    out.replies.append(Notice(said, "problem"))
    ask_about_held(out, flow.step(held.step_id), nudger, flow)
    return True


def _chosen(flow: Flow, out: Outcome, given: Command, nudger: Nudger,
            read: ReadLine) -> str | None:
    """Carry out `given`; for /replace or /next, the question the line held was saved at
    (None where it was not saved)."""
    held = out.draft.pending
    if given.name == "back" and held is not None and held.kind in (CONTINUES, ADDS_BACK) \
            and held.step_id == out.draft.current:
        # "and ..." typed after a written answer: /back adds it to the end of that answer
        out.draft.pending = None
        command(flow, out, given, nudger)
        step = current(flow, out)
        if out.draft.current != held.step_id and step is not None:
            out.replies[:] = [r for r in out.replies if not isinstance(r, Question)]
            # The reminder promised to bring them back to this question: in an edit begun
            # from the summary, the answer taken would otherwise go on to the summary.
            editing, out.draft.return_to = out.draft.return_to, (
                held.step_id if out.draft.return_to is not None else None)
            _add_back(flow, out, step, held.value, nudger)
            if editing is not None and out.draft.status == "in_progress" \
                    and out.draft.current == held.step_id and out.draft.return_to is None:
                out.draft.return_to = editing
        return None
    if given.name == "next":
        return onward(flow, out, nudger, read)
    if given.name == "replace":
        return _replace(flow, out, nudger)
    if given.name in ENGINE_COMMANDS:
        command(flow, out, given, nudger)
    else:
        out.replies.append(Notice(MSG["unknown"], "problem"))
    return None


def _add_back(flow: Flow, out: Outcome, step: FlowStep, line: Value, nudger: Nudger) -> None:
    """The held "and ..." line added to the end of the answer gone back to (/back goes to
    the question the reminder named): joined here, whatever the line starts with ("&"
    included), and said to be added only if the whole can be taken; otherwise the answer
    stays as it was and the line is quoted back."""
    earlier = out.draft.answers.get(step.id)
    line = added[1] if (added := ADD.fullmatch(str(line))) else line  # "+ more": the words
    whole = f"{earlier} {line}" if isinstance(earlier, str) and is_answered(earlier) else str(line)
    value, problem = step.kind.parse(flow, step, whole)
    if problem:
        out.replies.append(Notice(MSG["not_added_back"].format(typed=line, problem=problem),
                                  "problem"))
        ask(flow, out, step, again=True)
        return
    out.replies.append(Notice(MOVE_MSG["added_back"], "saved"))
    checked_accept(flow, out, step, value, nudger)


# Commands that leave a line offered to the answer before still offered: /back takes it, and
# a look (at the summary, the review, the help) or a /pause moves nowhere. Gone at a /summary
# or a /pause, the /back the offer promised (after /resume) went back to the answer before
# without it, and nothing said so.
_KEEP_OFFER = frozenset({"back", "show", "summary", "review", "help", "pause"})


# The three ways out of `hold_another`'s question, as its buttons send them.
_CHOSEN = frozenset({"replace", "next", "keep"})
# The same said in words (lower case, without marks): "new answer", "it's for the next
# question", "the first one", "replace it", after a "yes, it's" or a "sorry" (not "no new
# answer", which may say there is none); "new", "first" or "second" alone too (held as a
# line, "new" was saved as a later question's answer). Only the whole line: an answer is
# never read so.
_CHOICE_SAID = on_first_use(
    r"(?:(?:its|it is|thats|that is|yes|no(?!\s+new\b)|ok|okay|sorry|oh|oops)\s+){0,3}(?:"
    r"(?P<replace>(?:(?:my|the|a)\s+)?new(?:\s+(?:answer|one))?"
    r"|replace(?:\s+(?:it|that|the\s+(?:first|old)(?:\s+one)?))?"
    r"|(?:use\s+)?(?:it|that|the\s+new\s+one)\s+instead|instead"
    r"|use\s+(?:it|that|the\s+new\s+one))"
    r"|(?P<next>(?:for\s+)?(?:the\s+)?next(?:\s+(?:question|one))?)"
    r"|(?P<keep>keep(?:\s+(?:it|that|(?:the|my)\s+(?:first|old)(?:\s+(?:one|answer))?))?"
    r"|(?:the\s+|my\s+)?(?:first|old)(?:\s+(?:one|answer))?))"
    r"(?:\s+(?:please|pls|thanks))?")
# A place among the buttons said alone ("second", "the last one"): the buttons have no
# numbers, and "second" may be the second button (the next question) or the second answer
# (the new one), so it is asked about, neither taken nor kept as a line.
_POSITION_SAID = on_first_use(
    r"(?:(?:its|it is|thats|that is|ok|okay)\s+)?(?:the\s+)?"
    r"(?:second|2nd|third|3rd|last|middle|top|bottom)(?:\s+(?:one|button|option|choice))?")
# A line said to the bot while that question waits, not an answer (lower case, without
# marks: "?" alone is empty): "ok", "sorry", "what", "huh", "thanks", a thumbs up.
TO_THE_BOT = on_first_use(
    r"(?:(?:oh|ah|um+|erm+|ok(?:ay)?|sorry|soz|oops|whoops)\s+)*(?:ok(?:ay)?|k|sorry|soz"
    r"|oops|whoops|my bad|what|wat|wot|huh|eh|pardon|hm+|um+|erm+|wait|hang on|one sec(?:ond)?"
    r"|thanks?(?:\s+you)?|ty|cheers|got it|cool|noted|which(?:\s+one)?|what do you mean"
    r"|i dont (?:understand|get it)|confused|[\U0001F44D\U0001F44C\U0001F64F]+)?")
_YES_OR_NO = on_first_use(r"y|yes|yep|yeah|yup|n|no|nope|nah")
# Lines held while that question waits: more are refused (and quoted back) until it is
# answered, a bound on what a paste sent a line a message keeps waiting in the draft.
_HELD_MAX = 20
_NUMBER_ALONE = on_first_use(r"\s*\d{1,2}\s*")  # "2": a scale's answer, or a button's place
_ANOTHER_GO = 0.6  # how alike a line must be to the answer before it to be that answer again


def choose_first(flow: Flow, out: Outcome, step: FlowStep, typed: str,
                 nudger: Nudger, read: ReadLine) -> None:
    """A line typed while the bot asks where the line before it goes: a choice said in words
    is taken; any other line is held after it, in order, and goes on once the choice is
    made (refused, interrupted practitioners typing on lost line after line to buttons they
    had not scrolled up to). The question is asked again below it, buttons and all."""
    said = marks_out(typed)
    chosen = _CHOICE_SAID.fullmatch(said)
    if chosen is not None and chosen.lastgroup is not None:
        carry_out(flow, out, Command(chosen.lastgroup), nudger, read)
        return
    if note_while_held(flow, out, step, typed, nudger):
        return
    held = out.draft.pending
    assert held is not None
    if _POSITION_SAID.fullmatch(said):
        said = "position_while_where_typed" if out.numbered else "position_while_where"
        out.replies.append(Notice(MSG[said].format(typed=excerpt(typed)), "problem"))
    elif typed:
        out.replies.append(_held_or_told(flow, out, step, typed, held, nudger, read))
    ask_about_held(out, step, nudger, flow)


def _held_or_told(flow: Flow, out: Outcome, step: FlowStep, typed: str, held: Pending,
                  nudger: Nudger, read: ReadLine) -> Notice:
    """What a line typed while the question of where waits (not a choice, nor a place among
    the buttons) is told: held behind the line asked about, or why it is not."""
    said = marks_out(typed)
    if TO_THE_BOT.fullmatch(said) or (not held.later and (_YES_OR_NO.fullmatch(said)
                                                          or says_only_yes_or_no(typed))):
        # "ok", "sorry", "?" said to the bot, not an answer: held, it went on to be saved
        # as the answer to the question after ("Question after?: ok"); so did "yes" to the
        # question (among lines typed on, it may be a yes-or-no's answer, and is held)
        return Notice(MSG["aside_not_held"].format(
            typed=excerpt(typed), line=excerpt(str(held.value))), "problem")
    if isinstance(held.earlier, str) and _another_go(held.earlier, typed) \
            and not rewrites(str(held.value), typed):
        return _rewrite_while_where(flow, out, step, typed, held, held.earlier, nudger)
    if _NUMBER_ALONE.fullmatch(typed) \
            and not _number_goes_on(flow, out, typed.strip(), nudger, read):
        # "2" with no scale for it, whichever she chooses: the second button, most likely
        # (held, it went on as the answer to a question asking for words, or picked an
        # option of a choice never shown); asked, not kept
        # (the terminal's choices are commands it lists; a chat's are buttons without numbers)
        said = "number_while_where_typed" if out.numbered else "number_while_where"
        return Notice(MSG[said].format(typed=typed.strip()), "problem")
    if len(held.later) < _HELD_MAX:
        out.draft.pending = replace(held, later=(*held.later, typed))
        return Notice(MSG["held_too"].format(
            typed=excerpt(typed), first=excerpt(str(held.value))), "saved")
    return Notice(MSG["choose_first"].format(typed=excerpt(typed)), "problem")


def _rewrite_while_where(flow: Flow, out: Outcome, step: FlowStep, typed: str, held: Pending,
                         earlier: str, nudger: Nudger) -> Notice:
    """Another go at the answer `earlier` the reminder held, typed while the question of
    where waits: it takes that answer's place, unless a check would ask about it first."""
    if (named := _named_in(flow, out, step, typed, nudger)) is not None:
        # ... with a full name (an address ...) in it: put in place of the answer, it was
        # saved by the choice unread, the check for names every answer has never made
        return Notice(MSG["rewrite_named"].format(
            typed=excerpt(typed), title=step.title, reminder=named), "problem")
    if (asked := _checked_rewrite(flow, out, step, typed, nudger)) is not None:
        # ... that any answer typed here would be asked about ("... health visitor and", sent
        # before its end): put in place, it was saved by the choice with no check made
        return Notice(asked, "problem")
    # As a reminder asks: held behind the line asked about, it went on to the question
    # after that line's, and the answer it rewrote was saved as it was. It takes that
    # answer's place now, to be saved (or kept) by the choice, and the question of where
    # the other line goes is asked again.
    out.draft.pending = replace(held, earlier=typed)
    return Notice(MSG["rewrite_while_where"].format(
        typed=excerpt(typed), earlier=excerpt(earlier), title=step.title,
        line=excerpt(str(held.value))), "note")


def _named_in(flow: Flow, out: Outcome, step: FlowStep, typed: str,
              nudger: Nudger) -> str | None:
    """The reminder about names a line would have at `step` (None: none, or told already)."""
    if "privacy" not in checks_for(flow, step) or f"{step.id}:privacy" in out.draft.nudged:
        return None
    return nudger("privacy", typed) or None


# Why a rewrite is asked about, for the reminders whose own words say what to do next (send
# the rest, /use): in place of them, what they ask about.
_REWRITE_ASKED = {UNFINISHED: "it stops as if there is more to come",
                  DICTATED: "dictation seems to have written some punctuation in it out as "
                            "words",
                  POINTS: "it points to another answer or to something said elsewhere, "
                          "which the summary may not show beside it",
                  COLUMNS: "part of it is headed for another part of the summary",
                  COLUMNS_FILED: "part of it is headed for another part of the summary"}


def _checked_rewrite(flow: Flow, out: Outcome, step: FlowStep, typed: str,
                     nudger: Nudger) -> str | None:
    """What a rewrite typed while the question of where waits is told when a check would ask
    about it, as about any answer typed at `step` (tried on a copy of the draft); None when
    none would. The check is then noted as asked: sent again as it is, it takes the answer's
    place, as an answer asked about once is kept."""
    trial = Outcome(deepcopy(out.draft), numbered=out.numbered)
    trial.draft.pending = None
    checked_accept(flow, trial, step, typed, nudger)
    held = trial.draft.pending
    if held is None or held.step_id != step.id:
        return None
    out.draft.nudged.extend(key for key in trial.draft.nudged if key not in out.draft.nudged)
    words = {"typed": excerpt(typed), "title": step.title}
    if held.kind in _REWRITE_ASKED:
        return MSG["rewrite_asked_why"].format(
            why=_REWRITE_ASKED[held.kind],
            again="whole" if held.kind == UNFINISHED else "changed", **words)
    reminder = next((r.text for r in reversed(trial.replies) if isinstance(r, Nudge)), "")
    return MSG["rewrite_asked"].format(reminder=reminder, **words)


def _number_goes_on(flow: Flow, out: Outcome, number: str, nudger: Nudger,
                    read: ReadLine) -> bool:
    """Whether a number alone, held behind the lines waiting for the choice, would answer a
    scale (or wait again) after either choice that places them: tried on copies of the
    draft, the lines held placed, and the question then asked read."""
    for name in ("replace", "next"):
        trial = Outcome(deepcopy(out.draft), numbered=out.numbered)
        carry_out(flow, trial, Command(name), nudger, read)
        d = trial.draft
        on = d.current if d.status == "in_progress" else None
        if on is None or not flow.has_step(on):
            continue
        if d.pending is not None:
            return True  # a line held again: the number waits behind it, as now
        step = flow.step(on)
        if step.kind.widget == "scale" and step.kind.parse(flow, step, number)[1] is None:
            return True
    return False


def _another_go(earlier: str, typed: str) -> bool:
    """Whether `typed` is the answer `earlier` written again (its abbreviation spelt out, a
    name taken out): words in common (`rewrites`), and most of it as it was; not the next
    answer about the same people ("Mum will ring the police" after "police, mum's sister")."""
    return rewrites(earlier, typed) and keeps_what_happened(earlier, typed) and \
        difflib.SequenceMatcher(None, earlier.lower(), typed.lower()).ratio() >= _ANOTHER_GO


def marks_out(typed: str) -> str:
    """A line in lower case, without marks, its words one space apart ("?" alone: empty)."""
    return " ".join(typed.lower().translate(_NO_MARKS).split())


# (dropped by one table, in C, where an `re.sub` looked in `re`'s cache for its pattern first,
# at every line typed while another is held)
_NO_MARKS = str.maketrans(dict.fromkeys(".,!?'’"))


def _type_on(flow: Flow, out: Outcome, lines: tuple[str, ...], nudger: Nudger,
             read: ReadLine, placed: tuple[str, str] | None = None) -> None:
    """The lines held while the practitioner chose, each typed on in order, and where each
    went said (and how to move it). Should one of them be asked where it goes in its turn,
    the rest wait behind it, held as before, and are named in its question; should a reminder
    ask about one, the next is asked where it goes (the rest behind it) or, where the
    reminder reads it its own way, the rest are said not to be saved; past the last question,
    they are said together not to be saved."""
    d = out.draft
    # `placed`: the line before, and the question it answered (the line chosen for, first)
    for n, line in enumerate(lines):
        step = current(flow, out) if d.status == "in_progress" else None
        if step is None:
            out.replies.append(finished(flow, *lines[n:]))
            return
        if is_choosing(out, step):
            held = d.pending
            assert held is not None
            d.pending = replace(held, later=(*held.later, *lines[n:]))
            # asked already, before these were behind it: asked again naming them (kept
            # unnamed, "Keep my first answer" let them go without a word of them)
            out.replies[:] = [r for r in out.replies if not (
                isinstance(r, Nudge) and r.kind == ANOTHER and r.answer == str(held.value))]
            ask_about_held(out, step, nudger, flow)
            return
        if step.kind.widget == "items" and step.id in out.changed:
            # A list takes any number of lines, one at a time: typed before it was shown,
            # the lines after the one it took were for the questions after (quoted as the
            # child's own words, "Nan picks K up every day" meant for who helps)
            asked = next((i for i in range(len(out.replies) - 1, -1, -1)
                          if isinstance(shown := out.replies[i], Question)
                          and shown.step_id == step.id), len(out.replies))
            out.replies.insert(asked, Notice(MSG["typed_on_list"].format(
                title=step.title, lines=", ".join(f'"{excerpt(x)}"' for x in lines[n:])),
                "problem"))
            return
        held = d.pending
        if held is not None and held.step_id == step.id and is_asked_where(out, step, line):
            # A reminder asks about the line before (or the choice): the rest were typed
            # before it was asked, so none is its answer. Typed on, the next was taken as the
            # rewrite it asks for ("your new line takes its place"), at the wrong question.
            # Unlike the held one, it is asked where it goes, the rest waiting behind it.
            d.pending = Pending(step.id, ANOTHER, line, earlier=held.value,
                                later=lines[n + 1:])
            # The reminder above it said "Type it again to change it": a rewrite typed then
            # was held behind this line, and saved at the wrong question. It says to choose
            # first now, and how to change the answer after (no Keep of its own).
            out.replies[:] = [Notice(f'{r.text}\n\n{MSG["reminder_then_where"]}', "note")
                              if isinstance(r, Nudge) and r.kind != ANOTHER
                              and r.answer == str(held.value) else r for r in out.replies]
            ask_about_held(out, step, nudger, flow)
            return
        if held is not None and held.step_id == step.id:
            # A note holds the line before (typed on, or the one chosen for): typed before
            # that note was shown, this one is no rewrite of it, as it would be read (a line
            # for the question after took the place of one with a name in it, and the
            # rest went a question early), nor the rest of an answer that stopped. They wait
            # for the note: named, to send again (one wording, whatever the note).
            out.replies[:] = [r for r in out.replies if not (
                isinstance(r, Nudge) and r.answer == str(held.value))]
            out.replies.append(Notice(MSG["typed_on_wait"].format(lines=", ".join(
                f'"{excerpt(x)}"' for x in lines[n:])), "problem"))
            ask_about_held(out, step, nudger, flow)
            return
        asked = next((i for i in range(len(out.replies) - 1, -1, -1)
                      if isinstance(shown := out.replies[i], Question)
                      and shown.step_id == step.id), len(out.replies))
        before = d.answers.get(step.id)
        read(flow, out, Text(line), nudger)
        taken = d.answers.get(step.id) != before and (d.pending is None
                                                      or d.pending.step_id != step.id)
        _unask(out, asked, step.id)
        if taken:
            count = lines_held((line,))  # several the terminal sent as one: said so
            said = MSG["typed_on_lines" if count > 1 else "typed_on"].format(
                line=excerpt(line), title=step.title, n=_edit_number(flow, out, step.id),
                count=count)
            if placed is not None and rewrites(placed[0], line):
                # a second go at the line before it, typed before the choice: saved here,
                # one question on, unless she is told how to move it (nothing is moved
                # unasked: the next question's answer may share its words)
                said += " " + MSG["another_go"].format(
                    before=excerpt(placed[0]), n=_edit_number(flow, out, placed[1]),
                    here=_edit_number(flow, out, step.id))
            out.replies.insert(asked, Notice(said, "saved"))
        placed = (line, step.id) if taken else None


def _edit_number(flow: Flow, out: Outcome, step_id: str) -> int:
    """The number /edit gives the answer to `step_id` (as /review lists them)."""
    return next((n for n, s in enumerate(walk(flow, out.draft.answers).answered(), start=1)
                 if s.id == step_id), 0)


def _replace(flow: Flow, out: Outcome, nudger: Nudger) -> str | None:
    """/replace: the line typed after a held answer is its new answer, checked as typed;
    the question it was saved at (None where it was not)."""
    d = out.draft
    step = current(flow, out) if d.status == "in_progress" else None
    if step is not None and take_tidied(flow, out, step, nudger):
        return None  # the answer with the punctuation dictation wrote out as words
    if step is None or not is_choosing(out, step):
        out.replies.append(Notice(MSG["nothing_onward"], "problem"))
        if step is not None:
            ask(flow, out, step, again=True)
        return None
    pending, d.pending = d.pending, None
    assert pending is not None
    said, before = len(out.replies), d.answers.get(step.id)
    checked_accept(flow, out, step, pending.value, nudger)
    if d.answers.get(step.id) not in (before, None) \
            and (d.pending is None or d.pending.step_id != step.id):
        # said, as "It's for the next question" says where each went (with lines typed on
        # after it, the first word was where the next one went, "after" what unsaid)
        out.replies.insert(said, Notice(MSG["replaced"].format(
            line=excerpt(str(d.answers[step.id])), title=step.title,
            earlier=excerpt(str(pending.earlier))), "saved"))
        return step.id
    return None


def onward(flow: Flow, out: Outcome, nudger: Nudger, read: ReadLine) -> str | None:
    """/next: the answer a nudge held is kept as typed, and the line typed after it (held
    beside it) answers the next question, as the practitioner meant it to; the question
    it was saved at (None where it was not)."""
    d = out.draft
    if d.status != "in_progress":
        out.replies.append(finished(flow))
        return None
    step = current(flow, out)
    if step is None:
        return None
    pending = d.pending
    if pending is None or pending.step_id != step.id or pending.earlier is None:
        out.replies.append(Notice(MSG["nothing_onward"], "problem"))
        ask(flow, out, step, again=True)
        return None
    d.pending = None
    count = lines_held((str(pending.value),))  # several the terminal sent as one: said so
    words = {"earlier": pending.earlier, "title": step.title, "count": count}
    lines = "_lines" if count > 1 else ""
    went: list[str] = []

    def saying(following: FlowStep, fate: str) -> str:
        if fate == "saved":
            went.append(following.id)
        return MOVE_MSG[f"onward_{fate}{lines}"].format(next=following.title, **words)

    if not then_answer_next(flow, out, step, pending.earlier, str(pending.value), nudger,
                            read, saying):
        out.replies.append(Notice(MSG["no_next"].format(**words), "saved"))
    return went[0] if went else None


def then_answer_next(flow: Flow, out: Outcome, step: FlowStep, value: Value, line: str,
                     nudger: Nudger, read: ReadLine, saying: Callable[[FlowStep, str], str],
                     expected: str | None = None) -> bool:
    """Accept `value` for `step`, then let `line` answer the question that comes next (the
    one `expected`, if given), saying so before it is shown: `saying` is told the line's
    fate there ("saved", "held" by a reminder, or "refused" as no answer to it). False,
    with only `value` taken, when no such question follows."""
    d = out.draft
    said = len(out.replies)
    accept(flow, out, step, value)
    following = d.current
    if d.status != "in_progress" or following is None or following == step.id \
            or not flow.has_step(following) or following != (expected or following):
        return False
    # Said before the next question is shown, which the line then answers.
    asked = _first_question(out, said)
    before = d.answers.get(following)
    out.placed, placed = True, out.placed
    read(flow, out, Text(line), nudger)
    out.placed = placed
    # saved only when it was (an item added to a list is no `Answered`): a line kept back
    # as no answer there ("5 - sorry clinic now": a note of having to stop) was said to be
    # "saved as why" beside "I haven't saved" it
    fate = "held" if d.pending is not None and d.pending.step_id == following else \
        "saved" if d.answers.get(following) != before or any(
            isinstance(r, Answered) and r.step_id == following for r in out.replies[asked:]) \
        else "refused"
    _unask(out, asked, following)
    out.replies.insert(asked, Notice(saying(flow.step(following), fate), "saved"))
    return True


# A yes or a no set apart from an account in the same line, before it or after it: "yes, R
# has pushed mum 3 times ...", "we spoke to nan and she will have them at weekends, yes".
# ("she said yes" is no answer of the writer's: a stop or a dash sets it apart. A "but" or
# "and" after the yes is left out: "Yes, but only the school ..." is who it was agreed with.)
_SAID_YES_OR_NO = r"(?:yes|yeah|yep|yup|no|nope)"
_ANSWER_AND_ACCOUNT = on_first_use(
    rf"\s*(?P<first>{_SAID_YES_OR_NO})\s*[,.;:!\u2013\u2014-]+\s*(?:(?:but|and|so)\s+)?"
    rf"(?P<after>\S.*?)\s*"
    rf"|\s*(?P<before>\S.*?)\s*[,.;:!\u2013\u2014-]+\s*(?:(?:so|and|but)\s+)?"
    rf"(?P<last>{_SAID_YES_OR_NO})\s*[.!]*\s*", re.IGNORECASE | re.DOTALL)
# ... but not the yes of someone the line reports: "I asked mum ... and she said, yes".
_SOMEONE_SAID = on_first_use(r"\b(?:said|says|say|replied|answered|told\s+(?:me|us|her|him)"
                             r"|nodded|shrugged)\W*\Z", re.IGNORECASE)
# Words of four letters or more: an account ("pushed", "weekends"), not "yes, ok thanks".
_ACCOUNT_WORD = on_first_use(r"[^\W\d_]{4,}")
_ACCOUNT_WORDS = 4


def answer_with_its_account(flow: Flow, out: Outcome, step: FlowStep, text: str,
                            nudger: Nudger, read: ReadLine) -> bool:
    """A yes or no typed with an account of it ("we spoke to nan and she will have them at
    weekends, yes"), where that answer opens a written question of its own still to answer:
    the answer is saved, and the account is that question's answer, as if typed there (its
    reminders still ask), said in one line. It was refused as no yes or no, and pointed on.
    False, with nothing taken, otherwise."""
    d = out.draft
    if step.kind.widget != "yes_no" or d.pending is not None:
        return False  # (answered already, gone /back to: taken as at its first ask)
    said = _ANSWER_AND_ACCOUNT.fullmatch(text)
    if said is None:
        return False
    account = said["after"] or said["before"]
    value, problem = step.kind.parse(flow, step, said["first"] or said["last"])
    if problem or len(_ACCOUNT_WORD.findall(account)) < _ACCOUNT_WORDS \
            or (said["before"] and _SOMEONE_SAID.search(account)):
        return False
    opened = _asked_next(flow, d.answers, step, value)
    if opened is None or opened.kind.widget != "text" \
            or opened is _asked_next(flow, d.answers, step, "no" if value == "yes" else "yes"):
        return False  # (a question either answer asks next is not what this one opens)
    shown = display(step, value)
    if opened.spec.part_of:  # ("Another worry?": its worry is asked a part at a time)
        return _answer_then_parts(flow, out, step, value, MSG["answer_parts_account"].format(
            answer=shown, account=excerpt(account), title=opened.title))

    # Gone back to (/back, /edit): the account given there before, if any, is set aside
    # while the line is read, so that the question is the one asked next (an /edit went
    # past it, answered, back to where it began); put back unless the line replaced it.
    earlier = d.answers.pop(opened.id, None)

    def saying(following: FlowStep, fate: str) -> str:
        said = MSG[f"answer_{fate}_account"].format(answer=shown, account=excerpt(account),
                                                    title=following.title)
        if fate == "saved" and is_answered(earlier) and d.answers.get(opened.id) != earlier:
            said += " " + MSG["account_replaced"].format(earlier=excerpt(str(earlier)))
        return said

    try:
        return then_answer_next(flow, out, step, value, account, nudger, read, saying,
                                expected=opened.id)
    finally:
        if earlier is not None and opened.id not in d.answers:
            d.answers[opened.id] = earlier  # not replaced (held by a reminder, refused)


def _answer_then_parts(flow: Flow, out: Outcome, step: FlowStep, value: Value,
                       said: str) -> bool:
    """Accept `value` for `step`, saying `said` before the question that comes next: the
    rest of the line is no one part of the statement that question opens ("Yes, dad also
    drinks ..." at "Another worry?" went in as who is worried)."""
    before = len(out.replies)
    accept(flow, out, step, value)
    out.replies.insert(_first_question(out, before), Notice(said, "saved"))
    return True


def _first_question(out: Outcome, since: int) -> int:
    """Where the first question shown since reply `since` is (the end, if none)."""
    return next((n for n in range(since, len(out.replies))
                 if isinstance(out.replies[n], Question)), len(out.replies))


def _asked_next(flow: Flow, answers: dict[str, Value], step: FlowStep,
                value: Value) -> FlowStep | None:
    return next((s for s in walk(flow, {**answers, step.id: value}).after(step.id)
                 if s.is_question), None)


def _unask(out: Outcome, asked: int, step_id: str) -> None:
    """Leave out the question at `asked` when the same line already answered it, or it is
    asked again below: shown, it would sit on the phone with its buttons, asking for what
    was just saved."""
    shown = out.replies[asked] if asked < len(out.replies) else None
    later = out.replies[asked + 1:]
    if not isinstance(shown, Question) or shown.step_id != step_id or not any(
            isinstance(r, Answered | Question) and r.step_id == step_id for r in later):
        return
    out.replies[asked:] = [r for r in later
                           if not (isinstance(r, Answered) and r.step_id == step_id)]
