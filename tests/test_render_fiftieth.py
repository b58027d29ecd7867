"""A summary rendered under 5 ms (fiftieth pass), with its text exactly as it was.

The summary a practitioner reads when a tool ends is built, written as Telegram HTML and
split into messages. This pass made that cheaper: the split reads the bot's own plain tags
by their text and looks for a window's last blank line instead of ranking every space
before it, the chat template shows an answer through a filter instead of a macro, and the
flow's own titles are compared once a process. None of it may change a character.

tests/data/render49/ holds the forty-ninth pass's split (telegram_html.py) and chat
template (summary.tg.html), frozen. Every flow's summary, over its recorded case answers
and over answers made up at random (HTML specials, emoji and flags, text past Telegram's
4,096 characters, long words, blank lines, a child's quoted words, a partner's part not
sent yet), is shown by the bot as it is now and by the frozen copy, and the messages are
compared byte for byte. The last tests break each cut on purpose and check this sees it.
"""

from __future__ import annotations

import importlib.util
import os
import random
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import jinja2
import pytest
from cases import walk_case
from markupsafe import Markup, escape

import bot.summary_html as summary_html
import bot.telegram_html as telegram_html
import flows.summary as summary_module
from bot import views
from bot.summary_html import render_telegram
from bot.telegram_html import split_html
from flows.draft import Draft
from flows.flow import Flow
from flows.loader import load_flows
from flows.render import ENV
from flows.replies import SummaryReply
from flows.summary import Summary, build_summary

FROZEN = Path(__file__).resolve().parent / "data" / "render49"
RANDOM_DRAFTS = 10  # per flow, besides its recorded case


def _frozen_split() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render49_telegram_html",
                                                  FROZEN / "telegram_html.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SPLIT49 = _frozen_split()
TEMPLATE49 = ENV.overlay(loader=jinja2.FileSystemLoader(FROZEN)).get_template("summary.tg.html")


# The title comparisons as the forty-ninth pass made them: anew at every summary.
SAME_TITLE49 = summary_module._same_title.__wrapped__
RESTATES49 = summary_module._restates.__wrapped__


@contextmanager
def _titles_compared_each_time() -> Iterator[None]:
    """build_summary as the forty-ninth pass ran it."""
    kept = summary_module._same_title, summary_module._restates
    summary_module._same_title = SAME_TITLE49  # type: ignore[assignment]
    summary_module._restates = RESTATES49  # type: ignore[assignment]
    try:
        yield
    finally:
        summary_module._same_title, summary_module._restates = kept


def shown_before(flow: Flow, draft: Draft, *, unsent: bool = False) -> list[str]:
    """The messages the forty-ninth pass's code made of a draft's summary."""
    with _titles_compared_each_time():
        summary = build_summary(flow, draft)
    return SPLIT49.split_html(TEMPLATE49.render(s=summary, unsent=unsent).strip())


def shown_now(flow: Flow, draft: Draft, *, unsent: bool = False) -> list[str]:
    """The messages the bot sends for a draft's summary now (`bot.views.summary`)."""
    reply = SummaryReply(build_summary(flow, draft), True, draft.id, 1, unsent)
    messages = views.summary(reply)
    if not unsent:
        assert messages[-1].html == views.TOOL_END
        messages = messages[:-1]
    return [m.html for m in messages]


# What a practitioner may type, as pieces a made-up answer is put together from.
PIECES = (
    "Mum said", "the school", "T", "is worried", "every morning", ".", ",", " ", "  ", "\n",
    "\n\n", " \n \n ", "\t", "\xa0", "<b>not bold</b>", "<script>alert(1)</script>", "a < b",
    "&", "&amp;", "&lt;", '"quoted"', "'single'", "“curly”", "😀", "👍🏽", "🇬🇧🇫🇷", "🇬",
    "👨\u200d👩\u200d👧", "e\u0301", "日本語", "مرحبا", "–", "•", "#2", "10/10", ":(",
    "SafetyPlanDraftVersion3FinalReviewedByTeamManagerAndIndependentReviewingOfficer" * 3,
    'Nia: "I miss my nan" 🐰', "“my rabbit”", "(through the interpreter)",
)


