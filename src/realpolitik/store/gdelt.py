"""GDELT 2.0 event exports in and out of the ``events`` table.

Import lets DuckDB's CSV reader do the parsing (all columns as text), then validates and casts in SQL,
so memory stays bounded by DuckDB's buffer manager rather than by Python objects. Rows with the wrong
number of columns come back from DuckDB's reject table with their line numbers; rows whose date or
Goldstein value does not parse are found by the SQL validation and mapped back to line numbers.
Every bad row is reported and skipped; the rest is inserted in one transaction, keyed by
``gdelt:<GLOBALEVENTID>`` so importing the same file twice adds nothing.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from realpolitik.errors import InputError, StoreError
from realpolitik.model import Rejected

if TYPE_CHECKING:
    from realpolitik.store import Store

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

# Validation, in the order reasons are reported; each expression is true when the row is bad.
_CHECKS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID is not an integer", "TRY_CAST(GLOBALEVENTID AS BIGINT) IS NULL"),
    ("SQLDATE is not a YYYYMMDD date", "TRY_STRPTIME(SQLDATE, '%Y%m%d') IS NULL"),
    ("EventCode is empty", "coalesce(trim(EventCode), '') = ''"),
    ("GoldsteinScale is not numeric",
     "nullif(trim(GoldsteinScale), '') IS NOT NULL AND TRY_CAST(GoldsteinScale AS DOUBLE) IS NULL"),
    ("QuadClass is not 1-4", "nullif(trim(QuadClass), '') IS NOT NULL AND "
     "coalesce(TRY_CAST(QuadClass AS INTEGER), 0) NOT BETWEEN 1 AND 4"),
    ("NumMentions is not an integer",
     "nullif(trim(NumMentions), '') IS NOT NULL AND TRY_CAST(NumMentions AS INTEGER) IS NULL"),
)


@dataclass
class GdeltImportReport:
    """What one import did: rows read, inserted, already present, and every rejected line."""

    files: list[str] = field(default_factory=list)
    rows_read: int = 0
    inserted: int = 0
    duplicates: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files, "rows_read": self.rows_read, "inserted": self.inserted,
            "duplicates": self.duplicates, "rejected": [str(r) for r in self.rejected],
            "seconds": round(self.seconds, 3),
        }


def _columns_struct() -> str:
    return "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in GDELT_COLUMNS) + "}"


@contextmanager
def _readable(path: Path) -> Iterator[Path]:
    """Yield a path DuckDB can read: plain and .gz as they are; a .zip's single member streamed out."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() != ".zip":
        yield path
        return
    try:
        with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix="rp-gdelt-") as tmp:
            members = [m for m in zf.namelist() if not m.endswith("/")]
            if len(members) != 1:
                raise InputError(f"{path}: expected one CSV inside the zip, found {len(members)}")
            target = Path(tmp) / "export.csv"
            with zf.open(members[0]) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            yield target
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: not a valid zip file: {exc}") from exc


