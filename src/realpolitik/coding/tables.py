"""Reading the packaged TSV data files (comment lines start with ``#``; first other line is the header)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    """Path of a file in ``realpolitik/coding/data`` (the package ships them next to the code)."""
    return Path(str(resources.files("realpolitik.coding").joinpath("data", name)))


def read_tsv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for each data row; comments and blank lines are skipped."""
    with path.open(encoding="utf-8", newline="") as fh:
        header: list[str] | None = None
        for lineno, line in enumerate(fh, start=1):
            text = line.rstrip("\n").rstrip("\r")
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            cells = next(csv.reader([text], delimiter="\t"))
            if header is None:
                header = [c.strip() for c in cells]
                continue
            cells += [""] * (len(header) - len(cells))
            yield (
                lineno,
                {h: cells[i].strip() for i, h in enumerate(header)}
                | ({"__extra__": "\t".join(cells[len(header) :])} if len(cells) > len(header) else {}),
            )
