"""The seventeenth walk: five practitioners through the tools walked less before (the Harm
Matrix, Signs of Wellbeing, Signs of Success, contextual mapping, supervision preparation and
a partner's contribution), typing as people do on a phone. Each test failed on the code as it
was."""

from __future__ import annotations

import pytest
from builders import Answer, EngineChat, auto_input, walk_through

from flows.export import render_export_text
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.render import render_text
from flows.replies import Nudge, Pick
from flows.summary import Summary, build_summary
from tests.test_telegram_handlers import Bot, bot, start_reflection

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()
# Who took part, whose views are missing: a list of sources, not a description of what
# happened, in every tool that asks it.
RECORD_OF_WHO = [(flow_id, step.id) for flow_id, flow in sorted(FLOWS.items())
                 for step in flow.steps
                 if step.id in ("network", "views_missing") and step.section.column == "record"]


def reach(flow: Flow, step_id: str, limit: int = 200) -> EngineChat:
    """A chat with the real reminders, answered (any reminder kept) up to `step_id`."""
    chat = EngineChat(flow, nudger=nudger())
    chat.start()
    for _ in range(limit):
        if any(isinstance(r, Nudge) for r in chat.replies):
            chat.command("keep")
            continue
        if chat.asked == step_id:
            return chat
        # a list is given distinct items (the same item typed twice is listed once)
        given = auto_input(flow, chat.question, len(chat.question.items))
        chat.send(Pick(given.value, chat.question.nonce) if isinstance(given, Pick) else given)
    raise AssertionError(f"{step_id} not reached in {limit} answers")


def test_every_tool_asks_who_contributed() -> None:
    assert {f for f, _ in RECORD_OF_WHO} >= {"harm_matrix", "mapping", "contextual", "success",
                                              "wellbeing"}


@pytest.mark.parametrize(("flow_id", "step_id"), RECORD_OF_WHO)
def test_a_list_of_who_contributed_is_not_asked_about_as_a_description(
        flow_id: str, step_id: str) -> None:
    """A social worker in the Harm Matrix listed who contributed as "Mum, health visitor,
    nursery / Police referral 3 May" (the question's own example names "police referral of 3
    May") and was told the line "says what the services did, but not yet what it meant for
    the child". The mapping and contextual mapping ask only about privacy there; the Harm
    Matrix, Signs of Success and Signs of Wellbeing asked about wording too. (Its short forms
    are asked to be written out, in every tool: a chair and the family read it first.)"""
    flow = FLOWS[flow_id]
    chat = reach(flow, step_id)
    answer = "Mum, health visitor, nursery\nPolice referral 3 May, strategy meeting notes, DSL"
    chat.send(answer)
    reminders = [r.text for r in chat.replies if isinstance(r, Nudge)]
    # (whose views are missing and who contributed: its short forms are asked to be written
    # out, only that)
    if step_id in ("views_missing", "network"):
        assert len(reminders) == 1
        assert reminders[0].startswith('You wrote "DSL". Could you write "the school\'s '
                                       'safeguarding lead" in full? Once')
        chat.command("keep")
    else:
        assert not reminders
    assert chat.draft.answers[step_id] == answer
    assert chat.asked != step_id


def parsed(flow_id: str, step_id: str, typed: str) -> object:
    flow = FLOWS[flow_id]
    step = flow.step(step_id)
    value, _ = step.kind.parse(flow, step, typed)
    return value


@pytest.mark.parametrize(("typed", "meant"), [
    ("significant I think", "significant"), ("Significant, I think.", "significant"),
    ("2 I guess", "significant"), ("probably 2", "significant"), ("I think severe", "severe"),
    ("maybe 3 or 4", None), ("yeah", None)])
def test_a_choice_typed_with_words_of_being_unsure_is_that_choice(
        typed: str, meant: str | None) -> None:
    """A social worker answered "how severe has the harm been?" with "significant I think",
    then "2 I guess", and was told each time "I couldn't match that to one of the options".
    Two options named ("3 or 4") are still asked again."""
    assert parsed("harm_matrix", "harm_severity_1", typed) == meant


@pytest.mark.parametrize(("typed", "meant"), [
    ("Yeah", "accepts"), ("nope", "denies"), ("partly I guess", "partly"),
    ("yeah I think so", None), ("not really", None)])
def test_a_plain_yeah_or_nope_answers_a_choice_of_yes_partly_or_no(
        typed: str, meant: str | None) -> None:
    """ "Not really" could be "partly" as well as "no", and "yeah I think so" is not a plain
    yes, so they are asked again."""
    assert parsed("harm_matrix", "harm_accepted_1", typed) == meant


