"""The pure engine: a flow, a draft and one input in; replies and the changed draft out.

It knows no front end and no database. The caller saves `Outcome.draft` (the answer ids in
`Outcome.changed` at least) before it shows `Outcome.replies` to anyone. What an answer
means is the step's question type (flows.questions); commands are in flows.step_commands,
and the moves both share (accept, go forward, ask) in flows.moves. Lines typed at a question
that are not its answer are read in flows.asides, a scale's number with the words beside it
in flows.scale_reasons, and what the engine says is in flows.engine_words.
"""

from __future__ import annotations

import difflib
import re
import zlib
from collections.abc import Callable
from copy import deepcopy
from dataclasses import replace

from flows.answers import (
    BARE_COMMAND,
    DONE_WORDS,
    LOST,
    NOTHING,
    NUMBER_WORDS,
    UNSURE_FIRST,
    WORD_MEANING,
    Value,
    clean,
    display,
    display_with_reason,
    excerpt,
    is_answered,
    items_after_filler,
    items_then_nothing,
)
from flows.asides import (
    LETTERS,
    about_the_tool,
    asks_to_change,
    back_to_written,
    continues,
    correction,
    dated_now,
    greeting,
    not_taken,
    note_while_held,
    question_itself,
    repeated,
    repeats_answer_before,
    send_early,
    stopping,
    wrong_tool,
    yes_alone,
)
from flows.commands import ENGINE_COMMANDS
from flows.draft import END, Draft, Pending
from flows.engine_words import MSG
from flows.flow import Flow, FlowStep
from flows.glossary import meaning
from flows.moves import (
    BARE,
    POINTS,
    Nudger,
    Outcome,
    accept,
    agrees_with_shown,
    ask,
    ask_about_held,
    ask_headed_again,
    checked_accept,
    checks_for,
    go_forward,
    held_back,
    hold_another,
    hold_pending,
    initial_for_privacy,
    is_agreeing,
    is_another_answer,
    is_asked_where,
    is_choosing,
    is_next_item,
    is_taking_suggestion,
    keeps_given,
    keeps_what_happened,
    lines_held,
    no_nudges,
    privacy_first,
    rewrites,
    says_only_yes_or_no,
)
from flows.moves import (
    MSG as MOVE_MSG,
)
from flows.questions import MSG as TYPE_MSG
from flows.questions import (
    childs_number,
    given_by_someone_else,
    left_with_choice,
    said_by_the_child,
)
from flows.regex import made_by, on_first_use
from flows.replies import (
    ANOTHER,
    COLUMNS,
    COLUMNS_FILED,
    CONTINUES,
    DICTATED,
    UNFINISHED,
    Answered,
    Command,
    Input,
    Notice,
    Nudge,
    Pick,
    Question,
    Text,
)
from flows.scale_reasons import (
    A_NUMBER,
    a_grade_for_the_number,
    added_to_reason,
    drawing_again,
    number_changed,
    number_for_the_scale_after,
    number_given_how,
    number_meant,
    one_point_more,
    their_number_and_why,
    their_reason_after,
    two_places,
    which_now,
    why_of_another_number,
    wrong_end,
)
from flows.step_commands import command, current, done, finished, skip, take_tidied
from flows.summary import Summary, build_summary
from flows.walk import walk

__all__ = ["MSG", "Nudger", "Outcome", "advance", "no_nudges", "reconcile", "settle", "show",
           "start", "summary"]



def start(flow: Flow, draft: Draft) -> Outcome:
    """Begin a new draft: the flow's introduction, then its first question."""
    out = Outcome(draft.copy())
    if flow.spec.intro:
        out.replies.append(Notice(flow.spec.intro, "note"))
    go_forward(flow, out, after=None)
    return out


def advance(flow: Flow, draft: Draft, given: Input, *, nudger: Nudger = no_nudges,
            numbered: bool = True, opened: bool = False) -> Outcome:
    """Apply one input to a draft (the conversation has already refused stale buttons).
    `numbered`: the options of a choice were shown numbered, so a number typed picks one
    (`flows.questions.QuestionType.parse`). `opened`: the draft was just opened (`Outcome`)."""
    out = Outcome(draft.copy(), numbered=numbered, opened=opened)
    _let_go_of_moved(flow, out)
    if isinstance(given, Command):
        _command(flow, out, given, nudger)
    elif out.draft.status != "in_progress":
        out.replies.append(finished(flow, given.text if isinstance(given, Text) else ""))
    elif isinstance(given, Pick):
        _pick(flow, out, given, nudger)
    elif isinstance(given, Text):
        _typed(flow, out, given, nudger)
    else:
        out.replies.append(Notice(TYPE_MSG["not_here"], "problem"))
    return out


def show(flow: Flow, draft: Draft, *, nudger: Nudger = no_nudges) -> Outcome:
    """Ask the current question again (on /resume, or after a restart). A reminder holding
    an answer back is asked again in its own words, which `nudger` gives."""
    return advance(flow, draft, Command("show"), nudger=nudger)


def summary(flow: Flow, draft: Draft) -> Summary:
    """The three-column summary of a draft, as its flow now stands."""
    return build_summary(flow, reconcile(flow, draft).draft)


def reconcile(flow: Flow, draft: Draft) -> Outcome:
    """Fit a draft saved under another version of its flow: keep answers whose steps remain
    (with a person's reason beside their number, while that number's step does)."""
    out = Outcome(draft.copy())
    d = out.draft
    if d.flow_version == flow.version:
        return out
    gone = {answer_id for answer_id in d.answers if not flow.holds(answer_id)}
    for step_id in gone:
        del d.answers[step_id]
    out.changed |= gone
    d.history = [s for s in d.history if flow.has_step(s)]
    # (a pending answer or lines at a question taken out: named by `advance`, not dropped)
    if d.return_to not in (None, END) and not flow.has_step(d.return_to or ""):
        d.return_to = None
    d.flow_version = flow.version
    d.nonce += 1  # buttons shown under the old version must not answer the new one
    if d.status == "in_progress":
        # The question they were on may be gone, and new ones may sit before it: carry on
        # from the first one never answered, and after it keep to the unanswered ones.
        first = walk(flow, d.answers).first_open()
        if first is not None and first.id != d.current:
            d.history.append(first.id)
            d.return_to = END
    return out


