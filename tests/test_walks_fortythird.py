"""The forty-third walk: a social worker typing what she saw at the meeting's date; a
supervising social worker doing Signs of Wellbeing for a foster placement; a worker typing
/next, or a line, under /resume's list of drafts; a team manager reviewing a mapping and
adding her own view; a worker who changes her number twice. (Group supervision preparation
and Signs of Success, the tools walked least, were walked too: nothing there to mend.) Each
test of a defect failed on the code as it was; the others guard what the fixes must leave
alone."""

from __future__ import annotations

import io
from collections.abc import Mapping

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.export import render_export_text
from flows.flow import Flow
from flows.render import render_text
from flows.replies import Nudge, Review
from flows.summary import build_summary
from storage.store import Store
from tests.builders import EngineChat
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import USER, Bot, answers_of, bot
from tests.test_walk_thirtyfirst import FLOWS, sent_at
from tests.test_walk_thirtythird_b import phone, read

__all__ = ["bot"]  # the fixture

# --- the social worker who typed what she saw at the meeting's date ---------------------------

ACCOUNT = "I saw a bruise on her arm on Monday when I visited"


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "goes"), [
    ("mapping", "meeting_date", ACCOUNT, "The worst time"),
    ("mapping", "next_review", "Dad hit mum on Saturday night and K was in the room",
     "The worst time"),
    ("wellbeing", "meeting_date", "School noticed J had bruising on his neck on Tuesday",
     "What is happening"),
    ("contextual", "meeting_date", "Police found D in Leeds on Friday with a black eye",
     "What has happened"),
    ("success", "next_review", "Carer saw him get into a car with older men last night",
     "What worries others"),
    ("supervision", "meeting_date", "Dad punched the wall by the cot on Sunday",
     "What we are worried about")])
def test_an_account_at_a_question_of_when_is_pointed_to_where_it_goes(
        flow_id: str, step_id: str, typed: str, goes: str) -> None:
    """At "When is the meeting?" a social worker typed what she had seen instead: "I saw a
    bruise on her arm on Monday when I visited". She was asked only to add the date to
    "Monday". It is not saved there now: she reads that it is what happened, not when, and
    where what happened goes; the question of when is asked again."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    assert chat.draft.pending is None
    said = " ".join(chat.notices())
    assert "it reads as what happened, not when" in said
    assert f'"{goes}"' in said
    assert chat.asked == step_id


def test_the_date_sent_after_it_is_the_meetings_date_alone() -> None:
    """Asked for the date of "Monday", she sent the meeting's, "Tuesday 8 December": it was
    put in place of "Monday", and the record's meeting date read "I saw a bruise on her arm
    on Tuesday 8 December when I visited"."""
    chat = sent_at("mapping", "meeting_date", ACCOUNT)
    chat.send("Tuesday 8 December")
    assert chat.draft.answers["meeting_date"] == "Tuesday 8 December"
    assert ACCOUNT not in str(chat.draft.answers)


def test_an_account_sent_again_is_the_answer() -> None:
    chat = sent_at("mapping", "meeting_date", "Dad hit mum on 3 December")
    chat.send("Dad hit mum on 3 December")
    assert chat.draft.answers["meeting_date"] == "Dad hit mum on 3 December"


def test_an_account_past_the_dated_reminder_is_not_put_at_the_next_question() -> None:
    """"next tues" held back for its date, she typed what she saw: it was asked whether it
    was for the next question, and /next would have saved it as who wrote the mapping."""
    chat = sent_at("mapping", "meeting_date", "next tues")
    chat.send(ACCOUNT)
    assert "it reads as what happened, not when" in " ".join(chat.notices())
    assert chat.draft.pending is not None
    assert chat.draft.pending.value == "next tues"
    chat.send("Tuesday 8 December")
    assert chat.draft.answers["meeting_date"] == "Tuesday 8 December"


@pytest.mark.parametrize(("step_id", "typed"), [
    ("meeting_date", "Tuesday 8 December, 10am"),
    ("meeting_date", "Mum saw the chair and it was moved to 10 December"),
    ("meeting_date", "Not set yet: waiting for the conference team"),
    ("next_review", "Once baby has been seen by the paediatrician"),
    ("next_review", "Core group on 12 January, after the strategy meeting")])
def test_a_when_is_saved_as_before(step_id: str, typed: str) -> None:
    chat = sent_at("mapping", step_id, typed)
    assert chat.draft.answers[step_id] == typed


