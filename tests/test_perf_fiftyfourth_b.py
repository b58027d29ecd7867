"""The fifty-fourth pass's cuts to the engine's and the bot's work at each update (perf54b)
change nothing a practitioner sees.

Each cut is held both ways: what it was for still happens, through the real bot, its real
store and the shipped flows, or its new form answers as the old one did over many inputs;
and the work cut stays cut, counted (each count fails on the form before).
"""

from __future__ import annotations

import ast
import random
import sys
import types
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bot import addressed, shape
from flows import answers as answers_module
from flows import asides, conditions, dictation, headings
from flows import walk as walk_module
from flows.answers import (
    _NOTHING_ADDED,
    _POINTS_ELSEWHERE,
    _POINTS_OUTSIDE,
    _pointing_parts,
    reads_right_to_left,
)
from flows.conditions import Compiled, Lookup
from flows.dictation import _SPOKEN_WORDS, fold, tidied
from flows.flow import Flow
from flows.headings import _other_parts
from flows.walk import question_before, walk
from tests.test_perf_thirtyseventh_b import REPEATED, SAID, counted, random_answers
from tests.test_perf_thirtyseventh_c import drawn_updates
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtythird_b import mapping, phone, read

__all__ = ["bot"]  # the fixture

ANSWER = "Mum walks T to school each morning and the class teacher has seen this for weeks"


# --- the question before, read from the steps shown, without a whole walk ---------------------

