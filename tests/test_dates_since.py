"""SINCE-PHRASE (``dates.period_start``): a date after a "since" that measures a noun ("the first trip of a
premier since 1988") says how long such a thing has not been seen, not when the act took place; a "since"
on the verb dates the start of a standing act (background), and a date of the act itself still dates it.
Sentences written for these tests, each also resolved with the class switched off."""

from __future__ import annotations

from datetime import date

import pytest

import realpolitik.dates as dates
from realpolitik.dates import resolve_event_date

PUB = date(2010, 11, 20)


def _resolve(nlp, text: str, trigger: str):
    sent = next(iter(nlp(text).sents))
    token = next(t for t in sent if t.lemma_ == trigger)
    return resolve_event_date(sent, PUB, token)


@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        ("The Peruvian president visited Quito, the first such visit since 1988.", "visit", 1988),
        ("Chilean troops shelled the border post, the worst attack since 2004.", "shell", 2004),
    ],
)
def test_the_start_of_a_period_does_not_date_the_act(nlp, monkeypatch, text: str, trigger: str, year: int) -> None:
    when, _, how = _resolve(nlp, text, trigger)
    assert how == "published" and when == PUB, (when, how)
    monkeypatch.setattr(dates, "period_start", lambda tok: False)
    assert _resolve(nlp, text, trigger)[0].year == year


def test_a_since_on_the_verb_dates_a_standing_act(nlp) -> None:
    when, _, _ = _resolve(nlp, "Chile has shipped grain to Bolivia since 2004.", "ship")
    assert when.year == 2004


def test_a_date_of_the_act_still_dates_it(nlp) -> None:
    when, _, _ = _resolve(nlp, "Peru and Chile signed the pact in 1988, their first since 1950.", "sign")
    assert when.year == 1988


def test_an_act_in_a_clause_on_the_date_is_of_that_date(nlp) -> None:
    when, _, _ = _resolve(nlp, "The island has been split since 1963, when Chile seized the north.", "seize")
    assert when.year == 1963
