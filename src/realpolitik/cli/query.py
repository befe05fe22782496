"""`realpolitik events`, `export` and `stats`: the read side of the store from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from realpolitik.cli.app import DbOption, FormatOption, app
from realpolitik.cli.output import (
    Format,
    build_query,
    checked,
    emit,
    emit_result,
    note_unknown_codes,
    read_store,
    stderr,
)


@app.command("events")
def events_command(
    actor: Annotated[
        list[str] | None, typer.Option("--actor", "-a", help="Actor code prefix (TUR matches TURGOV); repeatable.")
    ] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option("--dyad", help="Two actor codes, either direction.")] = None,
    directed: Annotated[bool, typer.Option("--directed", help="--dyad A B means source A, target B only.")] = False,
    code: Annotated[str | None, typer.Option("--code", help="CAMEO event code prefix, e.g. 04 or 163.")] = None,
    quad: Annotated[int | None, typer.Option("--quad", min=1, max=4, help="QuadClass 1-4.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Events on or after this date.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Events on or before this date.")] = None,
    modality: Annotated[
        str, typer.Option("--modality", help="asserted (default) | all | comma list, e.g. asserted,reported")
    ] = "asserted",
    min_confidence: Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0)] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most N events.")] = None,
    cursor: Annotated[
        str | None, typer.Option("--cursor", help="Continue after a previous page (its cursor is printed on stderr).")
    ] = None,
    fmt: Format = FormatOption,
    db: str | None = DbOption,
) -> None:
    """List coded events, each with its evidence sentence and article."""
    from realpolitik.api import events

    query = build_query(
        actor=actor or None, dyad=tuple(dyad) if dyad and all(dyad) else None, directed=directed, code=code,
        quad=quad, since=since, until=until, modality=modality, min_confidence=min_confidence, limit=limit,
        cursor=cursor,
    )
    with read_store(db) as store:
        result = checked(lambda: events(store, query))
        if not result.rows():
            note_unknown_codes(store, [*query.actors, *(query.dyad or ())])
    emit_result(result, fmt)
    if result.next_cursor:
        stderr(f"more events: --cursor {result.next_cursor}")


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv | parquet | gdelt")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (jsonl/csv: default stdout).")
    ] = None,
    db: str | None = DbOption,
    partition_by: Annotated[
        str | None, typer.Option("--partition-by", help="parquet only: year | month | day; --output is a directory.")
    ] = None,
) -> None:
    """Export every event (all modalities) with its evidence, or as a GDELT 2.0 event file."""
    from realpolitik.store.queries import EXPORT_FORMATS, export

    if partition_by is not None:
        _export_dataset(fmt, output, partition_by, db)
        return

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"one of: {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    if output is None and fmt in ("parquet", "gdelt"):
        raise typer.BadParameter(f"--format {fmt} needs a file", param_hint="--output")
    with read_store(db) as store:
        n = checked(lambda: export(store, output, fmt))
    if output is not None:
        Console(stderr=True).print(f"{n} event(s) written to {output} ({fmt})", highlight=False)


def _export_dataset(fmt: str, output: Path | None, partition_by: str, db: str | None) -> None:
    """``export --format parquet --partition-by month --output DIR``: a hive-partitioned dataset."""
    from realpolitik.store.dataset import export_dataset

    if fmt != "parquet":
        raise typer.BadParameter("--partition-by needs --format parquet", param_hint="--partition-by")
    if output is None:
        raise typer.BadParameter("--partition-by needs --output DIR", param_hint="--output")
    with read_store(db) as store:
        n = checked(lambda: export_dataset(store, output, partition_by))
    Console(stderr=True).print(f"{n} event(s) written to {output}/ (parquet, partitioned by {partition_by})",
                               highlight=False)


@app.command("stats")
def stats_command(fmt: Format = FormatOption, db: str | None = DbOption) -> None:
    """Totals, events by QuadClass and modality, the top dyads and the date range."""
    from realpolitik.api import stats

    with read_store(db) as store:
        result = checked(lambda: stats(store))
    if fmt is not Format.table:
        emit_result(result, fmt)
        return
    for section, title in (("totals", "Store"), ("quad_class", "Events by QuadClass"),
                           ("modality", "Events by modality"), ("top_dyads", "Top dyads (asserted)")):
        part = [{"key": r["key"], "value": r["value"]} for r in result.rows() if r["section"] == section]
        emit(part, fmt, ("key", "value"), title=title)
