"""An act that is called off did not happen; one that is put off is still planned
(coding/called_off.py): a cancelled or abandoned event noun is not asserted, a postponed
meeting or visit is the intent to meet (036, analyst conventions), never a visit that took place.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The IAEA inspection of Iranian sites was cancelled.", "IGO", "IRN", "09"),
        ("Brazil abandoned the joint naval exercise with Argentina.", "BRA", "ARG", "06"),
    ],
)
def test_a_cancelled_act_is_not_asserted(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    assert not [e for e in find(pipeline.code_text(text, published=PUB), src, tgt, root) if e.modality == "asserted"]
    monkeypatch.setattr(extract, "called_off", lambda noun: None)
    assert [e for e in find(pipeline.code_text(text, published=PUB), src, tgt, root) if e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Ghanaian president's visit to Togo was postponed until next month.", "GHA", "TGO"),
        ("A summit between the Kenyan and Ugandan presidents was put off until Friday.", "KEN", "UGA"),
    ],
)
def test_a_rescheduled_meeting_is_still_planned(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "036"), text
    assert not [e for e in events if e.event_code[:3] in ("040", "042", "043") and e.modality == "asserted"], text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Ghanaian president's visit to Togo was postponed because of the floods.", "GHA", "TGO"),
        ("Chad's premier has indefinitely postponed his visit to Niger.", "TCD", "NER"),
        ("Chad's premier postponed the visit to Niger that he had planned.", "TCD", "NER"),
    ],
)
def test_an_act_put_off_without_a_new_date_is_not_asserted(pipeline, text: str, src: str, tgt: str) -> None:
    """PUT OFF: postponed with no new time, or indefinitely, the meeting may never happen: no asserted
    visit and no asserted intent to meet."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "0"), text
    assert not [e for e in find(events, src, tgt, "0") if e.modality == "asserted"], text


def test_broken_off_talks_stay_the_halting_of_negotiations(pipeline) -> None:
    events = pipeline.code_text("Kenya suspended its talks with Somalia.", published=PUB)
    assert find(events, "KEN", "SOM", "164")
