"""Review of the twenty-eighth attack round: near variants of its fixes, tried as a user would."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot import cli
from bot.config import load_settings
from bot.console import Console
from bot.conversation import Conversation
from flows.flow import Flow
from flows.loader import load_flows
from storage.crypto import AesGcmSealer, create_key_file, new_key
from storage.store import Store
from tests.test_console import at_the_terminal, typed_then_end

# --- the arrow keys at the terminal chat: a Mac's Option-arrows --------------------------------


@pytest.mark.parametrize("typed", [
    "Seen a bruise on her arm\x1bb\x1bbleft ",  # macOS Terminal's ⌥← (a word back), twice
    "Seen a bruise on her\x1bf arm",  # ⌥→ (a word on)
    "Seen a bruise on her arm\x1b[d\x1b[dleft ",  # rxvt's Shift-←
])
async def test_a_line_typed_with_a_macs_option_arrows_is_not_saved_out_of_order(
        store: Store, flows: Mapping[str, Flow], typed: str) -> None:
    """On a Mac, Option-← and Option-→ move the cursor a word at a time, and Terminal sends
    them as ESC b and ESC f (rxvt's Shift-arrows as ESC [ d). The chat refused the arrow keys'
    own codes but not these: the escape was taken out and the letter kept, so "her arm",
    Option-← twice and "left " was saved as "Seen a bruise on her armbbleft ". The line is
    asked again, as with the arrow keys."""
    shown, draft = await at_the_terminal(store, flows["reflection"], "2", typed,
                                         "Seen a bruise on her left arm")
    assert "arrow keys don't move the cursor here" in shown
    assert draft.answers["what_happened"] == "Seen a bruise on her left arm"


# --- standard error: emoji and the Welsh flag as they are --------------------------------------

@pytest.mark.parametrize("label", [
    "Jones \U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",  # 🏴 Wales
    "KB \U0001f469\u200d\U0001f467",  # 👩‍👧, joined by a zero-width joiner
    "MK\u200cزاده",  # written with a zero-width non-joiner, as Persian and Urdu are
])
def test_an_error_line_listing_the_drafts_keeps_their_labels_emoji_and_joiners(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str) -> None:
    """Standard error now shows a character a terminal acts on as its code. It coded every
    format character, among them the invisible ones that make one emoji of several (the
    Welsh flag's tag letters, the joiner in a family) and the non-joiner Persian and Urdu
    are written with: `sosbot export` with a label mistyped listed the drafts there are as
    "Jones 🏴\\U000e0067\\U000e0062... (id 1)". They are listed as typed; a direction
    override is still shown as its code."""
    db, key = tmp_path / "sosbot.db", new_key()
    create_key_file(tmp_path / "sosbot.key", [key])

    async def labelled() -> None:
        async with await Store.open(db, sealer=AesGcmSealer([key])) as store:
            talk = Conversation(store, load_flows(), surface="terminal")
            await Console(talk, out=io.StringIO(), read=typed_then_end(label)).run("reflection")

    asyncio.run(labelled())
    assert cli.main(["export", "nobody\u202e", "--db", str(db)]) == 1
    said = capsys.readouterr().err
    assert f"Your drafts: {label} (id " in said, said
    assert "\u202e" not in said


# --- the webhook's port, with a Bot API server of the council's own -----------------------------

def test_a_webhook_on_any_port_is_taken_with_a_bot_api_server_of_ones_own(tmp_path: Path) -> None:
    """Telegram's own Bot API posts updates only to ports 443, 80, 88 and 8443, and
    SOSBOT_WEBHOOK_URL on another is refused as a setting. A Bot API server run by the
    council (SOSBOT_API_ROOT, started with --local) posts to any port, and the refusal,
    telling them to give their reverse proxy's address, stopped a set-up that works. With
    SOSBOT_API_ROOT set, the port is left to that server; with Telegram's, still refused."""
    env = tmp_path / "sosbot.env"
    hook = "SOSBOT_WEBHOOK_URL=https://bot.council.internal:9443/updates"
    env.write_text(f"SOSBOT_DB=bot.db\nSOSBOT_API_ROOT=http://127.0.0.1:8081\n{hook}\n")
    own = load_settings(env_file=env)
    assert own.webhook_url == "https://bot.council.internal:9443/updates"
    assert not [p for p in own.webhook_problems() if p.startswith("SOSBOT_WEBHOOK_URL")]
    env.write_text(f"SOSBOT_DB=bot.db\n{hook}\n")
    assert "Telegram posts only to 443, 80, 88 or 8443" in \
        load_settings(env_file=env).webhook_problems()[0]
