"""Where could a leader go? Ranking candidate host states for a leader leaving power.

Every candidate is a state that exists at ``as_of`` (no hand-set list). Its score is a weighted sum
of components, each in a documented range, each shown in the output (``docs/analysis.md`` has the
formulas, the reasons and a worked example).

Events count up to ``as_of`` (every signal, the leader's own included), between states, i.e. a
country or its organs — see ``state_expr``: the opposition, rebels or an ethnic group do not speak for
their state. Asserted only unless the filters say otherwise. Each event weighs pow(0.5, age /
half_life) — by default an event two years before ``as_of`` counts half. Events from articles without
a publication date count at ``UNDATED_WEIGHT`` without an explicit ``as_of`` and not at all with one.

**Volume-aware event signals.** A superpower's coverage must not make it everyone's friend, so every
event signal compares the observed (weighted) count O of one kind of event between candidate C and
the leader's country L with the count E that the two states' overall activity of that kind predicts
(the configuration-model expectation E = T_C · T_L / 2T, where T_X is X's events of that kind with
every state and T all such events), as a bounded relative excess

    excess(O, E) = (O − E) / (O + E + 2)        in (−1, 1); 0 with no events at all

(the tanh of half the log-lift, shrunk by one pseudo-event on each side). Positive means more than
the two states' activity predicts, negative less; the sign is kept.

- ``cooperation``: excess of cooperation (QuadClass 1–2) between C and L, either direction, floored
  at 0 (fewer events than expected is no evidence against: news falls away).
- ``tone`` (signed): the shrunk log-odds ratio of cooperation to conflict between C and L against
  the mix their activity predicts for the pair (``_Totals.tone``); a superpower's thousand meetings
  and thousand threats are intense, not friendly.
- ``material_support``: excess of material cooperation or aid from C to L (CAMEO 06x, 07x); E from
  C's material cooperation given and L's received; floored at 0.
- ``visits``: excess of visits made or hosted between the two (CAMEO 042, 043, 044); floored at 0.
- ``conflict_with_leader`` (negative weight): excess of conflict (QuadClass 3–4) between C and L,
  floored at 0.
- ``asylum``: events between C and L coded 075 (grant asylum) or whose evidence sentence speaks of
  asylum, exile, a safe haven, sanctuary or refuge — in *every* modality, weighted by
  ``MODALITY_WEIGHTS`` (speculation that a state may take him in is the signal; a denial counts
  against); 0.5–1 by log volume relative to the strongest candidate (``presence``), signed.
- Pressing states P: the (at most ``MAX_PRESSERS``) states whose relation with L is net hostile
  (``tone`` < 0) and whose conflict directed at L most exceeds what their conflict activity
  predicts (O − E > 0), each weighted by its share of that excess. ``pressing`` (negative weight):
  for a pressing candidate, the excess of its conflict directed at L — a state campaigning against
  the leader is the one that would hand him over. Pressing states are ranked after every state that
  is not pressing, and each says so in its ``note`` with the rank its score alone would give.
  ``hostility_to_pressers``: pressure-weighted excess of conflict with P (floored at 0);
  ``cooperation_with_pressers`` (negative weight): pressure-weighted tone with P;
  ``shared_adversaries``: pressure-weighted share of P with which C's tone is negative.

**The leader in person** (counted apart from the state's relations; found by the dictionary entity
id or the leader's full names; the other side by its state code or, for a named person with no
code, the dictionary's country for that person on the event's date): ``leader_visits`` (042–044),
``leader_contacts`` (consultations, calls, meetings, negotiation: 036, 040, 041, 045, 046),
``leader_praise`` (051–053) and ``leader_conflict`` (negative weight, QuadClass 3–4), each the excess
of C's share of the leader's events of that kind over C's share of all such events among states.

Structural signals (reference tables, latest year available up to ``as_of``): ``alliance`` (strongest
ATOP pledge with L, 0–1, divided by log2(1 + number of L's allies) so that one of thirty partners in a
regional treaty counts less than one of two), ``contiguity`` (COW, land 1 … 400-mile sea 0.2), ``proximity``
(exp(-distance between capitals / 3000 km)), ``shared_igos`` (inverse-size-weighted shared IGO
memberships, scaled by the best candidate).

Weights come from ``DEFAULT_WEIGHTS`` overridden by ``Settings.sanctuary_weights`` (TOML
``[realpolitik.sanctuary_weights]``). A candidate with no event with L is marked
``basis = "structural only"``. Structural weights are deliberately small (0.85 in all, below one
strong event signal): the tables end in 2014–2018 and are shared by many states, so they act as a
prior that orders candidates the news says nothing about.
"""

