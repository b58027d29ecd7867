"""The YAML flow schema, as an author writes it: strict, frozen pydantic models."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
ChoiceValue = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]{0,19}$")]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]
LongText = Annotated[str, StringConstraints(min_length=1, max_length=1500, strip_whitespace=True)]

StepType = Literal["text", "list", "choice", "multi_choice", "yes_no", "scale", "note"]
ColumnKey = Literal["record", "worried", "working_well", "needs_to_happen", "none"]
CheckName = Literal["plain_language", "privacy", "safety_action", "goal_wording",
                    "danger_statement", "safety_goal", "wellbeing_goal", "dated",
                    "who_is_worried",
                    "what_happens_next", "what_the_child_needs", "what_the_family_says",
                    "how_long", "when", "short_forms", "child_view", "what_makes_it_harder",
                    "how_we_will_know", "worry_statement", "safety_network", "age",
                    "about_the_contexts", "number_moved", "role", "what_it_did_to_the_child",
                    "what_could_happen"]
Voice = Literal["practitioner", "child"]


class Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChoiceSpec(Spec):
    value: ChoiceValue
    label: ShortText


class ScaleSpec(Spec):
    """A scale's range and what its two ends mean, in words."""

    min: int = 0
    max: int = 10
    low: LongText
    high: LongText

    @model_validator(mode="after")
    def _range_fits_buttons(self) -> ScaleSpec:
        if not 1 <= self.max - self.min <= 10:
            raise ValueError("a scale spans 1 to 10 steps (max - min), to fit two rows of buttons")
        return self


class PromptSpec(Spec):
    """A short extra question attached to another step (a scale's follow-up)."""

    ask: LongText
    help: LongText
    title: ShortText | None = None


class PerspectiveSpec(Spec):
    """One person's own number on a scale (a parent, the child, an agency), asked after it."""

    id: Slug
    who: ShortText
    ask: LongText
    help: LongText
    when: str | None = None


class StepSpec(Spec):
    id: Slug
    type: StepType
    ask: LongText
    help: LongText | None = None
    title: ShortText | None = None
    required: bool = True
    max_length: int = Field(default=4000, ge=1, le=4096)
    max_items: int = Field(default=10, ge=1, le=30)
    choices: tuple[ChoiceSpec, ...] = ()
    when: str | None = None
    draft: Slug | None = None
    checks: tuple[CheckName, ...] | None = None
    voice: Voice = "practitioner"
    column: ColumnKey | None = None
    scale: ScaleSpec | None = None
    follow_up: PromptSpec | None = None
    others: PromptSpec | None = None
    perspectives: tuple[PerspectiveSpec, ...] = ()
    in_summary: bool = True
    # False: a short follow-up asked on one answer of the question before it ("Somewhere
    # else": where?), under that question's number, and not counted in "Question n of N"
    counted: bool = True
    heading: ShortText | None = None  # the summary heading it is filed under, if not the section's
    part_of: Slug | None = None  # a drafted step (same section) that replaces it once answered
    # A note's words in the summary, where those said in the chat speak to the writer alone
    # ("before you finish this") and would read oddly in a report.
    recorded: LongText | None = None
    # Said to a line telling that the question does not fit ("n/a - foster placement" at
    # early help's agreement): what the tool is written for, and what fits instead.
    not_fitting: LongText | None = None
    # Who wrote the record ("Written by", a partner's role): an email signature pasted whole
    # is cut to its name and role lines, since its phone, email and notice lines are no part
    # of the record.
    signature: bool = False

    @field_validator("choices")
    @classmethod
    def _labels_differ(cls, choices: tuple[ChoiceSpec, ...]) -> tuple[ChoiceSpec, ...]:
        """Two choices of one step with the same words: two buttons nobody can tell apart,
        and the words typed always chose the first."""
        seen: dict[str, int] = {}
        values: dict[str, int] = {}
        for n, choice in enumerate(choices):
            if choice.value in values:  # named here, where the choices are written
                raise ValueError(f"choices[{values[choice.value]}] and choices[{n}] have the "
                                 f"same value ({choice.value!r}); choice values must be unique")
            values[choice.value] = n
            words = " ".join(choice.label.casefold().split())
            if words in seen:
                raise ValueError(f"choices[{seen[words]}] and choices[{n}] have the same "
                                 f"label (\"{choice.label}\"); give each its own words")
            seen[words] = n
        return choices

    @model_validator(mode="after")
    def _fields_fit_type(self) -> StepSpec:
        has_choices = self.type in ("choice", "multi_choice")
        if has_choices and len(self.choices) < 2:
            raise ValueError(f"a {self.type} step needs at least two choices")
        if not has_choices and self.choices:
            raise ValueError(f"choices belong to choice and multi_choice steps, not {self.type}")
        if self.type != "scale" and (self.scale or self.follow_up or self.others
                                     or self.perspectives):
            raise ValueError("scale, follow_up, others and perspectives belong to scale steps")
        if len({p.id for p in self.perspectives}) != len(self.perspectives):
            raise ValueError("perspective ids must be unique")
        if self.signature and self.type != "text":
            raise ValueError(f"signature: true belongs to a text step (who wrote the record), "
                             f"not a {self.type} step")
        if self.type != "note" and self.help is None:
            raise ValueError("every question needs help text (prompts and an example)")
        if self.type != "note" and self.recorded:
            raise ValueError("recorded belongs to note steps")
        if not self.counted and (self.when is None or self.type == "note"):
            raise ValueError("counted: false belongs to a question asked only on an answer "
                             "before it (with a when)")
        if self.type == "note" and (self.draft or not self.required):
            raise ValueError("a note is only shown: it takes no draft and cannot be optional")
        return self


