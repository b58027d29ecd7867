"""The thirty-first walk: a police officer contributing to a social worker's safety mapping
through a partner's link, called out mid-answer and back hours later, and the social worker
reviewing and exporting it; a social worker writing up a 9-year-old's My Three Houses (quoted
speech with an emoji, a run-on sentence, a photo sent by mistake, an earlier answer changed);
a team manager on Signs of Success in `sosbot chat`, with a slip of the thumb at a yes-or-no
question; and the last walk's leftovers. Each test of a defect failed on the code as it was;
the others guard what the fixes must leave alone."""

from __future__ import annotations

import functools
import io
from collections.abc import Mapping
from html import unescape

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from bot.exporting import exporter_for
from bot.handlers import STALE_TOAST
from flows.draft import Draft
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.render import render_text
from flows.replies import Nudge, Reply
from storage.store import Store
from tests.builders import Answer, EngineChat
from tests.summaries import summary_of
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import (
    USER,
    Bot,
    a_partner_opens_the_link,
    age_drafts_of,
    answers_of,
    bot,
    button,
    button_labels,
    texts_to,
)
from tests.test_walk_seventeenth import reach
from tests.test_walk_twentyeighth import asked_once_then_kept, first_nudge
from tests.test_walk_twentyninth import (
    at_the_house_of_worries,
    labels_kept,
    open_label,
    photo,
    shown,
    two_workers_cases,
)

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()
PC = 4471


@functools.cache
def _reached(flow_id: str, step_id: str) -> tuple[Draft, tuple[Reply, ...], frozenset[str]]:
    chat = reach(FLOWS[flow_id], step_id)
    return chat.draft, tuple(chat.replies), frozenset(chat.changed)


def sent_at(flow_id: str, step_id: str, typed: str) -> EngineChat:
    """A chat reached to `step_id` of the tool, with `typed` sent there. The way there is
    walked once for every answer sent at that step: the engine leaves the draft it is given
    as it was."""
    draft, replies, changed = _reached(flow_id, step_id)
    chat = EngineChat(FLOWS[flow_id], draft, nudger=nudger())
    chat.replies, chat.changed = list(replies), set(changed)
    chat.send(typed)
    return chat


def held_and_asked(flow_id: str, step_id: str, typed: str) -> str:
    """The one reminder `typed` at `step_id` is asked (`sent_at`), nothing saved there yet."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    return nudge


# --- the police officer's contribution ------------------------------------------------------


@pytest.mark.parametrize("typed", ["sorry got a shout, will finish later", "got a shout",
                                   "Been called out - back later", "on a job, will finish later",
                                   "will finish later"])
def test_a_police_call_out_noted_to_the_bot_is_not_saved_as_the_answer(typed: str) -> None:
    """PC 4471, answering what is working well for LM (6), was sent to a job and typed
    "sorry got a shout, will finish later", as to a colleague. It was saved as what is
    working well, and the social worker's summary read "What's working well? Police, PC
    4471: sorry got a shout, will finish later". It is kept back once, as "sorry lunch
    duty" is."""
    chat = sent_at("contribution", "working_well", typed)
    assert "working_well" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]
    assert chat.asked == "working_well"


@pytest.mark.parametrize("typed", ["mum will finish later", "dad got a job at the garage",
                                   "Officers got a shout to the flat on 28 Nov"])
def test_lines_about_the_family_with_such_words_are_the_answer(typed: str) -> None:
    chat = sent_at("contribution", "working_well", typed)
    assert chat.draft.answers["working_well"] == typed


def test_back_from_a_shout_shows_the_question_again() -> None:
    chat = sent_at("contribution", "working_well", "back from the shout, where was I")
    assert "working_well" not in chat.draft.answers
    assert chat.asked == "working_well"


CUT_OFF = "called to the flat on 28/11 after neighbours reported shouting, dad had"


@pytest.mark.parametrize("typed", [CUT_OFF, "LM was on the stairs and mum was",
                                   "LM was scared when dad was"])
