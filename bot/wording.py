"""What the conversation says outside any one question, and the replies it adds to the
engine's: menus, the label prompt and "are you sure?".

Most texts read the same wherever the practitioner is. The few that name how they answer or
what is kept about them differ by surface (Telegram, or the terminal chat): `wording(surface)`
gives every text in that surface's words, and a conversation is made for one surface.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args

from flows.answers import BLANK
from flows.checks.privacy import as_latin
from flows.questions import SAID, YES_WORDS, plain_words
from flows.regex import on_first_use
from flows.replies import Reply
from flows.shown import characters as _characters
from storage.store import DraftInfo

LABEL_MAX = 24
# A question's header shows the whole label as it can be given: cut any shorter, two
# children's drafts ("Ref 44172 child 1", "... child 2") read the same there.
HEADER_LABEL_MAX = LABEL_MAX


def seen_as(name: str) -> str:
    """A name or label as a reader tells it from another: in any casing, spacing and
    accents, with letters drawn alike read alike ("Sаrah" with a Cyrillic а, a name in
    full-width letters, and "Zoë" typed as an e and its two dots, are "Sarah" and "Zoe"),
    and without what draws nothing (a soft hyphen from a web page, a variation selector, a
    Hangul filler: "KB-12" with one after it is "KB-12"), every dash read as a hyphen
    ("KB‑12" with a non-breaking hyphen, "KB–12")."""
    latin = as_latin(name.translate(_DRAWN_ALIKE)).casefold().translate(_SMALL_ALIKE)
    shown = "".join("-" if _dash(ch) else ch for ch in latin
                    if unicodedata.category(ch) not in _DRAWS_NOTHING_CATEGORIES
                    and ch not in BLANK and not _DRAWS_NOTHING.fullmatch(ch))
    return " ".join(shown.split())


def _dash(ch: str) -> bool:
    """Any dash, minus or hyphen a keyboard, a word processor or a web page puts in."""
    return ch in _DASHES or unicodedata.category(ch) == "Pd"


# What draws nothing of its own: a format character (a joiner, a direction mark), a mark that
# only rings or rides on the letter before it ("KB-12" with an enclosing circle).
_DRAWS_NOTHING_CATEGORIES = frozenset({"Cf", "Me", "Mn"})
# Capitals of other scripts drawn as a Latin capital is, which `as_latin` leaves: Cyrillic and
# Greek ones it has no small letter for, Cherokee and Lisu (confusables.txt's, in part).
_DRAWN_ALIKE = str.maketrans(
    "ҮҺӀԀԌԚԜѴͿϹϺ"
    "ᎠᎡᎢᎥᎩᎪᎫᎬᎳᎷᎻᎽᏀᏃᏔᏙᏚᏞᏟᏢᏦᏴ"
    "ꓐꓑꓒꓓꓔꓖꓗꓙꓚꓜꓝꓟꓠꓡꓢꓣꓦꓧꓪꓫꓬꓮꓰꓲꓳꓴ",
    "YHIDGQWVJCM"
    "DRTiYAJEWMHYGZWVSLCPKB"
    "BPdDTGKJCZFMNLSRVHWXYAEIOU",
)
# Small letters (after casefold: a Cyrillic or Greek capital as its small letter, as "КВ-12"
# typed small is "кв-12") drawn as a Latin letter is, capital or small-capital.
_SMALL_ALIKE = str.maketrans(
    "авкмнтүһӏԁԍԛԝѵ" "βεητχϳ" "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ",
    "abkmhtyhldgqwv" "bentxj" "abcdefghijklmnoprstuvwyz",
)


# Marks that draw nothing on the letter before them (no combining class of their own, so
# left by `as_latin`): the grapheme joiner, variation selectors, Mongolian and Khmer ones.
_DRAWS_NOTHING = on_first_use("[\u034f\u17b4\u17b5\u180b-\u180f\ufe00-\ufe0f"
                              "\U000e0100-\U000e01ef]")
# Dashes not of Unicode's dash punctuation: the hyphen bullet, minus signs, a modifier's minus.
_DASHES = frozenset("\u2043\u2212\u2796\u02d7\u207b\u208b\u30fc\uff70")


def header_label(label: str) -> str:
    """A case label as a question's header shows it: on one line, and one longer than a label
    can be given now (an older one) cut with "…" between characters as they show, never
    inside one (half a flag, an accent off its letter)."""
    label = " ".join(label.split())
    if len(label) <= HEADER_LABEL_MAX:
        return label
    kept = ""
    for shown in _characters(label):
        if kept and len(kept) + len(shown) > HEADER_LABEL_MAX - 1:
            break
        kept += shown
    return kept.rstrip(" -_/.,") + "…"


WELCOME = (
    "Hello. I walk you through Signs of Safety style tools one question at a time, and hand "
    "you a summary you can use in a meeting or a referral. I'm based on the framework, not an "
    "official product. Please use initials or a case reference, never a full name, date of "
    "birth or address."
)
MSG = {
    "label": "Give this draft a short case label: initials or a case reference (up to "
    f"{LABEL_MAX} characters), never anyone's name.",
    "label_bad": "That looks like it could identify someone. Please use initials or a case "
    "reference instead, for example \"TB-7\" or \"Case 4417\".",
    "label_first": "The new draft needs its case label first. (/drafts goes back to a draft "
    "you already have.)",
    "label_before": "I haven't used \"{typed}\" as the case label: you sent it before I "
    "asked for one. It isn't saved anywhere; if it was an answer, /drafts goes back to the "
    "draft it was for. To start the new draft, send its case label.",
    "label_long": f"Please keep the label to {LABEL_MAX} characters or fewer.",
    "label_long_open": f"That is too long for a case label (up to {LABEL_MAX} characters), so "
    "I haven't used it. If it was an answer, \"{label}\" is kept where you were: /resume "
    "goes back to its question. Or send a short label to start {title}.",
    "label_letters": "A case label needs letters or numbers, so that you can find the draft "
    "again and it can head the summary: initials or a case reference, for example \"TB-7\" "
    "or \"Case 4417\".",
    "label_tool": 'I haven\'t used "{typed}" as the case label: it is the name of a tool '
    "({title}). To start that tool instead, send /new {tool}; to use \"{typed}\" as this "
    "draft's label after all, send it again.",
    "label_this_tool": 'I haven\'t used "{typed}" as the case label: it is the name of the '
    "tool you are starting ({title}). Send its case label now; to use \"{typed}\" as the "
    "label after all, send it again.",
    "label_reply": 'Did you mean "{typed}" as the case label? It reads as a reply to '
    "something else, so I haven't used it. Send the case label (initials or a case "
    "reference); to use \"{typed}\" after all, send it again.",
    "label_command": 'I haven\'t used "{typed}" as the case label: it is the name of a '
    "command. To use the command, send /{command}, with its slash; to use \"{typed}\" as the "
    "label after all, send it again.",
    "label_dropped": "I've let the question about a case label go, so no new draft was "
    "started.",
    "label_asked": 'I haven\'t used "{typed}" as the case label: it reads as a question.',
    "label_help": "The case label is how you will find this draft again in /drafts and "
    "/resume, and it heads the summary. Use initials and a number, or your case reference, "
    "for example \"TB-7\" or \"Case 4417\": never a name, date of birth or address. (/drafts "
    "goes back to a draft you already have.)",
    "not_started": "Alright, the new draft wasn't started.",
    "no_draft": "You have no draft open. /new starts one, /resume picks up an earlier one.",
    "no_draft_saved": "You have no draft open. None is saved either: /new starts one.",
    "handed_tool": "The draft you were on is a colleague's now, so I've taken that as the "
    "tool to start: a new {title}. If it was meant for the case you handed over, send it to "
    "them instead (/cancel stops this new one).",
    "handed_tool_ask": "If you meant to start a new {title} instead, send /new {tool}.",
    "no_draft_handed": "I haven't saved that: you handed the draft you were on to a "
    "colleague, so it is theirs now and you have no draft open. If it was for that case, "
    "send it to them. /new starts a draft, /resume picks up another of yours.",
    "no_drafts": "You have no unfinished drafts. /new starts one.",
    "part_unsent": 'Your part for "{label}" has every question answered and is not sent '
    "yet: /resume {label} goes back to it, to send it.",
    "no_such_draft": "I can't find that draft among yours. /drafts lists the unfinished ones.",
    "resume_handed": 'You handed "{label}" to {name} on {day}: it is theirs now, so it is no '
    "longer among your drafts. If you need something from it, ask {name}. /drafts lists "
    "yours.",
    "export_waiting": "I haven't sent any documents yet: the draft open now isn't the one "
    "you asked for, and my question below needs answering first. Then ask for them again.",
    "none_called": "I haven't discarded anything: none of your drafts is called \"{words}\".",
    "none_such": "None of your drafts is called \"{words}\", so I haven't shown or sent "
    "another in its place.",
    "none_such_yours": "Yours unfinished: {labels}. Send the command with one of them, or "
    "alone for the one that's open.",
    "none_called_yours": "Yours unfinished: {labels}. To discard one, send /cancel and its "
    "label; /cancel alone discards the one that's open.",
    "resume_which": "More than one of your drafts matches that. Which one?",
    "discard_gone": "That draft is no longer kept, so there is nothing to discard. /drafts "
    "lists the drafts you have.",
    "discard_which": "More than one of your drafts matches that. Which one do you want to "
    "discard? (I'll ask you to make sure first.)",
    "unknown_flow": "I don't know that tool. /new shows the ones I have.",
    "unknown_flow_meant": "I don't know that tool. Did you mean {title}? Send {command} to "
    "start it, or /new to see them all.",
    "gone_flow": "The tool this draft used is no longer available, so it can't continue. "
    "/new starts another.",
    "cancel_q": "Discard the draft \"{label}\" and all its answers? This can't be undone.",
    "delete_q": "Erase everything stored about you: every draft, every answer and your "
    "settings? This can't be undone.",
    "delete_unclear": "I haven't erased anything: I can't be sure which drafts those words "
    "mean. To discard one draft, send /cancel and its label (for example /cancel KB-12); "
    "/cancel alone discards the one that's open. /delete alone erases everything about you, "
    "after asking.",
    "delete_q_open": "(To discard only the draft \"{label}\", answer no and send /cancel.)",
    "cancelled": "Discarded. Nothing from that draft is kept. /new starts another.",
    "cancelled_one_left": "Discarded. Nothing from that draft is kept. Your other unfinished "
    "draft, \"{label}\", is still saved: /resume {label} goes back to it, and /new starts "
    "another.",
    "cancelled_some_left": "Discarded. Nothing from that draft is kept. Your other {count} "
    "unfinished drafts are still saved: /drafts lists them, and /new starts another.",
    "deleted": "Done: everything about you has been erased. Send /start if you want to begin "
    "again.",
    "declined": "Alright, nothing has been changed.",
    "confirm_dropped": "I've let the yes-or-no question go, so nothing has been erased.",
    "confirm_elsewhere": "You sent \"{typed}\" as a reply to an earlier message, not to the "
    "yes-or-no question, so nothing has been erased, and I've let that question go.",
    "confirm_before": "You sent \"{typed}\" before the yes-or-no question reached you, so "
    "it isn't taken as its answer: nothing has been erased, and I've let that question go.",
    "confirm_elsewhere_asked": "I haven't saved it as an answer either: the question we're on "
    "is below.",
    "confirm_again": "\"{typed}\" isn't a yes or a no, so I haven't saved it, and nothing has "
    "been erased. Please answer the question below first (yes or no); then send it again if "
    "it was meant as an answer.",
    "confirm_blank": "That message shows nothing, so it isn't a yes or a no, and nothing has "
    "been erased. Please answer the question below (yes or no).",
    "confirm_unseen": "I'm not sure the yes-or-no question reached you, so nothing has been "
    "erased. Here it is again:",
    "forwarded_confirm": "That is a forwarded message, so I haven't taken it as your answer to "
    "the yes-or-no question, and nothing has been erased. Please answer it yourself:",
    "forwarded_label": "That is a forwarded message, so I haven't taken it as the case label. "
    "Please type the label yourself:",
    "forwarded_answer": "That is a forwarded message. I take a forwarded message only as the "
    "words of a written answer, so I haven't saved it here: please answer this question "
    "yourself.",
    "replied_not_label": "You sent that as a reply to an earlier message, so I haven't taken "
    "it as the new draft's case label (nor as an answer to that message: /review changes "
    "an answer).",
    "nothing_to_confirm": "There's nothing waiting for a yes or no.",
    "confirm_lapsed": "That yes-or-no question was asked a while ago, so I've let it go: "
    "nothing has been erased. Send the command again if you still want to.",
    "started": "Started \"{label}\": {title}.",
    "resumed": "Back to \"{label}\": {title}.",
    "same_label": "You already have an unfinished {title} called \"{label}\", so I've opened "
    "it to carry on where you left off. To start a separate one, give it another label.",
    "carried": "I've brought in your answers from the finished {title} for \"{label}\". "
    "They show as the current answer when we reach them: /skip keeps one, or type a new one.",
    "not_carried": "Your {title} for \"{label}\" isn't finished, so nothing from it is "
    "brought in here. To bring its answers in: finish it, then /cancel this draft and start it "
    "again with the same label.",
    "withheld": "The child's own words in {title} for \"{label}\" are not brought in: the "
    "child did not agree that all of it could be shared, or left someone out of who may see "
    "it. Add here only what they agreed to share.",
    "left": "Saved. Your answers are safe.",
    "elsewhere": "That command works in the Telegram bot, not here.",
    "covered": "You are in the middle of \"{label}\". I haven't saved what you just sent, "
    "as its question was no longer on the screen. Here it is again:",
    "covered_held": "You are in the middle of \"{label}\". Here is its question again:",
    "not_delivered": "Your earlier answers are kept. I'm not sure you saw the question below, "
    "so I haven't saved the message you just sent: please send your answer to it.",
    "sent_before": "I haven't saved \"{typed}\": you sent it before the question below "
    "reached you, so it may not be meant for it. If it belongs with your previous answer, "
    "/back goes back to it (send + and these words there to add them at its end). If it "
    "answers the question below, send it again.",
    "command_words": "I haven't acted on /{name}, nor saved \"{words}\": /{name} takes "
    "nothing after it. Send /{name} on its own, or the words on their own as an answer.",
    "sent_before_command": "I haven't acted on \"{typed}\" here: you sent it before the "
    "question below reached you (twice by mistake?). If you meant it for this question too, "
    "send it again.",
    "replied_earlier": "You sent that as a reply to an earlier message, so I haven't saved it "
    "as the answer to the question we're on now. To change an earlier answer, use /review "
    "and tap Edit. The question we're on is below.",
}
Surface = Literal["telegram", "terminal"]
"""Where the practitioner is: Telegram (buttons, and we know their Telegram user id) or the
terminal chat (`sosbot chat`: they type, and the drafts are in the database it opened)."""
SURFACES: tuple[Surface, ...] = get_args(Surface)

_HELP_AFTER = ("I then ask one question at a time. On any question, /help gives prompts and "
               "an example, /back goes back one, and /review shows your answers so far. "
               "/about says what I am.")
# How the terminal chat is left, said where a newcomer asks.
LEAVE = "To leave, type /quit (or press Ctrl-D): every answer is saved as you give it."
# The texts that differ by surface; each surface gives every one of them.
ON_SURFACE: Mapping[Surface, Mapping[str, str]] = {
    "telegram": {
        "about": (
            "sosbot takes you through tools based on the Signs of Safety framework (a safety "
            "mapping, the Harm Matrix, My Three Houses and others) on your phone, one question "
            "at a time, and gives you a summary in three columns with a scale. It is not an "
            "official Signs of Safety product and is not endorsed by Elia, who own the Signs "
            "of Safety trademark. Check every summary before you use it."
        ),
        "privacy": (
            "What is kept: for each draft, its short case label, the tool, your answers and "
            "where you are in it; and your Telegram user id, so only you can see your drafts. "
            "Where: in this bot's own database, encrypted, on the server your organisation "
            "runs it on. For how long: until you finish or discard a draft, then only as long "
            "as the retention settings allow (drafts untouched for {draft_days} days and "
            "finished drafts after {done_days} days are erased, with a reminder the day "
            "before). Message text is never written to logs. /cancel discards the current "
            "draft; /delete erases everything about you at once."
        ),
        "export_here": "From a terminal, `sosbot export LABEL --format html|docx|txt` writes "
        "the documents.",
        "no_drafts_finished": "You have no unfinished drafts. Finished and kept: {labels}. "
        "/summary {label} shows its summary again and /export {label} sends its documents; "
        "/new starts a new draft.",
        "help_no_draft": "To begin, /new shows the tools and about how long each takes; "
        "/resume carries on with a draft you started before. " + _HELP_AFTER,
        "partner_tool": "{title} is what a partner answers, through the link a lead sends "
        "from an open safety mapping, so it isn't started with /new. /new shows the tools you "
        "can start.",
    },
    "terminal": {
        "about": (
            "sosbot takes you through tools based on the Signs of Safety framework (a safety "
            "mapping, the Harm Matrix, My Three Houses and others) here in the terminal, one "
            "question at a time, and gives you a summary in three columns with a scale. It is "
            "not an official Signs of Safety product and is not endorsed by Elia, who own the "
            "Signs of Safety trademark. Check every summary before you use it."
        ),
        "privacy": (
            "What is kept: for each draft, its short case label, the tool, your answers and "
            "where you are in it. Where: in the database this chat opened (--db or "
            "SOSBOT_DB), encrypted with its data key. For how long: until you discard a "
            "draft, or until `sosbot purge` (or a bot using the same database) erases it: "
            "drafts untouched for {draft_days} days, and finished ones after {done_days} "
            "days. What you type is never written to logs. /cancel discards the current "
            "draft; /delete erases every draft kept for this terminal chat."
        ),
        "export_here": "Documents are made outside the chat: type /quit, then run `sosbot "
        "export LABEL --format html|docx|txt` (with the same --db).",
        "no_drafts_finished": "You have no unfinished drafts. Finished and kept: {labels}. "
        "/summary {label} shows its summary again (for its documents, type /quit, then run "
        "`sosbot export {label}`); /new starts a new draft.",
        # The menu of tools is on the screen when a newcomer asks.
        "help_no_draft": "To begin, type the number of a tool from the list (/new shows it "
        "again, with about how long each takes); /resume carries on with a draft you started "
        "before. " + _HELP_AFTER + " " + LEAVE,
        # (a newcomer trying the tools sees the partner's questions as a partner would)
        "partner_tool": "{title} is what a partner answers in Telegram, through the link a "
        "lead sends from a safety mapping, and it goes to that lead. Here you can try its "
        "questions as a partner would: nothing here is sent to anyone.",
    },
}


def wording(surface: Surface) -> Mapping[str, str]:
    """Every text the conversation says, in the words of this surface."""
    return _WORDING[surface]


# A typed reply to "are you sure?", read with the engine's own yes and no ("yeah", "nope";
# `flows.questions.SAID`) and the few words people add to them there: "ok do it", "yes
# please", "no thanks", "don't". Every word must be one of these, and the reply must hold a
# yes or a no word, never both ("yes no" is neither); a "not" or "don't" makes it a no,
# which erases nothing ("not sure", "don't do it").
_SAYS_YES = frozenset({"yes", "y", "ok", "okay", "k", "sure", "confirm", "confirmed",
                       "go", "do", "erase", "discard", "delete"})
_SAYS_NO = frozenset({"no", "n", "nope", "nah", "dont", "cancel", "stop", "never",
                      "nevermind", "not", "keep", "wait", "hold"})
_NEGATING = frozenset({"dont", "not", "never"})
_ADDED = frozenset({"please", "pls", "it", "ahead", "thanks", "thank", "you", "thx", "ta",
                    "mind", "i", "am", "im", "absolutely", "definitely", "on", "now",
                    "that", "everything", "all", "the", "draft", "way", "just", "sure",
                    "yeah", "yep", "yup"})


def yes_or_no(typed: str) -> bool | None:
    """What a typed reply to "are you sure?" says: True (yes), False (no) or None (neither:
    ask again). A number is no reply here: the question's buttons are not numbered."""
    said = plain_words(typed)
    engine = SAID.get(said) or (YES_WORDS.get(said) if not said.isdigit() else None)
    if engine is not None:
        return engine == "yes"
    words = set(said.split())
    if not words or not words <= _SAYS_YES | _SAYS_NO | _ADDED:
        return None
    if words & _NEGATING:  # "don't do it", "not now": nothing is erased
        return False
    yes, no = bool(words & _SAYS_YES), bool(words & _SAYS_NO)
    return None if yes == no else yes


