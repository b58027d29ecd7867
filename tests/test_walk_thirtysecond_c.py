"""The thirty-second walk (c): an experienced social worker completes whole tools with good
answers, typed as on a phone but well (who, what, when, the child's words, dated next
steps): the safety mapping with its danger statement, safety goal, next steps and every
scale; Signs of Wellbeing; and the contextual mapping. On the console driver in-process,
and the mapping again on the real Telegram Application. What she would notice is measured:
every time the bot asks about her wording on a good answer, and whether the final summary
reads right pasted into a conference report. Each test of a defect failed on the code as it
was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import io

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.draft import Draft
from flows.nudges import nudger
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import USER, Bot, bot, button
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import FLOWS
from tests.test_walk_twentyninth import shown

__all__ = ["bot"]  # the fixture

# What a good answer should never bring: a refusal ("! ..."), a reminder to keep or change,
# a held answer's "send the rest", the question of which question a line is for.
ASKED_ABOUT = ("! ", "Type your answer again to change it", "Type your answer to it instead",
               "Send the rest",
               "/replace", "so it was kept as it is", "I haven't saved",
               "Here I can keep only the number")


def asked_about_wording(said: str) -> list[str]:
    """The lines of what the bot said that ask about the wording of an answer."""
    return [line for line in said.splitlines() if any(mark in line for mark in ASKED_ABOUT)]


# --- the answers (after the label, which at_the_terminal types) -------------------------------

MAPPING = [
    "1", "thurs 17 dec 2pm", "JS, social worker, Northside children's team",
    "Mum (S), AB (9) through three houses, class teacher, school nurse, police domestic "
    "abuse officer, maternal nan",
    "Mum's partner R has not met us yet; the GP has not replied to our letter of 1 Dec",
    "core group on 12 jan",
    "when R shouts I hide under my bed with my headphones on",
    "I don't like it when mummy cries in the kitchen", "done",
    "nan does my hair on saturdays", "my dog biscuit sleeps on my bed", "done",
    "I want R to stop shouting at mummy", "done",
    "JS social worker, at school on 3 Dec, with three houses; AB chose to draw the good "
    "house first",
    "yes",
    "On 28 Nov R pushed mum into the kitchen door while AB (9) watched from the stairs. "
    "Mum's lip was cut and AB ran to nan's next door in her pyjamas at 11pm.",
    "On 2 Dec R shouted and threw a mug at the wall while AB was eating her tea; she hid "
    "under her bed and would not come out until he left.",
    "Police have been called 4 times since June, 2 of them in Nov, so it is getting worse. "
    "School says AB is tired and quiet after weekends.",
    "AB is not sleeping, has missed 6 days of school since Oct and told her teacher on 3 Dec "
    "\"I keep my shoes on in bed in case we have to run to nan's\".",
    "The social worker, the school, the police and AB's nan",
    "R pushes and hits mum and throws things, often late at night after drinking, while AB "
    "is in the house",
    "AB could be hurt if she gets in the way or tries to protect mum, and she will keep being "
    "too scared to sleep and go to school",
    "/accept",
    "Mum agrees R shouts when he has been drinking but says \"he has never touched AB\". R "
    "has not given his view yet.",
    "R will leave the house and go to his brother's whenever he starts to feel angry, will "
    "not drink at home, and will go to the behaviour change group every Tuesday",
    "AB will go to sleep knowing the house will be calm and that mum is safe",
    "six months, including Christmas and the school holidays",
    "/accept",
    "3",
    "3 not 2 because R has stayed at his brother's twice this month when he felt angry and "
    "mum rang nan both times. A 4 would be R starting the group and no police call-outs for "
    "a month",
    "Mum: 6, R is staying away more", "Police: 2, two call-outs in Nov",
    "School: 3, AB is tired and quiet on Mondays", "done",
    "no",
    "Mum and R are in rent arrears and got a notice to quit from the housing association on "
    "20 Nov",
    "Mum has no family nearby except nan, and does not drive", "done",
    "Nan lives next door and AB goes to her every day after school; nan says AB is happy and "
    "eats well there",
    "Mum walks AB to school every morning; attendance was 97% before Oct",
    "AB goes to Brownies every Thursday and her leader says she is chatty and settled", "done",
    "On 28 Nov mum told AB to go to nan's and rang the police herself; nan kept AB overnight",
    "Twice in Nov R left and stayed at his brother's when he felt himself getting angry; his "
    "brother confirmed both times",
    "done",
    "Nan (knows the danger statement): AB goes to her whenever R has been drinking; she rings "
    "the social worker the next morning",
    "Class teacher: checks in with AB every Monday morning and rings the social worker the "
    "same day if AB is tired or upset",
    "done",
    "AB tells her teacher each Monday how the weekend was; nan sees mum every Wednesday; "
    "police share any call-out with the social worker the same day. Nan will notice first if "
    "it isn't working.",
    "JS social worker will meet R by fri 11 dec to talk about the behaviour change group and "
    "where he will stay",
    "Mum will ring Women's Aid to book a first appointment by mon 14 dec",
    "School nurse to see AB about her sleep by fri 18 dec",
    "done",
    "R tells us himself about a time he felt angry and what he did instead",
    "We don't know whether R still has a key to the flat",
    "Mum and nan disagree about how often R drinks", "done",
    "3",
    "3 not 2 because mum rang the police herself on 28 Nov and nan is next door for AB. A 4 "
    "would be a month with no police call-outs and R in the group",
    "6",
    "/skip",
    "5 on her faces scale",
    "School: 4, AB is settled in class but tired on Mondays", "Police: 2, two call-outs in Nov",
    "done",
]

WELLBEING = [
    "yes", "school, school nurse, health visitor and the family hub",
    "Mum (L), KM (6), baby brother J (8 months); maternal gran G visits most weekends",
    "DP, family support worker, Eastside family hub",
    # written out since the forty-second pass asks a meeting's short form at its date (set Y)
    "Team around the family (TAF) meeting weds 16 dec 10am at school",
    "Mum, KM, class teacher, school nurse. Health visitor has not replied yet",
    "TAF review in 6 weeks, early Feb",
    "my tummy hurts in the mornings", "I'm hungry at school", "done",
    "gran makes pancakes on sundays", "my teacher lets me feed the fish", "done",
    "I want to get to school on time so I can do the register job", "done",
    "DP family support worker, at home on 7 dec with three houses, mum in the next room",
    "The class teacher and the school nurse",
    "KM has been late 14 times since Sept and often arrives without breakfast; she has said "
    "she is hungry most mornings",
    "KM could fall behind with her reading, feel left out of her class and go hungry most of "
    "the school day",
    "/accept",
    "Mum agrees mornings are hard since the baby came and says \"I'm up all night with him, I "
    "can't get her out the door\"",
    "Mum will have KM up, dressed and fed by 8.15 and walk her into school by 8.45 every day",
    "KM will have breakfast at home and get to school in time to do the register job",
    "a full half term",
    "/accept",
    "no",
    "KM needs breakfast before school most days",
    "KM needs her eyes tested, she squints at the board", "done",
    "Mum is on her own with a baby who wakes 3 or 4 times a night",
    "They moved flat in Oct and are further from school", "done",
    "Mum reads with KM most nights and her reading record is signed",
    "Gran takes both children on Saturdays so mum can sleep", "done",
    "When KM was in nursery mum asked gran to do the school run 2 days a week and she was on "
    "time every day",
    "DP will refer mum to the breakfast club by fri 11 dec",
    "Mum will book KM's eye test at the optician by fri 18 dec",
    "Health visitor to see mum about J's sleep by weds 16 dec",
    "done",
    "5",
    "5 not 4 because mum is open about mornings and gran helps at weekends. A 6 would be KM "
    "on time 4 days out of 5 for two weeks",
    "6", "/skip", "4 on the faces",
    "School: 4, KM is late most days", "Health visitor: 6, J is thriving", "done",
]

CONTEXTUAL = [
    "RM, youth worker, detached team", "strat meeting tues 15 dec 10am",
    # (a short form in who contributed, as in whose views are missing, is asked to be written
    # out now, as anywhere: "school DSL", "CAMHS nurse" were)
    "TJ, mum, school safeguarding lead, youth team, police missing person coordinator",
    "Dad, as he hasn't replied to our texts; the mental health nurse has not seen TJ yet",
    "4 weeks, 12 jan",
    "Since Sept TJ has been hanging round the park on Elm Rd with older lads (17 or 18). They "
    "give him vapes and food from the chicken shop, and on 14 Nov police found him in a car in "
    "another town at 2am",
    'He told me on 3 Dec "theyre my boys they look after me" and went quiet when I asked '
    "about the car",
    "TJ has ADHD and was excluded from his last school in Year 9, so he has a lot of time in "
    "the day",
    "He has no money of his own and wants trainers like the older lads", "done",
    "He is funny and kind to his little brother and loves football",
    "He wants to be a mechanic", "done",
    "Mum works nights and TJ is on his own from 7pm most weekdays", "done",
    "Mum reported TJ missing on 14 Nov within an hour of his curfew and gave police his "
    "friends' names",
    "Mum took TJ's phone at night for a week in Nov after he came home at 3am", "done",
    "Two older lads pick him up in a silver car after school on Fridays", "done",
    "His mate from football, JB, whose mum drives them to training on Tuesdays", "done",
    "He has missed 11 days of school since Oct, mostly Mondays", "done",
    "His head of year, Mr S, who he goes to at break", "done",
    "The park on Elm Rd after dark, where the older lads meet",
    "The chicken shop on the high street, where they buy him food", "done",
    "The youth club on Weds evenings", "done",
    "He gets Snapchat messages late at night from numbers mum doesn't know", "done",
    "/skip",
    "Mum, the school, the police and the youth team",
    "Older lads are giving TJ vapes and food and driving him to other towns at night",
    "TJ could be made to carry drugs, be hurt or threatened, or go missing for longer",
    "/accept",
    "Police and the youth team will patrol the park on Elm Rd on Fri and Sat evenings and "
    "disrupt the older lads meeting there",
    "Mum will be home or have an adult with TJ after 7pm, and TJ will come to the youth club "
    "on Weds",
    "TJ will feel safe in his area and will have things to do in the evenings that he enjoys",
    "6 months",
    "/accept",
    "no",
    "Youth worker RM: meets TJ every Weds at the youth club and tells the social worker the "
    "same day if he's missing",
    "Mum: rings police if TJ isn't home by 9pm", "done",
    "TJ comes home by 9pm and is in school 4 days a week; mum will notice first and ring "
    "police",
    "RM youth worker will refer TJ to the football project by fri 11 dec",
    "Police missing person coordinator will do a return home interview with TJ by mon 14 dec",
    "School safeguarding lead to set up a part-time timetable with TJ by fri 18 dec",
    "done",
    "3",
    "3 because TJ still goes to the park with the lads, but mum reports him missing quickly. "
    "A 4 would be no missing episodes for a month",
    "he pointed to 6 on the ladder", "4",
    "Police: 2, he was found in another town on 14 Nov", "School: 3, he misses most Mondays",
    "done",
]


async def finished_at_the_terminal(store: Store, flow_id: str, *typed: str
                                   ) -> tuple[str, Draft]:
    """The whole tool typed into `sosbot chat` (its label first): what it showed, and the
    finished draft."""
    talk = Conversation(store, FLOWS, surface="terminal", nudger=nudger())
    screen = io.StringIO()
    await Console(talk, out=screen, read=typed_then_end("AB-7", *typed)).run(flow_id)
    (done,) = await talk.drafts(CONSOLE_USER, "completed")
    draft = await talk.load(CONSOLE_USER, done.id)
    assert draft is not None
    return screen.getvalue(), draft


def summary_of(said: str) -> str:
    """The final summary as the terminal printed it (to be pasted into a report)."""
    start = said.rindex("Finished, ")
    return said[start:said.index("That's the end of this tool", start)]


def section(summary: str, heading: str, after: str) -> str:
    return summary.split(heading)[1].split(after)[0]


# --- the whole tools at the terminal ----------------------------------------------------------


async def test_the_safety_mapping_with_good_answers_is_never_asked_about_its_wording(
        store: Store) -> None:
    """The whole mapping answered well. The child's number, given as the question asks for
    it ("5 on her faces scale"), was refused: "Here I can keep only the number, so your
    words were not saved. Send 5 if that's right.", one more message for an answer that
    was fine. Nothing is asked about now, and the summary reads as a report should."""
    said, draft = await finished_at_the_terminal(store, "mapping", *MAPPING)
    assert asked_about_wording(said) == []
    assert draft.answers["safety_scale_child"] == 5
    summary = summary_of(said)
    worried = section(summary, "WHAT ARE WE WORRIED ABOUT?", "WHAT'S WORKING WELL?")
    well = section(summary, "WHAT'S WORKING WELL?", "WHAT NEEDS TO HAPPEN?")
    needs = section(summary, "WHAT NEEDS TO HAPPEN?", "WORRY 1")
    worry = section(summary, "WORRY 1", "OTHER DETAILS")
    assert '"when R shouts I hide under my bed with my headphones on" (the child\'s own ' \
        "words)" in worried
    assert '"nan does my hair on saturdays"' in well
    assert '"I want R to stop shouting at mummy"' in needs
    assert "Twice in Nov R left and stayed at his brother's" in well
    assert "JS social worker will meet R by fri 11 dec" in needs
    assert "The social worker, the school, the police and AB's nan are worried that R pushes" \
        in worry
    assert "R will leave the house and go to his brother's" in worry
    assert "Mum: 6 (R is staying away more)" in worry
    scaling = summary.split("SCALING")[1]
    for line in ("Parent or carer the child lives with: 6", "The child: 5",
                 "School: 4 (AB is settled in class but tired on Mondays)",
                 "Police: 2 (two call-outs in Nov)"):
        assert line in scaling
    for text in (*MAPPING,):
        if len(text) > 30:
            assert summary.count(text.strip('"')) <= 1, text  # nothing doubled
    assert summary.count("I keep my shoes on in bed") == 1
    assert "faces scale" not in summary


async def test_signs_of_wellbeing_with_good_answers_is_never_asked_about_its_wording(
        store: Store) -> None:
    """The whole of Signs of Wellbeing answered well. What KM (6) needs, written as the
    question asks ("KM needs breakfast before school most days"), was answered ""KM needs
    breakfast ..." says what the services did, but not yet what it meant for the child", one
    more message (and a /keep) for the need itself. Nothing is asked about now."""
    said, draft = await finished_at_the_terminal(store, "wellbeing", *WELLBEING)
    assert asked_about_wording(said) == []
    assert draft.answers["wellbeing_scale_child"] == 4
    assert draft.answers["unmet_needs"] == ["KM needs breakfast before school most days",
                                            "KM needs her eyes tested, she squints at the board"]
    summary = summary_of(said)
    worry = summary.split("WORRY 1")[1].split("SCALING")[0]
    assert "The class teacher and the school nurse are worried that KM has been late" in worry
    assert "Mum will have KM up, dressed and fed by 8.15" in worry
    helps = section(summary, "WHAT WOULD HELP?", "WORRY 1")
    assert "DP will refer mum to the breakfast club by fri 11 dec" in helps
    assert '"I want to get to school on time so I can do the register job"' in helps
    scaling = summary.split("SCALING")[1]
    assert "The child: 4" in scaling
    assert "Health visitor: 6 (J is thriving)" in scaling


async def test_the_contextual_mapping_with_good_answers_is_never_asked_about_its_wording(
        store: Store) -> None:
    said, draft = await finished_at_the_terminal(store, "contextual", *CONTEXTUAL)
    assert asked_about_wording(said) == []
    assert draft.answers["safety_scale_young_person"] == 6
    summary = summary_of(said)
    assert summary.count("theyre my boys they look after me") == 1
    worry = summary.split("WORRY 1")[1].split("SCALING")[0]
    assert "Mum, the school, the police and the youth team are worried that older lads" \
        in worry
    assert "Police and the youth team will patrol the park" in worry
    scaling = summary.split("SCALING")[1]
    assert "The young person: 6" in scaling
    assert "Parent or carer: 4" in scaling


# --- the mapping on Telegram ------------------------------------------------------------------


async def test_the_safety_mapping_on_telegram_is_never_asked_about_its_wording(
        bot: Bot) -> None:
    await bot.say("/new mapping")
    await bot.say("AB-7")
    before = len(shown(bot))
    for typed in MAPPING:
        if typed == "1":  # the meeting: a child protection conference, tapped
            await bot.tap(button(bot, "a:"))
        else:
            await bot.say(typed)
    said = shown(bot)[before:]
    assert [text for text in said if text.startswith(("I haven't saved", "Here I can keep"))] \
        == []
    keeps = [b["text"] for params in bot.request.sent()
             if (markup := params.get("reply_markup"))
             for row in (markup.to_dict() if hasattr(markup, "to_dict") else markup).get(
                 "inline_keyboard", [])
             for b in row if str(b.get("text", "")).startswith("Keep it")]
    assert keeps == []
    (done,) = await bot.conversation.drafts(USER, "completed")
    draft = await bot.conversation.load(USER, done.id)
    assert draft is not None
    answers = draft.answers
    assert answers["safety_scale_child"] == 5
    assert answers["safety_scale_parent_1"] == 6
    assert answers["safety_scale"] == 3
    assert len(answers["next_steps"]) == 3  # type: ignore[arg-type]
    assert any("Finished" in text for text in said)


# --- the child's number: how it was given is taken, a scale of another size is not ----------


@pytest.mark.parametrize(("flow_id", "step_id"), [
    ("mapping", "safety_scale_child"), ("wellbeing", "wellbeing_scale_child"),
    ("contextual", "safety_scale_young_person"), ("three_houses", "child_scale")])
@pytest.mark.parametrize(("typed", "n"), [
    ("5 on her faces scale", 5), ("5 on the faces", 5), ("3 on the ladder", 3),
    ("she pointed to 5 on the ladder", 5), ("he pointed at 3 on the steps", 3),
    ("7 on the smiley faces.", 7)])
def test_the_childs_number_with_the_scale_it_was_given_on_is_saved(
        flow_id: str, step_id: str, typed: str, n: int) -> None:
    """The question asks for the number "on a scale they understand (faces, a ladder,
    steps)"; said with which, it was refused with "Here I can keep only the number"."""
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == n
    assert chat.notices("problem") == []


