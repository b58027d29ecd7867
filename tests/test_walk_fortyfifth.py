"""The forty-fifth walk: a social worker preparing for a child protection conference on her
phone and at her desk's terminal, interrupted and back hours later, and the partners she asks
to add to her mapping, through the real Application polling the local Bot API server
(tests/botapi_server.py) and a real `sosbot chat` process, on real SQLite files. Each test of
a defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import Typed, typed_script
from in_process import sosbot_here
from telegram_world import bot_world
from test_walks import answer_in_telegram
from walks import WALKS

from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Nudge
from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import HV, answers, link, mapping, opens, phone, read, team
from tests.test_walks_fortysecond_team import mapping_finished

__all__ = ["team"]  # the fixture

FLOWS = load_flows()


def lines_up_to(flow_id: str, step_id: str) -> list[Typed]:
    """What she types to reach `step_id`: the walk's own answers where the tool has a walk
    (tests/walks.py), a sensible answer to every question otherwise."""
    walk = next((w for w in WALKS.values() if w.flow_id == flow_id and not w.after), None)
    script = typed_script(FLOWS[flow_id], dict(walk.plan) if walk else None, nudger=nudger())
    return script[:next(n for n, t in enumerate(script) if t.step_id == step_id)]


def at_the_terminal(db: Path, flow_id: str, step_id: str, typed: str) -> str:
    """`sosbot chat` on a new draft of the tool, answered to `step_id`, with `typed` there:
    what the terminal showed."""
    # (a reminder is kept as it is when answers are piped in: no /keep is typed to it)
    lines = ["KB-7", *(t.line for t in lines_up_to(flow_id, step_id)
                       if t.step_id or t.line != "/keep"), typed]
    done = sosbot_here("chat", "--db", str(db), "--flow", flow_id,
                       input="".join(f"{line}\n" for line in lines))
    return done.stdout


async def on_her_phone(db: Path, flow_id: str, step_id: str, typed: str) -> str:
    """The bot polling the local Bot API server: a new draft of the tool, answered to
    `step_id`, `typed` there; the bot's last message."""
    flow = FLOWS[flow_id]
    async with bot_world(db) as world:
        await world.open_tool(flow.title, "KB-7")
        for line in lines_up_to(flow_id, step_id):
            await answer_in_telegram(world, flow, line)
        await world.say(typed)
        return world.texts()[-1]


# --- the Signs of Success question's own example ------------------------------------------------


GOAL_SUPPORT_EXAMPLE = ("Her personal adviser will help her bid for flats; her carer will "
                        "teach her to cook five meals before she moves.")


def test_who_will_help_answered_as_its_own_example_is_saved(tmp_path: Path) -> None:
    """Preparing a care leaver's review, a social worker answered "Who will help with this,
    and how?" much as Help's example has it: "Her personal adviser will help her bid for
    flats; her carer will teach ...". She was told "Her personal adviser will help her bid
    for flats" is a next step, but not yet what will be done and by when. Helping her bid
    for flats is what the help is; the answer is saved, and the next question asked."""
    shown = at_the_terminal(tmp_path / "chat.db", "success", "goal_support_1",
                            GOAL_SUPPORT_EXAMPLE)
    said = shown[shown.rindex("Who will help with this, and how?"):]
    assert "is a next step, but not yet" not in said
    assert "What is the first small step" in said


@pytest.mark.parametrize("typed", ["Her personal adviser will support her with housing",
                                   "Carers to help her with this"])
def test_help_named_only_as_help_is_still_asked_what_and_by_when(typed: str) -> None:
    chat = sent_at("success", "goal_support_1", typed)
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "What exactly will they do, and by when?" in nudge


# --- how long the harm has gone on, said as "for years" ------------------------------------------


async def test_how_long_the_harm_has_gone_on_is_asked_since_when(tmp_path: Path) -> None:
    """At the Harm Matrix's "How long has this been going on, and when did anyone first know
    about it?" a health visitor typed "for years". She was told it "says it will go on, but
    not yet for how long", and asked for "a period or up to a time everyone knows (three
    months, until the end of the school year)": a question about a goal to come, of harm that
    has already happened. She is asked since when, and who first knew."""
    said = await on_her_phone(tmp_path / "bot.db", "harm_matrix", "harm_history_1",
                              "for years")
    assert "says it will go on" not in said
    assert "until the end of the school year" not in said
    assert "since when" in said


