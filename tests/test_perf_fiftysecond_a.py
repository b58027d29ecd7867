"""The fifty-second pass's cuts to the danger statement check change nothing it asks.

A short answer's statement check spent most of its time in patterns that ignore case and open
with a word or a look-back, which `re` tries at every place of a text: where a person starts
(`danger_statement._ACTOR_AT`), the worry words (searched twice, and `_IMPERSONAL` after them
even when the statement held none), the drugs and drinks named (`SUBSTANCE_WORDS`), the
verbs that say no deed (`_NOT_DOING`, 217 words tried one by one after each person) and where
a harm starts. Now a person starts where `_ACTOR_AFTER` (opening with `\\W`, which `re` scans
for) ends, or at the first character, and is read as one shared choice of words; the worry
words are searched once; the drugs are asked their quick test first; `_NOT_DOING`'s words
share their starts; a harm starts where a space before it ends. The tests here hold each
against what it replaced over a fixed sample of the lines the language tests hold, random
statements and random strings of the rules' words (with letters `re` folds), and count,
without timing anything, what is no longer done.
"""

from __future__ import annotations

import functools
import random
import re
from collections import Counter

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from bench.startup import LONG_ANSWER
from flows import nudges
from flows.checks import danger_statement, process, text
from flows.checks.lexicon import HARM, SUBSTANCE_WORDS
from flows.checks.text import fold
from flows.checks.words import load_word_list
from tests.matching_texts import SEED, texts_for
from tests.test_perf_fiftieth import trusted_lines
from tests.test_perf_fortyfourth import held_lines, held_sample
from tests.test_perf_fortyfourth import random_lines as random_test_words
from tests.test_perf_fortyninth import PEOPLE, random_statements

D = danger_statement
# The patterns as they were written before this pass.
ACTOR_AT_BEFORE = rf"(?={D._ACTOR})"
HARM_AT_BEFORE = rf"(?<=\s)(?={HARM}\b)"
NOT_DOING_BEFORE = (
    r"(?:is|are|was|were|be|been|being|has|have|had|does|did|do|seems?|seemed|appears?"
    r"|appeared|feels?|felt|feeling|needs?|needed|wants?|wanted|loves?|loved|likes?"
    r"|liked|struggles?|struggled|struggling|suffers?|suffered|suffering|lacks?|lacked"
    r"|lacking|presents?|presented|presenting|engages?|engaged|engaging|misuses?"
    r"|misused|misusing|uses?|used|using|drinks?|drank|drinking|smokes?|smoked"
    r"|smoking|injects?|injected|injecting|says?|said|saying|thinks?|thought|believes?"
    r"|believed|knows?|knew|worries|worried|cares?|cared|tries|tried|trying|continues?"
    r"|continued|remains?|remained|becomes?|became|gets?|got|getting|lives?|lived"
    r"|living|works?|worked|working|coping|managing|doing|denies|denied|denying"
    r"|minimi[sz]es?|minimi[sz]ed|minimi[sz]ing|refuses?|refused|refusing|declines?"
    r"|declined|attends?|attended|attending|complies|complied|complying|accepts?"
    r"|accepted|understands?|understood|recogni[sz]es?|recogni[sz]ed|acknowledges?"
    r"|acknowledged|admits?|admitted|reports?|reported|discloses?|disclosed|states?"
    r"|stated|agrees?|agreed|disputes?|disputed|means|meant|shows?|showed"
    r"|demonstrates?|demonstrated|fails?|failed|failing|finds?|found|experiences?"
    r"|experienced|experiencing|hears?|heard|hearing|sees?|saw|seeing|always"
    r"|sometimes|perhaps|his|hers|its|theirs|towards|afterwards|besides|unless|less)\b")

ENDS_A_DOER_BEFORE = (
    r"(?:i|we|worker|sw|school|nursery|college|police|gp|visitor|hv|nurse|manager|dsl|head"
    r"|teacher|iro|chair|probation|camhs|service|network|midwife|paediatrician|doctor"
    r"|practitioner|senco|advis[eo]r|officer|care|team|tutor|year|mentor|lead|therapist"
    r"|ordinator|services|help)\s+(?:will|shall|am\s+going\s+to|to(?!\s+be\b))\b|i['’]ll\b")