def settle(flow: Flow, draft: Draft) -> Outcome:
    """A draft fitted to its flow as it now stands (`reconcile`), with what a reminder (or
    the question of where lines go) held at a question the updated tool no longer asks there
    let go and named in the replies, as her next input would (`_let_go_of_moved`): for what
    reads the draft before that input (a /handover, refused while anything is held)."""
    out = reconcile(flow, draft)
    _let_go_of_moved(flow, out)
    return out


def _let_go_of_moved(flow: Flow, out: Outcome) -> None:
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


def _command(flow: Flow, out: Outcome, given: Command, nudger: Nudger) -> None:
    if _would_leave_out(flow, out, given.name, nudger):
        return
    held = out.draft.pending
    if given.name in _CHOSEN and held is not None and held.later:
        # Where the line held first goes is chosen: the lines typed after it, held while
        # the practitioner had not chosen, then go on in order, as if typed after the choice.
        # Not after "Keep my first answer": typed on, with the line before them left out,
        # each went one question early (the next three answers of a duty social worker who
        # kept her first, each under the question before its own); none is saved, and
        # each is named to send again (/keep).
        went = _chosen(flow, out, given, nudger)
        if given.name != "keep" and out.draft.pending is not held:
            # where the line chosen for was saved, as placed (not found by its words: "none"
            # may be an answer before it too, and a list's items are no answer's text)
            _type_on(flow, out, held.later, nudger,
                     None if went is None else (str(held.value), went))
        return
    _chosen(flow, out, given, nudger)


# Commands that, sent while a line typed on (and any after it) waits for the choice of where
# it goes, would keep the first answer and leave every line out (/keep says so, and is a
# choice of its own): /back and /edit too, which moved her on and lost what she had typed.
_LEAVES_OUT = frozenset({"done", "skip", "back", "edit"})


def _would_leave_out(flow: Flow, out: Outcome, name: str, nudger: Nudger) -> bool:
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


def _chosen(flow: Flow, out: Outcome, given: Command, nudger: Nudger) -> str | None:
    """Carry out `given`; for /replace or /next, the question the line held was saved at
    (None where it was not saved)."""
    held = out.draft.pending
    if given.name == "back" and held is not None and held.kind == CONTINUES \
            and held.step_id == out.draft.current:
        # "and ..." typed after a written answer: /back adds it to the end of that answer
        out.draft.pending = None
        command(flow, out, given, nudger)
        step = current(flow, out)
        if out.draft.current != held.step_id and step is not None:
            out.replies[:] = [r for r in out.replies if not isinstance(r, Question)]
            _add_back(flow, out, step, held.value, nudger)
        return None
    if given.name == "next":
        return _onward(flow, out, nudger)
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
    line = added[1] if (added := _ADD.fullmatch(str(line))) else line  # "+ more": the words
    whole = f"{earlier} {line}" if isinstance(earlier, str) and is_answered(earlier) else str(line)
    value, problem = step.kind.parse(flow, step, whole)
    if problem:
        out.replies.append(Notice(MSG["not_added_back"].format(typed=line, problem=problem),
                                  "problem"))
        ask(flow, out, step, again=True)
        return
    out.replies.append(Notice(MOVE_MSG["added_back"], "saved"))
    checked_accept(flow, out, step, value, nudger)


def _pick(flow: Flow, out: Outcome, pick: Pick, nudger: Nudger) -> None:
    """A button's value, matched as a value of this step (never read as typing)."""
    step = current(flow, out)
    if step is None:
        return
    value, problem = step.kind.pick(flow, step, pick.value)
    if problem:
        out.replies.append(Notice(problem, "problem"))
        ask(flow, out, step, again=True)
        return
    out.draft.pending = None
    if step.kind.collects:
        _toggle(flow, out, step, str(value))
    else:
        checked_accept(flow, out, step, value, nudger)


def _toggle(flow: Flow, out: Outcome, step: FlowStep, value: str) -> None:
    valid = [c.value for c in step.spec.choices]
    current_value = out.draft.answers.get(step.id)
    chosen = set(current_value) if isinstance(current_value, list) else set()
    chosen ^= {value}
    out.draft.answers[step.id] = [v for v in valid if v in chosen]
    out.changed.add(step.id)
    ask(flow, out, step, again=True)


