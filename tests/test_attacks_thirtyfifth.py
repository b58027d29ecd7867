"""The thirty-fifth round of attacks: input crafted to make the bot slow, and what reaches the
operator's terminal or the bot's files, against the real tools and the real entry points.
Each test of a defect failed on the code as it was."""

from __future__ import annotations

import itertools
import random
import string
from collections.abc import Iterator, Mapping

import pytest

from flows.flow import Flow
from flows.nudges import nudger
from flows.replies import Nudge, Review
from tests.builders import EngineChat
from tests.cases import reach
from tests.growth import ratio

# --- 1. Short forms "written out" by the thousand in earlier answers -------------------------

# Text steps of the mapping asked before its next steps, each taking 4,000 characters.
EARLIER = ("purpose", "house_worries", "house_good", "house_dreams", "harm_happened",
           "worst_harm", "recent_harm", "harm_pattern", "harm_impact")
PROSE = ("Nan walks her to school most days and the teacher saw a bruise on her arm on Monday, "
         "which she said came from falling off her bike at the park near their flat. ")


def written_out_forms(size: int) -> Iterator[str]:
    """Answers of `size` characters, each a run of made-up short forms, every one written out
    ("a ab (AAb) a ac (AAc) ..."), none the same."""
    letters = string.ascii_lowercase
    made = (f"{a} {b}{c} ({a.upper()}{b.upper()}{c}) "
            for a, b, c in itertools.product(letters, repeat=3))
    while True:
        answer = ""
        for form in made:
            if len(answer) + len(form) > size:
                break
            answer += form
        yield answer.strip()


def answered_with(flows: Mapping[str, Flow], answers: Iterator[str]) -> EngineChat:
    chat = reach(flows["mapping"], "next_steps")
    for step_id in EARLIER:
        chat.draft.answers[step_id] = next(answers)
    return chat


def test_thousands_of_short_forms_written_out_before_cost_an_answer_no_more_than_prose(
        flows: Mapping[str, Flow]) -> None:
    """A short form written out once in another answer ("maternal grandmother (MGM)") is
    read as its words at every later answer, so it is not asked about again. Each one found
    was looked for in the new answer by a pattern of its own, built afresh each time once
    there were more than Python keeps: nine answers of made-up short forms, each written
    out (3,000 of them), made every later answer cost about a tenth of a second in the
    thread every practitioner's replies wait on, fifty times what it costs beside answers
    of prose as long. Now an answer costs about the same whatever the earlier ones hold."""
    typed = "MGM to keep an eye on KR and Nan will ring the school on Monday"
    forms = answered_with(flows, written_out_forms(4000))
    prose = answered_with(flows, iter(lambda: (PROSE * 30)[:4000], None))

    def answer(chat: EngineChat) -> None:
        EngineChat(flows["mapping"], chat.draft, nudger=chat.nudger).send(typed)
    assert ratio(lambda: answer(prose), lambda: answer(forms), under=2) <= 2


# --- 2. Long answers kept after a wording reminder, by the dozen ------------------------------

# Pasted notes the wording check asks about ("engaged", "compliant", "volatile"...), which
# the practitioner keeps as they are.
NOTES = ("Mum has engaged well and is compliant with the plan. Dad is volatile and presents "
         "as aggressive when staff visit, and Mum has capacity to safeguard the children. ")
ASKED = "Mum to engage with the family support worker"


def kept_notes(flows: Mapping[str, Flow], answers: int) -> EngineChat:
    """The mapping reached at its next steps, with `answers` of its written answers before
    them long pasted notes, each kept after the wording reminder about it."""
    chat = reach(flows["mapping"], "next_steps")
    written = [s for s in flows["mapping"].steps if s.spec.type in ("text", "list")
               and s.spec.max_length >= 1500 and s.id in chat.draft.answers]
    for step in written[:answers]:
        notes = (NOTES * 40)[:step.spec.max_length]
        chat.draft.answers[step.id] = notes if step.spec.type == "text" else [notes] * 5
        chat.draft.nudged.append(f"{step.id}:plain_language")
    return chat


def reminder_to(chat: EngineChat, typed: str) -> list[str]:
    """The reminders an answer typed at the question `chat` is at brings, the draft left as
    it was."""
    sent = EngineChat(chat.flow, chat.draft, nudger=chat.nudger)
    sent.send(typed)
    return [r.text for r in sent.replies if isinstance(r, Nudge)]


