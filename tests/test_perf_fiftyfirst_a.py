"""The fifty-first pass's cuts to the language checks change nothing a practitioner is asked.

Five patterns were written so that `re` no longer tries them at every letter of an answer:
the "there are concerns" rule's worry about the family and the "his drinking" rule each open
with a `\\b` and the letters their words start with before their look-backs; where a sentence
stops (`plain_language._SENTENCE_STOP`) and where a quote opens (`text._OPENING`) open with
one class of marks, which `re` scans for; drugs carried or sold (`danger_statement.
_DRUGS_MOVED`) have their sixty verbs' starts shared. The tests here hold each against what
it replaced, over a fixed sample of the lines the language tests hold and random strings,
and that the nudger asks what it asked; and, without timing anything, what was cut: the
openings in the rules, the two patterns' first step read from `re`'s parse of them (one
class, which `re` scans a text for), and the verbs' first letters each tried once.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from bench.startup import LONG_ANSWER
from flows import nudges
from flows.checks import danger_statement, labels, plain_language, text
from flows.checks.lexicon import SUBSTANCE_WORDS
from flows.checks.words import load_word_list
from tests.test_perf_fortyfourth import held_sample
from tests.test_perf_fortyfourth import random_lines as random_test_words

# The patterns as they were written before this pass.
SENTENCE_STOP_BEFORE = r"[!?;\n]|(?<!\d)\.|\.(?!\d)"
OPENING_BEFORE = r"[\"“‘]|(?<![\w'])'(?=\S)"
DRUGS_MOVED_BEFORE = (
    r"\b(?:carry|carries|carried|carrying|sell|sells|sold|selling|deal|deals|dealt|dealing"
    r"|deliver|delivers|delivered|delivering|hold|holds|held|holding|hide|hides|hid|hiding"
    r"|stash|stashes|stashed|stashing|move|moves|moved|moving|run|runs|ran|running|store"
    r"|stores|stored|storing|drop|drops|dropped|dropping|supply|supplies|supplied|supplying"
    r"|transport|transports|transported|transporting|traffic|trafficked|trafficking)\s+"
    rf"(?:[\w'’]+\s+){{0,2}}?{SUBSTANCE_WORDS.pattern}")
# The two rules' openings added this pass, each taken out again gives the rule as it was.
CONCERNS_OPENING = r"\b(?=concern|worr)"
DRINKING_OPENING = r"\b(?=[hmdfpt])"

MARKS = ["'", "'", '"', "“", "‘", "’", ".", ". ", "9.", ".5", "1.30", "!", "?", ";", "\n", " ",
         "  ", "\t", "x", "İ", "ſ", "K", "_", "-", "a'", "' ", "s'", "''"]
WORDS = ["carry", "carries", "sold", "dealing", "ran", "running", "runs", "held", "hid",
         "drugs", "weed", "drug use", "the", "his", "her", "mum's", "dad’s", "parents'",
         "drinking", "anger", "temper", "manages", "lost", "keeps", "about", "concern",
         "concerns", "worry", "worries", "Worry", "CONCERNS", "about", "for", "the family",
         "mum", "carry the", "holding the", "not", "won't", "never", "stop", "to", "longer",
         "there are", "home", "care", "partner's", "mother’s", "father's", "their", "gambling"]


def made_lines(count: int, seed: int) -> list[str]:
    """The patterns' words and marks, run together or apart at random."""
    rnd = random.Random(seed)
    return ["".join(rnd.choice(rnd.choice((MARKS, WORDS, WORDS)))
                    + rnd.choice(["", " ", " ", "\n", ".", "'", "\u00a0"])
                    for _ in range(rnd.randint(1, 12))) for _ in range(count)]


def all_lines() -> Counter[str]:
    """Each line, read once, with how many times it was drawn (most held lines hold no
    quote, and are the same masked): what is counted over them counts each time drawn."""
    lines = held_sample()
    return Counter([*lines, *map(danger_statement._masked, lines), *made_lines(3000, 5101),
                    *random_test_words(1000, 5102)])


def spans(pattern: re.Pattern[str], line: str, *where: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(line, *where)]


def rule(name: str) -> labels.Rule:
    return next(rule for rule in labels.RULES if rule.name == name)


