"""The nineteenth walk: a police officer adding to a colleague's mapping after a night-time
call-out, a social worker mapping for a 15-year-old exploited through county lines, a family
support worker recording a 6-year-old's three houses, a team manager preparing supervision on
a case stuck at the same number, and a health visitor's pre-birth Harm Matrix. Each test
failed on the code as it was."""

from __future__ import annotations

import pytest
from builders import EngineChat

from flows.loader import load_flows
from flows.nudges import nudger
from flows.render import suggest, that_clause
from flows.replies import Nudge
from flows.summary import View, build_summary
from flows.walk import walk
from tests.test_telegram_handlers import Bot, bot, start_reflection
from tests.test_walk_seventeenth import parsed, reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


def answered(flow_id: str, answers: list[str]) -> EngineChat:
    chat = EngineChat(FLOWS[flow_id], nudger=nudger())
    chat.start()
    for answer in answers:
        chat.send(answer)
    return chat


REFLECTION = ["School", "Saw a bruise on her arm this morning"]


@pytest.mark.parametrize("same", ["same as before", "Same.", "no change", "still the same",
                                  "as before", "leave it as it is", "unchanged"])
def test_same_as_before_back_at_an_answer_keeps_it(same: str) -> None:
    """Coming back to a question after lunch, a team manager typed "same as before" to
    keep what she had written: the summary then read "What worries you: same as before",
    and her answer was gone."""
    chat = answered("reflection", REFLECTION)
    chat.command("back")
    assert chat.question.current_answer == "Saw a bruise on her arm this morning"
    chat.send(same)
    assert chat.draft.answers["what_happened"] == "Saw a bruise on her arm this morning"
    assert chat.asked == "safe_today"
    assert chat.notices("saved") == [
        'I\'ve kept your answer as it was: "Saw a bruise on her arm this morning" (/back to '
        "change it)."]


def test_same_at_a_question_not_yet_answered_is_an_answer_like_any_other() -> None:
    chat = answered("reflection", ["School"])
    chat.send("same")
    chat.command("keep")  # asked about once (the 24th walk): the summary has no "above"
    assert chat.draft.answers["what_happened"] == "same"


def test_same_as_before_to_a_reminder_keeps_the_answer_it_held() -> None:
    """"same as before" typed under a reminder was taken as a new line for the next
    question, and the bot asked where it went."""
    chat = reach(FLOWS["mapping"], "worst_harm")
    chat.send("Police found JD in a trap house in Ipswich on 28 Nov with 30 wraps of crack")
    assert any(isinstance(r, Nudge) for r in chat.replies)
    chat.send("same as before")
    assert chat.draft.answers["worst_harm"].startswith("Police found JD in a trap house")
    assert chat.asked == "recent_harm"


@pytest.mark.parametrize(("typed", "meant"), [
    ("mum said 5", 5), ("Mum said a 5", 5), ("she put it at 6", 6), ("mum thinks 4", 4),
    ("dad: 6", 6), ("she'd say 4", 4), ("JD said seven", 7), ("mum said 5 or 6", None),
    ("mum said she's not sure", None)])
def test_someone_elses_number_typed_with_who_gave_it_is_that_number(
        typed: str, meant: int | None) -> None:
    """Asked "What number does the parent the child mainly lives with give?", a social
    worker typed "mum said 5" and was told "Please send one whole number from 0 to 10"; she
    skipped it, and the record read "No number yet from: Parent or carer the child lives
    with"."""
    assert parsed("mapping", "safety_scale_parent_1", typed) == meant
    # the child's own number takes "she put it at 6", never mum's or dad's (tests/
    # test_walk_thirtyfirst_b.py)
    assert parsed("mapping", "safety_scale_child", typed) == (
        meant if typed.startswith(("she", "JD")) else None)


def test_the_workers_own_number_is_not_taken_from_what_someone_else_said() -> None:
    assert parsed("mapping", "safety_scale", "mum said 5") is None


