"""`realpolitik actors lookup|import|unknown|check`: inspect and extend the actor dictionaries."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from realpolitik.cli.app import app
from realpolitik.cli.output import emit

actors_app = typer.Typer(help="Actor dictionaries: look names up, import your own, list unknown names.",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")

err = Console(stderr=True)

LOOKUP_COLUMNS = ["name", "code", "entity_id", "country", "sector", "role", "valid_from", "valid_until", "source",
                  "why"]


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]error:[/red] --date {value!r} is not a YYYY-MM-DD date")
        raise typer.Exit(2) from None


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
    from realpolitik.actors.resolver import ActorResolver

    day = _parse_date(when)
    resolver = ActorResolver.default(_settings_actors(actors_file))
    res = resolver.lookup(name, day)
    if res is None:
        err.print(f"no actor named {name!r} in the dictionaries")
        raise typer.Exit(1)
    row = res.to_dict()
    row["query"] = name
    row["date"] = day.isoformat() if day else None
    emit([row], fmt, LOOKUP_COLUMNS)


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


UNKNOWN_SQL = """
SELECT text, any_value(label) AS label, count(*) AS mentions, count(DISTINCT doc_id) AS articles,
       any_value(sentence) AS example
FROM unresolved
GROUP BY text
HAVING count(*) >= ?
ORDER BY mentions DESC, text
LIMIT ?
"""


def unknown_rows(db: str | Path, min_count: int, limit: int) -> list[dict[str, Any]]:
    """Frequent unresolved actor-like mentions with an example sentence (read-only)."""
    import duckdb

    from realpolitik.errors import StoreError

    path = Path(db)
    if not path.is_file():
        raise StoreError(f"{path}: no such database")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open: {exc}") from exc
    try:
        cur = con.execute(UNKNOWN_SQL, [min_count, limit])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot read the unresolved table: {exc}") from exc
    finally:
        con.close()


@actors_app.command("unknown")
def unknown(
    min_count: Annotated[int, typer.Option("--min-count", help="Only names seen at least N times.")] = 1,
    limit: Annotated[int, typer.Option("--limit", help="At most this many rows.")] = 100,
    db: Annotated[str | None, typer.Option("--db", help="DuckDB file (default: settings `db`).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json | csv")] = "table",
) -> None:
    """List frequent actor-like names the dictionaries did not resolve, with an example, for curation."""
    from realpolitik.errors import StoreError
    from realpolitik.settings import load_settings

    path = db or load_settings().db
    try:
        rows = unknown_rows(path, min_count, limit)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(exc.exit_code) from None
    emit(rows, fmt, ["text", "label", "mentions", "articles", "example"])
