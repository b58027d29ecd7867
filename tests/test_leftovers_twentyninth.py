"""The twenty-ninth pass's leftovers: what the merge of its branches left to pin."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.telegram_world import bot_world, shown
from tests.test_teams_partners_e2e import ADMIN, lead_with_a_mapping, partner_link

pytestmark = pytest.mark.e2e
PARTNER = 7979


async def test_a_partners_delete_with_the_mappings_label_still_withdraws(tmp_path: Path) -> None:
    """/delete with a case label discards that one draft for a practitioner (walk29); a
    partner's /delete withdraws their contribution, label or not: the merge of walk29 and
    attack29 asked whether the label of the mapping they were asked about would turn it
    into a bare discard of their draft. It does not (the partner's commands are theirs)."""
    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await lead_with_a_mapping(world)
        await world.open_link(PARTNER, await partner_link(world, "Health"))
        await world.tap("School", user=PARTNER)

        await world.command("delete", "TB-7", user=PARTNER)

        await shown(world, PARTNER, "Withdraw your contribution")
        assert not any("Discard the draft" in text for text in world.texts(PARTNER)[-2:])