@pytest.mark.parametrize(("typed", "views"), [
    ("mum 6 JD 8 school 3 police 2",
     [View("mum", 6), View("JD", 8), View("school", 3), View("police", 2)]),
    ("school three, police two, YOT 4 as he's engaging",
     [View("school", 3), View("police", 2), View("YOT", 4, "as he's engaging")]),
    ("mum 5 dad 8 because he has stopped drinking",
     [View("mum", 5), View("dad", 8, "because he has stopped drinking")]),
    ("Dad 6 last week 3 nan 7", [View("Dad 6 last week 3 nan 7", None)])])
def test_each_persons_number_typed_without_commas_or_in_words_is_read_person_by_person(
        typed: str, views: list[View]) -> None:
    """Asked for each person's number for the worry, a social worker typed "mum 6 JD 8
    school 3 police 2": the summary printed the line as one person's name with no number.
    "school three, police two" was kept whole the same way."""
    chat = reach(FLOWS["mapping"], "danger_scale_others_1")
    chat.send(typed)
    if any(isinstance(r, Nudge) for r in chat.replies):  # "engaging"
        chat.command("keep")
    (scale,) = build_summary(FLOWS["mapping"], chat.draft).groups[0].scales
    assert list(scale.views) == views


@pytest.mark.parametrize(("who", "drafted"), [
    ("me, school, police, YOT", "I, the school, the police and YOT are"),
    ("midwife, HV, LD nurse", "The midwife, HV and LD nurse are"),
    ("school, police", "The school and the police are"),
    ("the school, nan and me", "The school, nan and I are"),
    ("me and the SW, school", "The SW, the school and I are")])
def test_who_is_worried_as_a_list_reads_as_a_sentence(who: str, drafted: str) -> None:
    """"me, school, police, YOT" as who is worried drafted "I, school, police, YOT are
    worried that ...": only the first service took "the", and the list had no "and". A team
    manager's "me and the SW, school" drafted "The SW and the school and I are worried"."""
    flow = FLOWS["mapping"]
    answers = {"harm_happened": "no", "danger_who_1": who,
               "danger_behaviour_1": "Adults unknown to the family collect JD from the park",
               "danger_impact_1": "JD could be stabbed"}
    said = suggest(flow, flow.step("danger_statement_1"), walk(flow, answers))
    assert said is not None
    assert said.startswith(f"{drafted} worried that adults unknown to the family")


@pytest.mark.parametrize(("typed", "reads"), [
    ("Adults unknown to the family are collecting JD", "adults unknown to the family"),
    ("Older men give him drugs to sell", "older men give"),
    ("Two men in a car collect him", "two men in a car"),
    ("Sam hits the children", "Sam hits"), ("Ipswich dealers collect him", "Ipswich")])
def test_what_an_adult_does_opened_with_a_capital_reads_mid_sentence(typed: str,
                                                                     reads: str) -> None:
    """The drafted danger statement read "... are worried that Adults unknown to the family
    are collecting JD": the capital of the answer's first word was kept mid-sentence."""
    assert that_clause(typed).startswith(reads)


def test_a_word_kept_in_an_answer_is_not_asked_about_again_in_the_wording_drafted_from_it(
        ) -> None:
    """A social worker kept "YOT" in who is worried. Taking the drafted danger statement
    built from that answer with /use, she was asked about "YOT" again, and once more chose
    between her statement and the next line she had typed."""
    chat = reach(FLOWS["mapping"], "danger_who_1")
    chat.send("me, school, police, YOT")
    assert '"YOT"' in next(r.text for r in chat.replies if isinstance(r, Nudge))
    chat.command("keep")
    chat.send("Adults unknown to the family collect JD from the park and take him to sell drugs")
    chat.send("JD could be stabbed or arrested")
    assert chat.asked == "danger_statement_1"
    chat.command("accept")
    assert not any(isinstance(r, Nudge) for r in chat.replies)
    assert chat.draft.answers["danger_statement_1"].startswith("I, the school, the police and "
                                                               "YOT are worried")


