"""The thirty-sixth pass's mutation tests: each kills a small change to this pass's new code
that survived every test before it and that a practitioner or an admin would notice (a
case handed to the wrong person or at the wrong time, a colleague removed with nothing
moved, a message that says the wrong thing). Through the real Application with
tests/memory_botapi.py on real SQLite files, the store contract, or the real engine."""

from __future__ import annotations

import time

import pytest

from bot.ratelimit import SharedRateLimiter, Verdict
from bot.session import CONFIRM_STANDS_S
from bot.teams.codes import code_hash
from bot.teams.invites import invite_partner
from storage.contract import Session
from storage.contributions import ContributionStore
from storage.retention import DAY
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.store_data import a_draft
from tests.test_handover_thirtysixth import (
    GIVER,
    PARTNER,
    PRIYA,
    SAM,
    TAKER,
    a_dozen_colleagues_and_sams_mapping,
    a_mapping_with_a_part,
    hands_over,
    team,
)
from tests.test_lead_thirtysixth import nudges
from tests.test_store_contract import every_row
from tests.test_telegram_handlers import USER, Bot, answers_of, bot, button, refusing
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import answers, link, mapping, opens, read
from tests.test_walk_twentyninth import at_the_house_of_worries

__all__ = ["bot", "team"]  # the fixtures


def lapsed(data: str) -> str:
    """A Yes button's data as it was when its question was asked long ago (its last part is
    when it was asked)."""
    head, _, _ = data.rpartition(":")
    return f"{head}:{int(time.time()) - CONFIRM_STANDS_S - 60}"


async def mine(bot: Bot, user: int) -> list[str]:
    return sorted(d.label for d in await bot.conversation.drafts(user, status=None))


async def removes(bot: Bot, member: int) -> str:
    """The admin removes `member` at once (no hand-over): what the admin is told."""
    await bot.say("/members")
    await bot.tap(f"t:mr:{member}")
    await bot.tap(button(bot, "t:my:"))
    return read(bot)


# --- /handover --------------------------------------------------------------------------------


async def test_a_partners_part_in_the_store_is_not_handed_over(engine_store: SqlStore) -> None:
    """The store moves a practitioner's own draft only: a part answered for someone else's
    mapping stays the partner's (it is the lead's once sent)."""
    await a_mapping_with_a_part(engine_store)
    teams = TeamStore(engine_store)
    contributions = ContributionStore(teams)
    made = await invite_partner(teams, GIVER, "kb7", agency="Health", label="KB-7",
                                lead_name="Jo")
    code = code_hash(made.code)
    assert await contributions.claim(code, PARTNER + 1, time.time()) is not None
    part = a_draft(PARTNER + 1, "part1", "KB-7")
    await engine_store.save(part, {}, new=True, session=Session(PARTNER + 1, "part1"))
    assert await contributions.set_working(code, "part1")
    assert not await engine_store.hand_over(PARTNER + 1, "part1", TAKER)
    assert await engine_store.load_draft(PARTNER + 1, "part1") is not None
    assert await engine_store.load_draft(TAKER, "part1") is None
    assert await engine_store.load_draft(GIVER, "kb7") is not None


async def test_a_yes_tapped_long_after_it_was_asked_hands_nothing_over(team: Bot) -> None:
    """Sam asked to hand KB-7 to Priya and left the question on his phone; a Yes tapped days
    later, the case having stayed his, must not move it unasked."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    await bot.tap(lapsed(button(bot, "t:hy:")), SAM)
    assert read(bot, SAM).startswith("That question was asked a while ago, so I've let it go: "
                                     "nothing was handed over.")
    assert await mine(bot, SAM) == ["KB-7"]
    assert await mine(bot, PRIYA) == []


async def test_a_colleague_removed_before_the_yes_is_handed_nothing(team: Bot) -> None:
    """Priya was removed from the team between Sam's choosing her and his Yes: the case must
    not go to someone who can no longer open the bot (where nobody could reach it)."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    yes = button(bot, "t:hy:")
    assert (await removes(bot, PRIYA)).startswith("Removed Priya")
    await bot.tap(yes, SAM)
    assert read(bot, SAM) == ("There is no other member to hand it to yet. An admin's "
                              "/invite adds colleagues.")  # Sam is the only one left
    assert await mine(bot, SAM) == ["KB-7"]


