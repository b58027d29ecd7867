"""The search by machine widened (the fifty-fifth pass): a practitioner's session with a line
offered back to her answer before, whatever she sends then (a tap, /skip, /done, /edit);
and the team side, a lead's safety mapping with partners' links opened,
answered, sent and withdrawn on two bots sharing one database, restarted between any two
messages, the lead's summary and review held to where every part was sent. The faults the
long random runs found, each as the chat that shows it."""

from __future__ import annotations

import asyncio
import re
import shutil
import tempfile
from collections.abc import Coroutine, Mapping
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from bot.conversation import Conversation
from flows import loader
from flows.flow import Flow
from flows.replies import Command, Notice, Pick, Text
from storage.contributions import ContributionStore
from storage.store import Store
from storage.teams import TeamStore
from tests.botapi_html import parse_telegram_html
from tests.memory_botapi import MemoryRequest, Updates
from tests.test_props_fiftyfourth import (
    LATE,
    SUMMARY,
    USER,
    Practitioner,
    Session,
    TelegramSession,
    asked,
    notices,
    offered_a_late_line,
    the_flow,
)
from tests.test_telegram_handlers import USER as LEAD
from tests.test_telegram_handlers import Bot, running
from tests.test_walk_thirtysecond import labelled

T = TypeVar("T")
NOT_ADDED = f'I haven\'t added "{LATE}" to your answer to "Question name?"'


# --- 1. a line offered to the answer before, let go without a word -----------------------------


async def test_a_tap_at_the_question_says_the_line_offered_was_not_added(
        store: Store, tmp_path: Path) -> None:
    """She sent the end of her answer a message late, at the yes or no, and was told /back
    would add it. She tapped "No" there first: the bot went on to the next question and her
    words were gone, nothing said. Now she is told they were not added, and how to add them;
    /edit 1 and + with the words adds them."""
    talk = Conversation(store, {"tiny": the_flow(tmp_path)})
    await offered_a_late_line(talk)
    draft = await talk.active(USER)
    assert draft is not None
    replies = await talk.handle(USER, Pick("no", draft.nonce))
    assert asked(replies) == "colour"
    assert any(n.startswith(NOT_ADDED) and "send + and the words" in n
               for n in notices(replies)), notices(replies)
    replies = await talk.handle(USER, Command("edit", "1"))
    assert asked(replies) == "name"
    await talk.handle(USER, Text(f"+ {LATE}"))
    draft = await talk.active(USER)
    assert draft is not None
    assert draft.answers["name"] == f"Gran calls in on Sundays {LATE}"


@pytest.mark.parametrize("name", ["skip", "done"])
async def test_skip_or_done_says_the_line_offered_was_not_added(store: Store, tmp_path: Path,
                                                                name: str) -> None:
    talk = Conversation(store, {"tiny": the_flow(tmp_path)})
    await offered_a_late_line(talk)
    replies = await talk.handle(USER, Command(name))
    assert asked(replies) == "colour"
    assert any(n.startswith(NOT_ADDED) for n in notices(replies)), replies


async def test_an_edit_to_the_answer_itself_says_how_to_add_the_line(store: Store,
                                                                     tmp_path: Path) -> None:
    talk = Conversation(store, {"tiny": the_flow(tmp_path)})
    await offered_a_late_line(talk)
    replies = await talk.handle(USER, Command("edit", "1"))
    assert asked(replies) == "name"
    assert f'I haven\'t added "{LATE}" to this answer' in notices(replies)[0]


async def test_a_refused_edit_leaves_the_line_offered(
        store: Store, tmp_path: Path) -> None:
    """/edit with no number ("which answer?") or /edit 9 (no such answer) changed nothing,
    yet let go of the line offered: the /back it promised then went back to the answer
    before without her words."""
    talk = Conversation(store, {"tiny": the_flow(tmp_path)})
    await offered_a_late_line(talk)
    for said in (Command("edit"), Command("edit", "9")):
        replies = await talk.handle(USER, said)
        assert not any(n.startswith("I haven't added") for n in notices(replies)), said
    replies = await talk.handle(USER, Command("back"))
    assert "I've added those words to the end of your answer before." in notices(replies)
    assert asked(replies) == "hurt"
    draft = await talk.active(USER)
    assert draft is not None
    assert draft.answers["name"] == f"Gran calls in on Sundays {LATE}"


