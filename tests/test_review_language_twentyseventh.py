"""A fresh-eyes review of the wording checks after the twenty-seventh round: its blind
corpora (as data), for each family of wording rule, lines a practitioner (a social worker,
teacher, health visitor or police officer in the UK, Australia, New Zealand or the US) might
type on a phone, flawed and sound, the sound ones close in wording.

Set A was written after reading only each rule family's name and purpose (flows/checks/
__init__.py, flows/nudges.py), BEFORE any rule's word list or pattern: held-out evidence.
Set B was written after the fixes to set A's misses, before anything was run on it.

Set A before any change (d889409): flawed caught 165/176, sound flagged 4/151 (per family in
`SET_A_BEFORE`). After the fixes (FITTED: set A's misses were read and each widened to its
shape): 174/176, 1/151 (`SET_A_AFTER`). Left alone: "dad thinks he's done nothing wrong"
(what someone thinks is as often what they said), "the nursery is worried that L will keep
coming in hungry" (a danger statement: "L" may be an adult's initial), and the one sound line
still flagged, "mum will keep dad away from the house; ..." (the goal check is right to ask
what the one causing the harm will do, rather than only the parent being harmed).
Set B: 25/30 caught and 1/15 flagged before ANY change of this round (the fixes to set A
caught none of its five misses: they did not reach its shapes); 30/30 and 0/15 once its misses
were read and widened (FITTED).
Set C, written after that: 42/45 caught and 1/30 flagged, the same before this round's changes
and after the fixes to sets A and B (again they reached none of its misses); 45/45 and 1/30
once its three misses were widened (FITTED). Left alone: "the looked after child review is
booked for the 3rd", asked as only what the services will do (fair to ask what it means for
the child). So: on wording no rule was fitted to, about one flawed line in twelve to fifteen
goes unasked and about one sound line in thirty is asked about; each round's fixes close the
shapes seen, and the next set finds new ones.
"""

from __future__ import annotations

from typing import Literal

import pytest
from test_language_twentyseventh import WORDS

from flows.checks.plain_language import find_wording
from flows.checks.safety import SAFETY_NUDGE
from flows.nudges import describe, plain_language, privacy, safety_action

# How a line is checked: as an answer (`describe`), a danger statement, a safety goal, for
# personal data (`privacy`) or as existing safety (`safety_action`).
Kind = Literal["answer", "danger_statement", "safety_goal", "privacy", "safety_action"]
# family -> (how the line is checked, flawed lines, sound lines)
Lines = dict[str, tuple[Kind, list[str], list[str]]]

def reply_to(line: str) -> str:
    """What a practitioner is asked about `line` (failing the test if it is let through)."""
    reply = plain_language(line, WORDS)
    assert reply is not None, line
    return reply


