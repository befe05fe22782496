"""Store writer speed: our Arrow batch writer against row-by-row ``executemany`` inserts.

Both write the same synthetic coded articles (hand-built values, no NLP) into fresh DuckDB files,
in transactions of the same size, and both maintain the deduplicated ``events`` table; the ratio
printed is baseline time / writer time (higher is better).

    .venv/bin/python benchmarks/store_write.py [N_ARTICLES]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from realpolitik.model import Actor, Article, CodedArticle, CodedEvent
from realpolitik.store import open_store
from realpolitik.store.rows import ARTICLE_SCHEMA, MENTION_SCHEMA, article_row, mention_row
from realpolitik.store.writer import _refresh_events

CODES = ["TUR", "VEN", "USA", "RUS", "CHN", "TURGOV", "VENGOV", "USAMIL"]
EVENTS = ["042", "043", "057", "163", "070", "111", "036", "041"]
BATCH = 64
RESULTS = Path(__file__).resolve().parent / "results" / "store_write.json"


def make_articles(n: int, events_per_article: int = 4) -> list[CodedArticle]:
    out: list[CodedArticle] = []
    for i in range(n):
        text = f"Article {i}. " + "Turkey and Venezuela signed agreements. " * 8
        article = Article(text=text, title=f"Story {i}", source=f"Outlet {i % 7}", published=date(2017, 10, 9))
        evs = []
        for j in range(events_per_article):
            a, b = CODES[(i + j) % 8], CODES[(i + j + 3) % 8]
            src = Actor(text=a, code=a, entity_id=f"e:{a}")
            tgt = Actor(text=b, code=b, entity_id=f"e:{b}")
            code = EVENTS[(i * 3 + j) % 8]
            ev = CodedEvent(evidence=f"Sentence {j}.", sentence_index=j, char_start=j * 10, char_end=j * 10 + 9,
                            source=src, target=tgt, event_code=code, root_code=code[:2], base_code=code[:3],
                            quad_class=1, goldstein=1.0, event_date=date(2017, 1, 1) + timedelta(days=i % 90),
                            date_precision="day", confidence=0.7)
            evs.append(replace(ev, doc_id=article.doc_id))
        out.append(CodedArticle(article, evs, n_sentences=9))
    return out


def ours(db: Path, items: list[CodedArticle]) -> float:
    with open_store(db) as store:
        start = time.perf_counter()
        for k in range(0, len(items), BATCH):
            store.write_batch(items[k:k + BATCH])
        return time.perf_counter() - start


def baseline(db: Path, items: list[CodedArticle]) -> float:
    """Row-by-row parameterised inserts (executemany), same event recomputation."""
    from datetime import datetime

    a_cols = ARTICLE_SCHEMA.names
    m_cols = MENTION_SCHEMA.names
    a_sql = f"INSERT INTO articles ({', '.join(a_cols)}) VALUES ({', '.join('?' * len(a_cols))})"
    m_sql = f"INSERT OR IGNORE INTO mentions ({', '.join(m_cols)}) VALUES ({', '.join('?' * len(m_cols))})"
    with open_store(db) as store:
        con = store.con
        start = time.perf_counter()
        for k in range(0, len(items), BATCH):
            batch = items[k:k + BATCH]
            now = datetime.now()
            con.execute("BEGIN")
            mentions = [mention_row(e, it.doc_id) for it in batch for e in it.events]
            con.executemany(a_sql, [[article_row(it, len(it.events), now)[c] for c in a_cols] for it in batch])
            con.executemany(m_sql, [[m[c] for c in m_cols] for m in mentions])
            _refresh_events(con, sorted({m["event_id"] for m in mentions}))
            con.execute("COMMIT")
        return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    items = make_articles(n)
    with tempfile.TemporaryDirectory() as tmp:
        t_base = baseline(Path(tmp) / "base.duckdb", items)
        t_ours = ours(Path(tmp) / "ours.duckdb", items)
    mentions = sum(len(i.events) for i in items)
    print(f"articles: {n}, mentions: {mentions}, batch size: {BATCH}")
    print(f"baseline (executemany rows): {t_base:.2f} s  ({n / t_base:,.0f} articles/s)")
    print(f"realpolitik writer (Arrow):  {t_ours:.2f} s  ({n / t_ours:,.0f} articles/s)")
    print(f"speed-up: {t_base / t_ours:.1f}x")
    result = {"articles": n, "mentions": mentions, "batch": BATCH, "executemany_s": round(t_base, 3),
              "writer_s": round(t_ours, 3), "writer_articles_per_s": round(n / t_ours),
              "speedup": round(t_base / t_ours, 1)}
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
