"""The thirty-seventh pass's cost cuts (c) change nothing a practitioner sees.

Each test holds both halves: what the practitioner is shown, or what reaches Telegram, stays
as it was (against the function as it was, copied here, where there was one), and the work
cut stays cut, through the real bot, its real store and the shipped flows.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import Update
from telegram.request._requestparameter import RequestParameter

from bench.practitioner import ANSWER, ITEM, OTHER_ANSWER
from bot import shape
from flows.checks import plain_language, process
from flows.checks.text import mask_quotes, one_check, sentence_spans
from flows.checks.words import load_word_list
from flows.flow import Flow, FlowStep
from flows.walk import Walk, walk
from storage.contract import Session
from storage.sql import SqlStore
from storage.store import Store
from tests.matching_texts import SEED, texts_for
from tests.store_data import a_draft
from tests.test_language_check import CORPORA, corpus
from tests.test_perf_thirtyseventh import message, private, update, user
from tests.test_perf_thirtyseventh_b import SAID, CountedPattern, counted, random_answers
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


# Texts drawn by walking each pattern (tests/matching_texts.py, new ones every run, with text
# around them) until every way through every choice is taken: every worker of `_AGENTS`, where
# 500 of Hypothesis's `from_regex` draws took five seconds of CPU and left most untried.
@pytest.mark.parametrize("name", ["_DOER_IN", "_DOER"])
def test_a_text_the_doer_pattern_finds_passes_its_quick_test(name: str) -> None:
    """Whatever the text around what `_DOER_IN` finds (any worker of `_AGENTS`), its quick
    test never says no; nor `_doer` for `_DOER`."""
    pattern = getattr(process, name)
    quick = process._doer_in if name == "_DOER_IN" else process._doer
    drawn = texts_for(re.compile(pattern.pattern, pattern.flags), at_least=20)
    assert [text for text in drawn if quick(text) != bool(pattern.search(text))] == [], \
        f"seed {SEED}"
    assert not drawn.short_of(), drawn.short_of()


def wording_as_read(lines: list[str], kinds: list[plain_language.Asked]) -> list[list[Any]]:
    words = load_word_list(None)
    found = []
    for line in lines:
        for asked in kinds:
            with one_check():
                found.append([(h.term, h.span, h.question, h.kind)
                              for h in plain_language.find_wording(line, words, asked)])
    return found


def test_the_wording_checks_ask_what_they_asked_of_corpus_lines(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One corpus line in four, those saying "I'll", and 400 drawn steps, at three kinds of
    question: the wording checks ask the same questions of the same words as with each
    pattern searched whole (as at 72a0403). Every text the checks hand the quick tests
    (`_doer`, `_doer_in`) is answered as its pattern searched whole answers it, so the checks,
    run once, take every turn they would take with the whole searches; nothing else of theirs
    differs."""
    # (and every line saying "I'll", the quick read `_I_LL` is there for)
    lines = [*corpus_lines()[::4], *(line for line in corpus_lines() if process._I_LL.search(
        process._lowered(line))), *drawn_steps(random.Random(7), 400)]
    kinds: list[plain_language.Asked] = ["answer", "what_happens_next", "what_is_working"]
    handed: dict[str, dict[str, bool]] = {"_doer": {}, "_doer_in": {}}
    for name, answers in handed.items():
        monkeypatch.setattr(process, name, noted(getattr(process, name), answers))
    quick = wording_as_read(lines, kinds)
    for name, whole in (("_doer", process._DOER), ("_doer_in", process._DOER_IN)):
        answers = handed[name]
        assert len(answers) >= 1000, name  # the checks ask them of many texts
        assert answers == {text: whole.search(text) is not None for text in answers}, name
    assert sum(map(bool, quick)) >= 1000


def noted(quick: Callable[[str], bool], answers: dict[str, bool]) -> Callable[[str], bool]:
    """`quick`, each text it is asked about noted in `answers` with what it said."""
    def asked(text: str) -> bool:
        said = answers[text] = quick(text)
        return said
    return asked


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


