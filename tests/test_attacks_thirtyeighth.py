"""The thirty-eighth pass's attacks on the real `sosbot run` (webhook and polling) and its
Application. Each test of a defect failed on the code as it was; the webhook's reading of
odd bodies, which held, is kept as a guard (its docstring says so)."""

from __future__ import annotations

import asyncio
import copy
import html
import random
from pathlib import Path
from typing import Any

from telegram import Update

from bot.decoding import decode_update
from bot.session_commands import MAX_UNFINISHED
from flows.draft import PER_LINE_KEPT
from tests.botapi_server import BotApiServer
from tests.builders import build_flow, section, text
from tests.processes import HANG_GUARD
from tests.store_data import unfinished_drafts
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, team
from tests.test_input_model import running, said
from tests.test_perf_thirtyseventh import BOTS, KNOWN, assert_same, outcome
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_webhook import PRACTITIONER, SECRET, instance, open_a_draft, post_head

__all__ = ["bot", "team"]  # the fixtures

# --- the webhook's door ----------------------------------------------------------------------


async def post_with_header(port: int, secret: bytes, body: bytes = b"{}") -> int:
    """A post to the webhook whose secret header holds these very bytes (an HTTP client
    library would refuse to send some of them; anyone's own few lines of code do not)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(post_head(len(body)).replace(SECRET.encode(), secret, 1) + body)
    await writer.drain()
    status = int((await asyncio.wait_for(reader.readline(), HANG_GUARD)).split()[1])
    writer.close()
    await writer.wait_closed()
    return status


async def test_a_secret_header_that_is_not_utf8_is_refused_as_any_wrong_secret(
        tmp_path: Path) -> None:
    """Anyone who finds the public webhook URL needs no secret to post to it: a post whose
    secret header held a byte that is not UTF-8 ("\\xff", or "é" in Latin-1) was answered
    500, and each wrote a Python traceback to the journal at ERROR, past the once-a-minute
    line that refused posts get; a loop of them filled the journal. It is refused (403) as
    any wrong secret is, counted in that one line."""
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        await open_a_draft(bot)
        refused = [await post_with_header(bot.port, header) for header in
                   (b"\xff\xfe", b"\xe9t\xe9", b"\x80", SECRET.encode() + b"\xe9") * 10]
        assert refused == [403] * 40
        # the door still opens for Telegram
        update = server.take_update(server.send_text(PRACTITIONER, "I felt rushed"))
        assert await bot.post(update) == 200
        assert await bot.stop() == 0
    assert "Traceback" not in bot.stderr
    assert "ERROR" not in bot.stderr
    refused_lines = [line for line in bot.stderr.splitlines() if "refused" in line]
    assert 1 <= len(refused_lines) <= 2, refused_lines


async def test_a_message_without_its_chat_is_no_error_in_the_journal(tmp_path: Path) -> None:
    """A post with the secret (a proxy gone wrong, or someone holding it) of a message
    without its "chat", which Telegram always sends: python-telegram-bot reads it, and the
    bot's first handler, looking for the chat's topic, failed on it: "ERROR ...
    AttributeError while handling update", the line an operator is paged for, once a post.
    It is passed over as any update for no chat of the bot's is, and the next is answered."""
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        await open_a_draft(bot)
        update = server.take_update(server.send_text(PRACTITIONER, "I felt rushed"))
        chatless = {**update, "update_id": update["update_id"] + 1000,
                    "message": {k: v for k, v in update["message"].items() if k != "chat"}}
        shown = len(server.texts(PRACTITIONER))
        assert await bot.post(chatless) in (200, 400)
        assert len(server.texts(PRACTITIONER)) == shown  # nothing said, to nobody
        assert await bot.post(update) == 200
        assert 'I haven\'t saved "I felt rushed"' in server.texts(PRACTITIONER)[-2]
        assert await bot.stop() == 0
    assert "ERROR" not in bot.stderr, bot.stderr


# What a body may hold in place of any value, or in any object beside its fields.
ODD: list[Any] = [None, 0, -1, 1, 2**63, -(2**63) - 1, 1.5, 0.0, True, False, "", "x", "0",
                  [], [None], [1, "a"], {}, {"a": 1}, {"id": 1, "type": "private"}, "\u202e",
                  10**30]
FIELDS = ["self", "api_kwargs", "from", "from_user", "date", "chat", "text", "entities",
          "update_id", "message", "id", "type", "offset", "length", "user", "reply_markup",
          "inline_keyboard", "callback_data", "data", "unix_time", "forward_from",
          "forward_date", "thumbnail", "message_id", "photo", "document", "_bot", "_frozen",
          "reply_to_message", "edit_date", "via_bot", "is_bot", "first_name"]


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    places = [path]
    items = value.items() if isinstance(value, dict) else \
        enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        places += _places(inner, (*path, key))
    return places


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def _mangled(body: Any, rnd: random.Random) -> Any:
    """`body` with one to three of its values replaced, dropped, wrapped or joined by a field
    of a name python-telegram-bot reads."""
    body = copy.deepcopy(body)
    for _ in range(rnd.randint(1, 3)):
        path = rnd.choice(_places(body))
        if not path:
            continue
        parent, key, how = _at(body, path[:-1]), path[-1], rnd.random()
        if how < 0.5:
            parent[key] = copy.deepcopy(rnd.choice(ODD))
        elif how < 0.65 and isinstance(parent, dict):
            del parent[key]
        elif how < 0.8:
            parent[key] = rnd.choice([[parent[key]], {"x": parent[key]}])
        elif isinstance(target := _at(body, path), dict):
            target[rnd.choice(FIELDS)] = copy.deepcopy(rnd.choice(ODD))
    return body


