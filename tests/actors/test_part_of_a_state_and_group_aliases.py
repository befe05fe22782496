"""Curated names (``actors/data/curated``): "eastern Congo" and its variants name the Democratic Republic
of the Congo (the Republic of the Congo lies to its west, so "eastern Congo" is never Brazzaville's), while
a bare "Congo" keeps the dictionaries' reading; "LRA" (Lord's Resistance Army) names Ugandan rebels
(Phoenix files them under a later home). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import codes


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Militias in northeastern Congo attacked a UN convoy.", "Militias in northeastern Congo", "CODREB"),
    ("Aid agencies say fighting in eastern Congo has displaced thousands.", "eastern Congo", "COD"),
    ("LRA fighters raided a camp near Gulu.", "LRA fighters", "UGAREB"),
    ("Lord's Resistance Army commanders freed two hostages.", "Lord's Resistance Army commanders", "UGAREBMIL"),
])
def test_curated_names(parse, text: str, mention: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(parse(text, date(2006, 6, 1)))[mention] == [code]


def test_a_bare_congo_keeps_its_dictionary_reading(parse) -> None:  # type: ignore[no-untyped-def]
    assert codes(parse("Congo and Gabon signed a fishing deal.", date(2006, 6, 1)))["Congo"] == ["COG"]
