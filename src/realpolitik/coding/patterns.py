"""The verb/frame pattern dictionary: loading, validating, overriding and indexing.

One pattern per TSV row (see ``data/patterns_curated.tsv`` for the annotated format)::

    id  frame  lemma  particle  prep  noun  code  reverse  note

``frame`` is one of

* ``V``      the verb lemma alone; the target is the direct object (or a prepositional object)
* ``V+N``    verb + direct-object noun (``impose`` + ``sanction``); ``noun`` may be a phrase whose last
             word is the head and whose other words must modify it (``phone call``)
* ``V+P``    verb + preposition whose object is the target (``travel`` + ``to``)
* ``V+P+N``  verb + preposition + object noun (``call`` + ``for`` + ``talk``)
* ``N``      a nominalised event (``visit``, ``sanction``); source from possessive / compound /
             adjective / ``by``, target from a preposition
* ``N+P``    nominal event whose target is the object of a given preposition (``sanction`` + ``against``)

Two optional columns narrow a row, as CAMEO.2.0's two-part and subject-constrained patterns do:
``subject`` lists noun phrases (``|``-separated) one of which the verb's subject must head ("troops
rushed to the border" is a deployment, "aid rushed to the region" is not), and ``also`` lists further
prepositional phrases the sentence must hold on the verb or its object noun (``to=border``, ``with``;
``;``-separated), so "placed police on alert" differs from "placed police". Each counts as one more
constraint in :attr:`Pattern.specificity`, so a narrower row beats the bare frame.

``code`` is the CAMEO code for source → target (``---`` marks a frame that is *not* an event and
blocks weaker patterns); ``reverse`` is an optional code for target → source (visit 042 / host 043).

Three layers are merged by key ``(frame, lemma, particle, prep, noun)``: patterns converted from
CAMEO.2.0, our curated patterns, then an optional user file; a later layer's row replaces an earlier
row with the same key. Malformed rows raise :class:`DictionaryError` naming ``file:line`` for packaged
files; for user files they are collected as warnings and the rest loads.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from realpolitik.coding import cameo
from realpolitik.coding.frames import lemma as token_lemma
from realpolitik.coding.frames import phrase_matches, prep_objects, subject_token
from realpolitik.coding.tables import data_path, read_tsv
from realpolitik.errors import DictionaryError

FRAMES = ("V", "V+N", "V+P", "V+P+N", "N", "N+P")
NOT_AN_EVENT = "---"
PACKAGED = ("patterns_cameo2.tsv", "patterns_curated.tsv")
REQUIRED = ("frame", "lemma")
LAYER_CAMEO2, LAYER_CURATED, LAYER_USER = 0, 1, 2


@dataclass(frozen=True)
class Pattern:
    """One row of the dictionary, validated."""

    id: str
    frame: str
    lemma: str
    particle: str
    prep: str
    noun: str
    code: str
    reverse: str
    layer: int = LAYER_CURATED
    origin: str = ""
    subject: tuple[tuple[str, ...], ...] = ()
    also: tuple[tuple[str, frozenset[str]], ...] = ()

    @property
    def key(self) -> tuple[object, ...]:
        return (self.frame, self.lemma, self.particle, self.prep, self.noun, self.subject, self.also)

    @property
    def constrained(self) -> bool:
        """Whether the row names a subject class or further prepositions (see :func:`constraints_met`)."""
        return bool(self.subject or self.also)

    @property
    def is_event(self) -> bool:
        return self.code != NOT_AN_EVENT

    @property
    def is_verbal(self) -> bool:
        return self.frame.startswith("V")

    @property
    def specificity(self) -> float:
        """How many constraints beyond the lemma the frame imposes (the main confidence input).

        Each of particle, preposition and object noun counts 1; each extra word of a noun phrase
        (``military aid`` against ``aid``) counts 0.5, so the longest matching phrase wins.
        """
        extra = 0.5 * (len(self.noun.split()) - 1) if self.noun else 0.0
        narrowed = int(bool(self.subject)) + len(self.also)
        return int(bool(self.particle)) + int(bool(self.prep)) + int(bool(self.noun)) + extra + narrowed

    @property
    def lemma_only(self) -> bool:
        """Whether the frame names nothing beside its verb or noun: no particle, preposition or object
        (the row CAMEO.2.0 gives a whole synonym block's default code)."""
        return not (self.particle or self.prep or self.noun)

    @property
    def curated(self) -> bool:
        """Written for this package or by the user (not converted from CAMEO.2.0)."""
        return self.layer != LAYER_CAMEO2

    @property
    def noun_words(self) -> tuple[str, ...]:
        return tuple(self.noun.split())


@dataclass
class PatternSet:
    """All patterns, indexed by lemma for constant-time candidate lookup per token."""

    verbs: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    warnings: list[str] = field(default_factory=list)
    size: int = 0

    buckets: dict[str, dict[tuple[str, ...], list[tuple[int, Pattern]]]] = field(default_factory=dict)

    def for_verb(self, lemma: str) -> list[Pattern]:
        return self.verbs.get(lemma, [])

    def verb_buckets(self, lemma: str) -> dict[tuple[str, ...], list[tuple[int, Pattern]]]:
        """A verb's patterns grouped by what the sentence must contain, each with its rank in the
        most-specific-first order: ``("V",)``, ``("V+P", prep)``, ``("V+N", noun head)``,
        ``("V+P+N", prep, noun head)``. Built once per lemma, so matching a verb only touches the
        patterns whose preposition or object noun actually occurs."""
        found = self.buckets.get(lemma)
        if found is None:
            found = {}
            for rank, p in enumerate(self.verbs.get(lemma, [])):
                head = p.noun_words[-1] if p.noun else ""
                key = {"V": ("V",), "V+P": ("V+P", p.prep), "V+N": ("V+N", head)}.get(p.frame, ("V+P+N", p.prep, head))
                found.setdefault(key, []).append((rank, p))
            self.buckets[lemma] = found
        return found

    def for_noun(self, lemma: str) -> list[Pattern]:
        return self.nouns.get(lemma, [])

    def noun_heads(self) -> set[str]:
        return set(self.nouns)


def constraints_met(pattern: Pattern, verb: Token, noun: Token | None) -> bool:
    """Whether the sentence satisfies a row's ``subject`` and ``also`` columns: the verb's subject heads
    one of the subject phrases; each further preposition hangs on the verb or on its matched object
    noun, with an object of one of the listed heads when heads are given."""
    if pattern.subject:
        subj = subject_token(verb)
        if subj is None or not any(phrase_matches(subj, words) for words in pattern.subject):
            return False
    for prep, heads in pattern.also:
        found = prep_objects(verb, prep) + (prep_objects(noun, prep) if noun is not None else [])
        if not found or (heads and not any(token_lemma(o) in heads or o.lower_ in heads for _, o in found)):
            return False
    return True


def _subject_column(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in (" ".join(x.lower().split()) for x in text.split("|")) if p)


def _also_column(text: str, where: str) -> tuple[tuple[str, frozenset[str]], ...]:
    out = []
    for part in (x.strip().lower() for x in text.split(";")):
        if not part:
            continue
        prep, _, heads = part.partition("=")
        if not prep.strip() or " " in prep.strip():
            raise DictionaryError(f"{where}: 'also' needs 'prep' or 'prep=head|head', got {part!r}")
        out.append((prep.strip(), frozenset(h.strip() for h in heads.split("|") if h.strip())))
    return tuple(out)


def _check_code(code: str, allow_empty: bool) -> bool:
    if not code:
        return allow_empty
    if code == NOT_AN_EVENT:
        return True
    return code.isdigit() and 2 <= len(code) <= 4 and cameo.lookup(code) is not None


def parse_row(row: dict[str, str], where: str, layer: int) -> Pattern:
    """Validate one row; raise DictionaryError with ``where`` (``file:line``) and the reason."""
    if "__extra__" in row:
        raise DictionaryError(f"{where}: too many columns")
    missing = [c for c in REQUIRED if not row.get(c)]
    if missing:
        raise DictionaryError(f"{where}: missing {', '.join(missing)}")
    if not row.get("code") and not row.get("reverse"):
        raise DictionaryError(f"{where}: missing code")
    frame = row["frame"].upper()
    if frame not in FRAMES:
        raise DictionaryError(f"{where}: unknown frame {row['frame']!r} (expected one of {', '.join(FRAMES)})")
    lemma, particle = row["lemma"].lower(), row.get("particle", "").lower()
    prep, noun = row.get("prep", "").lower(), " ".join(row.get("noun", "").lower().split())
    code, reverse = row["code"].strip(), row.get("reverse", "").strip()
    if " " in lemma:
        raise DictionaryError(f"{where}: lemma {lemma!r} must be one word (put particles in 'particle')")
    if ("N" in frame.split("+")[1:] or frame == "V+N") and not noun:
        raise DictionaryError(f"{where}: frame {frame} needs a noun")
    if "P" in frame.split("+") and not prep:
        raise DictionaryError(f"{where}: frame {frame} needs a prep")
    if not _check_code(code, allow_empty=bool(reverse)) or not _check_code(reverse, allow_empty=True):
        raise DictionaryError(f"{where}: invalid CAMEO code {code!r}/{reverse!r}")
    subject = _subject_column(row.get("subject") or "")
    also = _also_column(row.get("also") or "", where)
    return Pattern(
        row.get("id") or where, frame, lemma, particle, prep, noun, code or "", reverse, layer, where, subject, also
    )


def read_patterns(path: Path, layer: int, strict: bool) -> tuple[list[Pattern], list[str]]:
    """Read one pattern file. ``strict``: raise on the first bad row; else collect warnings."""
    if not path.is_file():
        raise DictionaryError(f"{path}: pattern file not found")
    patterns: list[Pattern] = []
    warnings: list[str] = []
    try:
        rows = list(read_tsv(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"{path}: cannot read pattern file: {exc}") from exc
    for lineno, row in rows:
        try:
            patterns.append(parse_row(row, f"{path}:{lineno}", layer))
        except DictionaryError as exc:
            if strict:
                raise
            warnings.append(str(exc))
    return patterns, warnings


def build_index(patterns: list[Pattern], warnings: list[str] | None = None) -> PatternSet:
    """Merge layers by key (later wins) and index by lemma, most specific first."""
    merged: dict[tuple[object, ...], Pattern] = {}
    for p in patterns:
        if p.key in merged and merged[p.key].layer == p.layer:
            continue
        merged[p.key] = p
    index = PatternSet(warnings=list(warnings or []))
    for p in merged.values():
        (index.verbs if p.is_verbal else index.nouns)[p.lemma].append(p)
    for table in (index.verbs, index.nouns):
        for lemma, rows in table.items():
            table[lemma] = sorted(rows, key=lambda r: (-r.specificity, -r.layer, not r.noun))
    index.size = len(merged)
    return index


@lru_cache(maxsize=1)
def packaged_patterns() -> tuple[Pattern, ...]:
    from realpolitik.coding.compositions import composed_patterns

    rows: list[Pattern] = []
    for layer, name in enumerate(PACKAGED):
        if layer == LAYER_CURATED:
            rows.extend(composed_patterns())  # composed classes first: within a layer the first row wins
        rows.extend(read_patterns(data_path(name), layer, strict=True)[0])
    return tuple(rows)


def load_patterns(user_file: str | Path | None = None) -> PatternSet:
    """The packaged dictionary, overridden/extended by ``user_file`` (its bad rows become warnings)."""
    rows = list(packaged_patterns())
    warnings: list[str] = []
    if user_file:
        user_rows, warnings = read_patterns(Path(user_file), LAYER_USER, strict=False)
        rows.extend(user_rows)
    return build_index(rows, warnings)