def test_an_answer_costs_the_same_however_many_long_answers_were_kept_before(
        flows: Mapping[str, Flow]) -> None:
    """A reminder asks only about words not kept before: "YOT" kept in who is worried is not
    asked about again in the danger statement drafted from it. To know, every earlier answer
    whose reminder was kept was checked again, whole, at every answer that brought one: with
    a few dozen answers of pasted notes kept as they were, each later answer with a word the
    check asks about took over a second of the one thread every practitioner's replies wait
    on (eleven seconds with every answer of the mapping full). Now the earlier answers most
    likely to hold the words are read first, and no more than two long answers' worth."""
    few, many = kept_notes(flows, 2), kept_notes(flows, 40)
    assert len([n for n in many.draft.nudged if n.endswith(":plain_language")]) >= 20
    assert reminder_to(many, ASKED) == reminder_to(few, ASKED) != []
    assert ratio(lambda: reminder_to(few, ASKED), lambda: reminder_to(many, ASKED),
                 under=2) <= 2


def test_a_short_form_kept_in_an_answer_far_back_is_still_not_asked_about_again(
        flows: Mapping[str, Flow]) -> None:
    """Pasted notes kept as they were in dozens of answers, and "HV" kept in one answer after
    them: a next step naming the HV is not asked about "HV" again, as before."""
    chat = kept_notes(flows, 40)
    typed = "HV to visit KR at home on Monday 14 December"
    assert reminder_to(chat, typed)  # "You wrote "HV". Could you write "health visitor"..."
    last = next(s for s in reversed(chat.flow.steps) if s.id in chat.draft.answers
                and f"{s.id}:plain_language" not in chat.draft.nudged and s.spec.type == "text"
                and s.spec.max_length >= 800 and s.id != "next_steps")
    chat.draft.answers[last.id] = "The HV visits KR every week at home"
    chat.draft.nudged.append(f"{last.id}:plain_language")
    assert not reminder_to(chat, typed)


# --- 3. Thousands of tiny sentences kept as a child's own words -------------------------------


@pytest.mark.parametrize("tiny", ["a." * 2000, "x\n" * 2000, "S. " * 1333],
                         ids=["dots", "lines", "initials"])
def test_a_childs_words_of_thousands_of_tiny_sentences_cost_no_more_than_prose(
        tiny: str) -> None:
    """The wording checks read no more sentences of an answer than any answer people write
    holds: 4,000 characters of one-letter sentences once cost them five times what prose
    does. Not the check of an answer kept as a child's own words (the child's view in their
    Three Houses, what they said), which still read all 2,000: about five times prose, in
    the thread every practitioner's replies wait on, at each such message."""
    nudge = nudger()
    # At most 2.5 times prose: the forty-ninth pass made the checks of prose about a third
    # cheaper, not those of one-letter sentences, so the same work is now 1.7 to 2.0 times
    # prose on this machine (it was 2 at most before); the fault this holds off was 5 times.
    assert ratio(lambda: nudge("own_words", (PROSE * 30)[:4000]),
                 lambda: nudge("own_words", tiny[:4000]), under=2.5) <= 2.5


# --- 4. A list gone back to with /edit, its items long and nearly alike ----------------------


def reopened(flows: Mapping[str, Flow], items: list[str]) -> EngineChat:
    """The mapping's strengths list with `items` (each kept as it was), done, then gone back
    to with /edit: a line sent now may be one of them corrected."""
    chat = reach(flows["mapping"], "strengths")
    for item in items:
        chat.send(item)
        if any(isinstance(r, Nudge) for r in chat.replies):
            chat.command("keep")
    chat.command("done")
    chat.command("review")
    [review] = [r for r in chat.replies if isinstance(r, Review)]
    chat.command("edit", str(next(i.number for i in review.items if i.step_id == "strengths")))
    assert chat.asked == "strengths"
    return chat


def sent_again(chat: EngineChat, line: str) -> EngineChat:
    """`line` sent at the list `chat` is at (kept, if a reminder holds it), the draft left as
    it was."""
    sent = EngineChat(chat.flow, chat.draft, nudger=chat.nudger)
    sent.send(line)
    if any(isinstance(r, Nudge) for r in sent.replies):
        sent.command("keep")
    return sent


