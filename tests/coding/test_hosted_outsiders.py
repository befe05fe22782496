"""HOSTED OUTSIDERS (coding/nonevents.py, ``hosted_outsiders``): a state hosting refugees or migrants
shelters them; they pay it no visit (042/043). A state hosting a leader is a visit, as before.

Sentences written for these tests; each is also coded with the class switched off, together with
PRIVATE TRAVELLERS (coding/private_travel.py), which drops the same visit by its refugee traveller.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.nonevents as nonevents
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "host", "guests"),
    [
        ("Jordan has hosted thousands of Iraqi refugees since the war.", "JOR", "IRQ"),
        ("Pakistan has long hosted millions of Afghan refugees in border camps.", "PAK", "AFG"),
    ],
)
def test_sheltering_refugees_is_no_visit(pipeline, monkeypatch, text: str, host: str, guests: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), guests, host, "042"), text
    monkeypatch.setattr(nonevents, "hosted_outsiders", lambda trigger: False)
    monkeypatch.setattr(extract, "private_travel", lambda code, src, tgt, actors, trigger=None, planned=False: False)
    assert find(pipeline.code_text(text, published=PUB), guests, host, "042"), text


def test_hosting_a_leader_is_still_a_visit(pipeline) -> None:
    events = pipeline.code_text("Kenya hosted the Somali president for talks on Monday.", published=PUB)
    assert find(events, "SOM", "KEN", "042") and find(events, "KEN", "SOM", "043")
