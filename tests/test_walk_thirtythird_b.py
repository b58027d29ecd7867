"""The thirty-third walk (b): the shared work as a council uses it. A social worker's safety
mapping for a family, with links for the school's designated safeguarding lead, a health
visitor and a police officer, each answering on their own phone, interrupted, correcting,
withdrawing; the same DSL asked by two social workers about two families; the lead's review
and the summary for the conference. Each test of a defect failed on the code as it was; the
others guard what the fixes must leave alone."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import replace
from pathlib import Path

import pytest

from bot.teams.codes import code_hash
from bot.teams.invites import invite_colleague, invite_partner
from flows.draft import Draft
from flows.flow import Flow
from storage.contributions import ContributionStore
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.botapi_html import parse_telegram_html
from tests.test_telegram_handlers import (
    USER,
    Bot,
    age_drafts_of,
    button,
    retention_job,
    running,
    texts_to,
)
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtysecond import labelled

DSL, HV, PC = 5001, 5002, 5003
LEAD2 = 6001  # a second social worker, with a family of her own
SAM = 7001  # a social worker who is a member of the team (not an admin)
DSL_PART = ("DSL", "/keep", "FM came in hungry three days last week", "FM comes every day on time",
            "I will offer FM breakfast club from mon 7 dec", "5", "/skip", "/skip")


@pytest.fixture
async def team(tmp_path: Path, flows: Mapping[str, Flow]) -> AsyncIterator[Bot]:
    """The bot, with two social workers who may use it."""
    async with running(tmp_path, flows, allowed=(USER, LEAD2)) as the_bot:
        yield the_bot


async def mapping(bot: Bot, label: str, lead: int = USER) -> None:
    """The lead's safety mapping for a child protection conference."""
    for said in ("/new mapping", label):
        await bot.say(said, user=lead)
    await bot.tap(button(bot, "a:"), user=lead)
    for said in ("tues 15 dec 10am", "JS social worker"):
        await bot.say(said, user=lead)


async def link(bot: Bot, service: str, lead: int = USER) -> str:
    """The code of the lead's partner link for `service`, to the mapping open."""
    await bot.say("/invite", user=lead)
    await bot.tap("t:ip", user=lead)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(f":{service}")), user=lead)
    code = re.search(r"start=([A-Za-z0-9_-]+)", bot.texts()[-1])
    assert code is not None
    return code.group(1)


async def opens(bot: Bot, code: str, partner: int) -> None:
    """The partner opens the link and keeps the service it was made for."""
    await answers_link(bot, code, partner)
    await bot.tap(labelled(bot, "Keep"), user=partner)


async def answers_link(bot: Bot, code: str, partner: int = USER) -> None:
    """The partner opens the link; someone on the team, asked first whether to answer it
    themselves (it works once), taps "Yes, I'll answer it"."""
    await bot.say(f"/start {code}", user=partner)
    if read(bot, partner).endswith("Answer it yourself?"):
        await bot.tap(labelled(bot, "Yes, I'll answer it"), user=partner)


def phone(bot: Bot, user: int = USER) -> list[str]:
    """The messages to `user` as their phone shows them (no markup)."""
    return [parse_telegram_html(text)[0] for text in texts_to(bot, user)]


def read(bot: Bot, user: int = USER) -> str:
    """The newest message to `user` as their phone shows it."""
    return phone(bot, user)[-1]


async def answers(bot: Bot, partner: int, said: tuple[str, ...]) -> None:
    for line in said:
        await bot.say(line, user=partner)


# --- the DSL asked about two families by two social workers ---------------------------------


async def two_families(bot: Bot, labels: tuple[str, str] = ("FM-3", "KB-2")
                       ) -> tuple[str, str]:
    """USER's mapping FM-3 and LEAD2's KB-2 (or of those `labels`): the code of each one's
    School link."""
    await mapping(bot, labels[0])
    fm = await link(bot, "school")
    await mapping(bot, labels[1], LEAD2)
    return fm, await link(bot, "school", LEAD2)


