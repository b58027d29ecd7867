"""Review, forty-sixth pass: the project read as a council's operator, a practice lead, a
security reviewer and an engineer would read it. What did not hold: a flow's slips named away
from where they are written (a drafting template's, a `takes_from:` or `carries:` entry's, two
choices sharing a value, a copied flow's id) and a PostgreSQL database its role does not own
refused without saying what to do. What held, pinned: a team's whole life, and what each person
sees, on SQLite and on PostgreSQL through the real Application.

Each through the real parts: the `sosbot` command (in a subprocess where it runs beside a bot,
else through `bot.cli.main`, tests/in_process.py), the real flow files and
loader, a throwaway PostgreSQL (`tests/postgres_server.py`) and the local Bot API server.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

import pytest

from flows import FLOWS_DIR, loader
from flows.errors import FlowError
from tests.conftest import run_sosbot
from tests.in_process import sosbot_here
from tests.postgres_server import PgCluster
from tests.telegram_world import TEST_KEY, bot_world, link_sent, shown
from tests.test_teams_partners_e2e import (
    ADMIN,
    CHILD,
    LEAD,
    LEAD_ANSWER,
    OTHER,
    POLICE,
    SCHOOL,
    WORRY,
    contribute,
    lead_with_a_mapping,
    open_link,
    partner_link,
)

# --- a drafting template with a typing slip, as `sosbot flows check` reports it -------------


def test_a_flows_own_template_with_a_slip_is_named_where_it_is_written(tmp_path: Path) -> None:
    """A council's author edits the drafted safety goal of the contextual mapping (its own
    template, `templates: context_goal:` near the top of the file) and drops a `}`. `sosbot
    flows check` named line 308, `sections[8].steps[8].draft`, the step that uses it, where
    the line reads only `draft: context_goal`: the author looked there and found nothing
    wrong. It names the template's own line and field now."""
    source = (FLOWS_DIR / "contextual.yaml").read_text(encoding="utf-8")
    assert source.count("{% if a.goal_doing %}") == 1
    broken = tmp_path / "contextual.yaml"
    broken.write_text(source.replace("{% if a.goal_doing %}", "{% if a.goal_doing %", 1),
                      encoding="utf-8")
    checked = sosbot_here("flows", "check", str(broken))
    assert checked.returncode == 1, checked.stdout
    lines = (checked.stdout + checked.stderr).strip().splitlines()
    assert lines == [f"{broken}:16: templates.context_goal: expected token ':', got '}}'"], lines


def test_a_shared_template_with_a_slip_is_named_once_by_its_own_file_and_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The danger statement three tools draft from is a file of its own
    (`flows/templates/drafts/danger_statement.txt`). A slip on its first line was reported
    three times, once at each flow's step using it, and never named the file the slip is in
    nor its line. It is one problem now, at the template file's line."""
    templates = tmp_path / "templates"
    shutil.copytree(FLOWS_DIR / "templates", templates)
    shared = templates / "drafts" / "danger_statement.txt"
    text = shared.read_text(encoding="utf-8").splitlines(keepends=True)
    text[1] = text[1].replace("{% set", "{% set set", 1)
    shared.write_text("".join(text), encoding="utf-8")
    monkeypatch.setattr("flows.render.TEMPLATES", templates)
    with pytest.raises(FlowError) as refused:  # named, as the built-in ones are read once here
        loader.load_flows(loader.flow_files())
    said = [str(problem) for problem in refused.value.problems]
    assert said == [f"{shared}:2: expected token 'end of statement block', got 'who'"], said


# --- a team and its partners, on each engine, through the real Application ---------------------

NEWCOMER = 9191


