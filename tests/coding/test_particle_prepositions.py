"""Class PARTICLE READ AS PREPOSITION: the parser often reads the particle of a particle verb as a
preposition whose object is the verb's object ("passed [on] his condolences" as on/prep > condolences
/pobj). A particle verb's verb + object pattern still matches such a phrase: the verb's particle is the
word the parser took for a preposition. A plain verb never takes a preposition's object as its own."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2015-05-12"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("The Swedish king passed on his condolences to the people of Peru.", "SWEGOV", "PER", "018"),
        ("The Greek prime minister passed on his sympathy to the Albanian president.", "GRCGOV", "ALBGOV", "018"),
        ("The Estonian government passed on the information to Finland on Friday.", "ESTGOV", "FIN", "064"),
    ],
)
def test_a_particle_verb_read_as_a_preposition_keeps_its_pattern(
    text: str, src: str, tgt: str, code: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, code), events
