"""The two communities of Cyprus are Cypriot, not Turkey and Greece: "Turkish Cypriot" and "Greek
Cypriot" name Cyprus's communities (curated/country_aliases.jsonl), so their leaders, officials and
voters resolve to CYP, and a meeting between the two community leaders is no Greece–Turkey meeting.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "tgt", "misread"),
    [
        ("The Turkish Cypriot leader accused Greece of arming the island's National Guard.", "GRC", "TUR"),
        ("Greek Cypriot officials criticised Turkey for keeping troops in the north.", "TUR", "GRC"),
    ],
)
def test_a_community_s_spokesmen_are_cypriot(pipeline, text: str, tgt: str, misread: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "CYP", tgt, "11"), text
    assert not find(events, misread, "", ""), text


@pytest.mark.parametrize(
    "text",
    [
        "Greek Cypriot and Turkish Cypriot negotiators sat down together in Nicosia.",
        "Greek Cypriot negotiators held talks with Turkish Cypriot envoys in the buffer zone.",
    ],
)
def test_the_two_community_leaders_are_no_greece_turkey_dyad(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if {(e.source_code or "")[:3], (e.target_code or "")[:3]} & {"GRC", "TUR"}], text


def test_turkish_and_greek_alone_still_name_the_states(pipeline) -> None:
    text = "Turkish officials criticised Greek ministers over the airspace dispute."
    assert find(pipeline.code_text(text, published=PUB), "TUR", "GRC", "11")
