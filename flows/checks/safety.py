"""Strength or safety: whether an answer describes protective action taken when the danger
was present (existing safety), or a strength (`looks_like_safety`, `SAFETY_NUDGE`).
"""

from __future__ import annotations

import re

from flows.checks.text import sentences
from flows.regex import on_first_use

SAFETY_NUDGE = (
    "That sounds like a real strength, and it belongs on the map. Existing safety is what "
    "someone did to keep the child safe while the worry was happening, and keeps doing, like "
    '"When Dad came home drunk, Nan took the children to hers for the night". Who stepped in, '
    "what did they do, and how often?"
)

_MARKER = on_first_use(
    r"\b(?:when(?:ever)?|each\s+time|every\s+time|any\s*time|if|since|after|as\s+soon\s+as"
    r"|last\s+time|the\s+times?|on\s+the\s+(?:nights?|days?|evenings?|weekends?|occasions?)"
    r"|on\s+\w+\s+occasions|twice|(?:three|four|five|several|many|\d+)\s+times"
    r"|(?:each|every)\s+(?:night|evening|weekend|day|week)|until|till|til|while|whilst"
    # one dated time: "on 2nd dec", "on Saturday", "last night"
    r"|on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|last\s+(?:night|weekend|week)|that\s+night"
    # times counted or named as notes say them: "both times", "the first time", "in nov"
    r"|both\s+times|the\s+(?:first|second|third|next|other|one|\d{1,2}(?:st|nd|rd|th))\s+time"
    r"|(?:in|during|over|through)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b",
    re.IGNORECASE)
# A call for help in an emergency is a sign the danger was there, and an action.
_EMERGENCY = on_first_use(r"\b(?:rang|ring|rings|call(?:s|ed)?|phon(?:es?|ed)|dial(?:s|led)?)\s+"
                          r"(?:the\s+)?(?:999|911|000|112|police)\b", re.IGNORECASE)
