"""The forty-third pass's cost cuts change nothing a practitioner sees.

The word list's worked-out values are read without going through pydantic's `__getattr__`,
and a line with no slip of a checked word in it is passed by `respelt` without a call for
each long word. Each test holds both halves: what the bot says and saves is what it was with
the old way (copied here), over the language corpora, random strings and through the real
bot, and the work cut stays cut.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from flows import nudges
from flows.checks import respell
from flows.checks.words import WordList, load_word_list
from flows.flow import Flow
from tests.test_perf_fortyfirst import VARIED, corpus_lines
from tests.test_perf_fortysecond import conversation

# --- the word list's values: read as they are, the same values -------------------------------

NAMES = {"matchers": "_matchers", "plain_when_told": "_told", "plain_when_seen": "_seen",
         "quick": "_quick", "known_abbreviations": "_plain"}


def council_list() -> WordList:
    """A council's list on top of the shipped one, as SOSBOT_WORDS adds it."""
    own = WordList(terms=[{"term": "chaotic household", "question": "What did you see?"}],
                   plain_abbreviations=["KS2"])
    return own.added_to(load_word_list())


@pytest.mark.parametrize("make", [load_word_list, council_list], ids=["shipped", "council"])
def test_the_word_lists_values_are_the_ones_worked_out(make: Any) -> None:
    """Each value the checks read (the matchers, the terms left alone when told or seen, the
    quick tests, the abbreviations families know) is the very one `model_post_init` worked
    out, as pydantic gives it back."""
    words = make()
    for public, private in NAMES.items():
        assert getattr(words, public) is BaseModel.__getattr__(words, private)
    assert "KS2" in council_list().known_abbreviations
    assert any(m[0] == "chaotic household" for m in council_list().matchers)


def test_a_check_reads_the_word_list_without_pydantics_look_up(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A wording check of an answer with listed words in it reads the word list's values
    without pydantic's `__getattr__`, which finds a private attribute after the usual
    look-up fails (several microseconds each, several reads an answer)."""
    looked_up: list[str] = []
    through = BaseModel.__getattr__

    def counted(self: BaseModel, name: str) -> Any:
        looked_up.append(name)
        return through(self, name)

    nudge = nudges.nudger()
    monkeypatch.setattr(BaseModel, "__getattr__", counted)
    said = nudge("plain_language", "Mum has MH and DV issues; the CIN plan is chaotic.")
    assert said is not None
    assert looked_up == []


# --- slips: a line with none is passed by, the same text ---------------------------------------

def respelt_as_it_was(text: str) -> str:
    """`respell.respelt` before this pass: every long word through `_mended`."""
    if not respell.slips():
        return text
    return respell._LONG_WORD.sub(respell._mended, text)


SLIPPED = ["Safegaurding concerns, poor hygeine, agressive", "HYGEINE", "dissclosure made",
           "neglectfull parenting", "therapuetic work", "Inapropriate touching"]


def typed_lines() -> list[str]:
    """The corpus lines, written examples of slips, and 3,000 random strings of slips,
    words, capitals and marks."""
    rnd = random.Random(43)
    parts = [*SLIPPED, "safeguarding", "hygiene", "a", " ", "SAFEGAURDING", "é", "_", "7",
             "\n", "abcdefghij", "Hygeine's", "x"]
    return [*corpus_lines(), *SLIPPED,
            *("".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8))) for _ in range(3000))]


def test_lines_are_respelt_as_they_were() -> None:
    """Over every corpus line, the slips written out and 3,000 random strings, each line is
    respelt as before; slips are found among them."""
    lines = typed_lines()
    assert [respell.respelt(line) for line in lines] == [respelt_as_it_was(line)
                                                        for line in lines]
    assert sum(1 for line in lines if respell.respelt(line) != line) > 500


def test_a_line_with_no_slip_is_not_read_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line with long words and no slip among them is passed by at once: `_mended` is not
    called for each of its words (a call into Python per word, at every check of every
    answer); a line with a slip still is respelt."""
    mended: list[str] = []
    mend = respell._mended

    def counted(found: re.Match[str]) -> str:
        mended.append(found.group())
        return mend(found)

    monkeypatch.setattr(respell, "_mended", counted)
    assert respell.respelt("Grandmother collected everybody yesterday afternoon") == \
        "Grandmother collected everybody yesterday afternoon"
    assert mended == []
    assert respell.respelt("poor hygeine") == "poor hygiene"
    assert mended == ["hygeine"]


# --- through the real bot -----------------------------------------------------------------------

SLIPS_TYPED = ["Dad was agressive to mum in front of K on Friday.",
               "Poor hygeine: K came to school in the same clothes all week.",
               "Safegaurding lead will ring mum by Friday 4 December."]


async def test_the_bot_says_the_same_as_before(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """A practitioner completes each shipped tool through the real bot and its store, typing
    answers with slips of checked words among varied ones: every message she is sent is the
    same, in the same order, as with slips read as before.

    The bot is run once: every line it has respelt is respelt as before too, to the same
    text. Nothing else of the bot is changed by the old way, so with it the bot would take
    the same way through every answer and send the same messages."""
    monkeypatch.setattr("tests.test_perf_fortyfirst.VARIED", [*VARIED, *SLIPS_TYPED])
    respelt: dict[str, str] = {}
    shipped = respell.respelt

    def kept(text: str) -> str:
        respelt[text] = shipped(text)
        return respelt[text]

    monkeypatch.setattr(respell, "respelt", kept)
    monkeypatch.setattr(nudges, "respelt", kept)
    now = await conversation(tmp_path, flows, "now", seed=4343, first_user=8100)
    assert {text: respelt_as_it_was(text) for text in respelt} == respelt
    assert sum(1 for text, mended in respelt.items() if mended != text) >= len(SLIPS_TYPED)
    assert any("aggressive" in said for said in now)