def test_an_answer_cut_off_after_dad_had_waits_for_the_rest(typed: str) -> None:
    """The officer's worry was sent half-written when the radio went: "..., dad had". It was
    saved as it was, the next line went to the next question, and the lead's summary read
    "Worries: ... shouting, dad had". It now waits for the rest, as "dad will" does."""
    chat = sent_at("contribution", "worries", typed)
    assert "worries" not in chat.draft.answers
    assert "as if there is more to come" in chat.notices()[0] if chat.notices() else \
        "as if there is more to come" in getattr(chat.replies[0], "text", "")
    chat.send("a cut to his hand")
    assert chat.draft.answers["worries"] == f"{typed} a cut to his hand"


@pytest.mark.parametrize("typed", ["worse than dad had", "I think he was", "yes he was",
                                   "mum said he was", "more than they had"])
def test_whole_answers_ending_so_are_saved(typed: str) -> None:
    chat = sent_at("contribution", "worries", typed)
    assert chat.draft.answers["worries"] == typed


def said_to(bot: Bot, user: int) -> list[str]:
    return [unescape(text) for text in texts_to(bot, user)]


async def the_officer_opens_the_link(bot: Bot) -> None:
    """The social worker's safety mapping "LM-9", and PC 4471 opening its Police link."""
    await bot.say("/new mapping")
    await bot.say("LM-9")
    await bot.tap(button(bot, "a:"))  # a child protection conference
    await bot.say("Mon 14 Dec, 10am")
    await bot.say("SK, social worker")
    await a_partner_opens_the_link(bot, "police", PC)
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "Keep"), user=PC)  # Police, as the link set it


async def test_the_officers_words_reach_the_leads_columns_under_their_service(
        bot: Bot) -> None:
    """PC 4471's contribution, answered between jobs: the worry sent half-written, a note
    that a shout came in, /start hours later. Each answer lands under its own question, and
    the social worker's review and summary show them in their columns, credited to "Police,
    PC 4471, neighbourhood policing team"; the officer never sees the lead's answers and
    cannot export or invite."""
    await the_officer_opens_the_link(bot)
    for said in ("PC 4471, neighbourhood policing team", CUT_OFF,
                 "a cut to his hand and mum said he had punched the kitchen door",
                 "sorry got a shout, will finish later", "/start"):
        await bot.say(said, user=PC)
    assert "What is going well" in said_to(bot, PC)[-1]
    for said in ("mum rang us herself this time and took LM to her sister's that night",
                 "Dad to stay away from the flat while on bail; I will send the bail "
                 "conditions to the social worker by Fri 11 Dec",
                 "3/10 - dad on bail but has been seen outside the flat twice",
                 "daddy broke the door and i was scared"):
        await bot.say(said, user=PC)
    for refused in ("/export", "/invite", "/new mapping"):
        await bot.say(refused, user=PC)
        assert "you can answer this one contribution and nothing else" in said_to(bot, PC)[-1]
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"].startswith("Send")), user=PC)
    assert not any("SK, social worker" in text or "Mon 14 Dec" in text
                   for text in said_to(bot, PC))
    await bot.say("/summary")
    summary = shown(bot)[-1]
    credit = "Police, PC 4471, neighbourhood policing team"
    worried, well = summary.split("What's working well?")
    assert f"{credit}</u>\n• {CUT_OFF} a cut to his hand" in worried
    assert f"{credit}</u>\n• mum rang us herself" in well.split("What needs to happen?")[0]
    assert "sorry got a shout" not in summary
    assert "“daddy broke the door and i was scared”" in summary
    assert f"<u>Partner's number</u> ({credit}): <b>3</b> of 10" in summary
    await bot.say("/export")
    assert len(bot.request.sent("sendDocument")) == 3
    text = next(data.decode() for name, data in await exporter_for(bot.conversation)(USER)
                if name.endswith(".txt"))
    worried = text.split("1. WHAT ARE WE WORRIED ABOUT?")[1].split("2. WHAT'S WORKING WELL?")[0]
    assert f"{credit}\n1. {CUT_OFF} a cut to his hand" in worried
    assert "sorry got a shout" not in text


# --- the social worker's My Three Houses --------------------------------------------------


def test_the_childs_words_typed_in_quotes_with_an_emoji_are_quoted_once() -> None:
    """The social worker typed T's words as she said them, in quotation marks, with the
    crying face T drew beside them: '"when daddy shouts at mummy and throws stuff" 😢'. The
    summary put its own marks round the lot: “"when daddy shouts ..." 😢”. The emoji now
    stays after the summary's marks and the typed ones go."""
    typed = '"when daddy shouts at mummy and throws stuff" \U0001F622'
    plan = {"house_worries": Answer(typed, "")}
    text = render_text(summary_of(FLOWS["three_houses"], plan))
    assert '"when daddy shouts at mummy and throws stuff" \U0001F622 (the child\'s own words)' \
        in text
    assert '""' not in text


