"""``enrich.tag_each`` (the resolutions of a run of articles, then their units) gives each article the tags
``enrich.tag`` gives it alone, and a worker's batch (``enrich.run.tag_batch``, made with it) the rows that
``tag_row`` makes article by article: on the recorded corpus, in runs of articles of every kind."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

import pytest

from enrich import Tags, tag, tag_each
from enrich.catalog import province_map
from enrich.run import tag_batch, tag_row
from enrich.units import SourceContext
from tests import tagging_record


def _arguments(inputs: dict[str, Any]) -> dict[str, Any]:
    src = inputs["source"]
    return {"text": inputs["text"], "title": inputs["title"], "published": inputs["published"],
            "province": inputs["province"], "source": SourceContext(**src) if src else None, "url": inputs.get("url")}


def _fields(tags: Tags) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return [dataclasses.asdict(t) for t in tags.resolutions], [dataclasses.asdict(u) for u in tags.units]


@pytest.fixture(scope="module")
def inputs() -> list[dict[str, Any]]:
    return [inputs for _, inputs in tagging_record.recorded_inputs()]


def test_tag_each_gives_each_article_its_own_tags(inputs: list[dict[str, Any]]) -> None:
    articles = [_arguments(i) for i in inputs[::3]]
    titled = 0
    for at in range(0, len(articles), 100):
        run = articles[at:at + 100]
        assert [_fields(t) for t in tag_each(run)] == [_fields(tag(**a)) for a in run]
        titled += sum(bool(a["title"]) for a in run)
    assert len(articles) > 300 and titled > 100
    assert tag_each([]) == []


def test_a_workers_batch_is_tagged_as_article_by_article(inputs: list[dict[str, Any]]) -> None:
    rows = []
    for n, i in enumerate(inputs[::15]):
        src = i["source"] or {}
        rows.append({"id": f"a{n}", "text": i["text"], "title": i["title"], "published": i["published"],
                     "url": i.get("url"), "source_name": src.get("name"), "source_level": src.get("level"),
                     "source_province": src.get("province"), "source_district": src.get("district"),
                     "source_unit_id": src.get("unit_id"), "content_hash": hashlib.sha1(i["text"].encode()).hexdigest(),
                     "signed_hash": None, "published_day": (i["published"] or "")[:10] or None})
    mapping = province_map()
    assert tag_batch(rows) == [tag_row(row, mapping) for row in rows]
    assert sum(bool(row["source_name"]) for row in rows) > 10


def test_a_workers_batch_is_signed_whole_before_its_targets_are_read(inputs: list[dict[str, Any]],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy signatures of a batch are made one after the other, then its rows and targets: neither takes turns
    with the other at every article."""
    from enrich import run

    calls: list[str] = []
    signed, targets = run.signed, run.article_targets
    monkeypatch.setattr(run, "signed", lambda *a, **k: (calls.append("signed"), signed(*a, **k))[1])
    monkeypatch.setattr(run, "article_targets", lambda *a, **k: (calls.append("targets"), targets(*a, **k))[1])
    rows = [{"id": f"a{n}", "text": i["text"], "title": i["title"], "published": i["published"], "url": None,
             "source_name": None, "content_hash": str(n), "signed_hash": "0", "published_day": None}
            for n, i in enumerate(inputs[:6])]
    tag_batch(rows)
    assert calls == ["signed"] * 5 + ["targets"] * 6  # the first row's signature is current: not made again
