"""Longest-match dictionary lookup over a Doc's tokens, in one left-to-right pass.

Keys are folded token texts joined the way the text joins them (a space where the token had
trailing whitespace), so "al-Assad" (three spaCy tokens) and "U.S." (one) both match their
dictionary spelling without running the tokenizer over ~100k names at load time. A set of key
prefixes (cut at word and punctuation boundaries) stops each extension as soon as no name can
follow, so the pass is linear in practice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from realpolitik.actors.docview import DocView
from realpolitik.actors.entries import Entry, fold
from realpolitik.actors.resolver import REGION_PREFIX, ActorResolver, by_date
from realpolitik.model import Actor

MAX_TOKENS = 12
GENERIC_HEADS = frozenset({
    "state", "party", "front", "army", "council", "union", "movement", "court", "bank", "group", "republic",
    "forces", "government", "league", "organization", "organisation", "assembly", "ministry", "command",
    "brotherhood", "alliance", "coalition", "committee", "commission", "agency", "authority", "house", "office",
    "department", "service", "services", "guard", "police", "corps", "fund", "congress", "senate"})
DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i")
LOWER_CASE_WORDS = frozenset({"polish", "human", "woman"})
STANCE_PREFIXES = frozenset({"pro", "anti"})
# COMPOUND OF A WIDER WHOLE: a demonym joined by a hyphen to one of these is part of a word for a wider
# community or area ("the Ibero-American summit", "the Inter-American Commission", "Afro-Cuban
# music"), not the state the demonym alone would be; a place keeps its state ("the Pan-Pearl River
# region")
COMPOUND_PREFIXES = frozenset({"ibero", "inter", "pan", "afro", "meso", "trans", "latin"})
_ACRONYM = re.compile(r"^[A-Z][A-Z.\-]{0,5}$")
_NON_WORD = re.compile(r"[^0-9a-z]")


def is_region(item: Entry | Actor) -> bool:
    """A regional collective (AFR, WST …; ``regions.jsonl``): the dictionary entry, or an actor read from
    one."""
    return (item.entity_id or "").startswith(REGION_PREFIX)


TIME_ENTS = frozenset({"DATE", "TIME"})
# NAMED FACILITY: heads of the names of places, leagues and prizes that often carry a title or a person
# ("the Premier League", "King Fahd Air Base", "the President Hotel"): the name inside is no actor.
FACILITY_HEADS = frozenset({
    "league", "cup", "club", "hotel", "airport", "base", "stadium", "university", "college", "school",
    "hospital", "bridge", "port", "street", "avenue", "road", "highway", "square", "mosque", "church",
    "cathedral", "hall", "prize", "award", "trophy", "airways", "airlines", "dam", "canal", "park",
    "museum", "library", "barracks", "airfield", "boulevard"})
# CITY NAMED AFTER A PERSON: "Saddam City", "Ho Chi Minh City" hold a leader's name but are places; a
# state or a city named before "City" ("Kuwait City", "New York City") still stands for its country
PERSON_PLACE_HEADS = frozenset({"city", "town"})


@dataclass(frozen=True)
class Match:
    start: int
    end: int  # exclusive token index
    key: str
    entries: tuple[Entry, ...]
    root: int = -1  # syntactic root token of the match

    @property
    def best(self) -> Entry:
        return self.entries[0]

    @property
    def is_agent(self) -> bool:
        return self.best.kind == "agent"


def _prefixes(key: str) -> list[str]:
    out = [key]
    for m in _NON_WORD.finditer(key):
        p = m.start()
        if p:
            out.append(key[:p].rstrip())
        out.append(key[: p + 1])
    return out


class DictionaryMatcher:
    """Built once per resolver; ``find(doc)`` returns non-overlapping longest matches."""

    def __init__(self, resolver: ActorResolver) -> None:
        # HYPHENATED NAME: a name of several words is also written with hyphens ("Latin-American
        # ministers", "the Asia-Pacific region"), which the tokenizer splits into words and hyphens
        # HYPHENATED SURNAME: a person's name of several words may join any two of them with a hyphen
        # ("Philippe Douste-Blazy", "Michele Alliot-Marie"), where the dictionary spells them apart
        self.index = dict(resolver.index)
        for key, entries in resolver.index.items():
            if " " in key:
                self.index.setdefault(key.replace(" ", "-"), entries)
                if any(e.kind == "person" for e in entries):
                    words = key.split(" ")
                    for k in range(1, len(words)):
                        joined = " ".join(words[:k - 1] + [words[k - 1] + "-" + words[k]] + words[k + 1:])
                        self.index.setdefault(joined, [e for e in entries if e.kind == "person"])
        prefixes: set[str] = set()
        for key in self.index:
            prefixes.update(_prefixes(key))
        self.prefixes = prefixes
        upper: set[str] = set()
        not_upper: set[str] = set()
        for name, key in resolver.name_keys:
            if len(key) <= 6 and _ACRONYM.match(name) and sum(c.isalpha() for c in name) <= 6:
                upper.add(key)
            else:
                not_upper.add(key)
        # A key needs capitals only if every name spelling it is an acronym ("IS", "US", "AU").
        self.upper_only = upper - not_upper
        # LOWER-CASE TITLE: a name the dictionary spells wholly in lower case is a unique office that
        # news writes in lower case ("the pope", "the pontiff"), so it needs no capital in the text
        self.lower_ok = {key for name, key in resolver.name_keys
                         if name == name.lower() and all(c.isalpha() or c == " " for c in name)}
        # STATE KNOWN BY ITS EPITHET: a name the dictionary spells with a lower-case generic head ("Jewish
        # state", "Islamic republic") is written so in news; after "the" it needs no capital on that head
        self.lower_head_ok = {key for name, key in resolver.name_keys
                              if " " in name and name.rsplit(" ", 1)[-1].islower() and name[:1].isupper()}
        self._fold_cache: dict[str, str] = {}
        self._orth_cache: dict[int, str] = {}

    def _fold(self, text: str) -> str:
        f = self._fold_cache.get(text)
        if f is None:
            f = fold(text)
            if len(self._fold_cache) < 200_000:
                self._fold_cache[text] = f
        return f

    def find(self, doc: Doc, view: DocView | None = None, when: date | None = None) -> list[Match]:
        view = view or DocView.of(doc)
        n = len(doc)
        strings = doc.vocab.strings
        cache = self._orth_cache
        norms = []
        for o in view.orth:
            f = cache.get(o)
            if f is None:
                f = cache[o] = self._fold(strings[o])
            norms.append(f)
        space = view.space
        index, prefixes = self.index, self.prefixes
        out: list[Match] = []
        region_start = region_end = -1  # the last region's name found running into a longer name
        i = 0
        while i < n:
            key = norms[i]
            if key not in prefixes:
                i += 1
                continue
            best: tuple[int, str, tuple[Entry, ...]] | None = None
            j = i
            while True:
                if key in index:
                    usable = self._usable(doc, i, j + 1, key)
                    if usable:
                        best = (j + 1, key, usable)
                    elif j > i and all(is_region(e) for e in index[key]):
                        region_start, region_end = i, j + 1
                if j + 1 >= n or j + 1 - i >= MAX_TOKENS:
                    break
                nxt = key + (" " if space[j] else "") + norms[j + 1]
                if nxt not in prefixes:
                    break
                key, j = nxt, j + 1
            if best is not None and i < region_end == best[0] and region_start < i:
                best = None  # REGION INSIDE A LONGER NAME: "America" of "the South America Summit" is no USA
            if best is None:
                i += 1
                continue
            end, k, entries = best
            if len(entries) > 1:
                entries = tuple(by_date(entries, when))
            out.append(Match(i, end, k, entries, view.root_of(i, end)))
            i = end
        return out

    def _usable(self, doc: Doc, start: int, end: int, key: str) -> tuple[Entry, ...]:
        """Which entries of a matched key may apply, given the capitalisation in the text.

        Names need a capital somewhere (so "us" the pronoun is not the USA); acronyms need all
        capitals ("IS" but not "is"); a name ending in a generic noun needs that noun capitalised
        ("Islamic State" but not "a strict Islamic state"), unless the dictionary itself spells that head in
        lower case and "the" comes before ("the Jewish state", STATE KNOWN BY ITS EPITHET); a region followed
        by a proper noun is part of a longer name ("the West Bank"); lower-case demonyms are accepted
        ("tunisian rioters"), and so are names the dictionary itself spells in lower case ("the pope").
        Agent nouns match in any case. A name after "pro-"/"anti-" states a
        stance, not a nationality: "pro-Russia rebels", "an anti-Syria journalist". A name the
        tagger reads wholly as a date or time ("Tuesday morning", "Black Friday") is that time, unless
        it is a state's (the tagger's dates are not reliable enough to drop "Niger"). A capitalised
        multi-word name that is also an agent noun is the named entry first ("the Security Council").
        """
        entries = self.index[key]
        span = doc[start:end]
        if all(t.ent_type_ in TIME_ENTS for t in span):
            entries = [e for e in entries if e.kind == "state"]  # "on Tuesday Morning" is no retailer
            if not entries:  # (a state stays: the tagger reads "Niger" as a date now and then)
                return ()
        if end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "ADJ") \
                and all(is_region(e) for e in entries):
            return ()  # a region's name inside a longer name: "the West Bank", "Asia Pacific Region"
        if _name_runs_on(doc, end) and any(e.kind == "person" for e in entries):
            entries = [e for e in entries if e.kind != "person"]  # NAME RUNNING ON: "Ali Abdallah Saleh"
            if not entries:
                return ()
        if _inside_facility_name(doc, end) and not any(e.kind == "state" for e in entries):
            return ()
        if any(e.kind == "org" for e in entries) and self._inside_longer_name(doc, start):
            entries = [e for e in entries if e.kind != "org"]  # a party noun still names a party
            if not entries:
                return ()
        if _inside_facility_name(doc, end, PERSON_PLACE_HEADS) and all(e.kind == "person" for e in entries):
            return ()
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and (
            doc[start - 2].lower_ in STANCE_PREFIXES
            or (doc[start - 2].lower_ in COMPOUND_PREFIXES and key.endswith(DEMONYM_ENDINGS))
        ):
            return tuple(e for e in entries if e.kind == "agent")  # "pro-Russia rebels" are not Russian
        if key in self.upper_only:
            named_ok = all(t.text.isupper() or not t.is_alpha for t in span)
        else:
            named_ok = any(any(c.isupper() or c.isdigit() for c in t.text) for t in span)
            if named_ok and end - start > 1 and key.rsplit(" ", 1)[-1] in GENERIC_HEADS:
                named_ok = span[-1].text[:1].isupper() or (
                    key in self.lower_head_ok and start > 0 and doc[start - 1].lower_ == "the")
            if not named_ok and end - start == 1 and len(key) >= 6 and key.endswith(DEMONYM_ENDINGS) \
                    and key not in LOWER_CASE_WORDS:
                named_ok = any(e.kind == "state" for e in entries)
            named_ok = named_ok or key in self.lower_ok
        if named_ok and end - start > 1 and all(t.text[:1].isupper() for t in span if t.is_alpha):
            return tuple(sorted(entries, key=lambda e: e.kind == "agent"))  # a capitalised name: the named entry
        if named_ok:
            return tuple(entries)
        return tuple(e for e in entries if e.kind == "agent")

    def _named_before(self, doc: Doc, start: int) -> bool:
        """Do the words of the tagger's name just before ``start`` name something of their own ("German",
        "Japan", "UN", "United Nations")?"""
        k = start - 1
        while k >= 0 and doc[k].ent_type_ == doc[start].ent_type_:
            if self.index.get(doc[k:start].text.lower()):
                return True
            if doc[k].ent_iob_ == "B":
                break
            k -= 1
        return False

    def _inside_longer_name(self, doc: Doc, start: int) -> bool:
        """ORGANISATION NAME INSIDE A LONGER NAME: the tagger's name runs on before the match with a
        capitalised word, and the words before name nothing of their own ("Social" of "the Social
        Democratic Party", "New" of "the New Conservative Party"): the organisation named is another one,
        the dictionary's name only a part of its name. A name before it places or owns it instead: a
        state word ("the Japanese Democratic Party", how a shared party name is placed) or a body ("the
        UN Security Council", "the UN General Assembly")."""
        if start == 0:
            return False
        prev, first = doc[start - 1], doc[start]
        return (first.ent_iob_ == "I" and prev.ent_type_ == first.ent_type_ and prev.is_alpha
                and prev.text[:1].isupper() and prev.pos_ in ("PROPN", "ADJ") and not self._named_before(doc, start))


def _name_runs_on(doc: Doc, end: int) -> bool:
    """NAME RUNNING ON: a person's name that the tagger's person name runs on past ("Foreign Minister
    Abdullah" of "Foreign Minister Abdullah Gul", "Juan Carlos" of "Juan Carlos Brandt") is the name of
    someone the dictionary does not know, not of the person it does."""
    if end >= len(doc) or end == 0:
        return False
    last, nxt = doc[end - 1], doc[end]
    return (last.ent_type_ == "PERSON" and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I"
            and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and bool(last.whitespace_))


def _inside_facility_name(doc: Doc, end: int, heads: frozenset[str] | None = None) -> bool:
    """Does the capitalised name running on after ``end`` end in a facility head (NAMED FACILITY), or
    one of ``heads``?"""
    last = None
    for tok in doc[end : end + 5]:
        if not (tok.text[:1].isupper() or tok.like_num) or tok.pos_ not in ("PROPN", "NUM", "NOUN"):
            break
        last = tok
    return last is not None and last.lower_ in (FACILITY_HEADS if heads is None else heads)
