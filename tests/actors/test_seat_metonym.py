"""SEAT METONYM (actors/seats.py): "Brussels" as a party in a story that names the European Union is the
Union; as a place or a modifier, or in a story that never names the Union, it stays Belgium's capital.

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 3, 1)


def _codes(pipeline, text: str) -> dict[str, list[str]]:
    from realpolitik.model import Article

    doc = pipeline.nlp(pipeline.make_doc(Article(text=text, published=PUB)))
    return {s.text: [a.code for a in s._.rp_actors or []] for s in doc.spans["rp_actors"]}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's membership talks with Brussels stalled, EU diplomats said.",
        "Serbia signed a trade deal with Brussels, the European Commission said.",
    ],
)
def test_brussels_as_a_party_in_an_eu_story_is_the_union(pipeline, text: str) -> None:
    assert _codes(pipeline, text)["Brussels"] == ["IGOEUREEC"], text


@pytest.mark.parametrize(
    "text",
    [
        "EU ministers met in Brussels on Monday to discuss Iran.",
        "Brussels condemned the attack on the Belgian embassy in Kinshasa.",
    ],
)
def test_brussels_as_a_place_or_outside_an_eu_story_stays_belgian(pipeline, text: str) -> None:
    assert _codes(pipeline, text)["Brussels"] == ["BEL"], text


def test_the_union_codes_the_act(pipeline) -> None:
    text = "Serbia signed a trade deal with Brussels, the European Commission said."
    events = pipeline.code_text(text, published=PUB.isoformat())
    assert {(e.source_code, e.target_code) for e in events} == {("SRB", "IGOEUREEC"), ("IGOEUREEC", "SRB")}
