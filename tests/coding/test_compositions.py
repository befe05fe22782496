"""Composed verb × object classes and the nominal-event lexicon, on sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.coding.compositions import compose, composed_patterns
from realpolitik.errors import DictionaryError
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2017-03-01"


def test_compose_expands_every_verb_with_every_object() -> None:
    lines = ["verbs\tV\twarm thaw", "objects\tO\ttie economic_tie", "compose\tV\tO\t050"]
    got = {(p.lemma, p.noun, p.code, p.frame) for p in compose(lines, "mem")}
    assert got == {(v, o, "050", "V+N") for v in ("warm", "thaw") for o in ("tie", "economic tie")}


def test_underscored_verbs_are_particle_verbs() -> None:
    got = {
        (p.lemma, p.particle, p.noun)
        for p in compose(["verbs\tV\tbeef_up", "objects\tO\ttie", "compose\tV\tO\t050"], "mem")
    }
    assert got == {("beef", "up", "tie")}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt said it would beef up cooperation with Sudan.",
        "Brazil will step up cooperation with Argentina.",
    ],
)
def test_particle_verbs_of_strengthening_join_the_enhance_class(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert any(e.event_code.startswith("03") for e in events), [e.event_code for e in events]
    assert not any(e.event_code.startswith("05") for e in events)


def test_bad_composition_lines_name_the_line() -> None:
    with pytest.raises(DictionaryError, match="mem:2: unknown class"):
        compose(["verbs\tV\twarm", "compose\tV\tNOPE\t050"], "mem")
    with pytest.raises(DictionaryError, match="mem:1"):
        compose(["compose\tonly-two"], "mem")
    with pytest.raises(DictionaryError, match="mem:3: objects class 'O' is already defined"):
        compose(["verbs\tV\twarm", "objects\tO\tties", "objects\tO\tlinks", "compose\tV\tO\t050"], "mem")


def test_packaged_classes_cover_the_issue_examples() -> None:
    keys = {(p.lemma, p.noun) for p in composed_patterns()}
    for verb in ("strengthen", "enhance", "boost"):
        for obj in ("cooperation", "tie", "relation"):
            assert (verb, obj) in keys
    for verb in ("implement", "ratify", "sign"):
        for obj in ("treaty", "protocol", "accord"):
            assert (verb, obj) in keys


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Ghana strengthened its ties with Togo last week.", "05"),
        ("Ghana has upgraded relations with Togo.", "05"),
        ("Chile ratified the border protocol with Peru on Monday.", "05"),
        ("Peru and Chile implemented the fisheries accord.", "05"),
    ],
)
def test_composed_phrases_code_the_act(text: str, root: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert any(e.root_code == root for e in events), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The Chilean crackdown on Peruvian traders drew protests.", "CHL", "PER", "17"),
        ("Ghana's military intervention in Togo began on Monday.", "GHA", "TGO", "19"),
    ],
)
def test_light_verb_objects_are_nominal_events(text: str, src: str, tgt: str, root: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president delivered a stinging attack on Peru's government.",
        "Ghana's foreign minister launched a scathing attack on Togo.",
    ],
)
def test_a_verbal_attack_is_criticism_not_force(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert any(e.root_code == "11" for e in events)
    assert not any(e.root_code in ("18", "19", "20") for e in events)


def test_nominal_lines_make_every_class_noun_an_event_noun() -> None:
    lines = ["nouns\tFIGHT\toffensive air_raid", "nominal\tFIGHT\t190"]
    got = {(p.frame, p.lemma, p.noun, p.code) for p in compose(lines, "mem")}
    assert got == {("N", "offensive", "", "190"), ("N", "raid", "air raid", "190")}
    with pytest.raises(DictionaryError, match="mem:1: unknown class"):
        compose(["nominal\tNOPE\t190"], "mem")


def test_the_nominal_lexicon_has_well_over_a_hundred_heads() -> None:
    heads = {p.lemma for p in composed_patterns() if p.frame == "N"}
    assert len(heads) > 150
    assert {"talk", "offensive", "crackdown", "trial", "signing", "summit", "sanction", "siege"} <= heads


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        # express/voice × an evaluation noun class
        ("Canada voiced deep displeasure with China on Friday.", "CAN", "CHN", "110"),
        ("Norway expressed its dissatisfaction with Iceland.", "NOR", "ISL", "110"),
        # … and the verbs that state a stance the way "express" does (indicate, announce, renew, stress)
        ("Minsk indicated to Vilnius its readiness for fresh border talks.", "BLR", "LTU", "03"),
        ("Turkey renewed its support for Azerbaijan on Monday.", "TUR", "AZE", "051"),
        ("Manila stressed its deep concern over Chinese patrols.", "PHL", "CHN", "012"),
        # lift/ease × sanctions
        ("The European Union lifted sanctions on Belarus.", "IGOEUREEC", "BLR", "085"),
        ("Washington eased its embargo against Cuba last year.", "USA", "CUB", "085"),
        # reject × proposal class
        ("Egypt rejected the Israeli proposal.", "EGY", "ISR", "12"),
        ("Indonesia rebuffed an Australian offer of help.", "IDN", "AUS", "12"),
        # give/extend × aid classes
        ("Nigeria provided humanitarian aid to Niger.", "NGA", "NER", "073"),
        ("Qatar extended loans to Egypt.", "QAT", "EGY", "071"),
        # offer/pledge/promise x aid classes: the promise, CAMEO 033x
        ("Japan offered humanitarian aid to Haiti.", "JPN", "HTI", "0333"),
        ("Kuwait pledged loans to Jordan on Sunday.", "KWT", "JOR", "0331"),
        # restore/resume x ties (050); establish/restore x diplomatic ties (054, recognition)
        ("Israel restored diplomatic relations with Jordan.", "ISR", "JOR", "054"),
        ("Chad restored ties with Sudan last month.", "TCD", "SDN", "050"),
    ],
)
def test_composed_verb_object_classes(text: str, src: str, tgt: str, code: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Talks between India and Pakistan ended without agreement.", "IND", "PAK", "04"),
        ("Turkey's blockade of Armenia continued.", "TUR", "ARM", "19"),
        ("The Israeli siege of Gaza entered its second week.", "ISR", "PSE", "19"),
        ("The Russian annexation of Crimea was condemned.", "RUS", "UKR", "19"),
        ("The assassination of the Lebanese prime minister by Syrian agents shocked Beirut.", "SYR", "LBN", "18"),
        ("The signing of the accord between Chile and Bolivia was delayed.", "CHL", "BOL", "05"),
        ("The Turkish clampdown on Kurdish journalists widened.", "TUR", "TUR", "17"),
        ("Israel's naval blockade of Gaza continued.", "ISR", "PSE", "19"),
        ("The Nigerian counteroffensive against Boko Haram rebels stalled.", "NGA", "NGAREB", "19"),
        ("Brazil's complaint against Argentina was heard in Geneva.", "BRA", "ARG", "11"),
    ],
)
def test_nominal_events_take_arguments_from_their_phrases(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, root), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_composed_classes_never_contradict_a_hand_written_row() -> None:
    """Composed rows come first in the curated layer, so a class that disagreed with a hand-written row
    of the same frame would silently replace it ("offer aid" is a promise, 033, not aid given, 070)."""
    from realpolitik.coding.patterns import LAYER_CURATED, read_patterns
    from realpolitik.coding.tables import data_path

    hand = {p.key: p.code for p in read_patterns(data_path("patterns_curated.tsv"), LAYER_CURATED, strict=True)[0]}
    clashes = [(p.id, p.code, hand[p.key]) for p in composed_patterns() if p.key in hand and hand[p.key] != p.code]
    assert not clashes


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Ghana denied Togo's allegations of meddling.", "GHA", "TGO"),
        ("Peru flatly refuted Chile's accusations.", "PER", "CHL"),
        ("Kenya rebutted the charges made by Uganda.", "KEN", "UGA"),
        ("A Malawian spokesman denied the allegations by Zambia.", "MWI", "ZMB"),  # "by" hung on the verb
        ("Malawi denied accusations from Zambia that it had closed the border.", "MWI", "ZMB"),
    ],
)
def test_denying_a_charge_composes_with_every_charge_noun(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published="2017-03-01")
    assert find(events, src, tgt, "016"), events


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya and Uganda ganged up on Tanzania over the border.", "KEN", "TZA"),
        ("Ghana has lined up against Togo in the dispute.", "GHA", "TGO"),
        ("Peru turned against Chile after the vote.", "PER", "CHL"),
        ("Norway sided against Sweden at the council.", "NOR", "SWE"),
    ],
)
def test_siding_against_someone_is_opposition(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published="2017-03-01"), src, tgt, "11")


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Norway has withdrawn its cooperation with the Sri Lankan government.", "NOR", "LKA", "160"),
        ("The Belgian government revoked its support for the Congolese election commission.", "BEL", "COD", "160"),
        ("Japan withheld economic aid from Myanmar after the coup.", "JPN", "MMR", "1621"),
    ],
)
def test_withdrawn_support_is_a_reduction_not_the_support(text: str, src: str, tgt: str, code: str,
                                                          pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not [e for e in find(events, src, tgt, "0") if e.modality == "asserted"], text


def test_announced_withdrawal_of_support_is_a_threat_not_a_pledge(pipeline: Pipeline) -> None:
    text = "Ghana's ruling party vowed to withdraw its support for Togo's president."
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "GHA", "TGO", "13"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, "GHA", "TGO", "03")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya's president regretted the death of the Ugandan opposition leader.", "KEN", "UGA"),
        ("Brazil's president lamented the passing of the Argentine leader.", "BRA", "ARG"),
    ],
)
def test_a_regretted_death_is_sympathy_not_disapproval(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    """REGRETTED DEATH: regret or lament x death nouns is an empathetic comment (018)."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "018"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, src, tgt, "11")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Paris rallied behind the Lebanese prime minister on Tuesday.", "FRA", "LBN"),
        ("Ghana's government rallied around the embattled Malian president.", "GHA", "MLI"),
    ],
)
def test_rallying_behind_someone_is_backing_not_protest(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    """RALLYING BEHIND (hand-written rows rp-3204..3206): backing (051), not a rally against (14x)."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "051"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not [e for e in events if e.event_code.startswith("14")]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Chile and Peru have an extradition treaty, officials said.", "CHL", "PER"),
        ("Canada and Mexico already have a trade agreement that covers farm goods.", "CAN", "MEX"),
    ],
)
def test_a_treaty_parties_have_is_no_signing(text: str, a: str, b: str, pipeline: Pipeline) -> None:
    """STANDING AGREEMENT: have/possess x treaty nouns is a standing arrangement (---), not 057."""
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, a, b, "") and not find(events, b, a, ""), text
    assert find(pipeline.code_text(text.replace(" have ", " signed ", 1).replace(" already", ""), published=PUB),
                a, b, "057")


@pytest.mark.parametrize(
    "text",
    [
        "Police in Zambia broke up a march of opposition supporters in Lusaka.",
        "Kenyan police broke up a rally of opposition supporters in Nairobi.",
    ],
)
def test_breaking_up_a_gathering_is_dispersal(text: str, pipeline: Pipeline) -> None:
    """DISPERSED GATHERING: break up x demonstration/rally/march is 175, as 'disperse' is."""
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code == "175"], [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("A Ghanaian general took over the command of the UN troops in Mali from a French officer.", "GHA", "FRA"),
        ("Denmark will soon take over the NATO force in Kosovo, officials said.", "DNK", "IGO"),
        ("The Kenyan minister took over from his Ugandan counterpart as chairman of the bloc.", "KEN", "UGA"),
    ],
)
def test_taking_over_an_office_or_from_someone_seizes_nothing(text: str, src: str, tgt: str,
                                                              pipeline: Pipeline) -> None:
    """OFFICE TAKEN OVER (take over x command/presidency/force/post...) and SUCCESSION (take over from X) are
    no seizure (171), as CAMEO.2.0's bare 'take over' reads them; a town taken over still is."""
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, src, tgt, "17") and not find(events, src, tgt, "13"), events
    taken = pipeline.code_text("Rebels took over the Ugandan embassy in Kinshasa on Monday.", published=PUB)
    assert find(taken, "COD", "UGA", "171")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Iraqi deputy premier voiced frustration at Turkey's delay in reopening the border.", "IRQ", "TUR"),
        ("The Venezuelan envoy expressed impatience at Madrid's silence on the matter.", "VEN", "ESP"),
    ],
)
def test_voiced_impatience_is_disapproval(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    """Frustration, impatience and exasperation join the DISAPPROVAL objects: express x them is 110."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "110"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, src, tgt, "012")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Chile is seeking fisheries agreements with Japan.", "CHL", "JPN"),
        ("Japan wants a free trade agreement with Australia.", "JPN", "AUS"),
    ],
)
def test_a_sought_accord_is_an_intent_not_a_signing(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    """SOUGHT AGREEMENT: seek/pursue/want x treaty nouns is the seeker's intent (030), one way."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "030"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not [e for e in events if e.event_code.startswith("057")]
    assert not find(events, tgt, src, "")


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Norway will seek warmer ties with Iceland after the fishing row.", "NOR", "ISL", "030"),
        ("Chile is pursuing closer military cooperation with Peru.", "CHL", "PER", "0312"),
        ("Estonia said it wants stronger trade ties with Finland.", "EST", "FIN", "0311"),
    ],
)
def test_sought_ties_are_an_intent_to_cooperate(text: str, src: str, tgt: str, code: str,
                                               pipeline: Pipeline) -> None:
    """SOUGHT TIES: seek/pursue/want x ties, cooperation or economic or military ties is the seeker's
    intent to cooperate, toward the side the noun's "with" phrase names."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Vietnam hopes to expand its trade with Laos.", "VNM", "LAO"),
        ("Morocco and Tunisia agreed on Monday to boost bilateral trade.", "MAR", "TUN"),
        ("Japan said it would increase imports of Chilean copper from Chile.", "JPN", "CHL"),
        ("Kenya plans to expand its tea exports to Pakistan.", "KEN", "PAK"),
    ],
)
def test_trade_is_an_economic_tie(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    """Trade or commerce strengthened or expanded is economic cooperation (061; 0311 when only planned)."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "061") or find(events, src, tgt, "0311"), [
        (e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("On Friday the Chilean embassy made firm representations to the Bolivian government.", "CHL", "BOL"),
        ("Norway lodged solemn representations with Russia over the arrests.", "NOR", "RUS"),
        ("The Dutch envoy delivered a demarche to the Turkish foreign ministry.", "NLD", "TUR"),
    ],
)
def test_lodged_representations_are_an_official_complaint(text: str, src: str, tgt: str,
                                                         pipeline: Pipeline) -> None:
    """LODGED REPRESENTATIONS: representations or a demarche made, lodged or delivered is a formal protest (114)."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "114"), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_representation_in_a_body_is_no_protest(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya wants fair representation of African states in the council.", published=PUB)
    assert not find(events, "", "", "114")


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("The Polish president on Sunday dispatched a congratulatory message to the new Czech premier.",
         "POL", "CZE", "051"),
        ("Latvia's premier sent a congratulatory telegram to his Estonian counterpart.", "LVA", "EST", "051"),
        ("The Thai king sent a condolence message to the Lao president after the floods.", "THA", "LAO", "018"),
        ("Jordan's foreign minister sent a condolence cable to the Lebanese government.", "JOR", "LBN", "018"),
    ],
)
def test_a_message_named_by_its_content_is_coded_by_it(text: str, src: str, tgt: str, code: str,
                                                      pipeline: Pipeline) -> None:
    """LETTER BY ITS CONTENT, by the noun's modifier: a congratulatory message is praise, a condolence cable
    sympathy, not the bare row's consultation (040)."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, src, tgt, "040")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Japanese premier paid a courtesy call on the Indian president.", "JPN", "IND"),
        ("The new Chilean ambassador made a courtesy call on the Peruvian foreign minister.", "CHL", "PER"),
    ],
)
def test_a_courtesy_call_is_a_meeting(text: str, a: str, b: str, pipeline: Pipeline) -> None:
    """COURTESY CALL: paid or made on someone, a meeting each way (040)."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, a, b, "040") and find_asserted(events, b, a, "040")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Brazil extended a credit line of 50 million dollars to Bolivia.", "BRA", "BOL"),
        ("Kuwait granted Jordan a new credit line for fuel imports.", "KWT", "JOR"),
    ],
)
def test_a_credit_line_is_economic_aid(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "071"), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Danish premier defended his pension reform on Saturday.",
        "The Kenyan president defended his government's policy toward Somalia.",
    ],
)
def test_defending_one_s_own_position_is_no_protection(text: str, pipeline: Pipeline) -> None:
    """DEFENDED POSITION: defend/justify x deal/decision/policy/... is no military protection (074)."""
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("07")], text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("The Colombian embassy delivered a formal letter of complaint to the Peruvian president.", "COL", "PER",
         "114"),
        ("The Kenyan government handed a protest note to the Ugandan ambassador.", "KEN", "UGA", "114"),
        ("The Indian prime minister sent a message of condolence to the Pakistani president.", "IND", "PAK", "018"),
        ("The Chilean president sent a letter of congratulations to the new Bolivian leader.", "CHL", "BOL", "051"),
    ],
)
def test_a_letter_is_coded_by_its_content(text: str, src: str, tgt: str, code: str, pipeline: Pipeline) -> None:
    """LETTER BY ITS CONTENT: a letter of protest, condolence or congratulation sent to someone is the
    complaint (114), the sympathy (018) or the praise (051) it carries, not a consultation (040)."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, src, tgt, "04") and not find(events, tgt, src, "04")


