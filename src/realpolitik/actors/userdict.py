"""The user's own actor dictionary: where it lives and how files are imported into it.

Location, first that applies: the ``actors`` setting (``REALPOLITIK_ACTORS`` / ``--actors``), else
``$XDG_DATA_HOME/realpolitik/actors.jsonl`` (``~/.local/share/realpolitik/actors.jsonl``). Its
entries win over the packaged ones for the same name; it is loaded automatically when it exists.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from realpolitik.actors.entries import Problem, entry_from_dict
from realpolitik.actors.loader import USER_LAYER, jsonl_objects, known_roots
from realpolitik.actors.petrarch import parse_petrarch
from realpolitik.errors import InputError


def default_user_path() -> Path:
    explicit = os.environ.get("REALPOLITIK_ACTORS")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "realpolitik" / "actors.jsonl"


@dataclass
class ImportResult:
    added: int = 0
    destination: str = ""
    problems: list[Problem] = field(default_factory=list)


def read_objects(path: Path, fmt: str) -> tuple[list[tuple[dict[str, Any], str]], list[Problem]]:
    """Parse a user file into (entry object, ``file:line``) pairs plus problems, without storing."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    if fmt == "petrarch":
        return parse_petrarch(text, str(path))
    if fmt != "jsonl":
        raise InputError(f"unknown dictionary format {fmt!r} (petrarch or jsonl)")
    problems: list[Problem] = []
    objs = list(jsonl_objects(text, str(path), problems))
    return objs, problems


def import_dictionary(path: str | Path, fmt: str, destination: str | Path | None = None) -> ImportResult:
    """Validate ``path`` and append its good entries to the user dictionary (JSONL, our format)."""
    src = Path(path)
    dest = Path(destination) if destination else default_user_path()
    objs, problems = read_objects(src, fmt)
    roots = known_roots() or None
    good: list[dict[str, Any]] = []
    for obj, where in objs:
        if entry_from_dict(obj, where, USER_LAYER, roots, problems) is not None:
            good.append({**obj, "src": where})
    result = ImportResult(added=len(good), destination=str(dest), problems=problems)
    if good:
        dest.parent.mkdir(parents=True, exist_ok=True)
        payload = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in good)
        with dest.open("a", encoding="utf-8") as f:
            f.write(payload)
    return result