@pytest.mark.parametrize(("step_id", "typed"), [("harm_history_1", "years and years"),
                                                 ("harm_history_1", "a long time")])
def test_other_spans_of_the_past_are_asked_since_when(step_id: str, typed: str) -> None:
    chat = sent_at("harm_matrix", step_id, typed)
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "since when" in nudge
    assert "will go on" not in nudge


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "goal_how_long_1", "years"), ("wellbeing", "goal_how_long_1", "months"),
    ("harm_matrix", "harm_history_1", "for the foreseeable future")])
def test_how_long_a_goal_must_hold_is_still_asked_as_a_period_to_come(
        flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "not yet for how long" in nudge


# --- /back and /edit under /resume's list at the terminal ----------------------------------------


TWO_DRAFTS = ["/new", "1", "KB-7", "1", "/new", "2", "AB-1", "1"]


def test_back_under_the_list_of_drafts_goes_back_in_the_draft_that_was_open(
        tmp_path: Path) -> None:
    """At her desk, halfway into the school's referral for AB-1 in `sosbot chat`, a social
    worker typed /resume to look at her other drafts, then /back to fix the answer she had
    just given. She read "Nothing is open yet, so /back has nothing to act on", of the draft
    she had been answering a moment before (and /edit 1 said the same). The list is left,
    and /back (or /edit) acts on the draft that was open, as in Telegram."""
    lines = [*TWO_DRAFTS, "/resume", "/back", "/resume", "/edit 1"]
    done = sosbot_here("chat", "--db", str(tmp_path / "chat.db"),
                       input="".join(f"{line}\n" for line in lines))
    shown = done.stdout[done.stdout.index("You have unfinished drafts"):]
    assert "Nothing is open yet" not in shown
    assert shown.count("[Question 1 of 8 · About you · AB-1]") == 2
    assert shown.count("Current answer: School or college") == 2
    assert done.returncode == 0, done.stderr


def test_back_at_the_list_a_new_sitting_opens_with_is_still_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "chat.db")
    sosbot_here("chat", "--db", db, input="".join(f"{line}\n" for line in TWO_DRAFTS))
    done = sosbot_here("chat", "--db", db, input="/back\n")
    assert "Nothing is open yet, so /back has nothing to act on" in done.stdout


# --- /invite for a mapping she has finished -------------------------------------------------------


FINISHED = '"KB-7" is finished, so no partner link has been made'


@pytest.mark.parametrize("other_open", [False, True])
async def test_invite_for_a_finished_mapping_says_it_is_finished_not_to_open_it(
        team: Bot, other_open: bool) -> None:
    """She finished KB-7's mapping on Friday; on Monday the health visitor rang with news,
    and she sent "/invite KB-7" (AB-1's referral open, or KB-7 itself). She read that KB-7
    "isn't the mapping open now" and to send /resume KB-7, then /invite: /resume showed the
    finished summary, and /invite offered no partner at all. She is told it is finished,
    that partners' links are for a mapping still being written, and how to add what the
    partner tells her."""
    bot = team
    await mapping(bot, "KB-7")
    mapping_finished(bot)
    if other_open:
        for said in ("/new reflection", "AB-1"):
            await bot.say(said)
    await bot.say("/invite KB-7")
    said = read(bot)
    assert said.startswith(FINISHED)
    assert "/resume KB-7" not in said
    assert "/review KB-7" in said


async def test_invite_with_the_finished_mapping_open_says_it_is_finished(team: Bot) -> None:
    bot = team
    await mapping(bot, "KB-7")
    mapping_finished(bot)
    await bot.say("/resume KB-7")
    await bot.say("/invite")
    assert any(text.startswith(FINISHED) for text in phone(bot)[-2:])


