"""Every check the bot runs on a typed answer reads a long run of one mark or word in step
with its length. A message may be 4,096 characters, the checks run on the bot's one event
loop, and a rule that reads a run again from each of its characters holds up everyone's
reply for as long as it takes: runs of hyphens, apostrophes and opening quotation marks did
(0.3 to 3 seconds a message), and so did a run of capitals outside A-Z in the privacy check.
Timed as how the work grows (`tests/growth.py`), not against a clock."""

from __future__ import annotations

import pytest

from flows.engine import Nudger
from flows.nudges import CHECKS, nudger
from tests.growth import LINEAR_AT_MOST, growth

# Marks and pieces of words a pasted separator, a stuck key or a hostile message is made of.
RUNS = ["-", "'", "’", "‘", "“", "”", '"', ".", ",", "!", "?", "(", ")", ":", ";", "/", "*",
        "_", "É", "é", "Ł", "a", "A", "1", " ", "\n", "\t", "- ", "' ", "Aa ", "a'", "a-",
        "—", "…", "🙂", "&", "x.", "Mum ", "Mum, ", "(15) ", "will ", "and ", "said '",
        "'d ", "Mr ", "Dr. ", "St ", "12 ", "£", "#", "@", "<", "\\"]


@pytest.fixture(scope="module")
def nudge() -> Nudger:
    """Every rule compiled before the first is timed: by the worker that runs this file,
    not by every process that collects it. Each answer is read afresh, as a new answer is:
    the nudger keeps the last answer it read for the step's next check, and the timings
    would take a second ask of one answer for the work of reading it."""
    keeping = nudger()

    def afresh(kind: str, text: str) -> str | None:
        keeping("privacy", "")  # (another answer read between)
        return keeping(kind, text)

    return afresh


@pytest.mark.parametrize("check", [*CHECKS, "own_words"])
def test_a_run_of_one_mark_is_read_in_step_with_its_length(check: str, nudge: Nudger) -> None:
    slow = []
    for unit in RUNS:
        def answer(length: int, unit: str = unit) -> object:
            return nudge(check, (unit * (length // len(unit) + 1))[:length])

        grew = growth(answer, 1000)
        if grew >= LINEAR_AT_MOST and growth(answer, 1000) >= LINEAR_AT_MOST:  # not a blip
            slow.append((unit, round(grew, 1)))
    assert slow == []


@pytest.mark.parametrize("said", ["“Dad said “shut up” and hit me”",
                                  "“Mum told me “you are bad” and went out”"])
def test_a_childs_words_quoting_someone_else_are_still_all_theirs(said: str, nudge: Nudger
                                                                  ) -> None:
    # Reading a run of opening marks once must not cut a quote inside the child's own words
    # short: "said" and "told" are theirs, not the writer's around them.
    assert nudge("own_words", said) is None