@pytest.mark.parametrize(("typed", "meant"), [
    ("Yeah.", "yes"), ("yep", "yes"), ("Yup!", "yes"), ("nope", "no"), ("Nah", "no"),
    ("no, not yet", "no"), ("not yet", "no"),
    ("yeah I think so", None), ("I think so", None), ("not really", None),
    ("I don't think so", None), ("2 I guess", None),
    ("yes but dad doesn't know", None), ("maybe", None), ("probably not", None)])
def test_yes_or_no_in_words(typed: str, meant: str | None) -> None:
    """ "Yeah", "yep" and "nope" were answered "Please answer yes or no." An answer saying
    more than yes or no is still asked again, so what it adds is not dropped; so is one
    that is not sure ("I think so"), since whether the family agreed, or harm has
    happened, is not recorded as a plain yes or no on a guess."""
    assert parsed("mapping", "harm_happened", typed) == meant
    assert parsed("harm_matrix", "danger_another_1", typed) == meant


NOTES = ("L has nappy rash that isn't treated.\nNursery say she is always hungry on Mondays.\n"
         "Health visitor: weight dropped from the 25th to the 9th centile.")


def harm_matrix_with_pasted_notes() -> Summary:
    flow = FLOWS["harm_matrix"]
    chat = EngineChat(flow)
    walk_through(flow, {"harm_impact_1": Answer(NOTES),
                        "harm_scale_why_1": Answer("Nan has them at weekends.\nMum rings daily."),
                        "danger_another_1": Answer("no")}, chat=chat)
    return build_summary(flow, chat.draft)


def test_notes_pasted_as_several_lines_stay_under_their_question_in_the_summary() -> None:
    """A social worker pasted three lines of case notes as what the harm has done to the
    child. The summary printed the second and third lines at the left margin, so "Health
    visitor: weight dropped..." read as an answer of its own to a question called "Health
    visitor", under no worry. Each line after the first now sits under the answer it
    belongs to."""
    lines = render_text(harm_matrix_with_pasted_notes()).splitlines()
    first = next(n for n, line in enumerate(lines) if "L has nappy rash" in line)
    assert lines[first].startswith("    What it has done to the child: L has nappy rash")
    assert lines[first + 1] == "      Nursery say she is always hungry on Mondays."
    assert lines[first + 2].startswith("      Health visitor: weight dropped")
    assert "      Mum rings daily." in lines


def test_notes_pasted_as_several_lines_stay_under_their_question_in_the_exported_text() -> None:
    lines = render_export_text(harm_matrix_with_pasted_notes()).splitlines()
    first = next(n for n, line in enumerate(lines) if "L has nappy rash" in line)
    assert lines[first + 1] == "   Nursery say she is always hungry on Mondays."
    assert lines[first + 2].startswith("   Health visitor: weight dropped")
    assert "   Mum rings daily." in lines


@pytest.mark.parametrize(("typed", "asked"), [
    ('She said "I make my own toast when mum is asleep" and "nan\'s is the best"', True),
    ('K told me “mummy was crying in the car”', True),
    ("I make my own toast when mum is asleep", False),
    ('"I make my own toast when mum is asleep"', False),
    ("nan's is the best, she says I'm her princess", False),
])
def test_a_partners_own_words_around_the_childs_are_asked_about_once(
        typed: str, asked: bool) -> None:
    """A class teacher answered "what has the child said?" with `She said "I make my own
    toast when mum is asleep" and "nan's is the best"`. The summary put all of it in
    quotation marks as the child's own words, "She said" and "and" included. Such an answer
    is now asked about once; /keep keeps it as typed."""
    chat = reach(FLOWS["contribution"], "child_said")
    chat.send(typed)
    nudged = [r for r in chat.replies if isinstance(r, Nudge)]
    assert bool(nudged) == asked
    if asked:
        assert "would read as what they said too" in nudged[0].text
        chat.command("keep")
    assert chat.draft.answers["child_said"] == typed


@pytest.mark.parametrize(("typed", "meant"), [
    ("five out of ten", 5), ("5 out of ten", 5), ("ten out of ten", 10), ("six/ten", 6),
    ("six-ish", 6), ("sixish", 6), ("6 I guess", 6), ("I would say 4", 4),
    ("3 at the moment", 3), ("4 today", 4),
    ("between 5 and 6", None), ("11 out of 10", None)])
def test_a_scale_given_in_words_keeps_its_number(typed: str, meant: int | None) -> None:
    """A personal adviser with a young person typed "five out of ten" at the Signs of
    Success scale and was told "Please send one whole number from 0 to 10"; "about five" and
    "6 out of 10" were already read."""
    assert parsed("success", "success_scale", typed) == meant


async def test_a_mistyped_command_in_telegram_is_offered_the_one_it_may_have_meant(
        bot: Bot) -> None:
    await start_reflection(bot)
    await bot.say("/bakc")
    assert bot.texts()[-1] == "I don't know that command. Did you mean /back?"
    await bot.say("/frobnicate")
    assert bot.texts()[-1] == "I don't know that command. The menu button shows the ones I have."


