"""Set X: the seventeenth blind wording review (pass 42).

Written before reading any rule in flows/checks, flows/nudges.py or flows/moves.py (the YAML's
questions and the earlier sets' test files only were read), in voices sets U, V and W did not
use: a community midwife, a residential special school's head of care, a young carers' worker,
an adoption social worker, an advocate for a parent who speaks through an interpreter, an army
welfare officer, a child contact centre supervisor, a missing-from-home return interviewer, a
nursery key person and a paramedic: 20 flawed lines and 20 sound ones, each pair at one
question of a shipped tool, weighted to questions sets U, V and W used little or never (the
adult's behaviour, what the child will notice, the family's view, what the child said to a
partner, what is working in supervision, what happened outside the family and what the young
person showed about it, the referral reflection's questions, the house of dreams). Each row:
(voice, "tool:question", line), a flawed one also what a practice lead would expect asked back
(set T's `_fits_t` kinds). Committed (5a64fcf) before anything was run on it.

Blind, on the code as it was (c58b0a8): flawed asked 16/20, all 16 with a question that fits;
sound flagged 0/20 (36/40 answered as a practice lead would). Let through: "Respite and a young
carers assessment" (services named as what the child needs), "Contact is going well, good
interaction observed" (each half alone is asked; joined, "observed" was read as something
seen), "She is worried about contact with her father" at the child's exact words (the writer's
"she" and "her father"), and "Child has voiced that she is scared at home" at what the child
said (a report's frame in the perfect, "has voiced").

Fitted, after the fixes: flawed asked 20/20, all with a question that fits; sound flagged 0/20
(40/40). The fixes: `plain_language._SERVICES_ONLY` (at what the child needs, an answer that is
only services or steps of the work, asked what it would change for the child day to day);
`claims._praise_only` reading more praise joined to praise, and `praise._SAID_OF` taking "going
well at home"; `nudges._WANTS` ("he" or "she" feeling so, with "his" or "her" family or "when
he/she" after it); `nudges._NOTED` (the perfect, "has voiced", "has shared", and "he" or "she"
with a report's own verbs, "expressed", "voiced", "indicated"). Nothing of set X left.

Held-out variants, written after each fix's design and before it was run (base -> fitted):
flawed asked with a question that fits 6/21 -> 21/21 (at the fixes' first run 20/21: "Things
are going well at home, ..." was let through until "going well" took a place after it); sound
let through 19/19 -> 19/19. A second round, written after that and before it was run: 3/8 ->
7/8 at first run, 8/8 once a service named after "to", "with" or "by" ("Referral to the young
carers service", asked before as what the services did) was read as part of the need; sound
6/6 -> 6/6.

Time (process CPU, least of seven runs of ten, base and fitted alternated twice on a shared
machine, each line through find_wording twice (as any answer and at what the child needs), the
danger statement check and the own-words checks): per line of set X 1.74-1.80 -> 1.69-1.75 ms;
4,000 characters of an ordinary account 54.9-56.3 -> 52.5 ms; 4,000 characters of "Contact is
going well, good interaction observed, positive parenting noted. " 48.3-51.3 -> 48.7-48.8 ms
(more praise is read only where what is left after the first looks specific). The services
pattern is tried only at what the child needs and on answers of 160 characters or fewer: 0.4
ms at worst ("support and " again and again, ending in a word that is none).
"""
from __future__ import annotations

from review_sets import review_tests, rows_set
from test_review_language_thirtyeighth import asked_s
from test_review_language_thirtyninth import _fits_t

