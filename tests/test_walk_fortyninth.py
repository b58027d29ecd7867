"""The forty-ninth walk: the tools as practitioners use them on a phone. Social workers
interrupted mid-flow and coming back hours later, a health visitor joining by link and adding
her part, the slips of a thumb (a command's slash doubled or typed the other way round,
stickers, photos, voice notes, edited messages, double taps, an old question's button), a
closing word once a tool is done, and the summary read on a phone and pasted into a report,
through the real Application (in memory, and polling the local Bot API server of
tests/botapi_server.py) and a real `sosbot chat` process, on real SQLite files. Each test of a
defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram_world import PRACTITIONER, bot_world

from flows import commands
from flows.replies import Nudge
from tests.test_console import chat
from tests.test_telegram_handlers import Bot
from tests.test_walk_fortyeighth import sent_part
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import DSL, HV, answers, link, mapping, opens, phone, read, team

__all__ = ["team"]  # the fixture


# --- a command typed with its slash doubled or the wrong way round -----------------------------


@pytest.mark.parametrize("typed", ["\\\\skip", "\\skip", "//skip", "// skip", "\\\\ skip",
                                   "\\/skip", "/\\skip", "///skip"])
def test_a_slash_doubled_or_turned_is_read_as_the_command(typed: str) -> None:
    """Every way a phone's keyboard doubles or turns the slash is one command word."""
    assert commands.split(typed) == ("/skip", "")


@pytest.mark.parametrize(("typed", "split"), [
    ("\\\\bakc", ("/bakc", "")),  # alone: asked whether she meant /back
    ("//see above", ("//see", "above")),  # words after a word no command has: her answer
    ("\\\\server\\share", ("\\\\server\\share", "")),  # a path pasted as an answer
    ("\\o/", ("\\o/", "")),  # a cheer
    ("// skip don't know", ("//", "skip don't know")),
])
def test_lines_that_only_start_with_slashes_are_left_as_typed(
        typed: str, split: tuple[str, str]) -> None:
    assert commands.split(typed) == split


