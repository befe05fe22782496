"""`realpolitik ingest PATH...`: read, code and store articles, with a progress bar."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from datetime import date
from functools import partial
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from realpolitik.cli.app import DbOption, app
from realpolitik.errors import InputError, RealpolitikError
from realpolitik.ingest import IngestReport


def _parse_published(value: str | None) -> date | None:
    from realpolitik.dates import parse_published

    if value is None:
        return None
    try:
        return parse_published(value)
    except InputError as exc:
        raise typer.BadParameter(str(exc), param_hint="--published") from exc


def _summary(report: IngestReport, db: str, out: Console, err: Console) -> None:
    out.print(
        f"[bold]{report.articles_added}[/] article(s) added, {report.already_present} already present, "
        f"{len(report.rejected)} rejected; {report.mentions_added} mention(s), "
        f"{report.events_added} new event(s) → {db} "
        f"({report.seconds:.1f} s, {report.articles_per_second:.1f} articles/s)"
    )
    # Plain print, not rich: lines people grep (file:line: reason) must never wrap at the terminal width.
    for path, why in report.skipped:
        print(f"note: {path}: {why}", file=sys.stderr)
    for language, n in sorted(report.not_english.items()):
        print(f"note: {n} article(s) in language {language!r} stored but not coded: only English is coded "
              "for now", file=sys.stderr)
    if report.undated:
        print(f"note: {report.undated} new article(s) have no publication date; their events count only where "
              "the text states a date. Give one with --published YYYY-MM-DD, a 'date:' line in the front matter, "
              "or a 'published' field in JSONL", file=sys.stderr)
    for rejected in report.rejected:
        print(f"rejected: {rejected}", file=sys.stderr)


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files (.txt .jsonl .html), directories, or - for stdin.")
    ] = None,
    db: str | None = DbOption,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD (overrides the inputs').")
    ] = None,
    source: Annotated[str | None, typer.Option("--source", help="Source (outlet) name for every article.")] = None,
    batch_size: Annotated[
        int | None,
        typer.Option("--batch-size", min=1, help="Articles per transaction without Dask (default: --partition-size)."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", min=0,
                     help="Start a local Dask cluster of N worker processes for the NLP (default 0: this process)."),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option("--cluster", help="Address of a running Dask scheduler (tcp://HOST:PORT) to code on."),
    ] = None,
    partition_size: Annotated[
        int | None,
        typer.Option("--partition-size", min=1, help="Articles per transaction and per Dask task (default 128)."),
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option("--min-confidence", min=0.0, max=1.0, help="Events the coder is less sure of are not stored."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Ingest news articles: code their political events and store them in the database."""
    if not paths:
        raise typer.BadParameter("give at least one PATH (file, directory, or - for stdin)", param_hint="PATH")
    when = _parse_published(published)

    from realpolitik.ingest import count_articles, ingest
    from realpolitik.pipeline import Pipeline
    from realpolitik.settings import load_settings
    from realpolitik.store import open_store

    out, err = Console(soft_wrap=True), Console(stderr=True)  # the summary is one greppable line
    try:
        settings = load_settings(db=db, batch_size=batch_size, workers=workers, cluster=cluster,
                                 partition_size=partition_size, min_confidence=min_confidence)
        total = None if quiet else count_articles(paths)
        with open_store(settings.db) as store, ExitStack() as stack:
            client = None
            if settings.cluster or settings.workers > 0:
                from realpolitik.distributed import open_client

                if not settings.cluster:
                    from realpolitik.sources.language import warm_up

                    warm_up()  # the client is idle while the local workers start

                client = stack.enter_context(open_client(settings, partial(err.print, highlight=False, markup=False)))
            bar = stack.enter_context(Progress(
                SpinnerColumn(),
                TextColumn("[bold]ingest[/]"),
                MofNCompleteColumn(),
                BarColumn(),
                TextColumn("{task.fields[rate]:.1f} articles/s"),
                TextColumn("{task.fields[events]} events"),
                TextColumn("{task.fields[rejected]} rejected"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=err,
                disable=quiet,
                transient=True,
            ))
            task = bar.add_task("ingest", total=total, rate=0.0, events=0, rejected=0)

            def tick(report: IngestReport) -> None:
                done = report.articles_coded + report.already_present + len(report.rejected)
                rate = done / report.seconds if report.seconds > 0 else 0.0
                bar.update(task, completed=done, rate=rate, events=report.mentions_added,
                           rejected=len(report.rejected))

            pipeline = None if client is not None else Pipeline(settings)
            report = ingest(paths, store, pipeline, when, source, tick, settings=settings, client=client,
                            batch_size=batch_size if client is None else None)
    except KeyboardInterrupt:
        err.print("interrupted: batches already committed are complete; re-run to continue", highlight=False)
        raise typer.Exit(130) from None
    except RealpolitikError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        raise typer.Exit(exc.exit_code) from exc
    _summary(report, settings.db, out, err)
    raise typer.Exit(0 if report.ok else 1)
