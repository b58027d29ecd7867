"""Set AH: a blind wording review of every tool, social workers, partners and children (pass 48).

Written after reading the flows' questions and set AG's file only (its shape and the
runner), before reading any rule in flows/checks or the bot's nudges: 70 flawed lines and
70 sound ones, each pair at one question, in the voices of social workers (English,
Australian, New Zealand, North American), a teacher and a school's safeguarding lead, health
visitors, a GP, police, a youth worker, a personal adviser, early help and children's own
words as a worker records them, typed as on a phone. New ground against the earlier sets
(each phrase grepped over tests/ first): who did it hidden ("the baby was injured at some
point over the weekend", "there was an altercation and the child got caught up in it"),
euphemisms ("dad has his demons", "things could go south", "the house is a tip"), vague
time ("every so often, it comes and goes", "recently"), hearsay ("reportedly"), a writer's
stance as a scale's reason ("on the fence", "call it instinct", "hard to say", "its a
worry", "torn"), progress said only as direction ("heading in the right direction", "in a
much better place", "no real change"), worker words in a child's mouth ("emotionally safe",
"quality time", "better communication", "positive relationship"), goals of qualities or
outcomes ("take responsibility", "stability and routine", "improve her parenting", "happy
and healthy", "improved outcomes", "productive member of society", "positive choices"),
steps with no one and no day ("continue with the plan and monitor", "explore options re
college asap", "get someone involved"), slang judgements ("short fuse", "grubby", "off with
everyone", "dodgy spots"), and partners' phrases ("on our radar", "lovely interactions",
"no concerns from a health perspective", "WNB x3"); and sound lines using plain words where
a rule might trip ("every few weeks since easter", "nothing new since last month except
...", "whanau hui", "mom", "kindy").
Each row: (voice, "tool:question", line), a flawed one also what a practice lead would expect
asked back (the kinds `_fits_ag` reads). Committed (adf154e) before anything was run on it.

Blind, on the code as it was (adf154e): flawed asked 43/70, 41 with a question that fits by
`_fits_ag` (42 by `_fits_ah`, which reads a worry statement's reminder, "what is happening
for the child, as someone has seen or heard it", as the statement's kinds; "3 - call it
instinct" was asked what it meant for the child, as if the services' doing); sound asked
3/70: a worry statement typed without apostrophes ("the kids keep missing school because mum
cant get up": nothing read as happening), and two lines a practice lead following DOMAIN.md
would send back (a safety goal only the harmed mum acts in; "mum let him back in"), left
flagged (`LEFT_FLAGGED`). Let through, each a kind: a writer's stance as a scale's reason
("instinct", "its a worry", "torn, could go either way", "hard to say", "no concerns from a
health perspective"); worker words in a child's "I" ("emotionally safe", "quality time",
"parents mental health"); a quality as what the child will have ("stability and routine");
who as a circle ("wider family and community supports", "her people"); a turn for the worse
in a word ("go south", "hold him back"); an event heard of or lately ("recently, police were
called out again", "reportedly a serious assault took place"); "in a much better place";
"comes and goes"; "a bit more tlc"; "more at risk because of his age and needs"; slang
("dont get it", "not on board", "off with everyone", "dodgy spots", "an older lot", "on our
radar"); "a few concerns about this family"; "various things unclear"; "a productive member
of society".

Fitted: flawed 70/70 asked with a question that fits (`_fits_ah`); sound 0/70 asked but the
two left flagged. The rules, each for its family (see the CHANGELOG): `plain_language`'s
`_NOTHING_HEARD` (stances), `_A_STATE` (a quality to have), `_EVERYONE_ONLY` (a circle),
`_TURNS_BAD` in `_HARM_ONLY`, `_EVENT_ONLY` (heard of, lately, police called), `_IMPROVED`
("a better place"), `_ONE_OFTEN` ("comes and goes", "in waves"), `_QUALITY` ("tlc", "a bit
more"), `_AGE_ONLY` ("at risk because of his age and needs"); `nudges._SAID_BY_THE_WORK` and
`_WORK_WORDS`; labels' "a temper" ("off with"), "capacity" ("dont get it" alone), "on board"
("not on board"), "associating with" ("an older lot"), "a rough area" ("dodgy spots"), "more
information" ("various things unclear"), and a new "on the radar" (with "a few concerns about
this family" alone); `danger_statement._HAPPENING` ("keep", "cant"). Each corpus file through
`language-check` before (adf154e) and after: one line changed, fifteenth_h_answers 94 ("The
teen has been going missing and hanging around with an older crowd", marked flag) gained
"with an older crowd" beside "hanging around".

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other
words and not tuned to after: flawed asked with a question that fits 6/30 before (adf154e)
and 20/30 after; sound let through 13/15 before and after (`HELD_OUT_MISSED`,
`HELD_OUT_SOUND_ASKED` say which).
"""
from __future__ import annotations

