"""ALLEGED CONTENT (coding/rules.py, ``content_stance``): what a verb of alleging says ("Ghana alleges
that Togolese troops attacked ...") is reported, not asserted; the allegation itself stays the
speaker's act.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.rules as rules
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "speaker", "src", "tgt"),
    [
        ("Ghana alleges that Togolese troops attacked a Ghanaian border village.", "GHA", "TGO", "GHA"),
        ("Chadian officials contend that Sudanese militias raided Chadian villages.", "TCD", "SDN", "TCD"),
    ],
)
def test_an_alleged_act_is_reported_and_the_allegation_stays(pipeline, monkeypatch, text, speaker, src,
                                                            tgt) -> None:
    events = assert_unasserted_by_class(pipeline, monkeypatch, (rules, "ALLEGING_VERBS", frozenset()), text, src,
                                        tgt, "19", PUB)
    assert find_asserted(events, speaker, src, "11"), text
