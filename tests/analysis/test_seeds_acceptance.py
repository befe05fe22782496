"""Acceptance on the two seed articles ingested together (003 published 2017-10-09, 000 2025-06-01),
through the real pipeline: Maduro's sanctuary ranking and the "enemy of my enemy" pattern."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from realpolitik.analysis import build_network, enemy_of_enemy, sanctuary, triads
from realpolitik.store import open_store


@pytest.fixture(scope="module")
def maduro(seeds_db: Path) -> dict[str, Any]:
    with open_store(seeds_db, read_only=True) as s:
        return sanctuary(s.con, leader="Nicolas Maduro")


def _sentences(candidate: dict[str, Any]) -> set[tuple[str, str]]:
    return {(e["doc_id"], e["sentence"]) for e in candidate["evidence"] if e["sentence"]}


def test_maduro_resolves_to_venezuela(maduro: dict[str, Any]) -> None:
    assert maduro["country"] == "VEN"


def test_turkey_ranks_first(maduro: dict[str, Any]) -> None:
    first = maduro["candidates"][0]
    assert (first["code"], first["rank"], first["name"]) == ("TUR", 1, "Turkey")
    assert first["score"] > maduro["candidates"][1]["score"]


def test_russia_and_china_appear(maduro: dict[str, Any]) -> None:
    codes = [c["code"] for c in maduro["candidates"]]
    assert "RUS" in codes and "CHN" in codes


@pytest.mark.parametrize("code", ["TUR", "RUS", "CHN"])
def test_turkey_russia_china_cite_two_sentences(maduro: dict[str, Any], code: str) -> None:
    cand = next(c for c in maduro["candidates"] if c["code"] == code)
    cited = _sentences(cand)
    assert len(cited) >= 2, cand["evidence"]
    for ev in cand["evidence"]:
        assert ev["doc_id"] and ev["event_date"] and ev["event_code"] and ev["modality"]


def test_turkey_asylum_evidence_is_hypothetical_exile_sentence(maduro: dict[str, Any]) -> None:
    tur = maduro["candidates"][0]
    asylum = [e for e in tur["evidence"] if e["component"] == "asylum"]
    assert asylum and any("exile" in e["sentence"] for e in asylum)
    assert {e["modality"] for e in asylum} <= {"hypothetical", "intended", "reported", "asserted"}


def test_structural_only_candidate_says_so(maduro: dict[str, Any]) -> None:
    structural = [c for c in maduro["candidates"] if c["basis"] == "structural only"]
    assert structural
    assert all("structural signals alone" in c["note"] and not c["evidence"] for c in structural)
    assert all(not any(c["components"][k] for k in ("cooperation", "visits", "asylum")) for c in structural)


def _pattern(graph: Any, pivot: str, enemy: str) -> dict[str, Any]:
    found = [p for p in enemy_of_enemy(graph) if (p["pivot"], p["enemy"]) == (pivot, enemy)]
    assert found, [(a, b, d["sign"], d["n_events"]) for a, b, d in graph.edges(data=True)]
    return found[0]


def test_balance_on_seeds_turkey_and_venezuela_against_the_us(seeds_db: Path) -> None:
    """What the seeds state: Turkey and Venezuela cooperate, both are in conflict with the US (a balanced
    "+--" triad), and Russia and China cooperate with Venezuela. The seeds report no Russian or Chinese
    conflict with the US, so those two carry no USA edge (the next test covers text that does)."""
    with open_store(seeds_db, read_only=True) as s:
        graph = build_network(s.con)
    pattern = _pattern(graph, "VEN", "USA")
    assert "TUR" in pattern["allies"] and pattern["pivot_enemy_sign"] == -1
    assert all(edge["evidence"] for edge in pattern["edges"])
    balanced = [t for t in triads(graph) if t["balanced"] and set(t["nodes"]) == {"TUR", "VEN", "USA"}]
    assert balanced and balanced[0]["kind"] == "+--"
    for ally in ("RUS", "CHN"):
        assert graph.edges[ally, "VEN"]["sign"] > 0
        assert graph.edges[ally, "VEN"]["n_events"] >= 2


BLOC_TEXT = (
    "Russia signed a new arms agreement with Venezuela on Monday.\n\n"
    "China extended a loan of five billion dollars to Venezuela.\n\n"
    "The United States imposed new sanctions on Venezuela.\n\n"
    "Russia condemned the United States over the sanctions.\n\n"
    "China accused the United States of interfering in Latin America.\n\n"
    "Turkey praised China for its economic cooperation.\n"
)


def test_balance_two_states_cooperate_with_venezuela_and_oppose_the_us(pipeline: Any, tmp_path: Path) -> None:
    """Text stating the full pattern, through the real pipeline and store: both allies are found, and
    each forms a balanced triad with Venezuela and the United States."""
    from realpolitik.ingest import ingest

    article = tmp_path / "bloc.txt"
    article.write_text(BLOC_TEXT, encoding="utf-8")
    db = tmp_path / "bloc.duckdb"
    with open_store(db) as s:
        ingest([str(article)], s, pipeline, date(2019, 3, 4))
    with open_store(db, read_only=True) as s:
        graph = build_network(s.con)
    pattern = _pattern(graph, "VEN", "USA")
    assert {"RUS", "CHN"} <= set(pattern["allies"])
    assert all(edge["evidence"] for edge in pattern["edges"])
    for ally in ("RUS", "CHN"):
        triad = [t for t in triads(graph) if set(t["nodes"]) == {ally, "VEN", "USA"}]
        assert triad and triad[0]["balanced"] and triad[0]["kind"] == "+--"
