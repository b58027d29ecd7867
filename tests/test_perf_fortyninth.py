"""The forty-ninth pass's cuts to the language checks change nothing a practitioner is asked.

A danger statement was searched for what an adult does by five long patterns, each opening
with the people who may do it (`_ACTOR`, or `_DOER`, whose people are all `_ACTOR`'s): at
every word of the statement each tried its lists of people again, four times over for
`_ANY_DOING`. Where a person starts is now found once a statement (`_People`), and the
patterns are tried only there (`_tried_at`). The tests here hold that every pattern finds
exactly the matches its search found, over every line the language tests hold and random
statements of people, helper words and deeds; that the nudger asks what it asked; and that
the cut stays cut.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from bench.startup import LONG_ANSWER
from flows import nudges
from flows.checks import abbreviations, danger_statement, plain_language, respell
from flows.checks import text as text_module
from flows.checks.lexicon import HARM
from flows.checks.plain_language import bare_verdicts, going_well_alone
from flows.checks.text import mask_quotes
from flows.checks.words import load_word_list
from tests.test_perf_fortyfourth import held_lines, held_sample
from tests.test_perf_fortyfourth import random_lines as random_test_words

PEOPLE = ["Mum", "mum", "Dad", "DAD", "he", "She", "they", "someone", "who", "T", "K", "t",
          "a", "I", "Lee", "Kayden", "Stepfather (S)", "mum's partner", "the youth leader",
          "Football coach", "the imam", "older lads", "Mum in the flat", "Dad from the pub",
          "Gran", "Social Care", "Monday", "Nan and Grandad", "mum and dad", "Mr Smith"]
HELPERS = ["will", "has", "has been", "keeps", "often", "does not", "doesn't", "didn't",
           "never", "then", "and", "or", "but", "is", "was", "too drunk to", "angrily",
           "also", "can't", "trying to", "'s", "’s", "to", "who", ","]
DEEDS = ["hit", "hits", "punched", "shouting", "shouts at", "drink", "drinks", "drunk",
         "takes drugs", "inject heroin", "caused the bruises", "walks", "leaves", "left",
         "leaves needles", "get his inhaler renewed", "take her to the dentist", "slapped",
         "grabs", "carry drugs", "smokes cannabis", "cope", "arrived", "is arguing",
         "harm", "hurt", "frightened", "sells", "kicked the door", "watches", "injured"]
OTHERS = ["the baby", "T", "Mum", "her", "him", "at the weekend", "in front of the kids",
          "and", "so", "which means", "May", "on 3 May", "may", "could", "school", ".", ";",
          "\n", "\t", "—", "'", "“", "”", "by", "is", "convicted of"]


def random_statements(count: int, seed: int) -> Iterator[str]:
    """Statements made of people, helper words, deeds and the rest, joined by spaces, tabs,
    line breaks, marks or nothing: the patterns' matches begin and end all over them."""
    rnd = random.Random(seed)
    joins = [" ", " ", " ", "  ", "\t", "\n", ", ", "-", "", "\u00a0", "'", "("]
    for _ in range(count):
        pieces = [rnd.choice(rnd.choice((PEOPLE, HELPERS, DEEDS, OTHERS)))
                  for _ in range(rnd.randint(1, 12))]
        yield "".join(piece + rnd.choice(joins) for piece in pieces).strip(" ")


