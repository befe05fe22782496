"""A gathering word names a venue or topic only as a noun (``placeroles._venue_noun``): a verb that
shares its lemma ("rounded on", "met on") names an act whose party is the state after it. And a name
the tagger reads wholly as a time ("on Tuesday morning") is no actor (``actors.matcher.TIME_ENTS``)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2006-11-20"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya's president rounded on Uganda at the weekend.", "KEN", "UGA"),
        ("The Venezuelan foreign minister rounded on Colombia over the border claims.", "VEN", "COL"),
    ],
)
def test_a_verb_sharing_a_gathering_lemma_keeps_its_party(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "11")


@pytest.mark.parametrize(
    "text",
    [
        "Jordan's ministers are to confer once more on Tuesday morning, state radio reported.",
        "Chile's president met Argentina's foreign minister on Tuesday morning.",
    ],
)
def test_a_time_expression_is_no_actor(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if "USA" in (e.source_code or "") + (e.target_code or "")], events
