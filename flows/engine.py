"""The pure engine: a flow, a draft and one input in; replies and the changed draft out.

It knows no front end and no database. The caller saves `Outcome.draft` (the answer ids in
`Outcome.changed` at least) before it shows `Outcome.replies` to anyone. What an answer
means is the step's question type (flows.questions); commands are in flows.step_commands,
and the moves both share (accept, go forward, ask) in flows.moves. Lines typed at a question
that are not its answer are read in flows.asides, a scale's number with the words beside it
in flows.scale_reasons, lines held while she is asked where one goes in flows.held_lines, and
what the engine says is in flows.engine_words.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import replace

from flows import offers
from flows.accounts import account_at_a_date
from flows.answers import (
    ADD,
    BARE_COMMAND,
    DONE_WORDS,
    LOST,
    NOTHING,
    NUMBER_WORDS,
    UNSURE_FIRST,
    WORD_MEANING,
    clean,
    display,
    display_with_reason,
    excerpt,
    gaps_folded,
    is_answered,
    items_after_filler,
    items_then_nothing,
    said_back,
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
    is_greeting,
    not_taken,
    note_while_held,
    offer_to_add_back,
    question_itself,
    repeated,
    repeats_answer_before,
    send_early,
    stopping,
    wrong_tool,
    yes_alone,
)
from flows.draft import END, Draft, Pending
from flows.engine_words import MSG
from flows.flow import Flow, FlowStep
from flows.glossary import meaning
from flows.held_lines import (
    TO_THE_BOT,
    answer_with_its_account,
    carry_out,
    choose_first,
    let_go_of_moved,
    marks_out,
    onward,
    then_answer_next,
    would_leave_out,
)
from flows.moves import (
    BARE,
    Nudger,
    Outcome,
    agrees_with_shown,
    ask,
    ask_about_held,
    ask_headed_again,
    checked_accept,
    checks_for,
    go_forward,
    held_back,
    hold_account,
    hold_another,
    hold_pending,
    initial_for_privacy,
    is_agreeing,
    is_another_answer,
    is_choosing,
    is_next_item,
    is_taking_suggestion,
    keeps_given,
    moved_to_strengths,
    no_nudges,
    privacy_first,
    take_account,
    what_they_do_after_who,
)
from flows.moves import (
    MSG as MOVE_MSG,
)
from flows.questions import MSG as TYPE_MSG
from flows.questions import (
    childs_number,
    given_by_someone_else,
    left_with_choice,
    only_their_number,
    said_by_the_child,
    unhedged_reason,
)
from flows.regex import made_by, on_first_use
from flows.replies import (
    ADDS_BACK,
    ANOTHER,
    CONTINUES,
    SAID_NOTHING,
    UNFINISHED,
    Command,
    Input,
    Notice,
    Pick,
    Question,
    Text,
)
from flows.role_answer import reads_as_an_account
from flows.scale_reasons import (
    A_NUMBER,
    a_grade_for_the_number,
    added_to_reason,
    drawing_again,
    in_quotes,
    my_number_at_theirs,
    number_changed,
    number_for_the_scale_after,
    number_given_how,
    number_meant,
    number_with_pictures,
    one_point_more,
    their_number_and_why,
    their_reason_after,
    their_why_in_other_words,
    two_places,
    which_now,
    why_of_another_number,
    wrong_end,
)
from flows.signature import in_words, signed_by
from flows.step_commands import command, current, done, finished, nothing_kept_ends, skip
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
    let_go_of_moved(flow, out)
    held = offers.offered(out.draft)
    _apply(flow, out, given, nudger)
    if held is not None:
        offers.kept_or_named(flow, draft, held, given, out)
    return out


def _apply(flow: Flow, out: Outcome, given: Input, nudger: Nudger) -> None:
    if isinstance(given, Command):
        carry_out(flow, out, given, nudger, _typed)
    elif out.draft.status != "in_progress":
        out.replies.append(finished(flow, given.text if isinstance(given, Text) else ""))
    elif isinstance(given, Pick):
        _pick(flow, out, given, nudger)
    elif isinstance(given, Text):
        _typed(flow, out, given, nudger)
    else:
        out.replies.append(Notice(TYPE_MSG["not_here"], "problem"))


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
    let go and named in the replies, as her next input would (`let_go_of_moved`): for what
    reads the draft before that input (a /handover, refused while anything is held)."""
    out = reconcile(flow, draft)
    let_go_of_moved(flow, out)
    return out


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


