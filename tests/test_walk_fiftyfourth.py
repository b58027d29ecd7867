"""The fifty-fourth walk: practitioners and partners on their phones. A child's worker writing
up My Three Houses, a youth worker and a school in a contextual mapping, a team's links sent,
answered, reviewed and left, a draft resumed days later on another phone, the exports pasted
into a report; with what phones send (dictation without punctuation or with the wrong word,
autocorrect, emoji, pasted signatures, two messages at once, old buttons, mistyped commands).
Each test of a defect failed on the code as it was; the others guard what the fixes must leave
alone."""

from __future__ import annotations

import pytest

from flows.answers import RLM
from flows.replies import Notice, Nudge
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_fiftythird import at_the_worry_statement
from tests.test_walk_thirtyfirst import said_to, sent_at
from tests.test_walk_thirtythird_b import HV, answers, link, mapping, opens, phone, team

__all__ = ["bot", "team"]  # the fixtures

# --- a number on the scale as it is said ----------------------------------------------------


@pytest.mark.parametrize(("typed", "low"), [("three and a half", 3), ("Three and a half.", 3),
                                            ("about six and a half", 6),
                                            ("between three and four", 3),
                                            ("four or five", 4)])
def test_a_half_said_in_words_is_asked_which_of_the_two_fits(typed: str, low: int) -> None:
    """A social worker dictated "three and a half" at the safety scale. "3 and a half" is
    asked which of 3 and 4 fits best; in words she was told only to send one whole number,
    and that it might belong with her answer before, which /back would replace. In words
    too she is asked which of the two fits, and nothing is saved."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert "safety_scale" not in chat.draft.answers
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice))
    assert f"Pick the one that fits best, {low} or {low + 1}" in said, said
    assert "If it belongs with your answer" not in said


@pytest.mark.parametrize(("typed", "saved"), [("4 (ish)", 4), ("four (ish)", 4),
                                              ("5 (maybe)", 5), ("6 (approx)", 6),
                                              ("about 4 (ish)", 4), ("3 (roughly)", 3),
                                              ("7 (I think)", 7)])
def test_a_number_with_how_sure_in_brackets_is_the_number_alone(typed: str,
                                                                saved: int) -> None:
    """A social worker answered the safety scale with "4 (ish)". "4ish" is saved as 4;
    "4 (ish)" was saved as 4 with "ish" as why she chose it, and "5 (maybe)" with "maybe"
    as the reason, then asked what had been seen behind "maybe". How sure she is, in
    brackets, is read as "4ish" is: the number saved, and why still asked, empty."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert chat.draft.answers["safety_scale"] == saved
    assert "safety_scale_why" not in chat.draft.answers
    assert chat.asked == "safety_scale_why"
    assert [r for r in chat.replies if isinstance(r, Notice | Nudge)] == []


def test_a_reason_in_brackets_after_the_number_is_still_the_reason() -> None:
    """Words in brackets that say why stay the reason, as before."""
    chat = sent_at("mapping", "safety_scale", "4 (dad has not hit anyone since March)")
    assert chat.draft.answers["safety_scale"] == 4
    assert chat.draft.answers["safety_scale_why"] == "dad has not hit anyone since March"


@pytest.mark.parametrize(("typed", "saved"), [("for", 4), ("For.", 4), ("about for", 4),
                                              ("too", 2), ("a too", 2), ("ate", 8),
                                              ("Ate", 8)])
