"""The twenty-first round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the real command (`sosbot ...` as a child
process) or the bot polling the local Bot API server as `sosbot run` does."""

from __future__ import annotations

import asyncio
import resource
import shutil
import socket
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import sosbot_command, sosbot_env
from in_process import sosbot_here

from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, free_port, sosbot_child
from tests.telegram_world import (
    PRACTITIONER,
    TEST_KEY,
    bot_world,
    link_sent,
    run_env,
    shown,
)
from tests.test_webhook import PUBLIC_URL, SECRET

ANSWERS = ("KB-1\nSchool or college\nSaw a bruise\nYes, as far as I know\nThey know and "
           "agree\nNan collects her\nI will call the hub today\n6\n\n")

COLLEAGUE_2 = 6262

# --- a path no file can be at: a name too long, a loop of links -----------------------------


@pytest.fixture(scope="module")
def chat_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder `sosbot chat` left one finished reflection "KB-1" in (the database and its
    key), made once for the module's tests, which each get a copy (`chat_db`)."""
    folder = tmp_path_factory.mktemp("chat")
    done = sosbot_here("chat", "--flow", "reflection", "--db", str(folder / "chat.db"),
                       input=ANSWERS, cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture
def chat_db(tmp_path: Path, chat_made: Path) -> Path:
    """A database with one finished reflection "KB-1", as `sosbot chat` leaves it, with its
    key beside it in tmp_path."""
    for made in chat_made.iterdir():
        shutil.copy2(made, tmp_path / made.name)
    return tmp_path / "chat.db"


def a_loop(folder: Path) -> Path:
    """A symbolic link that leads back to itself through another."""
    (folder / "loop-a").symlink_to(folder / "loop-b")
    (folder / "loop-b").symlink_to(folder / "loop-a")
    return folder / "loop-a"


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The command failed, saying why in one line of its own and no traceback."""
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


LONG = "a" * 300 + ".db"  # past the 255 bytes a file's name may have


@pytest.mark.parametrize("command", [
    ("chat", "--flow", "reflection"), ("purge",), ("invite",), ("keys", "list"),
    ("export", "KB-1")])
def test_a_database_name_too_long_for_the_system_is_one_line(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`--db` with a name longer than a file's name may be (a variable pasted twice into a
    script, a path glued onto another) ended every command in a traceback ending "OSError:
    [Errno 36] File name too long", a page of it. Now one line naming the option."""
    said = one_line(sosbot_here(*command, "--db", LONG, input="", cwd=tmp_path))
    assert said.startswith("sosbot: --db: ")
    assert "too long" in said


def test_a_database_setting_too_long_for_the_system_is_one_line(tmp_path: Path) -> None:
    """The same in SOSBOT_DB and in a sqlite:/// SOSBOT_DATABASE_URL: named as a setting."""
    said = one_line(sosbot_here("purge", cwd=tmp_path, env={"SOSBOT_DB": LONG}))
    assert said.startswith("sosbot: SOSBOT_DB: ")
    assert "too long" in said
    said = one_line(sosbot_here("purge", cwd=tmp_path,
                                env={"SOSBOT_DATABASE_URL": f"sqlite:///{tmp_path}/{LONG}"}))
    assert said.startswith("sosbot: SOSBOT_DATABASE_URL: ")
    assert "too long" in said


def test_a_database_that_is_a_loop_of_links_is_one_line(tmp_path: Path) -> None:
    """A link that leads back to itself was already said in one line by `sosbot chat`; with
    SOSBOT_KEY_FILE set too, the check that the key is no database file met it first, in a
    traceback ("RuntimeError: Symlink loop")."""
    loop = a_loop(tmp_path)
    said = one_line(sosbot_here("keys", "list", "--db", str(loop), cwd=tmp_path,
                                env={"SOSBOT_KEY_FILE": str(tmp_path / "k.key")}))
    assert said.startswith("sosbot: --db: ")
    assert "loop" in said


@pytest.mark.parametrize("command", [("chat", "--flow", "reflection"), ("keys", "list"),
                                     ("keys", "new", "--write"), ("export", "KB-1")])
def test_a_key_file_setting_that_is_a_loop_of_links_is_one_line(
        tmp_path: Path, chat_db: Path, command: tuple[str, ...]) -> None:
    """SOSBOT_KEY_FILE pointing at a link that leads back to itself (a key file moved, and
    the link to it pointed the wrong way round) ended in "RuntimeError: Symlink loop from
    ...", a traceback; `sosbot run` said "stopped by an unexpected RuntimeError"."""
    db = chat_db
    said = one_line(sosbot_here(*command, "--db", str(db), input="", cwd=tmp_path,
                                env={"SOSBOT_KEY_FILE": str(a_loop(tmp_path))}))
    assert said.startswith("sosbot: SOSBOT_KEY_FILE: ")
    assert "loop" in said


def test_a_word_list_that_is_a_loop_of_links_is_one_line(tmp_path: Path) -> None:
    """SOSBOT_WORDS (and `language-check --words`) at such a link: a traceback too. Now the
    file and what is wrong with it, as for any word list that cannot be read."""
    loop = a_loop(tmp_path)
    for done in (sosbot_here("chat", "--db", str(tmp_path / "w.db"), input="", cwd=tmp_path,
                             env={"SOSBOT_WORDS": str(loop)}),
                 sosbot_here("language-check", "--words", str(loop), input="hi\n",
                             cwd=tmp_path)):
        said = one_line(done)
        assert "loop" in said or "symbolic links" in said
        assert str(loop) in said or "SOSBOT_WORDS" in said or "--words" in said


@pytest.mark.parametrize("given", ["long", "loop"])
def test_an_export_to_a_path_no_file_can_be_at_is_one_line(
        tmp_path: Path, chat_db: Path, given: str) -> None:
    """`sosbot export KB-1 -o PATH` with PATH too long, or a loop of links: a traceback."""
    db = chat_db
    target = str(tmp_path / LONG) if given == "long" else str(a_loop(tmp_path))
    said = one_line(sosbot_here("export", "KB-1", "--db", str(db), "-o", target, cwd=tmp_path))
    assert said.startswith("sosbot: -o: ")
    assert not any(p.name.startswith("sosbot-") for p in tmp_path.iterdir())


def test_an_env_file_named_too_long_is_one_line(tmp_path: Path) -> None:
    """`sosbot purge --env-file PATH` with PATH too long: a traceback."""
    said = one_line(sosbot_here("purge", "--env-file", str(tmp_path / LONG), cwd=tmp_path))
    assert said.startswith("sosbot: --env-file: ")
    assert "too long" in said


# --- a disk that takes nothing more ---------------------------------------------------------


def no_more_bytes() -> None:
    """In the child, before sosbot starts: no file may grow (`ulimit -f 0`), as on a full
    disk. Python ignores the signal this sends, so each write fails instead."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))


def test_a_database_that_cannot_be_opened_for_a_full_disk_is_said_once(
        tmp_path: Path, chat_db: Path) -> None:
    """`sosbot export` on a disk that takes no more bytes said "Could not open the database
    in the database chat.db: ...", the database twice over."""
    db = chat_db
    for end in ("-wal", "-shm"):
        Path(f"{db}{end}").unlink(missing_ok=True)
    done = subprocess.run(sosbot_command("export", "KB-1", "--db", str(db)), cwd=tmp_path,
                          env=sosbot_env(), capture_output=True, text=True, timeout=120,
                          check=False, preexec_fn=no_more_bytes)
    said = one_line(done)
    assert said.startswith(f"sosbot: Could not open the database {db}: "), said
    assert "in the database" not in said


# --- a webhook address that cannot be listened on --------------------------------------------


async def webhook_start(tmp_path: Path, server: BotApiServer, **extra: str) -> str:
    """`sosbot run --webhook` with `extra` settings, to its end: the last line it said."""
    env = run_env(tmp_path / "bot.db", server.root, SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                  SOSBOT_WEBHOOK_SECRET=SECRET, **{"SOSBOT_LISTEN": "127.0.0.1", **extra})
    async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
        _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
        assert child.returncode == 1
    assert "Traceback" not in stderr.decode()
    return stderr.decode().strip().splitlines()[-1]


@pytest.mark.parametrize("listen", ["localhost:8443", "http://0.0.0.0", "no-such-host.invalid"])
async def test_a_listen_address_that_is_no_address_names_sosbot_listen(
        tmp_path: Path, listen: str) -> None:
    """SOSBOT_LISTEN written with its port ("localhost:8443", as a proxy's address is) or
    as a URL stopped `sosbot run --webhook` with "Name or service not known (gaierror);
    check the settings that name files, addresses and ports (SOSBOT_DB, SOSBOT_LISTEN,
    SOSBOT_PORT)": three settings to look through, and a word from the C library."""
    async with BotApiServer() as server:
        said = await webhook_start(tmp_path, server, SOSBOT_LISTEN=listen, SOSBOT_PORT="8443")
    assert said.startswith(f"sosbot: SOSBOT_LISTEN: {listen} "), said
    assert "gaierror" not in said


async def test_a_listen_address_of_another_machine_names_sosbot_listen(tmp_path: Path) -> None:
    """An address this machine does not have (the server's public one, copied from another
    host): "cannot assign requested address (OSError)", and the same three settings."""
    async with BotApiServer() as server:
        said = await webhook_start(tmp_path, server, SOSBOT_LISTEN="203.0.113.7",
                                   SOSBOT_PORT=str(free_port()))
    assert said.startswith("sosbot: SOSBOT_LISTEN: 203.0.113.7 "), said


async def test_a_port_in_use_names_sosbot_port(tmp_path: Path) -> None:
    """A port another program listens on (a second bot, the proxy itself): named as
    SOSBOT_PORT, with what to do."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        async with BotApiServer() as server:
            said = await webhook_start(tmp_path, server, SOSBOT_PORT=str(port))
    assert said.startswith(f"sosbot: SOSBOT_PORT: {port} "), said
    assert "in use" in said


# --- standard output on a full disk ---------------------------------------------------------


def into_a_full_disk(tmp_path: Path, *args: str, input: str = ""
                     ) -> subprocess.CompletedProcess[str]:
    """`sosbot ARGS > /dev/full`: every write to standard output fails as on a full disk."""
    with Path("/dev/full").open("w") as full:
        return subprocess.run(sosbot_command(*args), cwd=tmp_path, env=sosbot_env(),
                              input=input, stdout=full, stderr=subprocess.PIPE, text=True,
                              timeout=120, check=False)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [
    ("export", "KB-1", "--db", "DB"), ("export", "KB-1", "--format", "docx", "--db", "DB"),
    ("chat", "--flow", "reflection", "--db", "DB"), ("flows", "list"),
    ("invite", "--list", "--db", "DB"), ("keys", "new")])
def test_output_to_a_full_disk_is_one_line_not_a_traceback(
        tmp_path: Path, chat_db: Path, command: tuple[str, ...]) -> None:
    """`sosbot export KB-1 > case.txt` onto a full disk (or a quota used up) ended in a
    traceback, "OSError: [Errno 28] No space left on device", with nothing saying whether
    the file was written. Every command now says so in one line and exits 1."""
    db = chat_db
    done = into_a_full_disk(tmp_path, *(str(db) if a == "DB" else a for a in command),
                            input=ANSWERS)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith(
        "sosbot: the output could not be written (No space left on device"), done.stderr


# --- output read by `| head`, which stops reading --------------------------------------------


@pytest.mark.parametrize("command", [
    ("export", "KB-1", "--db", "DB"), ("export", "KB-1", "--format", "docx", "--db", "DB"),
    ("flows", "list"), ("invite", "--list", "--db", "DB"), ("keys", "list", "--db", "DB"),
    ("purge", "--db", "DB")])
def test_output_read_by_head_that_stopped_reading_ends_quietly(
        tmp_path: Path, chat_db: Path, command: tuple[str, ...]) -> None:
    """`sosbot export KB-1 | head` (to glance at the start of a case), `sosbot flows list |
    head -3`: once head had its lines and stopped reading, the command ended in a traceback,
    "BrokenPipeError: [Errno 32] Broken pipe", where `sosbot chat` and `language-check`
    already end quietly. Nothing is wrong: head has what it asked for."""
    db = chat_db
    sosbot_here("invite", "--db", str(db), cwd=tmp_path)  # an open invite, for --list
    child = subprocess.Popen(sosbot_command(*(str(db) if a == "DB" else a for a in command)),
                             cwd=tmp_path, env=sosbot_env(), stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None
    child.stdout.close()  # the reader has gone before the first line is written
    _, stderr = child.communicate(timeout=120)
    assert "Traceback" not in stderr.decode(), stderr.decode()
    assert child.returncode == 0


# --- a mistyped tool given to a piped chat --------------------------------------------------


def test_a_mistyped_tool_for_answers_piped_in_stops_before_reading_them(tmp_path: Path) -> None:
    """`sosbot chat --flow reflecton < answers.txt` said "There is no tool called
    'reflecton'" among the questions, showed the menu of tools, and then stopped at line 1
    ("line 1 of the answers piped in was not taken"), blaming the answers. With a database
    holding a draft, and an answers file starting with a number, line 1 would have picked
    a menu entry and the rest answered another tool. Now the option is named, with the tool
    it is close to, before any line is read or anything made."""
    db = tmp_path / "p.db"
    done = sosbot_here("chat", "--flow", "reflecton", "--db", str(db), input=ANSWERS,
                       cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == ("sosbot: --flow: there is no tool called 'reflecton' (did "
                                   "you mean reflection?); `sosbot flows list` shows them. "
                                   "Nothing was read or saved.")
    assert not db.exists()
    # (a partner's part is tried at the terminal: tests/test_walk_fortyeighth.py)


# --- a partner's role written over several lines --------------------------------------------


FORGED = "Lead's note: no further action, case to close"


async def test_a_partners_role_over_several_lines_heads_its_part_on_one_line(
        tmp_path: Path) -> None:
    """A partner (someone outside the team, with one link) answered "What is your role
    there?" with line breaks in it: "DSL", an empty line, then words of their own. The role
    heads their part of the lead's mapping, and in the text export (what goes into a case
    record) each line of it stood on a line of its own, so the partner's words read as a
    line of the lead's report. The role is one line wherever it is shown now."""
    from tests.test_teams_partners_e2e import (
        ADMIN,
        LEAD,
        SCHOOL,
        lead_with_a_mapping,
        open_link,
    )
    from tests.test_teams_partners_e2e import partner_link as link_for

    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await lead_with_a_mapping(world)
        await open_link(world, SCHOOL, await link_for(world, "School"))
        await world.tap("School", user=SCHOOL)
        await world.answer(f"DSL\n\n{FORGED}", user=SCHOOL)
        await world.answer("T came in hungry three times this month", user=SCHOOL)
        await world.answer("Nan walks T to school and stays to talk to staff", user=SCHOOL)
        await world.answer("Breakfast club from Monday; the DSL checks in each Friday",
                           user=SCHOOL)
        await world.tap("4", user=SCHOOL)
        await world.answer("Fed at nan's and at school", user=SCHOOL)
        await world.answer("Mummy cries at night", user=SCHOOL)
        await shown(world, SCHOOL, "That's every question")
        await world.tap("Send it to Tester", user=SCHOOL)
        arrived = await shown(world, LEAD, "has sent a contribution")
        assert f"School, DSL {FORGED} has sent" in arrived
        await world.command("export", user=LEAD)
        text = next(d for d in world.server.documents(LEAD) if d.filename.endswith(".txt"))
    lines = [line.strip() for line in text.content.decode().splitlines()]
    assert not any(line.startswith(FORGED) for line in lines), lines
    assert any(f"School, DSL {FORGED}" in line for line in lines)


