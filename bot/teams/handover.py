"""/handover: the draft open now passed to a colleague who is a member, who takes the case
over with every answer (and a mapping's partners' parts); the giver no longer sees it."""

from __future__ import annotations

import contextlib
import logging
import time
from html import escape
from re import IGNORECASE

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, User
from telegram.constants import MessageLimit
from telegram.error import TelegramError

from bot import sending
from bot.logs import user_ref
from bot.session import CONFIRM_STANDS_S, user_state
from bot.session_commands import bare_label, names_a_label
from bot.teams.conversation import TeamConversation, holds
from bot.teams.picking import Picking, colleagues, page_asked, pick
from bot.teams.team import Team, told_name
from bot.wording import seen_as
from flows import engine
from flows.answers import clean_line, excerpt, is_answered, quotes_in_direction
from flows.draft import Draft, Pending
from flows.regex import on_first_use
from flows.replies import ADDS_BACK, COVERED
from flows.walk import walk

log = logging.getLogger(__name__)
NO_DRAFT = ("/handover passes the draft open now to a colleague. Open the one to hand over "
            "first (/resume), then send /handover.")
# "/handover KB-7", as /resume KB-7 takes a label: read as a colleague's name, it offered the
# colleagues for the draft open, another case, a tap away.
LABEL_NOT_OPEN = ("\"{label}\" isn't the draft open now (\"{open}\" is), so I haven't asked "
                  "about handing it over. Send /resume {label} to open it, then /handover.")
NOT_YOURS = ("You have no draft called \"{label}\", so I haven't asked about handing anything "
             "over. /drafts lists yours.")
# "/handover AB-1 to Sam", "/handover to Sam": the words before "to" the draft, after it the
# colleague ("AB-1 to Sam" was read as a label and said not to be open, with AB-1 open)
_TO_WHOM = on_first_use(r"(?:(.+?)\s+)?to\s+(\S.*)", flags=IGNORECASE)
LABEL_NONE_OPEN = ("\"{label}\" isn't open now, so I haven't asked about handing it over. "
                   "Send /resume {label} to open it, then /handover.")
NOBODY = "There is no other member to hand it to yet. An admin's /invite adds colleagues."
# (admins named in the bot's settings: not members, with no name kept to choose them by)
UNLISTED = ("Your team's admins (the people who invite and remove colleagues) aren't in "
            "this list, so a case can't be handed to them here.")
WHO = ("Whom should I hand \"{label}\" ({title}) to? They take the case over with every "
       "answer; you will no longer see it.")
PARTNER_PART = ("The draft open now is your part for a colleague's mapping: it is theirs once "
                "you send it, and can't be handed over. Open one of your own drafts "
                "(/resume), then send /handover.")
HANDING = Picking("Hand to ", "ho", "hp", "/handover", NOBODY, UNLISTED)
CONFIRM = "Hand \"{label}\" ({title}, {answers}) to {name}? You will no longer see it."
YES = "Yes, hand it over"
HANDED = "Handed \"{label}\" to {name}: it is theirs now, and you no longer see it."
HANDED_PARTS = (" What its partners sent goes with it, and a part still to come will reach "
                "{name}.")
TAKEN = "{giver} handed you \"{label}\" ({title}): /resume {label}"
# (/resume and the label offers both, finished or not: /resume alone lists unfinished ones)
SAME_TAKER = ("\nYou already had a {title} called \"{like}\": both are kept as they were, "
              "nothing merged; /resume {label} offers both to choose from.")
SAME_GIVER = " {name} already had a {title} called \"{like}\": both are kept, nothing merged."
NOT_TOLD = (" I couldn't tell {name} (perhaps they haven't opened the bot yet): let them know "
            "it is waiting for them under /resume.")
# ... of a finished draft, which /resume's list leaves out (it lists unfinished ones alone)
NOT_TOLD_FINISHED = (" I couldn't tell {name} (perhaps they haven't opened the bot yet): let "
                     "them know it is waiting for them: /resume {label} opens it.")
