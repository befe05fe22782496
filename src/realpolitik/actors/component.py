"""The ``realpolitik_actors`` spaCy component: dictionary matches → actor noun phrases.

Per doc it sets ``doc.spans["rp_actors"]`` (one span per actor mention, covering the whole noun
phrase including its head, each with ``span._.rp_actors``) and ``doc._.rp_unresolved``.

Decisions worth knowing:
- A demonym adjective that modifies a noun which is not itself an actor ("Venezuelan oil",
  "Turkish politics") makes no span: the noun is a thing, not an actor. Nouns that denote people
  are the exception ("Filipino peacekeepers" → PHL, as PETRARCH codes them). Proper-noun modifiers
  ("US sanctions", "Russia's support") do make a span, since the coder needs them as agents.
- Roles are chosen by ``doc._.published`` (today when unknown); the coder may move a person to the
  event's own date with ``ActorResolver.at_date``.
- ``doc.user_data["rp_actor_index"]`` maps each token to its span number (see ``spans.py``).
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span

from realpolitik.actors.apposition import apply_appositions
from realpolitik.actors.context import find_dateline, give_countries, give_principals, here_mentions, led_by
from realpolitik.actors.coref import Mention, resolve_references
from realpolitik.actors.currencies import drop_currencies
from realpolitik.actors.docview import DocView
from realpolitik.actors.elided_names import divided_name_pairs, elided_compass_names
from realpolitik.actors.entries import Entry, fold
from realpolitik.actors.excepted import drop_excepted
from realpolitik.actors.figurative import drop_figurative_titles
from realpolitik.actors.grouping import group_matches
from realpolitik.actors.matcher import STANCE_PREFIXES, DictionaryMatcher, Match, is_region
from realpolitik.actors.officers import body_officers
from realpolitik.actors.other_bearers import bears_name, drop_other_bearers, given_word, titled
from realpolitik.actors.place_surnames import drop_place_surnames
from realpolitik.actors.resolver import ActorResolver, resolve_entry
from realpolitik.actors.seats import seat_bodies
from realpolitik.actors.sentence_state import place_generic_parties
from realpolitik.actors.spans import INDEX_KEY, build_index
from realpolitik.actors.sport import drop_teams
from realpolitik.actors.towns import Words, english_words, town_mentions
from realpolitik.model import Actor
from realpolitik.nlp.extensions import ACTOR_SPANS, published_date, register_extensions

log = logging.getLogger(__name__)

UNRESOLVED_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
STORY_SENTENCES = 3  # an article long enough that a state it never names is evidence (ELITE SURNAME)

_matchers: dict[int, DictionaryMatcher] = {}


def matcher_for(resolver: ActorResolver) -> DictionaryMatcher:
    m = _matchers.get(id(resolver))
    if m is None:
        m = _matchers[id(resolver)] = DictionaryMatcher(resolver)
    return m


class ActorComponent:
    """Dictionary pass → noun-phrase grouping → coreference → spans, per doc."""

    def __init__(self, resolver: ActorResolver, place_country: bool = True, companies_as_sector: bool = True,
                 state_leaders: bool = True, towns: bool = True, nlp: Language | None = None) -> None:
        self.resolver = resolver
        self.towns = towns  # GeoNames towns the dictionaries lack are places (towns.py)
        self._nlp = nlp  # its lemmatizer's word index tells a town from a word (read at the first doc)
        self._words: Words | None = None
        self.matcher = matcher_for(resolver)
        self.place_country = place_country  # countryless sector nouns take the place's country (context.py)
        self.companies_as_sector = companies_as_sector  # MNCUSA → USABUS
        self.state_leaders = state_leaders  # "the Kenyan leader" → KENGOV (grouping.RELATIVE_ROLES)

    def __call__(self, doc: Doc) -> Doc:
        """Never raises on text: a failure anywhere in the actor steps leaves the doc with no actors
        (and a logged warning) rather than stopping the batch it belongs to."""
        try:
            return self._annotate(doc)
        except Exception as exc:  # noqa: BLE001  (one bad parse must not lose the rest of a batch)
            log.warning("actor resolution failed on a %d-token doc (%s: %s); no actors for it",
                        len(doc), type(exc).__name__, exc)
            doc.spans[ACTOR_SPANS] = []
            doc.user_data[INDEX_KEY] = [-1] * len(doc)
            doc._.rp_unresolved = []
            doc._.rp_dateline = None
            return doc

    def _annotate(self, doc: Doc) -> Doc:
        when = published_date(doc)
        view = DocView.of(doc)
        matches = self.matcher.find(doc, view, when)
        matches, place_surnames = drop_place_surnames(doc, drop_other_bearers(doc, matches), self.resolver)
        matches = self._add_surnames(doc, matches, when, view, place_surnames)
        matches = parenthesised_aliases(doc, matches)
        mentions: list[Mention] = group_matches(doc, matches, self.resolver, when, view.sent, self.state_leaders)
        mentions = elided_compass_names(doc, mentions, matches, self.matcher.index, when, view.sent)
        mentions = divided_name_pairs(doc, mentions, self.matcher.index, when, view.sent)
        mentions = apply_appositions(doc, body_officers(doc, mentions), view.dep)
        if self.towns:
            if self._words is None:
                self._words = english_words(self._nlp)
            found = town_mentions(doc, mentions, view.sent, view.pos, self._words)
            mentions = sorted(mentions + found, key=lambda m: (m.start, m.end))
        mentions = drop_teams(doc, mentions, view)
        mentions = drop_excepted(doc, mentions)
        mentions = drop_figurative_titles(doc, mentions)
        mentions, currency_tokens = drop_currencies(doc, mentions)
        mentions = seat_bodies(doc, mentions, self.resolver, when)
        mentions = resolve_references(doc, mentions, self.resolver, when, view)
        dateline = find_dateline(doc, self.resolver, when)
        doc._.rp_dateline = dateline
        if dateline is not None:
            mentions = [m for m in mentions if m.start >= dateline.end]
            mentions += here_mentions(doc, dateline, mentions, view.sent)
        mentions = led_by(doc, give_principals(doc, mentions))
        if self.place_country:
            kept = [match for match in matches if match.start not in currency_tokens]  # money says nothing of where
            loose = loose_states(doc, kept, mentions, view.sent, when)
            mentions = give_countries(doc, mentions, dateline, loose)
            place_generic_parties(doc, mentions, loose)
        if self.companies_as_sector:
            for m in mentions:
                if any(a.code.startswith(MNC) and len(a.code) >= 6 for a in m.actors):
                    m.actors = [company_as_sector(a) for a in m.actors]
        mentions.sort(key=lambda m: (m.start, m.end))
        spans = []
        for m in mentions:
            if not m.actors or m.place_only:
                continue
            span = doc[m.start : m.end]
            span._.rp_actors = m.actors
            spans.append(span)
        doc.spans[ACTOR_SPANS] = spans
        doc.user_data[INDEX_KEY] = build_index(doc, spans)
        doc._.rp_unresolved = self._unresolved(doc, matches, view)
        return doc

    def _add_surnames(self, doc: Doc, matches: list[Match], when: date | None, view: DocView,
                      place_surnames: frozenset[int] | set[int] = frozenset()) -> list[Match]:
        """A bare surname ("Bush", "Hu") → the one office holder of that name on the article's date.

        Candidates are person entities of one or two words, and single proper nouns the NER missed or
        mislabelled as a place or organisation (news names are often unknown to a small model), as
        long as a dictionary office holder of that surname is in office on the date.
        """
        covered: set[int] = set()
        for m in matches:
            covered.update(range(m.start, m.end))
        extra = []
        seen: set[int] = set()
        candidates: list[tuple[int, int]] = []
        in_ent = [False] * len(doc)
        for ent in doc.ents:
            in_ent[ent.start : ent.end] = [True] * (ent.end - ent.start)
            if ent.label_ == "PERSON" and len(ent) <= 2:
                candidates.append((ent.start, ent.end))
            elif ent.label_ == "PERSON" and _article_prefixed(ent) and len(ent) <= 4:
                candidates.append((ent.end - 1, ent.end))  # ARTICLE-PREFIXED SURNAME: "al-Bashir" is Bashir
            elif ent.label_ in ("GPE", "ORG", "NORP") and len(ent) == 1 and view.pos[ent.start] == PROPN:
                candidates.append((ent.start, ent.end))
        candidates += [(i, i + 1) for i, pos in enumerate(view.pos) if pos == PROPN and not in_ent[i]
                       and i not in covered]
        named = frozenset(m.best.country for m in matches if m.best.kind in ("state", "place") and m.best.country)
        story = frozenset(m.best.country for m in matches if m.best.country and m.best.kind != "person") \
            if len(set(view.sent)) >= STORY_SENTENCES else None
        # a surname the text gives someone else in full ("Ian Blair" … "Blair") is that person's, not an office holder's
        others: set[str] = set()
        for ent in doc.ents:
            last = doc[ent.end - 1]
            if ent.label_ != "PERSON" or len(ent) < 2 or (_article_prefixed(ent) and len(ent) == 3):
                continue
            if last.i not in covered and last.text[:1].isupper():
                given = doc[ent.start].text  # "Omar Hassan al-Bashir", "George W. Bush": the first name
                if not any(_same_given_name(given, e, loose=True) for e in self.resolver.surname_bearers(last.text)):
                    others.add(fold(last.text))
            first = doc[ent.start]
            if first.i not in covered and first.text[:1].isupper() and \
                    not any(_same_full_name(ent.text, e) for e in self.resolver.surname_bearers(first.text)):
                others.add(fold(first.text))  # FAMILY NAME FIRST ("Park Dong Sung" … "Park")
        for start, end in candidates:
            last = doc[end - 1]
            if last.i in covered or last.i in seen or not last.text[:1].isupper() or not last.is_alpha \
                    or len(last) < 2 or fold(last.text) in others:
                continue
            entry = self.resolver.by_surname(last.text, when, named, story)
            if entry is None or (end - start == 2 and not _same_given_name(doc[start].text, entry)):
                continue  # "Alejandro Rivera" is not the dictionary's Patricio Rivera
            if last.i in place_surnames and not _same_given_name(doc[last.i - 1].text, entry):
                continue  # "Pablo Toledo" (SURNAME THAT NAMES A PLACE) is not Alejandro Toledo
            prev = last.i - 1
            if end - start == 1 and prev >= 0 and prev not in covered and given_word(doc, prev, last.i) \
                    and not bears_name(doc[prev].text, entry) and not titled(doc, prev, covered):
                continue  # "the Dalai Lama": ANOTHER BEARER OF A LISTED SURNAME, where the NER saw no person
            seen.add(last.i)
            extra.append(Match(last.i, last.i + 1, last.lower_, (entry,), last.i))
        extra += self._hyphenated_surnames(doc, covered | seen, view, when, named, story)
        if not extra:
            return matches
        return sorted(matches + extra, key=lambda m: m.start)

    def _hyphenated_surnames(self, doc: Doc, covered: set[int], view: DocView, when: date | None,
                             named: frozenset[str], story: frozenset[str] | None) -> list[Match]:
        """HYPHENATED SURNAME ALONE: "Douste-Blazy", "Alliot-Marie" -- a listed person's last two names
        joined by a hyphen, with no first name, is that person when in office on the date, as a bare
        surname is; both words must be the last two of the listed name, so "Abdel-Rahman" is no listed
        Rahman ("al-Bashir" is ARTICLE-PREFIXED SURNAME's). The entity recogniser often reads such a name
        as an organisation, so any capitalised proper-noun pair will do."""
        out = []
        for i in range(len(doc) - 2):
            first, hyphen, last = doc[i], doc[i + 1], doc[i + 2]
            if hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_ or {i, i + 2} & covered \
                    or first.lower_ in SURNAME_ARTICLES \
                    or view.pos[i] != PROPN or view.pos[i + 2] != PROPN \
                    or not (first.text[:1].isupper() and last.text[:1].isupper() and first.is_alpha and last.is_alpha):
                continue
            entry = self.resolver.by_surname(last.text, when, named, story)
            if entry is not None and fold(entry.name or "").split()[-2:] == [fold(first.text), fold(last.text)]:
                out.append(Match(i, i + 3, f"{first.lower_}-{last.lower_}", (entry,), view.root_of(i, i + 3)))
        return out

    def _unresolved(self, doc: Doc, matches: list[Any], view: DocView) -> list[tuple[int, str, str, str]]:
        """Named entities that look like actors but met no dictionary entry, kept for curation."""
        covered = [False] * len(doc)
        for span in doc.spans[ACTOR_SPANS]:
            covered[span.start : span.end] = [True] * (span.end - span.start)
        for m in matches:
            covered[m.start : m.end] = [True] * (m.end - m.start)
        out = []
        for ent in doc.ents:
            if ent.label_ not in UNRESOLVED_LABELS or any(covered[ent.start : ent.end]):
                continue
            sent = ent.sent
            out.append((view.sent[ent.start], ent.text, ent.label_, sent.text.strip()))
        return out


# Arabic articles a surname is written with ("al-Bashir", "el-Sisi"): the surname is the word after them
SURNAME_ARTICLES = frozenset({"al", "el"})


def _article_prefixed(ent: Span) -> bool:
    """Does the person name end in an article-prefixed surname ("al-Bashir", "Omar al-Bashir")?"""
    if len(ent) < 3:
        return False
    art, hyphen, last = ent[-3], ent[-2], ent[-1]
    return art.lower_ in SURNAME_ARTICLES and hyphen.text == "-" and not art.whitespace_ \
        and not hyphen.whitespace_ and last.text[:1].isupper()


def loose_states(doc: Doc, matches: list[Match], mentions: list[Mention], sent_of: list[int],
                 when: date | None) -> dict[int, list[tuple[int, str]]]:
    """State names that made no actor mention ("Yemeni" in "Yemeni flags"), per sentence, as
    (token, country): evidence of where a sentence is (``sentence_state``), though no actor. A stance
    ("anti-Italian feeling") says what someone thinks of a state, not where they are."""
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    out: dict[int, list[tuple[int, str]]] = {}
    for match in matches:
        if match.best.kind != "state" or match.start in covered or is_region(match.best) or _stance(doc, match.start):
            continue
        country = resolve_entry(match.best, when).country
        tok = match.root if match.root >= 0 else match.start
        if country and tok < len(sent_of):
            out.setdefault(sent_of[tok], []).append((tok, country))
    return out


def parenthesised_aliases(doc: Doc, matches: list[Match]) -> list[Match]:
    """PARENTHESISED ALIAS DECIDES: "the Popular Liberation Front of the Coast (PLFC)" names one body twice, and
    the writer's parenthesised alias says which. When a dictionary name matched only the start of a longer
    capitalised name ("Islamic Resistance" inside "Islamic Resistance Movement (Hamas)"), that partial match
    is another body's name; the alias in brackets right after the whole name decides its actor. A name
    matched in full keeps its own entry: a short alias is the more ambiguous of the two."""
    by_start = {m.start: m for m in matches}
    out = []
    for m in matches:
        i = m.end
        while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
            i += 1  # the rest of the capitalised name the dictionary did not match
        alias = by_start.get(i + 1) if i < len(doc) and doc[i].text == "(" else None
        closed = alias is not None and alias.end < len(doc) and doc[alias.end].text == ")"
        if alias is not None and closed and i > m.end and not alias.is_agent and not m.is_agent \
                and alias.best.entity_id != m.best.entity_id:
            m = replace(m, entries=alias.entries)
        out.append(m)
    covered = {i for m in out if not m.is_agent for i in range(m.start, m.end)}  # a sector noun may be a name's word
    for alias in matches:
        name = _unmatched_name_before(doc, alias.start - 1, covered)
        if name is not None and not alias.is_agent and alias.end < len(doc) and doc[alias.end].text == ")":
            out = [m for m in out if m.end <= name[0] or m.start >= name[1]]
            out.append(Match(name[0], name[1], doc[name[0]:name[1]].text.lower(), alias.entries, name[1] - 1))
    return sorted(out, key=lambda m: m.start)


NAME_JOINERS = frozenset({"of", "the", "for", "on", "and", "de", "du", "des", "al", "el"})


def _unmatched_name_before(doc: Doc, paren: int, covered: set[int]) -> tuple[int, int] | None:
    """ACRONYM DEFINED IN BRACKETS: the capitalised name right before "(" that no dictionary name matched
    ("the Liberation Front of the Northern Hills (LFNH)", a spelling the dictionary lacks): (start, end) of
    it when it has at least two capitalised words, so that "on Monday (AU)" is none."""
    if paren < 1 or doc[paren].text != "(":
        return None
    start = paren
    while start > 0 and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                         or doc[start - 1].lower_ in NAME_JOINERS and start - 1 > 0 and start < paren):
        start -= 1
    while start < paren and doc[start].lower_ in NAME_JOINERS:
        start += 1
    words = [t for t in doc[start:paren] if t.text[:1].isupper()]
    if len(words) < 2 or any(i in covered for i in range(start, paren)) or doc[start].sent.start == start:
        return None
    return start, paren


def _stance(doc: Doc, start: int) -> bool:
    return any(doc[i].lower_ in STANCE_PREFIXES for i in range(max(0, start - 2), start))


MNC = "MNC"


def company_as_sector(actor: Actor) -> Actor:
    """A multinational company is its home country's business sector: ``MNCUSA`` → ``USABUS``.

    PETRARCH's dictionaries code companies MNC + home country; the analyst conventions (te3dev.md:
    country + sector, "companies in a political role") code them as the country's BUS sector, so a
    company's dealings with a government are a dyad of two countries, not of a transnational actor."""
    if not actor.code.startswith(MNC) or len(actor.code) < 6:
        return actor
    country = actor.code[3:6]
    return replace(actor, code=country + "BUS" + actor.code[6:], country=country, sector="BUS",
                   how=f"{actor.how}; company of {country} (BUS)")