def _none_then_their_words(out: Outcome, step: FlowStep) -> str | None:
    """The child's "none" held back to ask whether they said it, first in a list still
    empty (the words typed after it are what they said instead); None otherwise."""
    held = out.draft.pending
    if held is None or not held_back(out, step, SAID_NOTHING) or out.draft.answers.get(step.id):
        return None
    return str(held.value) if NOTHING.fullmatch(str(held.value).lower().strip(" .!")) else None


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
    # (a partner's role is asked without her name: a name line pasted there is left out too)
    unnamed = step is not None and "privacy" in (step.spec.checks or ())
    signed = signed_by(clean(typed.text), unnamed=unnamed, to_the_bot=_said_to_the_bot) \
        if step is not None and step.spec.signature else None
    if step is None or signed is None:
        _typed_line(flow, out, typed, nudger)
        return
    # a signature pasted at "Written by": its phone, email and notice lines were saved with
    # the name and role, and printed at the top of the record the chair reads
    kept, left_out = signed
    if len(kept) > step.spec.max_length:  # (refused as too long next: nothing is said kept)
        too_long = MSG["signature_role_long" if unnamed else "signature_long"]
        out.replies.append(Notice(too_long.format(left=in_words(left_out))))
        _typed_line(flow, out, Text(kept), nudger)
        return
    at = len(out.replies)
    _typed_line(flow, out, Text(kept), nudger)
    # Said kept only once it is: "skip", "hi" or "?" above the signature is read as the
    # bot reads it alone, and was said kept as who wrote it while nothing was saved.
    left = in_words(left_out)
    if step.id in out.changed and out.draft.answers.get(step.id) == kept:
        said = MSG["signature_role" if unnamed else "signature"]
        out.replies.insert(at, Notice(said.format(kept=said_back(kept), left=left), "saved"))
    elif held_back(out, step, "privacy") and out.draft.pending is not None \
            and out.draft.pending.value == kept:
        # a name left on the role's line, which the privacy reminder asks about: what was
        # left out is said, and nothing is said kept (no tick: the reminder holds it unsaved)
        out.replies.insert(at, Notice(MSG["signature_asked"].format(left=left)))


def _said_to_the_bot(line: str) -> bool:
    """A line said to the bot rather than an answer: "hi", "skip", "?" (read so alone)."""
    lowered = " ".join(line.lower().split()).strip(" .!")
    return BARE_COMMAND.fullmatch(lowered) is not None or LOST.fullmatch(lowered) is not None \
        or is_greeting(line)


