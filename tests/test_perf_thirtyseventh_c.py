"""The thirty-seventh pass's cost cuts (c) change nothing a practitioner sees.

Each test holds both halves: what the practitioner is shown, or what reaches Telegram, stays
as it was (against the function as it was, copied here, where there was one), and the work
cut stays cut, through the real bot, its real store and the shipped flows.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram.request._requestparameter import RequestParameter

from bench.practitioner import ANSWER, ITEM, OTHER_ANSWER
from flows.checks import plain_language, process
from flows.checks.text import mask_quotes, one_check, sentence_spans
from flows.checks.words import load_word_list
from tests.test_language_check import CORPORA, corpus
from tests.test_perf_thirtyseventh_b import SAID, CountedPattern, counted
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtythird_b import mapping, read

__all__ = ["bot"]  # the fixture


# --- the Bot API calls' parameters taken as built, through the flood throttle ---------------

async def test_an_answer_reaches_telegram_through_the_flood_throttle_as_built(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A typed answer's next question and the edit showing the answer still go through the
    flood throttle (Telegram's pace, a chat told to wait held back) and arrive, without each
    parameter being gone through for files and objects to convert (there are none)."""
    await mapping(bot, "KB-7")
    limiter = bot.app.bot.rate_limiter
    assert limiter is not None
    throttled: list[str] = []
    converted: list[str] = []
    counted(monkeypatch, throttled, (type(limiter), "process_request"))
    counted(monkeypatch, converted, (RequestParameter, "from_input"))
    await bot.say(SAID)
    assert "Whose views are not in here yet" in read(bot)
    assert len(throttled) >= 2
    assert converted == []


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
PLAIN = st.integers() | st.text(min_size=1) | st.dictionaries(st.text(max_size=8), JSON,
                                                              max_size=4)


@settings(max_examples=300, deadline=None)
@given(params=st.dictionaries(st.text(min_size=1, max_size=12), PLAIN, max_size=6))
def test_a_plain_parameter_is_what_the_library_makes_of_it(params: dict[str, Any]) -> None:
    """Each plain value (`sending._is_plain`: a whole number, text, a dict of JSON) as the
    parameter sent is what `RequestParameter.from_input` makes of it: the same name, value,
    JSON, and no file."""
    from bot import sending

    assert sending._is_plain(params)
    for key, value in params.items():
        theirs = RequestParameter.from_input(key, value)
        ours = RequestParameter(key, value, None)
        assert (ours.name, ours.value, ours.input_files, ours.json_value,
                ours.multipart_data) == (theirs.name, theirs.value, theirs.input_files,
                                         theirs.json_value, theirs.multipart_data)


# --- who does a step, looked for only where it can be found ------------------------------------

def corpus_lines() -> list[str]:
    return [case.text for path in sorted(CORPORA.glob("*.txt")) for case in corpus(path)]


def as_read(line: str) -> list[str]:
    """A line as the process checks read it: whole, and each sentence, lowered (`_lowered`)."""
    masked = mask_quotes(line)
    return [process._lowered(masked)] + [process._lowered(masked[start:end])
                                         for start, end in sentence_spans(masked)]


AGENT_PARTS = ["I", "we", "the social worker", "caseworker", "SW", "the school", "school nurse",
               "health visitor", "the team manager", "headteacher", "IRO", "drug service",
               "family support worker", "leaving care team", "head of year", "safeguarding lead",
               "the police domestic abuse officer", "speech therapist", "co-ordinator",
               "personal advisor", "mum", "dad", "nan", "T", "JP", "Sam", "the family"]
VERB_PARTS = ["will", "shall", "am going to", "to", "to be", "is going to", "must", "needs to",
              "has to", "agreed that I would", "said she'd", "'ll", "’ll", ":", "will not"]
REST_PARTS = ["visit mum", "ring the school by Friday", "be arranged by the social worker",
              "make the referral", "walk T to school each morning", "every week", "on 4 Dec",
              "as agreed", "be seen", "", "."]


