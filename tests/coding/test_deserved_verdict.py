"""DESERVED VERDICT: what a speaker says someone deserves is the speaker's verdict on them, praise (051) or
criticism (111). What others gave ("earned praise") and what is denied ("does not deserve") are no verdict
of the speaker's."""

from __future__ import annotations

import pytest

from realpolitik.coding import verdicts
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2013-08-20"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("The French spokesman said the Malians deserve praise for holding peaceful elections.", "FRA", "MLI", "051"),
        ("A French minister said Mali merited credit for the calm vote.", "FRA", "MLI", "051"),
        ("Mali's junta deserves condemnation, the French foreign minister said.", "FRA", "MLI", "111"),
        ("The Chadian president said Sudan deserved blame for the border clashes.", "TCD", "SDN", "111"),
    ],
)
def test_what_a_speaker_says_someone_deserves_is_a_verdict(text: str, src: str, tgt: str, code: str,
                                                           pipeline: Pipeline,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    assert find(pipeline.code_text(text, published=DATE), src, tgt, code), text
    monkeypatch.setattr(verdicts, "DESERVING_VERBS", frozenset())
    assert not find(pipeline.code_text(text, published=DATE), src, tgt, code), text


@pytest.mark.parametrize(
    "text",
    ["The French spokesman said Mali does not deserve praise.", "A French minister said Mali did not merit credit."],
)
def test_a_denied_desert_is_no_verdict(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not find(events, "FRA", "MLI", "05"), codes(events)