HELD = ("An answer of yours in \"{label}\" is waiting for your choice about my note on it, so "
        "nothing was handed over: answer that first, then send /handover again.")
# ... of a line typed below a menu, which no note is about (`bot.conversation`'s COVERED)
HELD_COVERED = ("Your line \"{line}\" in \"{label}\", sent while its question was off the "
                "screen, is waiting: keep it as the answer (the button under it) or type the "
                "answer. Nothing was handed over: send /handover again after.")
GONE = ("That draft is no longer yours to hand over (handed over or erased already), so "
        "nothing was changed.")
OTHER_DRAFT = ("That list was for another draft than the one open now, so nothing was "
               "handed over. Send /handover again to choose whom to hand this one to.")
NOT_OPEN = ("That question was about \"{label}\" while it was open, and it is not open now "
            "(handed over and back, or another opened since), so nothing was handed over. "
            "Open it (/resume) and send /handover again if you still want to.")
# (neither cap nor how many drafts the colleague has: the giver is not the one to know)
FULL = ("{name} can't take more drafts now, so \"{label}\" is still yours: nothing was "
        "handed over. Ask them to finish or cancel some of theirs, then send /handover again.")
KEPT = ("{name} can't take more drafts now, so \"{label}\" is still yours: nothing was "
        "handed over. Ask them to cancel some they no longer need, then send /handover again.")
LEFT = ("That colleague is no longer a member, so nothing was handed over. Send /handover "
        "again to choose someone else.")
LAPSED = ("That question was asked a while ago, so I've let it go: nothing was handed over. "
          "Send /handover again if you still want to.")
DECLINED = "Alright, nothing has been changed."


def held_refused(draft: Draft) -> str:
    """Why a draft with a line held in it is not handed over: what waits, and how to settle it."""
    held = draft.pending
    if held is not None and held.kind == COVERED:
        return HELD_COVERED.format(line=excerpt(str(held.value)), label=draft.label)
    return HELD.format(label=draft.label)


def _answers(count: int) -> str:
    """How many questions were answered (a skipped one was not)."""
    return "no answers yet" if not count else f"{count} answer{'s' if count > 1 else ''}"


