"""A second blind review of the wording checks in the thirty-first round, as a practice lead
would test them: set G, lines typed on a phone by people the earlier sets under-represent (a
GP or practice nurse, a police public protection officer, a youth worker or youth offending
worker, a foster carer's supervising social worker, an early help family worker, and a
family member's words as a worker recorded them), each sent at the question of a real tool
where it would be typed, through the real engine and its real reminders. A flawed line
should be asked about once, with a question that fits its flaw; a sound one let through.

Set G was written after reading only the flows' questions and which of them run which check,
and how the thirtieth review drove them (its drivers, not its data), BEFORE any rule's word
list or pattern and before set F; it was committed before anything was run on it (d5b03a0).

Set G, blind, on the code as it was (b66a106): flawed caught 57/70, 52 of them with a
question that fits by the thirtieth review's reading (53 by mine: "associating with
nominals" is asked who these people are and what they do with him, which it reads as
"blame"); sound flagged 3/70. Missed: "multiple call outs" (how often), "strat to be held",
"he sees himself as independent with his own tenancy" and "YP worried about his future" (the
young person's own words asked for), "professionals will disrupt the exploitation", "placement
is stable", "positive outcomes for the child", "emotional support", "family would benefit from
support", "aunt Shaz - always there for them", "conflicting accounts", "things settle down",
"everyone will keep an eye". Asked otherwise: "safeguarding referral to be made" and "referral
to be made to employment support" (asked what the services did and what it meant for the
child, as if done); "engage" in two goals (asked what was offered and what happened, as if a
report). Flagged: "police have been called 6 times since March, the last on 20 Nov ..." at
how often (asked what the services did), "someone to take him to football on a Saturday, as
mum works ..." at what the child needs (asked who will do it), and the child's words after
"she said:" at a question asking for their words only (a fair question: left as it is).

After the fixes below (FITTED: each made general and tried first on the fresh variants
below, written before any rule was read, but the last two, written after): flawed caught
66/70, 63 with a question that fits (64 with "associating with nominals"); sound flagged 2/70.
Left: `LEFT_UNASKED`, `LEFT_ASKED_OTHERWISE` and `SOUND_STILL_ASKED`.

Fresh variants, flawed asked (fitting) before -> after; sound flagged before -> after: a step
to be done by nobody ("home visit to be booked") 4 (1) / 6 -> 6 (6), 0/4 -> 0/4; how often only
as many ("on a number of occasions") 1 (1, by its word) / 4 -> 4 (4), with a number or a time
1/4 -> 0/4; call-outs counted as how often, sound, 1/2 -> 0/2; what someone would benefit from
with no one to give it 1 (0; "YP" asked to be written out, as after) / 3 -> 3 (2), 0/2 -> 0/2;
"there for them" in the network 1/3 -> 3/3, 0/2 -> 0/2; an eye kept on nothing named 1/3 ->
3/3, 0/2 -> 0/2; "someone to ..." as a need, sound, 1/2 -> 1/2 (not fixed). Written after
the rules were read: a verdict on a thing of the child's life ("contact is positive", "good
outcomes for the kids") 1/5 -> 5/5, with what is behind it 0/3 -> 0/3; the child's view in
the writer's words ("she sees herself as a nurse one day", "YP anxious about moving on") 0/4
-> 4/4, the child speaking of someone ("he sees me as a baby") 0/4 -> 0/4.
"""

from __future__ import annotations

import pytest
from builders import EngineChat
from review_sets import ReviewSet, review_tests
from test_review_language_thirtieth import kind_of
from test_review_language_twentyninth import NUDGE, asked

from flows.draft import Draft
from flows.replies import Nudge
from tests.test_walk_seventeenth import FLOWS, reach

# Who typed a line (a comment per group below): GP = a GP or practice nurse; PPU = a police
# public protection officer; YW = a youth worker or youth offending worker; SSW = a foster
# carer's supervising social worker; EH = an early help family worker; FAM = a family
# member's words as a worker recorded them.
#
# A flawed line: (flow, question, line, the kinds of question that fit it (the thirtieth
# review's `FITS`), what a practice lead would want asked).
Flawed = tuple[str, str, str, tuple[str, ...], str]

