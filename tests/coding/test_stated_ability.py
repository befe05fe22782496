"""Class STATED ABILITY (``modality.stated_ability``): "is able to veto B's deal", "is capable of striking
B" says what one can do, as "can" does (hypothetical); "was able to" says it was done (asserted); "is
unable to" that it is not (negated). Sentences written for these tests, with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.modality as modality
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2006-11-02"


@pytest.mark.parametrize(("text", "src", "tgt", "status"), [
    ("Malta is able to veto the trade pact with Libya.", "MLT", "LBY", "hypothetical"),
    ("Iran's navy is capable of attacking American warships in the Gulf.", "IRN", "USA", "hypothetical"),
    ("Britain is able to stall the Spanish proposal in the council.", "GBR", "ESP", "hypothetical"),
    ("Ecuador is unable to expel the Colombian rebels from its jungle.", "ECU", "COL", "negated"),
])
def test_an_ability_is_no_act(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, text: str, src: str, tgt: str,
                              status: str) -> None:
    events = find(pipeline.code_text(text, published=PUB), src, tgt, "")
    assert events and all(e.modality == status for e in events), [(e.event_code, e.modality) for e in events]
    monkeypatch.setattr(modality, "stated_ability", lambda chain: None)
    events = find(pipeline.code_text(text, published=PUB), src, tgt, "")
    assert any(e.modality == "asserted" for e in events), text


def test_an_ability_to_come_is_no_act_either(pipeline: Pipeline) -> None:
    events = find(pipeline.code_text("Hungary will be able to veto the Croatian membership bid.", published=PUB),
                  "HUN", "HRV", "")
    assert events and all(e.modality == "hypothetical" for e in events)


@pytest.mark.parametrize("text", ["Malta was able to veto the trade pact with Libya on Monday.",
                                  "Malta has been able to veto the trade pact with Libya."])
def test_an_ability_used_is_the_act(pipeline: Pipeline, text: str) -> None:
    events = find(pipeline.code_text(text, published=PUB), "MLT", "LBY", "")
    assert events and any(e.modality == "asserted" for e in events)
