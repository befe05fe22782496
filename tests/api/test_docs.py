"""Docs stay true to the program (in the style of sqlite-utils' docs tests).

Every CLI command appears in the README and has --help text; every JSON field any command emits is
listed in docs/json-fields.md. The test reads what the commands actually print, so a new or renamed
field fails CI until it is documented.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from tests.conftest import DATA, REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
FIELDS_DOC = (REPO / "docs" / "json-fields.md").read_text(encoding="utf-8")
# Objects whose keys are data (state codes), not field names: their values are checked, their keys not.
MAPS = {"pressers", "assignment", "by_root"}
# A gold file of our own sentences: one event the coder codes differently (so `worst` is filled).
OWN_GOLD = [
    {"id": "mine:miss-1", "text": "Turkey and Venezuela signed four agreements in Ankara on Friday.",
     "date": "2017-10-09", "events": [{"source": "TUR", "target": "VEN", "code": "190"}], "expect_no_event": False},
    {"id": "mine:plover-1", "text": "Russia sent aid to Venezuela on Monday.", "date": "2019-03-23",
     "events": [{"source": "RUS", "target": "VEN", "plover_event": "AID"}], "expect_no_event": False},
]


def _commands() -> list[tuple[str, ...]]:
    from realpolitik.cli import app, register  # noqa: F401

    root = typer.main.get_command(app)

    def walk(cmd: Any, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        if getattr(cmd, "commands", None):  # a group (typer may bring its own click)
            for name, sub in cmd.commands.items():
                yield from walk(sub, (*path, name))
        else:
            yield path

    return sorted(walk(root, ()))


COMMANDS = _commands()


def test_the_cli_has_the_expected_verbs() -> None:
    assert {("events",), ("serve",), ("sanctuary",), ("actors", "lookup"), ("summary",)} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_is_in_the_readme(path: tuple[str, ...]) -> None:
    assert re.search(r"realpolitik " + r"\s+".join(map(re.escape, path)) + r"\b", README), " ".join(path)


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    from realpolitik.cli import app

    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    usage = next(i for i, line in enumerate(lines) if line.startswith("Usage:"))
    assert any(line and not line.startswith(("Usage:", "╭", "│", "╰")) for line in lines[usage + 1:usage + 4]), \
        f"{' '.join(path)} has no help text"


def _keys(value: Any, parent: str | None = None) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if parent not in MAPS:
                yield key
            yield from _keys(inner, key)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item, parent)


def _documented(key: str) -> bool:
    return f"`{key}`" in FIELDS_DOC


@pytest.fixture(scope="module")
def emitted(examples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every JSON-printing command run on the examples (GDELT import on a copy with one GDELT file)."""
    from realpolitik.cli import app

    work = tmp_path_factory.mktemp("docs")
    db = work / "docs.duckdb"
    shutil.copy(examples_db, db)
    runner = CliRunner()
    runs = {
        "events": ["events", "--modality", "all"],
        "stats": ["stats"],
        "summary": ["summary"],
        "actors lookup": ["actors", "lookup", "Erdogan", "--date", "2012-05-01"],
        "actors unknown": ["actors", "unknown"],
        "dyad": ["dyad", "TUR", "VEN"],
        "network": ["network"],
        "balance": ["balance", "--modality", "all"],
        "blocs": ["blocs", "--against", "USA"],
        "shifts": ["shifts", "--window", "1y", "--min-events", "1", "--threshold", "0"],
        "sanctuary": ["sanctuary", "Nicolas Maduro"],
    }
    out: dict[str, Any] = {}
    for name, args in runs.items():
        db_args = [] if name == "actors lookup" else ["--db", str(db)]
        result = runner.invoke(app, [*args, *db_args, "--format", "json"])
        assert result.exit_code == 0, (name, result.output)
        out[name] = json.loads(result.stdout)
    gdelt = work / "gdelt.duckdb"
    result = runner.invoke(app, ["import-gdelt", str(DATA / "gdelt" / "20191024143000.export.CSV"),
                                 "--db", str(gdelt), "--format", "json"])
    assert result.exit_code == 0, result.output
    out["import-gdelt"] = json.loads(result.stdout)
    gold = work / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in OWN_GOLD), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.output
    out["eval"] = json.loads(result.stdout)
    assert out["eval"]["worst"], "the own gold file is meant to produce a miss"
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)])
    out["export"] = [json.loads(line) for line in result.stdout.splitlines()]
    return out


def test_listings_print_a_list_of_objects(emitted: dict[str, Any]) -> None:
    reports = {"summary", "balance", "blocs", "sanctuary", "import-gdelt", "eval"}
    for name, value in emitted.items():
        if name in reports:
            assert isinstance(value, dict), name
            assert f"realpolitik {name}" in FIELDS_DOC, f"the {name} object is not documented"
        else:
            assert isinstance(value, list) and all(isinstance(r, dict) for r in value), name


def test_every_emitted_field_is_documented(emitted: dict[str, Any]) -> None:
    assert emitted["sanctuary"]["candidates"] and emitted["events"] and emitted["dyad"]
    missing = {name: sorted({k for k in _keys(value) if not _documented(k)}) for name, value in emitted.items()}
    missing = {k: v for k, v in missing.items() if v}
    assert not missing, f"undocumented JSON fields (add them to docs/json-fields.md): {missing}"
