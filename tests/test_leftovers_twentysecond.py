"""The twenty-second pass over defects earlier passes saw and left: each pinned by a test
that failed on the code as it was."""

from __future__ import annotations

from flows.loader import load_flows
from flows.replies import Notice
from tests.test_telegram_handlers import USER, Bot, bot, texts_to
from tests.test_walk_eighteenth import a_health_visitor_sends
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()

HARM_INTRO = "Think of one harmful behaviour or pattern"


# --- 1. a section's introduction said again after an /edit further up -------------------------


def test_the_harm_sections_introduction_is_not_said_again_after_an_edit_further_up() -> None:
    """A social worker in the Harm Matrix, at the second question about the harm, went back
    with /edit to correct who was filling it in. Answered, the bot came back to where she
    was with "Think of one harmful behaviour or pattern. If there are several, start with
    the one that worries you most." again, as if the worry she was half-way through were a
    new one. It is said when the section is first reached."""
    flow = FLOWS["harm_matrix"]
    chat = reach(flow, "danger_behaviour_1")
    assert any(HARM_INTRO in n for n in chat.notices())  # first reached: said
    chat.send("R shouts at mum and pushes her while T is at home")
    while chat.asked != "harm_impact_1":
        chat.command("keep")
    chat.command("edit", "1")
    assert chat.asked == "author"
    chat.send("LM, social worker, Northside children's team")
    assert chat.asked == "harm_impact_1"
    assert not any(HARM_INTRO in n for n in chat.notices()), chat.replies
    assert [r for r in chat.replies if isinstance(r, Notice)] == []


# --- 2. a partner's answer pasted as a list, bullets and all --------------------------------


async def test_a_partners_answer_pasted_as_a_list_reaches_the_lead_without_its_bullets(
        bot: Bot) -> None:
    """A class teacher pasted her worries and next steps from an email, "• On 26 Nov ..."
    and "1. I will ring mum ...". On the lead's phone, /summary showed "• • On 26 Nov" and
    "• 1. I will ring mum", the email's marks inside the summary's own bullets, and /review
    the same after each title; the lead's own pasted lists drop them. The partner's lines
    are items of a list now, as the lead's are."""
    await a_health_visitor_sends(bot, [
        "School", "class teacher",
        "• On 26 Nov N came in with no coat and said nobody was up\n"
        "• she fell asleep in phonics on 27 Nov",
        "- Her older brother brings her to class\n- she is doing well in reading",
        "1. I will ring mum each Monday\n2) school will offer breakfast club from 7 Dec",
        "5 - she is in school most days", "mama sleeps in the day"])
    await bot.say("/review")
    review = "".join(texts_to(bot, USER)[-3:])
    await bot.say("/summary")
    summary = bot.texts()[-1]
    for shown in (review, summary):
        assert "\n   – On 26 Nov N came in with no coat and said nobody was up\n" \
               "   – she fell asleep in phonics on 27 Nov" in shown, shown
        assert "   – Her older brother brings her to class" in shown
        assert "   – I will ring mum each Monday\n" \
               "   – school will offer breakfast club from 7 Dec" in shown
        for mark in ("• •", "• -", "• 1.", ": •", ": -", ": 1.", "2)"):
            assert mark not in shown, mark
    assert "<i>Worries</i>:\n   – On 26 Nov" in review
    # a one-line answer is kept as it was written
    assert "5 of 10. she is in school most days" in review
