"""Regular expressions compiled the first time they are used, not when their module loads.

The wording checks hold several hundred patterns, some of them tens of kilobytes. Compiled at
import they cost every `sosbot` command about half a second before it could do anything,
while a typical answer passes the quick tests of only a few of them (most wait behind a
word the answer does not hold), and commands such as `sosbot keys` use none.
"""

from __future__ import annotations

import re
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from flows.regex_cache import PatternCache

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
        made = self.__dict__.get("_compiled")
        if made is None:
            made = compiled(self.pattern, self._flags)
            self.__dict__.update({method: getattr(made, method) for method in _METHODS},
                                 _compiled=made, flags=made.flags,
                                 groups=made.groups, groupindex=made.groupindex)
        return getattr(made, name)

    def __repr__(self) -> str:
        return f"on_first_use({self.pattern!r})"


def on_first_use(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, put off until the pattern is first searched with (its
    `.pattern` is there at once, for building other patterns from it)."""
    made = _OnFirstUse(pattern, flags)
    put_off(made)
    return cast("re.Pattern[str]", made)


# The compiled patterns kept on disk, once a process that starts a bot asks for them.
_CACHE: PatternCache | None = None


def use_cache(folder: Path, *, writes: bool = False) -> PatternCache:
    """From now on, compile patterns through the cache in `folder` (`flows.regex_cache`);
    `writes`: this process writes it once it has compiled them all (`sosbot run`)."""
    from flows.regex_cache import PatternCache

    global _CACHE
    _CACHE = PatternCache(folder, writes=writes)
    return _CACHE


def seal_cache() -> PatternCache | None:
    """Write the cache in use (`PatternCache.seal`) and stop using it: what is compiled after
    is compiled as before, and never written. The cache, for what it did; None if none."""
    global _CACHE
    cache, _CACHE = _CACHE, None
    if cache is not None:
        cache.seal()
    return cache


def stop_cache() -> None:
    """Stop using the cache, writing nothing (a start-up that failed, a chat that ended)."""
    global _CACHE
    _CACHE = None


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, read from the cache when one is in use."""
    return re.compile(pattern, flags) if _CACHE is None else _CACHE.compile(pattern, flags)


def compile_all() -> None:
    """Do now all the work put off so far: for a process that runs for days (`sosbot run`),
    whose first practitioner's answer should not wait for it."""
    for work in list(_PUT_OFF):
        work.ready()


def made_by(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` found `match`. Not by identity: a pattern made with `on_first_use`
    is never its match's `re`, the pattern compiled from it."""
    return match.re.pattern == pattern.pattern
