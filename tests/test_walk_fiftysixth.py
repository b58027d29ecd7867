"""The fifty-sixth walk: practitioners and partners on their phones. A partner's signature
pasted where her role is asked, role lines headed "Work:" or "Office:", a yes or a "Partly"
with a sentence after it at a choice, "3 and a bit" and "5 of 10" at the scale, a child's
"none" and the words she said after it, `sosbot export -o .docx`, and a case label with an
invisible joiner in it. Each test of a defect failed on the code as it was; the others guard
what the fixes must leave alone."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from flows.replies import Notice, Nudge
from tests.conftest import run_sosbot
from tests.test_attacks_twentyninth import shown
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import HV, answers, link, mapping, opens, phone, team
from tests.test_walk_twentyninth import at_the_house_of_worries

__all__ = ["bot", "team"]  # the fixtures

# --- a partner's signature pasted at "What is your role there?" -----------------------------

DSL_SIGNED = ("Jane Smith\nDesignated Safeguarding Lead\nNorthside Primary School\n"
              "Tel: 01234 567890\nj.smith@northside.sch.uk")


def test_a_partners_signature_at_her_role_keeps_the_role_not_her_name_or_number() -> None:
    """A school's safeguarding lead pasted her email signature at "What is your role there?
    Just the role, not your name." She was told her answer had a phone number in it, and to
    leave it out so the draft could not identify anyone; a social worker's signature pasted
    at "Written by" is cut to its name and role. Hers is cut to her role: her name, phone
    and email are left out, and she is told so."""
    chat = sent_at("contribution", "role", DSL_SIGNED)
    assert chat.draft.answers["role"] == "Designated Safeguarding Lead, Northside Primary School"
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    (said,) = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert said.startswith('I\'ve kept "Designated Safeguarding Lead, Northside Primary '
                           'School" as your role, and left out the rest of the signature (its '
                           "name, phone number and email address)"), said


@pytest.mark.parametrize(("typed", "kept"), [
    ("Mrs J Smith\nClass teacher, Year 4\nT: 01234 567890", "Class teacher, Year 4"),
    ("Kind regards\nSchool nurse\nSent from my iPhone", "School nurse")])
def test_a_partners_signature_with_a_titled_name_or_a_sign_off_keeps_the_role(
        typed: str, kept: str) -> None:
    assert sent_at("contribution", "role", typed).draft.answers["role"] == kept


def test_a_partners_full_name_typed_as_her_role_is_still_asked_about() -> None:
    chat = sent_at("contribution", "role", "Jane Smith, Designated Safeguarding Lead")
    assert "role" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert 'looks like a full name ("Jane Smith")' in nudge


def test_a_name_on_the_role_line_of_her_signature_is_asked_about_not_said_kept() -> None:
    """Her name on the line of her role ("Jane Smith - School Nurse"): the privacy reminder
    asks about it, and she is not told first that it was kept as her role; the phone
    number is left out of what the reminder holds."""
    chat = sent_at("contribution", "role", "Jane Smith - School Nurse\n07700 900123")
    assert "role" not in chat.draft.answers
    said = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert said == ["I've left out the rest of the signature (its phone number): none of it "
                    "is part of the record."], said
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert nudge.answer == "Jane Smith - School Nurse"


def test_written_by_still_keeps_the_name_with_the_role() -> None:
    chat = sent_at("mapping", "author", DSL_SIGNED)
    assert chat.draft.answers["author"] == ("Jane Smith, Designated Safeguarding Lead, "
                                            "Northside Primary School")


# --- "Work:" and "Office:" heading a role ---------------------------------------------------


@pytest.mark.parametrize(("typed", "kept"), [
    ("PK\nWork: Youth worker, Zone 2\nMob: 07700 900123", "PK, Youth worker, Zone 2"),
    ("RB\nOffice: Team 4, Children's Services\nT: 01234 567890",
     "RB, Team 4, Children's Services")])
def test_a_role_line_headed_work_or_office_with_a_digit_is_kept(typed: str, kept: str) -> None:
    """A youth worker's signature read "Work: Youth worker, Zone 2" under her initials. The
    line was left out as a phone number ("Work:" and a digit), and "Written by" read "PK"
    alone. A line headed "Work:" or "Office:" is a phone number only with one in it; the
    label is left off the role kept."""
    assert sent_at("contextual", "author", typed).draft.answers["author"] == kept


@pytest.mark.parametrize("typed", ["PK\nsocial worker\nWork: 0161 496 0000",
                                   "PK\nsocial worker\nOffice: 01234 567890",
                                   "PK\nsocial worker\nWork: ext 4471"])
def test_a_work_or_office_phone_number_is_still_left_out(typed: str) -> None:
    assert sent_at("mapping", "author", typed).draft.answers["author"] == "PK, social worker"


# --- a yes or "Partly" with a sentence after it, at a choice --------------------------------


@pytest.mark.parametrize(("typed", "option", "rest"), [
    ("yep we did it together", "Yes", "we did it together"),
    ("Partly she does but she blames him", "Partly", "but she blames him"),
    ("Partly but he blames her", "Partly", "but he blames her"),
    ("no but hes trying", "No", "but hes trying")])
def test_an_option_with_a_sentence_after_it_names_the_option(typed: str, option: str,
                                                            rest: str) -> None:
    """At "Does the adult accept that this happens and that it harms the child?" (Yes,
    Partly, No, Not talked about yet) a social worker typed "Partly she does but she blames
    him", and another "yep we did it together". Each was told "I couldn't match that to one
    of the options", and that it might be the rest of her answer before, though "partly -
    he says it was once" is told it starts with the option "Partly". These are now told the
    same: the option they start with, and the rest to send where it fits; nothing saved."""
    chat = sent_at("harm_matrix", "harm_accepted_1", typed)
    assert "harm_accepted_1" not in chat.draft.answers
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice | Nudge))
    assert f'It starts with the option "{option}"' in said, said
    assert f'("{rest}")' in said, said


@pytest.mark.parametrize(("typed", "saved"), [("yeah he does", "accepts"), ("partly", "partly"),
                                              ("not talked about it yet", "not_asked")])
def test_an_option_said_whole_is_still_saved(typed: str, saved: str) -> None:
    assert sent_at("harm_matrix", "harm_accepted_1", typed).draft.answers[
        "harm_accepted_1"] == saved


@pytest.mark.parametrize("typed", ["no idea", "no one has asked him"])
def test_words_that_start_with_no_but_are_no_option_are_not_named_as_no(typed: str) -> None:
    chat = sent_at("harm_matrix", "harm_accepted_1", typed)
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice | Nudge))
    assert "It starts with the option" not in said, said


# --- the scale: "3 and a bit", "5 of 10" ----------------------------------------------------


@pytest.mark.parametrize("typed", ["3 and a bit", "three and a bit",
                                   "3 and a little bit because dad has moved out"])
def test_a_number_and_a_bit_is_asked_which_of_the_two_fits(typed: str) -> None:
    """A social worker answered the safety scale "3 and a bit". She was told only to send
    one whole number, and that it might belong with her answer before, which /back would
    replace. It is a place between 3 and 4, as "3 and a half" is: she is asked which fits
    best, and nothing is saved."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert "safety_scale" not in chat.draft.answers
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice))
    assert "Pick the one that fits best, 3 or 4" in said, said
    assert "/back" not in said


