"""Hand-written rows that override CAMEO.2.0's bare readings (data/patterns_curated.tsv): GENERIC
BREAKING, RANKING, TRAVEL INTO, PROTEST ADDRESSED TO SOMEONE and DELIBERATION AND OPINION.

Sentences written for these tests. Each class also shows the converted CAMEO.2.0 row it overrides, so
the test fails if the override is lost and the bare reading comes back.
"""

from __future__ import annotations

import pytest

from realpolitik.coding.patterns import LAYER_CAMEO2, packaged_patterns
from tests.coding.helpers import find

PUB = "2024-03-01"


def _cameo2(frame: str, lemma_: str, prep: str = "") -> set[str]:
    return {p.code for p in packaged_patterns()
            if p.layer == LAYER_CAMEO2 and p.frame == frame and p.lemma == lemma_ and p.prep == prep and not p.noun
            and not p.particle and not p.subject}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister broke his silence on the Ugandan scandal on Tuesday.",
        "The Turkish minister broke ground on the new dam near the Syrian border.",
        "Vietnam has overtaken Thailand as the largest rice exporter.",
        "India could surpass China as the world's most populous nation.",
    ],
)
def test_breaking_and_overtaking_are_no_force(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:2] in ("18", "19", "20")], text


def test_the_overridden_rows_read_force() -> None:
    assert "190" in _cameo2("V", "break") and "190" in _cameo2("V", "overtake")
    assert "154" in _cameo2("V+P", "fly", "into")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops broke through Hamas lines in Gaza.",
        "Syrian rebels broke with the Syrian government on Monday.",
    ],
)
def test_what_is_broken_still_decides(pipeline, text: str) -> None:
    """A row naming what is broken, or 'break with', still codes (rows of their own)."""
    assert pipeline.code_text(text, published=PUB), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Spain's foreign minister flew into Rabat on Sunday.", "ESP", "MAR"),
        ("The Turkish envoy flew into Baku late on Sunday.", "TUR", "AZE"),
    ],
)
def test_flying_into_a_place_is_a_visit(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "042") and find(events, tgt, src, "043"), text
    assert not [e for e in events if e.event_code.startswith("15")]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Iran protested to Britain over the seizure of its tanker.", "IRN", "GBR"),
        ("Beijing protested strongly to Tokyo on Friday.", "CHN", "JPN"),
        ("Japan's protest to China over the incident was rejected.", "JPN", "CHN"),
    ],
)
def test_a_protest_addressed_to_someone_is_a_complaint(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "114"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not [e for e in events if e.event_code.startswith("14")]


def test_a_protest_against_someone_stays_a_demonstration(pipeline) -> None:
    events = pipeline.code_text("Thousands of Kenyans protested against the Kenyan government.", published=PUB)
    assert find(events, "KEN", "KENGOV", "14")


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia and Hungary are considering the purchase of new fighter planes.",
        "The European Union and Japan, which consider the group a terrorist organisation, froze aid to it.",
        "The Kenyan and Ugandan leaders were dismayed to learn of the killing of the envoy.",
    ],
)
def test_considering_is_no_consultation(pipeline, text: str) -> None:
    """DELIBERATION AND OPINION: those who consider a course, hold a view or learn something consult no
    one (not 040)."""
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:2] == "04"], [(e.source_code, e.target_code) for e in events]
    assert "040" in _cameo2("V", "consider") and "040" in _cameo2("V", "learn")


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Kenyan prosecutors summoned two Ugandan diplomats for questioning over the scandal.", "KENJUD", "UGAGOV"),
    ("Chilean police summoned the Peruvian consul for interrogation on Monday.", "CHLCOP", "PERGOV"),
])
def test_summoned_for_questioning_is_an_inquiry(pipeline, text: str, src: str, tgt: str) -> None:
    """SUMMONED FOR QUESTIONING (rp-3506, rp-3507): an inquiry (090), not the bare SUMMON row's consultation."""
    events = pipeline.code_text(text, published="2012-05-02")
    assert [e for e in events if e.source_code == src and e.target_code == tgt and e.event_code == "090"]
    assert not [e for e in events if e.event_code.startswith("04")]


