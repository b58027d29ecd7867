"""Storage errors.

StorageError          the database cannot be used; the message says which file and why
 ├─ CorruptDatabase   the file is damaged or is not a sosbot database; it is left untouched
 └─ SealError         a stored value does not decrypt: wrong key, or altered or moved bytes
"""

from __future__ import annotations


class StorageError(Exception):
    """The database cannot be used; the message is one sentence an operator can act on."""


class CorruptDatabase(StorageError):
    """The file is damaged or not ours; we never overwrite it."""


class SealError(StorageError):
    """A value failed to decrypt or authenticate."""
