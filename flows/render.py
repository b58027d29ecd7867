"""One jinja2 environment for every rendering: chat summaries, exports and drafted wording.

Autoescape is on for `.html` templates and off for `.txt` ones and drafted wording (plain
text, escaped later by whatever HTML it lands in). Undefined names are errors.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

import jinja2

from flows import FLOWS_DIR
from flows.answers import (
    AnswerView,
    ended_in_direction,
    gaps_folded,
    voiced,
    whose,
    words_in_direction,
)
from flows.regex import made_by, on_first_use

if TYPE_CHECKING:
    from pathlib import Path

    from flows.flow import Flow, FlowStep
    from flows.schema import FlowSpec
    from flows.summary import Summary
    from flows.walk import Walk

TEMPLATES = FLOWS_DIR / "templates"
FOOTER = (
    "Made with sosbot, based on the Signs of Safety framework. "
    "Not an official form: check it before you use it."
)


def scale_bar(value: int | None, low: int, high: int, width: int = 10) -> str:
    """A small picture of where a number sits on its scale: 0 ─────●──── 10."""
    if value is None:
        return f"{low} {'─' * (width + 1)} {high}"
    spot = round((value - low) * width / max(high - low, 1))
    return f"{low} {'─' * spot}●{'─' * (width - spot)} {high}"


def format_date(timestamp: float) -> str:
    """A date as a person writes it in a report: 25 Nov 2026."""
    if not timestamp:
        return ""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%-d %b %Y")


def clause(text: str) -> str:
    """Text ready to sit inside a sentence: no trailing full stop or spaces."""
    return text.strip().rstrip(".!;, ")


def be_verb(who: str) -> str:
    """'am', 'is' or 'are' to follow a subject the practitioner typed (they can fix it after)."""
    who = _ASIDE.sub(" ", who)  # "I (health visitor)" is I: the role beside is not the subject
    who = " ".join(who.split())  # "the school" and "and nan" on lines of their own: two people
    words = who.strip().lower().split()
    if words == ["i"]:
        return "am"
    last = re.sub(r"[^a-z']", "", words[-1]) if words else ""
    plural_word = (last.endswith("s") and not last.endswith(("'s", "ss", "us", "is"))
                   and not who.strip().split()[-1].isupper())
    plural = (" and " in who or "," in who or "&" in who or plural_word
              or (words[:1] and words[0] in ("we", "they", "both", "all", "everyone's"))
              or last in ("police", "people", "staff"))
    return "are" if plural else "is"


_ASIDE = on_first_use(r"\([^()]*\)")
# The practitioner first among who is worried: "me", "me (health visitor)", "myself, the
# school", with what follows a comma or "and".
_ME_FIRST = on_first_use(r"(?:me|myself|i)\b(\s*\([^()]*\))?(?:(\s*,\s*)|\s+(?:and|&)\s+|$)",
                         re.IGNORECASE)
_ME_LAST = on_first_use(r"((?:,|\band|&)\s*)(?:me|myself)\b(\s*\([^()]*\))?\s*$", re.IGNORECASE)


# Who is worried answered as a sentence of its own: "i am", "I'm", "we all are", "the school
# is worried too". The statement says "am", "is" or "are" and "worried" itself.
_SAID_WORRIED = on_first_use(r"\s*(?:\b(?:am|is|are)\b|(?<=\w)['’](?:m|s|re)\b|(?<=\bi)m\b)"
                             r"(?:\s+(?:all|both|really|very|also|too|quite|so|extremely))*"
                             r"(?:\s+worried)?(?:\s+(?:too|as\s+well|also))?[\s.!]*$",
                             re.IGNORECASE)


# Who is worried said as two sentences in one: "School and HV are worried, and mum is too",
# "the school is worried and so am I", "Mum is worried. Dad as well": the first and the
# others, one list, for the statement to say "are worried" once.
_WORRIED_AND_OTHERS = on_first_use(
    r"(?P<first>.+?)\s+(?:am|is|are)(?:\s+(?:all|both|really|very|quite|so|extremely))*"
    r"\s+worried(?:\s*[,.;:]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)"
    r"(?:so\s+(?:is|are|am)\s+(?P<so>.+?)"
    r"|(?P<also>.+?)\s+(?:is|are|am)(?:\s+worried)?(?:\s+(?:too|as\s+well|also))?"
    r"|(?P<too>.+?)\s+(?:too|as\s+well|also))[\s.!]*", re.IGNORECASE)


def _worried_and_others(text: str) -> str:
    """`text` as one list of who is worried where it says two sentences of who is
    (`_WORRIED_AND_OTHERS`); as it is otherwise."""
    said = _WORRIED_AND_OTHERS.fullmatch(text)
    if said is None:
        return text
    others = said["so"] or said["also"] or said["too"]
    first = re.sub(r"\s+(?:and|&)\s+", ", ", said["first"])  # "A and B" and C: "A, B and C"
    return f"{first} and {others}"


def subject(text: str) -> str:
    """Who is worried, ready to open a sentence: "me" becomes "I", a role beside it kept
    ("I (health visitor)"), and "me and the school" becomes "The school and I"; "i am" and
    "we are" are "I" and "We"."""
    # (a long run of spaces in the answer, read from each of its spaces, took a second)
    text = _worried_and_others(gaps_folded(text.strip()))
    text = _SAID_WORRIED.sub("", text) or text
    text = _between_last(_ME_LAST.sub(r"\1I\2", sentence(_listed(text.strip()))))
    me = _ME_FIRST.match(text)
    if me is None:
        return text
    aside = (me.group(1) or "").strip()
    i = f"I {aside}" if aside else "I"
    rest = text[me.end():].strip()
    if not rest:
        return i
    if me.group(2) is not None:  # "me, the school and nan": a list, I first
        return f"{i}, {rest}"
    # "me and the SW, school": the others first, one list, I last
    others = [_THE_ROLE.sub(_with_the, part, count=1)
              for part in re.split(r"\s*,\s*(?![^()]*\))|\s+(?:and|&)\s+", rest) if part]
    return f"{sentence(', '.join(others))} and {i}"


# The writer named between others: "the school, I and dad", "school and me and dad".
_ME_BETWEEN = on_first_use(r"(?:\s*,\s*|\s+(?:and|&)\s+)(?:me|myself|i)\b(\s*\([^()]*\))?"
                           r"(?=\s*,|\s+(?:and|&)\s)", re.IGNORECASE)


def _between_last(text: str) -> str:
    """A list with the writer between others put with the writer last, as a sentence puts
    them: "The school, I and dad" is "The school, dad and I"."""
    me = _ME_BETWEEN.search(text)
    if me is None:
        return text
    aside = (me.group(1) or "").strip()
    rest = text[:me.start()] + text[me.end():]
    others = [part for part in re.split(r"\s*,\s*(?![^()]*\))|\s+(?:and|&)\s+", rest) if part]
    return f"{', '.join(others)} and I" + (f" {aside}" if aside else "")


def _listed(text: str) -> str:
    """Who is worried as a list reads in a sentence: each service named bare takes "the",
    and the last is joined by "and" ("me, school, police" -> "me, the school and the
    police")."""
    items = re.split(r"\s*,\s*(?![^()]*\))", text)
    if len(items) < 2 or not all(items):
        return _each_with_the(text)
    items = [_each_with_the(item) for item in items]
    last = re.sub(r"^&\s*", "and ", items[-1])
    if re.match(r"and\s", last, re.IGNORECASE):  # "A, B, and C"
        return ", ".join(items[:-1]) + " " + last
    if re.search(r"\s(?:and|&)\s", last):  # "A, B and C": the "and" is there
        return ", ".join(items)
    return ", ".join(items[:-1]) + " and " + last


# A service or worker named bare at the start of who is worried ("Social worker", "school,
# police"): in a sentence it takes "the" ("The social worker is worried").
_THE_ROLE = on_first_use(
    r"^(?P<role>(?:social|family\s+support|youth|key)\s+worker|health\s+visitor|school(?:\s+nurse)?"
    r"|nursery|college|police|midwife|gp|paediatrician|hospital|teacher|class\s+teacher"
    r"|head\s*teacher|designated\s+safeguarding\s+lead|head\s+of\s+year|childminder"
    # family and carers named by their role, not as a name ("Mum", "nan", "Auntie" are kept)
    r"|(?:foster\s+carers?|neighbour|aunt|uncle|(?:maternal\s+|paternal\s+)?grand(?:mother|father))"
    r"(?!\s+(?-i:[A-Z])))\b(?!['’])", re.IGNORECASE)  # ("Aunt S" is a name)


def _each_with_the(item: str) -> str:
    """Each service named bare in an item, joined by "and", with "the": "GP and social
    worker" is "the GP and the social worker", not "the GP and social worker"."""
    return "".join(_THE_ROLE.sub(_with_the, part, count=1)
                   for part in re.split(r"(\s+(?:and|&)\s+)", item))


def _with_the(found: re.Match[str]) -> str:
    role = found["role"]
    return f"the {role if role.isupper() else role[:1].lower() + role[1:]}"


def sentence(text: str) -> str:
    """A clause ready to open a sentence: its first letter in capitals."""
    text = clause(text)
    return text[:1].upper() + text[1:]


_LOWER_FIRST = frozenset((
    "she", "he", "they", "it", "we", "you", "the", "a", "an", "his", "her", "their", "its",
    "this", "that", "these", "those", "there", "both", "all", "any", "some", "no", "nobody",
    "mum", "mummy", "dad", "daddy", "nan", "nanny", "gran", "grandad", "stepdad", "stepmum",
    "stepfather", "stepmother", "step-dad", "step-mum", "mam", "nana", "granny", "grandma",
    "grandmother", "grandfather", "uncle", "aunt", "auntie", "partner", "boyfriend",
    "girlfriend", "husband", "wife",
    # who else opens what an adult does: people and how many, not a name
    "adults", "adult", "men", "man", "women", "woman", "people", "someone", "somebody",
    "anyone", "others", "other", "older", "unknown", "young", "two", "three", "several",
    "many", "most", "each", "every", "parents", "parent", "carers", "carer", "mother",
    "father", "grandparents", "family", "friends", "peers", "boys", "girls", "lads",
    "children", "kids", "baby", "when", "if", "since", "after", "although", "while",
))


# "A" that is a person's initial, not the article: before a verb, a bracket or a comma.
_INITIAL_A = on_first_use(
    r"A(?:['’]s)?(?:\s*[(,]|\s+(?:and|or|could|would|will|won['’]t|might|may|can|can['’]t|"
    r"is|isn['’]t|was|wasn['’]t|has|hasn['’]t|had|does|doesn['’]t|did|didn['’]t|keeps|kept|"
    r"goes|went|gets|got|needs|said|says|told|tells|feels|felt|sees|saw|hears|heard|lives|"
    r"stays|stayed|cries|cried|loses|lost|misses|missed)\b)")


# A newborn's name on a ward: "Baby C", "Baby Boy K" (not "the baby", lowered mid-sentence).
_NEWBORN = on_first_use(r"Baby\s+(?:Boy\s+|Girl\s+)?[A-Z](?:[A-Z0-9]|['’]s)?\b")


def mid(text: str) -> str:
    """A clause to sit mid-sentence: a capital pronoun or article lowered, names kept (an
    initial "A" included: "A could lose weight" is about a child called A; and a newborn
    named "Baby C")."""
    text = clause(text)
    first = text.split(" ", 1)[0]
    if first.lower() not in _LOWER_FIRST or _INITIAL_A.match(text) or _NEWBORN.match(text):
        return text
    return text[:1].lower() + text[1:]


def that_clause(text: str) -> str:
    """A clause to follow "worried that": without a "that" the practitioner already typed,
    and with the "is" a note leaves out ("dad hitting mum" -> "dad is hitting mum")."""
    text = mid(re.sub(r"^(?:that|about how|how)\s+", "", clause(text), flags=re.IGNORECASE))
    return _NOTE_ING.sub(lambda m: f"{m['who']} {'are' if m['many'] else 'is'} "
                         + re.sub(r"^being\s+", "", m["rest"]), text, count=1)


# A note's "-ing" straight after who: "dad hitting mum", "mum and dad not feeding B".
_NOTE_ING = on_first_use(
    r"^(?P<who>(?:the\s+)?(?:(?P<many>(?:mum|mother)\s+and\s+(?:dad|father|stepdad|partner)"
    r"|(?:dad|father)\s+and\s+(?:mum|mother)|(?:both\s+)?parents|carers|they)"
    r"|mum|dad|mother|father|stepdad|stepmum|stepfather|stepmother|partner|boyfriend"
    r"|girlfriend|he|she|(?-i:[A-Z]))(?:['’]s\s+(?:partner|boyfriend|girlfriend))?)\s+"
    r"(?P<rest>(?:not\s+|still\s+|often\s+|always\s+|regularly\s+|repeatedly\s+)*"
    r"[a-z]+ing\b.*)$", re.IGNORECASE | re.DOTALL)


def worry(text: str) -> str:
    """What someone is worried about, to follow "worried": "that" and a clause, or "about"
    and the people an answer names with what they do in a "who" or an "-ing" but no verb of
    its own ("the older lads who pick him up ...", "men at the park giving her vodka"):
    "worried that the older lads who pick him up" is not a sentence."""
    said = that_clause(text)
    people = _PEOPLE.match(said)
    if people is None or any(w.lower() in _FINITE or w[:1].isupper()
                             for w in people["before"].split()):
        return f"that {said}"
    doing = _WHO_DOES.match(people["rest"]) or _DOING.match(people["rest"])
    if doing is None or any(w.lower() in _FINITE for w in doing["between"].split()) \
            or (made_by(doing, _WHO_DOES) and any(w.lower() in _FINITE
                                               for w in doing["what"].split())) \
            or (made_by(doing, _DOING) and (doing["ing"].lower() in _NOT_DOING or any(
                w.lower() in _FINITE for w in re.findall(r"[\w'’]+", doing["after"])))):
        # a verb of its own after the "-ing" ("older lads picking him up have threatened
        # him") or in the "who" makes it a clause, which reads after "that"
        return f"that {said}"
    return f"about {said}"


# Who an answer names first (up to four words before: "the older", "a group of older");
# "olders" and "elders" are how young people name the older ones who run them.
_PEOPLE = on_first_use(
    r"(?P<before>(?:[\w'’()-]+\s+){0,4}?)(?:lads?|men|man|boys?|males?|adults?|people|group"
    r"|gang|youths?|friends?|peers?|girls?|women|woman|guys?|dealers?|strangers?"
    r"|teenagers?|olders|elders)\b(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
# What they do, in a "who" ("who pick him up and give him drugs") or an "-ing" ("picking
# him up"), with at most a few words between ("in his 30s", "from the estate").
_WHO_DOES = on_first_use(r"(?P<between>(?:\s+[\w'’()-]+){0,5}?)\s+(?:who|that)\s+(?P<what>.*)",
                         re.IGNORECASE | re.DOTALL)
_DOING = on_first_use(r"(?P<between>(?:\s+[\w'’()-]+){0,5}?)\s+(?P<ing>[a-z]{3,}ing)\b"
                      r"(?P<after>.*)", re.IGNORECASE | re.DOTALL)
# A verb of the answer's own: it is a clause, and reads after "that".
_FINITE = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                     "would", "can", "could", "may", "might", "must", "should", "keep",
                     "keeps", "kept", "he", "she", "they", "we", "i", "it", "who", "that"})