def _typed_select(csv_path: Path) -> str:
    reason = "CASE " + " ".join(f"WHEN {cond} THEN '{why}'" for why, cond in _CHECKS) + " END"
    path_sql = str(csv_path).replace("'", "''")
    return f"""
    SELECT
        {reason} AS bad_reason,
        GLOBALEVENTID AS raw_id,
        TRY_CAST(GLOBALEVENTID AS BIGINT) AS gdelt_id,
        CAST(TRY_STRPTIME(SQLDATE, '%Y%m%d') AS DATE) AS event_date,
        nullif(Actor1Code, '') AS source_code, nullif(Actor2Code, '') AS target_code,
        nullif(Actor1Name, '') AS source_name, nullif(Actor2Name, '') AS target_name,
        nullif(Actor1CountryCode, '') AS source_country,
        nullif(Actor2CountryCode, '') AS target_country,
        trim(EventCode) AS event_code,
        coalesce(nullif(trim(EventBaseCode), ''), left(trim(EventCode), 3)) AS base_code,
        coalesce(nullif(trim(EventRootCode), ''), left(trim(EventCode), 2)) AS root_code,
        TRY_CAST(QuadClass AS INTEGER) AS quad_class,
        TRY_CAST(GoldsteinScale AS DOUBLE) AS goldstein,
        coalesce(TRY_CAST(NumMentions AS INTEGER), 1) AS num_mentions,
        coalesce(TRY_CAST(NumArticles AS INTEGER), 1) AS num_articles,
        TRY_CAST(NumSources AS INTEGER) AS num_sources,
        TRY_CAST(AvgTone AS DOUBLE) AS avg_tone,
        nullif(ActionGeo_CountryCode, '') AS action_country,
        nullif(SOURCEURL, '') AS source_url,
        TRY_STRPTIME(DATEADDED, '%Y%m%d%H%M%S') AS added
    FROM read_csv('{path_sql}', delim='\t', header=false, quote='', escape='', auto_detect=false,
                  columns={_columns_struct()}, store_rejects=true, rejects_table='rp_gdelt_rejects',
                  rejects_scan='rp_gdelt_scans', strict_mode=true, null_padding=false)
    """


_INSERT = """
INSERT INTO events (event_id, event_date, date_precision, source_code, target_code, source_name,
    target_name, source_country, target_country, event_code, base_code, root_code, quad_class, goldstein,
    modality, num_mentions, num_articles, num_sources, first_seen, last_seen, confidence, origin,
    source_url, gdelt_id, action_country, avg_tone)
SELECT 'gdelt:' || gdelt_id, event_date, 'day', source_code, target_code, source_name, target_name,
    source_country, target_country, event_code, base_code, root_code, quad_class, goldstein, 'asserted',
    num_mentions, num_articles, num_sources, added, added, NULL, 'gdelt', source_url, gdelt_id,
    action_country, avg_tone
FROM rp_gdelt_stage s
WHERE bad_reason IS NULL
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = 'gdelt:' || s.gdelt_id)
QUALIFY row_number() OVER (PARTITION BY gdelt_id ORDER BY rowid) = 1
"""


def _line_of(accepted_index: int, rejected_lines: list[int]) -> int:
    """1-based file line of the n-th accepted row, given the sorted lines DuckDB rejected."""
    line = accepted_index + 1
    for bad in rejected_lines:
        if bad <= line:
            line += 1
        else:
            break
    return line


def _import_one(con: duckdb.DuckDBPyConnection, path: Path, report: GdeltImportReport) -> None:
    with _readable(path) as csv_path:
        con.execute("DROP TABLE IF EXISTS rp_gdelt_stage").fetchall()
        try:
            con.execute(f"CREATE TEMP TABLE rp_gdelt_stage AS {_typed_select(csv_path)}").fetchall()
            rej = con.execute(
                "SELECT DISTINCT line, error_type::VARCHAR, error_message, csv_line FROM rp_gdelt_rejects ORDER BY line"
            ).fetchall()
        except duckdb.Error as exc:
            raise InputError(f"{path}: cannot read as a GDELT export: {exc}") from exc
    rejected_lines: list[int] = []
    seen: set[int] = set()
    for line, kind, message, raw in rej:
        if int(line) in seen:
            continue
        seen.add(int(line))
        rejected_lines.append(int(line))
        n_cols = len((raw or "").split("\t"))
        why = f"wrong number of columns: {n_cols} instead of 61" if "COLUMN" in kind else f"{kind}: {message}"
        report.rejected.append(Rejected(str(path), int(line), why))
    bad = con.execute(
        "SELECT idx, bad_reason, raw_id FROM (SELECT row_number() OVER (ORDER BY rowid) - 1 AS idx, "
        "bad_reason, raw_id FROM rp_gdelt_stage) WHERE bad_reason IS NOT NULL ORDER BY idx"
    ).fetchall()
    for idx, why, raw_id in bad:
        report.rejected.append(Rejected(str(path), _line_of(int(idx), rejected_lines),
                                        f"{why} (GLOBALEVENTID {raw_id!r})"))
    n_rows = _scalar(con, "SELECT count(*) FROM rp_gdelt_stage")
    before = _count_events(con)
    con.execute(_INSERT).fetchall()
    inserted = _count_events(con) - before
    for table in ("rp_gdelt_stage", "rp_gdelt_rejects", "rp_gdelt_scans"):
        con.execute(f"DROP TABLE IF EXISTS {table}").fetchall()
    report.rows_read += n_rows + len(rejected_lines)
    report.inserted += inserted
    report.duplicates += n_rows - len(bad) - inserted


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    rows = con.execute(sql).fetchall()
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def _count_events(con: duckdb.DuckDBPyConnection) -> int:
    return _scalar(con, "SELECT count(*) FROM events")


