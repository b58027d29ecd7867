"""Blind set K (pass 32c): lines from the tools other than the main mapping.

Written before reading any wording rule or earlier review test (committed 0e86304), from the
tools other than the main mapping: Signs of Wellbeing, Signs of Success, My Three Houses, the
Harm Matrix, contextual safety mapping and group supervision preparation, each line at its
tool's own question. Each flawed line carries what a practice lead would ask back; sound lines
should pass untouched. Sent through the real engine and reminders with the driver of the
earlier reviews (`asked`, `reply_to`, `kind_of`); "what the child shows" is asked only when
the child's words are skipped, so it is reached that way (`asked_at`).

Blind, on the code as it was (b6a2d9f): flawed caught 29/40, 25 with a question that fits
(asked otherwise: "Need more information" was asked what it meant for the child, "PA worried
he is not coping" about an adult's health with "PA" not asked, "Engaged well in the session"
and "Good engagement with services" what was offered and what got in the way); sound flagged
3/40, each as the project means (`LEFT_FLAGGED`). Missed: a worker's summary kept as the
child's words ("Witnessing DV", "Positive attachment to mum", "To achieve his potential"),
"Child seen and appeared fine", "I'm worried about the family", and those in `LEFT_UNASKED`.

Fitted, after the fixes below: flawed caught 35/40, 31 with a question that fits; sound
flagged 3/40.

Fresh variants, written before each fix (flawed asked, before -> after; sound flagged,
before -> after): the writer's summary kept as the child's words 0/7 -> 7/7, the child's own
plain words and aims with "her" 0/13 -> 0/13; a child seen and said to be fine 1/6 -> 6/6,
seen with what they did or "is fine" of something else 0/6 -> 0/6; a worry said short or
with nobody named 0/5 -> 5/5, a worry said with what it is 0/3 -> 0/3; friendships praised
2/5 -> 5/5 (the two asked before were asked what happened, now what was seen, with a
strength as the example), friends told doing things 0/3 -> 0/3.
"""

from __future__ import annotations

import pytest
from review_sets import ReviewSet, review_tests
from test_review_language_thirtieth import kind_of
from test_review_language_twentyninth import asked, reply_to

from flows.replies import Nudge
from tests.test_walk_seventeenth import FLOWS, reach

