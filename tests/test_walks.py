"""Four realistic walks (tests/walks.py) through the engine, the terminal and Telegram.

The engine's summary and exported text are compared with golden files a practice lead has
read line by line; the terminal (`sosbot chat` fed by standard input: the first walk through
the real command in a child process, the others through `bot.cli.main` in this one) and
Telegram (the real Application polling the local Bot API server) must reach exactly the same
summary. After a deliberate change, regenerate and read the diff:

    SOSBOT_REGEN_GOLDEN=1 python -m pytest tests/test_walks.py -k engine
"""

from __future__ import annotations

import asyncio
import html
import os
import re
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest
from builders import EngineChat, Typed, new_draft, typed_script, walk_through
from conftest import run_sosbot
from in_process import sosbot_here
from telegram_world import PRACTITIONER, ErrorCollector, World, bot_settings, running_bot
from walks import WALKS, Walk

from bot import keys
from bot.config import Settings
from bot.console import CONSOLE_USER
from flows.carry import carried_answers
from flows.draft import Draft
from flows.export import render_export_text
from flows.flow import Flow
from flows.nudges import nudger
from flows.render import render_text
from flows.replies import Question
from flows.summary import Summary, build_summary
from storage.store import Store
from tests.botapi_server import BotApiServer

GOLDEN = Path(__file__).resolve().parent / "golden" / "walks"
REGENERATE = os.environ.get("SOSBOT_REGEN_GOLDEN") == "1"
NAMES = list(WALKS)


def carried_in(flows: Mapping[str, Flow], walk: Walk) -> Draft:
    """A new draft for the walk, holding what a finished earlier walk (same label) hands on."""
    flow = flows[walk.flow_id]
    draft = new_draft(flow, walk.label)
    if walk.after:
        earlier = WALKS[walk.after]
        source = engine_walk(flows, earlier).draft
        draft.answers.update(
            carried_answers(flows[earlier.flow_id], source.answers, flow).answers)
    return draft


def engine_walk(flows: Mapping[str, Flow], walk: Walk) -> EngineChat:
    """The walk through the engine with the real nudger; every question must be planned."""
    flow = flows[walk.flow_id]
    unplanned: list[str] = []

    def check(chat: EngineChat) -> None:
        if isinstance(chat.question, Question) and chat.question.step_id not in walk.plan:
            unplanned.append(chat.question.step_id)

    chat = EngineChat(flow, carried_in(flows, walk), nudger=nudger())
    walk_through(flow, dict(walk.plan), chat=chat, on_question=check)
    assert not unplanned, f"{walk.name}: no planned answer for {sorted(set(unplanned))}"
    return chat


def script(flows: Mapping[str, Flow], walk: Walk) -> list[Typed]:
    return typed_script(flows[walk.flow_id], dict(walk.plan), nudger=nudger(),
                        draft=carried_in(flows, walk))


def golden(name: str, suffix: str, text: str | None = None) -> str:
    """A golden file's text (rewritten from `text` first when regenerating)."""
    path = GOLDEN / f"{name}{suffix}"
    if REGENERATE and text is not None:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}: run with SOSBOT_REGEN_GOLDEN=1"
    return path.read_text(encoding="utf-8")


def undated(text: str) -> str:
    """A summary without the date it was last changed (goldens are made without one)."""
    text = re.sub(r"^(Finished|Draft, not finished), \d{1,2} \w{3} \d{4}$", r"\1", text,
                  flags=re.M)
    return re.sub(r"^Last changed: .*\n", "", text, flags=re.M)


# --- the engine, against the golden files ---------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_engine_walk_matches_the_golden_summary_and_export(
        flows: Mapping[str, Flow], name: str) -> None:
    walk = WALKS[name]
    chat = engine_walk(flows, walk)
    assert chat.finished
    summary = build_summary(flows[walk.flow_id], chat.draft)
    assert render_text(summary) == golden(name, ".txt", render_text(summary))
    text = render_export_text(summary)
    assert text == golden(name, ".export.txt", text)


def test_every_walk_golden_file_belongs_to_a_walk() -> None:
    expected = {f"{n}{s}" for n in NAMES for s in (".txt", ".export.txt")}
    assert {p.name for p in GOLDEN.iterdir()} == expected


def test_the_abuse_mapping_holds_the_childs_words_from_her_three_houses(
        flows: Mapping[str, Flow]) -> None:
    summary = build_summary(flows["mapping"], engine_walk(flows, WALKS["abuse"]).draft)
    words = {e.step_id: e for c in summary.columns for b in c.blocks for e in b.entries}
    assert words["house_worries"].child_voice
    assert "R squeezed mummy's neck in the kitchen" in words["house_worries"].items
    goal = summary.groups[0].columns[-1].blocks[0].entries[0]
    assert goal.text.startswith("R will leave the house")  # the one who harms is the subject
    assert "The child" in [v.who for v in summary.scales[0].views]


# --- the terminal: `sosbot chat` fed by standard input ----------------------------------------


def sosbot(*args: str, child: bool, input: str | None = None
           ) -> subprocess.CompletedProcess[str]:
    """`sosbot ARGS` as a child process, or through `bot.cli.main` here (the same output
    without a second of Python starting: tests/in_process.py)."""
    return (run_sosbot if child else sosbot_here)(*args, input=input)


