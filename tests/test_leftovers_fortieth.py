"""The fortieth pass's leftovers: each met as a practitioner would meet it, through the real
Application (tests/memory_botapi.py) or the real console driver, on real SQLite files and the
real flow YAML. Each test of a defect failed on the code as it was."""

from __future__ import annotations

from pathlib import Path

from telegram.constants import MessageLimit

from bot.telegram_html import visible_length
from storage.store import Store
from tests.store_data import finished_drafts, unfinished_drafts
from tests.test_attacks_thirtythird_b import button_texts
from tests.test_console import at_the_terminal
from tests.test_handover_thirtysixth import PRIYA, SAM, team
from tests.test_input_model import at_a_nudged_answer, said
from tests.test_leftovers_thirtyeighth import _worries
from tests.test_leftovers_thirtyseventh import HELD, SECOND
from tests.test_leftovers_thirtysixth import forty_parts
from tests.test_telegram_handlers import USER, button, running, texts_to
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import LEAD2, mapping, phone, read

__all__ = ["team"]  # the fixture

# --- a leaver's many drafts: the colleague is told of every one ------------------------------


async def test_a_colleague_handed_a_leavers_hundred_drafts_is_told_of_each(team) -> None:
    """Sam left with a hundred open cases and a few finished ones. The admin's Remove handed
    them to Priya, and the notice telling her which came to her, one line naming each, was
    longer than Telegram takes in a message: refused, she was told nothing, and the admin
    read that she perhaps hadn't opened the bot yet. She gets it whole, in messages that fit,
    each draft on a line of its own."""
    bot = team
    labels = [f"Family {n:03} Northside Cou" for n in range(100)]
    await unfinished_drafts(bot.conversation, SAM, "reflection", labels)
    await finished_drafts(bot.conversation, SAM, "reflection", 5)
    before = len(texts_to(bot, PRIYA))
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    await bot.tap(button(bot, "t:mk:"))
    done = " ".join(phone(bot)[-3:])
    assert "Handed Sam's 105 drafts to Priya." in done
    assert "couldn't tell" not in done
    told = phone(bot, PRIYA)[before:]
    assert len(told) > 1
    assert all(visible_length(t) <= MessageLimit.MAX_TEXT_LENGTH for t in texts_to(bot, PRIYA))
    assert told[0].startswith("An admin removed Sam from the team here and handed you their "
                              "105 drafts:")
    lines = "\n".join(told).splitlines()
    for label in labels:
        assert f'"{label}" (Pre-referral reflection)' in lines
    assert '"KB-3" (Pre-referral reflection, finished)' in lines
    assert "/resume lists the unfinished ones" in told[-1]
    assert len(await bot.conversation.drafts(PRIYA, status=None)) == 105
    assert read(bot).endswith("Removed Sam: they can no longer use the bot.")


# --- a number alone typed at the terminal while asked where a line goes ----------------------


async def test_a_number_typed_at_the_terminal_is_told_the_commands_that_choose(
        tmp_path: Path, store: Store) -> None:
    """At `sosbot chat`, asked where her line goes, a social worker typed "2" for the second
    choice: "If you meant one of the choices below, choose it there (they have no numbers)",
    and there is nothing to tap at a terminal: the choices are typed as /replace, /next or
    /keep. It says so now, and her /next still places her line."""
    shown, draft = await at_the_terminal(store, _worries(tmp_path), HELD, SECOND, "2",
                                         "the second one", "/next")
    assert "no numbers" not in shown
    assert "or a button" not in shown
    assert ('I haven\'t kept "2": the question it would go to does not take a number alone. '
            "If you meant one of the choices, type it: /replace, /next or /keep; if 2 is an "
            "answer, send it again once you have chosen.") in shown
    assert ('I can\'t tell which choice "the second one" means (it could be your second '
            "answer or a choice): please type it: /replace, /next or /keep.") in shown
    assert draft.answers["could"] == SECOND


