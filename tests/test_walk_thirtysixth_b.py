"""The thirty-sixth pass, walk b: partners and practitioners pasting their own reports,
headed as they keep them, at one question. Each test of a defect failed on the code as it
was."""

from __future__ import annotations

from html import unescape

import pytest

from tests.test_lead_thirtysixth import nudges
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_thirtyfirst import sent_at

__all__ = ["bot"]  # the fixture

HUNGRY = "K came to school hungry three days last week."
RANG = "mum rang us on Monday to explain."
NURSE = "school nurse to see K on Tuesday."


@pytest.mark.parametrize("typed", [
    # numbered, as a report's sections are
    f"1. Concerns: {HUNGRY}\n2. Strengths: {RANG}\n3. Next steps: {NURSE}",
    f"1) Concerns: {HUNGRY}\n2) Strengths: {RANG}\n3) Next steps: {NURSE}",
    # bold, as Word or a chat's markdown writes it, the colon in the bold or after it
    f"**Concerns:** {HUNGRY}\n**Strengths:** {RANG}\n**Next steps:** {NURSE}",
    f"**Concerns**\n{HUNGRY}\n**Strengths**\n{RANG}\n**Next steps**\n{NURSE}",
    f"## Concerns\n{HUNGRY}\n## Strengths\n{RANG}\n## Next steps\n{NURSE}",
    # a dash at the end of the heading's line
    f"Concerns -\n{HUNGRY}\nStrengths -\n{RANG}\nNext steps -\n{NURSE}",
])
def test_a_schools_report_headed_as_they_write_it_goes_each_part_under_its_question(
        typed: str) -> None:
    """A school's safeguarding lead pasted her report at "Worries". Numbered, the "2." of
    the next heading ended each part ("K came to school hungry ...\\n2."), and the first
    began "1."; "1) Concerns:", "**Strengths:**" or "Concerns -" over its line were not
    read as headings at all: saved whole under "Worries" without a word, the school's
    strengths and next steps among its worries."""
    chat = sent_at("contribution", "worries", typed)
    assert "worries" not in chat.draft.answers
    assert "/use puts each under its own question" in nudges(chat)[-1]
    chat.command("accept")
    assert chat.draft.answers["worries"] == HUNGRY
    assert chat.draft.answers["working_well"] == RANG
    assert chat.draft.answers["needs_to_happen"] == NURSE


def test_a_name_in_a_part_headed_elsewhere_is_asked_about_before_anything_is_put_there(
        ) -> None:
    """The officer's "Strengths: Kayleigh Brown's nan ..." was asked only about the headings;
    /use put the full name under "What is working well" with no reminder, to go to the
    social worker as it was."""
    chat = sent_at("contribution", "worries",
                   f"Concerns: {HUNGRY}\nStrengths: Kayleigh Brown's nan brings her every day."
                   f"\nNext steps: {NURSE}")
    assert "Kayleigh Brown" in nudges(chat)[-1]
    assert "initials" in nudges(chat)[-1]
    chat.send(f"Concerns: {HUNGRY}\nStrengths: KB's nan brings her every day.\n"
              f"Next steps: {NURSE}")
    assert "/use puts each under its own question" in nudges(chat)[-1]
    chat.command("accept")
    assert chat.draft.answers["working_well"] == "KB's nan brings her every day."


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "there"), [
    # the child's houses: "n/a" would be quoted in the summary as the child's own words
    ("three_houses", "house_worries", "when daddy shouts\nGood things: none\nDreams: n/a",
     "house_good"),
    # a partner's labels and pointers would go to the lead unasked
    ("contribution", "worries", f"Concerns: {HUNGRY}\nStrengths: good engagement\n"
     f"Next steps: {NURSE}", "working_well"),
    ("contribution", "worries", f"Concerns: {HUNGRY}\nStrengths: {RANG}\nNext steps: see above",
     "needs_to_happen"),
])
def test_a_part_that_would_be_asked_about_at_its_question_is_not_put_there_unasked(
        flow_id: str, step_id: str, typed: str, there: str) -> None:
    """Put each part under its question filed every part as it was: the houses' "Good
    things: none" stood in the summary as the child's words, in quotation marks, and a
    partner's "good engagement" went to the social worker without the question any answer
    typed there is asked. Now /use is not offered; each part is sent at its question."""
    chat = sent_at(flow_id, step_id, typed)
    assert "/use" not in nudges(chat)[-1]
    assert "Send only what answers this question" in nudges(chat)[-1]
    chat.command("accept")
    assert there not in chat.draft.answers


