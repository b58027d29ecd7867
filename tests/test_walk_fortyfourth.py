"""The forty-fourth walk: a tired social worker preparing for a child protection conference
on her phone, and the partners she asks to add to her mapping, through the real Application
(polling the local Bot API server, tests/botapi_server.py, or answering it in memory,
tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on the code as it
was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.engine_words import MSG
from flows.render import render_text
from flows.replies import Command, Nudge
from flows.summary import build_summary
from tests.telegram_world import bot_world
from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import FLOWS, sent_at
from tests.test_walk_thirtythird_b import HV, answers, link, mapping, opens, phone, read, team

__all__ = ["team"]  # the fixture

BOT_LINK = "https://t.me/sosbot_test_bot?start="


def email(code: str) -> str:
    """The social worker's e-mail to a partner, as a phone's mail app copies it whole."""
    return (f"Hi Pat,\n\nCould you add what health knows about FM before conference on "
            f"Tuesday? It only takes ten minutes: {BOT_LINK}{code}\n\nThanks,\nJS, social "
            f"worker")


# --- a partner's link pasted inside the e-mail it came in --------------------------------------


async def test_an_email_pasted_whole_with_the_link_opens_it(team: Bot) -> None:
    """The health visitor could not tap the link in the e-mail on her work phone, so she
    copied the whole e-mail into the chat. She was told the bot is only for practitioners on
    its list, as if no link were in it. The link in it opens her part, as the link alone
    pasted does."""
    bot = team
    await mapping(bot, "FM-3")
    health = await link(bot, "health")
    await bot.say(email(health), user=HV)
    assert "Practitioner has asked you to add what you know" in phone(bot, HV)[0]
    assert "Which kind of service are you answering for?" in read(bot, HV)


async def test_an_email_with_her_own_link_pasted_at_a_question_is_not_an_answer(
        team: Bot) -> None:
    """The social worker pasted the e-mail she had written to the health visitor into the
    chat, to check the link in it. It was saved as her answer to "Who has contributed to
    this picture?", so the summary for conference would have carried a working link to the
    family's mapping. It is read as the link, as the link alone pasted is."""
    bot = team
    await mapping(bot, "FM-3")
    health = await link(bot, "health")
    await bot.say(email(health))
    assert read(bot).startswith("That is the link for a partner to your own mapping")
    await bot.say("/summary FM-3")
    assert health not in read(bot)


