"""The `realpolitik` command line: one Typer app, one module per group of verbs."""

from __future__ import annotations

from realpolitik.cli.app import app


def main() -> None:
    from realpolitik.cli import register  # noqa: F401  (attaches every verb to `app`)

    app()


__all__ = ["app", "main"]
