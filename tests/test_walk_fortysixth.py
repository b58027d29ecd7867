"""The forty-sixth walk: a social worker preparing for a child protection conference on her
phone, the partners she asks to add to her mapping, and the other tools, through the real
Application polling the local Bot API server (tests/botapi_server.py) and a real `sosbot
chat` process, on real SQLite files. Each test of a defect failed on the code as it was;
the others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram_world import STRANGER, bot_world, link_in
from test_walks import answer_in_telegram

from flows.loader import load_flows
from flows.replies import Nudge
from tests.test_telegram_handlers import Bot
from tests.test_walk_fortyfifth import at_the_terminal, lines_up_to
from tests.test_walk_thirtyfirst import held_and_asked, sent_at
from tests.test_walk_thirtythird_b import DSL, answers, link, mapping, opens, phone, read, team

__all__ = ["team"]  # the fixture

FLOWS = load_flows()


# --- the worst time and the most recent time, in one message ------------------------------------


BOTH = ("Worst: on 3 Dec dad hit mum in front of K, who hid under the table.\n"
        "Most recent: last Friday dad shouted at mum and K ran to her room.")


async def test_the_most_recent_time_typed_with_the_worst_goes_to_its_own_question(
        tmp_path: Path) -> None:
    """On her phone, a social worker answered "Describe the worst time" from her notes, as
    she had them: "Worst: on 3 Dec dad hit mum ...", then "Most recent: last Friday dad
    shouted at mum ...". All of it was saved as the worst time: her summary for conference
    read the most recent time as part of the worst, and the next question asked for the
    most recent time, empty, for her to type it again. She is told the part is for that
    question, and one tap puts it there, to keep or change."""
    flow = FLOWS["mapping"]
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool(flow.title, "KB-7")
        for line in lines_up_to("mapping", "worst_harm"):
            await answer_in_telegram(world, flow, line)
        await world.say(BOTH)
        note = world.texts()[-1]
        assert '"The most recent time"' in note
        assert "last Friday dad shouted" in note
        await world.tap("Put each part under its question")
        shown = "\n".join(world.texts()[-3:])
        assert "When was the most recent time" in world.texts()[-1]
        assert "Current answer: last Friday dad shouted at mum and K ran to her room." \
            in world.texts()[-1]
        assert 'under "The most recent time"' in shown
        await world.tap("Keep")
        await world.command("summary")
        summary = "\n".join(world.texts()[-3:])
        assert "Most recent:" not in summary
        assert "Worst:" not in summary
        assert "on 3 Dec dad hit mum in front of K" in summary
        assert "last Friday dad shouted at mum" in summary


@pytest.mark.parametrize("typed", [
    "Worst - on 3 Dec dad hit mum in front of K. Most recent - last Friday dad shouted at mum.",
    "**Worst time:** on 3 Dec dad hit mum in front of K.\n- Last time: last Friday dad shouted "
    "at mum.",
    "On 3 Dec dad hit mum in front of K.\n\nLatest: last Friday dad shouted at mum."])
def test_the_most_recent_time_headed_other_ways_is_put_under_its_question(typed: str) -> None:
    chat = sent_at("mapping", "worst_harm", typed)
    assert "worst_harm" not in chat.draft.answers
    chat.command("accept")
    assert chat.draft.answers["worst_harm"].startswith(("on 3 Dec", "On 3 Dec"))
    assert chat.draft.answers["recent_harm"] == "last Friday dad shouted at mum."


def test_at_the_harm_matrix_the_most_recent_time_goes_where_the_last_time_is_asked() -> None:
    """In the Harm Matrix, whose question after the worst asks how often it happens and when
    the last time was, the part headed "Most recent:" is offered to go there, its heading
    with it (that question asks more than when the last time was)."""
    chat = sent_at("harm_matrix", "harm_worst_1", BOTH)
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert '"How often, and the pattern"' in nudge
    chat.command("accept")
    assert chat.draft.answers["harm_worst_1"] == \
        "on 3 Dec dad hit mum in front of K, who hid under the table."
    assert chat.draft.answers["harm_frequency_1"] == \
        "Most recent: last Friday dad shouted at mum and K ran to her room."


@pytest.mark.parametrize("typed", [
    "On 3 Dec dad hit mum in front of K; the last time he was drunk.",
    "Dad hit mum at Easter in front of K. Last - he says - was a one off.",
    "Worst: on 3 Dec dad hit mum in front of K."])
def test_a_worst_time_without_a_part_for_the_most_recent_is_saved_as_it_is(typed: str) -> None:
    chat = sent_at("mapping", "worst_harm", typed)
    assert chat.draft.answers["worst_harm"] == typed


# --- "Please see my email", in a partner's part -------------------------------------------------


async def test_please_see_my_email_is_asked_to_be_written_out(team: Bot) -> None:
    """The school's safeguarding lead, asked by link to add to FM-3's mapping, had e-mailed
    the social worker that morning, and answered "What have you seen or heard yourself that
    worries you?" with "Please see my email". It was saved, as "see my email" alone is not,
    and the social worker's summary for conference read "School: Please see my email",
    which nobody at the conference has. She is asked to write it out; what she writes then
    is her part."""
    bot = team
    await mapping(bot, "FM-3")
    school = await link(bot, "school")
    await opens(bot, school, DSL)
    await answers(bot, DSL, ("Designated safeguarding lead", "Please see my email"))
    assert "points to something said or written elsewhere" in read(bot, DSL)
    await answers(bot, DSL, ("FM came in hungry on 1, 2 and 3 Dec and ate two breakfasts",
                             "FM comes every day on time",
                             "I will check FM has eaten each morning and tell the social "
                             "worker by fri 11 dec", "4", "/skip", "/skip"))
    await bot.tap("t:ps", user=DSL)
    await bot.say("/summary FM-3")
    lead = "\n".join(phone(bot)[-3:])
    assert "see my email" not in lead
    assert "FM came in hungry on 1, 2 and 3 Dec" in lead


@pytest.mark.parametrize("typed", ["dunno really, see my email", "not much tbh - see referral",
                                   "I've emailed it to you", "It's all in my email from Tuesday",
                                   "Nothing more to add, see my report"])
def test_a_pointer_with_a_word_or_two_before_it_is_asked_about(typed: str) -> None:
    nudge = held_and_asked("contribution", "worries", typed)
    assert "points to something said or written elsewhere" in nudge


@pytest.mark.parametrize("typed", [
    "I emailed the GP on Monday and she said FM has not been seen since June",
    "Please can someone check on FM at weekends, he comes in hungry on Mondays",
    "In my email to mum I said FM had come in hungry three days running"])
def test_an_answer_that_says_what_was_emailed_is_saved(typed: str) -> None:
    chat = sent_at("contribution", "worries", typed)
    assert chat.draft.answers["worries"] == typed


# --- /share, for a colleague new to the team -------------------------------------------------


async def test_share_with_no_draft_open_does_not_speak_of_this_draft(tmp_path: Path) -> None:
    """A team manager invited Sam, who opened the link and, to see what the team's commands
    do, sent /share. Sam read "Finish this draft first (/summary shows it so far)", of a
    draft Sam never had. Sam is told that no draft is open, and how to open a finished one;
    with a draft under way, "finish this draft first" still."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.command("start")
        await world.command("invite")
        await world.tap("A colleague")
        await world.open_link(STRANGER, link_in(world.texts()[-1]), first_name="Sam")
        await world.command("share", user=STRANGER)
        said = world.texts(STRANGER)[-1]
        assert "Finish this draft first" not in said
        assert "no draft is open now" in said
        await world.open_tool("Pre-referral", "AB-1", user=STRANGER)
        await world.command("share", user=STRANGER)
        assert "Finish this draft first" in world.texts(STRANGER)[-1]


