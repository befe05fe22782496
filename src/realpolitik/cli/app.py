"""The Typer application object and the options shared by every verb."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="realpolitik",
    help="Turn international news into evidence-backed political event data, and analyse it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = typer.Option(None, "--db", help="DuckDB file (default: settings `db`, REALPOLITIK_DB).")
FormatOption = typer.Option("table", "--format", "-f", help="table | json | csv")
