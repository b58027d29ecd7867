"""Encryption at rest: AES-GCM values bound to their place, keys with ids, rotation, tampering."""

from __future__ import annotations

import base64
import os
import sqlite3
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.keys import key_file, load_keys, local_key, require_key
from flows.draft import Draft
from storage.contract import Session
from storage.crypto import (
    AesGcmSealer,
    DataKey,
    key_id_of,
    new_key,
    parse_keys,
    read_key_file,
    write_key_file,
)
from storage.errors import KeyProblem, SealError
from storage.sealing import where
from storage.store import Store
from tests.conftest import run_sosbot
from tests.in_process import sosbot_here

HERE = where(7, "d1", "answer:worst_harm")
CANARY = "Canary: R hit T with a belt on 3 May"


def ring(*ids: str) -> AesGcmSealer:
    return AesGcmSealer(new_key(i) for i in ids)


# --- the sealer ---------------------------------------------------------------------------


def test_a_sealed_value_opens_in_its_place_and_hides_the_text() -> None:
    sealer = ring("k1")
    stored = sealer.seal(CANARY.encode(), HERE)
    assert CANARY.encode() not in stored
    assert key_id_of(stored) == "k1"
    assert sealer.open(stored, HERE) == CANARY.encode()
    assert sealer.seal(CANARY.encode(), HERE) != stored  # a fresh nonce every time


@pytest.mark.parametrize("elsewhere", [
    where(8, "d1", "answer:worst_harm"),     # another user
    where(7, "d2", "answer:worst_harm"),     # another draft
    where(7, "d1", "answer:danger"),         # another step
    where(7, "d1", "label"),                 # another field
])
def test_a_value_moved_to_another_place_does_not_open(elsewhere: bytes) -> None:
    sealer = ring("k1")
    stored = sealer.seal(CANARY.encode(), HERE)
    with pytest.raises(SealError, match="altered or moved"):
        sealer.open(stored, elsewhere)


def test_every_flipped_byte_is_refused() -> None:
    sealer = ring("k1")
    stored = sealer.seal(CANARY.encode(), HERE)
    refused = 0
    for i in range(len(stored)):
        for bit in (0x01, 0x80):
            bad = bytearray(stored)
            bad[i] ^= bit
            with pytest.raises(SealError) as caught:
                sealer.open(bytes(bad), HERE)
            assert "7" not in str(caught.value).replace("k1", "")  # no user id in the message
            refused += 1
    assert refused == 2 * len(stored)


def test_a_truncated_or_plain_value_is_refused() -> None:
    sealer = ring("k1")
    stored = sealer.seal(CANARY.encode(), HERE)
    for bad in (stored[:-1], stored[:20], b"", b'"plain json"'):
        with pytest.raises(SealError):
            sealer.open(bad, HERE)


def test_an_unknown_key_is_named() -> None:
    stored = ring("old").seal(b"x", HERE)
    with pytest.raises(SealError, match="'old', which is not among the configured keys"):
        ring("new").open(stored, HERE)


def test_a_relabelled_key_id_does_not_open_even_with_the_same_secret() -> None:
    key = new_key("a")
    twin = DataKey("b", key.secret)
    stored = AesGcmSealer([key]).seal(b"x", HERE)
    relabelled = stored[:2] + b"b" + stored[3:]
    with pytest.raises(SealError, match="altered or moved"):
        AesGcmSealer([twin]).open(relabelled, HERE)


def test_the_first_key_seals_and_every_key_opens() -> None:
    old, new = new_key("old"), new_key("new")
    stored = AesGcmSealer([old]).seal(b"x", HERE)
    both = AesGcmSealer([new, old])
    assert both.open(stored, HERE) == b"x"
    assert key_id_of(both.seal(b"x", HERE)) == "new"


def test_a_key_never_shows_its_secret() -> None:
    key = new_key("k1")
    assert base64.b64encode(key.secret).decode() not in repr(key)


# --- key text and key files --------------------------------------------------------------


def test_keys_parse_with_ids_commas_lines_and_comments() -> None:
    a, b = new_key("a"), new_key("b")
    keys = parse_keys(f"{a.line()}, {b.line()}", "test")
    assert [k.id for k in keys] == ["a", "b"]
    keys = parse_keys(f"# comment, with a comma\n{b.line()}\n\n{a.line()}  # old\n", "test")
    assert [k.id for k in keys] == ["b", "a"]