@pytest.mark.parametrize(("typed", "why"), [("5 of 10", None),
                                            ("5 of 10 because dad left", "because dad left"),
                                            ("5 of 10. Dad has moved out", "Dad has moved out")])
def test_a_number_of_ten_is_that_number(typed: str, why: str | None) -> None:
    """A school nurse gave her number as "5 of 10": refused, where "5 out of 10" and "5/10"
    are saved as 5."""
    chat = sent_at("contribution", "partner_scale", typed)
    assert chat.draft.answers["partner_scale"] == 5
    assert chat.draft.answers.get("partner_scale_why") == why


async def test_the_leads_review_opens_a_partners_reason_with_a_capital(team: Bot) -> None:
    """A health visitor gave her number as "5/10. because x < y". The lead's /review of the
    partners' parts read "Partner's number: 5 of 10. because x < y", a sentence begun in
    small letters after the full stop. The reason now opens with its capital there; her own
    summary, "Why this number: because x < y", is as she typed it. Her pasted signature at
    her role is read as her role there too."""
    await mapping(team, "KB-9")
    await opens(team, await link(team, "health"), HV)
    await answers(team, HV, ("Kelly Jones\nHealth visitor\nMob: 07700 900123",
                             "FM came in hungry three days last week",
                             "Nan walks FM to school every day",
                             "I will offer FM breakfast club from mon 7 dec",
                             "5/10. because x < y", "/skip", "/skip"))
    own = "\n".join(phone(team, HV)[-4:])
    assert "Why this number: because x < y" in own, own
    await team.tap(team.buttons()[0], user=HV)
    await team.say("/review")
    review = phone(team)[-1]
    assert "Partner's number: 5 of 10. Because x < y" in review, review
    assert "Health visitor (in your summary)" in review, review
    assert "Kelly" not in review
    assert "07700" not in review


