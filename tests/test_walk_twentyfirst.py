"""The twenty-first walk: a police child-abuse investigator reflecting after a night call-out
in terse notes, a health visitor mapping a 6-week-old whose mother has postnatal depression,
a social worker in Wales resuming a mapping for three children the next morning, a class
teacher contributing through an invite link, and a family support worker recording a
5-year-old's three houses in short words and emoji. Each test failed on the code as it was."""

from __future__ import annotations

import pytest
from builders import EngineChat

from bot.summary_html import render_telegram
from flows.answers import whose
from flows.export import render_export_text, render_html
from flows.loader import load_flows
from flows.nudges import nudger
from flows.render import render_text
from flows.replies import Nudge
from flows.summary import View, build_summary
from storage.store import Store
from tests.test_console import at_the_terminal
from tests.test_telegram_handlers import USER, Bot, bot, texts_to
from tests.test_walk_eighteenth import a_health_visitor_sends
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


@pytest.mark.parametrize(("typed", "views"), [
    ("Mum: 5, she says nan being there helps, GP 4, perinatal nurse 3 mum has only just "
     "started medication",
     [View("Mum", 5, "she says nan being there helps"), View("GP", 4),
      View("perinatal nurse", 3, "mum has only just started medication")]),
    ("dad 7 school 4 she was late 3 times", [View("dad", 7), View("school", 4,
                                                                    "she was late 3 times")]),
    # A count after a number is no one's reason: the line is still one person's.
    ("Mum: 5, GP 4 weeks ago she was fine", [View("Mum", 5, "GP 4 weeks ago she was fine")]),
    ("Dad 7, nan gave 2 reasons", [View("Dad", 7, "nan gave 2 reasons")])])
def test_the_last_persons_number_dictated_with_its_reason_and_no_comma_is_theirs(
        typed: str, views: list[View]) -> None:
    """A health visitor dictating each person's number typed "Mum: 5, she says nan being
    there helps, GP 4, perinatal nurse 3 mum has only just started medication". The summary
    printed "Mum: 5 (she says nan being there helps, GP 4, perinatal nurse 3 ...)": the GP's
    and the nurse's numbers read as mum's reason, because the last had no comma before why."""
    chat = reach(FLOWS["mapping"], "danger_scale_others_1")
    chat.send(typed)
    (scale,) = build_summary(FLOWS["mapping"], chat.draft).groups[0].scales
    assert list(scale.views) == views


@pytest.mark.parametrize("flow_id", ["mapping", "wellbeing"])
def test_how_a_babys_view_was_heard_is_not_asked_what_it_meant_for_the_child(
        flow_id: str) -> None:
    """Asked how the child's view was heard, a health visitor wrote "E is 6 weeks old so this
    is what I and the midwife have seen of her at home visits" (nearly the question's own
    example) and was told it "says what the services did, but not yet what it meant for the
    child": the question asks exactly what the services did to hear the child."""
    chat = reach(FLOWS[flow_id], "child_view_how")
    chat.send("E is 6 weeks old so this is what I and the midwife have seen of her at home "
              "visits")
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.asked != "child_view_how"


@pytest.mark.parametrize("unknown", ["whether dad understands how unwell mum is",
                                     "Whether mum is safe to be left alone with E at night",
                                     "whether the school knows how often he's missed"])
def test_a_grey_area_written_as_whether_is_not_asked_what_happened(unknown: str) -> None:
    """Under "What don't we know yet?" a health visitor wrote "whether dad understands how
    unwell mum is" and was told it "says what you make of things, but not yet what
    happened": it is what nobody knows yet, as the question asked."""
    assert nudger()("plain_language", unknown) is None


@pytest.mark.parametrize("factor", [
    "Mum has postnatal depression and is on the waiting list for talking therapy",
    "Mum has postnatal depression", "Dad has depression and hasn't seen his GP since June"])
def test_a_parents_diagnosed_illness_as_a_complicating_factor_is_not_a_judgement(
        factor: str) -> None:
    """A health visitor listed "Mum has postnatal depression and is on the waiting list for
    talking therapy" as what makes the worries harder to sort out, as the question's help
    suggests ("a parent's illness"). She was told it "says what you make of things", with
    "Dad is volatile" as the example."""
    assert nudger()("plain_language", factor) is None


@pytest.mark.parametrize("label", ["Mum has a lot of issues", "Dad has anger issues"])
def test_what_a_parent_has_said_as_issues_is_still_asked_about(label: str) -> None:
    assert nudger()("plain_language", label) is not None


def mapping_with_two_childrens_words() -> EngineChat:
    chat = reach(FLOWS["mapping"], "house_worries")
    chat.send("Nia: dad shouts at mam and throws things")
    chat.send("Siôn (11): I put my headphones on Nia")
    chat.send("I don't like the dark")
    chat.command("done")
    chat.send("Siôn - I like footie with taid")
    chat.command("done")
    return chat


