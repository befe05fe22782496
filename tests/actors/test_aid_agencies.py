"""AID AGENCIES: charities, aid and relief agencies, humanitarian organisations and their workers are
development NGOs (Phoenix NGODEV, as "aid groups" already were); an aid worker is no labour union (LAB)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline

DATE = "2006-05-01"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("British charities criticised Sudan over the camps.", "GBRNGODEV"),
        ("Norwegian relief agencies accused Sudan of blocking convoys.", "NORNGODEV"),
        ("French aid workers praised Chad for its help.", "FRANGODEV"),
        ("A Dutch humanitarian organisation urged Sudan to open the roads.", "NLDNGODEV"),
    ],
)
def test_aid_agencies_are_development_ngos(text: str, source: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert any(e.source_code == source for e in events), [(e.source_code, e.target_code) for e in events]
