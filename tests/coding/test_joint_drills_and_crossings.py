"""JOINT DRILLS and REOPENED CROSSING (``compositions.tsv``): joint exercises, drills or patrols held or
conducted by two states' forces are military cooperation (062) each with the other, planned ones an
intent (0312, analyst conventions); a border crossing reopened with a neighbour is the border reopened
(050). Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find_asserted

PUB = "2014-05-20"


@pytest.mark.parametrize(("text", "code"), [
    ("Malaysia and Indonesia conducted joint naval drills off Borneo last week.", "062"),
    ("Malaysian and Indonesian warships held joint patrols in the strait on Monday.", "062"),
    ("Malaysia and Indonesia will stage joint air exercises next month.", "0312"),
])
def test_joint_drills_are_military_cooperation(pipeline: Pipeline, text: str, code: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, "MYS", "IDN", code) and find_asserted(events, "IDN", "MYS", code), events


@pytest.mark.parametrize("text", [
    "Guatemala reopened its main border crossing with Belize on Tuesday.",
    "Guatemala on Tuesday reopened the crossing point with Belize.",
])
def test_a_reopened_crossing_is_a_reopened_border(pipeline: Pipeline, text: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), "GTM", "BLZ", "050")
