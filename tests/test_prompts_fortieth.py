"""The fortieth pass's prompts left standing: a case label asked for, or a team's yes-or-no
question with buttons, met by a practitioner on a phone who turns to something else and
types "yes". Through the real Application (tests/memory_botapi.py) on real SQLite files and
the real flow YAML. Each test of a defect failed on the code as it was."""

from __future__ import annotations

import html

import pytest

from bot.teams.invites import invite_colleague
from storage.teams import TeamStore
from tests.test_handover_thirtysixth import PRIYA, SAM, button, team
from tests.test_telegram_handlers import USER, Bot
from tests.test_walk_thirtyfirst import said_to

__all__ = ["team"]  # the fixture

LABEL_LET_GO = "I've let the question about a case label go, so no new draft was started."


async def kb7_then_new(bot: Bot) -> None:
    """Sam's reflection KB-7, one answer in, then /new reflection: its label is asked."""
    await bot.say("/new reflection", SAM)
    await bot.say("KB-7", SAM)
    await bot.say("School or college", SAM)
    await bot.say("/new reflection", SAM)
    assert said_to(bot, SAM)[-1].startswith("Give this draft a short case label")


async def answers_of_kb7(bot: Bot) -> dict[str, object]:
    drafts = await bot.conversation.drafts(SAM)
    draft = await bot.conversation.load(SAM, next(d.id for d in drafts if d.label == "KB-7"))
    assert draft is not None
    return dict(draft.answers)


def last(bot: Bot, user: int = SAM) -> str:
    return html.unescape(said_to(bot, user)[-1])


# --- the case label asked for, and a team command ----------------------------------------------


async def test_yes_to_a_hand_over_after_new_starts_no_draft_called_yes(team: Bot) -> None:
    """Sam sent /new for a second case, read "Give this draft a short case label", then
    remembered KB-7 was to go to Priya: /handover, Priya, and to "Hand "KB-7" to Priya?" he
    typed "yes". The label prompt still stood: a new draft "yes" was started, and KB-7 was
    not handed over. /handover lets the prompt go now, saying so in a line, and the "yes" is
    pointed to the buttons; nothing is started or saved."""
    await kb7_then_new(team)
    await team.say("/handover", SAM)
    assert LABEL_LET_GO in [html.unescape(t) for t in said_to(team, SAM)[-2:]]
    await team.tap(button(team, f"t:ho:{PRIYA}:"), SAM)
    await team.say("yes", SAM)
    assert last(team) == ('Tap "Yes, hand it over" above to hand "KB-7" to Priya, or "No" to '
                          "keep it. I haven't saved what you typed.")
    assert [d.label for d in await team.conversation.drafts(SAM)] == ["KB-7"]
    assert "what_happened" not in await answers_of_kb7(team)
    await team.tap(button(team, "t:hy:"), SAM)
    assert last(team).startswith('Handed "KB-7" to Priya')


@pytest.mark.parametrize("command", ["/share", "/invite", "/members"])
async def test_other_team_commands_let_the_label_prompt_go_too(team: Bot, command: str
                                                                ) -> None:
    """The same with /share, /invite or /members between (an admin's /members: USER)."""
    user = USER if command == "/members" else SAM
    await team.say("/new reflection", user)
    await team.say(command, user)
    assert LABEL_LET_GO in [html.unescape(t) for t in said_to(team, user)[-2:]]
    await team.say("yes", user)
    assert await team.conversation.drafts(user) == []


async def test_an_invite_link_lets_the_label_prompt_go(team: Bot) -> None:
    """A colleague's invite link tapped while the label waited ("You're already a
    member..."): "yes" typed next made a draft "yes"."""
    made = await invite_colleague(TeamStore(team.conversation.store), USER)
    await team.say("/new reflection", SAM)
    await team.say(f"/start {made.code}", SAM)
    assert LABEL_LET_GO in [html.unescape(t) for t in said_to(team, SAM)[-2:]]
    await team.say("yes", SAM)
    assert await team.conversation.drafts(SAM) == []


async def test_a_team_command_with_nothing_waiting_says_nothing_of_it(team: Bot) -> None:
    await team.say("/new reflection", SAM)
    await team.say("KB-7", SAM)
    mark = len(said_to(team, SAM))
    await team.say("/handover", SAM)
    assert len(said_to(team, SAM)) == mark + 1
    assert "let" not in last(team)


# --- a reply typed for the case label ------------------------------------------------------


@pytest.mark.parametrize("typed", ["yes", "No", "ok", "send"])
async def test_a_reply_typed_for_the_label_is_asked_about_then_taken(team: Bot, typed: str
                                                                     ) -> None:
    """After /privacy (or anything shown between), "yes" typed at the label prompt, meant
    for something else, started a draft labelled "yes". It is asked about now, and nothing
    started; sent again, it is the label."""
    await team.say("/new reflection", SAM)
    await team.say("/privacy", SAM)
    await team.say(typed, SAM)
    assert html.unescape(said_to(team, SAM)[-2]).startswith(
        f'Did you mean "{typed}" as the case label?')
    assert last(team).startswith("Give this draft a short case label")
    assert await team.conversation.drafts(SAM) == []
    await team.say(typed, SAM)
    assert [d.label for d in await team.conversation.drafts(SAM)] == [typed]


