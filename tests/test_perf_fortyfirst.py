"""The forty-first pass's cost cuts change nothing a practitioner sees.

Each test holds both halves: what the practitioner is shown, or what is saved, stays as it
was (against the slow way it replaced, copied here, or the walk as its steps' own conditions
give it), and the work cut stays cut, over the shipped flows and through the real bot.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER, Action, Practitioner
from flows import moves
from flows import walk as walk_module
from flows.answers import Value
from flows.checks.labels import QUICK, RULES
from flows.checks.text import fold, mask_quotes
from flows.draft import Draft
from flows.flow import Flow, FlowStep
from flows.walk import Shown, Walk, shown_now, walk
from tests.memory_botapi import Sent
from tests.test_language_check import CORPORA, corpus
from tests.test_perf_thirtyeighth_b import step_by_step
from tests.test_perf_thirtyseventh_b import random_answers
from tests.test_telegram_handlers import running

# --- the walk: only the answers a condition reads gathered while its runs are tested ---------


def with_reasons(flow: Flow, answers: dict[str, Value], rnd: random.Random) -> dict[str, Value]:
    """`answers` with a reason beside some people's own numbers, and some reasons left
    behind by a number no longer given (a reason goes with its number only)."""
    for step in flow.steps:
        if step.role == "perspective" and rnd.random() < 0.5:
            answers[step.reason_id] = rnd.choice(["", "she says things are calmer", "not known"])
    return answers


def test_each_walk_shows_what_its_steps_conditions_say_with_the_answers_in_order(
        flows: Mapping[str, Flow]) -> None:
    """Over 500 random answer sets for each shipped flow (people's reasons with and without
    their numbers among them), the steps shown and the answers they see are what each step's
    own conditions give, tested one by one in flow order, and the answers come in the same
    order (a reason straight after its number)."""
    rnd = random.Random(41)
    differing = []
    reasons = 0
    for flow in flows.values():
        for _ in range(500):
            answers = with_reasons(flow, random_answers(flow, rnd), rnd)
            state = walk(flow, answers)
            steps, seen = step_by_step(flow, answers)
            reasons += sum(1 for key in seen if not flow.has_step(key))
            if list(state.steps) != steps or list(state.values.items()) != list(seen.items()):
                differing.append(flow.id)
    assert differing == []
    assert reasons > 100  # reasons were among the answers seen


def test_a_condition_true_as_written_is_not_tested_at_a_walk(flows: Mapping[str, Flow]) -> None:
    """`when: True` holds whatever the answers: a step whose conditions are all so is shown
    without a test, and one with others besides tests only those."""
    steps = [step for flow in flows.values() for step in flow.steps]
    always = [step for step in steps
              if step.conditions and all(c.always for c in step.conditions)]
    assert always  # the shipped flows have them (a section's `when: True`)
    assert all(step.applies is None for step in always)
    assert all(c.holds(lambda name: None) for step in always for c in step.conditions)
    mixed = [step for step in steps
             if sum(1 for c in step.conditions if not c.always) == 1
             and any(c.always for c in step.conditions)]
    assert mixed
    for step in mixed:  # the one condition that reads answers, called as it is
        assert step.applies in [c.test for c in step.conditions]


# --- a short form written out in another answer: only answers with a bracket read -------------

def written_out_as_it_was(d: Draft, step: FlowStep, value: str) -> dict[str, str]:
    """`moves._written_out` before this pass: every answer made into a list of its texts,
    then each text looked at for a bracket."""
    out: dict[str, str] = {}
    wanted = set(moves._SHORT_FORM.findall(value))
    if not wanted:
        return out
    for step_id, answer in d.answers.items():
        said = [answer] if isinstance(answer, str) else \
            [i for i in answer if isinstance(i, str)] if isinstance(answer, list) else []
        for text in said if step_id != step.id else ():
            if "(" not in text or (
                    not any(f"({short})" in text for short in wanted) if len(wanted) <= moves._FEW
                    else wanted.isdisjoint(moves._SHORT_IN_BRACKETS.findall(text))):
                continue
            after = 0
            for bracket in moves._SHORT_IN_BRACKETS.finditer(text):
                short, start, after = bracket.group(1), \
                    max(after, bracket.start() - moves._READ_BACK), bracket.end()
                if short not in wanted or short in out:
                    continue
                words = moves._WORDS_BEFORE.search(text, start, bracket.start())
                full = moves._spelling(short, words.group().split()) if words else None
                if full is not None:
                    out.setdefault(short, full)
    return out


SPELLED = ["Maternal grandmother (MGM) has K every Saturday",
           "the Youth Offending Team (YOT) worker visits", "Nan (MGM) picks her up",
           "Dad (D) and Mum (M) both came", "school nurse (SN)", "(DSL) rang", "no brackets here",
           "Designated safeguarding lead (DSL) and Child in need (CIN) plan"]
TYPED = ["MGM has K at weekends", "YOT and the DSL", "Mum and Dad", "SN saw him, MGM did not",
         "nothing short", "CIN DSL MGM YOT SN D M A B C E F G H J L N P Q R S"]


def random_draft(flow: Flow, rnd: random.Random) -> Draft:
    answers: dict[str, Value] = {}
    for step in flow.questions:
        roll = rnd.random()
        if roll < 0.3:
            answers[step.id] = rnd.choice(SPELLED)
        elif roll < 0.5:
            answers[step.id] = [rnd.choice(SPELLED), rnd.choice(TYPED), {"photo": "x"}]
        elif roll < 0.6:
            answers[step.id] = rnd.randint(0, 10)
        elif roll < 0.7:
            answers[step.id] = None
    return Draft(id="d1", user_id=1, flow_id=flow.id, flow_version=flow.version, label="KB-1",
                 answers=answers)


def test_short_forms_are_read_as_written_out_as_they_were(flows: Mapping[str, Flow]) -> None:
    """Over 3,000 random drafts of the shipped flows (written answers, lists with a picture
    among their items, numbers, blanks), the short forms an answer's checks read as written
    out are the ones they were, with the same words."""
    rnd = random.Random(4141)
    found = 0
    for flow in flows.values():
        for _ in range(350):
            draft = random_draft(flow, rnd)
            step = rnd.choice(flow.questions)
            value = rnd.choice(TYPED)
            got = moves._written_out(draft, step, value)
            assert got == written_out_as_it_was(draft, step, value)
            found += len(got)
    assert found > 1000


# --- the shipped flows through the real bot, every walk and short form checked --------------

VARIED = [ANSWER, OTHER_ANSWER,
          "Maternal grandmother (MGM) has T to stay every Saturday and walks her to school.",
          "MGM and the class teacher have seen T settled every day since May.",
          "Mum told the social worker she has stopped drinking, and the GP agrees.",
          "Dad has moved out and sees the children at nan's house each Sunday afternoon."]


class Varied(Practitioner):
    """The benchmark's practitioner, typing one of several answers at a written question
    (short forms written out, and used later) instead of two by turns."""

    def __init__(self, user_id: int, updates: Any, flow_id: str, rnd: random.Random) -> None:
        super().__init__(user_id, updates, flow_id)
        self._rnd = rnd

        self._short = False

    def next_action(self, received: list[Sent]) -> Action | None:
        # a question taking a short answer ("How old is the child?") said it was too long
        self._short = any("the limit here is" in m.text for m in received)
        return super().next_action(received)

    def _type(self, text: str) -> Action:
        if text in (ANSWER, OTHER_ANSWER):
            text = "7" if self._short else self._rnd.choice(VARIED)
        return super()._type(text)


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every walk (and every finding of the steps shown without one) and every reading of
    short forms the bot does, checked against the way each was worked out before; how many
    of each were checked."""
    done = [0, 0]

    def checked_walk(flow: Flow, answers: Mapping[str, Value]) -> Walk:
        state = walk(flow, answers)
        steps, seen = step_by_step(flow, answers)
        assert list(state.steps) == steps
        assert list(state.values.items()) == list(seen.items())
        done[0] += 1
        return state

    def checked_written_out(d: Draft, step: FlowStep, value: str) -> dict[str, str]:
        got = written_out(d, step, value)
        assert got == written_out_as_it_was(d, step, value)
        done[1] += 1
        return got

    def checked_shown(flow: Flow, answers: Mapping[str, Value]) -> Shown:
        # the steps shown, found without a whole walk (the question before a typed answer,
        # which questions wait on a skip: the fifty-fourth pass) and by every walk
        found = shown_now(flow, answers)
        assert list(found.steps) == step_by_step(flow, answers)[0]
        done[0] += 1
        return found

    written_out = moves._written_out
    for module in (walk_module, moves, *_walkers()):
        if hasattr(module, "walk"):
            monkeypatch.setattr(module, "walk", checked_walk)
    monkeypatch.setattr(walk_module, "shown_now", checked_shown)
    monkeypatch.setattr(moves, "_written_out", checked_written_out)
    return done


