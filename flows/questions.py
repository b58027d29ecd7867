"""Question types: one small object per `type:` of a step, asked by the engine, the walk,
the summary and the carry-over; front ends render only its widget kind.

To add a type: one class here, one entry in TYPES, the name in `flows.schema.StepType`, and
its widget's rendering in `bot/views.py` and `bot/console.py`.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING, Literal

from flows.answers import NUMBER_WORDS, YES_NO_LABELS, is_answered, position
from flows.headings import headed_elsewhere, parts_by_column, quoted
from flows.regex import on_first_use

if TYPE_CHECKING:
    from collections.abc import Sequence

    from flows.answers import Value
    from flows.flow import Flow, FlowStep
    from flows.schema import ChoiceSpec

Widget = Literal["text", "items", "one", "several", "scale", "yes_no", "none"]
Parsed = tuple["Value", str | None]
"""A value, or None and what to tell the user."""

MSG = {
    "too_long": "That's {n} characters; the limit here is {max}. Could you shorten it a "
    "little?",
    # Far over, "a little" misleads on a phone: it says how much, and that nothing is saved.
    "far_too_long": "That's {n} characters; the limit here is {max}, so about {over} need "
    "to go. Nothing is saved yet: could you cut it down to the main points and send it again?",
    "too_long_headed": "That's {n} characters; the limit here is {max}, so nothing is saved "
    "yet. Parts of it are headed for other columns of the summary ({parts}), which have "
    "questions of their own: this question's part alone is {own} characters. Send it alone "
    "here, and each other part at its own question.",
    "not_choice": "I couldn't match that to one of the options. Reply with a number from the "
    "list, or with the option's words.",
    "not_yes_no": "Please answer yes or no.",
    "choice_and_more": "It starts with the option \"{option}\", but only an option can be "
    "saved here. Send the option on its own, and put the rest (\"{rest}\") in an answer where "
    "it fits.",
    "choice_changed": "That names two options, \"{first}\" and then \"{then}\". Please send "
    "just the one you mean.",
    "several_choices": "That could be more than one option: {options}. Reply with the number "
    "of the one you mean.",
    "one_choice": 'That could be {n} "{label}". Reply with {n} if that is the one you mean.',
    "one_choice_unnumbered": 'That could be "{label}". Choose it from the options shown if '
    "that is the one you mean.",
    # Where the options are shown without numbers (as buttons): a number typed
    # is no option's, and may be meant as words ("3", for three times).
    "not_choice_unnumbered": "I couldn't match that to one of the options. Choose one of the "
    "options shown, or send its words.",
    "several_choices_unnumbered": "That could be more than one option: {options}. Choose the "
    "one you mean from the options shown.",
    "not_numbered": "The options here aren't numbered, so I can't tell which one \"{typed}\" "
    "means. Choose one of the options shown, or send its words.",
    # "mum said 3" where the child's own number is asked: never saved as the child's
    "someone_elses": "It reads as the number {who} gave, and this question is only for the "
    "number the {child} gave. If the {child} gave one, send it; if not, /skip.",
    "someone_elses_own": "It reads as the number {who} gave, and this question is for your "
    "own number. Please send yours; {others}",
    "someone_elses_theirs": "It reads as the number {who} gave, and this question is only "
    'for the number of "{title}". If they gave one, send it{skip}',
    "agencies_after": "Each agency's number has its own question after it.",
    "others_after": "the numbers other people gave have their own place after it.",
    "others_in_why": "what other people said can go in why you chose it, asked next.",
    "not_scale": "Please send one whole number from {min} to {max}.",
    "scale_between": "Pick the one that fits best, {low} or {high}; the words you write "
    "about it can say why it sits between them. Please send one whole number from {min} to "
    "{max}.",
    "scale_outside": "The scale stops at {min} and {max}. Please send one whole number from "
    "{min} to {max}.",
    "scale_unknown": "If you can't give a number yet, /skip leaves this one out. Or send one "
    "whole number from {min} to {max}.",
    "scale_not_given": "If no number was given, /skip leaves this one out, and the summary "
    "says no number was given. Or send one whole number from {min} to {max}.",
    "scale_unknown_needed": "A number is needed here: pick the one closest to where things are "
    "now; the words you write about it can say how sure you are. Please send one whole number "
    "from {min} to {max}.",
    "choice_unsure": "There isn't a \"not sure\" option here. Choose the one nearest to what "
    "you know now; you can change it later (/review).",
    "not_here": "That button doesn't fit this question, so I've left your answers as they "
    "were.",
}
YES_WORDS = {"yes": "yes", "y": "yes", "1": "yes", "no": "no", "n": "no", "2": "no"}
# Yes and no as people type them on a phone. Only a whole, plain answer is read: "yes but
# dad doesn't know" is asked again rather than stored as a bare yes, losing the rest, and so
# is "I think so": a family's agreement, or whether harm has happened, is not recorded as a
# plain "Yes" when the one answering was not sure.
_SAID_YES = ("yeah", "yea", "yeh", "yep", "yup", "ya", "yh", "aye", "yes definitely",
             "definitely")
_SAID_NO = ("nope", "nah", "definitely not", "not at all", "no not yet", "not yet")
SAID = {**dict.fromkeys(_SAID_YES, "yes"), **dict.fromkeys(_SAID_NO, "no")}
# Yes and no as staff may type them without thinking in the language they speak at home:
# Welsh (a council's own language in Wales), Māori, and the languages of staff across
# Europe. Only a word that alone means nothing but yes or no: not kept among the yeses of
# "are you sure?", which erases a draft.
_OTHER_YES = ("oui", "ja", "si", "sí", "ie", "oes", "ydy", "ydw", "āe")
_OTHER_NO = ("non", "nein", "nee", "nie", "naddo", "nage", "nac oes", "nac ydy", "nac ydw",
             "kāo", "kao", "nae", "naw")
IN_OTHER_WORDS = {**dict.fromkeys(_OTHER_YES, "yes"), **dict.fromkeys(_OTHER_NO, "no")}
# A word that is yes in one language and something else in another ("tak": yes in Polish,
# thanks in Danish; "do": yes in Welsh, and English; "na": no in Welsh, or n/a), or neither
# ("ok"): asked about, never read as either.
UNSURE_YES_NO = frozenset({"tak", "do", "na", "ok", "okay"})
# Yes and no as thumbs slip on a phone ("yse", "yess", "noo"): read at a yes-or-no question
# only, never as the yes of "are you sure?", which erases a draft.
_SLIPPED = on_first_use(r"(?:y+e+s+|yse|eys|ys|yws|yed|yea+h+|n+o+|nop)", re.IGNORECASE)
# "No" as dictation may write it, at the start of an answer to a yes-or-no question.
_KNOW = on_first_use(r"^know\b")
# A yes or no said back with its own verb, as people answer ("no, there hasn't", "yes she
# has"); "their" as dictation writes "there".
_SAID_BACK = on_first_use(
    r"(?P<head>yes|yeah|yep|yh|no|nope|nah)\s+(?:there|their|it|she|he|they|we|i)\s+"
    r"(?P<verb>(?:has|have|is|was|are|were|does|did|do|had)(?P<nt>nt|\s+not)?"
    r"|hadnt|dont|didnt|doesnt|isnt|wasnt|arent|werent|hasnt|havent)"
    # ... and the question's own words after it: "no she hasnt been", "no he doesnt accept it"
    r"(?P<tail>(?:\s+[a-z]+){0,3})")
# Words a yes or no said back may end on besides the question's own: what it is said of.
_SAID_OF = frozenset({"it", "that", "this", "so", "them", "her", "him"})


def said_back(plain: str, ask: str) -> str | None:
    """Yes or no said back with the verb of the question `ask` ("no there hasnt" to "Has
    the child ...?", plain words) and agreeing with it, or None: for "yes there hasnt",
    which says both, and for "yes she was" to "Are you ...?", said of someone else."""
    found = _SAID_BACK.fullmatch(plain)
    if found is None:
        return None
    verb = found["verb"].split()[0]
    denied = found["nt"] is not None or verb.endswith("nt")
    asked = plain_words(ask).split()
    if (verb[:-2] if verb.endswith("nt") else verb) not in asked \
            or not set(found["tail"].split()) <= _SAID_OF.union(asked):
        return None
    word = "no" if found["head"] in ("no", "nope", "nah") else "yes"
    return word if denied == (word == "no") else None


def _undictated(typed: str) -> str:
    """The typed words, plain, with a "know" opening them read as the "no" dictation heard."""
    return _KNOW.sub("no", plain_words(typed), count=1)


def _said_back_or_no(plain: str, ask: str) -> str | None:
    """A yes or no said back with the question's verb (`said_back`), or a "no" alone (a
    dictated "know", `_undictated`): as a yes-or-no question and a choice of Yes/No read it."""
    return said_back(plain, ask) or ("no" if plain == "no" else None)


# Where the options go beyond yes and no ("Partly"), only a plain yes or no is read as one.
_PLAIN = frozenset({"yeah", "yea", "yeh", "yep", "yup", "nope", "nah"})


class QuestionType:
    """Free text: what every type does unless it says otherwise."""

    widget: Widget = "text"
    collects = False  # answered piece by piece, then closed with Done
    checked = True  # the answer's wording goes through the nudges

    def parse(self, flow: Flow, step: FlowStep, text: str, *, numbered: bool = True) -> Parsed:
        """What typed text means for this step. `numbered`: the options were shown to the
        person with numbers (the terminal chat's list), so a number typed picks one; where
        they were not (as buttons), a number is not read as an option."""
        if len(text) > step.spec.max_length:
            return None, _too_long_headed(flow, step, text) \
                or too_long(len(text), step.spec.max_length)
        return text, None

    def pick(self, flow: Flow, step: FlowStep, value: str) -> Parsed:
        """What a button's value means: matched as a value, never read as typing."""
        return None, MSG["not_here"]

    def options(self, flow: Flow, step: FlowStep) -> tuple[tuple[str, str], ...]:
        """(value, label) for each button."""
        return ()

    def show(self, step: FlowStep, value: Value) -> str:
        """An answer as a person reads it back, in plain text."""
        return "; ".join(value) if isinstance(value, list) else str(value)

    def still_open(self, step: FlowStep, value: Value) -> bool:
        """True when a given answer still leaves the question to be finished."""
        return False

    def fits(self, step: FlowStep, value: Value) -> bool:
        """True when a stored value (from another draft) can answer this step."""
        return isinstance(value, str)


class ListType(QuestionType):
    widget: Widget = "items"
    collects = True

    def still_open(self, step: FlowStep, value: Value) -> bool:
        return step.spec.required and not is_answered(value)

    def fits(self, step: FlowStep, value: Value) -> bool:
        return isinstance(value, list)


class ChoiceType(QuestionType):
    widget: Widget = "one"
    checked = False

    def parse(self, flow: Flow, step: FlowStep, text: str, *, numbered: bool = True) -> Parsed:
        picked = self._match_all(step, [text], numbered)
        if picked:
            return picked[0], None
        fits = _options_holding(step, _unhedged(text))
        if len(fits) > 1:  # "not told": two options say it, and only the writer knows which
            if not numbered:
                named = " or ".join(f'"{label}"' for _, label in fits)
                return None, MSG["several_choices_unnumbered"].format(options=named)
            listed = " or ".join(f'{n} "{label}"' for n, label in fits)
            return None, MSG["several_choices"].format(options=listed)
        if (said := self._option_then_more(step, text, numbered)) is not None:
            return None, said
        if len(fits) == 1 and _held_by_one(step, _unhedged(text)):
            # "serious": a word of one option's description only, asked about, not taken
            n, label = fits[0]
            return None, (MSG["one_choice"].format(n=n, label=label) if numbered
                          else MSG["one_choice_unnumbered"].format(label=label))
        if _UNSURE.fullmatch(text.casefold().replace("’", "'").strip(" .!")):
            return None, MSG["choice_unsure"]  # no option says it (one would have matched)
        return None, _no_option(text, numbered)

    def _option_then_more(self, step: FlowStep, text: str, numbered: bool) -> str | None:
        """Why an option typed with more after it ("Likely - he's done it 3 times", "partly,
        he says he loses it") is not saved, naming the option; or the two options it names
        when the rest is another ("likely, actually very likely"). None otherwise."""
        splits = (split(text) for split in (
            lambda typed: _THEN_MORE.split(typed.strip(), maxsplit=1),
            _said_back_then_more,  # dictated: "no he doesnt he says ..."
            _word_then_clause))  # "yep we did it together", "Partly but he blames her"
        rest, first = next(((parts[1], first) for parts in splits
                            if len(parts) == 2 and parts[1].strip()
                            and len(first := self._match_all(step, [parts[0]], numbered)) == 1),
                           ("", []))
        if not first:
            return None
        labels = {c.value: c.label for c in step.spec.choices}
        second = self._match_all(step, [_CHANGED_MIND.sub("", rest).strip()], numbered) \
            if _CHANGED_MIND.match(rest.strip()) else []
        if len(second) == 1 and second != first:  # changing their mind
            return MSG["choice_changed"].format(first=labels[first[0]], then=labels[second[0]])
        return MSG["choice_and_more"].format(option=labels[first[0]], rest=rest.strip()[:60])

    def pick(self, flow: Flow, step: FlowStep, value: str) -> Parsed:
        values = [v for v, _ in self.options(flow, step)]
        return (value, None) if value in values else (None, MSG["not_choice"])

    def options(self, flow: Flow, step: FlowStep) -> tuple[tuple[str, str], ...]:
        return tuple((c.value, c.label) for c in step.spec.choices)

    def show(self, step: FlowStep, value: Value) -> str:
        labels = {c.value: c.label for c in step.spec.choices}
        picked = value if isinstance(value, list) else [str(value)]
        return ", ".join(labels.get(v, v) for v in picked)

    def fits(self, step: FlowStep, value: Value) -> bool:
        valid = {c.value for c in step.spec.choices}
        return set(value if isinstance(value, list) else [str(value)]) <= valid

    @staticmethod
    def _match_all(step: FlowStep, parts: list[str], numbered: bool = True) -> list[str]:
        """The values typed parts name (a list position where the options were shown
        numbered, a value or a label); [] if any part names none."""
        choices = step.spec.choices
        picked: list[str] = []
        for part in filter(None, parts):
            folded = part.casefold().rstrip(".")
            number = position(part) if numbered else 0
            if 1 <= number <= len(choices):
                match: str | None = choices[number - 1].value
            else:
                match = next((c.value for c in choices
                              if folded in (c.value, c.label.casefold())), None)
            if match is None:
                match = _nearly(step, part)
            if match is None:
                match = _slipped_yes_or_no(step, part, numbered)
            if match is None:
                match = _said_back_yes_or_no(step, part, numbered)
            if match is None:
                match = _unsure(step, part, numbered)
            if match is None:
                match = _words_of_one(step, _unhedged(part))  # "some of it I think"
            if match is None:
                return []
            if match not in picked:
                picked.append(match)
        return picked


class MultiChoiceType(ChoiceType):
    widget: Widget = "several"
    collects = True

    def parse(self, flow: Flow, step: FlowStep, text: str, *, numbered: bool = True) -> Parsed:
        # "1, 3", and numbers alone as a phone types them: "1 3", "1 and 3", "1&3".
        parts = (_DIGITS.findall(text) if _NUMBERS_ONLY.fullmatch(text.strip())
                 else [p.strip() for p in text.split(",")])
        picked = self._match_all(step, parts, numbered)
        if not picked and _JOINED.search(text):
            # "out late and money": a phone's "and" between options, not only a comma (an
            # option whose own words hold "and" is matched whole first)
            picked = self._match_all(step, _JOINED.split(text), numbered)
        if not picked:
            return None, _no_option(text, numbered)
        return [c.value for c in step.spec.choices if c.value in picked], None

    def still_open(self, step: FlowStep, value: Value) -> bool:
        return step.spec.required and not is_answered(value)


class YesNoType(QuestionType):
    widget: Widget = "yes_no"
    checked = False

    def parse(self, flow: Flow, step: FlowStep, text: str, *, numbered: bool = True) -> Parsed:
        typed = text.lower().rstrip(".!")
        word = YES_WORDS.get(typed) if numbered or not typed.isdigit() else None
        if word is None:
            plain = _undictated(text)
            word = SAID.get(plain) or IN_OTHER_WORDS.get(plain) \
                or _said_back_or_no(plain, step.spec.ask)
        if word is None and not _EMOJI.search(text) \
                and (slip := _SLIPPED.fullmatch(plain_words(text))):
            word = "no" if slip[0].lower().startswith("n") else "yes"
        if word is None and _EMOJI.search(text):  # "yes 👍", "👍", "no 👎" as phones send them
            words = _EMOJI.sub(" ", text).lower().strip(" .!")
            down, up = "\U0001F44E" in text, _THUMB_UP.search(text) is not None
            thumb = None if down == up else "no" if down else "yes"
            word = (YES_WORDS.get(words) or SAID.get(plain_words(words))) if words else thumb
            if (thumb and word and word != thumb) or (down and up):
                word = None  # "yes 👎" or "👍👎" says two things
        return (word, None) if word else (None, MSG["not_yes_no"])

    def pick(self, flow: Flow, step: FlowStep, value: str) -> Parsed:
        return (value, None) if value in YES_NO_LABELS else (None, MSG["not_yes_no"])

    def options(self, flow: Flow, step: FlowStep) -> tuple[tuple[str, str], ...]:
        return tuple(YES_NO_LABELS.items())

    def show(self, step: FlowStep, value: Value) -> str:
        return YES_NO_LABELS.get(str(value), str(value))

    def fits(self, step: FlowStep, value: Value) -> bool:
        return value in YES_NO_LABELS


# Where an option typed first ends and more words begin: "Likely - he's done it 3 times",
# "partly, he says he loses it", "significant: glass in his hair".
_THEN_MORE = on_first_use(r"\s+[-–—]+\s+|\s*[,;:]\s+|\s+(?:because|cos|coz|as)\s+")
# A second option said as a change of mind: "likely, actually very likely", "no, partly".
_CHANGED_MIND = on_first_use(r"^(?:(?:no|actually|sorry|wait|i\s+mean|or\s+rather"
                             r"|make\s+(?:it|that)"
                             r"|scratch\s+that|no\s+wait)\b[\s,.!-]*)+", re.IGNORECASE)
# Emoji, skin tones and the marks that join them, and a thumbs up or an OK hand.
_EMOJI = on_first_use(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+")
_THUMB_UP = on_first_use(r"[\U0001F44D\U0001F44C]")


class ScaleType(QuestionType):
    widget: Widget = "scale"
    checked = False

    def parse(self, flow: Flow, step: FlowStep, text: str, *, numbered: bool = True) -> Parsed:
        scale = flow.scale_of(step)
        bounds = {"min": scale.min, "max": scale.max}
        if _UNKNOWN.fullmatch(text.casefold().strip(" .!")):
            return None, MSG["scale_unknown" if not step.spec.required
                             else "scale_unknown_needed"].format(**bounds)
        if _NOT_GIVEN.fullmatch(text.casefold().strip(" .!")):
            # "she didn't want to give a number": it was told to send one, and that the
            # words might belong with the answer before
            return None, MSG["scale_not_given" if not step.spec.required
                             else "scale_unknown_needed"].format(**bounds)
        if (who := given_by_someone_else(step, text)) is not None:
            if step.role == "perspective" and not childs_number(step):
                return None, MSG["someone_elses_theirs"].format(
                    who=who, title=step.title,
                    skip="." if step.spec.required else "; if not, /skip.") + (
                    " " + MSG["agencies_after"] if who not in _CHILD_AS_TYPED and any(
                        s.parent == step.parent and s.role == "others" for s in flow.steps)
                    else "")
            return None, MSG["someone_elses"].format(who=who, child=childs_number(step)) \
                if childs_number(step) else MSG["someone_elses_own"].format(
                    who=who, others=MSG["others_after" if any(
                        s.parent == step.id and s.role in ("perspective", "others")
                        for s in flow.steps) else "others_in_why"])
        said = text.casefold()
        if said_by_the_child(step, text) or (step.role == "perspective"
                                             and not childs_number(step)):
            # someone's own number: "mum said 5", "JD gave 7", the child's "she said 3"
            said = _SAID_BY.sub("", said.strip(), count=1)
        if childs_number(step):
            # how the child gave it, as the question asks ("5 on the faces", "3 on her
            # ladder"): nothing to keep but the number; a scale of another size keeps its
            # own size ("3 on a 5 point faces scale") and is asked about
            said = _ON_THE_CHILDS_SCALE.sub("", said.strip(" .!?~"))
        said = _HEDGE.sub(" ", _unbracketed(said)).strip(" .!?~")
        if step.role == "perspective" and not childs_number(step):
            # "mum 5", typed as "mum says 5" is: that person's number
            said = _NAMED_BEFORE.sub(lambda m: "" if m["who"] in _NOT_THE_CHILD else m[0],
                                     said, count=1)
        said = NUMBER_WORDS.get(said, said)
        said = _SOUNDS_LIKE.get(said, said)
        if re.fullmatch(r"[+-]?\d{1,3}", said) and scale.min <= int(said) <= scale.max:
            return int(said), None  # "7", "about 7", "seven", "7ish", "for"
        said = _place_before_why(in_digits(said))
        numbers = [int(n) for n in re.findall(r"\d{1,3}", said)]
        if half := _HALF.fullmatch(said):  # "6.5", "6½", "6 and a half": between 6 and 7
            numbers = [int(half.group(1)), int(half.group(1)) + 1]
        if len(numbers) == 2 and (half or _BETWEEN.fullmatch(said)) \
                and numbers[0] != numbers[1]:
            low, high = sorted(numbers)
            if scale.min <= low and high <= scale.max:
                return None, MSG["scale_between"].format(low=low, high=high, **bounds)
            return None, MSG["scale_outside"].format(**bounds)  # "10.5": 11 is off the scale
        if (len(numbers) == 1 and not scale.min <= numbers[0] <= scale.max) or "+" in said \
                or said.startswith("-"):
            return None, MSG["scale_outside"].format(**bounds)
        return None, MSG["not_scale"].format(**bounds)

    def pick(self, flow: Flow, step: FlowStep, value: str) -> Parsed:
        return self.parse(flow, step, value)

    def fits(self, step: FlowStep, value: Value) -> bool:
        return isinstance(value, int)


class NoteType(QuestionType):
    """Not a question: a line shown on the way."""

    widget: Widget = "none"
    checked = False


# A number dictation wrote as the word that sounds like it ("four" as "for", "eight" as
# "ate"): read only as the whole of a scale's answer, where nothing but a number fits.
_SOUNDS_LIKE = {"for": "4", "fore": "4", "too": "2", "ate": "8"}
# Words in brackets beside the number ("4 (ish)", "5 (maybe)"), read as they are without.
_BRACKETED = on_first_use(r"\(([^()]*)\)")
_NUMBER_WORD = on_first_use(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b")


def _unbracketed(said: str) -> str:
    """`said` with brackets that hold only how sure the writer is ("(ish)", "(approx)", "(I
    think)") taken off: "4 (ish)" is "4ish", not 4 with "ish" as why. A reason in brackets
    is kept, brackets and all."""
    return _BRACKETED.sub(lambda found: " " if _how_sure(found[1]) else found[0], said)


def _how_sure(inner: str) -> bool:
    """Whether words in brackets say only how sure the writer is ("ish", "I think")."""
    inner = inner.casefold()
    return inner.strip(" -") == "ish" or not _HEDGE.sub(" ", inner).strip(" .!?~")


# How sure, in brackets, opening the words after a number: "(ish) because dad stopped".
_SURE_FIRST = on_first_use(r"\(([^()]*)\)[\s\-–—:,;.]*")


def unhedged_reason(why: str) -> str:
    """The reason typed after a number, without brackets opening it that say only how sure
    the writer is of the number: "(ish) because dad stopped drinking" is "because dad
    stopped drinking", as "4ish because ..." gives it. A reason in brackets is kept."""
    found = _SURE_FIRST.match(why)
    if found is None or not _how_sure(found[1]) or not why[found.end():].strip():
        return why
    return why[found.end():]


def in_digits(said: str) -> str:
    """`said` (folded) with each place on the scale in words as its digits: "three and a
    half" is "3 and a half", "between four and five" "between 4 and 5"."""
    return _NUMBER_WORD.sub(lambda word: NUMBER_WORDS[word[0]], said)


# What a typed scale answer may say around its number: "about 6", "6ish", "maybe a 6",
# "I'd give it a solid 3", "3 tbh".
_HEDGE = on_first_use(r"\b(?:about|around|roughly|maybe|perhaps|probably|approx(?:imately)?"
                      r"|prob|probs|prolly|possibly|likely|say|like|guess|pretty\s+much"
                      r"|more\s+or\s+less|give\s+or\s+take|or\s+so|tbf|if\s+i['’]?m\s+honest"
                      r"|or\s+thereabouts|or\s+around\s+there|at\s+a\s+push"
                      r"|(?:i['’]?m|im|i\s+am)\s+thinking|(?:i['’]?d|id|i\s+would)\s+put\s+it\s+at"
                      r"|i\s+(?:think|guess|reckon|suppose)|i['’]?d\s+say|i\s+would\s+say|a"
                      r"|(?:i['’]?d\s+|i\s+would\s+)?(?:give\s+(?:it|things)|go\s+(?:for|with))"
                      r"|tbh|to\s+be\s+honest|honestly|solid"
                      r"|at\s+the\s+moment|right\s+now|for\s+now|today|now)\b|(?<=\d)\s*ish\b"
                      r"|(?<=[a-z])-?ish\b|\s*/\s*(?:10|ten)\b|\b(?:out\s+)?of\s+(?:10|ten)\b")
# Who gave the number, before it: "mum said 5", "she put it at a 4", "JD gave seven", "dad:
# 6", "step-dad said 2". Taken off where the question asks for that person's number, and read
# where it asks for the child's own (`_giver`).
_A_NUMBER = on_first_use(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_SAID_BY = on_first_use(r"^(?P<who>(?:[\w'’]+(?:-[\w'’]+)*\s+){0,2}?[\w'’]+(?:-[\w'’]+)*)\s*"
                        r"(?:[:=–-]\s*|\s(?:said|says?|gave|gives"
                        r"|put|puts|chose|chooses|picked|picks|rated|rates|scored|scores"
                        r"|thinks?|reckons?|feels?|would\s+say|['’]d\s+say|went\s+for|goes\s+for"
                        r"|pointed\s+(?:to|at)|points\s+(?:to|at))(?:\s+(?:it|things|this|that|herself|himself"
                        r"|themselves))?(?:\s+(?:at|as|was))?\s+)(?=\S)")
# Who gave the number, written straight before it with nothing between: "mum 5", "dad
# seven" (one of `_NOT_THE_CHILD`, so "maybe 5" is not read as someone).
_NAMED_BEFORE = on_first_use(r"^(?P<who>[a-z][\w'’-]*)\s+(?=\S+$)")
# How a child's number was given, after it: "on the faces", "on her ladder", "on the steps
# scale", "on the smiley faces". No digit: "on a 5 point scale" is a scale of another size.
_ON_THE_CHILDS_SCALE = on_first_use(
    r"\s*(?:,\s*)?\bon\s+(?:the|her|his|their|a|my)\s+(?:smiley\s+|feelings?\s+|sad\s+to\s+happy\s+)?"
    r"(?:faces?|ladder|steps|stairs|scale)(?:\s+scale)?$")
# A scale whose title says it is the child's own number ("The child", "The young person",
# "The child's own number"), where "she said 3" is theirs and "mum said 3" is not.
_CHILDS_TITLE = on_first_use(r"the (child|young person)\b(?!\s+protection)", re.IGNORECASE)
# Who, named as giving a number, is not the child: family and the services around them.
# ("I" and "we" are left out: "I'd say 3" and "I think 3" only say how sure.)
_NOT_THE_CHILD = frozenset((
    "mum", "mummy", "mam", "mom", "mommy", "mother", "dad", "daddy", "father", "nan", "nana",
    "nanna", "nanny", "gran", "granny", "grandma", "grandmother", "grandad", "granddad",
    "grandpa", "grandfather", "aunt", "auntie", "aunty", "uncle", "carer", "carers", "parent",
    "parents", "stepdad", "stepmum", "stepfather", "stepmother", "partner", "boyfriend",
    "girlfriend", "bf", "gf", "teacher", "tutor", "school", "nursery", "college", "police",
    "officer", "worker", "sw", "hv", "gp", "senco", "dsl", "sister", "brother", "sis", "bro",
    "sibling", "siblings", "cousin", "friend", "friends", "mate", "mates", "foster", "fc",
    "neighbour", "family", "head", "headteacher", "midwife", "visitor", "nurse", "doctor",
    "pc", "ta", "staff", "professionals", "everyone", "everybody", "adults",
    # as case notes shorten them: a maternal or paternal grandmother or grandfather, a birth
    # mother, father or parents, a children's, family support, student or independent social
    # worker, the independent reviewing officer, a team manager, a key or support worker, the
    # education welfare officer, youth offending team, CAMHS, a detective or a PCSO (a child
    # whose initials are one of these is asked to send the number alone: nothing is lost)
    "mgm", "mgf", "pgm", "pgf", "bm", "bd", "bp", "csw", "fsw", "ssw", "isw", "iro", "tm",
    "kw", "rsw", "ewo", "yot", "camhs", "dc", "ds", "pcso",
    # a care leaver's personal adviser, the youth offending (or justice) service, a youth or
    # early help worker, a stepdad or stepmum, a head teacher, a probation officer, a foster
    # parent
    "pa", "yos", "yjs", "yw", "ehw", "sd", "sm", "ht", "po", "fp"))
# The services among them: at the worker's own number, "school: 5" or "HV said 4" may be
# the worker speaking for their own service.
_SERVICES = frozenset((
    "teacher", "tutor", "school", "nursery", "college", "police", "officer", "worker", "sw",
    "hv", "gp", "senco", "dsl", "head", "headteacher", "midwife", "visitor", "nurse", "doctor",
    "pc", "ta", "staff", "professionals", "everyone", "everybody", "adults", "csw", "fsw",
    "ssw", "isw", "iro", "tm", "kw", "rsw", "ewo", "yot", "camhs", "dc", "ds", "pcso", "pa",
    "yos", "yjs", "yw", "ehw", "ht", "po"))
# Who the child is, named as giving their own number: "she said 3", "the child chose 4".
_THE_CHILD = frozenset(("she", "he", "they", "s/he", "child", "the child", "young person",
                        "the young person", "yp", "cyp", "the yp", "boy", "girl", "the boy",
                        "the girl"))
# "her nan", "his sister", "the school": whoever a possessive or "the" names is someone the
# child has, not the child ("the child" itself is in `_THE_CHILD`).
_SOMEONE_OF = frozenset(("her", "his", "their", "my", "our", "your", "the"))


def childs_number(step: FlowStep) -> str | None:
    """Whose own number a scale asks for, as its title says: "child" or "young person";
    None for anyone else's."""
    whose = _CHILDS_TITLE.match(step.title) if step.kind.widget == "scale" else None
    return None if whose is None else whose[1].lower()


_WOULD = on_first_use(r"['’]d$")
_A_WORD = on_first_use(r"[^\W\d_]+")  # of who gave a number: "her", "PA", "step", "dad"


def _giver(step: FlowStep, text: str) -> tuple[str, str] | None:
    """At the child's own number, who a number is said to be from ("mum said 3"): as read
    (small letters, without the "'d" of "she'd say 4") and as typed; None at any other
    question, or where nobody is named."""
    if not childs_number(step) and not _own_number(step):
        return None
    given = _SAID_BY.match(text.strip().casefold())
    if given is None:
        return None
    who = _WOULD.sub("", given["who"])
    return who, text.strip()[:len(who)]


def given_by_someone_else(step: FlowStep, text: str) -> str | None:
    """Who else, as typed, a number at the child's own number is said to be from ("mum said
    3", "Dad: 4", "her nan gave it a 6"); None where it is the child's ("she said 3", "T
    chose 4") or nobody is named. Saved, it would be printed as the child's own number.
    At a parent's or a carer's number, the child plainly named ("yp says 8")."""
    if step.kind.widget == "scale" and step.role == "perspective" and not childs_number(step):
        return _the_child_at_theirs(text)
    giver = _giver(step, text)
    if giver is None or not _A_NUMBER.search(text):  # "nan picks her up every day": none
        return None
    who, typed = giver
    words = _A_WORD.findall(who)
    if _own_number(step):
        # at the worker's own number, the family's and the child's numbers are theirs, not
        # this one ("4 mum said"); a service named may be the worker's own ("school: 5")
        others = who in _THE_CHILD or any(word in _NOT_THE_CHILD and word not in _SERVICES
                                          for word in words) \
            or (bool(words) and words[0] in _SOMEONE_OF - {"our", "my"}
                and not all(word in _SERVICES for word in words[1:]))
        return _A_WORD.sub(_short_or_small, typed) if others else None
    if who in _THE_CHILD:
        return None
    if any(word in _NOT_THE_CHILD for word in words) or (words and words[0] in _SOMEONE_OF):
        return _A_WORD.sub(_short_or_small, typed)
    return None


def only_their_number(step: FlowStep, text: str) -> str | None:
    """Who else, as typed, `text` gives a number from and nothing more ("mum said 6", "her
    nan gave 3"), where the worker's own number is asked; None for anything else."""
    if not _own_number(step) or (who := given_by_someone_else(step, text)) is None:
        return None
    rest = _HEDGE.sub(" ", _SAID_BY.sub("", text.casefold().strip(), count=1)).strip(" .!~")
    return who if re.fullmatch(r"\d{1,2}", NUMBER_WORDS.get(rest, rest)) else None


# The child named as nobody else is: at a parent's number "she" or "S" may be that parent.
_PLAINLY_THE_CHILD = _THE_CHILD - {"she", "he", "they", "s/he"}


# An agency named as giving a number at a parent's or a carer's ("School: 4", "PC Jones: 3",
# "social worker: 4"): its first word. Not "worker" or "staff" alone, nor "KW", a young
# person's carer where they live.
_AGENCY_FIRST = frozenset((
    "school", "teacher", "nursery", "college", "police", "pc", "pcso", "ds", "dc", "officer",
    "hv", "health", "gp", "nurse", "doctor", "midwife", "sw", "csw", "social", "dsl", "senco",
    "camhs", "iro", "yot", "yos", "yjs", "ewo", "headteacher", "probation", "housing"))
# How a message names the child, read as giving a number ("the young person"), and what
# follows from it: the agencies' question is no place for theirs.
_CHILD_AS_TYPED = frozenset(f"the {who}" for who in _PLAINLY_THE_CHILD) | _PLAINLY_THE_CHILD


def _the_child_at_theirs(text: str) -> str | None:
    """At a parent's or a carer's number, the child plainly named as giving it, as typed
    ("the young person said 8", "yp says 8 - happier"): saved, the young person's number
    was the carer's. So an agency ("School: 4", "PC Jones: 3"), as typed: saved, the
    school's number was mum's."""
    given = _SAID_BY.match(text.strip().casefold())
    who = _WOULD.sub("", given["who"]) if given is not None else ""
    if who in _PLAINLY_THE_CHILD:
        typed = text.strip()[:len(who)].lower()
        return typed if typed.startswith("the ") else f"the {typed}"
    words = _A_WORD.findall(text.strip()[:len(who)])
    if not words or words[0].casefold() not in _AGENCY_FIRST:
        return None
    # "PC Jones" is someone, named as typed; "the school", "the HV", "the social worker" a
    # service
    if len(words) > 1 and words[-1][:1].isupper() and not words[-1].isupper():
        return " ".join(words)
    return "the " + " ".join(_short_or_small(w) for w in _A_WORD.finditer(" ".join(words)))


def _own_number(step: FlowStep) -> bool:
    """Whether a scale asks for the number of whoever is answering (not a parent's, nor the
    child's)."""
    return step.kind.widget == "scale" and step.role == "question" and not childs_number(step)


def _short_or_small(word: re.Match[str]) -> str:
    """A short form in capitals as typed ("PA", "MGM"), any other word in small letters
    ("Dad" mid-sentence is "dad")."""
    return word[0] if len(word[0]) > 1 and word[0].isupper() else word[0].lower()


def said_by_the_child(step: FlowStep, text: str) -> bool:
    """At the child's own number, whether a number said to be from someone is plainly the
    child's: "she said 3", "the young person chose 4", or by initials in capitals ("T said
    three", "KB chose 4"), as practitioners write a child. A name ("Jo said 4"), which may as
    well be a parent's, is not read as theirs: the number is offered back, to be sent alone if
    it is the child's."""
    giver = _giver(step, text)
    return giver is not None and (giver[0] in _THE_CHILD
                                  or bool(re.fullmatch(r"[A-Z]{1,3}", giver[1])))


# A place between two on the scale: "6.5", "6½", "6 and a half" (its "a" taken off, `_HEDGE`).
# (and "6 point 5", as dictation writes "6.5" said aloud)
# (and "3 and a bit", a little past 3, which is as much between two)
_AND_A_HALF = (r"(?:[.,]\d+|\s+point\s+\d|\s*½"
               r"|\s+(?:and|&|n)\s+(?:a\s+)?(?:half|(?:little\s+|tiny\s+|wee\s+)?bit))")
_HALF = on_first_use(r"(\d{1,2})" + _AND_A_HALF)
# Two numbers for one place on the scale: "6/7", "6-7", "6 or 7", "between 6 and 7".
_TWO_PLACES = r"(?:between\s+)?\d{1,2}\s*(?:/|-|–|or|and|to)\s*\d{1,2}"
_BETWEEN = on_first_use(_TWO_PLACES)
# Only not knowing, typed at a choice none of whose options says it.
_UNSURE = on_first_use(r"(?:i'?m\s+|i\s+am\s+|i\s+have\s+|i've\s+)?(?:not\s+sure|unsure"
                       r"|(?:i\s+)?(?:really\s+)?(?:don'?t|do\s+not)\s+know|dunno|i?dk|n/?k"
                       r"|no\s+(?:idea|clue)|not\s+a\s+clue|not\s+known|unknown|can'?t\s+say)"
                       r"(?:\s+yet)?")
_UNKNOWN = on_first_use(r"n/?a|n/?k|n\.k|not\s+sure|unsure|(?:i\s+)?don['’]?t\s+know|dunno|i?dk"
                        r"|no\s+(?:idea|clue)|unknown|not\s+known|\?+|not\s+(?:yet\s+)?asked(?:\s+yet)?"
                        r"|(?:has|have|was|were)n['’]?t\s+(?:been\s+)?asked(?:\s+yet)?")


# Someone not giving a number ("she didn't want to give a number", "he wouldn't say",
# "refused", "no number given"), as the writer notes it at a scale.
_NOT_GIVEN = on_first_use(
    r"(?:(?:he|she|they|the\s+child|child|(?:the\s+)?(?:young\s+person|yp)|mum|dad|[a-z]{1,3}"
    r")(?:\s*\(\d{1,2}\))?\s+)?"
    r"(?:(?:did\s*n['’]?t|did\s+not|would\s*n['’]?t|would\s+not|wo\s*n['’]?t|could\s*n['’]?t"
    r"|could\s+not|can['’]?t|can\s*not|does\s*n['’]?t|does\s+not)\s+(?:want\s+to\s+|wish\s+to\s+)?"
    r"(?:give|say|choose|pick|answer|do|rate|score|use|want\s+to|engage)"
    r"(?:\s+(?:one|it|a\s+number|any(?:thing)?|a\s+score|the\s+faces|the\s+scale|the\s+ladder"
    r"|this|that|one\s+today))*"
    r"|refused|declined|no\s+(?:number|score)(?:\s+(?:given|chosen))?|not\s+given|none\s+given)"
    r"(?:\s+(?:to\s+(?:me|us)|yet|today))?")


# Between two places, with why after it: "3.5 because dad moved out", "6 or 7 - better".
_BETWEEN_THEN_WHY = on_first_use(
    r"(?P<place>\d{1,2}" + _AND_A_HALF + "|" + _TWO_PLACES + ")"
    r"(?:\s*[-–—:,;.(]+\s*|\s+(?=(?:because|as|since|cos|coz|bc|but)\b))[^\W\d_].*",
    re.DOTALL)


def _place_before_why(said: str) -> str:
    """Between two places with why after it ("3 and  half because ...", folded, in digits):
    the places alone, asked which fits as they are without why; else `said` as it is."""
    found = _BETWEEN_THEN_WHY.fullmatch(said)
    return said if found is None else found["place"]


def about_the_number(text: str) -> bool:
    """Whether words a scale could not take are plainly about its number, not another
    answer's: not knowing it ("don't know", "not asked yet") or two places side by side ("2 or
    3", "between 4 and 5", "6 and a half")."""
    folded = text.casefold()
    return bool(_UNKNOWN.fullmatch(folded.strip(" .!"))
                or _NOT_GIVEN.fullmatch(folded.strip(" .!"))
                or _BETWEEN.fullmatch(plain := _place_before_why(
                    in_digits(_HEDGE.sub(" ", folded).strip(" .!?~"))))
                or _HALF.fullmatch(plain))


TYPES: dict[str, QuestionType] = {
    "text": QuestionType(), "list": ListType(), "choice": ChoiceType(),
    "multi_choice": MultiChoiceType(), "yes_no": YesNoType(), "scale": ScaleType(),
    "note": NoteType(),
}


# A typed choice as a phone types it: no punctuation or case ("yes as far as i know"), a
# slip of a letter or two ("conferance"), or "not sure" for an option of not knowing.
_NOT_WORD = on_first_use(r"[^\w\s]+")
_NOT_KNOWING = on_first_use(r"\b(?:not\s+sure|unsure|(?:do\s*n[o']?t|dunno|don)\s*know|idk|n/?k|"
                            r"no\s+idea|dunno|unknown|not\s+known|can'?t\s+say)\b")
# What may stand beside "not sure" in an answer that says only that ("I'm just not sure
# yet tbh"). Anything else ("No, not sure he can go home", "yes, not sure about tomorrow")
# says more than not knowing, and is not recorded as "I don't know".
_FILLER = frozenset({"i", "im", "am", "we", "were", "really", "honestly", "just", "still",
                     "yet", "at", "the", "moment", "right", "now", "quite", "totally",
                     "completely", "sure", "tbh", "to", "be", "honest", "so", "far", "its",
                     "it", "thats", "that", "currently", "as", "of", "today"})
_SLIP = 0.85  # how alike a typed word and an option must be (difflib's ratio) to be a slip
_SLIP_LEAST = 5  # shorter words are not read as slips: "now" is not "no"


_DIGITS = on_first_use(r"\d+")
# Numbers apart, with something between each two (a digit run is never split two ways: a
# long one with a letter after it would take the match seconds per digit).
_NUMBERS_ONLY = on_first_use(r"\d+(?:\s*(?:[,;&+/]|\band\b)\s*\d+|\s+\d+)*", re.IGNORECASE)
# Options typed with "and", "&", ";" or "+" between them, as well as commas.
_JOINED = on_first_use(r"\s*(?:[,;&+]|\band\b)\s*", re.IGNORECASE)
_SLIP_APART = 0.1  # a slip is only read when no other option is nearly as close
# Shorthand typed for a word an option spells out: "v likely" is "very likely".
_SHORTHAND = {"v": "very", "vv": "very", "prob": "probably", "probs": "probably",
              "poss": "possibly", "def": "definitely", "defo": "definitely",
              "deffo": "definitely", "pos": "possibly", "sig": "significant",
              "mod": "moderate", "sev": "severe"}


def plain_words(text: str) -> str:
    """Typed text as bare words: no punctuation, case or apostrophes ("Don't!" is "dont")."""
    return " ".join(_NOT_WORD.sub("", text.replace("’", "'").casefold().replace("'", "")).split())


# What people add around a choice they are not quite sure of: "2 I guess", "significant I
# think", "probably likely". The choice is kept; how sure they are belongs in the words
# asked for next.
_HEDGED = on_first_use(r"\b(?:i\s+(?:think|guess|suppose|reckon)(?:\s+so)?|id\s+say|probably"
                       r"|prob|probs|maybe|perhaps|tbh|to\s+be\s+honest|id\s+go\s+(?:for|with)"
                       r"|(?:go|going)\s+(?:for|with)|err*m*|umm*|hmm*|ok|okay)\b")


def left_with_choice(step: FlowStep, typed: str, value: Value, numbered: bool = True
                     ) -> str | None:
    """The words typed after an option and taken with it ("Child protection conference, 12
    Dec" is the conference), which only the option is saved without: said, not dropped
    unsaid. None when nothing but the option (and words of being unsure) was typed."""
    if step.kind.widget != "one" or not isinstance(value, str):
        return None
    parts = _THEN_MORE.split(typed.strip(), maxsplit=1)
    if len(parts) != 2 or not _unhedged(parts[1]) \
            or plain_words(typed) in {plain_words(c.label) for c in step.spec.choices} \
            or ChoiceType._match_all(step, [parts[0]], numbered) != [value]:
        return None
    return parts[1].strip()


def _unhedged(typed: str) -> str:
    """A typed answer in plain words, with what it says about being unsure taken out."""
    return " ".join(_HEDGED.sub(" ", plain_words(typed)).split())


def _unsure(step: FlowStep, typed: str, numbered: bool = True) -> str | None:
    """The option an answer names with words of being unsure around it ("2 I guess",
    "significant I think"), or a plain "yeah" or "nope" for an option "Yes" or "No" (but
    not "yeah I think so")."""
    hedged = _unhedged(typed)
    if plain_words(typed) in _PLAIN:
        hedged = SAID[plain_words(typed)]
    elif hedged == plain_words(typed) or not hedged or hedged in _PLAIN or hedged in ("yes", "no") \
            or hedged in SAID or set(hedged.split()) <= _SAYS_NO:
        # "yeah I think so", "yes I think", "probably not": not a plain yes or no, which a
        # family's agreement or whether harm happened must not be recorded as on a guess
        return None
    return next(iter(ChoiceType._match_all(step, [hedged], numbered)), None)


def _no_option(typed: str, numbered: bool) -> str:
    """Why a typed choice was not taken: it matched no option, or it is a number where the
    options were not shown numbered (said back, since it may have been meant as words)."""
    if numbered:
        return MSG["not_choice"]
    if _NUMBERS_ONLY.fullmatch(typed.strip()):
        return MSG["not_numbered"].format(typed=" ".join(typed.split()))
    return MSG["not_choice_unnumbered"]


def _words_of_one(step: FlowStep, plain: str) -> str | None:
    """The one option whose words hold every word typed ("some of it" is "Happy for some of
    it", but "v unlikely" is not "Unlikely"); None when none or several do, or when fewer
    than two words are typed."""
    typed = set(_spelt_out(plain).split())
    if len(typed) > 1 and not typed <= _WHO_DID:  # "she drew and talked": who did it aside
        typed -= _WHO_DID
        if len(typed) == 1 and (found := next((c.value for c in step.spec.choices
                                              if typed == set(plain_words(c.label).split())),
                                             None)):
            return found  # "she talked" is "Talked"
    # One word ("meeting", "help", "child") is too little to name an option by: several
    # hold it, or it means something else ("help" is /help). Nor are words that only say no.
    if len(typed) < 2 or not any(len(word) >= 3 and word not in _SAYS_NO | {"yet"}
                                 for word in typed):  # "not yet" is no, not "Not talked about yet"
        return None
    fits = [choice for choice in step.spec.choices if typed <= _option_words(choice)]
    if len(fits) != 1:
        return None
    # "agreed" is not "Not yet asked or not agreed", nor "talked about" "Not talked about
    # yet": an option that says no where the words typed don't is their opposite. "Without"
    # says no only to the words after it: "out late" is "Out late or missing without
    # explanation", "thought for the child" is not "without thought for the child".
    words = _option_words(fits[0])
    return None if (words & _SAYS_NO) - typed - {"without"} or _denies(fits[0], typed) \
        else fits[0].value


def names_options(step: FlowStep, typed: str) -> bool:
    """Whether every word typed is in some option's words ("serious", "not told"): an
    attempt at the choice, not words meant for another question."""
    return bool(_options_holding(step, _unhedged(typed)))


def _options_holding(step: FlowStep, plain: str) -> list[tuple[int, str]]:
    """(number, label) of each option whose words hold every word typed, but not one that
    says no where the words typed don't ("told" is not "Not told yet")."""
    typed = set(_spelt_out(plain_words(plain)).split())
    if not any(len(word) >= 3 for word in typed):
        return []
    return [(n, choice.label) for n, choice in enumerate(step.spec.choices, start=1)
            if typed <= _option_words(choice) and not _denies(choice, typed)]


def _denies(choice: ChoiceSpec, typed: set[str]) -> bool:
    """Whether the option says no to a word typed, which the words typed do not ("told" in
    "Not told yet", "harm" in "Little or no harm so far"): its no-word is one of the two
    words before it. ("Some harm" is still "Some harm, not lasting so far".)"""
    words = plain_words(choice.label).split()
    return any(word in _SAYS_NO and word not in typed and typed & set(words[n + 1:n + 3])
               for n, word in enumerate(words))


def _held_by_one(step: FlowStep, plain: str) -> bool:
    """Whether only one option holds every word typed, counting those that say no ("harm"
    is in "Little or no harm so far" too)."""
    typed = set(_spelt_out(plain_words(plain)).split())
    return sum(typed <= _option_words(choice) for choice in step.spec.choices) == 1


def _option_words(choice: ChoiceSpec) -> set[str]:
    """An option's label and value as bare words."""
    return set(plain_words(f"{choice.label} {choice.value.replace('_', ' ')}").split())


# Who did what an option names, typed before it: "she drew", "they both talked".
_WHO_DID = frozenset({"she", "he", "they", "we", "i", "it"})
_SAYS_NO = frozenset({"not", "no", "dont", "cant", "wont", "never", "without", "nor", "neither"})


def _only_not_knowing(typed: str) -> bool:
    """Whether an answer says it does not know, and nothing else besides."""
    folded = typed.casefold().replace("’", "'")
    if not _NOT_KNOWING.search(folded):
        return False
    return set(plain_words(_NOT_KNOWING.sub(" ", folded)).split()) <= _FILLER


def _spelt_out(plain: str) -> str:
    return " ".join(_SHORTHAND.get(word, word) for word in plain.split())


def _nearly(step: FlowStep, typed: str) -> str | None:
    """The one option a typed answer can only mean, when it is not its number, value or
    label exactly; None when it could mean none, or more than one."""
    choices = step.spec.choices
    plain = _unswapped(choices, plain_words(typed))
    if not plain:
        return None
    exact = {c.value for c in choices if {plain, _spelt_out(plain)}
             & {plain_words(c.value.replace("_", " ")), plain_words(c.label)}}
    if len(exact) == 1:
        return exact.pop()
    if _only_not_knowing(typed):
        unsure = {c.value for c in choices
                  if _NOT_KNOWING.search(f"{c.value.replace('_', ' ')} {c.label}".casefold())}
        return unsure.pop() if len(unsure) == 1 else None
    if len(plain) < _SLIP_LEAST:
        return None
    named = {plain_words(c.value.replace("_", " ")): c.value for c in choices}
    named.update({plain_words(c.label): c.value for c in choices})
    # "v likely" is as near "likely" as "very likely": nearly as close to two is neither.
    near = {named[n] for n in difflib.get_close_matches(plain, list(named), n=len(named),
                                                         cutoff=_SLIP - _SLIP_APART)}
    close = {named[n] for n in difflib.get_close_matches(plain, list(named), n=3, cutoff=_SLIP)}
    if len(close) != 1 or len(near) != 1:
        return None
    value = close.pop()
    # "no significant" is "significant" but for one short word, and that word turns it
    # round: a slip may mend a letter, never add or drop a "no", "not" or "never", nor the
    # "in" of "insignificant" or the "im" of "impossible".
    option = plain_words(next(f"{c.value.replace('_', ' ')} {c.label}"
                         for c in choices if c.value == value))
    if _negated(plain) != _negated(option) or _prefix_turned(plain, option):
        return None
    return value


def _slipped_yes_or_no(step: FlowStep, typed: str, numbered: bool) -> str | None:
    """The option a thumb's slip for yes or no names ("Yess", "Noo", "yse"), where a plain
    "yes" or "no" names one ("Yes, as far as I know"); None otherwise."""
    plain = plain_words(typed)
    slip = _SLIPPED.fullmatch(plain)
    if slip is None or _EMOJI.search(typed):
        return None
    said = "no" if plain.startswith("n") else "yes"
    if plain == said:  # a plain yes or no matched no option already
        return None
    return next(iter(ChoiceType._match_all(step, [said], numbered)), None)


def _said_back_then_more(text: str) -> list[str]:
    """A yes or no said back with its verb and more words after it, with no stop between, as
    dictation writes it ("no he doesn't he says mum winds him up"): the two parts as typed;
    [] for anything else."""
    words, plain = text.split(), plain_words(text)
    found = _SAID_BACK.match(plain)
    if found is None and " " in plain:  # "partly she does but ...", read as "yes she does" is
        found = _SAID_BACK.match(plain := "yes" + plain[plain.index(" "):])
    if found is None:
        return []
    said = len(plain[:found.end("verb")].split())
    return [" ".join(words[:said]), " ".join(words[said:])] if len(words) > said else []


# A sentence of its own after a first word, with no stop between: "yep we did it together"
_CLAUSE_AFTER = on_first_use(r"(?P<head>[^\W\d_]+)[\s,.!]+(?P<rest>(?:we|he|she|they|i|it"
                             r"|there|their|dad|mum|but)\b.*)", re.IGNORECASE | re.DOTALL)


def _word_then_clause(text: str) -> list[str]:
    """A first word, then a sentence of someone doing something ("yep we did it together",
    "Partly she does but she blames him"): the two parts as typed; [] for anything else."""
    found = _CLAUSE_AFTER.fullmatch(text.strip())
    return [found["head"], found["rest"]] if found else []


def _said_back_yes_or_no(step: FlowStep, typed: str, numbered: bool) -> str | None:
    """The option "Yes" or "No" names where a yes or no is said back with the question's
    verb ("no he doesn't" to "Does the adult accept ...?"), or "know" dictated for "no", as
    a yes-or-no question reads them; None otherwise."""
    plain = _undictated(typed)
    said = _said_back_or_no(plain, step.spec.ask)
    if said is None and (head := plain.partition(" ")[0]) not in ("yes", "no"):
        # "partly she does": an option of one word, said back as "yes she does" is
        said = head if said_back("yes" + plain[len(head):], step.spec.ask) == "yes" else None
    if said is None or plain_words(typed) == said:  # a plain yes or no matched no option
        return None
    return next((c.value for c in step.spec.choices if plain_words(c.label) == said), None)


def _unswapped(choices: Sequence[ChoiceSpec], plain: str) -> str:
    """The typed words with two letters typed the wrong way round put right, where that
    makes one word of an option ("likley" is "likely", "partyl" "partly"): a slip too far
    from the word for `_SLIP` to read it."""
    known: set[str] = set().union(*(_option_words(c) for c in choices))
    # Only a word as long as an option's can be one mistyped: a longer one is not turned
    # round letter by letter (a line of 64,000 letters piped in made 64,000 copies of
    # itself, four gigabytes, to find none).
    lengths = {len(k) for k in known}
    out = []
    for word in plain.split():
        if len(word) < 4 or len(word) not in lengths or word in known:
            out.append(word)
            continue
        turned = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
        found = turned & known
        out.append(found.pop() if len(found) == 1 else word)
    return " ".join(out)


# Words that turn an answer round, as _plain leaves them ("isn't" is "isnt").
_NEGATING = _SAYS_NO | frozenset({"isnt", "arent", "wasnt", "werent", "doesnt", "didnt",
                                  "hasnt", "havent", "hadnt", "aint", "shouldnt", "wouldnt",
                                  "couldnt", "nothing", "none", "nobody", "nowhere", "non"})


def _negated(plain: str) -> bool:
    return not _NEGATING.isdisjoint(plain.split())


# Beginnings that turn a word round: "impossible", "unlikely", "nonsignificant" (as _plain
# leaves "non-significant").
_NEGATING_PREFIXES = ("non", "dis", "im", "in", "un", "ir", "il")


def _prefix_turned(typed: str, option: str) -> bool:
    """Whether a typed word is an option's word with a negating beginning added or dropped:
    "impossible" for "possible", "safe" for "unsafe"."""
    return any(_one_prefix_apart(one, other) or _one_prefix_apart(other, one)
               for one in typed.split() for other in option.split())


def _one_prefix_apart(turned: str, word: str) -> bool:
    for prefix in _NEGATING_PREFIXES:
        rest = turned.removeprefix(prefix)
        if rest != turned and len(rest) >= 3 and not word.startswith(prefix):
            return difflib.SequenceMatcher(None, rest, word).ratio() >= _SLIP
    return False


def _too_long_headed(flow: Flow, step: FlowStep, text: str) -> str:
    """What to say of a report pasted whole over the limit, parts of it headed as other
    columns this tool asks about ("Strengths: ... Next steps: ..."): not to cut it down, as
    of any answer too long, but that those parts have questions of their own, and how long
    this question's part is; "" for any other."""
    parts = headed_elsewhere(flow, step, text)
    if not parts:
        return ""
    own = len(parts_by_column(text, step.column).get(step.column, ""))
    return MSG["too_long_headed"].format(n=len(text), max=step.spec.max_length, own=own,
                                         parts=quoted(parts))


def too_long(length: int, limit: int) -> str:
    """What to say of an answer over its length limit: a little over, or how far."""
    over = length - limit
    if over <= max(limit // 10, 20):
        return MSG["too_long"].format(n=length, max=limit)
    return MSG["far_too_long"].format(n=length, max=limit, over=over)
