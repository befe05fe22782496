"""Convert the shared international-relations tables into the compact files analysis/ ships.

Run: ``python scripts/build_politics.py [--shared ../shared/data] [--out src/realpolitik/analysis/data]``.

The shared tables are keyed by COW/G-W state numbers; the analyses speak CAMEO country codes, so
this script re-keys every table by CAMEO code once, keeps only the columns the scoring uses and
writes small TSV files (with a header) that the package reads without pandas. Sources and required
citations are listed in NOTICE (ATOP 5.1, COW contiguity 3.2, COW IGO 3.0, COW states v2016,
Gleditsch–Ward, Archigos 4.1, peacesciencer capitals with OSM/GeoNames coordinates).
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t")


def write_tsv(path: Path, header: list[str], rows: Sequence[Sequence[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print(f"{path.name}: {len(rows)} rows")


def cow_to_cameo(politics: Path) -> dict[str, str]:
    return {r["cow_code"]: r["cameo"] for r in read_tsv(politics / "country_codes.tsv") if r["cow_code"]}


def build_countries(politics: Path, out: Path) -> None:
    capitals: dict[str, dict[str, str]] = {}
    for r in read_tsv(politics / "capitals.tsv"):
        key = r["cow_code"] or f"gw{r['gw_code']}"
        if key not in capitals or r["end_date"] >= capitals[key]["end_date"]:
            capitals[key] = r
    rows: list[list[object]] = []
    for r in read_tsv(politics / "country_codes.tsv"):
        if not r["cameo"]:
            continue
        key = r["cow_code"] or f"gw{r['gw_code']}"
        cap = capitals.get(key, {})
        rows.append([r["cameo"], r["iso3"], r["cow_code"], r["gw_code"], r["name"], r["cow_start"],
                     r["cow_end"], cap.get("capital", ""), cap.get("lat", ""), cap.get("lon", "")])
    write_tsv(out / "countries.tsv",
              ["cameo", "iso3", "cow_code", "gw_code", "name", "cow_start", "cow_end", "capital", "lat", "lon"],
              rows)


def build_alliances(politics: Path, out: Path, cameo: dict[str, str]) -> None:
    rows: list[list[object]] = []
    for r in read_tsv(politics / "alliances.tsv"):
        a, b = cameo.get(r["ccode1"]), cameo.get(r["ccode2"])
        if a and b:
            rows.append([*sorted((a, b)), int(r["start_year"]), int(r["end_year"]), r["type"]])
    write_tsv(out / "alliances.tsv", ["a", "b", "start_year", "end_year", "type"], rows)


def build_contiguity(politics: Path, out: Path, cameo: dict[str, str]) -> None:
    rows: list[list[object]] = []
    for r in read_tsv(politics / "contiguity.tsv"):
        a, b = cameo.get(r["ccode1"]), cameo.get(r["ccode2"])
        if a and b:
            rows.append([*sorted((a, b)), int(r["conttype"]), r["type"], int(r["start"][:4]), int(r["end"][:4])])
    write_tsv(out / "contiguity.tsv", ["a", "b", "conttype", "type", "start_year", "end_year"], rows)


def build_igos(politics: Path, out: Path, cameo: dict[str, str]) -> None:
    rows: list[list[object]] = []
    for r in read_tsv(politics / "igo_membership.tsv"):
        code = cameo.get(r["ccode"])
        if code and r["status"] == "full":
            rows.append([code, r["igo"], int(r["start_year"]), int(r["end_year"])])
    write_tsv(out / "igo_membership.tsv", ["cameo", "igo", "start_year", "end_year"], rows)
    igos = [[r["igo"], r["orgname"], r["start_year"], r["end_year"], r["political"], r["n_full_members_2014"]]
            for r in read_tsv(politics / "igo_list.tsv")]
    write_tsv(out / "igos.tsv", ["igo", "name", "start_year", "end_year", "political", "n_members_2014"], igos)


def build_leaders(politics: Path, out: Path) -> None:
    rows = [[r["cameo"], r["leader"], r["startdate"], r["enddate"], r["exit"], r["posttenurefate"]]
            for r in read_tsv(politics / "leaders.tsv") if r["cameo"]]
    write_tsv(out / "leaders.tsv", ["cameo", "leader", "startdate", "enddate", "exit", "posttenurefate"], rows)


def build_event_codes(cameo_dir: Path, out: Path) -> None:
    rows = [[r["code"], r["name"], r["goldstein"], r["quadclass"]] for r in read_tsv(cameo_dir / "eventcodes.tsv")]
    write_tsv(out / "event_codes.tsv", ["code", "name", "goldstein", "quadclass"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "realpolitik" / "analysis" / "data")
    args = parser.parse_args()
    politics = args.shared / "politics"
    args.out.mkdir(parents=True, exist_ok=True)
    cameo = cow_to_cameo(politics)
    build_countries(politics, args.out)
    build_alliances(politics, args.out, cameo)
    build_contiguity(politics, args.out, cameo)
    build_igos(politics, args.out, cameo)
    build_leaders(politics, args.out)
    build_event_codes(args.shared / "cameo", args.out)


if __name__ == "__main__":
    main()
