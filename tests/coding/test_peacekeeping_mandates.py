"""Prolonging the mandate of a peacekeeping or protection force (extend/renew/prolong x mandate of a
mission, force or operation) is providing military protection (CAMEO 074; 0334 when still expected);
the mandate of a commission or an envoy is not. Sentences written for this test."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2023-01-17"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.pattern_id) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("The African Union extended the mandate of its force in Somalia by six months.", "IGO", "SOM", "074"),
        ("On Friday the UN renewed the mandate of its mission in Haiti until June.", "IGOUNO", "HTI", "074"),
        ("West African leaders are expected to prolong the mandate of their operation in Gambia.", "", "GMB", "0334"),
    ],
)
def test_a_prolonged_peacekeeping_mandate_is_protection(text: str, source: str, target: str, code: str,
                                                        pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, source, target, code), _show(events)


def test_another_mandate_is_no_protection(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The UN extended the mandate of its special envoy for Haiti by a year.", published=PUB)
    assert not find(events, "", "", "074") and not find(events, "", "", "0334"), _show(events)


@pytest.mark.parametrize("text", [
    "The Danish parliament voted for extending the mandate of its soldiers in Iraq.",
    "The council extended the mandate of the special envoy to Somalia.",
])
def test_extending_another_mandate_is_no_demand(text: str, pipeline: Pipeline) -> None:
    """CAMEO.2.0 codes the bare 'extend a mandate' as a demand (100); only a peacekeeping force's is an
    event (074), and no other mandate extended demands anything of anyone."""
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "", "", "10"), _show(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Security Council extended the mandate of the ECOWAS monitoring mission in Liberia by a year.", "LBR"),
        ("The UN renewed the mandate of the African Union force in Sudan on Tuesday.", "SDN"),
    ],
)
def test_the_mission_s_theatre_is_protected_not_the_mission(text: str, target: str, pipeline: Pipeline,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """MISSION'S THEATRE (``roles.mission_theatre``): a mission named by its body is no target; the
    state it serves in is."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "IGO", target, "074"), _show(events)
    monkeypatch.setattr(roles, "mission_theatre", lambda noun, actors: [])
    assert not find(pipeline.code_text(text, published=PUB), "IGO", target, "074"), text
