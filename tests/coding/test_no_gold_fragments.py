"""Docstrings and comments of the coder give examples we wrote, never fragments of gold sentences:
accuracy is measured on held-out text, and an example copied from a gold record is a rule fitted to it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "data" / "gold"
GOLD_FILES = ("dev.jsonl", "plover_gsr.dev.jsonl", "te3dev.jsonl")
QUOTED = re.compile(r'["“]([^"”]{10,})["”]')
N = 5


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def grams(ws: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + N]) for i in range(len(ws) - N + 1)}


@pytest.mark.skipif(not all((GOLD / f).is_file() for f in GOLD_FILES), reason="shared gold data not present")
def test_no_quoted_example_in_coding_repeats_a_gold_sentence() -> None:
    gold: set[tuple[str, ...]] = set()
    for name in GOLD_FILES:
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold |= grams(words(json.loads(line)["text"]))
    found = []
    for path in sorted((REPO / "src" / "realpolitik" / "coding").glob("*.py")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for quoted in QUOTED.findall(line):
                if grams(words(quoted)) & gold:
                    found.append(f"{path.name}:{lineno}: {quoted}")
    assert found == []
