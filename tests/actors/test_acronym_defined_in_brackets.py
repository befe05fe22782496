"""Class ACRONYM DEFINED IN BRACKETS (``component.parenthesised_aliases``): a capitalised name of two or more
words that no dictionary spelling matches, written right before a bracketed alias the dictionaries know
("the Liberation Tigers of Tamil Ealam (LTTE)", a spelling variant), is the alias's body; a sector noun
inside it ("Authority") is a word of the name, not a countryless government. A date or a single word
before brackets ("on Monday (AFP)") names nothing.

Sentences written for these tests, in at least two wordings.
"""

from __future__ import annotations

import pytest

from tests.coding.helpers import find

PUB = "2006-11-09"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Sri Lanka accused the Liberation Tigers of Tamil Ealam (LTTE) of breaking the truce.", "LKA", "LKAREB",
         "11"),
        ("Iran asked the Organisation of Oil Exporting Nations (OPEC) to cut output.", "IRN", "IGOOPC", "02"),
        ("Kenya welcomed a decision by the Intergovernmental Authority for Development (IGAD) on Somalia.", "KEN",
         "IGODEVIAD", "05"),
        ("Uganda praised the Intergovernmental Authority on Developmnt (IGAD) for its mediation.", "UGA",
         "IGODEVIAD", "05"),
    ],
)
def test_an_unlisted_spelling_takes_its_bracketed_alias(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, root), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_a_date_before_brackets_names_no_body(pipeline, nlp) -> None:
    from realpolitik.nlp.extensions import ACTOR_SPANS

    doc = nlp("Police said on Monday (AFP) that the talks had failed.")
    assert [s.text for s in doc.spans[ACTOR_SPANS] if "Monday" in s.text] == []
