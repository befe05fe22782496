"""Build ``coding/data/patterns_cameo2.tsv`` from the CAMEO.2.0 verb dictionary (PETRARCH-2, MIT).

The source dictionary lists verb blocks (``---  VISIT   [042:043]  ---``) whose verbs share a default
code, followed by phrase patterns (``- * (FOR TALKS)   [046:046]   # VISIT``). We keep only the facts
that map onto a dependency frame; everything else is skipped and counted:

* a verb with a code                    -> frame ``V``     (lemma alone; target is the object)
* ``* NOUN`` / ``* {ADJ NOUN}`` / ``* &SET`` -> frame ``V+N``   (verb + direct-object noun class)
* ``* (PREP)``                           -> frame ``V+P``   (verb + preposition whose object is the target)
* ``* (PREP NOUN)``                      -> frame ``V+P+N`` (verb + preposition + object noun)
* a leading particle (``* OFF TALKS``)   -> the ``particle`` column
* ``+MEET_WITH``-style multiword verbs   -> lemma + preposition (or particle)
* two-part patterns (``* POLICE (TO BORDER)``, ``* &TREATY (IN ^) (WITH)``, ``* INCURSION (INTO)``):
  the first element gives the frame as above, each further prepositional element goes to the
  ``also`` column (``to=border``; ``with`` when any object will do): the sentence must contain that
  preposition, with an object of that head when one is named, on the verb or on its object noun
* subject-constrained patterns (``&MILITARY * (INTO)``, ``&AIRCRAFT * RAID``): the words before
  ``*`` go to the ``subject`` column: the verb's subject must head one of those noun phrases

Synonym sets (``&CURRENCY``) are expanded to one row each. ``[a:b]`` codes keep ``a`` as the code and
``b`` as the reverse-direction code (target → source, e.g. visit 042 / host 043); ``[---]`` rows are kept
with code ``---``: they tell the coder that this frame is *not* an event, which guards precision.
A pattern whose trailing comment names one verb of its block is attached to that verb only.

Usage: python scripts/build_patterns.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "realpolitik" / "coding" / "data" / "patterns_cameo2.tsv"
PARTICLES = {"up", "down", "out", "off", "back", "away", "over", "forward", "aside", "together", "apart", "in", "on"}
COLUMNS = ["id", "frame", "lemma", "particle", "prep", "noun", "code", "reverse", "note", "subject", "also"]
# Words before ``*`` that are not a subject noun class (auxiliaries, adverbs, verbs of another clause).
MAX_SUBJECTS = 300  # a product of two synsets ({&CAR &WEAPON}: thousands of phrases) is left out
NOT_SUBJECT_WORDS = {"will", "not", "strongly", "said", "on_the", "on the", "been"}
HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
CODE_RE = re.compile(r"\[([^\]]*)\]")
MARKERS = {"*", "+", "$", "^", "%"}
PREPOSITIONS = {
    "about",
    "across",
    "after",
    "against",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "onto",
    "over",
    "to",
    "toward",
    "towards",
    "under",
    "upon",
    "with",
    "within",
    "without",
}


def singular(word: str) -> str:
    """Crude noun singulariser: the coder compares with spaCy lemmas, which are singular."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "ws")):
        return word[:-1]
    return word


def clean_word(raw: str) -> str:
    return raw.strip().rstrip("_").replace("_", " ").lower()


def parse_codes(text: str) -> tuple[str, str] | None:
    """``"042:043"`` -> ("042", "043"); ``"---"`` -> ("---", ""); malformed -> None."""
    text = text.strip()
    if text.startswith("---"):
        return "---", ""
    fwd, _, rev = text.partition(":")
    fwd, rev = fwd.strip(), rev.strip()
    if rev.startswith("---"):
        rev = ""
    if (fwd and not fwd.isdigit()) or (rev and not rev.isdigit()) or not (fwd or rev):
        return None
    return fwd, rev


