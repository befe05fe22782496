"""JUDGED ACT'S OWNER and WELCOMED ACT: praising, criticising or welcoming what another did judges the
one who did it ("praised B's aid to C" targets B), not the party the act's "to" phrase names, which the
parser hangs on the judging verb. PRAISE HEAPED ON: praise heaped or showered on someone is praise."""

from __future__ import annotations

import pytest

from realpolitik.coding import extract, roles
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find, find_asserted

DATE = "2009-03-02"


@pytest.mark.parametrize(
    ("text", "src", "owner", "other", "code"),
    [
        ("Kenya praised Japan's assistance to Somalia.", "KEN", "JPN", "SOM", "051"),
        ("The Kenyan government applauded Japan's grants to Somalia.", "KEN", "JPN", "SOM", "051"),
        ("Nairobi hailed Tokyo's donations to Somalia.", "KEN", "JPN", "SOM", "051"),
        ("China criticised the US arms sales to Taiwan.", "CHN", "USA", "TWN", "111"),
        ("Beijing strongly opposed Washington's weapons deliveries to Taipei.", "CHN", "USA", "TWN", "110"),
        ("Russia condemned Israel's arrest of Lebanese officials.", "RUS", "ISR", "LBN", "111"),
    ],
)
def test_the_owner_of_a_judged_act_is_the_target(text: str, src: str, owner: str, other: str, code: str,
                                                 pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, owner, code) and not find(events, src, other, code[:2]), codes(events)
    monkeypatch.setattr(roles, "JUDGING_CODES", frozenset())
    assert not find(pipeline.code_text(text, published=DATE), src, owner, code), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        # the act undergone by its owner judges no owner: the arrested minister is not criticised
        ("Russia condemned the Lebanese minister's arrest.", "RUS", "LBN", "111"),
        # a relation has parties, not an author
        ("Kenya praised Japan's ties to Somalia.", "KEN", "SOM", "051"),
    ],
)
def test_undergone_acts_and_relations_keep_their_reading(text: str, src: str, tgt: str, code: str,
                                                         pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=DATE), src, tgt, code), text


@pytest.mark.parametrize(
    "text",
    ["Kenya welcomed Japan's aid to Somalia.", "The Kenyan cabinet welcomed Japan's loans to Somalia."],
)
def test_a_welcomed_act_is_praise_not_a_hosting(text: str, pipeline: Pipeline,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "JPN", "051") and not [e for e in events if e.event_code in ("042", "043")], \
        codes(events)
    monkeypatch.setattr(extract, "welcomed_act", lambda verb, vl, patterns, actors: None)
    assert [e for e in pipeline.code_text(text, published=DATE) if e.event_code in ("042", "043")], text


@pytest.mark.parametrize(
    "text",
    ["Kenya welcomed the Japanese prime minister to Nairobi.", "The Kenyan president welcomed the Somali leader to "
     "State House."],
)
def test_a_guest_welcomed_to_a_place_is_hosted(text: str, pipeline: Pipeline) -> None:
    """GUEST WELCOMED TO A PLACE: the guest is the one hosted, not the place, which is the host's own."""
    events = pipeline.code_text(text, published=DATE)
    guest = "JPN" if "Japanese" in text else "SOM"
    assert find(events, "KEN", guest, "043") and find(events, guest, "KEN", "042"), codes(events)
    assert not find(events, "KEN", guest, "051"), codes(events)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("The Kenyan president heaped praise on the Japanese prime minister.", "KEN", "JPN", "051"),
        ("Obama showered compliments on Japan for its help.", "USA", "JPN", "051"),
        ("Italian ministers lavished tributes on the French president.", "ITA", "FRA", "051"),
        ("Obama heaped scorn on the Iranian president.", "USA", "IRN", "111"),
    ],
)
def test_praise_heaped_on_someone_is_praise(text: str, src: str, tgt: str, code: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=DATE), src, tgt, code), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Chile denounced as a grave violation Peru's new maritime law.", "CHL", "PER", "111"),
        ("Chile praised as a model the Peruvian election.", "CHL", "PER", "051"),
        ("Kenya welcomed as a positive step the Ugandan troop withdrawal.", "KEN", "UGA", "051"),
    ],
)
def test_an_object_shifted_past_its_predicate_is_judged(text: str, src: str, tgt: str, code: str,
                                                        pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """OBJECT SHIFTED PAST ITS PREDICATE: the parser hangs the late object on the "as" phrase."""
    assert find(pipeline.code_text(text, published=DATE), src, tgt, code), text
    monkeypatch.setattr(roles, "shifted_object", lambda verb: [])
    assert not find(pipeline.code_text(text, published=DATE), src, tgt, code), text


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Ghana praised the reforms that Togo has carried out.", "GHA", "TGO", "05"),
    ("Peru supports the active role Chile has played in the talks.", "PER", "CHL", "05"),
    ("Norway criticised the steps Sri Lanka has taken against the press.", "NOR", "LKA", "11"),
])
def test_the_subject_of_a_relative_clause_owns_the_judged_act(text: str, src: str, tgt: str, root: str,
                                                              pipeline: Pipeline, monkeypatch) -> None:
    """RELATIVE-CLAUSE OWNER (``roles.relative_doer``)."""
    assert find_asserted(pipeline.code_text(text, published=DATE), src, tgt, root)
    monkeypatch.setattr(roles, "relative_doer", lambda noun, actors: [])
    assert not find_asserted(pipeline.code_text(text, published=DATE), src, tgt, root), text


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Brazil supports the peace process in Haiti.", "BRA", "HTI", "05"),
    ("Australia welcomed the reconciliation process in Fiji.", "AUS", "FJI", "05"),
    ("Britain criticised the situation in Zimbabwe on Monday.", "GBR", "ZWE", "11"),
])
def test_a_judged_process_belongs_to_the_state_where_it_unfolds(text: str, src: str, tgt: str, root: str,
                                                                pipeline: Pipeline, monkeypatch) -> None:
    """LOCATED PROCESS (``roles.located_process``)."""
    assert find_asserted(pipeline.code_text(text, published=DATE), src, tgt, root)
    monkeypatch.setattr(roles, "PROCESS_NOUNS", frozenset())
    assert not find_asserted(pipeline.code_text(text, published=DATE), src, tgt, root), text
