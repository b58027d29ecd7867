"""Set V: the fifteenth blind wording review (pass 41).

(Written before reading any rule; scores and fixes follow once it has been run.)
"""

from __future__ import annotations

import pytest
from test_review_language_thirtyeighth import _at, asked_s
from test_review_language_thirtyninth import _fits_t

SET_V_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a health visitor
    ("hv", "mapping:recent_harm",
     "Home conditions poor at last HV visit, baby presenting as unkempt",
     "spell|seen"),
    ("hv", "wellbeing:goal_doing",
     "Mum will engage with the health visiting service and attend baby clinic",
     "goal"),
    ("hv", "mapping:harm_pattern",
     "Escalating concerns over a period of time",
     "period|seen"),
    # a housing officer
    ("housing", "wellbeing:harder",
     "Rent arrears, ASB complaints and NTQ served",
     "spell|seen"),
    ("housing", "contextual:area_strengths",
     "Safe spaces within the local community",
     "seen"),
    # a drug and alcohol worker
    ("drugs", "harm_matrix:harm_complicating",
     "Dad has a substance misuse issue and is pre-contemplative",
     "spell|seen"),
    ("drugs", "mapping:existing_safety",
     "Mum is compliant with her script and has reduced her use",
     "safety|seen"),
    # a residential children's home keyworker
    ("resi", "contextual:peer_worries",
     "Negative peer influences and risk-taking behaviours",
     "seen"),
    ("resi", "three_houses:worker_noticed",
     "YP presented as guarded and dysregulated throughout",
     "spell|seen"),
    # a private fostering assessor
    ("pf", "mapping:grey_areas",
     "Suitability of the arrangement and the carers' motivation",
     "seen"),
    ("pf", "mapping:danger_who",
     "PF team",
     "spell|seen|danger"),
    # an education welfare officer
    ("ewo", "contribution:needs_to_happen",
     "Attendance to improve to 95% and parents to engage with EWS",
     "goal|who_when|spell"),
    ("ewo", "contextual:school_worries",
     "PA, on a reduced timetable, frequently missing from education",
     "spell|seen"),
    # a paediatrician
    ("paed", "harm_matrix:harm_impact",
     "Injuries consistent with NAI and faltering growth",
     "spell|seen"),
    ("paed", "harm_matrix:danger_impact",
     "Risk of further significant harm",
     "impact|seen"),
    # a school designated safeguarding lead
    ("dsl", "supervision:child_words",
     "Child disclosed DV in the home",
     "words|spell"),
    ("dsl", "contribution:worries",
     "Presentation has deteriorated, hygiene concerns, appears withdrawn",
     "seen"),
    # a children's guardian
    ("guardian", "mapping:family_view",
     "Parents lack insight and minimise the concerns",
     "seen|words"),
    ("guardian", "wellbeing:goal_how_long",
     "A sustained period",
     "period"),
    # a LADO
    ("lado", "harm_matrix:danger_behaviour",
     "Alleged inappropriate conduct and boundary issues by a staff member",
     "seen|harmer"),
    ("lado", "supervision:needs",
     "Strategy discussion, risk assessment and consideration of suspension",
     "who_when"),
    # a speech and language therapist
    ("slt", "success:their_worries",
     "Expressive language difficulties impacting on peer relationships",
     "words|seen"),
    ("slt", "wellbeing:child_view_how",
     "Non-verbal, views not obtained",
     "voice"),
    # a kinship carer assessor
    ("kinship", "mapping:strengths",
     "Strong family network and protective factors in place",
     "seen"),
    ("kinship", "mapping:goal_doing",
     "Gran to prioritise the children's needs and work openly with professionals",
     "goal"),
)