from __future__ import annotations

import math
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

import duckdb

from realpolitik.analysis.blocs import TONE_PRIOR
from realpolitik.analysis.cache import cached
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
from realpolitik.store import dyads

DEFAULT_WEIGHTS: dict[str, float] = {
    "cooperation": 1.0, "tone": 1.0, "material_support": 0.8, "visits": 0.8, "asylum": 1.5,
    "conflict_with_leader": -1.0, "pressing": -1.0, "shared_adversaries": 0.5, "hostility_to_pressers": 0.5,
    "cooperation_with_pressers": -0.3,
    "leader_visits": 0.8, "leader_contacts": 0.5, "leader_praise": 0.5, "leader_conflict": -0.8,
    "alliance": 0.25, "contiguity": 0.25, "proximity": 0.15, "shared_igos": 0.2,
}
LEADER_COMPONENTS = ("leader_visits", "leader_contacts", "leader_praise", "leader_conflict")
EVENT_COMPONENTS = ("asylum", "visits", "material_support", "cooperation", "tone", "hostility_to_pressers",
                    "shared_adversaries", "cooperation_with_pressers", "conflict_with_leader", "pressing",
                    *LEADER_COMPONENTS)
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


def _sum_w(cond: str | None = None) -> str:
    """The sum of event weights ``w`` (of the rows meeting ``cond``) in fixed point, 1e-12 units: a
    float sum depends on the order DuckDB's threads add rows in, and a last-digit difference can flip
    a sign test (``tone`` < 0) and so a ranking; integers add up the same in any order."""
    where = f" FILTER (WHERE {cond})" if cond else ""
    return f"(coalesce(sum(CAST(round(w * 1e12) AS BIGINT)){where}, 0) / 1e12)"


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


def excess(observed: float, expected: float, unit: float = 1.0) -> float:
    """Bounded relative excess (O − E) / (O + E + 2u): the tanh of half the log-lift, shrunk by one
    pseudo-event (of the store's mean event weight u) on each side; 0 with no events at all."""
    return (observed - expected) / (observed + expected + 2.0 * unit)


_KINDS = ("coop", "conflict", "visits", "material")


_KIND_SQL = {"coop": "quad_class IN (1, 2)", "conflict": "quad_class IN (3, 4)",
             "visits": "base_code IN ('042', '043', '044')", "material": "root_code IN ('06', '07')"}


def _pair_table(
    con: duckdb.DuckDBPyConnection, as_of: date, filters: Filters, half_life: float, undated: bool,
) -> dict[tuple[str, str], dict[str, float]]:
    """Weighted event counts of each kind per directed pair of states, in one aggregate over the store:
    the totals every expectation is computed from. (The evidence ids of the few pairs a ranking shows
    come from ``_pair_ids``.)"""
    where, params = filters.sql("e")
    kinds = ", ".join(f"{_sum_w(cond)} AS {k}" for k, cond in _KIND_SQL.items())
    sql = f"""
    WITH ev AS (
        SELECT {state_expr('source')} AS sc, {state_expr('target')} AS tc,
               e.quad_class, e.root_code, e.base_code, {_decay(as_of, half_life)} AS w
        FROM events e WHERE {_dated(undated)} AND {where}
    )
    SELECT sc, tc, {_sum_w()} AS weight, count(*) AS n, {kinds}
    FROM ev WHERE sc IS NOT NULL AND tc IS NOT NULL AND sc <> tc GROUP BY ALL ORDER BY sc, tc
    """
    states = countries()
    counts: dict[tuple[str, str], dict[str, float]] = {}
    for sc, tc, weight, n, *values in con.execute(sql, [as_of, *params]).fetchall():
        if sc in states and tc in states:
            counts[(sc, tc)] = dict(zip(_KIND_SQL, map(float, values), strict=True)) | {"weight": float(weight),
                                                                                       "n": float(n)}
    return counts


