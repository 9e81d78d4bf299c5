"""Unit tagging speed: passages of the unit tagging sets through enrich.units.tag_units."""

from __future__ import annotations

import json
import time
from pathlib import Path

from enrich.gazetteer import gazetteer
from enrich.units import SourceContext, tag_units

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "tagging"


def _records() -> list[dict]:
    rows = []
    for name in ("units.jsonl", "units_heldout.jsonl", "units_heldout2.jsonl"):
        rows += [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]
    return rows


def run(repeat: int = 20) -> dict:
    started = time.perf_counter()
    gazetteer()
    load = time.perf_counter() - started
    calls = []
    for row in _records():
        src = row.get("source") or {}
        source = SourceContext(src.get("name") or "", src.get("level") or "", src.get("province"),
                               src.get("district")) if src else None
        calls.append((row["text"], row.get("title"), source, row.get("date")))
    started = time.perf_counter()
    for _ in range(repeat):
        for text, title, source, date in calls:
            tag_units(text, title=title, source=source, published=date)
    elapsed = time.perf_counter() - started
    count = repeat * len(calls)
    chars = repeat * sum(len(c[0]) for c in calls)
    figures = {"gazetteer_load_s": round(load, 2), "passages": count, "passages_per_s": round(count / elapsed, 1),
               "kchars_per_s": round(chars / elapsed / 1000, 1)}
    print(f"gazetteer load {figures['gazetteer_load_s']} s; {count} passages tagged at "
          f"{figures['passages_per_s']} passages/s ({figures['kchars_per_s']} k characters/s)")
    return figures
