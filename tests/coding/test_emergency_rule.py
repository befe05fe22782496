"""EASED EMERGENCY RULE and OWN TERRITORY UNDER EMERGENCY RULE: a curfew or martial law falls on the people
of a place, whether it is imposed (1723, 1724) or lifted and relaxed (0813, 0814). A state acting in a place
of its own acts on its own population, and a sentence that names only that state still holds the event.
Every sentence is written for these tests."""

import pytest

from tests.coding.helpers import dyads, find

PUB = "2024-03-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    ("text", "source", "target", "event"),
    [
        ("The Nepalese government relaxed the curfew in Pokhara.", "NPLGOV", "NPL", "0813"),
        ("Ecuador's interior ministry shortened the nightly curfew in Guayaquil.", "ECUGOV", "ECU", "0813"),
        ("The Thai cabinet revoked martial law in Chiang Mai.", "THAGOV", "THA", "0814"),
        ("The Bolivian government ended emergency rule in La Paz.", "BOLGOV", "BOL", "0814"),
    ],
)
def test_eased_emergency_rule_is_an_easing_on_the_place(pipeline, text, source, target, event) -> None:
    assert (source, target, event) in {(s, t[:3], c) for s, t, c in dyads(code(pipeline, text))}


@pytest.mark.parametrize(
    ("text", "country", "event"),
    [
        ("Indonesia lifted the curfew in Jakarta on Friday.", "IDN", "0813"),
        ("Peru lifted the curfew that it had imposed on Cusco.", "PER", "0813"),
        ("Indonesia declared a curfew for the town after the clashes.", "IDN", "1723"),
        ("Ghana imposed a curfew on Kumasi on Sunday.", "GHA", "1723"),
    ],
)
def test_a_state_ruling_its_own_place_acts_on_its_own_population(pipeline, text, country, event) -> None:
    hits = find(code(pipeline, text), country, country, event[:2])
    assert hits and hits[0].event_code == event and hits[0].target_code == country + "CVL"


def test_a_curfew_on_another_state_s_place_stays_on_that_state(pipeline) -> None:
    events = code(pipeline, "Israel lifted the curfew on Hebron.")
    assert find(events, "ISR", "PSE", "08")
    assert not find(events, "ISR", "ISR", "08")


@pytest.mark.parametrize(
    "text",
    [
        "Lifting the curfew in Lima would help trade, economists said.",
        "Kenya has not lifted the curfew in Mombasa.",
    ],
)
def test_no_easing_is_asserted_where_none_happened(pipeline, text) -> None:
    assert not [e for e in code(pipeline, text) if e.root_code == "08" and e.modality == "asserted"]
