"""COMMERCIAL DEALINGS (coding/commercial.py) and GOODS ORDERED (coding/nonevents.py): a firm's own
trade makes no cooperative event, and ordering goods is buying them, not a command (10); a state's
acts on a firm, a firm's conflictual acts and a government's deal with a firm stay political.

Sentences written for these tests; each of the first ones is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.nonevents as nonevents
from tests.coding.helpers import dyads

PUB = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "The Emirati airline Etihad signed a deal with the American planemaker Boeing to buy forty aircraft.",
        "A Zambian mining firm agreed to supply copper to a Chinese smelter.",
    ],
)
def test_a_firm_s_trade_is_no_cooperative_event(pipeline, monkeypatch, text: str) -> None:
    assert pipeline.code_text(text, published=PUB) == []
    monkeypatch.setattr(extract, "commercial_dealing", lambda code, src, tgt: False)
    off = pipeline.code_text(text, published=PUB)
    assert any(e.event_code[:2] in ("03", "05") for e in off), dyads(off)


@pytest.mark.parametrize(
    "text",
    [
        "Singapore Airlines ordered 20 jets from the European planemaker Airbus.",
        "The Indian navy has ordered two more submarines from a French shipyard.",
        "The Brazilian air force ordered thirty fighter jets from Sweden's Saab.",
    ],
)
def test_goods_ordered_are_a_purchase_not_a_demand(pipeline, monkeypatch, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("10")]
    monkeypatch.setattr(nonevents, "goods_ordered", lambda trigger: False)
    off = pipeline.code_text(text, published=PUB)
    assert any(e.event_code.startswith("10") for e in off), dyads(off)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya's energy minister will sign a power deal with the French company Total next week.", "KENGOV",
         "FRABUS", "03"),
        ("The Chinese commerce ministry fined the American retailer Walmart on Monday.", "CHNGOV", "USABUS", "1"),
        ("The Peruvian government ordered the Canadian miner to halt work at the site.", "PERGOV", "CANBUS", "1"),
        ("The Kenyan president ordered the Ugandan envoy to leave the country.", "KENGOV", "UGAGOV", "17"),
        ("Protesting villagers in Nigeria's Rivers state reached an agreement with a Dutch oil company on Sunday "
         "to end their blockade.", "NGACVL", "NLDBUS", "057"),
        ("Protesting villagers in Nigeria's Rivers state reached an agreement with a Dutch oil company on Sunday "
         "to end their blockade.", "NLDBUS", "NGACVL", "057"),
    ],
)
def test_states_dealing_with_firms_and_orders_to_people_stay(pipeline, text: str, src: str, tgt: str,
                                                             root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    found = [e for e in events
             if (e.source_code, e.target_code[:3]) == (src, tgt[:3]) and e.event_code.startswith(root)]
    assert found, dyads(events)
