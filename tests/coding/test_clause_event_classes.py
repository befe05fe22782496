"""Clause-level event classes, each on sentences we wrote in at least two wordings: who acts in an
attributed clause, what an agreement commits to, what is halted, and readings that are no event."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2017-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgts"),
    [
        ("State radio quoted the Kenyan foreign minister as urging Uganda to reopen the border.", "KEN", ["UGA"]),
        ("A Ruritanian newspaper cited the IMF's latest review as urging Ghana to cut spending.", "IGO", ["GHA"]),
        ("Radio quoted a UN agency's report as calling on Chad and Niger to protect refugees.", "IGO", ["TCD", "NER"]),
    ],
)
def test_quoted_as_doing_the_one_quoted_acts(text: str, src: str, tgts: list[str], pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    for tgt in tgts:
        assert find(events, src, tgt, "02"), events
    assert not find(events, "---", "", "")


@pytest.mark.parametrize(
    "text",
    [
        "A UN report urged Chad to protect refugees.",
        "The World Bank's annual review called on Chad to cut spending.",
    ],
)
def test_a_document_speaks_for_its_issuer(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "IGO", "TCD", "02")
    assert not find(events, "IGO", "TCD", "07") and not find(events, "IGO", "TCD", "06")


@pytest.mark.parametrize(
    "text",
    [
        "Malawi's president agreed with his Zambian counterpart to reopen the border.",
        "Malawi agreed with Zambia on rebuilding the old railway bridge.",
        "The presidents of Malawi and Zambia agreed to build a new railway.",
    ],
)
def test_an_agreement_to_act_is_the_intent_to_cooperate_both_ways(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "MWI", "ZMB", "03") and find(events, "ZMB", "MWI", "03"), events
    assert all(e.modality == "asserted" for e in find(events, "MWI", "ZMB", "03"))


@pytest.mark.parametrize(
    "text",
    [
        "Malawi agreed with Zambia that the summit had been useful.",
        "Japan agreed with China's view of the crisis.",
    ],
)
def test_agreeing_with_a_view_is_no_commitment(text: str, pipeline: Pipeline) -> None:
    assert not find(pipeline.code_text(text, published=DATE), "", "", "03")


def test_an_act_agreed_to_keeps_its_own_intent_code(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Malawi agreed to send food aid to Zambia.", published=DATE)
    assert find(events, "MWI", "ZMB", "033") and not find(events, "MWI", "ZMB", "030")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called off its negotiations with Somalia.",
        "The Kenyan government declared an end to its talks with Somalia.",
        "Kenya walked out of the border talks with Somalia.",
    ],
)
def test_halted_talks_are_the_halting_not_a_meeting(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "SOM", "164"), events
    assert not find(events, "", "", "04")


def test_resumed_talks_stay_a_meeting(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya resumed its negotiations with Somalia.", published=DATE)
    assert find(events, "KEN", "SOM", "04") and not find(events, "KEN", "SOM", "16")


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Peru deplored the bombing of the Chilean embassy.", "CHL"),
        ("Peru denounced the blasts that killed dozens of Chilean soldiers.", "CHL"),
        ("Peru condemned the Nairobi blast.", "KEN"),
    ],
)
def test_condemning_an_unattributed_attack_sides_with_the_victim(text: str, victim: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "PER", victim, "018"), events
    assert not find(events, "PER", victim, "19") and not find(events, "PER", victim, "11")


@pytest.mark.parametrize(
    "text",
    ["Peru condemned Chile's attack on the border post.", "Peru condemned the Chilean raid on the border town."],
)
def test_condemning_a_named_attacker_criticises_it(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "PER", "CHL", "11") and not find(events, "PER", "CHL", "018")


@pytest.mark.parametrize(
    "text",
    [
        "The minister praised the party's efforts to promote Kenya-Uganda friendly cooperation.",
        "Kenya-Uganda economic cooperation grew fast last year.",
    ],
)
def test_a_relation_named_by_a_paired_modifier_is_no_event(text: str, pipeline: Pipeline) -> None:
    assert not find(pipeline.code_text(text, published=DATE), "KEN", "UGA", "")


@pytest.mark.parametrize(
    ("text", "root"),
    [("Kenya-Uganda talks ended on Monday.", "04"), ("Kenya's negotiations with Uganda ended on Monday.", "04")],
)
def test_talks_so_named_and_a_stated_partner_are_still_events(text: str, root: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=DATE), "KEN", "UGA", root)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president talked on the border issue with Ugandan leaders.",
        "Kenya's foreign minister discussed the refugee crisis with his Ugandan counterpart.",
    ],
)
def test_a_with_partner_hung_on_the_topic_is_the_verbs(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "UGA", "04") and find(events, "UGA", "KEN", "04"), events


@pytest.mark.parametrize(
    "text",
    [
        "A meeting will be held in Nairobi with the participation of the Kenyan president and the UN chief.",
        "The summit, attended by the Kenyan president and the UN secretary-general, opened on Monday.",
    ],
)
def test_participants_of_a_gathering_meet_each_other(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "IGO", "0") and find(events, "IGO", "KEN", "0"), events
    assert all(e.root_code in ("03", "04") for e in events)


def test_parties_meeting_in_a_place_meet_each_other_not_the_place(pipeline: Pipeline, petrarch_pipeline) -> None:
    text = "The presidents of Chad and Niger will confer in Oslo next week."
    assert find(pipeline.code_text(text, published=DATE), "TCD", "NER", "036")
    assert not find(pipeline.code_text(text, published=DATE), "", "NOR", "")
    assert find(petrarch_pipeline.code_text(text, published=DATE), "", "NOR", "04")


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council will debate the situation in Chad on Tuesday.",
        "The Security Council is to take up the crisis in Chad.",
    ],
)
def test_the_place_of_a_topic_discussed_is_not_a_party(text: str, pipeline: Pipeline) -> None:
    assert not find(pipeline.code_text(text, published=DATE), "", "TCD", "")
    assert not find(pipeline.code_text(text, published=DATE), "TCD", "", "")


def test_the_place_of_talks_held_is_still_their_venue(petrarch_pipeline) -> None:
    events = petrarch_pipeline.code_text("Kenyan officials held talks in Kampala on Monday.", published=DATE)
    assert find(events, "KEN", "UGA", "04")


@pytest.mark.parametrize(
    "text",
    [
        "Four years after Albania joined NATO, the alliance remains its main partner.",
        "Two decades since Kenya broke off ties with Uganda, trade between them is booming.",
    ],
)
def test_a_clause_measured_back_in_years_is_history(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert events and all(e.modality == "historical" for e in events)


def test_a_clause_hours_after_is_news(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Hours after Kenya broke off ties with Uganda, trade collapsed.", published=DATE)
    assert find(events, "KEN", "UGA", "16") and all(e.modality == "asserted" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Portugal took over the rotating presidency of the EU on Tuesday.",
        "Finland will take over the rotating chairmanship of the European Union in July.",
    ],
)
def test_taking_over_an_office_is_no_seizure(text: str, pipeline: Pipeline) -> None:
    assert not find(pipeline.code_text(text, published=DATE), "", "", "17")


def test_taking_over_a_town_is_still_a_seizure(petrarch_pipeline) -> None:
    events = petrarch_pipeline.code_text("Rebels took over the town of Goma.", published=DATE)
    assert find(events, "", "COD", "17")


@pytest.mark.parametrize(
    "text",
    [
        "A peace deal was signed by Sudan and South Sudan on Monday.",
        "Kenya hailed the accord signed by Sudan and South Sudan.",
    ],
)
def test_co_signers_of_a_passive_signing_sign_with_each_other(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "SDN", "SSD", "057") and find(events, "SSD", "SDN", "057")


def test_co_sponsors_do_not_act_on_each_other(pipeline: Pipeline) -> None:
    events = pipeline.code_text("A resolution sponsored by Kenya, Uganda and Chad was adopted.", published=DATE)
    assert not find(events, "KEN", "UGA", "") and not find(events, "UGA", "TCD", "")


@pytest.mark.parametrize(
    "text",
    ["Kenya praised the peace deal signed by Sudan and Chad.", "Kenya hailed the accord reached by Sudan and Chad."],
)
def test_an_evaluated_act_points_at_its_doers(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "SDN", "05") and find(events, "KEN", "TCD", "05")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya warned Uganda against sending troops into Somalia.",
        "Kenya cautioned Uganda against deploying troops in Somalia.",
    ],
)
def test_what_is_warned_against_has_not_happened(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not find(events, "", "SOM", "15") and not find(events, "UGA", "", "15")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president was satisfied with Uganda's efforts to promote peace.",
        "Kenya's president said he was pleased with Uganda's role in the talks.",
        "Kenya's president spoke highly of Uganda's efforts to promote peace.",
        "Kenya's leader is pleased with headway made by Uganda on reform.",
        "Kenya's president was satisfied with the reforms carried out by Uganda.",
    ],
)
def test_a_stated_satisfaction_is_praise(text: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=DATE), "KEN", "UGA", "051")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it was deeply disappointed by Uganda's decision to close the border.",
        "Kenya was angry at Uganda over the closure of the border.",
    ],
)
def test_a_stated_displeasure_is_criticism(text: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=DATE), "KEN", "UGA", "11")


@pytest.mark.parametrize(
    "text", ["Kenya is happy to host the summit.", "A disappointed Kenyan crowd watched the Ugandan parade."]
)
def test_a_feeling_about_no_actor_is_no_evaluation(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not find(events, "", "", "051") and not find(events, "", "", "111")


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch king delivered his annual message to Belgium and Luxembourg.",
        "The Kenyan president made a statement to the Ugandan parliament on Monday.",
    ],
)
def test_a_plain_statement_is_no_event(text: str, pipeline: Pipeline) -> None:
    assert not find(pipeline.code_text(text, published=DATE), "", "", "010")
