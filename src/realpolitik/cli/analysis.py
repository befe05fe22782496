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
from realpolitik.cli.output import Format, emit
from realpolitik.errors import RealpolitikError

SinceOption = typer.Option(None, "--since", help="Only events on or after YYYY-MM-DD.")
UntilOption = typer.Option(None, "--until", help="Only events on or before YYYY-MM-DD.")
ModalityOption = typer.Option(
    "asserted", "--modality", help="asserted (default) | all | comma list, e.g. asserted,reported."
)

GdeltPaths = typer.Argument(..., help="GDELT 2.0 .export.CSV files (plain, .gz or .zip).")


def _stderr(text: str) -> None:
    """Messages people grep (file:line: reason) are written unwrapped, one per line."""
    print(text, file=sys.stderr)


def _fail(exc: Exception) -> typer.Exit:
    _stderr(f"error: {exc}")
    return typer.Exit(1)


@contextmanager
def _store(db: str | None, read_only: bool = True) -> Iterator[Any]:
    from realpolitik.settings import load_settings
    from realpolitik.store import open_store

    settings = load_settings(db=db)
    with open_store(settings.db, read_only=read_only) as store:
        yield store


def _filters(since: str | None, until: str | None, modality: str) -> Any:
    from realpolitik.analysis.query import Filters, parse_day, parse_modalities

    return Filters(parse_day(since, "--since"), parse_day(until, "--until"), parse_modalities(modality))


def _check_format(fmt: str) -> Format:
    try:
        return Format(fmt)
    except ValueError as exc:
        raise typer.BadParameter(f"{fmt!r}: use table, json or csv", param_hint="--format") from exc


def _run(body: Callable[[], None]) -> None:
    try:
        body()
    except RealpolitikError as exc:
        raise _fail(exc) from exc


def _note(text: str, fmt: Format) -> None:
    """Notes go to stderr for json/csv (stdout stays machine-readable) and stdout for tables."""
    if fmt is Format.table:
        Console().print(text, highlight=False, markup=False)
    else:
        _stderr(text)


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
        _stderr(f"rejected: {rej}")
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
    from realpolitik.analysis.dyads import dyad_series
    from realpolitik.analysis.plots import plot_dyad

    out = _check_format(fmt)

    def body() -> None:
        filters = _filters(since, until, modality)
        with _store(db) as store:
            rows = dyad_series(store.con, a, b, by, filters, directed)
        arrow = "→" if directed else "↔"
        title = f"{a.upper()} {arrow} {b.upper()} by {by} ({filters.label})"
        if plot:
            plot_dyad(rows, plot, title)
        emit(rows, out, ["period", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
                         "goldstein_sum", "goldstein_mean", "n_articles"], title=title)
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
    from realpolitik.analysis.network import build_network, export_network, plot_network

    out = _check_format(fmt)

    def body() -> None:
        filters = _filters(since, until, modality)
        with _store(db) as store:
            graph = build_network(store.con, filters, min_events)
        if plot:
            plot_network(graph, plot, f"Relations network ({filters.label})")
        if export:
            target = output or f"network.{export}"
            export_network(graph, target, export)
        rows = [{"a": x, "b": y, **{k: v for k, v in d.items() if k != "weight"}}
                for x, y, d in sorted(graph.edges(data=True))]
        emit(rows, out, ["a", "b", "n_events", "goldstein_sum", "sign", "n_coop", "n_conflict"],
             title=f"{graph.number_of_nodes()} states, {graph.number_of_edges()} relations ({filters.label})")
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
    from realpolitik.analysis.balance import balance_summary, enemy_of_enemy, triads
    from realpolitik.analysis.evidence import evidence_for
    from realpolitik.analysis.network import build_network

    out = _check_format(fmt)

    def body() -> None:
        filters = _filters(since, until, modality)
        with _store(db) as store:
            graph = build_network(store.con, filters, min_events)
            found = triads(graph, limit)
            summary = balance_summary(graph)
            patterns = enemy_of_enemy(graph)[:limit]
            for item in [*found, *patterns]:
                for edge in item["edges"]:
                    edge["evidence"] = evidence_for(store.con, edge["evidence"], per_event=1)
        if out is Format.json:
            json.dump({"modality": filters.label, "summary": summary, "triads": found, "enemy_of_enemy": patterns},
                      sys.stdout, indent=2, ensure_ascii=False, default=str)
            sys.stdout.write("\n")
            return
        rows = [{"type": "triad", "nodes": "-".join(t["nodes"]), "kind": t["kind"],
                 "balanced": t["balanced"], "n_events": t["n_events"]} for t in found]
        rows += [{"type": "enemy_of_enemy", "nodes": f"{'+'.join(p['allies'])} ~ {p['pivot']} vs {p['enemy']}",
                  "kind": f"pivot-enemy sign {p['pivot_enemy_sign']}", "balanced": p["pivot_enemy_sign"] == -1,
                  "n_events": p["n_events"]} for p in patterns]
        emit(rows, out, ["type", "nodes", "kind", "balanced", "n_events"],
             title=f"Balance ({filters.label}): {summary['balanced']} of {summary['triads']} triads balanced")

    _run(body)


