"""Replies as Telegram messages: escaped HTML text and inline keyboards (see bot.buttons).

Keyboards are built as the JSON Telegram reads, not as python-telegram-bot's objects: they
are sent as they are (`bot.sending`), and building objects only to serialise them again cost
a good share of each answer's time (bench/HISTORY.md).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape

from telegram.constants import MessageLimit

from bot.buttons import for_confirm, for_question
from bot.summary_html import render_telegram
from bot.telegram_html import split_html
from bot.wording import (
    BY_ID,
    WELCOME,
    AskLabel,
    Confirm,
    ConversationReply,
    Menu,
    header_label,
    seen_as,
)
from flows.answers import in_its_direction, quotes_in_direction, reads_right_to_left
from flows.moves import BARE
from flows.replies import (
    ACCOUNT,
    ADDS_BACK,
    ANOTHER,
    BY_STEP,
    COLUMNS_FILED,
    CONTINUES,
    COVERED,
    DICTATED,
    SAID_NOTHING,
    UNFINISHED,
    Answered,
    Notice,
    Nudge,
    Question,
    Review,
    Stale,
    SummaryReply,
)
from flows.shown import start_shown

Button = dict[str, str]
Keyboard = dict[str, list[list[Button]]]
"""An inline keyboard as Telegram reads it: {"inline_keyboard": rows of buttons}."""
MAX_ANSWER_ECHO = 600
DRAFTS_PAGE = 10  # drafts listed per message (each a button)


@dataclass(frozen=True)
class Message:
    """One message to send: Telegram HTML and an optional keyboard."""

    html: str
    keyboard: Keyboard | None = None
    edit_in_place: bool = False


def button(text: str, data: str) -> Button:
    return {"text": text, "callback_data": data}


def keyboard(rows: list[list[Button]]) -> Keyboard:
    return {"inline_keyboard": rows}


def _clip(text: str, limit: int = MAX_ANSWER_ECHO) -> str:
    return text if len(text) <= limit else start_shown(text, limit - 1) + "…"


def _widget_rows(q: Question) -> list[list[Button]]:
    """The buttons of a question's widget kind."""
    def data(kind: str, value: str = "") -> str:
        return for_question(kind, q.draft_id, q.nonce, value)

    if q.widget == "one":
        return [[button(label, data("a", value))] for value, label in q.choices]
    if q.widget == "yes_no":
        return [[button(label, data("a", value)) for value, label in q.choices]]
    if q.widget == "several":
        return [*([button(("✓ " if value in q.selected else "") + label, data("a", value))]
                  for value, label in q.choices), [button("Done", data("c", "done"))]]
    if q.widget == "scale" and q.scale is not None:
        numbers = [str(n) for n in range(q.scale.min, q.scale.max + 1)]
        half = (len(numbers) + 1) // 2
        return [[button(n, data("a", n)) for n in part]
                for part in (numbers[:half], numbers[half:]) if part]
    if q.widget == "items":
        return [[button("Done", data("c", "done"))]]
    return []


def question(q: Question) -> Message:
    """A question with its buttons; a repeated list question is a short prompt instead."""
    def data(kind: str, value: str = "") -> str:
        return for_question(kind, q.draft_id, q.nonce, value)

    rows = _widget_rows(q)
    if q.suggestion:
        rows.append([button("Use this", data("c", "accept"))])
    nav = [button("Back", data("c", "back"))] if q.can_back else []
    # A list with items (typed, or carried in from another tool: a child's words from My
    # Three Houses) is kept by Done; a Skip beside it kept them too, where a practitioner
    # pressing it expects nothing kept.
    if (not q.required or q.current_answer is not None) and not (q.widget == "items"
                                                                 and q.items):
        nav.append(button("Keep" if q.current_answer is not None else "Skip", data("c", "skip")))
    nav.append(button("Help", data("c", "help")))
    rows.append(nav)
    buttons = keyboard(rows)
    if q.again and q.widget == "items" and q.items:
        return Message(f"Added ({len(q.items)} so far). Send the next one, or tap Done.",
                       buttons)
    if q.again and q.widget == "several":
        return Message(_question_text(q), buttons, edit_in_place=True)
    return Message(_question_text(q), buttons)


def question_messages(q: Question) -> list[Message]:
    """A question as messages: long earlier items or drafted wording spill into several,
    and the buttons sit under the last one."""
    whole = question(q)
    return [whole] if whole.edit_in_place else parts(whole.html, whole.keyboard)


