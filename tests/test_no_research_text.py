"""The real-news corpus and the gold sentences are licensed for research and evaluation use only: they
are read from ``../shared`` at run time and no file of the repository may carry a passage of them
(benchmark results name records by id and offset instead).

The window is seven words: long enough that ordinary news phrasing rarely repeats by chance, short
enough to catch a sentence that was copied and lightly edited. The few seven-word runs that are facts
rather than text (the full names of organisations, converted from public dictionaries) are listed in
``NAMES``; a name is allowed, a sentence around it is not."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SOURCES = (
    DATA / "corpus" / "te3news.dev.jsonl",
    DATA / "gold" / "te3dev.jsonl",
    DATA / "gold" / "dev.jsonl",
    DATA / "gold" / "plover_gsr.dev.jsonl",
)
N = 7
BINARY = (".png", ".jpg", ".woff", ".woff2", ".zip", ".parquet", ".duckdb", ".ico")
CONVERTED_NAME_LISTS = ("src/realpolitik/actors/data/phoenix.jsonl",)  # MIT data: long official titles
NAMES = (
    "National Union for the Total Independence of Angola",
    "United Nations Educational, Scientific and Cultural Organization",
)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def grams(text: str) -> set[tuple[str, ...]]:
    ws = words(text)
    return {tuple(ws[i : i + N]) for i in range(len(ws) - N + 1)}


def allowed() -> set[tuple[str, ...]]:
    return set().union(*(grams(name) for name in NAMES))


def tracked_text_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    return [
        REPO / name
        for name in out.splitlines()
        if not name.endswith(BINARY) and name not in CONVERTED_NAME_LISTS and (REPO / name).is_file()
    ]


def research_grams() -> set[tuple[str, ...]]:
    research: set[tuple[str, ...]] = set()
    for path in SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = json.loads(line).get("text")
            if isinstance(text, str):
                research |= grams(text)
    return research - allowed()


@pytest.mark.skipif(not all(p.is_file() for p in SOURCES), reason="shared research corpora not present")
def test_no_tracked_file_carries_a_passage_of_research_only_text() -> None:
    research = research_grams()
    found = {}
    for path in tracked_text_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        hits = grams(text) & research
        if hits:
            found[str(path.relative_to(REPO))] = sorted(" ".join(g) for g in hits)[:3]
    assert found == {}


def test_the_window_finds_a_copied_passage() -> None:
    passage = "one two three four five six seven eight"
    assert grams(f"Intro. {passage.upper()}, end") & grams(passage)
    assert not grams("one two three four five six") & grams(passage)


def test_an_organisation_name_is_a_fact_not_a_passage() -> None:
    name = grams("the National Union for the Total Independence of Angola said")
    assert name - allowed()
    assert grams(NAMES[0]) <= allowed()