def test_a_new_word_in_a_statement_of_ones_own_is_still_asked_about() -> None:
    chat = reach(FLOWS["mapping"], "danger_who_1")
    chat.send("me, school, police, YOT")
    chat.command("keep")
    chat.send("Adults unknown to the family collect JD from the park and take him to sell drugs")
    chat.send("JD could be stabbed or arrested")
    chat.send("YOT and I are worried about CCE: adults collect JD from the park to sell drugs "
              "and he could be stabbed")
    nudge = next(r.text for r in chat.replies if isinstance(r, Nudge))
    assert '"CCE"' in nudge


@pytest.mark.parametrize("safety", [
    "mum drove round the park at 11pm on 2 Dec and brought him home when he didnt answer his "
    "phone",
    "When JD wasn't home by 10, mum went out looking and found him at the shops",
    "Uncle P collected him from the station on Saturday when he rang saying older lads were "
    "following him"])
def test_a_parent_fetching_a_young_person_from_harm_outside_the_home_is_existing_safety(
        safety: str) -> None:
    """A social worker mapping for a 15-year-old exploited through county lines put "mum
    drove round the park at 11pm on 2 Dec and brought him home when he didn't answer his
    phone" under existing safety and was told it "sounds like a real strength": the signs
    of danger outside the home (not home, not answering, older lads) were not read."""
    chat = reach(FLOWS["mapping"], "existing_safety")
    chat.send(safety)
    assert not any(isinstance(r, Nudge) for r in chat.replies)
    assert chat.draft.answers["existing_safety"] == [safety]


def test_a_strength_of_a_young_person_is_still_asked_about_as_safety() -> None:
    chat = reach(FLOWS["mapping"], "existing_safety")
    chat.send("Mum takes him to football on Saturdays")
    assert any(isinstance(r, Nudge) for r in chat.replies)


HOUSES = ["nobody", "all"]


@pytest.mark.parametrize("who", ["everyone but daddy", "mum and nan, not dad",
                                 "anyone except her dad", "she didn't want daddy to see it"])
def test_a_child_who_leaves_someone_out_of_who_may_see_is_not_shared_as_all(who: str) -> None:
    """A family support worker recorded a 6-year-old's three houses: nobody named as not to
    be told, "Happy for all of it to be shared", and who may see it "everyone but daddy".
    No note asked her to check, and a mapping started under the same label took the child's
    words in, to be read at a conference daddy attends."""
    flow = FLOWS["three_houses"]
    chat = EngineChat(flow, nudger=nudger())
    chat.start()
    for line in [*HOUSES, who]:
        chat.send(line)
    assert any("named someone who should not be told" in n for n in chat.notices())
    assert flow.sharing is not None
    assert not flow.sharing.holds(walk(flow, chat.draft.answers).values.get)


@pytest.mark.parametrize("who", ["everyone", "mum, nan and the people at the meeting",
                                 "she did not say", "not sure"])
def test_who_may_see_it_that_leaves_no_one_out_shares_as_agreed(who: str) -> None:
    flow = FLOWS["three_houses"]
    chat = EngineChat(flow, nudger=nudger())
    chat.start()
    for line in [*HOUSES, who]:
        chat.send(line)
    assert not any("should not be told" in n for n in chat.notices())
    assert flow.sharing is not None
    assert flow.sharing.holds(walk(flow, chat.draft.answers).values.get)


@pytest.mark.parametrize(("typed", "meant"), [
    ("she drew and talked", "both"), ("drew and talked", "both"), ("she talked", "talked"),
    ("they drew", "drew"), ("she did both", None)])
def test_how_the_child_took_part_typed_in_her_own_order_is_that_option(
        typed: str, meant: str | None) -> None:
    """Asked how a 6-year-old took part, a family support worker typed "she drew and
    talked" and was told "I couldn't match that to one of the options" (the option reads
    "Talked and drew")."""
    assert parsed("three_houses", "took_part", typed) == meant


