"""The fifty-fifth walk: practitioners and partners on their phones. A signature pasted where
the writer is asked, a child's "none" and the words she said after it, a yes or no said back
at a choice of "Yes", "Partly" and "No", a half on the scale with its reason, and what
phones send besides. Each test of a defect failed on the code as it was; the others guard
what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.replies import Command, Notice, Nudge, Question
from tests.test_attacks_twentyninth import shown
from tests.test_telegram_handlers import Bot, bot, button
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_twentyninth import at_the_house_of_worries

__all__ = ["bot"]  # the fixture

# --- a signature pasted at "Written by" ------------------------------------------------------

SIGNED = ("Lucy Marsh\nSocial Worker | Northside Children's Team\nTel: 01234 567890\n"
          "Mob: 07700 900123\nlucy.marsh@northside.gov.uk\nwww.northside.gov.uk\n"
          "This email and any attachments are confidential and intended solely for the "
          "addressee. If you have received this email in error please tell the sender.")


async def test_a_signature_pasted_at_written_by_keeps_the_name_and_role(bot: Bot) -> None:
    """A social worker pasted her email signature at "Who is writing this mapping?". All of
    it was saved: her phone numbers, email, the council's web address and its confidentiality
    notice went to the top of the record a chair reads first, and into every export. The
    name and role lines are kept as who wrote it, and she is told what was left out."""
    await bot.say("/new mapping")
    await bot.say("LM-4")
    await bot.tap(button(bot, "a:"))  # a child protection conference
    await bot.say("Mon 14 Dec, 10am")
    await bot.say(SIGNED)
    said = "\n".join(shown(bot)[-3:])
    assert ("I've kept \"Lucy Marsh, Social Worker, Northside Children's Team\" as who wrote "
            "this, and left out the rest of the signature (its phone number, email address, "
            "web address and confidentiality notice)") in said, said
    await bot.say("/summary")
    summary = shown(bot)[-1]
    assert "Lucy Marsh, Social Worker, Northside Children's Team" in summary
    for gone in ("01234", "07700", "@northside", "www.", "confidential"):
        assert gone not in summary, gone


@pytest.mark.parametrize(("flow", "typed", "kept"), [
    ("mapping", "LM, social worker\n\nSent from my iPhone", "LM, social worker"),
    ("wellbeing", "Kind regards\nPK\nFamily support worker, Eastgate family hub\n"
                  "M: 07700 900 123", "PK, Family support worker, Eastgate family hub"),
    ("harm_matrix", "AN\nSocial worker (she/her)\nNorthside Civic Centre, High St, NS1 2AB",
     "AN, Social worker (she/her)"),
    ("contextual", "PC 2291 Jones, neighbourhood policing team\nTel 101 ext 4471\n"
                   "r.jones@police.example.uk", "PC 2291 Jones, neighbourhood policing team")])
def test_a_signature_in_each_tool_is_kept_as_name_and_role(flow: str, typed: str,
                                                           kept: str) -> None:
    chat = sent_at(flow, "author", typed)
    assert chat.draft.answers["author"] == kept


@pytest.mark.parametrize("typed", ["LM\nsocial worker", "LM, social worker",
                                   "LM social worker, Northside children's team\nadolescent "
                                   "safeguarding"])
def test_who_wrote_it_over_two_lines_without_a_signature_is_kept_as_typed(typed: str) -> None:
    chat = sent_at("mapping", "author", typed)
    assert chat.draft.answers["author"] == typed
    assert not [r for r in chat.replies if isinstance(r, Notice)]


# --- a child's "none" and the words after it -------------------------------------------------


def test_none_first_in_the_childs_words_is_asked_and_her_next_words_stay_there() -> None:
    """A family support worker typed the child's words one message at a time in the house of
    worries: "none", as K first said, then "when dad shouts at mum". "none" was kept as K's
    words and the list closed at once, so "when dad shouts at mum" was filed in the house of
    good things, as something K said was good. "none" first is now asked about, as "nothing
    said" is (/skip or /keep), and the words after it stay in the worries house."""
    chat = sent_at("three_houses", "house_worries", "none")
    assert "house_worries" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "/skip leaves this out; /keep keeps it" in nudge, nudge
    chat.send("when dad shouts at mum")
    assert "when dad shouts at mum" in chat.draft.answers["house_worries"]
    assert "house_good" not in chat.draft.answers


@pytest.mark.parametrize("flow", ["mapping", "wellbeing", "three_houses"])
def test_none_first_in_the_childs_words_then_skip_leaves_the_list_empty(flow: str) -> None:
    chat = sent_at(flow, "house_worries", "none")
    chat.send(Command("skip"))
    assert not chat.draft.answers.get("house_worries")
    assert chat.asked == "house_good"


