"""Class NATIONAL PLACE NOUN: a nationality adjective on a common noun for a place, in a locative phrase
("in the western Ruritanian state of X", "near the Ruritanian border town of Y"), says where the
sentence is, so a countryless domestic body there (gunmen, police, rebels) is that state's, as with
the state's own name ("in Ruritania")."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2019-06-11"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Gunmen shot dead two policemen in the western Mexican state of Sinaloa on Sunday.", "MEXUAF", "MEXCOP"),
        ("Unknown assailants shot a police officer dead in the southern Mexican state of Guerrero.", "MEX", "MEXCOP"),
    ],
)
def test_the_place_nouns_nationality_gives_the_local_bodies_their_country(
    text: str, src: str, tgt: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "19"), events
