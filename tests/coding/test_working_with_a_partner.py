"""Class WORKING WITH A PARTNER (curated rows rp-3544 ... rp-3548): working (closely, together) with B,
teaming up or partnering with B, joining hands or making joint efforts with B is cooperation with B (050),
and an intent to cooperate (03x) when it is offered or promised. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.coding.helpers import find, find_asserted

PUB = "2012-06-06"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Hanoi is ready to work closely with Vientiane on building new road links.", "VNM", "LAO", "03"),
    ("Norway will work together with Iceland on fishing quotas, the minister said.", "NOR", "ISL", "03"),
    ("Chile will join hands with Peru in protecting the coast.", "CHL", "PER", "03"),
    ("Ecuador will make joint efforts with Colombia in the fight against smuggling.", "ECU", "COL", "03"),
    ("Tanzanian police are working with Kenyan investigators to trace the gang.", "TZA", "KEN", "05"),
])
def test_working_with_a_partner_is_cooperation(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


def test_working_on_something_alone_is_no_cooperation(pipeline) -> None:
    events = pipeline.code_text("Ghana is working hard to finish the new port before Togo does.", published=PUB)
    assert not find(events, "GHA", "TGO", "0"), events
