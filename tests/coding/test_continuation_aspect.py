"""Continuation aspect: a promise or plan to go on with an act ("vowed to keep up pressure") reports an
act already under way, so the act is asserted, not intended; a negation above the continuation verb
still negates it. For a cooperative act (PROMISED CONTINUATION: "will continue to send aid", "will
continue its support") the promise to go on is the news: the intent code (03x), asserted."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2019-06-12"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Norway vowed to keep up pressure on Burma.", "NOR", "MMR", "10"),
        ("Brazil promised to keep up pressure on Paraguay over the dam.", "BRA", "PRY", "10"),
        ("Kenya continues to send aid to Somalia.", "KEN", "SOM", "07"),
    ],
)
def test_a_promised_continuation_asserts_the_ongoing_act(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    found = find(events, src, tgt, root)
    assert found and all(e.modality == "asserted" for e in found), events


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Norway said it would carry on sending food aid to Yemen.", "NOR", "YEM", "033"),
        ("Kenya will continue to send aid to Somalia.", "KEN", "SOM", "033"),
        ("Brazil will maintain its support for Paraguay.", "BRA", "PRY", "032"),
        ("Brazil vowed to keep supporting Paraguay.", "BRA", "PRY", "032"),
        ("Malta will continue consulting Sweden on the matter.", "MLT", "SWE", "036"),
    ],
)
def test_a_promise_to_go_on_cooperating_is_an_intent(
    text: str, src: str, tgt: str, code: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    found = find(events, src, tgt, code)
    assert found and all(e.modality == "asserted" for e in found), [(e.source_code, e.target_code, e.event_code)
                                                                     for e in events]


@pytest.mark.parametrize(
    "text",
    ["Kenya will not continue to send aid to Somalia.", "Kenya will not keep sending aid to Somalia."],
)
def test_a_negated_continuation_stays_negated(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in find(events, "KEN", "SOM", "") if e.modality == "asserted"], events


@pytest.mark.parametrize(
    "text", ["Kenya will send aid to Somalia.", "Kenya has pledged to send aid to Somalia next year."]
)
def test_a_new_act_promised_without_continuation_stays_an_intent(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "SOM", "03") and not find(events, "KEN", "SOM", "07"), events
