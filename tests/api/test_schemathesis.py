"""Property-based requests from /openapi.json against the live server: no 5xx, responses match the schema.

Bounded (a few examples per operation, no shrinking) so it fits in CI time. Writes are made without the
token, so POST /articles exercises validation and the 401 path without coding articles.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.conftest import LiveServer

MAX_EXAMPLES = 12
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def _operations(live: LiveServer) -> list[schemathesis.APIOperation]:
    schema = schemathesis.openapi.from_url(f"{live.url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def test_every_operation_is_exercised(live: LiveServer) -> None:
    labels = {op.label for op in _operations(live)}
    assert {"GET /events", "POST /articles", "GET /sanctuary", "GET /dyads/{a}/{b}"} <= labels


@pytest.mark.parametrize("label", ["GET /events", "GET /events/{event_id}", "GET /articles/{doc_id}",
                                   "POST /articles", "GET /actors/lookup", "GET /actors/unknown",
                                   "GET /dyads/{a}/{b}", "GET /network", "GET /balance", "GET /blocs",
                                   "GET /shifts", "GET /sanctuary", "GET /stats"])
def test_no_server_errors_and_schema_conformance(live: LiveServer, label: str) -> None:
    operation = next(op for op in _operations(live) if op.label == label)

    @given(case=operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck), database=None)
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS)

    run()
