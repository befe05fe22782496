"""Received acts: a nominal act told from the receiver's side ("B drew criticism from A", "B won
praise from A", "B came under fire from A") is A's act on B, the subject (or the subject's owner:
"B's plan drew praise from A")."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2015-11-03"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Egypt's decision to open the border drew praise from Jordan.", "JOR", "EGY", "05"),
        ("Qatar won praise from Kuwait for its mediation.", "KWT", "QAT", "05"),
        ("Hungary's new law has drawn sharp criticism from the European Union.", "IGOEUREEC", "HUN", "11"),
        ("Brazil came under fire from Argentina over the dam.", "ARG", "BRA", "11"),
    ],
)
def test_the_receiver_of_a_nominal_act_is_its_target(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), events
    assert not find(events, tgt, src, root), events


@pytest.mark.parametrize(
    "text", ["Kenya's praise for Uganda surprised observers.", "Ghana voiced praise for Togo's leaders."]
)
def test_an_act_not_received_keeps_its_own_target(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    src, tgt = ("KEN", "UGA") if text.startswith("Kenya") else ("GHA", "TGO")
    assert find(events, src, tgt, "05"), events