def test_a_bare_key_gets_a_stable_id() -> None:
    bare = base64.b64encode(os.urandom(32)).decode()
    first, again = parse_keys(bare, "t")[0], parse_keys(bare, "t")[0]
    assert first.id == again.id
    assert first.id.startswith("k")


@pytest.mark.parametrize(("text", "problem"), [
    ("", "holds no key"),
    ("k1:not base64!", "base64 of 32 random bytes"),
    (f"k1:{base64.b64encode(b'short').decode()}", "base64 of 32 random bytes"),
    (f"bad id:{base64.b64encode(bytes(32)).decode()}", "must be 1 to 32 letters"),
    (f"k1:{base64.b64encode(bytes(32)).decode()},k1:{base64.b64encode(bytes(32)).decode()}",
     "twice"),
])
def test_a_bad_key_is_refused_with_a_reason(text: str, problem: str) -> None:
    with pytest.raises(KeyProblem, match=problem):
        parse_keys(text, "SOSBOT_DATA_KEY")


def test_a_key_file_is_written_for_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "sosbot.key"
    write_key_file(path, [new_key("a"), new_key("b")])
    assert path.stat().st_mode & 0o777 == 0o600
    assert [k.id for k in read_key_file(path)] == ["a", "b"]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_key_file_saved_by_an_editor_that_marks_its_start_still_opens(tmp_path: Path) -> None:
    # Notepad saves UTF-8 with a byte order mark: it is no part of the first key's id.
    path = tmp_path / "sosbot.key"
    write_key_file(path, [new_key("a"), new_key("b")])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert [k.id for k in read_key_file(path)] == ["a", "b"]


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644, 0o660])
def test_a_key_file_others_can_read_is_refused(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "sosbot.key"
    write_key_file(path, [new_key("a")])
    path.chmod(mode)
    with pytest.raises(KeyProblem, match=f"chmod 600 {path}"):
        read_key_file(path)


def test_a_key_file_that_is_a_folder_or_a_device_is_not_told_to_chmod(tmp_path: Path) -> None:
    """`chmod 600 /dev/null` would be bad advice: a key file that is not a file says so."""
    folder = tmp_path / "sosbot.key"
    folder.mkdir(mode=0o755)
    device = tmp_path / "null.key"
    device.symlink_to("/dev/null")
    fifo = tmp_path / "fifo.key"
    os.mkfifo(fifo, 0o600)  # was read, and waited for a writer for ever
    for path in (folder, device, fifo):
        with pytest.raises(KeyProblem, match="is not a file") as caught:
            read_key_file(path)
        assert "chmod" not in str(caught.value)


# --- where keys come from ----------------------------------------------------------------


def test_without_a_key_the_bot_refuses_and_says_how_to_make_one(tmp_path: Path) -> None:
    settings = load_settings(SOSBOT_DB=str(tmp_path / "bot.db"))
    with pytest.raises(KeyProblem) as caught:
        require_key(settings)
    message = str(caught.value)
    assert "\n" not in message
    assert "sosbot keys new" in message
    assert str(tmp_path / "sosbot.key") in message


def test_the_environment_key_comes_first(tmp_path: Path) -> None:
    write_key_file(tmp_path / "sosbot.key", [new_key("file")])
    env = ",".join(k.line() for k in (new_key("env1"), new_key("env2")))
    settings = load_settings(SOSBOT_DB=str(tmp_path / "bot.db"), SOSBOT_DATA_KEY=env)
    assert require_key(settings).current == "env1"
    assert [k.id for k in load_keys(settings) or []] == ["env1", "env2"]


def test_the_key_file_setting_is_used(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "my.key"
    write_key_file(path, [new_key("mine")])
    settings = load_settings(SOSBOT_DB=str(tmp_path / "bot.db"), SOSBOT_KEY_FILE=str(path))
    assert key_file(settings) == path
    assert require_key(settings).current == "mine"


def test_the_terminal_makes_a_local_key_once_and_says_so(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    settings = load_settings(SOSBOT_DB=str(tmp_path / "chat.db"))
    first = local_key(settings)
    said = capsys.readouterr().err
    assert "made a new data key" in said
    assert str(tmp_path / "sosbot.key") in said
    assert (tmp_path / "sosbot.key").stat().st_mode & 0o777 == 0o600
    assert local_key(settings).current == first.current
    assert capsys.readouterr().err == ""


def test_the_terminal_never_makes_a_key_for_a_postgresql_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its answers may already be there, sealed with a key a new one cannot open."""
    monkeypatch.chdir(tmp_path)
    url = "postgresql://sosbot:s3cret@127.0.0.1:1/council"
    settings = load_settings(SOSBOT_DATABASE_URL=url, SOSBOT_DB=str(tmp_path / "x.db"))
    with pytest.raises(KeyProblem, match="is missing") as refused:
        local_key(settings, url)
    assert "s3cret" not in str(refused.value)
    assert list(tmp_path.iterdir()) == []


# --- in the store -------------------------------------------------------------------------


async def _two_drafts(path: Path, sealer: AesGcmSealer) -> None:
    async with await Store.open(path, sealer=sealer) as store:
        for user, draft_id in ((1, "da"), (2, "db")):
            draft = Draft(id=draft_id, user_id=user, flow_id="mapping", flow_version=1,
                          label=f"L{user}", answers={"s1": f"u{user} one", "s2": f"u{user} two"})
            await store.save(draft, ["s1", "s2"], new=True)


def _raw(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as db:
        for statement in statements:
            db.execute(statement)
    db.close()


SWAPS = {
    "answers between users": (
        "UPDATE answers SET value = (SELECT value FROM answers WHERE draft_id = 'db' AND "
        "step_id = 's1') WHERE draft_id = 'da' AND step_id = 's1'"),
    "answers between steps": (
        "UPDATE answers SET value = (SELECT value FROM answers WHERE draft_id = 'da' AND "
        "step_id = 's2') WHERE draft_id = 'da' AND step_id = 's1'"),
    "labels between drafts": (
        "UPDATE drafts SET label = (SELECT label FROM drafts WHERE id = 'db') WHERE id = 'da'"),
    "label into state": "UPDATE drafts SET state = label WHERE id = 'da'",
    "a draft moved to another user": "UPDATE drafts SET user_id = 2 WHERE id = 'da'",
    "an answer moved to another step": (
        "UPDATE answers SET step_id = 's9' WHERE draft_id = 'da' AND step_id = 's1'"),
    "a truncated answer": (
        "UPDATE answers SET value = substr(value, 1, length(value) - 1) "
        "WHERE draft_id = 'da' AND step_id = 's2'"),
    "draft keys between users": (
        "UPDATE user_keys SET sealed = (SELECT sealed FROM user_keys WHERE draft_id = 'db') "
        "WHERE draft_id = 'da'"),
    "a truncated draft key": (
        "UPDATE user_keys SET sealed = substr(sealed, 1, length(sealed) - 1) "
        "WHERE draft_id = 'da'"),
    "a plaintext answer written in": (
        "UPDATE answers SET value = CAST('\"forged\"' AS BLOB) WHERE draft_id = 'da' AND "
        "step_id = 's1'"),
}


@pytest.mark.parametrize("swap", SWAPS)
async def test_tampering_in_the_database_is_refused(tmp_path: Path, swap: str) -> None:
    path = tmp_path / "t.db"
    sealer = ring("k1")
    await _two_drafts(path, sealer)
    _raw(path, SWAPS[swap])
    owner = 2 if swap == "a draft moved to another user" else 1
    async with await Store.open(path, sealer=sealer) as store:
        with pytest.raises(SealError, match=r"failed its integrity check|is not encrypted"):
            await store.load_draft(owner, "da")


@pytest.mark.parametrize("swap", SWAPS)
async def test_tampering_is_refused_in_a_draft_the_running_store_just_read(
        tmp_path: Path, swap: str) -> None:
    """Answers are kept opened between turns (storage.opened); what the database holds now
    is still what is checked."""
    path = tmp_path / "t.db"
    sealer = ring("k1")
    await _two_drafts(path, sealer)
    owner = 2 if swap == "a draft moved to another user" else 1
    async with await Store.open(path, sealer=sealer) as store:
        for user, draft_id in ((1, "da"), (2, "db")):
            assert await store.load_draft(user, draft_id) is not None
        _raw(path, SWAPS[swap])
        with pytest.raises(SealError, match=r"failed its integrity check|is not encrypted"):
            await store.load_draft(owner, "da")


class CountingRing(AesGcmSealer):
    """The data key ring, counting the draft keys it opens."""

    opened_keys = 0

    def open(self, stored: bytes, where: bytes) -> bytes:
        if where.endswith(b"key"):
            self.opened_keys += 1
        return super().open(stored, where)


async def test_a_drafts_key_is_opened_once_while_its_row_stays_as_it_was(tmp_path: Path
                                                                         ) -> None:
    path = tmp_path / "t.db"
    sealer = CountingRing([new_key("k1")])
    await _two_drafts(path, sealer)
    async with await Store.open(path, sealer=sealer) as store:
        await store.save_session(Session(1, "da"))
        sealer.opened_keys = 0
        for n in range(5):
            async with store.turn(1) as turn:
                draft = await turn.active()
                assert draft is not None
                draft.answers["s2"] = f"said again {n}"
                await turn.save(draft, ["s2"])
        assert sealer.opened_keys == 1
        await store.delete_draft(1, "da")  # erased: nothing of it kept opened, its key neither
        assert (1, "da") not in store._opened._drafts


async def test_a_draft_only_listed_leaves_no_key_opened_in_memory(tmp_path: Path) -> None:
    """The review of the twentieth pass: listing a user's drafts (the /resume menu) opened
    every draft's key, and kept each, pushing other users' drafts out of the 512 kept."""
    path = tmp_path / "t.db"
    sealer = ring("k1")
    await _two_drafts(path, sealer)
    async with await Store.open(path, sealer=sealer) as store:
        assert [d.id for d in await store.list_drafts(1)] == ["da"]
        assert not store._opened._drafts


@pytest.mark.parametrize("swap", [s for s in SWAPS if s.startswith(("answers", "an answer", "a "))
                                  and s != "a draft moved to another user"])
async def test_tampering_with_a_draft_in_use_is_refused_at_its_next_turn(
        tmp_path: Path, swap: str) -> None:
    """A turn reads the answer rows again only when the draft's row has changed since this
    instance last saw it (storage.opened): an answer altered together with an older copy of
    the draft's row put back is read, and refused."""
    path = tmp_path / "t.db"
    sealer = ring("k1")
    await _two_drafts(path, sealer)
    with sqlite3.connect(path) as db:
        (older,) = db.execute("SELECT state FROM drafts WHERE id = 'da'").fetchone()
    db.close()
    async with await Store.open(path, sealer=sealer) as store:
        await store.save_session(Session(1, "da"))
        for _ in range(2):  # the second turn finds the rows unchanged and reads none
            async with store.turn(1) as turn:
                draft = await turn.active()
                assert draft is not None
                draft.answers["s2"] = "u1 two, said again"
                await turn.save(draft, ["s2"])
        _raw(path, SWAPS[swap])
        with sqlite3.connect(path) as db:
            db.execute("UPDATE drafts SET state = ? WHERE id = 'da'", (older,))
        db.close()
        with pytest.raises(SealError, match=r"failed its integrity check|is not encrypted"):
            async with store.turn(1) as turn:
                await turn.active()


async def test_a_flipped_byte_anywhere_in_a_stored_answer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    sealer = ring("k1")
    await _two_drafts(path, sealer)
    with sqlite3.connect(path) as db:
        (blob,) = db.execute("SELECT value FROM answers WHERE draft_id = 'da' AND "
                             "step_id = 's1'").fetchone()
    db.close()
    for i in range(len(blob)):
        bad = bytearray(blob)
        bad[i] ^= 0x40
        with sqlite3.connect(path) as db:
            db.execute("UPDATE answers SET value = ? WHERE draft_id = 'da' AND step_id = 's1'",
                       (bytes(bad),))
        db.close()
        async with await Store.open(path, sealer=sealer) as store:
            with pytest.raises(SealError):
                await store.load_draft(1, "da")


async def test_nothing_readable_reaches_the_database_file(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    async with await Store.open(path, sealer=ring("k1")) as store:
        draft = Draft(id="d1", user_id=1, flow_id="mapping", flow_version=1, label="TB-7",
                      answers={"worst_harm": CANARY})
        await store.save(draft, ["worst_harm"], new=True)
        assert (await store.load_draft(1, "d1")) is not None
    data = path.read_bytes()
    assert CANARY.encode() not in data
    assert b"TB-7" not in data
    assert path.stat().st_mode & 0o777 == 0o600


async def test_rotation_reencrypts_everything_and_retire_waits_for_it(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    old = new_key("old")
    await _two_drafts(path, AesGcmSealer([old]))
    both = AesGcmSealer([new_key("new"), old])
    async with await Store.open(path, sealer=both) as store:
        assert await store.key_usage() == {"old": 8}
        assert await store.reseal(both) == 8
        assert await store.key_usage() == {"new": 8}
    only_new = AesGcmSealer(both.keys[:1])
    async with await Store.open(path, sealer=only_new) as store:
        draft = await store.load_draft(2, "db")
        assert draft is not None
        assert draft.answers == {"s1": "u2 one", "s2": "u2 two"}


def test_keys_commands_rotate_and_retire(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    made = sosbot_here("keys", "new", "--write", "--db", db)
    assert made.returncode == 0, made.stderr
    chat = sosbot_here("chat", "--db", db, "--flow", "mapping", input="TB-7\n")
    assert chat.returncode == 0, chat.stderr
    first = read_key_file(tmp_path / "sosbot.key")[0].id
    rotated = sosbot_here("keys", "rotate", "--db", db)
    assert rotated.returncode == 0, rotated.stderr
    assert "Re-encrypted" in rotated.stdout
    keys = read_key_file(tmp_path / "sosbot.key")
    assert [k.id for k in keys][1:] == [first]
    refused = sosbot_here("keys", "retire", keys[0].id, "--db", db)
    assert refused.returncode == 1
    assert "current key" in refused.stderr
    retired = sosbot_here("keys", "retire", first, "--db", db)
    assert retired.returncode == 0, retired.stderr
    assert [k.id for k in read_key_file(tmp_path / "sosbot.key")] == [keys[0].id]
    again = sosbot_here("chat", "--db", db, input="")
    assert again.returncode == 0, again.stderr
    assert "TB-7" in again.stdout


def test_retire_refuses_while_a_value_uses_the_key(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    old, new = new_key("old"), new_key("new")
    write_key_file(tmp_path / "sosbot.key", [old])
    assert sosbot_here("chat", "--db", db, "--flow", "mapping", input="TB-7\n").returncode == 0
    write_key_file(tmp_path / "sosbot.key", [new, old])  # a new key, not yet rotated
    refused = sosbot_here("keys", "retire", "old", "--db", db)
    assert refused.returncode == 1
    assert "still use the key 'old'" in refused.stderr
    assert "keys rotate" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_sosbot_run_without_a_key_refuses_in_one_line(tmp_path: Path) -> None:
    result = run_sosbot("run", env={
        "TELEGRAM_BOT_TOKEN": "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef",
        "SOSBOT_ALLOWED_USERS": "1", "SOSBOT_DB": str(tmp_path / "bot.db"),
        "SOSBOT_API_ROOT": "http://127.0.0.1:9"})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "sosbot keys new --write" in result.stderr
    assert not (tmp_path / "bot.db").exists()


async def test_a_database_from_before_encryption_is_encrypted_once_asked(tmp_path: Path
                                                                         ) -> None:
    path = tmp_path / "old.db"
    async with await Store.open(path) as store:  # as sosbot wrote it before encryption
        await store.save(Draft(id="d1", user_id=1, flow_id="mapping", flow_version=1,
                               label="TB-7", answers={"s1": CANARY}), ["s1"], new=True)
    sealer = ring("k1")
    async with await Store.open(path, sealer=sealer) as store:
        with pytest.raises(SealError, match="sosbot keys encrypt"):
            await store.load_draft(1, "d1")
    write_key_file(tmp_path / "sosbot.key", list(sealer.keys))
    result = run_sosbot("keys", "encrypt", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "Encrypted 3 value(s)" in result.stdout
    async with await Store.open(path, sealer=sealer) as store:
        draft = await store.load_draft(1, "d1")
        assert draft is not None
        assert draft.answers == {"s1": CANARY}
        assert await store.key_usage() == {"k1": 3}
    assert CANARY.encode() not in path.read_bytes()


async def test_an_empty_file_made_beforehand_becomes_a_private_database(tmp_path: Path) -> None:
    """`touch sosbot.db` with a loose umask, then the bot: the database it becomes is as
    private as one the bot creates itself."""
    path = tmp_path / "t.db"
    path.touch(mode=0o644)
    path.chmod(0o644)

    async with await Store.open(path, sealer=ring("k1")):
        pass

    assert path.stat().st_mode & 0o777 == 0o600
