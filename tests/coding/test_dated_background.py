"""An act whose own clause states a day or month at least a month (``MIN_DAYS_BACK``, 30 days) before the
story, told in the past, is background, not news: ``historical`` (``background.dated_background``)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2010-11-20"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya withdrew its ambassador from Uganda on Sept. 12, officials said.", "KEN", "UGA", "16"),
        ("Peru and Bolivia held talks in early August on the disputed water rights.", "PER", "BOL", "04"),
        ("Ghana signed a fisheries accord with Togo on 3 June.", "GHA", "TGO", "05"),
        ("Ghana signed a fisheries accord with Togo in September.", "GHA", "TGO", "05"),
        ("Kenya withdrew its ambassador from Uganda on Oct. 15, officials said.", "KEN", "UGA", "16"),
    ],
)
def test_an_explicit_date_months_back_makes_a_past_act_historical(
    pipeline: Pipeline, text: str, src: str, tgt: str, root: str
) -> None:
    hits = find(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert hits and all(e.modality == "historical" for e in hits), hits


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya withdrew its ambassador from Uganda on Monday, officials said.", "KEN", "UGA", "16"),
        ("Peru and Bolivia held talks on Nov. 2 on the disputed water rights.", "PER", "BOL", "04"),
        ("Ghana signed a fisheries accord with Togo in October.", "GHA", "TGO", "05"),
    ],
)
def test_a_recent_date_keeps_the_act_news(pipeline: Pipeline, text: str, src: str, tgt: str, root: str) -> None:
    hits = find(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert hits and any(e.modality == "asserted" for e in hits), hits


@pytest.mark.parametrize(
    "text", ["Chile will meet Argentina on Sept. 12.", "Chile is to hold talks with Argentina on Sept. 12."]
)
def test_a_future_clause_with_a_bare_day_and_month_is_not_background(pipeline: Pipeline, text: str) -> None:
    events = find(pipeline.code_text(text, published=PUB), "CHL", "ARG", "0")
    assert events and not [e for e in events if e.modality == "historical"], events


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("In March, Israeli troops began shelling the Lebanese town of Tyre.", "ISR", "LBN", "19"),
        ("In June, Ghana stopped sending troops to Liberia.", "GHA", "LBR", "07"),
    ],
)
def test_a_dated_past_verb_dates_its_gerund_complement(pipeline: Pipeline, text: str, src: str, tgt: str,
                                                       root: str) -> None:
    """"began shelling", "stopped sending": the act's tense is that of the verb it completes."""
    hits = find(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert hits and all(e.modality == "historical" for e in hits), [(e.event_code, e.modality) for e in hits]


def test_a_present_verb_with_a_gerund_stays_news(pipeline: Pipeline) -> None:
    hits = find(pipeline.code_text("Israeli troops began shelling the Lebanese town of Tyre on Friday.",
                                   published=PUB), "ISR", "LBN", "19")
    assert hits and any(e.modality == "asserted" for e in hits), hits


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Nato agreed at last year's summit to invite Croatia to membership talks.", "IGOWSTNAT", "HRV", "03"),
        ("NATO decided in March to invite Montenegro to membership talks.", "IGOWSTNAT", "MNE", "03"),
        ("Seoul decided in July to send troops to Iraq.", "KOR", "IRQ", "07"),
    ],
)
def test_an_undertaking_dated_back_is_background(pipeline: Pipeline, text: str,
                                                 src: str, tgt: str, root: str) -> None:
    """PAST UNDERTAKING (``background._past_clause``): an act in the infinitive of a past verb dated months
    back ("agreed last year to invite B") is as old as the agreeing; dated this week it stays news."""
    hits = find(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert hits and all(e.modality == "historical" for e in hits), hits
    recent = text.replace("at last year's summit", "on Monday").replace("in March", "on Monday") \
        .replace("in July", "on Monday")
    hits = find(pipeline.code_text(recent, published=PUB), src, tgt, root)
    assert hits and any(e.modality == "asserted" for e in hits), hits


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The accord follows a visit to Ghana by the Togolese premier last year.", "TGO", "GHA"),
        ("The new pact comes after talks in Lima between Bolivia and Peru last year.", "BOL", "PER"),
    ],
)
def test_a_dated_act_that_something_follows_is_past(pipeline: Pipeline, monkeypatch, text: str, src: str,
                                                    tgt: str) -> None:
    """SEQUEL OF AN ACT (``background._sequel_of``): what something "follows" or "comes after" was over
    before it, so its own past date makes it background despite the present tense of the sequel."""
    import realpolitik.coding.background as background

    hits = find(pipeline.code_text(text, published=PUB), src, tgt, "04")
    assert hits and all(e.modality == "historical" for e in hits), hits
    monkeypatch.setattr(background, "_sequel_of", lambda noun: False)
    hits = find(pipeline.code_text(text, published=PUB), src, tgt, "04")
    assert hits and all(e.modality == "asserted" for e in hits), hits


def test_an_act_something_follows_this_week_stays_news(pipeline: Pipeline) -> None:
    hits = find(pipeline.code_text("The accord follows talks between Ghana and Togo on Monday.", published=PUB),
                "GHA", "TGO", "04")
    assert hits and all(e.modality == "asserted" for e in hits), hits


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root", "published"),
    [
        ("Police are seeking a witness to the Oct. 23 bombing of the Kenyan embassy by Somali militants.",
         "SOM", "KEN", "18", "1999-01-22"),
        ("The trial covers the March 2 raid by Ugandan troops on a Rwandan army camp.", "UGA", "RWA", "19", PUB),
        ("A court heard evidence about the Aug. 14 attack on the Kenyan embassy by Somali militants.", "SOM", "KEN",
         "19", PUB),
    ],
)
def test_a_nominal_act_with_its_own_past_day_or_month_is_historical(
    pipeline: Pipeline, monkeypatch, text: str, src: str, tgt: str, root: str, published: str
) -> None:
    """DATED PAST NOMINAL (``background.dated_past_nominal``): the date hangs on the noun, not on a verb."""
    hits = find(pipeline.code_text(text, published=published), src, tgt, root)
    assert hits and all(e.modality == "historical" for e in hits), hits
    from realpolitik.coding import background

    monkeypatch.setattr(background, "dated_past_nominal", lambda noun, published: False)
    hits = find(pipeline.code_text(text, published=published), src, tgt, root)
    assert hits and any(e.modality == "asserted" for e in hits), hits


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The court heard evidence about the Nov. 9 raid by Ugandan troops on a Rwandan army camp.", "UGA", "RWA",
         "19"),
        ("The Kenyan president will fly to Uganda for the March 2 talks with Museveni.", "KEN", "UGA", "03"),
        ("Ministers prepared for the Dec. 3 talks between Kenya and Uganda.", "KEN", "UGA", "03"),
    ],
)
def test_a_nominal_act_dated_soon_ahead_or_lately_is_not_background(
    pipeline: Pipeline, text: str, src: str, tgt: str, root: str
) -> None:
    hits = find(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert hits and all(e.modality != "historical" for e in hits), hits
