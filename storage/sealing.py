"""How values are sealed before they reach SQLite.

A sealer turns plaintext into stored bytes with associated data naming where the value
belongs (user, draft, field), so a value copied or swapped into another row fails to open.
"""

from __future__ import annotations

from typing import Protocol


class Sealer(Protocol):
    def seal(self, plaintext: bytes, where: bytes) -> bytes: ...

    def open(self, stored: bytes, where: bytes) -> bytes: ...


class PlainSealer:
    """No encryption: for tests of other parts and for a database that is already protected."""

    def seal(self, plaintext: bytes, where: bytes) -> bytes:
        return plaintext

    def open(self, stored: bytes, where: bytes) -> bytes:
        return stored


def where(user_id: int, draft_id: str, field: str) -> bytes:
    """The associated data that binds a value to its place."""
    return f"sosbot/v1|{user_id}|{draft_id}|{field}".encode()
