"""The forty-fifth pass's attacks on the real `sosbot run` (polling the local Bot API server,
and webhook mode) and `sosbot chat`, as an outside checker replaying attacks would. Each test
of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- `run --webhook`: GET, OPTIONS *, TRACE, a wrong path, a header of 9,000 bytes: 404, 405 or
  400, one line naming no content (a request too malformed to route is still answered by
  aiohttp itself, in its own words and with its own Server header: the proxy replaces it);
- settings: SOSBOT_ALLOWED_USERS "1,,2", "-5", "@name", "[1,2]", 24 digits; a log level of
  "TRACE" or "5"; API roots "ftp://", "http://[::1", port 99999; database URLs of mysql,
  "sqlite:///", a bad sslmode, a password (not shown); webhook URLs of http, no URL, port
  1234; SOSBOT_WORDS=/etc/passwd; data keys cut short: one line each naming the setting;
- `sosbot invite --days 0|-1|1e9 --uses 0 --withdraw abc|-1|24 digits`, `sosbot export`
  of "", " ", 23 digits, "-1": one line each;
- two updates of one person at once (two /new, two labels, /cancel with /back, yes twice,
  /new while a label is asked, two /resume): one draft each time, nothing half done;
- six people (an admin, two members, two partners, a stranger) sending 1,500 random
  commands, words, edits, links and taps on their own and each other's old buttons, six
  times over: no error logged, no "Sorry", every message valid Telegram HTML within 4,096,
  no typed word in our loggers at DEBUG;
- /start with a colleague's invite code sent in a group or a supergroup: nothing said,
  the code still works in private;
- `sosbot run` at PYTHONIOENCODING=ascii or latin-1, its database under a folder named with
  an accent and an emoji: the log line escapes them, no logging error;
- an answer pasted with line separators that look like a heading ("WHAT IS WORKING WELL"):
  indented under its question in the text export;
- engine patterns searched over 4,000-character runs of 60 marks and words: the slow ones
  are behind the wording checks' folding of runs (`flows.nudges._GAP`), or fixed below.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path

import pytest

from flows.flow import Flow
from tests.botapi_server import BotApiServer
from tests.builders import EngineChat
from tests.cases import reach
from tests.growth import LINEAR_AT_MOST, growth
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, free_port, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, TEST_KEY, at_question_two, run_env, start_a_draft

KEYED = {"SOSBOT_DATA_KEY": TEST_KEY}

PUBLIC_URL = "https://bot.council.example/telegram/updates"
SECRET = "0123456789abcdef0123"


async def _answer(port: int, request: bytes) -> bytes:
    """What the webhook's port sends back to `request`, to the end (it closes after)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), HANG_GUARD)
    writer.close()
    return answer


# --- the webhook naming its software -----------------------------------------------------------


@pytest.mark.e2e
async def test_the_webhook_does_not_name_its_software_and_versions(tmp_path: Path) -> None:
    """Anyone who found SOSBOT_PORT (a proxy that passes the header on, or the port left open)
    read "Server: Python/3.11 aiohttp/3.x" on every answer, /healthz's, a wrong path's, a
    refused post's: which versions to look up known flaws for. No answer names them now."""
    port = free_port()
    env = run_env(tmp_path / "bot.db", "", SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                  SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_PORT=str(port))
    async with BotApiServer() as server:
        env["SOSBOT_API_ROOT"] = server.root
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.webhook, HANG_GUARD)
            close = b"Host: bot\r\nConnection: close\r\n"
            answers = [await _answer(port, request) for request in (
                b"GET /healthz HTTP/1.1\r\n" + close + b"\r\n",
                b"GET /wp-login.php HTTP/1.1\r\n" + close + b"\r\n",
                b"GET /telegram/updates HTTP/1.1\r\n" + close + b"\r\n",
                b"POST /telegram/updates HTTP/1.1\r\n" + close
                + b"X-Telegram-Bot-Api-Secret-Token: guess\r\nContent-Length: 2\r\n\r\n{}")]
            log = await stop(child)
    assert [a.split(b" ", 2)[1] for a in answers] == [b"200", b"404", b"405", b"403"]
    for answer in answers:
        head = answer.split(b"\r\n\r\n")[0].lower()
        assert b"aiohttp" not in head
        assert b"python" not in head
    assert "Traceback" not in log


# --- "-back", ":back": the key beside the slash ------------------------------------------------