SET_A: Lines = {
    "jargon": ("answer", [
        "mum presents as guarded and evasive when asked abt dad",
        "chronic neglect, cumulative harm evident",
        "mum is hard to reach and resistant",
        "there are safeguarding concerns re the home",
        "family well known to services w a long history",
        "dad has poor parenting skills",
        "parents lack capacity to keep the kids safe",
        "chaotic lifestyle, transient, multiple house moves",
        "mum's mental health is a barrier to her parenting",
        "grandad is a protective factor",
        "home environment is unsafe for baby",
        "family functioning is poor",
    ], [
        "mum wouldn't tell me where dad was staying, and changed the subject twice when I asked",
        "there was no food in the fridge on mon or wed and the kids said they'd had toast for tea",
        "grandad picks the kids up every day at 3 and gives them tea till mum finishes work at 6",
        "mum said she's too low some mornings to get out of bed, so the 7yo gets his sister "
        "ready for school",
        "they've moved house four times since March, each time after a row with the landlord",
        "dad shouted at the baby to shut up when she cried and put her in her cot in the dark",
        "when I asked abt the bruise mum looked at dad before answering",
        "the stairs have no gate and the baby was crawling up them while I was there",
        "dad hasn't come to the last 3 meetings and didnt reply to my texts",
        "mum asked me for help with the rent arrears and the food bank",
    ]),
    "abbreviation": ("answer", [
        "CIN mtg moved to thurs",
        "referred to CAMHS last wk",
        "HV visited, baby on 2nd centile",
        "S47 strategy disc held, police to do ABE",
        "DSL spoke to SLT re: attendance",
        "NFA from police after DA call out",
        "kids on CPP under neglect",
        "GP rang re NAI concerns",
        "mum has a DVO against dad",
        "FGC booked w Oranga Tamariki",
        "MASH outcome: step down to EH",
        "DCFS case opened after the hotline call",
    ], [
        "the child in need meeting moved to thursday",
        "referred to the child and adolescent mental health service (CAMHS) last week",
        "health visitor visited, baby's weight has dropped to the 2nd centile",
        "the designated safeguarding lead spoke to the head about attendance",
        "police took no further action after the call-out on saturday",
        "mum has a court order stopping dad from coming to the house",
        "family group conference booked with Oranga Tamariki for the 12th",
        "A's teacher rang at 3pm: A said dad hit him with a belt",
        "mum texted at 10pm saying she was OK",
        "TV was on loud, kids watching it at 11pm",
    ]),
    "euphemism": ("answer", [
        "dad was a bit rough with him",
        "inappropriate touching by uncle",
        "mum and dad had a disagreement and things got physical",
        "she was in a relationship with a 24 yr old",
        "dad gave him a tap on the head",
        "there was an incident at the weekend",
        "mum's partner is a bit heavy handed w the kids",
        "a domestic occurred on friday night",
        "he has been smacked as a punishment",
        "they had a scuffle in the kitchen, dad and the 10yo",
        "the baby was handled roughly",
        "there was a bit of a domestic after the pub",
    ], [
        "dad grabbed him by the arm and threw him onto the sofa, leaving finger-mark bruises",
        "uncle put his hand inside her knickers, she told her teacher on monday",
        "dad punched mum in the face in the kitchen, kids were upstairs and heard it",
        "a 24 year old man has been sending her messages and picking her up from school; "
        "she is 14",
        "dad hit him on the head with his open hand",
        "on saturday night mum's partner kicked the door in",
        "mum's partner pulls the kids by the hair when they don't listen",
        "he hit him across the back of the legs with a slipper as a punishment",
        "the baby was shaken, the hospital found bleeding on the brain",
        "the boys play-fight on the trampoline and laugh",
    ]),
    "blame": ("answer", [
        "she is putting herself at risk by going to parties with older men",
        "mum allowed dad back into the house",
        "she is promiscuous and lies about where she goes",
        "mum chose to stay with him despite the violence",
        "he is involved in county lines",
        "she's been sexting boys at school",
        "mum failed to protect the kids from dad",
        "the girl keeps going missing and is making poor choices",
        "she engages in risky behaviour online",
        "he's a drug runner for older lads",
        "she was flirting with the men at the party",
        "14yo has an older boyfriend (22)",
    ], [
        "older men have been giving her alcohol and taking her to parties",
        "dad moved back in on the 5th; mum says she's scared to tell him to leave",
        "older boys have been asking her for photos on snapchat and she sent some",
        "mum stayed with him; she told me she has nowhere else to go with three kids",
        "older lads have been paying him to carry packages to another town",
        "dad hit mum in front of the kids on three occasions since june",
        "she has been reported missing 4 times this month, each time found at the same flat",
        "a man she met online asked her to meet him and she went",
        "men at the house give him cannabis and ask him to hold stuff for them",
        "she told me she doesn't feel safe going home",
    ]),
    "label": ("answer", [
        "dad is an alcoholic",
        "mum is very manipulative",
        "stepdad is agressive and controlling",
        "the boy is feral",
        "mum is a liar",
        "she's a difficult parent to work with",
        "dad is a drug addict",
        "gran is unreliable",
        "mum is hostile to professionals",
        "mum is v needy and attention seeking",
        "the child is naughty and defiant",
        "dad is volatile",
    ], [
        "dad drinks about 2 bottles of wine a day, mum says, and was slurring at 10am",
        "mum told the school dad was at work, then told me he'd left in may",
        "stepdad stood in the doorway and wouldn't let me leave till I raised my voice",
        "the boy bit two children at nursery this week and climbs on the tables",
        "gran didn't turn up to collect the kids on two of the last four fridays",
        "mum hung up on me twice and told me to f off",
        "dad uses heroin daily, he told me he injects in the bathroom",
        "mum rang the office 6 times on tuesday asking for me",
        "the child shouted no and threw her shoes when asked to come in from play",
        "dad punched the wall when I asked about the bruise",
    ]),
    "vague": ("answer", [
        "there are concerns about the home",
        "risk of harm to the children",
        "some issues with mum's mental health",
        "worries about dad",
        "the kids are at risk",
        "there have been incidents",
        "mum has some problems",
        "concerns remain",
        "dad poses a risk",
        "significant harm",
        "things are not great at home",
        "stuff going on at home, school worried",
    ], [
        "the kids told me they have no beds and sleep on the sofa",
        "mum said she heard voices telling her to hurt herself last week",
        "dad came to the school gates drunk on monday and tried to take A home",
        "the police were called to the house twice in march after neighbours heard screaming",
        "the baby has not been weighed since birth and has missed 3 appointments",
        "mum told me she's stopped taking her meds because they make her sleepy",
        "T said dad hits him with a wooden spoon when he's naughty",
        "the house had dog mess on the floor and the baby was crawling in it",
        "school worried because J has come in hungry 4 days out of 5",
        "attendance is 98% this term",
    ]),
    "claim": ("answer", [
        "mum doesn't care about the kids",
        "dad is only interested in himself",
        "mum is in denial",
        "she doesn't understand the risks",
        "mum is overwhelmed",
        "the parents are not motivated to change",
        "mum prioritises her partner over the kids",
        "dad has no respect for women",
        "mum is struggling to cope",
        "the family are not interested in support",
        "she has no boundaries with the kids",
        "dad thinks he's done nothing wrong",
    ], [
        "mum said 'I don't care what you do, take them' and walked out",
        "dad spent the visit on his phone and didn't look up when the baby cried",
        "mum told me 'he's never hit them, so it's fine'",
        "mum said she didn't think leaving the 4yo alone for an hour was a problem",
        "mum cried and said she can't cope with 3 under 5 and no sleep",
        "mum went to her partner's for the weekend and left the kids with a 13yo neighbour",
        "dad called the female worker a stupid cow and spoke only to me",
        "mum said no to the parenting group and the family support worker",
        "the kids were up till midnight on a school night and mum said they go to bed when "
        "they want",
        "dad said he knows drinking around the kids is wrong but he can't stop",
    ]),
    "praise": ("answer", [
        "mum is a great mum",
        "dad clearly loves the children",
        "there is a strong bond between mum and baby",
        "gran is very supportive",
        "the kids are well cared for",
        "mum is doing really well",
        "the parents are very committed",
        "warm and loving relationship with his nan",
        "dad is a good dad when sober",
        "mum has good parenting skills",
        "lovely family, kids happy",
        "aunty is a positive role model",
    ], [
        "mum picks them up every day at 3 and they run to her for a cuddle",
        "dad read the baby a story and changed her nappy while I was there",
        "gran has had the kids every weekend since june and takes them to swimming",
        "the kids had clean clothes, packed lunches and were on time every day this term",
        "mum has been to all 6 parenting sessions and used the star chart at home",
        "baby smiled and reached for mum when she came in the room",
        "aunty took L to every hospital appointment in march and asked the nurse questions",
        "dad has been sober for 3 months, his tests are clear",
        "when the baby cried mum picked him up straight away and fed him",
        "the kids told me they like living with nan because she cooks tea and helps with "
        "homework",
    ]),
    "compliance": ("answer", [
        "mum to attend the freedom programme",
        "dad to engage with drug and alcohol services",
        "parents to work with the social worker",
        "mum will go to all appointments",
        "dad needs to complete an anger management course",
        "mum must comply with the safety plan",
        "family to accept support from early help",
        "dad to attend parenting classes",
        "mum to keep engaging w the health visitor",
        "parents to cooperate with the plan",
        "mum will attend counselling weekly",
        "dad to do the men's group",
    ], [
        "mum will go to the freedom programme and tell me each week one thing she'll do "
        "differently when dad turns up",
        "dad will stay sober while he has the kids, and gran will check in at tea time",
        "mum will get the kids to school by 8.50 every day, and the school will ring me if "
        "they're late",
        "the kids will have a hot meal every evening, which aunty will see when she drops round",
        "dad will not come to the house; mum will call the police if he does",
        "mum will keep the baby's appointments so the nurse can check her weight each month",
        "parents will put the baby to sleep in her cot, on her back, every night",
        "J will have someone he trusts to call when dad's been drinking: his nan",
        "mum will tell me when she feels low, so we can plan who has the kids that day",
        "dad will take the kids to football every saturday and bring them home by 5",
    ]),
    "process": ("answer", [
        "strategy meeting held, section 47 agreed",
        "home visit completed",
        "referral made to early help",
        "case discussed in supervision",
        "police attended, no further action",
        "assessment completed and shared with family",
        "initial conference held, children made subject to plans",
        "multi agency meeting held on 3/4",
        "school made a referral to the front door",
        "welfare check done",
        "core group met, plan reviewed",
        "safety plan in place",
    ], [
        "on the home visit the kids were alone; the 9yo said mum had gone to the shop 2 hours "
        "ago",
        "police attended after a 999 call: mum had a cut lip and dad had left",
        "school referred because L said her step-dad touches her in the bath",
        "at the strategy meeting police said dad has a conviction for hurting a child in 2015",
        "home visit: no food in the house, the baby's bottle had sour milk in it",
        "on the welfare check the officer found mum asleep and the toddler on the balcony",
        "the early help worker saw mum shouting at the kids in the street",
        "at core group, mum said she had started drinking again",
        "the doctor said baby has lost 400g since last month",
        "when I visited the house was clean and the kids had eaten",
    ]),
    "next step": ("answer", [
        "arrange a meeting with dad",
        "refer to the youth mental health team",
        "follow up with school",
        "complete a home visit",
        "update the plan",
        "check in with mum re housing",
        "speak to gran about having the kids",
        "contact police for checks",
        "book a family group conference",
        "need to see the kids alone",
        "get the health visitor involved",
        "explore support networks",
    ], [
        "I'll ring dad on monday to arrange a meeting for next week",
        "the school nurse will refer A to the mental health team by friday",
        "I will visit on thursday at 4pm and see the kids alone",
        "mum will call gran tonight to ask if she can have the kids at weekends",
        "the police officer will do the checks on the new partner by the 14th",
        "my manager will book the family meeting for the week of the 20th",
        "the health visitor will see mum and baby at home on the 3rd",
        "I'll text mum tomorrow to check she got to the housing office",
        "by the end of the month the teacher will have met nan to agree pick ups",
        "we agreed I'd update the plan and send it to mum by wednesday",
    ]),
    "danger statement": ("danger_statement", [
        "mum drinks too much",
        "we are worried the kids will be hurt",
        "the school is worried that dad hits mum",
        "social worker worried about neglect",
        "dad uses ice and the kids could get hurt",
        "police worried about DV in the home",
        "we're worried about the impact of mum's mental health on the kids",
        "the nursery is worried that L will keep coming in hungry",
        "worried dad will hit the baby again and she could be badly hurt",
        "the health visitor is worried about the home conditions",
        "concerns around substance misuse and the children's safety",
    ], [
        "the social worker and the school are worried that mum will keep drinking until she "
        "passes out while she is looking after the kids, and they could be left without anyone "
        "to feed them or get help if they're hurt",
        "the police and the social worker are worried that dad will hit mum again in front of "
        "the kids, and they could be hurt trying to stop him or grow up scared at home",
        "nursery and the health visitor are worried that mum won't feed L when she's low, and "
        "L could become ill and not grow properly",
        "the GP is worried that mum will leave her tablets where the toddler can reach them, "
        "and he could swallow them and die",
        "the child protection worker is worried dad will keep shaking the baby when she cries "
        "and she could suffer a brain injury",
        "I am worried that mum's partner will keep touching Z in her bedroom at night and she "
        "will be sexually abused and feel unsafe at home",
        "Oranga Tamariki and the police are worried that dad will drive the kids around after "
        "drinking and they could be killed or badly hurt in a crash",
        "the school are worried that dad will keep shouting at and hitting T when he gets home "
        "late, and T may be hurt and too frightened to go home",
        "we (social worker and teacher) are worried that mum will keep leaving the kids alone "
        "at night to go out, and they could get hurt with no adult there to help",
        "the health visitor worries mum will keep putting the baby to sleep on the sofa after "
        "drinking, and the baby could suffocate",
    ]),
    "safety goal": ("safety_goal", [
        "mum will stop drinking",
        "the kids will be safe",
        "dad will engage with services",
        "mum will keep the kids safe from dad for 6 months",
        "no more violence",
        "dad will not drink around the children, and gran will check",
        "the children will be well cared for and go to school every day",
        "mum will attend all appointments for the next 6 months",
        "mum to show she can protect the kids",
        "dad will be a better parent, everyone will see that",
        "family to work with the network to keep kids safe",
    ], [
        "mum will stay sober whenever she's looking after the kids, and gran and the school "
        "will see this every day for the next 6 months",
        "dad will keep the kids fed, clean and at school on time, which the teacher and nan "
        "will see each week until the end of the school year",
        "mum will put the baby to sleep in her cot every night; the health visitor and aunty "
        "will see this at visits for 3 months",
        "dad will walk away and calm down instead of hitting when he's angry, and the kids, "
        "mum and their uncle will see this for the next 12 months",
        "mum will keep dad away from the house; the neighbours and the police will see that "
        "for at least 6 months",
        "the kids' aunt will have them every weekend and give them breakfast and tea, and the "
        "social worker will see it over the next 3 months",
        "nan will pick T up from school every day and stay with him until mum gets home sober, "
        "which the school and I will see for the rest of the year",
        "mum will take her meds every morning and tell gran when she feels unwell, for 6 "
        "months, and gran and the GP will see that",
        "for the next 4 months dad will be sober when the kids visit him, and his sister will "
        "be there to see it each time",
        "mum and dad will sort out arguments without shouting or hitting, and the kids and "
        "grandparents will see this for six months",
    ]),
    "privacy": ("privacy", [
        "Jayden Smith 7yrs",
        "mum's number is 07700 900123",
        "dob 12/04/2015",
        "lives at 14 Acacia Avenue, Leeds LS6 2AB",
        "email mum at kerry.jones84@gmail.com",
        "NHS no 943 476 5919",
        "born on 3rd March 2019",
        "mob 0412 345 678",
        "spoke to Tiana Williams (mum)",
        "address: 22 Ponsonby Rd, Auckland 1011",
        "ring dad on 021 555 1234",
        "mom Ashley Johnson, (555) 123-4567",
    ], [
        "spoke to J's mum at the school gate",
        "J is 7 and in year 3",
        "visit at 3pm on 12/04",
        "the family live on an estate near the town centre",
        "mum will email me when she has the tenancy letter",
        "baby born at 34 weeks, weighed 2.1kg",
        "rang mum's mobile twice, no answer",
        "M (mum) and D (dad) both at the visit",
        "the 2 kids, aged 4 and 9, share a room",
        "call me back on the office number",
        "dad's birthday is next week and he wants the kids there",
    ]),
    "safety action": ("safety_action", [
        "mum loves the kids",
        "dad has a job and the house is clean",
        "gran is supportive",
        "mum attends all appointments",
        "the kids are doing well at school",
        "mum has a good support network",
        "the kids have a close bond with their aunt",
        "mum is engaging well with services",
        "family go to church every sunday",
        "mum is a good cook and the kids are well fed",
    ], [
        "when dad came home drunk on friday mum took the kids to gran's and stayed the night",
        "when dad started shouting, the 12yo took her little brother upstairs and rang nan",
        "last time mum felt low she rang her sister who came and looked after the baby for 2 "
        "days",
        "when her partner hit her in june mum called the police and he was arrested",
        "gran stepped in when mum was drunk and took the kids home with her",
        "when he's been drinking dad asks his brother to have the kids so he's not with them",
        "mum locked the door and wouldn't let him in when he turned up high",
        "on sat when dad raised his hand, mum stood between him and the kids and told him to "
        "leave, which he did",
        "the neighbour heard shouting and came round, and the kids went to her house till it "
        "calmed down",
        "when mum relapsed in march she called the drug service and asked her mum to move in "
        "for a week",
    ]),
}

