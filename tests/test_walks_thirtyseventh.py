"""The thirty-seventh walk: a supervising social worker's Signs of Wellbeing and mapping about
a foster placement, typed with autocorrect slips; a probation officer invited as a partner; an
independent reviewing officer's contextual mapping for a 15-year-old; a hospital social worker's
Harm Matrix on a baby's injury, paged away and back hours later; a family-support worker's My
Three Houses with a 7-year-old, then Signs of Success; and a new starter at `sosbot chat` who
knows nothing yet. Each test of a defect failed on the code as it was; the others guard what
the fixes must leave alone."""

from __future__ import annotations

import io
from collections.abc import Mapping

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.flow import Flow
from flows.replies import Nudge
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import answers, link, mapping, opens, phone, read, team
from tests.test_walk_twentyeighth import first_nudge

__all__ = ["bot", "team"]  # the fixtures: the bot; with two social workers who may use it

PROBATION = 8801  # the probation officer, asked by USER's link

# --- the new starter: what a word of the tools means, before any draft ----------------------


@pytest.mark.parametrize(("typed", "said"), [
    ("what is a danger statement?", "fears will happen to the child if nothing changes"),
    ("What's existing safety", "protective action"),
    ("what does complicating factors mean?", "harder to deal with"),
    ("what are safety goals?", "what the family will be doing"),
    ("what is the harm matrix", "Unpick one worry at a time"),
    ("how long does this take?", "about 3 minutes")])
async def test_a_newcomer_asking_what_a_word_means_is_told(bot: Bot, typed: str,
                                                           said: str) -> None:
    """A new starter at the menu of tools typed "what is a danger statement?", then "how long
    does this take?": each was answered "You have no draft open. None is saved either: /new
    starts one", which told her nothing. A word of the tools is explained in a line or two,
    and how long is said from the tools' own times; the menu is still the way in."""
    await bot.say("/start")
    await bot.say(typed)
    shown = read(bot)
    assert said in shown
    assert "no draft open" not in shown
    assert "/new" in shown


async def test_a_line_that_asks_nothing_known_is_still_told_no_draft_is_open(bot: Bot) -> None:
    await bot.say("/start")
    await bot.say("what is the weather like?")
    assert "no draft open" in read(bot)