# (flow id, step id, line, what a practice lead would ask back)
FLAWED_K = [
    # Signs of Wellbeing: early help, a family asking for support
    ("wellbeing", "worry_what", "Mum struggles with routines",
     "which routines, what happens at what time of day"),
    ("wellbeing", "goal_doing", "Parents to work with early help",
     "who will do what, by when"),
    ("wellbeing", "strengths", "Good engagement with services",
     "what did the family do"),
    ("wellbeing", "worry_impact", "It is impacting on his emotional wellbeing",
     "what do you see him do or hear him say"),
    ("wellbeing", "family_view", "Dad is in denial about the school issues",
     "what did dad say, in his words"),
    ("wellbeing", "next_steps", "TAF meeting to be arranged",
     "write TAF out; who arranges it, by when"),
    ("wellbeing", "unmet_needs", "Poor school attendance",
     "how many days missed, since when"),
    # Signs of Success: a young person's aspirations, a care leaver
    ("success", "vision", "To achieve his potential",
     "what would he be doing, where"),
    ("success", "own_goals", "Be more independent",
     "what will she be able to do herself"),
    ("success", "what_helps", "Positive relationships",
     "with whom, and what do they do that helps"),
    ("success", "their_worries", "Anxiety",
     "what does it look like for them, when"),
    ("success", "others_worried", "PA worried he is not coping",
     "write PA out; what did they see"),
    ("success", "success_goal", "Maintain tenancy",
     "what will she be doing: rent, bills, neighbours"),
    ("success", "goal_first_step", "Explore options for college",
     "who will do what, by when"),
    # My Three Houses: recorded by a worker
    ("three_houses", "house_worries", "Child appeared anxious when discussing home",
     "what did the child say or do"),
    ("three_houses", "house_worries", "Witnessing DV",
     "write it out; what did the child tell you"),
    ("three_houses", "house_good", "Positive attachment to mum",
     "what did the child say is good"),
    ("three_houses", "house_dreams", "Wants things to be better at home",
     "better how, in the child's words"),
    ("three_houses", "worker_noticed", "Engaged well in the session",
     "what did the child do"),
    ("three_houses", "worker_noticed", "She was clearly traumatised",
     "what did you see her do"),
    # Harm Matrix: one worry unpicked
    ("harm_matrix", "danger_behaviour", "Neglect",
     "what was done or not done, to whom"),
    ("harm_matrix", "harm_impact", "Significant harm",
     "what happened to the child's body or behaviour"),
    ("harm_matrix", "harm_frequency", "Regularly",
     "how often, when last"),
    ("harm_matrix", "harm_history", "Long history of concerns",
     "what happened, when"),
    ("harm_matrix", "harm_complicating", "Mum's mental health",
     "what does mum do when she is unwell"),
    ("harm_matrix", "child_vulnerability", "Vulnerable due to age",
     "what can the child not do for themselves"),
    ("harm_matrix", "harm_accepted_detail", "Parents are minimising",
     "what did they say"),
    # Contextual safety mapping: peers, places, online
    ("contextual", "peer_worries", "Associating with negative peers",
     "who, what do they do together"),
    ("contextual", "area_worries", "Known hotspot for CSE",
     "write it out; what happens there"),
    ("contextual", "online_worries", "Risky online behaviour",
     "what is she doing online, with whom"),
    ("contextual", "school_worries", "Disengaged from education",
     "what does he do or not do at school"),
    ("contextual", "peer_strengths", "Some positive friendships",
     "who, and what do they do"),
    ("contextual", "trusted_adults", "Professionals",
     "which people, by name or role"),
    ("contextual", "yp_worries", "Concerns re county lines",
     "what have you seen"),
    # Group supervision preparation: the worker's own reflection
    ("supervision", "group_question", "How to move the case forward",
     "forward to what; what decision do you need help with"),
    ("supervision", "worries", "I'm worried about the family",
     "what exactly worries you"),
    ("supervision", "working_well", "Good working relationship with mum",
     "what does mum do"),
    ("supervision", "child_seen", "Child seen and appeared fine",
     "when, and what did you see"),
    ("supervision", "needs", "Need more information",
     "what information, from whom"),
    ("supervision", "child_words", "Child's voice captured",
     "what did the child say"),
]

