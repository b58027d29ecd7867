"""The twenty-third round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the real command (`sosbot ...` as a child
process) where the attack is on the process itself."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import sosbot_command, sosbot_env

from bot import cli
from tests.in_process import sosbot_here
from tests.telegram_world import TEST_KEY, bot_world, shown

ANSWERS = ("KB-1\nSchool or college\nSaw a bruise\nYes, as far as I know\nThey know and "
           "agree\nNan collects her\nI will call the hub today\n6\n\n")


def a_chat_database(folder: Path, **env: str) -> Path:
    """A database with one finished reflection "KB-1", as `sosbot chat` leaves it."""
    db = folder / "chat.db"
    done = sosbot_here("chat", "--flow", "reflection", "--db", str(db), input=ANSWERS,
                       cwd=folder, env=env)
    assert done.returncode == 0, done.stderr
    return db


# --- an export written over a disk ------------------------------------------------------------


@contextlib.contextmanager
def a_disk(folder: Path) -> Iterator[Path]:
    """A block device (a loop device over a file in `folder`), detached afterwards."""
    if shutil.which("losetup") is None or os.geteuid() != 0:
        pytest.skip("needs losetup and root to make a block device")
    image = folder / "disk.img"
    image.write_bytes(b"\x55" * 65536)
    made = subprocess.run(["losetup", "-f", "--show", str(image)], capture_output=True,
                          text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"no loop device could be attached here: {made.stderr.strip()}")
    device = Path(made.stdout.strip())
    try:
        yield device
    finally:
        subprocess.run(["losetup", "-d", str(device)], check=False)


def test_an_export_to_a_disk_is_refused_and_the_disk_left_alone(tmp_path: Path) -> None:
    """`sosbot export KB-1 -o /dev/sdb` (meant: the USB stick's folder, /media/...) wrote
    the case over the start of the disk, its partition table and file system gone, the
    child's record left in the clear on a disk outside any file, where no erasure reaches
    it, and said "Wrote /dev/sdb". A disk (a block device) is refused now, before anything
    is written; /dev/null still takes an export (other devices are refused too now)."""
    db = a_chat_database(tmp_path)
    with a_disk(tmp_path) as disk:
        done = sosbot_here("export", "KB-1", "--format", "html", "--db", str(db), "-o",
                           str(disk), cwd=tmp_path)
        on_disk = (tmp_path / "disk.img").read_bytes()
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"sosbot: {disk} is a disk, not a file: writing the export there would overwrite "
        "what the disk holds. Give a file name (or a folder on the disk, once it is "
        "mounted). Nothing was written."]
    assert on_disk == b"\x55" * 65536
    assert sosbot_here("export", "KB-1", "--db", str(db), "-o", os.devnull,
                       cwd=tmp_path).returncode == 0


def answered_at_the_terminal(db: Path, keys: str) -> Path:
    """A finished reflection "KB-1" in `db`, sealed with `keys`, as `sosbot chat` leaves it
    (in this process: quicker than the command)."""
    from bot.console import Console
    from bot.conversation import Conversation
    from flows.loader import load_flows
    from storage.crypto import AesGcmSealer, parse_keys
    from storage.store import Store
    from tests.test_attacks_twentysecond import lines_of

    async def answer() -> None:
        async with await Store.open(db, sealer=AesGcmSealer(parse_keys(keys, "keys"))) as store:
            talk = Conversation(store, load_flows(), surface="terminal")
            await Console(talk, out=io.StringIO(), read=lines_of(ANSWERS)).run("reflection")

    asyncio.run(answer())
    return db


# --- a "new" data key that is an old one under a new name ---------------------------------------


def test_rotating_to_a_key_that_is_an_old_one_renamed_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """With keys in SOSBOT_DATA_KEY, rotating is putting a new key first and running `sosbot
    keys rotate`; then `sosbot keys retire OLD` makes what was erased unreadable in backups
    (SECURITY.md). An operator who pasted the old key again under a new id ("new:K,old:K")
    was told "Re-encrypted ... with the key new" and "Retired" the old one: every erased
    answer in a backup still opened with the key kept, the same key by another name.
    Rotating to it, and retiring one of its names alone, are refused now, saying so."""
    secret = base64.b64encode(os.urandom(32)).decode()
    db = answered_at_the_terminal(tmp_path / "chat.db", f"old:{secret}")

    def sosbot(*args: str, keys: str, on: Path = db) -> tuple[int, str, str]:
        monkeypatch.setenv("SOSBOT_DATA_KEY", keys)
        status = cli.main([*args, "--db", str(on)])
        said = capsys.readouterr()
        return status, said.out, said.err

    renamed = f"new:{secret},old:{secret}"
    assert sosbot("keys", "rotate", keys=renamed) == (1, "", (
        "sosbot: SOSBOT_DATA_KEY: the new key 'new' is the key 'old' under another id, so "
        "rotating to it would change nothing: what was erased would still open in backups. "
        "Put a key from `sosbot keys new` first instead. Nothing was re-encrypted.\n"))
    assert sosbot("keys", "list", keys=renamed)[1].startswith("new (current)\t0 value(s)")
    # sealed with "new" from the start: "old" seals nothing, and is still the same key
    db = answered_at_the_terminal(tmp_path / "later.db", f"new:{secret}")
    assert sosbot("keys", "retire", "old", keys=renamed) == (1, "", (
        "sosbot: The key 'old' is the key 'new' under another id, which is still in use, so "
        "retiring 'old' would leave what it sealed readable (in backups too). Rotate to a "
        "key from `sosbot keys new` first; then retiring one retires both. Nothing was "
        "retired.\n"))
    # the way out it gives: a fresh key first, rotate, and one retire takes both names
    fresh = f"fresh:{base64.b64encode(os.urandom(32)).decode()},{renamed}"
    assert sosbot("keys", "rotate", keys=fresh)[0] == 0
    assert sosbot("keys", "retire", "old", keys=fresh) == (
        0, "No stored value uses old and new; remove them from SOSBOT_DATA_KEY.\n", "")


# --- a partner's link opened while the database failed for a moment ------------------------------


async def test_a_partners_link_that_failed_half_way_opens_again_and_shows_no_tools(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A partner opened their link at a moment the database could not save (a full disk,
    a lock): the link was spent for them in one transaction and their answers' draft failed
    in the next. They were told "Sorry", then shown the bot's welcome and every tool ("Which
    tool would you like to use?"), though only a member may start one. Opening the link again
    said "The question we're on is below" with nothing below, and whatever they typed was
    told "You have no draft open. /new starts one", which a partner can't: stuck, their link
    spent, the lead's mapping without their part. Now the failed open stops at "Sorry", and
    the link opened again asks the first question; their answers reach the lead."""
    from storage.contributions import ContributionStore
    from storage.errors import StorageError
    from storage.store import Store
    from storage.teams import Standing, TeamStore
    from tests.test_teams_partners_e2e import ADMIN, lead_with_a_mapping, partner_link

    partner, real_save, failed = 7777, Store.save, []

    async def save_failing_once(self: Store, *args: object, **kwargs: object) -> None:
        if not failed:
            failed.append(True)
            raise StorageError("Cannot save to bot.db: the disk is full (simulated).")
        await real_save(self, *args, **kwargs)  # type: ignore[arg-type]

    async with bot_world(tmp_path / "bot.db", no_errors=False,
                         SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await lead_with_a_mapping(world)
        code = await partner_link(world, "School")
        monkeypatch.setattr(Store, "save", save_failing_once)
        await world.open_link(partner, code)
        monkeypatch.setattr(Store, "save", real_save)
        assert failed
        assert not any("Which tool" in text for text in world.texts(partner)), \
            world.texts(partner)
        assert [b for m in world.messages(partner) for row in m.buttons for b in row] == []
        await world.open_link(partner, code)
        assert "Question 1 of" in await shown(world, partner, "Question 1 of")
        await world.tap("School", user=partner)
        assert "Question 2 of" in world.texts(partner)[-1], world.texts(partner)[-3:]

        # another partner's draft saved, and the note of which draft is theirs not: the link
        # opened again carries on in that draft, which goes with the mapping, not a second
        second, real_link, failed[:] = 7878, ContributionStore.set_working, []

        async def link_failing_once(self: ContributionStore, *args: str) -> None:
            if not failed:
                failed.append(True)
                raise StorageError("Cannot save to bot.db: the disk is full (simulated).")
            await real_link(self, *args)

        code = await partner_link(world, "Health")
        monkeypatch.setattr(ContributionStore, "set_working", link_failing_once)
        await world.open_link(second, code)
        monkeypatch.setattr(ContributionStore, "set_working", real_link)
        await world.open_link(second, code)
        await shown(world, second, "Question 1 of")
        with sqlite3.connect(tmp_path / "bot.db") as conn:
            drafts = conn.execute("SELECT parent_id FROM drafts WHERE user_id = ?",
                                  (second,)).fetchall()
        assert len(drafts) == 1, drafts
        assert drafts[0][0] is not None

        # the teams' check before the gate failing for the first partner: /new was then
        # answered with every tool, past the one contribution a partner may answer
        real_standing, reads = TeamStore.standing, []

        async def standing_failing_once(self: TeamStore, user_id: int) -> Standing:
            reads.append(user_id)
            if len(reads) == 1:
                raise StorageError("Cannot read bot.db: the database is locked (simulated).")
            return await real_standing(self, user_id)

        monkeypatch.setattr(TeamStore, "standing", standing_failing_once)
        said = len(world.texts(partner))
        await world.command("new", user=partner)
        assert reads
        assert not any("Which tool" in text for text in world.texts(partner)[said:])
        assert world.messages(partner)[-1].buttons == []


# --- the gate failing open ---------------------------------------------------------------------


async def test_a_stranger_is_not_served_when_the_gates_own_question_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate asks the database whether a sender is a member or a partner. When that one
    question failed (the database busy for a moment: `sosbot invite` writes beside the
    running bot), python-telegram-bot reported the fault and went on to the next handlers,
    as it does: the stranger's /start was answered with "Sorry" and then the bot's welcome
    and every tool, and their session was stored; a partner's restriction to their one
    contribution would be passed over the same way. A gate that cannot decide now refuses."""
    from storage.errors import StorageError
    from storage.teams import TeamStore
    from tests.telegram_world import STRANGER

    real_standing, calls = TeamStore.standing, []

    async def gates_read_failing(self: TeamStore, user_id: int) -> object:
        calls.append(user_id)
        if len(calls) == 2:  # before the gate's own read (the teams'), then the gate's
            raise StorageError("Cannot read bot.db: the database is locked (simulated).")
        return await real_standing(self, user_id)

    db = tmp_path / "bot.db"
    async with bot_world(db, no_errors=False) as world:
        monkeypatch.setattr(TeamStore, "standing", gates_read_failing)
        world.server.send_command(STRANGER, "start")
        await world.server.wait_idle(quiet=0.3)
        assert len(calls) >= 2
        assert not any("Which tool" in text for text in world.texts(STRANGER)), \
            world.texts(STRANGER)
        assert [b for m in world.messages(STRANGER) for row in m.buttons for b in row] == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM sessions WHERE user_id = ?",
                            (STRANGER,)).fetchone() == (0,)


# --- a link tapped twice ------------------------------------------------------------------------


async def test_a_link_tapped_twice_at_once_welcomes_and_never_says_it_cannot_be_used(
        tmp_path: Path) -> None:
    """A link tapped twice in a hurry (or opened on a phone and a computer at once) reaches
    the bot as two /start messages at the same moment, handled side by side. The newcomer
    was told "Welcome, Sam. You're now a member" and "That link can't be used: ... Please
    ask whoever sent it for a new one"; a partner got "can't be used" first, then the
    welcome and the first question. Whoever heard the refusal asked for another link, as it
    told them to. A person's links are now opened one at a time, and the second is the link
    opened again by whoever it let in."""
    from bot.teams.invites import invite_colleague
    from storage.crypto import AesGcmSealer, parse_keys
    from storage.store import Store
    from storage.teams import TeamStore
    from tests.telegram_world import TEST_KEY, link_sent
    from tests.test_teams_partners_e2e import ADMIN, lead_with_a_mapping, partner_link

    newcomer, partner, colleague, refused = 8181, 7777, 8282, "can't be used"
    db = tmp_path / "bot.db"
    async with await Store.open(db, sealer=AesGcmSealer(parse_keys(TEST_KEY, "key"))) as store:
        for_two = (await invite_colleague(TeamStore(store), ADMIN, uses=2)).code
    async with bot_world(db, SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await world.command("invite", user=ADMIN)
        await world.tap("A colleague", user=ADMIN)
        code = await link_sent(world, ADMIN)
        for _ in range(2):
            world.server.send_command(newcomer, "start", code, first_name="Sam")
        await world.server.wait_idle(quiet=0.4)
        assert "Welcome, Sam" in world.texts(newcomer)[0]
        assert not any(refused in text for text in world.texts(newcomer)), \
            world.texts(newcomer)
        # a link for two, tapped twice by the first: both its uses went on them, and the
        # second colleague it was for was refused
        for _ in range(2):
            world.server.send_command(newcomer + 1, "start", for_two, first_name="Ali")
        await world.server.wait_idle(quiet=0.4)
        await world.open_link(colleague, for_two, first_name="Jo")
        assert "Welcome, Jo" in world.texts(colleague)[0], world.texts(colleague)
        await lead_with_a_mapping(world)
        code = await partner_link(world, "School")
        for _ in range(2):
            world.server.send_command(partner, "start", code)
        await world.server.wait_idle(quiet=0.4)
        assert "has asked you to add" in world.texts(partner)[0], world.texts(partner)
        assert not any(refused in text for text in world.texts(partner)), world.texts(partner)


# --- a device or a pipe given as the database to a command that reads one --------------------


@pytest.mark.parametrize("command", [("keys", "list"), ("invite", "--list")])
def test_a_database_that_is_a_pipe_is_named_not_given_a_key_beside_it(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`sosbot keys list --db /dev/sdb1` (a disk, not the database on it; or a pipe) said
    "No data key: ... Run `sosbot keys new --write` to create /dev/sosbot.key": a key file
    to make in /dev, for a database that is not there. It is named for what it is now."""
    pipe = tmp_path / "chat.db"
    os.mkfifo(pipe)
    done = sosbot_here(*command, "--db", str(pipe), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"sosbot: {pipe} is not a database file (a device or a pipe); use --db or SOSBOT_DB "
        "to point at the bot's database file."]
    assert sorted(tmp_path.iterdir()) == [pipe]


# --- an invite made into a database the disk had no room for --------------------------------


def test_an_invite_the_disk_had_no_room_for_makes_no_claim_and_leaves_no_file(
        tmp_path: Path) -> None:
    """`sosbot invite --db new.db` on a full disk said "there was no database at new.db, so
    a new one was made for this invite", and then that the tables could not be made: no
    invite, no database, only an empty new.db left behind, which the next command took for
    the bot's database. It says what happened, and leaves no file."""
    from tests.test_attacks_twentyfirst import no_more_bytes

    db = tmp_path / "new.db"
    done = subprocess.run(sosbot_command("invite", "--db", str(db)), cwd=tmp_path,
                          env=sosbot_env(SOSBOT_DATA_KEY=TEST_KEY), capture_output=True,
                          text=True, timeout=60, check=False, preexec_fn=no_more_bytes)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "was made" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith(
        f"sosbot: Could not prepare the tables in the database {db}"), done.stderr
    assert list(tmp_path.iterdir()) == []
