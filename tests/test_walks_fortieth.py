"""The fortieth walk: a hospital social worker's mapping at a discharge planning meeting for a
newborn; a school nurse's Signs of Wellbeing with a 14-year-old, dictated on her phone; a
police officer in a MASH giving a partner's part; a supervising social worker's My Three
Houses; a team manager reading a handed-over draft on Monday; a bilingual worker's Welsh and
Polish words; a practitioner interrupted three times. Each test of a defect failed on the
code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.render import render_text
from flows.replies import Nudge
from flows.summary import build_summary
from tests.builders import EngineChat
from tests.test_telegram_handlers import Bot
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import PC, link, mapping, opens, read, team

__all__ = ["team"]  # the fixture
from tests.test_walk_thirtyfirst import FLOWS, sent_at

# --- the hospital social worker: a newborn called "Baby C" on the ward ----------------------


def drafted_statement(who: str, behaviour: str, impact: str) -> str:
    """The danger statement the mapping drafts from these three answers (reminders kept)."""
    chat = reach(FLOWS["mapping"], "danger_who_1")
    for typed in (who, behaviour, impact):
        chat.send(typed)
        if any(isinstance(r, Nudge) for r in chat.replies):
            chat.command("keep")
    return chat.question.suggestion or ""


@pytest.mark.parametrize(("impact", "kept"), [
    ("Baby C could be smothered or dropped, and could die", "changes, Baby C could be"),
    ("Baby Boy K could stop breathing", "changes, Baby Boy K could"),
    ("Baby A could go without feeds", "changes, Baby A could")])
def test_a_newborn_named_baby_and_an_initial_keeps_its_capital(impact: str, kept: str) -> None:
    """A hospital social worker, at the discharge planning meeting for a 3-day-old the ward
    calls "Baby C", answered what could happen "Baby C could be smothered or dropped, or go
    without feeds and care, and could die". The drafted danger statement, for the conference,
    read "If nothing changes, baby C could be smothered ...": the baby's name lowered as if
    it were "the baby". "Baby" before an initial is a name, and keeps its capital now."""
    assert kept in drafted_statement("Midwives and the hospital social worker",
                                     "K using heroin while caring for Baby C", impact)


@pytest.mark.parametrize(("impact", "lowered"), [
    ("Baby could be dropped", "changes, baby could be dropped"),
    ("She could be badly hurt", "changes, she could be badly hurt"),
    ("When K is asleep the baby could go unfed", "changes, when K is asleep")])
def test_other_openings_are_still_lowered(impact: str, lowered: str) -> None:
    assert lowered in drafted_statement("Midwives", "K falling asleep while holding the baby",
                                        impact)


# --- the hospital social worker: a discharge planning meeting is "Something else" -----------


def test_something_else_is_asked_what_it_is_and_the_record_says_it() -> None:
    """Preparing for the discharge planning meeting of a newborn, a hospital social worker
    typed "discharge planning meeting" at "What are you preparing this mapping for?", was told
    it matched none of the options, and picked "Something else": the record at the top of
    her summary, where the chair reads first, said "Meeting: Something else", and nothing
    asked which. Something else is asked what it is now, and the record says it."""
    typed = "Discharge planning meeting on the maternity ward"
    chat = reach(FLOWS["mapping"], "purpose")
    chat.pick("other")
    assert chat.asked == "purpose_other"
    chat.send(typed)
    assert chat.draft.answers["purpose_other"] == typed
    record = render_text(build_summary(FLOWS["mapping"], chat.draft)).split(
        "WHAT ARE WE WORRIED ABOUT?")[0]
    assert typed in record


def test_a_named_meeting_asks_nothing_more() -> None:
    chat = reach(FLOWS["mapping"], "purpose")
    chat.pick("conference")
    assert chat.asked == "meeting_date"


# --- the school nurse: every answer dictated on her phone -----------------------------------


def dictated_then(first_choice: str) -> EngineChat:
    """The school nurse's wellbeing draft: who contributed dictated with its commas spoken,
    the note about it answered with `first_choice`, then the next answer dictated too."""
    chat = reach(FLOWS["wellbeing"], "network")
    chat.send("mum and AB comma head of year comma dad not spoken to yet")
    assert "network" not in chat.draft.answers  # the note about dictated punctuation
    chat.command(first_choice)
    assert chat.asked == "next_review"
    chat.send("on 8 January comma at the team around the child meeting")
    return chat


def test_punctuation_dictated_once_taken_as_marks_is_taken_so_after_that() -> None:
    """A school nurse dictating on her phone said "comma" as she spoke each answer. At the
    first, she was shown her answer with commas and sent /use; at the next, and the next,
    the same note came again, and each time she had to send /use before the question after
    it. Once she has taken her dictated punctuation as marks, later answers are saved with
    it as marks, said in one line."""
    chat = dictated_then("accept")
    assert chat.draft.answers["network"] == "mum and AB, head of year, dad not spoken to yet"
    assert chat.draft.answers["next_review"] == "on 8 January, at the team around the child meeting"
    assert any("as marks" in said for said in chat.notices())
    assert chat.asked == "house_worries"


def test_punctuation_kept_as_words_is_still_asked_about_next_time() -> None:
    chat = dictated_then("keep")
    assert "next_review" not in chat.draft.answers
    assert chat.draft.pending is not None


# --- the police officer in the MASH, through a social worker's partner link -----------------

POLICE_WORRY = (
    "Police attended the address on 14/11 and 29/11 after neighbours called about shouting. "
    "On 29/11 officers saw a hole in the kitchen door and LM (6) was hiding under the table; "
    "dad (JP) was arrested for criminal damage and released under investigation. 3 previous "
    "DA incidents at this address since 2023 (2 with a previous partner).")
POLICE_WELL = "Mum called police herself on 29/11 and took LM to her sister's that night."


async def test_a_long_answer_held_back_is_not_quoted_whole_on_her_phone(team: Bot) -> None:
    """A police researcher in the MASH, giving her part of a social worker's mapping on her
    phone, pasted her worries from the log (350 characters), was asked about "DA", and typed
    on with what is working well. The question of where that line goes quoted her whole log
    entry back, then her new line, in one message: a screen and more to scroll through to
    find the three buttons, and again for each line she sent after it. Both are quoted now
    by their start, as every other note quotes a typed line."""
    await mapping(team, "MASH-0412")
    await opens(team, await link(team, "police"), PC)
    # (her role's short forms asked about, and kept)
    for said in ("DC, MASH police researcher", "/keep", POLICE_WORRY, POLICE_WELL):
        await team.say(said, user=PC)
    asked = read(team, PC)
    assert "Is that your new answer to it, or is it for the next question?" in asked
    assert POLICE_WORRY not in asked
    assert POLICE_WORRY[:60] in asked
    assert len(asked) < 400
    await team.tap(labelled(team, "It's for the next question"), user=PC)
    assert "What needs to happen next" in read(team, PC)  # what is working well saved


# --- the bilingual worker: Welsh and Polish names and words ---------------------------------


@pytest.mark.parametrize("typed", [
    "Dafydd ap Gwilym (Taid) collects S from school every Tuesday",
    "Catrin ferch Owain, mum's friend, has the children when mum works nights",
    "Rhys ab Owen from chapel takes S to the youth club on Fridays",
    "Anna van der Berg next door has the children after school",
    "Maria de la Cruz, the childminder, has J three days a week"])
def test_a_full_name_with_ap_ferch_or_van_is_asked_about(typed: str) -> None:
    """A bilingual social worker in north Wales wrote at what is going well "Dafydd ap
    Gwilym (Taid) collects S from school every Tuesday": a grandfather's full name, in the
    Welsh way, with "ap" (son of) between his names. "Dafydd Gwilym" was asked about, as any
    full name is; with "ap" it was saved without a word, and went into the summary. A first
    name, then "ap", "ab", "ferch", "van", "de" or "bin" and a surname, is a full name too."""
    chat = sent_at("mapping", "strengths", typed)
    assert "strengths" not in chat.draft.answers
    assert "name" in " ".join(chat.notices() + [r.text for r in chat.replies
                                                if isinstance(r, Nudge)])


@pytest.mark.parametrize("typed", [
    "Nain (maternal grandmother) has S every Saturday and takes her to chapel",
    "Taid collects S from school on Tuesdays and Babcia cooks on Sundays",
    "Dad drives a van for work and Ella goes with him on Saturdays",
    "Mum took Ella to de Montfort Hall for the panto",
    "Ciocia K has the children when mum works nights"])
def test_welsh_and_polish_words_for_family_are_not_names(typed: str) -> None:
    chat = sent_at("mapping", "strengths", typed)
    assert chat.draft.answers["strengths"] == [typed]


# --- the team manager on Monday, with a draft handed over on Friday -------------------------

WHAT_HAPPENED = "On 28 Nov R pushed mum into the door while KB watched; KB hid in her room"


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "next_title"), [
    ("mapping", "harm_happened", WHAT_HAPPENED, "The worst time"),
    ("mapping", "harm_happened", "R has pushed mum 3 times since September in front of KB",
     "The worst time")])
def test_what_happened_typed_at_has_harm_happened_is_pointed_on_not_back(
        flow_id: str, step_id: str, typed: str, next_title: str) -> None:
    """A team manager took over a colleague's mapping on Monday, at "Has the child already
    been hurt or harmed by something an adult did?", and typed what had happened: "R has
    pushed mum 3 times since September". She was told to answer yes or no, and "If it
    belongs with your answer to "How the child's view was heard" ("SW saw KB alone at
    school on 3 Dec"), /back goes back to it": an answer it has nothing to do with. A line
    telling what happened there is pointed on now, to the question a yes asks next."""
    chat = sent_at(flow_id, step_id, typed)
    said = " ".join(chat.notices())
    assert step_id not in chat.draft.answers
    assert f'"{next_title}"' in said
    assert "answer Yes" in said
    assert "/back goes back" not in said


def test_the_rest_of_the_answer_before_sent_late_is_still_pointed_back() -> None:
    chat = sent_at("mapping", "harm_happened", "and her nan")
    said = " ".join(r.text for r in chat.replies if isinstance(r, Nudge))
    assert "/back adds it to the end of that answer" in said


@pytest.mark.parametrize(("step_id", "held"), [
    ("child_said", "LM told the officer daddy broke the door and mummy cried"),
    ("worries", "3 previous DA incidents at this address since 2023")])
def test_send_typed_past_a_note_is_not_offered_as_the_new_answer(step_id: str,
                                                                 held: str) -> None:
    """At the last question, what LM had said, the police researcher wrote "LM told the
    officer daddy broke the door and mummy cried", was told only the child's words go there,
    and typed "send", as the intro had told her nothing goes until she chooses to send it.
    She was asked "Is that your new answer to it, or is it for the next question?", with
    "Use it instead" a button: "send" would have stood as what the child said. "send" is
    read as sending now: nothing is saved or sent, and the note is asked again."""
    chat = sent_at("contribution", step_id, held)
    assert chat.draft.pending is not None  # the note about it
    chat.send("send")
    said = " ".join(getattr(r, "text", "") for r in chat.replies)
    assert "new answer to it" not in said
    assert "Nothing is sent yet" in said
    assert chat.draft.pending is not None
    assert chat.draft.pending.value == held
    assert any(isinstance(r, Nudge) for r in chat.replies)  # the note, again


# --- the hospital social worker bleeped mid-sentence ----------------------------------------


def replies_text(chat: EngineChat) -> str:
    return " ".join(getattr(r, "text", "") for r in chat.replies)


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("harm_matrix", "danger_behaviour_1", "Dad shook baby M (4 months) on 1 Dec when"),
    ("mapping", "worst_harm", "R hit mum with a bottle while"),
    ("wellbeing", "worry_what_1", "AB cuts her arms when")])
def test_an_answer_stopping_at_when_is_asked_for_the_rest(flow_id: str, step_id: str,
                                                          typed: str) -> None:
    """A hospital social worker on the Harm Matrix typed "Dad shook baby M (4 months) on 1
    Dec when" and was bleeped; it was saved as what the adult does, and the rest of her
    sentence, "she wouldn't stop crying, and she had bleeding behind her eyes", typed when
    she came back, went in as what it has done to the child. An answer stopping at "when"
    or "while" is asked for its rest, as one stopping at "and" or "because" is."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    assert "as if there is more to come" in replies_text(chat)


@pytest.mark.parametrize("typed", [
    "Mum says she cannot remember when",
    "Nobody is sure when",
    "Dad has been drinking again for a while",
    "Nan doesn't know how or when"])
def test_an_answer_ending_in_when_that_is_whole_is_saved(typed: str) -> None:
    chat = sent_at("mapping", "worst_harm", typed)
    assert "as if there is more to come" not in replies_text(chat)


# --- the team manager's group supervision: who is worried, read as a sentence ---------------


@pytest.mark.parametrize(("who", "opens"), [
    ("school, social worker, aunt", "The school, the social worker and the aunt are worried"),
    ("midwife, health visitor, maternal grandmother",
     "The midwife, the health visitor and the maternal grandmother are worried"),
    ("foster carer and head of year", "The foster carer and the head of year are worried"),
    ("Mum and nan", "Mum and nan are worried"),
    ("school and Aunt S", "The school and Aunt S are worried"),
    ("J's aunt and the school", "J's aunt and the school are worried")])
def test_family_and_carers_named_by_role_take_the_in_a_drafted_statement(
        who: str, opens: str) -> None:
    """A team manager preparing group supervision answered who is worried "school, social
    worker, aunt"; the drafted danger statement opened "The school, the social worker and
    aunt are worried", and "foster carer and head of year" opened "Foster carer and the head
    of year": the services took "the", the family and carers named by their role did not.
    They do now; "Mum and nan", said as names, are left as they are."""
    assert drafted_statement(who, "T drinking until he falls asleep while looking after J",
                             "J could be hurt in a fire").startswith(opens)
