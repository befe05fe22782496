"""Background history: an act told inside a time frame that closed years before the article.

News stories explain the present with the past: "the road used by guerrillas fighting the French
**during the Algerian War**", "troops that shelled the port **in the 1990s**", "the **1982** invasion
of the islands". Such acts are background, not the news of the day, so the coder marks them
``historical`` (stored, but not counted as asserted events). Two linguistic classes:

* a **period phrase** on the event's own clause: a preposition of time (during, in, throughout,
  between, under) whose object names a past period — a year or a decade that ended at least two
  years before publication ("in 1975", "between 1939 and 1945", "during the 1990s"), an earlier
  century ("in the 19th century"), a world war or the Cold War, or a war named with a capital
  "War" ("the Korean War"), which names a closed conflict;
* a **dated event noun**: a nominal event whose own modifier is such a year ("the 1991 invasion",
  "the 1980s war"), or a day or month a month or more back (DATED PAST NOMINAL: "the Oct. 2 shelling"
  in a December story).

* a **past description**: an act told only inside a past-tense copular relative clause ("the old
  trail, which **was** the supply route of rebels **fighting** the French") of a sentence whose main
  verb is present or future ("... will follow the old trail"): the relative clause says what the
  place or group was then. A relative clause whose own verb is the act ("the militia, which was
  attacking ...") is not a description, and a past main clause keeps it in the news.

* an **explicit past date**: the date the event's own clause states (a day or a month: "on Sept. 12",
  "in March", "three months ago", as ``dates.resolve_event_date`` reads it) ended at least a month
  (``MIN_DAYS_BACK``) before publication, and the clause is told in the past ("withdrew on Sept. 12"
  in a November story, "signed in September" in late November). The guidelines code no background
  "months or years before the article date", and readers of real news count an act of more than a
  month ago as background too; a weekday
  ("on Monday") is within the week, and a future or present clause ("will meet on Dec. 3") is not
  background, whatever year a bare day and month resolve to.

* an **anterior relative**: an act told only in a non-restrictive relative clause in the past perfect
  ("the flag of Freedonia, **which had cut** aid to Ruritania over the row", "the envoy, **who had been
  expelled** by Ruritania, ...") recalls what the person or state had done before the story, to say
  who they are; so does one in the present perfect (PERFECT RELATIVE: "the council, **which has
  threatened** sanctions against Freedonia", "the premier, **who has visited** the island ten times"),
  and one whose act is a present passive (STANDING PASSIVE RELATIVE: "the militia, **which is armed by**
  Freedonia") tells a standing tie, not an act of the day. A date stated in the relative clause is left
  to the explicit past date below; a simple past ("who flew to Rome") or a progressive ("who is paying a
  visit") stays in the news.
* a **past frame**: "**in the past**", "**in history**" on the act's own clause tell
  how things went before, not an act of the day.
* a **multi-year span**: "**over the past two decades**", "**in recent years**", "**during the last
  five years**", "**over the years**" on the act's own clause make it a tally or a trend across years
  ("the two navies have held a dozen joint drills in recent years", "the court has tried forty
  officers over the past decade"), not an act of the day; so does a span after a past point (PERIOD THAT
  FOLLOWED: "over the decades that followed"). A span to come ("in the
  coming years") is not past, and a span on another word ("the worst attack in ten years") dates
  nothing. YEARS-LONG PERFECT: "**for twenty years**", "**for decades**" on an act told in the perfect
  ("the rebels, who have fought the army for twenty years") tell a standing record too; a term in the
  simple past ("jailed him for ten years") or a span ahead ("will stay for two years") does not.

An explicit past date may be a year ("last year", "in 2004") when the whole year ended a month or
more before publication.

* a **dated time clause**: an act told in the past with no date of its own, inside the time frame of
  a clause set years back ("Washington froze military aid **when Islamabad tested a nuclear device in
  1998**", "cut ties with the junta **after it took power in 2006**"), happened then too: background.
  A date of its own ("recalled its envoy on Monday after ...") keeps the act in the news.

* a **recalled act**: an act that is what someone recalls or remembers ("**recalling** his visit to
  Freedonia", "she **remembered** that the two armies had clashed") is the past that the speaker
  brings up, not news of the day (the recalling itself is no CAMEO event).

Only the trigger's own clause counts: a period phrase in another clause ("X, who fought in the 1990s
war, met Y on Monday") dates that other clause, and "since 1983" opens an ongoing span rather than a closed period.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from realpolitik.coding.frames import COMMITMENT_HEADS, REL_PRONOUNS, TEXT_NOUNS, auxiliaries, lemma
from realpolitik.dates import (
    DatePrecision,
    date_entities,
    dates_itself,
    looks_ahead,
    parse_date_expression,
    timetable_present,
)

PERIOD_PREPS = frozenset({"during", "in", "throughout", "between", "under", "amid"})
# links that stay inside one clause: the trigger's own modifiers and the verbs/nouns it hangs from
DESCRIPTION_LINKS = frozenset({"acl", "pobj", "prep", "dobj", "attr", "compound", "amod", "conj", "appos"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
CLAUSE_LINKS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep", "pcomp", "compound", "amod", "attr", "oprd"})
CLOSED_WAR_MODIFIERS = frozenset({"world", "cold"})
MIN_DAYS_BACK = 30  # an explicitly dated act this long before the story is background (a month)
PAST_TAGS = frozenset({"VBD", "VBN"})
MIN_YEARS_BACK = 2  # also the bound for a resolved event date (coding/extract.py): one idea of 'years before'
_YEAR = re.compile(r"^'?(\d{2}|\d{4})s?$")
_CENTURY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")


def _last_year(tok: Token) -> int | None:
    """The last calendar year a year ("1975") or decade ("1990s", "'80s") token covers."""
    m = _YEAR.match(tok.text)
    if m is None:
        return None
    digits = m.group(1)
    decade = tok.text.endswith("s")
    if len(digits) == 2:
        if not decade:
            return None  # "in 75" is more often a count than a year
        year = 1900 + int(digits)
    else:
        year = int(digits)
    if not 1000 <= year <= 2100:
        return None
    return year + 9 if decade else year


def _past_year(tok: Token, published: date | None) -> bool:
    last = _last_year(tok)
    return last is not None and published is not None and last <= published.year - MIN_YEARS_BACK


def _closed_war(tok: Token) -> bool:
    """A world war, the Cold War, or a war named as a proper noun ("the Korean War")."""
    if tok.lemma_.lower() != "war" and tok.lower_ != "war":
        return False
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(m.lower_ in CLOSED_WAR_MODIFIERS for m in mods):
        return True
    return tok.text == "War" and any(m.text[:1].isupper() for m in mods)


def _past_century(tok: Token, published: date | None) -> bool:
    if tok.lower_ not in ("century", "centuries"):
        return False
    for c in tok.children:
        m = _CENTURY.match(c.lower_)
        if m is not None and published is not None:
            return int(m.group(1)) < published.year // 100 + 1
    return False


def past_period(obj: Token, published: date | None) -> bool:
    """Does a time phrase's object name a period that closed years ago?"""
    words = list(obj.subtree)
    if len(words) > 15:
        return False
    years = [y for y in (_last_year(w) for w in words) if y is not None]
    if years and published is not None:  # a range counts by its end: "between 1999 and 2009"
        if max(years) - min(years) >= 1 and max(years) < published.year:
            return True  # CLOSED SPAN OF YEARS: "between 1999 and 2005" in 2006 tallies years gone by
        return max(years) <= published.year - MIN_YEARS_BACK
    return any(_closed_war(w) or _past_century(w, published) for w in words)