async def test_a_backslash_doubled_by_a_long_press_is_that_command(tmp_path: Path) -> None:
    """A social worker long-pressed the slash key on her phone, which gave two backslashes:
    "\\\\skip" at "Whose information is in here?" was saved as the answer ("\\skip" and
    "//skip" were already /skip), and her Harm Matrix's record read "Who contributed:
    \\\\skip". It is /skip; "\\\\bakc" is asked whether she meant /back."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Harm Matrix", "KB-7")
        await world.say("LM, social worker")
        await world.say("\\\\skip")
        assert "What does the adult do, or fail to do?" in world.texts()[-1]
        await world.say("\\\\bakc")
        assert world.texts()[-1] == "I don't know that command. Did you mean /back?"
        await world.command("review")
        assert "\\\\skip" not in world.texts()[-1]


def test_a_backslash_doubled_at_the_terminal_is_that_command(tmp_path: Path) -> None:
    """The same at the terminal, where "\\\\back" went on to the next question."""
    done = chat(tmp_path / "sosbot.db", "/new reflection", "KB-1", "2", "\\\\back")
    assert done.returncode == 0, done.stderr
    after = done.stdout.split("[Question 2 of 8")[-1]
    assert "[Question 1 of 8" in after
    assert "Question 3" not in done.stdout


# --- an account with "who" in it, at a partner's role -------------------------------------------


@pytest.mark.parametrize("typed", ["the boy who came in with bruises",
                                   "mum who was shouting at pick up",
                                   "Mum's partner who hit her yesterday",
                                   "his older brother who said he was hit"])
def test_an_account_of_someone_with_who_at_the_role_is_offered_on(typed: str) -> None:
    """A school's safeguarding lead opened the link at the gate and typed "mum who was
    shouting at pick up" at "What is your role there?": it was saved as her role, heading the
    school's every line in the social worker's summary, since "who" had made short lines
    roles ("DSL who reported the concern"). A line that opens on one of the family or the
    child and what they did is an account of them: offered to "Worries", as other short
    accounts are."""
    chat = sent_at("contribution", "role", typed)
    assert "role" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert '"Worries"' in nudge


@pytest.mark.parametrize("typed", ["Safeguarding lead who reported the concern",
                                   "GP who saw him today", "Teacher of the boy who came in bruised",
                                   "Nurse who saw the baby today", "School nurse for the boys",
                                   "the teacher who reported it today"])
def test_a_role_told_by_what_she_did_is_still_saved(typed: str) -> None:
    chat = sent_at("contribution", "role", typed)
    assert chat.draft.answers["role"] == typed


# --- a closing word once the tool is done -------------------------------------------------------


@pytest.mark.parametrize(("typed", "answer"), [
    ("thanks", "You're welcome, and thank you for your help"), ("Cheers!", "You're welcome"),
    ("ok thank you 👍", "You're welcome"), ("ok", "Thank you for your help"),
    ("👍", "Thank you for your help")])
async def test_thanks_after_sending_her_part_is_answered_in_a_line(
        team: Bot, typed: str, answer: str) -> None:
    """The school's safeguarding lead read "Sent to Practitioner, thank you. It is locked
    now" and typed "thanks": the reply was five lines on her phone, that her part could not
    be changed, to tell the social worker directly anything new, to follow her own
    procedures if the child was at risk, what /review and /delete do. She is thanked, in a
    line, and told nothing more is needed."""
    await sent_part(team)
    await team.say(typed, user=DSL)
    said = read(team, DSL)
    assert said.startswith(answer)
    assert "can't be changed" not in said
    assert said.endswith("nothing more is needed from you.")


async def test_words_after_sending_her_part_still_say_it_is_locked(team: Bot) -> None:
    """Something new typed once her part has gone is still told where it should go."""
    await sent_part(team)
    await team.say("Also mum came in drunk this afternoon", user=DSL)
    assert "tell the colleague who sent you the link directly" in read(team, DSL)


REFLECTION = ("/new reflection", "KB-1", "School or college",
              "On 3 Dec she told her teacher dad hit her with a belt; a bruise on her arm",
              "Yes, as far as I know", "They know and agree",
              "Nan collects her from school every day and stays with her",
              "I will call the front door today at 3pm", "6 - nan is close by and she told us")


@pytest.mark.parametrize(("typed", "answer"), [
    ("thanks", "You're welcome. It's all saved"), ("Thank you so much!", "You're welcome."),
    ("ok", "It's all saved")])
def test_thanks_once_a_tool_is_done_is_answered_in_a_line(
        tmp_path: Path, typed: str, answer: str) -> None:
    """A social worker who had finished her reflection at the terminal typed "thanks", and
    read 'I haven't saved "thanks". This draft is finished.', as if she had tried to add
    it to the record."""
    done = chat(tmp_path / "sosbot.db", *REFLECTION, typed)
    said = done.stdout
    assert "That's the end of this tool" in said
    assert f'I haven\'t saved "{typed}"' not in said
    assert answer in said.split("That's the end of this tool")[-1]


async def test_thanks_once_a_tool_is_done_in_telegram(tmp_path: Path) -> None:
    """The same on her phone, after the reflection's summary."""
    from tests.test_teams_e2e import finish_reflection

    async with bot_world(tmp_path / "bot.db") as world:
        await finish_reflection(world, PRACTITIONER)
        await world.say("Thanks!")
        assert world.texts()[-1] == ("You're welcome. It's all saved: /summary shows it, and "
                                     "/new starts another.")


# --- the summary read on a phone ------------------------------------------------------------------


def test_how_to_add_one_point_higher_at_the_last_question_reads_whole(tmp_path: Path) -> None:
    """A social worker gave her number and reason on one line at the reflection's last
    question, "6 - nan is close by and she told us", and read under it 'To add that, /review
    lets you change "Why this number": send + and then it there.', a sentence with its
    object lost. It now says what to send there, with an example."""
    said = chat(tmp_path / "sosbot.db", *REFLECTION).stdout
    assert "send + and then it there" not in said
    assert ('To add it, /review lets you change "Why this number": there, send + and your '
            'words, like "+ a 7 would be ...", and they are added at its end.') in said


# --- a command with a full stop after it ----------------------------------------------------------


@pytest.mark.parametrize(("typed", "split"), [
    ("/skip.", ("/skip", "")), ("/Back!", ("/Back", "")), ("/help?", ("/help", "")),
    ("//skip.", ("/skip", "")), ("/review...", ("/review", "")),
    ("/ skip.", ("/skip", "")), ("\\ back?", ("/back", "")),
    ("/skip. no", ("/skip.", "no")),  # words after it: as before
    ("/edit 2.", ("/edit", "2.")),
])
def test_a_command_with_a_mark_after_it_is_that_command(typed: str, split: tuple[str, str]) -> None:
    assert commands.split(typed) == split


def test_a_command_with_a_full_stop_after_it_at_the_terminal(tmp_path: Path) -> None:
    """A social worker whose phone put a full stop after what she typed sent "/skip." at
    "Whose information is in here?" and read "I don't know that command. Did you mean
    /skip?", though "skip." alone is read as /skip. It is /skip."""
    done = chat(tmp_path / "sosbot.db", "/new harm_matrix", "KB-7", "LM, social worker",
                "/skip.")
    assert done.returncode == 0, done.stderr
    assert "I don't know that command" not in done.stdout
    assert "What does the adult do, or fail to do?" in done.stdout