SET_G_FLAWED: list[Flawed] = [
    # ---- GP / practice nurse ----
    ("contribution", "worries", "mum has DNA'd 3 imms appts for baby, non-engagement with HV",
     ("term", "seen"), "write out DNA, imms, HV; which appointments, when, and what it meant "
     "for the baby"),
    ("contribution", "worries", "concerns re: poor home conditions reported",
     ("seen",), "who saw what in the home, and when"),
    ("contribution", "working_well", "good engagement with surgery",
     ("seen",), "who came to what, when, and what they did"),
    ("contribution", "needs_to_happen", "safeguarding referral to be made",
     ("who_when",), "who will make it, and by when"),
    ("contribution", "partner_scale_why", "6 - mum is a good historian and compliant with meds",
     ("seen", "term"), "what mum does that makes it a 6 (compliant: takes her tablets?)"),
    ("mapping", "harm_impact", "faltering growth, FTT query",
     ("term", "seen"), "write out FTT; what the baby's weight has done, since when"),
    ("harm_matrix", "harm_complicating_1", "Mum has MH hx and polypharmacy",
     ("term", "seen"), "write out MH hx; how mum's health shows day to day for the child"),
    ("reflection", "what_happened", "pt presented with unexplained bruising, ?NAI",
     ("term", "seen"), "write out pt and NAI; where the bruises were, what was said, when"),
    ("wellbeing", "worry_what_1", "mum struggling, low mood",
     ("seen",), "what mum's low mood looks like for the child, day to day"),
    ("harm_matrix", "harm_accepted_detail_1", "dad minimises",
     ("seen",), "what dad said, in his words"),
    ("mapping", "goal_doing_1", "dad will address his anger",
     ("goal",), "what dad will be doing differently that everyone can see"),
    ("supervision", "safety_goal", "Mum will keep the children safe and engage with the plan "
     "for 6 months",
     ("goal",), "what mum will be doing that keeps them safe; not 'engage'"),
    # ---- police public protection ----
    ("mapping", "worst_harm", "DA incident, DASH high risk, referred to MARAC",
     ("term", "seen"), "write out DA, DASH, MARAC; who did what to whom, and the children"),
    ("mapping", "recent_harm", "Police attended a domestic at the address",
     ("seen", "term"), "what happened, when, and where the children were"),
    ("harm_matrix", "danger_behaviour_1", "Dad is a perpetrator of coercive control",
     ("seen", "term"), "what dad does, as if watching it happen"),
    ("harm_matrix", "harm_frequency_1", "multiple call outs",
     ("seen",), "how many, since when, the last time, better or worse"),
    ("contextual", "harm_outside", "YP is at risk of CCE and linked to a county lines OCG",
     ("term", "seen"), "write out YP, CCE, OCG; who did what to him, where and when"),
    ("contextual", "peer_worries", "associating with nominals",
     ("term", "seen"), "who he spends time with (roles, ages) and what they do with him"),
    ("contextual", "area_worries", "known hotspot for ASB",
     ("term", "seen"), "write out ASB; which place, what happens there to him"),
    ("mapping", "danger_statement_1", "Police are worried about DV",
     ("danger", "term"), "what the adult does, and what could happen to the child"),
    ("contextual", "danger_statement_1", "YP is vulnerable to exploitation and could come to "
     "significant harm",
     ("danger", "term", "blame"), "who is worried, what others are doing to him"),
    ("harm_matrix", "harm_history_1", "long history of DA, numerous DVPNs",
     ("term", "seen"), "write out DA, DVPN; since when, who knew first"),
    ("mapping", "next_steps", "strat to be held",
     ("term", "who_when"), "write out strat; who will hold it, by when"),
    ("supervision", "worries", "NFA'd by police but escalating pattern",
     ("term", "seen"), "write out NFA; what happened, when, and what got worse"),
    # ---- youth worker / youth offending worker ----
    ("success", "success_goal_1", "YP will engage with ETE provision",
     ("goal", "term"), "what the young person will be doing; write out YP, ETE"),
    ("success", "own_goals", "YP wishes to gain employment",
     ("child", "term"), "their own words, as they said them"),
    ("success", "vision", "he sees himself as independent with his own tenancy",
     ("child",), "their own words, as they said them"),
    ("success", "goal_first_step_1", "referral to be made to employment support",
     ("who_when",), "who will make it, by when"),
    ("success", "success_scale_why", "5, he's making good progress",
     ("seen",), "what he has done that makes it a 5; what a 6 would be"),
    ("contextual", "yp_worries", "vulnerable, poor impulse control",
     ("seen", "term", "blame"), "what he does, and what others do to him"),
    ("contextual", "school_worries", "on a PTT and NEET risk",
     ("term", "seen"), "write out PTT, NEET; how many hours in school, since when"),
    ("contextual", "goal_doing_1", "professionals will disrupt the exploitation",
     ("goal", "seen"), "who will do what exactly, where, how often"),
    ("contextual", "trusted_adults", "youth worker - good rapport",
     ("does", "who_when"), "what the youth worker will do, and when"),
    ("supervision", "what_worked", "building a trusting relationship",
     ("seen", "family"), "what you did, when, and what changed"),
    ("contextual", "online_worries", "inappropriate content online",
     ("seen",), "what, from whom, on which app"),
    ("success", "their_worries", "YP worried about his future",
     ("child", "term"), "their own words"),
    # ---- supervising social worker (fostering) ----
    ("mapping", "strengths", "placement is stable",
     ("seen",), "what the child does, and the carer does, that shows it; since when"),
    ("mapping", "existing_safety", "carers are experienced and therapeutic",
     ("safety", "seen"), "what the carers did when the danger was there"),
    ("supervision", "working_well", "carer is meeting the child's needs",
     ("seen",), "what the carer does, day to day"),
    ("mapping", "house_worries", "C disclosed she doesn't want contact with dad",
     ("child", "term"), "the child's own words"),
    ("three_houses", "house_worries", "child reported feeling anxious about contact",
     ("child",), "the child's own words"),
    ("three_houses", "worker_noticed", "presented as unsettled and dysregulated",
     ("seen", "term"), "what the child did"),
    ("supervision", "needs", "LA to review the care plan",
     ("term", "who_when"), "write out LA; who exactly, by when, what for"),
    ("supervision", "difference", "positive outcomes for the child",
     ("seen", "family"), "what the child does now that they didn't"),
    ("mapping", "harm_impact", "attachment difficulties",
     ("seen", "term"), "what the child does or says that shows it"),
    ("mapping", "trusted_adults", "foster carer - amazing",
     ("does",), "what the carer does, and when"),
    ("supervision", "child_seen", "presents as a happy child",
     ("seen",), "what you saw the child do"),
    # ---- early help family worker ----
    ("wellbeing", "worry_what_1", "lack of boundaries and routines",
     ("seen",), "what happens at home, e.g. bedtimes, school mornings"),
    ("wellbeing", "goal_doing_1", "mum will engage with the parenting course",
     ("goal",), "what mum will be doing at home"),
    ("wellbeing", "goal_doing_2", "dad won't shout at the kids",
     ("goal",), "what dad will do instead"),
    ("wellbeing", "strengths", "mum is motivated to change",
     ("seen",), "what mum has done that shows it"),
    ("wellbeing", "next_steps", "TAF meeting",
     ("term", "who_when"), "write out TAF; who will arrange it, by when"),
    ("wellbeing", "unmet_needs", "emotional support",
     ("seen", "who_when"), "what the child needs, from whom"),
    ("wellbeing", "harder", "financial issues",
     ("seen",), "what the money problem is and what it means day to day"),
    ("wellbeing", "coped", "yes, they're resilient",
     ("seen", "family"), "what they did then"),
    ("wellbeing", "wellbeing_goal_1", "The family will have improved routines",
     ("goal",), "who will do what, what the child notices, for how long"),
    ("wellbeing", "worry_statement_1", "The school is worried about the children's attendance",
     ("danger", "seen"), "what happens, and what could happen for the child"),
    ("reflection", "needs_to_happen", "family would benefit from support",
     ("who_when",), "who will do what, by when"),
    ("harm_matrix", "danger_statement_1", "Police and health are worried that the children are "
     "at risk of significant harm due to parental substance misuse",
     ("danger", "term", "seen"), "what the adult does when using, and what could happen"),
    # ---- a family member's words as a worker recorded them ----
    ("mapping", "family_view_1", "family in denial",
     ("seen",), "what each of them said"),
    ("wellbeing", "family_view_1", "mum doesn't see the issue",
     ("seen",), "what mum said"),
    ("harm_matrix", "harm_accepted_detail_1", "he accepts some responsibility",
     ("seen",), "what he said, in his words"),
    ("mapping", "trusted_adults", "aunt Shaz - always there for them",
     ("does",), "what Shaz does, and when"),
    ("mapping", "existing_safety", "Grandad loves those kids to bits",
     ("safety",), "what grandad did when the danger was there"),
    ("wellbeing", "house_worries", "Child is worried about mum and dad arguing",
     ("child",), "the child's own words"),
    ("contribution", "child_said", "she said things at home are difficult",
     ("child",), "the child's own words"),
    ("mapping", "grey_areas", "conflicting accounts",
     ("seen",), "who says what"),
    ("mapping", "first_sign", "things settle down",
     ("seen",), "what someone will see or hear"),
    ("mapping", "plan_working", "everyone will keep an eye",
     ("who_when",), "who will notice what, and whom they tell"),
    ("mapping", "danger_scale_why_1", "3 as risk remains high",
     ("seen",), "what makes it a 3 and not a 2; what a 4 would be"),
]