async def test_an_answer_naming_the_bots_web_address_without_a_code_is_still_an_answer(
        team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-3")
    await bot.say("Mum, dad, school; the school found us at https://t.me/sosbot_test_bot")
    assert "Who has contributed to this picture?" not in read(bot)
    await bot.say("/summary FM-3")
    assert "the school found us" in read(bot)


# --- a number for the scale, with its reason, typed one question early ------------------------


NEXT_STEPS = "I will ring the hub today and tell mum by 4pm"
GOAL = ("Dad will put the baby down in her cot and leave the room when he feels angry, and "
        "will ring his brother, every time, for the next six months")


@pytest.mark.parametrize(("flow_id", "step_id", "answer"), [
    ("reflection", "needs_to_happen", NEXT_STEPS),
    ("supervision", "safety_goal", GOAL),
    ("success", "goal_first_step_3", NEXT_STEPS),
    ("contribution", "needs_to_happen", NEXT_STEPS)])
@pytest.mark.parametrize("typed", ["4, not lower because nan is around",
                                   "6 because mum rang us herself",
                                   "3/10: the injury is new"])
def test_a_scales_number_and_reason_typed_a_question_early_is_asked_about(
        flow_id: str, step_id: str, answer: str, typed: str) -> None:
    """Tired, she read ahead to the scale and typed "4, not lower because nan is around" at
    "What do you think needs to happen next, and by whom?". It was saved there: her
    summary's next steps read "4, not lower because nan is around", and the scale, asked
    next, had none. It is held now, and she is told it reads as the scale's, which comes
    next; her next steps, typed then, are saved, and the scale is asked."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "reads as a number on the scale" in nudge
    assert "the next question" in nudge
    chat.send(answer)
    assert chat.draft.answers[step_id] == answer
    assert FLOWS[flow_id].step(chat.asked).type == "scale"


def test_kept_it_stays_where_she_typed_it() -> None:
    chat = sent_at("reflection", "needs_to_happen", "4, not lower because nan is around")
    chat.send(Command("keep"))
    assert chat.draft.answers["needs_to_happen"] == "4, not lower because nan is around"


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "safety_scale_why", "3, not 2, because mum acted to protect T"),
    ("reflection", "what_happened", "3, a cut above her eye this morning"),
    ("reflection", "needs_to_happen", "2 things: I will call the hub today and tell mum"),
    ("reflection", "needs_to_happen", "999 called at 3pm: I will ring the hub after")])
def test_a_number_and_words_where_no_scale_comes_next_are_the_answer(
        flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == typed


# --- back from a meeting hours later -------------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "hi sorry got pulled into a strategy meeting, where was I?",
    "sorry, was called into a core group. where were we",
    "hi - got dragged into a home visit, where was i up to",
    "got pulled into a meeting, where was I"])
def test_back_from_a_meeting_she_was_pulled_into_she_is_shown_the_question(typed: str) -> None:
    """Called into a strategy meeting halfway through the harm questions, she came back
    that evening and typed "hi sorry got pulled into a strategy meeting, where was I?". It
    was taken as her answer to "When was the most recent time, and what happened?" and she
    was asked what happened at the strategy meeting, as if it were jargon in an answer. She
    is shown where she was now, as "hi sorry got called away, where was i" was."""
    chat = sent_at("mapping", "recent_harm", typed)
    assert chat.asked == "recent_harm"
    assert "recent_harm" not in chat.draft.answers
    assert chat.draft.pending is None
    assert MSG["where_you_were"] in chat.notices()


@pytest.mark.parametrize("typed", [
    "Dad got pulled into a meeting at work and left T alone in the car",
    "T was dragged into the car by R on Friday"])
def test_what_happened_with_pulled_into_is_still_the_answer(typed: str) -> None:
    chat = sent_at("mapping", "recent_harm", typed)
    assert chat.draft.answers["recent_harm"] == typed


# --- a strength typed at existing safety, and the safety typed after the reminder ---------------


def test_a_strength_held_at_existing_safety_goes_to_the_strengths_when_she_types_the_safety(
        ) -> None:
    """At "Has anyone already acted to keep the child safe?" she typed "Nan has T every
    Saturday and does her hair", and was told it sounds like a strength, which belongs on
    the map, and asked who stepped in when the danger was there. She typed that: "On 2 Nov
    mum rang the police herself ...". Both stood under existing safety, the strength too,
    which a practice lead sends back. The strength goes to the strengths now, and she is
    told so."""
    chat = sent_at("mapping", "existing_safety", "Nan has T every Saturday and does her hair")
    chat.send("On 2 Nov mum rang the police herself and took T to nanny's that night")
    assert chat.draft.answers["existing_safety"] == [
        "On 2 Nov mum rang the police herself and took T to nanny's that night"]
    assert chat.draft.answers["strengths"][-1] == "Nan has T every Saturday and does her hair"
    assert 'under "Strengths", as the strength it is' in " ".join(chat.notices())
    summary = render_text(build_summary(FLOWS["mapping"], chat.draft))
    strengths, safety = summary.index("Strengths"), summary.index("Safety already shown")
    assert strengths < summary.index("Nan has T every Saturday") < safety


def test_a_strength_kept_at_existing_safety_stays_there() -> None:
    chat = sent_at("mapping", "existing_safety", "Nan has T every Saturday and does her hair")
    chat.send(Command("keep"))
    assert chat.draft.answers["existing_safety"] == ["Nan has T every Saturday and does her hair"]


@pytest.mark.parametrize(("flow_id", "step_id"), [
    ("mapping", "grey_areas"), ("wellbeing", "next_steps"), ("contextual", "next_steps")])
def test_a_scales_number_typed_as_the_last_item_of_a_list_is_not_added(
        flow_id: str, step_id: str) -> None:
    """At "What don't we know yet, or what is disputed?", the last list before the scale,
    she typed her number and reason as if the list were done: "3, not 2, because mum has
    acted to protect T" was added as a grey area, and the scale came with none. She is told
    it reads as the scale's; Done ends the list without it, and the scale is asked."""
    chat = sent_at(flow_id, step_id, "The social worker will visit mum by fri 11 dec")
    chat.send("3, not 2, because mum has acted to protect T")
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "reads as a number on the scale" in nudge
    assert "Tap Done" in nudge
    chat.send(Command("done"))
    assert chat.draft.answers[step_id] == ["The social worker will visit mum by fri 11 dec"]
    assert 'I haven\'t added "3, not 2, because mum has acted to protect T"' \
        in " ".join(chat.notices())
    assert FLOWS[flow_id].step(chat.asked).type == "scale"


def test_an_item_with_a_number_in_a_list_before_a_scale_is_added() -> None:
    chat = sent_at("mapping", "grey_areas", "2 things we don't know: who has a key, and when")
    assert chat.draft.answers["grey_areas"] == [
        "2 things we don't know: who has a key, and when"]


async def test_on_her_phone_the_number_typed_early_is_given_at_the_scale(tmp_path: Path) -> None:
    """The same through the bot polling Telegram's stand-in: the school's DSL on her phone,
    the referral's summary as she copies it into the hub's form."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB-7")
        await world.tap("School or college")
        await world.answer('K had a cut above her eye and said "mum\'s boyfriend threw the '
                           'remote"')
        await world.tap("Yes, as far as I know")
        await world.tap("They know and agree")
        await world.answer("K's nan collects her most days and K talks warmly about her")
        await world.say("4, not lower because nan is around")
        assert "reads as a number on the scale" in world.texts()[-1]
        await world.say("I will call the hub today and tell mum by 4pm")
        assert "How safe is this child right now" in world.texts()[-1]
        await world.tap("4")
        await world.say("4, not lower because nan is around")
        await world.command("summary")
        summary = "\n".join(world.texts()[-2:])
        assert "Next, and by whom: I will call the hub today and tell mum by 4pm" in summary
        assert "How safe the child is: 4 of 10" in summary


# --- a number written as a word, typed a question late ------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id"), [
    ("three_houses", "share_who"), ("mapping", "network"), ("reflection", "what_happened")])
def test_a_number_written_as_a_word_alone_is_asked_about_as_a_number_is(
        flow_id: str, step_id: str) -> None:
    """Reading the child's age off her notes, she typed "seven" one question early, at "Who
    did the child say could see it?". It was saved there: the summary read "Who the child
    said could see it: seven", and every answer after went one question late. "7" there is
    asked about; "seven" is now too."""
    chat = sent_at(flow_id, step_id, "seven")
    assert step_id not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert '"seven" is only a number' in nudge


def test_the_childs_age_written_as_a_word_is_the_answer() -> None:
    chat = sent_at("three_houses", "child_age", "seven")
    assert chat.draft.answers["child_age"] == "seven"


# --- a partner's Send pressed twice -------------------------------------------------------------


async def sent_by_the_health_visitor(bot: Bot) -> None:
    """The health visitor opens FM-3's link, answers every question and taps "Send it to ..."."""
    await mapping(bot, "FM-3")
    health = await link(bot, "health")
    await opens(bot, health, HV)
    await answers(bot, HV, ("Health visitor", "FM came in to clinic with a burn on his hand",
                            "Mum brings him to every appointment",
                            "I will visit at home with the social worker by fri 11 dec", "4",
                            "/skip", "/skip"))
    await bot.tap("t:ps", user=HV)


async def test_send_pressed_twice_says_it_is_already_sent(team: Bot) -> None:
    """The health visitor tapped "Send it to ..." twice, as a slow phone invites. Under
    "Sent to Practitioner, thank you" came "Your contribution to "FM-3" has been sent, so
    it can't be changed here. If you have something new to add ... if the child may be at
    risk now, follow your own safeguarding procedures today", as if she had tried to change
    it. The second press says it is already sent, and nothing more is needed."""
    bot = team
    await sent_by_the_health_visitor(bot)
    await bot.tap("t:ps", user=HV)
    first, second = phone(bot, HV)[-2:]
    assert first.startswith("Sent to")
    assert second.startswith("That's already sent, thank you")
    assert "safeguarding procedures" not in second
    assert sum("has sent a contribution" in said for said in phone(bot)) == 1


async def test_send_typed_after_it_was_sent_says_it_is_locked(team: Bot) -> None:
    bot = team
    await sent_by_the_health_visitor(bot)
    await bot.say("I forgot: he also had a bruise", user=HV)
    assert "has been sent, so it can't be changed here" in read(bot, HV)


# --- the baby held, not a meeting held -----------------------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id"), [
    ("supervision", "goal_child"), ("mapping", "goal_child_1"), ("wellbeing", "goal_child_1")])