async def test_the_new_starter_at_the_terminal_is_told_and_the_menu_still_takes_a_number(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """At `sosbot chat`'s menu, "what is a danger statement?" was shown the same help as
    "help", saying nothing of danger statements. It is explained, and the menu's number
    then starts the tool."""
    talk = Conversation(store, flows, surface="terminal")
    out = io.StringIO()
    console = Console(talk, out=out, interactive=True,
                      read=typed_then_end("what is a danger statement?", "2", "KB-1"))
    assert await console.run(None) == 0
    shown = out.getvalue()
    assert "fears will happen to the child if nothing changes" in shown
    assert "type the number of a tool from the list" in shown
    (info,) = await talk.drafts(CONSOLE_USER)
    assert info.flow_id == "reflection"


# --- the probation officer: a section 47 assault is not a child protection enquiry ----------


@pytest.mark.parametrize("typed", [
    "Dad is on licence til March for a s47 assault on his ex-partner",
    "RD was convicted of section 47 assault (ABH) on his ex-partner in 2023",
    "RD has a s.47 ABH conviction against a previous partner"])
def test_a_section_47_assault_is_asked_about_as_the_offence(typed: str) -> None:
    """A probation officer wrote that the father was "on licence til March for a s47 assault
    on his ex-partner" (section 47 of the law on assaults: actual bodily harm). She was asked
    'Could you say "a child protection enquiry" and what it looked at?', of a conviction no
    child protection enquiry had to do with. She is asked what the offence was, in words a
    family reads: an assault causing actual bodily harm, and what the person did."""
    told = first_nudge(sent_at("contribution", "worries", typed))
    assert "child protection enquiry" not in told
    assert "actual bodily harm" in told


@pytest.mark.parametrize("typed", ["s47 started on 3/12 after the hospital referral",
                                   "Section 47 enquiry opened after K's disclosure"])
def test_a_section_47_enquiry_is_still_asked_about_as_one(typed: str) -> None:
    assert "child protection enquiry" in first_nudge(sent_at("contribution", "worries", typed))


async def test_a_probation_officer_is_asked_as_probation_and_named_so(team: Bot) -> None:
    """The social worker inviting the father's probation officer found no probation among
    the services (School, Health, Police, Housing ...) and chose "Another service": her
    summary listed "Another service: invited ..." and the officer was shown "Current
    answer: Another service". Probation (or youth justice, for a young person) is one of
    the services, and the officer's part comes in under it."""
    bot = team
    await mapping(bot, "RD-4")
    code = await link(bot, "probation")
    await bot.say("/summary")
    assert "• Probation or youth justice: invited" in read(bot)
    await opens(bot, code, PROBATION)
    await answers(bot, PROBATION, (
        "probation officer",
        "RD is on licence until March; in October he saw the children without the agreed "
        "supervisor, against his licence conditions",
        "RD's sister supervised every contact in November and the children came back happy",
        "I will tell the social worker by 18 December what the risk management plan says",
        "3", "/skip", "/skip", "send"))
    await bot.say("/summary")
    assert "Partner's number (Probation officer): 3 of 10" in read(bot)


# --- the hospital social worker, bleeped away from the Harm Matrix ---------------------------


@pytest.mark.parametrize("typed", ["sorry bleeped, back in 10", "been bleeped",
                                   "just been paged - back later", "bleep going off, brb",
                                   "sorry fast bleeped to A&E", "pager's going, back soon"])
def test_a_page_noted_to_the_bot_is_a_note_of_stopping(typed: str) -> None:
    """A hospital social worker at "What does the adult do, or fail to do?" was bleeped and
    typed "sorry bleeped, back in 10", as to a colleague on the ward. It was saved as what
    the adult does, and drafted into the danger statement ("... worried that sorry bleeped,
    back in 10"). It is read as the note it is, as "sorry phone call, back in 5" is: the
    question stays, nothing saved."""
    chat = sent_at("harm_matrix", "danger_behaviour_1", typed)
    assert "danger_behaviour_1" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]


@pytest.mark.parametrize("typed", ["dad says he was paged at work when it happened",
                                   "mum bleeped the nurse when BB stopped breathing"])
def test_lines_about_the_family_with_a_page_in_them_are_the_answer(typed: str) -> None:
    chat = sent_at("harm_matrix", "danger_behaviour_1", typed)
    assert "reads as a note that you have to stop" not in " ".join(chat.notices())


# --- the family-support worker: a drawing described, with no one named as drawing it --------


@pytest.mark.parametrize("typed", [
    "drew a picture of a man with big teeth and coloured it all black",
    "drew herself holding mummys hand with a big sun",
    "Drew a big black cloud over the house",
    "has drawn mummy crying"])
def test_a_drawing_described_without_the_child_named_is_asked_about(typed: str) -> None:
    """A family-support worker writing up LM's (7) houses typed what LM drew as an item of
    the house of worries: "drew a picture of a man with big teeth and coloured it all
    black". "LM drew ..." was asked about; without "LM" it was filed as LM's words, and the
    summary read “drew a picture of a man with big teeth ...” (child's words). It is asked
    about once, as "LM drew ..." is."""
    chat = sent_at("three_houses", "house_worries", typed)
    assert "is what you saw in a drawing, in your words" in first_nudge(chat)


@pytest.mark.parametrize("typed", ["I drew a picture of mummy", "drawing with nanny",
                                   "when mummys boyfrend shouts I hide under my bed"])