# (flow id, step id, line)
SOUND_K = [
    ("wellbeing", "worry_what",
     "Since September Jade has arrived at school after 10am on three or four "
     "days each week, and says she stayed up watching her phone."),
    ("wellbeing", "strengths",
     "Dad walks both boys to school every morning and waits at the gate until "
     "they go in."),
    ("wellbeing", "next_steps",
     "Sarah (family support worker) will visit on Tuesday 12 March at 4pm to "
     "help Mum set up a bedtime chart."),
    ("wellbeing", "coped",
     "When the boiler broke in January, Mum asked her sister to have the "
     "children for three nights and rang the landlord every day until it was fixed."),
    ("wellbeing", "family_view",
     "Mum says she wants help because she is shouting at the children most "
     "mornings and does not want to."),
    ("wellbeing", "unmet_needs",
     "Leon has had toothache for two weeks and has not seen a dentist because "
     "the family is not registered with one."),
    ("wellbeing", "harder",
     "Mum works night shifts three times a week, so Gran looks after the "
     "children on those nights."),
    ("success", "vision",
     "Kai wants to be living in his own flat near his sister by the time he is "
     "19, and working as a mechanic."),
    ("success", "own_goals", "Pass her driving theory test before the summer."),
    ("success", "what_helps",
     "Her foster carer texts her at 10pm to check she is on her way home."),
    ("success", "their_people", "Aunt Rita, who he phones every Sunday"),
    ("success", "their_worries",
     "He worries he will not be able to pay the gas bill when his grant stops in June."),
    ("success", "success_goal",
     "Mia will pay her rent on the first of each month and cook at least four "
     "of her own evening meals each week."),
    ("success", "goal_first_step",
     "Tom, her personal adviser, will go with Kai to the college open day on 14 May."),
    ("three_houses", "house_worries",
     "When Daddy shouts at Mummy I hide under my bed with Bluey."),
    ("three_houses", "house_worries",
     "Mummy says I am naughty and I have to stay in my room."),
    ("three_houses", "house_good", "Nanny makes pancakes on Saturdays."),
    ("three_houses", "house_dreams",
     "I want my mummy and daddy to stop fighting and to have a dog called Biscuit."),
    ("three_houses", "house_good", "My big brother plays Minecraft with me after school."),
    ("three_houses", "worker_noticed",
     "Sam smiled and talked a lot about his dog, and went quiet and looked at "
     "the floor when I asked about weekends at Dad's."),
    ("harm_matrix", "danger_behaviour",
     "On 3 February Dad held Mia (4) by the arms and shook her, leaving "
     "finger-shaped bruises on both upper arms."),
    ("harm_matrix", "harm_frequency",
     "Three times we know of: in October, December and February."),
    ("harm_matrix", "harm_worst",
     "If Dad shakes Mia again she could hit her head and suffer a brain injury."),
    ("harm_matrix", "child_vulnerability",
     "Mia is four, does not go to nursery, and is seen by no one outside the "
     "home on most days."),
    ("harm_matrix", "harm_accepted_detail",
     "Mum says the bruises happened but that Mia fell off the sofa; Dad says "
     "he does not remember."),
    ("harm_matrix", "harm_complicating",
     "Dad drinks about eight cans of lager most evenings and the shaking "
     "happened after he had been drinking."),
    ("harm_matrix", "harm_impact",
     "Mia flinches when an adult raises a hand near her and cries when Dad "
     "comes into the room."),
    ("contextual", "peer_worries",
     "Since March Leah has been getting into cars with two older men outside "
     "the Tesco on Green Road after school."),
    ("contextual", "area_worries",
     "The park behind the Elm Street flats, where older boys have been seen "
     "handing bags to younger children after 9pm."),
    ("contextual", "online_worries",
     "A man she met on Snapchat has asked her for photos and sent her £20."),
    ("contextual", "online_strengths",
     "She showed her mum the messages and blocked him the same evening."),
    ("contextual", "trusted_adults",
     "Mr Khan, the PE teacher, who Jay talks to every lunchtime"),
    ("contextual", "school_strengths",
     "He has not missed a Tuesday football session this term and the coach "
     "says he helps the younger ones."),
    ("contextual", "home_safety",
     "Mum texts Leah at 8pm and picks her up from her friend's house if she asks."),
    ("supervision", "group_question",
     "Should we invite Dad's new partner to the next network meeting before we "
     "know more about her?"),
    ("supervision", "worries",
     "Mum has missed three of the last four appointments at the drug service "
     "and Toby (2) has a nappy rash that has not healed in a month."),
    ("supervision", "working_well",
     "Mum lets me in every week and shows me Toby's room and the fridge "
     "without being asked."),
    ("supervision", "child_seen",
     "I saw Toby at home on 2 December; he was in a clean nappy, ate a yoghurt "
     "and walked to his mum when I came in."),
    ("supervision", "child_words",
     "Aisha said: 'I like it when Dad picks me up because we get chips.'"),
    ("supervision", "difference",
     "I will ask Mum what a good week looks like for her before I talk about "
     "the missed appointments."),
]

assert len(FLAWED_K) == 40
assert len(SOUND_K) == 40


def asked_at(flow_id: str, step_id: str, line: str) -> str | None:
    """The reminder `line` gets at the question (`asked`); what the child shows, asked only
    when the child's words are skipped, is reached by skipping them."""
    if step_id != "child_seen":
        return asked(flow_id, step_id, line)
    chat = reach(FLOWS[flow_id], "child_words")
    chat.command("skip")
    assert chat.asked == "child_seen"
    chat.send(line)
    return next((r.text for r in chat.replies if isinstance(r, Nudge)), None)


