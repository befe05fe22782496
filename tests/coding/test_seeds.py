"""Acceptance events on the two seed articles (issue 4 and 5), coded through the real pipeline."""

from datetime import date

import pytest

from tests.coding.helpers import find
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seed003(pipeline):
    return pipeline.code_text((SEEDS / "003_472764142b3a9927.txt").read_text(encoding="utf-8"), published="2017-10-09")


@pytest.fixture(scope="module")
def seed000(pipeline):
    return pipeline.code_text((SEEDS / "000_a76e36512f66a408.txt").read_text(encoding="utf-8"), published="2025-06-01")


def test_maduro_visit_to_turkey_dated_october_6(seed003) -> None:
    hits = [e for e in find(seed003, "VEN", "TUR", "042") if "travelled to Turkey on October 6" in e.evidence]
    assert hits and hits[0].event_date == date(2017, 10, 6) and hits[0].modality == "asserted"


def test_turkey_hosts_venezuela(seed003) -> None:
    hits = find(seed003, "TUR", "VEN", "043")
    assert any("travelled to Turkey" in e.evidence for e in hits)


def test_turkey_and_venezuela_sign_agreements(seed003) -> None:
    hits = find(seed003, "TUR", "VEN", "057") + find(seed003, "VEN", "TUR", "057")
    assert any("signed four agreements" in e.evidence for e in hits)


def test_us_sanctions_against_venezuela(seed003) -> None:
    hits = find(seed003, "USA", "VEN", "163")
    assert any("US sanctions" in e.evidence for e in hits)


def test_russia_supplies_venezuela(seed003) -> None:
    hits = find(seed003, "RUS", "VEN", "07")
    assert any("supplying Caracas" in e.evidence for e in hits)


def test_mattis_visits_turkey(seed003) -> None:
    hits = find(seed003, "USA", "TUR", "042")
    assert any("Mattis" in e.evidence for e in hits)


def test_russia_and_china_cooperate_with_venezuela(seed003) -> None:
    for src in ("RUS", "CHN"):
        assert any("cultivated close relationships" in e.evidence for e in find(seed003, src, "VEN", "05"))


def test_us_turkey_conflict_events(seed003) -> None:
    conflict = [
        e for e in seed003 if {e.source_code[:3], e.target_code[:3]} == {"USA", "TUR"} and (e.quad_class or 0) >= 3
    ]
    assert conflict


def test_leaders_phone_call_both_directions(seed000) -> None:
    for src, tgt in (("TURGOV", "VENGOV"), ("VENGOV", "TURGOV")):
        hits = [e for e in seed000 if e.source_code == src and e.target_code == tgt and e.event_code == "041"]
        assert any("phone conversation" in e.evidence for e in hits), (src, tgt)


def test_exile_event_is_not_asserted(seed000) -> None:
    hits = [e for e in seed000 if "exile" in e.evidence and {e.source_code[:3], e.target_code[:3]} == {"TUR", "VEN"}]
    assert hits and all(e.modality != "asserted" for e in hits)


def test_every_seed_event_is_dyadic_and_typed(seed003, seed000) -> None:
    for e in seed003 + seed000:
        assert e.source and e.target and e.source.code != e.target.code
        assert e.quad_class in (1, 2, 3, 4) and e.goldstein is not None and e.event_name
        assert 0.05 <= e.confidence <= 0.99
