"""Directory walking is lazy (one directory listed at a time) yet keeps the sorted-path order."""

from __future__ import annotations

from pathlib import Path

from realpolitik.sources.reader import walk_directory


def test_walk_yields_known_files_in_sorted_path_order_one_directory_at_a_time(tmp_path: Path) -> None:
    for rel in ("b.txt", "a/z.txt", "a/b/c.jsonl", "a.txt", "a0/x.html", ".hidden/h.txt", "a/.h.txt", "n.pdf"):
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("Turkey signed an agreement with Venezuela.\n", encoding="utf-8")
    skipped: list[str] = []
    walk = walk_directory(tmp_path, lambda path, why: skipped.append(Path(path).name))
    first = next(walk)
    assert first == tmp_path / "a" / "b" / "c.jsonl"
    # a0/ is listed only when the walk reaches it, so a file added there now is still found
    (tmp_path / "a0" / "y.txt").write_text("Russia sent aid to Venezuela.\n", encoding="utf-8")
    rest = list(walk)
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".pdf"
                      and not any(part.startswith(".") for part in p.relative_to(tmp_path).parts))
    assert [first, *rest] == expected and tmp_path / "a0" / "y.txt" in rest
    assert skipped == ["n.pdf"]