def _walkers() -> list[Any]:
    from flows import asides, carry, engine, held_lines, step_commands, summary
    return [asides, carry, engine, held_lines, step_commands, summary]


async def test_every_shipped_tool_is_completed_through_the_bot_as_its_steps_say(
        tmp_path: Path, flows: Mapping[str, Flow], checked: list[int]) -> None:
    """A practitioner completes each shipped tool (a partner's aside) through the real bot and
    its store, typing varied answers (short forms written out, then used alone): every walk the
    bot did showed the steps their own conditions give, with the answers in order, and every
    answer's short forms were read as they were; each tool's summary was shown and its draft
    saved completed."""
    rnd = random.Random(41)
    users = {flow.id: 7000 + n for n, flow in enumerate(flows.values())
             if not flow.spec.for_partners}  # (a partner's tool is opened by a link)
    # Not paced at Telegram's 30 messages a second (hundreds of them: a wait of seconds
    # doing nothing); the walks and readings are what is checked, not when they were sent.
    async with running(tmp_path, flows, allowed=list(users.values()),
                       flood_control=False) as bot:
        for flow_id, user_id in users.items():
            person = Varied(user_id, bot.updates, flow_id, rnd)
            raw: bytes | None = person.first_update()
            while raw is not None:
                await bot.feed(json.loads(raw))
                raw = person.next_update(bot.request.outbox(user_id))
            completed = await bot.conversation.drafts(user_id, status="completed")
            assert [d.flow_id for d in completed] == [flow_id]
    assert checked[0] > 500
    assert checked[1] > 50