async def test_the_social_workers_three_houses_keeps_ts_words_and_her_change(
        bot: Bot) -> None:
    """A photo of the drawing sent by mistake, T's words in quotes with an emoji, a run-on
    sentence as a voice note would type it, who may see it changed through /review: the
    summary has each in its place, the change, and T's number."""
    await at_the_house_of_worries(bot)
    await bot.feed(photo(bot))
    assert "keep it with your own records" in shown(bot)[-2]
    run_on = ("when dad drinks the smelly drink he gets really angry and i have to go upstairs"
              " and put my headphones on and i cant sleep and i feel sick in my tummy")
    for said in ('"when daddy shouts at mummy and throws stuff" \U0001F622', run_on, "done",
                 "my cat biscuit \U0001F431", "done", "me and mummy and biscuit live somewere "
                 "quiet", "done"):
        await bot.say(said)
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons() if b["text"] == "3"))
    await bot.say("she went quiet and kept drawing over the worries house")
    await bot.say("/review")
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "Edit 3"))
    await bot.say("mum and nan, not dad")
    summary = shown(bot)[-2]
    assert "Who the child said could see it</i>: mum and nan, not dad" in summary
    assert "– “when daddy shouts at mummy and throws stuff” \U0001F622 <i>(child's words)" \
        in summary
    assert f"– “{run_on}”" in summary
    assert "<u>The child's own number</u> (Afterwards): <b>3</b> of 10" in summary


# --- the team manager's Signs of Success, and "yse" ------------------------------------------


@pytest.mark.parametrize(("typed", "meant"), [("yse", "yes"), ("Yess", "yes"),
                                              ("yes", "yes"), ("noo", "no"), ("nop", "no")])
def test_a_slip_of_the_thumb_at_a_yes_or_no_question_is_read(typed: str, meant: str) -> None:
    """The team manager typed "yse" at "Are you filling this in with the young person?" and
    was told "I haven't saved "yse". Please answer yes or no." It is read as yes."""
    chat = sent_at("success", "with_them", typed)
    assert chat.draft.answers["with_them"] == meant


@pytest.mark.parametrize("typed", ["yes she was", "ye", "yesterday", "nothing"])
def test_other_words_at_a_yes_or_no_question_are_still_asked_again(typed: str) -> None:
    chat = sent_at("success", "with_them", typed)
    assert "with_them" not in chat.draft.answers


async def test_a_slip_is_no_yes_to_are_you_sure(bot: Bot) -> None:
    """"yse" erases nothing: at "are you sure?" only what plainly says yes does."""
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await bot.say("/cancel")
    await bot.say("yse")
    assert await answers_of(bot, "KB-12") == {}
    assert "Yes" in " ".join(button_labels(bot))


