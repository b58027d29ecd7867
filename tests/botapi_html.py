"""Telegram's HTML checked as Telegram checks it, for the local Bot API test server.

Written with the standard library's ``html.parser``, independently of the bot's own HTML
code, so that one bug cannot hide the other. Where it is stricter than Telegram it says so in
the error: an unknown entity such as ``&foo;`` or a bare ``&`` is refused (Telegram keeps
them as text, but they always mean a missing escape).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

Json = dict[str, Any]


class ApiError(Exception):
    """A Bot API error answer: HTTP status ``code`` and Telegram's ``description``."""

    def __init__(self, description: str, code: int = 400) -> None:
        super().__init__(description)
        self.description = description
        self.code = code
        self.retry_after: int | None = None


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


# --------------------------------------------------------------------------- HTML parsing


class _EventCollector(HTMLParser):
    """Record where html.parser sees each tag and each run of text begin.

    Text is only marked, not taken from the parser: it is decoded from the source later.
    """

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.events: list[tuple[str, int, Any]] = []
        self._line_starts = [0]
        for index, char in enumerate(source):
            if char == "\n":
                self._line_starts.append(index + 1)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", self._offset(), (tag, attrs, self.get_starttag_text())))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("bad-start", self._offset(), tag))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", self._offset(), tag))

    def handle_data(self, data: str) -> None:
        self.events.append(("text", self._offset(), None))

    def handle_entityref(self, name: str) -> None:
        self.events.append(("text", self._offset(), None))

    def handle_charref(self, name: str) -> None:
        self.events.append(("text", self._offset(), None))

    def handle_comment(self, data: str) -> None:
        self.events.append(("bad-start", self._offset(), "!--"))

    def handle_decl(self, decl: str) -> None:
        self.events.append(("bad-start", self._offset(), "!" + decl.split(" ")[0]))

    def unknown_decl(self, data: str) -> None:
        self.events.append(("bad-start", self._offset(), "!" + data.split(" ")[0]))

    def handle_pi(self, data: str) -> None:
        self.events.append(("bad-start", self._offset(), "?" + data.split(" ")[0]))


_ENTITY_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
    "del": "strikethrough", "tg-spoiler": "spoiler", "span": "spoiler", "a": "text_link",
    "code": "code", "pre": "pre", "blockquote": "blockquote", "tg-emoji": "custom_emoji",
}  # fmt: skip
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_REFERENCE = re.compile(r"&(#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]*)(;?)")


