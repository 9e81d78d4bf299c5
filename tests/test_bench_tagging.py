"""bench/tagging.py: what its rates time (figures are not asserted: speed targets belong to `make bench`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import tagging
from bench.tagging import BATCHED_SEED, WARM_ARTICLES, _interleaved, composed_articles

ROOT = Path(__file__).resolve().parent.parent


def _run(script: str, **env: str) -> str:
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_stages_are_timed_by_turns_chunk_by_chunk():
    calls: list[tuple[str, int]] = []
    items = [("t", str(i), "2024-01-01", "Hà Nam") for i in range(250)]
    spent = _interleaved({"a": lambda x: calls.append(("a", int(x[1]))), "b": lambda x: calls.append(("b", int(x[1])))},
                         items, chunk=100)
    assert [len(spent["a"]), len(spent["b"])] == [3, 3]
    assert calls == ([("a", i) for i in range(100)] + [("b", i) for i in range(100)]
                     + [("a", i) for i in range(100, 200)] + [("b", i) for i in range(100, 200)]
                     + [("a", i) for i in range(200, 250)] + [("b", i) for i in range(200, 250)])


def test_a_stage_in_runs_takes_its_turn_after_the_others_on_its_own_chunk():
    calls: list[tuple[str, list[int]]] = []
    items = [("t", str(i), "2024-01-01", "Hà Nam") for i in range(150)]
    own = [("t", str(1000 + i), "2024-01-01", "Hà Nam") for i in range(150)]
    spent = _interleaved({"a": lambda x: calls.append(("a", [int(x[1])]))}, items, chunk=100,
                         runs={"r": (lambda part: calls.append(("r", [int(x[1]) for x in part])), own)})
    assert [len(spent["a"]), len(spent["r"])] == [2, 2]
    assert calls == ([("a", [i]) for i in range(100)] + [("r", list(range(1000, 1100)))]
                     + [("a", [i]) for i in range(100, 150)] + [("r", list(range(1100, 1150)))])


def test_the_warm_up_articles_are_not_the_timed_ones():
    timed = {a[1] for a in composed_articles(2000)}
    warm = composed_articles(WARM_ARTICLES, seed="bench-warm")
    assert len(warm) == WARM_ARTICLES and not timed.intersection(a[1] for a in warm)
    batched = {a[1] for a in composed_articles(2000, seed=BATCHED_SEED)}
    assert len(batched) > 1500 and not batched & timed and not batched.intersection(a[1] for a in warm)


def test_the_batched_line_is_printed_and_kept_beside_the_per_article_figure(monkeypatch: pytest.MonkeyPatch,
                                                                            capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("BENCH_TAGGING_ARTICLES", "150")
    monkeypatch.setenv("BENCH_ENRICH_ARTICLES", "0")
    figures = tagging.run()
    assert figures["tag_each_per_second"] > 0 and figures["tag_each_over_tag_time_median"] > 0  # type: ignore[operator]
    assert {"tag_per_second", "tag_over_resolutions_time_median", "resolutions_per_second",
            "tag_per_second_with_first_use"} <= figures.keys()
    out = capsys.readouterr().out
    assert "in runs of 100 (enrich.tag_each" in out and "150 other composed articles" in out


_LOADS = """
import gc, json
from bench.tagging import WARM_ARTICLES, composed_articles
from enrich import tag

def misses():
    out = {}
    for o in gc.get_objects():
        if type(o).__name__ == "_lru_cache_wrapper" and (getattr(o, "__module__", "") or "").startswith("enrich"):
            info = o.cache_info()
            if info.maxsize is None:
                out[f"{o.__module__}.{o.__qualname__}"] = info.misses
    return out

for a in composed_articles(WARM_ARTICLES, seed="bench-warm"):
    tag(a[1], title=a[0], published=a[2], province=a[3])
before = misses()
for a in composed_articles(400):
    tag(a[1], title=a[0], published=a[2], province=a[3])
after = misses()
print(json.dumps({k: v - before.get(k, 0) for k, v in after.items() if v != before.get(k, 0)}))
"""


def test_the_warm_up_loads_what_a_process_loads_once():
    """The unbounded caches hold what a process loads once (indexes, the catalog's derived values, the
    congresses' patterns): after the bench's warm-up none is filled while the rates are timed."""
    assert json.loads(_run(_LOADS)) == {}


_WORK = """
import collections, json, re, sys
from bench.tagging import composed_articles
from enrich import tag

articles = composed_articles(12)
tag(articles[-1][1], title=articles[-1][0], published=articles[-1][2], province=articles[-1][3])
lines = collections.Counter()

def trace(frame, event, arg):
    if event == "line":
        lines[frame.f_code.co_filename] += 1
    return trace

sys.settrace(trace)
tags = [tag(a[1], title=a[0], published=a[2], province=a[3]) for a in articles]
sys.settrace(None)
patterns = sorted({p.pattern for p in re._cache.values() if isinstance(p, re.Pattern) and isinstance(p.pattern, str)}
                  | {v.pattern for m in list(sys.modules.values()) if (getattr(m, "__name__", "") or "").startswith("enrich")
                     for v in vars(m).values() if isinstance(v, re.Pattern)})
print(json.dumps({"lines": dict(lines), "patterns": patterns, "tags": repr(tags)}))
"""


def test_the_tagging_s_work_does_not_depend_on_the_hash_seed():
    """Each process has its own hash seed: a set's order that chose which candidates are tried, or the
    order of a pattern's alternatives, would make the work per article (and the bench's rate) a function
    of the seed. The same Python lines run, the same patterns are built and the same tags come out."""
    first, second = (json.loads(_run(_WORK, PYTHONHASHSEED=seed, UNIONWATCH_PURE_PYTHON="1")) for seed in ("1", "2"))
    assert first["tags"] == second["tags"]
    assert first["patterns"] == second["patterns"] and len(first["patterns"]) > 20
    assert first["lines"] == second["lines"] and sum(first["lines"].values()) > 10_000


_EVAL = """
import json
from tests.eval import resolutions, units

rows = [json.loads(line) for line in units.PARTS["held-out C"].read_text(encoding="utf-8").splitlines() if line.strip()]
row = next(r for r in rows if r["id"] == "k027")
# Names the passage never writes: missed whatever the tagger learns, so the listing always has several lines to order.
row["expected"] = row["expected"] + [
    {"name": name, "level": "grassroots", "province": None}
    for name in ("Công đoàn cơ sở Công ty Zeta", "Công đoàn cơ sở Công ty Alpha", "Công đoàn cơ sở Công ty Mu")
]
print(json.dumps({"units": units.score([row])[1],
                  "resolutions": resolutions.evaluate([r for r in resolutions.load_devset("all") if r["id"] == "r120"], context=False).errors}))
"""


def test_the_eval_lists_its_errors_in_the_same_order_whatever_the_hash_seed():
    """`python -m tests.eval` is compared line by line before and after a change: a passage's missed and
    extra names and codes are listed sorted, not in a set's order."""
    runs = [json.loads(_run(_EVAL, PYTHONHASHSEED=seed)) for seed in ("0", "1", "2", "3")]
    assert all(run == runs[0] for run in runs)
    assert len([e for e in runs[0]["units"] if " missed: " in e]) >= 3
    assert len([e for e in runs[0]["resolutions"] if " FN " in e]) >= 2