_DANGER = on_first_use(
    r"\b(?:drink(?:s|ing)?|drank|drunk|alcohol|intoxicated|hungover|us(?:ed|es|ing)(?!\s+to\b)"
    r"|(?:was|is|got|gets|been|were|are)\s+high|stoned|drugs?|cannabis|heroin|cocaine"
    r"|relaps\w*|angry|anger|temper|rage|shout\w*|scream\w*|(?<!in\s)a\s+row|rows|argu\w+"
    # words that wound or a temper rising: "started swearing at her", "calling her names"
    r"|swear\w*|swore|curs(?:es|ed|ing)|insult\w*|intimidat\w*|agitated|worked\s+up|wound\s+up"
    r"|call(?:s|ed|ing)\s+(?:her|him|them|mum|dad)\s+names"
    r"|fight\w*|fought|violen\w*|hit(?:s|ting)?|hurt|punch\w*|kick(?:ed|s)?\s+off|smash\w*"
    r"|threat\w*|kick(?:s|ed|ing)?|push(?:es|ed|ing)?|grab(?:s|bed|bing)?|slap\w*|strangl\w*"
    r"|chok\w*|assault\w*|attack\w*|broke|break(?:s|ing)?|beat(?:s|en|ing)?|abus\w*"
    r"|turn(?:s|ed)\s+up|c(?:a|o)mes?\s+(?:round|back|home)|lost\s+(?:his|her)\s+temper"
    # a blow about to fall: "raised his hand", "squared up to her", "went for him"
    r"|sober(?:s|ed|ing)?\s+up|off\s+(?:his|her|their)\s+(?:face|head)|wasted|hammered|pissed"
    r"|rais(?:es|ed|ing)\s+(?:(?:his|her|their|a)\s+)?(?:hand|fist|arm|voice)s?|squar\w+\s+up"
    r"|(?:went|goes|go|going|came|comes|coming)\s+for\s+(?:him|her|them|mum|dad)"
    r"|aggressive|unwell|ill|poorly|low|depressed|overwhelmed|struggl\w*|voices"
    # a carer out of it, who could not look after anyone: "passed out", "couldn't be woken"
    r"|pass(?:es|ed)\s+out|blacked\s+out|out\s+cold|unconscious|collaps\w*|comatose"
    r"|(?:could\s*n['’]?t|could\s+not|would\s*n['’]?t|would\s+not|did\s*n['’]?t|did\s+not)\s+"
    r"(?:be\s+)?(?:woken|wake|waken|roused|rouse)"
    r"|psychotic|crisis|overdos\w*|self[\s-]?harm\w*|turned\s+up|unsafe|danger\w*|frightened"
    r"|scared|worried|missing|exploit\w*"
    # a young person not back when they should be: "when TJ isn't home by 9pm", "if he
    # misses his curfew"
    r"|(?:is\s*n['’]?t|is\s+not|was\s*n['’]?t|was\s+not|not)\s+(?:back\s+|home\s+)+(?:by|on\s+time"
    r"|at)\b|curfew"
    # a home without what keeps children warm and fed: "the electric ran out", "the gas was
    # cut off", "no food in the flat"
    r"|(?:ran|run|runs|running)\s+out|cut\s+off|no\s+(?:heat|money|hot\s+water|power)"
    r"|without\s+(?:heating|heat|electric(?:ity)?|gas|food|money|power)"
    r"|power\s+cut|(?:boiler|heating)\s+(?:broke|broken|went|failed|packed\s+up)|freezing"
    # an arrangement that keeps the one who harms from the child: "so he's never alone with
    # them", "is not left on his own with the baby"
    r"|(?:never|not|n['’]t)\s+(?:\w+\s+)?(?:alone|on\s+(?:his|her|their)\s+own)\s+with"
    # harm outside the home: a young person not home, out late, not answering, or taken
    r"|(?:did(?:n['’]?t| not)|does(?:n['’]?t| not)|was(?:n['’]?t| not)|not)\s+(?:come\s+)?"
    r"(?:answer\w*|pick\w*\s+up|come\s+home|home|back|reply\w*)"
    r"|(?:phone|mobile)\s+(?:was\s+|is\s+)?(?:off|dead)|out\s+late|late\s+at\s+night"
    r"|(?:got|gets|getting)\s+(?:in|into)\s+(?:a\s+|the\s+)?(?:car|van)"
    r"|older\s+(?:men|lads|boys|males|group)|(?:unknown|strange|older)\s+(?:adults|men|car)"
    r"|curfew|dealers?|groom\w*"
    # someone hunting a young person down: "came looking for him", "were after her", "followed
    # her home", "chased him", "waiting outside the flats"
    r"|looking\s+for\s+(?:him|her|them)|(?:is|are|was|were|been)\s+after\s+(?:him|her|them)"
    r"|follow(?:s|ed|ing)\s+(?:him|her|them)|chas(?:es|ed|ing)|(?:waiting|waited|hanging\s+about"
    r"|hanging\s+around)\s+outside"
    # a court or the police keeping an adult away: what was done after the danger
    r"|court\s+order|non[\s-]?molestation|injunction|(?:restraining|protection|occupation)"
    r"\s+order|bail\s+conditions?|bailed|arrest\w*"
    # a place that is there only for those fleeing harm: "stayed at the refuge"
    r"|refuges?|safe\s+house"
    # out in the small hours: "went to the park at midnight", "found him at 3am"
    r"|midnight|overnight|all\s+night|middle\s+of\s+the\s+night|[1-5]\s*am"
    # a child's needs not met: no food, no one up, left alone
    r"|no\s+(?:food|milk|nappies|heating|electric\w*|gas|clean\s+clothes)|nothing\s+to\s+eat"
    r"|(?:fridge|cupboards?)\s+(?:was|were|is|are)\s+(?:empty|bare)"
    r"|hungry|starving|(?:left|home|was|were)\s+alone|(?:no\s*one|nobody)\s+(?:was\s+)?(?:up|in)"
    r"|(?:did(?:n['’]?t| not)|not|couldn['’]?t|wouldn['’]?t)\s+(?:get\s+up|wake\s+up))\b",
    re.IGNORECASE)
_ACTION = on_first_use(
    r"\b(?:took|takes?|taken|taking|call(?:s|ed|ing)?|rang|rings?|ringing|phon(?:es?|ed)"
    r"|text(?:s|ed)?|messaged|collect(?:s|ed)?|pick(?:s|ed)?\s+(?:\w+\s+){0,2}?up|fetch(?:es|ed)?"
    r"|stay(?:s|ed)?|kept|keeps?|left|leaves?|moved|lock(?:s|ed)?|remov(?:e|es|ed)|stop(?:s|ped)?"
    r"|ask(?:s|ed)?|told|tells?|look(?:s|ed)\s+after|c(?:a|o)me?s?\s+(?:round|over|to\s+get)"
    r"|step(?:s|ped)\s+in|interven(?:es|ed)|supervis(?:es|ed)|contact(?:s|ed)|report(?:s|ed)"
    # living somewhere away from the danger: "have lived at a refuge since May"
    r"|li(?:ve|ves|ved|ving)\s+(?:at|in|with)"
    r"|refus(?:es|ed)|made\s+sure|makes\s+sure|check(?:s|ed)?|arrang(?:e|es|ed)|sent|sends?"
    r"|drove|ha(?:s|ve|d)\s+driven|drives?|driving|walk(?:s|ed|ing)?\s+(?:him|her|them)\s+(?:to|home|back)|brought|brings?|bringing|went\s+(?:out\s+)?(?:looking|to\s+find)|search(?:es|ed)"
    r"|found\s+(?:him|her|them)|walk(?:s|ed)\s+away|went\s+out|goes\s+out|put|puts|changed|hid|hides"
    # meeting a young person where the danger waits: "has met him off the bus every day"
    r"|me(?:ets?|t)\s+(?:him|her|them)\s+(?:off|from|at|outside)"
    # leaving until it has passed: "goes for a walk round the block", "went upstairs"
    r"|(?:goes|go|went|going)\s+(?:for\s+a\s+(?:walk|drive|run|smoke)|upstairs|outside"
    r"|next\s+door|to\s+(?:his|her|their)\s+(?:room|bedroom|car|\w+['’]s))"
    r"|protect(?:s|ed)?|sle(?:pt|eps?)|got\s+an?\s+(?:injunction|order|non[\s-]molestation)"
    r"|ha(?:s|d|ve)\s+(?:the\s+)?(?:children|kids|child|baby|boys|girls))\b", re.IGNORECASE)
