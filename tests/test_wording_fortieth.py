"""The thirty-ninth pass's wording leftovers, each fixed as a general behaviour and met through
the real flows (the real engine, the real nudger, the shipped flow files): a family member's
initials in brackets after who they are, the wellbeing tool's own worry statement, a number
corrected at its why, short forms at who contributed and who may see it, and a goal rewritten
in other forms of the same words. Each test of a defect failed on the code as it was; the
others guard what the fixes must leave alone. The "fresh" cases were written before the fix
was run against them."""

from __future__ import annotations

import copy

import pytest

from flows.replies import Nudge
from tests.builders import EngineChat
from tests.cases import nudges_seen, reach
from tests.test_review_language_twentyninth import NUDGE, _reached, asked, reply_to
from tests.test_walk_thirtyfirst import FLOWS
from tests.test_walk_thirtythird import summary_text

# --- a family member, then their initials in brackets: a person ------------------------------


@pytest.mark.parametrize("line", [
    "Mum (MP) rang on 3 Dec to say dad had moved back in",  # the walk's own
    "Mum (MP) told me dad pushed her into the wall on 3 Dec",
    # fresh
    "Stepdad (CP) pushed mum into the wall on 3 Dec while K watched",
    "Mum's partner (LA) shouts at K and calls her stupid when he has been drinking",
    "Maternal gran (MP) has seen dad grab K by the arm twice since June"])
def test_a_family_member_then_initials_in_brackets_is_a_person(line: str) -> None:
    """A social worker wrote "Mum (MP) rang on 3 Dec ..." and was asked when the young
    person went missing: the bot asks for initials, and she gave them after who mum is. A
    family member with their initials in brackets is a person, as initials with a role
    beside them are."""
    assert asked("mapping", "danger_behaviour", line) is None


@pytest.mark.parametrize(("line", "short"), [
    ("MP is missing from home since Friday", "MP"),
    ("YP (MP) found in town at 2am by police", "MP"),
    ("Dad (DV) shouted at mum on 3 Dec", "DV"),
    ("Mum rang on 3 Dec (MP) to say K had not come home", "MP")])
def test_a_short_form_not_after_a_family_member_is_still_asked(line: str, short: str) -> None:
    assert f'"{short}"' in reply_to("mapping", "danger_behaviour", line)


# --- the wellbeing tool's worry statement: a check of its own ---------------------------------


def statement_asked(flow_id: str, step_id: str, line: str) -> str:
    """The statement's own question `line` is asked at the step, once the word check's are
    kept (a label, "neglect", is asked first what the child went without)."""
    chat = EngineChat(FLOWS[flow_id], copy.deepcopy(_reached(flow_id, step_id)), nudger=NUDGE)
    chat.send(line)
    for _ in range(4):
        nudges = [r for r in chat.replies if isinstance(r, Nudge)]
        assert nudges, line
        if nudges[0].kind.endswith("_statement"):
            return nudges[0].text
        chat.command("keep")
    raise AssertionError(line)


@pytest.mark.parametrize("line", [
    "Everyone is worried about J's wellbeing.",  # the walk's own
    "We are worried about mum's parenting. If nothing changes J's needs will not be met.",
    # fresh
    "Concerns around the family's needs and J's emotional wellbeing.",
    "School staff are worried about A's presentation and the impact on her development.",
    "Mum is struggling and the school is worried."])
def test_a_vague_worry_statement_is_asked_what_is_missing(line: str) -> None:
    """Signs of Wellbeing's worry statement had no check of its own, where the mapping's
    danger statement is asked for who is worried, the behaviour and what could happen:
    "Everyone is worried about J's wellbeing." went into a family's plan as it was. It is
    asked now what is missing, in early help's words: what is happening for the child, not
    an adult's behaviour."""
    reply = statement_asked("wellbeing", "worry_statement", line)
    assert reply.startswith("Anyone reading this worry statement later would want to know")
    assert "what is happening for the child" in reply
    assert "danger" not in reply
    assert "practice lead" not in reply


