"""One query layer: the filter value every listing and analysis takes, and one result type per verb."""

from realpolitik.query.results import (
    ActorMatches,
    ArticleDetail,
    Balance,
    Blocs,
    DyadSeries,
    EventDetail,
    EventList,
    Listing,
    NetworkEdges,
    Report,
    Sanctuary,
    ShiftList,
    StatsRows,
    Summary,
    UnknownNames,
    jsonable,
)
from realpolitik.query.value import (
    MAX_LIMIT,
    Query,
    QueryError,
    actor_sql,
    decode_cursor,
    encode_cursor,
    modality_label,
    parse_code,
    parse_date,
    parse_modalities,
)

__all__ = [
    "MAX_LIMIT", "ActorMatches", "ArticleDetail", "Balance", "Blocs", "DyadSeries", "EventDetail", "EventList",
    "Listing", "NetworkEdges", "Query", "QueryError", "Report", "Sanctuary", "ShiftList", "StatsRows", "Summary",
    "UnknownNames", "actor_sql", "decode_cursor", "encode_cursor", "jsonable", "modality_label", "parse_code",
    "parse_date", "parse_modalities",
]