# A sound line: (flow, question, line), in the same groups.
SET_G_SOUND: list[tuple[str, str, str]] = [
    # ---- GP / practice nurse ----
    ("contribution", "worries", "baby weighed 5.1kg on 2 Nov, same as 5 Oct; mum said she "
     "waters the formula down to make it last"),
    ("contribution", "working_well", "mum brought the baby to every weigh-in at the surgery "
     "since Sept and rings us when she runs out of formula"),
    ("contribution", "needs_to_happen", "I will weigh baby every Tuesday until 22 Dec and send "
     "each weight to the social worker the same day"),
    ("contribution", "partner_scale_why", "4 not 3 because mum came to both appointments this "
     "month; a 5 would be baby back on his growth line"),
    ("reflection", "what_happened", "3yo seen today with 4 round bruises on her upper arm, mum "
     "said her brother grabbed her, child pointed at mum's partner"),
    ("harm_matrix", "harm_complicating_1", "mum's depression means she stays in bed most "
     "mornings and the 8yo gets himself and his sister to school"),
    ("contribution", "child_said", "mummy sleeps all day and I make the toast"),
    ("wellbeing", "worry_what_1", "mum has missed the baby's last 2 jabs and the 2 year check, "
     "and says she can't face leaving the flat"),
    ("harm_matrix", "harm_accepted_detail_1", "dad said 'I only smacked her once, she was "
     "screaming and I lost it'"),
    ("mapping", "harm_impact", "since August the baby's weight has dropped from the middle of "
     "his growth chart to near the bottom line"),
    ("reflection", "going_well", "dad took the baby to A&E himself the night she had the fall "
     "and stayed with her"),
    ("reflection", "needs_to_happen", "I will ring the children's services front door today "
     "and the health visitor will visit tomorrow morning"),
    # ---- police public protection ----
    ("mapping", "worst_harm", "on 3 Nov dad punched mum in the face in the kitchen while the "
     "4yo was at the table; she ran to a neighbour's and they called 999"),
    ("mapping", "recent_harm", "Sunday 22 Nov, about 11pm, dad kicked the front door in; the "
     "kids were upstairs and the 9yo hid her brother in the wardrobe"),
    ("harm_matrix", "danger_behaviour_1", "dad checks mum's phone every night, takes her bank "
     "card and won't let her see her sister"),
    ("harm_matrix", "harm_frequency_1", "police have been called 6 times since March, the last "
     "on 20 Nov; the gaps between calls are getting shorter"),
    ("contextual", "harm_outside", "on 12 and 19 Nov older lads drove Kai (15) to a flat in "
     "another town and he was found there with cash and drugs"),
    ("contextual", "peer_worries", "he spends most evenings with two men in their 20s who give "
     "him trainers and a phone"),
    ("contextual", "area_worries", "the underpass by the retail park, where he has been seen "
     "handing over small packages after school"),
    ("mapping", "danger_statement_1", "Police and school are worried that dad will hit mum "
     "again while the children are in the room, and the children will be hurt or so scared "
     "they can't sleep or learn"),
    ("contextual", "danger_statement_1", "Police and the youth worker are worried that men "
     "from outside the area will keep using Kai (15) to carry drugs, and he could be stabbed, "
     "arrested or go missing for days"),
    ("harm_matrix", "harm_history_1", "first call-out was in 2021 when the eldest was a baby; "
     "school first told us in January this year"),
    ("mapping", "next_steps", "I will see mum at home on Thu 10 Dec with her social worker to "
     "go through what to do if dad comes to the house"),
    ("supervision", "worries", "dad was arrested on 1 Dec after mum said he held a knife to "
     "her; he was released with no charge and is back at the house"),
    # ---- youth worker / youth offending worker ----
    ("success", "success_goal_1", "Jay will go to college three days a week and ring his youth "
     "worker if he is going to miss a day"),
    ("success", "own_goals", "pass my driving test and get a job with my uncle"),
    ("success", "vision", "my own flat, a car, and my little brother coming round for tea"),
    ("success", "goal_first_step_1", "I will take Jay to the college open day on Wed 9 Dec and "
     "help him fill in the form there"),
    ("success", "success_scale_why", "6, he has been to every session this month and got "
     "himself up for them; a 7 would be him starting the course in January"),
    ("contextual", "yp_worries", "he is 14, has no phone credit and owes the older lads money "
     "for the trainers they gave him"),
    ("contextual", "school_worries", "she is in school for two hours a day since October and "
     "spends lunchtime alone outside the gates"),
    ("contextual", "goal_doing_1", "Police will patrol the underpass every school day at "
     "3.30pm and the youth worker will meet Kai at the gate three days a week, until summer"),
    ("contextual", "trusted_adults", "his youth worker: meets him every Tuesday and Friday "
     "after school and will text him at the weekend"),
    ("supervision", "what_worked", "I met him at the boxing gym every week instead of the "
     "office, and he started telling me where he'd been"),
    ("contextual", "online_worries", "a man she met on Snapchat asks her for photos and tells "
     "her to delete the messages"),
    ("success", "their_worries", "if I mess up again I'll end up in jail like my dad"),
    # ---- supervising social worker (fostering) ----
    ("mapping", "strengths", "since moving in July, Mia has gone to school every day and "
     "sleeps through most nights"),
    ("mapping", "existing_safety", "when dad turned up drunk at contact on 4 Nov, the foster "
     "carer took Mia to another room and rang me, and contact was stopped"),
    ("supervision", "working_well", "the carer sits with Mia at bedtime and reads with her, and "
     "Mia now tells her when she has had a bad dream"),
    ("mapping", "house_worries", "I don't want to see dad on Saturdays"),
    ("three_houses", "house_worries", "when daddy shouts at the contact centre"),
    ("three_houses", "worker_noticed", "she hid under the table when I asked about dad and came "
     "out when we went back to drawing"),
    ("supervision", "needs", "I will ask the child's social worker by Friday to move contact to "
     "a Sunday at the family centre"),
    ("supervision", "difference", "Mia has stopped wetting the bed since contact moved, and the "
     "carer says she laughs at tea time now"),
    ("mapping", "harm_impact", "Mia (6) screams and hits her carer when a man raises his voice, "
     "and hides food under her bed"),
    ("mapping", "trusted_adults", "foster carer Jan: takes Mia to and from contact and stays in "
     "the room the whole time"),
    ("supervision", "child_seen", "he smiles at his carer when she comes into the room and "
     "reaches for her when he falls"),
    # ---- early help family worker ----
    ("wellbeing", "worry_what_1", "the children go to bed after midnight most school nights and "
     "were late to school 14 times this term"),
    ("wellbeing", "goal_doing_1", "Mum will have the children in bed by 8pm on school nights and "
     "walk them to school for 8.45, every day for the next 3 months"),
    ("wellbeing", "goal_doing_2", "Dad will go to the garden or for a walk when he feels angry, "
     "and come back and talk to the children calmly"),
    ("wellbeing", "strengths", "mum has done the bedtime chart with the kids every night for "
     "two weeks and rang me to say it worked"),
    ("wellbeing", "next_steps", "me (family worker): visit Mon and Thu after school to help "
     "with bedtime, until 31 Jan"),
    ("wellbeing", "unmet_needs", "someone to take him to football on a Saturday, as mum works "
     "and he has stopped going"),
    ("wellbeing", "harder", "mum's hours were cut in October and she has £20 a week for food "
     "after the rent"),
    ("wellbeing", "coped", "when dad was in hospital last year, nan moved in for a month and "
     "did the school runs"),
    ("wellbeing", "wellbeing_goal_1", "Mum will have the children in bed by 8pm and at school "
     "on time every day, and the children will feel rested and ready to learn. Everyone will "
     "need to see this for 3 months"),
    ("wellbeing", "worry_statement_1", "School and the family worker are worried that the "
     "children keep missing school because mum can't get them up in the morning, and they will "
     "fall behind and lose their friends"),
    ("reflection", "needs_to_happen", "I will ask mum today if she agrees to early help, and our "
     "family hub will ring her by Friday"),
    ("harm_matrix", "danger_statement_1", "Police and the GP are worried that mum drinks until "
     "she passes out when she has the baby on her own, and the baby could be dropped, left "
     "hungry or go without help if he is ill"),
    # ---- a family member's words as a worker recorded them ----
    ("mapping", "family_view_1", "Mum says dad has never hit her and the bruise came from the "
     "car door; she agrees he shouts when he drinks"),
    ("wellbeing", "family_view_1", "Dad says the kids are late because the bus doesn't come, "
     "and he doesn't think school is worried"),
    ("harm_matrix", "harm_accepted_detail_1", "He said 'yeah I had a drink, I was never going "
     "to drop her'"),
    ("mapping", "trusted_adults", "aunt Shaz: picks the kids up from school every Wednesday and "
     "has them to stay if mum rings her"),
    ("mapping", "existing_safety", "Grandad came and took the kids to his on the night of 14 "
     "Nov when mum rang to say dad was drunk, and kept them till he had left"),
    ("wellbeing", "house_worries", "mummy and daddy shouting at night"),
    ("contribution", "child_said", "she said: 'I don't like it when mummy's friend stays over'"),
    ("mapping", "grey_areas", "mum says dad moved out in October; the neighbour says his van is "
     "outside most nights"),
    ("mapping", "first_sign", "mum texting me to say when dad has been round"),
    ("mapping", "plan_working", "Nan will see the children every evening and ring the social "
     "worker the same day if dad is there"),
    ("mapping", "danger_scale_why_1", "3 because dad has stayed away since the 20th; a 4 would "
     "be a month of him staying away with no calls"),
]


