"""A settings file (the folder's `.env`, or the file --env-file names) as start-up reads it:
once, its lines as python-dotenv parses them and the values it reads from them, which every
check of the file and every line naming where a setting was set share. (Each check read the
file again, about six times before a command began, and one let a failed read through as a
traceback.)"""

from __future__ import annotations

import io
from pathlib import Path

from dotenv.main import resolve_variables
from dotenv.parser import Binding, parse_stream
from pydantic import BaseModel, ConfigDict

# `.env` as editors save it: UTF-8, perhaps marked at its start (Notepad), which is no part
# of the first setting's name.
ENV_ENCODING = "utf-8-sig"


class SettingsFile(BaseModel):
    """One settings file as read: by whom a line about it names it (`shown`), whether
    --env-file named it (then it wins over the environment), its parsed lines and values."""

    model_config = ConfigDict(frozen=True)

    path: Path
    shown: str  # ".env", or "--env-file: /etc/sosbot/main.env"
    given: bool  # named by --env-file, not found in the folder sosbot started in
    bindings: tuple[Binding, ...]
    values: dict[str, str | None]  # as python-dotenv reads them: ${NAME} filled in

    def line_of(self, name: str) -> int | None:
        """The line that sets `name` (the last, which wins, as dotenv reads it), or None."""
        lines = [line_of(b) for b in self.bindings if b.key is not None and b.key.upper() == name]
        return lines[-1] if lines else None

    def value_line(self, name: str, line: int) -> int | None:
        """The line holding line `line` of the value that sets `name`, or None when the
        value's lines are not the file's (written with \\n in double quotation marks)."""
        found = [b for b in self.bindings
                 if b.key is not None and b.key.upper() == name and b.value is not None]
        if not found:
            return None
        binding = found[-1]
        value = binding.value or ""
        if value.count("\n") != binding.original.string.strip().count("\n"):
            return None
        return line_of(binding) + line - 1


def read(path: Path, shown: str, *, given: bool) -> SettingsFile:
    """The file read and parsed, once; OSError (it could not be read) and UnicodeDecodeError
    (the whole file's bytes, for the line) are the caller's to word."""
    data = path.read_bytes()
    # as python-dotenv reads it: a text file's newlines, each "\n"
    text = data.decode(ENV_ENCODING).replace("\r\n", "\n").replace("\r", "\n")
    bindings = tuple(parse_stream(io.StringIO(text)))
    # the values as `dotenv_values` reads them, ${NAME} filled in, but from the lines parsed
    # already, and without its warning for a line it cannot read, which the checks refuse
    # naming the file (the warning named none)
    values = resolve_variables(((b.key, b.value) for b in bindings if b.key is not None),
                               override=True)
    return SettingsFile(path=path, shown=shown, given=given, bindings=bindings,
                        values=dict(values))


def quietly(path: Path, *, given: bool = False) -> SettingsFile | None:
    """The file read for a line naming where a setting was set, once the command has begun;
    None where it cannot be (that was said at start-up)."""
    try:
        return read(path, str(path), given=given)
    except (OSError, UnicodeDecodeError):
        return None


def line_of(binding: Binding) -> int:
    """The line a setting (or a line not read) is on. python-dotenv counts from the blank
    lines before it, which it reads as part of it: a setting after a blank line was said to
    be on the line above, and the operator looked at the wrong setting."""
    text = binding.original.string
    return binding.original.line + text[:len(text) - len(text.lstrip())].count("\n")
