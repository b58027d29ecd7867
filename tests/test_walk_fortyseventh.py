"""The forty-seventh walk: the partners a social worker asks to add to her mapping, answering
on their phones (the school's safeguarding lead, a health visitor, a police officer), the
team manager who invites a new colleague, and the tools walked end to end with interruptions,
through the real Application (in memory, and polling the local Bot API server of
tests/botapi_server.py) and a real `sosbot chat` process, on real SQLite files. Each test of
a defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram_world import STRANGER, bot_world, link_in

from flows.loader import load_flows
from flows.render import render_text
from flows.replies import Nudge
from flows.summary import build_summary
from tests.test_telegram_handlers import Bot
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import held_and_asked, sent_at
from tests.test_walk_thirtythird_b import DSL, HV, answers, link, mapping, opens, phone, read, team

__all__ = ["team"]  # the fixture

FLOWS = load_flows()


# --- "DSL" as a partner's role --------------------------------------------------------------


async def test_a_role_given_as_its_short_form_is_asked_to_be_written_out(team: Bot) -> None:
    """The school's safeguarding lead, asked by link to add to FM-3's mapping, gave her role
    as "DSL", as everyone in school says it. It was saved unasked, and the social worker's
    summary for conference headed the school's every line "School, DSL", which the family
    at the conference does not know. She is asked, once, to write it out; what she writes
    then is her role, and "DSL" sent again is kept."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, ("DSL",))
    asked = read(bot, DSL)
    assert 'You wrote "DSL"' in asked
    assert "the family and others at the meeting may not know the short form" in asked
    await answers(bot, DSL, ("Designated safeguarding lead",))
    assert "What have you seen or heard yourself" in read(bot, DSL)
    await bot.say("/summary", user=DSL)
    assert "Designated safeguarding lead" in "\n".join(phone(bot, DSL)[-3:])


@pytest.mark.parametrize(("typed", "full"), [
    ("HV", '"health visitor"'), ("SENCO", '"special educational needs co-ordinator"'),
    ("IRO", '"the independent reviewing officer"'), ("PCSO", "what it stands for")])
def test_other_short_forms_of_a_role_are_asked_to_be_written_out(typed: str, full: str) -> None:
    nudge = held_and_asked("contribution", "role", typed)
    assert nudge.startswith(f'You wrote "{typed}".')
    assert full in nudge


@pytest.mark.parametrize("typed", ["Designated safeguarding lead", "School nurse",
                                   "Head of Year 9 and pastoral lead for key stage three",
                                   "Neighbourhood officer"])
def test_a_role_written_out_is_saved(typed: str) -> None:
    chat = sent_at("contribution", "role", typed)
    assert chat.draft.answers["role"] == typed


def test_a_short_form_kept_once_asked_is_saved() -> None:
    chat = sent_at("contribution", "role", "DSL")
    chat.command("keep")
    assert chat.draft.answers["role"] == "DSL"


# --- a partner's whole account typed at the role question -----------------------------------


ACCOUNT = "FM came in hungry three days last week and said mum was asleep"


async def test_an_account_typed_at_the_role_is_kept_for_the_question_that_asks_it(
        team: Bot) -> None:
    """The health visitor, opening the link between visits, typed what she had seen at the
    first box she was given: "FM came in hungry three days last week and said mum was
    asleep", at "What is your role there?". It was saved as her role, and headed her every
    answer in the social worker's summary; the next question then asked her for what she
    had seen, empty. She is told it reads as what she has seen, and one tap keeps it for
    that question, where it waits for her; her role is asked again."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "health"), HV)
    await answers(bot, HV, (ACCOUNT,))
    note = read(bot, HV)
    assert "reads like what you have seen or heard" in note
    assert '"Worries"' in note
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":accept")), user=HV)
    shown = "\n".join(phone(bot, HV)[-2:])
    assert 'kept it for "Worries"' in shown
    assert "What is your role there?" in read(bot, HV)
    await answers(bot, HV, ("Health visitor",))
    asked = read(bot, HV)
    assert "What have you seen or heard yourself" in asked
    assert ACCOUNT in asked  # there, to keep or change
    await bot.say("/skip", user=HV)
    assert "What is going well" in read(bot, HV)
    await bot.say("/review", user=HV)
    review = "\n".join(phone(bot, HV)[-2:])
    assert "Health visitor" in review
    assert ACCOUNT in review


def test_an_account_over_the_roles_limit_is_offered_to_its_question() -> None:
    """Over the role's 80 characters, the account was refused with "could you cut it down
    to the main points": she was told to shorten what she had seen to fit her role."""
    typed = ("I am FM's class teacher. FM came in hungry three days last week and said mum was "
             "asleep when she left, and she has had the same clothes on all week.")
    chat = sent_at("contribution", "role", typed)
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "cut it down" not in " ".join(chat.notices())
    assert '"Worries"' in nudge
    chat.command("accept")
    assert chat.draft.answers["worries"] == typed
    assert "role" not in chat.draft.answers
    chat.command("keep")  # nothing held now: the role is still asked
    assert chat.asked == "role"


