"""The twenty-second walk: a foster carer's view in Signs of Success, a youth offending
worker mapping contextual harm (a park, a chicken shop, an older lad), a school nurse doing
Signs of Wellbeing with a 15-year-old who self-harms, a social worker's Harm Matrix on
neglect, a worker pasting one long paragraph, a worker dictating on a phone, a family heard
through an interpreter, a manager in supervision and a housing officer contributing through an
invite. Each test failed on the code as it was."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from bot.summary_html import render_telegram
from flows.answers import voiced
from flows.dictation import tidied
from flows.export import render_export_text, render_html
from flows.loader import load_flows
from flows.nudges import nudger
from flows.render import render_text
from flows.replies import DICTATED, Nudge
from flows.summary import build_summary
from flows.wordfile import summary_docx
from storage.store import Store
from tests.builders import build_flow, list_step, section, text
from tests.test_console import at_the_terminal
from tests.test_telegram_handlers import USER, Bot, bot, texts_to
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


def test_the_familys_view_that_self_harm_is_attention_seeking_is_theirs_to_give() -> None:
    """Asked how the family see the worry, a school nurse wrote "mum says she didn't know
    until the school rang, and thinks it's attention seeking" and was asked "What are adults
    making the young person do, or paying them to do, and who are they?": the exploitation
    question, for mum's own view, which the question asked for."""
    chat = reach(FLOWS["wellbeing"], "family_view_1")
    chat.send("mum says she didn't know until the school rang, and thinks it's attention "
              "seeking")
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.asked != "family_view_1"


@pytest.mark.parametrize("typed", ["she is attention seeking", "it's attention seeking",
                                   "the cutting is just attention seeking",
                                   "I think she is seeking attention"])
def test_attention_seeking_in_the_writers_words_is_asked_what_they_needed(typed: str) -> None:
    """Written as the worker's own word, "attention seeking" was asked the exploitation
    question (adults paying the young person) or the question for a trait: it is asked what
    they did and what they needed."""
    nudge = nudger()("plain_language", typed)
    assert nudge is not None
    assert "paying" not in nudge
    assert "needed" in nudge


def test_a_childs_initial_a_after_would_be_is_not_read_as_an_article() -> None:
    """Asked why she scaled 4, a school nurse wrote "A told mum for the first time this week.
    A 5 would be A telling mum or Ms R twice without cutting" and was asked 'You wrote "be A
    telling mum". What did the person do or say that gave you that picture?': the girl's
    initial read as "a", and "a telling mum" as a label put on a mother."""
    chat = reach(FLOWS["wellbeing"], "wellbeing_scale_why")
    chat.send("A told mum for the first time this week. A 5 would be A telling mum or Ms R "
              "twice without cutting")
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


@pytest.mark.parametrize("typed", ["mum is a bad mother", "MUM IS A BAD MOTHER",
                                   "Mum Is A Bad Mother", "dad is an angry man"])
def test_a_person_labelled_is_still_asked_about(typed: str) -> None:
    assert nudger()("plain_language", typed) is not None


def test_a_bulleted_list_pasted_in_one_message_is_an_item_a_line() -> None:
    """On Telegram a social worker pasted her strengths from her notes as one message, "- Mum
    walks them to school\\n- Nan has them Saturdays\\n- Dad video calls at 7". It was kept as one
    item, and the summary printed "– - Mum walks them to school" with the other two lines at
    the margin under it, bullets and all."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("- Mum walks them to school\n- Nan has them Saturdays\n• Dad video calls at 7")
    assert chat.asked == "strengths"
    chat.send("2) Nan has them Saturdays\n3) Mum cooks tea every night")  # one listed already
    assert chat.draft.answers["strengths"] == [
        "Mum walks them to school", "Nan has them Saturdays", "Dad video calls at 7",
        "Mum cooks tea every night"]


def test_a_pasted_list_held_by_a_reminder_and_kept_is_an_item_a_line() -> None:
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("- Mum walks them to school\n- Nan is very supportive")
    assert [r for r in chat.replies if isinstance(r, Nudge)]
    chat.command("keep")
    assert chat.draft.answers["strengths"] == ["Mum walks them to school",
                                               "Nan is very supportive"]


DICTATED_WORRY = ("this morning l came in with a red mark on his cheek full stop he said quote "
                  "dad slapped me because i spilt my cereal unquote full stop new line he "
                  "flinched when the ta raised her hand full stop")


def test_punctuation_dictation_wrote_out_as_words_is_offered_as_marks() -> None:
    """A teacher dictating a referral on her phone sent "... a red mark on his cheek full stop
    he said quote dad slapped me because i spilt my cereal unquote full stop new line he
    flinched ...". It was saved as sent, and the summary a referral is pasted from read "full
    stop", "quote", "unquote" and "new line" in the middle of what the boy said."""
    chat = reach(FLOWS["reflection"], "what_happened")
    chat.send(DICTATED_WORRY)
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    tidy = ('this morning l came in with a red mark on his cheek. He said "dad slapped me '
            'because i spilt my cereal".\nHe flinched when the ta raised her hand.')
    assert tidy in nudge.text
    chat.command("accept")
    assert chat.draft.answers["what_happened"] == tidy
    assert chat.asked != "what_happened"


