"""A long paste Telegram split into several messages.

Telegram sends a text over 4,096 characters as several messages, one straight after the
other: a message that long, then the next one in the chat within seconds, is one paste. The
later parts start mid-sentence: not an answer of their own (the first part was answered,
refused as too long most often), and never the answer to the next question. The mark a long
text leaves is kept in the database with the user's session (`storage.contract.Session`), so
that whichever instance takes the next part knows.
"""

from __future__ import annotations

from dataclasses import dataclass

SPLIT_LONG = 3500  # UTF-16 units; Telegram's clients cut near the 4,096 limit
SPLIT_WITHIN_S = 3
SPLIT_REST = ("That looks like the rest of a long message, which Telegram sent in parts, so I "
              "haven't saved it as an answer. Please send a shorter answer in one message "
              "(/review shows what is saved).")


@dataclass(frozen=True)
class Piece:
    """A typed message as one piece of a paste may be: its id in the chat, when Telegram says
    it was sent, and whether it is long enough to be a first part."""

    message_id: int
    sent_at: float
    long: bool

    @classmethod
    def of(cls, message_id: int, sent_at: float, text: str) -> Piece:
        """The piece a message with this id, time and text may be."""
        # a character is one or two UTF-16 units: most texts are told apart by their length
        # alone, without encoding them
        size = len(text)
        long = size >= SPLIT_LONG or (size * 2 >= SPLIT_LONG
                                      and len(text.encode("utf-16-le")) // 2 >= SPLIT_LONG)
        return cls(message_id, sent_at, long)

    def follows(self, long_text: tuple[int, float] | None) -> bool:
        """Whether this message is a later part of the paste whose part before it left the
        mark `long_text` (the user's last long text: its message id and time): the very
        next message in the chat, within seconds."""
        return long_text is not None and self.message_id == long_text[0] + 1 \
            and 0 <= self.sent_at - long_text[1] <= SPLIT_WITHIN_S
