"""Coreference: pronoun salience and binding, gender, it/they, counted plurals, "the <demonym> leader"."""

import json
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

import realpolitik.actors.coref as coref
from realpolitik.actors.entries import LoadReport
from realpolitik.actors.loader import load_packaged, load_user
from realpolitik.actors.resolver import ActorResolver
from realpolitik.nlp.extensions import ACTOR_SPANS

from .conftest import codes

D2018 = date(2018, 12, 10)
MEETING = "Turkish President Recep Tayyip Erdogan met Venezuelan President Nicolas Maduro in Ankara on Friday. "
MERKEL = "person:angela-merkel"
MACRON = "person:emmanuel-macron"
ERDOGAN = "person:recep-tayyip-erdogan"
MADURO = "person:nicolas-maduro"


def ids(doc: Doc, text: str, nth: int = 0) -> list[str | None]:
    """Entity ids of the ``nth`` actor span with exactly this text."""
    spans = [s for s in doc.spans[ACTOR_SPANS] if s.text == text]
    return [a.entity_id for a in spans[nth]._.rp_actors]


def has_span(doc: Doc, text: str) -> bool:
    return any(s.text == text for s in doc.spans[ACTOR_SPANS])


# --- he / she: salience ---------------------------------------------------------------------------------

def test_subject_pronoun_continues_the_previous_subject_not_the_latest_person(parse) -> None:
    doc = parse(MEETING + "He praised the Venezuelan leader.", D2018)
    assert ids(doc, "He") == [ERDOGAN]
    assert codes(doc)["He"] == ["TURGOV"]


def test_subject_pronoun_chain_stays_with_the_subject(parse) -> None:
    doc = parse("Erdogan met Maduro in Ankara. He praised the deal. He also criticized Washington.", D2018)
    assert ids(doc, "He", 0) == [ERDOGAN]
    assert ids(doc, "He", 1) == [ERDOGAN]


def test_subject_pronoun_without_a_person_subject_takes_the_latest_person(parse) -> None:
    doc = parse("Crowds in Ankara cheered Maduro on Friday. He thanked Turkey.", D2018)
    assert ids(doc, "He") == [MADURO]


def test_object_pronoun_is_not_its_own_clause_subject(parse) -> None:
    doc = parse(MEETING + "Erdogan later praised him for resisting US pressure.", D2018)
    assert ids(doc, "him") == [MADURO]
    assert codes(doc)["him"] == ["VENGOV"]


def test_object_pronoun_with_only_the_clause_subject_around_stays_unresolved(parse) -> None:
    doc = parse("Erdogan arrived in Caracas on Friday. Erdogan praised him.", D2018)
    assert not has_span(doc, "him")


# --- gender ---------------------------------------------------------------------------------------------

def test_she_skips_a_known_man_even_when_he_is_the_subject(parse) -> None:
    doc = parse("French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin. "
                "She criticized Russia.", D2018)
    assert ids(doc, "She") == [MERKEL]
    assert codes(doc)["She"] == ["DEUGOV"]


def test_he_and_her_each_find_their_own_gender(parse) -> None:
    doc = parse("Angela Merkel met Emmanuel Macron in Paris. He praised her for her leadership.", D2018)
    assert ids(doc, "He") == [MACRON]
    assert ids(doc, "her") == [MERKEL]


def test_she_never_goes_to_a_known_man(parse) -> None:
    doc = parse("Emmanuel Macron met Recep Tayyip Erdogan in Paris. She criticized Russia.", D2018)
    assert not has_span(doc, "She")


def test_unknown_gender_is_compatible_with_she(parse) -> None:
    # a person named only in the text (no dictionary entry, so no gender on record) may be "she"
    doc = parse("Maduro met Turkish Foreign Minister Ayla Demirkan in Caracas. She praised Venezuela.", D2018)
    she = [a for s in doc.spans[ACTOR_SPANS] if s.text == "She" for a in s._.rp_actors]
    assert [(a.code, a.entity_id) for a in she] == [("TURGOV", "person:ayla-demirkan")]


