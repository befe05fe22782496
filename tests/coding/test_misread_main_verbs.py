"""Main verbs misread as reduced relatives: when a time word sits between the verb and what follows
("the minister called Monday for X to ..."), the parser may make the subject noun the root and the
verb a participle hanging on it; a sentence has a predicate, so that participle is the main verb and
the root noun its subject."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2010-01-26"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Kenyan foreign minister called Monday for Kampala to release the detained journalists.", "KEN", "UGA"),
        ("Ghana's defence chief called Friday for Lome to hand over the suspects.", "GHA", "TGO"),
    ],
)
def test_a_participle_on_a_root_noun_is_the_main_verb(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "02"), events
    assert not [e for e in find(events, tgt, "", "") if e.modality == "asserted"], events


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister, named in the report, met Ugandan officials on Monday.",
        "A Kenyan envoy, appointed last month, held talks with Ugandan officials.",
    ],
)
def test_a_participle_beside_a_finite_main_verb_leaves_the_main_verb_its_event(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "UGA", "04"), events
