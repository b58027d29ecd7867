"""A simulated practitioner: reads what the bot sent and answers the way a person would.

Only what a person sees is used: message text and buttons. Yes to "has harm happened", no to
"another worry?", the suggested wording taken, two items for each list, a nudge kept, and a
sentence for every typed question (two sentences in turn, as answers differ). The whole
`mapping` flow takes about 66 updates.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.memory_botapi import Sent, Updates, raw

LABEL_PROMPT = "Give this draft a short case label"
THE_END = "That's the end of this tool"
ANSWER = ("Mum will walk T to school each morning, and the class teacher has seen this "
          "every day for six weeks.")
# Typed at every other written question: a person's answers differ from one question to the
# next, and the same one sent at the next question is held once as sent twice (the twenty-
# fifth pass's hold), which the twenty-seventh pass's run measured as 13 extra updates.
OTHER_ANSWER = ("Nan has collected T from school every Friday since May, and T told the class "
                "teacher she likes it.")
ITEM = "Nan has had T to stay overnight twice since May, item {n}"
LIMIT = 400


@dataclass(frozen=True)
class Action:
    """What the practitioner does next: type `text`, or tap the button `data` of `pressed`."""

    text: str = ""
    pressed: Sent | None = None
    data: str = ""


class Practitioner:
    """One practitioner completing one flow; `next_update` gives the raw JSON to send next
    (`next_action` what to do, for a front end that builds the update itself)."""

    def __init__(self, user_id: int, updates: Updates | None = None,
                 flow_id: str = "mapping") -> None:
        self.user_id = user_id
        self.flow_id = flow_id
        self._updates = updates
        self._shown: Sent | None = None  # the newest message with buttons
        self._items: dict[str, int] = {}  # list items sent, per question (its Done button)
        self.sent = 0
        self._written = 0  # written questions answered, to vary the answer typed
        self.finished = False

    def first_update(self) -> bytes:
        return self._encode(self.first_action())

    def next_update(self, received: list[Sent]) -> bytes | None:
        """The next update after reading `received`; None once the flow is finished."""
        action = self.next_action(received)
        return None if action is None else self._encode(action)

    def _encode(self, action: Action) -> bytes:
        assert self._updates is not None
        if action.pressed is None:
            return raw(self._updates.text(self.user_id, action.text))
        return raw(self._updates.button(self.user_id, action.data, pressed=action.pressed))

    def first_action(self) -> Action:
        return self._type("/start")

    def next_action(self, received: list[Sent]) -> Action | None:
        """What to do after reading `received`; None once the flow is finished."""
        if any(THE_END in m.text for m in received):
            self.finished = True
            return None
        if self.sent >= LIMIT:
            raise RuntimeError(f"practitioner {self.user_id} did not finish in {LIMIT} updates")
        with_buttons = [m for m in received if m.buttons]
        if with_buttons:
            self._shown = with_buttons[-1]
        if received and LABEL_PROMPT in received[-1].text:
            return self._type(f"BM-{self.user_id % 10_000}")
        if self._shown is None:
            raise RuntimeError(f"practitioner {self.user_id}: nothing to answer in {received!r}")
        return self._answer(self._shown)

    def _answer(self, shown: Sent) -> Action:
        data = dict(shown.buttons)
        by_end = {d.rsplit(":", 1)[-1]: d for _, d in shown.buttons}
        for wanted in (f"n:{self.flow_id}",):
            if wanted in by_end.values():
                return self._tap(shown, wanted)
        for end in ("keep", "accept"):
            if end in by_end and by_end[end].startswith("c:"):
                return self._tap(shown, by_end[end])
        picks = [(label, d) for label, d in shown.buttons if d.startswith("a:")]
        done = data.get("Done")
        if picks:
            return self._pick(shown, picks, done)
        if done is not None:
            given = self._items.get(done, 0)
            if given >= 2:
                return self._tap(shown, done)
            self._items[done] = given + 1
            return self._type(ITEM.format(n=given + 1))
        self._written += 1
        return self._type(ANSWER if self._written % 2 else OTHER_ANSWER)

    def _pick(self, shown: Sent, picks: list[tuple[str, str]], done: str | None) -> Action:
        labels = [label for label, _ in picks]
        if done is not None:  # several choices: tick the first, then Done
            chosen = any(label.startswith("✓") for label in labels)
            return self._tap(shown, done if chosen else picks[0][1])
        if labels == ["Yes", "No"]:
            no = "another" in shown.text.lower()
            return self._tap(shown, picks[1 if no else 0][1])
        if all(label.isdigit() for label in labels):
            return self._tap(shown, picks[3 + self.user_id % 4][1])
        return self._tap(shown, picks[0][1])

    def _type(self, text: str) -> Action:
        self.sent += 1
        return Action(text=text)

    def _tap(self, shown: Sent, data: str) -> Action:
        self.sent += 1
        return Action(pressed=shown, data=data)