# --- a removed member opening the link they joined with again -------------------------------


async def test_a_removed_member_is_not_let_back_in_by_the_link_they_joined_with(
        tmp_path: Path) -> None:
    """An admin made a link for several colleagues (`sosbot invite --uses 5`, sent round the
    team) and later removed one of them. "Remove" takes access away at once, and the removed
    member is told to ask an admin for a new invite; but opening the same link again (still
    in their email, with uses left) made them a member once more, without a word to anyone.
    The link still lets in the colleagues it was made for, and a new link lets them back."""
    from tests.test_teams_e2e import NEWCOMER, count
    from tests.test_teams_e2e import open_link as opened

    db, admin = tmp_path / "bot.db", PRACTITIONER
    made = await asyncio.to_thread(sosbot_here, "invite", "--uses", "5", "--db", str(db),
                                   cwd=tmp_path, env={"SOSBOT_DATA_KEY": TEST_KEY})
    code = made.stdout.split()[1]
    async with bot_world(db, SOSBOT_ALLOWED_USERS=str(admin)) as world:
        assert "You're now a member" in await opened(world, NEWCOMER, code, "Sam")
        await world.command("members", user=admin)
        await world.tap("Remove Sam", user=admin)
        await world.tap("Yes, remove", user=admin)
        assert await shown(world, admin, "Removed Sam")
        assert "no longer on this team" in await opened(world, NEWCOMER, code, "Sam")
        assert count(db, "members") == 0
        assert "You're now a member" in await opened(world, COLLEAGUE_2, code, "Ali")
        await world.command("invite", user=admin)
        await world.tap("A colleague", user=admin)
        again = await link_sent(world, admin)
        assert "You're now a member" in await opened(world, NEWCOMER, again, "Sam")