# Words in "-ing" that name a thing or a time, not what someone is doing.
_NOT_DOING = frozenset({"thing", "something", "nothing", "anything", "everything", "string",
                        "spring", "during", "morning", "evening", "building", "ceiling",
                        "wedding", "clothing", "housing", "meeting", "parking", "shopping",
                        "boxing", "training", "swimming", "dancing", "lodging", "bedding"})


def likely(text: str) -> str:
    """What could happen, ready to follow "If nothing changes,": a bare "risk of" gets a verb."""
    text = that_clause(text)
    risk = re.match(r"(?:there\s+is\s+)?(?:an?\s+|the\s+)?((?:real\s+|high\s+|serious\s+)?"
                    r"risk\s+(?:of|that)\b)", text, re.IGNORECASE)
    if risk and not text.lower().startswith("there"):
        return f"there is a {risk.group(1)[:1].lower()}{risk.group(1)[1:]}{text[risk.end():]}"
    return text


def period(text: str) -> str:
    """A length of time to follow a verb: "for six months", "until the baby is one",
    "permanently", "on an ongoing basis"."""
    text = clause(text)
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if (_PERIOD_OPENS.match(text) or _HOW_LONG_FIRST.match(text) or _OPENS_ALONE.match(text)
            or _ONGOING.match(text) or _LONG_TERM.match(text)) \
            and not any(letter.isupper() for letter in first[1:]):
        # "Three months" typed at the start of an answer sits mid-sentence here; a time
        # with a name of its own keeps its capital ("Easter", "Christmas"), and a word in
        # capitals all of them ("THREE MONTHS", never "tHREE MONTHS").
        text = text[:1].lower() + text[1:]
    # "ongoing" and "long term" as notes write them: "happening for ongoing" is no sentence
    if ongoing := _ONGOING_ALONE.match(text):
        text = "on an ongoing basis" + text[ongoing.end():]
    elif long_term := _LONG_TERM.match(text):
        text = "the long term" + text[long_term.end():]
    return text if _PERIOD_OPENS.match(text) or _OPENS_ALONE.match(text) else f"for {text}"


