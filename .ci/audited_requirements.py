"""Print sosbot's installed dependency closure as pinned requirements, for pip-audit.

Auditing only what sosbot ships with at run time (not everything else the machine happens to have
installed) keeps the check about this project.
"""

from __future__ import annotations

import importlib.metadata as md

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def closure(root: str, extras: set[str]) -> dict[str, str]:
    pinned: dict[str, str] = {}
    todo = [(root, extras)]
    while todo:
        name, wanted = todo.pop()
        for line in md.requires(name) or []:
            req = Requirement(line)
            if req.marker and not any(req.marker.evaluate({"extra": e}) for e in wanted | {""}):
                continue
            key = canonicalize_name(req.name)
            if key in pinned:
                continue
            try:
                pinned[key] = md.version(req.name)
            except md.PackageNotFoundError:
                continue
            todo.append((req.name, set(req.extras)))
    return pinned


if __name__ == "__main__":
    for name, version in sorted(closure("sosbot", set()).items()):
        print(f"{name}=={version}")
