"""A clause told as still to come takes the next weekday, day or month, not the last one."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.dates import parse_date_expression, resolve_event_date

PUB = date(2026, 11, 20)  # a Friday


def _resolve(nlp, text: str, trigger: str):
    sent = next(iter(nlp(text).sents))
    token = next(t for t in sent if t.lemma_ == trigger)
    return resolve_event_date(sent, PUB, token)[:2]


@pytest.mark.parametrize(
    ("text", "backward", "forward"),
    [
        ("on Dec. 3", date(2025, 12, 3), date(2026, 12, 3)),
        ("on 2 December", date(2025, 12, 2), date(2026, 12, 2)),
        ("in March", date(2026, 3, 1), date(2027, 3, 1)),
        ("in November", date(2026, 11, 1), date(2026, 11, 1)),
        ("on Monday", date(2026, 11, 16), date(2026, 11, 23)),
        ("on Friday", date(2026, 11, 20), date(2026, 11, 27)),
        ("last Monday", date(2026, 11, 16), date(2026, 11, 16)),
        ("on Nov. 12", date(2026, 11, 12), date(2027, 11, 12)),
    ],
)
def test_expression_reads_backward_or_forward(text: str, backward: date, forward: date) -> None:
    assert parse_date_expression(text, PUB)[0] == backward
    assert parse_date_expression(text, PUB, forward=True)[0] == forward


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Chile and Peru will sign the accord on Dec. 3.", "sign", date(2026, 12, 3)),
        ("The ministers are due to meet on 2 December in Lima.", "meet", date(2026, 12, 2)),
        ("Norway said it would host the talks on Monday.", "host", date(2026, 11, 23)),
        ("Brazil plans to visit Angola in March.", "visit", date(2027, 3, 1)),
        ("The two leaders are scheduled to meet on Wednesday.", "meet", date(2026, 11, 25)),
        ("Kenya's president is going to travel to Egypt on Sunday.", "travel", date(2026, 11, 22)),
    ],
)
def test_clause_that_looks_ahead_takes_the_next_date(nlp, text: str, trigger: str, expected: date) -> None:
    assert _resolve(nlp, text, trigger)[0] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Norway hosted the talks on Monday.", "host", date(2026, 11, 16)),
        ("Brazil's president visited Angola in March.", "visit", date(2026, 3, 1)),
        ("Ghana signed the deal on Dec. 3.", "sign", date(2025, 12, 3)),
        ("Ghana said on Tuesday that it will sign the pact.", "sign", date(2026, 11, 17)),
    ],
)
def test_past_clause_or_date_of_the_speech_stays_backward(nlp, text: str, trigger: str, expected: date) -> None:
    assert _resolve(nlp, text, trigger)[0] == expected
