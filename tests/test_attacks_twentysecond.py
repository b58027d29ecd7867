"""The twenty-second round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the bot polling the local Bot API server as
`sosbot run` does, or the real command (`sosbot ...` as a child process) where the attack is
on the process itself."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import cli
from bot.console import Console
from bot.conversation import Conversation
from bot.teams.conversation import TeamConversation
from bot.teams.invites import NewInvite, invite_colleague, invite_partner
from bot.teams.review import contributions_review
from flows.export import export
from flows.loader import load_flows
from flows.replies import Command, Text
from storage.crypto import AesGcmSealer, create_key_file, new_key, parse_keys
from storage.store import Store
from storage.teams import TeamStore
from tests.telegram_world import COLLEAGUE, PRACTITIONER, TEST_KEY, bot_world, shown

ANOTHER_ALI = 6262
ANSWERS = ("KB-1\nSchool or college\nSaw a bruise\nYes, as far as I know\nThey know and "
           "agree\nNan collects her\nI will call the hub today\n6\n\n")

# --- an admin's link opened by an admin ------------------------------------------------------


async def test_an_admin_opening_an_admins_link_leaves_it_for_whoever_it_was_for(
        tmp_path: Path) -> None:
    """An admin made a link for a second admin (`sosbot invite --admin`) and opened it
    themselves, to see it worked before sending it. They were told "Welcome... You're now a
    member", the link's one use was spent on them (a member link opened the same way is left
    alone, saying so), they were listed under /members with a Remove button, and the
    colleague it was for was refused as a stranger."""
    from tests.test_teams_e2e import NEWCOMER, count
    from tests.test_teams_e2e import open_link as opened

    db, admin = tmp_path / "bot.db", PRACTITIONER
    async with await Store.open(db, sealer=AesGcmSealer(parse_keys(TEST_KEY, "key"))) as store:
        code = (await invite_colleague(TeamStore(store), admin, role="admin")).code
    async with bot_world(db, SOSBOT_ALLOWED_USERS=str(admin)) as world:
        said = await opened(world, admin, code, "Boss")
        assert "admin already" in said
        assert "still there for whoever it was meant for" in said
        assert count(db, "members") == 0
        assert "Welcome, Sam" in await opened(world, NEWCOMER, code, "Sam")
        await world.command("members", user=admin)
        listed = world.texts(admin)[-1]
        assert "Sam (admin)" in listed
        assert "Boss" not in listed


# --- sharing a summary: two colleagues of one name, and a share cut off on the way -------------


async def test_two_colleagues_of_one_name_are_told_apart_and_a_share_cut_off_is_said(
        tmp_path: Path) -> None:
    """Two colleagues joined whose Telegram names are both "Ali" (first names only, as many
    people have it; or a member who named themselves as a colleague is named). /share
    offered "Send to Ali" twice, one button for each, with nothing to tell which: a case sent
    to the wrong one. /members offered "Remove Ali" twice, and "Remove Ali?" did not say
    which either. Each is now shown with the day they joined, and their place among those
    alike where that is the same day too, on the button and in what follows it.

    And when Telegram took the note and the summary's messages but refused a document, the
    member was told "I couldn't deliver it to Ali ... Nothing was shared.", while Ali had
    the case in their chat: the member had no reason to tell Ali, or to send the rest. Now
    they are told how much arrived, and how to send the rest."""
    from tests.test_teams_e2e import ADMIN, NEWCOMER, colleague_link, finish_reflection
    from tests.test_teams_e2e import open_link as opened

    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(ADMIN),
                         no_errors=False) as world:  # the refusal below is one, on purpose
        await opened(world, NEWCOMER, await colleague_link(world), "Sam")
        await opened(world, COLLEAGUE, await colleague_link(world), "Ali")
        await opened(world, ANOTHER_ALI, await colleague_link(world), "Ali")
        await finish_reflection(world, NEWCOMER)
        await world.command("share", user=NEWCOMER)
        offered = world.question_buttons(NEWCOMER)
        assert len(offered) == len(set(offered)) == 2, offered
        assert all(b.startswith("Send to Ali (joined ") for b in offered)
        to = offered[1].removeprefix("Send to ")
        world.server.fail("sendDocument", code=400)
        await world.tap(offered[1], user=NEWCOMER)
        said = await shown(world, NEWCOMER, to)
        assert any("shared a finished summary with you" in t for t in world.texts(ANOTHER_ALI))
        assert "Nothing was shared" not in said
        assert said.startswith(f"Only part of it reached {to}")
        assert "Tap the button again" in said
        await world.tap(offered[1], user=NEWCOMER)  # the rest, now Telegram takes it
        assert await shown(world, NEWCOMER, f"Sent to {to}")
        assert len(world.server.documents(ANOTHER_ALI)) == 3
        assert world.texts(COLLEAGUE)[-1].startswith("Welcome, Ali")  # nothing to the other
        await world.command("members", user=ADMIN)
        removes = world.question_buttons(ADMIN)
        assert removes[0] == "Remove Sam"  # a name nobody else has is shown as it is
        assert len(set(removes)) == 3, removes
        await world.tap(removes[1], user=ADMIN)
        asked = world.texts(ADMIN)[-1]
        assert asked.startswith(f"Remove {removes[1].removeprefix('Remove ')}?"), asked
        assert world.errors.records == []


# --- a database whose key file was lost ----------------------------------------------------------


def test_a_database_whose_key_file_is_lost_is_not_offered_a_new_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The database copied to a new server without its key file (or the key file deleted):
    `sosbot export`, `sosbot keys list` and `sosbot run` said "No data key ... Run `sosbot
    keys new --write` to create sosbot.key", and `keys new --write` then wrote a new key
    beside it, which could read none of the answers (the next command said the key did not
    fit), and took the place the lost key had to be restored to. `sosbot chat` already said
    to restore it. Now each names the key the database needs and says to restore it; no
    key file is made."""
    db, key = tmp_path / "sosbot.db", new_key()

    async def made() -> None:
        async with await Store.open(db, sealer=AesGcmSealer([key])):
            pass

    asyncio.run(made())
    for command in (["export", "KB-1"], ["keys", "list"], ["keys", "new", "--write"]):
        assert cli.main([*command, "--db", str(db)]) == 1
        said = capsys.readouterr().err.strip()
        assert said.startswith(f"sosbot: The database {db} is encrypted with the data key "
                               f"{key.id}, and its key file"), said
        assert "Restore the key file" in said
        assert "keys new" not in said
    assert not (tmp_path / "sosbot.key").exists()
    assert cli.main(["keys", "new", "--write", "--db", str(tmp_path / "new.db")]) == 0
    assert (tmp_path / "sosbot.key").exists()  # a key for a database still to be made


