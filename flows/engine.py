"""The pure engine: a flow, a draft and one input in; replies and the changed draft out.

It knows no front end and no database. The caller saves `Outcome.draft` (the answer ids in
`Outcome.changed` at least) before it shows `Outcome.replies` to anyone. What an answer
means is the step's question type (flows.questions); commands are in flows.step_commands,
and the moves both share (accept, go forward, ask) in flows.moves.
"""

from __future__ import annotations

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
from flows.commands import ENGINE_COMMANDS
from flows.draft import END, Draft, Pending
from flows.flow import Flow, FlowStep
from flows.moves import (
    BARE,
    WHY_OPENS_WITH,
    Nudger,
    Outcome,
    accept,
    agrees_with_shown,
    ask,
    ask_about_held,
    checked_accept,
    checks_for,
    go_forward,
    held_back,
    hold_another,
    hold_pending,
    is_agreeing,
    is_another_answer,
    is_choosing,
    is_next_item,
    is_taking_suggestion,
    keeps_given,
    no_nudges,
    privacy_first,
)
from flows.moves import (
    MSG as MOVE_MSG,
)
from flows.questions import (
    IN_OTHER_WORDS,
    UNSURE_YES_NO,
    about_the_number,
    given_by_someone_else,
    names_options,
    plain_words,
    said_by_the_child,
)
from flows.questions import MSG as TYPE_MSG
from flows.regex import made_by, on_first_use
from flows.replies import (
    ANOTHER,
    BY_STEP,
    CONTINUES,
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
from flows.step_commands import command, current, done, edit, finished, skip, take_tidied
from flows.summary import Summary, build_summary
from flows.walk import walk

__all__ = ["Nudger", "Outcome", "advance", "no_nudges", "reconcile", "repeats_answer_before",
           "show", "start", "summary"]

MSG = {
    "private_replaced": 'I haven\'t saved "{held}", which had personal details in it: your new '
    "line takes its place.",
    "unknown": "I don't know that command. /help shows what works here.",
    "bare_command": 'I\'ve read "{typed}" as /{name}, not as an answer.',
    "nothing_onward": "There's no other line waiting to go to the next question.",
    "removed": 'I\'ve taken out item {n}, "{item}".',
    "no_such_item": "There's no item {n} here: the list has {count}.",
    "choose_first": 'I haven\'t saved "{typed}". First, please tell me where your line before '
    "it goes:",
    "number_saved_why": 'I\'ve saved {n} as the number, and "{why}" as why (/back to change '
    "either).",
    "number_held_why": 'I\'ve saved {n} as the number. Your reason, "{why}", goes under "{title}" '
    "once you have answered the note about it below.",
    "number_refused_why": "I've saved {n} as the number. Your reason was not saved: see "
    "below.",
    "one_point_more": "The question for why also asks what one point higher would look like. "
    'To add that to your reason, send + and then it, like "+ a {up} would be ...". Otherwise, '
    "answer the question below.",
    "one_point_more_done": "The question for why also asks what one point higher would look "
    'like. To add that, /review lets you change "{title}": send + and then it there.',
    "more_added": 'I\'ve added that to your reason for {n}, which now reads "{why}".',
    "why_replaced": 'It replaces the reason you gave before, "{earlier}".',
    "why_kept": 'Until a new one is saved, the reason you gave before, "{earlier}", stays.',
    "drawing_again": '"{typed}" is still what the child drew, described in your words, so I '
    "haven't saved it (or the line before it) as theirs. Send only words they said or wrote, "
    "or /skip if they said nothing here; what they drew goes with what you noticed, later on.",
    "stopping_held": "I haven't saved that: it reads as a note that you have to stop for now. "
    "Your answers so far are saved; when you come back, the note about your answer below "
    "is still waiting for you.",
    "their_why_asked": 'I haven\'t saved "{typed}". If it is why "{who}" gave {n}, send it '
    "again and I'll keep it beside that number. If not, please send one whole number for "
    "this question.",
    "why_another_number": "I've saved your reason. It starts with {said}, and the number you gave "
    "is {n}: if the number is {said}, /review lists both, and /edit changes the number.",
    "their_why_kept": 'I\'ve kept "{why}" as why "{who}" gave {n} (/back to change it).',
    "their_number_why": 'I\'ve saved {n} as the number for "{who}", and "{why}" as why '
    "(/back to change either).",
    "number_only": "I've saved {n} as the number, but there was no question for why just "
    "now, so your words were not saved.",
    "dated_too_long": "With the date put in, your answer would be {n} characters; the limit "
    "here is {max}. Nothing is saved yet: could you send the whole answer again, shorter, "
    "with the date in it?",
    "dated_in": 'I\'ve put the date in your answer: "{value}".',
    "number_alone": "Here I can keep only the number, so your words were not saved. Send {n} "
    "if that's right.",
    "scale_which": "I can see {count} numbers there ({listed}), so I haven't saved {none}. "
    "Which is it now? Send that number, and why after it if you like.",
    "scale_people": "I can see two people's numbers there ({listed}), so I haven't saved "
    "{none}. Send the one this record gives here, and why after it if you like. {others}",
    "scale_people_theirs": "I can see two people's numbers there ({listed}), so I haven't "
    'saved {none}. Send only the number for "{who}" here; the others have questions of '
    "their own.",
    "scale_people_others": 'Each other person\'s number, and why, has its own question after '
    'it: "{title}".',
    "scale_people_why": 'To keep the other number too, put it in your reason, like "{n} - '
    '{who} {m}, because ...".',
    "not_taken": 'I haven\'t saved "{typed}". {problem}',
    "continues": 'That starts with "{word}", as if it is the rest of your answer to "{title}" '
    '("{earlier}"). /back adds it to the end of that answer; /keep keeps it here, as your '
    "answer to this question.",
    "not_added_back": 'I haven\'t added "{typed}" to this answer, which stays as it was. '
    "{problem} To add it, send it shortened with + and a space before it.",
    "continues_which": "Which is it: /back adds that line to the end of your answer before; "
    "/keep keeps it here, as the answer to this question.",
    "not_taken_back": 'If it belongs with your answer to "{title}", /back goes back to it.',
    "not_taken_back_whole": 'If it belongs with your answer to "{title}" ("{earlier}"), /back '
    "goes back to it. What you send there replaces that answer: send all of it again with "
    "these words added, or send + and these words to add them at its end.",
    "no_next": 'I\'ve kept "{earlier}" as your answer to "{title}". There is no next '
    "question, so your other line was not used.",
    "lost_quoted": "If those are words someone said, and your answer, send it again.",
    "where_you_were": "Hello again. Here is where you were (your answers so far are saved):",
    "hello_first": "Hello. Here is the question we're on:",
    "away_again": "If what you sent was your answer to it, send it again and I'll save it.",
    "stopping": 'I haven\'t saved "{typed}" as an answer: it reads as a note that you have to '
    "stop for now. Your answers so far are saved, and the question we're on is below for when "
    "you come back. If it was your answer, send it again.",
    "stopping_here": 'I haven\'t saved "{typed}": it reads as a note that you have to stop '
    "for now. Your answers so far are saved, and the question we're on is below for when you "
    "come back.",
    "yes_alone": 'I haven\'t saved "yes" on its own: someone reading this later won\'t know '
    "who or what it means. Please say who or what, in a few words. If yes is the whole "
    "answer, send it again.",
    "repeated": 'I haven\'t saved that here: it is the same as your answer to "{title}", '
    "which is saved already (sent twice?). If it is your answer to this question too, send "
    "it again.",
    "yes_no_unsure": 'I can\'t be sure whether "{typed}" means yes or no, so I haven\'t saved '
    "it. Please answer yes or no.",
    "repeated_choice": 'I haven\'t saved that here: it is the same as your answer to '
    '"{title}", which is saved already (sent twice?).',
    "question_itself": "I haven't saved that: it is the question itself, copied back to me. "
    "Please type your answer to it.",
    "correction": 'I haven\'t saved "{typed}" here: it reads as a correction of your answer '
    'to "{title}" ("{earlier}"). Here is that question again: send the whole answer as it '
    "should read, and then we'll go on.",
    "correction_list": 'I haven\'t saved "{typed}" here: it reads as a correction of your '
    'last item at "{title}" ("{item}"). Here is that question again: send -{n} to take that '
    "item out, then send it as it should read.",
    "change_last": 'I haven\'t saved "{typed}" as an answer. Here is "{title}" again: send '
    "the whole answer as it should read, and then we'll go on.",
    "change_how": 'I haven\'t saved "{typed}" as an answer. To change an answer, /back goes '
    "back a question at a time, and /review lists your answers, to change any of them; "
    "after it you come back here. The question we're on is below.",
    "change_again": "If it was your answer, send it again and I'll save it.",
    "who_saved_what": 'I\'ve saved "{who}" as "{title}", and "{what}" as "{next}" (/back to '
    "change either).",
    "who_held_what": 'I\'ve saved "{who}" as "{title}". The rest, "{what}", goes under '
    '"{next}" once you have answered the note about it below.',
    "who_refused_what": 'I\'ve saved "{who}" as "{title}". The rest was not saved as "{next}": '
    "see below.",
    "correction_further": 'I haven\'t saved "{typed}": it reads as a correction of an answer '
    "before it. /back goes back to the questions before, or /review shows your answers to "
    "change one; otherwise, please answer the question below.",
    "correction_here": 'I haven\'t saved "{typed}": it reads as a correction of the answer '
    "before it. Please send the whole answer as it should read.",
    "correction_item": 'I haven\'t added "{typed}": it reads as a correction of item {n}, '
    '"{item}". To change it, send -{n} to take that item out, then send it as it should read.',
}


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
    if d.pending and not flow.has_step(d.pending.step_id):
        d.pending = None
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


def _command(flow: Flow, out: Outcome, given: Command, nudger: Nudger) -> None:
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
        return
    if given.name == "next":
        _onward(flow, out, nudger)
    elif given.name == "replace":
        _replace(flow, out, nudger)
    elif given.name in ENGINE_COMMANDS:
        command(flow, out, given, nudger)
    else:
        out.replies.append(Notice(MSG["unknown"], "problem"))


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
    if _correction(flow, out, step, text, nudger) \
            or _asks_to_change(flow, out, step, text, nudger):
        return
    if _greeting(flow, out, step, text, nudger) or _stopping(flow, out, step, text) \
            or _who_and_what(flow, out, step, text, nudger) \
            or _note_while_held(out, step, text, nudger):
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
                or (WORD_MEANING.fullmatch(lowered) if step.kind.widget == "text" else None)
                if asking else None)):
        # "skip" or "back" without its slash: saved, it would be the answer ("Who
        # contributed: skip"); so would "?" or "what do I put here?" (not while a reminder
        # holds an answer: there it is asked about). A choice reads its own words. A
        # child's own words are kept whatever they are, so there "?" or "what do I put
        # here?" (quoted as the child's, "“?” (child's words)") is the help once, and sent
        # again it is kept as theirs.
        name = _bare_command(word[0]) if made_by(word, BARE_COMMAND) else "help"
        # "?", "what does feedback mean?": /help, whatever words are in it
        said = MSG["bare_command"].format(typed=text, name=name)
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
        ask_about_held(out, step, nudger)
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
    if (added := _ADD.fullmatch(text)) and _added_to_reason(flow, out, step, added[1]):
        return
    if text and _drawing_again(flow, out, step, text):
        return
    if text and _repeated(flow, out, step, text):
        return
    if text and _question_itself(flow, out, step, text):
        return
    if text and _continues(flow, out, step, text):
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
    if text and _yes_alone(flow, out, step, text):
        return
    if text and _dated_now(flow, out, step, text, nudger):
        return
    # What the privacy reminder holds is kept only by /keep: a line unlike it is its rewrite
    # (as the reminder asks), never the next item or answer that would keep it as typed.
    private = held_back(out, step, "privacy")
    unlike = bool(text) and (is_next_item(out, step, text) or is_another_answer(out, step, text))
    if unlike and not private and step.kind.widget == "items":
        hold_pending(out, step, then_next=True)
    elif unlike and not private and _number_for_the_scale_after(flow, out, step, text):
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
            and _LETTERS.search(says["why"]) and not _ANOTHER_NUMBER.search(says["why"]) \
            and said_by_the_child(step, f"{says['who']} {says['verb']} {says['n']}"):
        # "K says 7 🙂 "I'm doing way better"" at the young person's number: their number
        # and, in their words, why (it was refused, and the carer's "S gives it a 6" sent
        # next was saved as the young person's). Only where the line is not read as a
        # number already ("K says 7 out of 10": "out of 10" was kept as her reason), nor
        # holds another ("K says 7, S says 6": the carer's 6 was kept as her words).
        number, refused = step.kind.parse(flow, step, says["n"])
        if not refused:
            _their_number_and_why(flow, out, step, number, says["why"].strip(" ,.;:-\u2013\u2014"))
            return
    if problem and step.kind.widget == "scale" and (
            _their_reason_after(flow, out, step, text, problem)
            or _number_then_why(flow, out, step, text, nudger)
            or _number_given_how(flow, out, step, text)
            or _two_places(flow, out, step, text, problem)):
        return
    if problem and (meant := _asked_at_a_choice(step, text)) is not None \
            and repeats_answer_before(flow, out.draft, step, text) is None:  # not sent twice
        # "help", "skip" or "what does significant mean?" at a choice, a yes or no or a
        # scale: no option says it, so it was told "I couldn't match that" and pointed back
        # to the answer before, as if it were the rest of that answer.
        said = MSG["bare_command"].format(typed=excerpt(text), name=meant)
        asked = " ".join(text.lower().split()).strip(" .!")
        if _ASKS.fullmatch(asked) and _ABOUT_SOMEONE.search(asked):
            # a question in words ("and why does mum leave him on his own at night?") may be
            # the rest of the written answer before, sent as a second message: the way back
            # to it is said, as for any other line typed here
            said = " ".join(filter(None, (said, _back_to_written(flow, out, step))))
        out.replies.append(Notice(said))
        command(flow, out, Command(meant), nudger)
        return
    if problem:
        out.replies.append(Notice(_not_taken(flow, out, step, text, problem), "problem"))
        ask(flow, out, step, again=True)
        return
    shown = len(out.replies)
    checked_accept(flow, out, step, value, nudger)
    _why_of_another_number(out, step, shown)