def _made_up(rng: random.Random) -> str:
    """An answer of pieces; now and then past 4,096 characters (only rng.random() is used:
    its sequence for a seed is the one Python promises to keep)."""
    size = 4200 if rng.random() < 0.08 else int(rng.random() * 40) + 1
    parts: list[str] = []
    length = 0
    while length < size:
        piece = PIECES[int(rng.random() * len(PIECES))] if rng.random() < 0.6 else "word"
        parts.append(piece)
        length += len(piece) + 1
    return " ".join(parts) if rng.random() < 0.5 else "".join(parts)


def _with_made_up_answers(flow: Flow, draft: Draft, seed: int) -> Draft:
    """The draft with every typed answer (and list item) made up; picks and numbers kept,
    so the same questions apply."""
    rng = random.Random(seed)
    made = draft.copy()
    for step_id, value in draft.answers.items():
        widget = flow.step(step_id).kind.widget if flow.has_step(step_id) else None
        if widget == "text" and isinstance(value, str):
            made.answers[step_id] = _made_up(rng)
        elif widget == "items" and isinstance(value, list):
            made.answers[step_id] = [_made_up(rng) for _ in range(int(rng.random() * 4) + 1)]
    made.label = _made_up(rng)[:40] or "KD-3"
    return made


FLOWS = load_flows()


def _cases() -> list[tuple[str, Flow, Draft, bool]]:
    cases = []
    for flow in FLOWS.values():
        recorded = walk_case(flow, nudges=False).draft
        unsent = bool(flow.spec.for_partners)  # a partner's part, before it is sent
        cases.append((f"{flow.id}-recorded", flow, recorded, unsent))
        for n in range(RANDOM_DRAFTS):
            made = _with_made_up_answers(flow, recorded, seed=len(cases) * 7919 + n)
            cases.append((f"{flow.id}-made-up-{n}", flow, made, unsent and n % 2 == 0))
    return cases


CASES = _cases()


def _differences(cases: list[tuple[str, Flow, Draft, bool]]) -> list[str]:
    return [name for name, flow, draft, unsent in cases
            if _unmarked(shown_now(flow, draft, unsent=unsent))
            != shown_before(flow, draft, unsent=unsent)]


def _unmarked(messages: list[str]) -> list[str]:
    """Without the right-to-left marks the fifty-first pass put after an answer ending in
    Arabic or Hebrew (tests/test_attacks_fiftyfirst.py): the one change meant since."""
    return [m.replace("\u200f", "") for m in messages]


def test_the_cases_reach_what_the_cuts_touch() -> None:
    """Summaries long enough to be cut (several times), with entities, emoji outside the
    BMP, a flag, a child's quoted words and a partner's part among them."""
    shown = {name: shown_before(flow, draft, unsent=unsent)
             for name, flow, draft, unsent in CASES}
    assert sum(len(messages) > 1 for messages in shown.values()) >= 20
    assert max(len(messages) for messages in shown.values()) >= 4
    joined = "\0".join("\0".join(m) for m in shown.values())
    for sign in ("&lt;", "&amp;", "&#34;", "&#39;", "😀", "🇬🇧", "'s words)</i>", "Not sent yet"):
        assert sign in joined, sign


def test_every_flow_summary_is_shown_as_before_byte_for_byte() -> None:
    assert _differences(CASES) == []


def test_the_bench_summary_is_shown_as_before() -> None:
    """The bench's own: a finished `mapping` answered with its two sentences in turn."""
    flow = FLOWS["mapping"]
    draft = walk_case(flow, nudges=False).draft.copy()
    for n, (step_id, value) in enumerate(sorted(draft.answers.items())):
        sentence = ("Mum will walk T to school each morning, and the class teacher has seen "
                    "this every day for six weeks." if n % 2 else
                    "Nan has collected T from school every Friday since May, and T told the "
                    "class teacher she likes it.")
        if isinstance(value, str) and flow.has_step(step_id) \
                and flow.step(step_id).kind.widget == "text":
            draft.answers[step_id] = sentence
    before = shown_before(flow, draft)
    assert len(before) == 2
    assert shown_now(flow, draft) == before


