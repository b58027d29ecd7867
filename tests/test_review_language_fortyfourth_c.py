"""Pass 44, helper c: kinds of flawed answers the blind sets (AC, AD) let through, fitted as
kinds of wording, each with held-out variants written after the fix and sound look-alikes.

The brief's lines, at their questions (code before, 23e10aa): "hotspot areas in town",
"negative peer influences", "unsafe use of social media" at the contextual tool's worries;
"years" at how long a goal must hold; "all professionals", "everyone", "the network" at who
will help with a success goal; "his age", "her age" at what makes the child vulnerable;
"Structure and clear boundaries at home" at what the child needs: all let through, 0/11.
Already asked on that code: "for a while" and "ongoing" as how long, "she seemed fine" at what
the worker noticed. Asked as something the services did, and let through now: "It was 3 at
the last review" at how the number has moved, and "Mum and I made a plan with her sister" at
group supervision's "What have you done that worked?" (the next question asks what difference
it made).

The rules:
- a place or peers named only by a label: "hotspot" (plain once what happens there is told)
  and being online named as the young person's risk ("unsafe use of social media", "risky
  online behaviour") are words of the plain-language list; "negative/bad/antisocial ...
  influences, peer group, friendships" join `labels`' "associating with";
- how long said as a span with no number ("years", "for months", "ages", "a long time") is an
  open end (`plain_language._OPEN_END`);
- a child's age named alone ("his age", "due to her young age") is asked how old and what it
  means (`plain_language._AGE_ONLY`);
- who will help said only as everyone at once ("all professionals", "everyone", "the
  network", "the team around the child") is asked who, by role, does what
  (`plain_language._EVERYONE_ONLY`);
- a quality of care named with only where or from whom ("... at home", "... from mum") is
  still only the quality (`plain_language._QUALITIES_ONLY`);
- a review named as when ("at the last review", "since the review") is a meeting, not the
  services reviewing (`process._AT_A_REVIEW`); a family member and the writer doing
  something together ("Mum and I made a plan") is the family acting (`process._someone_acts`).

Held-out variants (written after each fix, before it was run on them; code before -> after):
flawed asked with a question that fits 1/19 -> 18/19, then 19/19 once the quality's tail was
widened to whom it is from ("warmth and nurture from mum", the one let through); sound let
through 11/11 -> 11/11. The false alarms' variants: 0/3 let through -> 3/3 (the flawed
look-alikes "Discussed at the last review", "Plan reviewed at the last review", "Mum and I were
referred to the panel" asked before and after).

How the child seemed: "she seemed fine" was asked already, "appeared happy and relaxed" was
not. `labels`' "appeared fine" now reads at ease said with nothing seen ("seemed calm",
"appeared comfortable", "seemed his usual self"), not how someone took something ("seemed
happy with the plan", "happy to talk"): 0/6 -> 6/6 (the last three written after the fix),
sound 5/5 -> 5/5. Left: "She seemed content, humming while she coloured in" is asked, before
and after (what she did, after a comma, is not read as told).
"""
from __future__ import annotations

import pytest
from test_review_language_thirtyeighth import asked_s

# What each kind is asked back: words of the question a practice lead expects.
PLACE = "Which place is it"
PEERS = "Who are these people"
ONLINE = "What happened online"
HOW_LONG = "not yet for how long"
# ... of what has gone on already: since when (the forty-fifth walk)
SINCE_WHEN = "not yet since when"
EVERYONE = "names everyone at once"
AGE = "How old are they"
QUALITY = "which says what every child needs"

BRIEF_FLAWED = [
    ("contextual", "area_worries", "hotspot areas in town", PLACE),
    ("contextual", "peer_worries", "negative peer influences", PEERS),
    ("contextual", "online_worries", "unsafe use of social media", ONLINE),
    ("mapping", "goal_how_long", "years", HOW_LONG),
    ("harm_matrix", "harm_history", "for years", SINCE_WHEN),
    ("success", "goal_support", "all professionals", EVERYONE),
    ("success", "goal_support", "everyone", EVERYONE),
    ("success", "goal_support", "the network", EVERYONE),
    ("harm_matrix", "child_vulnerability", "his age", AGE),
    ("harm_matrix", "child_vulnerability", "her age", AGE),
    ("wellbeing", "unmet_needs", "Structure and clear boundaries at home", QUALITY),
]

