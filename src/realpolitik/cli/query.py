"""`realpolitik events`, `export` and `stats`: the read side of the store from the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from realpolitik.cli.app import DbOption, FormatOption, app
from realpolitik.cli.output import Format, emit
from realpolitik.errors import InputError, RealpolitikError

EVENT_TABLE_COLUMNS = (
    "event_date", "source_code", "target_code", "event_code", "event_name", "modality", "evidence", "title",
)


def _date_option(value: str | None, flag: str) -> date | None:
    from realpolitik.dates import parse_published

    try:
        return parse_published(value) if value else None
    except InputError as exc:
        raise typer.BadParameter(str(exc), param_hint=flag) from exc


def _db_path(db: str | None) -> str:
    from realpolitik.settings import load_settings

    return load_settings(db=db).db


def _fail(exc: RealpolitikError) -> typer.Exit:
    Console(stderr=True).print(f"error: {exc}", highlight=False, markup=False)
    return typer.Exit(exc.exit_code)


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
        str, typer.Option("--modality", help="asserted|negated|hypothetical|intended|reported|historical|all")
    ] = "asserted",
    min_confidence: Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0)] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most N events.")] = None,
    fmt: Format = FormatOption,
    db: str | None = DbOption,
) -> None:
    """List coded events, each with its evidence sentence and article."""
    from realpolitik.store import open_store
    from realpolitik.store.queries import EventFilter, query_events

    flt = EventFilter(
        actors=list(actor or []),
        dyad=tuple(dyad) if dyad and all(dyad) else None,  # type: ignore[arg-type]
        directed=directed,
        code=code,
        quad=quad,
        since=_date_option(since, "--since"),
        until=_date_option(until, "--until"),
        modality=modality,
        limit=limit,
        min_confidence=min_confidence,
    )
    try:
        flt.validate()
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from exc
    try:
        with open_store(_db_path(db), read_only=True) as store:
            rows = query_events(store, flt)
    except RealpolitikError as exc:
        raise _fail(exc) from exc
    emit(rows, fmt, EVENT_TABLE_COLUMNS, title=f"{len(rows)} event(s)")


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv | parquet | gdelt")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (jsonl/csv: default stdout).")
    ] = None,
    db: str | None = DbOption,
) -> None:
    """Export every event (all modalities) with its evidence, or as a GDELT 2.0 event file."""
    from realpolitik.store import open_store
    from realpolitik.store.queries import EXPORT_FORMATS, export

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"one of: {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    if output is None and fmt in ("parquet", "gdelt"):
        raise typer.BadParameter(f"--format {fmt} needs a file", param_hint="--output")
    try:
        with open_store(_db_path(db), read_only=True) as store:
            n = export(store, output, fmt)
    except RealpolitikError as exc:
        raise _fail(exc) from exc
    if output is not None:
        Console(stderr=True).print(f"{n} event(s) written to {output} ({fmt})", highlight=False)


@app.command("stats")
def stats_command(fmt: Format = FormatOption, db: str | None = DbOption) -> None:
    """Totals, events by QuadClass and modality, the top dyads and the date range."""
    from realpolitik.store import open_store
    from realpolitik.store.queries import stats, stats_rows

    try:
        with open_store(_db_path(db), read_only=True) as store:
            summary = stats(store)
    except RealpolitikError as exc:
        raise _fail(exc) from exc
    rows = stats_rows(summary)
    if fmt is not Format.table:
        emit(rows, fmt)
        return
    for section, title in (("totals", "Store"), ("quad_class", "Events by QuadClass"),
                           ("modality", "Events by modality"), ("top_dyads", "Top dyads (asserted)")):
        part = [{"key": r["key"], "value": r["value"]} for r in rows if r["section"] == section]
        emit(part, fmt, ("key", "value"), title=title)
