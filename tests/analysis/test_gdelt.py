"""GDELT 2.0 import/export against the real 2,111-row export and files corrupted on purpose."""

from __future__ import annotations

import gzip
import os
import zipfile
from pathlib import Path

import pytest

from realpolitik.store import open_store
from realpolitik.store.gdelt import GDELT_COLUMNS, export_gdelt, import_gdelt
from tests.analysis.conftest import GDELT_FILE


def _lines() -> list[str]:
    return GDELT_FILE.read_text(encoding="utf-8").splitlines()


def test_real_export_imports_every_row_with_mapped_columns(db_path: Path) -> None:
    with open_store(db_path) as store:
        report = import_gdelt(store, [GDELT_FILE])
        assert (report.rows_read, report.inserted, report.duplicates, report.rejected) == (2111, 2111, 0, [])
        row = store.con.execute(
            "SELECT event_id, event_date, target_code, target_name, event_code, base_code, root_code, quad_class, "
            "goldstein, num_mentions, num_sources, num_articles, action_country, source_url, origin, modality "
            "FROM events WHERE gdelt_id = 881990833"
        ).fetchall()[0]
        assert row[0] == "gdelt:881990833"
        assert str(row[1]) == "2018-10-24"
        assert row[2:9] == ("IGOEUREEC", "THE EU", "040", "040", "04", 1, 1.0)
        assert row[9:13] == (10, 1, 10, "BO")
        assert row[13].startswith("https://belsat.eu/")
        assert row[14:] == ("gdelt", "asserted")
        by_quad = dict(store.con.execute("SELECT quad_class, count(*) FROM events GROUP BY 1").fetchall())
        assert sum(by_quad.values()) == 2111 and set(by_quad) == {1, 2, 3, 4}


def test_import_is_idempotent(db_path: Path) -> None:
    with open_store(db_path) as store:
        import_gdelt(store, [GDELT_FILE])
        again = import_gdelt(store, [GDELT_FILE])
        assert (again.inserted, again.duplicates) == (0, 2111)
        assert store.count("events") == 2111


def test_bad_rows_are_reported_with_line_numbers_and_the_rest_imports(tmp_path: Path, db_path: Path) -> None:
    lines = _lines()[:20]
    cols = lines[4].split("\t")
    lines[4] = "\t".join(cols[:30])  # line 5: too few columns
    cols = lines[9].split("\t")
    cols[1] = "2018-10-24"  # line 10: bad date
    lines[9] = "\t".join(cols)
    cols = lines[14].split("\t")
    cols[30] = "strong"  # line 15: non-numeric Goldstein
    lines[14] = "\t".join(cols)
    bad = tmp_path / "bad.export.CSV"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_store(db_path) as store:
        report = import_gdelt(store, [bad])
        where = {(r.line, r.reason.split(" (GLOBALEVENTID")[0]) for r in report.rejected}
        assert where == {(5, "wrong number of columns: 30 instead of 61"), (10, "SQLDATE is not a YYYYMMDD date"),
                         (15, "GoldsteinScale is not numeric")}
        assert all(r.path == str(bad) for r in report.rejected)
        assert report.inserted == 17 and store.count("events") == 17
        assert not report.ok


def test_unusable_values_and_repeated_ids_are_reported(tmp_path: Path, db_path: Path) -> None:
    lines = _lines()[:10]
    cols = lines[1].split("\t")
    cols[26] = ""  # line 2: no EventCode
    lines[1] = "\t".join(cols)
    cols = lines[6].split("\t")
    cols[29] = "7"  # line 7: QuadClass out of range
    lines[6] = "\t".join(cols)
    lines.append(lines[3])  # line 11 repeats line 4's GLOBALEVENTID
    bad = tmp_path / "odd.export.CSV"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_store(db_path) as store:
        report = import_gdelt(store, [bad])
        reasons = [(r.line, r.reason.split(" (")[0]) for r in report.rejected]
        repeated = lines[3].split("\t")[0]
        assert reasons == [(2, "EventCode is empty"), (4, f"GLOBALEVENTID '{repeated}' repeated in the file"),
                           (7, "QuadClass is not 1-4")]
        assert report.inserted == 8 and store.count("events") == 8 and report.rows_read == 11


