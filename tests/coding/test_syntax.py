"""One test per syntactic case the coder handles, on sentences written for these tests."""

import pytest

from tests.coding.helpers import dyads, find

PUB = "2024-03-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


def test_active_voice(pipeline) -> None:
    assert ("USA", "VEN", "163") in dyads(code(pipeline, "The United States sanctioned Venezuela."))


def test_passive_voice_takes_the_agent_as_source(pipeline) -> None:
    events = code(pipeline, "Venezuela was sanctioned by the United States.")
    assert ("USA", "VEN", "163") in dyads(events)
    assert not find(events, "VEN", "USA", "")


def test_compound_subject_gives_both_directions_for_symmetric_codes(pipeline) -> None:
    events = code(pipeline, "Turkey and Venezuela signed four agreements.")
    assert {("TUR", "VEN", "057"), ("VEN", "TUR", "057")} <= dyads(events)


@pytest.mark.parametrize("text", [
    "Bhutan and Nepal established diplomatic relations in Delhi.",
    "Laos and Fiji have set up diplomatic ties.",
])
def test_states_that_establish_ties_together_recognise_each_other(pipeline, text: str) -> None:
    """ESTABLISHING TIES IS MUTUAL: 054 is symmetric for coordinated subjects."""
    got = {(s[:3], t[:3], c) for s, t, c in dyads(code(pipeline, text)) if s and t}
    pair = sorted({s for s, _, c in got if c == "054"})
    assert len(pair) == 2 and {(pair[0], pair[1], "054"), (pair[1], pair[0], "054")} <= got, got


def test_compound_subject_listed_with_commas(pipeline) -> None:
    got = dyads(code(pipeline, "Brazil, Chile, and Norway met on Thursday."))
    assert {("BRA", "CHL", "040"), ("CHL", "NOR", "040"), ("NOR", "BRA", "040")} <= got


def test_compound_object_gives_one_event_per_target(pipeline) -> None:
    got = dyads(code(pipeline, "France criticized Germany and Italy."))
    assert {("FRA", "DEU", "111"), ("FRA", "ITA", "111")} <= got
    assert not any(s == "DEU" for s, _, _ in got)  # criticism is not symmetric


def test_coordinated_verbs_share_subject_and_object(pipeline) -> None:
    got = dyads(code(pipeline, "Russia condemned and threatened Ukraine."))
    assert {("RUS", "UKR", "111"), ("RUS", "UKR", "130")} <= got


def test_appositive_subject(pipeline) -> None:
    events = code(pipeline, "Nicolas Maduro, the Venezuelan president, visited Turkey.")
    assert find(events, "VEN", "TUR", "042")


def test_relative_clause_subject_is_the_modified_noun(pipeline) -> None:
    events = code(pipeline, "Japan praised Russia, which supplied Syria with weapons.")
    assert ("JPN", "RUS", "051") in dyads(events)
    assert find(events, "RUS", "SYR", "07")


def test_prepositional_target_inside_the_object_noun(pipeline) -> None:
    events = code(pipeline, "Germany called for talks with Turkey.")
    hits = find(events, "DEU", "TUR", "02")
    assert hits and hits[0].trigger == "called talks"


def test_purpose_clause_inherits_the_subject(pipeline) -> None:
    events = code(pipeline, "Maduro travelled to Turkey on Monday to meet with Erdogan.")
    assert find(events, "VEN", "TUR", "042")
    assert find(events, "VEN", "TUR", "040")  # "to meet with Erdogan": source inherited from "travelled"


def test_nominal_visit_with_possessive_source(pipeline, petrarch_pipeline) -> None:
    events = code(pipeline, "Maduro's visit to Ankara was a success.")
    hits = find(events, "VEN", "TUR", "042")
    assert hits and hits[0].pattern_id and hits[0].trigger == "visit"
    assert find(events, "TUR", "VEN", "043")  # analyst: the visited place hosts
    assert not find(code(petrarch_pipeline, "Maduro's visit to Ankara was a success."), "TUR", "VEN", "043")