async def test_the_team_managers_success_plan_in_the_terminal(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """JH, a team manager, in `sosbot chat`: "yse", /back, /review, a scale answered 11,
    -1 and "between 6 and 7" before 6, then quitting and coming back to finish."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    first = ["RB-17", "2", "yse", "JH, team manager", "/skip",
             "RB, his PA, foster carer", "/back", "RB, his PA (leaving care), foster carer",
             "RB's birth mum, not asked yet", "in 6 weeks",
             "a flat of my own and a job at the garage", "/review", "/continue"]
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end(*first)).run("success")
    said = out.getvalue()
    assert "I haven't saved \"yse\"" not in said
    assert "2. Filled in with the young person: Yes" in said
    assert "5. Who contributed: RB, his PA (leaving care), foster carer" in said
    second = ["1", "pass my level 2", "", "his PA meets him every week", "",
              "with his mates at the boxing gym", "coach at the gym", "", "money", "",
              "/skip", "none", "RB will be paying his rent on time in his own flat",
              "his PA, setting up direct debits with him by end of Jan",
              "RB to open a bank account with his PA by Fri 18 Dec", "no",
              "11", "-1", "between 6 and 7", "6",
              "he has a plan and people he trusts; a 7 would be the bank account open"]
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end(*second)).run(None)
    said = out.getvalue()
    assert said.count("The scale stops at 0 and 10") == 2
    assert "Pick the one that fits best, 6 or 7" in said
    draft = await talk.active(CONSOLE_USER)
    assert draft is not None
    answers = draft.answers
    assert answers["success_scale"] == 6
    assert str(answers["success_scale_why"]).startswith("he has a plan")
    assert answers["with_them"] == "yes"


# --- leftovers: an Edit button on an old review --------------------------------------------


async def supervision_with_an_old_review(bot: Bot) -> list[dict[str, str]]:
    """USER's supervision preparation "Sup-JB", reviewed after three answers, then two more
    given: the old review's buttons."""
    await bot.say("/new supervision")
    await bot.say("Sup-JB")
    for said in ("Thu 10 Dec, 2pm", "AB, team manager", "How do we keep JB safe at weekends?"):
        await bot.say(said)
    await bot.say("/review")
    old = bot.newest_buttons()
    await bot.say("/continue")
    await bot.say("Dad shouted at JB on Saturday and threw a plate at the wall")
    await bot.say("/skip")  # JB has not been asked
    return old


def edit_button(buttons: list[dict[str, str]], number: int) -> str:
    return next(b["callback_data"] for b in buttons if b["text"] == f"Edit {number}")


async def test_an_edit_button_on_an_old_review_opens_that_answer(bot: Bot) -> None:
    """The team manager scrolled up to the review she had asked for earlier and tapped Edit
    2 to put her full role in. She was told "That button is from an earlier question, so
    nothing was changed". It opens answer 2, and after it she is back where she was."""
    old = await supervision_with_an_old_review(bot)
    await bot.tap(edit_button(old, 2))
    assert "Current answer: <i>AB, team manager</i>" in shown(bot)[-1]
    await bot.say("AB, team manager, south locality")
    assert "Question 6 of 21" in shown(bot)[-1]  # what the child shows: where she was
    answers = await answers_of(bot, "Sup-JB")
    assert answers["author"] == "AB, team manager, south locality"
    assert answers["worries"] == "Dad shouted at JB on Saturday and threw a plate at the wall"


async def test_an_old_edit_button_for_an_answer_left_out_since_says_so(bot: Bot) -> None:
    """What the child shows is asked only while the child's own words are not given: its
    Edit button, pressed after the child's words were added, changes nothing and says why."""
    await supervision_with_an_old_review(bot)
    await bot.say("JB kept his coat on and looked at the door")
    await bot.say("/review")
    old = bot.newest_buttons()
    await bot.tap(edit_button(old, 5))  # the child's own words, skipped
    await bot.say("I don't like weekends")
    await bot.tap(edit_button(old, 6))  # what the child shows: no longer asked
    assert "no longer part of this draft" in shown(bot)[-1]
    answers = await answers_of(bot, "Sup-JB")
    assert answers["child_words"] == "I don't like weekends"


async def test_an_edit_button_of_another_draft_is_still_refused(bot: Bot) -> None:
    old = await supervision_with_an_old_review(bot)
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await bot.tap(edit_button(old, 2))
    assert bot.toasts()[-1] == STALE_TOAST


# --- leftovers: "/cancel sup" with two drafts it could mean ------------------------------------


async def test_cancel_naming_two_drafts_offers_each_to_discard(bot: Bot) -> None:
    """"/cancel sup", with "Sup-JB" and "Sup-KT", asked "Which one?" under "Continue Sup-JB"
    and "Continue Sup-KT": tapping one opened it, and nothing was discarded. Each is now
    offered to discard, and the tap asks "are you sure?" about that one."""
    await two_workers_cases(bot)
    await bot.say("/cancel sup")
    assert "Which one do you want to discard?" in shown(bot)[-1]
    assert button_labels(bot) == ["Discard Sup-JB (Group supervision preparation)",
                                  "Discard Sup-KT (Group supervision preparation)"]
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if "Sup-KT" in b["text"]))
    assert 'Discard the draft "Sup-KT"' in shown(bot)[-1]
    await bot.tap(button(bot, "y:"))
    assert await labels_kept(bot) == ["Sup-JB"]
    assert await open_label(bot) == "Sup-JB"


