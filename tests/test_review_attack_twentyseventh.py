"""A fresh-eyes review of the twenty-seventh round of attacks (bot/turns.py, bot/flood.py, the
wording checks reading part of an answer): what it missed, each pinned by a test that failed
on the code as it was."""

from __future__ import annotations

import pytest

from flows.nudges import nudger
from flows.schema import StepSpec
from tests.growth import ratio

MAX_LENGTH = StepSpec.model_fields["max_length"].default  # what one answer may hold

# A practitioner pasting a case chronology: a line per contact, each with its date and time.
# A point in a date ("12.03.24"), a time ("2.30pm", "9.15 a.m.") or a title ("Dr.") is no end
# of a sentence to anyone reading it.
DATED_LINE = "{d:02d}.03.24 2.30pm school rang at 9.15 a.m. about attendance."
SHORT_LINE = "{d:02d}/03 HV, mum seen."


def _chronology(line: str, lines: int, at: int, said: str) -> str:
    rows = [line.format(d=n % 28 + 1) for n in range(lines)]
    rows[at] = said
    text = "\n".join(rows)
    assert len(text) <= MAX_LENGTH, "one answer, as a practitioner may send it"
    return text


@pytest.mark.parametrize(("text", "term"), [
    (_chronology(DATED_LINE, 60, 40, "12.04.24 3.15pm mum displayed disguised compliance."),
     "disguised compliance"),
    (_chronology(SHORT_LINE, 200, 180, "02/05 non-compliant."), "non-compliant"),
], ids=["sixty-dated-lines", "two-hundred-short-lines"])
def test_a_pasted_chronology_is_read_for_wording_to_its_last_line(text: str, term: str) -> None:
    """A social worker pasted a chronology: sixty dated lines, or two hundred short ones. The
    wording checks read only its first 120 "sentences", counting every point in "12.03.24",
    "2.30pm" and "a.m." as the end of one: "disguised compliance" on line 41 (or
    "non-compliant" on line 181) went unasked about, and nothing told them only part was
    read. Now an answer is read to its end unless its sentences are shorter than any people
    write (a few characters each, the shape of the flood the limit is for)."""
    assert term in (nudger()("plain_language", text) or "")


@pytest.mark.parametrize("tiny", ["ab." * 1300, "ab\n" * 1300, "a. " * 1300],
                         ids=["dots", "lines", "spaced"])
def test_near_variants_of_a_flood_of_tiny_sentences_cost_no_more_than_prose(tiny: str) -> None:
    """The limit still holds for shapes near the ones it was made for: two-letter sentences,
    and sentences with a space after each point."""
    prose = ("Nan walks her to school most days and the teacher saw a bruise on her arm on "
             "Monday, which she said came from falling off her bike at the park. ") * 40
    nudge = nudger()
    assert ratio(lambda: nudge("plain_language", prose[:4000]),
                 lambda: nudge("plain_language", tiny), under=2) <= 2