def _clause_tokens(trigger: Token) -> list[Token]:
    """The trigger and the words it hangs from within its own clause."""
    chain = [trigger]
    tok = trigger
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in CLAUSE_LINKS:
            break
        tok = tok.head
        chain.append(tok)
    return chain


def later_conjuncts(trigger: Token) -> list[Token]:
    """SHARED PERIOD: the verbs coordinated after the trigger's verb with no subject of their own ("preyed
    on them and killed ten and wounded five **between 1975 and 1980**"): a closed period trailing the
    series dates every act in it."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.tag_ not in PAST_TAGS or dates_itself(verb):
        return []  # an act with a date of its own ("shelled X on Monday and ...") keeps it
    return [c for c in verb.conjuncts
            if c.i > verb.i and c.tag_ in PAST_TAGS
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for g in c.children)]


def catenative_complements(trigger: Token) -> list[Token]:
    """The bare or ``to`` complement that completes a verb as one act ("**helped** form the government
    in 2009", "**tried** to annex the islands in 1998"): a period stated on it dates the act as a whole."""
    return [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]


def _present_or_future(verb: Token) -> bool:
    if verb.tag_ in PRESENT_TAGS:
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in PRESENT_TAGS or c.lower_ in ("will", "'ll")) for c in verb.children
    )