def test_odd_bodies_are_read_as_python_telegram_bots_own_reading_reads_them() -> None:
    """(Held: 20,000 mangled bodies in this pass, none read otherwise.) The webhook's quick
    reading of an update must give what `Update.de_json` gives, or fail as it fails, whatever
    a post holds: each body Telegram sends, its values swapped for odd types, huge numbers
    and junk, dropped, nested, or beside fields of the names the library reads."""
    rnd = random.Random(38)
    for _ in range(400):
        body = _mangled(rnd.choice(list(KNOWN.values())), rnd)
        for bot_ in BOTS:
            kept = copy.deepcopy(body)
            got = outcome(decode_update, kept, bot_)
            want = outcome(Update.de_json, copy.deepcopy(body), bot_)
            if isinstance(want, type) or isinstance(got, type):
                assert got is want, body
            else:
                assert_same(got, want)
            assert kept == body  # nothing of the body changed in reading it


# --- one person's many drafts ----------------------------------------------------------------


async def test_unfinished_drafts_stop_at_a_hundred(bot: Bot) -> None:
    """Every /new and its label was answered after reading every unfinished draft the person
    had (each label opened with its own key), and nothing bounded them: started at the rate
    limit (15 a minute) and kept 30 days, a script on one account, or a phone left
    repeating a message, reached thousands, and each /new, /resume or menu of that one
    person then held every practitioner's next answer up (measured: 6 ms at 25 drafts,
    26 ms at 600, growing with each). A hundred unfinished drafts is the most now: the
    next is refused, said why, and one cancelled makes room."""
    await unfinished_drafts(bot.conversation, USER, "reflection",
                            (f"KB-{n}" for n in range(MAX_UNFINISHED)))
    assert len(await bot.conversation.drafts(USER)) == MAX_UNFINISHED
    await bot.say("/new reflection KB-new")
    said = html.unescape(bot.texts()[-1])
    assert f"You have {MAX_UNFINISHED} unfinished drafts" in said
    assert "/cancel" in said
    assert len(await bot.conversation.drafts(USER)) == MAX_UNFINISHED
    await bot.say("I felt rushed")  # not taken as a label of a draft never started
    assert len(await bot.conversation.drafts(USER)) == MAX_UNFINISHED
    await bot.say("/new reflection KB-3")  # one of them: opened, as before
    assert "KB-3" in html.unescape(" ".join(bot.texts()[-3:]))
    await bot.say("/cancel")
    await bot.tap(next(d for d in bot.buttons() if d.startswith("y")), )
    await bot.say("/new reflection KB-new")
    assert any(d.label == "KB-new" for d in await bot.conversation.drafts(USER))


# --- one question's many notes ---------------------------------------------------------------


def a_note(k: int) -> str:
    """The k-th of many notes of having to stop, each its own line."""
    return " ".join("sorry," if (k >> b) & 1 else "sorry." for b in range(12)) + " lunch duty"


async def test_notes_told_once_each_are_not_kept_without_end(tmp_path: Path) -> None:
    """A note of having to stop ("sorry, lunch duty"), a question about the tool, and the
    like are told once each, and sent again they are the answer: each line so told was
    remembered in the draft for good. Lines of that kind without end at one question (a
    script, or a phone repeating a message with its count) grew the draft by each one, and
    every turn saved it whole again: 8,000 made it 334 kB, written at each answer. Only the
    newest are remembered now, and the last note sent again is still the answer."""
    flow = build_flow(tmp_path, section("s", text("who", title="Who is worried"),
                                        text("could")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as talk:
        await talk.say(f"/new {flow.id}")
        await talk.say("TB-7")
        for k in range(3 * PER_LINE_KEPT):
            await talk.say(a_note(k))
            assert "note that you have to stop" in said(talk)[-2]
        draft = await talk.conversation.active(USER)
        assert draft is not None
        assert len(draft.nudged) <= PER_LINE_KEPT
        assert "who" not in await talk.answers()
        await talk.say(a_note(3 * PER_LINE_KEPT - 1))  # sent again: her answer after all
        assert (await talk.answers())["who"] == a_note(3 * PER_LINE_KEPT - 1)


async def test_a_colleague_with_a_hundred_unfinished_drafts_is_handed_no_more(
        team: Bot) -> None:
    """With a hundred unfinished drafts the most anyone keeps, /handover could still push a
    colleague's past it, one draft after another, for the same slow /new, /resume and menu
    on their account. Sam is told Priya cannot take it, and it stays his."""
    await unfinished_drafts(team.conversation, PRIYA, "reflection",
                            (f"P-{n}" for n in range(MAX_UNFINISHED)))
    await team.say("/new reflection", SAM)
    await team.say("KB-7", SAM)
    said = html.unescape(await hands_over(team))
    assert said.startswith('Priya can\'t take more drafts now, so "KB-7" is still yours')
    assert [d.label for d in await team.conversation.drafts(SAM)] == ["KB-7"]
    assert len(await team.conversation.drafts(PRIYA)) == MAX_UNFINISHED