# A line put as a question at a choice ("which one is neglect?", "some or significant??"):
# no option is worded as a question, and a question there is asked of the bot.
# Someone in the family, named in a line typed at a choice: the line is about the case.
_ABOUT_SOMEONE = on_first_use(
    r"\b(?:he|she|him|his|her|hers|they|them|their|mum|mom|mam|mummy|mother|dad|daddy|father"
    r"|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|baby|brother|sister|partner"
    r"|boyfriend|girlfriend|step-?(?:dad|mum)|carers?|parents?|kids?)\b")
_ASKS = on_first_use(r"[^?]*\?[\W_]*"  # an emoji after it too
                     r"|(?:how|what|which)\s+(?:do|does|should|can|would)\s+i\b[^?]*")


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


# A line at a scale with one number in it and how strongly it is meant right beside it ("a
# low 3", "a strong 4", "6, a solid one"): meant for the scale. A number with other words
# ("Dad hit him 3 times", "and again on 3 May") may be the rest of the answer before.
_LEANING = (r"(?:low|high|strong|solid|weak|good|firm|soft|shaky|generous|tentative|cautious"
            r"|borderline|definite|clear|fair|hard|safe|bare|tight|wobbly|honest|very|really)")
# ... or hedged ("a 4 or so", "prob a 4", "4 or thereabouts", "maybe 4 at a push"): a
# number with how sure it is, not words for another answer.
_HEDGE_BEFORE = (r"(?:(?:i'?d\s+say|i\s+think|i\s+guess|i\s+reckon|so|well|um+|erm+|er|hmm+|ok"
                 r"|okay|yeah)[\s,]+)?(?:prob(?:ably|s)?|maybe|perhaps|possibly|about|around"
                 r"|roughly|approx(?:imately)?|approx\.|nearly|almost|likely|circa|say|like"
                 r"|i'?d\s+say|i\s+think|i\s+guess|i\s+reckon|guess|guessing)")
_HEDGE_AFTER = (r"(?:or\s+so|or\s+thereabouts|or\s+around\s+there|ish|at\s+a\s+push|at\s+most"
                r"|at\s+least|at\s+best|max|tops|roughly|approx(?:imately)?|give\s+or\s+take"
                r"|more\s+or\s+less|i\s+think|i\s+guess|i'?d\s+say|probably|maybe|perhaps)")
_ONE_NUMBER = on_first_use(
    rf"(?:[^\W\d_]+[\s,]+){{0,3}}{_LEANING}[\s-]+(?:10|[0-9])(?:[\s,.!]+[^\W\d_]+){{0,3}}[.!]?"
    rf"|(?:[^\W\d_]+[\s,]+){{0,2}}(?:10|[0-9])[\s,]+(?:(?:but|and|a|an|quite|very|really)\s+)*"
    rf"{_LEANING}(?:\s+(?:one|end|side|number))?[.!]?"
    rf"|(?:{_HEDGE_BEFORE}[\s,]+)?(?:an?\s+)?(?:10|[0-9])(?:[\s-]*ish)?"
    rf"(?:[\s,]+{_HEDGE_AFTER})*[.!?]?", re.IGNORECASE)


def _dated_now(flow: Flow, out: Outcome, step: FlowStep, text: str, nudger: Nudger) -> bool:
    """The date alone ("Thursday 10 December", "10/12"), typed after the reminder that an
    answer names a day only from today ("thurs"): put in place of that day, and saved. It
    shares no word with "thurs", so it was asked about as maybe the next question's answer,
    or, taken as a rewrite, lost the rest ("yesterday at school": "3 Dec")."""
    from flows.nudges import with_the_date  # the checks read the engine

    held = out.draft.pending
    if held is None or not held_back(out, step, "dated") or not isinstance(held.value, str) \
            or (dated := with_the_date(held.value, text)) is None:
        return False
    if len(dated) > step.spec.max_length:
        # the date longer than the day it replaces, in an answer at the limit: not saved
        # past it; the answer held is let go, so the whole of it sent again is the answer
        out.draft.pending = None
        out.replies.append(Notice(MSG["dated_too_long"].format(
            n=len(dated), max=step.spec.max_length), "problem"))
        ask(flow, out, step, again=True)
        return True
    out.draft.pending = None
    out.replies.append(Notice(MSG["dated_in"].format(value=dated), "saved"))
    checked_accept(flow, out, step, dated, nudger)
    return True


def _not_taken(flow: Flow, out: Outcome, step: FlowStep, text: str, problem: str) -> str:
    """What to say when words typed at a choice, yes-or-no or scale question match no option
    (or hold no number): that they were not saved, quoting them, and, since a note sent in
    two messages puts its second at the next question, the way back to the written answer
    before it."""
    if step.kind.widget not in ("one", "several", "yes_no", "scale") \
            or not _LETTERS.search(text.replace("/", "").replace(".", "")):  # "N/K" is words
        return problem
    said = MSG["not_taken"].format(typed=excerpt(text), problem=problem)
    if step.kind.widget == "yes_no" and plain_words(text) in UNSURE_YES_NO:
        # "tak", "do", "na" or "ok": yes or no to someone, no line meant for another answer
        return MSG["yes_no_unsure"].format(typed=excerpt(text))
    if (copied := repeats_answer_before(flow, out.draft, step, text)) is not None:
        # the written answer before, sent again: not a line to add back to itself
        return MSG["repeated_choice"].format(title=copied.title) + " " + problem
    if step.kind.widget in ("one", "several") and (names_options(step, text)
                                                   or problem == TYPE_MSG["choice_unsure"]):
        # the words of an option, asked about, or "not sure" of them: no line meant for
        # another answer
        return said
    if step.kind.widget == "scale" and (_ONE_NUMBER.fullmatch(text.strip())
                                        or about_the_number(text)):
        # "a low 3", "don't know", "2 or 3": about the number, not a line for another answer
        return said
    return " ".join(filter(None, (said, _back_to_written(flow, out, step))))


def _back_to_written(flow: Flow, out: Outcome, step: FlowStep) -> str:
    """The way back to the written answer before `step`, for a line typed at it that may be
    that answer's second half; "" when the question before is no written one, or unanswered."""
    earlier = walk(flow, out.draft.answers).question_before(step.id)
    value = out.draft.answers.get(earlier.id) if earlier is not None else None
    if earlier is None or earlier.kind.widget not in ("text", "items") \
            or not is_answered(value):
        return ""
    if earlier.kind.widget == "items":  # a line sent back at a list is added to it
        return MSG["not_taken_back"].format(title=earlier.title)
    # A line sent back at a written answer replaces it: following the hint with only these
    # words would lose the first half, so the hint says to send the whole answer again.
    whole = str(value)
    start = whole if len(whole) <= 40 else whole[:41].rsplit(" ", 1)[0].rstrip(" ,;:") + "..."
    return MSG["not_taken_back_whole"].format(title=earlier.title, earlier=start)


