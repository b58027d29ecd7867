"""The thirty-sixth pass, the lead's own: a tool's name typed where a tool is chosen. Each
test of a defect failed on the code as it was."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pytest

from flows.flow import Flow
from flows.replies import Nudge
from tests.builders import EngineChat
from tests.test_telegram_handlers import USER, Bot, answers_of, bot, running
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_twentyninth import at_the_house_of_worries, shown

__all__ = ["bot"]  # the fixture


@pytest.mark.parametrize("typed", ["Harm Matrix", "harm matrix", "three houses"])
async def test_a_tools_name_typed_with_nothing_open_starts_that_tool(bot: Bot, typed: str
                                                                       ) -> None:
    """Under the menu of tools a newcomer types the tool's name instead of tapping it: it was
    "You have no draft open. /new starts one", as if the name meant nothing."""
    await bot.say("/start")
    await bot.say(typed)
    assert "case label" in bot.texts()[-1]
    started = len(bot.texts())
    await bot.say("KB-3")
    title = "Harm Matrix" if "matrix" in typed.lower() else "My Three Houses"
    assert f"Started &quot;KB-3&quot;: {title}" in bot.texts()[started]
    assert "Question 1 of" in bot.texts()[-1]


async def test_other_words_with_nothing_open_still_point_to_new(bot: Bot) -> None:
    await bot.say("/start")
    await bot.say("harm")  # not a tool's whole name: nothing started unasked
    assert "no draft open" in bot.texts()[-1]


# --- a mapping written up elsewhere, pasted whole at one question ----------------------------

def nudges(chat: EngineChat) -> list[str]:
    return [r.text for r in chat.replies if isinstance(r, Nudge)]


PASTED = ("Worries: dad hit mum on Friday while K (4) watched from the stairs. Working well: nan "
          "collects K from nursery every day and K is happy there. Needs to happen: dad to stay "
          "at his brother's until the assessment is done.")
WORRY = "Dad hit mum on Friday while K (4) watched from the stairs."


def test_a_whole_mapping_pasted_at_one_question_is_asked_about_not_filed_there() -> None:
    """A social worker with the mapping typed up in their notes pasted it whole at "What is
    an adult doing, or not doing, that worries them?": saved without a word, nan's care of K
    stood in the summary among the worries, and dad's move in the danger statement."""
    chat = sent_at("mapping", "danger_behaviour_1", PASTED)
    assert "danger_behaviour_1" not in chat.draft.answers
    assert chat.draft.current == "danger_behaviour_1"
    said = nudges(chat)[-1]
    assert '"Working well: nan collects K from nursery every day..."' in said
    assert '"Needs to happen: dad to stay at his brother\'s until the..."' in said
    assert '"Worries:' not in said  # this question's own column
    chat.send(WORRY)  # only the part for this question
    assert chat.draft.answers["danger_behaviour_1"] == WORRY
    assert chat.asked == "danger_impact_1"


