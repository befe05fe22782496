"""Dyad series, plots, the signed network and its exports, on hand-written events."""

from __future__ import annotations

import json
import struct
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from realpolitik.analysis import (
    Filters,
    build_network,
    dyad_series,
    export_network,
    parse_modalities,
    plot_dyad,
    plot_network,
    read_html_data,
)
from realpolitik.errors import InputError
from tests.analysis.conftest import add_event


@pytest.fixture()
def dyad_store(store: Any) -> Any:
    add_event(store, "TURGOV", "VENGOV", "042", "2017-10-06", evidence="Maduro travelled to Turkey.")
    add_event(store, "VENGOV", "TUR", "057", "2017-10-09", evidence="They signed four agreements.", n=3)
    add_event(store, "TUR", "VEN", "070", "2017-11-02")
    add_event(store, "VEN", "TURMIL", "120", "2017-11-20")
    add_event(store, "TUR", "VEN", "075", "2017-11-21", modality="hypothetical")
    add_event(store, "USA", "VEN", "163", "2017-11-22")
    return store


def test_dyad_monthly_counts_per_quadclass_and_goldstein(dyad_store: Any) -> None:
    rows = dyad_series(dyad_store.con, "tur", "VEN", "month")
    assert [r["period"] for r in rows] == ["2017-10-01", "2017-11-01"]
    oct_, nov = rows
    # Two events, each from its own article: two articles, not the sum of the events' num_articles.
    assert (oct_["verbal_coop"], oct_["material_coop"], oct_["n_events"], oct_["n_articles"]) == (2, 0, 2, 2)
    assert oct_["goldstein_sum"] == pytest.approx(9.9) and oct_["goldstein_mean"] == pytest.approx(4.95)
    assert (nov["material_coop"], nov["verbal_conflict"], nov["n_events"]) == (1, 1, 2)  # hypothetical 075 left out
    assert nov["goldstein_sum"] == pytest.approx(3.0)


def test_dyad_counts_an_article_once_for_all_its_events(store: Any) -> None:
    for code in ("042", "057", "036"):
        add_event(store, "TUR", "VEN", code, "2017-10-06", evidence="One article about many meetings.",
                  title="Same article")
    (row,) = dyad_series(store.con, "TUR", "VEN", "month")
    assert (row["n_events"], row["n_articles"]) == (3, 1)


def test_dyad_directed_modality_and_dates(dyad_store: Any) -> None:
    directed = dyad_series(dyad_store.con, "TUR", "VEN", "year", directed=True)
    assert directed[0]["n_events"] == 2  # TURGOV→VENGOV 042, TUR→VEN 070
    everything = dyad_series(dyad_store.con, "TUR", "VEN", "year", Filters(modalities=parse_modalities("all")))
    assert everything[0]["n_events"] == 5
    assert len(dyad_series(dyad_store.con, "TUR", "VEN", "day")) == 4
    window = dyad_series(dyad_store.con, "TUR", "VEN", "week", Filters(since=date(2017, 11, 1)))
    assert sum(r["n_events"] for r in window) == 2
    assert dyad_series(dyad_store.con, "TUR", "VEN", "week", Filters(until=date(2017, 1, 1))) == []
    with pytest.raises(InputError, match="--by"):
        dyad_series(dyad_store.con, "TUR", "VEN", "fortnight")
    with pytest.raises(InputError, match="actor code"):
        dyad_series(dyad_store.con, "T'; DROP", "VEN")
    with pytest.raises(InputError, match="modality"):
        parse_modalities("maybe")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_dyad_plots_png_and_html_with_embedded_series(dyad_store: Any, tmp_path: Path) -> None:
    rows = dyad_series(dyad_store.con, "TUR", "VEN", "month")
    png = plot_dyad(rows, tmp_path / "d.png", "TUR-VEN")
    width, height = _png_size(png)
    assert width >= 600 and height >= 300 and png.stat().st_size > 5000
    html = plot_dyad(rows, tmp_path / "d.html", "TUR-VEN")
    text = html.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text  # self-contained: no CDN, no external files
    data = read_html_data(html)
    assert data["bars"] == ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"]
    assert [(r["period"], r["verbal_coop"], r["goldstein_sum"]) for r in data["rows"]] == [
        ("2017-10-01", 2, 9.9), ("2017-11-01", 0, 3.0)]
    with pytest.raises(InputError, match="must end"):
        plot_dyad(rows, tmp_path / "d.svg", "x")


def test_network_edges_signs_evidence_and_exports(dyad_store: Any, tmp_path: Path) -> None:
    graph = build_network(dyad_store.con)
    assert sorted(graph.nodes) == ["TUR", "USA", "VEN"]
    tv = graph.edges["TUR", "VEN"]
    assert (tv["n_events"], tv["sign"], tv["n_coop"], tv["n_conflict"]) == (4, 1, 3, 1)
    assert tv["weight"] == pytest.approx(12.9)
    assert len(tv["evidence"]) == 3
    assert graph.edges["USA", "VEN"]["sign"] == -1
    assert graph.nodes["TUR"]["name"] == "Turkey"
    assert sorted(build_network(dyad_store.con, min_events=2).edges) == [("TUR", "VEN")]

    as_json = json.loads(export_network(graph, tmp_path / "n.json", "json").read_text())
    assert {(e["source"], e["target"], e["sign"]) for e in as_json["edges"]} == {("TUR", "VEN", 1), ("USA", "VEN", -1)}
    graphml = ET.parse(export_network(graph, tmp_path / "n.graphml", "graphml"))
    assert len(graphml.findall(".//{http://graphml.graphdrawing.org/xmlns}edge")) == 2
    gexf = (export_network(graph, tmp_path / "n.gexf", "gexf")).read_text()
    assert "<gexf" in gexf and 'id="TUR"' in gexf
    with pytest.raises(InputError, match="--export"):
        export_network(graph, tmp_path / "n.x", "dot")
    width, _ = _png_size(plot_network(graph, tmp_path / "n.png"))
    assert width >= 600
    data = read_html_data(plot_network(graph, tmp_path / "n.html"))
    assert {n["id"] for n in data["nodes"]} == {"TUR", "USA", "VEN"} and len(data["edges"]) == 2


def test_network_on_real_gdelt_export(gdelt_db: Path) -> None:
    from realpolitik.store import open_store

    with open_store(gdelt_db, read_only=True) as s:
        graph = build_network(s.con, min_events=3)
        total = s.con.execute("SELECT count(*) FROM events WHERE source_country = 'USA' AND target_country = 'SYR'"
                              " OR source_country = 'SYR' AND target_country = 'USA'").fetchall()[0][0]
    assert graph.edges["SYR", "USA"]["n_events"] == total
    assert all(d["n_events"] >= 3 for _, _, d in graph.edges(data=True))
    assert not any(len(n) != 3 for n in graph.nodes)