# --- an admin's own Remove button ----------------------------------------------------------------


async def test_an_admin_is_not_offered_to_remove_themselves(tmp_path: Path) -> None:
    """An admin who joined by an admin's link is a member too, and /members listed them with
    a Remove button of their own. Tapped (a slip on a phone, among twenty such buttons), "Remove
    Jo? They lose access at once..." did not say it was them; Yes erased their drafts and
    locked them out, telling them "an admin has removed your access". Their own row has no
    Remove now (/delete is their way out), and a Remove of their own (an old list's, or one
    made up) removes nobody."""
    from tests.test_teams_e2e import NEWCOMER, count
    from tests.test_teams_e2e import open_link as opened

    db = tmp_path / "bot.db"
    async with await Store.open(db, sealer=AesGcmSealer(parse_keys(TEST_KEY, "key"))) as store:
        code = (await invite_colleague(TeamStore(store), PRACTITIONER, role="admin")).code
    async with bot_world(db, SOSBOT_ALLOWED_USERS=str(PRACTITIONER)) as world:
        await world.command("start")  # (the link's maker has a chat with the bot: told of Jo)
        assert "Welcome, Jo" in await opened(world, NEWCOMER, code, "Jo")
        await world.command("members", user=NEWCOMER)
        own = world.last(NEWCOMER)
        assert "1. Jo (admin)" in own.text
        assert own.buttons == []
        mark = len(world.server.calls)
        world.server.press_button(NEWCOMER, own.message_id, f"t:my:{NEWCOMER}:0:0",
                                  allow_missing=True)
        await world.settle(mark)
        assert (await shown(world, NEWCOMER, "That's you")).startswith(
            "That's you, so nobody has been removed.")
        assert count(db, "members") == 1
        await world.command("members", user=PRACTITIONER)  # another admin may remove them
        await world.tap("Remove Jo", user=PRACTITIONER)
        assert "Remove Jo?" in world.texts(PRACTITIONER)[-1]


