"""Set AL: a blind wording review of every tool, social workers, partners and children (pass 52).

Written after reading set AK's file only (its shape, the runner and what it covered) and
the earlier sets' docstrings, before reading any rule in flows/checks or the bot's nudges: 70
flawed lines and 70 sound ones, each pair at one question, in the voices of social workers
(English, Australian, New Zealand, Canadian, American), teachers and a school's safeguarding
lead, a health visitor, a GP, police, youth workers, a personal adviser, early help, a foster
carer and children's own words as a worker records them, some typed with slips. Each row:
(voice, "tool:question", line), a flawed one also what a practice lead would expect asked back
(the kinds `_fits_ai` reads). New ground against the earlier sets: Australasian and North
American short forms ("FDV", "AOD", "OT" for Oranga Tamariki, "MFH", "strat", "s47"), a
"presents as" verdict, a person named as a factor ("a protective factor"), a harm's name with
nothing of it ("a serious physical assault", "long-lasting harm to her development"), a
frequency that declines to say ("it varies, hard to say"), blame put on the parent who was
hurt ("unable to safeguard the kids ... keeps letting him back") or on the young person ("he's
chosen to get involved"), goals of ownership, of feeling and of choices ("take ownership",
"feel settled and content", "make positive choices"), a time tied to the work's end or to a
mood ("until the case can be safely closed", "till everyones happy"), a plan known by the
absence of concerns, steps of the work's shape ("keep a watching brief", "escalate to MASH",
"safeguarding measures to be put in place"), a number with only a feeling ("gut feeling
something's not right", "7ish tbh"), and worker words in a child's "I" ("anxious", "under the
influence", "contact with my siblings", "supports me with my emotions"). Committed (98542d3)
before anything was run on it.

Blind, on the code as it was (main at 92cc0e5), as written: flawed asked 48/70, 45 with a
question that fits (as `_fits_al` reads them); sound asked 3/70: two children's quotes led by
"she said '...'" at questions kept as the child's own words (`LEFT_FLAGGED`: asked, as the
project means, to send only the child's words), and "since 2019; the first police call-out
was when she was 2 ...", asked what happened at the call-out where it only says when. Let
through, each a kind: a number with only a hedge or a hunch ("7ish tbh", "3 - gut feeling
something's not right") or anyone "doing ok" by a word the rule did not hold ("kiddo");
the number said only to have moved; worker words in a child's quote (4); goals as a list of
states ("happy, healthy and thriving"), of choices and of boundaries; "till everyones happy";
"on and off for a while now", "it varies, hard to say"; "a serious physical assault", a
police note's "call-out ... re a verbal argument, nil further"; "she will be further
exploited"; "if there are no more concerns raised"; "settled in really well and is
thriving"; "a very family-orientated household"; "older males are grooming her"; "mum's
vulnerabilities and dad's criminality". Asked, not as it fits: "dad will take ownership and
show real change" (asked what dad said), "until the case can be safely closed" (what the
services did), "the childrens needs will continue to go unmet" (what the services did).

Fitted: flawed 67/70 asked, 66 with a question that fits; sound 2/70 asked, the two left
flagged. Left: "mum's vulnerabilities and dad's criminality" (a trouble by a word no list
holds: read by its ending, "-ity", it would take in "dad's disability"), "a very
family-orientated household" and "older males are grooming her" (`LEFT_UNASKED`), and "the
childrens needs will continue to go unmet" (`LEFT_ASKED_OTHERWISE`: asked what the services
did). The rules, each for its class (see the CHANGELOG): `plain_language._SCORE` ("7ish"),
`_NOTHING_HEARD` (a hedge alone, a hunch and what it says, anyone "doing ok"),
`_SOMETHING_OFF` (one pattern for both), `_STATE_WORD` ("healthy"), `_STATE_TO_COME` (a list
of states by commas), `_A_STATE` (choices, boundaries, owning up, showing change), the
state-to-come sentence taking in a word of owning up ("process") as it does a label,
`_OPEN_END` (until the services may go, until everyone is content), `_ONE_OFTEN` and
`_HOW_OFTEN_ONLY` ("varies", "for a while now", "hard to say"), `_EVENT_ONLY` (how bad,
rows, where, and the police's closing words), `_SUFFERS_ONLY` (passive harms),
`_GOING_WELL_ALONE` ("she's ... well and is thriving"), `_RAISED_BY_NOBODY` (at how everyone
will know); `nudges._SAID_BY_THE_WORK` (under the influence, supports me with my emotions,
contact with, my full potential) and a new reminder, `moved_only`, at whether the number has
moved; labels' "incidents" rule not asking of a call-out that only dates something. Each
corpus file (tests/language, 82 files, each as its kind) through `language-check` before
(92cc0e5) and after: the same output to the byte. Every earlier set's tests pass but set AK's
three lines left for the word list (now asked, as they were meant to be).

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other
words and not tuned to after: flawed asked with a question that fits 5/30 before (92cc0e5)
and 25/30 after; sound let through 15/15 before and after (`HELD_OUT_MISSED` says which were
not reached).
"""
from __future__ import annotations