def test_zip_and_gzip_exports_are_read(tmp_path: Path, db_path: Path) -> None:
    text = "\n".join(_lines()[:50]) + "\n"
    zipped = tmp_path / "a.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.export.CSV", text)
    gz = tmp_path / "b.export.CSV.gz"
    gz.write_bytes(gzip.compress("\n".join(_lines()[50:80]).encode() + b"\n"))
    with open_store(db_path) as store:
        report = import_gdelt(store, [zipped, gz])
        assert report.inserted == 80 and report.ok


def test_unreadable_file_is_rejected_and_leaves_store_unchanged(tmp_path: Path, db_path: Path) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    with open_store(db_path) as store:
        import_gdelt(store, [GDELT_FILE])
        report = import_gdelt(store, [broken, tmp_path / "missing.CSV"])
        assert [(r.path, r.line) for r in report.rejected] == [(str(broken), None),
                                                                (str(tmp_path / "missing.CSV"), None)]
        assert "not a valid zip" in report.rejected[0].reason and "no such file" in report.rejected[1].reason
        assert store.count("events") == 2111


@pytest.mark.parametrize("content", [os.urandom(4096), gzip.compress(b"x" * 5000)[:40], b"\x1f\x8b" + b"\0" * 99])
def test_bad_file_between_good_ones_is_rejected_and_the_next_imported(
    tmp_path: Path, db_path: Path, content: bytes
) -> None:
    """Random bytes or a corrupt .gz: its own error (not a TransactionException), and the third file is read."""
    lines = _lines()
    first, third = tmp_path / "a.export.CSV", tmp_path / "c.export.CSV"
    first.write_text("\n".join(lines[:10]) + "\n", encoding="utf-8")
    third.write_text("\n".join(lines[10:25]) + "\n", encoding="utf-8")
    bad = tmp_path / "b.export.CSV.gz"
    bad.write_bytes(content)
    with open_store(db_path) as store:
        report = import_gdelt(store, [first, bad, third])
        assert report.inserted == 25 and store.count("events") == 25
    bad_rows = [r for r in report.rejected if r.path == str(bad)]
    assert bad_rows and all("Transaction" not in r.reason for r in bad_rows)


def test_directory_empty_file_header_and_repeats_have_their_own_messages(tmp_path: Path, db_path: Path) -> None:
    lines = _lines()
    empty = tmp_path / "empty.CSV"
    empty.write_bytes(b"")
    headed = tmp_path / "headed.CSV"
    headed.write_text("\t".join(GDELT_COLUMNS) + "\n" + "\n".join(lines[:3] + lines[:1]) + "\n", encoding="utf-8")
    with open_store(db_path) as store:
        report = import_gdelt(store, [tmp_path, empty, headed])
    reasons = {(Path(r.path).name, r.line): r.reason for r in report.rejected}
    assert "is a directory" in reasons[(tmp_path.name, None)]
    assert "empty file" in reasons[("empty.CSV", None)]
    assert "header row" in reasons[("headed.CSV", 1)]
    assert any("repeated" in why for why in reasons.values())
    assert report.inserted == 3 and report.duplicates == 0, "a repeated id is rejected, not also 'already present'"


def test_export_writes_61_columns_that_import_back_identically(tmp_path: Path, gdelt_db: Path) -> None:
    out = tmp_path / "out.export.CSV"
    with open_store(gdelt_db, read_only=True) as store:
        assert export_gdelt(store, out) == 2111
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2111 and {len(r) for r in rows} == {len(GDELT_COLUMNS)}
    original = {line.split("\t")[0]: line.split("\t") for line in _lines()}
    for row in rows[:200]:
        src = original[row[0]]
        for i in (1, 2, 3, 4, 5, 15, 26, 27, 28, 29, 31, 32, 33, 53, 60):
            assert row[i] == src[i], (GDELT_COLUMNS[i], row[i], src[i])
    with open_store(tmp_path / "again.duckdb") as again:
        report = import_gdelt(again, [out])
        assert report.inserted == 2111 and report.ok
