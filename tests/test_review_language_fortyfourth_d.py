"""Set AD: a blind wording review of partner agencies and the harder tools (pass 44).

Written after reading the README's section on the checks and the flows' questions, before
reading any rule in flows/checks: 75 flawed lines and 75 sound ones, each pair at one
question, in the voices of partner agencies (a school's attendance officer, pastoral manager
and safeguarding lead; a health visitor, GP, midwife, CAMHS practitioner and emergency
department nurse; police on a domestic incident and on missing episodes; housing; youth
justice) at the contribution and reflection tools and the mapping's three columns, the Harm
Matrix, Signs of Wellbeing, Signs of Success, the contextual mapping (peers, school, places,
online, exploitation), the scale's reasons, and safety goals and plans. Some are dictated
(no punctuation, lower case) and some carry typos. Each row: (voice, "tool:question", line),
a flawed one also what a practice lead would expect asked back (set T's `_fits_t` kinds).
Committed (55fbe26) before anything was run on it.

Blind, on the code as it was (701aef8), flawed lines read after /use as set AB reads them:
flawed asked 70/75, 67 with a question that fits by `_fits_t`; the three others were asked
a word's own question that asks who harms the young person ("putting herself at risk":
"Who is harming the young person ...?"; "involved in county lines": "What are adults making
the young person do ...?"; the contextual goal's question about the places and people that
harm them), which `_fits_ad` reads as the "harmer" kind it is: 70/75 with a question that
fits. Sound flagged 0/75. Let through: a midwife's "late booker possible concealed pregnancy
and poor antenatal engagment so far" (a letter left out of "engagement"), "mums own
vulnerabilitys" at what makes the harm harder to stop ("vulnerabilities" typed "-ys", and
spelt right it went through too), "6 as things are improving slowly" and "five given the
mixed picture" as a scale's reasons, and "we will know when things are better" at how
everyone will know the plan is working.

Fitted: flawed 75/75 asked with a question that fits, sound 0/75 flagged. The families:
- a checked word of nine letters or more with a letter left out inside it ("engagment",
  "minimsing"), or its "-ies" typed "-ys" ("difficultys"), is read as the word
  (`respell._slips_of`; slips that are English words, "addition" for "addiction", are left);
- someone's own trouble named and nothing else ("mums own vulnerabilities", "her own
  challenges", "family stressors"): `claims._TROUBLES` holds vulnerabilities, challenges and
  stressors beside difficulties and issues, and "her own" is no one owning (`claims._acts`);
- a scale's number (also in words, "five") given only for things said to be better or
  calmer, or for "the mixed picture", or for someone said to be more settled
  (`plain_language._NOTHING_HEARD`), asked what was seen;
- the question's own words said back ("we will know when ...", "everyone will know") are
  nobody noticing (`plain_language._ECHOED`), so such an answer is asked who will notice.
Tried first and dropped: reading a scale's opening number as no number in `claims` (so the
sentence after it is read as any answer is) caught the scale lines, but asked two sound
held-out lines of earlier sets ("4 as mum is in the middle of moving out of his flat and has
half her things at nan's", set O; "6 - they are a good family who come to every appointment
and the kids are always clean", set T), whose own words the claims reading misreads; the
narrower shapes above ask neither.

Held-out variants, written after the blind run and before any fix was made, run on the code
before the fixes and after: flawed asked with a question that fits 6/17 -> 17/17 (slips 3/5
-> 5/5, a number for how things are 2/5 -> 5/5, a person's trouble named 0/4 -> 4/4, the
question said back 1/3 -> 3/3); sound let through 15/15 -> 15/15. One of them ("8 she is
much more settled now") was still let through by the first widening and read to design the
second, so it is held out no longer. Variants written after the fixes and before they were
run: flawed 5/14 before the fixes -> 14/14; sound 9/9 both.

A probe of 24 more flawed lines and 10 sound ones in the set's areas, written after these
fixes: 18/24 asked, 1/10 sound asked (a scale's reason naming "a police call-out on 2 march",
asked what happened at it, as the word list asks of any call-out). Two of its misses were
widened to their shapes: a quantity said as "a bit of", "a lot of" or "lots of" before
progress (labels' rule "progress"), and no worries "at present", "currently" or "so far"
(`plain_language._NOTHING_HEARD`); fresh variants of those 1/3 -> 3/3, sound 2/2 both.
Its other misses are left: "mum is doing her best in difficult circumstances" at what is
going well ("mum is doing her best" alone is asked; the circumstances read as something
told), "she will be independant" as a goal (a letter typed for another; spelt right it is
asked), "she will keep herself safe and not go missing" at what the young person and family
will be doing (the question asks what the young person will do; the blaming "keep herself
safe" is asked at the goals that are the adults'), and a partner's "a&e attendance x3 this
year with minor injuries".

Left: "disguised" is not among the words whose slips are read, so "dsguised compliance" is
asked through "compliance" alone. A letter left out of a
word shorter than nine letters ("injurys" of "injuries", "selling" for "swelling"), or a
letter typed for another ("complience"), is still read as written. "Given" without a helper
("given her age") still reads as something given, and "5 given her age" goes through.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from review_sets import review_tests, rows_set
from test_review_language_thirtyeighth import asked_s
from test_review_language_thirtyninth import _fits_t
from test_review_language_thirtyseventh import after_tidying

from flows.checks import respell
from flows.checks.labels import RULES

SET_AD_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- (a) partner agencies, through the contribution link and the reflection ----
    # a school attendance officer
    ("attendance", "contribution:worries",
     "attendence is a concern at 82% and mum is not engaging with the EWO",
     "seen|spell"),
    # a school pastoral manager reading the behaviour log
    ("pastoral", "contribution:worries",
     "he has had numerous behaviour incidents logged this term and is presenting as very "
     "dysregulated",
     "seen"),
    # a designated safeguarding lead, from her notes
    ("dsl", "reflection:what_happened",
     "Our safeguarding notes show historic concerns around neglect and low level concerns re "
     "hygiene",
     "seen"),
    # a health visitor
    ("hv", "contribution:worries",
     "HV has concerns re home conditions and baby's weight is faltering",
     "seen|spell"),
    # a GP
    ("gp", "reflection:what_happened",
     "Mum is a frequent attender with low mood and has disclosed some DA in the past",
     "seen|spell"),
    # a community midwife, dictating
    ("midwife", "contribution:worries",
     "late booker possible concealed pregnancy and poor antenatal engagment so far",
     "seen"),
    # a CAMHS practitioner
    ("camhs", "contribution:working_well",
     "YP is engaging well with the service and making good progress",
     "seen|spell"),
    # an emergency department nurse
    ("ed", "reflection:what_happened",
     "Child presented to ED with an injury inconsistent with the explanation given",
     "seen|spell"),
    # a police officer, a domestic incident
    ("police_di", "mapping:recent_harm",
     "DA incident 12/3, police attended, both parties intoxicated, children present, DASH "
     "medium",
     "seen|spell"),
    # a police missing-person coordinator
    ("police_mfh", "contextual:harm_outside",
     "YP has had 4 missing episodes this month and is believed to be associating with older "
     "males",
     "harmer|seen"),
    # a housing officer
    ("housing", "contribution:worries",
     "property in a poor state of repair and the tenancy is at risk due to ASB complaints",
     "seen|spell"),
    # a youth justice worker
    ("yot", "contribution:working_well",
     "compliant with his referral order and shows good insight into his offending",
     "seen"),
    # a police officer, what needs to happen
    ("police_next", "contribution:needs_to_happen",
     "continued multi agency working and information sharing",
     "who_when"),
    # a health visitor, what needs to happen
    ("hv_next", "reflection:needs_to_happen",
     "HV to continue to monitor",
     "who_when|spell"),
    # a GP, their number
    ("gp_scale", "contribution:partner_scale_why",
     "5 as there are some concerns but also some protective factors",
     "number|seen"),
    # a primary teacher, dictating
    ("teacher_scale", "reflection:worry_scale_why",
     "3 due to the level of concern",
     "number|seen"),
    # ---- the mapping's three columns, from partners' information ----
    ("police_worst", "mapping:worst_harm",
     "Serious DV incident in which mum sustained injuries",
     "seen|spell"),
    ("school_strength", "mapping:strengths",
     "Mum is a good mum who clearly loves her children very much",
     "seen"),
    ("health_safety", "mapping:existing_safety",
     "Mum has good insight into the risks and is protective of the children",
     "safety|seen"),
    ("sw_next", "mapping:next_steps",
     "Strategy discussion to be held and S47 enquiries to be considered",
     "who_when|spell"),
    ("housing_harder", "mapping:complicating",
     "various issues with the housing",
     "seen"),
    # ---- the Harm Matrix ----
    ("hm_behaviour", "harm_matrix:danger_behaviour",
     "Dad's alcohol misuse and volatile behavior",
     "seen|danger"),
    ("hm_impact", "harm_matrix:harm_impact",
     "impact on the childrens emotional wellbeing",
     "seen|impact"),
    ("hm_frequency", "harm_matrix:harm_frequency",
     "ongoing and escalating",
     "seen"),
    ("hm_history", "harm_matrix:harm_history",
     "historic concerns going back years",
     "seen"),
    ("hm_accepted", "harm_matrix:harm_accepted_detail",
     "Dad minimises and lacks insight",
     "seen|words"),
    ("hm_vulnerable", "harm_matrix:child_vulnerability",
     "child is vulnerable due to age and additional needs",
     "seen"),
    ("hm_danger_impact", "harm_matrix:danger_impact",
     "significant harm",
     "danger|impact"),
    ("hm_statement", "harm_matrix:danger_statement",
     "Children's services are worried about the impact of domestic abuse on the children.",
     "danger"),
    ("hm_statement_blame", "harm_matrix:danger_statement",
     "The social worker is worried that mum will continue to fail to protect the children from "
     "dad's violence.",
     "harmer|danger"),
    ("hm_complicating", "harm_matrix:harm_complicating",
     "mums own vulnerabilitys",
     "seen"),
    # ---- (b) Signs of Wellbeing ----
    ("wb_what", "wellbeing:worry_what",
     "Parenting capacity is limited and the home is chaotic",
     "seen"),
    ("wb_impact", "wellbeing:worry_impact",
     "poor outcomes for the children",
     "impact|danger"),
    ("wb_statement", "wellbeing:worry_statement",
     "The school is worried about neglect.",
     "danger|seen"),
    ("wb_goal_doing", "wellbeing:goal_doing",
     "Mum will engage with early help and attend the parenting course",
     "goal"),
    ("wb_goal", "wellbeing:wellbeing_goal",
     "Mum will not let the children go to school hungry.",
     "goal"),
    ("wb_needs", "wellbeing:unmet_needs",
     "emotional needs not being met",
     "seen"),
    ("wb_strengths", "wellbeing:strengths",
     "Strong family network",
     "seen"),
    ("wb_next", "wellbeing:next_steps",
     "Early help assessment to be completed and TAF to be arranged",
     "who_when|spell"),
    ("wb_view", "wellbeing:family_view",
     "Mum is in denial",
     "words|seen"),
    ("wb_harder", "wellbeing:harder",
     "lots going on for the family at the moment",
     "seen"),
    # ---- Signs of Success / Aspiration ----
    ("sx_helps", "success:what_helps",
     "good relationship with carers and professionals",
     "seen"),
    ("sx_worries", "success:their_worries",
     "YP has poor emotional regulation and is at risk of becoming NEET",
     "words|spell|seen"),
    ("sx_goal", "success:success_goal",
     "J will engage with his PA and access education employment or training",
     "goal|spell"),
    ("sx_first", "success:goal_first_step",
     "support to be put in place",
     "who_when"),
    ("sx_belonging", "success:belonging",
     "has a sense of belonging in placement",
     "words|seen"),
    # ---- contextual factors: peers, school, neighbourhood, online, exploitation ----
    ("cx_peers", "contextual:peer_worries",
     "associating with negative peers and putting herself at risk",
     "harmer"),
    ("cx_area", "contextual:area_worries",
     "Known hotspot for ASB and CSE",
     "seen|spell"),
    ("cx_online", "contextual:online_worries",
     "inappropriate online activity",
     "seen"),
    ("cx_school", "contextual:school_worries",
     "poor attendance and at risk of exclusion due to her behaviour",
     "seen"),
    ("cx_signs", "contextual:harm_signs",
     "YP is not engaging and refuses to disclose",
     "seen|words|spell"),
    ("cx_behaviour", "contextual:danger_behaviour",
     "YP is involved in county lines",
     "harmer|danger"),
    ("cx_goal_doing", "contextual:goal_doing",
     "YP will stop going missing and will comply with her curfew",
     "goal|harmer"),
    ("cx_home_safety", "contextual:home_safety",
     "Mum is very protective and supportive",
     "safety|seen"),
    ("cx_yp", "contextual:yp_worries",
     "she is very vulnerable and easily led",
     "seen|harmer"),
    # ---- (c) the scale's reasons ----
    ("sc_danger", "mapping:danger_scale_why",
     "4 because there has been some improvement but there are still concerns",
     "number|seen"),
    ("sc_safety", "mapping:safety_scale_why",
     "2 risks remain high",
     "number|seen"),
    ("sc_wellbeing", "wellbeing:wellbeing_scale_why",
     "6 as things are improving slowly",
     "number|seen"),
    ("sc_success", "success:success_scale_why",
     "7 he is doing really well",
     "number|seen"),
    ("sc_contextual", "contextual:safety_scale_why",
     "1 high risk of CSE",
     "number|spell|seen"),
    ("sc_matrix", "harm_matrix:harm_scale_why",
     "3 - significant concerns remain regarding parental capacity",
     "number|seen"),
    ("sc_supervision", "supervision:my_scale_why",
     "five given the mixed picture",
     "number|seen"),
    # ---- (d) safety goals and safety plans ----
    ("sg_doing", "mapping:goal_doing",
     "Dad will engage with a perpetrator programme and attend all sessions",
     "goal"),
    ("sg_how_long", "mapping:goal_how_long",
     "until the case is closed",
     "period"),
    ("sg_victim", "mapping:safety_goal",
     "Mum will keep the children away from dad.",
     "harmer|goal"),
    ("sp_network", "mapping:trusted_adults",
     "family and friends",
     "seen|who_when"),
    ("sp_working", "mapping:plan_working",
     "it will be monitored",
     "who_when|seen"),
    ("sp_first", "mapping:first_sign",
     "mum engaging with services",
     "seen|goal"),
    ("cp_network", "contextual:trusted_adults",
     "youth worker to support",
     "who_when|seen"),
    ("cp_working", "contextual:plan_working",
     "we will know when things are better",
     "seen|who_when"),
    ("cp_goal", "contextual:safety_goal",
     "YP will make better choices and keep herself safe.",
     "harmer|goal"),
    ("sv_goal", "supervision:safety_goal",
     "Safety plan to be put in place and agreed by all.",
     "goal|who_when"),
    ("wb_how_long", "wellbeing:goal_how_long",
     "ongoing",
     "period"),
    ("cp_next", "contextual:next_steps",
     "disruption activity",
     "who_when"),
    ("sv_doing", "supervision:goal_doing",
     "parents to work openly and honestly with professionals",
     "goal"),
)

SET_AD_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- (a) partner agencies ----
    ("attendance", "contribution:worries",
     "Since September K has been in school 41 of 50 days; 6 of the 9 days missed were Mondays "
     "and mum rang in on only 2 of them"),
    ("pastoral", "contribution:worries",
     "the log shows 7 times since half term he has thrown a chair or kicked a member of staff "
     "and 5 of those were on a monday morning after a weekend at his dads"),
    ("dsl", "reflection:what_happened",
     "On 3 November J came in wearing the same uniform for the fifth day running, smelling of "
     "urine, and told me there has been no hot water at home since the boiler broke"),
    ("hv", "contribution:worries",
     "At my visit on 12 Feb baby weighed 4.1 kg, down from 4.3 at her 8 week check; there were "
     "dirty bottles on the floor and mum said she ran out of formula two days before"),
    ("gp", "reflection:what_happened",
     "At her appointment on 2 March mum told me her partner takes her bank card and won't let "
     "her see her sister, and she cried when she said the children hear him shouting"),
    ("midwife", "contribution:worries",
     "she first came to us at 31 weeks on 4 january and has missed 3 of her 5 scans since she "
     "told me her partner doesnt let her go out on her own"),
    ("camhs", "contribution:working_well",
     "She has come to all six sessions since January, gets the bus there on her own, and now "
     "tells her mum when she wants to cut; she has not cut herself since 14 Feb."),
    ("ed", "reflection:what_happened",
     "R (14 months) was brought in at 2am on 6 March with a swollen left wrist; mum said he fell "
     "off the sofa, and the X-ray showed a twisting break the doctor says does not fit a fall"),
    ("police_di", "mapping:recent_harm",
     "On 12 March a neighbour rang 999 at 11pm; dad had pushed mum down the stairs while both "
     "boys watched from the landing, and the older one rang his nan"),
    ("police_mfh", "contextual:harm_outside",
     "T was reported missing four times in March; each time she came back after midnight, and "
     "twice men in their twenties dropped her off in a grey car outside the chip shop"),
    ("housing", "contribution:worries",
     "Since November neighbours have reported shouting at night 6 times; when I visited on 3 "
     "Feb the children's bedroom had black mould on two walls and no bulb in the light"),
    ("yot", "contribution:working_well",
     "he has come to 9 of his 10 appointments since december on time and on his own and told "
     "me he now walks off when the older lads start talking about getting stuff"),
    ("police_next", "contribution:needs_to_happen",
     "I will put a marker on the address today so any 999 call goes to the top, and I will tell "
     "the social worker about any call-out by the next morning"),
    ("hv_next", "reflection:needs_to_happen",
     "I will weigh baby at home every Tuesday until the end of April and ring the social worker "
     "the same day if she loses weight"),
    ("gp_scale", "contribution:partner_scale_why",
     "5 she has kept every appointment since january and collects her prescription on time but "
     "she told me on 3 march he still takes her bank card"),
    ("teacher_scale", "reflection:worry_scale_why",
     "3 because he has come in hungry 4 days this week and said mum hasnt been home since "
     "sunday"),
    # ---- the mapping's three columns ----
    ("police_worst", "mapping:worst_harm",
     "On 2 Jan dad held mum by the throat in the kitchen until she passed out while A (6) stood "
     "in the doorway; A ran to the neighbour's for help"),
    ("school_strength", "mapping:strengths",
     "Mum has walked both girls to the school gate every day this term and stays to talk to "
     "their teacher on Fridays"),
    ("health_safety", "mapping:existing_safety",
     "When dad came home drunk on 8 and 15 Feb, mum took the girls to her sister's before he "
     "got in and stayed the night both times"),
    ("sw_next", "mapping:next_steps",
     "I will hold a strategy meeting with the police and the school nurse by 10am on Thursday "
     "14 March"),
    ("housing_harder", "mapping:complicating",
     "The flat is on the 9th floor, the lift has been broken since January and mum has to carry "
     "the buggy and shopping up with two children"),
    # ---- the Harm Matrix ----
    ("hm_behaviour", "harm_matrix:danger_behaviour",
     "Dad drinks a bottle of vodka most Friday nights, then shouts at mum and throws things at "
     "her while the children are in the next room"),
    ("hm_impact", "harm_matrix:harm_impact",
     "Since Christmas J wets the bed most nights and told her teacher she is scared to go home "
     "on Fridays"),
    ("hm_frequency", "harm_matrix:harm_frequency",
     "Police have been called 5 times since August, the last on 2 March; the last two were a "
     "week apart, so it is happening more often"),
    ("hm_history", "harm_matrix:harm_history",
     "The first call-out we know of was in June 2019 when S was a baby; the health visitor saw "
     "bruises on mum's arm the same month"),
    ("hm_accepted", "harm_matrix:harm_accepted_detail",
     "Dad said 'it was only a push, she fell over the toys' and 'the kids were asleep, they "
     "didn't see anything'"),
    ("hm_vulnerable", "harm_matrix:child_vulnerability",
     "M is 3 and has no words yet so she cannot tell anyone what happens, and nobody outside "
     "the family has seen her since she left nursery in January"),
    ("hm_danger_impact", "harm_matrix:danger_impact",
     "the children could be hit by something dad throws, or grow up scared in their own home "
     "and think it is normal for a man to hurt a woman"),
    ("hm_statement", "harm_matrix:danger_statement",
     "The police and the school are worried that dad will hit or strangle mum again when he has "
     "been drinking, and that the children will be hurt trying to stop him or grow up frightened "
     "at home."),
    ("hm_statement_blame", "harm_matrix:danger_statement",
     "The health visitor is worried that dad will keep shaking the baby when she cries at "
     "night, and that she could be left brain damaged or die."),
    ("hm_complicating", "harm_matrix:harm_complicating",
     "Mum has no family nearby and no money of her own since dad took over her bank account"),
    # ---- (b) Signs of Wellbeing ----
    ("wb_what", "wellbeing:worry_what",
     "Mum is in bed when the children leave for school most days and the younger two have come "
     "in without breakfast 8 times since half term"),
    ("wb_impact", "wellbeing:worry_impact",
     "K could fall so far behind with her reading that she can't keep up at secondary, and "
     "keep going hungry until lunch"),
    ("wb_statement", "wellbeing:worry_statement",
     "The school and the health visitor are worried that if mum keeps missing the mornings, K "
     "(6) will keep arriving hungry and late, fall behind with reading and feel different from "
     "the other children."),
    ("wb_goal_doing", "wellbeing:goal_doing",
     "Mum will get up at 7 on school days, give both children breakfast and walk them to the "
     "gate by 8.50"),
    ("wb_goal", "wellbeing:wellbeing_goal",
     "Mum will make breakfast for both children every school day and the breakfast club staff "
     "will see them eat it, for the whole of the spring term."),
    ("wb_needs", "wellbeing:unmet_needs",
     "someone to sit with him at bedtime when he has nightmares"),
    ("wb_strengths", "wellbeing:strengths",
     "Nan has the children every Saturday and cooks them a roast, and she picks them up from "
     "school on Wednesdays"),
    ("wb_next", "wellbeing:next_steps",
     "I will meet mum and the school on Tuesday 18 March to agree who does the morning run"),
    ("wb_view", "wellbeing:family_view",
     "Mum says 'I can't get out of bed some days but I don't want anyone taking them off me'"),
    ("wb_harder", "wellbeing:harder",
     "dad lost his job in january and they are two months behind with the rent"),
    # ---- Signs of Success / Aspiration ----
    ("sx_helps", "success:what_helps",
     "her foster carer drives her to college every morning and helps with her coursework on "
     "sunday evenings"),
    ("sx_worries", "success:their_worries",
     "'I'm scared I won't have anyone when I turn 18 and I'll end up in a hostel'"),
    ("sx_goal", "success:success_goal",
     "J will get to college on time 4 days out of 5 this term and tell his personal adviser "
     "each Friday how the week went."),
    ("sx_first", "success:goal_first_step",
     "His personal adviser will go with him to the college open day on Saturday 22 March"),
    ("sx_belonging", "success:belonging",
     "'at the boxing gym with coach and the lads, they don't care where I live'"),
    # ---- contextual factors ----
    ("cx_peers", "contextual:peer_worries",
     "Two men in their twenties have been giving her lifts and vodka after school since January "
     "and told her she owes them"),
    ("cx_area", "contextual:area_worries",
     "The car park behind the retail park, where older men wait in cars at night and girls "
     "have been seen getting in"),
    ("cx_online", "contextual:online_worries",
     "A man she met on Snapchat keeps asking her for pictures of herself without clothes and "
     "said he will send them to her school if she stops"),
    ("cx_school", "contextual:school_worries",
     "She has missed 22 afternoons since January, and staff have seen a car waiting at the back "
     "gate at lunchtime on those days"),
    ("cx_signs", "contextual:harm_signs",
     "She told her youth worker 'they're my mates, they look after me', and she has new "
     "trainers and a second phone"),
    ("cx_behaviour", "contextual:danger_behaviour",
     "Older men are making him carry drugs to other towns on the train and have said they will "
     "hurt his little brother if he refuses"),
    ("cx_goal_doing", "contextual:goal_doing",
     "Police will patrol the car park every Friday and Saturday night, and the takeaway staff "
     "will ring the police when men try to pick girls up there, from now until September"),
    ("cx_home_safety", "contextual:home_safety",
     "when the men came to the house on 4 march mum would not let her go out, locked the door "
     "and rang 999"),
    ("cx_yp", "contextual:yp_worries",
     "She is 13, has a learning disability and has had no friends her own age since moving here "
     "in October"),
    # ---- (c) the scale's reasons ----
    ("sc_danger", "mapping:danger_scale_why",
     "4 because dad has not come to the house since the court order on 3 Feb, but he sent mum "
     "30 messages last week"),
    ("sc_safety", "mapping:safety_scale_why",
     "2: baby is 5 weeks old and has a broken rib nobody can explain, and both parents still "
     "say they don't know how it happened"),
    ("sc_wellbeing", "wellbeing:wellbeing_scale_why",
     "6 because the children have been on time every day for 3 weeks, but mum still runs out of "
     "money for food by Thursday"),
    ("sc_success", "success:success_scale_why",
     "7 he got a place on the mechanics course and has been in every day since 6 january"),
    ("sc_contextual", "contextual:safety_scale_why",
     "1 because she went missing again last night and was found in a flat with three adult men"),
    ("sc_matrix", "harm_matrix:harm_scale_why",
     "3: he has hit mum twice since Christmas with the children in the room, but he has stayed "
     "at his brother's since the last time"),
    ("sc_supervision", "supervision:my_scale_why",
     "five because mum has left him once and gone back and the kids say he hasnt shouted since "
     "she came back"),
    # ---- (d) safety goals and safety plans ----
    ("sg_doing", "mapping:goal_doing",
     "Dad will walk out to his brother's when he feels himself getting angry, and will be sober "
     "whenever the children are with him"),
    ("sg_how_long", "mapping:goal_how_long",
     "six months, through Christmas and his birthday in March"),
    ("sg_victim", "mapping:safety_goal",
     "Dad will speak calmly to mum and leave the house when he is angry, the children will "
     "sleep through the night without shouting, and nan and the school will see this at every "
     "visit for six months."),
    ("sp_network", "mapping:trusted_adults",
     "Nan: will have the children at hers every Friday night and ring me if dad turns up"),
    ("sp_working", "mapping:plan_working",
     "The school will tell me if either child misses a day or comes in without breakfast, and "
     "nan will ring me after each Friday"),
    ("sp_first", "mapping:first_sign",
     "dad ringing his brother instead of shouting when he gets angry, and the kids telling nan "
     "it has been quiet at home"),
    ("cp_network", "contextual:trusted_adults",
     "Her youth worker: will text her every Friday evening and pick her up from the bus station "
     "if she rings, until the summer"),
    ("cp_working", "contextual:plan_working",
     "No missing reports for 3 months, and the takeaway staff tell the youth worker each Monday "
     "whether the grey car has been back"),
    ("cp_goal", "contextual:safety_goal",
     "The men will not be able to reach her: police will close the flat they use, the school "
     "will walk her to her taxi, and mum will collect her from youth club every Thursday, for "
     "six months."),
    ("sv_goal", "supervision:safety_goal",
     "Dad will stay at his brother's whenever he has been drinking, mum will ring nan if he "
     "turns up, and the police and school will see this at every check for six months."),
    ("wb_how_long", "wellbeing:goal_how_long",
     "until the end of the school year in July"),
    ("cp_next", "contextual:next_steps",
     "The neighbourhood police officer will ask the council to lock the car park gates at 10pm, "
     "by 31 March"),
    ("sv_doing", "supervision:goal_doing",
     "Mum and dad will take turns to get up to the baby at night so neither of them is too "
     "tired to hold her safely"),
)

LEFT_UNASKED: frozenset[str] = frozenset()
LEFT_FLAGGED: frozenset[str] = frozenset()

# The questions of the rules about wording that makes a child the cause of their harm
# ("putting herself at risk", "involved in county lines"), and the contextual goal's question
# about the places and people that harm the young person: each asks who harms them.
_WHO_HARMS = (*(rule.question for rule in RULES if rule.kind == "blame"),
              "the places and the people that harm them")


def _fits_ad(want: str, reply: str) -> bool:
    """Set T's `_fits_t`, reading "harmer" (who harms the child is asked for) also where the
    reminder is a word's own question that asks who harms them."""
    if "harmer" in want.split("|") and any(asks in reply for asks in _WHO_HARMS):
        return True
    return _fits_t(want, reply)