def repeats_answer_before(flow: Flow, draft: Draft, step: FlowStep, text: str
                          ) -> FlowStep | None:
    """The written question before this one, when `text` is its answer again word for word
    (a phone's message sent twice, or sent again when no tick showed) and long enough not to
    be an answer two questions share ("not known", "none"); None otherwise."""
    if is_answered(draft.answers.get(step.id)) or len(text.split()) < _REPEAT_WORDS:
        return None
    said = _same_words(text)
    # Which question came just before takes a walk of the flow; most answers are no earlier
    # answer again, which a look at the answers tells at once.
    if not any(isinstance(v, str) and _same_words(v) == said for v in draft.answers.values()):
        return None
    earlier = walk(flow, draft.answers).question_before(step.id)
    value = draft.answers.get(earlier.id) if earlier is not None else None
    if earlier is None or earlier.kind.widget != "text" or not isinstance(value, str):
        return None
    return earlier if _same_words(value) == said else None


# A correction of the message sent before, as a phone's chat corrects one: "*meant tues 15
# dec", "*tuesday", "tuesday*", "sorry meant tuesday", "i meant to put 15th", "correction:
# 15 dec". Sent once the answer before is saved, it reaches the question after it, and saved
# there it would be that answer ("Who contributed: *meant tues 15 dec"). A star only as a
# bullet ("* dad drinks") or around a word said strongly ("*not* safe") is no correction.
_SORRY = r"(?:(?:sorry|soz|oops|whoops|oh|argh|ugh|my bad|typo|autocorrect)[\s,.!:;-]+)*"
# Another child of the family, for a correction saying the answer before was about them.
_CHILD = r"(?:child|kid|sibling|baby|boy|girl|one|young\s+person|brother|sister|twin)"
_OTHER_ONE = rf"(?:the\s+|a\s+)?(?:other|wrong)\s+{_CHILD}"
_SIBLING = r"\b(?:his|her|their|the|[a-z]{1,3}['’]s)\s+(?:(?:older|younger|little|big|baby|twin" \
    r"|step|half)[\s-]*)?(?:brother|sister|sibling|twin|bro|sis)(?:['’]?s)?"
_THAT_WAS = r"(?:that(?:\s+(?:one|answer))?|it|this|(?:the|my)\s+last\s+(?:one|answer)" \
    r"|my\s+answer|the\s+(?:one|answer)\s+before)\s*" \
    r"(?:was|is|['’]?s)\s+(?:(?:actually|all|meant\s+to\s+be|really)\s+)?"
_OOPS = r"(?:(?:sorry|soz|oops|whoops|oh|no|argh|ugh|my\s+bad)[\s,.!:;-]+)*"
_APOLOGY = r"(?:oh\s+)?(?:sorry|soz|oops|whoops|my\s+bad|oh\s+no)[\s,.!:;-]+" + _OOPS
# ... or by name or initial alone ("that was about J"), written as a name is
_NAMED_CHILD = r"(?-i:[A-Z][\w'’-]{0,20})"
# What may follow it: the child it was meant for, or an apology ("..., I meant K", "not K").
# Each part's words stop where the next part begins (`_WORD_OF_ONE`): free to run on over
# it, "..., not K" said thirty times could be cut into parts in more ways than there are
# atoms, one line held the bot for hours.
_NEXT_PART = r"[\s,.:;!-]+(?:not|i\s+meant|(?:it|this|that)\s+should|sorry|soz|oops|my\s+bad)\b"
_WORD_OF_ONE = rf"(?:(?!{_NEXT_PART})[^\n])"
_NOT_K = rf"not\s+{_WORD_OF_ONE}{{1,40}}"
_MEANT_K = rf"i\s+meant\s+{_WORD_OF_ONE}{{1,60}}"
_NOT_THAT = rf"(?:[\s,.:;!-]++(?:{_NOT_K}|{_MEANT_K}|(?:it|this|that)" \
    rf"\s+should\s+(?:be|have\s+been|say)\s+{_WORD_OF_ONE}{{1,60}}|sorry|soz|oops|my\s+bad))*" \
    r"[\s.!]*"
_CORRECTION = on_first_use(
    r"\*(?=[^\s*])[^*\n]{1,200}\*?"
    r"|(?=[^*\n]*[^\W\d_])[^\s*/][^\s*]*(?:\s+[^\s*]+){0,2}\*"  # a word or three
    rf"|{_SORRY}(?:i\s+)?(?:meant|ment)(?:\s+to\s+(?:say|put|write|type))?[\s,:]+"
    r"(?!(?:to|for|it|that|nothing|well|no harm|business)\b)\S[^\n]{0,200}"
    # "i should put a referral in" or "I should say she's doing well" is a plan or a view:
    # only "should have said" (or "should read", of the words) is a correction
    rf"|{_SORRY}(?:i\s+)?should\s+(?:have\s+|of\s+|['’]?ve\s+)(?:said|put|written|typed"
    rf"|read)\s+\S[^\n]{{0,200}}|{_SORRY}should\s+(?:read|say)\s+(?!(?:with|to|more|every"
    r"|each|at|in|on|together)\b)\S[^\n]{0,200}"
    r"|(?:correction|typo)\s*[:\-–]\s*\S[^\n]{0,200}"
    # "sorry tuesday not monday", "oops mum not nan": what it is, and what it is not
    r"|(?:sorry|soz|oops|whoops|my bad)[\s,.!:;-]+(?=(?:\S+\s+){1,5}\S+$)(?![^\n]*\b(?:is|was"
    r"|are|were|am|has|have|had|does|did|do|will|would|can|could|should|sure)\b)[^\n]{1,40}?"
    r"\s+not\s+[^\n]{1,40}"
    # the answer before taken back, or changed: "scrap that", "ignore my last message",
    # "actually change that to every other weekend"
    # ("forget that he is only 6" is no taking back: after "that", a stop or nothing)
    rf"|{_SORRY}(?:(?:actually|no|wait|hang on)[\s,.!:;-]+)*(?:(?:scrap|ignore|delete|forget"
    r"|disregard|strike|undo)\s+(?:that(?=\s*(?:$|[,.:;!-]))|the\s+last\s+(?:one|answer|bit"
    r"|line|message)|my\s+last\s+(?:one|answer|bit|line|message)|what\s+i\s+(?:just\s+)?"
    r"(?:said|sent|wrote|put|typed))"
    r"(?:[\s,.:;!-]+[^\n]{0,200})?"
    # ("make it to school every day" is a goal: only "change" or "correct" it to ...)
    r"|(?:change|correct)\s+(?:that|it|the\s+last\s+(?:one|answer)|my\s+last\s+(?:one"
    r"|answer))\s+to\s+\S[^\n]{0,200})"
    # the answer before written about another child of the family ("oh sorry that was about
    # J, his brother. I meant K", "wrong child", "oops that was his sister"): saved at the
    # next question, it went into the lead's summary as what is working well
    rf"|{_OOPS}(?:{_THAT_WAS}(?:(?:about|for|re)\s+(?:{_OTHER_ONE}|[^\n.;]{{0,30}}?"
    rf"{_SIBLING})|{_OTHER_ONE})|i\s+(?:wrote|put|typed|answered|sent|did|filled\s+in)"
    rf"(?:\s+(?:that|it|this|the\s+last\s+(?:one|answer)))?\s+(?:about|for|on)\s+"
    rf"(?:{_OTHER_ONE}|[^\n.;]{{0,30}}?{_SIBLING})|i\s+was\s+(?:thinking\s+of|writing\s+about"
    rf"|talking\s+about)\s+(?:{_OTHER_ONE}|[^\n.;]{{0,30}}?{_SIBLING})|wrong\s+{_CHILD}){_NOT_THAT}"
    # with an apology first, the other child named alone ("oops, that was his sister",
    # "sorry that was J's, not K's"): "it's his sister" alone may say who helps
    rf"|{_APOLOGY}{_THAT_WAS}(?:{_SIBLING}|[^\n.;,]{{1,25}}?,?\s+{_NOT_K}){_NOT_THAT}"
    # ... or about a child by name: after an apology ("sorry that was about J, I meant K",
    # "oops that was for J"), or with the child it was meant for ("that was about J not K")
    rf"|{_APOLOGY}{_THAT_WAS}(?:about|for|re)\s+{_NAMED_CHILD}{_NOT_THAT}"
    rf"|{_THAT_WAS}(?:about|for|re)\s+{_NAMED_CHILD}[\s,.:;!-]++(?:{_NOT_K}|{_MEANT_K})"
    rf"{_NOT_THAT}",
    re.IGNORECASE)
_ACTED = on_first_use(r"\*[^*\n]+\*")  # "*shrugs*", "*hides under the bed*"
# What something meant, as notes write it, with nothing before "meant" ("Meant mum felt
# listened to", "Meant he could stay at home", "Meant a lot to her", "Meant as a joke, he
# says"): someone did or felt something, or how it was meant. "meant tues 15 dec", "meant
# mum not nan" and "meant the school nurse" name no one doing anything, and "i meant he was
# at nan's" or "sorry meant ..." say that a word was meant: corrections still.
_MEANT_WHAT = on_first_use(
    r"meant\s+(?:as|a\s+lot|so\s+much|the\s+world|everything)\b[^\n]*"
    r"|meant\s+(?:that\s+)?(?:he|she|they|we|i|you|it|mum|mam|mom|dad|nan|nana|gran|granny"
    r"|grandad|grandma|grandpa|carers?|parents?|(?:his|her|their|my|our|the)\s+[\w'’-]+"
    r"|(?-i:[A-Z]{1,3}))\s+(?:could|couldn['’]?t|can|can['’]?t|was|wasn['’]?t|were|weren['’]?t"
    r"|had|hadn['’]?t|has|have|is|isn['’]?t|are|did|didn['’]?t|does|would|wouldn['’]?t|will"
    r"|felt|feels|got|gets|went|goes|made|makes|knew|knows|saw|sees|came|comes|kept|keeps"
    r"|[a-z]{2,}ed)\b[^\n]*", re.IGNORECASE)
_SAID_AS_CORRECTION = on_first_use(r"\*|(?:oops|whoops|my bad|typo|autocorrect|correction)\b",
                                   re.IGNORECASE)


