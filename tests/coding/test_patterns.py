from pathlib import Path

import pytest

from realpolitik.coding.patterns import (
    LAYER_CURATED,
    LAYER_USER,
    build_index,
    load_patterns,
    parse_row,
    read_patterns,
)
from realpolitik.errors import DictionaryError

HEADER = "id\tframe\tlemma\tparticle\tprep\tnoun\tcode\treverse\tnote\n"


def _keys(rows):
    return {(p.frame, p.lemma, p.particle, p.prep, p.noun): p for rows_ in rows for p in rows_}


def test_packaged_dictionary_loads_and_indexes_by_lemma() -> None:
    patterns = load_patterns()
    assert patterns.size > 20_000
    assert not patterns.warnings
    visit = [p for p in patterns.for_verb("visit") if p.frame == "V" and not p.particle and not p.constrained]
    assert visit and visit[0].code == "042" and visit[0].reverse == "043"
    sanctions = patterns.for_noun("sanction")
    assert any(p.code == "163" for p in sanctions)
    # every root category 01..20 is reachable from some pattern
    roots = {p.code[:2] for rows in patterns.verbs.values() for p in rows if p.is_event and p.code}
    assert {f"{n:02d}" for n in range(1, 21)} <= roots


def test_candidates_are_sorted_most_specific_first() -> None:
    rows = load_patterns().for_verb("sign")
    specs = [p.specificity for p in rows]
    assert specs == sorted(specs, reverse=True)


def test_curated_rows_override_converted_rows_with_the_same_key() -> None:
    call = [p for p in load_patterns().for_verb("call") if p.frame == "V" and not p.particle]
    assert len(call) == 1 and call[0].code == "041" and call[0].layer == LAYER_CURATED


def test_user_file_replaces_and_adds_patterns(tmp_path: Path) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text(HEADER + "u1\tV\tvisit\t\t\t\t040\t\tmy override\nu2\tV\tserenade\t\t\t\t051\t\n", encoding="utf-8")
    patterns = load_patterns(user)
    visit = [p for p in patterns.for_verb("visit") if p.frame == "V" and not p.particle and not p.constrained]
    assert len(visit) == 1 and visit[0].code == "040" and visit[0].layer == LAYER_USER
    assert patterns.for_verb("serenade")[0].code == "051"


def test_malformed_user_rows_are_reported_with_file_and_line_and_the_rest_loads(tmp_path: Path) -> None:
    user = tmp_path / "bad.tsv"
    user.write_text(
        HEADER
        + "ok\tV\tserenade\t\t\t\t051\t\n"
        + "b1\tVX\tfoo\t\t\t\t051\t\n"
        + "b2\tV\tbar\t\t\t\t999\t\n"
        + "b3\tV+N\tbaz\t\t\t\t051\t\n",
        encoding="utf-8",
    )
    patterns = load_patterns(user)
    assert patterns.for_verb("serenade")
    assert len(patterns.warnings) == 3
    assert f"{user}:3" in patterns.warnings[0] and "frame" in patterns.warnings[0]
    assert f"{user}:4" in patterns.warnings[1] and "code" in patterns.warnings[1]
    assert f"{user}:5" in patterns.warnings[2] and "noun" in patterns.warnings[2]
    with pytest.raises(DictionaryError, match=r"bad\.tsv:3"):
        read_patterns(user, LAYER_USER, strict=True)


def test_missing_user_file_is_a_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="not found"):
        load_patterns(tmp_path / "nope.tsv")


def test_parse_row_validates_frames() -> None:
    row = {
        "id": "x",
        "frame": "V+P",
        "lemma": "travel",
        "particle": "",
        "prep": "",
        "noun": "",
        "code": "042",
        "reverse": "",
    }
    with pytest.raises(DictionaryError, match="needs a prep"):
        parse_row(row, "f:1", LAYER_USER)
    row["prep"] = "to"
    p = parse_row(row, "f:1", LAYER_CURATED)
    assert p.specificity == 1 and p.is_verbal
    blocked = parse_row({**row, "code": "---"}, "f:2", LAYER_USER)
    assert not blocked.is_event
    index = build_index([p, blocked])
    assert index.for_verb("travel")[0].code == "---"  # same key: the user layer wins
    assert index.size == 1


def test_curated_pattern_ids_are_unique() -> None:
    """A curated id names one hand-written rule in the error files and in rule_usage.py: two rows sharing it
    make both unreadable (converted rows may share their source pattern's id on purpose)."""
    from collections import Counter

    from realpolitik.coding import patterns as module

    curated = Path(module.__file__).parent / "data" / "patterns_curated.tsv"
    ids = Counter(
        line.split("\t", 1)[0]
        for line in curated.read_text(encoding="utf-8").splitlines()
        if line.startswith("rp-")
    )
    assert [i for i, n in ids.items() if n > 1] == []
