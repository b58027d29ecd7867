"""The forty-seventh review: the last passes' change read again, the README's newcomer and
council deployment followed as written, and the biggest modules read for slips. Each test of
a defect failed on the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram_world import TEST_KEY, bot_world

from tests.botapi_server import DEFAULT_TOKEN
from tests.in_process import sosbot_here
from tests.test_handover_thirtysixth import SAM, hands_over, team
from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtythird_b import mapping, phone

__all__ = ["team"]  # the fixture


# --- a tool named by its words, as a message says it ----------------------------------------


@pytest.mark.parametrize("typed", ["the group supervision", "Group supervision please",
                                   "the contextual mapping."])
async def test_a_tool_named_by_its_words_as_a_message_says_it_opens(tmp_path: Path,
                                                                    typed: str) -> None:
    """Shown the menu of tools on her phone, a team manager typed "the group supervision"
    (or "Group supervision please") and read "You have no draft open": "the harm matrix" and
    "group supervision" opened their tools there, but the words of a name with a "the"
    before them or a "please" after did not. They open it and ask for the case label."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.command("new")
        await world.say(typed)
        assert "You have no draft open" not in world.texts()[-1]
        assert "short case label" in world.texts()[-1]


# --- a misspelt setting named where it is written --------------------------------------------


def test_a_misspelt_setting_in_the_env_file_is_named_at_its_line(tmp_path: Path) -> None:
    """An operator on a council's server ran `sosbot invite --env-file
    /etc/sosbot/main.env` with SOSBOT_DRFT_DAYS=5 on the file's third line, and was told
    to correct it "in the environment or .env": neither holds it, and there was no line to
    look at. The line names the file and the line, as a wrong value's does."""
    env_file = tmp_path / "main.env"
    env_file.write_text(f"TELEGRAM_BOT_TOKEN={DEFAULT_TOKEN}\nSOSBOT_DATA_KEY={TEST_KEY}\n"
                        f"SOSBOT_DRFT_DAYS=5\nSOSBOT_DB={tmp_path / 'bot.db'}\n",
                        encoding="utf-8")
    result = sosbot_here("invite", "--list", "--env-file", str(env_file), cwd=tmp_path)
    assert result.returncode == 2
    assert "SOSBOT_DRFT_DAYS: not a setting sosbot knows (did you mean SOSBOT_DRAFT_DAYS?)" \
        in result.stderr
    assert f"set in {env_file}, line 3" in result.stderr
    assert ".env;" not in result.stderr


def test_a_misspelt_setting_in_the_environment_is_said_to_be_there(tmp_path: Path) -> None:
    """The same name given in the environment (as systemd's EnvironmentFile gives it) is
    said to be set there, not in a .env that does not exist."""
    result = sosbot_here("invite", "--list", "--db", str(tmp_path / "bot.db"), cwd=tmp_path,
                         env={"SOSBOT_DATA_KEY": TEST_KEY, "SOSBOT_DRFT_DAYS": "5"})
    assert result.returncode == 2
    assert "SOSBOT_DRFT_DAYS: not a setting sosbot knows" in result.stderr
    assert "set in the environment" in result.stderr


# --- a word list that is not there -----------------------------------------------------------


def test_a_word_list_that_is_not_there_is_said_once_in_plain_words(tmp_path: Path) -> None:
    """SOSBOT_WORDS naming a file not there (a path mistyped in main.env) was said as
    "cannot read file: [Errno 2] No such file or directory: '/etc/sosbot/words.yaml'": the
    path twice, and Python's error number. It is the path once and the reason."""
    missing = tmp_path / "words.yaml"
    done = sosbot_here("chat", "--db", str(tmp_path / "bot.db"), cwd=tmp_path,
                       env={"SOSBOT_WORDS": str(missing)})
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"sosbot: SOSBOT_WORDS: {missing}: cannot read file: No such file or directory"]
    checked = sosbot_here("language-check", "--words", str(missing), input="hi\n",
                          cwd=tmp_path)
    assert checked.stdout.count(str(missing)) + checked.stderr.count(str(missing)) == 1
    assert "Errno" not in checked.stdout + checked.stderr


async def test_a_tool_named_by_its_words_just_after_a_handover_starts_it(team: Bot) -> None:
    """Sam handed KB-7 to Priya and, the menu's "group supervision" in mind, typed it: told
    he had handed the draft over and nothing was saved, though "harm matrix" typed then
    starts that tool, and "group supervision" under the menu of tools starts it too. The
    words of a tool's name start it here as well."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await hands_over(bot)
    await bot.say("group supervision", SAM)
    shown = "\n".join(phone(bot, SAM)[-2:])
    assert "so I've taken that as the tool to start: a new Group supervision preparation" \
        in shown
    assert "short case label" in shown


async def test_a_tool_named_by_its_words_at_the_label_prompt_is_not_the_label(
        tmp_path: Path) -> None:
    """She tapped Harm Matrix, changed her mind and typed "group supervision" at its case
    label prompt: a Harm Matrix labelled "group supervision" was started, though "three
    houses" typed there is asked about as the change of mind it is. The words of a tool's
    name are asked about too; sent again, they are the label."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.command("new", "harm matrix")
        await world.say("group supervision")
        said = world.texts()[-2]
        assert 'I haven\'t used "group supervision" as the case label' in said
        assert "/new supervision" in said
        assert "short case label" in world.texts()[-1]
        await world.say("group supervision")
        assert any('Started "group supervision": Harm Matrix' in text
                   for text in world.texts()[-3:])


@pytest.mark.parametrize("typed", ["the harm matrix", "Harm matrix please",
                                   "the group supervision."])
def test_a_tool_named_as_a_message_says_it_at_the_terminals_menu_opens_it(
        tmp_path: Path, typed: str) -> None:
    """At `sosbot chat`'s menu of tools, "the harm matrix" (or "Harm matrix please") was
    refused, "Type the number of your choice ... or its name", and a piped chat stopped
    there, though Telegram's menu takes it. It opens the tool, as its name alone does."""
    done = sosbot_here("chat", "--db", str(tmp_path / "bot.db"), input=f"{typed}\nKB-9\n",
                       cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-400:]
    assert 'Started "KB-9"' in done.stdout
    assert "Type the number of your choice" not in done.stdout


def test_a_wrong_setting_under_systemd_names_the_env_file_it_came_from(tmp_path: Path) -> None:
    """Under systemd, which hands the settings of /etc/sosbot/second.env over as the
    environment (and names the file in SOSBOT_SETTINGS_FROM), a port mistyped in it stopped
    the service with "(set in the environment)": with main.env and second.env on the
    server, the journal did not say which to open. It names the file the unit read."""
    env_file = "/etc/sosbot/second.env"
    done = sosbot_here("invite", "--list", "--db", str(tmp_path / "bot.db"), cwd=tmp_path,
                       env={"SOSBOT_DATA_KEY": TEST_KEY, "SOSBOT_PORT": "80800",
                            "SOSBOT_SETTINGS_FROM": env_file})
    assert done.returncode == 2
    assert 'SOSBOT_PORT: "80800" won\'t work here' in done.stderr
    assert f"set in the environment, from {env_file}" in done.stderr


# --- a count compared with a word ------------------------------------------------------------


@pytest.mark.parametrize("written", ["count(outside_signs) > 'two'", "'0' < count(outside_signs)",
                                     "count(outside_signs) == '3'"])
def test_a_count_compared_with_a_word_is_refused_at_its_line(tmp_path: Path,
                                                            written: str) -> None:
    """A council's author wrote `when: count(outside_signs) > '0'`, the number quoted as
    YAML's habit has it: `sosbot flows check` said the file was OK, and the question under
    it was never asked (a count is never bigger than a word), though a list compared with
    a number, or a scale with a word, is refused naming its line."""
    text = (Path(__file__).parent.parent / "flows" / "success.yaml").read_text(encoding="utf-8")
    assert "when: count(outside_signs) > 0" in text
    flow = tmp_path / "success.yaml"
    flow.write_text(text.replace("when: count(outside_signs) > 0", f'when: "{written}"'),
                    encoding="utf-8")
    line = 1 + text[:text.index("when: count(outside_signs) > 0")].count("\n")
    checked = sosbot_here("flows", "check", str(flow), cwd=tmp_path)
    assert checked.returncode == 1, checked.stdout
    assert f"{flow}:{line}: " in checked.stdout
    assert "count(outside_signs)" in checked.stdout
    assert "compare it with a number" in checked.stdout
