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
import functools
import html as _html
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from telegram.constants import MessageLimit

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

_START_TAG_RE = re.compile(
    r"""<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*)\s*>"""
)
_END_TAG_RE = re.compile(r"</([A-Za-z][A-Za-z0-9-]*)\s*>")
_ATTR_RE = re.compile(r"""([^\s=<>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>=`]+))?""")
_ENTITY_RE = re.compile(r"&(?:#([0-9]{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]*));")
_SPECIAL_RE = re.compile(r"[<&]")
# Whitespace a message may be cut at (`\s` is what str.isspace() calls whitespace).
_BREAKABLE_RUN_RE = re.compile(r"[^\S\xa0\u2007\u202f]+")


@dataclass(frozen=True, slots=True)
class _Open:
    name: str
    raw: str


@dataclass(frozen=True, slots=True)
class _Close:
    name: str
    raw: str


@dataclass(frozen=True, slots=True)
class _Char:
    raw: str
    char: str
    width: int


_Token = _Open | _Close | _Char


def _width(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


@functools.lru_cache(maxsize=4096)
def _plain(char: str) -> _Char:
    # A plain character's token depends on the character alone, and tokens are immutable:
    # sharing one per character spares an object per visible character (most of a summary).
    return _Char(char, char, _width(char))


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


def _entity(text: str, offset: int) -> _Char:
    match = _ENTITY_RE.match(text, offset)
    if match is None:
        raise ValueError(f"unescaped '&' at offset {offset} (write &amp;)")
    decimal, hexadecimal, named = match.groups()
    if named is not None:
        if named not in _NAMED_ENTITIES:
            raise ValueError(f"unsupported entity &{named}; at offset {offset}")
        char = _NAMED_ENTITIES[named]
    else:
        code = int(decimal, 10) if decimal is not None else int(hexadecimal, 16)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise ValueError(f"invalid character reference {match.group(0)} at offset {offset}")
        char = chr(code)
    return _Char(match.group(0), char, _width(char))


def _tokenize(html: str) -> list[_Token]:
    """Parse Telegram HTML into tags and visible characters; raise ValueError if invalid."""
    tokens: list[_Token] = []
    stack: list[_Open] = []
    pos = 0
    while pos < len(html):
        special = _SPECIAL_RE.search(html, pos)
        stop = special.start() if special else len(html)
        tokens.extend(map(_plain, html[pos:stop]))
        if special is None:
            break
        pos = stop
        if html[pos] == "&":
            char = _entity(html, pos)
            tokens.append(char)
            pos += len(char.raw)
            continue
        end_match = _END_TAG_RE.match(html, pos)
        if end_match is not None:
            name = end_match.group(1).lower()
            if not stack:
                raise ValueError(f"closing tag </{name}> at offset {pos} was never opened")
            if stack[-1].name != name:
                raise ValueError(
                    f"closing tag </{name}> at offset {pos} does not match <{stack[-1].name}>"
                )
            stack.pop()
            tokens.append(_Close(name, end_match.group(0)))
            pos = end_match.end()
            continue
        start_match = _START_TAG_RE.match(html, pos)
        if start_match is None:
            raise ValueError(f"unescaped '<' or malformed tag at offset {pos} (write &lt;)")
        name = start_match.group(1).lower()
        _check_start_tag(name, _attributes(name, start_match.group(2), pos), pos)
        opened = _Open(name, start_match.group(0))
        stack.append(opened)
        tokens.append(opened)
        pos = start_match.end()
    if stack:
        raise ValueError(f"tag <{stack[-1].name}> is never closed")
    return tokens


def visible_text(html: str) -> str:
    """Return the text Telegram would show for ``html``, with tags removed and entities decoded."""
    return "".join(token.char for token in _tokenize(html) if isinstance(token, _Char))


def visible_length(html: str) -> int:
    """Return the visible length of ``html`` in UTF-16 code units, as Telegram counts it.

    Leading and trailing whitespace is counted, although Telegram trims it, so the result
    is never below what Telegram measures.
    """
    return sum(token.width for token in _tokenize(html) if isinstance(token, _Char))


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
    """Cuts a token list into pieces; per-character facts are worked out only where a cut
    is being chosen (a summary's split is on the event loop, so it has to be quick)."""

    def __init__(self, tokens: Sequence[_Token], limit: int) -> None:
        self.tokens = tokens
        self.limit = limit
        self.unit_token = [i for i, token in enumerate(tokens) if type(token) is _Char]
        self.units: list[_Char] = [tokens[i] for i in self.unit_token]  # type: ignore[misc]
        self.chars = "".join([unit.char for unit in self.units])
        self.prefix = [0, *itertools.accumulate([unit.width for unit in self.units])]
        # The tags open at each unit, as runs: from unit `stack_start[k]` on, `stacks[k]`.
        self.stack_start: list[int] = [0]
        self.stacks: list[tuple[_Open, ...]] = [()]
        stack: tuple[_Open, ...] = ()
        self.emoji = False
        for index in [i for i, token in enumerate(tokens) if type(token) is not _Char]:
            token = tokens[index]
            if isinstance(token, _Char):  # never: narrows the type
                continue
            self.emoji = self.emoji or token.name == "tg-emoji"
            stack = (*stack, token) if isinstance(token, _Open) else stack[:-1]
            unit = bisect.bisect_left(self.unit_token, index)
            if self.stack_start[-1] == unit:
                self.stacks[-1] = stack
            else:
                self.stack_start.append(unit)
                self.stacks.append(stack)
        # Runs of breakable whitespace, as [start, end) spans of units.
        spans = [match.span() for match in _BREAKABLE_RUN_RE.finditer(self.chars)]
        self.run_starts = [start for start, _ in spans]
        self.run_ends = [end for _, end in spans]
        self.run_newlines = [min(2, self.chars.count("\n", start, end)) for start, end in spans]

    def _stack(self, unit: int) -> tuple[_Open, ...]:
        return self.stacks[bisect.bisect_right(self.stack_start, unit) - 1]

    def _space(self, unit: int) -> bool:
        return self.chars[unit].isspace()

    def _breakable(self, unit: int) -> bool:
        return _is_breakable(self.chars[unit])

    def _run_touching(self, boundary: int) -> int | None:
        """The breakable run just before or just after `boundary` (runs never touch each
        other, so there is at most one), as an index into the run lists."""
        k = bisect.bisect_right(self.run_starts, boundary) - 1
        return k if k >= 0 and boundary <= self.run_ends[k] else None

    def _in_preformatted(self, unit: int) -> bool:
        return any(tag.name in ("pre", "code") for tag in self._stack(unit))

    def _skip_leading_space(self, pos: int) -> int:
        end = pos
        while end < len(self.units) and self._space(end):
            end += 1
        if end == pos or end == len(self.units) or not self._in_preformatted(pos):
            return end
        # Indentation inside a code block is content: drop only up to the last line break.
        for index in range(end - 1, pos - 1, -1):
            if self.units[index].char == "\n":
                return index + 1
        return pos

    def _rank(self, boundary: int) -> int:
        before = boundary - 1
        emoji = [tag for tag in self._stack(before) if tag.name == "tg-emoji"]
        if emoji and any(tag is other for tag in emoji for other in self._stack(boundary)):
            return -2  # inside one custom emoji: both halves would be invalid
        run = self._run_touching(boundary)
        spaced = run is not None
        newlines = self.run_newlines[run] if run is not None else 0
        if newlines >= 2:
            return 3
        if newlines == 1:
            return 2
        if spaced:
            return 1
        previous, char = self.units[before].char, self.units[boundary].char
        return -1 if _joins_previous(previous, char) else 0

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
                and self.units[best - 1].char != "\n"
            ):
                best -= 1
        return best

    def _best_at_whitespace(self, content: int, fits: int) -> tuple[int, int]:
        """`_rank`'s choice among boundaries at whitespace, a run at a time: every boundary
        touching one run ranks alike (by the line breaks in the run), so each run's latest
        boundary in the window stands for all of them."""
        best, best_rank = fits, -3
        k = bisect.bisect_right(self.run_starts, fits) - 1
        while k >= 0:
            boundary = min(self.run_ends[k], fits)
            if boundary <= content:
                break
            rank = 1 + self.run_newlines[k]
            if rank > best_rank:
                best, best_rank = boundary, rank
                if rank == 3:
                    break
            k -= 1
        return best, best_rank

    def _render(self, first: int, last: int) -> str:
        parts = [tag.raw for tag in self._stack(first)]
        start, stop = self.unit_token[first], self.unit_token[last] + 1
        parts.extend([token.raw for token in self.tokens[start:stop]])
        parts.extend(f"</{tag.name}>" for tag in reversed(self._stack(last)))
        return "".join(parts)

    def split(self) -> list[str]:
        chunks: list[str] = []
        count = len(self.units)
        pos = 0
        while True:
            first = self._skip_leading_space(pos)
            if first >= count:
                return chunks
            fits = bisect.bisect_right(self.prefix, self.prefix[first] + self.limit) - 1
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
    return _Splitter(_tokenize(html), limit).split()
