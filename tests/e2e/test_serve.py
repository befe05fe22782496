"""`realpolitik serve` as a user starts it: the README's serve block, and its refusal of a bad database."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks() -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", README, flags=re.S)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_readme_third_block_serves_the_dashboard(examples_db: Path, tmp_path: Path) -> None:
    blocks = _blocks()
    at = next(i for i, b in enumerate(blocks) if b.startswith(".venv/bin/realpolitik serve"))
    assert "pytest" in blocks[at - 1], "the serve block follows the main job and the test command"
    block = blocks[at]
    line = next(x for x in block.splitlines() if "realpolitik serve" in x).split("#")[0]
    readme_port = re.search(r"--port (\d+)", line)
    url = re.search(r"http://127\.0\.0\.1:\d+/", README.split("```bash\n" + block)[0].rsplit("```", 1)[-1])
    assert readme_port and url, "the block gives a port and the text before it the URL to open"
    shutil.copy(examples_db, tmp_path / "realpolitik.duckdb")  # the block serves the main job's database
    port = _free_port()  # the README's port may be taken on a shared machine; the last --port wins
    args = [sys.executable, "-m", "realpolitik", *shlex.split(line)[1:], "--port", str(port)]
    proc = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "REALPOLITIK_TOKEN": ""})
    try:
        target = url.group(0).replace(f":{readme_port.group(1)}/", f":{port}/")
        deadline = time.monotonic() + 60
        while True:
            try:
                page = httpx.get(target, timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "server did not answer"
                time.sleep(0.2)
        assert page.status_code == 200 and "realpolitik" in page.text
        assert httpx.get(target + "docs", timeout=5).status_code == 200
        stats = httpx.get(target + "stats", timeout=30).json()
        assert {"section": "totals", "key": "articles", "value": 5} in stats
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    assert f"http://127.0.0.1:{port}/" in err


@pytest.mark.parametrize("content", [None, b"this is not a database" * 100])
def test_serve_refuses_a_missing_or_corrupt_database(tmp_path: Path, content: bytes | None) -> None:
    db = tmp_path / "x.duckdb"
    if content is not None:
        db.write_bytes(content)
    r = subprocess.run([sys.executable, "-m", "realpolitik", "serve", "--db", str(db), "--port", str(_free_port())],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert str(db) in r.stderr and "Traceback" not in r.stderr
    assert content is not None or not db.exists()