# ---- held-out variants: written after the blind run, before any fix was made or run ----

# A checked word typed in a hurry with a letter left out ("engagment"), or a plural in "-ies"
# typed "-ys" ("vulnerabilitys"): asked as the word spelt right is.
A_SLIP_OF_A_LONG_WORD = [
    ("wellbeing", "worry_what", "poor engagment with the health visitor", "seen"),
    ("contribution", "worries", "dad was very inappropiate with staff at pick up", "seen"),
    ("harm_matrix", "harm_accepted_detail", "mum is minimsing what happened", "seen|words"),
    ("mapping", "complicating", "financial difficultys", "seen"),
    ("reflection", "what_happened", "safeguardng concerns raised by the dinner lady", "seen"),
]
PLAIN_WORDS_A_LETTER_SHORT = [
    ("wellbeing", "strengths", "mum made an alteration to the school run so nan collects on "
     "fridays"),
    ("mapping", "strengths", "In addition to the school run dad now cooks tea every night"),
    ("contribution", "working_well", "She was given two babys dolls for her birthday and plays "
     "mummy with them every day"),
]

# A scale's reason that opens with its number and then says only how things are, or what was
# weighed ("5 because things have got a bit better", "three given the overall picture"): the
# number is the one given, not something counted, and is asked what was seen.
A_NUMBER_THEN_ONLY_HOW_THINGS_ARE = [
    ("mapping", "danger_scale_why", "5 because things have got a bit better", "number|seen"),
    ("contribution", "partner_scale_why", "four as the situation is improving", "number|seen"),
    ("contextual", "safety_scale_why", "three given the overall picture", "number|seen"),
    # (still let through by the first widening, and read to design the second: someone said to
    # be more settled, with nothing seen)
    ("success", "success_scale_why", "8 she is much more settled now", "number|seen"),
    ("harm_matrix", "harm_scale_why", "6, things seem calmer", "number|seen"),
]
A_NUMBER_THEN_WHAT_WAS_SEEN = [
    ("mapping", "danger_scale_why", "5 because dad has moved out to his mum's and has not been "
     "back since 2 March"),
    ("contribution", "partner_scale_why", "four as she has missed 6 of her 10 sessions"),
    ("success", "success_scale_why", "8 she has been in her own flat since may and pays her rent "
     "each month"),
    ("wellbeing", "wellbeing_scale_why", "6 given that he has eaten breakfast at school every day "
     "this term"),
    ("reflection", "worry_scale_why", "2 she told me her stepdad hit her with a slipper on friday"),
    ("mapping", "recent_harm", "3 of the children were in the room when he hit her on Sunday"),
    ("contextual", "harm_outside", "2 men in a white van picked her up from school on monday"),
]

