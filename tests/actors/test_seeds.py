"""Every mention of the listed names in the seed articles resolves to the right actor."""

from datetime import date

import pytest

from realpolitik.nlp.extensions import ACTOR_SPANS
from tests.conftest import SEEDS

SEED_003 = ("003_472764142b3a9927.txt", date(2017, 10, 9))
SEED_000 = ("000_a76e36512f66a408.txt", date(2025, 6, 1))

# surface word that must be covered by an actor span → acceptable codes for that span
EXPECTED = {
    "Erdogan": {"TURGOV"},
    "Maduro": {"VENGOV"},
    "Mattis": {"USAMIL", "USAGOV"},
    "Trump": {"USAGOV"},
    "Ankara": {"TUR", "TURGOV"},
    "Caracas": {"VEN", "VENGOV"},
    "Washington": {"USA", "USAGOV"},
    "Moscow": {"RUS", "RUSGOV"},
    "Beijing": {"CHN", "CHNGOV"},
    "KRG": {"IRQGOV"},
    "PKK": {"TURREB"},
    "Daesh": {"IMGMUSISI"},
    "Kurds": {"SYRKUR"},
}


@pytest.mark.parametrize("seed", [SEED_003, SEED_000], ids=["003", "000"])
def test_seed_mentions_resolve(parse, seed) -> None:
    name, published = seed
    doc = parse((SEEDS / name).read_text(encoding="utf-8"), published)
    spans = list(doc.spans[ACTOR_SPANS])
    checked = 0
    for tok in doc:
        word = tok.text
        if word not in EXPECTED:
            continue
        if word == "Kurds" and doc[tok.i - 1].text != "Syrian":
            continue
        holder = [s for s in spans if s.start <= tok.i < s.end]
        assert holder, f"{word!r} at token {tok.i} ({tok.sent.text!r}) is in no actor span"
        got = {a.code for a in holder[0]._.rp_actors}
        assert got & EXPECTED[word], f"{word!r} in {holder[0].text!r} resolved to {got}"
        checked += 1
    assert checked >= (40 if name.startswith("003") else 12)


def test_seed_003_has_every_listed_name() -> None:
    text = (SEEDS / SEED_003[0]).read_text(encoding="utf-8")
    for word in ("Erdogan", "Maduro", "Mattis", "Trump", "Ankara", "Caracas", "Washington", "Moscow", "Beijing",
                 "KRG", "PKK", "Daesh", "Syrian Kurds"):
        assert word in text
