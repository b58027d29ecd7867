"""Set Y: the eighteenth blind wording review (pass 42).

Written before reading any rule in flows/checks, flows/nudges.py or flows/moves.py, in voices
earlier sets did not use: a child's advocate, a neonatal nurse, a dentist raising dental
neglect, a SEND caseworker, a trafficking (NRM) first responder, a youth offending case
manager, a gypsy and traveller liaison officer, a family group conference coordinator, a
homeless families' housing officer and a domestic abuse perpetrator programme worker: 20 flawed
lines and 20 sound ones, each pair at one question of a shipped tool. The questions are mostly
those the earlier reviews used least (counting each "tool:question" over
tests/test_review_language_*.py: 17 of the 20 had none): My Three Houses' houses, the Harm
Matrix's rows, Signs of Success's aspirations, the contextual tool's harm outside the family,
online and home safety, a scale's reason and a meeting's date. Each row: (voice,
"tool:question", line), a flawed one also what a practice lead would expect asked back (set
T's `_fits_t` kinds).
Committed (8956cc4) before anything was run on it.

Blind, on the code as it was (21535e4): flawed asked 15/20, all 15 with a question that fits;
sound flagged 1/20. Let through: "Risk of further decay and GA extractions" (two capitals read
as someone's initials), "Transition to post-16 provision and preparation for adulthood" and
"For the family to communicate better and spend quality time together" (a plan's and a family
worker's words kept as the young person's and the child's own), "Children are unsettled due to
living in temporary accommodation" (a housing officer's), and "TBC, awaiting FGC" (a meeting's
date is read for its date only). Sound line asked: a gypsy and traveller liaison officer's
"When men from another site came looking for him in May, his uncle drove him to his nan's that
night ..." at what the parents did to protect him, told it is a strength and not yet existing
safety (men looking for a young person was no danger to the check).

Fitted, after the fixes: flawed asked 20/20, all with a question that fits; sound flagged 0/20.
The fixes: `nudges._WORK_WORDS` (a housing officer's, a family worker's and a SEND or careers
plan's words, in an answer kept as the child's own); the word list's "GA" beside what it names
("under GA", "GA extractions", "a GA": alone, two capitals are as likely a child's initials,
"GA told me ..."), its reminder putting "GA" in the brackets, not "under"; `safety._DANGER`
(someone looking for, after, following, chasing or waiting outside for a young person); and the
meeting's date read for short forms too (`short_forms` beside `dated` at each tool's meeting
date).

Held-out variants, written after each fix's design and before they were run (base -> fitted):
flawed asked with a question that fits 2/17 -> 15/17; sound let through 12/16 -> 15/16.
Left: "GS 8 Dec 2pm" and "OT has raised concerns about his seating at home" (two capitals are
read as initials unless the list has them: "OT", added at first, was taken out again when "GA
told me ..." showed how often two letters are a child's initials; "GS" was never added), and
"When people from the county line were after him ..." still asked what "county line" means
(the word list's own question, which a practice lead may well ask).

Time (process CPU, least of five runs of ten, base and fitted alternated twice on a shared
machine; each line through find_wording twice, own_words, summarised and looks_like_safety):
set Y's forty lines 52.2-56.6 -> 49.8-57.8 ms; 4,000 characters of set Y's sound lines 67.6-70.7
-> 68.0-71.4 ms (two rounds, before and after "GA" was narrowed): no cost above the shared
machine's noise, each fix adding alternatives to one compiled pattern or one term to the list.
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_thirtyeighth import asked_s
from test_review_language_thirtyninth import _fits_t

SET_Y_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a child's advocate
    ("advocate", "three_houses:house_worries",
     "Child expressed feelings of anxiety regarding contact with father",
     "words"),
    ("advocate", "three_houses:house_good",
     "Positive relationship with maternal grandmother and enjoys school",
     "words"),
    # a neonatal nurse
    ("neonatal", "mapping:harm_impact",
     "Baby born with NAS and had a difficult withdrawal",
     "spell|seen|impact"),
    ("neonatal", "mapping:danger_scale_why",
     "4 due to ongoing concerns",
     "seen|number"),
    # a dentist raising dental neglect
    ("dentist", "harm_matrix:harm_accepted_detail",
     "Parents minimising and in denial re dental neglect",
     "seen|words"),
    ("dentist", "wellbeing:worry_impact",
     "Risk of further decay and GA extractions",
     "spell|seen|impact"),
    # a SEND caseworker
    ("send", "harm_matrix:child_vulnerability",
     "Vulnerable due to SEND and communication difficulties",
     "spell|seen"),
    ("send", "success:own_goals",
     "Transition to post-16 provision and preparation for adulthood",
     "words"),
    # a trafficking (NRM) first responder
    ("nrm", "contextual:harm_outside",
     "Suspected CCE, possible NRM referral required",
     "spell|seen"),
    ("nrm", "success:vision",
     "YP aspires to independence and positive outcomes",
     "words|spell"),
    # a youth offending case manager
    ("yot", "contextual:online_worries",
     "Concerns around online activity and negative associations",
     "seen"),
    ("yot", "contextual:goal_family",
     "YP to comply with his referral order and engage with YOT",
     "goal|spell"),
    # a gypsy and traveller liaison officer
    ("gtlo", "contextual:home_safety",
     "Family are protective",
     "seen|safety"),
    ("gtlo", "contextual:peer_strengths",
     "Positive peer group",
     "seen"),
    # a family group conference coordinator
    ("fgc", "three_houses:house_dreams",
     "For the family to communicate better and spend quality time together",
     "words"),
    ("fgc", "mapping:meeting_date",
     "TBC, awaiting FGC",
     "spell"),
    # a homeless families' housing officer
    ("housing", "wellbeing:family",
     "Mum (lone parent) and 3 CYP, placed in TA by the LA",
     "spell"),
    ("housing", "wellbeing:house_worries",
     "Children are unsettled due to living in temporary accommodation",
     "words"),
    # a domestic abuse perpetrator programme worker
    ("dapp", "supervision:working_well",
     "Dad is engaging well with the DAPP and showing insight",
     "seen|spell"),
    ("dapp", "mapping:complicating",
     "Substance misuse and MH issues",
     "seen|spell"),
)

SET_Y_SOUND: tuple[tuple[str, str, str], ...] = (
    # a child's advocate
    ("advocate", "three_houses:house_worries",
     "I don't like going to daddy's because he shouts when I wet the bed"),
    ("advocate", "three_houses:house_good",
     "Nanny's house because she makes pancakes, and my teacher lets me feed the fish"),
    # a neonatal nurse
    ("neonatal", "mapping:harm_impact",
     "He needed morphine for nine days for withdrawal, had a high-pitched cry and could not "
     "settle for more than twenty minutes; he is taking full bottles now."),
    ("neonatal", "mapping:danger_scale_why",
     "4, because mum has fed him every three hours on the ward this week, but she left him "
     "alone for two hours on Tuesday night; a 5 would be a week with nobody leaving him."),
    # a dentist raising dental neglect
    ("dentist", "harm_matrix:harm_accepted_detail",
     "Mum said 'his teeth are rotten because he screams when I brush them', and agreed to bring "
     "him back on the 14th."),
    ("dentist", "wellbeing:worry_impact",
     "She will need more teeth taken out under general anaesthetic; she already can't bite an "
     "apple and wakes most nights with toothache."),
    # a SEND caseworker
    ("send", "harm_matrix:child_vulnerability",
     "He has no speech and uses a few Makaton signs, so he could not tell anyone at school if "
     "he was hurt."),
    ("send", "success:own_goals",
     "Learn the bus to college on my own by Easter"),
    # a trafficking (NRM) first responder
    ("nrm", "contextual:harm_outside",
     "Police found him in a flat in another town with £400 and thirty wraps; he told me an "
     "older man drove him there and kept his phone."),
    ("nrm", "success:vision",
     "A flat of my own with a cat, working in a garage, and seeing my little brother every "
     "Sunday."),
    # a youth offending case manager
    ("yot", "contextual:online_worries",
     "He posts drill videos naming boys from the other estate, and two of them have replied "
     "with pictures of knives."),
    ("yot", "contextual:goal_family",
     "He will be home by 9 every night and go to boxing on Tuesdays and Thursdays, and his mum "
     "will ring me if he isn't back."),
    # a gypsy and traveller liaison officer
    ("gtlo", "contextual:home_safety",
     "When men from another site came looking for him in May, his uncle drove him to his nan's "
     "that night and kept him there for two weeks."),
    ("gtlo", "contextual:peer_strengths",
     "His cousins, who he goes to boxing with three nights a week; the coach drives them home."),
    # a family group conference coordinator
    ("fgc", "three_houses:house_dreams",
     "Mummy and me go to the park on Saturday and she doesn't look at her phone"),
    ("fgc", "mapping:meeting_date",
     "Thursday 15 January at 10am, at the family centre"),
    # a homeless families' housing officer
    ("housing", "wellbeing:family",
     "Mum, her three children (8, 5 and 10 months), and nan, who lives near their old flat."),
    ("housing", "wellbeing:house_worries",
     "I hate the hotel because there's no room to play and the man next door bangs on the "
     "wall"),
    # a domestic abuse perpetrator programme worker
    ("dapp", "supervision:working_well",
     "Dad has come to 14 of 16 group sessions and last week told the group how his shouting "
     "made his son hide under the table."),
    ("dapp", "mapping:complicating",
     "Dad drinks about eight cans most nights, and since he lost his job in June he has hardly "
     "slept."),
)

def test_a_housing_officers_words_are_not_kept_as_the_childs_own() -> None:
    """"Children are unsettled due to living in temporary accommodation", at what the child
    has said worries them, was kept and would be printed in quotation marks as theirs."""
    line = "Children are unsettled due to living in temporary accommodation"
    reply = asked_s("wellbeing", "house_worries", line)
    assert reply is not None
    assert reply.startswith(f'"{line}" reads as your summary, in a worker\'s words'), reply
    from flows import nudges
    from flows.regex import made_by
    for said in (line, "Transition to post-16 provision and preparation for adulthood",
                 "For the family to communicate better and spend quality time together"):
        work = nudges._WORK_WORDS.search(said)
        assert work is not None, said
        assert made_by(work, nudges._WORK_WORDS)
    assert nudges._WORK_WORDS.search("Being a plumber with my own van") is None


def test_two_letters_of_a_dentists_notes_are_asked_to_be_written_out() -> None:
    """"Risk of further decay and GA extractions", at what could happen for the child, was let
    through: two capitals were read as someone's initials."""
    reply = asked_s("wellbeing", "worry_impact", "Risk of further decay and GA extractions")
    assert reply is not None
    assert reply.startswith('You wrote "GA extractions". Could you write "general anaesthetic" '
                            "in full"), reply
    assert 'with "GA" after it in brackets' in reply
    # (two capitals alone are as likely a child's initials)
    assert asked_s("contribution", "worries", "GA told me dad hit her with a belt on Friday.") \
        is None


