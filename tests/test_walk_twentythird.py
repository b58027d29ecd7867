"""The twenty-third walk: a newly qualified social worker, a school's designated safeguarding
lead contributing as a partner, a health visitor, a police officer, a team manager reviewing,
a worker dictating by voice, a worker pasting from case notes, a worker interrupted and back
hours later, a worker whose English is a second language and an experienced worker typing in
fragments. Each test failed on the code as it was."""

from __future__ import annotations

from html import unescape

import pytest
from builders import Answer, EngineChat
from cases import HARM_MATRIX

from bot.conversation import Conversation
from flows.flow import Flow
from flows.loader import load_flows
from flows.replies import Command, Nudge, Question
from storage.store import Store
from tests.test_telegram_handlers import PARTNER, USER, Bot, a_partner_on_a_mapping, bot, texts_to
from tests.test_tools import USER as CONSOLE_USER
from tests.test_tools import answer_all, start
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


@pytest.mark.parametrize("pointer", ["same as above", "As above.", "see above", "ditto"])
async def test_as_above_in_the_harm_matrix_reaches_the_mapping_as_the_words_it_pointed_to(
        store: Store, pointer: str) -> None:
    """A social worker in the Harm Matrix, asked for the worst it has been, wrote "same as
    above": the neighbour finding L in the street, just above. Her new mapping with the same
    case label printed "The worst time: same as above" under "Has harm happened: Yes", the
    line above it there."""
    flows: dict[str, Flow] = dict(FLOWS)
    chat = Conversation(store, flows)
    plan = dict(HARM_MATRIX) | {"harm_worst_1": Answer(pointer)}
    asked = await answer_all(chat, await start(chat, "harm_matrix", "LB-4"), plan)
    assert [r for r in asked if isinstance(r, Nudge)]  # asked about once (the 24th walk)
    await answer_all(chat, await chat.handle(CONSOLE_USER, Command("keep")), plan)
    await start(chat, "mapping", "LB-4")
    draft = await chat.active(CONSOLE_USER)
    assert draft is not None
    assert draft.answers["worst_harm"] == HARM_MATRIX["harm_impact_1"].inputs[0]


async def a_school_contribution_sent(bot: Bot) -> None:
    """The lead's mapping "TB-7", and the school's designated safeguarding lead's answers,
    sent."""
    await a_partner_on_a_mapping(bot)
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "School"), user=PARTNER)
    for typed in ("Designated safeguarding lead",
                  'T came in on Monday with no coat and hungry, said "mum was asleep"',
                  "He is always in school on time",
                  "The school will offer breakfast club every day from Monday",
                  "4 - he is fed at school but mornings are hard",
                  "I like it at breakfast club"):
        await bot.say(typed, user=PARTNER)
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"].startswith("Send it")), user=PARTNER)


async def test_the_partners_number_in_the_leads_review_is_not_called_your_number(
        bot: Bot) -> None:
    """A school's designated safeguarding lead sent her contribution with her number, 4. The
    social worker's /review listed it as "Your number: 4 of 10", as if the 4 were the social
    worker's own; the summary already called it the partner's number."""
    await a_school_contribution_sent(bot)
    await bot.say("/review")
    review = unescape(texts_to(bot, USER)[-1])
    assert "Your number" not in review
    assert "Partner's number</i>: 4 of 10" in review


def supervision_with_a_line_waiting() -> EngineChat:
    """A team manager in a hurry, at "what is working well": an answer the reminder holds
    ("SW"), then a line that may be meant for the next question."""
    chat = reach(FLOWS["supervision"], "working_well")
    chat.send("dad to do parenting course, SW visit wkly")
    chat.send("police, school, me")
    assert [r for r in chat.replies if isinstance(r, Nudge)]
    return chat


def test_done_after_the_reminder_loses_no_line_and_moves_on_once_she_chooses() -> None:
    """Asked where her second line went, a team manager typed /done. The bot said it had
    kept her answer, then "Nothing to finish here: just answer the question" and asked the
    same question again, so the next line she typed, meant for the next question, replaced
    the answer it had just said it kept. Later /done kept the answer and left the line out;
    now (tests/test_held_thirtyninth.py) /done is asked about first, and her choice places
    the line where she meant it."""
    chat = supervision_with_a_line_waiting()
    chat.command("done")
    assert not [n for n in chat.notices() if "Nothing to finish" in n]
    assert any("haven't acted on /done" in n for n in chat.notices())
    assert "working_well" not in chat.draft.answers
    chat.command("next")
    assert chat.draft.answers["working_well"] == "dad to do parenting course, SW visit wkly"
    assert "police, school, me" in chat.draft.answers.values()