def test_gender_comes_from_the_dictionaries() -> None:
    resolver = ActorResolver.default()
    for who in ("person:delcy-rodriguez", "person:maria-corina-machado", "person:kristalina-georgieva",
                "person:aung-san-suu-kyi", "person:sanae-takaichi", MERKEL):
        assert resolver.by_id[who].gender == "F", who
    assert resolver.by_id[ERDOGAN].gender == "M"
    archigos = [e for e in resolver.entries if e.source.startswith("leaders.jsonl")]
    assert {e.gender for e in archigos} == {"M", "F"}  # Archigos' gender column is carried over
    report = LoadReport()
    load_packaged(report, validate=True)
    assert not [p for p in report.problems if "gender" in p.reason]


def test_bad_gender_is_reported_with_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "mine.jsonl"
    f.write_text("\n".join([
        json.dumps({"names": ["Ada Quill"], "kind": "person", "code": "TUR", "gender": "F"}),
        json.dumps({"names": ["Bo Quill"], "kind": "person", "code": "TUR", "gender": "female"}),
        json.dumps({"names": ["Quill Party"], "kind": "org", "code": "TUROPP", "gender": "M"}),
    ]) + "\n", encoding="utf-8")
    report = LoadReport()
    load_user(f, report)
    where = {p.where: p.reason for p in report.problems}
    assert set(where) == {f"{f}:2", f"{f}:3"}
    assert "bad gender 'female'" in where[f"{f}:2"]
    assert "only applies to people" in where[f"{f}:3"]
    assert [e.gender for e in report.entries] == ["F"]


# --- it / its / they ------------------------------------------------------------------------------------

def test_it_as_subject_is_the_previous_subject_state(parse) -> None:
    doc = parse("Russia sent two bombers to Venezuela. It also pledged to send wheat to Caracas.", D2018)
    assert codes(doc)["It"] == ["RUS"]


def test_it_for_an_organisation_and_within_one_sentence(parse) -> None:
    c = codes(parse("Hamas fired rockets at Israel, and it later threatened Egypt.", D2018))
    assert c["it"] == ["PSEREBHMS"]


def test_expletive_it_gives_no_actor(parse) -> None:
    for rest in ("It is likely that the US will protest.", "It seems the US will protest.",
                 "It was reported that Turkey had helped.", "It emerged that Turkey had helped."):
        doc = parse("Russia sent two bombers to Venezuela. " + rest, D2018)
        assert not has_span(doc, "It"), rest


def test_it_is_left_alone_when_a_thing_competes_or_the_subject_is_a_person(parse) -> None:
    doc = parse("Russia signed an energy deal with Venezuela. It will boost trade with Turkey.", D2018)
    assert not has_span(doc, "It")
    doc = parse("Putin said Russia would help Venezuela. It also criticized the United States.", D2018)
    assert not has_span(doc, "It")


def test_its_sector_noun_as_subject(parse) -> None:
    c = codes(parse("The Turkish government criticized Israel. Its army also attacked Syria.", D2018))
    assert c["Its army"] == ["TURMIL"]


def test_they_is_the_coordinated_subject(parse) -> None:
    c = codes(parse("Turkey and Venezuela signed a trade deal. They agreed to cooperate on energy.", D2018))
    assert c["They"] == ["TUR", "VEN"]


def test_they_is_left_alone_when_a_plural_thing_competes(parse) -> None:
    doc = parse("Russia and China sent bombers to Venezuela. They flew over the Caribbean.", D2018)
    assert not has_span(doc, "They")


# --- counted plurals ------------------------------------------------------------------------------------

def test_the_two_countries_and_both_nations(parse) -> None:
    for phrase in ("The two countries", "Both countries", "The two nations", "Both nations"):
        c = codes(parse(f"Turkey and Venezuela signed a trade deal. {phrase} agreed to cooperate on energy.", D2018))
        assert c[phrase] == ["TUR", "VEN"], phrase