SET_X_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a community midwife
    ("mw", "mapping:danger_behaviour",
     "Mum booked late (28/40), DNA x3 ANC appts, ?substance misuse",
     "spell|seen"),
    ("mw", "wellbeing:goal_child",
     "Baby will have a safe and nurturing environment",
     "goal|seen"),
    # a residential special school's head of care
    ("resi", "supervision:worries",
     "Several incidents of dysregulated behaviour requiring PI, staff team concerned",
     "spell|seen"),
    ("resi", "contextual:peer_strengths",
     "Positive peer relationships within the house",
     "seen"),
    # a young carers' worker
    ("yc", "success:their_worries",
     "Caring responsibilities impacting on education and wellbeing",
     "words|seen"),
    ("yc", "wellbeing:unmet_needs",
     "Respite and a young carers assessment",
     "seen|who_when"),
    # an adoption social worker
    ("adopt", "mapping:family_view",
     "Adopters minimise the concerns",
     "seen"),
    ("adopt", "three_houses:house_dreams",
     "For her adoptive family to be her forever family and to feel a sense of belonging",
     "words"),
    # an advocate for a parent who speaks through an interpreter
    ("advoc", "wellbeing:family_view",
     "Mum does not accept the LA's concerns due to cultural factors",
     "seen|spell"),
    ("advoc", "reflection:needs_to_happen",
     "Culturally appropriate support and an interpreter to be provided",
     "who_when"),
    # an army welfare officer
    ("army", "contribution:worries",
     "Family under significant stress following deployment, concerns re DV",
     "seen|spell"),
    ("army", "supervision:goal_doing",
     "Dad completing the veterans' programme and alcohol counselling",
     "goal"),
    # a child contact centre supervisor
    ("contact", "supervision:working_well",
     "Contact is going well, good interaction observed",
     "seen"),
    ("contact", "mapping:house_worries",
     "She is worried about contact with her father",
     "words"),
    # a missing-from-home return interviewer
    ("rhi", "contextual:harm_outside",
     "MFH x4 this month, found in Birmingham, CCE concerns",
     "spell|seen"),
    ("rhi", "contextual:harm_signs",
     "YP not forthcoming and disengaged from the RHI",
     "spell|seen|words"),
    # a nursery key person
    ("nursery", "contribution:child_said",
     "Child has voiced that she is scared at home",
     "words"),
    ("nursery", "reflection:what_happened",
     "Presenting with poor hygiene and developmental delay, possible neglect",
     "seen"),
    # a paramedic
    ("para", "harm_matrix:harm_worst",
     "NAI suspected, mechanism of injury inconsistent with history",
     "spell|seen"),
    ("para", "reflection:going_well",
     "Good support network",
     "seen"),
)

