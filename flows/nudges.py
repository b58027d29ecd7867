"""The one-time reminders about an answer, wired from the checks in `flows.checks`.

`nudger()` gives the engine a function (check name, answer) -> reminder or None; the engine
shows each reminder at most once per question and lets `/keep` keep the answer as it was.
A step names its checks under `checks:` in a flow file: `plain_language`, `privacy`,
`safety_action`, `goal_wording`, `danger_statement`, `worry_statement`, `safety_goal`,
`wellbeing_goal`, `dated`, `who_is_worried`, `what_happens_next`, `what_the_child_needs`,
`how_long`, `short_forms`, `child_view`, `when`, `safety_network`, `age`,
`about_the_contexts`, `number_moved`, `scale_reason`, `role`, `what_it_did_to_the_child`,
`what_could_happen` (the names in `CHECKS`;
`who_is_worried` to `child_view` are `plain_language` told the question it is at, `child_view`
with a check of its own first; `wellbeing_goal` is `safety_goal` asked of an early help
family's goal, in its words;
`worry_statement` is the danger statement's check asked of a wellbeing worry, where what is
happening for the child, anyone's doing, takes the place of an adult's behaviour;
`safety_network` asks about a group named alone in a safety network; `age` asks about a line
with no age at how old a child is; `about_the_contexts` about a goal of the young person's
doing alone where the contexts' goal is asked; `number_moved` about a number said only not to
have moved, where since when and what has been tried are asked; `scale_reason` about a
number's reason that says only how worried someone is; `role` about the short forms of a
partner's role; `what_it_did_to_the_child` about an answer at what the harm has done to
the child that tells only of an adult, "Dad drinks"; `what_could_happen` about an answer at
what could happen if nothing changes that tells only what has happened, "he was hit with a
belt last month").
`label_check` vets a draft's case label before anything is stored under it.
`describe` gives the one line `sosbot language-check` prints for a flagged line.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from flows.answers import LIST_MARK
from flows.checks.harm_or_danger import past_as_danger
from flows.checks.labels import RULES
from flows.checks.lexicon import ADULT, PROFESSIONAL, SERVICE_BY_NAME
from flows.checks.plain_language import Asked, JargonHit, find_wording, going_well_alone
from flows.checks.praise import praises
from flows.checks.privacy import as_latin, find_personal_data, looks_like_a_name, name_in_label
from flows.checks.process import DONE_STEP_QUESTION, NEXT_STEP_QUESTION, WHEN_QUESTION
from flows.checks.respell import respelt, slips
from flows.checks.safety import SAFETY_NUDGE, looks_like_safety
from flows.checks.text import fold, lettered_ways, mask_quotes, one_check, sentence_start
from flows.checks.to_the_child import only_the_adult
from flows.checks.words import WordList, led_by_capitals, load_word_list
from flows.engine import Nudger
from flows.regex import on_first_use
from flows.role_answer import short_forms_in_role

PLAIN_ONE = ('You wrote "{word}". {question} A few words about what was actually seen or '
             'heard, like "{example}", will mean more to the family and to anyone reading this '
             "later.")
# A plain line of the kind each family of wording stands in for, as the example to copy.
EXAMPLES = {
    "label": "Dad punched the door when I asked about the bruise",
    "euphemism": "Dad hit T across the face with his open hand on Sunday",
    "blame": "Men in their twenties give her vodka and drive her to parties",
    "vague": "Dad pushed Mum into the wall on Friday night while T watched from the stairs",
    "process": "At the meeting Mum said she had started drinking again",
    # (taking part told as what is working: what it has changed for the child)
    "took part": "Mum has been to every group since May, and T has been at school on time "
                 "each morning since",
    # (a harm named and nothing of it: "Further exploitation and harm")
    "harm named": "D could be stabbed or arrested carrying drugs for the men, and may stop "
                  "going to college",
    # (a quality of care named alone, "a calm home": what it looks like day to day)
    "quality": "Mum reads T a story every night and he is asleep in his own bed by 7.30",
    # (what it has done said only to be done: "its had an effect on all the kids")
    "done named": "Since Sept T wets the bed again and hides under the table when Dad shouts",
    # (an event named by when it was: "the incident in sept")
    "event named": "On 2 Sept Dad threw a mug at Mum while T was in the room; T hid under "
                   "the table",
}
EXAMPLE = "Dad was drunk when he came to collect T from school on Friday"
# Wording that blames a parent for the harm another adult does to them.
# (and the rules of the same question, "mum still lets him in" among them (set AN), which
# were shown the example of men who exploit a young person)
EXAMPLES_BY_TERM = dict.fromkeys(
    ("let him back in", "going back to him", "failed to protect", "provoked him",
     "let him back", "won't leave him", "should have known", "put her relationship first"),
    "Dad turned up drunk, kicked the door and said he would take the kids if she kept him out")
# Help promised only as needed: a step of help with who does what and when.
EXAMPLES_BY_TERM["as needed"] = "Her key worker will ring the housing office with her on Monday"
# A child's age named alone: how old, and what it means for them.
EXAMPLES_BY_TERM["age"] = ("T is 3: she can't open the front door or use a phone, and no one "
                           "outside the home sees her")
# What helps, a school's process and what an assessment weighs: the place and people, the
# young person's day, and what is not yet known.
EXAMPLES_BY_TERM["safe spaces"] = ("The youth club on Mill Lane on Tuesdays, where the leader "
                                   "walks him to the bus stop after")
EXAMPLES_BY_TERM["reduced timetable"] = ("Since March he is in school from 9 till 12, then at "
                                         "home on his own until his mum is back at 6")
EXAMPLES_BY_TERM["suitability"] = ("Whether her aunt can keep her on when her own baby is born "
                                   "in May")
# A group said to exploit a young person, and what someone copes with said as their tools:
# who did what, where and when; what they did when it was hard (set AM).
EXAMPLES_BY_TERM["a group exploiting them"] = ("Since May two men in a silver car have picked "
                                               "him up after school and sent him to sell drugs "
                                               "in the next town")
EXAMPLES_BY_TERM["drawn into crime"] = EXAMPLES_BY_TERM["a group exploiting them"]
EXAMPLES_BY_TERM["coping strategies"] = ("When dad lost his job last year, mum asked nan to "
                                         "have the kids on her late shifts and they still got "
                                         "to school every day")
# A label with what the person did after it: what they did is already there.
LABEL_TOLD = ('You wrote "{word}", then said what the person did. That says it better than '
              "the label, which reads as a judgement a family may dispute. Could the answer "
              "stand without it?")
LABEL_TOLD_ITEM = "You say what they did next; could the answer stand without this word?"
# An abbreviation needs writing out, not a description of what was seen.
# Once in full is enough: "the health visitor (HV)" counts as written out for the answer.
# (Of a service named by its short form, "DV unit", the letters alone go in the brackets:
# "domestic abuse unit (DV)" is read as written out, "(DV unit)" was not.)
SHORT_FORM = ('You wrote "{word}". {question} Once in full is enough, with "{short}" after it in '
              "brackets. Written out, it reads plainly to the family and to anyone reading this "
              "later.")
# A next step with a short form in it: the step's missing part and the short form, each.
SHORT_AND_STEP = ("Each of these would help the family or a conference:\n{items}\n"
                  "A short form needs writing out once, with it after in brackets; a next step "
                  "says who will do what, by when.")
# ... or with a goal's sentence that says only how someone will be ("YP will feel safe").
SHORT_AND_STATE = ("Each of these would help the family or a conference:\n{items}\n"
                   "A short form needs writing out once, with it after in brackets; a goal "
                   "says what anyone could see happening, day to day.")
PLAIN_MANY = ("Some words here may read as labels to the family or a conference:\n{items}\n"
              "A few words about what was actually seen or heard will mean more to the family "
              "and to anyone reading this later.")
# Only short forms: what they stand for is asked, not what was seen or heard.
SHORT_MANY = ("Some short forms here may not be clear to the family or a conference:\n{items}\n"
              "Once each in full is enough, with the short form after it in brackets. "
              "Written out, they read plainly to the family and to anyone reading this later.")
CLAIM = ('"{sentence}" says what you make of things, but not yet what happened. {question} '
         'A line like "Dad shouted at T and threw his plate at the wall on Sunday" tells the '
         'family, and anyone reading this later, more than "Dad is volatile" can.')
# A strength with nothing seen behind it is asked about with a strength as the example.
PRAISE = ('"{sentence}" says what you make of things, but not yet what you saw. {question} '
          'A line like "Nan has had the children every Saturday since March so Mum can work" '
          'tells the family, and anyone reading this later, more than "Nan is supportive" can.')
PROCESS = ('"{sentence}" says what the services did, but not yet what it meant for the child. '
           '{question} A line like "Mum has taken T to school every day since the meeting" '
           'tells the family, and anyone reading this later, more than "the plan was agreed" '
           "can.")
NEXT_STEP = ('"{sentence}" is a next step, but not yet {missing}. {question} A line like '
             '"I will ring the parenting team by Friday to ask for a place for Mum" tells the '
             "family, and anyone reading this later, what to expect.")
# Help said only as everyone's ("all professionals", "the network"): who, by role, does what.
EVERYONE = ('"{said}" names everyone at once, but not yet who will do what. {question} A line '
            'like "Her personal adviser will help her bid for flats by March; her carer will '
            'teach her to cook" lets the family know whom to ask.')
# What the services did, given as what happens next ("referral made"): what comes after it.
DONE_STEP = ('"{sentence}" says what has been done, but not yet what happens next. {question} '
             'A line like "The early help worker will ring mum by Friday to arrange the first '
             'visit" tells the family, and anyone reading this later, what to expect.')
# A parent's words quoted as the whole answer: theirs to keep, and what was seen beside them.
THEIR_WORDS = ("These are their own words, which are worth keeping, but they do not yet say "
               "what anyone saw. {question} A line like \"Mum has walked T to school every day "
               "since the meeting, and says 'I'm doing everything I can'\" tells the family, "
               "and anyone reading this later, more.")
# ... or someone's report of how things are, with nothing seen in it: "Staff report she is
# thriving in placement".
REPORTED = ('"{said}" is what you were told, and worth keeping, but it does not yet say what '
            "anyone saw. {question} A line like \"Nursery say she waves mum off and goes "
            "straight to the sand tray every morning\" tells the family, and anyone reading "
            "this later, more.")
# How often, said only as "regularly": a number and the last time say it.
HOW_OFTEN = ('"{said}" says it happens, but not yet how often. {question} A line like "About '
             'twice a month since June; the last time was Saturday 28 November, and it is '
             'happening more often" tells the family, and anyone reading this later, more.')
# What is to come said only as a state nobody could see ("He will be safe in the community").
STATE_TO_COME = ('"{sentence}" says how things will be, but not yet what anyone will see happen. '
                 "Goals work best when they say what will be happening day to day. {question} A "
                 'line like "J will have his tea at the same time each day and sign for a drink '
                 'when he wants one" tells the family, and anyone reading this later, what '
                 "everyone is looking for.")
# How long everyone needs to see it, said only as an open end ("until things are better").
HOW_LONG = ('"{said}" says it will go on, but not yet for how long. {question} A line like "Six '
            'months, through the summer holidays and into the new term" tells the family, and '
            'anyone reading this later, what everyone is working to.')
# ... or, of what has gone on already ("for years"), with no start anyone knows.
HOW_LONG_SO_FAR = ('"{said}" says it has been going on, but not yet since when. {question} A '
                   'line like "At least two years: the health visitor first heard about rows '
                   'when T was four" tells the family, and anyone reading this later, more.')
# How everyone will know a plan is working, said with nobody to notice it.
HOW_WE_WILL_KNOW = ('"{said}" says what should change, but not yet who will notice it. '
                    '{question} A line like "Nan will ring the social worker every Sunday to say '
                    'whether dad kept to the plan" tells everyone what to look out for.')
# What the child needs said only as services ("Respite and a young carers assessment").
SERVICES_AS_NEED = ('You wrote "{said}": a service or a step of the work, not yet what the child '
                    'goes without. {question} A line like "Someone to walk her to school on the '
                    'mornings mum can\'t get up, so she isn\'t late and hungry" tells the family, '
                    "and anyone reading this later, what the child needs.")
# ... or only as a quality of care in general ("Stability", "routine and boundaries").
QUALITY_AS_NEED = ('You wrote "{said}", which says what every child needs, not yet what this '
                   'child goes without. {question} A line like "Someone to walk her to school on '
                   "the mornings mum can't get up, so she isn't late and hungry\" tells the "
                   "family, and anyone reading this later, what the child needs.")
# Taking part in a service is the family's part of a plan, not yet what changes for the child.
COMPLIANCE = ('"{sentence}" asks the family to take part in something, but not yet what will '
              'change for the child. {question} A line like "Dad will leave the house and ring '
              'his brother when he starts to get angry, and the children will not hear shouting '
              'at bedtime" tells the family what the course is for.')
# How much of a sentence a nudge quotes back: enough to find it in the answer.
_QUOTE_CHARS = 80
PRIVACY = ("Part of this looks like {what} (\"{seen}\"). {instead}, so this draft can't "
           "identify anyone if the wrong person sees it.")
PRIVACY_SEVERAL = ("Parts of this could identify someone if the wrong person sees this draft:\n"
                   "{several}")
# What to write instead, for each kind of personal data: an age is what a date of birth is
# there to say, and whose home it is what an address is.
INSTEAD = {
    "full_name": 'Please use initials or a role instead ("mum", "T", "the school")',
    "date_of_birth": 'Please give their age instead ("T, 6")',
    "address": 'Please say whose home it is instead ("Nan\'s flat", "the family home")',
    "postcode": "Please leave the postcode out",
    "phone": 'Please leave the number out ("ring Nan" says enough)',
    "email": 'Please leave the address out ("emailed the school" says enough)',
    "nhs_number": "Please leave the number out (the case label is how the draft is found)",
}
GOAL = ('Goals work best when they say what will happen, not only what will stop: for '
        'example "R will leave the house and ring his worker when he feels angry" rather than '
        '"R won\'t shout". Could you phrase it as what someone will be doing?')
PROCESS_GOAL = ('"{word}" says what professionals want, not what anyone will do. What will '
                'the adult be doing that people could see? For example "Dad will leave the '
                'house and ring his brother when he feels himself getting angry".')
# ... the same of a young person's own aim, which names them ("K will engage with her PA"):
# what they will be doing, with an example of a young person's.
PROCESS_AIM = ('"{word}" says what professionals want, not what anyone will do. What will '
               '{who} be doing that people could see? For example "K will cook her own tea '
               'three nights a week and pay her rent on the day it is due".')
# ... the same of what a service will do ("YJS will work with the chippy owner"), as a goal
# about the places and people that harm a young person asks: an example of services acting
# where the harm happens, not of a father's.
PROCESS_SERVICES = ('"{word}" says what professionals want, not what anyone will do. What will '
                    'they be doing that people could see, where and when? For example "Police '
                    'will patrol the park on Friday and Saturday nights, and the shop manager '
                    'will ring them when the car pulls up".')
DANGER = ("A practice lead reading this danger statement would ask for: {gaps}. A strong one "
          'reads like "The school and nan are worried that R hits mum when he has been '
          'drinking. If nothing changes, T could be hurt trying to protect her." Add what is '
          "missing in your own words.")
SAFETY_GOAL = ("A practice lead reading this safety goal would ask for: {gaps}. A strong one "
               'reads like "R will leave the house and go to his brother\'s whenever he feels '
               "angry. Mum will text the social worker each week to say how it went. Everyone "
               'will need to see this for six months." Add what is missing in your own words.')
# Signs of Wellbeing's goal, in early help: a wellbeing goal, with an example from family life
# (the safety goal's example, about a man's anger, read as a child protection plan to a family
# who asked for help).
WELLBEING_GOAL = ("Anyone reading this wellbeing goal later would want to know: {gaps}. A "
                  'strong one reads like "Gran will walk J to school after mum\'s night shifts, '
                  "and mum will tell the school on Friday how the week went. J will be in "
                  'class on time every day. Everyone will need to see this until the summer." '
                  "Add what is missing in your own words.")
# Signs of Wellbeing's worry statement, in early help: what is happening for the child, not an
# adult's behaviour (the danger statement's words read as a child protection case to a family
# who asked for help).
WORRY = ("Anyone reading this worry statement later would want to know: {gaps}. A strong one "
         'reads like "J\'s teacher and mum are worried that J has missed 14 days of school this '
         "term, mostly Mondays. If nothing changes, J could fall behind with his reading and "
         'lose touch with his friends." Add what is missing in your own words.')
# Harm outside the home: the example is a plan for the places and people, not a parent's.
SAFETY_GOAL_OUTSIDE = ("A practice lead reading this safety goal would ask for: {gaps}. A "
                       'strong one reads like "Police and the council will close the car park '
                       "to cars after 8pm, and the takeaway staff will ring the police when "
                       "older men wait for young people there. Mum will report J missing at "
                       '10pm. Everyone will need to see this for six months." Add what is '
                       "missing in your own words.")
KINDS = {
    "full_name": "a full name", "date_of_birth": "a date of birth", "address": "an address",
    "postcode": "a postcode", "phone": "a phone number", "email": "an email address",
    "nhs_number": "an NHS number",
}
OWN_WORDS = ('This answer is kept as their own words: the summary puts all of it in quotation '
             'marks and marks it as theirs, so "{outside}" would read as what they said too. '
             'Send only the words they said, as they said them, or /keep if every word here is '
             'theirs.')
# A drawing described in the writer's words ("She drew herself and nanny holding hands").
DRAWN = ('"{drawing}" is what you saw in a drawing, in your words, but this answer is kept as '
         "the child's own: the summary puts it in quotation marks as something they said. "
         "Send only the words they said or wrote, and keep what they drew for what you "
         "noticed (or how you heard the child), or /keep if every word here is theirs.")
# How the child seemed, in the writer's words ("T appeared anxious when talking about home").
SEEN = ('"{seen}" is how the child seemed to you, in your words, but this answer is kept as '
        "the child's own: the summary puts it in quotation marks as something they said. "
        "Send only the words they said, and keep how they seemed for what you noticed, or "
        "/keep if every word here is theirs.")
# The writer's note that the child said nothing ("he didn't say anything to me", "n/a").
SAID_NOTHING = ('"{said}" reads as your note that the child has not said anything, but this '
                "answer is kept as their own words: the summary would put it in quotation "
                "marks as something they said. If they haven't said anything, /skip leaves "
                "this out; /keep keeps it if these are their words.")
# The writer's note that the child chose not to do a part ("refused the house of dreams").
REFUSED = ('"{said}" reads as your note that the child chose not to do this part, but this '
           "answer is kept as their own words: the summary would put it in quotation marks as "
           "something they said. If they chose not to, /skip leaves this out (their choice "
           "belongs in your own notes, such as what you noticed); /keep keeps it if these are "
           "their words.")
# The writer's note in brackets after a child's words ("my bunny (she was smiling)").
ASIDE = ('"{aside}" reads as your note, but this answer is kept as the child\'s own: the '
         "summary would put it inside their quotation marks. Put their words in quotation "
         'marks and your note after them, as in "{words}" {aside}, or /keep if every word '
         "here is theirs.")
# Words of the one writing around a quote: "She said "I make my own toast"", "K told me".
_REPORTED = on_first_use(r"\b(?:said|says|saying|say|told|tells|tell|telling|asked|asks|replied"
                         r"|shouted|whispered|added|explained|stated|disclosed|mentioned|went)\b",
                         re.IGNORECASE)
# A quote may hold one quote of its own ("“Dad said “shut up” and hit me”"); past that, no
# opening mark inside: a run of them with no closing mark ("“““…", pasted) is then read
# once, not again from each.
_QUOTED = on_first_use(r'"[^"\n]+"|“(?:[^“”\n]++|“[^“”\n]*+”)++”')
CHECKS = ("plain_language", "privacy", "safety_action", "goal_wording", "danger_statement",
          "safety_goal", "wellbeing_goal", "dated", "who_is_worried", "what_happens_next",
          "what_the_child_needs", "what_is_working", "what_the_family_says", "how_long", "when",
          "short_forms", "child_view", "what_makes_it_harder", "how_we_will_know",
          "worry_statement", "safety_network", "age", "about_the_contexts", "number_moved",
          "scale_reason", "what_it_did_to_the_child", "what_could_happen")
# Asked "Who is worried?", "the school are worried" is the answer, not a worry said with
# nothing of what was seen: the wording check without the rules for that.
_SAYS_WHO_IS_WORRIED = frozenset({"remain worried", "worried about him"})
# ... but a crowd with no one of it named ("Professionals", "All agencies", "Everyone
# involved", "The network") does not yet say who: asked which services or roles, and whether
# the family is worried too.
_ONLY_A_CROWD = on_first_use(
    r"\W*(?P<crowd>(?:(?:all|both|the|every|various|several|many|other|of|us)\s+)*"
    r"(?:professionals?|agenc(?:y|ies)|services|partners|partner\s+agencies|multi[\s-]?agency"
    r"(?:\s+(?:partners|network|group|team|professionals))?|everyone|everybody|all|network"
    r"|professional\s+network|team|core\s+group|people|those)(?:\s+(?:involved|concerned"
    r"|working\s+with\s+(?:the\s+)?(?:family|child|children|them)))?)\W*", re.IGNORECASE)
CROWD_WORRIED = ('You wrote "{said}", which does not yet say who is worried. Which services or '
                 'roles are (for example "the school, the health visitor and the police"), and '
                 "is the family worried too?")
# A safety network named only as a group, no one in it and nothing they will do ("coaching
# staff", "School staff", "Professionals"): a network is people who will each do something.
# Asked as the network's question asks for each member ("who: what they will do, and when").
# (Not a group with what it will do, nor people: "Nan", "Family friend", "Nan and the school".)
# A group is also said with where it is or what it is for ("everyone at school", "the staff
# at the youth club", "all professionals involved"), or with another ("family and friends").
_NOT_A_JOIN = r"(?!(?:and|or|with|plus)\b)"  # a word of the group's name, not one joining two
_GROUP = (r"(?:(?:all|both|the|his|her|their|our|my|other|various|several|some|of)\s+)*"
          rf"(?:{_NOT_A_JOIN}\w[\w'’-]*\s+){{0,2}}?(?:staff|team|teams|professionals"
          r"|services|agencies|everyone|everybody|people|family\s+members|relatives|friends"
          r"|workers|network|agency|service|teachers|neighbours|neighbors"
          # (adults of a kind, none named: "key adults in school" (set AK))
          r"|adults|grown[\s-]?ups|mentors"
          r"|(?:extended|wider|whole)\s+family|family\s+(?:and|&)\s+friends"
          # ... or a place whose people are meant, with none of them named: "school", "the
          # nursery", "her church", "the youth club" (a place is people only by who is there)
          r"|school|nursery|college|church|mosque|temple|gurdwara|synagogue|club|family"
          r"|friends\s+(?:and|&)\s+family)"
          r"(?:\s+involved|\s+(?:at|in|from|of|around|working\s+with)\s+(?:(?:the|his|her|their"
          rf"|our|my)\s+)?{_NOT_A_JOIN}\w[\w'’-]*(?:\s+{_NOT_A_JOIN}[\w'’-]+)?)?")
_ONLY_A_GROUP = on_first_use(
    rf"\W*(?P<group>{_GROUP}(?:\s*(?:,|&|\band\b|\bplus\b)\s*(?:and\s+)?{_GROUP})*)\W*",
    re.IGNORECASE)
_GROUP_LONGEST = 80
GROUP_IN_NETWORK = ('"{said}" does not yet say who in it is in the safety network: a network '
                    "is people, who each know the worries and will do something. Who is it (a "
                    'role or initials, for example "his football coach, Mr K"), and what will '
                    "they do, and when?")
As = Literal["answer", "danger_statement", "safety_goal"]
_BARE_DATE = on_first_use(r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{2,4}")
_WILL = on_first_use(r"\bwill\b|\b\w+['’]ll\b", re.IGNORECASE)
# ("stop" then a doing is no stopping: "dad will stop and leave the room", "stop, take a breath")
_NEGATED = on_first_use(r"\s+(?:not|never|no\s+longer|stop(?!\s*,?\s+(?:and|then)\s|\s*,\s*take\s)"
                        r"|cease|refrain|avoid)\b", re.IGNORECASE)
# What a caregiver does, said in the present as a goal may be ("nan collects T from school
# every day", "mum and gran take turns at night"): a doing, not only what will stop. Not a
# link, a wish or a feeling ("mum is", "dad wants to"), nor what stops or hurts ("dad stops
# shouting", "dad hits T less"), nor "does not".
_NO_DOING = (
    r"(?:is|are|was|were|has|have|had|does|do|did|doesn['’]?t|don['’]?t|says?|seems?|feels?"
    r"|needs?|wants?|thinks?|knows?|hopes?|agrees?|tries|try|appears?|looks?|stops?|misses"
    r"|miss|refuses?|fails?|denies|deny|uses?|drinks?|smokes?|hits?|smacks?|slaps?|punch(?:es)?"
    r"|kicks?|shouts?|screams?|swears?|argues?|fights?|shakes?|grabs?|pushes|push|never|no"
    r"|not|can|could|would|should|must|may|might|will|wo)")
_DOES_NOW = on_first_use(
    rf"(?:^|[.;!?\n,]\s*|\band\s+)(?:(?:the|her|his|their|[A-Z]['’]s)\s+)?(?:{ADULT})"
    rf"(?P<two>\s+(?:and|&|\+)\s+(?:(?:the|her|his|their)\s+)?(?:{ADULT}))?"
    r"\s+(?:(?:always|also|still|now|then|both|each|regularly|usually|often|already)\s+)?"
    rf"(?!{_NO_DOING}\b)"
    r"(?P<verb>[a-z]+)\b", re.IGNORECASE)
# ... unless done less ("dad takes drugs less", "gets angry less often"), read to the end of
# its clause: what will lessen. Then a doing after "and" in the same sentence ("dad spends
# less time at the pub and collects T from school") is what they do. The clause ends at a
# word that starts another ("so", "because", "when"): the "less" of what the doing brings
# about ("nan collects T so mum has less to worry about") is not the doing done less.
_LESS = r"(?<!\bno\s)(?<!\bnot\s)\b(?:less|fewer)\b"  # not "no less than"
_CLAUSE_ENDS = (r"\b(?:and|so|because|cos|as|since|which|meaning|when|whenever|while|whilst"
                r"|if|once|until|till|then|therefore)\b")
_LESS_OF_IT = on_first_use(rf"(?:(?!{_CLAUSE_ENDS})[^.;!?\n,])*?{_LESS}", re.IGNORECASE)
_AND_DOES = on_first_use(
    r"[^.;!?\n]*?\band\s+(?:(?:also|still|now|then|regularly|usually|often)\s+)?"
    rf"(?!{_NO_DOING}\b)(?P<verb>[a-z]+[^s\W]s)\b(?![^.;!?\n,]*?{_LESS})", re.IGNORECASE)


def nudger(words: WordList | None = None, *, ready: bool = True) -> Nudger:
    """A nudger using the built-in checks (and the given word list, or the shipped one).

    `ready`: the danger statement and safety goal checks are read now, not when a statement
    or goal is first written, and every rule is compiled. A bot answering many people wants
    that (reading them takes about half a second, which would hold up everyone's next
    reply); one person starting the terminal chat would rather see the first question
    sooner."""
    if ready:
        statement_checks()
        slips()  # (the table of slips of the checked words, about 20 ms to build)
    word_list = words or load_word_list()
    checks: dict[str, Callable[[str], str | None]] = {
        "plain_language": lambda text: plain_language(text, word_list),
        "who_is_worried": lambda text: plain_language(text, word_list, who_is_worried=True),
        # ... told the question asks what is working well (a step in that column), where a
        # parent's words alone are not yet anything seen
        "what_is_working": lambda text: plain_language(text, word_list,
                                                       asked="what_is_working"),
        # the wording check, told the question is what happens next, or what the child needs
        "what_happens_next": lambda text: plain_language(text, word_list,
                                                         asked="what_happens_next"),
        "what_the_child_needs": lambda text: plain_language(text, word_list,
                                                            asked="what_the_child_needs"),
        "what_the_family_says": lambda text: plain_language(text, word_list,
                                                            asked="what_the_family_says"),
        # ... or how long everyone needs to see a goal, where "ongoing" is an open end, not a
        # word of how often
        "how_long": lambda text: plain_language(text, word_list, asked="how_long"),
        # ... or what makes things harder, where "Mum isolated from her family" tells one of
        # the things the question names
        "what_makes_it_harder": lambda text: plain_language(text, word_list,
                                                            asked="what_makes_it_harder"),
        # ... or how everyone will know the plan is working, where an answer with nobody to
        # notice anything is asked who will, and what is counted ("fewer call-outs") is not
        # asked what happened
        "how_we_will_know": lambda text: plain_language(text, word_list,
                                                        asked="how_we_will_know"),
        # ... or who is in the safety network, where a group with no one of it named and
        # nothing it will do ("coaching staff") is asked who, and what they will do
        "safety_network": lambda text: only_a_group(text) or plain_language(text, word_list),
        "privacy": privacy,
        # a record (whose views are missing, how the child was heard): its short forms only
        "short_forms": lambda text: plain_language(text, word_list, asked="record"),
        # a partner's role, which heads her answers: its short forms, in a role's words
        "role": lambda text: short_forms_in_role(text, word_list),
        "child_view": lambda text: child_view(text) or plain_language(text, word_list,
                                                                      asked="record"),
        "own_words": lambda text: own_words(text) or summarised(text, word_list),
        "said_nothing": said_nothing,
        "safety_action": safety_action,
        "goal_wording": lambda text: goal_wording(text, word_list),
        "danger_statement": lambda text: danger_statement(text, word_list),
        "worry_statement": worry_statement,
        "safety_goal": lambda text: safety_goal(text, word_list),
        "wellbeing_goal": lambda text: safety_goal(text, word_list, shape=WELLBEING_GOAL),
        "dated": dated,
        "when": when,
        "age": age,
        "about_the_contexts": about_the_contexts,
        # ... or whether the number has moved: said only not to have, asked since when and
        # what has been tried, as the question asks
        "number_moved": lambda text: not_moved(text) or moved_only(text)
        or plain_language(text, word_list),
        # ... or what the harm has done to the child, where an answer that tells only of an
        # adult ("Dad drinks") gives the cause, not the harm
        "what_it_did_to_the_child": lambda text: plain_language(text, word_list)
        or to_the_child(text),
        # ... or what could happen to the child if nothing changes, where an answer telling
        # only what has happened ("he was hit with a belt last month") gives the harm
        "what_could_happen": lambda text: plain_language(text, word_list)
        or past_as_danger(text),
        # ... or why a number on a scale is what it is: how worried, alone, is no reason
        "scale_reason": lambda text: feeling_only(text) or plain_language(
            text, word_list, numbered=True),
    }

    # The last answer as typed, as read, and its first sentences (`within_reach`, once asked):
    # a step asks each of its checks of one answer in turn. One tuple, set whole, so a check
    # on another thread reads all of one answer's or all of another's.
    last: tuple[str, str, str | None] = _NOTHING_KEPT

    def let_go() -> None:
        nonlocal last
        last = _NOTHING_KEPT

    def nudge(kind: str, text: str) -> str | None:
        nonlocal last
        check = checks.get(kind)
        if check is None:
            return None
        typed, read, reached = last
        if text != typed:
            # (a flagged word mistyped, "hygeine", read as the word: `respelt`)
            typed, read, reached = text, respelt(_GAP.sub(_closed, composed(text))), None
        with one_check():  # (its sentences, split to find the first, kept for the check)
            if kind in READ_IN_PART and reached is None:
                reached = within_reach(read)
            last = (typed, read, reached)
            return check(read if reached is None or kind not in READ_IN_PART else reached)

    _KEPT[weakref.ref(nudge, _KEPT.pop)] = let_go  # the nudger collected: its entry goes
    return nudge


_NOTHING_KEPT: tuple[str, str, str | None] = ("", "", None)
# Each nudger's way of letting go of the answer it keeps, for `forget`, by a weak reference
# to the nudger (a nudger no longer used goes, and its entry with it). A plain dict, not a
# WeakKeyDictionary: `forget` runs at the end of every update, and going through a
# WeakKeyDictionary (its guard against removals while iterating, a generator) cost about
# twenty times the letting go itself.
_KEPT: dict[weakref.ref[Callable[[str, str], str | None]], Callable[[], None]] = {}


def forget() -> None:
    """Let go of the last answer each nudger keeps: once a message is handled, no one's
    words stay with the checks until the next answer comes (after their /delete, too)."""
    for let_go in tuple(_KEPT.values()):  # (taken whole: a collected nudger leaves meanwhile)
        let_go()


# A run of blank lines, spaces or marks (a form's empty cells or rules, pasted: "\n\n\n",
# "......", "- - - -"): several rules look along the spaces and marks after each line's or
# sentence's start, so a run of thousands was read thousands of times over, seconds for one
# answer. The checks read it as a break between paragraphs, the end of a sentence, or a space.
# (Quotation marks stay: what is in them is someone's words.)
def composed(text: str) -> str:
    """`text` with each letter and the accent typed after it as one character, as most
    keyboards send them: "Pe" + U+0301 + "rez" as "Pérez". A mark typed apart is no letter
    to the checks' patterns, and a name or a word stopped at it ("Marie-Christine Pe")."""
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) \
        else unicodedata.normalize("NFC", text)


