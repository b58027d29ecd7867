"""The thirty-third walk: a health visitor preparing for an initial child protection
conference on the mapping, interrupted twice and back hours later (/resume, a second draft
for a sibling, /review, /edit, the summary pasted into a report); a school's designated
safeguarding lead reflecting before a referral; a social worker using My Three Houses with
a 7-year-old, typing the child's words as said. Each test of a defect failed on the code as
it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import replace

import docx
import pytest
from builders import EngineChat

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from bot.exporting import exporter_for
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.render import render_text
from flows.replies import Nudge
from flows.summary import build_summary
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import sent_at

FLOWS = load_flows()


def summary_text(chat: EngineChat, flow_id: str) -> str:
    """The summary as pasted into a report, every question left skipped to the end."""
    while chat.draft.status == "in_progress" and chat.asked:
        chat.command("skip")
    return render_text(build_summary(FLOWS[flow_id], chat.draft))


# --- a parent's number and why --------------------------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "number", "why"), [
    ("mapping", "safety_scale_parent_1", "6, mum says R is staying away more", 6,
     "mum says R is staying away more"),
    ("mapping", "safety_scale_parent_2", "3 - dad thinks the school is making it up", 3,
     "dad thinks the school is making it up"),
    ("mapping", "safety_scale_parent_1", "7 she is sure he won't come back", 7,
     "she is sure he won't come back"),
    ("contextual", "safety_scale_young_person", "5, because he feels safer at home now", 5,
     "because he feels safer at home now")])
def test_a_parents_number_with_their_reason_keeps_both(
        flow_id: str, step_id: str, typed: str, number: int, why: str) -> None:
    """The health visitor sent mum's number as mum gave it: "6, mum says R is staying away
    more". It was refused ("Here I can keep only the number, so your words were not
    saved"), though her own "4, R has moved out" kept its reason. Both are kept, and the
    summary shows the reason beside mum's number."""
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == number
    assert chat.draft.answers[f"{step_id}_why"] == why
    assert f'I\'ve saved {number} as the number for "' in chat.notices()[0]
    assert chat.asked != step_id
    who = FLOWS[flow_id].step(step_id).title
    assert f"{who}: {number} ({why})" in summary_text(chat, flow_id)


async def test_a_parents_reason_is_stored_reviewed_and_exported(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """Mum's number and her reason, saved, read back after a restart: /review lists them
    together, and the text, web page and Word exports print the reason beside her number."""
    chat = reach(FLOWS["mapping"], "safety_scale")
    chat.send("3, mum has asked R to leave but he has a key")
    chat.send("6, mum says R is staying away more")
    draft = replace(chat.draft, user_id=CONSOLE_USER, label="HV-KR1")
    await store.save(draft, draft.answers, new=True)
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("/resume HV-KR1", "/review")).run(None)
    view = "Parent or carer the child lives with: 6 (mum says R is staying away more)"
    assert f"64. {view}" in out.getvalue()
    files = dict(await exporter_for(talk)(CONSOLE_USER))
    assert view in next(data.decode() for name, data in files.items() if name.endswith(".txt"))
    assert "<td dir=\"auto\">mum says R is staying away more</td>" in next(
        data.decode() for name, data in files.items() if name.endswith(".html"))
    word = docx.Document(io.BytesIO(next(data for name, data in files.items()
                                         if name.endswith(".docx"))))
    assert view in [p.text for p in word.paragraphs]


def test_a_parents_reason_is_in_the_review_and_goes_with_a_new_number() -> None:
    """/review lists mum's number with her reason; changed with /edit to a number alone,
    the reason given for the old number is taken out, and the reply says so."""
    chat = sent_at("mapping", "safety_scale_parent_1", "6, mum says R is staying away more")
    chat.command("review")
    listed = chat.replies[-1]
    item = next(i for i in listed.items if i.step_id == "safety_scale_parent_1")
    assert item.answer.endswith("(mum says R is staying away more)")
    chat.command("edit", str(item.number))
    chat.send("5")
    assert chat.draft.answers["safety_scale_parent_1"] == 5
    assert "safety_scale_parent_1_why" not in chat.draft.answers
    assert '"mum says R is staying away more", is taken out' in " ".join(chat.notices())
    chat.command("edit", str(item.number))
    chat.send("4, she has had a letter from R's solicitor")
    assert chat.draft.answers["safety_scale_parent_1_why"] == \
        "she has had a letter from R's solicitor"
    assert "taken out" not in " ".join(chat.notices())
    assert "mum says" not in summary_text(chat, "mapping")


