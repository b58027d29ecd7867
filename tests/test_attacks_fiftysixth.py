"""The fifty-sixth pass's attacks on the real `sosbot run`, `sosbot chat` and the other
`sosbot` commands, and on the signature cutter and the lines offered back. Each test of a
defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- the signature cutter at "Prepared by" and "Who is writing": markup in the role line
  (said back as typed, through the real Application), bidi overrides and isolates, a
  zero-width space line, a line "/delete" or "/summary" among the name lines (kept as
  typed, as any words there), 3,000 phone lines and a 54,000-character paste (past its
  2,000 it is read as typed, and refused as too long, nothing saved), 150 name lines (the
  name and role alone said too long), a role line cut into parts by bars;
- `sosbot export -o` a folder (a file named in it), a missing folder, /dev/full, a path
  with a line break, /proc/self/mem: one line each, nothing else written;
- SOSBOT_DB holding a line break (`chat`, `purge`, `keys new --write`): one line naming it;
- key files: another council's key file (`chat`, `export`, `keys list`: "does not fit the
  database", naming the key id it needs), one cut short in its key (the line named), one
  holding only its comment ("holds no key"), mode 644 (refused, with the chmod to run);
  both councils' keys in one file, the other's first: the database opens and new values are
  sealed under the first, as a rotation does (by design);
- a case label with a zero-width joiner ("KB\u200d-12") beside "KB-12": opened as that
  draft ("You already have ... KB-12"), as `/resume KB-12` reads it;
- /back and an answer typed 300 times over, 300 /review: the draft's history stays three
  questions long.
- left: two instances behind one webhook address, one on PostgreSQL and one on SQLite,
  still cannot see each other (Telegram keeps one address for both); an instance that
  takes the address from another, by polling or with an address of its own, now says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.handlers import EDITED
from flows.replies import Command, Notice
from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, free_port, sosbot_child, stop
from tests.telegram_world import run_env
from tests.test_attacks_twentyninth import shown
from tests.test_telegram_handlers import USER, Bot, bot, start_reflection
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


# --- a webhook another deployment serves, found set at start ----------------------------------

THEIRS = "https://cases.council.example/sosbot/updates"  # the council's PostgreSQL instances
OURS = "https://laptop.example/hook"
SECRET = "0123456789abcdef0123"
TAKEN = "a webhook was set for this bot's token (" + THEIRS + "): polling removes it"


@pytest.mark.e2e
async def test_polling_that_takes_a_webhook_away_says_so(tmp_path: Path) -> None:
    """The council's bot ran as `sosbot run --webhook` on PostgreSQL. Someone started `sosbot
    run` with the same token on another machine, on SQLite: polling removed the webhook
    without a word, the council's instances heard nothing more, and its practitioners were
    answered from the other database, which held none of their drafts. Neither log said a
    thing. The instance that takes the updates now says whose they were, in one line."""
    async with BotApiServer() as server:
        server.webhook = {"url": THEIRS, "secret_token": SECRET}
        env = run_env(tmp_path / "bot.db", server.root)
        async with sosbot_child("run", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 0, log
    [said] = [line for line in log.splitlines() if TAKEN in line]
    assert "WARNING" in said
    assert "run only one of them" in said
    assert SECRET not in log


@pytest.mark.e2e
async def test_polling_with_no_webhook_set_says_nothing_of_one(tmp_path: Path) -> None:
    async with BotApiServer() as server, sosbot_child("run", cwd=tmp_path,
                            env=run_env(tmp_path / "bot.db", server.root)) as child:
        await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
        log = await stop(child)
    assert child.returncode == 0, log
    assert "webhook" not in log.lower()


@pytest.mark.e2e
@pytest.mark.parametrize(("before", "warned"), [(THEIRS, True), (OURS, False), ("", False)])
async def test_a_webhook_put_in_place_of_another_address_says_so(
        tmp_path: Path, before: str, warned: bool) -> None:
    """The same, started with --webhook at an address of its own: the other address is named;
    the instance's own address set before (a restart, another instance of the same
    deployment) is not."""
    async with BotApiServer() as server:
        server.webhook = {"url": before, "secret_token": SECRET} if before else {}
        env = run_env(tmp_path / "bot.db", server.root, SOSBOT_WEBHOOK_URL=OURS,
                      SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_PORT=str(free_port()),
                      SOSBOT_LISTEN="127.0.0.1")
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.calls_to("setWebhook"), HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 0, log
    named = [line for line in log.splitlines() if "set to another address" in line]
    assert len(named) == int(warned), log
    if warned:
        assert f"({THEIRS})" in named[0]
        assert "WARNING" in named[0]


# --- one message edited again and again --------------------------------------------------------


def edit_of(bot: Bot, sent: dict[str, object], text: str) -> dict[str, object]:
    """An edit of the message `sent` (an update of its own), now reading `text`."""
    edit = bot.updates.edited(USER, text)
    edit["edited_message"]["message_id"] = sent["message"]["message_id"]  # type: ignore[index]
    return edit


async def test_a_message_edited_again_and_again_gets_the_note_once(bot: Bot) -> None:
    """A social worker mended a typo in her answer, then another, then a third: each edit
    brought the same three lines, "I don't read edited messages, so your earlier answer
    stands ...", three times over. The same message edited again gets no second note while
    nothing else was sent; another message's edit, or one after a new message, does."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":health")))
    answer = bot.updates.text(USER, "She told me her dad shouts at night")
    await bot.feed(answer)
    for mended in ("She told me her dad shouts at nihgt", "She told me dad shouts at night",
                   "She told me dad shouts most nights"):
        await bot.feed(edit_of(bot, answer, mended))
    assert bot.texts().count(EDITED) == 1, bot.texts()[-4:]
    await bot.say("/review")
    await bot.feed(edit_of(bot, answer, "She told me dad shouts every night"))
    assert bot.texts().count(EDITED) == 2
