"""Recorded tags of a fixed corpus, so faster tagging can be held to the tags it gave before.

The corpus: every passage of tests/data/tagging/*.jsonl (with its title, date, source and
province) but those of a blind set not yet run (UNRUN), articles of the generated sample web with
their portal as source, the tagging benchmark's composed articles, and the 300 articles of the
synthetic benchmark store (kept in the recording itself, as the store is not part of the
repository). Every field of every tag is recorded: ids, names, levels, provinces, roles,
evidence, offsets, sentences, discovered rows.

    python -m tests.tagging_record            # record (after a deliberate change of the tags)
    python -m tests.tagging_record --store bench/out/synthetic-300-s0-v2.db   # the store's articles taken anew
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from enrich import tag
from enrich.stream import host_source
from enrich.units import SourceContext

DATA = Path(__file__).resolve().parent / "data" / "tagging"
RECORDED = DATA / "recorded_tags.jsonl.gz"
STORE = Path(__file__).resolve().parent.parent / "bench" / "out" / "synthetic-300-s0-v2.db"
PORTALS, PER_PORTAL, COMPOSED = 120, 5, 200
# blind sets before their one gated run (tests/eval/units.py): never tagged here
UNRUN: tuple[str, ...] = ()


def _source(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if not value or not (value.get("name") or value.get("level")):
        return None
    return {k: value.get(k) for k in ("name", "level", "province", "district", "unit_id")}


def _passage_source(row: dict[str, Any]) -> dict[str, Any] | None:
    """The passage's source; with none, a listed provincial paper's province, or a district station's district,
    from its address (as `unionwatch tag` reads a record's url)."""
    source = _source(row.get("source"))
    if source is None and row.get("source") is None:
        context = host_source(row.get("url"), row.get("date"))
        if context is not None:  # recorded as before the body was known: no "body" key where there is none
            source = {k: v for k, v in dataclasses.asdict(context).items() if k != "body" or v is not None}
    return source


def _passages() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(p for p in DATA.glob("*.jsonl") if p.name not in UNRUN):
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            yield f"{path.stem}/{row['id']}", {
                "text": row["text"], "title": row.get("title"), "published": row.get("date"),
                "province": row.get("province"), "source": _passage_source(row), "url": row.get("url"),
            }


def _sample_web() -> Iterator[tuple[str, dict[str, Any]]]:
    from crawler.sampleweb.generate import generate_portals

    for portal in generate_portals(PORTALS, PER_PORTAL, seed=0):
        source = {"name": portal.name, "level": portal.unit_level, "province": portal.province,
                  "district": None, "unit_id": portal.unit_id}
        for i, article in enumerate(portal.articles):
            yield f"sampleweb/{portal.id}/{i}", {
                "text": article.text(), "title": article.title, "published": article.published.isoformat(),
                "province": None, "source": source,
            }


def _composed() -> Iterator[tuple[str, dict[str, Any]]]:
    from bench.tagging import composed_articles

    for i, (title, text, published, province) in enumerate(composed_articles(COMPOSED)):
        yield f"composed/{i}", {"text": text, "title": title, "published": published, "province": province,
                                "source": None}


def _store(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    sql = """SELECT a.id, a.title, a.text, a.published, s.name AS name, s.unit_level AS level,
                    s.province AS province, s.district AS district, s.unit_id AS unit_id
             FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.rowid"""
    for row in conn.execute(sql):
        yield f"synthetic/{row['id']}", {"text": row["text"], "title": row["title"], "published": row["published"],
                                         "province": None, "source": _source(dict(row))}
    conn.close()


def digest(inputs: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(inputs, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def tags_of(inputs: dict[str, Any]) -> dict[str, Any]:
    """Every field of every tag of one input."""
    src = inputs["source"]
    tags = tag(inputs["text"], title=inputs["title"], published=inputs["published"], province=inputs["province"],
               source=SourceContext(**src) if src else None, url=inputs.get("url"))
    return {"resolutions": [dataclasses.asdict(t) for t in tags.resolutions],
            "units": [dataclasses.asdict(u) for u in tags.units]}


def corpus(stored: dict[str, dict[str, Any]] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(name, inputs) of the corpus; the store's articles from ``stored`` (the recording's)."""
    yield from _passages()
    yield from _sample_web()
    yield from _composed()
    if stored is not None:
        yield from stored.items()


def recorded_inputs() -> Iterator[tuple[str, dict[str, Any]]]:
    """(name, inputs) of the recorded corpus, the store's articles as the recording holds them."""
    yield from corpus({r["name"]: r["input"] for r in load() if "input" in r})


def recorded_texts() -> list[str]:
    """Each recorded input as one passage, its title's line before its text (as the tagger reads an article)."""
    return [(inputs["title"] or "") + "\n" + inputs["text"] for _, inputs in recorded_inputs()]


def load() -> list[dict[str, Any]]:
    with gzip.open(RECORDED, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def record(store: Path | None) -> int:
    """Record the corpus; the store's articles are the recording's own unless ``store`` is given (a bench's
    store left in ``bench/out/`` is never taken by default: it need not be the one recorded)."""
    previous = {r["name"]: r["input"] for r in load() if "input" in r} if RECORDED.exists() else {}
    stored = dict(_store(store)) if store is not None else previous
    lines = []
    for name, inputs in corpus(stored):
        row: dict[str, Any] = {"name": name, "digest": digest(inputs), "tags": tags_of(inputs)}
        if name in stored:
            row["input"] = inputs
        lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    with gzip.GzipFile(RECORDED, "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    return len(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help=f"take the store's articles anew from this store (as {STORE.name})")
    args = parser.parse_args()
    if args.store is not None and not args.store.exists():
        parser.error(f"no store at {args.store}")
    print(f"recorded the tags of {record(args.store)} articles in {RECORDED}")