async def test_a_label_like_initials_is_taken_at_once(team: Bot) -> None:
    await team.say("/new reflection", SAM)
    await team.say("KB-7", SAM)
    assert [d.label for d in await team.conversation.drafts(SAM)] == ["KB-7"]


# --- a yes typed to a team's yes-or-no question --------------------------------------------


async def test_yes_typed_to_a_hand_over_is_pointed_to_its_buttons_not_saved(team: Bot) -> None:
    """To "Hand "KB-7" to Priya?" Sam typed "yes": it was saved as KB-7's answer to "What
    have you seen, heard or been told that worries you?" and KB-7 stayed his. It is pointed
    to the buttons now, naming them; nothing saved. Once he answers with a button, or
    turns to the draft, a yes is an answer again."""
    await team.say("/new reflection", SAM)
    await team.say("KB-7", SAM)
    await team.say("School or college", SAM)
    await team.say("/handover", SAM)
    await team.tap(button(team, f"t:ho:{PRIYA}:"), SAM)
    for typed in ("yes", "no thanks"):
        await team.say(typed, SAM)
        assert last(team).startswith('Tap "Yes, hand it over" above to hand "KB-7" to Priya')
    assert "what_happened" not in await answers_of_kb7(team)
    await team.tap("t:hn", SAM)
    await team.say("/resume KB-7", SAM)
    await team.say("yes", SAM)
    assert (await answers_of_kb7(team))["what_happened"] == "yes"


async def test_yes_typed_to_remove_is_pointed_to_its_buttons(team: Bot) -> None:
    """An admin's /members, Remove Sam, then "yes" typed: "You have no draft open. None is
    saved either". It names the buttons now; Sam is still a member."""
    await team.say("/members", USER)
    await team.tap(button(team, f"t:mr:{SAM}"), USER)
    await team.say("yes", USER)
    assert last(team, USER) == ('Tap "Yes, remove" above to remove Sam, or "No" to keep them. '
                                "I haven't saved what you typed.")
    assert (await TeamStore(team.conversation.store).standing(SAM)).role == "member"


# --- the open draft's question, off the screen below a team's list ----------------------------


@pytest.mark.parametrize("command", ["/handover", "/share"])
async def test_a_name_typed_under_a_team_list_is_not_saved_as_the_drafts_answer(
        team: Bot, command: str) -> None:
    """Under /handover's "Whom should I hand "KB-7" to?" (or /share's list), Sam typed
    "Priya": it was saved as KB-7's answer to "What have you seen, heard or been told that
    worries you?", a question no longer on the screen. It is not saved now, as after
    /drafts: held, with a button to keep it as the answer."""
    await team.say("/new reflection", SAM)
    await team.say("KB-7", SAM)
    await team.say("School or college", SAM)
    await team.say(command, SAM)
    await team.say("Priya", SAM)
    assert "what_happened" not in await answers_of_kb7(team)
    assert last(team).startswith('I haven\'t saved "Priya" yet: you sent it while its '
                                 "question was off the screen.")


async def test_yes_typed_to_hand_a_leavers_drafts_over_is_pointed_to_its_buttons(
        team: Bot) -> None:
    """The admin removing Sam chose to hand his drafts to Priya first, and to "Hand Sam's
    draft to Priya, then remove Sam?" typed "yes": nothing was done, and she was told she
    had no draft open. It names the buttons now; Sam and KB-7 are as they were."""
    await team.say("/new reflection", SAM)
    await team.say("KB-7", SAM)
    await team.say("/members", USER)
    await team.tap(button(team, f"t:mr:{SAM}"), USER)
    await team.tap(button(team, "t:mh:"), USER)
    await team.tap(button(team, f"t:mt:{PRIYA}:"), USER)
    await team.say("yes", USER)
    assert last(team, USER) == ('Tap "Yes, hand over and remove" above to hand Sam\'s drafts '
                                'to Priya and remove Sam, or "No" to keep them. I haven\'t '
                                "saved what you typed.")
    assert (await TeamStore(team.conversation.store).standing(SAM)).role == "member"
    assert [d.label for d in await team.conversation.drafts(SAM)] == ["KB-7"]


async def test_yes_typed_to_stop_a_partners_link_is_pointed_to_its_buttons(team: Bot) -> None:
    """In TB-7's /review the lead tapped "Stop the School link", and to "Stop the School link
    for "TB-7"?" typed "yes": the link still worked, and the yes went to TB-7's question.
    It names the buttons now, and nothing is saved."""
    await team.say("/new mapping")
    await team.say("TB-7")
    await team.tap(button(team, "a:"))  # a child protection conference
    await team.say("/invite")
    await team.tap("t:ip")
    await team.tap(next(d for d in team.buttons() if d.endswith(":school")))
    await team.say("/review")
    await team.tap(button(team, "t:cz:"))
    before = dict((await team.conversation.active(USER)).answers)  # type: ignore[union-attr]
    await team.say("yes")
    assert last(team, USER) == ('Tap "Yes, stop it" above to stop that link, or "No" to keep '
                                "it working. I haven't saved what you typed.")
    assert (await team.conversation.active(USER)).answers == before  # type: ignore[union-attr]
    await team.tap("t:pk")  # No: the link is kept, and a yes is an answer again
    await team.say("yes")
    assert (await team.conversation.active(USER)).answers != before  # type: ignore[union-attr]
