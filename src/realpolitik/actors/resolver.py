"""Name + date → actor: the dictionary lookup shared by the spaCy component and the CLI."""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from realpolitik.actors.entries import Entry, LoadReport, Problem, fold
from realpolitik.actors.loader import load_packaged, load_user
from realpolitik.model import Actor

NO_COUNTRY = "---"
REGION_PREFIX = "region:"  # the entity id of a regional collective: "region:AFR"
# Countries whose names are written family name first in English ("Hu Jintao", "Kim Jong-un"), so
# that a bare family name is the name's first word.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM", "MNG", "SGP"})
# Listed people sharing one surname beyond which a bare surname is not guessed among office holders
COMMON_SURNAME = 5
HEAD_OF_STATE = "head of state or government"  # the title of an Archigos leader's spell (scripts/build_actors.py)
ELITE = "ELI"
# The three letters a code may start with that name no country: international and non-governmental
# bodies, firms, the CAMEO "international", "unaffiliated" and "unknown" roots, agent roots the
# dictionaries write without a country (rebels, insurgents, elites, peacekeepers, the news outlets Phoenix
# codes bare ``MED``: Reuters, Xinhua, the BBC) and no code at all.
# An actor whose code starts with one of these belongs to no state: ``split_code`` gives it no
# country, and the coder never reads it as a state, a state's place or a dyad's country.
COUNTRYLESS_ROOTS = frozenset(
    {"---", "IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UAF", "UNK", "UIS", "PKO", "REB", "INS", "ELI", "MED"}
)


# ``Actor.role`` of a person whose role the text states ("Malaysian Deputy Prime Minister <name>"), + the title.
STATED_ROLE = "stated: "


def stated_by_text(actor: Actor, entry: Entry) -> bool:
    """Class THE TEXT'S TITLE HOLDS ON THE EVENT'S DATE: a person whose role a title or apposition in the
    sentence states (``STATED_ROLE``: "African Union envoy <name>", "<name>, now the Commonwealth's envoy"),
    or whose code none of the dictionary's roles, fallback or country gives, has it from the sentence
    itself, beside the act it reports; re-reading the dictionary on the event's date ("met … on
    Tuesday") must not undo it."""
    if (actor.role or "").startswith(STATED_ROLE):
        return True
    return actor.code not in {r.code for r in entry.roles} | {entry.code, entry.country}