async def test_a_team_and_a_partner_see_only_their_own_on_either_engine(database: str,
                                                                        tmp_path: Path) -> None:
    """The whole life of a team as a council lives it, on SQLite and on PostgreSQL alike: the
    admin invites two colleagues; one leads a mapping and invites the school; the school
    contributes and sends; the lead stops the link sent to the police, and the admin withdraws
    a colleague invite from the server, and neither lets anyone in; the other colleague, the
    admin and the school never see the lead's answers (nor the colleague the school's); the
    school withdraws and the lead is told; the
    admin removes the lead, who is then told they are off the team; the other colleague
    erases everything and is a stranger again."""
    async with bot_world(tmp_path / "unused.db", SOSBOT_ALLOWED_USERS=str(ADMIN),
                         SOSBOT_DATABASE_URL=database) as world:
        await lead_with_a_mapping(world)
        await world.command("invite", user=ADMIN)
        await world.tap("A colleague", user=ADMIN)
        await world.open_link(OTHER, await link_sent(world, ADMIN), "Sam")
        assert "welcome" in "\n".join(world.texts(OTHER)).lower(), world.texts(OTHER)

        school, police = await partner_link(world, "School"), await partner_link(world, "Police")
        welcome = await open_link(world, SCHOOL, school)
        assert "Tester has asked you" in welcome
        assert "TB-7" in welcome
        await contribute(world, SCHOOL)
        await world.tap("Send it to Tester", user=SCHOOL)
        assert "Sent to Tester" in world.texts(SCHOOL)[-1]
        assert await shown(world, LEAD, "has sent a contribution")
        await world.command("review", user=LEAD)
        review = await shown(world, LEAD, "Partners' contributions")
        assert WORRY in review
        assert CHILD in review

        # the lead stops the Police link nobody has opened: it lets nobody in now
        await world.tap("Stop the Police link", user=LEAD)
        await world.tap("Yes, stop it", user=LEAD)
        await world.open_link(POLICE, police)
        [stopped] = world.texts(POLICE)
        assert "the link you had can't be used any more" in stopped, stopped
        # an admin withdraws, on the server, a colleague invite not yet opened
        env = {"SOSBOT_DATA_KEY": TEST_KEY, **(
            {"SOSBOT_DATABASE_URL": database} if database.startswith("postgresql") else
            {"SOSBOT_DB": database.removeprefix("sqlite:///")})}
        made = await asyncio.to_thread(run_sosbot, "invite", cwd=tmp_path, env=env)
        assert made.returncode == 0, made.stderr
        code = made.stdout.split()[1]
        withdraw = made.stderr.split("--withdraw ")[1].split()[0]
        listed = await asyncio.to_thread(run_sosbot, "invite", "--list", cwd=tmp_path, env=env)
        assert withdraw in listed.stdout, listed.stdout
        gone = await asyncio.to_thread(run_sosbot, "invite", "--withdraw", withdraw,
                                       cwd=tmp_path, env=env)
        assert gone.returncode == 0, gone.stderr
        await world.open_link(NEWCOMER, code)
        [refused] = world.texts(NEWCOMER)
        assert "can't be used" in refused, refused

        # the other colleague: the lead's draft is not theirs to open, nor the spent link
        before = len(world.texts(OTHER))
        await world.command("resume", "TB-7", user=OTHER)
        await world.open_link(OTHER, school, "Sam")
        resumed, spent = world.texts(OTHER)[before:]
        assert resumed.startswith("I can't find that draft among yours."), resumed
        assert spent.startswith("That link can't be used"), spent
        seen_by = {who: "\n".join(world.texts(who)) for who in (ADMIN, OTHER, SCHOOL)}
        assert LEAD_ANSWER not in seen_by[ADMIN]
        assert LEAD_ANSWER not in seen_by[OTHER]
        assert LEAD_ANSWER not in seen_by[SCHOOL]
        assert WORRY not in seen_by[ADMIN]
        assert WORRY not in seen_by[OTHER]

        # the school withdraws: the lead is told, and the part is gone from the review
        await world.command("delete", user=SCHOOL)
        await world.tap("Yes, withdraw it", user=SCHOOL)
        assert "Withdrawn" in world.texts(SCHOOL)[-1]
        assert await shown(world, LEAD, "has been withdrawn")
        await world.command("review", user=LEAD)
        assert WORRY not in world.texts(LEAD)[-1]

        # the admin removes the lead
        await world.command("members", user=ADMIN)
        await world.tap("Remove Tester", user=ADMIN)
        await world.tap("Yes, remove", user=ADMIN)
        assert await shown(world, ADMIN, "Removed Tester")
        await world.command("resume", user=LEAD)
        assert "no longer on this team" in world.texts(LEAD)[-1]

        # the other colleague erases everything, membership too
        await world.command("delete", user=OTHER)
        await world.tap("Yes, erase everything", user=OTHER)
        assert await shown(world, OTHER, "your membership too")
        await world.command("start", user=OTHER)
        assert "administrator" in world.texts(OTHER)[-1]


# --- a PostgreSQL database its role does not own -----------------------------------------------


