"""The thirty-second round of attacks, second part: a hostile or careless user and a faulty
network on what this pass added (a refused question sent again, corrections and change
requests, labels read as a reader tells them apart, instances agreeing on their settings).
Each test failed on the code as it was, through the real parts: the real Application with the
Bot API in memory (`tests.test_telegram_handlers`), the polling bot against the local Bot API
server (`tests.telegram_world`), and an instance's settings as `sosbot run` reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.instances import this_instance
from flows.loader import load_flows
from tests.telegram_world import bot_world
from tests.test_attacks_thirtysecond import (
    a_new_draft_labelled_opens_kb_12,
    the_officers_part_answered,
)
from tests.test_teams_partners_e2e import (
    ADMIN,
    CHILD,
    SCHOOL,
    WORRY,
    lead_with_a_mapping,
    open_link,
    partner_link,
)
from tests.test_telegram_handlers import USER, Bot, answers_of, bot, start_reflection
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import PC, said_to

__all__ = ["bot"]  # the fixture


# --- 1. a case label that reads as another draft's --------------------------------------------


@pytest.mark.parametrize("label", ["ᏦᏴ-12", "ꓗꓐ-12", "кв-12", "KB-12\u20dd", "KB\u058a12",
                                   "KB\u2e3a12", "ᴋʙ-12"],
                         ids=["cherokee", "lisu", "small cyrillic", "enclosing circle",
                              "armenian hyphen", "two-em dash", "small capitals"])
async def test_a_label_drawn_as_an_open_drafts_opens_that_draft(bot: Bot, label: str) -> None:
    """"KB-12" typed again with letters of another script drawn as K and B (Cherokee or Lisu
    from a phone's keyboard, Cyrillic in small letters, small capitals from "fancy text"), a
    ring laid round the last digit, or a dash no keyboard here has, started a second
    reflection beside "KB-12": /drafts listed two drafts reading alike, one with the answers
    and one empty. It opens the draft it reads as."""
    await a_new_draft_labelled_opens_kb_12(bot, label)


# --- 2. an env file's path with a line break ---------------------------------------------------


@pytest.mark.parametrize("path", ["/etc/sosbot/second.env\nsosbot: all settings agree",
                                  "/etc/sosbot/\x1b[2Jsecond.env", "/etc/sosbot/\u202eune.env",
                                  "/etc/sosbot/second\u2028.env\r"],
                         ids=["line break", "escape", "turned round", "separator"])
def test_a_settings_file_named_with_a_line_break_is_one_line_in_the_refusal(path: str) -> None:
    """SOSBOT_SETTINGS_FROM is written into systemd's unit by hand: a path with a line break
    (pasted from an email), an escape or a character that turns the line round made the
    refusal "... the settings of this instance (/etc/sosbot/second.env" and a second line
    of its own in the journal, which could read as another message entirely. The refusal
    and the log line stay one line, the path written with its escapes."""
    flows = load_flows()
    first = this_instance(load_settings(SOSBOT_DRAFT_DAYS=30, SOSBOT_SETTINGS_FROM=path),
                          None, flows)
    second = this_instance(load_settings(SOSBOT_DRAFT_DAYS=60, SOSBOT_SETTINGS_FROM=path),
                           None, flows)
    refused, _ = second.against(first.record())
    for line in refused:
        assert line.isprintable(), line
        assert line.startswith("SOSBOT_DRAFT_DAYS (60 here, 30 there): the settings of this "
                               f"instance ({ascii(path)[1:-1]}) and ")
    assert json.loads(second.record())["source"] == path  # kept as it is


# --- 3. "yes" typed to a partner's "are you sure?" ---------------------------------------------


async def test_yes_typed_to_withdraw_a_partners_part_never_sends_it(bot: Bot) -> None:
    """Offered "Send it to Practitioner", the officer changed their mind about taking part
    and sent /delete: "Withdraw your contribution and erase everything stored about you
    here?". They typed "yes", as anyone would, and their contribution was sent to the lead
    instead, the lead told it had arrived: the opposite of what was asked. The question is
    asked again with its buttons, nothing sent; No keeps it, and "send" then sends it."""
    await the_officers_part_answered(bot)
    await bot.say("/delete", user=PC)
    for typed in ("yes", "Yes please"):
        await bot.say(typed, user=PC)
        assert said_to(bot, PC)[-1].startswith("Withdraw your contribution")
    assert not any("has sent" in t for t in said_to(bot, USER))
    await bot.tap("t:pk", user=PC)
    await bot.say("send", user=PC)
    assert said_to(bot, PC)[-1].startswith("Sent to Practitioner")
    assert sum("has sent" in t for t in said_to(bot, USER)) == 1


# --- 4. a correction after an /edit --------------------------------------------------------


@pytest.mark.parametrize("typed", ["*meant Jo Smith, youth worker", "can i change my last answer?",
                                   "sorry that was meant for the wrong question"])
def test_a_correction_after_an_edit_goes_to_the_answer_edited(typed: str) -> None:
    """At "Harm outside the home", the youth worker sent "/edit 1" to put her name right,
    answered "Jo Bloggs, youth worker", was brought back, and sent "*meant Jo Smith, youth
    worker" (or asked to change her last answer). The bot went to "Next review", the
    question before in the flow, and the whole answer she sent then, her name, replaced
    the date of the next review. It goes to the answer just sent, and then back."""
    chat = reach(load_flows()["contextual"], "harm_outside")
    review = chat.draft.answers["next_review"]
    chat.command("edit", "1")
    chat.send("Jo Bloggs, youth worker")
    assert chat.asked == "harm_outside"
    chat.send(typed)
    assert '"Written by"' in chat.notices()[0]
    assert chat.asked == "author"
    chat.send("Jo Smith, youth worker")
    assert chat.draft.answers["author"] == "Jo Smith, youth worker"
    assert chat.draft.answers["next_review"] == review
    assert chat.asked == "harm_outside"


# --- 5. a partner's offer to send refused by Telegram ------------------------------------------


async def test_a_partners_offer_to_send_telegram_refused_reaches_them_once_it_recovers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The school's last answer was saved, then Telegram refused messages for a moment (a
    502): "That's every question. Send your contribution ...?" never came, only "Sorry,
    something went wrong ... Send /show", and /show had no question to show. The part sat
    unsent, the lead waiting for it. The offer is sent again once Telegram takes messages,
    once, and its Send sends the part."""
    monkeypatch.setattr("bot.redelivery.WAITS_S", (0.2, 0.3, 0.4))  # the pauses, shortened
    monkeypatch.setattr("bot.redelivery.MARGIN_S", 0.1)
    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(ADMIN),
                         no_errors=False) as world:
        await lead_with_a_mapping(world)
        await open_link(world, SCHOOL, await partner_link(world, "School"))
        await world.tap("School", user=SCHOOL)
        for said in ("designated safeguarding lead", WORRY, "Nan walks T to school daily",
                     "Breakfast club from Monday; the DSL checks in each Friday", "4",
                     "Fed at nan's and at school; 5 if breakfast at home most days"):
            await (world.tap if said == "4" else world.answer)(said, user=SCHOOL)
        world.server.fail("sendMessage", times=3, code=502)
        await world.answer(CHILD, user=SCHOOL)
        await world.server.wait_for(
            lambda: world.texts(SCHOOL)[-1].startswith("That's every question"))
        await world.tap("Send it to Tester", user=SCHOOL)
        assert world.texts(SCHOOL)[-1].startswith("Sent to Tester")
        assert sum(t.startswith("That's every question") for t in world.texts(SCHOOL)) == 1
        assert CHILD not in " ".join(r.getMessage() for r in world.errors.records)


# --- 6. a correction typed just after switching drafts -----------------------------------------


@pytest.mark.parametrize("typed", ["*meant on his left arm", "can i change my last answer"])
async def test_a_correction_after_switching_drafts_changes_nothing_in_the_draft_opened(
        bot: Bot, typed: str) -> None:
    """A teacher wrote KB-13's worry ("he had a bruise on tuesday"), went back to KB-12 with
    /resume, then sent "*meant on his left arm" for KB-13's answer. KB-12 went back to its
    answer before ("nan picks her up every day") and the whole answer sent next, KB-13's
    child's bruise, replaced it: another family's record. Nothing of KB-12 is gone back to:
    the reply says so, and its question is asked again."""
    await start_reflection(bot)
    for said in ("School or college", "she came in hungry on monday", "Yes, as far as I know",
                 "They know and agree", "nan picks her up every day", "/new reflection",
                 "KB-13", "School or college", "he had a bruise on tuesday", "/resume KB-12",
                 typed):
        await bot.say(said)
    assert "What do you think needs to happen next" in said_to(bot, USER)[-1]
    await bot.say("he had a bruise on his left arm on tuesday")
    assert (await answers_of(bot, "KB-12"))["going_well"] == "nan picks her up every day"