_PERIOD_OPENS = on_first_use(r"(?:for|through|throughout|until|till|over|during|across|from)\b",
                             re.IGNORECASE)
# A time that reads after "happening" as it is: "permanently", "by the time he is 18", "at
# least until the summer" (not "for permanently").
_OPENS_ALONE = on_first_use(r"(?:permanently|indefinitely|always|forever|for\s+ever|by|beyond"
                            r"|on\s+an?\s+\w+\s+basis|at\s+least\s+(?:until|till|through))\b",
                            re.IGNORECASE)
_ONGOING = on_first_use(r"ongoing\b", re.IGNORECASE)
# "ongoing" on its own, or before when or how ("ongoing until the review"): not before what
# goes on ("ongoing support", not "on an ongoing basis support")
_ONGOING_ALONE = on_first_use(r"ongoing(?=\s*(?:$|[-\u2013,;:.(]|(?:until|till|to|through"
                              r"|and|but|at|while|whilst|as|with|into|unless|if|or)\b))",
                              re.IGNORECASE)
_LONG_TERM = on_first_use(r"long[\s-]term\b", re.IGNORECASE)
# How an amount of time opens: a number, a few, at least, about, half, another.
_HOW_LONG_FIRST = on_first_use(
    r"(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen"
    r"|twenty|half|a\s+few|few|several|some|many|at\s+least|about|around|roughly|another"
    r"|next|this|whole|all|every|each|most|least|no\s+less)\b", re.IGNORECASE)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",),
                                            default_for_string=False, default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["scale_bar"] = scale_bar
    env.filters["date"] = format_date
    env.filters["clause"] = clause
    env.filters["be_verb"] = be_verb
    env.filters["sentence"] = sentence
    env.filters["subject"] = subject
    env.filters["mid"] = mid
    env.filters["likely"] = likely
    env.filters["that_clause"] = that_clause
    env.filters["worry"] = worry
    env.filters["period"] = period
    env.filters["whose"] = whose
    env.filters["voiced"] = voiced
    env.filters["ended_in_direction"] = ended_in_direction
    env.filters["words_in_direction"] = words_in_direction
    env.globals["footer"] = FOOTER
    return env