# Set K's flawed lines still let through: a young person's own words that may be theirs
# ("Be more independent", "Anxiety": the checks do not judge inside their words), a reason
# given for a vulnerability ("due to age"), a list of helpers by kind alone, and a question
# for the group with nothing of the decision.
LEFT_UNASKED = frozenset({"Be more independent", "Anxiety", "Vulnerable due to age",
                          "Professionals", "How to move the case forward"})
# Sound lines still asked about, as the project means: a full name (the privacy check asks
# for a role), a young person said to get into cars with men (asked who the men are and what
# they do), and a parent's routine checks at the family's protection (asked for what they did
# while the danger was there).
LEFT_FLAGGED = frozenset({"Mr Khan, the PE teacher, who Jay talks to every lunchtime",
                          "Since March Leah has been getting into cars with two older men "
                          "outside the Tesco on Green Road after school.",
                          "Mum texts Leah at 8pm and picks her up from her friend's house if "
                          "she asks."})


# ---- fresh variants, written before each fix ---------------------------------------------

# A: the writer's summary, in the words of the work, at a question kept as the child's own
# words (set K: "Witnessing DV", "Positive attachment to mum", "To achieve his potential").
SUMMARY_AS_CHILDS = [
    ("three_houses", "house_worries", "Exposure to DA at home"),
    ("three_houses", "house_worries", "Parental substance misuse"),
    ("three_houses", "house_good", "Secure attachment to nan"),
    ("three_houses", "house_good", "Positive relationship with foster carer"),
    ("wellbeing", "house_worries", "Witnessed DV between parents"),
    ("success", "their_worries", "Concerns re NEET status"),
    ("success", "own_goals", "To secure his own tenancy"),
]
# Aims with the child as "her" are let through: the thirty-first review keeps "to have her own
# flat near her nan by the time she's 18" as the young person's own (its set H).
AIMS_LEFT = [
    ("success", "own_goals", "To get her provisional licence"),
    ("success", "vision", "To live independently in her own flat near her sister"),
]
CHILDS_OWN_PLAIN = [
    ("three_houses", "house_good", "Nanny is kind"),
    ("three_houses", "house_good", "Daddy is funny"),
    ("three_houses", "house_worries", "Mummy is lazy and sleeps all day"),
    ("three_houses", "house_worries", "Daddy drinks beer and gets shouty"),
    ("three_houses", "house_worries", "Police came to the house"),
    ("three_houses", "house_dreams", "To be a footballer"),
    ("three_houses", "house_dreams", "To go to Disneyland"),
    ("success", "own_goals", "Get a job at the garage"),
    ("success", "own_goals", "To pass the driving test"),
    ("success", "their_worries", "Money, bills, being on my own"),
    ("success", "vision", "A flat by the sea with a dog"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), SUMMARY_AS_CHILDS)
def test_the_writers_summary_kept_as_the_childs_words_is_asked_for_their_words(
        flow_id: str, step_id: str, line: str) -> None:
    """"Witnessing DV" in the house of worries was saved in the child's quotation marks."""
    reply = reply_to(flow_id, step_id, line)
    assert "reads as your summary" in reply, reply
    assert kind_of(reply) == "child"


