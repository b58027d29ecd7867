"""The forty-fourth pass's shortcut in `summarised` changes nothing a practitioner sees.

`summarised` (at an answer kept as a child's own words) read the whole answer for wording
(`find_wording`) only to ask whether any finding was a short form, about a tenth of every
check's time. It now reads it only when a short form may be found: capitals side by side in
the answer ("KB", "D.V", "DoLS"), or a word list term led by capitals ("dv at home" is "DV")
whose quick test it passes. The tests here hold `summarised` as it was (copied below) and ask
both the same of every line the language tests hold and of thousands of random strings of
capitals, short forms and quotation marks, and send every corpus line through the bot's check
of a child's own words with each.
"""

from __future__ import annotations

import functools
import random

import pytest

from flows import nudges
from flows.checks.plain_language import Asked, JargonHit, find_wording
from flows.checks.words import WordList, load_word_list
from tests.test_perf_fortyfirst import corpus_lines
from tests.test_perf_fortyfourth import held_sample


def short_form_as_it_was(hit: JargonHit) -> bool:
    if hit.kind in ("next step", "state to come"):
        return False
    first = hit.term.split()[0] if hit.term.strip() else ""
    return hit.kind == "abbreviation" or (first.isupper() and 2 <= len(first) <= 6)


# Each word list's findings by text and question: the list kept with them (its id not given
# to another).
_READ: dict[int, tuple[WordList, dict[tuple[str, Asked], tuple[JargonHit, ...]]]] = {}


def read_once(text: str, words: WordList, asked: Asked = "answer") -> list[JargonHit]:
    """`find_wording`, each text read once for each list and question however often it is
    asked for (the checks as they are and as they were read the same texts): the same
    findings, a new list each time."""
    found = _READ.setdefault(id(words), (words, {}))[1]
    if (text, asked) not in found:
        found[text, asked] = tuple(find_wording(text, words, asked))
    return list(found[text, asked])


def remember(text: str, words: WordList, asked: Asked, found: list[JargonHit]) -> None:
    """What `find_wording` found in `text`, read elsewhere, kept as `read_once` keeps it."""
    _READ.setdefault(id(words), (words, {}))[1][text, asked] = tuple(found)


