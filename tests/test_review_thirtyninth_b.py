"""Where the five branches of the thirty-ninth pass (held39, attack39, ops39, review39,
wording39) met: each test of a defect failed on the merged code as it was, met through the
real parts (the real engine, nudger and shipped flow files; the real Application over SQLite
files in tmp_path)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.builders import build_flow, section, text
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join
from tests.test_held_thirtyninth import the_tool_updated_under_sams_held_lines
from tests.test_leftovers_thirtyeighth import _versions
from tests.test_leftovers_thirtyeighth_c import HELD, SECOND, THIRD, removes_sam
from tests.test_review_language_twentyninth import asked, reply_to
from tests.test_telegram_handlers import refusing
from tests.test_telegram_handlers import running as running_team
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import read

# --- a person's initials in a record: whose views are missing, how the child was heard --------

# review39 read "MP" beside what a person says or feels as a person's initials, written as the
# bot asks; wording39's new check of short forms in a record asked "Could you write out what
# MP stands for?" of the same initials there, where people are what the answer names.
INITIALS_IN_A_RECORD = [
    ("views_missing", "MP's views are missing, she was at nursery"),
    ("views_missing", "MP - not seen yet"),
    ("views_missing", "Dad (MP) has not been seen yet"),
    ("child_view_how", "Not seen - MP was off sick"),
    ("child_view_how", "By me at home, MP sat on mum's knee and pointed at the pictures"),
]


@pytest.mark.parametrize(("step_id", "line"), INITIALS_IN_A_RECORD)
def test_initials_like_a_listed_short_form_are_a_person_in_a_record(step_id: str,
                                                                  line: str) -> None:
    """At "Whose views are not in here yet, and why?" a social worker wrote "MP's views are
    missing", MP being the child's initials (initials are what the bot asks for), and was
    asked "Could you write out what MP stands for?", as "JB's views are missing" never is.
    Two capitals in a record are read as initials, as the word list reads any two capitals;
    a listed role's short form ("HV", "SW") is still asked to be written out."""
    assert asked("mapping", step_id, line) is None


@pytest.mark.parametrize(("step_id", "line", "short"), [
    ("views_missing", "NP and HV views outstanding, IRD pending", "HV"),
    ("views_missing", "Mum's MH worker has not replied", "MH"),
    ("child_view_how", "SW saw K at school with the SENCO, 3 Dec", "SW"),
])
def test_a_roles_short_form_in_a_record_is_still_asked_about(step_id: str, line: str,
                                                             short: str) -> None:
    assert f'"{short}' in reply_to("mapping", step_id, line)


@pytest.mark.parametrize("line", ["JB is 4 months old", "MP is 4 months old.",
                                  "AJ is only 6 weeks old"])
def test_a_child_named_by_two_initials_and_only_their_age_is_asked_how_heard(
        line: str) -> None:
    """"J is 4 months old" alone at how the child's view was heard is asked how the view
    was gathered (wording39); "JB is 4 months old", the initials the bot asks for, was let
    through (and "MP is 4 months old" asked what MP stands for)."""
    assert "still has a view" in reply_to("mapping", "child_view_how", line)


# --- a leaver's held lines at a question the updated tool no longer asks -----------------------


async def test_a_leavers_held_lines_at_a_question_taken_out_are_not_said_still_to_answer(
        tmp_path: Path) -> None:
    """Sam's answer in TB-7 and two lines under it waited for his choice of where they go;
    the tool was updated (that question taken out) and the bot restarted; his manager then
    removed him, handing his drafts to Priya. Priya was told the answer "was waiting for
    their choice about a note ... that question is still to answer, and perhaps the ones
    after it" (ops39), of a question the tool no longer asks: /handover lets such lines go
    as the tool now stands (held39). She is told nothing of a question to answer now, and
    the admin still that they were let go; none of their words either way."""
    async with the_tool_updated_under_sams_held_lines(tmp_path) as bot:
        admin = await removes_sam(bot)
        told = read(bot, PRIYA)
        assert "TB-7" in told
        assert "still to answer" not in told, told
        assert "waiting for their choice" not in told, told
        for typed in (HELD, SECOND, THIRD):
            assert typed[:12] not in told
            assert typed[:12] not in admin
        theirs = await bot.conversation.drafts(PRIYA)
        draft = await bot.conversation.load(PRIYA, theirs[0].id)
        assert draft is not None
        assert draft.pending is None


async def test_a_leavers_answer_still_held_is_still_told_to_the_colleague(
        tmp_path: Path) -> None:
    """Guard: held at a question the tool still asks, Priya is told it is still to answer."""
    before, _ = _versions(tmp_path, text("could"))
    async with running_team(tmp_path, {before.id: before}) as bot:
        await sam_and_priya_join(bot)
        for line in (f"/new {before.id}", "TB-7", HELD, SECOND):
            await bot.say(line, SAM)
        await removes_sam(bot)
        assert "that question is still to answer" in read(bot, PRIYA)


