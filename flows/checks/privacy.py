"""Privacy: things in an answer that look like a full name, date of birth, address, postcode,
phone number, email or NHS number (`find_personal_data`), and a person's name in a case label,
whatever its casing (`name_in_label`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from flows.checks.text import DATA_DIR, fold, longest_first, mask_quotes, needles, without_overlaps
from flows.regex import on_first_use

FIRST_NAMES_PATH = DATA_DIR / "first_names.txt"
SURNAMES_PATH = DATA_DIR / "surnames.txt"

PrivacyKind = Literal[
    "full_name", "date_of_birth", "address", "postcode", "phone", "email", "nhs_number"
]


@dataclass(frozen=True, slots=True)
class PrivacyHit:
    """Something in an answer that looks like personal data."""

    kind: PrivacyKind
    text: str
    span: tuple[int, int]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Real postcode areas only, so "Y10 6TH" (a school year) is not a postcode.
_AREAS = _words("""AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE
    DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA
    KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH
    RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN
    WR WS WV YO ZE""")
# The areas with their common starts shared: one after another, they made every place in a
# text try each of them (60 µs a 100-character answer).
POSTCODE = on_first_use(
    rf"(?<!\w){longest_first(_AREAS)}\d[A-Z\d]?"
    r"\s?\d[ABD-HJLNP-UW-Z]{2}(?!\w)", re.IGNORECASE)
_EMAIL = on_first_use(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RUN = on_first_use(r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d[\d \-().]{7,16}\d")
_NHS = on_first_use(r"(?<![\d+])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?!\d)")
_MONTH = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?"
          r"|aug(?:ust|\.)?|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
_DAY = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
_DATE = (rf"(?:\d{{1,2}}\s?[/.\-]\s?\d{{1,2}}\s?[/.\-]\s?\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
         rf"|{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}}|\s+\d{{2}})?|{_MONTH}\s+\d{{4}}"
         rf"|{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?)(?!\w)")
_DOB_CUE = r"(?<!\w)(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth)"
_DOB = on_first_use(
    rf"(?:{_DOB_CUE}|(?<!\w)born(?:\s+(?:on|in))?|(?<!\w)birthday(?:\s+(?:is|on))?)"
    rf"[\s:=\-–,(]*(?:is\s+|was\s+)?{_DATE}", re.IGNORECASE)
_DOB_LOOSE = on_first_use(rf"{_DOB_CUE}[\s:=\-–(]*\d[\d\s/.\-]*\d", re.IGNORECASE)
_STREET = (r"(?:Street|Road|Avenue|Lane|Close|Drive|Way|Crescent|Court|Place|Gardens|Grove"
           r"|Terrace|Square|Hill|Park|Mews|View|Walk|Rise|Row|Parade|Green|Vale|Croft|Gate"
           r"|Boulevard|Approach|Mount|Wharf|Yard|Meadows?|Chase|Grange|Heights|Fields?|Brow|Wynd"
           r"|(?:St|Rd|Ave|Ln|Dr|Cres|Ct|Pl|Gdns|Sq)\.?)")
_HOUSE = (r"(?<![\w£$.:/,])(?:(?i:flat|apartment|apt|unit)\.?\s*\d+[A-Za-z]?,?\s+)?"
          r"\d{1,4}[A-Za-z]?,?\s+")
_ADDRESS = on_first_use(
    rf"{_HOUSE}(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\s+){{1,3}}{_STREET}(?!\w)")
# Lower-case addresses are only trusted with street words that are rarely anything else.
_ADDRESS_LOWER = on_first_use(
    rf"{_HOUSE}([a-z'’]+(?:\s+[a-z'’]+)?)\s+(?:street|road|avenue|crescent|terrace|gardens"
    r"|mews|lane)(?!\w)", re.IGNORECASE)
_NOT_STREET_NAMES = _words("""the a an to in on at of and or down up across along over into
    from by near past minutes mins hours hrs hour miles mile metres meters yards times days
    weeks months years kids children boys girls people cars buses houses doors steps bus""")


def find_personal_data(text: str) -> list[PrivacyHit]:
    """Things that look like a name, date of birth, address or contact detail, in order."""
    hits: list[PrivacyHit] = []
    if _DIGIT_OR_AT.search(text):  # what the patterns and finders but names all need
        hits += _with_digits(text)
    if _NAME_START.search(text):
        hits += _names(text)
    if _CAPS_PAIR.search(text):
        hits += _caps_names(text)
    if not text.isascii() and _LATIN_LETTER.search(text):
        hits += _script_names(text)
    return without_overlaps(hits, lambda h: h.span)


# A full name in another script, in an answer written in English: two capitalised words in
# Cyrillic or Greek ("Иван Петров"), two words or more in Arabic or Hebrew script, which have
# no capitals ("محمد الأحمد"), or a run of two to four Chinese characters or Korean syllables
# ("王小明"), as such names are written. (A word alone is read as a first name, as "Ivan"
# alone is.) The look-alike letters `as_latin` reads as Latin are not this: "Јоhn Ѕmith" is
# read by `_names`.
_LATIN_LETTER = on_first_use(r"[A-Za-z]")
_SCRIPT_NAME = on_first_use(
    r"(?<![^\W\d_])[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ]+)?"
    r"(?:[ \t\u00a0]+[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ]+)?)+(?![^\W\d_])"
    r"|(?<![^\W\d_])[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+(?:[ \t\u00a0]+[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+)+(?![^\W\d_])"
    r"|[\u0600-\u06ff\u0750-\u077f]{2,}(?:[ \t\u00a0]+[\u0600-\u06ff\u0750-\u077f]{2,})+"
    r"|[\u0590-\u05ff]{2,}(?:[ \t\u00a0]+[\u0590-\u05ff]{2,})+"
    # (not a word said twice, "谢谢", "妈妈": no name is its one sound twice)
    r"|(?<![\u4e00-\u9fff])(?!(.)\1(?![\u4e00-\u9fff]))[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])"
    # (two to four syllables in all: "안녕하세요" is a greeting's five)
    r"|(?<![\uac00-\ud7af])(?:[\uac00-\ud7af][ ][\uac00-\ud7af]{1,3}"
    r"|[\uac00-\ud7af]{2}[ ][\uac00-\ud7af]{1,2}|[\uac00-\ud7af]{2,4})(?![\uac00-\ud7af])")
# Where such a run is a place or words said, not a person: "from 北京", "lived in Санкт
# Петербург", "Mum says الحمد لله when ...", "wrote 我爱你 on the card", and anything in
# quotation marks; not someone said to have done something ("Mum said 王小明 hit her").
_A_PLACE = on_first_use(r"\b(?:from|in|to|at|near|of)\s+(?:the\s+)?$", re.IGNORECASE)
_SAID = on_first_use(r"\b(?:said|says|say|saying|wrote|writes|write|means|called|sign|reads?"
                     r"|word|words|phrase)\s+(?:the\s+)?(?:word\s+|words\s+|phrase\s+)?$",
                     re.IGNORECASE)
_SAID_ENDS = on_first_use(r"\s*(?:$|[.,;:!?)\n]|(?:to|on|when|as|in|at|for|if|because"
                          r"|every|each|again|before|after|then|too)\b)", re.IGNORECASE)


# A run of Chinese or Korean that names a place or says something, not a person: one that
# ends in a kind of place ("永辉超市" a supermarket, "소망교회" a church, "华联商店" a shop,
# "경찰서" a police station, "中山公园" a park), or holds a word no name holds ("她去超市",
# she goes to the supermarket; "我们").
_NOT_A_PERSON = on_first_use(
    r"(?:超市|商店|市场|商场|教会|教堂|学校|医院|诊所|公司|餐厅|饭店|酒店|银行|中心|大学|中学|小学"
    r"|幼儿园|寺|庙|店|馆|站|公园|花园|乐园|广场|公安局|警察局|派出所|法院|药房|社区|小区|公寓"
    r"|교회|성당|학교|병원|마트|시장|센터|식당|회사|가게|은행|대학|유치원|사원|절|공원|경찰서"
    r"|파출소|소방서|도서관|체육관|복지관|편의점|약국|카페|공항|법원|아파트)$"
    r"|[她他我你们的了是去吗呢吧]")


# Words of Arabic, Persian, Urdu and Hebrew that no name holds (they say who did what to
# whom, or ask): a run of those scripts with one of them is words said, not a full name.
# A child's words written down as said, "Nia: ما بدي روح عالبيت" (I don't want to go
# home), "Mum said: قالت إنها تخاف" were each asked to be put as initials. Family words
# ("ماما", "אבא") are here too; "علي" (Ali) and "أبو" (Abu), which names hold, are not.
_SAID_IN_SCRIPT = _words("""
    من إلى الى في على عن مع لا ما لم لن هو هي هم أنا انا أنت انت نحن قال قالت يقول تقول
    إن إنه إنها انه انها أن كان كانت هذا هذه ذلك كل لأن لان بدي مش مو شو ليش ماما بابا أمي
    امي أبي ابي
    از به در با که این آن تو او را است بود گفت نمی می خیلی مامان
    نے کہا ہے ہیں تھا تھی تھے کی کا کے کو میں سے اور نہیں رہی رہا وہ یہ ماں مجھے ہم
    של את הוא היא אני אתה אנחנו הם אמר אמרה לא כן עם על כל זה זאת יש אין היה הייתה אבא
    אמא כי גם רק מה למה""")


def _script_names(text: str) -> list[PrivacyHit]:
    """Full names in another script, in an answer written in English (`_SCRIPT_NAME`)."""
    masked = mask_quotes(text)
    return [PrivacyHit("full_name", m.group(), m.span()) for m in _SCRIPT_NAME.finditer(text)
            if masked[m.start()] != " "
            and not _NOT_A_PERSON.search(m.group())
            and _SAID_IN_SCRIPT.isdisjoint(w.strip("،؛؟") for w in m.group().split())
            and not _A_PLACE.search(text, max(0, m.start() - 12), m.start())
            and not (_SAID.search(text, max(0, m.start() - 24), m.start())
                     and _SAID_ENDS.match(text, m.end()))]


def as_latin(text: str) -> str:
    """The text as plain Latin letters and digits, for reading names and contacts typed to
    slip past: "fancy" and full-width letters (NFKC), Cyrillic and Greek letters that look
    like Latin ones ("Јоhn Ѕmith" with a Cyrillic J, o and S), and marks laid over a
    letter ("Jo̵hn"). Accents go too ("José" is read "Jose"): only whether there is a name
    is asked, and the text kept is the practitioner's own."""
    if text.isascii():
        return text
    split = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text))
    bare = "".join(c for c in split if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).translate(_LOOK_ALIKES)