@pytest.mark.parametrize(("now", "before", "flags"), [
    (plain_language._SENTENCE_STOP, SENTENCE_STOP_BEFORE, 0),
    (text._OPENING, OPENING_BEFORE, 0),
    (danger_statement._DRUGS_MOVED, DRUGS_MOVED_BEFORE, re.IGNORECASE),
    (rule("there are concerns").pattern,
     rule("there are concerns").source.replace(CONCERNS_OPENING, "", 1), re.IGNORECASE),
    (rule("his drinking").pattern,
     rule("his drinking").source.replace(DRINKING_OPENING, "", 1), re.IGNORECASE),
], ids=["sentence stop", "quote opening", "drugs moved", "there are concerns", "his drinking"])
def test_each_pattern_finds_what_it_found(now: re.Pattern[str], before: str,
                                          flags: int) -> None:
    """Over a fixed sample of the lines the language tests hold (typed and as the statement
    check reads them), 3,000 lines of the patterns' words and marks and 1,000 random strings of
    the rules' words: each pattern finds exactly the matches it found as written before, from
    the start and from (and up to) places within the line, as the checks search it."""
    was = re.compile(before, flags)
    assert was.pattern != now.pattern
    found = 0
    for line, drawn in all_lines().items():
        middle = len(line) // 2
        for where in ((), (middle,), (0, middle), (1, len(line) - 1)):
            assert spans(now, line, *where) == spans(was, line, *where), (line, where)
        found += bool(was.search(line)) * drawn
    assert found > 60


def test_the_rules_openings_hold_every_letter_their_words_start_with() -> None:
    """Every character `re` reads as the first letter of one of "his drinking"'s words,
    ignoring case (all of Unicode: no letter folds to h, m, d, f, p or t but their capitals),
    is one its opening lets through; the concerns rule's opening is its words' own start."""
    firsts = re.compile(r"[hmdfpt]", re.IGNORECASE)
    source = rule("his drinking").source
    whose = source[source.index(r"\b(?:his|") + len(r"\b(?:"):source.index(r")\s+(?:drinking")]
    starts = {way[0] for way in text.top_branches(whose)}
    assert "".join(sorted(starts)) == "dfhmpt"
    read_as = re.compile("|".join(sorted(starts)), re.IGNORECASE)
    every = "".join(map(chr, range(0x110000)))
    assert [hex(ord(letter)) for letter in read_as.findall(every)
            if not firsts.fullmatch(letter)] == []
    assert CONCERNS_OPENING in rule("there are concerns").source
    assert rule("there are concerns").source.count(CONCERNS_OPENING) == 1
    assert rule("his drinking").source.startswith(DRINKING_OPENING + "(?<!")


def _first_step(pattern: re.Pattern[str]) -> str:
    """What `re` does first at each place a search is tried: 'scan' when it skips ahead to
    the next character of a class (a pattern opening with one class), 'try' when it tries the
    pattern at every place."""
    parsed = re._parser.parse(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    op, _ = parsed[0]
    return "scan" if op is re._constants.IN else "try"  # type: ignore[attr-defined]


def test_where_a_sentence_stops_and_a_quote_opens_are_scanned_for() -> None:
    """Both patterns open with one class of marks, which `re` scans a text for (written as
    before, with a look-back as one of their ways, they were tried at every letter)."""
    assert _first_step(plain_language._SENTENCE_STOP) == "scan"
    assert _first_step(text._OPENING) == "scan"
    assert _first_step(re.compile(SENTENCE_STOP_BEFORE)) == "try"
    assert _first_step(re.compile(OPENING_BEFORE)) == "try"


def test_the_verbs_of_drugs_moved_share_their_starts() -> None:
    """No two of `_DRUGS_MOVED`'s top ways open with the same letter: at a word whose letter
    starts none of the verbs, `re` tries one way, not sixty."""
    source = danger_statement._DRUGS_MOVED.pattern
    verbs = source[len(r"\b(?:"):source.index(r")\s+")]
    firsts = [way[0] for way in text.top_branches(verbs)]
    assert len(firsts) == len(set(firsts)) < 15


@pytest.mark.parametrize("kind", ["danger_statement", "plain_language", "what_is_working",
                                  "privacy", "safety_goal", "goal_wording"])
def test_the_nudger_asks_every_held_line_what_it_asked(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the held lines (one in 12), the bench's answers and lines of the patterns'
    words: the nudger asks exactly what it asked with this pass's five patterns as before."""
    lines = [*held_sample()[::2], ANSWER, OTHER_ANSWER, LONG_ANSWER, *made_lines(300, 5103)]
    nudge = nudges.nudger(load_word_list())
    now = [nudge(kind, line) for line in lines]

    monkeypatch.setattr(plain_language, "_SENTENCE_STOP", re.compile(SENTENCE_STOP_BEFORE))
    monkeypatch.setattr(text, "_OPENING", re.compile(OPENING_BEFORE))
    monkeypatch.setattr(danger_statement, "_DRUGS_MOVED",
                        re.compile(DRUGS_MOVED_BEFORE, re.IGNORECASE))
    for name, opening in (("there are concerns", CONCERNS_OPENING),
                          ("his drinking", DRINKING_OPENING)):
        monkeypatch.setitem(rule(name).__dict__, "pattern",
                            re.compile(rule(name).source.replace(opening, "", 1), re.IGNORECASE))
    fresh = nudges.nudger(load_word_list())
    before = [fresh(kind, line) for line in lines]
    assert now == before
    assert sum(reply is not None for reply in now) > 15
