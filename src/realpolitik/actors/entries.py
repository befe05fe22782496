"""Dictionary entries in our own format, and their validation.

One JSONL line is one entry: a thing that can be named (a state, a person, an organisation, a
group, a place used as a metonym) or an *agent* noun ("officials", "troops") that adds a sector
code to whatever country it is attached to. People carry dated roles because the same name means
a different CAMEO actor at different times (Erdogan was prime minister, then president).

Line format (only ``names`` and one of ``code``/``roles``/``agent`` are required)::

    {"id": "person:recep-tayyip-erdogan", "kind": "person", "name": "Recep Tayyip Erdogan",
     "names": ["Recep Tayyip Erdogan", "Erdogan"], "country": "TUR", "code": "TUR",
     "roles": [{"code": "TURGOV", "role": "prime minister", "from": "2003-03-14", "until": "2014-08-28"}]}

``from`` is inclusive and ``until`` exclusive; the first role whose period contains the date wins,
and ``code`` is the fallback outside every period.

A person may carry ``"surname"``: the single word the news calls them by when it is not the last word
of their name ("Mobutu" for Mobutu Sese Seko); only the date-checked surname lookup reads it.

A region may carry ``"members"``: the codes of the states in it, so that "the Balkan country" can be
told from the other states its sentence names.

A person may carry ``"gender": "M"`` or ``"F"``. It is only used by coreference, to keep "she" from
resolving to a man and "he" to a woman; unknown gender (the default) is compatible with both.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

NON_COUNTRY_ROOTS = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "---", "PKO", "KUR", "MED", "REB",
                               "INS", "ELI", "CVL", "BUS", "GOV", "MIL", "OPP", "REL", "MUS", "CHR", "JEW"})
KINDS = ("state", "person", "org", "group", "place", "agent")
GENDERS = ("M", "F")
_CODE_RE = re.compile(r"^[A-Z-]{3}[A-Z0-9]*$")


@dataclass(frozen=True)
class Role:
    """One period during which a name stands for one CAMEO code."""

    code: str
    start: date | None = None
    end: date | None = None  # exclusive
    title: str | None = None

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class Entry:
    """A dictionary entry; ``source`` is ``file:line`` so every resolution can say where it came from."""

    entity_id: str
    kind: str
    names: tuple[str, ...]
    source: str
    name: str | None = None
    code: str | None = None  # fallback (or only) code
    country: str | None = None
    roles: tuple[Role, ...] = ()
    agent: str | None = None  # sector suffix added to a country, for kind == "agent"
    title: str | None = None  # e.g. "president": lets "the Turkish president" find this person
    layer: int = 0  # 0 packaged Phoenix-derived, 1 packaged curated, 2 user
    weak: bool = False  # agent noun that only marks a mention ("the two leaders"); adds no sector
    gender: str | None = None  # "M" / "F" for people when known; only pronoun resolution reads it
    surname: str | None = None  # the one word the news calls a person by when it is not the name's last
    members: frozenset[str] = frozenset()  # a region's states (ISO codes), for "the Balkan country"

    def role_at(self, when: date) -> Role | None:
        for role in self.roles:
            if role.covers(when):
                return role
        return None


@dataclass
class Problem:
    """A bad dictionary line; reported with file and line while the rest loads."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class LoadReport:
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def fold(text: str) -> str:
    """Matching key: lower case, accents stripped, curly quotes straightened, spaces collapsed."""
    if text.isascii():
        return " ".join(text.lower().replace("_", " ").split())
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("_", " ")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def parse_date(value: Any, where: str, problems: list[Problem]) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(Problem(where, f"bad date {value!r} (want YYYY-MM-DD)"))
        raise


def valid_code(code: str, known_roots: frozenset[str] | None) -> bool:
    if not _CODE_RE.match(code):
        return False
    return known_roots is None or code[:3] in known_roots


