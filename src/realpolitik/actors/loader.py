"""Read dictionary files (packaged and user) into entries, collecting problems instead of stopping."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from realpolitik.actors.entries import LoadReport, Problem, entry_from_dict, entry_trusted

# Loaded in this order; later layers win over earlier ones for the same name.
PACKAGED = (
    ("phoenix.jsonl", 0),
    ("international.jsonl", 0),
    ("leaders.jsonl", 0),
    ("countries.jsonl", 1),
    ("regions.jsonl", 1),
    ("agents.jsonl", 1),
    ("curated/people.jsonl", 1),
    ("curated/orgs.jsonl", 1),
    ("curated/parties.jsonl", 1),
    ("curated/institutions.jsonl", 1),
    ("curated/places.jsonl", 1),
)
USER_LAYER = 2


def data_dir() -> Path:
    return Path(str(resources.files("realpolitik.actors") / "data"))


def known_roots() -> frozenset[str]:
    """First three letters an actor code may start with (countries, IGO, NGO, IMG, ---, ...)."""
    path = data_dir() / "code_roots.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def jsonl_objects(text: str, label: str, problems: list[Problem]) -> Iterator[tuple[dict[str, Any], str]]:
    """The JSON objects of a JSONL text with their ``label:line``, skipping blank and ``#`` lines; a
    line that is not JSON, or not an object, becomes a problem and the rest still loads. Lazy, so a
    caller's own problems with an object fall in line order among these."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{label}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(where, f"malformed JSON: {exc.msg}"))
            continue
        if not isinstance(obj, dict):
            problems.append(Problem(where, "each line must be a JSON object"))
            continue
        yield obj, where


def read_jsonl(path: Path, layer: int, report: LoadReport, roots: frozenset[str] | None, label: str,
               trusted: bool = False) -> None:
    """Append the valid entries of one JSONL file to ``report``; bad lines become problems."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        report.problems.append(Problem(label, f"cannot read: {exc}"))
        return
    for obj, where in jsonl_objects(text, label, report.problems):
        if trusted:
            report.entries.append(entry_trusted(obj, where, layer))
            continue
        entry = entry_from_dict(obj, where, layer, roots, report.problems)
        if entry is not None:
            report.entries.append(entry)


def load_packaged(report: LoadReport, validate: bool = False) -> None:
    """The package's own dictionaries; ``validate`` re-checks every line (``actors check``, tests)."""
    base = data_dir()
    roots = known_roots() or None
    for name, layer in PACKAGED:
        path = base / name
        if path.is_file():
            read_jsonl(path, layer, report, roots, name, trusted=not validate)


def load_user(path: str | Path, report: LoadReport) -> None:
    """A user dictionary: JSONL in our format, or PETRARCH ``.txt`` (detected by extension)."""
    p = Path(path)
    if not p.is_file():
        report.problems.append(Problem(str(p), "user actor dictionary not found"))
        return
    roots = known_roots() or None
    if p.suffix.lower() in (".txt", ".actors"):
        from realpolitik.actors.petrarch import read_petrarch

        read_petrarch(p, USER_LAYER, report, roots)
    else:
        read_jsonl(p, USER_LAYER, report, roots, str(p))