# --- "2 - very worried", a number's reason that is only how worried ------------------------------


def test_a_number_given_with_how_worried_alone_is_asked_why(tmp_path: Path) -> None:
    """At her desk, preparing the conference, a social worker gave the overall scale as "2 -
    very worried". The 2 was saved, and "very worried" as why: the summary for conference
    read "Why this number: very worried", which tells the meeting nothing the 2 had not.
    The 2 is saved, and she is asked what she has seen or been told that puts it there."""
    shown = at_the_terminal(tmp_path / "chat.db", "mapping", "safety_scale", "2 - very worried")
    said = shown[shown.rindex("Taking all the worries together"):]
    assert "I've saved 2 as the number" in said
    assert '"very worried" says how worried you are, but not yet why' in said


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "safety_scale_why", "very worried"),
    ("mapping", "safety_scale_why", "We're all really worried about her"),
    ("harm_matrix", "harm_scale_why_1", "Extremely concerned"),
    ("supervision", "my_scale_why", "still quite anxious about this family")])
def test_how_worried_alone_as_the_reason_is_asked_why(flow_id: str, step_id: str,
                                                      typed: str) -> None:
    nudge = held_and_asked(flow_id, step_id, typed)
    assert "says how worried you are, but not yet why" in nudge


@pytest.mark.parametrize("typed", [
    "very worried since dad came back and K has missed school 4 days",
    "Worried because mum let R back in on Friday after saying she wouldn't",
    "2, not 1, because nan has K every weekend"])