def test_the_two_countries_after_two_leaders_are_their_states(parse) -> None:
    c = codes(parse(MEETING + "The two countries signed four agreements.", D2018))
    assert sorted(c["The two countries"]) == ["TUR", "VEN"]


def test_the_two_leaders_still_work(parse) -> None:
    c = codes(parse("Erdogan met Maduro in Ankara. The two leaders signed four agreements.", D2018))
    assert c["The two leaders"] == ["TURGOV", "VENGOV"]


def test_two_neighbours_of_a_region_are_the_two_states_named(parse) -> None:
    """THE TWO NEIGHBOURS REFER BACK: a counted set of states is not the region its modifier names."""
    c = codes(parse("Ghana sent an envoy to Togo and Benin over a quarrel between both West African "
                    "neighbours.", D2018))
    assert c["West African neighbours"] == ["TGO", "BEN"]
    c = codes(parse("Qatar and Bahrain said both Gulf states would reopen their embassies.", D2018))
    assert c["both Gulf states"] == ["QAT", "BHR"]
    c = codes(parse("Qatar and Bahrain said Gulf states would reopen their embassies.", D2018))
    assert c["Gulf states"] != ["QAT", "BHR"]  # uncounted, the set is the region


def test_two_countries_need_two_states(parse) -> None:
    doc = parse("Turkey signed a trade deal. The two countries agreed to cooperate.", D2018)
    assert not has_span(doc, "The two countries")


def test_the_two_countries_give_events_both_ways(pipeline) -> None:
    events = pipeline.code_text("Turkey and Venezuela signed a trade deal. The two countries signed four agreements "
                                "on energy.", published=D2018)
    second = {(e.source.code, e.target.code) for e in events if "two countries" in e.evidence}
    assert second == {("TUR", "VEN"), ("VEN", "TUR")}


# --- "the <demonym> leader" -----------------------------------------------------------------------------

def test_the_demonym_leader_is_the_person_already_mentioned(parse) -> None:
    doc = parse(MEETING + "He praised the Venezuelan leader.", D2018)
    assert ids(doc, "the Venezuelan leader") == [MADURO]
    assert codes(doc)["the Venezuelan leader"] == ["VENGOV"]


def test_the_demonym_leader_without_a_person_is_the_state_s_government(parse) -> None:
    # no Venezuelan head in the article: the state's leader is its government (STATE'S LEADER)
    c = codes(parse("Putin praised the Venezuelan leader.", D2018))
    assert c["the Venezuelan leader"] == ["VENGOV"]


def test_the_demonym_leader_skips_a_person_of_another_title_or_country(parse) -> None:
    doc = parse("Venezuelan Foreign Minister Jorge Arreaza met Erdogan. Putin praised the Venezuelan leader.", D2018)
    assert codes(doc)["the Venezuelan leader"] == ["VENGOV"]
    assert ids(doc, "the Venezuelan leader") != ids(doc, "Venezuelan Foreign Minister Jorge Arreaza")


def test_the_demonym_president_prefers_the_article_person(parse) -> None:
    doc = parse("Venezuelan Foreign Minister Jorge Arreaza met Turkish officials. "
                "The Venezuelan foreign minister praised Turkey.", D2018)
    assert ids(doc, "The Venezuelan foreign minister") == ["person:jorge-arreaza"]


# --- whom, co-arguments and cataphora -------------------------------------------------------------------

def test_whom_is_the_actor_its_relative_clause_hangs_on(parse) -> None:
    doc = parse("The delegation was received by Maduro, whom Erdogan later praised.", D2018)
    assert ids(doc, "whom") == [MADURO]
    doc = parse("Erdogan thanked Maduro, with whom he signed four agreements in Ankara.", D2018)
    assert ids(doc, "whom") == [MADURO]