_GAP = on_first_use("[^\\w\"'“”‘’]{9,}")


def _closed(gap: re.Match[str]) -> str:
    run = gap.group()
    return "\n\n" if "\n" in run else ". " if any(mark in run for mark in ".!?;") else " "


# The wording checks read an answer a sentence (or a line) at a time, a fraction of a
# millisecond each, in the thread every practitioner's replies wait on: 4,000 characters of
# one-letter sentences ("a.a.a.", a letter a line) were 2,000 of them, five times what an
# ordinary answer that long costs. So they read at most `SENTENCES_READ` sentences, counted
# as they count them (`sentence_spans`: the point in "12.03.24" or "2.30pm" ends none): a
# chronology pasted whole, sixty dated lines or two hundred short ones, is read to its last
# line; only an answer whose sentences average under about 13 characters (4,000 over 300),
# the flood's shape, is read in part (so is an answer kept as a child's own words, where
# `summarised` looks for words of the work). The privacy check, which costs little whatever
# the shape, still reads it all: a phone number at its end is found.
SENTENCES_READ = 300
# ... and `summarised`, asking whether an answer kept as a child's own words holds a short form
# ("DV at home"), reads its first `SHORT_FORMS_READ`: reading one sentence for every kind of
# wording costs about what checking an ordinary answer does, so 300 one-letter sentences
# ("S. S. S.") cost five times as much (no answer the language tests hold has a short form
# only after its twentieth sentence). Its words of the work are looked for in all of it.
SHORT_FORMS_READ = 20
READ_IN_PART = frozenset({"plain_language", "who_is_worried", "what_happens_next",
                          "what_the_child_needs", "what_is_working", "what_the_family_says",
                          "short_forms", "child_view", "how_long", "what_makes_it_harder",
                          "how_we_will_know", "safety_network", "scale_reason",
                          "what_it_did_to_the_child", "what_could_happen", "goal_wording",
                          "worry_statement",
                          "danger_statement", "safety_goal", "wellbeing_goal"})


