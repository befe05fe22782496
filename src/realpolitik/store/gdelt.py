"""GDELT 2.0 event exports in and out of the ``events`` table.

Import streams each file through DuckDB's CSV reader twice, never through Python rows:
1. a validation scan of four text columns finds rows whose values parse but make no sense (empty
   EventCode, QuadClass outside 1–4, a GLOBALEVENTID that is not an integer) and ids repeated inside
   the file;
2. the insert scan reads the typed columns (the reader casts SQLDATE with ``%Y%m%d``, GoldsteinScale
   and the counts as numbers) straight into ``events``. Lines with the wrong number of columns or a
   value that does not cast are set aside by the reader's reject table, with their line numbers.
Every bad row is reported (file, line, reason) and skipped; the rest is inserted in one transaction
per file, keyed by ``gdelt:<GLOBALEVENTID>``, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import gzip
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
from realpolitik.store import dyads, state

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

# Columns the reader casts; a value that does not cast rejects the line with this reason.
_TYPED: dict[str, tuple[str, str]] = {
    "GLOBALEVENTID": ("BIGINT", "GLOBALEVENTID is not an integer"),
    "SQLDATE": ("DATE", "SQLDATE is not a YYYYMMDD date"),
    "QuadClass": ("INTEGER", "QuadClass is not an integer"),
    "GoldsteinScale": ("DOUBLE", "GoldsteinScale is not numeric"),
    "NumMentions": ("INTEGER", "NumMentions is not an integer"),
    "NumSources": ("INTEGER", "NumSources is not an integer"),
    "NumArticles": ("INTEGER", "NumArticles is not an integer"),
    "AvgTone": ("DOUBLE", "AvgTone is not numeric"),
    "DATEADDED": ("TIMESTAMP", "DATEADDED is not a YYYYMMDDhhmmss timestamp"),
}
# Values that parse but cannot be used; each expression (on text columns) is true for a bad row.
_CHECKS: tuple[tuple[str, str], ...] = (
    ("EventCode is empty", "coalesce(trim(EventCode), '') = ''"),
    ("QuadClass is not 1-4", "nullif(trim(QuadClass), '') IS NOT NULL AND "
     "coalesce(TRY_CAST(QuadClass AS INTEGER), 0) NOT BETWEEN 1 AND 4"),
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
    if path.is_dir():
        raise InputError("is a directory; give the export files inside it")
    if not path.is_file():
        raise InputError("no such file")
    if path.stat().st_size == 0:
        raise InputError("empty file (no GDELT rows)")
    if path.suffix.lower() != ".zip":
        yield path
        return
    try:
        with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix="rp-gdelt-") as tmp:
            members = [m for m in zf.namelist() if not m.endswith("/")]
            if len(members) != 1:
                raise InputError(f"expected one CSV inside the zip, found {len(members)}")
            target = Path(tmp) / "export.csv"
            with zf.open(members[0]) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            yield target
    except zipfile.BadZipFile as exc:
        raise InputError(f"not a valid zip file: {exc}") from exc


def _reader(csv_path: Path, typed: bool) -> str:
    """``read_csv`` over a GDELT export: typed (with a reject table) or every column as text."""
    path_sql = str(csv_path).replace("'", "''")
    if typed:
        types = {c: _TYPED.get(c, ("VARCHAR", ""))[0] for c in GDELT_COLUMNS}
        extra = ("dateformat='%Y%m%d', timestampformat='%Y%m%d%H%M%S', store_rejects=true, "
                 "rejects_table='rp_gdelt_rejects', rejects_scan='rp_gdelt_scans'")
    else:
        types = dict.fromkeys(GDELT_COLUMNS, "VARCHAR")
        extra = "ignore_errors=true"
    columns = "{" + ", ".join(f"'{c}': '{t}'" for c, t in types.items()) + "}"
    return (f"read_csv('{path_sql}', delim='\t', header=false, quote='', escape='', auto_detect=false, "
            f"strict_mode=true, null_padding=false, columns={columns}, {extra})")


def _validation_sql(csv_path: Path) -> str:
    """One row: rows with the right column count, distinct ids, and the (id, reason) of bad rows."""
    reason = "CASE " + " ".join(f"WHEN {cond} THEN '{why}'" for why, cond in _CHECKS) + " END"
    return f"""
    SELECT count(*) AS total, count(DISTINCT GLOBALEVENTID) AS distinct_ids,
           list(struct_pack(id := GLOBALEVENTID, why := why)) FILTER (WHERE why IS NOT NULL) AS bad
    FROM (SELECT GLOBALEVENTID, {reason} AS why FROM {_reader(csv_path, typed=False)})
    """


_DUPLICATE_IDS = "SELECT GLOBALEVENTID FROM {reader} GROUP BY 1 HAVING count(*) > 1"
# The same checks as _CHECKS, on the typed columns of the insert scan.
_TYPED_OK = "coalesce(trim(EventCode), '') <> '' AND (QuadClass IS NULL OR QuadClass BETWEEN 1 AND 4)"


_INSERT = """
INSERT INTO events (event_id, event_date, date_precision, source_code, target_code, source_name,
    target_name, source_country, target_country, event_code, base_code, root_code, quad_class, goldstein,
    modality, num_mentions, num_articles, num_sources, first_seen, last_seen, confidence, origin,
    source_url, gdelt_id, action_country, avg_tone)
