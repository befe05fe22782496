"""Classes ELIDED COMPASS NAME and BOTH HALVES OF A DIVIDED NAME (``actors/elided_names.py``): "North
and South Korea", "East and West Germany" name two states though the dictionary matches only the second
full name; "the two Koreas" and "both Koreas" name both halves. A region ("North and South America") and a
compass word of another phrase are left alone. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.pipeline import Pipeline
from tests.actors.conftest import codes
from tests.coding.helpers import find_asserted

Parse = Callable[..., Doc]
DAY = date(1999, 6, 9)


@pytest.mark.parametrize("text", [
    "North and South Korea resumed Red Cross talks in the border village on Monday.",
    "South and North Korea resumed Red Cross talks in the border village on Monday.",
    "The two Koreas resumed Red Cross talks in the border village on Monday.",
])
def test_both_koreas_are_parties(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=DAY.isoformat())
    assert find_asserted(events, "PRK", "KOR", "04") and find_asserted(events, "KOR", "PRK", "04"), events


@pytest.mark.parametrize(("text", "expected"), [
    ("East and West Germany signed the treaty in 1990.", {"DDR", "DEU"}),
    ("Both Koreas sent envoys to the Beijing talks.", {"PRK", "KOR"}),
])
def test_each_half_is_a_state(parse: Parse, text: str, expected: set[str]) -> None:
    found = {c for cs in codes(parse(text, DAY)).values() for c in cs}
    assert expected <= found, codes(parse(text, DAY))


def test_a_region_is_not_split(parse: Parse) -> None:
    found = {c for cs in codes(parse("Trade between North and South America grew last year.", DAY)).values()
             for c in cs}
    assert not found & {"USA", "PRK", "KOR"}, found
