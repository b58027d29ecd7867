"""Measure and split text written in Telegram's HTML parse mode.

Telegram limits a message to 4,096 characters of *visible* text, counted in UTF-16
code units after the markup is parsed. This module counts that length and cuts long
HTML into messages that each fit, closing open tags at the end of a piece and
reopening them (attributes included) at the start of the next, so every piece is
valid on its own.

The accepted markup is Telegram's HTML mode, read strictly: the tags b, strong, i,
em, u, ins, s, strike, del, span class="tg-spoiler", tg-spoiler, a, code, pre,
blockquote (optionally ``expandable``) and tg-emoji; the entities &lt; &gt; &amp;
&quot; and numeric ones. A bare ``<`` or ``&`` is an error, because it means some text
was not escaped; a bare ``>`` is accepted, as Telegram does.
"""

from __future__ import annotations

import bisect
import html as _html
import itertools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from telegram.constants import MessageLimit

from flows.regex import on_first_use

__all__ = ["split_html", "visible_length", "visible_text"]

_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
        "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
    }
)  # fmt: skip
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
# Spaces where a message must not be cut (they are still trimmed at the ends of a piece).
_NO_BREAK_SPACES = frozenset("\xa0\u2007\u202f")

_START_TAG_RE = on_first_use(
    r"""<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*)\s*>"""
)
_END_TAG_RE = on_first_use(r"</([A-Za-z][A-Za-z0-9-]*)\s*>")
_ATTR_RE = on_first_use(r"""([^\s=<>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>=`]+))?""")
_ENTITY_RE = on_first_use(r"&(?:#([0-9]{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]*));")
# Whitespace a message may be cut at (`\s` is what str.isspace() calls whitespace).
_BREAKABLE_RUN_RE = on_first_use(r"[^\S\xa0\u2007\u202f]+")
_FLAGS_RE = on_first_use("[\U0001F1E6-\U0001F1FF]{2,}")  # regional indicators: two make a flag


@dataclass(frozen=True, slots=True)
class _Open:
    name: str
    raw: str


# Characters outside the Basic Multilingual Plane: two UTF-16 code units each.
_ASTRAL_RE = on_first_use("[\U00010000-\U0010ffff]")


def _attributes(tag: str, text: str, offset: int) -> dict[str, str | None]:
    attrs: dict[str, str | None] = {}
    for match in _ATTR_RE.finditer(text):
        name = match.group(1).lower()
        value = match.group(2)
        if value is None:
            if not (tag == "blockquote" and name == "expandable"):
                raise ValueError(f"attribute {name!r} of <{tag}> at offset {offset} has no value")
            attrs[name] = None
            continue
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        attrs[name] = _html.unescape(value)
    return attrs


def _check_start_tag(name: str, attrs: dict[str, str | None], offset: int) -> None:
    if name not in _TAGS:
        raise ValueError(f"unsupported tag <{name}> at offset {offset}")
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise ValueError(f'<span> at offset {offset} must have class="tg-spoiler"')
    if name == "tg-emoji" and not (attrs.get("emoji-id") or "").isdigit():
        raise ValueError(f"<tg-emoji> at offset {offset} needs a numeric emoji-id")