# --- a child's "none", then her words -------------------------------------------------------


def test_none_then_the_childs_words_keeps_only_her_words() -> None:
    """A family support worker typed the child's words in the house of worries: "none", as
    K first said, then "when dad shouts at mum". She was asked whether "none" was K's, then
    "I've kept the one before as you typed it and added this one after it", and the summary
    read K's worries as "none" and "when dad shouts at mum". "none" first, with K's words
    after it, is left out, and she is told so."""
    chat = sent_at("three_houses", "house_worries", "none")
    chat.send("when dad shouts at mum")
    assert chat.draft.answers["house_worries"] == ["when dad shouts at mum"]
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice))
    assert 'I\'ve left out "none", as they said more' in said, said
    assert chat.asked == "house_worries"


def test_a_note_that_the_child_said_nothing_then_words_is_still_kept_with_them() -> None:
    """Only "none" itself is left out: a longer note is the writer's, and kept as before."""
    chat = sent_at("three_houses", "house_worries", "he didn't say anything")
    chat.send("when dad shouts at mum")
    assert chat.draft.answers["house_worries"] == ["he didn't say anything",
                                                   "when dad shouts at mum"]


async def test_none_then_her_worry_on_the_phone_reads_as_her_worry_alone(bot: Bot) -> None:
    await at_the_house_of_worries(bot)
    await bot.say("none")
    await bot.say("when dad shouts at mum")
    await bot.say("done")
    await bot.say("/summary")
    summary = shown(bot)[-1]
    worries, _, _ = summary.partition("good things")
    assert "when dad shouts at mum" in worries, summary
    assert "none" not in worries.split("worries", 1)[-1], worries


# --- sosbot export -o .docx ------------------------------------------------------------------


def test_export_to_a_name_that_is_only_an_ending_writes_that_document_named_for_the_draft(
        tmp_path: Path) -> None:
    """A social worker typed `sosbot export KB-7 -o .docx` for a Word document of her
    draft. It wrote plain text to a hidden file called ".docx" (Python reads no ending in
    it), which her file browser did not show. A name that is only an ending is now that
    kind of document, named for the draft, as `-o` a folder is."""
    db = str(tmp_path / "c.db")
    started = run_sosbot("chat", "--flow", "reflection", "--db", db, cwd=tmp_path,
                         input="KB-7\nSchool or college\n")
    assert started.returncode == 0, started.stderr
    done = run_sosbot("export", "KB-7", "--db", db, "-o", ".docx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / ".docx").exists()
    (written,) = tmp_path.glob("*KB-7*.docx")
    assert zipfile.is_zipfile(written)
    assert f"Wrote {written.name}" in done.stderr
    (tmp_path / "notes").mkdir()
    done = run_sosbot("export", "KB-7", "--db", db, "-o", "notes/.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (page,) = (tmp_path / "notes").glob("*KB-7*.html")
    assert page.read_text().lstrip().lower().startswith("<!doctype html")


# --- a case label with a zero-width joiner ----------------------------------------------------


async def test_a_label_with_an_invisible_joiner_is_kept_without_it(bot: Bot) -> None:
    """A practitioner pasted her case reference from an email, "KB-12" with a zero-width
    joiner inside it. The draft was labelled with it: it showed as "KB-12", but the summary
    pasted into the case record held the invisible character, and a search for KB-12 there
    found nothing. A joiner beside a keyboard's letters, digits or marks is left out of a
    label; between emoji, where it builds one, it stays."""
    await bot.say("/new reflection")
    await bot.say("KB\u200d-12")
    await bot.say("/summary")
    assert "KB-12" in shown(bot)[-1]
    assert "\u200d" not in "".join(shown(bot))
    await bot.say("/new reflection")
    await bot.say("\U0001F468\u200d\U0001F469 AB")
    await bot.say("/summary")
    assert "\U0001F468\u200d\U0001F469 AB" in shown(bot)[-1]