# ---- how set G is driven: as the thirtieth review drives its set, through the real engine ----

def _reached_with_no_child_words() -> Draft:
    """Group supervision answered up to "what have you seen of how they are", asked only when
    the child's own words are skipped (the walk's answers give them, so it is reached by hand)."""
    chat = reach(FLOWS["supervision"], "child_words")
    chat.command("skip")
    assert chat.asked == "child_seen"
    return chat.draft


def said_at(flow_id: str, step_id: str, line: str) -> str | None:
    """The reminder a practitioner is shown on sending `line` at the question, or None."""
    if step_id != "child_seen":
        return asked(flow_id, step_id, line)
    chat = EngineChat(FLOWS[flow_id], _reached_with_no_child_words(), nudger=NUDGE)
    chat.send(line)
    return next((r.text for r in chat.replies if isinstance(r, Nudge)), None)


def fits(line: str) -> tuple[str, ...]:
    """The kinds of question that fit a flawed line of set G (a word's own question, or what a
    network member does, is asked as what was seen, as in the thirtieth review)."""
    kinds = next(kinds for _, _, said, kinds, _ in SET_G_FLAWED if said == line)
    return (*kinds, "seen", "term") if "does" in kinds or "seen" in kinds else kinds


# ---- fresh variants, written after set G's blind run and BEFORE any rule was read, for the
# shapes set G missed that this review fixes: (flow, question, line) ----

