"""MISATTACHED COORDINATION (``actors/grouping._coordinated_phrase``): in "the Colombian government and
FARC rebels" the parser often makes the first noun a modifier of the last, so the two sides of a
government-rebel dyad became one actor. A noun with its own "and" conjunct heads its own phrase when it
has its own determiner or the conjunct is a named group; two agent nouns under one determiner ("the army
and police chiefs") still modify the head. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import grouping
from realpolitik.pipeline import Pipeline


def _mentions(nlp, text: str) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.published = date(2008, 6, 1)
    doc = nlp(doc)
    return {span.text: {a.code for a in span._.rp_actors} for span in doc.spans["rp_actors"]}


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Talks between the Colombian government and FARC rebels resumed on Monday.", "COLGOV", "COLREB"),
    ("Fighting between the Sudanese army and SPLA guerrillas flared again.", "SDNMIL", "SDNREB"),
])
def test_the_two_sides_stay_two_actors(nlp, text: str, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert any(codes == {first} for codes in found.values()), found
    assert any(codes == {second} for codes in found.values()), found


def test_switched_off_the_sides_merge(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(grouping, "_coordinated_phrase", lambda tok, named: False)
    found = _mentions(nlp, "Talks between the Colombian government and FARC rebels resumed on Monday.")
    assert not any(codes == {"COLGOV"} for codes in found.values()), found


def test_two_agent_nouns_under_one_determiner_modify_the_head(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, "The army and police chiefs of Kenya met in Nairobi.")
    assert any(text.startswith("The army and police chiefs") for text in found), found


def test_the_dyad_is_coded_both_ways(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Peace talks between the Colombian government and FARC rebels opened in Oslo.",
                                published="2012-10-18")
    pairs = {(e.source_code, e.target_code) for e in events}
    assert {("COLGOV", "COLREB"), ("COLREB", "COLGOV")} <= pairs, pairs
