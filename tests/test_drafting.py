"""Drafted danger statements and goals for realistic answers, and the one-time nudges."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from builders import EngineChat, build_flow, section, text, yes_no
from cases import nudges_seen, reach

from flows.checks.safety import SAFETY_NUDGE
from flows.flow import Flow
from flows.nudges import GOAL, goal_says_will, label_check, nudger
from flows.render import be_verb, likely, mid, period, subject, suggest
from flows.replies import Answered, Command
from flows.walk import walk

STATEMENTS = [
    (("The social worker, the school and T's nan",
      "R shouts at and hits mum when he has been drinking, often in front of T.",
      "T could be hurt when she tries to protect mum, and will keep living in fear at home."),
     "The social worker, the school and T's nan are worried that R shouts at and hits mum when "
     "he has been drinking, often in front of T. If nothing changes, T could be hurt when she "
     "tries to protect mum, and will keep living in fear at home."),
    (("me", "That dad leaves the baby alone in the flat while he goes to the shop.",
      "She could be badly hurt and nobody would know."),
     "I am worried that dad leaves the baby alone in the flat while he goes to the shop. If "
     "nothing changes, she could be badly hurt and nobody would know."),
    (("the police", "how J's older brother brings men in their twenties to the house at night",
      "J could be groomed or hurt by adults he thinks are his friends"),
     "The police are worried that J's older brother brings men in their twenties to the house "
     "at night. If nothing changes, J could be groomed or hurt by adults he thinks are his "
     "friends."),
    (("Nursery", "mum and her partner argue loudly and throw things late at night",
      "There is a real chance K will be hit by something thrown, and she will keep waking "
      "frightened."),
     "The nursery is worried that mum and her partner argue loudly and throw things late at night. "
     "If nothing changes, there is a real chance K will be hit by something thrown, and she "
     "will keep waking frightened."),
    (("The health visitor and the GP", "Mum often misses L's feeds when she is low and "
      "stays in bed", "L will keep losing weight and could become seriously ill"),
     "The health visitor and the GP are worried that mum often misses L's feeds when she is "
     "low and stays in bed. If nothing changes, L will keep losing weight and could become "
     "seriously ill."),
    (("Children's services", "dad drives the children home after drinking at the pub",
      "they could be killed or badly injured in a crash"),
     "Children's services are worried that dad drives the children home after drinking at "
     "the pub. If nothing changes, they could be killed or badly injured in a crash."),
    (("school", "that mum leaves A (6) to walk home alone across the main road.",
      "Risk of A being hit by a car."),
     "The school is worried that mum leaves A (6) to walk home alone across the main road. If "
     "nothing changes, there is a risk of A being hit by a car."),
]

GOALS = [
    (("R will leave the flat and ring his worker whenever he feels angry",
      "T will go to sleep knowing the house will be calm", "six months"),
     "R will leave the flat and ring his worker whenever he feels angry. T will go to sleep "
     "knowing the house will be calm. To be confident it will last, everyone will need to see "
     "this happening for six months."),
    (("dad will take his medication every day and tell mum when he feels unwell.", "", ""),
     "Dad will take his medication every day and tell mum when he feels unwell."),
    (("Mum and gran will take turns to feed L every three hours, day and night",
      "L will be fed on time and will put on weight", "until the baby is one."),
     "Mum and gran will take turns to feed L every three hours, day and night. L will be fed "
     "on time and will put on weight. To be confident it will last, everyone will need to see "
     "this happening until the baby is one."),
    (("Dad will leave the car at home whenever he has had a drink", "",
      "For 3 months, including Christmas"),
     "Dad will leave the car at home whenever he has had a drink. To be confident it will "
     "last, everyone will need to see this happening for 3 months, including Christmas."),
]


def draft_for(flow: Flow, step_id: str, answers: Mapping[str, str]) -> str | None:
    return suggest(flow, flow.step(step_id), walk(flow, answers))


@pytest.mark.parametrize(("parts", "expected"), STATEMENTS)
@pytest.mark.parametrize("flow_id", ["mapping", "harm_matrix", "contextual"])
def test_danger_statements_read_as_plain_english(
        flows: Mapping[str, Flow], flow_id: str, parts: tuple[str, str, str],
        expected: str) -> None:
    who, behaviour, impact = parts
    answers = {"danger_who_1": who, "danger_behaviour_1": behaviour, "danger_impact_1": impact}
    assert draft_for(flows[flow_id], "danger_statement_1", answers) == expected


def test_supervision_and_later_worries_use_the_same_drafting(flows: Mapping[str, Flow]) -> None:
    (who, behaviour, impact), expected = STATEMENTS[0]
    answers = {"danger_who": who, "danger_behaviour": behaviour, "danger_impact": impact}
    assert draft_for(flows["supervision"], "danger_statement", answers) == expected
    second = {"danger_another_1": "yes", "danger_who_2": who, "danger_behaviour_2": behaviour,
              "danger_impact_2": impact}
    assert draft_for(flows["mapping"], "danger_statement_2", second) == expected


def test_wellbeing_worry_statement(flows: Mapping[str, Flow]) -> None:
    answers = {"worry_who_1": "J's teacher and the school nurse",
               "worry_what_1": "J has missed 14 days of school this term",
               "worry_impact_1": "J could fall behind with his reading"}
    assert draft_for(flows["wellbeing"], "worry_statement_1", answers) == (
        "J's teacher and the school nurse are worried that J has missed 14 days of school "
        "this term. If nothing changes, J could fall behind with his reading.")


def test_no_statement_is_offered_until_all_three_parts_are_there(
        flows: Mapping[str, Flow]) -> None:
    answers = {"danger_who_1": "The school", "danger_behaviour_1": "dad hits T"}
    assert draft_for(flows["mapping"], "danger_statement_1", answers) is None


@pytest.mark.parametrize(("parts", "expected"), GOALS)
@pytest.mark.parametrize(("flow_id", "goal"), [("mapping", "safety_goal_1"),
                                               ("wellbeing", "wellbeing_goal_1"),
                                               ("contextual", "safety_goal_1")])
def test_goals_say_what_will_happen_and_for_how_long(
        flows: Mapping[str, Flow], flow_id: str, goal: str, parts: tuple[str, str, str],
        expected: str) -> None:
    doing, child, how_long = parts
    answers = {"goal_doing_1": doing, "goal_child_1": child, "goal_how_long_1": how_long}
    if flow_id == "wellbeing":
        answers |= {"worry_who_1": "x", "worry_what_1": "x", "worry_impact_1": "x"}
    assert draft_for(flows[flow_id], goal, answers) == expected


@pytest.mark.parametrize(("who", "verb"), [
    ("The school", "is"), ("The school and nan", "are"), ("I", "am"), ("The police", "are"),
    ("Social services", "are"), ("CAMHS", "is"), ("Mum's family", "is"),
    ("Health visitor, GP", "are"), ("We", "are"),
])
def test_be_verb_agrees_with_who_is_worried(who: str, verb: str) -> None:
    assert be_verb(who) == verb


@pytest.mark.parametrize(("given", "expected"), [
    ("six months", "for six months"), ("for six months.", "for six months"),
    ("until the baby is one", "until the baby is one"), ("at least a term", "for at least a term"),
    ("Through the summer", "through the summer"),
])
def test_period_reads_after_happening(given: str, expected: str) -> None:
    assert period(given) == expected


@pytest.mark.parametrize(("who", "expected"), [
    ("me", "I am"), ("Me (health visitor)", "I (health visitor) am"),
    ("me and nan", "Nan and I are"), ("me (HV) and the school", "The school and I (HV) are"),
    ("the school, nan and me", "The school, nan and I are"),
    ("myself, the school and Nan", "I, the school and Nan are"),
    ("Mental health team", "Mental health team is"), ("Mum and Meg", "Mum and Meg are"),
])
def test_the_practitioner_among_who_is_worried_reads_as_i(who: str, expected: str) -> None:
    """A danger statement drafted from "Me (health visitor)" opens "I (health visitor) am
    worried", never "Me (health visitor) is worried"."""
    said = subject(who)
    assert f"{said} {be_verb(said)}" == expected