STEP_TO_BE_DONE_BY_NOBODY = [  # a next step in the passive, nobody doing it: who, by when?
    ("mapping", "next_steps", "home visit to be booked"),
    ("wellbeing", "next_steps", "letter to be sent to dad about contact"),
    ("supervision", "needs", "a risk assessment to be completed"),
    ("reflection", "needs_to_happen", "a meeting with school to be set up"),
    ("contribution", "needs_to_happen", "housing application to be done asap"),
    ("success", "goal_first_step_1", "CV to be written"),
]
STEP_TO_BE_DONE_BY_SOMEONE = [
    ("mapping", "next_steps", "home visit to be booked by me for Mon 14 Dec"),
    ("wellbeing", "next_steps", "letter to dad about contact to be sent by the social worker "
     "by Friday"),
    ("supervision", "needs", "the school meeting is to be set up by the head of year before "
     "18 Dec"),
    ("success", "goal_first_step_1", "CV to be written with his youth worker on Tue 8 Dec"),
]
COUNT_WITH_NO_NUMBER = [  # how often only as "many": how many, the last time, better or worse?
    ("harm_matrix", "harm_frequency_1", "numerous incidents"),
    ("harm_matrix", "harm_frequency_1", "several times, police involved"),
    ("mapping", "harm_pattern", "on a number of occasions"),
    ("mapping", "harm_pattern", "multiple reports from school"),
]
COUNT_WITH_A_NUMBER = [
    ("harm_matrix", "harm_frequency_1", "3 call outs since August, the last one on 28 Nov"),
    ("mapping", "harm_pattern", "several times a week since she moved in with him in June, "
     "worse since he lost his job"),
    ("harm_matrix", "harm_frequency_1", "school have rung us 4 times this term, the last on "
     "Monday; it is happening more"),
    ("mapping", "harm_pattern", "the police were called twice in October and once last week"),
]
BENEFIT_WITH_NO_ONE = [  # what someone would benefit from, and nobody to give it: who, by when?
    ("mapping", "next_steps", "mum would benefit from a parenting course"),
    ("supervision", "needs", "the children would benefit from some direct work"),
    ("contribution", "needs_to_happen", "YP would benefit from mentoring"),
]
BENEFIT_WITH_WHO_AND_WHEN = [
    ("supervision", "needs", "I will book mum onto the parenting course by Friday; she said "
     "she would benefit from it"),
    ("contribution", "needs_to_happen", "the school nurse will see him weekly from 7 Dec, as he "
     "would benefit from someone to talk to"),
]
THERE_FOR_THEM = [  # someone of the network praised as "there for them": what do they do?
    ("mapping", "trusted_adults", "neighbour Pat - there for them"),
    ("contextual", "trusted_adults", "her brother: always there for her"),
    ("wellbeing", "strengths", "nana is always there for the kids"),
]
THERE_FOR_THEM_DOING = [
    ("mapping", "trusted_adults", "her brother: there for her every Friday night, picks her "
     "up from town at 10"),
    ("contextual", "trusted_adults", "neighbour Pat: there at the school gate at 3 every day "
     "to walk them home"),
]
KEEP_AN_EYE = [  # watching named with nothing of what is watched for
    ("mapping", "plan_working", "school will keep an eye"),
    ("mapping", "next_steps", "nan to keep an eye on things"),
    ("wellbeing", "next_steps", "we will all keep a close eye"),
]
KEEP_AN_EYE_ON_WHAT = [
    ("mapping", "plan_working", "nan will keep an eye on the bruises at bath time and ring me "
     "the same day if she sees a new one"),
    ("mapping", "next_steps", "school to keep an eye on her lunchbox every day and tell me on "
     "Fridays if it is empty"),
]
SERVICES_CALLED_AS_HOW_OFTEN = [  # sound: a count of call-outs IS how often it happens
    ("harm_matrix", "harm_frequency_1", "police have been called 4 times since July, the "
     "last on 1 Dec, and it is getting worse"),
    ("mapping", "harm_pattern", "ambulance called 3 times this year for mum, the last in "
     "October; about the same as last year"),
]
SOMEONE_TO_AS_A_NEED = [  # sound: at what the child needs, "someone to ..." is the need
    ("wellbeing", "unmet_needs", "someone to help her with reading every evening, as mum can't "
     "read English"),
    ("wellbeing", "unmet_needs", "an adult to walk him to school, as he's been going alone "
     "since mum started early shifts"),
]


