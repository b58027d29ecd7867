"""Sound answers, written blind (pass 43, sound43): a hundred lines a good practitioner
writes, over the nine tools and their typed questions (the record's questions and the scale
reasons too), in voices and families the earlier sets did not use: a Bangladeshi family in
Tower Hamlets seen with a Sylheti interpreter, a Roma family in Sheffield, an Irish Traveller
child on a site, a Deaf mother using BSL in Belfast, a Nigerian family in Manchester, a young
person in a secure children's home, a Canadian supervision case with a First Nations
grandmother, a New Zealand school's contribution, and a Gaelic football coach in Derry; the
child's words quoted (misspellings kept), dates and times in many forms, agencies written out,
numbered lists, dashes, emoji, words in other languages with their meaning, short and long.
Written before reading any rule in flows/checks, flows/nudges.py or flows/moves.py; each row
is (tool:question, line), run through the real check of the question it would be typed at.

Blind: 4 of the 100 asked, 1 rightly (rewritten), 3 the checks' mistakes (2 fixed, 1 left:
`LEFT_FLAGGED`). Fitted: 1 of 100 (the one left). Held out: 8 of 30 asked before the fixes,
0 of 30 after. The numbers line by line are in the note above `LEFT_FLAGGED`.
"""

from __future__ import annotations

import pytest
from test_review_language_thirtyeighth import asked_s
from test_sound_fortysecond import asked_here

