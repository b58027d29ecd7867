"""The twenty-seventh walk: a supervising social worker's Signs of Wellbeing for a 9-year-old
in foster care, paused and picked up again; a family support worker's My Three Houses with a
6-year-old, a drawing described among the child's words; a youth worker's contextual mapping
for a 15-year-old, in the young people's own slang; a team manager's Signs of Success read as
an export; and a newcomer at the README's first command. Each test of a defect failed on the
code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import io
from collections.abc import Mapping

import pytest
from builders import EngineChat

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.answers import voiced
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Nudge
from flows.walk import walk
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()
NONE_OPEN = "No draft is open. Run `sosbot chat` again to start or resume one."


# --- the newcomer at the README's first command ---------------------------------------------


async def test_pause_before_any_draft_is_open_does_not_say_saved(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """A newcomer at `sosbot chat`'s first menu read "/pause" among the commands and typed
    it. The chat said "You have no draft open. None is saved either: /new starts one." and
    then "Saved. Run `sosbot chat` again to carry on from this question.", of no question.
    It now says what /quit and the end of input say there."""
    talk = Conversation(store, flows, surface="terminal")

    async def session(flow: str | None, *typed: str) -> str:
        out = io.StringIO()
        assert await Console(talk, out=out, read=typed_then_end(*typed)).run(flow) == 0
        return out.getvalue()

    for flow, typed in ((None, "/pause"), ("wellbeing", "/pause")):
        shown = await session(flow, typed)
        assert "Saved" not in shown
        assert "carry on from this question" not in shown
        assert NONE_OPEN in shown
    assert await talk.drafts(CONSOLE_USER) == []
    shown = await session("wellbeing", "JT-9", "yes", "/pause")  # one is open: it is saved
    assert "Saved. Run `sosbot chat` again to carry on from this question." in shown


@pytest.mark.parametrize("typed", ["help", "/help", "?", "Help me"])
async def test_help_at_the_first_menu_says_to_type_a_tools_number(
        store: Store, flows: Mapping[str, Flow], typed: str) -> None:
    """A newcomer at `sosbot chat`'s menu of tools typed "help". The chat said "I haven't
    saved "help" as an answer", of no question; "/help" said "To begin, /new shows the
    tools", with the tools on the screen above it. Both now say to type a tool's number."""
    talk = Conversation(store, flows, surface="terminal")
    out = io.StringIO()
    assert await Console(talk, out=out, read=typed_then_end(typed, "2", "KB-1")).run(None) == 0
    shown = out.getvalue()
    assert "haven't saved" not in shown
    assert "type the number of a tool from the list" in shown
    (info,) = await talk.drafts(CONSOLE_USER)  # the menu still took its number after
    assert info.flow_id == "reflection"


