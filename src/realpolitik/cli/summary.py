"""`realpolitik summary`: what is in the store, at a glance — the end of the main job."""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from realpolitik.cli.app import DbOption, app
from realpolitik.cli.output import Format, check_format, checked, print_json, read_store
from realpolitik.query import jsonable

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def build_summary(db: str | None, n_events: int = 8) -> dict[str, Any]:
    """Totals, events by QuadClass, top dyads and a sample of asserted events with their evidence."""
    from realpolitik.api import summary

    with read_store(db) as store:
        return checked(lambda: summary(store, n_events)).data  # type: ignore[no-any-return]


def _print(summary: dict[str, Any], console: Console) -> None:
    console.print(
        f"[bold]{summary['db']}[/]: {summary['articles']} articles, {summary['mentions']} event mentions, "
        f"{summary['events']} distinct events ({summary['first_event_date']} .. {summary['last_event_date']})"
    )
    quad = Table(title="Events by QuadClass (all modalities)")
    quad.add_column("QuadClass")
    quad.add_column("events", justify="right")
    for row in summary["by_quad_class"]:
        q = row["quad_class"]
        quad.add_row(f"{q} {QUAD_NAMES.get(q, '')}".strip(), str(row["events"]))
    dyads = Table(title="Top dyads (asserted events)")
    for col in ("actor A", "actor B", "events", "mentions"):
        dyads.add_column(col)
    for row in summary["top_dyads"]:
        dyads.add_row(row["actor_a"], row["actor_b"], str(row["events"]), str(row["mentions"]))
    console.print(quad)
    console.print(dyads)
    events = Table(title="Coded events (asserted), with evidence", show_lines=True)
    for col in ("date", "source", "target", "code", "event", "evidence", "article"):
        events.add_column(col, overflow="fold")
    for e in summary["sample_events"]:
        events.add_row(
            str(e["event_date"]), e["source_code"] or "", e["target_code"] or "", e["event_code"],
            e.get("event_name") or "", e.get("evidence") or "", e.get("title") or e.get("doc_id", "")[:12],
        )
    console.print(events)


@app.command("summary")
def summary_command(
    db: str | None = DbOption,
    events: int = typer.Option(8, "--events", "-n", min=0, help="How many sample events to show."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
) -> None:
    """Summarise the store: articles, events by QuadClass, top dyads, sample events with evidence."""
    out = check_format(fmt, ("table", "json"))
    summary = build_summary(db, events)
    if out is Format.json:
        print_json(jsonable(summary))
    else:
        _print(summary, Console())