def test_a_young_person_hidden_from_men_looking_for_him_is_existing_safety() -> None:
    """"When men from another site came looking for him in May, his uncle drove him to his
    nan's ..." was told it is a strength, not yet existing safety."""
    line = next(row[2] for row in SET_Y_SOUND if "another site" in row[2])
    assert asked_s("contextual", "home_safety", line) is None
    from flows.checks import safety
    from flows.regex import made_by
    danger = safety._DANGER.search(line)
    assert danger is not None
    assert made_by(danger, safety._DANGER)
    assert danger.group() == "looking for him"
    assert asked_s("contextual", "home_safety", "Family are protective") is not None


def test_a_meetings_date_with_a_short_form_is_asked_to_write_it_out() -> None:
    """"TBC, awaiting FGC", at when the meeting is, was kept as it was: the summary's heading
    would have shown "FGC" to the family."""
    reply = asked_s("mapping", "meeting_date", "TBC, awaiting FGC")
    assert reply is not None
    assert reply.startswith('You wrote "FGC". Could you write out what FGC stands for?'), reply
    assert asked_s("mapping", "meeting_date", "Thursday 15 January at 10am, at the family "
                   "centre") is None


# ---- held-out variants: written after each fix's design, before they were run -------------

# A worker's words kept as the child's or young person's own: a housing officer's for where
# the family lives, a family worker's for home life, a SEND or careers plan's headings.
WORK_WORDS_AS_THEIRS = [
    ("mapping", "house_worries", "Unsettled since the move to the hostel", "words"),
    ("wellbeing", "house_dreams", "More quality time with dad", "words"),
    ("three_houses", "house_worries", "Overcrowding and lack of space in the B&B", "words"),
    ("wellbeing", "house_worries", "Anxiety regarding the court case", "words"),
    ("success", "own_goals", "Move into post-18 provision near family", "words"),
    ("success", "vision", "Employability and a pathway into construction", "words"),
    ("three_houses", "house_dreams", "Improved communication between mum and dad", "words"),
    ("mapping", "house_dreams", "Stable housing instead of temporary accommodation", "words"),
]
THEIR_OWN_WORDS = [
    ("three_houses", "house_worries", "The hostel is noisy and a man shouted at mummy in the "
     "corridor"),
    ("wellbeing", "house_dreams", "Daddy playing football with me on Sundays"),
    ("success", "own_goals", "Get a job at the garage where my uncle works"),
    ("success", "vision", "Being a plumber with my own van"),
    ("mapping", "house_worries", "When mummy and daddy don't talk to each other at tea"),
    ("three_houses", "house_good", "Our new flat has a bedroom just for me and my sister"),
]

