"""A real server for API and browser tests: uvicorn on 127.0.0.1 (a free port) over a temporary DuckDB
file holding the README's examples, coded by the real pipeline."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:  # type: ignore[no-untyped-def]
    from realpolitik.ingest import ingest
    from realpolitik.store import open_store

    path = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    with open_store(path) as store:
        report = ingest([str(REPO / "examples")], store, pipeline)
    assert report.articles_read == 5 and not report.rejected
    return path


@dataclass
class LiveServer:
    url: str
    db: Path
    token: str | None

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def start_server(pipeline):  # type: ignore[no-untyped-def]
    """Factory: serve a copy of a database on 127.0.0.1; every server stops at the end of the session."""
    import uvicorn

    from realpolitik.api.app import create_app
    from realpolitik.settings import Settings

    running: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(db: Path, workdir: Path, token: str | None = None, max_body: int = 5 * 1024 * 1024) -> LiveServer:
        copy = workdir / db.name
        shutil.copy(db, copy)
        app = create_app(copy, Settings(db=str(copy)), token=token, max_body=max_body, pipeline=pipeline)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        running.append((server, thread))
        return LiveServer(url, copy, token)

    yield start
    for server, thread in running:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture(scope="module")
def live(start_server, examples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:  # type: ignore[no-untyped-def]
    yield start_server(examples_db, tmp_path_factory.mktemp("live"), token="s3cret-token")
