"""The engine's commands (the `question` and `draft` rows of flows.commands.TABLE)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from flows.answers import (
    NOTHING,
    Value,
    clean_line,
    display,
    display_with_reason,
    excerpt,
    is_answered,
    position,
    said_back,
)
from flows.closing_words import closing_word
from flows.dictation import tidied
from flows.draft import END, Draft, Pending
from flows.flow import Flow, FlowStep
from flows.moves import (
    BARE,
    DICTATION_TAKEN,
    Nudger,
    Outcome,
    accept,
    ask,
    ask_about_held,
    checked_accept,
    complete,
    go_forward,
    held_back,
    hold_pending,
    is_choosing,
    kept_not_others,
    lines_held,
    nudge_text,
    privacy_first,
    take_account,
    take_filed,
)
from flows.render import suggest
from flows.replies import (
    ACCOUNT,
    ADDS_BACK,
    BY_STEP,
    COLUMNS,
    COLUMNS_FILED,
    DICTATED,
    SAID_NOTHING,
    Command,
    Notice,
    Nudge,
    Question,
    Review,
    ReviewItem,
    SummaryReply,
)
from flows.summary import build_summary
from flows.walk import question_before, walk

MSG = {
    "held_answer": 'Your answer, held back by the reminder below: "{value}"\n\n{reminder}',
    "required": "This question needs an answer before we move on. /help shows some prompts.",
    "not_kept": "I haven't saved the answer the reminder was about.",
    "not_added": 'I haven\'t added "{value}" to the list: give your number at the scale.',
    "columns_not_kept": 'I haven\'t saved your pasted answer ("{value}"), here or anywhere '
    'else. Send each part at its own question: this one\'s when you come back to "{title}".',
    "list_empty": "Add at least one item before moving on.",
    "first": "This is the first question, so there's nowhere to go back to.",
    "edit_on_screen": "Question {number} is the one you're on, with no answer yet: send your "
                      "answer to it here.",
    "no_edit": "There's no answer number {arg}. Type /review to see the numbers.",
    "edit_gone": "That answer is no longer part of this draft: an answer changed since has "
    "left its question out. Type /review to see the answers as they are now.",
    "edit_which": "Which answer would you like to change? Send /edit with its number, for "
    "example /edit 2. Type /review to see the numbers.",
    "no_suggestion": "There's no suggested wording for this question.",
    "nothing_to_finish": "Nothing to finish here: just answer the question.",
    "nothing_kept": "There's nothing waiting to be kept.",
    "paused": "Saved. Your answers are safe; /resume carries on from this question.",
    "finished": "This draft is finished. /summary shows it, /review lets you change an answer, "
    "and /new starts another.",
    # "thanks" or "ok" once the tool is done: said to the bot, answered in a line
    "closing_thanks": "You're welcome. It's all saved: /summary shows it, and /new starts "
    "another.",
    "closing_fine": "It's all saved: /summary shows it, and /new starts another.",
    # a partner's, every question answered: the offer to send follows
    "closing_partner_thanks": "You're welcome. Your answers haven't been sent yet.",
    "closing_partner_fine": "Your answers haven't been sent yet.",
    # a partner answers one contribution, to send: there is no other to start
    "finished_partner": "You've answered every question. /review shows your answers, to change "
    "one before you send them.",
    "not_saved": 'I haven\'t saved "{typed}".',
    "used_not_others": "Your lines typed after your answer, waiting for you to say where they "
    "go, were not saved: {lines}.",
    "not_saved_these": "I haven't saved {lines}: they came after the last question.",
    "used_instead": "I've used the suggested wording instead of the version you typed (/back "
    "to change it).",
    "no_help": "There's no extra help for this one.",
    # an answer a reminder holds back is in no summary until it is answered: said under the
    # summary (and the documents), which were read as the whole draft and pasted as such
    "held_out": 'Not in {these} yet: "{value}", what you typed for "{title}". It waits for '
    "your reply to the note about it: /continue shows the note.",
    # lines typed on past a reminder, waiting for where the first of them goes
    "held_out_line": 'Not in {these} yet: "{value}", what you typed for "{title}", nor the '
    'line you typed after it, "{line}". It waits for your choice of where it goes: /continue '
    "shows the question.",
    "held_out_lines": 'Not in {these} yet: "{value}", what you typed for "{title}", nor the '
    '{count} lines you typed after it, "{line}" first. They wait for your choice of where '
    '"{line}" goes: /continue shows the question.',
    # the rest of a written answer, sent at the question after it and offered back to it
    "held_out_offered": 'Not in {these} yet: "{value}", which you sent at "{title}". If it is '
    'the rest of your answer to "{earlier}", /back adds it to the end of that answer.',
}
ECHO_MAX = 12  # how much of an /edit that names no answer is said back
# Commands that leave an answer held back by a nudge where it is.
LEAVE_PENDING = frozenset({"help", "pause", "show", "keep", "accept"})


def command(flow: Flow, out: Outcome, cmd: Command, nudger: Nudger) -> None:
    """Apply one engine command to the draft in `out`."""
    d = out.draft
    if cmd.name in ("review", "summary"):
        if cmd.name == "review":
            review(flow, out)
        else:
            out.replies.append(SummaryReply(build_summary(flow, d), False, d.id, d.nonce,
                                            flow.spec.for_partners))
            if (held := held_out(flow, d, "this summary")) is not None:
                out.replies.append(Notice(held))
        if d.status == "in_progress" and d.pending is not None and d.current is not None \
                and d.pending.step_id == d.current and d.pending.earlier is not None \
                and flow.has_step(d.current):
            # Asked where a line goes, with none of them in the review: the question again
            # below it, naming them (else "No answers yet." was all, the buttons far above),
            # and, as under a summary, which answer waits and how many lines with it
            if cmd.name == "review" and (held := held_out(flow, d, "this review")) is not None:
                out.replies.append(Notice(held))
            ask_about_held(out, flow.step(d.current), nudger, flow)
        elif cmd.name == "review" and d.pending is not None and d.pending.kind == ADDS_BACK \
                and (held := held_out(flow, d, "this review")) is not None:
            out.replies.append(Notice(held))  # still offered: /back adds it, as promised
        return
    if cmd.name == "edit":
        onward = False
        if d.current is not None and flow.has_step(d.current):
            on = flow.step(d.current)
            if privacy_first(out, on, nudger):
                return
            # An answer a reminder held, kept as typed by the /edit: that question is
            # answered now, and after the edit the one after it is asked, not it again
            # (where a line typed for the next question replaced it).
            onward = d.pending is not None and d.pending.step_id == on.id \
                and not on.kind.collects
            hold_pending(out, on)
        edit(flow, out, cmd.arg, onward=onward)
        return
    if d.status != "in_progress":
        if cmd.name == "show":
            out.replies.append(SummaryReply(build_summary(flow, d), False, d.id, d.nonce,
                                            flow.spec.for_partners))
        else:
            out.replies.append(finished(flow))
        return
    step = current(flow, out)
    if step is None:
        return
    if cmd.name == "skip" and held_back(out, step, BARE) and step.spec.required:
        # "4" or "ok" alone, asked about, then /skip: kept, the danger statement drafted from
        # it read "If nothing changes, 4." The question needs an answer, and is asked again.
        out.replies.append(Notice(MSG["required"], "problem"))
        ask_about_held(out, step, nudger, flow)
        return
    if cmd.name == "back" and held_back(out, step, COLUMNS, COLUMNS_FILED) \
            and question_before(flow, d.answers, step.id) is None:
        out.replies.append(Notice(MSG["first"], "problem"))  # the note still waits
        ask_about_held(out, step, nudger, flow)
        return
    if cmd.name == "back" and held_back(out, step, COLUMNS, COLUMNS_FILED):
        # /back under the note about parts headed as other columns: the paste is not filed
        # here whole, as the note warned (kept, it stood under this question, in place of
        # an answer given before, and the way back went on from there)
        pasted = d.pending
        assert pasted is not None
        d.pending = None
        out.replies.append(Notice(MSG["columns_not_kept"].format(
            value=excerpt(" ".join(str(pasted.value).split()), 40), title=step.title)))
    elif cmd.name == "skip" and (held_back(out, step, "privacy", SAID_NOTHING)
                               or held_back(out, step, BARE)):
        # Skip leaves the question out: not the answer the privacy reminder was about, nor
        # a note that the child said nothing, kept as their words, nor an "ok" alone ("If
        # nobody, skip this question": "ok", then /skip, read "Not to be shared with: ok").
        out.draft.pending = None
        out.replies.append(Notice(MSG["not_kept"]))
    elif cmd.name == "done" and held_back(out, step, BARE) and step.kind.widget == "items":
        # Done under "reads as the scale's number": the list ends without it, and the scale
        # it was meant for is asked next (kept, it stood among the grey areas)
        meant = d.pending
        assert meant is not None
        d.pending = None
        out.replies.append(Notice(MSG["not_added"].format(value=excerpt(str(meant.value)))))
    elif cmd.name not in LEAVE_PENDING:
        if privacy_first(out, step, nudger):
            return
        hold_pending(out, step)
    STEP_COMMANDS[cmd.name](flow, out, step, nudger)


def held_out(flow: Flow, d: Draft, these: str) -> str | None:
    """What to say under a summary (`these`: "this summary") of a draft while a reminder
    holds an answer back from it, or None when nothing is held."""
    held = d.pending
    if held is None or d.status != "in_progress" or not flow.has_step(held.step_id):
        return None
    step = flow.step(held.step_id)
    if held.kind == ADDS_BACK:
        earlier = question_before(flow, d.answers, step.id)
        return MSG["held_out_offered"].format(
            these=these, value=excerpt(" ".join(str(held.value).split())), title=step.title,
            earlier=earlier.title if earlier is not None else step.title)
    value = held.earlier if held.earlier is not None else held.value
    shown = value if isinstance(value, str) else display(step, value)
    words = {"these": these, "value": excerpt(" ".join(shown.split())), "title": step.title}
    if held.earlier is None:
        return MSG["held_out"].format(**words)
    count = lines_held((str(held.value), *held.later))  # that line and those behind it
    return MSG["held_out_lines" if count > 1 else "held_out_line"].format(
        count=count, line=excerpt(" ".join(str(held.value).split())), **words)


def finished(flow: Flow, *typed: str) -> Notice:
    """What a finished draft says to more input: words typed are said not to be saved (a
    note typed after the last question was taken for added; several lines held past the
    last question, named once, not a message each), and a partner is not told to start
    another draft, which a partner's link does not let them do. A closing word ("thanks",
    "ok") is answered in a line."""
    said = MSG["finished_partner" if flow.spec.for_partners else "finished"]
    lines = [f'"{excerpt(line)}"' for line in map(clean_line, typed) if line]
    closing = closing_word(typed[0]) if len(lines) == 1 and len(typed) == 1 else None
    if closing is not None:
        return Notice(MSG[f"closing_partner_{closing}" if flow.spec.for_partners
                          else f"closing_{closing}"])
    if len(lines) > 1:
        said = MSG["not_saved_these"].format(lines=", ".join(lines)) + " " + said
    elif lines:
        said = MSG["not_saved"].format(typed=lines[0][1:-1]) + " " + said
    return Notice(said)


def current(flow: Flow, out: Outcome) -> FlowStep | None:
    """The step being asked; when it is gone from the flow, ask the first open one instead."""
    d = out.draft
    if d.current is None or not flow.has_step(d.current):
        go_forward(flow, out, after=None, only_open=True)
        return None
    return flow.step(d.current)


def _back(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    """Ask the question before the one on the screen, in the flow's order (never the place
    an /edit jumped from, which may be further on). Answers are left as they are, and an
    edit still under way still returns to where it began."""
    d = out.draft
    state = walk(flow, d.answers)
    earlier = state.question_before(step.id)
    if earlier is None:
        out.replies.append(Notice(MSG["first"], "problem"))
        ask(flow, out, step, again=True, walk_state=state)
        return
    # The history ends at the question on the screen: cut it back to the last time this
    # one was asked (or add it), so going back and forth does not make it grow.
    if earlier.id in d.history:
        del d.history[len(d.history) - d.history[::-1].index(earlier.id):]
    else:
        d.history.append(earlier.id)
    ask(flow, out, earlier, walk_state=state)


def skip(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    d = out.draft
    value = d.answers.get(step.id)
    if is_answered(value) or (step.id in d.answers and not step.spec.required):
        complete(flow, out, step, value)
    elif step.spec.required:
        out.replies.append(Notice(MSG["required"], "problem"))
        ask(flow, out, step, again=True)
    else:
        accept(flow, out, step, None)


def _help(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    out.replies.append(Notice(step.spec.help or MSG["no_help"], "help"))
    if is_choosing(out, step):  # the question of where a line goes, again below it
        ask_about_held(out, step, nudger, flow)


def _pause(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    out.replies.append(Notice(MSG["paused"], "saved"))


def _show(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    ask(flow, out, step, again=True, whole=True)  # someone coming back needs the question
    pending = out.draft.pending
    if pending is not None:  # and the answer a reminder held back, to keep or type again
        shown = display(step, pending.value)
        text = nudge_text(pending, nudger, step, out.draft, flow)
        # the reminder quotes a word of it: the answer is off screen (not a line offered to
        # the answer before, which was never one, and is quoted as the offer quoted it)
        if shown not in text and pending.kind != ADDS_BACK:  # (a child's quote: marks once)
            text = MSG["held_answer"].format(value=said_back(shown), reminder=text)
        out.replies.append(Nudge(text, pending.kind, out.draft.nonce, shown, out.draft.id))


def done(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    value = out.draft.answers.get(step.id)
    if not step.kind.collects and is_answered(value):
        # an answer already there (a reminder's, just kept): done with it, as /skip is
        complete(flow, out, step, value)
    elif not step.kind.collects:
        out.replies.append(Notice(MSG["nothing_to_finish"], "problem"))
        ask(flow, out, step, again=True)
    elif step.spec.required and not is_answered(value):
        out.replies.append(Notice(MSG["list_empty"], "problem"))
        ask(flow, out, step, again=True)
    else:
        complete(flow, out, step, value if value is not None else [])


def _accept_suggestion(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    pending = out.draft.pending
    if not step.spec.draft and (take_tidied(flow, out, step, nudger)
                                or take_filed(flow, out, step, nudger)
                                or take_account(flow, out, step)):
        # /use under the note about dictated punctuation: the answer with it as marks; under
        # the note about parts headed as other columns: each part under its own question
        return
    text = suggest(flow, step, walk(flow, out.draft.answers)) if step.spec.draft else None
    if not text:
        out.replies.append(Notice(MSG["no_suggestion"], "problem"))
        if pending is not None and pending.step_id == step.id and pending.earlier is not None:
            ask_about_held(out, step, nudger, flow)  # a line waits to be placed: that comes first
        else:
            ask(flow, out, step, again=True)
        return
    pending = out.draft.pending
    if pending is not None and pending.step_id == step.id:
        # /use under a note about their own version: the suggestion is chosen over it.
        out.draft.pending = None
        out.replies.append(Notice(MSG["used_instead"], "saved"))
        if pending.earlier is not None:  # the lines typed after it, waiting to be placed
            out.replies.append(Notice(MSG["used_not_others"].format(lines=", ".join(
                f'"{excerpt(line)}"' for line in (str(pending.value), *pending.later)))))
    # Drafted wording goes to conference: it is checked like wording typed by hand.
    checked_accept(flow, out, step, text, nudger)


def take_tidied(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> bool:
    """Take the answer a note about dictated punctuation holds, with the punctuation as marks
    (/use, /replace or the note's button); False when no such note is waiting here."""
    pending = out.draft.pending
    if pending is None or not held_back(out, step, DICTATED) \
            or not (spoken := tidied(str(pending.value))):
        return False
    out.draft.pending = None
    if DICTATION_TAKEN not in out.draft.nudged:
        out.draft.nudged.append(DICTATION_TAKEN)
    checked_accept(flow, out, step, spoken, nudger)
    return True


def _keep(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    pending = out.draft.pending
    if pending is None or pending.step_id != step.id:
        out.replies.append(Notice(MSG["nothing_kept"], "problem"))
        ask(flow, out, step, again=True)
        return
    out.draft.pending = None
    if pending.earlier is not None:  # the first answer, not the line typed after it
        # (nor any typed on after that, each named: flows.held_lines.carry_out)
        out.replies.append(Notice(kept_not_others(pending), "saved"))
        checked_accept(flow, out, step, pending.earlier, nudger)
        return
    if pending.kind == ACCOUNT and (problem := step.kind.parse(flow, step, str(pending.value))[1]):
        out.draft.pending = pending  # an account over the role's limit: kept for its question
        out.replies.append(Notice(problem, "problem"))
        ask_about_held(out, step, nudger, flow)
        return
    checked_accept(flow, out, step, pending.value, nudger)
    nothing_kept_ends(flow, out, step, pending, nudger)


def nothing_kept_ends(flow: Flow, out: Outcome, step: FlowStep, pending: Pending,
                      nudger: Nudger) -> None:
    """A child's "none", held to ask whether they said it, kept as the whole of their list:
    the list is done, as "none" to a list is (a file's "N/A" and its empty line are the
    list's answer, and the next line the next question's)."""
    if pending.kind == SAID_NOTHING and step.kind.collects and out.draft.pending is None \
            and NOTHING.fullmatch(str(pending.value).lower().strip(" .!")) \
            and isinstance(items := out.draft.answers.get(step.id), list) and len(items) == 1 \
            and current(flow, out) is step:
        if out.replies and isinstance(asked := out.replies[-1], Question) \
                and asked.step_id == step.id:
            out.replies.pop()  # the list asked again for more: it is done instead
        done(flow, out, step, nudger)


STEP_COMMANDS: dict[str, Callable[[Flow, Outcome, FlowStep, Nudger], None]] = {
    "back": _back,
    "skip": skip,
    "help": _help,
    "pause": _pause,
    "show": _show,
    "done": done,
    "accept": _accept_suggestion,
    "keep": _keep,
}


def review(flow: Flow, out: Outcome) -> None:
    d = out.draft
    items = tuple(
        ReviewItem(n, s.id, s.section_title, s.title, _shown(s, d.answers))
        for n, s in enumerate(walk(flow, d.answers).answered(), start=1)
    )
    out.replies.append(Review(d.label, flow.title, items, d.nonce, d.id))


def _shown(step: FlowStep, answers: Mapping[str, Value]) -> str:
    """An answer as /review lists it: a person's own number with the reason they gave."""
    return display_with_reason(step, answers.get(step.id), answers)


# "/edit one" or "/edit first", as dictated on a phone: "There's no answer number one".
_IN_WORDS = {word: n for n, words in enumerate((
    (), ("one", "first"), ("two", "second"), ("three", "third"), ("four", "fourth"),
    ("five", "fifth"), ("six", "sixth"), ("seven", "seventh"), ("eight", "eighth"),
    ("nine", "ninth"), ("ten", "tenth"))) for word in words}


def edit(flow: Flow, out: Outcome, arg: str, *, onward: bool = False) -> None:
    """Ask an answered question again, to change it; then back to where the edit began, or
    (`onward`: that question was answered on the way) to the question after it."""
    d = out.draft
    answered = walk(flow, d.answers).answered()
    if arg.startswith(BY_STEP):  # a review's Edit button, pressed however long after
        step = next((s for s in answered if s.id == arg[len(BY_STEP):]), None)
        if step is None:
            out.replies.append(Notice(MSG["edit_gone"], "problem"))
            return
    else:
        typed = arg.strip().lstrip("#").rstrip(".").strip()  # "#2", "2."
        number = position(typed) or _IN_WORDS.get(typed.casefold(), 0)
        if not 1 <= number <= len(answered) and d.current is not None and d.pending is None \
                and flow.has_step(d.current) \
                and walk(flow, d.answers).progress(d.current)[0] == number:
            # "/edit 3" typed at "Question 3 of 20", not yet answered: that question
            out.replies.append(Notice(MSG["edit_on_screen"].format(number=number)))
            ask(flow, out, flow.step(d.current), again=True)
            return
        if not 1 <= number <= len(answered):
            said = MSG["no_edit"].format(arg=_echo(arg)) if clean_line(arg) \
                else MSG["edit_which"]
            out.replies.append(Notice(said, "problem"))
            return
        step = answered[number - 1]
    if step.id != d.current and not _still_returning(flow, d, step):
        # /edit of the question on screen goes on from it, as before
        d.return_to = d.current or END
        if onward and d.current is not None:
            d.return_to = next((s.id for s in walk(flow, d.answers).after(d.current)
                                if s.is_question), END)
    d.status = "in_progress"
    d.pending = None
    if d.current != step.id:
        d.history.append(step.id)
    ask(flow, out, step)


def _still_returning(flow: Flow, d: Draft, step: FlowStep) -> bool:
    """Whether an edit already under way comes back to a question after `step` (or to the
    end): a second Edit button of an old review tapped while the first answer is asked
    again goes to `step`, then back there, not back to the answer the first one opened."""
    if d.return_to is None or d.current is None or d.current == d.return_to:
        return False
    if d.return_to == END:
        return True
    return flow.has_step(d.return_to) and flow.index[step.id] < flow.index[d.return_to]


def _echo(arg: str) -> str:
    """What was typed after /edit, on one line and cut short: it is said back, not stored."""
    said = clean_line(arg) or "?"
    return said if len(said) <= ECHO_MAX else said[:ECHO_MAX - 1] + "…"