# Cyrillic and Greek capitals and small letters drawn as a Latin one is.
_LOOK_ALIKES = str.maketrans(
    "АВСЕНІЈКМОРЅТХУ" "асеіјорѕхуԁһӏԛԝ" "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ" "αορνικυ",
    "ABCEHIJKMOPSTXY" "aceijopsxydhlqw" "ABEZHIKMNOPTYX" "aopviku",
)


# Every pattern below but the names' holds a digit (`\d`, as they read it) or an "@".
_DIGIT_OR_AT = on_first_use(r"[\d@]")
_DIGIT = on_first_use(r"\d")
# Quick tests of what a reader needs, so most answers skip most readers: a postcode's area
# letter and digit, a date of birth's cue (both in the text as `fold` gives it, since their
# patterns ignore case), a capitalised street word after a space (as _ADDRESS has it), a
# lower-case address's street word.
_LETTER_DIGIT = on_first_use(r"[a-z]\d")
_DOB_WORD = on_first_use(r"born|birth|d\.?\s?o\.?\s?b")
_STREET_WORD = on_first_use(rf"\s(?=[A-Z]){_STREET}")
_LOWER_STREET = needles(_ADDRESS_LOWER.pattern, _ADDRESS_LOWER.flags)


_PATTERNS: tuple[tuple[PrivacyKind, re.Pattern[str]], ...] = (
    ("email", _EMAIL), ("postcode", POSTCODE), ("date_of_birth", _DOB),
    ("date_of_birth", _DOB_LOOSE), ("address", _ADDRESS),
)


