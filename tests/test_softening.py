"""Euphemism and blame by their shapes (`flows.checks.softening`): each shape is asked about,
its lookalike (the same words said plainly, or someone's own words in quotes) is not, and a
long adversarial answer is read in one pass."""

from __future__ import annotations

import pytest

from flows.checks.plain_language import find_jargon, find_wording
from flows.checks.softening import SOFTENING
from flows.checks.words import WordList, load_word_list

# (kind, flawed answer, its plain lookalike)
SHAPES: list[tuple[str, str, str]] = [
    # Fourteenth round: people judged rather than named, a young person's drug use made
    # small, and care said to come and go.
    ("euphemism", "Kai has been seen with some shady individuals in the park.",
     "Jess drew some characters from her favourite cartoon."),
    ("euphemism", "Mum has had undesirable individuals staying over.",
     "Known adults were at the house."),
    ("euphemism", "Jay has been dabbling with drugs at the weekend.",
     "Mum was experimenting with new recipes for the kids."),
    ("euphemism", "Kai is using substances most weekends.",
     "Kai said he smoked cannabis with two older boys in the park on Friday."),
    ("euphemism", "Her attendance is patchy.", "The phone signal was patchy."),
    ("euphemism", "Mum giving the medication has been on and off since Christmas.",
     "The lights went on and off all evening because of the storm."),
    ("euphemism", "Dad disciplined him with his belt.", "The school disciplined him for swearing."),
    ("euphemism", "K was tapped on the legs with a slipper.",
     "T was tapped on the shoulder by his teacher."),
    ("euphemism", "Mum gave him a good shake to stop him crying.",
     "Mum gave the baby a bath and put her to bed."),
    ("euphemism", "Dad is strict with the boys and they know better than to answer back.",
     "Dad is strict about bedtime: lights out at 8."),
    ("euphemism", "Uncle was found in a compromising position with the 12 year old.",
     "Uncle found a good position for the tent."),
    ("euphemism", "Words were exchanged on the doorstep.", "We exchanged numbers on the doorstep."),
    ("euphemism", "Dad has been hitting the bottle since he lost his job.",
     "Dad has been hitting the gym since he lost his job."),
    ("euphemism", "Mum drinks most nights to take the edge off.",
     "Dad drinks coffee to wake up in the morning."),
    ("euphemism", "S has been doing a few jobs for some older lads in town.",
     "J does a few jobs for his nan on Saturdays."),
    ("euphemism", "Since the incident, T has been wetting the bed.",
     "The incident report from school came on Tuesday."),
    ("euphemism", "Stepdad may have been a bit too rough putting the toddler to bed.",
     "The boys play rough at football and the coach watches."),
    ("euphemism", "The boys get the odd whack when they play up.",
     "The boys get the odd treat when they tidy up."),
    ("euphemism", "mum had a few too many at the christening",
     "mum had a few friends over for the christening"),
    ("blame", "J pushes his dad's buttons until he snaps.", "She pressed the buttons on the lift."),
    ("blame", "mum gives as good as she gets", "mum gives her time to the food bank"),
    ("blame", "mum only has herself to blame for going back", "It was not her fault, we told her."),
    ("blame", "Mum let him move back in two weeks after the assault.",
     "Mum let the children back into the flat after the fire alarm."),
    ("blame", "She should have put a stop to it years ago.",
     "Dad should have been at contact at 2 but his bus was late."),
    ("blame", "mum turned a blind eye to what he was doing", "mum turned the lights off at ten"),
    ("blame", "L leaves herself open to being taken advantage of.",
     "She leaves herself time to walk to school."),
    ("blame", "she lies about her age online", "she told the doctor her age and weight"),
    ("blame", "R is using older men for lifts and money.", "R is using the bus to get to college."),
    ("blame", "Mum put her relationship before the safety of the kids.",
     "Mum put the baby before everything and slept when he slept."),
    ("blame", "If mum had left sooner the children would not have been hurt.",
     "If mum had known about the strike she would have driven them."),
    ("blame", "The 13yo was happy to go to the man's flat.",
     "She is happy to go to the library after school."),
    ("euphemism", "Mum and her partner had a blue last night in front of the kids.",
     "They had a blue car and a red one."),
    ("euphemism", "Dad gave him a whooping for lying.", "Dad gave him a hug for trying."),
    ("blame", "Mum is a repeat victim.", "Mum is a repeat customer at the bakery."),
]