# ---- set G: each flawed line asked about with a question that fits it, each sound line let
# through ----

def kind(reply: str) -> str:
    """The kind of question a reminder asks (the thirtieth review's reading; how often, asked
    of an answer that says only that it happens, is asked what was seen)."""
    return "seen" if "but not yet how often" in reply else kind_of(reply)


# Set G's flawed lines still let through (see the module's docstring).
LEFT_UNASKED = frozenset({
    "professionals will disrupt the exploitation",
    "emotional support",
    "conflicting accounts",
    "things settle down",
})
# ... and those asked with a question that fits less well than another would. ("engage" in
# a goal, once asked what was offered and what happened as if it were a report, is now asked
# as a goal: tests/test_goal_checks_thirtyfirst.py.)
LEFT_ASKED_OTHERWISE = frozenset({
    # asked who these people are and what they do with the young person: a fitting question
    # the thirtieth review's reading calls "blame" after its example
    "associating with nominals",
})
# Set G's sound lines still asked about: the child's words after "she said:" at a question
# that asks for their words only (a fair question). (A need said as "someone to ...", once
# read as a step with nobody to do it, is let through now the check is told it is at what
# the child needs: tests/test_goal_checks_thirtyfirst.py.)
SOUND_STILL_ASKED = frozenset({
    "she said: 'I don't like it when mummy's friend stays over'",
})


