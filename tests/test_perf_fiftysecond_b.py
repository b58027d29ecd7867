"""The fifty-second pass's cuts to the work around an update (perf52b) change nothing a
practitioner sees.

Each test holds both halves: what the cut work was for still happens (an answer that only
points elsewhere is asked about; the summary arrives in the same messages, a child's words
marked as theirs), and the work cut stays cut, counted through the real bot, its store and
the shipped flows, or over the recorded mapping's summary.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

import pytest
from cases import walk_case

from bot import telegram_html, views
from bot.summary_html import render_telegram, said
from flows import answers, summary
from flows.loader import load_flows
from flows.replies import SummaryReply
from flows.summary import build_summary
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtythird_b import mapping

__all__ = ["bot"]  # the fixture

WRITTEN = ("Mum will walk T to school each morning, and the class teacher has seen this every "
           "day for six weeks.")


def counting(monkeypatch: pytest.MonkeyPatch, pattern: Any, methods: tuple[str, ...],
             calls: list[str]) -> None:
    """Count the calls of `methods` on one of the module patterns (compiled first, so the
    first use does not put the real methods back over the counting ones)."""
    pattern.ready()
    for name in methods:
        real: Callable[..., Any] = getattr(pattern, name)

        def counted(*args: Any, _real: Callable[..., Any] = real, _name: str = name) -> Any:
            calls.append(_name)
            return _real(*args)

        monkeypatch.setattr(pattern, name, counted)


# --- an answer that only points elsewhere: read, and split into its parts, once ---------------

@pytest.mark.parametrize(("typed", "asked_about"), [
    ("28/11 - as discussed on the phone, see referral", "points to something said or written "
     "elsewhere"),
    ("Same as above, nothing new", "points to another answer"),
    ("Same as her older sister", "points to another draft"),
])
async def test_an_answer_that_only_points_elsewhere_is_asked_about_as_before(
        bot: Bot, typed: str, asked_about: str) -> None:
    """A practitioner who types only a pointer (to a call, to the answer above, to a
    sibling's draft) is asked to write it out, with the words that say where it points."""
    await mapping(bot, "KB-7")
    before = len(bot.texts())
    await bot.say(typed)
    said_back = "\n".join(bot.texts()[before:])
    assert f"&quot;{typed}&quot; {asked_about}" in said_back


async def test_a_written_answer_is_split_into_its_parts_once(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a typed answer only points elsewhere is read with its parts split once: the
    pointers to another answer and to a call or a document were each split apart in turn
    (two splits of every written answer), and the answer read again for each."""
    await mapping(bot, "KB-7")
    calls: list[str] = []
    counting(monkeypatch, answers._PARTS, ("split",), calls)
    await bot.say(WRITTEN)
    assert calls == ["split"]
    assert "Whose views are not in here yet" in "\n".join(bot.texts())


# --- the summary at a tool's end: split and written with less work -----------------------------

FLOWS = load_flows()


def the_summary(flow_id: str) -> SummaryReply:
    """The summary a tool's recorded case ends with."""
    draft = walk_case(FLOWS[flow_id]).draft
    return SummaryReply(build_summary(FLOWS[flow_id], draft), True, draft.id, draft.nonce)


def test_splitting_the_summary_looks_for_no_pattern_at_each_character(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The summary a tool ends with comes in the same messages, each within Telegram's
    limit; and cutting it into them asks the splitter's patterns a handful of times, where a
    pattern looked for the next "<" or "&" at every tag (about 120 searches for a mapping)
    and another for a blank line read the text backwards."""
    reply = the_summary("mapping")
    html = render_telegram(reply.summary)
    messages = views.summary(reply)
    assert len(messages) == 3
    assert messages[-1].html == views.TOOL_END
    assert "".join(m.html for m in messages[:-1]).replace("\n", "") \
        == html.replace("\n", "")  # cut between whole lines, nothing lost
    assert all(telegram_html.visible_length(m.html) <= 4096 for m in messages)
    calls: list[str] = []
    for pattern in vars(telegram_html).values():
        if hasattr(pattern, "ready") and hasattr(pattern, "pattern"):
            counting(monkeypatch, pattern, ("search", "match", "finditer"), calls)
    assert telegram_html.split_html(html) == [m.html for m in messages[:-1]]
    assert calls.count("search") == 0  # 137 before: one at each tag and entity
    assert calls.count("finditer") == 1  # the one cut's last space, from the cut back


def test_a_childs_words_are_written_without_pythons_formatter(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A child's words in the summary are still in quotation marks, escaped, with whose words
    they are; and writing them no longer goes through `Markup.format`, whose escaping runs
    through Python's `string.Formatter` (a dozen calls into Python for each)."""
    assert said('He said <stop> & "go"', True, "T") == \
        "“He said &lt;stop&gt; &amp; &#34;go&#34;” <i>(T's words)</i>"
    assert said("مرحبا", True, "<Sara>") == \
        "\u200f“مرحبا”\u200f <i>(&lt;Sara&gt;'s words)</i>"
    reply = the_summary("three_houses")
    assert render_telegram(reply.summary).count("'s words)</i>") == 7
    formatted: list[str] = []
    real = string.Formatter.vformat

    def vformat(self: string.Formatter, *args: Any) -> str:
        formatted.append("vformat")
        return real(self, *args)

    monkeypatch.setattr(string.Formatter, "vformat", vformat)
    render_telegram(reply.summary)
    assert formatted == []  # 7 before, one for each of the child's answers


# --- each person's number: a line of notes passed by before the patterns that read "who n" ----

NOTES = ["Nan has had T to stay overnight twice since May, item 1",
         "Nan has had T to stay overnight twice since May, item 2"]


def test_each_persons_number_is_read_as_before_and_notes_pass_by_the_slow_patterns(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers listed as "who: number", "who number" or "who said number" are shown beside
    their people as before, and notes sent there instead are shown as written; and a note
    with no number before its first comma is no longer tried against the three patterns
    for a bare, a said and a run-on number (each tried its look-ahead for "said", "thinks"
    and the like at every word before giving up)."""
    flow = FLOWS["mapping"]
    draft = walk_case(flow).draft
    draft.answers["danger_scale_others_1"] = ["mum 5, dad 8 since the course",
                                              "LW said 3 on the faces", "GP 4 - no new marks"]
    draft.answers["danger_scale_others_2"] = list(NOTES)
    views_of = {sc.title: [(v.who, v.value, v.reason) for v in sc.views]
                for g in build_summary(flow, draft).groups for sc in g.scales}
    assert views_of["Safety scale (worry 1)"] == [
        ("mum", 5, ""), ("dad", 8, "since the course"), ("LW", 3, "on the faces"),
        ("GP", 4, "no new marks")]
    assert views_of["Safety scale (worry 2)"] == [(note, None, "") for note in NOTES]
    draft.answers["danger_scale_others_1"] = ["Mum: 7"]
    calls: list[str] = []
    for pattern in (summary._BARE_NUMBER, summary._SAID_NUMBER, summary._RUN_ON):
        counting(monkeypatch, pattern, ("match",), calls)
    build_summary(flow, draft)
    assert len(calls) == len(NOTES)  # its part "item 1" only: 8 before
