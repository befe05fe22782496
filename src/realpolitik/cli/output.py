"""Every command prints through here, so table/json/csv behave the same everywhere.

``emit_result`` prints a typed result from ``realpolitik.query``: JSON is exactly its ``to_dict()``
(the shape the HTTP API returns and docs/json-fields.md documents); CSV and tables show its rows.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.table import Table

from realpolitik.errors import RealpolitikError
from realpolitik.query import Listing, Query, QueryError, Report, jsonable

if TYPE_CHECKING:
    from realpolitik.store import Store


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def check_format(fmt: str, allowed: Sequence[str] = ("table", "json", "csv")) -> Format:
    if fmt not in allowed:
        raise typer.BadParameter(f"{fmt!r}: use {', '.join(allowed)}", param_hint="--format")
    return Format(fmt)


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: Format | str = Format.table,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    console: Console | None = None,
) -> None:
    """Print rows as a rich table (people), a JSON list of objects, or CSV (scripts).

    JSON and CSV always carry every field; ``columns`` only picks what the table shows.
    """
    fmt = Format(fmt)
    if fmt is Format.json:
        print_json([jsonable(r) for r in rows])
        return
    if fmt is Format.csv:
        fields = list(rows[0].keys()) if rows else list(columns or [])
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _cell(v) for k, v in jsonable(r).items()})
        return
    console = console or Console()
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*["" if r.get(c) is None else str(jsonable(r.get(c))) for c in cols])
    console.print(table)


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def emit_result(result: Listing | Report, fmt: Format | str, columns: Sequence[str] | None = None,
                title: str | None = None) -> None:
    """JSON: the result's ``to_dict()``; CSV/table: its rows."""
    fmt = Format(fmt)
    if fmt is Format.json:
        print_json(result.to_dict())
        return
    default_cols = result.columns if isinstance(result, Listing) else ()
    default_title = result.title if isinstance(result, Listing) else None
    emit(result.rows(), fmt, columns or default_cols or None, title or default_title)


def stderr(text: str) -> None:
    """Messages people grep (file:line: reason) are written unwrapped, one per line."""
    print(text, file=sys.stderr)


def note_unknown_codes(store: Store, codes: Iterable[str | None]) -> None:
    """One stderr line per actor code that matches nothing stored (the listing stays empty, exit 0)."""
    for code in store.unknown_actor_codes(c for c in codes if c):
        stderr(f"note: no actor code {code} in this database (codes match by prefix: TUR matches TURGOV)")


def build_query(**flags: Any) -> Query:
    """A Query from command-line flags; a bad value is a usage error (exit 2) naming the flag."""
    try:
        return Query.build(**flags)
    except QueryError as exc:
        raise typer.BadParameter(exc.reason, param_hint="--" + exc.field.replace("_", "-")) from None


def checked(fn: Callable[[], Any]) -> Any:
    """Run a query: bad filter values are usage errors (2); other errors exit with their own code."""
    try:
        return fn()
    except QueryError as exc:
        raise typer.BadParameter(exc.reason, param_hint="--" + exc.field.replace("_", "-")) from None
    except RealpolitikError as exc:
        stderr(f"error: {exc}")
        raise typer.Exit(exc.exit_code) from None


@contextmanager
def read_store(db: str | None, config: str | None = None) -> Iterator[Store]:
    """The store named by --db (or settings), opened read-only; a missing or broken file exits 1, a locked one 3."""
    from realpolitik.settings import load_settings
    from realpolitik.store import open_store

    try:
        store = open_store(load_settings(config, db=db).db, read_only=True)
    except RealpolitikError as exc:
        stderr(f"error: {exc}")
        raise typer.Exit(exc.exit_code) from None
    with store:
        yield store
