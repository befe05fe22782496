"""Class REBELS AGAINST THEIR GOVERNMENT (``coding/roles.domestic_sources``): rebels or insurgents named
without a country, whose targets are all one state's government or its leaders, are that state's
rebels. Against troops or a bare state name they may be foreign fighters and keep no country. Sentences
written for these tests, in two wordings each, where the actor step leaves the rebels countryless (two
states are named)."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

GOVERNMENT_TARGETS = [
    ("During the Kenyan leader's visit to Uganda, rebels denounced the Ugandan president.", "UGAREB", "UGAGOV", "11"),
    ("While Chilean ministers toured Peru, guerrillas accused the Peruvian government of torture.",
     "PERREB", "PERGOV", "11"),
]


@pytest.mark.parametrize(("text", "src", "tgt", "root"), GOVERNMENT_TARGETS)
def test_rebels_acting_on_a_government_are_its_own(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch,
                                                   text: str, src: str, tgt: str, root: str) -> None:
    events = pipeline.code_text(text, published="2011-05-03")
    assert find(events, src, tgt, root), [(e.source_code, e.target_code, e.event_code) for e in events]
    with monkeypatch.context() as patched:
        patched.setattr(roles, "HOME_CHALLENGERS", frozenset())
        assert not find(pipeline.code_text(text, published="2011-05-03"), src, tgt, root)


@pytest.mark.parametrize("text", [
    "During the Kenyan leader's visit to Uganda, rebels attacked Ugandan troops.",
    "As Ghanaian and Togolese ministers met, rebels ambushed Togolese soldiers.",
])
def test_rebels_acting_on_troops_keep_no_country(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published="2011-05-03")
    assert not [e for e in events if (e.source_code or "").endswith("REB")]
