"""The fortieth walk: a hospital social worker's mapping at a discharge planning meeting for a
newborn; a school nurse's Signs of Wellbeing with a 14-year-old, dictated on her phone; a
police officer in a MASH giving a partner's part; a supervising social worker's My Three
Houses; a team manager reading a handed-over draft on Monday; a bilingual worker's Welsh and
Polish words; a practitioner interrupted three times. Each test of a defect failed on the
code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.render import render_text
from flows.replies import Nudge
from flows.summary import build_summary
from tests.builders import EngineChat
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import FLOWS

# --- the hospital social worker: a newborn called "Baby C" on the ward ----------------------


def drafted_statement(who: str, behaviour: str, impact: str) -> str:
    """The danger statement the mapping drafts from these three answers (reminders kept)."""
    chat = reach(FLOWS["mapping"], "danger_who_1")
    for typed in (who, behaviour, impact):
        chat.send(typed)
        if any(isinstance(r, Nudge) for r in chat.replies):
            chat.command("keep")
    return chat.question.suggestion or ""


@pytest.mark.parametrize(("impact", "kept"), [
    ("Baby C could be smothered or dropped, and could die", "changes, Baby C could be"),
    ("Baby Boy K could stop breathing", "changes, Baby Boy K could"),
    ("Baby A could go without feeds", "changes, Baby A could")])
def test_a_newborn_named_baby_and_an_initial_keeps_its_capital(impact: str, kept: str) -> None:
    """A hospital social worker, at the discharge planning meeting for a 3-day-old the ward
    calls "Baby C", answered what could happen "Baby C could be smothered or dropped, or go
    without feeds and care, and could die". The drafted danger statement, for the conference,
    read "If nothing changes, baby C could be smothered ...": the baby's name lowered as if
    it were "the baby". "Baby" before an initial is a name, and keeps its capital now."""
    assert kept in drafted_statement("Midwives and the hospital social worker",
                                     "K using heroin while caring for Baby C", impact)


@pytest.mark.parametrize(("impact", "lowered"), [
    ("Baby could be dropped", "changes, baby could be dropped"),
    ("She could be badly hurt", "changes, she could be badly hurt"),
    ("When K is asleep the baby could go unfed", "changes, when K is asleep")])
def test_other_openings_are_still_lowered(impact: str, lowered: str) -> None:
    assert lowered in drafted_statement("Midwives", "K falling asleep while holding the baby",
                                        impact)


# --- the hospital social worker: a discharge planning meeting is "Something else" -----------


def test_something_else_is_asked_what_it_is_and_the_record_says_it() -> None:
    """Preparing for the discharge planning meeting of a newborn, a hospital social worker
    typed "discharge planning meeting" at "What are you preparing this mapping for?", was told
    it matched none of the options, and picked "Something else": the record at the top of
    her summary, where the chair reads first, said "Meeting: Something else", and nothing
    asked which. Something else is asked what it is now, and the record says it."""
    typed = "Discharge planning meeting on the maternity ward"
    chat = reach(FLOWS["mapping"], "purpose")
    chat.pick("other")
    assert chat.asked == "purpose_other"
    chat.send(typed)
    assert chat.draft.answers["purpose_other"] == typed
    record = render_text(build_summary(FLOWS["mapping"], chat.draft)).split(
        "WHAT ARE WE WORRIED ABOUT?")[0]
    assert typed in record


def test_a_named_meeting_asks_nothing_more() -> None:
    chat = reach(FLOWS["mapping"], "purpose")
    chat.pick("conference")
    assert chat.asked == "meeting_date"


# --- the school nurse: every answer dictated on her phone -----------------------------------


def dictated_then(first_choice: str) -> EngineChat:
    """The school nurse's wellbeing draft: who contributed dictated with its commas spoken,
    the note about it answered with `first_choice`, then the next answer dictated too."""
    chat = reach(FLOWS["wellbeing"], "network")
    chat.send("mum and AB comma head of year comma dad not spoken to yet")
    assert "network" not in chat.draft.answers  # the note about dictated punctuation
    chat.command(first_choice)
    assert chat.asked == "next_review"
    chat.send("on 8 January comma at the team around the child meeting")
    return chat


def test_punctuation_dictated_once_taken_as_marks_is_taken_so_after_that() -> None:
    """A school nurse dictating on her phone said "comma" as she spoke each answer. At the
    first, she was shown her answer with commas and sent /use; at the next, and the next,
    the same note came again, and each time she had to send /use before the question after
    it. Once she has taken her dictated punctuation as marks, later answers are saved with
    it as marks, said in one line."""
    chat = dictated_then("accept")
    assert chat.draft.answers["network"] == "mum and AB, head of year, dad not spoken to yet"
    assert chat.draft.answers["next_review"] == "on 8 January, at the team around the child meeting"
    assert any("as marks" in said for said in chat.notices())
    assert chat.asked == "house_worries"


def test_punctuation_kept_as_words_is_still_asked_about_next_time() -> None:
    chat = dictated_then("keep")
    assert "next_review" not in chat.draft.answers
    assert chat.draft.pending is not None
