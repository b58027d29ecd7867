"""The fifty-fourth pass read again after its merges: where two branches' changes meet.
Each test of a defect failed on the merged code."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.replies import Notice, Nudge
from tests.test_attacks_fiftyfourth import said
from tests.test_attacks_fiftythird import a_terminal_draft
from tests.test_attacks_thirteenth import run_closed
from tests.test_walk_thirtyfirst import sent_at

# --- how sure, in brackets, beside a number and its reason ---------------------------------


@pytest.mark.parametrize(("typed", "why"), [
    ("4 (ish) because dad stopped drinking", "because dad stopped drinking"),
    ("4 (I think) because dad stopped drinking", "because dad stopped drinking"),
    ("four (ish) because dad stopped drinking", "because dad stopped drinking"),
    ("5 (maybe) - nan has the children every weekend", "nan has the children every weekend"),
    ("6 (approx), nan has the children every weekend", "nan has the children every weekend")])
def test_how_sure_in_brackets_stays_out_of_the_reason_typed_after_it(typed: str,
                                                                    why: str) -> None:
    """A social worker answered the safety scale "4 (ish) because dad stopped drinking". "4
    (ish)" alone is 4 (this pass), and "4ish because ..." keeps "because ..." as why; with
    the reason after the brackets, "(ish) because dad stopped drinking" was saved as why
    she chose 4 and printed so in her summary. How sure she is stays out of the reason."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert chat.draft.answers["safety_scale"] == {"4": 4, "f": 4, "5": 5, "6": 6}[typed[0]]
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice | Nudge))
    assert not [sure for sure in ("(ish)", "(I think)", "(maybe)", "(approx)")
                if sure in said], said
    assert f'"{why}"' in said, said
    assert chat.draft.answers.get("safety_scale_why", why) == why


def test_a_reason_in_brackets_before_more_words_is_still_the_reason() -> None:
    """Words in brackets that say why, with more after them, stay the reason whole."""
    chat = sent_at("mapping", "safety_scale", "4 (dad has not hit anyone) and nan visits daily")
    assert chat.draft.answers["safety_scale"] == 4
    assert chat.draft.answers["safety_scale_why"] == \
        "(dad has not hit anyone) and nan visits daily"


# --- `sosbot export -o case.pdf`: a document the export cannot write ----------------------


@pytest.mark.parametrize(("name", "given"), [("kb-1.pdf", ()), ("KB-1.PDF", ()),
                                             ("kb-1.odt", ()),
                                             ("kb-1.pdf", ("--format", "docx"))])
def test_an_export_to_a_document_it_cannot_write_is_refused(
        tmp_path: Path, name: str, given: tuple[str, ...]) -> None:
    """This pass, `sosbot export KB-1 -o kb-1.docx` came to write a Word document, as its
    name asks. A social worker who wanted a PDF for the conference ran `-o kb-1.pdf`: it
    said "Wrote kb-1.pdf", and the file was plain text under a PDF name, which her PDF
    reader refused as damaged (and an .odt the same). A name ending as a document the
    export cannot make, which no reader opens as text, is refused in one line naming the
    endings it can write, and nothing is written."""
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, "", "export", "KB-1", "--db", str(db), "-o", name, *given)
    ending = name[name.rindex("."):]
    assert said(result) == [
        f"sosbot: -o {name} ends in {ending}, a kind of document export cannot write; give "
        "a name ending in .docx (a Word document), .html (a web page) or .txt (plain text). "
        "Nothing was written."]
    assert result.returncode == 2
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("name", ["kb-1.notes", "kb-1", "kb-1.md", "kb-1.doc", "kb-1.rtf"])
def test_an_export_to_a_name_of_no_document_kind_is_still_text(tmp_path: Path,
                                                                 name: str) -> None:
    """A name that says no kind of document is written as text, as before; so is one
    (.doc, .rtf) that Word opens as text when it holds text."""
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, "", "export", "KB-1", "--db", str(db), "-o", name)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).read_bytes().startswith(b"PRE-REFERRAL REFLECTION")


# --- a child's words naming the school's wellbeing room --------------------------------------


@pytest.mark.parametrize("typed", ["I like going to the wellbeing room at lunch",
                                   "the wellbeing lady at school is nice to me",
                                   "I go to wellbeing club on fridays with my friend",
                                   "I talk to Miss K in the Wellbeing Hub"])
def test_a_childs_words_naming_the_schools_wellbeing_room_are_kept(typed: str) -> None:
    """A school's room, club or staff named "wellbeing" are what its children call them:
    "I like going to the wellbeing room at lunch" is a child's words. This pass a child's
    "wellbeing" was taken for a worker's word (as in "I get anxious about mum's wellbeing"),
    and a worker typing what the child said was asked to send the words the child used."""
    chat = sent_at("mapping", "house_good", typed)
    assert [r.text for r in chat.replies if isinstance(r, Nudge)] == []
    assert chat.draft.answers["house_good"] == [typed]


def test_a_childs_wellbeing_said_of_someone_is_still_asked_about() -> None:
    chat = sent_at("mapping", "house_worries", "I get anxious about mum's wellbeing")
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert nudge.startswith('"wellbeing" reads as a worker\'s words'), nudge


# --- the child by two initials, at what the harm has done to them -------------------------


@pytest.mark.parametrize(("flow", "step", "typed"), [
    ("harm_matrix", "harm_impact_1", "Dad hit JT with a belt"),
    ("harm_matrix", "harm_worst_1", "Mum's partner hit LM (6) across the face"),
    ("harm_matrix", "harm_impact_1", "mum got a call from school about JT's bruises"),
    ("mapping", "worst_harm", "Mum left KB alone overnight in the flat")])
def test_the_child_named_by_two_initials_is_the_child(flow: str, step: str,
                                                      typed: str) -> None:
    """The tools ask for initials, and a child is most often written as two: "JT", "LM
    (6)". This pass's check at what the harm has done to the child reads an answer that
    tells only of an adult, nothing in it the child, and asks what it did to the child; it
    took a single initial ("T") for the child, but not two, so "Dad hit JT with a belt" was
    told it said only what the adult does."""
    chat = sent_at(flow, step, typed)
    assert [r.text for r in chat.replies if isinstance(r, Nudge)] == []
    assert chat.draft.answers[step] == typed


@pytest.mark.parametrize("typed", ["Dad drinks and there is DV at home",
                                   "Mum's MH has got worse since the summer", "Dad drinks"])
def test_an_adult_alone_with_a_short_form_is_still_asked(typed: str) -> None:
    """Short forms of the work ("DV", "MH") are not a child: still asked."""
    chat = sent_at("harm_matrix", "harm_impact_1", typed)
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert nudge.kind == "what_it_did_to_the_child"
