"""Where could a leader go? Ranking candidate host states for a leader leaving power.

Every candidate is a state that exists at ``as_of`` (no hand-set list). Its score is a weighted sum
of components, each in a documented range, each shown in the output:

Event signals (events dated up to ``as_of`` between states, i.e. a country or its organs — see
``state_expr``: the opposition, rebels or an ethnic group do not speak for their state — where one
side is the leader's country L; asserted only unless the filters say otherwise). Each event counts
pow(0.5, age / half_life) — by default an event two years before ``as_of`` counts half — because
current relations say more about where a leader can go than old ones. These weighted counts go
through ``presence``: 0 when absent, otherwise 0.5 + 0.5·log(1+x)/log(1+max_x) — having any such
event matters, and intensity is judged relative to the strongest candidate, so the scale of the
corpus (two articles or a million GDELT rows) drops out.
Events from articles without a publication date have no date: without an explicit ``as_of`` they
count at ``UNDATED_WEIGHT`` (the result says how many); with one they are left out, since nothing says
they happened before it.

- ``cooperation``: verbal + material cooperation with L (QuadClass 1–2), times the cooperative share
  coop/(coop+conflict) of their relation, so a state that both talks and fights with L is discounted.
- ``material_support``: material cooperation or aid from the candidate to L (CAMEO 06x, 07x).
- ``visits``: visits made or hosted between the two (CAMEO 042, 043, 044).
- ``asylum``: events between the candidate and L coded 075 (grant asylum) or whose evidence sentence
  speaks of asylum, exile, a safe haven, sanctuary or refuge — in *every* modality, weighted by
  ``MODALITY_WEIGHTS`` (speculation that a state may take him in is the signal; a denial counts
  against).
- ``conflict_with_leader`` (negative weight): conflict with L, times the non-cooperative share.
- Pressing states P: the (at most ``MAX_PRESSERS`` = 10) states with the most conflict events
  directed at L, each weighted by its share of that pressure. ``shared_adversaries``:
  pressure-weighted share of P with which the candidate's relation is net hostile;
  ``hostility_to_pressers``: presence of pressure-weighted conflict with P (it makes extradition to
  them unlikely); ``cooperation_with_pressers`` (negative weight): the opposite.

Structural signals (reference tables, latest year available up to ``as_of``): ``alliance`` (strongest
ATOP pledge with L, 0–1, divided by log2(1 + number of L's allies) so that one of thirty partners in a
regional treaty counts less than one of two), ``contiguity`` (COW, land 1 … 400-mile sea 0.2), ``proximity``
(exp(-distance between capitals / 3000 km)), ``shared_igos`` (inverse-size-weighted shared IGO
memberships, scaled by the best candidate).

Weights come from ``DEFAULT_WEIGHTS`` overridden by ``Settings.sanctuary_weights`` (TOML
``[realpolitik.sanctuary_weights]``). A candidate with no event signal is marked
``basis = "structural only"``. Structural weights are deliberately small (0.85 in all, below one
strong event signal): the tables end in 2014–2018 and are shared by many states, so they act as a
prior that orders candidates the news says nothing about.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from datetime import date
from typing import Any

import duckdb

from realpolitik.analysis.evidence import evidence_for
from realpolitik.analysis.query import Filters, StoreLike, as_connection, check_code, country_expr, fetch_dicts
from realpolitik.analysis.structural import (
    alliance,
    contiguity,
    countries,
    country_name,
    distance_km,
    leaders,
    shared_igos,
)
from realpolitik.errors import InputError
from realpolitik.model import STATE_SECTORS

DEFAULT_WEIGHTS: dict[str, float] = {
    "cooperation": 1.0, "material_support": 0.8, "visits": 0.8, "asylum": 1.5,
    "conflict_with_leader": -1.0, "shared_adversaries": 0.5, "hostility_to_pressers": 0.5,
    "cooperation_with_pressers": -0.3,
    "alliance": 0.25, "contiguity": 0.25, "proximity": 0.15, "shared_igos": 0.2,
}
EVENT_COMPONENTS = ("asylum", "visits", "material_support", "cooperation", "hostility_to_pressers",
                    "shared_adversaries", "cooperation_with_pressers", "conflict_with_leader")
STRUCTURAL_COMPONENTS = ("alliance", "contiguity", "proximity", "shared_igos")
MODALITY_WEIGHTS = {"asserted": 1.0, "reported": 0.8, "intended": 0.8, "hypothetical": 0.6,
                    "historical": 0.5, "negated": -0.5}
ASYLUM_REGEX = r"\b(asylum|exile|safe haven|sanctuary|refuge)"
PROXIMITY_KM = 3000.0
MAX_PRESSERS = 10
HALF_LIFE_DAYS = 730.0
# Articles ingested without a publication date give undated events. Without --as-of they still count
# (the news was written before today), at the weight of an event one half-life old.
UNDATED_WEIGHT = 0.5


def _decay(as_of: date, half_life: float) -> str:
    """SQL weight of an event by its age at ``as_of``: halves every ``half_life`` days. The values are
    typed (a date and a float) and inlined, which lets DuckDB fold them instead of binding per row.
    An undated event (only counted when no ``as_of`` was asked for) weighs ``UNDATED_WEIGHT``."""
    age = f"greatest(date_diff('day', e.event_date, DATE '{as_of.isoformat()}'), 0)"
    return f"coalesce(pow(0.5, {age} / {float(half_life)!r}), {UNDATED_WEIGHT!r})"


def state_expr(side: str) -> str:
    """The state an event side speaks for: its country when the actor is the state itself or one of
    its organs (GOV, MIL, police, courts, legislature, intelligence); NULL for the opposition, rebels,
    ethnic groups, business, media and the like. Aid to "Syrian Kurds" is not support for Assad, and a
    foreign opposition's sympathy is not its government's offer of refuge."""
    sectors = ", ".join(f"'{s}'" for s in sorted(STATE_SECTORS))
    return (f"CASE WHEN length(e.{side}_code) <= 3 OR substr(e.{side}_code, 4, 3) IN ({sectors}) "
            f"THEN {country_expr(side)} END")


def _dated(undated: bool) -> str:
    """Which events count: those up to ``as_of`` (bound as the parameter), plus undated ones if asked."""
    return "(e.event_date <= ? OR e.event_date IS NULL)" if undated else "e.event_date <= ?"


# Cheap pre-filter on raw columns (lets DuckDB skip most rows before the country expressions run).
_TOUCHES = ("(left(e.source_code, 3) = ? OR e.source_country = ? OR left(e.target_code, 3) = ? "
            "OR e.target_country = ?)")


def presence(x: float, xmax: float) -> float:
    """0 for no evidence; otherwise 0.5–1 growing with log volume relative to the strongest candidate."""
    if x <= 0:
        return 0.0
    return 0.5 + 0.5 * (math.log1p(x) / math.log1p(xmax) if xmax > 0 else 1.0)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)).strip()


def resolve_leader(con: duckdb.DuckDBPyConnection | None, name: str, when: date) -> tuple[str, str]:
    """The leader's country code and how it was found: the actor dictionary, then actors seen in the
    store, then Archigos leader spells (by surname, covering ``when`` or the latest)."""
    try:
        from realpolitik.actors.resolver import ActorResolver

        res = ActorResolver.default().lookup(name, when)
    except ImportError:
        res = None
    if res is not None:
        country = getattr(res, "country", None) or (res.code[:3] if getattr(res, "code", None) else None)
        if country and country in countries():
            return country, f"actor dictionary ({res.code})"
    if con is not None:
        rows = con.execute(
            "SELECT DISTINCT country FROM actors WHERE lower(name) = lower(?) AND country IS NOT NULL", [name]
        ).fetchall()
        found = {r[0] for r in rows if r[0] in countries()}
        if len(found) == 1:
            return found.pop(), "actors seen in the store"
    folded = _fold(name)
    surname = folded.split()[-1] if folded else ""
    spells = [s for s in leaders() if _fold(s.leader) == folded or _fold(s.leader).split()[-1:] == [surname]]
    covering = {s.country for s in spells if s.start <= when.isoformat() <= s.end}
    if len(covering) == 1:
        return covering.pop(), "Archigos leader spells"
    if spells and len({s.country for s in spells}) == 1:
        return spells[0].country, "Archigos leader spells (latest spell)"
    raise InputError(f"leader {name!r}: cannot tell which country they lead; give --country CODE")


def _event_signals(
    con: duckdb.DuckDBPyConnection, home: str, as_of: date, filters: Filters, half_life: float, undated: bool
) -> dict[str, dict[str, Any]]:
    where, params = filters.sql("e")
    sql = f"""
    WITH ev AS (
        SELECT e.event_id, e.quad_class, e.root_code, e.base_code, e.num_mentions, {_decay(as_of, half_life)} AS w,
               {state_expr('source')} AS sc, {state_expr('target')} AS tc, ({where}) AS ok
        FROM events e WHERE {_dated(undated)} AND {_TOUCHES}
    ), mine AS (
        SELECT *, CASE WHEN sc = ? THEN tc ELSE sc END AS other FROM ev WHERE (sc = ? OR tc = ?)
    )
    SELECT other,
        coalesce(sum(w) FILTER (WHERE ok AND quad_class IN (1, 2)), 0) AS coop,
        coalesce(sum(w) FILTER (WHERE ok AND quad_class IN (3, 4)), 0) AS conflict,
        coalesce(sum(w) FILTER (WHERE ok AND quad_class IN (3, 4) AND sc = other), 0) AS pressure,
        coalesce(sum(w) FILTER (WHERE ok AND sc = other AND root_code IN ('06', '07')), 0) AS material,
        coalesce(sum(w) FILTER (WHERE ok AND base_code IN ('042', '043', '044')), 0) AS visits,
        max_by(event_id, w * num_mentions, 10)
            FILTER (WHERE ok AND quad_class IN (1, 2)) AS ev_coop,
        max_by(event_id, w * num_mentions, 10)
            FILTER (WHERE ok AND quad_class IN (3, 4)) AS ev_conflict,
        max_by(event_id, w * num_mentions, 10)
            FILTER (WHERE ok AND sc = other AND root_code IN ('06', '07')) AS ev_material,
        max_by(event_id, w * num_mentions, 10)
            FILTER (WHERE ok AND base_code IN ('042', '043', '044')) AS ev_visits
    FROM mine WHERE other IS NOT NULL AND other <> ?
    GROUP BY other
    """
    rows = fetch_dicts(con, sql, [*params, as_of, *[home] * 8])
    return {r["other"]: r for r in rows}


def _asylum_signals(
    con: duckdb.DuckDBPyConnection, home: str, as_of: date, half_life: float, undated: bool
) -> dict[str, tuple[float, list[str]]]:
    sql = f"""
    WITH ev AS (
        SELECT e.event_id, e.event_code, e.modality, {_decay(as_of, half_life)} AS w, {state_expr('source')} AS sc,
               {state_expr('target')} AS tc
        FROM events e WHERE {_dated(undated)} AND {_TOUCHES}
    ), mine AS (
        SELECT *, CASE WHEN sc = ? THEN tc ELSE sc END AS other FROM ev WHERE (sc = ? OR tc = ?)
    )
    SELECT DISTINCT mine.other, mine.event_id, mine.modality, mine.w
    FROM mine LEFT JOIN mentions m ON m.event_id = mine.event_id
    WHERE mine.other IS NOT NULL AND mine.other <> ?
      AND (starts_with(mine.event_code, '075') OR regexp_matches(lower(coalesce(m.evidence, '')), ?))
    ORDER BY 1, 2
    """
    out: dict[str, tuple[float, list[str]]] = {}
    rows = con.execute(sql, [as_of, *[home] * 8, ASYLUM_REGEX]).fetchall()
    for other, event_id, modality, w in rows:
        total, ids = out.get(other, (0.0, []))
        out[other] = (total + MODALITY_WEIGHTS.get(modality, 0.5) * float(w), [*ids, event_id])
    return out


def _presser_relations(
    con: duckdb.DuckDBPyConnection, home: str, pressers: dict[str, float], as_of: date, filters: Filters,
    half_life: float, undated: bool,
) -> list[dict[str, Any]]:
    if not pressers:
        return []
    where, params = filters.sql("e")
    codes = ", ".join(f"'{check_code(c)}'" for c in sorted(pressers))
    sc, tc = state_expr("source"), state_expr("target")
    sql = f"""
    WITH ev AS (
        SELECT e.event_id, e.quad_class, e.goldstein, e.num_mentions, {_decay(as_of, half_life)} AS w,
               {sc} AS sc, {tc} AS tc
        FROM events e WHERE {_dated(undated)} AND {where}
    ), rel AS (
        SELECT *, CASE WHEN sc IN ({codes}) THEN sc ELSE tc END AS presser,
               CASE WHEN sc IN ({codes}) THEN tc ELSE sc END AS other
        FROM ev WHERE sc IN ({codes}) OR tc IN ({codes})
    )
    SELECT other, presser,
        coalesce(sum(w) FILTER (WHERE quad_class IN (1, 2)), 0) AS coop,
        coalesce(sum(w) FILTER (WHERE quad_class IN (3, 4)), 0) AS conflict,
        sum(w * coalesce(goldstein, 0)) AS gs,
        max_by(event_id, w * num_mentions, 10) FILTER (WHERE quad_class IN (3, 4)) AS ev_conflict,
        max_by(event_id, w * num_mentions, 10) FILTER (WHERE quad_class IN (1, 2)) AS ev_coop
    FROM rel WHERE other IS NOT NULL AND other <> presser AND other <> ?
    GROUP BY ALL
    """
    return fetch_dicts(con, sql, [as_of, *params, home])


def sanctuary(
    store: StoreLike,
    leader: str | None = None,
    country: str | None = None,
    as_of: date | None = None,
    weights: dict[str, float] | None = None,
    filters: Filters | None = None,
    top: int | None = 15,
    evidence_per_component: int = 3,
    half_life_days: float | None = HALF_LIFE_DAYS,
) -> dict[str, Any]:
    """Ranked candidate host states for ``leader`` (or the leader of ``country``) as of ``as_of``."""
    con = as_connection(store)
    day = as_of or date.today()
    filters = filters or Filters()
    if country:
        home, how = check_code(country)[:3], "--country"
    elif leader:
        home, how = resolve_leader(con, leader, day)
    else:
        raise InputError("sanctuary: give a leader name or --country")
    if home not in countries():
        raise InputError(f"country {home!r}: not a state code known to the reference tables")
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    unknown = set(w) - set(DEFAULT_WEIGHTS)
    if unknown:
        raise InputError(f"sanctuary weights: unknown component(s) {', '.join(sorted(unknown))}")

    half_life = float(half_life_days) if half_life_days else 1e12
    undated = as_of is None
    signals = _event_signals(con, home, day, filters, half_life, undated)
    asylum = _asylum_signals(con, home, day, half_life, undated)
    states = countries()
    strongest = sorted(((float(r["pressure"]), c) for c, r in signals.items()
                        if float(r["pressure"]) > 0 and c in states),
                       reverse=True)[:MAX_PRESSERS]
    pressed = sum(p for p, _ in strongest)
    pressers = {c: p / pressed for p, c in strongest}
    hostile: dict[str, float] = defaultdict(float)
    friendly: dict[str, float] = defaultdict(float)
    shared: dict[str, float] = defaultdict(float)
    hostile_ids: dict[str, list[str]] = defaultdict(list)
    friendly_ids: dict[str, list[str]] = defaultdict(list)
    for r in _presser_relations(con, home, pressers, day, filters, half_life, undated):
        share = pressers[r["presser"]]
        hostile[r["other"]] += share * float(r["conflict"])
        friendly[r["other"]] += share * float(r["coop"])
        if float(r["gs"]) < 0:
            shared[r["other"]] += share
        hostile_ids[r["other"]].extend(r["ev_conflict"] or [])
        friendly_ids[r["other"]].extend(r["ev_coop"] or [])

    year = day.year
    pool = sorted(c for c, info in countries().items() if c != home and info.exists_in(year))
    pool_set = set(pool)
    pool += sorted(c for c in set(signals) | set(asylum) if c in states and c not in pool_set and c != home)
    igo_weight = {c: shared_igos(home, c, year) for c in pool}
    allies = {c: alliance(home, c, year) for c in pool}
    ally_damp = math.log2(1 + sum(1 for v in allies.values() if v[0] > 0)) or 1.0
    max_igo = max((v[0] for v in igo_weight.values()), default=0.0)

    def top_of(key: str) -> float:
        return max((float(r[key]) for r in signals.values()), default=0.0)

    maxima = {k: top_of(k) for k in ("coop", "conflict", "material", "visits")}
    max_asylum = max((abs(v[0]) for v in asylum.values()), default=0.0)
    max_hostile = max(hostile.values(), default=0.0)
    max_friendly = max(friendly.values(), default=0.0)

    candidates: list[dict[str, Any]] = []
    for c in pool:
        s = signals.get(c)
        coop = float(s["coop"]) if s else 0.0
        conflict = float(s["conflict"]) if s else 0.0
        share = coop / (coop + conflict) if coop + conflict > 0 else 0.0
        asy = asylum.get(c, (0.0, []))
        comp: dict[str, float] = {
            "cooperation": presence(coop, maxima["coop"]) * share,
            "material_support": presence(float(s["material"]) if s else 0.0, maxima["material"]),
            "visits": presence(float(s["visits"]) if s else 0.0, maxima["visits"]),
            "asylum": math.copysign(presence(abs(asy[0]), max_asylum), asy[0]) if asy[0] else 0.0,
            "conflict_with_leader": presence(conflict, maxima["conflict"]) * (1 - share),
            "shared_adversaries": shared.get(c, 0.0),
            "hostility_to_pressers": presence(hostile.get(c, 0.0), max_hostile),
            "cooperation_with_pressers": presence(friendly.get(c, 0.0), max_friendly),
        }
        ally, ally_types = allies[c]
        cont, cont_type = contiguity(home, c, year)
        dist = distance_km(home, c)
        igo_w, igo_names = igo_weight.get(c, (0.0, []))
        comp.update({
            "alliance": min(1.0, ally / ally_damp), "contiguity": cont,
            "proximity": math.exp(-dist / PROXIMITY_KM) if dist is not None else 0.0,
            "shared_igos": igo_w / max_igo if max_igo else 0.0,
        })
        score = sum(w[k] * v for k, v in comp.items())
        has_events = any(comp[k] for k in EVENT_COMPONENTS)
        ids_by_component = {
            "asylum": asy[1],
            "visits": (s["ev_visits"] or []) if s else [],
            "material_support": (s["ev_material"] or []) if s else [],
            "cooperation": (s["ev_coop"] or []) if s else [],
            "hostility_to_pressers": hostile_ids.get(c, []),
            "cooperation_with_pressers": friendly_ids.get(c, []),
            "conflict_with_leader": (s["ev_conflict"] or []) if s else [],
        }
        candidates.append({
            "code": c, "name": country_name(c), "score": round(score, 4),
            "basis": "events and structure" if has_events else "structural only",
            "components": {k: round(v, 4) for k, v in comp.items()},
            "structure": {"alliance_types": ally_types, "contiguity": cont_type,
                          "distance_km": None if dist is None else round(dist), "shared_igos": igo_names[:8]},
            "_ids": ids_by_component,
        })
    candidates.sort(key=lambda r: (-r["score"], r["code"]))
    chosen = candidates[:top] if top else candidates
    wanted = [i for cand in chosen for ids in cand["_ids"].values() for i in ids[:evidence_per_component]]
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in evidence_for(con, wanted, per_event=2):
        found[ev["event_id"]].append(ev)
    for rank, cand in enumerate(chosen, start=1):
        cand["rank"] = rank
        cand["evidence"] = _candidate_evidence(cand.pop("_ids"), found, evidence_per_component)
        if cand["basis"] == "structural only":
            cand["note"] = "appears through structural signals alone (no events with the leader's country)"
    return {
        "leader": leader, "country": home, "country_name": country_name(home), "resolved_by": how,
        "as_of": day.isoformat(), "modality": filters.label, "undated_events": _count_undated(con, home, undated),
        "pressers": {k: round(v, 3) for k, v in sorted(pressers.items(), key=lambda kv: -kv[1])},
        "weights": w, "candidates": chosen,
    }


def _count_undated(con: duckdb.DuckDBPyConnection, home: str, undated: bool) -> int:
    """How many undated events touching ``home`` were counted (0 when an explicit as-of date left them out)."""
    if not undated:
        return 0
    sql = f"SELECT count(*) FROM events e WHERE e.event_date IS NULL AND {_TOUCHES}"
    row = con.execute(sql, [home] * 4).fetchone()
    return int(row[0]) if row else 0


def _candidate_evidence(
    ids_by_component: dict[str, list[str]], found: dict[str, list[dict[str, Any]]], per_component: int
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[Any, Any]] = set()
    for component, ids in ids_by_component.items():
        for event_id in list(dict.fromkeys(ids))[:per_component]:
            for ev in found.get(event_id, []):
                key = (ev["event_id"], ev["sentence"])
                if key in seen:
                    continue
                seen.add(key)
                out.append({"component": component, "sentence": ev["sentence"], "doc_id": ev["doc_id"],
                            "title": ev["title"], "url": ev["url"], "event_date": ev["event_date"],
                            "event_code": ev["event_code"], "modality": ev["modality"],
                            "source_code": ev["source_code"], "target_code": ev["target_code"],
                            "event_id": ev["event_id"]})
    return out