def tokenize(text: str) -> list[str]:
    """Split a pattern into elements, keeping ``(...)`` and ``{...}`` groups whole."""
    out: list[str] = []
    depth, cur = 0, ""
    for ch in text:
        if ch in "({":
            depth += 1
        if ch in ")}":
            depth -= 1
        if ch.isspace() and depth == 0:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def expand_phrase(words: list[str], synsets: dict[str, list[str]]) -> list[str] | None:
    """All noun phrases a word list stands for (synsets expanded); None if it has markers."""
    options: list[str] = [""]
    for w in words:
        if w in MARKERS or w.startswith(("+", "$", "%", "^")):
            return None
        if w.startswith("&"):
            members = synsets.get(w[1:].rstrip("_"))
            if not members:
                return None
            options = [f"{o} {m}".strip() for o in options for m in members]
        else:
            options = [f"{o} {clean_word(w)}".strip() for o in options]
    result = []
    for phrase in options:
        parts = phrase.split()
        if not parts:
            return None
        parts[-1] = singular(parts[-1])
        result.append(" ".join(parts))
    return result


def _element(el: str, synsets: dict[str, list[str]]) -> tuple[str, list[str]] | None:
    """One pattern element -> (preposition or "", noun phrases); ``^`` (any phrase) gives no nouns."""
    if el.startswith("("):
        inner = el.strip("()").replace("{", "").replace("}", "").split()
        if not inner or inner[0].startswith(("&", "+", "$", "^")):
            return None
        prep = inner[0].lower().replace("/", " ").split()[0]
        rest = [w for w in inner[1:] if w != "^"]
        if rest == ["+"]:  # (INTO +): the preposition's object is the target
            rest = []
        if any(w.startswith(("+", "$")) for w in rest):
            return None
        if not rest:
            return prep, []
        nouns = expand_phrase(rest, synsets)
        return (prep, nouns) if nouns else None
    words = el.replace("{", "").replace("}", "").split()
    nouns = expand_phrase(words, synsets)
    return ("", nouns) if nouns else None


def _group(elements: list[str]) -> list[str]:
    """Rejoin unbraced word runs into one element (``* FIRST MOVE`` = one noun phrase, ``* TO &DEFENSE``
    = a prepositional element); a bare ``+`` after a preposition is its (target) object."""
    out: list[str] = []
    for el in elements:
        plain = not el.startswith(("(", "{"))
        if el == "+" and out and out[-1].lower() in PREPOSITIONS:
            out[-1] = f"({out[-1]})"
            continue
        if plain and out and not out[-1].startswith(("(", "{")) and not out[-1].endswith(")"):
            out[-1] = f"{out[-1]} {el}"
            continue
        out.append(el)
    grouped = []
    for el in out:
        words = el.split()
        if not el.startswith(("(", "{")) and len(words) > 1 and words[0].lower() in PREPOSITIONS:
            el = f"({el})"
        grouped.append(el)
    return grouped


def _also(prep: str, nouns: list[str]) -> str:
    heads = sorted({n.split()[-1] for n in nouns})
    return f"{prep}={'|'.join(heads)}" if heads else prep


def frames_for(elements: list[str], synsets: dict[str, list[str]]) -> list[tuple[str, str, str, str, str]] | None:
    """Translate the part after ``*`` into (frame, particle, prep, noun, also) rows; None if unsupported."""
    els = [e for e in elements if e not in MARKERS or e == "+"]
    if els and els[-1] == "+":  # a trailing target marker: the target is the object, as usual
        els.pop()
    particle = ""
    if els and not els[0].startswith(("(", "{", "&")) and els[0].lower() in PARTICLES:
        particle = els.pop(0).lower()
    els = _group(els)
    if not els:
        return [("V", particle, "", "", "")]
    if any(e in MARKERS for e in els):
        return None
    parts = [_element(e, synsets) for e in els]
    if any(p is None for p in parts):
        return None
    main, extra = parts[0], parts[1:]
    assert main is not None
    also: list[str] = []
    for part in extra:
        assert part is not None
        prep, nouns = part
        if not prep:
            if len(extra) == 1 and len(els[-1].split()) == 1 and els[-1].lower() in PREPOSITIONS:
                prep = els[-1].lower()
                nouns = []
            else:
                return None
        also.append(_also(prep, nouns))
    extra_text = ";".join(also)
    prep, nouns = main
    if prep and not nouns:
        return [("V+P", particle, prep, "", extra_text)]
    if prep:
        return [("V+P+N", particle, prep, n, extra_text) for n in nouns]
    return [("V+N", particle, "", n, extra_text) for n in nouns]