async def the_dsl_on_two_families(bot: Bot, labels: tuple[str, str] = ("FM-3", "KB-2")
                                  ) -> None:
    """The DSL has sent her part for FM-3 (USER's family) and is part way through KB-2
    (LEAD2's family); or the mappings of those `labels`."""
    fm, kb = await two_families(bot, labels)
    await opens(bot, fm, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    assert said_to(bot, DSL)[-1].startswith("Sent to")
    await opens(bot, kb, DSL)
    await answers(bot, DSL, ("DSL", "/keep", "KB was sent home with a bruise on her cheek"))


async def test_withdrawing_one_familys_part_leaves_the_other_familys(team: Bot) -> None:
    """Part way through KB-2 the DSL saw it was the wrong child's link and sent /delete, to
    withdraw that one. She was asked "Withdraw your contribution ...?" and Yes withdrew both:
    what she had sent for FM-3 left that family's conference summary too, unasked. Now she is
    asked which, naming both families, and withdrawing KB-2 leaves FM-3's part where it was;
    only KB-2's social worker is told."""
    bot = team
    await the_dsl_on_two_families(bot)
    await bot.say("/delete", user=DSL)
    asked = said_to(bot, DSL)[-1]
    assert '"FM-3" for Practitioner (sent)' in asked
    assert '"KB-2" for Practitioner (not sent yet)' in asked
    told_before = len(said_to(bot, USER))
    await bot.tap(labelled(bot, 'Withdraw "KB-2" only'), user=DSL)
    assert said_to(bot, DSL)[-1].startswith('Withdrawn: your contribution to "KB-2" is erased')
    assert "has been withdrawn" in said_to(bot, LEAD2)[-1]
    assert len(said_to(bot, USER)) == told_before  # FM-3's lead: nothing withdrawn
    await bot.say("/summary")
    summary = said_to(bot, USER)[-1]
    assert "School, DSL" in summary
    assert "FM came in hungry three days last week" in summary
    await bot.say("/summary", user=LEAD2)
    assert "KB was sent home" not in said_to(bot, LEAD2)[-1]


async def test_withdrawing_the_sent_part_only_leaves_the_one_under_way(team: Bot) -> None:
    """Withdrawing FM-3's sent part alone, the DSL carries on with KB-2 and sends it."""
    bot = team
    await the_dsl_on_two_families(bot)
    await bot.say("/delete", user=DSL)
    await bot.tap(labelled(bot, 'Withdraw "FM-3" only'), user=DSL)
    assert "has been withdrawn" in read(bot)
    await answers(bot, DSL, ("/start", "KB comes in clean and happy on mondays",
                             "I will check in with KB every morning from mon 7 dec", "4",
                             "/skip", "/skip", "send"))
    assert read(bot, DSL).startswith("Sent to Practitioner")
    await bot.say("/summary", user=LEAD2)
    assert "KB was sent home with a bruise on her cheek" in read(bot, LEAD2)
    await bot.say("/summary")
    assert "FM came in hungry" not in read(bot)


async def test_one_part_withdrawn_of_two_in_either_engine(engine_store: SqlStore) -> None:
    """The storage under it, in SQLite and PostgreSQL: one part withdrawn (the one being
    answered, with its draft) leaves the other and the partner's standing; the last one
    withdrawn leaves nothing of them."""
    teams = TeamStore(engine_store)
    contributions = ContributionStore(teams)
    codes = []
    for lead, label in ((USER, "FM-3"), (LEAD2, "KB-2")):
        await engine_store.save(Draft(id=label, user_id=lead, flow_id="mapping",
                                      flow_version=1, label=label), (), new=True)
        made = await invite_partner(teams, lead, label, agency="School", label=label,
                                    lead_name="Jo")
        assert await contributions.claim(code_hash(made.code), DSL, time.time()) is not None
        codes.append(code_hash(made.code))
    fm, kb = [await teams.invite(code) for code in codes]
    assert fm is not None
    assert kb is not None
    assert await contributions.send(fm, {"flow": "contribution", "answers": {"role": "DSL"}})
    working = Draft(id="kb-part", user_id=DSL, flow_id="contribution", flow_version=1,
                    label="KB-2", answers={"worries": "a bruise"})
    await engine_store.save(working, working.answers, new=True)
    assert await contributions.set_working(kb.code_hash, "kb-part")
    assert [i.short_id for i in await contributions.withdraw(DSL, kb.short_id)] == \
        [kb.short_id]
    assert await engine_store.load_draft(DSL, "kb-part") is None
    assert [(i.short_id, sent) for i, sent in await contributions.parts_of(DSL)] == \
        [(fm.short_id, True)]
    assert (await teams.standing(DSL)).contributed
    assert await contributions.withdraw(DSL, kb.short_id) == []  # a second tap: nothing
    assert [i.short_id for i in await contributions.withdraw(DSL, fm.short_id)] == \
        [fm.short_id]
    assert not (await teams.standing(DSL)).contributed
    assert all(sent is None for _, sent in await contributions.for_draft("FM-3"))
    # the lead's Stop of a link being answered: that part and its draft, nothing else
    made = await invite_partner(teams, USER, "FM-3", agency="Police", label="FM-3",
                                lead_name="Jo")
    assert await contributions.claim(code_hash(made.code), PC, time.time()) is not None
    await engine_store.save(replace(working, id="pc-part", user_id=PC), working.answers,
                            new=True)
    assert await contributions.set_working(code_hash(made.code), "pc-part")
    assert await contributions.answered_by(code_hash(made.code)) == PC
    await contributions.stop(code_hash(made.code), PC)
    assert await engine_store.load_draft(PC, "pc-part") is None
    assert await contributions.answered_by(code_hash(made.code)) is None


async def test_a_partner_of_one_family_is_asked_as_before(team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "health"), HV)
    await answers(bot, HV, ("health visitor", "/delete"))
    assert said_to(bot, HV)[-1].startswith("Withdraw your contribution and erase everything")
    assert [b["text"] for b in bot.newest_buttons()] == ["Yes, withdraw it", "No"]


