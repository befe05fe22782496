"""Dates: publication dates from inputs, and event dates stated in sentences.

Event dates are normalised against the publication date: "on October 6" in an article published
2017-10-09 is 2017-10-06; "in October 2016" is 2016-10 with month precision.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from realpolitik.errors import InputError

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def parse_published(value: str | date | datetime | None) -> date | None:
    """Parse a publication date given by a user or an input file; raise InputError if unreadable."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = str(value).strip()
    if not text:
        return None
    m = _ISO.match(text) or _COMPACT.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise InputError(f"invalid date {text!r}: {exc}") from exc
    try:
        from dateutil import parser as du

        return du.parse(text, fuzzy=False).date()
    except (ValueError, OverflowError, ImportError) as exc:
        raise InputError(f"unknown date {text!r} (expected YYYY-MM-DD)") from exc


# --- Event dates stated in sentences -------------------------------------------------------------
#
# Relative expressions are anchored on the publication date because that is the only "now" a news
# sentence has. Weekday names follow the news convention: "on Friday" is the most recent Friday on
# or before publication, unless the clause looks ahead ("will meet on Friday"): then it is the next
# one, and "on Dec. 3" or "in March" are the next such day or month. Durations, ages and ranges are
# not points in time, so they yield None.

DatePrecision = str  # "day" | "month" | "year"

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _n in _names:
        _MONTHS[_n] = _i
_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3,
}  # fmt: skip

_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>(?:1[89]|20)\d{2})"
_WEEKDAY_RE = r"(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"

# Words that only frame the expression ("on", "early", "night") and do not change the date.
_LEADING = re.compile(
    r"^(?:(?:on|in|at|during|of|the|this|earlier|early|late|later|mid|end|beginning|start|middle|"
    r"around|about)\b[\s-]*)+"
)
_TRAILING = re.compile(r"(?:\s+(?:morning|afternoon|evening|night|overnight|midday|noon|local time|time))+$")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")),
    ("mdy", re.compile(rf"^{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}$")),
    ("dmy", re.compile(rf"^{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}$")),
    ("md", re.compile(rf"^{_MONTH_RE}\s+{_DAY_RE}$")),
    ("dm", re.compile(rf"^{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}$")),
    ("my", re.compile(rf"^{_MONTH_RE},?\s+(?:of\s+)?{_YEAR_RE}$")),
    ("m", re.compile(rf"^(?P<rel>last\s+|next\s+)?{_MONTH_RE}$")),
    ("mry", re.compile(rf"^{_MONTH_RE}(?:\s+{_DAY_RE})?,?\s+(?:of\s+)?(?P<which>last|this|next)\s+year$")),
    ("y", re.compile(rf"^{_YEAR_RE}$")),
    ("wd", re.compile(rf"^(?P<rel>last\s+|next\s+)?{_WEEKDAY_RE}(?:,?\s+{_MONTH_RE}\s+{_DAY_RE})?$")),
    ("ago", re.compile(r"^(?P<n>\d+|a few|several|[a-z]+)\s+(?P<unit>day|week|month|year)s?\s+ago$")),
    ("rel", re.compile(r"^(?P<which>last|next)\s+(?P<unit>week|month|year)$")),
    ("word", re.compile(r"^(?P<word>today|tonight|yesterday|tomorrow|week|month|year)$")),
]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_month(month: int, day: int, published: date, forward: bool = False) -> date | None:
    """The latest `day month` not after publication (this year's, else last year's), or with
    `forward` the earliest on or after it (this year's, else next year's)."""
    step = 1 if forward else -1
    for year in (published.year, published.year + step):
        d = _safe_date(year, month, day)
        if d is not None and (d >= published if forward else d <= published):
            return d
    return _safe_date(published.year + 4 * step, month, day)  # 29 February


