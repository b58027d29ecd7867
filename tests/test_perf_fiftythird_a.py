"""The fifty-third pass's cuts to the wording checks change nothing they find.

A short answer's checks still spent much of their time in patterns `re` tries at every place
of a text, or in long choices ignoring case, whose every way `re` tries at each word (a way
opening with a letter ignoring case is not passed over at a glance, as one opening with a
class or a letter not ignoring case is). Now: a step done by nobody named
(`process._AGENTLESS`) is searched only in a sentence holding "be" or what is needed; a
promise joined to a claim (`claims._THEN_FORETOLD`) opens with the one class a text is
scanned for; and where a person or a harm starts, the worry words and the words before a
consequence open each way with the class of every character `re` takes for its first letter
(`text.cased_heads`). The tests here hold each against what it replaced over every line the
language tests hold, random statements and made lines with the letters `re` folds swapped
in, and count, without timing anything, what is no longer done.
"""

from __future__ import annotations

import random
import re
import string
import sys

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from bench.startup import LONG_ANSWER
from flows import nudges
from flows.checks import claims, process, text
from flows.checks import danger_statement as D
from flows.checks.lexicon import HARM
from flows.checks.words import load_word_list
from tests.test_perf_fiftysecond_a import Counted, _scanned, made_lines
from tests.test_perf_fiftysecond_a import every_line as all_lines

# The patterns as they were written before this pass.
ACTOR_AFTER_BEFORE = rf"\W(?={D._PERSON})"
HARM_AT_BEFORE = rf"\s(?={HARM}\b)"
WORRY_BEFORE = rf"\b{text.alternation(D._WORRY_WORDS)}\b"
SO_BEFORE = r"(?:so|and\s+so|so\s+that|which\s+means|meaning|leaving)"
THEN_FORETOLD_BEFORE = (r"(?:\s*,)?\s+and\s+(?:(?:he|she|they|i|we)\s+)?(?:will|should"
                        r"|would|must|'ll)\b")

STEP_WORDS = ["will be", "to be", "is to be", "needs to be", "be", "been", "being", "referred",
              "put in place", "held", "made", "needed", "required", "necessary", "by", "by dad",
              "meeting", "a referral", "strat", "support", "approach", "and", "and will",
              "and she should", ", and we must", "and i'll", "and'll", "sand", "band will",
              "somebody", "will", "maybe", "bee", "ſ", "K", "ı", "İ"]


SO_WORDS = ["so", "So", "and so", "so that", "which means", "meaning", "Leaving", "ſo",
            "the children", "her", "T", "Kayden", "they", "often", "miss", "misses school",
            "is left alone", "are scared", "feel", "gets hurt", "can't", "and", "sleep", "late",
            "Dad drinks", "mum shouts", "KEEPS", "ſtays", "cries", "hide"]


def made(words: list[str], count: int, seed: int) -> list[str]:
    """The words run together or apart with spaces, commas and line breaks."""
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) + rnd.choice(["", " ", " ", " ", ",", ", ", " ,  ", "\n",
                                                    "\t", "\u00a0", "."])
                    for _ in range(rnd.randint(1, 10))) for _ in range(count)]


def step_lines(count: int, seed: int) -> list[str]:
    """A step's words (done by nobody, joined by "and", what is needed), run together or
    apart, lower-cased as the step checks read them."""
    return [line.lower() for line in made(STEP_WORDS, count, seed)]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [*all_lines(), *made_lines(3000, 5301), *made(SO_WORDS, 2000, 5304)]


@pytest.fixture(scope="module")
def lowered(lines: list[str]) -> list[str]:
    said = {process._lowered(line) for line in lines}
    for line in lines[::3]:
        said.update(process._lowered(part) for part in line.split(". "))
    return sorted(said | set(step_lines(4000, 5302)))


def test_re_takes_for_each_letter_what_taken_for_says() -> None:
    """Over every character there is, those `re` matches to each ASCII letter when it
    ignores case are exactly those of the letter's class (its two cases, and "İ", "ı", the
    Kelvin sign and the long s for the three letters they are taken for)."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in string.ascii_letters:
        taken = set(re.findall(letter, every, re.IGNORECASE))
        assert taken == set(re.findall(text.taken_for(letter), every)), letter
        assert len(taken) == 2 + len(text._ALSO_TAKEN_FOR.get(letter.lower(), ""))


def _now_and_before() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    consequence = D._CONSEQUENCE.pattern
    assert D._SO in consequence
    return [(D._ACTOR_AFTER, re.compile(ACTOR_AFTER_BEFORE, re.IGNORECASE)),
            (D._HARM_AT, re.compile(HARM_AT_BEFORE, re.IGNORECASE)),
            (D._WORRY_RE, re.compile(WORRY_BEFORE, re.IGNORECASE)),
            (D._CONSEQUENCE, re.compile(consequence.replace(D._SO, SO_BEFORE, 1),
                                        re.IGNORECASE))]


def test_the_patterns_ignoring_case_find_what_they_found(lines: list[str]) -> None:
    """Where a person or a harm starts, the worry words and a consequence (with who it is
    of): the same matches as the patterns as written before, over every held line (typed
    and as the statement check reads it), random statements, made lines with "ſ", "K", "ı"
    and "İ" swapped in, and random strings of the rules' words."""
    found = dict.fromkeys(("actor", "harm", "worry", "so"), 0)
    for line in lines:
        for (now, before), name in zip(_now_and_before(), found, strict=True):
            got = [(m.span(), m.groups()) for m in now.finditer(line)]
            assert got == [(m.span(), m.groups()) for m in before.finditer(line)], (name, line)
            found[name] += len(got)
    assert min(found.values()) > 200, found


