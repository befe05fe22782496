"""Event dates: pure expression parsing, and resolution inside parsed sentences."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.dates import parse_date_expression, parse_published, resolve_event_date
from realpolitik.errors import InputError

PUB = date(2017, 10, 9)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on October 6", (date(2017, 10, 6), "day")),
        ("6 October", (date(2017, 10, 6), "day")),
        ("Oct. 6", (date(2017, 10, 6), "day")),
        ("October 10", (date(2016, 10, 10), "day")),  # not after publication: last year's
        ("in October 2016", (date(2016, 10, 1), "month")),
        ("in May", (date(2017, 5, 1), "month")),
        ("December", (date(2016, 12, 1), "month")),
        ("mid-October", (date(2017, 10, 1), "month")),
        ("last year", (date(2016, 1, 1), "year")),
        ("this year", (date(2017, 1, 1), "year")),
        ("2016", (date(2016, 1, 1), "year")),
        ("the end of 2016", (date(2016, 1, 1), "year")),
        ("on Friday", (date(2017, 10, 6), "day")),
        ("Wednesday", (date(2017, 10, 4), "day")),
        ("Friday night", (date(2017, 10, 6), "day")),
        ("Monday", (date(2017, 10, 9), "day")),  # publication day itself
        ("last Monday", (date(2017, 10, 2), "day")),
        ("yesterday", (date(2017, 10, 8), "day")),
        ("today", (date(2017, 10, 9), "day")),
        ("last week", (date(2017, 10, 2), "day")),
        ("last month", (date(2017, 9, 1), "month")),
        ("three days ago", (date(2017, 10, 6), "day")),
        ("nine months ago", (date(2017, 1, 1), "month")),
        ("2017-10-02", (date(2017, 10, 2), "day")),
        ("October 6, 2016", (date(2016, 10, 6), "day")),
        ("6 October 2016", (date(2016, 10, 6), "day")),
    ],
)
def test_expressions_resolve_against_publication(text: str, expected: tuple[date, str]) -> None:
    assert parse_date_expression(text, PUB) == expected


@pytest.mark.parametrize(
    "text",
    [
        "for years",
        "years",
        "nine months",
        "the years",
        "45-year-old",
        "decades",
        "the past decade",
        "since 2016",
        "2015-2016",
        "between 2010 and 2012",
        "October 6 to 8",
        "",
        "Ankara",
        "Feb 30, 2017",
    ],
)
def test_durations_ages_ranges_and_nonsense_are_not_dates(text: str) -> None:
    assert parse_date_expression(text, PUB) is None


def test_relative_expressions_need_a_publication_date() -> None:
    assert parse_date_expression("on Friday", None) is None
    assert parse_date_expression("October 6", None) is None
    assert parse_date_expression("last year", None) is None
    assert parse_date_expression("October 6, 2016", None) == (date(2016, 10, 6), "day")
    assert parse_date_expression("2016", None) == (date(2016, 1, 1), "year")


def test_day_month_early_in_year_rolls_back_to_previous_year() -> None:
    assert parse_date_expression("December 30", date(2018, 1, 2)) == (date(2017, 12, 30), "day")
    assert parse_date_expression("in December", date(2018, 1, 2)) == (date(2017, 12, 1), "month")


def test_parse_published_still_reads_user_dates() -> None:
    assert parse_published("2017-10-09") == PUB
    assert parse_published("20171009") == PUB
    assert parse_published(None) is None
    with pytest.raises(InputError):
        parse_published("not a date at all")


def _sent(nlp, text: str):
    doc = nlp(text)
    return next(iter(doc.sents))


def test_sentence_date_wins_over_publication(nlp) -> None:
    sent = _sent(nlp, "Maduro arrived in Ankara on October 6 for talks with Erdogan.")
    assert resolve_event_date(sent, PUB) == (date(2017, 10, 6), "day", "sentence:October 6")


def test_month_and_year_precision_in_sentence(nlp) -> None:
    sent = _sent(nlp, "In October 2016, Turkey signed a deal with Iran.")
    when, precision, how = resolve_event_date(sent, PUB)
    assert (when, precision) == (date(2016, 10, 1), "month")
    assert how.startswith("sentence:")


def test_duration_in_sentence_falls_back_to_publication(nlp) -> None:
    sent = _sent(nlp, "Russia has provided aid to Venezuela for years.")
    assert resolve_event_date(sent, PUB) == (PUB, "day", "published")


def test_deictic_word_missed_by_ner_is_still_found(nlp) -> None:
    sent = _sent(nlp, "Yesterday the United States imposed sanctions.")
    when, precision, how = resolve_event_date(sent, PUB)
    assert (when, precision, how.lower()) == (date(2017, 10, 8), "day", "sentence:yesterday")
    when, _, how = resolve_event_date(_sent(nlp, "Today, Turkey hosted Venezuela."), PUB)
    assert when == PUB and how.lower() == "sentence:today"


def test_no_publication_and_no_absolute_date_is_unknown(nlp) -> None:
    sent = _sent(nlp, "On Friday, Mattis met Erdogan in Ankara.")
    assert resolve_event_date(sent, None) == (None, None, "unknown")
    sent = _sent(nlp, "Turkey and Venezuela signed four agreements.")
    assert resolve_event_date(sent, None) == (None, None, "unknown")


def test_date_of_another_clause_is_not_the_event_date(nlp) -> None:
    sent = _sent(nlp, "The two leaders, who first met in 2014, signed four agreements.")
    assert resolve_event_date(sent, PUB) == (PUB, "day", "published")
    sent = _sent(nlp, "The two leaders, who first met in 2014, signed four agreements on Friday.")
    assert resolve_event_date(sent, PUB)[:2] == (date(2017, 10, 6), "day")


def test_trigger_picks_the_date_of_its_clause(nlp) -> None:
    sent = _sent(nlp, "Erdogan said on Friday that Turkey would sign the agreement.")
    sign = next(t for t in sent if t.text == "sign")
    assert resolve_event_date(sent, PUB, sign) == (date(2017, 10, 6), "day", "sentence:Friday")
    sent = _sent(nlp, "Maduro's visit to Ankara on October 6 was a success.")
    visit = next(t for t in sent if t.text == "visit")
    assert resolve_event_date(sent, PUB, visit)[0] == date(2017, 10, 6)