_ID_COLUMNS = ("event_id", "num_mentions", "source_code", "source_country", "target_code", "target_country",
               "event_code", "base_code", "root_code", "quad_class", "event_date", "modality", "confidence")


def _pair_ids(
    con: duckdb.DuckDBPyConnection, as_of: date, filters: Filters, half_life: float, undated: bool, n_ids: int,
    pairs: set[tuple[str, str]],
) -> dict[tuple[str, str], dict[str, list[str]]]:
    """The ids of the weightiest events of each kind (``n_ids``, ties by event id) for the given directed
    pairs of states: the evidence of the candidates shown. Read from the dyad index rows of those pairs
    when the store has it (the same events, found without a pass over all of them)."""
    if not pairs:
        return {}
    where, params = filters.sql("e")
    kinds = ", ".join(f"max_by(event_id, (w * num_mentions, event_id), {int(n_ids)}) FILTER (WHERE {cond}) AS ids_{k}"
                      for k, cond in _KIND_SQL.items())
    source, pre = "events", list[Any]()
    if dyads.available(con):
        keys = sorted({f"{min(a, b)[:3]} {max(a, b)[:3]}" for a, b in pairs})
        source = (f"(SELECT DISTINCT {', '.join(_ID_COLUMNS)} FROM {dyads.TABLE} "
                  "WHERE pair IN (SELECT unnest(?::VARCHAR[])))")
        pre = [keys]
    sql = f"""
    WITH ev AS (
        SELECT e.event_id, e.num_mentions, {state_expr('source')} AS sc, {state_expr('target')} AS tc,
               e.quad_class, e.root_code, e.base_code, {_decay(as_of, half_life)} AS w
        FROM {source} e WHERE {_dated(undated)} AND {where}
    )
    SELECT sc, tc, {kinds} FROM ev WHERE list_contains(?::VARCHAR[], sc || '>' || tc) GROUP BY ALL
    """
    wanted = sorted(f"{a}>{b}" for a, b in pairs)
    out: dict[tuple[str, str], dict[str, list[str]]] = {}
    for sc, tc, *values in con.execute(sql, [*pre, as_of, *params, wanted]).fetchall():
        out[(sc, tc)] = {f"ids_{k}": list(v or []) for k, v in zip(_KIND_SQL, values, strict=True)}
    return out


class _KeptIds:
    """Evidence ids of pairs already read, kept with the pair table they belong to (same store write
    and parameters): the strongest states press many leaders and are cited for many candidates."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, str], dict[str, list[str]]] = {}
        self._lock = threading.Lock()

    def ids(
        self, read: Callable[[set[tuple[str, str]]], dict[tuple[str, str], dict[str, list[str]]]],
        pairs: set[tuple[str, str]],
    ) -> dict[tuple[str, str], dict[str, list[str]]]:
        with self._lock:
            missing = {p for p in pairs if p not in self._ids}
        found = read(missing) if missing else {}
        with self._lock:
            for p in missing:
                self._ids.setdefault(p, found.get(p, {}))
            return {p: self._ids[p] for p in pairs}


def _pair_totals(
    con: duckdb.DuckDBPyConnection, as_of: date, filters: Filters, half_life: float, undated: bool, n_ids: int,
) -> tuple[dict[tuple[str, str], dict[str, float]], _Totals, _KeptIds]:
    """The pair table and its totals, which do not depend on the leader's country: computed once per
    store write and parameters (``analysis/cache.py``), so that every country asked about after the
    first reads them instead of aggregating every event again; pairs' evidence ids are kept beside."""
    def compute() -> tuple[dict[tuple[str, str], dict[str, float]], _Totals, _KeptIds]:
        counts = _pair_table(con, as_of, filters, half_life, undated)
        return counts, _Totals(counts), _KeptIds()

    return cached(con, "sanctuary.pairs", (as_of, filters, half_life, undated, n_ids), compute)