HELD_OUT_FLAWED = [
    ("contextual", "area_worries", "hot spots near the station", PLACE),
    ("contextual", "area_worries", "Known hotspot area", PLACE),
    ("contextual", "peer_worries", "bad influences", PEERS),
    ("contextual", "peer_worries", "antisocial peer group", PEERS),
    ("contextual", "online_worries", "risky online behaviour", ONLINE),
    ("contextual", "online_worries", "Unsafe internet use", ONLINE),
    ("wellbeing", "goal_how_long", "months", HOW_LONG),
    ("supervision", "goal_how_long", "a long time", HOW_LONG),
    ("mapping", "goal_how_long", "for many years", HOW_LONG),
    ("harm_matrix", "harm_history", "years and years", SINCE_WHEN),
    ("success", "goal_support", "everybody involved", EVERYONE),
    ("success", "goal_support", "The team around the child", EVERYONE),
    ("success", "goal_support", "all agencies", EVERYONE),
    ("harm_matrix", "child_vulnerability", "Her age.", AGE),
    ("harm_matrix", "child_vulnerability", "because of the baby's age", AGE),
    ("harm_matrix", "child_vulnerability", "T's young age", AGE),
    ("wellbeing", "unmet_needs", "consistency and routine in both homes", QUALITY),
    ("wellbeing", "unmet_needs", "warmth and nurture from mum", QUALITY),
    ("wellbeing", "unmet_needs", "stability at school", QUALITY),
]

HELD_OUT_SOUND = [
    ("contextual", "area_worries", "The underpass by the station: men have given her lifts "
     "from there twice this month"),
    ("contextual", "area_worries", "a known hotspot: the underpass on Mill Lane, where men "
     "offer girls lifts"),
    ("contextual", "peer_worries", "Two older lads from the estate pick him up after school "
     "and give him cannabis"),
    ("contextual", "online_worries", "A man on Snapchat asked her for photos last week and "
     "said he would share them"),
    ("wellbeing", "goal_how_long", "six months"),
    ("mapping", "goal_how_long", "until the end of the school year"),
    ("harm_matrix", "harm_history", "Two years at least; school first noticed bruises in "
     "year 3"),
    ("success", "goal_support", "everyone at the college drop-in: they will help her fill in "
     "the forms on Tuesdays"),
    ("harm_matrix", "child_vulnerability", "His age: he is 2, can't talk yet and nobody "
     "outside the home sees him"),
    ("harm_matrix", "child_vulnerability", "She is small for her age and has no other adult "
     "she talks to"),
    ("wellbeing", "unmet_needs", "boundaries at home around his phone, taken at 9pm so he "
     "sleeps"),
]

# How the child seemed, as a verdict: "she seemed fine" was asked already; at ease said so
# ("appeared happy and relaxed") was not. The first four written before the widening, the
# rest after it.
SEEMED = "What did you see them do or hear them say that showed it"
SEEMED_AT_EASE = [
    ("three_houses", "worker_noticed", "appeared happy and relaxed", SEEMED),
    ("three_houses", "worker_noticed", "She seemed very happy", SEEMED),
    ("three_houses", "worker_noticed", "seemed calm throughout", SEEMED),
    ("three_houses", "worker_noticed", "seemed content", SEEMED),
    ("three_houses", "worker_noticed", "Appeared comfortable throughout the session", SEEMED),
    ("three_houses", "worker_noticed", "She seemed at ease.", SEEMED),
]
AT_EASE_TOLD = [
    ("three_houses", "worker_noticed", "She seemed happy to talk about nan and drew her house "
     "first"),
    ("three_houses", "worker_noticed", "He seemed calm until I asked about dad, then he hid "
     "under the table"),
    ("three_houses", "worker_noticed", "He seemed comfortable: he took his shoes off and lay "
     "on the floor to draw"),
    ("mapping", "strengths", "Mum seemed happy with the plan"),
    ("mapping", "strengths", "The children seemed happy when nan collected them from school "
     "on Friday"),
]

# Asked as something the services did, and not: a review as when, a plan made with the family.
NOT_THE_SERVICES = [
    ("supervision", "scale_moved", "It was 3 at the last review"),
    ("supervision", "what_worked", "Mum and I made a plan with her sister"),
    # held out
    ("supervision", "scale_moved", "4 at the review in June, 5 now"),
    ("supervision", "scale_moved", "Up from 2 since the review"),
    ("supervision", "what_worked", "Dad and I agreed a plan for the weekends"),
]
THE_SERVICES = [
    ("supervision", "scale_moved", "Discussed at the last review"),
    ("supervision", "what_worked", "Plan reviewed at the last review"),
    ("supervision", "what_worked", "Mum and I were referred to the panel"),
    ("supervision", "what_worked", "building a trusting relationship"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line", "asks"),
                         BRIEF_FLAWED + HELD_OUT_FLAWED + SEEMED_AT_EASE)
def test_a_label_a_span_or_everyone_is_asked_what_it_means(
        flow_id: str, step_id: str, line: str, asks: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert asks in reply, reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), HELD_OUT_SOUND + NOT_THE_SERVICES
                         + AT_EASE_TOLD)
def test_what_happened_who_and_how_long_told_are_let_through(
        flow_id: str, step_id: str, line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None


@pytest.mark.parametrize(("flow_id", "step_id", "line"), THE_SERVICES)
def test_what_only_the_services_did_is_still_asked(flow_id: str, step_id: str,
                                                   line: str) -> None:
    assert asked_s(flow_id, step_id, line) is not None, line