def test_who_did_it_aside_does_not_turn_a_no_into_a_yes() -> None:
    assert parsed("three_houses", "share_ok", "she agreed") is None


@pytest.mark.parametrize("needs", [
    "we need R to be part of the plan and a proper safety network, not just mum",
    "R needs to be part of the plan", "We need a proper safety network around the children"])
def test_what_needs_to_happen_is_not_asked_what_was_seen_or_heard(needs: str) -> None:
    """A team manager preparing supervision on a case stuck at 4 for months wrote under
    what needs to happen "we need R to be part of the plan and a proper safety network, not
    just mum", and was asked "What did you see or hear, who did what, and when?"; "R needs
    to be part of the plan" was told it "says what the services did"."""
    assert nudger()("plain_language", needs) is None
    chat = reach(FLOWS["supervision"], "needs")
    chat.send(needs)
    assert chat.draft.answers["needs"] == needs


def test_a_next_step_of_the_services_alone_is_still_asked_about() -> None:
    assert nudger()("plain_language", "Case to remain open for a further 3 months") is not None


def test_the_question_about_county_lines_wording_reads_as_a_sentence() -> None:
    """The reminder about "trap house" asked "What are adults making or paying the young
    person do, and who are they?"."""
    said = nudger()("plain_language", "Police found JD in a trap house in Ipswich on 28 Nov")
    assert said is not None
    assert "What are adults making the young person do, or paying them to do, and who are " \
        "they?" in said


def test_a_pre_birth_harm_matrix_can_leave_out_the_harm_not_yet_done() -> None:
    """A health visitor's pre-birth Harm Matrix for a mother with a learning disability:
    "What has this done to the child so far?", the worst time and the pattern each had to
    be answered for a baby not yet born, and the drafted statement said the harm was
    "likely to happen again"."""
    chat = reach(FLOWS["harm_matrix"], "harm_impact_1")
    for _ in range(3):
        chat.command("skip")
    assert chat.asked == "harm_history_1"
    assert not {"harm_impact_1", "harm_worst_1", "harm_frequency_1"} & {
        k for k, v in chat.draft.answers.items() if v}
    flow = FLOWS["harm_matrix"]
    answers = {**chat.draft.answers, "harm_likely_1": "likely",
               "danger_who_1": "The midwife and I",
               "danger_impact_1": "the baby could be underfed and become unwell"}
    said = suggest(flow, flow.step("danger_statement_1"), walk(flow, answers))
    assert said is not None
    assert "it is likely that it will happen, and the baby could be underfed" in said


def test_a_harm_already_done_is_still_likely_to_happen_again() -> None:
    flow = FLOWS["harm_matrix"]
    answers = {"danger_behaviour_1": "Mum leaves L alone at night",
               "harm_impact_1": "L was found crying in the street", "harm_likely_1": "likely",
               "danger_who_1": "The school", "danger_impact_1": "L could be hurt"}
    said = suggest(flow, flow.step("danger_statement_1"), walk(flow, answers))
    assert said is not None
    assert "it is likely that it will happen again, and L could be hurt" in said


