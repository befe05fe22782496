"""The reason phrase of a criticism or of pressure ("over Y", "for Y") names neither side
(coding/roles.py: ``evaluated_object``, ``RECEIVED_REASON_PREPS``): "faulted Chile over Peruvian
smuggling" criticises Chile; "came under fire over the Bolivian deal" names no critic at all.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "critic", "criticised", "reason"),
    [
        ("Norway criticised Denmark over the Swedish fishing dispute.", "NOR", "DNK", "SWE"),
        ("Egypt accused Sudan over the Ethiopian dam on Monday.", "EGY", "SDN", "ETH"),
        ("Ghana voiced anger at Kenya over the Nigerian refugees.", "GHA", "KEN", "NGA"),
        ("Brazil expressed displeasure with Argentina over the Uruguayan mill.", "BRA", "ARG", "URY"),
    ],
)
def test_the_named_object_is_criticised_not_the_reason_s_actor(
    pipeline, text: str, critic: str, criticised: str, reason: str
) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, critic, criticised, "11"), text
    assert not find(events, critic, reason, ""), text


def test_without_the_class_the_reason_s_actor_was_the_target(pipeline, monkeypatch) -> None:
    text = "Norway criticised Denmark over the Swedish fishing dispute."
    monkeypatch.setattr(roles, "evaluated_object", lambda verb, noun, actors: [])
    assert find(pipeline.code_text(text, published=PUB), "NOR", "SWE", "11"), text


@pytest.mark.parametrize(
    "text",
    [
        "Peru came under heavy pressure over the Bolivian gas deal.",
        "The Kenyan government faced mounting criticism over the Somali refugee camps.",
        "The Kenyan cabinet came under strong criticism over the Somali war.",
    ],
)
def test_a_received_criticism_s_reason_names_no_critic(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:2] in ("02", "10", "11")], text


def test_without_the_class_the_reason_s_actor_was_the_critic(pipeline, monkeypatch) -> None:
    text = "Peru came under heavy pressure over the Bolivian gas deal."
    monkeypatch.setattr(roles, "RECEIVED_REASON_PREPS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), "BOL", "PER", ""), text


@pytest.mark.parametrize(
    ("text", "critic", "criticised"),
    [
        ("Ghana came under fire from Nigeria over the expulsions.", "NGA", "GHA"),
        ("The Danish government has faced criticism from Norway over its whaling policy.", "NOR", "DNK"),
    ],
)
def test_a_named_critic_still_criticises(pipeline, text: str, critic: str, criticised: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), critic, criticised, "11"), text
