"""The runner over a real (blank) spaCy pipeline: batching, modality filter, and error isolation.

The coder here is a deliberately tiny spaCy component, so that the runner's own behaviour (not the
real coder's accuracy) is what is tested; the real pipeline is exercised by the CLI test.
"""

from __future__ import annotations

from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import realpolitik.nlp.extensions  # noqa: F401  (Doc extensions the pipeline sets)
from realpolitik.evaluation.gold import GoldRecord
from realpolitik.evaluation.runner import evaluate, keep_event, run_records
from realpolitik.model import Actor, CodedEvent
from realpolitik.pipeline import Pipeline
from realpolitik.settings import Settings


def _event(doc: Doc, modality: str) -> CodedEvent:
    return CodedEvent(
        evidence=doc.text, sentence_index=0, char_start=0, char_end=len(doc.text),
        source=Actor(text="Russia", code="RUS"), target=Actor(text="China", code="CHNGOV"),
        event_code="040", root_code="04", base_code="040", plover_type="CONSULT", modality=modality,
        trigger="met",
    )  # fmt: skip


@Language.component("test_toy_coder")
def toy_coder(doc: Doc) -> Doc:
    if "EXPLODE" in doc.text:
        raise RuntimeError("coder broke")
    events = []
    if " met " in doc.text:
        events.append(_event(doc, "negated" if " not " in doc.text else "asserted"))
    if " will meet " in doc.text:
        events.append(_event(doc, "intended"))
    doc._.rp_events = events
    return doc


def _pipeline() -> Pipeline:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_toy_coder")
    return Pipeline(Settings(batch_size=4), nlp=nlp)


def _gold(rid: str, text: str, events: list[dict[str, str]]) -> GoldRecord:
    return GoldRecord(rid, text, date(2020, 1, 1), events, not events, "cameo", f"mem:{rid}")


RUS_CHN = [{"source": "RUS", "target": "CHNGOV", "code": "040"}]


def test_a_failing_record_is_isolated_and_counted() -> None:
    records = [_gold(f"t:{i}", "Russia met China today.", RUS_CHN) for i in range(5)]
    records.insert(2, _gold("t:bad", "EXPLODE Russia met China.", RUS_CHN))
    scored = run_records(records, _pipeline())
    assert [r["id"] for r in scored] == [r.id for r in records]
    assert [r["error"] is not None for r in scored] == [False, False, True, False, False, False]
    assert "coder broke" in scored[2]["error"]
    report, parts, _ = evaluate(records, _pipeline())
    assert report["levels"]["dyad_code"]["tp"] == 5 and report["levels"]["dyad_code"]["fn"] == 1
    assert report["worst"][0]["id"] == "t:bad"
    assert list(parts) == ["t"]


def test_modality_filter_decides_what_is_scored() -> None:
    records = [
        _gold("m:1", "Russia did not met China.", RUS_CHN),
        _gold("m:2", "Russia will meet China.", RUS_CHN),
    ]
    default = {r["id"]: r["predicted"] for r in run_records(records, _pipeline())}
    assert default["m:1"] == [] and len(default["m:2"]) == 1
    asserted = {r["id"]: r["predicted"] for r in run_records(records, _pipeline(), "asserted")}
    assert asserted == {"m:1": [], "m:2": []}
    everything = {r["id"]: r["predicted"] for r in run_records(records, _pipeline(), "all")}
    assert len(everything["m:1"]) == 1
    pred = everything["m:1"][0]
    assert (pred["source"], pred["target"], pred["code"], pred["plover"]) == (
        "RUS",
        "CHNGOV",
        "040",
        "CONSULT",
    )
    assert pred["modality"] == "negated" and pred["source_text"] == "Russia"


def test_keep_event_rules() -> None:
    doc = spacy.blank("en")("x")
    assert keep_event(_event(doc, "hypothetical"))
    assert not keep_event(_event(doc, "negated"))
    assert not keep_event(_event(doc, "historical"))
    assert keep_event(_event(doc, "historical"), "all")
    assert not keep_event(_event(doc, "reported"), "asserted")
    assert keep_event(_event(doc, "negated"), "all")
