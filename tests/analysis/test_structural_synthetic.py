"""Reference tables built by scripts/build_politics.py, and the synthetic GDELT generator."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from realpolitik.analysis import structural
from realpolitik.analysis.synthetic import ROOT_FREQUENCIES, generate, ranked_states, write_synthetic_export
from realpolitik.store import open_store
from realpolitik.store.gdelt import import_gdelt
from tests.conftest import DATA


def test_countries_capitals_and_distance() -> None:
    states = structural.countries()
    assert states["VEN"].name == "Venezuela" and states["TUR"].exists_in(2025)
    assert not states["GME"].exists_in(2020)  # East Germany ended in 1990
    assert structural.distance_km("VEN", "TUR") == pytest.approx(10_200, rel=0.05)
    assert structural.distance_km("FRA", "GBR") == pytest.approx(340, rel=0.1)
    assert structural.distance_km("VEN", "ZZZ") is None


def test_alliance_contiguity_and_igos_with_year_clamping() -> None:
    strength, types = structural.alliance("USA", "GBR", 2025)  # NATO: clamped to ATOP's last year, 2018
    assert strength == 1.0 and "defense" in types
    assert structural.alliance("USA", "CUB", 2010) == (0.0, [])
    assert structural.contiguity("VEN", "COL", 2025) == (1.0, "land")
    assert structural.contiguity("VEN", "TUR", 2025) == (0.0, None)
    weight, shared = structural.shared_igos("VEN", "COL", 2014)
    assert "OAS" in shared and weight > structural.shared_igos("VEN", "MNG", 2014)[0]
    assert "NATO" in structural.igos_of("TUR", 2030)


def test_packaged_tables_match_the_shared_source_counts() -> None:
    with (DATA / "politics" / "contiguity.tsv").open(encoding="utf-8") as fh:
        source = sum(1 for _ in csv.DictReader(fh, delimiter="\t"))
    with structural.data_path("contiguity.tsv").open(encoding="utf-8") as fh:
        ours = sum(1 for _ in csv.DictReader(fh, delimiter="\t"))
    assert 0.85 * source <= ours <= source  # only rows whose states have CAMEO codes are kept
    maduro = [s for s in structural.leaders() if s.leader == "Maduro"]
    assert maduro and maduro[0].country == "VEN"


def test_generator_distributions_and_import(tmp_path: Path) -> None:
    table = generate(10_000, seed=3)
    assert table.num_columns == 61 and table.num_rows == 10_000
    roots = Counter(table.column("EventRootCode").to_pylist())
    assert roots.most_common(1)[0][0] == "04" and set(roots) <= set(ROOT_FREQUENCIES)
    top = ranked_states()[0]
    actors = Counter(table.column("Actor1CountryCode").to_pylist())
    assert actors.most_common(1)[0][0] == top and actors[top] > 10 * actors[ranked_states()[50]]
    assert generate(500, seed=5).equals(generate(500, seed=5))  # seeded: reproducible
    assert not generate(500, seed=5).equals(generate(500, seed=6))

    path = write_synthetic_export(tmp_path / "syn.export.CSV", 10_000, chunk=4_000)
    with open_store(tmp_path / "syn.duckdb") as store:
        report = import_gdelt(store, [path])
        assert report.inserted == 10_000 and report.ok
        quads = dict(store.con.execute("SELECT quad_class, count(*) FROM events GROUP BY 1").fetchall())
        assert set(quads) == {1, 2, 3, 4} and quads[1] > quads[2]
