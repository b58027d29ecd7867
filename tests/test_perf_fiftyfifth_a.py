"""The fifty-fifth pass's cuts to the wording checks change nothing they find.

Two searches of a short answer were tried at every place of it: what could happen to the
child (`danger_statement._MODAL`, opening with `\\b`, which `re` tries everywhere) and a
time that is no time in a next step (`process._NO_TIME`, "at some point", "when
possible"). `_MODAL` now opens with the one class its words can start with, which `re`
scans a text for; a sentence is asked for a word of `_NO_TIME` ("some", "when", ...)
before it is searched. The tests here hold each against what it replaced over every line
the language tests hold, made lines with the letters `re` folds swapped in and made next
steps, and count, without timing anything, what is no longer done.
"""

from __future__ import annotations

import re
import sys

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from bench.startup import LONG_ANSWER
from flows import nudges
from flows.checks import danger_statement as D
from flows.checks import process as P
from flows.checks import text
from flows.checks.text import sentence_spans
from flows.checks.words import load_word_list
from tests.test_perf_fiftyfourth_a import step_sentences
from tests.test_perf_fiftysecond_a import Counted, _scanned, all_lines, made_lines
from tests.test_perf_fiftythird_a import made, step_lines

# `_MODAL` as it was written before this pass.
MODAL_BEFORE = (
    rf"\b(?=[cmwialr'’])(?:(?:could|{D._COULD}|might|may|will|would|is\s+likely\s+to"
    r"|are\s+likely\s+to|likely\s+to|at\s+risk\s+of|can|['’]ll)\s+(?:\w+\s+){0,2}?\w+"
    r"|which\s+(?:means|is\s+making)\b"
    r"|(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bany\s)(?<!\bno\s)(?<!\bof\s)"
    r"(?<!\bits\s)(?<!\btheir\s)risks\s+(?:\w+\s+){0,2}?\w+)")

# What could happen, as statements write it (and the letters `re` folds for its first ones).
MODAL_WORDS = ["could", "Could", "COULD", "cld", "cud", "cd", "CD", "Cd", "wd", "wld", "wud",
               "mite", "might", "may", "May", "will", "WILL", "would", "is likely to",
               "are likely to", "likely to", "at risk of", "can", "'ll", "’ll", "I'll", "she’ll",
               "which means", "which is making", "risks", "Risks", "the risks", "these risks",
               "of risks", "their risks", "no risks", "T risks", "be hurt", "miss school",
               "get", "ıs likely to", "İs likely to", "wıll", "mıght", "ſhe", "Kayden", "the",
               "thrisks", "whichmeans", "Amy", "cold", "well"]


def modal_lines(count: int, seed: int) -> list[str]:
    """What could happen written every way, run together or apart."""
    return made(MODAL_WORDS, count, seed)


@pytest.fixture(scope="module")
def statements() -> list[str]:
    """Every held line (typed and as the statement check reads it), made lines with "ſ",
    "K", "ı" and "İ" swapped in, and made lines of what could happen."""
    lines = [*all_lines(), *made_lines(2000, 5501), *modal_lines(3000, 5502)]
    return sorted({*lines, *map(D._masked, lines)})


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    """Each sentence of every held line, made lines, made next steps and lines of a step's
    words, lower-cased as the step checks read them."""
    lines = [*all_lines(), *made_lines(1000, 5503), *step_sentences(3000, 5504),
             *step_lines(2000, 5505)]
    said = {P._lowered(line[start:end]) for line in lines for start, end in sentence_spans(line)}
    return sorted(said | {P._lowered(line) for line in lines})


def test_what_could_happen_is_found_where_it_was(statements: list[str]) -> None:
    """`_MODAL` finds the same spans as written before, over every statement."""
    before = re.compile(MODAL_BEFORE, re.IGNORECASE)
    found = 0
    for line in statements:
        now = [m.span() for m in D._MODAL.finditer(line)]
        assert now == [m.span() for m in before.finditer(line)], line
        found += len(now)
    assert found > 3000, found