def test_subject_and_mid_sentence_casing() -> None:
    assert subject("me") == "I"
    assert subject("the school.") == "The school"
    assert mid("She could be hurt.") == "she could be hurt"
    assert mid("T could be hurt") == "T could be hurt"
    assert mid("Mum's partner could") == "Mum's partner could"


@pytest.mark.parametrize(("typed", "reads"), [
    ("A could lose more weight and not get the food she needs", "A could lose more weight"),
    ("A (4 months) will keep losing weight", "A (4 months) will"),
    ("A's weight could drop further", "A's weight"),
    ("A and her brother could go hungry", "A and her brother"),
    ("A baby in the flat could be hurt", "a baby in the flat"),
    ("A serious injury is likely", "a serious injury"),
])
def test_a_child_called_a_keeps_the_capital_in_a_drafted_statement(typed: str,
                                                                     reads: str) -> None:
    # A health visitor's walk: "If nothing changes, a could lose more weight".
    assert likely(typed).startswith(reads)


# --- nudges --------------------------------------------------------------------------------


def test_a_jargon_nudge_fires_once_and_keep_keeps_the_answer(flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["mapping"], "worst_harm")
    chat.send("There was DV at home and T saw it.")
    [nudge] = nudges_seen(chat)
    assert nudge.kind == "what_it_did_to_the_child"  # the worst time's check: wording first
    assert '"DV"' in nudge.text
    assert "worst_harm" not in chat.draft.answers
    chat.send(Command("keep"))
    assert chat.draft.answers["worst_harm"] == "There was DV at home and T saw it."
    assert chat.asked == "recent_harm"
    chat.command("back")
    assert chat.asked == "worst_harm"
    chat.send("More DV in March.")
    assert not nudges_seen(chat)
    assert chat.draft.answers["worst_harm"] == "More DV in March."


