"""EVENT NOUN WITH AN OCCURRENCE VERB (``coding/modality.py``): an event noun that is the subject of a verb
saying whether or when it happens ("will start", "could resume", "did not take place", "are expected to
begin") takes that verb's status, and so does an event expected in an "expect X to ..." clause; any
other predicate of the event ("the attack did not deter ...") says nothing of whether it happened.
Sentences written for these tests; the first ones are also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.modality as modality

PUB = "2024-03-01"


def _found(events, a: str, b: str):
    return [(e.event_code, e.modality) for e in events if (e.source_code[:3], e.target_code[:3]) == (a, b)]


@pytest.mark.parametrize(
    ("text", "a", "b", "code", "status"),
    [
        ("Talks between Serbia and Kosovo will start next month.", "SRB", "KSV", "036", "asserted"),
        ("Direct talks between Sudan and Chad are expected to begin next week.", "SDN", "TCD", "036", "asserted"),
        ("A meeting between Peru and Bolivia is expected on Friday.", "PER", "BOL", "036", "asserted"),
        ("Talks between Armenia and Azerbaijan could resume in the spring.", "ARM", "AZE", "040", "hypothetical"),
        ("The summit between Ghana and Togo did not take place after all.", "GHA", "TGO", "040", "negated"),
        ("The Greek envoy said he expected talks between Cyprus and Turkey to open in the autumn.", "CYP", "TUR",
         "036", "asserted"),
        # HALTED EVENT: the event noun's verb says it stopped
        ("Talks between Israel and Syria have been cut off since the spring.", "ISR", "SYR", "040", "negated"),
        ("Negotiations between Peru and Chile stalled in the first week.", "PER", "CHL", "046", "negated"),
    ],
)
def test_an_occurrence_verb_gives_the_event_noun_its_status(pipeline, monkeypatch, text: str, a: str, b: str,
                                                            code: str, status: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert (code, status) in _found(events, a, b), _found(events, a, b)
    monkeypatch.setattr(modality, "OCCURRENCE_VERBS", frozenset())
    monkeypatch.setattr(modality, "EXPECTED_VERBS", frozenset())
    monkeypatch.setattr(modality, "_halted", lambda tok: False)
    off = pipeline.code_text(text, published=PUB)
    assert (code if code[:2] == "04" and code != "040" else "040", "asserted") in _found(off, a, b), _found(off, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b", "root"),
    [
        ("The Ugandan attack on Kenya did not deter the Kenyan army.", "UGA", "KEN", "19"),
        ("Talks between Serbia and Kosovo began on Monday in Brussels.", "SRB", "KSV", "04"),
    ],
)
def test_other_predicates_and_past_occurrence_leave_it_asserted(pipeline, text: str, a: str, b: str,
                                                                 root: str) -> None:
    found = _found(pipeline.code_text(text, published=PUB), a, b)
    assert any(c[:2] == root and m == "asserted" for c, m in found), found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Lebanese premier was to have flown to Ottawa on Saturday for talks.", "LBN", "CAN"),
        ("The Nigerian minister was to have visited Ghana last week.", "NGA", "GHA"),
    ],
)
def test_an_unrealised_plan_is_negated(pipeline, text: str, a: str, b: str) -> None:
    """UNREALISED PLAN: "was to have <done>" says the plan fell through."""
    found = _found(pipeline.code_text(text, published=PUB), a, b)
    assert found and all(m == "negated" for _, m in found), found


def test_an_event_that_halts_something_else_stays_asserted(pipeline) -> None:
    """HALTED EVENT needs the event to be what halts: a halting verb with an object of its own ("the
    offensive stopped the flow of refugees") halts that object, not the offensive."""
    found = _found(pipeline.code_text("The Ethiopian offensive against Somali militias stopped the flow of refugees.",
                                      published=PUB), "ETH", "SOM")
    assert ("190", "asserted") in found, found