async def test_a_discard_choice_for_a_draft_gone_since_discards_nothing_else(bot: Bot) -> None:
    """Tapped again after that draft was discarded, the choice asks about no other draft
    (the open one) in its place."""
    await two_workers_cases(bot)
    await bot.say("/cancel sup")
    discard_kt = next(b["callback_data"] for b in bot.newest_buttons() if "Sup-KT" in b["text"])
    await bot.tap(discard_kt)
    await bot.tap(button(bot, "y:"))
    await bot.tap(discard_kt)
    assert "no longer kept, so there is nothing to discard" in shown(bot)[-1]
    assert not any(label.startswith("Yes") for label in button_labels(bot))
    assert await labels_kept(bot) == ["Sup-JB"]


async def test_resume_naming_two_drafts_still_offers_to_continue(bot: Bot) -> None:
    await two_workers_cases(bot)
    await bot.say("/resume sup")
    assert button_labels(bot)[0].startswith("Continue Sup-JB")


async def test_the_terminals_cancel_naming_two_drafts_offers_each_to_discard(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    for label in ("Sup-JB", "Sup-KT"):
        await Console(talk, out=io.StringIO(), read=typed_then_end(label, "Thu 2pm")).run(
            "supervision")
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("1", "/cancel sup", "1", "yes")).run(None)
    which = out.getvalue().rsplit("Which one do you want to discard?", 1)[1]
    assert '1) Discard "Sup-KT"' in which
    assert "Continue" not in which
    assert [d.label for d in await talk.drafts(CONSOLE_USER)] == ["Sup-JB"]


# --- leftovers: "sorry lunch duty" again, hours later ------------------------------------------


async def at_what_the_adult_does(bot: Bot) -> None:
    """USER's Harm Matrix "JB-14", at "What does the adult do, or fail to do?"."""
    await bot.say("/new harm_matrix")
    await bot.say("JB-14")
    for said in ("AK, designated safeguarding lead at the high school",
                 "JB (14), mum, the attendance officer, her form tutor"):
        await bot.say(said)
    assert "What does the adult do" in shown(bot)[-1]


async def test_a_note_of_having_to_stop_sent_again_hours_later_is_a_note_again(
        bot: Bot) -> None:
    """The designated safeguarding lead typed "sorry lunch duty" at the question and it was
    kept back; the next day, at the same question, lunch duty came round again and she typed
    it again. It was saved as what the adult does ("sent again, it is the answer"), and the
    danger statement read "... are worried that sorry lunch duty". Sent again so long after,
    it is a note again; sent again straight away, it is still the answer."""
    await at_what_the_adult_does(bot)
    await bot.say("sorry lunch duty")
    age_drafts_of(bot.db, USER, 1)  # the next day
    await bot.say("sorry lunch duty")
    assert "reads as a note that you have to stop" in shown(bot)[-2]
    assert "danger_behaviour_1" not in await answers_of(bot, "JB-14")
    await bot.say("sorry lunch duty")  # straight after: insisted on
    assert (await answers_of(bot, "JB-14"))["danger_behaviour_1"] == "sorry lunch duty"


# --- the team manager's services' numbers -------------------------------------------------------


@pytest.mark.parametrize(("typed", "printed"), [
    ("idk", "Each service's number (not known yet)"), ("n/a", None), ("none", None)])
def test_no_services_numbers_is_not_printed_as_someones_number(
        typed: str, printed: str | None) -> None:
    """Asked each service's number, the team manager typed "idk" (the college had not been
    asked). The summary's "Each person's number" listed "idk" beside "The young person: 6",
    as if a service of that name had given none; "n/a" and "none" too."""
    plan = {"success_scale": Answer("6"), "success_scale_others": Answer(typed, "")}
    text = render_text(summary_of(FLOWS["success"], plan))
    numbers = text.split("Each person's number:")[1].split("\n\n")[0]
    lines = [line.strip() for line in numbers.strip().splitlines()]
    assert typed not in lines
    assert (printed in lines) if printed else len(lines) == 2  # the young person, the carer


def test_services_numbers_are_printed_as_before() -> None:
    plan = {"success_scale": Answer("6"),
            "success_scale_others": Answer("college: 6, attendance 92%", "")}
    text = render_text(summary_of(FLOWS["success"], plan))
    assert "college: 6 (attendance 92%)" in text


# --- a note that the child said nothing, where the child's words are kept --------------------


