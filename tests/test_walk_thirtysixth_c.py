"""The thirty-sixth walk (c): a case handed over as a team does it. A social worker going on
long-term sick leave, removed by her team manager, her drafts handed to a colleague first; a
worker handing one case on with /handover; the colleague finding and carrying it on; a
partner sending their part after the hand-over; the giver's old buttons and late answers.
Each test of a defect failed on the code as it was; the others guard what the fixes must
leave alone."""

from __future__ import annotations

from flows.loader import load_flows
from flows.nudges import nudger
from tests.builders import typed_lines
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, team
from tests.test_telegram_handlers import Bot, button
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    HV,
    answers,
    link,
    mapping,
    opens,
    phone,
    read,
)

__all__ = ["team"]  # the fixture: the bot, with Sam and Priya members of the team


async def finished_reflection(bot: Bot, label: str, user: int) -> None:
    """`user`'s pre-referral reflection `label`, answered to the end."""
    for said in ("/new reflection", label):
        await bot.say(said, user)
    for line in typed_lines(load_flows()["reflection"], nudger=nudger()):
        await bot.say(line, user)
    assert [d.label for d in await bot.conversation.drafts(user, status="completed")] == \
        [label]


async def removed_with_a_hand_over(bot: Bot, to: int = PRIYA, leaver: int = SAM) -> str:
    """The admin removes `leaver`, handing their drafts to `to` first: what the admin is
    told."""
    await bot.say("/members")
    await bot.tap(f"t:mr:{leaver}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{to}:"))
    await bot.tap(button(bot, "t:mk:"))
    return read(bot)


async def handed_over_as_the_school_answers(bot: Bot) -> str:
    """Sam's mapping "KB-7", the school's DSL two questions into its part through Sam's link,
    and Sam handing the case to Priya: what Sam is told."""
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await answers(bot, DSL, DSL_PART[:3])
    return await hands_over(bot)


# --- the colleague told where to find a finished case ------------------------------------------


