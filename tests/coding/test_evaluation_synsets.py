"""Verbs of the criticism, praise, blame, intimidation and disowning synsets that the CAMEO.2.0
dictionary lacks (or codes as force, as 'assail'), on sentences we wrote in two or more wordings."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2020-02-11"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Venezuela assailed the United States in a statement.", "VEN", "USA"),
        ("Turkey's president excoriated the Dutch government.", "TUR", "NLD"),
        ("Russian officials insulted the Estonian president.", "RUS", "EST"),
        ("Moldova's prime minister took aim at Russia in a speech.", "MDA", "RUS"),
        ("Belarus's leader taunted Lithuania on television.", "BLR", "LTU"),
    ],
)
def test_words_of_denunciation_are_criticism(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "111"), _show(events)
    assert not find(events, "", "", "19")


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador disavowed the agreement with Peru.",
        "The Estonian government repudiated its treaty with Latvia.",
    ],
)
def test_a_disowned_agreement_is_not_an_agreement(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("05") and e.modality == "asserted"], _show(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Kenyan president eulogised Tanzania's founding leader.", "051"),
        ("Armenia tried to incriminate Azerbaijan, the Azerbaijani ministry said.", "112"),
    ],
)
def test_praise_and_blame_synsets(text: str, code: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code == code], _show(events)