def _same_given_name(given: str, entry: Entry, loose: bool = False) -> bool:
    """Whether ``given`` is the first word of one of the entry's names (case and accents folded); ``loose``:
    only its first three letters, so that spellings of one name agree ("Sergei", "Sergey")."""
    first = fold(given)
    if loose:
        return any(fold(n)[:3] == first[:3] for n in entry.names)
    return any(fold(n).split()[:1] == [first] for n in entry.names)


def _same_full_name(full: str, entry: Entry) -> bool:
    """Whether a name written family name first ("Hu Jintao") is the entry's: its first two words are those
    of one of the entry's names (case, accents and hyphens folded: "Kim Dae-jung", "Kim Dae Jung")."""
    words = fold(full).replace("-", " ").split()[:2]
    return any(fold(n).replace("-", " ").split()[:2] == words for n in entry.names)


class DictionaryWarning(UserWarning):
    """A user dictionary had bad lines; they were skipped and the rest loaded."""


_warned: set[int] = set()


def warn_problems(resolver: ActorResolver) -> None:
    """Tell the user (once per resolver) which dictionary lines were skipped and why."""
    if not resolver.problems or id(resolver) in _warned:
        return
    _warned.add(id(resolver))
    shown = "\n".join(f"  {p}" for p in resolver.problems[:20])
    more = f"\n  … and {len(resolver.problems) - 20} more" if len(resolver.problems) > 20 else ""
    warnings.warn(f"actor dictionary: {len(resolver.problems)} line(s) skipped:\n{shown}{more}",
                  DictionaryWarning, stacklevel=2)


@Language.factory("realpolitik_actors",
                  default_config={"user_file": None, "place_country": True, "companies_as_sector": True,
                                  "state_leaders": True, "towns": True})
def make_actor_component(nlp: Language, name: str, user_file: str | None, place_country: bool,
                         companies_as_sector: bool, state_leaders: bool, towns: bool) -> ActorComponent:
    """``place_country``: countryless sector nouns ("gunmen", "security forces") take the country of the
    sentence's place, its dateline or its one country (analyst conventions); off, they stay ``---``
    + sector as in PETRARCH-derived data. ``companies_as_sector``: a company is its home country's BUS
    sector (``USABUS``) rather than PETRARCH's ``MNCUSA``. ``state_leaders``: "the Kenyan leader" is
    the Kenyan government (``KENGOV``) rather than PETRARCH's bare ``KEN``. ``towns``: GeoNames towns the
    dictionaries lack are places in their state (``towns.py``)."""
    register_extensions()
    resolver = ActorResolver.default(user_file)
    warn_problems(resolver)
    return ActorComponent(resolver, place_country, companies_as_sector, state_leaders, towns, nlp)