def _with_digits(text: str) -> list[PrivacyHit]:
    """Emails, postcodes, dates of birth, addresses, phones and NHS numbers, in that order."""
    folded = fold(text)
    birth = _DOB_WORD.search(folded) is not None
    ready = {_EMAIL: "@" in text, POSTCODE: _LETTER_DIGIT.search(folded) is not None,
             _DOB: birth, _DOB_LOOSE: birth,
             _ADDRESS: _STREET_WORD.search(text) is not None}
    hits = [PrivacyHit(kind, m.group(), m.span()) for kind, pattern in _PATTERNS
            if ready[pattern] for m in pattern.finditer(text)]
    if _LOWER_STREET.found_in(folded):
        hits += _lower_addresses(text)
    if len(_DIGIT.findall(text)) >= 7:  # the fewest digits a phone or NHS number has
        hits += _phones(text)
        hits += _nhs_numbers(text)
    return hits


def _lower_addresses(text: str) -> Iterator[PrivacyHit]:
    for m in _ADDRESS_LOWER.finditer(text):
        if not _NOT_STREET_NAMES.intersection(m.group(1).lower().split()):
            yield PrivacyHit("address", m.group(), m.span())


def _phones(text: str) -> Iterator[PrivacyHit]:
    yield from _uk_phones(text)
    yield from _other_phones(text)


def _uk_phones(text: str) -> Iterator[PrivacyHit]:
    for m in _PHONE_RUN.finditer(text):
        at = [m.start() + i for i, ch in enumerate(m.group()) if ch.isdigit()]
        if m.group().startswith("+"):
            at = at[3:] if "(0)" in m.group() else at[2:]
            at = [-1, *at]  # the trunk 0 that +44 stands for
        digits = "0" + "".join(text[i] for i in at[1:])
        size = min(len(digits), 11)
        if size < 10 or digits[1] not in "12378" or (size == 10 and digits[1] not in "18"):
            continue
        end = at[size - 1] + 1
        if len(digits) > size and not text[end:at[size]].isspace():
            continue  # part of a longer number
        yield PrivacyHit("phone", text[m.start():end], (m.start(), end))


# Numbers written the way they are dialled outside the UK (the framework is used across
# Australasia, North America and Europe): any "+" number, Australia's and New Zealand's
# ten-digit mobiles and landlines ("0412 345 678", "021 555 0193", "(03) 9555 1234"), North
# America's "(555) 123-4567", and any run of 7 to 12 digits that a phone word leads into
# ("ring Nan on 9555 1234", "mob: 021 555 019"). Only spaces, hyphens and brackets inside,
# so a date ("12.03.2024") or a time range is never read as one.
_DIALLED = on_first_use(r"(?<![\w+/.:])(?:\+\s?(?P<country>\d{1,3})[\s\-]?)?"
                        r"(?:\(\d{1,4}\)\s?)?\d[\d \-]{4,16}\d(?![\w/]|[.:]\d)")
_AREA_BRACKETS = on_first_use(r"\(\d{1,4}\)")
_THREE_THREE_FOUR = on_first_use(r"\d{3}-\d{3}-\d{4}")  # "555-123-4567"
_PHONE_CUE = on_first_use(
    r"(?<!\w)(?:ph(?:one)?|mob(?:ile)?|tel(?:ephone)?|cell(?:phone)?|landline|whats\s?app"
    r"|(?:contact|phone|mobile)\s+(?:no|number)|(?:ring|call|text|phone)(?:(?:\s+\w+){0,2}\s+on)?"
    r"|(?:is|are|'s)\s+on)"
    r"\.?\s*(?:no\.?|number|is)?[\s:#=\-]*$", re.IGNORECASE)

