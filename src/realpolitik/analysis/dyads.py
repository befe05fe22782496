"""Relations between two actors over time: one row per period, aggregated in DuckDB."""

from __future__ import annotations

from typing import Any

from realpolitik.analysis.query import Filters, StoreLike, actor_match, as_connection, check_code, fetch_dicts
from realpolitik.errors import InputError

PERIODS = ("day", "week", "month", "year")
SERIES = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def dyad_series(
    store: StoreLike,
    a: str,
    b: str,
    by: str = "month",
    filters: Filters | None = None,
    directed: bool = False,
) -> list[dict[str, Any]]:
    """Per period: events per QuadClass, Goldstein sum and mean, articles and mentions.

    ``a``/``b`` match by prefix (TUR matches TURGOV). Undirected by default (a→b and b→a);
    ``directed`` keeps only a→b. Periods without events are absent.
    """
    con = as_connection(store)
    if by not in PERIODS:
        raise InputError(f"--by {by!r}: use one of {', '.join(PERIODS)}")
    a, b = check_code(a), check_code(b)
    filters = filters or Filters()
    where, params = filters.sql("e")
    pair = f"({actor_match('source')} AND {actor_match('target')})"
    match_params: list[Any] = [a, a, b, b]
    if not directed:
        pair = f"({pair} OR ({actor_match('source')} AND {actor_match('target')}))"
        match_params += [b, b, a, a]
    sql = f"""
    SELECT CAST(date_trunc('{by}', e.event_date) AS DATE) AS period,
           count(*) FILTER (WHERE e.quad_class = 1) AS verbal_coop,
           count(*) FILTER (WHERE e.quad_class = 2) AS material_coop,
           count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,
           count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict,
           count(*) AS n_events,
           round(coalesce(sum(e.goldstein), 0), 3) AS goldstein_sum,
           round(avg(e.goldstein), 3) AS goldstein_mean,
           coalesce(sum(e.num_articles) FILTER (WHERE e.origin <> 'text' OR e.first_mention IS NULL), 0)
             AS n_articles,
           coalesce(sum(e.num_mentions), 0) AS n_mentions
    FROM events e
    WHERE e.event_date IS NOT NULL AND {pair} AND {where}
    GROUP BY 1 ORDER BY 1
    """
    rows = fetch_dicts(con, sql, match_params + params)
    # Coded events share articles: count each article once per period through the mentions (imported
    # GDELT rows, which have no mentions, carry their own NumArticles, summed above).
    articles_sql = f"""
    SELECT CAST(date_trunc('{by}', e.event_date) AS DATE) AS period, count(DISTINCT m.doc_id) AS n
    FROM events e JOIN mentions m ON m.event_id = e.event_id
    WHERE e.event_date IS NOT NULL AND e.origin = 'text' AND e.first_mention IS NOT NULL AND {pair}
      AND {where}
    GROUP BY 1
    """
    distinct = {r["period"]: int(r["n"]) for r in fetch_dicts(con, articles_sql, match_params + params)}
    for r in rows:
        r["n_articles"] = int(r["n_articles"]) + distinct.get(r["period"], 0)
        r["period"] = r["period"].isoformat()
        for k in ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "n_events",
                  "n_articles", "n_mentions"):
            r[k] = int(r[k])
    return rows
