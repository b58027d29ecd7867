"""The thirty-sixth pass's cost cuts change nothing a practitioner sees.

The wording checks split an answer into sentences once per check (`text.one_check`), and
the split is the check's own: the next answer, checked after it, is never read with the
sentences of the one before, and nothing of an answer is kept once its check is done.
"""

from __future__ import annotations

from flows.checks import text
from flows.nudges import nudger

# Two answers whose sentences fall at different places: the second is asked about, the first
# is not, whichever is checked first.
PLAIN = "Mum will walk T to school each morning, and the class teacher has seen this every day."
VAGUE = "A referral is needed. Someone will look into it at some point."


def test_each_answer_is_read_with_its_own_sentences_whatever_came_before() -> None:
    nudge = nudger()
    alone = {answer: nudge("plain_language", answer) for answer in (PLAIN, VAGUE)}
    assert alone[PLAIN] is None
    assert alone[VAGUE] is not None
    assert "who will do it" in alone[VAGUE].lower()
    # checked one after the other, each way round, the reminders are the same
    for first, second in ((PLAIN, VAGUE), (VAGUE, PLAIN)):
        assert nudge("plain_language", first) == alone[first]
        assert nudge("plain_language", second) == alone[second]


def test_nothing_of_an_answer_is_kept_after_its_check() -> None:
    nudge = nudger()
    nudge("plain_language", VAGUE)
    assert text._SPLIT.get() is None
    # and inside a check, its sentences are the same as split without one
    with text.one_check():
        kept = list(text.sentence_spans(VAGUE))
        assert list(text.sentence_spans(VAGUE)) == kept
    assert kept == list(text.sentence_spans(VAGUE)) == [(0, 20), (22, 61)]
    assert text._SPLIT.get() is None
