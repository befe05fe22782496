"""Acts set in a period that closed years before the article are background history, not news:
``historical``, never ``asserted`` (``realpolitik.coding.background``)."""

import pytest

from tests.coding.helpers import find

PUB = "2010-05-04"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Soviet troops fought Afghan rebels in the 1980s.", "SUN", "AFG"),
        (
            "Serbian forces shelled Croatian towns during the 1990s, the Croatian president told Italy on Monday.",
            "SRB",
            "HRV",
        ),
        ("Italy, which occupied Albania between 1939 and 1943, has close ties with its neighbour.", "ITA", "ALB"),
    ],
)
def test_a_period_phrase_of_years_ago_makes_the_act_historical(pipeline, text: str, src: str, tgt: str) -> None:
    hits = find(code(pipeline, text), src, tgt, "19")
    assert hits and all(e.modality == "historical" for e in hits)


@pytest.mark.parametrize(
    "text",
    [
        "The 1982 invasion of the Falklands by Argentina still weighs on ties with Britain.",
        "Argentina's 1982 invasion of the Falklands still weighs on ties with Britain.",
    ],
)
def test_a_dated_event_noun_is_historical(pipeline, text: str) -> None:
    hits = find(code(pipeline, text), "ARG", "GBR", "19")
    assert hits and all(e.modality == "historical" for e in hits)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops attacked Georgian villages on Monday.",
        "Russian troops attacked Georgian villages in 2010, officials said on Monday.",
        "During the night, Russian troops attacked Georgian villages in the war.",
    ],
)
def test_the_news_of_the_day_and_an_unnamed_war_stay_asserted(pipeline, text: str) -> None:
    hits = find(code(pipeline, text), "RUS", "GEO", "19")
    assert hits and any(e.modality == "asserted" for e in hits)


def test_a_period_phrase_in_another_clause_does_not_date_the_news(pipeline) -> None:
    text = "Croatian President Ivo Josipovic, who fought in the 1990s war, met Serbian President Boris Tadic on Monday."
    hits = find(code(pipeline, text), "HRV", "SRB", "04")
    assert hits and all(e.modality == "asserted" for e in hits)


@pytest.mark.parametrize(
    ("phrase", "historical"),
    [
        ("in the Korean War", True),
        ("during the Second World War", True),
        ("in the 19th century", True),
        ("in the war", False),
        ("in 2009", False),
        ("in the 2000s", False),
        ("between 1999 and 2009", True),  # CLOSED SPAN OF YEARS, though it ended last year
        ("between 2009 and 2010", False),
        ("between 1939 and 1945", True),
    ],
)
def test_past_period_objects(pipeline, phrase: str, historical: bool) -> None:
    from datetime import date

    from realpolitik.coding.background import background_period

    doc = pipeline.nlp(f"Japanese troops attacked Chinese villages {phrase}.")
    verb = next(t for t in doc if t.lemma_ == "attack")
    assert background_period(verb, date(2010, 5, 4)) is historical


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        (
            "The museum, which was the headquarters of militias attacking Israeli towns, now draws Lebanese tourists.",
            "",
            "ISR",
        ),
        ("The hotel, which was the base of Iraqi troops occupying Kuwait City, reopens next week.", "IRQ", "KWT"),
    ],
)
def test_an_act_told_in_a_past_description_of_a_present_sentence_is_historical(
    pipeline, text: str, src: str, tgt: str
) -> None:
    hits = find(code(pipeline, text), src, tgt, "19")
    assert hits and all(e.modality == "historical" for e in hits)


@pytest.mark.parametrize(
    "text",
    [
        "The militia, which was attacking Israeli towns, said on Monday it had agreed to a truce.",
        "The museum, which was the headquarters of the militias attacking Israeli towns, drew tourists last week.",
    ],
)
def test_an_act_of_the_relative_clause_itself_or_a_past_sentence_stays_news(pipeline, text: str) -> None:
    hits = find(code(pipeline, text), "", "ISR", "19")
    assert hits and any(e.modality == "asserted" for e in hits)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Between 2006 and late 2009, Kenyan police made 40 raids on Somali traders.", "KEN", "SOM"),
        ("Between 2003 and late 2009, the Red Cross made 300 visits to jails across Sri Lanka.", "NGO", "LKA"),
    ],
)
def test_a_closed_span_of_years_tallies_the_past(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    """CLOSED SPAN OF YEARS (``background.past_period``): acts counted over a span of years that has
    closed ("between 2006 and 2009" in 2010) are a tally of the past, though the span ended last year."""
    import realpolitik.coding.background as background

    hits = find(code(pipeline, text), src, tgt, "")
    assert hits and all(e.modality == "historical" for e in hits), hits
    monkeypatch.setattr(background, "past_period", lambda obj, published: False)
    assert [e for e in find(code(pipeline, text), src, tgt, "") if e.modality == "asserted"]