@pytest.mark.parametrize("typed", [
    "3 on a 5 point faces scale", "3 out of 5 on the faces", "2 of the 5 faces",
    "mum said 5 on the faces", "mum pointed to 6", "5 on the faces, she is scared of R",
    "5 on the faces at school, 2 at home", "3 on the faces, 4 on the ladder",
    "3 on the faces 5 times", "on the faces", "she pointed to the sad face"])
def test_a_childs_number_that_is_not_plainly_theirs_out_of_ten_is_still_asked_about(
        typed: str) -> None:
    chat = sent_at("mapping", "safety_scale_child", typed)
    assert "safety_scale_child" not in chat.draft.answers
    assert chat.notices("problem")
    assert chat.asked == "safety_scale_child"


def test_a_parents_number_pointed_to_is_theirs() -> None:
    chat = sent_at("mapping", "safety_scale_parent_1", "mum pointed to 6")
    assert chat.draft.answers["safety_scale_parent_1"] == 6


# --- what the child needs, the child named by initials ---------------------------------------


@pytest.mark.parametrize("typed", ["KM needs breakfast before school most days",
                                   "TJ needs somewhere safe to go in the evenings",
                                   "AB needs a bed of her own"])
def test_a_childs_need_with_the_child_by_initials_is_saved(typed: str) -> None:
    chat = sent_at("wellbeing", "unmet_needs", typed)
    assert chat.draft.answers["unmet_needs"] == [typed]
    assert chat.notices() == []