@pytest.mark.parametrize("typed", ["LM didn't say anything to me", "he wouldnt talk to us",
                                   "Nothing said to me", "n/a", "nothing", "no",
                                   "not spoken to him yet", "she hasn't said much"])
@pytest.mark.parametrize(("flow_id", "step_id"), [("contribution", "child_said"),
                                                  ("supervision", "child_words")])
def test_a_note_that_the_child_said_nothing_is_asked_about(
        flow_id: str, step_id: str, typed: str) -> None:
    """Asked "Has the child said anything to you about home?", the officer typed "LM didn't
    say anything to me". It was kept as LM's own words, and the social worker's summary
    read: What the child has said: “LM didn't say anything to me” (child's words). It is
    asked about once, and /skip leaves it out."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    assert "reads as your note that the child has not said anything" in first_nudge(chat)
    chat.command("skip")
    assert chat.draft.answers.get(step_id) is None


def test_a_note_that_the_child_said_nothing_kept_is_kept() -> None:
    asked_once_then_kept(FLOWS["contribution"], "child_said", "no", "reads as your note")


@pytest.mark.parametrize("typed", ["I didn't say anything", "Mum didn't say anything to me",
                                   "daddy never says sorry", "nothing worries me",
                                   "no one listens to me"])
def test_the_childs_own_words_are_kept_as_before(typed: str) -> None:
    chat = sent_at("contribution", "child_said", typed)
    assert chat.draft.answers["child_said"] == typed


def test_a_young_persons_nothing_where_words_are_needed_is_kept() -> None:
    """Signs of Success needs the young person's own words: "nothing" may be theirs."""
    chat = sent_at("success", "vision", "nothing")
    assert "reads as your note" not in " ".join(getattr(r, "text", "") for r in chat.replies)


async def test_the_officers_note_that_lm_said_nothing_is_left_out_with_one_tap(
        bot: Bot) -> None:
    await the_officer_opens_the_link(bot)
    for said in ("PC 4471, neighbourhood policing team", f"{CUT_OFF} a cut to his hand",
                 "mum rang us herself this time", "Dad to stay away from the flat while on "
                 "bail; I will send the bail conditions by Fri 11 Dec",
                 "3/10 - dad on bail but seen outside twice", "LM didn't say anything to me"):
        await bot.say(said, user=PC)
    assert button_labels(bot) == ["Leave it out", "Keep it as their words"]
    await bot.tap(button(bot, "c:"), user=PC)
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"].startswith("Send")), user=PC)
    await bot.say("/summary")
    assert "LM didn't say anything" not in shown(bot)[-1]
    assert "child's words" not in shown(bot)[-1]


async def test_an_old_edit_button_after_the_contribution_is_sent_changes_nothing(
        bot: Bot) -> None:
    """An Edit button of a review the officer asked for before sending opens nothing once
    the contribution is sent and locked."""
    await the_officer_opens_the_link(bot)
    for said in ("PC 4471, neighbourhood policing team", f"{CUT_OFF} a cut", "/review"):
        await bot.say(said, user=PC)
    old = bot.newest_buttons()
    for said in ("mum rang us herself this time", "Dad to stay away from the flat; I will send "
                 "the bail conditions by Fri 11 Dec", "3/10 - dad seen outside twice", "/skip"):
        await bot.say(said, user=PC)
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"].startswith("Send")), user=PC)
    await bot.tap(edit_button(old, 3), user=PC)
    await bot.say("changed after sending", user=PC)
    assert "sent, so it can't be changed" in said_to(bot, PC)[-1]
    await bot.say("/summary")
    assert "changed after sending" not in shown(bot)[-1]


@pytest.mark.parametrize(("flow_id", "step_id", "answer"), [
    ("three_houses", "house_worries", Answer("n/a", "")),
    ("contribution", "child_said", Answer("n/a", "/keep")),
    ("supervision", "child_words", Answer("-", "/keep"))])
def test_n_a_where_the_childs_words_are_kept_is_not_quoted_as_theirs(
        flow_id: str, step_id: str, answer: Answer) -> None:
    """"n/a" as the house of worries' whole answer was printed as the child's: - "n/a" (the
    child's own words)."""
    text = render_text(summary_of(FLOWS[flow_id], {step_id: answer}))
    assert '"n/a"' not in text
    assert '"-"' not in text
    assert ": does not apply" in text or ": none" in text
