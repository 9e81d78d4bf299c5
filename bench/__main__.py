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
from bench._targets import summary

RESULTS = Path(os.environ.get("UNIONWATCH_BENCH_RESULTS") or Path(__file__).resolve().parent / "results.json")


def _cpu_model() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def machine() -> dict[str, object]:
    """The machine and how busy it was (figures on a shared machine vary with its load)."""
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cpus": os.cpu_count(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
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
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]  # type: ignore[index]
    if names and RESULTS.exists():  # a partial run updates the figures it measured
        previous = json.loads(RESULTS.read_text(encoding="utf-8"))
        previous.update(results)
        results = previous
    lines, record = summary(results)
    results["targets"] = record
    print("\n== targets ==")
    print("\n".join(lines))
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nfigures written to {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
