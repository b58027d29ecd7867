"""The deployment files in deploy/ and the README's deployment section hold together."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot.config import Settings, load_settings
from tests.conftest import REPO, sosbot_env

DEPLOY = REPO / "deploy"
UNIT = DEPLOY / "sosbot@.service"
PROXY = DEPLOY / "nginx-sosbot.conf"
ENV_EXAMPLE = DEPLOY / "main.env.example"
SETTING = re.compile(r"\b(?:SOSBOT_[A-Z0-9_]*[A-Z0-9]|TELEGRAM_BOT_TOKEN)\b")


def known_settings() -> set[str]:
    return {str(field.alias) for field in Settings.model_fields.values() if field.alias}


@pytest.mark.parametrize("path", [UNIT, PROXY, ENV_EXAMPLE, REPO / "README.md",
                                  REPO / ".env.example"], ids=lambda p: p.name)
def test_every_setting_a_file_names_exists(path: Path) -> None:
    named = set(SETTING.findall(path.read_text(encoding="utf-8")))
    assert named, f"{path.name} names no setting: is the pattern still right?"
    assert named - known_settings() == set(), f"{path.name} names settings sosbot lacks"


def env_values(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def test_the_example_settings_load_and_agree_with_the_proxy_and_the_unit() -> None:
    values = env_values(ENV_EXAMPLE)
    settings = load_settings(_env_file=None, **{k: v for k, v in values.items() if v})
    assert settings.webhook_url is not None
    proxy = PROXY.read_text(encoding="utf-8")
    assert f"location = {urlsplit(settings.webhook_url).path} " in proxy
    first_upstream = re.search(r"^\s*server 127\.0\.0\.1:(\d+);", proxy, re.MULTILINE)
    assert first_upstream is not None
    assert int(first_upstream.group(1)) == settings.port
    assert settings.listen == "127.0.0.1"  # only the proxy reaches sosbot
    unit = UNIT.read_text(encoding="utf-8")
    assert re.search(r"^ExecStart=\S+/sosbot run --webhook$", unit, re.MULTILINE)
    assert "EnvironmentFile=/etc/sosbot/%i.env" in unit
    assert str(Path(values["SOSBOT_DB"]).parent) in unit  # the database is in a writable dir


def test_the_unit_parses_with_systemd_analyze(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (Debian: the systemd package)")
    # verify also checks that ExecStart's program exists: point it at one that does here.
    unit = re.sub(r"^ExecStart=\S+", f"ExecStart={sys.executable}",
                  UNIT.read_text(encoding="utf-8"), flags=re.MULTILINE)
    copy = tmp_path / UNIT.name
    copy.write_text(unit, encoding="utf-8")
    result = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True,
                            timeout=60, check=False)
    about_ours = [line for line in (result.stdout + result.stderr).splitlines()
                  if "sosbot@" in line]
    assert result.returncode == 0, result.stderr
    assert about_ours == []


def test_the_unit_does_not_restart_over_a_setting_that_is_missing(tmp_path: Path) -> None:
    """A missing token (as any broken setting) exits 2, which the unit does not restart: a
    restart every ten seconds could not mend it, and the failed unit is what an operator
    sees in `systemctl status`."""
    unit = UNIT.read_text(encoding="utf-8")
    held = re.search(r"^RestartPreventExitStatus=(.+)$", unit, re.MULTILINE)
    assert held is not None
    assert "Restart=on-failure" in unit
    run = subprocess.run([sys.executable, "-m", "bot.cli", "run", "--webhook"], cwd=tmp_path,
                         env=sosbot_env(), stdin=subprocess.DEVNULL, capture_output=True,
                         text=True, timeout=60, check=False)
    assert "TELEGRAM_BOT_TOKEN" in run.stderr
    assert str(run.returncode) in held.group(1).split()
