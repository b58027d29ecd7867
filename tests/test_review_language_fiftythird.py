"""Set AM: a blind wording review of every tool, social workers, teachers, health visitors,
police and children (pass 53).

Written after reading set AL's file only (its shape, the runner, what it covered and what it
left), before reading any rule in flows/checks or the bot's nudges: 70 flawed lines and 70
sound ones, each pair at one question, in the voices of social workers (English, Scottish,
Irish, Australian, New Zealand, Canadian, American), teachers and a school's safeguarding
lead, health visitors, a GP, police, youth workers, a personal adviser, early help, a foster
carer and children's own words as a worker records them. Each row: (voice, "tool:question",
line), a flawed one also what a practice lead would expect asked back (the kinds `_fits_al`
reads). New ground against set AL: questions no set has reached much (what makes a young
person easier to target, their friends, places and phone, school, what a young person wants
to get done, what helps, what worries them, what the child needs that isn't happening, what
makes things harder, what worked in supervision), and set AL's leftovers in other words: a
pair of troubles by "-ity" nouns ("dad's instability and mum's passivity", "financial
instability"), beside a sound line with "a learning disability"; a home praised as a kind ("a
loving, close-knit family"); a harm's verb with a group and no act ("a gang is exploiting
him", "adults are taking advantage of her"); anyone "doing fine" by two words ("the wee
one"); a child's "intoxicated" and "unsafe"; a frequency that depends on a mood; a goal of
"engagement"; a harm "again" after its verb ("targeted again by them"). Committed (050f5e1c)
before anything was run on it.

Blind, on the code as it was (main at 7730a465), as written: flawed asked 53/70, 50 with a
question that fits (as `_fits_am` reads them); sound asked 0/70. Let through, each a kind: a
trait owned by "-ity" ("dad's instability and mum's passivity"); a group said to exploit or
take advantage, and no more ("a gang is exploiting him", "adults are taking advantage of
her"); "good coping strategies"; "coming on leaps and bounds"; a scale's reason of someone by
two words ("the wee one seems to be doing fine") or of a feeling and a stage ("feels a bit
better but early days"); "a bit lower" for whether the number moved; how often that "depends
on his mood"; harms to come "placed at further risk" or "targeted again by them"; "she will
feel safe in her community"; a child's "anger issues", "intoxicated", "domestics", "achieve my
goals", and "he has said ..." at what the child said. Asked, not as it fits: "as long as the
whanau needs us" (asked what happened, not how long), "he will show more engagement with his
education" (asked what was offered, not as a goal), and "negative peer influences" (asked who
these people are and what they do: a question that fits, read by `_fits_al` as blame's by its
example line; `_fits_am` reads it as asking what was seen).

Fitted: flawed 70/70 asked, each with a question that fits; sound 0/70 asked. The rules, each
for its class (see the CHANGELOG): labels' "a group exploiting them", "a trait owned" (its
"-ity" noun from a word of what someone is like, not a condition or a part of who they are:
"disability", "sexuality", "responsibilities", "personality" are left) and "coping
strategies"; `plain_language._GOING_WELL_ALONE` ("coming on"), `_NOTHING_HEARD` (someone by a
few words "seems to be doing fine"; a feeling of better and a stage), `_OPEN_END` ("as long as
the whanau needs us"), `_ONE_OFTEN` and `_HOW_OFTEN_ONLY` ("depends on his mood", a second
hedge), `_HOW_SO` and `_SUFFERS_ONLY` ("again", "by them", "placed at further risk"), `_A_STATE`
(engagement, motivation or commitment shown), `_STATE_TO_COME` ("in her community"),
`_QUALITY` (a home turned towards the family or the child); `nudges._MOVED_ONLY` ("a bit
lower"), `_FRAMED` ("he has said he ...", not "K has said sorry") and `_SAID_BY_THE_WORK`.
Set AL's three lines left and its five held-out misses are asked too, each fittingly. Each
corpus file (tests/language, 82 files, each as its kind) through `language-check` before
(7730a465) and after: the same output to the byte.

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other words
and not tuned to after: flawed asked with a question that fits 9/30 before (7730a465) and 27/30
after; sound let through 15/15 before and after (`HELD_OUT_MISSED` says which were not
reached).
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_fiftyfirst import asked_ak
from test_review_language_fiftysecond import HELD_OUT_FLAWED as AL_HELD_OUT_FLAWED
from test_review_language_fiftysecond import HELD_OUT_MISSED as AL_HELD_OUT_MISSED
from test_review_language_fiftysecond import SET_AL_FLAWED, _fits_al

from flows.checks.plain_language import find_wording
from flows.checks.words import load_word_list

SET_AM_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("child", "mapping:house_worries",
     "'i'm scared of dads anger issues'", "words"),
    ("sw_ie", "mapping:worst_harm",
     "the children were exposed to a significant incident of domestic abuse", "seen"),
    ("police", "mapping:recent_harm",
     "attended re domestic, DASH completed, graded medium", "seen|spell"),
    ("sw_scot", "mapping:harm_pattern",
     "it's been escalating", "seen|period"),
    ("hv", "mapping:harm_impact",
     "the baby's development is being impacted", "seen|impact"),
    ("sw_uk", "mapping:danger_behaviour",
     "dad's instability and mum's passivity", "seen"),
    ("sw_au", "mapping:danger_impact",
     "the kids may be placed at further risk", "impact|danger"),
    ("sw_uk", "mapping:goal_doing",
     "mum will demonstrate insight into the impact of her drinking", "goal"),
    ("sw_nz", "mapping:goal_how_long",
     "as long as the whanau needs us", "period"),
    ("sw_uk", "mapping:strengths",
     "a loving, close-knit family", "seen"),
    ("sw_uk", "mapping:existing_safety",
     "mum has shown protective capacity at times", "seen|safety"),
    ("sw_us", "mapping:next_steps",
     "CPS to f/u and monitor", "who_when|spell"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "dad has a history of violence and is a high risk perpetrator", "seen"),
    ("teacher", "harm_matrix:harm_impact",
     "it's had a massive impact on his emotional wellbeing", "seen|impact"),
    ("sw_uk", "harm_matrix:harm_worst",
     "a significant non-accidental injury", "seen"),
    ("sw_ca", "harm_matrix:harm_frequency",
     "depends on his mood, couldn't say really", "seen|period"),
    ("sw_uk", "harm_matrix:harm_history",
     "historic concerns going back years", "seen|period"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "parental capacity and the chaotic lifestyle", "seen"),
    ("sw_uk", "harm_matrix:child_vulnerability",
     "she is a vulnerable young person with complex needs", "seen"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'mummy gets intoxicated and i feel unsafe'", "words"),
    ("child", "three_houses:house_good",
     "'my carers meet all my needs'", "words"),
    ("child", "three_houses:house_dreams",
     "'i want to have a positive relationship with my dad'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "he presented as hypervigilant and dysregulated", "seen"),
    ("child", "three_houses:house_worries",
     "'when mum and her boyfriend have domestics'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "she seemed withdrawn and low in mood throughout", "seen"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "poor routines and lack of boundaries", "seen"),
    ("hv", "wellbeing:worry_impact",
     "her development may be affected", "impact|danger"),
    ("eh", "wellbeing:family_view",
     "dad was dismissive and minimised the concerns", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "mum will engage with services and prioritise the children's needs", "goal"),
    ("eh", "wellbeing:goal_child",
     "J will feel nurtured and secure at home", "goal|seen"),
    ("hv", "wellbeing:unmet_needs",
     "his emotional needs", "seen"),
    ("eh", "wellbeing:harder",
     "financial instability and poor mental health", "seen"),
    ("eh", "wellbeing:strengths",
     "mum is a good mum who clearly loves her kids", "seen"),
    ("eh", "wellbeing:coped",
     "they have good coping strategies", "seen"),
    ("eh", "wellbeing:next_steps",
     "TAF to be convened", "who_when|spell"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6, feels a bit better but early days", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "'to be independent and achieve my goals'", "words"),
    ("pa", "success:own_goals",
     "improve her independent living skills", "words|goal"),
    ("pa", "success:what_helps",
     "good support network", "seen"),
    ("pa", "success:their_worries",
     "she worries about transitions and lacks resilience", "words"),
    ("pa", "success:success_goal",
     "he will show more engagement with his education", "goal"),
    ("pa", "success:goal_first_step",
     "explore options re supported accommodation", "who_when"),
    ("pa", "success:success_scale_why",
     "5 - doing alright i think", "number|seen"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "a gang is exploiting him", "seen"),
    ("police", "contextual:harm_signs",
     "indicators of CCE present", "seen|spell"),
    ("sw_uk", "contextual:yp_worries",
     "she's vulnerable due to her ACEs", "seen|spell"),
    ("yw", "contextual:peer_worries",
     "negative peer influences", "seen"),
    ("teacher", "contextual:online_worries",
     "inappropriate online contact", "seen"),
    ("police", "contextual:area_worries",
     "known hotspot areas", "seen"),
    ("sw_uk", "contextual:danger_behaviour",
     "adults are taking advantage of her", "seen"),
    ("sw_uk", "contextual:danger_impact",
     "he could be targeted again by them", "impact|danger"),
    ("sw_uk", "contextual:goal_family",
     "mum will be more protective and consistent", "goal"),
    ("sw_uk", "contextual:goal_child",
     "she will feel safe in her community", "goal|seen"),
    ("teacher", "contextual:school_worries",
     "attendance is a concern", "seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "ongoing concerns re neglect and DA", "seen|spell"),
    ("sw_uk", "supervision:child_words",
     "he has said he feels unsafe at home", "words"),
    ("sw_uk", "supervision:child_seen",
     "baby appears to have an insecure attachment", "seen"),
    ("sw_uk", "supervision:needs",
     "ongoing assessment and monitoring", "who_when"),
    ("sw_uk", "supervision:goal_doing",
     "dad will address his anger", "goal"),
    ("sw_uk", "supervision:scale_moved",
     "a bit lower", "seen|number"),
    ("sw_uk", "supervision:what_worked",
     "building a relationship with mum", "seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "concerns about possible neglect", "seen"),
    ("teacher", "reflection:going_well",
     "she is a bright, bubbly girl", "seen"),
    ("dsl", "reflection:needs_to_happen",
     "a referral needs to be made", "who_when"),
    ("teacher", "reflection:worry_scale_why",
     "4 - just a feeling to be honest", "number|seen"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "mum lacks insight and isn't engaging", "seen"),
    ("fc", "contribution:working_well",
     "he's coming on leaps and bounds", "seen"),
    ("police", "contribution:needs_to_happen",
     "partnership working and information sharing", "who_when"),
    ("gp", "contribution:partner_scale_why",
     "8, the wee one seems to be doing fine", "number|seen"),
    ("teacher", "contribution:child_said",
     "he disclosed historic sexual abuse", "words"),
)

SET_AM_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("child", "mapping:house_worries",
     "'when dad goes red and slams the door i hide in the wardrobe'"),
    ("sw_ie", "mapping:worst_harm",
     "on 3 march dad held a kitchen knife to mum's throat in the kitchen while the boys (6 and "
     "9) watched from the stairs"),
    ("police", "mapping:recent_harm",
     "at 1am on sunday we found mum with a swollen eye; she said he headbutted her next to the "
     "baby's cot"),
    ("sw_scot", "mapping:harm_pattern",
     "shouting since last winter; since may he has hit her three times, the last on 2 july, "
     "when she needed stitches"),
    ("hv", "mapping:harm_impact",
     "she isn't sitting up at 9 months, flinches when dad raises his voice and has stopped "
     "babbling"),
    ("sw_uk", "mapping:danger_behaviour",
     "dad smashes the tv and the windows when he's been drinking, and mum stays in the room "
     "with the kids instead of taking them upstairs"),
    ("sw_au", "mapping:danger_impact",
     "the kids could be cut by flying glass or hurt trying to stop dad hitting mum"),
    ("sw_uk", "mapping:goal_doing",
     "mum will not drink while the kids are in her care, and will ring her sister to come over "
     "if she has had a drink"),
    ("sw_nz", "mapping:goal_how_long",
     "six months, through christmas and her birthday in february when things went wrong "
     "before"),
    ("sw_uk", "mapping:strengths",
     "grandad takes the boys fishing every sunday and they come home talking about it all "
     "week"),
    ("sw_uk", "mapping:existing_safety",
     "when dad came home drunk on 12 may, mum took the kids to her friend's flat and rang "
     "101"),
    ("sw_us", "mapping:next_steps",
     "i will call dad's probation officer by friday 14th and ask whether he has kept his "
     "curfew"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "dad has kicked mum in the stomach twice while she was pregnant and threw a bottle at "
     "her last week with the baby in her arms"),
    ("teacher", "harm_matrix:harm_impact",
     "he's stopped eating his lunch, sits alone at break and told me 'i don't want to go home "
     "tonight'"),
    ("sw_uk", "harm_matrix:harm_worst",
     "at 8 weeks she had two broken ribs and a bruise on her ear; dad said he squeezed her to "
     "stop her crying"),
    ("sw_ca", "harm_matrix:harm_frequency",
     "about once a fortnight, mostly the weekend he gets paid; the last time was saturday the "
     "9th, and it's been more often since june"),
    ("sw_uk", "harm_matrix:harm_history",
     "since 2020; the nursery first rang us when she came in with a burn on her hand at age "
     "3"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum works nights, so the 12 yr old is left with the baby until 7am, and dad's brother "
     "still visits"),
    ("sw_uk", "harm_matrix:child_vulnerability",
     "she has a learning disability and can't read, so she can't text anyone for help when "
     "dad hits her"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'mummy drinks the wine and falls asleep and i cant wake her up'"),
    ("child", "three_houses:house_good",
     "'my carer makes pancakes on sundays and lets me have my light on'"),
    ("child", "three_houses:house_dreams",
     "'i want my dad to come to my football matches and not shout'"),
    ("sw_uk", "three_houses:worker_noticed",
     "he jumped every time a door banged and ran round the room for the first ten minutes"),
    ("child", "three_houses:house_worries",
     "'when mum's boyfriend shouts and pushes her into the wall'"),
    ("sw_uk", "three_houses:worker_noticed",
     "she kept her head down, answered in one word and drew only in black"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "the kids are up past midnight on their phones and the 8 yr old has been late for school "
     "11 times this term"),
    ("hv", "wellbeing:worry_impact",
     "she could start school not talking in sentences and fall further behind the other "
     "children"),
    ("eh", "wellbeing:family_view",
     "dad said 'they're kids, they'll go to bed when they're tired', and mum said she'd like "
     "help with bedtimes"),
    ("eh", "wellbeing:goal_doing",
     "mum will walk the kids to school for 8.45 every day and sign them in herself if they're "
     "late"),
    ("eh", "wellbeing:goal_child",
     "J will have his tea at the table with mum at 5 every night and a story before bed"),
    ("hv", "wellbeing:unmet_needs",
     "a dentist: he has had toothache since october and has never been registered"),
    ("eh", "wellbeing:harder",
     "dad lost his job in august, they owe 2 months' rent and mum hasn't left the flat since "
     "the baby came"),
    ("eh", "wellbeing:strengths",
     "mum brushes both girls' hair every morning and has got them to school on time every day "
     "since easter"),
    ("eh", "wellbeing:coped",
     "when dad was in hospital last year, nan moved in for a month and mum kept every "
     "appointment"),
    ("eh", "wellbeing:next_steps",
     "i'll book the first family meeting at school for tues 20th at 3 and send the letter home "
     "today"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 because the kids have been in school every day for 3 weeks, but there's still no food "
     "in the fridge on fridays"),
    # ---- success ----
    ("pa", "success:vision",
     "'to be a mechanic and live with my girlfriend near the sea'"),
    ("pa", "success:own_goals",
     "'pass my driving theory test and learn to cook three meals'"),
    ("pa", "success:what_helps",
     "her aunt rings her every sunday and her boss lets her swap shifts for college"),
    ("pa", "success:their_worries",
     "'running out of money before my next payment and being on my own at christmas'"),
    ("pa", "success:success_goal",
     "he will be at college by 9.30 four days a week and hand his assignments in by the "
     "deadline"),
    ("pa", "success:goal_first_step",
     "i'll go with her to the housing office on tuesday at 10 to fill in the form"),
    ("pa", "success:success_scale_why",
     "5 because he's paid his rent for 2 months but was arrested on the 3rd for shoplifting"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "since august three lads in a black car have given him a phone and sent him to sell weed "
     "in the next town on school nights"),
    ("police", "contextual:harm_signs",
     "he has a new phone he won't explain, got 40 texts in an hour on saturday and said 'i owe "
     "them'"),
    ("sw_uk", "contextual:yp_worries",
     "she is 14, has just moved here, has no friends at school and wants older lads to like "
     "her"),
    ("yw", "contextual:peer_worries",
     "his two best mates were arrested for carrying knives last month and he goes to their "
     "flat every night"),
    ("teacher", "contextual:online_worries",
     "a man she's never met sends her money on snapchat and has asked for photos of her in "
     "the bath"),
    ("police", "contextual:area_worries",
     "the underpass by the station after dark, where men sell drugs to teenagers; she was "
     "offered a lift there on friday"),
    ("sw_uk", "contextual:danger_behaviour",
     "a 30 year old man gives her cannabis and takes her to parties at his flat where men "
     "have sex with her"),
    ("sw_uk", "contextual:danger_impact",
     "he could be stabbed, arrested for carrying drugs or kept in a flat in another town"),
    ("sw_uk", "contextual:goal_family",
     "mum will text him at 9 every night, pick him up from wherever he is, and report him "
     "missing if he isn't home by 10"),
    ("sw_uk", "contextual:goal_child",
     "she will walk to college with her friend every day and not be collected by anyone in a "
     "car"),
    ("teacher", "contextual:school_worries",
     "she has missed every friday since half term and was seen getting into a car at the "
     "school gate on tuesday"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "the 4 yr old has come to nursery in the same nappy three days running and dad punched "
     "mum in front of her last week"),
    ("sw_uk", "supervision:child_words",
     "'i don't like it when dad comes home because he hits mummy and breaks my toys'"),
    ("sw_uk", "supervision:child_seen",
     "the baby doesn't look at mum when she talks to him and stops crying only when i pick "
     "him up"),
    ("sw_uk", "supervision:needs",
     "i'll visit every monday after school and the health visitor will weigh the baby every "
     "two weeks until march"),
    ("sw_uk", "supervision:goal_doing",
     "dad will leave the house and walk round the block when he starts shouting, and won't "
     "come back until he's calm"),
    ("sw_uk", "supervision:scale_moved",
     "down from 5 to 3 since the police were called on the 2nd and mum let dad back in"),
    ("sw_uk", "supervision:what_worked",
     "meeting mum at the cafe instead of at home: she talked for the first time about what dad "
     "does when he's drunk"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "K has come in without a coat every day this week in the snow and took food out of the "
     "bin at lunch"),
    ("teacher", "reflection:going_well",
     "she reads to the younger ones every break and her nan comes to every parents' evening"),
    ("dsl", "reflection:needs_to_happen",
     "i'll ring children's services by 3 today and tell K's class teacher before home time"),
    ("teacher", "reflection:worry_scale_why",
     "4 because he's had two bruises on his neck this month and said 'dad gets angry'"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "mum has missed the last 3 visits and the baby has lost 200g since the last weigh in"),
    ("fc", "contribution:working_well",
     "he's been dry at night since october and reads his school book with me every evening"),
    ("police", "contribution:needs_to_happen",
     "i will send the social worker the last 3 call-out reports by wednesday"),
    ("gp", "contribution:partner_scale_why",
     "8 because she's had every vaccination and mum rang us straight away when she had a "
     "fever"),
    ("teacher", "contribution:child_said",
     "'my uncle touches my willy when mummy goes to work and says it's our secret'"),
)



def _fits_am(want: str, reply: str) -> bool:
    """Set AL's `_fits_al`, reading the question a word of the people around a young person
    asks ("Who are these people, what do they do with the young person, and where?") as
    asking what was seen, as its opening says ("A few words about what was actually seen or
    heard"), though its example line ("Men in their twenties ...") is read as blame's."""
    if "Who are these people, what do they do with the young person" in reply:
        return "seen" in want.split("|")
    return _fits_al(want, reply)


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "danger_behaviour", "mum's impulsivity and dad's hostility", "seen"),
    ("harm_matrix", "harm_complicating", "parental instability and unpredictability", "seen"),
    ("contextual", "harm_outside", "older boys are using him", "seen"),
    ("contextual", "danger_behaviour", "a group of men are targeting her", "seen"),
    ("wellbeing", "coped", "the family has strong coping mechanisms", "seen"),
    ("wellbeing", "strengths", "a really child-focused family", "seen"),
    ("contribution", "working_well", "she's come on really well", "seen"),
    ("reflection", "worry_scale_why", "6 - seems to be coping ok", "number|seen"),
    ("success", "success_scale_why", "7, feels more positive, small steps", "number|seen"),
    ("supervision", "goal_how_long", "as long as the kids need us", "period"),
    ("harm_matrix", "harm_frequency", "depends on her moods tbh", "seen|period"),
    ("mapping", "danger_impact", "she could be harmed again by them", "impact|danger"),
    ("supervision", "danger_impact", "the baby may be put at increased risk", "impact|danger"),
    ("success", "success_goal", "she will show more motivation towards her studies", "goal"),
    ("mapping", "goal_child", "the boys will feel secure in their local area", "goal|seen"),
    ("supervision", "scale_moved", "slightly higher", "seen|number"),
    ("supervision", "child_words", "she has told me she feels scared of dad", "words"),
    ("three_houses", "house_worries", "'when mummy has alcohol issues'", "words"),
    ("mapping", "house_worries", "'dad comes home inebriated'", "words"),
    ("success", "vision", "'to fulfil my ambitions'", "words"),
    ("wellbeing", "house_worries", "'mum and dad having domestics'", "words"),
    ("contextual", "yp_worries", "her immaturity", "seen"),
    ("wellbeing", "worry_what", "dad's negativity towards the kids", "seen"),
    ("contextual", "peer_worries", "some lads are manipulating him", "seen"),
    ("mapping", "strengths", "a caring, family-focused home", "seen"),
    ("contribution", "partner_scale_why", "5 - the twins seem to be doing fine", "number|seen"),
    ("mapping", "harm_pattern", "it depends on the day", "seen|period"),
    ("contextual", "danger_impact", "he may be exploited again", "impact|danger"),
    ("wellbeing", "goal_doing", "mum will show more willingness to work with us", "goal"),
    ("three_houses", "worker_noticed", "his volatility throughout the session", "seen"),
]
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("harm_matrix", "child_vulnerability",
     "he has a physical disability and can't get down the stairs on his own if there's a fire"),
    ("mapping", "complicating",
     "dad's disability means he can't drive, so the kids miss clinic when mum is ill"),
    ("contextual", "harm_outside",
     "since june two older boys have made him carry a knife and hold drugs in his bag after "
     "school"),
    ("wellbeing", "coped",
     "when mum was made homeless in 2021 she rang her sister, who had the kids for six weeks"),
    ("mapping", "strengths", "mum plays football with the boys in the park every saturday morning"),
    ("reflection", "worry_scale_why",
     "6 because he has had breakfast club every day this term and his uniform is clean"),
    ("supervision", "goal_how_long", "nine months, until after her first birthday"),
    ("harm_matrix", "harm_frequency",
     "most friday nights since march, when dad gets paid; the last was on the 8th"),
    ("contextual", "danger_impact", "he could be stabbed, or arrested carrying their drugs"),
    ("success", "success_goal",
     "she will go to every maths lesson and hand in her homework each friday"),
    ("supervision", "scale_moved",
     "down from 6 to 4 since mum's new partner moved in and the baby came to clinic with a "
     "bruise"),
    ("three_houses", "house_worries", "'when dad drinks the beer and shouts at mummy'"),
    ("contextual", "yp_worries",
     "she is 13, has no phone credit and will go with anyone who buys her food"),
    ("supervision", "child_words", "'i like it when nan picks me up from school'"),
    ("wellbeing", "strengths",
     "the family eat together at the table every night and the kids help cook on sundays"),
]