def test_a_number_dictation_wrote_as_a_word_that_sounds_like_it_is_that_number(
        typed: str, saved: int) -> None:
    """A social worker dictated her number at the safety scale: "four" came out as "for",
    "two" as "too", "eight" as "ate". Each was refused: "Please send one whole number",
    and it might belong with her answer before. At a scale, where only a number fits, the
    word that sounds like a number is that number, shown as saved under the question."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert chat.draft.answers["safety_scale"] == saved


# --- yes or no as dictation writes it -------------------------------------------------------


@pytest.mark.parametrize(("typed", "saved"), [
    ("Know", "no"), ("know.", "no"), ("Know not yet", "no"), ("no there hasn't", "no"),
    ("No, there hasn't.", "no"), ("know there hasn't", "no"), ("yes there has", "yes"),
    ("Yeah their has", "yes"), ("yes she has", "yes"), ("No he hasn't", "no"),
    ("no it has not", "no")])
def test_yes_or_no_as_dictation_writes_it_is_that_answer(typed: str, saved: str) -> None:
    """A social worker dictated her answers. At "Has the child already been hurt or harmed
    ...?" her phone wrote "Know" for "No", and "Yeah their has" for "Yeah there has"; she was
    told to answer yes or no, and that the words might belong with her answer before. "No,
    there hasn't", as people answer, was refused too. A yes or no said back with its own
    verb ("there hasn't", "she has"), and "know" for "no", are that answer."""
    chat = sent_at("mapping", "harm_happened", typed)
    assert chat.draft.answers["harm_happened"] == saved


@pytest.mark.parametrize("typed", ["yes there hasn't", "no she has", "know that he hit her",
                                   "yes but dad doesn't know", "no there has been a lot"])
def test_a_yes_or_no_that_says_more_or_the_opposite_is_still_asked_again(typed: str) -> None:
    """"Yes there hasn't" says two things, and "yes but dad doesn't know" more than yes: each
    is still asked again, nothing saved."""
    chat = sent_at("mapping", "harm_happened", typed)
    assert "harm_happened" not in chat.draft.answers


# --- who is worried, with the writer in the middle ------------------------------------------


@pytest.mark.parametrize(("who", "drafted"), [
    ("The school, I and dad", "The school, dad and I are worried that"),
    ("School, me and dad", "The school, dad and I are worried that"),
    ("school, myself and dad", "The school, dad and I are worried that"),
    ("School and I and dad", "The school, dad and I are worried that"),
    ("the school, me (support worker) and dad",
     "The school, dad and I (support worker) are worried that")])
async def test_the_writer_named_among_others_who_are_worried_comes_last(
        bot: Bot, who: str, drafted: str) -> None:
    """A family support worker answered who is worried with "The school, I and dad". The
    drafted worry statement began "The school, I and dad are worried that", and "School,
    me and dad" began "The school, me and dad are worried". Named in the middle of the
    list, she is put last, as a sentence puts her: "The school, dad and I are worried
    that". Named first, she stays first, as before."""
    assert drafted in await at_the_worry_statement(bot, who)


# --- the team's /review: a partner's name and the label in their direction -----------------

ROLE_AR = "ممرضة (الزيارات المنزلية)"  # "nurse (home visits)", as a health visitor wrote it
LABEL_AR = "ملف ٧"  # "file 7"


async def an_arabic_role(team: Bot) -> None:
    """A health visitor, answering the lead's link for "ملف ٧", gives her role in Arabic,
    ending in a bracket, and sends her part."""
    await mapping(team, LABEL_AR)
    await opens(team, await link(team, "health"), HV)
    await answers(team, HV, (ROLE_AR, "FM came in hungry three days last week",
                             "Nan walks FM to school every day",
                             "I will offer FM breakfast club from mon 7 dec", "5", "/skip",
                             "/skip"))
    await team.tap(team.buttons()[0], user=HV)


async def test_review_and_the_lead_told_of_a_part_keep_a_partners_arabic_name_in_direction(
        team: Bot) -> None:
    """A health visitor gave her role in Arabic, "ممرضة (الزيارات المنزلية)". The lead's
    /summary listed her as "Health, ممرضة (الزيارات المنزلية)" with the right-to-left mark
    that keeps its closing bracket at her words' end; the team's /review named her with
    none, and so did "... has sent a contribution to your mapping", whose "/review ملف ٧"
    left the label unmarked too: the brackets were drawn inside out. Both are marked as the
    summary marks them."""
    await an_arabic_role(team)
    told = said_to(team, USER)
    arrived = next(text for text in told if "has sent a contribution" in text)
    assert arrived.startswith(f"Health, {ROLE_AR}{RLM} has sent"), arrived
    assert f"/review {LABEL_AR}{RLM} shows it" in arrived, arrived
    assert RLM + RLM not in arrived
    await team.say("/review")
    review = phone(team)[-1]
    assert f"Health, {ROLE_AR}{RLM} (in your summary)" in review, review
    await team.say("/review", user=HV)
    again = "\n".join(phone(team, HV)[-2:])
    assert f"Sent as: Health, {ROLE_AR}{RLM}" in again, again


# --- My Three Houses: the child's number and how she gave it --------------------------------


@pytest.mark.parametrize("typed", ["7 she pointed to the 7 on the ladder",
                                   "7 - she pointed at the 7 on her ladder"])
def test_the_childs_number_said_twice_with_how_she_gave_it_is_offered_back(typed: str) -> None:
    """A child's worker wrote up My Three Houses and, at the child's own number, typed "7
    she pointed to the 7 on the ladder". She was told "Please send one whole number", and
    that the line might belong with the house of dreams, which /back would replace. "7 -
    she pointed to it" is offered back ("Send 7 if that's right"); the same number said
    twice is one number, offered back too."""
    chat = sent_at("three_houses", "child_scale", typed)
    assert "child_scale" not in chat.draft.answers
    (notice,) = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert "Send 7 if that's right" in notice, notice
    assert "/back" not in notice


def test_two_numbers_with_how_the_child_gave_them_are_still_asked_which() -> None:
    chat = sent_at("three_houses", "child_scale", "7 she pointed to, then the 5 on the ladder")
    assert "child_scale" not in chat.draft.answers
    assert "Send 7 if that's right" not in " ".join(
        r.text for r in chat.replies if isinstance(r, Notice))