def _typed(flow: Flow, out: Outcome, typed: Text, nudger: Nudger) -> None:
    step = current(flow, out)
    if step is None:
        return
    text = clean(typed.text)
    if step.kind.widget == "items" and text.lower() in DONE_WORDS | {""}:
        if privacy_first(out, step, nudger):
            return
        hold_pending(out, step)  # an empty line or "done" keeps an item a nudge held back
        done(flow, out, step, nudger)
        return
    if number_changed(flow, out, step, text, nudger) \
            or correction(flow, out, step, text, nudger) \
            or asks_to_change(flow, out, step, text, nudger):
        return
    if greeting(flow, out, step, text, nudger) or stopping(flow, out, step, text) \
            or about_the_tool(flow, out, step, text) or send_early(flow, out, step, text) \
            or wrong_tool(flow, out, step, text) \
            or _who_and_what(flow, out, step, text, nudger) \
            or note_while_held(flow, out, step, text, nudger):
        return
    lowered = text.lower().strip(" .!")
    unfinished = (held := out.draft.pending) is not None and held.step_id == step.id \
        and held.kind == UNFINISHED
    rest_of = unfinished and lowered == "help"  # "Nan can" + "help"
    # "what do I put here?" while an answer that stopped mid-sentence waits for its rest is
    # asked of the bot: added on, it was saved as the end of the answer ("K eats other kids'
    # snacks and what do I put here?"), and the rest went to the next question.
    asking = out.draft.pending is None or (unfinished and not lowered.startswith("help"))
    child = step.spec.voice == "child"
    if step.kind.widget in ("text", "items") and not rest_of \
            and (word := (None if child else BARE_COMMAND.fullmatch(lowered)) or (
                LOST.fullmatch(lowered)
                or _asks_what_it_means(flow, step, text, lowered, child)
                if asking else None)):
        # "skip" or "back" without its slash: saved, it would be the answer ("Who
        # contributed: skip"); so would "?" or "what do I put here?" (not while a reminder
        # holds an answer: there it is asked about). A choice reads its own words. A
        # child's own words are kept whatever they are, so there "?", "what do I put
        # here?" or "what do you mean by danger?" (quoted as the child's, "“?” (child's
        # words)") is the help once, and sent again it is kept as theirs.
        name = _bare_command(word[0]) if made_by(word, BARE_COMMAND) else "help"
        # "?", "what does feedback mean?": /help, whatever words are in it
        said = _with_meaning(MSG["bare_command"].format(typed=text, name=name), text, flow)
        if name == "help" and (child or _QUOTABLE.fullmatch(word[0])):
            # "help me" or "I don't understand" may be what a young person or a parent
            # said: shown the help once, sent again it is the answer.
            key = f"{step.id}:lost"
            if child:  # each line asked about once: "?", then "what do I put here?"
                key += f":{zlib.crc32(lowered.encode())}"
            if key not in out.draft.nudged:
                out.draft.nudged.append(key)
                out.replies.append(Notice(said + " " + MSG["lost_quoted"],
                                          until_sent_again=True))
                command(flow, out, Command(name), nudger)
                return
        elif _would_leave_out(flow, out, name, nudger):
            return  # "skip" while lines typed on wait for the choice: asked about first
        else:
            out.replies.append(Notice(said))
            command(flow, out, Command(name), nudger)
            return
    if is_choosing(out, step):
        _choose_first(flow, out, step, text, nudger)
        return
    if step.kind.widget == "items" and (items := items_after_filler(text)) is not None:
        # "N/A" above the items after all: the items, each on its own, without it
        _typed(flow, out, Text(items), nudger)
        return
    if step.kind.widget == "items" and (items := items_then_nothing(text)) is not None:
        # Items, and "n/a" or "-" on the last line: the items, and then the list is done
        # unless one of them was held back to be asked about.
        _typed(flow, out, Text(items), nudger)
        if current(flow, out) is step and out.draft.pending is None:
            _typed(flow, out, Text("none"), nudger)
        return
    if step.kind.widget == "items" and NOTHING.fullmatch(text.lower().strip(" .!")):
        # "none" to a list is its whole answer, kept as said; after items it ends the list.
        # Either way the list is finished: the next line typed is the next question's. To a
        # reminder about an item, "no" keeps the item, and the list goes on.
        if privacy_first(out, step, nudger):
            return
        if out.draft.pending is not None and out.draft.pending.step_id == step.id:
            hold_pending(out, step)
            ask(flow, out, step, again=True)
            return
        if not out.draft.answers.get(step.id):
            out.draft.answers[step.id] = [text]
            out.changed.add(step.id)
        done(flow, out, step, nudger)
        return
    if step.kind.widget == "several" and not step.spec.required \
            and _NONE_OF_THEM.fullmatch(text.lower().strip(" .!")):
        # "none" to "choose all that fit, or none": none chosen, as Done with none ticked
        out.draft.answers[step.id] = []
        out.changed.add(step.id)
        done(flow, out, step, nudger)
        return
    if step.kind.collects and (taken := _REMOVE.fullmatch(text)):
        if not privacy_first(out, step, nudger):
            _remove_item(flow, out, step, int(taken[1]))
        return
    if text and is_agreeing(out, step, text) and out.draft.pending is not None \
            and out.draft.pending.kind == CONTINUES:
        # "yes" to "is it the rest of your answer before?" says neither where it goes
        out.replies.append(Notice(MSG["continues_which"], "problem"))
        ask_about_held(out, step, nudger, flow)
        return
    if text and is_agreeing(out, step, text) and privacy_first(out, step, nudger):
        return  # "ok" to "please use initials instead" agrees to change it, not to keep it
    if text and is_agreeing(out, step, text):  # "ok" to a reminder keeps the answer, as /keep
        listed = step.kind.widget == "items"  # a list goes on: no going back from it
        out.replies.append(Notice(MOVE_MSG["kept" if listed else "agreed"], "saved"))
        command(flow, out, Command("keep"), nudger)
        return
    if text and is_taking_suggestion(flow, out, step, text):
        # "ok" to suggested wording takes it, as /use; with an answer already given (an
        # edit), it keeps that answer, as /skip does.
        kept = is_answered(out.draft.answers.get(step.id))
        command(flow, out, Command("skip" if kept else "accept"), nudger)
        return
    if text and (held := out.draft.pending) is not None and held.step_id == step.id \
            and held.kind == UNFINISHED:  # the rest of an answer that stopped mid-sentence
        out.draft.pending = None
        out.replies.append(Notice(MOVE_MSG["added_rest"], "saved"))
        checked_accept(flow, out, step, f"{held.value} {text}", nudger)
        return
    if (added := _ADD.fullmatch(text)) and added_to_reason(flow, out, step, added[1]):
        return
    if text and drawing_again(flow, out, step, text):
        return
    if text and repeated(flow, out, step, text):
        return
    if text and question_itself(flow, out, step, text):
        return
    if text and continues(flow, out, step, text):
        return
    if text and step.kind.widget == "items" and agrees_with_shown(flow, out, step, text):
        done(flow, out, step, nudger)  # "ok" at a list with items ends it, as "done"
        return
    if text and (keeps_given(out, step, text) or agrees_with_shown(flow, out, step, text)):
        # "same as before" or "ok" back at an answer keeps it
        out.replies.append(Notice(MOVE_MSG["same_kept"].format(value=display_with_reason(
            step, out.draft.answers[step.id], out.draft.answers)), "saved"))
        skip(flow, out, step, nudger)
        return
    if text and yes_alone(flow, out, step, text):
        return
    if text and dated_now(flow, out, step, text, nudger):
        return
    if text and (held := out.draft.pending) is not None and held.step_id == step.id \
            and held.earlier is None and step.spec.voice != "child" \
            and _TO_THE_BOT.fullmatch(_marks_out(text)) \
            and not initial_for_privacy(out, step, text):
        # "sorry", "?" or "what" to a reminder, said to the bot: asked "Is that your new
        # answer to it, or is it for the next question?", and saved there if it was (with a
        # note about a name, it replaced the answer). The reminder again. (A child's words
        # are kept whatever they are.)
        out.replies.append(Notice(MSG["aside_at_note"].format(typed=excerpt(text)), "problem"))
        ask_about_held(out, step, nudger, flow)
        return
    # What the privacy reminder holds is kept only by /keep: a line unlike it is its rewrite
    # (as the reminder asks), never the next item or answer that would keep it as typed.
    private = held_back(out, step, "privacy")
    unlike = bool(text) and (is_next_item(out, step, text) or is_another_answer(out, step, text))
    if unlike and not private and step.kind.widget == "items":
        hold_pending(out, step, then_next=True)
    elif unlike and not private and number_for_the_scale_after(flow, out, step, text):
        # "3" typed while a reminder holds a written answer, the next question a scale: no
        # answer to this one, so it is for that one, as /next takes it (asked which, a nurse
        # went on typing, and each line was refused while the buttons waited)
        assert out.draft.pending is not None
        out.draft.pending = Pending(step.id, ANOTHER, text, earlier=out.draft.pending.value)
        _onward(flow, out, nudger)
        return
    elif unlike and not private:
        hold_another(out, step, text)
        return
    if not text and privacy_first(out, step, nudger):
        return
    pending, out.draft.pending = out.draft.pending, None  # typing again is the rewrite
    ask_headed_again(out.draft, step, pending, text)
    if unlike and private and pending is not None:
        out.replies.append(Notice(MSG["private_replaced"].format(held=pending.value), "saved"))
    if not text and pending is not None and pending.step_id == step.id \
            and pending.kind != BARE:
        # An empty line after a nudge is no answer: keep the one the nudge held, as /keep
        # (not a bare "ok", which was no answer either: the line is read as empty).
        checked_accept(flow, out, step, pending.value, nudger)
        return
    if not text:  # an empty line at the terminal is /skip: it keeps an answer already given
        skip(flow, out, step, nudger)
        return
    if step.kind.widget == "text" and (added := _ADD.fullmatch(text)) \
            and is_answered(earlier := out.draft.answers.get(step.id)):
        text = f"{earlier} {added[1]}"  # "+ more words": added at the end of the answer
    if step.kind.widget == "scale":
        text = _KEYCAP.sub(lambda m: "10" if m[0] == "\N{KEYCAP TEN}" else m[1], text)
        text = number_meant(text) or text  # "4, no actually 5": 5
        giver_after = _GIVER_AFTER.fullmatch(text.strip())
        if given_by_someone_else(step, text) is not None or (
                giver_after is not None and given_by_someone_else(
                    step, f"{giver_after['who']} {giver_after['verb']} {giver_after['n']}")):
            # "mum said 3" at the child's own number: never saved, nor offered back, as
            # theirs; nor "3 mum said" (it was offered back: "Send 3 if that's right")
            _, problem = step.kind.parse(flow, step, f"{giver_after['who']} "
                                         f"{giver_after['verb']} {giver_after['n']}"
                                         if giver_after else text)
            out.replies.append(Notice(MSG["not_taken"].format(typed=excerpt(text),
                                                              problem=problem), "problem"))
            ask(flow, out, step, again=True)
            return
        if giver_after is not None and said_by_the_child(
                step, said := f"{giver_after['who']} {giver_after['verb']} {giver_after['n']}"):
            text = said  # "4 she said" is the child's 4, as "she said 4" is
    value, problem = step.kind.parse(flow, step, text, numbered=out.numbered)
    if problem and step.kind.widget == "scale" and step.role == "perspective" \
            and (says := _CHILD_SAYS.fullmatch(text.strip())) is not None \
            and LETTERS.search(says["why"]) and not _ANOTHER_NUMBER.search(says["why"]) \
            and (not childs_number(step)
                 or said_by_the_child(step, f"{says['who']} {says['verb']} {says['n']}")):
        # "K says 7 🙂 "I'm doing way better"" at the young person's number: their number
        # and, in their words, why (it was refused, and the carer's "S gives it a 6" sent
        # next was saved as the young person's). Only where the line is not read as a
        # number already ("K says 7 out of 10": "out of 10" was kept as her reason), nor
        # holds another ("K says 7, S says 6": the carer's 6 was kept as her words). At a
        # parent's or a carer's number, whoever is said to give it is that person, as the
        # number alone reads it ("FC J says 7 - S is doing great": "Here I can keep only the
        # number", where "7 - S is doing great" kept both).
        number, refused = step.kind.parse(flow, step, says["n"])
        if not refused:
            their_number_and_why(flow, out, step, number, says["why"].strip(" ,.;:-\u2013\u2014"))
            return
    if problem and step.kind.widget == "scale" and (
            their_reason_after(flow, out, step, text, problem)
            or _number_then_why(flow, out, step, text, nudger)
            or number_given_how(flow, out, step, text)
            or two_places(flow, out, step, text, problem)
            or a_grade_for_the_number(flow, out, step, text)):
        return
    if problem and (meant := _asked_at_a_choice(step, text)) is not None \
            and repeats_answer_before(flow, out.draft, step, text) is None:  # not sent twice
        # "help", "skip" or "what does significant mean?" at a choice, a yes or no or a
        # scale: no option says it, so it was told "I couldn't match that" and pointed back
        # to the answer before, as if it were the rest of that answer.
        said = _with_meaning(MSG["bare_command"].format(typed=excerpt(text), name=meant),
                             text, flow)
        asked = " ".join(text.lower().split()).strip(" .!")
        if _ASKS.fullmatch(asked) and _ABOUT_SOMEONE.search(asked):
            # a question in words ("and why does mum leave him on his own at night?") may be
            # the rest of the written answer before, sent as a second message: the way back
            # to it is said, as for any other line typed here
            said = " ".join(filter(None, (said, back_to_written(flow, out, step))))
        out.replies.append(Notice(said))
        command(flow, out, Command(meant), nudger)
        return
    if problem:
        out.replies.append(Notice(not_taken(flow, out, step, text, problem), "problem"))
        ask(flow, out, step, again=True)
        return
    if step.kind.widget == "text" and step.spec.voice != "child" and isinstance(value, str) \
            and (unsure := UNSURE_FIRST.match(value)) and LETTERS.search(value[unsure.end():]) \
            and "what_the_family_says" not in checks_for(flow, step):
        # "not sure what you want here - KB has been late a lot": the rest is the answer
        # (not where the family's own words are: "Not sure what you mean - ..." is mum's)
        note = value[:unsure.end()].strip(" ,.;:!?-\u2013\u2014")
        out.replies.append(Notice(MSG["unsure_left_out"].format(note=excerpt(note)), "saved"))
        value = value[unsure.end():]
    if (rest := left_with_choice(step, text, value, out.numbered)) is not None:
        # "Child protection conference, 12 Dec": the choice as read, and the date said not kept
        out.replies.append(Notice(MSG["left_with_choice"].format(rest=excerpt(rest)), "problem"))
    shown = len(out.replies)
    checked_accept(flow, out, step, value, nudger)
    why_of_another_number(out, step, shown)


