"""Clause-level rules that turn one construction into another event type (refusals, threats, demands)
and the fallbacks that find a target outside the verb's own arguments. Sentences written for the tests."""

from tests.coding.helpers import dyads, find

PUB = "2024-03-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


def test_refusing_a_cooperative_act_is_a_rejection(pipeline) -> None:
    events = code(pipeline, "Russia refused to meet Ukraine.")
    hits = find(events, "RUS", "UKR", "12")
    assert hits and hits[0].modality == "asserted" and hits[0].plover_type == "REJECT"
    assert not find(events, "RUS", "UKR", "04")


def test_threatening_to_act_is_a_threat(pipeline) -> None:
    events = code(pipeline, "Russia threatened to impose sanctions on Iran.")
    assert ("RUS", "IRN", "1312") in dyads(events)
    assert not find(events, "RUS", "IRN", "16")


def test_conditional_coercion_is_a_threat(pipeline) -> None:
    hits = find(code(pipeline, "Japan will impose sanctions on Iran unless Iran pays."), "JPN", "IRN", "13")
    assert hits and hits[0].modality == "asserted"


def test_saying_another_party_must_act_is_a_demand(pipeline) -> None:
    events = code(pipeline, "Turkey said Greece must withdraw its troops.")
    assert ("TUR", "GRC", "1056") in dyads(events)  # a demand to de-escalate (rules.requested_code)


def test_demand_that_clause_subject_is_the_target(pipeline) -> None:
    events = code(pipeline, "The United States demanded that North Korea abandon its nuclear program.")
    assert ("USA", "PRK", "105") in dyads(events)  # a demand to yield (rules.requested_code)


def test_nationality_adjective_on_the_object_names_the_target(pipeline) -> None:
    hits = find(code(pipeline, "Serbia rejected an Australian ultimatum."), "SRB", "AUS", "12")
    assert hits and hits[0].target is not None and hits[0].target.confidence < 1


def test_protest_target_from_the_purpose_clause(pipeline) -> None:
    text = "Thousands of students staged demonstrations in Jakarta to demand reforms by Indonesia's government."
    events = code(pipeline, text)
    assert find(events, "", "IDNGOV", "14")
    assert not find(events, "", "IDNGOV", "10")  # the demand is the protest's purpose, not a second event


def test_agreeing_to_a_concession_is_the_concession_and_an_agreement(pipeline) -> None:
    hits = find(code(pipeline, "Japan agreed to lift sanctions on Iran."), "JPN", "IRN", "08")
    assert hits and hits[0].modality == "asserted" and hits[0].plover_type == "AGREE"


def test_reported_conditional_harm_is_a_threat(pipeline) -> None:
    text = "Venezuelan officials said they would boycott any negotiations with Colombia."
    assert find(code(pipeline, text), "VEN", "COL", "13")


def test_confidence_prefers_specific_frames(pipeline) -> None:
    (specific,) = find(code(pipeline, "The European Union imposed sanctions on Russia."), "IGO", "RUS", "163")
    (bare,) = find(code(pipeline, "The United States sanctioned Venezuela."), "USA", "VEN", "163")
    assert specific.confidence > bare.confidence


def test_speaker_claiming_another_partys_attack_is_an_accusation(pipeline) -> None:
    events = code(pipeline, "France claimed that Sudan had attacked Chad.")
    assert ("FRA", "SDN", "112") in dyads(events)
    assert not find(events, "SDN", "TCD", "19")  # the alleged attack is the claim's content, not an event


def test_speaker_claiming_its_own_attack_claims_responsibility(pipeline) -> None:
    assert ("GBR", "IRQ", "015") in dyads(code(pipeline, "Britain claimed that it had bombed Iraq."))


def test_actor_of_unknown_country_takes_the_country_where_it_is(pipeline) -> None:
    hits = find(code(pipeline, "Students throughout Indonesia protested against Japan."), "IDN", "JPN", "14")
    assert hits and hits[0].source is not None and hits[0].source.code.endswith("EDU")
