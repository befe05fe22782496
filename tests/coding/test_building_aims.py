"""A purpose clause of a building-up act states an aim, not a deed (coding/purposes.py): "X is
buying tanks to deter Y" codes no asserted act of deterring; the aim is kept as ``intended``.
Purposes carried out by their means (material help) stay acts.

Sentences written for these tests; each is also coded with the rule switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Ghana is building new gunboats to try and counter Togolese smugglers.", "GHA", "TGO", "11"),
        ("Thailand is massing troops on the border to threaten Cambodia.", "THA", "KHM", "13"),
    ],
)
def test_an_aim_is_not_an_asserted_act(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    aims = find(code(pipeline, text), src, tgt, root)
    assert aims and all(e.modality == "intended" for e in aims), text
    monkeypatch.setattr(extract, "aimed_act", lambda verb, code: False)
    assert [e for e in find(code(pipeline, text), src, tgt, root) if e.modality == "asserted"], text


@pytest.mark.parametrize(
    ("text", "word", "purpose"),
    [
        ("Peru is buying radar to deter Chilean incursions.", "deter", True),
        ("Peru bought radar in order to watch its border.", "watch", True),
        ("Peru asked Chile to withdraw its ships.", "withdraw", False),
        ("Peru hopes to sign a deal with Chile.", "sign", False),
    ],
)
def test_which_infinitives_are_purposes(pipeline, text: str, word: str, purpose: bool) -> None:
    from realpolitik.coding.purposes import purpose_clause

    doc = pipeline.nlp(text)
    assert (purpose_clause(next(t for t in doc if t.text == word)) is not None) is purpose


def test_help_that_carries_out_its_aim_stays_an_act(pipeline) -> None:
    events = code(pipeline, "Peru deployed army engineers to help Bolivia after the floods.")
    assert [e for e in find(events, "PER", "BOL", "07") if e.modality == "asserted"]
