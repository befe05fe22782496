"""TRADED FIRE (``coding/data/compositions.tsv``, a ``mutual`` line): fire traded, swapped or exchanged is
fighting by both sides (193 small arms, 194 artillery), never the economic cooperation the bare TRADE
row reads (a trade between states stays no fighting). Sentences written for these tests."""

from __future__ import annotations

import pytest

PUB = "2024-03-01"


def _pairs(events, root: str) -> set[tuple[str, str, str]]:
    return {(e.source_code[:3], e.target_code[:3], e.event_code[:3]) for e in events if e.event_code[:2] == root}


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        ("Indian soldiers traded fire with Pakistani border guards on Sunday.", "IND", "PAK", "193"),
        ("Armenian forces swapped artillery fire with Azerbaijani troops overnight.", "ARM", "AZE", "194"),
        ("Ethiopian and Eritrean soldiers exchanged gunfire near the border town.", "ETH", "ERI", "193"),
    ],
)
def test_traded_fire_is_fighting_both_ways(pipeline, text: str, a: str, b: str, code: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert {(a, b, code), (b, a, code)} <= _pairs(events, "19"), _pairs(events, "19")
    assert not _pairs(events, "06"), text


def test_trade_itself_stays_economic(pipeline) -> None:
    events = pipeline.code_text("Kenya traded with Uganda through the lake ports on Monday.", published=PUB)
    assert not _pairs(events, "19")
