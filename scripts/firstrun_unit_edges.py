"""The right-edge reader against the rules as they stood when each blind set was first run.

    .venv/bin/python scripts/firstrun_unit_edges.py

The rules of today were written while reading every labelled set, so comparing them with a model on
those sets favours them. Each blind set's first run is the rules on text they had not seen: for each
set, this checks out the commit of its first run (FIRST_RUNS, from docs/notes/issue-6.md) into a
temporary worktree, adds today's enrich/unitedge.py (and unitedgefast.py; with today's copy of each module
they import names from that the old tree lacks, as enrich/<module>_now.py, their import lines pointed at those
copies: the old tree's own modules are left as they were) and, where the reader does not
call it yet, one call in the reader's organisation names (PATCH),
trains the model on every other set (scripts/train_unit_edges.py) and prints the unit eval's true,
extra and missed units of that set with the old rules alone and with the model. The worktrees are
removed afterwards; nothing in this tree changes.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from train_unit_edges import DROP, LIMIT, ROOT, all_examples, dump, train

FIRST_RUNS = (("blind3_units", "e661ecd"), ("blind4_units", "3be5996"), ("blind5_units", "a2767db"),
              ("blind6_units", "d477f19"), ("blind7_units", "e7e2131"), ("blind8_units", "2a25282"),
              ("blind9_units", "1fbafd9"), ("blind10_units", "09df907"), ("blind11_units", "209c0fa"),
              ("blind12_units", "53bee67"), ("blind13_units", "53bee67"), ("blind14_units", "53bee67"),
              ("blind15_units", "5d517aa"), ("blind16_units", "5d517aa"), ("blind17_units", "d5fec75"),
              ("blind18_units", "d5fec75"), ("blind19_units", "e1794d3"), ("blind20_units", "e1794d3"),
              ("blind21_units", "eb55ae7"), ("blind22_units", "eb55ae7"),
              ("blind23_units", "f74a3a8"), ("blind24_units", "f74a3a8"),
              ("blind25_units", "934f2ae"), ("blind26_units", "934f2ae"),
              ("blind27_units", "d8bfdc1"), ("blind28_units", "d8bfdc1"),
              ("blind29_units", "dd60b4b"), ("blind30_units", "dd60b4b"),
              ("blind31_units", "7a57f01"), ("blind32_units", "7a57f01"),
              ("blind33_units", "100ef99"), ("blind34_units", "100ef99"),
              ("blind35_units", "873970b"), ("blind36_units", "873970b"),
              ("blind37_units", "90ffc79"), ("blind38_units", "90ffc79"),
              ("blind39_units", "65de605"), ("blind40_units", "65de605"),
              ("blind41_units", "7b1f69d"), ("blind42_units", "7b1f69d"),
              ("blind43_units", "14e2dd5"), ("blind44_units", "14e2dd5"))
ANCHOR = "        first, end, bare = span\n"
PATCH = ANCHOR + """        from enrich.unitedge import right_edge as _edge
        rule_end = end
        end = _edge(self.text, self.view.folded, first, end, words, lambda n: self.gaz.find_province(n, None) is not None)
        if end != rule_end:
            bare = self.text[first:end].endswith((" tỉnh", " thành phố"))
"""
SIXTEENTH = "clause_verb,not_name,whole,person,cut,bare,lower3"  # the sixteenth round's limits
EIGHTEENTH = SIXTEENTH + ",congress_word,dash_time,comma_place"  # the eighteenth round's
TWENTIETH = EIGHTEENTH + ",term_word,cut_one,lower_on"  # the twentieth round's
VARIANTS = (("rules", None), ("rules + model", ""), ("rules + model, sixteenth", SIXTEENTH),
            ("rules + model, eighteenth", EIGHTEENTH), ("rules + model, twentieth", TWENTIETH),
            ("rules + model, twentieth, lower_mid", TWENTIETH + ",lower_mid"),
            ("rules + model, twentieth, legal_cut", TWENTIETH + ",legal_cut"),
            ("rules + model, the model file's", LIMIT))
PLACED = "        placed = self._place_then_org(first, end) if not listed else None\n"
GUARD = (Path(__file__).resolve().parent.parent / "enrich" / "unitnames.py").read_text(encoding="utf-8").split(PLACED)[1]
GUARD = GUARD[:GUARD.index("        if placed is not None")]
RUN = """
import json, sys
from pathlib import Path
from enrich import unitedge
from tests.eval.units import score
rows = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
out = {}
model = unitedge.EdgeModel.load(Path(sys.argv[2]))
for name, limit in VARIANTS:
    unitedge.use_model(None if limit is None else unitedge.EdgeModel(model.weights, model.margin, limit))
    figures, _ = score(rows)
    out[name] = [sum(v[k] for v in figures["by_level"].values()) for k in ("tp", "fp", "fn")]
