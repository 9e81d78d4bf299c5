"""An Article travels from an extraction worker as its class and its fields' values."""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass, fields

from crawler.items import Article, NormalizedArticle


@dataclass
class Longer(NormalizedArticle):
    extra: str | None = None


def _items() -> list[Article]:
    full = dict(url="http://p.example.vn/tin/1", source_id="ldld-ha-noi", title="Liên đoàn Lao động thành phố",
                text="Công đoàn cơ sở tổ chức đại hội.\nĐoàn viên tham dự.", published="2025-03-12T08:00:00+07:00",
                author="Minh Đức", body_html="<p>Công đoàn</p>", fetched_url="http://p.example.vn/tin/1?x=1",
                listing_url="http://p.example.vn/tin", unit="Liên đoàn Lao động thành phố Hà Nội",
                unit_level="province", province="Hà Nội", encoding="utf-8", notes=["listing date used"])
    return [Article(**full), NormalizedArticle(**full), Longer(**full, extra="x"),
            Article(url="http://p.example.vn/2", source_id="s", title=None, text=""),
            NormalizedArticle(url="http://p.example.vn/3", source_id="s", title="T", text="x", notes=[])]


def test_an_article_pickles_as_its_values_and_comes_back_equal() -> None:
    for item in _items():
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            data = pickle.dumps(item, protocol)
            back = pickle.loads(data)
            assert type(back) is type(item) and back == item
            assert [getattr(back, f.name) for f in fields(back)] == [getattr(item, f.name) for f in fields(item)]
            assert back.notes is not item.notes
            # the values only: no field name travels with them (a dictionary of the fields did)
            assert b"source_id" not in data and b"listing_url" not in data
    fresh = pickle.loads(pickle.dumps(NormalizedArticle(url="u", source_id="s", title="t", text="x")))
    fresh.notes.append("one")
    assert NormalizedArticle(url="u", source_id="s", title="t", text="x").notes == []  # no shared default


def test_copies_of_an_article_are_as_before() -> None:
    for item in _items():
        shallow, deep = copy.copy(item), copy.deepcopy(item)
        assert shallow == item == deep and type(shallow) is type(deep) is type(item)
        assert shallow.notes is item.notes and deep.notes is not item.notes