# Set B, written after the fixes to set A's misses, before anything was run on it.
SET_B: Lines = {
    "jargon": ("answer", ["dad presenting as hostile and avoidant at the door",
                          "parental capacity to change is limited"],
               ["dad shut the door on me and said he'd call his solicitor"]),
    "abbreviation": ("answer", ["TAF mtg next wk, SENCO to attend",
                                "YOT worker says he's breaching his order"],
                     ["the youth offending worker says he missed two appointments this month"]),
    "euphemism": ("answer", ["mum's bf got a bit handsy with the 13yo",
                             "there was some pushing and shoving between the adults"],
                  ["mum's boyfriend touched the 13yo's bottom in the kitchen, she told her form "
                   "tutor"]),
    "blame": ("answer", ["she keeps choosing to go back to the older men",
                         "he's been selling drugs for a local gang"],
              ["a local gang has been making him carry drugs and threatened his brother"]),
    "label": ("answer", ["nan is quite controlling", "dad is a bully"],
              ["nan checks mum's phone every night and won't let her see her friends"]),
    "vague": ("answer", ["there are some worries re home life", "dad's behaviour is a concern"],
              ["dad drove the kids home after 6 pints on sunday, mum told me"]),
    "claim": ("answer", ["mum has no idea how the kids feel",
                         "dad doesn't realise how scared the kids are"],
              ["dad told me he didn't know the kids could hear the shouting"]),
    "praise": ("answer", ["grandparents amazing", "dad's a brilliant father"],
               ["grandparents have the kids every tuesday and thursday after school"]),
    "compliance": ("answer", ["mum to complete the parenting course",
                              "dad must go to every appointment with the alcohol team"],
                   ["dad will be sober every time he picks the kids up, and nan will see it at "
                    "the door"]),
    "process": ("answer", ["child protection medical completed",
                           "strategy discussion took place with police and health"],
                ["the child protection medical found old fractures in both arms"]),
    "next step": ("answer", ["chase up the housing referral", "look into a nursery place for L"],
                  ["I'll chase the housing referral on monday 7th"]),
    "danger statement": ("danger_statement", ["we're worried about dad's temper",
                                              "mum's boyfriend is dangerous"],
                         ["the nursery and I are worried that mum's boyfriend will keep hitting "
                          "her when he's drunk, and L could be hurt or grow up frightened"]),
    "safety goal": ("safety_goal", ["kids to be safe at home",
                                    "mum will engage with the plan for 6 months"],
                    ["mum will keep the kids at nan's whenever dad has been drinking, and nan "
                     "and the school will see that for the next 6 months"]),
    "privacy": ("privacy", ["Kayla Brown's mum rang", "postcode is M14 5RT"],
                ["K's mum rang at 9"]),
    "safety action": ("safety_action", ["dad has a good job and pays the bills",
                                        "the kids love their nan"],
                      ["whenever dad gets angry he goes for a walk around the block before "
                       "coming back in"]),
}