# --- SQLite's database in memory -------------------------------------------------------------


def test_a_database_in_memory_is_refused_not_said_to_be_saved(tmp_path: Path) -> None:
    """`--db :memory:` (SQLite's name for a database that lives only while the program
    runs, as a developer trying sosbot out might give it) was taken: the chat said "Your
    answers are saved. Run `sosbot chat` again to carry on." over answers that were gone
    the moment it ended, and `sosbot invite` made a link no bot would ever know. Refused
    now, naming the option or setting, before anything is read or made."""
    chat = sosbot_here("chat", "--flow", "reflection", "--db", ":memory:", input=ANSWERS,
                       cwd=tmp_path)
    said = one_line(chat)
    assert said.startswith("sosbot: --db: :memory: ")
    assert chat.stdout == ""
    said = one_line(sosbot_here("invite", "--db", "sqlite:///:memory:", cwd=tmp_path))
    assert said.startswith("sosbot: --db: :memory: ")
    said = one_line(sosbot_here("purge", cwd=tmp_path, env={"SOSBOT_DB": ":memory:"}))
    assert said.startswith("sosbot: SOSBOT_DB: ")
    said = one_line(sosbot_here("purge", cwd=tmp_path,
                                env={"SOSBOT_DATABASE_URL": "sqlite:///:memory:"}))
    assert said.startswith("sosbot: SOSBOT_DATABASE_URL: ")
    assert list(tmp_path.iterdir()) == []