class _Totals:
    """Per-state totals of each kind (undirected, and directed out/in) and the network totals."""

    def __init__(self, pairs: dict[tuple[str, str], dict[str, float]]) -> None:
        self.any: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(_KINDS, 0.0))
        self.out: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(_KINDS, 0.0))
        self.into: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(_KINDS, 0.0))
        self.all = dict.fromkeys(_KINDS, 0.0)
        self.undirected: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: dict.fromkeys(_KINDS, 0.0))
        self.directed = pairs
        self._tones: dict[tuple[str, str], float] = {}
        weight = sum(row["weight"] for row in pairs.values())
        count = sum(row["n"] for row in pairs.values())
        self.unit = weight / count if count else 1.0
        for (a, b), row in pairs.items():
            key = (min(a, b), max(a, b))
            for k in _KINDS:
                v = row[k]
                self.any[a][k] += v
                self.any[b][k] += v
                self.out[a][k] += v
                self.into[b][k] += v
                self.all[k] += v
                self.undirected[key][k] += v

    def pair(self, a: str, b: str, kind: str) -> float:
        return self.undirected.get((min(a, b), max(a, b)), {}).get(kind, 0.0)

    def expected(self, a: str, b: str, kind: str) -> float:
        """What a's and b's activity with every *other* state predicts for the pair (configuration model,
        leaving the pair's own events out so that a store of one relation does not expect itself)."""
        own = self.pair(a, b, kind)
        total = self.all[kind] - own
        return (self.any[a][kind] - own) * (self.any[b][kind] - own) / (2 * total) if total > 0 else 0.0

    def share(self, a: str, b: str, kind: str) -> float:
        """a's share of all events of a kind among states, leaving out its events with b."""
        own = self.pair(a, b, kind)
        total = self.all[kind] - own
        return (self.any[a][kind] - own) / (2 * total) if total > 0 else 0.0

    def excess(self, a: str, b: str, kind: str) -> float:
        return excess(self.pair(a, b, kind), self.expected(a, b, kind), self.unit)

    def tone(self, a: str, b: str) -> float:
        key = (min(a, b), max(a, b))
        if key not in self._tones:
            self._tones[key] = self._tone(*key)
        return self._tones[key]

    def _tone(self, a: str, b: str) -> float:
        """Cooperative tone of a–b in (−1, 1): tanh of half the shrunk log-odds ratio of cooperation to
        conflict between them against the mix their overall activity predicts for the pair (the
        expected cooperation and conflict counts); ``TONE_PRIOR`` pseudo-events in that mix."""
        coop = self.all["coop"] - self.pair(a, b, "coop")
        conflict = self.all["conflict"] - self.pair(a, b, "conflict")
        p = coop / (coop + conflict) if coop + conflict > 0 else 0.5
        e_coop, e_conflict = self.expected(a, b, "coop"), self.expected(a, b, "conflict")
        q = min(max((e_coop + self.unit * p) / (e_coop + e_conflict + self.unit), 1e-6), 1 - 1e-6)
        prior = TONE_PRIOR * self.unit
        log_ratio = math.log((self.pair(a, b, "coop") + prior * q)
                             / (self.pair(a, b, "conflict") + prior * (1 - q))) - math.log(q / (1 - q))
        return math.tanh(log_ratio / 2)


def _directed(totals: _Totals, a: str, b: str) -> dict[str, float]:
    """Weighted counts of events from a to b (directed)."""
    return totals.directed.get((a, b), dict.fromkeys(_KINDS, 0.0))


def _expected_directed(totals: _Totals, a: str, b: str, kind: str) -> float:
    """Events from a to b that a's giving and b's receiving with other states predict."""
    own = _directed(totals, a, b)[kind]
    total = totals.all[kind] - own
    return (totals.out[a][kind] - own) * (totals.into[b][kind] - own) / total if total > 0 else 0.0


def leader_identity(name: str | None, when: date) -> tuple[str | None, list[str]]:
    """The leader's dictionary entity id and full names (folded), to find events of the person."""
    if not name:
        return None, []
    names = {_fold(name)}
    entity = None
    try:
        from realpolitik.actors.resolver import ActorResolver

        resolver = ActorResolver.default()
        res = resolver.lookup(name, when)
        if res is not None:
            entity = res.entity_id
            for entry in resolver.entries_for(name):
                if entry.entity_id == entity:
                    names.update(_fold(n) for n in entry.names)
    except ImportError:
        pass
    return entity, sorted(n for n in names if len(n.split()) >= 2)


