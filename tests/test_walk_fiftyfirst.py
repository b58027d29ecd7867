"""The fifty-first walk: the tools as practitioners use them on a phone. A social worker on
the bus whose thought went in two messages, the second landing on a choice; names cut to fit
a line that fell inside an emoji; through the real Application (in memory) on real SQLite
files. Each test of a defect failed on the code as it was; the others guard what the fixes
must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from cases import walk_case

from bot.handlers import STALE_TOAST
from flows.carry import carried_answers
from flows.loader import load_flows
from flows.render import render_text
from flows.replies import Nudge, Pick
from flows.summary import build_summary
from tests.memory_botapi import buttons_of
from tests.test_attacks_fourteenth import answers_now
from tests.test_fixes_nineteenth import at_safe_today
from tests.test_telegram_handlers import (
    PARTNER,
    USER,
    Bot,
    a_partner_on_a_mapping,
    bot,
    sharing_among,
    texts_to,
)
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import phone

__all__ = ["bot"]  # the fixture

ADD = "Add it to my answer before"


# --- a thought sent in two messages, the second at a choice ---------------------------------


async def second_half_at_the_choice(bot: Bot) -> None:
    """A reflection's "What worries you" sent as "Seen a bruise on her arm on Monday", then
    "left by dad's belt she said" a moment later, which reaches "Is the child safe to go
    home today?"."""
    await at_safe_today(bot)
    await bot.say("left by dad's belt she said")


async def test_the_second_half_at_a_choice_is_added_to_the_answer_with_one_tap(
        bot: Bot) -> None:
    """On the bus, a social worker sent what worries her as two messages; the second reached
    "Is the child safe to go home today?". She read four sentences: not saved, no option
    matched, how to reply to the options, and that /back goes back to her answer where what
    she sends replaces it, so to send all of it again or + and the words. She is now offered
    to add it to that answer, and one tap does, saved at once, back at the question."""
    await second_half_at_the_choice(bot)
    offer = phone(bot)[-2]
    assert offer.startswith('I haven\'t saved "left by dad\'s belt she said" here.')
    assert "/back adds it to the end of that answer" in offer
    assert "send all of it again" not in offer
    await bot.tap(labelled(bot, ADD))
    assert (await answers_now(bot))["what_happened"] == ("Seen a bruise on her arm on Monday "
                                                         "left by dad's belt she said")
    told = phone(bot)
    assert told[-2] == "✓ I've added those words to the end of your answer before."
    assert "safe to go home" in told[-1]
    assert "safe_today" not in await answers_now(bot)


async def test_a_thought_in_three_messages_is_offered_and_added_whole(bot: Bot) -> None:
    """A third message came after the second, before she had read the offer: it replaced
    the second, which was then lost. The two are offered, and added, together."""
    await second_half_at_the_choice(bot)
    await bot.say("when she was in the bath")
    assert phone(bot)[-2].startswith('I haven\'t saved "left by dad\'s belt she said when she '
                                     'was in the bath" here.')
    await bot.tap(labelled(bot, ADD))
    assert (await answers_now(bot))["what_happened"] == (
        "Seen a bruise on her arm on Monday left by dad's belt she said when she was in the "
        "bath")


async def test_back_typed_adds_it_too(bot: Bot) -> None:
    await second_half_at_the_choice(bot)
    await bot.say("/back")
    assert (await answers_now(bot))["what_happened"].endswith("left by dad's belt she said")
    assert "safe to go home" in phone(bot)[-1]


async def test_the_offer_is_made_again_when_she_comes_back(bot: Bot) -> None:
    """Her stop came before she could tap it. Back with /resume, the question is shown
    with the offer under it, and the tap still adds the line."""
    await second_half_at_the_choice(bot)
    await bot.say("/resume")
    assert phone(bot)[-1] == ('You wrote "left by dad\'s belt she said". /back adds it to the '
                              "end of your answer before.")
    await bot.tap(labelled(bot, ADD))
    assert (await answers_now(bot))["what_happened"].endswith("left by dad's belt she said")


async def test_an_option_chosen_instead_lets_the_line_go(bot: Bot) -> None:
    """She meant it for nothing (or sent it by mistake) and tapped an option: the option is
    saved, her answer before stays as it was, and /back later only goes back."""
    await second_half_at_the_choice(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":yes")))
    await bot.say("/back")
    answers = await answers_now(bot)
    assert answers["what_happened"] == "Seen a bruise on her arm on Monday"
    assert answers["safe_today"] == "yes"


async def test_an_option_typed_instead_lets_the_line_go(bot: Bot) -> None:
    await second_half_at_the_choice(bot)
    await bot.say("yes")
    assert (await answers_now(bot))["safe_today"] == "yes"
    await bot.say("/back")
    assert (await answers_now(bot))["what_happened"] == "Seen a bruise on her arm on Monday"


async def test_the_add_button_tapped_late_adds_nothing(bot: Bot) -> None:
    """Scrolling up later, her thumb caught the offer's button after she had answered the
    question: an earlier question's button, so nothing is added twice or moved."""
    await second_half_at_the_choice(bot)
    data = labelled(bot, ADD)
    await bot.tap(data)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":yes")))
    await bot.tap(data)
    assert bot.toasts()[-1] == STALE_TOAST
    answers = await answers_now(bot)
    assert answers["what_happened"] == ("Seen a bruise on her arm on Monday left by dad's "
                                        "belt she said")
    assert answers["safe_today"] == "yes"


@pytest.mark.parametrize("typed", ["not sure", "Yes, as far as I know", "maybe",
                                   "Yes as far as I no"])