# --- an update's fields, each of the very type asked taken at once -----------------------------

def misshapen_before(update: Update) -> str | None:
    """`bot.shape.misshapen` as it was at 72a0403: each of the fields read looked at with
    `_is`."""
    return next((name for name, value, kind in shape.fields(update)
                 if not shape._is(value, kind)), None)


ODD_VALUES = [0, 7, -1, 1 << 63, -(1 << 63), (1 << 63) - 1, True, False, 1.0, "7", "", "Sam",
              None, [], {}, ["x"], "private", "group"]


def drawn_updates(rnd: random.Random, n: int) -> list[Update]:
    """Typed lines, commands and presses whose fields are now and then a value of another
    type (a number as text, a bool, a float, an id past 64 bits, a list), as Telegram never
    sends them."""
    def odd(value: Any) -> Any:
        return rnd.choice(ODD_VALUES) if rnd.random() < 0.15 else value

    found = []
    for n_ in range(n):
        sent = message(message_id=odd(41 + n_), text=odd(rnd.choice([SAID, "/skip", "ok"])),
                       chat=private(id=odd(5150), type=odd("private")),
                       **{"from": user(id=odd(5150), first_name=odd("Sam"),
                                       last_name=odd(rnd.choice([None, "Jones"])))})
        if sent["text"] == "/skip":
            sent["entities"] = [{"type": "bot_command", "offset": odd(0), "length": odd(5)}]
        body = update(update_id=odd(900_000 + n_), message=sent) if rnd.random() < 0.6 else \
            update(update_id=odd(900_000 + n_), callback_query={
                "id": odd("q1"), "from": user(id=odd(5150)), "chat_instance": "c",
                "data": odd("a:0:yes"), "message": sent})
        found.append(Update.de_json(body, None))
    return found


def test_an_updates_fields_are_judged_as_they_were() -> None:
    """2,000 drawn updates, their fields now and then of a type Telegram never sends: the
    same first field named as not of its type (or none), as when each went through `_is`;
    a bool, an id past 64 bits and text of a subclass among them."""
    updates = drawn_updates(random.Random(37), 2000)
    before = [misshapen_before(u) for u in updates]
    assert [shape.misshapen(u) for u in updates] == before
    assert sum(field is None for field in before) >= 300
    assert len(set(before)) >= 10