# Not a phone, though dialled-looking: a date or time ("ring on 12 03 2024"), a record's
# number ("case ref 0412 345 678"), a count after the number ("on 0412 345 678 2 times").
_LONE_TAIL = on_first_use(r"\s\d{1,2}$")
_DATE_RUN = on_first_use(r"\d{1,2}[\s\-]\d{1,2}[\s\-](?:\d{2}|\d{4})"
                         r"|\d{4}[\s\-]\d{1,2}[\s\-]\d{1,2}"
                         r"(?:\s\d{1,2}\s?\d{2})?")
_REFERENCE = on_first_use(r"(?<!\w)(?:case|ref|reference|record|crime|court|file|claim|account"
                          r"|a/c|order|invoice|policy|id|lcs|crn|nino|ni|nhs)\b[^.;!?]{0,20}$",
                          re.IGNORECASE)


def _other_phones(text: str) -> Iterator[PrivacyHit]:
    for m in _DIALLED.finditer(text):
        start, run = m.start(), m.group()
        lone = _LONE_TAIL.search(run)  # "on 0412 345 678 2 times a week": the 2 is not in it
        if lone is not None and _dialled(text, start, run[:lone.start()], m.group("country")):
            run = run[:lone.start()]
        elif not _dialled(text, start, run, m.group("country")):
            continue
        yield PrivacyHit("phone", run, (start, start + len(run)))


def _dialled(text: str, start: int, run: str, country: str | None) -> bool:
    digits = "".join(ch for ch in run if ch.isdigit())
    if country is not None:  # +44 is read above, the UK's own way
        return not country.startswith("44") and 8 <= len(digits) <= 15
    if _DATE_RUN.fullmatch(run):
        return False  # "ring on 12 03 2024", "call 14-05-2024"
    before = text[max(0, start - 32):start]
    if _REFERENCE.search(before):
        return False  # "case ref 0412 345 678": a record's number, not a phone's
    if 7 <= len(digits) <= 12 and _PHONE_CUE.search(before):
        return True
    if _AREA_BRACKETS.match(run):
        return 8 <= len(digits) <= 11  # "(09) 555 1234", "(03) 9555 1234", "(555) 123-4567"
    if _THREE_THREE_FOUR.fullmatch(run):
        return not _nhs_valid(digits)  # "555-123-4567"; one whose check digit holds is NHS
    if len(digits) != 10:
        return False
    return digits[0] == "0" and digits[1] in "234789"


def _nhs_numbers(text: str) -> Iterator[PrivacyHit]:
    for m in _NHS.finditer(text):
        if _nhs_valid(m.group()):
            yield PrivacyHit("nhs_number", m.group(), m.span())


def _nhs_valid(written: str) -> bool:
    """Whether ten digits end in the NHS number's check digit (modulus 11)."""
    digits = [int(c) for c in written if c.isdecimal()]
    check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=False)) % 11
    return len(digits) == 10 and (0 if check == 11 else check) == digits[9]


_ROLES = _words("""mum mummy mam mom mother dad daddy father nan nana nanna nanny gran granny
    grandma grandmother grandad granddad grandpa grandfather auntie aunty aunt uncle sister
    brother stepdad stepmum cousin baby son daughter partner boyfriend girlfriend husband wife
    carer foster social worker teacher head headteacher deputy police officer pc pcso sergeant
    detective inspector nurse doctor gp health visitor midwife manager practitioner lead senior
    team family support key paediatrician consultant psychologist psychiatrist therapist
    counsellor judge magistrate solicitor advocate guardian chair reverend father sir madam""")
_CALENDAR = _words("""monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
    thu thur thurs fri sat sun january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas
    easter eid diwali""")
_PLACES = _words("""school academy college university primary secondary infants infant juniors
    junior nursery preschool hospital surgery clinic centre center station road street avenue
    rd st council services service team unit office club fc united rovers city football
    library church chapel mosque temple gurdwara synagogue cathedral estate prison class group
    room year hub trust foundation project ambulance airport shopping retail high cottage farm
    lodge manor holiday holidays term camp fair festival""")
# Place words that are also surnames: a name only when not after "at", "in" and so on.
_PLACES_OR_SURNAMES = _words("park hall hill green lane wood woods field fields ward court house "
                             "close way grove gate brook marsh moss mount vale cross bridge")
# First names that, before "Park", name a town's park far more often than a person, wherever
# it is said.
_PARK_FIRST = _words("victoria albert alexandra")
# ... unless the name is said as someone's, doing something (Park is a surname too)
_SOMEONE_DOES = _words("""said says told tells visited visits came comes rang rings called
    calls helps helped picks picked works worked lives lived agreed agrees asked asks wants
    wanted gave gives phoned texted emailed""")
# ... or with a word said of a place as well ("Albert Park is where ...", "has a skate
# park"), when what comes next is someone ("is mum's friend", "has the children") or, after
# "will" and the like, what someone does ("will pick the kids up")
_A_PLACE_TOO = _words("has have had is was will would can could looks looked takes took")
_WHO_SOMEONE_IS = _ROLES | _words("friend friends neighbour neighbor childminder mentor tutor "
                                  "coach youth")