def test_a_reason_that_says_why_is_saved(typed: str) -> None:
    chat = sent_at("mapping", "safety_scale_why", typed)
    assert chat.draft.answers["safety_scale_why"] == typed


# --- "hello?", back hours later to the summary on the screen ------------------------------------


async def test_a_hello_under_the_summary_is_not_offered_as_an_answer(tmp_path: Path) -> None:
    """A social worker looked at her mapping's summary on her phone at lunchtime, halfway
    through the harm questions, and came back to it that evening with "hello?". She was
    shown the question, and under it "I haven't saved "hello?" yet", with a button to keep
    "hello?" as the answer to "The worst time". The question is shown again, and nothing is
    offered to keep; a line of words typed there is still held, one tap to keep it."""
    flow = FLOWS["mapping"]
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool(flow.title, "KB-7")
        for line in lines_up_to("mapping", "worst_harm"):
            await answer_in_telegram(world, flow, line)
        await world.command("summary")
        await world.say("hello?")
        assert "Describe the worst time" in world.texts()[-1]
        assert not any('"hello?"' in text for text in world.texts()[-3:])
        assert "Keep it as the answer to The worst time" not in world.question_buttons()
        await world.command("summary")
        await world.say("Dad hit mum in front of K on 3 Dec")
        assert "Keep it as the answer to The worst time" in world.question_buttons()


# --- /new with a tool named as it is said --------------------------------------------------------


async def test_new_with_the_tool_named_as_it_is_said_asks_for_the_label(tmp_path: Path) -> None:
    """A youth worker sent "/new contextual mapping", as her team calls the tool. The tool
    started at once, its case label "mapping", with no chance to give hers; and "/new group
    supervision" was told there was no such tool, though "group supervision" typed at the
    menu of tools opens it. Both now open their tool and ask for the case label; a label
    typed after the name is still taken as the label."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.command("new", "contextual mapping")
        assert "short case label" in world.texts()[-1]
        await world.say("DR-15")
        assert any('Started "DR-15": Mapping with contextual factors' in text
                   for text in world.texts()[-3:])
        await world.command("new", "group supervision KB-7")
        assert any('Started "KB-7": Group supervision preparation' in text
                   for text in world.texts()[-3:])
        await world.command("new", "mapping AB-1")
        assert any('Started "AB-1": Safety mapping' in text for text in world.texts()[-3:])


async def test_the_tool_named_as_it_is_said_under_the_menu_opens_it(tmp_path: Path) -> None:
    """Shown the menu of tools on her phone, she typed "contextual mapping" rather than
    tapping, and read "You have no draft open. None is saved either: /new starts one.", of
    the menu she had just been sent; "harm matrix" typed there opens its tool."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.command("new")
        await world.say("contextual mapping")
        assert "You have no draft open" not in world.texts()[-1]
        assert "short case label" in world.texts()[-1]