@pytest.mark.e2e
async def test_a_command_typed_with_the_key_beside_the_slash_is_the_command_in_telegram(
        tmp_path: Path) -> None:
    """On an iPhone's keyboard "/" sits between "-" and ":". A social worker meaning to go
    back from "What have you seen, heard or been told that worries you?" typed "-back": it
    was saved as what worries her about the child, and the next question came. "-back",
    ":back" or "#back" is now /back, as ".back" and "\\back" were; "- back", a list's bullet,
    is left as words."""
    async with BotApiServer() as server, sosbot_child("run", cwd=tmp_path,
                            env=run_env(tmp_path / "bot.db", server.root)) as child:
        await start_a_draft(server)
        await at_question_two(server)
        server.send_text(PRACTITIONER, "-back")
        await server.wait_for(lambda: "Question 1" in server.texts(PRACTITIONER)[-1],
                              HANG_GUARD)
        said = server.texts(PRACTITIONER)
        log = await stop(child)
    assert 'I\'ve read "-back" as /back' in "\n".join(said)
    assert not any("Question 3" in t for t in said)
    assert "Traceback" not in log


@pytest.mark.parametrize("typed", [":back", "#back"])
def test_a_command_typed_with_the_key_beside_the_slash_is_the_command_in_sosbot_chat(
        tmp_path: Path, typed: str) -> None:
    """The same at the terminal; nothing of it is saved."""
    db = str(tmp_path / "bot.db")
    done = sosbot_here("chat", "--db", db, "--flow", "reflection",
                      input=f"KB-1\n2\n{typed}\n", env=KEYED)
    assert f'I\'ve read "{typed}" as /back, not as an answer.' in done.stdout
    assert "[Question 3 of 8" not in done.stdout
    reviewed = sosbot_here("chat", "--db", db, input="/review\n", env=KEYED).stdout
    assert typed not in reviewed


# --- a long run of spaces at a choice or a scale -----------------------------------------------


@pytest.mark.parametrize("gap", [" ", "\n", "\t", "\u00a0"])
@pytest.mark.parametrize(("step", "typed"), [("worry_scale", "5{gap}because nan is there"),
                                             ("safe_today", "Yes{gap}x")])
def test_a_long_run_of_spaces_at_a_choice_or_a_scale_is_read_in_step_with_its_length(
        flows: Mapping[str, Flow], step: str, typed: str, gap: str) -> None:
    """A number typed at a scale with thousands of spaces or line breaks after it (a table's
    empty cells pasted, a key held down; or a partner's link in the wrong hands) was read
    again from each space of the run by one reader of the number after another: "5", 4,000
    spaces and a word took five to seven seconds of the bot's one thread, and every
    practitioner's reply waited behind it; at a choice, most of a second. A written answer
    was already read in step with its length (the thirty-fifth pass); a choice and a scale
    now are too, and read as with one space ("5", saved with why)."""
    chat = reach(flows["reflection"], step)

    def answer(length: int) -> EngineChat:
        sent = EngineChat(chat.flow, chat.draft, nudger=chat.nudger)
        sent.send(typed.format(gap=gap * length))
        return sent

    assert growth(answer, 1000) < LINEAR_AT_MOST
    spaced = EngineChat(chat.flow, chat.draft, nudger=chat.nudger)
    spaced.send(typed.format(gap=" "))
    assert answer(4000).draft.answers == spaced.draft.answers  # read as with one space


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_a_long_run_of_spaces_in_who_is_worried_does_not_hold_up_the_drafted_statement(
        flows: Mapping[str, Flow], gap: str) -> None:
    """Who is worried, answered with thousands of spaces inside ("the school", a table's
    empty cells, "and nan"), is saved as sent; but the danger statement drafted from it read
    that run again from each of its spaces: the answer after it, which brings the drafted
    statement, took a second of the bot's one thread. It costs what prose does now, and the
    statement is drafted as from one space."""
    chat = reach(flows["mapping"], "danger_impact_1")

    def answer(length: int) -> EngineChat:
        sent = EngineChat(chat.flow, chat.draft, nudger=chat.nudger)
        sent.draft.answers["danger_who_1"] = f"the school{gap * length}and nan"
        sent.send("T could be badly hurt and frightened")
        return sent

    assert growth(answer, 1000) < LINEAR_AT_MOST
    drafted = answer(4000).question.suggestion
    assert drafted is not None
    assert drafted.startswith("The school and nan")
    assert drafted == answer(1).question.suggestion