def alike(changed: int) -> str:
    """1,300 two-letter words, ten shuffles of the same hundred and thirty, every seventh of
    them "Zz" from the `changed`th on: lines nearly alike, each changed word a capital, as a
    name is."""
    shuffled = random.Random(7)
    words: list[str] = []
    for _ in range(10):
        some = [f"{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(130)]
        shuffled.shuffle(some)
        words += some
    return " ".join("Zz" if i % 7 == changed else w for i, w in enumerate(words))[:4000]


def test_a_long_line_at_a_list_gone_back_to_costs_what_it_does_at_any_list(
        flows: Mapping[str, Flow]) -> None:
    """Back at a list with /edit, a line that is one of its items with a word or two changed
    takes that item's place. To tell, the line was compared with each item word by word, at a
    cost that grows with the square of their lengths: nine items of 4,000 characters, nearly
    alike, and a tenth line like them held the one thread every practitioner's replies wait
    on for seconds. An item that long is compared as it was only where it is written again
    with more after it."""
    items = [alike(n) for n in range(1, 7)]
    ordinary = reopened(flows, [PROSE * k for k in range(1, 7)])
    hostile = reopened(flows, items)
    line = alike(0)
    assert sent_again(hostile, line).draft.answers["strengths"][-1] == line  # added, as any
    assert ratio(lambda: sent_again(ordinary, line), lambda: sent_again(hostile, line),
                 under=2) <= 2


# --- 5. Dictated punctuation looked for across a long run of blank lines or spaces ------------

BLANK_RUNS = {
    "blank lines": "Dad hit mum" + "\n" * 3000 + "then it had to stop",
    "spaces": "Dad hit mum" + " " * 3000 + "then it had to stop",
    "a quote": 'Mum said quote he hit me' + " " * 3000 + "and it went on",
    "a full stop": "Dad hit mum full stop" + " \t" * 1500 + "then it went quiet",
    "rows of dots": "Dad hit mum" + "...\n" * 750 + "then it had to stop",
}


@pytest.mark.parametrize("typed", BLANK_RUNS.values(), ids=BLANK_RUNS.keys())
def test_a_long_run_of_blank_lines_or_spaces_costs_an_answer_no_more_than_prose(
        flows: Mapping[str, Flow], typed: str) -> None:
    """A phone's dictation writes punctuation out as words ("full stop", "new line",
    "quote ... unquote"), so every answer holding such a word is read for them. An answer
    with a run of blank lines or spaces in it (notes pasted from a form, a table's empty
    cells, a row of dots) was read over and over, from each line or mark of the run
    to its end, or once for each way the run could be split: 1,200 blank
    lines and "stop" after them took seconds, 4,000 took over half a minute, and every
    practitioner's reply waited behind it. Now such an answer costs what prose as long does,
    and is taken as sent."""
    chat = reach(flows["reflection"], "what_happened")
    prose = (PROSE * 30)[:len(typed)]

    def answer(text: str) -> EngineChat:
        sent = EngineChat(chat.flow, chat.draft, nudger=chat.nudger)
        sent.send(text)
        return sent
    done = answer(typed).draft  # saved, or held for a reminder ("full stop" as a mark?)
    assert done.answers.get("what_happened", done.pending and done.pending.value) \
        == typed.strip()
    assert ratio(lambda: answer(prose), lambda: answer(typed), under=2) <= 2


# --- 6. A list pasted with a thousand empty bullets ----------------------------------------------


@pytest.mark.parametrize(("pasted", "items"), [
    ("Nan walks her in" + "\n-" * 1500, ["Nan walks her in"]),
    ("N/A\n" * 1500 + "Nan walks her in\nBreakfast club", ["Nan walks her in", "Breakfast club"]),
], ids=["dashes after", "fillers before"])
def test_a_list_pasted_with_a_thousand_empty_lines_keeps_its_items(
        flows: Mapping[str, Flow], pasted: str, items: list[str]) -> None:
    """A list pasted from a form whose empty rows each held a "-" (or "N/A"): the items are
    kept and the empty rows are not, as for a few of them. Each empty row was taken off one
    at a time, the rest read again as if sent anew, so a thousand of them went deeper than
    Python goes: "Sorry, something went wrong", and the items were not saved."""
    chat = reach(flows["mapping"], "strengths")
    chat.send(pasted)
    assert chat.draft.answers["strengths"] == items