def test_one_childs_words_under_a_houses_heading_lose_the_notes_bullet() -> None:
    """The family support worker's notes, each house's heading over its bullets: the
    worries, two lines, went in without their bullets, but the one good thing was filed as
    "- my dog Max", quoted so as the child's words."""
    chat = sent_at("three_houses", "house_worries",
                   "Worries:\n- when daddy shouts\n- the dark\nGood things:\n- my dog Max\n"
                   "Dreams:\n- live at nans")
    chat.command("accept")
    assert '"my dog Max" under "Good things"' in chat.notices()[-1]
    assert chat.draft.answers["house_worries"] == ["when daddy shouts", "the dark"]
    assert chat.draft.answers["house_good"] == ["my dog Max"]
    assert chat.draft.answers["house_dreams"] == ["live at nans"]


@pytest.mark.parametrize("typed", [
    "Worry house: when daddy shouts\nGood things house: my dog Max\nDream house: live at nans",
    "Worries - when daddy shouts\nGood - my dog Max\nDreams - live at nans",
    "House of worries: when daddy shouts\nHouse of good things: my dog Max\n"
    "House of wishes: live at nans",
])
def test_the_houses_by_the_names_children_give_them_go_each_to_its_house(typed: str) -> None:
    """A family support worker typed up K's houses by the names K used: "Worry house: ...
    Good things house: ... Dream house: ..." was saved whole as K's worries, three lines in
    quotation marks; "Good - my dog Max" went in among the worries, and "House of wishes"
    among the good things, when each part was put under its question."""
    chat = sent_at("three_houses", "house_worries", typed)
    assert "/use puts each under its own question" in nudges(chat)[-1]
    chat.command("accept")
    assert chat.draft.answers["house_worries"] == ["when daddy shouts"]
    assert chat.draft.answers["house_good"] == ["my dog Max"]
    assert chat.draft.answers["house_dreams"] == ["live at nans"]


# --- a tool's name typed -----------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["HARM MATRIX.", "The harm matrix", "Harm matrix please"])
async def test_a_tools_name_typed_as_a_message_is_written_starts_it(bot: Bot, typed: str
                                                                     ) -> None:
    """Typed under the menu as a phone writes it, a full stop added or "the" before it, the
    tool's name was "You have no draft open. None is saved either: /new starts one"."""
    await bot.say("/start")
    await bot.say(typed)
    assert "case label" in bot.texts()[-1]
    await bot.say("KB-3")
    assert any('Started "KB-3": Harm Matrix' in unescape(said) for said in bot.texts()[-3:])


async def test_a_tools_name_typed_under_new_with_a_draft_open_starts_it(bot: Bot) -> None:
    """A social worker half-way into a mapping sent /new for a harm matrix and typed its name
    under the menu of tools: "You are in the middle of "LM-9". I haven't saved what you just
    sent, as its question was no longer on the screen", and the mapping's question again."""
    await bot.say("/new mapping")
    await bot.say("LM-9")
    await bot.say("/new")
    await bot.say("harm matrix")
    assert "case label" in bot.texts()[-1]
    await bot.say("LM-9 HM")
    assert any('Started "LM-9 HM": Harm Matrix' in unescape(said)
               for said in bot.texts()[-3:])
    assert "LM-9" in {draft.label for draft in await bot.conversation.drafts(USER)}


