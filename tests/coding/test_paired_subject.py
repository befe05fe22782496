"""PAIR OF STATES BY A COMMA (``roles.paired_subject``): headline and wire style joins two subjects with a
comma alone ("A, B sign trade deal"), and the parser hangs the first on the verb as a loose modifier; it
is a co-subject of the verb. An apposition or a fronted phrase before the subject is not. Sentences written
for these tests, in at least two wordings."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import asserted_pairs

PUB = "2024-03-01"


def pairs(pipeline, text: str) -> set[tuple[str, str, str]]:
    return asserted_pairs(pipeline.code_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "first", "second", "code"),
    [
        ("Peru, Ecuador sign border trade deal", "PER", "ECU", "057"),
        ("Ghana, Togo agree to boost trade", "GHA", "TGO", "031"),
        ("Chile, Bolivia hold talks on water rights", "CHL", "BOL", "04"),
    ],
)
def test_a_comma_pair_of_states_acts_together(pipeline, monkeypatch, text: str, first: str, second: str,
                                              code: str) -> None:
    found = {(s, t, c[: len(code)]) for s, t, c in pairs(pipeline, text)}
    assert (first, second, code) in found and (second, first, code) in found, found
    monkeypatch.setattr(roles, "paired_subject", lambda verb, actors: [])
    assert (first, second, code) not in {(s, t, c[: len(code)]) for s, t, c in pairs(pipeline, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Peru, the largest buyer, signed a trade deal with Ecuador.",
        "In Lima, Peru signed a trade deal with Ecuador.",
    ],
)
def test_an_apposition_or_a_fronted_place_is_no_partner(pipeline, text: str) -> None:
    assert ("PER", "ECU", "057") in pairs(pipeline, text)
    assert not {p for p in pairs(pipeline, text) if p[0] != "PER" and p[1] == "PER" and p[0] != "ECU"}