class RepeatSpec(Spec):
    """A section asked up to `max` times, each time after a yes to `another`."""

    max: int = Field(ge=2, le=5)
    item: ShortText
    another: LongText
    help: LongText


class SectionSpec(Spec):
    id: Slug
    title: ShortText
    column: ColumnKey = "none"
    intro: LongText | None = None
    when: str | None = None
    repeat: RepeatSpec | None = None
    steps: tuple[StepSpec, ...] = Field(min_length=1)


class ColumnsSpec(Spec):
    worried: ShortText = "What are we worried about?"
    working_well: ShortText = "What's working well?"
    needs_to_happen: ShortText = "What needs to happen?"


class FlowSpec(Spec):
    id: Slug
    # stored with each draft in an INTEGER column, which is 32 bits in PostgreSQL: a version
    # past that passed `sosbot flows check`, and every draft of the tool then failed to save
    version: int = Field(ge=1, le=2**31 - 1)
    title: ShortText
    description: LongText
    intro: LongText | None = None
    minutes: int | None = Field(default=None, ge=1, le=120)
    menu_order: int = Field(default=100, ge=0, le=1000)
    columns: ColumnsSpec = ColumnsSpec()
    scale: ScaleSpec
    checks: tuple[CheckName, ...] = ("plain_language", "privacy")
    templates: dict[Slug, Annotated[str, StringConstraints(min_length=1)]] = {}
    takes_from: tuple[Slug, ...] = ()  # tools whose finished drafts (same label) fill answers
    # A condition on this tool's answers: unless it holds, the answers in the child's own
    # words are not handed to another tool (what the child agreed about sharing them).
    shares_child_words_when: str | None = None
    # {tool: {this flow's step id: that tool's step id}} for answers whose ids differ
    carries: dict[Slug, dict[Slug, Slug]] = {}
    contributions: Slug | None = None  # the flow partners answer when invited to this tool
    for_partners: bool = False  # answered only through a partner's link: kept out of menus
    # Whose own words a `voice: child` step keeps, as the summary names them: "child", or
    # "young person" for a tool used with young people in or leaving care.
    speaker: Literal["child", "young person"] = "child"
    sections: tuple[SectionSpec, ...] = Field(min_length=1)