# --- "as above" with a date, at a question asking only when ------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id"), [
    ("mapping", "meeting_date"), ("mapping", "next_review"), ("wellbeing", "next_review"),
    ("wellbeing", "meeting_date"), ("supervision", "meeting_date")])
@pytest.mark.parametrize("line", ["28/11 as above", "Tues 28th Nov - see above"])
def test_a_date_with_as_above_answers_a_question_asking_only_when(
        flow_id: str, step_id: str, line: str) -> None:
    """At "When is the meeting?" a social worker typed "28/11 as above" (the date said again
    after the worries that named it) and was told it "points to another answer ... Could you
    write it out": a date with "as above" is now read as a pointer (wording39), but asked
    only when, the date is all the answer there is. It is kept."""
    assert asked(flow_id, step_id, line) is None


@pytest.mark.parametrize(("flow_id", "step_id"), [
    ("mapping", "recent_harm"), ("three_houses", "session_when")])
def test_a_date_with_as_above_still_asked_where_more_than_when_is_asked(
        flow_id: str, step_id: str) -> None:
    """Guard: "When was the most recent time, and what happened?", "When and where ...?"."""
    assert "points to another answer" in reply_to(flow_id, step_id, "28/11 as above")


# --- whose views are missing, asked in the wellbeing tool too ----------------------------------


def test_short_forms_in_the_wellbeing_tools_whose_views_are_missing_are_asked_about() -> None:
    """wording39 asked about short forms at "Whose views are not in here yet, and why?" in
    the mapping, contextual and success tools; the wellbeing tool asks it as "Who has
    contributed to this, and whose views are still missing?", and "NP and HV views
    outstanding, IRD pending" was kept there unasked. Asked as in the others now."""
    reply = reply_to("wellbeing", "network", "NP and HV views outstanding, IRD pending")
    assert '"HV": Could you write "health visitor" in full?' in reply
    assert asked("wellbeing", "network", "Mum, J, his teacher and the school nurse. Not yet: "
                 "J's dad, the GP.") is None


# --- "shd be 5": the number it should be, typed short ------------------------------------------


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("shd be 5", 5, None), ("shd be 5 - dad is back home", 5, "dad is back home"),
    ("shud be a 5", 5, None)])
def test_a_number_changed_with_shd_be_changes_it_as_should_be_does(
        typed: str, number: int, why: str | None) -> None:
    """Asked why her 4, a team manager typed "shd be 5": "should be 5" changes the number
    (review39), and "shd" is read as "should" everywhere else (wording39), but "shd be 5"
    was saved as the reason, the 4 left standing and the summary reading "Why this number:
    shd be 5". It changes the number now, as "should be 5" does."""
    chat = sent_at("supervision", "my_scale", "4")
    chat.send(typed)
    assert chat.draft.answers["my_scale"] == number
    assert chat.draft.answers.get("my_scale_why") == why


def test_shd_be_with_but_after_it_is_still_the_reason() -> None:
    """Guard: "shd be a 6, but dad relapsed" is why it is not 6, as with "should"."""
    chat = sent_at("supervision", "my_scale", "4")
    chat.send("shd be a 6, but dad relapsed last week")
    assert chat.draft.answers["my_scale"] == 4
    assert chat.draft.answers["my_scale_why"] == "shd be a 6, but dad relapsed last week"


# --- a finished draft handed to a colleague the bot cannot tell --------------------------------


async def test_a_finished_draft_handed_to_a_colleague_not_told_names_its_label(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sam finished KB-7 and handed it to Priya, who had blocked the bot: he was told "let
    them know it is waiting for them under /resume", and /resume lists unfinished drafts
    alone (review39 said so to a leaver's colleague; attack39 lets a finished draft be handed
    to anyone). He is told the command that opens it: /resume KB-7."""
    flow = build_flow(tmp_path, section("s", text("who", title="Who is worried")))
    async with running_team(tmp_path, {flow.id: flow}) as bot:
        await sam_and_priya_join(bot)
        await bot.say(f"/new {flow.id}", SAM)
        await bot.say("KB-7", SAM)
        await bot.say("Dad, the school and the health visitor", SAM)
        monkeypatch.setattr(bot.request, "do_request", refusing(bot.request, PRIYA, 403))
        said = html.unescape(await hands_over(bot))
        assert said.startswith('Handed "KB-7" to Priya')
        assert said.endswith("let them know it is waiting for them: /resume KB-7 opens it."), \
            said
        assert [d.label for d in await bot.conversation.drafts(PRIYA, status="completed")] \
            == ["KB-7"]
