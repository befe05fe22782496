"""The Python API: one plain function per CLI verb, each taking a ``Store`` and a ``Query``.

The CLI and the HTTP app are thin faces over these functions, so a filter, a field name or a JSON
shape is decided once, here and in ``realpolitik.query``. Heavy modules load on first call.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from realpolitik.query import (
    ActorMatches,
    ArticleDetail,
    Balance,
    Blocs,
    DyadSeries,
    EventDetail,
    EventList,
    NetworkEdges,
    Query,
    QueryError,
    Sanctuary,
    ShiftList,
    StatsRows,
    Summary,
    UnknownNames,
    parse_code,
    parse_date,
)

if TYPE_CHECKING:
    from realpolitik.store import Store

EVENT_COLUMNS = ("event_date", "source_code", "target_code", "event_code", "event_name", "modality", "evidence",
                 "title")
DYAD_COLUMNS = ("period", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "goldstein_sum",
                "goldstein_mean", "n_articles")
NETWORK_COLUMNS = ("a", "b", "n_events", "goldstein_sum", "sign", "n_coop", "n_conflict")
SHIFT_COLUMNS = ("a", "b", "direction", "after_start", "n_before", "n_after", "mean_before", "mean_after",
                 "driven_by", "z")
LOOKUP_COLUMNS = ("name", "code", "entity_id", "country", "sector", "role", "valid_from", "valid_until", "source",
                  "why")


def _q(query: Query | None, filters: dict[str, Any]) -> Query:
    if query is not None and filters:
        raise TypeError("give a Query or filter keywords, not both")
    return query if query is not None else Query.build(**filters)


def events(store: Store, query: Query | None = None, **filters: Any) -> EventList:
    """``realpolitik events``: events with their evidence sentence and article (see docs/json-fields.md)."""
    from realpolitik.store.queries import list_events

    result = list_events(store, _q(query, filters))
    result.columns = EVENT_COLUMNS
    return result


def events_json(store: Store, query: Query) -> tuple[str, str | None] | None:
    """``events(store, query)`` of a dyad page as JSON text and its next cursor, each row written as JSON by
    DuckDB from the dyad index; None where that path does not apply (serialise ``events(...).to_dict()`` then)."""
    from realpolitik.store.queries import events_json as listing

    return listing(store, query)


def event(store: Store, event_id: str) -> EventDetail | None:
    """One event with every mention (sentence and article) behind it."""
    from realpolitik.store.queries import event_detail

    return event_detail(store, event_id)


def article(store: Store, doc_id: str) -> ArticleDetail | None:
    """One article's text and the events coded from it."""
    from realpolitik.store.queries import article_detail

    return article_detail(store, doc_id)


def stats(store: Store, top: int = 10) -> StatsRows:
    """``realpolitik stats``: totals, QuadClass and modality counts, top dyads, date range, as rows."""
    from realpolitik.store.queries import stats as nested
    from realpolitik.store.queries import stats_rows

    return StatsRows(stats_rows(nested(store, top)), title="Store statistics", columns=("section", "key", "value"))


def summary(store: Store, n_events: int = 8) -> Summary:
    """``realpolitik summary``: the nested statistics plus a sample of asserted events with evidence."""
    from realpolitik.store.queries import stats as nested

    data = nested(store, top=8)
    data["db"] = str(store.path)
    data["sample_events"] = events(store, Query(limit=n_events)).items
    return Summary(data, main="sample_events")


def lookup_actor(name: str, when: str | date | None = None, actors_file: str | None = None) -> ActorMatches:
    """``realpolitik actors lookup``: who NAME is on a date, which entry and role period say so."""
    from realpolitik.actors.resolver import ActorResolver

    if not name or not name.strip():
        raise QueryError("name", "give a name to look up")
    day = parse_date(when, "date")
    resolver = ActorResolver.default(actors_file)
    res = resolver.lookup(name, day)
    if res is None:
        return ActorMatches([], title=f"no actor named {name!r}", columns=LOOKUP_COLUMNS)
    row = res.to_dict()
    row["query"] = name
    row["date"] = day.isoformat() if day else None
    entry = resolver.by_id.get(res.entity_id or "")
    row["roles"] = [{"code": r.code, "title": r.title, "start": r.start, "end": r.end}
                    for r in (entry.roles if entry else ())]
    return ActorMatches([row], title=f"{name} on {row['date'] or 'today'}", columns=LOOKUP_COLUMNS)


def unknown_actors(store: Store, min_count: int = 1, limit: int = 100) -> UnknownNames:
    """``realpolitik actors unknown``: frequent names no dictionary resolved, with an example sentence."""
    from realpolitik.store.queries import unknown_names

    return unknown_names(store, min_count, limit)


