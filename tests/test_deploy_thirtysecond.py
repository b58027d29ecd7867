"""A council's operator deploying sosbot by README's "Deploy for a council", thirty-second pass:
PostgreSQL with two instances.

What the operator (or a practitioner) would meet, each pinned through the real parts: the
webhook while PostgreSQL is out of reach, `keys rotate` after PostgreSQL dropped a running
instance's connection, and a second instance started with settings the first disagrees with.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.postgres_server import PgCluster
from tests.telegram_world import PRACTITIONER
from tests.test_deploy_thirtyfirst import GROUP_HELP, to_author, webhook_bot
from tests.test_webhook_instances import stored


def _name(url: str) -> str:
    return url.split("@/")[1].split("?")[0]


def cut_off(cluster: PgCluster, url: str, *, back: bool = False) -> None:
    """The database out of reach (every connection dropped, none taken), as PostgreSQL
    stopped or restarting is to the instances; `back`: reachable again."""
    name = _name(url)
    sql = f"ALTER DATABASE {name} ALLOW_CONNECTIONS {'true' if back else 'false'};"
    if not back:
        sql += (" SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                f"WHERE datname = '{name}';")
    cluster.tool("psql", "-d", "postgres", "-q", "-c", sql)


# --- PostgreSQL out of reach while Telegram posts ------------------------------------------------

async def test_an_answer_not_saved_while_postgresql_is_down_is_not_acknowledged(
        pg_cluster: PgCluster, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """README: "Anything Telegram had not had a 200 for, it sends again". With PostgreSQL
    out of reach, the practitioner's answer could not be saved, yet the post was answered
    200: Telegram never sent it again, and the answer was lost. It is answered with an
    error now, so Telegram sends it again; once PostgreSQL is back, that answer is saved
    and the next question asked."""
    url = pg_cluster.new_database()
    async with BotApiServer() as server, \
            webhook_bot(server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url) as bot:
        await to_author(bot)
        answer = server.take_update(server.send_text(PRACTITIONER, "KB, social worker"))
        cut_off(pg_cluster, url)
        with caplog.at_level(logging.ERROR):
            assert await bot.post(answer) != 200
            assert await bot.post(answer) != 200  # Telegram tries again: still not saved
        sorry = [t for t in server.texts(PRACTITIONER) if t.startswith("Sorry, something")]
        assert len(sorry) <= 1, sorry  # told once, not at every try
        cut_off(pg_cluster, url, back=True)
        assert await bot.post(answer) == 200
        assert GROUP_HELP in server.texts(PRACTITIONER)[-1]
    answers = dict(await stored(url, PRACTITIONER))
    assert answers["author"] == "KB, social worker"
