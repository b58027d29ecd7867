"""A summary as a file to keep or send: an HTML page, a Word document or plain text.

Everything is built in memory; nothing is written to disk. The HTML page is one
self-contained file (inline CSS, no scripts, no external resources) from
`templates/export.html`; the text is `templates/export.txt`; the Word document is built
with python-docx in `flows.wordfile`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from flows.answers import for_terminal, untabbed
from flows.formats import FORMATS as FORMATS  # the names importers of the exporter know
from flows.formats import Format as Format
from flows.regex import on_first_use

if TYPE_CHECKING:
    from flows.summary import Summary

MIME_TYPES: dict[Format, str] = {
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
}
LABEL_CHARS = 24
_UNSAFE = on_first_use(r"[^A-Za-z0-9]+")


@dataclass(frozen=True)
class ExportFile:
    """A file ready to send or save: a safe name, its MIME type and its bytes."""

    filename: str
    mime_type: str
    data: bytes


def export(summary: Summary, fmt: Format) -> ExportFile:
    """The summary as a file in the given format."""
    if fmt == "html":
        data = render_html(summary).encode("utf-8")
    elif fmt == "txt":
        data = render_export_text(summary).encode("utf-8")
    elif fmt == "docx":
        from flows.wordfile import summary_docx  # python-docx loads only when it is needed

        data = summary_docx(summary)
    else:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return ExportFile(export_filename(summary, fmt), MIME_TYPES[fmt], data)


def render_html(summary: Summary) -> str:
    """The summary as one self-contained HTML page (user text escaped by autoescape)."""
    from flows.render import ENV  # jinja2 loads when a summary is rendered, not for `sosbot keys`

    return ENV.get_template("export.html").render(s=summary).strip() + "\n"


def render_export_text(summary: Summary) -> str:
    """The summary as plain text for pasting into a case-recording system (or read at a
    terminal: no escape sequence or control character from a saved answer comes with it;
    no tab, which would move a line off its indent or into a form's next field)."""
    from flows.render import ENV

    return untabbed(for_terminal(ENV.get_template("export.txt").render(s=summary))).strip() \
        + "\n"


def export_filename(summary: Summary, ext: str) -> str:
    """A file name from the label, the tool and the date, using only letters, digits and -.
    A label that is not its name as it stands (letters with accents or of another alphabet,
    a space or a mark other than one hyphen between its parts) has a few characters of its
    hash after it: two cases ("ŁK-7" and "ŚK-7", both "K-7"; "KB 12", "KB/12" and "KB-12",
    three drafts) exported into one folder the same day were one file, the last one."""
    label = _slug(summary.label)[:LABEL_CHARS].strip("-") or "draft"
    if label != summary.label:
        label += "-" + hashlib.sha256(summary.label.encode("utf-8", "replace")).hexdigest()[:6]
    tool = _slug(summary.flow_id) or "summary"
    return f"sosbot-{label}-{tool}-{_day(summary.updated_at)}.{_slug(ext)}"


def _slug(text: str) -> str:
    # Only ASCII letters and digits survive: no path separators, dots, quotes, control or
    # look-alike characters from a label the practitioner typed.
    return _UNSAFE.sub("-", text).strip("-")


def _day(timestamp: float) -> str:
    if not timestamp:
        return "undated"
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
