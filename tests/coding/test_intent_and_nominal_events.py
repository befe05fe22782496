"""Commitments to cooperate ("pledged to help", "offered to mediate") are CAMEO 03 intent events that
happened; planned acts stay the act itself, intended. Also: relief goods sent as aid, nominal events
of coded verbs, and targets named one phrase below an event noun's object."""

from tests.coding.helpers import find

PUB = "2024-03-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


def test_pledge_to_help_targets_the_helped_party_as_intent_to_aid(pipeline) -> None:
    hits = find(code(pipeline, "Russia pledged to help Venezuela restructure its debt."), "RUS", "VEN", "033")
    assert hits and hits[0].modality == "asserted" and hits[0].plover_type == "AGREE"


def test_promise_to_send_food_is_intent_to_give_humanitarian_aid(pipeline) -> None:
    hits = find(code(pipeline, "Russia promised to send wheat to Venezuela."), "RUS", "VEN", "0333")
    assert hits and hits[0].modality == "asserted"


def test_sending_relief_goods_is_aid(pipeline) -> None:
    hits = find(code(pipeline, "Russia shipped medical supplies to Venezuela."), "RUS", "VEN", "07")
    assert hits and hits[0].plover_type == "AID"


def test_offer_to_mediate_is_intent_to_mediate(pipeline) -> None:
    events = code(pipeline, "Turkey offered to mediate between Venezuela and Colombia.")
    for tgt in ("VEN", "COL"):
        hits = find(events, "TUR", tgt, "039")
        assert hits and hits[0].modality == "asserted", tgt
    assert not find(events, "TUR", "", "045")


def test_pledge_of_an_intent_code_is_asserted(pipeline) -> None:
    hits = find(code(pipeline, "Russia and Venezuela pledged to expand cooperation."), "RUS", "VEN", "030")
    assert hits and hits[0].modality == "asserted"


def test_agreeing_to_meet_is_intent_to_meet_for_both_sides(pipeline) -> None:
    events = code(pipeline, "Russia and Venezuela agreed to meet next month.")
    assert find(events, "RUS", "VEN", "036") and find(events, "VEN", "RUS", "036")
    assert all(e.modality == "asserted" for e in events)


def test_plans_and_hopes_stay_the_act_itself_intended(petrarch_pipeline) -> None:
    hits = find(code(petrarch_pipeline, "Maduro hoped to visit Ankara."), "VEN", "TUR", "042")
    assert hits and hits[0].modality == "intended"
    plan = find(code(petrarch_pipeline, "Turkey plans to open a consulate in Caracas."), "TUR", "VEN", "05")
    assert plan and plan[0].modality == "intended"


def test_the_commitment_word_carries_the_modality(pipeline) -> None:
    hypo = find(code(pipeline, "Turkey would be willing to mediate between Venezuela and Colombia."),
                "TUR", "VEN", "039")
    assert hypo and hypo[0].modality == "hypothetical"
    may = find(code(pipeline, "Russia may agree to meet Ukraine."), "RUS", "UKR", "036")
    assert may and may[0].modality == "hypothetical"


def test_a_negated_agreement_is_not_an_asserted_intent(pipeline) -> None:
    events = code(pipeline, "Russia did not agree to meet Ukraine.")
    assert not [e for e in find(events, "RUS", "UKR", "") if e.modality == "asserted"]


def test_agreeing_to_a_concession_is_acceding(pipeline) -> None:
    """CAMEO codes accession as the yielding act (08); PLOVER calls any agreement AGREE."""
    hits = find(code(pipeline, "Japan agreed to lift sanctions on Iran."), "JPN", "IRN", "08")
    assert hits and hits[0].modality == "asserted" and hits[0].plover_type == "AGREE"
    pledge = find(code(pipeline, "Japan pledged to lift sanctions on Iran."), "JPN", "IRN", "035")
    assert pledge and pledge[0].modality == "asserted"


def test_a_pledged_coercive_act_is_not_an_intent_to_cooperate(pipeline) -> None:
    events = code(pipeline, "Zambia has pledged to expel Angolan diplomats.")
    assert find(events, "ZMB", "AGO", "13") and not find(events, "ZMB", "AGO", "03")  # analyst: a threat


def test_nominal_suspension_takes_the_target_inside_its_object(pipeline) -> None:
    hits = find(code(pipeline, "Spain announced the suspension of all flights to Libya."), "ESP", "LBY", "16")
    assert hits and hits[0].plover_type == "SANCTION"


def test_investigation_into_acts_by_an_actor_targets_that_actor(pipeline) -> None:
    text = "Serbian police launched an inquiry into alleged abuses by Croatian forces."
    assert find(code(pipeline, text), "SRB", "HRV", "09")


def test_fire_against_a_target_is_an_attack(pipeline) -> None:
    text = "Syrian forces launched artillery and rocket fire against Lebanese militia camps."
    assert find(code(pipeline, text), "SYR", "LBN", "19")


def test_nominal_shelling_of_a_place(pipeline) -> None:
    assert find(code(pipeline, "The Israeli shelling of Gaza drew protests from Egypt."), "ISR", "PSE", "194")


def test_a_condemned_act_by_an_agent_names_both_the_actor_and_the_accused(pipeline) -> None:
    """The parser may hang "by Austria" on "diplomats"; it is still the expulsion's agent, and the
    party the condemnation is about."""
    events = code(pipeline, "Turkey condemned the expulsion of Turkish diplomats by Austria.")
    assert find(events, "TUR", "AUT", "11")
    assert find(events, "AUT", "TUR", "17")
    assert not find(events, "TUR", "TUR", "")


def test_a_group_named_as_a_modifier_takes_the_place_of_its_phrase(pipeline) -> None:
    """'rebel positions in Syria': the rebels are Syrian, not the attacker's own."""
    events = code(pipeline, "Russian jets bombed rebel positions in Syria.")
    assert find(events, "RUS", "SYRREB", "19")
    assert not find(events, "RUS", "RUSREB", "")