def past_description(trigger: Token) -> bool:
    """Is the act told only inside a past copular relative clause of a present or future sentence?"""
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl":
            return (
                tok.i != trigger.i
                and tok.lemma_ == "be"
                and tok.tag_ == "VBD"
                and _present_or_future(trigger.sent.root)
            )
        if tok.dep_ not in DESCRIPTION_LINKS:
            return False
        tok = tok.head
    return False


PAST_FRAME_NOUNS = frozenset({"past", "history"})
SPAN_PREPS = frozenset({"over", "during", "in", "for", "throughout", "within"})
SPAN_UNITS = frozenset({"year", "decade", "century"})
SPAN_PAST = frozenset({"past", "last", "recent", "previous", "preceding"})
SPAN_AHEAD = frozenset({"coming", "next", "future", "following", "upcoming"})


def _past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _record_tense(verb: Token, trigger: Token) -> bool:
    """Is a relative clause's verb in a tense that tells a record or a standing state rather than an act
    of the day: the past perfect ("which had cut aid"), the present perfect ("who has threatened X",
    "which has been offering support": PERFECT RELATIVE), or, when the verb is the act itself, the
    present passive ("which is funded by X", "who are backed by Y": STANDING PASSIVE RELATIVE)?"""
    auxes = auxiliaries(verb)
    if _past_perfect(verb):
        return True
    if auxes & {"has", "have", "'s", "'ve"} and (verb.tag_ == "VBN" or (verb.tag_ == "VBG" and "been" in auxes)):
        return True
    return verb.i == trigger.i and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children)


def anterior_relative(trigger: Token) -> bool:
    """Is the act told only in an undated non-restrictive relative clause in a tense of record
    ("X, which had cut aid", "Y, who has threatened Z", "W, which is funded by V": ``_record_tense``)?"""
    tok = trigger
    for _ in range(8):
        if tok.dep_ == "relcl":
            break
        if tok.head.i == tok.i or tok.dep_ not in DESCRIPTION_LINKS | {"xcomp"}:
            return False
        tok = tok.head
    else:
        return False
    if tok.dep_ != "relcl" or not _record_tense(tok, trigger):
        return False
    words = list(tok.subtree)
    first = words[0]
    if first.i == 0 or first.lower_ not in REL_PRONOUNS or tok.doc[first.i - 1].text != ",":
        return False
    return not any(w.ent_type_ in ("DATE", "TIME") for w in words)


def _multi_year_span(obj: Token) -> bool:
    """Does ``obj`` name a span of years, or of many months, that ends now ("the past two decades",
    "recent years", "the years", "the last 18 months")?"""
    many_months = obj.lemma_.lower() == "month" and obj.tag_ == "NNS"  # "the last 18 months"
    if obj.lemma_.lower() not in SPAN_UNITS and not many_months:
        return False
    mods = {m.lower_ for m in obj.children if m.dep_ in ("amod", "nummod", "det", "quantmod", "compound")}
    if mods & SPAN_AHEAD:
        return False
    if mods & SPAN_PAST:
        return True
    if obj.tag_ == "NNS" and any(c.dep_ == "relcl" and lemma(c) == "follow" and c.tag_ == "VBD" for c in obj.children):
        return True  # PERIOD THAT FOLLOWED: "over the decades that followed"
    return obj.tag_ == "NNS" and obj.head.lower_ == "over" and "the" in mods  # "over the years"


def past_frame(trigger: Token) -> bool:
    """Does the act's own clause carry "in the past", "in history" or a span of past years?"""
    for tok in [*_clause_tokens(trigger), *catenative_complements(trigger), *later_conjuncts(trigger)]:
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in SPAN_PREPS:
                continue
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                if c.lower_ == "in" and o.lower_ in PAST_FRAME_NOUNS and not any(
                    m.dep_ in ("amod", "nummod", "compound", "poss") for m in o.children
                ):
                    return True
                if _multi_year_span(o) or (c.lower_ == "for" and _counted_years(o) and _perfect(tok)):
                    return True
    return False


