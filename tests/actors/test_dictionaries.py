"""User dictionaries: our JSONL and PETRARCH formats, and how bad input is reported."""

import json
from datetime import date
from pathlib import Path

from realpolitik.actors.entries import LoadReport
from realpolitik.actors.loader import load_user
from realpolitik.actors.petrarch import parse_petrarch, parse_petrarch_date, parse_restriction
from realpolitik.actors.resolver import ActorResolver
from realpolitik.actors.userdict import import_dictionary

GOOD = {"id": "person:ada-quill", "kind": "person", "names": ["Ada Quill", "Quill"], "country": "TUR",
        "code": "TUR", "roles": [{"code": "TURGOV", "role": "minister", "from": "2020-01-01", "until": "2022-01-01"}]}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_user_lines_are_reported_with_file_and_line_and_the_rest_loads(tmp_path: Path) -> None:
    f = write_lines(tmp_path / "mine.jsonl", [
        json.dumps(GOOD),
        '{"names": ["Broken", ',
        json.dumps({"names": ["Nobody Knows"], "code": "QQQGOV"}),
        json.dumps({"names": ["Two Hats"], "roles": [
            {"code": "TURGOV", "from": "2010-01-01", "until": "2015-01-01"},
            {"code": "TURMIL", "from": "2014-01-01", "until": "2016-01-01"}]}),
        json.dumps({"names": ["Bad Date"], "roles": [{"code": "TURGOV", "from": "yesterday"}]}),
        json.dumps({"names": ["Fine Group"], "code": "SYRREB"}),
    ])
    report = LoadReport()
    load_user(f, report)
    where = {p.where: p.reason for p in report.problems}
    assert set(where) == {f"{f}:2", f"{f}:3", f"{f}:4", f"{f}:5"}
    assert "malformed JSON" in where[f"{f}:2"]
    assert "unknown actor code 'QQQGOV'" in where[f"{f}:3"]
    assert "overlapping role periods" in where[f"{f}:4"]
    assert "bad date" in where[f"{f}:5"]
    assert [e.name for e in report.entries] == ["Ada Quill", "Fine Group"]


def test_user_entries_override_packaged_ones(tmp_path: Path) -> None:
    f = write_lines(tmp_path / "override.jsonl", [
        json.dumps(GOOD),
        json.dumps({"id": "org:ankara-override", "names": ["Ankara"], "code": "TURGOV"}),
    ])
    resolver = ActorResolver.load(str(f))
    res = resolver.lookup("Ankara", date(2017, 1, 1))
    assert res is not None and res.code == "TURGOV" and res.source == f"{f}:2"
    quill = resolver.lookup("Quill", date(2021, 6, 1))
    assert quill is not None and quill.code == "TURGOV" and quill.role == "minister"


def test_petrarch_dates() -> None:
    assert parse_petrarch_date("030314") == date(2003, 3, 14)
    assert parse_petrarch_date("720101") == date(1972, 1, 1)
    assert parse_petrarch_date("20130408") == date(2013, 4, 8)
    assert parse_restriction(">030314") == (date(2003, 3, 14), None)
    assert parse_restriction("<030314") == (None, date(2003, 3, 14))
    assert parse_restriction("021118-030314") == (date(2002, 11, 18), date(2003, 3, 14))


PETRARCH = """# a user's dictionary
ZORAN_QUILLAN_  # comment
+QUILLAN_
\t[TURGOV 021118-030314]
\t[TURGOV >030314]
\t[TURELI]
BLUE_CITY_ [VEN]
BROKEN_DATE_ [TURGOV 2004017-20061201]
NO_CODE_HERE_
ODD_ [QQQ]
"""


def test_petrarch_format_is_parsed_with_date_ranges() -> None:
    objs, problems = parse_petrarch(PETRARCH, "user.actors")
    by_name = {o["name"]: o for o, _ in objs}
    q = by_name["Zoran Quillan"]
    assert q["roles"] == [{"code": "TURGOV", "from": "2002-11-18", "until": "2003-03-14"},
                          {"code": "TURGOV", "from": "2003-03-14"}]
    assert q["code"] == "TURELI" and "Quillan" in q["names"]
    assert by_name["Blue City"]["code"] == "VEN"
    reasons = {p.where: p.reason for p in problems}
    assert "bad date" in reasons["user.actors:8"]
    assert "no [CODE]" in reasons["user.actors:9"]


def test_import_appends_valid_entries_and_reports_bad_ones(tmp_path: Path) -> None:
    src = write_lines(tmp_path / "user.actors", PETRARCH.splitlines())
    dest = tmp_path / "store" / "actors.jsonl"
    result = import_dictionary(src, "petrarch", dest)
    assert result.added == 2
    assert any("unknown actor code 'QQQ'" in p.reason and p.where.endswith(":10") for p in result.problems)
    resolver = ActorResolver.load(str(dest))
    assert resolver.lookup("Quillan", date(2010, 1, 1)).code == "TURGOV"  # type: ignore[union-attr]
    assert resolver.lookup("Quillan", date(1990, 1, 1)).code == "TURELI"  # type: ignore[union-attr]
    assert resolver.lookup("Blue City", None).code == "VEN"  # type: ignore[union-attr]


def test_phoenix_raw_file_imports_without_losing_good_entries(tmp_path: Path) -> None:
    from tests.conftest import DATA

    raw = DATA / "phoenix" / "raw" / "Phoenix.MilNonState.actors.txt"
    result = import_dictionary(raw, "petrarch", tmp_path / "phx.jsonl")
    assert result.added > 900
    assert ActorResolver.load(str(tmp_path / "phx.jsonl")).lookup("PKK", None).code == "TURREB"  # type: ignore


def test_pipeline_with_a_bad_user_file_warns_and_still_resolves(tmp_path: Path) -> None:
    import warnings

    import spacy

    from realpolitik.actors.component import DictionaryWarning

    f = write_lines(tmp_path / "u.jsonl", [json.dumps(GOOD), "{oops"])
    nlp = spacy.blank("en")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp.add_pipe("realpolitik_actors", config={"user_file": str(f)})
    messages = [str(w.message) for w in caught if issubclass(w.category, DictionaryWarning)]
    assert messages and f"{f}:2" in messages[0]
    doc = nlp("Quill spoke.")
    # no date given: today, after the role ended, so the person is their country
    assert [(s.text, s._.rp_actors[0].code) for s in doc.spans["rp_actors"]] == [("Quill", "TUR")]
