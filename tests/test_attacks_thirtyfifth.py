"""The thirty-fifth round of attacks: input crafted to make the bot slow, and what reaches the
operator's terminal or the bot's files, against the real tools and the real entry points.
Each test of a defect failed on the code as it was."""

from __future__ import annotations

import itertools
import string
from collections.abc import Iterator, Mapping

from flows.engine import Nudge
from flows.flow import Flow
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
    assert ratio(lambda: answer(prose), lambda: answer(forms)) <= 2


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
    assert ratio(lambda: reminder_to(few, ASKED), lambda: reminder_to(many, ASKED)) <= 2


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
