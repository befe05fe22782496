"""A present participle on a bare plural describes a kind of people, not an act that took place
(coding/kind_descriptions.py): "complaints about Japanese soldiers serving in Iraq" is no event;
with a determiner or a number, or as the sentence's subject, the participle is a particular act.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("A joint panel hears complaints of misconduct by Kenyan officials visiting Uganda.", "KEN", "UGA"),
        ("Police questioned Nigerian lawmakers visiting Ghana about the scheme.", "NGA", "GHA"),
    ],
)
def test_a_bare_plural_s_participle_is_no_event(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, ""), text
    monkeypatch.setattr(extract, "kind_description", lambda *args: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, ""), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The two Kenyan soldiers visiting Uganda met President Museveni on Monday.", "KEN", "UGA", "04"),
        ("Rwandan troops backing the Congolese army moved closer to Goma on Friday.", "RWA", "COD", "06"),
    ],
)
def test_particular_people_s_participle_stays(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Riot police fired tear gas at demonstrators protesting the vote count in Lusaka.", "ZMB"),
        ("Soldiers broke up crowds of students protesting fuel prices in Harare.", "ZWE"),
    ],
)
def test_a_protest_under_way_is_still_a_protest(pipeline, text: str, country: str) -> None:
    """Protesters "protesting X" while they are dispersed are protesting now, not describing a kind."""
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in find(events, country, country, "14") if e.modality == "asserted"], text
