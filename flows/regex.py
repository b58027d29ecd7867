"""Regular expressions compiled the first time they are used, not when their module loads.

The wording checks hold several hundred patterns, some of them tens of kilobytes. Compiled at
import they cost every `sosbot` command about half a second before it could do anything,
while a typical answer passes the quick tests of only a few of them (most wait behind a
word the answer does not hold), and commands such as `sosbot keys` use none.
"""

from __future__ import annotations

import re
import weakref
from typing import Any, Protocol, cast

# What the code calls on a pattern; after the first call these are the compiled pattern's
# own bound methods, so a use costs what it did before.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class PutOff(Protocol):
    """Work put off until it is first needed, which `ready` does now."""

    def ready(self) -> None: ...


# Everything put off and still in use, for `compile_all`.
_PUT_OFF: weakref.WeakSet[PutOff] = weakref.WeakSet()


def put_off(work: PutOff) -> None:
    """Note work put off (a pattern, a quick-test index) for `compile_all` to do at once."""
    _PUT_OFF.add(work)


class _OnFirstUse:
    """A pattern's source now, the compiled pattern at the first use of anything else."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def ready(self) -> None:
        self.search  # noqa: B018 - the first use compiles it

    def __getattr__(self, name: str) -> Any:
        # Only reached for what the instance does not hold: at the first use, or for a
        # method seldom called (`scanner`), which the compiled pattern kept answers.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self.__dict__.update({method: getattr(compiled, method) for method in _METHODS},
                                 _compiled=compiled, flags=compiled.flags,
                                 groups=compiled.groups, groupindex=compiled.groupindex)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"on_first_use({self.pattern!r})"


def on_first_use(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, put off until the pattern is first searched with (its
    `.pattern` is there at once, for building other patterns from it)."""
    made = _OnFirstUse(pattern, flags)
    put_off(made)
    return cast("re.Pattern[str]", made)


def compile_all() -> None:
    """Do now all the work put off so far: for a process that runs for days (`sosbot run`),
    whose first practitioner's answer should not wait for it."""
    for work in list(_PUT_OFF):
        work.ready()


def made_by(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` found `match`. Not by identity: a pattern made with `on_first_use`
    is never its match's `re`, the pattern compiled from it."""
    return match.re.pattern == pattern.pattern