# B: a child seen and said to be fine, with nothing of what was seen (set K: "Child seen and
# appeared fine").
SEEN_FINE = [
    ("supervision", "child_seen", "Seen at home, appeared well"),
    ("supervision", "child_seen", "Both children seen, all fine"),
    ("supervision", "child_seen", "Seen at school and looked ok"),
    ("three_houses", "worker_noticed", "She seemed fine throughout"),
    ("wellbeing", "worry_impact", "The kids appear OK"),
    ("supervision", "working_well", "Children seen regularly and are fine"),
]
SEEN_AND_TOLD = [
    ("supervision", "child_seen",
     "Seen at school on 3 May; she looked fine, ate all her lunch and played tag with two "
     "friends."),
    ("supervision", "child_seen",
     "He looked well-fed and his clothes were clean when I saw him on Monday."),
    ("supervision", "child_seen",
     "Seen at home on Friday: he showed me his new bike and laughed with his sister."),
    ("three_houses", "worker_noticed",
     "She said she was fine, then cried when I asked about Dad."),
    # "is fine" of something else (the tools' own help was asked about by the first try,
    # found by tests/test_tools.py, and spared since)
    ("supervision", "working_well", "Either day is fine for Mum."),
    ("wellbeing", "family_view", "Mum said it was alright for Gran to have them at weekends."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), SEEN_FINE)
def test_a_child_seen_and_said_to_be_fine_is_asked_what_was_seen(flow_id: str, step_id: str,
                                                                 line: str) -> None:
    """"Child seen and appeared fine" was saved as how the child is."""
    reply = asked_at(flow_id, step_id, line)
    assert reply is not None, line
    assert "What did you see them do or hear them say" in reply, reply


# C: a worry said with nothing of what it is, the one worried written short ("I'm", "we're")
# or left out as notes leave it (set K: "I'm worried about the family").
WORRY_SAID_SHORT = [
    ("supervision", "worries", "We're really worried about the kids"),
    ("supervision", "worries", "They're worried about her again."),
    ("wellbeing", "worry_what", "School's concerned about him"),
    ("supervision", "worries", "Really worried about the children at the moment"),
    ("contextual", "harm_outside", "Still concerned for him."),
]
WORRY_SAID_WITH_WHAT = [
    ("supervision", "worries",
     "I'm worried about the family since Dad moved back in and the police were called twice "
     "in May."),
    ("supervision", "worries",
     "We're worried about the baby's weight: she has lost 200 g in two weeks."),
    ("supervision", "worries",
     "I'm worried about the family: Mum has not opened the door to anyone since 2 June."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), WORRY_SAID_SHORT)
def test_a_worry_said_short_with_nothing_of_what_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    """"I'm worried about the family" was saved as the whole worry."""
    reply = reply_to(flow_id, step_id, line)
    assert "What have they seen or heard that worries them" in reply, reply


# D: friendships praised with nothing of what the friends do (set K: "Some positive
# friendships"), as "positive relationships" is asked.
FRIENDSHIPS_PRAISED = [
    ("contextual", "peer_strengths", "Good friendships at school"),
    ("success", "what_helps", "Positive friendships"),
    ("contextual", "peer_strengths", "Healthy friendship group"),
    ("wellbeing", "strengths", "Close friendships with neighbours"),
    ("contextual", "peer_strengths", "Some positive friendships"),
]
FRIENDS_DOING = [
    ("contextual", "peer_strengths",
     "Her friend K walks home with her every day and rang her mum when the men turned up."),
    ("contextual", "peer_strengths",
     "Good friendship with J: they go to the youth club together every Thursday and he texts "
     "her if she is not there."),
    ("success", "what_helps",
     "She has kept the same two friends since Year 7 and goes to their houses for tea."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), FRIENDSHIPS_PRAISED)
def test_friendships_praised_are_asked_what_was_seen(flow_id: str, step_id: str,
                                                     line: str) -> None:
    """"Some positive friendships" was saved as a strength; "positive relationships" was
    asked about."""
    reply = reply_to(flow_id, step_id, line)
    assert "but not yet what you saw" in reply, reply


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *CHILDS_OWN_PLAIN,
    *AIMS_LEFT,
    *SEEN_AND_TOLD,
    *WORRY_SAID_WITH_WHAT,
    *FRIENDS_DOING,
]

globals().update(review_tests(ReviewSet(
    name="K", asked=asked_at, flawed=[(f, s, line) for f, s, line, _ in FLAWED_K],
    sound=SOUND_K, left_unasked=LEFT_UNASKED, left_flagged=LEFT_FLAGGED,
    held_sound=HELD_OUT_SOUND)))
