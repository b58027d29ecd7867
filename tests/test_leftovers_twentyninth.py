"""The twenty-ninth pass's leftovers: what the merge of its branches left to pin."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.teams.combined import Waiting, combined
from bot.teams.review import contributions_review
from bot.teams.team import joined_day
from flows.draft import Draft
from flows.flow import Flow
from flows.summary import build_summary
from tests.telegram_world import bot_world, shown
from tests.test_teams_partners_e2e import ADMIN, lead_with_a_mapping, partner_link

PARTNER = 7979


@pytest.mark.e2e
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


FOURTH_OF_DECEMBER = datetime(2026, 12, 4, 9, 30, tzinfo=UTC).timestamp()


def test_dates_in_the_leads_summary_and_the_members_list_read_as_everywhere_else(
        flows: Mapping[str, Flow]) -> None:
    """walk29: the lead's summary said "invited 04 Dec 2026" of a partner still to answer,
    where the summary's own dates read "4 Dec 2026"; so did the contributions' review and
    the day a member joined."""
    flow = flows["mapping"]
    draft = Draft(id="d1", user_id=1, flow_id="mapping", flow_version=flow.version,
                  label="TB-7")
    waiting = [Waiting("Health", FOURTH_OF_DECEMBER)]

    summary = combined(build_summary(flow, draft), [], waiting)
    said = [entry.text for block in summary.other for entry in block.entries]
    review = "\n".join(text for text, _ in contributions_review([], waiting))

    assert "invited 4 Dec 2026, no answer yet" in said, said
    assert joined_day(FOURTH_OF_DECEMBER) == "4 Dec 2026"
    assert "(invited 4 Dec 2026)" in review, review
