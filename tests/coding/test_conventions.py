"""Conventions (analyst | petrarch): how a planned meeting is coded, on sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from realpolitik.coding.conventions import CONVENTIONS, conventions_named, is_joint, planned_act_code
from realpolitik.pipeline import Pipeline
from realpolitik.settings import load_settings
from tests.coding.helpers import find


def test_named_conventions() -> None:
    assert conventions_named(None).name == "analyst"
    assert set(CONVENTIONS) == {"analyst", "petrarch"}
    with pytest.raises(ValueError, match="unknown conventions"):
        conventions_named("gdelt")


def test_planned_meeting_rule_is_pure() -> None:
    analyst, petrarch = CONVENTIONS["analyst"], CONVENTIONS["petrarch"]
    assert planned_act_code("044", "intended", analyst) == ("036", "asserted")
    assert planned_act_code("057", "intended", analyst) == ("030", "asserted")
    assert planned_act_code("0311", "intended", analyst) == ("0311", "asserted")
    assert planned_act_code("044", "intended", petrarch) is None
    assert planned_act_code("044", "asserted", analyst) is None
    assert planned_act_code("190", "intended", analyst) is None
    assert is_joint("046", analyst) and not is_joint("046", petrarch) and not is_joint("042", analyst)


@pytest.fixture(scope="module")
def petrarch() -> Pipeline:
    return Pipeline(load_settings(conventions="petrarch"))


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Chile and Peru will meet in Lima next week.",
        "Chile's president is scheduled to hold talks with Peru's president on Monday.",
    ],
)
def test_future_meeting_under_each_convention(text: str, pipeline: Pipeline, petrarch: Pipeline) -> None:
    analyst_events = pipeline.code_text(text, published="2017-03-01")
    assert find(analyst_events, "CHL", "PER", "036")
    assert all(e.modality == "asserted" for e in find(analyst_events, "CHL", "PER", "036"))
    petrarch_events = petrarch.code_text(text, published="2017-03-01")
    assert find(petrarch_events, "CHL", "PER", "04")
    assert not find(petrarch_events, "CHL", "PER", "036")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo are to sign a fisheries accord in June.",
        "Ghana and Togo will sign a trade pact next month.",
    ],
)
def test_planned_cooperation_is_the_intent_asserted(text: str, pipeline: Pipeline, petrarch: Pipeline) -> None:
    events = find(pipeline.code_text(text, published="2017-03-01"), "GHA", "TGO", "03")
    assert events and all(e.modality == "asserted" for e in events)
    assert find(pipeline.code_text(text, published="2017-03-01"), "TGO", "GHA", "03")
    assert all(
        e.modality != "asserted" for e in find(petrarch.code_text(text, published="2017-03-01"), "GHA", "TGO", "")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mali pledged to destroy the militants' camps in Niger.",
        "Mali vowed to bomb the rebel bases in Niger.",
    ],
)
def test_vowed_coercion_is_a_threat(text: str, pipeline: Pipeline, petrarch: Pipeline) -> None:
    events = find(pipeline.code_text(text, published="2017-03-01"), "MLI", "NER", "13")
    assert events and events[0].modality == "asserted"
    assert not find(petrarch.code_text(text, published="2017-03-01"), "MLI", "NER", "13")


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian president met his Togolese counterpart in Accra on Monday.",
        "Ghana's foreign minister held talks with Togo's foreign minister.",
    ],
)
def test_joint_acts_are_coded_both_ways(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published="2017-03-01")
    assert find(events, "GHA", "TGO", "04") and find(events, "TGO", "GHA", "04")


@pytest.mark.parametrize(
    ("text", "src", "tgt", "act"),
    [
        ("Ghana criticised Togo for arming the rebels in Mali.", "GHA", "TGO", ("TGO", "MLI")),
        ("Chile praised Peru for sending food aid to Bolivia.", "CHL", "PER", ("PER", "BOL")),
    ],
)
def test_reason_clause_of_an_evaluation_is_not_the_speakers_act(
    text: str, src: str, tgt: str, act: tuple[str, str], pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published="2017-03-01")
    assert find(events, src, tgt, "")
    assert not find(events, src, act[1], "07")
    reason = find(events, act[0], act[1], "07")
    assert reason and reason[0].modality == "reported"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "act"),
    [
        ("Ghana blasted Togo for trying to pressure Mali.", "GHA", "TGO", ("TGO", "MLI")),
        ("Chile berated Peru for seeking to attack Bolivia.", "CHL", "PER", ("PER", "BOL")),
        ("Kenya lauded Uganda for hosting talks with Sudan.", "KEN", "UGA", ("UGA", "SDN")),
    ],
)
def test_every_lexicon_evaluation_verb_gives_a_reason_clause(
    text: str, src: str, tgt: str, act: tuple[str, str], pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verbs the lexicon codes as praise or criticism (blast, berate, laud) have reason clauses too,
    down an infinitive the reason tries or seeks: the one evaluated acts, as the speaker tells it (or
    only sought to).
    With only the hand-listed evaluation verbs, the speaker is read as the actor."""
    events = pipeline.code_text(text, published="2017-03-01")
    assert find(events, src, tgt, "")
    assert not find(events, src, act[1], "")
    reason = find(events, act[0], act[1], "")
    assert reason and all(e.modality != "asserted" for e in reason), text
    with monkeypatch.context() as patched:
        patched.setattr(roles, "evaluation_verbs", lambda: roles.EVALUATION_VERBS)
        assert find(pipeline.code_text(text, published="2017-03-01"), src, act[1], ""), text


@pytest.mark.parametrize(
    "text",
    [
        "The resolution was sponsored by Chile, Peru and Bolivia.",
        "The draft was backed by Ghana and Togo.",
    ],
)
def test_co_agents_of_one_act_do_not_act_on_each_other(text: str, pipeline: Pipeline) -> None:
    assert pipeline.code_text(text, published="2017-03-01") == []


@pytest.mark.parametrize(
    "text",
    [
        "A trade report published on Monday urged Ghana and Togo to improve their customs cooperation.",
        "The bank's review encouraged Chile to sign a tax treaty with Peru.",
    ],
)
def test_what_is_only_urged_is_not_an_event(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published="2017-03-01")
    assert not [e for e in events if e.event_code[:2] in ("03", "04", "05", "06")]


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian foreign minister arrived in Lome on Friday for a three-day visit.",
        "The Ghanaian president, visiting Togo this week, opened a school.",
    ],
)
def test_a_visit_is_hosted_by_the_visited_place(text: str, pipeline: Pipeline, petrarch: Pipeline) -> None:
    events = pipeline.code_text(text, published="2017-03-01")
    assert find(events, "GHA", "TGO", "042") and find(events, "TGO", "GHA", "043")
    assert not find(petrarch.code_text(text, published="2017-03-01"), "TGO", "GHA", "043")


@pytest.mark.parametrize(
    "text",
    [
        "Pirates raided a Ghanaian police station on Monday.",
        "The international community urged Togo to hold free elections.",
    ],
)
def test_a_side_of_no_known_country_makes_no_event(text: str, pipeline: Pipeline, petrarch: Pipeline) -> None:
    assert all(
        not e.source_code.startswith("---") and not e.target_code.startswith("---")  # type: ignore[union-attr]
        for e in pipeline.code_text(text, published="2017-03-01")
    )
    assert any(
        (e.source_code or "").startswith("---") or (e.target_code or "").startswith("---")
        for e in petrarch.code_text(text, published="2017-03-01")
    )
