"""The fifty-fourth pass's attacks on the real `sosbot run`, `sosbot chat` and the other
`sosbot` commands. Each test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- races through the real Application polling the local Bot API server (updates handed in
  together, both orders): a partner's "Send it" against the lead's /delete "Yes, erase
  everything" and /cancel "Yes, discard it": nothing of the contribution kept, the partner
  told the mapping was closed; "Send it" pressed twice at once: the lead told once; a
  one-use colleague link opened by two people at once: one member, the other refused; a
  partner link opened by two at once: one partner; /delete's Yes against an answer: either
  everything erased and the answer told there is no draft, or the answer said not saved,
  nothing erased, and the question asked again;
- a partner who opened the link sending /cancel, /new, /delete, /back, /review, /summary,
  /export, /resume, /members, /invite, /share, /handover or /skip before naming their
  service: each answered, the contribution kept (or withdrawn by /delete's Yes); /review's
  Edit pressed after /new opened another draft: nothing of either draft changed;
- settings: SOSBOT_WEBHOOK_BODY_SECONDS "nan", SOSBOT_WEBHOOK_IDLE_SECONDS "inf",
  SOSBOT_RETENTION_FIRST_SECONDS "nan", SOSBOT_POLL_SECONDS "1.5" and "1e1",
  SOSBOT_RATE_PER_MINUTE "0x10", SOSBOT_DRAFT_DAYS in Arabic-Indic digits,
  SOSBOT_BUSY_TIMEOUT_MS "1e3": one line each naming the setting; "+5", "1_000", "-0", a
  log level in small letters: taken as meant. SOSBOT_DB empty, ".", /dev/null or
  ":memory:", SOSBOT_KEY_FILE naming the database: one line each. A relative SOSBOT_DB in
  an --env-file read from another folder: `keys list`, `invite --list` and `purge` say
  there is no database there; `invite` makes one and says so;
- an answer and a label holding a vertical tab, a form feed, the file, group and record
  separators, NEL, U+2028, U+2029, DEL, a backspace and a NUL, piped into `sosbot chat`:
  read as line breaks or dropped; the .txt, .html and .docx exports made and readable;
- `keys retire` of the current key and of an unknown id, `invite --withdraw` of an unknown
  id: one line each, nothing changed.
- left: SOSBOT_DB naming a file called sosbot.key in a fresh folder gets the new data key
  written there (the key file's default name beside the database) and is then said to be
  damaged and left as it is: nothing lost, an odd message for an odd name. A relative
  SOSBOT_DB is read from the folder the command starts in, not the --env-file's, as a
  service's WorkingDirectory has it: said above when there is no database there.
"""

from __future__ import annotations

import subprocess
from html import unescape
from pathlib import Path

import pytest

from tests.test_attacks_fiftythird import a_terminal_draft
from tests.test_attacks_thirteenth import run_closed
from tests.test_telegram_handlers import USER, Bot, bot

__all__ = ["bot"]  # the Application with tests/memory_botapi.py: a fixture

CLOSED = ("sosbot: standard output is closed, so what this command printed was shown to no "
          "one (anything it changed stays changed); run it with its output to a terminal, a "
          "file or a pipe to read it.")


def said(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    assert b"Traceback" not in result.stderr, result.stderr[-2000:]
    return result.stderr.decode().splitlines()


# --- commands whose output is what they are for, started with standard output closed --------


@pytest.mark.parametrize("command", [("keys", "list"), ("invite", "--list"), ("flows", "list"),
                                     ("keys", "new")])
def test_a_listing_with_standard_output_closed_says_it_was_shown_to_no_one(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`sosbot keys list >&-` (a script, a service's ExecStartPre) printed nothing and ended
    with 0, as if there were nothing to list: an operator checking which keys are in use
    read "none". Now it says on standard error that its output went nowhere, and fails."""
    db = a_terminal_draft(tmp_path)
    where = ("--db", str(db)) if command[0] != "flows" and command != ("keys", "new") else ()
    result = run_closed(tmp_path, ">&-", *command, *where)
    assert said(result) == [CLOSED]
    assert result.returncode == 1


def test_a_purge_with_standard_output_closed_erases_and_says_its_report_went_nowhere(
        tmp_path: Path) -> None:
    """The erasure is done (a cron job's `>&-` must not stop retention), and the report it
    printed is said to have gone nowhere, with status 1 so that cron mails the operator."""
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, ">&-", "purge", "--db", str(db))
    assert said(result)[-1:] == [CLOSED]
    assert result.returncode == 1


def test_a_listing_to_an_open_output_is_as_it_was(tmp_path: Path) -> None:
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, "", "keys", "list", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert b"value(s)" in result.stdout
    assert said(result) == []


# --- an album whose photos each carry words, sent after another photo's note ---------------


def photo(n: int, album: str | None = None, caption: str | None = None) -> dict[str, object]:
    return {"media_group_id": album, "caption": caption,
            "photo": [{"file_id": f"f-{n}", "file_unique_id": f"u-{n}", "width": 90,
                       "height": 60}]}


async def test_an_album_with_words_on_each_photo_after_a_photo_gets_one_note(bot: Bot) -> None:
    """A family support worker sent a photo of a letter, then straight after an album of
    four pages of her notes, a line under each ("page 1: dad shouting at 2am", ...). The
    letter's photo got its note and the question again; the album then got a note for each
    page, four, each quoting its own line, the question far above. The album's words are
    now quoted in one note, as an album sent first gets."""
    await bot.say("/new reflection")
    await bot.say("KB-7")
    await bot.feed(bot.updates.message(USER, **photo(0)))
    shown = len(bot.request.sent())
    captions = [f"page {n}: dad shouting at {n}am" for n in range(1, 5)]
    for n, caption in enumerate(captions, start=1):
        await bot.feed(bot.updates.message(USER, **photo(n, "album-54", caption)))
    sent = [unescape(str(p["text"])) for p in bot.request.sent()[shown:]]
    assert len(sent) == 1, sent  # one note for the album
    edits = [unescape(str(p["text"])) for p in bot.request.sent("editMessageText")]
    note = edits[-1] if edits else sent[0]
    for caption in captions:
        assert f'"{caption}"' in note


# --- `sosbot export -o case.docx`: the format the file's name asks for ---------------------


@pytest.mark.parametrize(("name", "starts"), [("kb-1.docx", b"PK\x03\x04"),
                                              ("KB-1.HTML", b"<!DOCTYPE html>"),
                                              ("kb-1.htm", b"<!DOCTYPE html>"),
                                              ("kb-1.txt", b"PRE-REFERRAL REFLECTION")])
def test_an_export_to_a_file_named_for_a_format_is_written_in_it(
        tmp_path: Path, name: str, starts: bytes) -> None:
    """A social worker ran `sosbot export KB-1 -o kb-1.docx` to attach the summary to the
    case record: "Wrote kb-1.docx", but the file held plain text under a Word name, which
    Word refused to open as damaged (without --format, every export was text). The name's
    ending picks the format now, when --format is not given."""
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, "", "export", "KB-1", "--db", str(db), "-o", name)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).read_bytes().lstrip().startswith(starts)


def test_an_export_whose_format_and_file_name_disagree_is_refused(tmp_path: Path) -> None:
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, "", "export", "KB-1", "--db", str(db), "--format", "txt",
                        "-o", "kb-1.docx")
    assert said(result) == [
        "sosbot: -o kb-1.docx ends in .docx, a Word document, but --format is txt; give "
        "--format docx, or a name ending in .txt. Nothing was written."]
    assert result.returncode == 2
    assert not (tmp_path / "kb-1.docx").exists()
