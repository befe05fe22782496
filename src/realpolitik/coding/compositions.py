"""Composed verb × object classes: the event lexicon as data, not one phrase at a time.

``data/compositions.tsv`` names verb classes ("strengthen, enhance, boost ..."), object classes
("cooperation, ties, relations ...") and which CAMEO code a verb class applied to an object class
means. Expanding them gives ordinary V+N patterns, so a new verb or object joins every phrase of
its class at once ("upgrade ties" is in because "upgrade" is an enhancing verb and "tie" a
relations noun). Where an object is a phrase ("economic cooperation") its last word is the head
and the other words must modify it, as for every V+N pattern.
"""

from __future__ import annotations

from pathlib import Path

from realpolitik.coding.patterns import LAYER_CURATED, Pattern, parse_row
from realpolitik.coding.tables import data_path
from realpolitik.errors import DictionaryError

COMPOSITIONS = "compositions.tsv"
MULTIWORD_OBJECTS = (
    "economic cooperation", "trade tie", "economic tie", "trade relation", "economic relation", "commercial tie",
    "military cooperation", "defence cooperation", "defense cooperation", "security cooperation", "military tie",
    "defence tie", "defense tie",
)  # fmt: skip


def _objects(words: list[str]) -> list[str]:
    """Object words of a class line, rejoining the known two-word objects."""
    text = " ".join(words)
    found = []
    for phrase in MULTIWORD_OBJECTS:
        if f" {phrase} " in f" {text} ":
            found.append(phrase)
            text = f" {text} ".replace(f" {phrase} ", " ").strip()
    return found + text.split()


def compose(lines: list[str], origin: str) -> list[Pattern]:
    """Patterns from composition lines (see module docstring); bad lines raise naming ``origin:line``."""
    verbs: dict[str, list[str]] = {}
    objects: dict[str, list[str]] = {}
    out: list[Pattern] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{origin}:{lineno}"
        kind, *rest = line.rstrip("\n").split("\t")
        if kind in ("verbs", "objects") and len(rest) == 2:
            (verbs if kind == "verbs" else objects)[rest[0]] = (
                rest[1].split() if kind == "verbs" else _objects(rest[1].split())
            )
        elif kind == "compose" and len(rest) == 3:
            vname, oname, code = rest
            if vname not in verbs or oname not in objects:
                raise DictionaryError(f"{where}: unknown class {vname if vname not in verbs else oname!r}")
            for verb in verbs[vname]:
                for obj in objects[oname]:
                    row = {"id": f"cx-{vname}-{oname}-{verb}-{obj.replace(' ', '_')}", "frame": "V+N",
                           "lemma": verb, "noun": obj, "code": code}  # fmt: skip
                    out.append(parse_row(row, where, LAYER_CURATED))
        else:
            raise DictionaryError(f"{where}: expected 'verbs NAME words', 'objects NAME words' or 'compose V O CODE'")
    return out


def composed_patterns(path: Path | None = None) -> list[Pattern]:
    """The packaged compositions, expanded."""
    source = path or data_path(COMPOSITIONS)
    return compose(source.read_text(encoding="utf-8").splitlines(), str(source))
