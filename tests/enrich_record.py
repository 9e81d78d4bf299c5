"""What `enrich --all` writes to a small generated store, recorded table by table.

``small_store`` builds 247 articles: 240 generated ones, six republished by another portal and two
citing documents the catalog does not know. ``checksums`` digests every row enrich writes, table
by table, in rowid order with the rowid (so ids and the order of inserts count, not only contents;
copy links, written in no fixed order, by article).
tests/test_enrich_workers.py holds `enrich --all` to the recording in tests/data/enrich_recorded.json,
made with the code of the time; record again, after a deliberate change of what enrich writes, with
``python -m tests.enrich_record``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from bench.synthetic import generate
from crawler import store

RECORDING = Path(__file__).parent / "data" / "enrich_recorded.json"
# Every table enrich writes (the articles' columns it sets), read in rowid order.
WRITTEN = {
    "articles": "rowid, id, tagged_hash, resolutions, units, province, province_new, copy_of, copies, "
                "syndication, targets_hash",
    "article_resolutions": "rowid, *", "article_units": "rowid, *", "resolutions": "rowid, *",
    "units": "rowid, *", "targets": "rowid, *", "article_signatures": "rowid, *",
    "sources": "rowid, id, province, province_new",
}
# Copy links are written in the order of a set of ids, which changes from process to process:
# read by article.
BY_ARTICLE = {"article_copies": "article_id, canonical_id, similarity, cluster_size"}
EXTRA = [  # a discovered plan and a discovered provincial resolution
    ("Triển khai Kế hoạch số 57-KH/LĐLĐ",
     "Thực hiện Kế hoạch số 57-KH/LĐLĐ ngày 3/2/2024 của Liên đoàn Lao động tỉnh và Nghị quyết số 77-NQ/TU "
     "của Tỉnh ủy Hà Nam, năm 2024 phấn đấu phát triển mới 1.200 đoàn viên, thành lập 12 công đoàn cơ sở."),
]


def small_store(path: Path) -> Path:
    """240 generated articles, a few republished by another portal, two citing unknown codes."""
    db = store.open_db(path)
    generate(db, 240, seed=3, n_sources=40)
    sources = [r[0] for r in db.execute("SELECT id FROM sources ORDER BY id").fetchall()]
    originals = db.execute("SELECT title, text, published, source_id FROM articles ORDER BY rowid LIMIT 6").fetchall()
    for n, (title, text, published, source_id) in enumerate(originals):
        other = next(s for s in sources if s != source_id)
        store.save_article(db, {"url": f"http://copy.example/{n}", "source_id": other, "title": title,
                                "text": f"(Theo công đoàn) {text}", "published": published})
    for n, (title, text) in enumerate(EXTRA):
        store.save_article(db, {"url": f"http://extra.example/{n}", "source_id": sources[0], "title": title,
                                "text": text, "published": "2024-03-01T08:00:00+07:00"})
    # The copies were saved now: one fixed moment per article instead, so that which of two
    # copies of one day is the original does not depend on the clock.
    with db.conn:
        db.conn.execute("UPDATE articles SET first_seen = strftime('%Y-%m-%dT%H:%M:%S+07:00', "
                        "'2024-06-01', '+' || rowid || ' seconds')")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


def checksums(path: Path) -> dict[str, list]:
    """(rows, SHA-1 of their repr in rowid order) of every table enrich writes."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table, columns in WRITTEN.items():
            digest, count = hashlib.sha1(), 0
            for row in conn.execute(f"SELECT {columns} FROM {table} ORDER BY rowid"):
                digest.update(repr(row).encode())
                count += 1
            out[table] = [count, digest.hexdigest()]
        for table, columns in BY_ARTICLE.items():
            rows = conn.execute(f"SELECT {columns} FROM {table} ORDER BY article_id").fetchall()
            out[table] = [len(rows), hashlib.sha1(repr(rows).encode()).hexdigest()]
        return out
    finally:
        conn.close()


def enriched(source: Path, path: Path, workers: int) -> Path:
    """A copy of ``source`` after `enrich --all` with ``workers`` processes."""
    from enrich.run import enrich_store

    shutil.copyfile(source, path)
    db = store.open_db(path)
    enrich_store(db, everything=True, workers=workers)
    db.conn.close()
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = small_store(Path(tmp) / "store.db")
        recorded = checksums(enriched(source, Path(tmp) / "enriched.db", workers=2))
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else RECORDING
    out.write_text(json.dumps(recorded, indent=1) + "\n")
    print(f"{out}: {', '.join(f'{t} {n}' for t, (n, _) in recorded.items())}")


if __name__ == "__main__":
    main()