async def test_a_list_shown_for_another_draft_hands_nothing_over(team: Bot) -> None:
    """Sam opened the list for KB-7, then opened FM-3 and tapped Priya on the old list: the
    confirmation would have named FM-3, a case he never chose to hand over."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    chosen = button(bot, f"t:ho:{PRIYA}:")
    await mapping(bot, "FM-3", SAM)
    await bot.tap(chosen, SAM)
    assert read(bot, SAM).startswith("That list was for another draft than the one open now")
    assert not [d for d in bot.buttons() if d.startswith("t:hy:")]


async def test_a_colleague_the_bot_cannot_reach_is_named_to_the_giver(
        team: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Priya had blocked the bot: she is not told of the case, so Sam is asked to tell her."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    monkeypatch.setattr(bot.request, "do_request", refusing(bot.request, PRIYA, 403))
    said = await hands_over(bot)
    assert said.startswith('Handed "KB-7" to Priya')
    assert said.endswith("I couldn't tell Priya (perhaps they haven't opened the bot yet): let "
                         "them know it is waiting for them under /resume.")
    assert await mine(bot, PRIYA) == ["KB-7"]


async def test_a_like_label_of_another_tool_is_not_said_to_clash(team: Bot) -> None:
    """Priya's own Reflection and a discarded mapping, both "KB-7": neither is the same
    case's same tool, so neither she nor Sam is told she "already had a Safety mapping"."""
    bot = team
    await bot.say("/new reflection", PRIYA)
    await bot.say("KB-7", PRIYA)
    await mapping(bot, "KB-7", PRIYA)
    await bot.say("/cancel", PRIYA)
    await bot.tap(button(bot, "y:cancel:"), PRIYA)
    await mapping(bot, "KB-7", SAM)
    assert await hands_over(bot) == ('Handed "KB-7" to Priya: it is theirs now, and you no '
                                     "longer see it.")  # no partners, no clash
    assert read(bot, PRIYA) == 'Sam handed you "KB-7" (Safety mapping): /resume KB-7'


async def test_a_member_with_a_part_under_way_can_hand_over_their_own_case(team: Bot) -> None:
    """Sam, answering the school's part of the admin's mapping, went back to his own KB-7 to
    hand it to Priya: he was told the draft open was a part for a colleague's mapping."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), SAM)
    await answers(bot, SAM, ("DSL",))
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    assert read(bot, SAM).startswith('Whom should I hand "KB-7" (Safety mapping) to?')
    assert [d.split(":")[2] for d in bot.buttons() if d.startswith("t:ho:")] == [str(PRIYA)]


# --- an admin's Remove, the member's drafts handed over first ---------------------------------


async def sams_drafts_to_priya(bot: Bot) -> str:
    """The admin's Remove of Sam, hand-over first, Priya chosen: the Yes button's data."""
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    return button(bot, "t:mk:")


async def test_a_colleague_removed_before_the_yes_means_nobody_is_removed(team: Bot) -> None:
    """The admin chose Priya to take Sam's drafts, then removed Priya in another list before
    tapping Yes: Sam's drafts went nowhere, and removing him then erased them."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    yes = await sams_drafts_to_priya(bot)
    assert (await removes(bot, PRIYA)).startswith("Removed Priya")
    await bot.tap(yes)
    assert read(bot).startswith("That colleague is no longer a member, so nothing was handed "
                                "over and nobody was removed.")
    assert await mine(bot, SAM) == ["KB-7"]
    await bot.say("/review", SAM)
    assert "no longer on this team" not in read(bot, SAM)


async def test_a_hand_over_and_remove_tapped_long_after_does_nothing(team: Bot) -> None:
    bot = team
    await mapping(bot, "KB-7", SAM)
    yes = await sams_drafts_to_priya(bot)
    await bot.tap(lapsed(yes))
    assert read(bot).startswith("That question was asked a while ago, so I've let it go: "
                                "nobody has been removed.")
    assert await mine(bot, SAM) == ["KB-7"]
    assert await mine(bot, PRIYA) == []


