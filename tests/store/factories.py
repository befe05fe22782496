"""Hand-built coded articles (real CodedArticle/CodedEvent values) for store tests without NLP."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from realpolitik.model import Actor, Article, CodedArticle, CodedEvent

TUR = Actor(text="Turkey", code="TUR", entity_id="state:TUR", name="Turkey", country="TUR", kind="state")
VEN = Actor(text="Venezuela", code="VEN", entity_id="state:VEN", name="Venezuela", country="VEN", kind="state")
USA = Actor(text="Washington", code="USA", entity_id="state:USA", name="United States", country="USA",
            kind="state")
TURGOV = Actor(text="Erdogan", code="TURGOV", entity_id="person:recep-tayyip-erdogan",
               name="Recep Tayyip Erdogan", country="TUR", sector="GOV", kind="person")


def event(
    source: Actor | None,
    target: Actor | None,
    code: str = "057",
    when: date | None = date(2017, 10, 6),
    modality: str = "asserted",
    evidence: str = "Turkey and Venezuela signed four agreements.",
    sentence_index: int = 0,
    confidence: float = 0.8,
    quad: int = 1,
    goldstein: float = 8.0,
) -> CodedEvent:
    return CodedEvent(
        evidence=evidence,
        sentence_index=sentence_index,
        char_start=0,
        char_end=len(evidence),
        source=source,
        target=target,
        event_code=code,
        root_code=code[:2],
        base_code=code[:3],
        event_name=f"event {code}",
        quad_class=quad,
        goldstein=goldstein,
        plover_type="AGREE",
        modality=modality,
        event_date=when,
        date_precision="day",
        date_source="published",
        confidence=confidence,
        coder_version="test-1",
    )


def coded(text: str, events: list[CodedEvent], title: str = "A story", source: str | None = "Wire",
          url: str | None = None, unresolved: list[tuple[int, str, str, str]] | None = None) -> CodedArticle:
    slug = text[:12].replace(" ", "-")
    article = Article(text=text, title=title, url=url or f"https://example.org/{len(text)}-{slug}",
                      source=source, published=date(2017, 10, 9), origin="test.txt")
    from dataclasses import replace

    evs = [replace(e, doc_id=article.doc_id, title=title, url=article.url) for e in events]
    return CodedArticle(article, evs, n_sentences=max(1, text.count(".")), unresolved=unresolved or [])


RUS = Actor(text="Russia", code="RUS", entity_id="state:RUS", name="Russia", country="RUS", kind="state")
VENGOV = Actor(text="Maduro", code="VENGOV", entity_id="person:nicolas-maduro", name="Nicolas Maduro",
               country="VEN", sector="GOV", kind="person")


def sample_articles() -> list[CodedArticle]:
    """A small, varied store: several dyads, quad classes, modalities, dates and confidences."""
    return [
        coded("Turkey and Venezuela signed four agreements.",
              [event(TUR, VEN), event(VEN, TUR)], title="Accords signed", url="https://example.org/accords"),
        coded("Erdogan spoke by telephone with Maduro.",
              [event(TURGOV, VENGOV, "041", when=date(2017, 10, 1), evidence="Erdogan spoke by telephone with Maduro.",
                     quad=1, goldstein=1.0)], title="Phone call"),
        coded("Washington imposed sanctions on Venezuela. It may cut aid.",
              [event(USA, VEN, "163", when=date(2017, 8, 25), evidence="Washington imposed sanctions on Venezuela.",
                     quad=4, goldstein=-8.0, confidence=0.9),
               event(USA, VEN, "0233", when=date(2017, 8, 25), modality="intended", evidence="It may cut aid.",
                     sentence_index=1, quad=3, goldstein=-3.0)], title="Sanctions"),
        coded("Russia sent aid to Venezuela.",
              [event(RUS, VEN, "070", when=date(2019, 3, 23), evidence="Russia sent aid to Venezuela.",
                     quad=2, goldstein=7.0, confidence=0.3)], title="Aid flight"),
    ]


def build_sample_store(path: Path) -> None:
    from realpolitik.store import open_store

    with open_store(path) as store:
        store.write_batch(sample_articles())