def dyad(store: Store, a: str, b: str, by: str = "month", query: Query | None = None, directed: bool = False,
         **filters: Any) -> DyadSeries:
    """``realpolitik dyad``: relations between two actors per period."""
    from realpolitik.analysis.dyads import dyad_series

    q = _q(query, filters)
    a, b = parse_code(a, "a"), parse_code(b, "b")
    rows = dyad_series(store, a, b, by, q, directed)
    arrow = "→" if directed else "↔"
    return DyadSeries(rows, title=f"{a} {arrow} {b} by {by} ({q.label})", columns=DYAD_COLUMNS)


def network(store: Store, query: Query | None = None, min_events: int = 1, **filters: Any) -> NetworkEdges:
    """``realpolitik network``: the signed network as one row per related pair of states."""
    from realpolitik.analysis.network import build_network

    q = _q(query, filters)
    graph = build_network(store, q, min_events)
    rows = [{"a": x, "b": y, "a_name": graph.nodes[x].get("name"), "b_name": graph.nodes[y].get("name"),
             **{k: v for k, v in d.items() if k != "weight"}}
            for x, y, d in sorted((min(u, v), max(u, v), d) for u, v, d in graph.edges(data=True))]
    result = NetworkEdges(rows, title=f"{graph.number_of_nodes()} states, {graph.number_of_edges()} relations "
                                      f"({q.label})", columns=NETWORK_COLUMNS)
    result.graph = graph  # type: ignore[attr-defined]
    return result


def balance(store: Store, query: Query | None = None, min_events: int = 1, limit: int = 50,
            **filters: Any) -> Balance:
    """``realpolitik balance``: triads and enemy-of-my-enemy patterns, each edge with its evidence."""
    from realpolitik.analysis.balance import balance_summary, enemy_of_enemy, triads
    from realpolitik.analysis.evidence import evidence_for
    from realpolitik.analysis.network import build_network

    q = _q(query, filters)
    graph = build_network(store, q, min_events)
    found = triads(graph, limit)
    patterns = enemy_of_enemy(graph)[:limit]
    for item in [*found, *patterns]:
        for edge in item["edges"]:
            edge["evidence"] = evidence_for(store.con, edge["evidence"], per_event=1)
    return Balance({"modality": q.label, "summary": balance_summary(graph), "triads": found,
                    "enemy_of_enemy": patterns}, main="triads")


def blocs(store: Store, against: str | None = None, by: str = "year", query: Query | None = None,
          min_events: int = 1, resolution: float = 1.0, **filters: Any) -> Blocs:
    """``realpolitik blocs``: signed communities and, with ``against``, alignment over time."""
    from realpolitik.analysis.blocs import alignment_over_time
    from realpolitik.analysis.blocs import blocs as find_blocs
    from realpolitik.analysis.network import build_network

    q = _q(query, filters)
    ref = parse_code(against, "against") if against else None
    result = find_blocs(build_network(store, q, min_events), ref, resolution)
    alignment = alignment_over_time(store, ref, by, q) if ref else []
    return Blocs({**result, "modality": q.label, "alignment": alignment}, main="blocs")


def shifts(store: Store, window: str = "30d", query: Query | None = None, threshold: float = 2.0,
           min_events: int = 5, limit: int = 50, alpha: float = 0.05, history: int = 6,
           **filters: Any) -> ShiftList:
    """``realpolitik shifts``: dyads whose relation changed against their own history, strongest evidence
    first, with driving events."""
    from realpolitik.analysis.shifts import shifts as find_shifts

    q = _q(query, filters)
    rows = find_shifts(store, window, q, threshold, min_events, limit=limit, alpha=alpha, history=history)
    return ShiftList(rows, title=f"Shifts (window {window}, FDR {alpha}, {q.label}), strongest evidence first",
                     columns=SHIFT_COLUMNS)


def sanctuary(store: Store, leader: str | None = None, country: str | None = None,
              as_of: str | date | None = None, weights: dict[str, float] | None = None,
              query: Query | None = None, top: int | None = 15, half_life_days: float | None = 730.0,
              **filters: Any) -> Sanctuary:
    """``realpolitik sanctuary``: ranked host candidates, every component with its cited evidence."""
    from realpolitik.analysis.sanctuary import sanctuary as rank

    q = _q(query, filters)
    if not (leader and leader.strip()) and not country:
        raise QueryError("leader", "give a leader name or a country code")
    code = parse_code(country, "country") if country else None
    result = rank(store, leader or None, code, parse_date(as_of, "as_of"), weights, q, top,
                  half_life_days=half_life_days)
    return Sanctuary(result, main="candidates")