import pytest
from review_sets import Case, review_tests, rows_set
from test_review_language_fortyseventh import _fits_ag
from test_review_language_thirtyeighth import asked_s

# A worry statement's reminder names what it lacks ("what is happening for the child, as
# someone has seen or heard it; what could happen ..."), the kinds a statement's line wants.
STATEMENT_LACKS = "statement later would want to know"


def _fits_ah(want: str, reply: str) -> bool:
    """Set AG's `_fits_ag`, reading a worry statement's reminder as asking what it lacks."""
    if STATEMENT_LACKS in reply:
        return bool(set(want.split("|")) & {"danger", "seen"})
    return _fits_ag(want, reply)

SET_AH_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping: worries ----
    ("sw_uk", "mapping:worst_harm",
     "there was an altercation and the child got caught up in it", "seen"),
    ("police", "mapping:recent_harm",
     "recently, police were called out again", "seen"),
    ("sw_au", "mapping:harm_pattern",
     "every so often, it comes and goes", "seen|period"),
    ("teacher", "mapping:harm_impact",
     "the kids are all over the place emotionally", "seen|impact"),
    ("sw_uk", "mapping:danger_behaviour",
     "dad has his demons and mum struggles", "seen"),
    ("sw_au", "mapping:danger_impact",
     "things could go south for the kids", "impact|danger"),
    ("sw_uk", "mapping:danger_statement",
     "the kids are not safe in mums care", "danger"),
    ("sw_uk", "mapping:family_view",
     "parents dont get it", "words|seen"),
    ("sw_uk", "mapping:complicating",
     "poverty, housing and MH", "seen|spell"),
    # ---- mapping: what needs to happen ----
    ("sw_uk", "mapping:goal_doing",
     "dad will take responsibility for his actions", "goal"),
    ("sw_na", "mapping:goal_child",
     "she will have stability and routine", "goal|seen"),
    ("sw_uk", "mapping:safety_goal",
     "the children will be safeguarded and their needs met", "goal"),
    ("sw_nz", "mapping:next_steps",
     "whanau hui to be arranged", "who_when"),
    ("sw_uk", "mapping:first_sign",
     "positive engagement from parents", "seen|goal"),
    ("sw_uk", "mapping:grey_areas",
     "various things unclear", "seen"),
    # ---- mapping: what's working well ----
    ("sw_na", "mapping:strengths",
     "mom is very loving and child focused", "seen"),
    ("sw_uk", "mapping:existing_safety",
     "mum has really stepped up", "safety|seen"),
    ("sw_au", "mapping:trusted_adults",
     "wider family and community supports", "who_when|seen"),
    # ---- mapping: scale and the child ----
    ("sw_uk", "mapping:danger_scale_why",
     "4, on the fence tbh", "number|seen"),
    ("sw_uk", "mapping:safety_scale_why",
     "6 - things feel more settled", "number|seen"),
    ("child", "mapping:house_worries",
     "'i dont feel emotionally safe around my dad'", "words"),
    ("child", "mapping:house_dreams",
     "'i want more quality time with my parents'", "words"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "dad has a short fuse", "seen"),
    ("sw_uk", "harm_matrix:harm_impact",
     "emotional harm and developmental delay", "seen|impact"),
    ("sw_uk", "harm_matrix:harm_worst",
     "reportedly a serious assault took place last year", "seen"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum has PND and dad has a SUD", "spell|seen"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "they brush it off", "words"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "3 - call it instinct", "number|seen"),
    ("sw_uk", "harm_matrix:child_vulnerability",
     "more at risk because of his age and needs", "seen"),
    ("sw_uk", "harm_matrix:danger_statement",
     "risk of harm to the child from parental behaviours", "danger"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'i worry about my parents mental health'", "words"),
    ("child", "three_houses:house_good",
     "'i have a positive relationship with my carer'", "words"),
    ("child", "three_houses:house_dreams",
     "'for my family to have better communication'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "she presented as happy and settled, age appropriate", "seen"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "the house is a tip and the kids are grubby", "seen"),
    ("eh", "wellbeing:worry_impact",
     "it will hold him back in life", "impact|danger"),
    ("eh", "wellbeing:worry_statement",
     "school and early help are concerned about the childrens wellbeing", "danger|seen"),
    ("eh", "wellbeing:family_view",
     "mum is not on board", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "mum will improve her parenting", "goal"),
    ("hv", "wellbeing:unmet_needs",
     "a bit more tlc", "seen"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "5 - no real change", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "to be a productive member of society", "words"),
    ("pa", "success:others_worried",
     "carers have concerns around his associations", "seen|harmer"),
    ("pa", "success:success_goal",
     "she will have improved outcomes", "goal"),
    ("pa", "success:goal_support",
     "her people", "who_when"),
    ("pa", "success:goal_first_step",
     "explore options re college asap", "who_when"),
    ("pa", "success:success_scale_why",
     "7 - heading in the right direction", "number|seen"),
    # ---- contextual ----
    ("police", "contextual:harm_outside",
     "running with an older lot, possibly running for them", "seen|harmer"),
    ("yw", "contextual:harm_signs",
     "hes been off with everyone", "seen"),
    ("yw", "contextual:peer_worries",
     "negative peer influences", "seen|harmer"),
    ("dsl", "contextual:school_worries",
     "poor attendance and behaviour", "seen"),
    ("dsl", "contextual:online_worries",
     "unsafe use of the internet", "seen"),
    ("yw", "contextual:area_worries",
     "a few dodgy spots round town", "seen"),
    ("yw", "contextual:safety_scale_why",
     "3 - its a worry", "number|seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "nothing new, same old concerns", "seen"),
    ("sw_uk", "supervision:child_words",
     "the child voiced a wish to return home", "words"),
    ("sw_uk", "supervision:needs",
     "further assessment required", "who_when"),
    ("sw_uk", "supervision:my_scale_why",
     "2 - torn, could go either way", "number|seen"),
    ("sw_uk", "supervision:difference",
     "the family are in a much better place", "seen|impact"),
    ("sw_au", "supervision:what_worked",
     "building rapport and a restorative approach", "seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "i have a few concerns about this family", "seen"),
    ("teacher", "reflection:going_well",
     "mum is trying her best", "seen"),
    ("teacher", "reflection:needs_to_happen",
     "get someone involved", "who_when"),
    ("teacher", "reflection:worry_scale_why",
     "5 - hard to say really", "number|seen"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "WNB x3, safeguarding flag on the system", "spell|seen"),
    ("police", "contribution:worries",
     "the family are on our radar", "seen"),
    ("hv", "contribution:working_well",
     "lovely interactions between mum and baby", "seen"),
    ("teacher", "contribution:needs_to_happen",
     "school will keep a close eye", "who_when"),
    ("teacher", "contribution:child_said",
     "he seemed really down when talking about his dad", "words"),
    ("hv", "contribution:partner_scale_why",
     "7 - no concerns from a health perspective", "number|seen"),
)

SET_AH_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping: worries ----
    ("sw_uk", "mapping:worst_harm",
     "on 9 sept mums partner threw a mug at her and it hit the baby above the eye, she was in "
     "mums arms and needed 3 stitches"),
    ("police", "mapping:recent_harm",
     "fri 22nd about 11pm we were called when dad smashed the kitchen window, the kids (4 and "
     "7) were upstairs and heard it all"),
    ("sw_au", "mapping:harm_pattern",
     "every few weeks since easter: 5 times we know of, mostly after payday, the last on 30 "
     "oct, and its getting more often"),
    ("teacher", "mapping:harm_impact",
     "the 6 year old has started hitting her sister and screaming at bedtime, and told me "
     "'i hate being at home'"),
    ("sw_uk", "mapping:danger_behaviour",
     "dad drinks vodka most evenings, shouts at mum and has twice shoved her into the wall with "
     "the kids in the room"),
    ("sw_au", "mapping:danger_impact",
     "the baby could be shaken or dropped when dad loses his temper, and the older two could "
     "get hit trying to stop him"),
    ("sw_uk", "mapping:danger_statement",
     "the social worker and the school are worried that mum will leave the kids (3 and 5) "
     "alone at night again while she goes out, and they could get hurt or start a fire"),
    ("sw_uk", "mapping:family_view",
     "mum says 'we have rows like anyone, the kids are never in the room' and dad agrees with "
     "her"),
    ("sw_uk", "mapping:complicating",
     "they are 800 pounds behind on rent, both bedrooms have damp and mum has been low since "
     "the baby"),
    # ---- mapping: what needs to happen ----
    ("sw_uk", "mapping:goal_doing",
     "dad will leave the house and go to his brothers when an argument starts, and not come "
     "back until he is calm"),
    ("sw_na", "mapping:goal_child",
     "she will have her dinner at the same time each night and be in bed by 8 with a story"),
    ("sw_uk", "mapping:safety_goal",
     "mum will keep dad out of the house and ring the police if he turns up, so the kids are "
     "not hit or frightened again; nan and the school will see this every week until the "
     "summer"),
    ("sw_nz", "mapping:next_steps",
     "the social worker will ring nan on mon to set up a whanau hui at her house on sat 14th"),
    ("sw_uk", "mapping:first_sign",
     "mum answering the door the first time i knock and letting me see the babys room"),
    ("sw_uk", "mapping:grey_areas",
     "we dont know who the man is that mum says stays over, or if he is the one the "
     "neighbours saw shouting at the kids"),
    # ---- mapping: what's working well ----
    ("sw_na", "mapping:strengths",
     "mom makes them breakfast every morning and sits with them to read after school"),
    ("sw_uk", "mapping:existing_safety",
     "last sat when dad came round drunk, mum didnt open the door, rang 999 and kept the kids "
     "in their room"),
    ("sw_au", "mapping:trusted_adults",
     "grandad: picks the kids up from kindy every mon and thurs and will text the social "
     "worker if mum seems drunk"),
    # ---- mapping: scale and the child ----
    ("sw_uk", "mapping:danger_scale_why",
     "4 because he moved back in with mum this week, though he has not had a drink since his "
     "court date"),
    ("sw_uk", "mapping:safety_scale_why",
     "6 because the police have not been called since august and the kids have been in "
     "school every day"),
    ("child", "mapping:house_worries",
     "'when dad is angry he punches the wall and i hide in the wardrobe'"),
    ("child", "mapping:house_dreams",
     "'i want dad to come and watch my football on saturdays'"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "dad shouts and swears at the kids when they are noisy, and last month threw his plate at "
     "the wall next to them"),
    ("sw_uk", "harm_matrix:harm_impact",
     "at 2 she says about 5 words, flinches when an adult lifts a hand and rocks herself to "
     "sleep"),
    ("sw_uk", "harm_matrix:harm_worst",
     "in may 2023 dad strangled mum until she passed out on the bathroom floor while the kids "
     "were in the bath"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum has had postnatal depression since the baby was born and some days cannot get up; "
     "dad uses cocaine at weekends"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad said 'yes i smacked him, but he was being cheeky and i only used my hand'"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "3 because mum let him back in on friday even though he hit her in front of the baby last "
     "month"),
    ("sw_uk", "harm_matrix:child_vulnerability",
     "he is 3, cant talk yet, and nobody outside the family has seen him since he stopped "
     "going to nursery"),
    ("sw_uk", "harm_matrix:danger_statement",
     "the social worker is worried that dad will hit the baby again when she cries at night, "
     "and she could be badly hurt or killed"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'mum cries in the bath and wont come out'"),
    ("child", "three_houses:house_good",
     "'nana makes pancakes on sundays and lets me flip them'"),
    ("child", "three_houses:house_dreams",
     "'for mum and dad to talk nicely and not slam the doors'"),
    ("sw_uk", "three_houses:worker_noticed",
     "she drew dad much bigger than everyone else, coloured his hands black, then scribbled "
     "over him"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "the kids have had headlice for 3 months, wear the same clothes all week and there is dog "
     "mess on the kitchen floor"),
    ("eh", "wellbeing:worry_impact",
     "he could get ill from the mould in his room and be picked on for smelling at school, he "
     "already eats lunch on his own"),
    ("eh", "wellbeing:worry_statement",
     "the school and the family support worker are worried that the kids keep missing school "
     "because mum cant get up, and they could fall behind and lose their friends"),
    ("eh", "wellbeing:family_view",
     "mum said 'i know the house is a mess but i cant do it all on my own' and asked for help "
     "with the garden"),
    ("eh", "wellbeing:goal_doing",
     "mum will wash the kids uniforms twice a week and hoover their bedrooms every saturday"),
    ("hv", "wellbeing:unmet_needs",
     "someone to check he brushes his teeth and to take him to the dentist, he has 4 rotten "
     "teeth"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "5 because the house is cleaner but he still missed 3 days of school last week"),
    # ---- success ----
    ("pa", "success:vision",
     "'a house by the sea and a job fixing bikes'"),
    ("pa", "success:others_worried",
     "his foster carer has seen him get into a black car with two older men after college "
     "three times this month"),
    ("pa", "success:success_goal",
     "she will be living in her own flat and paying her rent and bills on time each month"),
    ("pa", "success:goal_support",
     "her foster carer will drive her to the job centre every thursday and help her fill in "
     "the forms"),
    ("pa", "success:goal_first_step",
     "he will ring the college with his personal adviser on mon 8th to ask about the motor "
     "vehicle course"),
    ("pa", "success:success_scale_why",
     "7 because she has kept her flat for 4 months and paid every bill"),
    # ---- contextual ----
    ("police", "contextual:harm_outside",
     "since june a man of about 25 has been picking her up from school and giving her vodka; "
     "on 3 nov she was found at his flat at 2am"),
    ("yw", "contextual:harm_signs",
     "he has cut his hair short, stopped going to football and told his sister 'i owe them "
     "money'"),
    ("yw", "contextual:peer_worries",
     "she spends every evening at the bus station with 4 lads who have been arrested for "
     "robbery"),
    ("dsl", "contextual:school_worries",
     "he has been in school 2 days out of 10 since half term and walked out of maths twice "
     "this week"),
    ("dsl", "contextual:online_worries",
     "he plays fortnite till 3am with adults he doesnt know and one has sent him 50 pounds"),
    ("yw", "contextual:area_worries",
     "the underpass by the station, where older lads sell weed and have taken his phone twice"),
    ("yw", "contextual:safety_scale_why",
     "3 because he went missing for 2 nights last weekend and came back with a cut on his hand "
     "he wont explain"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "nothing new since last month except mum missed the babys 6 week check on the 12th"),
    ("sw_uk", "supervision:child_words",
     "'i want to go home to mummy, i miss my cat'"),
    ("sw_uk", "supervision:needs",
     "i will ask my manager on friday for a parenting assessment and ring the GP for mums "
     "records by wednesday"),
    ("sw_uk", "supervision:my_scale_why",
     "2 because the baby has a burn on his arm and mum and dad tell different stories about "
     "it"),
    ("sw_uk", "supervision:difference",
     "mum now answers my calls and took the kids to the dentist on her own for the first time"),
    ("sw_au", "supervision:what_worked",
     "i sat on the floor and played lego with the kids while mum talked, and left my folder in "
     "the car"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "he told me 'daddy pushed mummy down and she cried' and he had a bruise on his cheek this "
     "morning"),
    ("teacher", "reflection:going_well",
     "his gran brings him in every morning with his reading book done and stays to chat to me"),
    ("teacher", "reflection:needs_to_happen",
     "i will tell our safeguarding lead at break today and she will ring childrens services "
     "before 3"),
    ("teacher", "reflection:worry_scale_why",
     "5 because she has been late every day this week and said mum was 'sleeping on the sofa "
     "again'"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "mum has missed the babys last 3 appointments (4 sept, 2 oct, 6 nov) and the baby has not "
     "had her 12 week jabs"),
    ("police", "contribution:worries",
     "we have been called to the flat 6 times since may, the last on 1 dec when mum had a cut "
     "lip and the kids were crying in the hall"),
    ("hv", "contribution:working_well",
     "mum held the baby close and talked to her all through the feed, and knew when she was "
     "tired"),
    ("teacher", "contribution:needs_to_happen",
     "his class teacher will write down anything he says about home and give it to me each "
     "friday"),
    ("teacher", "contribution:child_said",
     "'dad said if i tell anyone he will send me away'"),
    ("hv", "contribution:partner_scale_why",
     "7 because the baby has gained weight every week since september and mum rings us when "
     "she is worried"),
)


# Two sound lines, written blind, asked as the project means (DOMAIN.md, "Who is the subject of
# a goal"): a safety goal that asks only the parent being harmed to act is asked what the
# person causing the harm will do, and "mum let him back in" is asked for his actions, not her
# failings.
LEFT_FLAGGED: frozenset[str] = frozenset(
    line for _, _, line in SET_AH_SOUND if line.startswith(("mum will keep dad out",
                                                            "3 because mum let him back")))


def _asked_of_the_harm(case: Case, reply: str) -> bool:
    return "person causing the harm" in reply or "not her failings" in reply


globals().update(review_tests(rows_set(
    "AH", SET_AH_FLAWED, SET_AH_SOUND, asked=asked_s, fits=_fits_ah,
    left_flagged=LEFT_FLAGGED, flagged_as=_asked_of_the_harm, flagged_size=2,
    sizes=(70, 70), paired=True)))


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "danger_scale_why", "5 - difficult to tell at this stage", "number|seen"),
    ("harm_matrix", "harm_scale_why", "4, its still a real concern", "number|seen"),
    ("contribution", "partner_scale_why", "6 - nothing to report from a school point of view",
     "number|seen"),
    ("supervision", "my_scale_why", "3 honestly could go either way", "number|seen"),
    ("reflection", "worry_scale_why", "2 - pure instinct", "number|seen"),
    ("three_houses", "house_worries", "'i dont feel emotionally supported by mum'", "words"),
    ("mapping", "house_dreams", "'more quality time with dad'", "words"),
    ("wellbeing", "house_worries", "'i worry about mums mental health'", "words"),
    ("mapping", "goal_child", "he will have structure and consistency", "goal|seen"),
    ("success", "goal_support", "friends and family", "who_when"),
    ("mapping", "trusted_adults", "extended family", "who_when|seen"),
    ("supervision", "difference", "mum is in a far better place now", "seen|impact"),
    ("wellbeing", "worry_impact", "things could go downhill fast", "impact|danger"),
    ("mapping", "danger_impact", "it could all spiral out of control", "impact|danger"),
    ("harm_matrix", "harm_frequency", "it comes and goes in waves", "seen"),
    ("mapping", "harm_pattern", "on and off, in fits and starts", "seen|period"),
    ("wellbeing", "unmet_needs", "a little more love and attention", "seen"),
    ("harm_matrix", "child_vulnerability", "vulnerable due to her age and additional needs",
     "seen"),
    ("mapping", "recent_harm", "apparently there was a fight at the weekend", "seen"),
    ("contribution", "worries", "police were called again last night", "seen"),
    ("wellbeing", "family_view", "dad just doesnt get it", "words|seen"),
    ("mapping", "family_view", "mum isnt really on board", "words|seen"),
    ("contextual", "harm_signs", "shes been off with her mum and staff", "seen"),
    ("contextual", "area_worries", "sketchy places near the station", "seen"),
    ("reflection", "what_happened", "some worries about the kids", "seen"),
    ("contribution", "worries", "this family is on the police radar", "seen"),
    ("mapping", "grey_areas", "lots we dont know", "seen"),
    ("contextual", "peer_worries", "knocking about with a rough crowd", "seen|harmer"),
    ("success", "vision", "to contribute to society", "words"),
    ("wellbeing", "worry_statement", "school are worried that the kids keep coming in late",
     "danger|seen"),
]
HELD_OUT_SOUND: list[Case] = [
    ("mapping", "danger_scale_why",
     "5 - hard to say because mum has only been back home 2 days"),
    ("supervision", "my_scale_why",
     "3, could go either way: he is due out of prison on fri and has her address"),
    ("three_houses", "house_worries", "'mum and dad shout and i put my pillow on my head'"),
    ("success", "goal_support",
     "her aunty will take her to the bank on sat and help set up her account"),
    ("mapping", "trusted_adults",
     "uncle P: has the boys every other weekend and will call the social worker if dad turns "
     "up drunk"),
    ("supervision", "difference",
     "mum has been up and dressed every morning and the kids are on time"),
    ("wellbeing", "worry_impact",
     "he could get so far behind he has to repeat the year, and he already says he is stupid"),
    ("harm_matrix", "harm_frequency",
     "about once a fortnight since july, always after dad has been to the pub, last on the 3rd"),
    ("wellbeing", "unmet_needs",
     "someone to sit with her at bedtime and read, she is scared of the dark"),
    ("mapping", "recent_harm",
     "sun 10th dad punched the door and then grabbed mum by the hair in front of the twins"),
    ("wellbeing", "family_view",
     "dad said 'i dont get why you are here, the kids are fine' and left the room"),
    ("contextual", "area_worries",
     "the car park behind the chippy, where men in a white van give girls vodka"),
    ("mapping", "grey_areas", "we dont know if dad is still using, his last test was in june"),
    ("wellbeing", "worry_statement",
     "the school nurse and mum are worried that the kids keep going to bed at 2am, and they "
     "could fall asleep in class and lose their place on the team"),
    ("contextual", "peer_worries",
     "he is out every night with 3 lads from the estate who have been done for robbery"),
]

# Held-out lines the fixes did not reach, left as they were (not tuned to after the run): a
# stance in other words ("difficult to tell at this stage", "honestly could go either way",
# "pure instinct", "nothing to report from a school point of view", asked what the services
# did), "emotionally supported" in a child's "I", a turn for the worse with a word after
# ("go downhill fast", "it could all spiral"), "comes and goes in waves", "there was a fight"
# heard of, and "isnt really on board". The two sound ones asked: "is still using" (asked
# using what, as before) and a worry statement's "the kids keep going to bed at 2am" ("going"
# is read as how someone is getting on, not what they do).
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "5 - difficult to tell at this stage",
    "6 - nothing to report from a school point of view",
    "3 honestly could go either way",
    "2 - pure instinct",
    "'i dont feel emotionally supported by mum'",
    "things could go downhill fast",
    "it could all spiral out of control",
    "it comes and goes in waves",
    "apparently there was a fight at the weekend",
    "mum isnt really on board",
})
HELD_OUT_SOUND_ASKED: frozenset[str] = frozenset({
    "we dont know if dad is still using, his last test was in june",
    "the school nurse and mum are worried that the kids keep going to bed at 2am, and they "
    "could fall asleep in class and lose their place on the team",
})


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"),
                         [c for c in HELD_OUT_FLAWED if c[2] not in HELD_OUT_MISSED])
def test_a_held_out_flawed_variant_is_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ah(want, reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [c for c in HELD_OUT_SOUND if c[2] not in HELD_OUT_SOUND_ASKED])
def test_a_held_out_sound_variant_is_let_through(flow_id: str, step_id: str,
                                                  line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED
    assert {line for _, _, line in HELD_OUT_SOUND} >= HELD_OUT_SOUND_ASKED