@pytest.fixture
def reading_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`summarised` reads each answer through `read_once`."""
    monkeypatch.setattr(nudges, "find_wording", read_once)


def summarised_as_it_was(text: str, words: WordList) -> str | None:
    """`summarised` before this pass: the answer read in full every time (as far as the
    forty-fifth pass reads it for short forms, its first `SHORT_FORMS_READ` sentences: that
    cut is held by tests/test_perf_fortyfifth.py, not here)."""
    if nudges._SPEAKER.search(text) or nudges._QUOTED.search(text):
        # (a word of the work in the child's own "I" is asked since set AG, pass 47)
        said = nudges._WORK_WORDS_SAID.search(text)
        return nudges.WORK_WORDS_SAID.format(said=" ".join(said.group().split())) \
            if said else None
    if nudges._WORK_WORDS.search(text) or any(
            short_form_as_it_was(hit)
            for hit in read_once(nudges.within_reach(text, nudges.SHORT_FORMS_READ), words)):
        return nudges.SUMMARY.format(said=nudges._shortened(" ".join(text.split())))
    return None


@functools.cache
def council_list() -> WordList:
    """A council's list on top of the shipped one: short forms matched in any case, one
    matched only as written, one written with a small letter inside, and one led by a word in
    capitals that is no acronym."""
    own = WordList(terms=[
        {"term": "PLO meeting", "question": "What happens at it?"},
        {"term": "RA", "variants": ["r/a"], "match_case": True, "question": "What is it?"},
        {"term": "CiN plan", "match_case": True, "question": "What is in it?"},
        {"term": "ÉTÉ club", "question": "What is it?"},
        {"term": "mash-up", "variants": ["MA-SH"], "match_case": True,
         "question": "What is it?"}])
    return own.added_to(load_word_list())


def capital_lines(count: int, seed: int, words: WordList) -> list[str]:
    """Strings of the list's terms (as listed, in small letters, dotted), capitals, letters
    with no small form or a title case, quotation marks and words of the corpora, cut and
    joined at random."""
    rnd = random.Random(seed)
    terms = [t.term for t in words.terms] + [v for t in words.terms for v in t.variants]
    corpus = [w for line in corpus_lines()[::5] for w in line.split()]
    odd = ["É", "ß", "ǅ", "Ⅰ", "ℂ", "𝐀", "Ⓐ", "İ", "ſ", "K", "Σ", "ς", "1", "&", "ＡＢ", "DoL"]
    marks = [" ", "  ", "\t", "\n", "-", "'", "’", ".", ",", "\"", "“", "”", "‘", ":", "(",
             ")", "/", "\u00a0", "\u2028", "\x1c", ""]
    lines = []
    for _ in range(count):
        pieces = []
        for _ in range(rnd.randint(1, 9)):
            pick = rnd.random()
            term = rnd.choice(terms)
            pieces.append(term if pick < 0.2 else term.lower() if pick < 0.45
                          else ".".join(term) if pick < 0.5
                          else "".join(rnd.choice("ABCDEKLMPSVY") for _ in range(
                              rnd.randint(1, 7))) if pick < 0.6
                          else rnd.choice(odd) if pick < 0.7 else rnd.choice(corpus))
        line = "".join(piece + rnd.choice(marks) for piece in pieces)
        lines.append("".join(c if rnd.random() > 0.04 else rnd.choice(marks + odd)
                             for c in line))
    return lines


def lines_of(kind: str, words: WordList) -> list[str]:
    return held_sample() if kind == "held" else capital_lines(1000, 4402, words)


@pytest.mark.parametrize("kind", ["held", "random"])
@pytest.mark.parametrize("council", [False, True])
@pytest.mark.usefixtures("reading_once")
def test_no_short_form_is_found_where_the_answer_is_not_read(kind: str, council: bool) -> None:
    """Over a fixed sample of the lines the language tests hold and 1,000 random strings of
    capitals, short forms and quotes, with the shipped word list and a council's: wherever the
    answer is left unread, reading it finds no short form; `summarised` asks exactly what it
    asked; and with the shipped list a good share of lines are left unread, and many are
    asked."""
    words = council_list() if council else load_word_list()
    lines = lines_of(kind, words)
    unread = asked = 0
    for line in lines:
        reach = nudges.within_reach(line)
        if not nudges._may_lead_with_capitals(reach, words):
            unread += 1
            assert not any(short_form_as_it_was(h) for h in read_once(reach, words)), line
        said = nudges.summarised(line, words)
        assert said == summarised_as_it_was(line, words), line
        asked += said is not None
    # (the council's "r/a", matched in any case, is in most answers: those are all read)
    assert unread > len(lines) // (5 if kind == "held" else 10) or council
    assert asked > len(lines) // 20


@pytest.mark.usefixtures("reading_once")
def test_corpus_lines_get_the_same_reply_at_a_childs_own_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One corpus line in three and 500 random strings, sent through the bot's check of an
    answer kept as a child's own words, is given the same reminder, or none, as with
    `summarised` as it was."""
    words = load_word_list()
    lines = [*corpus_lines()[::3], *capital_lines(500, 4403, words)]
    nudge = nudges.nudger(words)
    now = [nudge("own_words", line) for line in lines]
    monkeypatch.setattr(nudges, "summarised", summarised_as_it_was)
    before = nudges.nudger(words)
    assert now == [before("own_words", line) for line in lines]
    assert sum(1 for said in now if said and said.startswith('"')) > 150


def test_an_answer_with_no_short_form_in_reach_is_not_read_in_full(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A child's own words with no capitals side by side and no listed short form in them
    ("Nanny is kind and makes pancakes on Fridays") are not read for wording at all; one with
    a short form in capitals or small letters ("Support from the CSE team", "dv at home")
    still is, and is asked."""
    read: list[str] = []

    def counted(text: str, words: WordList) -> list[JargonHit]:
        read.append(text)
        return find_wording(text, words)

    monkeypatch.setattr(nudges, "find_wording", counted)
    nudge = nudges.nudger()
    assert nudge("own_words", "Nanny is kind and makes pancakes on Fridays") is None
    assert nudge("own_words", "Mummy is lazy") is None
    assert read == []
    assert nudge("own_words", "Support from the CSE team") is not None
    assert nudge("own_words", "dv at home") is not None
    assert len(read) == 2


def test_a_short_form_past_the_sentences_read_is_left_as_summarised_leaves_it() -> None:
    """A string of the random kind whose only short forms ("R.C.P.C", "NRM") come after its
    twentieth sentence (each dotted letter of "p.l.a.c.e.m.e.n.t." ends one): `summarised`
    reads an answer for short forms only as far as that since the forty-fifth pass, and the
    answer as it was is read as far. (Drawn when the word list grew, which changes every
    random string: the reference read the whole answer, and the two differed.)"""
    line = ("could,and.poor 1ttachme\u2028t\nES/of\np.l.a.c.e.m.e.n.t. .c.o.n...e.r.n.s\n"
            "R.C.P.C-NRM'\u00df\u2028")
    words = load_word_list()
    assert nudges.summarised(line, words) is None
    assert summarised_as_it_was(line, words) is None
    assert nudges.summarised(line.replace("p.l.a.c.e.m.e.n.t.", "placement"), words) \
        == summarised_as_it_was(line.replace("p.l.a.c.e.m.e.n.t.", "placement"), words)