# Twelfth round: (kind, flawed answer, its plain lookalike).
SHAPES += [
    ("euphemism", "Dad has been known to raise his hand to the kids.",
     "J raised his hand to answer in class for the first time."),
    ("euphemism", "He was disciplined after he broke the window.",
     "Dad grounded him for a week and took his phone off him."),
    ("euphemism", "Dad punishes the kids when they answer back.",
     "Dad punishes them by taking the Xbox away for the night."),
    ("euphemism", "Mum uses a firm hand with the boys.", "Mum held the boys' hands to cross."),
    ("euphemism", "She was taught some manners with her dad's belt.",
     "She was taught to swim with her dad's help."),
    ("euphemism", "Dad likes to let his hair down at weekends.", "Mum lets her hair grow long."),
    ("euphemism", "Mum had a drink or two before the school run.",
     "Mum had a drink of water before the school run."),
    ("euphemism", "Her uncle crossed a line with her when she stayed over.",
     "Her uncle crossed the road with her to the shop."),
    ("blame", "Her account of the assault cannot be relied on as she was drunk.",
     "Her account was believed by the police and he was charged."),
    ("blame", "Kyle is prone to making things up.", "Kyle is prone to ear infections."),
    ("blame", "Maisie can handle herself around older lads.",
     "Maisie can look after herself in the mornings now."),
    ("blame", "She is partly to blame because she went to his flat.",
     "She is partly deaf in her left ear."),
    ("blame", "Shannon is not really a victim here.", "Shannon is a victim support volunteer."),
    ("blame", "Mum still has not left him even though police warned her twice.",
     "Mum did not leave the flat that night because he had her keys."),
    ("blame", "Ruby started the row and her stepdad retaliated.",
     "Ruby started the water fight and Nan joined in with the hose."),
    ("blame", "The baby's crying triggers her partner.", "Loud bangs trigger his asthma."),
]


# Thirteenth round, read by their parts from the misses of a blind corpus: (kind, flawed
# answer, its plain lookalike).
SHAPES += [
    ("euphemism", "Stepdad drank slightly too much wine at the barbecue.",
     "The baby had a bit too much milk and was sick."),
    ("euphemism", "Mum had a heavy night and was still in bed at noon.",
     "Mum had a heavy night shift and slept until noon."),
    ("euphemism", "The baby had an unexplained bruise on her leg.",
     "Any unexplained injuries will be reported to the social worker the same day."),
    ("euphemism", "The burn on her hand remains unexplained.",
     "K has no unexplained absences this term."),
    ("euphemism", "K has been spending a lot of time with older men.",
     "T spends time with his older brother at weekends."),
    ("euphemism", "He has been seen with older males near the station at night.",
     "He plays football with older lads at the club on Saturdays."),
    ("label", "Dad would rather go to the pub than look after the baby.",
     "Dad chose to walk the kids to school rather than drive."),
    ("label", "She prefers to go out drinking rather than care for her children.",
     "Mum chose to stay at the refuge rather than go back to the children's father."),
    ("label", "Dad puts the drink before the kids.",
     "Mum puts the kids first at bedtime and reads to them."),
    ("label", "Dad is basically a bully.", "Dad is just a friend of the family."),
    ("label", "Mum doesn't care about the kids.", "Mum doesn't care for spicy food."),
    ("label", "She couldn't care less.", "Mum was not interested in the house they showed her."),
]

SHAPES += [
    # Fifteenth round: home said to slip, a mark with nothing of what it is like, contact
    # said to be unwanted or an order broken, and a parent's mind judged.
    ("euphemism", "Standards in the house have really gone downhill.",
     "Mum has gone downhill on her bike to school with T every day."),
    ("euphemism", "Dad has let things slide since he lost his job.",
     "Dad let the kids slide down the bank at the park."),
    ("euphemism", "It all got on top of her after the twins were born.",
     "The cat got on top of the fridge."),
    ("euphemism", "A few marks were seen on the baby's legs at nursery.",
     "A few marks were taken off his test for spelling."),
    ("euphemism", "Two marks on her left arm.",
     "She has two red finger-shaped bruises on her left arm."),
    ("euphemism", "Mum's ex has been making unwelcome visits to the flat.",
     "Mum's ex visited the flat twice last week and banged on the door shouting."),
    ("euphemism", "He breached the non-molestation order again.",
     "He came to the house on Friday night, which the court order says he must not do."),
    ("label", "Dad is not the sharpest and won't remember the plan.",
     "Dad is not very good at reading, so I read the plan out to him."),
    ("label", "Mum comes across as a bit slow.", "Mum was a bit slow to answer the door."),
    ("label", "Mum has a low IQ and the baby's feeds get missed.",
     "The bulb in the hall is not very bright."),
]

