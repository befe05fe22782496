"""Naming verbs name, they do not act; a date is no object of a verb's frame (sentences we wrote)."""

from __future__ import annotations

import pytest

import realpolitik.coding.nonevents as nonevents
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2018-05-02"


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian and Chilean engineers set up a Peruvian-Chilean firm called Andes Power.",
        "Officials from Spain and Portugal launched a joint programme dubbed Iberia Green.",
        "He called the Israeli move a provocation, the Jordanian minister said.",
    ],
)
def test_naming_is_no_phone_call(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("04")], [e.event_code for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Mexican president called his Guatemalan counterpart on Monday.",
        "Estonia's prime minister telephoned the Finnish president on Tuesday evening.",
    ],
)
def test_a_call_on_a_weekday_is_a_call_not_an_appeal(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "", "", "041"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, "", "", "02")


def test_calling_on_a_state_is_still_an_appeal(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Poland called on Belarus to free the jailed reporters.", published=PUB)
    assert find(events, "POL", "BLR", "02")


@pytest.mark.parametrize(
    "text",
    [
        'Spain on Monday called the Moroccan verdict "a step backwards" for Rabat.',
        "Canada will call home 200 of its soldiers from Latvia.",
        'The Malian junta called the French statement "an insult" to Bamako.',
    ],
)
def test_quoted_labels_and_recalls_are_no_phone_calls(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith(("041", "036"))], [e.event_code for e in events]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Chilean foreign minister on Tuesday called the Bolivian president a liar.", ("CHL", "BOL", "111")),
        ("Kenya's premier called the Ugandan defence minister a criminal in a speech on Friday.",
         ("KEN", "UGA", "112")),
    ],
)
def test_an_epithet_is_a_judgement_of_the_one_named(text: str, pair: tuple[str, str, str], pipeline: Pipeline,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """EPITHET (``nonevents.naming_use``): a predicate noun that a pattern codes ("a liar", CAMEO.2.0's CALL
    rows) is the speaker's judgement of the one named, not a name."""
    assert find(pipeline.code_text(text, published=PUB), *pair), text
    monkeypatch.setattr(nonevents, "epithet", lambda noun, verb: False)
    assert not find(pipeline.code_text(text, published=PUB), *pair), text