# --- the DSL withdraws her part and sends it again -----------------------------------------


async def the_dsl_withdraws(bot: Bot) -> str:
    """The DSL sends her part for FM-3, withdraws it; the code of the link she had."""
    await mapping(bot, "FM-3")
    school = await link(bot, "school")
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await bot.say("/delete", user=DSL)
    await bot.tap(labelled(bot, "Yes, withdraw it"), user=DSL)
    return school


async def test_a_part_withdrawn_and_sent_again_is_in_the_summary_once(team: Bot) -> None:
    """The DSL withdrew her part to correct it and sent it again through a new link. The
    conference summary listed her under "Partners who sent their part" and, under "Partners
    invited who have not answered", "School: invited 5 Dec 2026, no answer yet" (the first
    link): the chair would chase a school that had answered. The link she withdrew from is
    no longer listed once another link for the school has been made."""
    bot = team
    await the_dsl_withdraws(bot)
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, ("DSL", "/keep", "FM came in hungry four days last week", *DSL_PART[3:],
                             "send"))
    await bot.say("/summary")
    summary = read(bot)
    assert "Partners who sent their part: School, DSL" in summary
    assert "no answer yet" not in summary
    assert "Partners invited who have not answered" not in summary
    assert "FM came in hungry four days last week" in summary
    assert "three days" not in summary
    await bot.say("/review")
    assert "Not answered yet" not in read(bot)


async def test_a_withdrawn_part_reads_as_withdrawn_not_as_never_answered(team: Bot) -> None:
    """Before any new link, the school's withdrawn part is not "no answer yet" (as if the
    link had never been opened), which sent the lead chasing the school to open it."""
    bot = team
    await the_dsl_withdraws(bot)
    await bot.say("/summary")
    summary = read(bot)
    assert "School: invited" in summary
    assert "no answer yet" not in summary
    assert "opened the link, nothing sent now" in summary
    await bot.say("/review")
    assert "School (invited" in read(bot)
    assert "opened the link, nothing sent now" in read(bot)


# --- a second family's link while the first is under way ----------------------------------


async def test_a_second_familys_link_opened_mid_answer_names_the_first_and_shows_its_question(
        team: Bot) -> None:
    """Half way through FM-3 the DSL got KB-2's link from another social worker and opened
    it. She was told only "You're already answering a contribution ... before opening
    another link": not which, nor that KB-2's link still works, and with that on the screen
    the next thing she typed about KB went in as FM-3's answer. Now the reply names FM-3,
    says KB-2's link still works, and FM-3's question follows it, labelled."""
    bot = team
    fm, kb = await two_families(bot)
    await opens(bot, fm, DSL)
    await answers(bot, DSL, DSL_PART[:3])
    await bot.say(f"/start {kb}", user=DSL)
    busy, asked = phone(bot, DSL)[-2:]
    assert '"FM-3"' in busy
    assert "still works" in busy
    assert asked.startswith("[FM-3] Question 4 of 8")
    await answers(bot, DSL, (*DSL_PART[3:], "send"))
    await bot.say(f"/start {kb}", user=DSL)
    assert any('safety mapping for "KB-2"' in said for said in said_to(bot, DSL)[-4:])


