"""The twenty-eighth walk: a school's designated safeguarding lead answering a social worker's
partner link between lessons and coming back to it two hours later; a social worker's Harm
Matrix and Signs of Success for a conference tomorrow, edited, pasted into and exported; and a
health visitor's Signs of Wellbeing and contextual mapping for two children of one family,
with a supervisor, one draft left half-way and picked up the next day. Each test of a defect
failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import io
from collections.abc import Mapping

import pytest
from builders import EngineChat

from bot.console import Console
from bot.conversation import Conversation
from flows.engine_words import MSG
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Notice, Nudge
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import PARTNER, USER, Bot, a_partner_on_a_mapping, bot, texts_to
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


# --- the designated safeguarding lead at a partner's link ------------------------------------


@pytest.mark.parametrize("typed", [
    "hi sorry got called away, where was i",
    "Sorry, where was I?",
    "sorry got called away",
    "ok where were we",
    "Right, I'm back",
    "Hi, sorry about that",
    "sorry about the delay, where was I",
    "soz got distracted. where was i up to",
])
def test_a_hello_with_an_apology_on_coming_back_shows_the_question_again(typed: str) -> None:
    """A school's safeguarding lead, answering a social worker's partner link between
    lessons, was called away at "What is going well for this child". Two hours later she
    typed "hi sorry got called away, where was i". It was saved as her answer, and the
    social worker's summary read "What's working well? School, DSL: hi sorry got called
    away, where was i". A hello, "I'm back" or "where was I?" with an apology is shown the
    question again, as the same words without the apology were."""
    chat = reach(FLOWS["contribution"], "working_well")
    chat.send(typed)
    assert chat.asked == "working_well"
    assert "working_well" not in chat.draft.answers
    assert MSG["where_you_were"] in [r.text for r in chat.replies if isinstance(r, Notice)]


@pytest.mark.parametrize(("step_id", "typed"), [
    ("harm_accepted_detail_1", "sorry"),
    ("harm_accepted_detail_1", "Sorry about that"),
    ("danger_behaviour_1", "Dad got called away to work and left J alone"),
    ("harm_complicating_1", "Mum is back with dad"),
])
def test_an_apology_or_an_answer_about_being_away_is_still_an_answer(
        step_id: str, typed: str) -> None:
    """What a parent said ("sorry") or what happened ("got called away") is the answer."""
    chat = reach(FLOWS["harm_matrix"], step_id)
    chat.send(typed)
    assert chat.draft.answers.get(step_id) == typed


async def sent_as_a_partner(bot: Bot) -> None:
    """PARTNER answers the School link of USER's mapping "TB-7" and sends it."""
    await a_partner_on_a_mapping(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")), user=PARTNER)
    for said in ("designated safeguarding lead",
                 "On Monday J came in with bruises on the back of his legs",
                 "Nan collects J on Fridays and he is happy then",
                 "The school will give J breakfast club from Monday 7 December", "4",
                 "He comes to school every day", "I don't want to go home"):
        await bot.say(said, user=PARTNER)
    assert "Send your contribution" in texts_to(bot, PARTNER)[-1]
    await bot.tap("t:ps", user=PARTNER)
    assert "Sent to" in texts_to(bot, PARTNER)[-1]


async def test_a_partner_with_something_new_after_sending_is_told_how_to_pass_it_on(
        bot: Bot) -> None:
    """The safeguarding lead sent her part and then typed "actually can i add something? he
    told the TA on thurs dad hit him". The bot said only that it was sent and can't be
    changed, and that /delete withdraws it and erases it: a new disclosure, with nowhere to
    go but erasing everything she had sent. It now says to tell the colleague who sent the
    link directly, and to follow her own safeguarding procedures if the child may be at risk
    now."""
    await sent_as_a_partner(bot)
    await bot.say("actually can i add something? he told the TA on thurs dad hit him",
                  user=PARTNER)
    said = texts_to(bot, PARTNER)[-1]
    assert "can't be changed here" in said
    assert "tell the colleague who sent you the link" in said
    assert "safeguarding procedures" in said
    assert "dad hit him" not in "".join(texts_to(bot, USER))  # nothing passed on unseen


# --- the health visitor's group supervision preparation --------------------------------------


@pytest.mark.parametrize(("step_id", "reads"), [
    ("goal_how_long", "For how long will everyone need to see this before they are confident "
                      "it will last?"),
    ("danger_who", "Who is worried about what has happened? Roles or agencies, not names."),
])
def test_each_supervision_question_reads_on_its_own_on_a_phone(step_id: str, reads: str) -> None:
    """A health visitor preparing for group supervision between visits got, on her phone,
    "Question 15 of 19 · Danger statement / For how long?", the question before it scrolled
    away: for how long what? She typed "since March", how long it had been going on, and the
    safety goal drafted from it read "everyone will need to see this happening for since
    March." "Who is
    worried?" alone did not say about what, nor roles rather than names. Each now asks what
    the same question asks in the other tools."""
    chat = reach(FLOWS["supervision"], step_id)
    assert chat.question.ask == reads


def test_supervision_preparation_ends_in_plain_words_it_can_answer_now() -> None:
    """The last part of the preparation was headed "Appreciative close" and opened "After the
    group, take a moment for what went well": read before the group, it seemed to be for
    later, and both of its questions were skipped. It now says it can be answered now."""
    chat = reach(FLOWS["supervision"], "what_worked")
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice))
    assert "After the group" not in said
    assert "now" in said
    assert chat.question.section != "Appreciative close"


