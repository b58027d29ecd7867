"""One runner for the blind wording reviews' sets (D through Z, tests/test_review_language_*.py).

Each set's file holds its data (the flawed and sound lines, where each was sent, what still
fails and how, the held-out variants) and its docstring, and ends in one call:

    globals().update(review_tests(ReviewSet(name="W", asked=asked_s, ...)))

which puts this module's test functions, each written once here, in the file: every line a
test of its own, its id naming the set, the tool, the question and the line
("W:harm_matrix:harm_impact:Poor emotional wellbeing ..."). A kind of case a set has none of
makes no test.

What is held of each line:
- a flawed line is asked about (`asked`, or `asked_flawed` where the set reads its flawed
  lines otherwise, gives a reminder) and, where the set says what fits
  (`fits(line, reply)`), with a question that fits;
- a flawed line in `left_unasked` is not run as a flawed line; with `hold_left_unasked` (set
  W) it is held to be let through;
- a flawed line in `left_asked_otherwise` is held to be asked, the reminder opening with the
  text given ("" for any question);
- a sound line is let through (`asked` gives None), or, where `sound_may_ask` is given, asked
  only as it allows (a short form written out, sets E and H);
- a sound line in `left_flagged` is not run as a sound line; with `flagged_as(case, reply)` it
  is held to be asked as the project means;
- a held-out variant (tool, question, line, want) is asked with a question that fits
  (`held_fits(want, reply)`); a held-out sound one (tool, question, line) is let through;
- `sizes` (flawed, sound), `flagged_size` and `paired` (each flawed line once, and the
  flawed and sound lines at the same questions) hold the set as it was written blind.

A set written in set W's shape (rows of (voice, "tool:question", line, want) for the flawed
lines and (voice, "tool:question", line) for the sound) is turned into a `ReviewSet` by
`rows_set`, as sets X, Y and Z are (tests/test_review_language_fortysecond*.py); set Y keeps
its two kinds of held-out variant left as they are (let through, or asked the word list's
own question) as tests of its own.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

Case = tuple[str, str, str]  # (tool, question, line)
HeldFlawed = tuple[str, str, str, str]  # (tool, question, line, what fits)
Asked = Callable[[str, str, str], "str | None"]


def at(rows: Iterable[tuple[str, ...]]) -> list[Case]:
    """(tool, question, line) for each row, at the question it names ("tool:question")."""
    return [(*row[1].split(":"), row[2]) for row in rows]  # type: ignore[misc]


def placed_in_turn(places: Mapping[str, Sequence[tuple[str, str]]]
                   ) -> Callable[[Sequence[tuple[str, ...]]], list[Case]]:
    """Where a set's rows are sent when each names a kind of question (row[1]) of `places`:
    the nth line of a kind at the kind's nth (tool, question), round again when they run out."""
    def placed(rows: Sequence[tuple[str, ...]]) -> list[Case]:
        turn: dict[str, int] = {}
        cases = []
        for row in rows:
            at_kind = places[row[1]]
            nth = turn[row[1]] = turn.get(row[1], -1) + 1
            cases.append((*at_kind[nth % len(at_kind)], row[2]))
        return cases
    return placed


@dataclass(frozen=True)
class ReviewSet:
    """A blind review's set, as its tests read it (see the module's docstring)."""

    name: str
    asked: Asked
    asked_flawed: Asked | None = None
    flawed: Sequence[Case] = ()
    sound: Sequence[Case] = ()
    fits: Callable[[str, str], bool] | None = None
    left_unasked: frozenset[str] = frozenset()
    hold_left_unasked: bool = False
    left_asked_otherwise: Mapping[str, str] = field(default_factory=dict)
    sound_may_ask: Callable[[str], bool] | None = None
    left_flagged: frozenset[str] = frozenset()
    flagged_as: Callable[[Case, str], bool] | None = None
    held_flawed: Sequence[HeldFlawed] = ()
    held_sound: Sequence[Case] = ()
    held_fits: Callable[[str, str], bool] | None = None
    sizes: tuple[int, int] | None = None
    flagged_size: int | None = None
    paired: bool = False


def rows_set(name: str, flawed_rows: Sequence[tuple[str, str, str, str]],
             sound_rows: Sequence[tuple[str, str, str]], *, fits: Callable[[str, str], bool],
             place: Callable[[Sequence[tuple[str, ...]]], list[Case]] = at,
             **more: Any) -> ReviewSet:
    """A set of rows in set W's shape: each flawed line asked with a question that fits its
    want (`fits(want, reply)`, held-out variants read the same), each placed by `place`."""
    wants = {line: want for _, _, line, want in flawed_rows}
    more.setdefault("held_fits", fits)
    return ReviewSet(name=name, flawed=place(flawed_rows), sound=place(sound_rows),
                     fits=lambda line, reply: fits(wants[line], reply), **more)


