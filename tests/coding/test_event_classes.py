"""The event classes that replaced patterns written for single dev records (issue 11, item 4): each
class is data (``data/compositions.tsv`` or a curated row for a particle verb) and is tested here on
two sentences of our own in different wordings."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2017-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Sudanese rebels rejected the Qatari peace plan on Monday.", "SDN", "QAT", "127"),
        ("The Congolese government spurned a peace proposal from Rwanda.", "COD", "RWA", "127"),
        ("Palestinian prisoners began a hunger strike against Israel.", "PSE", "ISR", "142"),
        (
            "Jailed Bahraini activists staged a hunger strike to protest against the Bahraini government.",
            "BHR",
            "BHR",
            "142",
        ),
        ("Haitian authorities imposed a curfew on Port-au-Prince residents.", "HTI", "HTI", "172"),
        ("The Kenyan government extended the curfew in Nairobi for a week.", "KEN", "KEN", "172"),
        ("Thailand's army declared martial law across Thailand.", "THA", "THA", "172"),
        ("North Korea expelled UN inspectors last year.", "PRK", "IGOUNO", "1662"),
        ("Iran barred IAEA inspectors from the site.", "IRN", "IGOUNO", "1662"),
        ("Syria admitted OPCW inspectors on Tuesday.", "SYR", "IGO", "0862"),
        ("Georgia admitted European Union monitors on Friday.", "GEO", "IGO", "0862"),
        ("Ghana deployed peacekeepers to Mali.", "GHA", "MLI", "074"),
        ("Nepal contributed peacekeeping troops to Lebanon.", "NPL", "LBN", "074"),
        ("The United Nations dispatched investigators to Myanmar.", "IGOUNO", "MMR", "090"),
        ("Israel tightened its blockade of Gaza.", "ISR", "PSE", "191"),
        ("Saudi Arabia imposed a blockade on Qatar.", "SAU", "QAT", "191"),
        ("Turkish jets launched air strikes on Iraq.", "TUR", "IRQ", "195"),
        ("Israel carried out airstrikes against Syria.", "ISR", "SYR", "195"),
        ("Iran launched missiles at Iraq.", "IRN", "IRQ", "194"),
        ("Hezbollah launched rockets into Israel.", "LBN", "ISR", "194"),
        ("Serbia lodged a protest with Croatia.", "SRB", "HRV", "114"),
        ("Peru filed a complaint against Chile.", "PER", "CHL", "114"),
        ("Turkish police prevented a demonstration by Kurdish students.", "TUR", "TUR", "172"),
        ("Egypt banned rallies by Egyptian opposition parties.", "EGY", "EGY", "172"),
        ("Russia accelerated the withdrawal of its troops from Syria.", "RUS", "SYR", "087"),
        ("Russia sped up the withdrawal of its troops from Georgia.", "RUS", "GEO", "087"),
        ("Syrian Kurds sought shelter in Turkey.", "SYR", "TUR", "0233"),
        ("Afghan refugees requested asylum in Germany.", "AFG", "DEU", "0233"),
        ("French farmers blocked roads to protest against the French government.", "FRA", "FRA", "144"),
        ("Greek truckers barricaded highways in protest against the Greek government.", "GRC", "GRC", "144"),
        ("The Colombian government accepted the demands of FARC rebels.", "COL", "COL", "08"),
        ("Mali met the conditions set by Algeria.", "MLI", "DZA", "08"),
        ("Japan expressed sorrow to China over the accident.", "JPN", "CHN", "018"),
        ("India conveyed its grief to Nepal after the earthquake.", "IND", "NPL", "018"),
        ("Armenian artillery bombarded Azerbaijani villages.", "ARM", "AZE", "19"),
        ("Ugandan tanks bombarded Congolese positions.", "UGA", "COD", "19"),
        ("Venezuela broke off diplomatic relations with Panama.", "VEN", "PAN", "16"),
        ("Morocco broke off relations with Iran in May.", "MAR", "IRN", "16"),
        ("North Korea reneged on its agreement with South Korea.", "PRK", "KOR", "12"),
        ("Zimbabwe reneged on a pledge to Britain.", "ZWE", "GBR", "12"),
        ("Venezuela granted asylum to Colombian rebels.", "VEN", "COL", "075"),
        ("Sweden granted political asylum to two Iranian journalists.", "SWE", "IRN", "075"),
        ("Kenyan students staged a demonstration against the Kenyan government.", "KEN", "KEN", "141"),
        ("Pakistani workers staged demonstrations against India.", "PAK", "IND", "141"),
        ("Qatar severed ties with Egypt on Monday.", "QAT", "EGY", "161"),
        ("Bolivia suspended relations with Israel.", "BOL", "ISR", "161"),
        ("Russia sent weapons to Syria.", "RUS", "SYR", "072"),
        ("The United States provided military aid to Ukraine.", "USA", "UKR", "072"),
        ("Nigerian oil workers staged a walkout against the Nigerian government.", "NGA", "NGA", "143"),
        ("The Egyptian army imposed martial law on Egypt.", "EGY", "EGY", "1724"),
        ("The Thai military imposed emergency rule on Thailand.", "THA", "THA", "1724"),
        ("Greek workers organised a general strike against the Greek government.", "GRC", "GRC", "143"),
        ("Norway gave aid to Somalia last year.", "NOR", "SOM", "070"),
        ("Germany provided assistance to Moldova.", "DEU", "MDA", "070"),
        # 'have talks' is the same negotiation as 'hold talks' (046), both ways
        ("The Japanese prime minister had talks with the Indian president about trade.", "JPN", "IND", "046"),
        ("Chile had talks with Peru on Monday.", "PER", "CHL", "046"),
        # taking people captive is abduction (181); seizing things stays 171
        ("Rebels snatched three Italian aid workers in Somalia.", "SOM", "ITA", "181"),
        ("Pirates grabbed two French tourists off the Yemeni coast.", "", "FRA", "181"),
        ("The Iranian navy seized a British tanker.", "IRN", "GBR", "171"),
        # leaving talks is breaking them off (164), whether the parser hangs "out of" as particle + prep
        # or as a compound preposition; troops pulling out of a place still withdraw (0874)
        ("Israel pulled out of the talks with Syria.", "ISR", "SYR", "164"),
        ("Iran pulled out of negotiations with France.", "IRN", "FRA", "164"),
        ("The Colombian government walked out of negotiations with FARC rebels.", "COL", "COL", "164"),
        ("Syrian troops pulled out of Lebanon.", "SYR", "LBN", "0874"),
        # applying or keeping up pressure on someone is a demand (100, as CAMEO.2.0 codes "step up pressure")
        ("The United States will keep up pressure on Iran.", "USA", "IRN", "100"),
        ("Britain vowed to maintain pressure on Zimbabwe.", "GBR", "ZWE", "100"),
        ("Canada vowed to keep pressure on Vietnam.", "CAN", "VNM", "100"),
        ("Washington brought heavy pressure on Seoul to drop the tariff.", "USA", "KOR", "100"),
        # developing or furthering relations, and expanding exchanges, are cooperation as strengthening is
        ("Sweden's cabinet pledged on Friday to develop its ties with Chile.", "SWE", "CHL", "03"),
        ("Kenya pledged to further its cooperation with Uganda.", "KEN", "UGA", "03"),
        ("Kenya pledged to expand exchanges with Uganda.", "KEN", "UGA", "03"),
        # a plan, programme or other instrument two parties sign is their agreement (057), as a treaty is
        ("Ghana and Togo signed a joint energy plan on Monday.", "GHA", "TGO", "057"),
        ("Ghana signed a five-year cooperation programme with Togo.", "GHA", "TGO", "057"),
    ],
)
def test_event_class_in_two_wordings(text: str, src: str, tgt: str, code: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan took part in a regional forum in Bangkok.",
        "Chile and Peru took part in a trade fair in Lima.",
    ],
)
def test_taking_part_does_not_pair_the_participants(text: str, pipeline: Pipeline) -> None:
    """'Take part in' says who attended, not what the co-subjects did to each other."""
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("03")], [e.event_code for e in events]


def test_taking_part_in_talks_still_codes_the_talks(pipeline: Pipeline) -> None:
    events = pipeline.code_text("India took part in talks with Pakistan.", published=PUB)
    assert find(events, "IND", "PAK", "04")


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Brazil held a forum on trade in Tokyo.",
        "A forum between Kenyan and Ugandan officials opened in Kampala.",
    ],
)
def test_a_forum_is_a_meeting(text: str, pipeline: Pipeline) -> None:
    """A forum of two parties is a meeting noun, like a summit (040 under the analyst conventions)."""
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code.startswith("04")], [e.event_code for e in events]


def test_a_forum_named_as_an_organisation_is_no_meeting(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The World Economic Forum said Indian growth would slow.", published=PUB)
    assert not [e for e in events if e.event_code.startswith("04")]