def test_a_parents_reason_sent_after_their_number_is_kept_when_sent_again() -> None:
    """Mum's 6, then her reason as the next message: it was refused at dad's number
    ("Please send one whole number from 0 to 10"), with no way to keep it. It is asked
    about once, since it may be dad's view; sent again, it is kept beside mum's 6."""
    chat = sent_at("mapping", "safety_scale_parent_1", "6")
    chat.send("mum says R is staying away more")
    assert 'If it is why "Parent or carer the child lives with" gave 6, send it again' in \
        chat.notices()[0]
    assert "safety_scale_parent_1_why" not in chat.draft.answers
    chat.send("mum says R is staying away more")
    assert chat.draft.answers["safety_scale_parent_1_why"] == "mum says R is staying away more"
    assert chat.asked == "safety_scale_parent_2"
    chat.send("2")
    assert chat.draft.answers["safety_scale_parent_2"] == 2
    assert chat.draft.answers["safety_scale_parent_1"] == 6


@pytest.mark.parametrize("typed", ["4 mum said", "5 dad reckons"])
def test_the_childs_number_then_who_else_gave_it_is_still_refused(typed: str) -> None:
    chat = sent_at("contextual", "safety_scale_young_person", typed)
    assert "safety_scale_young_person" not in chat.draft.answers


def test_a_skipped_number_is_named_once_in_the_summary() -> None:
    """Dad's number skipped read twice in the summary: "No number yet from: Other parent or
    carer" at the top, and "Other parent or carer: not given" under the scale."""
    chat = sent_at("mapping", "safety_scale_parent_1", "6")
    chat.command("skip")
    text = summary_text(chat, "mapping")
    assert "No number yet from: Other parent or carer" in text
    assert "not given" not in text.split("SCALING")[1]
    assert text.count("Other parent or carer") == 1


# --- two lines pasted at a list ---------------------------------------------------------------


def test_two_long_lines_pasted_at_a_list_are_two_items() -> None:
    """Two strengths pasted from her notes, each a line of its own without a full stop,
    were kept as one item, and nothing said so."""
    chat = sent_at("mapping", "strengths",
                   "Mum walks both children to school every day and waits at the gate\n"
                   "Nan has them every Saturday and takes them swimming at the leisure centre")
    assert chat.draft.answers["strengths"] == [
        "Mum walks both children to school every day and waits at the gate",
        "Nan has them every Saturday and takes them swimming at the leisure centre"]


@pytest.mark.parametrize("prose", [
    "Mum has been going to the parenting group at the Family\nCentre every week since June",
    "Mum told me on the phone yesterday that she takes\nKai to school every day",
    "Mum and Dad both attended the core group meeting on Tuesday\nThey engaged well"])
def test_lines_kept_as_one_item_say_so(prose: str) -> None:
    """A sentence run over two lines stays one item, and the reply says how to make it
    two."""
    chat = sent_at("mapping", "strengths", prose)
    if chat.draft.pending is not None:  # a wording reminder about it: kept
        chat.command("keep")
    assert chat.draft.answers["strengths"] == [prose]
    assert "I've kept your 2 lines as one item (item 1)" in " ".join(chat.notices())
    assert "send -1 to take it out" in " ".join(chat.notices())


# --- someone else's number at your own ------------------------------------------------------


@pytest.mark.parametrize(("typed", "who"), [("4 mum said", "mum"), ("mum said 4", "mum"),
                                            ("5 dad reckons", "dad"),
                                            ("his nan gave it a 6", "his nan")])
def test_someone_elses_number_at_your_own_is_not_offered_back(typed: str, who: str) -> None:
    """At her own overall number, "4 mum said" was answered "Here I can keep only the
    number ... Send 4 if that's right": mum's number offered back as the health
    visitor's."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert "safety_scale" not in chat.draft.answers
    said = " ".join(chat.notices())
    assert "if that's right" not in said
    assert f"It reads as the number {who} gave, and this question is for your own" in said
    assert "the numbers other people gave have their own place after it" in said


@pytest.mark.parametrize(("typed", "number"), [("I'd say 4", 4), ("i think 5", 5),
                                               ("4, mum is trying", 4)])
def test_your_own_number_said_as_yours_is_taken(typed: str, number: int) -> None:
    chat = sent_at("reflection", "worry_scale", typed)
    assert chat.draft.answers["worry_scale"] == number


def test_at_the_dsls_number_mums_number_goes_in_why() -> None:
    chat = sent_at("reflection", "worry_scale", "mum said 4")
    assert "worry_scale" not in chat.draft.answers
    assert "what other people said can go in why you chose it" in chat.notices()[0]


# --- the drawing described again ------------------------------------------------------------


def test_a_drawing_described_again_after_the_reminder_is_not_the_childs_words() -> None:
    """Told that "she drew a big black cloud over mummy's house" is the drawing in her
    words, the social worker sent "a big black cloud over mummy's house": it was saved as
    the child's words, in quotation marks in the summary. It is not saved, nor is the line
    before; the child's words sent next are."""
    chat = sent_at("three_houses", "house_worries",
                   "she drew a big black cloud over mummy's house")
    assert chat.draft.pending is not None
    chat.send("a big black cloud over mummy's house")
    assert "house_worries" not in chat.draft.answers
    assert "is still what the child drew, described in your words" in chat.notices()[0]
    chat.send("mummy shouts at night and i hide")
    chat.send("done")
    assert chat.draft.answers["house_worries"] == ["mummy shouts at night and i hide"]