def drawn_steps(rnd: random.Random, n: int) -> list[str]:
    """Sentences of who, a verb and what, drawn from the parts above, two at a time now
    and then, with capitals and spaces as people type them."""
    def one() -> str:
        said = " ".join([rnd.choice(AGENT_PARTS), rnd.choice(VERB_PARTS),
                         rnd.choice(REST_PARTS)])
        return said.upper() if rnd.random() < 0.05 else said.replace(" ", rnd.choice(
            [" ", " ", "  ", "\n"]))
    return [one() + (rnd.choice([". ", "; ", ", and "]) + one() if rnd.random() < 0.4 else "")
            for _ in range(n)]


def test_who_does_a_step_is_found_as_the_patterns_find_it() -> None:
    """On every corpus line, whole and sentence by sentence, and on 3,000 drawn steps: the
    quick reads of `_DOER` and `_DOER_IN` say yes exactly where the patterns' searches
    find a match, and both are said often (the lines test them)."""
    lowered = [read for line in corpus_lines() + drawn_steps(random.Random(37), 3000)
               for read in as_read(line)]
    doer = [bool(process._DOER.search(line)) for line in lowered]
    doer_in = [bool(process._DOER_IN.search(line)) for line in lowered]
    assert [process._doer(line) for line in lowered] == doer
    assert [process._doer_in(line) for line in lowered] == doer_in
    assert sum(doer) >= 500
    assert sum(doer_in) >= 500
    assert sum(not found for found in doer_in) >= 5000


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), before=st.text(max_size=15), after=st.text(max_size=15))
def test_a_text_the_doer_pattern_finds_passes_its_quick_test(
        data: st.DataObject, before: str, after: str) -> None:
    """Whatever the text around what `_DOER_IN` finds (any worker of `_AGENTS`, drawn
    from the pattern itself), its quick test never says no; nor `_doer` for `_DOER`."""
    found = before + data.draw(st.from_regex(re.compile(process._DOER_IN.pattern))) + after
    assert process._doer_in(found) == bool(process._DOER_IN.search(found))
    first = data.draw(st.from_regex(re.compile(process._DOER.pattern))) + after
    assert process._doer(first) == bool(process._DOER.search(first))
    assert process._doer(before + first) == bool(process._DOER.search(before + first))


def wording_as_read(lines: list[str], kinds: list[plain_language.Asked]) -> list[list[Any]]:
    words = load_word_list(None)
    found = []
    for line in lines:
        for asked in kinds:
            with one_check():
                found.append([(h.term, h.span, h.question, h.kind)
                              for h in plain_language.find_wording(line, words, asked)])
    return found


def test_the_wording_checks_ask_what_they_asked_of_every_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every corpus line and 400 drawn steps, at three kinds of question: the wording
    checks ask the same questions of the same words as with each pattern searched whole
    (as at 72a0403)."""
    lines = corpus_lines() + drawn_steps(random.Random(7), 400)
    kinds: list[plain_language.Asked] = ["answer", "what_happens_next", "what_is_working"]
    quick = wording_as_read(lines, kinds)
    monkeypatch.setattr(process, "_doer", lambda s: process._DOER.search(s) is not None)
    monkeypatch.setattr(process, "_doer_in", lambda s: process._DOER_IN.search(s) is not None)
    assert quick == wording_as_read(lines, kinds)
    assert sum(map(bool, quick)) >= 1000


def test_the_benchmarks_answers_are_not_searched_for_a_worker_later_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The typed answers of the benchmark's practitioner ("Mum will walk T to school ...")
    name no worker before a "will" or "to": `_DOER_IN` is not searched, `_DOER` tried at
    the start only; "the social worker will visit mum" still is, and is a step with who."""
    calls: list[str] = []
    doer_in = process._DOER_IN.pattern[:12]
    monkeypatch.setattr(process, "_DOER_IN", Searched(process._DOER_IN, calls))
    monkeypatch.setattr(process, "_DOER", Searched(process._DOER, calls))
    for said in (ANSWER, OTHER_ANSWER, ITEM.format(n=1)):
        plain_language.find_wording(said, load_word_list(None), "what_happens_next")
    assert calls == []
    assert process._doer_in("a referral is needed and the social worker will make it")
    assert calls == [doer_in]


class Searched(CountedPattern):
    """A pattern whose searches are noted (`CountedPattern`), its matches at the start not."""

    def match(self, *args: Any) -> re.Match[str] | None:
        return self.pattern.match(*args)