def lines_of(typed: str) -> Callable[[], str]:
    """A console's `read`: each line of `typed` in turn, then the end of input (Ctrl-D)."""
    lines = iter(typed.splitlines(keepends=True))

    def read() -> str:
        line = next(lines, "")
        if not line:
            raise EOFError
        return line
    return read


# --- two cases exported into one folder -----------------------------------------------------------


def test_two_cases_exported_into_one_folder_do_not_overwrite_each_other(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sosbot export LABEL -o exports/` names the file for the case, from its label in plain
    letters and digits. Two cases whose labels differ only in letters with accents ("ŁK-7",
    "ŚK-7": initials in Polish; or in another alphabet) were given the same name, and the
    second export was written over the first without a word: the folder held one child's
    record where the practitioner had saved two. Each has a name of its own now; exporting
    the same case again still replaces its own file."""
    db, folder, labels = tmp_path / "chat.db", tmp_path / "exports", ("ŁK-7", "ŚK-7")
    folder.mkdir()
    key = new_key()
    create_key_file(tmp_path / "sosbot.key", [key])

    async def answered() -> None:  # each case answered at the terminal, as `sosbot chat` does
        async with await Store.open(db, sealer=AesGcmSealer([key])) as store:
            talk = Conversation(store, load_flows(), surface="terminal")
            for label in labels:
                typed = ANSWERS.replace("KB-1", label, 1)
                await Console(talk, out=io.StringIO(), read=lines_of(typed)).run("reflection")

    asyncio.run(answered())
    for label in (*labels, labels[0]):
        assert cli.main(["export", label, "--db", str(db), "-o", f"{folder}/"]) == 0
    capsys.readouterr()
    written = sorted(folder.iterdir())
    assert len(written) == 2, written
    texts = [file.read_text(encoding="utf-8") for file in written]
    for label in labels:
        assert sum(f"Case: {label}\n" in text for text in texts) == 1, (label, written)


# --- a partner's link opened again once the part is sent ------------------------------------------


async def a_partner_link_to_jos_mapping(chat: TeamConversation, lead: int) -> NewInvite:
    """Jo (`lead`) joins the team and starts a safety mapping, "TB-7": a link for the school
    to send its part of it."""
    teams = chat.contributions.teams
    joined = await invite_colleague(teams, PRACTITIONER)
    assert await teams.join(joined.invite.code_hash, lead, "Jo", time.time())
    # update ids far past the test server's, which counts from 1
    await chat.handle(lead, Command("new", "mapping"), update_id=10**9)
    await chat.handle(lead, Text("TB-7"), update_id=10**9 + 1)
    mapping = await chat.active(lead)
    assert mapping is not None
    return await invite_partner(teams, lead, mapping.id, agency="School", label="TB-7",
                                lead_name="Jo")


async def test_a_partner_opening_their_link_after_sending_is_told_it_arrived(
        tmp_path: Path) -> None:
    """A partner sent their part, then opened the link in the lead's email again (to check it
    went, or to add something). They were told "That link can't be used: it has expired,
    been used already or withdrawn ... Please ask whoever sent it for a new one": the lead
    was asked for another link, as if nothing had arrived, and a second part could follow.
    The lead opening the link they had made, once used, heard the same. Each is told what
    the link did now."""
    db, lead, school = tmp_path / "bot.db", 5151, 6161
    async with await Store.open(db, sealer=AesGcmSealer(parse_keys(TEST_KEY, "key"))) as store:
        chat = TeamConversation(store, load_flows(), admins=frozenset({PRACTITIONER}))
        contributions = chat.contributions
        link = await a_partner_link_to_jos_mapping(chat, lead)
        invite = await contributions.claim(link.invite.code_hash, school, time.time())
        assert invite is not None
        assert await contributions.send(invite, {"flow": "contribution", "answers": {
            "agency": "school", "role": "DSL", "worries": "came in hungry"}})
    async with bot_world(db, SOSBOT_ALLOWED_USERS=str(PRACTITIONER)) as world:
        await world.open_link(school, link.code)
        said = world.texts(school)[-1]
        assert said.startswith("You've sent your part for \"TB-7\" to Jo already"), said
        assert "can't be used" not in said
        await world.open_link(lead, link.code)
        assert world.texts(lead)[-1].startswith("That is a link you made for a partner")


# --- a key file with a line pasted wrong ----------------------------------------------------------


def test_a_key_file_with_one_line_pasted_wrong_names_the_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After a rotation the key file holds several keys, one a line, and an operator restoring
    it from a password manager pasted one of them cut short. Every command said "The key file
    sosbot.key: a key must be the base64 of 32 random bytes", naming no line of the file's
    several (nor which of the keys in SOSBOT_DATA_KEY, where several are given with commas).
    Now the line is named, or the key's place in the list; the keys themselves never are."""
    db, good, older = tmp_path / "sosbot.db", new_key(), new_key()

    async def made() -> None:
        async with await Store.open(db, sealer=AesGcmSealer([good])):
            pass

    asyncio.run(made())
    cut = older.line()[:-9]
    (tmp_path / "sosbot.key").write_text(f"# sosbot data keys\n{good.line()}\n{cut}\n")
    (tmp_path / "sosbot.key").chmod(0o600)
    assert cli.main(["keys", "list", "--db", str(db)]) == 1
    said = capsys.readouterr().err.strip()
    assert said.startswith(f"sosbot: The key file {tmp_path / 'sosbot.key'}, line 3: "), said
    assert cut.partition(":")[2] not in said
    (tmp_path / "sosbot.key").unlink()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOSBOT_DATA_KEY", f"{good.line()}, {cut}")
        assert cli.main(["keys", "list", "--db", str(db)]) == 2  # a setting's value
    said = capsys.readouterr().err
    assert said.startswith("sosbot: SOSBOT_DATA_KEY, key 2 of 2: ")
    assert said.rstrip().endswith("(set in the environment)")


# --- words after /skip said back at the terminal --------------------------------------------------


def test_words_after_skip_are_said_back_without_the_terminals_escapes(tmp_path: Path) -> None:
    """"/skip don't know" is said back ("I haven't acted on /skip, nor saved ...") so that the
    words are not lost. They were said back as they came: an escape sequence among them
    (from answers piped in from a file someone else wrote, or pasted from a web page) went
    to the terminal and acted there, clearing the screen, retitling the window or turning
    everything after it red. So was a line typed at "are you sure?" that was no yes or no.
    They are said back as they show now, as every other line said back is."""
    typed = ("KB-1\nSchool or college\n/skip \x1b]0;case closed\x07not \x1b[31mknown\n"
             "/back \x1b[2J\n/cancel\nmay\x1b[2Jbe\nno\n")

    async def chatted() -> str:
        async with await Store.open(tmp_path / "t.db") as store:
            out = io.StringIO()
            talk = Conversation(store, load_flows(), surface="terminal")
            await Console(talk, out=out, read=lines_of(typed)).run("reflection")
            return out.getvalue()

    said = asyncio.run(chatted())
    assert "\x1b" not in said
    assert "\x07" not in said
    assert "I haven't acted on /skip, nor saved \"not known\"" in said
    assert "\"maybe\" isn't a yes or a no" in said  # nor what is typed at "are you sure?"
    assert said.rstrip().endswith("Your answers are saved. Run `sosbot chat` again to carry on.")
    after_skip = said.split('nor saved "not known"')[1].split("Discard the draft")[0]
    assert "[Question 1 of 8" in after_skip  # /back with nothing to show after it is /back


# --- two partners who name themselves alike -------------------------------------------------------


def test_two_partners_of_one_service_and_role_are_told_apart_in_the_record(
        tmp_path: Path) -> None:
    """A lead invited two schools (a child moving from primary to secondary) and both
    designated safeguarding leads answered "School" and "DSL". Their parts were both headed
    "School, DSL" in the summary and in the exported record, so a chair could not tell which
    school said what, and /review offered "Leave out School, DSL" twice. They are numbered
    now, in the order they were invited."""
    lead, first, second = 4001, 5001, 5002

    async def recorded() -> tuple[str, list[str]]:
        async with await Store.open(tmp_path / "t.db") as store:
            chat = TeamConversation(store, load_flows(), admins=frozenset({lead}))
            await chat.handle(lead, Command("new", "mapping"), update_id=1)
            await chat.handle(lead, Text("TB-7"), update_id=2)
            mapping = await chat.active(lead)
            assert mapping is not None
            teams, contributions = chat.contributions.teams, chat.contributions
            for n, (partner, worry) in enumerate(((first, "primary-canary: came in hungry"),
                                                  (second, "secondary-canary: missed PE")), 1):
                link = await invite_partner(teams, lead, mapping.id, agency="School",
                                            label="TB-7", lead_name="Jo", now=1e9 + n)
                invite = await contributions.claim(link.invite.code_hash, partner, 1e9 + n)
                assert invite is not None
                answers = {"agency": "school", "role": "DSL", "worries": worry}
                assert await contributions.send(invite, {"flow": "contribution",
                                                         "answers": answers})
            summary = await chat.summary(lead)
            assert summary is not None
            whole = await chat.with_contributions(summary, mapping.id)
            parts, waiting = await chat.parts(mapping.id, "TB-7")
            [(_, keyboard)] = contributions_review(parts, waiting)
            assert keyboard is not None
            buttons = [b.text for row in keyboard.inline_keyboard for b in row]
            return export(whole, "txt").data.decode(), buttons

    text, buttons = asyncio.run(recorded())
    assert buttons == ["Leave out School, DSL (1 of 2)", "Leave out School, DSL (2 of 2)"]
    lines = text.splitlines()
    heads = [lines[i - 1].strip() for i, line in enumerate(lines) if "-canary" in line]
    assert heads == ["School, DSL (1 of 2)", "School, DSL (2 of 2)"], lines


# --- a key file written while SOSBOT_DATA_KEY is set ----------------------------------------------


def test_a_key_file_is_not_written_where_sosbot_data_key_would_be_used_instead(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """With SOSBOT_DATA_KEY set (in the service's settings, say), `sosbot keys new --write`
    wrote sosbot.key and said "Keep a copy somewhere safe". Every answer went on being sealed
    with the key in SOSBOT_DATA_KEY, which wins over any file; the copy kept safe was of a
    key that sealed nothing, and a command run without the setting (from cron) said the key
    did not fit. Refused now, saying which key is used and what to do instead."""
    monkeypatch.setenv("SOSBOT_DATA_KEY", new_key().line())
    assert cli.main(["keys", "new", "--write", "--db", str(tmp_path / "bot.db")]) == 1
    said = capsys.readouterr().err.strip()
    assert said.startswith("sosbot: SOSBOT_DATA_KEY is set, and the keys in it are the ones "
                           "used"), said
    assert said.endswith("Nothing was written.")
    assert list(tmp_path.iterdir()) == []
