from datetime import date

import pytest

from realpolitik.actors.resolver import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


@pytest.mark.parametrize(
    ("name", "when", "code", "role"),
    [
        ("Erdogan", date(2012, 5, 1), "TURGOV", "prime minister"),
        ("Recep Tayyip Erdogan", date(2016, 5, 1), "TURGOV", "president"),
        ("Erdogan", date(1999, 1, 1), "TUR", None),
        ("Trump", date(2018, 3, 1), "USAGOV", "president"),
        ("Donald Trump", date(2022, 3, 1), "USA", None),
        ("Trump", date(2025, 6, 1), "USAGOV", "president"),
        ("Mattis", date(2017, 10, 9), "USAMIL", "defense secretary"),
        ("Jim Mattis", date(2020, 1, 1), "USA", None),
        ("Maduro", date(2017, 10, 9), "VENGOV", "president"),
        ("Chavez", date(2005, 1, 1), "VENGOV", "president"),
        ("Hugo Chavez", date(2017, 1, 1), "VEN", None),
        ("Biden", date(2023, 1, 1), "USAGOV", "president"),
        ("Putin", date(2010, 1, 1), "RUSGOV", "prime minister"),
        ("Xi Jinping", date(2020, 1, 1), "CHNGOV", "president"),
    ],
)
def test_people_roles_depend_on_date(resolver: ActorResolver, name: str, when: date, code: str,
                                     role: str | None) -> None:
    res = resolver.lookup(name, when)
    assert res is not None
    assert (res.code, res.role) == (code, role)


def test_role_change_keeps_one_entity(resolver: ActorResolver) -> None:
    before = resolver.lookup("Erdogan", date(2010, 1, 1))
    after = resolver.lookup("Erdogan", date(2015, 1, 1))
    assert before and after
    assert before.entity_id == after.entity_id == "person:recep-tayyip-erdogan"
    assert (before.valid_until, after.valid_from) == (date(2014, 8, 28), date(2014, 8, 28))


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Berlin", date(2019, 1, 1), "DEU"), ("Berlin", date(1985, 1, 1), "DDR"),
        ("Prague", date(2019, 1, 1), "CZE"), ("Prague", date(1985, 1, 1), "CSK"),
        ("East Germany", date(1985, 1, 1), "DDR"),
    ],
)
def test_dissolved_states_share_names_by_date(resolver: ActorResolver, name: str, when: date, code: str) -> None:
    """A capital shared with a successor state names the state that existed on the date."""
    res = resolver.lookup(name, when)
    assert res is not None and res.code == code


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Boris Yeltsin", date(1995, 1, 1), "RUSGOV"),
        ("Nicolae Ceausescu", date(1985, 1, 1), "ROUGOV"),
        ("Mikhail Gorbachev", date(1988, 1, 1), "RUSGOV"),
    ],
)
def test_archigos_leaders_use_our_country_codes(resolver: ActorResolver, name: str, when: date, code: str) -> None:
    """Archigos' CAMEO-manual codes (USR, ROM) become the Phoenix codes our states carry (RUS, ROU)."""
    res = resolver.lookup(name, when)
    assert res is not None and res.code == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Burma", "MMR"), ("Myanmar", "MMR"),
        ("Ivory Coast", "CIV"), ("Russia", "RUS"), ("Iran", "IRN"), ("Syria", "SYR"),
        ("South Korea", "KOR"), ("North Korea", "PRK"), ("Venezuelan", "VEN"), ("Turkish", "TUR"),
        ("Ankara", "TUR"), ("Caracas", "VEN"), ("Moscow", "RUS"), ("Beijing", "CHN"), ("Washington", "USA"),
        ("the White House", "USAGOV"), ("Kremlin", "RUSGOV"), ("the Pentagon", "USAMIL"),
        ("Bhutan", "BTN"), ("Kiribati", "KIR"), ("Paraguay", "PRY"), ("Mongolian", "MNG"),
    ],
)
def test_states_aliases_demonyms_capitals_seats(resolver: ActorResolver, name: str, code: str) -> None:
    res = resolver.lookup(name, date(2017, 10, 9))
    assert res is not None and res.code == code


def test_every_un_member_resolves_by_its_iso_name(resolver: ActorResolver) -> None:
    import pycountry

    missing = []
    for c in pycountry.countries:
        if c.alpha_3 in {"ATA", "BVT", "HMD", "UMI", "ATF", "IOT", "SGS", "ESH"}:
            continue
        res = resolver.lookup(getattr(c, "common_name", c.name), None)
        if res is None:
            missing.append(c.name)
    # territories without a CAMEO code may be missing; member states may not
    for name in ("Turkey", "Venezuela, Bolivarian Republic of", "Viet Nam", "Tanzania, United Republic of"):
        assert name not in missing


@pytest.mark.parametrize(
    ("name", "code"),
    [("NATO", "IGOWSTNAT"), ("United Nations", "IGOUNO"), ("European Union", "IGOEUREEC"), ("G20", "IGOG20"),
     ("OPEC", "IGOOPC"), ("African Union", "IGOAFRAFU"), ("Arab League", "IGOMEAARL"), ("OAS", "IGOOAS"),
     ("PKK", "TURREB"), ("YPG", "SYRREB"), ("SDF", "SYRREB"), ("Daesh", "IMGMUSISI"), ("ISIL", "IMGMUSISI"),
     ("KRG", "IRQGOV"), ("Hezbollah", "LBNREB"), ("Hamas", "PSEREBHMS"), ("FARC", "COLREB")],
)
def test_organisations_and_groups(resolver: ActorResolver, name: str, code: str) -> None:
    res = resolver.lookup(name, date(2017, 10, 9))
    assert res is not None and res.code == code
    assert res.country is None or res.country == code[:3]


def test_phoenix_people_come_with_their_dates(resolver: ActorResolver) -> None:
    # From the Phoenix dictionaries, not our curated list.
    lavrov = resolver.lookup("Sergey Lavrov", date(2015, 1, 1))
    assert lavrov is not None and lavrov.code == "RUSGOV"
    ecevit = resolver.lookup("Bulent Ecevit", date(2000, 1, 1))
    assert ecevit is not None and ecevit.code == "TURGOV"
    assert ecevit.source.startswith("phoenix.jsonl:")


def test_unknown_name_is_none(resolver: ActorResolver) -> None:
    assert resolver.lookup("Zzyzx Quarble", date(2017, 1, 1)) is None


def test_packaged_data_validates_and_matches_the_trusted_load(resolver: ActorResolver) -> None:
    from realpolitik.actors.entries import LoadReport
    from realpolitik.actors.loader import load_packaged

    checked = LoadReport()
    load_packaged(checked, validate=True)
    assert checked.problems == []
    fast = LoadReport()
    load_packaged(fast)
    assert fast.entries == checked.entries


def test_at_date_moves_a_person_to_another_date(resolver: ActorResolver) -> None:
    res = resolver.lookup("Trump", date(2018, 1, 1))
    assert res is not None
    actor = res.to_actor("Trump")
    later = resolver.at_date(actor, date(2022, 1, 1))
    assert (later.code, later.sector, later.entity_id) == ("USA", None, "person:donald-trump")
    state = resolver.lookup("Turkey", None)
    assert state is not None
    turkey = state.to_actor("Turkey")
    assert resolver.at_date(turkey, date(1990, 1, 1)) is turkey
