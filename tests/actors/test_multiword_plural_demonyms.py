"""Class PLURAL OF A MULTI-WORD DEMONYM (``scripts/build_actors.py``, ``plural_demonyms``): "South Africans",
"Sri Lankans", "Sierra Leoneans" are that state's people. Without the plural, the last word alone matched
a region ("Africans" → AFR) or nothing. The build adds the plural of a several-word demonym only when the
same entry lists the state name it comes from ("South African" beside "South Africa"), so place names
ending alike ("Abu Dhabi", "Bandar Seri Begawan") get none.

Sentences written for these tests, in at least two wordings.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes
from tests.conftest import REPO

Parse = Callable[..., Doc]
D2010 = date(2010, 3, 9)


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_actors", REPO / "scripts" / "build_actors.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_demonyms_of_a_listed_state_name_get_a_plural(build) -> None:
    got = build.plural_demonyms(["South Africa", "South African", "Abu Dhabi", "Bandar Seri Begawan", "Iraqi"])
    assert "South Africans" in got and "Iraqis" in got
    assert "Abu Dhabis" not in got and "Bandar Seri Begawans" not in got


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("South Africans queued for hours to vote on Wednesday.", "South Africans", "ZAF"),
        ("Thousands of Sri Lankans fled the floods near Galle.", "Sri Lankans", "LKA"),
        ("Hundreds of Sierra Leoneans marched against the government in Freetown.", "Sierra Leoneans", "SLE"),
    ],
)
def test_the_plural_names_the_state_not_a_region(parse: Parse, text: str, span: str, code: str) -> None:
    found = codes(parse(text, D2010))
    assert found.get(span) == [code], found


def test_the_region_plural_alone_still_names_the_region(parse: Parse) -> None:
    assert codes(parse("Africans and Europeans met in Lisbon for the summit.", D2010)).get("Africans") == ["AFR"]
