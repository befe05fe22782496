"""A decision to reduce relations (CAMEO 16) is the reduction itself, taken when it is announced:
"decided to halt talks with X" is 16x asserted, not a 13x threat (``rules.decided_reduction``). The
decision keeps its own modality: one not taken, or still to be taken, asserts nothing."""

import pytest

from tests.coding.helpers import find

PUB = "2011-03-08"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Ghana decided to suspend negotiations with Togo.", "GHA", "TGO"),
        ("Quito has decided to halt its negotiations with the European Union over banana tariffs.", "ECU", "IGOEUREEC"),
        ("The Peruvian government decided on Friday to recall its ambassador from Chile.", "PER", "CHL"),
        ("Argentina decided on Friday to break off diplomatic relations with Uruguay.", "ARG", "URY"),
    ],
)
def test_a_decided_reduction_is_the_act(pipeline, text: str, src: str, tgt: str) -> None:
    events = code(pipeline, text)
    assert [e for e in find(events, src, tgt, "16") if e.modality == "asserted"]
    assert not find(events, src, tgt, "13")


def test_each_reduction_decided_together_is_the_act(pipeline) -> None:
    events = code(pipeline, "Peru decided to recall its ambassador from Chile and cut aid to Bolivia.")
    assert [e for e in find(events, "PER", "BOL", "16") if e.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not decide to suspend negotiations with Togo.",
        "Ghana will decide next week whether to suspend negotiations with Togo.",
    ],
)
def test_a_decision_not_taken_asserts_nothing(pipeline, text: str) -> None:
    events = code(pipeline, text)
    assert not [e for e in find(events, "GHA", "TGO", "") if e.modality == "asserted"]
