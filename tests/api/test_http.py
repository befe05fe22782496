"""The REST API over a real uvicorn server and a temporary DuckDB file holding the examples (httpx, no mocks)."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from realpolitik import api, open_store
from tests.api.conftest import LiveServer

AUTH = {"Authorization": "Bearer s3cret-token"}


def get(live: LiveServer, path: str, **params: Any) -> httpx.Response:
    with live.client() as c:
        return c.get(path, params=params)


def test_events_are_the_python_api_shape(live: LiveServer, examples_db: Path) -> None:
    r = get(live, "/events", actor="TUR")
    assert r.status_code == 200
    with open_store(examples_db, read_only=True) as store:
        expected = api.events(store, actor="TUR", limit=100).to_dict()
    assert r.json() == expected and expected
    assert all("TUR" in (e["source_code"] or "") + (e["target_code"] or "") for e in expected)


def test_events_filters_match_the_cli_rules(live: LiveServer, examples_db: Path) -> None:
    with open_store(examples_db, read_only=True) as store:
        for params, kwargs in [({"dyad": "VEN,TUR"}, {"dyad": ("VEN", "TUR")}),
                               ({"modality": "all", "quad": 1}, {"modality": "all", "quad": 1}),
                               ({"since": "2017-10", "until": "2017-12-31"}, {"since": "2017-10-01",
                                                                             "until": "2017-12-31"})]:
            assert get(live, "/events", **params).json() == api.events(store, limit=100, **kwargs).to_dict()


def test_cursor_pagination_follows_next_links(live: LiveServer) -> None:
    everything = get(live, "/events", modality="all", limit=1000).json()
    assert len(everything) > 3
    seen: list[str] = []
    with live.client() as c:
        r = c.get("/events", params={"modality": "all", "limit": 3})
        while True:
            assert r.status_code == 200
            seen += [e["event_id"] for e in r.json()]
            if "next" not in r.links:
                break
            assert r.headers["X-Next-Cursor"] in r.links["next"]["url"]
            r = c.get(r.links["next"]["url"])
    assert seen == [e["event_id"] for e in everything]


def test_event_and_article_detail(live: LiveServer) -> None:
    first = get(live, "/events", actor="TUR", limit=1).json()[0]
    detail = get(live, f"/events/{first['event_id']}").json()
    assert detail["event_id"] == first["event_id"] and detail["mentions"]
    assert all(m["evidence"] and m["doc_id"] for m in detail["mentions"])
    article = get(live, f"/articles/{first['doc_id']}").json()
    assert first["evidence"] in article["text"]
    assert first["event_id"] in {e["event_id"] for e in article["events"]}
    missing = get(live, "/events/nope")
    assert missing.status_code == 404 and missing.json()["field"] == "event_id"
    assert get(live, "/articles/nope").status_code == 404


@pytest.mark.parametrize(("path", "params", "field"), [
    ("/events", {"since": "yesterday"}, "since"),
    ("/events", {"until": "2017-02-30"}, "until"),
    ("/events", {"limit": 5000}, "limit"),
    ("/events", {"limit": "ten"}, "limit"),
    ("/events", {"actor": "T';DROP"}, "actor"),
    ("/events", {"quad": 9}, "quad"),
    ("/events", {"modality": "perhaps"}, "modality"),
    ("/events", {"cursor": "garbage!"}, "cursor"),
    ("/events", {"dyad": "TUR"}, "dyad"),
    ("/events", {"limit": -1}, "limit"),
    ("/events", {"min_confidence": 1.5}, "min_confidence"),
    ("/events", {"min_confidence": "high"}, "min_confidence"),
    ("/events", {"directed": "maybe"}, "directed"),
    ("/events", {"quad": "x"}, "quad"),
    ("/dyads/TUR/V!N", {}, "b"),
    ("/dyads/TUR/VEN", {"by": "fortnight"}, "by"),
    ("/shifts", {"window": "soon"}, "window"),
    ("/sanctuary", {}, "leader"),
    ("/sanctuary", {"country": "XXX"}, None),
    ("/sanctuary", {"leader": "Nicolas Maduro", "as_of": "June"}, "as_of"),
    ("/actors/lookup", {"name": "Erdogan", "date": "12/05/2012"}, "date"),
    ("/blocs", {"against": "U$A"}, "against"),
])
def test_bad_input_is_a_4xx_naming_the_field(live: LiveServer, path: str, params: dict[str, Any],
                                             field: str | None) -> None:
    r = get(live, path, **params)
    assert 400 <= r.status_code < 500, r.text
    body = r.json()
    assert body["error"]
    if field:
        assert body["field"] == field


def test_analyses_answer_with_the_cli_shapes(live: LiveServer) -> None:
    series = get(live, "/dyads/TUR/VEN", by="month").json()
    assert series and all(row["n_events"] > 0 for row in series)
    assert {"period", "verbal_coop", "goldstein_mean"} <= set(series[0])
    edges = get(live, "/network").json()
    assert any({e["a"], e["b"]} == {"TUR", "VEN"} for e in edges)
    assert set(get(live, "/balance").json()) == {"modality", "summary", "triads", "enemy_of_enemy"}
    blocs = get(live, "/blocs", against="USA").json()
    assert blocs["reference"] == "USA" and "alignment" in blocs
    assert isinstance(get(live, "/shifts", window="30d").json(), list)
    stats = {(r["section"], r["key"]): r["value"] for r in get(live, "/stats").json()}
    assert stats[("totals", "articles")] == 5
    who = get(live, "/actors/lookup", name="Erdogan", date="2012-05-01").json()
    assert who[0]["code"].startswith("TUR") and who[0]["roles"]
    assert isinstance(get(live, "/actors/unknown").json(), list)


def test_sanctuary_ranks_turkey_first_for_maduro(live: LiveServer) -> None:
    report = get(live, "/sanctuary", leader="Nicolas Maduro").json()
    assert report["country"] == "VEN"
    top = report["candidates"][0]
    assert top["code"] == "TUR" and top["evidence"]


def test_openapi_and_docs(live: LiveServer) -> None:
    spec = get(live, "/openapi.json").json()
    assert {"/events", "/events/{event_id}", "/articles", "/articles/{doc_id}", "/actors/lookup", "/actors/unknown",
            "/dyads/{a}/{b}", "/network", "/balance", "/blocs", "/shifts", "/sanctuary", "/stats"} <= set(spec["paths"])
    assert get(live, "/docs").status_code == 200
    listed = {p["name"]: p["schema"] for p in spec["paths"]["/events"]["get"]["parameters"]}
    assert list(listed) == ["actor", "dyad", "directed", "code", "quad", "since", "until", "modality",
                            "min_confidence", "limit", "cursor"]
    assert listed["limit"] == {"type": "integer", "maximum": 1000, "minimum": 0, "default": 100, "title": "Limit"}
    assert listed["quad"]["anyOf"][0] == {"type": "integer", "maximum": 4, "minimum": 1}


def test_events_flags_take_the_documented_words(live: LiveServer) -> None:
    """``directed`` is a boolean in /openapi.json: the words FastAPI accepts for one work here too."""
    one_way = get(live, "/events", dyad="VEN,TUR", directed="true", modality="all").json()
    assert get(live, "/events", dyad="VEN,TUR", directed="yes", modality="all").json() == one_way
    assert get(live, "/events", dyad="VEN,TUR", directed="off", modality="all").json() == \
        get(live, "/events", dyad="VEN,TUR", modality="all").json()
    assert get(live, "/events", limit=1000).status_code == 200


ARTICLE = {"title": "Accord", "published": "2020-02-03",
           "text": "Turkey and Venezuela signed a trade agreement in Ankara on Monday."}


def test_writes_need_the_token(live: LiveServer) -> None:
    with live.client() as c:
        assert c.post("/articles", json=ARTICLE).status_code == 401
        wrong = c.post("/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403 and wrong.json()["field"] == "authorization"


def test_post_codes_stores_and_is_idempotent(live: LiveServer) -> None:
    with live.client(headers=AUTH) as c:
        first = c.post("/articles", json=[ARTICLE, {"text": 5}, {"title": "no text"}])
        assert first.status_code == 200, first.text
        body = first.json()
        assert [r["index"] for r in body["rejected"]] == [1, 2]
        assert "text" in body["rejected"][0]["reason"]
        stored = body["articles"][0]
        assert stored["stored"] is True
        assert any({e["source_code"][:3], e["target_code"][:3]} == {"TUR", "VEN"} for e in stored["events"])
        again = c.post("/articles", json=ARTICLE).json()["articles"][0]
        assert again["stored"] is False and again["events"] == stored["events"]
        article = c.get(f"/articles/{stored['doc_id']}").json()
        assert article["text"] == ARTICLE["text"]


@pytest.mark.parametrize(("content", "status"), [(b"{not json", 400), (b"[]", 422), (b'{"text": ["a"]}', 422),
                                                 (b'"just a string"', 422)])
def test_post_bad_bodies(live: LiveServer, content: bytes, status: int) -> None:
    with live.client(headers={**AUTH, "Content-Type": "application/json"}) as c:
        r = c.post("/articles", content=content)
    assert r.status_code == status and r.json()["error"]


def test_body_over_the_limit_is_413(start_server, examples_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    small = start_server(examples_db, tmp_path, token="t", max_body=1000)
    big = json.dumps({"text": "x" * 5000}).encode()
    with small.client(headers={"Authorization": "Bearer t"}) as c:
        assert c.post("/articles", content=big).status_code == 413

        def chunks():  # type: ignore[no-untyped-def]
            yield big[:600]
            yield big[600:]

        streamed = c.post("/articles", content=chunks(), headers={"Content-Type": "application/json"})
        assert streamed.status_code == 413 and streamed.json()["field"] == "body"


def test_without_a_token_only_local_clients_may_write(start_server, examples_db: Path,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    from realpolitik.api.app import create_app

    local = start_server(examples_db, tmp_path)
    with local.client() as c:
        assert c.post("/articles", json=ARTICLE).status_code == 200
    async def from_elsewhere() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(local.db), client=("10.1.2.3", 4000))
        async with httpx.AsyncClient(transport=transport, base_url="http://realpolitik") as remote:
            return await remote.post("/articles", json=ARTICLE)

    r = asyncio.run(from_elsewhere())
    assert r.status_code == 403 and "127.0.0.1" in r.json()["error"]


def test_reads_during_a_write_wait_and_never_see_half_a_batch(live: LiveServer) -> None:
    def totals() -> tuple[int, int]:
        rows = {(r["section"], r["key"]): r["value"] for r in get(live, "/stats").json()}
        return rows[("totals", "articles")], rows[("totals", "mentions")]

    before = totals()
    batch = [{"title": f"Visit {i}", "text": f"Turkey's foreign minister visited Caracas on day {i} of talks. "
              "Venezuela thanked Turkey for its support."} for i in range(6)]
    results: list[httpx.Response] = []
    writer = threading.Thread(target=lambda: results.append(live.client(headers=AUTH).post("/articles", json=batch)))
    writer.start()
    seen = set()
    while writer.is_alive():
        seen.add(totals())
    writer.join()
    assert results[0].status_code == 200
    after = totals()
    assert after[0] == before[0] + 6
    assert seen <= {before, after}, seen


def test_a_write_is_visible_at_once_to_indexed_and_cached_reads(live: LiveServer) -> None:
    """/events by dyad reads the dyad index and /sanctuary a pair table kept between requests; a POST
    refreshes the one and makes the other unreachable before it returns."""
    def turkey(report: dict[str, Any]) -> dict[str, Any]:
        return next(c for c in report["candidates"] if c["code"] == "TUR")

    params = {"country": "VEN", "as_of": "2030-01-01", "top": 300}
    before = get(live, "/sanctuary", **params).json()
    assert get(live, "/sanctuary", **params).json() == before  # the second answer comes from the kept table
    listed = get(live, "/events", dyad="TUR,VEN", modality="all", limit=1000).json()
    with live.client(headers=AUTH) as c:
        posted = c.post("/articles", json={"title": "Aid", "published": "2021-03-09",
                                           "text": "Turkey sent humanitarian aid to Venezuela on Tuesday."})
    assert posted.status_code == 200, posted.text
    new = [e for e in posted.json()["articles"][0]["events"] if {e["source_code"][:3], e["target_code"][:3]}
           == {"TUR", "VEN"}]
    assert new
    relisted = get(live, "/events", dyad="TUR,VEN", modality="all", limit=1000).json()
    assert {e["event_id"] for e in new} <= {e["event_id"] for e in relisted}
    assert len(relisted) > len(listed)
    after = get(live, "/sanctuary", **params).json()
    assert turkey(after)["observed"] != turkey(before)["observed"]
