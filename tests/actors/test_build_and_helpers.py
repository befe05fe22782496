"""The dictionary build script's pure helpers, and small helpers of the actors package."""

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from realpolitik.actors.entries import Role, fold, slug
from realpolitik.actors.userdict import default_user_path
from tests.conftest import DATA, REPO


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_actors", REPO / "scripts" / "build_actors.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rec(code, start=None, end=None, order=0):
    return {"code": code, "start": start, "end": end, "order": order}


def test_phoenix_roles_follow_first_match_wins(build) -> None:
    roles, fallback = build.phoenix_roles([
        rec("TURELI", "1972-01-01", "2002-11-18", 0),
        rec("TURGOV", "2002-11-18", "2003-03-14", 1),
        rec("TURGOV", "2003-03-14", None, 2),
        rec("TURELI", None, None, 3),
        rec("NEVER", "2020-01-01", None, 4),  # after an undated line: can never win
    ])
    assert fallback == "TURELI"
    assert [r["code"] for r in roles] == ["TURELI", "TURGOV", "TURGOV"]
    assert roles[2] == {"code": "TURGOV", "from": "2003-03-14"}


def test_phoenix_roles_trim_overlaps_like_petrarch(build) -> None:
    roles, _ = build.phoenix_roles([
        rec("RUSGOV", "1999-12-31", "2008-05-07", 0),
        rec("RUSGOV", "1999-08-09", "2000-05-07", 1),  # starts earlier, overlaps: only the part before wins
    ])
    assert roles == [{"code": "RUSGOV", "from": "1999-12-31", "until": "2008-05-07"},
                     {"code": "RUSGOV", "from": "1999-08-09", "until": "1999-12-31"}]


def test_name_helpers(build) -> None:
    assert build.titlecase("RECEP TAYYIP ERDOGAN") == "Recep Tayyip Erdogan"
    assert build.titlecase("THE US") == "The US"
    assert build.titlecase("AL-QAEDA") == "Al-Qaeda"
    assert build.pluralise("spokesman") == "spokesmen"
    assert build.pluralise("authority") == "authorities"
    assert build.pluralise("official") == "officials"
    assert build.plural_demonyms(["Venezuelan", "Iraqi", "Turkish", "UN"]) == ["Venezuelans", "Iraqis"]


def test_built_files_are_in_our_format() -> None:
    data = REPO / "src" / "realpolitik" / "actors" / "data"
    for name in ("countries.jsonl", "phoenix.jsonl", "leaders.jsonl", "agents.jsonl"):
        first = json.loads((data / name).read_text(encoding="utf-8").splitlines()[0])
        assert {"id", "kind", "names"} <= set(first)
    assert (DATA / "phoenix" / "actors.jsonl").is_file()  # the source the script reads


def test_fold_and_slug() -> None:
    assert fold("  Recep  Tayyip ERDOĞAN ") == "recep tayyip erdogan"
    assert fold("Maduro\u2019s") == "maduro's"
    assert slug("Côte d'Ivoire") == "cote-d-ivoire"


def test_role_period_end_is_exclusive() -> None:
    role = Role("USAGOV", date(2017, 1, 20), date(2021, 1, 20))
    assert role.covers(date(2017, 1, 20)) and role.covers(date(2021, 1, 19))
    assert not role.covers(date(2021, 1, 20))


def test_user_dictionary_location(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("REALPOLITIK_ACTORS", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_user_path() == tmp_path / "realpolitik" / "actors.jsonl"
    monkeypatch.setenv("REALPOLITIK_ACTORS", str(tmp_path / "mine.jsonl"))
    assert default_user_path() == tmp_path / "mine.jsonl"


def test_agent_nouns_take_both_wire_spellings(build) -> None:
    """AGENT SPELLINGS: a Phoenix agent noun spelt one way is also listed spelt the other way."""
    assert build.agent_spellings("student protesters") == ["student protesters", "student protestors"]
    assert build.agent_spellings("protestor") == ["protestor", "protester"]
    assert build.agent_spellings("soldiers") == ["soldiers"]


@pytest.mark.parametrize("text", ["Chilean protestors blocked the road to the mine.",
                                  "Chilean protesters blocked the road to the mine."])
def test_both_spellings_of_protesters_are_the_opposition(pipeline, text: str) -> None:
    doc = pipeline.nlp(text)
    codes = [a.code for sp in doc.spans["rp_actors"] for a in (sp._.rp_actors or [])]
    assert "CHLOPP" in codes, codes
