"""Every tool walked end to end with a realistic case, and what each tool promises."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path

import docx
import pytest
from builders import (
    Answer,
    EngineChat,
    choice,
    flow_spec,
    new_draft,
    section,
    text,
    walk_through,
    write_flow,
)
from cases import HARM_MATRIX, MAPPING, PLANS, case_summary, walk_case

from bot import views
from bot.conversation import Conversation
from bot.summary_html import render_telegram
from bot.wording import ConversationReply
from flows.carry import carried_answers
from flows.checks.plain_language import find_jargon
from flows.checks.words import load_word_list
from flows.errors import FlowError
from flows.export import export
from flows.flow import Flow, FlowStep
from flows.loader import flow_files, load_flows
from flows.nudges import nudger, privacy
from flows.render import render_text
from flows.replies import Command, Notice, Nudge, Pick, Question, SummaryReply, Text
from flows.summary import Summary, build_summary
from storage.store import Store

TOOL_IDS = sorted(PLANS)


def entries(summary: Summary, column: str) -> dict[str, str]:
    """step id -> text of the answers shown in one column, its worries' parts included
    ("none" for the other details, "record" for the record at the top)."""
    if column == "record":
        return {e.step_id: e.text for e in summary.record}
    columns = [*summary.columns, *(c for g in summary.groups for c in g.columns)]
    blocks = list(summary.other) if column == "none" else []
    blocks += [b for c in columns if c.key == column for b in c.blocks]
    return {e.step_id: e.text for b in blocks for e in b.entries}


def questions(flow: Flow) -> list[FlowStep]:
    return [s for s in flow.steps if s.is_question]


def test_every_flow_file_has_a_case() -> None:
    assert sorted(p.stem for p in flow_files()) == TOOL_IDS


@pytest.mark.parametrize("flow_id", TOOL_IDS)
def test_each_tool_walks_to_a_finished_summary(flows: Mapping[str, Flow], flow_id: str) -> None:
    chat = walk_case(flows[flow_id])
    assert chat.finished
    text = render_text(case_summary(flows[flow_id]))
    assert text.startswith(f"{flows[flow_id].title}: {PLANS[flow_id][0]}\n")
    assert "based on the Signs of Safety framework" in text


@pytest.mark.parametrize("flow_id", TOOL_IDS)
def test_every_question_has_help_with_an_example(flows: Mapping[str, Flow], flow_id: str) -> None:
    for step in questions(flows[flow_id]):
        assert step.spec.help, step.id
        if step.type in ("text", "list") and step.role != "another":
            assert re.search(r"example|such as", step.spec.help, re.IGNORECASE), step.id


@pytest.mark.parametrize("flow_id", TOOL_IDS)
def test_the_wording_is_plain_and_fits_a_phone(flows: Mapping[str, Flow], flow_id: str) -> None:
    flow, words = flows[flow_id], load_word_list()
    spec = flow.spec
    texts = [spec.description, spec.intro or "", spec.scale.low, spec.scale.high,
             *(s.intro or "" for s in spec.sections)]
    for step in flow.steps:
        assert len(step.spec.ask) <= 150 or step.type == "note", step.id
        texts += [step.spec.ask, step.spec.help or "", step.spec.title or ""]
    flagged = {t: [h.term for h in find_jargon(t, words)] for t in texts}
    assert {t: terms for t, terms in flagged.items() if terms} == {}


@pytest.mark.parametrize("flow_id", TOOL_IDS)
def test_no_tool_claims_to_be_official(flows: Mapping[str, Flow], flow_id: str) -> None:
    spec = flows[flow_id].spec
    text = " ".join([spec.title, spec.description, spec.intro or ""]).lower()
    assert "official" not in text
    assert "signs of safety" not in text or flow_id == "mapping"


def test_the_reflection_stays_under_three_minutes(flows: Mapping[str, Flow]) -> None:
    flow = flows["reflection"]
    assert flow.spec.minutes is not None
    assert flow.spec.minutes <= 3
    # (not counting where "Somewhere else" is: asked on that answer alone, under its number)
    counted = [s for s in questions(flow) if s.role == "question" and s.spec.counted]
    typed = [s for s in counted if s.type == "text"]
    assert len(typed) <= 3  # the rest are one tap each
    assert len(counted) <= 7


# --- the safety mapping --------------------------------------------------------------------


def test_mapping_scales_each_danger_statement_then_the_whole(flows: Mapping[str, Flow]) -> None:
    summary = case_summary(flows["mapping"])
    scales = {s.step_id: s for s in summary.all_scales}
    assert list(scales) == ["danger_scale_1", "danger_scale_2", "safety_scale"]
    assert [[s.step_id for s in g.scales] for g in summary.groups] == [
        ["danger_scale_1"], ["danger_scale_2"]]  # each beside its statement and goal
    first = scales["danger_scale_1"]
    assert (first.value, first.others) == (3, ("Mum: 7", "Nursery: 3"))
    assert first.reason is not None
    assert first.reason.startswith("3, not 2")
    assert scales["danger_scale_2"].others == ("Gran: 6",)
    overall = scales["safety_scale"]
    assert [(v.who, v.value) for v in overall.views] == [
        ("Parent or carer the child lives with", 7), ("Nursery", 3), ("Health visitor", 4)]
    assert overall.missing == ("Other parent or carer",)  # the child's place needs their words
    assert flows["mapping"].version >= 3


def test_mapping_summary_holds_the_drafted_statements_and_goals(
        flows: Mapping[str, Flow]) -> None:
    summary = case_summary(flows["mapping"])
    worried, needed = entries(summary, "worried"), entries(summary, "needs_to_happen")
    assert worried["danger_statement_1"].startswith(
        "The social worker, the nursery and the health visitor are worried that J smacks K")
    assert needed["safety_goal_1"].endswith(
        "To be confident it will last, everyone will need to see this happening for at least "
        "six months, including the Christmas holidays.")
    assert needed["safety_goal_2"].startswith("Mum will only take her sleeping tablets")


# --- the harm matrix ---------------------------------------------------------------------------


def test_harm_matrix_walks_each_dimension_then_drafts_a_statement(
        flows: Mapping[str, Flow]) -> None:
    worried = entries(case_summary(flows["harm_matrix"]), "worried")
    for dimension in ("danger_behaviour", "harm_impact", "harm_worst", "harm_frequency",
                      "harm_history", "harm_severity", "harm_how", "harm_accepted",
                      "child_vulnerability", "harm_likely"):
        assert dimension + "_1" in worried
        assert dimension + "_2" in worried
    assert worried["harm_severity_1"].startswith("Significant")  # what has happened ...
    assert worried["harm_likely_1"] == "Likely"  # ... apart from what may happen
    assert worried["danger_statement_1"] == (
        "The social worker and the nursery are worried that J smacks K hard enough to bruise "
        "her when she cries or won't do as she is told. If nothing changes, it is likely that "
        "it will happen again, and she could be badly hurt, and grow up frightened of the "
        "adults who care for her.")
    assert "danger_who_1" not in worried  # the statement says it; its parts are not repeated


def test_harm_matrix_holds_at_most_three_worries(flows: Mapping[str, Flow]) -> None:
    ids = {s.id for s in flows["harm_matrix"].steps}
    assert {"danger_statement_1", "danger_statement_2", "danger_statement_3"} <= ids
    assert "danger_statement_4" not in ids
    assert "danger_another_3" not in ids


# --- my three houses -------------------------------------------------------------------------


def test_three_houses_files_the_childs_words_into_the_columns(flows: Mapping[str, Flow]) -> None:
    summary = case_summary(flows["three_houses"])
    assert entries(summary, "worried")["house_worries"].startswith("when daddy shouts")
    assert "house_good" in entries(summary, "working_well")
    assert "house_dreams" in entries(summary, "needs_to_happen")
    marked = {e.step_id for c in summary.columns for b in c.blocks for e in b.entries
              if e.child_voice}
    assert marked == {"house_worries", "house_good", "house_dreams"}
    text = render_text(summary)
    assert '"my cat Biscuit" (the child\'s own words)' in text
    assert "T drew the house of good things first" in text


def test_the_childs_words_typed_in_quotation_marks_are_quoted_once(
        flows: Mapping[str, Flow]) -> None:
    draft = walk_case(flows["three_houses"]).draft
    draft.answers["house_good"] = ['"my cat Biscuit"', "\u201cI like it when Nan comes\u201d",
                                   "'it's fine' and 'I'm OK'"]
    text = render_text(build_summary(flows["three_houses"], draft))
    assert '"my cat Biscuit" (the child\'s own words)' in text
    assert '"I like it when Nan comes" (the child\'s own words)' in text
    # Two quotes side by side are the child's words as the practitioner wrote them.
    assert '"\'it\'s fine\' and \'I\'m OK\'" (the child\'s own words)' in text
    assert '""' not in text


@pytest.mark.parametrize(("not_told", "warned"), [("no one", False), ("nobody.", False),
                                                  ("Daddy", True)])
def test_three_houses_warns_only_when_the_child_named_someone_not_to_tell(
        flows: Mapping[str, Flow], not_told: str, warned: bool) -> None:
    flow = flows["three_houses"]
    draft = walk_case(flow).draft
    draft.answers["not_told"], draft.answers["share_ok"] = not_told, "all"
    text = render_text(build_summary(flow, draft))
    assert ("also named someone who should not be told" in text) is warned


def mapping_at_views_missing(flows: Mapping[str, Flow]) -> EngineChat:
    chat = EngineChat(flows["mapping"], new_draft(flows["mapping"], "TB-7"), nudger=nudger())
    chat.start()
    for given in (Pick("conference"), "Tuesday 8 December", "LM, social worker"):
        chat.send(given)
    return chat


def test_who_contributed_and_whose_views_are_missing_are_a_record_not_a_worry(
        flows: Mapping[str, Flow]) -> None:
    chat = mapping_at_views_missing(flows)
    # (who contributed: only its short forms are asked to be written out)
    replies = chat.send("Mum, school DSL, HV, police DV unit")
    assert [r.kind for r in replies if isinstance(r, Nudge)] == ["short_forms"]
    chat.command("keep")
    replies = chat.send("gp - not responded yet")
    assert not [r for r in replies if isinstance(r, Nudge)]
    assert chat.draft.answers["views_missing"] == "gp - not responded yet"


def test_a_name_is_asked_about_before_the_wording_and_the_reminder_says_what_it_saw(
        flows: Mapping[str, Flow]) -> None:
    chat = mapping_at_views_missing(flows)
    chat.send("Mum (S), class teacher")
    chat.send("R has not met us")
    chat.send("Core group on 12 January")
    while chat.question.step_id != "harm_happened":
        chat.command("skip")
    chat.send("yes")
    assert chat.question.step_id == "worst_harm"
    replies = chat.send("Kelly Smith says T has DV concerns at home")
    nudges = [r for r in replies if isinstance(r, Nudge)]
    assert [n.kind for n in nudges] == ["privacy"]
    assert '("Kelly Smith")' in nudges[0].text
    replies = chat.command("keep")
    # (the worst time's wording check is `plain_language` asked first, then whether it tells
    # only of an adult: named for what the question asks since set AN)
    nudges = [r for r in replies if isinstance(r, Nudge)]
    assert [r.kind for r in nudges] == ["what_it_did_to_the_child"]
    assert '"DV"' in nudges[0].text, nudges[0].text


def test_a_date_of_birth_is_asked_for_as_an_age() -> None:
    said = privacy("J (dob 14/03/2019) was seen at clinic")
    assert said is not None
    assert '"dob 14/03/2019"' in said
    assert "give their age instead" in said


@pytest.mark.parametrize(("likely", "scale", "warned"), [
    ("very_likely", 2, True), ("likely", 0, True), ("likely", 3, False),
    ("possible", 1, False),
])
def test_the_harm_matrix_says_to_act_today_when_harm_is_likely_and_safety_is_low(
        flows: Mapping[str, Flow], likely: str, scale: int, warned: bool) -> None:
    flow = flows["harm_matrix"]
    draft = walk_case(flow).draft
    draft.answers["harm_likely_1"], draft.answers["harm_scale_1"] = likely, scale
    text = render_text(build_summary(flow, draft))
    assert ("needs acting on today, through safeguarding procedures" in text) is warned


def test_three_houses_reminds_before_it_asks(flows: Mapping[str, Flow]) -> None:
    chat = EngineChat(flows["three_houses"], new_draft(flows["three_houses"], "TS-8"))
    chat.start()
    notes = " ".join(chat.notices("note")).lower()
    assert "parents" in notes
    assert "stop" in notes
    assert "share" in notes
    assert chat.asked == "not_told"
    choices = {c.value for c in flows["three_houses"].step("took_part").spec.choices}
    assert choices == {"talked", "drew", "both", "other"}


# --- the variants ----------------------------------------------------------------------------


def test_wellbeing_has_its_own_labels_anchors_and_consent_step(flows: Mapping[str, Flow]) -> None:
    flow = flows["wellbeing"]
    text = render_text(case_summary(flow))
    assert "WHAT WOULD HELP?" in text
    assert "0 means: Things are so worrying that a referral to children's services is needed." \
        in text
    assert "10 means: The child's wellbeing is secure" in text
    consent = flow.step("consent")
    assert consent.type == "yes_no"
    assert flow.step("consent_plan").conditions[-1].source == "consent == 'no'"


def test_wellbeing_without_consent_asks_for_a_plan_instead(flows: Mapping[str, Flow]) -> None:
    chat = EngineChat(flows["wellbeing"], new_draft(flows["wellbeing"], "JM-9"))
    chat.start()
    chat.send("no")
    assert any("safeguarding procedure" in n for n in chat.notices("note"))
    assert chat.asked == "consent_plan"


def test_success_uses_the_young_persons_goals_and_its_own_anchors(
        flows: Mapping[str, Flow]) -> None:
    summary = case_summary(flows["success"])
    needed = entries(summary, "needs_to_happen")
    assert needed["vision"].startswith("My own flat")
    assert any(e.step_id == "vision" and e.child_voice for c in summary.columns
               for b in c.blocks for e in b.entries)
    assert {"success_goal_1", "success_goal_2"} <= set(needed)
    assert "belonging" in entries(summary, "working_well")
    assert summary.all_scales[0].high.startswith("The young person is living the life they want")


def test_success_calls_the_quoted_words_the_young_persons_everywhere(
        flows: Mapping[str, Flow]) -> None:
    """Signs of Success is filled in with a young person in or leaving care: their own words
    are named theirs, not "the child's", in the chat and in every file."""
    flow = flows["success"]
    theirs: list[Question] = []
    walk_through(flow, dict(PLANS["success"][1]),
                 on_question=lambda chat: theirs.append(chat.question))
    hints = ["\n".join(m.html for m in views.render(q)) for q in theirs
             if q.child_voice and not q.again]  # not the short "Added (1 so far)" between items
    assert hints
    assert all("Write the young person's words exactly as they said them." in h for h in hints)
    summary = case_summary(flow)
    docx_file = docx.Document(io.BytesIO(export(summary, "docx").data))
    printed = {
        "Telegram": render_telegram(summary),
        "terminal": render_text(summary),
        "html": export(summary, "html").data.decode(),
        "txt": export(summary, "txt").data.decode(),
        "docx": "\n".join([p.text for p in docx_file.paragraphs]
                          + [c.text for t in docx_file.tables for c in t._cells]),
    }
    for where, shown in printed.items():
        assert re.search(r"\((?:the )?young person's (?:own )?words\)", shown), where
        assert "child's" not in shown, where
    # A tool used with children still says so.
    assert "(child's words)" in render_telegram(case_summary(flows["three_houses"]))


def test_contextual_groups_questions_by_context(flows: Mapping[str, Flow]) -> None:
    flow = flows["contextual"]
    titles = [s.title for s in flow.spec.sections]
    for context in ("The young person", "Family and home", "Friends", "School or college",
                    "Neighbourhood", "Online"):
        assert context in titles
    summary = case_summary(flow)
    assert "home_safety" in entries(summary, "working_well")  # parents as existing safety
    assert entries(summary, "worried")["danger_statement_1"].startswith(
        "Mum, the school, the youth worker and the police are worried that older boys")


def test_supervision_drafts_privately_and_closes_appreciatively(
        flows: Mapping[str, Flow]) -> None:
    summary = case_summary(flows["supervision"])
    other = entries(summary, "none")
    assert other["what_worked"]
    assert other["difference"]
    assert entries(summary, "worried")["danger_statement"].startswith(
        "The health visitor, the GP and I are worried that dad handles M roughly")
    assert [s.step_id for s in summary.all_scales] == ["my_scale"]


# --- a finished Harm Matrix feeds a new mapping ---------------------------------------------

USER = 42


async def answer_all(chat: Conversation, replies: list[ConversationReply],
                     plan: Mapping[str, Answer]) -> list[ConversationReply]:
    """Answer every question the conversation asks from `plan`, to the end."""
    given: dict[str, int] = {}
    for _ in range(300):
        asked = [r for r in replies if isinstance(r, Question)]
        if not asked or any(isinstance(r, SummaryReply) and r.final for r in replies):
            return replies
        question = asked[-1]
        inputs = plan[question.step_id].inputs
        n = given.get(question.step_id, 0)
        given[question.step_id] = n + 1
        item = inputs[min(n, len(inputs) - 1)]
        if isinstance(item, Pick):
            item = Pick(item.value, question.nonce)
        replies = await chat.handle(USER, Text(item) if isinstance(item, str) else item)
    raise AssertionError("the conversation did not finish")


async def start(chat: Conversation, flow_id: str, label: str) -> list[ConversationReply]:
    await chat.handle(USER, Command("new", flow_id))
    return await chat.handle(USER, Text(label))


def test_carried_answers_are_the_shared_danger_steps(flows: Mapping[str, Flow]) -> None:
    harm = walk_case(flows["harm_matrix"]).draft
    carried = carried_answers(flows["harm_matrix"], harm.answers, flows["mapping"]).answers
    assert sorted(carried) == sorted([*(
        f"{name}_{k}" for k in (1, 2)
        for name in ("danger_who", "danger_behaviour", "danger_impact", "danger_statement",
                     "danger_another")), "worst_harm", "harm_pattern", "harm_impact",
        "author", "network"])
    assert carried["worst_harm"] == harm.answers["harm_worst_1"]  # the first worry's
    assert carried["harm_impact"] == harm.answers["harm_impact_1"]
    assert carried["danger_statement_1"] == harm.answers["danger_statement_1"]
    assert carried["danger_another_2"] == "no"


async def test_a_new_mapping_brings_in_a_finished_harm_matrix(
        store: Store, flows: Mapping[str, Flow]) -> None:
    chat = Conversation(store, flows)
    await answer_all(chat, await start(chat, "harm_matrix", "KD-3"), HARM_MATRIX)
    finished = (await store.list_drafts(USER, status="completed"))[0]
    harm = await store.load_draft(USER, finished.id)
    assert harm is not None
    assert harm.status == "completed"

    replies = await start(chat, "mapping", "kd-3")
    assert any(isinstance(r, Notice) and "Harm Matrix" in r.text for r in replies)
    draft = await chat.active(USER)
    assert draft is not None
    assert draft.answers["danger_statement_2"] == harm.answers["danger_statement_2"]

    plan = {k: v for k, v in MAPPING.items() if not k.startswith("danger_")}
    keep = Answer(Command("skip"))
    plan |= {f"{name}_{k}": keep for k in (1, 2) for name in (
        "danger_who", "danger_behaviour", "danger_impact", "danger_statement", "danger_another")}
    plan |= {k: v for k, v in MAPPING.items() if k.startswith("danger_scale")}
    replies = await answer_all(chat, replies, plan)
    summary = next(r.summary for r in replies if isinstance(r, SummaryReply))
    worried = entries(summary, "worried")
    assert worried["danger_statement_1"] == harm.answers["danger_statement_1"]
    assert worried["danger_statement_2"] == harm.answers["danger_statement_2"]


async def test_another_label_or_an_unfinished_matrix_brings_nothing(
        store: Store, flows: Mapping[str, Flow]) -> None:
    chat = Conversation(store, flows)
    await start(chat, "harm_matrix", "ZZ-1")  # left unfinished
    replies = await start(chat, "mapping", "ZZ-1")
    # said to be unfinished, not brought in (tests/test_walk_thirtyfirst_b.py)
    assert not any(isinstance(r, Notice) and "brought in your answers" in r.text
                   for r in replies)
    draft = await chat.active(USER)
    assert draft is not None
    assert draft.answers == {}


@pytest.mark.parametrize(("share_ok", "not_told", "handed_on"), [
    ("all", "nobody", True),
    ("all", "Dad, until T says it's alright", False),  # all of it, but not for dad
    ("some", "nobody", False),
    ("not_yet", "nobody", False),
])
def test_the_childs_words_go_to_a_mapping_only_as_far_as_the_child_agreed(
        flows: Mapping[str, Flow], share_ok: str, not_told: str, handed_on: bool) -> None:
    houses = walk_case(flows["three_houses"]).draft
    houses.answers["share_ok"], houses.answers["not_told"] = share_ok, not_told
    carried = carried_answers(flows["three_houses"], houses.answers, flows["mapping"])
    words = {"house_worries", "house_good", "house_dreams"}
    assert (set(carried.answers) >= words) is handed_on
    assert not handed_on or carried.answers["house_worries"] == houses.answers["house_worries"]
    assert carried.withheld == (0 if handed_on else 3)


@pytest.mark.parametrize(("written", "message"), [
    ("share_ok == 'all' and not named(told)", "condition refers to 'told'"),
    ("share_ok = 'all'", "cannot read condition"),
])
def test_a_sharing_condition_that_cannot_be_read_names_its_file_line_and_field(
        tmp_path: Path, written: str, message: str) -> None:
    spec = flow_spec(section("s", choice("share_ok", "all", "some"), text("words")),
                     shares_child_words_when=written)
    path = write_flow(tmp_path, spec)
    with pytest.raises(FlowError) as caught:
        load_flows([path])
    problem = caught.value.problems[0]
    assert (problem.file, problem.field) == (str(path), "shares_child_words_when")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert problem.line == 1 + next(n for n, line in enumerate(lines)
                                    if line.startswith("shares_child_words_when:"))
    assert message in problem.message


def test_takes_from_must_name_a_flow(tmp_path: Path) -> None:
    path = write_flow(tmp_path, flow_spec(section("s", text("a")), takes_from=["nowhere"]))
    with pytest.raises(FlowError, match="no flow 'nowhere' to take from"):
        load_flows([path])