# --- the supervising social worker, Signs of Wellbeing for a foster placement -----------------


@pytest.mark.parametrize("typed", ["n/a foster placement",
                                   "n/a - this is for a foster placement, not early help",
                                   "doesn't apply as he's looked after",
                                   "not early help, he's in foster care"])
def test_told_early_help_does_not_fit_she_is_told_what_does(typed: str) -> None:
    """A foster carers' supervising social worker started Signs of Wellbeing for J's
    placement and typed "n/a foster placement" at "Has the family agreed to early help
    ...?". She was told only to answer yes or no; she answered yes, and the summary she took
    to the carers' review read "Family agreed: Yes" and "0 means: Things are so worrying
    that a referral to children's services is needed", of a child in care. She is told now
    what the tool is written for, which tools are written for a child in care, and that
    this draft stays saved; yes or no still carries on here."""
    chat = sent_at("wellbeing", "consent", typed)
    said = chat.notices()[-1]
    assert "consent" not in chat.draft.answers
    assert "Please answer yes or no." in said
    assert "written for early help" in said
    assert "Signs of Success (/new success)" in said
    assert "a safety mapping (/new mapping)" in said
    assert chat.asked == "consent"


def test_a_question_with_nothing_to_say_of_not_fitting_asks_yes_or_no_alone() -> None:
    chat = sent_at("mapping", "harm_happened", "n/a")
    assert "written for" not in chat.notices()[-1]


def test_the_supervising_social_worker_written_short_is_asked_for_in_full() -> None:
    """Her next step, "SSW will visit on 20 December to go over the bedtime routine with the
    carers", was asked "Could you write out what SSW stands for, and say what it means for
    the family?", as if it were a service's jargon: it is her own role, and is asked for in
    full as the independent reviewing officer's is."""
    chat = sent_at("wellbeing", "next_steps",
                   "SSW will visit on 20 December to go over the bedtime routine with the carers")
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert 'Could you write "supervising social worker"' in nudge
    assert "what it means for the family" not in nudge


@pytest.mark.parametrize("flow_id", ["wellbeing", "mapping"])
@pytest.mark.parametrize("typed", [
    "J said he likes it at Mrs T's because there's always tea",
    "He says he misses his mum at bedtime",
    "J told me he wants to stay here"])
def test_the_childs_words_at_how_they_were_heard_are_pointed_to_their_question(
        flow_id: str, typed: str) -> None:
    """Past the child's three questions, left out, the supervising social worker typed J's
    words at "How did you hear the child's view, and who heard it?": "J said he likes it at
    Mrs T's because there's always tea". They were saved as how his view was heard, and the
    summary showed them there, not marked as his. She is asked now, once: the child's own
    words go at their questions, where they are marked as theirs."""
    chat = sent_at(flow_id, "child_view_how", typed)
    assert "child_view_how" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "reads as what the child said" in nudge
    assert '"What the child says is good"' in nudge


@pytest.mark.parametrize("typed", [
    "Social worker, at school, on her own; J talked while we played football",
    "J told his teacher he is scared of the dark, and she told me",
    "I saw J at home with his carers; he said very little but drew his house",
    "J said it to me at school, with his teaching assistant there"])
def test_how_the_childs_view_was_heard_is_saved_as_before(typed: str) -> None:
    chat = sent_at("wellbeing", "child_view_how", typed)
    assert chat.draft.answers["child_view_how"] == typed


# --- /next and the other step commands typed under /resume's list ---------------------------


async def two_cases(bot: Bot) -> None:
    """KB-1's reflection part done; AB-2's mapping open at "Who is writing this mapping?"."""
    for line in ("/new reflection", "KB-1", "School or college", "Dad hit mum on Saturday",
                 "/new mapping", "AB-2", "A child protection conference", "Tuesday 8 December"):
        await bot.say(line)


async def test_a_line_typed_under_resumes_list_is_not_saved_to_the_draft_open_before(
        bot: Bot) -> None:
    """A social worker with two cases open sent /resume, and under "Your unfinished drafts:"
    and its two buttons typed the answer she had in mind: "Nan collects her from school". It
    was saved in AB-2, the draft open before, as "Written by", a question no longer on the
    screen, for a case she had not chosen. (/start's list already kept it back.) It is not
    saved now: she reads which draft is open, and its question comes again."""
    await two_cases(bot)
    await bot.say("/resume")
    assert "Your unfinished drafts:" in read(bot)
    await bot.say("Nan collects her from school")
    assert "author" not in await answers_of(bot, "AB-2")
    assert any('You are in the middle of "AB-2"' in said for said in phone(bot)[-4:])


