"""The forty-third walk of the shared work (partners' links, hand-overs, two roles in one
chat), as the people who use it meet it on their phones, through the real Application
(tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on the code as it
was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from tests.test_attacks_thirtythird_b import button_texts
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join
from tests.test_telegram_handlers import Bot, button
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    HV,
    LEAD2,
    PC,
    answers,
    answers_link,
    link,
    mapping,
    opens,
    phone,
    read,
    team,
)

__all__ = ["team"]  # the fixture

BOT_LINK = "https://t.me/sosbot_test_bot?start="
PC_PART = ("PC", "two call-outs in November", "mum rang us herself",
           "I will visit with the social worker by fri 11 dec", "3", "/skip", "/skip", "send")


# --- a link pasted as a message, not tapped -------------------------------------------------


async def test_a_link_pasted_mid_part_does_not_replace_an_answer(team: Bot) -> None:
    """The DSL began the school's part at her desk, and next morning, on her phone, copied
    the link from the social worker's email and pasted it into the chat rather than tapping
    it. The link was saved as her answer to "What have you seen or heard yourself that
    worries you", over "FM came in hungry three days last week", and the next question came:
    the social worker would have read a web address as the school's worries. It is read as
    the link now, as a tap on it is."""
    bot = team
    await mapping(bot, "FM-3")
    school = await link(bot, "school")
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART[:3], "/back"))
    await bot.say(f"{BOT_LINK}{school}", user=DSL)
    shown = phone(bot, DSL)[-2:]
    assert shown[0].startswith("You're already answering this contribution")
    assert "What have you seen or heard yourself that worries you" in shown[1]
    assert "Current answer: FM came in hungry three days last week" in shown[1]
    await bot.tap(labelled(bot, "Keep"), user=DSL)
    await answers(bot, DSL, (*DSL_PART[3:], "send"))
    await bot.say("/summary FM-3")
    summary = phone(bot)[-1]
    assert "FM came in hungry three days last week" in summary
    assert "t.me" not in summary


async def test_a_link_pasted_by_the_partner_it_was_sent_to_opens_it(team: Bot) -> None:
    """The health visitor found the bot by its name and pasted the link from the email into
    the chat. She was told the bot is only for practitioners on its list, as if the link were
    nothing, and gave up. The pasted link opens her part, as the link tapped does."""
    bot = team
    await mapping(bot, "FM-3")
    health = await link(bot, "health")
    await bot.say(f"{BOT_LINK}{health}", user=HV)
    assert "Practitioner has asked you to add what you know" in phone(bot, HV)[0]
    assert "Which kind of service are you answering for?" in read(bot, HV)


async def test_a_lead_pasting_her_own_link_does_not_file_it_as_an_answer(team: Bot) -> None:
    """The social worker pasted the school's link into the chat to see what the DSL would
    get. It was saved as her answer to "Who has contributed to this picture?", so the
    summary she exported for conference carried a working link to the family's mapping. It
    is read as the link now, as a tap on it is."""
    bot = team
    await mapping(bot, "FM-3")
    school = await link(bot, "school")
    await bot.say(f"{BOT_LINK}{school}")
    assert read(bot).startswith("That is the link for a partner to your own mapping")
    await bot.say("/summary FM-3")
    assert school not in read(bot)


async def test_a_link_to_another_bot_is_still_an_answer(team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-3")
    await bot.say("https://t.me/another_bot?start=" + "A" * 32)
    assert "Who has contributed to this picture?" not in read(bot)


# --- a partner who is also a lead: two drafts under one label ---------------------------------


async def sam_leads_fm3_and_answers_for_fm3(bot: Bot) -> None:
    """Sam, a social worker, has his own mapping "FM-3" (the family he holds) and, as the
    school's link was forwarded to him, the school's part for Practitioner's "FM-3" (another
    family with the same initials), open at its worries."""
    await sam_and_priya_join(bot)
    await mapping(bot, "FM-3", SAM)
    await bot.say("Mum, dad", SAM)
    await mapping(bot, "FM-3")
    school = await link(bot, "school")
    await answers_link(bot, school, SAM)
    await bot.tap(labelled(bot, "Keep"), user=SAM)
    await bot.say("Family support worker", SAM)
    assert "worries you about this child" in read(bot, SAM)


async def test_export_of_a_label_two_drafts_share_offers_to_export_each(team: Bot) -> None:
    """Sam sent "/export FM-3" for his own family's conference. Two drafts go by FM-3, so he
    was asked which, with "Continue FM-3 (Partner's contribution)" and "Continue FM-3
    (Safety mapping)": he tapped his mapping, it opened at its question, and no documents
    came; he sent /export again and got them only then. The buttons export now."""
    bot = team
    await sam_leads_fm3_and_answers_for_fm3(bot)
    await bot.say("/export FM-3", SAM)
    assert read(bot, SAM) == "More than one of your drafts matches that. Which one?"
    shown = button_texts(bot, SAM)
    assert "Export FM-3 (Safety mapping)" in shown
    assert not [text for text in shown if text.startswith("Continue")]
    before = len(bot.request.sent("sendDocument"))
    await bot.tap(labelled(bot, "Export FM-3 (Safety mapping)"), user=SAM)
    assert len(bot.request.sent("sendDocument")) > before


async def test_a_no_under_which_draft_to_discard_is_not_an_answer(team: Bot) -> None:
    """Sam sent "/cancel FM-3", meaning his own draft, was asked which of two to discard,
    thought better of it and typed "no". "no" was saved as the school's answer to "What have
    you seen or heard yourself that worries you about this child?" in the part he was
    writing for another social worker, and the next question came. A line typed under the
    list is not saved unasked: the open question is shown again."""
    bot = team
    await sam_leads_fm3_and_answers_for_fm3(bot)
    await bot.say("/cancel FM-3", SAM)
    assert read(bot, SAM).startswith("More than one of your drafts matches that.")
    await bot.say("no", SAM)
    assert "worries you about this child" in "\n".join(phone(bot, SAM)[-3:])
    assert read(bot, SAM).startswith('I haven\'t saved "no" yet')
    await bot.say("/review", SAM)
    assert "Worries" not in read(bot, SAM)


# --- a part that will not come: withdrawn before it was sent, or its writer removed ------------


async def test_a_part_withdrawn_before_it_was_sent_is_not_said_to_be_sent(team: Bot) -> None:
    """The DSL had answered two questions when she was told a colleague would answer for
    the school, and withdrew. The social worker read "The contribution from School, DSL ...
    has been withdrawn by the person who sent it, so it is no longer in your summary", and
    looked through her summary for a part that had never been in it. She is told it was
    withdrawn before it was sent."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, DSL_PART[:3])
    await bot.say("/delete", user=DSL)
    await bot.tap(labelled(bot, "Yes, withdraw it"), user=DSL)
    told = read(bot)
    assert told.startswith('The contribution from School, DSL to your mapping "FM-3" has '
                           "been withdrawn before it was sent, so it will not come (it was "
                           "never in your summary)")
    assert "the person who sent it" not in told
    assert "no longer in your summary" not in told
    assert "/invite makes a new link" in told


