"""Import every CLI module so its verbs attach to the shared app."""

from realpolitik.cli import (  # noqa: F401
    actors,
    analysis,
    eval,
    ingest,
    query,
    serve,
    summary,
)
