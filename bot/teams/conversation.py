"""The conversation, with partners' contributions in a mapping's summary and exports."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Literal

from bot.conversation import Conversation, RepliedTo, Turn
from bot.pastes import Piece
from bot.session import AwaitConfirm, Handover, TeamAsked, user_state
from bot.session_commands import MAX_KEPT, MAX_UNFINISHED, bare_label
from bot.teams.combined import (
    ANONYMOUS,
    LINK_CLOSED,
    LINK_EXPIRED,
    Part,
    Waiting,
    combined,
    part_of,
)
from bot.teams.picking import WHEN
from bot.teams.team import told_apart as members_told_apart
from bot.teams.texts import (
    DELETED_MEMBER,
    HANDOVER_FIRST,
    PARTS_GO,
    PARTS_GO_TOO,
    REJOIN_Q,
    REMOVED_UNSENT_LEAD,
    TAP_TO_ANSWER,
    TAP_TO_HAND,
    TAP_TO_LEAVE,
    TAP_TO_REMOVE,
    TAP_TO_STOP,
    WITHDRAW_ONE_INSTEAD,
    WITHDRAW_ONE_OF_MANY,
    WITHDRAW_TOO_Q,
    WITHDRAWN_LEAD,
    WITHDRAWN_UNSENT_LEAD,
)
from bot.wording import ConversationReply, seen_as
from flows.answers import in_its_direction
from flows.draft import Draft, Pending
from flows.moves import DICTATION_TAKEN
from flows.render import format_date
from flows.replies import ADDS_BACK, Input, SummaryReply
from flows.summary import Summary
from storage.contract import ClosedPart, OwedNotice
from storage.contributions import ContributionStore
from storage.handover import TakerFull
from storage.teams import Invite, Standing, TeamStore

# What handing a draft over came to: done, refused while an answer is held back by a note,
# or not done (the draft is no longer the giver's, or the taker no longer a member).
HandOver = Literal["handed", "held", "gone", "left", "full", "kept"]


def closed_parts(closed: list[tuple[int, Invite]]) -> list[ClosedPart]:
    """Each partner with what the invite that brought them said of the mapping."""
    return [ClosedPart(partner, (invite.about or {}).get("label", ""),
                       (invite.about or {}).get("lead", "")) for partner, invite in closed]


# How many of a user's own hand-overs are remembered for /resume (`handed_away`).
HANDOVERS_KEPT = 10


class TeamConversation(Conversation):
    """A conversation whose summaries of a mapping include what partners sent, and whose
    /delete erases a user's membership and contributions with the rest."""

    def __init__(self, *args: Any, admins: frozenset[int] = frozenset(), **kwargs: Any
                 ) -> None:
        """`admins`: the users let in by the settings, not by an invite."""
        super().__init__(*args, **kwargs)
        self.contributions = ContributionStore(TeamStore(self.store))
        self._admins = admins
        # What is owed to the partners of mappings a lead's turn is erasing (recorded in
        # that turn), then, once it has committed, the notices to send now, by lead.
        self._erasing: dict[int, list[OwedNotice]] = {}
        self._closed: dict[int, list[OwedNotice]] = {}
        # The same for the leads of the mappings a member's /delete withdraws a contribution
        # from: (lead, what to tell them), recorded in the turn, to tell once it committed.
        self._withdrawing: dict[int, list[tuple[int, str]]] = {}
        self._withdrawn: dict[int, list[tuple[int, str]]] = {}

    async def erase_draft(self, user_id: int, draft_id: str) -> None:
        await self._owe(user_id, await self.contributions.partners_of(user_id, draft_id))
        answering = await self.contributions.answering(user_id)
        if answering is not None and answering.working_draft == draft_id:
            # A member's part for a colleague's mapping, discarded: nothing is left to send,
            # and a part held open would turn away every other partner's link. Its lead is
            # told, as of a withdrawal (the part they waited for had gone without a word).
            names = await self._names(user_id)
            invite = await self.contributions.teams.invite(answering.invite)
            await self.contributions.let_go(user_id)
            if invite is not None:
                self._withdrawing.setdefault(user_id, []).append(
                    _withdrawn(invite, names, sent=False))
        await super().erase_draft(user_id, draft_id)

    async def _owe(self, lead: int, closed: list[tuple[int, Invite]]) -> None:
        """Record, in the lead's turn, a message owed to each partner of what it erases: sent
        once it has committed, or, if it cannot be then, by the next retention run."""
        self._erasing.setdefault(lead, []).extend(
            await self.store.owe("closed", closed_parts(closed)))

    async def hand_over(self, giver: int, draft_id: str, taker: int, *, lead: str = "",
                        drop_held: bool = False) -> tuple[HandOver, str | None]:
        """Make the giver's draft the taker's (/handover), in the giver's turn: the store
        seals it again for the taker, and the giver's place no longer points at it (nor
        does a yes-or-no they were asked about it). Refused while an answer of theirs is
        held back by a note about it: handed over, it would be the taker's to settle, who
        never wrote it. With it, the label of a draft of the same tool the taker already
        has under that name (both are kept, nothing merged), if any. `drop_held` (the giver
        is being removed, and can settle nothing): such a line, never saved, is let go."""
        draft = await self.load(giver, draft_id)
        if draft is None:
            return "gone", None
        if holds(draft.pending) and not drop_held:
            return "held", None
        theirs = await self.drafts(taker, status=None)
        like = next((d.label for d in theirs
                     if d.flow_id == draft.flow_id and d.status != "discarded"
                     and bare_label(d.label) == bare_label(draft.label)), None)
        # As many unfinished drafts as anyone keeps (`MAX_UNFINISHED`), or drafts at all
        # (`MAX_KEPT`): handed more, one giver could fill a colleague's list past them without
        # end (a leaver's go all the same; a finished one adds nothing to the first count).
        # Counted by the store in the hand-over's transaction, one hand-over to her at a
        # time: two colleagues handing to her at 99 at once both went, each count read here.
        caps = None if drop_held else (MAX_UNFINISHED, MAX_KEPT)
        try:
            return await self._hand_over(giver, draft, taker, lead, drop_held, caps, like)
        except TakerFull as full:
            return ("kept" if full.kept else "full"), None

    async def _hand_over(self, giver: int, draft: Draft, taker: int, lead: str,
                         drop_held: bool, caps: tuple[int, int] | None, like: str | None
                         ) -> tuple[HandOver, str | None]:
        """`hand_over`'s turn: TakerFull (nothing of it stands) past the taker's `caps`."""
        draft_id = draft.id
        async with self._locks.held(giver), self.store.turn(giver) as unit:
            # read in this transaction: a colleague removed since the Yes found them a
            # member would be handed a case nobody could open (and be told its label)
            if (await self.contributions.teams.standing(taker)).role is None:
                return "left", None
            current = await unit.draft(draft_id)
            if current is not None and current.pending is not None:
                if holds(current.pending) and not drop_held:
                    return "held", None
                current.pending = None
                await unit.save(current)
            if current is not None and DICTATION_TAKEN in current.nudged:
                # the giver's choice to take dictated punctuation as marks, not the taker's:
                # she is asked at her first, as anyone is ("as you chose before", she read)
                current.nudged.remove(DICTATION_TAKEN)
                await unit.save(current)
            if current is None or not await self.store.hand_over(giver, draft_id, taker, lead,
                                                                 caps):
                return "gone", None
            turn = Turn(user_state(unit.session), None)
            state = turn.state
            if state.active_draft == draft_id:
                state.active_draft = state.covered = state.opened = None
                state.delivered = state.question_message = state.asked_in = None
                state.handed = time.time()
            if not drop_held:  # (a member being removed asks /resume nothing after)
                label = self.store.label_digests(bare_label(draft.label))
                state.handovers = self._handovers_kept(state.handovers, draft_id, taker,
                                                       label[0] if label else "")
            if isinstance(state.awaiting, AwaitConfirm) and state.awaiting.draft_id == draft_id:
                state.awaiting = None
            if state.parts_shown is not None and state.parts_shown[0] == draft_id:
                state.parts_shown = None
            await self.commit(turn)
        return "handed", like

    def _handovers_kept(self, before: tuple[Handover, ...], draft_id: str, taker: int,
                        label: str) -> tuple[Handover, ...]:
        """The giver's hand-overs with this one (`label`: its label's keyed digest): the
        newest few, no older than a draft left untouched is kept (by then the colleague's
        copy may be erased too)."""
        now = time.time()
        kept = [h for h in before if h[1] != draft_id and 0 <= now - h[0] <= self._kept_for()]
        return (*kept[-(HANDOVERS_KEPT - 1):], (now, draft_id, taker, label))

    def _kept_for(self) -> float:
        return self.retention()[0] * 86_400.0

    async def handed_away(self, user_id: int, handovers: tuple[Handover, ...],
                          wanted: str | None) -> str | None:
        """What to say to /resume of a label the user handed to a colleague (still theirs,
        with that label; `wanted` None: whatever its label): to whom, when, and that it is
        theirs now; None for any other. A note whose label's digest is not that of
        `wanted` (under a key still configured) is passed over without opening the draft,
        the colleague's now."""
        now = time.time()
        digests = self.store.label_digests(bare_label(wanted)) if wanted is not None else ()
        keyed = {d.partition(":")[0] for d in digests}
        for at, draft_id, taker, label in reversed(handovers):
            if not 0 <= now - at <= self._kept_for():
                continue
            if wanted is not None and wanted != draft_id and label not in digests \
                    and label.partition(":")[0] in keyed:
                continue  # another label
            draft = await self.load(taker, draft_id)
            # (`wanted` its id: an old button of it, "Continue KB-7" of a list of drafts)
            if draft is None or (wanted is not None and wanted != draft_id
                                 and bare_label(draft.label) != bare_label(wanted)):
                continue
            names = [m.name for m in await self.contributions.teams.members()
                     if m.user_id == taker]
            return self.words["resume_handed"].format(
                label=draft.label, name=names[0] if names else "a colleague",
                day=format_date(at))
        return None

    async def team_pointer(self, asked: TeamAsked, draft: Draft | None) -> str | None:
        kind, _, about, other = asked
        if kind == "stop":
            return TAP_TO_STOP
        if kind == "answer":  # a partner's link opened on the team (`Partners.open_link`)
            return TAP_TO_ANSWER
        everyone = await self.contributions.teams.members()
        names = members_told_apart(everyone, max((len(m.name) for m in everyone), default=0)
                                   + WHEN)
        if other not in names:
            return None  # no longer a member: the buttons say so when tapped
        if kind == "remove":
            return TAP_TO_REMOVE.format(name=names[other])
        if kind == "leaving":
            to = int(about) if about.isdecimal() else 0
            return TAP_TO_LEAVE.format(name=names[other], to=names[to]) if to in names \
                else None
        if draft is None or draft.id != about:
            return None  # handed over meanwhile, or another draft opened: nothing to point to
        return TAP_TO_HAND.format(label=draft.label, name=names[other])

    def closed_for_partners(self, lead: int) -> list[OwedNotice]:
        """The notices owed to the partners whose mapping this lead has just erased (each
        once): they were answering or had sent, and are to be told."""
        return self._closed.pop(lead, [])

    async def delete_question(self, user_id: int) -> str:
        standing = await self.contributions.teams.standing(user_id)
        notes = [REJOIN_Q] if self._joined(user_id, standing) else []
        notes += [WITHDRAW_TOO_Q] if standing.contributed else []
        parts = listed_parts(await self.contributions.parts_of(user_id))
        if len(parts) > WITHDRAW_PAGE:  # a page at a time, behind one button
            notes += [WITHDRAW_ONE_OF_MANY.format(n=len(parts), button=ONE_PART)]
        elif parts:  # each can go alone, by its button (`delete_choices`)
            notes += [WITHDRAW_ONE_INSTEAD.format(parts="; ".join(
                f"\"{label}\" for {lead}" + (f", the {agency} part" if agency else "")
                + f" ({'sent' if sent else 'not sent yet'})"
                for _, label, lead, sent, agency in parts))]
        partners = len(await self.contributions.partners_of(user_id))
        notes += [PARTS_GO_TOO.format(partners=_partners(partners))] if partners else []
        notes += [HANDOVER_FIRST] if standing.role is not None \
            and await self._own_unfinished(user_id) else []
        return " ".join([await super().delete_question(user_id), *notes])

    async def _own_unfinished(self, user_id: int) -> bool:
        """Whether the user has an unfinished draft of their own (not a partner's part)."""
        parts_tools = {f.spec.contributions for f in self.flows.values() if f.spec.contributions}
        return any(d.flow_id not in parts_tools for d in await self.drafts(user_id))

    async def delete_choices(self, user_id: int) -> tuple[tuple[str, str], ...]:
        """Beside /delete's yes and no, a button for each part the user contributed to a
        colleague's mapping, to withdraw that one alone (a member with the Police and the
        School part of one mapping could withdraw both only by erasing everything, their
        membership too). Each carries when it was asked: it stands two minutes, as the
        partner's (`bot.teams.partners.withdraw_still_asked`)."""
        listed = listed_parts(await self.contributions.parts_of(user_id))
        if len(listed) > WITHDRAW_PAGE:  # one button, to them a page at a time
            return ((ONE_PART, "t:pv:0"),)
        asked = int(time.time())
        return tuple((which, f"t:pw:{asked}:{short}")
                     for (short, *_), which in zip(listed, withdraw_buttons(listed),
                                                   strict=True))

    async def discard_question(self, user_id: int, draft: Draft) -> str:
        """Discarding a mapping erases what its partners sent or are answering: said."""
        asked = await super().discard_question(user_id, draft)
        partners = len(await self.contributions.partners_of(user_id, draft.id))
        return f"{asked} {PARTS_GO.format(partners=_partners(partners))}" if partners else asked

    async def erase_user(self, user_id: int) -> str:
        """Everything about the user, in the turn that asked (one transaction): their drafts
        (and the contributions to them), what they sent to others' mappings as a partner,
        their membership and the invites they made."""
        standing = await self.contributions.teams.standing(user_id)
        await self._owe(user_id, await self.contributions.partners_of(user_id))
        names = await self._names(user_id)  # an unsent part's, before its draft is erased
        said = await super().erase_user(user_id)
        self._withdrawing.setdefault(user_id, []).extend(
            await self.withdraw_parts(user_id, names))
        await self.contributions.teams.remove_member(user_id)
        return DELETED_MEMBER if self._joined(user_id, standing) else said

    async def withdraw_parts(self, partner: int, names: dict[str, str] | None = None,
                             only: str | None = None, *, keep: bool = False
                             ) -> list[tuple[int, str]]:
        """Erase everything the partner contributed (sent or not), or with `only` the one
        contribution of that invite (its short id): each lead it was for, and what to tell
        them, naming the partner as they named their service and role (`names`, by invite,
        if read before their drafts were erased). `keep`: a member, whose own drafts stay
        when their last part goes."""
        names = await self._names(partner) if names is None else names
        sent = {invite.code_hash: was for invite, was in
                await self.contributions.parts_of(partner)}
        told = []
        for invite in await self.contributions.withdraw(partner, only, keep=keep):
            told.append(_withdrawn(invite, names, sent=sent.get(invite.code_hash, True)))
        return told

    async def _names(self, partner: int) -> dict[str, str]:
        """How each of the partner's contributions names them so far, by invite."""
        from bot.teams.combined import attribution

        names = {}
        for invite, flow_id, answers in await self.contributions.answers_of(partner):
            flow = self.flows.get(flow_id or "")
            name = attribution(flow, answers) if flow is not None else ANONYMOUS
            if name != ANONYMOUS:
                names[invite.code_hash] = name
        return names

    async def unsent_for_leads(self, partner: int) -> list[tuple[int, str]]:
        """The leads to tell, once an admin's removal of this member has committed, that the
        part the member was writing for their mapping will not come (it is erased with
        them): a social worker whose school link was forwarded to a colleague who then left
        waited for the school's part until the conference."""
        names = await self._names(partner)
        return [_withdrawn(invite, names, said=REMOVED_UNSENT_LEAD)
                for invite, sent in await self.contributions.parts_of(partner)
                if not sent and invite.created_by != partner]

    def withdrawn_for_leads(self, partner: int) -> list[tuple[int, str]]:
        """The leads to tell (each once) that this user's /delete, just committed, withdrew
        a contribution to their mapping."""
        return self._withdrawn.pop(partner, [])

    def _joined(self, user_id: int, standing: Standing) -> bool:
        """Whether the user is let in only by their membership (an invite)."""
        return standing.role is not None and user_id not in self._admins

    async def handle(self, user_id: int, given: Input, *,
                     update_id: int | None = None, draft_id: str | None = None,
                     replied_to: RepliedTo | None = None, forwarded: bool = False,
                     sent_as: int | None = None, piece: Piece | None = None
                     ) -> list[ConversationReply]:
        try:
            replies = await super().handle(user_id, given, update_id=update_id,
                                           draft_id=draft_id, replied_to=replied_to,
                                           forwarded=forwarded, sent_as=sent_as, piece=piece)
        finally:  # the turn has committed, or nothing of it stands (and nobody is told)
            erased = self._erasing.pop(user_id, [])
            withdrawn = self._withdrawing.pop(user_id, [])
        if erased:
            self._closed.setdefault(user_id, []).extend(erased)
        if withdrawn:
            self._withdrawn.setdefault(user_id, []).extend(withdrawn)
        return await self._with_parts(replies)

    async def undelivered(self, user_id: int) -> list[ConversationReply]:
        """What Telegram refused, sent again: the summary at the end with its partners'
        parts, as the last answer brought it (without them, the school's worries and number
        were missing from the summary for the conference)."""
        return await self._with_parts(await super().undelivered(user_id))

    async def _with_parts(self, replies: list[ConversationReply]) -> list[ConversationReply]:
        return [replace(r, summary=await self.with_contributions(r.summary, r.draft_id))
                if isinstance(r, SummaryReply) else r for r in replies]

    async def with_contributions(self, summary: Summary, draft_id: str) -> Summary:
        """The summary of a lead's draft, with its partners' parts when its tool takes them."""
        flow = self.flows.get(summary.flow_id)
        if flow is None or flow.spec.contributions is None or not draft_id:
            return summary
        parts, waiting = await self.parts(draft_id, summary.label,
                                          finished=summary.status == "completed")
        return combined(summary, parts, waiting)

    async def parts(self, draft_id: str, label: str, *, finished: bool = False
                    ) -> tuple[list[Part], list[Waiting]]:
        """The contributions sent to a draft, and who (agency, invited when, begun or not)
        has not sent one; a link never opened that opens nothing now (past its days, or the
        mapping `finished`) says so."""
        parts: list[Part] = []
        waiting: list[Waiting] = []
        started = await self.contributions.answering_for(draft_id)
        invited = await self.contributions.for_draft(draft_id)
        now = time.time()
        for invite, sent in invited:
            part = None
            if sent is not None and sent.body is not None:
                part = part_of(self.flows, invite.short_id, sent.body, sent.included, label)
            service = (invite.about or {}).get("for", ANONYMOUS)
            # opened, and its part is gone since (withdrawn): no answer can come by it now
            begun = invite.code_hash in started
            emptied = sent is None and not begun and invite.uses_left == 0 \
                and not invite.withdrawn
            if part is not None:
                parts.append(part)
            elif invite.withdrawn and not begun:
                continue  # stopped by the lead (or withdrawn on the server): no answer comes
            elif not (emptied and _made_again(invite, invited)):
                unopened = sent is None and not begun and invite.uses_left > 0
                closed = "" if not unopened else LINK_CLOSED if finished \
                    else LINK_EXPIRED if invite.expires_at <= now else ""
                waiting.append(Waiting(service, invite.created_at, begun, emptied,
                                       invite.short_id, closed))
        return told_apart(parts), waiting


