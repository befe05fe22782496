"""RECEIVING A VISITOR (curated rows rp-3509, rp-3510): who receives an envoy or an emissary hosts
them (043) and the envoy's side visits (042), as for receiving an ambassador or a minister. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.coding.helpers import find_asserted

PUB = "2008-06-10"


@pytest.mark.parametrize("text", [
    "The Kenyan president received the Ugandan envoy on Monday.",
    "Kenya received an emissary from Uganda on Monday.",
    "The Kenyan president received the Ugandan foreign minister on Monday.",
])
def test_the_receiver_hosts_and_the_envoy_visits(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, "KEN", "UGA", "043"), events
    assert find_asserted(events, "UGA", "KEN", "042"), events
    assert not find_asserted(events, "KEN", "UGA", "042"), events
