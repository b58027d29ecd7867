"""The fortieth pass's review of the thirty-ninth's change: each met as a practitioner on a
phone would meet it, through the real Application (tests/memory_botapi.py) on real SQLite
files and the real flow YAML. Each test of a defect failed on the code as it was; the others
guard what the fix must leave alone."""

from __future__ import annotations

import time

from tests.test_attacks_thirtythird_b import button_texts
from tests.test_leftovers_thirtysixth import forty_parts
from tests.test_telegram_handlers import USER, Bot
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import DSL, LEAD2, answers_link, link, mapping, read, team

__all__ = ["team"]  # the fixture

# --- a member withdrawing her parts keeps her own drafts ---------------------------------------


async def _own_labels(bot: Bot) -> list[str]:
    return [d.label for d in await bot.conversation.drafts(USER, status=None)]


async def test_a_members_list_of_parts_offers_no_erasure_of_everything(team: Bot) -> None:
    """A social worker, on her own mapping KB-7, had sent her part for forty of a colleague's
    families. Her /delete offered "Withdraw one part only ... keep everything else"; its list
    had "Withdraw all of them" under the parts, and that button erased everything of hers:
    KB-7, every answer, with no "are you sure?" of it, and told her so only afterwards. Her
    list of parts offers the parts alone: everything is erased by /delete's own Yes."""
    bot = team
    await mapping(bot, "KB-7", USER)
    labels = await forty_parts(bot, USER)
    await bot.say("/delete")
    await bot.tap(labelled(bot, "Withdraw one part only"))
    assert button_texts(bot, USER) == [*(f'Withdraw "{label}" only' for label in labels[:8]),
                                       "More (9 to 16 of 40)",
                                       "Withdraw all my parts (my own drafts stay)", "No"]
    await bot.tap(labelled(bot, f'Withdraw "{labels[3]}" only'))
    assert read(bot).startswith(f'Withdrawn: your contribution to "{labels[3]}" is erased')
    assert await _own_labels(bot) == ["KB-7"]


async def test_yes_typed_under_a_members_list_of_parts_erases_nothing(team: Bot) -> None:
    """She tapped /delete's "Withdraw one part only" and, looking at the list, typed "yes":
    it was taken for a yes to the /delete she had turned away from, "Erase everything stored
    about you?", and everything of hers was erased, KB-7 and her membership with it. Her
    choice of one part answers that question: a "yes" typed after it erases nothing."""
    bot = team
    await mapping(bot, "KB-7", USER)
    await forty_parts(bot, USER)
    await bot.say("/delete")
    await bot.tap(labelled(bot, "Withdraw one part only"))
    await bot.say("yes")
    assert "erased" not in read(bot)
    assert await _own_labels(bot) == ["KB-7"]
    assert len(await bot.conversation.contributions.parts_of(USER)) == 40  # type: ignore[attr-defined]


async def test_a_members_all_of_them_shown_before_erases_nothing(team: Bot) -> None:
    """The list shown to her before this change, its "Withdraw all of them" tapped within
    its two minutes: nothing is erased, her parts nor her drafts."""
    bot = team
    await mapping(bot, "KB-7", USER)
    await forty_parts(bot, USER)
    await bot.tap(f"t:pw:{int(time.time())}")
    assert read(bot) == "Alright, nothing has been changed."
    assert await _own_labels(bot) == ["KB-7"]
    assert len(await bot.conversation.contributions.parts_of(USER)) == 40  # type: ignore[attr-defined]


async def test_a_partners_list_of_parts_still_offers_all_of_them(team: Bot) -> None:
    """Guard: a school's DSL, no member, may still withdraw every part at once."""
    bot = team
    await forty_parts(bot, DSL)
    await bot.say("/delete", user=DSL)
    assert "Withdraw all of them" in button_texts(bot, DSL)
    await bot.tap(labelled(bot, "Withdraw all of them"), user=DSL)
    assert read(bot, DSL).startswith("Withdrawn: your answers and everything else")


async def test_a_member_withdrawing_her_last_part_keeps_her_drafts(team: Bot) -> None:
    """She withdrew the one part she had sent (her /delete's 'Withdraw "..." only'): "Nothing
    else has been erased: your drafts ... are as they were", and her mapping KB-7, with all
    its answers, was erased with the part. It is kept."""
    bot = team
    await mapping(bot, "KB-7", USER)
    await forty_parts(bot, USER)
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    for invite, _ in (await contributions.parts_of(USER))[1:]:
        await bot.conversation.withdraw_parts(USER, only=invite.short_id)  # type: ignore[attr-defined]
    ((left, _),) = await contributions.parts_of(USER)
    await bot.say("/delete")
    await bot.tap(labelled(bot, f'Withdraw "{(left.about or {})["label"]}" only'))
    assert "Nothing else has been erased: your drafts" in read(bot)
    assert await contributions.parts_of(USER) == []
    assert await _own_labels(bot) == ["KB-7"]
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.label == "KB-7"
    assert draft.answers


async def test_an_admins_line_after_her_list_of_parts_is_not_taken_for_a_withdrawal(
        team: Bot) -> None:
    """The team's admin (by the settings, so no member row) was answering a colleague's
    partner link for FM-4, and had sent parts for forty other families. She tapped /delete's
    "Withdraw one part only", looked, and went back to her part: her next line, "yes", was
    not read as her answer but as a reply to the list, which was shown again as a partner's,
    with "Withdraw all of them". A member's list is a button's question, as her /delete is:
    her line goes to her part."""
    bot = team
    await mapping(bot, "FM-4", LEAD2)
    code = await link(bot, "police", LEAD2)
    await forty_parts(bot, USER)
    await answers_link(bot, code)
    await bot.say("/delete")
    await bot.tap(labelled(bot, "Withdraw one part only"))
    shown = len(said_to(bot, USER))
    await bot.say("yes")
    replies = said_to(bot, USER)[shown:]
    assert not any("Which do you want to withdraw" in t for t in replies), replies
    assert replies[-1].startswith("[FM-4]")  # her part's question: "yes" kept "Police"
    assert "Withdraw all of them" not in button_texts(bot, USER)