async def test_a_sent_part_withdrawn_is_told_as_before(team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await bot.say("/delete", user=DSL)
    await bot.tap(labelled(bot, "Yes, withdraw it"), user=DSL)
    assert read(bot).startswith('The contribution from School, DSL to your mapping "FM-3" has '
                                "been withdrawn by the person who sent it, so it is no longer "
                                "in your summary.")


async def test_a_lead_is_told_when_the_colleague_writing_her_part_is_removed(
        team: Bot) -> None:
    """The school's link for Lin's mapping "KB-2" was forwarded to Sam, a social worker on
    the team, who had written the school's worries when he left the council, and the admin
    removed him. What he had written was erased with him, and Lin was told nothing: her
    summary said "School: ... opened the link, nothing sent now", and she waited for the
    school's part until the conference. She is told now, and how to ask again."""
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-2", LEAD2)
    await answers_link(bot, await link(bot, "school", LEAD2), SAM)
    await bot.tap(labelled(bot, "Keep"), user=SAM)
    await answers(bot, SAM, ("Family support worker", "KB came in hungry"))
    lin_saw = len(phone(bot, LEAD2))
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:my:"))
    assert read(bot).startswith("Removed Sam: they can no longer use the bot")
    told = phone(bot, LEAD2)[lin_saw:]
    assert told == ['The part School, Family support worker was writing for your mapping '
                    '"KB-2" will not come: they are no longer on the team here, and what they '
                    "had written has been erased. If you still need it, /invite makes a new "
                    "link while the mapping is not finished."]


# --- a button pressed after what it was for has changed -------------------------------------


async def test_stop_pressed_after_the_part_came_says_it_came(team: Bot) -> None:
    """The police officer's link had been forwarded to the wrong colleague, the social worker
    heard, so she opened /review to stop it; before she tapped "Stop the Police link", the
    officer himself sent his part. She read "Alright, nothing has been changed.", as if she
    had said no, and did not know whether the link still worked. She is told the part came."""
    bot = team
    await mapping(bot, "FM-3")
    police = await link(bot, "police")
    await bot.say("/review")
    stop = next(d for d in bot.buttons() if d.startswith("t:cz:"))
    await opens(bot, police, PC)
    await answers(bot, PC, PC_PART)
    await bot.tap(stop)
    assert read(bot) == ('A part has come by the Police link for "FM-3" meanwhile, so there '
                         "is no link left to stop. /review FM-3 shows it, with a button to "
                         "leave it out of your summary.")


async def test_leave_out_pressed_after_the_part_was_withdrawn_says_so(team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await bot.say("/review")
    leave = next(d for d in bot.buttons() if d.startswith("t:cx:"))
    await bot.say("/delete", DSL)
    await bot.tap(labelled(bot, "Yes, withdraw it"), DSL)
    await bot.tap(leave)
    assert read(bot) == ("That part is no longer there: whoever sent it has withdrawn it, so "
                         "it is in neither your summary nor your exports.")


async def test_a_service_tapped_from_an_old_invite_list_says_which_mapping(team: Bot) -> None:
    """Sam began /invite for KB-7, was called away, discarded KB-7 as started by mistake and
    began AB-1; back at the old list, he tapped School. He read "To invite a partner, open
    the safety mapping they should contribute to (/resume), then send /invite." with AB-1
    open before him. He is told the list was for another mapping and nothing was made."""
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", SAM)
    await bot.say("/invite", SAM)
    await bot.tap("t:ip", SAM)
    school = next(d for d in bot.buttons() if d.endswith(":school"))
    await bot.say("/cancel", SAM)
    await bot.tap(labelled(bot, "Yes, discard it"), SAM)
    await mapping(bot, "AB-1", SAM)
    await bot.tap(school, SAM)
    assert read(bot, SAM) == ('That list was for another mapping than the one open now '
                              '("AB-1"), so no link was made. Send /invite again to make one '
                              'for "AB-1".')


async def test_buttons_of_a_mapping_handed_over_say_to_whom(team: Bot) -> None:
    """Sam handed KB-7 to Priya on his last day, the school's part in it and the police link
    not answered yet. From his phone's scrollback he tapped "Stop the Police link" (the
    officer had changed), then "Leave out School, DSL": each said "Alright, nothing has been
    changed.", and he thought the police link still went to the old officer, under his name.
    Each says now that he handed KB-7 to Priya, so she can stop it."""
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", SAM)
    school = await link(bot, "school", SAM)
    await link(bot, "police", SAM)
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await bot.say("/invite", SAM)
    await bot.tap("t:ip", SAM)
    health = next(d for d in bot.buttons() if d.endswith(":health"))
    await bot.say("/review", SAM)
    stop = next(d for d in bot.buttons() if d.startswith("t:cz:"))
    leave = next(d for d in bot.buttons() if d.startswith("t:cx:"))
    await hands_over(bot)
    for pressed in (stop, leave, health):
        await bot.tap(pressed, SAM)
        assert read(bot, SAM).startswith('You handed "KB-7" to Priya on '), pressed


# --- /handover typed as people say it -------------------------------------------------------


async def test_handover_label_to_a_colleague_offers_that_colleague(team: Bot) -> None:
    """Priya, going on leave, typed "/handover AB-1 to Sam" with AB-1 open. She read
    '"AB-1 to Sam" isn't the draft open now ("AB-1" is) ... Send /resume AB-1 to Sam to open
    it', and gave up. "/handover to Sam" said no colleague's name has "to sam" in it. Both
    offer Sam now, for the draft open."""
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "AB-1", PRIYA)
    for said in ("/handover AB-1 to Sam", "/handover to sam"):
        await bot.say(said, PRIYA)
        assert read(bot, PRIYA).startswith('Whom should I hand "AB-1" (Safety mapping) to?')
        assert button_texts(bot, PRIYA) == ["Hand to Sam"]
    await bot.say("/handover KB-9 to Sam", PRIYA)
    assert read(bot, PRIYA).startswith('You have no draft called "KB-9"')
    assert button_texts(bot, PRIYA) == []


async def test_handover_of_a_label_not_hers_does_not_send_her_to_resume_it(team: Bot) -> None:
    """Priya typed "/handover KB-7", the case Sam had asked her to take (his, not hers), and
    was told to send /resume KB-7 to open it, which said it could not find that draft."""
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", SAM)
    await mapping(bot, "AB-1", PRIYA)
    await bot.say("/handover KB-7", PRIYA)
    said = read(bot, PRIYA)
    assert said.startswith('You have no draft called "KB-7", so I haven\'t asked about '
                           "handing anything over.")
    assert "/resume KB-7" not in said
    assert button_texts(bot, PRIYA) == []


async def test_handover_of_a_label_handed_already_says_to_whom(team: Bot) -> None:
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", SAM)
    await hands_over(bot)
    await mapping(bot, "AB-1", SAM)
    await bot.say("/handover KB-7", SAM)
    assert read(bot, SAM).startswith('You handed "KB-7" to Priya on ')


# --- a worker leaving the team ------------------------------------------------------------


async def test_a_member_erasing_everything_with_cases_open_is_told_of_handover(
        team: Bot) -> None:
    """Sam, on his last day, sent /delete to clear his things off the bot. It asked whether
    to erase everything, KB-7 with the school's part under way among it, and said nothing of
    /handover: he tapped Yes, and Priya, taking his cases, began KB-7 again without the
    school. The question says how a case goes to a colleague first."""
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await bot.say("/delete", SAM)
    assert ("If a colleague is taking your cases over, answer no and send /handover with each "
            "one open: it passes it to them whole, with its partners' parts.") in read(bot, SAM)


async def test_a_partner_erasing_everything_is_not_told_of_handover(team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await bot.say("/delete", DSL)
    assert "/handover" not in read(bot, DSL)


async def test_invite_naming_a_mapping_not_open_makes_no_link_for_the_open_one(
        team: Bot) -> None:
    """Priya had AB-1 open and typed "/invite KB-7", meaning her other family's mapping. The
    menu came as for any /invite, and the school's link she sent was for AB-1: the DSL would
    have written about KB-7's child into another family's mapping. Now nothing is offered:
    she is told KB-7 isn't the mapping open, and how to open it."""
    bot = team
    await sam_and_priya_join(bot)
    await mapping(bot, "KB-7", PRIYA)
    await mapping(bot, "AB-1", PRIYA)
    await bot.say("/invite KB-7", PRIYA)
    assert read(bot, PRIYA) == ('"KB-7" isn\'t the mapping open now ("AB-1" is), so no link '
                                "has been made. Send /resume KB-7 to open it, then /invite.")
    assert button_texts(bot, PRIYA) == []
    await bot.say("/invite ZZ-1", PRIYA)
    assert read(bot, PRIYA) == ('You have no mapping called "ZZ-1", so no link has been made. '
                                "/drafts lists yours.")
    await bot.say("/invite AB-1", PRIYA)
    assert read(bot, PRIYA) == "Whom would you like to invite?"