def _entity(text: str, offset: int) -> tuple[str, str]:
    """The character an entity at `offset` stands for, and the entity as written."""
    match = _ENTITY_RE.match(text, offset)
    if match is None:
        raise ValueError(f"unescaped '&' at offset {offset} (write &amp;)")
    decimal, hexadecimal, named = match.groups()
    if named is not None:
        if named not in _NAMED_ENTITIES:
            raise ValueError(f"unsupported entity &{named}; at offset {offset}")
        return _NAMED_ENTITIES[named], match.group(0)
    code = int(decimal, 10) if decimal is not None else int(hexadecimal, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise ValueError(f"invalid character reference {match.group(0)} at offset {offset}")
    return chr(code), match.group(0)


@dataclass(slots=True)
class _Parsed:
    """Telegram HTML read once: the visible text, where each stretch of it is written in the
    source, and the tags open from each visible character on.

    A visible character is a *unit*. Units come in stretches written alike: a run of plain
    text (one source character per unit) or one entity (one unit, written as the entity).
    Keeping stretches rather than a token per character matters: a summary is about 6,000
    characters, and the bot splits it on the event loop.
    """

    html: str
    chars: str = ""
    # Stretch k starts at unit stretch_unit[k] and source offset stretch_at[k]; an entity's
    # stretch has its written length in entity_length[k], plain text has 0 there.
    stretch_unit: list[int] = field(default_factory=list)
    stretch_at: list[int] = field(default_factory=list)
    entity_length: list[int] = field(default_factory=list)
    # The tags open at each unit, as runs: from unit `stack_start[k]` on, `stacks[k]`.
    stack_start: list[int] = field(default_factory=lambda: [0])
    stacks: list[tuple[_Open, ...]] = field(default_factory=lambda: [()])
    emoji: bool = False

    def source_span(self, first: int, last: int) -> tuple[int, int]:
        """Where units first..last (inclusive) are written in the source, tags between them
        included."""
        return self._source(first)[0], self._source(last)[1]

    def _source(self, unit: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.stretch_unit, unit) - 1
        at = self.stretch_at[k]
        if self.entity_length[k]:
            return at, at + self.entity_length[k]
        at += unit - self.stretch_unit[k]
        return at, at + 1

    def stack(self, unit: int) -> tuple[_Open, ...]:
        return self.stacks[bisect.bisect_right(self.stack_start, unit) - 1]


# Tags written without attributes, as the bot's own templates write them: found by their
# text alone, without the tag patterns (a summary holds about a hundred). One _Open is
# shared by every such tag: only tg-emoji, which always has attributes, is told apart by
# identity (`_Splitter._rank`).
_PLAIN_START = {f"<{name}>": _Open(name, f"<{name}>") for name in _TAGS
                if name not in ("span", "tg-emoji")}
_PLAIN_END = {f"</{name}>": name for name in _TAGS}


def _parse(html: str) -> _Parsed:
    """Read Telegram HTML; raise ValueError, naming the offset, if Telegram would refuse it."""
    parsed = _Parsed(html)
    visible: list[str] = []
    stretch_unit, stretch_at = parsed.stretch_unit, parsed.stretch_at
    entity_length = parsed.entity_length
    stack_start, stacks = parsed.stack_start, parsed.stacks
    units = 0
    stack: tuple[_Open, ...] = ()
    find = html.find
    size = len(html)
    pos = 0
    # The next "<" and the next "&", each looked for again only once passed: `str.find` scans
    # for one character in a tight loop, where a pattern of the two ("[<&]") asked each
    # character of a summary's several thousand whether it was in the class.
    tag_at = entity_at = -1
    while pos < size:
        if tag_at < pos:
            tag_at = find("<", pos) % (size + 1)  # none left: `size`
        if entity_at < pos:
            entity_at = find("&", pos) % (size + 1)
        stop = min(tag_at, entity_at)
        if stop > pos:
            stretch_unit.append(units)
            stretch_at.append(pos)
            entity_length.append(0)
            visible.append(html[pos:stop])
            units += stop - pos
        if stop == size:
            break
        pos = stop
        if html[pos] == "&":
            char, written = _entity(html, pos)
            stretch_unit.append(units)
            stretch_at.append(pos)
            entity_length.append(len(written))
            visible.append(char)
            units += 1
            pos += len(written)
            continue
        closing = html.startswith("</", pos)
        tag = html[pos:html.find(">", pos) + 1]
        if closing:
            name = _PLAIN_END.get(tag)
            if name is None:
                end_match = _END_TAG_RE.match(html, pos)
                if end_match is None:
                    raise ValueError(f"unescaped '<' or malformed tag at offset {pos} (write &lt;)")
                name = end_match.group(1).lower()
                tag = end_match.group(0)
            if not stack:
                raise ValueError(f"closing tag </{name}> at offset {pos} was never opened")
            if stack[-1].name != name:
                raise ValueError(
                    f"closing tag </{name}> at offset {pos} does not match <{stack[-1].name}>"
                )
            stack = stack[:-1]
        else:
            opened = _PLAIN_START.get(tag)
            if opened is None:
                start_match = _START_TAG_RE.match(html, pos)
                if start_match is None:
                    raise ValueError(f"unescaped '<' or malformed tag at offset {pos} (write &lt;)")
                name = start_match.group(1).lower()
                _check_start_tag(name, _attributes(name, start_match.group(2), pos), pos)
                parsed.emoji = parsed.emoji or name == "tg-emoji"
                tag = start_match.group(0)
                opened = _Open(name, tag)
            stack = (*stack, opened)
        if stack_start[-1] == units:
            stacks[-1] = stack
        else:
            stack_start.append(units)
            stacks.append(stack)
        pos += len(tag)
    if stack:
        raise ValueError(f"tag <{stack[-1].name}> is never closed")
    parsed.chars = "".join(visible)
    return parsed


def visible_text(html: str) -> str:
    """Return the text Telegram would show for ``html``, with tags removed and entities decoded."""
    return _parse(html).chars


def visible_length(html: str) -> int:
    """Return the visible length of ``html`` in UTF-16 code units, as Telegram counts it.

    Leading and trailing whitespace is counted, although Telegram trims it, so the result
    is never below what Telegram measures.
    """
    chars = _parse(html).chars
    return len(chars) + len(_ASTRAL_RE.findall(chars))


def _is_breakable(char: str) -> bool:
    return char.isspace() and char not in _NO_BREAK_SPACES


def _joins_previous(previous: str, char: str) -> bool:
    """Tell whether ``char`` belongs to the same user-perceived character as ``previous``."""
    code = ord(char)
    if previous == "\u200d" or code == 0x200D:
        return True
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or 0xE0020 <= code <= 0xE007F:
        return True
    if 0x1F3FB <= code <= 0x1F3FF:
        return True
    if previous == "\r" and char == "\n":
        return True
    return unicodedata.category(char) in ("Mn", "Me", "Mc")


class _Splitter:
    """Cuts parsed HTML into pieces; per-character facts are worked out only where a cut is
    being chosen (a summary's split is on the event loop, so it has to be quick)."""

    def __init__(self, parsed: _Parsed, limit: int) -> None:
        self.parsed = parsed
        self.limit = limit
        self.chars = chars = parsed.chars
        self.count = len(chars)
        self.emoji = parsed.emoji
        # UTF-16 length before each unit; only text with characters outside the BMP needs
        # the list, every other unit is one code unit.
        self.prefix: list[int] | None = None
        # (a regional indicator, which pairs into a flag, is outside the BMP too)
        self.flag_runs: list[tuple[int, int]] = []
        if len(chars.encode("utf-16-le", "surrogatepass")) != 2 * self.count:
            widths = [1] * self.count
            for match in _ASTRAL_RE.finditer(chars):
                widths[match.start()] = 2
            self.prefix = [0, *itertools.accumulate(widths)]
            self.flag_runs = [match.span() for match in _FLAGS_RE.finditer(chars)]
        # Runs of breakable whitespace are found where a cut looks for them: backwards from
        # the end of the window, read forwards in the text reversed.
        self.backwards = chars[::-1]
        self._last_run = (0, 0)

    def _fits(self, first: int) -> int:
        """The last boundary such that units first..boundary-1 fit in the limit."""
        if self.prefix is None:
            return min(first + self.limit, self.count)
        return bisect.bisect_right(self.prefix, self.prefix[first] + self.limit) - 1

    def _newlines(self, run: tuple[int, int]) -> int:
        """Line breaks in a run of whitespace, counted up to two."""
        return min(2, self.chars.count("\n", *run))

    def _run_of(self, unit: int) -> tuple[int, int]:
        """The whole breakable run that `unit` is in, as a [start, end) span of units. The
        last one found is kept: ranking every boundary (custom emoji, no whitespace in the
        window) asks for the same run once per unit in it."""
        last = self._last_run
        if last[0] <= unit < last[1]:
            return last
        forward = _BREAKABLE_RUN_RE.match(self.chars, unit)
        back = _BREAKABLE_RUN_RE.match(self.backwards, self.count - 1 - unit)
        self._last_run = ((self.count - back.end() if back else unit),
                          (forward.end() if forward else unit))
        return self._last_run

    def _runs_back_from(self, boundary: int) -> Iterator[tuple[int, int]]:
        """The breakable runs starting at or before `boundary`, latest first, each whole."""
        reach = self.count - 1 - boundary
        for match in _BREAKABLE_RUN_RE.finditer(self.backwards, max(reach, 0)):
            start, end = self.count - match.end(), self.count - match.start()
            if match.start() == reach:  # the run goes on past `boundary`: read all of it
                end = self._run_of(boundary)[1]
            yield start, end

    def _stack(self, unit: int) -> tuple[_Open, ...]:
        return self.parsed.stack(unit)

    def _space(self, unit: int) -> bool:
        return self.chars[unit].isspace()

    def _breakable(self, unit: int) -> bool:
        return _is_breakable(self.chars[unit])

    def _run_touching(self, boundary: int) -> tuple[int, int] | None:
        """The breakable run just before or just after `boundary` (runs never touch each
        other, so there is at most one)."""
        if boundary < self.count and self._breakable(boundary):
            return self._run_of(boundary)
        if boundary > 0 and self._breakable(boundary - 1):
            return self._run_of(boundary - 1)
        return None

    def _in_preformatted(self, unit: int) -> bool:
        return any(tag.name in ("pre", "code") for tag in self._stack(unit))

    def _skip_leading_space(self, pos: int) -> int:
        end = pos
        while end < self.count and self._space(end):
            end += 1
        if end == pos or end == self.count or not self._in_preformatted(pos):
            return end
        # Indentation inside a code block is content: drop only up to the last line break.
        for index in range(end - 1, pos - 1, -1):
            if self.chars[index] == "\n":
                return index + 1
        return pos

    def _rank(self, boundary: int) -> int:
        before = boundary - 1
        emoji = [tag for tag in self._stack(before) if tag.name == "tg-emoji"]
        if emoji and any(tag is other for tag in emoji for other in self._stack(boundary)):
            return -2  # inside one custom emoji: both halves would be invalid
        run = self._run_touching(boundary)
        spaced = run is not None
        newlines = self._newlines(run) if run is not None else 0
        if newlines >= 2:
            return 3
        if newlines == 1:
            return 2
        if spaced:
            return 1
        previous, char = self.chars[before], self.chars[boundary]
        return -1 if _joins_previous(previous, char) or self._inside_flag(boundary) else 0

    def _inside_flag(self, boundary: int) -> bool:
        """Regional indicators pair into flags from the start of their run: a cut after an
        odd one would turn every flag after it into another country's."""
        index = bisect.bisect_left(self.flag_runs, (boundary,)) - 1
        if index < 0:
            return False
        start, end = self.flag_runs[index]
        return boundary < end and (boundary - start) % 2 == 1

    def _choose_break(self, first: int, fits: int) -> int:
        """Pick a boundary in (first, fits]: the best-ranked one, the latest among equals."""
        content = first
        while content < fits and self._space(content):
            content += 1
        if content >= fits:
            return fits  # only whitespace fits in the window: drop it
        best, best_rank = (fits, -3) if self.emoji else self._best_at_whitespace(content, fits)
        if best_rank < 1:  # no whitespace in the window (or custom emoji): every boundary
            for boundary in range(fits, content, -1):
                rank = self._rank(boundary)
                if rank > best_rank:
                    best, best_rank = boundary, rank
                    if rank == 3:
                        break
        if best_rank >= 2:
            # Cut right after the line break, so the next piece keeps any indentation.
            while (
                best - 1 > content
                and self._breakable(best - 1)
                and self.chars[best - 1] != "\n"
            ):
                best -= 1
        return best

    def _best_at_whitespace(self, content: int, fits: int) -> tuple[int, int]:
        """`_rank`'s choice among boundaries at whitespace: every boundary touching one run
        ranks alike (by the line breaks in the run), so each run's latest boundary in the
        window stands for all of them, and the best is the latest run with a blank line,
        else the latest with a line break, else the latest of all. Those are looked for, not
        every run between (a summary's window holds a few hundred words)."""
        latest = next(self._runs_back_from(fits), None)
        if latest is None or min(latest[1], fits) <= content:
            return fits, -3
        rank = 1 + self._newlines(latest)
        if rank == 3:
            return min(latest[1], fits), 3
        # Runs wholly before the latest: a boundary there is the run's end.
        blank = self._blank_run_end(latest[0])
        if blank is not None and blank > content:
            return blank, 3
        if rank == 1:
            newline = self.chars.rfind("\n", 0, latest[0])
            if newline >= 0 and (end := self._run_of(newline)[1]) > content:
                return end, 2
        return min(latest[1], fits), rank

    def _blank_run_end(self, before: int) -> int | None:
        """The end of the latest breakable run wholly before unit `before` that holds a blank
        line (two line breaks), if any. Looked for from line break to line break, back from
        `before`: a pattern searched over the text reversed tried every character of it."""
        chars = self.chars
        newline = chars.rfind("\n", 0, before)
        while newline >= 0:
            start, end = newline, newline + 1
            while start > 0 and _is_breakable(chars[start - 1]):
                start -= 1
            run = _BREAKABLE_RUN_RE.match(chars, end)
            if run is not None:
                end = run.end()
            if end <= before and chars.count("\n", start, end) >= 2:
                return end
            newline = chars.rfind("\n", 0, start)
        return None

    def _render(self, first: int, last: int) -> str:
        start, stop = self.parsed.source_span(first, last)
        parts = [tag.raw for tag in self._stack(first)]
        parts.append(self.parsed.html[start:stop])
        parts.extend(f"</{tag.name}>" for tag in reversed(self._stack(last)))
        return "".join(parts)

    def split(self) -> list[str]:
        chunks: list[str] = []
        count = self.count
        pos = 0
        while True:
            first = self._skip_leading_space(pos)
            if first >= count:
                return chunks
            fits = self._fits(first)
            if fits == first:
                raise ValueError(
                    f"limit {self.limit} is smaller than the character at visible position {first}"
                )
            end = count if fits >= count else self._choose_break(first, fits)
            last = end - 1
            while last >= first and self._space(last):
                last -= 1
            if last >= first:
                chunks.append(self._render(first, last))
            pos = end


def split_html(html: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Split Telegram HTML into valid pieces whose visible length is at most ``limit``.

    Cuts prefer a blank line, then a line break, then a space, then anywhere outside a
    character cluster; whitespace at a cut and at both ends is dropped (line breaks only,
    inside pre/code). Tags open at a cut are closed and reopened. Raises ValueError for
    markup Telegram's HTML mode would not accept.
    """
    if limit < 1:
        raise ValueError(f"limit must be positive, got {limit}")
    return _Splitter(_parse(html), limit).split()