SELECT 'gdelt:' || GLOBALEVENTID, SQLDATE, 'day', nullif(Actor1Code, ''), nullif(Actor2Code, ''),
    nullif(Actor1Name, ''), nullif(Actor2Name, ''), nullif(Actor1CountryCode, ''), nullif(Actor2CountryCode, ''),
    trim(EventCode), coalesce(nullif(trim(EventBaseCode), ''), left(trim(EventCode), 3)),
    coalesce(nullif(trim(EventRootCode), ''), left(trim(EventCode), 2)), QuadClass, GoldsteinScale, 'asserted',
    coalesce(NumMentions, 1), coalesce(NumArticles, 1), NumSources, DATEADDED, DATEADDED, NULL, 'gdelt',
    nullif(SOURCEURL, ''), GLOBALEVENTID, nullif(ActionGeo_CountryCode, ''), AvgTone
FROM {reader} s
WHERE GLOBALEVENTID IS NOT NULL AND SQLDATE IS NOT NULL AND {semantic_ok}
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = 'gdelt:' || s.GLOBALEVENTID)
  {dedupe}
"""


def _lines_of(path: Path, ids: set[str]) -> dict[str, int]:
    """File line of the first row carrying each id (only run when semantic checks found bad rows)."""
    found: dict[str, int] = {}
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, start=1):
            key = line.split("\t", 1)[0].strip()
            if key in ids and key not in found:
                found[key] = number
                if len(found) == len(ids):
                    break
    return found


def _reject_reason(kind: str, column: str | None, raw: str | None, message: str) -> str:
    if "COLUMN" in kind:
        return f"wrong number of columns: {len((raw or '').split(chr(9)))} instead of 61"
    if kind == "CAST" and column in _TYPED:
        return _TYPED[column][1]
    return f"{kind}: {message}"


def _import_one(con: duckdb.DuckDBPyConnection, path: Path, report: GdeltImportReport) -> None:
    with _readable(path) as csv_path:
        try:
            total, distinct_ids, bad = con.execute(_validation_sql(csv_path)).fetchall()[0]
            semantic_bad: dict[str, str] = {}
            for item in bad or []:
                semantic_bad.setdefault(str(item["id"]), item["why"])
            dupes: list[str] = []
            if int(total) > int(distinct_ids):
                dupes = [str(r[0]) for r in con.execute(
                    _DUPLICATE_IDS.format(reader=_reader(csv_path, typed=False))).fetchall()]
            dedupe = "QUALIFY row_number() OVER (PARTITION BY GLOBALEVENTID) = 1" if dupes else ""
            new_ids = con.sql(_INSERT.format(reader=_reader(csv_path, typed=True), semantic_ok=_TYPED_OK,
                                             dedupe=dedupe) + " RETURNING event_id").to_arrow_table()
            inserted = new_ids.num_rows
            if inserted:
                con.register("rp_gdelt_new_ids", new_ids)
                try:
                    dyads.add(con, "rp_gdelt_new_ids")
                finally:
                    con.unregister("rp_gdelt_new_ids")
            rejects = con.execute(
                "SELECT line, min(error_type::VARCHAR), min(column_name), min(csv_line), min(error_message) "
                "FROM rp_gdelt_rejects GROUP BY line ORDER BY line"
            ).fetchall()
            lines = _lines_of(csv_path, set(semantic_bad) | set(dupes)) if semantic_bad or dupes else {}
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise InputError(f"cannot read as a GDELT export ({_hint(csv_path)}): {first}") from exc
        except (OSError, EOFError) as exc:
            raise InputError(f"cannot read as a GDELT export ({_hint(csv_path)}): {exc}") from exc
    rejected_lines = {int(r[0]) for r in rejects}
    wrong_columns = 0
    for line, kind, column, raw, message in rejects:
        wrong_columns += "COLUMN" in kind
        why = _reject_reason(kind, column, raw, message)
        if int(line) == 1 and (raw or "").startswith("GLOBALEVENTID"):
            why = "a header row; GDELT 2.0 exports have none, so it was skipped"
        report.rejected.append(Rejected(str(path), int(line), why))
    n_semantic = 0
    for raw_id, why in semantic_bad.items():
        if lines.get(raw_id) in rejected_lines:
            continue
        n_semantic += 1
        report.rejected.append(Rejected(str(path), lines.get(raw_id), f"{why} (GLOBALEVENTID {raw_id!r})"))
    for raw_id in dupes:
        why = f"GLOBALEVENTID {raw_id!r} repeated in the file (first at this line); later copies skipped"
        report.rejected.append(Rejected(str(path), lines.get(raw_id), why))
    report.rejected.sort(key=lambda r: (r.path, r.line or 0))
    rows = int(total) + wrong_columns
    report.rows_read += rows
    report.inserted += inserted
    extra_copies = int(total) - int(distinct_ids)  # reported once per id above, not "already present"
    report.duplicates += max(0, rows - len(rejected_lines) - n_semantic - inserted - extra_copies)


def _hint(path: Path) -> str:
    """What the file looks like when DuckDB cannot read it at all (compressed? binary?)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return "unreadable"
    if head[:2] == b"\x1f\x8b":
        return "a corrupt or truncated gzip file"
    if b"\x00" in head:
        return "binary data, not tab-separated text"
    return "not tab-separated GDELT text"