# A line put as a question at a choice ("which one is neglect?", "some or significant??"):
# no option is worded as a question, and a question there is asked of the bot.
# Someone in the family, named in a line typed at a choice: the line is about the case.
_ABOUT_SOMEONE = on_first_use(
    r"\b(?:he|she|him|his|her|hers|they|them|their|mum|mom|mam|mummy|mother|dad|daddy|father"
    r"|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|baby|brother|sister|partner"
    r"|boyfriend|girlfriend|step-?(?:dad|mum)|carers?|parents?|kids?)\b")
_ASKS = on_first_use(r"[^?]*\?[\W_]*"  # an emoji after it too
                     r"|(?:how|what|which)\s+(?:do|does|should|can|would)\s+i\b[^?]*")


def _with_meaning(said: str, text: str, flow: Flow) -> str:
    """`said`, with what the word asked about means when it is a word of the tools ("what
    does danger statement mean?" at another question was shown only that question's help)."""
    told = meaning(text, (flow,))
    return said if told is None else f"{said} {told}"


def _bare_command(word: str) -> str:
    """The command a command's word typed without its slash names ("undo", "go back")."""
    return "back" if "undo" in word else next((n for n in ("back", "skip") if n in word),
                                              "help")


def _asked_at_a_choice(step: FlowStep, text: str) -> str | None:
    """The command a line typed at a choice, a yes or no or a scale (one none of its options
    takes) asks for: "help", "?" or a question to the bot is /help, "back" or "skip" without
    its slash that command; None for any other line."""
    if step.kind.widget not in ("one", "several", "yes_no", "scale"):
        return None
    lowered = " ".join(text.lower().split()).strip(" .!")
    if BARE_COMMAND.fullmatch(lowered) is not None:
        return _bare_command(lowered)
    asks = LOST.fullmatch(lowered) or WORD_MEANING.fullmatch(lowered) \
        or _ASKS.fullmatch(lowered)
    return "help" if asks else None