# Held-out lines the fixes did not reach, left as they were (not tuned to after the run): a
# trait named with no one who owns it ("parental instability": the rule reads a trait said of
# someone), a home praised by a word the quality rule does not hold ("caring"), and being
# willing "to work with us", asked what the family would be doing that shows it (the word's own
# question) rather than as a goal.
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "parental instability and unpredictability",
    "a caring, family-focused home",
    "mum will show more willingness to work with us",
})


globals().update(review_tests(rows_set(
    "AM", SET_AM_FLAWED, SET_AM_SOUND, asked=asked_ak, fits=_fits_am, sizes=(70, 70),
    paired=True,
    held_flawed=[c for c in HELD_OUT_FLAWED if c[2] not in HELD_OUT_MISSED],
    held_sound=HELD_OUT_SOUND)))


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED


# Set AL's leftovers (its three flawed lines let through and its five held-out misses), each
# now asked with a question that fits, by the rule of its shape above.
AL_LEFT = ("mum's vulnerabilities and dad's criminality", "a very family-orientated household",
           "older males are grooming her")


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), [
    *((*row[1].split(":"), row[2], row[3]) for row in SET_AL_FLAWED if row[2] in AL_LEFT),
    *(row for row in AL_HELD_OUT_FLAWED if row[2] in AL_HELD_OUT_MISSED)])
