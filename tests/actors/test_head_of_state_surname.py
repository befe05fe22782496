"""HEAD OF STATE BY SURNAME (``ActorResolver.by_surname``): where listed people in office on the date share a
surname under different codes and one of them is that day's head of state or government, the bare surname
is the head's; a minister or a relative who shares it is called by a first name or a title. Fictional
entries, so the rule is tested apart from the packaged dictionaries, plus one packaged case.
"""

from __future__ import annotations

from datetime import date

from realpolitik.actors.entries import Entry, LoadReport, Role
from realpolitik.actors.resolver import HEAD_OF_STATE, ActorResolver

DAY = date(2010, 6, 1)


def person(ident: str, name: str, code: str, title: str | None = None, start: int = 2005, end: int = 2015) -> Entry:
    return Entry(entity_id=ident, kind="person", names=(name,), source="test", name=name, country=code[:3],
                 roles=(Role(code, date(start, 1, 1), date(end, 1, 1), title),))


def resolver(*entries: Entry) -> ActorResolver:
    return ActorResolver(LoadReport(entries=list(entries)))


def test_the_head_of_state_takes_a_shared_surname() -> None:
    r = resolver(person("a", "Amara Zolund", "ZZZGOV", HEAD_OF_STATE), person("b", "Bren Zolund", "ZZZBUS"))
    found = r.by_surname("Zolund", DAY)
    assert found is not None and found.entity_id == "a"


def test_a_head_of_government_outranks_a_relative_in_another_office() -> None:
    r = resolver(person("c", "Kito Varanne", "QQQGOVLEG"), person("d", "Lea Varanne", "QQQGOV", HEAD_OF_STATE))
    found = r.by_surname("Varanne", DAY)
    assert found is not None and found.entity_id == "d"


def test_without_a_head_in_office_the_shared_surname_stays_undecided() -> None:
    out_of_office = person("e", "Oro Pellam", "YYYGOV", HEAD_OF_STATE, start=1990, end=2000)
    r = resolver(out_of_office, person("f", "Ina Pellam", "YYYBUS"), person("g", "Ulf Pellam", "XXXMIL"))
    assert r.by_surname("Pellam", DAY) is None


def test_two_heads_of_different_states_stay_undecided() -> None:
    r = resolver(person("h", "Tam Orvik", "AAAGOV", HEAD_OF_STATE), person("i", "Sel Orvik", "BBBGOV", HEAD_OF_STATE))
    assert r.by_surname("Orvik", DAY) is None


def test_packaged_president_is_found_by_surname_beside_a_namesake_official() -> None:
    found = ActorResolver.load().by_surname("Kabila", date(2006, 12, 1))
    assert found is not None and found.role_at(date(2006, 12, 1)).code == "CODGOV"  # type: ignore[union-attr]
