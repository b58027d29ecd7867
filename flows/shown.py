"""Text as a reader sees it: in the characters that show (a letter with its marks, an
emoji with its skin tone or the emoji joined to it, a flag), so that a line cut to fit is
cut between them, never inside one."""

from __future__ import annotations

import unicodedata


def start_shown(text: str, room: int) -> str:
    """The start of `text` in at most `room` characters, ending between characters as they
    show (`characters`), never inside one: an answer's echo cut in a family emoji showed
    another family, a flag a lone letter, an accented letter without its accent."""
    kept = ""
    # a character's start is told by what comes before it, so the window's are the text's
    for shown in characters(text[:room + 1]):
        if len(kept) + len(shown) > room:
            break
        kept += shown
    return kept or text[:room]  # one character longer than the room: cut inside it


def characters(text: str) -> list[str]:
    """`text` in the characters a reader sees: a letter with its marks, an emoji with its
    skin tone, variation or joined emoji, a flag's two letters (near enough Unicode's
    grapheme clusters for a label)."""
    shown: list[str] = []
    flag = False  # the last was a flag's first letter
    for at, ch in enumerate(text):
        point = ord(ch)
        letter = 0x1F1E6 <= point <= 0x1F1FF
        joined = at > 0 and (unicodedata.category(ch) in ("Mn", "Mc", "Me")
                             or ch == "\u200d" or text[at - 1] == "\u200d"
                             or 0x1F3FB <= point <= 0x1F3FF or 0xE0020 <= point <= 0xE007F
                             or (letter and flag))
        flag = letter and not (joined and flag)
        if joined:
            shown[-1] += ch
        else:
            shown.append(ch)
    return shown
