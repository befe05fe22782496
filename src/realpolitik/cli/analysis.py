"""Analysis verbs: import-gdelt, dyad, network, balance, blocs, shifts, sanctuary.

Each verb parses options, opens the store read-only (import-gdelt read-write), calls one function of
``realpolitik.analysis`` / ``realpolitik.store.gdelt`` and prints through ``cli.output.emit``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer
from rich.console import Console

from realpolitik.cli.app import DbOption, FormatOption, app
from realpolitik.cli.output import (
    Format,
    build_query,
    check_format,
    checked,
    emit,
    emit_result,
    note_unknown_codes,
    read_store,
    stderr,
)
from realpolitik.query import Query

SinceOption = typer.Option(None, "--since", help="Only events on or after YYYY-MM-DD.")
UntilOption = typer.Option(None, "--until", help="Only events on or before YYYY-MM-DD.")
ModalityOption = typer.Option(
    "asserted", "--modality", help="asserted (default) | all | comma list, e.g. asserted,reported."
)

GdeltPaths = typer.Argument(..., help="GDELT 2.0 .export.CSV files (plain, .gz or .zip).")


def _fail(exc: Exception) -> typer.Exit:
    stderr(f"error: {exc}")
    return typer.Exit(getattr(exc, "exit_code", 1))


@contextmanager
def _store(db: str | None, read_only: bool = True) -> Iterator[Any]:
    from realpolitik.settings import load_settings
    from realpolitik.store import open_store

    settings = load_settings(db=db)
    with open_store(settings.db, read_only=read_only) as store:
        yield store


def _query(since: str | None, until: str | None, modality: str) -> Query:
    return build_query(since=since, until=until, modality=modality)


def _run(body: Callable[[], None]) -> None:
    checked(body)


def _note(text: str, fmt: Format) -> None:
    """Notes go to stderr for json/csv (stdout stays machine-readable) and stdout for tables."""
    if fmt is Format.table:
        Console().print(text, highlight=False, markup=False)
    else:
        stderr(text)


@app.command("import-gdelt")
def import_gdelt_command(
    paths: list[str] = GdeltPaths,
    db: str | None = DbOption,
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
) -> None:
    """Import GDELT 2.0 event exports into the events table (idempotent; bad rows reported)."""
    from realpolitik.store.gdelt import import_gdelt

    report_box: list[Any] = []

    def body() -> None:
        with _store(db, read_only=False) as store:
            report_box.append(import_gdelt(store, paths))

    _run(body)
    report = report_box[0]
    if fmt == "json":
        json.dump(report.to_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        rate = report.rows_read / report.seconds if report.seconds else 0.0
        Console().print(f"{report.inserted} event(s) imported, {report.duplicates} already present, "
                        f"{len(report.rejected)} rejected row(s) from {len(report.files)} file(s) "
                        f"({report.seconds:.2f} s, {rate:,.0f} rows/s)", highlight=False)
    for rej in report.rejected:
        stderr(f"rejected: {rej}")
    raise typer.Exit(0 if report.ok else 1)


@app.command("dyad")
def dyad_command(
    a: str = typer.Argument(..., help="First actor code (prefix match: TUR matches TURGOV)."),
    b: str = typer.Argument(..., help="Second actor code."),
    by: str = typer.Option("month", "--by", help="day | week | month | year"),
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    directed: bool = typer.Option(False, "--directed", help="Only events from A to B."),
    plot: str | None = typer.Option(None, "--plot", help="Also draw to FILE.png or FILE.html."),
    modality: str = ModalityOption,
    db: str | None = DbOption,
    fmt: str = FormatOption,
) -> None:
    """Relations between two actors per period: QuadClass counts, Goldstein sum/mean, articles."""
    from realpolitik.analysis.plots import plot_dyad
    from realpolitik.api import dyad

    out = check_format(fmt)
    query = _query(since, until, modality)

    def body() -> None:
        with read_store(db) as store:
            result = dyad(store, a, b, by, query, directed)
            note_unknown_codes(store, [a, b])
        if plot:
            plot_dyad(result.rows(), plot, result.title)
        emit_result(result, out)
        if plot:
            _note(f"plot written to {plot}", out)

    _run(body)


@app.command("network")
def network_command(
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    min_events: int = typer.Option(1, "--min-events", min=1, help="Drop pairs with fewer events."),
    plot: str | None = typer.Option(None, "--plot", help="Draw to FILE.png or FILE.html."),
    export: str | None = typer.Option(None, "--export", help="graphml | gexf | json (with --output)."),
    output: str | None = typer.Option(None, "--output", "-o", help="File for --export (default network.<fmt>)."),
    modality: str = ModalityOption,
    db: str | None = DbOption,
    fmt: str = FormatOption,
) -> None:
    """The signed, weighted network of states: one row per related pair."""
    from realpolitik.analysis.network import export_network, plot_network
    from realpolitik.api import network

    out = check_format(fmt)
    query = _query(since, until, modality)

    def body() -> None:
        with read_store(db) as store:
            result = network(store, query, min_events)
        graph = result.graph  # type: ignore[attr-defined]
        if plot:
            plot_network(graph, plot, f"Relations network ({query.label})")
        if export:
            export_network(graph, output or f"network.{export}", export)
        emit_result(result, out)
        if export:
            _note(f"network exported to {output or f'network.{export}'}", out)

    _run(body)


@app.command("balance")
def balance_command(
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    min_events: int = typer.Option(1, "--min-events", min=1),
    limit: int = typer.Option(50, "--limit", min=1, help="Most triads/patterns shown."),
    modality: str = ModalityOption,
    db: str | None = DbOption,
    fmt: str = FormatOption,
) -> None:
    """Balanced/unbalanced triads and "enemy of my enemy" patterns, with the events behind each edge."""
    from realpolitik.api import balance

    out = check_format(fmt)
    query = _query(since, until, modality)

    def body() -> None:
        with read_store(db) as store:
            result = balance(store, query, min_events, limit)
        if out is Format.json:
            emit_result(result, out)
            return
        summary = result["summary"]
        rows = [{"type": "triad", "nodes": "-".join(t["nodes"]), "kind": t["kind"],
                 "balanced": t["balanced"], "n_events": t["n_events"]} for t in result["triads"]]
        rows += [{"type": "enemy_of_enemy", "nodes": f"{'+'.join(p['allies'])} ~ {p['pivot']} vs {p['enemy']}",
                  "kind": f"pivot-enemy sign {p['pivot_enemy_sign']}", "balanced": p["pivot_enemy_sign"] == -1,
                  "n_events": p["n_events"]} for p in result["enemy_of_enemy"]]
        emit(rows, out, ["type", "nodes", "kind", "balanced", "n_events"],
             title=f"Balance ({query.label}): {summary['balanced']} of {summary['triads']} triads balanced")

    _run(body)


@app.command("blocs")
def blocs_command(
    against: str | None = typer.Option(None, "--against", help="Reference actor for alignment, e.g. USA."),
    by: str = typer.Option("year", "--by", help="Alignment period: week | month | quarter | year."),
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    min_events: int = typer.Option(1, "--min-events", min=1),
    resolution: float = typer.Option(1.0, "--resolution", min=0.01, help="Higher: more, smaller blocs."),
    modality: str = ModalityOption,
    db: str | None = DbOption,
    fmt: str = FormatOption,
) -> None:
    """Signed communities (Leiden on cooperation/conflict tone) and, with --against, alignment over time."""
    from realpolitik.api import blocs

    out = check_format(fmt)
    query = _query(since, until, modality)

    def body() -> None:
        with read_store(db) as store:
            result = blocs(store, against, by, query, min_events, resolution=resolution)
            note_unknown_codes(store, [against])
        if out is Format.json:
            emit_result(result, out)
            return
        ref = result["reference"]
        rows = [{"state": s, "bloc": c, **({"with_reference": c == result["assignment"].get(ref)} if ref else {})}
                for s, c in sorted(result["assignment"].items())]
        if out is Format.table:
            rows = [{"bloc": b["bloc"], "size": b["size"], "cohesion": b["cohesion"],
                     "positive_share": b["positive_share"], "members": " ".join(b["members"])}
                    for b in result["blocs"]]
        emit(rows, out, title=f"Blocs ({result['method']}; frustration {result['frustration']}; {query.label})")
        if result["between"] and out is Format.table:
            emit(result["between"], out, ["state", "name", "bloc", "also", "tone_own", "tone_also"],
                 title="States between blocs")
        if result["alignment"] and out is Format.table:
            emit(result["alignment"], out, ["period", "state", "direct", "n_direct", "indirect"],
                 title=f"Alignment with {ref} by {by}")

    _run(body)


@app.command("shifts")
def shifts_command(
    window: str = typer.Option("30d", "--window", help="Window length: 30d, 4w, 3m, 1y."),
    threshold: float = typer.Option(2.0, "--threshold", help="Minimum |z| (signed normal score of p) reported."),
    alpha: float = typer.Option(0.05, "--alpha", help="False discovery rate over every dyad-window tested."),
    history: int = typer.Option(6, "--history", min=1, help="Windows of the dyad's past each window is tested on."),
    min_events: int = typer.Option(5, "--min-events", min=1, help="Events needed in a window to test it."),
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    top: int = typer.Option(50, "--top", "--limit", min=1, help="Strongest N shifts shown."),
    modality: str = ModalityOption,
    db: str | None = DbOption,
    fmt: str = FormatOption,
) -> None:
    """Dyads whose relation changed against their own history (tested, FDR-corrected), with driving events."""
    from realpolitik.api import shifts

    out = check_format(fmt)
    query = _query(since, until, modality)

    def body() -> None:
        with read_store(db) as store:
            result = shifts(store, window, query, threshold, min_events, limit=top, alpha=alpha, history=history)
        emit_result(result, out)
        if not result.rows():
            _note(f"no dyad's {window} window changed beyond what its own history explains (alpha {alpha}, at "
                  f"least {min_events} events); try a larger --alpha, a longer --window or fewer --min-events", out)
        if out is Format.table:
            for i, r in enumerate(result.rows(), start=1):
                for d in r["drivers"]:
                    text = d.get("sentence") or " ".join(
                        str(x) for x in (d.get("source_name") or d["source_code"], d["event_code"],
                                         d.get("target_name") or d["target_code"]))
                    Console().print(f"   {i}. {r['a']}-{r['b']} {d['event_date']} ({d['goldstein']:+.1f}): {text}",
                                    highlight=False, markup=False)

    _run(body)


@app.command("sanctuary")
def sanctuary_command(
    leader: str | None = typer.Argument(None, help='Leader name, e.g. "Nicolas Maduro".'),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Only events up to this date (default today; then undated events count at half weight)."
    ),
    country: str | None = typer.Option(None, "--country", help="The leader's country code (skips lookup)."),
    top: int = typer.Option(15, "--top", min=1, help="Candidates shown."),
    half_life: float = typer.Option(730.0, "--half-life", min=0, help="Event weight halves every N days (0: off)."),
    modality: str = ModalityOption,
    config: str | None = typer.Option(None, "--config", help="TOML with [realpolitik.sanctuary_weights]."),
    db: str | None = DbOption,
    fmt: str = FormatOption,
) -> None:
    """Rank candidate host states for a leader leaving power, every component with its evidence."""
    from realpolitik.api import sanctuary
    from realpolitik.settings import load_settings

    out = check_format(fmt)
    if not leader and not country:
        raise typer.BadParameter("give a leader name or --country CODE", param_hint="LEADER")
    query = _query(None, None, modality)

    def body() -> None:
        settings = load_settings(config, db=db)
        with read_store(settings.db) as store:
            result = sanctuary(store, leader, country, as_of, settings.sanctuary_weights, query, top,
                               half_life_days=half_life)
        if out is Format.json:
            emit_result(result, out)
            return
        rows = [{"rank": c["rank"], "code": c["code"], "name": c["name"], "score": c["score"],
                 "basis": c["basis"], "n_evidence": len(c["evidence"]),
                 **{k: v for k, v in c["components"].items() if v}} for c in result["candidates"]]
        if out is Format.csv:
            emit(rows, out)
            return
        _note(f"{result['leader'] or ''} → {result['country']} ({result['country_name']}, via "
              f"{result['resolved_by']}); as of {result['as_of']}; {result['modality']} (asylum evidence: every "
              f"modality, weighted by how firm it is); pressing states: "
              f"{', '.join(result['pressers']) or 'none found'}", out)
        if result["undated_events"]:
            _note(f"{result['undated_events']} undated event(s) (articles without a publication date) counted at "
                  "half weight; give --as-of to leave them out, or re-ingest with --published", out)
        emit(rows, out, ["rank", "code", "name", "score", "basis", "n_evidence"], title="Sanctuary candidates")
        for c in result["candidates"]:
            comps = ", ".join(f"{k} {v:+.2f}" for k, v in c["components"].items() if v)
            Console().print(f"[bold]{c['rank']}. {c['name']}[/] ({c['code']}) score {c['score']:.3f} — {comps}")
            if c.get("note"):
                Console().print(f"   {c['note']}", highlight=False)
            for ev in c["evidence"][:6]:
                text = ev["sentence"] or " ".join(
                    str(x) for x in (ev.get("source_name") or ev["source_code"], ev["event_code"],
                                     ev.get("target_name") or ev["target_code"]))
                Console().print(f"   [{ev['component']}] {ev['event_date']} {ev['event_code']} "
                                f"({ev['modality']}): {text}", highlight=False, markup=False)

    _run(body)