def _shift_months(d: date, months: int) -> date:
    index = d.year * 12 + (d.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def _clean(text: str) -> str:
    t = " ".join(text.lower().replace("\u2019", "'").split())
    t = t.strip(" ,.;:()\"'")
    if t.endswith("'s"):
        t = t[:-2]
    prev = None
    while prev != t:
        prev = t
        t = _LEADING.sub("", t).strip()
        t = _TRAILING.sub("", t).strip(" ,")
    return t


def parse_date_expression(
    text: str, published: date | None, forward: bool = False
) -> tuple[date, DatePrecision] | None:
    """Turn one temporal expression into (date, precision), or None if it is not a point in time.

    Absolute expressions ("October 6, 2016", "2016", "2017-10-02") need no publication date;
    relative ones ("on Friday", "in May", "last year", "yesterday") are anchored on it and give None
    without it. Durations ("for years", "nine months"), ages and ranges give None. `forward` says the
    clause looks ahead, so a bare weekday, day-month or month is the next one, not the last one.
    """
    t = _clean(text)
    if not t or any(w in t for w in (" to ", " and ", "–", "—", "-year-old", " old", " between ")):
        return None
    for kind, pattern in _PATTERNS:
        m = pattern.match(t)
        if m is None:
            continue
        g = m.groupdict()
        if kind == "iso":
            d = _safe_date(int(g["year"]), int(g["month"]), int(g["day"]))
            return (d, "day") if d else None
        if kind in ("mdy", "dmy"):
            d = _safe_date(int(g["year"]), _MONTHS[g["month"]], int(g["day"]))
            return (d, "day") if d else None
        if kind == "my":
            return date(int(g["year"]), _MONTHS[g["month"]], 1), "month"
        if kind == "y":
            return date(int(g["year"]), 1, 1), "year"
        if published is None:
            return None
        if kind in ("md", "dm"):
            d = _day_month(_MONTHS[g["month"]], int(g["day"]), published, forward)
            return (d, "day") if d else None
        if kind == "mry":  # "in April last year", "on March 3 next year": the month of the year named
            year = published.year + {"last": -1, "this": 0, "next": 1}[g["which"]]
            if g.get("day"):
                d = _safe_date(year, _MONTHS[g["month"]], int(g["day"]))
                return (d, "day") if d else None
            return date(year, _MONTHS[g["month"]], 1), "month"
        if kind == "m":
            month = _MONTHS[g["month"]]
            rel_month = (g.get("rel") or "").strip()
            if rel_month == "next" or forward and not rel_month:
                earliest = published.month if forward and not rel_month else published.month + 1
                year = published.year if month >= earliest else published.year + 1
            else:
                year = published.year if month <= published.month else published.year - 1
                if rel_month == "last" and month == published.month:
                    year -= 1
            return date(year, month, 1), "month"
        if kind == "wd":
            if g.get("month") and g.get("day"):
                d = _day_month(_MONTHS[g["month"]], int(g["day"]), published, forward)
                return (d, "day") if d else None
            target = _WEEKDAYS[g["weekday"]]
            rel = (g.get("rel") or "").strip()
            if rel == "next" or forward and not rel:
                delta = (target - published.weekday()) % 7 or 7
                return published + timedelta(days=delta), "day"
            back = (published.weekday() - target) % 7
            if rel == "last" and back == 0:
                back = 7
            return published - timedelta(days=back), "day"
        if kind == "ago":
            raw = g["n"]
            n = int(raw) if raw.isdigit() else _NUMBERS.get(raw)
            if n is None:
                return None
            unit = g["unit"]
            if unit == "day":
                return published - timedelta(days=n), "day"
            if unit == "week":
                return published - timedelta(weeks=n), "day"
            if unit == "month":
                return _shift_months(published, -n), "month"
            return date(published.year - n, 1, 1), "year"
        if kind == "rel":
            sign = -1 if g["which"] == "last" else 1
            unit = g["unit"]
            if unit == "week":
                return published + timedelta(weeks=sign), "day"
            if unit == "month":
                return _shift_months(published, sign), "month"
            return date(published.year + sign, 1, 1), "year"
        if kind == "word":
            word = g["word"]
            if word == "yesterday":
                return published - timedelta(days=1), "day"
            if word == "tomorrow":
                return published + timedelta(days=1), "day"
            if word == "month":  # "this month"
                return date(published.year, published.month, 1), "month"
            if word == "year":  # "this year"
                return date(published.year, 1, 1), "year"
            return published, "day"  # today, tonight, this week
    return None


# spaCy's small model does not tag every deictic word as DATE ("Today, Turkey hosted ..."), so these
# are also looked for as plain tokens.
_DEICTIC = re.compile(
    r"\b(?:today|tonight|yesterday|(?:last\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday))\b",
    re.IGNORECASE,
)


def _attachment(token: Token, anchor: Token) -> int | None:
    """How closely a date token attaches to the event `anchor`, or None if it dates another clause.

    A date belongs to the event if, walking up from it, we reach the anchor, or the first verb met is
    the anchor's own governing verb (a date on "said" in "X said on Friday that Y would sign").
    A date whose first verb is elsewhere ("suspected of blowing up a plane in 1988") dates that other
    clause, not the event.
    """
    governors = {a.i for a in anchor.ancestors}
    steps = 0
    cur = token
    while cur.i != anchor.i:
        if cur.head.i == cur.i or steps > 50:
            return 100 + steps
        cur = cur.head
        steps += 1
        if cur.i != anchor.i and cur.pos_ in ("VERB", "AUX"):
            return 50 + steps if cur.i in governors else None
    return steps


# Auxiliaries and governing words that put a clause after its "now": "will meet", "is due to meet",
# "plans to visit", "is scheduled to sign".
_AHEAD_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})  # the entity labels that name a time (coding reads them too)
_AHEAD_GOVERNORS = frozenset({"plan", "schedule", "due", "set", "expect", "intend", "go"})


