"""Lines typed while the bot asks where the line before goes, once she chooses, meet a note
about the line before them: the hand-merged engine said so in two wordings."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import build_flow, section, text
from tests.test_input_model import running, said
from tests.test_leftovers_thirtyseventh import FOURTH, HELD, THIRD

NEXT = "It's for the next question"
WAIT = "I haven't saved your lines after it: "
AFTER = "They came before the note below, so answer it first, then send each again at its question."


@pytest.mark.parametrize(("second", "note"), [
    ("T could be hurt, the SW says", 'You wrote "SW"'),  # the next line is its rewrite
    ("T could be hurt trying to protect mum because", "Your answer stops at"),
])
async def test_lines_typed_before_a_note_are_told_one_way_whatever_the_note(
        tmp_path: Path, second: str, note: str) -> None:
    """She chose "It's for the next question"; her line went on, and a note asked about it
    (a short form, or an answer stopping at "because"). The lines she had typed on behind it
    were not saved, and named: in one wording after the note about "SW" ("They came before
    the note below, ..."), in another after the note about the answer that stopped ("I
    haven't saved the lines you typed after it ... First answer the note below, then send
    them again"), two messages for one event. Each says it the one way now, the note below."""
    checked = {"checks": ["plain_language"]}
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", **checked),
        text("could", title="What could happen", **checked),
        text("after", title="Who helps"), text("last", title="Anything else")))
    third = "T could be hurt, the social worker says" if "SW" in second else THIRD
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, second, third, FOURTH):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        shown = said(bot)
        assert shown[-2] == f'{WAIT}"{third}", "{FOURTH}". {AFTER}'
        assert shown[-1].startswith(note)  # the note, asked last
        assert not any("haven't saved the lines you typed" in t for t in shown)
        assert await bot.answers() == {"who": HELD}
