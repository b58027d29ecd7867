"""Realistic summaries for the export tests, made by answering flows through the real engine.

The safety mapping is the built-in `flows/mapping.yaml`, answered the way a practitioner
would (steps added to it later get `builders.auto_input`'s answers); the three houses are a
small flow written here, all in the child's own words.
"""

from __future__ import annotations

from pathlib import Path

from builders import ACCEPT, DONE, Answer, build_flow, list_step, section, text, walk_through

from flows.flow import Flow
from flows.loader import load_flows
from flows.replies import Command, Pick
from flows.summary import Summary, build_summary

HOSTILE = "<script>alert(1)</script> & <b>"
LONG_WORD = "SafetyPlanDraftVersion3FinalReviewedByTeamManagerAndIndependentReviewingOfficer"
UPDATED_AT = 1_795_600_000.0  # 25 Nov 2026, 08:26 UTC

MAPPING_PLAN: dict[str, Answer] = {
    "purpose": Answer(Pick("conference")),
    "meeting_date": Answer("Tuesday 8 December, 10am"),
    "author": Answer("LM, social worker"),
    "network": Answer("T (7), mum (S), mum's partner (R), maternal nan, class teacher"),
    "views_missing": Answer("R has not met us yet."),
    "next_review": Answer("Core group in six weeks"),
    "house_worries": Answer(DONE),
    "house_good": Answer(DONE),
    "house_dreams": Answer(DONE),
    "child_view_how": Answer("Not yet: T is seeing the social worker at school next week."),
    "harm_happened": Answer(Pick("yes")),
    "worst_harm": Answer("In March R pushed mum against the kitchen door while T watched "
                         f"from the stairs. {HOSTILE}"),
    "recent_harm": Answer("Last Friday T arrived at school without breakfast and said nobody "
                          "was up when she left."),
    "harm_pattern": Answer("About once a month since last summer; less often since mum's new "
                           "job."),
    "harm_impact": Answer('T wets the bed after arguments and told her teacher "I keep my '
                          'shoes on at night in case we have to go".'),
    "danger_who_1": Answer("The social worker, the school and T's nan"),
    "danger_behaviour_1": Answer("R shouts at and hits mum, often in front of T"),
    "danger_impact_1": Answer("T could be hurt when she tries to protect mum, and will keep "
                              "living in fear at home"),
    "danger_statement_1": ACCEPT,
    "family_view_1": Answer('Mum agrees R drinks too much but says "he\'d never touch T".'),
    "goal_doing_1": Answer("R will leave the flat and ring his worker whenever he feels "
                           "himself getting angry, and will go to the behaviour change group"),
    "goal_child_1": Answer("T will go to sleep knowing the house will be calm and that mum is "
                           "safe"),
    "goal_how_long_1": Answer("six months"),
    "safety_goal_1": ACCEPT,
    "danger_scale_1": Answer(Pick("3")),
    "danger_scale_why_1": Answer("3, not 2, because R has stayed at his brother's each time "
                                 "he felt angry this month."),
    "danger_scale_others_1": Answer("Mum: 8", "Health visitor: 4", DONE),
    "danger_another_1": Answer(Pick("yes")),
    "danger_who_2": Answer("The school and the health visitor"),
    "danger_behaviour_2": Answer("Nobody gets T up or gives her breakfast on the days mum "
                                 "works early shifts"),
    "danger_impact_2": Answer("T will keep missing the start of school and go hungry until "
                              "lunch"),
    "danger_statement_2": ACCEPT,
    "family_view_2": Answer(Command("skip")),
    "goal_doing_2": Answer("Mum and nan will agree who gets T up and fed on each early-shift "
                           "day"),
    "goal_child_2": Answer(Command("skip")),
    "goal_how_long_2": Answer("the rest of the school year"),
    "safety_goal_2": ACCEPT,
    "danger_scale_2": Answer(Pick("6")),
    "danger_scale_why_2": Answer(Command("skip")),
    "danger_scale_others_2": Answer(DONE),
    "danger_another_2": Answer(Pick("no")),
    "complicating": Answer("The family moved three times this year, so no GP knows them well.",
                           "Mum works early shifts at short notice.", DONE),
    "strengths": Answer("Mum walks T to school most mornings; attendance this term is 94%.",
                        "Nan has T every Saturday and T says she loves it there.",
                        "T reads well above her age and is proud of it.", DONE),
    "existing_safety": Answer("Three times since May, when R came home angry, mum took T to "
                              "her sister's for the night.", f"School log {LONG_WORD}.", DONE),
    "trusted_adults": Answer("Maternal aunt: has T to stay whenever R turns up unexpectedly.",
                             "Nan: visits every Wednesday after school.", DONE),
    "plan_working": Answer("T tells her teacher each Monday how the weekend was."),
    "next_steps": Answer("Social worker will meet mum and her sister by Friday to start a "
                         "safety plan.", "School will tell the social worker the same day "
                         "if T arrives hungry or upset.", DONE),
    "first_sign": Answer("R tells us himself about a time he felt angry and what he "
                         "did instead."),
    "grey_areas": Answer("We don't know whether R still has a key to the flat.", DONE),
    "safety_scale": Answer(Pick("4")),
    "safety_scale_why": Answer("4, not 3, because R has moved to his brother's. A 5 "
                               "would be a month with no police call-outs."),
    "safety_scale_parent_1": Answer(Pick("7")),
    "safety_scale_parent_2": Answer(Command("skip")),
    "safety_scale_others": Answer("School: 5", DONE),
}

