"""WATCHDOGS: news names a regulator by its domain and "watchdog" ("the Kenyan food watchdog", "Beijing
consumer watchdogs"): a state's regulatory agency (GOV); "the UN nuclear watchdog" is the IAEA. A rights
or press-freedom watchdog is no regulator and is not read as a government. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find_asserted

DATE = "2006-05-10"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The UN nuclear watchdog criticised Syria on Monday.", "IGOUNOIAE", "SYR", "11"),
    ("Syria pledged to cooperate with the U.N. nuclear watchdog.", "SYR", "IGOUNOIAE", "03"),
])
def test_the_un_nuclear_watchdog_is_the_iaea(text: str, src: str, tgt: str, root: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find_asserted(events, src, tgt, root), codes(events)


@pytest.mark.parametrize("text", [
    "Nigerian consumer watchdogs are investigating Coca-Cola.",
    "The Nigerian food safety watchdog is investigating Coca-Cola.",
])
def test_a_regulatory_watchdog_is_its_states_government(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find_asserted(events, "NGAGOV", "", "09"), codes(events)


def test_a_rights_watchdog_is_no_government(pipeline: Pipeline) -> None:
    events = pipeline.code_text("A Danish human rights watchdog criticised Nigeria.", published=DATE)
    assert not find_asserted(events, "DNKGOV", "NGA", "11"), codes(events)


@pytest.mark.parametrize("text", [
    "The EU's top financial watchdog praised the European Union for its reforms.",
    "The EU's own court of auditors criticised the European Union over farm payments.",
])
def test_an_organisations_own_organ_acting_on_it_is_no_event(text: str, pipeline: Pipeline, monkeypatch) -> None:
    """ORGANISATION AND ITS OWN ORGAN (``rules.own_organ``): internal business, as a government acting on its state."""
    events = pipeline.code_text(text, published=DATE)
    assert not any(e.source_code.startswith("IGOEUREEC") and e.target_code.startswith("IGOEUREEC")
                   for e in events), codes(events)
    from realpolitik.coding import rules
    monkeypatch.setattr(rules, "ORGAN_SECTORS", frozenset())
    events = pipeline.code_text(text, published=DATE)
    assert any(e.source_code.startswith("IGOEUREEC") and e.target_code.startswith("IGOEUREEC") for e in events)


def test_an_organisations_officer_still_acts_on_others(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The EU's top financial watchdog criticised Greece.", published=DATE)
    assert find_asserted(events, "IGOEUREEC", "GRC", "11"), codes(events)