def _counted_years(obj: Token) -> bool:
    """ "for 20 years", "for three decades", "for many years", "for decades": years counted, not one
    named ("for the year ahead")."""
    return obj.lemma_.lower() in ("year", "decade") and obj.tag_ == "NNS" and not any(
        m.dep_ in ("det", "poss") for m in obj.children)


def _perfect(verb: Token) -> bool:
    """A present or past perfect: "have fought for 20 years" tells a standing record, not an act of the day
    (YEARS-LONG PERFECT); "was jailed for ten years" (a term) and "will stay for two years" are not it."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


TIME_MARKS = frozenset({"after", "when", "following", "once", "as"})


def _own_date(verb: Token, clause: Token) -> bool:
    """Does the verb's clause state a date outside the subordinate ``clause``?"""
    inner = {t.i for t in clause.subtree}
    return any(t.ent_type_ in ("DATE", "TIME") and t.i not in inner for t in verb.subtree)


def _months_back(clause: Token, published: date | None) -> bool:
    """Does a past time clause state a day or month that ended ``MIN_DAYS_BACK`` or more days before
    publication ("after the junta took power in May", in a November story)? The act it
    frames, undated itself, belongs to that past too (DATED TIME CLAUSE, by months)."""
    if published is None or clause.tag_ not in PAST_TAGS:
        return False
    inner = {t.i for t in clause.subtree}
    for ent in date_entities(clause.sent):
        if ent.start not in inner:
            continue
        parsed = parse_date_expression(ent.text, published)
        if parsed is not None and parsed[1] in ("day", "month") and (
                published - _last_day(*parsed)).days >= MIN_DAYS_BACK:
            return True
    return False


def dated_past_noun(noun: Token, published: date | None) -> bool:
    """DATED PAST NOUN: a nominal act under a plan or an expectation, with a date that is over however
    it is read ("will brief B on his talks **last week**", "is to report on the visit **two days ago**"),
    took place: a date already past cannot date what is still to come, so it dates the act, whether the
    parser hangs it on the noun or on the verb still to come that governs it. A plan dated in the past
    ("the talks were set for October") says nothing of whether they were held."""
    if published is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    governor = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    ahead = governor is not None and looks_ahead(governor)
    for ent in date_entities(noun.sent):
        root = ent.root
        on_governor = ahead and governor is not None and (root.head == governor or (
            root.head.dep_ == "prep" and root.head.head == governor))
        if not (_dates_noun(noun, root) or on_governor):
            continue
        if all(r is not None and _last_day(*r) < published for r in _both_readings(ent.text, published)):
            return True
    return False


def _dates_noun(noun: Token, root: Token) -> bool:
    """Does the date phrase rooted at ``root`` hang on ``noun`` itself, with no verb between them?"""
    return noun.is_ancestor(root) and not any(t.pos_ in ("VERB", "AUX") for t in root.ancestors
                                              if noun.is_ancestor(t))


def _both_readings(text: str, published: date) -> list[tuple[date, DatePrecision] | None]:
    """A date phrase read backward and forward from the story's date ("in May": last May, next May)."""
    return [parse_date_expression(text, published, forward) for forward in (False, True)]


def dated_future_noun(noun: Token, published: date | None) -> bool:
    """DATED FUTURE NOUN: a nominal act dated by its own phrase to a time after the story ("his visit to
    B **next month**", "the talks **in May**" in a March story) is still to come, however its clause
    is told ("will boost trade", "was announced"): planned, not done. Only a date that lies ahead
    however it is read counts, and only one the noun itself carries."""
    if published is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(_dates_noun(noun, ent.root) and all(r is not None and r[0] > published
                                                   for r in _both_readings(ent.text, published))
               for ent in date_entities(noun.sent))


def _last_day(when: date, precision: str) -> date:
    """The last day of the day, month or year ``when`` stands for at ``precision``."""
    if precision == "month":
        following = date(when.year + when.month // 12, when.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    if precision == "year":
        return date(when.year, 12, 31)
    return when


def dated_time_clause(trigger: Token, published: date | None) -> bool:
    """Is the past act at ``trigger``, undated itself, told within a time clause set years back, or
    a month or more back by a day or month it states (``_months_back``)?"""
    if not _past_clause(trigger):
        return False
    for verb in _clause_tokens(trigger):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ in ("mark", "advmod") and m.lower_ in TIME_MARKS for m in clause.children
            ):
                continue
            dated = any(
                c.dep_ == "prep" and c.lower_ in PERIOD_PREPS and any(
                    o.dep_ == "pobj" and past_period(o, published) for o in c.children)
                for c in clause.children
            ) or _months_back(clause, published)
            if dated and not _own_date(verb, clause):
                return True
    return False


