"""The forty-fifth pass's cuts to the wording checks change nothing a practitioner sees.

An answer kept as a child's own words is read in full for wording (`find_wording`) only to
ask whether a short form ("DV at home") is in it, and only when one may be (the forty-fourth
pass's guard, `_may_lead_with_capitals`). That read now takes the answer's first
`SHORT_FORMS_READ` sentences, not 300: 4,000 characters of initials ("S. S. S.") were 300
sentences read for every kind of wording, five times what an ordinary answer costs. And
`within_reach` splits an answer only as far as the sentence it stops at.

Two loops of Python's at every sentence of every answer are now one step each: whether a
sentence holds any of the 142 words praise is said with (`praise._SAID_OF_ANY`, one search),
and whether any of a sentence's words has an apostrophe (`process._spoken`, one look at the
words joined).

The tests here hold each as it was (copied below) and ask both the same of every line the
language tests hold and of thousands of random strings, and show the cut stays cut.
"""

from __future__ import annotations

import random

import pytest

from flows import nudges
from flows.checks import praise, process
from flows.checks.plain_language import JargonHit, find_wording
from flows.checks.text import any_of, fold, one_check, sentence_spans
from flows.checks.words import WordList, load_word_list
from tests.test_perf_fortyfirst import corpus_lines
from tests.test_perf_fortyfourth import held_sample, random_lines
from tests.test_perf_fortyfourth_b import capital_lines, council_list, read_once, remember


def within_reach_as_it_was(text: str, sentences: int = nudges.SENTENCES_READ) -> str:
    """`within_reach` before this pass: every sentence split, to count to the last read."""
    for n, (start, _) in enumerate(sentence_spans(text)):
        if n == sentences:
            return text[:start]
    return text


def summarised_as_it_was(text: str, words: WordList) -> str | None:
    """`summarised` before this pass: its read for short forms up to the 300th sentence."""
    if nudges._SPEAKER.search(text) or nudges._QUOTED.search(text):
        # (a word of the work in the child's own "I" is asked since set AG, pass 47)
        said = nudges._WORK_WORDS_SAID.search(text)
        return nudges.WORK_WORDS_SAID.format(said=" ".join(said.group().split())) \
            if said else None
    if nudges._WORK_WORDS.search(text):
        return nudges.SUMMARY.format(said=nudges._shortened(" ".join(text.split())))
    reach = within_reach_as_it_was(text)
    if nudges._may_lead_with_capitals(reach, words) \
            and any(nudges._short_form(hit) for hit in read_once(reach, words)):
        return nudges.SUMMARY.format(said=nudges._shortened(" ".join(text.split())))
    return None


def long_lines(count: int, seed: int) -> list[str]:
    """Answers of 10 to 60 sentences: corpus lines, short forms, initials and one-letter
    sentences, joined at random by full stops, line breaks and spaces."""
    rnd = random.Random(seed)
    corpus = corpus_lines()
    pieces = ["S.", "KB", "DV at home", "a.", "x", "LM.", "S. B.", "D.V", "dv", "CiN plan"]
    joints = [". ", ".", "\n", " ", "; ", "! ", "? "]
    return ["".join((rnd.choice(corpus) if rnd.random() < 0.6 else rnd.choice(pieces))
                    + rnd.choice(joints) for _ in range(rnd.randint(10, 60)))
            for _ in range(count)]


def floods() -> list[str]:
    return ["a." * 2000, "x\n" * 2000, "S. " * 1333, "KB. " * 1000, "S.\n" * 1333,
            "Nan is kind. " * 320, "DV. " * 19 + "Nan is kind.", "D.V. " * 800]


@pytest.mark.parametrize("sentences", [nudges.SENTENCES_READ, nudges.SHORT_FORMS_READ, 0, 1])
def test_within_reach_stops_where_it_stopped(sentences: int) -> None:
    """Over a fixed sample of the lines the language tests hold, 500 random strings, 200
    long answers and floods of tiny sentences: `within_reach` cuts each where it did, inside
    one check and outside it; and the sentences the rest of the check reads of it are the
    ones it read."""
    lines = [*held_sample(), *random_lines(500, 4501), *long_lines(200, 4502), *floods()]
    for line in lines:
        assert nudges.within_reach(line, sentences) == within_reach_as_it_was(line, sentences)
        with one_check():
            reach = nudges.within_reach(line, sentences)
            kept = list(sentence_spans(line))
        assert reach == within_reach_as_it_was(line, sentences), line
        assert kept == list(sentence_spans(line)), line