# --- the practitioner's model, widened to what she sends while a line is offered -------------


class Offered(Practitioner):
    """`Practitioner` (tests/test_props_fiftyfourth.py), where a line offered to the answer
    before may meet any input: an answer (tap or typed), /skip, /done, /edit (with a number,
    none, or one too big). Moving on without it, she is told it was
    not added; staying where she was, it stays offered."""

    @precondition(lambda self: self.at != SUMMARY)
    @rule(pick=st.integers(0, 10))
    def answer(self, pick: int) -> None:
        offered = self.offered
        before = self.where()
        super().answer(pick)
        if offered is not None:
            self.moved_from(before)
            said = [r.text for r in self.chat.replies if isinstance(r, Notice)]
            told = any(t.startswith("I haven't added") for t in said)
            assert told == (self.offered is None), (said, self.log[-10:])

    @precondition(lambda self: self.at != SUMMARY)
    @rule()
    def edit_which(self) -> None:
        """/edit alone: asked which answer, nothing moved."""
        self.send(Command("edit"), "/edit")


def test_the_widened_search_s_find_pinned() -> None:
    """The model's shortest run to the fault above (/edit alone under the offer, then the
    /back it promised), as the search writes it."""
    state = Offered()
    state.answer(pick=0)
    state.answer(pick=0)
    state.back()
    state.late_line(i=0)
    state.edit_which()
    state.sound()
    state.back()
    state.sound()
    state.teardown()


class OfferedSession(Offered, Session):
    """The same through the conversation on a real SQLite file, restarts between inputs."""


class OfferedTelegram(Offered, TelegramSession):
    """... and as the bot in Telegram drives it."""


TestOffered = Offered.TestCase
TestOffered.settings = settings(max_examples=15, stateful_step_count=30, deadline=None,
                                derandomize=True, database=None,
                                suppress_health_check=[HealthCheck.too_slow])
TestOfferedSession = OfferedSession.TestCase
TestOfferedTelegram = OfferedTelegram.TestCase
TestOfferedSession.settings = TestOfferedTelegram.settings = settings(
    max_examples=4, stateful_step_count=25, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow])


# --- 2. the team side: partners' parts, where each was sent -----------------------------------

LABEL = "FM-3"
# partner: (their service's button, its label in the summary, their role)
PARTNERS = {5001: ("school", "School", "designated safeguarding lead"),
            5002: ("health", "Health", "health visitor"),
            5003: ("police", "Police", "neighbourhood officer"),
            5004: ("school", "School", "class teacher")}
HEADS = ("Worries", "What is working well", "What needs to happen")


def part_lines(n: int) -> tuple[str, str, str]:
    """The three written answers of the n-th part sent: each found once where it belongs."""
    day = n % 27 + 1
    return (f"FM came in hungry on mon {day} nov",
            f"FM comes to school on time and smiling on tue {day} nov",
            f"I will offer FM breakfast club from wed {day} dec")


@dataclass
class Part:
    """A partner's part of the mapping, as the model holds it."""

    partner: int
    link: int  # which of the lead's links
    lines: tuple[str, str, str]
    said: int = 0  # how many of the script's inputs she has sent
    sent: bool = False
    closed_told: bool = field(default=False)


# the partner's inputs after the link's welcome: role, the three answers, a number, two skips
def script(part: Part) -> list[str]:
    role = PARTNERS[part.partner][2]
    return [role, *part.lines, "5", "/skip", "/skip", "send"]