def import_gdelt(store: Store, paths: Iterable[str | Path]) -> GdeltImportReport:
    """Import GDELT 2.0 event exports (plain, .gz or .zip) into ``events``; one transaction per file.

    Bad rows are reported in ``report.rejected`` (file, line, reason) and skipped; a file that cannot
    be read at all raises ``InputError`` and leaves the store as it was before that file.
    """
    import time

    if store.read_only:
        raise StoreError(f"{store.path}: store opened read-only")
    report = GdeltImportReport()
    start = time.perf_counter()
    con = store.con
    for raw in paths:
        path = Path(raw)
        report.files.append(str(path))
        con.execute("BEGIN TRANSACTION").fetchall()
        try:
            _import_one(con, path, report)
        except BaseException:
            con.execute("ROLLBACK").fetchall()
            raise
        con.execute("COMMIT").fetchall()
    report.seconds = time.perf_counter() - start
    return report


def _export_select() -> str:
    """The 61 GDELT columns computed from ``events``; text events get a stable numeric id."""
    exprs = {c: "NULL" for c in GDELT_COLUMNS}
    exprs.update({
        "GLOBALEVENTID": "coalesce(gdelt_id, CAST(('0x' || left(md5(event_id), 15)) AS BIGINT))",
        "SQLDATE": "strftime(event_date, '%Y%m%d')",
        "MonthYear": "strftime(event_date, '%Y%m')",
        "Year": "strftime(event_date, '%Y')",
        "FractionDate": "printf('%.4f', year(event_date) + ((month(event_date) - 1) * 30 + day(event_date)) / 365.0)",
        "Actor1Code": "source_code", "Actor1Name": "source_name", "Actor1CountryCode": "source_country",
        "Actor2Code": "target_code", "Actor2Name": "target_name", "Actor2CountryCode": "target_country",
        "IsRootEvent": "'0'", "EventCode": "event_code", "EventBaseCode": "base_code",
        "EventRootCode": "root_code", "QuadClass": "quad_class", "GoldsteinScale": "goldstein",
        "NumMentions": "num_mentions", "NumSources": "num_sources", "NumArticles": "num_articles",
        "AvgTone": "avg_tone", "ActionGeo_CountryCode": "action_country",
        "DATEADDED": "strftime(coalesce(last_seen, first_seen, event_date), '%Y%m%d%H%M%S')",
        "SOURCEURL": "source_url",
    })
    cols = ", ".join(
        f"replace(replace(coalesce(CAST({expr} AS VARCHAR), ''), chr(9), ' '), chr(10), ' ') AS \"{c}\""
        for c, expr in exprs.items()
    )
    return f"SELECT {cols} FROM events WHERE event_date IS NOT NULL ORDER BY event_date, event_id"


def export_gdelt(store: Store, path: str | Path) -> int:
    """Write every dated event in GDELT 2.0's 61-column tab-separated layout (no header); returns rows."""
    out = Path(path)
    if not out.parent.exists():
        raise InputError(f"{out}: directory {out.parent} does not exist")
    target = str(out).replace("'", "''")
    try:
        store.con.execute(
            f"COPY ({_export_select()}) TO '{target}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '')"
        ).fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"{out}: cannot write GDELT export: {exc}") from exc
    return _scalar(store.con, "SELECT count(*) FROM events WHERE event_date IS NOT NULL")
