"""The sixteenth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Telegram updates go through the real Application (the Bot API
answered in memory, `tests.test_telegram_handlers`); settings and the webhook through the
real command."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import sosbot_command, sosbot_env
from in_process import sosbot_here

from flows.nudges import privacy
from tests.botapi_server import BotApiServer
from tests.processes import free_port
from tests.telegram_world import PRACTITIONER
from tests.test_attacks_fourteenth import answers_now
from tests.test_telegram_handlers import Bot, bot, no_errors, start_reflection
from tests.test_webhook import PUBLIC_URL, SECRET, Instance, open_a_draft, stored_answers

__all__ = ["bot"]  # the fixture


@pytest.mark.parametrize("answer", [
    "Seen by 𝐉𝐨𝐡𝐧 𝐒𝐦𝐢𝐭𝐡 at the school gate",  # "fancy text" letters
    "Mum gave her email, ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ, to the school",  # full-width
    "The family moved to ＳＷ１Ａ １ＡＡ last month",
    "Seen by \u0408\u043ehn \u0405mith at the school gate",  # Cyrillic J, o and S
    "Seen by Jo\u0335hn Smith at the school gate",  # a stroke laid over the o
    "Seen by J\u03bfhn Smith at the school gate",  # a Greek omicron
])
async def test_a_name_or_contact_in_look_alike_letters_is_asked_about_in_an_answer(
        bot: Bot, answer: str, caplog: pytest.LogCaptureFixture) -> None:
    """A case label in full-width or "fancy" letters was refused last round; an answer was
    not: "𝐉𝐨𝐡𝐧 𝐒𝐦𝐢𝐭𝐡", an email or a postcode typed in such letters was saved with no
    reminder and went on into the summary and the exported documents."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say(answer)
    assert "Part of this looks like" in bot.texts()[-1]
    assert "what_happened" not in await answers_now(bot)  # held by the reminder
    no_errors(caplog)


@pytest.mark.parametrize("answer", [
    "The boys were with Jos\u00e9 at the caf\u00e9 after school",
    "\u041c\u0430\u043c\u0430 \u0441\u043a\u0430\u0437\u0430\u043b\u0430, \u0447\u0442\u043e "
    "\u0432\u0441\u0451 \u0445\u043e\u0440\u043e\u0448\u043e",  # Russian: "mum said all is well"
    "\u03a3\u03c4\u03bf \u03c3\u03c7\u03bf\u03bb\u03b5\u03af\u03bf",  # Greek: "at school"
])
def test_accents_and_other_alphabets_are_not_read_as_a_name(answer: str) -> None:
    """Reading look-alike letters as Latin ones is for finding names typed to slip past;
    an accent, or an answer written in another alphabet, is not a name."""
    assert privacy(answer) is None


@pytest.mark.parametrize("value", ["t.db ", " t.db", "t.db\t"])
def test_a_database_path_with_a_space_at_its_end_is_the_database_not_another(
        tmp_path: Path, value: str) -> None:
    """Docker's --env-file and systemd's Environment="..." keep a space at a value's end:
    SOSBOT_DB="t.db " made a second database, a file named "t.db " beside the real one, and
    the answers went there; fixed, the setting sent them back to the first, without them."""
    sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="KB-1\n2\n",
                env={"SOSBOT_DB": "t.db"})
    result = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path,
                         input="/resume KB-1\nSeen a bruise on her arm\n",
                         env={"SOSBOT_DB": value})
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sosbot.key", "t.db"]
    exported = sosbot_here("export", "KB-1", cwd=tmp_path, env={"SOSBOT_DB": "t.db"})
    assert "Seen a bruise on her arm" in exported.stdout



@pytest.mark.parametrize("key_first", [True, False])
def test_a_dot_env_copied_from_the_example_as_the_readme_says_works(
        tmp_path: Path, key_first: bool) -> None:
    """The README says: make a key (`sosbot keys new --write`), then copy .env.example to
    .env. That file sets SOSBOT_KEY_FILE= to nothing, which was read as the folder ".":
    `sosbot run` and `sosbot chat` stopped at "The key file . is not a file", and
    `keys new --write`, run after the copy, ended in a traceback. Empty, it is unset, as
    SOSBOT_WORDS= is: the key file beside the database."""
    if key_first:
        assert sosbot_here("keys", "new", "--write", cwd=tmp_path).returncode == 0
    shutil.copy(Path(__file__).parents[1] / ".env.example", tmp_path / ".env")
    if not key_first:
        made = sosbot_here("keys", "new", "--write", cwd=tmp_path)
        assert made.returncode == 0, made.stderr
    chat = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path,
                       input="KB-1\n1\nSeen a bruise on her arm\n")
    assert chat.returncode == 0, chat.stderr
    assert "Traceback" not in chat.stderr
    exported = sosbot_here("export", "KB-1", cwd=tmp_path)
    assert "Seen a bruise on her arm" in exported.stdout
    assert (tmp_path / "sosbot.key").stat().st_mode & 0o077 == 0