def _made_again(invite: Invite, invited: list[tuple[Invite, Any]]) -> bool:
    """Whether the lead made another link for the same service after this one: a part
    withdrawn to be sent again through it is not listed as still to answer beside it."""
    service = (invite.about or {}).get("for")
    return any((later.about or {}).get("for") == service
               and later.created_at > invite.created_at for later, _ in invited)


def _partners(count: int) -> str:
    return f"{count} partner{'s' if count != 1 else ''}"


def told_apart(parts: list[Part]) -> list[Part]:
    """Parts whose partners name themselves alike (two schools' designated safeguarding
    leads: "School, DSL" twice) numbered in the order they were invited, "(1 of 2)",
    "(2 of 2)": the summary and the export say which one said what, and the lead's buttons
    to leave one out say which one they leave out."""
    alike: dict[str, list[int]] = {}
    for at, part in enumerate(parts):
        alike.setdefault(seen_as(part.name), []).append(at)
    named = list(parts)
    for places in (p for p in alike.values() if len(p) > 1):
        for n, at in enumerate(places, 1):
            named[at] = replace(parts[at], name=f"{parts[at].name} ({n} of {len(places)})")
    return named


def _withdrawn(invite: Invite, names: dict[str, str], *, sent: bool = True,
               said: str | None = None) -> tuple[int, str]:
    """The lead of a part withdrawn (or discarded), and what they are told, naming the
    partner as they named their service and role (`names`, by invite): a part not `sent`
    yet is not said to be sent, nor to leave the summary it was never in; `said`, what
    they are told instead."""
    about = invite.about or {}
    said = said or (WITHDRAWN_LEAD if sent else WITHDRAWN_UNSENT_LEAD)
    return invite.created_by, said.format(  # (in the summary's direction)
        name=in_its_direction(names.get(invite.code_hash) or about.get("for", "a partner")),
        label=in_its_direction(about.get("label", "")))