def test_an_answer_sent_in_two_messages_is_kept_together() -> None:
    """On her phone a family support worker sent "dad will" and then, as a second message,
    "go for a walk when he feels angry instead of shouting at mum". The first was saved as
    what dad will do and the second as what the child will notice: the drafted wellbeing
    goal read "Dad will. Go for a walk when ..."."""
    chat = reach(FLOWS["wellbeing"], "goal_doing_1")
    chat.send("dad will")
    (held,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert held.text == ('Your answer stops at "dad will", as if there is more to come. Send '
                         "the rest and I'll add it on.")
    chat.send("go for a walk when he feels angry instead of shouting at mum")
    assert chat.draft.answers["goal_doing_1"] == ("dad will go for a walk when he feels angry "
                                                  "instead of shouting at mum")
    assert chat.asked == "goal_child_1"
    assert chat.notices("saved") == ["I've added that to the end of your answer."]


@pytest.mark.parametrize("then", ["/keep", ""])
def test_an_answer_that_stops_mid_sentence_can_still_be_kept_as_it_is(then: str) -> None:
    chat = reach(FLOWS["wellbeing"], "goal_doing_1")
    chat.send("dad will")
    if then:
        chat.command(then[1:])
    else:
        chat.send(then)
    assert chat.draft.answers["goal_doing_1"] == "dad will"
    assert chat.asked == "goal_child_1"


@pytest.mark.parametrize("whole", ["Dad will go for a walk when he is angry",
                                   "Nan and the school", "Something to look forward to",
                                   "Will"])
def test_an_answer_that_ends_as_answers_do_is_not_held(whole: str) -> None:
    chat = reach(FLOWS["wellbeing"], "goal_doing_1")
    chat.send(whole)
    assert not any(isinstance(r, Nudge) and r.kind == "unfinished" for r in chat.replies)


def test_a_childs_own_words_are_never_held_as_unfinished() -> None:
    chat = reach(FLOWS["contribution"], "child_said")
    chat.send("mummy and")
    assert chat.draft.answers["child_said"] == "mummy and"


def test_supervision_on_a_stuck_case_records_how_long_the_number_has_stayed() -> None:
    """A team manager bringing a case stuck at 4 for five months to group supervision had
    nowhere to say so beside the number: the summary she pasted into the case record showed
    "4" and the reasons for it, as if it were a first look. The record now opens with how
    the number has moved."""
    chat = reach(FLOWS["supervision"], "my_scale")
    chat.send("4 - R is back in the home and has not met us")
    assert chat.asked == "scale_moved"
    chat.send("4 since June. Weekly visits and a written agreement; R has not met us once.")
    record = build_summary(FLOWS["supervision"], chat.draft).record
    assert ("How the number has moved", "4 since June. Weekly visits and a written agreement; "
            "R has not met us once.") in [(e.title, e.text) for e in record]


def officer_at_the_childs_words() -> EngineChat:
    chat = reach(FLOWS["contribution"], "partner_scale")
    chat.send("2 as R will be out on bail in 24 hrs")
    assert chat.asked == "child_said"
    chat.send("and has 3 previous call outs to the address")
    return chat


def test_the_rest_of_a_reason_sent_as_a_second_message_is_not_saved_as_the_childs_words(
        ) -> None:
    """A police officer contributing to a colleague's mapping after a night call-out sent
    her number and reason, "2 as R will be out on bail in 24 hrs", then "and has 3 previous
    call outs to the address" as a second message. It landed on "Has the child said
    anything to you?" and the lead's summary quoted it as the child's own words."""
    chat = officer_at_the_childs_words()
    assert "child_said" not in chat.draft.answers
    (held,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert held.text == (
        'That starts with "and", as if it is the rest of your answer to "Why this number" ("as '
        'R will be out on bail in 24 hrs"). /back adds it to the end of that answer; /keep '
        "keeps it here, as your answer to this question.")
    chat.command("back")
    assert chat.draft.answers["partner_scale_why"] == ("as R will be out on bail in 24 hrs and "
                                                       "has 3 previous call outs to the address")
    assert chat.asked == "child_said"
    assert "child_said" not in chat.draft.answers


def test_a_line_starting_with_and_can_be_kept_where_it_was_typed() -> None:
    chat = officer_at_the_childs_words()
    chat.command("keep")
    assert chat.draft.answers["child_said"] == "and has 3 previous call outs to the address"
    assert chat.draft.answers["partner_scale_why"] == "as R will be out on bail in 24 hrs"


def test_and_at_a_question_after_a_choice_is_an_answer_like_any_other() -> None:
    chat = answered("reflection", ["School"])
    chat.send("and she had a bruise on her arm")
    assert chat.draft.answers["what_happened"] == "and she had a bruise on her arm"


async def test_on_the_phone_the_rest_of_an_answer_is_added_back_with_a_button(bot: Bot) -> None:
    await start_reflection(bot)
    for line in ["School", "Saw a bruise on her arm", "yes", "They know and agree",
                 "Nan collects her most days"]:
        await bot.say(line)
    await bot.say("and takes her to school")
    assert [b["text"] for b in bot.newest_buttons()] == ["Add it to my answer before",
                                                         "Keep it here"]
    await bot.tap(bot.newest_buttons()[0]["callback_data"])
    await bot.say("/review")
    assert "Nan collects her most days and takes her to school" in bot.texts()[-1]


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "word"), [
    ("mapping", "meeting_date", "next tues 10am", "next tues"),
    ("supervision", "meeting_date", "thurs pm", "thurs"),
    ("three_houses", "session_when", "yesterday afternoon in the family room at school",
     "yesterday")])