def test_the_pasted_mapping_kept_as_it_is_stays_whole() -> None:
    chat = sent_at("mapping", "danger_behaviour_1", PASTED)
    chat.command("keep")
    assert chat.draft.answers["danger_behaviour_1"] == PASTED
    assert chat.asked == "danger_impact_1"


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "quoted"), [
    # a partner's contribution, headed as their own notes are
    ("contribution", "worries",
     "Concerns - K came to school hungry three days last week\nStrengths - mum rang us "
     "on Monday to explain", '"Strengths - mum rang us on Monday to explain"'),
    # headings alone on their lines, bullets under them
    ("mapping", "strengths",
     "What's working well?\n- nan has K every Saturday\nWhat are we worried about?\n- dad "
     "shouts at K when he has been drinking",
     '"What are we worried about? dad shouts at K when he has been..."'),
    # the houses written up under their names, at the house of worries
    ("three_houses", "house_worries",
     "House of worries: when daddy shouts. House of good things: my dog Max",
     '"House of good things: my dog Max"'),
])
def test_parts_headed_as_another_column_are_asked_about_in_every_tool(
        flow_id: str, step_id: str, typed: str, quoted: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert quoted in nudges(chat)[-1]
    assert step_id not in chat.draft.answers


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "danger_behaviour_1", "Dad hit mum - K saw it from the stairs on Friday"),
    ("mapping", "danger_behaviour_1", "Mum's plan: to leave him, but he took her phone"),
    ("contribution", "worries", "K said: I'm scared when dad shouts at mum at night"),
    ("contribution", "working_well", "Worries at school have eased - K eats breakfast club"),
    # a tool with worries alone has nowhere else to file "Safety: ..."
    ("harm_matrix", "danger_behaviour_1",
     "Dad drinks most nights and hits mum. Safety: nobody checks on K at night"),
])
def test_headings_that_are_the_answer_or_have_nowhere_else_are_not_asked_about(
        flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert not any("headed for" in said for said in nudges(chat))


# --- ... and each part put under its own question, where the tool has one for it -----------

PARTNERS = ("Concerns - K came to school hungry three days last week\nStrengths - mum rang us "
            "on Monday to explain\nNext steps: school nurse to see K on Tuesday")


def test_a_partners_pasted_report_can_go_each_part_under_its_question() -> None:
    """A school's designated safeguarding lead pasted their report, headed as they keep it,
    at the first of their three columns: /use puts each part where it belongs, and each is
    shown there to keep or change."""
    chat = sent_at("contribution", "worries", PARTNERS)
    assert "/use puts each under its own question" in nudges(chat)[-1]
    chat.command("accept")
    assert chat.draft.answers["worries"] == "K came to school hungry three days last week"
    assert chat.draft.answers["working_well"] == "mum rang us on Monday to explain"
    assert chat.draft.answers["needs_to_happen"] == "school nurse to see K on Tuesday"
    assert chat.asked == "working_well"
    assert chat.question.current_answer == "mum rang us on Monday to explain"
    chat.command("skip")  # kept as it is
    assert chat.asked == "needs_to_happen"
    assert chat.draft.answers["working_well"] == "mum rang us on Monday to explain"


def test_where_a_column_has_several_questions_nothing_is_put_there_unasked() -> None:
    """The mapping asks what is working well at the houses, the strengths and the safety
    already shown: which of them a pasted part belongs to is the practitioner's to say."""
    chat = sent_at("mapping", "danger_behaviour_1", PASTED)
    assert "/use" not in nudges(chat)[-1]
    chat.command("accept")
    assert "strengths" not in chat.draft.answers
    assert "danger_behaviour_1" not in chat.draft.answers


async def test_the_houses_written_up_together_go_each_to_its_house(bot: Bot) -> None:
    """At the house of worries, a family support worker typed up K's three houses from her
    notes in one message: one tap puts the good things and the dreams in their houses, as
    the child's own words."""
    await at_the_house_of_worries(bot)
    await bot.say("Worries: when daddy shouts\nGood things: my dog Max\nDreams: live at nans")
    assert "Put each part under its question" in [b["text"] for b in bot.newest_buttons()]
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "Put each part under its question"))
    answers = await answers_of(bot, "KM-7")
    assert answers["house_worries"] == ["when daddy shouts"]
    assert answers["house_good"] == ["my dog Max"]
    assert answers["house_dreams"] == ["live at nans"]
    assert '"my dog Max" under "Good things"' in " ".join(shown(bot))


# --- a long summary is made ready beside the event loop ----------------------------------------

COLLEAGUE = 4343


async def test_a_colleagues_answer_is_not_kept_waiting_by_a_long_summary(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """A finished mapping whose answers are full of "<" and "&" (a pasted table, a chat log)
    takes most of a second to turn into Telegram's messages; made on the event loop, every
    other practitioner's reply waited behind it. Asked for at the same moment, a colleague's
    next question now reaches her before the first part of that summary."""
    async with running(tmp_path, flows, allowed=(USER, COLLEAGUE)) as bot:
        await bot.say("/new mapping")
        await bot.say("KB-7")
        info = next(d for d in await bot.conversation.drafts(USER) if d.label == "KB-7")
        draft = await bot.conversation.load(USER, info.id)
        assert draft is not None
        answers = {step_id: ("<&" * 2000)[:step.spec.max_length] if step.kind.widget == "text"
                   else [("<&" * 2000)[:step.spec.max_length]] * 4
                   for step_id, step in ((s.id, s) for s in flows["mapping"].steps)
                   if step.kind.widget in ("text", "items")}
        await bot.conversation.store.save(replace(draft, answers={**draft.answers, **answers}),
                                          answers)
        before = len(bot.request.sent())
        await asyncio.gather(bot.say("/summary", USER), bot.say("/new reflection", COLLEAGUE))
        sent = bot.request.sent()[before:]
        to = [int(str(p["chat_id"])) for p in sent]
        assert to.count(USER) > 20  # the summary, in many parts
        assert to.index(COLLEAGUE) < to.index(USER)
