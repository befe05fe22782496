"""``code_on_cluster``: partitions come back in input order, as they finish, with bounded work in flight."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from realpolitik.model import Article
from realpolitik.settings import Settings
from realpolitik.sources.count import count_articles

TEXTS = [
    "Turkey and Venezuela signed four agreements.",
    "Russia sent aid to Venezuela.",
    "The United States imposed sanctions on Venezuela.",
    "China criticized the United States.",
    "Japan hosted the Indian prime minister.",
]


def test_partitions_come_back_in_order_with_bounded_flight() -> None:
    from distributed import Client, LocalCluster

    from realpolitik.distributed import code_on_cluster

    articles = [Article(text=t, published=date(2019, 3, 1)) for t in TEXTS]
    submitted: list[int] = []

    def partitions():
        for i, a in enumerate(articles):
            submitted.append(i)
            yield [a]

    done: list[int] = []
    seen_when_done: list[int] = []
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        out = []
        for n, tables in code_on_cluster(client, partitions(), Settings(), on_done=done.append, max_in_flight=2):
            out.append((n, tables))
            seen_when_done.append(len(submitted))
    assert [t.doc_ids for _, t in out] == [[a.doc_id] for a in articles]
    assert done == [1] * len(articles) and all(n == 1 for n, _ in out)
    # never more than two partitions in flight, plus the tail look-ahead (one per worker thread),
    # read ahead of what was handed back
    assert all(s <= k + 2 + 2 for k, s in enumerate(seen_when_done, start=1))
    assert sum(t.mentions.num_rows for _, t in out) >= 4


def test_the_last_partitions_are_cut_into_pieces_that_shrink_with_the_work_left() -> None:
    from realpolitik.distributed.runner import guided_tail

    articles = [Article(text=f"Text {i}.") for i in range(69)]
    parts = [articles[i:i + 20] for i in range(0, 69, 20)]  # 20, 20, 20, 9
    read: list[int] = []

    def source():
        for i, part in enumerate(parts):
            read.append(i)
            yield part

    out = []
    for piece in guided_tail(source(), lookahead=2, workers=2, min_piece=2):
        assert len(read) <= len(out) + 3  # at most the look-ahead beyond what was handed out
        out.append(piece)
    # the last two partitions (29 articles) go out in pieces of a quarter of what is left, at least 2,
    # none spanning two partitions
    assert [len(p) for p in out] == [20, 20, 8, 6, 4, 2, 3, 2, 2, 2]
    assert [a for p in out for a in p] == articles
    assert [len(p) for p in guided_tail(iter(parts[:1]), lookahead=2, workers=1, min_piece=4)] == [10, 5, 4, 1]
    assert list(guided_tail(iter([]), lookahead=2, workers=2)) == []


@pytest.mark.parametrize("stdin", [False, True])
def test_count_articles(tmp_path: Path, stdin: bool) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    paths = [str(tmp_path)] + (["-"] if stdin else [])
    assert count_articles(paths) == (None if stdin else 3)
    assert count_articles([str(tmp_path)], max_bytes=3) is None


def test_local_workers_keep_glibc_memory_thresholds_and_one_blas_thread() -> None:
    import os

    from realpolitik.distributed import open_client

    def environ() -> tuple[str | None, str | None]:
        return os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS")

    lines: list[str] = []
    with open_client(Settings(workers=1), lines.append) as client:
        seen = client.run(environ)
    assert list(seen.values()) == [(None, "1")]
    assert lines and "1 worker process(es)" in lines[0]
