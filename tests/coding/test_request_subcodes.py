"""An appeal (02) or demand (10) takes the CAMEO sub-code of what it asks for (rules.requested_code),
on sentences we wrote, two or more wordings per class."""

from __future__ import annotations

import pytest

from realpolitik.coding.rules import requested_code
from realpolitik.pipeline import Pipeline

PUB = "2022-04-04"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pakistan demanded that India stop shelling villages along the frontier.", "1056"),
        ("Egypt called on Israel to stop its attacks on Gaza.", "0256"),
        ("Armenia demanded Azerbaijan withdraw its troops from the border area.", "1056"),
        ("The Kenyan president called on Uganda to withdraw its troops from South Sudan.", "0256"),
        ("Poland called on Belarus to release the jailed journalists.", "0253"),
        ("The EU urged Russia to lift its sanctions on Moldovan wine.", "0254"),
        ("Kenya urged Somalia to hold talks with the rebels.", "026"),
        ("Japan asked China to send aid to the flood victims.", "023"),
        ("Bolivia demanded that Chile end its support for the separatists.", "1042"),
    ],
)
def test_requests_take_the_code_of_what_they_ask(text: str, code: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert code in {e.event_code for e in events}, [(e.source_code, e.target_code, e.event_code) for e in events]


def test_specific_requests_keep_their_code() -> None:
    assert requested_code("0256", "0871", False) is None
    assert requested_code("1053", "0841", False) is None


def test_ceasing_force_is_de_escalation_and_ceasing_anything_else_policy_change() -> None:
    assert requested_code("100", "190", True) == "1056"
    assert requested_code("020", "194", True) == "0256"
    assert requested_code("100", "072", True) == "1042"
    assert requested_code("100", "072", False) == "1032"
    assert requested_code("100", "110", False) is None
    assert requested_code("100", "080", False) == "105"
    assert requested_code("020", "046", False) == "026"


@pytest.mark.parametrize(
    "text",
    [
        "Algeria refused to recognise Kosovo.",
        "Spain will not recognise Kosovo, the Spanish foreign minister said.",
        "Ghana declined to recognize the new government of Togo.",
    ],
)
def test_refusing_to_recognise_is_1232(text: str, pipeline: Pipeline) -> None:
    """te3dev.md: refusing to recognise is 'reject request for policy change' (1232)."""
    events = pipeline.code_text(text, published=PUB)
    assert "1232" in {e.event_code for e in events}, [(e.source_code, e.target_code, e.event_code) for e in events]