from review_sets import review_tests, rows_set
from test_review_language_fiftyfirst import asked_ak
from test_review_language_fortyninth import _fits_ai

SET_AL_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("sw_au", "mapping:worst_harm",
     "kids were exposed to FDV on multiple occasions", "seen|spell"),
    ("police", "mapping:recent_harm",
     "call-out to the property re a verbal argument, nil further", "seen"),
    ("sw_nz", "mapping:harm_pattern",
     "on and off for a while now", "seen|period"),
    ("teacher", "mapping:harm_impact",
     "she's been really unsettled and clingy", "seen|impact"),
    ("sw_us", "mapping:danger_behaviour",
     "mom's AOD use and poor judgment", "seen|spell"),
    ("sw_uk", "mapping:danger_impact",
     "the children will suffer long term", "impact|danger"),
    ("sw_ca", "mapping:danger_statement",
     "Professionals hold significant worries for the children given the parents' ongoing "
     "substance use and the volatility of their relationship, and the children remain at risk "
     "of significant harm.", "danger"),
    ("sw_uk", "mapping:family_view",
     "mum is in denail and dad is dismissive", "words|seen"),
    ("sw_uk", "mapping:goal_doing",
     "dad will take ownership and show real change", "goal"),
    ("sw_au", "mapping:goal_child",
     "the tamariki will feel settled and content at home", "goal|seen"),
    ("sw_uk", "mapping:goal_how_long",
     "until the case can be safely closed", "period"),
    ("sw_uk", "mapping:strengths",
     "nan is a protective factor", "seen"),
    ("sw_uk", "mapping:plan_working",
     "if there are no more concerns raised", "who_when|seen"),
    ("sw_uk", "mapping:next_steps",
     "strat discussion and s47 to be initiated", "who_when|spell"),
    ("sw_uk", "mapping:danger_scale_why",
     "5/10 - some progress but concerns remain", "number|seen"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "dad is controlling and coercive towards mum", "seen"),
    ("hv", "harm_matrix:harm_impact",
     "baby presents as withdrawn and flat in affect", "seen|impact"),
    ("sw_uk", "harm_matrix:harm_worst",
     "a serious physical assault", "seen"),
    ("sw_uk", "harm_matrix:harm_frequency",
     "it varies, hard to say", "seen|period"),
    ("sw_nz", "harm_matrix:harm_history",
     "long standing, known to OT for years", "seen|spell|period"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum's vulnerabilities and dad's criminality", "seen"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad accepts some responsibility but blames mum", "words"),
    ("sw_uk", "harm_matrix:child_vulnerability",
     "non-verbal with ASD and additional needs", "seen|spell"),
    ("sw_uk", "harm_matrix:danger_impact",
     "serious long-lasting harm to her development", "impact|danger"),
    ("sw_uk", "harm_matrix:danger_statement",
     "Mum has been unable to safeguard the kids from her partner's violence and keeps "
     "letting him back.", "danger|harmer"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'i get anxious when mum is under the influence'", "words"),
    ("child", "three_houses:house_good",
     "'my key worker supports me with my emotions'", "words"),
    ("child", "three_houses:house_dreams",
     "'to have more contact with my siblings'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "she was guarded and presented as anxious", "seen"),
    ("child", "three_houses:house_worries",
     "'when dad gets aggressive and verbally abusive'", "words"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "concerns re home condtions and supervison", "seen"),
    ("eh", "wellbeing:worry_impact",
     "the childrens needs will continue to go unmet", "impact|danger"),
    ("hv", "wellbeing:family_view",
     "mum was receptive but dad was resistant", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "parents will meet the childrens basic needs consistently", "goal"),
    ("eh", "wellbeing:goal_child",
     "K will be happy, healthy and thriving", "goal|seen"),
    ("eh", "wellbeing:strengths",
     "a very family-orientated household", "seen"),
    ("eh", "wellbeing:coped",
     "theyre a resilliant family", "seen"),
    ("eh", "wellbeing:next_steps",
     "keep a watching brief", "who_when"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "7ish tbh", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "'to reach my full potential'", "words"),
    ("pa", "success:belonging",
     "placement meets her identity needs", "words|seen"),
    ("pa", "success:others_worried",
     "carers are worried about her online activity", "seen"),
    ("pa", "success:success_goal",
     "she will maintain her tenancy", "goal"),
    ("pa", "success:goal_support",
     "the network around him", "who_when"),
    ("pa", "success:goal_first_step",
     "PA to liaise with housing", "who_when|spell"),
    ("pa", "success:success_scale_why",
     "6 - getting there", "number|seen"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "he's chosen to get involved with an older group dealing from the park", "seen|harmer"),
    ("police", "contextual:harm_signs",
     "unexplained injuries, new trainers and going MFH", "seen|spell"),
    ("sw_uk", "contextual:danger_behaviour",
     "older males are grooming her", "seen"),
    ("sw_uk", "contextual:danger_impact",
     "she will be further exploited", "impact|danger"),
    ("sw_uk", "contextual:goal_family",
     "mum will put boundaries in place", "goal"),
    ("sw_uk", "contextual:goal_child",
     "he will make positive choices", "goal|seen"),
    ("yw", "contextual:peer_worries",
     "she's hanging around with the wrong crowd", "seen"),
    ("sw_uk", "contextual:home_safety",
     "mum's protective instincts are strong", "seen|safety"),
    ("sw_uk", "contextual:goal_how_long",
     "till everyones happy", "period"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "neglect, DV and parental MH", "seen|spell"),
    ("sw_uk", "supervision:child_words",
     "she has disclosed that she doesnt feel safe at home", "words"),
    ("sw_uk", "supervision:working_well",
     "the parents have been really open to working with us", "seen"),
    ("sw_uk", "supervision:needs",
     "a multi-agency approach and a robust plan", "who_when"),
    ("sw_uk", "supervision:goal_doing",
     "mum will be more child-focused", "goal"),
    ("sw_uk", "supervision:scale_moved",
     "yeah its gone up a bit", "seen|number"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "J has made a disclosure of physical chastisement", "seen"),
    ("teacher", "reflection:going_well",
     "mum is lovely and very supportive", "seen"),
    ("dsl", "reflection:needs_to_happen",
     "escalate to MASH", "who_when|spell"),
    ("teacher", "reflection:worry_scale_why",
     "3 - gut feeling something's not right", "number|seen"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "mum presents as low and not coping", "seen"),
    ("fc", "contribution:working_well",
     "she's settled in really well and is thriving", "seen"),
    ("police", "contribution:needs_to_happen",
     "safeguarding measures to be put in place", "who_when"),
    ("teacher", "contribution:child_said",
     "she said things are difficult at home", "words"),
    ("sw_us", "contribution:partner_scale_why",
     "4 - kiddo is doing ok", "number|seen"),
)

SET_AL_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("sw_au", "mapping:worst_harm",
     "in june dad shoved mum into the radiator while she had the 2 yr old on her hip, and the "
     "little one cut her head on the table corner"),
    ("police", "mapping:recent_harm",
     "a neighbour rang us at 11pm on the 14th; dad had punched a hole in the kitchen door and "
     "mum had a split lip, both kids were in the lounge"),
    ("sw_nz", "mapping:harm_pattern",
     "every couple of weeks since dad moved back in at easter, mostly on pay day after he's "
     "been at the pub"),
    ("teacher", "mapping:harm_impact",
     "she cries at drop off, won't let go of mums coat and has wet herself twice in class "
     "this month"),
    ("sw_us", "mapping:danger_behaviour",
     "mom uses meth in the bathroom while the twins are awake and has left them alone "
     "overnight twice"),
    ("sw_uk", "mapping:danger_impact",
     "the kids could be scalded or fall down the stairs while mum is passed out, and the baby "
     "could choke with nobody watching"),
    ("sw_ca", "mapping:danger_statement",
     "The school and the social worker are worried that mum and dad will keep using heroin in "
     "the flat and fall asleep while the children are awake, and the baby could get hold of a "
     "needle or go unfed for a whole day."),
    ("sw_uk", "mapping:family_view",
     "mum said 'it was only the once and he's sorry', dad didnt come to the meeting"),
    ("sw_uk", "mapping:goal_doing",
     "dad will go outside and ring his sponsor when he wants a drink, and not come home till "
     "he's sober, checked by nan who lives next door"),
    ("sw_au", "mapping:goal_child",
     "the kids will come home from school to a parent who's up and has made tea, and go to "
     "bed without hearing fighting"),
    ("sw_uk", "mapping:goal_how_long",
     "a full school year, including the summer holidays when it went wrong before"),
    ("sw_uk", "mapping:strengths",
     "nan picks the kids up every tuesday and thursday and has them overnight when mum asks"),
    ("sw_uk", "mapping:plan_working",
     "nan will ring me if dad turns up drunk, and school will tell me the same day if either "
     "child comes in hungry"),
    ("sw_uk", "mapping:next_steps",
     "i'll phone the police officer by thurs 12th to ask for the call-outs since june and "
     "share them at the meeting on the 18th"),
    ("sw_uk", "mapping:danger_scale_why",
     "5 because mum has kept dad away since the order but still lets his brother babysit, and "
     "he hit the kids last year"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "dad checks mums phone every night, takes her bank card and wont let her see her sister"),
    ("hv", "harm_matrix:harm_impact",
     "the baby doesn't reach for toys, hardly cries and has dropped from the 75th to the 25th "
     "centile since march"),
    ("sw_uk", "harm_matrix:harm_worst",
     "dad punched him in the stomach till he was sick, then locked him out in the garden in "
     "the cold for an hour"),
    ("sw_uk", "harm_matrix:harm_frequency",
     "at least 3 times a week that we know of, the last on monday, and more since the new "
     "baby"),
    ("sw_nz", "harm_matrix:harm_history",
     "since 2019; the first police call-out was when she was 2 and mum's sister rang them"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum drinks a bottle of vodka most days and dad is in and out of prison, so the kids "
     "never know who will be home"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad said 'yeah i lost my temper but she was screaming at me first', mum said 'he's "
     "never touched the kids'"),
    ("sw_uk", "harm_matrix:child_vulnerability",
     "he is 6, doesn't speak and can't tell anyone what happens, and needs help to use the "
     "toilet and to eat"),
    ("sw_uk", "harm_matrix:danger_impact",
     "she could be left with a broken bone or a head injury, and stay too scared to go home"),
    ("sw_uk", "harm_matrix:danger_statement",
     "The health visitor and the social worker are worried that mum will keep leaving the "
     "baby with her partner, who shook him in May, and the baby could be shaken again and be "
     "left brain damaged or die."),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'when mum drinks the smelly drink she falls over and i have to put my little brother to "
     "bed'"),
    ("child", "three_houses:house_good",
     "'my carer lets me walk the dog with her and we watch bake off on fridays'"),
    ("child", "three_houses:house_dreams",
     "'to see my brother and sister every weekend not just at christmas'"),
    ("sw_uk", "three_houses:worker_noticed",
     "she kept her coat on the whole time and whispered when she talked about dad"),
    ("child", "three_houses:house_worries",
     "'when dad shouts and calls mum bad words and punches the wall'"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "there has been no hot water for 3 weeks, there's dog mess on the kitchen floor and the "
     "2 yr old was found on the street alone on monday"),
    ("eh", "wellbeing:worry_impact",
     "A could miss more school and fall behind in reading, and the baby could get another "
     "chest infection from the damp"),
    ("hv", "wellbeing:family_view",
     "mum said 'i know the house needs sorting, i just cant get on top of it', dad said he "
     "works nights and doesnt see a problem"),
    ("eh", "wellbeing:goal_doing",
     "mum and dad will do the washing up and put the rubbish out every night, and keep the "
     "heating on in the baby's room"),
    ("eh", "wellbeing:goal_child",
     "K will get a hot tea every night and have clean clothes for school each morning"),
    ("eh", "wellbeing:strengths",
     "dad does the school run every day and knows all the kids' teachers by name"),
    ("eh", "wellbeing:coped",
     "yes, when mum had her operation in 2022 dads sister moved in for a month and the kids "
     "still got to school every day"),
    ("eh", "wellbeing:next_steps",
     "i'll do a home visit with the health visitor on wed 9th at 10 and look at the bedrooms "
     "and the fridge"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "7 becuase the house is cleaner every time i've visited since october, but the baby's "
     "room is still damp"),
    # ---- success ----
    ("pa", "success:vision",
     "'to be a hairdresser and have my own flat with a cat'"),
    ("pa", "success:belonging",
     "at her nans, where she has her own room, and at the boxing gym with her coach"),
    ("pa", "success:others_worried",
     "her carer found messages on her phone from a man asking her to send photos"),
    ("pa", "success:success_goal",
     "she will pay her rent on the 1st of every month and go to the budgeting group on "
     "wednesdays"),
    ("pa", "success:goal_support",
     "his personal adviser is meeting him each friday at the library to go through his bills "
     "and job applications"),
    ("pa", "success:goal_first_step",
     "she'll ring the housing office with her personal adviser on monday morning to book the "
     "viewing"),
    ("pa", "success:success_scale_why",
     "6 because she has kept her flat for 3 months but missed 2 college days this week"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "a 24 year old man she met on snapchat has been picking her up from school and taking her "
     "to his flat, and she came back drunk twice last week"),
    ("police", "contextual:harm_signs",
     "he came home with a cut lip and 300 quid in cash, and was missing overnight on saturday"),
    ("sw_uk", "contextual:danger_behaviour",
     "two older men give her vodka and cigarettes and drive her to parties where she has been "
     "sexually assaulted"),
    ("sw_uk", "contextual:danger_impact",
     "she could be raped again, get pregnant, or be taken out of the area and not come back"),
    ("sw_uk", "contextual:goal_family",
     "mum will ring police each time she goes missing and keep her phone topped up so she can "
     "ring home"),
    ("sw_uk", "contextual:goal_child",
     "he will be in by half 9 each night and go to college 4 days a week without being picked up "
     "by anyone"),
    ("yw", "contextual:peer_worries",
     "she's been going with a group of 17 year olds to a flat above the takeaway after school"),
    ("sw_uk", "contextual:home_safety",
     "mum drove to the flat at 2am on friday to pick her up and rang the police from outside"),
    ("sw_uk", "contextual:goal_how_long",
     "12 months, because last time she was doing well for 6 months then went missing again"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "mum has left the 3 kids alone overnight twice this month and the 7 yr old rang 999 "
     "because the baby wouldnt stop crying"),
    ("sw_uk", "supervision:child_words",
     "she said 'when dad comes home drunk i hide under my bed with my sister'"),
    ("sw_uk", "supervision:working_well",
     "dad has got to every contact session on time since july and brings food for the kids"),
    ("sw_uk", "supervision:needs",
     "the school nurse will see K weekly to check he's eating, and i'll visit every friday "
     "after school until half term"),
    ("sw_uk", "supervision:goal_doing",
     "mum will ask nan to have the kids when she goes out, and text nan when she's home"),
    ("sw_uk", "supervision:scale_moved",
     "yes, up from 3 to 5 since mum stopped drinking in august and has kept every "
     "appointment"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "J came in with a bruise on his cheek and said dad hit him with a shoe because he spilled "
     "his drink"),
    ("teacher", "reflection:going_well",
     "mum walks him to school every day and stays to read with him on fridays"),
    ("dsl", "reflection:needs_to_happen",
     "i'll ring the childrens services front door by 2 today and tell the head before J goes "
     "home"),
    ("teacher", "reflection:worry_scale_why",
     "3 because this is the second bruise this month and he said he doesnt want to go home"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "mum has cried at each of her last 3 appointments and said she hasnt slept properly "
     "since the baby came"),
    ("fc", "contribution:working_well",
     "she's been sleeping in her own bed since october and has made two friends at school"),
    ("police", "contribution:needs_to_happen",
     "i will check our systems for the new partner by friday and let the social worker know "
     "what i find"),
    ("teacher", "contribution:child_said",
     "she said 'mummy and her boyfriend yell at each other every night and i put my hands "
     "over my ears'"),
    ("sw_us", "contribution:partner_scale_why",
     "4 because he has stopped hitting his sister but still comes to school hungry on "
     "mondays"),
)



