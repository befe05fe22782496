"""`realpolitik serve`: the REST API and the dashboard over one database file (uvicorn)."""

from __future__ import annotations

import os

import typer

from realpolitik.cli.app import app
from realpolitik.cli.output import stderr


@app.command("serve")
def serve_command(
    db: str | None = typer.Option(None, "--db", help="DuckDB file to serve (default: settings `db`); must exist."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port (0: any free port)."),
    token: str | None = typer.Option(
        None, "--token", help="Bearer token required for writes (default: REALPOLITIK_TOKEN; none: 127.0.0.1 only)."
    ),
    max_body: int = typer.Option(5 * 1024 * 1024, "--max-body", min=1, help="Largest request body in bytes."),
) -> None:
    """Serve the REST API (OpenAPI at /openapi.json, docs at /docs) and the dashboard at /."""
    import uvicorn

    from realpolitik.api.app import check_database, create_app
    from realpolitik.errors import RealpolitikError
    from realpolitik.settings import load_settings

    try:
        settings = load_settings(db=db)
        check_database(settings.db)
    except RealpolitikError as exc:
        stderr(f"error: {exc}")
        raise typer.Exit(2) from None
    secret = token or os.environ.get("REALPOLITIK_TOKEN") or None
    application = create_app(settings.db, settings, token=secret, max_body=max_body)
    stderr(f"realpolitik: serving {settings.db} at http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(application, host=host, port=port, log_level="warning")
