"""Analyses over the event store: dyads, network, balance, blocs, shifts and sanctuary.

Each function takes a DuckDB connection (``Store.con``), aggregates in SQL and returns JSON-ready
data, so the CLI, the Python API and the REST API share one implementation.
"""

from realpolitik.analysis.balance import balance_summary, enemy_of_enemy, triads
from realpolitik.analysis.blocs import alignment_over_time, blocs, signed_bipartition
from realpolitik.analysis.dyads import dyad_series
from realpolitik.analysis.evidence import evidence_for
from realpolitik.analysis.network import build_network, export_network, graph_to_json, plot_network
from realpolitik.analysis.plots import plot_dyad, read_html_data
from realpolitik.analysis.query import Filters, parse_modalities
from realpolitik.analysis.sanctuary import DEFAULT_WEIGHTS, resolve_leader, sanctuary
from realpolitik.analysis.shifts import shifts

__all__ = [
    "DEFAULT_WEIGHTS", "Filters", "alignment_over_time", "balance_summary", "blocs", "build_network",
    "dyad_series", "enemy_of_enemy", "evidence_for", "export_network", "graph_to_json", "parse_modalities",
    "plot_dyad", "plot_network", "read_html_data", "resolve_leader", "sanctuary", "shifts",
    "signed_bipartition", "triads",
]