def test_a_database_the_role_does_not_own_is_refused_with_the_line_that_gives_it_over(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """README: the shared database is "owned by a role of sosbot's own so that sosbot can make
    its tables in it ... a database the role does not own is refused at start with 'the
    database user lacks a privilege'". The operator who made the database as postgres and
    the role apart was told only to "grant it", not what, nor to whom. The line now says whose
    the database is and the one statement that gives it to sosbot's role; run, sosbot starts."""
    role = f"sosbot46_{os.getpid()}"
    url = pg_cluster.new_database()
    name = url.split("@/")[1].split("?")[0]
    pg_cluster.tool("psql", "-d", "postgres", "-q", "-c", f"CREATE ROLE {role} LOGIN")
    try:
        as_role = url.replace("postgresql://postgres@", f"postgresql://{role}@", 1)
        env = {"SOSBOT_DATABASE_URL": as_role, "SOSBOT_DATA_KEY": TEST_KEY}
        refused = sosbot_here("chat", cwd=tmp_path, env=env)
        assert refused.returncode == 1, refused.stdout
        [line] = refused.stderr.strip().splitlines()
        assert "the database user lacks a privilege" in line, line
        told = f"ALTER DATABASE {name} OWNER TO {role}"
        assert line.endswith(f"The database {name} is postgres's, not {role}'s, so {role} "
                             f"may not make sosbot's tables in it: as the postgres user, run "
                             f"{told}."), line
        pg_cluster.tool("psql", "-d", "postgres", "-q", "-c", told)
        started = sosbot_here("chat", "--flow", "reflection", input="KB-46\n", cwd=tmp_path,
                              env=env)
        assert started.returncode == 0, started.stderr
    finally:
        pg_cluster.tool("psql", "-d", "postgres", "-q", "-c", f"DROP DATABASE {name}")
        pg_cluster.tool("psql", "-d", "postgres", "-q", "-c", f"DROP ROLE {role}")


# --- a flow naming another flow it takes from ----------------------------------------------------


def test_a_flow_taking_from_a_misspelt_tool_is_named_at_its_line(tmp_path: Path) -> None:
    """A council's author copies the flows to adapt Signs of Wellbeing and slips in its
    `takes_from: [three_houses]`. `sosbot flows check` (and the bot's refusal to start) said
    `wellbeing.yaml: takes_from: there is no flow 'three_house' to take from`, with no line,
    where every other problem names one; so did a pairing under `carries:` naming a step
    that is not there. Each names its line now."""
    folder = tmp_path / "flows"
    folder.mkdir()
    for path in loader.flow_files():
        shutil.copy(path, folder)
    wellbeing = folder / "wellbeing.yaml"
    text = wellbeing.read_text(encoding="utf-8")
    assert text.splitlines()[2] == "takes_from: [three_houses]"
    wellbeing.write_text(text.replace("takes_from: [three_houses]",
                                      "takes_from: [three_house]", 1), encoding="utf-8")
    mapping = folder / "mapping.yaml"
    lines = mapping.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[8] == "    worst_harm: harm_worst_1\n"
    lines[8] = "    worst_harm: harm_worst_one\n"
    mapping.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(FlowError) as refused:
        loader.load_flows(loader.flow_files(folder))
    said = sorted(str(problem) for problem in refused.value.problems)
    assert said == [
        f"{mapping}:9: carries.harm_matrix.worst_harm: no step 'worst_harm' here or no step "
        "'harm_worst_one' in harm_matrix",
        f"{wellbeing}:3: takes_from: there is no flow 'three_house' to take from",
    ], said


def test_two_choices_with_one_value_are_named_at_the_choices(tmp_path: Path) -> None:
    """The README's own example flow, its second choice's value copied from the first
    (`{value: school, label: Police}`): `sosbot flows check` named the step's first line,
    `sections[0].steps[0]`, not the choices it is about. It names the choices and which two
    now."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Write a flow", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    assert "{value: police, label: Police}" in example
    flow = tmp_path / "quick_reflection.yaml"
    flow.write_text(example.replace("{value: police,", "{value: school,", 1), encoding="utf-8")
    written = example.splitlines().index("        choices:") + 2  # its first choice
    checked = sosbot_here("flows", "check", str(flow))
    assert checked.returncode == 1, checked.stdout
    assert checked.stdout.strip().splitlines() == [
        f"{flow}:{written}: sections[0].steps[0].choices: choices[0] and "
        "choices[1] have the same value ('school'); choice values must be unique"]


def test_a_copied_flow_keeping_its_id_is_named_at_the_id(tmp_path: Path) -> None:
    """An author copies the reflection to make the council's own, adding a comment at the top
    and forgetting to change its `id:`. The duplicate was named at line 1, the comment; it is
    named at the `id:` line now."""
    folder = tmp_path / "flows"
    folder.mkdir()
    for path in loader.flow_files():
        shutil.copy(path, folder)
    copy = folder / "reflection_council.yaml"
    copy.write_text("# Our council's reflection, from the built-in one\n"
                    + (folder / "reflection.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(FlowError) as refused:
        loader.load_flows(loader.flow_files(folder))
    said = [str(problem) for problem in refused.value.problems]
    assert said == [f"{copy}:2: id: flow id 'reflection' is used twice"], said
