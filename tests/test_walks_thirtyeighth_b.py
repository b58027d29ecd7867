"""The thirty-eighth walk, second part: a team manager in group supervision, a police officer's
contextual mapping. Text-speak in a danger statement and a goal's length, a goal written as
what someone does now, and short forms from police and children's services notes. Each test
of a defect failed on the code as it was; the others guard what the fixes must leave alone.
The variants beside each walk's own line were written before its fix was run."""

from __future__ import annotations

import re

import pytest

from flows.replies import Pick
from tests.cases import PLANS, nudges_seen, reach
from tests.test_review_language_twentyninth import asked, reply_to
from tests.test_walk_thirtyfirst import FLOWS

WORRIED = "The school and I are worried that R pushes S into the wall while T (6) watches. "

# --- the team manager's danger statement: text-speak modals ----------------------------------


@pytest.mark.parametrize("effect", [
    "If nothing changes, T cld be hurt or grow up scared.",  # the walk's own
    "If nothing changes, T wd be hurt trying to stop him.",
    "If nothing changes T wld grow up thinking this is normal",
    "T mite be hurt if she gets in the way.",
    "T cud be badly hurt.",
    "If nothing changes, T cd be knocked over and hit her head."])
def test_a_text_speak_could_in_a_danger_statement_is_read_as_could(effect: str) -> None:
    """In group supervision a team manager sent a danger statement ending "If nothing
    changes, T cld be hurt or grow up scared." and was told it lacked "what could happen to
    the child if nothing changes". "cld", "wd", "wld", "cud", "cd" and "mite" are could,
    would and might, as notes write them."""
    assert asked("supervision", "danger_statement", WORRIED + effect) is None


@pytest.mark.parametrize("line", [
    # what the adult would go on doing is no effect on the child
    "The school is worried that dad shakes M when she cries, and dad wd not stop.",
    # a CD is a disc, not "could"
    "The school is worried that dad shouts at M and plays a CD loud at night."])
def test_a_statement_with_no_effect_on_the_child_is_still_asked(line: str) -> None:
    assert "what could happen to the child" in reply_to("supervision", "danger_statement", line)


def _drafted_and_used(flow_id: str, step_id: str, typed: str) -> tuple[str, dict[str, object]]:
    """`typed` sent at `step_id` (a part of a drafted statement or goal), the case plan's
    answers on to the question that drafts them, and /use there: the reminder /use got ("" if
    none) and the answers saved."""
    flow = FLOWS[flow_id]
    if all(step.id != step_id for step in flow.steps):
        step_id += "_1"  # a question asked once per worry: the first worry's
    chat = reach(flow, step_id)
    chat.send(typed)
    _, plan = PLANS[flow_id]
    drafts = {s.id for s in flow.steps if s.spec.draft}
    for _ in range(30):
        if nudges_seen(chat):
            chat.command("keep")
        elif {chat.asked, re.sub(r"_\d+$", "", chat.asked)} & drafts:
            break
        else:
            item = plan[chat.asked].inputs[0]
            chat.send(Pick(item.value, chat.question.nonce) if isinstance(item, Pick) else item)
    at = chat.asked
    assert chat.question.suggestion, at
    chat.command("accept")  # /use
    said = " ".join(n.text for n in nudges_seen(chat))
    return said, ({at: chat.draft.answers[at]} if at in chat.draft.answers else {})


# Every question drafting a statement or goal that the statement's own check reads.
DRAFTED_STATEMENTS = [("supervision", "danger_impact"), ("mapping", "danger_impact"),
                      ("contextual", "danger_impact"), ("harm_matrix", "danger_impact")]


@pytest.mark.parametrize(("flow_id", "step_id"), DRAFTED_STATEMENTS)
@pytest.mark.parametrize("typed", ["the child cld be hurt or grow up scared",
                                   "the child mite stop eating and wd not tell anyone"])
def test_the_bots_own_danger_statement_is_not_refused_when_used(flow_id: str, step_id: str,
                                                                typed: str) -> None:
    said, saved = _drafted_and_used(flow_id, step_id, typed)
    assert "what could happen" not in said
    assert saved


DRAFTED_GOALS = [("supervision", "goal_how_long"), ("mapping", "goal_how_long"),
                 ("contextual", "goal_how_long"), ("wellbeing", "goal_how_long")]


@pytest.mark.parametrize(("flow_id", "step_id"), DRAFTED_GOALS)
@pytest.mark.parametrize("typed", ["6m", "3mths", "12 wks", "6/12", "2 yrs"])
def test_the_bots_own_safety_goal_with_a_short_length_is_not_refused_when_used(
        flow_id: str, step_id: str, typed: str) -> None:
    said, saved = _drafted_and_used(flow_id, step_id, typed)
    assert "for how long" not in said
    assert saved


# --- the team manager's safety goal: a length written short ----------------------------------