def test_which_childs_words_in_a_family_of_several_is_shown_outside_the_quote() -> None:
    """A social worker mapping for three children wrote each child's words after their
    name, "Nia: dad shouts at mam and throws things". The summary quoted it all as the
    child's own words, "Nia: dad shouts at mam and throws things", as if Nia had said her
    own name; whose words they are goes before the quotation marks."""
    text = render_text(build_summary(FLOWS["mapping"], mapping_with_two_childrens_words().draft))
    assert 'Nia: "dad shouts at mam and throws things" (the child\'s own words)' in text
    assert 'Siôn (11): "I put my headphones on Nia" (the child\'s own words)' in text
    assert '"I don\'t like the dark" (the child\'s own words)' in text
    # A dash may be the child's own ("Siôn - I like ..."): kept inside, as typed.
    assert '"Siôn - I like footie with taid"' in text
    assert '"Nia: dad' not in text


def test_which_childs_words_is_shown_outside_the_quote_on_the_phone_and_in_the_export() -> None:
    summary = build_summary(FLOWS["mapping"], mapping_with_two_childrens_words().draft)
    assert "Nia: “dad shouts at mam and throws things” <i>(child's words)</i>" in (
        render_telegram(summary))
    assert 'Siôn (11): <span class="child" dir="auto">“I put my headphones on Nia”</span>' in (
        render_html(summary))
    assert 'Nia: "dad shouts at mam and throws things" (child\'s words)' in (
        render_export_text(summary))


@pytest.mark.parametrize("said", ["Mummy: sad", "I: want a dog", "Baby: crying all the time",
                                  "my house: big", "Bunny", "at 3: pick up time"])
def test_words_a_child_may_start_with_stay_inside_the_quote(said: str) -> None:
    assert whose(said) == ("", said)


@pytest.mark.parametrize(("typed", "n", "taken"), [
    # the child's number on the scale they used is taken as it is (walk 32c); "she chose 3"
    # is taken too (walk 31b)
    ("3 on the faces", 3, True), ("a 3 on the faces", 3, True), ("Z pointed to 3", 3, True),
    ("she said 4 on the ladder", 4, True),
    ("she pointed at the 2 face", 2, False), ("picked 7", 7, False)])
def test_the_childs_number_written_with_how_they_gave_it_is_taken_or_offered(
        typed: str, n: int, taken: bool) -> None:
    """A family support worker typed a 5-year-old's number as "3 on the faces", then "she
    chose 3". Each time she was told "Please send one whole number from 0 to 10. If it
    belongs with your answer to "Dreams", /back goes back to it": her list of the child's
    dreams, finished, had nothing to do with it. Now the number is taken, or offered back
    where the words leave room for doubt, and the dreams are never named."""
    chat = reach(FLOWS["three_houses"], "child_scale")
    chat.send(typed)
    said = " ".join(chat.notices())
    assert "Dreams" not in said
    if taken:
        assert chat.draft.answers["child_scale"] == n
    else:
        assert "child_scale" not in chat.draft.answers
        assert chat.asked == "child_scale"
        assert f"Send {n} if that's right." in said


@pytest.mark.parametrize("typed", ["she said 3 times she was scared", "she chose 2 faces",
                                   "3 on the faces and 5 on the ladder"])
def test_a_line_with_a_count_or_two_numbers_at_the_childs_number_is_not_read_as_one(
        typed: str) -> None:
    chat = reach(FLOWS["three_houses"], "child_scale")
    chat.send(typed)
    assert "child_scale" not in chat.draft.answers
    assert "if that's right" not in " ".join(chat.notices())


def test_a_short_form_kept_once_is_not_asked_about_again_in_each_later_answer() -> None:
    """A health visitor kept "HV" when asked to write it out in the safety network, and was
    asked the same again at how everyone will know the plan is working, and again at her
    first next step: three times on a phone for the same two letters she had chosen to keep.
    A short form she has not kept is still asked about."""
    chat = reach(FLOWS["mapping"], "trusted_adults")
    chat.send("Dad: does the feeds on his nights off and texts the HV each Monday")
    assert [r for r in chat.replies if isinstance(r, Nudge)]
    chat.command("keep")
    chat.command("done")
    assert chat.asked == "plan_working"
    chat.send("E is weighed every Tuesday at clinic, the HV checks the feeds chart")
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.asked == "next_steps"
    chat.send("HV to weigh E weekly at clinic on Tuesdays from 8 Dec")
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    chat.send("SW to meet dad at home by Fri 11 Dec")
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert '"SW"' in nudge.text
    assert chat.draft.answers["next_steps"] == [
        "HV to weigh E weekly at clinic on Tuesdays from 8 Dec"]