SOUND_BLIND: tuple[tuple[str, str], ...] = (
    # mapping (a Bangladeshi family in Tower Hamlets, seen with a Sylheti interpreter)
    ("mapping:meeting_date", "Mon 16/03/26, 2.30pm, at the town hall in Whitechapel"),
    ("mapping:network",
     "Mum (through a Sylheti interpreter), Nusrat (11) through her three houses, Ayaan's "
     "nursery teacher, the school nurse, the health visitor, Nanu (Mum's mother) and the "
     "police officer who came out on 28 February."),
    ("mapping:views_missing",
     "Dad's: he was at work in Luton both times we visited, and has said by text he will come "
     "to the conference. Ayaan (4) is too young for the three houses, so his nursery's view is "
     "in instead."),
    ("mapping:next_review", "Core group six weeks after conference – Monday 27 April."),
    ("mapping:house_worries", "wen Abba shouts at Amma my belly gos funny"),
    ("mapping:house_good", "Nanu makes pitha for me on sundays and I help"),
    ("mapping:child_view_how",
     "Nusrat chose to talk in English, at school on 5 March with her learning mentor in the "
     "room; Ayaan (4) was seen playing at nursery on 6 March."),
    ("mapping:worst_harm",
     "On 28 February at about 10pm Dad slapped Mum twice and dragged her by her hair into the "
     "hallway while Nusrat (11) was holding Ayaan (4) on the sofa. Nusrat rang 999 from Mum's "
     "phone and told the call handler \"please come my dad is hurting my mum\"."),
    ("mapping:recent_harm",
     "Sun 8th March, evening: Dad threw Mum's phone at the wall and smashed it when she said "
     "she wanted to visit her sister in Bethnal Green. Ayaan was in the room and started "
     "hitting his own head."),
    ("mapping:harm_pattern",
     "Mum says at least once a month since Ayaan was born, and more often since Dad's hours "
     "were cut in October; police were called twice, both times this year."),
    ("mapping:harm_impact",
     "Nusrat has been late nine times this term because she waits to walk Mum to the shops, "
     "and told her teacher \"I have to check Amma is ok\". Ayaan bangs his head on the floor "
     "when adults raise their voices."),
    ("mapping:danger_who",
     "The social worker, the police, Nusrat's school, the health visitor, and Nanu."),
    ("mapping:danger_behaviour",
     "Dad hits Mum, pulls her hair and breaks her things when she wants to see her family, "
     "often in front of Nusrat and Ayaan."),
    ("mapping:danger_statement",
     "The social worker, the police, the school, the health visitor and Nanu are worried that "
     "Dad will hit Mum, pull her hair and break her things again, as he did on 28 February and "
     "8 March, while Nusrat (11) and Ayaan (4) are in the room. If nothing changes, Nusrat "
     "could be hurt trying to protect Mum, and both children could keep living in fear at "
     "home."),
    ("mapping:family_view",
     "Mum agrees, and said through the interpreter \"ami bhoy pai\" (I am frightened). Dad "
     "says \"it was only an argument, every family argues\" and that Mum's family are turning "
     "her against him."),
    ("mapping:goal_doing",
     "Dad will leave the flat and go to his cousin's whenever he feels angry, will keep his "
     "hands off Mum and her things, and will let her visit her sister whenever she wants."),
    ("mapping:goal_child",
     "Nusrat will walk to school on time without checking on Mum first, and Ayaan will play "
     "at home without covering his ears."),
    ("mapping:goal_how_long",
     "A year – through Ramadan and Eid, when money and family pressure are at their worst."),
    ("mapping:safety_goal",
     "Dad will leave the flat when he feels angry, keep his hands off Mum and her things, and "
     "let her see her family, so that Nusrat and Ayaan live in a calm home and Nusrat gets to "
     "school on time. Everyone will need to see this for a year."),
    ("mapping:danger_scale_why",
     "2, not 1, because Nanu now stays over most nights and Mum has told us everything. A 3 "
     "would be Dad agreeing to start the men's group."),
    ("mapping:complicating",
     "Mum speaks Sylheti and very little English, so she can't ring the police or the surgery "
     "without Nusrat translating."),
    ("mapping:strengths",
     "Mum takes both children to the Saturday Bangla school, and Nusrat is top of her class "
     "in reading 📚"),
    ("mapping:existing_safety",
     "On 8 March, when Dad started shouting and throwing things, Nusrat took Ayaan next door "
     "to Mrs K, who kept them both until the police had been."),
    ("mapping:trusted_adults",
     "Nanu (Mum's mother): will stay at the flat every Friday and Saturday night and ring the "
     "social worker the next morning if Dad has been angry."),
    ("mapping:plan_working",
     "Nusrat will be in class by 8.50 every day and tell her learning mentor at the Friday "
     "check-in how home has been; the school will ring the social worker the same day if she "
     "is late or upset."),
    ("mapping:next_steps",
     "The social worker will book a Sylheti interpreter and meet Mum and Nanu at the library "
     "on Thursday 19 March to write the safety plan together."),
    ("mapping:grey_areas",
     "Whether Dad has Mum's passport – she says he keeps it, he says it's at his brother's."),
    ("mapping:safety_scale_why",
     "3: Dad is still hitting Mum at home, but Mum has told us everything, Nanu stays over "
     "at weekends and the school rings us if Nusrat is late. A 4 would be a month with no "
     "police call-outs."),
    # harm matrix (a Roma family in Sheffield)
    ("harm_matrix:network",
     "Mum and Dad (through a Slovak interpreter), Denisa (7), her epilepsy nurse at Sheffield "
     "Children's Hospital, her class teacher, the Roma community support worker and the "
     "family doctor."),
    ("harm_matrix:danger_behaviour",
     "Mum and Dad let Denisa's epilepsy tablets run out, three times since September, and "
     "haven't taken her to four of her last six hospital appointments."),
    ("harm_matrix:harm_impact",
     "Denisa had a seizure in the playground on 12 January that lasted six minutes and needed "
     "an ambulance; she told her teacher \"my hed went broke\" and won't go on the climbing "
     "frame now."),
    ("harm_matrix:harm_worst",
     "12 Jan: a six-minute seizure at school, two days after her tablets ran out, and a night "
     "in hospital."),
    ("harm_matrix:harm_frequency",
     "Her tablets have run out 3 times since September — the last on 10/01 — and the gaps "
     "are getting shorter."),
    ("harm_matrix:harm_complicating",
     "Mum and Dad can't read the hospital's letters in English, and Dad's shifts at the car "
     "wash change every week, so appointments get missed."),
    ("harm_matrix:harm_accepted_detail",
     "Dad said \"we give her medicine when she is sick\" – he thinks the tablets are only for "
     "after a fit. Mum said she is scared of hospitals since her own mother died in one."),
    ("harm_matrix:child_vulnerability",
     "Denisa is 7 and can't tell anyone when her tablets have run out, and her seizures start "
     "without warning, so she could fall on the stairs or in the bath."),
    ("harm_matrix:danger_impact",
     "Denisa could have a long seizure at home with no medicine, fall and hit her head, or "
     "stop breathing."),
    ("harm_matrix:harm_scale_why",
     "3 — school now keeps a spare box of her tablets, but at home they have still run out "
     "twice this winter."),
    # three houses (an Irish Traveller child on a site)
    ("three_houses:not_told",
     "Her uncle J: she said \"don't show Uncle J, he'll tell Daddy I was crying\"."),
    ("three_houses:share_who", "Her mammy, her granny and her teacher."),
    ("three_houses:child_age", "eight and a half"),
    ("three_houses:session_when",
     "Tues 3rd Feb, 10:15 to 11, in the family's trailer on the site, with her mammy outside "
     "on the step."),
    ("three_houses:took_part_other",
     "She used her cousin's tablet and typed some of the words herself, spelt her own way."),
    ("three_houses:house_worries", "when daddy drinks at the horse fair and comes home roarin"),
    ("three_houses:house_good", "my pony Lady and all my cusins 🐴"),
    ("three_houses:house_dreams", "a trailer of our own with a real bath"),
    ("three_houses:worker_noticed",
     "She drew her daddy very small in the corner, coloured over him in black, and then asked "
     "me not to show him."),
    # wellbeing (a Deaf mother using BSL, in Belfast)
    ("wellbeing:consent_who",
     "The school, the health visitor, the family doctor, the Family Support Hub and the young "
     "carers project."),
    ("wellbeing:consent_plan",
     "I'll visit Mum on Wed 14 Jan with a BSL interpreter and go through early help with her "
     "in sign, so she isn't relying on Cian to explain it."),
    ("wellbeing:family",
     "Mum (D, Deaf, uses BSL), Cian (9, hearing), Orla (2, hearing); Granda lives two streets "
     "away in east Belfast."),
    ("wellbeing:next_review", "Thurs 26th Feb, at the school, with the same interpreter."),
    ("wellbeing:child_view_how",
     "Cian talked to me on his own in the school library on 13 January, using a scale with "
     "faces; he signed some answers to show me how he talks with Mum."),
    ("wellbeing:worry_what",
     "Cian has missed 11 school days since September to interpret for Mum at the hospital and "
     "the bank, and rings the surgery for her at 8am most Mondays."),
    ("wellbeing:worry_impact",
     "Cian could fall further behind in reading and maths, and keep feeling it's his job to "
     "look after the family instead of being nine."),
    ("wellbeing:family_view",
     "Mum signed \"he is my ears, I have no one else\" and was upset that we see it as a "
     "worry; Granda agrees Cian misses too much school."),
    ("wellbeing:goal_doing",
     "Mum will book a BSL interpreter for every appointment and use the video relay service "
     "for phone calls, so Cian is at school every day."),
    ("wellbeing:goal_how_long",
     "Until the end of the school year in June, so about five months."),
    ("wellbeing:unmet_needs",
     "Time with other children who have Deaf parents – the young carers group meets on "
     "Saturday mornings in Lisburn."),
    ("wellbeing:harder",
     "Mum's phone is old and the video relay app keeps crashing, and the surgery only takes "
     "appointments by phone."),
    ("wellbeing:strengths",
     "Mum reads with Orla every night in sign and English, and Cian is brilliant at drawing "
     "comics ✏️"),
    ("wellbeing:next_steps",
     "1. The health visitor will show Mum how to book interpreters online, by 30 January.\n"
     "2. From Monday the school will contact Mum by video call or text, not through Cian."),
    ("wellbeing:wellbeing_scale_why",
     "6/10 – the children are well looked after and happy; it's Cian's school days that are "
     "missing. A 7 would be a full month with no days off to interpret."),
    # contextual (a Nigerian family in Manchester)
    ("contextual:network",
     "Tobi (14), his mum, his pastor, his head of year, the youth worker from the Moss Side "
     "youth centre and the Greater Manchester Police youth engagement officer."),
    ("contextual:harm_outside",
     "On Fri 20 Feb at about 6pm three older lads stopped Tobi at the tram stop on Princess "
     "Road, took his phone and £30, and told him he owed them and would have to \"work it "
     "off\"."),
    ("contextual:harm_signs",
     "He's stopped going to the youth centre, sleeps in his trainers, and told his mum "
     "\"they know where we live\"."),
    ("contextual:yp_worries",
     "He's 14, only moved to the area in September, and badly wants to fit in with the older "
     "boys at school."),
    ("contextual:home_worries",
     "Mum works nights as a nurse, so he's on his own from 7pm to 8am three nights a week."),
    ("contextual:home_safety",
     "The night he told her about the tram stop, Mum reported it to the police, then drove "
     "him to school and picked him up every day for two weeks."),
    ("contextual:area_worries",
     "The chicken shop by the tram stop after 5pm, where the older lads hang about and take "
     "phones and money off younger kids."),
    ("contextual:online_worries",
     "Someone he doesn't know added him to a Snapchat group that posts videos of boys being "
     "robbed – one of them is of him."),
    ("contextual:danger_behaviour",
     "Older lads are robbing Tobi, telling him he owes them money, and messaging him to make "
     "him carry things for them."),
    ("contextual:goal_doing",
     "The police will patrol the tram stop from 3pm to 7pm on school days, the school will "
     "walk Tobi to the tram, and the youth centre will run a Friday session he can go to "
     "straight from school."),
    ("contextual:trusted_adults",
     "Pastor A: will ring Tobi every Sunday night and drive him home from music practice on "
     "Wednesdays."),
    ("contextual:safety_scale_why",
     "4 – nothing has happened since 20 Feb and he's talking to his mum, but the lads are "
     "still messaging him."),
    # success (a young person in a secure children's home)
    ("success:network",
     "Jade (16), her key worker at the secure children's home, her social worker, her mum "
     "(by phone) and the head of education at the home."),
    ("success:vision",
     "\"my own flat with a cat, a job doing nails, and seeing my little brother every "
     "weekend\""),
    ("success:own_goals", "get my maths and english GCSEs and not go back to my old area"),
    ("success:their_worries", "\"going back to the same people when i get out\""),
    ("success:what_helps",
     "She passed her first English certificate this month and goes to the gym with staff "
     "every morning at 7."),
    ("success:others_worried",
     "Her social worker is worried that the man who used to pick Jade up from her mum's is "
     "still messaging her mum to ask where she is."),
    ("success:success_goal",
     "Jade will be living with her nan in Hull, going to college three days a week and "
     "seeing her brother on Saturdays."),
    ("success:goal_first_step",
     "Jade and her social worker will ring her nan on Friday 6 March to ask about Jade moving "
     "in."),
    ("success:success_scale_why",
     "5: she's in lessons every day and hasn't been held by staff since January, but there's "
     "no plan yet for where she'll live."),
    # supervision (a Canadian practitioner; a First Nations grandmother)
    ("supervision:meeting_date", "Tues Jan 20, 1:30 p.m."),
    ("supervision:group_question",
     "How do I talk with Grandma about the safety plan when she thinks we're going to take "
     "the kids the way they took her?"),
    ("supervision:worries",
     "Twice this month the daycare found Ethan (3) in a full diaper from the night before and "
     "with no lunch; Mom told them she'd been up all night with her boyfriend, who was "
     "drinking."),
    ("supervision:working_well",
     "Grandma has the kids every Friday night, and Mom walks Ethan to daycare on time when "
     "she isn't on the late shift."),
    ("supervision:needs",
     "1) Me to meet Mom and Grandma together at the band office by Jan 30.\n"
     "2) Daycare to keep a lunch for Ethan every day, starting Monday.\n"
     "3) Mom to have Ethan changed and fed before 8:30 on daycare days."),
    ("supervision:scale_moved",
     "Up from 3 to 5 since October, when Grandma started taking the kids on Fridays."),
    ("supervision:my_scale_why",
     "5 – the kids are fed and warm most days, but the mornings after a drinking night aren't "
     "safe for a three-year-old."),
    ("supervision:what_worked",
     "Meeting Mom at Tim Hortons instead of the office – she talked for an hour."),
    # contribution (a New Zealand primary school)
    ("contribution:worries",
     "Tama (8) has come to school with no lunch on 7 of the last 10 days, and on Monday 9 March "
     "told me \"Mum was sleeping, I got myself ready\"."),
    ("contribution:working_well",
     "His koro (grandfather) picks him up on Wednesdays and takes him to kapa haka (Māori "
     "performing arts) practice; Tama lights up talking about it."),
    ("contribution:needs_to_happen",
     "Our school will give Tama breakfast and lunch from Monday 16 March, and I'll ring his "
     "koro this week to ask him to the whānau hui (family meeting)."),
    ("contribution:partner_scale_why",
     "6 – he's loved and his koro is a big part of his life, but he's hungry most mornings."),
    ("contribution:child_said",
     "Mum was sleeping, I got myself ready and I made toast but the bread was green"),
    # reflection (a Gaelic football coach in Derry)
    ("reflection:what_happened",
     "At training on Thurs 5 March, Oisín (10) had bruises round both wrists and said "
     "\"Daddy held me down cos I wouldn't get off the Xbox\"."),
    ("reflection:going_well",
     "His auntie brings him to every training session and he's first to help the wee ones "
     "with their boots."),
    ("reflection:needs_to_happen",
     "I'll tell our club's children's officer tonight and she'll ring the Gateway social work "
     "team before 10am tomorrow."),
    ("reflection:worry_scale_why",
     "3, because he has marks on him now and he's going home to his daddy tonight."),
)


