"""The forty-eighth walk: the tools as practitioners use them on a phone. Partners answering
by link (a school's safeguarding lead typing a short account at the first box she is given),
a newcomer trying the tools at the terminal with `sosbot chat`, social workers interrupted
mid-flow and coming back hours later, and the slips of a thumb (mistyped commands, stickers,
photos, voice notes, edited messages, double taps, an old question's button), through the real
Application (in memory, and polling the local Bot API server of tests/botapi_server.py) and a
real `sosbot chat` process, on real SQLite files. Each test of a defect failed on the code as
it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.replies import Nudge
from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import DSL, answers, link, mapping, opens, phone, read, team

__all__ = ["team"]  # the fixture


# --- a short account typed at a partner's role ------------------------------------------------


async def test_a_short_account_typed_at_the_role_is_offered_to_its_question(team: Bot) -> None:
    """The school's safeguarding lead opened the link at the school gate and typed what she
    had just seen, "mum shouted at him at pick up", at "What is your role there?". It was
    saved as her role (only accounts of more than eight words were recognised), and the
    social worker's summary headed the school's every line "School, mum shouted at him at
    pick up". She is told it reads as what she has seen, and it is kept for "Worries"."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, ("mum shouted at him at pick up",))
    note = read(bot, DSL)
    assert "reads like what you have seen or heard" in note
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":accept")), user=DSL)
    assert 'kept it for "Worries"' in "\n".join(phone(bot, DSL)[-2:])
    await answers(bot, DSL, ("Designated safeguarding lead",))
    assert "mum shouted at him at pick up" in read(bot, DSL)


@pytest.mark.parametrize("typed", ["FM came in hungry today", "mum shouted at him at pick up",
                                   "He was late again today", "Dad hit her with a belt",
                                   "She said mum was asleep again"])
def test_short_accounts_at_the_role_are_offered_to_their_question(typed: str) -> None:
    chat = sent_at("contribution", "role", typed)
    assert "role" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert '"Worries"' in nudge


@pytest.mark.parametrize("typed", ["school nurse for the Northside cluster", "Class teacher for FM",
                                   "Family support worker for mum and dad", "Teacher",
                                   "Her class teacher", "Head of Year 9", "Mum's support worker",
                                   "Youth worker at the Friday club", "Reception teacher this year",
                                   "Breakfast club lead since September"])
def test_a_role_of_a_few_words_is_saved(typed: str) -> None:
    chat = sent_at("contribution", "role", typed)
    assert chat.draft.answers["role"] == typed