def subject_for(elements: list[str], synsets: dict[str, list[str]]) -> str | None:
    """The ``subject`` column for the words before ``*``: noun phrases joined by ``|``; None if they
    are not one noun class (a target or source marker, an auxiliary, an adverb)."""
    if not elements or any(e in MARKERS or e.startswith(("+", "$", "^", "%", "(")) for e in elements):
        return None
    words = " ".join(elements).replace("{", "").replace("}", "").split()
    if any(clean_word(w) in NOT_SUBJECT_WORDS for w in words):
        return None
    nouns = expand_phrase(words, synsets)
    if not nouns or len(nouns) > MAX_SUBJECTS:
        return None
    return "|".join(sorted(set(nouns)))


def parse_verb_word(line: str) -> tuple[str, str, str, str] | None:
    """A verb line -> (lemma, particle, prep, own code); None when unusable."""
    body = line.split("#", 1)[0]
    own = ""
    m = CODE_RE.search(body)
    if m:
        codes = parse_codes(m.group(1))
        own = codes[0] if codes else ""
        body = body[: m.start()]
    body = re.sub(r"\{[^}]*\}", "", body).strip()
    if not body or " " in body:
        return None
    words = clean_word(body.lstrip("+")).split()
    if len(words) == 1:
        return words[0], "", "", own
    if len(words) == 2:
        second = words[1]
        if second in PARTICLES - {"in", "on"}:
            return words[0], second, "", own
        return (words[0], "", second, own) if second in PREPOSITIONS else None
    return None


def convert(path: Path) -> tuple[list[list[str]], dict[str, int]]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    stats = {"patterns": 0, "kept": 0, "skipped": 0, "verbs": 0, "two_part": 0, "subject": 0}
    rows: list[list[str]] = []
    seen: set[tuple[str, str, str, str, str]] = set()
    current: str | None = None
    in_verbs = False
    block_code: tuple[str, str] | None = None
    block_verbs: list[tuple[str, str, str, str]] = []

    def emit(
        rid: str,
        frame: str,
        lemma: str,
        particle: str,
        prep: str,
        noun: str,
        codes: tuple[str, str],
        note: str,
        subject: str = "",
        also: str = "",
    ) -> None:
        key = (frame, lemma, particle, prep, noun, subject, also)
        if key in seen:
            return
        seen.add(key)
        rows.append([rid, frame, lemma, particle, prep, noun, codes[0], codes[1], note, subject, also])

    for lineno, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs:
            if line.startswith("&"):
                current = line[1:].strip().rstrip("_")
                synsets[current] = []
            elif line.startswith("+") and current:
                synsets[current].append(clean_word(line[1:].split("#")[0]))
            elif not line.strip():
                current = None
            continue
        if not line.strip() or line.startswith("#"):
            continue
        head = HEADER_RE.match(line)
        if head:
            block_code = parse_codes(head.group(2))
            if block_code == ("---", ""):
                block_code = None
            block_verbs = []
            continue
        if line.startswith("-"):
            stats["patterns"] += 1
            body, _, comment = line[1:].partition("#")
            m = CODE_RE.search(body)
            codes = parse_codes(m.group(1)) if m else None
            elements = tokenize(body[: m.start()] if m else body)
            if codes is None or "*" not in elements:
                stats["skipped"] += 1
                continue
            star = elements.index("*")
            subject = subject_for(elements[:star], synsets) if star else ""
            frames = frames_for(elements[star + 1 :], synsets) if subject is not None else None
            if frames is None:
                stats["skipped"] += 1
                continue
            named = clean_word(comment.split(",")[0]) if comment.strip() else ""
            targets = [v for v in block_verbs if v[0] == named] or block_verbs
            for k, (frame, particle, prep, noun, also) in enumerate(frames):
                for verb in targets:
                    vframe = {"V": "V+P", "V+N": "V+P+N"}.get(frame, frame) if verb[2] and not prep else frame
                    rid = f"c2-{lineno}" + (f".{k}" if len(frames) > 1 else "")
                    emit(
                        rid,
                        vframe,
                        verb[0],
                        particle or verb[1],
                        prep or verb[2],
                        noun,
                        codes,
                        f"CAMEO.2.0 {verb[0].upper()}",
                        subject or "",
                        also,
                    )
            stats["kept"] += 1
            stats["two_part"] += bool(frames[0][4])
            stats["subject"] += bool(subject)
            continue
        parsed = parse_verb_word(line)
        if parsed is None:
            continue
        verb = parsed
        block_verbs.append(verb)
        stats["verbs"] += 1
        code = (verb[3], "") if verb[3] else block_code
        if code:
            frame = "V+P" if verb[2] else "V"
            emit(f"c2-{lineno}", frame, verb[0], verb[1], verb[2], "", code, f"CAMEO.2.0 {verb[0].upper()}")
    return rows, stats