@pytest.mark.parametrize("kept", [Command("keep"), "none", ""])
def test_none_kept_as_the_childs_word_is_their_list_and_the_list_is_done(
        kept: str | Command) -> None:
    """/keep, "none" sent again, or an empty line (as a file ends a list): "none" is kept as
    the child's, and the list is done, as "none" to a list was."""
    chat = sent_at("three_houses", "house_worries", "none")
    chat.send(kept)
    assert chat.draft.answers["house_worries"] == ["none"]
    assert chat.asked == "house_good"
    assert [r.step_id for r in chat.replies if isinstance(r, Question)] == ["house_good"]


@pytest.mark.parametrize("typed", ["nope", "not really", "nothing at all"])
def test_a_childs_answer_of_no_that_is_no_note_still_ends_the_list_as_theirs(typed: str) -> None:
    """"nope" or "not really" reads as the child's answer, not the writer's note: kept as
    theirs, and the list is done, as before."""
    chat = sent_at("three_houses", "house_worries", typed)
    assert chat.draft.answers["house_worries"] == [typed]
    assert chat.asked == "house_good"


def test_none_after_the_childs_words_still_ends_the_list() -> None:
    chat = sent_at("three_houses", "house_worries", "when dad shouts")
    chat.send("none")
    assert chat.draft.answers["house_worries"] == ["when dad shouts"]
    assert chat.asked == "house_good"


def test_a_young_persons_none_where_their_words_are_needed_keeps_their_next_words() -> None:
    """A personal adviser in Signs of Success typed the young person's worries as he said
    them: "none", then "being on my own at night". "none" was kept and the list closed, so
    his worry was saved as "What worries others", someone else's. Where their words are
    needed, "none" is kept as theirs and the list stays open for what they said next."""
    chat = sent_at("success", "their_worries", "none")
    assert chat.draft.answers["their_worries"] == ["none"]
    assert chat.asked == "their_worries"
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice))
    assert 'I\'ve kept "none" as their own words. If that is all they said, send done' in said
    chat.send("being on my own at night")
    chat.send("done")
    assert chat.draft.answers["their_worries"] == ["none", "being on my own at night"]
    assert "others_worried" not in chat.draft.answers


@pytest.mark.parametrize("then", ["done", "none", ""])
def test_a_young_persons_none_alone_is_their_answer_once_the_list_is_ended(then: str) -> None:
    chat = sent_at("success", "their_worries", "none")
    chat.send(then)
    assert chat.draft.answers["their_worries"] == ["none"]
    assert chat.asked == "others_worried"


async def test_none_then_the_childs_worry_on_the_phone_stays_in_the_worries_house(
        bot: Bot) -> None:
    """The same on the phone, two messages sent one after the other."""
    await at_the_house_of_worries(bot)
    await bot.say("none")
    await bot.say("when dad shouts at mum")
    await bot.say("done")
    await bot.say("/summary")
    summary = shown(bot)[-1]
    worries, _, good = summary.partition("good things")
    assert "when dad shouts at mum" in worries, summary
    assert "when dad shouts at mum" not in good


# --- yes or no said back, at a question and at a choice --------------------------------------


@pytest.mark.parametrize(("typed", "saved"), [
    ("no she hasn't been", "no"), ("No, she hasn't been hurt.", "no"),
    ("know she hasn't been", "no"), ("yes he has been harmed", "yes")])
def test_yes_or_no_said_back_with_the_questions_words_after_it_is_that_answer(
        typed: str, saved: str) -> None:
    """At "Has the child already been hurt or harmed ...?" a social worker dictated "no she
    hasn't been". "No she hasn't" was saved as No; with "been" after it she was told to
    answer yes or no, and that it might belong with her answer before. The question's own
    words after the verb are read as part of the same yes or no."""
    chat = sent_at("mapping", "harm_happened", typed)
    assert chat.draft.answers["harm_happened"] == saved


@pytest.mark.parametrize("typed", ["no she has been", "no he has hit her",
                                   "yes there has been a lot", "no she hasn't been to school"])
def test_a_yes_or_no_with_other_words_after_it_is_still_asked_again(typed: str) -> None:
    chat = sent_at("mapping", "harm_happened", typed)
    assert "harm_happened" not in chat.draft.answers


@pytest.mark.parametrize(("typed", "saved"), [
    ("know he doesn't", "denies"), ("no he doesn't", "denies"), ("Know", "denies"),
    ("no he doesn't accept it", "denies"), ("yes he does", "accepts"),
    ("Yes she does.", "accepts"), ("Partly she does", "partly"),
    ("partly he does accept it", "partly")])
def test_yes_or_no_said_back_at_a_choice_of_yes_partly_and_no_is_that_option(
        typed: str, saved: str) -> None:
    """In the Harm Matrix for a domestic abuse case, at "Does the adult accept that this
    happens and that it harms the child?" (Yes, Partly, No, Not talked about yet), a social
    worker dictated "no he doesn't" and her phone wrote "know he doesn't"; at the neglect
    case's, she answered "Partly she does". Each was refused with "I couldn't match that to
    one of the options", where a yes-or-no question reads "no he doesn't" as No. They are
    now read as the option they start with, as a yes-or-no question reads them."""
    chat = sent_at("harm_matrix", "harm_accepted_1", typed)
    assert chat.draft.answers["harm_accepted_1"] == saved


