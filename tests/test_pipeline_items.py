"""The item pipelines read an Article's fields directly, as ItemAdapter would read them, and
any other item through ItemAdapter."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import pytest
from itemadapter import ItemAdapter
from scrapy.utils.test import get_crawler

from crawler import pipelines, store
from crawler.items import Article, NormalizedArticle
from crawler.pipelines import NotAnArticle, StorePipeline, ValidatePipeline, item_fields


@dataclass
class TaggedArticle(NormalizedArticle):
    tag: str | None = "x"


def _article(kind: type = NormalizedArticle, **values) -> Article:
    fields = {"url": "http://a.test/tin/1", "source_id": "a", "title": "Hội nghị", "text": "Nội dung bài.",
              "published": "2025-11-01T08:00:00+07:00", "author": "Lan", "body_html": "<p>Nội dung bài.</p>",
              "fetched_url": "http://a.test/tin/1?x=1", "notes": ["layout"], **values}
    return kind(**fields)


@pytest.mark.parametrize("item", [
    _article(), _article(Article), _article(TaggedArticle, tag="y"), _article(title=None, published=None),
    {"url": "http://a.test/2", "source_id": "a", "title": "T", "text": "X", "notes": []},
])
def test_item_fields_are_what_itemadapter_reads(item):
    adapter = ItemAdapter(item)
    expected = {name: adapter.get(name) for name in adapter.field_names()}
    assert item_fields(item) == expected
    assert list(item_fields(item)) == list(expected)


def test_an_article_goes_through_validate_and_store_without_itemadapter(tmp_path, monkeypatch):
    db_path = tmp_path / "unionwatch.db"
    store.open_db(db_path)
    crawler = get_crawler(settings_dict={"UNIONWATCH_DB": str(db_path), "UNIONWATCH_COMMIT_ROWS": 1,
                                         "UNIONWATCH_RUN_ID": None})

    def refused(item):
        raise AssertionError("ItemAdapter used for an Article")

    monkeypatch.setattr(pipelines, "ItemAdapter", refused)
    stored, empty = _article(), _article(url="http://a.test/tin/2", fetched_url=None, text="")
    assert ValidatePipeline(crawler).process_item(stored) is stored
    assert StorePipeline(crawler).process_item(stored) is stored
    with pytest.raises(NotAnArticle, match="no body: http://a.test/tin/2"):
        ValidatePipeline(crawler).process_item(empty)
    StorePipeline(crawler).close_spider()
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT url, title, author, notes, text FROM articles").fetchall()
    assert rows == [("http://a.test/tin/1", "Hội nghị", "Lan", "layout", "Nội dung bài.")]
    assert crawler.stats.get_value("unionwatch/not_article/no_body") == 1
    assert crawler.stats.get_value("unionwatch/articles/new") == 1
