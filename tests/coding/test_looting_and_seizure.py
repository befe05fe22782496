"""Taking or looting property (CAMEO 171/1711 seize property), composed as verb x object classes:
taking verbs (loot, plunder, steal, cart away, carry off, confiscate ...) x movable property (arms,
cash, vehicles, livestock ...), and looting verbs x premises (depot, bank, embassy, police post ...).
The owner is the target: "from X", or the actor modifying the premises. Sentences written for this
test."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2023-01-17"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.pattern_id) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Burkinabe militants stole weapons from a Malian police post.", "BFA", "MLI"),
        ("Sudanese soldiers looted cattle from Chadian herders near the border.", "SDN", "TCD"),
        ("Rwandan rebels looted a Congolese army depot on Sunday.", "RWA", "COD"),
        ("Ethiopian troops plundered the Somali central bank.", "ETH", "SOM"),
        ("Syrian protesters ransacked the Danish embassy.", "SYR", "DNK"),
    ],
)
def test_taking_property_is_seizure(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "17"), _show(events)
    assert not find(events, src, tgt, "19"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian customs officers carried off the prize for the best stand at the Ghanaian trade fair.",
        "Kenyan athletes stole the show at the Ugandan marathon.",
    ],
)
def test_other_objects_are_no_seizure(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "", "", "17"), _show(events)
