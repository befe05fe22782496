"""A relative pronoun that is the object or passive subject of its clause stands for the noun the clause
hangs on ("Uganda, which Kenya accused of ...": Uganda is accused; "the envoy, who was expelled by
Kenya": the envoy is expelled). And the ``by`` phrase of a noun that governs an infinitive ("a decision
by Kenya to expel ...", "the move by Ghana to close ...") is the infinitive's doer, as its possessor
is ("Kenya's decision to expel ..."). Sentences we wrote, in several wordings."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Uganda, which Kenya accused last week of arming rebels, denied the charge.", "KEN", "UGA", "11"),
        ("The Togolese minister, whom Ghana criticised on Friday, resigned.", "GHA", "TGO", "11"),
        ("The Ugandan envoy, who was expelled by Kenya on Monday, left Nairobi.", "KEN", "UGA", "17"),
        ("Benin, which was attacked by Nigerian troops last week, protested.", "NGA", "BEN", "19"),
    ],
)
def test_a_relative_pronoun_object_stands_for_its_noun(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), events


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The move by Kenya to expel the Ugandan envoy drew protests.", "KEN", "UGA", "17"),
        ("A decision by Ghana to close its embassy in Togo angered Lome.", "GHA", "", "1"),
        ("Plans by Spain to impose tariffs on Moroccan goods were criticised.", "ESP", "MAR", "1"),
    ],
)
def test_the_by_phrase_of_a_noun_does_its_infinitive(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), events
