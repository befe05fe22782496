"""Long documents are coded in parts cut at paragraph boundaries, with offsets into the whole text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

import realpolitik.pipeline as pipeline_module
from realpolitik.errors import InputError
from realpolitik.model import Article
from realpolitik.nlp.parts import PART_CHARS, split_parts
from realpolitik.pipeline import Pipeline

PARAGRAPHS = [
    "Turkey signed an agreement with Venezuela on trade.",
    "Russia sent humanitarian aid to Venezuela.",
    "The United States imposed sanctions on Venezuela.",
    "China criticized the United States over the sanctions.",
]


def test_short_text_is_one_part() -> None:
    assert split_parts("One paragraph.\n\nAnother.", 100) == [(0, "One paragraph.\n\nAnother.")]


def test_parts_cover_the_text_and_cut_at_paragraphs() -> None:
    text = "\n\n".join(f"Paragraph {i} says something about the talks." for i in range(200))
    parts = split_parts(text, 500)
    assert "".join(p for _, p in parts) == text
    assert all(text[off:off + len(p)] == p for off, p in parts)
    assert all(len(p) <= 500 for _, p in parts)
    assert all(p.endswith("\n\n") for _, p in parts[:-1]), "every cut falls on a blank line"


def test_wall_of_text_is_cut_at_sentence_ends_then_spaces() -> None:
    sentences = "Turkey met Venezuela. " * 100
    assert all(p.endswith(". ") for _, p in split_parts(sentences, 300)[:-1])
    words = "word " * 300
    parts = split_parts(words, 100)
    assert "".join(p for _, p in parts) == words and all(p.endswith(" ") for _, p in parts[:-1])
    blob = "x" * 1000  # no boundary at all: hard cuts, nothing lost
    assert "".join(p for _, p in split_parts(blob, 300)) == blob


def test_parts_stay_below_spacys_limit(nlp) -> None:
    assert PART_CHARS < nlp.max_length


def test_article_in_parts_codes_like_its_paragraphs_alone(pipeline: Pipeline, monkeypatch) -> None:
    text = "\n\n".join(PARAGRAPHS)
    whole = next(iter(pipeline.code_articles([Article(text=text, published=date(2019, 3, 1))])))
    monkeypatch.setattr(pipeline_module, "PART_CHARS", 60)  # every paragraph becomes its own part
    assert len(split_parts(text, 60)) == len(PARAGRAPHS)
    parted = next(iter(pipeline.code_articles([Article(text=text, published=date(2019, 3, 1))])))
    assert len(parted.events) >= 3
    key = [(e.sentence_index, e.char_start, e.char_end, e.source_code, e.target_code, e.event_code, e.evidence)
           for e in parted.events]
    assert key == [(e.sentence_index, e.char_start, e.char_end, e.source_code, e.target_code, e.event_code,
                    e.evidence) for e in whole.events]
    for e in parted.events:
        assert text[e.char_start:e.char_end].strip() == e.evidence.strip()
    assert parted.n_sentences == whole.n_sentences == len(PARAGRAPHS)


def test_many_articles_with_parts_keep_their_order(pipeline: Pipeline, monkeypatch) -> None:
    monkeypatch.setattr(pipeline_module, "PART_CHARS", 60)
    short = Article(text="Russia sent aid to Venezuela.", published=date(2019, 3, 1))
    long = Article(text="\n\n".join(PARAGRAPHS), published=date(2019, 3, 1))
    p = Pipeline(replace(pipeline.settings, batch_size=3), nlp=pipeline.nlp)
    out = list(p.code_articles([short, long, short, long]))
    assert [c.article for c in out] == [short, long, short, long]
    assert [len(c.events) for c in out][0::2] == [len(out[0].events)] * 2


@pytest.mark.parametrize("bad", [None, b"Turkey met Venezuela.", 42, "Turkey \ud800 met Venezuela."])
def test_code_text_rejects_what_is_not_text(pipeline: Pipeline, bad: object) -> None:
    with pytest.raises(InputError):
        pipeline.code_text(bad)  # type: ignore[arg-type]


def test_code_text_rejects_bad_title(pipeline: Pipeline) -> None:
    with pytest.raises(InputError, match="title"):
        pipeline.code_text("Turkey met Venezuela.", title="\udfff")


@pytest.mark.parametrize("text", ["", "Turkey met Venezuela.", "  Leading spaces and a trailing one. ",
                                  "Two lines\n\nand a tab\t", "Ünïcödé wörds — and a dash"])
def test_text_length_is_the_documents_text_length(text: str) -> None:
    import spacy

    from realpolitik.nlp.parts import text_length

    doc = spacy.blank("en")(text)
    assert text_length(doc) == len(doc.text) == len(text)


def test_batches_hold_at_most_the_character_budget() -> None:
    import spacy

    from realpolitik.nlp.parts import batch_docs

    nlp = spacy.blank("en")
    docs = [nlp("word " * n) for n in (10, 30, 5, 40, 1)]
    batches = list(batch_docs(docs, size=10, max_chars=200))
    assert [len(b) for b in batches] == [2, 1, 1, 1]  # 50+150 | 25 | 200 | 5 characters
    assert [d for b in batches for d in b] == docs
