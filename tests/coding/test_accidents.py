"""A crash is an accident, not an attack (coding/accidents.py): "the plane crashed, killing 20",
"recorded 9,000 road accidents, killing 700" code no armed event; troops firing on a crowd still do.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.actors.context as context
import realpolitik.coding.extract as extract
import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"

CRASHES = [
    ("A Pakistani air force transport plane crashed near Quetta on Sunday, killing 20 people.", "PAK"),
    ("An Indonesian navy helicopter crashed in Aceh province, killing 12 people including six soldiers.", "IDN"),
    ("Thailand recorded 9,000 road accidents in April, killing 700 people.", "THA"),
]


@pytest.mark.parametrize(("text", "country"), CRASHES)
def test_a_crash_is_no_attack(pipeline, monkeypatch, text: str, country: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), country, "", "19"), text
    monkeypatch.setattr(extract, "crash_result", lambda verb: False)
    monkeypatch.setattr(roles, "VIOLENT_ROOTS", frozenset())  # so the dead take the state's country again
    assert find(pipeline.code_text(text, published=PUB), country, country, "19"), text


def test_troops_firing_on_a_crowd_still_attack(pipeline) -> None:
    text = "Pakistani troops fired on the crowd near Quetta on Sunday, killing 20 people."
    assert find(pipeline.code_text(text, published=PUB), "PAK", "PAK", "19"), text


def test_a_crash_and_a_hit_coordinated(pipeline, monkeypatch) -> None:
    text = "An Indian army helicopter crashed near the Pakistani border and hit a farmhouse, killing three people."
    assert not find(pipeline.code_text(text, published=PUB), "IND", "", "19"), text
    monkeypatch.setattr(extract, "crash_result", lambda verb: False)
    monkeypatch.setattr(context, "at_border", lambda tok, top: False)  # so the border places the dead again
    assert find(pipeline.code_text(text, published=PUB), "IND", "", "19"), text


def test_a_crash_verb_the_parser_reads_as_a_noun(pipeline) -> None:
    """Here the parser makes "overshot" the object of "approaching" and "hit" its conjunct."""
    from realpolitik.coding.accidents import crash_result

    doc = pipeline.nlp(
        "Thai officials believe an air force jet approaching the airfield overshot the strip and hit a worker."
    )
    hit = next(t for t in doc if t.lower_ == "hit")
    assert crash_result(hit)
    attack = pipeline.nlp(
        "Thai officials believe an air force jet approaching the airfield fired on the strip and hit a worker."
    )
    assert not crash_result(next(t for t in attack if t.lower_ == "hit"))