@dataclass(frozen=True)
class FlowChoice:
    id: str
    title: str
    description: str
    minutes: int | None


@dataclass(frozen=True)
class Menu:
    """The drafts a user can continue and the tools they can start."""

    drafts: tuple[DraftInfo, ...]
    flows: tuple[FlowChoice, ...]
    welcome: bool = False
    flow_titles: Mapping[str, str] | None = None
    start: int = 0  # where a screen that shows a page of the drafts starts
    heading: str | None = None  # what the drafts are, when not the unfinished ones
    # what choosing a draft does: open it, or ask to discard it ("/cancel sup" naming two,
    # the draft named by `BY_ID` and its id), or show its summary or answers ("/summary KT"
    # naming two), or send its documents ("/export KT" naming two)
    action: Literal["resume", "cancel", "summary", "review", "export"] = "resume"


# Before a draft's id where a menu's choice names it for /cancel: that draft and no other,
# and if it is gone (discarded since the menu was shown), nothing else is discarded instead.
BY_ID = "#"


@dataclass(frozen=True)
class AskLabel:
    flow_id: str
    flow_title: str
    text: str


@dataclass(frozen=True)
class Confirm:
    """An "are you sure?": its buttons carry the kind, the draft and the token they answer."""

    kind: Literal["cancel", "delete"]
    text: str
    draft_id: str = ""
    token: str = ""
    # Other answers than yes and no, each a button's text and data, above them (a team
    # member's /delete: withdraw one part they contributed, and keep everything else)
    also: tuple[tuple[str, str], ...] = ()


ConversationReply = Reply | Menu | AskLabel | Confirm


_WORDING: dict[Surface, Mapping[str, str]] = {
    surface: {**MSG, **ON_SURFACE[surface]} for surface in SURFACES}