def test_the_step_patterns_find_what_they_found(lowered: list[str]) -> None:
    """A promise joined to a claim is found where, and as long as, it was; a step done by
    nobody named is found in the sentences it was found in, over the held lines lower-cased
    whole and sentence by sentence, and made steps."""
    then_before = re.compile(THEN_FORETOLD_BEFORE)
    joined = agentless = 0
    for line in lowered:
        now, before = claims._THEN_FORETOLD.search(line), then_before.search(line)
        assert (now and now.span()) == (before and before.span()), line
        said = process._agentless(line)
        assert said == bool(process._AGENTLESS.search(line)), line
        joined += now is not None
        agentless += said
    assert joined > 1000, joined
    assert agentless > 200, agentless


def test_the_choices_open_with_classes_re_passes_over() -> None:
    """Each way of the people's words, the harms, the worry words and the words before a
    consequence opens with a class not ignoring case, or (the people's words and the harms,
    since the fifty-sixth pass) one character not ignoring case for each the letter is taken
    for (as written before: a letter ignoring case, which `re` does not pass over)."""
    for now, before in _now_and_before():
        assert now.pattern.count("(?-i:") >= before.pattern.count("(?-i:") + 6
    ways = text.top_branches(HARM[3:-1])
    assert D._HARM_AT.pattern.count("(?-i:") == sum(
        len(text.taken_for(way[0])) - len("(?-i:[])") for way in ways)
    assert len(ways) > 15
    assert all(way[0].isalpha() for way in ways)


def test_a_promise_joined_to_a_claim_is_scanned_for() -> None:
    """`_THEN_FORETOLD` opens with the one class (a space or a comma) `re` scans a text for;
    as written before, opening with `(?:\\s*,)?`, it was tried at every letter."""
    assert _scanned(claims._THEN_FORETOLD)
    assert not _scanned(re.compile(THEN_FORETOLD_BEFORE))


def test_cased_heads_leaves_alone_what_is_not_one_choice() -> None:
    """A single word, groups in a row or a choice of groups is given back as it is; a
    choice's ways opening with an escape or a letter outside ASCII keep it."""
    for pattern in ("worry", "(?:a)(?:b)", "(?:a)|(?:b)", "(?:ab)"):
        assert text.cased_heads(pattern) == pattern
    assert text.cased_heads(r"(?:Ki|\s+x|ānau|s?o)") == (
        "(?:(?-i:[kK\u212a])i|\\s+x|ānau|(?-i:[sS\u017f])?o)")


def test_a_sentence_without_be_or_need_is_not_searched_for_a_step_by_nobody(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's answers ("Mum will walk T to school each morning ...") as next steps:
    `_AGENTLESS` is not searched (it was, once a sentence); a step done by nobody still is,
    and found."""
    counted = Counted(process._AGENTLESS)
    monkeypatch.setattr(process, "_AGENTLESS", counted)
    words = load_word_list()
    for answer in (ANSWER, OTHER_ANSWER):
        nudges.plain_language(answer, words)
    assert counted.asked == 0
    assert nudges.plain_language("A safety plan will be put in place.", words) is not None
    assert counted.asked > 0


@pytest.mark.parametrize("kind", ["danger_statement", "plain_language", "what_happens_next"])
def test_the_nudger_replies_as_it_did(kind: str, lines: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the lines and the bench's answers: the nudger's reply to each is the one
    it gave with the patterns as they were written before put back."""
    sample = [*lines[::29], *step_lines(200, 5303), ANSWER, OTHER_ANSWER, LONG_ANSWER]
    now = [nudges.nudger(load_word_list())(kind, line) for line in sample]
    for name, before in zip(("_ACTOR_AFTER", "_HARM_AT", "_WORRY_RE", "_CONSEQUENCE"),
                            _now_and_before(), strict=True):
        monkeypatch.setattr(D, name, before[1])
    monkeypatch.setattr(claims, "_THEN_FORETOLD", re.compile(THEN_FORETOLD_BEFORE))
    monkeypatch.setattr(process, "_agentless", lambda line: bool(
        process._AGENTLESS.search(line)))
    fresh = nudges.nudger(load_word_list())
    assert now == [fresh(kind, line) for line in sample]
    assert sum(reply is not None for reply in now) > 100
