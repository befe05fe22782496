"""FORCE BETWEEN UNARMED PARTIES (coding/figurative_force.py): a generic verb or noun of force between
two parties neither of which bears arms is figurative; armed parties, states, alliances and verbs of
bodily harm keep the force code.

Sentences written for these tests; the dropped ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Ghanaian education ministry targeted ten thousand teachers for its training scheme.", "GHA", "GHA"),
        ("A long battle between Swedish teachers and Danish publishers ended in court.", "SWE", "DNK"),
    ],
)
def test_force_words_between_unarmed_parties_are_figurative(pipeline, monkeypatch, text: str, src: str,
                                                            tgt: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "19"), text
    monkeypatch.setattr(extract, "figurative_force", lambda *args: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "19"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("A Chilean farmer shot a Bolivian smuggler near the border.", "CHL", "BOL", "19"),
        ("Israel struck targets in southern Lebanon.", "ISR", "LBN", "19"),
        ("NATO airstrikes hit Serbian positions.", "IGOWSTNAT", "SRB", "19"),
        ("Turkish jets bombed a Kurdish rebel base in northern Iraq.", "TUR", "IRQ", "19"),
    ],
)
def test_armed_parties_states_and_bodily_harm_keep_force(pipeline, text: str, src: str, tgt: str,
                                                         root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text