def test_a_day_named_only_from_today_is_asked_for_its_date(
        flow_id: str, step_id: str, typed: str, word: str) -> None:
    """A social worker gave the date of the core group as "next tues 10am", and a family
    support worker the time of the three houses as "yesterday afternoon": the summaries,
    pasted into reports days later, read "Date of the meeting: next tues 10am" and "When
    and where: yesterday afternoon"."""
    chat = reach(FLOWS[flow_id], step_id)
    chat.send(typed)
    (asked,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert asked == (f'"{word}" names a day from today, and this will be read on other days. '
                     'Could you add the date, such as "Tuesday 8 December"?')
    chat.command("keep")
    assert chat.draft.answers[step_id] == typed


@pytest.mark.parametrize("typed", ["Tuesday 8 December, 10am", "Wed 9 Dec", "8/12 at 2pm",
                                   "in six weeks", "Core group on 12 January"])
def test_a_day_with_its_date_is_not_asked_about(typed: str) -> None:
    chat = reach(FLOWS["mapping"], "meeting_date")
    chat.send(typed)
    assert not any(isinstance(r, Nudge) for r in chat.replies)


def test_an_item_typed_again_on_coming_back_to_a_list_is_not_listed_twice() -> None:
    """Back at each person's number with /edit to check it, a social worker typed her line
    again, as she had first written it: the summary then gave mum, JD, the school and the
    police two numbers each."""
    chat = reach(FLOWS["mapping"], "danger_scale_others_1")
    chat.send("mum 6 JD 8 school 3 police 2")
    chat.command("done")
    chat.command("back")
    assert chat.asked == "danger_scale_others_1"
    chat.send("Mum 6  JD 8 school 3 police 2.")
    assert chat.notices("saved") == [
        "That is already in the list, as item 1, so I haven't added it again."]
    chat.command("done")
    assert chat.draft.answers["danger_scale_others_1"] == ["mum 6 JD 8 school 3 police 2"]
    (scale,) = build_summary(FLOWS["mapping"], chat.draft).groups[0].scales
    assert [v.who for v in scale.views] == ["mum", "JD", "school", "police"]


def test_a_next_step_with_short_forms_is_asked_what_they_stand_for_not_what_was_seen() -> None:
    """A social worker's next step "AB (SW) to make NRM referral by Fri" was asked about its
    two short forms, and then told "A few words about what was actually seen or heard will
    mean more": a next step has nothing seen or heard to tell."""
    said = nudger()("plain_language", "AB (SW) to make NRM referral by Fri")
    assert said is not None
    assert said.startswith("Some short forms here may not be clear to the family or a "
                           "conference:\n")
    assert said.endswith("Written out, they read plainly to the family and to anyone reading "
                         "this later.")
    assert "seen or heard" not in said
    mixed = nudger()("plain_language", "DASH done, MARAC referral made, high risk")
    assert mixed is not None
    assert "seen or heard" in mixed  # a label among them is still asked about as one
