"""'A joined B in <doing> C': B does the act too, as a co-agent of the gerund, and joining B is no act
on B (the CAMEO.2.0 rows for "join ... in criticizing" made it a criticism or a meeting of B). Joining
talks or a body stays what its pattern says. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "joiner", "joined", "tgt", "root"),
    [
        ("Ghana joined Togo and Benin in criticising Nigeria.", "GHA", "TGO", "NGA", "11"),
        ("France joined Germany in urging Russia to withdraw its troops.", "FRA", "DEU", "RUS", "02"),
    ],
)
def test_the_joined_share_the_act_and_are_not_its_target(
    text: str, joiner: str, joined: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, joiner, tgt, root) and find(events, joined, tgt, root), events
    assert not find(events, joiner, joined, ""), events


def test_joining_talks_is_not_a_joint_act(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya joined the talks with Uganda in Geneva on Monday.", published=DATE)
    assert find(events, "KEN", "UGA", "04"), events