# --- "should have known": whose own account it is tested only where a parent is named ---------

SHOULD = [
    "She should have known what he was like.", "Mum said she should have known.",
    "mum says that they should of seen it coming", "MOTHER SHOULD HAVE STOPPED HIM",
    "Nan\tshould've known better", "the parents shd have reported it", "gran shud hav told",
    "Dad told me that she should have protected them", "Mum admitted that she should have left",
    "they really should have been more careful", "Mum knows she should have acted sooner",
    "shemum should have known", "she  should   have   spotted it", "parents should have",
    "Mum will walk T to school each morning, and the class teacher has seen this.",
    "mum\nshould have called", "Her mother should have removed them", "mam should of listened",
]


def corpus_lines() -> list[str]:
    return [case.text for path in sorted(CORPORA.rglob("*.txt")) for case in corpus(path)]


def test_should_have_known_finds_what_it_found_before(flows: Mapping[str, Flow]) -> None:
    """Over every line of the language corpora, as typed and as the checks read it (quotes
    masked), and lines written to go every way through it (someone's own account, capitals,
    tabs, line breaks), the rule finds the same words it did with its looks back tried at
    every word (its pattern as it was), and every line it finds passes its quick test."""
    rules = [(i, rule) for i, rule in enumerate(RULES) if rule.name == "should have known"
             and "(?<!" in rule.pattern.pattern]
    assert len(rules) == 1
    i, rule = rules[0]
    ahead = r"(?=(?:she|mum|mother|mam|mom|nan|gran|they|parents)\s)"
    assert ahead in rule.pattern.pattern
    before = re.compile(rule.pattern.pattern.replace(ahead, "", 1), rule.pattern.flags)
    found = 0
    for line in [*corpus_lines(), *SHOULD]:
        for text in (line, mask_quotes(line)):
            spans = [m.span() for m in rule.pattern.finditer(text)]
            assert spans == [m.span() for m in before.finditer(text)], text
            if spans:
                found += 1
                assert i in QUICK.passing(fold(text)), text
    assert found > 20
