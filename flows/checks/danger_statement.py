"""Danger statement: who is worried, what an adult does, and what could happen to the child.

A danger statement a practice lead accepts has three parts: who is worried; what an adult
did or does (a caregiver, or in harm outside the family the adults who exploit or abuse
the child), described as behaviour rather than a label; and the likely effect on the child
if nothing changes. `danger_statement_gaps` lists what is missing or labelled, and flags a
statement that makes the child the cause of their own harm.

A transparent reading of word classes (who, modal verbs, behaviour verbs), not understanding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flows.checks.lexicon import (
    ADULT,
    ADULT_RE,
    ADULT_WORDS,
    CHILD,
    CHILD_RE,
    HARM,
    NAME,
    NAME_RE,
    PROFESSIONAL,
    SUBSTANCE,
    SUBSTANCE_WORDS,
)
from flows.checks.plain_language import find_blame, find_jargon
from flows.checks.privacy import looks_like_a_name
from flows.checks.text import (
    Needles,
    alternation,
    cased_heads,
    fold,
    lettered_heads,
    longest_first,
    mask_quotes,
    needles,
    taken_for,
    words,
)
from flows.checks.words import WordList
from flows.regex import compiled, on_first_use

_I = re.IGNORECASE
# (its words' common starts shared: searched, it is tried at every word of a statement)
_WORRY_WORDS = ("worried concerned afraid frightened scared anxious fearful troubled worry worries "
                "fear fears feared")
_WORRY = rf"\b{cased_heads(alternation(_WORRY_WORDS))}\b"
_WORRY_RE = on_first_use(_WORRY, _I)
_IMPERSONAL = on_first_use(r"\bthere\s+(?:is|are|were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?"
                           r"(?:concerns?|worr(?:y|ies)|fears?)\b|\bconcerns\s+(?:have\s+been|were"
                           r"|are)\s+raised\b|\bit\s+is\s+(?:feared|believed|thought)\b", _I)
_NOT_A_WORRIER = words("there it this that which")
_WORD = on_first_use(r"[\w'’]+")
# An adult, a pronoun or a person's initial, then (with a few helper words) what they do.
_HELPERS = (r"(?:(?:has|have|had|is|are|was|were|been|being|keeps|kept|continues\s+to|will|would"
            r"|often|sometimes|regularly|repeatedly|also|then|still|again|has\s+been|have\s+been"
            r"|does\s+not|doesn['’]t|did\s+not|didn['’]t|do\s+not|don['’]t|is\s+not|isn['’]t"
            r"|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|wasn['’]t|weren['’]t|has\s+not"
            r"|have\s+not|had\s+not|will\s+not|can"
            r"['’]t|cannot|not|never|rarely|often|usually|always|gets|got|starts|started|tends\s+"
            r"to|used\s+to|may|might|could|both|all|and|or|then|sometimes|to|(?!comply|apply|reply"
            r"|supply|rely)\w{2,}ly|who|can|could|will|would|which|unable\s+to|fails?\s+to|failed\s+to"
            r"|forgets?\s+to|forgot\s+to|refuses?\s+to|refused\s+to|struggles?\s+to|too\s+\w+\s+to"
            r"|drunk|high|asleep|plans?|planned|planning|intends?|intended|means|meant|threatens?"
            r"|threatened|arranged?|arranges|trying|tries|tried|wants?|wanted|going)\s+(?:to\s+)?){0,4}")
# An adult a child is trusted to outside the family, by their role: "the youth leader", "a
# volunteer at the mosque", "the swimming instructor", "the imam".
_TRUSTED = (r"\b(?:(?:youth|church|scout|cub|brownie|guide|sports?|football|rugby|cricket"
            r"|swimming|dance|drama|music|boxing|martial\s+arts|karate|club|sunday\s+school"
            r"|madrassa|mosque|temple|gurdwara|choir|bible\s+class)\s+(?:leader|worker|coach"
            r"|teacher|volunteer|instructor|helper|master|mistress)|volunteer|imam|priest|vicar"
            r"|pastor|minister|rabbi|scoutmaster|instructor|lifeguard|choirmaster|sensei)s?\b")
# Each way a person is written starts a word, so `(?<!\w)` changes no match: it only spares
# `re` trying every way at every letter of the text.
_ACTOR = (rf"(?<!\w)(?:\b{ADULT}\b|\b(?:he|she|they|someone)\b|(?<![\w'’])[A-HJ-Z](?![\w'’])"
          rf"|\bwho\b|{NAME}|{_TRUSTED})"
          # their initials in brackets after who: "Stepfather (S) grabs" (not a child's age)
          r"(?:\s*\((?-i:[A-Z]{1,3})\))?"
          r"(?:\s+(?:in|from|at|on|of|near|around)\s+(?:the\s+)?\w+)?")
_BEHAVIOUR = on_first_use(rf"{_ACTOR}(?:['’]s\s+\w+)?\s+{_HELPERS}{HARM}\b", _I)
# "Mum and Dad inject heroin in the flat and leave needles": the later verb is theirs too.
_CHAINED = on_first_use(
    rf"{_ACTOR}\s+(?:[\w'’]+,?\s+){{1,14}}?(?:(?:and|or|then|but)\s+|(?<=,\s)){_HELPERS}{HARM}\b",
    _I)
_BY_ADULT = on_first_use(
    r"\b(?:convicted|accused|arrested|cautioned|charged)\s+(?:of|for|with)\s+(?:\w+\s+){0,3}"
    rf"(?:{HARM}|offences?|crimes?)|\b{HARM}\s+(?:\w+\s+){{0,4}}by\s+(?:\w+\s+)?{_ACTOR}", _I)
# Any other verb an adult does ("walks into the bathroom", "arrives"), less the verbs that say
# what an adult is, has, feels, thinks or says, or what they drink or take, and less the
# "-ed" of a state after "is" or "was" ("depressed", "isolated").
# (Written with their common starts shared: `_NOT_DOING` is only ever asked not to match, so
# the order its words are tried in changes nothing, and `re` tried its 217 words one by one
# after every person of a statement.)
_NOT_DOING_WORDS = (
    "is are was were be been being has have had does did do seems seem seemed appears appear"
    " appeared feels feel felt feeling needs need needed wants want wanted loves love loved"
    " likes like liked struggles struggle struggled struggling suffers suffer suffered"
    " suffering lacks lack lacked lacking presents present presented presenting engages engage"
    " engaged engaging misuses misuse misused misusing uses use used using drinks drink drank"
    " drinking smokes smoke smoked smoking injects inject injected injecting says say said"
    " saying thinks think thought believes believe believed knows know knew worries worried"
    " cares care cared tries tried trying continues continue continued remains remain remained"
    " becomes become became gets get got getting lives live lived living works work worked"
    " working coping managing doing denies denied denying minimises minimise minimizes minimize"
    " minimised minimized minimising minimizing refuses refuse refused refusing declines"
    " decline declined attends attend attended attending complies complied complying accepts"
    " accept accepted understands understand understood recognises recognise recognizes"
    " recognize recognised recognized acknowledges acknowledge acknowledged admits admit"
    " admitted reports report reported discloses disclose disclosed states state stated agrees"
    " agree agreed disputes dispute disputed means meant shows show showed demonstrates"
    " demonstrate demonstrated fails fail failed failing finds find found experiences"
    " experience experienced experiencing hears hear heard hearing sees see saw seeing always"
    " sometimes perhaps his hers its theirs towards afterwards besides unless less")
_NOT_DOING = rf"{alternation(_NOT_DOING_WORDS)}\b"
_DOER = (rf"(?<!\w)(?:\b{ADULT}\b|\b(?:he|she)\b|(?<![\w'’])(?-i:[A-HJ-Z])(?![\w'’])|{NAME})"
         r"(?:\s*\((?-i:[A-Z]{1,3})\))?\s+"
         r"(?:(?:often|sometimes|regularly|repeatedly|also|then|still|again|always|never"
         r"|usually|and|(?!comply|apply|reply|supply|rely)\w{2,}ly)\s+){0,3}")
# A deed ("walks", "grabbed") and a deed going on ("shouting"): a word of that shape that
# is not one of the words for a state, a person or a child.
_DEED_SHAPE = r"[a-z]{2,}(?:s|ed)\b"
_DEED = rf"(?!{_NOT_DOING}|{ADULT}\b|{CHILD}\b){_DEED_SHAPE}"
_GOING_ON_SHAPE = r"[a-z]{2,}ing\b"
_GOING_ON = rf"(?!{_NOT_DOING}){_GOING_ON_SHAPE}"
_ANY_DOING = on_first_use(
    rf"{_DOER}(?:(?:has|have|had)\s+(?:\w{{2,}}ly\s+)?)?{_DEED}|{_DOER}(?:is|are|was|were"
    rf"|has\s+been|have\s+been|had\s+been|keeps|kept)\s+{_GOING_ON}"
    # What an adult leaves undone, named: "mum doesn't get his inhaler renewed", "dad didn't
    # take her to the dentist" (not "doesn't cope", "doesn't meet their needs": no deed named).
    rf"|{_DOER}(?:does\s+not|doesn['’]t|did\s+not|didn['’]t|do\s+not|don['’]t)\s+"
    rf"(?!{_NOT_DOING}|cope|manage|prioriti[sz]e|protect|safeguard|meet|keep\s+(?:them|him|her"
    rf"|the\s+\w+)\s+safe|look\s+after|care\b|bother|understand|engage|listen)[a-z]{{2,}}\s+"
    rf"(?:the|his|her|their|a|an|any|[A-Z][a-z]+['’]s)\s"
    rf"|{_DOER}(?:does\s+not|doesn['’]t|did\s+not|didn['’]t|do\s+not|don['’]t|never)\s+"
    r"get\s+(?:the|his|her|their|a|an|any|[A-Z][a-z]+['’]s)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:renewed|fixed|repaired|mended|seen|checked|treated|collected|replaced|done|sorted)\b",
    _I)
# "could be hurt or frightened": two harms the child could suffer, not a chain of an adult's acts.
_SUFFERED = on_first_use(rf"\b(?:be|get|being|been)\s+(?:\w+ly\s+)?{HARM}\w*\s*,?\s+(?:and|or)\s+"
                         rf"(?:\w+ly\s+)?{HARM}\w*$", _I)
# An injury an adult caused, when no one has said how: "someone in the house has caused the
# broken arm and the bruises" is the behaviour as far as it is known.
_CAUSED = on_first_use(rf"{_ACTOR}\s+{_HELPERS}(?:caused|inflicted|cause|causes|causing)\s+"
                       r"(?:the\s+|her\s+|his\s+|their\s+|these\s+|those\s+)?(?:\w+\s+){0,3}?"
                       r"(?:injur(?:y|ies)|bruis\w*|fractures?|broken|burns?|marks?|bleed\w*|cuts?)\b",
                       _I)
_SUBSTANCE_USE = on_first_use(rf"{_ACTOR}\s+{_HELPERS}{SUBSTANCE}\b", _I)
_TAKE_DRUGS = on_first_use(r"\b(?:take|takes|taking|took|taken)\s+(?:\w+\s+)?"
                           + SUBSTANCE_WORDS.pattern, _I)
# "could", "would" and "might" as notes and texts write them: "cld", "cud", "wd", "wld",
# "mite" ("cd" in small letters only: "a CD" is a disc).
_COULD = r"cld|cud|(?-i:cd)|wd|wld|wud|mite"
# The effect on the child: something that could, will or may happen, after the behaviour.
# (It opens with the one class its words can start with, not ignoring case (each letter
# as `taken_for` it), which `re` scans a text for: written opening with `\b`, it was tried
# at every place. `\b` before that character is `(?<=\b.)`. Then each way opens with its
# second letter as a class, which `re` passes over without trying the way when the letter
# at hand is another, and reads its first letter as a look-back (`[oO](?<=c.)uld`); written
# opening with the look-back, every way was tried at every word. The ways are each one word
# before a space, so no two can match at one place, and the order they are tried in, or
# their grouping by second letter, changes nothing.)
_MODAL_FIRST = "(?-i:[cCmMwWiI\u0130\u0131aAlLrR'’])"
_MODAL = on_first_use(
    rf"{_MODAL_FIRST}(?<=\b.)(?:(?:{taken_for('o')}(?<=[cw].)uld"
    rf"|{taken_for('l')}(?:(?<=[cw].)d|(?<=['’].)l)|{taken_for('u')}(?<=[cw].)d"
    rf"|{taken_for('a')}(?:(?<=c.)n|(?<=m.)y)|{taken_for('d')}(?:(?<=(?-i:cd))|(?<=w.))"
    rf"|{taken_for('i')}(?:(?<=w.)ll|(?<=m.)(?:te|ght)|(?<=l.)kely\s+to)"
    rf"|{taken_for('s')}(?<=i.)\s+likely\s+to|{taken_for('r')}(?<=a.)e\s+likely\s+to"
    rf"|{taken_for('t')}(?<=a.)\s+risk\s+of)"
    r"\s+(?:\w+\s+){0,2}?\w+"
    rf"|{taken_for('h')}(?<=w.)ich\s+(?:means|is\s+making)\b"
    # "risks" as what someone risks ("T risks being hurt"), not the risks themselves ("the
    # risks haven't gone away" says nothing of what could happen)
    rf"|{taken_for('i')}(?<=r.)(?<!\bthe\s..)(?<!\bthese\s..)(?<!\bthose\s..)(?<!\bany\s..)"
    r"(?<!\bno\s..)(?<!\bof\s..)(?<!\bits\s..)(?<!\btheir\s..)sks\s+(?:\w+\s+){0,2}?\w+)", _I)
_VAGUE_IMPACT = on_first_use(
    r"\b(?:suffer|experience|be\s+at\s+risk\s+of|be\s+exposed\s+to|be\s+impacted|be\s+affected"
    r")\s+(?:\w+\s+){0,2}?(?:harm|abuse|neglect|impact|trauma)\b|\bsignificant\s+harm\b"
    r"|\b(?:be|is|are)\s+(?:negatively\s+)?(?:impacted|affected)\b(?!\s+(?:by|when|because))"
    # ... or says no more than that the child will be harmed or unsafe, and stops there.
    r"|\b(?:be|get|being)\s+(?:\w+\s+)?(?:harmed|unsafe|at\s+risk)\s*(?:[.!?;]|$)"
    r"|\bnot\s+be\s+(?:\w+\s+)?safe\s*(?:[.!?;]|$)"
    r"|\b(?:outcomes|wellbeing|well-being|development|needs)\s+(?:could|will|may|might)\s+"
    r"(?:be\s+)?(?:affected|impacted|suffer|not\s+be\s+met)\b", _I)
# An adult just before a modal is its subject: what follows is what they will do.
_ADULT_BEFORE = on_first_use(rf"\b{ADULT}(?:['’]s\s+(?:new\s+)?(?:partner|boyfriend|girlfriend"
                             r"|ex|ex-partner|husband|wife))?(?:\s+(?:also|then|still|just|probably"
                             r"|both|all|again|really|simply|only|clearly))*\s*$", _I)
# What an adult will do or go on doing: a "could", "might" or "may" is what could happen.
_GOES_ON = on_first_use(r"(?:will|would|wd|wld|wud|can|['’]ll)\b", _I)
# An adult who will injure someone not named as an adult: the child's harm, said as his act.
_HURTS_SOMEONE = on_first_use(
    r"(?:will|would|wd|wld|wud|can|['’]ll)\s+(?:(?:\w+ly|keep|on|again|go|continue|to|also|then)\s+)*"
    r"(?:hurt|injur|harm|hit|punch|kick|slap|smack|beat|shak|strangl|chok|burn|scald|stab"
    r"|attack|assault|abus|rap|kill|batter)\w*\s+(?!(?:the\s+|her\s+|his\s+|their\s+)?"
    rf"(?:{ADULT})\b)\w+", _I)
# A woman of the family named before "will hit her": she is who "her" is.
_A_WOMAN = on_first_use(r"\b(?:mum|mummy|mam|mom|mother|nan|nana|gran|granny|grandma|girlfriend"
                        r"|wife|sister|aunt|auntie|aunty|ex-partner)\b", _I)
_AN_INITIAL = on_first_use(r"(?<![\w'’])[A-HJ-Z](?![\w])")  # "K", "K's"
_BLAME_KINDS = ("blame",)
# The long patterns' quick tests (`text.needles`): most answers hold none of their words, and
# a few substring tests cost far less than one search of them (400 µs for _BY_ADULT).
_LONG = (_BEHAVIOUR, _CHAINED, _BY_ADULT, _SUBSTANCE_USE, _ANY_DOING)
QUICK: dict[re.Pattern[str], Needles] = {p: needles(p.pattern, p.flags) for p in _LONG}
# The drugs and drinks named (`SUBSTANCE_WORDS`) are asked their quick test too: a search
# ignoring case and opening with `\b` is tried at every place of a statement, ten times
# what the test costs.
QUICK_TOO: dict[re.Pattern[str], Needles] = {
    SUBSTANCE_WORDS: needles(SUBSTANCE_WORDS.pattern, SUBSTANCE_WORDS.flags)}
# Each quick test as one search for any of its words, asked only when its pattern's turn
# comes: the first long pattern settles most statements, and one search stops at the first
# word it finds (a pass over the whole text for every test took longer than the patterns).
_ANY_WORD = {p: compiled(longest_first(map(re.escape, test.words)))
             for p, test in (QUICK | QUICK_TOO).items() if test.words and "" not in test.words}


# Where a person, as `_ACTOR` reads one, can start. Every match of `_LED` starts there:
# each opens with `_ACTOR`, or `_DOER`, whose people are all `_ACTOR`'s. Found once a
# statement, those few places are where the patterns are tried (`_tried_at`); searched,
# each tried its long lists of people again at every word (four times over for
# `_ANY_DOING`, one way of it a try), about half of what reading a statement cost.
# (Asked only where a person can start, which neither the order of a choice nor what may
# follow a person changes, `_ACTOR`'s ways are read as one choice of every word a person is
# written as, their common starts shared (`_ACTOR_WORDS`: the adults, the pronouns, and the
# trusted adults' roles made from `_TRUSTED`'s words in `_TRUSTED_WORDS`), or an initial or
# a name: one way tried at a word, where `re` tried each way's long list in turn. Past the
# first character a person starts only after one that is no letter, digit or `_`: `\W`,
# the one class `_ACTOR_AFTER` opens with, which `re` scans a text for, where
# `(?=(?<!\w)...)` was tried at every letter.)
_TRUSTED_WORDS = (
    "youth church scout cub brownie guide sport sports football rugby cricket swimming dance "
    "drama music boxing martial_arts karate club sunday_school madrassa mosque temple gurdwara "
    "choir bible_class",
    "leader worker coach teacher volunteer instructor helper master mistress",
    "volunteer imam priest vicar pastor minister rabbi scoutmaster instructor lifeguard "
    "choirmaster sensei")
_ACTOR_WORDS = " ".join([
    ADULT_WORDS, "he she they someone who",
    *(f"{role}_{doing}{more}" for role in _TRUSTED_WORDS[0].split()
      for doing in _TRUSTED_WORDS[1].split() for more in ("", "s")),
    *(f"{role}{more}" for role in _TRUSTED_WORDS[2].split() for more in ("", "s"))])


# An initial: a letter standing alone ("T", not "I").
_INITIAL = r"(?<![\w'’])[A-HJ-Z](?![\w'’])"
# The same opening with its letter: every character `re` takes for one of `[A-HJ-Z]` when it
# ignores case (the long s and the Kelvin sign too), not ignoring case, with the look-back
# after it (the letter is no new line, so `.` reads it). `re` passes over it at a word that
# starts with none of them, and at a word of two letters or more stops at its second, where
# the look-back was tried first at every place.
_INITIAL_FIRST = "(?-i:[A-HJ-Za-hj-z\u017f\u212a])" r"(?![\w'’])(?<![\w'’].)"


def _person(words: str, initial: str = _INITIAL) -> str:
    """A person: one of the words (`_ACTOR_WORDS`' choice), an initial or a name."""
    return rf"(?:{words}\b|{initial}|{NAME})"


_PERSON = _person(alternation(_ACTOR_WORDS))
_ACTOR_FIRST = on_first_use(rf"(?<!\w){_PERSON}", _I)
# (In `_ACTOR_AFTER`, each way of the words opens with a character its first letter is
# taken for, not ignoring case (`lettered_heads`): `re` tries a way only at a word that
# starts with it, and passes over the others at a comparison each, where ignoring case it
# tried each way at every word, and as a class (`cased_heads`) called a test a way. The
# initial opens with its letter (`_INITIAL_FIRST`).)
_ACTOR_AFTER = on_first_use(
    rf"\W(?={_person(lettered_heads(alternation(_ACTOR_WORDS)), _INITIAL_FIRST)})", _I)
_LED = (_BEHAVIOUR, _CHAINED, _SUBSTANCE_USE, _ANY_DOING, _CAUSED)
# ... and where a harm starts, after a space: the patterns of `_TO_HARM` end in one, so a
# person with no harm after them is not tried ("Mum will walk T to school" names none).
# (The space is what it opens with, a class `re` scans for; a harm starts where it ends.
# Each way of the harms opens with a character, as in `_ACTOR_AFTER`.)
_HARM_AT = on_first_use(rf"\s(?={lettered_heads(HARM)}\b)", _I)
_TO_HARM = (_BEHAVIOUR, _CHAINED)
# `_ANY_DOING` is asked only whether it finds anything, so its four ways, each opening with
# `_DOER`, are tried as one: `_DOER` read once at a person, not once a way.
# (A deed's shape is asked first, a look-ahead: most words after a person are not of it,
# and the words it must not be are long choices `re` tries one by one. Both are asked
# before the deed is read, so asking them the other way round changes no match.)
_DOING_WAYS = _ANY_DOING.pattern.split("|" + _DOER)
_ANY_DOING_ONCE = on_first_use(
    _DOER + "(?:" + "|".join([_DOING_WAYS[0].removeprefix(_DOER), *_DOING_WAYS[1:]])
    .replace(_DEED, f"(?={_DEED_SHAPE}){_DEED}", 1)
    .replace(_GOING_ON, f"(?={_GOING_ON_SHAPE}){_GOING_ON}", 1) + ")",
    _I)


class _People:
    """Where `_ACTOR` finds a person starting in one text, and `_HARM_AT` the last harm,
    found at the first ask."""

    __slots__ = ("_at", "_harm", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: list[int] | None = None
        self._harm: int | None = None

    def __call__(self) -> list[int]:
        if self._at is None:
            text = self.text
            self._at = [0] if _ACTOR_FIRST.match(text) else []
            self._at += [m.end() for m in _ACTOR_AFTER.finditer(text)]
        return self._at

    def before_harm(self) -> list[int]:
        """The people with a harm starting after them."""
        if self._harm is None:
            self._harm = max((m.end() for m in _HARM_AT.finditer(self.text)), default=-1)
        return [at for at in self() if at < self._harm]


def _tried_at(pattern: re.Pattern[str], people: _People) -> Iterator[re.Match[str]]:
    """`pattern.finditer` over `people`'s text for a pattern of `_LED`, tried only where a
    person starts (with a harm after them, for `_TO_HARM`'s): a match there, then the next
    place after it, as `finditer` goes on."""
    text = people.text
    end = 0
    for at in people.before_harm() if pattern in _TO_HARM else people():
        if at >= end and (m := pattern.match(text, at)) is not None:
            end = m.end()
            yield m


def _led_found(pattern: re.Pattern[str], people: _People, folded: str) -> bool:
    """`_found` for a pattern of `_LED`."""
    return _may_hold(pattern, folded) and next(_tried_at(pattern, people), None) is not None


def _doing_found(people: _People, folded: str) -> bool:
    """`_found(_ANY_DOING, ...)`, its ways tried as one (`_ANY_DOING_ONCE`)."""
    return _may_hold(_ANY_DOING, folded) and any(
        _ANY_DOING_ONCE.match(people.text, at) for at in people())


def _may_hold(pattern: re.Pattern[str], folded: str) -> bool:
    """Whether the text (as `fold` gives it) passes the pattern's quick test."""
    quick = _ANY_WORD.get(pattern)
    return quick is None or quick.search(folded) is not None


def _found(pattern: re.Pattern[str], masked: str, folded: str) -> bool:
    return _may_hold(pattern, folded) and pattern.search(masked) is not None


def danger_statement_gaps(text: str, words: WordList, *, labels: bool = True) -> list[str]:
    """What a practice lead would send back about this danger statement, in plain words.

    `labels=False` leaves out the labels (the plain-language check asks about those).
    """
    masked = _masked(text)
    worries = _worries(masked)
    hits = find_jargon(text, words) if labels else find_blame(text)
    gaps: list[str] = []
    if not _who_is_worried(masked, worries):
        gaps.append("who is worried")
    gaps += _behaviour_gaps(masked)
    gaps += _impact_gap(masked, worries, "what could happen to the child if nothing changes",
                        "what could happen to the child, in plain words rather than a label")
    blame = [h.text.strip() for h in hits if h.kind in _BLAME_KINDS]
    if blame:
        gaps.append("wording that does not make the child the cause of their own harm (not "
                    + _quoted(blame) + ")")
    named = [h.text.strip() for h in hits if h.kind not in _BLAME_KINDS]
    if named:
        gaps.append("what happened, instead of labels: " + _quoted(named))
    return gaps


def worry_statement_gaps(text: str) -> list[str]:
    """What anyone reading a Signs of Wellbeing worry statement would ask for: who is
    worried, what is happening for the child (anyone's doing, the child's too: early help
    asks of no adult's behaviour), and what could happen if nothing changes, in plain words.
    (Labels are the plain-language check's to ask.)"""
    masked = _masked(text)
    worries = _worries(masked)
    gaps: list[str] = []
    if not _who_is_worried(masked, worries):
        gaps.append("who is worried")
    if _HAPPENING.search(_without_childs_who(masked)) is None:
        gaps.append("what is happening for the child, as someone has seen or heard it")
    return gaps + _impact_gap(masked, worries,
                              "what could happen for the child if nothing changes",
                              "what could happen for the child, in everyday words")


def _masked(text: str) -> str:
    """A statement with its quotes masked, and the month May ("on 3 May"), which is no "may"
    of what could happen."""
    masked = mask_quotes(text)
    if "may" in masked.lower():
        masked = _THE_MONTH.sub(lambda m: " " * len(m.group()), masked)
    return masked


def _impact_gap(masked: str, worries: list[re.Match[str]], untold: str, vague: str) -> list[str]:
    """`untold` when a statement says nothing of what could happen to the child if nothing
    changes, `vague` when it says it only as a label; nothing when it is told."""
    if not (_impact_told(_after_worry(masked, worries)) or _consequence(masked)):
        return [untold]
    return [vague] if _VAGUE_IMPACT.search(masked) else []


# Someone doing something, or something not done, in a wellbeing worry: the child's doing
# ("J misses school most Mondays", "J has missed 14 days", "K is often late", "A's weight has
# dropped") as much as an adult's ("mum can't get him up"). Not only how someone is or what
# they need ("J struggles", "mum needs support", "J's wellbeing"): nothing anyone saw. (Asked
# after the wording check: a label, "neglect", is asked first what the child went without.)
_ANYONE = (rf"(?<!\w)(?:\b(?:{ADULT}|{CHILD}|{PROFESSIONAL}|boys|girls|twins|sons|daughters"
           r"|siblings|teenagers|toddlers|pupils)\b|\b(?:he|she|they|we|I)\b"
           rf"|(?<![\w'’])(?-i:[A-HJ-Z])(?![\w'’])|{NAME})"
           r"(?:\s*\([^()\n]{1,20}\))?(?:['’]s\s+[a-z]+)?\s+"
           r"(?:(?:often|sometimes|regularly|repeatedly|also|then|still|again|always|never|now"
           r"|usually|and|(?!comply|apply|reply|supply|rely)\w{2,}ly)\s+){0,3}")
_NOT_SEEN = (r"(?:is|was|has|does|seems|appears|needs|wants|lacks|struggles|suffers|presents"
             r"|engages|continues|remains|becomes|worries|cares|means|this|his|its|thus|less|concerned"
             r"|always|sometimes|perhaps|towards|afterwards|besides|unless|needed|wanted"
             r"|lacked|struggled|suffered|presented|engaged|continued|remained|worried|cared"
             r"|seemed|appeared)\b")
# ... how someone is getting on, in "-ing": "mum is struggling", "J is not coping".
_STATE_ING = (r"(?:struggl|cop|manag|suffer|present|engag|feel|worry|try|do|be|hav|need|want"
              r"|lack|experienc|find|go|get|seem|appear)ing\b")
_HAPPENING = on_first_use(
    # (typed on a phone, "keep" of more than one and no apostrophes: "the kids keep missing
    # school because mum cant get up" (set AH))
    rf"{_ANYONE}(?:(?:is|are|was|were|has\s+been|have\s+been|keeps?|kept|isn['’]?t|wasn['’]?t"
    r"|aren['’]t|weren['’]t|is\s+not|was\s+not)\s+(?:(?:\w+ly|often|always|still|now|very|so"
    rf"|too|sometimes)\s+)*(?:(?:not\s+)?(?!{_STATE_ING})[a-z]{{2,}}ing"
    r"|late|hungry|tired|absent|alone|left|off\s+school|in\s+bed|up\s+late|excluded|missing"
    r"|behind|unwashed|dirty|cold)\b"
    # (kept on at, whatever it is: "the kids keep going to bed at 2am" (set AH's held-out))
    r"|(?:keeps?|kept)\s+(?:on\s+)?[a-z]{2,}ing\b"
    # (of more than one, what they do: "the kids go without breakfast most days" (set AI))
    r"|(?:go|come|miss|sleep|eat|wear|stay|sit|hide|cry|wet|run|spend|skip|walk|arrive)\s"
    r"|(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t|has\s+not|have\s+not)\s+(?:\w+ly\s+)?"
    r"(?:been\s+)?[a-z]{2,}(?:ed|en|t)\b"
    r"|(?:does\s+not|doesn['’]?t|did\s+not|didn['’]?t|do\s+not|don['’]?t|can['’]?t|cannot"
    r"|won['’]?t|never|could\s+not|couldn['’]?t)\s+(?!cope|manage|engage)[a-z]{2,}"
    rf"|(?!{_NOT_SEEN})[a-z]{{2,}}(?:s|ed)\b"
    r"|(?:went|came|left|ran|slept|ate|got|told|said|saw|heard|hit|fell|took|gave|brought"
    r"|sat|stood|kept|lost|spent|found|forgot|wore|shouted|cried|swore|threw|broke)\b)", _I)


def _worries(masked: str) -> list[re.Match[str]]:
    """Each worry word of a statement (`_WORRY_RE`), searched for once: who is worried and
    what is said after the first worry both read them."""
    return list(_WORRY_RE.finditer(masked))


def _who_is_worried(masked: str, worries: list[re.Match[str]]) -> bool:
    """Someone is named as worried: "The school is worried", "Mum and I fear", "Our worry is".
    (With no worry word, no one is, whatever `_IMPERSONAL` says: it is not asked.)"""
    if not worries or _IMPERSONAL.search(masked):
        return False
    for m in worries:
        stop = max(masked.rfind(ch, 0, m.start()) for ch in ".!?;\n")
        before = masked[stop + 1:m.start()]  # the sentence so far
        people = [w for w in _WORD.findall(before) if w.lower() not in _NOT_A_WORRIER]
        if people:
            return True
    return False


# The child worried about, then what may become of them: "worried about Noah, who may fall
# behind and go hungry" says what could happen to him, not what an adult does.
_CHILD_WHO = on_first_use(
    r"\b(?:about|for)\s+(?P<who>(?:the\s+|their\s+|her\s+|his\s+|both\s+|all\s+)?"
    r"(?:(?:little|baby|older|younger|eldest|youngest|two|three|four)\s+)?[\w'’-]+)\s*,?\s+"
    rf"who\s+(?:(?:also|then|still|now)\s+)?(?:may|might|could|{_COULD}|will|would|can"
    r"|is\s+likely\s+to|are\s+likely\s+to)\b(?:(?!\b(?:because|when|whenever|since|while|if|after|as|so)\b)"
    r"[^.;!?,])*", _I)


def _without_childs_who(masked: str) -> str:
    """The statement with what "who may ..." says of a child worried about blanked out."""
    if "who" not in masked.lower():
        return masked
    return _CHILD_WHO.sub(_blank_who, masked)


def _blank_who(m: re.Match[str]) -> str:
    """A "who may ..." of a child blanked: not when the one worried about is an adult, nor
    when the clause names another person ("about Lee, who will hit Mum" is what Lee does)."""
    clause = m.group()[m.end("who") - m.start():]
    if ADULT_RE.search(m.group("who")) or ADULT_RE.search(clause) or CHILD_RE.search(clause) \
            or NAME_RE.search(clause):
        return m.group()
    return m.group()[:m.start("who") - m.start()] + " " * (m.end() - m.start("who"))


def _behaviour_gaps(masked: str) -> list[str]:
    masked = _without_childs_who(masked)
    if "harm" in masked.lower():  # "Amy could come to harm": what she may suffer, no one's act
        masked = _COME_TO_HARM.sub(lambda m: " " * len(m.group()), masked)
    folded = fold(masked)
    people = _People(masked)
    doing = [m for m in _tried_at(_BEHAVIOUR, people)
             if not _TAKE_DRUGS.match(masked, _verb_at(m))] if _may_hold(_BEHAVIOUR, folded) else []
    chained = [m for m in _tried_at(_CHAINED, people) if not _SUFFERED.search(m.group())
               ] if _may_hold(_CHAINED, folded) else []
    if doing or chained or _found(_BY_ADULT, masked, folded) \
            or (("caus" in folded or "inflict" in folded)
                and next(_tried_at(_CAUSED, people), None) is not None):
        return []
    if _doing_found(people, folded):
        return []
    if _led_found(_SUBSTANCE_USE, people, folded) or _found(SUBSTANCE_WORDS, masked, folded):
        if _IN_CHARGE.search(masked):
            return []  # "smoke heroin while he has the kids": using while caring for them
        if _DRUGS_MOVED.search(masked) and _MADE_TO.search(masked):
            return []  # "older lads are using Dev to run drugs": exploitation, not drug use
        return ["what the adult does to the child or in front of them, not only what they "
                "drink or take"]
    return ["what an adult did or does, described as behaviour"]


# Drinking or using while the adult is the one caring for the child: "while he has the
# kids", "when she is alone with the baby", "whilst in charge of the twins".
_IN_CHARGE = on_first_use(
    r"\b(?:while|whilst|when|whenever)\s+(?:(?:he|she|they|\w+)\s+)?(?:(?:has|have|had|is|are|was"
    r"|were|got|gets)\s+)?(?:(?:alone|home\s+alone|on\s+(?:his|her|their)\s+own)\s+with|in\s+charge"
    r"\s+of|caring\s+for|minding|looking\s+after|has|have|had|got)\s+(?:the\s+|his\s+|her\s+"
    rf"|their\s+)?(?:{CHILD}|kids|children|boys|girls|twins)\b", re.IGNORECASE)


# Drugs carried, sold, held or moved (by a young person someone exploits, or by an adult
# dealing): what is done with the drugs, not what anyone drinks or takes. "older lads are
# making K carry drugs", "a gang has Leo selling drugs", "using Dev to run drugs".
# (The verbs' starts shared, `text.alternation`: `re` tried all sixty at each word. Only one
# of them can be followed by a space, so the order they are tried in changes nothing.)
_MOVED_VERBS = (
    "carry carries carried carrying sell sells sold selling deal deals dealt dealing"
    " deliver delivers delivered delivering hold holds held holding hide hides hid hiding"
    " stash stashes stashed stashing move moves moved moving run runs ran running store"
    " stores stored storing drop drops dropped dropping supply supplies supplied supplying"
    " transport transports transported transporting traffic trafficked trafficking")
_DRUGS_MOVED = on_first_use(
    rf"\b{alternation(_MOVED_VERBS)}\s+"
    rf"(?:[\w'’]+\s+){{0,2}}?{SUBSTANCE_WORDS.pattern}", re.IGNORECASE)

# ... by others who get the young person to do it: "older lads are making him", "a gang has
# Leo", "men from the takeaway get Mia to".
_MADE_TO = on_first_use(
    r"\b(?:lads|boys|men|man|males|adults?|gangs?|gang\s+members?|dealers?|older\s+\w+|someone"
    r"|people|they|group|youths|teenagers)\b[^.;!?\n]{0,60}?\b(?:make|makes|made|making|get"
    r"|gets|got|getting|use|uses|used|using|has|have|had|having|force[sd]?|forcing|pay|pays"
    r"|paid|paying|send|sends|sent|sending|groom\w*|pressur\w*|recruit\w*|exploit\w*|tell"
    r"|tells|told|telling|ask|asks|asked|asking|push|pushes|pushed|pushing)\b", re.IGNORECASE)


def _verb_at(m: re.Match[str]) -> int:
    """Where the behaviour verb of a match starts (the last word of it, near enough)."""
    return m.end() - len(m.group().split()[-1])


def _impact_told(said: str) -> bool:
    """Whether something that could happen is told of anyone but the adults: "Dad will keep
    shouting at Mum" is what he will go on doing (the behaviour), not what it could do to
    the child; "and that Kayden could be hurt", "Lily will keep hiding" tell it, and so
    does what an adult could or might do ("Mum could hurt the baby"): a possibility, not
    what they will go on doing, nor is an adult who will hurt someone other than an adult
    ("her boyfriend will badly hurt Ruby", not "Dad will hit Mum")."""
    return any(not _GOES_ON.match(m.group())
               or _ADULT_BEFORE.search(said, max(0, m.start() - 60), m.start()) is None
               or _hurts_a_child(said, m.start())
               for m in _MODAL.finditer(said))


# What already follows for the child, told as a consequence: "so he spends days in bed,
# loses strength and misses school", "which means she goes without tea".
# What follows may first say what it does to an adult: "so mum can't buy food and the kids
# see their mum frightened every day"; seeing and hearing it is what happens to the child.
# The first clause has a doer and a deed ("mum can't buy food and ..."): "so nan and the
# children have moved in" is one subject, nan and the children, and no consequence.
# Seeing the adult is no harm in itself: "so the kids see him most weekends"; nor being
# left with someone or off school: "the kids are left with him", "the boys are off school".
_SEEN_AS_ARRANGED = (r"(?!\w*\s+(?:him|her|them|dad|mum|nan|their\s+(?:dad|mum|father|mother))"
                     r"(?:\s+(?:most|every|each|at|on|in|twice|once|regularly|often|weekly|less"
                     r"|more|again|for)\b|\s*(?:[,.;!?]|$)))")
# (each way opening with its first letter as `taken_for` it: see `_ACTOR_AFTER`)
_SO = cased_heads(r"(?:so|and\s+so|so\s+that|which\s+means|meaning|leaving)")
_CONSEQUENCE = on_first_use(
    rf"\b{_SO}\s+"
    r"(?:(?:[\w'’]+[\s,]+){2,14}?and\s+)?"
    r"(?:the\s+|her\s+|his\s+|their\s+|both\s+)?(?P<who>[\w'’]+)\s+"
    r"(?:(?:often|now|then|just|also|already|regularly|sometimes|usually)\s+)?(?:miss|lose|go"
    rf"|fall|feel|stay|spend|become|cri|hide|wet|struggle|wake|end|has|have|can't|cannot"
    rf"|see{_SEEN_AS_ARRANGED}|hear|watch{_SEEN_AS_ARRANGED}|witness|lie|lay"
    r"|(?:is|are)\s+(?:\w+\s+)?(?:tired|scared|frightened|hungry|cold|left\s+(?:alone|on\s+"
    r"(?:their|his|her)\s+own|home\s+alone|without|hungry|unfed|to\s+(?:fend|look\s+after|care"
    r"|cope|get))|late|absent|alone|upset|anxious)"
    r"|doesn't|isn't|aren't|gets\s+(?:hurt|ill|sick|poorly|sores|infections|no|nothing)"
    r"|got\s+(?:hurt|ill|sick|poorly))\w*\b", _I)
_PRONOUN_CHILD = words("he she they him her them")
# Children more than one, which `CHILD_RE` reads in the singular: "so the boys lie awake".
_CHILDREN = words("boys girls twins sons daughters teenagers toddlers pupils")
# "May" the month, by its date: "on the 3rd of May", "in may", "May 12", "on 3 May", "12 May
# 2026". A bare number before "may" is a count when nothing says it is a date: "the children
# aged 3 and 5 may be hit" (the modal), so it is the month only after a word of when, with an
# ordinal, or with a year or the sentence's end after it.
_WHEN = r"(?:of|in|on|since|until|till|from|by|before|after|last|next|early|mid|late|end\s+of)"
_THE_MONTH = on_first_use(rf"\b{_WHEN}\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?may\b"
                          r"|\b\d{1,2}(?:st|nd|rd|th)\s+may\b|\b\d{1,2}\s+may\b(?=\s*(?:\d|[,.;:!?)]|$))"
                          r"|\bmay\s+\d", _I)
_COME_TO_HARM = on_first_use(r"\b(?:come|comes|came|coming)\s+to\s+(?:any\s+|serious\s+|further"
                             r"\s+|significant\s+|real\s+)?harm\b", _I)
_CAPITALISED = on_first_use(r"\b[A-Z][a-z]+\b")


def _consequence(masked: str) -> bool:
    """Whether what already happens to the child is told as what follows from the adult's
    doing, in the present: a child (or a pronoun, with a child in the statement) then a
    word of going without, missing out, falling behind or feeling."""
    for m in _CONSEQUENCE.finditer(masked):
        who = m.group("who")
        if ADULT_RE.fullmatch(who):
            continue
        if CHILD_RE.fullmatch(who) or who.lower() in _CHILDREN \
                or (NAME_RE.fullmatch(who) and who[0].isupper()):
            return True
        if who.lower() in _PRONOUN_CHILD and (CHILD_RE.search(masked) or any(
                not ADULT_RE.fullmatch(n) and looks_like_a_name(n)
                for n in _CAPITALISED.findall(masked))):
            return True
    return False


def _hurts_a_child(said: str, at: int) -> bool:
    """Whether the adult will hurt someone who may be the child: "will hit Ruby", "will hurt
    her" where a child is named; not "mum's partner will hit her again", where "her" is the
    woman named before it and no child is in the statement."""
    hurts = _HURTS_SOMEONE.match(said, at)
    if hurts is None:
        return False
    if hurts.group().split()[-1].lower() != "her" or not _A_WOMAN.search(said, 0, at):
        return True
    return bool(CHILD_RE.search(said) or _AN_INITIAL.search(said)
                or any(not ADULT_RE.fullmatch(n.group()) for n in NAME_RE.finditer(said)))


def _after_worry(masked: str, worries: list[re.Match[str]]) -> str:
    """The statement after its first worry word (all of it when it has none)."""
    return masked[worries[0].end():] if worries else masked


def _quoted(terms: list[str]) -> str:
    return ", ".join(f'"{t}"' for t in dict.fromkeys(terms))
