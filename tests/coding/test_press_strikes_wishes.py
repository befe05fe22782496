"""Small classes, each with sentences written for these tests and coded with the class switched off:

- ARMED STRIKE (``coding/data/compositions.tsv``): a strike called military, pre-emptive, retaliatory,
  surgical, punitive, artillery, rocket or aerial is an attack (19x), not a work stoppage (143);
- MEETING THE PRESS (``coding/nonevents.without_audience``): reporters met are an audience, so a
  minister who "met reporters" holds no consultation (04) with the media, and ministers who "will meet
  the press" together are not thereby meeting each other;
- WISHED-FOR EVENT (``coding/modality``): an event noun under "desire / wish / hope for" is wanted,
  not done;
- HIT A SNAG and OWN HOPE (``coding/nonevents``): "hit obstacles" is no blow, "hopes to join" no appeal;
- APPEAL ADDRESSEE (``coding/roles.unresolved_addressee``): an appeal made to no actor ("the international
  community", "donors") has no target, whoever the requested act would help;
- APPEAL BENEFICIARY (``coding/roles.BENEFICIARY_PREPS``): in "called for aid to B", B would gain from
  what is asked; it is not whom the appeal is made to.
"""

from __future__ import annotations

import pytest

from realpolitik.coding import extract, modality, nonevents, roles
from tests.coding.helpers import find, find_asserted

PUB = "2010-05-05"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("A Syrian military strike on Lebanon killed two guards.", "19"),
        ("Indian retaliatory strikes on Pakistani posts killed three soldiers on Monday.", "19"),
        ("A Russian artillery strike on Georgia killed ten people at dawn.", "194"),
    ],
)
def test_an_armed_strike_is_an_attack(pipeline, text: str, root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "", "", root), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, "", "", "143"), text


def test_a_work_stoppage_stays_a_strike(pipeline) -> None:
    events = pipeline.code_text("Kenyan dock workers staged a strike against the government on Monday.",
                                published=PUB)
    assert find(events, "KEN", "KENGOV", "14"), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian president met Bolivian reporters in Lima on Monday.",
        "Peru's foreign minister met Chilean journalists in Lima after the vote.",
    ],
)
def test_reporters_met_are_no_party(pipeline, monkeypatch, text: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), "PER", "", "04"), text
    monkeypatch.setattr(extract, "without_audience", lambda code, actors: actors)
    assert find(pipeline.code_text(text, published=PUB), "PER", "", "04"), text


def test_ministers_meeting_the_press_together_meet_no_one(pipeline, monkeypatch) -> None:
    text = "The Chilean and Bolivian envoys will meet the press together in Santiago."
    assert not find(pipeline.code_text(text, published=PUB), "CHL", "BOL", "0"), text
    monkeypatch.setattr(nonevents, "PRESS_WORDS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), "", "", "0"), text


def test_a_partner_met_beside_the_press_stays(pipeline) -> None:
    events = pipeline.code_text("The Peruvian president met his Chilean counterpart and reporters in Lima.",
                                published=PUB)
    assert find_asserted(events, "PERGOV", "CHLGOV", "04"), [(e.source_code, e.target_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Armenian minister spoke of his country's desire for rapprochement with Turkey.", "ARM", "TUR"),
        ("Serbia voiced its wish for reconciliation with Croatia.", "SRB", "HRV"),
    ],
)
def test_a_wished_for_event_is_not_done(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, src, tgt, "05"), [(e.event_code, e.modality) for e in events]
    assert find(events, src, tgt, "03"), [(e.event_code, e.modality) for e in events]
    monkeypatch.setattr(modality, "WISHED_NOUNS", frozenset())
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "05"), text


def test_a_normalization_announced_is_done(pipeline) -> None:
    events = pipeline.code_text("Serbia announced the normalization of relations with Croatia.", published=PUB)
    assert find_asserted(events, "SRB", "HRV", "05"), [(e.event_code, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "src"),
    [
        ("Kenyan customs officers have hit obstacles across Uganda.", "KEN"),
        ("The Peruvian police hit a snag in parts of Bolivia.", "PER"),
    ],
)
def test_hitting_a_snag_is_no_blow(pipeline, monkeypatch, text: str, src: str) -> None:
    """HIT A SNAG: to hit or strike a hardship is to run into it."""
    assert not find(pipeline.code_text(text, published=PUB), src, "", "19"), text
    monkeypatch.setattr(nonevents, "SNAG_NOUNS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), src, "", "19"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Ukrainian president hopes to lead his nation into NATO.", "UKR", "IGOWSTNAT"),
        ("Pakistan's cabinet hopes to lift the nation's sales to China.", "PAK", "PAK"),
    ],
)
def test_a_hope_to_act_oneself_is_no_appeal(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    """OWN HOPE: a hope to do something oneself appeals to no one."""
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "02"), text
    monkeypatch.setattr(nonevents, "HOPING_VERBS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "02"), text


@pytest.mark.parametrize(
    ("text", "src", "beneficiary"),
    [
        ("Peru asked foreign donors to send relief to Bolivia.", "PER", "BOL"),
        ("The Kenyan government appealed to the world to aid Somalia.", "KEN", "SOM"),
        ("Kenya asked rich nations to lend money to Somalia.", "KEN", "SOM"),
    ],
)
def test_an_appeal_to_no_actor_has_no_target(pipeline, monkeypatch, text: str, src: str, beneficiary: str) -> None:
    """APPEAL ADDRESSEE: what is asked for, and for whom, is not whom the appeal is made to."""
    assert not find(pipeline.code_text(text, published=PUB), src, beneficiary, "02"), text
    monkeypatch.setattr(roles, "unresolved_addressee", lambda verb, actors: False)
    assert find(pipeline.code_text(text, published=PUB), src, beneficiary, "02"), text


def test_an_appeal_to_an_actor_keeps_it(pipeline) -> None:
    events = pipeline.code_text("Peru called on Chile to send relief to Bolivia.", published=PUB)
    assert find(events, "PER", "CHL", "02"), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(("text", "src", "beneficiary"), [
    ("Peru called for emergency aid to Bolivia after the floods.", "PER", "BOL"),
    ("Kenya called for urgent relief to Somalia.", "KEN", "SOM"),
    ("Peru called for fresh loans to Bolivia.", "PER", "BOL"),
])
def test_the_beneficiary_of_an_appeal_is_no_target(pipeline, monkeypatch, text, src, beneficiary) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, beneficiary, "02"), text
    monkeypatch.setattr(roles, "BENEFICIARY_PREPS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), src, beneficiary, "02"), text


def test_the_one_whose_help_is_asked_stays_the_target(pipeline) -> None:
    assert find(pipeline.code_text("Peru called for Chile's help after the floods.", published=PUB), "PER", "CHL", "02")
