"""A number on a scale and the words beside it.

A reason typed with the number ("6, mum says R is staying away more"), a number given with
how it was given ("she chose 3"), two people's numbers in one line, a parent's number and
their reason, a reason sent after the number, and what one point higher would look like.
Each reader takes the line and the outcome and returns True when the line was its kind.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from copy import deepcopy
from dataclasses import replace

from flows.answers import (
    NUMBER_WORDS,
    Value,
    display_with_reason,
    excerpt,
    is_answered,
)
from flows.asides import same_words
from flows.draft import Draft
from flows.engine_words import MSG
from flows.flow import Flow, FlowStep
from flows.moves import (
    Nudger,
    Outcome,
    accept,
    ask,
    checked_accept,
    opened_with,
    opening_number,
)
from flows.questions import MSG as TYPE_MSG
from flows.questions import childs_number
from flows.regex import on_first_use
from flows.replies import (
    Answered,
    Notice,
    Question,
)

A_NUMBER = r"(?:10|[0-9]|" + "|".join(NUMBER_WORDS) + ")"


_BARE_NUMBER = on_first_use(r"\s*\d{1,2}\s*")


def number_for_the_scale_after(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Whether `text`, typed while a reminder holds this written question's answer, is a
    number alone that the question after it, a scale, takes (found by keeping the held
    answer in a copy of the draft)."""
    held = out.draft.pending
    if step.kind.widget != "text" or held is None or held.step_id != step.id \
            or held.earlier is not None or not _BARE_NUMBER.fullmatch(text):
        return False
    trial = Outcome(deepcopy(out.draft), numbered=out.numbered)
    trial.draft.pending = None
    accept(flow, trial, step, held.value)
    following = trial.draft.current
    if trial.draft.status != "in_progress" or following is None or not flow.has_step(following):
        return False
    after = flow.step(following)
    return after.kind.widget == "scale" and after.kind.parse(flow, after, text.strip())[1] is None


# The number just given, changed at the question of why: "no actually 5", "make that 3 - dad
# back in hse per school", "sorry, 5 not 4", "change it to 2"; the words after it are why.
_CHANGED = (
    r"(?:(?:no|nope|sorry|soz|oops|wait|hang\s+on|hmm|ok|okay|erm|um)[\s,.!:;-]+)*(?:"
    r"(?:actually|make\s+(?:that|it)|change\s+(?:that|it)\s+to|(?:i\s+)?meant"
    # ... or changed back: "back to 4", "sorry go back to 4", "no stick with 4"
    r"|(?:go(?:ing)?\s+)?back\s+to|stick\s+with"
    r"|(?P<should>(?:should|shd|shld|shud)\s+be))"  # ("shd": typed short, as read elsewhere)
    rf"\s+(?:a\s+|an\s+)?(?P<n>{A_NUMBER})(?:\s+not\s+(?:a\s+|an\s+)?{A_NUMBER})?"
    # ("5 not 3 - dad has moved out" typed first at the why of a 3: the 3 it corrects named;
    # "no, 4 after all", changed back)
    rf"|(?:(?<=[\s,.!:;-])|^)(?:a\s+|an\s+)?(?P<m>{A_NUMBER})(?:\s*,?\s+not\s+(?:a\s+|an\s+)?"
    rf"(?P<was>{A_NUMBER})|\s+after\s+all(?=[\s.!]*$)))"
    r"(?:\s*(?:/|(?:out\s+)?of)\s*10)?(?:\s*[-\u2013\u2014,:;.!]+\s*"
    # ... but not "should be 6, but dad relapsed" or "should be 8 once dad finishes the
    # course": the number it would be, and why it is not, or when it will be
    r"(?P<why>(?(should)(?!(?:but|except|only|though|although|however|yet|if|unless|apart"
    r"|sadly|unfortunately|when|whenever|once|after|by|until|till|in\s+(?:a|the|\d))\b))"
    r"\S.*))?[\s.!]*")
_CHANGED_TO = on_first_use(_CHANGED, re.IGNORECASE)
# ... or in the line that gave the first: "4, no actually 5", "4 - make that 5".
_FIRST_THEN_CHANGED = on_first_use(r"\s*(?:10|[0-9])\s*[-\u2013\u2014,;:.!]*\s+" + _CHANGED,
                                   re.IGNORECASE)


def _as_number(said: str | None) -> str | None:
    """A number as typed ("5", "five") in figures."""
    return None if said is None else NUMBER_WORDS.get(said.casefold(), said)