_LEADER_KINDS = {
    "leader_visits": "base_code IN ('042', '043', '044')",
    "leader_contacts": "base_code IN ('036', '040', '041', '045', '046')",
    "leader_praise": "base_code IN ('051', '052', '053')",
    "leader_conflict": "quad_class IN (3, 4)",
}


def _leader_events(
    con: duckdb.DuckDBPyConnection, entity: str | None, names: list[str], home: str, as_of: date,
    filters: Filters, half_life: float, undated: bool,
) -> dict[str, dict[str, Any]]:
    """The leader's own events per other state: weighted counts and top event ids of each kind."""
    if not entity and not names:
        return {}
    where, params = filters.sql("e")
    folded = ", ".join("?" for _ in names) or "NULL"

    def me(side: str) -> str:
        return (f"(coalesce(e.{side}_entity = ?, false) OR "
                f"strip_accents(lower(coalesce(e.{side}_name, ''))) IN ({folded}))")

    me_params = [entity or "", *names]
    kinds = ", ".join(
        f"{_sum_w(cond)} AS {k}, max_by(event_id, (w, event_id), 5) FILTER (WHERE {cond}) AS ids_{k}"
        for k, cond in _LEADER_KINDS.items())
    sql = f"""
    WITH ev AS (
        SELECT e.*, {_decay(as_of, half_life)} AS w, {me('source')} AS from_me, {me('target')} AS to_me,
               {state_expr('source')} AS sc, {state_expr('target')} AS tc
        FROM events e WHERE {_dated(undated)} AND {where}
    ), mine AS (
        SELECT *, CASE WHEN from_me THEN tc ELSE sc END AS other,
               CASE WHEN from_me THEN target_name ELSE source_name END AS other_name,
               CASE WHEN from_me THEN target_code ELSE source_code END AS other_code,
               event_date AS day
        FROM ev WHERE (from_me OR to_me) AND NOT (from_me AND to_me)
    )
    SELECT other, other_name, other_code, min(day) AS day, {kinds}
    FROM mine GROUP BY ALL ORDER BY other NULLS LAST, other_name NULLS LAST, other_code NULLS LAST
    """
    rows = fetch_dicts(con, sql, [*me_params, *me_params, as_of, *params])
    states = countries()
    resolver = None
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        other = r["other"]
        if other not in states and not r["other_code"] and r["other_name"]:
            if resolver is None:
                from realpolitik.actors.resolver import ActorResolver

                resolver = ActorResolver.default()
            res = resolver.lookup(r["other_name"], r["day"] or as_of)
            if res is not None and res.code and (len(res.code) == 3 or res.code[3:6] in STATE_SECTORS):
                other = res.country
        if other not in states or other == home:
            continue
        slot = out.setdefault(other, {k: 0.0 for k in _LEADER_KINDS} | {f"ids_{k}": [] for k in _LEADER_KINDS})
        for k in _LEADER_KINDS:
            slot[k] += float(r[k])
            slot[f"ids_{k}"] += list(r[f"ids_{k}"] or [])
    return out


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