def test_use_while_asked_where_a_line_goes_asks_that_again() -> None:
    """/use typed out of habit while the bot asked where a line went answered "There's no
    suggested wording" and showed the bare question, as if an answer could be typed; the
    next line was then refused until she chose."""
    chat = supervision_with_a_line_waiting()
    chat.command("accept")
    assert not [r for r in chat.replies if isinstance(r, Question)]
    (again,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert "police, school, me" in again.text


@pytest.mark.parametrize("strength", ["mum is loving mother, she cuddle him a lot",
                                      "dad is good father, he take her to school"])
def test_what_a_parent_did_written_without_the_s_is_still_something_seen(strength: str) -> None:
    """A social worker whose first language is not English wrote "mum is loving mother, she
    cuddle him a lot" and was told it "says what you make of things, but not yet what you
    saw": "she cuddles him" passed, "she cuddle him" was not read as anything done."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send(strength)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


@pytest.mark.parametrize("claim", ["mum is loving mother", "she is a good mum, he is calm"])
def test_a_parent_only_described_is_still_asked_what_was_seen(claim: str) -> None:
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send(claim)
    assert [r for r in chat.replies if isinstance(r, Nudge)]


@pytest.mark.parametrize("pasted", [
    "Case note 12.10.26: L told teacher dad hit her with a belt. Marks seen on both legs by "
    "school nurse at 2pm.",
    "12.10.26 - school nurse saw marks on both of L's legs at 2.30pm."])
def test_a_case_note_pasted_with_its_dotted_date_is_read_as_one_sentence(pasted: str) -> None:
    """A social worker pasted from her case notes "Case note 12.10.26: L told teacher dad hit
    her with a belt. ..." and was told '"Case note 12" says what the services did, but not yet
    what it meant for the child': the points of the date were read as the ends of
    sentences, and a piece of the date quoted back to her."""
    chat = reach(FLOWS["mapping"], "worst_harm")
    chat.send(pasted)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.draft.answers["worst_harm"] == pasted


@pytest.mark.parametrize(("step", "said"), [
    ("area_strengths", "the boxing club and nan's flat"),
    ("online_worries", "snapchat messages from unknown numbers at night"),
    ("online_worries", "calls from strangers after midnight")])
def test_a_youth_justice_workers_places_and_messages_are_not_asked_what_was_seen(
        step: str, said: str) -> None:
    """In a contextual mapping a youth justice worker named the safe places as "the boxing
    club and nan's flat" and was told it "says what you make of things" (nan's flat read as
    nan being flat); she wrote "snapchat messages from unknown numbers at night" and was told
    it "says what the services did"."""
    chat = reach(FLOWS["contextual"], step)
    chat.send(said)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


@pytest.mark.parametrize("claim", ["mum's flat and withdrawn", "mum is flat",
                                   "the social worker sent messages and an email"])
def test_a_parent_called_flat_or_the_services_messages_are_still_asked_about(
        claim: str) -> None:
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send(claim)
    assert [r for r in chat.replies if isinstance(r, Nudge)]


@pytest.mark.parametrize(("typed", "number"), [
    ("I'd give it a 3", 3), ("id give it a solid 3", 3), ("3 tbh", 3),
    ("I would go for 4", 4), ("honestly a 2", 2)])
def test_a_number_typed_as_people_say_it_is_the_number(typed: str, number: int) -> None:
    """An experienced worker in a hurry typed "I'd give it a 3" at the scale and was told to
    "send one whole number", with a hint that it might belong with her answer about what
    needs to happen next."""
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send(typed)
    assert chat.draft.answers["worry_scale"] == number
    assert chat.asked == "worry_scale_why"


def test_a_number_given_as_people_say_it_with_its_reason_keeps_both() -> None:
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send("I'd give it 3 because nan has them tonight")
    assert chat.draft.answers["worry_scale"] == 3
    assert chat.draft.answers["worry_scale_why"] == "because nan has them tonight"


@pytest.mark.parametrize("typed", ["a low 3", "a strong 4"])
def test_a_number_with_a_leaning_is_still_asked_for_one_number(typed: str) -> None:
    """Asked for one number, and not told the line might belong with the answer before: it
    holds the number, and is meant for the scale."""
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send(typed)
    assert "worry_scale" not in chat.draft.answers
    assert chat.asked == "worry_scale"
    assert not [n for n in chat.notices() if "/back" in n]


WHO_IS_WORRIED = [("mapping", "danger_who_1"), ("contextual", "danger_who_1"),
                  ("harm_matrix", "danger_who_1"), ("supervision", "danger_who"),
                  ("wellbeing", "worry_who_1")]


@pytest.mark.parametrize(("flow_id", "step_id"), WHO_IS_WORRIED)
@pytest.mark.parametrize("who", ["the school are worried", "The nursery is worried.",
                                 "school and police are both worried"])
def test_who_is_worried_answered_that_the_school_is_worried_is_not_asked_what_they_saw(
        flow_id: str, step_id: str, who: str) -> None:
    """A health visitor, asked "Who is worried?", wrote "the nursery is worried" and was
    asked "What have they seen or heard that worries them, and when?": a fair question of
    that sentence elsewhere, but here it is the answer to the question asked, and what they
    saw is the next question."""
    chat = reach(FLOWS[flow_id], step_id)
    chat.send(who)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.draft.answers[step_id] == who


@pytest.mark.parametrize("who", ["the SW and the HV are worried", "the school are concerned "
                                 "about his presentation"])
def test_who_is_worried_with_a_short_form_or_a_label_is_still_asked_about(who: str) -> None:
    chat = reach(FLOWS["mapping"], "danger_who_1")
    chat.send(who)
    assert [r for r in chat.replies if isinstance(r, Nudge)]


def harm_matrix_statement(likely: str) -> str:
    chat = reach(FLOWS["harm_matrix"], "harm_likely_1")
    chat.pick(likely)
    plan = {"harm_scale_1": "7", "harm_scale_why_1": "mum has not gone out since",
            "danger_who_1": "The nursery and the health visitor",
            "danger_impact_1": "L could be badly hurt"}
    while chat.asked != "danger_statement_1":
        chat.send(plan[chat.asked])
    suggestion = chat.question.suggestion
    assert suggestion is not None
    return suggestion


def test_a_harm_unlikely_to_happen_again_is_not_drafted_as_if_the_hurt_would_follow() -> None:
    """A social worker in the Harm Matrix said the harm was unlikely to happen again. The
    drafted danger statement read "If nothing changes, it is unlikely that it will happen
    again, and L could be badly hurt": as if the hurt followed from it not happening."""
    assert harm_matrix_statement("unlikely").endswith(
        "If nothing changes, it is unlikely that it will happen again, but if it does, L could "
        "be badly hurt.")
    assert "happen again, and L could be badly hurt." in harm_matrix_statement("likely")


