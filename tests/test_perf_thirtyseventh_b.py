"""The thirty-seventh pass's cost cuts (b) change nothing a practitioner sees.

Each cut takes work out of an update's path, and each test holds both halves: what the
practitioner is shown or what is saved stays as it was, and the work cut stays cut (a count
of the calls made, through the real bot, its real store and the shipped flows).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flows.asides
from bot import conversation, sending
from flows import asides, moves
from flows.answers import Value
from flows.checks import plain_language
from flows.checks.text import mask_quotes
from flows.checks.words import load_word_list
from flows.flow import Flow, FlowStep
from flows.walk import Walk, walk
from storage.contract import Session
from storage.opened import _Kept
from storage.store import Store
from tests.store_data import a_draft
from tests.test_language_check import CORPORA, corpus
from tests.test_telegram_handlers import USER, Bot, bot, running
from tests.test_walk_thirtythird_b import mapping, phone, read

__all__ = ["bot"]  # the fixture

SAID = "Dad shouted at mum in front of the children last night"
REPEATED = "it is the same as your answer to \"Who contributed\""


def counted(monkeypatch: pytest.MonkeyPatch, calls: list[str],
            *where: tuple[Any, str]) -> None:
    """Each of `where`'s functions, still doing its work, noted in `calls` when called."""
    for module, name in where:
        real: Callable[..., Any] = getattr(module, name)

        def noting(*args: Any, _real: Callable[..., Any] = real, _name: str = name,
                   **kwargs: Any) -> Any:
            calls.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, noting)


# --- the look for the answer before sent again, made once per answer --------------------------

