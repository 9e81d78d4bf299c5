"""`python -m bench [NAME ...]`: run the benchmark modules, print figures, write bench/results.json.

Each module in this package with a ``run()`` function is a benchmark group; ``run()`` prints a
human-readable report and returns a dict of figures. The machine is recorded with the figures.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import platform
import sys
import time
from pathlib import Path

import bench as package

RESULTS = Path(__file__).resolve().parent / "results.json"


def machine() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d"),
    }


def main(names: list[str]) -> int:
    modules = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_"))
    chosen = [m for m in modules if not names or m in names]
    results: dict[str, object] = {"machine": machine()}
    for name in chosen:
        module = importlib.import_module(f"bench.{name}")
        if not hasattr(module, "run"):
            continue
        print(f"\n== {name} ==", flush=True)
        started = time.perf_counter()
        results[name] = module.run()
        print(f"({name}: {time.perf_counter() - started:.1f} s)", flush=True)
    if names and RESULTS.exists():  # a partial run updates the figures it measured
        previous = json.loads(RESULTS.read_text(encoding="utf-8"))
        previous.update(results)
        results = previous
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nfigures written to {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