# What makes things harder named only as someone's vulnerabilities, challenges or stressors.
A_PERSONS_TROUBLE_NAMED = [
    ("mapping", "complicating", "dads vulnerabilities", "seen"),
    ("harm_matrix", "harm_complicating", "her own challenges", "seen"),
    ("wellbeing", "harder", "mums vulnerability", "seen"),
    ("contextual", "home_worries", "family stressors", "seen"),
]
A_PERSONS_TROUBLE_TOLD = [
    ("mapping", "complicating", "dad cannot read so the letters from school go unanswered"),
    ("contextual", "home_worries", "mum works nights so nobody is home after school"),
]

# How everyone will know said in the question's own words ("we will know when ..."), with
# nobody to notice anything: asked who will notice, and what they will look out for.
THE_QUESTION_ECHOED = [
    ("mapping", "plan_working", "we will know when the kids are happier", "who_when|seen"),
    ("contextual", "plan_working", "everyone will know it is working when things calm down",
     "who_when|seen"),
    ("mapping", "plan_working", "we'll know because it will be obvious", "who_when|seen"),
]
SOMEONE_KNOWS = [
    ("mapping", "plan_working", "we will know because nan will ring me every Sunday to say if "
     "dad kept to the plan"),
    ("contextual", "plan_working", "the school will know by 9.30 if she isn't in and will ring "
     "mum and me"),
    ("mapping", "plan_working", "we'll know from the register: the attendance officer will email "
     "me every Friday"),
]


