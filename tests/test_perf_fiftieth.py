"""The fiftieth pass's cuts to the language checks change nothing a practitioner is asked.

What could happen to the child (`danger_statement._MODAL`) was searched with look-backs tried
at every letter; it is now one `\\b` and the letters its words start with. Praise
(`praise._SAID_OF`) was matched with all its forty shapes at every person a sentence names;
now with the shapes whose words the sentence holds, in the same order. The words of a process
sentence (`process._TOKEN`) are split from a table where the text is ASCII alone. Where a
person can start (`danger_statement._People`) is found with the trusted adults' roles
sharing their starts, and the words of worry (`_WORRY`) likewise. The tests
here hold each against what it replaced, over every line the language tests hold and random
strings, and that the nudger asks what it asked.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from bench.startup import LONG_ANSWER
from flows import nudges
from flows.checks import danger_statement, praise, process
from flows.checks.text import top_branches
from flows.checks.words import load_word_list
from tests.test_perf_fortyfourth import held_sample
from tests.test_perf_fortyfourth import random_lines as random_test_words
from tests.test_perf_fortyninth import random_statements

# `_MODAL` as it was written before this pass.
_COULD = danger_statement._COULD
MODAL_BEFORE = (
    rf"\b(?:could|{_COULD}|might|may|will|would|is\s+likely\s+to|are\s+likely\s+to|likely\s+to"
    r"|at\s+risk\s+of|can|['’]ll)\s+(?:\w+\s+){0,2}?\w+|\bwhich\s+(?:means|is\s+making)\b"
    r"|(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bany\s)(?<!\bno\s)(?<!\bof\s)(?<!\bits\s)"
    r"(?<!\btheir\s)\brisks\s+(?:\w+\s+){0,2}?\w+")
MODALS = ["could", "Could", "COULD", "cld", "CLD", "cd", "CD", "Cd", "wd", "wld", "wud", "mite",
          "might", "may", "May", "will", "WILL", "would", "is likely to", "are likely to",
          "likely to", "at risk of", "can", "'ll", "’ll", "’LL", "which means",
          "which is making", "risks", "Risks", "the risks", "their risks", "its risks",
          "no risks", "of risks", "these risks", "any risks", "those risks", "it risks",
          "İs likely to", "ıs likely to", "whıch means", "wİll", "the\trisks", "the\nrisks"]
EFFECTS = ["be hurt", "go hungry", "miss school", "fall behind", "being hit", "T", "her",
           "get", "\u00a0", "x", "9", "_", "the baby", "frightened"]


def modal_lines(count: int, seed: int) -> list[str]:
    """Statements of modals, what could happen and the people and marks of the statement
    patterns' tests, joined by spaces, marks or nothing."""
    rnd = random.Random(seed)
    joins = [" ", " ", "  ", "\t", "\n", ", ", "-", "", "'", "’", ".", "\u00a0", "I", "_"]
    lines = []
    for _ in range(count):
        pieces = [rnd.choice(rnd.choice((MODALS, MODALS, EFFECTS)))
                  for _ in range(rnd.randint(1, 9))]
        lines.append("".join(piece + rnd.choice(joins) for piece in pieces))
    return lines


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_what_could_happen_is_found_exactly_where_it_was() -> None:
    """Over a fixed sample of the lines the language tests hold (as the statement check reads
    them, and as typed), 1,000 statements of modals and 300 random strings of the rules'
    words:
    `_MODAL` finds exactly the matches it found before."""
    before = re.compile(MODAL_BEFORE, re.IGNORECASE)
    lines = held_sample()
    # (each text read once, counted each time drawn: most held lines hold no quote, and
    # read the same masked)
    texts = Counter([*lines, *map(danger_statement._masked, lines), *modal_lines(1000, 5001),
                     *random_statements(300, 5002), *random_test_words(300, 5003)])
    found = 0
    for text, drawn in texts.items():
        searched = spans(before, text)
        assert spans(danger_statement._MODAL, text) == searched, text
        found += bool(searched) * drawn
    assert found > 1100


def test_the_search_for_what_could_happen_passes_most_letters_over() -> None:
    """`_MODAL` opens with the letters its words start with (a class `re` scans for, since
    the fifty-fifth pass), then one word boundary before it: no look-back of "risks" is tried
    before a word boundary, nor before the way of "which" (since the fifty-sixth pass each
    way opens with its second letter, `(?<=w.)ich`)."""
    source = danger_statement._MODAL.pattern
    assert source.startswith(danger_statement._MODAL_FIRST + r"(?<=\b.)(?:")
    assert source.index("(?<!") > source.index("(?<=w.)ich")


