"""An account of what happened, typed at a question of when.

At "When is the meeting?" a social worker typed "I saw a bruise on her arm on Monday when I
visited": she was asked only for the date of "Monday", and the date she sent then was put in
its place, so the record's meeting date read "I saw a bruise on her arm on Tuesday 8
December when I visited". Such a line is not saved there: it is said to read as what
happened, the question where what happened goes is named, and the question of when is asked
again (sent again, the line is the answer, as any line held back once is).
"""

from __future__ import annotations

import re
import zlib

from flows.answers import excerpt, is_answered
from flows.engine_words import MSG
from flows.flow import Flow, FlowStep
from flows.moves import Nudger, Outcome, ask, ask_about_held, checks_for
from flows.regex import on_first_use
from flows.replies import Notice

# What someone saw, or did to someone, or a mark found on them: what happened. ("seen" is
# left out: "once baby has been seen by the paediatrician" is a when.)
_WHAT_HAPPENED = on_first_use(
    r"\b(?:saw|noticed|witnessed|observed|disclosed|hit|hits|hurt|punched|slapped|smacked"
    r"|pushed|kicked|grabbed|strangled|choked|shook|threw|burnt|burned|threatened|assaulted"
    r"|attacked|injured|shouted|screamed|swore|bruis\w*|injur\w*|black\s+eye|bleeding"
    r"|scratch(?:es|ed)|drunk)\b", re.IGNORECASE)
# ... unless the line is about arranging the meeting ("mum saw the chair and it's moved to
# Friday", "after the strategy meeting"): then it is a when, and read as one.
_ARRANGING = on_first_use(
    r"\b(?:meet\w*|conference|core\s+group|reviews?|panel|icpc|rcpc|iro|strategy|supervision"
    r"|court|hearing|chair\w*|tac|taf|fgc|pep|dates?|moved?|rearrang\w*|postpon\w*|cancel\w*"
    r"|book\w*|schedul\w*|confirm\w*|invit\w*|agenda|tb[acd])\b", re.IGNORECASE)
_OF_WHEN = frozenset({"dated", "when"})


def account_at_a_date(flow: Flow, out: Outcome, step: FlowStep, text: str,
                      nudger: Nudger) -> bool:
    """Keep back, once, an account of what happened typed at a question of when in the
    record (the meeting's date, the next review): not saved, where it goes said, and the
    question (or a reminder holding its answer) asked again. Sent again, it is the answer."""
    d = out.draft
    held = d.pending
    key = f"{step.id}:account:{zlib.crc32(text.lower().encode())}"  # this same line again
    if step.column != "record" or step.kind.widget != "text" or key in d.nudged \
            or not _OF_WHEN & set(checks_for(flow, step)) \
            or (held is not None and (held.step_id != step.id or held.earlier is not None)) \
            or not _WHAT_HAPPENED.search(text) or _ARRANGING.search(text):
        return False
    d.nudged.append(key)
    out.replies.append(Notice(MSG["account_at_when"].format(
        typed=excerpt(text), title=step.title, where=_where_it_goes(flow, out, step)),
        "problem", until_sent_again=True))
    if held is not None:  # a reminder about this question's answer: still to be answered
        ask_about_held(out, step, nudger, flow)
    else:
        ask(flow, out, step, again=True)
    return True


def _where_it_goes(flow: Flow, out: Outcome, step: FlowStep) -> str:
    """Where this tool asks what happened, in the practitioner's own words: its first written
    question after `step` among the worries (not the child's own words, how they were heard,
    who is worried, nor a drafted statement); "" when it has none."""
    later = next((s for s in flow.steps[flow.index[step.id] + 1:]
                  if s.column == "worried" and s.kind.widget == "text"
                  and s.spec.voice != "child" and s.spec.draft is None
                  and not {"child_view", "who_is_worried"} & set(s.spec.checks or ())), None)
    if later is None:
        return ""
    answered = is_answered(out.draft.answers.get(later.id))
    return MSG["account_goes_answered" if answered else "account_goes"].format(
        title=later.title) + " "