@pytest.mark.parametrize("line", [
    "J's teacher is worried that J misses school most Mondays. If nothing changes, J could "
    "fall behind with his reading.",  # the help's own
    # fresh
    "The nursery and the health visitor are worried that A (2) often arrives at nursery "
    "hungry and in the same nappy as the day before. If nothing changes, A could become "
    "unwell and lose weight.",
    "Mum and K's head of year are worried that K stays up gaming until 3am and has been late "
    "9 times this half term. If nothing changes, K may be excluded and fall out with his "
    "friends.",
    "Dad is worried that L doesn't eat at school and comes home in tears most days. If "
    "nothing changes, L could become ill and stop wanting to go to school."])
def test_a_worry_statement_saying_each_part_is_let_through(line: str) -> None:
    assert asked("wellbeing", "worry_statement", line) is None


def test_the_drafted_worry_statement_of_the_walk_is_let_through() -> None:
    """(The statement drafted from the walk's answers is sound as it is.)"""
    chat = reach(FLOWS["wellbeing"], "worry_statement_1")
    chat.send(chat.question.suggestion or "")
    assert not nudges_seen(chat)
    assert chat.asked != "worry_statement_1"


# --- a number corrected after its why: the why reads as meant ----------------------------------


@pytest.mark.parametrize(("why", "typed", "meant"), [
    ("3, not 2, because gran is there every day", "no actually 5",
     "5, because gran is there every day"),  # the walk's own
    ("3 because dad has moved out", "no actually 5", "5 because dad has moved out"),
    # fresh
    ("3 - mum asked for help and gran visits daily", "make that 4",
     "4 - mum asked for help and gran visits daily"),
    ("3/10 because nan stays over on school nights", "sorry, 6 not 3",
     "6/10 because nan stays over on school nights"),
    ("three, as dad has stopped drinking at home", "i meant 5",
     "5, as dad has stopped drinking at home")])
def test_a_why_starting_with_the_old_number_reads_the_new_one(why: str, typed: str,
                                                               meant: str) -> None:
    """In group supervision a team manager gave 3 and why, "3, not 2, because gran is there
    every day", then typed "no actually 5" at the next question: the scale became 5, and
    the summary read "5 ... Why: 3, not 2, because ...". The why now starts with the number
    she meant, and keeps her reason."""
    chat = reach(FLOWS["supervision"], "my_scale_why")
    chat.send(why)
    chat.send(typed)
    assert chat.draft.answers["my_scale"] == int(meant[0])
    assert chat.draft.answers["my_scale_why"] == meant
    summary = summary_text(chat, "supervision")
    assert meant in summary
    assert why not in summary


@pytest.mark.parametrize(("typed", "number", "reason"), [
    ("5 not 3 - dad has moved out", 5, "dad has moved out"),  # the walk's own
    # fresh
    ("4 not 3, nan now stays every night", 4, "nan now stays every night"),
    ("6, not 3: dad has moved out and mum changed the locks", 6,
     "dad has moved out and mum changed the locks")])
def test_a_number_corrected_first_at_its_why_is_changed(typed: str, number: int,
                                                        reason: str) -> None:
    """"5 not 3 - dad has moved out" at the why of a 3 was saved whole as the reason, the
    scale left at 3: the correction's words in the why, the number not changed."""
    chat = reach(FLOWS["supervision"], "my_scale_why")
    chat.send(typed)
    assert chat.draft.answers["my_scale"] == number
    assert chat.draft.answers["my_scale_why"] == reason


@pytest.mark.parametrize("why", ["3 not 2 because gran is there every day",
                                 "3, not 4: dad still has a key"])
def test_why_this_number_and_not_another_is_still_the_why(why: str) -> None:
    chat = reach(FLOWS["supervision"], "my_scale_why")
    chat.send(why)
    assert chat.draft.answers["my_scale"] == 3
    assert chat.draft.answers["my_scale_why"] == why


# --- short forms in who contributed, and in who may see it ------------------------------------


@pytest.mark.parametrize("flow_id", ["mapping", "contextual", "success", "harm_matrix"])
def test_short_forms_in_who_contributed_are_asked_to_be_written_out(flow_id: str) -> None:
    """At "Who has contributed to this picture?" a social worker wrote "SW, HV, DSL" and it
    went through: the line a chair reads first, and that a family reads in the summary.
    Whose views are missing asked its short forms; who contributed now does too."""
    reply = reply_to(flow_id, "network", "Mum (S), SW, HV, DSL")
    assert '"HV": Could you write "health visitor" in full?' in reply
    assert '"DSL"' in reply
    assert '"S"' not in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line", "short"), [
    ("wellbeing", "consent_who", "School, GP, HV and FSW", "FSW"),  # the walk's own
    ("three_houses", "share_who", "Mum, nan and the SW", "SW"),
    # fresh
    ("mapping", "network", "Mum, the IRO and the YOT worker", "IRO"),
    ("wellbeing", "consent_who", "EHA team, SENCO, CAMHS", "CAMHS"),
    ("three_houses", "share_who", "mum and the TAF", "TAF")])
