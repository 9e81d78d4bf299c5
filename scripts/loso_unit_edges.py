"""Leave-one-set-out evaluation of the right-edge reader (scripts/train_unit_edges.py --loso).

For each labelled set: train on the other sets' examples, then on the held-out set compare the rules'
ends with the model's (on the names aligned with a label) and the unit eval's precision and recall
(tests/eval/units.py ``score``, every passage of the set) with the rules alone and with rules + model.
The model reads no feature of where the rules end a name ("alone"); the variants differ in the limits on its
choice (``EdgeModel.limit``): none, the sixteenth and eighteenth rounds', each of the twentieth round's added alone,
and the model file's (train_unit_edges.LIMIT). The
fourteenth and fifteenth rounds' variants ("ranked", margins, "known", "stop") are in docs/notes/issue-6.md.
The rules were written while reading every one of these sets, so the comparison favours them.
"""

from __future__ import annotations

from collections import Counter

from train_unit_edges import LIMIT, SETS, Example, load, pick, train

from enrich import unitedge
from tests.eval.units import score

SIXTEENTH = "clause_verb,not_name,whole,person,cut,bare,lower3"  # the sixteenth round's limits
EIGHTEENTH = SIXTEENTH + ",congress_word,dash_time,comma_place"  # the eighteenth round's
TWENTIETH = EIGHTEENTH + ",term_word,cut_one,lower_on"  # the twentieth round's
VARIANTS = (("alone", "rel", 0.0, ""), ("alone+sixteenth", "rel", 0.0, SIXTEENTH),
            ("alone+eighteenth", "rel", 0.0, EIGHTEENTH),
            ("alone+twentieth", "rel", 0.0, TWENTIETH),
            ("alone+twentieth+lower_mid", "rel", 0.0, TWENTIETH + ",lower_mid"),
            ("alone+twentieth+legal_cut", "rel", 0.0, TWENTIETH + ",legal_cut"),
            ("alone+the model file's", "rel", 0.0, LIMIT))


def _pr(fig: dict) -> str:
    return f"{fig['precision']:.3f}/{fig['recall']:.3f}"


def loso(data: list[Example]) -> dict[str, Counter[str]]:
    pooled: dict[str, Counter[str]] = {"rules": Counter()} | {v[0]: Counter() for v in VARIANTS}
    print("set | names | rules right | " + " | ".join(f"{v[0]} right" for v in VARIANTS) + " | P/R rules | "
          + " | ".join(f"P/R {v[0]}" for v in VARIANTS))
    for held in SETS:
        train_on = [ex for ex in data if ex.set_name != held]
        test = [ex for ex in data if ex.set_name == held]
        rows = load(held)
        unitedge.use_model(None)
        base, _ = score(rows)
        line = [held, str(len(test)), str(sum(ex.rule == ex.gold for ex in test))]
        figs = [base]
        _add(pooled["rules"], base, sum(ex.rule == ex.gold for ex in test), len(test))
        trained: dict[str, dict[str, float]] = {}
        for name, drop, margin, limit in VARIANTS:
            weights = trained.setdefault(drop, train(train_on, drop=drop))
            right = sum(pick(weights, ex, margin) == ex.gold for ex in test)  # without the limit
            line.append(str(right))
            unitedge.use_model(unitedge.EdgeModel(weights, margin, limit))
            fig, _ = score(rows)
            figs.append(fig)
            _add(pooled[name], fig, right, len(test))
        unitedge.use_model(None)
        print(" | ".join(line + [_pr(f) for f in figs]), flush=True)
    for name, c in pooled.items():
        p = c["tp"] / (c["tp"] + c["fp"])
        r = c["tp"] / (c["tp"] + c["fn"])
        print(f"pooled {name}: ends right {c['right']}/{c['names']}, tp {c['tp']} fp {c['fp']} fn {c['fn']}, "
              f"precision {p:.3f} recall {r:.3f}")
    return pooled


def _add(c: Counter[str], fig: dict, right: int, names: int) -> None:
    c["right"] += right
    c["names"] += names
    for counts in fig["by_level"].values():
        for key in ("tp", "fp", "fn"):
            c[key] += counts[key]