# Blind, on the code as it was (08bf15a): 4 of the 100 asked. One was right and is rewritten
# above: "Mum, Nanu and the school are all working with us" was asked what they would be doing
# that shows it, as a practice lead would (now what each does). Three were the checks'
# mistakes. Two are fixed by their families (the tests below): "The night he told her about
# the tram stop, Mum reported it to the police, then drove him to school and picked him up
# every day for two weeks" was told it is a strength, not existing safety; "5: she's in
# lessons every day and hasn't been held by staff since January, but there's no plan yet for
# where she'll live" was told it "says what the services did" ("she's" was not read as "she
# is"). One is left (`LEFT_FLAGGED`): "Tim Hortons", a shop, asked about as a full name.
# Fitted: 1 of the 100 asked (the one left). Held out (below): 8 of 30 asked on the base, all
# existing safety; 0 of 30 after (one of the eight, "Grandad has met him off the school bus",
# needed meeting a young person off a bus read as an action, found from the held-out set).
# Trying the family other ways after that found two more, fixed with it: a young person
# brought home by the police, and what was done "for the rest of the week".
LEFT_FLAGGED = frozenset({
    "Meeting Mom at Tim Hortons instead of the office – she talked for an hour.",
})


def test_the_blind_set_is_as_written() -> None:
    assert len(SOUND_BLIND) == 100
    assert len({line for _, line in SOUND_BLIND}) == 100


