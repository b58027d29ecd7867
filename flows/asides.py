"""Lines typed at a question that are not its answer.

A note of having to stop, a greeting or "back now", the answer before sent again, the
question itself sent back, a correction of the line before ("sorry, I meant K"), a request
to change an answer, a yes with nothing after it, a date for a day held back. Each reader
takes the line and the outcome; when the line is its kind, it says what it did with it (in
`out.replies`) and returns True. The engine tries them in turn (`flows.engine`).
"""

from __future__ import annotations

import functools
import re
import zlib

from flows.answers import (
    clean,
    display,
    excerpt,
    is_answered,
)
from flows.draft import Draft, Pending
from flows.engine_words import MSG
from flows.flow import Flow, FlowStep
from flows.moves import (
    LONG_WORDS,
    Nudger,
    Outcome,
    ask,
    ask_about_held,
    checked_accept,
    checks_for,
    held_back,
    rewritten_after,
)
from flows.questions import (
    IN_OTHER_WORDS,
    UNSURE_YES_NO,
    about_the_number,
    names_options,
    plain_words,
)
from flows.questions import MSG as TYPE_MSG
from flows.regex import on_first_use
from flows.replies import (
    ADDS_BACK,
    BY_STEP,
    CONTINUES,
    Command,
    Notice,
    Nudge,
)
from flows.step_commands import command, edit
from flows.walk import question_before, walk

LETTERS = on_first_use(r"[^\W\d_]{2}")


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


def dated_now(flow: Flow, out: Outcome, step: FlowStep, text: str, nudger: Nudger) -> bool:
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


def not_taken(flow: Flow, out: Outcome, step: FlowStep, text: str, problem: str) -> str:
    """What to say when words typed at a choice, yes-or-no or scale question match no option
    (or hold no number): that they were not saved, quoting them, and, since a note sent in
    two messages puts its second at the next question, the way back to the written answer
    before it."""
    if step.kind.widget == "text" and step.spec.max_length is not None \
            and len(text) > step.spec.max_length:
        # a new version of the answer after, typed one question back ("What is your role
        # there?", come back to with /back): not to be cut down to fit this one
        return " ".join(filter(None, (problem, _rewrites_answer_after(flow, out, step, text))))
    if step.kind.widget not in ("one", "several", "yes_no", "scale") \
            or not LETTERS.search(text.replace("/", "").replace(".", "")):  # "N/K" is words
        return problem
    said = MSG["not_taken"].format(typed=excerpt(text), problem=problem)
    told = _told_without_a_way(flow, out, step, text, problem, said)
    if told is not None:
        return told
    return " ".join(filter(None, (said, _way_on(flow, out, step, text)
                                  or back_to_written(flow, out, step))))


def _told_without_a_way(flow: Flow, out: Outcome, step: FlowStep, text: str, problem: str,
                        said: str) -> str | None:
    """What to say of a line at a choice, a yes or no or a number that is plainly meant for
    it (an option's words, "not sure", a number said loosely, the answer before sent again),
    with no way to another answer; None for a line that may belong to another answer."""
    if step.spec.not_fitting and _DOES_NOT_APPLY.match(text):
        # "n/a - this is a foster placement" at early help's agreement: what fits instead
        return f"{said} {step.spec.not_fitting}"
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
    return None


def _way_on(flow: Flow, out: Outcome, step: FlowStep, text: str) -> str:
    """The way on to a later answer a line at a choice may be meant for; "" for none."""
    return _rewrites_answer_after(flow, out, step, text) \
        or _asked_after_yes(flow, out, step, text) or _for_the_question_after(flow, out, step)


