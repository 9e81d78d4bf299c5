"""`unionwatch enrich --all` re-tags the store from the catalog, idempotently, with evidence offsets."""

import csv

from crawler import store
from enrich.catalog import RESOLUTIONS_CSV
from tests.conftest import run_cli

ARTICLES = [
    ("http://ldld.example.vn/tin/1", "Quán triệt Nghị quyết số 02-NQ/TW",
     "Sáng 24/2, LĐLĐ tỉnh quán triệt Nghị quyết số 02-NQ/TW, ngày 12/6/2021 của Bộ Chính trị và "
     "Chương trình số 13-CTr/TU của Ban Thường vụ Tỉnh ủy Sóc Trăng.", "2022-02-24T08:00:00+07:00"),
    ("http://ldld.example.vn/tin/2", "Hội nghị sơ kết",
     "Nghị quyết 02 của Bộ Chính trị đã đi vào cuộc sống; Nghị quyết Đại hội XIII Công đoàn Việt Nam "
     "được triển khai.", "2024-05-10T08:00:00+07:00"),
    ("http://ldld.example.vn/tin/3", "Kế hoạch của LĐLĐ huyện",
     "Kế hoạch số 45/KH-LĐLĐ ngày 3/3/2023 của LĐLĐ huyện về Tháng Công nhân.", "2023-03-10T08:00:00+07:00"),
]


def _store(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    for url, title, text, published in ARTICLES:
        store.save_article(db, {"url": url, "source_id": "s1", "title": title, "text": text, "published": published})
    return path


def _tags(path):
    db = store.open_db(path)
    return db.execute(
        "SELECT a.url, r.resolution_key, r.code, r.method, r.evidence, r.evidence_start, r.evidence_end, a.text "
        "FROM article_resolutions r JOIN articles a ON a.id = r.article_id ORDER BY a.url, r.resolution_key"
    ).fetchall()


def _row(path, key):
    return store.open_db(path).execute("SELECT discovered, verified FROM resolutions WHERE key = ?", [key]).fetchone()


def _write_catalog(path, drop=()):
    with RESOLUTIONS_CSV.open(encoding="utf-8", newline="") as src:
        rows = list(csv.DictReader(src))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(r for r in rows if r["key"] not in drop)


def _enrich(db_path, catalog):
    result = run_cli("enrich", "--all", "--db", str(db_path), env={"UNIONWATCH_RESOLUTIONS_CSV": str(catalog)})
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_enrich_all_is_idempotent_and_follows_catalog_changes(tmp_path):
    db_path, catalog = _store(tmp_path), tmp_path / "resolutions.csv"
    _write_catalog(catalog)
    _enrich(db_path, catalog)
    first = _tags(db_path)
    assert {(t[0][-1], t[2], t[3]) for t in first} == {
        ("1", "02-NQ/TW", "exact"), ("1", "13-CTr/TU", "exact"), ("2", "02-NQ/TW", "short-form"),
        ("2", "DH-XIII-CDVN", "congress"), ("3", "45/KH-LĐLĐ", "exact"),
    }
    for *_, evidence, start, end, text in first:
        assert text[start:end] == evidence
    assert _row(db_path, "45/KH-LĐLĐ@2023") == (1, 0)  # cited in full, not in the catalog

    _enrich(db_path, catalog)
    assert _tags(db_path) == first

    _write_catalog(catalog, drop={"02-NQ/TW@2021"})
    _enrich(db_path, catalog)
    without = _tags(db_path)
    assert [(t[0][-1], t[1], t[3]) for t in without if t[2] == "02-NQ/TW"] == [("1", "02-NQ/TW@2021", "exact")]
    assert _row(db_path, "02-NQ/TW@2021") == (1, 0)  # now a discovered document
    assert {t[2] for t in without} == {"02-NQ/TW", "13-CTr/TU", "DH-XIII-CDVN", "45/KH-LĐLĐ"}

    _write_catalog(catalog)
    _enrich(db_path, catalog)
    assert _tags(db_path) == first
    assert _row(db_path, "02-NQ/TW@2021") == (0, 1)


def test_a_removed_row_nobody_cites_in_full_disappears(tmp_path):
    db_path, catalog = _store(tmp_path), tmp_path / "resolutions.csv"
    _write_catalog(catalog)
    _enrich(db_path, catalog)
    assert _row(db_path, "DH-XIII-CDVN@2023") == (0, 1)
    _write_catalog(catalog, drop={"DH-XIII-CDVN@2023"})
    _enrich(db_path, catalog)
    assert _row(db_path, "DH-XIII-CDVN@2023") is None
    assert "DH-XIII-CDVN" not in {t[2] for t in _tags(db_path)}
