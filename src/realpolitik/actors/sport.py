"""The sporting sense of a state's name: in a sentence about sport, "England beat Egypt 2-0" names teams.

News wires carry many results ("Ghana lost to Brazil 1-4", "England defeating Egypt in the final",
"retiring from Australian cricket"). There a state's name, a city's or a region's stands for a team,
and a bare surname for an athlete, not for a political actor, so the actor step makes no actor of
them. A sentence is about sport when it names a sport, a competition or a player's role ("cricket",
"tournament", "World Cup", "goalkeeper") or gives a score ("2-0", "7-6"); the Olympics alone do not
make one (leaders attend them, activists protest at them, states boycott them). Mentions that state an office or
a sector ("President <name>", "Chinese officials", "the sports ministry") stay actors: a government
congratulating its team, or boycotting the Games, is still a government.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from realpolitik.actors.docview import DocView
from realpolitik.actors.grouping import Mention

SPORT_WORDS = frozenset({
    "cricket", "football", "soccer", "squash", "tennis", "rugby", "golf", "hockey", "basketball", "volleyball",
    "baseball", "athletics", "prix", "weightlifting", "skiing", "cycling", "badminton", "handball", "snooker",
    "sprinter", "sprinters", "tournament", "tournaments", "championship", "championships", "semifinal",
    "semifinals", "semi-final", "quarterfinal", "quarterfinals", "quarter-final", "medallist", "medalist",
    "goalkeeper", "midfielder", "innings", "wicket", "wickets", "batsman", "bowler", "bowlers", "playoff",
    "playoffs", "super-g", "slalom", "decathlon", "heptathlon", "athletes",
})
# (Not "marathon" talks, "strikers" at a factory, "hit squads", a "medal" a president awards.)
# Capitalised competition names: "the World Cup", "the French Open" ("League" is not one: "the Arab
# League"; nor are the Olympics or "the Games", around which leaders visit, protest and boycott)
COMPETITIONS = frozenset({"cup", "open"})
_SPORT_IDS = frozenset(get_string_id(w) for w in SPORT_WORDS)
_COMPETITION_IDS = frozenset(get_string_id(w) for w in COMPETITIONS)
# A score is "<n>-<m>" with one- or two-digit numbers written without spaces ("2-0", "7-6"); the
# tokenizer splits it in three. A unit after it makes it a range ("1-2 percent", "3-4 days").
_NUMBER_IDS = frozenset(get_string_id(str(n)) for n in range(100)) | frozenset(
    get_string_id(f"0{n}") for n in range(10))
_HYPHEN = get_string_id("-")
_UNIT_IDS = frozenset(get_string_id(w) for w in (
    "percent", "per", "%", "million", "billion", "point", "points", "year", "years", "month", "months", "week",
    "weeks", "day", "days", "hour", "hours", "km", "kilometres", "kilometers", "miles", "metres", "meters"))
# Words for sports, roles and stages that mark a sentence as sport for the coder
# (``coding/nonevents.sport_context``) but not here: in a single sentence the actor step keeps the
# states named beside them. They do count toward a sport story (``sport_story``).
SPORT_ROLE_WORDS = frozenset({
    "gymnastics", "diving", "boxing", "wrestling", "keeper", "footballer", "teammate", "athlete", "finalist",
    "semifinalist", "golds",
    # followers and officials of a match: fan violence and a referee's ruling are sport news
    "fan", "fans", "hooligan", "hooligans", "referee", "referees", "cyclist", "cyclists", "swimmer", "swimmers",
    "footballers",
    # a team's trainer and the last rounds of a competition ("the Korean coach", "the eight finals")
    "coach", "finals",
    # who scores and where: no other sense
    "goalscorer", "goalscorers", "goalmouth",
})  # fmt: skip
SPORT_BODIES = frozenset({"FIFA", "UEFA", "ATP", "WTA"})
STORY_WORDS = SPORT_WORDS | SPORT_ROLE_WORDS
# A story is about sport when at least this share of its sentences (and this many) are: there every
# sentence belongs to the sport story, including those without a sport word of their own ("the
# Swedish manager praised his side's maturity", "the team arrived in Doha"), and a state named
# alone is a team in all of them.
SPORT_STORY_SHARE = 0.2
SPORT_STORY_MIN = 3
# a month before the range makes it days, not a score ("on Nov. 15-16", "March 20-21")
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.",
    "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
})  # fmt: skip
_MONTH_IDS = frozenset(get_string_id(m) for m in MONTHS)


_STORY_KEY = "rp_sport_story"


def _story_worded(sent: Span) -> bool:
    """A sport, role, stage or sport body named as a noun (``STORY_WORDS``, ``SPORT_BODIES``)."""
    for t in sent:
        if t.text in SPORT_BODIES:
            return True
        if t.pos_ in ("NOUN", "PROPN") and (t.lower_ in STORY_WORDS or t.lemma_.lower() in STORY_WORDS):
            return True
    return False


def sport_story(doc: Doc, view: DocView | None = None) -> bool:
    """Is ``doc`` a sport story (``SPORT_STORY_SHARE``)? Sentences of fewer than three words
    (datelines cut short, blank lines) are not counted. A sentence is sporting by its sport words
    (``_story_worded``), a competition's name or a score, the last two read as ``sport_sentences``
    reads them. The actor step reads it first; the answer is kept on the doc for the coder."""
    if _STORY_KEY in doc.user_data:
        return bool(doc.user_data[_STORY_KEY])
    found = False
    if doc.has_annotation("SENT_START"):  # a pipeline without a parser or sentencizer: no story-level reading
        view = view if view is not None else DocView.of(doc)
        named = _competition_sentences(doc, view) | _score_sentences(view)
        counted = [(n, s) for n, s in enumerate(doc.sents) if sum(1 for t in s if t.is_alpha) >= 3]
        sporting = sum(1 for n, s in counted if n in named or _story_worded(s))
        found = len(counted) >= SPORT_STORY_MIN and sporting >= SPORT_STORY_MIN \
            and sporting >= SPORT_STORY_SHARE * len(counted)
    doc.user_data[_STORY_KEY] = found
    return found


# Kinds of mention that, in a sentence about sport, stand for a team or an athlete.
TEAM_KINDS = frozenset({"state", "place"})


def _competition_sentences(doc: Doc, view: DocView) -> set[int]:
    """Sentences naming a competition: "the World Cup", "the French Open"."""
    lower = view.lower
    if _COMPETITION_IDS.isdisjoint(lower):
        return set()
    return {view.sent[i] for i, low in enumerate(lower)
            if low in _COMPETITION_IDS and i > 0 and doc[i].text[:1].isupper() and doc[i - 1].text[:1].isupper()}


def _score_sentences(view: DocView) -> set[int]:
    """Sentences giving a score ("won 3-2", "led 1-0"): not a range of units ("1-2 percent") nor of
    days after a month ("on Nov. 15-16")."""
    lower, orth, space, n = view.lower, view.orth, view.space, len(view.orth)
    if _HYPHEN not in orth:
        return set()
    return {view.sent[i] for i in (k for k, o in enumerate(orth) if o == _HYPHEN)
            if 0 < i < n - 1 and not space[i - 1] and not space[i] and orth[i - 1] in _NUMBER_IDS
            and orth[i + 1] in _NUMBER_IDS and (i + 2 >= n or lower[i + 2] not in _UNIT_IDS)
            and (i < 2 or lower[i - 2] not in _MONTH_IDS)}


def sport_sentences(doc: Doc, view: DocView) -> set[int]:
    """Numbers of the sentences of ``doc`` that are about sport (see the module docstring)."""
    lower = view.lower
    found = set() if _SPORT_IDS.isdisjoint(lower) else {view.sent[i] for i, w in enumerate(lower) if w in _SPORT_IDS}
    return found | _competition_sentences(doc, view) | _score_sentences(view)


def _team_or_athlete(doc: Doc, m: Mention) -> bool:
    """A state, city or region named alone, or a person named by a bare name: a team or an athlete."""
    if not m.actors:
        return False
    if all(a.kind in TEAM_KINDS and len(a.code) == 3 for a in m.actors):
        return True
    if m.kind == "person" and all(t.pos_ == "PROPN" for t in doc[m.start : m.end] if t.is_alpha):
        return True  # "Clark", "Roger Federer": no title states an office
    return False


def drop_teams(doc: Doc, mentions: list[Mention], view: DocView) -> list[Mention]:
    """Remove the team and athlete mentions of sentences about sport (every sentence of a sport story)."""
    sport = set(range(max(view.sent) + 1)) if view.sent and sport_story(doc, view) else sport_sentences(doc, view)
    if not sport:
        return mentions
    return [m for m in mentions if not (m.sentence in sport and _team_or_athlete(doc, m))]
