"""Class RECALLED OWN ENVOY: recalling or withdrawing one's own ambassador is an act (CAMEO 161) toward
the state the envoy served in or the state whose act is protested, never toward the envoy himself
(sentences written for this test)."""

from __future__ import annotations

import pytest

from realpolitik.coding import recalled_envoys
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2015-10-08"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hungary recalled its ambassador in protest at Romania's new language law.", "HUN", "ROU"),
        ("Algeria withdrew its envoy over Morocco's remarks on Sunday.", "DZA", "MAR"),
        ("Ecuador has recalled its ambassador to Colombia for consultations.", "ECU", "COL"),
        ("Qatar recalled its envoy from Egypt on Friday.", "QAT", "EGY"),
    ],
)
def test_recalled_envoy_points_at_the_other_state(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, source, target, "161"), events


def test_no_named_state_gives_no_target(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Hungary recalled its ambassador for consultations.", published=PUB)
    assert not [e for e in events if e.event_code.startswith("16") and e.target_code], events


def test_switched_off_a_countryless_envoy_yields_to_the_named_state(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without this class, the general THING OR BODY route (``roles.verb_targets``: a countryless object
    noun yields to a party the clause names) reaches the protested state for this wording too."""
    text = "Hungary recalled its ambassador in protest at Romania's new language law."
    monkeypatch.setattr(recalled_envoys, "RECALL_VERBS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), "HUN", "ROU", "161")