def test_praise_is_found_as_the_whole_pattern_found_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over a fixed sample of the lines the language tests hold, 1,000 random sentences of
    praise and 300 random strings of the rules' words: where a sentence praises someone
    (`praise_span`) is what `_SAID_OF` found trying every shape at every person named."""
    lines = [*held_sample(), *praise_lines(1000, 5004), *random_test_words(300, 5005)]
    lowered = [line.lower().replace("’", "'") for line in lines]
    now = [praise.praise_span(line) for line in lowered]

    class Every:
        def passing(self, folded: str) -> list[int]:
            return [0]

    monkeypatch.setattr(praise, "_SHAPES_HELD", Every())
    monkeypatch.setattr(praise, "_said_of",
                        lambda shapes, text, at: praise._SAID_OF.match(text, at))
    before = [praise.praise_span(line) for line in lowered]
    assert now == before
    assert sum(span is not None for span in now) > 80


def test_praise_s_shapes_are_its_ways_in_order() -> None:
    """The shapes tried one by one are `_SAID_OF`'s top-level ways, each whole, in order."""
    shapes = top_branches(praise._SAID_OF_SHAPES)
    assert "|".join(shapes) == praise._SAID_OF_SHAPES
    assert [s.pattern for s in praise._SHAPES] == [f"(?:{s}){praise._ENDS}" for s in shapes]
    parsed = re.compile(praise._SAID_OF_SHAPES)
    assert parsed.groups == 0  # (a shape's groups would be numbered from its own start)
    assert len(shapes) > 30
    assert top_branches(r"a[]|]b|c[^]|]|(x|y)|\\|z") == [
        "a[]|]b", "c[^]|]", "(x|y)", "\\\\", "z"]


CARERS = ["mum", "Mum", "dad", "nan", "the kids", "k", "she", "grandparents", "mum's partner",
          "auntie", "the children", "everyone", "the home", "contact", "it", "i", "we",
          "foster carer", "neighbour", "uncle t", "baby", "mum and dad", "the boys"]
SAYINGS = ["is", "are", "has", "has been", "'s", "have", "was", "seems", "", "really", "so",
           "v", "very much", "always", "who are", "has not", "not", "no longer", "and", ","]
PRAISE = ["supportive", "loving", "great", "a star", "an absolute star", "settled", "doing well",
          "close", "drinking", "trying", "thriving", "happy", "safe", "fine", "going well",
          "a lovely mum", "loves the kids", "stopped drinking", "made progress", "no concerns",
          "about", "best for them", "settling well", "doing her best", "more open", "calmer",
          "worked hard", "get on better", "there for them", "committed to the children"]
ENDS = [".", ",", " and", " now", " with the kids", " at school", ":", " -", " (", "",
        " when i visited", " but", "!", "\n", " really"]


def praise_lines(count: int, seed: int) -> list[str]:
    """Sentences of carers, their being and praise, joined and ended at random."""
    rnd = random.Random(seed)
    lines = []
    for _ in range(count):
        pieces = [rnd.choice(rnd.choice((CARERS, SAYINGS, PRAISE, ENDS)))
                  for _ in range(rnd.randint(2, 10))]
        lines.append(" ".join(pieces))
    return lines


def test_a_process_sentence_s_words_are_split_as_before() -> None:
    """Over a fixed sample of the lines the language tests hold (as typed and in small
    letters), random
    strings and every character below 256 beside letters: `_tokens` gives what
    `_TOKEN.findall` gives."""
    edges = ["".join(f"a{chr(c)}b'{chr(c)}" for c in range(256)), "mum’s k'd", "İs it",
             "ſo", "\x1c\x1dab\x85cd", "", "''", "a\u00a0b", "ABC def", "x_y-z 9t"]
    lines = [*held_sample(), *random_test_words(300, 5006), *edges]
    for line in [*lines, *(line.lower() for line in lines)]:
        assert process._tokens(line) == process._TOKEN.findall(line), line


@pytest.mark.parametrize("kind", ["danger_statement", "plain_language", "what_is_working",
                                  "privacy"])