async def test_invite_for_a_mapping_under_way_and_not_open_still_says_to_open_it(
        team: Bot) -> None:
    bot = team
    await mapping(bot, "KB-7")
    for said in ("/new reflection", "AB-1", "/invite KB-7"):
        await bot.say(said)
    assert read(bot).startswith('"KB-7" isn\'t the mapping open now')
    assert "Send /resume KB-7 to open it" in read(bot)


# --- the partner's own summary, pasted into her own records -------------------------------------


async def test_the_partners_own_summary_says_which_service_it_is_from(team: Bot) -> None:
    """The health visitor, before sending her part for FM-3, sent /summary to paste it into
    the child's health record. It began "Partner's contribution: FM-3" and went straight to
    the worries: nothing in it said it came from health, or in what role, though the social
    worker's copy heads each of her lines "Health visitor". Her service and role now stand at
    the top, as a mapping's record does."""
    bot = team
    await mapping(bot, "FM-3")
    health = await link(bot, "health")
    await opens(bot, health, HV)
    await answers(bot, HV, ("Health visitor", "FM came in to clinic with a burn on his hand",
                            "Mum brings him to every appointment",
                            "I will visit at home with the social worker by fri 11 dec", "4",
                            "/skip", "/skip", "/summary"))
    summary = next(text for text in reversed(phone(bot, HV))
                   if text.startswith("Partner's contribution: FM-3"))
    top = summary[:summary.index("What are we worried about?")]
    assert "Service: Health" in top
    assert "Role: Health visitor" in top
    await bot.tap("t:ps", user=HV)
    await bot.say("/summary FM-3")
    lead = "\n".join(phone(bot)[-3:])
    assert "Role: Health visitor" not in lead
    assert "Service: Health" not in lead
    assert "Partners who sent their part: Health visitor" in lead


# --- a note that a voice note will follow ---------------------------------------------------------


VOICE_NOTES = ["sorry cant type now will send a voice note later",
               "Can't type right now, will send you a voice note",
               "sorry, on my phone - voice note to follow",
               "I'll do it as a voice message tonight"]


async def test_a_voice_note_promised_is_not_saved_as_what_happened(tmp_path: Path) -> None:
    """A school's safeguarding lead, on the playground with her phone, typed "sorry cant type
    now will send a voice note later" at "What have you seen, heard or been told that
    worries you about this child?". It was saved as the answer, and her referral's summary
    read "What happened: sorry cant type now will send a voice note later". It is kept
    back, as "sorry lunch duty" is, and the question waits for her."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB-7")
        await world.tap("School or college")
        await world.say(VOICE_NOTES[0])
        said = "\n".join(world.texts()[-2:])
        assert "reads as a note that you have to stop for now" in said
        assert "What have you seen, heard or been told" in world.texts()[-1]
        await world.command("summary")
        assert "voice note" not in "\n".join(world.texts()[-2:])


@pytest.mark.parametrize("typed", VOICE_NOTES[1:])
def test_other_ways_of_promising_a_voice_note_are_kept_back(typed: str) -> None:
    chat = sent_at("mapping", "worst_harm", typed)
    assert "worst_harm" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "worst_harm", "Mum sent me a voice note at 2am saying dad had hit her"),
    ("mapping", "harm_impact", "T can't type or write her name yet at 7"),
    ("three_houses", "house_worries", "I can't type on the ipad")])
def test_a_voice_note_or_typing_in_what_happened_is_still_the_answer(
        flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers.get(step_id) in (typed, [typed])


# --- "As discussed on the phone", in a partner's part -------------------------------------------


async def test_as_discussed_on_the_phone_is_asked_to_be_written_out(team: Bot) -> None:
    """The health visitor had rung the social worker about FM the day before, and answered
    "What worries you about this child?" with "As discussed on the phone". It was saved, and
    the social worker's summary for conference read "Health visitor: As discussed on the
    phone", which nobody at the conference heard. She is asked to write it out, as "see
    above" is; what she writes then is her part."""
    bot = team
    await mapping(bot, "FM-3")
    health = await link(bot, "health")
    await opens(bot, health, HV)
    await answers(bot, HV, ("Health visitor", "As discussed on the phone"))
    assert "points to something said or written elsewhere" in read(bot, HV)
    await answers(bot, HV, ("FM came in to clinic with a burn on his hand",
                            "Mum brings him to every appointment",
                            "I will visit at home with the social worker by fri 11 dec", "4",
                            "/skip", "/skip"))
    await bot.tap("t:ps", user=HV)
    await bot.say("/summary FM-3")
    lead = "\n".join(phone(bot)[-3:])
    assert "As discussed" not in lead
    assert "FM came in to clinic with a burn on his hand" in lead