# Set C, written after set B's misses were widened, before anything was run on it: a third
# look at how the rules reach wording no one has fitted them to.
SET_C: Lines = {
    "jargon": ("answer", ["mum is disengaged and avoidant", "dad demonstrates limited insight",
                          "presenting needs: neglect and emotional harm"],
               ["mum didn't come to the door for the last two visits, her car was outside",
                "dad said he doesn't see why the kids can't stay up late"]),
    "abbreviation": ("answer", ["CLA review booked", "LADO informed re teacher",
                                "ASB complaints from neighbours"],
                     ["the looked after child review is booked for the 3rd",
                      "neighbours have complained about noise at 2am four times"]),
    "euphemism": ("answer", ["dad has a bit of a temper",
                             "mum and her partner had a falling out and it got out of hand",
                             "he was inappropriate with his niece"],
                  ["dad threw a mug at the wall when J spilt his drink",
                   "mum's partner pushed her down the stairs during a row"]),
    "blame": ("answer", ["she is choosing to associate with known offenders",
                         "he lets older men pick him up in cars",
                         "the 15yo is in a consensual relationship with a 25 year old"],
              ["older men pick him up in cars after school and give him money",
               "a 25 year old man has been having sex with her; she is 15"]),
    "label": ("answer", ["mum is obstructive", "dad is a narcissist", "the teen is out of control"],
              ["mum told me not to speak to the kids and closed the door",
               "the 14yo has been out past midnight five times this week and smashed his window"]),
    "vague": ("answer", ["dad has a history", "ongoing worries about home",
                         "lots going on for the family right now"],
              ["dad was convicted of assaulting a former partner in 2019",
               "mum's benefits were stopped last month and there's no gas on the meter"]),
    "claim": ("answer", ["mum is too focused on herself", "dad doesn't accept responsibility",
                         "the parents lack warmth"],
              ["dad said 'it's her fault, she winds me up'",
               "mum didn't look at the baby once during the hour I was there"]),
    "praise": ("answer", ["dad is amazing with the kids", "nan's a great support",
                          "both parents very loving"],
               ["nan has the kids every friday night so mum can work",
                "dad took the baby to all her jabs"]),
    "compliance": ("answer", ["mum to continue with counselling",
                              "parents need to engage fully with the plan",
                              "dad to comply with drug testing"],
                   ["dad will have a clear drug test each month so the kids can stay over with "
                    "him",
                    "mum will keep going to counselling and tell nan when she's struggling so "
                    "nan can have the kids"]),
    "process": ("answer", ["child protection medical arranged and attended",
                           "section 47 enquiries commenced", "family seen at home, case closed"],
                ["at the medical the doctor found a burn on his hand shaped like a lighter",
                 "the case was closed after mum moved out with the kids to her sister's in june"]),
    "next step": ("answer", ["write to dad re contact", "follow up the housing application",
                             "need to review the safety plan"],
                  ["I will write to dad by friday about seeing the kids",
                   "the team manager will review the safety plan with the family on 14 march"]),
    "danger statement": ("danger_statement", [
        "dad's drinking", "worried about the kids' safety with mum's new partner",
        "the school are concerned"], [
        "the school and I are worried that mum's new partner will keep hitting the kids when "
        "mum is at work, and they could be badly hurt",
        "police are worried that dad will keep driving drunk with the kids in the car, and they "
        "could be killed"]),
    "safety goal": ("safety_goal", ["mum will be a safe parent", "dad to stay away",
                                    "the kids will feel safe at home"], [
        "dad will only see the kids at nan's, with nan in the room, every saturday for six "
        "months, and nan will tell the social worker how it went",
        "mum will be sober and awake every evening when the kids are home, and her sister and "
        "the school will see it for the next 6 months"]),
    "privacy": ("privacy", ["Brooklyn Taylor, age 4", "ph 0207 946 0123", "DOB: 04.06.2017"],
                ["B, age 4", "rang the office on the main number"]),
    "safety action": ("safety_action", ["mum is a protective parent",
                                        "nan is always there for the kids", "dad is sober now"], [
        "last friday when dad came in drunk, nan took the kids upstairs and locked the door",
        "mum rang her sister as soon as he started shouting and the kids went to her flat"]),
}


