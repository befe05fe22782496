import csv
from pathlib import Path

from realpolitik.coding import cameo, plover
from tests.conftest import DATA, REPO


def _shared_codes() -> list[dict[str, str]]:
    with (DATA / "cameo" / "eventcodes.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_shared_cameo_code_is_in_our_table_with_its_scores() -> None:
    rows = _shared_codes()
    assert len(rows) == 312
    for row in rows:
        entry = cameo.lookup(row["code"])
        assert entry is not None, row["code"]
        assert entry.goldstein == float(row["goldstein"])
        assert entry.quad_class == int(row["quadclass"])
        assert entry.root == row["code"][:2]


def test_lookup_helpers_and_fallback_to_parent_code() -> None:
    assert cameo.name("042") == "Make a visit"
    assert cameo.goldstein("163") == -8.0
    assert cameo.quad_class("163") == 4
    assert cameo.root_code("0211") == "02" and cameo.base_code("0211") == "021"
    child = cameo.lookup("0429")
    assert child is not None and child.base == "042" and child.quad_class == 1
    assert cameo.lookup("99") is None
    assert {cameo.quad_class_of_root(r) for r in ("01", "05", "06", "09", "10", "14", "15", "20")} == {1, 2, 3, 4}


def test_plover_mapping_gives_type_mode_and_context() -> None:
    assert plover.to_plover("041") == ("CONSULT", "phone", None)
    assert plover.to_plover("042")[:2] == ("CONSULT", "visit")
    assert plover.plover_type("163") is not None
    assert plover.to_plover("0311")[0] == "AGREE" and plover.to_plover("0311")[2] == "economic"
    assert plover.to_plover("010") == (None, None, None)  # PLOVER does not code statements


def test_build_scripts_reproduce_the_packaged_tables(tmp_path: Path) -> None:
    import importlib.util

    for script, name in (
        ("build_cameo.py", "cameo.tsv"),
        ("build_plover.py", "plover.tsv"),
        ("build_patterns.py", "patterns_cameo2.tsv"),
    ):
        spec = importlib.util.spec_from_file_location(script[:-3], REPO / "scripts" / script)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out = tmp_path / name
        module.build(REPO.parent / "shared", out)
        packaged = REPO / "src" / "realpolitik" / "coding" / "data" / name
        assert out.read_text(encoding="utf-8") == packaged.read_text(encoding="utf-8"), script