_SOMEONE = _WHO_SOMEONE_IS | _words("""children kids child them him her pick collect help ring
    call phone text visit bring take have mind babysit look""")
_SKIPPED = _words("the a an very really also still usually sometimes")
# The words that open who someone is, after their name and a comma ("..., the family support
# worker", "..., a neighbour": someone among the next few words; "..., the one by the
# canal" is the park).
_WHO_THEY_ARE = _words("the a an his her their our my your")
_LOCATIVES = _words("at in near outside around the opposite by behind past towards")
_FUNCTION = _words("""the a an and but or so if then when while i he she they we it you this
    that these those his her their our my your its is was has had did does do said says told
    asked went came got will would can could should might must not no yes ok okay also just
    still please thanks thank hi hello dear after before today yesterday tomorrow there here
    where what who why how""")
_CAPS_NOT_NAMES = _words("""not and the but yes all any out off now was has had did nfa cse cce
    asb lac cin fii mash camhs lado marac plo icpc rcpc fgc sgo ehcp sen send neet yot yjs csc
    nhs ace aces cla cic pcso adhd asd ocd ptsd gcse gcses sats dob urgent note""")
_TITLES = _words("mr mrs ms miss mx dr")
_MONTH_NAMES = _words("april may june august")
_AMBIGUOUS_FIRST = _words("""will bill pat sue mark rose grace hope faith joy dawn summer holly
    ivy amber ruby daisy lily poppy jack max rob ray dale glen kim jay dean lee frank""")
# Surnames read in free text after any capitalised word (Tyrese Khan). Kept to names no one
# writes for anything else: surnames that are also first names, places or words (George,
# Jordan, Brown, Mann) would make "Year Six George" or "Sent Mann a letter" a name.
_COMMON_SURNAMES = _words("""smith jones williams taylor davies evans wilson thomas johnson
    roberts robinson thompson wright walker edwards hughes lewis harris clarke clark patel
    jackson turner martin cooper morris moore baker harrison morgan allen james scott phillips
    watson davis parker price bennett griffiths mitchell kelly carter richardson bailey collins
    murphy miller cox richards khan marshall anderson simpson ellis adams singh begum wilkinson
    foster chapman powell webb rogers mason ali hunt hussain campbell matthews owen palmer
    holmes mills barnes lloyd butler russell barker fisher stevens jenkins murray dixon harvey
    ahmed akhtar kaur shah rahman iqbal mahmood nowak kowalski okafor mensah o'brien o'connor
    o'neill mcdonald macdonald garcia rodriguez fernandez lopez gonzalez perez martinez sanchez
    silva santos ferreira pereira oliveira popescu ionescu kowalska wisniewski wisniewska wojcik
    kaminski lewandowski zielinski szymanski
    adebayo adeyemi ogunleye okonkwo okoro nwosu obi eze owusu asante boateng bangura kamara
    conteh abdi farah jama warsame osman yusuf ibrahim hussein hassan mahmoud rashid bashir
    malik chaudhry choudhury chowdhury uddin miah bibi mohammed muhammad mohammad sharma gupta
    kumar joshi mistry parmar chauhan sandhu sidhu dhillon grewal nair pillai reddy nguyen tran
    pham zhang zhou huang wang liu chen mazur wozniak dabrowski kozlowski jankowski kowalczyk
    krawczyk ngata parata tipene waititi tupou fifita taufa faleolo tuilagi""")
_PLAIN_WORDS = _ROLES | _PLACES | _FUNCTION | _PLACES_OR_SURNAMES
_NOT_SURNAMES = _ROLES | _CALENDAR | _PLACES | _FUNCTION | _TITLES | _CAPS_NOT_NAMES
_WORD = on_first_use(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Letters of any alphabet: "Zoë", "Seán", "Łukasz" and "Núñez" are names as "Zoe" is.
_SURNAME_PREFIX = on_first_use(r"Mc|Mac|O['’]|D['’]")
_PARTS = on_first_use(r"[-'’]")
# Letters with no decomposition of their own, read as the ASCII letter a name list holds.
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i"})
_Token = tuple[str, int, int]


@cache
def _first_names() -> frozenset[str]:
    lines = FIRST_NAMES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip().lower() for s in lines if s.strip() and not s.startswith("#"))


# Every full name is a capitalised word or a title, spaces, then a surname's first two
# characters (a middle "May" may come between): most answers hold none ("Nan has had T to
# stay since May"), and this one search is far quicker than reading each word. Spelt out
# letter by letter, not with (?i:), and led by one set of letters: `re` then skips at once
# the places no name starts at (20 µs a 100-character answer with (?i:), 3 µs so).
# A capital is any letter but a-z (`[^\W\d_a-z]`): "Zoë Smith" and "Łukasz Nowak" pass.
# A first word is read at most 60 letters on: a run of capitals outside A-Z ("ÉÉÉ…", which
# the letters after a capital include) was read to its end again from each of them.
_NAME_START = on_first_use(
    r"[^\W\d_a-ce-ln-z](?:(?<=[^\W\d_a-z])[^\W\d_A-Z]{1,60}|(?<=[Mm])(?:[Rr][Ss]?|[Ss]|[Ii][Ss][Ss]"
    r"|[Xx])\.?|(?<=[Dd])[Rr]\.?)[ \t\u00a0]+(?:(?:[Aa](?:[Pp][Rr][Ii][Ll]|[Uu][Gg][Uu][Ss][Tt])"
    r"|[Mm][Aa][Yy]|[Jj][Uu][Nn][Ee])[ \t\u00a0]+)?"
    # a surname's particle, as typed: "Dafydd ap Gwilym", "Anna van der Berg"
    r"(?:(?:a[pb]|v?erch|ferch|v[ao]n|de[lnr]?|della|d[aiu]|l[ae]|bint?|ibn)[ \t\u00a0]+){0,2}"
    r"[^\W\d_a-z](?:[^\W\d_]|['’])")