def test_the_role_typed_under_the_offer_keeps_both() -> None:
    """Typing her role instead of tapping: her role saved, her account kept for its
    question, nothing she typed lost."""
    chat = sent_at("contribution", "role", ACCOUNT)
    chat.send("Class teacher")
    assert chat.draft.answers["role"] == "Class teacher"
    assert chat.draft.answers["worries"] == ACCOUNT
    assert 'kept it for "Worries"' in " ".join(chat.notices())


def test_a_name_in_an_account_at_the_role_is_asked_about_first() -> None:
    """Put under its question, a full name in the account would have gone unasked."""
    chat = sent_at("contribution", "role", "Kayleigh Brown " + ACCOUNT.removeprefix("FM "))
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert '"Kayleigh Brown"' in nudge
    chat.send(ACCOUNT)
    (nudge,) = [r.text for r in chat.replies[-1:] if isinstance(r, Nudge)]
    assert '"Worries"' in nudge


def test_an_account_kept_as_the_role_is_saved_once_asked() -> None:
    chat = sent_at("contribution", "role", ACCOUNT)
    chat.command("keep")
    assert chat.draft.answers["role"] == ACCOUNT
    assert "worries" not in chat.draft.answers


# --- one heading, not two, in the partner's summary ------------------------------------------


async def test_the_partners_summary_says_each_heading_once(team: Bot) -> None:
    """The safeguarding lead, before sending her part, looked at her /summary on her phone:
    "What's working well?" and under it "What is working well", "What are we worried
    about?" and under it "Worries", each heading said twice over before her one answer."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, ("Designated safeguarding lead",
                             "FM came in hungry on 1, 2 and 3 Dec and ate two breakfasts",
                             "Nan walks FM to school every day and stays to talk to staff"))
    await bot.say("/summary", user=DSL)
    summary = next(m for m in reversed(phone(bot, DSL)) if "What's working well?" in m)
    assert "What is working well\n" not in summary
    assert "Worries\n" not in summary
    assert "Nan walks FM to school" in summary


def test_the_wellbeing_summary_says_working_well_once() -> None:
    """Signs of Wellbeing's summary put "Working well" under "What's working well?" (with
    the child's view first, it still heads what is working well apart from it)."""
    flow = FLOWS["wellbeing"]
    chat = reach(flow, "strengths")
    chat.send("Nan has T every Saturday and takes her swimming")
    for unasked in ("house_worries", "house_good", "house_dreams", "child_view_how"):
        del chat.draft.answers[unasked]  # (the child not yet seen)
    text = render_text(build_summary(flow, chat.draft))
    assert "WHAT'S WORKING WELL?\n  What is working well:" in text
    assert "Nan has T every Saturday" in text


# --- the team manager, told when a colleague joins ---------------------------------------------