def test_a_report_over_the_limit_is_not_told_to_cut_parts_that_have_their_own_questions(
        ) -> None:
    """The school's report, 4,400 characters, its worries, strengths and next steps headed:
    "so about 423 need to go ... could you cut it down to the main points", where the worries
    alone fit, and the rest has questions of its own."""
    worries = "K came to school hungry on Monday, Tuesday and Wednesday and ate twice. " * 40
    typed = (f"Concerns: {worries}\nStrengths: " + "mum rang us on Monday to explain. " * 40
             + f"\nNext steps: {NURSE}")
    chat = sent_at("contribution", "worries", typed)
    said = chat.notices()[-1]
    assert "cut it down" not in said
    assert f"this question's part alone is {len(worries.strip())} characters" in said
    assert '"Next steps: school nurse to see K on Tuesday."' in said
    assert "worries" not in chat.draft.answers


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("contribution", "worries",
     "Safety - K told me she doesn't feel safe walking home past the flats"),
    ("contribution", "worries", "Actions: officers attended at 23:10, dad arrested for assault "
     "on mum, K (6) was in the hallway"),
    ("contribution", "working_well", "Risk: K's attendance dropped to 70% but is back up to "
     "95% since mum started walking her in"),
    ("contextual", "peer_worries", "Plan: older boys told K they would 'sort him out' if he "
     "didn't carry for them"),
    ("contextual", "school_strengths", "Harm: none reported at school; K has a mentor he sees "
     "every Monday"),
    ("wellbeing", "strengths", "Goals: K wants to be a vet and goes to the animal club every "
     "Saturday with nan"),
    # the child's own words
    ("three_houses", "house_worries", "Dreams - I have bad dreams about the man who shouts"),
])
def test_an_answer_about_safety_risk_or_a_plan_is_not_asked_which_column(
        flow_id: str, step_id: str, typed: str) -> None:
    """An answer that starts with what it is about ("Safety - K told me she doesn't feel
    safe", a police log's "Actions: officers attended ...") was held: 'Part of your answer is
    headed for another column of the summary ... Sent as it is, all of it is filed here',
    though all of it answers the question; a child's "Dreams - I have bad dreams" likewise."""
    chat = sent_at(flow_id, step_id, typed)
    assert not any("headed for" in said for said in nudges(chat))


def test_a_strength_pasted_alone_at_the_worries_is_still_asked_about() -> None:
    chat = sent_at("contribution", "worries", "Strengths: mum rang us on Monday to explain")
    assert "headed for another column" in nudges(chat)[-1]


def test_a_partner_typing_a_tools_name_at_a_question_is_not_saved_as_her_answer() -> None:
    """A police officer, back from /help at "Worries", typed "Harm Matrix" to start one: it
    was saved as the police's worry, to go to the social worker's summary under her service."""
    chat = sent_at("contribution", "worries", "Harm Matrix")
    assert "worries" not in chat.draft.answers
    assert "reads as the name of a tool" in chat.notices()[-1]
    assert "/new" not in chat.notices()[-1]  # not a partner's to use
    chat.send("Harm Matrix")  # sent again: her answer after all
    assert chat.draft.answers["worries"] == "Harm Matrix"


@pytest.mark.parametrize("typed", ["harm matrix", "new harm matrix", "Three Houses."])
def test_a_tools_name_typed_at_a_question_of_a_draft_says_how_to_start_it(typed: str) -> None:
    chat = sent_at("mapping", "strengths", typed)
    assert "strengths" not in chat.draft.answers
    assert "/new" in chat.notices()[-1]
    assert "stays saved" in chat.notices()[-1]


@pytest.mark.parametrize("typed", ["supervision", "wellbeing", "mapping"])
def test_a_word_a_tool_is_named_by_may_still_be_the_answer(typed: str) -> None:
    chat = sent_at("mapping", "strengths", typed)
    assert not any("name of a tool" in said for said in chat.notices())