SET_X_SOUND: tuple[tuple[str, str, str], ...] = (
    # a community midwife
    ("mw", "mapping:danger_behaviour",
     "Mum first came to the clinic when she was 28 weeks pregnant, missed three of the next "
     "four appointments, and twice smelled strongly of cannabis when I saw her."),
    ("mw", "wellbeing:goal_child",
     "The baby will be fed when she cries, changed before she gets sore, and put down to sleep "
     "on her back in her own Moses basket."),
    # a residential special school's head of care
    ("resi", "supervision:worries",
     "Three times this week J (14) has thrown chairs at staff at bedtime; twice two staff held "
     "his arms for about a minute until he sat down."),
    ("resi", "contextual:peer_strengths",
     "He plays FIFA every evening with A from the flat upstairs, and they walk to the tuck shop "
     "together on Saturdays."),
    # a young carers' worker
    ("yc", "success:their_worries",
     "I'm scared if I go to college mum won't take her tablets and nobody will help her get "
     "up."),
    ("yc", "wellbeing:unmet_needs",
     "Time after school that is his own: he has not been to football since mum's stroke "
     "because he gets his sister's tea."),
    # an adoption social worker
    ("adopt", "mapping:family_view",
     "Dad says 'she's just a teenager, all girls slam doors', but agrees she should not be "
     "locked out of the house overnight again."),
    ("adopt", "three_houses:house_dreams",
     "I want to stay here till I'm a grown up and have a rabbit called Biscuit."),
    # an advocate for a parent who speaks through an interpreter
    ("advoc", "wellbeing:family_view",
     "Mum says, through the Tigrinya interpreter, 'In my country children walk to school alone "
     "at seven'; she agrees H should not be left alone in the flat at night."),
    ("advoc", "reflection:needs_to_happen",
     "I will book a Dari interpreter for the meeting on Tuesday 3 March, and the school will "
     "send its letters home in Dari from next week."),
    # an army welfare officer
    ("army", "contribution:worries",
     "Since dad came back from deployment in May, mum has phoned me twice at night crying; on "
     "2 June I saw a bruise on her cheek and the children were at a neighbour's."),
    ("army", "supervision:goal_doing",
     "Dad will go out to the garage and ring his friend from the regiment when he starts to "
     "get angry, and will not drink at home while the boys are up."),
    # a child contact centre supervisor
    ("contact", "supervision:working_well",
     "Dad arrives ten minutes early every Saturday, brings snacks and reads the twins a story; "
     "when S cried he picked her up and sang to her."),
    ("contact", "mapping:house_worries",
     "I don't like it when daddy whispers things about mummy."),
    # a missing-from-home return interviewer
    ("rhi", "contextual:harm_outside",
     "She went missing four times in March; on 21 March police found her at 2 am in a flat in "
     "another city with two men in their twenties who had given her cannabis."),
    ("rhi", "contextual:harm_signs",
     "She said 'they're my mates, they look after me' and would not say where she slept; she "
     "had a new phone and £60 she said a friend gave her."),
    # a nursery key person
    ("nursery", "contribution:child_said",
     "'Mummy's friend is shouty. I hide in my bed.'"),
    ("nursery", "reflection:what_happened",
     "For three weeks A (3) has come in wearing the nappy from the night before, with sore red "
     "skin; she eats two lunches and asks for more."),
    # a paramedic
    ("para", "harm_matrix:harm_worst",
     "On 9 October I found the baby (4 months) floppy with a swollen head; dad said she rolled "
     "off the sofa, but she can't roll yet."),
    ("para", "reflection:going_well",
     "Nan lives next door, came straight round when we arrived and took the older two to hers; "
     "she has them for tea most days."),
)

# ---- held-out variants: written after each fix's design, before they were run -------------

# Praise of how things go joined by a comma to more praise said to have been seen ("Contact is
# going well, good interaction observed"): each alone is asked; joined, the second's
# "observed" was read as something seen.
PRAISE_JOINED = [
    ("contribution", "working_well", "Placement is going well, positive parenting observed",
     "seen"),
    ("mapping", "strengths", "Good routines noted, contact is going well", "seen"),
    ("wellbeing", "strengths", "Things are going well at home, warm interactions seen between "
     "mum and baby", "seen"),
    ("reflection", "going_well", "Contact has been going well, appropriate boundaries observed",
     "seen"),
    ("supervision", "working_well", "Visits are going well, good interaction between dad and "
     "the twins", "seen"),
]
PRAISE_SHOWN = [
    ("contribution", "working_well", "Contact is going well: dad has come on time to all six "
     "sessions and plays cars with T on the mat."),
    ("mapping", "strengths", "Good routines: the kids are in bed by 7.30 every night and nan "
     "reads to them."),
    ("supervision", "working_well", "Contact is going well, dad brought a picnic on Saturday and "
     "pushed the twins on the swings."),
    ("wellbeing", "strengths", "Mum walks both children to school every morning, and the school "
     "says they are never late."),
]

# What the child needs said only as services or steps of the work ("Respite and a young
# carers assessment"): what the child goes without is not yet said.
SERVICES_AS_NEEDS = [
    ("wellbeing", "unmet_needs", "A CAMHS referral and family support", "seen|who_when"),
    ("wellbeing", "unmet_needs", "Parenting support for mum", "seen|who_when"),
    ("wellbeing", "unmet_needs", "Early help assessment", "seen|who_when"),
    ("wellbeing", "unmet_needs", "Speech and language therapy, a TAF meeting", "seen|who_when"),
    ("wellbeing", "unmet_needs", "Respite care", "seen|who_when"),
    ("wellbeing", "unmet_needs", "Counselling and a mentoring programme", "seen|who_when"),
]
NEEDS_OF_THE_CHILD = [
    ("wellbeing", "unmet_needs", "Someone to walk him to school on the days mum can't get up"),
    ("wellbeing", "unmet_needs", "Glasses: he can't see the board and the optician's letter "
     "went unanswered"),
    ("wellbeing", "unmet_needs", "A bed of her own; she shares with her two sisters and wakes "
     "at night"),
    ("wellbeing", "unmet_needs", "Time to see his friends after school instead of cooking tea"),
    ("wellbeing", "unmet_needs", "Help with reading so she can follow her homework"),
    ("wellbeing", "unmet_needs", "Speech therapy so his teachers and friends can understand "
     "him"),
]

