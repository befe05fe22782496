"""A free relative that names what a verb or preposition governs ("condemned what it called ...",
"protested over what it described as ...", "criticised what it said was ..."): the parser makes
"what" the object of the naming verb, so the phrase it names stands in for the governing word's
object and gives the act its target. Sentences we wrote, in several wordings."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2019-06-11"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya condemned what it called Ugandan aggression.", "KEN", "UGA", "11"),
        ("Ghana denounced what it described as Togolese meddling in its affairs.", "GHA", "TGO", "11"),
        ("Ghana criticised what it said was Togo's interference.", "GHA", "TGO", "11"),
    ],
)
def test_the_phrase_a_free_relative_names_is_the_object(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), events


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya lashed out at what it described as Ugandan aggression.", "KEN", "UGA", "11"),
        ("Peru expressed anger over what it said was Chile's interference.", "PER", "CHL", "11"),
    ],
)
def test_a_free_relative_after_a_preposition_names_its_object(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), events


def test_a_question_word_of_another_verb_names_nothing(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya asked what Uganda wanted from the talks.", published=DATE)
    assert not find(events, "KEN", "UGA", "11"), events
