"""Set O: the eighth blind wording review (pass 35).

Written before reading any rule in flows/checks, flows/nudges.py or the flows' `checks:` lists,
in voices the earlier sets did not use: a practitioner typing in a hurry (autocorrect slips,
"tmrw", "bc"), one who writes very long careful answers (300 characters and more), one who
writes in bullet fragments, Scottish, Welsh and Irish practitioners with their own terms (the
named person, a children's hearing, the CSW, Tusla, the Gardaí, "mam", "Mamgu"), a
practitioner whose first language is not English, and a student social worker: 25 flawed
lines and 25 sound ones over the mapping, wellbeing, the harm matrix, the three houses, the
contextual factors and the success tool. Each line: (voice, question kind, the answer), a
flawed line also what a practice lead would expect asked back (set L's kinds), sent through
the real engine at the tools' questions of its kind in turn (set N's `PLACES`).
"""

from __future__ import annotations

import pytest
from test_review_language_thirtyfifth import _placed
from test_review_language_thirtythird import _fits
from test_review_language_twentyninth import asked, reply_to

SET_O_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a practitioner writing in a hurry, autocorrect slips
    ("hurry", "worry",
     "high risk of CSE, goes misisng alot",
     "seen|spell"),
    ("hurry", "strengths",
     "mum attends parenting corse at the famly centre every week",
     "seen"),
    ("hurry", "next_step",
     "need to sort out a referal for counselling",
     "who_when"),
    ("hurry", "danger",
     "dads drinking is a big worry for the kids saftey",
     "danger"),
    ("hurry", "success_goal",
     "J will be happy and settld in adulthood",
     "goal"),
    # a practitioner who writes very long careful answers
    ("long", "safety_goal",
     "The safety goal that everyone at the meeting agreed on, "
     "including mum, her sister and the health visitor, is that there will be no more "
     "domestic abuse in the home and the children will no longer be exposed to the "
     "arguments and violence they have witnessed over the last two years, so that they can "
     "grow up feeling safe, secure and loved.",
     "goal"),
    ("long", "house_worries",
     "When I spoke with Amelia on her own in her bedroom, she "
     "told me that she sometimes feels frightened when her mum and stepdad argue late at "
     "night, and that she worries about her little brother because he cries and she doesn't "
     "know how to make him stop, and that she would really like all of the shouting in the "
     "house to end.",
     "words"),
    ("long", "strengths",
     "Grandmother is a very protective and loving presence in "
     "the children's lives and has always been there for the family through difficult "
     "times; she has a strong bond with both children, is highly committed to keeping them "
     "safe, and is someone all of the professionals involved feel can be relied upon "
     "whenever things become difficult.",
     "seen"),
    ("long", "aspiration",
     "Our hope for Kayla is that she will grow into a "
     "confident, resilient young woman who achieves her full potential in education and "
     "employment, who has positive and healthy relationships with the people around her, "
     "and who is able to make safe and informed choices about her future as she moves on "
     "from care and into adult life.",
     "goal|seen|words"),
    # a practitioner who writes in bullet fragments
    ("bullet", "worry",
     "- neglect\n- poor supervision\n- missed health appts",
     "seen|spell"),
    ("bullet", "next_step",
     "- home visit\n- school liaison\n- refer to EH",
     "who_when|spell"),
    ("bullet", "scale_reason",
     "6\n- middle of the scale\n- mixed picture",
     "number|seen"),
    ("bullet", "success_worry",
     "- vulnerable\n- risk of exploitation\n- poor decision "
     "making",
     "harmer|seen"),
    # Scottish, Welsh and Irish practitioners, their own terms
    ("celtic", "worry",
     "Named person has concerns re wellbeing, SHANARRI "
     "indicators not met",
     "seen|spell"),
    ("celtic", "next_step",
     "CSW to arrange a children's hearing",
     "who_when"),
    ("celtic", "danger",
     "Tusla are concerned about the risk posed by mam's partner",
     "danger"),
    ("celtic", "wellbeing_goal",
     "Family to engage with IFSS and the Team Around the Family",
     "goal"),
    # a practitioner whose first language is not English
    ("esl", "house_dreams",
     "He say that he want to go back to his mother home and he "
     "is missing her very much",
     "words"),
    ("esl", "strengths",
     "Mother is very good mother, she care for the children well",
     "seen"),
    ("esl", "existing_safety",
     "The father have done the anger management programme",
     "safety"),
    ("esl", "context",
     "The area is very dangerous for children, many bad "
     "influence",
     "seen"),
    # a student social worker
    ("student", "worry",
     "Mum presents with poor emotional regulation and "
     "attachment difficulties",
     "seen|spell"),
    ("student", "matrix",
     "Significant harm is likely due to cumulative neglect",
     "impact"),
    ("student", "safety_goal",
     "The children will be safe and well cared for",
     "goal"),
    ("student", "house_good",
     "The child's voice: he enjoys school and likes his teacher",
     "words"),
)