def test_visit_to_meet_someone_makes_them_the_host(pipeline) -> None:
    events = code(pipeline, "Maduro travelled to Turkey to meet with Erdogan.")
    assert find(events, "VEN", "TUR", "042") and find(events, "TURGOV", "VEN", "043")


def test_visiting_a_person_makes_them_the_host(pipeline) -> None:
    assert find(code(pipeline, "Putin visited Erdogan in Ankara."), "TURGOV", "RUS", "043")


def test_nominal_decision_to_act(pipeline) -> None:
    """The decision's doer arms; what is decided is not yet done (DECIDED ACT), so the arming is the
    planned military aid the conventions code 0332."""
    events = code(pipeline, "The US decision to begin arming Syrian Kurds angered Turkey.")
    assert find(events, "USA", "SYR", "0332")


def test_nominal_meeting_with(pipeline) -> None:
    assert find(code(pipeline, "Erdogan's meeting with Maduro lasted two hours."), "TUR", "VEN", "04")


def test_nominal_sanctions_against(pipeline) -> None:
    assert ("USA", "VEN", "163") in dyads(code(pipeline, "US sanctions against Venezuela hurt its economy."))


def test_nominal_event_as_agent_of_a_participle(pipeline) -> None:
    events = code(pipeline, "Maduro's regime, crippled by US sanctions, is desperate for money.")
    assert find(events, "USA", "VEN", "163")


def test_light_verb_held_talks(pipeline) -> None:
    hits = find(code(pipeline, "Germany held talks with France."), "DEU", "FRA", "04")
    assert hits and hits[0].trigger == "held talks"


def test_light_verb_paid_a_visit(pipeline) -> None:
    assert find(code(pipeline, "Putin paid a visit to China."), "RUS", "CHN", "042")


def test_light_verb_imposed_sanctions(pipeline) -> None:
    assert find(code(pipeline, "The European Union imposed sanctions on Russia."), "IGO", "RUS", "163")


def test_reported_speech_speaker_is_the_source(pipeline) -> None:
    events = code(pipeline, "Erdogan said he opposed Israel.")
    hits = find(events, "TUR", "ISR", "11")
    assert hits and hits[0].speaker is not None and hits[0].speaker.code.startswith("TUR")


def test_plural_mention_resolved_to_two_actors_gives_both_directions(pipeline) -> None:
    text = "Recep Tayyip Erdogan and Nicolas Maduro are close allies. The two leaders held a phone conversation."
    got = {(s[:3], t[:3], c) for s, t, c in dyads(code(pipeline, text)) if s and t}
    assert {("TUR", "VEN", "041"), ("VEN", "TUR", "041")} <= got


def test_location_is_the_target_when_no_other_is_named(pipeline) -> None:
    assert find(code(pipeline, "Russia staged military exercises in Alaska."), "RUS", "USA", "15")


def test_no_event_without_two_actors_or_between_one_actor_and_itself(pipeline) -> None:
    assert code(pipeline, "The weather in Paris was pleasant on Tuesday.") == []
    assert code(pipeline, "Brazil praised Brazil.") == []


def test_event_fields_are_filled(pipeline) -> None:
    text = "Heavy rain fell.\nThe United States sanctioned Venezuela on Monday."
    (ev,) = [e for e in code(pipeline, text) if e.event_code == "163"]
    assert ev.sentence_index == 1
    assert (
        text[ev.char_start : ev.char_end].strip() == ev.evidence == "The United States sanctioned Venezuela on Monday."
    )
    assert ev.root_code == "16" and ev.base_code == "163" and ev.quad_class == 4 and ev.goldstein == -8.0
    assert ev.event_name and ev.plover_type == "COERCE" or ev.plover_type
    assert ev.modality == "asserted" and 0 < ev.confidence < 1
    assert ev.coder_version and ev.pattern_id and ev.trigger == "sanctioned"
    assert ev.event_date is not None and ev.date_precision == "day" and ev.date_source