def same_or_past_the_twentieth(line: str, words: WordList) -> bool:
    """Whether `summarised` asks what it asked, or else lets through an answer it asked
    only for a short form after the twentieth sentence (no words of the work in it, and
    nothing asked of its first twenty sentences as it was)."""
    said, before = nudges.summarised(line, words), summarised_as_it_was(line, words)
    if said == before:
        return True
    assert said is None, line
    assert not nudges._WORK_WORDS.search(line), line
    assert summarised_as_it_was(
        nudges.within_reach(line, nudges.SHORT_FORMS_READ), words) is None, line
    assert len(list(sentence_spans(line))) > nudges.SHORT_FORMS_READ, line
    return False


@pytest.mark.parametrize("kind", ["capitals", "long"])
def test_a_random_answer_is_asked_unless_its_only_short_form_comes_after_the_twentieth(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Of 1,000 random strings of capitals, short forms and quotes (some letters written
    with points between, "p.l.a.c.e.m.e.n.t", each letter a sentence) and 250 random
    answers of 10 to 60 sentences, each is asked as before, or else its only short form
    comes after its twentieth sentence: that one is now let through. Most are asked."""
    monkeypatch.setattr(nudges, "find_wording", read_once)
    words = load_word_list()
    lines = capital_lines(1000, 4503, words) if kind == "capitals" else long_lines(250, 4504)
    same = sum(same_or_past_the_twentieth(line, words) for line in lines)
    assert same > len(lines) * 0.9
    assert sum(nudges.summarised(line, words) is not None for line in lines) > len(lines) // 10


def test_a_childs_words_of_thousands_of_initials_are_read_for_short_forms_to_the_twentieth(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """4,000 characters of initials kept as a child's own words ("S. S. S.") are read for
    wording up to their twentieth sentence, not their 300th; an answer whose fifth sentence
    is "DV at home" is still asked."""
    read: list[str] = []

    def counted(text: str, words: WordList) -> list[JargonHit]:
        read.append(text)
        return find_wording(text, words)

    monkeypatch.setattr(nudges, "find_wording", counted)
    nudge = nudges.nudger()
    assert nudge("own_words", "S. " * 1333) is None
    assert [len(list(sentence_spans(text))) for text in read] == [20]
    assert nudge("own_words", "Nan is kind. " * 4 + "DV at home. " + "Nan makes cake. " * 40)
    assert len(read) == 2


def spoken_as_it_was(tokens: list[str]) -> list[str]:
    """`process._spoken` before this pass: each token asked in turn for an apostrophe."""
    if not any("'" in token for token in tokens):
        return tokens
    spoken: list[str] = []
    for token in tokens:
        person, mark, verb = token.partition("'")
        if mark and person in process._PRONOUNS and verb in process._RUN_TOGETHER:
            spoken += (person, process._RUN_TOGETHER[verb])
        else:
            spoken.append(token)
    return spoken


class SaidOfAsItWas:
    """`praise._SAID_OF_ANY` as it was read: each of the words looked for in turn."""

    pattern = "(the words in turn)"

    def search(self, folded: str) -> bool | None:
        return True if any(word in folded for word in praise._SAID_OF_WORDS) else None


def sentences_of(lines: list[str]) -> list[str]:
    """Each line, and each of its sentences, as the readers read them (lower case, curly
    apostrophes straight)."""
    out = []
    for line in lines:
        lowered = line.lower().replace("’", "'")
        out += [lowered, *(lowered[s:e] for s, e in sentence_spans(lowered))]
    return out


def test_a_sentence_holds_a_word_praise_is_said_with_where_it_did() -> None:
    """Over every sentence of a fixed sample of the lines the language tests hold and 600 random
    strings of test words and corpus words (each folded as `praise_span` folds it): the one
    search finds a word of praise exactly where looking for each word in turn found one, and
    finds some often."""
    found = 0
    for sentence in sentences_of([*held_sample(), *random_lines(600, 4505)]):
        folded = fold(sentence)
        now = praise._SAID_OF_ANY.search(folded) is not None
        assert now == any(word in folded for word in praise._SAID_OF_WORDS), sentence
        found += now
    assert found > 2500
    assert praise._SAID_OF_ANY.pattern == any_of(praise._SAID_OF_WORDS)


def test_a_sentences_words_are_read_with_their_apostrophes_as_they_were() -> None:
    """Over the words of every sentence of a fixed sample of the lines the language tests hold,
    600 random strings and 600 of words run together with their verbs ("she's", "they're", "'",
    "i'm"): `_spoken` gives the same words as it did."""
    lines = sentences_of([*held_sample(), *random_lines(600, 4506)])
    rnd = random.Random(4507)
    bits = ["she", "'s", "they", "'re", "'", "i", "'m", "he", "'ll", "we've", "mum's", "x"]
    lines += [" ".join(rnd.choice(bits) + rnd.choice(["", "'", " "]) for _ in range(8))
              for _ in range(600)]
    apostrophes = 0
    for line in lines:
        tokens = process._TOKEN.findall(line)
        assert process._spoken(tokens) == spoken_as_it_was(tokens), line
        apostrophes += "'" in line
    assert apostrophes > 1000


class Recorded:
    """What the readers of a check were asked while it ran: each folded sentence looked in
    for a word of praise, each sentence's words read for their apostrophes, and what the
    shipped step answered."""

    def __init__(self) -> None:
        self.said_of: dict[str, bool] = {}
        self.spoken: dict[tuple[str, ...], list[str]] = {}
        self._said_of_any = praise._SAID_OF_ANY
        self._spoken = process._spoken

    @property
    def pattern(self) -> str:
        return str(self._said_of_any.pattern)

    def search(self, folded: str) -> object:
        found = self._said_of_any.search(folded)
        self.said_of[folded] = found is not None
        return found

    def spoken_of(self, tokens: list[str]) -> list[str]:
        key = tuple(tokens)
        spoken = self._spoken(tokens)
        self.spoken[key] = list(spoken)
        return spoken


def test_every_held_line_is_asked_about_as_it_was_with_both_loops(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed sample of the lines the language tests hold and 500 random strings, read for
    wording as an answer (and the random strings at what happens next and at what is working
    too), are asked exactly what they were with both loops as they were by the readers of praise
    and of what the services did.

    The wording is read once: every question put to the two steps while it is read is put
    again to each as it was, and answered the same. The rest of the check reads nothing
    else of them and is the same code both ways, so with both loops as they were it takes
    the same way through every line and asks the same. The two steps are asked the same of
    a line at every question (`_wording` reads each sentence with them before it looks at
    which question the answer is to): the held lines read at all three asked each of them
    the same three times over, a third of this file's CPU."""
    words = load_word_list()
    held, made = held_sample(), random_lines(500, 4508)
    asked = Recorded()
    monkeypatch.setattr(praise, "_SAID_OF_ANY", asked)
    monkeypatch.setattr(process, "_spoken", asked.spoken_of)
    now = [find_wording(line, words) for line in [*held, *made]]
    for kind in ("what_happens_next", "what_is_working"):
        for line in made:
            find_wording(line, words, kind)
    before = SaidOfAsItWas()
    assert {folded: before.search(folded) is not None for folded in asked.said_of} \
        == asked.said_of
    assert {tokens: spoken_as_it_was(list(tokens)) for tokens in asked.spoken} == asked.spoken
    assert sum(asked.said_of.values()) > 800
    assert sum("'" in "".join(tokens) for tokens in asked.spoken) > 500
    assert sum(1 for found in now if found) > 700
    for line, found in zip([*held, *made], now, strict=True):  # read again below, as an answer
        remember(line, words, "answer", found)


# (after the test above, whose readings as an answer it takes up: the same findings)
@pytest.mark.parametrize("council", [False, True])
def test_summarised_asks_what_it_asked_of_every_held_line(
        council: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over a fixed sample of the lines the language tests hold (those the test above read),
    with the shipped word list and a council's:
    `summarised` asks exactly what it asked when it read 300 sentences for short forms."""
    monkeypatch.setattr(nudges, "find_wording", read_once)
    words = council_list() if council else load_word_list()
    asked = 0
    for line in held_sample():
        said = nudges.summarised(line, words)
        assert said == summarised_as_it_was(line, words), line
        asked += said is not None
    assert asked > 200
