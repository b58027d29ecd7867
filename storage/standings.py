"""Each user's team standing as last read, for the one process SQLite allows.

Every update's gate reads the sender's standing (`storage.teams.TeamStore.standing`: their
role, and whether they answer or have answered a partner's link), a statement on the event
loop's thread, though almost no update changes anyone's. So the last one read is kept, and
all are forgotten together once anything is committed that might change one: any write but
the few an answer, its draft's position, its update marked handled, its session and a
question's receipt make (`storage.store`), which touch none of the rows a standing is read
from (members, former members, partners' contributions, drafts erased with theirs). From
the moment such a write is sent until its own code has gone on past its commit, nothing
kept is used: in the turns of the event loop between a removal's commit landing and its
code going on, another update's gate read the removed member's standing as kept, a member.
Nothing here is used where several instances share the database (PostgreSQL): another
instance's writes would not forget what this one kept.
"""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")

# Users kept at most: strangers write too, and each one's standing is read before the gate
# refuses them; past this, what is kept is forgotten and read again as needed.
LIMIT = 10_000


class Standings(Generic[T]):
    """Standings read since the last write that might change one."""

    __slots__ = ("_kept", "_writing", "generation")

    def __init__(self) -> None:
        self.generation = 0  # writes that might change a standing, begun or ended so far
        self._writing = 0  # such writes under way
        self._kept: dict[int, T] = {}

    def get(self, user_id: int) -> T | None:
        return None if self._writing else self._kept.get(user_id)

    def keep(self, user_id: int, generation: int, standing: T) -> None:
        """Keep a standing read when `generation` was current: not when a write that might
        change it was committed while it was being read."""
        if generation != self.generation or self._writing:
            return
        if len(self._kept) >= LIMIT:
            self._kept.clear()
        self._kept[user_id] = standing

    def writing(self) -> None:
        """A write that might change a standing is about to be sent: nothing kept is used,
        and nothing read is kept, until it has ended (`written`)."""
        self._writing += 1
        self.changed()

    def written(self) -> None:
        """A write begun by `writing` was committed, or rolled back."""
        self._writing -= 1
        self.changed()

    def changed(self) -> None:
        """A write that might change a standing was committed (or tried): forget them all."""
        self.generation += 1
        self._kept.clear()
