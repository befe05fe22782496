"""Names the corpus run left unresolved that are political actors (curated facts): the Hamas leader by his
surname, the Moro fronts, rights watchers by their short names, Tories, the LDP, state media. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find_asserted

DATE = "2006-05-10"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Meshaal held talks with Egyptian officials in Cairo.", "PSE", "EGY", "04"),
    ("The MILF accused Philippine troops of shelling its camps.", "PHLREB", "PHL", "11"),
    ("HRW accused Uzbek police of torture.", "NGOHRI", "UZB", "11"),
    ("Amnesty urged Nepal to free the detainees.", "NGOHRI", "NPL", "02"),
    ("Tory lawmakers criticised the European Union over the fishing quotas.", "GBR", "IGOEUREEC", "11"),
    ("The LDP criticised South Korea over the textbook row.", "JPNPTY", "KOR", "11"),
    ("Granma accused Washington of meddling.", "CUBMED", "USA", "11"),
])
def test_a_named_movement_or_watcher_is_resolved(text: str, src: str, tgt: str, root: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find_asserted(events, src, tgt, root), codes(events)
