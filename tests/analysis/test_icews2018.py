"""Acceptance on a real year of events (ICEWS 2018, 468,558 events, imported once per session): the
analyses find what is documented to have happened, through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from realpolitik.analysis.query import country_expr, known_states
from realpolitik.store import open_store
from tests.conftest import DATA

ICEWS = DATA / "icews" / "icews18.export.CSV.zip"

# Documented shifts of 2018: the pair, the direction, and the months in which the window must start.
DOCUMENTED = {
    ("PRK", "USA"): ("warming", date(2018, 2, 1), date(2018, 6, 30)),   # the détente up to Singapore
    ("GBR", "RUS"): ("cooling", date(2018, 2, 1), date(2018, 3, 31)),   # Salisbury poisoning, 4 March
    ("CAN", "SAU"): ("cooling", date(2018, 7, 1), date(2018, 8, 31)),   # the row over activists, August
    ("TUR", "USA"): ("cooling", date(2018, 7, 1), date(2018, 8, 31)),   # pastor Brunson, sanctions, August
}
MADURO_BACKERS = {"RUS", "CHN", "CUB", "TUR", "BOL", "NIC"}


@pytest.fixture(scope="session")
def icews_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("icews") / "icews18.duckdb"
    proc = _rp("import-gdelt", str(ICEWS), "--db", str(path), "--format", "json")
    assert json.loads(proc.stdout)["inserted"] == 468_558
    return path


def _rp(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "realpolitik", *args], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc


def _json(*args: str) -> Any:
    return json.loads(_rp(*args, "--format", "json").stdout)


def test_shifts_find_the_documented_shifts_of_2018(icews_db: Path) -> None:
    rows = _json("shifts", "--window", "30d", "--top", "20", "--db", str(icews_db))
    assert len(rows) == 20
    assert [r["log10_p"] for r in rows] == sorted(r["log10_p"] for r in rows)  # strongest evidence first
    found = []
    for r in rows:
        key = (r["a"], r["b"])
        if key not in DOCUMENTED:
            continue
        direction, earliest, latest = DOCUMENTED[key]
        start = date.fromisoformat(r["after_start"])
        if r["direction"] != direction or not earliest <= start <= latest:
            continue
        assert r["log10_q"] <= -1.3 and r["drivers"]
        for d in r["drivers"]:
            assert r["after_start"] <= d["event_date"] <= r["after_end"]
            assert {d["source_code"][:3], d["target_code"][:3]} <= {r["a"], r["b"]} | {None}
            assert (d["goldstein"] < 0) == (direction == "cooling")
        found.append(key)
    assert len(found) >= 3, [(r["a"], r["b"], r["direction"], r["after_start"]) for r in rows]


def test_blocs_partition_the_year(icews_db: Path) -> None:
    result = _json("blocs", "--db", str(icews_db))
    with open_store(icews_db, read_only=True) as store:
        active = {r[0] for r in store.con.execute(f"""
            SELECT s FROM (SELECT {country_expr('source')} AS s FROM events e UNION ALL
                           SELECT {country_expr('target')} FROM events e)
            WHERE s IN ({known_states()}) GROUP BY s HAVING count(*) >= 100""").fetchall()}
    assert len(active) > 100
    assign = result["assignment"]
    for bloc in result["blocs"]:
        assert len(active & set(bloc["members"])) <= 0.6 * len(active), bloc["members"]
    west = assign["USA"]
    assert {assign[s] for s in ("GBR", "FRA", "DEU")} == {west}
    assert all(assign[s] != west for s in ("RUS", "SYR", "IRN"))
    assert len(result["blocs"]) >= 3
    inside = next(b for b in result["blocs"] if b["bloc"] == west)
    assert inside["cohesion"] > 0 and inside["positive_share"] > 0.5
    assert result["between"] and all(b["tone_also"] >= 0.8 * b["tone_own"] for b in result["between"])


def test_sanctuary_for_maduro_as_of_october_2018(icews_db: Path) -> None:
    result = _json("sanctuary", "Nicolas Maduro", "--as-of", "2018-10-31", "--db", str(icews_db))
    assert result["country"] == "VEN" and result["pressers"]
    top5 = [c["code"] for c in result["candidates"][:5]]
    assert len(MADURO_BACKERS & set(top5)) >= 3, top5
    assert not set(top5) & set(result["pressers"]), (top5, result["pressers"])
    ranked = {c["code"]: c for c in result["candidates"]}
    for code in set(result["pressers"]) & set(ranked):
        assert ranked[code]["components"]["pressing"] > 0 and "pressing" in ranked[code]["note"]
    cuba = ranked["CUB"]
    assert cuba["components"]["leader_visits"] > 0 and cuba["observed"]["leader_visits"] > 0
    assert any(e["component"] == "leader_visits" for e in cuba["evidence"])
    assert all(e["event_date"] <= "2018-10-31" for c in result["candidates"] for e in c["evidence"])


def test_sanctuary_as_of_cuts_the_leaders_own_events(icews_db: Path) -> None:
    """Maduro's state visit to China was in September 2018: as of June it is not there yet."""
    early = _json("sanctuary", "Nicolas Maduro", "--as-of", "2018-06-30", "--top", "200", "--db", str(icews_db))
    late = _json("sanctuary", "Nicolas Maduro", "--as-of", "2018-10-31", "--top", "200", "--db", str(icews_db))
    before = next(c for c in early["candidates"] if c["code"] == "CHN")
    after = next(c for c in late["candidates"] if c["code"] == "CHN")
    assert before["observed"]["leader_visits"] < after["observed"]["leader_visits"]
    assert all(e["event_date"] <= "2018-06-30" for c in early["candidates"] for e in c["evidence"])
