"""The twentieth walk: a school's designated safeguarding lead mapping neglect of a
9-year-old, a hospital midwife reflecting before a pre-birth referral, an early help worker
completing Signs of Wellbeing with a 14-year-old who cares for his mum, a youth worker
mapping a 15-year-old who goes missing from a park where older men gather, and a social
worker coming back to an interrupted Harm Matrix. Each test failed on the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import EngineChat

from flows.answers import display
from flows.checks.process import process_only
from flows.checks.words import Term, WordList
from flows.loader import load_flows
from flows.nudges import nudger, plain_language
from flows.replies import Nudge
from flows.summary import View, build_summary
from tests.test_console import chat, script
from tests.test_telegram_handlers import PARTNER, Bot, a_partner_on_a_mapping, bot, texts_to
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


@pytest.mark.parametrize(("typed", "views"), [
    ("mum: 6, school nurse 4, LW said 3 on the faces",
     [View("mum", 6), View("school nurse", 4), View("LW", 3, "on the faces")]),
    ("police 2, school: 3", [View("police", 2), View("school", 3)]),
    ("mum: 6, she is calmer, school 4", [View("mum", 6, "she is calmer"), View("school", 4)]),
    ("Dad: 6, last time 3", [View("Dad", 6, "last time 3")]),
    # The review of this pass: a number said before what it counts is no one's score.
    ("GP said 10 days ago she was fine", [View("GP said 10 days ago she was fine", None)]),
    ("She said 3 times she was scared", [View("She said 3 times she was scared", None)]),
    ("Mum 5, the school said 3 times she was late",
     [View("Mum", 5, "the school said 3 times she was late")]),
    ("Dad 7, nan gave 2 reasons", [View("Dad", 7, "nan gave 2 reasons")])])
def test_each_persons_number_typed_some_with_a_colon_and_some_without_is_read_person_by_person(
        typed: str, views: list[View]) -> None:
    """A designated safeguarding lead typed "mum: 6, school nurse 4, LW said 3 on the faces"
    for each person's number. The summary printed "mum: 6 (school nurse 4, LW said 3 on the
    faces)": the nurse's and the child's numbers read as mum's reason. A youth worker's
    "police 2, school: 3" was printed as one line with no number at all."""
    chat = reach(FLOWS["mapping"], "danger_scale_others_1")
    chat.send(typed)
    (scale,) = build_summary(FLOWS["mapping"], chat.draft).groups[0].scales
    assert list(scale.views) == views


@pytest.mark.parametrize("step", [
    "young carers worker: refer to young carers group by 18 dec",
    "GP: review mums meds next week",
    "SH: ask adult social care for a care needs assessment for mum by fri 11th dec"])
def test_a_next_step_sent_as_who_colon_what_by_when_is_not_asked_what_happened(step: str) -> None:
    """Asked for next steps "as who will do what, by when", an early help worker sent
    "young carers worker: refer to young carers group by 18 dec" and was told it "says what
    the services did, but not yet what it meant for the child"."""
    assert nudger()("plain_language", step) is None


def test_a_step_of_the_services_with_a_colon_and_no_time_is_still_asked_about() -> None:
    assert nudger()("plain_language", "social worker: plan reviewed") is not None


@pytest.mark.parametrize("step", ["CIN: visits to continue weekly",
                                  "LA: case to remain open for 3 months"])
def test_a_plans_short_name_before_a_colon_is_nobody_who_will_do_the_step(step: str) -> None:
    """A plan's or the council's short name before the colon ("CIN:", "LA:") is no one who
    will do the step (the review of this pass): the services' own process, read as it is
    without the colon."""
    without = step.replace(":", "")
    assert process_only(step, step) == [(0, len(step))]
    assert process_only(without, without) == [(0, len(without))]


@pytest.mark.parametrize("safety", [
    "when there was no food nan brought a shop round",
    "When the fridge was empty, nan brought food round",
    "when mum didnt get up nan took LW to school",
    "twice she went to the park at midnight, found him and brought him home"])
def test_someone_stepping_in_when_a_childs_needs_went_unmet_or_at_night_is_existing_safety(
        safety: str) -> None:
    """A designated safeguarding lead put "when there was no food nan brought a shop round"
    under existing safety in a neglect mapping, and a youth worker put "twice she went to the
    park at midnight, found him and brought him home" (nearly the question's own example).
    Each was told it "sounds like a real strength" and asked for a time someone stepped in."""
    assert nudger()("safety_action", safety) is None


