"""The thirty-seventh pass's review: a report pasted whole at one question with headings,
case hand-over, a tool's name typed with nothing open. Each test of a defect failed on the
code as it was, through the real console or Application on real SQLite files."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from flows.flow import Flow
from flows.replies import Nudge
from storage.store import Store
from tests.test_console import at_the_terminal
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, team
from tests.test_telegram_handlers import USER, Bot, bot, button, start_reflection
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import mapping, read

__all__ = ["bot", "team"]  # the fixtures

# The mapping up to the house of worries at the terminal: purpose, date, author, network,
# views missing, next review
TO_THE_HOUSES = ("4", "/skip", "SW JD", "/skip", "/skip", "/skip")
HOUSES = "Worries:\n- when daddy shouts\nGood things:\n- my dog Max\nDreams:\n- live at nans"


async def test_the_houses_pasted_from_notes_keep_no_bullet_in_the_childs_worry(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """A family support worker pasted K's three houses from her notes, a bullet under each
    heading, at the house of worries, and chose /use: "my dog Max" and "live at nans" went
    to their houses without the notes' bullets, but the worry stayed "- when daddy shouts",
    and the summary quoted the child as saying the dash."""
    shown, draft = await at_the_terminal(store, flows["mapping"], *TO_THE_HOUSES, HOUSES,
                                         "/use")
    assert "/use puts each under its own question" in shown
    assert draft.answers["house_good"] == ["my dog Max"]
    assert draft.answers["house_dreams"] == ["live at nans"]
    assert draft.answers["house_worries"] == ["when daddy shouts"]


# --- a line typed for the question of a draft just handed over ------------------------------

async def supervision_typed_after_handing_over(bot: Bot) -> None:
    """Sam opens a mapping, hands it to Priya at its first question, and types the answer he
    had ready, "Supervision" (one of its options): he is told it was not saved."""
    await bot.say("/new mapping", SAM)
    await bot.say("KB-7", SAM)
    await hands_over(bot)
    await bot.say("Supervision", SAM)
    assert read(bot, SAM).startswith("I haven't saved that: you handed the draft you were on")


async def test_an_options_words_typed_after_handing_over_start_no_tool(team: Bot) -> None:
    """Sam opened a mapping, saw it was Priya's case and handed it to her at its first
    question, then typed the answer he had ready, "Supervision" (one of its options). It
    was read as the name of the group supervision tool: a new draft was started and asked
    for a case label, and nothing said his answer was not saved. He is told it was not
    saved because the case is his colleague's now, as for any other line."""
    bot = team
    await supervision_typed_after_handing_over(bot)
    assert not await bot.conversation.drafts(SAM, status=None)


# --- another person's number, with their reason, after the young person's -------------------

YOUNG = "success_scale_young_person"


@pytest.mark.parametrize(("step", "typed"), [
    (YOUNG, "K says 7, S says 6 because she worries about the rent"),
    (YOUNG, "K says 7 - carer gave it 6 though"),
    ("success_scale_carer", "K says 7, S says 6 because she worries about the rent"),
])
def test_a_second_persons_number_with_their_reason_is_not_kept_as_the_first_ones_why(
        step: str, typed: str) -> None:
    """A personal adviser typed both numbers on one line, each with who gave it, the carer's
    with her reason: "K says 7, S says 6 because she worries about the rent". Read as a
    count ("6 becauses", as "2 months"), the carer's 6 was saved as the young person's
    reason, "S says 6 because ...", and at the carer's own number K's 7 was saved as hers.
    Two people's numbers are asked about, nothing saved."""
    chat = sent_at("success", step, typed)
    assert step not in chat.draft.answers
    assert chat.asked == step
    assert "two people's numbers" in chat.notices()[0]


@pytest.mark.parametrize(("flow_id", "step", "typed"), [
    ("mapping", "safety_scale_parent_1", "the child says 7 - she feels safer since dad left"),
    ("success", "success_scale_carer", "yp says 8, happier in her flat"),
    ("success", "success_scale_carer", "the young person said 8"),
])
def test_the_childs_number_typed_at_a_carers_is_not_saved_as_the_carers(
        flow_id: str, step: str, typed: str) -> None:
    """At the carer's number a personal adviser typed the young person's, plainly named as
    theirs: "yp says 8, happier in her flat". It was saved as the carer's 8, with the young
    person's words as the carer's reason, and the summary gave the carer a number she never
    gave. It is said to read as the young person's, and nothing is saved."""
    chat = sent_at(flow_id, step, typed)
    assert step not in chat.draft.answers
    assert chat.asked == step
    assert "It reads as the number" in chat.notices()[0]


# --- a tool's name typed under /new's menu while "Discard ...?" waits --------------------------

@pytest.mark.parametrize("menu", ["/new", "/start"])
async def test_a_tools_name_typed_under_the_menu_after_cancel_starts_it(bot: Bot, menu: str
                                                                        ) -> None:
    """A practitioner sent /cancel on her reflection, thought better of it and sent /new to
    start the harm matrix instead, then typed "harm matrix" under the menu of tools. It was
    refused ("isn't a yes or a no ... Please answer the question below") and "Discard the
    draft?" was asked again: the menu on the screen took no typed choice until the discard
    was answered. The menu lets the yes-or-no question go; nothing is discarded, and the
    tool starts."""
    await start_reflection(bot)
    await bot.say("/cancel")
    await bot.say(menu)
    await bot.say("harm matrix")
    assert "case label" in bot.texts()[-1]
    assert "yes or a no" not in " ".join(bot.texts()[-2:])
    await bot.say("HM-4")
    assert "Started &quot;HM-4&quot;: Harm Matrix" in " ".join(bot.texts())
    assert sorted(d.label for d in await bot.conversation.drafts(USER)) == ["HM-4", "KB-12"]


def test_a_heading_alone_on_its_line_is_quoted_with_the_words_under_it() -> None:
    """Notes pasted with each heading on a line of its own and the bullets under it: the
    note quoted only "Good things:", "Dreams:", saying nothing of what would go where. Each
    is quoted with the first words under it, as a heading with words after it is."""
    chat = sent_at("three_houses", "house_worries", HOUSES)
    said = [r.text for r in chat.replies if isinstance(r, Nudge)][-1]
    assert '"Good things: my dog Max"' in said
    assert '"Dreams: live at nans"' in said


async def test_the_hand_over_question_counts_only_the_questions_answered(team: Bot) -> None:
    """Sam had answered three questions of KB-7 and skipped two: "Hand "KB-7" (Safety
    mapping, 5 answers) to Priya?" told him of answers he never gave."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/skip", SAM)
    await bot.say("/skip", SAM)
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    assert "(Safety mapping, 3 answers) to Priya?" in read(bot, SAM)
