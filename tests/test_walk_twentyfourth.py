"""The twenty-fourth walk: a youth offending worker mapping a 16-year-old exploited outside
the family, a midwife reflecting before a pre-birth referral, a family support worker typing a
7-year-old's three houses in quotes, a school nurse and a school's safeguarding lead who
answers "n/a", "see above" and "same" contributing through invite links, a team manager
reading three partners' contributions, a social worker who dictates with a screen reader, a
worker pasting case notes into the Harm Matrix, a foster carer's supervising social worker in
Signs of Success, a worker who switches drafts and comes back days later, and someone trying
/help, /back, /done and /review at odd moments. Each test failed on the code as it was."""

from __future__ import annotations

from html import unescape

import pytest
from builders import EngineChat

from flows.loader import load_flows
from flows.render import suggest
from flows.replies import Nudge
from flows.walk import walk
from tests.test_telegram_handlers import USER, Bot, bot, texts_to
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


def nudges(chat: EngineChat) -> list[Nudge]:
    return [r for r in chat.replies if isinstance(r, Nudge)]


@pytest.mark.parametrize("unsure", ["don't know", "not sure", "dunno", "not asked yet"])
def test_not_knowing_a_persons_number_is_not_pointed_back_to_the_answer_before(
        unsure: str) -> None:
    """Asked for the young person's number in a contextual mapping, a youth offending worker
    typed "don't know" and got 429 characters back: /skip leaves it out, and then how to take
    "don't know" back to her reason for the number before, and send the whole reason again
    with it. "Don't know" is plainly about the number asked."""
    chat = reach(FLOWS["contextual"], "safety_scale_young_person")
    chat.send(unsure)
    assert chat.asked == "safety_scale_young_person"
    (said,) = chat.notices("problem")
    assert "/skip" in said
    assert "/back" not in said


@pytest.mark.parametrize("between", ["2 or 3", "6/7", "between 4 and 5"])
def test_two_numbers_side_by_side_are_not_pointed_back_to_the_answer_before(
        between: str) -> None:
    """A midwife wrote "2 or 3" while a reminder held her next step; she tapped "It's for the
    next question" and was told to pick 2 or 3, then that if the line belonged with her next
    step, /back went back to it: the very thing she had just said it was not."""
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send(between)
    (said,) = chat.notices("problem")
    assert "Pick the one that fits best" in said
    assert "/back" not in said


def test_a_line_for_the_answer_before_still_offers_the_way_back() -> None:
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send("and dad was there too")
    # (offered since the fifty-first walk: /back adds it there, tests/test_walk_fiftyfirst)
    assert any("/back" in getattr(said, "text", "") for said in chat.replies)


@pytest.mark.parametrize(("flow_id", "step_id", "pointer"), [
    ("mapping", "strengths", "see above"),
    ("mapping", "trusted_adults", "same"),
    ("contextual", "online_strengths", "Same as above."),
    ("contribution", "needs_to_happen", "ditto"),
    ("contribution", "working_well", "as above")])
def test_an_answer_that_only_points_elsewhere_is_asked_about_once(
        flow_id: str, step_id: str, pointer: str) -> None:
    """A school's safeguarding lead answered a colleague's invite with "n/a", "see above" and
    "same". In the lead's summary her "see above" sat under "What's working well?" below the
    school nurse's answer, and "same" under "What needs to happen?", pointing at nothing of
    hers. Answers are sorted into columns there, so what is "above" is someone else's."""
    chat = reach(FLOWS[flow_id], step_id)
    chat.send(pointer)
    (nudge,) = nudges(chat)
    assert f'"{pointer}"' in nudge.text
    assert "summary" in nudge.text
    chat.command("keep")  # kept, it is saved as typed, and not asked about again
    assert pointer in str(chat.draft.answers[step_id])


@pytest.mark.parametrize(("flow_id", "step_id", "answer"), [
    ("mapping", "strengths", "same school all year, good attendance"),
    ("contribution", "needs_to_happen", "see above for the dates she missed"),
    ("three_houses", "house_good", "same")])
def test_an_answer_that_says_more_or_is_a_childs_own_word_is_not_asked_about(
        flow_id: str, step_id: str, answer: str) -> None:
    chat = reach(FLOWS[flow_id], step_id)
    chat.send(answer)
    assert not nudges(chat)


def test_same_as_before_back_at_an_answer_still_keeps_it() -> None:
    chat = reach(FLOWS["mapping"], "plan_working")
    chat.send("T tells her teacher each Monday how the weekend went")
    chat.command("back")
    chat.send("same as before")
    assert not nudges(chat)
    assert chat.draft.answers["plan_working"] == \
        "T tells her teacher each Monday how the weekend went"


def test_every_framed_quote_in_a_childs_list_is_asked_about() -> None:
    """A family support worker typed a 7-year-old's worries in quotes. "he said "daddy hurt
    mummys arm" and pointed to his own arm" was asked about and kept; then "she said she likes
    school "becuase of my frend Jo"" went in without a word, and the summary printed "she said
    she likes school" inside the child's quotation marks, as the child's own words."""
    chat = reach(FLOWS["three_houses"], "house_worries")
    chat.send('he said "daddy hurt mummys arm" and pointed to his own arm')
    assert nudges(chat)
    chat.command("keep")
    chat.send('she said she likes school "becuase of my frend Jo"')
    (nudge,) = nudges(chat)
    assert "she said she likes school" in nudge.text