@pytest.mark.parametrize(("where", "line"),
                         [row for row in SOUND_BLIND if row[1] not in LEFT_FLAGGED])
def test_a_sound_answer_is_let_through(where: str, line: str) -> None:
    flow_id, step_id = where.split(":")
    assert asked_here(flow_id, step_id, line) is None


@pytest.mark.parametrize("line", sorted(LEFT_FLAGGED))
def test_a_shop_named_after_someone_is_still_asked_about_as_a_name(line: str) -> None:
    """Left as it is: "Tim Hortons" (a chain of coffee shops) has a full name's shape, and
    the privacy check asks rather than guess; nothing in the line tells a shop from a
    person ("shouted at Tim Hortons" would be one), and a name let through costs more than
    a question the practitioner can /keep past."""
    reply = asked_here("supervision", "what_worked", line)
    assert reply is not None
    assert "looks like a full name" in reply


# Held out: thirty sound answers written after the blind run and before any rule was read
# or changed, in the two families the checks got wrong (what a carer did once the danger
# came to light, kept up over days or weeks, at existing safety; a number's reason telling
# what the child or young person does and what is still missing, at every scale's why), in
# other voices: a Kurdish family in Liverpool, a Ghanaian family in Croydon, a Cornish
# fishing family, an Australian case, a Hong Kong family in Reading, a Somali family in
# Bristol, a Gypsy family in Kent, a young person in supported lodgings.
HELD_OUT: tuple[tuple[str, str], ...] = (
    # existing safety: what was done once the danger came to light, and kept up
    ("contextual:home_safety",
     "After Rojin told him about the men at the bus station, Dad rang the police that "
     "evening and has driven her to college and back every day since."),
    ("contextual:home_safety",
     "The day the school showed her the Instagram messages, Mum took his phone to the police "
     "and now goes through it with him every night before bed."),
    ("mapping:existing_safety",
     "The night Kofi told his teacher about the shouting, Auntie A took both boys to hers in "
     "Croydon and kept them there for a week."),
    ("contextual:home_safety",
     "Since he came home with a split lip on 3 May, Grandad has met him off the school bus "
     "every afternoon at 3.40."),
    ("contextual:home_safety",
     "The morning after she was found in a car with two men, Mum reported it to the police, "
     "and she has picked Jess up from work at 9pm every Saturday since."),
    ("mapping:existing_safety",
     "After the police came on 2 April, Dad's mum took the baby to hers every night he had "
     "been drinking – four times in April."),
    ("contextual:home_safety",
     "When he said the older boys were waiting for him at the skate park, his uncle walked "
     "him home that day and every day for the next month."),
    ("mapping:existing_safety",
     "Once Mum found the bruises on 14 Jan, she stopped leaving the twins with her partner "
     "and has taken them to the childminder every day since."),
    ("contextual:home_safety",
     "As soon as Ahmed told her about the van outside the mosque, his mum rang the police "
     "and started walking him to Friday prayers herself."),
    ("mapping:existing_safety",
     "The evening Dad came back from the pub on 21 Feb and started shouting at Mum, Gran "
     "rang 999 and took Tegan and Kerra to her cottage in Newlyn for the weekend."),
    ("contextual:home_safety",
     "The week she told us about the man from the gaming chat, Mum set up parental controls "
     "with her, reported his account, and has sat with her for every game since."),
    ("mapping:existing_safety",
     "After Liam (6) told his nan that Mum's boyfriend had locked him in the shed, Nan had "
     "him to stay every weekend Mum's boyfriend was at the house, from May to August."),
    ("contextual:home_safety",
     "Two days after she went missing in Brisbane, her mum changed her shifts so she's home "
     "by 3.30 every school day, and rang the police each time Chloe was late back."),
    ("mapping:existing_safety",
     "From the day Dad was arrested, Mum has kept the children at her sister's in Reading "
     "whenever he rings drunk – three times so far."),
    ("contextual:home_safety",
     "Once his mum heard he was being sent to Bristol with packages, she took him to her "
     "brother's in Cardiff for the summer and reported the man's number to the police."),
    # a number's reason: what the young person does, and what is still missing
    ("success:success_scale_why",
     "6 – he goes to college every day and hasn't been restrained since March, but nobody "
     "has found him anywhere to live yet."),
    ("success:success_scale_why",
     "4: she's doing her coursework every day, but there's still no plan for where she'll "
     "go when she leaves supported lodgings."),
    ("mapping:safety_scale_why",
     "5 because the children are at school every day and Dad has kept away since February; "
     "there's no plan yet for the summer holidays."),
    ("contextual:safety_scale_why",
     "3 – she hasn't gone missing since the move, but there's no plan yet for when she turns "
     "18."),
    ("wellbeing:wellbeing_scale_why",
     "7: Hodan is eating well and sleeping through, but there's no plan yet for her starting "
     "school in September."),
    ("supervision:my_scale_why",
     "4 – the baby is feeding well and Mom is sober, but there's no plan for the weekends "
     "when Dad visits."),
    ("success:success_scale_why",
     "7 – he hasn't had to be held by staff for three months and he's on track for his "
     "exams."),
    ("harm_matrix:harm_scale_why",
     "4, because he hasn't been hit since New Year, but there's no plan for the school "
     "holidays when he's home all day."),
    ("contribution:partner_scale_why",
     "5: she's in school every day and hasn't been sent home since Christmas, but there's no "
     "plan yet for her moving up to secondary."),
    ("reflection:worry_scale_why",
     "6, he's fed and happy at the club, but there's no plan yet for who picks him up on "
     "Thursdays."),
    ("success:success_scale_why",
     "5 – she's kept her Saturday job for two months and sees her mum every Sunday; still no "
     "date for her moving out of the home."),
    ("mapping:danger_scale_why",
     "3, not 2: Dad has moved out to his brother's in Maidstone and the children sleep "
     "through now; there's no plan yet for his contact."),
    ("success:success_scale_why",
     "8 because she's settled in her flat and paying her own bills; the only thing missing "
     "is a plan for her course after Easter."),
    ("contextual:safety_scale_why",
     "2: two men sent him to Exeter with drugs on 4 March, and there's no plan yet "
     "for where he can be safe."),
    ("wellbeing:wellbeing_scale_why",
     "5 – Wing is at school and smiling again, but there's still no plan for the afternoons "
     "while both parents work."),
)