def test_the_childs_words_quoted_in_a_drawing_are_kept() -> None:
    chat = sent_at("three_houses", "house_worries",
                   'she drew a cloud and wrote "go away daddy" under it')
    chat.send("go away daddy")
    chat.send("done")
    assert chat.draft.answers["house_worries"] == ["go away daddy"]


# --- a label typed again with a space for its hyphen ------------------------------------------


@pytest.mark.parametrize("typed", ["fam kr", "FAMKR", "Fam KR"])
async def test_a_new_draft_labelled_as_one_reads_opens_it(
        store: Store, flows: Mapping[str, Flow], typed: str) -> None:
    """"fam kr" typed as the label of a new draft beside "Fam-KR" started a second draft
    of the same tool, and /drafts listed "Fam-KR" and "fam kr", one with the answers; it
    opens "Fam-KR", as "/resume fam kr" does."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    await Console(talk, out=io.StringIO(), read=typed_then_end(
        "Fam-KR", "1", "no", "MP senior practitioner", "/quit")).run("success")
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end(
        "/new success", typed, "/quit")).run(None)
    assert 'You already have an unfinished Signs of Success called "Fam-KR"' in out.getvalue()
    assert [d.label for d in await talk.drafts(CONSOLE_USER)] == ["Fam-KR"]


async def test_another_label_still_starts_another_draft(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    for label in ("Fam-KR", "Fam-KR2"):
        await Console(talk, out=io.StringIO(), read=typed_then_end(
            "/new success", label, "/quit")).run(None)
    assert sorted(d.label for d in await talk.drafts(CONSOLE_USER)) == ["Fam-KR", "Fam-KR2"]


# --- the health visitor's clinics -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["sorry baby clinic starting now", "off to baby clinic",
                                   "sorry 8 week check now", "i have a home visit at 2pm",
                                   "new birth visit in 10 mins",
                                   "sorry got to go, 8 week check is here"])
def test_a_health_visitors_note_that_clinic_is_starting_is_not_saved(typed: str) -> None:
    """"sorry baby clinic starting now" was saved as the most recent time harm happened,
    though "sorry clinic now" was kept back."""
    chat = sent_at("mapping", "recent_harm", typed)
    assert "recent_harm" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]


def test_answers_about_baby_clinic_are_saved() -> None:
    chat = sent_at("mapping", "recent_harm", "mum missed baby clinic on 2 dec after R hit her")
    assert chat.draft.answers["recent_harm"] == "mum missed baby clinic on 2 dec after R hit her"


# --- how the family sees it -------------------------------------------------------------------


@pytest.mark.parametrize("flow_id", ["mapping", "wellbeing"])
def test_what_the_family_says_is_their_view_not_your_label(flow_id: str) -> None:
    """At "Does the family see this worry differently? Note what they say", "mum says R is
    a good dad and it was an accident" was asked "What did the person do or say that gave
    you that picture?": it is what mum said, as asked."""
    typed = "mum says R is a good dad and it was an accident"
    chat = sent_at(flow_id, "family_view_1", typed)
    assert chat.draft.answers["family_view_1"] == typed
    assert chat.draft.pending is None


def test_a_label_of_your_own_in_the_familys_view_is_still_asked_about() -> None:
    chat = sent_at("mapping", "family_view_1", "R is a good dad, mum disputes the DV")
    assert chat.draft.pending is not None
    assert "family_view_1" not in chat.draft.answers


# --- the danger statement drafted ------------------------------------------------------------


@pytest.mark.parametrize(("who", "opens"), [
    ("health visitor, GP and social worker",
     "The health visitor, the GP and the social worker are worried that R grabs"),
    ("health visitor and GP", "The health visitor and the GP are worried that R grabs"),
    ("mum and dad", "Mum and dad are worried that R grabs")])
def test_each_service_in_who_is_worried_takes_the(who: str, opens: str) -> None:
    """The drafted statement read "The health visitor, the GP and social worker are
    worried ...": the last service, after "and", had no "the"."""
    chat = sent_at("mapping", "danger_who_1", who)
    chat.send("R grabs KR's face and shouts at mum when he has been drinking")
    chat.send("KR could be seriously hurt")
    assert chat.asked == "danger_statement_1"
    assert str(chat.question.suggestion).startswith(opens)