def test_dictated_punctuation_kept_as_sent_is_kept() -> None:
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("nan picks him up on fridays full stop he is always clean")
    assert [r for r in chat.replies if isinstance(r, Nudge)]
    chat.command("keep")
    assert chat.draft.answers["strengths"] == ["nan picks him up on fridays full stop he is "
                                               "always clean"]


@pytest.mark.parametrize("typed", [
    "the car came to a full stop outside school", "mum has a new line manager at work",
    "there is a question mark over who was in the house", "she was in a comma for two days",
    "we put a full stop to the visits", 'Mum said "I quote the social worker" and left'])
def test_the_words_as_ordinary_words_are_not_read_as_dictation(typed: str) -> None:
    assert tidied(typed) is None


async def test_on_telegram_the_tidied_dictation_is_a_button(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await bot.say("School")
    await bot.say(DICTATED_WORRY)
    labels = [b["text"] for b in bot.newest_buttons()]
    assert labels == ["Use it with the marks", "Keep it as I sent it"]
    (use,) = [b["callback_data"] for b in bot.newest_buttons() if b["text"].startswith("Use")]
    await bot.tap(use)
    (info,) = await bot.conversation.drafts(USER)
    draft = await bot.conversation.load(USER, info.id)
    assert draft is not None
    assert draft.answers["what_happened"].startswith("this morning l came in with a red mark "
                                                     "on his cheek. He said")
    assert "Question 3 of" in "".join(texts_to(bot, USER)[-2:])


HEARD_THROUGH = ['"I miss my grandma in Syria" (through the interpreter)',
                 'through the interpreter: "I am scared when baba drinks"',
                 '"tata krzyczy na mamę" - dad shouts at mum']


def test_a_note_of_how_the_childs_words_were_heard_stays_outside_the_quote() -> None:
    """A social worker heard a 9-year-old through an interpreter and wrote her words as
    '"I miss my grandma in Syria" (through the interpreter)' and '"tata krzyczy na mamę" -
    dad shouts at mum'. Every summary and export printed '""I miss my grandma in Syria"
    (through the interpreter)" (the child's own words)': the marks doubled, and the
    interpreter's part and the translation quoted as the child's."""
    chat = reach(FLOWS["mapping"], "house_worries")
    for said in HEARD_THROUGH:
        chat.send(said)
    chat.command("done")
    summary = build_summary(FLOWS["mapping"], chat.draft)
    text = render_text(summary)
    assert ('"I miss my grandma in Syria" (through the interpreter) (the child\'s own words)'
            in text)
    assert 'through the interpreter: "I am scared when baba drinks" (the child' in text
    assert '"tata krzyczy na mamę" - dad shouts at mum (the child' in text
    assert '""' not in text
    for html in (render_telegram(summary), render_html(summary)):
        assert "“I miss my grandma in Syria”" in html
        assert "“tata krzyczy na mamę”" in html
    assert "(through the interpreter) (child" in render_export_text(summary)
    word = Document(io.BytesIO(summary_docx(summary)))
    paragraphs = [p.text for p in word.paragraphs] + [
        p.text for t in word.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    assert any("“I miss my grandma in Syria” (through the interpreter) (child" in p
               for p in paragraphs)


@pytest.mark.parametrize("said", ["I don't like it when \"the man\" comes",
                                  'she said "go away" and I said "leave mum alone"'])
def test_a_quote_inside_the_childs_own_sentence_stays_theirs(said: str) -> None:
    assert voiced(said) == ("", said, "")


@pytest.mark.parametrize(("typed", "first", "then"), [
    ("4 before the discussion, 6 after", 4, 6),
    ("started at 3 and ended on 5 after we talked", 3, 5),
    ("it went from four to six", 4, 6)])
def test_a_scale_given_twice_in_one_line_is_asked_which_is_now(
        typed: str, first: int, then: int) -> None:
    """A team manager in group supervision scaled before and after the discussion, "4 before
    the discussion, 6 after", and was told only to send one number, with the way back to
    the safety goal "if it belongs with your answer" there: it was a scale, given twice."""
    chat = reach(FLOWS["supervision"], "my_scale")
    chat.send(typed)
    (said,) = chat.notices("problem")
    assert f"two numbers there ({first} and {then})" in said
    assert "/back" not in said
    assert chat.asked == "my_scale"


@pytest.mark.parametrize(("typed", "value"), [("4 but 3 times this month he came back", 4),
                                              ("4 - the 2 of them argue", 4)])
def test_a_count_in_the_reason_is_not_a_second_place(typed: str, value: int) -> None:
    chat = reach(FLOWS["supervision"], "my_scale")
    chat.send(typed)
    assert chat.draft.answers["my_scale"] == value


@pytest.mark.parametrize("said", [
    "He has been bailed not to come to the house", "he was released on bail",
    "He has been remanded in custody", "Mum has a non-molestation order against him",
    "dad was bailed not to contact the children"])
def test_what_the_police_and_courts_did_is_something_that_happened(said: str) -> None:
    """A team manager preparing supervision wrote "mum's partner was arrested for assaulting
    her in August; R was in the room and hid behind the sofa. He has been bailed not to come
    to the house" and was told the last sentence "says what you make of things, but not yet
    what happened": bail, remand and a court order are things that happened."""
    assert nudger()("plain_language", said) is None


def test_a_need_with_the_help_named_is_what_needs_to_happen_not_a_claim() -> None:
    """A housing officer contributing through an invite wrote, under what needs to happen,
    "I will ask the landlord team to fix the boiler by Friday 4 Dec and refer mum for a
    housing transfer; the family need help with a damp survey" and was told the last part
    "says what you make of things, but not yet what happened": it is what needs to happen,
    with the help named."""
    chat = reach(FLOWS["contribution"], "needs_to_happen")
    chat.send("I will ask the landlord team to fix the boiler by Friday 4 Dec and refer mum "
              "for a housing transfer; the family need help with a damp survey")
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.asked != "needs_to_happen"


@pytest.mark.parametrize("said", ["Mum is a good mum, she just needs a bit of help.",
                                  "the family needs support", "mum needs a break"])
def test_a_need_with_nothing_named_is_still_asked_about(said: str) -> None:
    assert nudger()("plain_language", said) is not None


@pytest.mark.parametrize(("who", "opens"), [
    ("i am", "I am worried that"), ("I'm", "I am worried that"),
    ("we all are", "We all are worried that"),
    ("the school is", "The school is worried that")])
def test_who_is_worried_answered_as_a_sentence_opens_the_statement_once(
        who: str, opens: str) -> None:
    """Asked "Who is worried?" on her phone, a social worker answered "i am", and the danger
    statement drafted for her began "I am is worried that mums boyfriend smokes weed in the
    flat"."""
    chat = reach(FLOWS["mapping"], "danger_who_1")
    chat.send(who)
    chat.send("mums boyfriend smokes weed in the flat with the twins there")
    chat.send("the twins could breathe it in and get ill")
    assert chat.asked == "danger_statement_1"
    assert chat.question.suggestion is not None
    assert chat.question.suggestion.startswith(opens)


@pytest.mark.parametrize("safety", [
    "mum has locked the door and not let him in since the court order in sept",
    "mum hasnt let him in since he was bailed"])
def test_keeping_him_out_since_a_court_order_is_existing_safety(safety: str) -> None:
    """Asked who has already acted to keep the children safe, a social worker typed "mum has
    locked the door and not let him in since the court order in sept" and was told it
    "sounds like a real strength": it is what mum has done, over time, since the danger."""
    chat = reach(FLOWS["mapping"], "existing_safety")
    chat.send(safety)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


def test_a_goal_for_harm_outside_the_home_is_shown_an_example_about_places() -> None:
    """A youth offending worker's safety goal asked only J to act ("J will stay away from the
    rec park and be home by 9pm every night ..."). The reminder rightly asked what the adults
    who could stop the exploitation will do, then showed as a strong goal "R will leave the
    house and go to his brother's whenever he feels angry": a father's anger at home, no help
    in writing a plan for a park and the men who wait there."""
    goal = ("J will stay away from the rec park and be home by 9pm every night. J will text "
            "mum when he gets to boxing. Everyone will need to see this for 6 months.")
    nudge = nudger()("safety_goal", goal)
    assert nudge is not None
    assert "exploitation" in nudge
    assert "his brother's" not in nudge
    example = nudge.split('reads like "')[1].split('"')[0]
    assert nudger()("safety_goal", example) is None


def test_a_goal_about_harm_at_home_keeps_its_example() -> None:
    nudge = nudger()("safety_goal", "mum will make sure the kids are safe")
    assert nudge is not None
    assert "his brother's" in nudge


@pytest.mark.parametrize("said", ["A is struggling", "she had a meltdown in class on Monday",
                                  "A has been in a dark place"])
def test_a_young_person_struggling_is_not_asked_who_looked_after_the_children(
        said: str) -> None:
    """A school nurse wrote of a 15-year-old who self-harms "A is struggling" and was asked
    "What happened for them, what did they do, and who looked after the children?": the
    question for a parent who is struggling, put to a child."""
    nudge = nudger()("plain_language", said)
    assert nudge is not None
    assert "who looked after the children" not in nudge
    assert "who was with them" in nudge


def test_use_at_a_drafted_statement_takes_the_suggestion_not_a_tidied_version() -> None:
    """/use (and the question's "Use this" button) at a drafted statement takes the statement
    drafted from the answers: a note about dictated punctuation there would have made it take
    the practitioner's own version instead, so none is shown there."""
    chat = reach(FLOWS["mapping"], "danger_statement_1")
    suggested = chat.question.suggestion
    chat.send("dad hits mum full stop the kids see it")
    assert not [r for r in chat.replies if isinstance(r, Nudge) and r.kind == DICTATED]
    if [r for r in chat.replies if isinstance(r, Nudge)]:
        chat.command("accept")
        assert chat.draft.answers["danger_statement_1"] == suggested


def test_replace_under_the_dictation_note_takes_the_tidied_answer() -> None:
    chat = reach(FLOWS["reflection"], "what_happened")
    chat.send(DICTATED_WORRY)
    chat.command("replace")
    assert chat.draft.answers["what_happened"].startswith("this morning l came in with a red "
                                                          "mark on his cheek. He said")


@pytest.mark.parametrize(("step", "typed", "value"), [
    ("harm_likely_1", "likley", "likely"), ("harm_likely_1", "unlikley", "unlikely"),
    ("harm_accepted_1", "partyl", "partly"), ("harm_likely_1", "possilbe", "possible")])
def test_two_letters_typed_the_wrong_way_round_are_read_as_the_option(
        step: str, typed: str, value: str) -> None:
    """A social worker doing the Harm Matrix on her phone typed "likley" for how likely the
    neglect is to happen again and was told "I couldn't match that to one of the options":
    "sever" and "significent" were read, but two letters swapped were too far for the
    matcher."""
    chat = reach(FLOWS["harm_matrix"], step)
    chat.send(typed)
    assert chat.draft.answers.get(step) == value


def test_a_short_slip_is_not_read_as_an_option() -> None:
    chat = reach(FLOWS["harm_matrix"], "harm_accepted_1")
    chat.send("on")  # "no", or "on" something: two letters are too few to guess from
    assert chat.draft.answers.get("harm_accepted_1") is None


@pytest.mark.parametrize("said", ['I asked mummy why and she said "because you are bad"',
                                  'Dad told me "dont tell anyone"',
                                  'when I cry he shouted "shut up"',
                                  'in the car he said: "shut up"', 'Dad: "go to your room"'])
def test_a_child_quoting_an_adult_keeps_their_own_words_inside_the_quote(said: str) -> None:
    """A child's words with an adult's quoted in them, 'I asked mummy why and she said
    "because you are bad"', read in every summary as 'I asked mummy why and she said
    "because you are bad" (the child's own words)': the child's own report outside the
    marks, as if the practitioner had written it. Only a note of how the words were heard
    stays outside."""
    assert voiced(said) == ("", said, "")
    assert voiced(f"Nia: {said}") == ("Nia: ", said, "")
    draft = reach(FLOWS["supervision"], "child_words").draft
    draft.answers["child_words"] = said
    text = render_text(build_summary(FLOWS["supervision"], draft))
    assert f'What the child has said: "{said}" (the child\'s own words)' in text


@pytest.mark.parametrize(("said", "note"), [
    ('(via the interpreter) "I miss my nan"', "(via the interpreter) "),
    ('in Arabic: "baba shouts"', "in Arabic: "), ('via mum: "I want to go home"', "via mum: ")])
def test_a_note_of_how_the_words_were_heard_before_the_quote_stays_outside(
        said: str, note: str) -> None:
    assert voiced(said)[0] == note


def test_a_quote_for_the_windows_is_not_read_as_a_spoken_quote() -> None:
    """A worker dictated "Mum got a quote for new windows and dad said quote waste of money
    unquote then hit her", and /use saved 'Mum got a "for new windows and dad said quote
    waste of money" then hit her': the quote for the windows opened dad's words, and a
    "quote" was lost."""
    chat = reach(FLOWS["reflection"], "what_happened")
    chat.send("Mum got a quote for new windows and dad said quote waste of money unquote "
              "then hit her")
    chat.command("accept")
    assert chat.draft.answers["what_happened"] == (
        'Mum got a quote for new windows and dad said "waste of money" then hit her')
    assert tidied("the quote was fine and she said quote no unquote") == (
        'the quote was fine and she said "no"')


@pytest.mark.parametrize("typed", [
    "Mum says dad is not coming back to the house, full stop.",
    "Mum said no more contact with dad, full stop, and we agreed",
    "They were told to stop, full stop"])
def test_an_emphatic_full_stop_is_not_read_as_dictation(typed: str) -> None:
    """A worker wrote "Mum says dad is not coming back to the house, full stop." and was
    offered '... to the house. .' as the answer with the marks dictation spoke."""
    assert tidied(typed) is None
    chat = reach(FLOWS["reflection"], "what_happened")
    chat.send(typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge) and r.kind == DICTATED]


@pytest.mark.parametrize(("typed", "tidy"), [
    ("dad left full stop. Then nan came", "dad left. Then nan came"),
    ("dad left full stop, and nan came", "dad left. And nan came"),
    ("he owes £10,000 e.g. for rent full stop he left", "he owes £10,000 e.g. for rent. He left"),
    ("I dont know... he left full stop new line nan came", "I dont know... he left.\nNan came")])
def test_a_spoken_mark_next_to_a_typed_one_leaves_no_doubled_or_orphaned_mark(
        typed: str, tidy: str) -> None:
    assert tidied(typed) == tidy


def test_a_pasted_list_longer_than_the_list_holds_names_the_lines_not_saved() -> None:
    """A worker pasted twelve bulleted worries, in one message, at the child's worries,
    which holds ten: the list was saved with ten and the bot moved on, the last two gone
    without a word."""
    chat = reach(FLOWS["mapping"], "house_worries")
    most = FLOWS["mapping"].step("house_worries").spec.max_items
    chat.send("\n".join(f"- worry number {n}" for n in range(1, most + 3)))
    assert chat.draft.answers["house_worries"] == [f"worry number {n}"
                                                   for n in range(1, most + 1)]
    said = "\n".join(chat.notices())
    assert (f"That list holds {most} items at most, so these lines you pasted are not saved:\n"
            f"  worry number {most + 1}\n  worry number {most + 2}\n") in said
    assert "/review to change the list" in said


def test_lines_of_a_pasted_list_already_in_the_list_are_named() -> None:
    chat = reach(FLOWS["mapping"], "house_worries")
    chat.send("dad shouts")
    chat.send("- Dad shouts.\n- the dog bit me")
    assert chat.draft.answers["house_worries"] == ["dad shouts", "the dog bit me"]
    assert ("These lines you pasted are already in the list, so I haven't added them again:\n"
            "  Dad shouts.") in "\n".join(chat.notices())


async def test_at_the_terminal_lines_pasted_past_a_full_list_are_named_not_lost(
        tmp_path: Path, store: Store) -> None:
    """At the terminal, a line pasted again was passed over without the "already in the
    list" said for it, and the lines past a full list were to be "sent again once the
    question above is answered": the next question's, not the list's."""
    flow = build_flow(tmp_path, section("s", list_step("helps", max_items=3), text("why"),
                                        column="worried"))
    shown, draft = await at_the_terminal(store, flow, "music",
                                         "art\nmusic\nfootball\nswimming\nrunning", "")
    assert draft.answers["helps"] == ["music", "art", "football"]
    assert "That is already in the list, as item 1" in shown
    assert ("The list is full, so these lines you pasted are not saved:\n  swimming\n"
            "  running\n") in shown


def test_a_held_pasted_list_kept_past_the_lists_room_names_the_lines_not_saved() -> None:
    chat = reach(FLOWS["mapping"], "strengths")
    for n in range(1, 10):
        chat.send(f"nan walks her to school on day {n}")
    chat.send("- mum is doing amazingly\n- the dog walker comes daily")
    assert [r for r in chat.replies if isinstance(r, Nudge)]
    chat.send("nan helps on sundays")  # the next item keeps the one held
    said = "\n".join(chat.notices())
    assert "I've kept the answer you gave as you typed it." in said
    assert "added this one" not in said
    assert "not saved:\n  the dog walker comes daily\n" in said
    assert chat.draft.answers["strengths"][-1] == "mum is doing amazingly"