# Who is worried and what about, in one line, at the question asking who ("mum school and
# police are worried that older lads are giving TJ vapes", "the school is concerned about
# T being picked up from the gates"): the next line, meant for what could happen, was saved
# as what is happening, and the drafted statement read "... are worried that older lads
# ... are worried that T could get hurt".
_WHO_AND_WHAT = on_first_use(
    r"(?P<who>\S(?:[^\n]{0,149}?\S)?)(?:\s++(?:is|are|were|was|am|have\s+been|has\s+been)"
    r"|\s*+['’]re)"
    r"\s+(?:(?:all|both|really|very|so|also|particularly|most|deeply|quite|increasingly)\s+)*"
    r"(?:worried|concerned|scared|frightened|afraid)\s+(?:that|about|because|as)\s+"
    r"(?P<what>\S[^\n]*)", re.IGNORECASE)
_WHO_WORDS = 12
_WHAT_IS_HAPPENING = "danger_behaviour"  # the part of a danger statement asked after who


def _who_and_what(flow: Flow, out: Outcome, step: FlowStep, text: str,
                  nudger: Nudger) -> bool:
    """Who is worried and what about, typed in one line where who is asked: who is kept
    here, and what they are worried about answers the question after it (what is
    happening), as if typed there. False, with nothing taken, for any other line."""
    d = out.draft
    said = _WHO_AND_WHAT.fullmatch(text.strip())
    if said is None or "who_is_worried" not in checks_for(flow, step) or d.pending is not None \
            or is_answered(d.answers.get(step.id)) or len(said["who"].split()) > _WHO_WORDS \
            or len(said["what"].split()) < 3:
        return False
    at = flow.steps.index(step)
    following = flow.steps[at + 1] if at + 1 < len(flow.steps) else None
    if following is None or following.spec.id != _WHAT_IS_HAPPENING \
            or following.kind.widget != "text" or is_answered(d.answers.get(following.id)):
        return False  # asked before who (the Harm Matrix): what they said is answered
    who = said["who"].rstrip(" ,;:-")
    what = said["what"]  # "about" or "that" before it is the drafted statement's to choose
    return _then_answer_next(
        flow, out, step, who, what, nudger,
        lambda nxt, fate: MSG[f"who_{fate}_what"].format(who=who, what=excerpt(what),
                                                          title=step.title, next=nxt.title),
        expected=following.id)


