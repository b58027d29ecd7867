"""The three-column summary as Telegram HTML: the chat's own template over the shared filters."""

from __future__ import annotations

from pathlib import Path

import jinja2

from flows.render import ENV
from flows.summary import Summary

# An overlay shares the filters, globals and autoescape rules; only the folder differs.
_ENV = ENV.overlay(loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"))


def render_telegram(summary: Summary, *, unsent: bool = False) -> str:
    """The summary as Telegram HTML (one string; the views split it into messages); a
    partner's answers not sent yet (`unsent`) say so, not "Finished"."""
    return _ENV.get_template("summary.tg.html").render(s=summary, unsent=unsent).strip()