@pytest.mark.parametrize("strength", ["every day at 8am nan walks her to school",
                                      "Nan brings food round on Sundays"])
def test_a_strength_with_no_danger_in_it_is_still_asked_about_as_safety(strength: str) -> None:
    assert nudger()("safety_action", strength) is not None


@pytest.mark.parametrize("typed", [
    "3 would be S moving out while he does the DA course", "dad is on a DV programme",
    "mum has a DA worker now"])
def test_a_course_or_worker_named_by_its_short_form_is_asked_what_it_stands_for(
        typed: str) -> None:
    """A social worker's reason for her number ended "while he does the DA course", and she
    was asked "What happened between the adults, and where was the child?": a question about
    an incident, for the name of a course."""
    said = nudger()("plain_language", typed)
    assert said is not None
    assert "between the adults" not in said
    assert "what each adult did" not in said
    assert '"domestic abuse" in full' in said
    assert said.endswith("Written out, it reads plainly to the family and to anyone reading "
                         "this later.")


@pytest.mark.parametrize("typed", ["DA between the parents last night", "dv in the home"])
def test_the_short_form_for_what_happened_is_still_asked_what_happened(typed: str) -> None:
    said = nudger()("plain_language", typed)
    assert said is not None
    assert "adult" in said


@pytest.mark.parametrize("typed", ["idk", "IDK", "not asked", "hasnt been asked yet",
                                   "no clue", "i dont know"])
def test_not_knowing_someones_number_as_typed_on_a_phone_points_to_skip(typed: str) -> None:
    """Asked for the number the child gave, a designated safeguarding lead typed "idk" and
    was told only "Please send one whole number from 0 to 10", as if she had typed a word
    the bot could not read, on a question she could leave out."""
    flow = FLOWS["mapping"]
    step = flow.step("safety_scale_child")
    value, problem = step.kind.parse(flow, step, typed)
    assert value is None
    assert problem is not None
    assert problem.startswith("If you can't give a number yet, /skip leaves this one out.")


def test_a_midwife_reflecting_before_a_baby_is_born_can_say_so_and_is_not_told_tonight() -> None:
    """A hospital midwife reflecting on a mother using crack and heroin at 36 weeks was
    asked "is the child safe to go home today?", had no answer that fitted an unborn baby,
    typed "idk", and her summary opened "The child may not be safe tonight"."""
    chat = EngineChat(FLOWS["reflection"], nudger=nudger())
    chat.start()
    chat.send("Health")
    chat.send("Mum, 36 weeks pregnant, told me on 2 Dec she uses crack and heroin most days")
    chat.send("baby not born yet")
    assert chat.draft.answers["safe_today"] == "unborn"
    assert chat.asked == "family_knows"
    summary = build_summary(FLOWS["reflection"], chat.draft)
    assert not summary.alerts
    assert ("Safe to go home today", "The baby is not born yet") in [
        (e.title, e.text) for e in summary.record]


def test_the_safeguarding_hub_named_in_a_plan_is_not_asked_about_as_if_already_rung() -> None:
    """A midwife's next step "i will ring MASH today" was asked "Could you say which team
    you contacted?": she had not rung them yet."""
    said = nudger()("plain_language", "i will ring MASH today and tell the safeguarding midwife")
    assert said is not None
    assert "contacted" not in said
    assert "which team this is" in said


@pytest.mark.parametrize("command", ["/use", "/skip", "/keep"])
def test_a_command_typed_at_the_drafts_menu_saves_nothing_into_the_draft(
        tmp_path: Path, command: str) -> None:
    """Back at `sosbot chat` after hours, a social worker saw the drafts menu, read "Next
    question: Here is a danger statement built from your answers" and typed /use: the
    statement she had not seen this sitting was saved, and the next question asked."""
    db = tmp_path / "sosbot.db"
    plan = {"worst_harm": "On 14 Nov S threw a mug at mum; it smashed by PC's head",
            "danger_who_1": "The school and the police"}
    typed = [t.line for t in script(FLOWS, "mapping", **plan)]
    ask = [t.step_id for t in script(FLOWS, "mapping", **plan)].index("danger_statement_1")
    chat(db, "LW9", *typed[:ask], flow="mapping")
    back = chat(db, command, "1", "/review")
    assert f"Nothing is open yet, so {command} has nothing to act on." in back.stdout
    review = back.stdout.rsplit("Type /edit N", 1)[0]
    assert "Danger statement:" not in review
    assert "Draft, not finished" not in review


