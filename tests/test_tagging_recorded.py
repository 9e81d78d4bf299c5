"""Tagging gives exactly the recorded tags on the fixed corpus (tests/tagging_record.py).

A deliberate change of the tags is recorded again with `python -m tests.tagging_record`.
"""

from __future__ import annotations

import json

from tests import tagging_record


def test_corpus_is_the_recorded_one() -> None:
    recorded = tagging_record.load()
    stored = {r["name"]: r["input"] for r in recorded if "input" in r}
    assert len(stored) == 300
    names = [(name, tagging_record.digest(inputs)) for name, inputs in tagging_record.corpus(stored)]
    assert names == [(r["name"], r["digest"]) for r in recorded]


def test_tags_are_the_recorded_ones() -> None:
    recorded = tagging_record.load()
    stored = {r["name"]: r["input"] for r in recorded if "input" in r}
    differ = []
    for (name, inputs), row in zip(tagging_record.corpus(stored), recorded, strict=True):
        got = json.loads(json.dumps(tagging_record.tags_of(inputs), ensure_ascii=False))
        if got != row["tags"]:
            differ.append(f"{name}: {json.dumps(got, ensure_ascii=False)[:400]} != {json.dumps(row['tags'], ensure_ascii=False)[:400]}")
    assert not differ, f"{len(differ)} of {len(recorded)} articles tagged differently:\n" + "\n".join(differ[:5])