# Light verbs: the event is in their object ("held talks", "launched an offensive", "imposed a
# curfew"), so the object noun names the event on its own too ("the talks between A and B", "A's
# offensive against B"). Their V+N rows give the nominal-event lexicon (frame N, head = last word).
LIGHT_VERBS = frozenset(
    {
        "hold", "launch", "conduct", "stage", "carry", "mount", "begin", "start", "resume", "undertake", "wage",
        "initiate", "convene", "organize", "organise", "step",
    }
)  # fmt: skip
NOMINAL_SKIP_ROOTS = frozenset({"01", "--"})  # statements are not events by themselves
# Objects of light verbs that are things or places, not events ("held in prison", "held hostage",
# "launched a grenade", "opened a pipeline"), or standing states ("ties", "relations", "exports"), or whose
# row's code comes from a sense the noun alone lacks ("withhold approval" read through "hold" as 110, "launch
# a bid" as 160: an approval or a bid named alone is neither).
NOMINAL_NOT_EVENTS = frozenset(
    {
        "approval", "bid",
        "prison", "jail", "penitentiary", "camp", "custody", "captive", "hostage", "prisoner", "pipeline",
        "grenade", "shell", "equipment", "system", "table", "service", "program", "programme", "agenda",
        "scheme", "schema", "outline", "plan", "responsible", "relation", "tie", "signature", "export",
        "import", "emergency", "election", "diplomatic", "council", "flight", "lending", "fire", "advisor",
        "against", "achievement", "preparation", "participation", "poll", "tender", "drive", "confinement",
        "detainment", "rationing", "research", "study", "examination", "analysis", "analyse", "training",
    }
)  # fmt: skip


def nominal_rows(rows: list[list[str]]) -> tuple[list[list[str]], int]:
    """N rows for the object nouns of light-verb patterns, one per (head, phrase); a noun whose
    light verbs disagree on the CAMEO root is left out (its code depends on the verb)."""
    codes: dict[tuple[str, str], list[str]] = {}
    first_id: dict[tuple[str, str], str] = {}
    for rid, frame, lemma, particle, _prep, noun, code, _rev, _note, subject, also in rows:
        if (
            subject
            or also
            or frame != "V+N"
            or lemma not in LIGHT_VERBS
            or particle
            or not noun
            or code[:2] in NOMINAL_SKIP_ROOTS
        ):
            continue
        words = noun.split()
        if words[-1] in NOMINAL_NOT_EVENTS:
            continue
        key = (words[-1], noun if len(words) > 1 else "")
        codes.setdefault(key, []).append(code)
        first_id.setdefault(key, rid)
    out: list[list[str]] = []
    conflicts = 0
    for key, found in sorted(codes.items()):
        if len({c[:2] for c in found}) > 1:
            conflicts += 1
            continue
        code = max(set(found), key=lambda c: (found.count(c), c))
        out.append([f"{first_id[key]}n", "N", key[0], "", "", key[1], code, "", "CAMEO.2.0 light-verb object", "", ""])
    return out, conflicts


def build(shared: Path, out: Path = OUT) -> dict[str, int]:
    rows, stats = convert(shared / "data" / "phoenix" / "raw" / "CAMEO.2.0.txt")
    nominal, conflicts = nominal_rows(rows)
    rows += nominal
    stats["nominal"], stats["nominal_conflicts"] = len(nominal), conflicts
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Verb/frame patterns converted from the CAMEO.2.0 verb dictionary (PETRARCH-2, MIT licence,\n")
        fh.write("# Copyright (c) 2015 Open Event Data Alliance). Generated by scripts/build_patterns.py.\n")
        fh.write("# Columns: id, frame (V | V+N | V+P | V+P+N | N | N+P), lemma, particle, prep, noun, code,\n")
        fh.write("# reverse (code for the target->source direction), note, subject (noun phrases the verb's subject\n")
        fh.write("# must head, '|'-separated), also (further prepositions the sentence must hold: 'prep' or\n")
        fh.write("# 'prep=head|head', ';'-separated). code '---' = explicitly not an event.\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    stats["rows"] = len(rows)
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    print(f"wrote {OUT}: {build(args.shared)}")


if __name__ == "__main__":
    main()
