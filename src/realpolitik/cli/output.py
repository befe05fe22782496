"""Every listing command prints through here, so table/json/csv behave the same everywhere."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


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
        json.dump([{k: _jsonable(v) for k, v in r.items()} for r in rows], sys.stdout, indent=2,
                  ensure_ascii=False, default=str)
        sys.stdout.write("\n")
        return
    if fmt is Format.csv:
        fields = list(rows[0].keys()) if rows else list(columns or [])
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _jsonable(v) for k, v in r.items()})
        return
    console = console or Console()
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*["" if r.get(c) is None else str(_jsonable(r.get(c))) for c in cols])
    console.print(table)
