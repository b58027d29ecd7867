"""What a practice lead checks, tool by tool: said once, at the right moment, at the top."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from builders import EngineChat, new_draft
from cases import case_summary, walk_case

from flows.draft import Draft
from flows.flow import Flow
from flows.render import render_text
from flows.replies import Command, Notice, Pick
from flows.summary import build_summary


def notes_seen(chat: EngineChat, replies: list[object]) -> list[str]:
    return [r.text for r in replies if isinstance(r, Notice) and r.kind == "note"]


def start(flow: Flow, *answers: str | Pick) -> tuple[EngineChat, list[object]]:
    """Start a draft and give these answers; every reply the chat saw, in order."""
    chat = EngineChat(flow, new_draft(flow, "AB-1"))
    seen: list[object] = list(chat.start())
    for given in answers:
        pick = isinstance(given, Pick)
        seen += chat.send(Pick(given.value, chat.draft.nonce) if pick else given)
    return chat, seen


@pytest.mark.parametrize("answer", ["no", "unsure"])
def test_reflection_says_once_to_act_now_when_a_child_may_not_be_safe_tonight(
        flows: Mapping[str, Flow], answer: str) -> None:
    flow = flows["reflection"]
    chat, seen = start(flow, Pick("school"), "She has a burn on her hand and is scared to go "
                       "home.", Pick(answer))
    urgent = [n for n in notes_seen(chat, seen) if "safeguarding procedures now" in n]
    assert len(urgent) == 1
    assert "designated safeguarding lead" in urgent[0]
    assert "front door" in urgent[0]
    assert "999" in urgent[0]
    assert chat.asked == "family_knows"  # said once, then out of the way
    for given in (Pick("not_safe"), "Her gran.", "Ring the front door now.", Pick("1")):
        seen += chat.send(Pick(given.value, chat.draft.nonce) if isinstance(given, Pick)
                          else given)
    assert sum("safeguarding procedures now" in n for n in notes_seen(chat, seen)) == 1
    summary = build_summary(flow, chat.draft)
    assert summary.alerts == (flow.step("act_now").spec.recorded,)  # ... and at the top
    assert render_text(summary).index("needs acting on today") < render_text(
        summary).index("WHAT ARE WE WORRIED ABOUT?")


def test_reflection_says_nothing_urgent_when_the_child_is_safe_today(
        flows: Mapping[str, Flow]) -> None:
    summary = case_summary(flows["reflection"])
    assert summary.alerts == ()
    record = {e.step_id: e.text for e in summary.record}
    assert record["family_knows"] == "Not told yet"
    assert record["safe_today"] == "Yes, as far as I know"


@pytest.mark.parametrize("answers", [(), (Pick("school"),), (Pick("school"), "A bruise.")])
def test_reflection_says_nothing_urgent_before_the_safe_today_question_is_answered(
        flows: Mapping[str, Flow], answers: tuple[str | Pick, ...]) -> None:
    flow = flows["reflection"]
    chat, _ = start(flow, *answers)
    summary = build_summary(flow, chat.draft)  # /summary part way, or on a draft just begun
    assert summary.alerts == ()
    assert "safeguarding procedures now" not in render_text(summary)


def test_reflection_lets_a_partner_say_telling_the_family_could_put_the_child_at_risk(
        flows: Mapping[str, Flow]) -> None:
    labels = [c.label for c in flows["reflection"].step("family_knows").spec.choices]
    assert "Not told: it could put the child at more risk" in labels


def test_wellbeing_without_agreement_says_so_at_the_top_and_asks_no_family_numbers(
        flows: Mapping[str, Flow]) -> None:
    flow = flows["wellbeing"]
    chat = walk_case(flow)
    assert "wellbeing_scale_parent_1" in chat.draft.answers
    without = EngineChat(flow, new_draft(flow, "JM-9"))
    without.start()
    without.pick("no")
    asked: list[str] = []
    while not without.finished:
        question = without.question
        asked.append(question.step_id)
        if question.widget == "items":
            without.command("done" if question.items else "skip")
            if not without.finished and without.question.step_id == question.step_id:
                without.send("Gran helps on Tuesdays.")
                without.command("done")
        elif question.widget in ("one", "yes_no", "scale"):
            without.pick(question.choices[0][0] if question.choices else "5")
        elif question.suggestion:
            without.command("accept")
        else:
            without.send("Written for the test.")
    assert not any(a.startswith("wellbeing_scale_parent") for a in asked)
    summary = build_summary(flow, without.draft)
    assert summary.alerts[0].startswith("The family has not agreed to early help yet.")
    assert render_text(summary).split("\n")[4].startswith("  ! The family has not agreed")


def test_success_marks_the_young_persons_words_and_suggests_the_contextual_tool(
        flows: Mapping[str, Flow]) -> None:
    flow = flows["success"]
    assert {s.id for s in flow.steps if s.spec.voice == "child"} >= {
        "vision", "own_goals", "belonging", "their_worries"}
    chat = EngineChat(flow, new_draft(flow, "K-17"))
    chat.start()
    while chat.asked != "outside_signs":
        question = chat.question
        if question.widget in ("one", "yes_no"):
            chat.pick(question.choices[0][0])
        elif question.widget == "items":
            chat.send("Something they said.")
            chat.command("done")
        else:
            chat.send("Something they said.")
    chat.pick("older")
    replies = chat.command("done")
    suggestion = [n for n in notes_seen(chat, replies) if "contextual" in n]
    assert len(suggestion) == 1
    assert "safeguarding lead" in suggestion[0]


def test_success_with_no_signs_suggests_nothing(flows: Mapping[str, Flow]) -> None:
    chat = walk_case(flows["success"])
    assert chat.draft.answers["outside_signs"] == []
    assert build_summary(flows["success"], chat.draft).alerts == ()


def test_three_houses_everyone_and_not_him_raises_a_question_at_the_top(
        flows: Mapping[str, Flow]) -> None:
    flow = flows["three_houses"]
    chat, seen = start(flow, "Daddy", Pick("all"))
    chat.send(Command("skip"))
    notes = notes_seen(chat, [*seen, *chat.replies])
    assert any("Check with the child which they meant" in n for n in notes)
    some, _ = start(flow, "Daddy", Pick("some"))
    assert not any("Check with the child" in n for n in some.notices())
    summary = case_summary(flow)
    assert summary.record[0].step_id == "not_told"  # who must not be told comes first
    assert {e.step_id for e in summary.record} >= {"session_when", "present"}


def views_read(flow: Flow, lines: list[str]) -> tuple[Draft, list[tuple[str, int | None, str]]]:
    """The overall scale's views when these are its "each person's number" lines."""
    draft = walk_case(flow).draft
    draft.answers["safety_scale_others"] = lines
    (overall,) = build_summary(flow, draft).scales
    return draft, [(v.who, v.value, v.reason) for v in overall.views][-len(lines):]


