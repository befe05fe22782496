"""Domestic cooperation is no political event (coding/domestic.py, analyst conventions): a state
helping, supporting or planning for its own farmers, firms or agencies is how it governs, not an act
between two actors; a leader speaking of his own country's wish is no demand on it; a trip inside one's own
country (to a village, a university) is no visit (DOMESTIC TRIP). Cooperation
with the state's challengers (rebels, the opposition) and conflictual acts inside a country stay.

Sentences written for these tests; each dropped class is also coded with the rule switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.domestic as domestic
import realpolitik.coding.extract as extract
from realpolitik.coding.conventions import conventions_named
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "country", "root"),
    [
        ("The Peruvian government will help farmers in the Andes with cheap loans.", "PER", "03"),
        ("The Kenyan government gave strong support to small businesses in the coastal provinces.", "KEN", "07"),
        (
            "After the vote, the Bolivian president said Bolivia must have good relations with all its neighbours.",
            "BOL",
            "10",
        ),
        ("The Chilean president demanded that Chile be treated fairly.", "CHL", "10"),
        ("The Indian prime minister paid a visit to a village in Bihar.", "IND", "04"),
        ("The Indian prime minister went to a university in Delhi.", "IND", "04"),
    ],
)
def test_a_state_acting_on_itself_is_no_event(pipeline, monkeypatch, text: str, country: str, root: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), country, country, root), text
    monkeypatch.setattr(extract, "internal_affair", lambda *args: False)
    assert find(pipeline.code_text(text, published=PUB), country, country, root), text


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The Nepali government and the Maoist rebels agreed to a ceasefire on Friday.", "03"),
        ("Ugandan police arrested three opposition leaders in Kampala.", "17"),
        ("The Colombian president visited FARC rebels in the jungle.", "042"),
    ],
)
def test_acts_with_challengers_or_conflict_inside_a_country_stay(pipeline, text: str, root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code.startswith(root) and e.source_code[:3] == e.target_code[:3]], text


def test_petrarch_conventions_keep_domestic_cooperation() -> None:
    assert conventions_named("petrarch").domestic_cooperation
    assert not conventions_named("analyst").domestic_cooperation


@pytest.mark.parametrize(("text", "country"), [
    ("Some Peruvian schools expel children with poor grades.", "PER"),
    ("A Kenyan hospital thanked Kenyan residents for donating blood.", "KEN"),
    ("A Chilean newspaper praised Chilean students for their volunteer work.", "CHL"),
])
def test_a_private_dyad_is_no_event(pipeline, monkeypatch, text: str, country: str) -> None:
    """PRIVATE DYAD (``domestic.private_dyad``): two private parts of one society (schools, pupils, a
    hospital, residents, a newspaper, students) do nothing political to each other; coded with the class
    switched off they made an event."""
    assert not find(pipeline.code_text(text, published=PUB), country, country, ""), text
    monkeypatch.setattr(extract, "private_dyad", lambda *args: False)
    assert find(pipeline.code_text(text, published=PUB), country, country, ""), text


@pytest.mark.parametrize(("text", "root"), [
    ("Kenyan doctors accused Kenyan drug companies of selling fake medicine.", "11"),
    ("Kenyan farmers protested against Kenyan sugar companies.", "14"),
])
def test_a_dispute_between_private_parties_stays(pipeline, text: str, root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code.startswith(root)], [(e.source_code, e.target_code) for e in events]


@pytest.mark.parametrize(("text", "country"), [
    ("The Israeli prime minister met Israeli army commanders on Sunday.", "ISR"),
    ("The Thai trade minister held talks with Thai business leaders in Bangkok on Friday.", "THA"),
])
def test_a_domestic_consultation_is_no_event(pipeline, monkeypatch, text: str, country: str) -> None:
    """DOMESTIC CONSULTATION (``domestic.DOMESTIC_FILTERED_ROOTS``): a meeting or talks between parts of one
    state, none contesting it, is how the state runs itself."""
    assert not find(pipeline.code_text(text, published=PUB), country, country, "04"), text
    monkeypatch.setattr(domestic, "DOMESTIC_FILTERED_ROOTS", frozenset({"03", "06", "07"}))
    assert find(pipeline.code_text(text, published=PUB), country, country, "04"), text


@pytest.mark.parametrize("text", [
    "The Peruvian president met Peruvian opposition leaders on Monday.",
    "The Nepali government held talks with the Nepali Maoist rebels on Friday.",
])
def test_talks_with_challengers_of_the_state_stay(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code[:2] == "04"], text