def parts(html: str, buttons: Keyboard | None = None) -> list[Message]:
    """Telegram HTML as one message, or as several when it is longer than Telegram takes,
    the buttons under the last."""
    if len(html.encode("utf-16-le")) // 2 <= MessageLimit.MAX_TEXT_LENGTH:
        return [Message(html, buttons)]  # markup only adds to the length: the text fits
    chunks = split_html(html)
    return [Message(c) for c in chunks[:-1]] + [Message(chunks[-1], buttons)]


def _ltr(label: str) -> str:
    """A left-to-right mark before a label in Hebrew or Arabic at a line's start, which would
    make the whole line read right to left (the header's words shown in reverse order)."""
    return "\u200e" if reads_right_to_left(label) else ""


def _question_text(q: Question) -> str:
    # The case first, where a phone's notice shows it: two drafts open (two children) are
    # told apart by it.
    case = f"{_ltr(q.label)}[{escape(header_label(q.label))}] " if q.label.strip() else ""
    parts = [f"{case}<b>Question {q.number} of {q.total}</b> · <i>{escape(q.section)}</i>",
             escape(q.ask)]
    if q.scale is not None:
        parts.append(f"<i>{q.scale.min} = {escape(q.scale.low)}\n"
                     f"{q.scale.max} = {escape(q.scale.high)}</i>")
    if q.current_answer is not None:
        parts.append(f"Current answer: <i>{escape(_clip(q.current_answer))}</i>\n"
                     "Send a new answer to change it, or tap Keep.")
    if q.items:
        listed = "\n".join(f"{n}. {escape(_clip(item, 200))}"
                           for n, item in enumerate(q.items, start=1))
        parts.append(f"So far:\n{listed}\n<i>To take one out, send - and its number "
                     f"(-{len(q.items)}).</i>")
    if q.suggestion:
        parts.append(f"Suggested wording (tap to copy):\n<code>{escape(q.suggestion)}</code>")
    if q.widget == "items":
        parts.append("<i>Send one item per message, then tap Done.</i>")
    elif q.widget == "several":
        parts.append("<i>Tap all that apply, then Done.</i>")
    elif not q.required and q.current_answer is None:
        parts.append("<i>Optional: Skip leaves it out.</i>")
    if q.child_voice:
        parts.append(f"<i>Write the {q.speaker}'s words exactly as they said them.</i>")
    return "\n\n".join(parts)


def answered(a: Answered) -> str:
    """The text a question message is edited to once it has its answer."""
    return f"{escape(a.ask)}\n\n✓ <i>{escape(in_its_direction(_clip(a.answer)))}</i>"


TOOL_END = ("That's the end of this tool. Tap Review to change an answer, Export for documents, "
            "or /new to start another.")


def summary(reply: SummaryReply) -> list[Message]:
    # a partner's, before they send it: "Finished" above it read as if it had gone
    chunks = split_html(render_telegram(reply.summary, unsent=reply.for_partners))
    review = button("Review", for_question("c", reply.draft_id, reply.nonce, "review"))
    row = [review] if reply.for_partners else [
        button("Export", for_question("x", reply.draft_id, None)), review]
    messages = [Message(chunk) for chunk in chunks]
    if messages:
        messages[-1] = Message(messages[-1].html, keyboard([row]))
    # A partner can neither export nor start a tool: their next step (check, then send) is
    # offered by the message that follows (bot/teams/texts.py READY).
    if reply.final and not reply.for_partners:
        messages.append(Message(TOOL_END))
    return messages


def review(r: Review) -> list[Message]:
    if not r.items:
        return [Message("No answers yet.")]
    lines = [f"<b>{escape(r.flow_title)}</b>: {escape(in_its_direction(r.label))}", ""]
    lines += [f"<b>{i.number}.</b> <i>{escape(i.title)}</i>: "
              f"{escape(in_its_direction(_clip(i.answer, 300)))}" for i in r.items]
    # Each button names its answer's question, not its place in the list: pressed after
    # more answers (scrolled back up to an old review), it still opens that question.
    buttons = [button(f"Edit {i.number}", for_question("e", r.draft_id, r.nonce,
                                                       BY_STEP + i.step_id))
               for i in r.items]
    rows = [buttons[k:k + 5] for k in range(0, len(buttons), 5)]
    chunks = split_html("\n".join(lines))
    messages = [Message(chunk) for chunk in chunks]
    # Many buttons make a long keyboard; Telegram allows 100, we stay well under.
    messages[-1] = Message(messages[-1].html, keyboard(rows[:20]))
    return messages