def _drop_scratch(con: duckdb.DuckDBPyConnection) -> None:
    """The CSV reader's reject tables, dropped outside any transaction (never inside an aborted one)."""
    for table in ("rp_gdelt_rejects", "rp_gdelt_scans"):
        con.execute(f"DROP TABLE IF EXISTS {table}").fetchall()


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    rows = con.execute(sql).fetchall()
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def import_gdelt(store: Store, paths: Iterable[str | Path]) -> GdeltImportReport:
    """Import GDELT 2.0 event exports (plain, .gz or .zip) into ``events``; one transaction per file.

    Bad rows are reported in ``report.rejected`` (file, line, reason) and skipped; a file that cannot
    be read at all (missing, a directory, empty, corrupt, not GDELT) is rejected as a whole, leaves the
    store as it was before that file, and the next file is still imported.
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
        except InputError as exc:
            con.execute("ROLLBACK").fetchall()
            _drop_scratch(con)
            report.rejected.append(Rejected(str(path), None, str(exc)))
            continue
        except BaseException:
            con.execute("ROLLBACK").fetchall()
            _drop_scratch(con)
            raise
        state.bump(con)
        con.execute("COMMIT").fetchall()
        _drop_scratch(con)
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
    if out.is_dir():
        raise InputError(f"{out} is a directory; give a file name, e.g. {out / 'events.export.CSV'}")
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
