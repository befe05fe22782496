"""Class GROUP LED BY SOMEONE (``coding/roles.py``, ``group_led_by``): a delegation, team or group of no
stated side that is named by who leads or heads it acts as its leader's side. Sentences written for
these tests, two wordings or more."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import asserted_pairs

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A delegation led by the Kenyan deputy premier met Ugandan officials on Monday.", ("KEN", "UGA", "040")),
        ("A business team headed by the Chilean trade minister held talks with Peruvian officials in Lima.",
         ("CHL", "PER", "046")),
    ],
)
def test_the_group_acts_as_its_leader(pipeline, monkeypatch, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in asserted_pairs(pipeline.code_text(text, published=PUB)), text
    monkeypatch.setattr(roles, "group_led_by", lambda group, actors: [])
    assert pair not in asserted_pairs(pipeline.code_text(text, published=PUB)), text


def test_a_group_of_stated_members_keeps_them(pipeline) -> None:
    text = "A group of Kenyan lawyers led by a Ugandan activist met Tanzanian officials on Monday."
    pairs = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert ("KEN", "TZA", "040") in pairs and ("UGA", "TZA", "040") not in pairs
