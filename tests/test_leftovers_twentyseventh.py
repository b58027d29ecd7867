"""The twenty-seventh pass over defects earlier passes saw and left: each pinned by a test
that failed on the code as it was."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from bot import cli
from bot.config import ConfigError, load_settings
from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows import engine
from flows.draft import Draft
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from storage.crypto import new_key
from storage.store import Store
from tests.builders import build_flow, list_step, section, text, yes_no
from tests.test_console import at_the_terminal, script, typed_then_end
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()
__all__ = ["bot"]  # the fixture


async def piped_in(tmp_path: Path, flow_id: str, *lines: str) -> tuple[int, str, dict[str, object]]:
    """`sosbot chat --flow FLOW` with `lines` piped in, run in-process: its exit status, what
    it showed, and the answers of the draft it saved."""
    out = io.StringIO()
    async with await Store.open(tmp_path / "piped.db") as store:
        talk = Conversation(store, FLOWS, nudger=nudger(), surface="terminal")
        status = await Console(talk, out=out, read=typed_then_end(*lines),
                               interactive=False).run(flow_id)
        (info,) = await talk.drafts(CONSOLE_USER, None)
        draft = await talk.load(CONSOLE_USER, info.id)
        assert draft is not None
    return status, out.getvalue(), dict(draft.answers)


# --- 1. a piped answer held until it is sent again, known by a flag, not by its wording ------

REWORDED = {
    "repeated": 'Not kept: "{title}" has that answer already. Send it once more for this one.',
    "yes_alone": "Who or what? If yes is all of it, send yes once more.",
    "lost_quoted": "Words someone said? Send them once more.",
}
SAME = "Same as above for both children, see the notes from the visit"


def _lines(flow_id: str, **plan: str) -> list[str]:
    return [t.line for t in script(FLOWS, flow_id, **plan)]


def _repeated() -> list[str]:
    lines = _lines("reflection", going_well=SAME, needs_to_happen=SAME)
    lines.remove(SAME)  # the script sends the copy once more, as the engine asks
    return lines


def _lost() -> list[str]:
    lines = _lines("reflection", what_happened="told me: rang her")
    lines[lines.index("told me: rang her")] = "Help me!"
    return lines


@pytest.mark.parametrize(("flow_id", "lines", "step", "kept"), [
    ("reflection", _repeated, "needs_to_happen", SAME),
    ("reflection", _lost, "what_happened", "Help me!"),
    ("three_houses", lambda: ["yes", "All of it"], "not_told", "yes"),
], ids=["answer-before-again", "words-read-as-help", "yes-alone"])
async def test_a_held_piped_answer_is_kept_whatever_the_engine_words_its_hold(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flow_id: str,
        lines: object, step: str, kept: str) -> None:
    """The terminal chat knew an answer "held until it is sent again" by the words of the
    engine's message: reworded (as every message here is, pass after pass), a file's answer
    was refused and the chat stopped halfway. The engine marks the hold; the wording is
    free."""
    for name, reworded in REWORDED.items():
        monkeypatch.setitem(engine.MSG, name, reworded)
    assert callable(lines)
    status, shown, answers = await piped_in(tmp_path, flow_id, "KB-1", *lines())
    assert status == 0, shown[-1500:]
    assert answers[step] == kept


# --- 2. the lines of a paste counted as they show -------------------------------------------

async def at_a_keyboard(tmp_path: Path, flow: Flow, *typed: str) -> tuple[str, Draft]:
    """`typed` (lines pasted together arrive as one read) into the terminal chat on `flow`,
    at a keyboard: what it showed, and the draft it saved."""
    async with await Store.open(tmp_path / "keyboard.db") as store:
        return await at_the_terminal(store, flow, *typed)


def _network(tmp_path: Path) -> Flow:
    return build_flow(tmp_path, section("s", list_step("people", ask="Who is in the safety "
                                                       "network?", required=False),
                                       text("why", ask="Why?"), text("then", ask="Then?")))


# Each paste: two lines that show, and among them a line of spaces, a zero-width space, a
# colour reset copied from a terminal and an empty line.
UNSEEN = "\n   \n\u200b\n\x1b[0m\n\n"


async def test_a_paste_kept_as_one_answer_counts_the_lines_that_show(tmp_path: Path) -> None:
    """Two lines pasted from a case note, with blank and invisible lines between them, were
    "The 5 lines you pasted": the practitioner, seeing two, wondered what else was saved."""
    flow = _network(tmp_path)
    shown, draft = await at_a_keyboard(tmp_path, flow, "/skip",
                                       "Seen a bruise on her arm" + UNSEEN + "Said dad did it")
    assert "(The 2 lines you pasted are kept together, as one answer.)" in shown, shown
    assert "Seen a bruise on her arm" in str(draft.answers["why"])


async def test_a_paste_below_a_reminder_at_a_list_counts_the_lines_that_show(
        tmp_path: Path) -> None:
    flow = _network(tmp_path)
    shown, draft = await at_a_keyboard(tmp_path, flow, "Nan will",
                                       "pick her up" + UNSEEN + "Uncle Sam", "")
    assert "(The 2 lines you pasted are added one item each.)" in shown, shown
    assert draft.answers["people"] == ["Nan will pick her up", "Uncle Sam"]


# --- 3. "N/A" at a list, in answers read from a file ----------------------------------------

# The file's lines up to the child's list: the label, the meeting (a choice), its date
# (skipped), who writes, and three optional questions skipped with empty lines.
TO_THE_CHILDS_LISTS = ("KB-1", "1", "", "Me", "", "", "")


@pytest.mark.parametrize(("worries", "saved"), [
    (["N/A", ""], ["N/A"]),
    (["none", ""], ["none"]),
    (["n/a", "/done"], ["n/a"]),
], ids=["n/a-and-the-empty-line", "none-and-the-empty-line", "n/a-and-done"])
async def test_a_piped_n_a_at_a_list_leaves_the_lines_after_it_on_their_own_questions(
        tmp_path: Path, worries: list[str], saved: list[str]) -> None:
    """A file written for `sosbot chat`, each list's lines ended by an empty line as the
    question asks. "N/A" at the top of one list ended it there, so the items under it went
    to the next list, and every answer after them one question on from where it was
    written; "N/A" and its empty line ended the list and then skipped the next one. With its
    empty line it is the list's answer (with a line of words under it, the chat stops:
    tests/test_review_leftovers_twentyseventh.py)."""
    status, shown, answers = await piped_in(
        tmp_path, "mapping", *TO_THE_CHILDS_LISTS, *worries, "Nan", "", "Her own room", "",
        "Asked her at school, on her own")
    assert status == 0, shown[-1500:]
    assert answers["house_worries"] == saved
    assert answers["house_good"] == ["Nan"]
    assert answers["house_dreams"] == ["Her own room"]
    assert answers["child_view_how"] == "Asked her at school, on her own"


# --- 4. a key pasted wrong in a SOSBOT_DATA_KEY of several lines, in .env --------------------

@pytest.mark.parametrize(("written", "bad_at"), [
    ('# keys, newest first\nSOSBOT_DATA_KEY="{good}\n{bad}"\n', 3),
    ('SOSBOT_DB=sosbot.db\n\nSOSBOT_DATA_KEY="\n{good}\n# the old one\n{bad}\n"\n', 6),
    ("SOSBOT_DATA_KEY='{good}\n{good2}, {bad}'\n", 2),
], ids=["second-line", "value-on-the-lines-below", "second-key-of-line-2"])
def test_a_bad_key_on_a_later_line_of_the_setting_is_named_by_its_line_in_env(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, bad_at: int) -> None:
    """A key pasted wrong after a rotation, on the second line of SOSBOT_DATA_KEY in .env, was
    "SOSBOT_DATA_KEY, line 2: ... (set in .env, line 1)": two line numbers, and the operator
    opened .env at line 2, another setting or a comment. One line is named: the key's own,
    in .env."""
    cut = new_key().line()[:-9]
    (tmp_path / ".env").write_text(written.format(good=new_key().line(),
                                                  good2=new_key().line(), bad=cut))
    assert cli.main(["keys", "list", "--db", str(tmp_path / "k.db")]) == 2
    said = capsys.readouterr().err.strip()
    assert said.startswith("sosbot: SOSBOT_DATA_KEY"), said
    assert said.endswith(f"(set in .env, line {bad_at})"), said
    assert len(re.findall(r"\bline\b", said)) == 1, said
    assert cut.partition(":")[2] not in said


def test_a_bad_key_on_a_later_line_in_the_environment_still_names_its_line(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOSBOT_DATA_KEY", f"{new_key().line()}\nnot-a-key")
    assert cli.main(["keys", "list"]) == 2
    said = capsys.readouterr().err.strip()
    assert said.startswith("sosbot: SOSBOT_DATA_KEY, line 2: "), said
    assert said.endswith("(set in the environment)"), said


# --- 5. the case label in each question's header ---------------------------------------------

async def test_each_question_in_telegram_names_its_case_briefly(bot: Bot) -> None:
    """A social worker with two reflections open, one for each of two brothers, came back to
    "Question 2 of 8 · What has happened" and could not tell which boy it was about. Each
    question names its draft's label, escaped, and whole (cut, a label told the two apart
    only after its sixteenth character)."""
    await bot.say("/new reflection")
    await bot.say("KB&JB older")
    header = bot.texts()[-1].split("\n", 1)[0]
    assert header.startswith("[KB&amp;JB older] <b>Question 1 of 8</b>"), header
    await bot.say("/new reflection")
    await bot.say("Ref 44172 younger twin")
    await bot.say("School or college")
    header = bot.texts()[-1].split("\n", 1)[0]
    assert header.startswith("[Ref 44172 younger twin] <b>Question 2 of 8</b>"), header


async def test_each_question_at_the_terminal_names_its_case(tmp_path: Path) -> None:
    shown, _ = await at_a_keyboard(tmp_path, _network(tmp_path), "/skip")
    assert "[Question 1 of 3 · Section s · TB-7]" in shown, shown
    assert "[Question 2 of 3 · Section s · TB-7]" in shown, shown


# --- 6. yes and no in other words ---------------------------------------------------------------

@pytest.mark.parametrize(("typed", "taken"), [
    *[(w, "yes") for w in ("oui", "Ja", "si", "Sí!", "ie", "oes", "ydy", "āe",
                           "y", "yep", "yeah", "aye")],
    *[(w, "no") for w in ("non", "Nein.", "nee", "nie", "naddo", "nac oes", "kāo", "nae",
                          "n", "nope", "nah")],
])
def test_yes_or_no_in_a_word_that_means_only_that_is_taken(typed: str, taken: str) -> None:
    """A Welsh-speaking social worker answered "Has the child already been hurt...?" with
    "naddo"; a colleague from Lyon, "oui". Each was told it was not saved, with a long note
    about going /back to the answer before, as if the word belonged there."""
    chat = reach(FLOWS["mapping"], "harm_happened")
    chat.send(typed)
    assert chat.draft.answers["harm_happened"] == taken


@pytest.mark.parametrize("typed", ["tak", "do", "na", "N/A", "ok"])
def test_a_word_that_is_yes_only_to_some_is_asked_about_in_one_short_line(typed: str) -> None:
    """"tak" is yes in Polish and thanks in Danish; "do" is yes in Welsh and an English word;
    "na" is no in Welsh or "n/a". None is read as yes or no: the question is asked again,
    with one short line, not a note about going /back to the answer before."""
    chat = reach(FLOWS["mapping"], "harm_happened")
    chat.send(typed)
    assert "harm_happened" not in chat.draft.answers
    assert chat.asked == "harm_happened"
    (said,) = chat.notices("problem")
    assert said.endswith("Please answer yes or no."), said
    assert "/back" not in said


async def test_at_the_terminal_naddo_is_taken_as_no_and_said_so(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", yes_no("hurt", ask="Has the child been hurt?"),
                                        text("why", ask="Why?"), text("then", ask="Then?")))
    shown, draft = await at_a_keyboard(tmp_path, flow, "tak", "naddo")
    assert draft.answers["hurt"] == "no"
    assert 'whether "tak" means yes or no' in shown
    assert "(Taken as: No)" in shown


def test_a_bad_key_on_a_later_line_in_the_services_env_file_is_named_there(
        tmp_path: Path) -> None:
    """The same with `--env-file` (systemd's EnvironmentFile), which `sosbot run` reads."""
    env = tmp_path / "sosbot.env"
    env.write_text(f'SOSBOT_DATA_KEY="{new_key().line()}\nnot-a-key"\n')
    with pytest.raises(ConfigError) as refused:
        load_settings(env_file=env)
    assert str(refused.value).startswith("SOSBOT_DATA_KEY: a key must be")
    assert str(refused.value).endswith(f"(set in {env}, line 2)")


@pytest.mark.parametrize("yes", ["oui", "ja", "ie"])
def test_yes_in_other_words_to_who_the_child_does_not_want_told_asks_who(yes: str) -> None:
    """A bare "yes" where who or what is asked is held once, to ask who: so is a yes taken
    at a yes-or-no question in other words."""
    chat = reach(FLOWS["three_houses"], "not_told")
    chat.send(yes)
    assert "not_told" not in chat.draft.answers
    chat.send(yes)
    assert chat.draft.answers["not_told"] == yes