def _correction(flow: Flow, out: Outcome, step: FlowStep, text: str, nudger: Nudger) -> bool:
    """A correction of the answer sent before it ("*meant tues 15 dec") is no answer here.
    Typed at the question after that answer, the bot goes back to it, saying so, for the
    whole answer as it should read; after it, the questions go on from where they were.
    Typed after an item of a list, or at an answer shown again, it is asked for whole."""
    said = text.strip()
    if not _CORRECTION.fullmatch(said) or _MEANT_WHAT.fullmatch(said) \
            or (step.spec.voice == "child" and (
            not _SAID_AS_CORRECTION.match(said) or _ACTED.fullmatch(said))):
        # "I meant it when I said ..." may be a child's own words, and "*hides under the
        # bed*" what they did as they said them, as a chat writes what someone does
        return False
    d = out.draft
    typed = excerpt(said)
    if d.pending is not None and d.pending.step_id == step.id:
        out.replies.append(Notice(MSG["correction_here"].format(typed=typed), "problem"))
        ask_about_held(out, step, nudger)
        return True
    value = d.answers.get(step.id)
    if is_answered(value):
        if step.kind.widget == "items" and isinstance(value, list) and value:
            out.replies.append(Notice(MSG["correction_item"].format(
                typed=typed, n=len(value), item=excerpt(str(value[-1]))), "problem"))
        else:
            out.replies.append(Notice(MSG["correction_here"].format(typed=typed), "problem"))
        ask(flow, out, step, again=True)
        return True
    earlier = sent_before(flow, d, step)
    if earlier is None:
        return False  # at the first question, nothing was sent before it to correct
    given = d.answers.get(earlier.id)
    if not is_answered(given) or out.opened:
        # left out: what it corrects is further back; or the draft was just opened, and
        # what it corrects was sent to the draft left (its whole answer sent next, taken
        # here, replaced the answer before in this draft, another family's)
        out.replies.append(Notice(MSG["correction_further"].format(typed=typed), "problem"))
        ask(flow, out, step, again=True)
        return True
    said_at = len(out.replies)
    _ask_sent_before(flow, out, step, earlier, nudger)
    if earlier.kind.widget == "items" and isinstance(given, list) and given:
        # a list gone back to adds what is sent to it: the item is taken out, then sent again
        said = MSG["correction_list"].format(typed=typed, title=earlier.title, n=len(given),
                                              item=excerpt(str(given[-1])))
    else:
        said = MSG["correction"].format(typed=typed, title=earlier.title,
                                        earlier=excerpt(display(earlier, given)))
    out.replies.insert(said_at, Notice(said, "problem"))
    return True


def sent_before(flow: Flow, d: Draft, step: FlowStep) -> FlowStep | None:
    """The question whose answer was sent just before `step` was asked: the one before it in
    the flow, or, come back from an /edit, the question edited ("/edit 1" at the seventh
    question, the first answered again, then "*meant ..." corrects the first, never the
    sixth, whose answer the whole answer sent next replaced)."""
    before = walk(flow, d.answers).question_before(step.id)
    history = d.history
    if len(history) >= 2 and history[-1] == step.id and history[-2] != step.id \
            and flow.has_step(history[-2]):
        edited = flow.step(history[-2])
        if edited.is_question and is_answered(d.answers.get(edited.id)):
            return edited
    return before


def _ask_sent_before(flow: Flow, out: Outcome, step: FlowStep, earlier: FlowStep,
                     nudger: Nudger) -> None:
    """Ask `earlier` again for its whole answer: as /back asks it when it is the question
    before, or as /edit does (coming back here after it) when an edit went to it."""
    before = walk(flow, out.draft.answers).question_before(step.id)
    if before is not None and before.id == earlier.id:
        command(flow, out, Command("back"), nudger)  # the question before, as /back asks it
    else:
        edit(flow, out, BY_STEP + earlier.id)


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


# Asked of the bot, as of a colleague, by someone who has changed their mind: to change the
# answer just sent ("can i change my last answer?", "wrong question", "that was meant for
# the previous question"), or an answer further back ("how do I change an answer?", "i want
# to change what i put for worries"). Saved, it would be the answer ("What needs to happen:
# can i change my last answer").
_TO_CHANGE = r"(?:change|edit|correct|fix|amend|redo|update|alter|undo|go back to)"
_ASKING = (r"(?:(?:can|could|may) i |how (?:do|can|could|would) i |is (?:there a way|it "
           r"possible) to |i (?:want|need|would like|['’]?d like) to |i wanna |let me |please "
           r"|pls )")
_CHANGE_LAST = on_first_use(
    rf"{_SORRY}{_ASKING}?{_TO_CHANGE}\s+(?:my\s+|the\s+|that\s+)?(?:last|previous|prev)"
    r"\s+(?:answer|one|question|bit|message|reply)"
    rf"|{_SORRY}(?:(?:that|it)\s*(?:was|is|['’]s)\s+|thats\s+)?(?:meant\s+)?(?:for|in)\s+the"
    r"\s+(?:wrong|last|previous|other)\s+(?:question|box|one)"
    rf"|{_SORRY}wrong\s+(?:question|box)"
    rf"|{_SORRY}i\s+(?:put|typed|wrote|answered|sent)\s+(?:that|it|the\s+last\s+one)?\s*(?:in|for|under"
    r"|at|to)\s+the\s+wrong\s+(?:question|box|place|one)"
    r"|(?:can|could|may)\s+i\s+go\s+back(?:\s+to\s+the\s+(?:last|previous)\s+(?:one|question))?",
    re.IGNORECASE)
_CHANGE_ASKED = on_first_use(
    rf"{_SORRY}{_ASKING}(?:{_TO_CHANGE}|go\s+back\s+and\s+(?:change|edit))\s+(?:(?:an?|my|the"
    r"|one\s+of\s+my|an\s+earlier|a\s+previous|my\s+earlier|some\s+of\s+my)\s+(?:answers?"
    r"|replies|reply|responses?)|what\s+i\s+(?:put|said|wrote|typed|answered|sent))\b[^\n]{0,80}",
    re.IGNORECASE)


def _asks_to_change(flow: Flow, out: Outcome, step: FlowStep, text: str,
                    nudger: Nudger) -> bool:
    """A wish to change an answer, asked of the bot, is no answer: to change the one just
    sent, its question is shown again, as a correction does; to change another, the reply
    says how (/back, /review), and the question is asked again."""
    said = text.strip().rstrip(" ?!.")
    if step.kind.widget not in ("text", "items") or step.spec.voice == "child":
        return False
    if _CHANGE_LAST.fullmatch(said):
        earlier = sent_before(flow, out.draft, step)
        if earlier is not None and out.draft.pending is None and not out.opened \
                and not is_answered(out.draft.answers.get(step.id)):
            at = len(out.replies)
            _ask_sent_before(flow, out, step, earlier, nudger)
            out.replies.insert(at, Notice(MSG["change_last"].format(
                typed=excerpt(text.strip()), title=earlier.title), "info"))
            return True
    elif not _CHANGE_ASKED.fullmatch(said):
        return False
    # told once: "I need to update what I said to the school" may be a next step, and sent
    # again it is the answer (it was turned down however often it came)
    key = f"{step.id}:change:{zlib.crc32(said.lower().encode())}"
    if key in out.draft.nudged:
        return False
    out.draft.nudged.append(key)
    out.replies.append(Notice(MSG["change_how"].format(typed=excerpt(text.strip())) + " "
                              + MSG["change_again"], "info", until_sent_again=True))
    if out.draft.pending is not None and out.draft.pending.step_id == step.id:
        ask_about_held(out, step, nudger)
    else:
        ask(flow, out, step, again=True)
    return True


# "Hi", "I'm back" or "where was I?", typed on coming back to a draft hours later ("morning"
# or "evening" alone may well answer when something happens).
_HELLO = r"(?:hi|hiya|hey|hello|good (?:morning|afternoon|evening))" \
    r"(?: (?:there|again|all))?"
_BACK_AGAIN = r"(?:i['’]?m|i am) back(?: again| now)?|back (?:again|to (?:this|it))" \
    r"|where (?:was|were|am|are) (?:i|we)(?: up to)?" \
    r"|where did (?:i|we) (?:get to|get up to|leave off|stop)|what was i (?:doing|on)"
# A school's or a service's interruptions, named in a note to the bot as to a colleague:
# "lunch duty", "parent at the door", "back from the meeting".
_DUTY = r"(?:lunch|break|playground|yard|gate|bus|dinner|corridor) duty"
# A clinic, a ward, a session or a meeting, which calls a practitioner away.
_SESSION = (r"(?:(?:baby|child health|antenatal|postnatal|drop[- ]in|immuni[sz]ation|weigh(?:ing)?"
            r"|breastfeeding|feeding) )?"  # a health visitor's: "baby clinic starting now"
            r"(?:clinic|surgery|ward round|ward|handover|hand over|shift|session|group|class"
            r"|lesson|appointment|appt|triage|home visit|visit|meeting|court|strat|strategy"
            r" meeting|core group|conference|panel|new birth(?: visit)?|drop[- ]in|weigh[- ]in"
            r"|(?:\d{1,2}[- ](?:week|month|year)|development(?:al)?) (?:check|review))")
_CALLED_TO = (rf"{_DUTY}|duty|lunch|break|court|the door|(?:a |the |my )?{_SESSION}"
              r"|(?:a |the |my )?(?:meeting|home visit|visit|call|school run|shout|job|call ?out)")
# Said around it by someone called away mid-draft ("hi sorry got called away, where was i",
# "ok where were we"): an apology or an "ok" alone may be what a parent said, so one of the
# hello, the "I'm back" or the being called away must be there too.
_AWAY = r"(?:i )?(?:got|was|been) (?:called|pulled|dragged) away" \
    r"|(?:i )?got (?:distracted|interrupted|sidetracked)" \
    rf"|(?:i['’]?m |i am |just )?back from (?:{_CALLED_TO})"  # "back from lunch duty"
_ASIDE = r"(?:sorry|soz|apologies)(?: (?:about|for) (?:that|the (?:delay|wait)))?" \
    r"|ok(?:ay)?|right|so|anyway" \
    r"|back|now|morning|afternoon|evening"  # "back. where was i", "morning, back again"
_GREETING = on_first_use(rf"(?:(?:{_ASIDE})[,.;!]*\s+)*(?:{_HELLO}|{_BACK_AGAIN}|{_AWAY})"
                         rf"(?:[,.;!]*\s+(?:{_HELLO}|{_BACK_AGAIN}|{_AWAY}|{_ASIDE}))*")
