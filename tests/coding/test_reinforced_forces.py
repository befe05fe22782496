"""REINFORCED FORCES and STATIONED OWN FORCE: a state that strengthens, boosts or builds up its troops or its
military presence somewhere increases armed forces (CAMEO 154) facing that place; "its troops in B" are the
owner's troops stationed in B, not B's."""

from __future__ import annotations

import pytest

from realpolitik.actors import grouping
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2001-05-02"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Turkey has strengthened its troops in northern Iraq.", "TUR", "IRQ"),
        ("Kenya increased its military presence along the Somali border.", "KEN", "SOM"),
        ("Russia reinforced its troops on the Georgian border.", "RUS", "GEO"),
    ],
)
def test_forces_built_up_somewhere_face_that_place(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "154"), codes(events)


@pytest.mark.parametrize(
    "text",
    ["Turkey has strengthened its troops in northern Iraq.", "Ethiopia has boosted its military presence in Somalia."],
)
def test_an_owned_force_in_a_place_is_not_that_places(text: str, pipeline: Pipeline,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    src, tgt = ("TUR", "IRQ") if text.startswith("Turkey") else ("ETH", "SOM")
    assert find(pipeline.code_text(text, published=DATE), src, tgt, "154"), text
    monkeypatch.setattr(grouping, "OWNER_PRONOUNS", frozenset())
    assert not find(pipeline.code_text(text, published=DATE), src, tgt, "154"), text


def test_cooperation_boosted_stays_cooperation(pipeline: Pipeline) -> None:
    events = pipeline.code_text("China boosted its cooperation with Japan.", published=DATE)
    assert find(events, "CHN", "JPN", "03") and not find(events, "CHN", "JPN", "15"), codes(events)