FOLDED = ["İ", "ı", "ſ", "K", "ǅ", "\u00a0", "_", "'", "’", "-", "(", ")", "\t", "\n", "é", "1"]
WORDS = ["will", "shall", "am going to", "to be", "to", "i'll", "I’ll", "social worker",
         "coordinator", "the school", "advisor", "services", "we", "i", "caseworker",
         "worried", "Worried", "WORRY", "fears", "afraid", "concern", "concerns", "there are",
         "there is", "it is feared", "drugs", "DRUG use", "drug-taking", "alcohol", "weed",
         "cannabis", "crack", "wine", "drinking", "hit", "hits", "shouts", "kicked",
         "minimises", "minimizes", "sees", "saw", "lives", "uses", "is", "has", "his", "hers",
         "the", "in", "school", "teacher", "youth leader", "sunday school helpers", "imams",
         "older lads", "mum and dad", "family friend", "ex-partner", "whānau", "Nain", "stepdad",
         "someone", "who", "they", "he", "she", "Lee", "Kayden", "Mary-Ann", "a", "i", "x"]


def made_lines(count: int, seed: int) -> list[str]:
    """The patterns' words, people and letters `re` folds, run together or apart at random,
    some with a letter swapped for one `re` takes for it ("ſ" for "s", "K" for "k")."""
    rnd = random.Random(seed)
    swaps = {"s": "ſ", "k": "K", "i": "ı", "S": "ſ", "K": "K", "I": "İ"}
    lines = []
    for _ in range(count):
        line = "".join(rnd.choice(rnd.choice((WORDS, WORDS, PEOPLE, FOLDED)))
                       + rnd.choice(["", " ", " ", "  ", "\n", ".", ",", "'", "\u00a0", "("])
                       for _ in range(rnd.randint(1, 12)))
        lines.append("".join(swaps.get(c, c) if rnd.random() < 0.1 else c for c in line))
    return lines


@functools.cache
def _lines_as_drawn() -> tuple[str, ...]:
    """A fixed sample of the held lines (typed and masked), 600 random statements, 1,000
    made lines, 300 random strings and 200 lines of trusted people."""
    lines = held_sample()
    return (*lines, *map(D._masked, lines), *random_statements(600, 5201),
            *made_lines(1000, 5202), *random_test_words(300, 5203), *trusted_lines(200, 5204))


def lines_as_drawn() -> list[str]:
    return list(_lines_as_drawn())


@functools.cache
def _all_lines() -> Counter[str]:
    return Counter(_lines_as_drawn())


def all_lines() -> Counter[str]:
    """Each line, read once, with how many times it was drawn (most held lines hold no
    quote, and are the same masked): what is counted over them counts each time drawn."""
    return Counter(_all_lines())


def every_line() -> Counter[str]:
    """As `all_lines`, over every held line and 2,000 random statements, 3,000 made lines,
    1,000 random strings and 500 lines of trusted people: for the files that count rarer
    finds over them (tests/test_perf_fiftythird_a.py, tests/test_perf_fiftyfourth_a.py)."""
    lines = held_lines()
    return Counter([*lines, *map(D._masked, lines), *random_statements(2000, 5201),
                    *made_lines(3000, 5202), *random_test_words(1000, 5203),
                    *trusted_lines(500, 5204)])


def test_people_start_where_actor_could_start() -> None:
    """Over the sampled held lines (typed and as the statement check reads it), random
    statements, made lines and random strings: a person starts at exactly the places
    `(?=_ACTOR)` found."""
    before = re.compile(ACTOR_AT_BEFORE, re.IGNORECASE)
    found = 0
    for line, drawn in all_lines().items():
        starts = [m.start() for m in before.finditer(line)]
        assert D._People(line)() == starts, line
        found += len(starts) * drawn
    assert found > 9000


