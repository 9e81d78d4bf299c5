"""Resolution tagging on the development set: precision, recall and F1, with every error listed.

Each passage of tests/data/tagging/resolutions.jsonl goes through the path of `unionwatch tag`
(``enrich.stream.tag_record``) with its article date and province as context. A tag counts as
right when its ``id`` (the official code) is in the passage's ``expected`` codes; the key figures
compare catalog keys with ``expected_keys`` (which year's 20-NQ/TW, which province's 13-CTr/TU).

The set is split once, by page, so that the held-out figure is about texts the tagger was not
tuned on: a passage is held out when ``int(sha1(url), 16) % 10 < 3`` (43 of the 172 passages,
48 expected codes, 15 negatives; passages of one page stay together). Tune on the development
part (``--part development``); the held-out part is for a final figure only. Once the held-out
part's errors have been read, it is no longer unseen: ``resolutions_unseen.jsonl`` (26 passages
from other pages, labelled before the tagger was run on them) then gives the unseen figure.
``blind_resolutions.jsonl`` (81 passages from further pages, labelled by reading and committed
before any tagger run, never tuned on) is the ``blind`` part. ``blind2_resolutions.jsonl`` (a
second blind set, to be run once) is evaluated only when UNIONWATCH_EVAL_BLIND2=1 is set.

    python -m tests.eval.resolutions [--part development|held-out|unseen|blind|all] [--quiet]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from enrich.catalog import load_catalog
from enrich.stream import tag_record

DATA = Path(__file__).resolve().parents[1] / "data" / "tagging"
DEVSET = DATA / "resolutions.jsonl"
UNSEEN = DATA / "resolutions_unseen.jsonl"
BLIND = DATA / "blind_resolutions.jsonl"
BLIND2 = DATA / "blind2_resolutions.jsonl"
BLIND2_ENV = "UNIONWATCH_EVAL_BLIND2"  # the blind2 part runs only when this is "1"
HELD_OUT_TENTHS = 3
PARTS = ("development", "held-out", "unseen", "blind")
SEPARATE = {"unseen": UNSEEN, "blind": BLIND, "blind2": BLIND2}


def part_of(row: dict[str, Any]) -> str:
    """The fixed split: held out by a hash of the page URL."""
    digest = int(hashlib.sha1(row["url"].encode("utf-8")).hexdigest(), 16)
    return "held-out" if digest % 10 < HELD_OUT_TENTHS else "development"


def load_devset(part: str = "all") -> list[dict[str, Any]]:
    """A part of the set: development, held-out, unseen, blind, or all of the first two."""
    path = SEPARATE.get(part, DEVSET)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if part == "all" or part in SEPARATE or part_of(r) == part]


def predict(row: dict[str, Any], context: bool = True) -> list[dict[str, Any]]:
    """The resolution tags `unionwatch tag` gives for one passage (with its date and province,
    or, with ``context`` false, from the text alone)."""
    record = {"id": row["id"], "text": row["text"], "title": row.get("title")}
    if context:
        record.update(date=row.get("date"), province=row.get("province"))
    return tag_record(record, [])["resolutions"]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    codes: Score = field(default_factory=Score)
    keys: Score = field(default_factory=Score)
    by_method: dict[str, Score] = field(default_factory=dict)
    by_category: dict[str, Score] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    passages: int = 0


def _category(code: str, key: str | None) -> str:
    catalog = load_catalog()
    res = catalog.by_key.get(key or "")
    if res is None:
        found = catalog.candidates(code)
        res = found[0] if found else None
    if res is None:
        return "not in catalog"
    return res.row.get("category", "").split(" (")[0] or res.system


def evaluate(rows: list[dict[str, Any]], context: bool = True) -> Report:
    catalog = load_catalog()
    report = Report(passages=len(rows))
    for row in rows:
        tags = predict(row, context)
        expected = set(row["expected"])
        expected_keys = set(row["expected_keys"])
        key_of_code = {k.split("@")[0]: k for k in expected_keys}
        got = {t["id"]: t for t in tags}
        for code, t in got.items():
            right = code in expected
            report.codes.tp += right
            report.codes.fp += not right
            score = report.by_method.setdefault(t["method"], Score())
            score.tp += right
            score.fp += not right
            if not right:
                report.errors.append(f"{row['id']} FP {code} ({t['method']}, key {t['key']}) from {t['evidence']!r}")
        for code in sorted(expected - set(got)):
            report.codes.fn += 1
            report.by_method.setdefault("(missed)", Score()).fn += 1
            report.errors.append(f"{row['id']} FN {code}")
        for code in expected:
            score = report.by_category.setdefault(_category(code, key_of_code.get(code)), Score())
            score.tp += code in got
            score.fn += code not in got
        got_keys = {t["key"] for t in tags if t["key"] in catalog.by_key}
        report.keys.tp += len(got_keys & expected_keys)
        report.keys.fp += len(got_keys - expected_keys)
        report.keys.fn += len(expected_keys - got_keys)
        for key in sorted(got_keys - expected_keys):
            if key.split("@")[0] in expected:  # the right code, the wrong document
                report.errors.append(f"{row['id']} wrong key {key} (expected {key_of_code.get(key.split('@')[0])})")
    return report


def _print(name: str, report: Report, quiet: bool) -> None:
    c, k = report.codes, report.keys
    print(f"-- {name}: {report.passages} passages")
    print(f"   codes: precision {c.precision:.3f}  recall {c.recall:.3f}  F1 {c.f1:.3f}  (tp {c.tp}, fp {c.fp}, fn {c.fn})")
    print(f"   keys:  precision {k.precision:.3f}  recall {k.recall:.3f}  F1 {k.f1:.3f}  (tp {k.tp}, fp {k.fp}, fn {k.fn})")
    for method, s in sorted(report.by_method.items()):
        if method == "(missed)":
            print(f"   missed: {s.fn}")
        else:
            print(f"   method {method:<11} precision {s.precision:.3f}  (tp {s.tp}, fp {s.fp})")
    for category, s in sorted(report.by_category.items()):
        print(f"   category {category:<18} recall {s.recall:.3f}  ({s.tp} of {s.tp + s.fn})")
    if not quiet:
        for line in report.errors:
            print(f"   {line}")


def _figures(report: Report) -> dict[str, Any]:
    return {
        "passages": report.passages,
        "codes": report.codes.as_dict(),
        "keys": report.keys.as_dict(),
        "by_method": {m: s.as_dict() for m, s in report.by_method.items() if m != "(missed)"},
        "by_category": {c: s.as_dict() for c, s in report.by_category.items()},
        "errors": len(report.errors),
    }


def run(parts: tuple[str, ...] = PARTS, quiet: bool = False) -> dict[str, Any]:
    """Print and return the figures of each part of the development set, with the article's
    date and province as context and from the text alone."""
    out = {}
    if parts == PARTS and os.environ.get(BLIND2_ENV) == "1":
        parts = (*parts, "blind2")
    for part in parts:
        report = evaluate(load_devset(part))
        _print(part, report, quiet)
        bare = evaluate(load_devset(part), context=False)
        c = bare.codes
        print(f"   text only (no date, no province): precision {c.precision:.3f}  recall {c.recall:.3f}  F1 {c.f1:.3f}"
              f"  (tp {c.tp}, fp {c.fp}, fn {c.fn})")
        if not quiet:
            for line in bare.errors:
                print(f"      {line}")
        out[part] = {**_figures(report), "text_only": {"codes": c.as_dict(), "keys": bare.keys.as_dict()}}
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=(*PARTS, "all"), default="development")
    parser.add_argument("--quiet", action="store_true", help="figures only, no error list")
    args = parser.parse_args()
    run((args.part,), quiet=args.quiet)