def offer_to_add_back(flow: Flow, out: Outcome, step: FlowStep, text: str,
                      problem: str, offered: str | None = None) -> bool:
    """Hold a line typed at a choice, a yes or no or a number that is none of them, straight
    after a written answer, and offer to add it to the end of that answer (/back, or the
    button): a thought sent in two messages put its second at the choice, and she was told
    in four sentences to go back and send the whole answer again. `offered`: the line
    offered so just before, this one sent after it (a thought in three messages): the two
    are offered together. True when offered."""
    d = out.draft
    if d.pending is not None or out.placed \
            or step.kind.widget not in ("one", "several", "yes_no", "scale") \
            or len(_WORDS.findall(text)) < _HALF_WORDS or not _matched_nothing(problem) \
            or (step.kind.widget == "yes_no" and _YES_OR_NO_FIRST.match(text)) \
            or _told_without_a_way(flow, out, step, text, problem, "") is not None \
            or _way_on(flow, out, step, text):
        return False
    earlier = question_before(flow, d.answers, step.id)
    value = d.answers.get(earlier.id) if earlier is not None else None
    if earlier is None or earlier.kind.widget != "text" or not isinstance(value, str) \
            or not is_answered(value):
        return False
    line = text if offered is None else f"{offered} {text}"
    if offered is not None and len(f"{value} {line}") > earlier.spec.max_length:
        # past what that answer takes, the offer stays as it was (`flows.offers`): joined
        # on without end, line after line grew it past any answer, and each was kept in the
        # draft, read and written again at every message
        return False
    d.pending = Pending(step.id, ADDS_BACK, line)
    first = _PROBLEM_SENTENCE_END.split(problem, maxsplit=1)[0]  # what it takes; the options show
    out.replies.append(Nudge(MSG["adds_back"].format(typed=excerpt(line), problem=first,
                                                     title=earlier.title),
                             ADDS_BACK, d.nonce, line, d.id))
    ask(flow, out, step, again=True)
    return True