# Two letters of a hospital's or a dentist's notes ("under GA", "OT to assess").
HEALTH_LETTERS = [
    ("harm_matrix", "harm_worst", "Six teeth extracted under GA in March", "spell"),
    ("contribution", "worries", "OT has raised concerns about his seating at home", "spell|seen"),
    ("mapping", "harm_impact", "Needed a GA for extractions aged 4", "spell|seen"),
]
HEALTH_WRITTEN_OUT = [
    ("harm_matrix", "harm_worst", "She had six teeth taken out under general anaesthetic in "
     "March and could not eat solid food for a week."),
    ("contribution", "needs_to_happen", "The occupational therapist (OT) will visit on Monday 12 "
     "January to fit a bath seat."),
]

# What someone did when a young person was hunted down outside the home, read as existing
# safety; a judgement of the family still asked what was done.
HUNTED_AND_KEPT_SAFE = [
    ("contextual", "home_safety", "When two lads followed her home from the bus stop in March, "
     "her mum picked her up from the bus every day after that."),
    ("contextual", "home_safety", "After the group chased him through the estate on 3 June, his "
     "aunt kept him at hers for a week."),
    ("mapping", "existing_safety", "Whenever the gang from Park Road are waiting outside the "
     "flats, his dad drives him to school."),
    ("contextual", "home_safety", "When people from the county line were after him in August, "
     "his mum took him to stay with family in Leeds."),
]
SAFETY_JUDGED = [
    ("contextual", "home_safety", "Mum is protective and keeps him close", "seen|safety"),
    ("mapping", "existing_safety", "Uncle looks out for him", "seen|safety"),
]