def test_text_the_split_alone_is_given_is_cut_as_before() -> None:
    """split_html on HTML of every tag Telegram takes, attributes and all, and on markup it
    refuses: the same pieces, or the same error."""
    rng = random.Random(50)
    tags = [("<b>", "</b>"), ("<i>", "</i>"), ("<u>", "</u>"), ("<code>", "</code>"),
            ("<pre>", "</pre>"), ('<a href="https://x.org/?a=1&amp;b=2">', "</a>"),
            ("<B>", "</B>"), ('<span class="tg-spoiler">', "</span>"),
            ("<blockquote expandable>", "</blockquote>"), ("<strong >", "</strong >")]
    emoji = '<tg-emoji emoji-id="5368324170671202286">😀</tg-emoji>'
    words = [p for p in PIECES if "<" not in p and "&" not in p] + ["&lt;", "&#128512;", emoji]

    def made() -> str:
        out, open_tags = [], []
        while len(out) < int(rng.random() * 300) + 1:
            r = rng.random()
            if r < 0.08 and len(open_tags) < 3:
                start, end = tags[int(rng.random() * len(tags))]
                out.append(start)
                open_tags.append(end)
            elif r < 0.14 and open_tags:
                out.append(open_tags.pop())
            else:
                out.append(words[int(rng.random() * len(words))])
        html = "".join(out + open_tags[::-1])
        if rng.random() < 0.1:
            at = int(rng.random() * len(html))
            html = html[:at] + ["<", "&", "</b>", "<x>", "&bogus;"][int(rng.random() * 5)] \
                + html[at:]
        return html

    def cut(split: Callable[[str, int], list[str]], html: str, limit: int) -> object:
        try:
            return split(html, limit)
        except ValueError as refused:
            return str(refused)

    for _ in range(600):
        html = made()
        for limit in (int(rng.random() * 60) + 1, int(rng.random() * 400) + 5, 4096):
            assert cut(split_html, html, limit) == cut(SPLIT49.split_html, html, limit), \
                (html, limit)


# Each cut broken on purpose: the comparison above must see every one.
def _said_escaped_twice(text: str, child: bool, speaker: str) -> Markup:
    return Markup(escape(str(escape(text)))) if not child \
        else summary_html.said(text, child, speaker)


BREAKS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "no blank line looked for": lambda mp: mp.setattr(
        telegram_html._Splitter, "_blank_run_end", lambda self, before: None),
    "a plain tag reopened as another": lambda mp: mp.setitem(
        telegram_html._PLAIN_START, "<i>", telegram_html._Open("i", "<em>")),
    "an answer escaped twice": lambda mp: mp.setattr(
        summary_html, "_ENV", _with_filter(_said_escaped_twice)),
    "a child's words without whose": lambda mp: mp.setattr(
        summary_html, "_ENV", _with_filter(lambda text, child, speaker: escape(text))),
    "one title compared for all": lambda mp: mp.setattr(
        summary_module, "_restates", lambda title, heading: False),
}


def _with_filter(said: Callable[[str, bool, str], Markup]) -> jinja2.Environment:
    env = summary_html._ENV.overlay()
    env.filters = {**env.filters, "said": said}
    return env


@pytest.mark.parametrize("broken", list(BREAKS))
def test_the_comparison_sees_each_cut_broken(broken: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    BREAKS[broken](monkeypatch)
    monkeypatch.setattr(summary_html, "_template", lambda: summary_html._ENV.get_template(
        "summary.tg.html"))
    assert _differences(CASES), broken


def test_the_template_is_not_asked_of_the_disk_at_each_summary(
        monkeypatch: pytest.MonkeyPatch) -> None:
    flow = FLOWS["mapping"]
    summary: Summary = build_summary(flow, walk_case(flow, nudges=False).draft)
    first = render_telegram(summary)
    asked: list[str] = []
    getmtime = os.path.getmtime
    monkeypatch.setattr(os.path, "getmtime", lambda path: asked.append(path) or getmtime(path))
    assert render_telegram(summary) == first
    assert asked == []

