"""Class NATIONAL PLACE NOUN: a nationality adjective on a common noun for a place, in a locative phrase
("in the western Ruritanian state of X", "near the Ruritanian border town of Y"), says where the
sentence is, so a countryless domestic body there (gunmen, police, rebels) is that state's, as with
the state's own name ("in Ruritania")."""

from __future__ import annotations

import pytest

import realpolitik.actors.context as context
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


@pytest.mark.parametrize(
    "text",
    [
        "Police detained six traffickers near the Bolivian border on Friday.",
        "Local officials imposed a curfew in a village near the Afghan frontier.",
    ],
)
def test_a_border_places_the_sentence_on_neither_side(text: str, pipeline: Pipeline,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Class AT THE BORDER (``context.at_border``): a state that only modifies a border noun says where the
    border runs, not which side of it the act is on; the countryless police or officials get no country."""
    assert not [e for e in pipeline.code_text(text, published=DATE) if e.modality == "asserted"], text
    monkeypatch.setattr(context, "at_border", lambda tok, top: False)
    monkeypatch.setattr(context, "BORDER_NOUNS", frozenset())
    assert [e for e in pipeline.code_text(text, published=DATE) if e.modality == "asserted"], text


def test_a_border_town_is_a_town_of_its_state(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Police detained six traffickers in the Bolivian border town of Yacuiba.",
                                published=DATE)
    assert find(events, "BOLCOP", "BOL", "17"), events