def test_skip_or_back_typed_without_the_slash_is_the_command_not_an_answer() -> None:
    """In the Harm Matrix, "skip" at "Who contributed" was saved as who contributed, and
    "back" at the next question as what the adult does: the summary read "Who contributed:
    skip". A choice still reads its own words, and a child's words are kept as said."""
    chat = reach(FLOWS["harm_matrix"], "network")
    chat.send("Skip")
    assert chat.draft.answers.get("network") is None
    assert chat.asked == "danger_behaviour_1"
    assert 'I\'ve read "Skip" as /skip, not as an answer.' in chat.notices()
    chat.send("go back")
    assert chat.asked == "network"
    assert "danger_behaviour_1" not in chat.draft.answers
    mapping = reach(FLOWS["mapping"], "purpose")
    mapping.send("review")
    assert mapping.draft.answers["purpose"] == "review"
    contribution = reach(FLOWS["contribution"], "child_said")
    contribution.send("help")
    assert contribution.draft.answers["child_said"] == "help"


@pytest.mark.parametrize(("typed", "meant"), [
    ("some of it I think", "some"), ("all of it", "all"), ("not agreed", "not_yet"),
    ("happy", None)])
def test_a_choice_typed_in_some_of_its_words_is_that_choice(typed: str, meant: str | None) -> None:
    """A social worker answered "what did the child say about sharing?" with "some of it I
    think" and was told "I couldn't match that"; words found in two options ("happy") are
    still asked again."""
    assert parsed("three_houses", "share_ok", typed) == meant
    assert parsed("harm_matrix", "harm_severity_1", "lasting harm") is None  # in two options
    assert parsed("harm_matrix", "harm_severity_1", "not lasting") == "some"


@pytest.mark.parametrize(("flow", "step", "typed"), [
    ("three_houses", "share_ok", "agreed"), ("three_houses", "share_ok", "asked"),
    ("harm_matrix", "harm_accepted_1", "talked about"),
    ("harm_matrix", "harm_how_1", "sure"), ("harm_matrix", "harm_how_1", "thought for the child"),
    ("harm_matrix", "harm_accepted_1", "probably not"), ("harm_matrix", "harm_accepted_1", "not"),
    ("harm_matrix", "harm_accepted_1", "not yet"), ("harm_matrix", "harm_how_1", "probably not"),
    ("harm_matrix", "harm_accepted_1", "yes I think so"),
    ("harm_matrix", "harm_accepted_1", "probably yes"), ("contribution", "agency", "help"),
    ("mapping", "purpose", "meeting")])
def test_words_an_option_holds_are_not_that_option_where_it_says_the_opposite(
        flow: str, step: str, typed: str) -> None:
    """"agreed" typed at the sharing question is every word of "Not yet asked or not agreed"
    but one, the one that turns it round: saved as that option, the child's consent would be
    recorded as its opposite. "probably not" to "Does the adult accept it?" was "Not talked
    about yet", and the adult's own words were then never asked for; "yes I think so" a plain
    yes; "help" at a choice "Early help". Asked again instead."""
    assert parsed(flow, step, typed) is None
    assert parsed("reflection", "family_knows", "agree") == "agreed"  # its value, typed


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("five out of ten, nan helps at weekends", 5, "nan helps at weekends"),
    ("about a 4, dad is still drinking most nights", 4, "dad is still drinking most nights"),
    ("I'd say 3 - he has left them twice this month", 3, "he has left them twice this month"),
])
def test_a_scale_in_words_with_its_reason_keeps_both(typed: str, number: int, why: str) -> None:
    """"6 because mum is back in touch" kept the 6 and the reason; "five out of ten, nan
    helps at weekends" and "about a 4, ..." were refused whole, the reason with them."""
    chat = reach(FLOWS["harm_matrix"], "harm_scale_1")
    chat.send(typed)
    assert chat.draft.answers["harm_scale_1"] == number
    assert chat.draft.answers["harm_scale_why_1"] == why


def test_the_act_today_note_says_which_worry_it_is_about() -> None:
    """Two worries in the Harm Matrix, the second very likely to happen again and scaled 1:
    the record opened with "You have said this harm is likely to happen again..." under no
    worry, so a chair would read it as the first."""
    flow = FLOWS["harm_matrix"]
    chat = EngineChat(flow)
    walk_through(flow, {"harm_likely_1": Answer(Pick("possible")), "harm_scale_1": Answer("5"),
                        "danger_another_1": Answer("yes"),
                        "harm_likely_2": Answer(Pick("very_likely")), "harm_scale_2": Answer("1"),
                        "danger_another_2": Answer("no")}, chat=chat)
    (alert,) = build_summary(flow, chat.draft).alerts
    assert alert.startswith("Harm (worry 2): This harm is likely to happen again")