class Handing:
    """Drafts handed from one member to another."""

    def __init__(self, team: Team, conversation: TeamConversation) -> None:
        self.team = team
        self.conversation = conversation

    async def choose(self, user_id: int, start: int = 0, name: str = ""
                     ) -> tuple[str, InlineKeyboardMarkup | None]:
        """Offer the colleagues the open draft can be handed to (as /share offers them). What
        a note held at a question of its tool updated since is let go first, and said: kept
        until her next line, it refused the hand-over for an answer she could no longer give."""
        settled = await self.conversation.settle_held(user_id)
        text, keyboard = await self._choose(user_id, start, name)
        return (f"{settled}\n\n{text}" if settled else text), keyboard

    async def _choose(self, user_id: int, start: int, name: str
                      ) -> tuple[str, InlineKeyboardMarkup | None]:
        draft = await self.conversation.active(user_id)
        to_whom = _TO_WHOM.fullmatch(clean_line(name)[:80])
        if to_whom is not None:  # the draft (or none) "to" a colleague
            named, name = await self._label_named(to_whom.group(1) or ""), to_whom.group(2)
        else:
            named = await self._label_named(name)
        if named and (draft is None or bare_label(named) != bare_label(draft.label)):
            if not await self._has(user_id, named):  # handed away, or never hers
                handovers = user_state(await self.conversation.store.session(user_id)).handovers
                handed = await self.conversation.handed_away(user_id, handovers, named)
                return handed or NOT_YOURS.format(label=named), None
            return (LABEL_NOT_OPEN.format(label=named, open=draft.label) if draft is not None
                    else LABEL_NONE_OPEN.format(label=named)), None
        if draft is None:
            return NO_DRAFT, None
        refused = await self._refused(user_id, draft)
        if refused is not None:
            return refused, None
        asked = WHO.format(label=draft.label, title=self._title(draft.flow_id))
        return await pick(self.team, user_id, draft.id, asked, HANDING, start,
                          "" if named and to_whom is None else name)

    async def _has(self, user_id: int, label: str) -> bool:
        """Whether a draft of the user's (finished or not) goes by this label."""
        return any(bare_label(d.label) == bare_label(label)
                   for d in await self.conversation.drafts(user_id, status=None))

    async def _label_named(self, name: str) -> str:
        """The words after /handover when they read as a case label ("KB-7", "kb 7") and
        name no colleague; "" otherwise (a colleague's name, or nothing)."""
        said = clean_line(name)[:40]
        if not said or not names_a_label(said):
            return ""
        wanted = seen_as(said)  # as `pick` finds a colleague by name
        if any(wanted in seen_as(m.name) for m in await self.team.teams.members()):
            return ""
        return said

    async def _refused(self, user_id: int, draft: Draft) -> str | None:
        """Why the open draft cannot be handed over, before any colleague is named or asked
        about (at the list, and at a colleague's button, which a forged one reaches without
        the list): a partner's part, or an answer a note holds; None when it can."""
        answering = await self.conversation.contributions.answering(user_id)
        if answering is not None and answering.working_draft == draft.id:
            return PARTNER_PART
        if holds(draft.pending):
            # refused at the Yes anyway: said now, not after a colleague is chosen
            return held_refused(draft)
        return None

    async def more(self, user_id: int, value: str) -> tuple[str, InlineKeyboardMarkup | None]:
        """The page a "More colleagues" button asks for."""
        return await self.choose(user_id, *page_asked(value))

    async def confirm(self, user_id: int, value: str
                      ) -> tuple[str, InlineKeyboardMarkup | None]:
        """"Hand ... to Sam?" for the colleague `value` names (`<id>:<draft>`), if that draft
        is the one open (the list was shown for it)."""
        draft = await self.conversation.active(user_id)
        wanted, _, shown_for = value.partition(":")
        if draft is None:
            return NO_DRAFT, None
        if shown_for != draft.id:
            return OTHER_DRAFT, None
        refused = await self._refused(user_id, draft)
        if refused is not None:
            return refused, None
        names = await colleagues(self.team, user_id)
        to = int(wanted) if wanted.isdecimal() else 0
        if to not in names:
            return LEFT if names else NOBODY, None
        yes = f"t:hy:{to}:{draft.id}:{int(time.time())}"
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(YES, callback_data=yes),
                                          InlineKeyboardButton("No", callback_data="t:hn")]])
        return CONFIRM.format(label=draft.label, title=self._title(draft.flow_id),
                              answers=_answers(self._listed(draft)),
                              name=names[to]), keyboard

    async def hand(self, giver: User, value: str, bot: Bot) -> str:
        """The Yes: hand the draft `value` names (`<id>:<draft>:<asked at>`) to that
        colleague, and tell them."""
        wanted, _, rest = value.partition(":")
        draft_id, _, asked = rest.rpartition(":")
        if not (asked.isdecimal() and len(asked) < 20
                and 0 <= time.time() - int(asked) <= CONFIRM_STANDS_S):
            return LAPSED
        names = await colleagues(self.team, giver.id)
        to = int(wanted) if wanted.isdecimal() else 0
        if to not in names:
            return LEFT if names else NOBODY
        draft = await self.conversation.load(giver.id, draft_id)
        if draft is None:
            return GONE
        opened = await self.conversation.active(giver.id)
        if opened is None or opened.id != draft_id:
            # asked of the draft open then: handed over since (and back), or another opened
            return NOT_OPEN.format(label=draft.label)
        parts = await self.conversation.contributions.partners_of(giver.id, draft_id)
        done, like = await self.conversation.hand_over(giver.id, draft_id, to,
                                                       lead=await self.lead_name(to))
        if done == "held":
            return held_refused(await self.conversation.load(giver.id, draft_id) or draft)
        if done == "gone":
            return GONE
        if done == "left":
            return LEFT
        if done == "full":
            return FULL.format(name=names[to], label=draft.label)
        if done == "kept":
            return KEPT.format(name=names[to], label=draft.label)
        log.info("a draft was handed over (%s to %s)", user_ref(giver.id), user_ref(to))
        title = self._title(draft.flow_id)
        said = HANDED.format(label=draft.label, name=names[to])
        if parts:
            said += HANDED_PARTS.format(name=names[to])
        told = TAKEN.format(giver=await self._name_of(giver), label=draft.label, title=title)
        if like is not None:
            said += SAME_GIVER.format(name=names[to], title=title, like=like)
            told += SAME_TAKER.format(title=title, like=like, label=draft.label)
        try:
            await bot.send_message(to, quotes_in_direction(told))
        except TelegramError:
            log.warning("a colleague could not be told of a draft handed to them (%s)",
                        user_ref(to))
            said += (NOT_TOLD_FINISHED if draft.status == "completed" else NOT_TOLD).format(
                name=names[to], label=draft.label)
        return said

    async def lead_name(self, taker: int) -> str:
        """How the partners of a mapping handed to `taker` are told of them from now on: by
        their first name, as a link's maker is ("" if not a member). A member is listed by
        the whole name they joined with; partners outside the team were told it, surname
        and all, where the lead who made the link was only a first name. Their first name
        is Telegram's, whole ("Mary Ann"), kept when they joined; the first word of their
        name ("Mary") only for a member who joined before it was kept."""
        listed = [m for m in await self.team.teams.members() if m.user_id == taker]
        if listed and listed[0].first_name:
            return told_name(listed[0].first_name)
        words = listed[0].name.split() if listed else []
        return told_name(words[0]) if words else ""

    async def _name_of(self, giver: User) -> str:
        """How the giver is named to the taker: as the members list names them, or (an
        admin named only in the settings) by their first name."""
        listed = [m.name for m in await self.team.teams.members() if m.user_id == giver.id]
        return listed[0] if listed else told_name(giver.first_name or "") or "A colleague"

    def _listed(self, draft: Draft) -> int:
        """The answers /review lists: not a reason saved with a number (shown with it), nor
        one a branch no longer asks (kept, should it be taken again), nor a skip."""
        flow = self.conversation.flow(draft.flow_id)
        if flow is None:
            return sum(map(is_answered, draft.answers.values()))
        return sum(is_answered(draft.answers.get(s.id))
                   for s in walk(flow, draft.answers).answered())

    def _title(self, flow_id: str) -> str:
        flow = self.conversation.flow(flow_id)
        return flow.title if flow is not None else flow_id