async def test_help_piped_at_the_first_menu_stops_the_chat_there_as_the_readme_says(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """From a file, "help" at the menu is a line the menu cannot take: the chat stops at it
    rather than read the lines after it against the wrong questions, and opens nothing."""
    talk = Conversation(store, flows, surface="terminal")
    out = io.StringIO()
    console = Console(talk, out=out, read=typed_then_end("help", "2", "KB-1"), interactive=False)
    assert await console.run(None) == 1
    assert "line 1 was not taken" in out.getvalue()
    assert await talk.drafts(CONSOLE_USER) == []


# --- the supervising social worker's Signs of Wellbeing ---------------------------------------


@pytest.mark.parametrize("look", ["/summary", "/review"])
async def test_a_look_at_the_summary_mid_draft_says_how_to_see_the_question_again(
        store: Store, flows: Mapping[str, Flow], look: str) -> None:
    """A supervising social worker, coming back to a Signs of Wellbeing, typed /summary to
    see where she had got to. The summary filled the screen and ended at an empty prompt:
    the question she was on had scrolled away, and nothing said how to see it again
    (/continue does, and the list of commands does not name it)."""
    talk = Conversation(store, flows, surface="terminal")
    out = io.StringIO()
    read = typed_then_end("JT-9", "yes", look, "/continue", "School and the GP")
    assert await Console(talk, out=out, read=read).run("wellbeing") == 0
    shown = out.getvalue()
    assert shown.count("/continue shows the question you were on") == 1
    asked = "Who have they agreed information can be shared with?"
    assert shown.rindex(asked) > shown.index("/continue shows")  # shown again after it
    draft = await talk.active(CONSOLE_USER)
    assert draft is not None
    assert draft.answers["consent_who"] == "School and the GP"


async def test_a_finished_drafts_summary_does_not_offer_a_question(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal")
    out = io.StringIO()
    typed = ["KB-1", "School or college", "Seen a bruise on her arm", "Yes, as far as I know",
             "They know and agree", "Nan collects her", "I will call the hub today", "6", "",
             "/summary"]
    assert await Console(talk, out=out, read=typed_then_end(*typed)).run("reflection") == 0
    assert "That's the end of this tool" in out.getvalue()
    assert "/continue shows" not in out.getvalue()


@pytest.mark.parametrize(("flow_id", "how_long", "reads"), [
    ("wellbeing", "Three months", "for three months."),
    ("wellbeing", "Six weeks", "for six weeks."),
    ("mapping", "Half a term", "for half a term."),
    ("contextual", "At least six months", "for at least six months."),
    ("wellbeing", "Until Christmas", "until Christmas."),
    ("wellbeing", "Easter", "for Easter."),
])
def test_how_long_typed_with_a_capital_reads_mid_sentence_in_the_drafted_goal(
        flow_id: str, how_long: str, reads: str) -> None:
    """Asked for how long everyone needs to see the change, a supervising social worker typed
    "Three months". The wellbeing goal drafted for her ended "everyone will need to see this
    happening for Three months.", a capital mid-sentence in her report. A name of a time
    ("Easter", "Christmas") keeps its capital."""
    chat = reach(FLOWS[flow_id], "goal_how_long_1")
    chat.send(how_long)
    suggestion = chat.question.suggestion or ""
    assert suggestion.endswith(f"will need to see this happening {reads}"), suggestion


# --- the youth worker's contextual mapping ------------------------------------------------------


@pytest.mark.parametrize("who", [
    "the olders from Moss Side", "olders", "the elders off the estate"])
def test_the_olders_doing_something_reads_as_worried_about_them(who: str) -> None:
    """A youth worker asked what other people are doing to a 15-year-old typed "the olders
    from Moss Side picking him up from outside Greggs and taking him to Blackpool to sell"
    ("olders": older young men who run a line, as young people say it). The danger statement
    drafted for her read "... are worried that the olders from Moss Side picking him up ...",
    which is not a sentence; "older lads picking him up" already read "worried about"."""
    chat = reach(FLOWS["contextual"], "danger_behaviour_1")
    chat.send(f"{who} picking him up from outside Greggs and taking him to Blackpool to sell")
    if any(isinstance(r, Nudge) for r in chat.replies):
        chat.command("keep")
    while chat.asked != "danger_statement_1":
        chat.send("T could get stabbed or arrested")
        if any(isinstance(r, Nudge) for r in chat.replies):
            chat.command("keep")
    suggestion = chat.question.suggestion or ""
    assert f"worried about {who}" in suggestion, suggestion
    assert f"worried that {who}" not in suggestion


# --- the family support worker's My Three Houses ------------------------------------------------


@pytest.mark.parametrize(("step_id", "typed"), [
    ("house_good", "She drew herself and nanny holding hands with big smiles"),
    ("house_worries", "she drew a big black cloud over the house"),
    ("house_dreams", "L drew a night light by her bed"),
    ("house_worries", "The child drew daddy with a big shouting mouth"),
])
def test_a_drawing_described_in_the_workers_words_is_asked_about_before_it_is_the_childs(
        step_id: str, typed: str) -> None:
    """A family support worker recording a 6-year-old's three houses wrote, in the house of
    good things, "She drew herself and nanny holding hands with big smiles". It was kept
    without a word, and the summary read: "She drew herself and nanny holding hands with big
    smiles" (the child's own words). A worker's description of a drawing is now asked about
    once, pointing to the question for what the worker noticed; /keep keeps it."""
    chat = reach(FLOWS["three_houses"], step_id)
    chat.send(typed)
    nudges = [r for r in chat.replies if isinstance(r, Nudge)]
    assert nudges, chat.replies
    assert "drew" in nudges[0].text
    assert "what you noticed" in nudges[0].text
    chat.command("keep")
    assert typed in (chat.draft.answers.get(step_id) or ())


@pytest.mark.parametrize("typed", ["I drew a cat", "nanny makes pancakes",
                                   "when daddy shouts and the dog barks",
                                   "my drawing of mummy"])
def test_the_childs_own_words_about_drawing_are_kept_without_a_question(typed: str) -> None:
    chat = reach(FLOWS["three_houses"], "house_good")
    chat.send(typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


@pytest.mark.parametrize("who", ["only mummy and nanny", "just mum", "Only her teacher",
                                 "mum and nan, nobody else", "nanny and no one else"])
def test_a_child_who_says_only_some_people_may_see_it_is_not_shared_as_all(who: str) -> None:
    """A family support worker recorded that a 6-year-old was "Happy for all of it to be
    shared", with who may see it "only mummy and nanny". No note asked her to check, and a
    mapping started under the same case label took the child's words ("when daddy shouts")
    in, to be read at a conference daddy attends, as "everyone but daddy" no longer was."""
    shares_only_with_some(who)


def shares_only_with_some(who: str) -> None:
    """All of the child's words may be shared, with `who` leaving some people out: the
    worker is asked to check, and the words are not brought into another tool."""
    flow = FLOWS["three_houses"]
    chat = EngineChat(flow, nudger=nudger())
    chat.start()
    for line in ["nobody", "all", who]:
        chat.send(line)
    assert any("only some people may see it" in n for n in chat.notices())
    assert flow.sharing is not None
    assert not flow.sharing.holds(walk(flow, chat.draft.answers).values.get)


@pytest.mark.parametrize("who", ["mummy, nanny and the people at the meeting", "everyone",
                                 "all the grown ups who help me"])
def test_who_may_see_it_naming_people_without_only_shares_as_agreed(who: str) -> None:
    flow = FLOWS["three_houses"]
    chat = EngineChat(flow, nudger=nudger())
    chat.start()
    for line in ["nobody", "all", who]:
        chat.send(line)
    assert not any("may see it" in n for n in chat.notices())
    assert flow.sharing is not None
    assert flow.sharing.holds(walk(flow, chat.draft.answers).values.get)


@pytest.mark.parametrize("aside", ["(she was smiling)", "(laughed)", "(pointed at mum)",
                                   "(he said this twice)", "[whispered]"])
def test_a_workers_aside_in_brackets_after_a_childs_words_is_asked_about(aside: str) -> None:
    """The family support worker wrote "my bunny called floppy (she was smiling)". The
    summary read "my bunny called floppy (she was smiling)" (the child's own words), her
    note inside the child's quotation marks. She is asked once, and shown how to write it
    so that the note stays outside them; written so, it does."""
    chat = reach(FLOWS["three_houses"], "house_good")
    chat.send(f"my bunny called floppy {aside}")
    nudges = [r for r in chat.replies if isinstance(r, Nudge)]
    assert nudges, chat.replies
    assert aside in nudges[0].text
    chat.send(f'"my bunny called floppy" {aside}')  # as the reminder shows
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert voiced(f'"my bunny called floppy" {aside}') == ("", "my bunny called floppy",
                                                            f" {aside}")


@pytest.mark.parametrize("typed", ["my dog (called Max)", "me and nanny (at the park)",
                                   "when daddy shouts (at mummy)"])
def test_a_childs_own_words_in_brackets_are_kept_without_a_question(typed: str) -> None:
    chat = reach(FLOWS["three_houses"], "house_good")
    chat.send(typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


# --- the team manager's Signs of Success ---------------------------------------------------------


@pytest.mark.parametrize("why", [
    "She has college and her sister. A 5 would be a date to view a flat",
    "4: she has a job and her sister. A 5 would be a date to view a flat.",
    "A 6 would be a date for her to move in",
])
def test_what_one_point_higher_would_look_like_is_not_read_as_the_services_process(
        why: str) -> None:
    """A team manager's Signs of Success: asked "What would one point higher look like?",
    she wrote nearly the question's own example ("A 5 would be a date to view a flat"). She
    was told it "says what the services did, but not yet what it meant for the child", with
    an example about a mum taking a child to school, of a 17-year-old leaving care."""
    chat = reach(FLOWS["success"], "success_scale_why")
    chat.send(why)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.draft.answers["success_scale_why"] == why


def _example(flow: Flow, step_id: str) -> str:
    """The first quoted example in a question's help."""
    help_text = " ".join(str(flow.step(step_id).spec.help).split())
    return help_text.split('Example: "', 1)[1].split('"', 1)[0]


@pytest.mark.parametrize(("flow_id", "step_id"), [
    ("success", "success_scale_why"), ("supervision", "danger_behaviour"),
    ("supervision", "difference")])
def test_a_questions_own_example_typed_as_the_answer_is_not_asked_about(
        flow_id: str, step_id: str) -> None:
    """Typed as the answer, the example a question's help gives was asked about as if it
    were poorly written: "A 5 would be a date to view a flat" (the Signs of Success scale),
    "dad handles M roughly when she cries" and "when dad is struggling" (group supervision),
    told to say what was actually seen or heard."""
    flow = FLOWS[flow_id]
    chat = reach(flow, step_id)
    chat.send(_example(flow, step_id))
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
