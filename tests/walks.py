"""Four realistic walks, each answered as a practitioner would, for the terminal, Telegram and
the golden summaries a practice lead has read line by line (tests/golden/walks/).

- TS-7, My Three Houses: T (7) lives with mum (S) and mum's partner (R), who hurts mum.
- TS-7, the safety mapping for the same family (domestic abuse): it takes T's words from her
  three houses; R, who causes the harm, is the subject of the goal; mum's protective actions
  are existing safety.
- LB-4, the Harm Matrix: L (4) and B (18 months) left alone by mum, who drinks; the drinking
  is a complicating factor, the leaving alone is the harm.
- DR-15, mapping with contextual factors: D (15) exploited by two men who collect him from
  the park; the goal is about what professionals and the community will do there.

The families, initials and events are made up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from builders import ACCEPT, DONE, NO, SKIP, YES, Answer

from flows.replies import Pick


@dataclass(frozen=True)
class Walk:
    name: str
    flow_id: str
    label: str
    plan: Mapping[str, Answer]
    after: str | None = None  # a walk finished first, under the same label


HOUSES: dict[str, Answer] = {
    "not_told": Answer("R (mum's partner), until T says it's alright"),
    "share_ok": Answer(Pick("all")),
    "share_who": Answer("T said everyone could see it, then said not R."),
    "child_age": Answer("7"),
    "session_when": Answer("Wednesday 25 November, after lunch, in the quiet room at school"),
    "present": Answer("Me (social worker) and Miss P, T's teaching assistant. Mum was not "
                      "there."),
    "took_part": Answer(Pick("both")),
    "house_worries": Answer("when R shouts at mummy and I go in the wardrobe with Bunny",
                            "R squeezed mummy's neck in the kitchen",
                            "I don't like going home on Fridays", DONE),
    "house_good": Answer("nanny's house, she does my hair", "my teacher Miss P", "Bunny", DONE),
    "house_dreams": Answer("R goes to live somewhere else and mummy isn't sad", "a dog", DONE),
    "child_scale": Answer("3"),
    "worker_noticed": Answer("T started with the house of good things and drew nanny first. She "
                             "whispered when she talked about the kitchen and moved her chair "
                             "closer to Miss P."),
}

ABUSE: dict[str, Answer] = {
    "purpose": Answer(Pick("conference")),
    "meeting_date": Answer("Tuesday 8 December, 10am"),
    "author": Answer("LM, social worker, Northside children's team"),
    "network": Answer("Mum (S), T (7) through her three houses, nanny (maternal grandmother), "
                      "class teacher, health visitor, police safeguarding officer"),
    "views_missing": Answer("R has not agreed to meet us. T's dad lives abroad and has not been "
                            "asked yet."),
    "next_review": Answer("Core group on 12 January"),
    # T named R as someone who must not see her words, so her three houses hand none on:
    # the social worker adds here what T agreed the meeting could hear.
    "house_worries": Answer("when R shouts at mummy and I go in the wardrobe with Bunny",
                            "R squeezed mummy's neck in the kitchen",
                            "I don't like going home on Fridays", DONE),
    "house_good": Answer("nanny's house, she does my hair", "my teacher Miss P", "Bunny", DONE),
    "house_dreams": Answer("R goes to live somewhere else and mummy isn't sad", "a dog", DONE),
    "child_view_how": Answer("Social worker, at school, with My Three Houses on 25 November; T "
                             "chose to start with the good things."),
    "harm_happened": YES,
    "worst_harm": Answer("On 2 November R held mum by the throat against the kitchen wall while "
                         "T watched from the doorway. Mum had marks on her neck; a neighbour "
                         "called the police."),
    "recent_harm": Answer("Last Friday R shouted at mum and threw her phone at the wall; T hid "
                          "in her wardrobe until mum came for her."),
    "harm_pattern": Answer("Mum describes shouting most weeks and R pushing or grabbing her "
                           "about once a month since last spring, worse over the summer. R also "
                           "checks mum's phone and takes her money."),
    "harm_impact": Answer('T wets the bed after rows and has started refusing to go home on '
                          'Fridays. She told her teacher "I keep my shoes on at night in case '
                          'we have to go".'),
    "danger_who_1": Answer("The social worker, T's school, the police and T's nanny"),
    "danger_behaviour_1": Answer("R hurts and frightens mum, including holding her by the "
                                 "throat, often while T is in the house"),
    "danger_impact_1": Answer("T could be badly hurt if she tries to protect mum or is caught up "
                              "in an attack, and will keep living in fear at home"),
    "danger_statement_1": ACCEPT,
    "family_view_1": Answer('Mum agrees and says "I didn\'t know T could hear". R says it was '
                            '"a couple of arguments" and that mum exaggerates.'),
    "goal_doing_1": Answer("R will leave the house and ring his worker whenever he feels himself "
                           "getting angry, will go to the behaviour change programme every "
                           "week, and will talk to mum calmly when they disagree"),
    "goal_child_1": Answer("T will sleep in her own bed knowing mum is safe, and will not see or "
                           "hear adults hurting each other"),
    "goal_how_long_1": Answer("at least six months, including times R is told something he "
                              "doesn't like"),
    "safety_goal_1": ACCEPT,
    "danger_scale_1": Answer("2"),
    "danger_scale_why_1": Answer("2, not 1, because R has stayed at his brother's since the "
                                 "police came and mum has a plan with nanny. A 3 would be R "
                                 "starting the programme."),
    "danger_scale_others_1": Answer("Mum: 5, R has kept away so far",
                                    "Police: 2, third call-out this year", DONE),
    "danger_another_1": NO,
    "complicating": Answer("R drinks heavily at weekends; the worst times came after drinking, "
                           "but he has also frightened mum when sober.",
                           "Mum's wages go into R's account, so she has no money of her own.",
                           DONE),
    "strengths": Answer("Mum gets T to school every day, on time and ready to learn.",
                        "Nanny has T every Saturday and does her hair; T talks about her "
                        "warmly.", "T reads above her age and loves her teacher.", DONE),
    "existing_safety": Answer("On 2 November mum rang the police herself once R let go, and "
                              "took T to nanny's that night.",
                              "Since then mum has kept T's school bag and clothes at nanny's, "
                              "and has taken her there twice when R arrived angry.", DONE),
    "trusted_adults": Answer("Nanny (knows the danger statement): T goes to her whenever R "
                             "turns up unexpectedly; she rings the social worker the next "
                             "morning.",
                             "Miss P, T's teaching assistant: checks in with T every Monday and "
                             "tells the social worker the same day if T is worried.",
                             "Aunt J, mum's sister: mum rings her if she feels unsafe, and she "
                             "calls the police.", DONE),
    "plan_working": Answer("T tells Miss P on Mondays how the weekend was; nanny sees T every "
                           "Saturday; the police tell the social worker the same day about any "
                           "call-out to the flat."),
    "next_steps": Answer("Social worker will meet R by 11 December about the programme and where "
                         "he will live.",
                         "Domestic abuse worker will meet mum this week about her own safety "
                         "plan and her money.", DONE),
    "first_sign": Answer("R rings his worker himself after a row and tells us what he did "
                         "instead of shouting."),
    "grey_areas": Answer("We don't know whether R still has a key to the flat.",
                         "T's dad has not been asked for his view.", DONE),
    "safety_scale": Answer("3"),
    "safety_scale_why": Answer("3, not 2, because mum has acted to protect T and nanny is part "
                               "of the plan. A 4 would be R on the programme and no call-outs "
                               "for a month."),
    "safety_scale_parent_1": Answer("6"),
    "safety_scale_parent_2": SKIP,  # R would not meet us: his view is missing, and says so
    "safety_scale_child": Answer("3"),
    "safety_scale_others": Answer("School: 4, T is settled in class but frightened on Fridays",
                                  "Police: 2, three call-outs this year", DONE),
}

NEGLECT: dict[str, Answer] = {
    "author": Answer("AF, health visitor"),
    "network": Answer("Mum (K), nursery, GP, the police report of 14 November"),
    "danger_behaviour_1": Answer("Mum leaves L (4) and her brother B (18 months) alone in the "
                                 "flat in the evenings while she goes out, and is often asleep "
                                 "and can't be woken when they need her"),
    "harm_impact_1": Answer('L is underweight and often arrives at nursery hungry and in '
                            'yesterday\'s clothes. B has had nappy rash for a month. L told '
                            'nursery "I make B\'s bottle when mummy is sleeping".'),
    "harm_worst_1": Answer("On 14 November a neighbour found L and B alone at 10pm; B was "
                           "screaming and L had tried to make toast under the grill. The police "
                           "found mum at the pub."),
    "harm_frequency_1": Answer("Left alone at least three times we know of since August; mum "
                               "asleep and unable to care for them in the mornings two or three "
                               "days a week. Worse since the autumn."),
    "harm_history_1": Answer("The health visitor has been worried about feeding and washing "
                             "since B was born; the first time they were found alone was in "
                             "August."),
    "harm_severity_1": Answer(Pick("significant")),
    "harm_how_1": Answer(Pick("careless")),
    "harm_complicating_1": Answer("Mum drinks most days and the worst times came after drinking; "
                                  "she has also been on her own since moving here, with nobody "
                                  "to share the care."),
    "harm_accepted_1": Answer(Pick("partly")),
    "harm_accepted_detail_1": Answer('Mum: "I only popped out, L is very grown up." She agrees '
                                     'she drinks too much.'),
    "child_vulnerability_1": Answer("L is 4 and B is 18 months: neither can keep themselves "
                                    "safe, and B can't tell anyone. They are seen only at "
                                    "nursery, three mornings a week."),
    "harm_likely_1": Answer(Pick("very_likely")),
    "harm_scale_1": Answer("2"),
    "harm_scale_why_1": Answer("2, not 1, because mum has agreed to see the GP and nursery sees "
                               "them three mornings a week."),
    "danger_who_1": Answer("The health visitor, the nursery and the GP"),
    "danger_impact_1": Answer("L and B could be badly hurt in a fire or a fall, or become ill "
                              "from not being fed, with no adult there to help them"),
    "danger_statement_1": ACCEPT,
    "danger_another_1": NO,
}

EXPLOITATION: dict[str, Answer] = {
    "author": Answer("AN, social worker, adolescent safeguarding team"),
    "meeting_date": Answer("Strategy meeting, Wednesday 9 December"),
    "network": Answer("D, mum, college, the youth worker, the police missing persons "
                      "coordinator, the community safety team"),
    "views_missing": Answer("D's dad, who lives in another town; the staff at the takeaway by "
                            "the park."),
    "next_review": Answer("Review meeting in four weeks"),
    "harm_outside": Answer("Since September two men in their twenties have collected D (15) "
                           "from the park by the leisure centre and had him carry packages to "
                           "another town. He has been missing overnight three times; in "
                           "October he came home with a cut lip and £200 he could not explain."),
    "harm_signs": Answer('D told his mum "if I stop, they know where we live". He has a second '
                         'phone he won\'t let anyone see.'),
    "yp_worries": Answer("D is 15 and was excluded from school in the summer, so he has little "
                         "to do in the day.",
                         "D wants to help mum with money, and the men know it.", DONE),
    "yp_strengths": Answer("D is kind and looks out for his younger sister.",
                           "D wants to be a mechanic and turns up for his motor vehicle "
                           "course.", DONE),
    "home_worries": Answer("Mum works two jobs and is not home before 10pm most nights.", DONE),
    "home_safety": Answer("Twice when D went missing, mum drove to the park, found him and "
                          "brought him home, then rang the police.",
                          "Mum gave the police the number plate of the car that collects D.",
                          DONE),
    "peer_worries": Answer("Two men in their twenties give D lifts, trainers and money, and "
                           "tell him to carry packages.", DONE),
    "peer_strengths": Answer("D still plays Sunday football with friends from his old school.",
                             DONE),
    "school_worries": Answer("D's attendance at college is 60%; he leaves at lunch when the men "
                             "message him.", DONE),
    "school_strengths": Answer("D gets on with his motor vehicle tutor and has never missed a "
                               "practical lesson.", DONE),
    "area_worries": Answer("The park by the leisure centre after dark, where the men wait for D "
                           "in a car.",
                           "The takeaway opposite the park, where the men meet younger boys.",
                           DONE),
    "area_strengths": Answer("The youth club on Thursdays; the youth worker knows D and the men "
                             "by sight.", DONE),
    "online_worries": Answer("The men message D on a second phone and on a gaming app, asking "
                             "where he is and telling him where to go.", DONE),
    "online_strengths": Answer("D showed his mum one threatening message and let her take a "
                               "screenshot.", DONE),
    "danger_who_1": Answer("Mum, the college, the youth worker and the police"),
    "danger_behaviour_1": Answer("two men in their twenties are using lifts, money and threats "
                                 "to make D carry drugs to other towns"),
    "danger_impact_1": Answer("D could be seriously hurt, go missing for longer, or be arrested "
                              "for what the men make him do"),
    "danger_statement_1": ACCEPT,
    "goal_doing_1": Answer("Police will disrupt the two men and the car that collects D; the "
                           "community safety team will light and patrol the park after dark; "
                           "the youth worker will meet D at the park every Tuesday and "
                           "Thursday; the gaming app will be asked to close the men's accounts"),
    "goal_family_1": Answer("Mum will ring the youth worker or the police if D is not home by "
                            "10pm, and D will have the youth worker's number to call at any "
                            "time"),
    "goal_child_1": Answer("D will go to the park and to college without the men finding him, "
                           "and nobody will ask him to carry anything"),
    "goal_how_long_1": Answer("three months, including the Christmas holidays"),
    "safety_goal_1": ACCEPT,
    "danger_another_1": NO,
    "trusted_adults": Answer("Youth worker: meets D every Tuesday and Thursday and rings mum if "
                             "he sees D leave with the men.",
                             "Uncle M, mum's brother: D stays with him on Friday nights while "
                             "mum works late.",
                             "Motor vehicle tutor: tells the social worker the same day if D "
                             "leaves college early.", DONE),
    "plan_working": Answer("No missing nights; D is at college more; the police and the youth "
                           "worker stop seeing the car at the park."),
    "next_steps": Answer("Police missing persons coordinator will give the car's details to the "
                         "disruption team by Friday.",
                         "Social worker will meet D at college on Monday to talk about the "
                         "plan.", DONE),
    "safety_scale": Answer("2"),
    "safety_scale_why": Answer("2, not 1, because mum has found D each time and D talks to the "
                               "youth worker. A 3 would be two weeks without a missing night."),
    "safety_scale_young_person": Answer("6"),
    "safety_scale_parent_1": Answer("2"),
    "safety_scale_others": Answer("Police: 2, the men are still around the park",
                                  "College: 4, he comes in most mornings", DONE),
}

WALKS: dict[str, Walk] = {w.name: w for w in (
    Walk("houses", "three_houses", "TS-7", HOUSES),
    Walk("abuse", "mapping", "TS-7", ABUSE, after="houses"),
    Walk("neglect", "harm_matrix", "LB-4", NEGLECT),
    Walk("exploitation", "contextual", "DR-15", EXPLOITATION),
)}