async def test_a_partner_is_not_asked_afresh_for_the_service_the_lead_chose(bot: Bot) -> None:
    """A school's designated safeguarding lead opened the link the social worker had made
    "for School" and was first asked which kind of service she answered for, from nine
    buttons, as if nobody knew. The lead's choice is her current answer: Keep takes it."""
    await a_partner_on_a_mapping(bot)
    first = unescape(texts_to(bot, PARTNER)[-1])
    assert "Current answer: <i>School</i>" in first
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons() if b["text"] == "Keep"),
                  user=PARTNER)
    assert "What is your role there?" in texts_to(bot, PARTNER)[-1]


@pytest.mark.parametrize(("typed", "named"), [("this coming Tuesday at 10", "coming Tuesday"),
                                              ("next Thurs at 9 o'clock", "next Thurs")])
def test_a_meeting_named_only_from_today_is_asked_for_its_date(typed: str, named: str) -> None:
    """A worker in a hurry gave the meeting as "this coming Tuesday at 10": "at 10" was read
    as the tenth of a month, so the summary, read the week after, said only "this coming
    Tuesday"."""
    chat = reach(FLOWS["mapping"], "meeting_date")
    chat.send(typed)
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert f'"{named}" names a day from today' in nudge.text


@pytest.mark.parametrize("typed", ["Tuesday 8 Dec at 10", "at 10 on the 8th", "8/12 at 2pm",
                                   "Core group on 12 January"])
def test_a_meeting_with_its_date_is_not_asked_for_it(typed: str) -> None:
    chat = reach(FLOWS["mapping"], "meeting_date")
    chat.send(typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