@pytest.mark.e2e
@pytest.mark.parametrize(("public", "extra"), [
    ("https://bot.example.org/telegram/{x}", {}),
    ("https://bot.example.org/sosbot%20updates", {}),
    (PUBLIC_URL, {"SOSBOT_LISTEN": "127.0.0.1 "}),
    (PUBLIC_URL, {"SOSBOT_WEBHOOK_SECRET": f"{SECRET} "}),
])
async def test_a_webhook_address_as_the_operator_wrote_it_is_served(
        tmp_path: Path, public: str, extra: dict[str, str]) -> None:
    """Telegram posts to SOSBOT_WEBHOOK_URL as written. A path with braces in it was read
    by the web server as a pattern, and one with %20 in it was compared undecoded: every
    post was answered 404, so the bot was silent and Telegram held the practitioners'
    messages until it gave up on them. A space after SOSBOT_LISTEN's address (kept by
    Docker's --env-file) stopped the bot with "Name or service not known", and one after
    the secret (which Telegram's rule never allows in it) stopped it as a bad secret."""
    async with BotApiServer() as server:
        bot = Instance(server, tmp_path / "w.db", free_port(), public=public, extra=extra)
        try:
            await bot.start()
            await open_a_draft(bot)
            said = server.send_text(PRACTITIONER, "school")
            assert await bot.post(server.take_update(said)) == 200
            assert await bot.stop() == 0
        finally:
            await bot.kill()
    assert await stored_answers(bot.db) == [{"referrer_role": "school"}]


@pytest.mark.parametrize("command", [("chat", "--flow", "reflection"), ("keys", "new", "--write")])
@pytest.mark.parametrize("key_file", ["t.db", "./t.db", "t.db-wal"])
def test_a_key_file_set_to_the_database_is_refused_before_either_is_made(
        tmp_path: Path, command: tuple[str, ...], key_file: str) -> None:
    """SOSBOT_KEY_FILE pointed at the database's own path (a slip in a .env) wrote the new
    key under the database's name on a first run, and the database was then reported as
    damaged. Now nothing is made, and the one line names the setting."""
    result = sosbot_here(*command, cwd=tmp_path, input="",
                         env={"SOSBOT_DB": "t.db", "SOSBOT_KEY_FILE": key_file})
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        f"sosbot: SOSBOT_KEY_FILE: {Path(key_file)} is the database itself (or one of its journal "
        "files); give the key a file of its own."]
    assert list(tmp_path.iterdir()) == []


def test_a_line_typed_at_the_drafts_menu_is_shown_back_without_terminal_escapes(
        tmp_path: Path) -> None:
    """A line typed at the drafts menu is quoted back ("I haven't saved ..."): it was
    quoted raw, so escape sequences in it recoloured the terminal or retitled its window."""
    sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="KB-1\n1\n")
    result = sosbot_here("chat", cwd=tmp_path,
                         input="\x1b[31mRED text\x1b]0;owned\x07\n/quit\n")
    assert "I haven't saved \"RED text\"" in result.stdout
    assert "\x1b" not in result.stdout
    assert "\x07" not in result.stdout


def test_the_language_check_read_by_head_stops_without_a_traceback(tmp_path: Path) -> None:
    """`sosbot language-check < corpus | head` ended in a BrokenPipeError traceback once
    head had its lines and stopped reading."""
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("Mum has poor engagement.\n" * 20000, encoding="utf-8")
    with corpus.open("rb") as lines:
        reader = subprocess.Popen(sosbot_command("language-check"), cwd=tmp_path,
                                  env=sosbot_env(), stdin=lines, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
    assert reader.stdout is not None
    first = reader.stdout.readline()
    reader.stdout.close()  # what head does once it has its line
    _, errors = reader.communicate(timeout=120)
    assert first.startswith(b"1: ")
    assert b"Traceback" not in errors
    assert b"BrokenPipe" not in errors