@dataclass(frozen=True)
class Resolution:
    """An actor code together with the evidence for it (which entry, which role period)."""

    code: str
    entity_id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None
    valid_from: date | None
    valid_until: date | None
    source: str
    why: str

    def to_actor(self, text: str, how: str | None = None, confidence: float = 1.0) -> Actor:
        return Actor(
            text=text,
            code=self.code,
            entity_id=self.entity_id,
            name=self.name,
            country=self.country,
            sector=self.sector,
            role=self.role,
            kind=self.kind,
            confidence=confidence,
            how=how or f"{self.source} ({self.why})",
        )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("valid_from", "valid_until"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


def split_code(code: str) -> tuple[str | None, str | None]:
    """``TURGOV`` → (``TUR``, ``GOV``); ``IGOUNO`` → (None, None) since IGOs have no country."""
    root, rest = code[:3], code[3:] or None
    if root in COUNTRYLESS_ROOTS:
        return None, None
    return root, rest


def acts_as_state(res: Resolution) -> bool:
    """STATE SINCE A DATE: Phoenix files some states with a dated history (Eritrea from 1993, the Baltic states
    from 1991, Kuwait after its occupation), as entries of people are filed; on a date when such an entry's
    role is a bare country code, it names the state itself ("Eritrean", "Latvian", "Kuwaiti")."""
    return res.kind == "state" or (res.kind == "person" and res.sector is None and res.code == res.country
                                   and len(res.code) == 3 and res.code.isalpha())


def resolve_entry(entry: Entry, when: date | None) -> Resolution:
    """Pick the code an entry stands for on ``when`` (today when the date is unknown)."""
    day = when or date.today()
    role = entry.role_at(day) if entry.roles else None
    if role is not None:
        code, valid_from, valid_until, title = role.code, role.start, role.end, role.title
        why = f"role {title or role.code} {role.start or '…'}..{role.end or '…'} covers {day}"
    else:
        code = entry.code or entry.country or NO_COUNTRY
        valid_from = valid_until = None
        title = None
        why = f"no role period covers {day}; fallback code" if entry.roles else "undated entry"
    country, sector = split_code(code)
    if entry.kind == "agent":
        code = NO_COUNTRY + (entry.agent or "")
        country, sector = None, entry.agent
    return Resolution(
        code=code,
        entity_id=entry.entity_id,
        name=entry.name or entry.names[0],
        kind=entry.kind,
        country=country or (entry.country if entry.kind != "agent" else None),
        sector=sector,
        role=title,
        valid_from=valid_from,
        valid_until=valid_until,
        source=entry.source,
        why=why,
    )


def by_date(entries: list[Entry] | tuple[Entry, ...], when: date | None) -> list[Entry]:
    """Order same-name entries: higher layer first, then one whose role covers the date.

    "President Bush" in 2008 is George W. Bush (a role covers the date), not his father.
    """
    if len(entries) < 2:
        return list(entries)
    day = when or date.today()

    def rank(e: Entry) -> tuple[int, int]:
        if e.roles:
            fit = 0 if e.role_at(day) is not None else 2
        else:
            fit = 1
        return (-e.layer, fit)

    return sorted(entries, key=rank)


class ActorResolver:
    """All dictionaries merged into one index from folded name to entries (best first)."""

    def __init__(self, report: LoadReport) -> None:
        self.problems: list[Problem] = report.problems
        self.entries: list[Entry] = report.entries
        index: dict[str, list[Entry]] = {}
        self.name_keys: list[tuple[str, str]] = []  # (spelling, key) of named (non-agent) entries
        for entry in report.entries:
            for name in entry.names:
                key = fold(name)
                if key:
                    index.setdefault(key, []).append(entry)
                    if entry.kind != "agent":
                        self.name_keys.append((name, key))
        self._supersede(index)
        for found in index.values():
            # Higher layer first (user > curated > Phoenix); stable within a layer (first line wins).
            found.sort(key=lambda e: -e.layer)
        self.index = index
        self.by_id: dict[str, Entry] = {}
        for entry in report.entries:
            prev = self.by_id.get(entry.entity_id)
            if prev is None or entry.layer > prev.layer:
                self.by_id[entry.entity_id] = entry
        self._surnames: dict[str, list[Entry]] | None = None
        self.titles: dict[tuple[str, str], list[Entry]] = {}
        for entry in report.entries:
            if entry.title and entry.country:
                for t in entry.title.split("|"):
                    self.titles.setdefault((entry.country, fold(t)), []).append(entry)

    @staticmethod
    def _supersede(index: dict[str, list[Entry]]) -> None:
        """A curated person replaces the Phoenix entry whose canonical name is one of its names.

        Otherwise "President Maduro" (a Phoenix spelling) and "Maduro" (curated) would give two
        entity ids, and the Phoenix entry's dates would apply to the longer spelling.
        """
        replace: dict[int, Entry] = {}
        for found in index.values():
            if len(found) < 2:
                continue
            top = max(found, key=lambda e: e.layer)
            if top.kind != "person" or top.layer == 0:
                continue
            for e in found:
                if e.layer < top.layer and e.names and fold(e.names[0]) in index and \
                        top in index[fold(e.names[0])]:
                    replace[id(e)] = top
        if not replace:
            return
        for key, found in index.items():
            if any(id(e) in replace for e in found):
                merged: list[Entry] = []
                for e in found:
                    r = replace.get(id(e), e)
                    if r not in merged:
                        merged.append(r)
                index[key] = merged

    @classmethod
    def load(cls, user_file: str | None = None) -> ActorResolver:
        report = LoadReport()
        load_packaged(report)
        if user_file:
            load_user(user_file, report)
        return cls(report)

    @classmethod
    def default(cls, user_file: str | None = None) -> ActorResolver:
        """The process-wide resolver: packaged data (plus a user file) is loaded once.

        Without an explicit file, the user dictionary at its default place is used if it exists
        (see ``realpolitik.actors.userdict``).
        """
        if user_file is None:
            from realpolitik.actors.userdict import default_user_path

            path = default_user_path()
            if path.is_file():
                user_file = str(path)
        return _cached(user_file)

    def region(self, code: str | None) -> Entry | None:
        """The regional collective with this code (AFR, WST …; ``regions.jsonl``), or None: its entry carries
        the region's states (``members``), which coreference and the coder both read from here."""
        return self.by_id.get(f"{REGION_PREFIX}{code}") if code else None

    def entries_for(self, name: str) -> list[Entry]:
        key = fold(name)
        found = self.index.get(key)
        if found is None and key.startswith("the "):
            found = self.index.get(key[4:])
        return found or []

    def lookup(self, name: str, when: date | None = None) -> Resolution | None:
        """Resolve a bare name (no context): the best entry for it, on the given date."""
        key = fold(name)
        if key.endswith("'s"):
            key = key[:-2].rstrip()
        found = by_date(self.entries_for(key), when)
        return resolve_entry(found[0], when) if found else None

    def at_date(self, actor: Actor, when: date | None) -> Actor:
        """The same person's actor on another date (the event's, say, rather than the article's).

        Only people from the dictionaries change with the date; everything else is returned as is, and so
        is a person whose code the text itself stated (``stated_by_text``).
        """
        entry = self.by_id.get(actor.entity_id or "")
        if entry is None or entry.kind != "person" or not entry.roles or stated_by_text(actor, entry):
            return actor
        res = resolve_entry(entry, when)
        if res.code == actor.code:
            return actor
        return replace(actor, code=res.code, country=res.country, sector=res.sector, role=res.role,
                       how=f"{res.source}: {res.why}")

    def surname_bearers(self, surname: str) -> list[Entry]:
        """Every listed person whose surname (as ``by_surname`` reads it) is ``surname``, whatever the date."""
        if self._surnames is None:
            self.by_surname(surname, None)
        return (self._surnames or {}).get(fold(surname), [])

    def by_surname(self, surname: str, when: date | None, named: frozenset[str] = frozenset(),
                   story: frozenset[str] | None = None) -> Entry | None:
        """A bare surname ("Bush") → the one listed person of that surname in office on the date.

        The surname is the last word of the name, or the first for countries that write the family
        name first ("Hu" for Hu Jintao). An office held on the date in one of the ``named`` states (those
        the text names) wins over elite (ELI) spans; any other ambiguity (two office holders with different
        codes) gives None. A surname more than ``COMMON_SURNAME`` listed people share ("Park", "Khan",
        "Mohamed") decides nobody's nationality on its own: even when one of them is in office on the date,
        it is taken only if the article names that person's state (a factory manager or a suspect of that
        name is as likely as the one listed official).

        ELITE SURNAME, STATE UNNAMED: a Phoenix elite (ELI) span covers a whole career in or near power,
        not an office held that day, so a bare surname that reaches only such a span ("Neptune", "Rosa")
        is taken only when the article names that person's state (``story``: the countries an article of
        several sentences names in any way, a state, a place or a body of it): in a story that never
        does, the word is a ship, a shipping line or a first name far more often than a politician out
        of office. A lone sentence (``story`` None) is too short for its silence to say anything.

        HEAD OF STATE BY SURNAME: where the surname's bearers in office on the date hold different codes
        and one of them is that day's head of state or government (an Archigos spell), the surname is the
        head's. The news calls a president or prime minister by surname alone; a minister, a tycoon or a
        relative who shares the name is given a first name or a title. A surname more than
        ``COMMON_SURNAME`` listed people share stays undecided.
        """
        if self._surnames is None:
            index: dict[str, list[Entry]] = {}
            for entry in self.entries:
                if entry.kind == "person" and entry.roles:
                    words = fold(entry.name or entry.names[0]).split()
                    if len(words) >= 2:
                        family = words[0] if entry.country in FAMILY_NAME_FIRST else words[-1]
                        index.setdefault(family, []).append(entry)
                    if entry.surname:
                        index.setdefault(fold(entry.surname), []).append(entry)
            self._surnames = index
        day = when or date.today()
        bearers = self._surnames.get(fold(surname), [])
        common = len(bearers) > COMMON_SURNAME
        found = [e for e in bearers if e.role_at(day) is not None]
        codes = {e.role_at(day).code for e in found}  # type: ignore[union-attr]
        if len(codes) > 1 and named and not common:
            # An office held on the date, in a state the article names, outranks a Phoenix elite (ELI) span,
            # which covers a whole career in or near power ("Blair" in a 2005 story naming Britain is the
            # prime minister, not a retired admiral's elite span); an office of a state the article never
            # names ("Taylor" in a story about a bank) is no evidence. A surname many listed people share
            # ("Li", "Silva") is too common to guess from: a coach or a footballer is as likely.
            office = [e for e in found if not e.role_at(day).code.endswith("ELI")  # type: ignore[union-attr]
                      and e.country in named]
            if office:
                found = office
                codes = {e.role_at(day).code for e in found}  # type: ignore[union-attr]
        if len(codes) > 1 and not common:
            heads = [e for e in found if e.role_at(day).title == HEAD_OF_STATE]  # type: ignore[union-attr]
            if len({e.role_at(day).code for e in heads}) == 1:  # type: ignore[union-attr]
                found = heads  # HEAD OF STATE BY SURNAME: see the docstring
                codes = {e.role_at(day).code for e in found}  # type: ignore[union-attr]
        if len(codes) == 1:
            best = sorted(found, key=lambda e: -e.layer)[0]
            if common and best.country not in named:
                return None  # COMMON SURNAME, STATE UNNAMED: a name shared this widely says no nationality alone
            if story is not None and codes.pop().endswith(ELITE) and best.country not in story:
                return None  # ELITE SURNAME, STATE UNNAMED: see the docstring
            return best
        return None

    def person_with_title(self, country: str, title: str, when: date | None) -> Entry | None:
        """"the Turkish president" on a date → the person who held that office then, if known."""
        day = when or date.today()
        for entry in self.titles.get((country, fold(title)), []):
            role = entry.role_at(day)
            if role is not None and role.title and fold(title) in fold(role.title):
                return entry
        return None


_lock = threading.Lock()


@lru_cache(maxsize=8)
def _cached(user_file: str | None) -> ActorResolver:
    with _lock:
        return ActorResolver.load(user_file)
