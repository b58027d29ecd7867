"""The engine's moves shared by answers and commands: accept an answer, go forward, ask."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from flows.answers import (
    BARE_COMMAND,
    NOTES_MARK,
    NUMBER_WORDS,
    Value,
    display,
    display_with_reason,
    excerpt,
    is_answered,
    listed_lines,
    points_elsewhere,
    points_outside,
    points_to_another_draft,
    unmarked,
)
from flows.checks.plain_language import short_forms
from flows.checks.words import load_word_list
from flows.dictation import spoken_marks, tidied
from flows.draft import END, Draft, Pending
from flows.flow import Flow, FlowStep
from flows.headings import (
    QUOTED,
    asked_at,
    headed_as_houses,
    headed_elsewhere,
    no_column_parts,
    other_columns,
    parts_by_column,
    parts_by_question,
    quoted,
)
from flows.regex import on_first_use
from flows.render import suggest
from flows.replies import (
    ACCOUNT,
    ADDS_BACK,
    ANOTHER,
    COLUMNS,
    COLUMNS_FILED,
    CONTINUES,
    COVERED,
    DICTATED,
    SAID_NOTHING,
    UNFINISHED,
    Answered,
    Notice,
    Nudge,
    Question,
    Reply,
    SummaryReply,
)
from flows.role_answer import (
    ACCOUNT_KEPT,
    ACCOUNT_NOTE,
    ROLE_AGAIN,
    account_goes_to,
    reads_as_an_account,
    writes_out,
)
from flows.summary import build_summary
from flows.walk import Walk, walk

Nudger = Callable[[str, str], str | None]
"""(check name, answer text) -> a reminder to show once, or None when the answer is fine."""

MSG = {
    "list_full": "That's the most items this question holds ({max}). Type /done to move on.",
    "item_corrected": 'That reads as item {n} corrected, so it takes the place of "{was}". To '
    "keep that one as well, send it again.",
    "kept": "I've kept the answer you gave as you typed it.",
    # a goal typed again much as it was after its reminder, asked once more (and not again)
    "goal_again": '"{said}" still reads much as before. It does not yet say: {missing}. Like '
    '"Dad will leave the house and ring his brother whenever he feels himself getting angry". '
    "I won't ask about it again.",
    "nothing_drafted": "There isn't enough in your answers above for me to write a {what} "
    "for you. Please write your own (/help shows what goes in it).",
    "private_first": "First, please answer the reminder about your last line: /keep keeps it "
    "as it is, or type it again without the personal details.",
    # said when a reply only agreed ("ok", "yes"): to "could you write it in full?" that may
    # have meant "yes, I will", so the way back is said too
    "agreed": "I've kept the answer you gave as you typed it. If you meant to change it, /back "
    "goes back to it.",
    "kept_not_other": 'I\'ve kept "{earlier}" as you typed it. Your other line, "{line}", was '
    "not saved.",
    "kept_not_pasted": 'I\'ve kept "{earlier}" as you typed it. The {count} lines you sent '
    'after it were not saved: "{line}".',
    "kept_not_others": 'I\'ve kept "{earlier}" as you typed it. Your other lines were not '
    "saved: {lines}. Send any you need again at its question.",
    "kept_then_next": "I've kept the one before as you typed it and added this one after it "
    "(/review to change either).",
    "redrafted": 'I\'ve drafted "{title}" again with this change, as you had kept the '
    "suggested wording (/review to see it).",
    "lines_one_item": "I've kept your {count} lines as one item (item {n}), as they read as "
    "one sentence run over lines. If they are separate items, send -{n} to take it out, then "
    "send each on its own.",
    "their_why_gone": 'The reason given with the number before, "{why}", is taken out with '
    'it. To keep a reason with this number, send them together, like "5, because ...".',
    "check_why": 'Your reason, "{why}", was given for the old number: /edit {n} to change it '
    "if it no longer fits.",
    "why_was_for": 'Your reason, "{why}", was given for {was}, and your number is now {n}: '
    "if it no longer fits, send a new one below.",
    "who_alone": '"{value}" says who, but not yet what they do. What would you see or hear if '
    "you were there? Send the whole answer in one message: who, and what they do.",
    "check_draft": 'Your answer to "{title}" may need the same change: /edit {n} to check it.',
    "another": 'I was still asking about your answer "{earlier}" to "{title}", and then you '
    'wrote "{line}". Is that your new answer to it, or is it for the next question?',
    "another_more": 'I was still asking about your answer "{earlier}" to "{title}", and then you '
    'wrote "{line}" and {more} after it, kept too. Is "{line}" your new answer to it, or is it '
    "for the next question? Keeping your first answer leaves them all out.",
    "onward_refused": 'I\'ve kept "{earlier}" as your answer to "{title}". Your other line '
    'doesn\'t answer "{next}", so it was not saved: see below.',
    "onward_saved": 'I\'ve kept "{earlier}" as your answer to "{title}" and taken your other line '
    'as the answer to "{next}" (/back to change either).',
    # (under a menu, or under "I haven't started" a new draft past the most anyone keeps)
    "adds_back_again": 'You wrote "{typed}". /back adds it to the end of your answer before.',
    "covered": 'I haven\'t saved "{value}" yet: you sent it while its question was off the '
    'screen. Keep it as the answer to "{title}", or type the answer.',
    "bare": '"{value}" on its own doesn\'t answer "{title}", so I haven\'t saved it yet.',
    "moved_to_strengths": 'I\'ve put "{value}" under "{title}", as the strength it is, and '
    "added this one here (/review to change either).",
    "scale_early_list": '"{value}" reads as a number on the scale with its reason, and the '
    'scale, "{scale}", comes once this list is done, so I haven\'t added it to "{title}". Tap '
    "Done, then give your number at the scale; or keep it in the list.",
    "scale_early": '"{value}" reads as a number on the scale with its reason, and the scale, '
    '"{scale}", is the next question, so I haven\'t saved it as "{title}" yet. Answer this '
    "question first, then give your number when the scale comes; or keep it here.",
    "bare_number": '"{value}" is only a number, and "{title}" asks for words, so I haven\'t '
    "saved it yet (was it meant for a scale, or a key pressed by mistake?).",
    "columns_one": "Part of your answer is headed for another column of the summary: {parts}. "
    'Sent as it is, all of it is filed here, under "{title}". Send only what answers this '
    "question (that part has its own questions in this tool), or keep it all here.",
    "columns": "Parts of your answer are headed for other columns of the summary: {parts}. "
    'Sent as it is, all of it is filed here, under "{title}". Send only what answers this '
    "question (those parts have their own questions in this tool), or keep it all here.",
    "no_column_one": "Part of your answer is headed as a part of its own, one this question does "
    'not ask for: {parts}.{asked} Sent as it is, all of it is filed here, under "{title}". Send '
    "only what answers this question, or keep it all here.",
    "no_column": "Parts of your answer are headed as parts of their own, ones this question does "
    'not ask for: {parts}.{asked} Sent as it is, all of it is filed here, under "{title}". Send '
    "only what answers this question, or keep it all here.",
    "columns_none": "Parts of your answer are headed for {columns} of the summary ({parts}) "
    'or as {own} ({none}).{asked} Sent as it is, all of it is filed here, under "{title}". Send '
    "only what answers this question, or keep it all here.",
    "asked_at_one": 'This tool asks for it at "{title}".',
    "asked_at": 'This tool asks for "{part}" at "{title}".',
    "own_one": "a part of its own, one this question does not ask for",
    "own": "parts of their own, ones this question does not ask for",
    "columns_one_use": "Part of your answer is headed for another column of the summary: "
    "{parts}. /use puts it under its own question, to keep or change when you get there. Or "
    'send only what answers this question, or keep it all here, under "{title}".',
    "columns_use": "Parts of your answer are headed for other columns of the summary: {parts}. "
    "/use puts each under its own question, to keep or change when you get there. Or send "
    'only what answers this question, or keep it all here, under "{title}".',
    "columns_filed": "I've put {placed}, each to keep or change when you get there.",
    "question_use": "Part of your answer is for a question still to come, {next}: {parts}. "
    "/use puts it there, to keep or change when you get there. Or send only what answers this "
    'question, or keep it all here, under "{title}".',
    "points": '"{value}" points to another answer, but the summary sorts answers into '
    "columns, so there it may sit under a different one. Could you write it out, even in a "
    "few words?",
    "points_outside": '"{value}" points to something said or written elsewhere (a call, an '
    "email, a referral), which is not in this summary: whoever reads it later won't have it. "
    "Could you write it out, even in a few words?",
    "points_draft": '"{value}" points to another draft, which is not in this one\'s summary '
    "or its documents: each is read on its own. Could you write it out, even in a few words?",
    "onward_held": 'I\'ve kept "{earlier}" as your answer to "{title}". Your other line goes '
    'under "{next}" once you have answered the note about it below.',
    # the same, of lines the terminal's timing sent together as one answer
    "onward_saved_lines": 'I\'ve kept "{earlier}" as your answer to "{title}" and taken the '
    '{count} lines you sent after it, as one answer, as the answer to "{next}" (/back to '
    "change either).",
    "onward_refused_lines": 'I\'ve kept "{earlier}" as your answer to "{title}". The {count} '
    'lines you sent after it don\'t answer "{next}", so they were not saved: see below.',
    "onward_held_lines": 'I\'ve kept "{earlier}" as your answer to "{title}". The {count} lines '
    'you sent after it go under "{next}", as one answer, once you have answered the note '
    "about them below.",
    "unfinished": 'Your answer stops at "{value}", as if there is more to come. Send the rest '
    "and I'll add it on.",
    "dictated": "Dictation seems to have written some punctuation out as words ({said}). "
    "With them as marks, your answer reads:\n\n{tidied}\n\n/use saves it like "
    "that; or type it again, or /keep to keep it as you sent it.",
    "dictated_again": "I've saved it with the punctuation you dictated as marks, as you chose "
    'before: "{tidied}" (/back to change it).',
    "added_back": "I've added those words to the end of your answer before.",
    "added_rest": "I've added that to the end of your answer.",
    "added_to_who": 'I\'ve put "{who}" before it, so your answer reads: "{answer}".',
    "already_listed": "That is already in the list, as item {n}, so I haven't added it again.",
    "no_room": "That list holds {max} items at most, so these lines you pasted are not saved:"
    "\n{lines}\nYou can add them to another answer, or /review to change the list.",
    "no_room_one": 'That list holds {max} items at most, so "{line}" is not saved. You can add '
    "it to another answer, or /review to change the list.",
    "listed_already": "These lines you pasted are already in the list, so I haven't added them "
    "again:\n{lines}",
    "same_kept": 'I\'ve kept your answer as it was: "{value}" (/back to change it).',
    "set_aside": "With this answer, {what} no longer {verb}, so I've left {them} out of the "
    "summary. {It} will come back if you change this answer back.",
}


@dataclass
class Outcome:
    """The result of one input: what to say, the draft to save, which answers changed."""

    draft: Draft
    replies: list[Reply] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)
    # Whether the person saw a choice's options numbered (the terminal chat lists them so;
    # a screen of buttons does not): only then is a number typed read as an option's place.
    numbered: bool = True
    # Whether the draft was just opened, nothing typed to it since: what was sent before was
    # another draft's, so a correction typed now corrects no answer of this one.
    opened: bool = False
    # The answer a reminder held at this question, which the line typed now rewrites (None:
    # the line is no rewrite): a goal typed again much as it was is asked once more.
    rewrite_of: Pending | None = None
    # Whether the line is read at the question she said it is for (/next, "It's for the next
    # question"): then it is no second half of the answer before, to offer to add there.
    placed: bool = False


# Kept in a draft's notes once the practitioner has taken dictated punctuation as marks (/use):
# she dictates every answer the same way, and is not asked again at each one.
DICTATION_TAKEN = f"*:{DICTATED}:taken"


def no_nudges(kind: str, text: str) -> str | None:
    """A nudger that never nudges."""
    return None


def checks_for(flow: Flow, step: FlowStep) -> tuple[str, ...]:
    """The nudges that apply to a step's answers (asked several times an answer: worked out
    once a step, `Flow.checks_by_step`)."""
    kept = flow.checks_by_step.get(step.id)
    if kept is not None and kept[0] is step:
        return kept[1]
    checks = checks_worked_out(flow, step)
    flow.checks_by_step[step.id] = (step, checks)
    return checks


def checks_worked_out(flow: Flow, step: FlowStep) -> tuple[str, ...]:
    """The nudges that apply to a step's answers, worked out from the flow's and the step's
    specs."""
    checks: tuple[str, ...] = step.spec.checks if step.spec.checks is not None \
        else flow.spec.checks
    if step.spec.voice == "child":  # the child's own words are kept exactly as said, with
        # nobody else's around them
        checks = (*(c for c in checks if c != "plain_language"), "own_words")
        if not step.spec.required:  # "n/a", "he didn't say anything": /skip leaves it out
            checks = (SAID_NOTHING, *checks)
    if step.column == "working_well":  # the wording check, told it is at what is working
        checks = tuple("what_is_working" if c == "plain_language" else c for c in checks)
    if step.role == "others":  # each person's number, and their reason: their view, as asked
        checks = tuple("what_the_family_says" if c == "plain_language" else c for c in checks)
    if step.role == "follow_up":  # why the number: how worried alone is asked why
        checks = tuple("scale_reason" if c == "plain_language" else c for c in checks)
    # A name or a birth date is asked about first: the answer may then be typed again, and
    # should not be typed again with it still there. At a goal or a danger statement, its own
    # question comes next: "Dad will engage with the course" is asked what Dad will be doing,
    # not what was offered and what happened, as a word from the word list would ask.
    # (a goal of only the young person's doing, where the contexts' is asked, before it)
    checks = tuple(sorted(checks, key=lambda check: 0 if check == "privacy"
                          else 1 if check in STATEMENT_CHECKS or check == "about_the_contexts"
                          else 2))
    return checks if step.kind.checked else ()


def what_they_do_after_who(flow: Flow, out: Outcome, step: FlowStep, text: str,
                          nudger: Nudger) -> bool:
    """What they do, sent after who alone was asked about ("dad", then "hits mum when he has
    been drinking"): the two are the answer, said so. The second line alone was saved, and
    who does it was lost. A line naming someone itself ("Dad hits mum", "he hits mum") is
    read as before: the whole answer, as the reminder asked."""
    held = out.draft.pending
    if held is None or held.step_id != step.id or held.kind != WHO_ALONE \
            or _NAMES_NO_ONE.match(text) is None:
        return False
    out.draft.pending = None
    answer = f"{held.value} {text}"
    out.replies.append(Notice(MSG["added_to_who"].format(who=held.value,
                                                         answer=excerpt(answer)), "saved"))
    checked_accept(flow, out, step, answer, nudger)
    return True


def checked_accept(flow: Flow, out: Outcome, step: FlowStep, value: Value,
                   nudger: Nudger) -> None:
    """Accept an answer, unless a nudge not shown before holds it back to ask once."""
    d = out.draft
    if hold_account(flow, out, step, value, nudger):
        return
    if isinstance(value, str) and f"{step.id}:{BARE}" not in d.nudged \
            and step.spec.voice != "child" and _no_answer_yet(flow, out.draft, step, value):
        d.nudged.append(f"{step.id}:{BARE}")
        d.pending = Pending(step.id, BARE, value)
        ask_about_held(out, step, nudger, flow)
        return
    if isinstance(value, str) and step.kind.widget == "text" and step.spec.voice != "child" \
            and f"{step.id}:{WHO_ALONE}" not in d.nudged \
            and _WHO_ALONE.fullmatch(value.strip(" .!")) \
            and _ASKS_WHAT_THEY_DO.search(step.spec.ask) and checks_for(flow, step):
        # "dad" at what the adult does, sent before the sentence saying it: saved, the
        # sentence ("Dad hits mum when he has been drinking") went in as the next answer,
        # what it has done to the child
        d.nudged.append(f"{step.id}:{WHO_ALONE}")
        d.pending = Pending(step.id, WHO_ALONE, value)
        ask_about_held(out, step, nudger, flow)
        return
    # Asked once per answer, and once per item of a list ("every time he", then the rest)
    items = d.answers.get(step.id)
    cut = f"{step.id}:{UNFINISHED}" + (f":{len(items) if isinstance(items, list) else 0}"
                                      if step.kind.widget == "items" else "")
    if isinstance(value, str) and step.kind.widget in ("text", "items") \
            and step.spec.voice != "child" and cut not in d.nudged \
            and _may_stop_short(tail := value.rstrip()[-_LAST_WORDS:]) \
            and _UNFINISHED_END.search(tail) \
            and not _contradicted(value):
        # "dad will", sent before the rest of it on a phone: saved, the rest would answer
        # the next question and the drafted goal read "Dad will."
        d.nudged.append(cut)
        d.pending = Pending(step.id, UNFINISHED, value)
        ask_about_held(out, step, nudger, flow)
        return
    spoken = cut.replace(UNFINISHED, DICTATED, 1)
    taken = DICTATION_TAKEN in d.nudged
    if isinstance(value, str) and step.kind.widget in ("text", "items") \
            and (taken or (not step.spec.draft and spoken not in d.nudged)) \
            and (marks := tidied(value)):
        # "his cheek full stop he said quote dad slapped me unquote": the marks as words
        # would go into the report as they are, the record at its top included, where no
        # wording is checked ("SW comma long term team"). (Not asked at a drafted statement,
        # where /use takes the suggestion; but her own version, dictated after she took her
        # punctuation as marks, is put in as marks as every other answer is.)
        if taken:  # taken as marks once: she dictates every answer so
            out.replies.append(Notice(MSG["dictated_again"].format(tidied=excerpt(marks)),
                                      "saved"))
            checked_accept(flow, out, step, marks, nudger)
            return
        d.nudged.append(spoken)
        d.pending = Pending(step.id, DICTATED, value)
        ask_about_held(out, step, nudger, flow)
        return
    pointer = f"{step.id}:{POINTS}"
    if isinstance(value, str) and step.kind.widget in ("text", "items") \
            and step.spec.voice != "child" and pointer not in d.nudged \
            and points_elsewhere(value, step.spec.ask):
        # "see above", "same": the summary sorts answers into columns, other people's between
        # them, so what the answer pointed at is no longer above it there.
        d.nudged.append(pointer)
        d.pending = Pending(step.id, POINTS, value)
        ask_about_held(out, step, nudger, flow)
        return
    headed = f"{step.id}:{COLUMNS}" + cut.removeprefix(f"{step.id}:{UNFINISHED}")
    if isinstance(value, str) and step.kind.widget == "text" and headed not in d.nudged \
            and filed_by_question(flow, d, step, value, nudger) is not None \
            and not _private_first(flow, d, step, value, nudger):
        # "Worst: ... Most recent: ..." in one message at the worst time: saved, the most
        # recent time stood in the summary as part of the worst, and its own question came
        # next, empty
        d.nudged.append(headed)
        d.pending = Pending(step.id, COLUMNS_FILED, value)
        ask_about_held(out, step, nudger, flow)
        return
    if isinstance(value, str) and step.kind.widget in ("text", "items") \
            and not step.spec.draft and headed not in d.nudged \
            and headed_elsewhere(flow, step, value) \
            and not _private_first(flow, d, step, value, nudger):
        # A mapping written up elsewhere, pasted whole at its first question ("Worries: ...
        # Working well: ... Needs to happen: ..."): saved, every part is filed under this
        # question's column, what is working well among the worries.
        d.nudged.append(headed)
        d.pending = Pending(step.id, COLUMNS_FILED if filed_by_column(flow, d, step, value,
                                                                      nudger) else COLUMNS,
                            value)
        ask_about_held(out, step, nudger, flow)
        return
    if isinstance(value, str):
        for kind in checks_for(flow, step):
            key = f"{step.id}:{kind}"
            if kind in ("own_words", SAID_NOTHING) and step.kind.widget == "items":
                # each item is someone's words of its own: the writer's words round one quote
                # kept are no answer for the next ("she said she likes school "...")
                key += f":{len(items) if isinstance(items, list) else 0}"
            if key in d.nudged and (again := _vague_again(out, step, kind, value, nudger)):
                d.nudged.append(f"{key}:again")
                d.pending = Pending(step.id, kind, value)
                out.replies.append(Nudge(again, kind, d.nonce, value, d.id))
                return
            if key in d.nudged or (kind == "plain_language"
                                   and _statement_asked(d, step, value, nudger)):
                continue
            text = wording_nudge(d, step, kind, value, nudger)
            if text and (step.spec.draft or kind in _WORDING) \
                    and _kept_before(d, step, kind, text, nudger):
                continue
            if text:
                d.nudged.append(key)
                d.pending = Pending(step.id, kind, value)
                out.replies.append(Nudge(text, kind, d.nonce, value, d.id))
                return
    accept(flow, out, step, value)


def _vague_again(out: Outcome, step: FlowStep, kind: str, value: str,
                 nudger: Nudger) -> str | None:
    """What to ask, once more, of a goal typed again after its reminder much as it was (its
    words reordered, or a word or two added: "Dad will engage fully with services") and as
    vague: it was kept without a word, as the reminder is shown once per question. None for
    the very same words (sent again, an answer is kept), a real rewrite, a goal the check now
    lets through, or after this second asking."""
    held = out.rewrite_of
    if kind != "goal_wording" or held is None or held.step_id != step.id or held.kind != kind \
            or f"{step.id}:{kind}:again" in out.draft.nudged:
        return None
    if _as_sent(str(held.value)) == _as_sent(value):
        return None  # the same sent again is kept, as any answer sent again after a reminder
    before, now = _stems(str(held.value)), _stems(value)
    if not before <= now or len(now - before) > _ADDED_WORDS or nudger(kind, value) is None:
        return None  # (a word of the first taken out, "stop", or more added: a rewrite)
    missing = [part for part, said in (
        ("who will do it", _SOMEONE_WILL.search(value)), ("what they will do that others "
         "could see", None), ("how often or by when", _HOW_OFTEN.search(value))) if not said]
    return MSG["goal_again"].format(said=excerpt(value), missing="; ".join(missing))


_ADDED_WORDS = 2  # "a word added" ("fully"), not a goal written again with more in it


def _as_sent(text: str) -> str:
    """The words of a line as sent, whatever its case and marks: "Dad will engage." twice."""
    return " ".join(_A_WORD.findall(text.casefold()))


_A_WORD = on_first_use(r"\w+")
# Someone who will do it, named before "will": "Dad will", "R and mum will", "she'll".
_SOMEONE_WILL = on_first_use(r"[^\W\d_][\w'’]*\s+will\b|\b[^\W\d_]+['’]ll\b", re.IGNORECASE)
# How often, or by when: "every Tuesday", "each morning", "by 1 March", "whenever he feels".
_HOW_OFTEN = on_first_use(
    r"\b(?:every|each|daily|weekly|monthly|nightly|whenever|by|until|before|after|within"
    r"|times?|once|twice|mornings?|evenings?|nights?|weekends?|mondays?|tuesdays?"
    r"|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b|\d", re.IGNORECASE)


_QUOTED = on_first_use(r'"([^"]+)"')
# A short form written out once, as the reminder about it asks: "maternal grandmother (MGM)",
# the words before the bracket (up to one a letter, within their clause) and the short form.
_SHORT_IN_BRACKETS = on_first_use(r"\(([A-Z][A-Za-z]{1,7})\)")
# A word that may be one of those short forms, as it stands in an answer: not inside a longer
# word, nor the bracket of one written out there.
_SHORT_FORM = on_first_use(r"(?<![\w(])[A-Z][A-Za-z]{1,7}(?![\w)])")
_WORDS_BEFORE = on_first_use(r"(?:[^\W\d_][\w'’-]*\s+){1,5}\Z")
# Words are read back from a bracket this far at most: five words of a clause, never the
# whole answer again for each bracket (this ran at every wording check of every answer).
_READ_BACK = 120
# Up to this many short forms in an answer, each is looked for in the other answers as it
# would be written out ("(MGM)"); more, and their brackets are listed once instead.
_FEW = 12


def wording_nudge(d: Draft, step: FlowStep, kind: str, value: str, nudger: Nudger
                  ) -> str | None:
    """The reminder of check `kind` about `value`, a short form written out in full in
    another answer of this draft ("maternal grandmother (MGM) has KR every Saturday") read
    as the words that spell it, so "MGM" later on is not asked about again, as the reminder
    promised ("Once in full is enough"); what it quotes is as typed."""
    forms = _written_out(d, step, value) if kind in _WORDING else {}
    typed, spans = value, list[_Span]()
    if forms:  # one pass over the answer, whatever number of short forms there are
        value, spans = _spelled_out(value, forms)
    text = nudger(kind, value)
    if not forms or not text:
        return text

    def as_typed(quote: re.Match[str]) -> str:
        """A part of the answer quoted as typed ("Referral made to MGM", and "Referral
        made to maternal grandmother" where it was typed so); not the reminder's own
        example, which may name what the short form stands for."""
        said = quote.group(1)
        cut = said.endswith("…")
        at = value.find(said.rstrip("…"))
        if at < 0:
            return quote.group()
        start, end = _typed_at(spans, at, at + len(said.rstrip("…")))
        return f'"{typed[start:end]}{"…" if cut else ""}"'
    return _QUOTED.sub(as_typed, text)


# Where a short form was read as its words: (start, end) in the answer as typed, and in the
# answer as read.
_Span = tuple[int, int, int, int]


def _spelled_out(value: str, forms: dict[str, str]) -> tuple[str, list[_Span]]:
    """`value` with each short form of `forms` read as the words that spell it, and where
    each was (one pass, whatever the number of short forms)."""
    spans: list[_Span] = []
    parts: list[str] = []
    last = moved = 0
    for found in _SHORT_FORM.finditer(value):
        full = forms.get(found.group())
        if full is None:
            continue
        parts += [value[last:found.start()], full]
        read_at = found.start() + moved
        spans.append((found.start(), found.end(), read_at, read_at + len(full)))
        moved += len(full) - len(found.group())
        last = found.end()
    return "".join([*parts, value[last:]]), spans


def _typed_at(spans: list[_Span], start: int, end: int) -> tuple[int, int]:
    """The part of the answer as typed that `start`..`end` of the answer as read stands
    for (a short form read in part is given whole)."""
    def back(at: int, ending: bool) -> int:
        moved = 0
        for typed_start, typed_end, read_start, read_end in spans:
            if at < read_start or (ending and at == read_start):
                break
            if at < read_end or (ending and at == read_end):
                return typed_end if ending else typed_start
            moved = read_end - typed_end
        return at - moved
    return back(start, False), back(end, True)


def _written_out(d: Draft, step: FlowStep, value: str) -> dict[str, str]:
    """Each short form of `value` written out in another answer of this draft, with the
    words before its bracket that spell it ("maternal grandmother", not "her maternal
    grandmother": the word before them changed what the checks made of the sentence)."""
    out: dict[str, str] = {}
    wanted = set(_SHORT_FORM.findall(value))
    if not wanted:
        return out
    for step_id, answer in d.answers.items():
        # (at every wording check of an answer with a capital in it, "Mum" or "T": most
        # answers hold no bracket, and are passed by before anything else is made of them)
        if step_id == step.id:
            continue
        if isinstance(answer, str):
            if "(" not in answer:
                continue
            said: list[str] = [answer]
        elif isinstance(answer, list):
            said = [i for i in answer if isinstance(i, str) and "(" in i]
        else:
            continue
        for text in said:
            if not any(f"({short})" in text for short in wanted) if len(wanted) <= _FEW \
                    else wanted.isdisjoint(_SHORT_IN_BRACKETS.findall(text)):
                continue
            after = 0
            for bracket in _SHORT_IN_BRACKETS.finditer(text):
                short, start, after = bracket.group(1), max(after, bracket.start() - _READ_BACK), \
                    bracket.end()
                if short not in wanted or short in out:
                    continue
                words = _WORDS_BEFORE.search(text, start, bracket.start())
                full = _spelling(short, words.group().split()) if words else None
                if full is not None:
                    out.setdefault(short, full)
    return out


def _spelling(short: str, words: list[str]) -> str | None:
    """The fewest of the last `words` whose letters spell `short` in order, the first
    letter a word's first ("maternal grandmother" for MGM); None where none do."""
    letters = short.casefold()
    for n in range(1, len(words) + 1):
        joined = "".join(words[-n:]).casefold()
        at = 0
        for letter in letters:
            at = joined.find(letter, at) + 1
            if not at:
                break
        if at and joined[:1] == letters[:1]:
            return " ".join(words[-n:])
    return None


# The checks of a goal or a danger statement, asked before the word list's: each asks for
# what the statement as a whole is missing.
STATEMENT_CHECKS = ("goal_wording", "safety_goal", "wellbeing_goal", "danger_statement")


def _statement_asked(d: Draft, step: FlowStep, value: str, nudger: Nudger) -> bool:
    """Whether the goal's (or danger statement's) own question was asked at this step and
    still holds for this answer: kept as it was, or sent again with the goal still unmet,
    its words are not asked about as well (one reminder for one answer). An answer meeting
    the goal has its words asked about."""
    return any(f"{step.id}:{kind}" in d.nudged and nudger(kind, value)
               for kind in STATEMENT_CHECKS)


# The wording checks: a word kept after one is kept for the other ("YOT" in who is worried,
# then in the danger statement drafted from it).
_WORDING = ("plain_language", "who_is_worried",
            "what_happens_next", "what_the_child_needs", "what_is_working",
            "what_the_family_says", "short_forms", "child_view", "how_long",
            "what_makes_it_harder", "how_we_will_know", "safety_network", "scale_reason",
            "what_it_did_to_the_child", "what_could_happen")


# How much of the answers kept after a reminder is read again to see whether a reminder's
# words were kept before: two answers as long as any (twice what checking one costs), or
# a dozen of the length people mostly write.
_KEPT_READ = 8_000


def _kept_before(d: Draft, step: FlowStep, kind: str, text: str, nudger: Nudger) -> bool:
    """Whether a reminder asks only about words the practitioner already kept, after the
    same reminder, in an earlier answer: "YOT" in who is worried, kept, then in the danger
    statement drafted from it; "HV" kept in the safety network, then in a next step."""
    quoted = set(_QUOTED.findall(text))
    if not quoted and not step.spec.draft:
        return False  # nothing named: not a reminder about words
    alike = _WORDING if kind in _WORDING else (kind,)
    kept: list[tuple[str, str]] = []  # (the check it was asked, what was kept)
    for step_id, answer in d.answers.items():
        asked = next((k for k in alike if f"{step_id}:{k}" in d.nudged), None)
        if step_id == step.id or asked is None:
            continue
        kept += ((asked, said) for said in ([answer] if isinstance(answer, str) else [
            i for i in answer if isinstance(i, str)] if isinstance(answer, list) else []))
    # Each is checked again whole, so those holding what the reminder quotes go first, and
    # no more than `_KEPT_READ` characters of them: dozens of long answers kept were read
    # at every answer that brought a reminder, seconds in the thread every reply waits on.
    # A word kept further back than that is asked about again, once.
    kept.sort(key=lambda said: not any(q.rstrip("…") in said[1] for q in quoted))
    budget = _KEPT_READ
    for asked, said in kept:
        budget -= len(said)
        if budget < 0:
            break
        quoted -= set(_QUOTED.findall(nudger(asked, said) or ""))
        if not quoted:
            return True
    return not quoted


def nudge_text(pending: Pending, nudger: Nudger, step: FlowStep | None = None,
               draft: Draft | None = None, flow: Flow | None = None) -> str:
    """The reminder about the answer `pending` holds back, in its words; given `flow`, one
    about parts headed as no column's names the question of the tool that asks for each."""
    if pending.kind == ACCOUNT and flow is not None and draft is not None and step is not None \
            and (there := account_goes_to(flow, draft.answers, step)) is not None:
        return ACCOUNT_NOTE.format(title=there.title)
    if pending.kind == ADDS_BACK:
        return MSG["adds_back_again"].format(typed=excerpt(str(pending.value)))
    if pending.kind == CONTINUES:
        return f'You wrote "{pending.value}". /back adds it to your answer before; /keep ' \
            "keeps it here."
    if pending.kind == COVERED:
        return MSG["covered"].format(value=excerpt(str(pending.value)),
                                     title=step.title if step else "this question")
    if pending.kind == UNFINISHED:
        return MSG["unfinished"].format(value=pending.value)
    if pending.kind == DICTATED:
        return MSG["dictated"].format(tidied=tidied(str(pending.value)) or pending.value,
                                      said=", ".join(f'"{w}"' for w in spoken_marks(
                                          str(pending.value))) or '"full stop"')
    if pending.kind == WHO_ALONE:
        return MSG["who_alone"].format(value=pending.value)
    if pending.kind == BARE:
        lone = _lone_number(str(pending.value))
        scale = scale_next(flow, draft, step) if flow and draft and step and not lone \
            and opened_with(str(pending.value)) is not None else None
        if scale is not None:
            return MSG["scale_early_list" if step and step.kind.widget == "items"
                       else "scale_early"].format(value=excerpt(str(pending.value)),
                                             scale=scale.title, title=step.title if step else "")
        return MSG["bare_number" if lone else "bare"].format(
            value=pending.value, title=step.title if step else "")
    if pending.kind == COLUMNS_FILED and step is not None and flow is not None \
            and not other_columns(str(pending.value), step.column) \
            and (headed := parts_by_question(step.id, str(pending.value))[1]):
        return MSG["question_use"].format(parts=quoted([
            f"{excerpt(' '.join(part.split()), 40)}" for part in headed.values()]),
            next=" and ".join(f'"{flow.step(at).title}"' for at in headed), title=step.title)
    if pending.kind in (COLUMNS, COLUMNS_FILED) and step is not None:
        parts = other_columns(str(pending.value), step.column)
        # a number or the child's voice is no column: named as a part of its own
        none = set(no_column_parts(str(pending.value), step.column))
        columns = [part for part in parts if part not in none]
        # and the question of the tool that asks for such a part, where one does
        fits = [(part, at) for part in dict.fromkeys(p for p in parts if p in none)
                if flow is not None and (at := asked_at(flow, step, part)) is not None]
        asked = "".join(" " + MSG["asked_at_one" if len(set(parts)) == 1 else "asked_at"].format(
            part=part, title=at.title) for part, at in fits[:QUOTED])
        if none and columns:
            return MSG["columns_none"].format(
                columns="another column" if len(set(columns)) == 1 else "other columns",
                parts=quoted(columns), none=quoted([p for p in parts if p in none]),
                own=MSG["own_one" if len(none) == 1 else "own"], title=step.title, asked=asked)
        shape = ("no_column" if none else "columns") + ("_one" if len(set(parts)) == 1 else "") \
            + ("_use" if pending.kind == COLUMNS_FILED and not none else "")
        return MSG[shape].format(parts=quoted(parts), title=step.title, asked=asked)
    if pending.kind == POINTS:
        value = str(pending.value)
        return MSG["points_draft" if points_to_another_draft(value)
                   else "points_outside" if points_outside(value) else "points"
                   ].format(value=pending.value)
    if pending.earlier is not None:
        more = lines_held(pending.later)
        # each by its start, as every note quotes a typed line: a log entry pasted whole, and
        # the line after it, were a phone's screen to scroll before the buttons
        return MSG["another_more" if more else "another"].format(
            earlier=excerpt(str(pending.earlier)), line=excerpt(str(pending.value)),
            title=step.title if step else "",
            more="one more line" if more == 1 else f"{more} more lines")
    said = str(pending.value)
    # in its own words again: read as it was when it held the answer back (`wording_nudge`)
    return (wording_nudge(draft, step, pending.kind, said, nudger) if draft and step
            else nudger(pending.kind, said)) or \
        f'You answered "{pending.value}". Keep this answer as it is?'


def lines_held(held: Sequence[str]) -> int:
    """How many lines the lines held are: several the terminal's timing sent together, as
    one answer, counted as the lines they are."""
    return sum(line.strip().count("\n") + 1 for line in held)


def ask_about_held(out: Outcome, step: FlowStep, nudger: Nudger,
                   flow: Flow | None = None) -> None:
    """Ask (again) about the answer a reminder holds back, with the reminder's choices (and,
    given `flow`, the questions of the tool its words may name: `nudge_text`)."""
    d = out.draft
    assert d.pending is not None
    out.replies.append(Nudge(nudge_text(d.pending, nudger, step, d, flow), d.pending.kind,
                             d.nonce,
                             str(d.pending.value), d.id, step.title))


def hold_another(out: Outcome, step: FlowStep, typed: str) -> None:
    """Hold a line that may be meant for the next question beside the answer a nudge held,
    and ask which it is: nothing typed is lost whichever they meant."""
    d = out.draft
    assert d.pending is not None
    d.pending = Pending(step.id, ANOTHER, typed, earlier=d.pending.value)
    ask_about_held(out, step, no_nudges)


def is_next_item(out: Outcome, step: FlowStep, typed: str) -> bool:
    """Whether a line typed to a list while a nudge holds an item back is another item, not
    that item written again: a busy practitioner who carries on down the list must not
    lose the item the nudge asked about."""
    held = out.draft.pending
    return step.kind.widget == "items" and (held is None or held.kind != POINTS) \
        and _unlike_the_held(out, step, typed)


def is_another_answer(out: Outcome, step: FlowStep, typed: str) -> bool:
    """Whether a line typed to a question (not a list) while a nudge holds its answer back
    may be meant for the next question: it shares few words with the held answer. Only the
    practitioner knows, so they are asked; a line like the held one is its rewrite."""
    pending = out.draft.pending
    return (step.kind.widget != "items" and pending is not None and pending.earlier is None
            and pending.kind not in (BARE, POINTS, WHO_ALONE, ACCOUNT)
            # (a role's short form written out shares no word with it: "Designated
            # safeguarding lead" for "DSL")
            and not (pending.kind == "role" and writes_out(str(pending.value), typed))
            and _unlike_the_held(out, step, typed))


# Reminders with a reading of their own for the line typed after them (its rest, its
# rewrite, its privacy): a line held before one was asked is never asked about in their place.
_OWN_READING = frozenset({"privacy", UNFINISHED, CONTINUES, DICTATED, COVERED, SAID_NOTHING,
                          COLUMNS, COLUMNS_FILED})


def is_asked_where(out: Outcome, step: FlowStep, typed: str) -> bool:
    """Whether a line held before the reminder about this step's answer was asked may be
    asked about as the next question's (`is_another_answer`), as if typed past it."""
    pending = out.draft.pending
    return pending is not None and pending.kind not in _OWN_READING \
        and is_another_answer(out, step, typed)


def is_agreeing(out: Outcome, step: FlowStep, typed: str) -> bool:
    """Whether a line typed while a nudge holds an answer back only agrees ("ok", "y", a
    thumbs up): it keeps the held answer, as /keep does, and is never the answer itself."""
    pending = out.draft.pending
    return (pending is not None and pending.step_id == step.id and pending.earlier is None
            and _AGREE.fullmatch(_bare(typed)) is not None
            and not initial_for_privacy(out, step, typed))


_NAME_WORDS = 3  # a full name: "Kayleigh Brown", "Kayleigh Ann Brown"


def initial_for_privacy(out: Outcome, step: FlowStep, typed: str) -> bool:
    """Whether a line is a capital letter alone ("K"), typed while the privacy reminder, which
    asks for initials, holds the answer: the initial it asks for, not "ok" (refused as that,
    "K" sent again was refused again)."""
    alone = typed.strip(" .")
    # (the name alone held: to a whole line, "K" is a phone's "ok", and it replaced the line)
    held = out.draft.pending
    return len(alone) == 1 and alone.isupper() and held_back(out, step, "privacy") \
        and held is not None and len(str(held.value).split()) <= _NAME_WORDS


def keeps_given(out: Outcome, step: FlowStep, typed: str) -> bool:
    """Whether a line typed at a question already answered (back at it, or an /edit) only
    says to keep that answer ("same as before", "no change", "leave it"): saved, it would
    replace the answer it points to. A list adds lines, so there it is an item."""
    pending = out.draft.pending
    return (step.kind.widget != "items" and is_answered(out.draft.answers.get(step.id))
            and (pending is None or pending.step_id != step.id)
            and _KEEPING.fullmatch(_bare(typed)) is not None)


def agrees_with_shown(flow: Flow, out: Outcome, step: FlowStep, typed: str) -> bool:
    """Whether a line typed at a question whose answer is shown again ("Current answer: ...
    Send a new answer to change it, or tap Keep": back at it, an /edit, the service a
    partner's link set) only agrees with it ("ok", "yes that's right", a thumbs up): saved,
    a written answer would read "ok"; at a choice it matched no option and was refused. A
    line an option takes ("yes" to a yes or no) is that option, and where the answer shown
    is itself a yes or no, a written "yes" may be its change. At a list with items, it was
    listed as one ("ok" among the complicating factors): it ends the list, as "done"."""
    pending = out.draft.pending
    value = out.draft.answers.get(step.id)
    if not is_answered(value) or (pending is not None and pending.step_id == step.id):
        return False
    words = _bare(typed).split()
    written = step.kind.widget in ("text", "items")
    if not words or len(words) > 6 or not all(w in _SHOWN_OK for w in words) \
            or not (any(w in _SHOWN_OK_CORE for w in words)
                    or (any(w in _SHOWN_OK_SAID for w in words)  # "that's right"
                        and (not written or any(w in _THAT for w in words)))):
        return False  # written alone, "right", "good" or "fine" may be the new answer
    if step.kind.widget == "items":
        return step.spec.voice != "child"  # "ok" may be what a child said
    if step.kind.widget == "text":
        return not _SHORT_REPLY.fullmatch(_bare(str(value)))
    return step.kind.parse(flow, step, typed, numbered=out.numbered)[1] is not None


# The words of a line that only agrees with an answer shown again, one of them at least
# from the second set ("ok", "yes", "that's right, thanks").
_SHOWN_OK_CORE = frozenset({"ok", "okay", "yes", "yep", "yeah", "yup", "sure", "\U0001F44D",
                            "\U0001F44C", "\u2705", "\u2714", "\u2713"})
# ... or one of these, with "that's" or "it's" where the answer is written ("that's right")
_SHOWN_OK_SAID = frozenset({"fine", "correct", "right", "good", "great", "perfect"})
_THAT = frozenset({"thats", "that", "its", "it", "all", "looks", "sounds"})
_SHOWN_OK = _SHOWN_OK_CORE | _SHOWN_OK_SAID | _THAT | {
    "is", "thanks", "thank", "you", "cheers", "still", "spot", "on"}
# A written answer that is itself a short yes or no: a "yes" typed may be its change.
_SHORT_REPLY = on_first_use(r"y(?:es|ep|eah|up)?|no(?:pe)?|n|not? (?:yet|sure|known)|unknown"
                            r"|dont know|ok(?:ay)?")


def is_taking_suggestion(flow: Flow, out: Outcome, step: FlowStep, typed: str) -> bool:
    """Whether a line typed to a question showing suggested wording only agrees ("ok",
    "use it", a thumbs up): it takes the suggestion, as /use does, and is never the answer
    itself (a danger statement reading "ok" would go to conference)."""
    pending = out.draft.pending
    return (bool(step.spec.draft) and (pending is None or pending.step_id != step.id)
            and (_AGREE.fullmatch(_bare(typed)) is not None
                 or _USE.fullmatch(_bare(typed)) is not None)
            and suggest(flow, step, walk(flow, out.draft.answers)) is not None)


# "yes", "no", "neither", "not sure" or a thumb alone: a reply to the bot's either-or question
# about where a line goes, saying neither; never held as a line of her own to type on.
_YES_OR_NO = on_first_use(r"ok(?:ay)?|k+|y(?:es|ep|eah|a|up)?|sure|fine|no(?:pe)?|n|nah"
                          r"|neither|either|both|not sure|dunno|idk|i dont know"
                          r"|no new (?:answer|one)"
                          r"|[\U0001F44D\U0001F44C\U0001F44E\u2705\u2714\u2713\u274C]+")


def says_only_yes_or_no(typed: str) -> bool:
    """Whether a line is only "yes", "no", "neither", "not sure" or a thumbs up or down."""
    return _YES_OR_NO.fullmatch(_bare(typed)) is not None


def is_choosing(out: Outcome, step: FlowStep) -> bool:
    """Whether the practitioner has still to say where a second line goes (`hold_another`):
    until they do, a line typed is neither answer's, and neither is replaced."""
    pending = out.draft.pending
    return pending is not None and pending.step_id == step.id and pending.earlier is not None


def _unlike_the_held(out: Outcome, step: FlowStep, typed: str) -> bool:
    """A rewrite shares at least half the words of the shorter of the two (by their stems:
    "will not drink in front of the children" is a rewrite of "will stop drinking"); an answer of
    abbreviations alone ("HV, SW") is taken as rewritten when the held one has one of them.
    A line of no words at all ("4", "no", an emoji), or of other initials ("HV, ck", the
    next question's answer, typed past a reminder about "MGM"), is asked about."""
    pending = out.draft.pending
    if pending is None or pending.step_id != step.id:
        return False
    held, new = _stems(str(pending.value)), _stems(typed)
    if not new:
        return bool(held) and not set(_ABBREVIATION.findall(typed)) & set(
            _ABBREVIATION.findall(str(pending.value)))
    if not held:
        # "HV" held back to be written out: "health visitor (HV)" is its rewrite; a line of
        # many words without it ("baby not gaining weight, mum misses feeds") is more likely
        # the next question's answer, typed past the reminder, and is asked about.
        return len(new) > _REWRITE_WORDS and not any(
            short in typed for short in _ABBREVIATION.findall(str(pending.value)))
    return not _shares_half(held, new) or _says_more_than_written_out(
        str(pending.value), typed, held, new)


def _says_more_than_written_out(before: str, typed: str, held: frozenset[str],
                                new: frozenset[str]) -> bool:
    """Whether a line typed while a reminder asks for the short forms of `before` ("School
    & HV") to be written out keeps none of them, and adds more words than writing them out
    would or leaves out most of the answer's other words: the next question's answer, typed
    past the reminder ("L is often late to school ..." shares only "school"), not the
    rewrite ("School and health visitor")."""
    capitals = set(_ABBREVIATION.findall(before))
    if not capitals or capitals & set(_ABBREVIATION.findall(typed)):
        return False
    if not held <= new and not any(writes_out(c, typed) for c in capitals) \
            and capitals & short_forms(before, load_word_list()):
        # neither keeps the short form nor writes it out, and leaves out words of the answer:
        # "Mum (A), JM (7), baby (4 months)", the family, typed past the note about "HV" in
        # "Mum, school and the HV" (it took that answer's place, and the family's question
        # came next, empty)
        return True
    extra = len(new - held)
    # (the same answer with its short forms written out keeps most of its other words:
    # "school and me" keeps one of "J is tired at school and told the DSL ...")
    kept_most = 2 * len(held & new) >= len(held)
    if extra <= _REWRITE_WORDS and kept_most:
        return False
    asked = capitals & short_forms(before, load_word_list())  # (not someone's initials)
    return bool(asked) and (not kept_most or extra > _REWRITE_WORDS * len(asked))


def rewrites(before: str, typed: str) -> bool:
    """Whether `typed` reads as another go at `before`, as a line typed at a reminder is
    read as its rewrite: it shares at least half the words of the shorter of the two."""
    return _shares_half(_stems(before), _stems(typed))


def keeps_what_happened(before: str, typed: str) -> bool:
    """Whether `typed` keeps every word `before` wrote in small letters: what happened, where
    a rewrite changes only a name or an abbreviation ("HV" written out). "Dad pushed mum ...
    on 10th Dec" after "Dad shouted at mum ... on 3rd Dec" is the next time, not a rewrite."""
    return {w for w in _WORD.findall(before) if w.islower() and w not in _COMMON} \
        <= _content_words(typed)


def _shares_half(held: frozenset[str], new: frozenset[str]) -> bool:
    return bool(held and new) and 2 * len(held & new) >= min(len(held), len(new))


_REWRITE_WORDS = 4  # words enough to write out an abbreviation or two ("health visitor")


_WORD = on_first_use(r"[^\W\d_]{3,}")
_COMMON = frozenset({
    "the", "and", "for", "with", "has", "have", "had", "was", "are", "were", "will", "would",
    "she", "her", "his", "him", "they", "them", "their", "that", "this", "from", "when",
    "then", "there", "what", "who", "can", "not"})


_ABBREVIATION = on_first_use(r"\b[A-Z]{2,}s?\b")
# A reply that only agrees with the reminder: it keeps the answer as it is.
# The last word of an answer that cannot end one: it was sent before the rest of it ("a" in
# lower case only: "she got an A", "vitamin A" are whole). Only the
# answer's last characters are searched. (A word, then the last word: any word before
# it would do, so the one just before is the one looked for, with no run of words between
# to try at every start.)
_LAST_WORDS = 60
_UNFINISHED_END = on_first_use(
    # (Each look-behind after a look-ahead for its word: tried only where that word is.)
    r"\w\W*\s+(?:(?=(?-i:will|would|can|could|should|must|shall))"
    r"(?<!\bi\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bwe\s)(?<!\bthey\s)"
    r"(?<!\byou\s)(?-i:will|would|can|could|should|must|shall)"  # "she said she will": whole
    r"|and|or|but|because|cos|the|(?-i:an?)|their|my|our|your|if|than|also|plus"
    # "every time he": a sentence cut off before its end ("so did she", "so will he", "as
    # he" are whole; so is an answer ending "since", as "not been back since" is)
    r"|(?=he|she|they|we)(?<!\bdid\s)(?<!\bdoes\s)(?<!\bdo\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bhas\s)"
    r"(?<!\bhave\s)(?<!\bhad\s)(?<!\bwill\s)(?<!\bshall\s)(?<!\bshould\s)(?<!\bmust\s)"
    r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bthan\s)(?<!\bas\s)(?:he|she|they|we)"
    # "on 1 Dec when", "hit mum while": bleeped mid-sentence ("cannot remember when", "not
    # sure when", "how or when" and "for a while" are whole; so is a while that is a stretch
    # of time: "all the while", "the last little while", "the past while", "exactly when")
    r"|(?=when|while)(?<!\bknow\s)(?<!\bknows\s)(?<!\bknew\s)(?<!\bremember\s)"
    r"(?<!\bsure\s)(?<!\bsay\s)(?<!\bsaid\s)(?<!\basked\s)(?<!\bsince\s)(?<!\bor\s)"
    r"(?<!\band\s)(?<!\bidea\s)(?<!\bunclear\s)(?<!\bwhere\s)(?<!\ba\s)(?<!\bthe\s)"
    r"(?<!\blittle\s)(?<!\bshort\s)(?<!\blong\s)(?<!\bgood\s)(?<!\bpast\s)(?<!\bwhole\s)"
    r"(?<!\bworth\s)(?<!\bexactly\s)(?:when|while))\s*$"
    r"|\w\s*[,&]\s*$"
    # "..., dad had" or "and mum was": a clause cut off after its first two words, at a
    # comma or after "and", "but" or "when" ("than he had", "I think he was" are whole)
    r"|(?:[,;]|\b(?:and|but|then|when|until|after|before|because|cos))\s+"
    r"(?:dad|mum|he|she|they|nan|grandad|step-?dad|(?:her|his|the) (?:dad|mum|partner))"
    r"\s+(?:had|has|was|were)\s*$"
    # "mum +" waits for who else; "6 months+", "6 mths+", "6m+", "a year+" or "18+" (that or
    # more) is whole: a word after a number, or a length of time
    r"|(?:^|(?<=\s))(?!\d)(?<!\d\s)(?<!\d\s\s)"
    r"(?!(?:months?|mo?n?ths?|weeks?|wks?|years?|yrs?|days?|terms?|hours?|hrs?)\s*\+)"
    r"\w+\s*\+\s*$", re.IGNORECASE)


def _may_stop_short(tail: str) -> bool:
    """Whether `_UNFINISHED_END` may find anything in `tail` (an answer's end, its spaces
    stripped): every way it reads ends at the text's end on a letter ("and", "she", a
    word before "+" is a word), a comma, "&" or "+", so an answer ending in a full stop
    or a bracket needs no search (most do)."""
    return bool(tail) and (tail[-1].isalpha() or tail[-1] in ",&+")


# "but she was" at the end, after a denial or a "not": "mum said she wasn't drinking, but she
# was" says she was, whole (the rest is in the part before).
_BUT_SHE_WAS = on_first_use(r"\bbut\s+(?:\w+\s+){1,2}?(?:had|has|was|were)\s*$", re.IGNORECASE)
# (From a word's start: looked for from each letter, a long run of them was read again
# to its end from each.)
_DENIED = on_first_use(r"\b\w+n['’]t\b|\b(?:wasnt|werent|hasnt|hadnt|didnt|isnt|dont|doesnt|not"
                       r"|never|den(?:y|ies|ied|ying))\b", re.IGNORECASE)


def _contradicted(value: str) -> bool:
    """Whether an answer ending as if cut off ("but she was") is a denial and what was so
    (`_BUT_SHE_WAS`): whole."""
    but = _BUT_SHE_WAS.search(value.rstrip())
    return but is not None and _DENIED.search(value, 0, but.start()) is not None


# "Same as before" typed where an answer is already given: it means keep that answer.
_SAME = (r"(?:(?:it(?:['’]?s| is)|that(?:['’]?s| is)|still)\s+)?(?:the\s+)?same"
         r"(?:\s+(?:as\s+(?:before|last\s+time|it\s+was|above)|again|thing|answer))?"
         r"|as\s+(?:before|it\s+was|above)|unchanged|no\s+changes?|nothing(?:['’]?s| has)\s+changed"
         r"|keep(?:\s+it)?(?:\s+the\s+same|\s+as\s+it\s+(?:is|was))?"
         r"|leave\s+it(?:\s+as\s+it\s+(?:is|was))?")
_AGREE = on_first_use(r"ok(?:ay)?|k+|y(?:es|ep|eah|a|up)?|sure|fine"
                      r"|(?:that|it)s? ?(?:is )?(?:fine|ok(?:ay)?)"
                      r"|as it is|" + _SAME + r"|[\U0001F44D\U0001F44C\u2705\u2714\u2713]+")
_KEEPING = on_first_use(_SAME)

# The kind of a Nudge about a reply that only acknowledges ("ok", "thanks") typed to an open
# question, and the replies that do.
BARE = "bare"
# The kind of a Nudge about who alone, at a question of what they do ("dad").
WHO_ALONE = "who_alone"
# The kind of a Nudge about an answer that only points at another ("see above", "same").
POINTS = "points"


def ask_headed_again(d: Draft, step: FlowStep, held: Pending | None, text: str) -> None:
    """A line typed to rewrite an answer held for its parts headed as other columns, itself
    headed as another column's with nothing of this question's ("Working well: nan ..."):
    asked about as that answer was (it was saved here unasked, asked about once a step).
    The same sent again is kept, as the report sent again is."""
    if held is None or held.step_id != step.id or held.kind not in (COLUMNS, COLUMNS_FILED) \
            or not text or text == held.value \
            or parts_by_column(text, step.column).get(step.column):
        return
    asked = f"{step.id}:{COLUMNS}"
    d.nudged[:] = [key for key in d.nudged if not key.startswith(asked)]


def filed_by_column(flow: Flow, d: Draft, step: FlowStep, value: str, nudger: Nudger
                    ) -> list[tuple[FlowStep, str]] | None:
    """Where each part of `value` headed as another column would go: the one question of
    that column still to come and unanswered (a partner's contribution asks each column
    once; the houses, each house once), in the same voice; None when this question's own
    part is empty, or a part has no such question or several, or would be asked about
    there (put there unasked, "Good things: n/a" stood in the summary as the child's words,
    "Strengths: good engagement" went to the lead with no question about it)."""
    parts = parts_by_column(value, step.column)
    if not parts.pop(step.column, ""):
        return None
    if "none" in parts:
        return None  # a number or the child's voice, which have questions of their own
    if step.spec.voice == "child" and not headed_as_houses(value, step.column):
        return None  # a mapping's "Next steps: dad to stay at his brother's", not a dream
    later = walk(flow, d.answers).after(step.id)
    filed = []
    for column, part in parts.items():
        fits = [s for s in later if s.column == column and s.kind.widget in ("text", "items")
                and not s.spec.draft and s.spec.voice == step.spec.voice]
        if len(fits) != 1 or fits[0].id in d.answers or len(part) > fits[0].spec.max_length \
                or (fits[0].kind.widget == "items"
                    and len(_filed_value(fits[0], part)) > fits[0].spec.max_items) \
                or _asked_there(flow, fits[0], part, nudger):
            return None  # nowhere to put it whole, or not unasked
        filed.append((fits[0], part))
    return filed


def filed_by_question(flow: Flow, d: Draft, step: FlowStep, value: str, nudger: Nudger
                      ) -> tuple[str, list[tuple[FlowStep, str]]] | None:
    """This question's part of `value`, and where each part headed as a question still to
    come would go ("Most recent: ..." at the worst time: the most recent time), each such
    question unanswered and its part nothing it would ask about; None otherwise."""
    own, parts = parts_by_question(step.id, value)
    if not parts or not own:
        return None
    later = {s.id: s for s in walk(flow, d.answers).after(step.id)}
    filed = []
    for at, part in parts.items():
        target = later.get(at)
        if target is None or target.id in d.answers or len(part) > target.spec.max_length \
                or _asked_there(flow, target, part, nudger):
            return None
        filed.append((target, part))
    return own, filed


def _filed_value(step: FlowStep, part: str) -> str | list[str]:
    """A part as `take_filed` puts it under `step`: a list's lines without their marks, and
    one line under its heading too ("Good things:\n- my dog Max"): the bullet is the notes',
    not the child's words."""
    if step.kind.widget != "items":
        return part
    return list(listed_lines(part) or (unmarked(part),))


def _as_filed(step: FlowStep, part: str) -> str:
    """A part as `take_filed` puts it under `step` ("my dog Max", not "- my dog Max"), a
    list's items joined as a review shows them."""
    value = _filed_value(step, part)
    return value if isinstance(value, str) else "; ".join(value)


def _asked_there(flow: Flow, step: FlowStep, part: str, nudger: Nudger) -> bool:
    """Whether `part`, sent at `step` (each line of a list as an item), would be held there
    to ask about it once: a pointer ("see above"), or one of the step's checks."""
    if step.spec.voice != "child" and points_elsewhere(part, step.spec.ask):
        return True
    said = listed_lines(part) if step.kind.widget == "items" else ()
    checks = checks_for(flow, step)
    return any(nudger(kind, line) for line in (said or (part,)) for kind in checks)


def take_filed(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> bool:
    """Put each part of the held answer under its own column's question (/use under the
    note about parts headed as other columns), and take this question's part as its answer;
    False when no such note is waiting here."""
    pending = out.draft.pending
    if pending is None or not held_back(out, step, COLUMNS_FILED):
        return False
    filed = filed_by_column(flow, out.draft, step, str(pending.value), nudger)
    own = parts_by_column(str(pending.value), step.column).get(step.column, "")
    if not filed and (by_question := filed_by_question(
            flow, out.draft, step, str(pending.value), nudger)) is not None:
        own, filed = by_question
    if filed is None:
        return False
    out.draft.pending = None
    for target, part in filed:
        out.draft.answers[target.id] = _filed_value(target, part)
        out.changed.add(target.id)
    out.replies.append(Notice(MSG["columns_filed"].format(placed=" and ".join(
        f'"{excerpt(_as_filed(target, part), 40)}" under "{target.title}"'
        for target, part in filed)), "saved"))
    # this question's part as the others are put: one line under its heading without the
    # notes' bullet ("- when daddy shouts" was kept as the child's words, dash and all);
    # several lines are the list they were pasted as
    taken = _filed_value(step, own)
    checked_accept(flow, out, step, taken[0] if isinstance(taken, list) and len(taken) == 1
                   else own, nudger)
    return True


# The words of a line that say what it is about ("pushed", "wall", "screamed"), to tell a
# new version of an answer from a line of another.
LONG_WORDS = on_first_use(r"[^\W\d_]{4,}")


def rewritten_after(flow: Flow, answers: Mapping[str, Value], step: FlowStep, text: str
                    ) -> FlowStep | None:
    """The written question after `step`, answered already, when `text` typed at `step`
    answered too (come back to: /back once too often) shares three words or more with its
    answer: a new version of that answer; None otherwise."""
    if not is_answered(answers.get(step.id)):
        return None
    later = next((s for s in walk(flow, answers).after(step.id) if s.is_question), None)
    value = answers.get(later.id) if later is not None else None
    if later is None or later.kind.widget != "text" or not isinstance(value, str):
        return None
    words = {w.casefold() for w in LONG_WORDS.findall(text)}
    if len(words & {w.casefold() for w in LONG_WORDS.findall(value)}) < 3:
        return None
    return later


def hold_account(flow: Flow, out: Outcome, step: FlowStep, value: Value,
                 nudger: Nudger) -> bool:
    """Hold back, once, an account typed at a partner's role question ("FM came in hungry
    three days last week ..."), to offer it to the question that asks for it; True when
    held. (Saved, it headed her every answer in the lead's summary as her role; over the
    role's limit, she was told to cut it down to its main points.)"""
    d = out.draft
    key = f"{step.id}:{ACCOUNT}"
    if not (isinstance(value, str) and step.kind.widget == "text" and key not in d.nudged
            and "role" in checks_for(flow, step)
            and reads_as_an_account(value)
            and account_goes_to(flow, d.answers, step) is not None
            # (a new version of the answer after, typed one /back too far, is pointed on to it)
            and rewritten_after(flow, d.answers, step, value) is None
            # (a name in it asked about first: put under its question, it went unasked)
            and not _private_first(flow, d, step, value, nudger)):
        return False
    d.nudged.append(key)
    d.pending = Pending(step.id, ACCOUNT, value)
    ask_about_held(out, step, nudger, flow)
    return True


def take_account(flow: Flow, out: Outcome, step: FlowStep, *, typed: bool = False) -> bool:
    """Put the account held at the role question under the question it was offered to (/use,
    or the role typed instead), and ask for the role again unless `typed`; False when no such
    account is held here."""
    pending = out.draft.pending
    if pending is None or not held_back(out, step, ACCOUNT):
        return False
    there = account_goes_to(flow, out.draft.answers, step)
    if there is None or len(str(pending.value)) > there.spec.max_length:
        return False
    out.draft.pending = None
    out.draft.answers[there.id] = str(pending.value)
    out.changed.add(there.id)
    kept = ACCOUNT_KEPT.format(title=there.title)
    out.replies.append(Notice(kept if typed else f"{kept} {ROLE_AGAIN}", "saved"))
    if not typed:
        ask(flow, out, step, again=True)
    return True


def _private_first(flow: Flow, d: Draft, step: FlowStep, value: str, nudger: Nudger) -> bool:
    """Whether a name or a birth date anywhere in `value` is to be asked about first, as at
    any answer (the checks that follow ask it): the parts headed as other columns may be put
    under their own questions unasked, and a name in one ("Strengths: Kayleigh Brown's nan
    ...") would go there with no reminder."""
    return "privacy" in checks_for(flow, step) and f"{step.id}:privacy" not in d.nudged \
        and bool(nudger("privacy", value))


# Not "k" or "ta": a child's initial and a teaching assistant are answers.
_ACKNOWLEDGE = on_first_use(r"(?:ok(?:ay)?|thanks?(?: you)?|cheers|got it|cool|noted"
                            # an apology to the bot ("sorry", typed after a slip): saved, it
                            # stood in the record as "Who contributed: sorry"
                            r"|sorry|soz|oops|whoops|my bad"
                            # what ends a list, typed again after it (the phone slow to show
                            # the question after the list): no answer to that question
                            r"|(?:all )?done|finished|next|that(?:s| is) (?:all|it))"
                            # with a thumbs up or a tick after it, or either alone
                            r"(?: [\U0001F44D\U0001F44C\U0001F64F\u2705\u2714]+)?"
                            r"|[\U0001F44D\U0001F44C\U0001F64F\u2705\u2714]+")
# An apology alone at a question asking what someone said ("What have they said about it?"):
# "sorry" is then what a parent said, the answer, not a word to the bot.
_AN_APOLOGY = on_first_use(r"(?:sorry|soz|oops|whoops|my bad)\b.*")


def _their_apology(flow: Flow, step: FlowStep, value: str) -> bool:
    return _AN_APOLOGY.fullmatch(_bare(value)) is not None \
        and "what_the_family_says" in checks_for(flow, step)


# A number on its own, where words are asked for (a scale's or a menu's, or a stray key),
# "3/10" and "3 out of 10" (a scale's, typed a question late) among them.
_LONE_NUMBER = on_first_use(r"[0-9]{1,3}(?:\s*/\s*10|\s+out\s+of\s+10)?")
# A question a number alone answers: an age ("How old is the child?", whose example is "7"),
# a count, how often or for how long, a date ("12").
_ASKS_A_NUMBER = on_first_use(r"\b(?:how (?:old|many|much|often|long)|age|date"
                              r"|when (?:is|was|and where))\b", re.IGNORECASE)


def _lone_number(text: str) -> bool:
    """Whether a reply is a number alone, in figures or as a word ("7", "3/10", "seven")."""
    bare = _bare(text)
    return bare in NUMBER_WORDS or _LONE_NUMBER.fullmatch(bare) is not None


def scale_next(flow: Flow, d: Draft, step: FlowStep) -> FlowStep | None:
    """The scale asked straight after `step`, or None when the next question is no scale."""
    ahead = next(iter(walk(flow, d.answers).after(step.id)), None)
    return ahead if ahead is not None and ahead.type == "scale" else None


def _asks_for_a_number(step: FlowStep) -> bool:
    """Whether a number alone is a fair answer to `step` (so not asked about as a stray
    key): its title, or the first words of its question, ask for a number or a date, or its
    answers are read as dates."""
    return "dated" in (step.spec.checks or ()) or bool(
        _ASKS_A_NUMBER.search(step.title) or _ASKS_A_NUMBER.match(step.spec.ask or ""))


# A reply that takes the wording suggested.
_USE = on_first_use(r"(?:use|take|accept)(?: (?:it|that|this|that one|this one|the suggestion))?"
                    r"|(?:looks|sounds) (?:good|fine|ok(?:ay)?|right)|good|great|perfect|agreed?")


def _no_answer_yet(flow: Flow, draft: Draft, step: FlowStep, value: str) -> bool:
    """Whether a typed line is no answer to its question yet, asked about once (`BARE`)."""
    written = step.kind.widget in ("text", "items")
    if written and _only_marks(value):
        # "/" or "." alone: the command key, or a full stop sent early, at any written
        # question, checked or not; saved, "When is the meeting?" read "/". Sent again, it is
        # kept (and a child's words are kept as typed: "?" there is the help once, then hers).
        return True
    if step.kind.widget == "text" \
            and ((_ACKNOWLEDGE.fullmatch(_bare(value)) and not _their_apology(flow, step, value))
                 or _only_pictures(value)
                 or (_lone_number(value) and not _asks_for_a_number(step))) \
            and checks_for(flow, step):
        # "ok" or "thanks" after reading the help is no answer to an open question: saved,
        # it pushes the real answer on to the next question. A number alone ("2") is a
        # scale's answer, or a menu's, or a key pressed by mistake: asked about the same way.
        return True
    # "4, not lower because nan is around", typed a question before the scale it is for:
    # saved, the next steps read as the number and the scale had none
    return written and step.role == "question" and opened_with(value) is not None \
        and bool(checks_for(flow, step)) and scale_next(flow, draft, step) is not None


def _only_pictures(text: str) -> bool:
    """Whether a written answer is emoji or symbols alone ("😢", "😀😀", "🤷"), with no
    letter or digit: a reaction, not an answer a summary can print (it read "Worries:
    😀😀"), and asked about as "ok" is."""
    return not any(ch.isalnum() for ch in text) \
        and any(unicodedata.category(ch) == "So" for ch in text)


def _only_marks(text: str) -> bool:
    """Whether a written answer is punctuation alone ("/", ".", "-", "..."): nothing but
    marks and spaces (a "+" or an emoji is a sign of its own, not a slip)."""
    return bool(text.strip()) and all(
        ch.isspace() or unicodedata.category(ch).startswith("P") for ch in text)


# Who alone, as a line typed before the sentence saying what they do: a family member or
# carer by their role ("dad", "mum's partner", "both parents"), initials, or people ("older
# males"); and a question that asks what someone does.
_WHO = (r"(?:(?:the|her|his|their|my|both|(?:mum|dad)(?:['’]?s)?)\s+)?"
        r"(?:mum|mom|mam|mummy|mother|dad|daddy|father|step-?(?:dad|mum|father|mother)|partner|boyfriend|girlfriend|nan|nana"
        r"|nanny|gran|granny|grandma|grandad|grandpa|uncle|aunt|auntie|carers?|parents?"
        r"|(?:older\s+)?(?:males?|men|man|lads|boys|adults?)|(?-i:[A-Z]{1,2}))")
_WHO_ALONE = on_first_use(rf"{_WHO}(?:\s+(?:and|&)\s+{_WHO})?", re.IGNORECASE)
# What they do, typed on from who: a word in small letters first, not one saying who ("hits
# mum when ...", not "he hits mum" or "mum's partner shouts"), nor opening a sentence of its
# own ("the neighbours heard ...", "police were called ...", "on Friday ...").
_NAMES_NO_ONE = on_first_use(
    rf"(?=(?-i:[a-z]))(?!(?:he|she|they|it|we|i|you|his|her|their|its|our|both|all|and|{_WHO}"
    r"|ok|okay|yes|yeah|no|thanks|sorry|what|how|why|where|when|who|which|can|could|do|does"
    r"|is|should|help|skip|back|keep|use|done|the|a|an|this|that|these|those|there|police"
    r"|school|nursery|staff|neighbours?|teachers?|kids|children|child|baby|everyone|someone"
    r"|nobody|people|us|on|in|at|last|every|when|after|before|since|if|because|as)\b)"
    r"(?![^?]*\?\s*$)", re.IGNORECASE)
_ASKS_WHAT_THEY_DO = on_first_use(
    r"\bwhat\s+(?:does|is|are)\s+(?:the|an|other)\s+(?:adult|people)\s+(?:do|doing)\b",
    re.IGNORECASE)


def said_to_the_bot(text: str) -> bool:
    """Whether a short line is said to the bot, not an answer: "ok", "thanks", "sorry", or a
    command's word without its slash ("back", "skip")."""
    bare = _bare(text)
    return bool(bare) and (_ACKNOWLEDGE.fullmatch(bare) is not None
                           or BARE_COMMAND.fullmatch(bare) is not None)


def _bare(text: str) -> str:
    """A short reply as its words alone: lower case, no punctuation, skin tones or
    emoji variation marks ("OK!" and "👍🏽" read as "ok" and "👍")."""
    return " ".join(text.lower().translate(_UNMARKED).split())


# What `_bare` drops, one character at a time: the five skin tones, the emoji variation mark
# and joiner, and punctuation. (Dropped by one table, in C: it was two `re.sub`s, each a look
# in `re`'s cache first, about once an update: most typed answers are read bare.)
_UNMARKED = str.maketrans(dict.fromkeys(
    [*map(chr, range(0x1F3FB, 0x1F400)), "\uFE0F", "\u200d", *".,!?'’\""]))


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _COMMON)


def _stems(text: str) -> frozenset[str]:
    """The content words of `text` by their stems (`_stem`)."""
    return frozenset(map(_stem, _content_words(text)))


# Word endings a rewrite changes ("drinking" for "drink", "shouted" for "shouts"), longest
# first, with what stays of each; and a few past forms that change the word itself.
_ENDINGS = (("ingly", ""), ("edly", ""), ("ings", ""), ("ing", ""), ("ied", "y"), ("ies", "y"),
            ("ed", ""), ("es", ""), ("s", ""))
_IRREGULAR = {"drank": "drink", "drunk": "drink", "took": "take", "taken": "take",
              "went": "go", "gone": "go", "children": "child", "kids": "kid", "left": "leave",
              "kept": "keep", "brought": "bring", "spoke": "speak", "spoken": "speak"}


def _stem(word: str) -> str:
    """A word without the ending a rewrite may change: "drinking", "drinks" and "drink" are
    "drink"; "stopped" and "stopping" "stop"; "shouted" "shout" (a rough cut, the same
    for both lines compared, never shown)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for ending, kept in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            word = word[:-len(ending)] + kept
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "stopp" of "stopped"
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def held_back(out: Outcome, step: FlowStep, *kinds: str) -> bool:
    """Whether a reminder of one of `kinds` ("privacy", "dated", ...) holds back this step's
    answer (or a list item)."""
    pending = out.draft.pending
    return pending is not None and pending.step_id == step.id and pending.kind in kinds


def privacy_first(out: Outcome, step: FlowStep, nudger: Nudger) -> bool:
    """While a privacy reminder holds an answer (or a list item), whatever would keep it
    unasked, with what may be a name or an address in it ("no", "-2", /back, Done, /edit),
    shows the reminder again to be answered first; True when it did."""
    if not held_back(out, step, "privacy"):
        return False
    out.replies.append(Notice(MSG["private_first"], "problem"))
    ask_about_held(out, step, nudger)
    return True


def hold_pending(out: Outcome, step: FlowStep, *, then_next: bool = False) -> None:
    """Keep an answer held back by a nudge, as typed, before another command acts: a list
    gains the item, any other question gets the answer (no move). `then_next`: another item
    follows it, and the notice says so."""
    d = out.draft
    pending, d.pending = d.pending, None
    if pending is None or pending.step_id != step.id:
        return
    if step.kind.collects:
        items = d.answers.get(step.id)
        items = list(items) if isinstance(items, list) else []
        added, said = _add_items(out, step, items, str(pending.value))
        if len(added) > len(items):  # else none of it was added, and they are told why
            room = len(added) < step.spec.max_items  # for the line after it to be added
            out.replies.append(Notice(MSG["kept_then_next" if then_next and room else "kept"],
                                      "saved"))
        out.replies.extend(said)
        return
    if pending.earlier is not None:
        # Not yet told whether the line after it was a new answer: the one the nudge held
        # stays, as typed, and the other line is not used (and they are told which).
        d.answers[step.id] = pending.earlier
        out.changed.add(step.id)
        out.replies.append(Notice(kept_not_others(pending), "saved"))
        return
    d.answers[step.id] = pending.value
    out.changed.add(step.id)
    out.replies.append(Notice(MSG["kept_then_next" if then_next else "kept"], "saved"))


def moved_to_strengths(flow: Flow, out: Outcome, step: FlowStep) -> bool:
    """Move a list item the strength-or-safety reminder holds back at existing safety to the
    tool's list of strengths, once the practitioner types what someone did instead (kept
    here as typed, the strength stood as safety in the summary, which the reminder had said
    it is not); False where the tool asks for no strengths in a list."""
    held = out.draft.pending
    strengths = next((s for s in walk(flow, out.draft.answers).steps
                      if s.id == STRENGTHS and s.kind.collects), None)
    if held is None or strengths is None or strengths.id == step.id:
        return False
    out.draft.pending = None
    items = out.draft.answers.get(STRENGTHS)
    items = list(items) if isinstance(items, list) else []
    added, said = _add_items(out, strengths, items, str(held.value))
    if len(added) > len(items):
        out.replies.append(Notice(MSG["moved_to_strengths"].format(
            value=excerpt(str(held.value)), title=strengths.title), "saved"))
    out.replies.extend(said)
    return True


STRENGTHS = "strengths"


def kept_not_others(pending: Pending) -> str:
    """The first answer kept, and every line typed after it (held while the practitioner
    was asked where the first of them goes) named as not saved."""
    if not pending.later:
        # several sent at once: one answer (the blank lines between paragraphs not counted)
        lines = sum(1 for line in str(pending.value).splitlines() if line.strip())
        if lines > 1:
            return MSG["kept_not_pasted"].format(earlier=pending.earlier, count=lines,
                                                 line=pending.value)
        return MSG["kept_not_other"].format(earlier=pending.earlier, line=pending.value)
    return MSG["kept_not_others"].format(earlier=pending.earlier, lines=", ".join(
        f'"{excerpt(line)}"' for line in (str(pending.value), *pending.later)))


def accept(flow: Flow, out: Outcome, step: FlowStep, value: Value) -> None:
    """Take an answer: a list item is added (and the list asked again), else complete."""
    d = out.draft
    if step.kind.widget == "items" and value is not None:
        items = d.answers.get(step.id)
        items = list(items) if isinstance(items, list) else []
        if len(items) >= step.spec.max_items:
            out.replies.append(Notice(MSG["list_full"].format(max=step.spec.max_items),
                                      "problem"))
            ask(flow, out, step, again=True)
            return
        if isinstance(value, str) and "\n" not in value.strip() and (
                step.spec.voice != "child" or NOTES_MARK.match(value.strip())):
            # one item sent with its bullet ("- her college tutor"), as the items of a list
            # pasted in one message are sent: without it, not "- - her college tutor" in
            # the summary (a child's words are kept as typed: "- 2 more sleeps"; a notes
            # app's "•" or "2.<tab>" before them is not theirs)
            value = unmarked(value.strip())
        if listed_lines(str(value)):
            # A list pasted in one message ("- nan has them Saturdays\n- breakfast club"),
            # or typed a line an item: an item a line, without the bullets, as if sent one
            # at a time.
            items, said = _add_items(out, step, items, str(value))
            out.replies.extend(said)
            if len(items) < step.spec.max_items:
                ask(flow, out, step, again=True)
                return
            complete(flow, out, step, items)
            return
        # typed again on coming back to the list: once is enough
        if (same := _listed_at(items, str(value))) is not None:
            out.replies.append(Notice(MSG["already_listed"].format(n=same), "saved"))
            ask(flow, out, step, again=True)
            return
        if (fixed := _corrected_item(d, step, items, str(value))) is not None:
            # Back at the list with /edit, a line that is one item written again with more
            # or a word changed is that item corrected (as an /edit of a written answer
            # replaces it), not another item beside the one it corrects.
            d.nudged.append(f"{step.id}:corrected:{fixed}")
            was, items[fixed - 1] = items[fixed - 1], str(value)
            d.answers[step.id] = items
            out.changed.add(step.id)
            out.replies.append(Notice(MSG["item_corrected"].format(n=fixed, was=was), "saved"))
            ask(flow, out, step, again=True)
            return
        items.append(str(value))
        d.answers[step.id] = items
        out.changed.add(step.id)
        if (lines := sum(1 for line in str(value).splitlines() if line.strip())) > 1:
            # nothing typed is taken apart without a word, nor kept together without one
            out.replies.append(Notice(MSG["lines_one_item"].format(
                count=lines, n=len(items)), "saved"))
        if len(items) < step.spec.max_items:
            ask(flow, out, step, again=True)
            return
        value = items
    complete(flow, out, step, value)


def _add_items(out: Outcome, step: FlowStep, items: list[str],
               text: str) -> tuple[list[str], list[Notice]]:
    """Add `text` to the list `items` of `step` (each line of a pasted list an item): the
    list now, and what to say of the lines not added (those already in the list, and those
    past the most the list holds, named so nothing typed is lost without a word)."""
    pasted = listed_lines(text)
    added, full, repeated = _with_items(items, pasted or (text,), step.spec.max_items)
    if len(added) > len(items):
        out.draft.answers[step.id] = added
        out.changed.add(step.id)
    said: list[Notice] = []
    if repeated:
        said.append(Notice(MSG["listed_already"].format(lines=_lines(repeated)), "saved")
                    if pasted else Notice(MSG["already_listed"].format(
                        n=_listed_at(items, text)), "saved"))
    if full:
        most = step.spec.max_items
        said.append(Notice(MSG["no_room"].format(max=most, lines=_lines(full)) if pasted
                           else MSG["no_room_one"].format(max=most, line=text), "problem"))
    return added, said


_ITEM_WORD = on_first_use(r"[\w'’%£$]+")
# The most words of an item compared word by word with a line that may correct it (the
# cost grows with the square of their lengths: nine items of 4,000 characters, nearly alike,
# held every practitioner's replies up for seconds). A longer item is taken as corrected
# only when written again with more after it; with a word changed, it is added beside.
_CORRECTABLE = 40


def _corrected_item(d: Draft, step: FlowStep, items: list[str], typed: str) -> int | None:
    """The number of the item `typed` corrects, at a list gone back to with /edit: an item
    of three words or more written again with more after it, or with a word or two changed
    (nearly all of its words, in order). Each item once: sent again, the item it replaced
    is added beside its correction (as the notice says), not taken for a correction of it."""
    if d.return_to is None:
        return None
    words = _ITEM_WORD.findall(typed.casefold())
    for n, item in enumerate(items, start=1):
        had = _ITEM_WORD.findall(item.casefold())
        if len(had) < 3 or f"{step.id}:corrected:{n}" in d.nudged:
            continue
        if words[:len(had)] == had and len(words) > len(had):
            return n
        if abs(len(words) - len(had)) <= 3 and len(had) <= _CORRECTABLE \
                and difflib.SequenceMatcher(None, had, words).ratio() >= 0.8 \
                and not _another_person(item, typed):
            return n
    return None


# Who an item is about: a name or initial ("Kai", "T"), or a family member or worker.
_PERSON = on_first_use(r"(?:mum|mummy|mother|mom|dad|daddy|father|step\w*|nan|nana|nanny|gran"
                       r"|grandma|grandmother|grandad|granddad|grandpa|grandfather|aunt|auntie"
                       r"|aunty|uncle|brother|sister|sibling|cousin|partner|boyfriend"
                       r"|girlfriend|carer|teacher|worker|he|she|him|her|his|hers|they|them)")
_NOT_A_NAME = frozenset({"i", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
                         "thursdays", "fridays", "saturdays", "sundays", "january",
                         "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"})


def _another_person(item: str, typed: str) -> bool:
    """Whether `typed`, nearly the words of `item`, is about someone else: a word changed
    is a name, an initial or a person ("Amy goes to football club every Saturday" beside
    "Kai goes to ..."), or the first word, whoever typed it in lower case: a sibling's or
    another adult's own item, not a correction."""
    had, words = _ITEM_WORD.findall(item), _ITEM_WORD.findall(typed)
    folded = difflib.SequenceMatcher(None, [w.casefold() for w in had],
                                     [w.casefold() for w in words])
    for tag, i1, i2, j1, j2 in folded.get_opcodes():
        if tag == "equal":
            continue
        if i1 == j1 == 0:  # who it is about, first, typed in lower case ("amy goes to ...")
            return True
        for word in (*had[i1:i2], *words[j1:j2]):
            if _PERSON.fullmatch(word.casefold()) or (
                    word[0].isupper() and word.casefold() not in _NOT_A_NAME):
                return True
    return False


def _lines(lines: list[str]) -> str:
    return "\n".join(f"  {line}" for line in lines)


def _with_items(items: list[str], lines: Sequence[str], most: int
                ) -> tuple[list[str], list[str], list[str]]:
    """(`items` with `lines` added, the lines not added as the list was full, the lines not
    added as they were listed already), up to `most` items."""
    out = list(items)
    full: list[str] = []
    repeated: list[str] = []
    for item in lines:
        if any(_as_item(item) == _as_item(had) for had in out):
            repeated.append(item)
        elif len(out) < most:
            out.append(item)
        else:
            full.append(item)
    return out, full, repeated


def _listed_at(items: list[str], text: str) -> int | None:
    """The number of the item in `items` that `text` is already, if it is one."""
    return next((n for n, had in enumerate(items, start=1)
                 if _as_item(had) == _as_item(text)), None)


def _as_item(text: str) -> str:
    """An item as written, whatever its case, spacing and closing full stop."""
    return " ".join(text.casefold().split()).rstrip(" .!")


def complete(flow: Flow, out: Outcome, step: FlowStep, value: Value) -> None:
    d = out.draft
    said: list[str] = []
    if step.id not in d.answers or d.answers[step.id] != value:
        before = walk(flow, d.answers) if step.id in d.answers else None
        d.answers[step.id] = value
        out.changed.add(step.id)
        if step.role == "perspective" and isinstance(
                why := d.answers.pop(step.reason_id, None), str):
            out.changed.add(step.reason_id)  # given for the number before, not this one
            said.append(MSG["their_why_gone"].format(why=why))
        if before is not None:  # a changed answer: what it opened or drafted may not fit now
            said += _after_a_change(flow, out, step, before)
    out.replies.append(Answered(step.id, d.nonce, step.spec.ask,
                                display_with_reason(step, value, d.answers)))
    out.replies.extend(Notice(text, "note") for text in said)
    go_forward(flow, out, after=step.id)


# Why a number is what it is, opened with a number as the question's example does ("3: it is
# getting more frequent"): "2: found with adults three times", "2 - no job yet", "2, because".
# Not what another number would look like ("2 would be", "a 2 = ..."), nor a count ("2 older
# males"): a stop or a "because" must follow the number.
_WHY_OPENS_WITH = on_first_use(
    r"\s*(?P<n>10|[0-9])(?:\s*/\s*10|\s*out of 10)?"
    r"(?:\s*[:;,\u2013\u2014]|\s+-|\s+(?:because|as|since|cos|coz)\b)"
    r"\s*(?P<why>[^\W\d_])", re.IGNORECASE)


def opening_number(why: object) -> int | None:
    """The number a reason opens with, as the question's example does ("2: found with adults
    ..."): the number it was written for; None when it opens with none."""
    opens = opened_with(why) if isinstance(why, str) else None
    return None if opens is None else opens[0]


def opened_with(why: str) -> tuple[int, str] | None:
    """The number a reason opens with, and the words after it ("5, nan is there ..."); None
    when it opens with none."""
    opens = _WHY_OPENS_WITH.match(why)
    return None if opens is None else (int(opens["n"]), why[opens.start("why"):].strip())


def _opens_with(why: object, number: object) -> bool:
    """Whether a reason opens with the number now given ("2: found with adults ..." for a
    2): it was written for it."""
    return isinstance(number, int) and opening_number(why) == number


def _after_a_change(flow: Flow, out: Outcome, changed: FlowStep, before: Walk) -> list[str]:
    """What a changed answer did to the others: the questions it closed (their answers are
    kept, out of the summary), and the wording drafted from it. A drafted answer kept as it
    was suggested is drafted again; one the practitioner reworded is pointed to."""
    d = out.draft
    now = walk(flow, d.answers)
    said = []
    closed = [s for s in before.answered() if s.id not in now.ids]
    if closed:
        said.append(_set_aside(closed))
    answered = now.answered()
    for number, other in enumerate(answered, start=1):
        if other.role == "follow_up" and other.parent == changed.id \
                and changed.kind.widget == "scale" and d.return_to is not None \
                and is_answered(d.answers.get(other.id)) \
                and not _opens_with(d.answers.get(other.id), d.answers.get(changed.id)):
            # an edit goes back to where it began, past the reason given for the old number
            said.append(MSG["check_why"].format(why=display(other, d.answers.get(other.id)),
                                                n=number))
        elif other.role == "follow_up" and other.parent == changed.id \
                and changed.kind.widget == "scale" and d.return_to is None \
                and (opens := opening_number(why := d.answers.get(other.id))) is not None \
                and opens != (now_given := d.answers.get(changed.id)):
            # gone /back to the number and another tapped: its reason, asked next, showed
            # as its answer, opening with the number it was given for, and nothing said of
            # it (kept, the summary read "Score: 3 ... Why this number: 4 because ..."). A
            # reason naming no number is shown to keep or change, as it was.
            said.append(MSG["why_was_for"].format(why=display(other, why), was=opens,
                                                  n=now_given))
        if not other.spec.draft or other.id == changed.id:
            continue
        was, fresh = suggest(flow, other, before), suggest(flow, other, now)
        if fresh is None or was == fresh:
            continue  # not drafted from the changed answer
        if d.answers.get(other.id) == was:
            d.answers[other.id] = fresh
            out.changed.add(other.id)
            said.append(MSG["redrafted"].format(title=other.title))
        else:
            said.append(MSG["check_draft"].format(title=other.title, n=number))
    return said


def _set_aside(steps: list[FlowStep]) -> str:
    """Which answers a changed answer has closed: they are kept, but out of the summary."""
    titles = [f'"{s.title}"' for s in steps]
    what = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
    one = len(titles) == 1
    return MSG["set_aside"].format(
        what=f"your answer to {what}" if one else f"your answers to {what}",
        verb="applies" if one else "apply", them="it" if one else "them",
        It="It" if one else "They")


def go_forward(flow: Flow, out: Outcome, *, after: str | None, only_open: bool = False) -> None:
    """Ask the next question that applies (or finish): after `after`, or the first open one
    on the way back to where an edit began."""
    d = out.draft
    state = walk(flow, d.answers)
    target: FlowStep | None
    if d.return_to is not None and d.return_to == after:
        d.return_to = None  # back where the edit began, and now answered: on from here
    if d.return_to is not None or only_open:
        # The notes straight after a changed answer are said as on the way through ("stop
        # here and call 999" after "no, not safe"), before going back to where they were.
        if after and flow.has_step(after):
            _notes_then_question(out, state, after)
        stop = None if d.return_to in (None, END) else d.return_to
        target = _part_of(state, after) or state.first_open(before=stop)
        if target is None:  # nothing left open on the way: back to where they were
            d.return_to = None
            if stop is not None and stop in state.ids:
                target = flow.step(stop)
        if target is None:
            target = state.first_open()
    else:
        target = _notes_then_question(out, state, after)
    if target is None:
        finish(flow, out)
        return
    previous = flow.step(after) if after and flow.has_step(after) else None
    new_section = previous is None or previous.section_title != target.section_title
    if target.section.intro and new_section and not _been_in(flow, d, target):
        out.replies.append(Notice(target.section.intro, "note"))
    d.history.append(target.id)
    ask(flow, out, target, walk_state=state)


def _part_of(state: Walk, after: str | None) -> FlowStep | None:
    """The follow-up asked under the number of `after` (`counted: false`: "Somewhere else",
    then where), answered before, that its answer (tapped again at an /edit, or changed
    back) asks: asked again, its answer shown to keep or change. It has no number of its
    own to /edit; gone past, its answer came back unseen. None when there is none."""
    following = next((s for s in state.after(after) if s.is_question), None) if after else None
    return following if following is not None and not following.spec.counted \
        and following.id in state.ids else None


def _been_in(flow: Flow, d: Draft, target: FlowStep) -> bool:
    """Whether this copy of the target's section was asked or answered before: back in it
    after an /edit further up, its introduction ("Think of one harmful behaviour...") has
    been read already, and said again it reads as a new start."""
    return any(s.section is target.section and s.section_title == target.section_title
               and (s.id in d.answers or s.id in d.history) for s in flow.steps)


def _notes_then_question(out: Outcome, state: Walk, after: str | None) -> FlowStep | None:
    """Say the notes that apply after `after`, up to the next question; return that one."""
    for step in state.after(after):
        if step.is_question:
            return step
        out.replies.append(Notice(step.spec.ask, "note"))
    return None


def finish(flow: Flow, out: Outcome) -> None:
    d = out.draft
    d.status = "completed"
    d.return_to = None
    d.nonce += 1
    out.replies.append(SummaryReply(build_summary(flow, d), True, d.id, d.nonce,
                                    flow.spec.for_partners))


def _drafted_ask(step: FlowStep, suggestion: str | None) -> str:
    """The question as asked: a step that drafts its answer ("Here is a danger statement
    built from your answers") says so only when there is a draft to show."""
    if not step.spec.draft or suggestion:
        return step.spec.ask
    return MSG["nothing_drafted"].format(what=step.title[:1].lower() + step.title[1:])


def ask(flow: Flow, out: Outcome, step: FlowStep, *, again: bool = False, whole: bool = False,
        walk_state: Walk | None = None) -> None:
    """Ask a step; a new question gets a new nonce, so its predecessor's buttons go stale.
    `again`: the same question (same nonce), shown as a follow-on ("Added (2 so far)");
    with `whole`, shown in full all the same (on /show, /resume, after a restart)."""
    d = out.draft
    state = walk_state or walk(flow, d.answers)
    if not again:
        d.nonce += 1
    number, total = state.progress(step.id)
    value = d.answers.get(step.id)
    kind = step.kind
    listed = tuple(value) if isinstance(value, list) else ()
    suggestion = suggest(flow, step, state) if step.spec.draft else None
    out.replies.append(Question(
        draft_id=d.id, step_id=step.id, number=number, total=total,
        section=step.section_title, ask=_drafted_ask(step, suggestion), widget=kind.widget,
        nonce=d.nonce,
        required=step.spec.required, can_back=state.question_before(step.id) is not None,
        choices=kind.options(flow, step),
        scale=flow.scale_of(step) if kind.widget == "scale" else None,
        selected=listed if kind.widget == "several" else (),
        items=listed if kind.widget == "items" else (),
        max_items=step.spec.max_items if kind.widget == "items" else 0,
        suggestion=suggestion,
        current_answer=display_with_reason(step, value, d.answers)
        if step.id in d.answers and kind.widget != "items" else None,
        child_voice=step.spec.voice == "child", speaker=flow.spec.speaker,
        again=again and not whole, label=d.label,
    ))