# ---- held-out variants written after the fixes, before they were run --------------------------

AFTER_THE_FIXES_FLAWED = [
    ("contextual", "school_worries", "she is presenting as dysregulted in lessons", "seen"),
    ("mapping", "harm_impact", "the children have suffered signficant emotional harm", "seen"),
    ("wellbeing", "worry_what", "mum has very poor enagement with school", "seen"),
    ("supervision", "worries", "dsguised compliance from both parents", "seen"),
    ("mapping", "safety_scale_why", "seven as things have got much better", "number|seen"),
    ("reflection", "worry_scale_why", "3, home life seems more settled", "number|seen"),
    ("contribution", "partner_scale_why", "5 given the current context", "number|seen"),
    ("harm_matrix", "harm_scale_why", "2 - dad is a bit calmer", "number|seen"),
    ("wellbeing", "wellbeing_scale_why", "eight because everything is more stable now",
     "number|seen"),
    ("wellbeing", "harder", "dads own challenges", "seen"),
    ("mapping", "complicating", "their vulnerabilities", "seen"),
    ("harm_matrix", "harm_complicating", "his own stressors", "seen"),
    ("contextual", "plan_working", "you will know it is working when she stops going missing",
     "who_when|seen"),
    ("mapping", "plan_working", "we should all know because the kids will seem happier",
     "who_when|seen"),
]
AFTER_THE_FIXES_SOUND = [
    ("mapping", "strengths", "every Sunday dad takes the boys to their deceased grandad's "
     "allotment and they grow tomatoes together"),
    ("mapping", "safety_scale_why", "seven as things have got much better since dad moved out on "
     "4 March: no police call-outs and the girls are sleeping through"),
    ("contribution", "partner_scale_why", "5 given that she has come to 8 of her 10 appointments "
     "since January"),
    ("harm_matrix", "harm_scale_why", "2 - dad is calmer when I visit but he punched the door on "
     "Sunday"),
    ("wellbeing", "wellbeing_scale_why", "eight because the kids have been in school every day "
     "since Easter"),
    ("mapping", "complicating", "his own dad hit him as a child and he has never talked to anyone "
     "about it"),
    ("wellbeing", "harder", "mum's own mum died in October and she has nobody to help with the "
     "baby"),
    ("mapping", "plan_working", "we will all know quickly because the school rings me by 10 if "
     "either child is not in"),
    ("contextual", "plan_working", "everyone will know because her youth worker will text the "
     "group after each Friday session"),
]