def test_a_subject_pronoun_is_not_its_own_clauses_object(parse) -> None:
    doc = parse("Erdogan thanked Maduro, with whom he signed four agreements in Ankara.", D2018)
    assert ids(doc, "he") == [ERDOGAN]
    doc = parse("Maduro praised Erdogan, whom he called a brother.", D2018)
    assert ids(doc, "he") == [MADURO]


def test_a_pronoun_in_a_fronted_clause_is_the_main_subject(parse) -> None:
    doc = parse("Speaking after talks with Erdogan, with whom he discussed trade, Maduro said the deals were fair.",
                D2018)
    assert ids(doc, "he") == [MADURO]
    doc = parse("After he landed in Ankara, Maduro met Erdogan.", D2018)
    assert ids(doc, "he") == [MADURO]


def test_his_in_a_fronted_adjunct_is_the_main_subject(parse) -> None:
    doc = parse("During his stopover in Ankara, Maduro praised Erdogan.", D2018)
    assert ids(doc, "his") == [MADURO]
    doc = parse("On his way home from Istanbul, Maduro thanked his hosts.", D2018)
    assert ids(doc, "his") == [MADURO]
    doc = parse("In his closing remarks, the Venezuelan president thanked Turkey.", D2018)
    assert codes(doc).get("his") == ["VENGOV"]  # a title is one office holder too


def test_his_owning_a_subject_is_the_latest_person(parse) -> None:
    doc = parse("Maduro landed in Ankara on Monday. His talks with Erdogan lasted three hours.", D2018)
    assert ids(doc, "His") == [MADURO]
    doc = parse("Erdogan greeted Maduro at the airport, and his praise for Turkey followed.", D2018)
    assert ids(doc, "his") == [MADURO]


def test_his_inside_an_object_or_an_actor_stays_with_its_phrase(parse) -> None:
    doc = parse("Maduro broke his promise to Erdogan.", D2018)
    assert "his" not in codes(doc)  # the subject's own thing: no act back on the subject
    doc = parse("Maduro said his government would pay Turkey.", D2018)
    assert "his" not in codes(doc) and codes(doc)["his government"] == ["VENGOV"]


def test_a_pronoun_continues_a_titled_office_holder(parse, monkeypatch) -> None:
    text = "A Venezuelan envoy landed in Ankara late on Monday. He thanked Turkey for its help."
    assert codes(parse(text, D2018)).get("He") == ["VENGOV"]
    monkeypatch.setattr(coref._Coref, "_office_holder", lambda self, m: False)
    assert "He" not in codes(parse(text, D2018))
    monkeypatch.undo()
    doc = parse("A Turkish envoy reached Caracas on Friday. She brought a letter for the government.", D2018)
    assert codes(doc).get("She") == ["TURGOV"]


def test_a_pronoun_does_not_continue_a_body(parse) -> None:
    doc = parse("The Venezuelan army issued a statement on Monday. He was not named in it.", D2018)
    assert "He" not in codes(doc)  # an army is no one person
    doc = parse("Venezuelan officials landed in Ankara on Monday. He was not among them.", D2018)
    assert "He" not in codes(doc)  # nor are officials


def test_a_pair_opening_its_sentence_is_the_pair_named_after_it(parse) -> None:
    doc = parse("The two sides signed three accords after talks between Turkish and Venezuelan ministers.", D2018)
    assert sorted(codes(doc)["The two sides"]) == ["TUR", "VEN"]
    doc = parse("Both sides agreed to meet again, Turkish and Venezuelan diplomats said.", D2018)
    assert sorted(codes(doc)["Both sides"]) == ["TUR", "VEN"]


def test_a_pair_after_other_actors_does_not_look_ahead(parse) -> None:
    doc = parse("Erdogan said both sides should act, as Venezuela and Cuba did.", D2018)
    assert "both sides" not in codes(doc) or sorted(codes(doc)["both sides"]) != ["CUB", "VEN"]


def test_no_cataphora_across_a_coordinated_clause(parse) -> None:
    doc = parse("Maduro said the talks went well, and he thanked Erdogan.", D2018)
    assert ids(doc, "he") == [MADURO]
