"""The thirty-fifth round of attacks: input crafted to make the bot slow, and what reaches the
operator's terminal or the bot's files, against the real tools and the real entry points.
Each test of a defect failed on the code as it was."""

from __future__ import annotations

import itertools
import string
from collections.abc import Iterator, Mapping

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
