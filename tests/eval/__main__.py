"""`python -m tests.eval [NAME ...]`: run the evaluation modules and print their figures.

Each module in this package with a ``run()`` function is an evaluation; ``run()`` prints a
human-readable report and returns a dict of figures, collected into eval/results.json.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

import tests.eval as package

RESULTS = Path(__file__).resolve().parents[2] / "bench" / "out" / "eval.json"


def main(names: list[str]) -> int:
    modules = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_"))
    chosen = [m for m in modules if not names or m in names]
    results = {}
    for name in chosen:
        module = importlib.import_module(f"tests.eval.{name}")
        if not hasattr(module, "run"):
            continue
        print(f"\n== {name} ==")
        results[name] = module.run()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nfigures written to {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
