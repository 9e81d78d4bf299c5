import sqlite3

from sqlite_utils import Database

from crawler import store, store_pub
from crawler.migrations import migrations


def article(**kw):
    values = {
        "url": "http://portal.example.vn/tin/1",
        "source_id": "s1",
        "title": "Liên đoàn Lao động tỉnh Sóc Trăng triển khai Nghị quyết 02",
        "text": "Sáng ngày 24.2, Liên đoàn Lao động tỉnh đã tổ chức Hội nghị.",
        "published": "2022-02-24T08:00:00+07:00",
        "author": "Anh Khoa",
    }
    values.update(kw)
    return values


def test_migrations_are_idempotent_and_wal_is_on(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    migrations.apply(db)
    store.open_db(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r["name"] for r in db["_sqlite_migrations"].rows]
    assert len(names) == len(set(names)) == len(migrations.pending(Database(memory=True)))
    assert migrations.pending(db) == []


def test_migrations_register_in_number_order():
    names = [m.name for m in migrations.pending(Database(memory=True))]
    assert names == sorted(names) and names[0].startswith("m001_")
    assert [int(n[1:4]) for n in names] == list(range(1, len(names) + 1))  # no gap, no duplicate number


def test_save_new_unchanged_changed_keeps_versions(fresh_db):
    assert store.save_article(fresh_db, article()) == store.NEW
    assert store.save_article(fresh_db, article()) == store.UNCHANGED
    assert store.save_article(fresh_db, article(text="Nội dung đã sửa.")) == store.CHANGED
    row = fresh_db.execute("SELECT version, text, year, month FROM articles").fetchone()
    assert row == (2, "Nội dung đã sửa.", 2022, "2022-02")
    versions = fresh_db.execute("SELECT version, text FROM article_versions ORDER BY version").fetchall()
    assert [v[0] for v in versions] == [1, 2]
    assert versions[0][1].startswith("Sáng ngày 24.2")


def test_article_id_is_stable():
    assert store.article_id("http://a/b") == store.article_id("http://a/b")
    assert len(store.article_id("http://a/b")) == 16


def test_search_with_and_without_diacritics(fresh_db):
    store.save_article(fresh_db, article())
    def search(q):
        return fresh_db.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [q]
        ).fetchone()[0]
    assert search('"liên đoàn lao động"') == 1
    assert search('"lien doan lao dong"') == 1
    assert search("soc trang") == 1
    assert search("LIÊN ĐOÀN") == 1
    assert search("hà nội") == 0


def test_fts_follows_edits(fresh_db):
    store.save_article(fresh_db, article())
    store.save_article(fresh_db, article(text="Công đoàn cơ sở phát triển đoàn viên."))
    count = fresh_db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'doan vien'").fetchone()[0]
    assert count == 1
    assert fresh_db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'soc'").fetchone()[0] == 1


def test_replace_tags_sets_arrays(fresh_db):
    store.save_article(fresh_db, article())
    aid = store.article_id(article()["url"])
    store.load_rows(fresh_db, "resolutions", [{"key": "02-NQ/TW@2021", "code": "02-NQ/TW", "slug": "02-NQ-TW-2021"}], pk="key")
    store.replace_tags(fresh_db, aid, [{"resolution_key": "02-NQ/TW@2021", "code": "02-NQ/TW", "method": "exact", "evidence": "02-NQ/TW"}], [], "h")
    row = fresh_db.execute("SELECT resolutions, tagged_hash FROM articles").fetchone()
    assert row == ('["02-NQ/TW"]', "h")
    rows = store_pub.feed_rows(fresh_db, "resolution", "02-NQ/TW@2021")
    assert [r["id"] for r in rows] == [aid]
    assert store_pub.resolution_by_slug(fresh_db, "02-NQ-TW")["key"] == "02-NQ/TW@2021"


def test_integrity_after_many_writes(fresh_db):
    for i in range(50):
        store.save_article(fresh_db, article(url=f"http://p.vn/{i}", title=f"Tin số {i} về công đoàn"))
    assert fresh_db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn = sqlite3.connect(fresh_db.conn.execute("PRAGMA database_list").fetchone()[2])
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 50