def test_the_held_out_set_is_as_written() -> None:
    assert len(HELD_OUT) == 30
    assert len({line for _, line in HELD_OUT}) == 30


@pytest.mark.parametrize(("where", "line"), HELD_OUT)
def test_a_held_out_sound_answer_is_let_through(where: str, line: str) -> None:
    flow_id, step_id = where.split(":")
    assert asked_here(flow_id, step_id, line) is None


# ---- the fixes, each tried on fresh lines written before it was run ------------------------

@pytest.mark.parametrize(("where", "line"), [
    ("contextual:home_safety",
     "The night she told him about the man at the bus stop, Dad reported it to the police and "
     "has walked her to school every morning since."),
    ("mapping:existing_safety",
     "Once Gran saw the marks on his legs, she had both boys at hers every weekend until Dad "
     "moved out."),
    ("contextual:home_safety",
     "As soon as his mum heard who had been giving him lifts, she kept him at his aunt's for "
     "a fortnight and rang his head of year."),
    ("mapping:existing_safety",
     "The day the nursery found the burn on her hand, Nan took her home with her and has "
     "looked after her every day since."),
    ("contextual:home_safety",
     "Since the night he was found at the station with two older men, his dad has met him "
     "from school every day."),
    # found after the held-out set, trying the family other ways: brought back by the
    # police, and kept up for the rest of a time
    ("contextual:home_safety",
     "Since the police brought him home on 2 May, his mum has picked him up from football "
     "every Tuesday."),
    ("contextual:home_safety",
     "When she found out he'd been sent to Leeds, his mum kept him home for the rest of the "
     "week."),
])
def test_what_a_carer_did_once_the_danger_came_to_light_and_kept_up_is_existing_safety(
        where: str, line: str) -> None:
    """At "What have parents or carers done to protect the young person when the danger was
    there?", "The night he told her about the tram stop, Mum reported it to the police, then
    drove him to school and picked him up every day for two weeks" was told it sounds like a
    strength: the danger (a tram stop, messages, a man from a game) was in no word the check
    knows. Being told of it, shown it or finding it is the danger there; what was done from
    then on, and kept up, is existing safety."""
    flow_id, step_id = where.split(":")
    assert asked_s(flow_id, step_id, line) is None