# --- the health visitor's Signs of Wellbeing, two children of one family ----------------------


@pytest.mark.parametrize("again", ["done", "Done.", "finished", "next", "that's all"])
def test_done_typed_again_after_a_list_is_not_saved_as_the_next_written_answer(
        again: str) -> None:
    """A health visitor ended the child's wishes with "done" and, the phone slow to show the
    next question, typed "done" again. It was saved as the answer to the next question, and
    the summary read "How the child's view was heard: done". It is now asked about once, as
    "ok" is; sent again, it is kept."""
    flow = FLOWS["wellbeing"]
    chat = reach(flow, "house_dreams")
    chat.send("a puppy")
    chat.send("done")
    assert chat.asked == "child_view_how"
    chat.send(again)
    assert "child_view_how" not in chat.draft.answers
    assert "doesn't answer" in first_nudge(chat)
    chat.send("At nursery with her key worker, using a feelings fan")
    assert chat.draft.answers["child_view_how"] == \
        "At nursery with her key worker, using a feelings fan"


@pytest.mark.parametrize("typed", ["same as A-3", "Same as for A (3).", "as per A (3)",
                                   "same as her brother", "see the other draft",
                                   "same as for the older one", "Same as A-3's mapping"])
def test_an_answer_pointing_to_another_childs_draft_is_asked_about(typed: str) -> None:
    """Starting a second Signs of Wellbeing for the baby of the same family, a health visitor
    answered "Who is in the family?" with "same as A-3", her draft for the older child. It
    was saved, and the baby's summary, read at her own meeting, said "Who is in the family:
    same as A-3", pointing at a draft nobody reading it has. It is asked about once, saying
    the other draft is not in this one's summary; sent again, it is kept."""
    asked_once_then_kept(FLOWS["wellbeing"], "family", typed, "another draft")


@pytest.mark.parametrize("typed", ["same as mum", "Mum (K), A (3) and B, same as at the last "
                                   "visit", "Nan, as her brother said"])
def test_an_answer_naming_someone_after_same_as_is_kept(typed: str) -> None:
    chat = reach(FLOWS["wellbeing"], "family")
    chat.send(typed)
    assert chat.draft.answers["family"] == typed


@pytest.mark.parametrize(("how_long", "reads"), [
    ("ongoing", "happening on an ongoing basis."),
    ("Ongoing - at least 6 months", "happening on an ongoing basis - at least 6 months."),
    ("permanently", "happening permanently."),
    ("indefinitely", "happening indefinitely."),
    ("always", "happening always."),
    ("forever", "happening forever."),
    ("by the time he is 18", "happening by the time he is 18."),
    ("at least until the summer", "happening at least until the summer."),
    ("long term", "happening for the long term."),
    ("six months", "happening for six months."),  # as before
    ("until the baby is one", "happening until the baby is one."),
])
def test_how_long_as_people_write_it_reads_in_the_drafted_goal(how_long: str, reads: str) -> None:
    """Asked for how long everyone needs to see the change before they are confident, a
    health visitor typed "ongoing". The wellbeing goal drafted for her ended "everyone will
    need to see this happening for ongoing.", to be pasted into a plan; "permanently",
    "indefinitely", "by the time he is 18" and "at least until the summer" read "for
    permanently", "for by the time...", "for at least until...". Each now reads as a
    sentence."""
    assert drafted_goal(how_long).endswith(f"everyone will need to see this {reads}")