def test_each_agencys_line_is_read_as_who_number_and_why_or_kept_as_said(
        flows: Mapping[str, Flow]) -> None:
    flow = flows["mapping"]
    draft, views = views_read(flow, [
        "School: 4, settled in class", "T: 3 (her faces scale)", "Nan thinks about a 6"])
    assert views == [("School", 4, "settled in class"), ("T", 3, "her faces scale"),
                     ("Nan thinks about a 6", None, "")]
    text = render_text(build_summary(flow, draft))
    assert "      T: 3 (her faces scale)\n      Nan thinks about a 6\n" in text


def test_a_number_typed_without_a_colon_and_two_people_in_one_line_are_read(
        flows: Mapping[str, Flow]) -> None:
    # A practitioner's walk: "school 4" showed as who "school 4" with no number, and the
    # GP's 4 was lost inside the health visitor's reason.
    flow = flows["mapping"]
    draft = walk_case(flow).draft
    draft.answers["safety_scale_others"] = [
        "school 4", "class teacher 5 (settled in class)",
        "health visitor: 5 - weight slowly up, GP: 4",
        "Police: 2, two call-outs in May, last: 3 weeks ago"]
    (overall,) = build_summary(flow, draft).scales
    views = [(v.who, v.value, v.reason) for v in overall.views][-5:]
    assert views == [("school", 4, ""), ("class teacher", 5, "settled in class"),
                     ("health visitor", 5, "weight slowly up"), ("GP", 4, ""),
                     ("Police", 2, "two call-outs in May, last: 3 weeks ago")]


def test_a_line_torn_between_two_numbers_is_kept_as_written(flows: Mapping[str, Flow]) -> None:
    _, views = views_read(flows["mapping"], [
        "Mum: 6/7, dad has moved out", "Health: 5.5", "Police: 7/10 no call-outs since May"])
    assert views == [("Mum: 6/7, dad has moved out", None, ""), ("Health: 5.5", None, ""),
                     ("Police", 7, "no call-outs since May")]