def _typed_line(flow: Flow, out: Outcome, typed: Text, nudger: Nudger) -> None:
    step = current(flow, out)
    if step is None:
        return
    offered = None  # a line offered to the answer before: what she types now is read as typed
    if (held := out.draft.pending) is not None and held.kind == ADDS_BACK:
        out.draft.pending, offered = None, str(held.value)
    text = clean(typed.text)
    if step.kind.widget not in ("text", "items"):  # (a written answer is saved as sent)
        text = gaps_folded(text)
    if step.kind.widget == "items" and text.lower() in DONE_WORDS | {""}:
        if privacy_first(out, step, nudger):
            return
        hold_pending(out, step)  # an empty line or "done" keeps an item a nudge held back
        done(flow, out, step, nudger)
        return
    if number_changed(flow, out, step, text, nudger) or my_number_at_theirs(flow, out, step, text) \
            or correction(flow, out, step, text, nudger) \
            or asks_to_change(flow, out, step, text, nudger):
        return
    if greeting(flow, out, step, text, nudger) or stopping(flow, out, step, text) \
            or about_the_tool(flow, out, step, text) or send_early(flow, out, step, text, nudger) \
            or wrong_tool(flow, out, step, text) \
            or account_at_a_date(flow, out, step, text, nudger) \
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
        elif would_leave_out(flow, out, name, nudger):
            return  # "skip" while lines typed on wait for the choice: asked about first
        else:
            out.replies.append(Notice(said))
            command(flow, out, Command(name), nudger)
            return
    if is_choosing(out, step):
        choose_first(flow, out, step, text, nudger, _typed)
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
        if (held := out.draft.pending) is not None and held.step_id == step.id:
            hold_pending(out, step)
            if held.kind == SAID_NOTHING:  # the child's "none", sent again: theirs, and done
                nothing_kept_ends(flow, out, step, held, nudger)
                return
            ask(flow, out, step, again=True)
            return
        if not out.draft.answers.get(step.id) and SAID_NOTHING in checks_for(flow, step) \
                and text.lower().strip(" .!") != "nothing" \
                and nudger(SAID_NOTHING, text) is not None:
            # "none" first where the child's own words are kept: asked, as "nothing said" is,
            # whether they said it. Kept and the list closed, the child's next words typed
            # ("none", then "when dad shouts") were filed under the next house. (A child's
            # "nothing", asked what worries them, is theirs: kept, as a practice lead decided.)
            checked_accept(flow, out, step, text, nudger)
            return
        if not out.draft.answers.get(step.id):
            out.draft.answers[step.id] = [text]
            out.changed.add(step.id)
            if step.spec.voice == "child" and step.spec.required:
                # a young person's "none", where their words are needed: theirs, and the
                # words they said after it (sent next) go with it, not to the next question
                out.replies.append(Notice(MSG["their_none"].format(typed=excerpt(text)),
                                          "saved"))
                ask(flow, out, step, again=True)
                return
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
    if text and what_they_do_after_who(flow, out, step, text, nudger):
        return  # "dad", asked about, then "hits mum when he has been drinking"
    if (added := ADD.fullmatch(text)) and added_to_reason(flow, out, step, added[1]):
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
            and TO_THE_BOT.fullmatch(marks_out(text)) \
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
        if (none := _none_then_their_words(out, step)) is not None:
            # the child's "none", asked about, then the words they said: kept before them,
            # it read as though they had said nothing and then said the worry
            out.replies.append(Notice(MSG["none_left_out"].format(typed=none), "saved"))
            out.draft.pending = None
        elif not (held_back(out, step, "safety_action") and moved_to_strengths(flow, out, step)):
            hold_pending(out, step, then_next=True)
    elif unlike and not private and number_for_the_scale_after(flow, out, step, text):
        # "3" typed while a reminder holds a written answer, the next question a scale: no
        # answer to this one, so it is for that one, as /next takes it (asked which, a nurse
        # went on typing, and each line was refused while the buttons waited)
        assert out.draft.pending is not None
        out.draft.pending = Pending(step.id, ANOTHER, text, earlier=out.draft.pending.value)
        onward(flow, out, nudger, _typed)
        return
    elif unlike and not private:
        hold_another(out, step, text)
        return
    if not text and privacy_first(out, step, nudger):
        return
    if text and not reads_as_an_account(text):
        take_account(flow, out, step, typed=True)  # the role typed under the offer: both kept
    pending, out.draft.pending = out.draft.pending, None  # typing again is the rewrite
    out.rewrite_of = pending if pending is not None and pending.step_id == step.id else None
    ask_headed_again(out.draft, step, pending, text)
    if unlike and private and pending is not None:
        out.replies.append(Notice(MSG["private_replaced"].format(held=pending.value), "saved"))
    if not text and pending is not None and pending.step_id == step.id \
            and pending.kind != BARE:
        # An empty line after a nudge is no answer: keep the one the nudge held, as /keep
        # (not a bare "ok", which was no answer either: the line is read as empty).
        checked_accept(flow, out, step, pending.value, nudger)
        nothing_kept_ends(flow, out, step, pending, nudger)
        return
    if not text:  # an empty line at the terminal is /skip: it keeps an answer already given
        skip(flow, out, step, nudger)
        return
    if step.kind.widget == "text" and (added := ADD.fullmatch(text)) \
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
                 or said_by_the_child(step, f"{says['who']} {says['verb'] or ':'} {says['n']}")):
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
            or number_with_pictures(flow, out, step, text, nudger)
            or two_places(flow, out, step, text, problem)
            or a_grade_for_the_number(flow, out, step, text)):
        return
    if problem and step.kind.widget == "text" and hold_account(flow, out, step, text, nudger):
        return  # an account at a partner's role, over the role's limit
    if problem and answer_with_its_account(flow, out, step, text, nudger, _typed):
        return  # "we spoke to nan and she will have them at weekends, yes"
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
    if problem and offer_to_add_back(flow, out, step, text, problem, offered):
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
    # (where who is asked, and unanswered, first: the line is read only there, not at every
    # answer to every question)
    if "who_is_worried" not in checks_for(flow, step) or d.pending is not None \
            or is_answered(d.answers.get(step.id)):
        return False
    said = _WHO_AND_WHAT.fullmatch(text.strip())
    if said is None or len(said["who"].split()) > _WHO_WORDS or len(said["what"].split()) < 3:
        return False
    at = flow.steps.index(step)
    following = flow.steps[at + 1] if at + 1 < len(flow.steps) else None
    if following is None or following.spec.id != _WHAT_IS_HAPPENING \
            or following.kind.widget != "text" or is_answered(d.answers.get(following.id)):
        return False  # asked before who (the Harm Matrix): what they said is answered
    who = said["who"].rstrip(" ,;:-")
    what = said["what"]  # "about" or "that" before it is the drafted statement's to choose
    return then_answer_next(
        flow, out, step, who, what, nudger, _typed,
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
                             r"that i know of|i know of|so far|yet))?"
                             # "not that I know of": none she knows of, not a sign to match
                             r"|not (?:that (?:i|we) know of|as far as (?:i|we) know)")


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
# ... or who, then a colon, as each agency's number is asked for ("Mum: 7, she says it was
# a one off")
_CHILD_SAYS = on_first_use(r"(?P<who>[\w'’ ]{1,30}?)(?:\s+(?P<verb>says|said|gives it|gave it"
                           r"|chose|picked)\s+(?:an?\s+)?|\s*:\s*)(?P<n>10|[0-9])\b"
                           r"(?:\s*/\s*10|\s+(?:out\s+)?of\s+(?:10|ten))?(?P<why>.+)",
                           re.DOTALL | re.IGNORECASE)