def entry_from_dict(
    obj: dict[str, Any], where: str, layer: int, known_roots: frozenset[str] | None, problems: list[Problem]
) -> Entry | None:
    """Validate one JSON object; on any problem append it to ``problems`` and return None."""
    names = obj.get("names")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
        problems.append(Problem(where, "`names` must be a non-empty list of strings"))
        return None
    kind = obj.get("kind") or ("agent" if obj.get("agent") else "person" if obj.get("roles") else "org")
    if kind not in KINDS:
        problems.append(Problem(where, f"unknown kind {kind!r} (one of {', '.join(KINDS)})"))
        return None
    codes: list[str] = []
    roles: list[Role] = []
    try:
        for r in obj.get("roles") or []:
            if not isinstance(r, dict) or not isinstance(r.get("code"), str):
                problems.append(Problem(where, "each role needs a `code`"))
                return None
            role = Role(
                code=r["code"],
                start=parse_date(r.get("from"), where, problems),
                end=parse_date(r.get("until"), where, problems),
                title=r.get("role"),
            )
            if role.start and role.end and role.end <= role.start:
                problems.append(Problem(where, f"role {role.code} ends before it starts"))
                return None
            roles.append(role)
    except ValueError:
        return None
    codes += [r.code for r in roles]
    code = obj.get("code")
    if code is not None:
        codes.append(code)
    agent = obj.get("agent")
    if kind == "agent":
        if not isinstance(agent, str) or not re.fullmatch(r"([A-Z]{3})+", agent):
            problems.append(Problem(where, f"agent entry needs an `agent` sector code, got {agent!r}"))
            return None
    elif not codes:
        problems.append(Problem(where, "entry needs `code` or `roles`"))
        return None
    for c in codes:
        if not isinstance(c, str) or not valid_code(c, known_roots):
            problems.append(Problem(where, f"unknown actor code {c!r}"))
            return None
    overlap = _overlap(roles)
    if overlap:
        problems.append(Problem(where, overlap))
        return None
    gender = obj.get("gender")
    if gender is not None:
        if gender not in GENDERS:
            problems.append(Problem(where, f"bad gender {gender!r} (one of {', '.join(GENDERS)}, or leave it out)"))
            return None
        if kind != "person":
            problems.append(Problem(where, f"`gender` only applies to people, not kind {kind!r}"))
            return None
    entity_id = obj.get("id") or f"{kind}:{slug(str(obj.get('name') or names[0]))}"
    root = codes[0][:3] if codes and kind != "agent" else None
    country = obj.get("country") or (root if root and root not in NON_COUNTRY_ROOTS else None)
    return Entry(
        entity_id=str(entity_id),
        kind=kind,
        names=tuple(names),
        source=where,
        name=obj.get("name") or names[0],
        code=code,
        country=country,
        roles=tuple(roles),
        agent=agent,
        title=obj.get("title"),
        layer=layer,
        weak=bool(obj.get("weak")),
        gender=gender,
        surname=obj.get("surname") if isinstance(obj.get("surname"), str) else None,
        members=frozenset(m for m in obj.get("members") or () if isinstance(m, str)),
    )


def entry_trusted(obj: dict[str, Any], where: str, layer: int) -> Entry:
    """Build an entry from packaged data without re-validating it (the build and a test validate it).

    Loading ~29k packaged entries happens once per process; skipping the checks halves that time.
    """
    roles = tuple(
        Role(r["code"], date.fromisoformat(r["from"]) if "from" in r else None,
             date.fromisoformat(r["until"]) if "until" in r else None, r.get("role"))
        for r in obj.get("roles") or ()
    )
    names = obj["names"]
    kind = obj.get("kind") or "org"
    code = obj.get("code")
    first = roles[0].code if roles else code
    country = obj.get("country")
    if country is None and first and kind != "agent" and first[:3] not in NON_COUNTRY_ROOTS:
        country = first[:3]
    return Entry(entity_id=obj.get("id") or f"{kind}:{slug(names[0])}", kind=kind, names=tuple(names),
                 source=where, name=obj.get("name") or names[0], code=code, country=country, roles=roles,
                 agent=obj.get("agent"), title=obj.get("title"), layer=layer, weak=bool(obj.get("weak")),
                 gender=obj.get("gender"), surname=obj.get("surname"),
                 members=frozenset(obj.get("members") or ()))


def _overlap(roles: list[Role]) -> str | None:
    """Two dated roles of one person that overlap are ambiguous: which code applies is undefined."""
    dated = [r for r in roles if r.start or r.end]
    for i, a in enumerate(dated):
        for b in dated[i + 1 :]:
            a0, a1 = a.start or date.min, a.end or date.max
            b0, b1 = b.start or date.min, b.end or date.max
            if a0 < b1 and b0 < a1:
                return f"overlapping role periods {a.code} {a0}..{a1} and {b.code} {b0}..{b1}"
    return None
