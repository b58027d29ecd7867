"""Tests of bot.telegram_html: Telegram's visible length and splitting HTML messages."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram.constants import MessageLimit

from bot.telegram_html import split_html, visible_length, visible_text
from tests.botapi_server import ApiError, parse_telegram_html, utf16_len

FLAG = "\U0001F1EC\U0001F1E7"  # the flag of the United Kingdom
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji, 8 UTF-16 units


# --------------------------------------------------------------------- visible length


@pytest.mark.parametrize(
    ("source", "length"),
    [
        ("", 0),
        ("abc", 3),
        ("&amp;&lt;&gt;&quot;", 4),
        ("&#65;&#x41;&#X41;", 3),
        ("😀", 2),
        ("&#x1F600;&#128512;", 4),
        ("<b>x</b>", 1),
        ('<a href="https://e.org/?a=1&amp;b=2">t</a>', 1),
        ("é", 1),
        ("e\u0301", 2),
        ("a > b", 5),
        (FAMILY, 8),
        ('<pre><code class="language-py">x\n  y</code></pre>', 5),
        ("<blockquote expandable>q</blockquote><tg-spoiler>s</tg-spoiler>", 2),
        ('<span class="tg-spoiler">s</span><tg-emoji emoji-id="53683241">👍</tg-emoji>', 3),
        ("<STRONG>x</STRONG><Em>y</Em><ins>z</ins><del>w</del><strike>v</strike>", 5),
        ("  spaced  ", 10),
    ],
)
def test_visible_length(source: str, length: int) -> None:
    assert visible_length(source) == length


def test_visible_text_decodes_entities_and_drops_tags() -> None:
    assert (
        visible_text('<b>1 &lt; 2</b> &amp; <a href="x">&quot;q&quot;</a>&#33;') == '1 < 2 & "q"!'
    )


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<foo>x</foo>", "unsupported tag <foo>"),
        ("<br/>", "malformed tag"),
        ("<!-- note -->", "malformed tag"),
        ("<b>x", "<b> is never closed"),
        ("x</b>", "never opened"),
        ("<b>x</i>", "does not match <b>"),
        ("<b>x</strong>", "does not match <b>"),
        ("a < b", "unescaped '<'"),
        ("x <b", "unescaped '<'"),
        ("&foo;", "unsupported entity &foo;"),
        ("Tom & Jerry", "unescaped '&'"),
        ("&amp", "unescaped '&'"),
        ("&#xD800;", "invalid character reference"),
        ("&#0;", "invalid character reference"),
        ("&#x110000;", "invalid character reference"),
        ("<span>x</span>", 'class="tg-spoiler"'),
        ('<span class="other">x</span>', 'class="tg-spoiler"'),
        ("<tg-emoji>x</tg-emoji>", "numeric emoji-id"),
        ("<i aba>x</i>", "has no value"),
        ("</>", "malformed tag"),
    ],
)
def test_invalid_markup_raises(source: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        visible_length(source)
    with pytest.raises(ValueError, match=re.escape(message)):
        split_html(source)


# --------------------------------------------------------------------- splitting examples


@pytest.mark.parametrize(
    ("source", "limit", "chunks"),
    [
        ("", 10, []),
        ("   \n\n  ", 10, []),
        ("<b> </b>", 10, []),
        ("<b>hi</b> there", 10, ["<b>hi</b> there"]),
        ("  <b>hi</b>\n", 10, ["<b>hi</b>"]),
        ("x" * 10, 4, ["xxxx", "xxxx", "xx"]),
        ("aaa   bbb", 4, ["aaa", "bbb"]),
        # a blank line wins over a later newline, a newline over a later space
        ("one\n\ntwo\nthree four", 15, ["one", "two\nthree four"]),
        ("one two\nthree four", 15, ["one two", "three four"]),
        ("one two three", 9, ["one two", "three"]),
        # a blank line the limit falls inside is still a blank line, and the latest one wins
        ("a\n\nbbb\n\nc", 7, ["a\n\nbbb", "c"]),
        ("a\n\nbbb \n\nc", 7, ["a\n\nbbb", "c"]),
        # tags open at the cut are closed and reopened with their attributes
        (
            '<a href="https://e.org/?a=1&amp;b=2">aaa bbb</a>',
            3,
            ['<a href="https://e.org/?a=1&amp;b=2">aaa</a>', '<a href="https://e.org/?a=1&amp;b=2">bbb</a>'],
        ),
        ("<b><i>aaa bbb</i></b>", 3, ["<b><i>aaa</i></b>", "<b><i>bbb</i></b>"]),
        ("<b>aaa</b> <i>bbb</i>", 4, ["<b>aaa</b>", "<i>bbb</i>"]),
        (
            "<blockquote expandable>aaa\nbbb</blockquote>",
            5,
            ["<blockquote expandable>aaa</blockquote>", "<blockquote expandable>bbb</blockquote>"],
        ),
        (
            '<span class="tg-spoiler">ab cd</span>',
            2,
            ['<span class="tg-spoiler">ab</span>', '<span class="tg-spoiler">cd</span>'],
        ),
        # entities are never cut
        ("&amp;&amp;&amp;&amp;", 3, ["&amp;&amp;&amp;", "&amp;"]),
        # emoji are two UTF-16 units and never halved
        ("😀😀😀", 3, ["😀", "😀", "😀"]),
        ("😀😀😀", 4, ["😀😀", "😀"]),
        # a joined emoji stays whole when there is another place to cut
        ("ab" + FAMILY, 9, ["ab", FAMILY]),
        ("ae\u0301e\u0301", 2, ["a", "e\u0301", "e\u0301"]),
        # a flag is two regional indicators: a cut after an odd one would change every
        # later flag into another country's (GB, GB read from the second letter: BG, B)
        ("ab" + FLAG * 2, 5, ["ab", FLAG, FLAG]),
        ("a" + FLAG * 3, 7, ["a" + FLAG, FLAG, FLAG]),
        # indentation inside pre survives a cut; the line break does not
        (
            "<pre>line1\n    line2\n    line3</pre>",
            12,
            ["<pre>line1</pre>", "<pre>    line2</pre>", "<pre>    line3</pre>"],
        ),
        ("x\xa0y z", 3, ["x\xa0y", "z"]),
        (
            '<tg-emoji emoji-id="1">👍</tg-emoji><tg-emoji emoji-id="1">👍</tg-emoji>',
            3,
            ['<tg-emoji emoji-id="1">👍</tg-emoji>', '<tg-emoji emoji-id="1">👍</tg-emoji>'],
        ),
        (
            '<tg-emoji emoji-id="1">👍👍</tg-emoji>x',
            4,
            ['<tg-emoji emoji-id="1">👍👍</tg-emoji>', "x"],
        ),
        (
            'ab <tg-emoji emoji-id="1">👍</tg-emoji>',
            3,
            ["ab", '<tg-emoji emoji-id="1">👍</tg-emoji>'],
        ),
    ],
)  # fmt: skip
def test_split_examples(source: str, limit: int, chunks: list[str]) -> None:
    assert split_html(source, limit) == chunks


def test_default_limit_is_telegrams() -> None:
    text = "word " * 2000
    chunks = split_html(text)
    assert MessageLimit.MAX_TEXT_LENGTH == 4096
    assert len(chunks) == 3
    assert all(visible_length(chunk) <= 4096 for chunk in chunks)
    assert "".join(chunks).replace(" ", "") == text.replace(" ", "")


def test_exactly_the_limit_is_one_chunk() -> None:
    source = "<b>" + "x" * 4096 + "</b>"
    assert split_html(source) == [source]


def test_paragraph_of_exactly_the_limit_is_cut_at_its_blank_line() -> None:
    first, second = "a" * 4096, "b" * 10
    assert split_html(f"{first}\n\n{second}") == [first, second]


@pytest.mark.parametrize(("source", "limit"), [("😀", 1), ("a", 0), ("a", -3)])
def test_impossible_limits_raise(source: str, limit: int) -> None:
    with pytest.raises(ValueError, match="limit"):
        split_html(source, limit)


# --------------------------------------------------------------------- properties

PIECES = [
    *"abcdefghij", " ", " ", " ", "\n", "\n\n", "\t", "&", "<", ">", '"', "'",
    "😀", "👍🏽", FAMILY, "é", "e\u0301", "ж", "\xa0", "word", "  ", "\u200d",
]  # fmt: skip
WRAPPERS = [
    ("<b>", "</b>"),
    ("<strong>", "</strong>"),
    ("<i>", "</i>"),
    ("<em>", "</em>"),
    ("<u>", "</u>"),
    ("<s>", "</s>"),
    ('<span class="tg-spoiler">', "</span>"),
    ("<tg-spoiler>", "</tg-spoiler>"),
    ('<a href="https://example.org/?a=1&amp;b=2">', "</a>"),
    ("<code>", "</code>"),
    ("<pre>", "</pre>"),
    ('<pre><code class="language-python">', "</code></pre>"),
    ("<blockquote>", "</blockquote>"),
    ("<blockquote expandable>", "</blockquote>"),
]
MAX_SOURCE = 20_000


@st.composite
def escaped_text(draw: st.DrawFn, max_repeat: int = 60) -> str:
    pieces = draw(st.lists(st.sampled_from(PIECES), max_size=40))
    repeat = draw(st.integers(min_value=1, max_value=max_repeat))
    return html.escape("".join(pieces) * repeat, quote=draw(st.booleans()))


def wrap(parts: tuple[tuple[str, str], list[str]]) -> str:
    (opening, closing), children = parts
    return opening + "".join(children) + closing


def nested(leaves: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.recursive(
        leaves,
        lambda inner: st.tuples(st.sampled_from(WRAPPERS), st.lists(inner, max_size=4)).map(wrap),
        max_leaves=10,
    )


telegram_html = nested(escaped_text())
long_telegram_html = nested(escaped_text(max_repeat=600)).filter(lambda s: len(s) <= MAX_SOURCE)
limits = st.one_of(
    st.integers(min_value=2, max_value=80), st.integers(min_value=81, max_value=4096)
)


def assert_pieces_of(original: str, chunks: list[str]) -> None:
    """Each chunk shows the next stretch of the original, skipping only whitespace."""
    cursor = 0
    for chunk in chunks:
        piece = visible_text(chunk)
        assert piece.strip(), f"blank chunk {chunk!r}"
        start = cursor
        while not original.startswith(piece, start):
            assert original[start].isspace(), (original[cursor : cursor + 40], piece[:40])
            start += 1
        cursor = start + len(piece)
    assert original[cursor:].strip() == ""


def check_split(source: str, limit: int) -> None:
    chunks = split_html(source, limit)
    for chunk in chunks:
        assert visible_length(chunk) <= limit
        # Checked again by the test server's independent parser, as Telegram would.
        text, _ = parse_telegram_html(chunk)
        assert utf16_len(text) <= limit
        assert text.strip()
    assert_pieces_of(visible_text(source), chunks)
    if visible_length(source) <= limit and visible_text(source).strip():
        assert len(chunks) == 1


@settings(max_examples=150, deadline=None)
@given(source=telegram_html, limit=limits)
def test_split_property(source: str, limit: int) -> None:
    check_split(source, limit)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=long_telegram_html, limit=st.integers(min_value=40, max_value=4096))
def test_split_property_on_long_messages(source: str, limit: int) -> None:
    check_split(source, limit)


@settings(max_examples=150, deadline=None)
@given(source=telegram_html)
def test_visible_length_agrees_with_the_independent_parser(source: str) -> None:
    text, _ = parse_telegram_html(source)
    assert visible_text(source) == text
    assert visible_length(source) == utf16_len(text)


@settings(max_examples=300, deadline=None)
@given(source=st.text(alphabet="<>&;/#xab =\"'", max_size=30))
def test_both_parsers_accept_and_refuse_the_same_markup(source: str) -> None:
    try:
        ours: str | None = visible_text(source)
    except ValueError:
        ours = None
    try:
        theirs: str | None = parse_telegram_html(source)[0]
    except ApiError:
        theirs = None
    assert ours == theirs
