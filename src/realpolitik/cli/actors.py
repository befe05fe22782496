"""`realpolitik actors lookup|import|unknown|check`: inspect and extend the actor dictionaries."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from realpolitik.cli.app import app
from realpolitik.cli.output import check_format, checked, emit_result, read_store

actors_app = typer.Typer(help="Actor dictionaries: look names up, import your own, list unknown names.",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")

err = Console(stderr=True)



def _settings_actors(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    from realpolitik.settings import load_settings

    return load_settings().actors


@actors_app.command("lookup")
def lookup(
    name: Annotated[str, typer.Argument(help="Name as it appears in text, e.g. 'Erdogan' or 'Ankara'.")],
    when: Annotated[str | None, typer.Option("--date", help="Date the role applies to (YYYY-MM-DD).")] = None,
    actors_file: Annotated[str | None, typer.Option("--actors", help="Extra user dictionary file.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json | csv")] = "table",
) -> None:
    """Resolve NAME on a date and say why: which dictionary entry, which role period."""
    from realpolitik.api import lookup_actor

    out = check_format(fmt)
    result = checked(lambda: lookup_actor(name, when, _settings_actors(actors_file)))
    if not result.items:
        err.print(f"no actor named {name!r} in the dictionaries")
        raise typer.Exit(1)
    emit_result(result, out)


@actors_app.command("import")
def import_cmd(
    path: Annotated[Path, typer.Argument(help="Dictionary file to add.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="petrarch | jsonl")] = "jsonl",
    into: Annotated[str | None, typer.Option("--into", help="User dictionary to append to.")] = None,
) -> None:
    """Add a PETRARCH (.actors) or JSONL dictionary to your user dictionary; bad lines are listed."""
    from realpolitik.actors.userdict import import_dictionary
    from realpolitik.errors import InputError

    if fmt not in ("petrarch", "jsonl"):
        err.print(f"[red]error:[/red] --format must be petrarch or jsonl, not {fmt!r}")
        raise typer.Exit(2)
    try:
        result = import_dictionary(path, fmt, into or _settings_actors(None))
    except InputError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None
    for p in result.problems:
        err.print(f"[yellow]{p}[/yellow]")
    typer.echo(f"imported {result.added} entries into {result.destination}; {len(result.problems)} problem(s)")
    if result.problems:
        raise typer.Exit(1)


@actors_app.command("check")
def check(
    path: Annotated[Path | None, typer.Argument(help="User dictionary to validate (default: packaged data).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="petrarch | jsonl")] = "jsonl",
) -> None:
    """Validate a dictionary file: every malformed line, unknown code or overlapping role period."""
    from realpolitik.actors.entries import LoadReport
    from realpolitik.actors.loader import USER_LAYER, known_roots, load_packaged
    from realpolitik.actors.userdict import read_objects
    from realpolitik.errors import InputError

    report = LoadReport()
    if path is None:
        load_packaged(report, validate=True)
    else:
        from realpolitik.actors.entries import entry_from_dict

        try:
            objs, problems = read_objects(path, fmt)
        except InputError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from None
        report.problems.extend(problems)
        for obj, where in objs:
            entry = entry_from_dict(obj, where, USER_LAYER, known_roots() or None, report.problems)
            if entry is not None:
                report.entries.append(entry)
    for p in report.problems:
        typer.echo(str(p))
    typer.echo(f"{len(report.entries)} entries ok, {len(report.problems)} problem(s)")
    if report.problems:
        raise typer.Exit(1)


@actors_app.command("unknown")
def unknown(
    min_count: Annotated[int, typer.Option("--min-count", min=1, help="Only names seen at least N times.")] = 1,
    limit: Annotated[int, typer.Option("--limit", min=0, help="At most this many rows.")] = 100,
    db: Annotated[str | None, typer.Option("--db", help="DuckDB file (default: settings `db`).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json | csv")] = "table",
) -> None:
    """List frequent actor-like names the dictionaries did not resolve, with an example, for curation."""
    from realpolitik.api import unknown_actors

    out = check_format(fmt)
    with read_store(db) as store:
        result = checked(lambda: unknown_actors(store, min_count, limit))
    emit_result(result, out)