@pytest.mark.parametrize("typed", ["KM needs a referral to CAMHS", "KM needs a core group",
                                   "A needs a strategy meeting", "needs a referral",
                                   "KM's needs were assessed", "SW needs to visit"])
def test_a_need_that_is_only_the_services_work_is_still_asked_about(typed: str) -> None:
    chat = sent_at("wellbeing", "unmet_needs", typed)
    assert "unmet_needs" not in chat.draft.answers
    assert chat.draft.pending is not None


# --- the child no longer worrying, in a goal --------------------------------------------------


@pytest.mark.parametrize("typed", ["AB will be able to sleep through & not worry about mum",
                                   "AB will no longer worry about mum.",
                                   "AB will sleep and never worry about mum"])
def test_what_the_child_will_notice_with_no_worry_about_mum_is_saved(typed: str) -> None:
    """Asked what AB will notice day to day, the social worker typed "AB will be able to
    sleep through & not worry about mum" and was asked "Who is worried, and what did they
    see or hear?", as if she had written a worry with nothing behind it."""
    chat = sent_at("mapping", "goal_child_1", typed)
    assert chat.draft.answers["goal_child_1"] == typed
    assert chat.asked == "goal_how_long_1"


@pytest.mark.parametrize("typed", ["We have worries about mum.", "School worry about mum.",
                                   "Not much to say, worries about the family.",
                                   "Concerns about the family."])
