"""`sosbot language-check`, run as a council would run it, over our own marked corpora.

The corpora in tests/language/ are invented report sentences, danger statements and safety
goals, each marked as a practice lead would mark it. Five sets were written at different
times in different voices (see each file's header); each is run through the real command
line, in a child process, and together they must meet the targets the checks are judged by.
What the command prints of a few lines is read from it run in this process
(tests/in_process.py: the same `bot.cli.main`, without a child's second of start-up and of
compiling every check again).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import run_sosbot
from in_process import sosbot_here

from flows.checks.words import WORD_LIST_PATH

CORPORA = Path(__file__).resolve().parent / "language"
# file stem -> (`--as`, the mark that must be flagged, the mark that must not be)
KINDS = {"answers": ("answer", "flag", "plain"), "statements": ("danger_statement", "flag", "good"),
         "goals": ("safety_goal", "flag", "good")}
# (least share of flawed lines caught, most share of sound lines flagged)
TARGETS = {"answer": (0.90, 0.05), "danger_statement": (0.85, 0.10), "safety_goal": (0.85, 0.10)}


@dataclass(frozen=True)
class Case:
    mark: str
    kind: str
    text: str


def corpus(path: Path) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            mark, kind, text = (part.strip() for part in line.split("|", 2))
            cases.append(Case(mark, kind, text))
    return cases


def flagged_lines(cases: list[Case], check_as: str) -> dict[int, str]:
    result = run_sosbot("language-check", "--as", check_as,
                        input="".join(c.text + "\n" for c in cases))
    assert result.returncode in (0, 1), result.stderr
    found = dict(re.match(r"(\d+): (.+)", line).groups()  # type: ignore[union-attr]
                 for line in result.stdout.splitlines())
    assert (result.returncode == 1) == bool(found)
    return {int(n): what for n, what in found.items()}


CORPUS_FILES = sorted(CORPORA.glob("*.txt"))


@pytest.mark.parametrize("stem", sorted(KINDS))
def test_the_corpora_meet_the_targets_through_the_real_command(stem: str) -> None:
    check_as, bad, good = KINDS[stem]
    caught: Counter[str] = Counter()
    alarms: list[str] = []
    flawed = sound = 0
    files = [corpus(p) for p in CORPUS_FILES if p.stem.rsplit("_", 1)[-1] == stem]
    # One child process reads every file of this kind, one after another (the command judges
    # each line alone); line numbers are mapped back to each file's own. A process per file
    # spent most of its time starting up.
    everything = flagged_lines([c for cases in files for c in cases], check_as)
    start = 0
    for cases in files:
        flagged = {n - start: what for n, what in everything.items()
                   if start < n <= start + len(cases)}
        start += len(cases)
        caught += Counter(c.kind for n, c in enumerate(cases, 1) if c.mark == bad and n in flagged)
        alarms += [c.text for n, c in enumerate(cases, 1) if c.mark == good and n in flagged]
        flawed += sum(c.mark == bad for c in cases)
        sound += sum(c.mark == good for c in cases)
    assert max(everything, default=0) <= start  # no line numbered past the input
    least, most = TARGETS[check_as]
    assert sum(caught.values()) >= least * flawed, caught
    assert len(alarms) <= most * sound, alarms


def test_the_corpora_are_several_hundred_lines_across_every_kind_of_harm() -> None:
    cases = {p.stem: corpus(p) for p in CORPUS_FILES}
    assert sum(len(c) for c in cases.values()) >= 600
    harms = {"neglect", "domestic_abuse", "exploitation", "physical", "sexual", "mental_health",
             "drugs"}
    for stem, found in cases.items():
        kinds = {c.kind for c in found}
        if stem.endswith(("statements", "goals")):
            assert {c.mark for c in found} == {"good", "flag"}
        else:
            assert {"quoted", "lookalike", "behaviour", "abbreviation", "blame"} <= kinds, stem
    for part in ("statements", "goals"):
        for mark in ("good", "flag"):
            kinds = {c.kind for stem, found in cases.items() if stem.endswith(part)
                     for c in found if c.mark == mark}
            assert harms <= kinds, (part, mark)


def test_every_term_is_named_with_a_line_number_and_exit_1() -> None:
    text = ("Dad hit Mum on Friday.\nMum has poor engagement and DV concerns.\n\n"
            "The SW saw the YP.\n")
    result = sosbot_here("language-check", input=text)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        '2: "poor engagement", "DV", "concerns"', '4: "SW", "YP"']


def test_a_claim_with_nothing_anyone_did_is_named_as_that() -> None:
    text = "Mum is juggling a lot at the moment.\nMum left T alone all night on Friday.\n"
    result = sosbot_here("language-check", input=text)
    assert result.stdout.splitlines() == [
        '1: "Mum is juggling a lot at the moment" (nothing anyone did, said or was seen to do)']


def test_nothing_flagged_exits_0_and_prints_nothing() -> None:
    text = 'Dad pushed Mum into the door on Friday.\nT said "Mummy has concerns".\n'
    result = sosbot_here("language-check", input=text)
    assert (result.returncode, result.stdout) == (0, "")


def test_what_is_printed_back_holds_no_terminal_escapes() -> None:
    result = sosbot_here("language-check", input="Dad is a cold \x1b[H\x1b[J fish.\n")
    assert result.returncode == 1
    assert "cold" in result.stdout
    assert "\x1b" not in result.stdout


def test_a_statement_says_what_is_missing() -> None:
    result = sosbot_here("language-check", "--as", "danger_statement", input=(
        "There are concerns about DV.\n"
        "The school is worried that R hits mum when he has been drinking. If nothing changes, "
        "T could be hurt trying to protect her.\n"
        "We are worried that S is putting herself at risk with older men. She could be hurt.\n"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("1: ")
    for part in ("who is worried", "what an adult did or does", "what could happen",
                 '"DV"'):
        assert part in lines[0]
    assert lines[1].startswith("3: ")
    assert "cause of their own harm" in lines[1]
    assert '"putting herself at risk"' in lines[1]


def test_a_goal_says_what_is_missing() -> None:
    result = sosbot_here("language-check", "--as", "safety_goal", input=(
        "Parents will engage with the plan.\n"
        "Mum will take T to her sister's whenever R has been drinking, and will text the "
        "social worker each week. Everyone will need to see this for six months.\n"
        "Mum will keep the children away from R and call the police if he hits her.\n"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["1", "3"]
    for part in ("what the caregiver will do", '"engage with"', "who will see it",
                 "for how long"):
        assert part in lines[0]
    assert "only the parent being harmed is asked to act" in lines[1]


def test_a_council_list_can_add_or_replace(tmp_path: Path) -> None:
    adding = tmp_path / "adding.yaml"
    adding.write_text("mode: add\nterms:\n  - term: front door\n"
                      "    question: Which team did you contact?\n")
    replacing = tmp_path / "replacing.yaml"
    replacing.write_text("mode: replace\nterms:\n  - term: front door\n"
                         "    question: Which team did you contact?\n")
    text = "Passed to the front door.\nA history of DV.\n"
    assert sosbot_here("language-check", input=text).stdout == '2: "A history of", "DV"\n'
    added = sosbot_here("language-check", "--words", str(adding), input=text)
    assert added.stdout == '1: "front door"\n2: "A history of", "DV"\n'
    replaced = sosbot_here("language-check", "--words", str(replacing), input=text)
    # The patterns behind jargon are not a list: "a history of" is still asked about.
    assert replaced.stdout == '1: "front door"\n2: "A history of"\n'


def test_sosbot_words_is_used_when_no_file_is_given(tmp_path: Path) -> None:
    own = tmp_path / "own.yaml"
    own.write_text("terms:\n  - term: front door\n    question: Which team?\n")
    result = sosbot_here("language-check", input="Passed to the front door.\n",
                         env={"SOSBOT_WORDS": str(own)})
    assert (result.returncode, result.stdout) == (1, '1: "front door"\n')


def test_a_broken_word_list_is_one_line_naming_file_line_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "council.yaml"
    broken.write_text("mode: add\nterms:\n  - term: front door\n    questoin: Which team?\n")
    result = sosbot_here("language-check", "--words", str(broken), input="Fine.\n")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{broken}:4: terms[0].questoin: unknown field (check the spelling)"]


def test_the_shipped_list_says_how_a_council_extends_it() -> None:
    text = WORD_LIST_PATH.read_text(encoding="utf-8")
    assert "SOSBOT_WORDS" in text
    assert "mode: replace" in text
    assert "plain_abbreviations" in text