def chat_in_terminal(db: Path, flows: Mapping[str, Flow], walk: Walk, *, child: bool) -> str:
    lines = [walk.label, *(t.line for t in script(flows, walk))]
    done = sosbot("chat", "--db", str(db), "--flow", walk.flow_id, child=child,
                  input="".join(f"{line}\n" for line in lines))
    assert done.returncode == 0, done.stderr
    return done.stdout


async def draft_id(db: Path, walk: Walk) -> str:
    """The id of the walk's draft (two drafts can share a label), read from the database
    the chat wrote (one `sosbot export` per draft tried took a second each)."""
    sealer = keys.require_key(Settings(_env_file=None), db)  # type: ignore[call-arg]
    async with await Store.open(db, sealer=sealer) as store:
        infos = await store.list_drafts(CONSOLE_USER)
    (found,) = [d.id for d in infos if d.flow_id == walk.flow_id and d.label == walk.label]
    return found


@pytest.mark.parametrize("name", NAMES)
def test_terminal_walk_prints_the_golden_summary_and_exports_it(
        tmp_path: Path, flows: Mapping[str, Flow], name: str) -> None:
    walk, db = WALKS[name], tmp_path / "chat.db"
    child = name == NAMES[0]  # one walk end to end through the real command
    if walk.after:
        chat_in_terminal(db, flows, WALKS[walk.after], child=child)
    out = chat_in_terminal(db, flows, walk, child=child)
    if walk.after:
        # T named someone who must not see her words: the mapping is told, and takes none.
        assert "I've brought in" not in out
        assert "The child's own words in My Three Houses for \"TS-7\" are not brought in" \
            in out
    title = flows[walk.flow_id].title
    printed = out[out.rindex(f"{title}: {walk.label}\n"):]
    printed = printed[:printed.index("\n\nThat's the end of this tool")] + "\n"
    assert undated(printed) == golden(name, ".txt")
    exported = sosbot("export", asyncio.run(draft_id(db, walk)), "--db", str(db), child=child)
    assert exported.returncode == 0, exported.stderr
    assert undated(exported.stdout) == golden(name, ".export.txt")


# --- Telegram: the real Application polling the local Bot API server ------------------------


async def answer_in_telegram(world: World, flow: Flow, line: Typed) -> None:
    """Give one scripted answer the way a practitioner does on a phone: tap or type."""
    taps = {"/keep": "Keep it as it is", "/done": "Done", "/accept": "Use this",
            "/skip": "Skip"}
    if not line.step_id or line.line in taps:
        await world.tap(taps["/keep" if not line.step_id else line.line])
        return
    step = flow.step(line.step_id)
    if step.type == "yes_no":
        await world.tap(line.line.capitalize())
    elif step.type == "choice":
        await world.tap(next(c.label for c in step.spec.choices if c.value == line.line))
    elif step.type == "scale":
        await world.tap(line.line)
    else:
        await world.say(line.line)


async def walk_in_telegram(world: World, flows: Mapping[str, Flow], walk: Walk) -> None:
    flow = flows[walk.flow_id]
    await world.command("new")
    await world.tap(next(b["text"] for row in world.last().buttons for b in row
                         if b["text"].startswith(flow.title)))
    await world.say(walk.label)
    for line in script(flows, walk):
        await answer_in_telegram(world, flow, line)
    assert any("That's the end of this tool" in t for t in world.texts())


async def finished_summary(world: World, flows: Mapping[str, Flow], walk: Walk) -> Summary:
    """The summary of the walk's finished draft, read back from the bot's own database."""
    db = world.settings.db
    async with await Store.open(db, sealer=keys.require_key(world.settings, db)) as store:
        infos = await store.list_drafts(PRACTITIONER, status="completed")
        info = next(d for d in infos if d.flow_id == walk.flow_id and d.label == walk.label)
        draft = await store.load_draft(PRACTITIONER, info.id)
    assert draft is not None
    draft.updated_at = 0.0
    return build_summary(flows[walk.flow_id], draft)


def shown_on_the_phone(world: World) -> str:
    """Everything the bot sent, as a person reads it: tags gone, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", "\n".join(world.texts())))


@pytest.mark.e2e
@pytest.mark.parametrize("name", NAMES)
async def test_telegram_walk_reaches_the_golden_summary(
        tmp_path: Path, flows: Mapping[str, Flow], name: str) -> None:
    walk = WALKS[name]
    async with BotApiServer() as server:
        settings = bot_settings(server, tmp_path / "bot.db")
        world = World(server, settings, ErrorCollector())
        async with running_bot(server, settings):
            if walk.after:
                await walk_in_telegram(world, flows, WALKS[walk.after])
            await walk_in_telegram(world, flows, walk)
        assert server.errors == []
        summary = await finished_summary(world, flows, walk)
        assert render_text(summary) == golden(name, ".txt")
        phone = shown_on_the_phone(world)
        for entry in [*summary.record, *(e for c in summary.columns for b in c.blocks
                                         for e in b.entries)]:
            assert entry.title in phone
            assert all(item in phone for item in entry.items) if entry.items else (
                entry.text in phone)
        for scale in summary.all_scales:
            shown = rf"{re.escape(scale.title)}( \([^)]*\))?: {scale.value} of {scale.max}\n"
            assert re.search(shown, phone), scale.title
            assert all(f"{v.who}: {v.value}" in phone for v in scale.views)


def test_the_walks_cover_four_kinds_of_case() -> None:
    assert [(w.flow_id, w.label) for w in WALKS.values()] == [
        ("three_houses", "TS-7"), ("mapping", "TS-7"), ("harm_matrix", "LB-4"),
        ("contextual", "DR-15")]