def within_reach(text: str, sentences: int = SENTENCES_READ) -> str:
    """`text` up to the end of its `sentences`th sentence (or line), with the marks and
    spaces after it (a "?" ending it is read)."""
    start = sentence_start(text, sentences)
    return text if start is None else text[:start]


# An adult's behaviour given as what it has done to the child (`to_the_child`).
ONLY_THE_ADULT = ('You wrote "{said}", which says what the adult does, but not yet what it has '
                  "done to the child. What has the child been through because of it, and what "
                  'have they said or shown? A line like "T hides under his bed when Dad comes '
                  'home drunk, and has wet the bed most nights since March" says what the harm '
                  "to the child is.")


def to_the_child(text: str) -> str | None:
    """At what the harm has done to the child: an answer telling only of an adult of the
    family, nothing in it the child, asked what it has done to the child."""
    said = only_the_adult(text)
    return None if said is None else ONLY_THE_ADULT.format(said=_shortened(said))


def only_a_group(text: str) -> str | None:
    """At who is in the safety network: a group alone, no one of it named ("coaching
    staff"), asked who and what they will do; None for anything else."""
    if len(text) > _GROUP_LONGEST:  # a group alone is a few words; a longer line says more
        return None
    group = _ONLY_A_GROUP.fullmatch(text)
    return None if group is None else GROUP_IN_NETWORK.format(
        said=" ".join(group["group"].split()))


