"""The forty-second pass's cost cuts change nothing a practitioner sees.

Eight searches the wording checks made at every sentence of every answer are now made only
where a word or mark every one of their finds holds is in the sentence, who is worried and
what about is read only where who is asked, a line all in ASCII is not searched for
invisible characters, and sentences are split by a pattern that reads a run of letters at a
time. Each test holds both halves: each guard lets through every sentence its pattern finds
something in, and what the bot says and saves is what it was with every search made, the
sentence pattern and the lines read as they were: over the language corpora, through the
real nudger and through the real bot.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from bench.practitioner import Practitioner
from bot.teams import codes
from flows import commands, engine, nudges
from flows.answers import HIDDEN_FORMAT, is_answered, without_hidden
from flows.checks import claims, compliance, process, text
from flows.draft import Draft, Pending
from flows.flow import Flow, FlowStep
from flows.moves import Outcome, checks_for
from tests.memory_botapi import Sent
from tests.test_perf_fortyfirst import VARIED, Varied, corpus_lines
from tests.test_telegram_handlers import running

# --- sentences: split where they were --------------------------------------------------------

# `text._SENTENCE_RUN` before this pass: one choice for each character.
SENTENCE_RUN_BEFORE = r"(?:[^.!?;\n]|(?<=\d)\.(?=\d))+"


def spans_as_they_were(masked: str) -> tuple[tuple[int, int], ...]:
    """`text._sentence_spans` before this pass."""
    spans = []
    for m in re.finditer(SENTENCE_RUN_BEFORE, masked):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.start() + len(m.group().rstrip())
        if end > start:
            spans.append((start, end))
    return tuple(spans)


# The characters a sentence's edges are made of: marks ending one, digits round a point,
# spaces of several kinds, a letter past ASCII.
EDGES = "a b1.2!?;\n\t\u00a0é9.."


def test_sentences_are_split_where_they_were() -> None:
    """Over every corpus line, as typed and with quotes masked, and 5,000 random strings of
    the characters a sentence's edges are made of (points between digits, runs of marks,
    blank lines, no-break spaces), the sentences are the same spans as before."""
    rnd = random.Random(42)
    texts = [*corpus_lines(), *("".join(rnd.choice(EDGES) for _ in range(rnd.randint(0, 40)))
                                for _ in range(5000))]
    differing = [t for t in texts for masked in (t, text.mask_quotes(t))
                 if text._sentence_spans(masked) != spans_as_they_were(masked)]
    assert differing == []
    assert sum(1 for t in texts if re.search(r"\d\.\d", t)) > 500  # points between digits


# --- each guard lets through everything its pattern finds -------------------------------------

# Sentences written to go every way through each guarded pattern.
FOUND = {
    "n't": ["mum doesnt know", "dad isn't there", "they werent told", "she hadn't seen it",
            "he didnt care", "we don't know", "they havent rung"],
    "child in need": ["child in need plan", "children in need review", "a child  in need"],
    "account": ["explanation inconsistent with the injuries", "conflicting accounts given",
                "dad's story kept changing", "the explanations don't add up",
                "injury inconsistent with mechanism", "bruising not consistent with the history",
                "varying versions of events", "the account was vague", "mum's stories never fit",
                "fractures at odds with the explanation offered"],
    "call-out": ["three call outs this month", "police were called by a neighbour",
                 "ambulance called twice", "officers attended following a 999 call",
                 "paramedics arrived", "police responded", "a crew went out", "999 calls"],
    "texted 2": ["mum needs 2 do the course", "Dad has 2 go"],
    "w/": ["engage w/ drug services", "work W/mum", "sessions w/ the school"],
    "+": ["drug + alcohol services", "mum + dad"],
    "needs to": ["mum needs to engage", "the plan need to change", "dad needs  to go"],
}
GUARDS = [
    ("n't", claims._N_T, claims._N_T_WORDS),
    ("child in need", process._IN_NEED, (process._IN_NEED_WORD,)),
    ("account", claims._ACCOUNT_JUDGED, claims._ACCOUNT_WORDS),
    ("call-out", process._CALL_OUTS, process._CALLED_OUT),
    ("texted 2", compliance._TEXTED_TO, compliance._TEXTED_MARKS[:1]),
    ("w/", compliance._TYPED_WITH, compliance._TEXTED_MARKS[1:2]),
    ("+", compliance._TYPED_AND, compliance._TEXTED_MARKS[2:]),
    ("needs to", process._NEEDS_TO, (process._NEEDS_WORD,)),
]


def corpus_sentences() -> Iterator[str]:
    """Every sentence of every corpus line as the checks read it: quotes masked, as written
    and in small letters with curly apostrophes straight (`process._lowered` with nothing
    read as one word yet)."""
    for line in corpus_lines():
        masked = text.mask_quotes(line)
        for start, end in text._sentence_spans(masked):
            yield masked[start:end]
            yield masked[start:end].lower().replace("’", "'")


@pytest.mark.parametrize(("name", "pattern", "guard"), GUARDS, ids=[g[0] for g in GUARDS])
def test_a_sentence_the_pattern_finds_something_in_passes_its_guard(
        name: str, pattern: re.Pattern[str], guard: tuple[str, ...]) -> None:
    """Every corpus sentence, whole line and written example the pattern finds anything in
    holds one of its guard's words: the search left out is one that would find nothing."""
    found = 0
    for sentence in [*corpus_sentences(), *(line.lower() for line in corpus_lines()),
                     *FOUND[name]]:
        if pattern.search(sentence):
            found += 1
            assert any(word in sentence for word in guard), sentence
    assert found >= len(FOUND[name])
    assert all(pattern.search(example) for example in FOUND[name])