async def test_an_answer_sent_again_is_held_back_after_one_look_for_it(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Who has contributed" answered, then the same words sent again at "whose views are
    not in here yet": held back, as before, and the earlier answers looked through once for
    it, not once by the bot and again by the engine."""
    await mapping(bot, "KB-7")
    await bot.say(SAID)
    calls: list[str] = []
    counted(monkeypatch, calls, (conversation, "repeats_answer_before"),
            (flows.asides, "repeats_answer_before"))
    await bot.say(SAID)
    assert calls == ["repeats_answer_before"]
    assert any(REPEATED in said for said in phone(bot)[-3:])
    assert "Whose views are not in here yet" in read(bot)


async def test_an_answer_written_before_its_question_showed_is_still_told_apart(
        bot: Bot) -> None:
    """A line older than the question now shown (message ids only grow in a chat): the
    answer before sent twice is still the engine's to hold back ("it is the same as your
    answer to ..."), and any other line is still not saved ("you sent it before the
    question below")."""
    await mapping(bot, "KB-7")
    await bot.say(SAID)
    await bot.feed(older(bot, SAID))
    assert any(REPEATED in said for said in phone(bot)[-3:])
    await bot.feed(older(bot, "Mum says she will call the police next time"))
    assert any("before the question below" in said for said in phone(bot)[-3:])


def older(bot: Bot, text: str) -> dict[str, Any]:
    """A typed line, written before any question the bot has sent (the chat's first id)."""
    update = bot.updates.text(USER, text)
    update["message"]["message_id"] = 1
    return update


# --- the Bot API calls sent as built, not gone through again for defaults ----------------------

async def test_a_question_and_its_answer_go_to_telegram_as_they_did(
        tmp_path_factory: pytest.TempPathFactory, flows: Mapping[str, Flow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The calls the bot makes for a mapping begun and answered (each question, the edit of
    the one before showing the answer, a reminder, a stale button's answer) reach Telegram
    with the same parameters, in the same order, as when each went through
    python-telegram-bot's own `Bot._post`, the bot's Defaults and all."""
    quick = await calls_made(tmp_path_factory.mktemp("quick"), flows)
    monkeypatch.setattr(sending, "_is_plain", lambda data: False)  # each through `Bot._post`
    assert quick == await calls_made(tmp_path_factory.mktemp("whole"), flows)
    assert {method for method, _ in quick} == {"sendMessage", "editMessageText",
                                              "answerCallbackQuery"}


async def calls_made(where: Path, flows: Mapping[str, Flow]) -> list[tuple[str, str]]:
    """The Bot API calls of a mapping begun and answered at `where`, as JSON, the chat's
    message ids and the draft's id written as the order they came in."""
    async with running(where, flows) as bot:
        await mapping(bot, "KB-7")
        for said in (SAID, SAID, "Mum & the <b>school</b>", "/skip"):
            await bot.say(said)
        await bot.tap("x:stale")
        await bot.tap(bot.buttons()[0])
        seen: dict[str, str] = {}
        return [(call.method, _ID.sub(lambda m: seen.setdefault(m[0], f"#{len(seen)}"),
                                      json.dumps(call.params, sort_keys=True)))
                for call in bot.request.calls if call.method != "getMe"]


_ID = re.compile(r"(?<=\"message_id\": )\d+|\b[0-9a-f]{12}\b")


async def test_an_answer_is_sent_on_without_going_through_its_values_for_defaults(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The calls for a typed answer and a button pressed (the next question, the edit
    showing the answer, the button's answer) are not gone through for defaults to put in
    (`Bot._post`'s work, which changes nothing of them), and still arrive."""
    await mapping(bot, "KB-7")
    calls: list[str] = []
    counted(monkeypatch, calls, (bot.app.bot, "_insert_defaults"))
    await bot.say(SAID)
    assert "Whose views are not in here yet" in read(bot)
    await bot.tap(next(data for data in bot.buttons() if data.endswith(":skip")))
    assert calls == []
    assert "Question 6 of" in read(bot)


# --- the look for a child's "boyfriend", asked only of answers with its words ------------------

COUPLE_DRAWN = st.from_regex(re.compile(plain_language._COUPLE.pattern, re.IGNORECASE))


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), before=st.text(max_size=20), after=st.text(max_size=20))
def test_a_text_the_couple_pattern_finds_holds_its_words(
        data: st.DataObject, before: str, after: str) -> None:
    """The quick test put before `_COUPLE` never says no where the pattern would find it,
    whatever the case of its letters ("BOYFRİEND", "ſ" for "s")."""
    text = before + data.draw(COUPLE_DRAWN) + after
    if plain_language._COUPLE.search(text):
        assert plain_language._may_say_couple(text), text


def test_no_corpus_line_the_couple_pattern_finds_is_passed_by() -> None:
    """Nor on any line of the held corpora, as masked for the check; and those lines are
    there to test it (some of them say "boyfriend" of an adult and a child)."""
    masked = [mask_quotes(case.text) for path in sorted(CORPORA.glob("*.txt"))
              for case in corpus(path)]
    found = [line for line in masked if plain_language._COUPLE.search(line)]
    assert [line for line in found if not plain_language._may_say_couple(line)] == []
    assert len(found) >= 10


def test_an_adult_called_a_childs_boyfriend_is_still_asked_about() -> None:
    """"Chloe (13) has a boyfriend of 18": asked what the adult has done, as before; an
    answer without the words is not."""
    words = load_word_list(None)
    asked = [hit.question for hit in plain_language.find_wording(
        "Chloe (13) has a boyfriend of 18 who picks her up from school", words)]
    assert plain_language.ADULT_WITH_A_CHILD_QUESTION in asked
    assert plain_language.ADULT_WITH_A_CHILD_QUESTION not in [
        hit.question for hit in plain_language.find_wording(
            "Amber (14) walks to school with her friend who is 15.", words)]


# --- a line read as a note, its two patterns run only where they can match ---------------------

def as_note_before(text: str) -> str:
    """`flows.asides._as_note` as it was at 163a330, each pattern run on every line."""
    return asides._EMOJI.sub(" ", asides._DASH_BETWEEN.sub(",", text.lower().replace(
        "’", "'"))).strip(" .!?")


NOTE_LETTERS = st.sampled_from([*"ab -–—.!?,’'\n\t", "\u200d", "\ufe0f", "😀", "☕", "é", "İ",
                                "\u2012", "\u2015"])


@settings(max_examples=500, deadline=None)
@given(st.lists(NOTE_LETTERS, max_size=30).map("".join) | st.text(max_size=30))
def test_a_line_is_read_as_a_note_as_it_was(line: str) -> None:
    """"brb - parent at the door 🚪", "sorry—lunch duty", "hi ☕": read as before."""
    assert asides._as_note(line) == as_note_before(line)


def test_every_corpus_line_is_read_as_a_note_as_it_was() -> None:
    lines = [case.text for path in sorted(CORPORA.glob("*.txt")) for case in corpus(path)]
    lines += ["brb - parent at the door 🚪", "sorry—lunch duty", "hi ☕", "back – where was I?"]
    assert [asides._as_note(line) for line in lines] == [as_note_before(line) for line in lines]
    # (the four added with a dash between parts or an emoji, which the patterns change)
    assert sum(as_note_before(line) != line.lower().replace("’", "'").strip(" .!?")
               for line in lines) >= 4


class CountedPattern:
    """A pattern whose `sub` and `search` are noted in `calls` each time, then done as
    usual."""

    def __init__(self, pattern: re.Pattern[str], calls: list[str]) -> None:
        self.pattern, self.calls = pattern, calls

    def sub(self, *args: Any) -> str:
        self.calls.append(self.pattern.pattern[:12])
        return self.pattern.sub(*args)

    def search(self, *args: Any) -> re.Match[str] | None:
        self.calls.append(self.pattern.pattern[:12])
        return self.pattern.search(*args)


def test_a_plain_line_is_read_as_a_note_without_either_pattern(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"Sorry lunch duty back at 2", plain ASCII without a dash: neither pattern runs; with
    an em dash and an emoji, both do, and change it."""
    calls: list[str] = []
    for name in ("_EMOJI", "_DASH_BETWEEN"):
        monkeypatch.setattr(asides, name, CountedPattern(getattr(asides, name), calls))
    assert asides._as_note("Sorry lunch duty back at 2.") == "sorry lunch duty back at 2"
    assert calls == []
    assert asides._as_note("Sorry — lunch duty 🍽") == "sorry, lunch duty"
    assert len(calls) == 2


# --- an answer stopped short, looked for only where its end could be one ------------------------

ENDINGS = st.sampled_from(["and", "she", "Dad will", "mum +", "6 months+", "x,", "K &", "was",
                           "becauſe", "ſhe", "plus", ".", ")", "!", "?", "3", "\n", " ", "é",
                           "dad had", ", mum was", "İ", "an", "A"])


@settings(max_examples=500, deadline=None)
@given(st.lists(ENDINGS, max_size=6).map(" ".join) | st.text(max_size=40))
def test_an_answer_the_unfinished_pattern_finds_passes_its_quick_test(answer: str) -> None:
    tail = answer.rstrip()[-moves._LAST_WORDS:]
    if moves._UNFINISHED_END.search(tail):
        assert moves._may_stop_short(tail), answer


def test_no_corpus_line_the_unfinished_pattern_finds_is_passed_by() -> None:
    """On every corpus line, cut after each of its words too (where a phone's message may
    stop): the quick test says no only where the pattern finds nothing."""
    lines = [case.text for path in sorted(CORPORA.glob("*.txt")) for case in corpus(path)]
    tails = {cut.rstrip()[-moves._LAST_WORDS:] for line in lines
             for cut in [line, *(line[:at] for at in range(len(line)) if line[at] == " ")]}
    found = [tail for tail in tails if moves._UNFINISHED_END.search(tail)]
    assert [tail for tail in found if not moves._may_stop_short(tail)] == []
    assert len(found) > 1000


async def test_an_answer_ending_in_a_full_stop_is_not_searched_for_a_cut_off_end(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Dad shouted at mum in front of the children last night." is saved without the look
    for an end like "dad will" (it cannot end so); "Mum said that the school and" is still
    held back and asked about, as before."""
    await mapping(bot, "KB-7")
    calls: list[str] = []
    monkeypatch.setattr(moves, "_UNFINISHED_END", CountedPattern(moves._UNFINISHED_END, calls))
    await bot.say(SAID + ".")
    assert calls == []
    assert "Whose views are not in here yet" in read(bot)
    await bot.say("Mum said that the school and")
    assert len(calls) == 1
    assert 'Your answer stops at "Mum said that the school and"' in read(bot)


# --- a draft's kept answers changed in place at a save, not worked out again from all ----------

async def test_a_drafts_answers_read_back_as_saved_turn_after_turn(tmp_path: Path) -> None:
    """150 turns of a practitioner answering, changing a list, taking an answer back: each
    turn reads the draft's answers as saved, in the order a fresh read of the file gives;
    and what is kept of them between turns is kept up to date at each save (its values not
    worked out again from all forty answers at the next read)."""
    rnd = random.Random(37)
    expected: dict[str, Value] = {f"q{n}": f"answer {n}" for n in range(40)}
    async with await Store.open(tmp_path / "turns.db") as store:
        draft = a_draft()
        draft.answers = dict(expected)
        await store.save(draft, draft.answers, new=True, session=Session(1, "d1", {}))
        for turn_number in range(150):
            async with store.turn(1) as turn:
                read = await turn.draft("d1")
                assert read is not None
                assert read.answers == expected, turn_number
                step = f"q{rnd.randrange(45)}"
                change = rnd.choice(["text", "list", "gone"])
                if change == "gone":
                    read.answers.pop(step, None)
                    expected.pop(step, None)
                else:
                    value: Value = f"turn {turn_number}" if change == "text" \
                        else [f"item {turn_number}", "another"]
                    read.answers[step] = value
                    expected[step] = list(value) if isinstance(value, list) else value
                await turn.save(read, [step])
            kept = store._opened._drafts[(1, "d1")]
            # kept up to date, not dropped (from the second turn: the first reads the rows)
            assert kept.values is not None or turn_number == 0, turn_number
            assert list(kept.thawed().items()) == list(_Kept(kept.answers, None).thawed().items())
        in_process = (await store.load_draft(1, "d1"))
    async with await Store.open(tmp_path / "turns.db") as fresh:
        from_file = await fresh.load_draft(1, "d1")
    assert in_process is not None
    assert from_file is not None
    assert list(in_process.answers.items()) == list(from_file.answers.items())
    assert from_file.answers == expected


# --- the question before, read up to the question asked, not past it --------------------------

def question_before_as_it_was(state: Walk, step_id: str) -> FlowStep | None:
    """`flows.walk.Walk.question_before` as it was at 163a330: every question looked at."""
    limit = state.flow.index[step_id]
    earlier = [s for s in state.questions if state.flow.index[s.id] < limit]
    return earlier[-1] if earlier else None


def random_answers(flow: Flow, rnd: random.Random) -> dict[str, Value]:
    """Answers to a random part of a flow's questions, each of a kind its question takes
    (a choice's own values, so that the flow's conditions go every way)."""
    answers: dict[str, Value] = {}
    for step in flow.questions:
        if rnd.random() < 0.3:
            continue
        values = [choice.value for choice in step.spec.choices]
        if step.kind.widget == "several":
            answers[step.id] = rnd.sample(values, rnd.randint(0, len(values)))
        elif values:
            answers[step.id] = rnd.choice(values)
        elif step.kind.widget == "scale":
            answers[step.id] = rnd.randint(0, 10)
        else:
            answers[step.id] = rnd.choice(["", "Mum and the school nurse", "not known"])
    return answers


def test_the_question_before_each_is_the_one_it_was(flows: Mapping[str, Flow]) -> None:
    """Over 400 random answer sets for each shipped flow, the question /back goes to from
    each step is the one it was (the questions hidden by the answers passed by)."""
    rnd = random.Random(37)
    differing = []
    hidden = 0
    for flow in flows.values():
        for _ in range(400):
            state = walk(flow, random_answers(flow, rnd))
            hidden += len(flow.questions) - len(state.questions)
            differing += [(flow.id, step.id) for step in flow.steps
                          if state.question_before(step.id)
                          is not question_before_as_it_was(state, step.id)]
    assert differing == []
    assert hidden > 1000  # the answers did hide questions, so there were some to pass by