def test_a_bare_letter_stays_a_consultation(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The Iranian minister sent the UN secretary general a letter on Monday.", published=PUB)
    assert find(events, "IRN", "IGOUNO", "040")


@pytest.mark.parametrize(("text", "tgt", "code"), [
    ("The Chilean minister expressed deep regret for the Peruvian refusal to extradite the banker.", "PER", "110"),
    ("The Chilean minister expressed regret over Bolivia's decision to close the border.", "BOL", "110"),
    ("The Chilean minister expressed regret over the deaths of Peruvian fishermen in the storm.", "PER", "018"),
    ("The Chilean minister expressed his regret for the loss of Bolivian lives.", "BOL", "018"),
])
def test_regret_is_read_by_what_it_is_for(text: str, tgt: str, code: str, pipeline: Pipeline) -> None:
    """REGRETTED LOSS: regret for or over what someone did is disapproval (110); for or over a loss of
    life, sympathy (018). "Regret for" had read every object as sympathy."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "CHL", tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize("text", [
    "Peru and Ecuador clinched a deal on fishing rights on Monday.",
    "Peru and Ecuador cut a deal over the disputed river late on Friday.",
    "Peru and Ecuador sealed an accord on border trade in Lima.",
])
def test_a_deal_struck_is_an_agreement(text: str, pipeline: Pipeline) -> None:
    """DEAL STRUCK: CAMEO.2.0 read "clinch a deal" as economic cooperation (061) and "cut a deal" as
    intent (030); a deal made between states is an agreement (057), both ways."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "PER", "ECU", "057") and find(events, "ECU", "PER", "057"), text


def test_a_deal_between_firms_stays_business(pipeline: Pipeline) -> None:
    assert not pipeline.code_text("Two Peruvian airlines clinched a deal on shared routes.", published=PUB)


@pytest.mark.parametrize(("text", "src", "tgt", "code"), [
    ("Paris blocked the EU resolution on Burma on Tuesday.", "FRA", "IGOEUREEC", "129"),
    ("Moscow stalled a UN draft resolution on Kosovo.", "RUS", "IGOUNO", "129"),
    ("Cyprus blocked Turkey's membership bid.", "CYP", "TUR", "120"),
    ("Russia torpedoed the Georgian proposal.", "RUS", "GEO", "120"),
])
def test_an_obstructed_measure_is_rejected(text: str, src: str, tgt: str, code: str, pipeline: Pipeline) -> None:
    """OBSTRUCTED MEASURE: blocking a text or a bid rejects or vetoes it, not the coercion (170) of the bare
    CAMEO.2.0 'block' row."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, src, tgt, "17"), events


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Qatar is hosting the OPEC conference this week.", "QAT", "IGOOPC"),
    ("Egypt hosted an Arab League summit on Saturday.", "EGY", "IGOMEAARL"),
])
def test_a_hosted_gathering_of_a_body_makes_the_state_its_host(text: str, src: str, tgt: str,
                                                               pipeline: Pipeline) -> None:
    """HOSTED GATHERING: the host of a body's summit hosts the body (043), not rallies support (053)."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "043"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, src, tgt, "05"), events


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("A Kenyan court dismissed the Ugandan traders' lawsuit.", "KEN", "UGA"),
    ("The Kenyan court dismissed the case brought by Ugandan traders.", "KEN", "UGA"),
    ("Tanzania threw out a complaint filed by Ugandan exporters.", "TZA", "UGA"),
])
def test_a_dismissed_suit_is_rejected(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    """DISMISSED SUIT: not the disapproval (110) of the bare 'dismiss' row nor the reduced relations (160) of
    'throw'."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "120"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, src, tgt, "11") and not find(events, src, tgt, "16"), events


@pytest.mark.parametrize(("text", "code"), [
    ("Somali rebels have intensified attacks against Kenyan soldiers.", "190"),
    ("Somali rebels stepped up their raids on Kenyan border posts last week.", "190"),
    ("Somali rebels vowed to step up attacks on Kenyan troops.", "138"),
    ("The Somali rebels threatened to intensify their offensive against Kenyan forces.", "138"),
])
def test_escalated_fighting_is_fighting_and_a_vowed_escalation_a_threat(text: str, code: str,
                                                                        pipeline: Pipeline) -> None:
    """ESCALATED FIGHTING: CAMEO.2.0 reads every 'step up attack' as a threat of force (138)."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "SOM", "KEN", code), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_a_prepositional_object_class_composes_verb_prep_noun_patterns() -> None:
    lines = ["verbs\tV\trespond react", "objects\tO\tincursion", "compose\tV\tto:O\t190"]
    got = {(p.frame, p.lemma, p.prep, p.noun, p.code) for p in compose(lines, "mem")}
    assert got == {("V+P+N", v, "to", "incursion", "190") for v in ("respond", "react")}


@pytest.mark.parametrize(("text", "src", "tgt", "code"), [
    ("The new Malaysian premier promised good relations with Singapore.", "MYS", "SGP", "030"),
    ("Ecuador pledged closer ties with Peru after the border talks.", "ECU", "PER", "030"),
    ("Bolivia offered deeper trade ties with Chile.", "BOL", "CHL", "0311"),
    ("Ukraine vowed closer defence cooperation with Poland.", "UKR", "POL", "0312"),
])
def test_promised_relations_are_an_intent_to_cooperate(text: str, src: str, tgt: str, code: str,
                                                       pipeline: Pipeline) -> None:
    """PROMISED RELATIONS: ties, trade or cooperation promised, pledged, offered or vowed with B."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(("text", "src", "tgt", "code"), [
    ("Seoul said it would respond firmly to any incursion by North Korea.", "KOR", "PRK", "138"),
    ("Venezuela will react to any Colombian aggression, its defence minister said.", "VEN", "COL", "138"),
    ("Israel responded swiftly to the Syrian raid on its border post.", "ISR", "SYR", "19"),
])
def test_a_response_to_aggression_is_force_and_an_announced_one_a_threat(text: str, src: str, tgt: str,
                                                                        code: str, pipeline: Pipeline) -> None:
    """RESPONSE TO AGGRESSION: the aggressor is the target; announced, the response is a threat."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_reacting_to_a_market_shock_is_no_force(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Investors in Japan reacted to the attack on the Saudi pipeline by selling.",
                                published=PUB)
    assert not any(e.root_code in ("18", "19", "20") for e in events), events


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Mali declined Niger's invitation to attend the summit.", "MLI", "NER"),
    ("Mali refused an offer of help from Niger.", "MLI", "NER"),
    ("Mali declined Niger's request for joint patrols.", "MLI", "NER"),
])
def test_declining_or_refusing_a_proposal_rejects_it(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    """REJECT x PROPOSAL: 'decline' and 'refuse' reject as 'reject' does; an invitation is a proposal."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "12"), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_declining_to_comment_rejects_nobody(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Mali declined to comment on Niger's latest statement.", published=PUB)
    assert not find(events, "MLI", "NER", "12"), [(e.source_code, e.target_code, e.event_code) for e in events]