def _dated_verb(token: Token) -> Token | None:
    """The first verb above a date token: the clause the date belongs to."""
    cur = token
    for _ in range(50):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def timetable_present(verb: Token) -> bool:
    """TIMETABLE PRESENT: a main verb in the simple present with no auxiliary ("the minister flies to
    Dakar on Monday", "the talks open on Friday") tells of a scheduled act; with a weekday or a date,
    news means the coming one."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "punct", "nmod"})


def dates_itself(verb: Token) -> bool:
    """Whether a DATE entity hangs on ``verb``'s own clause (its nearest verb is ``verb``), not on the
    main clause a time clause depends on ("is expected to sign contracts on Thursday while he continues
    his visit"), nor is
    a duration modifying a noun ("a four-day visit")."""
    for t in verb.subtree:
        if t.ent_type_ != "DATE" or t.dep_ in _MODIFIER_DEPS or t.head.ent_type_ == "DATE":
            continue
        dated = _dated_verb(t)
        if dated is not None and dated.i == verb.i:
            return True
    return False


def looks_ahead(verb: Token) -> bool:
    """Whether a clause is told as still to come: a future or conditional auxiliary on the verb
    ("will meet"), a timetable present ("flies to Dakar on Monday"), or the verb is the infinitive of
    a plan or schedule ("plans to visit", "is due to sign", "is going to hold")."""
    if any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in verb.children) or timetable_present(verb):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and (head.lemma_.lower() in _AHEAD_GOVERNORS or looks_ahead(head))
    )


def date_entities(sent: Span) -> Iterator[Span]:
    """The DATE entities inside ``sent``, read from its own tokens' IOB tags.

    Same result as filtering ``sent.ents``, but in time proportional to the sentence: ``Span.ents``
    walks every entity of the whole document, which made long documents quadratic.
    """
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if tok.ent_iob_ != "B" or tok.ent_type_ != "DATE":
            i += 1
            continue
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end <= sent.end:
            yield doc[i:end]
        i = end


def period_start(tok: Token) -> bool:
    """SINCE-PHRASE: is the date the object of a "since" that measures a noun ("the first visit **since
    1993**", "the worst clash since May")? It says how long such a thing has not been seen, not when the
    act took place. A "since" on the verb ("has occupied the zone since 1985") dates the start of a
    standing act, which is background, so that date stays; so does the date of an act told in a clause
    on it ("since 1974, when B occupied the north", see ``resolve_event_date``)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "since":
        return False
    return tok.head.head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def fronted(ent: Span, sent: Span) -> bool:
    """FRONTED DATE: a date that opens the sentence, set off by a comma ("On May 4, two days after the
    vote, troops shelled ..."), frames the whole sentence; the parser may hang it in the adverbial
    clause that follows, which it dates too."""
    start = ent.start - sent.start
    opens = start == 0 or (start == 1 and sent[0].pos_ == "ADP")
    after = ent.end if ent.end < sent.end and not ent[-1].is_punct else ent.end - 1
    return opens and after < sent.end and ent.doc[after].text == ","


def resolve_event_date(
    sent: Span, published: date | None, trigger: Token | None = None
) -> tuple[date | None, DatePrecision | None, str]:
    """The date of an event stated in `sent`: (date, precision, how).

    `how` is ``"sentence:<expression>"`` when the sentence states the date, ``"published"`` when the
    publication date is used, ``"unknown"`` when neither is available. Only DATE entities attached
    to the clause of `trigger` (or of the sentence root) count; among several, the closest wins.
    """
    anchor = trigger if trigger is not None else sent.root
    candidates: list[tuple[int, int, str, date, DatePrecision]] = []
    for ent in date_entities(sent):
        if period_start(ent.root) and not ent.root.is_ancestor(anchor):
            continue  # "divided since 1974, when B occupied the north": the clause on the year is dated by it
        verb = _dated_verb(ent.root)
        parsed = parse_date_expression(ent.text, published, verb is not None and looks_ahead(verb))
        closeness = _attachment(ent.root, anchor)
        if closeness is None and verb is not None and verb.dep_ in ("advcl", "ccomp") and verb.i < verb.head.i \
                and fronted(ent, sent):
            closeness = _attachment(verb, anchor)  # FRONTED DATE (see ``fronted``)
        if parsed is not None and closeness is not None:
            candidates.append((closeness, ent.start_char, ent.text, *parsed))
    if not candidates:
        ahead = looks_ahead(anchor)
        for m in _DEICTIC.finditer(sent.text):
            parsed = parse_date_expression(m.group(0), published, ahead)
            if parsed is not None:
                candidates.append((0, m.start(), m.group(0), *parsed))
                break
    if candidates and (framing := framing_year(sent)) is not None:
        candidates = _framed(candidates, framing)
    if candidates:
        _, _, expression, when, precision = min(candidates, key=lambda c: (c[0], c[1]))
        return when, precision, f"sentence:{expression}"
    if published is not None:
        return published, "day", "published"
    return None, None, "unknown"


_YEAR_IN = re.compile(r"\b" + _YEAR_RE + r"\b")
_MONTH_IN = re.compile(r"\b" + _MONTH_RE.replace("(?P<month>", "(?:") + r"(?:\b|$)")


def _yearless_month(expression: str) -> bool:
    """Does the expression name a month (or a day of one) but no year: "in March", "on May 4"?"""
    t = _clean(expression)
    return (_MONTH_IN.search(t) is not None and _YEAR_IN.search(t) is None and "year" not in t
            and not t.startswith(("last", "next")))  # "in April last year" names its year


def _framed(candidates: list[tuple[int, int, str, date, DatePrecision]],
            year: int) -> list[tuple[int, int, str, date, DatePrecision]]:
    """The candidates under a framing year: a month named without a year is that year's, and, finer
    than the bare year, replaces it ("In 2006, A and B held talks in March" is March 2006)."""
    months = [(c, start, e, _safe_date(year, w.month, w.day) or w, p)
              for c, start, e, w, p in candidates if _yearless_month(e)]
    if not months:
        return candidates
    return months + [c for c in candidates if not _yearless_month(c[2]) and not (c[4] == "year" and c[3].year == year)]


def framing_year(sent: Span) -> int | None:
    """FRAMING YEAR: the year of a fronted time adverbial that opens the sentence ("In 1982, a debt
    crisis forced the cabinet to seek a bank loan in May"). It frames everything the
    sentence tells, so a month named without a year anywhere in it is that year's, not the one before
    publication. Only a bare year before the main verb counts; "signed in 1994" dates its own clause."""
    root = sent.root
    for ent in date_entities(sent):
        if ent.start >= root.i:
            break
        m = re.fullmatch(_YEAR_RE, _clean(ent.text))
        verb = _dated_verb(ent.root)
        if m is not None and verb is not None and verb.i == root.i:
            return int(m.group("year"))
    return None