GOAL = "Dad will hand T to mum and go outside when he is angry, and the school will check in. "


@pytest.mark.parametrize("length", [
    "Everyone will need to see this happening for 6m.",  # the walk's own
    "Everyone will need to see this for 3mths.", "We need to see it for 12 wks.",
    "Everyone needs to see this for 6/12.", "For the next 4 mnths.", "Over 18 months.",
    "For 2yrs at least.", "Everyone will need to see it for 8/52 before the review."])
def test_a_length_written_short_in_a_safety_goal_is_read(length: str) -> None:
    """A team manager's safety goal ended "everyone will need to see this happening for
    6m." and was told it lacked "for how long". "6m", "3mths", "12 wks", "2yrs" and the
    medical "6/12" (six months) and "8/52" (eight weeks) are lengths of time."""
    assert asked("supervision", "safety_goal", GOAL + length) is None


@pytest.mark.parametrize("line", [
    GOAL + "Dad will not come within 100m of the school.",  # a distance, not a length
    GOAL + "The plan was agreed on 6/12.",  # a date
    GOAL + "This starts from 3/12."])
def test_a_distance_or_a_date_is_no_length(line: str) -> None:
    assert "for how long" in reply_to("supervision", "safety_goal", line)


# --- the team manager's safety goal: what someone does, without "will" ------------------------


@pytest.mark.parametrize(("flow_id", "typed"), [
    ("supervision", "nan collects T from school every day"),  # the walk's own
    ("supervision", "Dad hands M to mum and goes outside when he feels wound up"),
    ("supervision", "Mum and gran take turns to get up with the baby at night"),
    ("mapping", "Mum reads with K every evening and walks her to school"),
    ("mapping", "Gran stays over on Fridays and puts the kids to bed"),
    ("supervision", "Dad spends less time at the pub and collects T from school"),
    ("supervision", "Dad visits no less than twice a week"),
    ("supervision", "Dad takes T to school unless he is on an early shift")])
def test_a_goal_said_as_what_someone_does_is_not_told_it_says_what_will_stop(
        flow_id: str, typed: str) -> None:
    """At "What will the adults be doing that shows the child is safe? Start with '...
    will'" a team manager typed "nan collects T from school every day" and was told "Goals
    work best when they say what will happen, not only what will stop", though nothing in
    it stops: it says what nan does."""
    reply = asked(flow_id, "goal_doing", typed)
    assert reply is None or "not only what will stop" not in reply, reply


@pytest.mark.parametrize("typed", [
    "dad won't shout at T", "no more drinking", "Dad hits T less often",
    "Mum stops shouting", "Dad doesn't drink around the kids",
    # what someone does, done less: what will lessen, not what will happen instead
    "Dad takes drugs less", "Dad gets angry less often", "Mum goes out fewer nights a week"])
def test_a_goal_of_what_will_stop_is_still_asked_what_will_happen(typed: str) -> None:
    assert "not only what will stop" in reply_to("supervision", "goal_doing", typed)


# --- the police officer's contextual mapping: short forms of police and children's services ---

OUTSIDE = "K was found at a flat in Leeds on 3 March with older lads; "


@pytest.mark.parametrize(("typed", "short", "means"), [
    ("MP x4 since Oct", "MP", "missing"),  # the walk's own
    ("seen by a PCSO at the park", "PCSO", "police community support officer"),
    ("3 MP episodes in Feb", "MP", "missing"),
    ("MFH twice this month", "MFH", "missing from home"),
    ("a misper report was made", "misper", "missing person"),
    ("RHI done by the youth worker", "RHI", "return home interview"),
    ("referred to the NRM", "NRM", "national referral mechanism"),
    ("CSE concerns raised by school", "CSE", "child sexual exploitation"),
    ("CCE flagged at MASH", "CCE", "child criminal exploitation")])
def test_a_short_form_from_police_notes_is_asked_with_what_it_stands_for(
        typed: str, short: str, means: str) -> None:
    """A police officer typed "MP x4 since Oct" and "PCSO" at "What has happened to the
    young person outside the family": neither was asked about, though "trap house" was. A
    short form is asked to be written out once, and the question says what it stands for."""
    reply = reply_to("contextual", "harm_outside", OUTSIDE + typed)
    assert f'"{short}"' in reply, reply
    assert means in reply.lower(), reply


@pytest.mark.parametrize("line", [
    OUTSIDE + "mum wrote to her local MP about the school on 4 March.",
    OUTSIDE + "the MP for Leeds Central visited the school.",
    OUTSIDE + "K went missing from home four times since October; police found her each "
    "time at the same flat."])
def test_a_member_of_parliament_or_missing_written_out_is_let_through(line: str) -> None:
    reply = asked("contextual", "harm_outside", line)
    assert reply is None or 'You wrote "MP"' not in reply, reply