# --- a short form written out once ------------------------------------------------------------


def test_a_short_form_written_out_once_is_not_asked_about_again() -> None:
    """Asked to write "MGM" out once ("Once in full is enough, with "MGM" after it in
    brackets"), the health visitor wrote "maternal grandmother (MGM) has KR every saturday".
    "MGM" was still asked about at each answer after it: the safety, the network, the
    first sign."""
    chat = sent_at("mapping", "strengths", "maternal grandmother (MGM) has KR every saturday")
    chat.send("done")
    chat.send("on 2 dec mum took KR to MGM's when R came home drunk and stayed the night")
    assert chat.draft.pending is None
    chat.send("done")
    chat.send("MGM: will have mum and KR to stay if R comes home drunk, any time day or night")
    assert chat.draft.pending is None
    assert len(chat.draft.answers["trusted_adults"]) == 1


def test_a_short_form_not_written_out_is_still_asked_about() -> None:
    chat = sent_at("mapping", "existing_safety",
                   "on 2 dec mum took KR to MGM's when R came home drunk and stayed the night")
    assert chat.draft.pending is not None


def test_a_note_of_stopping_while_a_reminder_holds_the_answer_is_not_an_answer() -> None:
    """The reminder held "2 dec DV incident at home, KR present"; the health visitor typed
    "sorry baby clinic starting now" and was asked whether it was her new answer or the
    next question's; back hours later, "back from clinic, where was i" was refused: "First,
    please tell me where your line before it goes". Each is said to be a note, the reminder
    is shown again, and her rewrite is saved."""
    chat = sent_at("mapping", "recent_harm", "2 dec DV incident at home, KR present")
    chat.send("sorry baby clinic starting now")
    assert "reads as a note that you have to stop" in chat.notices()[0]
    assert chat.draft.pending is not None
    assert chat.draft.pending.value == "2 dec DV incident at home, KR present"
    chat.send("back from clinic, where was i")
    assert chat.notices()[0].startswith("Hello again")
    chat.send("2 dec R hit mum in front of KR at home")
    assert chat.draft.answers["recent_harm"] == "2 dec R hit mum in front of KR at home"
    assert chat.asked == "harm_pattern"


def test_back_while_asked_where_a_line_goes_shows_that_question_again() -> None:
    chat = sent_at("mapping", "recent_harm", "2 dec DV incident at home, KR present")
    chat.send("since sept most nights")
    chat.send("back from clinic, where was i")
    assert "First, please tell me" not in " ".join(chat.notices())
    assert chat.draft.pending is not None
    assert chat.draft.pending.value == "since sept most nights"


@pytest.mark.parametrize("typed", ["she didn't want to say", "she didnt want to say anything",
                                   "he didn't want to tell me"])
def test_a_note_that_the_child_would_not_say_is_not_their_words(typed: str) -> None:
    """"she didn't want to say", typed at the house of worries, was kept as the child's
    words, and the summary quoted it as what she said; "he wouldn't say" was asked about."""
    chat = sent_at("three_houses", "house_worries", typed)
    assert chat.draft.pending is not None
    assert "house_worries" not in chat.draft.answers


def test_a_child_who_says_they_dont_want_to_say_is_quoted() -> None:
    chat = sent_at("three_houses", "house_worries", "I dont want to say")
    assert chat.draft.answers["house_worries"] == ["I dont want to say"]


# --- the school's safeguarding lead's reflection ------------------------------------------------


def test_dsl_in_a_next_step_is_asked_about_in_the_tense_of_a_step() -> None:
    """"DSL to phone the front door this morning" at what needs to happen next was asked to
    "say what they did", a question of the past for a step still to come."""
    chat = sent_at("reflection", "needs_to_happen",
                   "DSL to phone the front door this morning and keep AM in school")
    asked = next(r.text for r in chat.replies if isinstance(r, Nudge))
    assert "say what they did" not in asked
    assert 'write "the school\'s safeguarding lead" in full' in asked


def test_next_steps_in_the_terminal_summary_sit_under_their_heading() -> None:
    """In `sosbot chat`'s summary the next steps sat two spaces further in than any other
    list, under no title of their own, and read as part of the answer above when pasted."""
    chat = sent_at("mapping", "next_steps", "the health visitor will visit weekly until 16 dec")
    chat.send("done")
    text = render_text(build_summary(FLOWS["mapping"], chat.draft))
    assert "\n  Next steps\n    - the health visitor will visit weekly until 16 dec\n" in text
