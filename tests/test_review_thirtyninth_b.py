"""Where the five branches of the thirty-ninth pass (held39, attack39, ops39, review39,
wording39) met: each test of a defect failed on the merged code as it was, met through the
real parts (the real engine, nudger and shipped flow files; the real Application over SQLite
files in tmp_path)."""

from __future__ import annotations

import pytest

from tests.test_review_language_twentyninth import asked, reply_to

# --- a person's initials in a record: whose views are missing, how the child was heard --------

# review39 read "MP" beside what a person says or feels as a person's initials, written as the
# bot asks; wording39's new check of short forms in a record asked "Could you write out what
# MP stands for?" of the same initials there, where people are what the answer names.
INITIALS_IN_A_RECORD = [
    ("views_missing", "MP's views are missing, she was at nursery"),
    ("views_missing", "MP - not seen yet"),
    ("views_missing", "Dad (MP) has not been seen yet"),
    ("child_view_how", "Not seen - MP was off sick"),
    ("child_view_how", "By me at home, MP sat on mum's knee and pointed at the pictures"),
]


@pytest.mark.parametrize(("step_id", "line"), INITIALS_IN_A_RECORD)
def test_initials_like_a_listed_short_form_are_a_person_in_a_record(step_id: str,
                                                                  line: str) -> None:
    """At "Whose views are not in here yet, and why?" a social worker wrote "MP's views are
    missing", MP being the child's initials (initials are what the bot asks for), and was
    asked "Could you write out what MP stands for?", as "JB's views are missing" never is.
    Two capitals in a record are read as initials, as the word list reads any two capitals;
    a listed role's short form ("HV", "SW") is still asked to be written out."""
    assert asked("mapping", step_id, line) is None


@pytest.mark.parametrize(("step_id", "line", "short"), [
    ("views_missing", "NP and HV views outstanding, IRD pending", "HV"),
    ("views_missing", "Mum's MH worker has not replied", "MH"),
    ("child_view_how", "SW saw K at school with the SENCO, 3 Dec", "SW"),
])
def test_a_roles_short_form_in_a_record_is_still_asked_about(step_id: str, line: str,
                                                             short: str) -> None:
    assert f'"{short}' in reply_to("mapping", step_id, line)


@pytest.mark.parametrize("line", ["JB is 4 months old", "MP is 4 months old.",
                                  "AJ is only 6 weeks old"])
def test_a_child_named_by_two_initials_and_only_their_age_is_asked_how_heard(
        line: str) -> None:
    """"J is 4 months old" alone at how the child's view was heard is asked how the view
    was gathered (wording39); "JB is 4 months old", the initials the bot asks for, was let
    through (and "MP is 4 months old" asked what MP stands for)."""
    assert "still has a view" in reply_to("mapping", "child_view_how", line)
