"""The Pipeline: the Python API, headline splitting, and the multi-process path."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from realpolitik import Pipeline as PublicPipeline
from realpolitik.model import Article
from realpolitik.pipeline import Pipeline


def test_public_api_exports_pipeline() -> None:
    assert PublicPipeline is Pipeline


def test_code_text_returns_events_without_a_database(pipeline: Pipeline, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    events = pipeline.code_text("Turkey and Venezuela signed four agreements.", published="2017-10-09")
    pairs = {(e.source_code, e.target_code, e.event_code) for e in events}
    assert ("TUR", "VEN", "057") in pairs and ("VEN", "TUR", "057") in pairs
    assert all(e.event_date == date(2017, 10, 9) and e.date_precision == "day" for e in events)
    assert not list(tmp_path.iterdir()), "code_text must not create files"


def test_headline_never_merges_with_the_next_sentence(nlp) -> None:
    doc = nlp.make_doc("Turkey hosts Maduro\nVenezuelan President Nicolas Maduro visited Ankara on Friday.")
    doc._.published = date(2017, 10, 9)
    doc = nlp(doc)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Turkey hosts Maduro"


def test_events_carry_article_identity(pipeline: Pipeline) -> None:
    article = Article(text="Russia sent aid to Venezuela.", title="T", url="https://example.org/a",
                      published=date(2019, 3, 1))
    coded = next(iter(pipeline.code_articles([article])))
    assert coded.events
    for e in coded.events:
        assert e.doc_id == article.doc_id and e.title == "T" and e.url == "https://example.org/a"
        assert e.to_dict()["evidence"] == "Russia sent aid to Venezuela."


def test_parallel_coding_matches_single_process(pipeline: Pipeline) -> None:
    texts = [
        "Turkey and Venezuela signed four agreements.",
        "Russia sent aid to Venezuela.",
        "The United States imposed sanctions on Venezuela.",
        "China criticized the United States.",
    ]
    articles = [Article(text=t, published=date(2019, 3, 1)) for t in texts]
    single = [[e.to_dict() for e in c.events] for c in pipeline.code_articles(articles)]
    parallel_settings = replace(pipeline.settings, n_process=2, batch_size=1)
    parallel = [[e.to_dict() for e in c.events] for c in Pipeline(parallel_settings).code_articles(articles)]
    assert parallel == single
    assert sum(map(len, single)) >= 4
