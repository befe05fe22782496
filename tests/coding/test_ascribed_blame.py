"""Blame by ascription (CAMEO 112): a verb of judging or naming with a blame predicate on its object
("held X responsible", "identified X as culpable", "named the managers of X who are accountable").
Sentences written for this test."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2022-03-09"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.pattern_id) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Chile held Bolivia responsible for the border incident.", "CHL", "BOL"),
        ("The Thai government identified Cambodian soldiers as responsible for the shelling.", "THA", "KHM"),
        ("Estonia's cabinet named two Latvian ministers as culpable in the ferry scandal.", "EST", "LVA"),
        ("The Kenyan cabinet named the Tanzanian managers who are accountable for the oil spill.", "KEN", "TZA"),
    ],
)
def test_blame_predicated_of_the_object_is_an_accusation(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "112"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan cabinet met the Tanzanian managers who are responsible for trade.",
        "Chile named a Bolivian engineer as its new harbour adviser.",
        "The Kenyan judge found two Ugandan officers not responsible for the crash.",
    ],
)
def test_naming_or_meeting_without_blame_is_no_accusation(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "", "", "112"), _show(events)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "group"),
    [
        ("Colombia tied the Venezuelan minister to the FARC rebels.", "COL", "VENGOV", "COLREB"),
        ("Kenya has linked the Somali Islamists with Al-Qaeda.", "KEN", "SOM", "IMGMUSALQ"),
    ],
)
def test_linked_to_outlaws_is_blame_of_the_one_linked(pipeline: Pipeline, monkeypatch, text: str, src: str,
                                                      tgt: str, group: str) -> None:
    """LINKED TO OUTLAWS: tying an actor to an armed, terrorist or criminal group accuses the actor; no link
    (0311) or other act toward the group."""
    from realpolitik.coding import ascriptions, extract

    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "112") and not find(events, src, group, ""), _show(events)
    monkeypatch.setattr(ascriptions, "LINKING_VERBS", frozenset())
    monkeypatch.setattr(extract, "linked_to_outlaws", lambda verb, actors: False)
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "112")


def test_linking_things_is_no_blame(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya linked its power grid with Uganda's.", published=PUB)
    assert not [e for e in events if e.event_code.startswith("11")], _show(events)


@pytest.mark.parametrize("text", [
    "Kenya joined the United States in tying the militia's commanders to Al-Qaeda.",
    "The Kenyan police linked the attack to Al-Shabaab.",
])
def test_nothing_is_linked_with_the_outlaws_themselves(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if (e.target_code or "").startswith(("IMG", "SOMREB"))], _show(events)


@pytest.mark.parametrize(("text", "targets"), [
    ("The Kenyan cabinet named two Ugandan managers and three Tanzanian inspectors who were accountable for the "
     "collapse.", {"UGA", "TZA"}),
    ("The Peruvian government has identified Chilean firms and Bolivian inspectors that were responsible for "
     "the leak.", {"CHL", "BOL"}),
])
def test_a_relative_clause_on_the_last_conjunct_blames_every_one_named(text: str, targets: set[str],
                                                                       pipeline: Pipeline) -> None:
    """SHARED RELATIVE: "named X and Y who were responsible" blames X as well as Y."""
    events = pipeline.code_text(text, published=PUB)
    assert {(e.target_code or "")[:3] for e in events if e.event_code == "112"} >= targets, _show(events)
