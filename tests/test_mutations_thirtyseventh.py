"""The thirty-seventh pass's mutation tests: each kills a small change to this pass's new code
that survived every test before it and that a practitioner would notice (a line held while
"Is that your new answer ...?" waits lost or taken as the choice, a hand-over said wrongly,
a wording rule that stops catching a kind of line). Through the real Application with
tests/memory_botapi.py on real SQLite files, or the real engine."""

from __future__ import annotations

import copy
import time
from pathlib import Path

import pytest
from test_review_language_thirtythird import _fits
from test_review_language_twentyninth import NUDGE, _reached, asked, reply_to

from bot.teams.invites import invite_colleague
from flows.render import format_date
from flows.replies import Nudge
from storage.teams import TeamStore
from tests.builders import EngineChat, build_flow, section, text
from tests.memory_botapi import buttons_of
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, team
from tests.test_input_model import at_a_nudged_answer, running, said
from tests.test_leftovers_thirtyseventh import (
    HELD,
    SECOND,
    THIRD,
    the_choice_typed_places_the_lines,
)
from tests.test_review_thirtyseventh import supervision_typed_after_handing_over
from tests.test_telegram_handlers import USER, button
from tests.test_telegram_handlers import Bot as TelegramBot
from tests.test_walk_seventeenth import FLOWS
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import mapping, read

__all__ = ["team"]  # the fixture

# --- lines typed on while the bot asks where the line before them goes ------------------------


async def test_twenty_lines_are_held_and_the_twenty_first_is_refused(tmp_path: Path) -> None:
    """A paste sent a line a message, under "Is that your new answer ...?": twenty lines
    after the one asked about are kept, each said so, and the one after is said not saved;
    the choice then places the first of them."""
    lines = [f"line {n} of the notes from the visit" for n in range(1, 22)]
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        for line in lines:
            await bot.say(line)
        shown = said(bot)
        assert f'I\'ve kept "{lines[19]}" too, after "{SECOND}"' in " ".join(shown[-4:])
        assert f'I haven\'t saved "{lines[20]}". First, please tell me where' in shown[-2]
        assert f'you wrote "{SECOND}" and 20 more lines after it' in shown[-1]
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert (answers["who"], answers["could"], answers["after"]) == (HELD, SECOND, lines[0])


@pytest.mark.parametrize(("typed", "who", "could"), [
    ("the first", HELD, None),  # keeping the first lets every line typed on go, each named
    ("keep", HELD, None),
    ("instead", SECOND, THIRD),
    ("use that instead please", SECOND, THIRD),
    ("next", HELD, SECOND),
    ("No, it's for the next question.", HELD, SECOND),
    ("yes it's my new answer", SECOND, THIRD),
    ("No, that's the first one", HELD, None),
])
async def test_more_ways_of_saying_the_choice_place_the_lines_held(
        tmp_path: Path, typed: str, who: str, could: str) -> None:
    await the_choice_typed_places_the_lines(tmp_path, typed, who, could)


@pytest.mark.parametrize("line", ["Next week nan has the children", "Keep the kids away from dad",
                                  "The first time he hit her was in May"])
async def test_a_line_opening_with_a_choices_words_is_held_not_taken_as_the_choice(
        tmp_path: Path, line: str) -> None:
    """Only the whole line is a choice: "Next week nan has the children" is a line to hold,
    not "next question"."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(line)
        assert f'I\'ve kept "{line}" too, after "{SECOND}"' in said(bot)[-2]
        assert "who" not in await bot.answers()


async def test_a_line_typed_on_that_is_asked_about_in_its_turn_keeps_the_rest_behind_it(
        tmp_path: Path) -> None:
    """The lines held go on after the choice; one of them held back in its turn ("chaotic") and
    the next asked where it goes: the lines after those wait behind, in order, and the
    second choice places them, none lost."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen", checks=["plain_language"]),
        text("after", title="What happened after"), text("more", title="Anything more"),
        column="worried"))
    lines = ["Mum is chaotic.", "Dad may come back at night",
             "Mum will ring the police"]
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        await bot.say(HELD)
        await bot.say(SECOND)
        for line in lines:
            await bot.say(line)
        await bot.say("new answer")  # "who": SECOND; the lines typed on at "could"
        answers = await bot.answers()
        assert answers["who"] == SECOND
        assert "could" not in answers  # lines[0] held back, lines[1] asked about
        assert not any(f'"{lines[0]}", is saved' in t for t in said(bot))
        await bot.say("next question")
        answers = await bot.answers()
        assert (answers["could"], answers["after"], answers["more"]) == tuple(lines)


async def test_every_line_held_past_the_last_question_is_said_not_saved(tmp_path: Path) -> None:
    """Chosen "next question" with more lines held than questions left: each line past the
    end is named as not saved, not only the first."""
    extra = ["Mum rang the school herself on Monday", "School nurse to see T on Friday"]
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        for line in (THIRD, *extra):
            await bot.say(line)
        await bot.tap(bot.button("It's for the next question"))
        (shown,) = [t for t in said(bot)[-4:] if "came after the last question" in t]
        assert all(f'"{line}"' in shown for line in extra)


