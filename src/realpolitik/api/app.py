"""The HTTP face: a FastAPI app over the same functions as the CLI (``realpolitik.api``).

DuckDB allows one writer per file, so the app holds the file's only connection. Every read request
runs on its own cursor of that connection (DuckDB cursors see committed data only, so a read never
sees half a batch); every write goes through one single-thread executor, the writer task, which codes
and stores a batch in one transaction. A request that arrives while a batch commits waits its turn.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager, nullcontext
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

import anyio
import anyio.to_thread
import orjson
from fastapi import FastAPI, Request
from fastapi import Path as PathParam
from fastapi import Query as Param
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from realpolitik import api
from realpolitik.errors import InputError, RealpolitikError, StoreError
from realpolitik.query import MAX_LIMIT, Query, QueryError
from realpolitik.settings import Settings
from realpolitik.store import Store, open_store
from realpolitik.store.queries import snapshot

log = logging.getLogger("realpolitik.api")
STATIC = Path(__file__).with_name("static")
DEFAULT_MAX_BODY = 5 * 1024 * 1024
LOCAL_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
T = TypeVar("T")

ERROR_SCHEMA = {"type": "object", "required": ["error"],
                "properties": {"error": {"type": "string"}, "field": {"type": ["string", "null"]}}}
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": why, "content": {"application/json": {"schema": ERROR_SCHEMA}}}
    for code, why in ((400, "Malformed request"), (404, "Not found"), (422, "Invalid parameter (named in `field`)"))
}
CODE_PATTERN = r"^[A-Za-z0-9]{3,15}$"


class ApiError(Exception):
    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.field = status, message, field


def _fallback(value: Any) -> Any:
    """What orjson does not serialise itself: decimals, sets, numpy scalars and float subclasses."""
    if isinstance(value, set | frozenset):
        return list(value)
    if isinstance(value, Decimal | float):
        return float(value)
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


class Json(JSONResponse):
    """JSON rendered by orjson: dates and datetimes as ISO strings (as ``jsonable`` writes them), NaN as
    null, several times faster than the standard library on a page of events (measured in
    benchmarks/api.py), and in C, so concurrent requests do not queue on the GIL while encoding."""

    def render(self, content: Any) -> bytes:
        return render_json(content)


def render_json(content: Any) -> bytes:
    return orjson.dumps(content, default=_fallback, option=orjson.OPT_NON_STR_KEYS)


def error(status: int, message: str, field: str | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    return Json({"error": message, "field": field}, status_code=status, headers=headers)


SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
]


class Guard:
    """ASGI middleware: refuse a declared body over ``max_body`` (413) before reading it, and add the
    security headers to every response. Plain ASGI rather than ``@app.middleware("http")``, whose
    request/response wrapping and extra task cost more server CPU than a page of events' JSON."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            length = dict(scope["headers"]).get(b"content-length", b"")
            if length.isdigit() and int(length) > self.max_body:
                reply = error(413, f"request body over {self.max_body} bytes", "body")
                reply.raw_headers.extend(SECURITY_HEADERS)
                await reply(scope, receive, send)
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def query_threads() -> int:
    """DuckDB threads per query for the server: half the cores (at least one). Concurrent requests
    already run on their own threads; on two cores a second thread per query only adds scheduling
    work to a page of events (about 0.6 ms of CPU each, and a cold /sanctuary is no slower: measured
    while writing this, see benchmarks/api.py's server CPU per request)."""
    return max(1, (os.cpu_count() or 1) // 2)


class Backend:
    """The database file's one connection, a cursor per read, and the single writer."""

    def __init__(self, db: Path, settings: Settings, pipeline: Any = None) -> None:
        self.settings = settings
        self.store = open_store(db)
        self.store.con.execute(f"SET threads = {query_threads()}")
        self.path = self.store.path
        self._cursor_lock = threading.Lock()
        self.write_store = Store(self.store.con.cursor(), self.path, read_only=False,
                                 schema_version=self.store.schema_version)
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="realpolitik-writer")
        self.pages = anyio.CapacityLimiter(os.cpu_count() or 1)
        self._pipeline: Any = pipeline

    @contextmanager
    def reader(self, one_snapshot: bool = True) -> Iterator[Store]:
        """A cursor of its own, reading one snapshot for the whole request: an analysis runs many
        statements, and the writer may commit a batch between two of them. Pages of events do not
        take one: each is one statement, or takes its own (``queries._page``), and an open
        transaction more than doubled the server CPU of deep cursor pages (``benchmarks/api.py``)."""
        with self._cursor_lock:
            cur = self.store.con.cursor()
        try:
            with snapshot(cur) if one_snapshot else nullcontext(cur):
                yield Store(cur, self.path, read_only=True, schema_version=self.store.schema_version)
        finally:
            cur.close()

    def read(self, fn: Callable[[Store], T], one_snapshot: bool = True) -> T:
        with self.reader(one_snapshot) as store:
            return fn(store)

    async def read_page(self, fn: Callable[[Store], T]) -> T:
        """``read`` for short, CPU-bound page reads (``/events``), at most one per core at a time, in
        arrival order. More at once only share the cores and the GIL: at 8 concurrent clients on two
        cores, queueing them cut /events' p99 from 73–91 ms to 55–62 ms in side-by-side runs while
        writing this (benchmarks/api.py's load). Longer reads (analyses) keep the general thread
        pool, so they never hold up pages."""
        return await anyio.to_thread.run_sync(self.read, fn, False, limiter=self.pages)

    async def write(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the writer thread; callers queue in arrival order and wait, never fail."""
        return await asyncio.get_running_loop().run_in_executor(self.writer, fn)

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from realpolitik.pipeline import Pipeline

            self._pipeline = Pipeline(self.settings)
        return self._pipeline

    def close(self) -> None:
        self.writer.shutdown(wait=True)
        self.write_store.close()
        self.store.close()


def _query(request: Request, **extra: Any) -> Query:
    names = ("actor", "dyad", "directed", "code", "quad", "since", "until", "modality", "min_confidence", "limit",
             "cursor")
    values: dict[str, Any] = {k: v for k, v in extra.items() if v is not None}
    for key in names:
        if key in request.query_params and key not in values:
            items = request.query_params.getlist(key)
            values[key] = items if key in ("actor", "modality") else items[-1]
    return Query.build(**values)


def _events_doc(
    actor: Annotated[list[str] | None, Param(description="Actor code (prefix or country); repeatable.")] = None,
    dyad: Annotated[str | None, Param(description="Two actor codes A,B (either direction).")] = None,
    directed: Annotated[bool, Param()] = False,
    code: Annotated[str | None, Param(description="CAMEO event code prefix, e.g. 04.")] = None,
    quad: Annotated[int | None, Param(ge=1, le=4)] = None,
    since: Annotated[str | None, Param(description="YYYY-MM-DD (or YYYY-MM, YYYY).")] = None,
    until: Annotated[str | None, Param()] = None,
    modality: Annotated[str | None, Param(description="asserted (default), all, or a comma list.")] = None,
    min_confidence: Annotated[float | None, Param(ge=0, le=1)] = None,
    limit: Annotated[int, Param(ge=0, le=MAX_LIMIT)] = 100,
    cursor: Annotated[str | None, Param(description="The `next` cursor of the previous page.")] = None,
) -> None:
    """The query parameters of ``GET /events`` as FastAPI documents them (see ``_parameters``)."""


def _parameters(signature: Callable[..., Any]) -> list[dict[str, Any]]:
    """The OpenAPI parameter list FastAPI writes for a function's typed signature.

    ``/events`` is the API's busiest read, and FastAPI's validation of eleven typed query parameters
    cost about a tenth of its server CPU per request (measured with benchmarks/api.py). ``Query.build``
    validates the same values again, naming the field of a bad one, so the route reads the raw query
    string and documents its parameters from this signature: the same /openapi.json as before, and
    the same 422s (tests/api/test_http.py, schemathesis)."""
    doc = FastAPI()
    doc.get("/")(signature)
    return doc.openapi()["paths"]["/"]["get"]["parameters"]  # type: ignore[no-any-return]


def _events_query(request: Request) -> Query:
    """``/events``' Query from the raw query string, with the limits its documentation states."""
    limit = request.query_params.getlist("limit")
    query = _query(request, limit=limit[-1] if limit else 100)
    if query.limit is not None and query.limit > MAX_LIMIT:
        raise QueryError("limit", f"must be between 0 and {MAX_LIMIT}, got {query.limit}")
    return query


def create_app(db: str | Path, settings: Settings | None = None, token: str | None = None,
               max_body: int = DEFAULT_MAX_BODY, pipeline: Any = None) -> FastAPI:
    """The app for one database file. ``token``: writes need ``Authorization: Bearer TOKEN``; without
    one, writes are accepted only from 127.0.0.1. ``pipeline``: an already loaded ``Pipeline`` to code
    posted articles with (default: one built from ``settings`` on the first write)."""
    settings = settings or Settings()
    path = Path(db)
    state: dict[str, Backend] = {}

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        state["backend"] = Backend(path, settings, pipeline)
        if token:
            log.warning("realpolitik: writes (POST /articles) need 'Authorization: Bearer <token>'")
        else:
            log.warning("realpolitik: no token configured; writes (POST /articles) are accepted from 127.0.0.1 only")
        try:
            yield
        finally:
            state.pop("backend").close()

    app = FastAPI(title="realpolitik", version="0.1.0", lifespan=lifespan,
                  description="Evidence-backed political event data: the same queries as the realpolitik CLI.")

    def backend() -> Backend:
        return state["backend"]

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
        return error(422, f"{first.get('msg', 'invalid value')}", ".".join(loc) or None)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error(exc.status_code, str(exc.detail))

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error(exc.status, exc.message, exc.field)

    @app.exception_handler(QueryError)
    async def bad_query(_: Request, exc: QueryError) -> JSONResponse:
        return error(422, exc.reason, exc.field)

    @app.exception_handler(InputError)
    async def bad_input(_: Request, exc: InputError) -> JSONResponse:
        return error(422, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> JSONResponse:
        return error(503, str(exc))

    app.add_middleware(Guard, max_body=max_body)

    def respond(value: Any, headers: dict[str, str] | None = None) -> JSONResponse:
        return Json(value, headers=headers)

    # ---- reads -------------------------------------------------------------------------------------

    @app.get("/events", responses=ERRORS, tags=["events"], openapi_extra={"parameters": _parameters(_events_doc)})
    async def events(request: Request) -> Response:
        """Events with their evidence, in a stable order; the `Link` header (rel=next) continues the listing."""
        query = _events_query(request)
        body, next_cursor = await backend().read_page(lambda s: _events_page(s, query))
        headers = {}
        if next_cursor:
            params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
            url = str(request.url.replace(query=urlencode([*params, ("cursor", next_cursor)])))
            headers = {"Link": f'<{url}>; rel="next"', "X-Next-Cursor": next_cursor}
        return Response(body, media_type="application/json", headers=headers)

    @app.get("/events/{event_id}", responses=ERRORS, tags=["events"])
    def event(event_id: Annotated[str, PathParam(max_length=200)]) -> JSONResponse:
        """One event with all its mentions and evidence sentences."""
        found = backend().read(lambda s: api.event(s, event_id))
        if found is None:
            raise ApiError(404, f"no event {event_id!r}", "event_id")
        return respond(found.to_dict())

    @app.get("/articles/{doc_id}", responses=ERRORS, tags=["articles"])
    def article(doc_id: Annotated[str, PathParam(max_length=200)]) -> JSONResponse:
        """One article's text (plain text, never HTML) and the events coded from it."""
        found = backend().read(lambda s: api.article(s, doc_id))
        if found is None:
            raise ApiError(404, f"no article {doc_id!r}", "doc_id")
        return respond(found.to_dict())

    @app.get("/actors/lookup", responses=ERRORS, tags=["actors"])
    def actors_lookup(name: Annotated[str, Param(min_length=1, max_length=200)],
                      date: Annotated[str | None, Param()] = None) -> JSONResponse:
        """Who NAME is on a date, and which dictionary entry and role period say so."""
        return respond(api.lookup_actor(name, date, settings.actors).to_dict())

    @app.get("/actors/unknown", responses=ERRORS, tags=["actors"])
    def actors_unknown(min_count: Annotated[int, Param(ge=1)] = 1,
                       limit: Annotated[int, Param(ge=0, le=MAX_LIMIT)] = 100) -> JSONResponse:
        """Frequent names the dictionaries did not resolve."""
        return respond(backend().read(lambda s: api.unknown_actors(s, min_count, limit)).to_dict())

    @app.get("/dyads/{a}/{b}", responses=ERRORS, tags=["analysis"])
    def dyad(request: Request, a: Annotated[str, PathParam(pattern=CODE_PATTERN)],
             b: Annotated[str, PathParam(pattern=CODE_PATTERN)],
             by: Annotated[str, Param(pattern="^(day|week|month|year)$")] = "month",
             directed: Annotated[bool, Param()] = False,
             since: Annotated[str | None, Param()] = None, until: Annotated[str | None, Param()] = None,
             modality: Annotated[str | None, Param()] = None) -> JSONResponse:
        """Relations between two actors per period: QuadClass counts, Goldstein sum and mean."""
        query = _query(request, since=since, until=until, modality=modality)
        return respond(backend().read(lambda s: api.dyad(s, a, b, by, query, directed)).to_dict())

    @app.get("/network", responses=ERRORS, tags=["analysis"])
    def network(request: Request, since: Annotated[str | None, Param()] = None,
                until: Annotated[str | None, Param()] = None, modality: Annotated[str | None, Param()] = None,
                min_events: Annotated[int, Param(ge=1)] = 1) -> JSONResponse:
        """The signed network of states: one row per related pair."""
        query = _query(request, since=since, until=until, modality=modality)
        return respond(backend().read(lambda s: api.network(s, query, min_events)).to_dict())

    @app.get("/balance", responses=ERRORS, tags=["analysis"])
    def balance(request: Request, since: Annotated[str | None, Param()] = None,
                until: Annotated[str | None, Param()] = None, modality: Annotated[str | None, Param()] = None,
                min_events: Annotated[int, Param(ge=1)] = 1,
                limit: Annotated[int, Param(ge=1, le=MAX_LIMIT)] = 50) -> JSONResponse:
        """Balanced and unbalanced triads, enemy-of-my-enemy patterns, with evidence."""
        query = _query(request, since=since, until=until, modality=modality)
        return respond(backend().read(lambda s: api.balance(s, query, min_events, limit)).to_dict())

    @app.get("/blocs", responses=ERRORS, tags=["analysis"])
    def blocs(request: Request, against: Annotated[str | None, Param(pattern=CODE_PATTERN)] = None,
              by: Annotated[str, Param(pattern="^(week|month|quarter|year)$")] = "year",
              since: Annotated[str | None, Param()] = None, until: Annotated[str | None, Param()] = None,
              modality: Annotated[str | None, Param()] = None,
              min_events: Annotated[int, Param(ge=1)] = 1) -> JSONResponse:
        """Signed communities and, with `against`, each state's alignment with it over time."""
        query = _query(request, since=since, until=until, modality=modality)
        return respond(backend().read(lambda s: api.blocs(s, against, by, query, min_events)).to_dict())

    @app.get("/shifts", responses=ERRORS, tags=["analysis"])
    def shifts(request: Request, window: Annotated[str, Param(pattern=r"^\s*[0-9]{1,4}\s*[dwmyDWMY]?\s*$")] = "30d",
               threshold: Annotated[float, Param(ge=0, le=1000)] = 2.0,
               min_events: Annotated[int, Param(ge=1)] = 3, limit: Annotated[int, Param(ge=1, le=MAX_LIMIT)] = 50,
               since: Annotated[str | None, Param()] = None, until: Annotated[str | None, Param()] = None,
               modality: Annotated[str | None, Param()] = None) -> JSONResponse:
        """Dyads whose relation changed significantly between consecutive windows."""
        query = _query(request, since=since, until=until, modality=modality)
        return respond(backend().read(
            lambda s: api.shifts(s, window, query, threshold, min_events, limit=limit)).to_dict())

    @app.get("/sanctuary", responses=ERRORS, tags=["analysis"])
    def sanctuary(request: Request, leader: Annotated[str | None, Param(max_length=200)] = None,
                  country: Annotated[str | None, Param(pattern=CODE_PATTERN)] = None,
                  as_of: Annotated[str | None, Param()] = None,
                  top: Annotated[int, Param(ge=1, le=300)] = 15,
                  modality: Annotated[str | None, Param()] = None) -> JSONResponse:
        """Ranked candidate host states for a leader leaving power, every component with evidence."""
        query = _query(request, modality=modality)
        return respond(backend().read(
            lambda s: api.sanctuary(s, leader, country, as_of, settings.sanctuary_weights, query, top)).to_dict())

    @app.get("/stats", tags=["events"])
    def stats() -> JSONResponse:
        """Totals, events by QuadClass and modality, top dyads, date range (rows of section/key/value)."""
        return respond(backend().read(api.stats).to_dict())

    # ---- writes ------------------------------------------------------------------------------------

    def authorise(request: Request) -> None:
        if token:
            given = request.headers.get("authorization", "")
            if not given.lower().startswith("bearer "):
                raise ApiError(401, "writes need 'Authorization: Bearer <token>'", "authorization")
            if not hmac.compare_digest(given[7:].strip().encode(), token.encode()):
                raise ApiError(403, "wrong token", "authorization")
        elif (request.client.host if request.client else "") not in LOCAL_HOSTS:
            raise ApiError(403, "no token configured: writes are accepted from 127.0.0.1 only")

    async def read_body(request: Request) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_body:
                raise ApiError(413, f"request body over {max_body} bytes", "body")
            chunks.append(chunk)
        return b"".join(chunks)

    article_schema = {
        "type": "object", "required": ["text"],
        "properties": {k: {"type": "string"} for k in ("text", "title", "url", "source", "published", "id",
                                                       "language")},
    }
    post_doc = {
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "oneOf": [article_schema, {"type": "array", "items": article_schema, "maxItems": 1000}]}}}},
    }
    write_errors: dict[int | str, dict[str, Any]] = dict(ERRORS)
    for status, why in ((401, "Token missing"), (403, "Wrong token or not local"), (413, "Body too large")):
        write_errors[status] = {"description": why, "content": {"application/json": {"schema": ERROR_SCHEMA}}}

    @app.post("/articles", responses=write_errors, openapi_extra=post_doc, tags=["articles"])
    async def post_articles(request: Request) -> JSONResponse:
        """Code and store one article or a list (the JSONL fields of ingest); returns their coded events.

        Each item is validated as ingest validates a JSONL line; rejected items are listed with their
        index and reason and the rest are stored. Re-posting an article stores nothing new.
        """
        authorise(request)
        body = await read_body(request)
        try:
            payload = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ApiError(400, f"malformed JSON: {exc}", "body") from None
        items = payload if isinstance(payload, list) else [payload]
        if not items:
            raise ApiError(422, "no articles in the request", "body")
        from realpolitik.sources.decode import SourceError
        from realpolitik.sources.jsonl import parse_line

        articles = []
        rejected = []
        for i, item in enumerate(items):
            try:
                art = parse_line(json.dumps(item).encode(), i, f"POST /articles[{i}]", settings.max_chars, None, None)
            except SourceError as exc:
                rejected.append({"index": i, "reason": exc.reason})
                continue
            if art is None:
                rejected.append({"index": i, "reason": "empty item"})
            else:
                articles.append(art)
        if not articles:
            return error(422, "; ".join(f"[{r['index']}] {r['reason']}" for r in rejected), "body")
        b = backend()
        stored = await b.write(lambda: _code_and_store(b, articles))
        out = []
        for art in articles:
            detail = b.read(lambda s, d=art.doc_id: api.article(s, d))  # type: ignore[misc]
            out.append({"doc_id": art.doc_id, "stored": art.doc_id in stored, "title": art.title,
                        "events": detail["events"] if detail else []})
        return respond({"articles": out, "rejected": rejected})

    # ---- dashboard ---------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _events_page(store: Store, query: Query) -> tuple[bytes, str | None]:
    """A page of ``/events`` as JSON bytes and its next cursor: a dyad page's rows written as JSON by DuckDB
    from the dyad index, any other page ``to_dict()``'s shape written by orjson (dates as ISO strings)."""
    ready = api.events_json(store, query)
    if ready is not None:
        return ready[0].encode(), ready[1]
    result = api.events(store, query)
    return render_json(result.items), result.next_cursor


def _code_and_store(backend: Backend, articles: list[Any]) -> set[str]:
    """On the writer thread: skip stored articles, code the rest, write them in one transaction."""
    writer = backend.write_store
    known = writer.known_articles([a.doc_id for a in articles])
    fresh = []
    for art in articles:
        if art.doc_id not in known:
            known.add(art.doc_id)
            fresh.append(art)
    if fresh:
        coded = list(backend.pipeline.code_articles(fresh))
        writer.write_batch(coded)
    return {a.doc_id for a in fresh}


def check_database(db: str | Path) -> None:
    """Raise StoreError unless ``db`` is an existing realpolitik database (serve never creates one)."""
    path = Path(db)
    if not path.is_file():
        raise StoreError(f"{path}: no such database (ingest something first, or give --db)")
    try:
        open_store(path, read_only=True).close()
    except RealpolitikError:
        raise
    except Exception as exc:  # a damaged file can fail inside DuckDB in many ways
        raise StoreError(f"{path}: cannot open database: {exc}") from exc
