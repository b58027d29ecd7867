"""The forty-eighth walk: the tools as practitioners use them on a phone. Partners answering
by link (a school's safeguarding lead typing a short account at the first box she is given),
a newcomer trying the tools at the terminal with `sosbot chat`, social workers interrupted
mid-flow and coming back hours later, and the slips of a thumb (mistyped commands, stickers,
photos, voice notes, edited messages, double taps, an old question's button), through the real
Application (in memory, and polling the local Bot API server of tests/botapi_server.py) and a
real `sosbot chat` process, on real SQLite files. Each test of a defect failed on the code as
it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram_world import PRACTITIONER, bot_world

from flows.replies import Nudge
from tests.test_console import chat, chat_child
from tests.test_review_language_thirtyeighth import asked_s
from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import DSL, answers, link, mapping, opens, phone, read, team

__all__ = ["team"]  # the fixture


# --- a short account typed at a partner's role ------------------------------------------------


async def test_a_short_account_typed_at_the_role_is_offered_to_its_question(team: Bot) -> None:
    """The school's safeguarding lead opened the link at the school gate and typed what she
    had just seen, "mum shouted at him at pick up", at "What is your role there?". It was
    saved as her role (only accounts of more than eight words were recognised), and the
    social worker's summary headed the school's every line "School, mum shouted at him at
    pick up". She is told it reads as what she has seen, and it is kept for "Worries"."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, ("mum shouted at him at pick up",))
    note = read(bot, DSL)
    assert "reads like what you have seen or heard" in note
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":accept")), user=DSL)
    assert 'kept it for "Worries"' in "\n".join(phone(bot, DSL)[-2:])
    await answers(bot, DSL, ("Designated safeguarding lead",))
    assert "mum shouted at him at pick up" in read(bot, DSL)


@pytest.mark.parametrize("typed", ["FM came in hungry today", "mum shouted at him at pick up",
                                   "He was late again today", "Dad hit her with a belt",
                                   "She said mum was asleep again"])
def test_short_accounts_at_the_role_are_offered_to_their_question(typed: str) -> None:
    chat = sent_at("contribution", "role", typed)
    assert "role" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert '"Worries"' in nudge


@pytest.mark.parametrize("typed", ["school nurse for the Northside cluster", "Class teacher for FM",
                                   "Family support worker for mum and dad", "Teacher",
                                   "Her class teacher", "Head of Year 9", "Mum's support worker",
                                   "Youth worker at the Friday club", "Reception teacher this year",
                                   "Breakfast club lead since September"])
def test_a_role_of_a_few_words_is_saved(typed: str) -> None:
    chat = sent_at("contribution", "role", typed)
    assert chat.draft.answers["role"] == typed


# --- the partner's part, tried at the terminal -------------------------------------------------


PARTNERS_PART = ("PR-1", "1", "Class teacher",
                 "FM came in hungry three days last week and said mum was asleep",
                 "Nan walks FM to school every day", "I will offer breakfast club from 7 Dec",
                 "5", "/skip", "/skip")


def test_a_newcomer_can_try_the_partners_part_at_the_terminal(tmp_path: Path) -> None:
    """A team manager, trying the tools before showing the school's safeguarding lead what
    she would be asked, saw "contribution" in `sosbot flows list` and ran `sosbot chat
    --flow contribution`: she was told it is answered through a link in Telegram, and no
    more; nothing at the terminal showed her its questions. She is told how a partner gets
    it and that nothing here is sent, and walks its questions as a partner would, to its
    summary."""
    done = chat_child(tmp_path / "sosbot.db", *PARTNERS_PART, flow="contribution")
    assert done.returncode == 0, done.stderr
    said = done.stdout
    assert "through the link a lead sends" in said
    assert "nothing here is sent to anyone" in said
    assert "What is your role there?" in said
    assert "Role: Class teacher" in said
    assert "Nan walks FM to school every day" in said
    assert "a partner sends it to the lead" in said


async def test_the_partners_tool_named_in_telegram_says_how_a_partner_gets_it(
        team: Bot) -> None:
    """A social worker who had read the tools' list typed "/new contribution" to see what
    the school would be asked, and was told "I don't know that tool", of a tool the list
    names. In Telegram a partner's part still comes only with a lead's link, and she is
    told so."""
    await team.say("/new contribution")
    said = read(team)
    assert "I don't know that tool" not in said
    assert said.startswith("Partner's contribution is what a partner answers, through the "
                           "link a lead sends from an open safety mapping")


def test_the_partners_part_tried_by_its_name_at_the_terminal(tmp_path: Path) -> None:
    """At the terminal, /new with its name tries it too, said so first."""
    done = chat(tmp_path / "sosbot.db", "/new contribution", "PR-2", "1")
    assert "nothing here is sent to anyone" in done.stdout
    assert 'Started "PR-2": Partner\'s contribution' in done.stdout
    assert "What is your role there?" in done.stdout


# --- a family's step in note form with a time only far off -------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("success", "goal_first_step", "mum to ring the college eventually"),
    ("mapping", "next_steps", "dad to book onto the course at some point"),
    ("wellbeing", "next_steps", "nan to take him to the dentist in due course")])
def test_a_familys_note_form_step_only_far_off_is_asked_by_when(
        flow_id: str, step_id: str, line: str) -> None:
    """A family support worker's Signs of Success plan read "First step: mum to ring the
    college eventually", let through as a step, while "mum will ring the college at some
    point" was asked by when: the note form, "mum to ...", was read as a worker's only."""
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert "by when" in reply, reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("success", "goal_first_step", "mum to ring the college on mon 7 dec"),
    ("mapping", "next_steps", "mum to ring her sister when she needs help"),
    ("wellbeing", "next_steps", "dad to take him to football every saturday")])