# --- the checks' reminders, with every search made ---------------------------------------------

def search_everywhere(patched: pytest.MonkeyPatch) -> None:
    """Every guard open (each pattern searched at every sentence, as before this pass) and
    sentences split by the pattern as it was."""
    patched.setattr(claims, "_N_T_WORDS", ("",))
    patched.setattr(claims, "_ACCOUNT_WORDS", ("",))
    patched.setattr(process, "_IN_NEED_WORD", "")
    patched.setattr(process, "_CALLED_OUT", ("",))
    patched.setattr(process, "_NEEDS_WORD", "")
    patched.setattr(compliance, "_TEXTED_MARKS", ("", "", ""))
    patched.setattr(text, "_SENTENCE_RUN", re.compile(SENTENCE_RUN_BEFORE))


# The kinds of check that read sentences with the claims' and the process checks.
KINDS = ("plain_language", "what_happens_next", "what_is_working")


def reminders(nudge: nudges.Nudger, lines: list[str]) -> list[str | None]:
    return [nudge(kind, line) for line in lines for kind in KINDS]


def test_the_checks_remind_as_they_did_with_every_search_made(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Over every corpus line any guarded pattern finds something in, and 800 other lines
    drawn at random, each read as an answer, a next step and a strength: each reminder (or
    none) is word for word the one given with every guarded search made at every sentence
    and sentences split as before."""
    nudge = nudges.nudger()
    every = corpus_lines()
    guarded = [line for line in every if any(
        pattern.search(line.lower().replace("’", "'")) for _, pattern, _ in GUARDS)]
    lines = [*guarded, *random.Random(42).sample(every, 800)]
    now = reminders(nudge, lines)
    with monkeypatch.context() as patched:
        search_everywhere(patched)
        before = reminders(nudge, lines)
    assert len(guarded) > 200
    assert len(now) == len(before)
    differing = [(line, kind) for n, (line, kind) in enumerate(
        (line, kind) for line in lines for kind in KINDS) if now[n] != before[n]]
    assert differing == []
    assert sum(1 for said in now if said) > 1_000  # many reminders among them


# --- invisible characters: none in a line all in ASCII -----------------------------------------

# Lines as typed and pasted: ASCII, every invisible format character, accents, emoji, a
# full-width slash, spaces of other kinds.
PARTS = ["/skip", "/edit2", "start", " ", "ab", "KB-12", "\u200b", "\u200e", "\u202e", "\u2066",
         "\ufeff", "\u061c", "\u180e", "\u2060", "\ufffb", "é", "😊", "／skip", "\u00a0", "\t",
         "\u200d", "CODE.", '"', "\n"]


def test_lines_without_hidden_characters_read_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ASCII character is an invisible format character; over 5,000 random lines of typed
    and pasted pieces, the line read without them, the command word and its rest, and a
    link's code are what they were with every line searched for them."""
    assert not any(HIDDEN_FORMAT.search(chr(n)) for n in range(128))
    rnd = random.Random(4242)
    lines = ["".join(rnd.choice(PARTS) for _ in range(rnd.randint(0, 6))) for _ in range(5000)]
    now = [(without_hidden(line), commands.split(line), codes.link_payload(line))
           for line in lines]
    searched = lambda line: HIDDEN_FORMAT.sub("", line)  # noqa: E731 - as it was
    monkeypatch.setattr(commands, "without_hidden", searched)
    monkeypatch.setattr(codes, "without_hidden", searched)
    before = [(searched(line), commands.split(line), codes.link_payload(line))
              for line in lines]
    assert now == before
    assert sum(1 for line in lines if line.isascii()) > 500
    assert sum(1 for line in lines if HIDDEN_FORMAT.search(line)) > 2000


# --- who is worried and what about: read only where who is asked -----------------------------

def who_and_what_as_it_was(flow: Flow, out: Outcome, step: FlowStep, text: str,
                           nudger: nudges.Nudger) -> bool:
    """`engine._who_and_what` before this pass: the line read first, at every question."""
    d = out.draft
    said = engine._WHO_AND_WHAT.fullmatch(text.strip())
    if said is None or "who_is_worried" not in checks_for(flow, step) or d.pending is not None \
            or is_answered(d.answers.get(step.id)) or len(said["who"].split()) > engine._WHO_WORDS \
            or len(said["what"].split()) < 3:
        return False
    return engine._who_and_what(flow, out, step, text, nudger)


WORRIED = ["Nan is worried that dad drinks when he has the kids",
           "School and the GP are concerned about bruises on her arms",
           "the neighbours're scared because he shouts at night", "Mum is worried",
           "The health visitor has been very worried about how little Kai eats",
           "Police are concerned that Jo goes missing", "nobody", "Dad is worried",
           "Mum will walk T to school each morning"]


def test_who_and_what_is_taken_as_it_was(flows: Mapping[str, Flow]) -> None:
    """At every question of every shipped tool, unanswered or answered, with or without an
    answer held back, each line (who is worried and what about, who alone, an ordinary
    answer) is taken or not as before, with the same replies and the same answers saved."""
    nudge = nudges.nudger()
    taken = 0
    for flow in flows.values():
        for step in flow.steps:
            for text_ in WORRIED:
                for answered in (False, True):
                    for held in (None, Pending(step.id, "plain_language", "x")):
                        draft = Draft(id="d1", user_id=1, flow_id=flow.id,
                                      flow_version=flow.version, label="KB-1",
                                      answers={step.id: "Nan"} if answered else {},
                                      history=[step.id], pending=held)
                        now, before = Outcome(draft), Outcome(copy.deepcopy(draft))
                        got = engine._who_and_what(flow, now, step, text_, nudge)
                        assert got == who_and_what_as_it_was(flow, before, step, text_, nudge)
                        assert now.replies == before.replies
                        assert now.draft.answers == before.draft.answers
                        assert now.draft.current == before.draft.current
                        taken += got
    assert taken > 5


# --- through the real bot ---------------------------------------------------------------------

# Answers going through every guarded search: a thing not known said with "doesn't", a plan
# named, an account judged, a police call-out.
GUARDED = ["Mum doesnt know where dad is and isn't worried about it.",
           "The child in need plan was reviewed at core group.",
           "Dad's explanation was inconsistent with the bruising.",
           "Police were called by a neighbour twice in October.",
           "Three call outs this month; officers attended each time."]


async def conversation(tmp_path: Path, flows: Mapping[str, Flow], name: str,
                       seed: int = 4242, first_user: int = 8000) -> list[str]:
    """Everything the bot sent a practitioner completing each shipped tool (not a partner's),
    typing the answers of `tests.test_perf_fortyfirst.VARIED` (as the test sets them) in an
    order drawn from `seed`."""
    rnd = random.Random(seed)
    users = {flow.id: first_user + n for n, flow in enumerate(flows.values())
             if not flow.spec.for_partners}
    seen: list[str] = []
    # Not paced at Telegram's 30 messages a second (hundreds of them: half a minute doing
    # nothing); what is sent, and in what order, is compared, not when.
    async with running(tmp_path, flows, allowed=list(users.values()),
                       db=tmp_path / f"{name}.db", flood_control=False) as bot:
        for flow_id, user_id in users.items():
            person: Practitioner = Varied(user_id, bot.updates, flow_id, rnd)
            raw: bytes | None = person.first_update()
            while raw is not None:
                await bot.feed(json.loads(raw))
                sent: list[Sent] = bot.request.outbox(user_id)
                seen += [m.text for m in sent]
                raw = person.next_update(sent)
    return seen


async def test_the_bot_says_the_same_with_every_search_made(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """A practitioner completes each shipped tool through the real bot and its store, typing
    answers that go through every guarded search: every message she is sent is the same, in
    the same order, as with every search made and sentences split as before."""
    monkeypatch.setattr("tests.test_perf_fortyfirst.VARIED", [*VARIED, *GUARDED])
    now = await conversation(tmp_path, flows, "now")
    with monkeypatch.context() as patched:
        search_everywhere(patched)
        before = await conversation(tmp_path, flows, "before")
    assert now == before
    assert any(guarded[:20] in said for guarded in GUARDED for said in now)
