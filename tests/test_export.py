"""Exported documents: the HTML page, the Word document and the plain text, and `sosbot export`."""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from builders import walk_through
from hypothesis import given, settings
from hypothesis import strategies as st
from summaries import HOSTILE, LONG_WORD, houses_summary, mapping_summary

from bot import cli
from bot.documents import ExportProblem, find_draft
from bot.summary_html import render_telegram
from flows.export import FORMATS, MIME_TYPES, export, export_filename, render_export_text
from flows.flow import Flow
from flows.loader import load_flows
from flows.render import FOOTER, render_text
from flows.summary import Summary, build_summary
from storage.contract import DraftInfo
from tests.conftest import run_sosbot, sosbot_command, sosbot_env
from tests.in_process import sosbot_here

SAFE_NAME = re.compile(
    r"sosbot-[A-Za-z0-9-]+-[A-Za-z0-9-]+-(\d{4}-\d\d-\d\d|undated)\.(html|docx|txt)")
BUILT_IN_STYLES = {"Normal", "Heading 1", "Heading 2"}


@pytest.fixture(scope="module")
def mapping() -> Summary:
    return mapping_summary()


@pytest.fixture
def houses(tmp_path: Path) -> Summary:
    return houses_summary(tmp_path)


# --- HTML ---------------------------------------------------------------------------------


