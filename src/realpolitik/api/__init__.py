"""realpolitik's Python API (plain functions mirroring the CLI verbs) and, in ``api.app``, its HTTP face.

Importing this package does not import FastAPI; ``realpolitik.api.app.create_app`` builds the server.
"""

from realpolitik.api.verbs import (
    article,
    balance,
    blocs,
    dyad,
    event,
    events,
    events_json,
    lookup_actor,
    network,
    sanctuary,
    shifts,
    stats,
    summary,
    unknown_actors,
)
from realpolitik.query import Query

__all__ = [
    "Query", "article", "balance", "blocs", "dyad", "event", "events", "events_json", "lookup_actor", "network",
    "sanctuary", "shifts", "stats", "summary", "unknown_actors",
]