_GAP = on_first_use(r"[ \t\u00a0]+")
_DOT_GAP = on_first_use(r"\.?[ \t\u00a0]+")


def _names(text: str) -> Iterator[PrivacyHit]:
    words = [(_strip_possessive(m.group()), m.start()) for m in _WORD.finditer(text)]
    tokens = [(word, start, start + len(word)) for word, start in words]
    i = 0
    while i < len(tokens):
        size = _name_size(text, tokens, i)
        if size:
            start, end = tokens[i][1], tokens[i + size - 1][2]
            yield PrivacyHit("full_name", text[start:end], (start, end))
        i += max(size, 1)


# Two words in capitals side by side, as a custody record or a police officer types ("MOTHER
# JANE SMITH SAID"): no capital tells a name there from any other word.
_CAPS_PAIR = on_first_use(r"\b[A-Z]{2,}[ \t\u00a0]+[A-Z]{3,}\b")


def _caps_names(text: str) -> Iterator[PrivacyHit]:
    """Full names typed in capitals: a listed first name that is not also an everyday word
    (not WILL, MARK or GRACE), then a listed surname that is not a word of roles, places or
    dates. By the lists alone, as case tells nothing; a lone capitalised surname ("Jane
    SMITH") is read by `_names`."""
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    for i in range(len(tokens) - 1):
        first, second = tokens[i][0], _strip_possessive(tokens[i + 1][0])
        if not (first.isupper() and second.isupper() and _joined(text, tokens, i)):
            continue
        lower, surname = first.lower(), second.lower()
        if lower in _first_names() and lower not in _CAPS_NOT_FIRST \
                and surname in _surnames() and surname not in _CAPS_NOT_SURNAME:
            start, end = tokens[i][1], tokens[i][2] + 1 + len(second)
            yield PrivacyHit("full_name", text[start:end], (start, end))


def _strip_possessive(word: str) -> str:
    return word[:-2] if word[-2:] in ("'s", "’s") else word


def _name_size(text: str, tokens: list[_Token], i: int) -> int:
    """How many tokens from i make up a full name; 0 if they don't look like one."""
    word = tokens[i][0]
    lower = word.lower()
    if lower in _TITLES:
        return _title_name(text, tokens, i)
    if not _first_shape(word) or (lower in _CALENDAR and not _month_as_name(text, tokens, i)):
        return 0
    before = tokens[i - 1][0] if i > 0 and _joined(text, tokens, i - 1, dot=True) else ""
    if before in ("St", "Saint", "the", "The"):
        return 0  # St John Ambulance, the Jack Russell
    # A listed first name, or any capitalised word before a common surname (Tyrese Khan).
    known_surname = (_joined(text, tokens, i)
                     and _unaccented(tokens[i + 1][0].lower()) in _COMMON_SURNAMES)
    plain_word = lower in _PLAIN_WORDS
    if not (_is_first_name(word) or (known_surname and not plain_word)):
        return 0
    surnames = _surname_run(text, tokens, i + 1)
    particles = 0
    if not surnames and _is_first_name(word):
        # "Dafydd ap Gwilym", "Catrin ferch Owain", "Anna van der Berg": a surname after the
        # particles of one (Welsh ap, ab and ferch; van, de, bin ...) is the surname still
        while particles < 2 and _joined(text, tokens, i + particles) \
                and tokens[i + 1 + particles][0] in _PARTICLES:
            particles += 1
        surnames = _surname_run(text, tokens, i + 1 + particles) if particles else 0
    if not surnames or _looks_like_place_or_list(text, tokens, i, particles + surnames):
        return 0
    return 1 + particles + surnames


_PARTICLES = _words("ap ab ferch verch erch van von de del den der della da di du la le bin "
                    "bint ibn")


_MONTHS_AS_NAMES = _words("jan may june april august")
_DAY_BEFORE = on_first_use(r"\d(?:st|nd|rd|th)?(?:\s+of)?\s*$", re.IGNORECASE)


def _month_as_name(text: str, tokens: list[_Token], i: int) -> bool:
    """"Jan Smith", "June Patel": a month that is also a first name, before a common
    surname, with no day before it ("on 3 June Smith rang" is a date)."""
    return (tokens[i][0].lower() in _MONTHS_AS_NAMES and _joined(text, tokens, i)
            and _unaccented(tokens[i + 1][0].lower()) in _COMMON_SURNAMES
            and not _DAY_BEFORE.search(text[:tokens[i][1]]))