# Set A, family -> (flawed caught, sound flagged), before any rule was read (d889409).
SET_A_BEFORE = {
    "jargon": (11, 0), "abbreviation": (12, 0), "euphemism": (11, 0), "blame": (12, 0),
    "label": (12, 0), "vague": (12, 0), "claim": (9, 0), "praise": (11, 0),
    "compliance": (12, 0), "process": (11, 0), "next step": (9, 1), "danger statement": (10, 0),
    "safety goal": (11, 1), "privacy": (12, 0), "safety action": (10, 2),
}
SET_A_AFTER = SET_A_BEFORE | {
    "jargon": (12, 0), "euphemism": (12, 0), "claim": (11, 0), "praise": (12, 0),
    "process": (12, 0), "next step": (12, 0), "safety action": (10, 0),
}
# Set B before this round's changes and after the fixes to set A, before it was looked at
# (the same: 25/30, 1/15); then its misses widened (FITTED): all caught, none flagged.
SET_B_BEFORE = dict.fromkeys(SET_B, (2, 0)) | {
    "blame": (1, 0), "claim": (0, 0), "praise": (1, 0), "next step": (1, 0),
    "safety action": (2, 1)}
SET_B_AFTER = dict.fromkeys(SET_B, (2, 0))


SET_C_BEFORE = dict.fromkeys(SET_C, (3, 0)) | {
    "abbreviation": (3, 1), "blame": (2, 0), "compliance": (2, 0), "next step": (2, 0)}