async def test_a_member_with_no_drafts_is_not_offered_a_hand_over(team: Bot) -> None:
    bot = team
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    assert read(bot).startswith("Remove Sam?")
    assert not [d for d in bot.buttons() if d.startswith("t:mh:")]


async def test_a_part_under_way_is_not_counted_among_the_drafts_handed_over(
        team: Bot) -> None:
    """Sam had his own KB-7 and a part under way for the admin's FM-3 (that part is the
    admin's mapping's, and goes with it): the admin was told "Sam's 2 drafts"."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), SAM)
    await answers(bot, SAM, ("DSL",))
    await mapping(bot, "KB-7", SAM)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    assert read(bot).startswith("Whom should Sam's 1 draft go to?")


# --- a mapping written up elsewhere, pasted whole at one question ----------------------------


def test_a_template_pasted_with_its_other_headings_empty_is_taken_as_it_is() -> None:
    """A practitioner keeps her notes in a template with the three headings, and had filled
    in the worries alone: she was told part of her answer was "headed for another column of
    the summary: "Working well:"", with nothing under it to move, and asked to send only
    what answers the question."""
    chat = sent_at("reflection", "what_happened", "Worries: dad hit mum on Friday while K "
                   "watched from the stairs\nWorking well:\nNeeds to happen:\n")
    assert not [said for said in nudges(chat) if "headed for" in said]
    assert "dad hit mum on Friday" in str(chat.draft.answers["what_happened"])
    assert chat.asked == "safe_today"


def test_an_empty_heading_among_filled_ones_is_not_named() -> None:
    chat = sent_at("reflection", "what_happened", "Worries: dad hit mum on Friday\nWorking "
                   "well:\nNeeds to happen: dad to stay at his brother's")
    said = nudges(chat)[-1]
    assert 'Part of your answer is headed for another column of the summary: "Needs to ' \
           "happen: dad to stay at his brother's\"." in said
    assert '"Working well' not in said


# --- a tool's name typed with nothing open; a flood's count kept until said -----------------


async def test_the_partners_tool_named_with_nothing_open_starts_nothing(bot: Bot) -> None:
    """A partner's contribution comes with a link: its name typed under the menu of tools is
    not a tool to start (nor answered as one unknown)."""
    await bot.say("/start")
    await bot.say("Partner's contribution")
    assert "no draft open" in bot.texts()[-1]


async def test_a_rate_with_nothing_to_say_goes_at_the_clean_up(engine_store: SqlStore,
                                                               database: str) -> None:
    """Who sent messages when is kept no longer than it is needed: a rate past its time, with
    no messages dropped to be told of, goes at the night's clean-up, as before the count of
    dropped ones was kept."""
    shared = SharedRateLimiter(engine_store.spend, 3, 60, clock=lambda: 1000.0)
    assert await shared.allow(5) == Verdict(True)
    assert len((await every_row(database))["rate_buckets"]) == 1
    await engine_store.purge(idle_before=0.0, done_before=0.0, updates_before=1000.0 + DAY)
    assert (await every_row(database))["rate_buckets"] == []


async def test_a_tools_name_typed_as_an_answer_is_an_answer(bot: Bot) -> None:
    """With a mapping open, "three houses" answers how the child's view was heard: it must
    not start another tool and leave the mapping's question unanswered. (Asked once whether
    it was meant as the answer, as the walk of pasted reports made it; sent again, it is.)"""
    await mapping(bot, "KB-7")
    asked = (await bot.conversation.active(USER) or pytest.fail("no draft")).current
    await bot.say("three houses")
    assert not [t for t in bot.texts()[-3:] if "Give this draft a short case label" in t]
    await bot.say("three houses")
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.label == "KB-7"
    assert draft.answers.get(asked) == "three houses"


def test_the_childs_houses_in_a_mapping_go_to_the_childs_houses() -> None:
    """At the mapping's house of worries the child's three houses typed up together go each
    to its house, in the child's words, one thing a line (the mapping's strengths and next
    steps, in the practitioner's words, are not theirs)."""
    chat = sent_at("mapping", "house_worries", "when daddy shouts\nGood things:\n- my dog Max\n"
                   "- nan's house\nDreams: live at nans")
    assert "/use puts each under its own question" in nudges(chat)[-1]
    chat.command("accept")
    assert chat.draft.answers["house_worries"] == ["when daddy shouts"]
    assert chat.draft.answers["house_good"] == ["my dog Max", "nan's house"]
    assert chat.draft.answers["house_dreams"] == ["live at nans"]
    assert "strengths" not in chat.draft.answers
    assert "next_steps" not in chat.draft.answers