def test_what_could_happen_is_scanned_for() -> None:
    """`_MODAL` opens with one class `re` scans a text for; written before, opening with
    `\\b`, it was tried at every place of a statement."""
    assert _scanned(D._MODAL)
    assert not _scanned(re.compile(MODAL_BEFORE, re.IGNORECASE))


def test_the_first_class_of_what_could_happen_is_what_re_took() -> None:
    """Over every character there is, `_MODAL`'s first class takes those `re` took for its
    words' first letters ignoring case: no more, no fewer."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(D._MODAL_FIRST, every) == re.findall(r"[cmwialr'’]", every, re.IGNORECASE)


def test_no_time_is_found_where_it_was(sentences: list[str]) -> None:
    """Whether a sentence names a time that is no time ("at some point"), and whether a
    step says when: the same answers as `_NO_TIME` searched for in every sentence, as before."""
    found = 0
    for lowered in sentences:
        said = P._NO_TIME.search(lowered) is not None
        assert P._no_time_in(lowered) is said, lowered
        assert P._may_say_no_time(lowered) or not said, lowered
        assert P._timed(lowered) is bool(
            P._STEP_TIME.search(lowered) or P._WHEN.search(lowered)
            or P._ON_CONDITION.search(lowered)
            or any(not P._FAR_OFF.fullmatch(m.group()) for m in P._NO_TIME.finditer(lowered))
        ), lowered
        found += said
    assert found > 300, found


def test_every_time_that_is_no_time_holds_one_of_its_words() -> None:
    """Each phrase `_NO_TIME` finds (a space for each run of spaces) holds one of the words
    a sentence is asked for first, so a sentence holding none holds no such time."""
    pattern = P._NO_TIME.pattern
    assert pattern.startswith(r"\b(?:")
    assert pattern.endswith(r")\b")
    inner = pattern[len(r"\b(?:"):-len(r")\b")].replace(r"\s+", " ")
    phrases = text._forms(re._parser.parse(inner).data)  # type: ignore[attr-defined]
    assert phrases is not None
    assert len(phrases) > 20
    for phrase in phrases:
        assert P._NO_TIME.fullmatch(phrase), phrase
        assert any(word in phrase for word in P._NO_TIME_WORDS), phrase


def test_a_step_with_no_vague_word_is_not_searched_for_no_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's answers ("Mum will walk T to school each morning ...") through the plain
    language check: `_NO_TIME` is not searched (it was, once); a step done at some point
    still has it searched, and is asked about."""
    counted = Counted(P._NO_TIME)
    monkeypatch.setattr(P, "_NO_TIME", counted)
    words = load_word_list()
    for answer in (ANSWER, OTHER_ANSWER):
        nudges.plain_language(answer, words)
    assert counted.asked == 0
    assert nudges.plain_language("Mum will ring the college at some point.", words) is not None
    assert counted.asked > 0


@pytest.mark.parametrize("kind", ["danger_statement", "plain_language", "what_happens_next"])
def test_the_nudger_replies_as_it_did(kind: str, statements: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the statements, made next steps and the bench's answers: the nudger's
    reply to each is the one it gave with `_MODAL` and `_NO_TIME`'s search as before."""
    sample = [*statements[::23], *step_sentences(300, 5506), ANSWER, OTHER_ANSWER, LONG_ANSWER]
    now = [nudges.nudger(load_word_list())(kind, line) for line in sample]
    monkeypatch.setattr(D, "_MODAL", re.compile(MODAL_BEFORE, re.IGNORECASE))
    monkeypatch.setattr(P, "_may_say_no_time", lambda lowered: True)
    monkeypatch.setattr(P, "_no_time_in", lambda lowered: bool(P._NO_TIME.search(lowered)))
    fresh = nudges.nudger(load_word_list())
    assert now == [fresh(kind, line) for line in sample]
    assert sum(reply is not None for reply in now) > 100
