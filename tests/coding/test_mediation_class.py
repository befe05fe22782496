"""Mediating, brokering, facilitating or sponsoring talks between parties is mediation (045) toward
each party named by 'between'; coordination joins the cooperation objects. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2023-01-20"


@pytest.mark.parametrize(
    ("text", "src", "sides"),
    [
        ("Qatar mediated talks between Sudan and Chad.", "QAT", ("SDN", "TCD")),
        ("Norway facilitated negotiations between Colombia and Venezuela last week.", "NOR", ("COL", "VEN")),
        ("Algeria brokered a dialogue between Mali and Niger.", "DZA", ("MLI", "NER")),
    ],
)
def test_mediating_talks_between_parties(text: str, src: str, sides: tuple[str, str], pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    for side in sides:
        assert find(events, src, side, "045"), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan will strengthen coordination on water issues.",
        "Chile and Peru agreed to deepen coordination on fisheries.",
    ],
)
def test_deepening_coordination_is_cooperation(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code.startswith("03")], [
        (e.source_code, e.target_code, e.event_code) for e in events
    ]


THIRD_PARTY = [
    ("Norway arranged a meeting between Sri Lanka and the Tamil rebels.", "NOR", ("LKA", "LKAREB")),
    ("Egypt is working to restart negotiations between Israel and Hamas.", "EGY", ("ISR", "PSE")),
]


@pytest.mark.parametrize(("text", "src", "sides"), THIRD_PARTY)
def test_convening_talks_between_others_is_mediation(text: str, src: str, sides: tuple[str, str],
                                                      pipeline: Pipeline) -> None:
    """Class THIRD PARTY TO TALKS (compositions.tsv): the parties' talks are not reported as held here."""
    events = pipeline.code_text(text, published=PUB)
    for side in sides:
        assert find(events, src, side, "045"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, sides[0], sides[1][:3], "04") or not [
        e for e in find(events, sides[0], sides[1][:3], "04") if e.modality == "asserted"]


@pytest.mark.parametrize(("text", "partner"), [
    ("Egypt resumed talks with Israel on Monday.", "ISR"),
    ("Egypt and Israel held a summit in Cairo on Sunday.", "ISR"),
])
def test_own_talks_without_between_keep_their_code(text: str, partner: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "EGY", partner, "04") and not find(events, "EGY", partner, "045"), events


@pytest.mark.parametrize(("text", "src", "tgt", "code"), [
    ("The Arab League mediated in the Sudanese crisis.", "IGOMEAARL", "SDN", "045"),
    ("Qatar offered to mediate in the Lebanese political standoff.", "QAT", "LBN", "039"),
])
def test_mediating_in_a_states_matter(text: str, src: str, tgt: str, code: str, pipeline: Pipeline) -> None:
    """MEDIATION IN A MATTER (rp-3505): "in the X crisis" is the matter's state, not a venue."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]
