"""Pronoun owners: a possessive pronoun on a noun whose clause carries the act ("Kenya announced its
decision to impose ...", "the minister defended his plan to expel ...") refers back to the subject
of the verb governing that noun, which is then the act's source."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2013-05-08"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya announced its decision to impose sanctions on Uganda.", "KEN", "UGA"),
        ("The Ghanaian minister defended his plan to expel Togolese traders.", "GHA", "TGO"),
        ("Peru reiterated its offer to mediate between Chile and Bolivia.", "PER", "CHL"),
    ],
)
def test_a_possessive_pronoun_passes_the_governing_subject_to_the_noun_clause(
    text: str, src: str, tgt: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, ""), events


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's decision to expel Ugandan diplomats angered Kampala.",
        "Kenya criticised Uganda's decision to expel Rwandan diplomats.",
    ],
)
def test_a_named_owner_still_decides(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    if "Rwandan" in text:
        assert find(events, "UGA", "RWA", "") and not find(events, "KEN", "RWA", ""), events
    else:
        assert find(events, "KEN", "UGA", "16"), events
