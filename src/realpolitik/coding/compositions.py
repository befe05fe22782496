"""Composed verb × object classes: the event lexicon as data, not one phrase at a time.

``data/compositions.tsv`` names verb classes ("strengthen, enhance, boost ..."), object classes
("cooperation, ties, relations ...") and which CAMEO code a verb class applied to an object class
means. Expanding them gives ordinary V+N patterns, so a new verb or object joins every phrase of
its class at once ("upgrade ties" is in because "upgrade" is an enhancing verb and "tie" a
relations noun). Where an object is a phrase (written with underscores: ``economic_cooperation``)
its last word is the head and the other words must modify it, as for every V+N pattern. A verb
written with an underscore is a particle verb (``beef_up``: lemma "beef", particle "up"). An object
class written ``PREP:CLASS`` is the verb's prepositional object (``to:AGGRESSION``: "respond to an
attack", V+P+N patterns). An optional fourth field on a ``compose`` line is the patterns' ``also``
column (``to``, ``to=border|frontier``): the prepositional phrase the sentence must hold, so one verb x
object class can mean one thing sent *to* a state and another sent *to the border*. A ``mutual`` line is
a ``compose`` line whose act the target does back to the source ("traded fire with B": B fired too), as
the patterns' ``reverse`` column.

The same file holds the nominal-event lexicon: ``nouns`` classes of event nouns ("offensive, assault,
incursion ...") and ``nominal`` lines giving a class its CAMEO code. Each noun becomes an N pattern,
so "the Ruritanian offensive against Freedonia", "talks between A and B" or "A's crackdown on B"
code as events whose source and target come from the noun's possessor, modifiers (including
hyphenated pairs) and of/between/by/with/against phrases (``roles.noun_roles``).
"""

from __future__ import annotations

from pathlib import Path

from realpolitik.coding.patterns import LAYER_CURATED, Pattern, parse_row
from realpolitik.coding.tables import data_path
from realpolitik.errors import DictionaryError

COMPOSITIONS = "compositions.tsv"


def _words(text: str) -> list[str]:
    """Class members: whitespace-separated, a phrase's words joined by underscores."""
    return [w.replace("_", " ") for w in text.split()]


def compose(lines: list[str], origin: str) -> list[Pattern]:
    """Patterns from composition lines (see module docstring); bad lines raise naming ``origin:line``."""
    verbs: dict[str, list[str]] = {}
    objects: dict[str, list[str]] = {}
    nouns: dict[str, list[str]] = {}
    out: list[Pattern] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{origin}:{lineno}"
        kind, *rest = line.rstrip("\n").split("\t")
        if kind in ("verbs", "objects", "nouns") and len(rest) == 2:
            classes = {"verbs": verbs, "objects": objects, "nouns": nouns}[kind]
            if rest[0] in classes:  # a second definition would silently change the rows after it
                raise DictionaryError(f"{where}: {kind} class {rest[0]!r} is already defined")
            classes[rest[0]] = _words(rest[1])
        elif kind == "nominal" and len(rest) == 2:
            name, code = rest
            if name not in nouns:
                raise DictionaryError(f"{where}: unknown class {name!r}")
            for phrase in nouns[name]:
                head = phrase.split()[-1]
                row = {"id": f"nx-{name}-{phrase.replace(' ', '_')}", "frame": "N", "lemma": head,
                       "noun": phrase if " " in phrase else "", "code": code}  # fmt: skip
                out.append(parse_row(row, where, LAYER_CURATED))
        elif kind in ("compose", "mutual") and len(rest) in (3, 4):
            vname, oname, code = rest[:3]
            also = rest[3] if len(rest) == 4 else ""
            prep, _, oname = oname.rpartition(":")
            if vname not in verbs or oname not in objects:
                raise DictionaryError(f"{where}: unknown class {vname if vname not in verbs else oname!r}")
            suffix = "-" + also.split("|")[0].replace("=", "_") if also else ""
            for verb in verbs[vname]:
                for obj in objects[oname]:
                    lemma, _, particle = verb.partition(" ")
                    row = {"id": f"cx-{vname}-{oname}-{verb.replace(' ', '_')}-{prep + '-' if prep else ''}"
                                 f"{obj.replace(' ', '_')}{suffix}",
                           "frame": "V+P+N" if prep else "V+N", "lemma": lemma, "particle": particle,
                           "prep": prep, "noun": obj, "code": code, "also": also,
                           "reverse": code if kind == "mutual" else ""}  # fmt: skip
                    out.append(parse_row(row, where, LAYER_CURATED))
        else:
            raise DictionaryError(
                f"{where}: expected 'verbs NAME words', 'objects NAME words', 'compose|mutual V O CODE [ALSO]', "
                "'nouns NAME words' or 'nominal NAME CODE'"
            )
    return out


def composed_patterns(path: Path | None = None) -> list[Pattern]:
    """The packaged compositions, expanded."""
    source = path or data_path(COMPOSITIONS)
    return compose(source.read_text(encoding="utf-8").splitlines(), str(source))
