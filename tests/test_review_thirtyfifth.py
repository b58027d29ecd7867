"""The thirty-fifth review: the last pass's change read with fresh eyes. Each test of a
defect failed on the code as it was, through the real parts (the real flows and engine, the
real Application over tests/memory_botapi.py, the terminal chat, SQLite files)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_review_language_twentyninth import asked

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.loader import load_flows
from flows.nudges import nudger
from flows.render import render_text
from flows.replies import Nudge
from flows.summary import build_summary
from storage.store import Store
from tests.cases import nudges_seen
from tests.conftest import REPO, run_sosbot, sosbot_env
from tests.terminal import Terminal
from tests.test_console import typed_then_end
from tests.test_deploy_thirtyfourth import days_later
from tests.test_telegram_handlers import USER, Bot
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import said_to, sent_at
from tests.test_walk_thirtyfourth_b import documents, filed
from tests.test_walk_thirtythird_b import DSL, answers, team, the_dsl_on_two_families

__all__ = ["filed", "team"]  # the fixtures: the bot (its documents' names kept), the team

FLOWS = load_flows()
YOUNG = "success_scale_young_person"

# --- the young person's number said as theirs ------------------------------------------------


@pytest.mark.parametrize("typed", ["K says 7 out of 10", "K says 7 out of ten",
                                   "K gave it a 7 out of 10 today"])
def test_the_young_persons_number_out_of_ten_has_no_reason_made_of_it(typed: str) -> None:
    """'K says 7 out of 10' at the young person's number was saved with "out of 10" as
    her reason: the summary read 'The young person: 7 (out of 10)', words she never said.
    It is her 7, with no reason, as before the last pass."""
    chat = sent_at("success", YOUNG, typed)
    assert chat.draft.answers[YOUNG] == 7
    assert f"{YOUNG}_why" not in chat.draft.answers
    assert "(out of" not in render_text(build_summary(FLOWS["success"], chat.draft))


@pytest.mark.parametrize("typed", ["K says 7, S says 6", "K says 7 but mum says 4",
                                   "K says 7 but her carer says six"])
def test_two_peoples_numbers_in_one_line_are_not_one_number_and_a_reason(typed: str) -> None:
    """'K says 7, S says 6' was saved as the young person's 7 with 'S says 6' as why she
    gave it: the summary read 'The young person: 7 (S says 6)', the carer's number filed
    as the young person's words. Two numbers are asked about, as before."""
    chat = sent_at("success", YOUNG, typed)
    assert YOUNG not in chat.draft.answers
    assert f"{YOUNG}_why" not in chat.draft.answers
    assert chat.asked == YOUNG


@pytest.mark.parametrize("typed", [
    "K says 7 - doing better at college", "K says 7/10, doing better at college",
    "K says 7 out of 10 - doing better at college"])
def test_the_young_persons_number_with_her_words_is_still_kept_with_them(typed: str) -> None:
    """"K says 7/10, doing better at college" was kept with "/10, doing better at college"
    as her reason; "... 7 out of 10 - doing better" was refused as two numbers."""
    chat = sent_at("success", YOUNG, typed)
    assert chat.draft.answers[YOUNG] == 7
    assert chat.draft.answers[f"{YOUNG}_why"] == "doing better at college"


# --- "Next review" answered with a when ------------------------------------------------------


@pytest.mark.parametrize(("flow_id", "typed"), [
    ("wellbeing", "At the weekend"), ("wellbeing", "This weekend"), ("wellbeing", "At the TAF"),
    ("wellbeing", "TAF"), ("success", "At her pathway plan"), ("success", "At her PEP"),
    ("mapping", "Not needed"), ("mapping", "Not known"), ("mapping", "Not sure"),
    ("mapping", "Don't know"), ("mapping", "Unsure"), ("mapping", "Immediately"),
    ("mapping", "Straight away"), ("mapping", "At birth"), ("mapping", "Post-birth"),
    ("contextual", "Midweek"), ("mapping", "Child in need"),
    ("mapping", "Not required")])