# --- at an admin's Remove: the leaver's drafts to a colleague first ---------------------------

HAND_FIRST = "Hand their drafts to a colleague first"
WHO_LEAVING = ("Whom should {name}'s {drafts} go to? Each moves to them whole, with its "
               "partners' parts; then {name} is removed.")
NOBODY_LEAVING = "There is no other member to hand them to. An admin's /invite adds colleagues."
CONFIRM_LEAVING = ("Hand {name}'s {drafts} to {to}, then remove {name}? They lose access at "
                   "once. This can't be undone.")
YES_LEAVING = "Yes, hand over and remove"
# (not "has left": a worker on sick leave, say, is removed too)
TAKEN_LEAVING = ("An admin removed {name} from the team here and handed you their {drafts}: "
                 "{labels}. {find}")
TAKEN_SO_FAR = "An admin is handing {name}'s drafts to you; {drafts} came so far: {labels}. {find}"
FIND_ALL = "/resume lists them."
FIND_IT = "/resume lists it."  # the one draft handed over
# The same, too long for one message (a leaver with a hundred drafts): one draft a line, so
# that it is cut between lines into messages Telegram takes, and a finished one marked
TAKEN_LEAVING_LINES = ("An admin removed {name} from the team here and handed you their "
                       "{drafts}:\n{labels}\n\n{find}")
TAKEN_SO_FAR_LINES = ("An admin is handing {name}'s drafts to you; {drafts} came so far:\n"
                      "{labels}\n\n{find}")
FIND_LINES = ("/resume lists the unfinished ones; /resume and its label opens a finished one "
              "(/resume {label}).")
