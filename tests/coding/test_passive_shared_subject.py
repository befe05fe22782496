"""SHARED SUBJECT AFTER A PASSIVE (``coding/roles.py``, ``_passive_shared_subject``): an active verb
coordinated with a passive main verb shares that verb's subject, not its agent; and SCHEDULED "BE TO"
WITH AN ADVERB (``coding/modality.py``, ``_scheduled_be``): "was then to meet" is as scheduled as "was to
meet". Sentences written for these tests, two wordings or more each."""

from __future__ import annotations

import pytest

import realpolitik.coding.modality as modality
import realpolitik.coding.roles as roles
from tests.coding.helpers import asserted_pairs, find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Kenyan president was welcomed by crowds and later held talks with the Ugandan premier.",
         ("KEN", "UGA", "046")),
        ("The Chilean foreign minister was received at the airport by protocol staff and then met the Peruvian "
         "president.", ("CHL", "PER", "040")),
    ],
)
def test_the_coordinated_verb_takes_the_passive_subject(pipeline, monkeypatch, text: str,
                                                        pair: tuple[str, str, str]) -> None:
    assert pair in asserted_pairs(pipeline.code_text(text, published=PUB)), text
    monkeypatch.setattr(roles, "_passive_shared_subject", lambda verb: None)
    assert pair not in asserted_pairs(pipeline.code_text(text, published=PUB)), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        # the passive raises an infinitive: the second verb is inside the expectation
        ("The Kenyan president is expected to sit down with the Rwandan leader, and meet the Ugandan premier.",
         "KEN", "UGA"),
        # a relative clause's passive lends its subject to nothing outside it
        ("Chile condemned a raid in which two Peruvian soldiers were wounded and called on Bolivia to act.",
         "PER", "BOL"),
        # a subordinate clause between the two verbs may own the second one
        ("Kenyan police were deployed across the city as crowds of Ugandan traders filled the streets and "
         "blocked the road.", "KEN", "UGA"),
    ],
)
def test_no_shared_subject_beyond_plain_coordination(pipeline, text: str, src: str, tgt: str) -> None:
    assert not any(s == src and t == tgt for s, t, _ in asserted_pairs(pipeline.code_text(text, published=PUB)))


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president was then to hold talks with the Ugandan premier in Kampala.",
        "The Kenyan president was welcomed by crowds and was later to meet the Ugandan premier.",
        "The Kenyan president flew to Kampala on Monday and was next to meet the Ugandan premier.",
    ],
)
def test_be_then_to_is_scheduled(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "KENGOV", "UGAGOV", "036") and not _held(events), text
    monkeypatch.setattr(modality, "_scheduled_be", lambda tok: False)
    assert _held(pipeline.code_text(text, published=PUB)), text


def _held(events) -> bool:
    """A meeting or talks told as held (any 04x but the planned 036) between the two governments."""
    return any(e.event_code != "036" for e in find(events, "KENGOV", "UGAGOV", "04"))


def test_be_here_to_is_a_purpose_not_a_schedule(pipeline) -> None:
    text = "The Kenyan president was here to meet the Ugandan premier."
    assert not find(pipeline.code_text(text, published=PUB), "KEN", "UGA", "036")


# --- SHARED SUBJECT OF A CONJOINED RAISING PASSIVE (``roles._conjoined_raising_subject``) -------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Chilean premier landed in Lima on Tuesday and is scheduled to meet the Peruvian president.",
         ("CHL", "PER", "036")),
        ("The Ghanaian foreign minister flew to Abuja and is expected to confer with Nigerian officials.",
         ("GHA", "NGA", "036")),
        ("The Security Council will convene on Friday and is expected to renew the mandate of the peacekeeping "
         "force in Liberia.", ("IGO", "LBR", "033")),
    ],
)
def test_a_conjoined_raising_passive_takes_the_first_verbs_subject(pipeline, monkeypatch, text: str,
                                                                   pair: tuple[str, str, str]) -> None:
    assert pair in asserted_pairs(pipeline.code_text(text, published=PUB)), text
    monkeypatch.setattr(roles, "_conjoined_raising_subject", lambda head: None)
    assert pair not in asserted_pairs(pipeline.code_text(text, published=PUB)), text


@pytest.mark.parametrize(
    "text",
    [
        # the raising passive has its own subject
        "The Chilean premier landed in Lima, and the Bolivian envoy is expected to meet the Peruvian president.",
        # a subordinate clause between the two verbs may own the second one
        "The Chilean premier landed in Lima after the Bolivian envoy left and was expected to meet the Peruvian "
        "president.",
    ],
)
def test_no_conjoined_raising_subject_beyond_plain_coordination(pipeline, text: str) -> None:
    assert not any(s == "CHL" and t == "PER" and c.startswith("03")
                   for s, t, c in asserted_pairs(pipeline.code_text(text, published=PUB)))