async def test_an_answer_sent_again_is_still_held_back_without_a_walk_to_find_it(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer sent again at the next question is still held back ("it is the same as
    your answer to ..."), and an answer that is no repeat still goes on; the question before
    is read from which steps the answers show, where a whole walk was made for it (the
    answers it keeps, the `Walk` itself) at every written answer of six words or more."""
    await mapping(bot, "KB-7")
    walked: list[str] = []
    counted(monkeypatch, walked, (asides, "walk"))
    await bot.say(SAID)
    assert walked == []  # one walk here before: `repeats_answer_before`'s
    await bot.say(SAID)
    assert any(REPEATED in said for said in phone(bot)[-3:])
    assert walked == []
    await bot.say(ANSWER)
    assert "Whose views are not in here yet" not in read(bot)  # the second answer taken


def test_the_question_before_is_the_walks_over_random_answers(
        flows: Mapping[str, Flow]) -> None:
    """Over 300 random answer sets for each shipped flow, `question_before` gives for every
    step the very question `walk(...).question_before` gives."""
    rnd = random.Random(54)
    differing, hidden = [], 0
    for flow in flows.values():
        for _ in range(300):
            answers = random_answers(flow, rnd)
            state = walk(flow, answers)
            hidden += len(flow.questions) - len(state.questions)
            differing += [(flow.id, step.id) for step in flow.steps
                          if question_before(flow, answers, step.id)
                          is not state.question_before(step.id)]
    assert differing == []
    assert hidden > 1000  # the answers hid questions: the steps shown differed


# --- loops, not generators, in what every update or every written answer asks --------------------

@contextmanager
def generators_in(*modules: types.ModuleType) -> Iterator[list[str]]:
    """The names of the generators (and `any`/`all` calls) made in code of `modules` while
    the block runs, in the order made."""
    files = {module.__file__ for module in modules}
    made: list[str] = []

    def note(frame: types.FrameType, event: str, arg: Any) -> None:
        if frame.f_code.co_filename not in files:
            return
        code = frame.f_code
        if event == "call" and code.co_name == "<genexpr>":
            made.append(f"<genexpr> {Path(code.co_filename).name}:{code.co_firstlineno}")
        elif event == "c_call" and getattr(arg, "__name__", "") in ("any", "all") \
                and getattr(arg, "__self__", None) is sys.modules["builtins"]:
            made.append(arg.__name__)

    sys.setprofile(note)
    try:
        yield made
    finally:
        sys.setprofile(None)


async def test_a_written_answer_goes_through_walk_and_checks_without_a_generator(
        bot: Bot) -> None:
    """A written answer at the mapping's second question, answered as before: none of the
    checks every update or written answer goes through makes a generator in the walk, the
    conditions, the pointing words, the spoken marks, the headings or the business chats
    (each made one or more an answer before: `all` in a follow-up's conditions and in `and`,
    `any` in `or`, in pointing parts, spoken words, heading marks and business fields)."""
    await mapping(bot, "KB-7")
    await bot.say(SAID)
    checked = (walk_module, conditions, answers_module, dictation, headings, addressed, shape)
    with generators_in(*checked) as made:
        await bot.say("Mum - K's nan, the school, same as above")
    assert made == []
    assert "Whose views are not in here yet" not in read(bot)


# The forms before, as they were written.
def old_pointing_parts(parts: list[str], points: Callable[[str], bool]) -> bool:
    return len(parts) > 1 and any(points(p) for p in parts) and all(
        points(p) or _POINTS_ELSEWHERE.fullmatch(p) or _POINTS_OUTSIDE.fullmatch(p)
        or _NOTHING_ADDED.fullmatch(p) for p in parts)


def old_spoken(text: str) -> bool:
    folded = fold(text)
    return any(word in folded for word in _SPOKEN_WORDS)


def old_marked(text: str) -> bool:
    return any(mark in text for mark in ":-–—\n?")


WORDS = ("see above", "same", "as above", "same as before", "n/a", "dunno", "please",
         "mum", "the school", "stop", "comma", "full stop", "Worries:", "quote", "line",
         "28/11", "as per notes", "thanks", "new line", "-", "–", "?", "\n", "K", "nothing")


def made_lines(rnd: random.Random, count: int) -> list[str]:
    seps = (", ", "; ", " and ", " - ", " + ", " & ", " ", "\n", ": ")
    return [rnd.choice(seps).join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 5)))
            for _ in range(count)]


def test_the_rewritten_tests_answer_as_their_old_forms() -> None:
    """Over 6,000 made lines (pointers, filler, spoken marks, headings' marks, empty): the
    pointing parts (with pointers read three ways), the spoken marks and the headings'
    marks found exactly as before."""
    rnd = random.Random(541)
    lines = made_lines(rnd, 6000)
    headed = 0
    readers: list[Callable[[str], bool]] = [
        lambda p: p.startswith("see"), lambda p: "same" in p, lambda p: False]
    for line in lines:
        parts = [p.strip() for p in line.replace(";", ",").split(",")]
        for points in readers:
            assert _pointing_parts(parts, points) == old_pointing_parts(parts, points), parts
        assert (tidied(line) is not None) <= old_spoken(line)
        if not old_spoken(line):
            assert tidied(line) is None
        for column in ("worried", "working_well"):
            found = _other_parts(line, column)
            assert bool(found) <= old_marked(line)
            if not old_marked(line):
                assert found == []
            headed += bool(found)
    assert sum(old_spoken(line) for line in lines) > 1000
    assert sum(old_marked(line) for line in lines) > 1000
    assert headed > 100  # lines headed as another column, found through the marks


def old_compile(tree: ast.expr, rename: Mapping[str, str]) -> Compiled:
    """`conditions._compile` with `and` and `or` as they were: `all` and `any` over a
    generator."""
    real_all, real_any = conditions._all_of, conditions._any_of

    def all_of(parts: tuple[Compiled, ...]) -> Compiled:
        return lambda look: all(part(look) for part in parts)

    def any_of(parts: tuple[Compiled, ...]) -> Compiled:
        return lambda look: any(part(look) for part in parts)

    conditions._all_of, conditions._any_of = all_of, any_of  # type: ignore[assignment]
    try:
        return conditions._compile(tree, rename)
    finally:
        conditions._all_of, conditions._any_of = real_all, real_any  # type: ignore[assignment]


def test_every_shipped_condition_holds_as_it_did_over_random_answers(
        flows: Mapping[str, Flow]) -> None:
    """Every condition of every shipped flow (those with `and` and `or` among them), over
    200 random answer sets each: the same verdict as compiled before."""
    rnd = random.Random(542)
    seen, boolean = 0, 0
    for flow in flows.values():
        answer_sets = [random_answers(flow, rnd) for _ in range(200)]
        for step in flow.steps:
            for condition in step.conditions:
                old = old_compile(condition.tree, condition.rename)
                boolean += isinstance(condition.tree, ast.BoolOp)
                for answers in answer_sets:
                    look: Lookup = answers.get
                    assert condition.test(look) == old(look), condition.source
                    seen += 1
    assert boolean >= 5
    assert seen > 10_000


def test_and_and_or_answer_as_all_and_any_over_every_mix() -> None:
    """`and` and `or` of up to five parts, each part true, false, or a value read either
    way (a list, a number, a word, None): `all` and `any`'s verdicts, and as few parts asked
    (a part after the verdict is never asked, as a generator never asked it)."""
    values: list[object] = [True, False, 0, 1, "", "yes", [], ["a"], None]
    rnd = random.Random(543)
    for _ in range(3000):
        chosen = [rnd.choice(values) for _ in range(rnd.randint(1, 5))]
        for new, old in ((conditions._all_of, all), (conditions._any_of, any)):
            asked_new: list[int] = []
            asked_old: list[int] = []
            got = new(tuple(asking(chosen, n, asked_new) for n in range(len(chosen))))({}.get)
            parts = [asking(chosen, n, asked_old) for n in range(len(chosen))]
            assert got == old(p({}.get) for p in parts)
            assert asked_new == asked_old


def asking(chosen: list[object], n: int, asked: list[int]) -> Compiled:
    """A condition's part giving `chosen[n]`, noting in `asked` that it was asked."""
    def run(look: Lookup) -> object:
        asked.append(n)
        return chosen[n]
    return run


def test_a_business_update_is_still_refused_whichever_field_it_comes_in() -> None:
    """Each of the four business fields alone still makes an update another's chat."""
    fields = ("business_message", "edited_business_message", "business_connection",
              "deleted_business_messages")
    for name in fields:
        update = types.SimpleNamespace(**dict.fromkeys(fields), message=None,
                                       edited_message=None)
        setattr(update, name, object())
        said = addressed.elsewhere(update, "sos_bot")  # type: ignore[arg-type]
        assert said == "a Telegram Business chat"
    plain = types.SimpleNamespace(**dict.fromkeys(fields), message=None, edited_message=None)
    assert addressed.elsewhere(plain, "sos_bot") is None  # type: ignore[arg-type]


def old_right_to_left(text: str) -> bool:
    first = next((kind for c in text if (kind := unicodedata.bidirectional(c)) in
                  ("L", "R", "AL")), "L")
    return first != "L"


def test_right_to_left_is_read_as_before_over_every_character() -> None:
    """Every code point of the first two planes alone (every 61st past them; every seventh
    after ASCII and before a Hebrew letter), 5,000 made
    strings of ASCII, Hebrew, Arabic, accented letters, digits and marks: whether a text
    is laid out right to left, as before (an ASCII text never is: no question's is)."""
    every = [chr(c) for c in (*range(0xD800), *range(0xE000, 0x20000), *range(0x20000,
                                                                           0x110000, 61))]
    assert any(old_right_to_left(c) for c in every)
    assert [reads_right_to_left(c) for c in every] == [old_right_to_left(c) for c in every]
    for c in every[::7]:
        for text in ("12, " + c, c + "\u05d0", "- " + c + " a"):
            assert reads_right_to_left(text) == old_right_to_left(text), hex(ord(c))
    pool = "ab Z09.,-?!\n\u05d0\u05d1\u0627\u0628\u00e9\u0301\u200f\u200e\U0001f600 "
    rnd = random.Random(544)
    for _ in range(5000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 12)))
        assert reads_right_to_left(text) == old_right_to_left(text), text


# --- a question's own words, read once; the count of questions, without a second walk --------

def old_question_itself(asked: str, text: str) -> bool:
    said = asides.same_words(text).rstrip("?")
    return not (said != asides.same_words(asked).rstrip("?") and not any(
        said == asides.same_words(sentence).rstrip("?")
        for sentence in asides._SENTENCE_END.split(asked)
        if sentence.rstrip().endswith("?")))


def test_a_question_pasted_back_is_told_as_before_and_its_words_read_once(
        flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every shipped question, against itself, each of its sentences, them changed in case,
    spaces and end marks, and other questions: a line is the question pasted back exactly
    when it was; and a second line at a question reads the question's words no more (one
    `same_words`, the line's, where there was one more for the question and each sentence)."""
    rnd = random.Random(545)
    asks = sorted({step.spec.ask for flow in flows.values() for step in flow.questions})
    pasted = 0
    for asked in asks:
        lines = [asked, asked.upper(), asked.rstrip("?") + " .", "  " + asked.replace(" ", "\n"),
                 *asides._SENTENCE_END.split(asked), rnd.choice(asks), "what? why?"]
        for line in lines:
            new = asides.same_words(line).rstrip("?") in asides._as_pasted(asked)
            assert new == old_question_itself(asked, line), (asked, line)
            pasted += new
    assert pasted > 2 * len(asks)
    flow = flows["mapping"]
    step = next(s for s in flow.questions if s.kind.widget == "text" and "?" in s.spec.ask)
    calls: list[str] = []
    counted(monkeypatch, calls, (asides, "same_words"))
    out = types.SimpleNamespace(replies=[])
    assert not asides.question_itself(flow, out, step, ANSWER)  # type: ignore[arg-type]
    calls.clear()
    assert not asides.question_itself(flow, out, step, ANSWER)  # type: ignore[arg-type]
    assert calls == ["same_words"]


def test_the_count_of_questions_waiting_on_a_skip_makes_no_second_walk(
        flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """"Question 4 of 12" where a written question some condition reads is still open: the
    count as it was (`tests.test_perf_thirtyseventh_c` holds it against its old form), and
    which questions wait on it read from the steps shown, with no second walk."""
    rnd = random.Random(546)
    found = None
    for flow in flows.values():
        for _ in range(200):
            state = walk(flow, random_answers(flow, rnd))
            if state._as_if_written is not state.values and state.questions:
                found = state
                break
        if found is not None:
            break
    assert found is not None
    expected = [found.progress(s.id) for s in found.questions]
    walked: list[str] = []
    counted(monkeypatch, walked, (walk_module, "walk"))
    again = walk_module.Walk(found.flow, found.steps, found.values, found.shown)
    assert [again.progress(s.id) for s in found.questions] == expected
    assert walked == []  # one walk before, at the first count


def test_an_updates_odd_fields_are_named_as_before() -> None:
    """Over 2,000 drawn updates with fields now and then of another type: the first field
    not of its type, and the first of the ids python-telegram-bot keys on, named as the
    generators named them."""
    updates = drawn_updates(random.Random(547), 2000)
    for update in updates:
        odd = [name for name, value, kind in shape.fields(update)
               if not (type(value) is kind and (kind is not int
                                                or value in shape.TELEGRAM_INTS))
               and not shape._is(value, kind)]
        assert shape.misshapen(update) == next(iter(odd), None)
        assert shape.unkeyed(update) == next((n for n in odd if n in shape.KEYS), None)
    assert sum(shape.unkeyed(u) is not None for u in updates) > 100
    assert sum(shape.misshapen(u) is None for u in updates) > 300


def test_a_line_with_no_heading_mark_is_passed_by_without_a_generator() -> None:
    """A written answer at a column's question with none of the marks a heading has (no
    colon, dash, line break or question mark): no heading found, and no generator made to
    look for the marks (one an answer before)."""
    with generators_in(headings) as made:
        assert _other_parts(ANSWER, "worried") == []
    assert made == []
    assert _other_parts("Worries: " + ANSWER, "worried") == []  # its own column, alone
    assert _other_parts(f"Worries: dad drinks.\nWorking well: {ANSWER}", "worried") != []