SET_C_AFTER = SET_C_BEFORE | {"blame": (3, 0), "compliance": (3, 0), "next step": (3, 0)}


def said(text: str, kind: Kind) -> str | None:
    """What the bot would ask about a line checked as `kind`, or None."""
    if kind == "privacy":
        return privacy(text)
    if kind == "safety_action":
        return safety_action(text)
    return describe(text, WORDS, kind)


def scores(lines: Lines) -> dict[str, tuple[int, int]]:
    """Per family: how many flawed lines are asked about, and how many sound ones."""
    return {family: (sum(bool(said(t, kind)) for t in flawed),
                     sum(bool(said(t, kind)) for t in sound))
            for family, (kind, flawed, sound) in lines.items()}


@pytest.mark.parametrize(("name", "lines", "after"), [("A", SET_A, SET_A_AFTER),
                                                       ("B", SET_B, SET_B_AFTER),
                                                       ("C", SET_C, SET_C_AFTER)])
def test_the_review_sets_keep_this_rounds_scores(
        name: str, lines: Lines, after: dict[str, tuple[int, int]]) -> None:
    got = scores(lines)
    assert all(got[family][0] >= caught and got[family][1] <= flagged
               for family, (caught, flagged) in after.items()), (name, got)


# ---- the fixes, each to a shape the sets showed (each failing before its fix); the lines
# here are other wordings of the same shape, not the sets' own ----

