"""The fifty-first review: a council's own flow read as a practitioner reads its summary (the
warnings at the top from a section asked once a child, once an adult, or once for the case),
through the real Application on a real SQLite file, with the flow loaded from YAML written
the way the README tells a council to write one. Each test of a defect failed on the code as
it was."""

from __future__ import annotations

from pathlib import Path

from flows.loader import load_flow
from flows.replies import Command
from tests.builders import Answer, typed_lines, write_yaml
from tests.test_telegram_handlers import running
from tests.test_walk_thirtythird_b import phone

# A council's household check: each child in turn, then each adult, a note for the record
# wherever a child is hurt, the same note an adult's answer or the household's can give.
HOUSEHOLD = """\
id: household
version: 1
title: Household check
description: A check of each child and each adult in a household.
checks: []
scale: {min: 0, max: 10, low: Not safe today., high: Safe and well.}
sections:
  - id: home
    title: The home
    column: record
    steps:
      - id: home_hurt
        type: yes_no
        title: Anyone hurt at home
        ask: Has anyone in the home been hurt this week?
        help: Go by what you know now.
      - id: home_today
        type: note
        column: record
        when: home_hurt == 'yes' and WHOLE_HOUSE
        ask: Follow your safeguarding procedures today.
  - id: children
    title: The children
    column: worried
    repeat:
      max: 3
      item: child
      another: Is there another child in the home?
      help: Each child on their own.
    steps:
      - id: hurt
        type: yes_no
        title: Hurt
        ask: Has this child been hurt?
        help: Go by what you know now.
      - id: seen
        type: text
        title: What was seen
        ask: What did you see or hear?
        help: Say what happened, when and who did it.
      - id: act_today
        type: note
        column: record
        when: hurt == 'yes'
        ask: Follow your safeguarding procedures today.
  - id: adults
    title: The adults
    column: worried
    repeat:
      max: 2
      item: adult
      another: Is there another adult in the home?
      help: Each adult on their own.
    steps:
      - id: hurts_child
        type: yes_no
        title: Hurts a child
        ask: Has this adult hurt a child?
        help: Go by what you know now.
      - id: adult_today
        type: note
        column: record
        when: hurts_child == 'yes'
        ask: Follow your safeguarding procedures today.
"""


async def summary_of(tmp_path: Path, *, whole_house: str) -> str:
    """The household check answered yes throughout, as the
    summary opens on the phone (three children, two adults)."""
    flow = load_flow(write_yaml(tmp_path, HOUSEHOLD.replace("WHOLE_HOUSE", whole_house),
                                "household.yaml"))
    lines = typed_lines(flow)
    async with running(tmp_path, {flow.id: flow}) as bot:
        await bot.say("/new household")
        await bot.say("HH-1")
        for line in lines:
            await bot.say(line)
        await bot.say("/summary")
        summary = "\n".join(phone(bot)).rsplit("Household check: HH-1", 1)[-1]
    assert summary.count("Follow your safeguarding procedures today") == 1
    return summary


async def test_a_warning_from_each_child_and_each_adult_names_them_as_the_summary_does(
        tmp_path: Path) -> None:
    """A council wrote its own household check, a copy of its questions for each child and
    each adult, each with the same note for the record. The social worker's summary opened
    "The children (childs 1, 2, 3, 1 and 2)": a word no one says, and the adults counted
    among the children. Each copy is named as its heading in the summary names it."""
    summary = await summary_of(tmp_path, whole_house="False")
    assert ("⚠️ The children (child 1, child 2 and child 3); The adults (adult 1 and "
            "adult 2): Follow your safeguarding procedures today.") in summary
    assert "The children (child 1)" in summary  # the heading the warning sends her to
    assert "childs" not in summary


async def test_a_warning_the_household_gives_too_is_the_households(tmp_path: Path) -> None:
    """The same note given by the household's own question as well is not one child's: it
    was said as if only the children and adults named had raised it."""
    summary = await summary_of(tmp_path, whole_house="True")
    assert "⚠️ Follow your safeguarding procedures today." in summary


# A council's mapping with a scale for each worry, and mum's own number on each.
EACH_WORRY = """\
id: each_worry
version: 1
title: Worry by worry
description: Each worry with its own scale.
checks: []
scale: {min: 0, max: 10, low: Not safe today., high: Safe enough to close.}
sections:
  - id: harm
    title: Harm
    column: worried
    repeat:
      max: 2
      item: worry
      another: Is there another worry?
      help: A worry for each harmful behaviour.
    steps:
      - id: what_happened
        type: text
        title: What happened
        ask: What has the adult done?
        help: Say what happened, when and who did it.
      - id: worry_scale
        type: scale
        title: How safe
        ask: How safe is the child from this, from 0 to 10?
        help: Ten is safe enough to close.
        perspectives:
          - id: mum
            who: Mum
            ask: What number does mum give? Skip if she hasn't been asked.
            help: The same question, the same 0 and 10.
"""


async def test_a_number_given_on_one_worry_is_not_said_to_be_missing(tmp_path: Path) -> None:
    """A council's mapping asks each person's number on each worry's scale. Mum gave 6 on
    the first worry and had not been asked about the second; the summary's record said "No
    number yet from: Mum", and the chair read that she had given none. It says which
    worry's number is still to come."""
    flow = load_flow(write_yaml(tmp_path, EACH_WORRY, "each_worry.yaml"))
    lines = typed_lines(flow, {"worry_scale_mum_1": Answer("6"),
                               "worry_scale_mum_2": Answer(Command("skip"))})
    async with running(tmp_path, {flow.id: flow}) as bot:
        await bot.say("/new each_worry")
        await bot.say("EW-1")
        for line in lines:
            await bot.say(line)
        await bot.say("/summary")
        summary = "\n".join(phone(bot)).rsplit("Worry by worry: EW-1", 1)[-1]
    assert "No number yet from: Mum (worry 2)" in summary
    assert "Mum: 6" in summary