@pytest.mark.parametrize("typed", ["no he does", "yes he doesn't", "partly he doesn't",
                                   "no he says it never happened"])
def test_a_yes_or_no_at_that_choice_that_says_more_or_both_is_still_asked(typed: str) -> None:
    chat = sent_at("harm_matrix", "harm_accepted_1", typed)
    assert "harm_accepted_1" not in chat.draft.answers


@pytest.mark.parametrize("typed", ["no he doesn't he says mum winds him up",
                                   "No he doesn't, he says mum winds him up"])
def test_a_dictated_no_with_more_after_it_names_the_option_it_starts_with(typed: str) -> None:
    """In the domestic abuse case she dictated "no he doesn't he says mum winds him up", no
    stop anywhere, and was told it matched no option, with a comma after "doesn't" too,
    where "No, he says mum winds him up" is told it starts with the option "No" and to
    send the rest where it fits. Both now name the option "No", as that is; nothing is
    saved until she sends it alone."""
    chat = sent_at("harm_matrix", "harm_accepted_1", typed)
    assert "harm_accepted_1" not in chat.draft.answers
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice | Nudge))
    assert 'It starts with the option "No"' in said, said
    assert '("he says mum winds him up")' in said, said


def test_no_said_back_is_not_read_as_an_option_that_says_more_than_no() -> None:
    """"No, or they have been seriously hurt" says more than no: a dictated "know she
    isn't" is not read as it, where the child's safety tonight turns on it."""
    chat = sent_at("reflection", "safe_today", "know she isn't")
    assert "safe_today" not in chat.draft.answers


# --- a half on the scale with why -------------------------------------------------------------


@pytest.mark.parametrize(("typed", "low"), [
    ("three and a half because dad has moved out", 3), ("3.5 because dad has moved out", 3),
    ("3 and a half, dad has moved out", 3), ("between 3 and 4 as dad has moved out", 3),
    ("6 or 7 - things are better", 6), ("Six and a half. Mum is engaging", 6),
    ("three point five", 3), ("Seven point five.", 7), ("6 point 5 because mum is engaging", 6)])
def test_a_half_with_its_reason_is_asked_which_of_the_two_fits(typed: str, low: int) -> None:
    """A social worker answered the safety scale "three and a half because dad has moved
    out". "three and a half" alone is asked which of 3 and 4 fits best; with its reason,
    and so "3.5 because ...", she was told only to send one whole number, and that the
    words might belong with her answer before, which /back would replace. With a reason
    the half is read as it is alone: which of the two fits, nothing saved. So is a half as
    dictation writes "3.5" said aloud, "three point five", which was read as two numbers,
    3 and 5, and she was asked which of them was now."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert "safety_scale" not in chat.draft.answers
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice))
    assert f"Pick the one that fits best, {low} or {low + 1}" in said, said
    assert "/back" not in said


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("8 - 2 weeks without an incident", 8, "2 weeks without an incident"),
    ("4 because dad has moved out", 4, "because dad has moved out")])
def test_a_whole_number_with_its_reason_is_still_saved_with_it(typed: str, number: int,
                                                              why: str) -> None:
    chat = sent_at("mapping", "safety_scale", typed)
    assert chat.draft.answers["safety_scale"] == number
    assert why in str(chat.draft.answers.get("safety_scale_why"))


# --- a tool's name mistyped ------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "meant"), [
    ("/new mapings KB-1", "Did you mean Safety mapping? Send /new mapping KB-1 to start it"),
    ("/new harm matirx", "Did you mean Harm Matrix? Send /new harm_matrix to start it"),
    ("/new three houes", "Did you mean My Three Houses? Send /new three_houses to start it"),
    ("/new wellbeeing", "Did you mean Signs of Wellbeing? Send /new wellbeing to start it")])
async def test_a_tools_name_mistyped_after_new_is_named_back(bot: Bot, typed: str,
                                                              meant: str) -> None:
    """A social worker typed "/new mapings KB-1" on her phone. A mistyped command is asked
    "Did you mean /summary?", but a mistyped tool was told only "I don't know that tool.
    /new shows the ones I have." The tool it is a slip of is now named, with the line to
    send; nothing is started until she sends it."""
    await bot.say(typed)
    said = shown(bot)[-1]
    assert said.startswith("I don't know that tool. " + meant), said
    assert "Started" not in " ".join(shown(bot))


async def test_a_name_near_no_tool_is_still_told_the_list(bot: Bot) -> None:
    await bot.say("/new banana")
    assert shown(bot)[-1] == "I don't know that tool. /new shows the ones I have."
