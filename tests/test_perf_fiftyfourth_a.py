"""The fifty-fourth pass's cuts to the wording checks change nothing they find.

A short answer's checks still spent much of their time in a few searches: whether a next
step names a time (`process._STEP_TIME`) or what it is about (`process._ABOUT`), each tried
at every place of the sentence, asked of every sentence holding "will" or "to" before the
rest of the vague-step test, which most sentences fail on their first words; who will do
a step (`process._AGENTS`), where `re` tried every shorter part of each word before an
"officer" or a "nurse". Now the time and the harm are asked last, and each word before a
role is read whole (`[a-z]++`). The tests here hold each against what it replaced over
every line the language tests hold, random statements, made lines with the letters `re`
folds swapped in and made next steps, and count, without timing anything, what is no
longer done.
"""

from __future__ import annotations

import re

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from bench.startup import LONG_ANSWER
from flows import nudges
from flows.checks import process as P
from flows.checks.text import sentence_spans
from flows.checks.words import load_word_list
from tests.test_perf_fiftysecond_a import Counted, made_lines
from tests.test_perf_fiftysecond_a import every_line as all_lines
from tests.test_perf_fiftythird_a import made

# The pieces as they were written before this pass.
AGENT_WORDS_BEFORE = r"(?:[a-z]+\s+){0,3}?"
AGENT_WORDS_NOW = r"(?:[a-z]++\s+){0,3}?"
WHO_COLON_BEFORE = r"(?:[a-z'-]+\s+){0,2}?"
WHO_COLON_NOW = r"(?:[a-z'-]++\s+){0,2}?"

STEP_WORDS = ["will", "to", "'ll", "going to", "shall", "needs to", "must", "should", "needed",
              "required", "necessary", "someone", "somebody", "services", "a worker", "the team",
              "will be", "to be referred", "put in place", "look into", "follow up", "referral",
              "safety plan", "strategy meeting", "core group", "mum", "dad", "nan", "mum to ring",
              "i", "we", "the police domestic abuse officer", "speech therapist", "social worker",
              "young carers worker:", "sw", "at some point", "in due course", "going forward",
              "eventually", "when possible", "asap", "as and when", "by friday", "on 4 dec",
              "each week", "every monday", "in 2 weeks", "tomorrow", "next week", "end of term",
              "early jan", "ahead of the review", "in the new year", "neglect", "harm",
              "abuse", "scared that he will", "worried she'll", "Will", "ſ", "K", "ı", "İ"]


def step_sentences(count: int, seed: int) -> list[str]:
    """Next steps' words run together or apart: who, what, when and what it is about."""
    return made(STEP_WORDS, count, seed)


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    """Each sentence of every held line (typed and masked), random statements, made lines
    and made next steps, as the step checks read them: once each."""
    lines = [*all_lines(), *made_lines(2000, 5401), *step_sentences(4000, 5402)]
    said = {line[start:end] for line in lines for start, end in sentence_spans(line)}
    return sorted(said)


def vague_step_before(sentence: str) -> bool:
    """`process._vague_step` as it was written before this pass: whether a time or a harm
    is named asked before anything else."""
    lowered = P._lowered(sentence)
    tokens = P._tokens(lowered)
    if P._BARE_STEP.match(lowered):
        return not (P._STEP_TIME.search(lowered) or P._ABOUT.search(lowered))
    if P._STEP_WORDS.isdisjoint(tokens) or P._STEP_TIME.search(lowered) \
            or P._ABOUT.search(lowered):
        return False
    if (P._agentless(lowered) or P._NOBODY.search(lowered)) and not P._FEARED.search(lowered):
        return not P._named_first(sentence)
    if tokens[0] == "will" and P._base_verb(tokens[1:2]) and not P._NEXT_THINGS.isdisjoint(tokens):
        return True
    if not P._NO_TIME.search(lowered) or not (P._doer(lowered) or P._AHEAD_WORD.search(lowered)
                                              or P._family_note(tokens)):
        return False
    far_off = all(P._FAR_OFF.fullmatch(m.group()) for m in P._NO_TIME.finditer(lowered))
    return bool(tokens) and (far_off or tokens[0].split("'")[0] not in P._FAMILY | P._THEM) \
        and not P._named_first(sentence)


