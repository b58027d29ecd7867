"""`sosbot chat` with answers piped in one per line, as a person would type: in a child
process where what is tested is the process's own (a signal, the exit, a pipe closed under
it, bytes that are not text, the whole command once), run in this process through the same
`bot.cli.main` otherwise (tests/in_process.py)."""

from __future__ import annotations

import io
import os
import re
import select
import signal
import subprocess
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from builders import (
    Answer,
    Typed,
    build_flow,
    choice,
    list_step,
    scale,
    section,
    text,
    typed_script,
    yes_no,
)
from conftest import run_sosbot, sosbot_command, sosbot_env
from in_process import sosbot_here

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.draft import Draft
from flows.flow import Flow
from flows.nudges import nudger
from storage.store import Store

LABEL = "TB-7"
HANG_GUARD = 120.0  # seconds; only to stop a hung child, never an assertion about speed


def script(flows: Mapping[str, Flow], flow_id: str, **plan: str) -> list[Typed]:
    """What to type for a whole flow (with the nudger the real chat uses)."""
    return typed_script(flows[flow_id], {k: Answer(v) for k, v in plan.items()},
                        nudger=nudger())


def piped(*lines: str) -> str:
    return "".join(f"{line}\n" for line in lines)


def chat(db: Path, *lines: str, flow: str | None = None, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    args = ["chat", "--db", str(db)] + (["--flow", flow] if flow else [])
    return sosbot_here(*args, input=piped(*lines), env=env)


def chat_child(db: Path, *lines: str, flow: str | None = None
               ) -> subprocess.CompletedProcess[str]:
    """`chat` as the real `sosbot chat` in a child process."""
    args = ["chat", "--db", str(db)] + (["--flow", flow] if flow else [])
    return run_sosbot(*args, input=piped(*lines))


class Child:
    """`sosbot chat` running in the background, fed a line at a time."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(sosbot_command(*args), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     env=sosbot_env(), cwd=Path.cwd())
        self.seen = b""

    def type(self, *lines: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(piped(*lines).encode())
        self.proc.stdin.flush()

    def wait_for(self, text: str) -> None:
        """Read the output until `text` has been printed."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + HANG_GUARD
        fd = self.proc.stdout.fileno()
        while text.encode() not in self.seen:
            assert time.monotonic() < deadline, f"never printed {text!r}:\n{self.seen.decode()}"
            ready, _, _ = select.select([fd], [], [], 1.0)
            if ready:
                chunk = os.read(fd, 65536)
                assert chunk, f"ended before printing {text!r}:\n{self.seen.decode()}"
                self.seen += chunk

    def stop(self, sig: signal.Signals) -> int:
        """Send a signal and wait for the exit, with standard input still open."""
        self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout=HANG_GUARD)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise AssertionError(f"still running after {sig.name}") from None
        finally:
            self.proc.communicate()
        return self.proc.returncode


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "chat.db"


# --- a whole tool, piped in ------------------------------------------------------------------


def test_a_whole_mapping_piped_in_ends_with_the_three_column_summary(
        db: Path, flows: Mapping[str, Flow]) -> None:
    mapping = flows["mapping"]
    typed = script(flows, "mapping", safety_scale="4")
    result = chat_child(db, LABEL, *(t.line for t in typed), flow="mapping")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    summary = out[out.index(f"{mapping.title}: {LABEL}"):]
    columns = mapping.spec.columns
    headings = [columns.worried.upper(), columns.working_well.upper(),
                columns.needs_to_happen.upper()]
    assert all(h in summary for h in headings)
    assert [summary.index(h) for h in headings] == sorted(summary.index(h) for h in headings)
    scale = mapping.spec.scale
    assert "4 on a scale of 0 to 10" in summary
    assert f"0 means: {scale.low}" in summary
    assert f"10 means: {scale.high}" in summary
    assert "Answer for worst_harm & <co>" in summary  # shown as typed, not escaped
    assert f"  0 = {scale.low}\n  10 = {scale.high}\n" in out  # on the question itself
    assert "That's the end of this tool" in out


def test_a_finished_draft_is_not_offered_again(db: Path, flows: Mapping[str, Flow]) -> None:
    chat(db, LABEL, *(t.line for t in script(flows, "reflection")), flow="reflection")
    again = chat(db)
    assert again.returncode == 0
    assert "unfinished" not in again.stdout
    assert "Which tool would you like to use?" in again.stdout


def test_the_end_of_input_saves_the_draft_and_exits_0(db: Path,
                                                     flows: Mapping[str, Flow]) -> None:
    typed = script(flows, "reflection")
    first = chat(db, LABEL, *(t.line for t in typed[:2]), flow="reflection")
    assert first.returncode == 0, first.stderr
    assert f"The answers piped in ended before \"{LABEL}\" was finished. Those given are saved" \
        in first.stdout
    again = chat(db)
    assert "You have an unfinished draft" in again.stdout
    assert f"Next question: {typed[2].ask}" in again.stdout