def test_starting_the_partners_tool_at_the_terminal_says_how_it_is_answered(
        tmp_path: Path) -> None:
    """`sosbot flows list` shows "contribution", and a designated safeguarding lead ran
    `sosbot chat --flow contribution` to add the school's view: she was told "I don't know
    that tool", though the list had just shown it."""
    result = chat(tmp_path / "sosbot.db", flow="contribution")
    said = result.stdout + result.stderr  # piped answers: refused before any is read
    assert "I don't know that tool" not in said
    assert ("Partner's contribution is what a partner answers in Telegram, through the link a "
            "lead sends") in said


def test_under_the_influence_said_with_what_showed_it_is_not_asked_about() -> None:
    """A designated safeguarding lead wrote "mum was under the influence at pick up on 2 dec,
    slurring and unsteady" and was asked "Who is worried, and what did they see or hear?":
    she had said both."""
    assert nudger()("plain_language", "mum was under the influence at pick up on 2 dec, "
                    "slurring and unsteady") is None


@pytest.mark.parametrize("typed", ["Dad appeared to be under the influence at contact.",
                                   "dad was under the influence when he collected the kids"])
def test_under_the_influence_alone_is_asked_what_showed_it(typed: str) -> None:
    said = nudger()("plain_language", typed)
    assert said is not None
    assert "Under the influence of what, and what did you see, hear or smell" in said


def test_poor_attendance_is_asked_about_the_days_missed_not_who_minded_the_child() -> None:
    """"poor school attendance" was asked "Who was looking after the child, and what
    happened?", a question about supervision."""
    said = nudger()("plain_language", "poor school attendance")
    assert said is not None
    assert "Who was looking after" not in said
    assert "Which days or lessons were missed" in said


@pytest.mark.parametrize(("typed", "meant"), [("yes 👍", "yes"), ("👍", "yes"), ("👍🏽", "yes"),
                                              ("no 👎", "no"), ("yeah 🙂", "yes"),
                                              ("yes 👎", None), ("😊", None),
                                              ("👍👎", None), ("👎 👌", None)])
def test_a_yes_or_no_sent_with_an_emoji_is_that_yes_or_no(typed: str, meant: str | None) -> None:
    """Asked whether the family had agreed to early help, an early help worker sent
    "yes 👍" from her phone and was told "Please answer yes or no."."""
    flow = FLOWS["wellbeing"]
    step = flow.step("consent")
    assert step.kind.parse(flow, step, typed)[0] == meant


@pytest.mark.parametrize(("step", "typed", "said"), [
    ("harm_accepted_1", "partly, he says he loses it",
     'It starts with the option "Partly", but only an option can be saved here. Send the '
     'option on its own, and put the rest ("he says he loses it") in an answer where it fits.'),
    ("harm_likely_1", "Likely - he's done it 3 times since Sept",
     'It starts with the option "Likely", but only an option can be saved here. Send the '
     'option on its own, and put the rest ("he\'s done it 3 times since Sept") in an answer '
     "where it fits."),
    ("harm_likely_1", "likely, actually very likely",
     'That names two options, "Likely" and then "Very likely". Please send just the one you '
     "mean.")])
def test_an_option_typed_with_more_after_it_is_named_back(step: str, typed: str,
                                                          said: str) -> None:
    """Back at her Harm Matrix after hours, a social worker typed "partly, he says he loses
    it", and then "likely, actually very likely", and each time was told only "I couldn't
    match that to one of the options", though each began with one."""
    flow = FLOWS["harm_matrix"]
    value, problem = flow.step(step).kind.parse(flow, flow.step(step), typed)
    assert value is None
    assert problem == said


@pytest.mark.parametrize("typed", ["none", "None of them", "no", "nothing noticed"])
def test_none_typed_where_the_question_says_choose_all_that_fit_or_none_is_that_answer(
        typed: str) -> None:
    """Asked "Has anyone noticed any of these? Choose all that fit, or none.", a personal
    adviser typed "none" and was told "I couldn't match that to one of the options"."""
    chat = reach(FLOWS["success"], "outside_signs")
    chat.send(typed)
    assert chat.draft.answers["outside_signs"] == []
    assert chat.asked != "outside_signs"
    assert "try_contextual" not in chat.draft.answers
    assert display(FLOWS["success"].step("outside_signs"), []) == "none of these"


