"""Regret *over/at/about* what an actor did is disapproval (CAMEO 110, as the verb "regret" is in
CAMEO.2.0); regret expressed *to* an actor after a loss stays sympathy (018). Sentences written for
this test."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2024-04-30"


@pytest.mark.parametrize(
    "text",
    [
        "Chile expressed regret over Peru's fishing decision.",
        "Chile's foreign minister voiced regret at the Peruvian vote.",
    ],
)
def test_regret_over_an_act_is_disapproval(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "CHL", "PER", "110"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, "CHL", "PER", "018")


def test_regret_to_an_actor_stays_sympathy(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Chile expressed regret to Peru after the mine deaths.", published=PUB)
    assert find(events, "CHL", "PER", "018"), [(e.source_code, e.target_code, e.event_code) for e in events]