class Team(RuleBasedStateMachine):
    """A lead (LEAD) with a safety mapping, partners opening her links, answering, sending,
    withdrawing; two bots on one SQLite file (each update to either), restarts between any
    two. Held to: every part sent is in the lead's summary and review once, under its
    partner's service and role, and nothing of a part not sent or withdrawn is."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="props55-"))
        self.loop = asyncio.new_event_loop()
        self.request = MemoryRequest()
        self.updates = Updates()
        self.bots: list[Bot] = []
        self.stack = AsyncExitStack()
        self.links: list[tuple[str, str, int | None]] = []  # code, service, opened by
        self.parts: dict[int, Part] = {}  # live parts, by partner
        self.made = 0
        self.closed = False
        self.log: list[str] = []
        self.run(self._open())
        for said in ("/new mapping", LABEL):
            self.say(said)
        self.tap(self._button("a:"))
        for said in ("tues 15 dec 10am", "JS social worker"):
            self.say(said)

    def run(self, job: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(job)

    async def _open(self) -> None:
        self.stack = AsyncExitStack()
        flows: Mapping[str, Flow] = loader.load_flows()
        for _ in range(2):
            bot = await self.stack.enter_async_context(running(
                self.folder, flows, self.request, db=self.folder / "bot.db"))
            self.bots.append(Bot(bot.app, self.request, self.updates, bot.conversation, bot.db))

    async def _feed(self, bot: Bot, update: dict[str, object], user: int) -> None:
        await bot.feed(update)
        await bot.conversation.store.session(user)  # its receipts landed, as `Instance`

    def say(self, text: str, user: int = LEAD, via: int = 0) -> None:
        self.log.append(f"{user} says {text!r} (bot {via})")
        self.run(self._feed(self.bots[via], self.updates.text(user, text), user))

    def tap(self, data: str, user: int = LEAD, via: int = 0) -> None:
        self.log.append(f"{user} taps {data!r} (bot {via})")
        self.run(self._feed(self.bots[via], self.updates.button(user, data), user))

    def _button(self, start: str) -> str:
        return next(d for d in self.bots[0].buttons() if d.startswith(start))

    def phone(self, user: int) -> list[str]:
        return [parse_telegram_html(str(p["text"]))[0] for p in self.request.sent()
                if int(str(p["chat_id"])) == user]

    def read(self, user: int) -> str:
        return self.phone(user)[-1]

    # --- what they do ---------------------------------------------------------------------

    @precondition(lambda self: not self.closed and len(self.links) < 6)
    @rule(service=st.sampled_from(["school", "health", "police"]), via=st.integers(0, 1))
    def make_link(self, service: str, via: int) -> None:
        self.say("/invite", via=via)
        self.tap("t:ip", via=via)
        self.tap(next(d for d in self.bots[0].buttons() if d.endswith(f":{service}")),
                 via=via)
        code = re.search(r"start=([A-Za-z0-9_-]+)", self.bots[0].texts()[-1])
        assert code is not None, self.log[-5:]
        self.links.append((code.group(1), service, None))

    @precondition(lambda self: not self.closed and any(o is None for _, _, o in self.links))
    @rule(data=st.data(), via=st.integers(0, 1))
    def open_link(self, data: st.DataObject, via: int) -> None:
        """A partner with no part under way opens a link of her service not yet opened."""
        free = [p for p in PARTNERS if p not in self.parts]
        choices = [(i, p) for i, (_, service, by) in enumerate(self.links) if by is None
                   for p in free if PARTNERS[p][0] == service]
        if not choices:
            return
        i, partner = data.draw(st.sampled_from(choices))
        code, service, _ = self.links[i]
        self.say(f"/start {code}", partner, via)
        self.tap(labelled(self.bots[0], "Keep"), partner, via)
        self.links[i] = (code, service, partner)
        self.parts[partner] = Part(partner, i, part_lines(self.made))
        self.made += 1

    @precondition(lambda self: not self.closed and any(
        not p.sent for p in self.parts.values()))
    @rule(data=st.data(), via=st.integers(0, 1), steps=st.integers(1, 8))
    def answer(self, data: st.DataObject, via: int, steps: int) -> None:
        """A partner part way through sends her next few answers (the last: "send")."""
        part = data.draw(st.sampled_from([p for p in self.parts.values() if not p.sent]))
        said = script(part)
        for line in said[part.said:part.said + steps]:
            self.say(line, part.partner, via)
            part.said += 1
        if part.said == len(said):
            assert self.read(part.partner).startswith("Sent to Practitioner"), self.log[-5:]
            part.sent = True

    @precondition(lambda self: not self.closed and bool(self.parts))
    @rule(data=st.data(), via=st.integers(0, 1))
    def withdraw(self, data: st.DataObject, via: int) -> None:
        partner = data.draw(st.sampled_from(sorted(self.parts)))
        self.say("/delete", partner, via)
        self.tap(labelled(self.bots[0], "Yes, withdraw it"), partner, via)
        del self.parts[partner]

    @precondition(lambda self: not self.closed)
    @rule(via=st.integers(0, 1))
    def lead_looks(self, via: int) -> None:
        """The lead's /summary and /review: each part sent there once, under its partner."""
        self.say("/summary", via=via)
        summary = self.read(LEAD)
        self.say("/review", via=via)
        review = self.read(LEAD)
        sent = [p for p in self.parts.values() if p.sent]
        for part in self.parts.values():
            _, service, role = PARTNERS[part.partner]
            # (a role that begins with its service's name heads alone: "Health visitor")
            heads = (f"{service}, {role}", role[:1].upper() + role[1:])
            for line in part.lines:
                if not part.sent:
                    assert line not in summary, self.log[-30:]
                    assert line not in review, self.log[-30:]
                    continue
                assert summary.count(line) == 1, (line, summary, self.log[-30:])
                assert review.count(line) == 1, (line, review, self.log[-30:])
                assert heading_over(summary, line) in heads, (line, summary, self.log[-30:])
                assert block_over(review, line).startswith(heads), (line, review,
                                                                   self.log[-30:])
        for n in range(self.made):  # nothing of a part withdrawn or never sent
            if not any(p.lines == part_lines(n) for p in sent):
                assert not any(line in summary for line in part_lines(n)), self.log[-30:]

    @rule()
    def restart(self) -> None:
        self.log.append("(both bots restart)")
        self.run(self.stack.aclose())
        self.bots.clear()
        self.run(self._open())

    @precondition(lambda self: not self.closed)
    @rule(via=st.integers(0, 1))
    def close(self, via: int) -> None:
        """The lead discards the mapping: every part goes with it, each partner told once."""
        self.lead_looks(via)
        told = {p: len(self.phone(p)) for p in self.parts}
        self.say(f"/delete {LABEL}", via=via)
        self.tap(labelled(self.bots[0], "Yes, discard it"), via=via)
        self.closed = True
        for partner, before in told.items():
            closed = [t for t in self.phone(partner)[before:]
                      if f'closed the safety mapping for "{LABEL}"' in t]
            assert len(closed) == 1, (partner, self.phone(partner)[before:], self.log[-20:])
        store = ContributionStore(TeamStore(self.bots[0].conversation.store))
        for partner in PARTNERS:
            assert self.run(store.answering(partner)) is None, self.log[-20:]

    def teardown(self) -> None:
        self.run(self.stack.aclose())
        self.loop.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def heading_over(summary: str, line: str) -> str:
    """The partner's heading a bullet stands under in the summary."""
    above = summary[:summary.index(line)].splitlines()[:-1]
    return next(h for h in reversed(above) if h and not h.startswith("•"))