def test_a_short_form_changed_after_the_reminder_is_asked_about_again_when_it_comes_back(
        ) -> None:
    chat = reach(FLOWS["mapping"], "plan_working")
    chat.send("the HV checks the feeds chart every week")
    assert [r for r in chat.replies if isinstance(r, Nudge)]
    chat.send("the health visitor checks the feeds chart every week")
    assert chat.asked == "next_steps"
    chat.send("HV to weigh E weekly at clinic on Tuesdays from 8 Dec")
    assert [r for r in chat.replies if isinstance(r, Nudge)]


@pytest.mark.parametrize(("typed", "said"), [
    ("serious", 'That could be 1 "Severe: serious injury, or lasting harm to health or '
                'growth". Reply with 1 if that is the one you mean.'),
    ("Serious!", 'That could be 1 "Severe: serious injury, or lasting harm to health or '
                 'growth". Reply with 1 if that is the one you mean.')])
def test_one_word_of_one_options_description_asks_if_that_option_is_meant(
        typed: str, said: str) -> None:
    """A police investigator answered "how severe has the harm been?" with "serious", a word
    only the first option's description holds. She was told "I couldn't match that to one
    of the options", and then, as her answer before was written, how to add "serious" to
    her account of how long it had been going on."""
    chat = reach(FLOWS["harm_matrix"], "harm_severity_1")
    chat.send(typed)
    assert "harm_severity_1" not in chat.draft.answers
    (notice,) = chat.notices()
    assert notice == f'I haven\'t saved "{typed}". {said}'


def test_one_word_of_one_option_on_the_phone_asks_for_the_option_by_its_words() -> None:
    flow = FLOWS["harm_matrix"]
    step = flow.step("harm_severity_1")
    assert step.kind.parse(flow, step, "serious", numbered=False) == (
        None, 'That could be "Severe: serious injury, or lasting harm to health or growth". '
              "Choose it from the options shown if that is the one you mean.")


@pytest.mark.parametrize("typed", ["harm", "child", "injury", "lasting"])
def test_a_word_several_options_hold_or_none_is_still_not_matched(typed: str) -> None:
    flow = FLOWS["harm_matrix"]
    step = flow.step("harm_severity_1")
    value, problem = step.kind.parse(flow, step, typed)
    assert value is None
    assert problem is not None
    assert "Reply with 1 if" not in problem


def test_a_role_with_an_initial_in_brackets_drafts_and_reads_as_the_adult_who_does_it() -> None:
    """A police investigator's Harm Matrix: "Stepfather (S) grabs KL by upper arms + shakes
    when KL (3) cries at night". The drafted danger statement read "are worried that
    Stepfather (S) grabs ...", a capital mid-sentence, and then, kept, was sent back as
    missing "what an adult did or does, described as behaviour": the bracket between the
    role and the verb hid who did it."""
    chat = reach(FLOWS["harm_matrix"], "danger_behaviour_1")
    for line in ["Stepfather (S) grabs KL by upper arms + shakes when KL (3) cries at night",
                 "/skip", "/skip", "/skip", "Since S moved in, in August", "1", "1", "/skip",
                 "no", "/skip", "KL is 3 and cannot tell anyone", "very likely", "2", "/skip",
                 "Police and the hospital",
                 "KL could suffer a serious head injury from being shaken"]:
        if line == "/skip":
            chat.command("skip")
        else:
            chat.send(line)
        if any(isinstance(r, Nudge) for r in chat.replies):
            chat.command("keep")
    assert chat.asked == "danger_statement_1"
    assert "worried that stepfather (S) grabs KL" in (chat.question.suggestion or "")
    chat.command("accept")
    said = " ".join(r.text for r in chat.replies if isinstance(r, Nudge))
    assert "what an adult did or does" not in said


@pytest.mark.parametrize("statement", [
    "The police are worried that stepfather (S) grabs KL by the arms and shakes him when he "
    "cries. If nothing changes, KL could suffer a serious head injury.",
    "The health visitor is worried that Mum (K) leaves E crying in her basket from 2am until "
    "7am. If nothing changes, E could become seriously ill."])
def test_a_danger_statement_naming_the_adult_with_an_initial_in_brackets_has_the_behaviour(
        statement: str) -> None:
    assert nudger()("danger_statement", statement) is None