def test_every_question_whose_answer_is_quoted_as_the_childs_words_says_so_as_it_asks() -> None:
    """A personal adviser answered Signs of Success's "What worries them about the future?"
    with "money. he's never had a bank acct", and the summary printed it in quotation marks
    as the young person's own words. Only the help, behind /help, said the answer would be
    theirs; the questions of the mapping and My Three Houses say it as they ask."""
    unsaid = [(flow.id, step.id) for flow in FLOWS.values() for step in flow.steps
              if step.spec.voice == "child" and step.is_question
              and not any(w in step.spec.ask for w in ("their own words", "their exact words",
                                                       "Their exact words", "only their words"))]
    assert unsaid == []


async def test_a_partner_opening_a_link_is_told_the_bot_is_not_an_official_product(
        bot: Bot) -> None:
    """A designated safeguarding lead opened a colleague's link to add the school's view and
    was welcomed with the case label and her colleague's name only: nothing said what the bot
    was, or that it is not an official Signs of Safety product, as members are told."""
    await a_partner_on_a_mapping(bot)
    welcome = "".join(texts_to(bot, PARTNER))
    assert "based on the Signs of Safety framework" in welcome
    assert "not an official Signs of Safety product" in welcome


@pytest.mark.parametrize("first", [
    "on 27 nov she came in wet from walking alone in the rain, every time he",
    "mum said she finds the bottles every time he"])
def test_an_answer_cut_off_after_he_waits_for_the_rest(first: str) -> None:
    """A designated safeguarding lead sent "... every time he" and then "was drinking" as
    a second message: the first half was saved as the worst time, and the rest as the most
    recent time."""
    chat = reach(FLOWS["mapping"], "worst_harm")
    chat.send(first)
    assert "worst_harm" not in chat.draft.answers
    chat.send("was drinking")
    assert chat.draft.answers["worst_harm"] == f"{first} was drinking"
    assert "recent_harm" not in chat.draft.answers


# The review of the twentieth pass: an answer ending "since" is as often whole ("there have
# been no incidents since") as cut off, and held, the next question's answer was joined to it.
@pytest.mark.parametrize("whole", ["she has been quiet ever since", "so did she",
                                   "Nan shouted and so did we", "taller than he",
                                   "Dad has not come round since",
                                   "He moved out in June and has not been back since",
                                   "Dad went to the course and so will she",
                                   "Mum will stop drinking and so should he"])
def test_an_answer_that_ends_on_a_pronoun_or_since_as_answers_do_is_not_held(
        whole: str) -> None:
    # (at the most recent time: the worst time asks "Dad has not come round since", which
    # tells only of the adult, what it did to the child, since the fifty-fourth pass)
    chat = reach(FLOWS["mapping"], "recent_harm")
    chat.send(whole)
    assert chat.draft.answers["recent_harm"] == whole


def test_an_adult_alone_ending_on_since_is_asked_about_the_child_not_held_as_cut_off() -> None:
    """Nothing of the child in it, the worst time is asked what it did to the child; kept,
    it is saved whole, never held as the start of a longer answer."""
    chat = reach(FLOWS["mapping"], "worst_harm")
    chat.send("Dad has not come round since")
    [nudge] = [r for r in chat.replies if isinstance(r, Nudge)]
    assert nudge.kind == "what_it_did_to_the_child"
    assert "not yet what it has done to the child" in nudge.text
    chat.command("keep")
    assert chat.draft.answers["worst_harm"] == "Dad has not come round since"


def test_a_list_item_sent_in_two_messages_is_kept_as_one_item() -> None:
    """A youth worker listing what mum had done to protect a 15-year-old sent "mum rang 101
    every time he" and then "didnt come home": the list held two items, the first cut off
    mid-sentence and asked about as a strength."""
    chat = reach(FLOWS["contextual"], "home_safety")
    chat.send("mum rang 101 every time he")
    assert not [r for r in chat.replies if isinstance(r, Nudge) and "strength" in r.text]
    chat.send("didnt come home")
    chat.send("twice she went out at midnight and")
    chat.command("keep")  # kept as it is, once asked
    assert chat.draft.answers["home_safety"] == [
        "mum rang 101 every time he didnt come home", "twice she went out at midnight and"]
    assert chat.asked == "home_safety"


def test_a_council_term_starting_with_i_is_asked_about_as_wording_not_as_a_short_form(
        ) -> None:
    """The review of this pass: a council's term whose first word is "I" ("I think") was
    asked about as a short form to write out in full, since "I" is a capital."""
    council = WordList(mode="add", terms=[Term(term="I think", question="What did you see?")])
    said = plain_language("I think the family are ok", council)
    assert said is not None
    assert "A few words about what was actually seen" in said
    assert "Written out" not in said