# A meeting's date written with the meeting's short form.
MEETING_LETTERS = [
    ("wellbeing", "meeting_date", "TAF 22 January, 4pm at school", "spell"),
    ("success", "meeting_date", "LAC review 9 January at 3.30", "spell"),
    ("contextual", "meeting_date", "CSE strategy meeting, 14 Jan", "spell"),
    ("supervision", "meeting_date", "GS 8 Dec 2pm", "spell"),
]
MEETING_PLAIN = [
    ("supervision", "meeting_date", "Tuesday 8 December, 2pm, in the team room"),
    ("mapping", "meeting_date", "14 January at 2pm, on Teams"),
    ("contextual", "meeting_date", "No meeting booked yet"),
    ("success", "meeting_date", "To be arranged, probably late January"),
]

HELD_OUT_FLAWED = WORK_WORDS_AS_THEIRS + HEALTH_LETTERS + SAFETY_JUDGED + MEETING_LETTERS
HELD_OUT_SOUND = THEIR_OWN_WORDS + HEALTH_WRITTEN_OUT + HUNTED_AND_KEPT_SAFE + MEETING_PLAIN


# Left: a group supervision's and an occupational therapist's two letters (read as initials),
# and "county line" (the word list's own question), as the module's docstring says.
LEFT_UNASKED = frozenset({"GS 8 Dec 2pm", "OT has raised concerns about his seating at home"})
LEFT_FLAGGED = {next(row[2] for row in HUNTED_AND_KEPT_SAFE if "county line" in row[2]):
                'You wrote "county line".'}


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"),
                         [c for c in HELD_OUT_FLAWED if c[2] in LEFT_UNASKED])
def test_a_held_out_variant_left_is_let_through(flow_id: str, step_id: str, line: str,
                                                want: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [c for c in HELD_OUT_SOUND if c[2] in LEFT_FLAGGED])
def test_a_held_out_variant_left_is_asked_its_words_question(flow_id: str, step_id: str,
                                                              line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None
    assert reply.startswith(LEFT_FLAGGED[line]), reply


globals().update(review_tests(rows_set(
    "Y", SET_Y_FLAWED, SET_Y_SOUND, asked=asked_s, fits=_fits_t, sizes=(20, 20), paired=True,
    held_flawed=[c for c in HELD_OUT_FLAWED if c[2] not in LEFT_UNASKED],
    held_sound=[c for c in HELD_OUT_SOUND if c[2] not in LEFT_FLAGGED])))