def test_a_worry_with_nothing_behind_it_is_still_asked_about(typed: str) -> None:
    chat = sent_at("mapping", "worst_harm", typed)
    assert "worst_harm" not in chat.draft.answers
    assert chat.draft.pending is not None


# --- the writer's own next step in note form --------------------------------------------------


@pytest.mark.parametrize(("flow_id", "typed"), [
    ("wellbeing", "me to apply for the household support fund by 11/12"),
    ("mapping", "me to ring the housing officer about the arrears by fri 11 dec")])
def test_my_own_step_with_its_day_is_saved(flow_id: str, typed: str) -> None:
    """"me to apply for the household support fund by 11/12" says who (the writer) and by
    when; it was answered "... says what the services did, but not yet what it meant for
    the child", as "I will apply ... by 11/12" is not."""
    chat = sent_at(flow_id, "next_steps", typed)
    assert chat.draft.answers["next_steps"] == [typed]
    assert chat.notices() == []


@pytest.mark.parametrize("typed", ["me to apply for the household support fund",
                                   "me to apply for the household support fund at some point",
                                   "me to complete the assessment"])
def test_my_own_step_with_no_day_is_still_asked_who_and_by_when(typed: str) -> None:
    chat = sent_at("wellbeing", "next_steps", typed)
    assert "next_steps" not in chat.draft.answers
    assert chat.draft.pending is not None


