"""A visa tit-for-tat: TRANSPARENT ACTION NOMINAL (roles.ACTION_NOMINALS: "suspended the processing
of visas" acts on the visas), the visa-suspension composition (SEVER x VISAS, 160, as the hand-written
"suspend visa" rows), and a counted pair heading an -ing clause as its doer ("led to both countries
suspending ..."). Reducing relations is a joint act (160 and 161 are symmetric), so a counted pair
that does it acts on each other; other acts of such a pair (praise, condemnation) do not.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "The quarrel between Kenya and Uganda, which has led to both countries suspending the processing of "
        "visas, worries traders.",
        "Kenya and Uganda quarrelled for weeks, with the two countries suspending the issuing of visas.",
    ],
)
def test_a_counted_pair_suspending_visas_acts_on_each_other(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "KEN", "UGA", "16") and find(events, "UGA", "KEN", "16"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Chile froze the processing of visas for Peruvian citizens.", "CHL", "PER"),
        ("The Kenyan government suspended the issuance of visas to Somali nationals.", "KEN", "SOM"),
    ],
)
def test_the_handling_of_a_thing_is_transparent(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "16"), text
    monkeypatch.setattr(roles, "ACTION_NOMINALS", frozenset())
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "16"), text


def test_the_row_led_to_the_pair_recalling_envoys(pipeline) -> None:
    events = pipeline.code_text("The row between Chile and Peru led to the two countries recalling their ambassadors.",
                                published=PUB)
    assert find(events, "CHL", "PER", "16") and find(events, "PER", "CHL", "16")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru met on Monday. Both countries condemned the bombing in Lima.",
        "The leaders of Chile and Peru spoke on Monday, with the two countries praising the new trade rules.",
    ],
)
def test_other_acts_of_a_counted_pair_are_not_on_each_other(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:2] in ("05", "11", "12") and {e.source_code, e.target_code} <= {
        "CHL", "PER", "CHLGOV", "PERGOV"}], text
