"""Class A GROUP'S ORDINARY-WORD ALIAS IS NO NAME (``scripts/build_actors.py``, ``word_aliases``): a
non-state group whose one-word Phoenix alias is an ordinary English word ("Youth", "Organization",
"Zero", "Tigers") would be read wherever that word is capitalised: at the start of a sentence, in a
headline, in a title ("Minister of Youth"). The build drops such aliases, deciding "ordinary word" from
data: WordNet as spaCy's English lemmatizer ships it, and the case a general word list writes the word
in. States, IGOs, offices and firms keep names that are words ("Senate", "Pentagon").

Sentences written for these tests, in at least two wordings.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes
from tests.conftest import REPO

Parse = Callable[..., Doc]
D2009 = date(2009, 6, 3)
PHOENIX = REPO / "src" / "realpolitik" / "actors" / "data" / "phoenix.jsonl"


@pytest.fixture(scope="module")
def ordinary() -> Callable[[str], bool]:
    spec = importlib.util.spec_from_file_location("build_actors", REPO / "scripts" / "build_actors.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not Path(module.WORD_LIST).is_file():
        pytest.fail(f"{module.WORD_LIST} missing: .ci/run installs wamerican")
    return module.ordinary_words()  # type: ignore[no-any-return]


def test_ordinary_words_are_told_from_names(ordinary: Callable[[str], bool]) -> None:
    for word in ("Youth", "Organization", "Zero", "Tigers", "Falcon"):
        assert ordinary(word), word
    # names WordNet lists too, acronyms, and more than one word are no ordinary word
    for name in ("Taliban", "Hamas", "Hezbollah", "Kremlin", "ETA", "Group Zero", "Free-Land"):
        assert not ordinary(name), name


def test_no_group_in_the_built_dictionary_keeps_a_word_alias(ordinary: Callable[[str], bool]) -> None:
    left = [(e["id"], n) for e in map(json.loads, PHOENIX.read_text(encoding="utf-8").splitlines())
            if e["kind"] == "group" for n in e["names"] if ordinary(n)]
    assert left == []


def test_states_and_offices_named_by_words_keep_them(parse: Parse) -> None:
    assert codes(parse("The Senate passed the budget bill.", D2009))["The Senate"][0].startswith("USA")
    assert codes(parse("The Pentagon denied the report.", D2009))["The Pentagon"][0].startswith("USA")


@pytest.mark.parametrize(
    "text",
    [
        "Youth unemployment rose sharply in Portugal last year.",
        "Organization of the summit fell to Kenya's foreign ministry.",
        "Zero tolerance for graft was promised by the Peruvian cabinet.",
        "Tigers roam the reserve that Nepal opened to tourists.",
        "Falcon breeders from Qatar met traders in Oman.",
    ],
)
def test_a_capitalised_common_word_is_no_armed_group(parse: Parse, text: str) -> None:
    found = codes(parse(text, D2009))
    assert not [c for cs in found.values() for c in cs if c.endswith("REB")], found


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The Taliban attacked a police post in Helmand.", "The Taliban", "AFGREB"),
        ("Taleban fighters ambushed a convoy near Kandahar.", "Taleban fighters", "AFG"),
        ("Hamas rejected the Egyptian proposal.", "Hamas", "PSE"),
    ],
)
def test_groups_named_by_their_own_names_still_resolve(parse: Parse, text: str, span: str, code: str) -> None:
    assert codes(parse(text, D2009))[span][0].startswith(code)