def test_short_forms_in_who_may_see_it_are_asked_to_be_written_out(
        flow_id: str, step_id: str, line: str, short: str) -> None:
    """Who the family agreed information is shared with, and who the child said may see
    their houses, are read back to them: a short form there is asked to be written out."""
    assert f'"{short}"' in reply_to(flow_id, step_id, line)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("mapping", "network", "Mum (S), T (7) through her three houses, class teacher, health "
     "visitor, police safeguarding officer, maternal nan."),  # the help's own
    ("mapping", "network", "Mum (MP), dad (JB), class teacher"),
    ("wellbeing", "consent_who", "School, the GP and the family hub. Not dad's family."),
    ("three_houses", "share_who", "Mum, nan and the people at the meeting"),
    # fresh
    ("contextual", "network", "Mum, nan, K (15) and his youth worker; police and the GP by "
     "email"),
    ("wellbeing", "consent_who", "the school nurse and the GP, not dad"),
    ("three_houses", "share_who", "Everyone at the meeting except daddy")])
def test_who_contributed_or_may_see_it_written_out_is_left_alone(
        flow_id: str, step_id: str, line: str) -> None:
    assert asked(flow_id, step_id, line) is None


# --- a goal rewritten in other forms of its words ---------------------------------------------


def goal_after_reminder(flow_id: str, first: str, then: str) -> EngineChat:
    """A chat at the goal's "what will they be doing", `first` asked about, then `then`."""
    chat = EngineChat(FLOWS[flow_id], copy.deepcopy(_reached(flow_id, "goal_doing")),
                      nudger=NUDGE)
    chat.send(first)
    assert [r.kind for r in chat.replies if isinstance(r, Nudge)] == ["goal_wording"]
    chat.send(then)
    return chat


@pytest.mark.parametrize(("flow_id", "first", "then"), [
    ("mapping", "Dad will stop drinking",
     "Dad will not drink in front of the children"),  # the walk's own
    ("wellbeing", "Mum will stop shouting", "Mum will not shout at J in the mornings"),
    # fresh
    ("mapping", "Dad will stop smacking K",
     "Dad will not smack K; when he is angry he will go for a walk"),
    ("wellbeing", "Mum will stop shouting at J",
     "Mum will not shout; she will calmly wake J at 7.30"),
    ("mapping", "Nan will stop smoking near the baby",
     "Nan will smoke outside, away from the baby's room")])
def test_a_goal_rewritten_in_other_forms_of_its_words_is_the_rewrite(
        flow_id: str, first: str, then: str) -> None:
    """Asked to say what will be done, not only what will stop, a social worker rewrote
    "Dad will stop drinking" as "Dad will not drink in front of the children" and was asked
    whether that was her new answer or the next question's: "drink" was not "drinking".
    Words are compared by their stems now: the rewrite is the answer."""
    chat = goal_after_reminder(flow_id, first, then)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.draft.answers["goal_doing_1"] == then


def test_a_copy_of_the_vague_goal_is_kept_only_as_sent_again() -> None:
    """(The same goal sent again after its reminder is kept, as any answer sent again is:
    the reminder was shown for it; stems change nothing there.)"""
    chat = goal_after_reminder("mapping", "Dad will stop drinking", "Dad will stop drinking")
    assert chat.draft.answers["goal_doing_1"] == "Dad will stop drinking"


@pytest.mark.parametrize("then", ["Nan will collect the children every day",
                                  "T will feel safe at home"])
def test_a_line_sharing_no_stem_with_the_goal_is_still_asked_where_it_goes(then: str) -> None:
    chat = goal_after_reminder("mapping", "Dad will stop drinking", then)
    assert [r.kind for r in chat.replies if isinstance(r, Nudge)] == ["another"]
    assert "goal_doing_1" not in chat.draft.answers
