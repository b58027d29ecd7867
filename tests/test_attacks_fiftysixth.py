"""The fifty-sixth pass's attacks on the real `sosbot run`, `sosbot chat` and the other
`sosbot` commands, and on the signature cutter and the lines offered back. Each test of a
defect failed on the code as it was.

Held this pass (tried, nothing to mend):
"""

from __future__ import annotations

import pytest

from flows.replies import Command, Notice
from tests.test_attacks_twentyninth import shown
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtyfirst import FLOWS, sent_at

__all__ = ["bot"]  # the Application with tests/memory_botapi.py: a fixture

PHONE = "\nTel: 01234 567890\nlucy.marsh@northside.gov.uk"
KEPT = "I've kept"

# --- a signature whose first line the bot reads as said to it ---------------------------------


@pytest.mark.parametrize("first", ["skip", "back", "?", "help", "what do I put here?", "hi",
                                   "same as before"])
@pytest.mark.parametrize("flow", ["supervision", "mapping"])
def test_a_signature_under_a_word_to_the_bot_is_never_said_kept(flow: str, first: str) -> None:
    """A social worker pasted her signature at "Prepared by" with "skip" (or "hi", or "?")
    left on its first line. The bot said "I've kept "skip" as who wrote this, and left out
    the rest of the signature", then read "skip" as /skip, and saved nothing: she took the
    question for answered. What is not saved is not said kept."""
    chat = sent_at(flow, "author", first + PHONE)
    assert "author" not in chat.draft.answers
    said = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert not [line for line in said if line.startswith(KEPT)], said


@pytest.mark.parametrize("flow", ["supervision", "mapping"])
def test_a_signature_is_still_said_kept_when_it_is(flow: str) -> None:
    chat = sent_at(flow, "author", "LM\nSocial worker" + PHONE)
    assert chat.draft.answers["author"] == "LM, Social worker"
    said = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert said[0].startswith('I\'ve kept "LM, Social worker" as who wrote this'), said


def test_a_name_in_quotation_marks_above_a_signature_is_quoted_once() -> None:
    """'"LM"' on the first line was said back as ""LM"", doubled."""
    chat = sent_at("supervision", "author", '"LM"' + PHONE)
    said = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert said[0].startswith('I\'ve kept "LM" as who wrote this'), said


async def test_markup_in_a_signatures_role_line_is_shown_as_typed(bot: Bot) -> None:
    await bot.say("/new supervision")
    await bot.say("KB-3")
    await bot.say("Thursday 3 December, 2pm")
    await bot.say('LM\n<b>Social worker</b> & <a href="x">team</a>' + PHONE)
    said = "\n".join(shown(bot)[-3:])
    assert 'I\'ve kept "LM, <b>Social worker</b> & <a href="x">team</a>" as who' in said, said
    assert not [t for t in bot.texts() if "<a href" in t]


# --- lines offered to the answer before, one after another ------------------------------------

SENT_ON = "and then the neighbour came round and shouted at them all " * 10  # 580 characters


def test_lines_offered_to_the_answer_before_stop_at_what_it_takes() -> None:
    """A family support worker pasted the rest of her notes at "Is the child safe today?",
    a paragraph a message. Each was joined on to the words offered to "What worries you",
    without end: after thirty, /back said none of it could be added and quoted all 17,000
    characters back, and the draft kept them all, read and written again at every message.
    The offer now grows only while the answer before can take it; /back adds it."""
    chat = sent_at("reflection", "safe_today", "and her nan was there too when it happened")
    for _ in range(30):
        chat.send(SENT_ON)
        assert chat.asked == "safe_today"
    limit = FLOWS["reflection"].step("what_happened").spec.max_length
    held = chat.draft.pending
    assert held is not None
    assert len(str(held.value)) < limit
    chat.send(Command("back"))
    said = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert said == ["I've added those words to the end of your answer before."], said
    answer = chat.draft.answers["what_happened"]
    assert answer.endswith(SENT_ON.strip())
    assert len(answer) <= limit
    assert "and her nan was there too" in answer
