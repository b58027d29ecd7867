"""Two `sosbot run --webhook` processes on one PostgreSQL, posted to as a proxy in front of them
would: users' updates interleaved across both, replays (one at the same moment on both), one
instance killed mid-stream and restarted. Every acknowledged answer is stored once, in order.
"""

from __future__ import annotations

import asyncio
import random
import signal
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.keys import require_key
from storage import open_store
from tests.botapi_server import BotApiServer
from tests.postgres_server import PgCluster
from tests.processes import free_port
from tests.telegram_world import COLLEAGUE, PRACTITIONER, TEST_KEY
from tests.test_webhook import Instance

pytestmark = pytest.mark.e2e
USERS = (PRACTITIONER, COLLEAGUE, 4444)
KILL_AT = 9  # the post on which the first instance is SIGKILLed with an update in hand


class Practitioner:
    """Plays one user through the reflection tool, reading the bot's last message."""

    def __init__(self, server: BotApiServer, user: int) -> None:
        self.server, self.user = server, user
        self.typed: list[str] = []  # text answers acknowledged, in the order sent
        self.sent: list[dict[str, Any]] = []  # every update acknowledged
        self.done = False

    def next_update(self) -> tuple[dict[str, Any], str | None]:
        """The next update this user sends, and the answer text it carries (if typed)."""
        server, user = self.server, self.user
        chat = server.chat(user)
        if any("end of this tool" in (m.text or "") for m in chat):
            self.done = True
            return {}, None
        if not chat:
            return server.take_update(server.send_command(user, "start")), None
        buttons = [m for m in chat if m.buttons]
        newest = buttons[-1] if buttons else None
        asks_label = [i for i, m in enumerate(chat) if "case label" in (m.text or "")]
        if not self.typed and asks_label and (
                newest is None or asks_label[-1] > chat.index(newest)):
            return self._text(f"KB-{user}")
        if newest is None or (newest is not chat[-1] and "Question" not in (newest.text or "")):
            # The question in hand never arrived (its reply was lost): ask for it again.
            return server.take_update(server.send_command(user, "resume")), None
        labels = {b.get("text"): str(b.get("callback_data")) for row in newest.buttons
                  for b in row}
        data = newest.callback_data
        if "Keep it as it is" in labels:
            return self._tap(newest.message_id, labels["Keep it as it is"]), None
        for prefix in ("r:", "a:"):
            picks = [d for d in data if d.startswith(prefix)]
            if picks:
                return self._tap(newest.message_id, picks[0]), None
        if "n:reflection" in data:
            return self._tap(newest.message_id, "n:reflection"), None
        return self._text(f"Reported by the school on visit {len(self.typed)} "
                          f"for person {user % 97}")

    def _text(self, text: str) -> tuple[dict[str, Any], str | None]:
        return self.server.take_update(self.server.send_text(self.user, text)), text

    def _tap(self, message_id: int, data: str) -> dict[str, Any]:
        return self.server.take_update(self.server.press_button(self.user, message_id, data))


async def stored(url: str, user: int) -> list[tuple[str, Any]]:
    """The user's draft: each answered step and its answer, in the order they were asked."""
    settings = Settings(_env_file=None, SOSBOT_DATA_KEY=TEST_KEY)  # type: ignore[call-arg]
    store = await open_store(url, sealer=require_key(settings, url))
    try:
        [info] = await store.list_drafts(user)
        draft = await store.load_draft(user, info.id)
    finally:
        await store.close()
    assert draft is not None
    return [(step, draft.answers[step]) for step in draft.history if step in draft.answers]


async def test_two_instances_store_every_acknowledged_answer_once_in_order(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    url = pg_cluster.new_database()
    rng = random.Random(14)
    async with BotApiServer() as server:
        extra = {"SOSBOT_DATABASE_URL": url,
                 "SOSBOT_ALLOWED_USERS": ",".join(str(u) for u in USERS)}
        one = Instance(server, tmp_path / "unused.db", free_port(), extra=extra)
        two = Instance(server, tmp_path / "unused.db", free_port(), extra=extra)
        await one.start()
        await two.start()
        people = [Practitioner(server, user) for user in USERS]
        posts = replays = 0
        killed = False
        try:
            while not all(p.done for p in people):
                for index, person in enumerate(people):
                    if person.done:
                        continue
                    update, text = person.next_update()
                    if person.done:
                        continue
                    target = (one, two)[(posts + index) % 2]
                    posts += 1
                    if posts == KILL_AT and not killed:
                        killed = True
                        status = await kill_in_hand(server, one, update)
                        assert status == 0  # never acknowledged, so the proxy tries the other
                        target = two
                    assert await target.post(update) == 200
                    person.sent.append(update)
                    if text is not None:
                        person.typed.append(text)
                    if "message" in update and rng.random() < 0.3:
                        replays += 1  # Telegram resends an answer already acknowledged
                        again = rng.choice([u for u in person.sent if "message" in u])
                        assert await rng.choice((one, two)).post(again) == 200
                    if posts % 5 == 0:  # the same update on both at the same moment
                        replays += 2
                        statuses = await asyncio.gather(one.post(update), two.post(update))
                        assert statuses == [200, 200]
                assert posts < 400, "the practitioners never reached the end"
            assert await one.stop() == 0
            assert await two.stop() == 0
        finally:
            for bot in (one, two):
                await bot.kill()
    assert killed
    assert posts >= 30  # SECURITY.md quotes this run: 36 acknowledged, 20 replays
    assert replays >= 15
    for person in people:
        answers = await stored(url, person.user)
        typed = [value for _, value in answers if isinstance(value, str)
                 and value.startswith("Reported by")]
        assert typed == person.typed[1:]  # every typed answer once, in the order sent
        assert len({step for step, _ in answers}) == len(answers)
    # (An ERROR line can appear on this loaded 2-core machine: a reply timing out after
    # PTB's 5 s is logged and apologised for; the answers above are what must hold.)
    assert "Traceback" not in one.stderr + two.stderr


async def kill_in_hand(server: BotApiServer, bot: Instance, update: dict[str, Any]) -> int:
    """Post `update` to `bot`, SIGKILL it while the update is in hand, restart it."""
    sends = len(server.calls_to("sendMessage"))
    server.hang("sendMessage", times=None)  # the update is in hand: its reply never ends
    posting = asyncio.create_task(bot.post(update))
    await server.wait_for(lambda: len(server.calls_to("sendMessage")) > sends, timeout=30)
    await bot.stop(signal.SIGKILL)
    status = await posting
    server.clear_faults()
    await bot.start()
    return status