def _asylum_signals(
    con: duckdb.DuckDBPyConnection, home: str, as_of: date, half_life: float, undated: bool
) -> dict[str, tuple[float, list[str]]]:
    table, near, near_params = "events", "TRUE", list[str]()
    if dyads.available(con):  # the rows of pairs naming the country, instead of every event
        table = dyads.TABLE
        near, near_params = dyads.touching(home, "e")
    sql = f"""
    WITH ev AS (
        SELECT e.event_id, e.event_code, e.modality, {_decay(as_of, half_life)} AS w, {state_expr('source')} AS sc,
               {state_expr('target')} AS tc
        FROM {table} e WHERE {near} AND {_dated(undated)} AND {_TOUCHES}
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
    rows = con.execute(sql, [*near_params, as_of, *[home] * 8, ASYLUM_REGEX]).fetchall()
    for other, event_id, modality, w in rows:
        total, ids = out.get(other, (0.0, []))
        out[other] = (total + MODALITY_WEIGHTS.get(modality, 0.5) * float(w), [*ids, event_id])
    return out


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
    asylum = _asylum_signals(con, home, day, half_life, undated)
    counts, totals, kept = _pair_totals(con, day, filters, half_life, undated, max(3, evidence_per_component))
    pair_ids: dict[tuple[str, str], dict[str, list[str]]] = {}

    def ids_between(a: str, b: str, kind: str, directed: bool = False) -> list[str]:
        found = list(pair_ids.get((a, b), {}).get(f"ids_{kind}") or [])
        return found if directed else found + list(pair_ids.get((b, a), {}).get(f"ids_{kind}") or [])

    entity, names = leader_identity(leader, day) if leader else (None, [])
    personal = _leader_events(con, entity, names, home, day, filters, half_life, undated)
    states = countries()
    pressure: dict[str, tuple[float, float]] = {}
    for c in list(totals.out):
        directed = _directed(totals, c, home)["conflict"]
        expected = _expected_directed(totals, c, home, "conflict")
        if c != home and c in states and directed - expected > 0 and totals.tone(c, home) < 0:
            pressure[c] = (directed - expected, excess(directed, expected, totals.unit))
    strongest = sorted(((v[0], c) for c, v in pressure.items() if c != home), reverse=True)[:MAX_PRESSERS]
    pressed = sum(p for p, _ in strongest)
    pressers = {c: p / pressed for p, c in strongest}
    leader_totals = {k: sum(float(v[k]) for v in personal.values()) for k in _LEADER_KINDS}
    leader_basis = {"leader_visits": "visits", "leader_contacts": "coop", "leader_praise": "coop",
                    "leader_conflict": "conflict"}

    year = day.year
    pool = sorted(c for c, info in countries().items() if c != home and info.exists_in(year))
    pool_set = set(pool)
    related = {a for a, b in counts if b == home} | {b for a, b in counts if a == home}
    pool += sorted(c for c in related | set(asylum) | set(personal)
                   if c in states and c not in pool_set and c != home)
    igo_weight = {c: shared_igos(home, c, year) for c in pool}
    allies = {c: alliance(home, c, year) for c in pool}
    ally_damp = math.log2(1 + sum(1 for v in allies.values() if v[0] > 0)) or 1.0
    max_igo = max((v[0] for v in igo_weight.values()), default=0.0)
    max_asylum = max((abs(v[0]) for v in asylum.values()), default=0.0)

    candidates: list[dict[str, Any]] = []
    for c in pool:
        asy = asylum.get(c, (0.0, []))
        mine = personal.get(c, {})
        comp: dict[str, float] = {
            "cooperation": max(0.0, totals.excess(c, home, "coop")),
            "tone": totals.tone(c, home),
            "material_support": max(0.0, excess(_directed(totals, c, home)["material"],
                                                _expected_directed(totals, c, home, "material"), totals.unit)),
            "visits": max(0.0, totals.excess(c, home, "visits")),
            "asylum": math.copysign(presence(abs(asy[0]), max_asylum), asy[0]) if asy[0] else 0.0,
            "conflict_with_leader": max(0.0, totals.excess(c, home, "conflict")),
            "pressing": pressure[c][1] if c in pressers else 0.0,
            "shared_adversaries": sum(share for p, share in pressers.items() if p != c and totals.tone(c, p) < 0),
            "hostility_to_pressers": sum(share * max(0.0, totals.excess(c, p, "conflict"))
                                         for p, share in pressers.items() if p != c),
            "cooperation_with_pressers": sum(share * totals.tone(c, p) for p, share in pressers.items() if p != c),
        }
        for k, basis in leader_basis.items():
            share_all = totals.share(c, home, basis)
            comp[k] = max(0.0, excess(float(mine.get(k, 0.0)), leader_totals[k] * share_all, totals.unit)) \
                if leader_totals[k] else 0.0
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
        has_events = c in related or bool(asy[1]) or any(abs(comp[k]) > 1e-9 for k in EVENT_COMPONENTS)
        ids_by_component = {  # the pair components' ids are added once the candidates shown are known
            "asylum": asy[1],
            **{k: list(mine.get(f"ids_{k}", [])) for k in LEADER_COMPONENTS},
        }
        candidates.append({
            "code": c, "name": country_name(c), "score": round(score, 4),
            "basis": "events and structure" if has_events else "structural only",
            "components": {k: round(v, 4) for k, v in comp.items()},
            "observed": {"cooperation": round(totals.pair(c, home, "coop"), 2),
                         "conflict": round(totals.pair(c, home, "conflict"), 2),
                         "visits": round(totals.pair(c, home, "visits"), 2),
                         **{k: round(float(mine.get(k, 0.0)), 2) for k in LEADER_COMPONENTS}},
            "expected": {"cooperation": round(totals.expected(c, home, "coop"), 2),
                         "conflict": round(totals.expected(c, home, "conflict"), 2),
                         "visits": round(totals.expected(c, home, "visits"), 2)},
            "structure": {"alliance_types": ally_types, "contiguity": cont_type,
                          "distance_km": None if dist is None else round(dist), "shared_igos": igo_names[:8]},
            "_ids": ids_by_component,
        })
    score_rank = {c["code"]: i for i, c in enumerate(sorted(candidates, key=lambda r: (-r["score"], r["code"])), 1)}
    candidates.sort(key=lambda r: (r["code"] in pressers, -r["score"], r["code"]))
    chosen = candidates[:top] if top else candidates
    shown = {cand["code"] for cand in chosen}
    pair_ids.update(kept.ids(lambda pairs: _pair_ids(con, day, filters, half_life, undated,
                                                     max(3, evidence_per_component), pairs),
                             {pair for c in shown for p in [home, *pressers] if p != c for pair in ((c, p), (p, c))}))
    for cand in chosen:
        c = cand["code"]
        cand["_ids"].update({
            "visits": ids_between(c, home, "visits"),
            "material_support": ids_between(c, home, "material", directed=True),
            "cooperation": ids_between(c, home, "coop"),
            "conflict_with_leader": ids_between(c, home, "conflict"),
            "pressing": ids_between(c, home, "conflict", directed=True) if c in pressers else [],
            "hostility_to_pressers": [i for p in pressers if p != c for i in ids_between(c, p, "conflict")],
            "cooperation_with_pressers": [i for p in pressers if p != c for i in ids_between(c, p, "coop")],
        })
    wanted = [i for cand in chosen for ids in cand["_ids"].values() for i in ids[:evidence_per_component]]
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    distinct = list(dict.fromkeys(wanted))
    side_names = {r[0]: (r[1], r[2]) for r in con.execute(  # by primary key: a list of ids, not a join
        f"SELECT event_id, source_name, target_name FROM events WHERE event_id IN ({', '.join('?' * len(distinct))})",
        distinct).fetchall()} if wanted else {}
    for ev in evidence_for(con, wanted, per_event=2):
        ev["source_name"], ev["target_name"] = side_names.get(ev["event_id"], (None, None))
        found[ev["event_id"]].append(ev)
    for rank, cand in enumerate(chosen, start=1):
        cand["rank"] = rank
        cand["evidence"] = _candidate_evidence(cand.pop("_ids"), found, evidence_per_component)
        if cand["basis"] == "structural only":
            cand["note"] = "appears through structural signals alone (no events with the leader's country)"
        elif cand["code"] in pressers:
            lifts = sorted(((w[k] * v, k) for k, v in cand["components"].items() if w[k] * v > 0), reverse=True)
            cand["note"] = (f"listed as pressing {home} ({pressers[cand['code']]:.0%} of the excess conflict directed "
                            f"at it): ranked after every state that is not pressing; its score alone would place "
                            f"it at rank {score_rank[cand['code']]}, on " + ", ".join(k for _, k in lifts[:3]))
    return {
        "leader": leader, "country": home, "country_name": country_name(home), "resolved_by": how,
        "as_of": day.isoformat(), "modality": filters.label, "undated_events": _count_undated(con, home, undated),
        "pressers": {k: round(v, 3) for k, v in sorted(pressers.items(), key=lambda kv: -kv[1])},
        "leader_entity": entity, "leader_names": names,
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
                            "source_name": ev.get("source_name"), "target_name": ev.get("target_name"),
                            "event_id": ev["event_id"]})
    return out