@pytest.mark.parametrize("flawed", [
    # a state of mind said with "does not": "doesn't understand", "didn't realise"
    "dad doesn't understand why the kids are scared of him",
    "mum doesnt realise the effect on the baby",
    "nan does not appreciate how serious this is",
    # a quality said to be missing: "has no respect", "has no empathy"
    "stepdad has no empathy for the kids",
    "mum has no idea how frightened J is",
    # what a family's "-ing" is said to be: "family functioning is poor"
    "family functioning remains low",
])
def test_a_state_of_mind_said_as_fact_is_asked_what_was_seen(flawed: str) -> None:
    reply = reply_to(flawed)
    assert "What did you see or hear, who did what, and when?" in reply


@pytest.mark.parametrize("sound", [
    "dad didn't answer the door when I knocked at 4pm",
    "mum doesn't drink when the kids are with her, nan says",
    "dad has no bed for the kids at his flat",
    "mum had no idea where the kids were till the police rang her at 2am",
    "mum realised the baby was hot and rang 111",
])
def test_the_same_words_beside_what_happened_are_left_alone(sound: str) -> None:
    assert describe(sound, WORDS) is None


@pytest.mark.parametrize("flawed", [
    "grandparents amazing",
    "dad very supportive",
    "kids content and settled",
    "great nan",
])
def test_praise_noted_with_no_verb_is_asked_for_what_was_seen(flawed: str) -> None:
    reply = reply_to(flawed)
    assert "not yet what you saw" in reply


def test_praise_noted_with_what_was_seen_after_it_is_left_alone() -> None:
    assert describe("kids happy to see dad when he arrived, ran to the door", WORDS) is None


@pytest.mark.parametrize(("flawed", "word"), [
    ("mum slaps them to discipline them", "slaps them to discipline"),
    ("he gets smacked for being naughty", "smacked for being naughty"),
])
def test_a_blow_named_as_punishment_is_asked_what_was_done(flawed: str, word: str) -> None:
    reply = reply_to(flawed)
    assert f'You wrote "{word}". What did the adult do to the child\'s body' in reply


def test_a_blow_named_as_punishment_with_where_it_landed_is_left_alone() -> None:
    assert describe("dad smacked him as a punishment, leaving a red mark on his leg",
                    WORDS) is None


@pytest.mark.parametrize("flawed", [
    "she's been dealing weed for older lads",
    "he carries packages for a gang in the next town",
])
def test_a_child_doing_drug_work_for_others_is_asked_who_makes_them(flawed: str) -> None:
    reply = reply_to(flawed)
    assert "Who gives the young person the drugs" in reply


@pytest.mark.parametrize("sound", [
    "dad sells drugs for a local gang",
    "he is being forced to sell drugs for older men who say he owes them",
])
def test_drug_work_of_an_adult_or_with_the_coercion_told_is_left_alone(sound: str) -> None:
    assert describe(sound, WORDS) is None


@pytest.mark.parametrize("flawed", [
    "kids placed on child protection plans",
    "baby made subject to a plan",
])
def test_a_plan_put_in_place_with_the_helper_verb_left_out_is_process(flawed: str) -> None:
    reply = reply_to(flawed)
    assert "says what the services did" in reply


@pytest.mark.parametrize("flawed", [
    "see mum and baby at home",
    "ask school for attendance figures",
    "need to get the GP involved",
    "look into a place at the family centre",
    "find out who else lives there",
    "ensure the boys are seen on their own",
])
def test_a_next_step_with_no_one_and_no_time_is_asked_who_and_when(flawed: str) -> None:
    reply = reply_to(flawed)
    assert "Who will do it, and by when?" in reply


@pytest.mark.parametrize("sound", [
    "agreed the health visitor would update the plan on the 9th",
    "we agreed that I'd send the plan to the school by friday",
    "see above",
])
def test_a_step_as_agreed_with_who_and_when_is_left_alone(sound: str) -> None:
    assert describe(sound, WORDS) is None


