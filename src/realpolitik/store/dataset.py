"""Events as a hive-partitioned Parquet dataset (``DIR/month=2017-10/data_0.parquet``).

DuckDB, Polars, Spark, pyarrow and Dask DataFrame read such a directory as one table and skip the
partitions a filter on the partition column rules out. Undated events go to the Hive convention's
null partition (``month=__HIVE_DEFAULT_PARTITION__``), which those readers read back as null.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from realpolitik.errors import InputError
from realpolitik.query import Query
from realpolitik.store.queries import events_sql

if TYPE_CHECKING:
    from realpolitik.store import Store

PARTITION_FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}


def export_dataset(store: Store, directory: str | Path, partition_by: str = "month", flt: Query | None = None) -> int:
    """Write every event (all modalities unless ``flt`` says otherwise) under ``directory``, one
    sub-directory per ``partition_by`` value; returns the number of events written.

    The directory must not exist yet or be empty, so an export never mixes with an older one.
    """
    if partition_by not in PARTITION_FORMATS:
        raise InputError(f"--partition-by {partition_by!r}: one of {', '.join(PARTITION_FORMATS)}")
    target = Path(directory)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(f"{target}: exists and is not an empty directory")
    if not target.parent.exists():
        raise InputError(f"{target}: directory {target.parent} does not exist")
    sql, params = events_sql(flt or Query(modalities=None))
    fmt = PARTITION_FORMATS[partition_by]
    quoted = str(target).replace("'", "''")
    row = store.con.execute(
        f"COPY (SELECT *, strftime(event_date, '{fmt}') AS {partition_by} FROM ({sql})) TO '{quoted}' "
        f"(FORMAT parquet, PARTITION_BY ({partition_by}), OVERWRITE_OR_IGNORE true)",
        params,
    ).fetchone()
    return int(row[0]) if row else 0