@pytest.mark.parametrize("command", ["/skip", "/next", "/done"])
async def test_a_step_command_under_resumes_list_leaves_the_question_off_the_screen_alone(
        bot: Bot, command: str) -> None:
    """Back at AB-2's meeting date, she sent /resume and, under its list, /skip: the date,
    off the screen, was passed unread, as /done passed it. The question is shown again now,
    and nothing is passed."""
    await two_cases(bot)
    await bot.say("/back")  # at the meeting's date, answered: /skip would pass it
    await bot.say("/resume")
    await bot.say(command)
    draft = await bot.conversation.load(USER, next(
        d.id for d in await bot.conversation.drafts(USER) if d.label == "AB-2"))
    assert draft is not None
    assert draft.current == "meeting_date"
    assert "When is the meeting?" in read(bot)


async def test_a_draft_chosen_from_resumes_list_takes_the_line_typed_after(bot: Bot) -> None:
    await two_cases(bot)
    await bot.say("/resume")
    (kb,) = [d for d in await bot.conversation.drafts(USER) if d.label == "KB-1"]
    await bot.tap(f"r:{kb.id}")
    await bot.say("Yes")
    assert (await answers_of(bot, "KB-1"))["safe_today"] == "yes"


@pytest.mark.parametrize("command", ["/back", "/edit 1"])
async def test_back_at_the_terminals_list_of_drafts_opens_no_draft(
        store: Store, flows: Mapping[str, Flow], command: str) -> None:
    """At `sosbot chat`'s list of unfinished drafts, /next and /skip were refused ("Nothing
    is open yet"), but /back opened AB-2, the newest, unchosen, and took it back a question;
    /edit 1 opened its first answer to change. Each is refused now, as /next is, and the
    list's number still opens the draft chosen."""
    talk = Conversation(store, flows, surface="terminal")
    for flow_id, lines in (("reflection", ("KB-1", "1")), ("mapping", ("AB-2", "1"))):
        console = Console(talk, out=io.StringIO(), interactive=True,
                          read=typed_then_end(*lines))
        assert await console.run(flow_id) == 0
    out = io.StringIO()
    console = Console(talk, out=out, interactive=True, read=typed_then_end(command, "2"))
    assert await console.run(None) == 0
    shown = out.getvalue()
    assert f"Nothing is open yet, so {command.split()[0]} has nothing to act on" in shown
    assert "What are you preparing this mapping for?" not in shown
    (ab,) = [d for d in await talk.drafts(CONSOLE_USER) if d.label == "AB-2"]
    draft = await talk.load(CONSOLE_USER, ab.id)
    assert draft is not None
    assert draft.current == "meeting_date"


# --- the worker who changed her number twice, then exported ----------------------------------


def numbered(chat: EngineChat, step_id: str) -> int:
    """The number /review gives the answer to `step_id`."""
    chat.command("review")
    review = chat.replies[-1]
    assert isinstance(review, Review)
    return next(i.number for i in review.items if i.step_id == step_id)


def changed_twice() -> EngineChat:
    """4 with its reason; /edit to 6 with another; then /back from the parent's number, to
    the question of why, and 5 with a third reason, as she gave the two before."""
    chat = sent_at("mapping", "safety_scale", "4, dad has moved out but still visits")
    chat.command("edit", str(numbered(chat, "safety_scale")))
    chat.send("6 - mum has a safety plan with nan now")
    assert chat.asked == "safety_scale_parent_1"
    chat.command("back")
    assert chat.asked == "safety_scale_why"
    chat.send("5, nan is there most evenings but dad still turns up")
    return chat


def test_a_number_and_why_sent_at_the_why_come_back_to_changes_the_number() -> None:
    """A social worker gave 4 and why, changed it with /edit to 6 and why, then went /back
    from the parent's number, to "What makes it that number and not lower?", and sent "5,
    nan is there most evenings but dad still turns up", as she had given the two before.
    The number stayed 6, and the summary and the documents read "Score: 6 ... Why this
    number: 5, nan is there ...". Her number is 5 now, with its reason alone."""
    chat = changed_twice()
    assert chat.draft.answers["safety_scale"] == 5
    assert chat.draft.answers["safety_scale_why"] == \
        "nan is there most evenings but dad still turns up"
    assert "I've changed your number from 6 to 5." in " ".join(chat.notices())
    assert chat.asked == "safety_scale_parent_1"