def test_a_harm_starts_where_it_started() -> None:
    """The last place a harm starts after a space is the one `(?<=\\s)(?=HARM\\b)` found."""
    before = re.compile(HARM_AT_BEFORE, re.IGNORECASE)
    found = 0
    for line, drawn in all_lines().items():
        last = max((m.start() for m in before.finditer(line)), default=-1)
        people = D._People(line)
        people.before_harm()
        assert people._harm == last, line
        found += (last >= 0) * drawn
    assert found > 2000


@pytest.mark.parametrize("name", ["_ANY_DOING", "_ANY_DOING_ONCE"])
def test_a_deed_is_found_where_it_was(name: str) -> None:
    """`_ANY_DOING` (and its ways tried as one) with `_NOT_DOING`'s words sharing their
    starts finds exactly the matches it found with them written one by one, searched whole
    and matched at every person."""
    now = getattr(D, name)
    assert NOT_DOING_BEFORE not in now.pattern
    assert D._NOT_DOING in now.pattern
    was = re.compile(now.pattern.replace(D._NOT_DOING, NOT_DOING_BEFORE), now.flags)
    found = 0
    for line, drawn in all_lines().items():
        assert [m.span() for m in now.finditer(line)] == [m.span() for m in was.finditer(line)]
        for at in D._People(line)():
            one, other = now.match(line, at), was.match(line, at)
            assert (one and one.span()) == (other and other.span()), (line, at)
            found += (one is not None) * drawn
    assert found > 800


def test_not_doing_holds_the_words_it_held() -> None:
    """Each of the 217 words `_NOT_DOING` was written with is one of its words now, and
    every word it holds now it read before."""
    was = re.compile(NOT_DOING_BEFORE)
    listed = D._NOT_DOING_WORDS.split()
    assert len(listed) == len(set(listed)) == 217
    assert all(was.fullmatch(word) for word in listed)
    now = re.compile(D._NOT_DOING)
    spelled = {"".join(way) for way in _spellings(NOT_DOING_BEFORE[3:-len(r")\b")])}
    assert spelled == set(listed)
    assert all(now.fullmatch(word) for word in spelled)


def _spellings(choice: str) -> list[tuple[str, ...]]:
    """Every word a choice of letters, `x?` and `[ab]` spells."""
    out: list[tuple[str, ...]] = []
    for way in choice.split("|"):
        spelled: list[tuple[str, ...]] = [()]
        for piece in re.findall(r"\[[a-z]+\]|[a-z]\??", way):
            options = list(piece[1:-1]) if piece.startswith("[") else (
                [piece[0], ""] if piece.endswith("?") else [piece])
            spelled = [(*done, one) for done in spelled for one in options]
        out += spelled
    return out


def test_the_worry_words_and_the_drugs_are_read_as_before() -> None:
    """Who is worried, what follows the first worry word and whether a drug is named read
    the same as the old functions did, over every line drawn."""
    impersonal, worry = D._IMPERSONAL, D._WORRY_RE
    for line in all_lines():
        masked = D._masked(line)
        worries = D._worries(masked)
        before = not impersonal.search(masked) and any(
            _people_before(masked, m) for m in worry.finditer(masked))
        assert D._who_is_worried(masked, worries) == before, line
        first = worry.search(masked)
        assert D._after_worry(masked, worries) == (masked[first.end():] if first else masked)
        assert D._found(SUBSTANCE_WORDS, masked, fold(masked)) == bool(
            SUBSTANCE_WORDS.search(masked)), line


def test_a_text_naming_a_drug_passes_its_quick_test() -> None:
    """Texts drawn from `SUBSTANCE_WORDS` (every word of it, with text around them) all pass
    the quick test it is now asked first."""
    drawn = texts_for(re.compile(SUBSTANCE_WORDS.pattern, SUBSTANCE_WORDS.flags), at_least=20,
                      whole=True)
    quick = D.QUICK_TOO[SUBSTANCE_WORDS]
    assert [line for line in drawn if not quick.found_in(fold(line))] == [], f"seed {SEED}"
    assert not drawn.short_of(), drawn.short_of()