RECALLING_VERBS = frozenset({"recall", "remember", "reminisce"})


def _recalling_speaker(trigger: Token) -> bool:
    """RECALLING SPEAKER: a past act told in the content of a speech verb that a participle of recalling
    modifies ("Recalling his visit in May, the premier said he **reached** a consensus with X", "looking
    back on the talks, she said they **signed** four accords"): the speaker reviews that past, so what he
    says was done then is background. Present and future content ("said he would return") is not."""
    if trigger.tag_ != "VBD":
        return False
    speech = trigger.head
    if trigger.dep_ != "ccomp" or speech.i == trigger.i or speech.pos_ != "VERB":
        return False
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and (c.lemma_.lower() in RECALLING_VERBS or _looking_back(c))
               for c in speech.children)


def _looking_back(verb: Token) -> bool:
    return verb.lemma_.lower() == "look" and any(g.dep_ in ("advmod", "prt") and g.lower_ == "back"
                                                 for g in verb.children)


def recalled_act(trigger: Token) -> bool:
    """Is the act what a recalling verb governs, as its object or its clause ("recalling his visit",
    "recalled that the armies had clashed"), or what a recalling speaker says was done
    (``_recalling_speaker``)?"""
    if _recalling_speaker(trigger):
        return True
    tok = trigger
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.lemma_.lower() in RECALLING_VERBS and head.pos_ == "VERB" and tok.dep_ in ("dobj", "ccomp"):
            return True
        if tok.dep_ == "pobj" and head.lower_ == "on" and _looking_back(head.head):
            return True  # "looking back on his visit"
        if tok.dep_ not in ("xcomp", "conj", "compound"):
            return False
        tok = head
    return False


# SINCE-ANCHOR: how recent a dated anchor of "since" may be and still be the news ("since Monday's raid")
RECENT_ANCHOR_DAYS = 31


def since_anchor(trigger: Token, published: date | None) -> bool:
    """SINCE-ANCHOR: a nominal act that is the object of "since" ("killed since the offensive against the
    rebels", "the first talks since the invasion") is the point a period is counted from, so it was over
    or under way before the period the sentence reports. A date of its own within the last month
    ("since Monday's raid") keeps it news."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or trigger.head.lower_ != "since":
        return False
    if published is None:
        return True
    for ent in date_entities(trigger.sent):
        if not trigger.is_ancestor(ent.root):
            continue
        reading = parse_date_expression(ent.text, published)
        if reading is not None and published.toordinal() - _last_day(*reading).toordinal() <= RECENT_ANCHOR_DAYS:
            return False
    return True


def _accompanied(trigger: Token) -> Token | None:
    """ACCOMPANYING PARTICIPLE: the main verb of a bare participle clause that tells what went with its
    act ("cut ties with X after the coup in May, **accusing** it of ..."): the clause has no time, mark or
    subject of its own, so it shares the main verb's, background included. So does a participle on a text
    that a verb issued (ISSUED TEXT'S TIME: "adopted a resolution in May **urging** B to ...": the text says
    it when it is adopted)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma(verb.head) in TEXT_NOUNS \
            and verb.head.dep_ in ("dobj", "nsubjpass") and verb.head.head.pos_ in ("VERB", "AUX"):
        return None if dates_itself(verb) else verb.head.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return None
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in verb.children) or dates_itself(verb):
        return None
    return verb.head


def background_period(trigger: Token, published: date | None) -> bool:
    """Is the act at ``trigger`` set in a period that closed years before ``published``, or told
    as a past description (``past_description``), an anterior relative, in a past frame, as a recalled
    act, as the anchor of a "since" (``since_anchor``) or within a dated time clause?"""
    if past_description(trigger) or anterior_relative(trigger) or past_frame(trigger):
        return True
    if (head := _accompanied(trigger)) is not None and background_period(head, published):
        return True
    if recalled_act(trigger) or since_anchor(trigger, published):
        return True
    if dated_time_clause(trigger, published):
        return True
    for tok in [*_clause_tokens(trigger), *catenative_complements(trigger), *later_conjuncts(trigger)]:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in PERIOD_PREPS:
                if any(o.dep_ == "pobj" and past_period(o, published) for o in c.children):
                    return True
    if trigger.pos_ in ("NOUN", "PROPN"):
        return dated_past_nominal(trigger, published) or any(
            c.dep_ in ("nummod", "compound", "amod", "nmod") and _past_year(c, published) for c in trigger.children
        )
    return False