# Found by a probe of 24 more flawed lines and 10 sound ones in this set's areas, written after
# the fixes above: a quantity said as "a bit of" before progress, and no worries said to be
# "at present" (the probe's other misses are in the module's docstring). The first two are
# the probe's own; the rest were written after the fix and before it was run.
PROGRESS_AND_NONE_AT_PRESENT = [
    ("supervision", "my_scale_why", "4 theres been a bit of progress", "number|seen"),
    ("reflection", "worry_scale_why", "7 as no concerns at present", "number|seen"),
    ("wellbeing", "wellbeing_scale_why", "6 lots of progress", "number|seen"),
    ("mapping", "strengths", "there has been a little bit of improvement", "seen"),
    ("contribution", "partner_scale_why", "8 - no worries currently", "number|seen"),
]
PROGRESS_SAID = [
    ("mapping", "strengths", "a lot of progress in her reading since christmas"),
    ("contribution", "partner_scale_why", "8 - no worries currently: he has been in every day "
     "since September and told his teacher home is calm"),
]

HELD_OUT_FLAWED = (A_SLIP_OF_A_LONG_WORD + A_NUMBER_THEN_ONLY_HOW_THINGS_ARE
                   + A_PERSONS_TROUBLE_NAMED + THE_QUESTION_ECHOED + AFTER_THE_FIXES_FLAWED
                   + PROGRESS_AND_NONE_AT_PRESENT)
