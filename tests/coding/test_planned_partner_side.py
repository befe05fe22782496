"""The partner's side of a planned act is planned too: a pattern's reverse event (the host of a
visit, the other signer of a pact, the other side of talks) follows the act's own planned
conversion (analyst conventions: an intent, 03), never an asserted act that has not happened.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya plans to sign a pact with Uganda in June.", {"KEN", "UGA"}),
        ("Chile is due to receive the Bolivian president next week.", {"CHL", "BOL"}),
        ("The Ghanaian foreign minister will hold talks with his Togolese counterpart on Friday.", {"GHA", "TGO"}),
    ],
)
def test_no_side_of_a_planned_act_is_asserted_as_done(pipeline, text: str, pair: set[str]) -> None:
    events = [
        e
        for e in pipeline.code_text(text, published=PUB)
        if {(e.source_code or "")[:3], (e.target_code or "")[:3]} == pair and e.modality == "asserted"
    ]
    assert events, text
    coded = [(e.source_code, e.target_code, e.event_code) for e in events]
    assert all(e.event_code.startswith("03") for e in events), coded