class Page(HTMLParser):
    """The parts of an exported page the tests look at, read with the standard parser."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, list[str]] = {}
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "br", "link", "img", "input"):
            self.open.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        for tag, attrs in self.open:
            for key in (tag, *(f".{c}" for c in (attrs.get("class") or "").split())):
                self.texts.setdefault(key, []).append(data)

    def text(self, key: str) -> str:
        """All text inside elements with this tag name or `.class`, joined."""
        return " ".join(" ".join(self.texts.get(key, [])).split())

    def count(self, tag: str, cls: str | None = None) -> int:
        return sum(1 for t, a in self.tags
                   if t == tag and (cls is None or cls in (a.get("class") or "").split()))


def html_of(summary: Summary) -> str:
    return export(summary, "html").data.decode("utf-8")


def grids(source: str) -> list[str]:
    """Each three-column table of the page (the mapping, then one per worry), as HTML."""
    return re.findall(r'<table class="grid.*?</table>', source, flags=re.S)


def headers(table: str) -> list[str]:
    return [" ".join(t.split()) for t in Page(table).texts.get("th", [])]


def cells(source: str) -> list[str]:
    """The text of each body cell of a table, in order."""
    body = source.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [" ".join(Page(cell).text("td").split())
            for cell in re.findall(r"<td\b.*?</td>", body, flags=re.S)]


def test_html_is_a_real_three_column_table_with_the_flows_own_labels(mapping: Summary) -> None:
    source = html_of(mapping)
    page = Page(source)
    labels = [c.label for c in mapping.columns]
    main, *worries = grids(source)
    assert page.count("table", "mapping") == 1
    assert headers(main) == labels
    assert Page(main).count("tr") == 2
    assert Page(main).count("td") == 3
    worried, working, needed = cells(main)
    assert "The worst time:" in worried
    assert "Mum walks T to school most mornings" in working
    assert "Next steps" in needed
    assert len(worries) == 2  # each worry: its statement beside its goal
    assert headers(worries[0]) == [labels[0], labels[2]]  # nothing for what's working well
    statement, goal = cells(worries[0])
    assert "Danger statement (worry 1) The social worker, the school" in statement
    assert "are worried that R shouts at and hits mum" in statement
    assert "Who is worried" not in statement  # the statement says it once
    assert "Safety goal (worry 1) R will leave the flat" in goal


def test_html_shows_case_date_tool_scales_anchors_and_footer(mapping: Summary) -> None:
    page = Page(html_of(mapping))
    assert page.text("h1") == "Safety mapping: TB-7"
    meta = page.text(".meta")
    assert "TB-7" in meta
    assert "25 Nov 2026" in meta
    assert f"Safety mapping, version {mapping.flow_version}" in meta
    assert page.count("div", "scale") == len(mapping.all_scales) == 3
    ticks = page.count("span", "tick")
    assert ticks == sum(s.max - s.min + 1 for s in mapping.all_scales)
    assert [int(n) for n in page.texts[".here"]] == [s.value for s in mapping.all_scales]
    anchors = page.text(".anchors")
    assert mapping.scales[0].low in anchors
    assert mapping.scales[0].high in anchors
    views = page.text(".views")
    assert "Each person's number Parent or carer the child lives with 7 School 5" in views
    assert "Other parent or carer" not in views  # said once, in the record at the top
    assert "Other parent or carer" in page.text("dd")
    assert page.text("footer") == FOOTER


def test_html_escapes_everything_the_practitioner_typed(mapping: Summary) -> None:
    source = html_of(replace(mapping, label="<i>TB</i>&7"))
    page = Page(source)
    assert "<script" not in source
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;" in source
    assert page.count("script") == 0
    assert page.count("b") == 1 + len(mapping.all_scales)  # the case label and each score
    assert HOSTILE in page.text("td")
    assert "&lt;i&gt;TB&lt;/i&gt;&amp;7" in source
    assert page.count("i") == 0
    assert page.text("title") == "Safety mapping: <i>TB</i>&7"


def test_html_is_one_self_contained_file(mapping: Summary) -> None:
    source = html_of(mapping)
    page = Page(source)
    assert source.startswith("<!DOCTYPE html>")
    assert page.count("style") == 1
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "img", "iframe", "object"), tag
        assert not {"src", "href", "srcset", "style"} & attrs.keys(), (tag, attrs)
    css = page.text("style")
    assert "url(" not in css
    assert "@import" not in css
    assert "@page" in css
    assert "A4" in css
    assert "@media print" in css
    assert re.search(r"@media screen and \(max-width", css)


def test_html_marks_the_childs_own_words(houses: Summary) -> None:
    page = Page(html_of(houses))
    marked = page.texts[".child"][1:]  # the first is the key that explains the marking
    words = ["When R shouts I hide in the wardrobe with Bunny.", HOSTILE,
             "Nan's house because she makes pancakes.", "My teacher Miss K.",
             "I want mum and me to live somewhere with no shouting and a dog."]
    assert marked == [f"\u201c{w}\u201d" for w in words]
    assert page.count("span", "whose") == len(marked) + 1
    assert "are the child's own" in page.text(".key")
    assert "T drew the house of dreams first" not in " ".join(marked)
    assert [" ".join(t.split()) for t in page.texts["th"]] == [
        "House of Worries", "House of Good Things", "House of Dreams"]


def test_html_without_child_voice_has_no_key(mapping: Summary) -> None:
    assert Page(html_of(mapping)).count("p", "key") == 0


# --- Word ---------------------------------------------------------------------------------


def document(summary: Summary) -> docx.document.Document:
    return docx.Document(io.BytesIO(export(summary, "docx").data))


def test_docx_holds_the_mapping_in_an_editable_table(mapping: Summary) -> None:
    doc = document(mapping)
    table, *worries = doc.tables
    assert len(worries) == 2
    assert table.style.name == "Table Grid"
    assert len(table.rows) == 2
    assert len(table.columns) == 3
    header, body = table.rows
    assert [c.text for c in header.cells] == [c.label for c in mapping.columns]
    assert {p.style.name for c in header.cells for p in c.paragraphs} == {"Heading 2"}
    worried, working, needed = (c.text for c in body.cells)
    assert worried.startswith("The child's view\n")
    assert "\nHarm\n" in worried
    assert f"The worst time: In March R pushed mum against the kitchen door while T watched " \
           f"from the stairs. {HOSTILE}" in worried
    assert "1. Mum walks T to school most mornings" in working
    assert f"2. School log {LONG_WORD}." in working
    assert needed.startswith("Safety network and plan\n")
    statement, goal = (c.text for c in worries[0].rows[1].cells)
    assert "are worried that R shouts at and hits mum" in statement
    assert goal.startswith("Safety goal (worry 1)\nR will leave the flat")


def test_docx_has_title_meta_scales_and_footer(mapping: Summary) -> None:
    doc = document(mapping)
    texts = [p.text for p in doc.paragraphs]
    assert doc.paragraphs[0].style.name == "Heading 1"
    assert texts[0] == "Safety mapping: TB-7"
    assert "25 Nov 2026" in texts[1]
    assert f"version {mapping.flow_version}" in texts[1]
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert headings == ["Worry 1", "Worry 2", "Other details", "Scaling"]
    assert "Meeting: A child protection conference" in texts[2:10]  # the record, at the top
    assert "4 on a scale of 0 to 10\n0 ────●────── 10" in texts
    assert f"0 means: {mapping.scales[0].low}\n10 means: {mapping.scales[0].high}" in texts
    assert "Parent or carer the child lives with: 7" in texts
    assert "School: 5" in texts
    assert "No number yet from: Other parent or carer" in texts  # once, at the top
    assert "Other parent or carer: not given" not in texts
    assert texts[-1] == FOOTER
    assert doc.sections[0].footer.paragraphs[0].text == FOOTER
    assert doc.core_properties.author == "sosbot"


def test_docx_uses_only_built_in_styles_and_no_fonts_or_colours(mapping: Summary) -> None:
    doc = document(mapping)
    table_paragraphs = [p for c in doc.tables[0]._cells for p in c.paragraphs]
    paragraphs = [*doc.paragraphs, *table_paragraphs]
    assert {p.style.name for p in paragraphs} <= BUILT_IN_STYLES
    for run in (r for p in paragraphs for r in p.runs):
        assert run.font.name is None
        assert run.font.size is None
        assert run.font.color.rgb is None
        assert run.font.highlight_color is None
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_docx_marks_the_childs_own_words(houses: Summary) -> None:
    worried = document(houses).tables[0].rows[1].cells[0]
    lines = [p.text for p in worried.paragraphs]
    words = "When R shouts I hide in the wardrobe with Bunny."
    assert f"1. \u201c{words}\u201d (child's words)" in lines
    assert f"2. \u201c{HOSTILE}\u201d (child's words)" in lines


def test_docx_drops_characters_word_cannot_hold(mapping: Summary) -> None:
    odd = replace(mapping, label="TB\x00-7\x0b", flow_title="Safety\x1f mapping")
    doc = document(odd)
    assert doc.paragraphs[0].text == "Safety mapping: TB-7"


# --- plain text ----------------------------------------------------------------------------


def test_text_has_headings_numbered_items_and_no_markup(mapping: Summary) -> None:
    text = render_export_text(mapping)
    lines = text.splitlines()
    assert lines[0] == "SAFETY MAPPING: TB-7"
    for number, column in enumerate(mapping.columns, start=1):
        assert f"{number}. {column.label.upper()}" in lines
    assert lines.index("4. WORRY 1") < lines.index("5. WORRY 2") < lines.index("7. SCALING")
    assert "Meeting: A child protection conference" in lines[:12]
    assert "2. The worst time: In March R pushed mum against the kitchen door while T " \
           f"watched from the stairs. {HOSTILE}" in lines
    assert "   a) Mum walks T to school most mornings; attendance this term is 94%." in lines
    assert "Score: 4 on a scale of 0 to 10" in lines
    assert lines[-1] == FOOTER
    ours = text.replace(HOSTILE, "")
    assert not re.search(r"</?[a-z][^>]*>|&(lt|gt|amp|quot|#\d+);|\*\*|__|^#", ours, re.M)
    assert "\t" not in text
    assert "\r" not in text


def test_text_marks_the_childs_own_words(houses: Summary) -> None:
    text = export(houses, "txt").data.decode("utf-8")
    assert '   a) "When R shouts I hide in the wardrobe with Bunny." (child\'s words)' in text
    assert "2. Worker's note: T drew the house of dreams first" in text


# --- every format, every flow ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_gives_bytes_a_mime_type_and_a_safe_name(mapping: Summary, fmt: str) -> None:
    made = export(mapping, fmt)  # type: ignore[arg-type]
    assert made.filename == f"sosbot-TB-7-mapping-2026-11-25.{fmt}"
    assert made.mime_type == MIME_TYPES[fmt]  # type: ignore[index]
    assert isinstance(made.data, bytes)
    assert made.data


def test_an_unknown_format_is_refused(mapping: Summary) -> None:
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        export(mapping, "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize("label", ["../../etc/passwd", "CON", ".hidden", "a/b\\c:d*e?f\"g<h>i|j",
                                   "\u202etxt.exe", "   ", "名前", "x" * 200, "TB\x00-7\n"])
def test_file_names_keep_no_unsafe_character_from_the_label(mapping: Summary, label: str) -> None:
    name = export_filename(replace(mapping, label=label), "docx")
    assert SAFE_NAME.fullmatch(name), name
    assert len(name) <= 80


@functools.cache
def _any_summary() -> Summary:
    return mapping_summary()


@settings(deadline=None)  # the first example also builds the summary, on a shared machine
@given(label=st.text(max_size=60), updated_at=st.sampled_from([0.0, 1.0, 4_102_444_800.0]))
def test_any_label_gives_a_safe_file_name(label: str, updated_at: float) -> None:
    summary = replace(_any_summary(), label=label, updated_at=updated_at)
    for fmt in FORMATS:
        assert SAFE_NAME.fullmatch(export_filename(summary, fmt))


def _flow_ids() -> list[str]:
    return sorted(load_flows())


@pytest.mark.parametrize("flow_id", _flow_ids())
def test_every_built_in_flow_exports_in_every_format(flows: Mapping[str, Flow],
                                                      flow_id: str) -> None:
    flow = flows[flow_id]
    summary = build_summary(flow, walk_through(flow).draft)
    source = html_of(summary)
    filled = [c.label for c in summary.filled_columns]
    tables = grids(source)
    if filled:
        assert headers(tables[0]) == filled
    assert len(tables) == bool(filled) + sum(bool(g.columns) for g in summary.groups)
    assert Page(source).count("div", "scale") == len(summary.all_scales)
    word = document(summary).tables
    assert len(word) == len(tables)
    if filled:
        assert [c.text for c in word[0].rows[0].cells] == filled
    assert render_export_text(summary).rstrip().endswith(FOOTER)


def test_an_empty_draft_still_exports(mapping: Summary) -> None:
    empty = replace(mapping, columns=tuple(replace(c, blocks=()) for c in mapping.columns),
                    other=(), scales=(), groups=(), record=(), status="in_progress")
    page = Page(html_of(empty))
    assert page.count("table") == 0  # no column was filled, so none is printed
    assert page.text(".unfinished") == "Draft, not finished"
    assert "Status: Draft, not finished" in render_export_text(empty)
    assert document(empty).tables == []
    assert "WORRIED" not in render_export_text(empty)


# --- sosbot export ----------------------------------------------------------------------------
# The whole command in a child process once (text to standard output, and a Word document
# piped as bytes); what it says and writes otherwise is read from it run in this process
# (tests/in_process.py: the same `bot.cli.main`, without a child's start-up each time).


@pytest.fixture(scope="module")
def made_chat_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding one terminal draft, TB-7, made with `sosbot chat` once a module."""
    folder = tmp_path_factory.mktemp("chat-db")
    db = folder / "sosbot.db"
    lines = ["TB-7", "1", "Tuesday 8 December", "LM, social worker", "T (7) and mum <S> & R",
             "/pause"]
    done = run_sosbot("chat", "--flow", "mapping", "--db", str(db),
                      input="\n".join(lines) + "\n", cwd=folder)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture
def chat_db(made_chat_db: Path, tmp_path: Path) -> Path:
    """That database with its key, copied into this test's own tmp_path (the current folder):
    what a test writes or breaks reaches no other test."""
    shutil.copytree(made_chat_db.parent, tmp_path, symlinks=True, dirs_exist_ok=True)
    return tmp_path / made_chat_db.name


def test_cli_writes_text_to_standard_output(chat_db: Path) -> None:
    done = run_sosbot("export", "tb-7", "--db", str(chat_db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("SAFETY MAPPING: TB-7\n")
    assert "Who contributed: T (7) and mum <S> & R" in done.stdout
    assert done.stdout.rstrip().endswith(FOOTER)


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_cli_writes_a_file_with_o(chat_db: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    done = sosbot_here("export", "TB-7", "--format", fmt, "-o", str(target), "--db", str(chat_db))
    assert done.returncode == 0, done.stderr
    assert f"Wrote {target}" in done.stderr
    assert done.stdout == ""
    if fmt == "docx":
        assert docx.Document(str(target)).paragraphs[0].text == "Safety mapping: TB-7"
    else:
        assert "mum &lt;S&gt; &amp; R" in target.read_text(encoding="utf-8")


def test_cli_names_the_file_itself_when_o_is_a_folder(chat_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    done = sosbot_here("export", "TB-7", "--format", "docx", "-o", str(folder), "--db",
                       str(chat_db))
    assert done.returncode == 0, done.stderr
    (written,) = folder.iterdir()
    assert SAFE_NAME.fullmatch(written.name)
    assert written.name.startswith("sosbot-TB-7-mapping-")


@pytest.mark.parametrize(("target", "what"), [
    ("sosbot.key", "the data key file"),
    ("sosbot.db", "the database"),
    ("./sosbot.db-wal", "one of the database's files"),
    ("link-to-key", "the data key file"),
])
def test_cli_never_writes_over_the_database_or_the_key(chat_db: Path, target: str,
                                                       what: str) -> None:
    folder = chat_db.parent
    (folder / "link-to-key").symlink_to(folder / "sosbot.key")
    before = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    done = sosbot_here("export", "TB-7", "-o", target, "--db", str(chat_db), cwd=folder)
    assert done.returncode == 1
    assert done.stderr == (f"sosbot: {target} is {what}; writing the export there would destroy "
                           "it. Choose another file: nothing was written.\n")
    assert {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()} == before
    assert sosbot_here("export", "TB-7", "--db", str(chat_db)).returncode == 0  # still opens


def test_cli_refuses_a_folder_that_does_not_exist(chat_db: Path, tmp_path: Path) -> None:
    done = sosbot_here("export", "TB-7", "-o", f"{tmp_path / 'exports'}/", "--db", str(chat_db))
    assert done.returncode == 1
    assert "there is no folder" in done.stderr
    assert not (tmp_path / "exports").exists()


@pytest.mark.parametrize("typed", ["TB\u200b-7", "\u202eTB-7", "TB-7\u2066", " tb-7\u00a0",
                                   "TB-7\x07"])
def test_cli_finds_a_label_typed_with_invisible_characters_as_it_was_stored(
        chat_db: Path, typed: str) -> None:
    done = sosbot_here("export", typed, "--db", str(chat_db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("SAFETY MAPPING: TB-7\n")


def test_cli_finds_a_draft_by_id_and_pipes_binary(chat_db: Path) -> None:
    listed = sosbot_here("export", "nobody", "--db", str(chat_db))
    assert listed.returncode == 1
    assert "no terminal draft has the id or label 'nobody'" in listed.stderr
    draft_id = re.search(r"TB-7 \(id ([0-9a-f]+)\)", listed.stderr)
    assert draft_id is not None
    done = subprocess.run(sosbot_command("export", draft_id[1], "--format", "docx", "--db",
                                         str(chat_db)),
                          capture_output=True, env=sosbot_env(), timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert docx.Document(io.BytesIO(done.stdout)).paragraphs[0].text == "Safety mapping: TB-7"


def test_cli_refuses_binary_to_a_terminal(chat_db: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(screen))
    status = cli.main(["export", "TB 7", "--format", "docx", "--db", str(chat_db)])
    assert status == 2
    assert screen.getvalue() == b""
    err = capsys.readouterr().err
    assert "binary and would garble the terminal" in err
    assert "sosbot export 'TB 7' --format docx > draft.docx" in err


def test_cli_says_when_there_is_no_database(tmp_path: Path) -> None:
    done = sosbot_here("export", "TB-7", "--db", str(tmp_path / "missing.db"))
    assert done.returncode == 1
    assert "there is no database at" in done.stderr
    assert not (tmp_path / "missing.db").exists()


def test_cli_export_is_in_the_help() -> None:
    done = sosbot_here("--help")
    assert "export" in done.stdout


def test_a_label_is_found_by_its_start_as_resume_finds_it_and_two_starts_are_asked_about(
) -> None:
    # A practitioner's walk: `/resume TB-7` opened "TB-7 conf" but `sosbot export tb-7` said
    # there was no such draft.
    def info(draft_id: str, label: str) -> DraftInfo:
        return DraftInfo(draft_id, "mapping", label, "completed", 40, 0.0, 0.0)

    drafts = [info("a1", "TB-7 conf"), info("b2", "KD-3 review"), info("c3", "KD-3 core group")]
    assert find_draft(drafts, "tb-7").id == "a1"
    assert find_draft(drafts, "KD-3 core").id == "c3"
    with pytest.raises(ExportProblem, match="2 drafts have labels that start with or hold 'kd-3'"):
        find_draft(drafts, "kd-3")
    with pytest.raises(ExportProblem, match="no terminal draft has the id or label 'TB-8'"):
        find_draft(drafts, "TB-8")


# --- a heading that says its first answer's title -----------------------------------------


def _rendered(summary: Summary, how: str) -> str:
    if how == "docx":
        doc = document(summary)
        cells = [p for t in doc.tables for c in t._cells for p in c.paragraphs]
        return "\n".join(p.text for p in [*doc.paragraphs, *cells])
    if how == "telegram":
        return render_telegram(summary)
    if how == "chat":
        return render_text(summary)
    return export(summary, how).data.decode("utf-8")


@pytest.mark.parametrize("how", ["chat", "telegram", "txt", "html", "docx"])
def test_an_answer_under_a_heading_that_says_its_title_is_not_titled_again(
        mapping: Summary, how: str) -> None:
    shown = re.sub(r"<[^>]+>", "", _rendered(mapping, how))
    assert "Next steps:" not in shown
    assert "Danger statement:" not in shown
    assert "Safety goal:" not in shown
    assert "Social worker will meet mum and her sister by Friday" in shown
    assert shown.count("Danger statement (worry") == 2
    # A later answer of the same block keeps its title.
    assert "The first sign of progress:" in shown