# The child's feeling told by the writer as "he" or "she", with their family as the writer
# names them ("She is worried about contact with her father"), kept as the child's words.
FEELING_TOLD_OF_THEM = [
    ("wellbeing", "house_worries", "He is scared of his stepdad when he drinks", "words"),
    ("three_houses", "house_worries", "She gets upset when her mum and dad argue", "words"),
    ("supervision", "child_words", "He is worried about going to his dad's at the weekend",
     "words"),
    ("contribution", "child_said", "She feels sad when she can't see her brother", "words"),
    ("mapping", "house_worries", "He was frightened when his mum went to hospital", "words"),
]
FEELING_OF_SOMEONE_ELSE = [
    ("mapping", "house_worries", "She is scared of the dark and so am I"),
    ("three_houses", "house_worries", "She gets cross when I don't tidy up"),
    ("wellbeing", "house_worries", "Mummy cries when daddy shouts at her"),
    ("supervision", "child_words", "He is always angry, he hits the wall"),
    ("mapping", "house_worries", "She is scared of her boyfriend"),
]

# The writer's report of what the child said, in the words of a report and the perfect tense
# ("Child has voiced that she is scared at home"), kept as the child's words.
REPORTED_HAS = [
    ("supervision", "child_words", "YP has expressed that he wants to live with his nan",
     "words"),
    ("contribution", "child_said", "K has reported feeling unsafe when mum's partner is there",
     "words"),
    ("mapping", "house_good", "She has voiced that she loves going to her nan's", "words"),
    ("supervision", "child_words", "The child has shared that mum shouts at night", "words"),
    ("wellbeing", "house_worries", "He indicated he is frightened of the dog next door",
     "words"),
]
THEIR_OWN_REPORTING = [
    ("supervision", "child_words", "He has told everyone I'm a liar but I'm not"),
    ("contribution", "child_said", "She shared her sweets with me at break"),
    ("mapping", "house_good", "My teacher has said I can be on the football team"),
    ("supervision", "child_words", "K has said sorry to me for breaking my bike"),
]

def test_praise_joined_to_praise_said_to_be_seen_is_asked_what_was_seen() -> None:
    """"Contact is going well, good interaction observed", at what is working well in group
    supervision, was let through: each half alone was asked, but "observed" after the comma
    was read as something seen."""
    line = "Contact is going well, good interaction observed"
    reply = asked_s("supervision", "working_well", line)
    assert reply is not None
    assert reply.startswith(f'"{line}" says what you make of things, but not yet what you '
                            "saw."), reply
    from flows.checks import praise
    from flows.regex import made_by
    said = praise._SAID_OF.match("things are going well at home")
    assert said is not None
    assert made_by(said, praise._SAID_OF)
    assert said.group() == "things are going well at home"


def test_services_named_as_what_the_child_needs_are_asked_what_they_would_change() -> None:
    """"Respite and a young carers assessment", at what the child needs that isn't happening
    yet, was let through: it names what the adults would arrange, not what the child goes
    without."""
    line = "Respite and a young carers assessment"
    reply = asked_s("wellbeing", "unmet_needs", line)
    assert reply is not None
    assert reply.startswith(f'You wrote "{line}": a service or a step of the work, not yet '
                            "what the child goes without. What would it change for the child, "
                            "day to day"), reply
    from flows.checks import plain_language
    from flows.regex import made_by
    services = plain_language._SERVICES_ONLY.fullmatch(line)
    assert services is not None
    assert made_by(services, plain_language._SERVICES_ONLY)
    assert plain_language._SERVICES_ONLY.fullmatch(
        "Help with reading so she can follow her homework") is None