def parse_telegram_html(source: str, *, strict: bool = True) -> tuple[str, list[Json]]:
    """Parse Telegram HTML into (text, entities), raising ApiError like Telegram does."""

    def fail(message: str) -> ApiError:
        return ApiError(f"Bad Request: can't parse entities: {message}")

    def byte_offset(char_offset: int) -> int:
        return len(source[:char_offset].encode("utf-8"))

    def bare_lt(at: int) -> ApiError:
        where = f"at byte offset {byte_offset(at)}"
        if source.startswith("</", at):
            if ">" not in source[at:]:
                return fail(f"Unclosed end tag {where}")
            return fail(f"Unexpected end tag {where}")
        match = re.match(r"<([^\s>]*)", source[at:])
        assert match is not None
        if match.end() == len(source) - at:
            return fail(f"Unclosed start tag {where}")
        return fail(f'Unsupported start tag "{match.group(1)}" {where}')

    text: list[str] = []
    length = 0  # UTF-16 units emitted so far
    entities: list[Json] = []
    # tag, start, entity fields, slot in entities (kept in opening order for equal spans)
    stack: list[tuple[str, int, Json, int]] = []

    def emit(chunk: str) -> None:
        nonlocal length
        text.append(chunk)
        length += utf16_len(chunk)

    def decode_text(span: str, at: int) -> None:
        # html.parser finds the tags; text between them is decoded here, because the
        # parser silently drops or guesses around malformed references.
        plain_start = 0
        index = 0
        while index < len(span):
            char = span[index]
            if char not in "<&":
                index += 1
                continue
            emit(span[plain_start:index])
            if char == "<":
                raise bare_lt(at + index)
            where = f"at byte offset {byte_offset(at + index)}"
            match = _REFERENCE.match(span, index)
            if match is None or (strict and not match.group(2)):
                if strict:
                    raise fail(f'Unescaped "&" {where} (strict test server; write &amp;)')
                emit("&")
                index += 1
            else:
                emit(reference(match.group(0), match.group(1), where))
                index = match.end()
            plain_start = index
        emit(span[plain_start:])

    def reference(raw: str, name: str, where: str) -> str:
        if not name.startswith("#"):
            if name in _NAMED:
                return _NAMED[name]
            if strict:
                raise fail(f'Unsupported HTML entity "{raw}" {where} (strict test server)')
            return raw  # Telegram keeps an unknown entity as text
        hexadecimal = name[1:2] in ("x", "X")
        code = int(name[2:], 16) if hexadecimal else int(name[1:])
        if 0xD800 <= code <= 0xDFFF:
            raise fail(
                "Text contains invalid Unicode characters after decoding HTML entities, "
                "check for unmatched surrogate code units"
            )
        if code == 0 or code > 0x10FFFF:
            raise fail(f"Invalid character reference {where}")
        return chr(code)

    collector = _EventCollector(source)
    collector.feed(source)
    collector.close()
    events = collector.events
    if not events or events[0][1] != 0:
        events.insert(0, ("text", 0, None))
    for index, (kind, offset, payload) in enumerate(events):
        following = events[index + 1][1] if index + 1 < len(events) else len(source)
        raw = source[offset:following]
        where = f"at byte offset {byte_offset(offset)}"
        if kind == "text":
            decode_text(raw, offset)
        elif kind == "bad-start":
            raise fail(f'Unsupported start tag "{payload}" {where}')
        elif kind == "start":
            tag, attrs, _ = payload
            if tag not in _ENTITY_TYPES:
                raise fail(f'Unsupported start tag "{tag}" {where}')
            fields: Json = {}
            for name, value in attrs:
                if value is None and not (tag == "blockquote" and name == "expandable"):
                    raise fail(
                        "Expected equal sign in declaration of an attribute of the tag "
                        f'"{tag}" {where}'
                    )
                if tag == "a" and name == "href" and value is not None:
                    fields["url"] = value
                elif tag == "tg-emoji" and name == "emoji-id":
                    if not (value or "").isdigit():
                        raise fail("Invalid custom emoji identifier specified")
                    fields["custom_emoji_id"] = value
                elif tag == "blockquote" and name == "expandable":
                    fields["expandable"] = True
                elif name == "class" and tag == "code" and (value or "").startswith("language-"):
                    fields["language"] = (value or "")[len("language-") :]
                elif name == "class" and tag == "span":
                    fields["class"] = value
            if tag == "span" and fields.pop("class", None) != "tg-spoiler":
                raise fail(f'Tag "span" must have class "tg-spoiler" {where}')
            if tag == "tg-emoji" and "custom_emoji_id" not in fields:
                raise fail("Invalid custom emoji identifier specified")
            stack.append((tag, length, fields, len(entities)))
            entities.append({})
            tag_text = payload[2] or ""
            decode_text(raw[len(tag_text) :], offset + len(tag_text))
        elif kind == "end":
            closing = re.match(rf"</{re.escape(payload)}\s*>", raw, re.IGNORECASE)
            if closing is None:
                raise fail(f"Unexpected end tag {where}")
            if not stack:
                raise fail(f"Unexpected end tag {where}")
            tag, start, fields, slot = stack.pop()
            if tag != payload:
                raise fail(f'Unmatched end tag {where}, expected "</{tag}>", found "</{payload}>"')
            entities[slot] = _entity(tag, start, length, fields, stack)
            decode_text(raw[closing.end() :], offset + closing.end())
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    found = [entity for entity in entities if entity]
    found.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return "".join(text), found


def _entity(
    tag: str, start: int, end: int, fields: Json, stack: list[tuple[str, int, Json, int]]
) -> Json:
    """The entity a closed tag makes, or {} when it makes none."""
    if end == start:
        return {}
    kind = _ENTITY_TYPES[tag]
    if tag == "code" and stack and stack[-1][0] == "pre" and stack[-1][1] == start:
        # <pre><code class="language-x"> is one pre entity with a language.
        if "language" in fields:
            stack[-1][2]["language"] = fields["language"]
        return {}
    entity: Json = {"type": kind, "offset": start, "length": end - start}
    if kind == "text_link":
        if "url" not in fields:
            return {}
        entity["url"] = fields["url"]
    elif kind == "pre" and "language" in fields:
        entity["language"] = fields["language"]
    elif kind == "blockquote" and fields.get("expandable"):
        entity["type"] = "expandable_blockquote"
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = fields["custom_emoji_id"]
    return entity


def trim(text: str, entities: list[Json]) -> tuple[str, list[Json]]:
    """Strip surrounding whitespace as Telegram does, shifting entities to match."""
    stripped = text.strip()
    lead = utf16_len(text) - utf16_len(text.lstrip())
    size = utf16_len(stripped)
    kept: list[Json] = []
    for entity in entities:
        start = max(0, entity["offset"] - lead)
        end = min(size, entity["offset"] + entity["length"] - lead)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept
