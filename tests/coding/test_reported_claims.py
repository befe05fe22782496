"""REPORTED CLAIM (coding/reported_claims.py): "insisted/argued that S" states a position, so the
catch-all code of the bare speech verb (demand, disapproval) is no event; a mandative clause keeps
the demand, and "claim" keeps its accusation.

Sentences written for these tests; the dropped ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Spain insisted that Morocco had every right to build the port.", "ESP", "MAR", "10"),
        ("The Greek minister insisted that Turkey was not a threat to the islands.", "GRC", "TUR", "10"),
        ("The Chilean lawyers argued that Peru had no claim to the waters.", "CHL", "PER", "11"),
        ("Kenya argued that Somalia's militias were weakening.", "KEN", "SOM", "11"),
    ],
)
def test_a_reported_position_is_no_demand_or_disapproval(pipeline, monkeypatch, text: str, src: str, tgt: str,
                                                         root: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(extract, "reported_claim", lambda verb, pattern: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The Dutch minister insisted that Belgium hand over the suspects.", "NLD", "BEL", "10"),
        ("The Spanish premier insisted that Morocco withdraw its troops.", "ESP", "MAR", "10"),
        ("France insisted that Algeria must release the journalists.", "FRA", "DZA", "10"),
        ("Western governments claim Syria is hiding a weapons plant.", "WST", "SYR", "11"),
    ],
)
def test_mandative_clauses_and_claims_keep_their_code(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text