def test_a_claim_with_nothing_anyone_did_is_nudged_once_in_the_chat(
        flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["mapping"], "worst_harm")
    chat.send("Dad is quite a cold fish with the kids.")
    [nudge] = nudges_seen(chat)
    assert nudge.kind == "what_it_did_to_the_child"  # the worst time's check: wording first
    assert "What did you see or hear, who did what, and when?" in nudge.text
    chat.send("Dad walked out when T cried for him on Sunday and did not come back till Tuesday.")
    # Written again in other words, it could as well be the next question's answer typed by
    # someone who did not read the nudge: the bot asks which, once, and /replace uses it here.
    [which] = nudges_seen(chat)
    assert "or is it for the next question" in which.text
    chat.command("replace")
    assert not nudges_seen(chat)
    assert chat.draft.answers["worst_harm"].startswith("Dad walked out when T cried")
    assert chat.asked == "recent_harm"


def test_typing_again_after_a_nudge_replaces_the_answer(flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["mapping"], "worst_harm")
    chat.send("Mum is chaotic.")
    assert [n.kind for n in nudges_seen(chat)] == ["what_it_did_to_the_child"]
    chat.send("Mum left T (7) alone overnight twice in March.")
    assert chat.draft.answers["worst_harm"] == "Mum left T (7) alone overnight twice in March."
    assert chat.draft.pending is None


def test_privacy_nudge_names_the_kind_of_detail(flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["mapping"], "network")
    chat.send("Tyler Brown (7), mum, mum's partner R")
    [nudge] = nudges_seen(chat)
    assert nudge.kind == "privacy"
    assert "a full name" in nudge.text
    assert "initials" in nudge.text
    chat.send("T (7), mum, mum's partner R")
    assert chat.draft.answers["network"] == "T (7), mum, mum's partner R"


def test_a_strength_given_as_safety_is_nudged_once(flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["mapping"], "existing_safety")
    chat.send("Mum loves T very much and plays with her every day.")
    [nudge] = nudges_seen(chat)
    assert nudge.text == SAFETY_NUDGE
    chat.send(Command("keep"))
    assert chat.draft.answers["existing_safety"] == [
        "Mum loves T very much and plays with her every day."]
    chat.send("Mum reads to her at night.")
    assert not nudges_seen(chat)
    assert len(chat.draft.answers["existing_safety"]) == 2


def test_real_safety_passes_without_a_nudge(flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["mapping"], "existing_safety")
    chat.send("Three times since May, when R came home drunk, mum took T to her sister's.")
    assert not nudges_seen(chat)


@pytest.mark.parametrize(("flow_id", "step_id"), [
    ("mapping", "goal_doing_1"), ("wellbeing", "goal_doing_1"), ("success", "success_goal_1"),
    ("supervision", "goal_doing"), ("contextual", "goal_doing_1"),
])
def test_a_goal_without_will_is_nudged_once(flows: Mapping[str, Flow], flow_id: str,
                                            step_id: str) -> None:
    chat = reach(flows[flow_id], step_id)
    chat.send("No more shouting at home")
    assert [n.text for n in nudges_seen(chat)] == [GOAL]
    chat.send(Command("keep"))
    assert chat.draft.answers[step_id] == "No more shouting at home"
    assert any(isinstance(r, Answered) for r in chat.replies)


def test_a_drafted_goal_that_only_stops_is_nudged(flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["mapping"], "safety_goal_1")
    chat.send("R will stop drinking.")
    assert [n.kind for n in nudges_seen(chat)] == ["safety_goal"]


@pytest.mark.parametrize(("goal", "ok"), [
    ("Mum will take T to school every day", True),
    ("R won't drink at home", False),
    ("R will not drink at home", False),
    ("Dad will stop shouting", False),
    ("No more missed appointments", False),
    ("Dad will stop drinking and will walk T to school", True),
    ("Mum'll ring gran whenever R turns up", True),
])
def test_goal_wording(goal: str, ok: bool) -> None:
    assert goal_says_will(goal) is ok


def test_the_childs_words_are_never_nudged_for_plain_language(flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["three_houses"], "house_worries")
    chat.send("daddy is aggressive when he drinks")
    assert not nudges_seen(chat)