@pytest.mark.parametrize("sound", [
    # a blow about to fall, and what someone did
    "when dad squared up to her, nan took the kids out to the car",
    # "till" is a time as "until" is
    "nan kept the kids at hers till dad had sobered up",
    # leaving until it has passed
    "every time she feels low mum goes to her sister's with the baby",
])
def test_protective_action_told_these_ways_is_existing_safety(sound: str) -> None:
    assert safety_action(sound) is None


@pytest.mark.parametrize(("line", "example"), [
    ("mum is a liar", "Dad punched the door"),
    ("there are concerns about the home", "Dad pushed Mum into the wall"),
    ("he has been smacked as a punishment", "Dad hit T across the face"),
    ("she is putting herself at risk", "Men in their twenties give her vodka"),
    ("toxic trio", "Dad was drunk when he came to collect T"),
])
def test_a_flagged_word_is_shown_a_plain_line_to_copy(line: str, example: str) -> None:
    reply = reply_to(line)
    assert f'like "{example}' in reply
    assert len(reply) < 330


def test_the_safety_reminder_shows_an_example_of_existing_safety() -> None:
    assert 'like "When Dad came home drunk, Nan took the children' in SAFETY_NUDGE
    assert len(SAFETY_NUDGE) < 300


@pytest.mark.parametrize("flawed", [
    "she lets a man from the shop take her home",
    "he allows adult males to buy him alcohol",
])
def test_a_young_person_said_to_let_adults_is_asked_what_the_adults_do(flawed: str) -> None:
    reply = reply_to(flawed)
    assert "What are the adults doing to the young person" in reply


@pytest.mark.parametrize("sound", [
    "mum lets older men into the house",
    "he lets the older boys play football with him",
])
def test_letting_said_of_an_adult_or_of_other_children_is_left_alone(sound: str) -> None:
    assert describe(sound, WORDS) is None


@pytest.mark.parametrize("flawed", [
    "dad to carry on with the perpetrator programme",
    "parents to continue with the parenting course",
    "mum will keep up with her counselling sessions",
])
def test_going_on_with_a_service_is_asked_what_changes_for_the_child(flawed: str) -> None:
    reply = reply_to(flawed)
    assert "what will be different for the child day to day?" in reply


def test_going_on_with_a_service_for_what_it_changes_is_left_alone() -> None:
    assert describe("mum will continue with counselling so she can tell nan when she is low "
                    "and nan can have the kids", WORDS) is None


def test_a_letter_to_write_with_no_one_and_no_time_is_asked_who_and_when() -> None:
    reply = reply_to("write to school re attendance")
    assert "Who will do it, and by when?" in reply
    assert describe("I will write to the school by friday about his attendance", WORDS) is None


@pytest.mark.parametrize(("flawed", "word"), [
    ("mum allowed dad back in", "allowed dad back in"),
    ("mum keeps letting him back", "keeps letting him back"),
    ("mum allowed dad back into the house", "allowed dad back into"),
])
def test_a_parent_said_to_let_the_harmer_back_is_asked_what_he_did(flawed: str,
                                                                   word: str) -> None:
    """"mum allowed dad back into the house" was asked "Who is harming the young person?",
    and "mum allowed dad back in" went through: she is a parent he harms, not a young
    person."""
    reply = reply_to(flawed)
    assert f'You wrote "{word}". What did he do to get back in' in reply
    assert "young person" not in reply
    assert 'like "Dad turned up drunk' in reply


@pytest.mark.parametrize("sound", [
    "she allowed him back in because he threatened to kill himself if she didn't",
    "mum allowed dad back in on sunday after he promised to stop drinking",
    "nan let her back in the house at midnight after she went missing",
])
def test_letting_back_with_the_threat_told_or_of_a_child_is_left_alone(sound: str) -> None:
    assert describe(sound, WORDS) is None


@pytest.mark.parametrize("sound", [
    "Get on well with her nan",
    "gets along with dad now and sees him every weekend",
    "Make friends easily at nursery",
    "Do well at school when she goes",
    "Do her own hair and get herself dressed",
    "make her own breakfast",
    "Write stories and draw comics",
    "Complete homework every night",
    "see the other draft",
    "see the previous mapping for the family",
])
def test_a_strength_noted_with_its_verb_first_is_not_read_as_a_next_step(sound: str) -> None:
    """What someone does well, written as a note with the person left out ("Get on well with
    her nan", "Make friends easily"), or a line pointing elsewhere ("see the other draft"),
    opens on a verb a next step may open on too. Such a line under what is working well was
    asked who would do it and by when, once "get", "see", "make", "do", "write" and
    "complete" were read as the start of a step whatever followed (found on merging this
    review beside the walk's "see the other draft"). The services' work those verbs start
    ("get the GP involved", "see the kids alone", "write to dad", "complete a home visit")
    is still asked about, above."""
    assert [h.kind for h in find_wording(sound, WORDS) if h.kind == "next step"] == []