SHAPES += [
    # Sixteenth round: an injury told as something that befell the child, violence between
    # the adults made small and mutual, growth said against a hope, online contact with older
    # men said as a chat, and a parent's outlook or motive judged.
    ("euphemism", "S had an accident with the iron last week.",
     "S had an accident at school and the teacher changed his trousers."),
    ("euphemism", "T had a little accident with the kettle.",
     "Dad had an accident with the car on the way to contact; nobody was hurt."),
    # A fresh-eyes review: an accident accounted for (who saw to it, where, who was rung).
    ("euphemism", "J had an accident with the scissors on Tuesday.",
     "J had an accident with the scissors at school on Tuesday, the teacher put a plaster "
     "on his finger and rang mum at 2pm"),
    ("euphemism", "The baby had a fall with the bouncer last night",
     "Mum had a fall with the baby on the stairs on Friday, she rang 111 and the GP "
     "checked the baby on Saturday"),
    ("euphemism", "T had a bump with the door in dad's care",
     "T had a bump with the door at nursery on Monday, the key worker wrote it in the "
     "accident book and showed mum at pick up"),
    ("euphemism", "The baby had a fall while in dad's care.",
     "The baby fell off the sofa on Sunday; dad said he had turned to get her bottle."),
    ("euphemism", "There was a bit of pushing and shoving between the parents.",
     "There was some pushing and shoving in the lunch queue between two year 5 boys."),
    ("euphemism", "There was a disagreement between the couple and police came at 11pm.",
     "There was a disagreement between the parents about which school K should go to, and "
     "each has written to the council."),
    ("euphemism", "Baby is not thriving as well as we'd hoped.",
     "Baby is not gaining weight as well as we hoped: 3.9kg at 8 weeks, down two centile lines "
     "since 12 March."),
    ("euphemism", "Y has been chatting to some older lads she met online.",
     "Y chats to her older cousins online most evenings."),
    ("euphemism", "He has been messaging a man he met on an app.",
     "He plays a game online with men he met at his football club."),
    ("label", "Dad thinks the rules don't apply to him.",
     "Dad told me he thinks the rules don't apply to him."),
    ("label", "Mum only wants the kids back for the money.",
     "Mum only wants the kids back for Christmas day."),
]

# Eighteenth round: carrying for someone is plain when the sentence says who makes the child
# do it; a row "in front of the kids" is one they watched, not one between them; "a
# domestic" said as the thing that happened.
SHAPES += [
    ("euphemism", "He has been carrying bags for older lads at the park.",
     "Men at the park pay him to carry bags for them and hit him when one goes missing."),
    ("euphemism", "She delivers packages for a man she met on Snapchat.",
     "The man she met on Snapchat tells her to deliver packages for him to Leeds."),
    ("euphemism", "Some pushing went on in front of the children on Friday.",
     "Some pushing went on between the boys in the dinner queue."),
    ("vague", "A domestic happened at the flat on Sunday.",
     "Mum has a domestic cleaning job on Sundays."),
    ("vague", "The domestic kicked off after the pub shut.",
     "The domestic abuse worker rang mum after the pub shut."),
]


@pytest.fixture(scope="module")
def words() -> WordList:
    return load_word_list()


@pytest.mark.parametrize(("kind", "flawed", "plain"), SHAPES)
def test_each_shape_is_asked_about_and_its_lookalike_is_not(
        words: WordList, kind: str, flawed: str, plain: str) -> None:
    assert kind in [h.kind for h in find_jargon(flawed, words)], flawed
    assert find_jargon(plain, words) == [], plain


@pytest.mark.parametrize("said", [
    'T said "daddy gives me a good shake when I cry".',
    'Mum said "I let him back in even though I was scared".',
    'L told me "it is my own fault he hits mum".',
])
def test_a_childs_or_parents_own_words_in_quotes_are_theirs(words: WordList, said: str) -> None:
    assert find_wording(said, words) == []


def test_letting_him_back_is_blame_only_when_weighed_against_what_she_knew(
        words: WordList) -> None:
    told = "Mum let him back in even though she knew about the bail conditions."
    event = "Mum let Dad back into the house on Sunday after he promised to stop drinking."
    assert "blame" in [h.kind for h in find_jargon(told, words)]
    assert find_jargon(event, words) == []


def test_said_of_the_adult_knowing_what_he_did_is_not_blame(words: WordList) -> None:
    assert find_jargon("Dad knew exactly what he was doing.", words) == []
    assert find_jargon("shes 14 and knew exactly what she was doing", words) != []


def test_each_question_says_what_to_write_instead() -> None:
    for rule in SOFTENING:
        assert rule.question.endswith("."), rule.name
        assert any(w in rule.question for w in ("Write", "Name", "name", "write", "Say")), rule.name