# "-2": take item 2 out of the list on the screen (an item filed under the wrong question).
_REMOVE = on_first_use(r"[-–−]\s*(\d{1,2})")
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
    r"(?:\s*/\s*(?:10|ten)|\s*(?:out )?of (?:10|ten)|-?ish)?"  # ("5 of 10" too)
    # ... and how sure, after it: "6 i think, placement stable since sept", "6 tbh - ..."
    r"(?:\s+(?:i\s+(?:think|guess|reckon)|i['’]?d\s+say|tbh|tbf|honestly|probably|probs?"
    r"|maybe|or\s+so|at\s+a\s+push|at\s+the\s+moment|right\s+now|for\s+now))?)"
    r"(?:\s*[-–—:,;.)(]+\s*|\s+(?=because\b|as\b|since\b|cos\b|coz\b|bc\b|b/c\b|but\b|not\b"
    # ... or a risk grading: "3 high risk, dad on bail"
    r"|(?:very\s+)?(?:high|medium|moderate|low|standard)\s+risk\b)"
    # or said without a stop, as a voice note or a thumb types it: "4 she is engaging but
    # still cutting", "3 mum is trying", "5 AB has ...": a new sentence, who or what first;
    # not who gave the number ("4 mum said", "5 dad reckons": theirs, not this one's)
    rf"|(?P<run_on>\s+)(?=(?:{_SUBJECT})\s+[^\W\d_])(?!(?:{_SUBJECT})\s+{_GAVE}\b)"
    # or their words, quoted straight after it: '8 "I know when I've had enough"'
    r"|\s+(?=[\"'“‘«„]\s*[^\W\d_]))"
    # (a quote opening the reason is theirs: '8 - "I know ..."', "7: 'we're doing fine'";
    # so is a count, or how long: "3 - 2 call outs in 6 weeks", "8 - 2 weeks without an
    # incident", no second place on the scale)
    r"(?P<why>(?:[\"'“‘«„]\s*)?[^\W\d_].*|\d{1,3}\s+(?:call[\s-]?outs?|incidents|arrests"
    r"|reports|referrals|episodes|times|missing\s+episodes|(?:night|day|week|month|year)s?)"
    r"\b.*)", re.IGNORECASE | re.DOTALL)




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
    if not problem and (who := only_their_number(step, why)) is not None and any(
            s.parent == step.id and s.role == "perspective" for s in flow.steps):
        # "around 4, mum said 6": mum's number is asked on its own, not kept as why
        out.replies.append(Notice(MSG["number_theirs_apart"].format(
            n=number, their=in_quotes(why), who=who), "saved"))
        checked_accept(flow, out, step, number, nudger)
        return True
    if "(" in text[said.end("number"):said.start("why")] and why.endswith(")") \
            and "(" not in why:
        why = why[:-1].rstrip()
    elif "(" in text[said.end("number"):said.start("why")] and why.count(")") > why.count("("):
        why = "(" + why  # "4 (me) / 2 (DS Jones)": the bracket opened is kept with the rest
    why = unhedged_reason(why)  # "4 (ish) because ...": how sure is not why
    if not problem and wrong_end(flow, out, step, number, why):
        return True
    follow_up = next((s for s in flow.steps
                      if s.role == "follow_up" and s.parent == step.id), None)
    if follow_up is None and step.role == "perspective" and not problem:
        if not their_why_in_other_words(flow, out, step, number, why, nudger):
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
        said = MSG[f"number_{fate}_why"].format(n=number, why=in_quotes(why),
                                                 title=following.title)
        if earlier is None:
            return said + one_point_more(flow, out, step, following, number, why, fate)
        return said + " " + MSG["why_replaced" if fate == "saved" else "why_kept"].format(
            earlier=earlier)

    said_from = len(out.replies)
    if not then_answer_next(flow, out, step, number, why, nudger, _typed, saying,
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
