def number_meant(text: str) -> str | None:
    """A line at a scale that gives a number and changes it ("4, no actually 5 - dad is
    back"), as the number meant and its words ("5 - dad is back"); None for any other."""
    said = _FIRST_THEN_CHANGED.fullmatch(text)
    if said is None:
        return None
    number = _as_number(said["n"] or said["m"])
    return f"{number} - {said['why']}" if said["why"] else number


# A why that starts with the number it explains: "3, not 2, because ...", "3/10 - ...",
# "three, as ...".
_LEADING = on_first_use(rf"\s*(?:a\s+|an\s+)?(?P<n>{A_NUMBER})(?P<out>\s*(?:/|(?:out\s+)?of)\s*10)?"
                        rf"(?:\s*,?\s+(?:not|rather\s+than)\s+(?:a\s+|an\s+)?{A_NUMBER})?"
                        r"(?![\w/.])", re.IGNORECASE)


def renumbered(why: str, was: int, now: int) -> str:
    """A scale's why that starts with the number it had (`was`), starting with the number it
    has now, the number it was not ("not 2", said of the old one) left out; as it was
    otherwise."""
    lead = _LEADING.match(why)
    if lead is None or _as_number(lead["n"]) != str(was):
        return why
    return f"{now}{lead['out'] or ''}{why[lead.end():]}"


def number_changed(flow: Flow, out: Outcome, step: FlowStep, text: str,
                   nudger: Nudger) -> bool:
    """A changed number typed at the question of why, just after the scale ("no actually
    5"): saved as the reason, the scale kept the first number and the summary read "4 ...
    Why this number: no actually 5". The number is changed, said so, and the words after it
    are the reason; with none, the question of why is asked again. So at the question just
    after a number with no question of why (the child's own, saved as an agency's number or
    as what the worker noticed), with no words after it, and at the question just after a
    scale's why ("How the number has moved")."""
    d = out.draft
    if step.role == "follow_up" and step.parent is not None:
        scale = flow.step(step.parent)
    elif step.kind.widget != "scale" and step.spec.voice != "child" and len(d.history) >= 2 \
            and flow.has_step(d.history[-2]) and not is_answered(d.answers.get(step.id)):
        scale = flow.step(d.history[-2])  # the question just answered (a child's words: theirs)
        if scale.role == "follow_up" and scale.parent is not None:
            # ... or its why: "no actually 5" at "How the number has moved", after the why
            scale = flow.step(scale.parent)
    else:
        return False
    if d.pending is not None or scale.kind.widget != "scale" \
            or not isinstance(given := d.answers.get(scale.id), int):
        return False
    said = _CHANGED_TO.fullmatch(" ".join(text.split()))
    if said is None:
        again = _number_again(d, step, scale, text)
        if again is None:
            return False
        typed, reason = again
    elif (said["why"] and scale.id != step.parent) \
            or (said.start("m") == 0 and said["was"] is not None
                and _as_number(said["was"]) != str(given)):
        return False  # ("4 not 2 because ..." first at the why of a 3: not a correction of it)
    else:
        typed, reason = said["n"] or said["m"], said["why"]
    number, refused = scale.kind.parse(flow, scale, typed)
    if refused or not isinstance(number, int) or number == given:
        return False
    d.answers[scale.id] = number
    out.changed.add(scale.id)
    why_id = d.history[-2] if len(d.history) > 1 \
        and scale.id not in (step.parent, d.history[-2]) else None
    if why_id is not None and isinstance(why := d.answers.get(why_id), str):
        d.answers[why_id] = renumbered(why, given, number)  # "3, not 2, because ..." as 5
        out.changed.add(why_id)
    said_as = "number_changed" if scale.id == step.parent else \
        "number_changed_by" if scale.role == "perspective" else "number_changed_at"
    out.replies.append(Notice(MSG[said_as].format(was=given, n=number, title=scale.title),
                              "saved"))
    if reason:
        checked_accept(flow, out, step, reason.strip(), nudger)
    else:
        ask(flow, out, step, again=True)
    return True


def _number_again(d: Draft, step: FlowStep, scale: FlowStep, text: str
                  ) -> tuple[str, str] | None:
    """At a scale's question of why come back to (answered already: /back from the question
    after it, an /edit), a new number and its reason typed as the scale takes them ("5, nan
    is there most evenings"), as she gave the number before: the number, and why. At the
    first asking, a reason opening with another number is kept and said (`why_of_another_
    number`); one opening with the next number may say what one point higher looks like."""
    if step.parent != scale.id or not is_answered(d.answers.get(step.id)) \
            or (opens := opened_with(text)) is None:
        return None
    number, why = opens
    given = d.answers.get(scale.id)
    if isinstance(given, int) and number == given + 1 \
            and _ASKS_ONE_POINT_ON.search(step.spec.ask):
        return None
    return str(number), why