# Each built to make a shape try far along the text at every place: a run of its words with
# the ending it waits for missing, or given once at the very end.
ADVERSARIAL = [
    "Mum let " + "him " * 1200 + "back.",
    "If she had " + "gone and " * 600 + "then it would not have been.",
    "She " + "should have " * 450 + "known.",
    "Dad " + "a bit " * 1000 + "too rough.",
    "T " + "tapped " * 700 + "with a belt.",
    "knowing " * 700 + "there would be men.",
    "Mum " + "knew " * 1000 + "what he was like.",
    "It is " + "partly " * 700 + "on her.",
    "He chose " + "to go out " * 500 + "rather than the bus.",
    "She had " + "a bit " * 800 + "too much to drink.",
    "An unexplained " + "bruise " * 600 + "was seen.",
    "K spends time with " + "some " * 900 + "older men.",
    "Mum " + "doesn't " * 600 + "care.",
]


@pytest.mark.parametrize("answer", ADVERSARIAL, ids=[a[:12] for a in ADVERSARIAL])
def test_a_long_adversarial_answer_is_read_and_asked_about_once(
        words: WordList, answer: str) -> None:
    assert len(answer) >= 4000
    hits = find_wording(answer, words)
    assert len({h.term for h in hits}) == len(hits)


@pytest.mark.parametrize("row", [
    "The two girls had a bit of a fight over the hairbrush and made up in minutes.",
    "The boys had a tussle over the football and Dad sent them inside.",
    "There was some pushing and shoving in the dinner queue between pupils.",
    "Mum said she had words with the school about the uniform rules.",
    "We had a few words with the housing officer about the damp.",
])
def test_a_row_between_children_or_with_someone_outside_the_home_is_plain(
        words: WordList, row: str) -> None:
    assert find_jargon(row, words) == []


@pytest.mark.parametrize("row", [
    "Mum and Dad had a bit of a fight over money.",
    "The couple had a bit of a scrap in the street with the kids watching.",
    "There was some pushing and shoving between the adults.",
    "Mum had words with her ex at handover.",
])
def test_a_row_with_an_adult_of_the_household_is_still_asked_about(
        words: WordList, row: str) -> None:
    assert "euphemism" in [h.kind for h in find_jargon(row, words)], row


def test_strictness_is_plain_when_the_sentence_says_what_the_adult_does(
        words: WordList) -> None:
    assert find_jargon("Nan is firm with them at bedtime and reads them a story.", words) == []
    assert find_jargon("Dad is very strict with the kids and they are scared of him.",
                       words) != []
    assert find_jargon("Mum admits she is strict with the boys.", words) != []


def test_chaotic_is_plain_when_the_sentence_says_what_was_seen(words: WordList) -> None:
    seen = ("The house was chaotic when I arrived: the TV was on loud and the baby was crying "
            "in her cot.")
    assert find_jargon(seen, words) == []
    assert [h.term for h in find_jargon("The home was chaotic.", words)] == ["chaotic"]
    assert find_jargon("The household was found to be chaotic.", words) != []


def test_someones_own_should_have_is_theirs_not_the_writers_blame(words: WordList) -> None:
    assert find_jargon("Nan said she should have rung us sooner.", words) == []
    assert find_jargon("Nan should have rung us sooner.", words) != []


def test_errands_named_or_done_for_family_are_plain(words: WordList) -> None:
    assert find_jargon("K does odd jobs for people on our street, like washing cars.",
                       words) == []
    assert find_jargon("J drops parcels off for his nan at the post office.", words) == []
    assert find_jargon("J drops parcels off for some lads in town.", words) != []


def test_an_unexplained_mark_is_plain_when_what_was_said_of_it_follows(words: WordList) -> None:
    assert find_jargon("Ben had an unexplained mark on his cheek on Monday.", words) != []
    assert find_jargon("Ben had an unexplained mark on his cheek; his mum said he fell off the "
                       "trampoline.", words) == []
    assert find_jargon("J had an unexplained bruise. He told his teacher Dad grabbed him.",
                       words) == []


def test_time_with_older_lads_where_they_are_teammates_or_family_is_plain(
        words: WordList) -> None:
    assert find_jargon("J spends a lot of time with older lads at the boxing club.", words) == []
    assert find_jargon("K spends her time with older males from her dad's family.", words) == []
    assert find_jargon("K spends her time with older males in the park.", words) != []


def test_someones_own_account_of_not_caring_is_theirs(words: WordList) -> None:
    assert find_jargon("K says her mum doesn't care about her and never asks how school went.",
                       words) == []
    assert find_jargon("Dad says he doesn't care what the neighbours think.", words) == []
    assert find_jargon("The parents just don't care.", words) != []
