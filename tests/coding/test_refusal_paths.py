"""Refusals are read on one path, ``refusals.read_refusal``: a negated act under a negating verb or
a negated acceptance (``refusal_code``), else the wider refusing frames (``refusal_frame``). Both
readings end in the same rejection event, step ``refusal``, whichever of them answers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from realpolitik.coding.refusals import read_refusal, refusal_code, refusal_frame
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2011-03-14"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Kenya refused to hold talks with Somalia on Tuesday.", "KEN", "SOM", "125"),
        ("The Tanzanian government did not approve the Rwandan proposal for joint patrols.", "TZA", "RWA", "120"),
        ("Peru balked at recognising the new Bolivian government.", "PER", "BOL", "1232"),
        ("Chile was unwilling to send aid to Argentina.", "CHL", "ARG", "122"),
    ],
)
def test_each_refusal_reading_ends_in_one_rejection_event(
    text: str, src: str, tgt: str, code: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    found = find(events, src, tgt, code)
    assert found and all(e.modality == "asserted" and e.extra.get("step") == "refusal" for e in found), events
    assert not find(events, src, tgt, "0"), events  # the refused act itself is not coded as done


@pytest.mark.parametrize(
    ("text", "word", "negating_verb"),
    [
        ("Kenya refused to hold talks with Somalia on Tuesday.", "hold", True),
        ("Peru balked at recognising the new Bolivian government.", "recognising", False),
    ],
)
def test_the_negating_verb_reading_comes_first_and_the_frames_answer_the_rest(
    nlp: Language, text: str, word: str, negating_verb: bool
) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    code = "046" if negating_verb else "057"  # talks; recognition
    via_negation = refusal_code(trigger, code)
    assert (via_negation is not None) is negating_verb
    frame = refusal_frame(trigger, "verb", code)
    expected = (via_negation, "asserted") if via_negation is not None else frame
    assert read_refusal(trigger, "verb", code, "negated") == expected
    assert read_refusal(trigger, "verb", code, "negated") is not None


def test_an_act_no_one_refused_has_no_refusal_reading(nlp: Language) -> None:
    trigger = next(t for t in nlp("Kenya held talks with Somalia on Tuesday.") if t.text == "held")
    assert read_refusal(trigger, "verb", "046", "asserted") is None