async def test_a_finished_case_handed_on_at_a_remove_is_said_where_to_find(team: Bot) -> None:
    """Sam, going on long-term sick leave, had KB-7 under way and FM-3 finished, ready for the
    conference. His team manager removed him, handing both to Priya, who was told "... came to
    you: "KB-7" (Safety mapping), "FM-3" (Pre-referral reflection). /resume lists them";
    /resume listed KB-7 alone (it lists unfinished drafts), and FM-3, the one she needed for
    the conference, was nowhere she was told to look. She is told how to open it."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await finished_reflection(bot, "FM-3", SAM)
    assert (await removed_with_a_hand_over(bot)).startswith("Handed Sam's 2 drafts to Priya.")
    told = read(bot, PRIYA)
    assert '"FM-3" (Pre-referral reflection)' in told
    assert told.endswith("/resume lists the unfinished ones; /resume FM-3 opens the finished "
                         "one.")
    seen = len(phone(bot, PRIYA))
    await bot.say("/resume", PRIYA)  # the one unfinished: opened, FM-3 not offered
    assert 'Back to "KB-7"' in " ".join(phone(bot, PRIYA)[seen:])
    assert "FM-3" not in " ".join(phone(bot, PRIYA)[seen:])
    await bot.say("/resume FM-3", PRIYA)
    assert "Finished" in " ".join(phone(bot, PRIYA)[-3:])


async def test_only_unfinished_cases_handed_on_are_listed_by_resume_as_before(
        team: Bot) -> None:
    bot = team
    await mapping(bot, "KB-7", SAM)
    await removed_with_a_hand_over(bot)
    assert read(bot, PRIYA).endswith('"KB-7" (Safety mapping). /resume lists it.')


# --- a partner asked to send to a name they have never heard ----------------------------------


async def test_a_partner_is_told_who_the_colleague_they_now_send_to_is(team: Bot) -> None:
    """The school's DSL opened Sam's link ("Practitioner has asked you to add what you know
    ..."), answered two questions, and Sam went on sick leave, handing KB-7 to Priya. At the
    end she was asked "Send your contribution to Priya now?", a name she had never seen, about
    a child on her roll, with nothing to say who Priya was. She is told Priya has taken the
    case over from the colleague who sent her the link; her part still goes to Priya."""
    bot = team
    assert (await handed_over_as_the_school_answers(bot)).startswith('Handed "KB-7" to Priya')
    await answers(bot, DSL, DSL_PART[3:])
    offer = said_to(bot, DSL)[-1]
    assert offer.startswith("That's every question. Send your contribution to Priya now?")
    assert 'Priya has taken "KB-7" over from the colleague who sent you the link.' in offer
    await bot.say("send", DSL)
    assert said_to(bot, DSL)[-1].startswith("Sent to Priya, thank you.")
    assert read(bot, PRIYA).startswith('School, DSL has sent a contribution to your mapping')


async def test_a_link_opened_after_the_hand_over_says_who_has_the_case(team: Bot) -> None:
    """Sam emailed the health visitor the link before handing KB-7 to Priya; she opened it
    after, and was told "Priya has asked you to add what you know", of a link Sam had sent
    her."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    health = await link(bot, "health", SAM)
    await hands_over(bot)
    await opens(bot, health, HV)
    welcome = next(t for t in said_to(bot, HV) if t.startswith("Hello."))
    assert 'Priya has taken "KB-7" over from the colleague who sent you the link.' in welcome


async def test_a_partner_of_a_case_handed_back_to_its_first_lead_is_told_nothing_new(
        team: Bot) -> None:
    bot = team
    await handed_over_as_the_school_answers(bot)
    await bot.say("/resume KB-7", PRIYA)
    await hands_over(bot, to=SAM, giver=PRIYA)
    await answers(bot, DSL, DSL_PART[3:])
    offer = said_to(bot, DSL)[-1]
    assert offer.startswith("That's every question. Send your contribution to Sam now?")
    assert "taken" not in offer


# --- the giver's line typed after the hand-over --------------------------------------------


async def test_a_line_typed_at_the_question_after_handing_over_is_said_to_be_the_takers_case(
        team: Bot) -> None:
    """Sam handed KB-7 to Priya, then typed the answer he had ready for the question still on
    his screen ("Mum, dad, nan"). He was told "You have no draft open. None is saved either:
    /new starts one", as if his drafts were lost, and nothing of where his words went. He is
    told it was not saved because the case is his colleague's now, and to send it to them;
    once he opens another draft, that is not said again."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await hands_over(bot)
    await bot.say("Mum, dad, nan", SAM)
    said = read(bot, SAM)
    assert said.startswith("I haven't saved that: you handed the draft you were on to a "
                           "colleague")
    assert "None is saved either" not in said
    assert "KB-7" not in said
    assert "Priya" not in said
    hers = await bot.conversation.drafts(PRIYA)
    loaded = await bot.conversation.load(PRIYA, hers[0].id)
    assert loaded is not None
    assert "Mum, dad, nan" not in loaded.answers.values()
    await bot.say("Mum, dad, nan, school DSL", SAM)  # said once: then as before
    assert read(bot, SAM).startswith("You have no draft open.")


async def test_what_a_giver_types_later_is_not_said_to_be_for_the_case_handed_over(
        team: Bot) -> None:
    bot = team
    await mapping(bot, "KB-7", SAM)
    await hands_over(bot)
    await finished_reflection(bot, "AB-1", SAM)  # another draft opened since
    await bot.say("/cancel AB-1", SAM)
    await bot.tap(button(bot, "y:cancel:"), SAM)
    await bot.say("hello again", SAM)
    assert "handed" not in read(bot, SAM)


# --- a case handed to a colleague who has one of the same label ---------------------------------


async def test_a_finished_case_beside_one_of_the_same_label_is_found_as_the_taker_is_told(
        team: Bot) -> None:
    """Priya had just begun her own reflection "AB-1" for a sibling when Sam handed her his
    finished "AB-1". She was told "... /resume alone lists your drafts to choose from":
    /resume alone opened her own, and Sam's, finished, was in no list. She is told the
    command that offers both, and it does."""
    bot = team
    for said in ("/new reflection", "AB-1"):
        await bot.say(said, PRIYA)
    await finished_reflection(bot, "AB-1", SAM)
    await hands_over(bot)
    told = read(bot, PRIYA)
    assert told == ('Sam handed you "AB-1" (Pre-referral reflection): /resume AB-1\n'
                    'You already had a Pre-referral reflection called "AB-1": both are kept as '
                    "they were, nothing merged; /resume AB-1 offers both to choose from.")
    await bot.say("/resume AB-1", PRIYA)
    offered = sorted(b["text"] for b in bot.newest_buttons())
    assert offered == ["Continue AB-1, 0 answers (Pre-referral reflection)",
                       "Open AB-1, 8 answers (Pre-referral reflection, finished)"]


# --- a line held back by a note, let go at a Remove --------------------------------------------


async def test_the_colleague_is_told_of_a_line_held_back_that_did_not_come_with_the_case(
        team: Bot) -> None:
    """Sam's last line in LM-9, naming someone in full with a phone number, was held while he
    chose whether to keep it when his manager removed him, handing his drafts to Priya. The
    admin was told the line "was not passed on"; Priya, who has the case, was told nothing,
    and would take LM-9's contributors as never asked. She is told that question's answer
    did not come with it (not what it said)."""
    bot = team
    await mapping(bot, "LM-9", SAM)
    await bot.say("Mum, dad, John Smith (07700 900123), school DSL", SAM)
    assert read(bot, SAM).startswith("Parts of this could identify someone")
    await removed_with_a_hand_over(bot)
    told = read(bot, PRIYA)
    assert told.endswith(' In "LM-9", the answer Sam was giving to the question it is on was '
                         "waiting for their choice about a note on it, so it did not come with "
                         "the draft: that question is still to answer.")
    assert "John Smith" not in told
    assert "07700" not in told


async def test_a_partner_whose_link_the_new_lead_stops_is_told_who_she_is(team: Bot) -> None:
    """Priya, taking KB-7 over, found the School link had gone to the wrong DSL and stopped
    it. The DSL, who had only heard from Sam, was told "Priya has stopped the link ... ask
    Priya directly", of someone she had never heard of."""
    bot = team
    await handed_over_as_the_school_answers(bot)
    await bot.say("/resume KB-7", PRIYA)
    await bot.say("/review", PRIYA)
    await bot.tap(labelled(bot, "Stop the School link"), PRIYA)
    await bot.tap(labelled(bot, "Yes, stop it"), PRIYA)
    told = said_to(bot, DSL)[-1]
    assert told.startswith('Priya has stopped the link you opened for "KB-7"')
    assert told.endswith('Priya has taken "KB-7" over from the colleague who sent you the '
                         "link.")


async def test_a_partner_withdrawing_after_the_hand_over_is_told_who_to_ask(team: Bot) -> None:
    """The school's DSL had sent her part to Sam; KB-7 went to Priya, and the DSL withdrew it
    (she had the wrong child). She was told "To send a new contribution, ask Priya for a new
    link", of someone she had never heard of."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await hands_over(bot)
    await bot.say("/delete", DSL)
    await bot.tap(labelled(bot, "Yes, withdraw it"), DSL)
    told = said_to(bot, DSL)[-1]
    assert "ask Priya for a new link" in told
    assert told.endswith('Priya has taken "KB-7" over from the colleague who sent you the '
                         "link.")
    assert read(bot, PRIYA).startswith("The contribution from School, DSL")


async def test_a_partner_reading_what_she_sent_before_the_hand_over_is_told_who_has_it(
        team: Bot) -> None:
    """The DSL sent her part to Sam ("Sent to Practitioner, thank you"); after Sam handed
    KB-7 to Priya she typed "what did i send?" and read "What you sent to Priya ... If you
    have something new to add, tell Priya directly", a name she had never heard of, of a
    part she had sent to Sam."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await hands_over(bot)
    await bot.say("what did i send?", DSL)
    shown = said_to(bot, DSL)[-1]
    assert "FM came in hungry three days last week" in shown
    assert shown.endswith('Priya has taken "KB-7" over from the colleague who sent you the '
                          "link.")


async def test_the_colleague_is_not_told_a_worker_on_sick_leave_has_left(team: Bot) -> None:
    """Sam's manager removed him from the bot for his long-term sick leave, handing his cases
    to Priya, who was told "Sam has left the team": news of a colleague's job that nobody
    gave, and untrue. She is told what happened: an admin removed him from the team here."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await removed_with_a_hand_over(bot)
    told = read(bot, PRIYA)
    assert told.startswith('An admin removed Sam from the team here and handed you their 1 '
                           'draft: "KB-7" (Safety mapping).')
    assert "left" not in told


async def test_a_partner_who_tapped_send_it_to_sam_after_the_hand_over_is_told_why_priya(
        team: Bot) -> None:
    """The DSL had answered every question and was offered "Send it to Practitioner" (Sam)
    just before Sam handed KB-7 to Priya; she tapped it and read "Sent to Priya, thank you",
    as if her part had gone to someone else by mistake."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await answers(bot, DSL, DSL_PART)
    send = labelled(bot, "Send it to Practitioner")
    await hands_over(bot)
    await bot.tap(send, DSL)
    told = said_to(bot, DSL)[-1]
    assert told.startswith("Sent to Priya, thank you.")
    assert told.endswith('Priya has taken "KB-7" over from the colleague who sent you the '
                         "link.")