def test_a_typed_answers_plain_fields_are_taken_without_a_closer_look(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A typed answer's ids and names, whole numbers and text as Telegram sends them: no
    closer look (`_is`) but for the two fields that may be missing and its chat's type,
    which python-telegram-bot reads as its own kind of text."""
    calls: list[str] = []
    counted(monkeypatch, calls, (shape, "_is"))
    sent = Update.de_json(update(message=message(text=SAID)), None)
    assert shape.misshapen(sent) is None
    assert calls == ["_is"] * 3


# --- "question 4 of 12", each question's parent read once for the flow -------------------------

def progress_as_it_was(state: Walk, step_id: str) -> tuple[int, int]:
    """`flows.walk.Walk.progress` as it was at 72a0403, each question's parent looked up;
    with the forty-first pass's `counted: false` (a short follow-up asked under the number of
    the question shown before it, and left out of the count); and the fifty-third's: a
    follow-up still to come counted only where its own condition holds (a parent's number
    asked only with the family's agreement), written questions not yet answered taken as
    answered."""
    shown = state.ids
    waits = waiting_as_it_was(state)
    values, step = state.values, state.flow.step
    ids = [s.id for s in state.flow.questions
           if s.spec.counted and ((s.id in shown and s.id not in waits)
                                  or ((parent := s.parent) is not None and parent in shown
                                      and parent not in values
                                      and step(parent).spec.required
                                      and its_own_condition_holds(state, s)))]
    if step_id not in ids and not step(step_id).spec.counted:
        earlier = [s.id for s in state.flow.questions[:state.flow.questions.index(
            step(step_id))] if s.id in shown]
        if earlier and earlier[-1] in ids:
            return ids.index(earlier[-1]) + 1, len(ids)
    return (ids.index(step_id) + 1 if step_id in ids else len(ids)), len(ids)


def its_own_condition_holds(state: Walk, follow_up: FlowStep) -> bool:
    """Whether `follow_up`'s conditions that are not its parent's, nor read its parent's
    answer, hold, open written questions some condition reads taken as answered."""
    read = state.flow.read_by_conditions
    answers = dict(state.values)
    answers.update({s.id: ["an answer"] if s.kind.widget == "items" else "an answer"
                    for s in state.questions if s.id not in state.values
                    and s.kind.widget in ("text", "items") and s.id in read})
    parent = state.flow.step(follow_up.parent or "")
    return all(c.holds(answers.get) for c in follow_up.conditions
               if c not in parent.conditions and parent.id not in c.step_ids())


def waiting_as_it_was(state: Walk) -> frozenset[str]:
    """`Walk._waiting_on_a_skip` as it was at 72a0403."""
    read = state.flow.read_by_conditions
    open_ones = [s for s in state.questions if s.id not in state.values
                 and s.kind.widget in ("text", "items") and s.id in read]
    if not open_ones:
        return frozenset()
    answered = dict(state.values)
    answered.update({s.id: ["an answer"] if s.kind.widget == "items" else "an answer"
                     for s in open_ones})
    return state.ids - walk(state.flow, answered).ids


def test_each_questions_place_and_the_count_are_what_they_were(
        flows: Mapping[str, Flow]) -> None:
    """Over 250 random answer sets for each shipped flow, "question N of M" at every step
    is what it was, follow-ups still to come and questions waiting on a skipped one counted
    as before (and there were both)."""
    rnd = random.Random(1637)
    differing = []
    waiting = following = 0
    for flow in flows.values():
        for _ in range(250):
            state = walk(flow, random_answers(flow, rnd))
            waiting += bool(waiting_as_it_was(state))
            following += sum(1 for s in flow.questions if s.id not in state.ids
                             and s.parent in state.ids and s.parent not in state.values)
            differing += [(flow.id, step.id) for step in flow.steps
                          if state.progress(step.id) != progress_as_it_was(state, step.id)]
    assert differing == []
    assert waiting >= 60
    assert following >= 100


# --- a store call inside a turn joins it, without a context manager of its own ----------------

async def test_a_call_inside_a_turn_joins_it_and_is_undone_with_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside one user's turn, the store's own calls for that user (a save, a read, a turn
    asked for again) join it: what is saved is read back inside it, and undone with it when
    the turn fails; another user's call opens a turn of its own. Only the outer turns are
    opened as transactions."""
    async with await Store.open(tmp_path / "joined.db") as store:
        draft = a_draft()
        draft.answers = {"q1": "first"}
        await store.save(draft, draft.answers, new=True, session=Session(1, "d1", {}))
        opened: list[str] = []
        counted(monkeypatch, opened, (SqlStore, "_own_turn"))
        with pytest.raises(RuntimeError, match="the turn failed"):
            await change_then_fail(store)
        assert opened == ["_own_turn", "_own_turn"]
        kept = await store.load_draft(1, "d1")
        assert kept is not None
        assert kept.answers == {"q1": "first"}


async def change_then_fail(store: Store) -> None:
    """Inside user 1's turn: the turn asked for again, an answer read, changed and saved
    through the store's own calls, read back through the turn; user 2's turn; then a
    failure."""
    async with store.turn(1) as turn:
        async with store.turn(1) as again:
            assert again is turn
        read = await store.load_draft(1, "d1")
        assert read is not None
        read.answers["q1"] = "changed"
        await store.save(read, ["q1"])
        seen = await turn.draft("d1")
        assert seen is not None
        assert seen.answers["q1"] == "changed"
        async with store.turn(2) as other:
            assert other is not turn
        raise RuntimeError("the turn failed")
