"""The thirty-eighth pass's second review: where the four helpers' changes meet (a number
changed after the scale, a note of being unsure before the answer, ...), met through the real
flows as a practitioner meets them. Each test of a defect failed on the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import build_flow, section, text
from tests.test_input_model import running, said
from tests.test_review_thirtyeighth import named_flow
from tests.test_review_thirtyseventh_d import NEXT
from tests.test_walk_thirtyfirst import sent_at

# --- a number changed past a scale with no question of why after it -------------------------


@pytest.mark.parametrize(("flow_id", "scale", "after"), [
    ("wellbeing", "wellbeing_scale_child", "wellbeing_scale_others"),
    ("three_houses", "child_scale", "worker_noticed")])
def test_a_number_changed_after_the_childs_own_number_changes_it(
        flow_id: str, scale: str, after: str) -> None:
    """A family support worker gave the child's own number, 4, then, as the child had
    changed her mind, typed "no actually 5" at the question after it. At the early help
    assessment it was saved as one of the agencies' numbers ("no actually 5"), at My Three
    Houses as what the worker noticed, and the child's number stayed 4. The number is
    changed and said so; the question after it is asked again, nothing saved there."""
    chat = sent_at(flow_id, scale, "4")
    assert chat.asked == after
    chat.send("no actually 5")
    assert chat.draft.answers[scale] == 5
    assert after not in chat.draft.answers
    assert "from 4 to 5" in " ".join(chat.notices())
    assert chat.asked == after


@pytest.mark.parametrize("typed", ["Nan says 5, school says 3", "actually 5 incidents"])
def test_an_answer_after_the_childs_number_is_still_the_answer(typed: str) -> None:
    chat = sent_at("three_houses", "child_scale", "4")
    chat.send(typed)
    assert chat.draft.answers["child_scale"] == 4
    assert "from 4 to" not in " ".join(chat.notices())


# --- a second point, alike, typed while asked where a line goes -------------------------------

WORST = "Dad shouted at mum in front of K on 3rd Dec, HV saw it"  # held: "HV"
COULD = "K could be hurt trying to protect mum"  # typed past the reminder
RECENT = "Dad pushed mum in front of K on 10th Dec, HV saw it"  # the next time, not a rewrite


async def test_the_next_incident_alike_the_held_answer_does_not_take_its_place(
        tmp_path: Path) -> None:
    """Her worst time held by the reminder about "HV", a social worker typed on: what could
    happen, then the most recent time, "Dad pushed mum in front of K on 10th Dec". Alike
    in most of its words, it was read as another go at the worst time and took its place
    ("I've put ... in place of "Dad shouted at mum ..."), and once she chose, the worst time
    was lost and the most recent one had no answer. A line that drops what the answer
    said happened ("shouted") is no rewrite of it: it is kept after the others and goes on."""
    checked = {"checks": ["plain_language"]}
    flow = build_flow(tmp_path, section(
        "s", text("worst", title="The worst time", **checked),
        text("could", title="What could happen"), text("recent", title="The most recent time")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", WORST, COULD, RECENT):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["worst"], answers["could"], answers["recent"]) == (WORST, COULD, RECENT)


# --- a note of being unsure, where the family's own words are asked for -----------------------


def test_the_familys_own_words_of_not_understanding_are_kept_whole() -> None:
    """At "How the family sees it" ("Note what they say"), a social worker wrote mum's reply
    as mum said it: "Not sure what you mean - he has never hit her". "Not sure what you
    mean" was left out as a note to the bot ("it reads as a note to me"), and the summary
    read only "he has never hit her", though mum not understanding the worry is her view.
    Where the family's own words are the answer, the line is kept whole."""
    typed = "Not sure what you mean - he has never hit her"
    chat = sent_at("mapping", "family_view_1", typed)
    assert chat.draft.answers["family_view_1"] == typed
    assert "reads as a note to me" not in " ".join(chat.notices())


def test_a_note_of_being_unsure_before_the_worries_is_still_left_out() -> None:
    chat = sent_at("mapping", "danger_behaviour_1", "not sure what you want here - dad hits mum")
    assert chat.draft.answers["danger_behaviour_1"] == "dad hits mum"


# --- "K" to the privacy reminder about a whole line -------------------------------------------

NAMED = "Kevin Smith pushed mum into the wall on Friday while T watched"


async def test_k_to_the_privacy_reminder_about_a_whole_line_does_not_replace_it(
        tmp_path: Path) -> None:
    """Her answer, a whole line with a full name in it, held by the reminder about names,
    a practitioner sent "K", as a phone's "ok". Taken for the initial the reminder asks for,
    it replaced the line: "I haven't saved "Kevin Smith pushed mum ...": your new line takes
    its place", and the answer was "K". A letter alone is the initial only where the answer
    held is a name alone; to a line, it is asked about again, nothing saved."""
    flow = named_flow(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", NAMED, "K"):
            await bot.say(line)
        assert "child" not in await bot.answers()
        assert any("First, please answer the reminder" in t for t in said(bot))


# --- a rewrite typed while asked where a line goes, with a full name in it --------------------

HV = "police, mum's sister, HV"  # held: "HV"
NAMED_REWRITE = "police, mum's sister Jane Smith, health visitor"


async def test_a_rewrite_with_a_full_name_in_it_is_not_saved_unread(tmp_path: Path) -> None:
    """Her answer held by the reminder about "HV", her next line asked where it goes, a
    practitioner wrote the answer out again, with her aunt's full name in it this time.
    Taken for the rewrite, it was saved as her answer once she chose, the name and all,
    with no word of it: the check for names every answer has was never made. It is held
    by the reminder about names now, as any answer with a name in it is."""
    checked = {"checks": ["plain_language", "privacy"]}
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", **checked),
        text("could", title="What could happen"), text("after", title="Who helps")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HV, COULD, NAMED_REWRITE):
            await bot.say(line)
        assert said(bot)[-2].startswith(f'I haven\'t put "{NAMED_REWRITE}" in place of your '
                                        'answer to "Who is worried". Part of this looks like '
                                        'a full name ("Jane Smith")')
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["who"], answers["could"]) == (HV, COULD)
        assert NAMED_REWRITE not in answers.values()
