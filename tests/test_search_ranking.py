"""The ranked search query: exact bm25 ranking while a query matches up to 2,000 articles,
the most relevant among the 2,000 most recently stored matches beyond that."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from crawler import store, store_commit
from feeds.search import fts_query

METADATA = Path(__file__).resolve().parent.parent / "datasette-metadata.json"


def ranked_sql() -> str:
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    return meta["databases"]["unionwatch"]["queries"]["search"]["sql"]


def fill(path: Path, common: int, rare: int) -> None:
    db = store.open_db(path)
    store_commit.group_commits(db, rows=500)
    for i in range(common):
        rare_words = " Mái ấm công đoàn trao tặng." * (1 + i % 7) if i < rare else ""
        store.save_article(db, {
            "url": f"http://portal.example.vn/tin/{i}", "source_id": "s1",
            "title": f"Hoạt động công đoàn số {i}", "published": f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}",
            "text": "Liên đoàn Lao động tỉnh tổ chức hội nghị đoàn viên." * (1 + i % 5) + rare_words,
        })
    store_commit.flush(db)


def run(path: Path, query: str) -> list[int]:
    conn = sqlite3.connect(path)
    conn.create_function("escape_fts", 1, fts_query)
    conn.create_function("uw_highlight", 2, lambda text, q: text)
    conn.create_function("uw_snippet", 2, lambda text, q: text[:50])
    rows = conn.execute(ranked_sql(), {"q": query}).fetchall()
    ids = [r[0] for r in rows]
    return [conn.execute("SELECT rowid FROM articles WHERE id = ?", [i]).fetchone()[0] for i in ids]


def exact(path: Path, query: str) -> set[int]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0, 1.0) LIMIT 50",
        [fts_query(query)],
    ).fetchall()
    return {r[0] for r in rows}


def test_ranking_is_exact_below_two_thousand_matches_and_recent_beyond(tmp_path):
    path = tmp_path / "u.db"
    fill(path, common=2300, rare=300)
    rare = run(path, "mái ấm công đoàn")
    assert len(rare) == 50 and set(rare) == exact(path, "mái ấm công đoàn")
    common = run(path, "liên đoàn lao động")
    assert len(common) == 50
    assert min(common) > 300  # among the newest 2,000 of the 2,300 matches
