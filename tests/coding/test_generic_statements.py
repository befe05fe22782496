"""Statements that look like events between states but report none (coding/nonevents.py): a copula
describing a relation ("there is close cooperation between A and B", "cooperation between A and B
is excellent"), a licence or permit a government issues at home, and violence among sport fans.

Sentences written for these tests; each is also coded with the rule switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.nonevents as nonevents
import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("There is excellent cooperation between Chile and Peru on fisheries, the minister said.", "CHL", "PER"),
        ("There has been close cooperation between the Malian and Nigerien armies for years.", "MLI", "NER"),
        ("Cooperation between Ghana and Togo is excellent, the envoy said.", "GHA", "TGO"),
    ],
)
def test_a_described_relation_is_no_event(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert not find(code(pipeline, text), src, tgt, "05"), text
    monkeypatch.setattr(nonevents, "stated_relation", lambda trigger: False)
    assert not find(code(pipeline, text), src, tgt, "05"), text  # a relation noun alone is no event either
    monkeypatch.setattr(roles, "RELATION_NOUNS", frozenset())
    assert find(code(pipeline, text), src, tgt, "05"), text


def test_cooperation_that_someone_offers_is_still_an_event(pipeline) -> None:
    assert find(code(pipeline, "Chile offered Peru closer cooperation on fisheries."), "CHL", "PER", "0")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Kenyan government has granted a licence to a Kenyan mining firm to explore for gold.", "KEN", "KEN"),
        ("Nigeria's oil ministry issued a permit to a Nigerian refinery on Monday.", "NGA", "NGA"),
    ],
)
def test_a_permit_issued_at_home_is_administration(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert not find(code(pipeline, text), src, tgt, "06"), text
    monkeypatch.setattr(extract, "domestic_permit", lambda *args: False)
    monkeypatch.setattr(extract, "internal_affair", lambda *args: False)  # the wider class (coding/domestic.py)
    assert find(code(pipeline, text), src, tgt, "06"), text


def test_a_permit_issued_to_a_foreign_firm_is_not_domestic(pipeline) -> None:
    from realpolitik.coding.nonevents import domestic_permit
    from realpolitik.model import Actor

    doc = pipeline.nlp("Ghana granted a licence to a Chinese firm.")
    verb = next(t for t in doc if t.lower_ == "granted")
    gov, firm = Actor(text="Ghana", code="GHAGOV"), Actor(text="a Chinese firm", code="CHNBUS")
    assert not domestic_permit(verb, None, [gov], [firm])
    assert domestic_permit(verb, None, [gov], [Actor(text="a Ghanaian firm", code="GHABUS")])


@pytest.mark.parametrize(
    ("text", "tgt"),
    [
        ("A mob attacked a Turkish-German fan in Berlin on Saturday.", "TUR"),
        ("A mob beat a Moroccan fan outside the ground in Madrid.", "MAR"),
        ("Rioters assaulted a Dutch referee in Brussels after the final whistle.", "NLD"),
    ],
)
def test_violence_among_fans_is_sport(pipeline, monkeypatch, text: str, tgt: str) -> None:
    assert not [e for e in code(pipeline, text) if (e.target_code or "").startswith(tgt)], text
    monkeypatch.setattr(nonevents, "SPORT_WORDS", nonevents.ACTOR_SPORT_WORDS)
    assert [e for e in code(pipeline, text) if (e.target_code or "").startswith(tgt)], text