HELD_OUT_SOUND = (PLAIN_WORDS_A_LETTER_SHORT + A_NUMBER_THEN_WHAT_WAS_SEEN
                  + A_PERSONS_TROUBLE_TOLD + SOMEONE_KNOWS + AFTER_THE_FIXES_SOUND
                  + PROGRESS_SAID)


_WORD_LISTS = [Path("/usr/share/dict") / name for name in ("british-english", "american-english")]


@pytest.mark.skipif(not any(path.exists() for path in _WORD_LISTS),
                    reason="no English word list on this machine (Debian: wbritish)")
def test_a_letter_left_out_of_a_long_word_is_read_only_where_it_makes_no_other_word() -> None:
    """A slip read as a checked word is no English word of its own ("addition" is not read
    as "addiction"), and the first letter and the last two are never taken as left out
    ("concern" stays "concern", "described" is not "describes")."""
    english = {line.strip().lower() for path in _WORD_LISTS if path.exists()
               for line in path.read_text(encoding="utf-8", errors="replace").splitlines()}
    checked = set(respell.slips().values())
    read_as_another = sorted(slip for slip, word in respell.slips().items()
                             if slip in english and slip not in checked)
    # (set AB's leftover: "madrasa", a spelling of its own, is read as "madrassa" typed with
    # one "s", a slip of the kinds read before this pass)
    assert read_as_another == ["madrasa", "madrasas"]
    assert respell.respelt("an engagment and a vulnerabilitys") \
        == "an engagement and a vulnerabilities"
    assert respell.respelt("concern, ngagement, engagemen") == "concern, ngagement, engagemen"


globals().update(review_tests(rows_set(
    "AD", SET_AD_FLAWED, SET_AD_SOUND, asked=asked_s, asked_flawed=after_tidying, fits=_fits_ad,
    sizes=(75, 75), paired=True, left_unasked=LEFT_UNASKED, hold_left_unasked=True,
    left_flagged=LEFT_FLAGGED, held_flawed=HELD_OUT_FLAWED, held_sound=HELD_OUT_SOUND)))