async def test_words_meant_for_the_choice_are_not_offered_back(bot: Bot, typed: str) -> None:
    """A try at the question itself, an autocorrected option among them ("know" made "no"),
    is no second half of the answer before: no offer to add it there."""
    await at_safe_today(bot)
    await bot.say(typed)
    assert ADD not in [label for params in bot.request.sent()
                       for label, _ in buttons_of(params.get("reply_markup"))]


# --- a name cut to fit a line, between characters as they show ------------------------------


FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"  # one family, 7 code points
# 30 characters, then the family: a cut at 32 fell after its first person and a joiner
NAMED = "Jo Smith, Northside Family Hub" + FAMILY


def named(bot: Bot, user: int, first_name: str) -> None:
    """`user`'s Telegram first name is `first_name` in every update from now on."""
    plain = bot.updates.user
    bot.updates.user = lambda user_id: {  # type: ignore[method-assign]
        **plain(user_id), **({"first_name": first_name} if user_id == user else {})}


async def test_a_leads_name_told_to_a_partner_is_cut_between_characters(bot: Bot) -> None:
    """A social worker's Telegram name ends in a family emoji past the 32 characters a
    partner is told. The school's safeguarding lead opening her link read "Hello. Jo Smith,
    Northside Family Hub👨‍ has asked you ...": a man, where the family was, and a joiner left
    hanging. The name is cut between characters as they show."""
    assert len("Jo Smith, Northside Family Hub") == 30
    named(bot, USER, NAMED)
    await a_partner_on_a_mapping(bot)
    hello = next(t for t in texts_to(bot, PARTNER) if "has asked you" in t)
    assert hello.startswith("Hello. Jo Smith, Northside Family Hub has asked you"), hello


async def test_a_name_that_fits_is_told_whole(bot: Bot) -> None:
    named(bot, USER, "Jo " + FAMILY)
    await a_partner_on_a_mapping(bot)
    hello = next(t for t in texts_to(bot, PARTNER) if "has asked you" in t)
    assert hello.startswith(f"Hello. Jo {FAMILY} has asked you"), hello


async def test_a_senders_name_above_a_shared_summary_is_cut_between_characters(
        tmp_path: Path) -> None:
    """The same social worker shared a finished summary with a colleague, who read
    "Jo Smith, Northside Family Hub👨‍ has shared a finished summary with you"."""
    async with sharing_among(tmp_path, {20_001: "Ali"}) as bot:
        named(bot, USER, NAMED)
        await bot.say("/share")
        await bot.tap(next(d for d in bot.buttons() if d.startswith("t:sh:20001")))
        note = next(t for t in texts_to(bot, 20_001) if "has shared" in t)
        assert note.startswith("Jo Smith, Northside Family Hub has shared"), note


# --- an accent typed as a mark of its own -----------------------------------------------------


@pytest.mark.parametrize(("typed", "quoted"), [
    ("Marie-Christine Pe\u0301rez said dad hit her", "Marie-Christine P\u00e9rez"),
    ("Rene\u0301e Dubois said dad hit her", "Ren\u00e9e Dubois"),
    ("Zoe\u0308 Smith said dad hit her", "Zo\u00eb Smith"),
])
def test_a_name_with_its_accent_typed_apart_is_quoted_whole(typed: str, quoted: str) -> None:
    """A family support worker's phone sent the accent of a surname as a mark of its own
    after the letter, as some keyboards and pasted notes do. Asked to use initials, she read
    'Part of this looks like a full name ("Marie-Christine Pe")': the name stopped at the
    mark, or lost it ("Renee Dubois"). It is quoted as she typed it; her words are held
    exactly as sent."""
    chat = sent_at("reflection", "what_happened", typed)
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert f'looks like a full name ("{quoted}")' in nudge.text
    assert chat.draft.pending is not None
    assert chat.draft.pending.value == typed


# --- "I dont know" for who must not see the child's houses ---------------------------------


FLOWS = load_flows()


@pytest.mark.parametrize("typed", ["I dont know", "I don't know", "not sure", "idk",
                                   "not asked yet"])
def test_not_knowing_who_must_not_see_it_is_said_as_not_known(typed: str) -> None:
    """A family support worker writing up My Three Houses on her phone answered "When you
    read it back, did the child name anyone who must NOT see or hear this?" with "I dont
    know", then that the child was happy for all of it to be shared. She was told, and the
    summary said at its top, that the child "also named someone who should not be told",
    which the child had not. She is told it is not known yet whether the child named
    anyone, and to ask them first; the child's words still go to no mapping until then."""
    chat = sent_at("three_houses", "not_told", typed)
    chat.send(Pick("all", chat.draft.nonce))
    chat.send("Mum and nan")
    said = " ".join(chat.notices())
    assert "not known yet whether they named anyone" in said
    assert "also named someone" not in said
    houses = walk_case(FLOWS["three_houses"]).draft
    houses.answers["share_ok"], houses.answers["not_told"] = "all", typed
    summary = render_text(build_summary(FLOWS["three_houses"], houses))
    assert "not known yet whether they named anyone" in summary
    assert "also named someone" not in summary
    carried = carried_answers(FLOWS["three_houses"], houses.answers, FLOWS["mapping"])
    assert carried.withheld == 3


@pytest.mark.parametrize(("typed", "told"), [("Daddy", True), ("nobody", False)])
def test_a_name_or_nobody_is_read_as_before(typed: str, told: bool) -> None:
    chat = sent_at("three_houses", "not_told", typed)
    chat.send(Pick("all", chat.draft.nonce))
    chat.send("Mum and nan")
    said = " ".join(chat.notices())
    assert ("also named someone" in said) is told
    assert "not known yet whether" not in said