@pytest.mark.parametrize("line", [
    # good news, a treat once: not kept up
    "When she told us she'd got into the netball team, Mum took her out for pizza.",
    # kept up, but nothing came to light: a routine
    "The day she started nursery, Mum walked her there, and she has every day since.",
    "After school Nan takes him to the park every day.",
    "When Nan brought them back from the seaside, Mum cooked tea for everyone every night "
    "for a week.",
    # what came to light, and nothing done about it
    "Once Mum found the messages, she was very upset and cried every night for a week.",
])
def test_a_routine_or_a_treat_is_still_asked_what_was_done_when_the_danger_was_there(
        line: str) -> None:
    reply = asked_s("mapping", "existing_safety", line)
    assert reply is not None
    assert "Existing safety is what someone did" in reply


@pytest.mark.parametrize(("where", "line"), [
    ("success:success_scale_why",
     "6: he's in class every day and hasn't been sent home since the review, but there's no "
     "plan yet for the summer."),
    ("mapping:safety_scale_why",
     "4 – they're at school on time now and the plan has been followed since January."),
    ("wellbeing:wellbeing_scale_why",
     "5 because he's in his own bed every night now; the assessment hasn't been done yet."),
    ("contextual:safety_scale_why",
     "4: he's on time for lessons and the case was transferred in June."),
    ("harm_matrix:harm_scale_why",
     "5 – they're at nursery every morning, and the support was agreed in March."),
])
def test_a_reason_with_she_is_written_short_is_not_what_the_services_did(where: str,
                                                                         line: str) -> None:
    """"5: she's in lessons every day and hasn't been held by staff since January, but
    there's no plan yet for where she'll live" was told it "says what the services did", but
    "she is in lessons ..." written out was not: "she's", "they're", "he'll" are someone
    doing something, as "she is" is."""
    flow_id, step_id = where.split(":")
    assert asked_s(flow_id, step_id, line) is None


@pytest.mark.parametrize("line", [
    "She's been seen by the GP and a referral was made.",
    "They've been offered a place on the course and the plan was agreed.",
])
def test_what_was_done_to_her_written_short_is_still_what_the_services_did(line: str) -> None:
    reply = asked_s("success", "success_scale_why", line)
    assert reply is not None
    assert "says what the services did" in reply