def test_set_al_leftovers_are_now_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_am(want, reply), (line, reply)


# A trait owned is read by its shape, "-ity" made from a word of what someone is like; a
# condition, a part of who someone is or a thing they have is not one (some of these are asked
# about otherwise, as claims with nothing that happened: not as traits).
@pytest.mark.parametrize("line", [
    "dad's impulsivity", "mum's passivity", "his negativity", "her partner's criminality",
    "mum's emotional instability", "dad's unpredictability"])
def test_a_trait_owned_is_asked_what_the_person_did(line: str) -> None:
    assert [hit.term for hit in find_wording(line, load_word_list())] == ["a trait owned"]
    reply = asked_ak("mapping", "danger_behaviour", line)
    assert reply is not None, line
    assert "What did the person actually do or say" in reply, reply


@pytest.mark.parametrize("line", [
    "dad's disability", "her sexuality", "mum's responsibilities as a carer for nan",
    "his nationality", "her ability to read", "mum's capacity to work nights",
    "dad's mobility since the accident", "their priority is the new baby",
    "her personality", "his ethnicity", "mum's activity on facebook"])
def test_a_condition_or_a_part_of_who_someone_is_is_not_a_trait(line: str) -> None:
    assert "a trait owned" not in [hit.term for hit in find_wording(line, load_word_list())]
