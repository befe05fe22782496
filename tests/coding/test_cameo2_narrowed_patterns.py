"""CAMEO.2.0's two-part and subject-constrained patterns: converted by scripts/build_patterns.py into
the ``subject`` and ``also`` columns, and honoured by the matcher (sentences written for these tests)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from realpolitik.coding.patterns import load_patterns, parse_row
from realpolitik.errors import DictionaryError
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

REPO = Path(__file__).resolve().parents[2]
PUB = "2017-03-01"
DICTIONARY = """\
&TROOPS
+SOLDIERS
+TROOPS

&PACT
+TREATY
+ACCORD

####### VERB PATTERNS #######

---  WADE   [---]  ---
WADE
- &TROOPS *                                    [154]   # WADE
- * POLICE (TO BORDER)                         [153]   # WADE
- * &PACT (IN ^) (WITH)                        [057]   # WADE
- * INCURSION (INTO +)                         [190]   # WADE
- {AIR FORCE} * RAID                           [195]   # WADE
- $ * (AS ENVOY)                               [045]   # WADE
"""


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_patterns", REPO / "scripts" / "build_patterns.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_builder_converts_two_part_and_subject_patterns(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    rows, stats = _builder().convert(path)
    got = {(r[1], r[5], r[6], r[9], r[10]) for r in rows if r[2] == "wade"}
    assert ("V", "", "154", "soldier|troop", "") in got
    assert ("V+N", "police", "153", "", "to=border") in got
    assert {("V+N", n, "057", "", "in;with") for n in ("treaty", "accord")} <= got
    assert ("V+N", "incursion", "190", "", "into") in got
    assert ("V+N", "raid", "195", "air force", "") in got
    assert stats["skipped"] == 1  # the source-marker pattern has no dependency frame
    assert stats["two_part"] == 3 and stats["subject"] == 2


def test_packaged_dictionary_holds_the_narrowed_patterns() -> None:
    rows = [p for ps in load_patterns().verbs.values() for p in ps]
    assert sum(bool(p.subject) for p in rows) > 250
    assert sum(bool(p.also) for p in rows) > 300
    narrow = next(p for p in rows if p.subject and p.frame == "V")
    assert narrow.specificity >= 1


def test_bad_also_column_names_the_line() -> None:
    row = {"frame": "V+N", "lemma": "stage", "noun": "raid", "code": "195", "also": "in to=border"}
    with pytest.raises(DictionaryError, match="f.tsv:3: 'also'"):
        parse_row(row, "f.tsv:3", 2)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Indian troops rushed into Pakistan on Monday.", "IND", "PAK", "15"),
        ("Soldiers from Chad rushed across the border into Sudan.", "TCD", "SDN", "15"),
        ("Turkish soldiers crossed into Iraq overnight.", "TUR", "IRQ", "19"),
        ("Ethiopian troops staged an incursion into Eritrea.", "ETH", "ERI", "19"),
        ("Last week Sudanese forces staged a bloody incursion into Chad.", "SDN", "TCD", "19"),
    ],
)
def test_a_subject_or_preposition_in_the_class_gives_the_narrow_code(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, root), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    "text",
    ["Indian aid rushed into Pakistan on Monday.", "Medical supplies from Chad rushed into Sudan this week."],
)
def test_a_subject_outside_the_class_does_not_deploy_anything(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("15")]