FIND_LINES_FINISHED = "/resume and its label opens each (/resume {label})."
# /resume lists unfinished drafts alone: a finished one is opened by its label
FIND_FINISHED = "{opens} {verb} the finished {ones}."
HANDED_LEAVING = "Handed {name}'s {drafts} to {to}."
# NOT_TOLD, of a leaver's drafts with finished ones among them (`where_to_find`)
NOT_TOLD_LEAVING = (" I couldn't tell {name} (perhaps they haven't opened the bot yet): let "
                    "them know where to find them: {find}")
SAME_LEAVING = (" You already had drafts called {labels} of the same tools: both of each are "
                "kept as they were, nothing merged.")
SAME_LEAVING_ADMIN = (" {to} already had drafts called {labels} of the same tools: both of "
                      "each are kept, nothing merged.")
STOPPED_LEAVING = ("{to} is no longer a member, so the hand-over stopped and nobody was "
                   "removed. {drafts} of {name}'s had gone to {to} before: {labels}. {name} "
                   "still has {left}: send /members again to choose someone for them.")
LEFT_LEAVING = ("That colleague is no longer a member, so nothing was handed over. Send "
                "/members again to choose someone else.")
# (how much, never what: the admin is not the one who typed it)
HELD_LEAVING = (" In \"{label}\", the answer {name} was giving was held back by a note and "
                "never saved, so it was not passed on.")
HELD_LEAVING_LINES = (" In \"{label}\", the answer {name} was giving and {lines} typed after "
                      "it were held back by a note and never saved, so they were not passed "
                      "on.")
HELD_TAKER = (" In \"{label}\", the answer {name} was giving to the question it is on was "
              "waiting for their choice about a note on it, so it did not come with the "
              "draft: that question is still to answer.")
HELD_TAKER_LINES = (" In \"{label}\", the answer {name} was giving to the question it is on "
                    "and {lines} typed after it were waiting for their choice about a note, "
                    "so they did not come with the draft: that question is still to answer, "
                    "and perhaps the ones after it.")


# ... of a line typed below a menu (`bot.conversation`'s COVERED), which no note held back
COVERED_LEAVING = (" In \"{label}\", a line {name} typed while its question was off the screen "
                   "was never saved, so it was not passed on.")
COVERED_TAKER = (" In \"{label}\", a line {name} typed while its question was off the screen "
                 "was never saved, so it did not come with the draft: that question is still "
                 "to answer.")
# ... of a line offered to the answer before the question (`flows.asides`), which no note held
ADDED_LEAVING = (" In \"{label}\", a line {name} typed to add to their answer before the "
                 "question it is on was never saved, so it was not passed on.")
ADDED_TAKER = (" In \"{label}\", a line {name} typed to add to their answer before the "
               "question it is on was never saved, so it did not come with the draft: that "
               "answer is as they last saved it.")


def held_said(held: Pending, name: str, label: str, *, taker: bool = False) -> str:
    """What the admin (or, `taker`, the colleague given the draft) is told of a removed
    member's answer held back by a note, and of the lines typed under it: how many, none of
    their words."""
    if held.kind == COVERED:
        return (COVERED_TAKER if taker else COVERED_LEAVING).format(name=name, label=label)
    if held.kind == ADDS_BACK:
        return (ADDED_TAKER if taker else ADDED_LEAVING).format(name=name, label=label)
    # `earlier`: the answer held, `value` the line typed past the note (asked where it goes)
    lines = len(held.later) + (held.earlier is not None)
    if not lines:
        return (HELD_TAKER if taker else HELD_LEAVING).format(name=name, label=label)
    return (HELD_TAKER_LINES if taker else HELD_LEAVING_LINES).format(
        name=name, label=label, lines=f"{lines} line{'s' if lines > 1 else ''}")


def drafts_said(count: int) -> str:
    return f"{count} draft{'s' if count != 1 else ''}"