def looks_like_a_name(word: str) -> bool:
    """Whether the word is a listed first name or a common surname, in any case."""
    lower = _unaccented(word.lower())
    return lower in _first_names() or lower in _COMMON_SURNAMES


def _is_first_name(word: str) -> bool:
    return _unaccented(word.split("-")[0].lower()) in _first_names()


def _is_surname(word: str) -> bool:
    return _surname_shape(word) and word.lower() not in _NOT_SURNAMES


def _capitalised(part: str) -> bool:
    """One capital, then small letters, in any alphabet ("Zoë", "Łukasz"; not "ZOE", "zoe")."""
    return len(part) > 1 and part.isalpha() and part[0].isupper() and part[1:].islower()


def _first_shape(word: str) -> bool:
    """A first name's shape: capitalised, or capitalised parts joined by hyphens."""
    return all(_capitalised(part) for part in word.split("-"))


def _surname_shape(word: str) -> bool:
    """A surname's shape: capitalised parts (after Mc, Mac, O' or D', joined by hyphens or
    apostrophes), or capitals only, three or more a part ("SMITH", "JONES-DAVIES")."""
    if word.isupper():
        return all(len(part) >= 3 and part.isalpha() for part in word.split("-"))
    prefix = _SURNAME_PREFIX.match(word)
    return any(all(_capitalised(part) for part in _PARTS.split(rest))
               for rest in (word, word[prefix.end():] if prefix else ""))


def _unaccented(lower: str) -> str:
    """A name as the lists spell it: "zoë" -> "zoe", "seán" -> "sean", "łukasz" -> "lukasz"."""
    if lower.isascii():
        return lower
    letters = unicodedata.normalize("NFKD", lower.translate(_PLAIN_LETTERS))
    return "".join(c for c in letters if not unicodedata.combining(c))


def _joined(text: str, tokens: list[_Token], i: int, *, dot: bool = False) -> bool:
    if i + 1 >= len(tokens):
        return False
    gap = _DOT_GAP if dot else _GAP
    return gap.fullmatch(text, tokens[i][2], tokens[i + 1][1]) is not None


def _surname_run(text: str, tokens: list[_Token], j: int) -> int:
    run = 0
    while _joined(text, tokens, j + run - 1):
        word = tokens[j + run][0]
        if word.lower() in _MONTH_NAMES and _joined(text, tokens, j + run):
            word = tokens[j + run + 1][0]  # a middle name like May in Lily May Evans
        if not _is_surname(word):
            break
        run += 1
    return run


def _title_name(text: str, tokens: list[_Token], i: int) -> int:
    if not _joined(text, tokens, i, dot=True) or not _is_surname(tokens[i + 1][0]):
        return 0
    if tokens[i][0] == "miss" and _missing_verb([t[0].lower() for t in tokens[max(i - 2, 0):i]]):
        return 0  # "will continue to miss Ruby's feeds": the verb, not a teacher
    return 2 + _surname_run(text, tokens, i + 2)


# Words after which a lower-case "miss" is the verb ("didn't miss", "often miss"), and the
# words before "to" that make it one ("continue to miss"; "spoke to miss Smith" is a title).
_BEFORE_THE_VERB = _words("""will would could might may must can cannot shall should not
    never did do does also often always sometimes usually regularly still rarely frequently""")
_BEFORE_TO_THE_VERB = _words("""continue continues continued going likely unlikely used tend
    tends tended start starts started begin begins began seem seems seemed want wants wanted
    able allowed""")


def _missing_verb(before: list[str]) -> bool:
    """Whether the words just before a lower-case "miss" make it the verb."""
    last = before[-1] if before else ""
    if last == "to":
        return len(before) > 1 and before[-2] in _BEFORE_TO_THE_VERB
    return last in _BEFORE_THE_VERB or last.endswith(("n't", "n’t", "'ll", "’ll"))


def _looks_like_place_or_list(text: str, tokens: list[_Token], i: int, surnames: int) -> bool:
    last = i + surnames
    after = tokens[last + 1][0].lower() if _joined(text, tokens, last) else ""
    if after in _PLACES:
        return True  # Mary Seacole Primary, Florence Nightingale Ward
    before = tokens[i - 1][0].lower() if i > 0 else ""
    if tokens[last][0].lower() in _PLACES_OR_SURNAMES and before in _LOCATIVES:
        return True
    if surnames == 1 and tokens[i][0].lower() in _PARK_FIRST and tokens[last][0] == "Park" \
            and not _said_as_someone(text, tokens, i, last):
        return True  # "picked up from Victoria Park", "- Albert Park after dark"
    names = [t[0] for t in tokens[i:last + 1]]
    if names[0].lower() in _AMBIGUOUS_FIRST and _sentence_start(text, tokens[i][1]):
        # "Will", "Summer", "Rose" start sentences as ordinary words: trust only known surnames.
        return not (names[-1].isupper() or names[-1].lower() in _COMMON_SURNAMES)
    if all(_is_first_name(n) for n in names):
        tail = text[tokens[last][2]:tokens[last][2] + 6].lstrip()
        return tail.startswith((",", "&", "and ", "or "))
    return False


