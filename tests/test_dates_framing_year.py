"""FRAMING YEAR (``dates.framing_year``): a bare year in a time adverbial that opens the sentence frames
all it tells, so a month named without a year anywhere in the sentence is that year's month, not the
one before publication; a year that dates only its own clause ("signed in 1994") frames nothing. Also
MONTH OF A NAMED YEAR ("in April last year").
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.dates import framing_year, parse_date_expression, resolve_event_date

PUB = date(2010, 11, 20)


def _resolve(nlp, text: str, trigger: str):
    sent = next(iter(nlp(text).sents))
    token = next(t for t in sent if t.lemma_ == trigger)
    return resolve_event_date(sent, PUB, token)[:2]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("In 1982, a debt crisis forced the Argentine government to seek a loan from the World Bank in May.",
     "seek", (date(1982, 5, 1), "month")),
    ("In 1999, the floods that hit Venezuela led Colombia to send aid on December 20.",
     "send", (date(1999, 12, 20), "day")),
    ("In 2010, Peru and Bolivia held border talks in March.", "hold", (date(2010, 3, 1), "month")),
])
def test_a_yearless_month_takes_the_framing_year(nlp, text: str, trigger: str, expected: tuple) -> None:
    assert _resolve(nlp, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The accord, signed in 1994, was ratified by Peru in March.", "ratify", (date(2010, 3, 1), "month")),
    ("In March, Peru ratified the accord Bolivia had signed in 1994.", "ratify", (date(2010, 3, 1), "month")),
])
def test_a_year_of_another_clause_frames_nothing(nlp, text: str, trigger: str, expected: tuple) -> None:
    sent = next(iter(nlp(text).sents))
    assert framing_year(sent) is None
    assert _resolve(nlp, text, trigger) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("in April last year", (date(2009, 4, 1), "month")),
    ("April of last year", (date(2009, 4, 1), "month")),
    ("on March 3 last year", (date(2009, 3, 3), "day")),
    ("in May this year", (date(2010, 5, 1), "month")),
    ("in February next year", (date(2011, 2, 1), "month")),
])
def test_a_month_of_a_named_year(text: str, expected: tuple) -> None:
    """MONTH OF A NAMED YEAR: "in April last year" is April of the year before publication, not
    unreadable (which left the act dated by the publication)."""
    assert parse_date_expression(text, PUB) == expected


def test_a_month_of_last_year_makes_the_act_background(pipeline) -> None:
    for text in ("Kenya signed a border accord with Uganda in April last year.",
                 "Kenya quit the regional bloc on March 3 last year and signed a pact with Uganda."):
        events = pipeline.code_text(text, published=PUB.isoformat())
        assert events and not [e for e in events if e.modality == "asserted"], events


def test_a_month_of_a_named_year_keeps_its_year_under_a_framing_year(nlp) -> None:
    text = "In 1994, Chile signed the treaty, and Peru ratified it in April last year."
    assert _resolve(nlp, text, "ratify") == (date(2009, 4, 1), "month")