@pytest.mark.parametrize("text", [
    "Kurds who dominated the Iraqi cabinet demanded more seats.",
    "Palestinians who dominate the Jordanian parliament walked out.",
])
def test_dominating_a_body_is_no_force(pipeline, text: str) -> None:
    """DOMINANCE IS A STANDING (rp-3508): holding most seats or a market share is no use of force (190)."""
    assert not [e for e in pipeline.code_text(text, published="2012-05-02") if e.event_code.startswith("19")]


@pytest.mark.parametrize("text", [
    "The Kenyan president went on television to defend the budget before meeting Ugandan traders.",
    "Ghana's finance minister gave a lecture on Togo's debt at a university in Accra.",
    "Chile and Peru have introduced new rules for fishing fleets.",
    "The Malian minister expressed the need for the Nigerian-led force to adapt its plans.",
    "I think Moscow and Tokyo both know the island dispute will outlast us, the Finnish envoy said.",
    "The Chinese premier gave an interview to Japanese television on the islands.",
    "The Thai leader's camp promoted the Yes vote in the Cambodian border provinces.",
    "Slovenia's premier said he expected a clear HDZ victory.",
    "Laos and Vietnam have decided on the route of the new railway.",
])
def test_a_light_verb_codes_nothing_alone(pipeline, text: str) -> None:
    """LIGHT VERB (rp-3511 to rp-3523): go, think, introduce, issue, express, promote, expect, decide and
    aim carry their act in their object or clause; CAMEO.2.0's bare rows read them as 030, 040, 050,
    060 or 110. NOT A GIFT (rp-3525 to rp-3529): a lecture or speech given is no aid."""
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:3] in ("030", "040", "050", "060", "110")], [
        (e.source_code, e.target_code, e.event_code) for e in events]


def test_the_overridden_light_verb_rows_read_an_act() -> None:
    assert "040" in _cameo2("V", "go") and "040" in _cameo2("V", "think") and "060" in _cameo2("V", "give")
    assert "110" in _cameo2("V", "express") and "050" in _cameo2("V", "promote")
    assert "030" in _cameo2("V", "expect") and "030" in _cameo2("V", "decide")


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Japan gave emergency aid to Kenya after the floods.", "JPN", "KEN", "07"),
    ("Ghana expressed concern over Togo's troop build-up.", "GHA", "TGO", "01"),
    ("The Chinese government issued a warning to Vietnam over the islands.", "CHN", "VNM", "1"),
    ("Kenya and Somalia established diplomatic relations on Monday.", "KEN", "SOM", "05"),
    ("The Malian government issued a mining licence to a Chinese firm.", "MLI", "CHN", "06"),
])
def test_a_light_verb_with_its_object_still_codes(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize("text", [
    "The Kenyan president was greeted at Entebbe airport by Uganda's foreign minister.",
    "Ugandan officials greeted the Kenyan delegation when it arrived in Kampala.",
])
def test_greeting_an_arrival_hosts_a_visit(pipeline, text: str) -> None:
    """GREETED ON ARRIVAL (rp-3524): the greeter hosts (043), the greeted visits (042); the bare
    CAMEO.2.0 row reads praise (051)."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "UGA", "KEN", "043") and find(events, "KEN", "UGA", "042"), text
    assert not [e for e in events if e.event_code.startswith("05")]
    assert "051" in _cameo2("V", "greet")


@pytest.mark.parametrize("text", [
    "A Kenyan court gave two Ugandan smugglers life sentences.",
    "The Chilean judge gave the Peruvian spies long prison sentences on Monday.",
])
def test_a_sentence_given_is_a_penalty(pipeline, text: str) -> None:
    """SENTENCE GIVEN (rp-3531): a court's sentence is a penalty (173), not a gift (the bare row, 060)."""
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code == "173"] and not [e for e in events if e.event_code[:2] == "06"], [
        (e.source_code, e.target_code, e.event_code) for e in events]