Listed = tuple[str, str, str, bool, str]  # short id, case label, lead, sent, the service
# Parts to a page of "Which do you want to withdraw?" (`bot.teams.partners.withdraw_page`):
# a button each, and one to the next page. A DSL asked by every social worker in the council
# had a button for each part she had sent, thirty down the screen (past a hundred, more than
# Telegram takes under a message). A member's /delete offers them behind one button.
WITHDRAW_PAGE = 8
ONE_PART = "Withdraw one part only"


def listed_parts(parts: list[tuple[Invite, bool]]) -> list[Listed]:
    """Each of a partner's parts as its withdraw buttons and questions name it."""
    return [(invite.short_id, (invite.about or {}).get("label", ""),
             (invite.about or {}).get("lead", "") or "a colleague", sent,
             (invite.about or {}).get("for", "") or "") for invite, sent in parts]


def withdraw_buttons(listed: Sequence[Listed]) -> list[str]:
    """Each part's "Withdraw "KB-2" only" button; where two labels read alike (two families
    labelled "KB-2", one typed with a non-breaking hyphen), with whose it is, then whether
    it is sent, then the service its link was for (two parts of one mapping, a member's
    Police and School ones), then its place in the list, and the label shortened rather
    than these where a button holds too little: two buttons both reading 'Withdraw "KB-2"
    only' left the partner to guess which withdrew the part she had sent."""
    keys: list[list[object]] = [[seen_as(label)] for _, label, _, _, _ in listed]
    extra = ["" for _ in listed]
    steps: tuple[Callable[[str, bool, str], tuple[object, str]], ...] = (
        lambda lead, sent, agency: (seen_as(lead), f" for {lead[:16]}"),
        lambda lead, sent, agency: (sent, " (sent)" if sent else " (not sent yet)"),
        lambda lead, sent, agency: (seen_as(agency), f" ({agency[:16]} part)"))
    for step, told in enumerate(steps):
        alike = [sum(k == key for k in keys) > 1 for key in keys]
        if step == 2:  # the service: said only where it tells them apart
            alike = [alike[n] and any(keys[m] == keys[n] and listed[m][4] != listed[n][4]
                                      for m in range(len(listed))) for n in range(len(listed))]
        for n, (_, _, lead, sent, agency) in enumerate(listed):
            if alike[n]:
                key, words = told(lead, sent, agency)
                keys[n].append(key)
                extra[n] += words
    buttons = []
    for n, (_, label, _, _, _) in enumerate(listed):
        rest = extra[n] + (f" #{n + 1}" if sum(k == keys[n] for k in keys) > 1 else "")
        room = 60 - len(f'Withdraw "" only{rest}')
        shown = label if len(label) <= room else label[:max(room - 1, 1)] + "\u2026"
        buttons.append(f'Withdraw "{shown}"{rest} only')
    return buttons


def holds(pending: Pending | None) -> bool:
    """Whether what waits in a draft refuses its hand-over: an answer held back by a note, or
    lines asked where they go. Not a line offered to the answer before (`ADDS_BACK`): never
    saved, and let go by any other command, it refused /handover as a note to settle."""
    return pending is not None and pending.kind != ADDS_BACK