print(json.dumps(out))
""".replace("VARIANTS", repr(VARIANTS))


def defined(path: Path) -> set[str]:
    """The names a module binds at its top level."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
    return names


def copy_current(tree: Path, name: str, copied: dict[str, str]) -> str:
    """Today's enrich/<name>.py into the old tree, under a name of its own where the old module lacks what it needs.

    Each `from enrich.X import ...` of the copied text whose names the old tree's enrich/X.py lacks is pointed at
    today's X, copied the same way as X_now; the modules the old tree has are left to the old tree. Returns the
    module name the copy was written under."""
    if name in copied:
        return copied[name]
    target = name if name in ("unitedge", "unitedgefast") else name + "_now"
    copied[name] = target
    text = (ROOT / "enrich" / f"{name}.py").read_text(encoding="utf-8")

    def point(match: re.Match[str]) -> str:
        module, names = match.group(1), {n.strip() for n in match.group(2).split(",")}
        old = tree / "enrich" / f"{module}.py"
        if module in copied or not old.exists() or not names <= defined(old):
            return f"from enrich.{copy_current(tree, module, copied)} import {match.group(2)}"
        return match.group(0)

    text = re.sub(r"^from enrich\.(\w+) import ([\w, ]+)$", point, text, flags=re.M)
    (tree / "enrich" / f"{target}.py").write_text(text, encoding="utf-8")
    return target


def patch(tree: Path) -> None:
    path = tree / "enrich" / "unitnames.py"
    text = path.read_text(encoding="utf-8")
    if "right_edge(" not in text:  # the commits before the reader was added: the one call
        at = text.index(ANCHOR, text.index("    def _organisation("))
        path.write_text(text[:at] + PATCH + text[at + len(ANCHOR):], encoding="utf-8")
    words = tree / "enrich" / "data" / "unit_words.csv"
    old = set(words.read_text(encoding="utf-8").splitlines())
    verbs = [line for line in (ROOT / "enrich" / "data" / "unit_words.csv").read_text(encoding="utf-8").splitlines()
             if line.startswith(("clause_verb,", "not_name,", "congress_word,", "dash_time,", "comma_place,", "term_word,")) and line not in old]
    words.write_text(words.read_text(encoding="utf-8").rstrip("\n") + "\n" + "".join(v + "\n" for v in verbs),
                     encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    if PLACED in text and GUARD not in text:  # the reader of two organisations under one head: the rules' stand
        path.write_text(text.replace(PLACED, PLACED + GUARD), encoding="utf-8")
    copied: dict[str, str] = {}
    for name in ("unitedgefast", "unitedge"):
        copy_current(tree, name, copied)


def main() -> int:
    data, _ = all_examples()
    pooled = {name: [0, 0, 0] for name, _ in VARIANTS}
    print("set | commit | tp/fp/fn: " + " | ".join(pooled))
    with tempfile.TemporaryDirectory() as tmp:
        for set_name, commit in FIRST_RUNS:
            tree = Path(tmp) / set_name
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit],
                           check=True, capture_output=True)
            try:
                patch(tree)
                model = Path(tmp) / f"{set_name}.json"
                model.write_text(dump(train([ex for ex in data if ex.set_name != set_name], drop=DROP)),
                                 encoding="utf-8")
                done = subprocess.run([sys.executable, "-c", RUN, str(tree / "tests/data/tagging" / f"{set_name}.jsonl"),
                                       str(model)], cwd=tree, env={"PYTHONPATH": str(tree), "PATH": ""},
                                      capture_output=True, text=True)
                if done.returncode != 0:
                    sys.stderr.write(done.stderr)
                    raise SystemExit(f"{set_name} at {commit}: the scoring failed (exit {done.returncode})")
                figures = json.loads(done.stdout.splitlines()[-1])
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
            for name, counts in figures.items():
                pooled[name] = [a + b for a, b in zip(pooled[name], counts, strict=True)]
            print(f"{set_name} | {commit} | " + " | ".join("/".join(map(str, figures[n])) for n in pooled), flush=True)
    for name, (tp, fp, fn) in pooled.items():
        print(f"pooled {name}: tp {tp} fp {fp} fn {fn}, precision {tp / (tp + fp):.3f} recall {tp / (tp + fn):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