# Her own number changed at the question of someone else's, just after her own and its
# reason: a correction in the first person ("actually I'd put it at 5", "sorry, I would say
# 5"), or her number named as hers ("make mine 5", "my number should be 5").
_MINE_CHANGED = on_first_use(
    # (a word of correction first: "hmm, I'd say 4" or "ok I'd go with 6" is the worker's
    # reading of the parent's number, as "I'd say 4" alone is)
    r"(?:(?:(?:(?:hmm|ok|okay|oh|erm|um)[\s,.!:;-]+)*(?:no|sorry|soz|oops|wait|actually"
    r"|on\s+second\s+thoughts?|(?:i['’]ve\s+)?changed\s+my\s+mind)[\s,.!:;-]+)+"
    r"(?:i['’]?d|id|i\s+would|i['’]ll|i\s+will|i)\s+(?:(?:rather\s+)?(?:put\s+(?:it|things|mine)"
    r"\s+(?:at|as)|say|go\s+(?:for|with)|give\s+(?:it|things))|meant|make\s+(?:it|mine))"
    r"|(?:make|change)\s+mine(?:\s+to)?|my\s+(?:own\s+)?(?:number|score)\s+(?:is|should\s+be"
    r"|would\s+be)|mine\s+(?:is|should\s+be|would\s+be)|mine['’]s)"
    rf"\s+(?:a\s+|an\s+)?(?P<n>{A_NUMBER})(?:\s*(?:/|(?:out\s+)?of)\s*10)?[\s.!]*", re.IGNORECASE)


