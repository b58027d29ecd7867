"""A draft handed from one practitioner to another (/handover), in one transaction.

Every value of a draft is sealed with associated data naming its owner (`storage.sealing`
`where`), so a draft cannot change hands by changing its `user_id`: each value is opened
under the giver and sealed again under the taker, the draft under a new key of its own
(the giver's key row is erased with the move), and the partners' parts of a mapping and
their invites (sealed under the data key for the lead) are sealed again for the new lead.
Nothing is written unsealed on the way; a failure anywhere rolls the whole move back.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from storage.crypto import keyed_digest
from storage.keyring import Keyring, as_json, erase_key
from storage.sealing import where

if TYPE_CHECKING:
    from storage.sealing import Sealer
    from storage.sql import SqlStore
    from storage.statements import Tx

# The draft's own values: (field, stored) for its label, state and each answer.
OWN_VALUES = ("SELECT 'label', label FROM drafts WHERE id = ? AND user_id = ? UNION ALL "
              "SELECT 'state', state FROM drafts WHERE id = ? AND user_id = ? UNION ALL "
              "SELECT 'answer:' || a.step_id, a.value FROM answers a JOIN drafts d ON "
              "d.id = a.draft_id WHERE d.id = ? AND d.user_id = ?")
# Team rows sealed under the data key for the mapping's lead: (field, stored, row key).
INVITES = ("SELECT 'invite:' || code_hash, about, code_hash FROM invites WHERE draft_id = ? "
           "AND created_by = ? AND about IS NOT NULL",
           "UPDATE invites SET about = ? WHERE code_hash = ?")
PARTS = ("SELECT 'contribution:' || c.invite, c.body, c.invite FROM contributions c JOIN invites "
         "i ON i.code_hash = c.invite WHERE c.draft_id = ? AND i.created_by = ? AND c.body IS "
         "NOT NULL", "UPDATE contributions SET body = ? WHERE invite = ?")
LEAD_VALUES = (INVITES, PARTS)
# In an invite's note (`about`): those who led the mapping before, who made or were handed
# its links, and may not open one as a partner (`bot.teams.partners`), as its lead may not.
LED_BEFORE = "led_before"
# The taker's drafts as the caps count them: unfinished ones, and all they keep.
TAKER_COUNTS = ("SELECT COALESCE(SUM(CASE WHEN status = 'in_progress' THEN 1 ELSE 0 END), 0), "
                "count(*) FROM drafts WHERE user_id = ?")


class TakerFull(Exception):
    """The taker holds as many drafts as anyone may (`Caps`), counted in the hand-over's (or
    the new draft's) own transaction: nothing was handed over or made. `kept`: the cap on
    all drafts kept, finished or not (else the one on unfinished drafts); `held`: how many
    of those they hold."""

    def __init__(self, *, kept: bool, held: int = 0) -> None:
        super().__init__("kept" if kept else "full")
        self.kept = kept
        self.held = held


# The most drafts one person may hold: (unfinished, kept, finished or not).
Caps = tuple[int, int]


async def move(store: SqlStore, tx: Tx, giver: int, draft_id: str, taker: int,
               lead: str = "", caps: Caps | None = None) -> bool:
    """Move the giver's draft (not a partner's part of another's mapping) to the taker,
    re-sealing every value; False, changing nothing, when the giver has no such draft.
    `lead`: the taker's name, which its links name to their partners from now on. `caps`:
    TakerFull is raised when the taker already holds that many drafts, counted here, after
    the giver's draft is taken and while the taker's hand-overs wait (`SqlStore._receiving`):
    two colleagues handing to one at 99 at once, each count read outside this transaction
    found 99, and both went."""
    # The draft's row taken first (on PostgreSQL, where another instance's retention may be
    # erasing it: that is waited for, and then there is nothing to hand over)
    if giver == taker or not await tx.run(
            "UPDATE drafts SET updated_at = updated_at WHERE id = ? AND user_id = ? AND "
            "parent_id IS NULL", (draft_id, giver)):
        return False
    if caps is not None:
        status = await tx.rows("SELECT status FROM drafts WHERE id = ?", (draft_id,))
        await within_caps(store, tx, taker, caps, unfinished=status[0][0] == "in_progress")
    old = await Keyring(tx, store._sealer, giver).sealer(draft_id)
    new = await Keyring(tx, store._sealer, taker).sealer(draft_id, create=True)
    values = await tx.rows(OWN_VALUES, (draft_id, giver) * 3)
    resealed = {str(name): new.seal(old.open(bytes(stored), where(giver, draft_id, str(name))),
                                    where(taker, draft_id, str(name)))
                for name, stored in values}
    # The draft is touched: its retention starts again for the taker, who has not been
    # reminded of it (a reminder the giver had would otherwise let it go unannounced).
    await tx.run("UPDATE drafts SET user_id = ?, label = ?, state = ?, updated_at = ?, "
                 "reminded_at = NULL WHERE id = ? AND user_id = ?",
                 (taker, resealed.pop("label"), resealed.pop("state"), time.time(), draft_id,
                  giver))
    for name, fresh in resealed.items():
        await tx.run("UPDATE answers SET value = ? WHERE draft_id = ? AND step_id = ?",
                     (fresh, draft_id, name.removeprefix("answer:")))
    # The mapping's invites, then its parts, sent or not, taken first (in the order a claim
    # takes them): a partner's Send under way is waited for (its part, sealed for the giver,
    # is then sealed again below), or waits, and seals for the taker
    # (`ContributionStore.send`); on PostgreSQL the two run side by side.
    await tx.run("UPDATE invites SET created_by = created_by WHERE draft_id = ? AND "
                 "created_by = ?", (draft_id, giver))
    await tx.run("UPDATE contributions SET updated_at = updated_at WHERE draft_id = ?",
                 (draft_id,))
    for rows in LEAD_VALUES:
        select, update = rows
        for name, stored, row in await tx.rows(select, (draft_id, giver)):
            plain = store._sealer.open(bytes(stored), where(giver, draft_id, str(name)))
            if rows is INVITES:
                plain = _led_before(plain, giver, lead)
            await tx.run(update, (store._sealer.seal(plain, where(taker, draft_id, str(name))),
                                  row))
    await tx.run("UPDATE invites SET created_by = ? WHERE draft_id = ? AND created_by = ?",
                 (taker, draft_id, giver))
    # What the giver sent with /share was theirs: the taker sending it is not "already sent"
    await tx.run("DELETE FROM shares WHERE draft_id = ?", (draft_id,))
    await erase_key(tx, store._opened, giver, draft_id)
    return True


async def within_caps(store: SqlStore, tx: Tx, user_id: int, caps: Caps, *,
                      unfinished: bool = True) -> None:
    """TakerFull when `user_id` holds `caps` drafts already, counted in `tx` while the
    drafts coming to them wait (`SqlStore._receiving`): a hand-over to them (`move`, of an
    `unfinished` draft or not) and a draft of their own made (/new, a partner's link) count
    against the same caps one at a time. Each counted outside the other's transaction, a
    colleague's hand-over landing as her /new was saved took her past them. `tx` must be
    serial (SQLite: the count read inside its write transaction). Nothing is written."""
    await store._receiving(tx, user_id)
    (open_now, kept), = await tx.rows(TAKER_COUNTS, (user_id,))
    if unfinished and int(open_now) >= caps[0]:
        raise TakerFull(kept=False, held=int(open_now))
    if int(kept) >= caps[1]:
        raise TakerFull(kept=True, held=int(kept))


def _led_before(about: bytes, giver: int, lead: str) -> bytes:
    """An invite's note (JSON), the giver added to those who led its mapping before, and
    naming the new `lead` (if given) as the one a partner sends to: a partner answering
    is not told of the hand-over, but is no longer told their part goes to the giver."""
    note = json.loads(about)
    if not isinstance(note, dict):
        return about
    before = note.get(LED_BEFORE)
    note[LED_BEFORE] = [*(before if isinstance(before, list) else []), giver]
    if lead:
        note["lead"] = lead
    return as_json(note).encode()


# The giver's note of each hand-over, for /resume: kept in their session's state
# (`bot.session.UserState.handovers`) as [when, draft id, colleague's user id, the keyed
# digest of its label] (noted before the digest was: without it).
HANDOVERS = "handovers"
_LABELLED = b"sosbot: the digest of a case label handed over"


def label_digests(sealer: Sealer, label: str) -> tuple[str, ...]:
    """A case label as a hand-over's note keeps it: an HMAC-SHA-256 under a key derived from
    the data key, named by its id (a label has few likely values: a plain digest would be
    read back by trying them). Under the current key first, then the others configured;
    none without a data key (the note then has none, and the draft is read instead)."""
    return tuple(f"{key.id}:" + keyed_digest(key.secret, _LABELLED, label.encode())[:32]
                 for key in getattr(sealer, "keys", ()))


async def _noted(tx: Tx) -> list[tuple[int, str, dict[str, Any], list[Any]]]:
    """Every session holding notes of hand-overs: its user id, its state as stored (to
    update it only if unchanged since), that state read, and its list of notes."""
    found = []
    for user_id, state in await tx.rows("SELECT user_id, state FROM sessions WHERE state LIKE ?",
                                        (f'%"{HANDOVERS}"%',)):
        stored = json.loads(state)
        handed = stored.get(HANDOVERS)
        if isinstance(handed, list):
            found.append((user_id, state, stored, handed))
    return found


async def redigest_handovers(tx: Tx, sealer: Sealer, bare: Callable[[str], str]) -> None:
    """Every giver's notes of hand-overs digested again under `sealer`'s current key (at
    `keys rotate` and `keys encrypt`, in its transaction, once the drafts are sealed for it):
    a note under a key since retired (or made keyless, with none) was compared by opening the
    colleague's draft, and /resume of a label never handed over then opened every draft in
    the notes. The label is read from the draft the
    colleague holds (`bare`: how the bot reads one, `bot.session_commands.bare_label`); a
    note of a draft no longer theirs is left as it is (it names nothing any more)."""
    current = getattr(sealer, "current", None)
    if current is None:
        return
    for user_id, state, stored, handed in await _noted(tx):
        changed = False
        for note in handed:
            if not (isinstance(note, list) and len(note) in (3, 4)
                    and isinstance(note[1], str) and isinstance(note[2], int)):
                continue
            if len(note) == 4 and str(note[3]).startswith(f"{current}:"):
                continue
            draft_id, taker = note[1], note[2]
            rows = await tx.rows("SELECT label FROM drafts WHERE id = ? AND user_id = ?",
                                 (draft_id, taker))
            if not rows:
                continue
            draft = await Keyring(tx, sealer, taker).sealer(draft_id)
            label = json.loads(draft.open(bytes(rows[0][0]), where(taker, draft_id, "label")))
            note[3:] = [label_digests(sealer, bare(str(label)))[0]]
            changed = True
        if changed:
            await tx.run("UPDATE sessions SET state = ? WHERE user_id = ? AND state = ?",
                         (json.dumps(stored), user_id, state))


async def forget_handovers(tx: Tx, *, taker: int | None = None,
                           before: float | None = None) -> None:
    """Drop from every giver's note the hand-overs to `taker` (whose /delete, or removal,
    erases everything about them) or made before `before` (kept no longer than an untouched
    draft). Other users' rows: the transaction is made serial first; a session written
    since it was read here is left as written."""
    tx.serial()
    for user_id, state, stored, handed in await _noted(tx):
        kept = [h for h in handed if not (
            isinstance(h, list) and len(h) in (3, 4)
            and ((taker is not None and h[2] == taker)
                 or (before is not None and isinstance(h[0], int | float) and h[0] < before)))]
        if len(kept) == len(handed):
            continue
        if kept:
            stored[HANDOVERS] = kept
        else:
            del stored[HANDOVERS]
        await tx.run("UPDATE sessions SET state = ? WHERE user_id = ? AND state = ?",
                     (json.dumps(stored), user_id, state))
