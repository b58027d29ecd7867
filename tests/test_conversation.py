"""The conversation around the engine, as any screen drives it: load, advance, save, reply."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import build_flow, section, text, yes_no

from bot.conversation import Conversation
from bot.wording import AskLabel, Confirm, ConversationReply, Menu, wording
from flows.flow import Flow
from flows.nudges import label_check, nudger
from flows.replies import (
    Command,
    Confirmation,
    Notice,
    Nudge,
    Pick,
    Question,
    Stale,
    SummaryReply,
    Text,
)
from storage.store import Store

USER, OTHER = 11, 22


@pytest.fixture
def flow(tmp_path: Path) -> Flow:
    return build_flow(tmp_path, section("s", text("a"), yes_no("b"), text("c"),
                                        column="worried"))


@pytest.fixture
def talk(store: Store, flow: Flow) -> Conversation:
    return Conversation(store, {flow.id: flow}, label_check=label_check)


def asked(replies: list[ConversationReply]) -> str:
    questions = [r for r in replies if isinstance(r, Question)]
    assert questions, replies
    return questions[-1].step_id


def notices(replies: list[ConversationReply]) -> list[str]:
    return [r.text for r in replies if isinstance(r, Notice)]


async def started(talk: Conversation, label: str = "TB-7", user: int = USER
                  ) -> list[ConversationReply]:
    replies = await talk.handle(user, Command("new", "tiny"))
    assert isinstance(replies[-1], AskLabel)
    return await talk.handle(user, Text(label))


@pytest.mark.parametrize("label", ["TB-7", "Case 4417", "KB 12", "Ref 2024-113"])
async def test_a_case_reference_is_a_label(talk: Conversation, label: str) -> None:
    replies = await started(talk, label)
    assert f'Started "{label}"' in notices(replies)[0]


async def test_a_new_draft_asks_for_a_label_then_the_first_question(talk: Conversation) -> None:
    replies = await started(talk)
    assert 'Started "TB-7"' in notices(replies)[0]
    assert asked(replies) == "a"


@pytest.mark.parametrize("label", ["", "x" * 25, "12/03/2015", "John Smith", "3 March 2015",
                                   "March 3rd", "NHS 485 777 3456", "07700900123"])
async def test_a_label_that_could_identify_someone_or_is_too_long_is_asked_again(
        talk: Conversation, store: Store, label: str) -> None:
    await talk.handle(USER, Command("new", "tiny"))
    replies = await talk.handle(USER, Text(label))
    assert isinstance(replies[0], Notice)
    assert replies[0].kind == "problem"
    assert isinstance(replies[-1], AskLabel)
    assert await store.list_drafts(USER) == []


# A case label is stored and shown on every screen: a person's name must never be one, in
# any casing. The rule is a case reference or initials.
NAMES_AS_LABELS = [
    "Jane Smith", "jane smith", "JANE SMITH", "jAnE sMiTh",  # a first name and a surname
    "smith", "SMITH", "Patel", "watson",  # a surname alone
    "oliver", "MOHAMMED", "mary-jane",  # a first name alone
    "o'brien", "O'BRIEN", "smith-jones", "Sarah Smith-Jones", "d'souza", "mcgregor",
    "j smith", "J. Smith", "j.smith", "k patel", "j bloggs", "J K Rowling",  # initials
    "the smiths' case", "the joneses", "Smith family", "brown family", "baby mcdonald",
    "mr bloggs", "SMITH-7", "jack o'brien", "lily", "t brown", "a. patel",
]
ORDINARY_LABELS = [
    "TB-7", "Case 4417", "KB 12", "Ref 2024-113", "case a", "Case A", "CASE A", "family b",
    "school referral", "School Referral", "cp review 3", "core group", "sibling group 2",
    "north team referral", "new referral", "CIN plan", "child a", "b team", "k review",
    "AB-1", "T1", "foster carers", "amber", "St Mary's referral", "duty case", "LADO 12",
    "strategy meeting", "PLO case", "kinship care", "DV case 2", "county lines", "green case",
    "x ray", "Sutton team", "mrs b",
]


@pytest.mark.parametrize("label", NAMES_AS_LABELS)
async def test_a_name_is_refused_as_a_label_in_any_casing(
        talk: Conversation, store: Store, label: str) -> None:
    replies = await started(talk, label)
    assert notices(replies) == [
        'That looks like it could identify someone. Please use initials or a case reference '
        'instead, for example "TB-7" or "Case 4417".']
    assert isinstance(replies[-1], AskLabel)
    assert await store.list_drafts(USER) == []


@pytest.mark.parametrize("label", ORDINARY_LABELS)
async def test_an_ordinary_label_is_taken(talk: Conversation, label: str) -> None:
    replies = await started(talk, label)
    assert f'Started "{label}"' in notices(replies)[0]


def test_every_surface_has_its_own_words_for_every_text() -> None:
    telegram, terminal = wording("telegram"), wording("terminal")
    assert telegram.keys() == terminal.keys()
    assert "Telegram user id" in telegram["privacy"]
    assert "Telegram" not in terminal["privacy"]


async def test_every_answer_is_committed_before_the_reply(
        talk: Conversation, store: Store) -> None:
    await started(talk)
    await talk.handle(USER, Text("first answer"))
    draft = await talk.active(USER)
    assert draft is not None
    assert draft.answers == {"a": "first answer"}
    reopened = await Store.open(store.path)
    try:
        loaded = await reopened.load_draft(USER, draft.id)
    finally:
        await reopened.close()
    assert loaded is not None
    assert loaded.answers == {"a": "first answer"}


async def test_a_repeated_update_is_handled_once(talk: Conversation) -> None:
    await started(talk)
    first = await talk.handle(USER, Text("A"), update_id=900)
    again = await talk.handle(USER, Text("B"), update_id=900)
    assert asked(first) == "b"
    assert again == []
    draft = await talk.active(USER)
    assert draft is not None
    assert draft.answers == {"a": "A"}


async def test_users_never_see_each_others_drafts(talk: Conversation) -> None:
    await started(talk, "TB-7", USER)
    await talk.handle(USER, Text("mine"))
    replies = await talk.handle(OTHER, Text("hello"))
    assert "You have no draft open" in notices(replies)[0]
    menu = await talk.handle(OTHER, Command("drafts"))
    assert isinstance(menu[0], Menu)
    assert menu[0].drafts == ()


async def test_resume_shows_the_next_unanswered_question(talk: Conversation) -> None:
    replies = await started(talk)
    draft_id = next(r.draft_id for r in replies if isinstance(r, Question))
    await talk.handle(USER, Text("A"))
    assert await talk.next_question(USER, draft_id) == "Question b?"
    replies = await talk.handle(USER, Command("resume", draft_id))
    assert asked(replies) == "b"


async def test_a_new_draft_under_an_unfinished_ones_label_carries_that_one_on(
        talk: Conversation) -> None:
    # `sosbot chat --flow` run again after Ctrl-C asks for a label: the same one is the same
    # case, and a second, empty draft would look like eleven answers lost.
    await started(talk, "baby M 6wks")
    await talk.handle(USER, Text("A"))
    replies = await started(talk, "Baby m 6WKS")
    assert "already have an unfinished" in notices(replies)[0]
    assert asked(replies) == "b"
    drafts = await talk.drafts(USER)
    assert [(d.label, d.answered) for d in drafts] == [("baby M 6wks", 1)]


async def test_a_finished_draft_of_the_same_label_does_not_stop_a_new_one(
        talk: Conversation) -> None:
    await started(talk, "TB-7")
    for answer in ("A", "yes", "C"):
        await talk.handle(USER, Text(answer))
    replies = await started(talk, "TB-7")
    assert notices(replies)[0].startswith("Started")
    assert asked(replies) == "a"


async def test_resume_with_several_drafts_lists_them(talk: Conversation) -> None:
    await started(talk, "AA-1")
    await started(talk, "BB-2")
    replies = await talk.handle(USER, Command("resume"))
    assert isinstance(replies[0], Menu)
    assert sorted(d.label for d in replies[0].drafts) == ["AA-1", "BB-2"]


async def test_a_button_of_another_draft_is_stale(talk: Conversation) -> None:
    first = await started(talk, "AA-1")
    old = next(r for r in first if isinstance(r, Question))
    await started(talk, "BB-2")
    replies = await talk.handle(USER, Text("x"), draft_id=old.draft_id)
    assert [type(r) for r in replies] == [Stale]


async def test_cancel_asks_first_and_no_keeps_everything(talk: Conversation,
                                                         store: Store) -> None:
    await started(talk)
    await talk.handle(USER, Text("A"))
    replies = await talk.handle(USER, Command("cancel"))
    assert isinstance(replies[0], Confirm)
    replies = await talk.handle(USER, Text("no"))
    assert "nothing has been changed" in notices(replies)[0]
    assert asked(replies) == "b"  # and the question the draft was on, asked again
    assert len(await store.list_drafts(USER)) == 1


async def test_cancel_then_yes_discards_the_draft_and_its_answers(
        talk: Conversation, store: Store) -> None:
    await started(talk)
    await talk.handle(USER, Text("A"))
    await talk.handle(USER, Command("cancel"))
    replies = await talk.handle(USER, Text("yes"))
    assert "Discarded" in notices(replies)[0]
    assert await store.list_drafts(USER) == []
    assert (await store.table_counts())["answers"] == 0


async def test_delete_then_yes_erases_everything_about_the_user(
        talk: Conversation, store: Store) -> None:
    await started(talk, "AA-1", USER)
    await talk.handle(USER, Text("A"), update_id=1)
    await started(talk, "BB-2", OTHER)
    await talk.handle(USER, Command("delete"))
    await talk.handle(USER, Text("yes"))
    assert await store.list_drafts(USER) == []
    assert (await store.session(USER)).active_draft is None
    assert not await store.was_handled(USER, 1)
    assert len(await store.list_drafts(OTHER)) == 1


async def test_finishing_returns_the_final_summary(talk: Conversation) -> None:
    await started(talk)
    await talk.handle(USER, Text("A"))
    await talk.handle(USER, Pick("no"))
    replies = await talk.handle(USER, Text("C"))
    summary = next(r for r in replies if isinstance(r, SummaryReply))
    assert summary.final
    assert (await talk.drafts(USER, status="completed"))[0].answered == 3


async def test_a_draft_from_an_older_flow_version_keeps_what_still_fits(
        tmp_path: Path, store: Store, talk: Conversation) -> None:
    replies = await started(talk)
    draft_id = next(r.draft_id for r in replies if isinstance(r, Question))
    await talk.handle(USER, Text("A"))
    await talk.handle(USER, Text("yes"))
    v2 = build_flow(tmp_path, section("s", text("a"), text("new"), text("c"),
                                      column="worried"), version=2)
    newer = Conversation(store, {v2.id: v2})
    replies = await newer.handle(USER, Command("resume", draft_id))
    assert asked(replies) == "new"
    draft = await store.load_draft(USER, draft_id)
    assert draft is not None
    assert draft.flow_version == 2
    assert draft.answers == {"a": "A"}  # "b" is gone from the file too
    assert (await store.table_counts())["answers"] == 1


async def test_a_draft_whose_tool_is_gone_says_so(
        tmp_path: Path, store: Store, talk: Conversation) -> None:
    await started(talk)
    replies = await Conversation(store, {}).handle(USER, Text("A"))
    assert "no longer available" in notices(replies)[0]


async def test_commands_work_through_the_conversation(talk: Conversation) -> None:
    await started(talk)
    await talk.handle(USER, Text("A"))
    replies = await talk.handle(USER, Command("back"))
    assert asked(replies) == "a"
    replies = await talk.handle(USER, Command("skip"))
    assert asked(replies) == "b"
    draft = await talk.active(USER)
    assert draft is not None
    assert draft.answers == {"a": "A"}


async def test_a_button_from_an_earlier_question_is_stale_and_changes_nothing(
        talk: Conversation, store: Store) -> None:
    replies = await started(talk)
    draft_id = next(r.draft_id for r in replies if isinstance(r, Question))
    replies = await talk.handle(USER, Text("A"))
    old = next(r for r in replies if isinstance(r, Question))
    replies = await talk.handle(USER, Pick("no", old.nonce), draft_id=draft_id)
    assert asked(replies) == "c"
    before = await store.load_draft(USER, draft_id)
    replies = await talk.handle(USER, Pick("yes", old.nonce), draft_id=draft_id)
    assert [type(r) for r in replies] == [Stale]
    after = await store.load_draft(USER, draft_id)
    assert before is not None
    assert after is not None
    assert (after.answers, after.history, after.nonce) == (before.answers, before.history,
                                                           before.nonce)


async def test_a_stale_command_button_is_refused_too(talk: Conversation, store: Store) -> None:
    replies = await started(talk)
    old = next(r for r in replies if isinstance(r, Question))
    await talk.handle(USER, Text("A"))
    before = await store.load_draft(USER, old.draft_id)
    replies = await talk.handle(USER, Command("back", nonce=old.nonce), draft_id=old.draft_id)
    assert [type(r) for r in replies] == [Stale]
    assert await store.load_draft(USER, old.draft_id) == before


async def test_buttons_of_a_finished_draft_are_stale(talk: Conversation) -> None:
    await started(talk)
    await talk.handle(USER, Text("A"))
    await talk.handle(USER, Pick("no"))
    await talk.handle(USER, Text("C"))
    draft = await talk.active(USER)
    assert draft is not None
    assert draft.status == "completed"
    replies = await talk.handle(USER, Pick("yes", draft.nonce - 1), draft_id=draft.id)
    assert [type(r) for r in replies] == [Stale]


async def test_an_answer_typed_instead_of_yes_or_no_asks_again_and_nothing_is_discarded(
        talk: Conversation, store: Store) -> None:
    """Not saved as an answer while "are you sure?" waits (it used to be, the question
    dropped): asked again, saying so (the nineteenth round)."""
    await started(talk)
    await talk.handle(USER, Command("cancel"))
    replies = await talk.handle(USER, Text("Dad hit him with a belt"))
    assert "I haven't saved it, and nothing has been erased" in notices(replies)[0]
    assert isinstance(replies[-1], Confirm)
    (info,) = await store.list_drafts(USER)
    draft = await store.load_draft(USER, info.id)
    assert draft is not None
    assert draft.answers == {}
    replies = await talk.handle(USER, Text("no"))
    assert asked(replies) == "a"
    replies = await talk.handle(USER, Text("Dad hit him with a belt"))
    assert asked(replies) == "b"
    assert len(await store.list_drafts(USER)) == 1


@pytest.mark.parametrize("command", ["cancel", "delete"])
async def test_a_yes_long_after_the_question_erases_nothing(
        talk: Conversation, store: Store, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    await started(talk)
    await talk.handle(USER, Text("A"))
    confirm = (await talk.handle(USER, Command(command)))[0]
    assert isinstance(confirm, Confirm)
    monkeypatch.setattr("bot.session.CONFIRM_STANDS_S", -1)  # as if asked long ago
    replies = await talk.handle(USER, Text("yes"))
    assert "nothing has been erased" in notices(replies)[0]
    assert asked(replies) == "b"  # asked again: that "yes" may have been for the erasing
    assert len(await store.list_drafts(USER)) == 1
    assert (await store.table_counts())["answers"] == 1


async def test_a_command_while_the_label_is_asked_keeps_the_label_prompt(
        talk: Conversation, store: Store) -> None:
    await started(talk, "AA-1")
    await talk.handle(USER, Command("new", "tiny"))
    replies = await talk.handle(USER, Command("help"))
    assert isinstance(replies[-1], AskLabel)
    replies = await talk.handle(USER, Text("BB-2"))
    assert 'Started "BB-2"' in notices(replies)[0]
    first = next(d for d in await store.list_drafts(USER) if d.label == "AA-1")
    draft = await store.load_draft(USER, first.id)
    assert draft is not None
    assert draft.answers == {}  # the label is no answer of AA-1


async def test_an_empty_line_after_a_nudge_keeps_the_answer_it_held(
        store: Store, tmp_path: Path) -> None:
    # A wording reminder: what the privacy reminder holds is kept only by /keep.
    flow = build_flow(tmp_path, section("s", text("a", required=False,
                                                  checks=["plain_language"]),
                                        text("b"), column="worried"))
    talk = Conversation(store, {flow.id: flow}, label_check=label_check, nudger=nudger())
    await started(talk)
    nudged = await talk.handle(USER, Text("Mum is non-compliant"))
    assert any(isinstance(r, Nudge) for r in nudged)
    replies = await talk.handle(USER, Text(""))
    assert asked(replies) == "b"
    (info,) = await store.list_drafts(USER)
    draft = await store.load_draft(USER, info.id)
    assert draft is not None
    assert draft.answers == {"a": "Mum is non-compliant"}


async def test_help_while_the_label_is_asked_says_what_a_label_is(
        talk: Conversation, store: Store) -> None:
    await talk.handle(USER, Command("new", "tiny"))

    replies = await talk.handle(USER, Command("help"))

    [said] = notices(replies)
    assert "how you will find this draft again" in said
    assert "never a name" in said
    assert isinstance(replies[-1], AskLabel)
    assert await store.list_drafts(USER) == []  # still no draft until a label comes


async def answers_of(store: Store, label: str) -> dict[str, object]:
    info = next(d for d in await store.list_drafts(USER) if d.label == label)
    draft = await store.load_draft(USER, info.id)
    assert draft is not None
    return dict(draft.answers)


async def test_an_answer_button_while_the_label_is_asked_keeps_the_label_prompt(
        talk: Conversation, store: Store) -> None:
    first = await started(talk, "OLD-1")
    old = next(r for r in first if isinstance(r, Question))
    await talk.handle(USER, Text("A"))
    await talk.handle(USER, Command("new", "tiny"))
    yes_no_question = await talk.active(USER)
    assert yes_no_question is not None
    replies = await talk.handle(USER, Pick("yes", yes_no_question.nonce), draft_id=old.draft_id)
    assert notices(replies) == [wording("telegram")["label_first"]]
    assert isinstance(replies[-1], AskLabel)
    replies = await talk.handle(USER, Text("NEW-7"))  # the label, as the screen asked
    assert 'Started "NEW-7"' in notices(replies)[0]
    assert await answers_of(store, "OLD-1") == {"a": "A"}  # neither the tap nor the label
    assert await answers_of(store, "NEW-7") == {}


async def test_an_answer_button_while_a_yes_or_no_is_asked_says_it_was_let_go(
        talk: Conversation, store: Store) -> None:
    await started(talk, "CAN-1")
    await talk.handle(USER, Text("A"))
    await talk.handle(USER, Command("cancel"))
    draft = await talk.active(USER)
    assert draft is not None
    replies = await talk.handle(USER, Pick("no", draft.nonce), draft_id=draft.id)
    assert notices(replies)[0] == "I've let the yes-or-no question go, so nothing has been erased."
    assert asked(replies) == "c"  # the tap answered its question
    replies = await talk.handle(USER, Text("yes"))  # typed at question c, after being told
    assert "Discarded" not in " ".join(notices(replies))
    assert await answers_of(store, "CAN-1") == {"a": "A", "b": "no", "c": "yes"}


@pytest.mark.parametrize("forged", [
    Confirmation(True, "delete", "", ""),  # y:delete::  (no token)
    Confirmation(True, "cancel", "", ""),  # y:cancel::
    Confirmation(True),  # y:::
    Confirmation(True, "cancel", "ffffffffffff", ""),  # another draft, no token
])
async def test_a_confirmation_without_its_token_is_stale_and_erases_nothing(
        talk: Conversation, store: Store, forged: Confirmation) -> None:
    await started(talk, "KEEP-ME")
    await talk.handle(USER, Text("A"))
    asked_now = (await talk.handle(USER, Command("cancel")))[0]
    assert isinstance(asked_now, Confirm)
    assert [type(r) for r in await talk.handle(USER, forged)] == [Stale]
    assert len(await store.list_drafts(USER)) == 1
    real = Confirmation(True, asked_now.kind, asked_now.draft_id, asked_now.token)
    assert "Discarded" in notices(await talk.handle(USER, real))[0]  # still waiting for it
    assert await store.list_drafts(USER) == []


async def twelve_drafts(talk: Conversation) -> None:
    for n in range(12):
        await started(talk, f"R-{n:02d}")


@pytest.mark.parametrize("typed", ["R-00", "r-00", "  R-00 "])
async def test_resume_and_a_label_opens_any_draft_even_past_the_newest_ten(
        talk: Conversation, typed: str) -> None:
    await twelve_drafts(talk)
    replies = await talk.handle(USER, Command("resume", typed))
    assert 'Back to "R-00"' in notices(replies)[0]
    draft = await talk.active(USER)
    assert draft is not None
    assert draft.label == "R-00"


@pytest.mark.parametrize("typed", ["R\u200b-00", "\u202eR-00", "R-00\ufeff", "R\x00-00"])
async def test_resume_finds_a_label_typed_with_invisible_characters_as_it_was_stored(
        talk: Conversation, typed: str) -> None:
    """A label is stored cleaned (no zero-width, direction or control characters): the
    label it is looked up by is cleaned the same way."""
    await twelve_drafts(talk)
    replies = await talk.handle(USER, Command("resume", typed))
    assert 'Back to "R-00"' in notices(replies)[0]


async def test_resume_with_the_start_of_only_one_label_opens_it(talk: Conversation) -> None:
    await started(talk, "Case 4417")
    await started(talk, "TB-7")
    replies = await talk.handle(USER, Command("resume", "case"))
    assert 'Back to "Case 4417"' in notices(replies)[0]


async def test_resume_with_a_label_that_could_mean_several_lists_them(
        talk: Conversation) -> None:
    await twelve_drafts(talk)
    replies = await talk.handle(USER, Command("resume", "R-0"))
    (menu,) = replies
    assert isinstance(menu, Menu)
    assert menu.heading == "More than one of your drafts matches that. Which one?"
    assert sorted(d.label for d in menu.drafts) == [f"R-0{n}" for n in range(10)]
    assert (await talk.active(USER)).label == "R-11"  # type: ignore[union-attr]


async def test_resume_with_an_unknown_label_says_so_and_changes_nothing(
        talk: Conversation) -> None:
    await twelve_drafts(talk)
    replies = await talk.handle(USER, Command("resume", "XY-9"))
    assert notices(replies) == [wording("telegram")["no_such_draft"]]
    assert (await talk.active(USER)).label == "R-11"  # type: ignore[union-attr]


async def test_resume_and_a_label_reaches_a_finished_draft_too(talk: Conversation) -> None:
    await started(talk, "DONE-1")
    await talk.handle(USER, Text("A"))
    await talk.handle(USER, Pick("no"))
    await talk.handle(USER, Text("C"))
    await started(talk, "OPEN-2")
    replies = await talk.handle(USER, Command("resume", "done-1"))
    assert 'Back to "DONE-1"' in notices(replies)[0]
    assert any(isinstance(r, SummaryReply) for r in replies)


async def test_a_label_never_opens_another_users_draft(talk: Conversation) -> None:
    await started(talk, "R-00", OTHER)
    replies = await talk.handle(USER, Command("resume", "R-00"))
    assert notices(replies) == [wording("telegram")["no_such_draft"]]


async def test_cancel_at_a_new_drafts_label_prompt_stops_that_draft_not_the_open_one(
        talk: Conversation, store: Store) -> None:
    """/cancel while a new draft's label is asked used to ask to discard the draft open
    before it: a "yes" then erased answers the practitioner meant to keep."""
    await started(talk, "OLD-1")
    await talk.handle(USER, Text("A"))
    await talk.handle(USER, Command("new", "tiny"))
    replies = await talk.handle(USER, Command("cancel"))
    assert not any(isinstance(r, Confirm) for r in replies)
    assert notices(replies) == [wording("telegram")["not_started"]]
    assert asked(replies) == "b"  # the open draft's question, again
    await talk.handle(USER, Text("yes"))  # its answer, and no label of a new draft
    assert await answers_of(store, "OLD-1") == {"a": "A", "b": "yes"}
    assert [d.label for d in await store.list_drafts(USER)] == ["OLD-1"]
