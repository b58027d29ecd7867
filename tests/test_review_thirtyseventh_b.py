"""The thirty-seventh pass's second review: lines typed while the bot asks "Is that your new
answer to it, or is it for the next question?" (held, then typed on once she chooses), met as
a practitioner on a phone meets them, through the real Application (tests/memory_botapi.py)
on a real SQLite file. Each test of a defect failed on the code as it was."""

from __future__ import annotations

import copy
import pickle
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot, Update

from bot.decoding import decode_update, quick_update
from tests.builders import build_flow, section, text
from tests.test_input_model import USER, at_a_nudged_answer, running, said
from tests.test_leftovers_thirtyseventh import (
    HELD,
    SECOND,
    THIRD,
    the_choice_typed_places_the_lines,
)
from tests.test_perf_thirtyseventh import (
    BOTS,
    DECLINED,
    KNOWN,
    QUESTION,
    WHEN,
    assert_same,
    message,
    private,
    update,
    user,
)

NEXT = "It's for the next question"
PRIVATE = "Her aunt Sarah Jones at 14 Acacia Road, Leeds LS6 2AB picks her up"
FOURTH = "Mum rang the school herself on Monday"


@pytest.mark.parametrize("reply", ["yes", "No.", "ok", "👍", "Neither", "not sure",
                                   "I don't know", "No new answer"])
