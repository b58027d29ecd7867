"""Read a YAML file an operator wrote, keeping line numbers for every problem.

Used by the flow loader and the plain-language word list, so a broken file of either kind
is reported the same way: `file:line: field: message`.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from flows.errors import FlowError, FlowProblem
from flows.regex import on_first_use

Loc = tuple[str | int, ...]
# What no text of a flow or word list needs, and a terminal acts on or a phone hides: control
# characters (a line break and a tab aside), direction overrides and isolates, and invisible
# marks. The plain direction marks (U+200E, U+200F, U+061C) and the word joiner are allowed:
# Arabic, Urdu or Hebrew text pasted from a word processor holds them, and they turn nothing.
_UNSHOWABLE = on_first_use("[\x00-\x08\x0b-\x1f\x7f-\x9f\u180e\u200b"
                           "\u202a-\u202e\u2061-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")


MERGE = "tag:yaml.org,2002:merge"


class UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys instead of silently keeping the last."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == MERGE:  # `<<: *defaults`, merged by SafeLoader below (the
                continue  # mapping's own keys win); read as a key, it failed as no YAML
            key = self.construct_object(key_node, deep=deep)
            try:
                hash(key)
            except TypeError:  # "- {value: other, label: X}: x": a mapping used as a key
                raise yaml.constructor.ConstructorError(
                    None, None, "a key that is a mapping or a list: a colon too many?",
                    key_node.start_mark) from None
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # A plain value YAML reads as a date or a number that is none ("2026-02-30", a
        # number of 5,000 digits) failed in Python's own constructors with a ValueError no
        # YAML error is, and `sosbot flows check`, and start-up, ended in its traceback.
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(None, None, _unreadable(node, exc),
                                                    node.start_mark) from None


def _unreadable(node: yaml.Node, exc: Exception) -> str:
    """Why a value YAML reads as a date or a number cannot be one, in a flow author's words."""
    kind = str(node.tag).rpartition(":")[2]
    what = {"timestamp": "a date", "int": "a number", "float": "a number"}.get(kind, "a value")
    why = "more digits than can be read" if "digits" in str(exc) else str(exc)
    return f"this reads as {what} but is not one ({why}); put it in quotes if it is text"


# Bytes a flow or word list may hold: the largest built-in one has under 60,000, and a
# council's list of tens of thousands of terms fits many times over.
MAX_BYTES = 8 * 1024 * 1024