@pytest.mark.parametrize(("label", "reason"), [
    ("TB-7", None), ("Case 4417", None), ("Tyler Brown", "it looks like a full name"),
    ("KB 12/03/2015", "it looks like a date, perhaps a date of birth"),
    ("KB dob 1.3.15", "it looks like a date of birth"),
    ("tyler brown", "it looks like a name"), ("BROWN", "it looks like a name"),
    ("Case A", None),
])
def test_label_check(label: str, reason: str | None) -> None:
    assert label_check("privacy", label) == reason


def test_the_nudger_ignores_checks_it_does_not_know() -> None:
    assert nudger()("spelling", "teh") is None


@pytest.mark.parametrize(("given", "expected"), [
    ("Risk of T being hurt.", "there is a risk of T being hurt"),
    ("a real risk that K falls from the balcony", "there is a real risk that K falls from the "
     "balcony"),
    ("That she could be hurt", "she could be hurt"),
    ("There is a risk of harm", "there is a risk of harm"),
    ("T could be at risk of serious harm", "T could be at risk of serious harm"),
    ("risks of injury", "risks of injury"),
])
def test_what_could_happen_follows_if_nothing_changes(given: str, expected: str) -> None:
    assert likely(given) == expected


def _drafting_flow(folder: Path, how: str = "{{ a.how }}") -> Flow:
    """What happened (asked only if it has), then a statement drafted from it with `how`."""
    template = (f"{{% if a.how %}}It happened: {how}.{{% else %}}Nothing has happened yet."
                "{% endif %}")
    return build_flow(folder, section("s", yes_no("harmed"),
                                      text("how", when="harmed == 'yes'"),
                                      text("statement", draft="t")),
                      templates={"t": template})


def test_a_draft_reading_a_question_hidden_by_the_answers_reads_it_as_unanswered(
        tmp_path: Path) -> None:
    """A flow's template may read a step that the answers so far hide (here, what happened,
    when nothing has): it reads as unanswered, rather than failing the practitioner's turn."""
    flow = _drafting_flow(tmp_path)
    step = flow.step("statement")

    hidden = suggest(flow, step, walk(flow, {"harmed": "no", "how": "left over from before"}))
    shown = suggest(flow, step, walk(flow, {"harmed": "yes", "how": "a slap"}))

    assert hidden == "Nothing has happened yet."
    assert shown == "It happened: a slap."


def test_a_template_that_fails_on_the_answers_offers_no_suggestion_and_says_which(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A flow's own template that breaks on some answers (a filter given an argument it does
    not take) leaves the question without a suggestion; the turn goes on, and the log names
    the template and the step, never what was typed."""
    flow = _drafting_flow(tmp_path, how="{{ a.how | subject(3) }}")

    drafted = suggest(flow, flow.step("statement"),
                      walk(flow, {"harmed": "yes", "how": "a slap on Tuesday"}))

    assert drafted is None
    assert "'t' of flow 'tiny' failed for step 'statement'" in caplog.text
    assert "slap" not in caplog.text


def _statement_kept_as_drafted(tmp_path: Path) -> EngineChat:
    chat = EngineChat(_drafting_flow(tmp_path))
    chat.start()
    chat.pick("yes")
    chat.send("a slap")
    chat.send(Command("accept"))
    assert chat.draft.answers["statement"] == "It happened: a slap."
    return chat


def test_an_edited_answer_redrafts_the_statement_kept_as_it_was_suggested(
        tmp_path: Path) -> None:
    """The statement was kept as drafted; changing what it was drafted from drafts it again
    and says so, so the summary never holds a statement built from an answer since fixed."""
    chat = _statement_kept_as_drafted(tmp_path)
    chat.command("edit", "2")
    chat.send("a punch to the head")
    assert chat.draft.answers["statement"] == "It happened: a punch to the head."
    assert "statement" in chat.changed
    assert any('drafted "Question statement?" again' in n for n in chat.notices("note"))


def test_an_edited_answer_points_to_a_statement_worded_by_hand(tmp_path: Path) -> None:
    """A statement the practitioner reworded is theirs: it is left as it is, and they are
    told which one may need the same change, with its number to /edit."""
    chat = _statement_kept_as_drafted(tmp_path)
    chat.command("edit", "3")
    chat.send("Dad slapped T across the face on Monday.")
    chat.command("edit", "2")
    chat.send("a punch to the head")
    assert chat.draft.answers["statement"] == "Dad slapped T across the face on Monday."
    (pointer,) = [n for n in chat.notices("note") if "may need the same change" in n]
    assert "/edit 3" in pointer


def test_an_edit_that_no_draft_reads_leaves_the_statement_alone(tmp_path: Path) -> None:
    chat = _statement_kept_as_drafted(tmp_path)
    chat.command("edit", "3")
    chat.send("Dad slapped T across the face on Monday.")
    assert chat.notices("note") == []