async def test_a_number_typed_on_telegram_is_still_told_to_choose_a_button(
        tmp_path: Path) -> None:
    """Guard: on Telegram the choices are buttons, and the wording is as it was."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say("2")
        assert "choose it there (they have no numbers)" in said(bot)[-2]


# --- /handover with a line typed under a menu waiting -------------------------------------


async def test_handover_names_the_line_typed_under_a_menu_not_a_note(team) -> None:
    """Sam opened the bot, its menu on the screen, and typed "Mum and Nan" for the question
    of his mapping KB-7 he was on: kept, with "Keep it as the answer". Then /handover: "An
    answer of yours in "KB-7" is waiting for your choice about my note on it", and there was
    no note. It says now which line waits and how to settle it."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/start", SAM)
    await bot.say("Mum and Nan", SAM)
    draft = await bot.conversation.active(SAM)
    assert draft is not None
    assert draft.pending is not None
    await bot.say("/handover", SAM)
    refused = read(bot, SAM)
    assert "note" not in refused
    assert refused == ('Your line "Mum and Nan" in "KB-7", sent while its question was off '
                       'the screen, is waiting: keep it as the answer (the button under it) or '
                       "type the answer. Nothing was handed over: send /handover again "
                       "after.")


# --- a member withdrawing all her parts at once, her own drafts kept -------------------------


async def test_a_member_withdraws_all_her_parts_at_once_and_keeps_her_drafts(
        tmp_path: Path, flows) -> None:
    """A social worker, with her own mapping KB-7, had sent her part for forty of a
    colleague's families, and had to withdraw them one by one: forty taps. Her list of parts
    offers "Withdraw all my parts (my own drafts stay)", asked once more: every part goes,
    her colleague is told, and KB-7 and her membership stay. On SQLite."""
    async with running(tmp_path, flows, allowed=(USER, LEAD2)) as bot:
        await mapping(bot, "KB-7", USER)
        await forty_parts(bot, USER)
        lead_saw = len(texts_to(bot, LEAD2))
        await bot.say("/delete")
        await bot.tap(labelled(bot, "Withdraw one part only"))
        await bot.tap(labelled(bot, "Withdraw all my parts (my own drafts stay)"))
        assert read(bot) == ("Withdraw and erase all 40 parts you contributed? Each colleague "
                             "who asked you for one will be told. Your own drafts and your "
                             "place on the team stay. This can't be undone.")
        assert button_texts(bot, USER) == ["Yes, withdraw all my parts", "No"]
        await bot.tap(labelled(bot, "Yes, withdraw all my parts"))
        assert read(bot) == ("Withdrawn: your 40 parts are erased, and each colleague who "
                             "asked you for one is told. Nothing else has been erased: your "
                             "drafts and your membership are as they were.")
        contributions = bot.conversation.contributions  # type: ignore[attr-defined]
        assert await contributions.parts_of(USER) == []
        assert [d.label for d in await bot.conversation.drafts(USER, status=None)] == ["KB-7"]
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.answers
        assert len(texts_to(bot, LEAD2)) > lead_saw  # told


async def test_no_to_withdrawing_all_her_parts_keeps_every_one(tmp_path: Path, flows) -> None:
    """Guard: her No erases nothing."""
    async with running(tmp_path, flows, allowed=(USER, LEAD2)) as bot:
        await mapping(bot, "KB-7", USER)
        await forty_parts(bot, USER)
        await bot.say("/delete")
        await bot.tap(labelled(bot, "Withdraw one part only"))
        await bot.tap(labelled(bot, "Withdraw all my parts (my own drafts stay)"))
        await bot.tap(labelled(bot, "No"))
        assert len(await bot.conversation.contributions.parts_of(USER)) == 40  # type: ignore[attr-defined]


async def test_a_leavers_line_typed_under_a_menu_is_not_called_held_by_a_note(team) -> None:
    """Sam had typed "Mum and Nan" under the menu, kept with "Keep it as the answer", when
    the admin removed him and handed KB-7 to Priya: the admin read that his answer "was held
    back by a note", Priya that it "was waiting for their choice about a note on it", and
    there was no note. Both are told what it was."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/start", SAM)
    await bot.say("Mum and Nan", SAM)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    await bot.tap(button(bot, "t:mk:"))
    done, told = read(bot), read(bot, PRIYA)
    assert "note" not in done
    assert "note" not in told
    assert ('In "KB-7", a line Sam typed while its question was off the screen was never '
            "saved, so it was not passed on.") in done
    assert ('In "KB-7", a line Sam typed while its question was off the screen was never '
            "saved, so it did not come with the draft: that question is still to answer.") \
        in told
