"""The `realpolitik` command line: one Typer app, one module per group of verbs."""

from __future__ import annotations

from realpolitik.cli.app import app


def main() -> None:
    """Run the CLI; an unexpected exception (a bug) exits 4 with one line instead of a traceback,
    unless REALPOLITIK_DEBUG is set (then the traceback is shown)."""
    import os
    import sys

    from realpolitik.cli import register  # noqa: F401  (attaches every verb to `app`)
    from realpolitik.errors import EXIT_INTERNAL

    try:
        app()
    except Exception as exc:  # noqa: BLE001  (last resort: the verbs handle every expected error)
        if os.environ.get("REALPOLITIK_DEBUG"):
            raise
        print(f"internal error: {type(exc).__name__}: {exc} (a bug in realpolitik; please report it, "
              "with the traceback shown by REALPOLITIK_DEBUG=1)", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)


__all__ = ["app", "main"]