# A hello and nothing of being back ("hi", "morning"): among a child's words, theirs.
_HELLO_ONLY = on_first_use(rf"(?:(?:{_ASIDE}|{_HELLO})[,.;!]*\s*)+")
# "Back now" ("sorry, back now"), which may answer a written question ("dad's back now" at
# the worries), is being back where no words answer: at a choice or a number, or while a
# reminder holds the answer back (it was asked whether it was the new answer).
_BACK_NOW = on_first_use(rf"(?:(?:{_ASIDE})[,.;!]*\s+)*back now(?:[,.;!]*\s+(?:{_ASIDE}))*")
# Around a hello as a phone types it: a dash between ("hi - sorry", " - " made a long dash)
# and an emoji ("hi \U0001F44B where was I"), read as a comma and as nothing.
# (From the first space before a dash only: tried from each of a long run of spaces, the run
# was read again from each, seconds for a few thousand of them.)
_DASH_BETWEEN = on_first_use(r"(?<!\s)\s+[-\u2013\u2014]+(?=\s)|(?<=\w)[\u2013\u2014](?=\s)")
_EMOJI = on_first_use(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
# Being called away with no hello or "where was I" may be the answer ("I was dragged away",
# as a child said it; "sorry, I got distracted", as a parent did): shown the question once.
_AWAY_ONLY = on_first_use(rf"(?:(?:{_ASIDE})[,.;!]*\s+)*(?:{_AWAY})"
                          rf"(?:[,.;!]*\s+(?:{_AWAY}|{_ASIDE}))*")


# A note that the practitioner has to stop for now, typed as to a colleague ("sorry lunch
# duty", "brb parent at the door", "one sec", "will finish this later"): saved, it would be
# the answer ("What the adult does: sorry lunch duty"), drafted into the danger statement.
_AT_THE_DOOR = r"(?:(?:a|the|there['’]?s a) )?(?:parent|mum|dad|someone|somebody|visitor" \
    r"|colleague|student|pupil|kid|child)(?: is)? at (?:the )?(?:door|office|reception|desk)"
_STOPPING = (
    r"brb|be right back|back (?:in (?:\d+|a|an|two|five|ten|half an)(?: (?:mins?|minutes?|secs?"
    r"|seconds?|bit|mo|moment|tick|while|hours?|hrs?))?|later|soon|shortly|after (?:lunch|break"
    r"|(?:the |my )?meeting|school))"
    r"|(?:one|1|a|just a|give me a|gimme a|two|2) (?:sec|secs|second|seconds|min|mins|minute"
    r"|minutes|moment|mo|tick)"
    r"|hang on|hold on|(?:i['’]?ve |i )?(?:got|have|need|must|gotta)(?: to)? (?:go|dash|run|leave)"
    r"|(?:i['’]?ll |ill |i will |will )?(?:(?:do|come back to|carry on with) (?:this|it)"
    r"|(?:finish|carry on|continue)(?: (?:this|it|off))?) later"
    # a police officer's or a duty worker's call-out: "got a shout", "been called out"
    r"|(?:i['’]?ve |i )?(?:got|been) (?:a shout|a job(?: on| in)?|a call ?out|called out)"
    r"|(?:on|off to) a (?:shout|job|call ?out)|shout['’]?s come in"
    # ... or a phone call to take: "sorry got a call, back in a bit", "taking a call"
    r"|(?:i['’]?ve |i )?(?:got|have|had|taking|take|answering|need to take|gotta take)"
    r"(?: got)? (?:an? )?(?:urgent |quick |work )?(?:phone ?)?call(?: (?:in|coming in))?"
    r"|(?:i['’]?m |i am |just )?on (?:a|another) (?:phone ?)?call"
    rf"|(?:i['’]?m |i am )?(?:on|off to|going to|got) (?:{_DUTY}|duty)|{_DUTY}(?: calls)?"
    r"|duty calls"
    rf"|{_AT_THE_DOOR}|(?:i['’]?m )?(?:off to|going into) a meeting|phone(?:['’]s| is)? ringing"
    # a clinic, a ward or a session starting ("sorry clinic now", "next patient's in", "got
    # to go to clinic", "group starting"), as a nurse, a doctor or a youth worker says it
    rf"|(?:i['’]?m |i am |just )?(?:in|into|off to|going (?:in)?to|heading (?:in)?to|late for"
    rf"|running to|needed (?:in|on|at)) (?:a |my |the )?{_SESSION}(?: now)?"
    rf"|(?:i['’]?ve |i )?(?:got|have)(?: got)? (?:a |my |the )?{_SESSION}"
    rf"(?: (?:now|starting|to (?:do|run|get to)|in (?:\d+|a|an|two|five|ten|half an)"
    r"(?: (?:mins?|minutes?|hours?|hrs?))?|at \d{1,2}(?:[.:]\d\d)?(?: ?[ap]m)?))?"
    rf"|(?:my |the )?{_SESSION}(?:['’]s| is| has)? (?:here|in|waiting|arrived|just arrived)"
    rf"|(?:my |the )?{_SESSION} (?:now|starting|is starting|starts(?: now)?|about to start"
    r"|calls|time|beckons|in (?:\d+|a|an|two|five|ten|half an)(?: (?:mins?|minutes?|hours?"
    r"|hrs?))?)"
    rf"|(?:(?:i['’]?ve |i )?(?:got|have|need|must|gotta)(?: to)? (?:go|dash|run|head|get)"
    rf"(?: (?:in|back|over|down|up)?(?: ?to)? (?:a |my |the )?{_SESSION})?)"
    r"|(?:my |the )?(?:(?:(?:next|first) |\d{1,2}(?:[.:]\d\d)?(?: ?[ap]m)? )?(?:patient"
    r"|appointment|appt|client|family|young person|yp|student)|\d{1,2}(?:[.:]\d\d)?(?: ?[ap]m)"
    r"|\d{1,2}[.:]\d\d|\d{1,2}(?= ?['’]s))(?:['’]s| is| has)? (?:in|here|arrived|just arrived"
    r"|waiting|early)")
# A call named beside a note of having to stop ("sorry phone call, back in 5"); alone ("phone
# call", how the child's view was heard) it is no note.
_A_CALL = r"(?:an? )?(?:urgent |quick |work )?(?:phone ?)?call"
_STOPPING_NOTE = on_first_use(rf"(?:(?:{_ASIDE}|{_A_CALL})[,.;!]*\s+)*(?:{_STOPPING})"
                              rf"(?:[,.;!]*\s+(?:{_STOPPING}|{_ASIDE}|{_SESSION}|{_A_CALL}))*")


def _as_note(text: str) -> str:
    """A line as a note to a colleague is read: in small letters, a dash between its parts
    as a comma, emoji as nothing, and no full stop or ! at its ends."""
    return _EMOJI.sub(" ", _DASH_BETWEEN.sub(",", text.lower().replace("’", "'"))).strip(" .!?")


# A place alone ("in class", "in clinic", "in a session"), written where a question asks
# where: with nothing of now or of having to go ("soz in clinic", "in clinic now"), no note.
_IN_A_PLACE = on_first_use(rf"(?:in|into|at) (?:a |my |the )?{_SESSION}")
# Going to court, a panel or a conference as what needs to happen ("need to go to court"),
# asked what needs to happen next: a step, not a note of having to leave now.
_TO_GO_TO = on_first_use(rf"(?:i |we )?(?:need|needs|must|have|has)(?: to)? (?:go|get)"
                         rf" (?:in|back|over|down|up)? ?to (?:a |my |the )?{_SESSION}")
# The young person (or the child, the family) come in, with no other appointment named.
_THEY_ARE_HERE = on_first_use(
    r"(?:(?:the|my|our)\s+)?(?:young\s+person|yp|child|student|family)(?:['’]s|\s+is|\s+has)?"
    r"\s+(?:in|here|arrived|just\s+arrived|waiting|early)", re.IGNORECASE)


def _stopping(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Keep back, once, a note that the practitioner has to stop ("sorry lunch duty", "brb
    parent at the door") typed at a written question: their answers so far are saved, and
    the question is shown again for when they come back. Sent again, it is the answer. At a
    number, a choice or a yes or no, it is kept back whenever it is no answer there."""
    said = _as_note(text)
    key = f"{step.id}:stopping:{zlib.crc32(said.encode())}"  # sent again: this same note
    written = step.kind.widget in ("text", "items")
    # (at a child's own words too: "sorry phone call, back in 5" was filed as the child's)
    if step.kind.widget == "none" \
            or out.draft.pending is not None or key in out.draft.nudged \
            or not _STOPPING_NOTE.fullmatch(said) or (written and _IN_A_PLACE.fullmatch(said)) \
            or (_TO_GO_TO.fullmatch(said) and "what_happens_next" in checks_for(flow, step)):
        return False
    if not written:
        # at a number, a choice or a yes or no, which such a note never answers ("sorry
        # clinic now" at the scale was refused as no number, with the way back to the
        # answer before as if it belonged there), unless it is the words of an option; nor
        # is the young person come in, at a yes or no ("yp is here" at "Are you filling
        # this in with the young person?": they are, and were told they had to stop)
        if step.kind.parse(flow, step, text, numbered=out.numbered)[1] is None or (
                step.kind.widget == "yes_no" and _THEY_ARE_HERE.fullmatch(said)):
            return False
        out.replies.append(Notice(MSG["stopping_here"].format(typed=excerpt(text)), "info"))
    else:
        out.draft.nudged.append(key)
        out.replies.append(Notice(MSG["stopping"].format(typed=excerpt(text)), "info",
                                  until_sent_again=True))
    ask(flow, out, step, again=True)
    return True


def lapse_held_notes(draft: Draft) -> bool:
    """Forget the notes of having to stop, or of being called away, kept back so far: one
    sent again long after the first (called away again, hours later) is a new note, not the
    answer insisted on. The conversation calls it when the draft was last changed long ago.
    True when there were any to forget."""
    kept = [key for key in draft.nudged if ":stopping:" not in key and not key.endswith(":away")]
    lapsed = len(kept) != len(draft.nudged)
    draft.nudged[:] = kept
    return lapsed


def _note_while_held(out: Outcome, step: FlowStep, text: str, nudger: Nudger) -> bool:
    """A note of having to stop ("sorry baby clinic starting now") or of being back ("back
    from clinic, where was i"), typed while a reminder holds an answer back: neither the
    answer's rewrite nor a line for the next question (it was asked which, and the answer
    coming back was refused as no choice). Said so once, and the reminder shown again; sent
    again, it is typed as any line is."""
    held = out.draft.pending
    if held is None or held.step_id != step.id or step.spec.voice == "child":
        return False
    said = _as_note(text)
    stopping = _STOPPING_NOTE.fullmatch(said) is not None
    if not stopping and not _GREETING.fullmatch(said) and not _BACK_NOW.fullmatch(said):
        return False
    key = f"{step.id}:held_note:{zlib.crc32(said.encode())}"
    if key in out.draft.nudged:
        return False
    out.draft.nudged.append(key)
    out.replies.append(Notice(MSG["stopping_held" if stopping else "where_you_were"], "info"))
    ask_about_held(out, step, nudger)
    return True


def _greeting(flow: Flow, out: Outcome, step: FlowStep, text: str, nudger: Nudger) -> bool:
    """Show the question again for a hello or "where was I?" typed at a written question
    (saved, the summary read "Who contributed: hi, where was I?"), and once for being called
    away alone, which may be the answer. A child's own words are kept whatever they are. At
    a choice, a yes or no or a scale, which no hello answers, it is the hello too: it was
    told "I couldn't match that to one of the options"."""
    written = step.kind.widget in ("text", "items")
    child = step.spec.voice == "child"
    if step.kind.widget == "none" or out.draft.pending is not None \
            or not (_GREETING.fullmatch(said := _as_note(text))
                    or ((not written or child) and _BACK_NOW.fullmatch(said))
                    or (child and said == "back")) \
            or (child and out.draft.answers.get(step.id) and _HELLO_ONLY.fullmatch(said)):
        return False
    # At a child's own words, before any, each may be what the child said: shown the
    # question once, and sent again kept as theirs (filed as the child's words, "I'm back"
    # and "back" stood in the review's papers above what the child had said). Among their
    # words, a hello alone ("hello nana", then "hi") is theirs.
    away = f"{step.id}:away" + (f":{zlib.crc32(said.encode())}" if child else "")
    only_away = written and (child or _AWAY_ONLY.fullmatch(said) is not None)
    if only_away:
        if away in out.draft.nudged:
            return False  # sent again: the answer
        out.draft.nudged.append(away)
    back = any(is_answered(value) for value in out.draft.answers.values())
    out.replies.append(Notice(MSG["where_you_were" if back else "hello_first"], "info"))
    if only_away:
        out.replies.append(Notice(MSG["away_again"], "info"))
    command(flow, out, Command("show"), nudger)
    return True


_REPEAT_WORDS = 6
# Lines read as /help that may be someone's words ("help me", "I don't understand", "what
# does significant harm mean?", "what's the point?" or "what do you mean by neglect?" as a
# parent asked it), not a question to the bot ("?", "what do I put here?", "what do you
# mean?").
_QUOTABLE = on_first_use(r"help (?:me|please|pls)|[^?]*(?:understand|get it)[^?]*"
                         r"|[^?]*\b(?:idk|dunno|no idea|(?:don['’]?t|do not) know)\b[^?]*"
                         r"|what (?!(?:does|do) (?:this|that|it|you) mean\b(?! by\b))[^?]*\b(?:mean"
                         r"|meant by|is an?|is the|['’]s an?|['’]s the)\b[^?]*\?*"
                         r"|what['’]s (?:an?|the) [^?]*\?*")


def _same_words(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(" .!")


def _repeated(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Hold back, once, a written answer sent again at the next question (a text or a
    list): saved, it would stand under both questions and in two columns of the summary.
    Sent once more, it is this question's answer too."""
    d = out.draft
    key = f"{step.id}:repeated"
    if step.kind.widget not in ("text", "items") or d.pending is not None or key in d.nudged:
        return False
    copied = repeats_answer_before(flow, d, step, text)
    if copied is None:
        return False
    d.nudged.append(key)
    out.replies.append(Notice(MSG["repeated"].format(title=copied.title), "problem",
                              until_sent_again=True))
    ask(flow, out, step, again=True)
    return True


# A sentence of a question, as its words are compared with a line typed back.
_SENTENCE_END = on_first_use(r"(?<=[.?!])\s+")
_QUESTION_WORDS = 4  # "Why?" or "Anything else?" may be someone's words; a question is longer


def _question_itself(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Not saved: the question's own words pasted back as its answer (the whole of it, or
    its question sentence), copied from the message instead of the box below it. Saved, it
    was the answer, and the summary read "What's working well? What is going well for this
    child, and who helps make it happen?". A child's own words are kept whatever they are."""
    if step.kind.widget not in ("text", "items") or step.spec.voice == "child" \
            or len(text.split()) < _QUESTION_WORDS:
        return False
    said = _same_words(text).rstrip("?")
    asked = step.spec.ask
    if said != _same_words(asked).rstrip("?") and not any(
            said == _same_words(sentence).rstrip("?")
            for sentence in _SENTENCE_END.split(asked)
            if sentence.rstrip().endswith("?")):
        return False
    out.replies.append(Notice(MSG["question_itself"], "problem"))
    ask(flow, out, step, again=True)
    return True


# A written question that opens with a yes-or-no one ("Did the child name anyone who must
# not be told?", "Has the child said anything to you?"), and then wants the who or the what;
# one about change ("Has the number changed?") is answered by a yes.
_YES_NO_ASK = on_first_use(r"^(?:[^.?!,:]*[,:]\s+)?(?:did|does|do|is|are|has|have|was|were)\b"
                           r"(?![^?]*\bchanged\b)", re.IGNORECASE)
_YES_ALONE = frozenset({"yes", "y", "yeah", "yea", "yeh", "yep", "yup", "ya", "aye"})
# Yes in another language, held as "yes" is; but not in capitals, as initials are written
# where who is asked ("JA", "SI"): the person named, not a yes.
_YES_ELSEWHERE = frozenset(word for word, said in IN_OTHER_WORDS.items() if said == "yes")


def _yes_alone(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Hold back, once, a bare "yes" to a written question that asks who or what after a yes
    or no: saved, the summary would read "Not to be shared with (the child's wish): yes".
    Sent again, it is the answer."""
    d = out.draft
    key = f"{step.id}:yes_alone"
    if step.kind.widget not in ("text", "items") or d.pending is not None or key in d.nudged \
            or is_answered(d.answers.get(step.id)) \
            or not _says_yes_alone(clean(text).strip(" .!")) \
            or not _YES_NO_ASK.match(step.spec.ask):
        return False
    d.nudged.append(key)
    out.replies.append(Notice(MSG["yes_alone"], "problem", until_sent_again=True))
    ask(flow, out, step, again=True)
    return True


def _says_yes_alone(text: str) -> bool:
    """Whether a written answer is only a yes (not initials that spell one elsewhere)."""
    word = text.lower()
    return word in _YES_ALONE or (word in _YES_ELSEWHERE and not text.isupper())


def _continues(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Hold a line that starts with "and" ("and has 3 previous call outs") typed at a
    question not yet answered, straight after a written answer: on a phone it is most often
    the rest of that answer, sent as a second message, and saved here it would answer this
    question (the child's own words, even). The reminder asks which it is, once. So for a
    line about another number ("4 = R not back for a month") after why the number is what
    it is: what one point higher would look like, which that question asks too."""
    d = out.draft
    key = f"{step.id}:{CONTINUES}"
    joining = _JOINING.match(text) is not None
    if step.kind.widget not in ("text", "items") or d.pending is not None or key in d.nudged \
            or is_answered(d.answers.get(step.id)) \
            or not (joining or _ONE_POINT_ON.match(text)):
        return False
    earlier = walk(flow, d.answers).question_before(step.id)
    value = d.answers.get(earlier.id) if earlier is not None else None
    if earlier is None or earlier.kind.widget != "text" or not isinstance(value, str) \
            or not is_answered(value) or not (joining or earlier.role == "follow_up"):
        return False
    start = value if len(value) <= 40 else value[:41].rsplit(" ", 1)[0].rstrip(" ,;:") + "..."
    word = text.split()[0] if not text.lower().startswith("as well as") else "as well as"
    if not joining and (number := _FIRST_NUMBER.match(text)):  # "4 = R not back": the "4"
        word = number[0].strip()
    d.nudged.append(key)
    d.pending = Pending(step.id, CONTINUES, text)
    out.replies.append(Nudge(MSG["continues"].format(word=word,
                                                     title=earlier.title, earlier=start),
                             CONTINUES, d.nonce, text, d.id))
    return True


# A line that carries on from another: "and has 3 previous call outs", "also nan said".
# "+ more", as the bot's own notes say to add words to an answer, typed at the question after
# it: the rest of that answer too.
_JOINING = on_first_use(r"\s*(and|also|plus|as well as|&|\+)\s+\S", re.IGNORECASE)
# After why the number is what it is, more of it: what another number would look like ("4 =
# R not back for a month", "a 5 would be ..."), typed at the question after it when the
# reason came on the number's own line and the question asking it was never shown.
_FIRST_NUMBER = on_first_use(r"\s*(?:an?\s+)?(?:10|[0-9])", re.IGNORECASE)
_ONE_POINT_ON = on_first_use(r"\s*(?:an?\s+)?(?:10|[0-9])\s*(?:=|:|would\b|will\b|means\b"
                             r"|is\s+when\b)\s*\S", re.IGNORECASE)
_NONE_OF_THEM = on_first_use(r"(?:none|nothing|no|nope|nil|n/?a|not really|neither)"
                             r"(?: (?:of (?:them|these|those|it|the above)|at all|noticed|seen|"
                             r"that i know of|i know of))?")


_LETTERS = on_first_use(r"[^\W\d_]{2}")
# The child's number said as theirs, with more after it: "K says 7 🙂 "I'm doing way better"".
# A number in the words after it ("one" is left out: "no one listens" is no number).
_ANOTHER_NUMBER = on_first_use(r"\d|\b(?:zero|two|three|four|five|six|seven|eight|nine|ten)\b",
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


# Words a practitioner may type for the three ways out of `hold_another`'s question.
_CHOICES = {"next": "next", "for the next question": "next", "next question": "next",
            "its for the next question": "next", "replace": "replace", "instead": "replace",
            "use it instead": "replace", "keep": "keep", "keep the first": "keep",
            "keep my first answer": "keep"}


def _choose_first(flow: Flow, out: Outcome, step: FlowStep, typed: str,
                  nudger: Nudger) -> None:
    """A line typed while the bot asks where the line before it goes: a choice said in words
    is taken; anything else is not saved (it would replace one of the two, or be filed
    under a question nobody chose), and the question is asked again."""
    chosen = _CHOICES.get(" ".join(re.sub(r"[.,!?'’]", "", typed.lower()).split()))
    if chosen is not None:
        _command(flow, out, Command(chosen), nudger)
        return
    if _note_while_held(out, step, typed, nudger):
        return
    if typed:
        out.replies.append(Notice(MSG["choose_first"].format(typed=excerpt(typed)), "problem"))
    ask_about_held(out, step, nudger)


def _replace(flow: Flow, out: Outcome, nudger: Nudger) -> None:
    """/replace: the line typed after a held answer is its new answer, checked as typed."""
    d = out.draft
    step = current(flow, out) if d.status == "in_progress" else None
    if step is not None and take_tidied(flow, out, step, nudger):
        return  # the answer with the punctuation dictation wrote out as words
    if step is None or not is_choosing(out, step):
        out.replies.append(Notice(MSG["nothing_onward"], "problem"))
        if step is not None:
            ask(flow, out, step, again=True)
        return
    pending, d.pending = d.pending, None
    assert pending is not None
    checked_accept(flow, out, step, pending.value, nudger)


def _onward(flow: Flow, out: Outcome, nudger: Nudger) -> None:
    """/next: the answer a nudge held is kept as typed, and the line typed after it (held
    beside it) answers the next question, as the practitioner meant it to."""
    d = out.draft
    if d.status != "in_progress":
        out.replies.append(finished(flow))
        return
    step = current(flow, out)
    if step is None:
        return
    pending = d.pending
    if pending is None or pending.step_id != step.id or pending.earlier is None:
        out.replies.append(Notice(MSG["nothing_onward"], "problem"))
        ask(flow, out, step, again=True)
        return
    d.pending = None
    words = {"earlier": pending.earlier, "title": step.title}
    if not _then_answer_next(flow, out, step, pending.earlier, str(pending.value), nudger,
                             lambda following, fate: MOVE_MSG[f"onward_{fate}"].format(
                                 next=following.title, **words)):
        out.replies.append(Notice(MSG["no_next"].format(**words), "saved"))


_BARE_NUMBER = on_first_use(r"\s*\d{1,2}\s*")


def _number_for_the_scale_after(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Whether `text`, typed while a reminder holds this written question's answer, is a
    number alone that the question after it, a scale, takes (found by keeping the held
    answer in a copy of the draft)."""
    held = out.draft.pending
    if step.kind.widget != "text" or held is None or held.step_id != step.id \
            or held.earlier is not None or not _BARE_NUMBER.fullmatch(text):
        return False
    trial = Outcome(deepcopy(out.draft), numbered=out.numbered)
    trial.draft.pending = None
    accept(flow, trial, step, held.value)
    following = trial.draft.current
    if trial.draft.status != "in_progress" or following is None or not flow.has_step(following):
        return False
    after = flow.step(following)
    return after.kind.widget == "scale" and after.kind.parse(flow, after, text.strip())[1] is None


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
    r"\s*(?P<number>(?:(?:about|around|maybe|probably|roughly|a|i think|i['’]d say|solid"
    r"|honestly|(?:i['’]?d |i would )?(?:give it|go for|go with))\s+){0,3}"
    r"(?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s*/\s*(?:10|ten)|\s*out of (?:10|ten)|-?ish)?)"
    r"(?:\s*[-–—:,;.)(]+\s*|\s+(?=because\b|as\b|since\b|cos\b|coz\b|bc\b|but\b|not\b)"
    # or said without a stop, as a voice note or a thumb types it: "4 she is engaging but
    # still cutting", "3 mum is trying", "5 AB has ...": a new sentence, who or what first;
    # not who gave the number ("4 mum said", "5 dad reckons": theirs, not this one's)
    rf"|(?P<run_on>\s+)(?=(?:{_SUBJECT})\s+[^\W\d_])(?!(?:{_SUBJECT})\s+{_GAVE}\b))"
    r"(?P<why>[^\W\d_].*)", re.IGNORECASE | re.DOTALL)


_A_NUMBER = r"(?:10|[0-9]|" + "|".join(NUMBER_WORDS) + ")"
# A number written with how it was given, most often a child's: "3 on the faces", "she chose
# 3", "Z pointed to 3". One number, not one that counts ("3 times", "2 faces").
_GIVEN_HOW = on_first_use(r"\b(?:chose|chosen|picked|pointed|said|says|gave|circled|showed"
                          r"|put|went\s+for|scored|rated|on\s+(?:the|her|his|their|my|a))\b",
                          re.IGNORECASE)
_LONE_NUMBER = on_first_use(r"(?<![\d/.:,])\b(\d{1,2})\b(?![\d/.:,]\d)")
_COUNTED = on_first_use(r"\s*(?:times|x|days?|weeks?|months?|years?|hours?|mins?|minutes?|faces"
                        r"|steps|reasons?|kids|children|people|more|less|of|or|to|and)\b",
                        re.IGNORECASE)


# The number first and who gave it after: "4 mum said", "6 her nan gave it", "3 MGM reckons".
_GIVER_AFTER = on_first_use(
    rf"(?P<n>{_A_NUMBER})\s+(?P<who>[^\W\d_][^\d\n]{{0,30}}?)\s+(?P<verb>said|says|gave|gives"
    r"|reckons?|thinks?|chose|picked|put|would\s+say|['’]d\s+say)(?:\s+(?:it|that|so))?[.!]?",
    re.IGNORECASE)


def _number_given_how(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """A scale answered with the one number and how it was given ("she chose 3", "3 on the
    faces"): that number is offered back, not saved, as the words cannot be kept here."""
    numbers = list(_LONE_NUMBER.finditer(text))
    if len(numbers) != 1 or not _GIVEN_HOW.search(text) \
            or _COUNTED.match(text, numbers[0].end()):
        return False
    number, problem = step.kind.parse(flow, step, numbers[0][1])
    if problem:
        return False
    out.replies.append(Notice(MSG["number_alone"].format(n=number), "problem"))
    ask(flow, out, step, again=True)
    return True
# What a number counts, after it ("3 times", "2 of them", "the 2 meetings", "3 home
# visits"): a plural noun, perhaps after a word saying which. "4 and 6", "4 to 6" are two
# places, and "6 afterwards" or "5 as things improved" is a place, not a count.
# A word ending in s is not always a counted noun: "4 versus 6", "3 goes up to 6", "4
# becomes 6", "6 thanks to the new routine" (a verb, or what is said of the number, after it),
# nor is "4 for months" a count of months.
_NOT_COUNTED = (r"(?:is|was|has|does|as|us|this|its|his|hers|yes|thus|plus|always|perhaps"
                r"|sometimes|afterwards|towards|besides|nowadays|upwards|downwards|backwards"
                r"|forwards|unless|across|whereas|less|vs|goes|becomes|thanks|seems|stays"
                r"|remains|means|feels|looks|gets|turns|drops|rises|falls|moves|jumps|climbs"
                r"|comes|says|reads|shows|changes|improves|increases|decreases|reduces|hits"
                r"|reaches|lands|dips|slips|slides|creeps|edges|ends|starts|begins|settles"
                r"|sits|tops|makes|takes|keeps|leaves|lasts|holds|stands)")
_COUNTS = on_first_use(
    r"\s*(?:(?:times|x|days?|weeks?|months?|years?|hours?|mins?|minutes?|faces|steps|reasons?"
    r"|kids|children|people|men|women|more|less|of)\b"
    rf"|(?!{_NOT_COUNTED}\b)[a-z]+[a-hj-rtv-z]s\b(?!\s+(?:up|down|to\s+(?:an?\s+)?\d|\d))"
    r"|(?!(?:for|in|over|after|since|at|by|within|during|from|to|until|till|about|around"
    r"|past|last|and|or|but|then|now|with|without|before)\s)"
    r"[a-z]+(?:-[a-z]+)?\s+(?:meetings|visits|sessions|appointments|occasions|calls|contacts"
    r"|incidents|reports|referrals|conferences|checks|groups|days|weeks|months|nights))\b",
    re.IGNORECASE)
# A place on the scale in words: a number alone, not one that counts ("3 times", "2 of them").
_PLACE = on_first_use(rf"(?<![\d./:£$])\b(?P<n>{_A_NUMBER})\b(?![./:]\d)", re.IGNORECASE)


# How many places were seen, in words: NUMBER_WORDS read the other way ("seven numbers", as
# "three numbers"; a table of its own stopped at six, and said "I can see 7 numbers").
_COUNT_WORDS = {int(n): word for word, n in NUMBER_WORDS.items()}


def _which_now(numbers: list[str]) -> str:
    """Asking which of the places on the scale seen in one line is today's."""
    return MSG["scale_which"].format(
        count=_COUNT_WORDS.get(len(numbers), str(len(numbers))),
        listed=f"{', '.join(numbers[:-1])} and {numbers[-1]}",
        none="either" if len(numbers) == 2 else "any of them")


def _two_places(flow: Flow, out: Outcome, step: FlowStep, text: str, problem: str) -> bool:
    """Two places on the scale or more in one line ("4 before the discussion, 6 after",
    "started at 3, went to 6 and ended on 5"): which is today's is asked, not guessed, and
    no line for another question is supposed (the way back to the answer before is no help here)."""
    scale = flow.scale_of(step)
    if problem != TYPE_MSG["not_scale"].format(min=scale.min, max=scale.max):
        return False  # "6 or 7": asked which fits best; "11": outside the scale
    places = [m for m in _PLACE.finditer(text) if not _COUNTS.match(text, m.end())]
    parsed = [step.kind.parse(flow, step, m["n"])[0] for m in places]
    numbers = [str(n) for n in dict.fromkeys(parsed)]  # each once, in the order written
    if len(numbers) < 2 or None in parsed:
        return False
    out.replies.append(Notice(_whose(flow, step, text, numbers) or _which_now(numbers),
                              "problem"))
    ask(flow, out, step, again=True)
    return True


# Numbers said to be people's ("SW says 4, police say 2", "me 4, DS Jones 2"), as a strategy
# discussion gives them: two views, not one number changed ("Which is it now?" was asked).
_PEOPLES = on_first_use(
    r"\b(?:me|my|mine|i|i'd|sw|social\s+workers?|police|ds|dc|pc|school|health|hv|gp|iro|yot"
    r"|manager|tm|mum|dad|carers?)\b", re.IGNORECASE)
_SELF = frozenset({"me", "my", "mine", "i", "i'd"})
_POLICE = on_first_use(r"\b(?:police|ds|dc|pc)\b", re.IGNORECASE)


def _whose(flow: Flow, step: FlowStep, text: str, numbers: list[str]) -> str | None:
    """Asking which number is the record's own, when two numbers in one line are said to be
    two people's, and where the other's goes: the scale's question for others' numbers, or
    the reason. None when the line names nobody's."""
    people = {"i" if who in _SELF else who for who in map(str.lower, _PEOPLES.findall(text))}
    if len(numbers) != 2 or len(people) < 2:  # "I said 4 before, now 6": one person's
        return None
    if step.role == "perspective":  # a parent's number, or the child's: theirs alone here
        return MSG["scale_people_theirs"].format(listed=" and ".join(numbers), none="either",
                                                 who=step.title)
    others = next((s for s in flow.steps if s.role == "others" and s.parent == step.id), None)
    where = MSG["scale_people_others"].format(title=others.title) if others is not None \
        else MSG["scale_people_why"].format(n=numbers[0], m=numbers[1], who=(
            "the police give" if _POLICE.search(text) else "the other worker gives"))
    return MSG["scale_people"].format(listed=" and ".join(numbers), none="either",
                                      others=where)


# Another place on the scale said to be where things are now, in the words after a number:
# "6, now 3", "6 - today a 4", "7 last time, 5 now". Which is now is not guessed.
_NUMBER_NOW = on_first_use(
    rf"\b(?:now|today|currently|at\s+the\s+moment|this\s+time)\s*(?:it'?s\s*|is\s*|at\s*)?"
    rf"(?:an?\s+|about\s+)?(?P<a>{_A_NUMBER})\b(?!\s*(?:times|days|weeks|months|years|"
    rf"hours|kids|children|of|x\b))|\b(?P<b>{_A_NUMBER})\s*(?:/\s*10\s*)?"
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
        out.replies.append(Notice(_which_now([str(number), str(NUMBER_WORDS.get(
            now.casefold(), now))]), "problem"))
        ask(flow, out, step, again=True)
        return True
    if "(" in text[said.end("number"):said.start("why")] and why.endswith(")") \
            and "(" not in why:
        why = why[:-1].rstrip()
    elif "(" in text[said.end("number"):said.start("why")] and why.count(")") > why.count("("):
        why = "(" + why  # "4 (me) / 2 (DS Jones)": the bracket opened is kept with the rest
    follow_up = next((s for s in flow.steps
                      if s.role == "follow_up" and s.parent == step.id), None)
    if follow_up is None and step.role == "perspective" and not problem:
        _their_number_and_why(flow, out, step, number, why)
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
            return said + _one_point_more(flow, out, step, following, number, why, fate)
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


def _their_number_and_why(flow: Flow, out: Outcome, step: FlowStep, number: Value,
                          why: str) -> None:
    """A parent's (or the child's) number sent with their reason: both kept, as the
    practitioner's own are, the reason beside the number (there is no question for it)."""
    said = len(out.replies)
    out.draft.answers.pop(step.reason_id, None)  # replaced, not "taken out" with the number
    accept(flow, out, step, number)
    out.draft.answers[step.reason_id] = why
    out.changed.add(step.reason_id)
    out.replies[said:] = [  # the question's message shows the number with its reason
        replace(r, answer=display_with_reason(step, number, out.draft.answers))
        if isinstance(r, Answered) and r.step_id == step.id else r
        for r in out.replies[said:]]
    asked = next((n for n in range(said, len(out.replies))
                  if isinstance(out.replies[n], Question)), len(out.replies))
    out.replies.insert(asked, Notice(MSG["their_number_why"].format(  # after "Taken as"
        n=number, who=step.title, why=why), "saved"))


# The writer's frame before a drawing described ("she drew", "T (7) has drawn"), as the
# reminder about it reads it (flows.nudges `_DRAWN`).
_DREW = on_first_use(r"\s*(?:[\w'’]+\s+){0,2}?(?:\(\d{1,2}\)\s+)?(?:then\s+|also\s+)?"
                     r"(?:drew|draws|(?:has|had)\s+drawn|painted|coloured|colored|scribbled"
                     r"|made\s+a\s+(?:drawing|picture))\b\s*", re.IGNORECASE)
_A_WORD = on_first_use(r"[\w'’]+")


def _drawing_again(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """After the reminder that "she drew a big black cloud over mummy's house" is the
    drawing in the writer's words, the same description sent again without "she drew" ("a
    big black cloud over mummy's house"): still not the child's words, so not saved as
    theirs. Words of the child's own that it quoted ("... and wrote "go away"") are."""
    held = out.draft.pending
    if held is None or held.step_id != step.id or held.kind != "own_words" \
            or step.spec.voice != "child" or not isinstance(held.value, str) \
            or (frame := _DREW.match(held.value)) is None:
        return False
    drawn = [w.casefold() for w in _A_WORD.findall(held.value[frame.end():])]
    sent = [w.casefold() for w in _A_WORD.findall(text)]
    if len(sent) < 2 or len(sent) * 5 < len(drawn) * 3 or any(q in text for q in "\"“”"):
        return False
    joined, whole = " ".join(sent), " ".join(drawn)
    if f" {joined} " not in f" {whole} ":
        return False
    out.draft.pending = None  # kept later (a next item keeps what a reminder held), it
    # would be quoted as the child's after all
    out.replies.append(Notice(MSG["drawing_again"].format(typed=excerpt(text)), "problem"))
    ask(flow, out, step, again=True)
    return True


def _their_reason_after(flow: Flow, out: Outcome, step: FlowStep, text: str,
                        problem: str) -> bool:
    """Words with no number sent at the next person's number, straight after a parent's
    number given alone ("6", then "mum says R is staying away more"): read as why they gave
    it. Asked once, as the line may be this person's view; sent again, it is kept beside
    that number, and this person's number is asked again."""
    d = out.draft
    scale = flow.scale_of(step)
    if step.role != "perspective" or len(d.history) < 2 or re.search(r"\d", text) \
            or problem != TYPE_MSG["not_scale"].format(min=scale.min, max=scale.max):
        return False
    before = flow.step(d.history[-2]) if flow.has_step(d.history[-2]) else None
    if before is None or before.role != "perspective" or before.parent != step.parent \
            or not isinstance(number := d.answers.get(before.id), int) \
            or is_answered(d.answers.get(before.reason_id)):
        return False
    key = f"{step.id}:their_why:{zlib.crc32(_same_words(text).encode())}"
    if key not in d.nudged:
        d.nudged.append(key)
        out.replies.append(Notice(MSG["their_why_asked"].format(
            typed=excerpt(text), who=before.title, n=number), "problem"))
    else:
        d.answers[before.reason_id] = text.strip()
        out.changed.add(before.reason_id)
        out.replies.append(Notice(MSG["their_why_kept"].format(
            why=excerpt(text.strip(), 200), who=before.title, n=number), "saved"))
    ask(flow, out, step, again=True)
    return True


def _why_of_another_number(out: Outcome, step: FlowStep, said: int) -> None:
    """A reason opened with a number that is not the one given at its scale ("1", then "2:
    found with adults three times"), just saved: the summary reads "Safety scale: 1 ... Why
    this number: 2: ...", and a reader cannot tell which was meant. Said beside "saved", with
    the way to change either (`said`: where this answer's replies begin)."""
    d = out.draft
    value = d.answers.get(step.id)
    if step.role != "follow_up" or step.parent is None or d.pending is not None \
            or step.id not in out.changed or not isinstance(value, str) \
            or (opens := WHY_OPENS_WITH.match(value)) is None \
            or not isinstance(given := d.answers.get(step.parent), int) \
            or int(opens["n"]) == given:
        return
    asked = next((n for n in range(said, len(out.replies))
                  if isinstance(out.replies[n], Question)), len(out.replies))
    out.replies.insert(asked, Notice(MSG["why_another_number"].format(
        said=opens["n"], n=given), "info"))


# A question for why that asks for more than why: what one point higher would look like.
_ASKS_ONE_POINT_ON = on_first_use(r"\bone point\b", re.IGNORECASE)
# A reason that says it already: "a 5 would be ...", "higher if ...", "to get to a 5".
_SAYS_ONE_POINT_ON = on_first_use(r"\b(?:10|[0-9]|one point)\s*(?:=|would|will|means\b|is when)"
                                  r"|\bhigher\b|\bmove (?:it )?up\b|\bto get (?:to|higher)\b",
                                  re.IGNORECASE)
_MORE = ":one_point_more:"


def _one_point_more(flow: Flow, out: Outcome, step: FlowStep, following: FlowStep,
                    number: Value, why: str, fate: str) -> str:
    """A number and its reason on one line pass the question for why by: when that question
    also asks what one point higher would look like, and the reason doesn't say, how to add
    it ("+ a 5 would be ..."), at the question now shown; "" otherwise."""
    d = out.draft
    top = flow.scale_of(step).max
    if fate != "saved" or not isinstance(number, int) or number >= top \
            or not _ASKS_ONE_POINT_ON.search(following.spec.ask) \
            or _SAYS_ONE_POINT_ON.search(why) or d.current == following.id:
        return ""
    if d.status != "in_progress" or d.current is None:  # the last question: nothing is shown
        return " " + MSG["one_point_more_done"].format(title=following.title)
    d.nudged.append(f"{following.id}{_MORE}{d.nonce}")  # for the question now shown only
    return " " + MSG["one_point_more"].format(up=number + 1)


def _added_to_reason(flow: Flow, out: Outcome, step: FlowStep, words: str) -> bool:
    """"+ a 5 would be ...", sent at the question shown after a number and its reason came
    on one line: added to that reason, as its question asked (`_one_point_more`)."""
    d = out.draft
    mark = f"{_MORE}{d.nonce}"
    why_id = next((key[:-len(mark)] for key in d.nudged if key.endswith(mark)), None)
    if why_id is None or d.pending is not None or not flow.has_step(why_id) \
            or not isinstance(reason := d.answers.get(why_id), str):
        return False
    why = flow.step(why_id)
    joined = f"{reason} {words}" if reason.rstrip()[-1:] in ".!?;:," else f"{reason}; {words}"
    value, problem = why.kind.parse(flow, why, joined)
    if problem:
        out.replies.append(Notice(MSG["not_taken"].format(typed=excerpt(words), problem=problem),
                                  "problem"))
    else:
        d.answers[why_id] = value
        out.changed.add(why_id)
        out.replies.append(Notice(MSG["more_added"].format(
            n=d.answers.get(why.parent or ""), why=excerpt(str(value), 200)), "saved"))
    ask(flow, out, step, again=True)
    return True