def test_a_vague_step_is_found_where_it_was(sentences: list[str]) -> None:
    """Whether a sentence is a next step with neither who nor when: the same answer as the
    test written before, over every held sentence and made next steps."""
    found = 0
    for sentence in sentences:
        now = P._vague_step(sentence)
        assert now is vague_step_before(sentence), sentence
        found += now
    assert found > 300, found


def test_a_step_with_no_vague_words_is_not_searched_for_a_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's answers ("Mum will walk T to school each morning ...") through the plain
    language check: neither a time nor a harm is searched for in them (each was, once a
    sentence holding "will" or "to"); a step done by nobody, at no time, still has both
    searched, and is asked about."""
    counted = {name: Counted(getattr(P, name)) for name in ("_STEP_TIME", "_ABOUT")}
    for name, pattern in counted.items():
        monkeypatch.setattr(P, name, pattern)
    words = load_word_list()
    for answer in (ANSWER, OTHER_ANSWER):
        nudges.plain_language(answer, words)
    assert [c.asked for c in counted.values()] == [0, 0]
    assert nudges.plain_language("Someone will look into it at some point.", words) is not None
    assert all(c.asked > 0 for c in counted.values())


def _agents_before() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each pattern reading who will do a step, and the same written as before."""
    pairs = []
    for name in ("_DOER", "_DOER_IN", "_DOER_ACTS", "_HELP_DOER", "_NOTE_STEP", "_WILL_STEP",
                 "_PERSON_HEAD"):
        now = getattr(P, name)
        assert AGENT_WORDS_NOW in now.pattern, name
        before = now.pattern.replace(AGENT_WORDS_NOW, AGENT_WORDS_BEFORE).replace(
            WHO_COLON_NOW, WHO_COLON_BEFORE)
        pairs.append((now, re.compile(before, now.flags)))
    return pairs


def test_who_will_do_a_step_is_read_as_it_was(sentences: list[str]) -> None:
    """Each pattern holding `_AGENTS` finds the same spans and groups as written before,
    over every sentence as typed and lower-cased (as the step checks read it): searched
    (`_DOER`, `_DOER_IN`, as the checks search them) or matched at the start and after each
    comma (the others, as the checks match them)."""
    pairs = _agents_before()
    found = [0] * len(pairs)
    for sentence in sentences:
        for text in (sentence, P._lowered(sentence)):
            starts = [0, *(m.end() for m in re.finditer(r",\s*", text))]
            for n, (now, before) in enumerate(pairs):
                if n < 2:
                    got = [(m.span(), m.groups()) for m in now.finditer(text)]
                    then = [(m.span(), m.groups()) for m in before.finditer(text)]
                else:
                    got = [m and (m.span(), m.groups()) for m in map(
                        lambda at, p=now: p.match(text, at), starts)]
                    then = [m and (m.span(), m.groups()) for m in map(
                        lambda at, p=before: p.match(text, at), starts)]
                assert got == then, (now.pattern[:40], text)
                found[n] += any(got)
    assert min(found) > 20, found


def test_the_words_before_a_role_are_read_whole() -> None:
    """`_AGENTS` reads each word before "officer", "nurse", "therapist" or "coordinator"
    whole, and so does "who: what" each word before the role (`++`); as written before,
    `re` tried each shorter part of every word."""
    assert AGENT_WORDS_NOW in P._AGENTS
    assert AGENT_WORDS_BEFORE not in P._AGENTS
    assert WHO_COLON_NOW in P._DOER.pattern
    assert WHO_COLON_BEFORE not in P._DOER.pattern


@pytest.mark.parametrize("kind", ["danger_statement", "plain_language", "what_happens_next"])
def test_the_nudger_replies_as_it_did(kind: str, sentences: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the sentences and the bench's answers: the nudger's reply to each is the
    one it gave with the patterns and the vague-step test as written before put back."""
    sample = [*sentences[::23], ANSWER, OTHER_ANSWER, LONG_ANSWER]
    now = [nudges.nudger(load_word_list())(kind, line) for line in sample]
    for now_pattern, before in _agents_before():
        name = next(n for n in dir(P) if getattr(P, n) is now_pattern)
        monkeypatch.setattr(P, name, before)
    monkeypatch.setattr(P, "_vague_step", vague_step_before)
    fresh = nudges.nudger(load_word_list())
    assert now == [fresh(kind, line) for line in sample]
    assert sum(reply is not None for reply in now) > 100