async def test_the_line_typed_on_is_said_saved_and_its_question_not_asked_again(
        tmp_path: Path) -> None:
    """After the choice, the line held after it is said saved where it went, and that
    question is not shown again below, asking for what was just saved."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        shown = len(bot.texts())
        await bot.tap(bot.button("It's for the next question"))
        after = said(bot)[shown:]
        saved = (f'Your next line, "{THIRD}", is saved as the answer to "Question after?" '
                 "(/edit 3 to change it).")
        assert [t for t in after if "Question after?" in t and "Finished" not in t] \
            == [f"✓ {saved}"]


# --- the hand-over ------------------------------------------------------------------------------


async def test_resume_of_a_case_handed_days_ago_says_the_day_it_was_handed(
        team: TelegramBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sam handed KB-7 to Priya on Monday and asked for it on Wednesday: he is told the day
    he handed it, not the day he asked."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await hands_over(bot)
    handed = time.time()
    later = handed + 2 * 86_400
    monkeypatch.setattr(time, "time", lambda: later)
    await bot.say("/resume KB-7", SAM)
    assert read(bot, SAM).startswith(f'You handed "KB-7" to Priya on {format_date(handed)}:')
    assert format_date(handed) != format_date(later)


async def test_removing_a_member_counts_each_of_their_drafts(team: TelegramBot) -> None:
    bot = team
    await mapping(bot, "KB-7", SAM)
    await mapping(bot, "FM-3", SAM)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    assert "erases every draft of theirs (2 drafts);" in read(bot)


# --- the wording rules ----------------------------------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("three_houses", "house_worries", "Mummy says I want to go home"),
    ("three_houses", "house_good", "Daddy says I am happy when we go fishing"),
])
def test_a_child_telling_what_an_adult_said_of_them_as_i_is_let_through(
        flow_id: str, step_id: str, line: str) -> None:
    """"I" after an adult's words is the child speaking, not a child named by initial."""
    assert asked(flow_id, step_id, line) is None, line


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("three_houses", "house_worries", "Step-mum says he is scared of the dog"),
    ("three_houses", "house_dreams", "Via her communication board, K said she wants to live "
     "with nan"),
])
def test_more_reports_of_the_childs_words_are_asked_to_go(flow_id: str, step_id: str,
                                                          line: str) -> None:
    assert _fits("words", reply_to(flow_id, step_id, line)), line


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("mapping", "danger_scale_why", "10 - nothing has changed since the last review"),
    ("mapping", "safety_scale_why", "6 - it's still the same"),
])
def test_more_numbers_for_nothing_changed_are_asked_what_was_seen(flow_id: str, step_id: str,
                                                                  line: str) -> None:
    assert _fits("number", reply_to(flow_id, step_id, line)), line


@pytest.mark.parametrize("line", [
    "When he started intimidating her at the door, mum took the kids upstairs and rang her "
    "sister",
    "Whenever dad is cursing at her, mum takes the children to nan's",
    "When he was insulting her in front of the kids, she asked him to leave and he did",
])
def test_protective_action_when_an_adult_wounded_with_words_is_existing_safety(
        line: str) -> None:
    assert asked("mapping", "existing_safety", line) is None, line


async def test_after_the_line_said_not_saved_a_tools_name_starts_it(team: TelegramBot) -> None:
    """Told his line was not saved (the case is Priya's now), Sam types the tool he means to
    start next: it starts, as under any menu of tools; he is not told again of the case."""
    bot = team
    await supervision_typed_after_handing_over(bot)
    await bot.say("harm matrix", SAM)
    assert "case label" in read(bot, SAM)