async def test_the_manager_is_told_when_a_colleague_joins_by_her_link(tmp_path: Path) -> None:
    """A team manager sent invite links to three new starters on Monday and could not tell
    who had joined without opening /members each time. She is told, in a line, when one
    joins by her link: their name, nothing of any case."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.command("start")
        await world.command("invite")
        await world.tap("A colleague")
        await world.open_link(STRANGER, link_in(world.texts()[-1]), first_name="Sam")
        told = world.texts()[-1]
        assert "Sam has just joined the team" in told
        assert "/members" in told


# --- wording at a partner's worries ---------------------------------------------------------


@pytest.mark.parametrize("typed", ["Mum is in agreement with the concerns",
                                   "Dad accepts the concerns", "Mum agrees with the concerns"])
def test_agreeing_with_the_concerns_is_one_question(typed: str) -> None:
    """A police officer wrote "Mum is in agreement with the concerns" and was asked two
    questions in one message, one of "is in agreement" and one of "concerns"."""
    nudge = held_and_asked("contribution", "worries", typed)
    assert "•" not in nudge
    assert nudge.count("?") <= 2
    assert "Which worries do they agree with, and what did they say about them" in nudge


@pytest.mark.parametrize("typed", ["when things get heated", "Dad shouts when things get heated",
                                   "things can get heated between mum and dad"])
def test_when_things_get_heated_is_asked_what_happened(typed: str) -> None:
    nudge = held_and_asked("contribution", "worries", typed)
    assert "What did each person say and do" in nudge


# --- a partner's slip of a command ----------------------------------------------------------


async def test_a_partners_mistyped_command_is_offered_the_one_she_meant(team: Bot) -> None:
    """The health visitor, halfway through on her phone, typed "/sumary" to see what she
    had written so far, and read "With a partner's link you can answer this one
    contribution and nothing else": she took it that her summary was not hers to see. She
    is asked whether she meant /summary, as a social worker is; a command not hers to use
    is still refused so."""
    bot = team
    await mapping(bot, "KB-2")
    await opens(bot, await link(bot, "health"), HV)
    await answers(bot, HV, ("Health visitor", "/sumary"))
    assert read(bot, HV) == "I don't know that command. Did you mean /summary?"
    await answers(bot, HV, ("/new",))
    assert read(bot, HV).startswith("With a partner's link you can answer this one")


# --- the next question's answer, typed past a note about a short form ---------------------------


def test_the_next_answer_typed_past_a_note_about_a_short_form_is_asked_about() -> None:
    """A family support worker starting Signs of Wellbeing on her phone answered who the
    family agreed to share with, "Mum, school and the HV", was asked to write out "HV",
    looked at /summary, and typed on the family as the next question asks it: "Mum (A), JM
    (7), baby (4 months)". It took her first answer's place with no word, and the family's
    question came next, empty. She is asked which it is, nothing lost."""
    chat = sent_at("wellbeing", "consent_who", "Mum, school and the HV")
    chat.command("summary")
    chat.send("Mum (A), JM (7), baby (4 months)")
    assert "consent_who" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies[-1:] if isinstance(r, Nudge)]
    assert "or is it for the next question?" in nudge
    chat.command("next")
    assert chat.draft.answers["consent_who"] == "Mum, school and the HV"
    assert chat.draft.answers["family"] == "Mum (A), JM (7), baby (4 months)"


@pytest.mark.parametrize("typed", ["Mum, school and the health visitor",
                                   "Mum, school and health visitor (HV)", "Mum and school"])
def test_the_answer_written_again_past_the_note_takes_its_place(typed: str) -> None:
    chat = sent_at("wellbeing", "consent_who", "Mum, school and the HV")
    chat.send(typed)
    assert chat.draft.answers["consent_who"] == typed


# --- "sorry", and "back" after a look at the summary -------------------------------------------


@pytest.mark.parametrize("typed", ["sorry", "Sorry!", "oops", "my bad"])
def test_sorry_alone_is_not_saved_as_an_answer(typed: str) -> None:
    """A social worker, after an /edit on her phone, typed "sorry" to the bot at "Whose
    information is in here?", and her Harm Matrix's record read "Who contributed: sorry".
    It is asked about once, as "ok" is."""
    nudge = held_and_asked("harm_matrix", "network", typed)
    assert "on its own doesn't answer" in nudge


async def test_back_typed_under_the_summary_is_not_offered_as_an_answer(
        tmp_path: Path) -> None:
    """She looked at her Harm Matrix's summary halfway through and typed "back" to return
    to the questions. She was told "I haven't saved "back" yet", with a button to keep
    "back" as the answer to the question; and /resume showed the same offer again. The
    question is shown again, and nothing is offered to keep."""
    flow = FLOWS["harm_matrix"]
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool(flow.title, "KB-7")
        for line in ("LM, social worker", "/skip",
                     "Dad hit mum in front of K on 3 Dec; K hid under the table"):
            await world.say(line)
        asked = world.texts()[-1]
        await world.command("summary")
        await world.say("back")
        assert world.texts()[-1] == asked
        assert not any('"back"' in text for text in world.texts()[-3:])
        assert not any(label.startswith("Keep it as the answer")
                       for label in world.question_buttons())