def test_six_months_plus_is_not_asked_for_the_rest() -> None:
    """"6 months+" (six months or more, as notes write it) was told "Your answer stops at
    "6 months+", as if there is more to come"."""
    chat = reach(FLOWS["wellbeing"], "goal_how_long_1")
    chat.send("6 months+")
    assert not [r for r in chat.replies if isinstance(r, Nudge)], chat.replies
    assert chat.draft.answers["goal_how_long_1"] == "6 months+"


async def test_a_partner_coming_back_with_start_is_shown_the_question_they_were_on(
        bot: Bot) -> None:
    """Two hours after she was called away, the safeguarding lead opened the bot again and
    sent /start, as people do. She was told "With a partner's link you can answer this one
    contribution and nothing else. /review shows your answers, /back goes back, /resume asks
    the current question again...", and no question: she had to work out /resume. /start
    now shows the question she was on, as opening her link again does."""
    await a_partner_on_a_mapping(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")), user=PARTNER)
    await bot.say("designated safeguarding lead", user=PARTNER)
    said = len(texts_to(bot, PARTNER))
    await bot.say("/start", user=PARTNER)
    again = texts_to(bot, PARTNER)[said:]
    assert "Question 3 of 8" in again[-1], again
    assert "answers so far are saved" in again[0], again
    await bot.say("On Monday J came in with bruises on the back of his legs", user=PARTNER)
    assert "Question 4 of 8" in texts_to(bot, PARTNER)[-1]  # and the answer is taken


@pytest.mark.parametrize("typed", ["hv-a1", "HV-A1", "Continue HV-A1", "\"HV-A1\"", "hv-a"])
async def test_at_the_drafts_menu_a_case_label_typed_opens_that_draft(
        store: Store, flows: Mapping[str, Flow], typed: str) -> None:
    """The next morning the health visitor ran `sosbot chat` again, saw "1) Continue "HV-B1"
    ... 2) Continue "HV-A1" ..." and typed the older child's label, "hv-a1". She was told "I
    haven't saved "hv-a1" as an answer. Type the number of your choice, from 1 to 3, or its
    name": it was its name. A draft's label, in any casing, with "Continue" or quotes, or
    the start of it (as /resume takes it), now opens that draft."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())

    async def session(flow: str | None, *lines: str) -> str:
        out = io.StringIO()
        assert await Console(talk, out=out, read=typed_then_end(*lines)).run(flow) == 0
        return out.getvalue()

    await session("wellbeing", "HV-A1", "yes", "GP")
    await session("wellbeing", "HV-B1", "yes", "GP and nursery")
    shown = await session(None, typed)
    assert "haven't saved" not in shown
    assert 'Back to "HV-A1"' in shown


async def test_at_the_drafts_menu_a_label_that_starts_two_opens_neither(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    for label in ("HV-A1", "HV-B1"):
        await Console(talk, out=io.StringIO(), read=typed_then_end(label, "yes")).run("wellbeing")
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("hv")).run(None)
    assert "Type the number of your choice" in out.getvalue()


def first_nudge(chat: EngineChat) -> str:
    """The text of the first reminder the last message got (failing if it got none)."""
    nudges = [r for r in chat.replies if isinstance(r, Nudge)]
    assert nudges, chat.replies
    return nudges[0].text


def asked_once_then_kept(flow: Flow, step_id: str, typed: str, said: str) -> None:
    """`typed` at `step_id` is not saved but asked about once (the reminder saying `said`),
    and kept with the reminder's Keep."""
    chat = reach(flow, step_id)
    chat.send(typed)
    assert step_id not in chat.draft.answers
    assert said in first_nudge(chat)
    chat.command("keep")
    assert chat.draft.answers[step_id] == typed


def drafted_goal(how_long: str) -> str:
    """The wellbeing goal drafted once `how_long` answers for how long (any reminder kept)."""
    chat = reach(FLOWS["wellbeing"], "goal_how_long_1")
    chat.send(how_long)
    if any(isinstance(r, Nudge) for r in chat.replies):
        chat.command("keep")
    return chat.question.suggestion or ""
