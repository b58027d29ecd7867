"""The three-column summary as Telegram HTML: the chat's own template over the shared filters."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from flows.answers import (
    in_its_direction,
    quotes_joined_in_direction,
    reads_right_to_left,
    voiced,
    words_in_direction,
)
from flows.render import ENV
from flows.summary import Summary

# An overlay shares the filters, globals and autoescape rules; only the folder differs.
_ENV = ENV.overlay(loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"))
# A child's words: before them, the words in quotation marks, after them, whose they are.
# (Filled with `%`, which escapes each part by itself: `Markup.format` escapes through
# Python's `string.Formatter`, about twice the work for each of these answers.)
_CHILDS_WORDS = Markup("%s“%s”%s <i>(%s's words)</i>")
# ... in Arabic or Hebrew: right-to-left marks hold the quotation marks at the words' ends
_CHILDS_WORDS_RTL = Markup("%s\u200f“%s”\u200f%s <i>(%s's words)</i>")
# The same, without whose words they are: /review says that its own way
_QUOTED = Markup("%s“%s”%s")
_QUOTED_RTL = Markup("%s\u200f“%s”\u200f%s")


def said(text: str, child: bool, speaker: str) -> Markup:
    """An answer as the summary shows it, escaped; a child's words in quotation marks, with
    whose words they are. (A filter, not a template macro: a summary shows some forty
    answers, and a macro's call cost more than its text.)"""
    if not child:
        return escape(in_its_direction(text))
    before, words, after = voiced(text)
    shown = quotes_joined_in_direction(words)
    if reads_right_to_left(words):  # the shape's marks hold the words' end
        return _CHILDS_WORDS_RTL % (before, shown, in_its_direction(after), speaker)
    # ... or, begun in English, the mark of a last quote that ends in Arabic
    return _CHILDS_WORDS % (before, in_its_direction(shown), in_its_direction(after), speaker)


def quoted(text: str) -> Markup:
    """A child's words in quotation marks, escaped, with the marks `said` gives them (the
    name of the child who said them before, a note of the writer's after)."""
    before, words, after = voiced(text)
    shape = _QUOTED_RTL if reads_right_to_left(words) else _QUOTED
    return shape % (before, words_in_direction(words), in_its_direction(after))


def kept_direction(text: str) -> Markup:
    """Something a person typed, escaped, with `in_its_direction`'s mark."""
    return escape(in_its_direction(text))


_ENV.filters = {**_ENV.filters, "said": said, "kept_direction": kept_direction}


@cache
def _template() -> jinja2.Template:
    # Read and compiled once a process: looked up at each render, the loader asked the disk
    # whether the file had changed (a file the bot never changes while it runs).
    return _ENV.get_template("summary.tg.html")


def render_telegram(summary: Summary, *, unsent: bool = False) -> str:
    """The summary as Telegram HTML (one string; the views split it into messages); a
    partner's answers not sent yet (`unsent`) say so, not "Finished"."""
    return _template().render(s=summary, unsent=unsent).strip()