async def test_after_withdrawing_both_sides_are_told_how_a_part_comes_again(team: Bot) -> None:
    """The DSL withdrew her part to put the days right and meant to send it again. She was
    told only that everything was erased; her link, tapped again, answered "this bot is only
    open to practitioners on its list ... send your id to your administrator", and the social
    worker, told it was withdrawn, was not told how to ask for it again. Now she is told to
    ask for a new link (the one she had can't be opened again), and he that /invite makes
    one."""
    bot = team
    await the_dsl_withdraws(bot)
    withdrawn = read(bot, DSL)
    assert withdrawn.startswith("Withdrawn:")
    assert "ask Practitioner for a new link" in withdrawn
    assert "can't be opened again" in withdrawn
    told = read(bot)
    assert "has been withdrawn" in told
    assert "/invite makes a new link" in told


# --- the lead, busy with another family, told a part has come ---------------------------------


async def test_a_part_that_comes_while_another_draft_is_open_says_how_to_see_it(
        team: Bot) -> None:
    """The social worker had moved on to another family's mapping when the DSL sent her part
    for FM-3. He was told "/review shows it"; /review showed the other family's draft, with
    no partner in it, as if the part had not come. The message now names the draft:
    "/review FM-3" opens FM-3 and shows the part."""
    bot = team
    await mapping(bot, "FM-3")
    school = await link(bot, "school")
    await mapping(bot, "GH-8")
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    arrived = read(bot)
    assert "has sent a contribution to your mapping \"FM-3\"" in arrived
    review = re.search(r"/review \S+", arrived)
    assert review is not None
    await bot.say(review.group(0))
    assert "FM came in hungry three days last week" in read(bot)


# --- a partner whose part is gone writes again ---------------------------------------------


async def test_a_partner_whose_mapping_was_closed_mid_answer_is_not_sent_to_an_admin(
        team: Bot) -> None:
    """The social worker discarded FM-3 while the health visitor was answering; her next
    answer, typed as the notice came, and the DSL's old link, tapped after she withdrew, were
    each answered "this bot is only open to practitioners on its list ... send your id to
    your administrator": a dead end for someone who had been answering minutes before. What
    every stranger hears now also says what happened to a partner's link."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "health"), HV)
    await answers(bot, HV, ("health visitor",))
    await bot.say("/delete FM-3")
    await bot.tap(labelled(bot, "Yes, discard it"))
    assert "has closed the safety mapping for \"FM-3\"" in read(bot, HV)
    await bot.say("FM is underweight at her 2 year check", user=HV)
    refused = read(bot, HV)
    assert "If a colleague asked you to add to their safety mapping" in refused
    assert "ask them for a new one" in refused


async def test_a_withdrawn_partners_old_link_says_what_happened_to_it(team: Bot) -> None:
    bot = team
    school = await the_dsl_withdraws(bot)
    await bot.say(f"/start {school}", user=DSL)
    assert "the link you had can't be used any more" in read(bot, DSL)


async def test_after_one_family_is_closed_the_locked_reply_names_the_part_that_was_sent(
        team: Bot) -> None:
    """KB-2's social worker discarded it while the DSL was answering; she typed on about KB
    and was told "Your contribution has been sent, so it can't be changed here", which read
    as if KB-2's part had gone. The reply names the part that was sent: FM-3's."""
    bot = team
    await the_dsl_on_two_families(bot)
    await bot.say("/delete KB-2", user=LEAD2)
    await bot.tap(labelled(bot, "Yes, discard it"), user=LEAD2)
    assert 'closed the safety mapping for "KB-2"' in read(bot, DSL)
    await bot.say("KB comes in clean and happy on mondays", user=DSL)
    locked = read(bot, DSL)
    assert 'Your contribution to "FM-3" has been sent' in locked
    assert "KB-2" not in locked


# --- the lead leaves the team ----------------------------------------------------------------


async def test_removing_a_lead_says_their_mappings_partners_parts_go_too(team: Bot) -> None:
    """Sam, a social worker leaving, had FM-3 with the DSL's part sent and the health
    visitor's under way, two days before conference. The admin's /members asked only
    "Remove Sam? They lose access at once, and every draft of theirs is erased", and Yes
    erased the two partners' parts with the mapping. The question now says so, and how a
    colleague taking over can keep the summary first."""
    bot = team
    teams = TeamStore(bot.conversation.store)
    await teams.join((await invite_colleague(teams, USER)).invite.code_hash, SAM, "Sam",
                     time.time())
    await mapping(bot, "FM-3", SAM)
    school, health = await link(bot, "school", SAM), await link(bot, "health", SAM)
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await opens(bot, health, HV)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    asked = read(bot)
    assert asked.startswith("Remove Sam?")
    assert "1 safety mapping with what 2 partners sent or were answering" in asked
    # the way a colleague taking over keeps it now: the hand-over, not an /export asked of
    # someone leaving (tests/test_leftovers_thirtyseventh.py)
    assert '"Hand their drafts to a colleague first" passes it to them' in asked


@pytest.mark.parametrize("typed", ["/cancel", "/delete FM-3"])
async def test_discarding_a_mapping_says_the_partners_parts_go_with_it(
        team: Bot, typed: str) -> None:
    """The social worker discarded FM-3 (to start it again) while the health visitor was
    answering and the DSL had sent her part. "Discard the draft "FM-3" and all its answers?"
    said nothing of them; Yes erased both parts. The question now says so."""
    bot = team
    await mapping(bot, "FM-3")
    school, health = await link(bot, "school"), await link(bot, "health")
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await opens(bot, health, HV)
    await bot.say(typed)
    asked = read(bot)
    assert asked.startswith('Discard the draft "FM-3" and all its answers?')
    assert "what 2 partners sent or are answering for it goes with it" in asked
    await bot.say("/delete")
    assert "what 2 partners sent or are answering for your mappings goes with them" \
        in read(bot)


async def test_the_welcome_says_where_a_partners_answers_go(team: Bot) -> None:
    """The welcome told the police officer "Your answers go to Practitioner only", but the
    social worker's summary and its documents, which go to the conference (and /share to a
    colleague), show them under "Police officer". It says so now, and "only" is gone."""
    bot = team
    await mapping(bot, "FM-3")
    await bot.say(f"/start {await link(bot, 'police')}", user=PC)
    welcome = next(said for said in phone(bot, PC) if said.startswith("Hello."))
    assert "only" not in welcome.split("Your answers go to")[1].split(".")[0]
    assert "summary for the meeting" in welcome
    assert "under your service and role" in welcome


# --- a partner who never finishes ------------------------------------------------------------


async def test_a_partners_reminder_before_retention_says_finish_and_send(team: Bot) -> None:
    """The police officer opened the link, gave his role and left it for a month. The
    reminder the day before retention said "To finish or export it first, send /resume
    FM-3"; /export is not his to use (a partner's link answers only the part), and nothing
    said his part had not reached the social worker. It says to finish and send it."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "police"), PC)
    await answers(bot, PC, ("police officer",))
    age_drafts_of(bot.db, PC, 29.5)
    await retention_job(bot).callback(None)
    reminder = read(bot, PC)
    assert reminder.startswith('A reminder: your contribution for "FM-3"')
    assert "export" not in reminder
    assert "has not been sent to Practitioner" in reminder
    assert reminder.endswith("To finish and send it first, send /resume FM-3")