def my_number_at_theirs(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """Her own number changed at the question of a parent's, typed in the first person
    ("actually I'd put it at 5"): it was saved as the parent's number, and hers stayed. Hers
    is changed, said so (and that its reason names the old number, if it does), and the
    parent's question is asked again."""
    d = out.draft
    if step.role != "perspective" or step.parent is None or d.pending is not None \
            or is_answered(d.answers.get(step.id)) \
            or (said := _MINE_CHANGED.fullmatch(" ".join(text.split()))) is None:
        return False
    scale = flow.step(step.parent)
    if not isinstance(given := d.answers.get(scale.id), int):
        return False
    number, refused = scale.kind.parse(flow, scale, _as_number(said["n"]) or "")
    if refused or not isinstance(number, int):
        return False
    said_now = MSG["number_changed" if number != given else "number_same"].format(
        was=given, n=number)
    if number != given:
        d.answers[scale.id] = number
        out.changed.add(scale.id)
        why = d.answers.get(scale.reason_id) if scale.reason_id else None
        if (opens := opening_number(why)) is not None and opens != number:
            # (left as written: "4 because ..., 5 if dad starts" is hers to change)
            said_now += " " + MSG["why_for_back"].format(why=excerpt(str(why)), was=opens)
    out.replies.append(Notice(said_now, "saved"))
    ask(flow, out, step, again=True)
    return True


# A number written with how it was given, most often a child's: "3 on the faces", "she chose
# 3", "Z pointed to 3". One number, not one that counts ("3 times", "2 faces").
_GIVEN_HOW = on_first_use(r"\b(?:chose|chosen|picked|pointed|said|says|gave|circled|showed"
                          r"|put|went\s+for|scored|rated|on\s+(?:the|her|his|their|my|a))\b",
                          re.IGNORECASE)
_LONE_NUMBER = on_first_use(r"(?<![\d/.:,])\b(\d{1,2})\b(?![\d/.:,]\d)")
_COUNTED = on_first_use(r"\s*(?:times|x|days?|weeks?|months?|years?|hours?|mins?|minutes?|faces"
                        r"|steps|reasons?|kids|children|people|more|less|of|or|to|and)\b",
                        re.IGNORECASE)


def number_given_how(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """A scale answered with the one number and how it was given ("she chose 3", "3 on the
    faces"): that number is offered back, not saved, as the words cannot be kept here."""
    numbers = list(_LONE_NUMBER.finditer(text))
    # (the one number may be said twice: "7 she pointed to the 7 on the ladder")
    if len({n[1] for n in numbers}) != 1 or not _GIVEN_HOW.search(text) \
            or any(_COUNTED.match(text, n.end()) for n in numbers):
        return False
    number, problem = step.kind.parse(flow, step, numbers[0][1])
    if problem:
        return False
    out.replies.append(Notice(MSG["number_alone"].format(n=number), "problem"))
    ask(flow, out, step, again=True)
    return True


# One number with faces or symbols around it: "3 😊", "😢 2", "7/10 👍", and a number in
# words ("a six 👍", "about a four 🙁"), as the number alone is read.
_NUMBER_AND_PICTURES = on_first_use(r"(?P<before>[^\w\s]*)\s*(?P<n>\w(?:.*\w)?)"
                                    r"\s*(?P<after>[^\w\s]*)", re.DOTALL)


def number_with_pictures(flow: Flow, out: Outcome, step: FlowStep, text: str,
                         nudger: Nudger) -> bool:
    """A scale answered with the number and the face the child pointed to ("3 😊"): told
    "Please send one whole number", as if no number were there. The number is saved, and the
    face said not to be kept with it."""
    said = _NUMBER_AND_PICTURES.fullmatch(text.strip())
    pictures = " ".join(filter(None, (said["before"], said["after"]))) if said else ""
    if said is None or not pictures or not any(
            unicodedata.category(ch) == "So" for ch in pictures):
        return False
    number, problem = step.kind.parse(flow, step, said["n"])
    if problem:
        return False
    out.replies.append(Notice(MSG["number_pictures"].format(n=number, pictures=pictures),
                              "saved"))
    checked_accept(flow, out, step, number, nudger)
    return True


# What a number counts, after it ("3 times", "2 of them", "the 2 meetings", "3 home
# visits"): a plural noun, perhaps after a word saying which. "4 and 6", "4 to 6" are two
# places, and "6 afterwards" or "5 as things improved" is a place, not a count.
# A word ending in s is not always a counted noun: "4 versus 6", "3 goes up to 6", "4
# becomes 6", "6 thanks to the new routine" (a verb, or what is said of the number, after it),
# nor is "4 for months" a count of months.
_NOT_COUNTED = (r"(?:is|was|has|does|as|us|this|its|his|hers|yes|thus|plus|always|perhaps"
                r"|sometimes|afterwards|towards|besides|nowadays|upwards|downwards|backwards"
                r"|forwards|unless|across|whereas|less|vs|goes|becomes|thanks|seems|stays"
                r"|remains|means|feels|looks|gets|turns|drops|rises|falls|moves|jumps|climbs"
                r"|comes|says|reads|shows|changes|improves|increases|decreases|reduces|hits"
                r"|reaches|lands|dips|slips|slides|creeps|edges|ends|starts|begins|settles"
                r"|sits|tops|makes|takes|keeps|leaves|lasts|holds|stands)")
_COUNTS = on_first_use(
    r"\s*(?:(?:times|x|days?|weeks?|months?|years?|hours?|mins?|minutes?|faces|steps|reasons?"
    r"|kids|children|people|men|women|more|less|of"
    # a police officer's count: "2 call outs in 6 weeks", "3 call-outs"
    r"|call[\s-]?outs?)\b"
    rf"|(?!{_NOT_COUNTED}\b)[a-z]+[a-hj-rtv-z]s\b(?!\s+(?:up|down|to\s+(?:an?\s+)?\d|\d))"
    r"|(?!(?:for|in|over|after|since|at|by|within|during|from|to|until|till|about|around"
    r"|past|last|and|or|but|then|now|with|without|before)\s)"
    r"[a-z]+(?:-[a-z]+)?\s+(?:meetings|visits|sessions|appointments|occasions|calls|contacts"
    r"|incidents|reports|referrals|conferences|checks|groups|days|weeks|months|nights))\b",
    re.IGNORECASE)
# A place on the scale in words: a number alone, not one that counts ("3 times", "2 of them").
_PLACE = on_first_use(rf"(?<![\d./:£$])\b(?P<n>{A_NUMBER})\b(?![./:]\d)", re.IGNORECASE)


# How many places were seen, in words: NUMBER_WORDS read the other way ("seven numbers", as
# "three numbers"; a table of its own stopped at six, and said "I can see 7 numbers").
_COUNT_WORDS = {int(n): word for word, n in NUMBER_WORDS.items()}


def which_now(numbers: list[str]) -> str:
    """Asking which of the places on the scale seen in one line is today's."""
    return MSG["scale_which"].format(
        count=_COUNT_WORDS.get(len(numbers), str(len(numbers))),
        listed=f"{', '.join(numbers[:-1])} and {numbers[-1]}",
        none="either" if len(numbers) == 2 else "any of them")


def two_places(flow: Flow, out: Outcome, step: FlowStep, text: str, problem: str) -> bool:
    """Two places on the scale or more in one line ("4 before the discussion, 6 after",
    "started at 3, went to 6 and ended on 5"): which is today's is asked, not guessed, and
    no line for another question is supposed (the way back to the answer before is no help here)."""
    scale = flow.scale_of(step)
    if problem != TYPE_MSG["not_scale"].format(min=scale.min, max=scale.max):
        return False  # "6 or 7": asked which fits best; "11": outside the scale
    places = [m for m in _PLACE.finditer(text) if not _COUNTS.match(text, m.end())]
    parsed = [step.kind.parse(flow, step, m["n"])[0] for m in places]
    numbers = [str(n) for n in dict.fromkeys(parsed)]  # each once, in the order written
    if len(numbers) < 2 or None in parsed:
        return False
    out.replies.append(Notice(_whose(flow, step, text, numbers) or which_now(numbers),
                              "problem"))
    ask(flow, out, step, again=True)
    return True


# A risk grading sent for the number ("high risk", "DASH high", "medium"), as police and
# health services grade risk: where it sits on a scale whose 10 is the safe end.
# "High" or "low" alone may as well be a place on the scale ("high" at the child's number:
# the child put it high): both readings are said.
_GRADE = on_first_use(r"(?:(?:(?P<graded>dash|risk|ric|risk\s+is|graded)|it'?s|its"
                      r"|i'?d\s+say)\s*:?\s+)?(?:very\s+)?(?P<grade>high|medium|med|moderate|standard|low)"
                      r"(?P<risk>\s+risk)?[\s.!]*", re.IGNORECASE)
_SITS = {"high": "near 0", "medium": "in the middle", "med": "in the middle",
         "moderate": "in the middle", "standard": "near 10", "low": "near 10"}
_PLACE_SAID = {"high": "max", "low": "min"}


def a_grade_for_the_number(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """A risk grading sent at a scale: not saved, with where such a grade sits on it (10 is
    the safe end in every tool, so "high risk" read as a high number would be backwards)."""
    grade = _GRADE.fullmatch(text.strip())
    if grade is None:
        return False
    scale = flow.scale_of(step)
    said = grade["grade"].lower()
    place = None if grade["graded"] or grade["risk"] else _PLACE_SAID.get(said)
    out.replies.append(Notice(MSG["scale_grade" if place is None else "scale_grade_or_place"]
                              .format(typed=excerpt(text), max=scale.max, min=scale.min,
                                      sits=_SITS[said], place=getattr(scale, place or "max")),
                              "problem"))
    ask(flow, out, step, again=True)
    return True


# The words beside a number that put it at the other end of a scale whose top is the safe
# end: a high number with "high risk" or "very worried", a low one with "low risk".
# "High" or "low" only as a grade: with "risk", or ending its clause ("8 - high, dad on
# bail", "9 high because ..."); "low mood", "low income", "high level of support" are not.
_GRADED = (r"(?:\s+(?:levels?\s+of\s+)?(?:risk|concerns?)|(?=\s*(?:[,.;:!?)/\n\u2013\u2014-]|$)"
           r"|\s+(?:as|because|cos|since|due|given|now|still|and|but)\b))")
_WORRIED = on_first_use(r"(?:(?:very|really|extremely|seriously|highly)\s+)?"
                        rf"(?:high{_GRADED}|worried|concerned|unsafe|not\s+safe)\b",
                        re.IGNORECASE)
_SAFE = on_first_use(rf"(?:(?:very|really)\s+)?(?:low{_GRADED}|no\s+(?:worries|concerns)"
                     r"|not\s+worried)\b", re.IGNORECASE)


def wrong_end(flow: Flow, out: Outcome, step: FlowStep, number: Value, why: str) -> bool:
    """A number sent with words that put it at the scale's other end ("8 - high risk"):
    asked about once, nothing saved; sent again, it is kept as written."""
    if not isinstance(number, int):
        return False
    scale = flow.scale_of(step)
    third = (scale.max - scale.min) / 3
    words = why.lstrip(" ,.;:-\u2013\u2014(")
    sits = "near 0" if number >= scale.max - third and _WORRIED.match(words) else \
        "near 10" if number <= scale.min + third and _SAFE.match(words) else None
    key = f"{step.id}:wrong_end:{number}:{zlib.crc32(words.lower().encode())}"
    if sits is None or key in out.draft.nudged:
        return False
    out.draft.nudged.append(key)
    said = words.split(",")[0].strip()
    out.replies.append(Notice(MSG["scale_wrong_end"].format(
        n=number, said=excerpt(said), max=scale.max, min=scale.min,
        sits=sits.replace("0", str(scale.min)).replace("10", str(scale.max))),
        "problem", until_sent_again=True))
    ask(flow, out, step, again=True)
    return True


# Numbers said to be people's ("SW says 4, police say 2", "me 4, DS Jones 2"), as a strategy
# discussion gives them: two views, not one number changed ("Which is it now?" was asked).
_PEOPLES = on_first_use(
    r"\b(?:me|my|mine|i|i'd|sw|social\s+workers?|police|ds|dc|pc|school|health|hv|gp|iro|yot"
    r"|manager|tm|mum|dad|carers?)\b", re.IGNORECASE)
_SELF = frozenset({"me", "my", "mine", "i", "i'd"})
# ... or each said to give their own ("K says 7, S says 6", "she says 4, dad says 6"): a
# young person and her carer named by initial, who the list above does not know. (Read from
# a word's start only: tried from each of its letters, a long run of them took time growing
# with the square of its length.)
_GIVES = on_first_use(
    r"(?<![\w'’])([\w'’]++)\s+(?:says|say|said|gives?|gave|chose|picked|puts?)\s+(?:it\s+)?"
    r"(?:an?\s+)?(?:10|[0-9]|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE)


# "She" or "he" after someone named, who they may be ("Mum said 4 last week, she says 6 now"):
# not another person, unless they cannot be ("Dad says 6, she says 4").
_PRONOUNS = frozenset({"he", "she", "they"})
_HERS = frozenset({"mum", "mummy", "mam", "mom", "mother", "nan", "nana", "nanny", "gran",
                   "granny", "grandma", "aunt", "auntie", "sister"})
_HIS = frozenset({"dad", "daddy", "father", "grandad", "granddad", "grandpa", "uncle",
                  "brother"})
_POLICE = on_first_use(r"\b(?:police|ds|dc|pc)\b", re.IGNORECASE)


def _named_before(givers: list[str]) -> set[str]:
    """The pronouns among `givers` (in the order given) that may stand for someone named
    before them."""
    return {who for n, who in enumerate(givers) if who in _PRONOUNS and any(
        named not in _PRONOUNS and not (who == "he" and named in _HERS)
        and not (who == "she" and named in _HIS) for named in givers[:n])}


def _whose(flow: Flow, step: FlowStep, text: str, numbers: list[str]) -> str | None:
    """Asking which number is the record's own, when two numbers in one line are said to be
    two people's, and where the other's goes: the scale's question for others' numbers, or
    the reason. None when the line names nobody's."""
    givers = [who.lower() for who in _GIVES.findall(text)]
    again = _named_before(givers)
    people = {"i" if who in _SELF else who for who in map(str.lower, [
        *_PEOPLES.findall(text), *givers]) if who not in again}
    if len(numbers) != 2 or len(people) < 2:  # "I said 4 before, now 6": one person's
        return None
    if step.role == "perspective":  # a parent's number, or the child's: theirs alone here
        return MSG["scale_people_theirs"].format(listed=" and ".join(numbers), none="either",
                                                 who=step.title)
    others = next((s for s in flow.steps if s.role == "others" and s.parent == step.id), None)
    where = MSG["scale_people_others"].format(title=others.title) if others is not None \
        else MSG["scale_people_why"].format(n=numbers[0], m=numbers[1], who=(
            "the police give" if _POLICE.search(text) else "the other worker gives"))
    return MSG["scale_people"].format(listed=" and ".join(numbers), none="either",
                                      others=where)


def their_why_in_other_words(flow: Flow, out: Outcome, step: FlowStep, number: Value,
                             why: str, nudger: Nudger) -> bool:
    """A parent's number sent with a reason in the work's words about them ("8, he has good
    insight into his mental health", "7, engaging well"): asked once, as a reason for the
    writer's own number is, with nothing saved; sent again, it is kept (their own words said
    as theirs, "mum says ...", or quoted, are not asked about: `what_the_family_says`). The
    child's own number and reason are theirs, and never asked about here."""
    d = out.draft
    key = f"{step.id}:their_why_words"
    if step.role != "perspective" or step.spec.voice == "child" or childs_number(step) \
            or key in d.nudged or not (said := nudger("what_the_family_says", why)):
        return False
    d.nudged.append(key)
    out.replies.append(Notice(MSG["their_why_words"].format(
        n=number, who=step.title, nudge=said, why=excerpt(why)), "problem"))
    ask(flow, out, step, again=True)
    return True


# A reason wholly in quotation marks, as typed: '"I know when I've had enough"'.
_QUOTED_WHY = on_first_use(r"([\"“«„]).*[\"”»“]|(['‘]).*['’]", re.DOTALL)


def in_quotes(why: str) -> str:
    """A reason as a message quotes it: in quotation marks, unless typed in its own (those
    of the parent's words: '8 - "I know ..."' read ""I know ..."" as why)."""
    return why if _QUOTED_WHY.fullmatch(why) else f'"{why}"'


def their_number_and_why(flow: Flow, out: Outcome, step: FlowStep, number: Value,
                          why: str) -> None:
    """A parent's (or the child's) number sent with their reason: both kept, as the
    practitioner's own are, the reason beside the number (there is no question for it)."""
    said = len(out.replies)
    out.draft.answers.pop(step.reason_id, None)  # replaced, not "taken out" with the number
    accept(flow, out, step, number)
    out.draft.answers[step.reason_id] = why
    out.changed.add(step.reason_id)
    out.replies[said:] = [  # the question's message shows the number with its reason
        replace(r, answer=display_with_reason(step, number, out.draft.answers))
        if isinstance(r, Answered) and r.step_id == step.id else r
        for r in out.replies[said:]]
    asked = next((n for n in range(said, len(out.replies))
                  if isinstance(out.replies[n], Question)), len(out.replies))
    out.replies.insert(asked, Notice(MSG["their_number_why"].format(  # after "Taken as"
        n=number, who=step.title, why=in_quotes(why)), "saved"))


# The writer's frame before a drawing described ("she drew", "T (7) has drawn"), as the
# reminder about it reads it (flows.nudges `_DRAWN`).
_DREW = on_first_use(r"\s*(?:[\w'’]+\s+){0,2}?(?:\(\d{1,2}\)\s+)?(?:then\s+|also\s+)?"
                     r"(?:drew|draws|(?:has|had)\s+drawn|painted|coloured|colored|scribbled"
                     r"|made\s+a\s+(?:drawing|picture))\b\s*", re.IGNORECASE)
_A_WORD = on_first_use(r"[\w'’]+")


def drawing_again(flow: Flow, out: Outcome, step: FlowStep, text: str) -> bool:
    """After the reminder that "she drew a big black cloud over mummy's house" is the
    drawing in the writer's words, the same description sent again without "she drew" ("a
    big black cloud over mummy's house"): still not the child's words, so not saved as
    theirs. Words of the child's own that it quoted ("... and wrote "go away"") are."""
    held = out.draft.pending
    if held is None or held.step_id != step.id or held.kind != "own_words" \
            or step.spec.voice != "child" or not isinstance(held.value, str) \
            or (frame := _DREW.match(held.value)) is None:
        return False
    drawn = [w.casefold() for w in _A_WORD.findall(held.value[frame.end():])]
    sent = [w.casefold() for w in _A_WORD.findall(text)]
    if len(sent) < 2 or len(sent) * 5 < len(drawn) * 3 or any(q in text for q in "\"“”"):
        return False
    joined, whole = " ".join(sent), " ".join(drawn)
    if f" {joined} " not in f" {whole} ":
        return False
    out.draft.pending = None  # kept later (a next item keeps what a reminder held), it
    # would be quoted as the child's after all
    out.replies.append(Notice(MSG["drawing_again"].format(typed=excerpt(text)), "problem"))
    ask(flow, out, step, again=True)
    return True


def their_reason_after(flow: Flow, out: Outcome, step: FlowStep, text: str,
                        problem: str) -> bool:
    """Words with no number sent at the next person's number, straight after a parent's
    number given alone ("6", then "mum says R is staying away more"): read as why they gave
    it. Asked once, as the line may be this person's view; sent again, it is kept beside
    that number, and this person's number is asked again."""
    d = out.draft
    scale = flow.scale_of(step)
    if step.role != "perspective" or len(d.history) < 2 or re.search(r"\d", text) \
            or problem != TYPE_MSG["not_scale"].format(min=scale.min, max=scale.max):
        return False
    before = flow.step(d.history[-2]) if flow.has_step(d.history[-2]) else None
    if before is None or before.role != "perspective" or before.parent != step.parent \
            or not isinstance(number := d.answers.get(before.id), int) \
            or is_answered(d.answers.get(before.reason_id)):
        return False
    key = f"{step.id}:their_why:{zlib.crc32(same_words(text).encode())}"
    if key not in d.nudged:
        d.nudged.append(key)
        out.replies.append(Notice(MSG["their_why_asked"].format(
            typed=excerpt(text), who=before.title, n=number), "problem"))
    else:
        d.answers[before.reason_id] = text.strip()
        out.changed.add(before.reason_id)
        out.replies.append(Notice(MSG["their_why_kept"].format(
            why=excerpt(text.strip(), 200), who=before.title, n=number), "saved"))
    ask(flow, out, step, again=True)
    return True


def why_of_another_number(out: Outcome, step: FlowStep, said: int) -> None:
    """A reason opened with a number that is not the one given at its scale ("1", then "2:
    found with adults three times"), just saved: the summary reads "Safety scale: 1 ... Why
    this number: 2: ...", and a reader cannot tell which was meant. Said beside "saved", with
    the way to change either (`said`: where this answer's replies begin)."""
    d = out.draft
    value = d.answers.get(step.id)
    if step.role != "follow_up" or step.parent is None or d.pending is not None \
            or step.id not in out.changed or not isinstance(value, str) \
            or (opens := opening_number(value)) is None \
            or not isinstance(given := d.answers.get(step.parent), int) or opens == given:
        return
    asked = next((n for n in range(said, len(out.replies))
                  if isinstance(out.replies[n], Question)), len(out.replies))
    out.replies.insert(asked, Notice(MSG["why_another_number"].format(
        said=opens, n=given), "info"))


# A question for why that asks for more than why: what one point higher would look like.
_ASKS_ONE_POINT_ON = on_first_use(r"\bone point\b", re.IGNORECASE)
# A reason that says it already: "a 5 would be ...", "higher if ...", "to get to a 5".
_SAYS_ONE_POINT_ON = on_first_use(r"\b(?:10|[0-9]|one point)\s*(?:=|would|will|means\b|is when)"
                                  r"|\bhigher\b|\bmove (?:it )?up\b|\bto get (?:to|higher)\b",
                                  re.IGNORECASE)
_MORE = ":one_point_more:"


def one_point_more(flow: Flow, out: Outcome, step: FlowStep, following: FlowStep,
                    number: Value, why: str, fate: str) -> str:
    """A number and its reason on one line pass the question for why by: when that question
    also asks what one point higher would look like, and the reason doesn't say, how to add
    it ("+ a 5 would be ..."), at the question now shown; "" otherwise."""
    d = out.draft
    top = flow.scale_of(step).max
    if fate != "saved" or not isinstance(number, int) or number >= top \
            or not _ASKS_ONE_POINT_ON.search(following.spec.ask) \
            or _SAYS_ONE_POINT_ON.search(why) or d.current == following.id:
        return ""
    if d.status != "in_progress" or d.current is None:  # the last question: nothing is shown
        return " " + MSG["one_point_more_done"].format(title=following.title,
                                                            up=number + 1)
    d.nudged.append(f"{following.id}{_MORE}{d.nonce}")  # for the question now shown only
    return " " + MSG["one_point_more"].format(up=number + 1)


def added_to_reason(flow: Flow, out: Outcome, step: FlowStep, words: str) -> bool:
    """"+ a 5 would be ...", sent at the question shown after a number and its reason came
    on one line: added to that reason, as its question asked (`one_point_more`)."""
    d = out.draft
    mark = f"{_MORE}{d.nonce}"
    why_id = next((key[:-len(mark)] for key in d.nudged if key.endswith(mark)), None)
    if why_id is None or d.pending is not None or not flow.has_step(why_id) \
            or not isinstance(reason := d.answers.get(why_id), str):
        return False
    why = flow.step(why_id)
    joined = f"{reason} {words}" if reason.rstrip()[-1:] in ".!?;:," else f"{reason}; {words}"
    value, problem = why.kind.parse(flow, why, joined)
    if problem:
        out.replies.append(Notice(MSG["not_taken"].format(typed=excerpt(words), problem=problem),
                                  "problem"))
    else:
        d.answers[why_id] = value
        out.changed.add(why_id)
        out.replies.append(Notice(MSG["more_added"].format(
            n=d.answers.get(why.parent or ""), why=excerpt(str(value), 200)), "saved"))
    ask(flow, out, step, again=True)
    return True