@pytest.mark.parametrize("typed", ["The baby will be held calmly",
                                   "She will be held and comforted when she cries"])
def test_a_child_held_calmly_is_not_asked_who_will_do_it_and_by_when(
        flow_id: str, step_id: str, typed: str) -> None:
    """At "What will the child experience when that is happening?" a social worker typed
    "The baby will be held calmly", as the question's own example ("M will be picked up
    gently and calmed when she cries") has it. She was told it "is a next step, but not yet
    who will do it and by when", read as a meeting "to be held". It is what the baby will
    experience, and is saved."""
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == typed


@pytest.mark.parametrize("typed", ["Strategy meeting to be held",
                                   "A core group will be held to review the plan"])
def test_a_meeting_to_be_held_by_nobody_is_still_asked_who_and_when(typed: str) -> None:
    chat = sent_at("reflection", "needs_to_happen", typed)
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "who will do it and by when" in nudge



# --- back the next morning to copy the finished summary -------------------------------------------


async def test_resume_after_finishing_says_where_the_finished_summary_is(tmp_path: Path) -> None:
    """Having finished her reflection, the DSL came back the next morning to copy the
    summary into the hub's form and sent /resume. She read "You have no unfinished drafts.
    /new starts one." and thought it gone. She is told it is kept, and how to see it."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB-7")
        await world.tap("School or college")
        await world.answer('K had a cut above her eye and said "mum\'s boyfriend threw the '
                           'remote"')
        await world.tap("Yes, as far as I know")
        await world.tap("They know and agree")
        await world.answer("K's nan collects her most days and K talks warmly about her")
        await world.answer("I will call the hub today and tell mum by 4pm")
        await world.tap("4")
        await world.answer("4, not lower because nan is around")
        await world.command("resume")
        said = world.texts()[-1]
        assert 'Finished and kept: "KB-7"' in said
        assert "/summary KB-7 shows its summary again" in said
        await world.command("summary", "KB-7")
        assert "Next, and by whom: I will call the hub today" in "\n".join(world.texts()[-3:])