def read(path: Path, error: type[FlowError] = FlowError) -> str:
    """The file's text, or `error` saying why it cannot be read. Only a regular file of at
    most MAX_BYTES is read: a named pipe (SOSBOT_WORDS set to one) held start-up waiting
    for ever, without a word, and a device such as /dev/zero, or a log file named by
    mistake, was read until memory ran out."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode) and not stat.S_ISDIR(found.st_mode):
            raise error([FlowProblem(str(path), None, "", "cannot read file: it is not a "
                                     "regular file (a device or a pipe); give the file itself")])
        if found.st_size > MAX_BYTES:
            raise error([FlowProblem(str(path), None, "", f"cannot read file: it holds "
                                     f"{found.st_size:,} bytes, and no flow or word list needs "
                                     f"more than {MAX_BYTES:,}; is this the right file?")])
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        said = exc.strerror or str(exc)  # the path is said once, before it
        raise error([FlowProblem(str(path), None, "", f"cannot read file: {said}")]) from None
    except UnicodeDecodeError as exc:  # saved in another encoding: say where
        line = exc.object.count(b"\n", 0, exc.start) + 1
        raise error([FlowProblem(str(path), line, "", f"cannot read file: not UTF-8 text (byte "
                                 f"0x{exc.object[exc.start]:02x}); save the file as UTF-8")]
                    ) from None


_LIBYAML = getattr(yaml, "CSafeLoader", None)  # PyYAML's C parser, when it was built with it


# libyaml's composer reads nesting by recursion in C: some 30,000 levels (a 60 KB file of
# "[") overflow its stack and end the process with no word. Past this many possible levels
# the file is read by PyYAML's own parser, whose recursion is Python's, and refused.
_C_DEPTH = 5_000
_LEAD = on_first_use(r"^[ \t?:-]*", re.MULTILINE)


def _deepest_possible(text: str) -> int:
    """More levels than the file can nest: each "[" or "{" may open one, and a block
    collection is indented (or marked "- ", "? ") past its parent's, at most two to a
    column."""
    lead = max(map(len, _LEAD.findall(text)), default=0)
    return text.count("[") + text.count("{") + 2 * lead + 2


def _first_too_deep(text: str) -> int | None:
    """The line where brackets, or a line's indentation and marks, first go past MAX_DEPTH
    (quotes are not told apart: the file was found too deep, this only points at it)."""
    depth = 0
    for bracket in re.finditer(r"[\[\]{}]", text):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > MAX_DEPTH:
            return text.count("\n", 0, bracket.start()) + 1
    for line, lead in enumerate(_LEAD.findall(text), start=1):
        if len(lead) > MAX_DEPTH:
            return line
    return None


def _parse_fast(text: str) -> tuple[Any, yaml.Node] | None:
    """Parse once with libyaml (most of start-up was PyYAML's pure-Python parser, twice).

    None on anything unusual, so that `parse` parses again with PyYAML and every
    error keeps its wording and line; the same constructor refuses duplicate keys.
    """
    if _LIBYAML is None or yaml.reader.Reader.NON_PRINTABLE.search(text) \
            or _deepest_possible(text) > _C_DEPTH:
        return None
    constructor = UniqueKeyLoader("")
    try:
        root = yaml.compose(text, Loader=_LIBYAML)
        return None if root is None else (constructor.construct_document(root), root)
    except yaml.YAMLError:
        return None
    finally:
        constructor.dispose()


def parse(text: str, name: str, error: type[FlowError] = FlowError) -> tuple[Any, yaml.Node]:
    """The data and its node tree (for line numbers), or `error` naming the line.

    A file whose top level is not a mapping of fields is refused here too.
    """
    fast = _parse_fast(text)
    if fast is not None and isinstance(fast[0], dict):
        _walkable(fast[1], name, error)
        return fast
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=UniqueKeyLoader)  # noqa: S506 - SafeLoader subclass  # nosec B506
    except RecursionError:  # PyYAML's own parser reads nesting by recursion
        raise error([FlowProblem(name, _first_too_deep(text), "", f"lists or fields nested "
                                 f"more than {MAX_DEPTH} deep; no flow or word list needs that")]
                    ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise error([FlowProblem(name, line, "", f"not valid YAML: {exc.problem}")]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML forbids; it has no mark
        line = text.count("\n", 0, exc.position) + 1
        raise error([FlowProblem(name, line, "", f"not valid YAML: {exc.reason} "
                                 f"(character {exc.character!r})")]) from None
    except yaml.YAMLError as exc:
        raise error([FlowProblem(name, None, "", f"not valid YAML: {exc}")]) from None
    if not isinstance(data, dict) or root is None:
        raise error([FlowProblem(name, 1, "", "the file must be a mapping of fields")])
    _walkable(root, name, error)
    return data, root


MAX_DEPTH = 64  # a flow's deepest field is a few levels down (sections, steps, choices)
# Fields read, an alias's as often as it is used: a flow has under a thousand, a long word
# list tens of thousands; aliases of aliases (`*a` nine times in `&b`, `*b` nine times in
# `&c`...) reach billions from a few lines, and reading them used to hang start-up.
MAX_FIELDS = 1_000_000


def _walkable(root: yaml.Node, name: str, error: type[FlowError]) -> None:
    """Refuse a file whose fields cannot be read to their end: a list or mapping that holds
    itself through an alias (`a: &a [*a]`, which YAML allows and repeats without end), or
    nesting deeper than MAX_DEPTH. Either used to end `sosbot flows check`, and start-up,
    in a RecursionError traceback instead of a line naming the file and the line. So is
    one whose aliases repeat parts of it past MAX_FIELDS fields, which hung both."""
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, Iterator[yaml.Node]]] = []
    read = 0

    def enter(node: yaml.Node) -> None:
        nonlocal read
        read += 1
        if read > MAX_FIELDS:
            raise error([FlowProblem(name, node.start_mark.line + 1, "",
                                     f"aliases (*) repeat parts of the file into more than "
                                     f"{MAX_FIELDS:,} fields (this line is one of them); no "
                                     "flow or word list needs that")])
        if id(node) in on_path:
            raise error([FlowProblem(name, node.start_mark.line + 1, "",
                                     "the anchor (&) on this line is used (with *) inside "
                                     "what it names, so it repeats without end; remove that "
                                     "alias")])
        if len(stack) == MAX_DEPTH:
            raise error([FlowProblem(name, node.start_mark.line + 1, "",
                                     f"lists or fields nested more than {MAX_DEPTH} deep; no "
                                     "flow or word list needs that")])
        on_path.add(id(node))
        stack.append((node, _children(node)))

    enter(root)
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            on_path.discard(id(node))
        else:
            enter(child)


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def unshowable(name: str, data: Any, root: yaml.Node | None) -> list[FlowProblem]:
    """One problem per text in the file holding a character no question or word needs (an
    escape sequence, a direction override): shown at the terminal it would be acted on, and
    in a chat app it could turn the words around it or hide them."""
    return [FlowProblem(name, line_of(root, loc), dotted(loc),
                        f"holds the character {ascii(found.group())[1:-1]}, which a terminal "
                        "acts on and a phone may hide or turn text around with; remove it")
            for loc, text in _texts(data, ()) if (found := _UNSHOWABLE.search(text))]


def _texts(data: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _texts(value, (*loc, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, (*loc, index))


def line_of(root: yaml.Node | None, loc: Loc) -> int | None:
    """The line of the deepest node along `loc` that exists (1-based)."""
    node = root
    line = node.start_mark.line + 1 if node else None
    for part in loc:
        node = _child(node, part)
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def line_in_text(root: yaml.Node | None, loc: Loc, line: int) -> int | None:
    """The file's line of line `line` (1-based) of the text at `loc`: a literal block (`|`)
    keeps its lines; a folded block (`>`) or a quoted text joins them, so its first line."""
    node = root
    for part in loc:
        node = _child(node, part)
    if not isinstance(node, yaml.ScalarNode):
        return line_of(root, loc)
    first: int = node.start_mark.line + 1
    if node.style in ("|", ">"):  # the text starts below its indicator
        first += 1
    return first + line - 1 if node.style == "|" else first


def _child(node: yaml.Node | None, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == part:
                child_node: yaml.Node = value  # PyYAML types a node's value as Any
                return child_node
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: yaml.Node = node.value[part]
        return child
    return None


def dotted(loc: Loc) -> str:
    """A field path as an operator reads it: `sections[2].steps[0].ask`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# A line of another kind of file read as a field's name: a setting or a password file's
# `name=value` or `name:hash:...`, or longer than any field's name mistyped.
_NOT_A_FIELD = on_first_use(r"[=:]|.{41}", re.DOTALL)


def problem(name: str, root: yaml.Node | None, err: Mapping[str, Any]) -> FlowProblem:
    """One pydantic validation error as a located problem, in plain words."""
    loc: Loc = tuple(p for p in err["loc"] if isinstance(p, str | int))
    message = str(err["msg"]).removeprefix("Value error, ")  # pydantic's words, not ours
    if err["type"] == "extra_forbidden":
        message = "unknown field (check the spelling)"
        if loc and isinstance(loc[-1], str) and _NOT_A_FIELD.search(loc[-1]):
            # Not a field name mistyped: a line of some other file (a password file named
            # by mistake), which an error that reaches logs must not copy out.
            loc = (*loc[:-1], "(a line that is not a field)")
            message = "not a flow or word list field: is this the right file?"
    elif err["type"] == "missing":
        message = "this field is required"
    return FlowProblem(name, line_of(root, loc), dotted(loc), message)