# --- an export cut short by a full disk -------------------------------------------------------


def room_for(size: int) -> Callable[[], None]:
    """In the child: no file may grow past `size` bytes, as on a disk with that much room."""
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))


def test_an_export_the_disk_had_no_room_for_leaves_no_part_of_it(
        tmp_path: Path, chat_db: Path) -> None:
    """`sosbot export KB-1 --format docx -o case.docx` on a disk with room for part of it
    said "cannot write case.docx: File too large" and left the part that fitted: a Word
    file cut off mid-way (a plain-text one would read as the whole case, its end missing).
    Now nothing of it is left: a file the export made is removed, one it was replacing is
    left empty, and the message says so."""
    db = chat_db
    room = room_for(34 * 1024)  # the database's shared memory fits; the 37 KB document not
    for existing in (False, True):
        target = tmp_path / "case.docx"
        if existing:
            target.write_text("an older export of mine\n")
        done = subprocess.run(
            sosbot_command("export", "KB-1", "--format", "docx", "--db", str(db), "-o",
                           str(target)), cwd=tmp_path, env=sosbot_env(), capture_output=True,
            text=True, timeout=120, check=False, preexec_fn=room)
        said = one_line(done)
        assert said.startswith(f"sosbot: cannot write {target}: File too large."), said
        if existing:
            assert "left empty" in said
            assert target.stat().st_size == 0
        else:
            assert "Nothing was written" in said
            assert not target.exists()


# --- the case label edited in Telegram ---------------------------------------------------------


async def test_an_edited_case_label_is_said_to_stand_with_the_way_to_change_it(
        tmp_path: Path) -> None:
    """A practitioner gave the label "KB-12", saw the typo and edited the message to
    "KB-13" (as Telegram invites). The bot said "your earlier answer stands. To change an
    answer, use /review and tap Edit", and /review answered "No answers yet.": the label is
    no answer, and nothing there changes it. Now the label is named, as it stands, with
    what does change it."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB-12", command="start")
        label = world.server.user_messages(PRACTITIONER)[-1]
        assert label["text"] == "KB-12"
        mark = len(world.server.calls)
        world.server.edit_user_message(PRACTITIONER, label["message_id"], "KB-13")
        await world.settle(mark)
        told = world.texts()[-1]
        assert told == ("I don't read edited messages, so this draft is still labelled "
                        "\"KB-12\". To label it differently, send /cancel (nothing is answered "
                        "yet) and start it again.")
        await world.tap("School or college")  # an answer edited now is an answer's edit
        await world.answer("Saw a bruise on her arm")
        answer = world.server.user_messages(PRACTITIONER)[-1]
        mark = len(world.server.calls)
        world.server.edit_user_message(PRACTITIONER, answer["message_id"], "Saw two bruises")
        await world.settle(mark)
        assert "To change an answer, use /review" in world.texts()[-1]


def test_a_database_at_a_link_to_nothing_is_named_before_a_key_is_made(tmp_path: Path) -> None:
    """`--db` at a link whose file is gone (a disk not mounted, a backup moved) made a new
    data key file beside it, said so, and then failed with "Cannot open the database
    sosbot.db: No such file or directory.", naming neither the link nor where it points;
    the stray key was left behind. Said now, before anything is made."""
    link = tmp_path / "sosbot.db"
    link.symlink_to(tmp_path / "mnt" / "gone.db")
    said = one_line(sosbot_here("chat", "--flow", "reflection", "--db", str(link),
                                input=ANSWERS, cwd=tmp_path))
    assert said == (f"sosbot: Cannot use {link} as the database: it is a link to "
                    f"{tmp_path / 'mnt' / 'gone.db'}, which is not there; correct the link, "
                    "or give the database file's own path.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sosbot.db"]


def test_a_database_given_as_a_folder_with_a_slash_is_refused_not_made_a_file(
        tmp_path: Path) -> None:
    """`--db /srv/sosbot/` or `SOSBOT_DB=data/` (the folder meant to hold the database, not
    there yet) made a database *file* named "data", where the folder was to be: the next
    `mkdir data` failed, and a backup of "data/" found nothing in it. A path ending in "/"
    names a folder; refused, saying what to give instead."""
    said = one_line(sosbot_here("chat", "--flow", "reflection", "--db", "data/",
                                input=ANSWERS, cwd=tmp_path))
    assert said == ("sosbot: --db: data/ ends with /, so it names a folder; give the database "
                    "file's name in it (data/sosbot.db, say).")
    said = one_line(sosbot_here("purge", cwd=tmp_path, env={"SOSBOT_DB": "data/"}))
    assert said.startswith("sosbot: SOSBOT_DB: ends with /, so it names a folder")
    said = one_line(sosbot_here("purge", cwd=tmp_path,
                                env={"SOSBOT_DATABASE_URL": "sqlite:///data/"}))
    assert said.startswith("sosbot: SOSBOT_DATABASE_URL: ")
    assert list(tmp_path.iterdir()) == []


def test_a_key_file_given_as_a_folder_with_a_slash_is_refused_not_made_a_file(
        tmp_path: Path) -> None:
    """The same for `SOSBOT_KEY_FILE=keys/`: the data key was written to a file named
    "keys", where the folder for it was to be."""
    said = one_line(sosbot_here("chat", "--flow", "reflection", "--db", "x.db",
                                input=ANSWERS, cwd=tmp_path, env={"SOSBOT_KEY_FILE": "keys/"}))
    assert said == ("sosbot: SOSBOT_KEY_FILE: ends with /, so it names a folder; give the key "
                    "file's name in it (keys/sosbot.key, say) (set in the environment)")
    assert list(tmp_path.iterdir()) == []
