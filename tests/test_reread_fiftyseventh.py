"""Pass fifty-seven read again as merged: where its changes met."""

from __future__ import annotations

import pytest

from bot.logs import redact
from flows.checks.harm_or_danger import past_as_danger


@pytest.mark.parametrize("answer", [
    "she is in danger, dad hit her last week",
    "mum was drinking and there is danger of fire",
    "same thing happen like last week",
    "he was left alone at night, it is unsafe for him",
])
def test_a_danger_named_or_a_future_without_will_is_not_asked_again(answer: str) -> None:
    # A practitioner writing English as a second language names the danger, or drops the
    # "will": the answer already says what could happen and must not be sent back.
    assert past_as_danger(answer) is None


def test_a_past_alone_is_still_asked() -> None:
    assert past_as_danger("dad punched him in june") is not None
    assert past_as_danger("it happened last week") is not None


@pytest.mark.parametrize(("line", "shown"), [
    ("webhook set to https://x.example/hook?key=abc. Waiting",
     "webhook set to https://x.example/hook?key=[hidden]. Waiting"),
    ("see https://x.example/hook?key=abc, retrying",
     "see https://x.example/hook?key=[hidden], retrying"),
    ("https://x.example/p?a=1&b=2; next", "https://x.example/p?a=[hidden]&b=[hidden]; next"),
    ("(https://x.example/hook?key=abc)", "(https://x.example/hook?key=[hidden])"),
])
def test_a_hidden_query_keeps_the_mark_that_ends_the_sentence(line: str, shown: str) -> None:
    assert redact(line) == shown
    assert "abc" not in redact(line)