def test_the_nudger_asks_every_held_line_what_it_asked(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the held lines (one in 6), the bench's answers and random praise: the
    nudger asks exactly what it asked with the pass's three cuts taken back."""
    lines = [*held_sample(), ANSWER, OTHER_ANSWER, LONG_ANSWER, *praise_lines(200, 5007)]
    nudge = nudges.nudger(load_word_list())
    now = [nudge(kind, line) for line in lines]

    class Every:
        def passing(self, folded: str) -> list[int]:
            return [0]

    monkeypatch.setattr(danger_statement, "_MODAL", re.compile(MODAL_BEFORE, re.IGNORECASE))
    monkeypatch.setattr(praise, "_SHAPES_HELD", Every())
    monkeypatch.setattr(praise, "_said_of",
                        lambda shapes, text, at: praise._SAID_OF.match(text, at))
    monkeypatch.setattr(process, "_tokens", process._TOKEN.findall)
    fresh = nudges.nudger(load_word_list())
    before = [fresh(kind, line) for line in lines]
    assert now == before
    assert sum(reply is not None for reply in now) > 30


def test_people_start_where_they_started() -> None:
    """Over a fixed sample of the lines the language tests hold (as the statement check reads
    them), 600
    random statements and 1,000 random strings of the rules' words: `_People`, with the
    trusted adults' roles sharing their starts, finds a person starting at exactly the
    places `_ACTOR` itself could start."""
    before = re.compile(rf"(?={danger_statement._ACTOR})", re.IGNORECASE)
    texts = [*map(danger_statement._masked, held_sample()), *random_statements(600, 5008),
             *random_test_words(300, 5009), *trusted_lines(300, 5010)]
    found = 0
    for text in texts:
        starts = [m.start() for m in before.finditer(text)]
        assert danger_statement._People(text)() == starts, text
        found += len(starts)
    assert found > 4000


def test_the_trusted_roles_shared_are_those_written() -> None:
    """`_TRUSTED_WORDS` holds the words `_TRUSTED` is written with (a role added to one and
    not the other fails here), and every role it makes is one `_TRUSTED` reads."""
    trusted = danger_statement._TRUSTED
    written = set(re.findall(r"[a-z]+(?:\\s\+[a-z]+)?", trusted)) - {"b", "s"}
    listed = {word.replace("_", r"\s+") for group in danger_statement._TRUSTED_WORDS
              for word in group.split()}
    assert written == listed - {"sport"}  # ("sports?" is written once)
    assert "sports?" in trusted
    by, roles, alone = (group.split() for group in danger_statement._TRUSTED_WORDS)
    made = [f"{a} {b}" for a in by for b in roles] + alone
    pattern = re.compile(trusted, re.IGNORECASE)
    for role in made:
        role = role.replace("_", " ")
        assert pattern.fullmatch(role), role
        assert pattern.fullmatch(role + "s"), role


def trusted_lines(count: int, seed: int) -> list[str]:
    """Statements of the trusted adults' roles, cut, joined and run into other words."""
    rnd = random.Random(seed)
    by, roles, alone = (group.replace("_", " ").split()
                        for group in danger_statement._TRUSTED_WORDS)
    pieces = [*by, *roles, *alone, "s", "the", "Mr", "hit", "T", "'s", "youthleader", "x"]
    joins = [" ", " ", "", "\t", "\n", "-", "'", "s ", ".", "\u00a0"]
    return ["".join(rnd.choice(pieces) + rnd.choice(joins) for _ in range(rnd.randint(1, 8)))
            for _ in range(count)]


WORRY_BEFORE = (r"\b(?:worried|concerned|afraid|frightened|scared|anxious|fearful|troubled|worry"
                r"|worries|fear|fears|feared)\b")


def test_who_is_worried_is_read_where_it_was() -> None:
    """Over a fixed sample of the lines the language tests hold, typed and masked, and 2,000
    random strings of
    the worry words: the worry words, their starts shared, are found exactly where they
    were."""
    before = re.compile(WORRY_BEFORE, re.IGNORECASE)
    worries = WORRY_BEFORE[5:-3].split("|")
    rnd = random.Random(5011)
    pieces = [*worries, "s", "ly", "d", "un", "the school", "is", "I", "İ", "ſ", "K", "-", "'"]
    made = ["".join(rnd.choice(pieces) + rnd.choice(["", " ", "\n", ".", "_"])
                    for _ in range(rnd.randint(1, 7))) for _ in range(2000)]
    lines = held_sample()
    found = 0
    for text, drawn in Counter([*lines, *map(danger_statement._masked, lines), *made]).items():
        assert spans(danger_statement._WORRY_RE, text) == spans(before, text), text
        found += bool(before.search(text)) * drawn
    assert found > 1100