def _params(name: str, cases: Iterable[tuple[str, ...]]) -> list[Any]:
    return [pytest.param(*case, id=f"{name}:{case[0]}:{case[1]}:{case[2]}") for case in cases]


def review_tests(review: ReviewSet) -> dict[str, Callable[..., None]]:
    """The set's tests, by name, for its module's namespace (only those it has cases for)."""
    name, asked = review.name, review.asked
    tests: dict[str, Callable[..., None]] = {}

    def add(test: Callable[..., None], argnames: tuple[str, ...],
            cases: Iterable[tuple[str, ...]]) -> None:
        params = _params(name, cases)
        if params:
            tests[test.__name__] = pytest.mark.parametrize(argnames, params)(test)

    case_args = ("flow_id", "step_id", "line")
    held_args = ("flow_id", "step_id", "line", "want")
    otherwise = review.left_asked_otherwise

    if review.sizes is not None or review.flagged_size is not None or review.paired:
        def test_set_is_as_written_blind() -> None:
            if review.sizes is not None:
                assert (len(review.flawed), len(review.sound)) == review.sizes
            if review.flagged_size is not None:
                assert len(review.left_flagged) == review.flagged_size
            if review.paired:
                assert len({line for _, _, line in review.flawed}) == len(review.flawed)
                assert {case[:2] for case in review.flawed} == {case[:2] for case in review.sound}
        tests[test_set_is_as_written_blind.__name__] = test_set_is_as_written_blind

    def test_set_a_flawed_line_is_asked_with_a_question_that_fits(flow_id: str, step_id: str,
                                                                  line: str) -> None:
        reply = (review.asked_flawed or asked)(flow_id, step_id, line)
        assert reply is not None, line
        if review.fits is not None:
            assert review.fits(line, reply), (line, reply)

    add(test_set_a_flawed_line_is_asked_with_a_question_that_fits, case_args,
        [c for c in review.flawed if c[2] not in review.left_unasked and c[2] not in otherwise])

    def test_set_a_flawed_line_left_is_let_through(flow_id: str, step_id: str,
                                                   line: str) -> None:
        assert asked(flow_id, step_id, line) is None, line

    if review.hold_left_unasked:
        add(test_set_a_flawed_line_left_is_let_through, case_args,
            [c for c in review.flawed if c[2] in review.left_unasked])

    def test_set_a_flawed_line_left_is_asked_otherwise(flow_id: str, step_id: str,
                                                       line: str) -> None:
        reply = asked(flow_id, step_id, line)
        assert reply is not None, line
        assert reply.startswith(otherwise[line]), reply

    add(test_set_a_flawed_line_left_is_asked_otherwise, case_args,
        [c for c in review.flawed if c[2] in otherwise])

    def test_set_a_sound_line_is_let_through(flow_id: str, step_id: str, line: str) -> None:
        reply = asked(flow_id, step_id, line)
        if review.sound_may_ask is not None and reply is not None:
            assert review.sound_may_ask(reply), (line, reply)
        else:
            assert reply is None, line

    add(test_set_a_sound_line_is_let_through, case_args,
        [c for c in review.sound if c[2] not in review.left_flagged])

    def test_set_a_sound_line_left_asked_is_asked_as_the_project_means(
            flow_id: str, step_id: str, line: str) -> None:
        assert review.flagged_as is not None
        reply = asked(flow_id, step_id, line)
        assert reply is not None, line
        assert review.flagged_as((flow_id, step_id, line), reply), (line, reply)

    if review.flagged_as is not None:
        add(test_set_a_sound_line_left_asked_is_asked_as_the_project_means, case_args,
            [c for c in review.sound if c[2] in review.left_flagged])

    def test_a_held_out_variant_is_asked_with_a_question_that_fits(
            flow_id: str, step_id: str, line: str, want: str) -> None:
        assert review.held_fits is not None
        reply = asked(flow_id, step_id, line)
        assert reply is not None, line
        assert review.held_fits(want, reply), (line, reply)

    add(test_a_held_out_variant_is_asked_with_a_question_that_fits, held_args,
        review.held_flawed)

    def test_a_held_out_variant_told_plainly_is_let_through(flow_id: str, step_id: str,
                                                            line: str) -> None:
        assert asked(flow_id, step_id, line) is None, line

    add(test_a_held_out_variant_told_plainly_is_let_through, case_args, review.held_sound)
    return tests