FAR_AHEAD_DAYS = 60


def dated_past_nominal(noun: Token, published: date | None) -> bool:
    """DATED PAST NOMINAL: a nominal act that carries a day or month of its own ("the Oct. 23 bombing"
    in a January story, "the raid on March 2" in May) happened then, when that day lies a month or more
    (``MIN_DAYS_BACK``) behind the story and its forward reading lies months ahead: "the Dec. 3 summit"
    in a late-November story is still to come, and a clause that looks ahead leaves the noun to
    ``dated_future_noun``. A year alone is read by the year rule above."""
    if published is None:
        return False
    governor = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if governor is not None and looks_ahead(governor) and (
            not timetable_present(governor) or dates_itself(governor)):
        return False  # a bare present ("the trial covers the March 2 raid") is no timetable without a date
    for ent in date_entities(noun.sent):
        if not _dates_noun(noun, ent.root):
            continue
        back, ahead = _both_readings(ent.text, published)
        if back is None or back[1] not in ("day", "month"):
            continue
        if (published - _last_day(*back)).days >= MIN_DAYS_BACK and (
                ahead is None or (ahead[0] - published).days >= FAR_AHEAD_DAYS):
            return True
    return False


# PAST UNDERTAKING: words that commit to or decide on the act their infinitive names
UNDERTAKING_HEADS = COMMITMENT_HEADS | {"decide", "resolve", "vote"}


def _past_clause(trigger: Token) -> bool:
    """Is the act told in the past: a past verb, or a nominal act on a past verb ("held talks"), or the
    complement of one ("**stopped** allowing inspections", "**began** shelling the town", PAST
    UNDERTAKING: "**promised** in 2004 to lend B funds"), whose tense is the governing verb's?"""
    if _sequel_of(trigger):
        return True
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and (
            verb.tag_ == "VBG" or verb.tag_ == "VB" and lemma(verb.head) in UNDERTAKING_HEADS):
        verb = verb.head  # "agreed last year to invite B": the undertaking is as old as the agreeing
    verb = _accompanied(verb) or verb  # "cut ties in March, accusing X": the participle's time is the verb's
    return verb.tag_ in PAST_TAGS and not _present_or_future(verb)


SEQUEL_PREPS = frozenset({"after", "following"})


def _sequel_of(noun: Token) -> bool:
    """SEQUEL OF AN ACT: what something "follows" or "comes after" ("the deal follows a visit to B by
    A last year", "the move comes after talks in C last month") was over before it, whatever the
    present tense of the sequel: a date on the act dates a past act."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return lemma(head) == "follow" and head.pos_ == "VERB"
    return noun.dep_ == "pobj" and head.lower_ in SEQUEL_PREPS and lemma(head.head) in ("come", "follow")


def dated_background(
    trigger: Token, event_date: date | None, precision: str | None, how: str, published: date | None
) -> bool:
    """Does the act's own clause state a day, month or year that ended ``MIN_DAYS_BACK`` or more days
    before ``published``, told in the past?"""
    if event_date is None or published is None or not how.startswith("sentence:"):
        return False
    if precision not in ("day", "month", "year"):
        return False
    return (published - _last_day(event_date, precision)).days >= MIN_DAYS_BACK and (
        _past_clause(trigger) or (precision != "year" and _dated_perfect(trigger)))


def _dated_perfect(trigger: Token) -> bool:
    """DATED PERFECT: "on June 2, jets have shelled the plant" -- a perfect told with a past day or
    month of its own is past, as the simple past would be (wire copy mixes the two). A year is left
    out: "has implicated B in a strike last year" hangs the strike's year on the perfect."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    auxs = auxiliaries(verb)
    return verb.tag_ == "VBN" and bool(auxs & {"has", "have"}) and not auxs & {"will", "'ll", "been"}