def test_the_summary_and_the_exported_text_show_the_last_number_and_its_reason_only() -> None:
    chat = changed_twice()
    for _ in range(4):
        chat.send("")  # the parents', the child's and the agencies' numbers left out
    assert chat.finished
    flow = FLOWS["mapping"]
    for shown in (render_text(build_summary(flow, chat.draft)),
                  render_export_text(build_summary(flow, chat.draft))):
        scaling = shown[shown.index("Overall safety scale"):]
        assert "5 on a scale of 0 to 10" in scaling
        assert "Why this number: nan is there most evenings but dad still turns up" in scaling
        assert not any(old in scaling for old in ("dad has moved out", "safety plan with nan",
                                                   "6 on a scale", "4 on a scale"))


def test_a_reason_opened_with_another_number_at_the_first_why_is_still_said() -> None:
    chat = sent_at("harm_matrix", "harm_scale_1", "1")
    chat.send("2: found with adults 3 times, now carrying cash")
    assert chat.draft.answers["harm_scale_1"] == 1
    assert "It starts with 2" in " ".join(chat.notices())


# --- the team manager reviewing a worker's mapping, then adding her own view -----------------

MANAGERS_VIEW = "My view as team manager: the danger statement needs to say what dad does"


async def a_mapping_under_way(bot: Bot) -> None:
    """KB-7's mapping at "Has the child already been hurt or harmed ...?", a yes, then at the
    worst time."""
    for line in ("/new mapping", "KB-7", "A child protection conference",
                 "Tuesday 8 December 2pm", "SB, social worker", "Mum, school, health visitor",
                 "Dad not seen yet", "Core group on 12 January", "/skip", "/skip", "/skip",
                 "Social worker, at school, on her own", "Yes"):
        await bot.say(line)


@pytest.mark.parametrize("looked", [("/summary",), ("/export",), ("/review", "/summary",
                                                                    "/export")])
async def test_a_line_typed_below_the_summary_is_not_saved_to_the_question_above_it(
        bot: Bot, looked: tuple[str, ...]) -> None:
    """A team manager opened a worker's mapping, sent /review, /summary and /export, and
    typed her own view below the documents: "My view as team manager: the danger statement
    needs to say what dad does". It was saved as "The worst time", the question asked
    before the summary, now far above it, and the conference summary read it as the harm.
    It is not saved now: she reads which draft is open and its question comes again, with
    one tap to keep the line there if it was meant for it."""
    await a_mapping_under_way(bot)
    assert "Describe the worst time" in read(bot)
    for command in looked:
        await bot.say(command)
    await bot.say(MANAGERS_VIEW)
    assert "worst_harm" not in await answers_of(bot, "KB-7")
    shown = phone(bot)[-3:]
    assert any('You are in the middle of "KB-7"' in said for said in shown)
    assert any("Describe the worst time" in said for said in shown)
    assert 'Keep it as the answer to "The worst time"' in shown[-1]


async def test_the_question_answered_after_continue_is_saved_as_before(bot: Bot) -> None:
    await a_mapping_under_way(bot)
    await bot.say("/summary")
    await bot.say("/continue")
    await bot.say("In March R pushed mum into the door while KB watched from the stairs")
    assert (await answers_of(bot, "KB-7"))["worst_harm"].startswith("In March R pushed mum")


async def test_at_the_terminal_a_line_after_the_summary_is_not_saved_above_it(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal")
    out = io.StringIO()
    console = Console(talk, out=out, interactive=True, read=typed_then_end(
        "KB-7", "1", "", "SB, social worker", "/summary", MANAGERS_VIEW))
    assert await console.run("mapping") == 0
    (info,) = await talk.drafts(CONSOLE_USER)
    draft = await talk.load(CONSOLE_USER, info.id)
    assert draft is not None
    assert "network" not in draft.answers
    assert "as its question was no longer on the screen" in out.getvalue()


async def test_answers_piped_in_after_a_summary_still_answer_their_questions(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal")
    console = Console(talk, out=io.StringIO(), interactive=False, read=typed_then_end(
        "KB-7", "1", "", "SB, social worker", "/summary", "Mum, school and the GP"))
    assert await console.run("mapping") == 0
    (info,) = await talk.drafts(CONSOLE_USER)
    draft = await talk.load(CONSOLE_USER, info.id)
    assert draft is not None
    assert draft.answers["network"] == "Mum, school and the GP"