def where_to_find(finished: list[str], moved: int) -> str:
    """How the colleague finds the drafts that came to them: /resume's list, which has the
    unfinished ones alone, and each finished one by its label."""
    if not finished:
        return FIND_IT if moved == 1 else FIND_ALL
    one = len(finished) == 1
    commands = [f"/resume {label}" for label in finished]
    opens = commands[0] if one else f"{', '.join(commands[:-1])} and {commands[-1]}"
    said = FIND_FINISHED.format(opens=opens, verb="opens" if one else "open",
                                ones="one" if one else "ones")
    return f"/resume lists the unfinished ones; {said}" if moved > len(finished) else \
        said[0].upper() + said[1:]


def named(moved: list[tuple[str, str]]) -> str:
    """Drafts in a sentence: "KB-7" (Safety mapping), "FM-3" (Safety mapping)."""
    return ", ".join(f"\"{label}\" ({title})" for label, title in moved)


def taken_said(head: str, lines: str, name: str, moved: list[tuple[str, str]],
               finished: list[str], more: list[str]) -> str:
    """What the colleague given a leaver's drafts (`moved`: each label and tool) is told:
    `head` naming them all in a sentence, with `more` after it (notes held, labels alike);
    or, longer than a message, `lines`, each draft on a line of its own."""
    drafts = drafts_said(len(moved))
    said = head.format(name=name, drafts=drafts, labels=named(moved),
                       find=where_to_find(finished, len(moved))) + "".join(more)
    if len(said.encode("utf-16-le")) // 2 <= MessageLimit.MAX_TEXT_LENGTH:
        return said
    done = set(finished)
    listed = "\n".join(f"\"{label}\" ({title}{', finished' if label in done else ''})"
                       for label, title in moved)
    find = FIND_ALL if not finished else FIND_LINES_FINISHED.format(label=finished[0]) \
        if len(finished) == len(moved) else FIND_LINES.format(label=finished[0])
    return "\n\n".join([lines.format(name=name, drafts=drafts, labels=listed, find=find),
                        *(m.strip() for m in more)])


async def tell(bot: Bot, to: int, said: str) -> None:
    """Send plain `said` whole, in as many messages as it needs."""
    await sending.send_all(bot, to, escape(quotes_in_direction(said), quote=False))