def test_a_next_review_that_says_when_in_other_words_is_saved(flow_id: str,
                                                              typed: str) -> None:
    """"At the weekend" (with the family), "At the TAF" (early help's meeting), "Not
    needed", "At birth" at "Next review" were each asked '"..." does not say when': sound
    answers, questioned at the end of the tool. They are saved as written."""
    chat = sent_at(flow_id, "next_review", typed)
    assert chat.draft.answers["next_review"] == typed
    assert nudges_seen(chat) == []


@pytest.mark.parametrize("typed", ["Mum attends sessions at the family centre",
                                   "Dad drinks in the evening", "She was born in Leeds"])
def test_a_line_meant_for_another_question_is_still_asked_when(typed: str) -> None:
    chat = sent_at("mapping", "next_review", typed)
    assert "next_review" not in chat.draft.answers


# --- a short form with what happened after its colon -----------------------------------------


@pytest.mark.parametrize(("step_id", "line"), [
    ("recent_harm", "DV: dad pushed mum into the wall in front of K on 3 May"),
    ("recent_harm", "DV: on 2 Dec R hit mum in the kitchen while KR watched from the stairs")])
def test_a_short_form_told_after_its_colon_is_not_asked_what_it_already_says(
        step_id: str, line: str) -> None:
    """"DV: dad pushed mum into the wall in front of K on 3 May" at what happened was
    saved as written until the last pass; it was then asked "What did the child see or
    hear, and what did each adult do?", which the line after the colon says. A short form
    that stands for a person ("MGM: has the children ...") is still asked to be written
    out."""
    assert asked("mapping", step_id, line) is None
    said = asked("mapping", "trusted_adults", "MGM: has the children when dad drinks")
    assert said is not None
    assert 'write "maternal grandmother" in full' in said


# --- the answer before was about another child, said by name alone -----------------------------


@pytest.mark.parametrize("typed", [
    "sorry that was about J, I meant K", "oops that was about J", "sorry that was for J",
    "that was about J not K", "sorry, that one was about J not K",
    "sorry that answer was about his brother", "Sorry that was about Jayden, not Kai"])
def test_a_note_that_the_answer_was_about_another_child_by_name_is_not_saved(
        typed: str) -> None:
    """The last pass took "oh sorry that was about J, his brother. I meant K" as a note
    that the worry before was about J, but not the same note without "his brother": "sorry
    that was about J, I meant K" was saved as what is working well for K, in the lead's
    summary, beside the worry about the wrong child. It goes back to the answer before."""
    chat = sent_at("contribution", "working_well", typed)
    assert "working_well" not in chat.draft.answers
    assert chat.asked == "worries"


@pytest.mark.parametrize("typed", [
    "sorry that was for the best, mum says", "Sorry, that was about it for the week",
    "It was about J's school report, which was good", "Mum says that was for J"])
def test_lines_about_a_child_that_are_no_correction_are_saved(typed: str) -> None:
    chat = sent_at("contribution", "working_well", typed)
    assert "working_well" in chat.draft.answers


# --- a reminder quotes the answer as typed -----------------------------------------------------


@pytest.mark.parametrize(("typed", "quoted"), [
    ("Referral made to maternal grandmother", '"Referral made to maternal grandmother"'),
    ("Referral made to maternal grandmother about MGM having KR",
     '"Referral made to maternal grandmother about MGM having KR"')])
