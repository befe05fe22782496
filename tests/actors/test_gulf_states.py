""""Gulf states" and its variants name the Gulf's collective of states: CAMEO's Persian Gulf region
(PGS), as "the West" or "Middle East" name theirs. Before, they named no actor and the act was lost."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find


@pytest.mark.parametrize(
    ("text", "tgt", "root"),
    [
        ("Gulf states pledged aid to Yemen.", "YEM", "03"),
        ("The Gulf Arab states condemned Iran's missile test.", "IRN", "11"),
    ],
)
def test_gulf_states_are_the_gulf_region(pipeline: Pipeline, text: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published="2006-11-20"), "PGS", tgt, root)