# ---- the fixes, each tried first on its fresh variants above (before -> after in the
# module's docstring) ----

@pytest.mark.parametrize(("flow_id", "step_id", "line"), STEP_TO_BE_DONE_BY_NOBODY)
def test_a_step_to_be_done_by_nobody_is_asked_who_and_by_when(flow_id: str, step_id: str,
                                                               line: str) -> None:
    assert "is a next step, but not yet who will do it" in reply_to(flow_id, step_id, line)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), COUNT_WITH_NO_NUMBER)
def test_how_often_said_only_as_many_is_asked_how_often(flow_id: str, step_id: str,
                                                        line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    # (a word of the list is asked with its own question first: "numerous incidents")
    assert "but not yet how often" in reply or reply.startswith('You wrote "numerous incidents"')


@pytest.mark.parametrize(("flow_id", "step_id", "line"), BENEFIT_WITH_NO_ONE)
def test_what_someone_would_benefit_from_with_no_one_to_give_it_is_asked_who(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    # (a short form in it is asked about first: "YP would benefit from mentoring")
    assert "is a next step, but not yet who will do it" in reply or reply.startswith(
        'You wrote "YP"')


@pytest.mark.parametrize(("flow_id", "step_id", "line"), THERE_FOR_THEM)
def test_someone_there_for_them_with_nothing_they_do_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    assert kind(reply_to(flow_id, step_id, line)) == "seen"


@pytest.mark.parametrize(("flow_id", "step_id", "line"), KEEP_AN_EYE)
def test_an_eye_kept_on_nothing_named_is_asked_what_they_look_out_for(
        flow_id: str, step_id: str, line: str) -> None:
    assert "What will they look out for, how often, and who will they tell?" in reply_to(
        flow_id, step_id, line)


def reply_to(flow_id: str, step_id: str, line: str) -> str:
    reply = said_at(flow_id, step_id, line)
    assert reply is not None, line
    return reply


# ---- one more fix: written after the rules were read (fitted), before the fix was made ----
VERDICT_OF_A_THING = [  # a verdict on a thing of the child's life, and nothing behind it
    ("mapping", "strengths", "contact is positive"),
    ("supervision", "working_well", "attendance is good"),
    ("mapping", "strengths", "placement remains stable"),
    ("supervision", "difference", "good outcomes for the kids"),
    ("wellbeing", "strengths", "positive changes for the family"),
]
VERDICT_WITH_WHAT = [
    ("mapping", "strengths", "placement is stable: she has lived with the same carers since "
     "March and goes to the same school"),
    ("supervision", "working_well", "attendance is 96% this term, up from 70% in the summer"),
    ("wellbeing", "strengths", "contact is on Saturdays at the family centre and he comes back "
     "smiling"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), VERDICT_OF_A_THING)
def test_a_verdict_on_a_thing_of_the_childs_life_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    assert kind(reply_to(flow_id, step_id, line)) == "seen"


# Written after the rules were read (fitted), before the fix was made.
CHILD_SEEN_BY_THE_WRITER = [  # the child's view in the writer's words, at a question for theirs
    ("success", "vision", "she sees herself as a nurse one day"),
    ("success", "vision", "she pictures herself at uni"),
    ("success", "their_worries", "YP anxious about moving on"),
    ("three_houses", "house_worries", "child scared of going home"),
]
CHILD_SPEAKS_OF_SOMEONE = [
    ("three_houses", "house_worries", "he sees me as a baby"),
    ("success", "vision", "I see myself with a dog and a house by the sea"),
    ("three_houses", "house_worries", "my brother is scared of dad"),
    ("mapping", "house_worries", "she thinks I'm stupid"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), CHILD_SEEN_BY_THE_WRITER)
def test_the_childs_view_in_the_writers_words_is_asked_before_it_is_theirs(
        flow_id: str, step_id: str, line: str) -> None:
    assert kind(reply_to(flow_id, step_id, line)) == "child"


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *STEP_TO_BE_DONE_BY_SOMEONE,
    *BENEFIT_WITH_WHO_AND_WHEN,
    *COUNT_WITH_A_NUMBER,
    *SERVICES_CALLED_AS_HOW_OFTEN,
    *THERE_FOR_THEM_DOING,
    *KEEP_AN_EYE_ON_WHAT,
    *VERDICT_WITH_WHAT,
    *CHILD_SPEAKS_OF_SOMEONE,
]

globals().update(review_tests(ReviewSet(
    name="G", asked=said_at, flawed=[(f, s, line) for f, s, line, _, _ in SET_G_FLAWED],
    sound=SET_G_SOUND, fits=lambda line, reply: kind(reply) in fits(line),
    left_unasked=LEFT_UNASKED, left_asked_otherwise=dict.fromkeys(LEFT_ASKED_OTHERWISE, ""),
    left_flagged=SOUND_STILL_ASKED,
    held_sound=HELD_OUT_SOUND)))
