"""A fresh look at the twenty-seventh leftovers pass (the case label in each question's
header, yes and no in other words, "N/A" at a list read from a file): each defect pinned by
a test that failed on the code as it was."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bot.wording import header_label
from flows.loader import load_flows
from tests.test_leftovers_twentyseventh import TO_THE_CHILDS_LISTS, piped_in
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()
__all__ = ["bot"]  # the fixture


# --- the case label in the header: two cases told apart, a label never cut mid-character ---

FLAGS = "🇬🇧🇫🇷🇩🇪🇮🇹🇪🇸🇵🇱🇳🇱🇧🇪🇮🇪🇬🇧🇫🇷🇩🇪🇦🇹"  # 13 flags, 26 code points

async def test_two_cases_whose_labels_differ_at_the_end_have_different_headers(
        bot: Bot) -> None:
    """Two reflections open, one for each of two children of one family ("Ref 44172 child 1",
    "Ref 44172 child 2"): both headers read "[Ref 44172 child…]", so the label said nothing
    about which child the question was for, the one thing it is there to say."""
    headers = []
    for label in ("Ref 44172 child 1", "Ref 44172 child 2"):
        await bot.say("/new reflection")
        await bot.say(label)
        headers.append(bot.texts()[-1].split("\n", 1)[0])
        assert headers[-1].startswith(f"[{label}] <b>Question 1 of 8</b>"), headers[-1]
    assert headers[0] != headers[1]


def _direction(line: str) -> str:
    """The direction a phone lays a line out in: its first letter's (Unicode's rule P2)."""
    return next((unicodedata.bidirectional(c) for c in line
                 if unicodedata.bidirectional(c) in ("L", "R", "AL")), "L")


@pytest.mark.parametrize("label", ["משפחה ב", "عائلة ب 2"])
async def test_a_label_in_hebrew_or_arabic_leaves_the_header_left_to_right(
        bot: Bot, label: str) -> None:
    """A label written in Hebrew or Arabic first on the header's line made the line right to
    left: "Question 1 of 8 · ..." shown at the right edge, its parts in reverse order."""
    await bot.say("/new reflection")
    await bot.say(label)
    header = bot.texts()[-1].split("\n", 1)[0]
    assert label in header, header
    assert _direction(header) == "L", header


@pytest.mark.parametrize(("label", "shown"), [
    # flags are pairs of letters: half a flag shows as a lone letter in a box
    (FLAGS, FLAGS[:22] + "…"),
    # a family emoji is five code points joined: cut inside, it is another emoji
    ("ab" + "👨\u200d👩\u200d👧" * 5, "ab" + "👨\u200d👩\u200d👧" * 4 + "…"),
    # an accent typed as its own mark stays on its letter
    ("Cases " + "e\u0301" * 12, "Cases " + "e\u0301" * 8 + "…"),
    # a skin tone stays on its hand
    ("👍🏽" * 13, "👍🏽" * 11 + "…"),
])
def test_a_long_label_is_cut_between_characters_as_they_show(label: str, shown: str) -> None:
    """A label longer than the header shows (one made before labels were checked, or one of
    emoji) was cut by code points: a flag left half of itself, a family emoji a man and a
    joiner, an accent was dropped from its letter."""
    assert header_label(label) == shown


def test_a_label_of_one_letter_under_many_marks_is_not_cut_inside_it() -> None:
    stacked = "a" + "\u0301" * 30
    assert header_label(stacked + " b") == stacked + "…"


# --- initials where who is asked are not a yes in another language --------------------------

@pytest.mark.parametrize(("flow_id", "step", "typed", "saved"), [
    ("three_houses", "not_told", "JA", "JA"),
    ("three_houses", "not_told", "SI", "SI"),
    ("mapping", "existing_safety", "JA", ["JA"]),
])
def test_initials_that_spell_yes_in_another_language_are_taken_as_written(
        flow_id: str, step: str, typed: str, saved: object) -> None:
    """Asked whether the child named anyone who must not see the work, a practitioner wrote
    the person's initials, "JA", as the bot asks names to be written. They were told "I
    haven't saved "yes" on its own ... Please say who", since "ja" is yes in German: the
    initials were read as a yes and the answer (who) asked for again."""
    chat = reach(FLOWS[flow_id], step)
    chat.send(typed)
    assert not chat.notices("problem")
    if isinstance(saved, list):
        chat.command("done")
    assert chat.draft.answers[step] == saved


def test_yes_in_another_language_in_lower_case_is_still_asked_who() -> None:
    chat = reach(FLOWS["three_houses"], "not_told")
    chat.send("ja")
    assert "not_told" not in chat.draft.answers


# --- "N/A" at a list read from a file, then a line of words ----------------------------------

@pytest.mark.parametrize("worries", [
    ["N/A", "Nan", "", "Her own room", ""],
    ["N/A", "Scared of dad", "Dad shouts at night", "", "Nan", ""],
    ["- N/A", "- Scared of dad", "", "Nan", ""],
], ids=["the-next-answer-at-once", "items-under-it", "bulleted-items-under-it"])
async def test_piped_n_a_then_a_line_of_words_at_a_list_stops_rather_than_guess(
        tmp_path: Path, worries: list[str]) -> None:
    """A file written as the chat took it before: "N/A" ends a list, and the next line is
    the next question's. "N/A" was dropped and the next line ("Nan", what is going well)
    saved as a worry, and every answer after it one question on from where it was written.
    Nothing tells that file from one with the list's items under "N/A" (the next list's
    lines look the same), so the chat stops at "N/A", saving neither, and says how to write
    it."""
    status, shown, answers = await piped_in(
        tmp_path, "mapping", *TO_THE_CHILDS_LISTS, *worries, "Asked her at school, on her own")
    assert status == 1, shown[-1500:]
    assert "house_worries" not in answers
    assert "house_good" not in answers
    assert "line 8 was not taken" in shown, shown[-1500:]
    assert f'an empty line straight after "{worries[0]}"' in shown, shown[-1500:]


@pytest.mark.parametrize("ending", ["done", "Finished.", "that's all"])
async def test_piped_n_a_then_done_in_words_ends_its_list_as_slash_done_does(
        tmp_path: Path, ending: str) -> None:
    """"done" in words after "N/A" ends the list as "/done" does: "N/A" is its answer, and
    the lines after it answer their own questions."""
    status, shown, answers = await piped_in(
        tmp_path, "mapping", *TO_THE_CHILDS_LISTS, "N/A", ending, "Nan", "", "Her own room",
        "", "Asked her at school, on her own")
    assert status == 0, shown[-1500:]
    assert answers["house_worries"] == ["N/A"]
    assert answers["house_good"] == ["Nan"]
    assert answers["child_view_how"] == "Asked her at school, on her own"