# --- a link forwarded to someone it was not meant for ------------------------------------------

NOT_MEANT = 8001  # the officer's colleague, to whom the email with the link was forwarded


async def test_the_lead_can_stop_a_link_someone_else_opened(team: Bot) -> None:
    """The Police link was forwarded to someone it was not meant for, who opened it and
    began. The officer it was for was refused; the social worker's /review and summary said
    "Police: started, not sent yet" with nothing to do about it, and after a new link that
    line stayed beside the officer's part. /review now has "Stop the Police link": once
    confirmed, whoever opened it can answer no more (told so, what they wrote erased), and
    the summary no longer lists it."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "police"), NOT_MEANT)
    await answers(bot, NOT_MEANT, ("response officer",))
    await bot.say("/review")
    await bot.tap(labelled(bot, "Stop the Police link"))
    assert read(bot).startswith("Stop the Police link")
    await bot.tap(labelled(bot, "Yes, stop it"))
    assert read(bot).startswith("Stopped")
    told = read(bot, NOT_MEANT)
    assert 'stopped the link you opened for "FM-3"' in told
    assert "what you wrote for it has been erased" in told
    await bot.say("two callouts in nov", user=NOT_MEANT)
    assert read(bot, NOT_MEANT).startswith("Sorry, this bot is only open to")
    await opens(bot, await link(bot, "police"), PC)
    await answers(bot, PC, ("police officer", "two callouts to the home in nov",
                            "mum rang us herself both times",
                            "I will tell the school the morning after any callout, from 7 dec",
                            "3", "/skip", "/skip", "send"))
    await bot.say("/summary")
    summary = read(bot)
    assert "Partners who sent their part: Police officer" in summary
    assert "Partners invited who have not answered" not in summary
    assert "response officer" not in summary
