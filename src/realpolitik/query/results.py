"""Result shapes: one type per verb, each with ``to_dict()`` giving its documented JSON shape.

The CLI's ``--format json``, the HTTP responses and the dashboard all serialise ``to_dict()``, so the
field names in ``docs/json-fields.md`` hold for every face. Listings serialise to a list of objects;
the few reports that are not lists (balance, blocs, sanctuary, one event, one article, the summary)
serialise to one documented object. ``rows()`` is the flat view used for tables and CSV.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

_PLAIN = frozenset({str, int, float, bool, type(None)})


def jsonable(value: Any) -> Any:
    """Dates → ISO strings, tuples → lists, recursively; everything else as is."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


@dataclass
class Listing:
    """Rows of one kind; JSON is a list of objects."""

    items: list[dict[str, Any]]
    title: str = ""
    columns: tuple[str, ...] = ()

    def to_dict(self) -> list[dict[str, Any]]:
        return [jsonable(r) for r in self.items]

    def rows(self) -> list[dict[str, Any]]:
        return self.items

    def __len__(self) -> int:
        return len(self.items)


@dataclass
class EventList(Listing):
    """Events with their evidence; ``next_cursor`` continues the listing where it stopped (None: done)."""

    next_cursor: str | None = None


class DyadSeries(Listing):
    """One row per period between two actors."""


class NetworkEdges(Listing):
    """One row per related pair of states (the signed network's edges)."""


class ShiftList(Listing):
    """Dyads whose relation changed, strongest first, with driving events."""


class StatsRows(Listing):
    """``stats`` as ``{section, key, value}`` rows."""


class ActorMatches(Listing):
    """An actor lookup: the dictionary entry a name resolves to on a date, and why."""


class UnknownNames(Listing):
    """Frequent names the dictionaries did not resolve."""


@dataclass
class Report:
    """One JSON object (documented field by field); ``rows()`` is its main list for tables/CSV."""

    data: dict[str, Any] = field(default_factory=dict)
    main: str = ""

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self.data)  # type: ignore[no-any-return]

    def rows(self) -> list[dict[str, Any]]:
        value = self.data.get(self.main, []) if self.main else []
        return list(value) if isinstance(value, list) else []

    def __getitem__(self, key: str) -> Any:
        return self.data[key]


class Balance(Report):
    """Triads and enemy-of-my-enemy patterns with the evidence behind each edge."""


class Blocs(Report):
    """Signed communities and, with a reference state, alignment over time."""


class Sanctuary(Report):
    """Ranked host candidates for a leader, each component with its evidence."""


class EventDetail(Report):
    """One event with every mention (sentence) behind it."""


class ArticleDetail(Report):
    """One article's text and the events coded from it."""


class Summary(Report):
    """What the store holds at a glance (the main job's last step)."""