def test_a_familys_note_form_step_with_a_time_is_let_through(
        flow_id: str, step_id: str, line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line


# --- an old menu's tool tapped mid-draft, and the answer typed at the label ---------------------


async def test_an_answer_typed_at_a_label_asked_by_an_old_menu_says_where_her_draft_is(
        tmp_path: Path) -> None:
    """A social worker on Question 3 of her Harm Matrix for KB-7 scrolled up to reread the
    first question and her thumb caught a tool on the menu at the top of the chat. Asked for
    a case label, she did not read it and typed her answer to Question 3, twice, and twice
    read only "Please keep the label to 24 characters or fewer." She is told that it is too
    long for a label, that KB-7 is kept where she was and /resume goes back to it; /resume
    does."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Harm Matrix", "KB-7")
        for line in ("LM, social worker", "/skip"):
            await world.say(line)
        asked = world.texts()[-1]
        menu = next(m for m in world.messages() if m.buttons)
        mark = len(world.server.calls)
        world.server.press_button(PRACTITIONER, menu.message_id, next(
            d for d in menu.callback_data if d.endswith("supervision")))
        await world.settle(mark)
        assert "short case label" in world.texts()[-1]
        await world.say("Dad hit mum in front of K on 3 Dec; K hid under the table")
        told = "\n".join(world.texts()[-2:])
        assert "Please keep the label" not in told
        assert '"KB-7" is kept where you were' in told
        assert "/resume" in told
        await world.command("resume")
        assert world.texts()[-1] == asked


# --- the school's safeguarding lead, after sending her part ------------------------------------


async def sent_part(bot: Bot) -> list[str]:
    """The DSL has answered FM-3's link and tapped Send: the buttons of the message that asked
    her to send."""
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, ("Designated safeguarding lead",
                             "FM came in hungry on 1, 2 and 3 Dec and ate two breakfasts",
                             "Nan walks FM to school every day and stays to talk to staff",
                             "I will offer FM breakfast club from mon 7 dec", "5", "/skip",
                             "/skip"))
    asked = bot.buttons()
    await bot.tap(asked[0], user=DSL)
    assert read(bot, DSL).startswith("Sent to")
    return asked


async def test_review_tapped_after_sending_shows_what_she_sent(team: Bot) -> None:
    """The school's safeguarding lead tapped Send, then Review beside it on the same message,
    to check what had gone to the social worker: she read "Your contribution has been sent,
    so it can't be changed here", and not what she had sent, which /review shows."""
    asked = await sent_part(team)
    await team.tap(next(d for d in asked if d.endswith(":review")), user=DSL)
    shown = "\n".join(phone(team, DSL)[-2:])
    assert "can't be changed here" not in shown
    assert 'What you sent to Practitioner for "FM-3"' in shown
    assert "Nan walks FM to school every day" in shown


async def test_help_after_sending_says_how_to_see_what_was_sent(team: Bot) -> None:
    """/help, once her part had gone, said only that it could not be changed."""
    await sent_part(team)
    await team.say("/help", user=DSL)
    assert "/review shows what you sent" in read(team, DSL)


# --- a slash typed twice ----------------------------------------------------------------------


async def test_a_command_with_its_slash_typed_twice_is_that_command(tmp_path: Path) -> None:
    """A social worker's thumb tapped the slash twice: "//skip" at "Whose information is in
    here?" was saved as the answer, and her Harm Matrix's record read "Who contributed:
    //skip". It is /skip; "//bakc" is asked about as "/bakc" is."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Harm Matrix", "KB-7")
        await world.say("LM, social worker")
        await world.say("//skip")
        assert "What does the adult do, or fail to do?" in world.texts()[-1]
        await world.say("//bakc")
        assert world.texts()[-1] == "I don't know that command. Did you mean /back?"
        await world.command("review")
        assert "//skip" not in world.texts()[-1]


# --- /stop, to stop for now ---------------------------------------------------------------------


async def test_stop_pauses_as_pause_does(tmp_path: Path) -> None:
    """Called to the phone mid-question, a social worker typed /stop, as most bots take it,
    and read "I don't know that command"; not sure her answers were kept, she started
    again. /stop is /pause: saved, and /resume carries on from the question."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Harm Matrix", "KB-7")
        await world.say("LM, social worker")
        asked = world.texts()[-1]
        await world.say("/stop")
        assert world.texts()[-1].endswith("Your answers are safe; /resume carries on from this "
                                          "question.")
        await world.command("resume")
        assert world.texts()[-1] == asked


# --- /edit with its number in words ---------------------------------------------------------------


@pytest.mark.parametrize("typed", ["one", "One", "first"])
def test_edit_with_its_number_in_words_edits_that_answer(typed: str) -> None:
    """A social worker, dictating on her phone, sent "/edit one" to change who filled in her
    Harm Matrix, and read "There's no answer number one"."""
    chat = sent_at("harm_matrix", "network", "Mum, school and the health visitor")
    chat.command("edit", typed)
    assert chat.asked == "author"


async def test_menu_shows_the_drafts_and_tools_as_start_does(tmp_path: Path) -> None:
    """Coming back to look for her other family's draft, a social worker typed /menu, as
    other bots have it, and read "I don't know that command"."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Harm Matrix", "KB-7")
        await world.say("/menu")
        assert "Continue KB-7 (Harm Matrix)" in world.question_buttons()