class Leaving:
    """An admin's Remove of a member with drafts: each handed to a colleague first."""

    def __init__(self, handing: Handing) -> None:
        self.handing = handing
        self.conversation = handing.conversation

    async def drafts_of(self, user_id: int) -> list[str]:
        """The member's own drafts (not a part they answer for a colleague's mapping)."""
        answering = await self.conversation.contributions.answering(user_id)
        theirs = answering.working_draft if answering is not None else None
        return [d.id for d in await self.conversation.drafts(user_id, status=None)
                if d.id != theirs and d.status != "discarded"]

    async def choose(self, leaver: int, name: str, asked: str, start: int = 0
                     ) -> tuple[str, InlineKeyboardMarkup | None]:
        """The colleagues the leaver's drafts can go to (`asked`: `<joined>:<when>`)."""
        count = len(await self.drafts_of(leaver))
        # (no command finds a colleague by name here: /members takes none)
        picking = Picking(HANDING.button, "mt", f"mq:{leaver}:{asked}", "", NOBODY_LEAVING,
                          UNLISTED)
        said = WHO_LEAVING.format(name=name, drafts=drafts_said(count))
        return await pick(self.handing.team, leaver, f"{leaver}:{asked}", said, picking, start)

    async def confirm(self, leaver: int, name: str, to: int, joined: int
                      ) -> tuple[str, InlineKeyboardMarkup | None]:
        names = await colleagues(self.handing.team, leaver)
        if to not in names:
            return LEFT_LEAVING, None
        count = len(await self.drafts_of(leaver))
        yes = f"t:mk:{to}:{leaver}:{joined}:{int(time.time())}"
        keyboard = InlineKeyboardMarkup([[
            InlineKeyboardButton(YES_LEAVING, callback_data=yes),
            InlineKeyboardButton("No", callback_data="t:mn:0")]])
        return CONFIRM_LEAVING.format(name=name, drafts=drafts_said(count), to=names[to]), \
            keyboard

    def _held_now(self, draft: Draft) -> Pending | None:
        """What a note held in the leaver's draft, while it waits at a question its tool, as
        it now stands, still asks there: the colleague is told that question is still to
        answer. Held at one an update took out (or put another before), it is let go as
        /handover lets it go (`engine.settle`), and no question of it is left: None."""
        flow = self.conversation.flow(draft.flow_id)
        if draft.pending is None or flow is None:
            return draft.pending
        return draft.pending if engine.settle(flow, draft).draft.pending is not None else None

    async def hand_all(self, leaver: int, name: str, to: int, bot: Bot
                       ) -> tuple[str, bool] | None:
        """Hand every draft of the leaver's to `to` and tell them; what the admin is told
        of it ("" when none was left to move), and whether every draft moved (the leaver
        may be removed now), or None when `to` is no longer a member (nothing moved)."""
        names = await colleagues(self.handing.team, leaver)
        if to not in names:
            return None
        moved: list[tuple[str, str]] = []  # each label and its tool
        finished: list[str] = []  # their labels: /resume's list has them not
        held: list[str] = []  # what the colleague is told of each held line let go
        alike: list[str] = []
        said = ""
        lead = await self.handing.lead_name(to)
        taken_off = False  # `to` removed meanwhile (read in each hand-over's transaction)
        try:
            for draft_id in await self.drafts_of(leaver):
                draft = await self.conversation.load(leaver, draft_id)
                if draft is None:
                    continue
                done, like = await self.conversation.hand_over(leaver, draft_id, to, lead=lead,
                                                               drop_held=True)
                if done == "left":  # removed meanwhile: no more for them
                    taken_off = True
                    break
                if done == "handed":
                    moved.append((draft.label, self.handing._title(draft.flow_id)))
                    if draft.pending is not None:
                        said += held_said(draft.pending, name, draft.label)
                    if draft.status == "completed":
                        finished.append(draft.label)
                    if (waiting := self._held_now(draft)) is not None:
                        held.append(held_said(waiting, name, draft.label, taker=True))
                if done == "handed" and like is not None:
                    alike.append(f"\"{like}\"")
        except Exception:
            # One failed half way (the admin hears of it, and nobody is removed): those that
            # moved are the colleague's now, and she is told of them, not left to find them.
            if moved:
                told = taken_said(TAKEN_SO_FAR, TAKEN_SO_FAR_LINES, name, moved, finished, [])
                with contextlib.suppress(TelegramError):
                    await tell(bot, to, told)
            raise
        if taken_off and not moved:
            return None
        if not moved:  # each handed or erased meanwhile (the Yes tapped twice, say)
            return "", True
        if taken_off:
            # removed part-way: she is told nothing (no case label to someone who left), and
            # the leaver keeps the rest, not erased with them as if every draft had moved
            still = set(await self.drafts_of(leaver))
            left = [f"\"{d.label}\"" for d in await self.conversation.drafts(leaver, status=None)
                    if d.id in still]
            return STOPPED_LEAVING.format(to=names[to], drafts=drafts_said(len(moved)),
                                          name=name, labels=named(moved),
                                          left=", ".join(left)), False
        if moved:
            log.info("a leaver's drafts were handed over (%s to %s)", user_ref(leaver),
                     user_ref(to))
            if alike:
                held.append(SAME_LEAVING.format(labels=", ".join(alike)))
                said += SAME_LEAVING_ADMIN.format(to=names[to], labels=", ".join(alike))
            told = taken_said(TAKEN_LEAVING, TAKEN_LEAVING_LINES, name, moved, finished, held)
            try:
                await tell(bot, to, told)
            except TelegramError:
                # /resume's list has the unfinished ones alone: a finished one by its label
                said += NOT_TOLD_LEAVING.format(name=names[to], find=where_to_find(
                    finished, len(moved))) if finished else NOT_TOLD.format(name=names[to])
        return HANDED_LEAVING.format(name=name, drafts=drafts_said(len(moved)),
                                     to=names[to]) + said, True
