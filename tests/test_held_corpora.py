"""The corpora written blind (tests/language/held/), through the real command.

Each file's header says what it scored before and after the round's changes, and which of its
lines were read while a rule was written. Their flawed lines are not all caught, so they are
kept apart from the corpora that must meet the targets (tests/test_language_check.py): here
they hold the round's scores as a floor, so a later change that loses a caught line or sends
back a sound one shows up.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from test_language_check import Case, corpus, flagged_lines

from flows.checks.privacy import find_personal_data

HELD = Path(__file__).resolve().parent / "language" / "held"
# file -> (`--as`, the mark of a sound line, least flawed lines caught, most sound ones flagged)
FLOORS = {
    "twelfth_d_answers": ("answer", "plain", 63, 1),
    "twelfth_d_statements": ("danger_statement", "good", 15, 0),
    "twelfth_d_goals": ("safety_goal", "good", 15, 2),
    "twelfth_e_strengths": ("answer", "plain", 59, 5),
    "thirteenth_f_answers": ("answer", "plain", 90, 0),
    "thirteenth_f_statements": ("danger_statement", "good", 20, 1),
    "thirteenth_f_goals": ("safety_goal", "good", 20, 13),
    "fourteenth_g_answers": ("answer", "plain", 88, 0),
    "fourteenth_g_statements": ("danger_statement", "good", 20, 0),
    "fourteenth_g_goals": ("safety_goal", "good", 20, 0),
    "fifteenth_h_answers": ("answer", "plain", 90, 0),
    "fifteenth_h_statements": ("danger_statement", "good", 20, 0),
    "fifteenth_h_goals": ("safety_goal", "good", 20, 0),
    "sixteenth_i_answers": ("answer", "plain", 90, 11),
    "sixteenth_i_statements": ("danger_statement", "good", 20, 7),
    "sixteenth_i_goals": ("safety_goal", "good", 20, 9),
    "eighteenth_j_answers": ("answer", "plain", 88, 0),
    "eighteenth_j_statements": ("danger_statement", "good", 20, 0),
    "eighteenth_j_goals": ("safety_goal", "good", 20, 0),
    "nineteenth_k_answers": ("answer", "plain", 90, 1),
    "nineteenth_k_statements": ("danger_statement", "plain", 20, 0),
    "nineteenth_k_goals": ("safety_goal", "plain", 20, 0),
    "nineteenth_l_answers": ("answer", "plain", 90, 1),
    "nineteenth_l_statements": ("danger_statement", "good", 20, 1),
    "nineteenth_l_goals": ("safety_goal", "good", 20, 2),
}


# The twenty-first round's corpus sits with the corpora held to the targets (tests/language/),
# its first part written before any rule was read (its header): the round's scores as a floor.
# The review's lines (each file's last part) are held the same way.
ROUND_21 = {
    "twentyfirst_held_answers": ("answer", "plain", 194, 3),
    "twentyfirst_held_statements": ("danger_statement", "good", 32, 0),
    "twentyfirst_held_goals": ("safety_goal", "good", 25, 1),
}
# The twenty-second round's, the same way: its first part written before any rule was read,
# its probe (each file's last part) after; floors at the round's fitted after-scores (headers).
ROUND_22 = {
    "twentysecond_held_answers": ("answer", "plain", 129, 2),
    "twentysecond_held_statements": ("danger_statement", "good", 15, 0),
    "twentysecond_held_goals": ("safety_goal", "good", 17, 0),
}
# The twenty-second round's review: the reviewer's look-alikes and paraphrases, fitted (the
# rules were changed with them in view), held at the after-scores of langfix22.
REVIEW_22 = {
    "twentysecond_review_answers": ("answer", "plain", 90, 9),
    "twentysecond_review_statements": ("danger_statement", "good", 3, 2),
    "twentysecond_review_goals": ("safety_goal", "good", 11, 2),
}

# The twenty-third round's (Welsh, Scottish, New Zealand and Canadian voices, young people of
# 14-17, exploitation and online harm): written before any rule was read, then fitted; its
# probe (each file's last part) written after. Floors at the round's after-scores (headers).
ROUND_23 = {
    "twentythird_held_answers": ("answer", "plain", 130, 0),
    "twentythird_held_statements": ("danger_statement", "good", 20, 1),
    "twentythird_held_goals": ("safety_goal", "good", 19, 0),
}
# The twenty-fourth round's (Irish, Northern Irish, Australian and US voices, Traveller, Roma
# and refugee families, disabled and teenage parents, kinship care, faith, sport, online):
# written before any rule was read, then fitted. Floors at the round's after-scores (headers).
ROUND_24 = {
    "twentyfourth_held_answers": ("answer", "plain", 88, 1),
    "twentyfourth_held_statements": ("danger_statement", "good", 15, 0),
    "twentyfourth_held_goals": ("safety_goal", "good", 15, 0),
}
# The twenty-fifth round's (Welsh, Scottish, New Zealand, Canadian and Scandinavian voices,
# diaspora and faith households, military and farming families, autism and ADHD, young carers,
# pre-birth work, care leavers, exploitation, sextortion, coercive control): written before any
# rule was read, then fitted. Floors at the round's after-scores (headers).
ROUND_25 = {
    "twentyfifth_held_answers": ("answer", "plain", 91, 5),
    "twentyfifth_held_statements": ("danger_statement", "good", 14, 1),
    "twentyfifth_held_goals": ("safety_goal", "good", 15, 3),
}
_LIVE = ROUND_21 | ROUND_22 | REVIEW_22 | ROUND_23 | ROUND_24 | ROUND_25
_ALL = FLOORS | _LIVE


def read(stem: str) -> list[Case]:
    # Personal data is the privacy check's (below); `language-check` reads wording only.
    folder = HELD.parent if stem in _LIVE else HELD
    return [c for c in corpus(folder / f"{stem}.txt") if c.kind != "personal"]


@functools.cache
def flagged_as(check_as: str) -> dict[str, dict[int, str]]:
    """The lines of each corpus read `--as` this that the command flags, by the corpus's own
    line numbers: one child process reads every such corpus, one after another (the command
    judges each line alone). A process per corpus spent most of its time starting up."""
    stems = [stem for stem in sorted(_ALL) if _ALL[stem][0] == check_as]
    files = [read(stem) for stem in stems]
    everything = flagged_lines([c for cases in files for c in cases], check_as)
    flagged: dict[str, dict[int, str]] = {}
    start = 0
    for stem, cases in zip(stems, files, strict=True):
        flagged[stem] = {n - start: what for n, what in everything.items()
                         if start < n <= start + len(cases)}
        start += len(cases)
    return flagged


@pytest.mark.parametrize("stem", sorted(_ALL))
def test_the_blind_corpora_keep_what_this_round_caught(stem: str) -> None:
    check_as, sound, least, most = _ALL[stem]
    cases = read(stem)
    flagged = flagged_as(check_as)[stem]
    caught = [c for n, c in enumerate(cases, 1) if c.mark == "flag" and n in flagged]
    alarms = [c.text for n, c in enumerate(cases, 1) if c.mark == sound and n in flagged]
    assert len(caught) >= least, f"{len(caught)} caught"
    assert len(alarms) <= most, alarms


def test_personal_data_in_the_blind_corpus_is_found_and_nothing_else_is() -> None:
    every = [c for path in sorted(HELD.glob("twelfth_*.txt")) for c in corpus(path)]
    personal = [c.text for c in every if c.kind == "personal"]
    assert len(personal) == 10
    assert [t for t in personal if not find_personal_data(t)] == []
    assert [c.text for c in every if c.kind != "personal" and find_personal_data(c.text)] == []


def test_corpus_f_names_two_parents_by_surname_and_the_privacy_check_finds_just_them() -> None:
    # Corpus F was not written to test privacy, yet two lines name a parent by title and
    # surname, which a practitioner is asked not to type: exactly those are found.
    every = [c for path in sorted(HELD.glob("thirteenth_*.txt")) for c in corpus(path)]
    found = [hit.text for c in every for hit in find_personal_data(c.text)]
    assert sorted(found) == ["Mrs O'Neill", "Ms Nguyen"]


def test_corpus_g_names_three_adults_by_title_and_a_missed_feed_is_not_a_name() -> None:
    # Corpus G names a teacher, a PE teacher and a head teacher by title and surname; one
    # statement says Mum "will continue to miss Ruby's feeds", where "miss" is the verb.
    every = [c for path in sorted(HELD.glob("fourteenth_*.txt")) for c in corpus(path)]
    found = [hit.text for c in every for hit in find_personal_data(c.text)]
    assert sorted(found) == ["Mr Jones", "Mr Okafor", "Mrs Patel"]


@pytest.mark.parametrize(("text", "name"), [
    ("Mum didn't miss Kelly's appointment", None),
    ("she'll miss Smith's lesson again", None),
    ("Dad is likely to miss Jones's party", None),
    ("spoke to miss Smith at pick up", "miss Smith"),
    ("mum and miss Jones talked", "miss Jones"),
    ("Miss Ruby at nursery saw the bruise", "Miss Ruby"),
])
def test_a_lower_case_miss_after_a_verb_is_the_verb_not_a_title(text: str,
                                                                  name: str | None) -> None:
    assert [hit.text for hit in find_personal_data(text)] == ([name] if name else [])