def spans(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_the_patterns_led_by_a_person_find_exactly_what_their_searches_found() -> None:
    """Over a fixed sample of the lines the language tests hold (as the statement check reads
    it), 600 random statements and 200 random strings of the rules' words: each pattern led by a
    person, tried only where a person starts, gives exactly the matches `finditer` gave."""
    texts = [danger_statement._masked(line) for line in held_sample()]
    texts += [*random_statements(600, 4901), *random_test_words(200, 4902)]
    found = 0
    for text in texts:
        people = danger_statement._People(text)
        for pattern in danger_statement._LED:
            searched = spans(pattern.finditer(text))
            assert spans(danger_statement._tried_at(pattern, people)) == searched, (
                pattern.pattern[:40], text)
            found += bool(searched)
        doing = danger_statement._ANY_DOING.search(text) is not None
        assert any(danger_statement._ANY_DOING_ONCE.match(text, at) for at in people()) == doing
    assert found > 1200


def test_every_pattern_tried_at_people_opens_with_a_person() -> None:
    """The patterns tried only where a person starts open with `_ACTOR`, or with `_DOER`
    (each of `_ANY_DOING`'s four ways), whose people are all `_ACTOR`'s."""
    ways = {danger_statement._ACTOR: 0, danger_statement._DOER: 0}
    for pattern in danger_statement._LED:
        opening = next(way for way in ways if pattern.pattern.startswith(way))
        ways[opening] += pattern.pattern.count(opening)
    assert ways == {danger_statement._ACTOR: 4, danger_statement._DOER: 4}
    # the patterns tried only before a harm end in one, after a space (their helper words
    # each end in one; before them a space, or "and", "or", "then" or "but" and a space)
    for pattern in danger_statement._TO_HARM:
        assert pattern.pattern.endswith(rf"\s+{danger_statement._HELPERS}{HARM}\b") \
            or pattern.pattern.endswith(rf"\s+|(?<=,\s)){danger_statement._HELPERS}{HARM}\b")
    assert len(danger_statement._DOING_WAYS) == 4
    assert danger_statement._ANY_DOING_ONCE.flags == danger_statement._ANY_DOING.flags


@pytest.mark.parametrize("kind", ["danger_statement", "worry_statement", "plain_language"])
def test_the_nudger_asks_every_held_statement_what_it_asked(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the held lines (one in 8) and random statements, checked as a danger
    statement (and as a worry statement and an answer, which share its readers): the nudger
    asks exactly what it asked with every pattern searched through, none passed over by
    its quick test."""
    lines = [*held_lines()[::8], *random_statements(300, 4903)]
    nudge = nudges.nudger(load_word_list())
    now = [nudge(kind, line) for line in lines]
    monkeypatch.setattr(danger_statement, "_tried_at",
                        lambda pattern, people: pattern.finditer(people.text))
    monkeypatch.setattr(danger_statement, "_doing_found", lambda people, folded: (
        danger_statement._ANY_DOING.search(people.text) is not None))
    monkeypatch.setattr(danger_statement, "_may_hold", lambda pattern, folded: True)
    monkeypatch.setattr(plain_language, "_A_FIGURE", re.compile(""))
    before = [nudge(kind, line) for line in lines]
    assert now == before
    assert sum(reply is not None for reply in now) > len(lines) // 10


def test_a_plain_statement_is_not_searched_through_for_what_an_adult_does(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's answers, checked as danger statements: the patterns led by a person are
    tried where a person starts, never searched through, and the reply is what it was."""
    nudge = nudges.nudger(load_word_list())
    replies = [nudge("danger_statement", text) for text in (ANSWER, OTHER_ANSWER)]

    def searched(*args: object, **kwargs: object) -> None:
        raise AssertionError("searched through")

    for pattern in danger_statement._LED:
        pattern.search  # noqa: B018 - compiled, so its own methods are on it
        for method in ("search", "finditer", "findall"):
            monkeypatch.setitem(vars(pattern), method, searched)
    assert [nudge("danger_statement", text) for text in (ANSWER, OTHER_ANSWER)] == replies
    assert all(reply and "who is worried" in reply for reply in replies)


def test_the_quotes_and_short_forms_are_found_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over a fixed sample of the lines the language tests hold and 300 random strings of the
    rules' words and marks: a text is masked, and its short forms found and taken as written
    out, exactly as when every text was searched for quotation marks and capitals."""
    # (short forms with small letters between their capitals, and capitals by figures)
    edges = ["Mum is on a CiN plan", "the DoLs order ends", "a MaSH referral", "he is CiC",
             "SaLT saw him", "the NoK is nan", "B3 8TH", "A&E on Friday", "GP's letter",
             "MoJ and the DfE", "'the CiN plan' she said", "“DoLs”", "KyM"]
    lines = [*held_sample(), *edges, *random_test_words(300, 4904)]
    words = load_word_list()

    def read(line: str) -> tuple[str, set[str], list[abbreviations.Abbreviation]]:
        masked = text_module.mask_quotes(line)
        return masked, abbreviations.explained(masked), list(
            abbreviations.find_abbreviations(masked, words))

    for line in lines:
        assert text_module.may_quote(line) or text_module._OPENING.search(line) is None, line
    now = [read(line) for line in lines]
    monkeypatch.setattr(text_module, "may_quote", lambda text: True)
    monkeypatch.setattr(abbreviations, "_CAPITALS_PAIR", re.compile(""))
    monkeypatch.setattr(abbreviations, "_MIXED_START", re.compile(""))
    before = [read(line) for line in lines]
    assert now == before
    assert sum(masked != line for (masked, _, _), line in zip(now, lines, strict=True)) > 100
    assert sum(bool(found) for _, _, found in now) > 75


def test_a_steps_checks_read_one_answer_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A step asks each of its checks of one answer in turn: its slips are mended (`respelt`)
    once, not once a check; the next answer is read afresh, and each check says what it
    said (the answer's "hygeine" is read as "hygiene" by each)."""
    read: list[str] = []
    monkeypatch.setattr(nudges, "respelt", lambda text: read.append(text) or respell.respelt(text))
    nudge = nudges.nudger(load_word_list())
    kinds = ("plain_language", "privacy", "danger_statement")
    typed = "Mum's hygeine is poor and the home is unkempt."
    first = [nudge(kind, ANSWER) for kind in kinds]
    second = [nudge(kind, typed) for kind in kinds]
    assert read == [ANSWER, typed]
    fresh = nudges.nudger(load_word_list())
    assert second == [fresh(kind, typed) for kind in kinds]
    assert "hygiene" in (second[0] or "")
    assert first == [nudges.nudger(load_word_list())(kind, ANSWER) for kind in kinds]


def test_every_check_of_a_step_asks_what_it_asked_alone() -> None:
    """A sample of the held lines (one in 40), each asked of every check of a step in
    turn, as a step asks them: each reply is what a nudger asked nothing before gives."""
    kinds = ("plain_language", "privacy", "danger_statement", "what_is_working", "dated",
             "safety_goal", "short_forms")
    words = load_word_list()
    nudge, alone = nudges.nudger(words), nudges.nudger(words)
    # (what the nudger keeps of the last answer, set back to what a new one holds)
    kept = next(cell for cell in alone.__closure__ or ()
                if cell.cell_contents == ("", "", None))

    def asked_alone(kind: str, line: str) -> str | None:
        kept.cell_contents = ("", "", None)
        return alone(kind, line)

    for line in held_lines()[::40]:
        for kind in kinds:
            assert nudge(kind, line) == asked_alone(kind, line), (kind, line)


def test_sentences_only_going_well_are_found_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over a third of the held lines and 500 random strings, each read as a strength, a
    verdict and a step's answer would read it: the sentences only saying things go well are
    those `_GOING_WELL_ALONE` gives read afresh each time."""
    lines = [mask_quotes(line) for line in [*held_lines()[::3], *random_test_words(500, 4905)]]

    def read() -> list[object]:
        return [(going_well_alone(m, told=True), bare_verdicts(m), going_well_alone(m))
                for m in lines]

    now = read()
    monkeypatch.setattr(plain_language, "_going_well_alone", lambda masked, spans: tuple(
        plain_language._GOING_WELL_ALONE.fullmatch(masked[start:end]) is not None
        for start, end in spans))
    assert now == read()
    assert sum(bool(told) for told, _, _ in now) > 10


def test_an_answer_is_read_for_going_well_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's answer through the wording check: each sentence is read once for only
    saying things go well (twice before: for a verdict, then for the wording)."""
    pattern = plain_language._GOING_WELL_ALONE
    fullmatch = pattern.fullmatch
    read: list[str] = []
    monkeypatch.setitem(vars(pattern), "fullmatch",
                        lambda text, *args: read.append(text) or fullmatch(text, *args))
    nudge = nudges.nudger(load_word_list())
    assert nudge("plain_language", ANSWER) is None
    assert read == [ANSWER.rstrip(".")]


def test_a_sentence_with_no_figure_is_not_searched_for_a_scales_number(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's long answer (a worry about drinking, eight times) through the wording
    check: none of its sentences holds a figure, so none is searched for a scale's number
    given first ("Police: 2, ..."), and the reply is what it was."""
    nudge = nudges.nudger(load_word_list())
    reply = nudge("plain_language", LONG_ANSWER)
    assert nudge("plain_language", "Police: 2, mum is chaotic") is not None  # (a figure: read)
    pattern = plain_language._SCALE_FIRST
    pattern.sub  # noqa: B018 - compiled, so its own methods are on it

    def searched(*args: object, **kwargs: object) -> None:
        raise AssertionError("searched through")

    monkeypatch.setitem(vars(pattern), "sub", searched)
    assert nudges.nudger(load_word_list())("plain_language", LONG_ANSWER) == reply


def test_a_text_with_no_figure_holds_no_scales_number() -> None:
    """Over every line the language tests hold, lines written with a scale's number first
    and 1,000 random strings: where `_A_FIGURE` finds nothing, `_SCALE_FIRST` takes nothing
    out; and it does take a number out of lines holding one."""
    scaled = ["Police: 2, mum is chaotic", "7 - settled in placement", "school – 10, fine",
              "Nan:3, dad is volatile", "4/10, mum is chaotic", "١: not a figure re reads"]
    taken = 0
    for line in [*held_lines(), *scaled, *random_test_words(1000, 4906)]:
        read = plain_language._SCALE_FIRST.sub(" ", line, count=1)
        if plain_language._A_FIGURE.search(line) is None:
            assert read == line, line
        taken += read != line
    assert taken > 50