@pytest.mark.parametrize("typed", ["yes she was", "yes he is", "no they weren't"])
def test_a_yes_said_back_of_someone_else_is_still_asked_again(typed: str) -> None:
    """At "Are you filling this in with the young person?", "yes she was" is said of
    someone, with a verb the question does not ask with: still asked again."""
    chat = sent_at("success", "with_them", typed)
    assert "with_them" not in chat.draft.answers


# --- the worker's number with someone else's after it ---------------------------------------


@pytest.mark.parametrize(("typed", "mine", "who"), [("around 4, mum said 6", 4, "mum"),
                                                    ("4 - dad gave 7", 4, "dad"),
                                                    ("5. her nan said 3", 5, "her nan")])
def test_someone_elses_number_after_the_workers_is_not_kept_as_why(
        typed: str, mine: int, who: str) -> None:
    """A social worker answered the safety scale with "around 4, mum said 6". 4 was saved,
    and "mum said 6" as why she chose it, though mum's number has its own question two
    after. Her 4 is saved, and she is told that mum's 6 goes at its own question; why is
    asked, with nothing in it yet."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert chat.draft.answers["safety_scale"] == mine
    assert "safety_scale_why" not in chat.draft.answers
    assert chat.asked == "safety_scale_why"
    (notice,) = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert f"I've saved {mine} as your number" in notice, notice
    assert f"the number {who} gave" in notice, notice
    assert "its own question" in notice, notice


def test_a_reason_that_names_someone_is_still_the_reason() -> None:
    chat = sent_at("mapping", "safety_scale", "4, mum said dad has not been back since June")
    assert chat.draft.answers["safety_scale_why"] == "mum said dad has not been back since June"


# --- a mistyped command with what it was for --------------------------------------------------


@pytest.mark.parametrize(("typed", "meant"), [("/edti 3", "/edit 3"),
                                              ("/reveiw KB-9", "/review KB-9"),
                                              ("/resmue KB-9", "/resume KB-9"),
                                              ("/bakc please", "/back")])
async def test_a_mistyped_command_is_offered_with_what_was_typed_after_it(
        bot: Bot, typed: str, meant: str) -> None:
    """A social worker on her phone typed "/edti 3" to change her third answer and was
    asked "Did you mean /edit?": the 3 was gone, and /edit alone asks which answer. The
    command offered keeps what she typed after it ("Did you mean /edit 3?"); a question's
    own commands, which take nothing after them, are offered alone."""
    await bot.say("/new mapping")
    await bot.say("KB-9")
    await bot.say(typed)
    assert bot.texts()[-1] == f"I don't know that command. Did you mean {meant}?"


# --- My Three Houses, written up on a phone (what was found sound) ----------------------------


async def tap(bot: Bot, ending: str) -> None:
    """Tap the button of the newest message whose data ends with `ending`."""
    await bot.tap(next(d for d in bot.buttons() if d.endswith(ending)))


async def test_a_childs_words_with_a_workers_slips_are_kept_as_typed_and_marked_as_hers(
        bot: Bot) -> None:
    """A child's worker types what an 8-year-old said, slips and all ("dadys", "biskit"),
    with a cookie from her phone's keyboard, the child's "dunno", and a drawing described:
    the drawing is asked about once (it is not the child's words) and what the child said
    of it takes its place, the rest is kept as typed and shown as the child's own, and her
    number said twice with how she gave it is offered back."""
    await bot.say("/new three_houses")
    await bot.say("KB-3")
    await bot.say("/skip")
    await tap(bot, ":all")
    for said in ("mum and her teaching assistant", "8",
                 "Tuesday 1 December 2026 at school, in the quiet room", "just me"):
        await bot.say(said)
    await tap(bot, ":both")
    for said in ("dadys shouting at mummy", "he brakes things", "dunno"):
        await bot.say(said)
    await tap(bot, ":done")
    await bot.say("my dog biskit")
    await bot.say("nanny's cookies 🍪")
    await bot.say("drew her and nan at the park with the sun")
    assert "is what you saw in a drawing" in phone(bot)[-1], phone(bot)[-1]
    await bot.say("me and nanny at the park")  # what she said of her drawing, in its place
    await bot.say("/done")
    await bot.say("/skip")
    await bot.say("7 she pointed to the 7 on the ladder")
    assert "Send 7 if that's right" in "\n".join(phone(bot)[-2:])
    await bot.say("7")
    await bot.say("/skip")
    summary = "\n".join(phone(bot)[-3:])
    for said in ("dadys shouting at mummy", "he brakes things", "dunno", "my dog biskit",
                 "nanny's cookies 🍪", "me and nanny at the park"):
        assert f"“{said}” (child's words)" in summary, summary
    assert "with the sun" not in summary
    assert "The child's own number (Afterwards): 7 of 10" in summary
