"""The real-news corpus and te3dev's sentences are licensed for research and evaluation use only: they
are read from ``../shared`` at run time and no file of the repository may carry a passage of them
(benchmark results name records by id and offset instead)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SOURCES = (DATA / "corpus" / "te3news.dev.jsonl", DATA / "gold" / "te3dev.jsonl")
N = 10
BINARY = (".png", ".jpg", ".woff", ".woff2", ".zip", ".parquet", ".duckdb", ".ico")
CONVERTED_NAME_LISTS = ("src/realpolitik/actors/data/phoenix.jsonl",)  # MIT data: long official titles


def grams(text: str) -> set[int]:
    ws = re.findall(r"[a-z0-9']+", text.lower())
    return {hash(tuple(ws[i : i + N])) for i in range(len(ws) - N + 1)}


def tracked_text_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    return [
        REPO / name
        for name in out.splitlines()
        if not name.endswith(BINARY) and name not in CONVERTED_NAME_LISTS and (REPO / name).is_file()
    ]


@pytest.mark.skipif(not all(p.is_file() for p in SOURCES), reason="shared research corpora not present")
def test_no_tracked_file_carries_a_passage_of_research_only_text() -> None:
    research: set[int] = set()
    for path in SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                research |= grams(json.loads(line)["text"])
    found = []
    for path in tracked_text_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if grams(text) & research:
            found.append(str(path.relative_to(REPO)))
    assert found == []


def test_the_window_finds_a_copied_passage() -> None:
    passage = "one two three four five six seven eight nine ten eleven"
    assert grams(f"Intro. {passage.upper()}, end") & grams(passage)
    assert not grams("one two three four five six seven eight nine") & grams(passage)