async def test_resume_of_a_case_the_colleague_has_since_erased_is_not_found(
        team: TelegramBot) -> None:
    """Priya erased KB-7 after Sam handed it to her: his /resume KB-7 finds nothing, as for
    any label, and nothing breaks."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await hands_over(bot)
    (handed,) = await bot.conversation.drafts(PRIYA, status=None)
    await bot.conversation.erase_draft(PRIYA, handed.id)
    await bot.say("/resume KB-7", SAM)
    assert read(bot, SAM).startswith("I can't find that draft among yours")


def test_the_childs_number_at_a_carers_says_whose_it_reads_as_and_how_to_go_on() -> None:
    chat = sent_at("success", "success_scale_carer", "yp says 8, happier in her flat")
    assert chat.notices()[0] == (
        'I haven\'t saved "yp says 8, happier in her flat". It reads as the number the yp '
        'gave, and this question is only for the number of "Carer". If they gave one, send '
        "it; if not, /skip.")


async def test_one_line_held_after_it_is_said_as_one_more_line(tmp_path: Path) -> None:
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        assert f'you wrote "{SECOND}" and one more line after it, kept too' in said(bot)[-1]


@pytest.mark.parametrize("typed", [
    "K says 7, carer 6 because she worries about the rent",
    "K says 7, carer 6 though she worries about the rent",
    "K says 7 and her carer 6 although she worries",
    "K says 7, her carer gave it 6 given the rent arrears",
])
def test_a_second_number_with_its_reason_and_no_says_is_two_peoples(typed: str) -> None:
    """The carer's 6 with no "says" before it ("carer 6", "gave it 6"), and her reason
    after it: two people's numbers, not the young person's 7 with "carer 6 because ..." as
    why."""
    chat = sent_at("success", "success_scale_young_person", typed)
    assert "success_scale_young_person" not in chat.draft.answers
    assert "two people's numbers" in chat.notices()[0]


def test_a_heading_alone_over_several_lines_is_quoted_with_the_first_of_them() -> None:
    houses = ("Worries:\n- when daddy shouts\nGood things:\n- my dog Max\n- nan's garden\n"
              "Dreams:\n- live at nans")
    chat = sent_at("three_houses", "house_worries", houses)
    said = [r.text for r in chat.replies if isinstance(r, Nudge)][-1]
    assert '"Good things: my dog Max"' in said


@pytest.mark.parametrize(("flow_id", "step", "typed", "number"), [
    ("success", "success_scale_carer", "she says 6", 6),
    ("mapping", "safety_scale_parent_1", "he gave it 4", 4),
])
def test_a_carers_number_said_as_she_or_he_is_saved_as_theirs(
        flow_id: str, step: str, typed: str, number: int) -> None:
    """At a parent's or a carer's number, "she" is that parent as likely as the child."""
    assert sent_at(flow_id, step, typed).draft.answers[step] == number


def test_kept_past_the_label_protective_action_when_he_got_agitated_is_existing_safety(
        ) -> None:
    """"Got agitated" is asked as a label; kept, the line is existing safety (the danger
    was there), not asked again as a strength."""
    line = ("Last time dad got agitated at the handover, nan took the boys inside and locked "
            "the door")
    chat = EngineChat(FLOWS["mapping"], copy.deepcopy(_reached("mapping", "existing_safety")),
                      nudger=NUDGE)
    chat.send(line)
    chat.command("keep")
    assert not any(isinstance(r, Nudge) for r in chat.replies)
    assert chat.draft.answers["existing_safety"] == [line]


# --- the colleague picker (bot/teams/picking.py) ------------------------------------------------


async def colleagues_join(bot: TelegramBot, count: int) -> TeamStore:
    """`count` more colleagues join Sam and Priya's team."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER, uses=count)
    for n in range(count):
        await teams.join(made.invite.code_hash, 20_000 + n, f"Colleague {n:02d}", time.time())
    return teams


def offered(bot: TelegramBot) -> list[str]:
    return [d for d in bot.buttons() if d.startswith("t:ho:")]


async def test_the_picker_of_ten_colleagues_is_one_page(team: TelegramBot) -> None:
    bot = team
    await colleagues_join(bot, 9)
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    assert len(offered(bot)) == 10
    assert "Colleagues 1 to" not in read(bot, SAM)
    assert not [d for d in bot.buttons() if d.startswith("t:hp:")]


async def test_the_picker_of_twenty_colleagues_ends_at_its_second_page(
        team: TelegramBot) -> None:
    bot = team
    await colleagues_join(bot, 19)
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, "t:hp:"), SAM)
    assert "Colleagues 11 to 20 of 20." in read(bot, SAM)
    assert len(offered(bot)) == 10
    assert not [d for d in bot.buttons() if d.startswith("t:hp:")]


async def test_the_pickers_next_page_after_a_colleague_left_still_offers_the_rest(
        team: TelegramBot) -> None:
    """Eleven to choose from, one removed before "More colleagues" is tapped: the ten left
    are offered, not an empty list."""
    bot = team
    teams = await colleagues_join(bot, 10)
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    more = button(bot, "t:hp:")
    await teams.remove_member(20_000)
    await bot.tap(more, SAM)
    shown = bot.request.sent()[-1]  # (the list before it has buttons too)
    assert len([d for _, d in buttons_of(shown.get("reply_markup"))
                if d.startswith("t:ho:")]) == 10


async def test_two_colleagues_of_one_name_on_different_pages_are_told_apart(
        team: TelegramBot) -> None:
    """A second Priya, the eleventh to choose from, is alone on the second page: her button
    still says which Priya she is, as the first's does (a case handed to the wrong one is a
    breach of its confidence)."""
    bot = team
    teams = await colleagues_join(bot, 9)
    made = await invite_colleague(teams, USER, uses=1)
    await teams.join(made.invite.code_hash, 30_000, "Priya", time.time())
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    first = {b["callback_data"]: b["text"] for b in bot.newest_buttons()}
    assert "(" in first[next(d for d in first if d.startswith(f"t:ho:{PRIYA}:"))]
    await bot.tap(button(bot, "t:hp:"), SAM)
    (second,) = [b["text"] for b in bot.newest_buttons()
                 if b["callback_data"].startswith("t:ho:30000:")]
    assert "Priya (" in second