def _people_before(masked: str, m: re.Match[str]) -> bool:
    """The old `_who_is_worried`'s test of one worry word: someone named before it."""
    stop = max(masked.rfind(ch, 0, m.start()) for ch in ".!?;\n")
    return any(w.lower() not in D._NOT_A_WORRIER for w in D._WORD.findall(
        masked[stop + 1:m.start()]))


@pytest.mark.parametrize("kind", ["danger_statement", "worry_statement", "plain_language"])
def test_the_nudger_asks_every_line_what_it_asked(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the lines and the bench's answers: the nudger asks exactly what it asked
    with the patterns as they were written before (the old people, harm and deed patterns
    put back; the worry and drug reading as it was)."""
    lines = [*dict.fromkeys(lines_as_drawn()[::4]), ANSWER, OTHER_ANSWER, LONG_ANSWER]
    nudge = nudges.nudger(load_word_list())
    now = [nudge(kind, line) for line in lines]

    actor = re.compile(ACTOR_AT_BEFORE, re.IGNORECASE)
    harm = re.compile(HARM_AT_BEFORE, re.IGNORECASE)

    class Before(D._People):
        def __call__(self) -> list[int]:
            return [m.start() for m in actor.finditer(self.text)]

        def before_harm(self) -> list[int]:
            last = max((m.start() for m in harm.finditer(self.text)), default=-1)
            return [at for at in self() if at < last]

    monkeypatch.setattr(D, "_People", Before)
    for name in ("_ANY_DOING", "_ANY_DOING_ONCE"):
        pattern = getattr(D, name)
        monkeypatch.setattr(D, name, re.compile(
            pattern.pattern.replace(D._NOT_DOING, NOT_DOING_BEFORE), pattern.flags))
    monkeypatch.setattr(D, "_who_is_worried", lambda masked, worries: not D._IMPERSONAL.search(
        masked) and any(_people_before(masked, m) for m in D._WORRY_RE.finditer(masked)))
    monkeypatch.setattr(D, "_after_worry", lambda masked, worries: (
        lambda first: masked[first.end():] if first else masked)(D._WORRY_RE.search(masked)))
    monkeypatch.setattr(D, "_found", lambda pattern, masked, folded: (
        D._may_hold(pattern, folded) if pattern is not SUBSTANCE_WORDS else True)
        and pattern.search(masked) is not None)
    fresh = nudges.nudger(load_word_list())
    before = [fresh(kind, line) for line in lines]
    assert now == before
    assert sum(reply is not None for reply in now) > 100


def _scanned(pattern: re.Pattern[str]) -> bool:
    """Whether `re` skips ahead to the places a search can start (the pattern opens with
    one class, or a choice of letters, and is never empty: its compiler then gives the
    search a set of first characters), rather than trying the pattern at every place."""
    parsed = re._parser.parse(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    compiler = re._compiler  # type: ignore[attr-defined]
    return parsed.getwidth()[0] > 0 and bool(
        compiler._get_literal_prefix(parsed, pattern.flags)[0]
        or compiler._get_charset_prefix(parsed, pattern.flags))


def test_people_harms_and_doers_are_scanned_for() -> None:
    """Where a person or a harm starts past the first character, and who will do a step,
    are found by patterns `re` scans a text for (opening with `\\W`, `\\s`, or the letters
    the doers' words start with); as written before (a look-back in a look-ahead, never
    consuming a character; a choice whose last way was "i'll") they were tried everywhere."""
    assert _scanned(D._ACTOR_AFTER)
    assert _scanned(D._HARM_AT)
    assert _scanned(process._ENDS_A_DOER)
    assert not _scanned(re.compile(ACTOR_AT_BEFORE, re.IGNORECASE))
    assert not _scanned(re.compile(HARM_AT_BEFORE, re.IGNORECASE))
    assert not _scanned(re.compile(ENDS_A_DOER_BEFORE))


def test_a_step_s_doer_is_ruled_out_where_it_was() -> None:
    """`_doer_in`'s quick look (`_ENDS_A_DOER` or `_I_LL`) says yes exactly where the one
    pattern it was found something, over every line drawn lower-cased, sentence by sentence, and
    the made and random lines; and `_ENDS_A_DOER` holds the words it held."""
    was = re.compile(ENDS_A_DOER_BEFORE)
    said = 0
    for line, drawn in all_lines().items():
        for lowered in (line.lower(), *(line.lower().split(". "))):
            now = bool(process._ENDS_A_DOER.search(lowered) or process._I_LL.search(lowered))
            assert now == bool(was.search(lowered)), lowered
            said += now * drawn
    assert said > 400
    words = {"".join(way) for way in _spellings(ENDS_A_DOER_BEFORE[3:ENDS_A_DOER_BEFORE.index(
        r")\s+")])}
    assert words == set(process._ENDS_A_DOER_WORDS.split())


def test_a_person_is_one_choice_of_words_with_their_starts_shared() -> None:
    """Every word `_ACTOR` reads a person as (the adults, the pronouns, "who", the trusted
    roles and their plurals) is in one choice whose ways open with letters no two share,
    so at a word `re` tries one way of it, not the adults', the pronouns' and the roles'
    lists in turn; the verbs that say no deed are read so too."""
    words = text.top_branches(text.alternation(D._ACTOR_WORDS))
    firsts = [way[0] for way in words]
    assert len(firsts) == len(set(firsts)) < 30
    for word in ("mum", "ex-partner", "whānau", "he", "she", "they", "someone", "who",
                 "sunday_school_helpers", "imams", "older_lads", "mum_and_dad"):
        assert word in D._ACTOR_WORDS.split()
    assert D._ACTOR.count("|") > D._PERSON.count("|") - text.alternation(
        D._ACTOR_WORDS).count("|")  # the old ways are gone from the choice
    not_doing = [way[0] for way in text.top_branches(D._NOT_DOING[:-len(r"\b")])]
    assert len(not_doing) == len(set(not_doing)) < 26


class Counted:
    """A pattern whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.flags, self.asked = pattern, pattern.flags, 0
        self._real = re.compile(pattern.pattern, pattern.flags)

    def search(self, *args: object) -> re.Match[str] | None:
        self.asked += 1
        return self._real.search(*args)  # type: ignore[arg-type]

    def finditer(self, *args: object) -> object:
        self.asked += 1
        return self._real.finditer(*args)  # type: ignore[arg-type]


def test_a_statement_with_no_worry_word_and_no_drug_is_searched_for_them_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's answer as a danger statement: the worry words are searched once (twice
    before, once for who is worried and once for what follows), `_IMPERSONAL` not at all
    (once before: with no worry word no one is worried, whatever it says), and
    `SUBSTANCE_WORDS` not at all (its quick test says no drug is named)."""
    counted = {name: Counted(getattr(D, name)) for name in ("_WORRY_RE", "_IMPERSONAL")}
    for name, pattern in counted.items():
        monkeypatch.setattr(D, name, pattern)
    drugs = Counted(SUBSTANCE_WORDS)
    monkeypatch.setattr(D, "SUBSTANCE_WORDS", drugs)
    monkeypatch.setitem(D._ANY_WORD, drugs, D._ANY_WORD[SUBSTANCE_WORDS])
    gaps = D.danger_statement_gaps(ANSWER, load_word_list())
    assert "who is worried" in gaps
    assert (counted["_WORRY_RE"].asked, counted["_IMPERSONAL"].asked, drugs.asked) == (1, 0, 0)
    # ... and a statement naming them still asks each
    D.danger_statement_gaps("We are worried about the vodka left out at home.", load_word_list())
    assert (counted["_WORRY_RE"].asked, counted["_IMPERSONAL"].asked, drugs.asked) == (2, 1, 1)