def test_words_written_in_full_are_quoted_in_full(typed: str, quoted: str) -> None:
    """With "KR lives with her maternal grandmother (MGM)" in the safety network, the next
    step "Referral made to maternal grandmother" was asked about as '"Referral made to MGM"
    says what has been done': the short form she had not used, in quotes, as if she had.
    The reminder quotes what she typed."""
    chat = reach(FLOWS["mapping"], "next_steps")
    chat.draft.answers["network"] = ["KR lives with her maternal grandmother (MGM) since May"]
    chat.send(typed)
    (reminder,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert reminder.startswith(quoted + " says what has been done"), reminder


# --- sosbot export while a reminder holds an answer back -------------------------------------


@pytest.mark.e2e
def test_sosbot_export_says_which_answer_a_reminder_still_holds_back(tmp_path: Path) -> None:
    """In the chat, "DV incident at home" was held by a reminder when she stopped; `sosbot
    export KB-5 -o kb5.txt` wrote the document without it and said only "Wrote kb5.txt":
    pasted into the referral as the whole draft, it lacked what happened, without a word,
    where /export and /summary in Telegram name it under them. The export names it too."""
    db = tmp_path / "chat.db"
    with Terminal("--flow", "reflection", "--db", str(db)) as terminal:
        terminal.start(b"KB-5", (b"1\n", b"Question 2"))
        terminal.type(b"DV incident at home\n", b"DV")
        terminal.end()
    out = tmp_path / "kb5.txt"
    export = run_sosbot("export", "KB-5", "--format", "txt", "--db", str(db), "-o", str(out))
    assert export.returncode == 0, export.stderr
    assert "DV incident at home" not in out.read_text(encoding="utf-8")
    assert 'Not in this document yet: "DV incident at home"' in export.stderr, export.stderr


# --- a strategy meeting held, with what is still to come after it ------------------------------


@pytest.mark.parametrize("typed", [
    "Strategy meeting on 2/12 agreed a S47, which is due to finish by 16/12",
    "Strategy discussion took place today, a S47 is needed"])
def test_a_strategy_meeting_held_is_not_asked_who_will_arrange_it(typed: str) -> None:
    """"Strategy meeting on 2/12 agreed a S47, which is due to finish by 16/12" at the
    next steps was asked "Who will arrange it, and by when?", of a meeting held on 2 Dec:
    the "due" of the enquiry that followed it was read as the meeting's. Only words said
    of the meeting itself ("Strategy discussion needed", "need a strategy meeting") make it
    one still to come."""
    said = asked("reflection", "needs_to_happen", typed)
    assert said is None or "Who will arrange it" not in said, said


@pytest.mark.parametrize("typed", ["Need a strategy meeting asap",
                                   "Requested a strategy discussion with police"])
def test_a_strategy_meeting_asked_for_is_still_asked_who_will_arrange_it(typed: str) -> None:
    said = asked("reflection", "needs_to_happen", typed)
    assert said is not None
    assert "Who will arrange it, and by when?" in said


# --- "known to police" for how long, said other ways ----------------------------------------


@pytest.mark.parametrize("typed", [
    "Dad is known to police for over 10 years", "Dad known to police for the last 2 years",
    "Dad is known to police for quite some time", "Dad known to police for about 5 years",
    "Dad is known to police for a good few years", "Dad is known to police for over a decade"])
def test_known_to_police_for_how_long_is_still_asked_what_happened(typed: str) -> None:
    """The last pass let "known to police for supply" through (it says what for), and with
    it "known to police for over 10 years", "for the last 2 years", "for about 5 years":
    how long, with nothing of what happened, saved without the question "for years" still
    gets."""
    said = asked("mapping", "complicating", typed)
    assert said is not None
    assert 'You wrote "known to police"' in said


@pytest.mark.parametrize("typed", ["Dad is known to police for supply",
                                   "Dad is known to police for possession of cannabis in 2019"])
def test_known_to_police_for_what_is_saved(typed: str) -> None:
    assert asked("mapping", "complicating", typed) is None


# --- a line that almost reads as a correction, many times over ----------------------------------

CHECKED_IN_A_CHILD = """
import sys
from tests.test_walk_thirtyfirst import sent_at
chat = sent_at("contribution", "working_well", sys.argv[1])
print("working_well" in chat.draft.answers)
"""


@pytest.mark.parametrize("typed", [
    "sorry that was about his brother" + ", not K" * 30 + "\nand mum was there",
    "that was about J" + ", not K" * 30 + "\nand mum was there",
    "oops, that was his sister" + " - not Kai, sorry" * 20 + "\nshe is 4"])
def test_a_line_like_a_correction_many_times_over_is_read_at_once(typed: str) -> None:
    """A line opening like a note about the wrong child, with many "not ..." after it (a
    list of who it was not about, pasted), took the bot longer the more there were: 15 of
    them held every practitioner's next reply for a quarter of a minute, 30 for hours,
    while one update was read. It is read at once, and saved as the answer it is (in a child
    process: before the fix, it never came back within the minute it is given)."""
    done = subprocess.run([sys.executable, "-c", CHECKED_IN_A_CHILD, typed],
                          capture_output=True, text=True, timeout=60, check=False,
                          env=sosbot_env(PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'tests'}"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"]


# --- /resume by the end of a label, beside a label it starts ----------------------------------


@pytest.mark.parametrize("typed", ["/resume AB-1", "/resume ab 1"])
async def test_the_end_of_a_label_in_whole_parts_wins_over_the_start_of_another(
        team: Bot, typed: str) -> None:
    """With "Sup AB-1" (a supervision draft) and "AB-12" (another family's mapping) on the
    go, "/resume AB-1" opened "AB-12": the start of one label was looked for before whole
    parts of another, and the practitioner was taken to the other family's draft. "AB-1"
    is all of "Sup AB-1"'s last parts, and only the start of "AB-12"'s: it opens "Sup AB-1"."""
    bot = team
    await answers(bot, USER, ("/new supervision", "Sup AB-1", "Thurs 10 Dec 2pm",
                              "TM, team manager"))
    await answers(bot, USER, ("/new mapping", "AB-12"))
    await bot.say(typed)
    opened = await bot.conversation.active(USER)
    assert opened is not None
    assert opened.label == "Sup AB-1"


async def test_the_start_of_a_label_alone_still_opens_it(team: Bot) -> None:
    bot = team
    await answers(bot, USER, ("/new mapping", "AB-12"))
    await answers(bot, USER, ("/new mapping", "KT-3"))
    await bot.say("/resume AB-1")
    opened = await bot.conversation.active(USER)
    assert opened is not None
    assert opened.label == "AB-12"


# --- /export naming a draft and a kind of document together ----------------------------------


@pytest.mark.parametrize("typed", ["/export KB-12 text", "/export word KB-12"])
async def test_export_naming_a_draft_and_a_kind_sends_that_draft_s_document(
        filed: Bot, typed: str) -> None:
    """"/export KB-12 text", with KT-3 open, was told "I can't find that draft" though
    KB-12 was there: "/export KB-12" and "/export text" each worked, the two together not.
    It sends KB-12's document of that kind alone."""
    bot = filed
    await answers(bot, USER, ("/new mapping", "KB-12"))
    await answers(bot, USER, ("/new mapping", "KT-3"))
    await bot.say(typed)
    sent = documents(bot)
    assert len(sent) == 1, sent
    assert sent[0].endswith(".txt" if "text" in typed else ".docx")
    opened = await bot.conversation.active(USER)
    assert opened is not None
    assert opened.label == "KB-12"


@pytest.mark.parametrize("label", ["Fam Word", "HTML"])
async def test_a_label_ending_in_a_kind_of_document_is_still_that_draft(filed: Bot,
                                                                        label: str) -> None:
    bot = filed
    await answers(bot, USER, ("/new mapping", label))
    await answers(bot, USER, ("/new mapping", "KT-3"))
    await bot.say(f"/export {label}")
    assert len(documents(bot)) == 3
    opened = await bot.conversation.active(USER)
    assert opened is not None
    assert opened.label == label


# --- a part named days after "Which do you want to withdraw?" --------------------------------


async def test_a_part_named_after_the_which_question_lapsed_is_not_saved_as_an_answer(
        team: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Part way through KB-2, the DSL sent /delete and was asked which part to withdraw;
    she typed "KB-2" three days later. The question had lapsed, as its buttons do, and
    "KB-2" was saved as her answer to KB-2's next question, in the social worker's
    conference summary. It is told the question lapsed and nothing was withdrawn, and not
    saved."""
    bot = team
    await the_dsl_on_two_families(bot)
    await bot.say("/delete", user=DSL)
    assert said_to(bot, DSL)[-1].startswith("You have contributed to more than one")
    days_later(monkeypatch)
    await bot.say("KB-2", user=DSL)
    said = said_to(bot, DSL)[-1]
    assert "asked a while ago" in said, said
    assert "nothing has been withdrawn" in said
    draft = await bot.conversation.active(DSL)
    assert draft is not None
    assert draft.label == "KB-2"
    assert "KB-2" not in draft.answers.values()
    assert "working_well" not in draft.answers
    await bot.say("/continue", user=DSL)
    assert "Question 4 of 8" in said_to(bot, DSL)[-1]


# --- Ctrl-C twice once the answer is saved ------------------------------------------------------


class CtrlCTwice(io.StringIO):
    """The terminal, where Ctrl-C is pressed twice as `shown` comes on the screen."""

    def __init__(self, shown: str) -> None:
        super().__init__()
        self.shown, self.pressed = shown, False

    def write(self, text: str) -> int:
        written = super().write(text)
        if not self.pressed and self.shown in self.getvalue():
            self.pressed = True
            os.kill(os.getpid(), signal.SIGINT)
            os.kill(os.getpid(), signal.SIGINT)
        return written


async def test_ctrl_c_twice_after_an_answer_is_saved_does_not_say_it_was_not(
        store: Store) -> None:
    """Ctrl-C pressed twice as the next question came up, the answer before it saved: the
    chat stopped saying "what you typed last was still being saved ... and is not saved",
    and the practitioner typed it again the next time, where it was twice. It says the
    answers are saved, as they are."""
    talk = Conversation(store, {"reflection": FLOWS["reflection"]}, surface="terminal",
                        nudger=nudger())
    out = CtrlCTwice("[Question 3")
    console = Console(talk, out=out, read=typed_then_end(
        "KB-1", "1", "Seen a bruise on her arm at drop-off, mum says she fell", "/skip"))
    with pytest.raises(KeyboardInterrupt) as stopped:
        await console.run("reflection")
    said = getattr(stopped.value, "said", "Saved. Run the same command again to carry on.")
    assert "not saved" not in said, said
    (info,) = await talk.drafts(CONSOLE_USER)
    draft = await talk.load(CONSOLE_USER, info.id)
    assert draft is not None
    assert draft.answers["what_happened"].startswith("Seen a bruise on her arm")


# --- a person named Victoria Park ------------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "Victoria Park, the family support worker, visited on Monday",
    "Mum's friend Victoria Park has the children on Fridays",
    "Victoria Park said she would help with the school run"])
def test_a_person_named_like_a_park_is_still_asked_for_initials(typed: str) -> None:
    """Since "picked up from Victoria Park" is read as the park it is, "Mum's friend
    Victoria Park has the children on Fridays" was saved with the full name of a person
    (Park is a common surname): nothing asked for initials. Said as someone who does
    something, it is a name again."""
    said = nudger()("privacy", typed)
    assert said is not None
    assert '"Victoria Park"' in said


@pytest.mark.parametrize("typed", ["picked up from Victoria Park most evenings",
                                   "- Albert Park after dark", "Alexandra Park"])
def test_the_park_is_still_a_park(typed: str) -> None:
    assert nudger()("privacy", typed) is None