SET_O_SOUND: tuple[tuple[str, str, str], ...] = (
    # a practitioner writing in a hurry, autocorrect slips
    ("hurry", "worry",
     "on tues 4th mar mum was asleep on the sofa at 3pm and the "
     "twins (2) were on there own in the kitchen with the back door open, nieghbour brought "
     "them in from the road"),
    ("hurry", "next_step",
     "ill ring the doctors surgery tmrw (thurs) morning to ask "
     "about jaydens last 3 missed appts and tell mum what they say by fri"),
    ("hurry", "strengths",
     "dad has done bath and bedtime for the 3 kids every nite "
     "this month, i saw him do it on mon and they were all in bed by 7.30"),
    ("hurry", "scale_reason",
     "4 bc mum has kept him away from the house since feb but "
     "he turned up drunk last sat and she let him in"),
    ("hurry", "matrix",
     "when dad drinks he leaves the gas hob on and falls "
     "asleep, nan found the kids (3 and 5) in the kitchen full of gas on 2 feb"),
    # a practitioner who writes very long careful answers
    ("long", "danger",
     "The social worker, the school and Nana Rose are worried "
     "that if Dean keeps drinking every evening and arguing with Kelly, he will hit her "
     "again in front of Mason (4) and Lily (7), like the night in January when he pushed "
     "her into the glass door, and the children could be cut by the glass or be so "
     "frightened that they stop sleeping and eating, as Lily did for a fortnight after that "
     "night."),
    ("long", "safety_goal",
     "Mum, Nana Rose and the social worker want Mason and Lily "
     "to live with Mum and feel safe at home. For the next six months Dean will only see "
     "the children at Nana Rose's house on Saturday afternoons with her in the room, Mum "
     "will ring the police if he comes to the flat, and Nana Rose and the social worker "
     "will go through the contact book together every month so everyone can see it is "
     "happening."),
    ("long", "house_worries",
     "'When Dean shouts I take Mason under my bed and we put "
     "our hands on our ears. I don't like it when the glass breaks because Mum cries after "
     "and I have to get the hoover out. I wish he would just go to the pub and not come "
     "back, then we could have tea at the table again like we did at Christmas with Nana "
     "Rose.'"),
    # a practitioner who writes in bullet fragments
    ("bullet", "existing_safety",
     "- since jan mum locks the door at night + keeps the key "
     "on her\n- rang police twice (14/1, 2/2) when he came round\n- kids stayed in the "
     "bedroom w her both times"),
    ("bullet", "next_step",
     "- me: visit mum wed 12/3 10am to go over the contact "
     "plan\n- nan: bring the kids to the family centre sat 15/3\n- health visitor: weigh "
     "baby at clinic thurs 13/3"),
    ("bullet", "worry",
     "- 3 jan: baby (5 mths) seen at nursery w bruise on "
     "cheek\n- 17 jan: 2nd bruise, left ear\n- mum says his brother (3) hit him, no one saw "
     "it"),
    ("bullet", "success_goal",
     "- Kian will have his own flat by 19\n- he'll pay the rent "
     "from his wages each month\n- i'll go through his bills w him every 2 wks till he's "
     "been there 6 months"),
    # Scottish, Welsh and Irish practitioners, their own terms
    ("celtic", "worry",
     "At the children's hearing on 6 March the panel heard that "
     "Callum (11) has missed 31 days of school since August and was found by police at 2am "
     "in Dundee city centre on two Fridays in February."),
    ("celtic", "next_step",
     "The named person (Mrs Reid, head teacher) will meet "
     "Callum and his mum at school on Monday 10 March at 9am to go through his attendance "
     "plan, and I'll phone mum that afternoon."),
    ("celtic", "strengths",
     "Mam has walked the two girls to school every morning "
     "since Christmas and is at the gate at 3 to collect them; the principal told me on 20 "
     "Feb they haven't been late once."),
    ("celtic", "house_good",
     "'Mamgu makes me cawl and lets me feed the chickens and I "
     "can talk Welsh with her'"),
    ("celtic", "existing_safety",
     "When Ciarán's dad came to the house drunk on 8 Feb, his "
     "mam kept the door shut, rang the Gardaí and took the kids to her sister's for the "
     "night."),
    # a practitioner whose first language is not English
    ("esl", "worry",
     "On 3 March the teacher see a red mark on the neck of "
     "Amina (6) and Amina say to her 'daddy squeeze me when I cry'."),
    ("esl", "safety_goal",
     "Mother will give the inhaler to Yusuf (9) every morning "
     "and every night, and the school nurse will check his inhaler diary each Friday for "
     "three months, so everybody can see he is not missing doses."),
    ("esl", "house_dreams",
     "'I want my mama and baba stop the fighting and we all go "
     "to the park on Sunday like before'"),
    # a student social worker
    ("student", "strengths",
     "On my visit on 5 March I saw mum notice Leo (3) getting "
     "upset, get down to his level and help him calm down by counting his toy cars with him."),
    ("student", "scale_reason",
     "6 because mum has given the baby her feeds on time for "
     "the last three weeks (the feeding chart matches what the health visitor saw), but she "
     "still leaves the baby alone in the flat when she goes to the shop."),
    ("student", "wellbeing_goal",
     "Leo will go to nursery four mornings a week with mum "
     "getting him there by 9, and the nursery manager and I will look at the register "
     "together each month until the summer."),
    ("student", "context",
     "the flat is above a pub and on fri and sat nights drunk "
     "men fight in the doorway, which is the only way in, mum says she won't take the kids "
     "out after 8 because of it"),
    ("student", "aspiration",
     "'I want to work in a garage fixing cars like my uncle and "
     "buy my own car when I'm 18'"),
)


WANTS = {line: want for _, _, line, want in SET_O_FLAWED}


def test_set_o_is_as_written_blind() -> None:
    assert (len(SET_O_FLAWED), len(SET_O_SOUND)) == (25, 25)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), _placed(SET_O_FLAWED))
def test_set_o_a_flawed_line_is_asked_with_a_question_that_fits(flow_id: str, step_id: str,
                                                                 line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _fits(WANTS[line], reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), _placed(SET_O_SOUND))
def test_set_o_a_sound_line_is_let_through(flow_id: str, step_id: str, line: str) -> None:
    assert asked(flow_id, step_id, line) is None, line