def block_over(review: str, line: str) -> str:
    """The first line of the review's block (one partner's part) holding `line`."""
    return review[:review.index(line)].rsplit("\n\n", 1)[-1]


def test_the_team_model_walks_a_part_sent_withdrawn_and_sent_again() -> None:
    """The model's rules in one walk, so its oracle is seen to read what it claims: the
    DSL sends her part on one bot, the health visitor starts hers on the other, both bots
    restart, the DSL withdraws and sends again through a new link, the lead closes."""
    state = Team()
    try:
        state.make_link("school", 0)
        state.make_link("health", 1)
        state.open_link(Draw([(0, 5001)]), 1)
        state.answer(Draw([state.parts[5001]]), 0, 8)
        assert state.parts[5001].sent
        state.open_link(Draw([(1, 5002)]), 0)
        state.answer(Draw([state.parts[5002]]), 1, 3)
        state.lead_looks(0)
        review = state.read(LEAD)
        assert "Worries: FM came in hungry on mon 1 nov" in review
        assert "mon 2 nov" not in review  # the health visitor's, not sent yet
        state.restart()
        state.withdraw(Draw([5001]), 1)
        state.lead_looks(1)
        state.make_link("school", 0)
        state.open_link(Draw([(2, 5001)]), 1)
        state.answer(Draw([state.parts[5001]]), 0, 8)
        state.lead_looks(0)
        state.close(1)
    finally:
        state.teardown()


class Draw:
    """What `st.data()` would draw, given in order (a rule called by hand)."""

    def __init__(self, picks: list[Any]) -> None:
        self.picks = picks

    def draw(self, strategy: Any) -> Any:
        return self.picks.pop(0)


TestTeam = Team.TestCase
TestTeam.settings = settings(max_examples=2, stateful_step_count=12, deadline=None,
                             derandomize=True, database=None,
                             suppress_health_check=list(HealthCheck))