@pytest.mark.parametrize("typed", ["as per my email", "See referral.", "as discussed",
                                   "As previously discussed with you",
                                   "see my email of 3/12", "As per our conversation today"])
def test_other_pointers_to_a_call_or_an_email_are_asked_about(typed: str) -> None:
    chat = sent_at("mapping", "worst_harm", typed)
    assert "worst_harm" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "points to something said or written elsewhere" in nudge


@pytest.mark.parametrize("typed", [
    "As discussed with mum, she will take T to nan's if dad comes round",
    "Dad said in an email to school that he would take T away"])
def test_an_answer_that_says_what_was_discussed_is_saved(typed: str) -> None:
    chat = sent_at("mapping", "worst_harm", typed)
    assert chat.draft.answers["worst_harm"] == typed


# --- how the number has moved, "was 3 last review" ------------------------------------------------


def test_the_number_at_the_last_review_is_not_read_as_the_services_work(tmp_path: Path) -> None:
    """Preparing for group supervision at her desk, a social worker answered "Has the number
    changed since the case was last looked at?" with "was 3 last review". She was told it
    "says what the services did, but not yet what it meant for the child", as if the
    services had reviewed something: "It was 3 at the last review" was let through. The
    review named as when the number was is saved, with or without "at the"."""
    shown = at_the_terminal(tmp_path / "chat.db", "supervision", "scale_moved",
                            "was 3 last review")
    said = shown[shown.rindex("Has the number changed since"):]
    assert "says what the services did" not in said
    assert "What have you done with this family that worked?" in said


@pytest.mark.parametrize(("step_id", "typed"), [
    ("my_scale_why", "was 3 last review, mum has stopped drinking since"),
    ("scale_moved", "3 previous review, 4 now"),
    ("scale_moved", "it was 2 the last review")])
def test_a_number_at_a_review_said_other_ways_is_saved(step_id: str, typed: str) -> None:
    chat = sent_at("supervision", step_id, typed)
    assert chat.draft.answers[step_id] == typed


def test_a_review_held_and_nothing_for_the_child_is_still_asked() -> None:
    chat = sent_at("supervision", "scale_moved", "Discussed at the last review")
    assert "scale_moved" not in chat.draft.answers


# --- "Sent from my iPhone", pasted with what happened ---------------------------------------------


PASTED = ("K came in with a bruise on her cheek and said mum's boyfriend did it.\n\n"
          "Sent from my iPhone")


async def test_a_phones_sent_from_line_pasted_is_asked_about(tmp_path: Path) -> None:
    """A school's safeguarding lead copied what she had e-mailed herself from the playground
    into the referral's first question, and the e-mail's last line came with it: her
    summary, pasted into the hub's form, read "... said mum's boyfriend did it. Sent from
    my iPhone". She is asked to send it again without that line."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB-7")
        await world.tap("School or college")
        await world.say(PASTED)
        assert '"Sent from my iPhone"' in world.texts()[-1]
        await world.say(PASTED.split("\n")[0])
        await world.command("summary")
        summary = "\n".join(world.texts()[-2:])
        assert "Sent from my" not in summary
        assert "said mum's boyfriend did it" in summary


@pytest.mark.parametrize("typed", [
    "Dad sent from my phone number a message to T", "T said \"sent from my iPhone\" was on it"])
def test_sent_from_inside_a_line_is_not_asked_about(typed: str) -> None:
    chat = sent_at("reflection", "what_happened", typed)
    assert chat.draft.answers["what_happened"] == typed