def test_the_childs_own_words_about_drawing_are_kept_as_theirs(typed: str) -> None:
    chat = sent_at("three_houses", "house_worries", typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


# --- the new starter exporting from the terminal chat ---------------------------------------


@pytest.mark.parametrize(("label", "command"), [
    ("NS-1", "sosbot export NS-1 --format"), ("Fam B 2", "sosbot export 'Fam B 2' --format")])
async def test_export_in_the_terminal_names_the_open_drafts_label(
        store: Store, flows: Mapping[str, Flow], label: str, command: str) -> None:
    """A new starter typed /export in `sosbot chat` with her draft open and was told to run
    "`sosbot export LABEL --format html|docx|txt`"; she typed LABEL, as it said. The command
    now names her draft's label, ready to copy (quoted where it has spaces)."""
    talk = Conversation(store, flows, surface="terminal")
    out = io.StringIO()
    console = Console(talk, out=out, interactive=True,
                      read=typed_then_end("2", label, "/export"))
    assert await console.run(None) == 0
    assert command in out.getvalue()


# --- the supervising social worker: a short form after whom it names -------------------------


@pytest.mark.parametrize("typed", [
    "J (9) lives with foster carer Mrs T (FC) and her husband; birth mum sees her fortnightly",
    "J sees her independent reviewing officer, AB (IRO), each term",
    "the family support worker JK (FSW) visits on Tuesdays"])
def test_a_short_form_after_the_person_it_names_counts_as_written_out(typed: str) -> None:
    """The supervising social worker wrote "J (9) lives with foster carer Mrs T (FC) and her
    husband" and was asked 'You wrote "FC". Could you write "foster carer" in full? Once in
    full is enough, with "FC" after it in brackets': she had, with the carer's initial
    between. The words in full, then whom they name, then the short form in brackets is
    writing it out once."""
    chat = sent_at("wellbeing", "family", typed)
    assert chat.draft.answers["family"] == typed
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


@pytest.mark.parametrize("typed", ["J lives with Mrs T (FC) and her husband",
                                   "the carer Mrs T (FC) rang on Monday"])
def test_a_short_form_after_a_person_with_other_words_before_is_still_asked(typed: str) -> None:
    chat = sent_at("wellbeing", "family", typed)
    assert '"FC"' in first_nudge(chat)


# --- the hospital social worker: an injury no one has explained ------------------------------


async def test_the_harm_matrix_help_says_what_to_write_of_an_unexplained_injury(
        bot: Bot) -> None:
    """A hospital social worker's Harm Matrix was about a 10-week-old's broken thigh bone that
    neither parent could explain. "What does the adult do, or fail to do? Describe it as if
    you were watching it happen" and its help (someone shouting and pushing) said nothing of
    a harm no one saw: she asked /help and was none the wiser. The help says what to write
    when no one has explained an injury: what is known, who was caring for the child, and
    that it has not been explained."""
    for said in ("/new harm matrix", "BB-3", "AB, hospital social worker", "/skip", "/help"):
        await bot.say(said)
    shown = "\n".join(phone(bot)[-2:])
    assert "not explained" in shown
    assert "who was looking after the child" in shown


# --- the supervising social worker: a placement "at risk", with nothing of what happened -----


@pytest.mark.parametrize("typed", ["placement at risk of breakdown", "Placement is fragile",
                                   "placement instability"])
def test_a_placement_at_risk_with_nothing_that_happened_is_asked_about(typed: str) -> None:
    """At "What happened most recently?" the supervising social worker typed "placement at
    risk of breakdown". It was saved without a word, though "placement breakdown" alone is
    asked what happened: the conference would read a label, and nothing the child went
    through. It is asked what happened in the placement."""
    chat = sent_at("mapping", "recent_harm", typed)
    assert "recent_harm" not in chat.draft.answers
    assert "What has happened in the placement" in first_nudge(chat)


def test_a_placement_at_risk_beside_what_happened_is_saved() -> None:
    typed = ("J kicked her bedroom door for an hour after contact on 28/11 and the placement "
             "is at risk")
    chat = sent_at("mapping", "recent_harm", typed)
    assert "What has happened in the placement" not in " ".join(
        r.text for r in chat.replies if isinstance(r, Nudge))


# --- the new starter, mid-draft: a question about the tool itself ---------------------------


@pytest.mark.parametrize("typed", ["how long does this take?", "how long will this take",
                                   "how many more questions?", "is this saved?",
                                   "can I come back to this later?", "how much more is there"])
def test_a_question_about_the_tool_mid_draft_is_answered_not_saved(typed: str) -> None:
    """A new starter at "What happened the worst time?" typed "how long does this take?",
    then "is this saved?" and "can I come back to this later?". Each was saved as the worst
    time, in the summary for the conference. They are answered (every answer is saved, the
    question's number says how far through, /pause and /resume), nothing saved, and the
    question shown again; sent again, a line is kept as the answer."""
    chat = sent_at("mapping", "worst_harm", typed)
    assert "worst_harm" not in chat.draft.answers
    told = chat.notices()[0]
    assert "saved as you give it" in told
    assert chat.asked == "worst_harm"
    chat.send(typed)
    assert chat.draft.answers["worst_harm"] == typed


@pytest.mark.parametrize("typed", ["how long will dad be in prison?", "is this the last time?",
                                   "how many more times will he hit mum?"])
def test_a_question_about_the_family_is_the_answer(typed: str) -> None:
    chat = sent_at("mapping", "worst_harm", typed)
    assert "saved as you give it" not in " ".join(chat.notices())


# --- the new starter pasting an email --------------------------------------------------------

EMAIL = ("From: DSL, Oakfield Primary\nSent: 03 December 2026 16:12\nSubject: RE: KB concerns\n"
         "\nHi,\nKB came in on Monday with a bruise on her cheek, she said mummy's friend did "
         "it.\nShe has been late 6 times this half term and is often hungry.\nKind regards")


def test_a_pasted_email_is_asked_to_come_without_its_header_lines() -> None:
    """A new starter pasted the school's email whole at "What have you seen, heard or been
    told that worries you": its "From:", "Sent:" and "Subject:" lines went into the answer,
    and the reminder asked only about "DSL" and "concerns", words of the header. She is told
    it looks like a pasted email whose header lines would go into the record, saying who wrote
    to whom, and asked to send it without them."""
    told = first_nudge(sent_at("reflection", "what_happened", EMAIL))
    assert "pasted email" in told
    assert '"From:"' in told


@pytest.mark.parametrize("typed", [
    "Date: 3/12. KB came in with a bruise on her cheek",
    "Mum said: from now on she will walk KB to school.\nSent home at 3pm: KB was sick"])
def test_an_answer_with_a_colon_or_two_is_no_email(typed: str) -> None:
    chat = sent_at("reflection", "what_happened", typed)
    assert "pasted email" not in " ".join(r.text for r in chat.replies if isinstance(r, Nudge))


# --- a partner typing "send" before the end --------------------------------------------------


@pytest.mark.parametrize(("step_id", "typed"), [
    ("worries", "send"), ("needs_to_happen", "ok send it"), ("working_well", "Submit"),
    ("needs_to_happen", "done, send")])
def test_send_typed_before_the_last_question_is_not_saved_as_an_answer(step_id: str,
                                                                      typed: str) -> None:
    """The probation officer, thinking her part was done, typed "send" at "What needs to
    happen next": it was asked about as a next step with no one to do it, and sent again,
    saved, so the social worker's summary read "Probation officer: send". Nothing is sent
    before the last question: she is told so, nothing is saved, and the question waits."""
    chat = sent_at("contribution", step_id, typed)
    assert step_id not in chat.draft.answers
    assert "Nothing is sent yet" in chat.notices()[0]
    assert chat.asked == step_id


def test_send_in_an_answer_about_the_family_is_the_answer() -> None:
    typed = "send the risk management plan to the social worker by 20/12"
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert "Nothing is sent yet" not in " ".join(chat.notices())