@app.command("blocs")
def blocs_command(
    against: str | None = typer.Option(None, "--against", help="Reference actor for alignment, e.g. USA."),
    by: str = typer.Option("year", "--by", help="Alignment period: week | month | quarter | year."),
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    min_events: int = typer.Option(1, "--min-events", min=1),
    modality: str = ModalityOption,
    db: str | None = DbOption,
    fmt: str = FormatOption,
) -> None:
    """Signed communities (two camps) and, with --against, each state's alignment over time."""
    from realpolitik.analysis.blocs import alignment_over_time, blocs
    from realpolitik.analysis.network import build_network

    out = _check_format(fmt)

    def body() -> None:
        filters = _filters(since, until, modality)
        ref = against.upper() if against else None
        with _store(db) as store:
            result = blocs(build_network(store.con, filters, min_events), ref)
            alignment = alignment_over_time(store.con, ref, by, filters) if ref else []
        if out is Format.json:
            json.dump({**result, "modality": filters.label, "alignment": alignment}, sys.stdout, indent=2,
                      default=str)
            sys.stdout.write("\n")
            return
        rows = [{"state": s, "bloc": c, **({"with_reference": c == result["assignment"].get(ref)} if ref else {})}
                for s, c in sorted(result["assignment"].items())]
        emit(rows, out, title=f"Blocs ({result['method']}; frustration {result['frustration']}; {filters.label})")
        if alignment and out is Format.table:
            emit(alignment, out, ["period", "state", "direct", "n_direct", "indirect"],
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
    from realpolitik.analysis.shifts import shifts

    out = _check_format(fmt)

    def body() -> None:
        filters = _filters(since, until, modality)
        with _store(db) as store:
            rows = shifts(store.con, window, filters, threshold, min_events, limit=top, alpha=alpha,
                          history=history)
        if out is not Format.table:
            emit(rows, out, None if out is Format.json else
                 ["a", "b", "direction", "after_start", "after_end", "n_before", "n_after", "mean_before",
                  "mean_after", "conflict_expected", "conflict_after", "driven_by", "log10_q", "z"])
            return
        emit(rows, out, ["a", "b", "direction", "after_start", "n_before", "n_after", "mean_before", "mean_after",
                         "driven_by", "z"],
             title=f"Shifts (window {window}, FDR {alpha}, {filters.label}), strongest evidence first")
        for i, r in enumerate(rows, start=1):
            for d in r["drivers"]:
                text = d.get("sentence") or " ".join(str(x) for x in (d.get("source_name") or d["source_code"],
                                                                     d["event_code"],
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
    from realpolitik.analysis.query import parse_day
    from realpolitik.analysis.sanctuary import sanctuary
    from realpolitik.settings import load_settings

    out = _check_format(fmt)
    if not leader and not country:
        raise typer.BadParameter("give a leader name or --country CODE", param_hint="LEADER")

    def body() -> None:
        filters = _filters(None, None, modality)
        settings = load_settings(config, db=db)
        with _store(settings.db) as store:
            result = sanctuary(store.con, leader, country, parse_day(as_of, "--as-of"),
                               settings.sanctuary_weights, filters, top, half_life_days=half_life)
        if out is Format.json:
            emit(result["candidates"], out)
            return
        rows = [{"rank": c["rank"], "code": c["code"], "name": c["name"], "score": c["score"],
                 "basis": c["basis"], "n_evidence": len(c["evidence"]),
                 **{k: v for k, v in c["components"].items() if v}} for c in result["candidates"]]
        if out is Format.csv:
            emit(rows, out)
            return
        _note(f"{result['leader'] or ''} → {result['country']} ({result['country_name']}, via "
              f"{result['resolved_by']}); as of {result['as_of']}; {result['modality']}; pressing states: "
              f"{', '.join(result['pressers']) or 'none found'}", out)
        if result.get("undated_events"):
            _note(f"{result['undated_events']} undated event(s) (articles without a publication date) counted at "
                  "half weight; give --as-of to leave them out, or re-ingest with --published", out)
        emit(rows, out, ["rank", "code", "name", "score", "basis", "n_evidence"], title="Sanctuary candidates")
        for c in result["candidates"]:
            comps = ", ".join(f"{k} {v:+.2f}" for k, v in c["components"].items() if v)
            Console().print(f"[bold]{c['rank']}. {c['name']}[/] ({c['code']}) score {c['score']:.3f} — {comps}")
            if c.get("note"):
                Console().print(f"   {c['note']}", highlight=False)
            for ev in c["evidence"][:6]:
                text = ev["sentence"] or ev["url"] or ""
                Console().print(f"   [{ev['component']}] {ev['event_date']} {ev['event_code']} "
                                f"({ev['modality']}): {text}", highlight=False, markup=False)

    _run(body)