def _asks_what_it_means(flow: Flow, step: FlowStep, text: str, lowered: str, child: bool
                        ) -> re.Match[str] | None:
    """A line asking what a word means, at a written question: any word ("what does
    caregiver behaviour mean?"); at a list, only a word of the tools ("what counts as a
    complicating factor?"), where "What is the father's role?" is a thing not known yet; and
    anywhere but the child's own words, a word of the tools asked about with no question
    mark ("sorry whats a danger statement"). The glossary is read only for a line shaped as
    such a question."""
    asked = WORD_MEANING.fullmatch(lowered)
    if asked is not None and (step.kind.widget == "text" or child):
        return asked
    begun = asked or (None if child else _ASKED_OF_THE_TOOLS.match(lowered))
    return begun if begun is not None and meaning(text, (flow,)) is not None else None


# A line `flows.glossary.meaning` reads as asking what a word of the tools means, begun as a
# question is ("sorry whats a danger statement", "can you explain what a safety goal is"): a
# question with or without its question mark. ("Explain the safety plan to nan" is a step.)
_ASKED_OF_THE_TOOLS = on_first_use(r"(?:(?:sorry|soz|so|ok|okay|um+|hi|idk|dunno),?\s+)*"
                                   r"(?:what|wat|wot|wht|whats|can|could|is)\b")

# Lines read as /help that may be someone's words ("help me", "I don't understand", "what
# does significant harm mean?", "what's the point?" or "what do you mean by neglect?" as a
# parent asked it), not a question to the bot ("?", "what do I put here?", "what do you
# mean?").
_QUOTABLE = on_first_use(r"help (?:me|please|pls)|[^?]*(?:understand|get it)[^?]*"
                         r"|[^?]*\b(?:idk|dunno|no idea|(?:don['’]?t|do not) know)\b[^?]*"
                         r"|what (?!(?:does|do) (?:this|that|it|you) mean\b(?! by\b))[^?]*\b(?:mean"
                         r"|meant by|is an?|is the|['’]s an?|['’]s the)\b[^?]*\?*"
                         r"|what['’]s (?:an?|the) [^?]*\?*"
                         # ("do you want me to leave him?", as a parent asked it)
                         r"|do (?:you|u) [^?]*\?*")


_NONE_OF_THEM = on_first_use(r"(?:none|nothing|no|nope|nil|n/?a|not really|neither)"
                             r"(?: (?:of (?:them|these|those|it|the above)|at all|noticed|seen|"
                             r"that i know of|i know of))?")


# The child's number said as theirs, with more after it: "K says 7 🙂 "I'm doing way better"".
# Another place on the scale in the words after it ("S says 6", "S 6", "was 5 in May"): not
# a number counting something ("2 months", "3 interviews"), nor "one" ("no one listens").
# Given by someone, it is one whatever follows ("S says 6 because she worries": read as "6
# becauses", the carer's 6 was kept as the young person's reason).
_PLACE = r"(?:10|[0-9]|zero|two|three|four|five|six|seven|eight|nine|ten)\b"
_ANOTHER_NUMBER = on_first_use(
    r"\b(?:says|said|gave|gives|give|rated|rates|scored|scores|chose|picked)\s+(?:it\s+)?"
    r"(?:an?\s+)?" + _PLACE + r"|(?<![\d/.:,£$])\b" + _PLACE
    + r"(?![./:,]\d)(?!\s*(?:%|(?!(?:now|before|after|last|today|then|this|that|at|on|in|when"
    r"|but|and|or|from|for|out|of|too|as|since|until|till|by|so|yet|is|was|because|cos|coz"
    r"|though|tho|although)\b)[^\W\d_]))",
    re.IGNORECASE)
_CHILD_SAYS = on_first_use(r"(?P<who>[\w'’ ]{1,30}?)\s+(?P<verb>says|said|gives it|gave it|chose"
                           r"|picked)\s+(?:an?\s+)?(?P<n>10|[0-9])\b"
                           r"(?:\s*/\s*10|\s+out\s+of\s+(?:10|ten))?(?P<why>.+)",
                           re.DOTALL | re.IGNORECASE)
# "-2": take item 2 out of the list on the screen (an item filed under the wrong question).
_REMOVE = on_first_use(r"[-–−]\s*(\d{1,2})")
# "+ left a bruise": words added at the end of a written answer already given, not replacing
# it (the rest of a note sent in two messages). A space, then the words, must follow:
# "+44..." and "+ve drug test" (case notes' "positive") are answers; "+ 3 call outs" and
# "+ & ..." add.
_ADD = on_first_use(r"\+\s+([^\s+].*)", re.DOTALL)
# A number sent as an emoji on a phone's keyboard: "6️⃣" (a digit, the emoji mark, the keycap)
# or "🔟", read at the scale as the digits they show.
_KEYCAP = on_first_use("([0-9])\uFE0F?\u20E3|\N{KEYCAP TEN}")