def _fits_al(want: str, reply: str) -> bool:
    """Set AK's `_fits_ai`, reading two reminders it does not name: the one asking what was
    said about owning up ("What did they say about what happened, and about their part in
    it?"), a question of their words; and the one asking what moved a number ("says the
    number has moved, but not yet what changed"), a number's reason asked for."""
    wants = set(want.split("|"))
    if "What did they say about what happened" in reply:
        return bool(wants & {"words", "seen"})
    if "says the number has moved" in reply:
        return bool(wants & {"number", "seen"})
    return _fits_ai(want, reply)


# Two sound lines, written blind, asked as the project means: at a question kept as the
# child's own words, "she said '...'" puts the writer's "she said" inside the child's quote in
# the summary, and is asked to send only the words they said.
LEFT_FLAGGED: frozenset[str] = frozenset(
    line for _, _, line in SET_AL_SOUND if line.startswith("she said '"))


def _asked_to_send_only_their_words(case: object, reply: str) -> bool:
    return "kept as their own words" in reply and '"she said"' in reply


# Flawed lines still let through (see the docstring): a pair of troubles by possessive and a
# word no list holds ("mum's vulnerabilities and dad's criminality"), a home praised as a kind
# ("a very family-orientated household"), a harm's verb with who does it ("older males are
# grooming her"), and needs said to go unmet, asked what the services did.
# (All three asked since set AM's rules, pass 53, each with a question that fits: a trait
# owned, "-ity" from a word of what someone is like; a home said to turn towards the family;
# a group said to exploit her, with nothing of what they did. The list stays, empty.)
LEFT_UNASKED: frozenset[str] = frozenset()
LEFT_ASKED_OTHERWISE = {
    "the childrens needs will continue to go unmet":
        '"the childrens needs will continue to go unmet" says what the services did'}

# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("wellbeing", "wellbeing_scale_why", "6 i reckon", "number|seen"),
    ("mapping", "danger_scale_why", "4ish, gut says somethings off", "number|seen"),
    ("contribution", "partner_scale_why", "7 - the little one is doing alright", "number|seen"),
    ("three_houses", "house_worries", "'i feel scared when dad is intoxicated'", "words"),
    ("three_houses", "house_good", "'my social worker supports me with my feelings'", "words"),
    ("mapping", "house_dreams", "'more contact with my nan'", "words"),
    ("success", "vision", "'to achieve my potential and be happy'", "words"),
    ("supervision", "goal_child", "the kids will be healthy, happy and settled", "goal|seen"),
    ("contextual", "goal_child", "she will make safer choices", "goal|seen"),
    ("wellbeing", "goal_doing", "mum and dad will set firm boundaries", "goal"),
    ("mapping", "goal_doing", "mum will take responsibility for her parenting", "goal"),
    ("contextual", "goal_how_long", "until we can safely step back", "period"),
    ("wellbeing", "goal_how_long", "till the professionals are reassured", "period"),
    ("harm_matrix", "harm_frequency", "on and off for ages now", "seen|period"),
    ("mapping", "harm_pattern", "depends on the week, hard to tell", "seen|period"),
    ("harm_matrix", "harm_worst", "a nasty physical fight", "seen"),
    ("mapping", "recent_harm", "police attended re a domestic, no arrests made", "seen"),
    ("contextual", "danger_impact", "he will be groomed further", "impact|danger"),
    ("mapping", "danger_impact", "the baby could be neglected", "impact|danger"),
    ("mapping", "plan_working", "when no further worries are reported", "who_when|seen"),
    ("contribution", "working_well", "he's flourishing", "seen"),
    ("reflection", "going_well", "he's coping really well and flourishing", "seen"),
    ("supervision", "scale_moved", "yep, up a couple", "seen|number"),
    ("supervision", "scale_moved", "went down 2 since last time", "seen|number"),
    ("wellbeing", "worry_what", "an argument at home, nfa", "seen"),
    ("reflection", "worry_scale_why", "5, just instinct something isnt right", "number|seen"),
    ("mapping", "goal_child", "the children will be safe, well and content", "goal|seen"),
    ("success", "success_goal", "he will show real commitment to college", "goal"),
    ("contextual", "danger_impact", "she may be targeted again", "impact|danger"),
    ("harm_matrix", "harm_worst", "a serious sexual assault", "seen"),
]
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("wellbeing", "wellbeing_scale_why",
     "6 because the baby has gained weight at every clinic since june but mum still misses "
     "visits"),
    ("three_houses", "house_good",
     "'my social worker takes me for hot chocolate and lets me choose the music'"),
    ("mapping", "house_dreams", "'to go to nans every saturday and stay over'"),
    ("supervision", "goal_child",
     "the kids will have breakfast every morning and get to school by 9 without being late"),
    ("contextual", "goal_how_long",
     "a year, so it covers the summer and christmas when she went missing before"),
    ("harm_matrix", "harm_frequency",
     "twice a month since june, the last on the 3rd, after dad gets paid"),
    ("mapping", "recent_harm",
     "on saturday police came after dad threw a chair at mum; the kids were hiding upstairs"),
    ("contextual", "danger_impact",
     "she could be raped, given drugs or trafficked to another city"),
    ("mapping", "plan_working",
     "the school will ring me on any day he comes in hungry or hurt, and nan will text me "
     "each sunday"),
    ("contribution", "working_well",
     "she's been eating her lunch every day and plays with two girls at break"),
    ("supervision", "scale_moved",
     "down from 5 to 3 since dad moved back in and the police were called twice"),
    ("reflection", "worry_scale_why",
     "5 because she said mum's boyfriend shouts at her and she has a bruise on her arm"),
    ("harm_matrix", "harm_worst",
     "he kicked her in the back while she lay on the floor, and she couldn't walk properly "
     "for a week"),
    ("success", "success_goal",
     "he will get the 7.40 bus to college four days a week and text his carer when he gets "
     "there"),
    ("mapping", "goal_doing",
     "mum will ring her sister to take the kids whenever her ex turns up, and won't let him in"),
]

# Held-out lines the fixes did not reach, left as they were (not tuned to after the run): a
# child's "intoxicated" (no word of the work the rule knows), "the little one" (two words
# before "is doing alright", where one is read), "depends on the week" (a time after
# "depends"), "show real commitment to college" (commitment to a place), and "may be targeted
# again" ("again" after the harm).
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "7 - the little one is doing alright",
    "'i feel scared when dad is intoxicated'",
    "depends on the week, hard to tell",
    "he will show real commitment to college",
    "she may be targeted again",
})


globals().update(review_tests(rows_set(
    "AL", SET_AL_FLAWED, SET_AL_SOUND, asked=asked_ak, fits=_fits_al, sizes=(70, 70),
    paired=True, left_unasked=LEFT_UNASKED, hold_left_unasked=True,
    left_asked_otherwise=LEFT_ASKED_OTHERWISE, left_flagged=LEFT_FLAGGED,
    flagged_as=_asked_to_send_only_their_words, flagged_size=2,
    held_flawed=[c for c in HELD_OUT_FLAWED if c[2] not in HELD_OUT_MISSED],
    held_sound=HELD_OUT_SOUND)))


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED
