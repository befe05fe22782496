"""The Pipeline: the Python API, headline splitting, article identity and assembly."""

from __future__ import annotations

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


def test_the_coder_uses_the_pipelines_actor_dictionary(tmp_path) -> None:
    """A user's dictionary reaches the coder too: a person's role on the event's own date comes from it."""
    import json

    from realpolitik.settings import Settings

    mine = tmp_path / "mine.jsonl"
    mine.write_text(json.dumps({"names": ["Ada Quill"], "kind": "person", "roles": [
        {"code": "TURMIL", "from": "2000-01-01", "until": "2009-12-31"},
        {"code": "TURGOV", "from": "2010-01-01"}]}) + "\n", encoding="utf-8")
    custom = Pipeline(Settings(actors=str(mine)))
    nlp = custom.nlp
    assert nlp.get_pipe("realpolitik_coder").resolver is nlp.get_pipe("realpolitik_actors").resolver
    now = custom.code_text("Ada Quill visited Venezuela on Monday.", published="2017-10-09")
    then = custom.code_text("In 2005, Ada Quill visited Venezuela.", published="2017-10-09")
    assert {e.source_code for e in now if e.target_code == "VEN"} == {"TURGOV"}
    assert {e.source_code for e in then if e.target_code == "VEN"} == {"TURMIL"}


def test_sentence_counts_match_doc_sents(nlp) -> None:
    from realpolitik.pipeline import count_sentences

    texts = ["Talks resumed in Geneva.\n\n   \nThe envoy left early.  Nobody objected.", "", "  \n\n ",
             "Headline Without A Stop\nThe ministers met on Monday."]
    for doc in nlp.pipe(texts):
        expected = (sum(1 for _ in doc.sents), sum(1 for s in doc.sents if s.text.strip()))
        assert count_sentences(doc) == expected
    assert count_sentences(nlp(texts[0]))[1] == 3