def menu(m: Menu) -> Message:
    """The drafts, a page at a time (so any number stay within Telegram's limits on a
    message and its buttons), then the tools."""
    titles = m.flow_titles or {}
    parts = [escape(WELCOME)] if m.welcome else []
    rows = []
    if m.drafts:
        total = len(m.drafts)
        start = m.start if 0 <= m.start < total else 0
        shown = m.drafts[start:start + DRAFTS_PAGE]
        # The drafts are buttons: the heading says so, and what the tools' buttons are for.
        parts.append(escape(m.heading or (
            "Tap a draft below to carry on with it, or a tool to start a new one."
            if m.flows else "Your unfinished drafts:")))
        if total > len(shown):
            parts.append(_page_note(m, start, len(shown)))
        # alike as read: "KB-12" and "КВ-12" (a Cyrillic keyboard's) are told apart too
        twins = Counter((seen_as(info.label), info.flow_id) for info in shown)
        alike = Counter((seen_as(info.label), info.flow_id, info.answered) for info in shown)
        seen: Counter[tuple[str, str, int]] = Counter()
        for info in shown:
            title = titles.get(info.flow_id, info.flow_id)
            label = info.label
            if twins[(seen_as(label), info.flow_id)] > 1:  # say which is which
                label += f", {info.answered} answer{'' if info.answered == 1 else 's'}"
                same = (seen_as(info.label), info.flow_id, info.answered)
                if alike[same] > 1:  # as many answers too: newest first, numbered
                    seen[same] += 1
                    label += f" #{seen[same]}"
            if m.action == "cancel":
                rows.append([button(f"Discard {label} ({title})"[:60], f"k:{BY_ID}{info.id}")])
                continue
            if m.action in ("summary", "review"):  # "/summary KT" naming two: that one's
                verb = "Summary of" if m.action == "summary" else "Answers in"
                rows.append([button(f"{verb} {label} ({title})"[:60],
                                    f"{'s' if m.action == 'summary' else 'v'}:{info.id}")])
                continue
            if m.action == "export":  # "/export KT" naming two: that one's documents
                rows.append([button(f"Export {label} ({title})"[:60],
                                    for_question("x", info.id, None))])
                continue
            text = f"Continue {label} ({title})" if info.status == "in_progress" else \
                f"Open {label} ({title}, finished)"
            rows.append([button(text[:60], f"r:{info.id}")])
        after = total - start - len(shown)
        if m.heading is None and after > 0:
            rows.append([button(f"More drafts ({after})", f"m:{start + len(shown)}")])
        elif m.heading is None and start > 0:
            rows.append([button("Back to the newest", "m:0")])
    if m.flows:
        if not m.drafts or m.heading is not None:
            parts.append("Which tool would you like to use?")
        for choice in m.flows:
            minutes = f" · {choice.minutes} min" if choice.minutes else ""
            rows.append([button(f"{choice.title}{minutes}", f"n:{choice.id}")])
    return Message("\n\n".join(parts) or "Choose one:", keyboard(rows))


def _page_note(m: Menu, start: int, count: int) -> str:
    """Which of the drafts a page shows, and how to reach the others."""
    total = len(m.drafts)
    where = f"Showing {start + 1} to {start + count} of {total}, newest first."
    if m.heading is not None:
        return f"{where} Type more of the label to find the others."
    other = m.drafts[start + count] if start + count < total else m.drafts[0]
    return (f"{where} \"More drafts\" shows the rest, or send /resume and a label, for "
            f"example <code>/resume {escape(other.label)}</code>.")


def confirm(c: Confirm) -> list[Message]:
    """An "are you sure?", in several messages where it is longer than Telegram takes (a
    member's /delete naming forty parts sent to colleagues' mappings), the buttons under the
    last."""
    yes = "Yes, discard it" if c.kind == "cancel" else "Yes, erase everything"
    row = [button(yes, for_confirm(True, c.kind, c.draft_id, c.token)),
           button("No", for_confirm(False, c.kind, c.draft_id, c.token))]
    return parts(_said(c.text), keyboard([*([button(text, data)] for text, data in c.also),
                                           row]))


KEPT = "✓ Kept as you wrote it."  # what a note's Keep button leaves in its message