HOUSES_PLAN: dict[str, Answer] = {
    "worries": Answer("When R shouts I hide in the wardrobe with Bunny.", HOSTILE, DONE),
    "good": Answer("Nan's house because she makes pancakes.", "My teacher Miss K.", DONE),
    "dream": Answer("I want mum and me to live somewhere with no shouting and a dog."),
    "worker_note": Answer("T drew the house of dreams first and chose a purple pen."),
    "happy": Answer(Pick("2")),
}


def summary_of(flow: Flow, plan: dict[str, Answer], *, label: str = "TB-7",
               updated_at: float = UPDATED_AT) -> Summary:
    """Answer the flow to the end from `plan` and summarise the finished draft."""
    chat = walk_through(flow, plan)
    draft = chat.draft.copy()
    draft.label, draft.updated_at = label, updated_at
    return build_summary(flow, draft)


def mapping_summary(*, label: str = "TB-7") -> Summary:
    """The full safety mapping: two danger statements, scales, hostile text and a long word."""
    return summary_of(load_flows()["mapping"], MAPPING_PLAN, label=label)


def houses_flow(folder: Path) -> Flow:
    """A short three-houses flow: the child's words per house, then a 1 to 5 scale."""
    return build_flow(
        folder,
        section("worries", list_step("worries", voice="child", title="What the child said"),
                title="The child's worries", column="worried"),
        section("good", list_step("good", voice="child", title="What the child said"),
                title="The child's good things", column="working_well"),
        section("dreams", text("dream", voice="child", title="What the child said"),
                text("worker_note", title="Worker's note", required=False),
                title="The child's dreams", column="needs_to_happen"),
        section("feeling", {"id": "happy", "type": "scale", "title": "How happy at home",
                            "ask": "How happy?", "help": "1 to 5."},
                title="How the child feels"),
        id="houses", version=2, title="Three houses (test copy)",
        columns={"worried": "House of Worries", "working_well": "House of Good Things",
                 "needs_to_happen": "House of Dreams"},
        scale={"min": 1, "max": 5, "low": "Very unhappy at home",
               "high": "Very happy at home"},
    )


def houses_summary(folder: Path, *, label: str = "TB-7") -> Summary:
    return summary_of(houses_flow(folder), HOUSES_PLAN, label=label)