def _said_as_someone(text: str, tokens: list[_Token], i: int, last: int) -> bool:
    """Whether the name from token `i` to `last` is said as a person's: with who they are
    after a comma ("Victoria Park, the family support worker"), or doing something
    ("Victoria Park said ...", "Mum's friend Victoria Park has the children")."""
    after = [token[0].lower() for token in tokens[last + 1:last + 5]]
    following = after[0] if after else ""
    if text[tokens[last][2]:tokens[last][2] + 3].lstrip().startswith(","):
        # who they are after the comma ("..., the family support worker", "..., mum's
        # friend"), not what came next ("to Victoria Park, where they played", "from
        # Victoria Park, then went home", "..., the one by the canal": the park)
        return (following in _WHO_THEY_ARE and not _WHO_SOMEONE_IS.isdisjoint(after[1:])) or (
            # or someone's ("mum's", read as "mum")
            bool(following) and text[tokens[last + 1][2]:tokens[last + 1][2] + 2] in ("'s", "’s"))
    if following in _A_PLACE_TOO:
        said = next((word for word in after[1:] if word not in _SKIPPED), "")
        return said in _SOMEONE or (i > 0 and tokens[i - 1][0].lower() in _SOMEONE)
    return following in _SOMEONE_DOES


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?:;\n\"“‘'(-•*"


# --- case labels ----------------------------------------------------------------------------

# Words case labels are made of: after an initial they are no surname ("b team", "k review").
_LABEL_WORDS = _words("""case cases family families child children sibling siblings baby
    referral referrals review reviews ref reference plan plans conference meeting meetings visit
    visits assessment strategy core group household home new old draft file report concern
    concerns worry worries cp cin cic lac cla ehcp mash lado plo dv duty intake pre post initial
    first second third north south east west central area locality test example safety mapping
    harm matrix wellbeing reflection supervision contextual houses success care kinship court
    unborn pre-birth prebirth birth newborn infant twin twins""")
# First names that are everyday words too: in a label they are taken as the word ("amber").
# The rest of _AMBIGUOUS_FIRST (Lily, Jack, Rose...) is a name when it is a label's word.
_EVERYDAY_FIRST = _words("will bill pat mark hope faith joy dawn summer amber max rob ray dale "
                         "glen")
_ORDINARY = _NOT_SURNAMES | _PLACES_OR_SURNAMES | _LABEL_WORDS | _EVERYDAY_FIRST
_CAPS_NOT_FIRST = _AMBIGUOUS_FIRST | _CALENDAR | _PLAIN_WORDS | _ORDINARY
_CAPS_NOT_SURNAME = _NOT_SURNAMES | _PLACES_OR_SURNAMES
# (an accent typed as a mark of its own after its letter, "Rene\u0301e", is the word's)
_LETTERS = r"[^\W\d_][\u0300-\u036f]*"
_LABEL_WORD = on_first_use(rf"(?:{_LETTERS})+(?:['’\-](?:{_LETTERS})+)*['’]?")
# Surnames by their shape alone, in any casing: O'Brien, D'Souza, McGregor.
_NAME_SHAPE = on_first_use(r"o'(?!clock)[a-z]{2,}|d'[a-z]{2,}|mc[a-z]{3,}")


@cache
def _surnames() -> frozenset[str]:
    lines = SURNAMES_PATH.read_text(encoding="utf-8").splitlines()
    listed = frozenset(s.strip().lower() for s in lines if s.strip() and not s.startswith("#"))
    return listed | _COMMON_SURNAMES


def name_in_label(label: str) -> str | None:
    """The part of a case label that reads as a person's name, in any casing, or None.

    A label says nothing but who the case is, so one listed first name or surname is a name
    there ("smith", "o'brien", "the smiths' case"), and so is an initial or a title before a
    word that labels are not made of ("j bloggs", "mr bloggs"). Words that are names and
    everyday words alike (Amber, Will, Foster, Green) are taken as everyday words, and a
    name after "St" or before a place word is a place (St Mary's, Sutton team).
    """
    found = list(_LABEL_WORD.finditer(label))
    words = [_unaccented(_plain(m.group())) for m in found]  # "Zoë" is listed as "zoe"
    for k, word in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        if (k and words[k - 1] in ("st", "saint")) or after in _PLACES:
            continue
        if _is_name(word):
            return found[k].group()
        gap = label[found[k].end():found[k + 1].start()] if after else ""
        initial = len(word) == 1 and word not in ("a", "i")
        if (initial or word in _TITLES) and len(after) > 1 and after not in _ORDINARY \
                and not any(c.isdigit() for c in gap):
            return label[found[k].start():found[k + 1].end()]
    return None


def _plain(word: str) -> str:
    """A label's word in lower case, without a possessive ending (smith's, smiths')."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


def _is_name(word: str) -> bool:
    """A listed first name or surname, or a surname's shape (a part of a double-barrelled
    name is enough: smith-jones, mary-jane)."""
    return any(_is_listed_name(part) for part in {word, *word.split("-")})


def _is_listed_name(word: str) -> bool:
    if word in _ORDINARY:
        return False
    surnames = _surnames()
    plural = (word.endswith("s") and word[:-1] in surnames) or (
        word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh"))
        and word[:-2] in surnames)  # the Smiths, the Joneses
    return word in _first_names() or word in surnames or plural or bool(
        _NAME_SHAPE.fullmatch(word))