async def test_yes_or_no_to_where_the_line_goes_is_not_saved_as_a_later_answer(
        tmp_path: Path, reply: str) -> None:
    """Asked whether her line was a new answer or for the next question, a practitioner
    replied "yes" and typed on: the "yes" was held as a line of hers and, once she tapped
    the button, saved as the answer to the question after ("Question after?: yes"), her
    real line after it refused past the end. It says neither, so it is not kept, and she
    is told to choose; her lines go where she meant."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(reply)
        assert f'I haven\'t kept "{reply}" as an answer: choose below where' in said(bot)[-2]
        await bot.say(THIRD)
        await bot.tap(bot.button(NEXT))
        assert await bot.answers() == {"who": HELD, "could": SECOND, "after": THIRD}



async def test_suggested_wording_used_while_lines_wait_says_those_lines_were_not_saved(
        tmp_path: Path) -> None:
    """At a question with suggested wording, her answer held by a reminder, she typed two
    lines on ("I've kept ... too ... the lines after it go on in order"), then sent /use.
    The suggestion was saved, and both lines vanished with not a word: only "I've used the
    suggested wording instead of the version you typed". She is told now which lines were
    not saved, and none of them is left in the draft."""
    checked = {"checks": ["plain_language"]}
    flow = build_flow(tmp_path, section(
        "s", text("who", **checked), text("statement", draft="words", **checked),
        text("after"), column="worried"), templates={"words": "{{ a.who | clause }} is worried."})
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", "The school.", HELD, SECOND, THIRD, "/use"):
            await bot.say(line)
        assert await bot.answers() == {"who": "The school.", "statement": "The school is worried."}
        assert f'were not saved: "{SECOND}", "{THIRD}"' in " ".join(said(bot)[-3:])
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.pending is None


async def test_a_line_typed_on_and_held_by_a_reminder_is_not_rewritten_by_the_next(
        tmp_path: Path) -> None:
    """Lines held while she chose went on after "It's for the next question". One of them,
    with a name and an address in it, was held by the privacy reminder ("Type it again to
    change it"), and the next held line, typed long before that reminder was asked, was
    taken as its rewrite: "I haven't saved "Her aunt Sarah Jones ...": your new line takes
    its place", and that line, meant for the question after, saved as this one's answer.
    The lines after it now wait for her: she is told which were not saved, and the
    reminder is the last thing asked."""
    checked = {"checks": ["plain_language"]}
    flow = build_flow(tmp_path, section(
        "s", text("who", **checked), text("could"), text("after", checks=["privacy"]),
        text("last"), text("end"), column="worried"))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, SECOND, PRIVATE, FOURTH):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        assert await bot.answers() == {"who": HELD, "could": SECOND}
        shown = said(bot)
        assert f'I haven\'t saved your lines after it: "{FOURTH}"' in shown[-2]
        assert "Sarah Jones" in shown[-1]  # the privacy reminder, asked last
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert (draft.current, draft.pending and draft.pending.later) == ("after", ())
        await bot.say("Her aunt (SJ) picks her up")  # the reminder answered, as it asks
        await bot.say(FOURTH)
        assert (await bot.answers())["last"] == FOURTH


# --- bot/decoding.py against Update.de_json, over bodies no one wrote by hand ----------------

SHAPES = {  # the fields python-telegram-bot reads specially, each in a body of its own
    "pinned": update(message=message(pinned_message=message(text="p"))),
    "pinned, deleted": update(message=message(pinned_message={
        "message_id": 3, "chat": private(), "date": 0})),
    "external reply": update(message=message(text="x", external_reply={
        "origin": {"type": "user", "date": WHEN, "sender_user": user()}, "message_id": 4,
        "chat": {"id": -1002, "type": "channel", "title": "C"}})),
    "quote": update(message=message(text="x", quote={"text": "q", "position": 0, "entities": [
        {"type": "bold", "offset": 0, "length": 1}], "is_manual": True})),
    "group": update(message=message(text="x", chat={"id": -100, "type": "group", "title": "G"})),
    "topic": update(message=message(text="x", is_topic_message=True, message_thread_id=7, chat={
        "id": -1001, "type": "supergroup", "title": "S", "is_forum": True})),
    "web app data": update(message=message(web_app_data={"data": "d", "button_text": "b"})),
    "contact": update(message=message(contact={"phone_number": "1", "first_name": "A"})),
    "location": update(message=message(location={"latitude": 1.5, "longitude": 2.5})),
    "voice": update(message=message(voice={"file_id": "v", "file_unique_id": "u",
                                           "duration": 3})),
    "business": update(business_message=message(text="b", business_connection_id="bc")),
    "reaction": update(message_reaction={
        "chat": private(), "message_id": 4, "user": user(), "date": WHEN, "old_reaction": [],
        "new_reaction": [{"type": "emoji", "emoji": "👍"}]}),
    "pressed under a reply": update(callback_query={
        "id": "1", "from": user(), "chat_instance": "1", "data": "d",
        "message": {**QUESTION, "reply_to_message": message(text="r")}}),
}
CORPUS = [*KNOWN.values(), *(v for v in DECLINED.values() if isinstance(v, dict)),
          *SHAPES.values()]
ODD = [None, 0, 1, -1, 2**40, 1.5, True, False, "", "x", "bold", [], {}, [{}], [None],
       {"a": 1}, WHEN, [[]], [["x"]]]
NAMES = ["self", "api_kwargs", "from_user", "_frozen", "_bot", "", "thumb", "forward_from",
         "from", "date", "edit_date", "chat", "text", "entities", "reply_markup", "user",
         "inline_keyboard", "callback_data", "thumbnail", "photo", "message", "quote",
         "reply_to_message", "pinned_message", "link_preview_options", "unix_time", "type",
         "id", "web_app", "pay", "caption_entities", "new_key"]


def nodes(value: Any) -> list[Any]:
    """Every object and list in a JSON value, itself first."""
    if isinstance(value, dict):
        return [value, *(n for v in value.values() for n in nodes(v))]
    if isinstance(value, list):
        return [value, *(n for v in value for n in nodes(v))]
    return []


def mutated(rng: random.Random) -> Any:
    """A body of the corpus with up to four fields changed, dropped or added."""
    body = copy.deepcopy(rng.choice(CORPUS))
    for _ in range(rng.randint(0, 4)):
        node = rng.choice(nodes(body))
        new = copy.deepcopy(rng.choice([*ODD, rng.choice(nodes(rng.choice(CORPUS)))]))
        if isinstance(node, dict) and node and rng.random() < 0.6:
            key = rng.choice(list(node))
            node[key] = new
            if rng.random() < 0.2:
                del node[key]
        elif isinstance(node, dict):
            node[rng.choice(NAMES)] = new
        elif node and rng.random() < 0.6:
            node[rng.randrange(len(node))] = new
        else:
            node.append(new)
    return body


def what(read: Callable[[Any, Any], Any], body: Any, bot: Bot | None) -> Any:
    try:
        return read(body, bot)
    except Exception as exc:
        return type(exc)


@pytest.mark.parametrize("seed", range(4))
def test_the_quick_reading_gives_what_de_json_gives_for_any_body(seed: int) -> None:
    """Seeded random bodies (realistic ones with fields changed, dropped, added or of the
    wrong type): the same objects as de_json, or the same error; the body unchanged; and
    the same after pickling (persistence) and deep copying."""
    rng = random.Random(seed)
    quick = 0
    for _ in range(250):
        body, bot = mutated(rng), rng.choice(BOTS)
        kept = copy.deepcopy(body)
        got, want = what(decode_update, body, bot), what(Update.de_json, body, bot)
        assert body == kept
        if isinstance(want, type) or isinstance(got, type):
            assert got is want, body
            continue
        quick += quick_update(body, bot) is not None
        assert_same(got, want)
        for again in (lambda u: pickle.loads(pickle.dumps(u)), copy.deepcopy):
            assert again(got).to_dict() == again(want).to_dict()
    assert quick > 50  # most were read the quick way, so it is that way that is compared


async def test_a_line_held_by_a_check_asks_where_the_next_held_line_goes(tmp_path: Path) -> None:
    """What the fix above must leave alone: a held line held in its turn by a reminder
    about short forms, and the next one unlike it, is asked about ("and then you wrote
    ..."), the last waiting behind it; each then goes where she says."""
    checked = {"checks": ["plain_language"]}
    flow = build_flow(tmp_path, section(
        "s", text("who", **checked), text("could", **checked), text("after", **checked),
        text("last"), text("end"), column="worried"))
    short = "CAMHS and the GP see her, SW weekly"
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, SECOND, short, THIRD, FOURTH):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        assert f'and then you wrote "{THIRD}" and one more line after it' in said(bot)[-1]
        await bot.tap(bot.button(NEXT))
        assert await bot.answers() == {"who": HELD, "could": SECOND, "after": short,
                                       "last": THIRD, "end": FOURTH}


@pytest.mark.parametrize(("typed", "who", "could"), [
    ("Yes, it's my new answer", SECOND, THIRD),
    ("No, it's for the next question", HELD, SECOND),
    ("sorry its the next question", HELD, SECOND),
    ("oh it's for the next one", HELD, SECOND),
])
async def test_the_choice_said_after_a_yes_or_a_sorry_places_the_lines(
        tmp_path: Path, typed: str, who: str, could: str) -> None:
    """"Yes, it's my new answer" or "No, it's for the next question", typed to the buttons'
    question, was not read as the choice ("it's" after "yes" was one word too many): it was
    held as one of her lines, and typed on after the choice as the answer to a question."""
    await the_choice_typed_places_the_lines(tmp_path, typed, who, could)