async def test_a_command_with_a_full_stop_after_it_in_telegram(tmp_path: Path) -> None:
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Harm Matrix", "KB-7")
        await world.say("LM, social worker")
        await world.say("/skip.")
        assert "What does the adult do, or fail to do?" in world.texts()[-1]
        await world.say("/back!")
        assert "Whose information is in here?" in world.texts()[-1]


# --- a partner back to send her part ------------------------------------------------------------


async def every_question_answered(bot: Bot) -> None:
    """The health visitor has answered every question of FM-3's link, and not sent it."""
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "health"), HV)
    await answers(bot, HV, ("Health visitor", "FM came in to clinic with a burn on his hand",
                            "Mum brings him to every appointment",
                            "I will visit at home with the social worker by fri 11 dec", "4",
                            "/skip", "/skip"))


async def test_resume_by_a_partner_with_every_question_answered_asks_her_to_send(
        team: Bot) -> None:
    """A health visitor answered every question of FM-3's link, was called away before
    tapping Send, and came back hours later with /resume, as the bot had told her to. She
    read "You have no unfinished drafts. Finished and kept: "FM-3". /summary FM-3 shows its
    summary again and /export FM-3 sends its documents; /new starts a new draft.", though a
    partner's link lets her start nothing and her part had not gone. She is told every
    question is answered, and asked again whether to send it."""
    await every_question_answered(team)
    await team.say("/resume", user=HV)
    told = phone(team, HV)[-2:]
    assert not any("/new" in said or "no unfinished drafts" in said for said in told)
    assert told[0].startswith("You've answered every question.")
    assert told[1].startswith("That's every question. Send your contribution to Practitioner")


@pytest.mark.parametrize(("typed", "answer"), [
    ("thanks", "You're welcome. Your answers haven't been sent yet."),
    ("cheers", "You're welcome. Your answers haven't been sent yet."),
    ("great", "Your answers haven't been sent yet.")])
async def test_thanks_before_sending_says_her_part_has_not_gone(
        team: Bot, typed: str, answer: str) -> None:
    """The health visitor, every question answered, typed "thanks" as if she were done, and
    read 'I haven't saved "thanks". You've answered every question. /review shows your
    answers, to change one before you send them.' She is told, in a line, that her answers
    have not gone yet, above the offer to send them ("ok" there sends them, as before)."""
    await every_question_answered(team)
    await team.say(typed, user=HV)
    told = phone(team, HV)[-2:]
    assert told[0] == answer
    assert told[1].startswith("That's every question. Send your contribution to Practitioner")


# --- what is kept, asked by a partner -----------------------------------------------------


@pytest.mark.parametrize("sent", [False, True])
async def test_privacy_asked_by_a_partner_says_where_her_answers_go(team: Bot, sent: bool) -> None:
    """The health visitor, before answering about a family, typed /privacy to check what
    her NHS trust would want to know. She read what a social worker reads: "only you can see
    your drafts", "the server your organisation runs it on" and "/cancel discards the current
    draft", none of it so for her: her answers go to the social worker, on the council's
    server, and /cancel is not hers to use. She is told what is kept of hers, who sees it,
    and how to withdraw it."""
    if sent:
        await every_question_answered(team)
        await team.tap("t:ps", user=HV)
    else:
        await mapping(team, "FM-3")
        await opens(team, await link(team, "health"), HV)
    await team.say("/privacy", user=HV)
    said = read(team, HV)
    assert "only you can see your drafts" not in said
    assert "/cancel" not in said
    assert "your organisation" not in said
    assert 'go to Practitioner and are kept with their safety mapping for "FM-3"' in said
    assert "/delete withdraws your contribution" in said


# --- "ok" alone at a question ------------------------------------------------------------------


async def test_thanks_alone_at_a_question_asks_for_her_answer(team: Bot) -> None:
    """The health visitor typed "thanks" at "Worries" after reading its help, and read
    '"thanks" on its own doesn't answer "Worries", so I haven't saved it yet. Type it again
    to change it, or keep it as it is.': she had nothing to type again, and typed "thanks"
    again, which was then saved as her worries. She is asked for her answer instead."""
    await mapping(team, "FM-3")
    await opens(team, await link(team, "health"), HV)
    await answers(team, HV, ("Health visitor", "thanks"))
    said = read(team, HV)
    assert "Type it again to change it" not in said
    assert said.endswith("Type your answer to it instead, or keep it as it is.")


def test_ok_alone_at_a_question_at_the_terminal(tmp_path: Path) -> None:
    done = chat(tmp_path / "sosbot.db", "/new harm_matrix", "KB-7", "LM, social worker", "/skip",
                "ok")
    assert "Type your answer to it instead, or /keep to keep it as it is." in done.stdout