def test_a_heading_with_nothing_under_it_is_not_named_as_a_part() -> None:
    """"Strengths:" left empty over the next heading was named among the parts headed for
    other columns, as "Strengths:", though /use put nothing there."""
    chat = sent_at("contribution", "worries",
                   f"Concerns: {HUNGRY}\nStrengths:\nNext steps: {NURSE}")
    said = nudges(chat)[-1]
    assert '"Strengths:"' not in said
    assert f'"Next steps: {NURSE}"' in said
    chat.command("accept")
    assert "working_well" not in chat.draft.answers
    assert chat.draft.answers["needs_to_happen"] == NURSE


@pytest.mark.parametrize("last", ["Scale 4/10", "Scale: 4 - mum is working with us but K is "
                                  "still hungry most Mondays", "Child's voice: no food Sundays"])
def test_a_partners_number_or_the_childs_voice_at_the_end_of_a_report_is_not_put_in_her_next_steps(
        last: str) -> None:
    """A school's report ending with its number ("Scale 4/10") or the child's voice, after
    "Next steps: ...": Put each part under its question put it in the next steps, "school
    nurse to see K on Tuesday.\\nScale 4/10", and her number was still to be asked."""
    chat = sent_at("contribution", "worries",
                   f"Concerns: {HUNGRY}\nStrengths: {RANG}\nNext steps: {NURSE}\n{last}")
    assert f'"{last.split(" - ")[0]}' in nudges(chat)[-1]
    assert "/use" not in nudges(chat)[-1]
    chat.command("accept")
    assert "needs_to_happen" not in chat.draft.answers


def test_the_childs_voice_heading_an_answer_alone_is_the_answer() -> None:
    chat = sent_at("contribution", "worries", "Child's voice: K said \"there's no food at home "
                   "on Sundays\" and she was hungry on Monday")
    assert not any("headed for" in said for said in nudges(chat))


@pytest.mark.parametrize("flow_id", ["mapping", "wellbeing", "three_houses"])
def test_a_mapping_pasted_at_the_house_of_worries_is_not_put_in_the_childs_houses(
        flow_id: str) -> None:
    """A social worker pasted her mapping, headed by its columns, at the house of worries,
    the first question asking for any of it: Put each part under its question put "dad to
    stay at his brother's ..." in the house of dreams and "nan collects K ..." in the house
    of good things, each in quotation marks as the child's own words."""
    chat = sent_at(flow_id, "house_worries",
                   "Worries: dad hit mum on Friday while K watched from the stairs.\nWorking "
                   "well: nan collects K from nursery every day.\nNext steps: dad to stay at "
                   "his brother's until the assessment is done.")
    assert "/use" not in nudges(chat)[-1]
    chat.command("accept")
    assert "house_good" not in chat.draft.answers
    assert "house_dreams" not in chat.draft.answers


def test_the_forms_questions_as_headings_with_the_answers_on_their_lines_are_read() -> None:
    """Copied from the form, each question with its answer after it on one line: "What are we
    worried about? K came ... What's working well? Mum rang ... What needs to happen? ..."
    was saved whole under "Worries" without a word."""
    chat = sent_at("contribution", "worries",
                   f"What are we worried about? {HUNGRY} What's working well? Mum rang us on "
                   f"Monday to explain. What needs to happen? School nurse to see K on Tuesday.")
    assert "/use puts each under its own question" in nudges(chat)[-1]
    chat.command("accept")
    assert chat.draft.answers["worries"] == HUNGRY
    assert chat.draft.answers["working_well"] == "Mum rang us on Monday to explain."
    assert chat.draft.answers["needs_to_happen"] == "School nurse to see K on Tuesday."


@pytest.mark.parametrize("typed", [
    "Is there a plan? Mum says no, and K came to school hungry three days last week.",
    "Safety? K says she doesn't feel safe at home when dad drinks."])
def test_a_question_asked_in_the_answer_heads_no_column(typed: str) -> None:
    chat = sent_at("contribution", "worries", typed)
    assert chat.draft.answers["worries"] == typed