def test_the_words_before_the_first_heading_answer_this_question() -> None:
    chat = sent_at("reflection", "what_happened", "Dad hit mum on Friday while K watched.\n"
                   "Working well: nan collects K every day")
    assert "/use puts it under its own question" in nudges(chat)[-1]
    chat.command("accept")
    assert chat.draft.answers["what_happened"] == "Dad hit mum on Friday while K watched."
    assert chat.draft.answers["going_well"] == "nan collects K every day"


def test_more_things_than_a_house_holds_are_not_put_there_unasked() -> None:
    chat = sent_at("three_houses", "house_worries", "when daddy shouts\nGood things:\n"
                   + "\n".join(f"- good thing {n}" for n in range(11)))
    assert "/use" not in nudges(chat)[-1]
    chat.command("accept")
    assert "house_good" not in chat.draft.answers


def test_a_paste_with_nothing_for_this_question_is_not_filed_away() -> None:
    """Pasted at the worries with only what is working well and the next steps under their
    headings: nothing would be left to answer the worries, so nothing is put elsewhere
    unasked; the partner is asked to send this question's part, or keep it all here."""
    chat = sent_at("contribution", "worries", "Strengths - mum rang us on Monday to explain\n"
                   "Next steps: school nurse to see K on Tuesday")
    said = nudges(chat)[-1]
    assert said.startswith("Parts of your answer are headed for other columns")
    assert "/use" not in said
    chat.command("accept")
    assert "working_well" not in chat.draft.answers
    assert "needs_to_happen" not in chat.draft.answers


async def test_a_case_handed_back_is_not_open_until_resumed(team: Bot) -> None:
    """Sam handed KB-7 to Priya while he had it open, and Priya handed it back a week later:
    his next line, typed for something else, must not go into KB-7 as the answer to a
    question he last saw a week before; he is told it is under /resume."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await hands_over(bot)
    await bot.say("/resume KB-7", PRIYA)
    assert (await hands_over(bot, to=SAM, giver=PRIYA)).startswith('Handed "KB-7" to Sam')
    assert read(bot, SAM) == 'Priya handed you "KB-7" (Safety mapping): /resume KB-7'
    before = (await bot.conversation.drafts(SAM))[0].answered
    await bot.say("mum rang school about the trip", SAM)
    assert (await bot.conversation.drafts(SAM))[0].answered == before
    assert "no draft open" in read(bot, SAM)


def test_a_question_answered_already_is_not_written_over_by_a_pasted_part() -> None:
    """Back at the worries after answering what is going well, a paste headed "Working well:"
    is not put over that answer unasked."""
    chat = sent_at("reflection", "going_well", "nan collects K every day")
    while chat.asked != "what_happened":
        chat.command("back")
    chat.send("Dad hit mum on Friday.\nWorking well: nan has K at weekends")
    assert "/use" not in nudges(chat)[-1]
    chat.command("accept")
    assert chat.draft.answers["going_well"] == "nan collects K every day"


# --- scales: whose number, and which words hold another ---------------------------------------


def test_a_parents_number_typed_at_the_childs_is_not_saved_as_the_childs() -> None:
    """"mum 5" is mum's number, saved as it is at a parent's question; at the child's own
    number it must not be saved as the child's."""
    assert sent_at("mapping", "safety_scale_parent_1", "mum 5").draft.answers[
        "safety_scale_parent_1"] == 5
    chat = sent_at("mapping", "safety_scale_child", "mum 5")
    assert "safety_scale_child" not in chat.draft.answers
    assert chat.asked == "safety_scale_child"