# --- for how long, by a month written short ---------------------------------------------------

GOAL = ("Mum will get KM up by 7.30 and give her breakfast every school day. KM will get to "
        "school on time and not be hungry. ")


@pytest.mark.parametrize("ending", ["We need to see this until Feb half term.",
                                    "Everyone needs to see this till sept.",
                                    "We need to see this until oct half term"])
def test_a_goal_lasting_until_a_month_written_short_says_for_how_long(ending: str) -> None:
    """Her own wellbeing goal ended "We need to see this until Feb half term." and was
    answered "Anyone reading this wellbeing goal later would want to know: for how long";
    "until February half term" went through."""
    chat = sent_at("wellbeing", "wellbeing_goal_1", GOAL + ending)
    assert chat.draft.answers["wellbeing_goal_1"] == GOAL + ending
    assert chat.notices() == []


@pytest.mark.parametrize("ending", ["We need to see this.",
                                    "We need to see this until further notice.",
                                    "We need to see this until things settle."])
def test_a_goal_with_no_end_in_sight_is_still_asked_for_how_long(ending: str) -> None:
    chat = sent_at("wellbeing", "wellbeing_goal_1", GOAL + ending)
    assert "wellbeing_goal_1" not in chat.draft.answers
    assert chat.draft.pending is not None