def test_the_childs_feeling_told_as_she_with_her_father_is_not_kept_as_their_words() -> None:
    """"She is worried about contact with her father", at what the child has said worries
    them (their exact words), was kept, and would be printed in quotation marks, as the
    child's own."""
    reply = asked_s("mapping", "house_worries", "She is worried about contact with her father")
    assert reply is not None
    assert reply.startswith("This answer is kept as their own words"), reply
    assert '"She is worried" would read as what they said too' in reply
    from flows import nudges
    from flows.regex import made_by
    told = nudges._WANTS.match("He gets upset when his mum and dad argue")
    assert told is not None
    assert made_by(told, nudges._WANTS)
    assert nudges._WANTS.match("She is scared of her boyfriend") is None


def test_a_note_that_the_child_has_voiced_something_is_not_kept_as_their_words() -> None:
    """"Child has voiced that she is scared at home", at what the child said to a partner
    agency (only their words), was kept as the child's own."""
    reply = asked_s("contribution", "child_said", "Child has voiced that she is scared at home")
    assert reply is not None
    assert '"Child has voiced that" would read as what they said too' in reply, reply
    from flows import nudges
    from flows.regex import made_by
    noted = nudges._NOTED.match("She has voiced that she loves going to her nan's")
    assert noted is not None
    assert made_by(noted, nudges._NOTED)
    assert nudges._NOTED.match("She shared her sweets with me") is None


# A second round, written after the fixes were run on the first, before it was run.
SECOND_ROUND_FLAWED = [
    ("mapping", "strengths", "Home conditions are good, appropriate care observed", "seen"),
    ("contribution", "working_well", "Everything is going well, good routines in place", "seen"),
    ("wellbeing", "unmet_needs", "Family support worker and a parenting course for dad",
     "seen|who_when"),
    ("wellbeing", "unmet_needs", "Referral to the young carers service", "seen|who_when"),
    ("mapping", "house_worries", "She gets scared when her mum's boyfriend comes round",
     "words"),
    ("wellbeing", "house_worries", "He feels worried when his sister goes out at night", "words"),
    ("supervision", "child_words", "Child has expressed a wish to live with her grandparents",
     "words"),
    ("contribution", "child_said", "YP has indicated that things at home are difficult",
     "words"),
]
SECOND_ROUND_SOUND = [
    ("wellbeing", "unmet_needs", "A quiet place to do his homework, away from his brothers"),
    ("wellbeing", "unmet_needs", "Support to get to football on Saturdays, which he misses "
     "because nobody can take him"),
    ("mapping", "house_worries", "He gets angry when I take his toys"),
    ("contribution", "working_well", "Contact is going well: the twins run to dad when he "
     "arrives and cry when he leaves."),
    ("supervision", "child_words", "My mum has said I can have a sleepover"),
    ("mapping", "strengths", "Positive parenting observed on 4 May: mum sat on the floor and "
     "built a tower with the baby."),
]

# ---- every held-out variant, run ------------------------------------------------------------
HELD_OUT_FLAWED = PRAISE_JOINED + SERVICES_AS_NEEDS + FEELING_TOLD_OF_THEM + REPORTED_HAS \
    + SECOND_ROUND_FLAWED
HELD_OUT_SOUND = PRAISE_SHOWN + NEEDS_OF_THE_CHILD + FEELING_OF_SOMEONE_ELSE \
    + THEIR_OWN_REPORTING + SECOND_ROUND_SOUND


globals().update(review_tests(rows_set(
    "X", SET_X_FLAWED, SET_X_SOUND, asked=asked_s, fits=_fits_t, sizes=(20, 20), paired=True,
    held_flawed=HELD_OUT_FLAWED, held_sound=HELD_OUT_SOUND)))
