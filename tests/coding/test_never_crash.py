"""The coder never raises: random words, punctuation and sentences built from the actor and verb
dictionaries go through the full pipeline (spaCy, actors, coder), and every gold file is coded with
no coder error. A clause the rules cannot read loses its events and logs a warning."""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from realpolitik.coding import extract
from realpolitik.coding.patterns import packaged_patterns
from realpolitik.evaluation.gold import load_gold
from realpolitik.evaluation.runner import run_records
from realpolitik.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO.parent / "shared" / "data" / "gold"
COUNTRIES = REPO / "src" / "realpolitik" / "actors" / "data" / "countries.jsonl"
PUNCTUATION = list(".,;:!?\"'()-–—/&%$#@*[]{}…«»")
FILLERS = ["the", "a", "of", "to", "with", "and", "not", "will", "said", "on", "in", "by", "that", "who", "its"]


@lru_cache(maxsize=1)
def actor_names() -> list[str]:
    with COUNTRIES.open(encoding="utf-8") as fh:
        names = [n for line in fh if line.strip() for n in json.loads(line).get("names", [])[:3]]
    return sorted(set(names))


@lru_cache(maxsize=1)
def verb_phrases() -> list[str]:
    out = set()
    for p in packaged_patterns()[::7]:
        words = [p.lemma, p.particle or "", p.prep or "", p.noun or ""]
        out.add(" ".join(w for w in words if w))
    return sorted(out)


words = st.one_of(
    st.sampled_from(FILLERS),
    st.sampled_from(PUNCTUATION),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8),
)
built = st.builds(
    lambda a, v, b, tail: f"{a} {v} {b}{tail}",
    st.sampled_from(actor_names()),
    st.sampled_from(verb_phrases()),
    st.sampled_from(actor_names()),
    st.sampled_from(["", ".", " on Monday.", ", officials said.", " and", " — ", ' "']),
)
texts = st.one_of(
    st.lists(words, min_size=0, max_size=25).map(" ".join),
    st.lists(built, min_size=1, max_size=3).map(" ".join),
    st.lists(st.one_of(built, words), min_size=1, max_size=12).map(" ".join),
)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_random_text_never_crashes_the_pipeline(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published="2017-03-01")
    for ev in events:
        assert ev.source_code and ev.target_code and ev.event_code


def test_a_failing_clause_is_skipped_with_a_warning(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An unexpected error inside the rules costs that sentence's events, not the document."""
    real = extract.extract_sentence

    def flaky(sent, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "Chile" in sent.text:
            raise IndexError("list index out of range")
        return real(sent, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_sentence", flaky)
    with caplog.at_level(logging.WARNING, logger="realpolitik.coding.extract"):
        events = pipeline.code_text("Chile criticised Peru. Ghana praised Togo.", published="2017-03-01")
    assert {(e.source_code, e.target_code) for e in events} == {("GHA", "TGO")}
    assert any("skipped sentence 0" in r.getMessage() for r in caplog.records)


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="shared gold data not present")
def test_no_coder_error_on_any_gold_file(pipeline: Pipeline) -> None:
    loaded = load_gold(sorted(GOLD_DIR.glob("*.jsonl")))
    scored = run_records(loaded.records, pipeline)
    assert len(scored) == len(loaded.records) > 0
    assert [r["id"] for r in scored if r["error"]] == []
