"""Pass 43's review: what the merged work of this pass got wrong, found with fresh eyes.

Existing safety read from the time the danger came to light (sound43): the time someone was
told something, heard it or found it, and an action kept up after it, now counted as
existing safety whatever was told. Good news told ("she told us she got into the netball
team") and a routine kept up after it is a strength, as a treat the day good news came is:
the practitioner is still asked who stepped in while the danger was there. And "has driven
him" kept up since the danger came to light is the action "drove him" is.
"""

from __future__ import annotations

import pytest
from test_review_language_thirtysecond_c import asked_at

# A strength kept up after good news came, at existing safety: each let through by this
# pass's reading of "the danger came to light", none before it.
GOOD_NEWS_KEPT_UP = (
    "Since she told us she got into the netball team, Mum has driven her to training every "
    "Saturday.",
    "When she heard she got into the football academy, Dad drove her to training every "
    "Saturday for a month.",
    "After he told his nan he liked cooking, she has taken him to her house every Sunday "
    "since.",
    "Once Mum found out he loves swimming, she has taken him to the pool every week.",
    "When she told us she'd passed her exams, Dad took her to the cinema every weekend for a "
    "month.",
    "When Mum noticed he was happier at Nan's, she sent him there every weekend.",
    "The day she heard she'd won the art prize, Gran took her to the gallery every Saturday "
    "for the rest of the term.",
)

# The same shape with the danger told: still existing safety.
DANGER_TOLD_KEPT_UP = (
    "The night he told her about the tram stop, Mum reported it to the police, then drove "
    "him to school and picked him up every day for two weeks.",
    "After Rojin told him about the men at the bus station, Dad rang the police that evening "
    "and has driven her to college and back every day since.",
    "Once his mum heard he was being sent to Bristol with packages, she took him to her "
    "brother's in Cardiff for the summer and reported the man's number to the police.",
    "When she told us she got into a car with two men after school, Mum drove her home "
    "from school every day for a month.",
)


@pytest.mark.parametrize("step", ["contextual:home_safety", "mapping:existing_safety"])
@pytest.mark.parametrize("line", GOOD_NEWS_KEPT_UP)
def test_a_strength_kept_up_after_good_news_is_still_asked_about_the_danger(
        step: str, line: str) -> None:
    flow_id, step_id = step.split(":")
    reply = asked_at(flow_id, step_id, line)
    assert reply is not None
    assert "Existing safety is what someone" in reply


@pytest.mark.parametrize("line", DANGER_TOLD_KEPT_UP)
def test_what_was_done_once_the_danger_was_told_is_still_existing_safety(line: str) -> None:
    assert asked_at("contextual", "home_safety", line) is None


def test_a_young_person_said_to_love_someone_dangerous_is_not_good_news() -> None:
    """Liking or loving an activity is good news; a person told of is not read as one."""
    line = ("Once Mum found out he loves the man from the gaming chat, she has walked him to "
            "school every day since.")
    assert asked_at("contextual", "home_safety", line) is None


@pytest.mark.parametrize("line", [
    "Since the night he told her about the tram stop, his mum has driven him to school every "
    "day.",
    "After Rojin told him about the men at the bus station, Dad has driven her to college and "
    "back every day since.",
])
def test_a_carer_who_has_driven_them_since_the_danger_came_to_light_kept_them_safe(
        line: str) -> None:
    """"has driven him" is what "drove him" is, kept up: read as the action it is."""
    assert asked_at("contextual", "home_safety", line) is None