def test_without_flow_the_menu_offers_every_tool_by_number(
        db: Path, flows: Mapping[str, Flow]) -> None:
    result = chat(db, "2", LABEL)
    titles = [f.title for f in flows.values() if not f.spec.for_partners]  # links only
    assert all(f"{n}) {t}" in result.stdout for n, t in enumerate(titles, start=1)
               if len(t) < 60)
    second = list(flows.values())[1]
    assert f'Started "{LABEL}": {second.title}' in result.stdout


def test_sosbot_db_in_the_environment_chooses_the_file(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    elsewhere = tmp_path / "elsewhere" / "drafts.db"
    result = chat(Path("ignored.db"), LABEL, "1", flow="reflection",
                  env={"SOSBOT_DB": str(elsewhere)})
    assert result.returncode == 0
    # --db wins over SOSBOT_DB; without --db the variable is used
    result = sosbot_here("chat", "--flow", "reflection", input=piped(LABEL, "1"),
                         env={"SOSBOT_DB": str(elsewhere)})
    assert result.returncode == 0, result.stderr
    assert elsewhere.exists()


def test_a_dotenv_saved_with_a_byte_order_mark_keeps_its_first_setting(tmp_path: Path) -> None:
    # Notepad marks the start of a UTF-8 file: the first line's name is still SOSBOT_DB.
    (tmp_path / ".env").write_bytes(b"\xef\xbb\xbfSOSBOT_DB=from-dotenv.db\n")
    result = sosbot_here("chat", "--flow", "reflection", input=piped(LABEL, "1"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-dotenv.db").exists()


def test_pause_ends_the_chat_saying_how_to_carry_on(db: Path) -> None:
    result = chat(db, LABEL, "/pause", flow="reflection")
    assert result.returncode == 0, result.stderr
    assert f"Run `sosbot chat --db {db}` again to carry on from this question." in result.stdout
    assert "/resume carries on" not in result.stdout  # the program has ended: no /resume


async def test_an_unknown_flow_id_at_the_terminal_says_so_and_offers_the_menu(
        store: Store, flows: Mapping[str, Flow]) -> None:
    out = io.StringIO()
    talk = Conversation(store, flows, surface="terminal")
    assert await Console(talk, out=out, read=typed_then_end()).run("nonesuch") == 0
    assert "There is no tool called 'nonesuch'" in out.getvalue()
    assert "Which tool would you like to use?" in out.getvalue()


def test_an_unknown_flow_id_for_answers_piped_in_is_refused_before_reading_them(
        db: Path) -> None:
    result = chat(db, flow="nonesuch")
    assert result.returncode == 2
    assert result.stderr.startswith("sosbot: --flow: there is no tool called 'nonesuch'")


# --- killed half-way, then carried on ----------------------------------------------------------


def fresh_question_after(typed: list[Typed], at_least: int) -> int:
    """The index of a line that answers a new question (not the next item of a list)."""
    asks = [t.ask for t in typed]
    for k in range(at_least, len(typed)):
        if typed[k].ask and asks.count(typed[k].ask) == 1 and typed[k].line != "/done":
            return k
    raise AssertionError("no single-line question after the middle")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_half_way_it_offers_to_continue_at_the_next_question(
        db: Path, flows: Mapping[str, Flow], sig: signal.Signals) -> None:
    typed = script(flows, "mapping", safety_scale="6")
    k = fresh_question_after(typed, len(typed) // 2)
    child = Child("chat", "--flow", "mapping", "--db", str(db))
    child.type(LABEL, *(t.line for t in typed[:k]))
    child.wait_for(typed[k].ask)  # shown only after the answer before it was saved
    code = child.stop(sig)
    assert code == (-signal.SIGKILL if sig == signal.SIGKILL else 130)

    again = chat(db, "1", *(t.line for t in typed[k:]))
    assert again.returncode == 0, again.stderr
    out = again.stdout
    assert "You have an unfinished draft" in out
    assert f'Continue "{LABEL}"' in out
    assert f"Next question: {typed[k].ask}" in out
    assert "1) Continue" in out
    assert "2) Start a new one" in out
    assert "Answer for worst_harm & <co>" in out  # answered before the kill
    assert "6 on a scale of 0 to 10" in out
    assert "That's the end of this tool" in out


def test_several_unfinished_drafts_are_each_offered(db: Path, flows: Mapping[str, Flow]) -> None:
    chat(db, "AB-1", flow="reflection")
    chat(db, "CD-2", "1", flow="reflection")  # --flow starts a new one beside the first
    result = chat(db)
    out = result.stdout
    assert "You have unfinished drafts:" in out, result.stderr[-2000:]
    assert 'Continue "CD-2" (Pre-referral reflection, 1 answer)' in out
    assert 'Continue "AB-1" (Pre-referral reflection, 0 answers)' in out
    assert "3) Start a new one" in out


def test_start_a_new_one_instead_of_continuing(db: Path, flows: Mapping[str, Flow]) -> None:
    typed = script(flows, "reflection")
    chat(db, "QR-1", typed[0].line, flow="reflection")
    result = chat(db, "2", "1", "QR-2")
    assert 'Started "QR-2"' in result.stdout


# --- bad input: a reason, the same question, nothing lost ---------------------------------------


def index_of(typed: list[Typed], step_id: str) -> int:
    return next(i for i, t in enumerate(typed) if t.step_id == step_id)


@pytest.mark.parametrize(("step_id", "bad", "reason"), [
    ("referrer_role", "purple", "I couldn't match that to one of the options"),
    ("referrer_role", "9", "I couldn't match that to one of the options"),
    ("what_happened", "", "This question needs an answer"),
    ("what_happened", "z" * 10_000, "That's 10000 characters"),
    ("worry_scale", "11", "Please send one whole number from 0 to 10"),
])
def test_bad_input_gets_a_short_reason_and_the_same_question(
        db: Path, flows: Mapping[str, Flow], step_id: str, bad: str, reason: str) -> None:
    """Piped in, a line that is not taken stops the chat there (the lines after it were
    written for the questions after it); the answers before it are kept, and the next chat
    carries on from that question."""
    typed = script(flows, "reflection", worry_scale="3")
    at = index_of(typed, step_id)
    lines = [t.line for t in typed]
    result = chat(db, LABEL, *lines[:at], bad, *lines[at:], flow="reflection")
    assert result.returncode == 1, result.stderr
    assert f"line {at + 2} of the answers piped in was not taken" in result.stderr
    assert "Traceback" not in result.stderr
    out = result.stdout
    after_bad = out[out.index(reason):]
    assert after_bad.count(typed[at].ask) >= 1  # asked again straight after the reason
    assert len(out[out.index(reason):].splitlines()[0]) < 200  # short
    assert "the chat stops here" in after_bad
    assert "on a scale of 0 to 10" not in out  # no later line answered the wrong question
    again = chat(db, LABEL, *lines[at:], flow="reflection")  # the same label: that draft
    assert again.returncode == 0, again.stderr
    assert "3 on a scale of 0 to 10" in again.stdout  # and the walk finishes
    assert "Answer for what_happened & <co>" in again.stdout


def test_a_choice_is_answered_by_its_label(db: Path) -> None:
    result = chat(db, LABEL, "school or college", flow="reflection")
    assert "[Question 2 of" in result.stdout
    assert "couldn't match" not in result.stdout


def typed_then_end(*typed: str) -> Callable[[], str]:
    """A console's `read`: each line in turn, then the end of input (Ctrl-D)."""
    lines = iter(typed)

    def read() -> str:
        try:
            return next(lines)
        except StopIteration:
            raise EOFError from None
    return read


async def at_the_terminal(store: Store, flow: Flow, *typed: str) -> tuple[str, Draft]:
    """The label, then `typed`, into the terminal chat on `flow`, then the end of input:
    what it showed, and the draft it saved."""
    out = io.StringIO()
    talk = Conversation(store, {flow.id: flow}, surface="terminal", nudger=nudger())
    assert await Console(talk, out=out, read=typed_then_end(LABEL, *typed)).run(flow.id) == 0
    (info,) = await talk.drafts(CONSOLE_USER)
    draft = await talk.load(CONSOLE_USER, info.id)
    assert draft is not None
    return out.getvalue(), draft


async def test_multi_choice_by_numbers_in_the_console(tmp_path: Path, store: Store) -> None:
    flow = build_flow(tmp_path, section(
        "s", choice("pets", "cat", "dog", "fish", multi=True), text("name"), column="worried"))
    read = typed_then_end(LABEL, "1,3", "Rex")
    out = io.StringIO()

    talk = Conversation(store, {flow.id: flow}, surface="terminal")
    code = await Console(talk, out=out, read=read).run("tiny")
    assert code == 0
    shown = out.getvalue()
    assert "Send the numbers of all that apply, separated by commas (e.g. 1,3)." in shown
    assert "  1) Cat" in shown
    assert "  3) Fish" in shown
    assert "Question pets?: Cat, Fish" in shown


# --- commands at the terminal ------------------------------------------------------------------


def test_back_skip_review_edit_summary_and_pause(db: Path, flows: Mapping[str, Flow]) -> None:
    reflection = flows["reflection"]
    role, happened = reflection.step("referrer_role"), reflection.step("what_happened")
    result = chat(db, LABEL, "2", "/back", "/skip", "It happened.", "/review", "/edit 1", "3",
                  "/summary", "/pause", flow="reflection")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Current answer: Health (/skip keeps it)" in out
    assert "1. Your role: Health" in out
    assert "2. What worries you: It happened." in out
    assert "Current answer: Health" in out
    assert "Your role: Police" in out  # the summary after the edit
    assert "Draft, not finished" in out
    assert "Saved." in out
    assert out.count(role.spec.ask) >= 3
    assert happened.spec.ask in out
    again = chat(db, "1")
    assert f"Next question: {reflection.step('safe_today').spec.ask}" in again.stdout


def test_back_after_an_edit_at_the_terminal_asks_the_question_before_the_one_shown(
        db: Path, flows: Mapping[str, Flow]) -> None:
    reflection = flows["reflection"]
    result = chat(db, LABEL, "2", "It happened.", "/edit 1", "3", "/back", "/pause",
                  flow="reflection")
    assert result.returncode == 0, result.stderr
    last = result.stdout.rsplit("[Question ", 1)[1]
    assert last.startswith("2 of")
    assert reflection.step("what_happened").spec.ask in last
    assert "Current answer: It happened." in last
    again = chat(db, "1", "/review")
    assert "1. Your role: Police" in again.stdout
    assert "2. What worries you: It happened." in again.stdout


def test_help_prints_the_prompts_for_the_question(db: Path, flows: Mapping[str, Flow]) -> None:
    result = chat(db, LABEL, "/help", flow="reflection")
    help_text = flows["reflection"].step("referrer_role").spec.help
    assert help_text is not None
    assert help_text in result.stdout


def test_cancel_discards_the_draft_after_a_yes(db: Path) -> None:
    chat(db, LABEL, "1", flow="reflection")
    result = chat(db, "1", "/cancel", "yes")
    assert "Discarded" in result.stdout
    assert "Your answers are saved" not in result.stdout  # nothing of it is
    assert "No draft is open" in result.stdout
    assert "unfinished" not in chat(db).stdout


# --- the terminal's own words ----------------------------------------------------------------

# Words for a phone, wrong at a keyboard: the terminal says "type" and numbers its choices.
PHONE_WORDS = re.compile(r"\b(?:tap|taps|tapped|tapping|buttons?|click|per message"
                         r"|on your phone|this phone)\b|Telegram user id", re.IGNORECASE)


def with_help(typed: list[Typed]) -> list[str]:
    """The lines of a whole walk, with /help asked at every question before its answer."""
    lines: list[str] = []
    for before, t in zip([None, *typed], typed, strict=False):
        if t.step_id and (before is None or before.step_id != t.step_id):
            lines.append("/help")
        lines.append(t.line)
    return lines


@pytest.mark.parametrize("flow_id", ["mapping", "reflection", "harm_matrix", "three_houses",
                                     "wellbeing", "success", "contextual", "supervision"])
def test_the_terminal_never_says_tap_or_telegram_user_id(
        db: Path, flows: Mapping[str, Flow], flow_id: str) -> None:
    """A whole tool at the terminal, /help at every question, and the commands that talk about
    the bot itself: nothing asks to tap, and nothing says a Telegram user id is kept."""
    assert {f for f in flows if not flows[f].spec.for_partners} <= {
        "mapping", "reflection", "harm_matrix", "three_houses", "wellbeing", "success",
        "contextual", "supervision"}  # every tool is walked here
    lines = with_help(script(flows, flow_id))
    result = chat(db, "/privacy", "/about", "/export", "/new " + flow_id, LABEL,
                  *lines, "/review", "/summary", "/nonsense", flow=flow_id)
    # the unknown command last: piped in, a line not taken stops the chat there (status 1)
    assert result.returncode == 1, result.stderr
    assert "I don't know that command" in result.stdout
    out = result.stdout
    assert "That's the end of this tool" in out  # the whole walk was seen
    assert "What is kept" in out
    assert "Documents are made outside the chat" in out
    assert PHONE_WORDS.findall(out) == []


async def test_the_terminal_chat_refuses_a_conversation_worded_for_telegram(
        store: Store, flows: Mapping[str, Flow]) -> None:
    with pytest.raises(ValueError, match="terminal"):
        Console(Conversation(store, flows))


# --- the database cannot be used -------------------------------------------------------------


@pytest.mark.parametrize("content", [
    b"this is not a database\n" * 100,
    b"SQLite format 3\x00" + bytes(range(256)) * 8,
], ids=["text", "damaged-header"])
def test_a_damaged_database_stops_start_up_with_one_sentence_and_is_left_alone(
        db: Path, content: bytes) -> None:
    db.write_bytes(content)
    result = chat(db, LABEL, flow="reflection")
    assert result.returncode == 1
    about_db = [line for line in result.stderr.splitlines() if str(db) in line]
    assert len(about_db) == 1, result.stderr
    assert about_db[0].rstrip().endswith(".")
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == content
    assert "Question" not in result.stdout


# --- logs ------------------------------------------------------------------------------------


def test_debug_logs_hold_no_answer_and_no_label(db: Path, flows: Mapping[str, Flow]) -> None:
    canary = "Ptarmigan-canary-8841"
    typed = script(flows, "reflection", what_happened=f"{canary} saw the cut",
                   going_well=f"{canary} nan helps")
    result = chat(db, "ZQ-4417", *(t.line for t in typed), flow="reflection",
                  env={"SOSBOT_LOG_LEVEL": "DEBUG"})
    assert result.returncode == 0, result.stderr
    assert canary in result.stdout  # it was really answered
    for secret in (canary, "ZQ-4417", "School or college"):
        assert secret not in result.stderr


def test_a_database_path_that_cannot_be_opened_gives_one_sentence_and_no_traceback(
        tmp_path: Path) -> None:
    folder = tmp_path / "a_folder.db"
    folder.mkdir()
    for _ in range(4):  # the traceback came from a race with a worker thread: try a few times
        result = chat_child(folder, LABEL, flow="reflection")
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert "Exception" not in result.stderr
        assert [line for line in result.stderr.splitlines() if str(folder) in line] == [
            f"sosbot: Cannot open the database {folder}: it is a folder; give a file name."]


def test_bytes_that_are_not_text_do_not_crash_the_chat(db: Path) -> None:
    # \x81 and \x8d are no character in Windows text either (\xff\xfe, once here, read as
    # "ÿþ" there, now that a line that is not UTF-8 is read as Windows text)
    lines = b"TB-7\n1\ncaf\xe9 and \x81\x8d bytes\n/review\n"
    result = subprocess.run(sosbot_command("chat", "--flow", "reflection", "--db", str(db)),
                            input=lines, capture_output=True, env=sosbot_env(),
                            timeout=HANG_GUARD, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert b"Traceback" not in result.stderr
    assert "What worries you: caf\ufffd and \ufffd\ufffd bytes" in result.stdout.decode()


def test_without_db_or_sosbot_db_the_file_is_sosbot_db_here(tmp_path: Path) -> None:
    result = sosbot_here("chat", "--flow", "reflection", input=piped(LABEL, "1"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "sosbot.db").is_file()


def test_a_database_whose_key_is_missing_is_refused_not_given_a_new_key(db: Path) -> None:
    first = chat(db, LABEL, "1", flow="reflection")
    assert first.returncode == 0
    key = db.parent / "sosbot.key"
    key.unlink()
    again = chat(db, "2", flow="reflection")
    assert again.returncode == 1
    assert "key" in again.stderr
    assert "missing" in again.stderr
    assert not key.exists()


def test_a_second_case_started_with_flow_never_lands_in_the_first(
        db: Path, flows: Mapping[str, Flow]) -> None:
    typed = [t.line for t in script(flows, "reflection")]
    chat(db, "KB-1", typed[0], flow="reflection")
    second = chat(db, "KB-2", *typed[:3], flow="reflection")
    assert 'Started "KB-2"' in second.stdout
    menu = chat(db)
    assert 'Continue "KB-1"' in menu.stdout
    assert 'Continue "KB-2"' in menu.stdout
    first = 1 if menu.stdout.index('"KB-1"') < menu.stdout.index('"KB-2"') else 2
    review = chat(db, str(first), "/review").stdout.rsplit("Type /edit N", 1)[0]
    assert "KB-1" in review
    assert ": KB-2" not in review  # the second case's label is no answer of the first
    assert typed[1] not in review  # nor are its answers


@pytest.mark.parametrize("typed", ["EF-5", "", "3", "99999999999999999999", "yes"])
def test_a_line_at_the_drafts_menu_is_a_choice_or_nothing(
        db: Path, flows: Mapping[str, Flow], typed: str) -> None:
    lines = [t.line for t in script(flows, "reflection")]
    chat(db, LABEL, lines[0], flow="reflection")
    at_menu = chat(db, typed, "1", "/review")
    assert "Type the number of your choice, from 1 to 2" in at_menu.stdout
    assert "Traceback" not in at_menu.stderr
    answers = at_menu.stdout.split("Type /edit N")[0]
    assert "(skipped)" not in answers
    if typed:
        assert f": {typed}" not in answers
        # an answer typed to the "Next question:" the menu shows is said not to be saved
        assert f'I haven\'t saved "{typed}" as an answer.' in at_menu.stdout


@pytest.mark.parametrize("typed", ["reflection", "Pre referal", "pre-referral reflection"])
def test_a_tool_can_be_chosen_by_its_name_with_a_slip(db: Path, typed: str) -> None:
    result = chat(db, typed, LABEL)
    assert 'Started "TB-7": Pre-referral reflection' in result.stdout


def test_a_name_that_fits_two_tools_is_asked_for_again(db: Path) -> None:
    result = chat(db, "mapping")  # the safety mapping, and mapping with contextual factors
    assert "That could be 1) Safety mapping or 7) Mapping with contextual factors: type its " \
        "number." in result.stdout
    assert "Started" not in result.stdout


def test_an_unknown_command_is_refused_not_saved_as_an_answer(
        db: Path, flows: Mapping[str, Flow]) -> None:
    result = chat(db, LABEL, "/sumary", "/review", flow="reflection")
    assert "I don't know that command." in result.stdout
    assert "/sumary" not in result.stdout.split("I don't know that command.")[1]


def test_a_command_followed_by_a_tab_is_the_command_not_an_answer(
        db: Path, flows: Mapping[str, Flow]) -> None:
    """A pasted line can separate a command from its argument with a tab or a no-break
    space: it is still the command, never saved as the answer to the question shown."""
    result = chat(db, LABEL, "1", "/review\tnow", "/edit\u00a01", flow="reflection")
    assert "I don't know that command." not in result.stdout
    assert "What worries you" not in result.stdout.split("Type /edit N")[0]
    assert result.stdout.count("Where do you work with this child?") == 2  # /edit 1 asked it


def test_answers_piped_in_keep_their_places_when_one_is_nudged(
        db: Path, flows: Mapping[str, Flow]) -> None:
    """A nudge cannot be answered from a file: the nudged answer is kept, and each later
    line still answers its own question."""
    typed = script(flows, "reflection")
    lines = [t.line for t in typed]
    worry = next(i for i, t in enumerate(typed) if t.line.startswith("Answer for what_happened"))
    lines[worry] = "Mum has poor engagement and DV concerns"
    result = chat(db, LABEL, *lines, "/review", flow="reflection")
    assert "so it was kept as it is" in result.stdout
    review = result.stdout.rsplit("Type /edit N", 1)[0].rsplit(LABEL, 1)[-1]
    assert "Mum has poor engagement and DV concerns" in review
    for t in typed[worry + 1:]:
        if t.line.startswith("Answer for"):
            assert t.line.replace("&", "&") in review  # every later answer, in its place
    assert "That's the end of this tool" in result.stdout


@pytest.mark.parametrize("typed", ["/edit " + "9" * 5000, "9" * 5000])
def test_a_number_too_long_for_python_is_refused_politely(
        db: Path, typed: str) -> None:
    result = chat(db, LABEL, typed, "/review", flow="reflection")
    assert result.returncode == 1  # piped: a line not taken stops there
    assert "Traceback" not in result.stderr
    if typed.startswith("/"):
        assert "There's no answer number 99999999999…." in result.stdout
    else:
        assert "I couldn't match that" in result.stdout


def test_a_dotenv_that_is_not_utf8_is_named_in_one_line(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes("# Council \xa3 budget\n".encode("latin-1"))
    result = sosbot_here("flows", "list", cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert ".env" in result.stderr
    assert "UTF-8" in result.stderr


def test_a_key_file_that_is_not_text_is_named_in_one_line(db: Path) -> None:
    key = db.parent / "sosbot.key"
    key.write_bytes(b"\xff\xfe\x00garbage")
    key.chmod(0o600)
    result = chat(db, LABEL, flow="reflection", env={"SOSBOT_KEY_FILE": str(key)})
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert str(key) in result.stderr


def test_the_chat_stops_quietly_when_its_reader_goes_away(db: Path) -> None:
    proc = subprocess.run(
        f"{' '.join(sosbot_command('chat', '--db', str(db), '--flow', 'reflection'))} "
        "| head -c 10", shell=True, input=f"{LABEL}\n/help\n/review\n", capture_output=True,
        text=True, env=sosbot_env(), timeout=120, check=False)
    assert "Traceback" not in proc.stderr
    assert "BrokenPipe" not in proc.stderr


def test_a_db_url_is_read_as_a_url_never_as_a_folder_name(tmp_path: Path) -> None:
    """A password in a URL must not become a folder on disk, and sqlite:/// names a file."""
    refused = sosbot_here("chat", "--db", "mysql://u:hunter2@127.0.0.1/x", cwd=tmp_path,
                          input="")
    assert refused.returncode == 2
    assert "--db" in refused.stderr
    assert "hunter2" not in refused.stderr
    assert list(tmp_path.iterdir()) == []
    used = sosbot_here("chat", "--db", "sqlite:///case.db", "--flow", "reflection",
                       cwd=tmp_path, input=f"{LABEL}\n")
    assert used.returncode == 0, used.stderr
    assert (tmp_path / "case.db").is_file()
    assert not (tmp_path / "sqlite:").exists()


def test_the_partners_tool_is_tried_as_a_partner_would(db: Path) -> None:
    # (before the forty-eighth pass refused as "I don't know that tool";
    # tests/test_walk_fortyeighth.py)
    result = chat(db, "/new contribution", LABEL)
    assert "nothing here is sent to anyone" in result.stdout
    assert f'Started "{LABEL}"' in result.stdout


@pytest.mark.parametrize(("typed", "title"), [
    ("REFLECTION", "Pre-referral reflection"), ("three houses", "My Three Houses"),
    ("Harm-Matrix", "Harm Matrix"), ("signs of wellbeing", "Signs of Wellbeing")])
def test_a_tool_is_found_however_its_name_is_typed(db: Path, typed: str, title: str) -> None:
    result = chat(db, f"/new {typed}", LABEL)
    assert f'Started "{LABEL}": {title}' in result.stdout


def test_a_tool_that_does_not_exist_is_still_refused(db: Path) -> None:
    result = chat(db, "/new reflections please", LABEL)
    assert "I don't know that tool" in result.stdout
    assert "Started" not in result.stdout


async def test_at_the_terminal_ok_keeps_a_nudged_answer_and_a_stray_line_is_asked_about(
        tmp_path: Path, store: Store) -> None:
    # A practitioner's walk: "ok" to a reminder, and a "4" typed past one, replaced the
    # answer without a word. Now "ok" keeps it; "4" is asked about, and /keep keeps the first.
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("what", title="What happened", checks=["plain_language"]), text("after"),
        column="worried"))
    shown, draft = await at_the_terminal(store, flow, "police, mum's sister, HV", "ok",
                                         "Mum is chaotic.", "4", "/keep")
    assert ("I've kept the answer you gave as you typed it. If you meant to change it, /back "
            "goes back to it.") in shown
    assert ("Type /replace to use it instead, /next if it's for the next question, or /keep "
            "to keep your first answer.") in shown
    assert 'Your other line, "4", was not saved.' in shown
    assert draft.answers == {"who": "police, mum's sister, HV", "what": "Mum is chaotic."}


async def test_at_the_terminal_ok_to_suggested_wording_takes_it_and_is_never_the_answer(
        tmp_path: Path, store: Store) -> None:
    # A practitioner's walk (Harm Matrix): "ok" to "Here is a danger statement built from
    # your answers. Use it as it is..." saved "ok" as the danger statement.
    flow = build_flow(
        tmp_path, section("s", text("who"), text("statement", draft="words"),
                          text("other", draft="words"), text("after"), column="worried"),
        templates={"words": "{{ a.who | clause }} is worried."})
    _, draft = await at_the_terminal(store, flow, "The school.", "ok", "use it", "/edit 2",
                                     "OK!")
    assert draft.answers == {"who": "The school.", "statement": "The school is worried.",
                             "other": "The school is worried."}
    assert draft.current == "after"


async def test_at_the_terminal_ok_after_the_help_is_asked_about_not_saved_as_the_answer(
        tmp_path: Path, store: Store) -> None:
    # A practitioner's walk (Signs of Success): /help, then "ok" to the example, saved "ok" as
    # who will help, and their real answer went to the next question.
    checked = {"checks": ["plain_language"]}  # as every such question of the real tools is
    flow = build_flow(tmp_path, section(
        "s", text("support", title="Who will help", **checked), text("first_step", **checked),
        text("why", title="Why", **checked), text("after", **checked), column="worried"))
    shown, draft = await at_the_terminal(store, flow, "/help", "ok", "D, weekly budgeting",
                                         "JP opens an account", "thanks", "/keep")
    assert '"ok" on its own doesn\'t answer "Who will help", so I haven\'t saved it yet.' \
        in shown
    assert draft.answers == {"support": "D, weekly budgeting",
                             "first_step": "JP opens an account", "why": "thanks"}


async def test_an_optional_question_asked_again_after_a_refusal_still_says_it_can_be_skipped(
        tmp_path: Path, store: Store) -> None:
    # A practitioner's walk (My Three Houses): "like a 7 i think" to the child's own number
    # was refused, and the question came back without "(Optional: /skip to leave it out.)".
    # (That line is taken as 7 now; "somewhere in the middle" is still refused.)
    flow = build_flow(tmp_path, section(
        "s", scale("child_number", required=False), text("after"), column="worried"))
    shown, _ = await at_the_terminal(store, flow, "somewhere in the middle")
    refused = shown.index("Please send one whole number from 0 to 10.")
    assert "(Optional: /skip to leave it out.)" in shown[refused:]


async def test_none_to_a_list_finishes_it_so_the_next_line_answers_the_next_question(
        tmp_path: Path, store: Store) -> None:
    # A practitioner's walk (contextual mapping): "nothing really" to "Is anything at home
    # making things harder?" was an item, and so were the protective actions typed next,
    # filed under the worries.
    flow = build_flow(
        tmp_path,
        section("home", list_step("home_worries", required=False), column="worried"),
        section("safe", list_step("home_safety", required=False),
                list_step("peers", required=False, checks=["plain_language"]), text("after"),
                column="working_well"))
    _, draft = await at_the_terminal(store, flow, "nothing really", "mum tracks his phone", "",
                                     "older lads", "the DSL saw them", "no", "none")
    assert draft.answers == {"home_worries": ["nothing really"],
                             "home_safety": ["mum tracks his phone"],
                             "peers": ["older lads", "the DSL saw them"]}
    assert draft.current == "after"  # "no" to the reminder about "DSL" kept the item


async def test_a_choice_or_number_typed_in_words_is_shown_as_what_it_was_taken_as(
        tmp_path: Path, store: Store) -> None:
    """A social worker typed "sig" and "yeah" at two choices and "6/10" at the scale: the
    terminal showed only what they typed, so nobody could see that "yeah" was saved as "Yes"
    until the summary. Telegram shows the answer under the question; the terminal now says
    "(Taken as: ...)" where what was typed is not the answer word for word."""
    flow = build_flow(tmp_path, section(
        "s", choice("severity", "severe", "significant"), yes_no("again"), scale("score"),
        choice("agreed", "yes", "no"), text("why"), column="worried"))
    shown, draft = await at_the_terminal(store, flow, "sig", "yeah", "6/10", "No")
    assert draft.answers == {"severity": "significant", "again": "yes", "score": 6,
                             "agreed": "no"}
    assert "(Taken as: Significant)" in shown
    assert "(Taken as: Yes)" in shown
    assert "(Taken as: 6)" in shown
    assert shown.count("Taken as") == 3  # "No" was typed as it is


async def test_lines_pasted_at_a_list_are_one_item_each(tmp_path: Path, store: Store) -> None:
    """A personal adviser pasted "my foster carer / my tutor D / music" at "What is already
    helping them?", which the terminal asks for "One per line": the three were kept as one
    item, shown as one bullet of three lines in the summary."""
    flow = build_flow(tmp_path, section("s", list_step("helps"), text("why"), column="worried"))
    shown, draft = await at_the_terminal(store, flow, "my foster carer\nmy tutor D\n\nmusic", "")
    assert draft.answers["helps"] == ["my foster carer", "my tutor D", "music"]
    assert "(The 3 lines you pasted are added one item each.)" in shown


async def test_a_pasted_line_that_brings_a_reminder_stops_the_rest_and_names_them(
        tmp_path: Path, store: Store) -> None:
    flow = build_flow(tmp_path, section("s", list_step("helps", checks=["privacy"]), text("why"),
                                        column="worried"))
    shown, draft = await at_the_terminal(
        store, flow, "my foster carer\nher tutor John Smith\nmusic\nfootball", "/keep", "")
    assert draft.answers["helps"] == ["my foster carer", "her tutor John Smith"]
    assert "not saved yet; send them again" in shown
    assert "  music\n  football" in shown


async def test_a_mistyped_command_is_offered_the_one_it_may_have_meant(
        tmp_path: Path, store: Store) -> None:
    """A social worker typed "/bakc" and was told only "I don't know that command" and the
    list of them all. It is offered, not run: the question stays as it was."""
    flow = build_flow(tmp_path, section("s", text("first"), text("second"), column="worried"))
    shown, draft = await at_the_terminal(store, flow, "one", "/bakc", "/sumary", "/frobnicate")
    assert "! I don't know that command. Did you mean /back?" in shown
    assert "! I don't know that command. Did you mean /summary?" in shown
    assert "! I don't know that command. Commands: /new" in shown  # nothing near it
    assert draft.answers == {"first": "one"}
    assert shown.count("Question second?") == 1


async def test_a_list_carried_on_with_items_does_not_offer_skip_to_leave_it_out(
        tmp_path: Path, store: Store) -> None:
    """Coming back to My Three Houses half way through the house of good things, the
    terminal showed "1 so far" and "(Optional: /skip to leave it out.)": /skip keeps the
    items given, so a practitioner wanting to keep the child's words was told the opposite."""
    flow = build_flow(tmp_path, section("s", list_step("good", required=False), text("why"),
                                        column="worried"))
    shown, draft = await at_the_terminal(store, flow, "nanny does my hair", "/show", "/skip")
    assert "(Optional: /skip to leave it out.)" in shown.split("nanny does my hair")[0]
    assert "1. nanny does my hair" in shown  # asked afresh, as after coming back
    assert "(Optional: /skip to leave it out.)" not in shown.split("1. nanny does my hair")[1]
    assert draft.answers["good"] == ["nanny does my hair"]


async def test_an_answer_of_several_lines_stays_under_its_number_in_the_review(
        tmp_path: Path, store: Store) -> None:
    """In /review, the second and third lines of pasted notes began at the margin, so
    "HV: weight dropped..." read as an answer of its own, with no number to /edit."""
    flow = build_flow(tmp_path, section("s", text("notes"), text("then"), column="worried"))
    shown, _ = await at_the_terminal(
        store, flow, "Hungry on Mondays.\nHV: weight dropped.", "/review", "/edit 1")
    assert "1. Question notes?: Hungry on Mondays.\n   HV: weight dropped.\n" in shown
    assert "Current answer: Hungry on Mondays.\n  HV: weight dropped. (/skip keeps it)" in shown


async def test_coming_back_to_an_answer_held_by_a_reminder_asks_it_again_in_its_own_words(
        tmp_path: Path, store: Store) -> None:
    """A social worker quit while a reminder about "HV" held her answer back. Coming back,
    the chat asked only 'You answered "...". Keep this answer as it is?', without saying
    what the reminder was about."""
    flow = build_flow(tmp_path, section("s", text("what", checks=["plain_language"]),
                                        text("then"), column="worried"))
    await at_the_terminal(store, flow, "Dad leaves the kids alone. HV worried.")
    out = io.StringIO()
    talk = Conversation(store, {flow.id: flow}, surface="terminal", nudger=nudger())
    assert await Console(talk, out=out, read=typed_then_end("1")).run() == 0
    shown = out.getvalue().split('Back to "TB-7"')[1]
    assert 'You wrote "HV".' in shown
    assert "Keep this answer as it is?" not in shown


@pytest.mark.parametrize("middle", ["back", "nothing else", "done", "none"])
async def test_a_paste_holding_a_line_that_moves_the_list_on_stays_one_answer(
        tmp_path: Path, store: Store, middle: str) -> None:
    """Pasted one item each, "back" (or "nothing else") among the lines moved the questions
    on, and the lines after it were filed under the list before: "music" and "her nan" as
    worries. Such a paste is kept as one answer, where it was pasted."""
    flow = build_flow(tmp_path, section("s", list_step("worries"), list_step("strengths"),
                                        text("why"), column="worried"))
    pasted = f"football\n{middle}\nmusic\nher nan"
    _, draft = await at_the_terminal(store, flow, "mum drinks", "", pasted, "")
    assert draft.answers["worries"] == ["mum drinks"]
    assert draft.answers["strengths"] == [pasted]