# Words in a line offered to the answer before: one word ("maybe", "purple") is a try at
# this question's answer, not half a sentence sent late.
_HALF_WORDS = 2
_WORDS = on_first_use(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# ... nor a line that starts with a yes or a no at a yes or no ("Yes as far as I no"), or
# is told it starts with an option, or reads as someone's number: tries at this question.
_YES_OR_NO_FIRST = on_first_use(r"\W*(?:yes|yeah|yep|yup|no|nope|nah)\b", re.IGNORECASE)


def _matched_nothing(problem: str) -> bool:
    """Whether `problem` says only that no option, yes or no, or number was found."""
    return problem in (TYPE_MSG["not_choice"], TYPE_MSG["not_choice_unnumbered"],
                       TYPE_MSG["not_yes_no"]) \
        or problem.startswith(TYPE_MSG["not_scale"].partition("{")[0])


# The end of the first sentence of what a question takes (the next starts with a capital)
_PROBLEM_SENTENCE_END = on_first_use(r"(?<=[.?!])\s+(?=[A-Z])")


# Words of four letters or more in an account of what happened ("pushed", "door", "watched"),
# not the rest of an answer sent late ("and her nan").
_ACCOUNT_WORDS = 4


# A line opening with the question's not fitting ("n/a - this is for a foster placement",
# "doesn't apply as he's looked after"): said of the question, no answer to the one after.
_DOES_NOT_APPLY = on_first_use(r"\W*(?:n/?a\b|not\s+applicable|(?:it\s+|this\s+)?(?:does\s*n['’]?t"
                               r"|does\s+not)\s+apply|not\s+relevant"
                               # "not early help, he's in foster care"
                               r"|(?:it['’]?s\s+|this\s+is\s+)?not\s+early\s+help\b)",
                               re.IGNORECASE)


def _asked_after_yes(flow: Flow, out: Outcome, step: FlowStep, text: str) -> str:
    """The way on to the written question a yes opens, for an account typed at that yes or
    no ("Has the child already been hurt ...?" answered with what happened, the question a
    yes asks next); "" otherwise. It was pointed back to the answer before, which it had
    nothing to do with."""
    d = out.draft
    if step.kind.widget != "yes_no" or is_answered(d.answers.get(step.id)) \
            or len(LONG_WORDS.findall(text)) < _ACCOUNT_WORDS \
            or _DOES_NOT_APPLY.match(text):  # "n/a - this is a foster placement": no account
        return ""
    after_yes, after_no = (next((s for s in walk(flow, {**d.answers, step.id: said}).after(
        step.id) if s.is_question), None) for said in ("yes", "no"))
    if after_yes is None or after_yes.kind.widget != "text" or after_yes is after_no \
            or is_answered(d.answers.get(after_yes.id)):
        return ""  # (asked after a no too, it is no question a yes asks)
    return MSG["not_taken_after_yes"].format(title=after_yes.title)


def _for_the_question_after(flow: Flow, out: Outcome, step: FlowStep) -> str:
    """The way on to the written question after a choice already answered (a partner's
    service, set by their link and shown as the current answer), for a line that matches no
    option there and may be the next question's answer ("CAMHS nurse" typed where the link
    had put "Health", the role asked next); "" when that question is answered already, or no
    written one."""
    d = out.draft
    if step.kind.widget != "one" or not is_answered(d.answers.get(step.id)):
        return ""
    later = next((s for s in walk(flow, d.answers).after(step.id) if s.is_question), None)
    if later is None or later.kind.widget not in ("text", "items") \
            or is_answered(d.answers.get(later.id)):
        return ""
    return MSG["not_taken_next"].format(title=later.title)


def _rewrites_answer_after(flow: Flow, out: Outcome, step: FlowStep, text: str) -> str:
    """The way on to the written answer after `step`, for a line typed at `step` come back
    to (answered already: /back once too often) that is a new version of that answer; ""
    otherwise. It was pointed back to the answer before, which it had nothing to do with."""
    later = rewritten_after(flow, out.draft.answers, step, text)
    if later is None:
        return ""
    return MSG["not_taken_ahead"].format(title=later.title)


def back_to_written(flow: Flow, out: Outcome, step: FlowStep) -> str:
    """The way back to the written answer before `step`, for a line typed at it that may be
    that answer's second half; "" when the question before is no written one, or unanswered."""
    earlier = question_before(flow, out.draft.answers, step.id)
    value = out.draft.answers.get(earlier.id) if earlier is not None else None
    if earlier is None or earlier.kind.widget not in ("text", "items"):
        return ""
    if not is_answered(value):
        # left out just now (an empty line, /skip): a line typed after it may be its answer
        return MSG["not_taken_skipped"].format(title=earlier.title) \
            if earlier.id in out.draft.answers else ""
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
    # Only the answer just before can be the one sent again: which question that is comes
    # from the walk (worked out once per flow for the steps shown), and only its words are
    # compared, not every earlier answer's at every answer.
    earlier = question_before(flow, draft.answers, step.id)
    value = draft.answers.get(earlier.id) if earlier is not None else None
    if earlier is None or earlier.kind.widget != "text" or not isinstance(value, str):
        return None
    return earlier if same_words(value) == same_words(text) else None


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
    rf"|read)\s+\S[^\n]{{0,200}}|{_SORRY}(?:(?:that|it|this)\s+)?should\s+(?:read|say)\s+"
    r"(?!(?:with|to|more|every"
    r"|each|at|in|on|together)\b)\S[^\n]{0,200}"
    r"|(?:correction|typo)\s*[:\-–]\s*\S[^\n]{0,200}"
    # "sorry tuesday not monday", "oops mum not nan": what it is, and what it is not
    r"|(?:sorry|soz|oops|whoops|my bad)[\s,.!:;-]+(?=(?:\S+\s+){1,5}\S+$)(?![^\n]*\b(?:is|was"
    r"|are|were|am|has|have|had|does|did|do|will|would|can|could|should|sure)\b)[^\n]{1,40}?"
    r"\s+not\s+[^\n]{1,40}"
    # ... and with what it was or should be ("sorry, the 2nd police call was 20/11 not 19/11",
    # "oops the visit was on the 24th not the 23rd"): a few words, then what it is not, last
    # ("sorry to say mum was drunk not sober when I visited" and "sorry, TJ is not at school"
    # are answers)
    rf"|{_APOLOGY}(?!(?:to|but|for|about|if)\b)(?:\S+\s+){{0,8}}?(?:was|were|is|are"
    r"|should\s+(?:be|read|say|have\s+been))\s+(?:\S+\s+){1,5}?not\s+\S+(?:\s+\S+){0,2}"
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


def correction(flow: Flow, out: Outcome, step: FlowStep, text: str, nudger: Nudger) -> bool:
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
        ask_about_held(out, step, nudger, flow)
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
    before = question_before(flow, d.answers, step.id)
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
    before = question_before(flow, out.draft.answers, step.id)
    if before is not None and before.id == earlier.id:
        command(flow, out, Command("back"), nudger)  # the question before, as /back asks it
    else:
        edit(flow, out, BY_STEP + earlier.id)


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


def asks_to_change(flow: Flow, out: Outcome, step: FlowStep, text: str,
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
        ask_about_held(out, step, nudger, flow)
    else:
        ask(flow, out, step, again=True)
    return True


# "Hi", "I'm back" or "where was I?", typed on coming back to a draft hours later ("morning"
# or "evening" alone may well answer when something happens).
_HELLO = r"(?:hi|hiya|hey|hello|good (?:morning|afternoon|evening))" \
    r"(?: (?:there|again|all))?"
_BACK_AGAIN = r"(?:i['’]?m|i am) back(?: again| now)?|back (?:again|to (?:this|it))" \
    r"|where (?:was|were|am|are) (?:i|we)(?: up to)?" \
    r"|where did (?:i|we) (?:get to|get up to|leave off|stop)|what was i (?:doing|on)" \
    r"|where (?:i|we) (?:was|were|got to|got up to|left off)" \
    r"|where i['’]?m up to|where i am up to" \
    r"|(?:i['’]?ve |i have |i )?forgot(?:ten)? where (?:i|we) (?:was|were|got to|got up to" \
    r"|left off|am|are|am up to)|remind me where (?:i|we) (?:was|were|got to|left off)" \
    r"|(?:remind me )?(?:what|which) (?:case|draft|family|child|one)(?: is| was)? this" \
    r"(?: (?:is|was))?(?: again)?|remind me what this is(?: for)?" \
    r"|what(?:['’]?s| is| was) this(?: one)?(?: again| for again)"
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
    rf"|(?:i )?(?:got|was|been) (?:called|pulled|dragged) into (?:{_CALLED_TO})" \
    r"|(?:i['’]?ve |i have |i )?been (?:off|away|on leave|off sick|on holiday|on a course)" \
    r"(?: (?:for )?(?:a (?:few|couple of)|a couple|two|three|four|\d+) (?:days?|weeks?))?" \
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
    r"|seconds?|bit|mo|moment|tick|while|hours?|hrs?))?|later|soon|shortly|tomorrow|tmrw"
    r"|after (?:lunch|break"
    r"|(?:the |my )?meeting|school))"
    r"|(?:one|1|a|just a|give me a|gimme a|two|2) (?:sec|secs|second|seconds|min|mins|minute"
    r"|minutes|moment|mo|tick)"
    r"|hang on|hold on|(?:i['’]?ve |i )?(?:got|have|need|must|gotta)(?: to)? (?:go|dash|run|leave)"
    r"|gtg|g2g"  # "got to go", as a phone types it
    # a voice note promised for later, or typing put off: "sorry cant type now will send a
    # voice note later", "voice note to follow"
    r"|(?:i )?(?:can['’]?t|cannot|can not) type(?: (?:much|properly|this|right now|atm"
    r"|at the moment|on my phone|here))?"
    r"|(?:i['’]?ll |ill |i will |will )?(?:send|record|leave|do)(?: (?:you|it|this|the rest))?"
    r"(?: (?:as|in|by|via))? (?:a )?voice ?(?:note|message|memo|recording)"
    r"(?: (?:later|instead|after|tonight|tomorrow|tmrw|when i can))?"
    r"|voice ?(?:note|message) (?:to follow|later|coming)"
    r"|(?:i['’]?ll |ill |i will |will )?(?:(?:do|come back to|carry on with) (?:this|it)"
    r"|(?:finish|carry on|continue)(?: (?:this|it|off))?) (?:later|tomorrow|tmrw)"
    # a student's or a new worker's: "i'll ask my PE and come back to this", "will check
    # with my supervisor and come back to it", "I'll come back to this"
    r"|(?:(?:i['’]?ll |ill |i will |will |i need to |need to )?(?:ask|check with|speak to"
    r"|run (?:it|this) (?:past|by)) (?:my |the )?(?:pe|practice educator|educator|supervisor"
    r"|practice supervisor|manager|team manager|tm|senior|tutor|assessor)(?: first)?"
    r"(?:,? (?:and|then|&) | then ))?(?:i['’]?ll |ill |i will |will )?come back to (?:this|it)"
    r"(?: (?:one|question|after|afterwards|later|tomorrow|tmrw))?"
    # a police officer's or a duty worker's call-out: "got a shout", "been called out"
    r"|(?:i['’]?ve |i )?(?:got|been) (?:a shout|a job(?: on| in)?|a call ?out|called out)"
    r"|(?:on|off to) a (?:shout|job|call ?out)|shout['’]?s come in"
    # ... or a page on a hospital ward: "bleeped", "just been paged", "bleep going off"
    r"|(?:i['’]?ve |i )?(?:(?:just |been |got |was |just been |i['’]?m being |being ))?"
    r"(?:fast[- ])?(?:bleeped|paged)(?: again)?(?: (?:to|from) (?:a |the )?(?:a ?& ?e|a and e"
    r"|resus|theatres?|nicu|scbu|picu|icu|unit|ward|clinic|department))?"
    r"|(?:my |the |a |another )?(?:bleep|bleeper|pager)(?:['’]s| is)?"
    r"(?: (?:going(?: off)?|gone off|ringing|off|again))?"
    # ... or a phone call to take: "sorry got a call, back in a bit", "taking a call"
    r"|(?:i['’]?ve |i )?(?:got|have|had|taking|take|answering|need to take|gotta take)"
    r"(?: got)? (?:an? )?(?:urgent |quick |work |duty |emergency )?(?:phone ?)?call"
    r"(?: (?:in|coming in))?"
    r"|(?:i['’]?m |i am |just )?on (?:a|another) (?:phone ?)?call"
    rf"|(?:i['’]?m |i am )?(?:on|off to|going to|got) (?:{_DUTY}|duty)|{_DUTY}(?: calls)?"
    r"|duty calls"
    rf"|{_AT_THE_DOOR}|(?:i['’]?m )?(?:off to|going into) a meeting|phone(?:['’]s| is)? ringing"
    # a duty worker's: "sorry, duty phone", "duty phone ringing", "manager needs me"
    r"|(?:the )?duty phone(?:(?:['’]s| is)? (?:ringing|going))?"
    r"|(?:my |the )?(?:manager|team manager|tm|boss) (?:needs|wants) (?:me|a word)"
    # a clinic, a ward or a session starting ("sorry clinic now", "next patient's in", "got
    # to go to clinic", "group starting"), as a nurse, a doctor or a youth worker says it
    rf"|(?:i['’]?m |i am |just )?(?:in|into|off to|going (?:in)?to"
    rf"|heading (?:in)?to|late for|called (?:in)?to|pulled (?:in)?to"
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
# (a duty worker's "duty call": "sorry got to go, duty call")
_A_CALL = r"(?:an? )?(?:urgent |quick |work |duty |emergency )?(?:phone ?)?call"
# (... or what calls them away first: "urgent visit, back later"). Each part around it is
# read once (an atomic group): "drop in clinic" is one part or two, and a line of twenty of
# them, read every way they split, held the bot for seconds.
# Someone come in, by initials, after a note of having to stop: "sorry gtg, K's here",
# "g2g - TJ's just arrived" (alone, "K's here" may be where the young person is).
_COME_IN = r"[a-z]{1,2}(?:['’]s| is| has)(?: just)? (?:here|arrived|in|waiting)"
# Where she is typing from, beside a note of having to stop ("sorry, on my phone - voice note
# to follow"); alone ("on my phone", how a child's view was heard) it is no note.
_ON_THE_GO = r"(?:i['’]?m |im )?(?:on my phone|on the (?:bus|train)|driving)"
# What called her away, beside a note of having to stop ("sorry got pulled into a meeting,
# back in 10", "brb fire alarm"); alone ("fire alarm" among a school's worries), no note.
_WHAT_CALLED = rf"{_AWAY}|(?:the |a )?fire (?:alarm|drill)(?: going off| again)?"
_STOPPING_NOTE = on_first_use(rf"(?>(?:{_ASIDE}|{_A_CALL}|(?:urgent |emergency )?{_SESSION}"
                              rf"|{_ON_THE_GO}|{_WHAT_CALLED})[,.;!]*\s+)*(?:{_STOPPING})"
                              rf"(?>[,.;!]*\s+(?:{_STOPPING}|{_ASIDE}|{_SESSION}|{_A_CALL}"
                              rf"|{_COME_IN}|{_ON_THE_GO}|{_WHAT_CALLED}))*")


def _as_note(text: str) -> str:
    """A line as a note to a colleague is read: in small letters, a dash between its parts
    as a comma, emoji as nothing, and no full stop or ! at its ends."""
    said = text.lower().replace("’", "'")
    # (each pattern run only where it can match: a dash of its three, a character past ASCII)
    if "-" in said or "\u2013" in said or "\u2014" in said:
        said = _DASH_BETWEEN.sub(",", said)
    if not said.isascii():
        said = _EMOJI.sub(" ", said)
    return said.strip(" .!?")


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


def stopping(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
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


# A question about the tool itself, typed at a written question by someone new to it ("how
# long does this take?", "how many more questions?", "is this saved?", "can I come back to
# this later?"): saved, it was the answer ("The worst time: is this saved?"). Of the tool or
# the answers only, not of the family ("how long will dad be in prison?").
_ABOUT_THE_TOOL = on_first_use(
    r"(?:(?:sorry|so|ok|okay|um+|hi|quick question|q)[,.;:!]*\s+)*(?:"
    r"how\s+long\s+(?:does|will|is|would|should)\s+(?:this|it)(?:\s+(?:take|last|be"
    r"|go\s+on(?:\s+for)?|usually\s+take|normally\s+take))?"
    r"(?:\s+to\s+(?:do|finish|fill\s+in|complete))?"
    r"|how\s+(?:many|much)\s+more(?:\s+(?:questions?|of\s+(?:this|these|them)|to\s+go|is\s+there"
    r"|are\s+there|left|is\s+left|do\s+i\s+have|to\s+do))*"
    r"|how\s+many\s+questions(?:\s+(?:are\s+there|left|to\s+go|is\s+it|in\s+total"
    r"|altogether))*"
    r"|(?:is|are)\s+(?:this|it|my\s+answers?|these|the\s+answers?)\s+(?:being\s+)?saved"
    r"(?:\s+(?:as\s+i\s+go|so\s+far|automatically|yet))*"
    r"|(?:does|will)\s+(?:this|it)\s+save(?:\s+(?:as\s+i\s+go|automatically|my\s+answers?))*"
    r"|(?:can|could|may)\s+i\s+(?:come\s+back\s+to|finish|carry\s+on\s+with|continue|do)"
    r"\s+(?:this|it)\s+later"
    r"|(?:can|could|may)\s+i\s+(?:stop|pause|save)(?:\s+(?:it|this))?(?:\s+(?:here|now))?"
    r"(?:\s+and\s+(?:come\s+back|finish|carry\s+on|continue)(?:\s+(?:to\s+it|later))*)?"
    r"|will\s+i\s+lose\s+(?:my|the|these|this)\s+(?:answers?|work|progress)"
    r")[\s?!.]*")


def about_the_tool(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Answer, once, a question about the tool typed at a written question ("is this
    saved?"): nothing saved, and the question shown again. Sent again, it is the answer."""
    said = _as_note(text)
    key = f"{step.id}:tool:{zlib.crc32(said.encode())}"  # sent again: this same line
    if step.kind.widget not in ("text", "items") or out.draft.pending is not None \
            or key in out.draft.nudged or not _ABOUT_THE_TOOL.fullmatch(said):
        return False
    out.draft.nudged.append(key)
    out.replies.append(Notice(MSG["about_the_tool"].format(typed=excerpt(text)), "info",
                              until_sent_again=True))
    ask(flow, out, step, again=True)
    return True


# "send", typed by a partner before the last question, as if their part were done: saved, it
# was the answer ("What needs to happen: send").
_SEND_EARLY = on_first_use(
    r"(?:(?:ok|okay|done|right|all\s+done|finished|that['’]?s\s+(?:it|all)|please)[,.;:!]*\s+)*"
    r"(?:send|submit)(?:\s+(?:it|this|now|please|them|my\s+answers?|my\s+contribution))*")


def send_early(flow: Flow, out: Outcome, step: FlowStep, text: str, nudger: Nudger) -> bool:
    """Keep back "send" typed at a partner's question before the end, or past a note about
    an answer there: nothing is sent yet, and the question (or the note) is shown again."""
    held = out.draft.pending
    # (at a number or a choice too: "send" there was said back as maybe the rest of the
    # answer before, "/back goes back to it")
    if not flow.spec.for_partners \
            or (step.kind.widget not in ("text", "items") and held is not None) \
            or (held is not None and held.step_id != step.id) \
            or not _SEND_EARLY.fullmatch(_as_note(text)):
        return False
    if held is not None:
        # typed past the note, as if the part were done: it was asked whether "send" was
        # the new answer, with "Use it instead" a button (the child's words: "send")
        out.replies.append(Notice(MSG["send_held"].format(typed=excerpt(text),
                                                          title=step.title), "info"))
        ask_about_held(out, step, nudger, flow)
        return True
    out.replies.append(Notice(MSG["send_early"].format(typed=excerpt(text)), "info"))
    ask(flow, out, step, again=True)
    return True


# A note that this is the wrong tool ("this should have been a safety mapping", "wrong
# tool", "can I move these answers to a harm matrix?"), the whole line: said of the family
# ("mum says this should have been sorted"), it is an answer.
_A_TOOL = (r"(?:(?:a|an|the|my)\s+)?(?:(?:full\s+)?safety\s+mapping|mapping|harm\s+matrix"
           r"|(?:my\s+)?three\s+houses|signs\s+of\s+(?:well-?being|safety|success)|well-?being"
           r"|signs\s+of\s+success|contextual(?:\s+(?:factors|mapping))?"
           r"|pre-?referral(?:\s+reflection)?|(?:group\s+)?supervision(?:\s+prep(?:aration)?)?)"
           r"(?:\s+(?:tool|form|one))?")
_WRONG_TOOL = on_first_use(
    r"(?:(?:oh|oops|sorry|ah|hmm|wait|actually|no|ok|damn)[,.!]*\s+)*(?:"
    r"(?:this|it|that)\s+(?:should(?:\s+(?:have|of|'ve))?\s+been|should\s+be|was\s+meant\s+to"
    rf"\s+be|needs\s+to\s+be|is\s+meant\s+to\s+be)\s+{_A_TOOL}"
    r"|(?:i(?:'ve|\s+have)?\s+)?(?:picked|chose|chosen|opened|started|used|clicked)\s+the\s+wrong"
    r"\s+(?:tool|form|template)|wrong\s+(?:tool|form|template)"
    r"|i\s+(?:should|meant\s+to|wanted\s+to|need\s+to)\s+(?:have\s+)?(?:done|do|use|used|start"
    rf"|started|pick|picked|open|opened|chosen|choose)\s+{_A_TOOL}"
    r"|(?:can|could|how\s+do|how\s+can)\s+i\s+(?:move|transfer|copy|switch|change|turn|convert)"
    r"(?:\s+(?:these|my|the|this|all|of|it|answers?|draft))*\s+(?:to|into|over\s+to)\s+"
    rf"{_A_TOOL}|(?:switch|change|move)(?:\s+(?:this|it))?\s+(?:to|into)\s+{_A_TOOL}"
    r")(?:\s+instead)?[\s?.!]*", re.IGNORECASE)
# A tool's own name alone, as typed to start it ("harm matrix", "Three Houses", "new safety
# mapping"): no answer to any question (not "mapping", "wellbeing" or "supervision" alone,
# which may be one: "supervision" of contact).
_TOOL_NAME = on_first_use(
    r"(?:(?:new|start|open)\s+)?(?:(?:a|an|the|my)\s+)?(?:harm\s+matrix|(?:my\s+)?three\s+houses"
    r"|safety\s+mapping|signs\s+of\s+(?:well-?being|safety|success)|mapping\s+with\s+"
    r"contextual\s+factors|pre-?referral\s+reflection|group\s+supervision\s+preparation)"
    r"(?:\s+(?:tool|form|please))?[\s.!]*", re.IGNORECASE)
# The tool named, as /new names it.
_NAMED_TOOL = on_first_use(r"(harm)|(houses)|(well-?being)|(success)|(contextual)|(referral)"
                           r"|(supervision)|(mapping)", re.IGNORECASE)
_NEW = ("harm_matrix", "three_houses", "wellbeing", "success", "contextual", "reflection",
        "supervision", "mapping")


def wrong_tool(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Keep back, once, a note that this draft should have been another tool, and say that
    answers are not moved between tools, how to start the other one, and that this draft
    stays saved. Sent again at a written question, it is the answer."""
    key = f"{step.id}:wrong_tool:{zlib.crc32(text.lower().encode())}"  # this same note again
    written = step.kind.widget in ("text", "items")
    if step.kind.widget == "none" or step.spec.voice == "child" \
            or out.draft.pending is not None or key in out.draft.nudged:
        return False
    bare = _TOOL_NAME.fullmatch(text) is not None
    if not bare and not _WRONG_TOOL.fullmatch(text):
        return False
    if not written and step.kind.parse(flow, step, text, numbered=out.numbered)[1] is None:
        return False  # the words of an option
    named = _NAMED_TOOL.search(text)
    tool = _NEW[named.lastindex - 1] if named is not None and named.lastindex else ""
    start = (MSG["wrong_tool_new"].format(tool=tool) if tool and tool != flow.id
             else MSG["wrong_tool_any"])
    if written:
        out.draft.nudged.append(key)
    said = "tool_name_partner" if bare and flow.spec.for_partners \
        else "tool_name" if bare else "wrong_tool"
    out.replies.append(Notice(MSG[said].format(typed=excerpt(text), start=start,
                                               title=flow.title), "info",
                              until_sent_again=written))
    ask(flow, out, step, again=True)
    return True


def lapse_held_notes(draft: Draft) -> bool:
    """Forget the notes of having to stop, or of being called away, kept back so far: one
    sent again long after the first (called away again, hours later) is a new note, not the
    answer insisted on. The conversation calls it when the draft was last changed long ago.
    True when there were any to forget."""
    # (at a child's own words the note's key names the note too, `greeting`: "…:away:123")
    kept = [key for key in draft.nudged if ":stopping:" not in key
            and not key.endswith(":away") and ":away:" not in key]
    lapsed = len(kept) != len(draft.nudged)
    draft.nudged[:] = kept
    return lapsed


def note_while_held(flow: Flow, out: Outcome, step: FlowStep, text: str,
                    nudger: Nudger) -> bool:
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
    ask_about_held(out, step, nudger, flow)
    return True


def is_greeting(text: str) -> bool:
    """Whether a line is only a hello or "where was I?" ("hello?", "hi, sorry, where was I"),
    as typed on coming back to a draft."""
    return _GREETING.fullmatch(_as_note(text)) is not None


def greeting(flow: Flow, out: Outcome, step: FlowStep, text: str, nudger: Nudger) -> bool:
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


def same_words(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(" .!")


def repeated(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
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


@functools.lru_cache(maxsize=1024)  # (the flows' own questions: not read again at each answer)
def _as_pasted(asked: str) -> frozenset[str]:
    """A question's words as a line pasted back is compared with them: the whole question,
    and each of its sentences that asks."""
    return frozenset([same_words(asked).rstrip("?"),
                      *(same_words(sentence).rstrip("?")
                        for sentence in _SENTENCE_END.split(asked)
                        if sentence.rstrip().endswith("?"))])


def question_itself(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Not saved: the question's own words pasted back as its answer (the whole of it, or
    its question sentence), copied from the message instead of the box below it. Saved, it
    was the answer, and the summary read "What's working well? What is going well for this
    child, and who helps make it happen?". A child's own words are kept whatever they are."""
    if step.kind.widget not in ("text", "items") or step.spec.voice == "child" \
            or len(text.split()) < _QUESTION_WORDS:
        return False
    if same_words(text).rstrip("?") not in _as_pasted(step.spec.ask):
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


def yes_alone(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
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


def continues(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
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
    earlier = question_before(flow, d.answers, step.id)
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