@pytest.mark.parametrize("typed", ["Mum says 4, he says 6", "Nan said 3, he said 5",
                                   "he says 4, she says 6", "Dad says 6, she says 4"])
def test_he_after_a_woman_named_or_she_after_he_is_someone_else(typed: str) -> None:
    """At a parent's number (at the child's, "Dad says 6" is read as dad's before anyone
    else is looked for, so the test there could not tell)."""
    said = " ".join(sent_at("mapping", "safety_scale_parent_1", typed).notices())
    assert "Which is it now?" not in said
    assert "two people's numbers" in said


@pytest.mark.parametrize(("typed", "why"), [
    ("K says 7, home by 3:30 every day now", "home by 3:30 every day now"),
    ("K says 7, she saved 2.50 from her pocket money", "she saved 2.50 from her pocket money"),
    ("K says 7, she saved £5 from her pocket money", "she saved £5 from her pocket money")])
def test_a_time_or_a_sum_in_her_words_is_no_other_number(typed: str, why: str) -> None:
    chat = sent_at("success", "success_scale_young_person", typed)
    assert chat.draft.answers["success_scale_young_person"] == 7
    assert chat.draft.answers["success_scale_young_person_why"] == why


def test_a_statement_written_whole_is_not_asked_about_headings() -> None:
    """The danger statement is one piece of writing, made from the answers before it: the
    plan it names ("Next steps: ...") is part of it, not a column to move."""
    chat = sent_at("mapping", "danger_statement_1", "Children's services are worried that dad "
                   "hits mum when he has been drinking and K (4) sees it from the stairs. Next "
                   "steps: dad to start the drinking programme")
    assert not [said for said in nudges(chat) if "headed for" in said]


async def test_keep_it_all_here_keeps_the_houses_where_they_were_typed(bot: Bot) -> None:
    """The note's second button, "Keep it all here", keeps the whole message at the house of
    worries, as typed: nothing is put in the other houses."""
    await at_the_house_of_worries(bot)
    await bot.say("Worries: when daddy shouts\nGood things: my dog Max")
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "Keep it all here"))
    answers = await answers_of(bot, "KM-7")
    assert "my dog Max" in str(answers["house_worries"])
    assert "house_good" not in answers


async def test_one_answer_is_said_as_one(team: Bot) -> None:
    bot = team
    await bot.say("/new reflection", SAM)
    await bot.say("KB-9", SAM)
    await bot.tap(button(bot, "a:"), SAM)
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    assert read(bot, SAM) == ('Hand "KB-9" (Pre-referral reflection, 1 answer) to Priya? '
                              "You will no longer see it.")


async def test_removes_hand_over_offers_the_next_colleagues_on_more(team: Bot) -> None:
    """On a team of thirteen, the admin handing Sam's drafts over taps for more colleagues:
    the next ones are shown, not the first ten again."""
    bot = team
    await a_dozen_colleagues_and_sams_mapping(bot)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    first = {d.split(":")[2] for d in bot.buttons() if d.startswith("t:mt:")}
    assert len(first) == 10
    await bot.tap(button(bot, "t:mq:"))
    rest = {d.split(":")[2] for d in bot.buttons() if d.startswith("t:mt:")}
    assert len(rest) == 2
    assert not first & rest


def test_headings_as_bullets_are_read_as_headings() -> None:
    chat = sent_at("contribution", "worries", "- Concerns: K came to school hungry three days "
                   "last week\n- Strengths: mum rang us on Monday to explain")
    assert 'headed for another column of the summary: "Strengths: mum rang us on Monday to ' \
           'explain"' in nudges(chat)[-1]


async def test_a_removed_members_old_yes_hands_nothing(team: Bot) -> None:
    """Sam, removed after choosing Priya, taps the Yes still on his phone: refused."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    yes = button(bot, "t:hy:")
    assert (await removes(bot, SAM)).startswith("Removed Sam")
    await bot.tap(yes, SAM)
    assert read(bot, SAM).startswith("You're no longer on this team")
    assert await mine(bot, PRIYA) == []