_HEDGE = on_first_use(
    r"(?:\b(?:not|never|nobody|no\s+one|could|might|will|shall|can|should|wants?\s+to"
    # "may" as a month is no hedge: "since may mum has taken the baby to her sister's"
    r"|(?<!since\s)(?<!\bin\s)(?<!from\s)(?<!\bof\s)(?<!last\s)(?<!until\s)(?<!\d\s)may"
    r"|plans?\s+to|intends?\s+to|going\s+to|agreed\s+to|hopes?\s+to|promised\s+to"
    r"|willing\s+to)|n['’]t|['’]ll)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_WOULD = on_first_use(r"(?:\bwould|['’]d)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_REFUSAL = on_first_use(
    r"\b(?:never|not|refuses?\s+to|refused\s+to|won['’]?t|wouldn['’]?t|doesn['’]?t|didn['’]?t"
    r"|hasn['’]?t|haven['’]?t)\s+"
    r"(?:\w+\s+)?(?:leaves?|left|let|lets|allows?|allowed|opens?\s+the\s+door|opened\s+the"
    r"\s+door|go(?:es)?\s+back|went\s+back|get\s+in\s+the\s+car|drive|drives)\b", re.IGNORECASE)
# What an arrangement keeps the young person from, said as its purpose: "drives him to
# football so he isn't on the bus", "walks her home so that she never passes the station".
_KEPT_FROM = on_first_use(
    r"\bso\s+(?:that\s+)?(?:he|she|they|[A-Z]{1,2}|the\s+\w+)(?:['’](?:s|re)\s+(?:not|never)"
    r"|\s+(?:is\s*n['’]?t|is\s+not"
    r"|are\s*n['’]?t|are\s+not|does\s*n['’]?t|does\s+not|do\s*n['’]?t|do\s+not|never"
    r"|can\s*n?['’]?t|cannot|wo\s*n['’]?t|is\s+never|are\s+never))\s+"
    # ... where or with whom: not "so he isn't bored"
    r"(?:(?:have|need|get)\s+to\s+)?(?:be\s+)?(?:on|at|in|near|with|alone|out|around|left"
    r"|outside|home\s+alone|by\s+(?:him|her|them)sel(?:f|ves)|wait\w*|walk\w*|go|goes|going"
    r"|pass\w*|meet\w*|see|sees|seeing|hang\w*|travel\w*|catch\w*|take|takes|taking)\b",
    re.IGNORECASE)
_HABIT = on_first_use(r"\b(?:whenever|every\s+time|each\s+time|always|used\s+to)\b", re.IGNORECASE)
# The danger coming to light: the time someone was told of it, shown it or found it ("the
# night he told her about the tram stop", "once Mum found the bruises", "after she was found
# in a car with two men"). What a carer did from then on was done while the danger was there,
# whatever the danger was.
_CAME_TO_LIGHT = on_first_use(
    r"\b(?:after|once|since|when|as\s+soon\s+as|(?:the|that)\s+(?:same\s+)?(?:night|day|evening"
    r"|morning|afternoon|week|weekend)(?:\s+(?:that|when|after))?)\s+(?:[\w'’()]+\s+){0,3}?"
    r"(?:told|showed|disclosed|found|heard|learn(?:t|ed)|discovered|saw|noticed"
    # ... or brought back from it: "since the police brought him home on 2 May"
    r"|police\s+brought\s+(?:him|her|them)\s+(?:home|back))\b",
    re.IGNORECASE)
# ... and what they did kept up: "every day since", "every weekend", "for two weeks", "for the
# summer", "ever since" (a treat the day good news came, "took her out for pizza", is not).
_KEPT_UP = on_first_use(
    r"\b(?:every|each)\s+\w|\bever\s+since\b|\bsince(?:\s+then)?\W*$"
    r"|\bfor\s+the\s+rest\s+of\s+the\s+\w"
    r"|\bfor\s+(?:a|the|two|three|four|five|six|several|a\s+few|\d+)\s+(?:whole\s+)?"
    r"(?:days|nights|weeks?|fortnight|months?|summer|holidays|half[\s-]term|term)\b",
    re.IGNORECASE)
# ... unless what came was good news ("she told us she got into the netball team", "he told
# his nan he liked cooking", "Mum noticed he was happier at Nan's"): what was kept up after
# it is a strength, as a treat the day good news came is, read in the words told, up to
# the first comma (a danger told is not good news: "got into a car with two men").
_GOOD_NEWS = on_first_use(
    r"\bgot\s+(?:into|onto|in\s+to|a\s+place)\s+(?:(?:the|a|an|her|his|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:teams?|squad|college|school|uni|university|academy|choir|band"
    r"|course|club|sixth\s+form|apprenticeship)\b|\bgot\s+a\s+place\b"
    r"|\bpassed\s+(?:(?:her|his|their|the|all|both)\s+)?(?:[\w-]+\s+)?(?:exams?|tests?|gcses?"
    r"|driving|assessments?|audition|trial)\b|\bwon\b|\b(?:was|been|got)\s+(?:picked|chosen"
    r"|selected)\b|\b(?:likes?|liked|loves?|loved|enjoy(?:s|ed)?)\s+(?:\w+ing|(?:(?:the|her|his"
    r"|their)\s+)?(?:new\s+)?(?:school|college|club|team|class|choir|football|music|art|drama"
    r"|sport|dancing))\b|\bhapp(?:y|ier)\b|\bgood\s+at\b",
    re.IGNORECASE)
_TOLD_ENDS = on_first_use(r"[,;:.]|\bthen\b")


def looks_like_safety(text: str) -> bool:
    """Whether an answer reads as protective action when the danger was present.

    A transparent heuristic, not understanding. A sentence counts when it has all three:
    a time or condition marker ("when", "whenever", "every time", "since", "on the nights"),
    a protective action ("took the children to", "called", "collected", "stayed") that is not
    negated or hypothetical ("didn't call", "will call", "plans to take"; "would" counts only
    with "whenever", "every time", "always" or "used to"), and a sign of the danger ("drinking",
    "angry", "unwell", "a row") in that sentence or the one before.

    An arrangement kept up for what it keeps the child from counts without a time or a
    danger word: "drives him to football so he isn't on the bus". So does what was done
    from the time the danger came to light, and kept up: "the night he told her about the
    tram stop, Mum ... picked him up every day for two weeks".

    Protective refusal counts as action: "never leaves them with dad when he has been
    drinking", "won't let him in when he is drunk".

    Limits: it cannot tell who acted, so the person causing harm "taking the children" still
    counts; it does
    not check that the action was repeated over time; danger words outside its short list
    (many contextual and online harms) are missed; and it reads English only.
    """
    parts = sentences(text)
    for i, sentence in enumerate(parts):
        context = sentence if i == 0 else f"{parts[i - 1]} {sentence}"
        if not ((_MARKER.search(sentence)
                 and (_DANGER.search(context) or _EMERGENCY.search(sentence)))
                or _KEPT_FROM.search(sentence)
                or (_danger_came_to_light(sentence) and _KEPT_UP.search(sentence))):
            continue
        if _REFUSAL.search(sentence) or any(
                _firm(sentence, m.start()) for m in _ACTION.finditer(sentence)):
            return True
    return False


def _danger_came_to_light(sentence: str) -> bool:
    """Whether the sentence tells a time something came to light (`_CAME_TO_LIGHT`) that
    was not good news (`_GOOD_NEWS`, in the words told up to the first comma, with no
    danger word among them)."""
    for came in _CAME_TO_LIGHT.finditer(sentence):
        end = _TOLD_ENDS.search(sentence, came.end())
        told = sentence[came.end():end.start() if end else len(sentence)]
        if not _GOOD_NEWS.search(told) or _DANGER.search(told):
            return True
    return False


def _firm(sentence: str, start: int) -> bool:
    """The action at `start` is reported as done, not negated or only hoped for."""
    before = sentence[:start]
    if _HEDGE.search(before):
        return False
    return not _WOULD.search(before) or bool(_HABIT.search(sentence))
