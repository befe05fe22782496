"""ELITE SURNAME, STATE UNNAMED (``ActorResolver.by_surname``): a bare surname that reaches only a listed
person's elite (ELI) span, a whole career in or near power, names that person only when the story names
his state; in a one-sentence text, whose silence says little, it still does.

Stories written for these tests.
"""

from __future__ import annotations

from datetime import date

from realpolitik.actors.resolver import ActorResolver

UNNAMED = ("Neptune expanded its fleet on Monday. The shipping line bought two vessels. "
           "Neptune said France had approved the purchase.")
NAMED = ("Haiti's parliament met on Monday. The opposition criticised the cabinet. "
         "Neptune said France had approved the plan.")


def _codes(pipeline, text: str, published: str) -> set[str]:
    return {c for e in pipeline.code_text(text, published=published) for c in (e.source_code, e.target_code) if c}


def test_an_elite_surname_in_a_story_that_never_names_the_state_is_nobody(pipeline) -> None:
    assert not any(c.startswith("HTI") for c in _codes(pipeline, UNNAMED, "1999-05-01"))
    assert any(c.startswith("HTI") for c in _codes(pipeline, NAMED, "1999-05-01"))


def test_the_rule_reads_stories_and_offices_only() -> None:
    r = ActorResolver.default()
    assert r.by_surname("Neptune", date(1999, 5, 1), frozenset(), story=frozenset()) is None
    assert r.by_surname("Neptune", date(1999, 5, 1), frozenset(), story=frozenset({"HTI"})) is not None
    assert r.by_surname("Neptune", date(1999, 5, 1), frozenset(), story=None) is not None
    assert r.by_surname("Neptune", date(2003, 5, 1), frozenset(), story=frozenset()) is not None  # in office then