def test_the_same_framed_quote_is_not_asked_about_twice() -> None:
    chat = reach(FLOWS["three_houses"], "house_worries")
    chat.send('she said "i get scard when the door bangs"')
    chat.command("keep")
    chat.send('"when dad shouts i hide under my bed"')
    assert not nudges(chat)


async def test_help_before_any_draft_says_how_to_begin(bot: Bot) -> None:
    """After /start a newcomer typed /help and was told only "You have no draft open. /new
    starts one, /resume picks up an earlier one.", nothing of what the bot does or how to
    answer."""
    await bot.say("/start")
    await bot.say("/help")
    said = unescape(texts_to(bot, USER)[-1])
    assert "no draft open" not in said
    assert "/new" in said
    assert "/help" in said
    assert "/back" in said


async def test_other_commands_before_any_draft_still_say_there_is_none(bot: Bot) -> None:
    await bot.say("/start")
    await bot.say("/review")
    assert "no draft open" in unescape(texts_to(bot, USER)[-1])


@pytest.mark.parametrize(("step_id", "said", "tidied"), [
    ("author", "CW social worker comma long term team", "CW social worker, long term team"),
    ("meeting_date", "Tuesday 8 December full stop", "Tuesday 8 December.")])
def test_dictated_punctuation_in_the_record_is_offered_as_marks(
        step_id: str, said: str, tidied: str) -> None:
    """A social worker who uses a screen reader and dictates said "CW social worker comma long
    term team" for who is writing. The record at the top of her conference mapping, where a
    chair reads first, printed "comma"; the same words at any later question were offered
    with the mark."""
    chat = reach(FLOWS["mapping"], step_id)
    chat.send(said)
    (nudge,) = nudges(chat)
    assert tidied in nudge.text
    chat.command("accept")
    assert chat.draft.answers[step_id] == tidied


def test_a_long_line_sent_while_asked_where_a_line_goes_is_quoted_short() -> None:
    """Dictating a long visit note while the bot asked where her line before went, a social
    worker using a screen reader heard all 380 characters of it read back to her before the
    question again. It is now kept to go on once she chooses, and said to be kept, not read
    back."""
    chat = reach(FLOWS["mapping"], "worst_harm")
    chat.send("DV at the house last week")
    chat.send("in six weeks time")
    assert any("Is that your new answer" in n.text for n in nudges(chat))
    note = ("when I visited on Monday the house had no food in the fridge and the baby was in "
            "a nappy that had leaked through to her clothes and the older child told me she "
            "had made her own breakfast because mum was asleep on the sofa")
    before = len(chat.replies)
    chat.send(note)  # held now, to go on once she chooses (thirty-seventh pass), not refused
    said = [reply.text for reply in chat.replies[before:]]
    assert said
    assert not any(note in text or note[:40] in text for text in said)
    assert "one more line after it, kept too" in said[-1]
    assert all(len(text) < 400 for text in said)


@pytest.mark.parametrize("menu", ["/start", "/drafts", "/new"])
async def test_a_line_typed_after_the_menu_is_not_saved_under_a_question_off_screen(
        bot: Bot, menu: str) -> None:
    """Back after a month, a social worker sent /start, saw the welcome and her drafts, and
    typed "hi": it was saved as her answer to a question no longer on the screen (the next
    review of her mapping). The question is shown again, and nothing is saved."""
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await bot.tap(bot.buttons()[0])  # School or college
    await bot.say(menu)
    await bot.say("hi")
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert "what_happened" not in draft.answers
    said = unescape("\n".join(texts_to(bot, USER)[-2:]))
    assert "What have you seen, heard or been told" in said
    await bot.say("Saw a bruise on her arm this morning")
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.answers["what_happened"] == "Saw a bruise on her arm this morning"


@pytest.mark.parametrize(("flow_id", "behaviour", "reads"), [
    ("contextual", "the older lads who pick him up from the chicken shop and give him drugs to "
     "carry to Thornton", "worried about the older lads who pick him up from the chicken shop"),
    ("contextual", "older lads picking him up outside the chicken shop",
     "worried about older lads picking him up outside the chicken shop."),
    ("mapping", "a man in his 30s giving her alcohol and lifts",
     "worried about a man in his 30s giving her alcohol and lifts."),
    ("contextual", "the older lads are picking him up", "worried that the older lads are"),
    ("contextual", "Older men give him drugs to sell", "worried that older men give him"),
    ("mapping", "dad hitting mum", "worried that dad is hitting mum.")])
def test_the_people_who_harm_named_with_what_they_do_draft_a_whole_sentence(
        flow_id: str, behaviour: str, reads: str) -> None:
    """Asked what other people are doing to the young person, a youth offending worker wrote
    "the older lads who pick him up from the chicken shop and give him drugs to carry to
    Thornton". The drafted danger statement read "I, the police missing team and the school
    are worried that the older lads who pick him up ... to Thornton.", with no verb of its
    own after "that"."""
    flow = FLOWS[flow_id]
    answers = {"harm_happened": "no", "harm_outside": "JD carries drugs for older lads",
               "danger_who_1": "me, the police and the school",
               "danger_behaviour_1": behaviour, "danger_impact_1": "JD could be stabbed"}
    said = suggest(flow, flow.step("danger_statement_1"), walk(flow, answers))
    assert said is not None
    assert reads in said