async def test_a_bulleted_or_numbered_list_pasted_at_a_list_keeps_the_words_not_the_marks(
        store: Store) -> None:
    """A family support worker pasted her strengths and next steps from an email, "• Mum
    works hard ..." and "1. FSW to meet mum ...": each line was added as an item, and the
    summary printed "- • Mum works hard" and "- 1. FSW to meet", the email's marks inside
    the summary's own list."""
    flow = FLOWS["mapping"]
    shown, draft = await at_the_terminal(
        store, flow, "1", "", "KP, family support worker", "", "", "",
        "• dad shouts at mam\n• the big bang door\n- 3 of us hide upstairs", "",
        "1. my kitty\n2) pizza\n3. Nan", "",
        "- 2 more sleeps till Christmas", "")
    assert draft.answers["house_worries"] == ["dad shouts at mam", "the big bang door",
                                              "3 of us hide upstairs"]
    assert draft.answers["house_good"] == ["my kitty", "pizza", "Nan"]
    # one line typed is kept as typed
    assert draft.answers["house_dreams"] == ["- 2 more sleeps till Christmas"]
    assert "(The 3 lines you pasted are added one item each.)" in shown


@pytest.mark.parametrize("told", ["Mum told the GP herself that she was struggling",
                                  "Mum told me she was struggling",
                                  "Dad said he is overwhelmed."])
def test_a_parent_saying_they_were_struggling_is_their_word_not_the_writers(told: str) -> None:
    """A health visitor listed as a strength "Mum told the GP herself that she was
    struggling" and was asked "What happened for them, what did they do, and who looked
    after the children?": what mum did is there, and "struggling" is mum's own word."""
    assert nudger()("plain_language", told) is None


@pytest.mark.parametrize("wobble", ["Mum was struggling.", "mum is really struggling",
                                    "Mum said she had a relapse", "the family is struggling"])
def test_struggling_in_the_writers_own_words_is_still_asked_about(wobble: str) -> None:
    assert nudger()("plain_language", wobble) is not None


@pytest.mark.parametrize("typed", ["undo", "Undo", "undo that"])
def test_undo_after_an_answer_goes_back_to_it_and_is_not_saved_as_the_next(typed: str) -> None:
    """Back at her mapping the next morning, a social worker answered the most recent time,
    saw she had put the wrong date and typed "undo" at the next question: "undo" was saved
    as how often it has happened, and "/undo" was "I don't know that command"."""
    chat = reach(FLOWS["mapping"], "recent_harm")
    chat.send("Last Fri (27/11) B shouted at A til 1am")
    assert chat.asked == "harm_pattern"
    chat.send(typed)
    assert chat.asked == "recent_harm"
    assert "harm_pattern" not in chat.draft.answers
    assert chat.draft.answers["recent_harm"] == "Last Fri (27/11) B shouted at A til 1am"


async def test_undo_typed_in_the_terminal_goes_back(store: Store) -> None:
    shown, draft = await at_the_terminal(store, FLOWS["reflection"], "School",
                                         "Saw a bruise on her arm this morning", "/undo")
    assert "I don't know that command" not in shown
    assert draft.answers["what_happened"] == "Saw a bruise on her arm this morning"
    assert draft.current == "what_happened"


async def test_a_partners_child_words_after_the_childs_name_reach_the_lead_outside_the_quote(
        bot: Bot) -> None:
    """A class teacher wrote what the child said as "Nikola: mama sleeps in the day": in
    the lead's review of contributions and summary, the name goes before the quotation
    marks, not inside them as if Nikola had said her own name."""
    await a_health_visitor_sends(bot, [
        "School", "class teacher",
        "On 26 Nov N came in with no coat and said nobody was up; she fell asleep in phonics",
        "Her older brother brings her to class and she is doing well in reading",
        "I will ring mum each Monday; school will offer breakfast club from 7 Dec",
        "5 - she is in school most days", "Nikola: mama sleeps in the day and I make toast"])
    await bot.say("/review")
    review = "".join(texts_to(bot, USER)[-3:])
    await bot.say("/summary")
    summary = bot.texts()[-1]
    for shown in (review, summary):
        assert "Nikola: “mama sleeps in the day and I make toast”" in shown
        assert "“Nikola:" not in shown


@pytest.mark.parametrize("named", [
    "Siôn Llywelyn was at nan's when dad came home", "Bethan Pritchard (mam) rang the school",
    "Rhodri Owen collected the children", "Kasia Nowak is the older sister",
    "Amira Haddad told her teacher", "Hodan Warsame came to the meeting",
    "Khalid Rahman picked him up from school"])
def test_a_welsh_polish_or_arabic_full_name_is_asked_to_be_initials(named: str) -> None:
    """A social worker in Cardiff wrote "Siôn Llywelyn was at nan's": no reminder, though
    "Iolo Williams" had one. Common Welsh, Polish, Arabic and Somali first names seen in UK
    caseloads were missing from the names the privacy check knows."""
    said = nudger()("privacy", named)
    assert said is not None
    assert "a full name" in said


@pytest.mark.parametrize("plain", ["We went to Mali Road surgery", "Seren said hello",
                                   "Cai and Nia were at school"])
def test_first_names_alone_are_still_left_alone(plain: str) -> None:
    assert nudger()("privacy", plain) is None