def nudge(n: Nudge) -> list[Message]:
    """A reminder about an answer; a long one (many words flagged) in several messages, the
    Keep button under the last."""
    if n.kind == ANOTHER:  # a second line typed while the first was held: which is it?
        which = keyboard([
            [button("Use it instead", for_question("c", n.draft_id, n.nonce, "replace"))],
            [button("It's for the next question", for_question("c", n.draft_id, n.nonce,
                                                               "next"))],
            [button("Keep my first answer", for_question("c", n.draft_id, n.nonce, "keep"))]])
        return parts(_said(n.text), which)
    if n.kind == CONTINUES:  # "and ..." at a new question: the rest of the answer before?
        where = keyboard([
            [button("Add it to my answer before", for_question("c", n.draft_id, n.nonce,
                                                               "back"))],
            [button("Keep it here", for_question("c", n.draft_id, n.nonce, "keep"))]])
        return parts(_said(n.text), where)
    if n.kind == ADDS_BACK:  # a line at a choice: the rest of the written answer before?
        return parts(_said(n.text), keyboard([[button(
            "Add it to my answer before", for_question("c", n.draft_id, n.nonce, "back"))]]))
    if n.kind == COVERED:  # typed below a menu: not saved unasked, one tap keeps it
        named = f"Keep it as the answer to {n.title}" if n.title else "Keep it as the answer"
        kept = keyboard([[button(named if len(named) <= 60 else named[:59].rstrip() + "…",
                                 for_question("c", n.draft_id, n.nonce, "keep"))]])
        return parts(_said(n.text), kept)
    if n.kind == DICTATED:  # "full stop" written out by dictation: the marks, or as sent?
        which = keyboard([
            [button("Use it with the marks", for_question("c", n.draft_id, n.nonce, "accept"))],
            [button("Keep it as I sent it", for_question("c", n.draft_id, n.nonce, "keep"))]])
        return parts(_said(n.text), which)
    if n.kind == COLUMNS_FILED:  # a mapping pasted whole: each part to its own question?
        which = keyboard([
            [button("Put each part under its question",
                    for_question("c", n.draft_id, n.nonce, "accept"))],
            [button("Keep it all here", for_question("c", n.draft_id, n.nonce, "keep"))]])
        return parts(f"{_said(n.text)}\n\n<i>Or type just this question's part.</i>", which)
    if n.kind == ACCOUNT:  # an account typed at a partner's role: for the question to come?
        which = keyboard([
            [button("Keep it for that question", for_question("c", n.draft_id, n.nonce,
                                                              "accept"))],
            [button("It is my role", for_question("c", n.draft_id, n.nonce, "keep"))]])
        return parts(f"{_said(n.text)}\n\n<i>Or type just your role.</i>", which)
    if n.kind == SAID_NOTHING:  # the writer's "n/a" where the child's words are kept
        which = keyboard([
            [button("Leave it out", for_question("c", n.draft_id, n.nonce, "skip"))],
            [button("Keep it as their words", for_question("c", n.draft_id, n.nonce, "keep"))]])
        return parts(_said(n.text), which)
    keep = keyboard([[button("Keep it as it is", for_question("c", n.draft_id, n.nonce, "keep"))]])
    # "ok" or "thanks" alone, held: there is nothing of hers to type again
    then = "Send the rest" if n.kind == UNFINISHED else "Type your answer to it instead" \
        if n.kind == BARE else "Type it again to change it"
    return parts(f"{_said(n.text)}\n\n<i>{then}, or keep it as it is.</i>", keep)


def _said(text: str) -> str:
    """A sentence of the bot's as Telegram HTML: escaped, each quotation of what someone
    typed kept in its own direction (`quotes_in_direction`)."""
    return escape(quotes_in_direction(text))


def notice(n: Notice) -> list[Message]:
    prefix = {"help": "💡 ", "saved": "✓ "}.get(n.kind, "")
    return parts(prefix + _said(n.text))


def render(reply: ConversationReply) -> list[Message]:
    """Messages for one reply (Answered is handled by editing, not sending)."""
    if isinstance(reply, Question):
        return question_messages(reply)
    if isinstance(reply, Notice):
        return notice(reply)
    if isinstance(reply, Stale):
        return [Message(_said(reply.text))]
    if isinstance(reply, Nudge):
        return nudge(reply)
    if isinstance(reply, Review):
        return review(reply)
    if isinstance(reply, SummaryReply):
        return summary(reply)
    if isinstance(reply, Menu):
        return [menu(reply)]
    if isinstance(reply, AskLabel):
        return [Message(escape(reply.text))]
    if isinstance(reply, Confirm):
        return confirm(reply)
    return []
