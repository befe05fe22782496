"""Clauses that look like events between states but are not political events (coding/nonevents.py),
and bare CAMEO.2.0 verbs whose synset code misfires in news (patterns_curated.tsv).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.nonevents as nonevents
from tests.coding.helpers import find

PUB = "2024-03-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("China swept five golds at the diving event, beating Japan.", "CHN", "JPN", "18"),
        ("Canada collected three golds on the final night of the diving, beating Mexico.", "CAN", "MEX", "18"),
    ],
)
def test_a_sentence_about_sport_yields_no_event(
    pipeline, monkeypatch, text: str, src: str, tgt: str, root: str
) -> None:
    assert not find(code(pipeline, text), src, tgt, root)
    monkeypatch.setattr(extract, "non_event", lambda trigger, noun=None: None)  # the same sentence, the filter off
    assert find(code(pipeline, text), src, tgt, root)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean banker is wanted by Argentine prosecutors over a fraud.",
        "An Ecuadorian banker wanted by Peruvian courts has turned up in Colombia.",
    ],
)
def test_passive_want_is_no_wish(pipeline, text: str) -> None:
    assert not [e for e in code(pipeline, text) if e.event_code.startswith("03")], text


def test_active_want_is_not_a_sought_status(pipeline) -> None:
    from realpolitik.coding.nonevents import sought_status

    doc = pipeline.nlp("Russia wants Poland to hand over the activist.")
    assert not sought_status(next(t for t in doc if t.lower_ == "wants"))
    doc = pipeline.nlp("The activist is wanted by Russia.")
    assert sought_status(next(t for t in doc if t.lower_ == "wanted"))


def test_politics_beside_no_sport_words_is_kept(pipeline) -> None:
    events = code(pipeline, "The Brazilian president met his Argentine counterpart on Sunday.")
    assert find(events, "BRA", "ARG", "04")


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian delegation, led by Nigeria's former foreign minister, reached Togo on Friday.",
        "The Chilean mission, headed by a former Peruvian minister, arrived in Bolivia.",
        "The Ugandan president has ruled Uganda since 1986.",
    ],
)
def test_governance_verbs_state_a_post_not_an_act(pipeline, text: str) -> None:
    assert not [e for e in code(pipeline, text) if e.event_code.startswith("06")], text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Iranian president ruled out talks with the United States.", "IRN", "USA"),
        ("Venezuela's foreign minister ruled out any deal with Colombia.", "VEN", "COL"),
    ],
)
def test_ruling_out_is_rejecting(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(code(pipeline, text), src, tgt, "12"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Japanese premier left for China on Monday.", "JPN", "CHN"),
        ("Kenya's president leaves for Ethiopia tomorrow for a two-day summit.", "KEN", "ETH"),
    ],
)
def test_leaving_for_a_place_is_travelling_there(pipeline, text: str, src: str, tgt: str) -> None:
    events = code(pipeline, text)
    assert find(events, src, tgt, "04") or find(events, src, tgt, "036"), text


@pytest.mark.parametrize(
    "text",
    ["Turkey's prime minister left Greece on Sunday.", "The Indian envoy left Nepal after a week."],
)
def test_leaving_a_place_is_no_meeting(pipeline, text: str) -> None:
    assert not [e for e in code(pipeline, text) if e.event_code.startswith("04")], text


def test_an_occasion_taking_place_seizes_nothing(pipeline) -> None:
    events = code(pipeline, "The Indian premier's tour, which is taking place in Nepal, ends today.")
    assert not [e for e in events if e.event_code.startswith("17")]


@pytest.mark.parametrize(
    "text",
    [
        "The Thai airline will take the Cambodian workers home.",
        "Mexico took in the Guatemalan refugees.",
        "Egypt decided to take in the Sudanese opposition leader, an official said.",
    ],
)
def test_bare_take_seizes_nothing(pipeline, text: str) -> None:
    assert not [e for e in code(pipeline, text) if e.event_code[:2] in ("13", "17")], text


def test_taking_control_is_still_seizing(pipeline) -> None:
    assert find(code(pipeline, "Russian troops took control of the Georgian town."), "RUS", "GEO", "19")


@pytest.mark.parametrize(
    "text",
    ["Ghana tried to prevent Togolese exiles from voting.", "Brazil acted to prevent a collapse of Argentina's banks."],
)
def test_bare_prevent_is_no_accusation(pipeline, text: str) -> None:
    assert not [e for e in code(pipeline, text) if e.event_code.startswith("11")], text


def test_preventing_someone_from_leaving_keeps_its_code(pipeline) -> None:
    events = code(pipeline, "Israeli soldiers prevented Palestinian officials from leaving Gaza.")
    assert find(events, "ISR", "PSE", "172")


@pytest.mark.parametrize(
    ("text", "src", "venue"),
    [
        ("Ministers of OPEC conferred in Venezuela on Monday.", "IGOOPC", "VEN"),
        ("The OPEC meeting in Algeria starts on Friday.", "IGOOPC", "DZA"),
    ],
)
def test_the_venue_of_a_meeting_is_no_party(pipeline, monkeypatch, text: str, src: str, venue: str) -> None:
    assert not find(code(pipeline, text), src, venue, "04"), text
    monkeypatch.setattr(extract, "without_venue", lambda trigger, noun, c, targets, actors: targets)
    assert find(code(pipeline, text), src, venue, "04"), text  # the same sentence, the rule off


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The European Union met Turkey in Ankara.", "IGOEUREEC", "TUR", "04"),
        ("Israeli and Palestinian negotiators met in Egypt.", "ISR", "PSE", "04"),
        ("The Japanese premier arrived in China for a visit.", "JPN", "CHN", "042"),
    ],
)
def test_partners_met_in_a_place_and_visits_stay(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find(code(pipeline, text), src, tgt, root), text


def test_petrarch_conventions_keep_the_place_as_target(petrarch_pipeline) -> None:
    events = petrarch_pipeline.code_text("Ministers of OPEC conferred in Venezuela on Monday.", published=PUB)
    assert find(events, "IGOOPC", "VEN", "04")


@pytest.mark.parametrize(
    "text",
    [
        "Canada's navy has ruled out the possibility that its ship was sunk by Cuban gunboats.",
        "Chad ruled out the theory that its convoy was ambushed by Sudanese rebels.",
    ],
)
def test_ruling_out_a_claim_refuses_no_one(pipeline, monkeypatch, text: str) -> None:
    """RULED-OUT CLAIM (nonevents.ruled_out_claim): ruling out a possibility or theory *that* something
    happened judges a claim; it is no rejection (12x) of the party the claim names, which the bare
    'rule out' row makes of it with the class switched off."""
    assert not [e for e in pipeline.code_text(text, published="2024-03-01") if e.event_code.startswith("12")], text
    monkeypatch.setattr(nonevents, "ruled_out_claim", lambda trigger: False)
    assert [e for e in pipeline.code_text(text, published="2024-03-01") if e.event_code.startswith("12")], text


def test_ruling_out_an_act_stays_a_refusal(pipeline) -> None:
    events = pipeline.code_text("Greece ruled out sending troops to Albania.", published="2024-03-01")
    assert [e for e in events if e.event_code.startswith("12")]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya ruled out the possibility that Somali militants had attacked Kenyan troops.", "SOM", "KEN"),
        ("Ghana ruled out suggestions that Togolese soldiers had fired on Ghanaian police.", "TGO", "GHA"),
    ],
)
def test_what_a_ruled_out_claim_says_is_denied(pipeline, text: str, src: str, tgt: str) -> None:
    """The content of a ruled-out possibility or suggestion is denied (``rules.content_stance``): coded,
    never asserted."""
    events = find(pipeline.code_text(text, published="2024-03-01"), src, tgt, "19")
    assert events and all(e.modality == "negated" for e in events), events


@pytest.mark.parametrize("text", [
    "Kenya and Somalia recognised that the border talks had stalled.",
    "Both Chile and Peru recognize the dispute will take years to settle.",
])
def test_recognising_a_fact_is_no_recognition(pipeline, monkeypatch, text: str) -> None:
    """ACKNOWLEDGED FACT (nonevents.acknowledged_fact): recognising a clause grants a fact, no
    diplomatic recognition (054), which the bare row reads with the class switched off."""
    assert not [e for e in code(pipeline, text) if e.event_code.startswith("054")], text
    monkeypatch.setattr(nonevents, "acknowledged_fact", lambda trigger: False)
    assert [e for e in code(pipeline, text) if e.event_code.startswith("054")], text


def test_recognising_a_state_stays_recognition(pipeline) -> None:
    assert find(code(pipeline, "Ghana recognised Kosovo on Monday."), "GHA", "KSV", "054")


@pytest.mark.parametrize("text", [
    "A Ghanaian man claiming to be a Togolese envoy was arrested.",
    "A Kenyan woman claiming to be a Ugandan diplomat was detained.",
])
def test_a_self_claim_charges_no_one(pipeline, monkeypatch, text: str) -> None:
    """SELF-CLAIM (nonevents.self_claim): claiming something of oneself is no disapproval (the bare
    row's 110), which the sentence reads with the class switched off."""
    assert not [e for e in code(pipeline, text) if e.event_code.startswith("11")], text
    monkeypatch.setattr(nonevents, "self_claim", lambda trigger: False)
    assert [e for e in code(pipeline, text) if e.event_code.startswith("11")], text


@pytest.mark.parametrize(
    "text",
    [
        "In Tuesday's polls the Democrats seized firm control of the Senate.",
        "The Republicans captured control of the Senate in the midterm vote.",
    ],
)
def test_a_party_winning_a_legislature_seizes_nothing(pipeline, monkeypatch, text: str) -> None:
    """SEATS WON ARE NO SEIZURE (``nonevents.seats_won``): a party taking control of a legislature wins it
    at the polls; switched off, the seizure is coded as force."""
    assert not [e for e in code(pipeline, text) if e.event_code[:2] in ("17", "19")], text
    monkeypatch.setattr(extract, "seats_won", lambda *args: False)
    assert [e for e in code(pipeline, text) if e.event_code[:2] in ("17", "19")], text


def test_troops_seizing_a_parliament_keep_their_force(pipeline) -> None:
    assert find(code(pipeline, "Soldiers seized control of the parliament in Bangkok."), "THAMIL", "THALEG", "19")
    assert find(code(pipeline, "Rebel troops seized control of the parliament in Bangui."), "CAF", "CAFLEG", "19")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas defeated Fatah and won a majority in the parliamentary vote.",
        "Hamas defeated Fatah in the municipal polls in Gaza.",
    ],
)
def test_a_rival_defeated_at_the_polls_suffers_no_force(pipeline, monkeypatch, text: str) -> None:
    """DEFEAT AT THE POLLS (``nonevents.electoral_defeat``): to defeat a rival in a vote is no use of force,
    even by an armed movement; switched off, CAMEO.2.0's "defeat" codes it 190."""
    assert not [e for e in code(pipeline, text) if e.event_code[:2] == "19"], text
    monkeypatch.setattr(nonevents, "electoral_defeat", lambda trigger: False)
    assert [e for e in code(pipeline, text) if e.event_code[:2] == "19"], text


def test_a_defeat_before_a_vote_is_still_force(pipeline) -> None:
    assert find(code(pipeline, "Israeli troops defeated Hezbollah fighters before the vote."), "ISR", "LBN", "19")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Russia slapped an economic blockade on Georgia last week.", "RUS", "GEO"),
        ("Chad imposed a trade blockade on Sudan.", "TCD", "SDN"),
    ],
)
def test_an_economic_blockade_is_a_sanction(pipeline, text: str, src: str, tgt: str) -> None:
    """An economic or trade blockade is sanctions (163, ``compositions.tsv``), not a military one (191)."""
    assert find(code(pipeline, text), src, tgt, "163"), text
    assert not find(code(pipeline, text), src, tgt, "19"), text


@pytest.mark.parametrize("text", [
    "One press release of the Kenyan army said troops had seized a Somali port.",
    "The Chilean navy stated in its news release of Tuesday that it had rescued three Peruvian fishermen.",
])
def test_a_press_release_releases_nobody(pipeline, text: str) -> None:
    """PRESS RELEASE: a press or news release is a statement put out, not a release of prisoners (084)."""
    assert not find(code(pipeline, text), "", "", "084")