SET_V_SOUND: tuple[tuple[str, str, str], ...] = (
    # a health visitor
    ("hv", "mapping:recent_harm",
     "On 3 June at 11am baby (5 weeks) was in a soaked nappy with red raw skin, and the only "
     "milk in the flat was a bottle made up the night before."),
    ("hv", "wellbeing:goal_doing",
     "Mum will make each bottle fresh and feed baby every three to four hours, and will bring "
     "the feed chart to the Tuesday clinic for the health visitor to see."),
    ("hv", "mapping:harm_pattern",
     "Three times since March that I know of: a bruise on her cheek in March, finger marks on "
     "her arm in May and a cut lip last week, so it is getting more often."),
    # a housing officer
    ("housing", "wellbeing:harder",
     "They owe £1,400 in rent and had a letter on 2 May saying they must leave by 30 June; "
     "neighbours have complained twice about shouting late at night."),
    ("housing", "contextual:area_strengths",
     "The library on Church Street, where the staff know him by name, and his nan's flat in "
     "Elm House."),
    # a drug and alcohol worker
    ("drugs", "harm_matrix:harm_complicating",
     "Dad drinks about two bottles of wine most nights and says it isn't a problem; he has "
     "missed his last two appointments with me."),
    ("drugs", "mapping:existing_safety",
     "When mum started using again in January she rang her sister, who came that evening and "
     "kept the children at hers for a week until mum was clean."),
    # a residential children's home keyworker
    ("resi", "contextual:peer_worries",
     "She goes out most evenings with two girls from the home who get into cars with older men "
     "at the retail park."),
    ("resi", "three_houses:worker_noticed",
     "He kept his hood up and tore the paper into strips when I asked about his mum, then "
     "asked if he could go and play pool."),
    # a private fostering assessor
    ("pf", "mapping:grey_areas",
     "Whether her mother in Lagos knows she is living with Mr A's family, and agreed to it."),
    ("pf", "mapping:danger_who",
     "The private fostering social worker, the school's safeguarding lead and her aunt in "
     "Leeds."),
    # an education welfare officer
    ("ewo", "contribution:needs_to_happen",
     "I will call at the house at 8am on Monday 9 June and walk with mum and T to school, and "
     "the school will ring mum by 9.30 any day T is not there."),
    ("ewo", "contextual:school_worries",
     "He has been in school on 52% of days since September, goes home at 12 on a part-time "
     "timetable, and was seen at the bus station twice in school hours."),
    # a paediatrician
    ("paed", "harm_matrix:harm_impact",
     "Her X-ray showed two broken ribs, about three weeks old and healing, and her weight has "
     "fallen from average to well below average since she was born."),
    ("paed", "harm_matrix:danger_impact",
     "She could be shaken or squeezed again and left with a brain injury, or die."),
    # a school designated safeguarding lead
    ("dsl", "supervision:child_words",
     "'Daddy hit mummy in the kitchen and I hid under the table with Bella.'"),
    ("dsl", "contribution:worries",
     "Since half term she has come in wearing the same uniform every day, smelling of wee, and "
     "sits on her own at break instead of playing with her friends."),
    # a children's guardian
    ("guardian", "mapping:family_view",
     "Mum says 'he only grabbed her arm once and it won't happen again'; dad says social "
     "workers have made it bigger than it was."),
    ("guardian", "wellbeing:goal_how_long",
     "At least six months, including the summer holidays when he will see his dad most."),
    # a LADO
    ("lado", "harm_matrix:danger_behaviour",
     "A PE teacher has been messaging a Year 10 girl on Snapchat late at night, telling her she "
     "is 'mature for her age' and asking her to keep it between them."),
    ("lado", "supervision:needs",
     "The head will tell the teacher by Friday that he must not contact any pupil outside "
     "school, and I will meet the police and the school on Tuesday 17 June."),
    # a speech and language therapist
    ("slt", "success:their_worries",
     "'People laugh when I can't get my words out, so I don't talk in class.'"),
    ("slt", "wellbeing:child_view_how",
     "I sat with her and her picture cards on 4 March while mum was in the next room; she "
     "pointed to 'scared' for bedtime and 'happy' for nursery."),
    # a kinship carer assessor
    ("kinship", "mapping:strengths",
     "Gran has had both boys every weekend since 2022, takes them to football on Saturdays and "
     "gets them to school on Monday mornings."),
    ("kinship", "mapping:goal_doing",
     "Dad will only see the boys at gran's house on Saturday afternoons, sober, with gran in "
     "the room the whole time."),
)

WANTS = {line: want for _, _, line, want in SET_V_FLAWED}


def test_set_v_is_as_written_blind() -> None:
    assert (len(SET_V_FLAWED), len(SET_V_SOUND)) == (25, 25)
    assert len(WANTS) == 25
    assert {row[1] for row in SET_V_FLAWED} == {row[1] for row in SET_V_SOUND}


@pytest.mark.parametrize(("flow_id", "step_id", "line"), _at(SET_V_FLAWED))
def test_set_v_a_flawed_line_is_asked_with_a_question_that_fits(flow_id: str, step_id: str,
                                                                line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_t(WANTS[line], reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), _at(SET_V_SOUND))
def test_set_v_a_sound_line_is_let_through(flow_id: str, step_id: str, line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line
