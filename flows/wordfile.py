"""A summary as a Word document, made with python-docx.

Only built-in styles (Heading 1, Heading 2, Normal, Table Grid) and plain bold or italic
runs, so the text keeps its shape when pasted into a council's own template.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.shared import Mm, Pt
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph

from flows.answers import (
    ended_in_direction,
    reads_right_to_left,
    untabbed,
    voiced,
    words_in_direction,
)
from flows.regex import on_first_use
from flows.render import FOOTER, format_date, scale_bar
from flows.summary import Block, Column, Entry, ScaleResult, Summary

# Characters XML 1.0 cannot hold; lxml refuses them, and a pasted answer may carry one.
_NOT_XML = on_first_use("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text Word can hold: XML-illegal control characters removed, and tabs made spaces (a
    tab in a table's cell jumps to the next tab stop, off the cell's layout)."""
    return untabbed(_NOT_XML.sub("", text))


def summary_docx(summary: Summary) -> bytes:
    """The summary as .docx bytes: a heading, a three-column table, scales and the footer."""
    doc = Document()
    _page(doc, summary)
    doc.add_heading(clean(f"{summary.flow_title}: {summary.label}"), level=1)
    doc.add_paragraph(clean(meta_line(summary)))
    _record(doc, summary)
    if summary.has_child_voice:
        doc.add_paragraph(f"Words in quotation marks followed by ({summary.speaker}'s words) "
                          f"are the {summary.speaker}'s own, written as they said them.")
    if summary.filled_columns:
        _table(doc, summary.filled_columns, summary.speaker)
    for group in summary.groups:
        doc.add_heading(clean(group.title), level=2)
        if group.columns:
            _table(doc, group.columns, summary.speaker)
        for scale in group.scales:
            _scale(doc, scale)
    if summary.other:
        doc.add_heading("Other details", level=2)
        for block in summary.other:
            _block(doc, block, summary.speaker)
    if summary.scales:
        doc.add_heading("Scaling", level=2)
        for scale in summary.scales:
            _scale(doc, scale)
    doc.add_paragraph(FOOTER).runs[0].italic = True
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def meta_line(summary: Summary) -> str:
    """Case, status, date and tool in one line."""
    status = "Finished" if summary.status == "completed" else "Draft, not finished"
    date = format_date(summary.updated_at)
    return (f"Case: {summary.label}. {status}{f', last changed {date}' if date else ''}. "
            f"Tool: {summary.flow_title}, version {summary.flow_version}.")


def _page(doc: WordDocument, summary: Summary) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    section.footer.paragraphs[0].text = FOOTER
    props = doc.core_properties
    props.title = clean(f"{summary.flow_title}: {summary.label}")
    props.author = props.last_modified_by = "sosbot"
    props.comments = FOOTER
    if summary.updated_at:
        props.created = props.modified = datetime.fromtimestamp(summary.updated_at, UTC)


def _record(doc: WordDocument, summary: Summary) -> None:
    """The meeting, the author and anything to act on, where a chair reads first."""
    for alert in summary.alerts:
        doc.add_paragraph().add_run(clean(alert)).bold = True
    for entry in summary.record:
        _entry(doc, entry, summary.speaker)
    if summary.missing_views:
        para = doc.add_paragraph()
        para.add_run("No number yet from: ").italic = True
        _typed(para, ", ".join(summary.missing_views))


def _table(doc: WordDocument, columns: tuple[Column, ...], speaker: str) -> None:
    table = doc.add_table(rows=2, cols=len(columns))
    table.style = doc.styles["Table Grid"]
    header, body = table.rows
    _repeat_as_header(header)
    for column, head, cell in zip(columns, header.cells, body.cells, strict=True):
        head.paragraphs[0].text = clean(column.label)
        head.paragraphs[0].style = doc.styles["Heading 2"]
        first = cell.paragraphs[0]
        if column.is_empty:
            first.add_run("Nothing recorded.").italic = True
        for n, block in enumerate(column.blocks):
            _block(cell, block, speaker, first if n == 0 else None)


def _repeat_as_header(row: _Row) -> None:
    # Word repeats a header row at the top of each page the table runs onto.
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _block(parent: WordDocument | _Cell, block: Block, speaker: str,
           first: Paragraph | None = None) -> None:
    title = first if first is not None else parent.add_paragraph()
    if first is None:
        title.paragraph_format.space_before = Pt(8)  # table cells have no spacing of their own
    title.add_run(clean(block.title)).bold = True
    for entry in block.entries:
        _entry(parent, entry, speaker)


def _entry(parent: WordDocument | _Cell, entry: Entry, speaker: str) -> None:
    voice = speaker if entry.child_voice else None
    if not entry.items:
        para = parent.add_paragraph()
        if entry.titled:
            para.add_run(clean(entry.title) + ": ").italic = True
        _words(para, entry.text, voice)
        return
    if entry.titled:
        parent.add_paragraph().add_run(clean(entry.title) + ":").italic = True
    for number, item in enumerate(entry.items, start=1):
        _words(parent.add_paragraph(f"{number}. "), item, voice)


def _words(para: Paragraph, text: str, speaker: str | None) -> None:
    """The answer's text; a child's (or young person's) words in quotation marks, named."""
    if speaker is None:
        _typed(para, text)
        return
    before, words, after = voiced(text)
    if before:
        _typed(para, before)
    # the quotation marks with the child's words, in their direction (the marks inside)
    _run(para, f"\u201c{words_in_direction(words.strip())}\u201d", reads_right_to_left(words))
    if after:
        _typed(para, after)
    para.add_run(" ")
    para.add_run(f"({speaker}'s words)").italic = True


def _typed(para: Paragraph, text: str) -> None:
    """What a person typed, as a run of its own: one in Arabic, Hebrew or Urdu marked right
    to left (`w:rtl`), or Word lays it out as the English line around it, its full stop
    and brackets at the wrong ends. One begun in English and ended in such a script reads
    left to right, with `ended_in_direction`'s mark after its last words: without it, Word
    drew their full stop before their first word."""
    _run(para, ended_in_direction(text), reads_right_to_left(text))


def _run(para: Paragraph, shown: str, rtl: bool) -> None:
    run = para.add_run(clean(shown))
    if rtl:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _scale(doc: WordDocument, scale: ScaleResult) -> None:
    where = f" ({scale.section})" if scale.section != scale.title else ""
    title = doc.add_paragraph()
    title.paragraph_format.keep_with_next = True
    title.add_run(clean(scale.title + where)).bold = True
    given = (f"{scale.value} on a scale of {scale.min} to {scale.max}"
             if scale.value is not None else "Not given")
    _lines(doc, given, scale_bar(scale.value, scale.min, scale.max))
    _lines(doc, f"{scale.min} means: {scale.low}", f"{scale.max} means: {scale.high}")
    if scale.reason:
        _typed(doc.add_paragraph("Why this number: "), scale.reason)
    if scale.views:  # whose number is missing is said once, in the record at the top
        doc.add_paragraph().add_run("Each person's number:").italic = True
        for view in scale.views:
            para = doc.add_paragraph()
            _typed(para, view.who)
            para.add_run("" if view.value is None else f": {view.value}")
            if view.reason:
                para.add_run(" (")
                _typed(para, view.reason)
                para.add_run(")")


def _lines(doc: WordDocument, *lines: str) -> None:
    """One paragraph, its lines kept together with line breaks."""
    para = doc.add_paragraph()
    para.paragraph_format.keep_together = True
    para.add_run("\n".join(clean(line) for line in lines))