ENV = _environment()
log = logging.getLogger(__name__)


def draft_file(name: str) -> Path:
    """Where a drafting template shared by several flows is kept."""
    return TEMPLATES / "drafts" / f"{name}.txt"


def draft_template(spec: FlowSpec, name: str) -> str:
    """The source of a drafting template: the flow's own, else a shared file."""
    if name in spec.templates:
        return spec.templates[name]
    path = draft_file(name)
    try:
        found = os.stat(path)
    except OSError as exc:
        if exc.errno not in _NOT_THERE:
            raise
        found = None
    if found is None or not stat.S_ISREG(found.st_mode):
        raise LookupError(f"no template {name!r} in the flow's templates or in {path.parent}")
    seen = (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)
    kept = _READ.get(path)
    if kept is not None and kept[0] == seen:
        return kept[1]
    source = path.read_text(encoding="utf-8")
    _READ[path] = (seen, source)
    return source


# A shared drafting template as last read, with the file's look then: at each suggestion
# the file is looked at (one `stat`), not opened and read again (six system calls), and an
# edit or a new file (an upgrade installed) changes its look, so it is read again then.
_READ: dict[Path, tuple[tuple[int, ...], str]] = {}
_NOT_THERE = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})  # is_file's


@lru_cache(maxsize=128)
def compiled(source: str) -> jinja2.Template:
    return ENV.from_string(source)


def suggest(flow: Flow, step: FlowStep, state: Walk) -> str | None:
    """Drafted wording for a step, built from the answers so far; None when there is none."""
    if not step.spec.draft:
        return None
    template = compiled(draft_template(flow.spec, step.spec.draft))
    # Every step of the flow can be read (the loader checked the names); one the answers
    # hide reads as unanswered, since the walk keeps no value for it.
    view = AnswerView(lambda i: flow.step(i) if flow.has_step(i) else None,
                      state.values.get, step.resolve)
    try:
        text = " ".join(template.render(a=view).split())
    except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
        # A flow's own template that fails on these answers (a filter given the wrong
        # arguments, say): no suggestion, as when the answers give none; the operator is
        # told which template, never the answers.
        log.warning("the drafting template %r of flow %r failed for step %r (%s)",
                    step.spec.draft, flow.id, step.id, type(exc).__name__)
        return None
    return text or None


def render_text(summary: Summary) -> str:
    """The summary as plain text, for a terminal or a case-recording system."""
    return ENV.get_template("summary.txt").render(s=summary).strip() + "\n"