def plain_language(text: str, words: WordList, *, who_is_worried: bool = False,
                   asked: Asked = "answer", numbered: bool = False) -> str | None:
    """Ask once, kindly, about every flagged word, each with the question that fits it
    (`who_is_worried`: at a question asking who is worried, where saying so is the answer;
    `asked`: the kind of question answered, as `find_wording` reads it; `numbered`: the
    reason for a number, read as if the number were typed before it)."""
    if who_is_worried and (crowd := _ONLY_A_CROWD.fullmatch(text)) is not None:
        return CROWD_WORRIED.format(said=" ".join(crowd["crowd"].split()))
    hits = [h for h in find_wording(text, words, asked)
            if not (who_is_worried and h.term in _SAYS_WHO_IS_WORRIED)]
    if not hits and numbered:
        hits = _as_with_its_number(text, words, asked)
    if not hits:
        return None
    if asked in ("what_happens_next", "record") or any(h.kind == "next step" for h in hits):
        # (in a record, a short form is only asked to be written out: "DSL", not what they did)
        hits = [_to_come(h, text) for h in hits]
    if len(hits) == 1 and hits[0].question == ARRANGED_QUESTION:
        return ARRANGED.format(word=hits[0].text, question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "how often":
        return HOW_OFTEN.format(said=hits[0].text.rstrip(".!, "), question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "how we will know":
        return HOW_WE_WILL_KNOW.format(said=_shortened(hits[0].text), question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "services as the need":
        return SERVICES_AS_NEED.format(said=_shortened(hits[0].text), question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "quality as the need":
        return QUALITY_AS_NEED.format(said=_shortened(hits[0].text), question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "everyone":
        return EVERYONE.format(said=hits[0].text, question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "how long so far":
        return HOW_LONG_SO_FAR.format(said=hits[0].text.rstrip(".!, "),
                                      question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "how long":
        return HOW_LONG.format(said=hits[0].text.rstrip(".!, "), question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "state to come":
        return STATE_TO_COME.format(sentence=_shortened(hits[0].text), question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "compliance":
        return COMPLIANCE.format(sentence=_shortened(hits[0].text), question=hits[0].question)
    if len(hits) == 1 and hits[0].question == DONE_STEP_QUESTION:
        return DONE_STEP.format(sentence=_shortened(hits[0].text), question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "next step":
        missing = "who will do it and by when" if hits[0].question == NEXT_STEP_QUESTION \
            else "when" if hits[0].question == WHEN_QUESTION \
            else "what will be done and by when"  # its doer named, as help and nothing more
        return NEXT_STEP.format(sentence=_shortened(hits[0].text), question=hits[0].question,
                                missing=missing)
    if len(hits) == 1 and hits[0].kind in ("claim", "services"):
        shape = PROCESS if hits[0].kind == "services" else (
            PRAISE if praises(hits[0].text) or going_well_alone(hits[0].text) else CLAIM)
        return shape.format(sentence=_shortened(hits[0].text), question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "their words":
        return THEIR_WORDS.format(question=hits[0].question)
    if len(hits) == 1 and hits[0].kind == "their report":
        return REPORTED.format(said=_shortened(hits[0].text), question=hits[0].question)
    if len(hits) == 1 and hits[0].told:
        return LABEL_TOLD.format(word=hits[0].text)
    if len(hits) == 1:
        shape = SHORT_FORM if _short_form(hits[0]) else PLAIN_ONE
        return shape.format(word=hits[0].text, short=_capitals(hits[0].text),
                            question=hits[0].question,
                            example=EXAMPLES_BY_TERM.get(hits[0].term)
                            or EXAMPLES.get(hits[0].kind, EXAMPLE))
    said = dict.fromkeys((_shortened(h.text), LABEL_TOLD_ITEM if h.told else h.question)
                         for h in hits)  # each once
    if all(_short_form(h) or h.kind == "next step" for h in hits) \
            and any(h.kind == "next step" for h in hits):  # "senco to meet mum"
        return SHORT_AND_STEP.format(items="\n".join(f'• "{text}": {question}'
                                                      for text, question in said))
    if all(_short_form(h) or h.kind == "state to come" for h in hits) \
            and any(h.kind == "state to come" for h in hits):  # "YP will feel safe"
        return SHORT_AND_STATE.format(items="\n".join(f'• "{text}": {question}'
                                                       for text, question in said))
    if all(_short_form(h) for h in hits):  # "SW", "NRM": written out, not "what was seen"
        return SHORT_MANY.format(items="\n".join(f'• "{text}": {question}'
                                                  for text, question in said))
    return PLAIN_MANY.format(items="\n".join(f'• "{text}": {question}'
                                             for text, question in said))


# A short form's question that asks of what has been ("..." in full, and say what they did",
# "..., who came and what they agreed"): in a step still to come, only the writing out.
_OF_THE_PAST = on_first_use(
    r'^(?P<ask>Could\s+you\s+(?:write|say)\s+(?:"[^"]+"|which\s[^,?"]+)(?:\s+in\s+full)?)'
    r"(?:,\s*(?!or\b)|\s+and\s+)(?=[^?]*\b(?:did|came|agreed|decided|told|happened|asked|was"
    r"|were)\b)[^?]*\?$")


# A meeting of the services named as still to come ("Strategy discussion needed", "Strategy
# meeting to be held by Friday"): at the next steps it was asked "Who did what with the
# family, and what changed?", of a meeting no one had held yet.
_STILL_TO_COME = on_first_use(r"\b(?:needed|needs?|required|requested|to\s+be|will|asap|urgent"
                              r"|planned|pending|arrange|arranged\s+for|booked\s+for|due)\b",
                              re.IGNORECASE)
ARRANGED_QUESTION = "Who will arrange it, and by when?"
ARRANGED = ('You wrote "{word}", a meeting still to come. {question} A line like "I will ask '
            'the duty manager for a strategy discussion with the police by 4pm today" tells '
            "the family, and anyone reading this later, what to expect.")


def _to_come(hit: JargonHit, text: str) -> JargonHit:
    """`hit`, its question only writing the short form out if the rest asks of the past
    (`_OF_THE_PAST`): "TAF to be held" has had nobody come and nothing agreed yet. A meeting
    of the services in a sentence saying it is still to come (in `text`) is asked who will
    arrange it, and by when."""
    if hit.term == "strategy meeting" and _STILL_TO_COME.search(_said_of(text, hit.span)):
        return replace(hit, question=ARRANGED_QUESTION)
    past = _OF_THE_PAST.match(hit.question) if _short_form(hit) else None
    return replace(hit, question=past["ask"] + "?") if past else hit


def _said_of(text: str, span: tuple[int, int]) -> str:
    """The words said of what is at `span` in `text`: the few before it in its clause ("need
    a", "requested a") and the rest of its clause after it ("needed", "to be held by
    Friday"), not the clauses after (", which is due to finish by 16/12" is the enquiry's)."""
    before = _CLAUSE_START.split(text[max(0, span[0] - _SAID_BEFORE):span[0]])[-1]
    return before + " " + _CLAUSE_END.split(text[span[1]:span[1] + 120], maxsplit=1)[0]


# Where a clause ends, and how far back the words said of a thing are read.
_CLAUSE_START = on_first_use(r"[,;.!?:\n]")
_CLAUSE_END = on_first_use(r"[,;!?:\n]|\.(?!\d)")
_SAID_BEFORE = 30


def _capitals(said: str) -> str:
    """The short form in a listed phrase: its first word in capitals ("under GA": "GA"), or
    its first word ("DA course": "DA")."""
    words = said.split()
    return next((word for word in words if word.isupper()), words[0] if words else said)


def _short_form(hit: JargonHit) -> bool:
    """An abbreviation, found as one or listed ("SW", "ICPC", "DSL"), or leading a listed
    name ("DA course")."""
    if hit.kind in ("next step", "state to come"):
        return False  # "SW to complete the assessment": the step, not its first word
    return hit.kind == "abbreviation" or led_by_capitals(hit.term)


# A number's reason typed at the question for why, or carried there from the number's own line
# ("8 - shes doing amazing" at the scale): "shes doing amazing", "on the fence", "she's doing
# OK really" were saved unasked, though typed with the number at the question for why they are
# asked what was seen. Read as they would be with a number before them.
_A_NUMBER = "5 - "


def _as_with_its_number(text: str, words: WordList, asked: Asked) -> list[JargonHit]:
    """What is worth asking of a number's reason only with its number before it, the spans
    and words as typed (the number left out)."""
    cut = len(_A_NUMBER)
    return [replace(h, text=h.text[cut - h.span[0]:],
                    span=(max(h.span[0] - cut, 0), h.span[1] - cut))
            for h in find_wording(_A_NUMBER + text, words, asked)
            if h.span[0] < cut and h.span[1] > cut]


def _shortened(said: str) -> str:
    """A sentence of the answer as it is quoted back: a list's mark before it left out (the
    sentence is one item of a list pasted from an email: "- she is doing well"), and cut
    at a word past `_QUOTE_CHARS`."""
    said = LIST_MARK.sub("", said, count=1) or said
    if len(said) <= _QUOTE_CHARS:
        return said
    return said[:_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"


# A day named only from today ("next tues", "tomorrow", "thurs pm"): read in a report next
# week, it names another day. A date beside it ("Tuesday 8 December") says which.
DATED = ('"{word}" names a day from today, and this will be read on other days. Could you add '
         'the date, such as "Tuesday 8 December"?')
_FROM_TODAY = on_first_use(
    r"\b(?:today|tonight|tomorrow|tmrw|tmw|yesterday|(?:(?:next|nxt|this|coming|last)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds|thu(?:rs?)?"
    r"|fri)"
    r"|(?:next|nxt|this|coming|last)\s+(?:sat|sun|wed)"
    r"|(?:next|nxt|this|last)\s+(?:week|wk|month|term|weekend|wknd|wkend))\b", re.IGNORECASE)
# A day of the month or a month: "8 December", "8/12", "the 8th" (not a time: "10am", "at
# 10", "10 o'clock").
_A_DATE = on_first_use(r"(?<![:.\d])(?<!\bat\s)\d{1,2}(?:st|nd|rd|th)?\b"
                       r"(?!\s*(?:am|pm|[:.]\d|o['’]?clock))"
                       r"|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b"
                       r"|\bmay\s+\d", re.IGNORECASE)


# A question that asks when ("When is the next review?"), answered with a line that names
# no time at all: most often a line meant for another question ("D says \"they're my
# boys\"" sent after a reply the bot refused), which would stand in the record as the date.
# Anything with a number, a day or a month, a length of time, a meeting it goes with, or
# words that place it in time ("after the assessment", "not set yet") is a when.
WHEN = ('"{said}" does not say when. When is it: a date or a period, such as "Core group '
        'on 12 January" or "in six weeks"? If it is not set yet, say so.')
_A_WHEN = on_first_use(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu(?:rs?)?|fri"
    r"|sat|sun)[a-z]*\b|\b(?:today|tonight|tomorrow|tmrw|yesterday|soon|later|asap|tb[acd]"
    r"|n/?a|none|unknown|never|ongoing|daily|weekly|fortnightly|monthly|quarterly|annual"
    r"|yearly|termly)\b|\b(?:days?|w(?:ee)?ks?|fortnights?|months?|mths?|terms?|years?|yrs?"
    r"|holidays?|half[- ]term|christmas|xmas|easter|summer|spring|autumn|winter|new year)\b"
    r"|\b(?:after|before|once|when|until|till|by|within|following|next|every|each|end of"
    r"|start of|yet|date[sd]?|due|overdue|pending|await\w*|schedul\w*|book\w*|arrang\w*"
    r"|plann\w*|agree\w*|confirm\w*|decid\w*|timescales?|procedures?|statutory|clos\w*"
    r"|discharg\w*|step(?:ped|ping)? down|per)\b"
    r"|\b(?:conference|core group|cg|reviews?|meetings?|panel|icpc|rcpc|cla|lac|cin|cp|iro"
    r"|strategy|supervision|court|hearing|visit|appointment|fgc|tac|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|twelve)\b"
    # ... and times of the week or day, early help's and a care leaver's meetings, a birth,
    # at once, and "not needed" or not known ("At the weekend", "At the TAF", "At her PEP",
    # "At birth", "Not needed", "Don't know" were asked what they say)
    r"|\b(?:weekends?|midweek|immediately|straight\s+away|right\s+away|taf|pep|eha|ehcp"
    r"|pathway\s+plan|child\s+in\s+need|birth|unsure|unclear|n/?k|dunno"
    r"|(?:don['’]?t|do\s+not)\s+know"
    r"|not\s+(?:known|sure|needed|required|applicable|necessary|set))\b",
    re.IGNORECASE)


# A child's age, said of them ("KB 2yrs", "LB (8 weeks)", "T aged 7"): who is in the family,
# typed a question early at "When is the next review?", was saved as the date of the review
# ("Next review: KB 2yrs and baby LB 8wks, live w mum"). An age says no when; the initials
# before it are kept ("CG 6 weeks" is still the core group's).
_AN_AGE = on_first_use(
    r"(?-i:\b([A-Z]{1,3}))\s+\(?\d{1,2}\s*(?:yrs?|years?|y/?o|wks?|weeks?|mths?|months?)"
    r"(?:\s+old)?\)?|\(\s*\d{1,2}\s*(?:yrs?|years?|y/?o|wks?|weeks?|mths?|months?)?(?:\s+old)?"
    r"\s*\)|\baged\s+\d{1,2}(?:\s*(?:yrs?|years?|wks?|weeks?|mths?|months?))?(?:\s+old)?",
    re.IGNORECASE)


def _without_ages(text: str) -> str:
    return _AN_AGE.sub(lambda age: age.group(1) or " ", text) if any(
        c.isdigit() for c in text) else text


def when(text: str) -> str | None:
    """Ask once when an answer to a question of when names no time at all (a child's age is
    no time)."""
    if _A_WHEN.search(_without_ages(text)) or not text.strip():
        return None
    return WHEN.format(said=_shortened(" ".join(text.split())))


FEELING_ONLY = ('"{said}" says how worried you are, but not yet why. What have you seen or been '
                'told that puts the number there and not lower? Like "Dad has stopped drinking '
                'but still turns up at the house when mum has told him not to".')
# A reason for a number that is only how worried someone is, and how much: "very worried",
# "2 - quite concerned", "we're all really worried about her". The summary read "Why this
# number: very worried", which tells the meeting nothing it had not guessed from the number.
_FEELING_ONLY = on_first_use(
    r"\W*(?:(?:i|we|i'?m|we'?re|i\s+am|we\s+are|everyone|everyone'?s|all|still|(?:am|are|is)"
    r")\s+){0,3}(?:(?:very|really|so|quite|extremely|incredibly|highly|deeply|seriously|a\s+bit"
    r"|a\s+little|fairly|rather|pretty|v\.?|vv|still|too)\s+){0,3}(?:worried|concerned"
    r"|anxious|worrying|concerning|uneasy)(?:\s+(?:about|for)\s+(?:him|her|them|it|the"
    r"\s+(?:child|children|kids?|family|case|baby)|this\s+(?:child|family|case|one)))?"
    r"(?:\s+(?:still|now|at\s+the\s+moment))?\W*", re.IGNORECASE)


def feeling_only(text: str) -> str | None:
    """Ask once when the reason for a number says only how worried someone is."""
    if len(text) > 80 or not _FEELING_ONLY.fullmatch(text.replace("’", "'")):
        return None
    return FEELING_ONLY.format(said=_shortened(" ".join(text.split())))


AGE = ('"{said}" does not say how old the child is. How old are they? Just the age, such as '
       '"7" or "7 and a half".')
# An age, or words of one: a number, a number word, "months", "teens", a school year named
# ("Year 2" has its number), "baby", "newborn", "unborn", "toddler".
_SAYS_AN_AGE = on_first_use(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|half|teens?|months?"
    r"|weeks?|years?|yrs?|baby|newborn|unborn|toddler|infant|age[ds]?)\b", re.IGNORECASE)


def age(text: str) -> str | None:
    """Ask once when an answer to how old the child is names no age at all (a line a
    question ahead: "today after school at nans house")."""
    if _SAYS_AN_AGE.search(text) or not text.strip():
        return None
    return AGE.format(said=_shortened(" ".join(text.split())))


NOT_MOVED = ('"{said}" says the number has not moved, but not yet since when, or what has '
             "been tried. Since when has it been there, and what has been tried? A line like "
             '"4 since June. Weekly visits and a written agreement; R has not met us once" '
             "gives the group something to work with.")
# Nothing said to have moved, and nothing more: "No change, static", "Same as last time",
# "Unchanged", "no movement, stuck", "Still 4" ("its" typed as on a phone: "no, its stayed
# static" (set AK)). Each part one of these, joined by commas,
# "and" or a full stop; anything else (a month, what was tried) is more than that.
_STILL = (r"(?:(?:it|the\s+(?:number|score|scale)|things|we)(?:['’]?s|\s+(?:is|are|has|have"
          r"|was))?\s+)?(?:(?:still|remains?|remained|stayed|stays|stuck|staying|static|sitting"
          r"|sat|at|on|been|has|have|is|are|was)\s+)*")
_NOT_MOVED_PART = (
    r"(?:no(?:pe)?|not\s+really|nah|no\s+it\s+(?:has\s*n['’]?t|has\s+not))"
    rf"|{_STILL}(?:(?:the\s+|much\s+the\s+|about\s+the\s+|pretty\s+much\s+the\s+)?same"
    r"(?:\s+as\s+(?:before|last\s+time|previously|it\s+was|the\s+last\s+(?:one|time|meeting"
    r"|review|supervision)))?|unchanged|static|stuck)"
    rf"|{_STILL}(?:still|remains?|remained|stayed|stays|staying|stuck|static|sitting|sat)\s+"
    r"(?:at\s+|on\s+)?(?:10|[0-9])(?:\s*/\s*10)?"
    r"|(?:no|little|not\s+much|not\s+any)\s+(?:real\s+|further\s+)?(?:change|movement|shift"
    r"|progress|difference)"
    r"|(?:it|the\s+(?:number|score))?\s*(?:has\s*n['’]?t|has\s+not|had\s*n['’]?t|did\s*n['’]?t"
    r"|has\s+not\s+really|not)\s+(?:really\s+)?(?:moved|changed|shifted|budged|gone\s+up)"
    r"|nothing\s+(?:has\s+)?(?:changed|moved|shifted)")
_NOT_MOVED = on_first_use(
    rf"\W*(?:{_NOT_MOVED_PART})(?:\s*(?:[,;.&/]|\s-|\band\b)\s*(?:{_NOT_MOVED_PART}))*"
    r"[\s.!]*", re.IGNORECASE)
_NOT_MOVED_AT_MOST = 80  # one said only not to have moved is a few words


MOVED_ONLY = ('"{said}" says the number has moved, but not yet what changed. What has happened, '
              "that someone saw or heard, to move it? A line like \"Up from 2 to 4: dad has "
              "moved to his brother's and the kids sleep through now\" gives the group "
              "something to work with.")
# The number said only to have moved, and nothing of why: "yeah its gone up a bit", "down 2",
# "yes, up slightly since last time" (set AL).
_AMOUNT = (r"(?:a\s+(?:bit|little|touch|notch|point|couple(?:\s+of\s+points)?|fair\s+bit|lot)"
           r"|slightly|loads|massively|(?:by\s+)?(?:\d{1,2}|one|two|three|four|five)(?:\s+points?)?"
           r"|from\s+(?:\d{1,2}|[a-z]+)\s+to\s+(?:\d{1,2}|[a-z]+))")
_MOVED_ONLY = on_first_use(
    r"\W*(?:(?:yes|yeah|yep|yup|it\s+has)\s*[,.!-]?\s*)?(?:(?:it|the\s+(?:number|score))(?:['’]?s|\s+has)?"
    r"\s+)?(?:(?:gone|moved|come|went|crept|slipped|dropped|risen|jumped|edged|nudged)\s+)?"
    rf"(?:up|down|upwards|downwards"
    # (or a word of which way after how far: "a bit lower", "slightly higher" (set AM))
    rf"|(?:{_AMOUNT}\s+)?(?:lower|higher|better|worse))(?:\s+{_AMOUNT})?(?:\s*,?\s*{_AMOUNT})?"
    r"(?:\s+(?:since|from)\s+(?:the\s+)?(?:last\s+(?:time|one|review|meeting|supervision)|then"
    r"|before))?(?:\s+(?:i\s+think|really|tbh|overall))?[\s.!]*", re.IGNORECASE)


def moved_only(text: str) -> str | None:
    """Ask once when an answer to whether the number has moved says only that it has ("yeah
    its gone up a bit"), with nothing of what moved it."""
    if len(text) > _NOT_MOVED_AT_MOST or _MOVED_ONLY.fullmatch(text) is None:
        return None
    return MOVED_ONLY.format(said=_shortened(" ".join(text.split())))


def not_moved(text: str) -> str | None:
    """Ask once when an answer to whether the number has moved says only that it has not
    ("No change, static"), where the question asks since when and what has been tried."""
    if len(text) > _NOT_MOVED_AT_MOST or _NOT_MOVED.fullmatch(text) is None:
        return None
    return NOT_MOVED.format(said=_shortened(" ".join(text.split())))


CONTEXTS_GOAL = ('"{said}" says what the young person will do, and this question is about '
                 "what professionals and the community will be doing about the places and the "
                 "people that harm them: the police, the school, youth services, transport, "
                 "shops and others, and where. What the young person will do has its own "
                 'question after this one, "What the young person and family will be doing".')
# A goal whose one doer is the young person: opened by their initials, "he", "she", "they" or
# "the young person", then "will" or "to" ("D will be home by 9pm", "DR to hand his phone
# in"), with no one of the services or the community named after it.
_YOUNG_PERSON_WILL = on_first_use(
    r"\W*(?:(?-i:[A-Z]{1,3})|he|she|they|(?:the\s+)?(?:young\s+person|yp))\s+(?:will|to|must"
    r"|should|needs?\s+to|has\s+to|is\s+(?:to|going\s+to))\b", re.IGNORECASE)
_SOMEONE_ELSE_WILL = on_first_use(
    r"\b(?:police|officers?|pcs?|pcsos?|school|college|staff|teachers?|council|community"
    r"|shops?|owners?|business(?:es)?|security|youth|workers?|professionals|we|i|social"
    r"|services?|team|transport|bus|drivers?|wardens?|neighbours?|licensing|housing|coach"
    r"|club|gym|mentor|sw|yot|yos|yjs|dsl|ewo|mum|dad|parents?|carers?|family|nan|network"
    r"|manager|staff|everyone|agencies)\b", re.IGNORECASE)


def about_the_contexts(text: str) -> str | None:
    """Ask once when a goal asked of professionals and the community says only what the young
    person will do ("D will be home by 9pm every night"): a curfew where the places and the
    people who harm them belong."""
    opened = _YOUNG_PERSON_WILL.match(text)
    if opened is None or (opened.group().split()[0].lower() in {"i", "we"}) \
            or _SOMEONE_ELSE_WILL.search(text, opened.end()):
        return None
    return CONTEXTS_GOAL.format(said=_shortened(" ".join(text.split())))


def dated(text: str) -> str | None:
    """Ask once for the date when a day is named only from today."""
    found = _FROM_TODAY.search(text)
    if found is None or _A_DATE.search(text):
        return None
    return DATED.format(word=found.group())


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_NAME = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
# A line that is only a date, as typed in reply to that reminder: "Thursday 10 December",
# "thurs 10th", "10/12", "on the 10th", "Dec 10".
_ONLY_A_DATE = on_first_use(
    rf"(?:on\s+)?(?:{_DAY_NAME}\s+)?(?:the\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_MONTH})?(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}\s*[/.-]\s*\d{{1,2}}(?:\s*[/.-]\s*\d{{2,4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+\d{{4}})?)[.!]?", re.IGNORECASE)

# "on" before the day an answer names and before the date sent for it: said once.
_ON = on_first_use(r"^on\s+", re.IGNORECASE)
_ON_AT_END = on_first_use(r"\bon\s+$", re.IGNORECASE)


def with_the_date(held: str, reply: str) -> str | None:
    """An answer held back for naming a day only from today ("thurs", "yesterday at
    school"), with the date the reminder asked for, typed alone ("Thursday 10 December",
    "10/12", "the 3rd"), put in place of that day: "Thursday 10 December", "3 Dec at
    school". None when the reply is more than a date (it is then read as any other line)."""
    found = _FROM_TODAY.search(held)
    reply = " ".join(reply.split())
    if found is None or _ONLY_A_DATE.fullmatch(reply) is None or reply.isdigit():
        return None
    before, after = held[:found.start()], held[found.end():]
    if _ON_AT_END.search(before):  # "visit on thurs", then "on the 10th": one "on"
        reply = _ON.sub("", reply, count=1)
    if after.strip():  # "thurs 2pm", then "10/12.": the full stop is not mid-answer
        reply = reply.rstrip(".!")
    return f"{before}{reply}{after}"


# An email pasted whole: two or more of its header lines ("From: ...", "Sent: ...", "To:",
# "Subject: ..."), each at the start of a line. They say who wrote to whom, and are no part
# of what happened.
_EMAIL_HEADER = on_first_use(r"^[ \t>]*(?:from|sent|to|cc|bcc|date|subject)[ \t]*:[ \t]*\S",
                             re.IGNORECASE | re.MULTILINE)
EMAIL = ('This looks like a pasted email: its header lines ({headers}), and any greeting or '
         "sign-off, would go into the record as part of your answer, and they can say who wrote "
         "to whom. Please send it again without them, keeping what happened and who saw it.")

# ... or an email's sign-off on a line of its own, with more lines under it (the writer's
# name and role): "Kind regards\nKL\nHealth Visitor | Northside Health Centre".
_SIGN_OFF = on_first_use(r"^[ \t>]*(?P<s>(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|wishes"
                         r"|thanks)|thanks|cheers|yours\s+(?:sincerely|faithfully|truly))"
                         r"[ \t,.!]*\n[ \t]*\S", re.IGNORECASE | re.MULTILINE)
SIGN_OFF = ('This ends with an email sign-off ("{sign_off}" and the lines under it): the name '
            "and role there would go into the record as part of your answer. Please send it "
            "again without them, keeping what happened and who saw it.")

# ... or a phone's mail footer on a line of its own ("Sent from my iPhone", "Get Outlook for
# Android"), copied with what happened into the summary someone pastes into a report.
_SENT_FROM = on_first_use(r"^[ \t>]*(?P<s>sent\s+from\s+my\s+\w+(?:[ \t]+\w+){0,3}|get\s+outlook"
                          r"\s+for\s+(?:ios|android))[ \t.!]*$", re.IGNORECASE | re.MULTILINE)
SENT_FROM = ('This has an email\'s "{line}" line in it, which would go into the record as part '
             "of your answer. Please send it again without that line.")


def privacy(text: str) -> str | None:
    """Remind about initials when an answer seems to hold a name, a birth date or a contact;
    first, about the header lines of an email pasted whole."""
    if "\n" in text and ":" in text:
        headers = list(dict.fromkeys(
            m.group().strip(" \t>").split(":")[0].strip().capitalize() + ":"
            for m in _EMAIL_HEADER.finditer(text, 0, 2000)))
        if len(headers) >= 2:
            return EMAIL.format(headers=", ".join(f'"{h}"' for h in headers[:4]))
    if "\n" in text and (footer := _SENT_FROM.search(text, 0, 4000)) is not None:
        return SENT_FROM.format(line=" ".join(footer["s"].split()))
    if "\n" in text and (signed := _SIGN_OFF.search(text, 0, 4000)) is not None:
        return SIGN_OFF.format(sign_off=" ".join(signed["s"].split()).capitalize())
    # Read as plain Latin letters and digits too: "𝐉𝐨𝐡𝐧 𝐒𝐦𝐢𝐭𝐡" ("fancy text"), a full-width
    # keyboard's "ＳＷ１Ａ １ＡＡ", or a name with a Cyrillic letter in it are the name and
    # postcode the checks know.
    plain = as_latin(text)
    hits = find_personal_data(text) or (find_personal_data(plain) if plain != text else [])
    if not hits:
        return None
    firsts = list({hit.kind: hit for hit in reversed(hits)}.values())  # each kind's first
    firsts.sort(key=lambda hit: hit.span)
    if len(firsts) == 1:
        return PRIVACY.format(what=KINDS[hits[0].kind], seen=_seen(hits[0].text),
                              instead=INSTEAD[hits[0].kind])
    # A name and a date of birth in one answer: both named at once, or the one not named was
    # kept when the answer came again without the other (the reminder is shown once).
    return PRIVACY_SEVERAL.format(several="\n".join(
        f'• {KINDS[hit.kind]} ("{_seen(hit.text)}"): {INSTEAD[hit.kind][0].lower()}'
        f"{INSTEAD[hit.kind][1:]}" for hit in firsts))


def _seen(text: str) -> str:
    seen = " ".join(text.split())
    return seen if len(seen) <= 40 else seen[:39] + "…"


# How the child's view was heard, answered only that the child does not speak ("J is
# non-verbal so was unable to share his views", "too young to give a view"): a child who does
# not speak still has a view, shown in play, signs or pictures, in how they are with the people
# they know, and seen by a trusted adult who knows them. Not "unable to speak to me as mum was
# there" (the room, not the child), nor a line saying how the view was gathered.
_DOES_NOT_SPEAK = on_first_use(
    r"\b(?:non[\s-]?verbal|pre[\s-]?verbal|non[\s-]?speaking|no\s+(?:verbal\s+)?(?:speech"
    r"|language|words)|(?:limited|little|minimal)\s+(?:speech|verbal|language|words)"
    r"|(?:does\s*n['’]?t|does\s+not|can['’]?t|can\s*not|unable\s+to|not\s+able\s+to"
    r"|is\s*n['’]t\s+able\s+to|too\s+young\s+to)\s+(?:yet\s+)?(?:talk|speak|communicate"
    r"|verbali[sz]e)\b(?!\s+(?:to|with)\b)|too\s+young)", re.IGNORECASE)
_VIEW_GATHERED = on_first_use(
    r"\b(?:observ\w*|watch\w*|saw|seen?|sees|notic\w*|play\w*|signs?|signing|signed"
    r"|makaton|bsl|pecs|pictures?|symbols?|draw\w*|eye[\s-]gaze|communication\s+(?:aid|book"
    r"|device|board|passport)|device|tablet|ipad|app|gestur\w*|point\w*|body\s+language"
    r"|facial|expressions?|cues?|sounds|vocalis\w*|smil\w*|laugh\w*|cr(?:y|ies|ied)|reach\w*"
    r"|behaviour|respond\w*|react\w*|interpreter|advocate|who\s+knows?\s+(?:him|her|them)"
    r"|(?:say|says|said|told|tell|describe[sd]?|report(?:s|ed)?)\s+(?:that\s+)?(?:he|she|they)"
    r"|through|via)\b", re.IGNORECASE)
# ... or the view said not given, for a reason of the child's own (their age, a disability,
# their needs: "Unable to ascertain wishes and feelings due to age", "Due to his disability he
# could not share his views"), or the child's age alone ("N/A - 4 months old").
_NOT_GIVEN = on_first_use(
    r"\b(?:unable|not\s+able|could\s*n['’]?t|could\s+not|can['’]?t|can\s*not|did\s*n['’]?t"
    r"|did\s+not|(?:was|were)\s*n['’]?t\s+able|(?:was|were)\s+not\s+able)\s+(?:to\s+)?"
    r"(?:share|give|express|tell|say|voice|communicate|obtain|gather|get|ascertain|seek|elicit"
    r"|capture|hear|establish)\b"
    r"|\b(?:views?|wishes|feelings|voice)\s+(?:(?:were|was|could|have|has|had)\s*(?:n['’]?t|\s+not)"
    r"\s+(?:be\s+|been\s+)?|not\s+(?:yet\s+)?)(?:obtained|gathered|sought|ascertained|heard"
    r"|captured|possible|given|shared|elicited|established)\b", re.IGNORECASE)
_THE_CHILDS_REASON = on_first_use(
    r"\b(?:age|(?:months?|weeks?|days?)\s+old|a\s+baby|disabilit\w*|disabled|autis\w*|asd"
    r"|(?:complex|additional|special|medical)\s+needs|learning\s+(?:disabilit\w*|difficult\w*"
    r"|needs)|communication\s+(?:needs|difficult\w*)|limited\s+communication"
    r"|developmental\w*|(?-i:SEND))\b", re.IGNORECASE)
_AGE_ALONE = on_first_use(
    r"\W*(?:(?:n/?a|not\s+applicable)\W+)?(?:(?:the\s+)?(?:child|baby|she|he|(?-i:[A-Z]{1,3}))\s+"
    r"(?:is\s+)?)?(?:only\s+)?(?:aged?\s+)?\d{1,2}\s*(?:days?|weeks?|wks?|months?|mths?)"
    r"(?:\s+old)?[\s.!]*", re.IGNORECASE)
UNHEARD_VIEW = ("A child who does not speak still has a view, even where it could not be heard "
                "in words: what they show in play, signs or pictures, how they are with the "
                "people they know, what a trusted adult who knows them sees. How was it "
                "gathered, and by whom? A line like \"J is non-verbal; his teacher, who knows "
                "his signs, sat with him with picture cards and he pointed to the sad face for "
                "home\" tells the family, and anyone reading this later, how the child was "
                "heard.")


# The child's words alone, typed at how they were heard ("J said he likes it at Mrs T's
# because there's always tea", "He says he misses his mum", "J told me he wants to stay
# here"): saved, they stood in the summary as how the view was heard, not marked as the
# child's. Not with who heard them, where or how ("J told his teacher ...", "J said it to me
# at school").
_CHILD_SAID = on_first_use(
    r"\W*(?:(?-i:(?!I\b)[A-Z]{1,2})|he|she|they|the\s+child)\s+(?:said|says|told\s+(?:me|us)"
    r"|tells\s+(?:me|us))\b", re.IGNORECASE)
_HEARD_HOW = on_first_use(
    r"\b(?:at\s+(?:school|home|nursery|college|contact|the\s+(?:office|centre|center|hub))"
    r"|during|visit\w*|session|meeting|with\s+(?:me|us|his|her|their|the|a|an)|in\s+(?:school"
    r"|class|private|the\s+car)|while|when\s+(?:i|we)|social\s+worker|teacher|worker|draw\w*"
    r"|play\w*|three\s+houses|on\s+(?:his|her|their)\s+own|alone|phone|video)\b",
    re.IGNORECASE)
CHILD_SAID = ('"{said}" reads as what the child said, and here the summary keeps how their '
              "view was heard: who heard it, where and how. The child's own words go at "
              '"What worries the child", "What the child says is good" or "What the child '
              'wishes for", where they are marked as theirs (/back goes back to them). How '
              "was the child's view heard, and by whom?")


def child_view(text: str) -> str | None:
    """At how the child's view was heard: the child said not to speak, their view not given
    for a reason of their own, or only their age, and nothing of how their view was gathered
    (`_DOES_NOT_SPEAK`, `_NOT_GIVEN`, `_AGE_ALONE`, `_VIEW_GATHERED`); or only the child's
    words, reported (`_CHILD_SAID`), with nothing of who heard them or how."""
    if (_DOES_NOT_SPEAK.search(text) or _AGE_ALONE.fullmatch(text)
            or (_NOT_GIVEN.search(text) and _THE_CHILDS_REASON.search(text))) \
            and not _VIEW_GATHERED.search(text):
        return UNHEARD_VIEW
    if _CHILD_SAID.match(text) and not _HEARD_HOW.search(text):
        return CHILD_SAID.format(said=_shortened(" ".join(text.split())))
    return None


def said_nothing(text: str) -> str | None:
    """Ask once when a child's words that may be left out are the writer's note that the
    child said nothing ("LM didn't say anything to me", "n/a"): the summary would quote it
    as theirs."""
    said = text.strip(" .!")
    if _SAID_NOTHING.fullmatch(said):
        return SAID_NOTHING.format(said=_shortened(" ".join(text.split())))
    if _REFUSED.fullmatch(said):
        return REFUSED.format(said=_shortened(" ".join(text.split())))
    return None


def own_words(text: str) -> str | None:
    """Ask once when an answer kept as someone's own words has quotes in it with the
    writer's words around them ("She said "..." and "..."") or is the writer's account of a
    drawing ("She drew nanny and her holding hands"): all of it would be marked as theirs."""
    if (drawn := _DRAWN.match(text)) and not _SPEAKER.search(text, drawn.end()):
        return DRAWN.format(drawing=_shortened(" ".join(text.split())))
    if (seen := _SEEMED.match(text)) and not _QUOTED.search(text) \
            and not _SPEAKER.search(_WRITER_ASKED.sub(" ", text[seen.end():])):
        # ("when I asked about dad" is the writer's own "I")
        return SEEN.format(seen=_shortened(" ".join(text.split())))
    if (wants := _WANTS.match(text)) and not _QUOTED.search(text) \
            and not _SPEAKER.search(text, wants.end()):
        return OWN_WORDS.format(outside=" ".join(wants.group().split()))
    if (later := _THEN_WANTS.match(text)) and not _QUOTED.search(text) \
            and not _SPEAKER.search(text):
        return OWN_WORDS.format(outside=_shortened(" ".join(later.group().split())))
    quotes = _QUOTED.findall(text)
    if not quotes and _SEEN_AT.match(text):
        return OWN_WORDS.format(outside=_shortened(" ".join(text.split())))
    if not quotes and _NOT_HEARD.search(text) and not _SPEAKER.search(text):
        return NOT_HEARD.format(note=_shortened(" ".join(text.split())))
    if not quotes and (relayed := _RELAYED.match(text)) \
            and not _SPEAKER.search(text, relayed.end()):
        return RELAYED.format(frame=" ".join(relayed["frame"].split()).rstrip(",:"))
    if not quotes and _GATHERED.search(text):
        return GATHERED.format(note=_shortened(" ".join(text.split())))
    if not quotes and any(stem in text for stem in _DISCLOSED_STEMS) \
            and _DISCLOSED.fullmatch(text):
        return DISCLOSED.format(note=_shortened(" ".join(text.split())))
    if not quotes and (view := _VIEW_IS.match(text)) and not _SPEAKER.search(text, view.end()):
        return OWN_WORDS.format(outside=" ".join(view.group().split()).rstrip(":–- "))
    if not quotes and (aside := _ASIDE.fullmatch(text)):
        return ASIDE.format(aside=aside["aside"], words=_shortened(aside["words"]))
    framed = _FRAMED.match(text) or _named_frame(text) or _noted_frame(text)
    if not quotes and framed:  # "K said mummy sleeps all day": "K said" is the writer's
        return OWN_WORDS.format(outside=" ".join(framed.group().split()).rstrip(":,"))
    if not quotes and (opened := _opened_frame(text)):
        return OWN_WORDS.format(outside=_shortened(" ".join(opened.split()).rstrip(":,")))
    outside = " ".join(_QUOTED.sub(" … ", text).split())
    if not quotes or not _REPORTED.search(outside):
        return None
    return OWN_WORDS.format(outside=_shortened(outside))


def summarised(text: str, words: WordList) -> str | None:
    """Ask once when an answer kept as the child's own words is the writer's summary in the
    words of the work, with no "I", "me" or "my" of the child's and no quote in it: a short
    form ("Witnessing DV"), a word of the work ("Positive attachment to mum", "Parental
    substance misuse") or an aim for them ("To achieve his potential"). (Not "Nanny is kind" or
    "Mummy is lazy": a child says those; nor, as the thirty-first review kept it, "to have
    her own flat near her nan".)"""
    if _SPEAKER.search(text) or _QUOTED.search(text):
        said = _WORK_WORDS_SAID.search(text)
        return WORK_WORDS_SAID.format(said=" ".join(said.group().split())) if said else None
    if _WORK_WORDS.search(text):
        return SUMMARY.format(said=_shortened(" ".join(text.split())))
    reach = within_reach(text, SHORT_FORMS_READ)
    if _may_lead_with_capitals(reach, words) \
            and any(_short_form(hit) for hit in find_wording(reach, words)):
        return SUMMARY.format(said=_shortened(" ".join(text.split())))
    return None


def _may_lead_with_capitals(text: str, words: WordList) -> bool:
    """Whether reading `text` in full (`find_wording`) may find a `_short_form`, a tenth of
    the time of every check spent on answers that have none: False only where it cannot.
    Every finding's term is one of three. Words of the text: their first word then holds two
    characters side by side, neither a space nor a small letter, one a capital ("KB", "D.V",
    `_CAPITALS_SIDE_BY_SIDE`). A short form the abbreviations find: that, or "DoL". A term of
    the word list or a rule's name: its quick test passed (no rule's name starts with
    capitals, `_RULES_LED_BY_CAPITALS`)."""
    kinds = text if text.isascii() else text.translate(  # the pattern reads ASCII
        {ord(c): _kind_of(c) for c in set(text) if not c.isascii()})
    if _CAPITALS_SIDE_BY_SIDE.search(kinds) or _RULES_LED_BY_CAPITALS:
        return True
    return bool(words.capitals_quick.passing(fold(mask_quotes(text)).replace(".", "")))


def _kind_of(c: str) -> str:
    """A character as an ASCII one of its kind for `str.isupper`: small (or a title-case
    letter, which no capitals word holds), capital, space, or neither."""
    if c.isspace():
        return " "
    return "a" if not (c + "A").isupper() else "A" if c.isupper() else "-"


# Two characters side by side in a word, one a capital and the other no small letter ("KB",
# "D.V", "Y4"), or a short form with small letters inside ("DoLS").
_CAPITALS_SIDE_BY_SIDE = on_first_use(r"[A-Z][^\sa-z]|[^\sa-z][A-Z]|[A-Z][a-z][A-Z]")
_RULES_LED_BY_CAPITALS = any(led_by_capitals(rule.name) for rule in RULES) \
    or led_by_capitals("county lines")


# The writer's summary kept as the child's words ("Exposure to DA at home").
SUMMARY = ('"{said}" reads as your summary, in a worker\'s words, but this answer is kept '
           "as the child's own: the summary puts it in quotation marks as something they said. "
           "Send only the words they said, as they said them, or /keep if every word here is "
           "theirs.")
# Words of the work a child does not use even speaking for themselves, in "I" or in quotes
# ("'i feel unsafe at home due to dads behaviours'", "'i want my needs to be met'", "'for my
# parents to reduce conflict'", "'i get anxious when there is domestic abuse'") (set AG): a
# child says "because dad throws things", "mum and dad to stop shouting".
WORK_WORDS_SAID = ('"{said}" reads as a worker\'s words, in an answer kept as the child\'s own: '
                   "the summary puts it in quotation marks as something they said. Send the "
                   "words they used, as they said them, or /keep if these were theirs.")
_SAID_BY_THE_WORK = (
    r"due\s+to|behaviou?rs"
    r"|(?:my|our|his|her|their)\s+(?:[a-z]+\s+)?needs\s+(?:to\s+be\s+|being\s+|are\s+|were\s+"
    r"|(?:are|were)\s*n['’]?o?t\s+(?:being\s+)?)?met|meets?\s+(?:all\s+(?:of\s+)?)?(?:my|our)\s+(?:[a-z]+\s+)?needs"
    r"|(?:reduce|less(?:en)?|minimi[sz]e)\s+(?:the\s+)?conflict|(?:parental|inter[\s-]?parental)"
    r"\s+conflict"
    r"|(?:good|positive|healthy|high|improved|better)\s+(?:self[\s-]?esteem|relationships?"
    r"|communication|attachments?|outcomes)"
    r"|(?:economic|emotional)\s+well[\s-]?being"
    r"|(?:when|where|if)\s+there\s+(?:is|was|are|were)\s+(?:(?:domestic|family|parental)\s+"
    r"(?:abuse|violence|conflict)|neglect|substance\s+misuse|conflict)"
    r"|in\s+relation\s+to|with\s+regards?\s+to"
    # ("'i dont feel emotionally safe around my dad'", "'i want more quality time with my
    # parents'", "'i worry about my parents mental health'" (set AH))
    r"|emotionally\s+(?:safe|unsafe|available|unavailable|neglected|abused|abusive|harmed"
    r"|supported)|(?:physically|verbally)\s+abusive"
    r"|quality\s+time"
    # ("'i feel safe and supported at home'", "'i feel neglected'", "'i want a stable
    # placement'" (set AI)): a child says "nobody helps me", "mum forgets my tea"
    r"|(?:feel|felt|feeling|am|was|being|been)\s+(?:(?:really|very|so|quite|more|less|not)\s+)*"
    r"(?:(?:safe|loved|happy|cared\s+for|listened\s+to)\s+(?:and|&)\s+)?(?:supported|neglected)"
    r"|(?:stable|secure|permanent|long[\s-]term|settled)\s+placement"
    # ("'i have good routines at my carers'", "'to have contact with my birth family'" (set
    # AJ)): a child says "tea at 5 and bed at 8", "to see my mum and my nan"
    r"|(?:good|positive|consistent|clear|healthy|firm)\s+(?:routines?|boundaries)"
    r"|birth\s+(?:family|families|parents?)|(?:supervised|direct|indirect|sibling)\s+contact"
    r"|contact\s+(?:sessions?|arrangements?)"
    r"|(?:parents|parental|carers|mums|dads|mum['’]s|dad['’]s|parents['’])\s+mental\s+health"
    # ("'i dont feel listened to by professionals'", "'for dad to get help with his anger
    # management'", "'mum has ... poor mental health'" (set AK)): a child says "nobody listens
    # to me", "for dad to stop shouting", "mum cries all day"
    r"|professionals|anger\s+management|(?:poor|low|declining|deteriorating)\s+mental\s+health"
    # ("'i get anxious when mum is under the influence'", "'my key worker supports me with my
    # emotions'", "'to have more contact with my siblings'", "'to reach my full potential'"
    # (set AL)): a child says "when mum is drunk", "she helps me when i'm sad", "to see my
    # brother", "to be a vet"
    r"|under\s+the\s+influence|supports?\s+(?:me|us)\s+with\s+(?:my|our)\s+(?:emotions|feelings"
    r"|behaviou?rs?|well[\s-]?being|mental\s+health|needs|anxiety|self[\s-]?esteem)"
    r"|(?:my|our)\s+emotions"
    r"|(?:more|less|regular|some|no|family|having|have)\s+contact\s+with"
    r"|(?:reach|achieve|fulfil|fulfill|meet)\s+(?:my|our)\s+(?:full\s+)?potential|full\s+potential"
    # ("'i'm scared of dads anger issues'", "'mummy gets intoxicated and i feel unsafe'",
    # "'when mum and her boyfriend have domestics'", "'to ... achieve my goals'" (set AM)): a
    # child says "when dad gets really cross", "when mummy is drunk", "when they fight", "to be
    # a mechanic"
    r"|(?:anger|attachment|behaviou?ral|emotional|parenting|substance|alcohol|drug|mental"
    r"\s+health)\s+(?:issues|difficulties)"
    r"|intoxicated|inebriated|(?:have|has|having|had)\s+(?:a\s+)?domestics?|domestics"
    r"|(?:reach|achieve|fulfil|fulfill|meet)\s+(?:my|our)\s+(?:\w+\s+)?(?:goals|aspirations"
    r"|ambitions)"
    # ("'mum has mental health'", "'for my family to be less dysfunctional'", "'i get anxious
    # about mum's wellbeing'", "'i feel listened to at my placement'" (set AN)): a child says
    # "mum cries all the time", "for us to stop fighting", "when mum is sad", "they listen to
    # me"; the school's wellbeing room, hub or lady is what its children call them)
    r"|(?:has|have|had|got|with)\s+(?:(?:her|his|their)\s+)?(?:(?:bad|poor|low)\s+)?mental"
    r"\s+health(?!\s+(?:nurse|team"
    r"|worker|appointments?|doctor))|dysfunction(?:al)?"
    r"|well[\s-]?being(?!\s+(?:room|hub|club|lady|man|teacher|team|worker|mentor|champion"
    r"|lessons?|sessions?|group|space|centre|center|base|area|corner|time|day|week))"
    r"|(?:feel|felt|feeling)\s+(?:(?:really|very|so|quite|more|less|not)\s+)*(?:listened\s+to"
    r"|valued|validated|empowered|heard)"
    # ("'my foster carer is very nurturing'", "'for my parents to co-parent better'", "'mum
    # and dad have a toxic relationship'" (set AO)): a child says "she cuddles me when i'm
    # sad", "for mum and dad to talk nicely about me", "they fight all the time"
    r"|nurturing|co[\s-]?parent(?:s|ed|ing)?"
    r"|(?:toxic|unhealthy|volatile|abusive|dysfunctional|conflictual)\s+relationships?"
    # ("'mum suffers with her mental health'", "'dad has a drink problem'", "'my key worker is
    # really supportive'", "'for my family to be more stable'" (set AQ)): a child says "mum
    # cries all day", "dad drinks beer all day", "she helps me with my homework", "for us to
    # stay in one house"
    r"|(?:drink(?:ing)?|drug|alcohol)\s+problems?"
    r"|(?:is|are|was|were|be|been)\s+(?:(?:really|very|so|super|quite|always)\s+)*supportive"
    r"|(?:more|less)\s+stable|stability"
    # ("'my nan is a positive role model'" (set AR)): a child says "nan shows me how to cook"
    r"|(?:positive|good|negative|bad|great)\s+role\s+models?")
_WORK_WORDS_SAID = on_first_use(rf"\b(?:{_SAID_BY_THE_WORK})\b", re.IGNORECASE)
# Words of the work a child does not use of their own life (those above too).
_WORK_WORDS_WAYS = (
    rf"{_SAID_BY_THE_WORK}|attachment|exposure|exposed\s+to|parental|substance\s+misuse"
    r"|witness(?:ed|ing)"
    r"|relationships?\s+with|engagement|presentation|emotional\s+(?:wellbeing|needs)"
    r"|outcomes|NEET|(?:his|her|their)\s+(?:full\s+)?potential"
    # ... nor the work's words for a good adult life ("To live a fulfilling and independent
    # life", "positive future", "healthy lifestyle choices") (set AF): a young person says
    # "my own flat and a job with animals"
    r"|fulfill?ing|aspirations|independent\s+(?:life|adult(?:hood)?)"
    # ("to be a productive member of society" (set AH))
    r"|productive\s+members?\s+of\s+society|contribut\w+\s+(?:positively\s+)?to\s+society"
    # ("to be the best version of himself", "to sort his life out" (set AI))
    r"|best\s+version\s+of|(?:sort|turn)\s+(?:his|her|their)\s+life\s+(?:out|around|round)"
    # ("to be in a better headspace", "to get his act together" (set AJ and AI's held-out))
    r"|get\s+(?:his|her|their)\s+(?:act|life|head)\s+together"
    r"|(?:better|right|good|healthier|positive)\s+(?:head[\s-]?space|frame\s+of\s+mind"
    r"|mind[\s-]?set)"
    r"|(?:positive|healthy|stable|successful)\s+(?:future|lifestyle|(?:life\s+)?choices|adult(?:hood)?)"
    r"|(?:his|her|their)\s+own\s+tenancy|placements?"
    # ... nor the work's words for how they see themselves ("He lacks a sense of belonging",
    # "Low self-esteem"): a child says "I don't belong anywhere"
    r"|sense\s+of\s+(?:belonging|identity|self|security|self[\s-]?worth)"
    r"|self[\s-]?(?:esteem|worth|image)|low\s+mood"
    # ... nor a clinician's account of what they find hard ("Expressive language difficulties
    # impacting on peer relationships"): a child says "people laugh when I can't get my words
    # out"
    r"|(?:expressive|receptive|speech(?:\s+and)?|language|communication|learning|social"
    r"|emotional|behavioural|behavioral|sensory|processing|literacy)\s+(?:difficult(?:y|ies)"
    r"|needs|delays?|disorder|impairment|deficits?)|impact(?:s|ed|ing)?\s+(?:up)?on"
    r"|peer\s+(?:relationships?|interactions?|groups?)|relationship\s+difficult(?:y|ies)"
    r"|(?:emotional|self)[\s-]regulation"
    # ... nor a leaving care or housing worker's headings for what lies ahead ("Independence
    # skills and tenancy sustainment"): a young person says "I don't know how to pay the gas"
    r"|(?:independen(?:ce|t(?:\s+living)?)|life|living|budgeting|tenancy)\s+skills"
    r"|tenancy\s+(?:sustainment|sustainability|management|readiness|breakdown)"
    r"|transition(?:ing)?\s+to\s+(?:adulthood|independen(?:ce|t\s+living))"
    r"|move[\s-]on\s+(?:accommodation|plans?)"
    # ... nor a housing officer's words for where the family lives ("Unsettled due to living in
    # temporary accommodation"): a child says "I hate the hotel, there's nowhere to play"
    r"|(?:temporary|emergency|unsuitable|insecure|stable)\s+(?:accommodation|housing)"
    r"|overcrowd\w*|homelessness|unsettled"
    # ... nor a family worker's words for home life as a child's wish ("For the family to
    # communicate better and spend quality time together"): a child says "mummy and me go to
    # the park and she doesn't look at her phone"
    r"|quality\s+time|communicat\w*\s+(?:better|more|effectively|openly)"
    r"|(?:better|improved|positive|healthy|open|effective)\s+communication"
    r"|family\s+(?:relationships|dynamics?|functioning|cohesion)|feelings\s+of"
    r"|regarding|with\s+regards?\s+to"
    # ... nor a SEND or careers plan's headings for what they want to get done ("Transition to
    # post-16 provision and preparation for adulthood"): a young person says "learn the bus
    # to college on my own"
    r"|preparation\s+for\s+adulthood|post[\s-]?1[689]|provision|pathways?|employability"
    r"|aspir(?:es|ations?)"
    # ... nor the work's words for what a child told ("the child made allegations against her
    # stepfather" (set AK)): a child says "he comes in my room at night"
    r"|allegations?|disclosures?|disclosed"
    # ... nor the work's words for their place in a family ("he is well integrated into his
    # carers family" (set AK)): a young person says "they save me a seat at tea"
    r"|integrat(?:ed|es|ing|ion)|embedded"
    r"|dysregulat\w+")
# (Each way opens with its first letter as it is typed, `lettered_ways`: `re` tries the choice
# at every word of an answer, and passed over none of its ways at a comparison before.)
_WORK_WORDS = on_first_use(rf"\b(?:{lettered_ways(_WORK_WORDS_WAYS)})\b", re.IGNORECASE)


# The child as the writer names them: by initials ("K", "LM", "TJB"; "I" is their own), as
# the child, as the young person, or as a school names them ("Pupil disclosed that ...").
_THE_CHILD = (r"(?-i:[A-HJ-Z]{1,3})|the\s+child|child"
              r"|(?:the\s+)?(?:young\s+person|yp|pupil|student)")
# ... or by first name: a capital word that is no one of the family and no word a sentence
# opens with ("Ellie presented as happy", "Zara wishes to stay")
_FIRST_NAME = (r"(?-i:(?!(?:Mum|Mummy|Mam|Mom|Dad|Daddy|Nan|Nanny|Nana|Gran|Granny|Grandma"
               r"|Grandad|Grandpa|Auntie|Aunty|Uncle|Miss|Sir|Baby|Santa|She|He|They|It|We|You"
               r"|The|This|That|My|Our|His|Her|Their|There|Everyone|Nobody|Someone|Police"
               r"|Teacher|Staff|Doctor|Nurse)\b)"
               r"[A-Z][a-z]+)")
# How the child's words came, before the writer's frame: "Via interpreter, child said ...",
# "Through her talker, she told me ..."
_HOW_HEARD = (r"(?:\(?(?:via|through|using|with)\s+(?:an?\s+|the\s+|(?:her|his|their)\s+)?"
              r"(?:[\w-]+\s+){0,2}?(?:interpreter|translator|signer|talker|communication\s+"
              r"(?:aid|board|device)|symbols|pictures|makaton)\s*\)?\s*[,:;–-]?\s*)?")
# The writer's note that the child's view was heard, with nothing of what they said: "child's
# wishes and feelings were obtained", "voice of the child captured", "gathered his views".
GATHERED = ('"{note}" says that the child\'s view was heard, but not what they said, and this '
            "answer is kept as the child's own: the summary puts it in quotation marks as "
            "something they said. Send the words they said, as they said them (how their view "
            "was heard has its own question), or /keep if every word here is theirs.")
_VIEW = (r"(?:views?|wishes(?:\s+and\s+feelings)?|feelings|voice(?:\s+of\s+the\s+(?:child"
         r"|young\s+person))?|perspective|opinions?|thoughts|lived\s+experience)")
_GATHERING = (r"(?:obtained|gathered|sought|captured|heard|recorded|ascertained|explored"
              r"|elicited|taken|considered|completed|established|noted|shared|obtain|gather"
              r"|seek|capture|ascertain|explore|elicit|record)")
_GATHERED = on_first_use(
    rf"^\W*(?:(?:the\s+)?(?:child|young\s+person|yp|children|his|her|their|(?-i:[A-Z]))(?:['’]s)?"
    rf"\s+)?{_VIEW}\b(?:\s+[\w'’]+){{0,6}}?\s+{_GATHERING}\b"
    rf"|^\W*(?:(?:i|we|sw|staff)\s+)?{_GATHERING}\s+(?:the\s+)?(?:child['’]?s|young\s+person['’]?s"
    rf"|yp['’]?s|his|her|their|(?-i:[A-Z])['’]s)\s+{_VIEW}\b", re.IGNORECASE)

# The writer's note that the child told of something, with nothing of what they said: "Child
# made a disclosure during play", "YP disclosed DV at home", "K has made an allegation
# against her stepdad" (not "... disclosed that dad hits her": what follows is theirs, asked
# as the writer's frame).
DISCLOSED = ('"{note}" says that the child told you something, but not what they said, and '
             "this answer is kept as the child's own: the summary puts it in quotation marks "
             "as something they said. Send the words they used, as near as you remember them "
             "(when and to whom they told it belongs in what you noticed), or /keep if every "
             "word here is theirs.")
_DISCLOSED_STEMS = ("isclos", "llegation", "omment", "emark", "eference", "tatement")
_DISCLOSED = on_first_use(
    rf"\W*(?:{_THE_CHILD}|he|she|they|{_FIRST_NAME})(?:\s*\(\d{{1,2}}\))?\s+"
    r"(?:has\s+|had\s+|then\s+|also\s+|today\s+|later\s+)?"
    r"(?:(?:made|makes|make|gave|given)\s+(?:a|an|another|some|further|several|two|three)\s+"
    r"(?:[\w-]+\s+)?(?:disclosures?|allegations?)"
    # ... or talk about something, and nothing of what they said: "she made comments about
    # home", "he made some remarks about dad" (set AG)
    r"|(?:made|makes|make)\s+(?:(?:a|an|another|some|several|a\s+few)\s+)?"
    r"(?:[\w-]+\s+)?(?:comments?|remarks?|references?|statements?)\s+(?:about|regarding|re"
    r"|around|on|in\s+relation\s+to)"
    r"|disclos(?:ed|es)\s+(?:(?:sexual|physical|emotional|domestic|historic(?:al)?)\s+)?"
    r"(?:abuse|harm|dv|da|violence|neglect|something|things|an?\s+(?:incident|allegation)"
    r"|information|concerns?|worries))\b"
    r"(?:(?!\bthat\b)[^\"“”:])*", re.IGNORECASE)

# The writer's note that the child's view could not be heard ("Child is non-verbal so views
# could not be obtained", "Unable to ascertain wishes and feelings").
NOT_HEARD = ('"{note}" reads as your note that the child\'s view could not be heard, but this '
             "answer is kept as the child's own words: the summary would put it in quotation "
             "marks as something they said. If they could not tell you, /skip leaves this out, "
             "and what they showed you (what they did, pointed to or chose) belongs in what you "
             "noticed; /keep keeps it if these are their words.")
# The child by role or pronoun, and their not being able to (for `_NOT_HEARD`).
_CHILD_BY_ROLE = (r"(?:he|she|they|(?:the\s+)?(?:child|young\s+person|yp|pupil)"
                  r"|(?-i:[A-HJ-Z]{1,3}))")
_NOT_ABLE = (r"(?:unable\s+to|not\s+able\s+to|can['’]?t|can\s*not|could\s*n['’]?t|could\s+not"
             r"|(?:is|was)\s*n['’]?t\s+able\s+to)")
_NOT_HEARD = on_first_use(
    rf"\b{_VIEW}\s+(?:(?:could|can|were|was|have|has|had)\s*(?:n['’]?t|\s+not)|not|never)"
    rf"\s+(?:yet\s+)?(?:be\s+|been\s+)?{_GATHERING}\b"
    rf"|\b(?:unable|not\s+able)\s+to\s+{_GATHERING}\b"
    # ... or the child not able to tell it, as the writer says it, the answer opening so ("Unable
    # to express his wishes due to ...", "He can't express his feelings verbally"; not "Mummy
    # can't say her feelings", a child's words about someone else, nor, after "he" or "she",
    # "say" or "tell": "he can't say his feelings because he's a baby" is the child's)
    rf"|^\W*(?:{_CHILD_BY_ROLE}\s+(?:(?:is|was|are|were)\s+)?{_NOT_ABLE}\s+(?:yet\s+)?"
    rf"(?:express|communicate|share|give)|{_NOT_ABLE}\s+(?:yet\s+)?(?:express|communicate"
    rf"|share|give|say|tell\s+(?:me|us|anyone)))\s+(?:his|her|their|any)\s+{_VIEW}\b"
    rf"|\b(?:could|can|did)\s*(?:n['’]?t|\s+not)\s+{_GATHERING}\b"
    r"|\b(?:too\s+young|non[\s-]?verbal|pre[\s-]?verbal)\b(?=.*\b(?:views?|wishes|feelings"
    r"|voice|say|tell|give|share|express|communicate)\b)", re.IGNORECASE)
# What an adult told the writer the child wants or feels ("Mum says the children want to come
# home", "Nursery report she is happy at home"): the adult's words, not the child's.
RELAYED = ('"{frame}" is what someone else told you, but this answer is kept as the child\'s '
           "own words: the summary puts all of it in quotation marks as something the child "
           "said. Send only the words the child said, as they said them, or /keep if every "
           "word here is theirs.")
# (the adult who told it: a parent, a relative, a carer, a service or a role's short form)
_ADULT = (r"(?:(?:the|her|his|their)\s+)?(?:mum(?:my)?|mam|mom(?:my)?|mother|dad(?:dy)?|father"
          r"|step[\s-]?(?:mum|dad|mother|father)|parents?|(?:foster\s+|kinship\s+)?carers?"
          r"|special\s+guardians?|nan(?:a|ny|nie)?|gran(?:ny|nie)?|grandma|grandmother"
          r"|grand(?:ad|dad)|grandpa|grandfather|grandparents?|aunt(?:ie|y)?|uncle|teachers?"
          r"|school|nursery|college|staff|key\s+(?:person|worker)|(?:social|support|youth"
          r"|family\s+support)\s+worker|health\s+visitor|residential\s+staff|(?-i:[A-Z]{2,4}))")
_RELAYED = on_first_use(
    r"\s*(?P<frame>" + _HOW_HEARD + r"(?:according\s+to\s+" + _ADULT + r"\s*,?|" + _ADULT
    + r"(?:\s+(?:staff|have|has))?\s+(?:report(?:s|ed)?|say|says|said|told\s+(?:me|us)|tell\s+"
    r"(?:me|us)|feels?|felt|thinks?|thought|believes?|believed|state[sd]?)(?:\s+that)?))\s+"
    # (the child, as the adult spoke of them: by pronoun, as the children, by initial or by
    # first name: "Mum says J wants to come home", "Nan said that Kai misses his dad")
    r"(?=(?:she|he|they|(?:(?:the|both|all\s+the)\s+)?(?:child|children|kids)"
    r"|(?:the|both|all\s+the)\s+(?:boys|girls|twins)"
    r"|(?:her|his|their)\s+(?:daughter|son|children|kids)|(?-i:[A-HJ-Z]{1,3})(?:\s*\(\d{1,2}\))?"
    r"|" + _FIRST_NAME + r")\s+(?:(?:is|are|was|were|has|have|had|would|does"
    r"|do|did)(?:\s*n['’]?t|\s+not)?\s+)?(?:really\s+|very\s+)?(?:wants?|wanted|wish(?:es)?"
    r"|like[sd]?|loves?|loved|misses|missed|feels?|felt|prefers?|happy|sad|scared|frightened"
    r"|worried|upset|angry|settled|enjoys?|hates?|afraid|content|safe|thriving|belongs?"
    r"|doing\s+(?:really\s+|very\s+|so\s+)?well"
    # (how they see where they live, as the adult tells it: "she has a strong sense of
    # belonging here", "he sees it as his home")
    r"|(?:has|had|have)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:sense|feeling|bond|attachment)"
    r"|(?:sees|saw|regards|views|considers|thinks\s+of)\s+(?:\w+\s+){1,3}?as)\b)", re.IGNORECASE)


# The writer's frame before someone's words, typed without quotes: "K said", "She told me
# that", "The child (7) disclosed". Only the child, by initial ("I" is their own), role or
# pronoun.
_FRAMED = on_first_use(
    rf"\s*{_HOW_HEARD}(?:{_THE_CHILD}|he|she)"
    # (the frame with "has", and what was said after it: "he has said he feels unsafe at
    # home" (set AM); not "K has said sorry to me")
    r"(?:\s*\(\d{1,2}\))?\s+(?:(?:has|had)\s+(?:also\s+)?(?=(?:said|told|disclosed"
    r"|mentioned|stated|explained|replied|reported)\s+(?:that|he|she|they|to\s+(?:me|us)"
    r"|(?:me|us|staff)\s+(?:that|he|she|they))\b))?(?:said|says|told\s+(?:me|us|staff|(?:her|his|the)\s+\w+)"
    r"|disclosed|mentioned|stated|explained|replied|reported"
    # (the frame in the present: "he reports being happy at home" (set AN))
    r"|reports|states|describes|described|expresse[sd]"
    # (or hinted at: "he alluded to things being difficult at home" (set AO))
    r"|alluded\s+to|hinted(?:\s+at)?|implied|indicated|intimated"
    # (or said to have spoken of it: "he spoke about home being difficult" (set AQ))
    r"|(?:spoke|talked)\s+(?:about|of)"
    # (as someone writes whose first language is not English: "He say that he want ...")
    r"|say(?=\s+that\b)|tells?\s+(?:me|us)(?=\s+that\b))(?:\s+(?:to\s+(?:me|us)|that))?"
    r"\b[\s:,]*",
    re.IGNORECASE)
# The writer's own opening before that frame: "When I spoke with Amelia in her bedroom, she
# told me that she ...", "On my visit on 3 March, ...". Read as the writer's only when the
# child is then spoken of as "he", "she" or "they" and never speaks as "I" after it.
_OPENING = on_first_use(
    r"\s*(?:when|while|whilst|after|during|on|at|in)\s[^,.;:!?\n\"“]{1,120},\s*", re.IGNORECASE)
_THEN_OF_THEM = on_first_use(r"\s*(?:he|she|they)\b", re.IGNORECASE)
# ... an opening in the first person being the writer's where it tells of meeting, seeing or
# asking the child ("When I spoke with Amelia", "On my visit"): the child's own "When I go to
# dad's, he says he will hurt mummy" tells where they were when someone else spoke.
_MET_THEM = on_first_use(
    r"\b(?:spoke|speak(?:ing)?|talk(?:ed|ing)?|met|meet(?:ing)?|visit\w*|ask(?:ed|ing)|saw|seen"
    r"|sat|interview\w*|session|direct\s+work)\b", re.IGNORECASE)


def _opened_frame(text: str) -> str | None:
    """The writer's opening and frame (`_OPENING`, `_FRAMED`), if that is how it opens."""
    opening = _OPENING.match(text)
    if opening is None or (_SPEAKER.search(opening.group())
                           and not _MET_THEM.search(opening.group())):
        return None
    framed = _FRAMED.match(text, opening.end())
    if framed is None or not _THEN_OF_THEM.match(text, framed.end()) \
            or _SPEAKER.search(text, framed.end()):
        return None
    return text[:framed.end()]

# ... or by first name ("Kayden said he likes xbox", "Amelia (8) told me"), when what
# follows speaks of the child as "he" or "she" rather than "I": "Ruby said I can sleep over"
# is the child telling what a friend said.
_NAMED = on_first_use(
    rf"\s*{_HOW_HEARD}(?P<name>(?-i:[A-Z][a-z]+))"
    r"(?:\s*\(\d{1,2}\))?\s+(?:said|says|told\s+(?:me|us|staff"
    r"|(?:her|his|the)\s+\w+)|disclosed|mentioned|stated|explained|replied)"
    r"(?:\s+(?:to\s+(?:me|us)|that))?\b[\s:,]*", re.IGNORECASE)


# ... or as notes write it, in a report's words ("child reports ...", "YP expressed a wish
# to ...", "K describes feeling ..."), when the child does not speak of themselves after it
# ("K shared my crisps" is the child's own, about a friend).
_NOTED = on_first_use(
    rf"\s*{_HOW_HEARD}(?:(?:{_THE_CHILD})"
    r"(?:\s*\(\d{1,2}\))?\s+(?:reports|states|mentions|explains|discloses|describes|described"
    r"|shares|shared|express(?:es|ed)|voic(?:es|ed)|indicat(?:es|ed)|verbalis(?:es|ed)"
    r"|communicat(?:es|ed)"
    # ... or in the perfect, as notes put it: "Child has voiced that ...", "YP has said ..."
    r"|(?:has|had)\s+(?:also\s+|previously\s+|now\s+)?(?:reported|stated|mentioned|explained"
    r"|disclosed|described|shared|expressed|voiced|indicated|verbalised|verbalized"
    r"|communicated|said|told\s+(?:me|us|staff)|raised))"
    # ... or "he" or "she" with a report's own verbs, which a child does not use: "She has
    # voiced that she loves ...", "He indicated he is frightened" (not "she shared her sweets")
    r"|(?:he|she)\s+(?:(?:has|had)\s+(?:also\s+)?)?(?:express(?:es|ed)|voic(?:es|ed)"
    r"|indicat(?:es|ed)|verbali[sz](?:es|ed)"
    # (and "shared" with what was shared after it: "she shared that she ..." (set AF))
    r"|shar(?:es|ed)(?=\s+(?:with\s+(?:(?:her|his|their|the)\s+)?\w+\s+)?(?:that|how)\b))"
    # ... or with no one named, as notes drop who: "disclosed that mums partner hurt her",
    # "reported to me he is scared" (a child does not open their words so)
    r"|(?:has\s+)?(?:disclosed|reported|stated|verbali[sz]ed|voiced|indicated|expressed))"
    r"(?:\s+(?:to|with)\s+(?:me|us|staff|(?:her|his|their|the)\s+\w+))?(?:\s+that)?\b[\s:,]*",
    re.IGNORECASE)


def _noted_frame(text: str) -> re.Match[str] | None:
    """The writer's frame in a report's words (`_NOTED`), if that is how it opens."""
    noted = _NOTED.match(text)
    return None if noted is None or _SPEAKER.search(text, noted.end()) else noted


def _named_frame(text: str) -> re.Match[str] | None:
    """The writer's frame with the child's first name (`_NAMED`), if that is how it opens."""
    named = _NAMED.match(text)
    if named is None or not looks_like_a_name(named["name"]) \
            or _SPEAKER.search(text, named.end()):
        return None
    return named


# The writer's note that the child has said nothing, or was not asked: the child, by initial,
# name, role or pronoun, not saying or telling anything ("LM didn't say anything to me", "she
# hasn't said much", "YP wouldn't talk to us"), "nothing said", "no disclosure", "not spoken
# to him yet", "n/a", "nothing" or "no" alone. (Not "I didn't say anything": the child's own.)
_CHILD_WHO = (r"(?:(?-i:[A-HJ-Z]{1,3}|(?!(?:Mum|Mummy|Mam|Mom|Dad|Daddy|Nan|Nanny|Nana|Gran"
              r"|Grandma|Grandad|Grandpa|Auntie|Aunty|Uncle|Miss|Sir)\b)[A-Z][a-z]+)|the\s+child"
              r"|child|(?:the\s+)?(?:young\s+person|yp)|he|she|they)(?:\s*\(\d{1,2}\))?\s+")
_SAID_NOTHING = on_first_use(
    r"(?:" + _CHILD_WHO +
    r"(?:did\s*n['’]?t|did\s+not|has\s*n['’]?t|has\s+not|had\s*n['’]?t|had\s+not|would\s*n['’]?t"
    r"|would\s+not|wo\s*n['’]?t|does\s*n['’]?t|does\s+not|has\s+never|never)\s+"
    r"(?:say|said|talk|talked|speak|spoken|tell|told|disclose|disclosed|mention|mentioned"
    r"|open\s+up|engage)"
    r"(?:\s+(?:anything|much|a\s+word|a\s+thing|about\s+(?:it|home|this|that)))?"
    r"|nothing(?:\s+(?:said|disclosed|directly|really|yet|to\s+(?:me|us)))*"
    r"|no\s+(?:disclosures?|comments?)(?:\s+made)?"
    r"|(?:not|have\s*n['’]?t|have\s+not)\s+(?:yet\s+)?(?:spoken|talked)\s+(?:to|with)"
    r"\s+(?:him|her|them|the\s+child|the\s+young\s+person)"
    # ... or that the writer did not ask, or see the child: "didn't ask", "not seen her yet"
    # ("I haven't seen him" may be a child's, of dad: with "I", only not asking is the note)
    r"|(?:(?:i\s+)?(?:did\s*n['’]?t|did\s+not|have\s*n['’]?t|have\s+not|not|never)\s+(?:yet\s+)?"
    r"(?:ask|asked)|(?:not|never)\s+(?:yet\s+)?(?:seen|met))(?:\s+(?:him|her|them|the\s+child"
    r"|the\s+young\s+person|the\s+yp))?(?:\s+about\s+(?:it|this|that|home))?"
    r"|n/?a|not\s+applicable|nil|none|no|-+)"
    r"(?:\s+(?:to|with)\s+(?:me|us|anyone|police|officers|staff|school|the\s+school))?"
    r"(?:\s+(?:yet|so\s+far|today))?", re.IGNORECASE)
# The writer's note that the child chose not to do a part ("she didnt want to do the house of
# dreams", "refused this one", "J chose not to draw the worries house, said it was boring"):
# the child, as above, or nobody named; not doing, or not wanting to; then only words about
# the part itself, and after a comma any reason. (Not "I didn't want to go home", nor "didn't
# want to go home": the child's own.)
_REFUSED = on_first_use(
    r"(?:" + _CHILD_WHO + r"(?:said\s+(?:she|he|they)\s+)?)?"
    r"(?:(?:did\s*n['’]?t|did\s+not|would\s*n['’]?t|would\s+not|wo\s*n['’]?t|does\s*n['’]?t"
    r"|does\s+not|do\s*n['’]?t|do\s+not|was\s*n['’]?t|was\s+not)\s+(?:want|wish|feel\s+like"
    r"|fancy|choose|get\s+(?:round|to)|do|draw|fill|complete|finish|answer|manage|engage)"
    r"|refused|refuses|declined|declines|chose\s+not|opted\s+out|said\s+no|skipped"
    r"|not\s+(?:done|completed|finished|drawn|attempted))"
    r"(?:\s+(?:to|this|that|it|one|ones|the|a|any|anything|house|houses|of|dreams?|worr(?:y|ies)"
    r"|good|things?|bit|part|question|section|more|at|all|today|yet|session|activity|drawing"
    r"|draw|do|doing|fill|in|talk|about|answer|complete|share|go|into|with|me|us|third|last"
    r"|say|speak|tell|explain|anything|much"
    r"|second|first|three|3)\b)*"
    r"(?:\s*[,;:(–-][^\n]{0,120})?", re.IGNORECASE)

# The writer's frame before a drawing: the child, by initial ("I" is their own), role or
# pronoun, then what they drew.
# ... or what they drew with no one named, as a note is typed ("drew a man with big teeth",
# "has drawn mummy crying"): the verb, then whom or what (not "Drew is my friend").
# ... or in brackets (or stars), as a note between the child's words is typed ("[drew a big
# black cloud]", "(drawing of dad with an angry face)", "[picture: a rainbow]"), or "drawing
# of ..." as a note begins (not "a drawing of my dog", which may be theirs).
_DRAWN = on_first_use(
    r"\s*(?:[\[(*]\s*(?:(?:a|her|his|their)\s+)?(?:drawing|picture|pic)(?:\s+of\b|\s*[:\-–—])"
    r"|drawing\s+of\b)"
    rf"|\s*[\[(*]?\s*(?:(?:{_THE_CHILD}|he|she)"
    r"(?:\s*\(\d{1,2}\))?\s+(?:then\s+|also\s+)?(?:drew|draws|(?:has|had)\s+drawn"
    r"|painted|coloured|colored|scribbled|made\s+a\s+(?:drawing|picture))\b"
    r"|(?:then\s+|also\s+)?(?:drew|(?:has|had)\s+drawn|scribbled)\s+(?:a|an|the|her|his"
    r"|their|herself|himself|themselves|some|lots|two|three|mummy|daddy|mum|dad|nanny|nan"
    r"|pictures?)\b)",
    re.IGNORECASE)

# A service's note of the child being seen, by initials or as "the child" ("LB seen at clinic
# 23/11 with bruise to L ear", "K was seen by the GP", "the child attended A&E"): kept as an
# 8-week-old's own words, in quotation marks. ("I was seen by the doctor" is the child's.)
_SEEN_AT = on_first_use(
    rf"\s*(?:{_THE_CHILD})(?:\s*\(\d{{1,2}}\s*[a-z]*\))?\s+(?:was\s+|has\s+been\s+)?"
    r"(?:(?:seen|brought|taken|admitted|examined|weighed|reviewed)\s+(?:at|in|to|by|into|on)"
    r"|attended)\b", re.IGNORECASE)

# How the child seemed, in the writer's words: the child, by initial, role or pronoun, then
# a word of how they came across ("appeared", "presented"), or of a mood ("seemed", "became",
# "was") said of the session ("when talking about", "when asked", "throughout"), which a
# child does not say of themselves.
_SEEMED = on_first_use(
    # (or with no one named, as notes drop who: "presented as withdrawn on the ward",
    # "appeared anxious when ..."; not "appeared at the door", nor "presents from nanny")
    r"\s*(?:present(?:ed|s|ing)\s+as|came\s+across\s+as|appear(?:ed|s|ing)\s+(?!(?:in|at|on|out"
    r"|from|with|by|under|behind|next|when|and|to(?!\s+be\b))\b)(?=[a-z]))"
    rf"|\s*(?:{_THE_CHILD}|he|she|{_FIRST_NAME})"
    r"(?:\s*\(\d{1,2}\))?\s+(?:then\s+|also\s+|at\s+first\s+)?"
    r"(?:(?:appear(?:ed|s)?|present(?:ed|s)?|came\s+across)\b"
    r"|(?:seem(?:ed|s)?|look(?:ed|s)?|became|becomes|was|is|went|got|grew"
    r"|hid|cried|froze|shrugged|smiled|laughed|paused)\b"  # what the child did, seen
    r"(?=[^.!?\n]*\b(?:when\s+(?:(?:talking|speaking)\s+about|asked|discussing|we\s+(?:talked"
    r"|spoke))"
    r"|throughout|during\s+the\s+(?:session|visit|activity)|(?:at|by)\s+the\s+end"
    r"|when\s+(?:i|we)\s+(?:asked\s+(?:(?:her|him|them)\s+)?(?:about|if|whether|who|what|how"
    r"|why|where)|mentioned|brought\s+up|raised|said|talked\s+about|spoke\s+about|explained"
    r"|told\s+(?:her|him|them)))\b))",
    re.IGNORECASE)
# The writer asking or saying something, after how the child seemed: "when I asked about
# dad" holds the writer's "I", not the child's.
_WRITER_ASKED = on_first_use(
    r"\bwhen\s+(?:i|we)\s+(?:asked|mentioned|brought\s+up|raised|said|talked|spoke|explained"
    r"|told)\b", re.IGNORECASE)

# A feeling said of someone: "is worried", "gets upset", "feels sad", "was frightened".
_FEELS = (r"(?:is|was|gets|got|feels|felt|becomes|became)\s+(?:(?:very|really|quite|so|a\s+bit"
          r"|always|often)\s+)?(?:worried|scared|frightened|afraid|anxious|upset|sad|angry|cross"
          r"|nervous|unhappy)")
# What the child wants or feels, in the writer's words, the child named as the writer names
# them: "the child would like to see her brother more", "YP wants independence", "T feels
# safe at nan's". (Not "she" or "he": a child tells what someone else wants that way, "she
# wants me to be good".)
_WANTS = on_first_use(
    rf"\s*(?:{_THE_CHILD}"
    # ... or by first name, in a report's words for what they want: "Zara wishes to remain in
    # her current arrangement" (not "Kai wants to be living in his own flat": set K keeps a
    # young person's vision told so, and a child names a friend that way)
    rf"|{_FIRST_NAME}(?=\s+(?:wishes|wished|would\s+prefer)\b)"
    # ... or by "he" or "she", or by no one, with a verb a child would say of themselves with
    # "I": "she loves her nan's dog", "wishes dad would come back", "would like her own room"
    # (what follows holds no "I", "me" or "my": "she wants me to be good" is the child's)
    r"|(?:(?:he|she)\s+)?(?=(?:would\s+(?:like|love|prefer)|wants|wishes|hopes|likes|loves"
    r"|enjoys|misses|prefers|dreams\s+of|worries\s+(?:about|that)\b"
    # ... or sees themselves so, as only the writer says it: "he sees himself as independent",
    # "she pictures herself at uni" (a child says "I see myself")
    r"|(?:sees|pictures|imagines|describes|views)\s+(?:him|her|them)sel(?:f|ves))\b)"
    # ... or by "he" or "she" (never by no one: "didnt want to go to school" is the child's),
    # not wanting or liking: "He doesn't like his new school but he will settle"
    r"|(?:he|she)\s+(?=(?:does|did)(?:\s*n['’]?t|\s+not)\s+(?:want|like)\b)"
    # ... or by "he" or "she", worried about something, as "worries about" reads: "she is
    # worried about mum and dad arguing", "he gets anxious that ..."
    r"|(?:he|she)\s+(?=(?:is|was|gets|got|feels|felt)\s+(?:(?:very|really|quite|a\s+bit)\s+)?"
    r"(?:worried|anxious|nervous)\s+(?:about|that)\b)"
    # ... or by "he" or "she" feeling so, with their family as the writer names them, "his" or
    # "her" where a child says "my": "She is worried about contact with her father", "he gets
    # upset when his mum and dad argue" (not "she is scared of her boyfriend", a child's words
    # about mum)
    r"|(?:he|she)\s+(?=" + _FEELS + r"\b[^.!?\n]{0,80}?\b(?:(?:his|her)\s+(?:step[\s-]?)?"
    r"(?:mum|mummy|mother|dad|daddy|father|parents?|brothers?|sisters?|siblings?|nan|nanny|nana"
    r"|gran|granny|grandma|grandad|grandpa|grandparents?|carers?|foster\s+carers?)\b"
    r"|when\s+(?:he|she)\b))"
    # ... or as a plan names them: "YP to gain employment", "child to attend school"
    r"|(?:the\s+)?(?:young\s+person|yp|child)(?=\s+to\s+[a-z]))"
    r"(?:\s*\(\d{1,2}\))?\s*(?:would\s+(?:like|love|prefer)|wants?|wishe[sd]|wanted|hopes?"
    r"|hoped|feels|felt|likes|loves|enjoys|misses|prefers|dreams\s+of|worries|to\s+[a-z]+"
    r"|(?:sees|pictures|imagines|describes|views)\s+(?:him|her|them)sel(?:f|ves)"
    r"|(?:does\s*n['’]?t|does\s+not|did\s*n['’]?t|did\s+not)\s+(?:want|like)"
    # (the "is" left out, as notes leave it: "YP worried about his future")
    r"|(?:(?:is|was|gets|got|becomes|became)\s+)?(?:(?:very|really|quite|a\s+bit|not)\s+)?"
    r"(?:worried|scared|frightened|happy|sad|keen|anxious|excited|upset|angry|cross|afraid"
    r"|nervous|unhappy))\b", re.IGNORECASE)

# ... or the writer's "she's ..." or "he is ..." of the child, then, with no one named, what
# they like or want, as `_WANTS` reads it at the opening: "shes buzzing about youth club, loves
# it" (not "he's always shouting, hates mummy": a child tells of someone else that way, and
# "she's my best friend, loves horses" holds the child's own "my")
_THEN_WANTS = on_first_use(
    r"\W*(?:he|she)(?:['’]?s\b|\s+(?:is|was)\b)[^.!?\n;:,\"“”‘’]{1,80}[,;]\s*(?:and\s+)?"
    r"(?:(?:really|just|also|still)\s+)?(?:would\s+(?:like|love|prefer)|wants|wishes|hopes"
    r"|likes|loves|enjoys|misses|prefers)\b", re.IGNORECASE)

# ... or their view named as what it is, as a report puts it: "J's wishes and feelings are to
# stay at this school", "her views are that ...", "YP's wish is to ..." (not "my wish is", nor
# the wishes of someone in the family: "Mum's wishes are ...").
_VIEW_IS = on_first_use(
    rf"\s*(?:(?:{_THE_CHILD}|{_FIRST_NAME})['’]s?|his|her|their)\s+(?:wish(?:es)?(?:\s+and"
    r"\s+feelings)?|views?|opinions?|perspective|voice|thoughts|feelings)\s*(?:(?:is|are|was"
    r"|were)\b(?:\s+that\b)?|[:–-])"
    # (or as a heading: "Voice of the child - wants to go home")
    r"|\s*(?:the\s+)?voice\s+of\s+the\s+(?:child|young\s+person|yp)\s*(?:is\b|[:–-])",
    re.IGNORECASE)

# The child speaking of themselves after it ("She painted my nails", "he drew on my wall and
# I got told off"): their own words about someone else, not a drawing described.
_SPEAKER = on_first_use(r"\b(?:i|me|my|mine|myself)\b(?!['’]?s\b)", re.IGNORECASE)

# A note of the writer's in brackets at the end: about the child ("she", "he"), or how they
# said it ("laughed", "pointed at mum", "whispered").
_ASIDE = on_first_use(
    r"(?P<words>.*?\S)\s*(?P<aside>[(\[](?:he|she|they|the\s+child|child|laugh\w*|smil\w*"
    r"|point\w*|nodd\w*|shrug\w*|whisper\w*|giggl\w*|cried|crying|looked|looking|paus\w*"
    r"|said|says|hid|went\s+quiet|quiet\w*|tearful|upset)\b[^()\[\]\n]*[)\]])[\s.!]*",
    re.IGNORECASE | re.DOTALL)


def safety_action(text: str) -> str | None:
    """Explain existing safety when an answer reads as a strength rather than protective action."""
    return None if looks_like_safety(text) else SAFETY_NUDGE


def statement_checks() -> None:
    """Read the danger statement and safety goal checks, and compile every wording rule's
    pattern (otherwise compiled when an answer first passes its quick test), once."""
    for module in ("flows.checks.danger_statement", "flows.checks.safety_goal"):
        importlib.import_module(module)
    _compiled = [rule.pattern for rule in RULES]  # each is compiled when first asked for


def danger_statement_gaps(text: str, words: WordList, *, labels: bool = True) -> list[str]:
    """`flows.checks.danger_statement.danger_statement_gaps`, read on first use."""
    from flows.checks.danger_statement import danger_statement_gaps as gaps

    return gaps(text, words, labels=labels)


def safety_goal_gaps(text: str, words: WordList, *, labels: bool = True) -> list[str]:
    """`flows.checks.safety_goal.safety_goal_gaps`, read on first use."""
    from flows.checks.safety_goal import safety_goal_gaps as gaps

    return gaps(text, words, labels=labels)


# "will" typed short or long on a phone, after someone and before what they will do: "mum
# wil feed", "dad wll ring", "Nan willl collect".
_WILL_TYPED = on_first_use(r"(?<=[a-z]\s)(?:wil|wll|wiil|willl+|wiill|qill)(?=\s+[a-z])",
                           re.IGNORECASE)


def _will_as_meant(text: str) -> str:
    """`text` with "will" typed short or long (`_WILL_TYPED`) read as "will"."""
    return _WILL_TYPED.sub("will", text) if "w" in text.lower() else text


def _doing_as_will(text: str) -> str:
    """A goal's doing said in the present, as a "will": "Mum protects T from dad" as "Mum
    will protect T from dad", "mum and gran take turns" as "mum and gran will take turns";
    the text as it was when no such doing is in it (`_DOES_NOW`)."""
    for m in _DOES_NOW.finditer(text):
        verb = m["verb"]
        lower = verb.lower()
        if m["two"]:
            base = verb
        elif not lower.endswith("s") or lower.endswith("ss"):
            continue
        elif lower.endswith("ies") and len(lower) > 4:
            base = verb[:-3] + "y"  # "carries"
        elif lower.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
            base = verb[:-2]  # "watches", "goes"
        else:
            base = verb[:-1]
        return f"{text[:m.start('verb')]}will {base}{text[m.end('verb'):]}"
    return text


_WILL_FIRST = on_first_use(r"\W*will\s", re.IGNORECASE)


def goal_wording(text: str, words: WordList | None = None) -> str | None:
    """Ask for what will happen: a goal with no positive "will", or only process words."""
    text = _will_as_meant(text)
    says_will = goal_says_will(text)
    if not says_will and not _WORK_FIRST.match(text):
        return GOAL
    # a doing said in the present ("Mum protects T from dad") read as the "will" the goal's
    # checks read: let through without one, "protects T" was never asked about as "will
    # protect T" is
    # ... and the doing it opens with (`_DOING_FIRST`) as the "will be" its question asks:
    # "Managing his anger" is asked as "will be managing his anger" is
    if _WILL.search(text):
        # (the one it is of left to the question's "... will": "will be independent" read
        # as "They will be independent", as "she will be independent" is)
        read = f"They {text.lstrip()}" if _WILL_FIRST.match(text) else text
    elif doing := (_DOING_FIRST.match(text) or _WORK_FIRST.match(text)):
        read = f"They will be {text[doing.start(1)].lower()}{text[doing.start(1) + 1:]}"
    else:
        read = _doing_as_will(text)
    gaps = safety_goal_gaps(read, words or load_word_list(), labels=False)
    said = re.search(r'it says "([^"]+)"', gaps[0]) if gaps else None
    if said is None:
        return None if says_will else GOAL
    word = said.group(1)
    if read is not text and word.startswith("be ") and word[3:].lower() in text.lower():
        start = text.lower().index(word[3:].lower())  # the doing as typed: "Managing"
        word = text[start:start + len(word) - 3]
    who = _young_person_named(text)
    if who:
        return PROCESS_AIM.format(word=word, who=who)
    return (PROCESS_SERVICES if _SERVICES_FIRST.match(text) else PROCESS_GOAL).format(
        word=word)


# A goal whose first "will" is a service's or a professional's: "YJS will work with ...",
# "the police and the school will ...", "Youth workers will ...".
_SERVICES_FIRST = on_first_use(
    rf"\W*(?:the\s+)?(?:{PROFESSIONAL}|{SERVICE_BY_NAME}|yjs|yot|yos|pcsos?|dsl|csc"
    r"|youth\s+(?:justice|offending)(?:\s+(?:team|service|worker)s?)?)\b"
    r"[^.;!?\n]{0,80}?\s+will\b", re.IGNORECASE)


# Whom a goal is about, named before its first "will": the young person by initials, name
# or as such ("K will", "TJ will", "Kayla will", "The young person will", "YP will").
_NAMED_WILL = on_first_use(r"(?:^|[.;!?\n]\s*)(?:(?i:the)\s+)?(?P<who>(?i:young\s+person|yp)"
                           r"|[A-HJ-Z][A-Z]{0,2}(?![\w'’])|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                           r"\s+(?:will|wil)\b")
# Short forms of the adults a goal may name first, in capitals as initials are: the
# professionals and services ("SW", "PA", "IRO", "NHS") and the grandparents ("MGM":
# maternal grandmother).
_ADULTS_SHORT = frozenset(("SW", "PA", "HV", "GP", "PC", "DS", "DC", "TM", "FC", "IRO", "DSL",
                           "FSW", "EHW", "YOT", "ISW", "SGO", "MGM", "MGF", "PGM", "PGF", "SM",
                           "KW", "LA", "CP", "NHS", "YOS", "YJS", "CSC", "DWP", "CAB"))


def _young_person_named(text: str) -> str | None:
    """The young person a goal names before its first "will", as typed ("K", "TJ",
    "Kayla"), or "the young person"; None where it names an adult, or no one."""
    found = _NAMED_WILL.search(text)
    if found is None:
        return None
    who = found["who"]
    if who.lower() in ("yp", "young person") or " " in who:
        return "the young person"
    if (who.isupper() and who not in _ADULTS_SHORT) or looks_like_a_name(who.split("-")[0]):
        return who
    return None


# The doing itself, as the goal's question asks it ("What will they be doing ...?"):
# "Getting to college three days a week", "Walking T to school each morning". Not what stops
# ("Stopping drinking", "Not shouting"), nor a word that only ends as a doing does
# ("Nothing", "During the week", "Every morning").
_DOING_FIRST = on_first_use(
    r"\W*(?!(?:stopping|quitting|avoiding|ceasing|refraining|giving\s+up|cutting\s+(?:down|out)"
    r"|during|morning|evening|spring|bring|string|according|concerning|regarding|including"
    r"|ongoing|being|feeling|having|wanting|hoping|trying|engaging|accessing|attending"
    r"|continuing|working\s+(?:with|towards?)|[a-z]*thing)\b)([a-z]{2,}[^aeiou\W]ing)\b",
    re.IGNORECASE)


# ... and a doing of the work ("Attending all appointments", "Engaging with services"): not
# the doing its question asks for, but asked as its "will" is ("Dad will attend all
# appointments"), naming the word, rather than as a goal that says only what will stop.
_WORK_FIRST = on_first_use(r"\W*(engaging|accessing|attending|continuing|working\s+(?:with"
                           r"|towards?)|complying|co-?operating)\b", re.IGNORECASE)


def goal_says_will(text: str) -> bool:
    """True when some "will" (or "'ll") in the text is followed by a positive action, or
    the answer opens with the doing its question asks for (`_DOING_FIRST`)."""
    if any(not _NEGATED.match(text, m.end()) for m in _WILL.finditer(text)):
        return True
    if _DOING_FIRST.match(text):
        return True
    for m in _DOES_NOW.finditer(text):
        if not (m["two"] or (m["verb"].lower().endswith("s")
                             and not m["verb"].lower().endswith("ss"))):
            continue
        if not _LESS_OF_IT.match(text, m.end()) or _AND_DOES.match(text, m.end()):
            return True  # "nan collects T", "mum and gran take turns": what they do
    from flows.checks.safety_goal import seen_doing  # (read on first use, as its gaps are)

    return bool(seen_doing(text))


def danger_statement(text: str, words: WordList) -> str | None:
    """Name the parts a danger statement is missing (labels are plain_language's to ask)."""
    gaps = danger_statement_gaps(text, words, labels=False)
    return DANGER.format(gaps="; ".join(gaps)) if gaps else None


def worry_statement(text: str) -> str | None:
    """Name the parts a wellbeing worry statement is missing (labels are plain_language's)."""
    from flows.checks.danger_statement import worry_statement_gaps as gaps

    missing = gaps(text)
    return WORRY.format(gaps="; ".join(missing)) if missing else None


def safety_goal(text: str, words: WordList, *, shape: str | None = None) -> str | None:
    """Name the parts a safety goal is missing (labels are plain_language's to ask), in
    `shape` when given (a wellbeing goal's words)."""
    gaps = safety_goal_gaps(_will_as_meant(text), words, labels=False)
    if not gaps:
        return None
    outside = any("exploitation" in gap for gap in gaps)
    return (shape or (SAFETY_GOAL_OUTSIDE if outside else SAFETY_GOAL)).format(
        gaps="; ".join(gaps))


def describe(text: str, words: WordList, kind: As = "answer") -> str | None:
    """What `sosbot language-check` prints after the line number, or None if nothing is wrong."""
    if kind == "danger_statement":
        gaps = danger_statement_gaps(text, words)
        return "missing or weak: " + "; ".join(gaps) if gaps else None
    if kind == "safety_goal":
        gaps = safety_goal_gaps(text, words)
        return "missing or weak: " + "; ".join(gaps) if gaps else None
    hits = find_wording(text, words)
    return ", ".join(_described(h) for h in hits) if hits else None


def _described(hit: JargonHit) -> str:
    said = f'"{hit.text.strip()}"'
    if hit.kind == "claim":
        return f"{said} (nothing anyone did, said or was seen to do)"
    if hit.kind == "next step":
        return f"{said} (not yet who will do it, by when)"
    if hit.kind == "their words":
        return f"{said} (their words, with nothing seen)"
    if hit.kind == "compliance":
        return f"{said} (taking part, not yet what changes for the child)"
    return f"{said} (what the services did, nothing that happened)" if hit.kind == "services" \
        else said


def label_check(kind: str, text: str) -> str | None:
    """Why a case label could identify someone (a full name, a date of birth...), or None."""
    hits = find_personal_data(text)
    if hits:
        return f"it looks like {KINDS[hits[0].kind]}"
    if _BARE_DATE.search(text):
        return "it looks like a date, perhaps a date of birth"
    if name_in_label(text):  # a label is short: a name in any casing, even a surname alone
        return "it looks like a name"
    return None