def _remove_item(flow: Flow, out: Outcome, step: FlowStep, n: int) -> None:
    hold_pending(out, step)  # an item a reminder held back is kept first, then numbered
    value = out.draft.answers.get(step.id)
    items = list(value) if isinstance(value, list) else []
    if not 1 <= n <= len(items):
        out.replies.append(Notice(MSG["no_such_item"].format(n=n, count=len(items)),
                                  "problem"))
    else:
        gone = items.pop(n - 1)
        out.draft.answers[step.id] = items
        out.changed.add(step.id)
        out.replies.append(Notice(MSG["removed"].format(n=n, item=gone), "saved"))
    ask(flow, out, step, again=True, whole=True)


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
_TO_THE_BOT = on_first_use(
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


def _choose_first(flow: Flow, out: Outcome, step: FlowStep, typed: str,
                  nudger: Nudger) -> None:
    """A line typed while the bot asks where the line before it goes: a choice said in words
    is taken; any other line is held after it, in order, and goes on once the choice is
    made (refused, interrupted practitioners typing on lost line after line to buttons they
    had not scrolled up to). The question is asked again below it, buttons and all."""
    said = _marks_out(typed)
    chosen = _CHOICE_SAID.fullmatch(said)
    if chosen is not None and chosen.lastgroup is not None:
        _command(flow, out, Command(chosen.lastgroup), nudger)
        return
    if note_while_held(flow, out, step, typed, nudger):
        return
    held = out.draft.pending
    assert held is not None
    if _POSITION_SAID.fullmatch(said):
        out.replies.append(Notice(MSG["position_while_where"].format(typed=excerpt(typed)),
                                  "problem"))
    elif typed and (_TO_THE_BOT.fullmatch(said)
                  or (not held.later and (_YES_OR_NO.fullmatch(said)
                                          or says_only_yes_or_no(typed)))):
        # "ok", "sorry", "?" said to the bot, not an answer: held, it went on to be saved
        # as the answer to the question after ("Question after?: ok"); so did "yes" to the
        # question (among lines typed on, it may be a yes-or-no's answer, and is held)
        out.replies.append(Notice(MSG["aside_not_held"].format(
            typed=excerpt(typed), line=excerpt(str(held.value))), "problem"))
    elif typed and isinstance(held.earlier, str) and _another_go(held.earlier, typed) \
            and not rewrites(str(held.value), typed) \
            and (named := _named_in(flow, out, step, typed, nudger)) is not None:
        # ... with a full name (an address ...) in it: put in place of the answer, it was
        # saved by the choice unread, the check for names every answer has never made
        out.replies.append(Notice(MSG["rewrite_named"].format(
            typed=excerpt(typed), title=step.title, reminder=named), "problem"))
    elif typed and isinstance(held.earlier, str) and _another_go(held.earlier, typed) \
            and not rewrites(str(held.value), typed) \
            and (asked := _checked_rewrite(flow, out, step, typed, nudger)) is not None:
        # ... that any answer typed here would be asked about ("... health visitor and", sent
        # before its end): put in place, it was saved by the choice with no check made
        out.replies.append(Notice(asked, "problem"))
    elif typed and isinstance(held.earlier, str) and _another_go(held.earlier, typed) \
            and not rewrites(str(held.value), typed):
        # another go at the answer the reminder held, as a reminder asks: held behind the
        # line asked about, it went on to the question after that line's, and the answer it
        # rewrote was saved as it was. It takes that answer's place now, to be saved (or
        # kept) by the choice, and the question of where the other line goes is asked again.
        out.draft.pending = replace(held, earlier=typed)
        out.replies.append(Notice(MSG["rewrite_while_where"].format(
            typed=excerpt(typed), earlier=excerpt(held.earlier), title=step.title,
            line=excerpt(str(held.value))), "note"))
    elif typed and _NUMBER_ALONE.fullmatch(typed) \
            and not _number_goes_on(flow, out, typed.strip(), nudger):
        # "2" with no scale for it, whichever she chooses: the second button, most likely
        # (held, it went on as the answer to a question asking for words, or picked an
        # option of a choice never shown); asked, not kept
        out.replies.append(Notice(MSG["number_while_where"].format(typed=typed.strip()),
                                  "problem"))
    elif typed and len(held.later) < _HELD_MAX:
        out.draft.pending = replace(held, later=(*held.later, typed))
        out.replies.append(Notice(MSG["held_too"].format(
            typed=excerpt(typed), first=excerpt(str(held.value))), "saved"))
    elif typed:
        out.replies.append(Notice(MSG["choose_first"].format(typed=excerpt(typed)), "problem"))
    ask_about_held(out, step, nudger, flow)


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
                  POINTS: "it points to another answer, which the summary may show under "
                          "another column",
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


def _number_goes_on(flow: Flow, out: Outcome, number: str, nudger: Nudger) -> bool:
    """Whether a number alone, held behind the lines waiting for the choice, would answer a
    scale (or wait again) after either choice that places them: tried on copies of the
    draft, the lines held placed, and the question then asked read."""
    for name in ("replace", "next"):
        trial = Outcome(deepcopy(out.draft), numbered=out.numbered)
        _command(flow, trial, Command(name), nudger)
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


def _marks_out(typed: str) -> str:
    """A line in lower case, without marks, its words one space apart ("?" alone: empty)."""
    return " ".join(re.sub(r"[.,!?'’]", "", typed.lower()).split())


def _type_on(flow: Flow, out: Outcome, lines: tuple[str, ...], nudger: Nudger,
             placed: tuple[str, str] | None = None) -> None:
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
        _typed(flow, out, Text(line), nudger)
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


def _onward(flow: Flow, out: Outcome, nudger: Nudger) -> str | None:
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

    if not _then_answer_next(flow, out, step, pending.earlier, str(pending.value), nudger,
                             saying):
        out.replies.append(Notice(MSG["no_next"].format(**words), "saved"))
    return went[0] if went else None


def _then_answer_next(flow: Flow, out: Outcome, step: FlowStep, value: Value, line: str,
                      nudger: Nudger, saying: Callable[[FlowStep, str], str],
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
    asked = next((n for n in range(said, len(out.replies))
                  if isinstance(out.replies[n], Question)), len(out.replies))
    before = d.answers.get(following)
    _typed(flow, out, Text(line), nudger)
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


# Who or what a reason starts with, straight after the number: a person, or "things".
_SUBJECT = (r"(?:he|she|they|i|we|it['’]?s|its|there['’]?s|things|everything|nothing|mum|mam"
            r"|dad|nan|gran|carers?|parents?|the\s+(?:young\s+person|child|family|school|parents?)"
            r"|yp|cyp|(?-i:[A-Z]{1,3}))\b")
_GAVE = (r"(?:said|says|say|gave|gives|give|thinks?|reckons?|would|['’]d|put|puts|rated|rates"
         r"|scored|scores|chose|picked|went|goes|feels?)")
# A number and its reason in one line: "3 - drew a sad face", "4, because mum rang".
_NUMBER_THEN_WHY = on_first_use(
    r"\s*(?P<number>(?:(?:about|around|maybe|probably|probs?|prolly|roughly|a|i think|i guess"
    r"|i reckon|i['’]d say|solid"
    r"|honestly|(?:i['’]?d |i would )?(?:give it|go for|go with))\s+){0,3}"
    r"(?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s*/\s*(?:10|ten)|\s*out of (?:10|ten)|-?ish)?"
    # ... and how sure, after it: "6 i think, placement stable since sept", "6 tbh - ..."
    r"(?:\s+(?:i\s+(?:think|guess|reckon)|i['’]?d\s+say|tbh|tbf|honestly|probably|probs?"
    r"|maybe|or\s+so|at\s+a\s+push|at\s+the\s+moment|right\s+now|for\s+now))?)"
    r"(?:\s*[-–—:,;.)(]+\s*|\s+(?=because\b|as\b|since\b|cos\b|coz\b|bc\b|but\b|not\b"
    # ... or a risk grading: "3 high risk, dad on bail"
    r"|(?:very\s+)?(?:high|medium|moderate|low|standard)\s+risk\b)"
    # or said without a stop, as a voice note or a thumb types it: "4 she is engaging but
    # still cutting", "3 mum is trying", "5 AB has ...": a new sentence, who or what first;
    # not who gave the number ("4 mum said", "5 dad reckons": theirs, not this one's)
    rf"|(?P<run_on>\s+)(?=(?:{_SUBJECT})\s+[^\W\d_])(?!(?:{_SUBJECT})\s+{_GAVE}\b))"
    r"(?P<why>[^\W\d_].*)", re.IGNORECASE | re.DOTALL)




# The number first and who gave it after: "4 mum said", "6 her nan gave it", "3 MGM reckons".
_GIVER_AFTER = on_first_use(
    rf"(?P<n>{A_NUMBER})\s+(?P<who>[^\W\d_][^\d\n]{{0,30}}?)\s+(?P<verb>said|says|gave|gives"
    r"|reckons?|thinks?|chose|picked|put|would\s+say|['’]d\s+say)(?:\s+(?:it|that|so))?[.!]?",
    re.IGNORECASE)


# Another place on the scale said to be where things are now, in the words after a number:
# "6, now 3", "6 - today a 4", "7 last time, 5 now". Which is now is not guessed.
_NUMBER_NOW = on_first_use(
    rf"\b(?:now|today|currently|at\s+the\s+moment|this\s+time)\s*(?:it'?s\s*|is\s*|at\s*)?"
    rf"(?:an?\s+|about\s+)?(?P<a>{A_NUMBER})\b(?!\s*(?:times|days|weeks|months|years|"
    rf"hours|kids|children|of|x\b))|\b(?P<b>{A_NUMBER})\s*(?:/\s*10\s*)?"
    rf"(?:now|today|at\s+the\s+moment)\b", re.IGNORECASE)


def _number_then_why(flow: Flow, out: Outcome, step: FlowStep, text: str,
                     nudger: Nudger) -> bool:
    """A scale answered with its reason ("3 - drew a sad face"): the number is kept here
    and the reason as the answer to why, when that question comes straight after and is
    still open. False, with nothing taken, when the line is not that shape or the reason
    has nowhere to go (the caller then asks for the number alone)."""
    said = _NUMBER_THEN_WHY.fullmatch(text)
    if said is None:
        return False
    number, problem = step.kind.parse(flow, step, said["number"])
    why = said["why"].strip()
    if not problem and (then := _NUMBER_NOW.search(why)) is not None:
        # "6, now 3": the number first is what it was, the one now is in the words
        now = then["a"] or then["b"]
        out.replies.append(Notice(which_now([str(number), str(NUMBER_WORDS.get(
            now.casefold(), now))]), "problem"))
        ask(flow, out, step, again=True)
        return True
    if "(" in text[said.end("number"):said.start("why")] and why.endswith(")") \
            and "(" not in why:
        why = why[:-1].rstrip()
    elif "(" in text[said.end("number"):said.start("why")] and why.count(")") > why.count("("):
        why = "(" + why  # "4 (me) / 2 (DS Jones)": the bracket opened is kept with the rest
    if not problem and wrong_end(flow, out, step, number, why):
        return True
    follow_up = next((s for s in flow.steps
                      if s.role == "follow_up" and s.parent == step.id), None)
    if follow_up is None and step.role == "perspective" and not problem:
        their_number_and_why(flow, out, step, number, why)
        return True
    if said["run_on"] is not None and follow_up is None:
        return False  # "5 AB ..." with no question for why: not read as a number and words
    if problem or follow_up is None:
        if not problem:
            out.replies.append(Notice(MSG["number_alone"].format(n=number), "problem"))
            ask(flow, out, step, again=True)
            return True
        return False
    # A number changed with its new reason (back at the scale, or an /edit): the question for
    # why is opened to take the new reason, and the reason given for the old number is
    # replaced only if the new one is saved. Held by a reminder, or refused, the new reason is
    # not saved yet, and the old one stays (and is shown as the answer /skip keeps).
    answers = out.draft.answers
    earlier = answers.pop(follow_up.id) if is_answered(answers.get(follow_up.id)) else None
    out.changed.add(follow_up.id)
    fates: list[str] = []

    def saying(following: FlowStep, fate: str) -> str:
        fates.append(fate)
        said = MSG[f"number_{fate}_why"].format(n=number, why=why, title=following.title)
        if earlier is None:
            return said + one_point_more(flow, out, step, following, number, why, fate)
        return said + " " + MSG["why_replaced" if fate == "saved" else "why_kept"].format(
            earlier=earlier)

    said_from = len(out.replies)
    if not _then_answer_next(flow, out, step, number, why, nudger, saying,
                             expected=follow_up.id):
        if earlier is not None:
            answers[follow_up.id] = earlier
        out.replies.append(Notice(MSG["number_only"].format(n=number), "problem"))
    elif earlier is not None and fates != ["saved"]:
        answers[follow_up.id] = earlier
        kept = display(follow_up, earlier)
        out.replies[said_from:] = [
            replace(r, current_answer=kept)
            if isinstance(r, Question) and r.step_id == follow_up.id else r
            for r in out.replies[said_from:]]
    return True
















